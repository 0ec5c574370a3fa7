# ruff: noqa: E501
"""Held-out evaluation passages, set 25. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout25."""

PASSAGES: list[dict] = [
    {
        "id": "h25-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Myong-chol", "강명철", "witness", ["Myong-chol", "MC"]),
            ("Jo Tae-hyok", "조태혁", "supervisor", ["Tae-hyok"]),
            ("Bang Su-ryon", "방수련", "relative", ["Su-ryon"]),
        ],
        "note": "Qatar hotel annex, NGO email thread with quoted replies and signatures; staff first names, sign-off initials H./S./D., witness initials MC, surname Jo with 'Big' nickname, Mr Park beside Park Hyatt, Comrade Han, Qatari kunya and ruler, case surname So.",
        "text": """Subject: RE: RE: {{u:Doha}} file DQ-22-031 / second session
From: {{p:Hannah Whitlock}} <casework@harbourlight.example>
To: {{p:Seo-yeon Park}}; {{p:Daniel Okafor}}
Cc: {{p:Mi-rae Yun}}
Date: Tue, 11 Oct 2022 09:14 +0900

{{p:Seo-yeon}}, {{p:Daniel}} -

Thanks both. Short version: {{r:Kang}} has agreed to a second session on Thursday, but only if {{p:Mi-rae}} interprets again and not the agency interpreter. He said the agency man "talks like {{r:Jo}}". I take that as a no.

Three things from Monday that were not in my first note:

1. {{r:Kang Myong-chol}} now places the dormitory in {{u:Al Wakrah}}, not {{u:Lusail}}; the bus passed {{u:Al Janoub Stadium}} every morning. The site itself was a hotel annex. He remembers a {{u:Park Hyatt}} banner on the hoarding, and separately a South Korean engineer, a Mr {{p:Park}}, who "never once looked at us". Please keep the hotel and the engineer apart in the chronology.

2. The brigade leader was {{r:Jo Tae-hyok}}. The men called him Big {{r:Jo}} to tell him apart from a welder, {{p:Jo Song-il}}, who was small and, in {{r:MC}}'s words, "the only one who could make {{r:Tae-hyok}} laugh". {{r:Jo}} held all 38 passports in a sports bag under his bed. When {{r:Kang}} asked for his to renew the residence card, {{r:Jo}} said the card was "the company's business, not yours".

3. Family. His wife {{r:Bang Su-ryon}} and their daughter {{p:Un-hye}} (14) are still in {{u:Kimchaek}}. He wants nothing in the report that could point to {{r:Su-ryon}}. In {{p:Mi-rae}}'s rendering: "If {{r:Bang}} gets one visit from the security office, I stop talking to you."

{{p:Daniel}}, can you check whether the consent form covers audio if we keep it internal? And {{p:Seo-yeon}}, the wage figures are in the attachment: {{r:Myong-chol}} says QAR 1,800 a month per man was paid into an account in {{r:Jo}}'s name at {{u:Commercial Bank of Qatar}}, and he saw QAR 150 of it. The rest went to "the plan" and to the party fund.

{{p:H}}.

--
{{p:Hannah Whitlock}}
Casework lead | {{u:Harbour Light Korea}}
This message may contain confidential testimony. If you are not the intended recipient, delete it.

> On Mon, 10 Oct 2022 at 18:40, {{p:Seo-yeon Park}} wrote:
> {{p:Hannah}},
> Quick one before I forget. "{{p:Abu Hamad}}", the name {{r:Kang}} uses for the sponsor, is a kunya. The ID copy he showed us reads {{p:Hamad bin Khalid Al-Marri}}. Not a public figure as far as I can find, so please treat him as private - and no, not related to {{u:Tamim bin Hamad Al Thani}}, whatever the agency interpreter thinks is funny.
> {{r:Kang}} also mentioned a Nepali foreman, {{p:Bishnu}}-dai, who let the Koreans use his phone on Fridays. Surname possibly {{p:Gurung}}. We won't contact him.
> One more: he calls the company minder "Comrade {{p:Han}}" throughout and never gave a given name.
> {{p:S}}.
>
> > On Mon, 10 Oct 2022 at 11:02, {{p:Daniel Okafor}} wrote:
> > Hi all - for the {{u:ILO}} submission we need the employer chain. If {{r:Jo}} is named at all, it should be as "brigade leader {{r:J}}.", as agreed with {{p:Hannah}} last week. On the {{u:Ministry of Labour}} complaint route: they only accept complaints from the worker in person, so {{r:Kang Myong-chol}} would have to fly to {{u:Doha}}, which is not happening.
> > Does anyone know whether Mr {{p:Lim}} at the {{u:Korean Embassy in Doha}} is still the labour attache? He was helpful on the {{p:So}} case in 2019.
> > {{p:D}}.
> > --
> > {{p:Daniel Okafor}}
> > Legal adviser (pro bono) | {{u:Harbour Light Korea}}""",
    },
    {
        "id": "h25-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Il-gwang", "송일광", "witness", ["Il-gwang"]),
            ("Yu Chang-ho", "유창호", "supervisor", ["Chang-ho"]),
            ("Moon Hyang-sil", "문향실", "relative", ["Hyang-sil"]),
        ],
        "note": "Polish shipyard, podcast transcript with timestamps and capitalised speaker labels; guest surname Song, leader Yu beside 'you', wife Moon beside president Moon Jae-in, Polish foreman and doctor, trawler named after a woman, airport named after Lech Walesa.",
        "text": """[Forced Abroad, episode 41: "Welders on the Baltic". Auto-transcript, corrected by hand; timestamps approximate.]

00:00 {{p:CLARE}}: Welcome back to Forced Abroad. I'm {{p:Clare Devlin}}, and with me as always is {{p:Tomasz Wierzbicki}}, who spent most of last year in {{u:Gdańsk}} and {{u:Gdynia}} chasing paperwork.
00:11 {{p:TOMASZ}}: Chasing it and mostly not catching it. Cześć, everyone.
00:15 {{p:CLARE}}: And on the line from {{u:Seoul}} is a man we'll call Mr {{r:Song}}. That's his real surname; he asked us to use it and to leave out the rest.
00:23 {{r:SONG}}: Yes. In Korea so many people have this name, nobody finds me with it. (laughs)
00:29 {{p:CLARE}}: So, Mr {{r:Song}}, when did you arrive in {{u:Poland}}?
00:32 {{r:SONG}}: March 2014. We were eleven welders. {{u:Pyongyang}} to {{u:Beijing}}, {{u:Beijing}} to {{u:Warsaw}}, then a minibus all night. Our leader was {{r:Yu Chang-ho}}.
00:44 {{p:TOMASZ}}: {{r:Yu}}, spelled Y-U.
00:46 {{r:SONG}}: Y-U. Not "you". (laughs) Everybody made this joke. The Polish foreman, {{p:Marek}}, every morning: "{{r:Yu}}, you, you and you - block twelve."
00:56 {{p:CLARE}}: Where was the yard?
00:58 {{r:SONG}}: First in {{u:Gdynia}}. The big crane said {{u:Crist}}. But our contract was not with the yard. It was with a small Polish company, {{u:Baltspaw}}, and they had the contract with a North Korean company, {{u:Korea Sobaeksu Trading Company}}.
01:21 {{r:SONG}}: {{r:Chang-ho}} signed everything, {{r:Chang-ho}} took the money. The company paid maybe 1,200 dollars a month for each man. I got 120 in my hand, sometimes 80.
01:34 {{p:CLARE}}: And the rest?
01:35 {{r:SONG}}: {{r:Yu}} said: plan money, then the loyalty money for {{u:Kim Jong Un}}, then money for the flat, the food, the electricity. Then he said I owe him.
01:47 {{p:CLARE}}: Your family was still in the North?
01:49 {{r:SONG}}: My wife, {{r:Moon Hyang-sil}}, and my mother, in {{u:Nampo}}.
01:54 {{p:TOMASZ}}: {{r:Moon}} - like the former president, {{u:Moon Jae-in}}?
01:57 {{r:SONG}}: (laughs) No relation. But when {{u:Moon Jae-in}} met {{u:Kim Jong Un}} in 2018 I was already in {{u:Seoul}}, and I called a broker and said, now maybe I can send a message to {{r:Hyang-sil}}. The broker said, brother, the president does not carry letters.
02:15 {{p:CLARE}}: Tell us about the accident.
02:17 {{r:SONG}}: In 2015 a man from my team, {{p:Ri Chung-bok}}, burned his arm very badly inside a double bottom. No ventilation, fumes. {{r:Yu}} did not want a hospital. {{p:Marek}} shouted, I remember, "kurwa, hospital now" - sorry for the word. They took {{p:Chung-bok}} to the hospital in {{u:Gdynia}}, and a woman doctor, Dr {{p:Nowak}}, asked who his employer was. {{p:Ri}} looked at {{r:Yu}}. {{r:Yu}} answered for him.
02:47 {{p:CLARE}}: And the ship you worked on?
02:49 {{r:SONG}}: A trawler for a Norwegian owner. Later I saw the name on the internet, {{u:Ingrid Solberg}}. A woman's name. Beautiful ship. I made the welds in the fish hold.
03:00 {{p:TOMASZ}}: That vessel is registered in {{u:Ålesund}} now. We wrote to the owners, {{u:Nordhav Fiskeri AS}}; no answer yet.
03:06 {{p:CLARE}}: How did you leave?
03:08 {{r:SONG}}: In 2016 {{r:Yu}} was called back to {{u:Pyongyang}}. The new leader, {{p:Kye Man-sop}}, was in {{u:Szczecin}} with another team and came to us only twice a month. {{p:Kye}} trusted me. One Sunday I walked from the dormitory to the station, train to {{u:Gdańsk}}, bus to the airport. {{u:Gdańsk Lech Wałęsa Airport}}. I did not know who {{u:Lech Wałęsa}} was. A Polish girl at the counter, {{p:Kasia}}, explained to me: shipyard electrician, {{u:Solidarity}}, president. I thought: a welder's country, good.
03:44 {{p:CLARE}}: That's the episode. Produced by {{p:Ola Szymańska}}, interpretation by {{p:Ji-won}}, and our thanks to {{p:Tomasz}}'s mother, who fed the whole team in {{u:Sopot}}.""",
    },
    {
        "id": "h25-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("No Kwang-il", "노광일", "witness", ["Kwang-il"]),
            ("Hwang Song-jin", "황송진", "supervisor", ["Song-jin"]),
            ("Pak Tok-san", "박덕산", "coworker", ["Tok-san"]),
        ],
        "note": "Port Louis shipping agent's port-call report on a longliner; crewman surname No beside 'No shore leave', passport caps and initials, Mauritian doctor Ramgoolam beside the airport and statesman of that name, hospital and tug named after politicians, reefer named after an academic.",
        "text": """PORT CALL REPORT - CONFIDENTIAL - OWNERS / P&I / AGENCY FILE
Agent: {{u:Mascareignes Marine Agency Ltd}}, {{u:Port Louis}}
Vessel: F/V {{u:Yuan Sheng 27}}, longliner, flag {{u:Vanuatu}}
Owners: {{u:Kaohsiung}}-based, managed by {{u:Hai Xing Fishery Co.}}
ATA: 03.02.2019 0615 LT, berth {{u:Mer Rouge}} fishing quay
ATD: 07.02.2019 2240 LT
Boarding agent: {{p:R. Ramdin}}

1. ARRIVAL AND CLEARANCE
Vessel arrived with 24 crew: master and three officers from {{u:Taiwan}}, six from {{u:Indonesia}}, fourteen DPRK nationals. Master Capt. {{p:Lin Wen-chieh}} stated that the DPRK crew were supplied through a {{u:Dalian}} manning agent, {{u:Haiyun Crew Services}}, and that all fourteen seamen's books were held by the "crew representative", Mr {{r:Hwang Song-jin}}. Immigration officer Mr {{p:Jhugroo}} asked to see the books; {{r:Hwang}} produced them from a locked box in the master's cabin. No shore leave was requested for the DPRK crew. Indonesian crew were granted shore leave 1600-2200 daily.

2. MEDICAL
On boarding, undersigned was told by the Indonesian bosun, {{p:Agus}}, that a Korean crewman had an injured hand "since two weeks". Crewman identified as {{r:Pak Tok-san}} (passport name {{r:PAK TOK SAN}}). Hand swollen, two fingers black. Port health officer Dr {{p:Nadia Beeharry}} attended on board at 1130 and ordered transfer to {{u:Dr A. G. Jeetoo Hospital}}. {{r:Hwang}} insisted on accompanying. At the hospital Dr {{p:Beeharry}}'s colleague, Dr {{p:Ramgoolam}}, amputated the distal phalanx of two fingers. NB: Dr {{p:Ramgoolam}} is no relation of {{u:Sir Seewoosagur Ramgoolam}}, as he himself explained to {{r:Hwang}} twice; {{r:Hwang}} had seen the name at {{u:Sir Seewoosagur Ramgoolam International Airport}} and appeared to think the doctor was a government man.

{{r:Pak}} was to remain five days. On 06.02 at 1900 {{r:Hwang}} and two DPRK crew collected {{r:Pak}} from the ward against medical advice. Discharge form signed "{{r:HWANG S.J.}}" on behalf of the patient. Hospital invoice MUR 38,400 settled by agency on owners' account.

3. APPROACH AT GANGWAY
On 05.02 at approx. 2100, while undersigned was at the gangway with stevedore foreman {{p:Kevin Appadoo}}, a DPRK crewman approached and asked in English: "Korea embassy? South?" He gave his name as {{r:No}}, first name {{r:Kwang-il}}. {{r:No}} said the crew had not been paid since the vessel left {{u:Zhoushan}} in August and that "captain good, {{r:Hwang}} no good". When {{r:Hwang}} appeared on deck, {{r:No Kwang-il}} walked away. No further contact was possible.
Undersigned informed Mrs. {{p:Cathy Li}} (owners' representative) by phone; Mrs. {{p:Li}} advised that this is "not agency business".

4. TRANSSHIPMENT
Catch (approx. 210 t frozen tuna and bycatch) transshipped 05.02-06.02 to reefer MV {{u:Akademik Petrenko}} (flag {{u:Panama}}) at outer anchorage. Reefer master Capt. {{p:Oleg Sidorenko}}. Two DPRK crew ({{r:Pak}} not among them) transferred to the reefer with their bags by order of {{r:Hwang}}; names not given to agent. Tug {{u:Sir Gaëtan Duval}} assisted.

5. REMARKS
- Crew rep {{r:Hwang}} kept a notebook of all crew movements; undersigned saw entries in Korean including "{{r:노광일}}" and "{{r:박덕산}}".
- Fuel: 120 MT MGO supplied by {{u:Indian Oil (Mauritius) Ltd}}.
- Recommend owners' P&I ({{u:Britannia P&I}}) be informed of the medical case.

Prepared by: {{p:Rajesh Ramdin}}, Operations
Checked: {{p:S. Bhugun}}, Manager
cc: Mrs. {{p:Cathy Li}}, owners' representative, {{u:Kaohsiung}}""",
    },
    {
        "id": "h25-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chol-jun", "리철준", "witness", ["Chol-jun", "Lee Cheol-jun", "Li Chkhol Dzhun"]),
            ("Kwak Myong-il", "곽명일", "supervisor", ["Myong-il"]),
            ("Tak Yong-bom", "탁영범", "coworker", ["Yong-bom"]),
        ],
        "note": "St Petersburg stadium site, translated hospital discharge summary with translator's bracketed remarks; Russian transliteration and Cyrillic of the patient's name, South Korean spelling Lee Cheol-jun, surname-initials order of Russian doctors, institute and hospital named after people, stadium and club names.",
        "text": """DISCHARGE SUMMARY (EXTRACT FROM MEDICAL RECORD)
Translated from Russian for {{u:Harbour Light Korea}} by {{p:A. Kovaleva}}. Translator's remarks are in square brackets.

Institution: {{u:Pokrovskaya City Hospital}}, Department of Traumatology No. 2, {{u:Bolshoy Prospekt}}, {{u:Vasilyevsky Island}}, {{u:Saint Petersburg}}
Case history No. 11873
Patient: {{r:Li Chkhol Dzhun}} [the Russian reads "{{r:Ли Чхоль Джун}}"; the patient told us the correct form is {{r:Ri Chol-jun}}; in his South Korean documents he is now {{r:Lee Cheol-jun}}], male, born 1986, citizen of the DPRK
Place of work: construction site, {{u:Krestovsky Island}} [the stadium now called {{u:Gazprom Arena}}, home of {{u:Zenit}}]
Admitted: 14.06.2016, 16:40, by ambulance
Discharged: 21.06.2016

History of present illness: According to the patient and the accompanying person ({{r:Tak Yong-bom}}, co-worker, acting as interpreter), at approx. 14:00 fell from scaffolding, height approx. 4 m, landing on his feet. [{{r:Tak}} spoke some Russian; the patient none.] Initially taken to the site first-aid post; the ambulance was called by the site foreman, {{p:Lozhkin G. I.}}, at 16:05. [{{r:Chol-jun}} says {{p:Lozhkin}} called it over the objections of the Korean brigade leader.]

Diagnosis: Closed comminuted fracture of the right calcaneus with displacement. Closed fracture of the left talus without displacement. Contusion of the lumbar region.

Treatment: Examined by the duty traumatologist, {{p:Voronin S. A.}} Immobilisation. Surgery was recommended (open reduction, internal fixation) and the patient was placed on the list for 16.06.2016 after consultation with the {{u:Dzhanelidze Research Institute of Emergency Medicine}}. On 15.06.2016 a representative of the employer, {{r:Kwak M. I.}}, informed the department that the patient declines surgery. [{{r:Ri}} says he was never asked. {{r:Kwak Myong-il}} was the brigade leader; the men called him "{{r:Kwak}} the bookkeeper" because he wrote down every rouble.]

Conservative treatment was carried out. Condition on discharge: satisfactory. Walks with crutches.

Recommendations: Outpatient follow-up with a traumatologist at the place of residence. X-ray check in 4 weeks. No load on the right leg for 10-12 weeks. [He was back on the site, at the cement mixer, in about three weeks, according to {{r:Tak}}. {{r:Yong-bom}} confirmed this to us separately in {{u:Seoul}}.]

Certificate of temporary incapacity for work: not issued - patient is a foreign citizen; the employer's representative ({{r:Kwak M. I.}}) declined it. [The employer on the site pass was {{u:SevZapStroiMontazh}}; the North Korean side was {{u:Korea Mannyon Construction}}. {{r:Myong-il}} kept all the passes.]

Attending physician: {{p:S. A. Voronin}}
Head of department: {{p:Ye. P. Kuzmina}}

[Stamp: "For certificates". Handwritten at the bottom, in Russian: "Sister {{p:Galya}} - give the Korean his X-rays, he keeps asking." The patient says nurse {{p:Galina}} gave them to him when no one was looking, and that {{r:Kwak}} later burned them in the dormitory stove.]

[Translator's note: in the patient's statement to us the brigade leader is "{{r:곽명일}}" and the co-worker "{{r:탁영범}}". The patient also names the site's North Korean security officer, {{p:Chon}}, who visited him on the ward on 17.06 together with {{r:Kwak}}, and a Kyrgyz labourer, {{p:Almazbek}}, who gave him a phone card so he could call no one. {{p:Chon}} told the ward sister the patient was "his nephew". - {{p:A. K.}}]""",
    },
    {
        "id": "h25-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Han Ok-ryon", "한옥련", "witness", ["Ok-ryon"]),
            ("O Kum-sil", "오금실", "coworker", ["Kum-sil"]),
            ("Sin Yong-dok", "신영덕", "supervisor", ["Yong-dok"]),
        ],
        "note": "Donggang seafood plant, NGO case-conference minutes with staff initials (TO, SL, MK, JHA, DY) and their expansions; coworker surname O, a press 'Ms. O' who may be someone else, nickname Whistle, Chinese boss Wang, Hangul title form of the manager.",
        "text": """CASE CONFERENCE - MINUTES (internal, do not forward)
Date: 8 March 2023, 14:00-15:40, {{u:Mapo}} office and video
Present: {{p:JHA}} (chair), {{p:SL}}, {{p:MK}}, {{p:TO}} (minutes); {{p:Rebecca Hollis}} ({{u:Walk Free}}, observer, items 1-2 only)
Apologies: {{p:DY}} (sick)

Item 1. {{r:Han Ok-ryon}} (file CN-23-004), {{u:Donggang}} seafood plant
{{p:SL}} summarised the second interview. {{r:Ok-ryon}} worked 2017-2020 at a crab and shrimp processing plant on the edge of {{u:Donggang}}, {{u:Liaoning}}, about 40 minutes from {{u:Dandong}}. Some 212 women from the DPRK in one compound. Manager on the Korean side: {{r:Sin Yong-dok}}, always "Manager {{r:Sin}}" or, in the dormitory, "{{r:신}} 지배인". His deputy, {{p:Ri Chun-hwa}}, was known to the women only as "{{p:Whistle}}". The Chinese owner, {{p:Wang Jianguo}}, is called Boss {{p:Wang}} throughout; {{p:Wang}} visited monthly and dealt only with {{r:Sin}}.
- Hours: 06:00-22:00, one day off a month, none in crab season.
- Wages: RMB 1,800/month per woman paid to {{r:Sin}}; {{r:Han}} received nothing in cash in 2019, "cards for the shop" only.
- {{r:Ok-ryon}} confirms the 2020 strike story first heard from her roommate {{r:O Kum-sil}}: when the border closed and rotation home was cancelled, about 30 women refused to go to the line for two days. {{r:O}} was one of three "ringleaders" named by {{r:Sin}}.
{{p:MK}} asked whether {{r:O}}'s name appears in any press report. {{p:SL}}: not by name; one Japanese outlet quoted a "Ms. {{p:O}}", but it may be a different woman. {{p:TO}} to check.
- {{p:JHA}}: the {{u:UN Panel of Experts}} would want the plant's name. {{r:Han}} knows it only as "the crab factory"; the sign read "{{u:Haixin Aquatic Products}}". {{p:MK}} to search {{u:Qichacha}}.
Decision: {{p:SL}} to prepare the redacted summary. {{r:Kum-sil}}'s name not to appear in any version, not even internal email subject lines.

Item 2. {{r:O Kum-sil}} (no file yet)
Whereabouts unknown. {{r:Ok-ryon}} heard in 2021 that {{r:Kum-sil}} was sent back through {{u:Sinuiju}} over the {{u:Sino-Korean Friendship Bridge}}. {{p:Rebecca}} said {{u:Walk Free}} has a contact who has spoken to returnees' relatives in {{u:Yanji}}; she will ask, without giving {{r:O}}'s given name.
Decision: no action that could expose {{r:Ok-ryon}} as the source.

Item 3. Staff
{{p:DY}} back Monday. {{p:TO}} leaving end of April; {{p:Tae-oh}} ({{p:TO}}) asked that his case files go to {{p:SL}}. Note for newcomers: {{p:SL}} is {{p:Su-lin Lee}}, not {{p:Seung-ryul Lee}} from finance; use full initials in the tracker.

Item 4. AOB
{{p:MK}} reminded everyone of the {{u:Ministry of Unification}} funding report due 31 March. {{p:JHA}} presents at the {{u:Korea University}} seminar on 21 March; no case names in the slides, and no photo of {{r:Han}} even blurred.

Next meeting: 22 March. Minutes: {{p:TO}}. Approved: {{p:JHA}} ({{p:Jin-hee Ahn}}).""",
    },
    {
        "id": "h25-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Un-ju", "양은주", "witness", ["Un-ju"]),
            ("Ko Hye-gyong", "고혜경", "supervisor", ["Hye-gyong"]),
            ("Kim Ryu-gyong", "김류경", "coworker", ["Ryu-gyong"]),
        ],
        "note": "Phnom Penh restaurant, bank financial-crime investigation note; waitress given name Ryu-gyong beside the Ryugyong Hotel and bank, passport caps, Khmer nominee with surname Sok, boulevards named after kings, analyst and reviewer initials.",
        "text": """FINANCIAL CRIME COMPLIANCE - INVESTIGATION NOTE
Case: FCC-KH-2021-0317 | Classification: Restricted | Analyst: {{p:A. Mensah}} | Reviewer: {{p:J. Tan}}
Subject: Outward remittances from {{u:Phnom Penh}} accounts linked to a restaurant on {{u:Norodom Boulevard}}

1. Trigger
Transaction monitoring alert (scenario TM-07, rapid cash in / wire out) on account ...4471, held by Cambodian national {{p:Sok Dara}}, 34, occupation "restaurant supplier". Between 02/2021 and 07/2021 the account received 63 cash deposits (USD 1,500-9,800) at the {{u:Monivong Boulevard}} branch and sent 11 outward wires totalling USD 214,000 to a trading company in {{u:Dandong}}.

2. Link to the restaurant
Branch staff ({{p:Srey Mom}}, teller) recognised the depositor on CCTV as not {{p:Sok Dara}} but a Korean woman who "always came with the manager". Staff believe the manager is {{r:Ko Hye-gyong}}, manager of a DPRK-themed restaurant on {{u:Norodom Boulevard}} near the {{u:Independence Monument}}. {{r:Ko}} is known to staff as "Madam {{r:Ko}}" and in 2019 presented a passport in the name {{r:KO HYE GYONG}} to open a USD savings account; refused (file note by {{p:Chhun Vibol}}, ex-compliance). Portraits of {{u:Kim Jong Il}} and {{u:Norodom Sihanouk}} hang in the restaurant foyer, per {{p:Vibol}}.

3. Information from NGO (received under the information-sharing MoU, 14/07/2021)
{{u:Harbour Light Korea}} reports that a former waitress, {{r:Yang Un-ju}}, now in {{u:Seoul}}, described the cash handling: takings were counted nightly by {{r:Ko}} and a second waitress, {{r:Kim Ryu-gyong}}, and deposited "at the big bank on {{u:Monivong}}" in the name of "a Khmer man, {{p:Dara}}", who received USD 300 a month for the use of his account. {{r:Un-ju}} says the women were paid USD 20-50 a month; salaries of USD 300 were recorded. She says {{r:Ryu-gyong}} kept the cash book and was the only one allowed to speak to {{p:Dara}}.
Analyst's caution: the menu offers a "{{u:Ryugyong}} set" named after the {{u:Ryugyong Hotel}} in {{u:Pyongyang}}, and open sources mention the {{u:Ryugyong Commercial Bank}}. Neither has anything to do with the waitress {{r:Ryu-gyong}}; keyword searches on that word return all three.

4. Beneficiary side
All 11 wires went via a correspondent in {{u:Hong Kong}} to {{u:Dandong Jinsheng Trading Co., Ltd.}}, legal representative {{p:Liu Hong}}. {{p:Liu}} is also listed as a director of a second company in {{u:Shenyang}} that received two wires from account ...8802 (holder {{p:Heng Sopheap}}, said by branch staff to be {{p:Dara}}'s cousin).

5. Assessment
Pattern consistent with bulk cash placement of restaurant revenue for onward transfer to DPRK-linked entities (see {{u:UN Security Council}} resolution 2397; {{u:FATF}} guidance on proliferation financing). Possible sanctions exposure ({{u:OFAC}}).
{{r:Ko}} reportedly left {{u:Cambodia}} in 08/2021; {{p:Sok Dara}} continues to transact. {{r:Yang}}'s information is hearsay for our purposes, but consistent with the CCTV and with {{p:Srey Mom}}'s account.

6. Recommendations
- File an STR with the {{u:Cambodia Financial Intelligence Unit}}.
- Exit the relationship with {{p:Sok Dara}}; do not tip off.
- Do not contact {{r:Yang Un-ju}} directly; any follow-up through the NGO's caseworker, Ms {{p:Whitlock}}.

Reviewer comment ({{p:J. Tan}}, 21/07): Agree. Screen the second waitress: {{r:Kim Ryu-gyong}} 0 hits, "{{r:KIM RYU GYONG}}" 0 hits, fuzzy 2 false positives (both South Korean customers). Note "Sok" is a Khmer surname and also a Korean one; the screening tool flagged {{p:Sok Dara}} as a possible DPRK national. He is not. {{p:Mensah}}, please also ask {{p:Srey Mom}} whether {{r:Hye-gyong}} ever came in alone. - {{p:JT}}""",
    },
    {
        "id": "h25-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Min Chang-sok", "민창석", "witness", ["Chang-sok"]),
            ("Won Hye-suk", "원혜숙", "witness", ["Hye-suk"]),
            ("Ok Chun-hwa", "옥춘화", "coworker", ["Chun-hwa"]),
        ],
        "note": "Draft NGO report section with footnotes citing public authors, UN rapporteurs and the COI; interviewee names not yet removed; soft hyphens from PDF copy inside two names; interviewer and coder initials; surname Won beside the currency-like word.",
        "text": """DRAFT v0.7 - NOT FOR CIRCULATION - interviewee names still in text, to be replaced before layout ({{p:JS}})

3.2 Wage confiscation and the "plan"

Every one of the 41 former workers interviewed for this report described some form of wage confiscation.[^14] The mechanism is well documented: the foreign employer pays the DPRK company, the company pays the state, and the worker receives what is left, if anything.[^15] {{r:Min Chang-sok}}, who worked on apartment blocks in {{u:Novosibirsk}} and {{u:Tomsk}} from 2013 to 2017, put it simply: "The plan came first, then the party, then the brigade leader's bottle. We came last."[^16] {{r:Min}} estimated that he kept 9 per cent of what the Russian contractor paid for his labour. {{r:Won Hye-suk}}, a seamstress in {{u:Hunchun}}, kept less: "For three years {{r:Won}} the person did not exist on the payroll. Only the team existed."[^17]

The Special Rapporteur, {{u:Tomás Ojea Quintana}}, warned in 2018 that such arrangements may amount to forced labour,[^18] and his successor, {{u:Elizabeth Salmón}}, has repeated the point.[^19] The commission of inquiry chaired by {{u:Michael Kirby}}, with {{u:Marzuki Darusman}} and {{u:Sonja Biserko}}, had already placed the export of labour within a wider system of state control. Whether individual workers consent is, as {{r:Chang\u00adsok}} told us, "a question for people who have a choice".

Not every interviewee experienced the system in the same way. {{r:Hye-suk}}'s team leader, {{r:Ok Chun-hwa}}, is remembered by three women as cruel and by two as protective: {{r:Ok}} hid a pregnant worker, {{p:Pyon Kum\u00adran}}, from the security officer for five months and arranged, through a Chinese-Korean cook, {{p:Jin Meihua}}, for her to give birth in a clinic in {{u:Yanji}}.[^20] {{r:Chun-hwa}} was recalled in 2019; her fate is unknown.

Notes
[^14] Interviews conducted January 2021 to November 2022 by {{p:J. Seong}}, {{p:H. Whitlock}} and {{p:Kim Da-eun}}; see Annex 1. Coding by {{p:R. Abboud}}, checked by {{p:JS}}.
[^15] See {{u:Remco Breuker}} and {{u:Imke van Gardingen}} (eds.), People for Profit: North Korean Forced Labour on a Global Scale ({{u:Leiden Asia Centre}}, 2018); {{u:Andrei Lankov}}, The Real North Korea ({{u:Oxford University Press}}, 2013).
[^16] Interview with {{r:Min Chang-sok}} by {{p:J. Seong}}, {{u:Seoul}}, 12 May 2021.
[^17] Interview with {{r:Won Hye-suk}}, {{u:Incheon}}, 3 August 2021 (interpreter {{p:Yu-na}}). {{r:Won}} asked that the name of her factory not be published.
[^18] Report of the Special Rapporteur on the situation of human rights in the DPRK to the {{u:Human Rights Council}}, 2018.
[^19] Statement to the Third Committee of the {{u:UN General Assembly}}, October 2023.
[^20] Interviews with {{r:Won Hye-suk}} and with a second former worker ({{p:Yon}}, file CN-22-019); {{p:Pyon}}'s own account could not be obtained. {{p:Yon}} remembers {{r:Ok}} saying that {{p:Kum-ran}}'s baby "belongs to no plan". Not independently confirmed.""",
    },
    {
        "id": "h25-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yun Sol-mi", "윤설미", "witness", ["Sol-mi", "설미"]),
            ("Ra Kyong-sun", "라경순", "supervisor", ["Kyong-sun"]),
            ("Chon Un-byol", "전은별", "coworker", ["Un-byol", "Star", "은별"]),
        ],
        "note": "Vientiane restaurant, researcher's field diary with bracketed asides; Hangul name badges, English nickname Star, manager surname Ra, Lao RA with short form Phet, town and statue named after Kaysone Phomvihane, Patuxai and That Luang.",
        "text": """Field diary - {{u:Vientiane}}, April 2019 (typed up from notebook 3; asides in brackets)

Sat 6 Apr
Landed {{u:Wattay}} 14:20. {{p:Phet}} (= {{p:Phetsamone}}, my RA) waiting with a sign saying "DR {{p:EMMA}}", which is what her students call me. Tuk-tuk with her cousin {{p:Khamla}} past {{u:Patuxai}} to the guesthouse off {{u:Lane Xang Avenue}}. Too hot to think.

Sun 7 Apr
Lunch at the North Korean restaurant near {{u:That Luang}}. Eight waitresses, one manager. Badges in Hangul: "{{r:설미}}", "{{r:은별}}", and on the manager, "{{r:라경순}}". The one called {{r:Sol-mi}} sang "Whistle" (the song) and a tour group from {{u:Busan}} clapped along. Manager {{r:Ra}} counted tips in the kitchen doorway while she sang. [The second waitress, {{r:Un-byol}}, is the one the Lao staff call "{{r:Star}}" - her name means silver star, the cook told {{p:Phet}}.]

Mon 8 Apr
Interview with the Lao cook, {{p:Noy}}, at her sister's noodle shop. {{p:Noy}} has worked in that kitchen three years. The Korean women live upstairs, eight to a room, and go out only in pairs with {{r:Ra}} or with "the Friday man", a Korean who takes the money bag; {{p:Noy}} thinks he is Mr {{p:Chae}}. [{{p:Phet}} translating; {{p:Noy}} is frightened and wants no recording. No recording.]
{{p:Noy}}: "{{r:Star}} is the kind one. {{r:Sol-mi}} is sad. Madam {{r:Ra}} is not bad, she is afraid too."

Tue 9 Apr
Long talk with {{p:Bounmy}}, the Lao owner of record. [Not the owner. The lease is in his name.] USD 500 a month, he says. Calls {{r:Ra Kyong-sun}} "like a sister" and showed me a photo of himself with {{r:Kyong-sun}} at the opening.
Evening by the {{u:Mekong}}. {{p:Phet}} pointed out the Chinese-built towers, "{{u:Vientiane Center}}".

Wed 10 Apr
Back at the restaurant, alone. {{r:Un-byol}} served me. I said in Korean that my name was {{p:Emma}} and that I liked the song. She said thank you and went away fast. {{r:Ra}} came over and asked, in English, if I was a journalist. I said teacher. [True. Half true.]
A young waitress with a bandaged wrist; {{p:Noy}} later said it was {{p:Hyang}}, burned on the grill, no doctor.

Thu 11 Apr
Nine hours south with {{p:Khamla}} to {{u:Kaysone Phomvihane}} (the town; a statue of {{u:Kaysone}} in the square). A second DPRK restaurant was rumoured. Closed. A neighbour, Mrs {{p:Vongsa}}, says the women were moved to {{u:Vientiane}} in March.

Fri 12 Apr
{{p:Noy}} messaged {{p:Phet}}: the Friday man came, he and {{r:Ra}} shouted, and {{r:Sol-mi}} was sent home on the evening flight via {{u:Beijing}}. {{r:Star}} cried in the kitchen. I keep thinking I caused this. [{{p:Phet}}: you didn't. {{p:Noy}}: it was planned since March. I believe neither of them.]

Sat 13 Apr
Lao New Year; water everywhere, even on {{u:Setthathirath Road}}. Called {{p:Daniel}} in Seoul; he says write it all down and send nothing over {{u:WhatsApp}}.""",
    },
    {
        "id": "h25-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ju Hyang-mi", "주향미", "witness", ["Hyang-mi", "hyang"]),
            ("Paek Song-ok", "백성옥", "supervisor", ["Song-ok"]),
            ("Ri Yong-a", "리영아", "coworker", ["Yong-a", "yong a"]),
        ],
        "note": "Kathmandu restaurant, exported SMS in lower case with typos and emoji; lower-case names and places, spaced and run-together given name (yong a / yonga), Nepali kin terms dai/didi/bhai/uncle after names, Ram beside the animal word, airport named after King Tribhuvan.",
        "text": """[sms, exported from the field phone 21/08/2019. "me" = {{p:Sagar}}. lines kept as sent]

04/08 22:10 {{p:dhiraj}}: dai u there
04/08 22:11 me: ya. wat happen
04/08 22:13 {{p:dhiraj}}: korean girl came back door again. the one with glasses. she say her name {{r:hyang}}
04/08 22:14 me: {{r:hyang}} wat
04/08 22:14 {{p:dhiraj}}: dont know. only {{r:hyang}}. she want phone but madam come
04/08 22:15 me: madam = {{r:paek}}?
06/08 09:40 {{p:dhiraj}}: dai {{r:hyang}} full name {{r:ju hyang mi}}. she write on my hand lol
06/08 09:41 me: 👍 wat else
06/08 09:44 {{p:dhiraj}}: she from {{u:pyongyang}}. 3 years here {{u:thamel}}. 11 girl. no salary. {{r:paek}} take all
06/08 09:46 {{p:dhiraj}}: also other girl {{r:yong a}}. she sick. {{r:hyang}} say {{r:yong a}} need doctor but {{r:paek}} no allow
06/08 09:49 {{p:dhiraj}}: stomach. 2 week. {{r:yonga}} very thin now
09/08 23:02 {{p:dhiraj}}: dai problem. korean man came, from embassy i think. mr {{p:kim}} they call. he shout to {{r:paek}} in kitchen
09/08 23:10 me: ok dont do anything. i call {{p:anjali}} didi tomorow
10/08 08:15 me: {{p:anjali}} didi say she can talk to {{r:hyang}} if she come out. didi speak korean little, 5 year in factory in {{u:ansan}}
12/08 21:33 {{p:dhiraj}}: dai {{r:hyang}} say saturday all girls go {{u:boudha}} with madam 7 morning. for exercise
14/08 10:02 me: {{p:anjali}} meet {{r:hyang}} 2 min at {{u:boudha}}!! {{r:hyang}} give letter. {{r:yong a}} now in {{u:tribhuvan university teaching hospital}} maharajgunj
14/08 10:06 me: {{p:ram}} sir from building call ambulance himself 🙏 {{p:shrestha}} uncle pay
20/08 19:40 {{p:dhiraj}}: dai bad news. 4 girl go back. {{r:hyang}} also. {{u:tribhuvan}} airport tonite. {{r:paek}} stay
20/08 19:43 {{p:dhiraj}}: {{r:yong a}} stay. work again now. she say thank u {{p:anjali}} didi. she say tell {{r:hyang mi}} sister she ok if u can
20/08 19:44 me: i cant. no way

[note by {{p:Sagar}}, 21/08: {{p:Anjali}}'s translation of {{r:Hyang}}'s letter: "I am {{r:Ju Hyang-mi}} from {{u:Pyongyang}}, {{u:Moranbong}} district. Manager {{r:Paek Song-ok}} keeps our passports. {{r:Ri Yong-a}} is sick. Please tell the Korean embassy (south)." Signed in Korean "{{r:주향미}}".]""",
    },
    {
        "id": "h25-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Pok-hui", "김복희", "coworker", ["Pok-hui", "Bok"]),
            ("Ryang Chun-ok", "량춘옥", "supervisor", ["Chun-ok"]),
            ("Hyon Mi-ryong", "현미룡", "coworker", ["Mi-ryong"]),
        ],
        "note": "Hunchun garment factory, a Vietnamese worker's story about North Korean co-workers; Vietnamese names with diacritics and kin term chi, clipped name Bok, nickname Kkot, private Minh beside Ho Chi Minh City, translator surname Do, NGO named after the Red River (Song Hong) beside the surname Song.",
        "text": """The Korean women upstairs - as told by {{p:Nguyễn Thị Hoa}}, 29, from {{u:Nghệ An}}, to {{p:Lê Minh Châu}} of the {{u:Song Hong Migrant Network}}

I went to China in 2018 with my cousin {{p:Lan}} and a boy from our village, {{p:Trần Văn Minh}}. A broker in {{u:Lạng Sơn}}, Mr {{p:Phạm}}, took eleven million dong from each of us and put us in a truck to {{u:Nanning}}, then a train north for two days. We ended in {{u:Hunchun}}, near the river where three countries meet. The factory made jackets.

On our floor there were the Vietnamese, maybe forty, and upstairs the North Koreans, maybe two hundred women. We were told not to speak to them. But in the cutting room I worked next to a Korean woman, {{r:Kim Pok-hui}}. I could not say her name well, so I called her chị {{r:Bok}}. She laughed every time. {{r:Bok}} means luck, she showed me with her hands, and I told her {{p:Hoa}} means flower. After that she called me {{p:Kkot}}, which is flower in Korean.

Their leader was {{r:Ryang Chun-ok}}. The Chinese boss, {{p:Jin Zhehao}}, who was Korean-Chinese and spoke both languages, called her Comrade {{r:Ryang}}. {{r:Chun-ok}} never sat at a machine. She walked. If a Korean woman talked to us, {{r:Ryang}} wrote in a small red book.

{{r:Pok-hui}}'s friend was {{r:Hyon Mi-ryong}}, very young, with a cough that never stopped. At night {{r:Mi-ryong}} stood at the window and looked across the {{u:Tumen}}. {{p:Lan}} was afraid she would jump. {{r:Bok}} said no, {{r:Mi-ryong}} was only looking at her country, where there were no lights.

We Vietnamese were paid 2,800 yuan. The Koreans were paid nothing in their hands; {{p:Jin}} paid {{r:Ryang}}, and {{r:Ryang}} paid someone else.

In the winter of 2019 the police came for the Vietnamese without papers. They took {{p:Minh}}. {{r:Pok-hui}} pulled me into the fabric store and put rolls of cloth on top of me. {{r:Ryang}} saw, I am sure she saw, and she said nothing. I think {{r:Chun-ok}} was also a person.

I was sent back through {{u:Móng Cái}} in 2020. {{p:Minh}} works in {{u:Ho Chi Minh City}} now. {{p:Lan}} married. If you find {{r:Kim Pok-hui}}, tell her {{p:Kkot}} has a baby girl, {{p:Bảo Ngọc}}, and that I taught her one Korean word.

[Interview by {{p:Lê Minh Châu}}, {{u:Hanoi}}, 2022; English by {{p:Đỗ Thu Trang}}. {{p:Hoa}} asked that her village not be named. The Korean names are given as she wrote them for us: "{{r:Kim Bok Hi}}", "{{r:Ryang Chun Ok}}", "{{r:Hyon Mi Ryong}}".]""",
    },
    {
        "id": "h25-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Mun Kwang-hyok", "문광혁", "witness", ["Kwang-hyok"]),
            ("Chae Ryong-su", "채룡수", "supervisor", ["Ryong-su"]),
            ("Pyo Hak-nam", "표학남", "coworker", ["Hak-nam"]),
        ],
        "note": "Equatorial Guinea, translated consular summary of a work-visa batch with NGO comments; SURNAME-first caps, consul with the Fang surname Obama beside Barack Obama, President Obiang, avenue named after Hassan II, Mansudae as company.",
        "text": """EMBASSY OF THE REPUBLIC OF EQUATORIAL GUINEA IN {{u:BEIJING}} - CONSULAR SECTION
Summary of work-visa applications, batch 2017/44 (translated from Spanish; copy obtained by {{u:Harbour Light Korea}}; NGO comments marked "HLK:")

Sponsor: {{u:Mansudae Overseas Project Group of Companies}}, for construction works at {{u:Ciudad de la Paz}} ({{u:Oyala}}), {{u:Wele-Nzas}} province
Reviewed by: Consul {{p:Aurelio Nsue Obama}}; prepared by clerk {{p:Mariela Bindang}}

1. Group leader: {{r:CHAE Ryong-su}}, b. 1969, "engineer". Previous visa 2014/12. Applicant states he will be responsible for all 30 workers "in all matters, including their documents". Consul's note: the previous group under Mr {{r:Chae}} left the country on time; no incidents.
HLK: {{r:Chae}} is the man our witness {{r:Mun Kwang-hyok}} describes as holding the group's passports in {{u:Bata}} 2014-2016.

2. Applicants 2-30: construction workers, all male, aged 24-48. Declared salary USD 900/month each, paid "through the sponsor".
HLK: {{r:Mun}} says the men were paid nothing in cash in {{u:Malabo}} and 20 euros at {{u:Oyala}} "at New Year".

3. Applicant no. 17, {{r:MUN Kwang-hyok}}, b. 1983, "plasterer". Note by clerk {{p:Bindang}}: photo does not match application 2014/12; returned for a new photo.
HLK: {{r:Kwang-hyok}} told us the old photo "looked like another man" because he lost 12 kg in his first contract.

4. Applicant no. 23, {{r:PYO Hak-nam}}, b. 1990, "electrician". Medical certificate incomplete (hepatitis B test).
HLK: {{r:Pyo}} was {{r:Mun}}'s bunkmate. {{r:Hak-nam}} fell ill in 2018 at the {{u:Sipopo}} site and was sent home; {{r:Mun}} does not know whether {{r:Pyo}} survived.

5. Accommodation: company camp near the {{u:Sofitel Malabo Sipopo Le Golf}}; earlier camp on {{u:Avenida Hassan II}}.

6. Consul's conclusion: recommended. Signed {{p:A. Nsue Obama}}. Countersigned by first secretary {{p:Eyi Mba}}.

HLK comments ({{p:D. Okafor}}, {{p:M. Yun}}):
- {{r:Mun}} remembers the consul as "Mr {{p:Obama}}"; the men joked that {{u:Barack Obama}} had given them visas. The consul is no relation; the surname is common among the Fang.
- {{r:Mun}} says President {{u:Teodoro Obiang Nguema Mbasogo}} visited the {{u:Oyala}} site in 2018 and the workers were locked in the camp all day.
- {{r:Chae Ryong-su}}'s deputy was {{p:Sok Myong-hun}}; the embassy security man was "Mr {{p:Ri}}". The Spanish-speaking foreman from the local contractor, {{p:Santiago Esono}}, brought {{r:Ryong-su}} cigarettes and once drove {{r:Hak-nam}} to the clinic behind {{r:Chae}}'s back.""",
    },
    {
        "id": "h25-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Chol-ung", "장철웅", "witness", ["Chol-ung", "Tito"]),
            ("Kwon Ki-chol", "권기철", "supervisor", ["Ki-chol"]),
            ("Ham Tae-song", "함태성", "coworker", ["Tae-song"]),
        ],
        "note": "Montevideo squid boats, Facebook post and comments with Spanish; nickname Tito, zero-width space inside a given name, dona/don before names, navy ship and hospital named after people, Artigas statue.",
        "text": """{{p:Martín Olivera}}
12 de marzo · {{u:Montevideo}} · 🌎

Long post, sorry, in English so my Korean friend {{p:Ji-hoon}} can share it. Three years ago, before I left {{u:Uruguay}} for {{u:Buenos Aires}}, I was a night watchman at the {{u:Puerto de Montevideo}}, fishing dock. Every autumn the Chinese squid boats come in. On one of them, the {{u:Hai Long 33}}, there were Koreans from the North.

One of them I called {{r:Tito}}, because the first month he never said his name. Later he wrote it for me on a cigarette box: {{r:JANG CHOL UNG}}. {{r:Tito}} was maybe 35. We talked with hands and the translator on my phone. {{r:Chol\u200bung}} told me they had not touched land in 14 months. The boss of the Koreans, {{r:Kwon}}, was always on the bridge with the Chinese captain, {{p:Zhou}}. {{r:Kwon}} kept all the phones.

One night {{r:Tito}} and his friend {{r:Ham}} came down the gangway for ten minutes to buy cigarettes at the kiosk of doña {{p:Rosa}}. {{p:Rosa}} would not take their money 😢. The next year {{r:Kwon}} let them ashore for two hours and I walked with {{r:Tito}} to {{u:Plaza Independencia}}; he took a photo with the {{u:Artigas}} statue. The navy training ship {{u:Capitán Miranda}} was in port and he asked me if it was a pirate ship.

In 2020 a friend at the {{u:Prefectura Naval}} told me a Korean sailor had died on that boat and the body went to the {{u:Hospital Maciel}}. I never found out who. I hope it was not {{r:Tito}}. I hope it was not {{r:Tae-song}} either (that's {{r:Ham}}, the quiet one).

If anyone knows these men - {{r:Jang Chol-ung}}, {{r:Ham Tae-song}} - please write to me. 🙏

💬 {{p:Lucía Ferreira}}: Qué historia, {{p:Martín}}. Mi viejo trabajaba en el puerto, dice que los coreanos nunca bajaban.
   ↳ {{p:Martín Olivera}}: Sí {{p:Lucía}}, nunca. Solo esas veces.
💬 {{p:Ji-hoon Baek}}: Thank you {{p:Martín}}, sharing to our group. For Korean readers: the boss's full name, which {{r:Chol-ung}} told {{p:Martín}}, is {{r:Kwon Ki-chol}}.
💬 {{p:Gonzalo}}: My uncle don {{p:Walter}} drove the forklift there, he remembers a Korean called "{{r:Kuon}}" who shouted a lot lol""",
    },
    {
        "id": "h25-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yu Song-chol", "유성철", "witness", ["성철"]),
            ("Pak Chun-il", "박춘일", "supervisor", ["춘일"]),
            ("Sim Chol-min", "심철민", "coworker", ["철민", "꼬마"]),
        ],
        "note": "Moscow high-rise site, a defector's blog post; big/small Pak (큰 박 / 작은 박), nickname 꼬마 beside the common noun, given name before particles (철민이가), 박씨 generic versus 박씨한테 for the supervisor, Russian diminutive Seryozha, Moscow places and a university named after Kim Il Sung.",
        "text": """[{{u:모스크바}} 일기 ③] 건설장에서 만난 사람들 — 큰 {{r:박}} 반장과 {{r:꼬마}} {{r:철민}}이

안녕하세요, 오늘도 찾아와 주셔서 감사합니다. 저는 2011년부터 2016년까지 {{u:모스크바}}에서 건설 노동자로 일하다가 2017년에 한국에 온 {{r:유성철}}입니다. 가명 아니에요. 처음엔 숨기려고 했는데 {{u:하나원}} 동기 {{p:영수}} 형이 "숨길수록 더 무섭다"고 해서 그냥 씁니다.

오늘은 우리 작업반 이야기예요.

반장은 {{r:박춘일}}이었습니다. 반에 박씨가 둘이라 반장은 큰 {{r:박}}, 미장공 {{p:박영철}}이는 작은 {{p:박}}이라고 불렀어요. 큰 {{r:박}}은 키가 190 가까이 되는 함경도 사람인데, 술만 들어가면 "내래 {{u:김일성종합대학}} 나온 사람이다" 하고 큰소리를 쳤어요. 사실은 {{u:함흥}}에서 기계공 하다 온 사람이었죠.

제일 막내는 {{r:심철민}}이었어요. 열아홉 살인데 몸이 작아서 다들 {{r:꼬마}}라고 불렀습니다. {{r:철민}}이가 처음 왔을 때 {{r:박}} 반장이 "이런 꼬마를 누가 보냈어" 하고 화를 냈는데, 나중엔 {{r:꼬마}}를 제일 아꼈어요. 월급날 봉투에 몰래 10달러씩 더 넣어 준 것도 {{r:춘일}}이 형이었어요.

일은 {{u:모스크바 시티}} 근처 고층 아파트 골조 공사였습니다. 아침 6시부터 밤 11시까지. {{u:레닌그라드스키 대로}} 쪽 현장으로 옮긴 뒤에는 차가 막혀서 숙소에 오면 새벽 1시였어요. 한 달 계획분은 1인당 800달러. 못 채우면 {{r:박}}씨한테 가서 빌어야 했어요.

러시아 현장감독은 {{p:세르게이}}였는데 우리는 {{p:세료자}}라고 불렀어요. {{p:세료자}}는 {{r:철민}}이한테 초콜릿을 자주 줬죠.

2014년 겨울에 {{r:철민}}이가 기침을 하면서 피를 토했어요. 보위원 {{p:림}} 동지는 "병원 가면 조국으로 돌려보낸다"고 했고요. 그런데 큰 {{r:박}}이 자기 돈으로 {{r:철민}}이를 데리고 동네 병원에 갔어요. 결핵이었어요. 러시아 여의사 {{p:나탈리야}} 선생님이 약을 공짜로 줬어요. {{p:림}} 보위원한테 들켜서 {{r:박춘일}}은 자아비판을 세 번이나 했습니다.

{{r:성철}}아, 너는 왜 나서지 않았냐고 물으면 할 말이 없어요. 저는 그냥 무서웠어요.

{{u:붉은광장}}은 5년 동안 딱 한 번 가 봤어요. {{u:크렘린}} 앞에서 {{r:철민}}이가 "형, {{u:푸틴}}이 여기 사나?" 물었던 게 기억나요. 그해 {{u:김정은}} 생일에는 충성자금으로 1인당 100달러를 더 냈습니다.

다음 글에서는 {{p:림}} 보위원 이야기를 쓸게요. {{r:꼬마}} {{r:심철민}}이 소식 아시는 분은 댓글 주세요.

#탈북민 #{{u:모스크바}} #해외노동자 #건설""",
    },
    {
        "id": "h25-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jong Mi-hyang", "정미향", "witness", ["미향"]),
            ("Jong Un-hyang", "정은향", "relative", ["은향"]),
            ("Cha Kwang-sik", "차광식", "supervisor", ["광식"]),
        ],
        "note": "Donggang seafood factory, a church intercession prayer-request note with emoji; given name 은향 beside the leader's name 김정은, surname 차 beside 차 (tea/car), 최 목사님 and 집사님/권사 titles, evangelist and youth member with English given name, masked church name.",
        "text": """[새벽기도 중보기도 요청] 2022. 11. 6. 주일
작성: {{p:한정숙}} 권사 / 확인: {{p:최}} 목사님

사랑하는 ○○교회 중보기도팀 여러분 🙏
지난주 {{r:정미향}} 자매님이 새가족부에 등록하셨지요. {{r:미향}} 자매님의 허락을 받고 기도 제목을 나눕니다. 이름이 교회 밖으로 나가지 않도록 꼭 부탁드려요.

1. {{r:미향}} 자매님의 동생 {{r:정은향}} 자매가 2019년부터 중국 {{u:랴오닝성}} {{u:동강}}의 수산물 가공공장에 있습니다. 국경이 닫히면서 3년째 귀국도 못 하고, 하루 15시간 넘게 게와 조개를 손질한다고 합니다. {{r:은향}}이 손가락 마디마디에 동상이 걸렸다는 소식을 들었습니다. 🙏
2. 공장 지배인은 {{r:차광식}}이라는 사람입니다. 여성들의 휴대폰을 다 거두어 가고 한 달에 한 번만 가족과 통화하게 한답니다. {{r:차}} 지배인이 통화를 옆에서 다 듣는대요. 차 한 잔 마실 틈도 없이 일한다는 {{r:은향}} 자매를 위해, 그리고 {{r:차광식}} 지배인의 마음도 주님께서 만져 주시기를 기도합니다.
3. 공장 식당에는 {{u:김정은}} 사진이 걸려 있고, 매달 "충성의 자금"을 걷는다고 합니다. {{r:은향}} 자매는 지난달 한 푼도 받지 못했습니다.
4. 지난달 {{r:은향}} 자매가 언니에게 보낸 음성 메시지: "언니, 나 괜찮아. {{r:차}} 지배인 동지가 요즘은 덜 때려." 이 말을 듣고 {{r:미향}} 자매님이 많이 우셨습니다. 😢
5. 같은 방 {{p:옥희}} 자매와 {{p:리순남}} 자매도 몸이 많이 아프다고 합니다. 특히 {{p:순남}}이는 폐가 안 좋다고 해요.
6. {{u:단둥}}에 있는 조선족 {{p:장}} 사장님이 {{r:은향}} 자매 소식을 전해 주고 계십니다. 이분의 안전을 위해서도 기도해 주세요.
7. {{r:미향}} 자매님의 어머니 {{p:김금순}} 어머님은 {{u:함경북도}} {{u:청진}}에 계십니다. {{u:신의주}}를 거쳐 {{u:북한}}으로 소식이 닿기를. {{u:압록강}} 건너편에서도 평안하시기를.

알림
- 다음 주일 오후 탈북민 예배는 {{p:박요한}} 전도사님이 인도하십니다.
- 중보기도실 열쇠는 {{p:송}} 집사님({{p:송미경}} 집사님)께 받아 가세요.
- 청년부 {{p:다니엘}} 형제(본명 {{p:김대니}}) 군 입대, 기도 부탁드립니다.
- {{u:통일부}} 정착지원 관련 문의는 {{p:최}} 목사님께.

"너희 염려를 다 주께 맡기라 이는 그가 너희를 돌보심이라" (벧전 5:7)

중보기도팀장 {{p:한정숙}} 권사 드림 🙏""",
    },
    {
        "id": "h25-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Myong-hak", "송명학", "witness", ["명학"]),
            ("Kang Tu-il", "강두일", "supervisor", ["두일", "강철"]),
            ("An Yong-jin", "안용진", "coworker", ["용진"]),
        ],
        "note": "Kuwait construction, Korean interview transcript (녹취록) with 질문/답변; surname 안 beside the negation 안, nickname 강철 beside the word steel, vocative 명학아, 안가 suffix, security officer surname 허, Kuwait places and a causeway named after the emir, Hyundai as company.",
        "text": """녹취록
사건번호: KW-2021-07 / 면담일: 2021년 9월 14일 / 장소: 서울 사무실
면담자: {{p:이소윤}}(질문) / 진술인: {{r:송명학}}(답변)
※ 괄호 안은 녹취자 주. 진술인 요청에 따라 고향 마을 이름은 지움.

질문: 성함과 나이를 다시 한번 말씀해 주시겠어요?
답변: {{r:송명학}}이고 마흔여섯입니다. {{u:함경남도}} {{u:단천}}이 고향이고요.
질문: {{u:쿠웨이트}}에는 언제 가셨어요?
답변: 2016년 3월에요. {{u:평양}}에서 {{u:베이징}}, {{u:두바이}} 거쳐서 들어갔어요. 서른두 명이 같이 갔습니다.
질문: 회사 이름 기억나세요?
답변: 우리 쪽은 "{{u:남강건설}}"이라 했고, 쿠웨이트 쪽은 잘 몰라요. 현장 옆에 {{u:현대건설}} 간판이 크게 붙어 있었는데, 우리는 그 밑에 밑에 하청이라고 들었어요.
질문: 작업반장은 누구였어요?
답변: {{r:강두일}}이요. {{r:강}} 반장. 사람들이 뒤에서는 "{{r:강철}}"이라고 불렀어요. 강철처럼 안 휘어진다고. (웃음)
질문: {{r:강}} 반장은 어떤 사람이었어요?
답변: 나쁜 사람은 아니었어요. 근데 위에서 내려오는 계획이 있으니까. 하루 계획을 못 하면 {{r:두일}}이 형도 깨지고 우리도 깨지고.
질문: 같이 일한 분 중에 기억나는 분 있으세요?
답변: {{r:안용진}}이요. {{r:용진}}이는 저랑 동갑인데 {{u:신포}} 사람이에요. 우리끼리는 "{{r:안}}가"라고 불렀어요. 안 웃기죠? 그땐 웃겼어요.
질문: {{r:안용진}} 씨는 지금 어디 계세요?
답변: 몰라요. 2018년에 철근이 떨어져서 어깨를 다쳤어요. {{r:강}} 반장이 병원에 안 보내려고 했는데, 쿠웨이트 사람 감독, 우리는 "{{p:아부 칼리드}}"라고 불렀는데, 그 사람이 자기 차로 {{u:아다안 병원}}에 데려갔어요.
질문: 그 뒤로는요?
답변: {{r:용진}}이는 석 달 있다가 조국으로 돌려보냈어요. 떠나는 날 {{r:용진}}이가 저한테 "{{r:명학}}아, 너는 꼭 살아라" 그랬어요. (침묵 약 10초)
질문: 괜찮으세요? 잠깐 쉴까요?
답변: 아니요, 괜찮습니다.
질문: 임금은 어떻게 받으셨어요?
답변: 120디나르라고 쓰인 봉투에 10디나르, 15디나르. 나머지는 {{u:김정은}} 동지께 바치는 충성자금이다, 당자금이다, 숙소비다. {{r:강두일}}이 다 가져갔어요. 근데 {{r:두일}}이 형이 갖는 것도 아니에요. 위에 보위원 {{p:허}}가 있었거든요. {{p:허}} 보위원은 대사관에서 한 달에 두 번 나왔어요.
질문: {{p:허}} 보위원 이름은 아세요?
답변: {{p:허철}}이라고만 들었어요. 성은 확실히 {{p:허}}예요.
질문: 현장에서 나오신 건 언제였어요?
답변: 2019년 2월 금요일이요. 출근 버스에서 {{u:셰이크 자베르 다리}}가 보이는데, 그날 저거 건너면 끝이다 싶었어요. 파키스탄 택시 기사 {{p:샤히드}}가 {{u:쿠웨이트시티}}까지 태워 줬어요.
질문: 마지막으로 하고 싶은 말씀 있으세요?
답변: {{r:용진}}이 소식 알게 되면 꼭 알려 주세요. 그리고 {{r:강}} 반장도... 그 사람도 불쌍한 사람이에요.
(녹취 종료 01:12:40. 녹취: {{p:박하은}} / 검수: {{p:이소윤}})""",
    },
    {
        "id": "h25-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Son-hui", "조선희", "witness", ["선희"]),
            ("Ryu Kyong-ho", "류경호", "supervisor", ["경호"]),
            ("Yon Sun-hui", "연순희", "coworker", ["순희"]),
        ],
        "note": "Donghang seafood plant, internal case summary (사건 요약) with masked names; surname before a circle mask labelled alone, witness name containing 조선, supervisor 류경호 beside 류경호텔 and 경호원, factory director 왕 beside the word king, masked staff author.",
        "text": """사건 요약서 (내부용 / 외부 공유 시 실명 전부 가림)
사건번호: CN-2022-011 / 작성: 상담팀 {{p:김}}○○ / 검토: {{p:S.H. Lee}}

1. 피해자 인적사항
- 성명: {{r:조선희}} (여, 1993년생, {{u:평안북도}} {{u:신의주시}} 출신)
  ※ 이름에 "조선"이 들어 있어 문서 검색 시 조선 관련 단어와 섞임. 검색어는 "{{r:선희}}"로.
- 파견 기간: 2017. 4. ~ 2021. 8.
- 파견지: 중국 {{u:랴오닝성}} {{u:동항시}} 소재 수산물 가공공장 (상호 미상, 현지에서는 "{{u:해성수산}}"이라 부름)

2. 사건 개요
가. {{r:조선희}}는 2017년 4월 {{u:신의주}}에서 버스로 {{u:압록강}}을 건너 {{u:단둥}}을 거쳐 공장에 도착함. 동행 인원 180여 명, 모두 여성.
나. 공장 내 북측 책임자는 {{r:류경호}}(남, 50대). 여성들은 "{{r:류}} 부장"이라 불렀고, 진술에 따르면 {{r:류경호}}는 {{u:평양}} {{u:류경호텔}} 공사에 참여했던 것을 늘 자랑했다고 함. (※ 인명 {{r:류경호}}와 건물명 {{u:류경호텔}} 혼동 주의)
다. 같은 작업조 {{p:리}}○○, {{p:박}}○○, {{p:최}}○○ 등 12명이 한 방을 사용.
라. 2019년 12월 작업조원 {{r:연순희}}가 냉동창고에서 쓰러짐. {{r:류}} 부장은 병원 이송을 거부하였고, 중국인 공장장 {{p:왕}}○○(한족)이 자기 차로 {{u:동항시 인민병원}}에 이송. {{r:순희}}는 폐렴 진단.
마. 2020년 1월 국경 봉쇄로 귀국이 중단되자 여성 약 60명이 작업 거부. {{r:류경호}}와 보위원 {{p:강}}○○가 {{r:조선희}}, {{r:연순희}}, {{p:김}}○○를 주동자로 지목하여 각 7일간 독방 격리.
바. 2021년 8월 {{r:선희}}는 조선족 통역 {{p:허}}○○의 도움으로 공장을 이탈, {{u:선양}}·{{u:쿤밍}}을 거쳐 {{u:라오스}}·{{u:태국}} 경유 2022년 3월 입국.

3. 진술에 나오는 인물
- {{r:류경호}}: 북측 책임자. 진술인은 "{{r:경호}} 동지"라고도 부름. 경호원(보위 인력)과 혼동하지 말 것.
- {{r:연순희}}: 동료. 소재 불명. 진술인 표현으로는 "{{r:순희}} 언니".
- {{p:박}}○○: 취사 담당. 진술인 표현 "{{p:박}}씨 아즈마이".
- {{p:리}}○○: 같은 방. 2020년 3월 자해 시도.
- {{p:왕}}○○: 공장장(한족). 진술인은 "{{p:왕}} 사장"이라 부름. 왕처럼 군림하지는 않았다고 함.

4. 참고
- {{u:유엔 안전보장이사회}} 결의 2397호(2017)는 해외 북한 노동자 송환을 요구하였으나 진술인 일행은 2021년까지 체류.
- 향후 조치: {{u:북한인권기록센터}} 이관 여부는 진술인 동의 후 결정.

작성자: {{p:김}}○○ (상담팀) / 2022. 5. 3.""",
    },
    {
        "id": "h25-ko-05",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Pae Myong-su", "배명수", "witness", ["명수"]),
            ("Choe Sun-ok", "최순옥", "relative", ["순옥", "순오기"]),
            ("Pae Chol", "배철", "relative", ["철"]),
        ],
        "note": "Amur logging camp, transcribed handwritten letter home with North Korean spelling mistakes kept; misspelt wife's name 순오기, one-syllable son's name 철 beside 철길, surname 배 beside 배 (belly), 한 반장 beside 한 달/한 번, Russian nickname Vasya for Vasily, BAM railway, Kim Il Sung Square.",
        "text": """[손편지 전사본 — 원문의 맞춤법·띄어쓰기 그대로 옮김. 판독 불가 부분은 (?) 표시. 전사: {{p:윤다솜}}]

사랑하는 안해 {{r:순오기}}에게

{{r:순옥}}아 잘 잇느냐. 나는 여기 {{u:아무르}} 벌목장에서 몸 성히 잇다. 여기는 벌써 눈이 무릅까지 왓다. {{u:바므}} 철길 옆이라 밤새 기차 소리가 난다. 우리 {{r:철}}이는 학교 잘 다니느냐. {{r:철}}이가 아버지 얼골을 니저먹지 안앗는지 걱정이다.

이번 편지는 {{u:틴다}}에 나가는 {{p:곽}}동무 편에 보낸다. {{p:곽}}동무는 {{p:곽영남}}이라고 우리 {{u:라남}} 동네 {{p:곽}}씨네 둘재 아들이다. 잘 대해 주라.

여기 반장은 {{p:한}} 반장인데 사람은 나쁘지 안타. 한 달에 한 번 고기 국을 먹인다. 그런데 돈은 한푼도 못 바닷다. {{p:한}} 반장 말이 올해 계획을 다 하면 집에 보낼 돈을 준다고 햇다. 한 번만 믿어 보자.

{{r:순옥}}아 너무 걱정 마라. 배는 곱흐지 안타. 감자 하고 빵은 만타. 로씨야 사람 {{p:바샤}}가 가끔 쏘세지를 준다. {{p:바샤}} 아바이 본 이름은 {{p:와실리}}인데 다들 {{p:바샤}}라 부른다.

어머니께는 따로 못 쓴다. 대신 {{r:순옥}}이가 말슴 드려라. 누이 {{p:명희}}는 시집 갓느냐.

우리 {{r:철}}아. 아버지가 돌아가면 {{u:평양}} 구경 가자. {{u:김일성광장}}도 가고 {{u:개선문}}도 보자. 약속한다. 어머니 힘들게 하지 말고 말 잘 드러라.

{{r:명수}}는 잘 잇다고 {{p:장}}선생님께도 전해라.

2015년 11월 7일 {{u:아무르주}}에서
너의 남편 {{r:배명수}}

추신. {{r:순오기}}야 내 꿈에 자꾸 {{r:철}}이가 나온다. 키가 컷더라.

[전사자 주]
- 이 편지는 {{r:배명수}} 씨가 2016년 {{u:하바롭스크}}에서 이탈할 때 가지고 나온 것으로, 실제로 부쳐지지 않았음. {{r:명수}} 씨는 "{{p:곽영남}}이가 {{u:틴다}}에 못 갔다"고 설명함.
- 원문의 "{{r:순오기}}"는 "{{r:순옥}}이"를 소리 나는 대로 쓴 것. 부인 {{r:최순옥}} 씨는 {{u:청진}} 거주 추정.
- 아들 {{r:배철}}은 외자 이름이라 편지에서는 "{{r:철}}이"로 씀.
- {{p:한}} 반장의 본명은 {{p:한기수}}(진술인 확인). {{p:바샤}}는 러시아인 트럭 운전수.""",
    },
    {
        "id": "h25-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Im Kwang-chol", "임광철", "witness", ["광철"]),
            ("Bong Chang-il", "봉창일", "supervisor", ["창일"]),
            ("Sol Ki-ho", "설기호", "coworker", ["기호"]),
        ],
        "note": "Dubai and Abu Dhabi sites, an interpreter's running notes in Korean with bracketed asides; surname 임 beside 임금, 설 beside 설날/설 명절, 봉 with an English gloss, lawyer initial F, Emirati supervisor, road, hospital and mosque named after sheikhs, James Bond as a public name, interpreter referring to herself by name.",
        "text": """통역 메모 — {{p:Fiona Grant}} 변호사 면담 (영↔한), 2023. 2. 9. 14:00~16:30
통역: {{p:정유나}} / 통역자 개인 메모. [ ] 안은 내 생각. F = {{p:Fiona}}

- F: 자기소개, 녹음 동의 받음. 진술인 {{r:임광철}}(45). [{{r:임}} 선생님 긴장, 손 떨림. 물 드림.]
- 파견: 2015~2018, {{u:아랍에미리트}} {{u:두바이}}·{{u:아부다비}}. 타일·미장.
- F: "Who was your employer?" → 회사 이름 세 개를 댐. [본인도 헷갈림. F에게 uncertain이라고 전달.]
- 현장: {{u:셰이크 자이드 로드}} 옆 호텔 공사, 나중엔 {{u:제벨 알리}} 쪽 창고. "{{u:부르즈 할리파}}는 매일 봤어요. 우리가 지은 건 아니고." [F 웃음]
- 책임자: {{r:봉창일}}. [F가 "{{r:Bong}}, like {{u:James Bond}}?" 하고 물음. 아니라고, {{r:봉}}씨는 드문 성이라고 설명.]
- {{r:창일}} 반장이 여권 전부 보관. 회사가 1인당 월 AED 2,000을 주면 {{r:임}} 선생님 손에 들어오는 건 AED 100. "나머지는 원수님께." [원수님 = {{u:김정은}}. 진술인 습관. F에게는 "the leader"로 통역.]
- F: 임금 체불 기간? → "임금이라는 말을 거기서 처음 배웠어요. 받은 적이 없으니까." [좋은 문장. 그대로 옮김.]
- 동료: {{r:설기호}}. [설날의 설이라고 설명해 드림. F 메모: "{{r:Sol}}".] {{r:기호}}는 2017년 설 명절 무렵 비계에서 추락, {{u:라시드 병원}}에 입원. [F가 "{{u:Rashid Hospital}}" 확인. 진술인은 라시드를 의사 이름으로 알고 있었음. 설명 안 함.]
- {{r:봉}} 반장이 "혼자 넘어졌다고 해라" 시킴. {{r:설기호}}는 그대로 말함. 에미라티 감독관 {{p:무함마드 알만수리}}가 {{r:기호}}에게 보험 서류를 주려 했으나 {{r:봉창일}}이 가져감.
- F: "Did Mr {{r:Bong}} ever hit anyone?" → "때리진 않았어요. 대신 밥을 뺐어요." [진술인 울음. 10분 휴식.]
- 휴식 후: 병원에서 필리핀 간호사 {{p:마리셀}}({{p:Maricel}})이 {{r:기호}}에게 몰래 전화를 빌려줌. {{r:기호}}는 그 전화로 아무에게도 걸 데가 없었다고.
- 2018. 3. 귀국 지시. {{u:아부다비 국제공항}} 화장실에서 한국인 관광객 {{p:박}} 모 씨에게 도움 요청 → {{u:주아랍에미리트 대한민국 대사관}}.
- 가족: 아내 {{p:문선영}}, 딸 {{p:임하나}} — {{u:평성}} 거주. [F가 가족 이름을 기록에서 빼겠다고 약속. 진술인 안도.]
- 주말에 {{u:셰이크 자이드 그랜드 모스크}} 앞을 지나가 본 적이 있다고. "사진은 {{r:창일}}이 형이 못 찍게 했어요."
- 다음 면담: 2. 16. 같은 시간. [{{r:광철}} 선생님이 "{{p:정}} 선생이 또 와 주면 좋겠다"고 하심. 나({{p:정유나}})임. F도 동의.]
- [메모: {{r:임광철}} 선생님 이름 철자, F 기록에는 {{r:Im Kwang-chol}}. 여권에는 {{r:IM KWANG CHOL}}. 한국 주민등록상 이름은 다름 — 적지 말 것.]""",
    },
    {
        "id": "h25-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kwak Song-ho", "곽성호", "witness", ["성호"]),
            ("Do Yong-man", "도용만", "supervisor", ["용만"]),
            ("U Chol-nam", "우철남", "coworker", ["철남"]),
        ],
        "note": "Primorye farms, community radio script with speaker labels; supervisor surname 도 before the particle 도 (도 반장도), coworker surname 우 beside the interjection 우우, Koryo-saram manager with Russian-style name order, Russian doctor, Putin and Kim Jong Un summit.",
        "text": """[마을라디오 "경계에서" 37회 원고 — 2021. 6. 18. 방송 / 진행 {{p:서하늘}} / 출연 {{r:곽성호}} / 구성 {{p:민지}}]

(시그널 음악)
{{p:서하늘}}: 안녕하세요, "경계에서"의 {{p:서하늘}}입니다. 오늘은 러시아 {{u:연해주}}의 농장에서 일했던 {{r:곽성호}} 씨를 모셨습니다. 해외 파견이라면 보통 건설이나 벌목을 떠올리는데, 농장도 있었네요?
{{r:곽성호}}: 많아요. 저는 2015년부터 3년 동안 {{u:우수리스크}} 근처 콩밭, 옥수수밭에서 일했어요. 러시아 주인은 {{p:니콜라이 페트로비치}}라는 사람인데 한 해에 두세 번 보고, 평소엔 고려인 관리인 {{p:텐 빅토르}}가 왔어요. {{p:빅토르}} 아저씨는 한국말을 좀 했어요. 옛날 말로.
{{p:서하늘}}: 북측 책임자는요?
{{r:곽성호}}: {{r:도용만}}이요. {{r:도}} 반장. 이 사람도 참... {{r:도}} 반장도 위에서 쪼이니까요.
{{p:서하늘}}: 힘든 일이 많으셨죠.
{{r:곽성호}}: 여름엔 새벽 네 시부터 밤 열 시. 겨울엔 밭일이 없으니까 {{u:블라디보스토크}} 건설장으로 보냈어요. {{r:용만}}이 형이 늘 "계획, 계획" 했죠. 한 사람당 한 달에 500달러를 바쳐야 했어요.
{{p:서하늘}}: 같이 일하신 분들 이야기도 들려주세요.
{{r:곽성호}}: {{r:우철남}}이라고 있었어요. 우리는 "{{r:철남}}이", 러시아 사람들은 그냥 "{{r:우}}"라고 불렀어요. 러시아 사람들이 "{{r:우}}! {{r:우}}!" 부르면 {{r:철남}}이가 "우우" 하고 대답해서 다들 웃었어요.
{{p:서하늘}}: (웃음) 재미있는 분이셨네요.
{{r:곽성호}}: 재밌었죠. 근데 {{r:철남}}이가 2016년 가을에 트랙터에 다리를 다쳤어요. {{r:도용만}}이 병원 안 보내고 버티다가 {{p:빅토르}} 아저씨가 {{u:우수리스크}} 시내 병원에 데려갔어요. 의사가 러시아 여자분이었는데 {{p:올가}} 선생. {{p:올가}} 선생이 "이 사람 일하면 안 된다" 했는데, {{r:도}} 반장은 일주일 만에 다시 밭에 세웠어요.
{{p:서하늘}}: 가족분들과는 연락이 되셨어요?
{{r:곽성호}}: 편지 한 번이요. 어머니 {{p:최옥분}}하고 동생 {{p:곽성미}}가 {{u:회령}}에 있었는데, 지금은 모르겠어요.
{{p:서하늘}}: 한국에는 어떻게 오셨어요?
{{r:곽성호}}: 2018년에 {{u:하산}} 쪽으로 이동하라는 날, 버스에서 내려서 그냥 걸었어요. 나중에 {{u:나홋카}}에서 한국 선원 {{p:조}}씨를 만나서... 자세한 건 말 못 해요.
{{p:서하늘}}: 네, 거기까지만 하겠습니다. 마지막으로 한마디 해 주세요.
{{r:곽성호}}: 지금도 {{u:연해주}}에 우리 사람들이 있어요. 2019년에 {{u:푸틴}}하고 {{u:김정은}}이 {{u:블라디보스토크}}에서 만났다는 뉴스 봤을 때, 저는 밭에 있는 {{r:철남}}이 생각만 났어요.
{{p:서하늘}}: 오늘 함께해 주신 {{r:곽성호}} 님, 감사합니다. 지금까지 "경계에서" {{p:서하늘}}이었습니다.
(클로징 음악)
[원고 끝. 편집: {{p:민지}} / 자막: {{p:하윤}}]""",
    },
    {
        "id": "h25-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sin Hyok-chol", "신혁철", "witness", ["혁철"]),
            ("Mun Song-il", "문성일", "witness", ["성일"]),
            ("Ho Tong-gil", "허동길", "supervisor", ["동길"]),
        ],
        "note": "Shenyang IT workers and a Sakhalin builder, NGO case-conference minutes in Korean with Latin staff initials (KSY, PJH, LMR) expanded at the end; surname 문 beside 문 (door) and President Moon Jae-in, 이 팀장 as a person, Chinese account holder in Hangul and Hanja.",
        "text": """[사례회의록] 2023-11-21(화) 10:00~11:30 / 3층 회의실 + 줌
참석: {{p:KSY}}(사회), {{p:PJH}}, {{p:LMR}}, {{p:이}} 팀장(기록), {{p:조아라}} 인턴

안건 1. 중국 {{u:선양}} IT 파견 사례 ({{r:신혁철}}, 파일 CN-IT-03)
- {{p:PJH}}: {{r:신혁철}}(34)은 2016~2020년 {{u:선양}}의 소프트웨어 외주 사무실에서 근무. 북측 회사는 "{{u:조선은하기술교류사}}", 중국 쪽 명의 회사는 "{{u:선양화신소프트웨어}}".
- 팀장 {{r:허동길}}이 10명을 관리. 하루 16시간 코딩, 월 계획 1인당 5,000달러. 미달 시 생활총화에서 비판. {{r:혁철}} 씨 표현: "{{r:동길}}이 형은 코드는 몰라도 돈은 알았다."
- {{r:혁철}} 씨는 중국 외주 사이트 계정을 {{p:장웨이}}({{p:張偉}})라는 중국인 명의로 빌려 썼다고 함.
- {{p:LMR}}: {{u:연합뉴스}}에서 인터뷰 요청. {{r:신}} 선생님 본인은 얼굴 없이 가능하다고 함. {{p:KSY}}: 보류. {{r:허동길}} 쪽에서 알아볼 위험.
- 결정: 언론 대응 보류, {{r:신혁철}} 씨 심리상담 연계(상담사 {{p:배}} 선생님).

안건 2. 러시아 건설 사례 ({{r:문성일}}, 파일 RU-23-17)
- {{p:LMR}}: {{r:문성일}}(51), 2010~2019년 {{u:사할린}} {{u:유즈노사할린스크}} 건설. 반장은 "{{p:심}} 반장"으로만 기억. {{u:문재인}} 정부 때 입국.
- {{r:성일}} 씨 아들 {{p:문철호}}가 {{u:평양}}에 있음. {{r:문}} 선생님은 기록을 남기는 것 자체를 망설임. {{p:PJH}}: "{{r:문}} 선생님 말씀이 문 열어 놓고 얘기하면 다 샌다고."
- {{p:KSY}}: {{r:성일}} 씨와 {{r:혁철}} 씨가 {{u:하나원}} 같은 기수라 서로 아는 사이. 동료 지원 모임 제안.
- 결정: {{p:LMR}}이 다음 주 재면담. {{p:조아라}} 인턴 배석.

안건 3. 기타
- {{p:PJH}} 12월 휴가, 대체 {{p:LMR}}.
- {{p:이}} 팀장: 연말 보고서 {{u:국가인권위원회}} 제출 건, 사례 실명 전부 삭제 확인 요청.
- 다음 회의: 12/5.

※ 이니셜 정리: {{p:KSY}} = {{p:김소연}} 국장, {{p:PJH}} = {{p:박지훈}}, {{p:LMR}} = {{p:이미래}}. {{p:이}} 팀장은 {{p:이정민}}.""",
    },
    {
        "id": "h25-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Yong-ho", "주영호", "witness", ["영호"]),
            ("Tak Song-gun", "탁성군", "supervisor", ["성군"]),
            ("Nam Chol-ju", "남철주", "coworker", ["철주"]),
        ],
        "note": "Chinese squid jigger in the South Pacific, a fisherman's statement in Korean; ship named after admiral Zheng He in Hangul and Hanja, supervisor given name 성군 beside the word sage-king, surname 남 beside 남들, captain 왕 beside 왕처럼, witness surname 주 beside 일주일, Hanja 卓 for the supervisor, a carrier named after Jang Bogo.",
        "text": """진술 정리 — 원양어선 승선 경위 (진술인 {{r:주영호}} / 정리 {{p:오세린}})

저는 2017년 2월 {{u:남포}}에서 {{u:다롄}}으로 가서 중국 오징어채낚기 어선 "{{u:정화 7호}}"({{u:郑和7号}})에 탔습니다. 배 이름이 옛날 중국 장군 {{u:정화}} 이름이라고 중국 선원들이 자랑했어요.

우리 북조선 선원은 열두 명이었고, 책임자는 {{r:탁성군}}이었어요. 중국 선원들은 {{r:卓}} 자를 써 놓고 "{{r:쭈어}}"라고 불렀고요. 우리끼리는 "{{r:성군}}님"이라고 비꼬았어요. 성군은 백성을 돌본다는데 우리 {{r:성군}}이는 자기만 돌봤거든요.

선장은 중국 사람 {{p:왕}} 선장이었는데, 왕처럼 굴지는 않았어요. 우리한테 담배도 줬어요.

같이 탄 동무 중에 {{r:남철주}}가 제일 친했어요. {{r:철주}}는 {{u:함흥}} 출신인데, 남들은 다 멀미를 해도 {{r:철주}}는 한 번도 안 했어요. "{{r:남}}가는 바다 체질이다" 하고 {{r:탁}} 동지가 말했죠.

조업은 {{u:남태평양}}, {{u:피지}} 근처였어요. {{u:수바}} 항에 두 번 들어갔는데 우리는 한 번도 못 내렸어요. 여권이랑 선원수첩은 {{r:탁성군}}이 다 갖고 있었어요. 일주일에 한 번 샤워, 하루 스무 시간 조업. 월급은 한 달 300달러라고 했는데 받은 건 없어요. {{r:탁}} 동지가 "당 창건 기념일에 맞춰 충성자금을 바친다"고 했어요.

2018년 1월에 갑판에서 줄이 끊어지면서 {{r:철주}}가 맞았어요. 이마가 찢어졌는데 중국인 기관장 {{p:리우}}가 꿰매 줬어요. {{p:리우}} 기관장은 원래 의사 공부를 하다 말았대요.

같은 배에 {{p:송학철}}이라는 늙은 선원하고 {{p:길}} 아바이도 있었는데, {{p:길}} 아바이는 길을 잃은 사람처럼 늘 바다만 봤어요.

저는 배에서 {{r:영호}}라는 이름으로 불린 적이 없어요. 늘 "{{r:주}} 동무"였어요. 2019년 3월 배가 {{u:저우산}}에 들어왔을 때, 옆에 댄 한국 회사 운반선 "{{u:장보고 3호}}"의 항해사 {{p:정}}씨가 제 말을 들어 줬어요. 그다음 이야기는 {{p:오세린}} 선생님께 따로 드렸습니다.

[정리자 주: 진술인 {{r:주영호}} 씨는 {{r:남철주}} 씨가 아직 그 배에 있을 수 있다며 배 이름 공개를 원하지 않음. 중국 측 선사, 선장 {{p:왕}}의 이름은 모름.]""",
    },
    {
        "id": "h25-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Un-sim", "김은심", "witness", ["은심"]),
            ("Ri Myong-hwa", "리명화", "coworker", ["명화"]),
            ("Ha Yun-hui", "하윤희", "supervisor", ["윤희"]),
        ],
        "note": "Siem Reap restaurant, anonymous Korean message-board post and replies with IP-style handles; given name 명화 beside 명화 (masterpiece), supervisor surname 하 beside the sigh 하..., zero-width space inside a given name, surname 훈 beside Hun Sen, Sihanoukville named after the king.",
        "text": """[여행] 시엠립 북한식당 다녀옴 (후기 아님, 좀 찝찝해서 씀)
ㅇㅇ(118.235) | 2019.01.14 23:41 | 조회 3821 | 추천 12

{{u:앙코르와트}} 보고 저녁에 가이드 {{p:소피아}} 누나가 데려간 북한식당 "{{u:평양랭면관}}" 갔음.
종업원 명찰 보니까 {{r:은심}}, {{r:명화}}, {{p:금별}} 이런 이름이었음. {{r:명화}}라는 분이 노래를 진짜 잘함. 무대 조명 받으니까 명화 한 폭 보는 줄.
공연 끝나고 {{r:은심}}씨가 테이블 와서 술 따라주는데 손등에 화상 자국이 있었음. 물어보니까 웃으면서 "일없습네다" 하고 감. 책임자로 보이는 여자가 계속 쳐다봄. 명찰에 "{{r:하윤희}}". 하... 분위기 진짜 이상했음.

ㄴ ㅇㅇ(211.36): 2017년에 갔을 때도 {{r:윤희}}라는 사람 있었음. 그때부터 책임자였던 듯
ㄴ ㅇㅇ(175.223): 이런 데서 돈 쓰면 다 {{u:김정은}} 주머니로 감. 가지 마셈
ㄴ ㅇㅇ(118.235) 글쓴이: ㅇㅇ 몰랐음... 다음엔 안 감
ㄴ 교민(39.7): 교민인데 여기 식당 언니들한테 한 달에 한 번 {{u:프놈펜}}에서 대사관 사람이 와서 돈 걷어감. 다들 {{p:리}} 참사라고 부름
ㄴ ㅇㅇ(223.38): {{u:시아누크빌}}에도 하나 있었는데 없어짐
ㄴ ㅇㅇ(211.36): {{u:노로돔 시아누크}} 국왕이 {{u:김일성}}이랑 친해서 캄보디아에 북한식당이 많은 거임
ㄴ ㅇㅇ(121.190): 나 2018년에 갔을 때 {{r:김은심}}씨가 {{u:톤레삽}} 호수 가 봤냐고 물어봄. 자기는 3년 있으면서 한 번도 못 가 봤다고
ㄴ ㅇㅇ(118.235) 글쓴이: 헐 {{r:은\u200b심}}씨 맞음? 손에 화상?
ㄴ ㅇㅇ(121.190): 그땐 없었음. {{r:명화}}씨도 기억나는데 풀네임 {{r:리명화}}. 평양 {{u:모란봉구역}} 출신이라 했음
ㄴ ㅇㅇ(59.10): 식당 명의는 캄보디아 사람 앞으로 돼 있다던데. {{p:훈}}씨 성 가진 사람. {{u:훈센}}이랑은 상관없음 ㅋㅋ
ㄴ ㅇㅇ(175.223): {{r:하}} 책임자 무섭게 생김. 애들 화장실도 둘씩 보냄
ㄴ ㅇㅇ(118.235) 글쓴이: ㄹㅇ {{r:윤희}}씨가 {{r:은심}}씨 팔 잡고 주방 끌고 들어가는 거 봄

[추가 2020.03.02] 가이드 {{p:소피아}} 누나가 카톡으로 알려줌. 식당 문 닫았고 {{r:은심}}씨, {{r:명화}}씨, {{r:윤희}} 책임자 다 귀국했다고. {{p:금별}}씨는 모르겠다고 함. 좀 씁쓸함.""",
    },
    {
        "id": "h25-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryom Sung-il", "렴승일", "witness", ["Sung-il", "Рём Сын Ир"]),
            ("Han Chol-bom", "한철범", "supervisor", ["Chol-bom", "Хан Чхоль Бом"]),
            ("Ri Kwang-bok", "리광복", "coworker", ["Kwang-bok", "Ли Гван Бок"]),
        ],
        "note": "Ulaanbaatar building firm, a Mongolian Cyrillic work reference with English and Korean translator notes; Korean names in Mongolian Cyrillic, surname Han (Хан) beside khaan in Chinggis Khaan, given name 광복 beside 광복절, 한 반장 beside 한 달, Mongolian initial-plus-name order, district and square named after Sukhbaatar.",
        "text": """ТОДОРХОЙЛОЛТ (work reference) - copy received from the witness, 2 pages.
English notes by {{p:B. Enkhjin}} (volunteer translator) in [ ]; Korean notes by {{p:김수아}} in 【 】.

{{u:Монгол-Солонгос Найрамдал}} ХХК
{{u:Улаанбаатар}} хот, {{u:Сүхбаатар дүүрэг}}, 1-р хороо
Дугаар 17/214                                   2018 оны 11 сарын 30

БНАСАУ-ын иргэн {{r:Рём Сын Ир}} [= {{r:Ryom Sung-il}}] 【{{r:렴승일}}】 нь манай компанид 2015 оны 4 сараас 2018 оны 11 сар хүртэл барилгын өрлөгчөөр ажилласан болно. Тус ажилтан нь бригадын дарга {{r:Хан Чхоль Бом}} [{{r:Han Chol-bom}}]-ын удирдлага дор ажилласан бөгөөд ажлын хөлсийг гэрээний дагуу бригадын даргаар дамжуулан олгосон болно.
[translator: "wages were paid, as per the contract, through the brigade leader" - i.e. never to {{r:Ryom}} himself. {{r:Sung-il}} says he saw nothing at all in 2017.]
【{{r:렴승일}} 씨: "{{r:한}} 반장이 다 받았어요. 한 달에 한 번도 손에 쥐어 본 적 없어요."】

Гүйцэтгэх захирал: {{p:Ц. Энхтуяа}} /гарын үсэг/
Хүний нөөцийн мэргэжилтэн: {{p:Б. Оюунчимэг}} /гарын үсэг/
/Тамга/

Page 2, handwritten:
"{{r:Ли Гван Бок}} 2017 оны 8 сард барилга дээр осолдож, {{u:Улсын Гуравдугаар Төв Эмнэлэг}}т хэвтсэн. Эмчилгээний зардлыг компани хариуцсан. /{{p:Б. Оюунчимэг}}/"
[translator: "{{r:Ri Kwang-bok}} had an accident on the site in August 2017 and was admitted to the {{u:Third State Central Hospital}}. The company covered the treatment." {{r:Sung-il}} says this is half true: the company paid, then {{r:Han}} took it back out of the brigade's money, so everyone paid for {{r:Kwang-bok}}'s leg.]
【{{r:광복}}이는 하필 광복절에 다쳤다고. 진술인: "{{r:광복}}이가 그날 {{u:김정은}} 동지 만세 부르다가 떨어졌어요."】

Notes from the interview ({{p:Enkhjin}}, {{p:김수아}}):
- Site: apartment blocks near {{u:Zaisan}}. The Mongolian staff called the brigade leader "{{r:Хан}} дарга" (boss {{r:Han}}). Not to be confused with хаан as in {{u:Чингис хаан}} - in the document it is his surname.
- {{p:Оюунчимэг}} ({{p:Oyunchimeg}}) from HR gave {{r:Ryom}} this reference before he left and asked that her name be kept out of anything published.
- Foreman on the Mongolian side: {{p:Ганбаатар}}, called {{p:Ганаа}} by everyone; {{r:Chol-bom}} drank with him on Fridays.
- {{r:Ryom Sung-il}} walked to the {{u:Embassy of the Republic of Korea}} in December 2018, past {{u:Sukhbaatar Square}}. 【{{r:승일}} 씨는 광장의 {{u:수흐바타르}} 동상을 {{u:김일성}} 동상인 줄 알았다고 함.】""",
    },
    {
        "id": "h25-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kye Yong-chol", "계영철", "witness", ["Yong-chol"]),
            ("Chang Myong-sik", "장명식", "supervisor", ["Myong-sik"]),
            ("Chin Kwang-ho", "진광호", "coworker", ["Kwang-ho"]),
        ],
        "note": "Astana construction, a Kazakh-language dismissal order with English and Korean NGO notes; Korean names in Kazakh Cyrillic and Latin caps, Kazakh initials before surnames, Koryo-saram interpreter Tsoi with diminutive Valera in Hangul, city renamed after Nazarbayev, avenue named after Abai.",
        "text": """«{{u:Астана Құрылыс Сервис}}» ЖШС
БҰЙРЫҚ № 45-к
{{u:Астана}} қ.                                   2019 жылғы 3 желтоқсан

Шетелдік жұмысшылармен еңбек шарттарын бұзу туралы

БҰЙЫРАМЫН:
1. КХДР азаматтарымен еңбек шарттары 2019 жылғы 31 желтоқсаннан бастап бұзылсын:
   - {{r:Кйе Ён Чхоль}} ({{r:KYE YONG CHOL}}), тас қалаушы;
   - {{r:Чин Гван Хо}} ({{r:CHIN KWANG HO}}), дәнекерлеуші;
   - {{p:Пак Сон Ир}} ({{p:PAK SONG IL}}), бетоншы;
   - тағы 11 адам (тізім қосымшада).
2. Бригадир {{r:Чан Мён Сик}} ({{r:CHANG MYONG SIK}}) жұмысшылардың шығуын қамтамасыз етсін.
3. Бұйрықтың орындалуын бақылау бас инженер {{p:Н. А. Серікбаев}}-ке жүктелсін.

Директор                                  {{p:Ж. Ахметова}}
Таныстым: {{r:Чан М.}} /қолы/

[Notes - {{u:Harbour Light Korea}}, interview with {{r:Kye Yong-chol}}, {{u:Seoul}}, 2021; interviewer {{p:Seo-yeon Park}}]
- The order is dated just before the UN repatriation deadline of 22 December 2019. {{r:계영철}} 씨: "{{r:장}} 반장이 이 종이를 보여 주면서 이제 집에 간다고 했어요. 근데 안 갔어요. 이름만 바꿔서 {{u:알마티}}로 갔어요."
- Site: office tower near {{u:Бәйтерек}}; hostel on {{u:Абай даңғылы}}. The city had been renamed {{u:Нұр-Сұлтан}} in March 2019 after {{u:Nursultan Nazarbayev}}; the company kept "{{u:Астана}}" on its letterhead.
- {{r:Chin Kwang-ho}}: {{r:진광호}}. "{{r:광호}}는 {{u:알마티}}에서 다시 잡혀서 {{r:명식}}이 형이 데리고 갔어요. 그 뒤로 몰라요."
- Interpreter on site: a Koryo-saram, {{p:Цой Валерий}}; {{r:Yong-chol}} calls him "{{p:발레라}} 아저씨". {{p:Valera}} translated the order for the men and told them not to sign.
- Chief engineer {{p:Серікбаев}} ({{p:Serikbayev}}) "was good to us, gave us water in summer".
- {{r:장명식}}: the men called him "{{r:장}} 반장" or, behind his back, "{{r:명식}}이". Security minder "{{p:로}} 지도원" came from the embassy in {{u:Алматы}}.
- {{r:Kye}} once saw President {{u:Tokayev}}'s motorcade on the avenue and was told to turn his face to the wall.""",
    },
    {
        "id": "h25-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Yong-il", "허영일", "witness", ["영일", "Хо Ён Иль"]),
            ("Ku Pong-hak", "구봉학", "supervisor", ["봉학", "Ку Бон Хак"]),
            ("Mo Chang-gyu", "모창규", "coworker", ["창규"]),
        ],
        "note": "Novosibirsk building firm, a Russian 'kharakteristika' reference with Korean NGO notes; declined Russian forms of Korean names (genitive Иля, Хака), surname 구 beside 구 소련, surname 모 beside 모 회사, Tajik coworker, Lenin Square and street, Russian surname-initials order.",
        "text": """ХАРАКТЕРИСТИКА
на гражданина КНДР {{r:Хо Ён Иля}}

ООО «{{u:СибСтройИнвест}}», г. {{u:Новосибирск}}, {{u:Красный проспект}}

{{r:Хо Ён Иль}}, 1979 г. р., работал в ООО «{{u:СибСтройИнвест}}» арматурщиком с 03.2014 по 10.2018 в составе бригады под руководством {{r:Ку Бон Хака}}.
За время работы зарекомендовал себя как дисциплинированный, исполнительный работник. Нарушений трудовой дисциплины не имел. Пользуется уважением в коллективе.
Характеристика выдана для предъявления по месту требования.

Прораб участка № 3                 {{p:Гарипов Р. Ф.}}
Директор                           {{p:Сафиуллин Р. Р.}}

[상담 메모 — {{p:오지혜}}, 2021. 4.]
- 진술인 {{r:허영일}}: "이 종이는 {{r:구}} 반장이 러시아 회사에 부탁해서 받은 거예요. 우리 반 사람들 다 똑같은 걸 받았어요. 자기 실적이라고."
- 현장은 {{u:레닌 광장}} 근처, 구 소련 때 지은 아파트를 헐고 새로 짓는 데였음. 숙소는 {{u:레닌 거리}} 뒤 지하실.
- {{r:구봉학}}: 반장. 러시아 사람들은 "{{r:Ку}}"라고만 불렀고, 반원들은 "{{r:봉학}}이 형". 프라랍 {{p:가리포프}}는 {{r:Ку}}를 "{{r:Кузя}}"라고 놀렸다고 함.
- {{r:모창규}}: 진술인과 같은 {{u:평성}} 사람. 모 회사에서 왔다는 한국인 브로커가 현장에 왔을 때 {{r:창규}}가 몰래 연락처를 받았다가 {{r:구}} 반장에게 들킴. 그 뒤 {{r:모}} 동무는 {{u:야쿠츠크}} 현장으로 보내짐.
- 동료 타지크인 {{p:파루흐}}({{p:Фаррух}})가 {{r:영일}} 씨에게 휴대폰을 빌려줌. {{p:Фаррух}} 아내 {{p:딜노자}}가 밥도 해 줬다고.
- 진술인은 이 характеристика를 한국 취업 때 쓰려 했으나 {{r:Хо Ён Иль}}이라는 러시아식 표기가 한국 서류의 {{r:허영일}}과 달라 쓰지 못함.
- 2018년 10월 {{u:톨마초보 공항}}에서 귀국하라는 날 이탈. 자세한 경로는 비공개.""",
    },
    {
        "id": "h25-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Song-il", "김성일", "witness", ["성일", "金成日"]),
            ("Ri Sun-bok", "리순복", "supervisor", ["순복", "李顺福"]),
            ("Cha Un-gyong", "차은경", "coworker", ["은경", "车恩京"]),
        ],
        "note": "Hunchun seafood plant, a Chinese work-injury report with Korean translator notes; Chinese-character forms of Korean names, 金成日 beside 金日成, surname-only 李 and 金, fullwidth Latin caps on a pass, surname 차 beside 차 (car), portraits of Kim Il Sung, Kim Jong Il and Xi Jinping.",
        "text": """{{u:珲春海丰水产有限公司}}
工伤事故调查报告（摘录）　编号：HF-2018-009
事故时间：2018年7月22日14时30分
事故地点：冷冻车间2号线
受伤人员：{{r:金成日}}（朝鲜籍，男，32岁）；{{r:车恩京}}（朝鲜籍，女，27岁）

一、事故经过
2018年7月22日14时30分左右，冷冻车间2号线传送带发生故障。朝方管理人员{{r:李顺福}}指示{{r:金成日}}在未断电的情况下进行清理，导致其右手被卷入。同线女工{{r:车恩京}}上前拉拽，左臂擦伤。车间主任{{p:刘明}}赶到后切断电源。伤者由公司车辆送往{{u:珲春市医院}}救治。
二、原因分析
1. 朝方管理人员{{r:李}}违章指挥。
2. 伤者{{r:金}}未经安全培训。
三、处理意见
1. 医疗费由公司先行垫付，从朝方劳务费中扣除。
2. 对{{r:李顺福}}进行批评教育。
调查组：组长 {{p:王海涛}}（厂长），成员 {{p:刘明}}、{{p:张丽}}（医务室）

【번역·메모: {{p:정하람}} / 2022. 8.】
- {{r:金成日}} = {{r:김성일}}. {{u:金日成}}(김일성)과 글자 순서만 다름. 혼동 주의.
- {{r:김성일}} 씨 진술: "{{r:리순복}} 관리원이 '전기 끄면 계획 못 한다'면서 그냥 손 넣으라 했어요." {{r:순복}} 동지는 여자 관리원.
- {{r:은경}}이({{r:차은경}})가 잡아당겨 줘서 손목까지만 다쳤다고. 두 사람 다 회사 차에 실려 병원에 감.
- "朝方劳务费" = 북측 노무비. 치료비를 노무비에서 깠다는 것은 결국 {{r:성일}} 씨 팀이 냈다는 뜻.
- 공장 출입증에는 전각 영문으로 "{{r:ＫＩＭ ＳＯＮＧ ＩＬ}}"이라고 찍혀 있었음.
- 공장 식당에 {{u:金日成}}·{{u:金正日}} 초상화, 사무동에는 {{u:习近平}} 사진.
- 위치: {{u:珲春边境经济合作区}}. {{u:图们江}} 건너가 {{u:罗先}}.
- 조선족 통역 {{p:김영화}} 씨가 이 보고서를 몰래 복사해 줌. {{p:김영화}} 씨 이름은 절대 공개 불가.""",
    },
    {
        "id": "h25-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chong Kwang-nam", "정광남", "witness", ["Kwang-nam", "Jong Kwang-nam"]),
        ],
        "note": "Qatar sponsorship transfer, a translation worksheet with Arabic originals and English notes; Korean names in Arabic script and Latin caps, Arabic kunya, private sponsor Al-Kaabi beside the public minister of that surname, hospital, airport and stadium named after emirs, company named after a Doha district.",
        "text": """Translation worksheet - sponsorship transfer letter and QID copy (Arabic originals photographed by the witness)
Translator: {{p:Rana Haddad}} | Checked: {{p:Seo-yeon Park}} | File QA-20-008

[1] Letterhead: شركة {{u:الوعب للمقاولات}} ذ.م.م = {{u:Al Waab Contracting}} W.L.L.
[RH: {{u:Al Waab}} is also a district of {{u:Doha}}; here it is the company name.]

[2] Arabic text:
السادة / {{u:وزارة الداخلية}} - إدارة الجوازات المحترمين
نفيدكم بأن العامل {{r:جونغ كوانغ نام}} يعمل لدينا بوظيفة نجار، ونطلب نقل كفالته إلى شركة {{u:الخليج للقوى العاملة}}. جواز سفر العامل محفوظ لدى مندوب الشركة السيد {{p:ري مان بوك}}.
المدير العام: {{p:سالم راشد الكعبي}}

Translation: "To the {{u:Ministry of Interior}}, Passports Department. We inform you that the worker {{r:Jong Kwang Nam}} works for us as a carpenter, and we request the transfer of his sponsorship to {{u:Gulf Manpower}}. The worker's passport is kept with the company representative, Mr {{p:Ri Man Bok}}. General Manager: {{p:Salem Rashid Al-Kaabi}}."
[RH: the sponsor {{p:Al-Kaabi}} is a private businessman, not the minister {{u:Saad Sherida Al-Kaabi}}. The Arabic does not say North or South Korea.]

[3] QID copy: Name (Arabic) {{r:جونغ كوانغ نام}} / Name (English) {{r:JONG KWANG NAM}} / Nationality: DPRK / Occupation: carpenter.

[4] Witness comments ({{r:Kwang-nam}}, interpreted by {{p:Mi-rae Yun}}):
- "The letter is lies. I never asked to transfer. {{p:Ri}} wanted to move the whole team to another sponsor because the new one paid more to him." {{p:Man-bok}} kept all the passports; the sponsor's PRO, {{p:Abu Nasser}} ({{p:أبو ناصر}}), carried them to the ministry in a plastic bag.
- Coworker {{p:Ahn Song-ju}} ({{p:안성주}}) - in his QID {{p:آن سونغ جو}}, {{p:AN SONG JU}} - collapsed with heat stroke in July 2019 and was taken to {{u:Hamad General Hospital}}. {{p:Song-ju}} was back on the site four days later.
- The site was road works near {{u:Education City}}; they could see {{u:Khalifa International Stadium}} from the scaffold. They landed at {{u:Hamad International Airport}} in 2017.
- A Bangladeshi coworker, {{p:Rafiqul}}, and an Egyptian engineer, Eng. {{p:Tarek}} (م. {{p:طارق}}), "treated us like people". {{p:Tarek}} once gave {{r:Kwang-nam}} his own lunch.
- {{r:정광남}} 씨: "{{p:리만복}}이 여권 가방을 들고 다녔어요. 우리는 그 가방을 '감옥'이라고 불렀어요"라고 함.""",
    },
    {
        "id": "h25-mixed-06",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Hong Chol-gyu", "홍철규", "witness", ["Chol-gyu"]),
        ],
        "note": "Polish greenhouse and Warsaw building site, a journalist's notes in Polish with English and Korean quotes; Polish 'No' (well) beside the surname No, surname Om and 엄 beside 엄하게, Polish declension of place and personal names (Grójcem, Tomka, Pałacu), pan/pani/dr before names, street named after John Paul II.",
        "text": """notatki - rozmowa z {{r:Hongiem}} (tel., tłumaczy {{p:Ji-won}}), 15.05.2022
[PL/EN/KO, do tekstu dla {{u:Gazety Wyborczej}}]

- {{r:Hong Chol-gyu}} ({{r:홍철규}}), ur. 1981, {{u:Hamhung}}. W Polsce 2012-2016.
- najpierw szklarnie pod {{u:Grójcem}}, pomidory. Właściciel: pan {{p:Zbigniew}} ({{p:Zbigniew K.}}), "dobry człowiek, ale płacił brygadziście, nie nam".
- brygadzista: {{p:Om Ki-nam}}. Polacy mówili na niego pan {{p:Om}}. {{r:Hong}}: "{{p:Om}} nie był zły. Był przestraszony."
  KO: "{{p:기남}}이 형이 여권을 다 가지고 있었어요. {{p:엄}} 반장은 엄하게 굴지는 않았어요."
- kolega: {{p:No Hyon-u}}. {{p:No}} miał 23 lata. Spadł z rusztowania w 2015 na budowie przy {{u:Alei Jana Pawła II}}, szpital {{u:Bródnowski}}, lekarz dr {{p:Kowalczyk}}.
  Pytam, czy {{p:Hyon-u}} wrócił do pracy. {{r:Hong}}: "No... nie wiem. Po szpitalu {{p:No}} zniknął." (EN: "Well... I don't know.")
  KO: "{{p:현우}}는 노래를 잘했어요. 노래방이 없으니까 컨테이너에서 불렀어요."
- pieniądze szły na konto firmy {{u:Marbud-Wschód}}, potem do {{p:Oma}}. {{r:Chol-gyu}} dostawał 100-150 zł miesięcznie.
- kontrola {{u:PIP}} w 2016: inspektorka pani {{p:Halina Wróbel}} rozmawiała tylko z {{p:Omem}} i z tłumaczką.
- w niedzielę {{p:Om}} zabrał ich raz na {{u:Plac Piłsudskiego}} i pod {{u:Pałac Kultury}}. {{r:Hong}}: "We took a photo. {{u:Kim Jong Un}} would not like it."
- TODO: zapytać {{p:Tomka}} o kontrakty z {{u:Crist}}; sprawdzić, czy {{p:Zbigniew}} nadal ma szklarnie.""",
    },
    {
        "id": "h25-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-jong", "리은정", "witness", ["은정", "Eunjung"]),
        ],
        "note": "Bangkok restaurant, a LINE group chat in Korean, English and Thai; nickname Little Kim with the adjective outside, supervisor surname 방 beside 방 (room) and the city name 방콕, missionary 정 선교사, consul 윤 영사님, Thai first names, Wat Pho and Rama IV Road.",
        "text": """LINE 그룹 "{{u:방콕}} 수요모임 🙏" 대화 발췌 (2019.03) — 번역은 [ ]

[2019.03.04 월]
21:02 {{p:Somchai}}: สวัสดีครับ pastor, the Korean lady came again to the market near {{u:Rama IV Road}}
21:03 {{p:정}} 선교사: 어떤 분이요?
21:05 {{p:Somchai}}: the young one, glasses. she say name "{{r:Eunjung}}"
21:06 {{p:정}} 선교사: {{r:은정}} 자매구나. 혼자 왔어요?
21:08 {{p:Somchai}}: no, with the older lady {{p:Pang}}? the manager. and the small one, they call her Little {{p:Kim}}
21:10 {{p:정}} 선교사: {{p:방경애}} 책임자랑 같이 오면 말 걸지 마세요 🙏
21:11 {{p:Fah}}: ค่ะ [네]. i saw them at {{u:Terminal 21}} last week. {{r:Eunjung}} buy medicine for Little {{p:Kim}}, she cough

[2019.03.06 수]
08:30 {{p:Joy Kim}}: 선교사님 어제 식당 갔었어요. {{p:방}} 책임자가 방에 애들 가둬 두고 문 잠그는 거 봤어요 😢
08:33 {{p:Joy Kim}}: 죄송해요 ㅠㅠ 근데 {{r:은정}}이가 화장실에서 쪽지 줬어요. "{{r:리은정}}. 여권 {{p:방경애}}가 가짐. 도와주세요"
08:36 {{p:Joy Kim}}: [for {{p:Somchai}}] she wrote her name {{r:Ri Un-jong}}, the manager has the passports. help
08:40 {{p:정}} 선교사: 쪽지는 사진 찍고 원본은 태우세요. {{u:주태국 대한민국 대사관}} {{p:윤}} 영사님께 제가 연락할게요.

[2019.03.09 토]
22:15 {{p:Fah}}: news: restaurant on {{u:Sukhumvit}} closed today. paper on the door
22:20 {{p:Somchai}}: my friend taxi driver say 3 korean lady go {{u:Suvarnabhumi}} with a man. the manager {{p:Kyong-ae}}? and 2 young
22:25 {{p:정}} 선교사: 주님... {{r:은정}} 자매랑 {{p:영옥}} 자매인지 확인 부탁드려요

[2019.03.10 일]
07:02 {{p:Somchai}}: pastor!! {{r:Eunjung}} is at {{u:Wat Pho}} with {{p:Fah}}, they walk from {{u:Lumphini Park}}. she run from the airport toilet. Little {{p:Kim}} go back with {{p:Pang}} 😞
07:40 {{p:Joy Kim}}: {{r:은정}}아 고생했어 ❤️ [{{r:Un-jong}}, you did so well]""",
    },
    {
        "id": "h25-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Hyon-chol", "최현철", "witness", ["현철"]),
            ("Yang Tok-su", "양덕수", "supervisor", ["덕수"]),
        ],
        "note": "Dakar building sites, a researcher's Korean field notes with French quotations; coworker surname Sa beside French ca va, supervisor surname 양 beside 양 (amount), Senegalese coworker Diop beside Cheikh Anta Diop and the avenue and university named after him, Monument built by Mansudae, airport named after Senghor.",
        "text": """{{u:다카르}} 현지조사 메모 (2020. 1.) — 프랑스어 원문은 「 」
조사: {{p:한유진}} / 통역(월로프어·프랑스어): {{p:Aminata Sow}}

1. 배경
- {{u:만수대창작사}}가 지은 「{{u:Monument de la Renaissance africaine}}」는 {{u:압둘라예 와드}} 대통령 때 완공. 그 뒤에도 {{u:만수대해외개발회사}} 인력이 {{u:다카르}}에 남아 건설 작업.
- 인터뷰 대상: 2014~2017년 {{u:다카르}} 현장에서 일한 {{r:최현철}}(서울, 화상)과 세네갈인 동료들.

2. {{r:최현철}} 진술 요지
- 반장 {{r:양덕수}}. "{{r:양}} 반장은 밥 양을 늘 줄였어요."
- 동료 {{p:사광민}}: "{{p:광민}}이는 불어를 제일 빨리 배웠어요. 세네갈 사람들이 「{{p:Sa}}」라고 불렀는데, 「ça va, {{p:Sa}} ?」 하면 다들 웃었어요."
- 현장: {{u:Avenue Cheikh Anta Diop}} 인근 건물, 이후 {{u:Diamniadio}} 신도시.
- 임금: 세네갈 회사가 1인당 월 35만 CFA를 {{r:덕수}} 반장에게 지급. {{r:현철}} 씨가 받은 건 한 달에 0~1만 CFA.

3. 세네갈인 동료 인터뷰
- {{p:Moussa Diop}}(미장공, 41): 「Les Coréens ne sortaient jamais. Le chef, {{r:Yang}}, gardait les passeports.」
  ※ {{p:Diop}} 씨는 {{u:Cheikh Anta Diop}}, {{u:Université Cheikh Anta Diop}}와 무관. 세네갈에서 흔한 성.
- {{p:Fatou Ndiaye}}(현장 식당): 「{{r:Choe}}, le grand, m'achetait du pain pour tout le groupe. {{p:Kwang-min}} parlait wolof mieux que moi !」
- 운전기사 {{p:Mamadou}}({{p:Papis}}): {{r:양}} 반장과 매주 {{u:Ecobank}} 지점에 현금을 가져갔다고.

4. 메모
- {{u:Macky Sall}} 정부는 2017년 {{u:UN}} 제재 이후 북한 노동자 철수를 발표했으나, {{r:현철}} 씨 팀은 2017년 말까지 남아 있었음.
- 출국은 「{{u:Aéroport international Blaise-Diagne}}」. ({{u:Léopold Sédar Senghor}} 공항이 아님.)
- {{p:Aminata}} 씨 수고비 지급 완료. {{p:Moussa}} 씨 사진은 쓰지 않기로 함.""",
    },
]
