# ruff: noqa: E501
"""Held-out evaluation passages, set 24. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout24."""

PASSAGES: list[dict] = [
    {
        "id": "h24-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Man Kyong-il", "만경일", "witness", ["Kyong-il", "MKI"]),
            ("Bang Chol-u", "방철우", "supervisor", ["Drum"]),
            (
                "Pak Song-chol",
                "박성철",
                "coworker",
                ["Park Sung-chul", "Bak Seong-cheol", "Song-chol"],
            ),
        ],
        "note": "Qatar construction oral history with interviewer turns; narrator surname Man beside the word man, manager Bang beside the sound 'bang' and nickname Drum; one coworker in three romanizations (Pak/Park/Bak, Chol/Chul/Cheol) incl. ALL CAPS; a bus driver who shares the Emir's first name; airport, hospital and hotel brand containing names.",
        "text": """ORAL HISTORY PROJECT: OVERSEAS LABOUR
Transcript 2021-Q-07 (English translation of the Korean recording)
Recorded 9 October 2021, {{u:Seoul}}. Interviewer: {{p:Yoon Da-eun}} ({{p:YDE}}). Narrator: {{r:Man Kyong-il}} ({{r:MKI}}). Translator: {{p:Grace Han}}.

{{p:YDE}}: For the recording, could you say your name and where you are from?
{{r:MKI}}: {{r:Man Kyong-il}}. {{r:Man}}, like the English word. The teacher in my English class laughs every time. I was born in {{u:Kaechon}}, {{u:South Pyongan}}, in 1983.

{{p:YDE}}: When did you go to {{u:Qatar}}?
{{r:MKI}}: Spring 2013. {{u:Pyongyang}} to {{u:Beijing}}, {{u:Beijing}} to {{u:Doha}}. A man from the enterprise put us on the plane, and at {{u:Hamad International Airport}} another man took us off it. Between those two men we were never alone for one minute.

{{p:YDE}}: Who was the man in {{u:Doha}}?
{{r:MKI}}: {{r:Bang Chol-u}}, the team manager. When {{r:Bang}} was angry he hit the canteen table with his flat hand, bang, and forty men stopped chewing. Behind his back we called him {{r:Drum}}. On paper we belonged to the {{u:Korea General Corporation for External Construction}}, {{u:Genco}}. The Qatari main contractor I only knew from the logo on the helmets.

{{p:YDE}}: What did you build?
{{r:MKI}}: First a hotel block in {{u:Msheireb}}, close to where the {{u:Park Hyatt Doha}} stands now, then workers' housing out near {{u:Lusail}}. In July it was 48, 49 degrees. There is a rule in {{u:Qatar}} that nobody works outside at noon in summer. {{r:Bang}} said that rule was written for other men. The inspector came twice; both times {{r:Drum}} knew the day before.

{{p:YDE}}: You mentioned a friend.
{{r:MKI}}: {{r:Pak Song-chol}}. We grew up on the same street in {{u:Kaechon}}. {{r:Song-chol}} sang all the time, always the same song, an old song about a mother waiting at the gate. {{r:Bang}} told him a man who has breath for a song has breath for another bundle of rebar. After that {{r:Pak}} sang only in the shower.

In August 2014 {{r:Song-chol}} went down on the ninth floor. Not a fall, just the heat. The site engineer, a Lebanese called {{p:Rami}}, wanted an ambulance. {{r:Bang}} said no ambulance. In the end the bus driver, {{p:Tamim}}, drove him to {{u:Hamad General Hospital}}. {{p:Tamim}} always told us he had the same name as the Emir, {{u:Tamim bin Hamad Al Thani}}, only less money.

{{p:YDE}}: What happened at the hospital?
{{r:MKI}}: A Sudanese doctor, Dr {{p:Osman}}, kept him three days. On the hospital bracelet the name was {{r:PARK SUNG CHUL}}, because the clerk typed it the way South Korean names are typed on television. On our company list he was {{r:PAK SONG CHOL}}. When they sent him home in October, the airline paper said {{r:Bak Seong-cheol}}. Three names, one sick man. {{r:Bang}} said the hospital bill would come out of the team fund, so all of us paid for {{r:Pak}}.

{{p:YDE}}: Did you hear from him again?
{{r:MKI}}: His wife, {{p:Kim Ok-hwa}}, sent word through a man from our county that {{r:Song-chol}} was alive but could not work. That is all I know.

{{p:YDE}}: How did you leave {{u:Qatar}}?
{{r:MKI}}: In 2017, after the sanctions, the visas were not renewed. {{r:Bang Chol-u}} took us back to {{u:Pyongyang}} in two groups. I was in the second group. Eight months later I crossed the {{u:Tumen River}} at night. Every man has a limit. {{r:Bang}} was mine.

{{p:YDE}}: Thank you, {{r:Kyong-il}}.
{{r:MKI}}: Write my name small, please.""",
    },
    {
        "id": "h24-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Chun-hui", "김춘희", "witness", ["K.C.", "KC", "kc", "Chun-hui", "金春姬"]),
            ("Ri Myong-sun", "리명순", "supervisor", ["Lee Myung-soon", "Li", "李明顺"]),
        ],
        "note": "NGO field officer's weekly report from Dandong; witness mostly by initials K.C./kc and given name, full name and Chinese characters only in the consent annex; supervisor as Ri, Li (Chinese reading) and Lee; Korean-Chinese driver with Chinese-character name; impossible date 31 September.",
        "text": """Subject: re: {{r:kc}} update / weekly report wk 37
WEEKLY FIELD REPORT - WEEK 37 / 2019
From: {{p:Julia Moreno}}, field officer, north-east {{u:China}}
To: programme team, {{u:Seoul}}
Classification: internal. Use initials when forwarding.

1. SUMMARY
Two meetings this week in {{u:Dandong}}, one in {{u:Donggang}}. Main contact remains {{r:K.C.}}, a packer at a seafood plant near {{u:Dandong Port}}. {{r:K.C.}} still lives in the dormitory, so every contact is a risk for her. Next visit planned for 31 September (sic: read 1 October, the bus timetable changed).

2. CONTACT {{r:KC}}
- Met Tuesday, 20 minutes, on the river promenade facing the {{u:Sino-Korean Friendship Bridge}}.
- The plant employs about 214 DPRK women in two shifts, peeling and freezing crab and squid. Shifts of 11 hours, one day off a month.
- The Korean supervisor is {{r:Ri Myong-sun}}. The Chinese office writes her name {{r:李明顺}} and calls her {{r:Li}} laoshi; the Korean-Chinese driver says "Manager {{r:Lee}}". Same woman.
- {{r:Ri}} keeps the passports in the office safe. Wages (approx. 1,800 RMB per worker) go to an account controlled by {{r:Ri}} and the plant manager, {{p:Wang Lihua}} ({{p:王丽华}}). {{r:K.C.}} receives 150 RMB "pocket money".
- {{r:K.C.}}'s older sister, {{p:Kim Chun-ok}}, lives in {{u:Sinuiju}}. {{r:Chun-hui}} fears for her if anything leaks and asked twice that we stop writing "{{r:Chun-hui}}" in messages. Noted: initials only from here on.

3. OTHER CONTACTS
- Taxi driver {{p:Piao Zhenyu}} ({{p:朴振宇}}), Korean-Chinese, drove me to {{u:Donggang}}. {{p:Piao}} says his cousin delivers rice to the dormitory and saw two ambulances there in August. He asked for nothing; I paid 200 RMB for fuel.
- A Chinese line leader, Mrs {{p:Zhao}}, reportedly told {{r:K.C.}} that "the Korean girls cry in the toilets". {{p:Zhao}} might talk to us, through {{p:Piao}}.

4. ISSUES
- {{r:K.C.}} mentioned a worker who lost two fingers on the crab line in July. Name not known, only "the girl from {{u:Hamhung}}". Follow up.
- {{r:Ri Myong-sun}} has told the workers the plant will be inspected "by the {{u:UN}}". {{r:KC}} thinks the rumour comes from the {{u:UN Panel of Experts}} report. Workers were told to call themselves "trainees".
- {{u:Liaoning}} public security has stepped up checks along the {{u:Yalu River}} promenade since 15 September. I will not use the promenade again.

5. ADMIN
Annex A (consent, sealed envelope): signed by {{r:Kim Chun-hui}} ({{r:金春姬}}) on 17 September 2019, with thumbprint. Do not scan Annex A.
Expenses: 1,340 RMB (taxi, pharmacy, phone cards).
{{p:J.M.}}""",
    },
    {
        "id": "h24-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Myong-guk", "최명국", "witness", ["Choi Myung-kook", "Чхве Мён Гук"]),
            ("Ri Chol-jin", "리철진", "coworker", ["Lee Cheol-jin", "Ли Чхоль Джин"]),
        ],
        "note": "Draft UN joint allegation letter about an Amur Oblast logging camp; witness as Choe/Choi and in Cyrillic with a genitive ending; coworker as Ri/Lee and Cyrillic; Russian director declined in Russian quotes (Палкина, Палкиным, Палкину); drafter's comment with initials; a 29 February 2019 that does not exist; real mandate holders as signatories; cities named after people.",
        "text": """DRAFT v3 - NOT FOR TRANSMISSION
Mandates of the Special Rapporteur on contemporary forms of slavery, including its causes and consequences; and of the Special Rapporteur on the situation of human rights in the {{u:Democratic People's Republic of Korea}}
REFERENCE: AL RUS xx/2023; AL PRK xx/2023

Excellency,

We have the honour to address you in our capacities as Special Rapporteurs, pursuant to {{u:Human Rights Council}} resolutions 51/15 and 49/22.

In this connection, we would like to bring to the attention of your Excellency's Government information we have received concerning Mr. {{r:Choe Myong-guk}}, a national of the {{u:Democratic People's Republic of Korea}}, who worked between 2016 and 2019 at a logging camp in the {{u:Amur Oblast}} of the {{u:Russian Federation}}.

According to the information received:

Mr. {{r:Choe}} was born in 1979 in {{u:Kilju}}. In March 2016 he travelled by train through {{u:Khabarovsk}} to a camp approximately 80 km north of {{u:Tynda}}, on the {{u:Baikal-Amur Mainline}}. The camp was operated by a Russian company whose director, Mr. {{p:Viktor Palkin}}, had concluded a labour supply arrangement with a DPRK state entity. The DPRK team leader, Mr. {{p:Hwang Song-il}}, held the passports of all 38 workers.

Mr. {{r:Choe}} and his coworkers reportedly worked up to 16 hours a day, seven days a week, with two rest days a year. Of a nominal monthly wage of 38,000 roubles, Mr. {{r:Choe}} states he received between 2,000 and 5,000 roubles in cash; the remainder was withheld as "plan contributions".

It is reported that on 29 February 2019 Mr. {{r:Ri Chol-jin}}, a coworker of Mr. {{r:Choe}}, was struck by a falling tree and suffered a fractured pelvis. Mr. {{r:Ri}} was not taken to hospital for two days. A police protocol drawn up in Russian, seen by the source, records that "гражданин КНДР {{r:Ли Чхоль Джин}} получил травму по неосторожности", that the explanation of "{{r:Чхве Мён Гука}}" was taken "в присутствии директора {{p:Палкина В. С.}}", and that the injured man was "передан {{p:Палкину}}" for transport. The explanation signed by {{p:Палкиным}} states that the workers were "trainees".

[Comment {{p:AB}}: 29 February 2019 does not exist. Source says "end of February"; rephrase as "at the end of February 2019". Also confirm Mr. {{r:Ri}} is the same person as "{{r:Lee Cheol-jin}}" in the NGO list, and that Mr. {{r:Choe}} is "{{r:Choi Myung-kook}}" in the {{u:Ministry of Unification}} intake record.]

After his discharge, Mr. {{r:Ri}} was returned to the camp. In the protocol Mr. {{r:Choe}} appears as "{{r:Чхве Мён Гук}}, 1979 г.р." Mr. {{r:Choe}} left the camp in June 2019 and reached a third country. His wife, Ms. {{p:Kang Sun-ae}}, and two children remain in {{u:Kilju}}; he fears reprisals against them.

Without prejudging the accuracy of these allegations, we express serious concern at the reported conditions, which may amount to forced labour, and at their apparent incompatibility with {{u:Security Council}} resolution 2397 (2017), which required the repatriation of DPRK nationals earning income abroad by 22 December 2019.

We would be grateful for your observations on the measures taken to identify DPRK workers in the {{u:Amur Oblast}} and the {{u:Lazo District}} of {{u:Khabarovsk Krai}}, and to ensure that no worker is returned where he would face a risk of reprisals.

Please accept, Excellency, the assurances of our highest consideration.

{{u:Tomoya Obokata}}
Special Rapporteur on contemporary forms of slavery, including its causes and consequences

{{u:Elizabeth Salmón}}
Special Rapporteur on the situation of human rights in the {{u:Democratic People's Republic of Korea}}""",
    },
    {
        "id": "h24-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Song Il-nam", "송일남", "witness", ["Il-nam", "SONG IL NAM"]),
            ("Ho Chang-gil", "허창길", "supervisor", ["HO CHANG GIL"]),
        ],
        "note": "Fisheries observer's personal logbook on a longliner out of Suva; deckhand surname Song beside the crew singing a song; bosun Ho beside 'land ho'; ALL CAPS crew list; Chinese captain and fishing master; a 31 JUN entry; cannery and agencies as public names.",
        "text": """OBSERVER PERSONAL LOG (transcribed from notebook, not the official workbook)
Observer: {{p:Sefanaia Vakaloloma}}
Trip: longliner, Chinese flag (vessel name reported separately to {{u:FFA}})

02 JUN 2018 0540  Departed {{u:Suva}}. 24 crew: 9 Chinese, 6 Indonesian, 9 DPRK. Captain {{p:Zhang Wei}}, fishing master {{p:Lin}}. Captain calls the DPRK men "the northern boys".

03 JUN 0800  Asked for crew list with passports. Got a handwritten list for the DPRK group only, romanised by the bosun himself:
  1 {{r:HO CHANG GIL}}  bosun / group leader
  2 {{r:SONG IL NAM}}  deckhand
  3 {{p:KIM MYONG HO}}  deckhand
  4 {{p:RYANG SU IL}}  cook
  5 {{p:CHOE HYON}}  deckhand
  6-9 names not written, "same company".
Passports: captain says they are "with {{r:Ho}}". {{r:Ho}} says "with company".

05 JUN 1130  Set 2,800 hooks. {{r:Song}} on the bait table without gloves, both hands cut. Gave him my spare pair. At dinner {{r:Ho}} took them back and gave them to {{p:Ryang}}.

07 JUN 1600  Wind NE 25 kn. Land ho: {{u:Rotuma}} to port. In the evening the DPRK crew sang a song on the aft deck, a slow song, something about a river. {{r:Song Il-nam}} did not sing. He sat with his hands in a bucket of seawater.

10 JUN  {{r:Il-nam}} asked me in Chinese how much an observer is paid. I told him. He said his contract says USD 450 a month and "{{r:Ho}} keeps it, company keeps it, I keep nothing". Said he has a daughter, {{p:Un-ok}}, six years old, in {{u:Chongjin}}.

14 JUN 0300  Transshipment at night to a reefer. I was told to stay in my cabin. Logged time and position, reported to {{u:FFA}}.

20 JUN  {{r:Song}} coughing, fever. Fishing master {{p:Lin}} gave him Chinese tablets. I asked Captain {{p:Zhang}} for a port call; refused, "fish first".

24 JUN  {{r:Ho Chang-gil}} told me not to talk to "his men". He was polite. Then he stood behind me at the bait table for two hours.

31 JUN (my error, should be 01 JUL)  {{r:Il-nam}} worse. Radioed the observer coordinator, Ms {{p:Litia}}. Coordinator contacted {{u:Fiji Ministry of Fisheries}}.

03 JUL 1400  Into {{u:Levuka}}. Catch landed at {{u:PAFCO}}. An ambulance took {{r:Song}} to the hospital; {{r:Ho}} went with him and came back alone at 2100.

04 JUL  Debrief with the coordinator and a woman from the {{u:International Organization for Migration}}. Gave them the list above. They asked whether {{r:SONG IL NAM}} and the man I call {{r:Il-nam}} are the same person. Yes.

05 JUL  Disembarked. Did not see {{r:Song}} again. Note to self: never write "the song" in the log when I mean the man. Captain {{p:Zhang}} read my notebook once.""",
    },
    {
        "id": "h24-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            (
                "Ri Yong-chol",
                "리영철",
                "witness",
                ["Lee Young-chul", "Rhee Yong Chol", "RI YONG CHOL"],
            ),
            ("So Kwang-myong", "소광명", "coworker", []),
        ],
        "note": "Unofficial English translation of a Polish district court judgment about welders at Gdynia; witness in three spellings (Ri/Lee/Rhee) and ALL CAPS; coworker surname So beside sentence-initial 'So'; accused declined in Polish quotes (Marka Wiśniewskiego, Wiśniewskiemu); judge, lay judges and clerk are private; impossible date 30 February; airport and avenue named after people.",
        "text": """{{u:Sąd Okręgowy w Gdańsku}} - unofficial English translation (excerpt)
Case file IV K 112/18

JUDGMENT
IN THE NAME OF THE {{u:REPUBLIC OF POLAND}}

On 14 March 2019 the {{u:District Court in Gdańsk}}, IV Criminal Division, composed of Presiding Judge {{p:Anna Kowalska}}, lay judges {{p:Jerzy Nowicki}} and {{p:Halina Zielińska}}, recording clerk {{p:Karolina Mazur}}, in the presence of Prosecutor {{p:Tomasz Grabowski}}, having examined the case of {{p:Marek Wiśniewski}}, son of {{p:Andrzej}} and {{p:Teresa}}, charged with acting between 30 February 2016 (sic, as in the indictment) and 31 August 2017 in {{u:Gdynia}}, as managing director of a company supplying welders to ship repair yards in the {{u:Port of Gdynia}}, ...

REASONS (excerpt)

The court established the following facts. Between 2016 and 2017 the accused employed at least 27 citizens of the {{u:Democratic People's Republic of Korea}} as welders and fitters. The workers arrived via {{u:Gdańsk Lech Wałęsa Airport}} and were housed in a rented building on {{u:Aleja Marszałka Piłsudskiego}}.

The witness {{r:Ri Yong-chol}}, whose name appears in his passport as {{r:RI YONG CHOL}}, in his work permit as {{r:Lee Young-chul}} and in the protocol of the {{u:Państwowa Inspekcja Pracy}} as {{r:Rhee Yong Chol}}, testified via video link. The court has no doubt that these spellings refer to one person. Witness {{r:Ri}} stated that he worked twelve hours a day, six and often seven days a week, and that his wages were paid to the DPRK team leader, {{p:Jong Chol-ho}}, who kept "almost everything". So did the witness {{r:So Kwang-myong}}. So testified, in substance, every Korean witness heard.

In the Polish original of the protocol the witness's statement reads: „Świadek {{r:Ri Yong Chol}} zeznał, że oskarżony {{p:Marek Wiśniewski}} wiedział, komu wypłaca wynagrodzenie." The court also quotes the record of the {{u:Straż Graniczna}}: „wyjaśnienia oskarżonego {{p:Marka Wiśniewskiego}} są niespójne" and „świadek przekazał {{p:Wiśniewskiemu}} listę pracowników".

Witness {{r:So}} described an accident of 11 June 2017 in which a fellow welder, {{p:Pak Chol-nam}}, suffered burns. Mr {{r:So}} stated that {{p:Jong}} forbade calling an ambulance. The accused explained that he had "no knowledge" of the incident. The court did not find this credible: the invoice of the private clinic was addressed to the accused's company and paid from its account.

The accused also explained that the DPRK workers had "their own management" and that he dealt only with {{p:Jong Chol-ho}}. The court notes that, according to the interpreter, Mr {{p:Mateusz Sobczak}}, witness {{r:Ri}} did not know the name of the company that employed him, only "the Polish director".

The court found the testimony of {{r:Ri Yong-chol}} and {{r:So Kwang-myong}} consistent with the documents of the {{u:Państwowa Inspekcja Pracy}} and of the {{u:Pomeranian Voivodeship Office}}, which had issued the work permits.

On these grounds the court ruled as in the operative part.

Presiding Judge {{p:A. Kowalska}}""",
    },
    {
        "id": "h24-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Un-hui", "조은희", "witness", ["Un-hui", "JO UN HUI"]),
            ("No Chang-su", "노창수", "supervisor", []),
        ],
        "note": "Referral letter from a DPRK clinic in Luanda plus triage and social-work notes; referring doctor surname No amid the clinical 'No fever / No vomiting / no known'; patient in ALL CAPS and Hangul; impossible date of birth day 00; Angolan nurse and phone interpreter; hospitals and university named after people.",
        "text": """REFERRAL LETTER (English copy; Portuguese original on file)
From: DPRK medical team clinic, {{u:Cacuaco}}, {{u:Luanda}}
To: Emergency Department, {{u:Hospital Américo Boavida}}, {{u:Luanda}}
Date: 12/05/2017

PATIENT
Name: {{r:JO UN HUI}}
Sex: F
Date of birth: 00/07/1990 (day not given)
Nationality: DPRK
Passport: held by employer
Occupation: nurse

REFERRING DOCTOR: Dr {{r:No Chang-su}}, general surgeon

Dear colleague,

I refer Ms {{r:Jo Un-hui}}, 26, a nurse in our clinic, with abdominal pain for four days, now in the right lower quadrant.
History: No fever until yesterday evening. No vomiting. No previous surgery. Allergies: no known allergies.
Examination: T 38.4, HR 112, BP 100/60. Tenderness and guarding in the RLQ.
Impression: acute appendicitis, possible perforation.
We have no ultrasound and no theatre. Please evaluate for surgery.

Dr {{r:No}}

TRIAGE NOTE (translated from Portuguese)
Patient arrived 14:20 with a Korean man who said he is Dr {{r:No}}'s deputy, Sr. {{p:Paek}}. He answered every question for her. When I asked the patient directly, {{r:Jo}} only looked at him. She wrote her name on the form in Korean: {{r:조은희}}. Sent to surgery on call, Dr {{p:Manuel Cassoma}}.
Enf. {{p:Domingas Kiala}}

SOCIAL WORK NOTE, 14/05/2017
Spoke with the patient alone on the ward, through a phone interpreter ({{p:Ana Kim}}, agency interpreter). Sr. {{p:Paek}} was asked to wait outside; he refused at first, then left.
- Ms {{r:Jo}} states she has worked in {{u:Angola}} since 2014. Her salary is paid to the team leader; her passport is kept by Dr {{r:No}}. She "sends nothing home, the team sends it".
- She has not seen her mother, {{p:Ri Kum-ok}}, for three years.
- Asked if she wants to contact anyone. She said no. No - then she said "maybe the {{u:Red Cross}}".
- {{r:Un-hui}} asked that nothing be written about Dr {{r:No Chang-su}}. Explained confidentiality.
Referred to {{u:Cruz Vermelha de Angola}}. Copy to the hospital director. Post-operative follow-up possible at {{u:Hospital Josina Machel}} if transfer is needed.
{{p:Luísa Fernandes}}, social worker (trained at {{u:Agostinho Neto University}})

ADDENDUM 15/05/2017
Patient discharged against medical advice at 07:10, collected by Sr. {{p:Paek}} and a second man. She did not say goodbye. No further contact. Notified {{u:Ministério da Saúde}} liaison as per protocol.""",
    },
    {
        "id": "h24-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Son-ok", "유선옥", "witness", ["Son-ok"]),
            ("Kang Hyang-mi", "강향미", "supervisor", ["Hyang-mi"]),
        ],
        "note": "Public Facebook post by a Kathmandu diner about a DPRK restaurant waitress, with comments; waitress surname Yu among many 'you'; her name once in fullwidth Latin letters and once in Hangul from a name tag; a private cook who shares the name of the Nepali politician, with the politician mentioned as such; commenter 'Anil KC'; emoji next to names.",
        "text": """{{p:Sushma Rai}} · 3 April 2019 · {{u:Kathmandu}} · 🌏 Public

Went to the North Korean restaurant near {{u:Durbar Marg}} last night with my cousins. Food ok, show strange. The waitress who served us, {{r:Yu Son-ok}}, sang two songs and then came back to pour the tea. She told me in English she has been in {{u:Nepal}} three years and has never seen {{u:Pokhara}}, never seen anything except the restaurant and the flat upstairs. I asked if she likes it here. She said "you are very kind" and walked away. The cook is Nepali, {{p:Ram Bahadur Thapa}}, from my mother's village! 😄 He says the girls never get a day off. Do you think this is legal? 🤔

👍❤️😢 214 · 87 comments · 31 shares

{{p:Bishnu Adhikari}} 🙏 Did you get her full name? If it is {{r:Ｙｕ Ｓｏｎ-ｏｋ}} I think there was a news story about her last year.
   Like · Reply · 2d

   {{p:Sushma Rai}} {{p:Bishnu}} I only know {{r:Son-ok}}. Her name tag said {{r:유선옥}} in Korean letters, my cousin read it with the phone.
   Like · Reply · 2d

{{p:Dawa Sherpa}} lol the cook has the same name as the minister {{u:Ram Bahadur Thapa}} 😂😂 ask him if he can fix the visa problem
   Like · Reply · 2d

   {{p:Sushma Rai}} Haha no, our {{p:Ram Bahadur}} dai is not a minister, he makes momos and kimchi 🥟
   Like · Reply · 2d

{{p:Kim Ji-won}} Hello, I am Korean and I live in {{u:Lalitpur}}. Please, please remove her name and the photo. If the manager, {{r:Kang Hyang-mi}}, sees this post, {{r:Son-ok}} can be sent back to {{u:Pyongyang}} and her family punished. You mean well, I know. But you do not know what you are doing to her.
   Like · Reply · 2d

   {{p:Anil KC}} Agree with {{p:Ji-won}}. Also you tagged the location, which makes it worse.
   Like · Reply · 2d

   {{p:Pradeep Gurung}} I know {{r:Hyang-mi}}, the manager 😬 very strict, she counts the tips herself 💵 every night. The girls give her everything.
   Like · Reply · 1d

{{p:Rekha Shrestha}} Isn't this illegal now under the {{u:UN Security Council}} sanctions? Someone should write to the {{u:Department of Labour}}. Or tag {{u:Amnesty International}}?
   Like · Reply · 1d

   {{p:Anil KC}} {{p:Rekha}} ji the restaurants were supposed to close by December. We are in April. You tell me.
   Like · Reply · 1d

{{p:Sushma Rai}} EDIT: I removed the photo and the name from the post. Thank you {{p:Ji-won}} ❤️ and sorry. I did not think. I hope {{r:Yu}} is ok. If anyone from an organisation wants to talk to me, message me.
   Like · Reply · 1d

{{p:Mingma Lama}} you still have the name in the comments 🙁 you should delete the whole thread
   Like · Reply · 22h

   {{p:Sushma Rai}} deleting in 5 min 🙏
   Like · Reply · 22h""",
    },
    {
        "id": "h24-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            (
                "Gang Myong-chol",
                "강명철",
                "witness",
                ["Kang Myong-chol", "Myong-chol", "GANG MYONG CHOL"],
            ),
            ("An Jong-sik", "안정식", "supervisor", []),
        ],
        "note": "Maltese labour inspection report on a ship-repair subcontractor in Cospicua; witness surname Gang beside 'a gang of welders' and 'gangway', spelled Kang on the permit, ALL CAPS form fields; foreman surname An beside the article 'An'; month 13 date; hospitals named after people; Maltese private names.",
        "text": """{{u:Department of Industrial and Employment Relations}}
INSPECTION REPORT
Ref: DIER/INSP/2016/0417
Date of inspection: 2016-13-02 [printout error; the visit took place on 13 February 2016]
Inspector: {{p:Joseph Camilleri}}
Accompanied by: {{p:Rita Farrugia}} ({{u:Jobsplus}})
Site: blasting and welding subcontractor working in a ship-repair yard, {{u:Cospicua}} (yard name withheld at request of {{u:Malta Police Force}})

FORM A - EMPLOYEE INTERVIEWED
NAME OF EMPLOYEE: {{r:GANG MYONG CHOL}}
NAME ON PERMIT: {{r:KANG MYONG CHOL}}
NATIONALITY: DPRK
DOCUMENT: single permit, {{u:Identity Malta}}
POSITION: WELDER
EMPLOYER DECLARED: subcontractor (director Mr {{p:Mario Borg}})

1. FINDINGS
1.1 An inspection of the premises was carried out at 07:40. A gang of eleven welders, all DPRK nationals, was found working in the double bottom of a tanker without forced ventilation. Access was by a gangway without handrails.
1.2 An interpreter was reached by phone (Ms {{p:Soo-jin Lee}}, court-registered). The foreman, Mr {{r:An Jong-sik}}, asked to be present during all interviews. The inspector refused. Mr {{r:An}} then left the site for forty minutes.
1.3 Mr {{r:Gang}} stated that he works from 06:00 to 19:00, six days a week, and on Sundays "when the ship must leave". He has never received a payslip. He stated that Mr {{r:An}} keeps all passports "for safety".
1.4 Mr {{r:Myong-chol}} stated that in November 2015 a coworker, {{p:Pak Yong-il}}, was burned on the arm and taken to {{u:Mater Dei Hospital}}, and later for dressings to {{u:Sir Paul Boffa Hospital}}. Mr {{r:Gang}} did not know whether {{p:Pak}} is still in {{u:Malta}}.
1.5 Mr {{p:Borg}} produced payslips showing EUR 1,120 net per month for each worker. Bank records show all eleven salaries transferred to one account in the name of Mr {{r:An Jong-sik}}. Mr {{p:Borg}} stated this was "their own arrangement".
1.6 Workers are housed in two flats in {{u:Paola}}. Rent is deducted from wages. An inspection of the flats was not possible on the day.

2. STATEMENT OF THE FOREMAN
Mr {{r:An}} stated that the workers "send money to their families voluntarily" and that the gang works overtime "because they like to". He declined to sign the statement.

3. RECOMMENDATIONS
3.1 Refer to {{u:Identity Malta}} for review of eleven single permits.
3.2 Refer to {{u:OHSA}} regarding confined-space work in the double bottom.
3.3 Inform the {{u:Ministry for Foreign Affairs}} in view of {{u:UN Security Council}} resolution 2375 (2017) and earlier measures.
3.4 Re-interview Mr {{r:Kang Myong-chol}} away from the site, with a second interpreter.

Note added 19/02/2016: Mr {{r:Gang}} could not be located for re-interview. The subcontractor states the entire gang "returned home" on 17 February.

{{p:J. Camilleri}}
Inspector""",
    },
    {
        "id": "h24-en-09",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Do Hyon-u", "도현우", "witness", ["Hyon-u"]),
            ("O Kwang-hyok", "오광혁", "supervisor", []),
        ],
        "note": "Transcribed voice messages from a DPRK IT worker in Shenyang with [inaudible] marks; witness surname Do among 'Do you', 'what do I do'; supervisor O beside 'Oh'; ministry man Ha beside laughter 'ha ha'; a zero-width space inside the witness's name in the contact list; landlord by Chinese nickname; platform and company names.",
        "text": """VOICE MESSAGES - TRANSCRIPTION (English translation)
Forwarded by the recipient to the caseworker, 3 Nov 2022. Transcribed by {{p:M. Lindgren}}, volunteer.
Sender as shown in the recipient's contact list: "{{r:Do Hy\u200bon-u}}" (TN: the contact name contains an invisible character inside the given name; kept as is.)
[inaudible] = not audible; [..] = pause.

MSG 1 | 28 Oct 2022 23:12 | 00:47
Noona, it's me, {{r:Hyon-u}}. Do you remember the thing I told you in summer? [..] We are in {{u:Shenyang}} now, not {{u:Dandong}}. Six of us in one flat, two rooms. Mr {{r:O}} moved us last week, at night, very fast. [inaudible] Do not call, just send text.

MSG 2 | 28 Oct 2022 23:15 | 01:32
Oh. Sorry, the neighbour was [..] OK. The work. We do the freelance sites, {{u:Upwork}}, {{u:Fiverr}}, also [inaudible], with Chinese and Japanese names on the accounts. {{r:O Kwang-hyok}} gives each man one laptop and three accounts. What do I do all day? Front end, some mobile games, whatever the client wants. If the team does not make five thousand dollars a month each, {{r:O}} writes a report to {{u:Pyongyang}}. Then [inaudible].

MSG 3 | 29 Oct 2022 00:02 | 00:58
The landlord is an old Chinese man, we call him {{p:Lao Zhou}}. His nephew, {{p:Xiao Zhou}}, fixes the internet. Ha, {{r:O}} says {{p:Lao Zhou}} is a spy. Ha ha. [laughs] The other man, from the ministry, {{p:Ha}}, Mr {{p:Ha}}, comes on Fridays and takes the money in a bag. Always Friday. {{p:Ha}} never laughs.

MSG 4 | 29 Oct 2022 00:05 | 01:10
They keep our passports in {{r:O}}'s room. [..] The code for the {{u:GitHub}} accounts, {{r:O}} changes it every week so we cannot do anything alone. I do what he says. I do it well, that's the problem, he says I am his best. [inaudible] {{r:O}} calls me "{{r:Do}}", never my name, like a dog.

MSG 5 | 29 Oct 2022 00:09 | 00:44
If you find my mother. {{p:Ri Sun-hui}}, in {{u:Pyongsong}}. [inaudible] she worked at the market. Do not say my name to anyone else. Not {{r:Do Hyon-u}}, not {{r:Hyon-u}}. Say "the student". [..] That's all. Delete these.

MSG 6 | 30 Oct 2022 21:40 | 00:19
[inaudible] ... Friday. {{p:Ha}} came early. [..] Later.

TN: No further messages as of 3 Nov. Recipient states the number now shows as disconnected on {{u:Telegram}} and {{u:WeChat}}.""",
    },
    {
        "id": "h24-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Kwang-sok", "문광석", "witness", ["Moon Kwang-suk", "MKS"]),
            ("Jo Chol-nam", "조철남", "supervisor", []),
        ],
        "note": "Academic interview coding sheet on DPRK monument teams in Namibia, Senegal and the DRC; witness as Mun, Moon (beside the moon) and coded initials MKS; coders and interviewer as initials; public figures whose statues were made; monuments and museum as public names.",
        "text": """PROJECT: Art for export - DPRK monument teams in {{u:Africa}}, 2000-2017
CODING SHEET - Interview AF-06
Interviewee: {{r:Mun Kwang-sok}} (code {{r:MKS}})
Interviewer: Dr {{p:Fatou Ndiaye}}
Coder 1: {{p:A. Lindqvist}} ({{p:AL}})   Coder 2: {{p:T. Osei}} ({{p:TO}})
Interview date: 2020-02-11, {{u:Seoul}}; language Korean, interpreter {{p:Jin}}
Codebook v4: WAGE wage deduction; DOC documents withheld; MOV restricted movement; SURV surveillance; HEALTH; PRIDE pride in work; LOCAL contact with locals; IDENT name/identity.

SEG 001 | 00:03:10 | PRIDE
"I carved the eyes of {{u:Sam Nujoma}} for {{u:Heroes' Acre}}. Not alone, twelve men, but the eyes were mine."
{{p:AL}}: {{r:MKS}} says "we" throughout; first "I" here.

SEG 002 | 00:09:44 | WAGE
"{{u:Mansudae Overseas Projects}} had the contract. We were told the Namibians paid a lot. We got sixty dollars a month, sometimes forty."

SEG 003 | 00:14:02 | DOC; SURV
"Passports were with {{r:Jo Chol-nam}}, the team leader. {{r:Jo}} counted us morning and night, like sheep."
{{p:TO}}: double-code SURV. {{p:AL}}: agree.

SEG 004 | 00:21:30 | MOV ({{p:AL}}) / LOCAL ({{p:TO}})
"In {{u:Dakar}}, on the {{u:African Renaissance Monument}} site, we could see the sea from the scaffold but never walked to it. At night the moon came up over {{u:Ouakam}} and {{p:Kye}}, the youngest, cried. {{r:Jo}} said the moon is the same moon as in {{u:Pyongyang}}."
Resolved: MOV.

SEG 005 | 00:26:15 | LOCAL
"A Senegalese welder, {{p:Ibrahima}}, taught me French numbers. {{r:Jo}} saw and moved me to night shift."

SEG 006 | 00:31:48 | PRIDE; WAGE
"People say the monument is ugly. {{u:Abdoulaye Wade}} liked it. We worked for it, so I cannot say ugly."

SEG 007 | 00:38:05 | HEALTH
"In {{u:Windhoek}}, at the {{u:Independence Memorial Museum}}, {{p:Kye}} fell from the fourth level. Two months in a Namibian hospital. {{r:Jo}} made the team pay the bill."
{{p:AL}}: name of the injured coworker only "{{p:Kye}}"; do not expand.

SEG 008 | 00:44:20 | IDENT
R explains that on his South Korean ID he is {{r:Moon Kwang-suk}}: "{{r:Moon}}, like the moon. In the North it was {{r:Mun}}. Now I answer to both."
{{p:TO}}: propose IDENT as a top-level code. {{p:AL}}: agree; also check SEG 004, the moon pun is not about the name.

SEG 009 | 00:51:00 | PRIDE; SURV
"In {{u:Kinshasa}} we made {{u:Laurent-Désiré Kabila}}. Big, bronze. A security man from our embassy came every day, Mr {{p:Ri}}." (TN: "{{p:Ri}}" only.)

SEG 010 | 00:58:40 | MOV
"After {{u:Kinshasa}} I went home. In 2018 I left the North. {{r:Jo Chol-nam}} was still abroad, in {{u:Angola}} I heard."

INTER-CODER AGREEMENT (this interview): 9/10 segments, kappa 0.86.
Follow-up for {{r:MKS}}: confirm dates for {{u:Windhoek}}; ask about {{p:Kye}}'s given name only if R offers it.""",
    },
    {
        "id": "h24-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Jong-hun", "한정훈", "witness", ["정훈"]),
            ("Ri Ok-sun", "리옥순", "relative", ["이옥순"]),
        ],
        "note": "Letter of a mother in Incheon to her son on a Moscow construction site, sent through a broker; son's surname 한 beside 한 자, 한 해, 한숨, 한 달 and the place name 한국; mother's own name in northern 리 and southern 이 spelling; vocative and 이-suffix outside the marker; kinship terms unmarked; impossible date 4월 31일.",
        "text": """사랑하는 아들 {{r:정훈}}이에게

{{r:정훈}}아, 엄마다. 이 편지가 너한테 닿을지 모르겠다만 {{p:최}} 사장이 틀림없이 전해 준다고 하니 믿고 쓴다. 한 자 한 자 쓰는데 손이 떨려서 글씨가 엉망이구나. 흉보지 마라.

엄마는 잘 있다. {{u:한국}}에 온 지 벌써 한 해가 넘었다. {{u:하나원}}에서 석 달 교육을 받고 지금은 {{u:인천}}에 작은 임대아파트를 얻어 산다. 여기서는 엄마 이름을 {{r:이옥순}}이라고 쓴다. 고향에서는 {{r:리옥순}}이었는데 남쪽에서는 '리'를 '이'로 쓴다더라. 처음에는 남의 이름 같더니 이제는 제법 익숙하다.

네가 {{u:러시아}}로 떠난 것이 2016년 봄이었지. {{u:블라디보스토크}}에서 {{u:모스크바}}로 옮겼다는 소식은 네 동무 {{p:석철}}이 어머니한테서 들었다. 하루 열네 시간씩 아빠트 미장일을 한다니 한숨만 나온다. 한 달에 백 달러도 손에 못 쥔다고? 나머지는 반장 {{p:권영팔}}이가 다 가져간다는 말도 들었다. {{p:권}} 반장이 너를 '{{r:한}} 동무, {{r:한}} 동무' 하고 부르면서 제일 궂은일만 시킨다지. 그래도 한 번이라도 대들지는 마라. 네 아버지 성질을 닮아서 걱정이다.

네 아버지 {{p:한용길}}이 살아 있었으면 너를 그렇게 멀리 보내지 않았을 거다. 네 누나 {{p:정미}}는 아직 {{u:함흥}}에 있다. {{p:한정미}}라고 이름을 대면 동네 사람들이 다 안다. 누나한테는 엄마가 여기 있다는 말을 절대 하지 마라. 누나가 다친다.

여기 옆집 {{p:김}}씨 할머니가 반찬을 자주 갖다 준다. 교회에 나가는데 {{p:박}} 집사님이 너를 위해 한 주도 빠짐없이 기도해 주신다. 엄마도 처음으로 기도라는 걸 배웠다. 한 가지만 빈다. 우리 {{r:정훈}}이 살아서 다시 보게 해 달라고.

{{r:정훈}}아, 엄마 말 잘 들어라. 혹시라도 마음을 먹게 되면 {{u:모스크바}}에 있는 {{u:대한민국 대사관}}을 찾아가라. {{p:최}} 사장 말로는 혼자 가면 안 되고 믿을 만한 사람이랑 같이 가야 한다더라. 돈이 필요하면 {{p:최}} 사장한테 말해라. 엄마가 식당에서 번 돈을 모아 두었다. {{u:통일부}}에서 나오는 정착금도 조금 남았다.

몸은 어떠니. 겨울에 손발이 터지지는 않니. 너는 어려서부터 추위를 많이 탔다. 양말 두 켤레를 함께 보낸다. {{p:최}} 사장이 다 전해 줄지는 모르겠다만.

엄마는 요즘 {{u:부평}} 시장 안에 있는 국밥집에서 일한다. 사장 {{p:윤}}씨 아주머니가 북에서 온 사람이라고 하대하지 않고 잘해 준다. 하루 열 시간 서서 일하지만 네가 거기서 하는 일에 대면 한가한 거다. 월급은 한 푼도 안 떼이고 통장으로 들어온다. 처음 월급 받던 날 그 돈을 한참 들여다보다가 울었다. 우리 {{r:정훈}}이는 언제 제 손으로 번 돈을 제 손에 쥐어 보나 싶어서.

한 가지 더 알려 줄 게 있다. 네 외삼촌 {{p:리옥철}}이 작년 겨울에 {{u:혜산}}에서 잡혀갔다는 말을 들었다. 엄마 일 때문인지 다른 일 때문인지는 모른다. 그러니 너는 누구한테도 엄마 소식을 묻지 마라. {{p:석철}}이 어머니한테도 이 편지 이야기는 하지 마라. 사람 마음은 모르는 거다.

밤마다 한 시간씩 {{u:러시아}} 날씨를 찾아본다. 옆집 {{p:김}}씨 할머니 손자가 전화기로 보는 법을 가르쳐 줬다. {{u:모스크바}}가 영하 이십 도라고 나오면 그날은 잠이 안 온다.

이 편지는 다 읽고 꼭 태워라. {{r:한정훈}}이라는 이름이 쓰인 종이는 하나도 남기지 마라.

2019년 4월 31일
{{u:인천}}에서 엄마가
({{r:리옥순}})

추신. 이 편지를 받거든 {{p:최}} 사장 편에 한 줄이라도 보내 다오. 글씨가 어려우면 네 손 사진이라도 좋다. 어릴 적 {{u:함흥}} 집 마당에서 넘어져 생긴 흉터가 오른손 엄지 밑에 있지 않니. 그 흉터만 보여도 엄마는 한 달은 웃고 산다. 여기 교회 사람들이 네 이름을 물어서 그냥 '우리 아들'이라고만 했다.""",
    },
    {
        "id": "h24-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Lee Sun-ok", "이순옥", "witness", ["순옥"]),
            ("Ko Min-chol", "고민철", "coworker", ["민철"]),
        ],
        "note": "Korean church bulletin with prayer requests for former overseas workers; surname 이 beside the determiner 이 (이 자매님 = Sister Lee vs 이 점, 이 나라, 이 모임) and 이번; surname 고 beside 고민 (worry), 고향, 고생; a brother whose name also begins with 고민; pastor named 요한 beside the Gospel of John; Bible books and God as public names.",
        "text": """주일 예배 주보 | 제31권 46호 | 2018년 11월 18일 (추수감사주일)

■ 예배 순서
묵도 / 찬송 587장 / 대표기도: {{p:최성길}} 장로 / 성경봉독: {{u:느헤미야}} 1:4-11 / 설교: "무너진 성벽 앞에서" ({{p:정요한}} 목사) / 봉헌 / 축도

■ 오늘의 말씀 요약
{{u:느헤미야}}는 고향 {{u:예루살렘}} 성벽이 무너졌다는 소식을 듣고 울며 금식했습니다. 우리도 멀리 떨어진 가족과 고향을 생각하며 고민하고 웁니다. 그러나 {{u:요한복음}} 14장 말씀처럼 우리 주님은 우리를 고아처럼 버려두지 않으십니다.

■ 새가족 환영
이번 주 {{r:이순옥}} 자매님이 새로 등록하셨습니다. {{r:이}} 자매님은 {{u:블라디보스토크}} 피복공장에서 4년간 일하시다가 지난해 {{u:한국}}에 오셨습니다. {{r:순옥}} 자매님을 따뜻하게 맞아 주십시오. {{r:이}} 자매님께서 원하셔서 사진은 싣지 않습니다. 이 점 양해 바랍니다.

■ 지난주 간증 요약
지난주 오후 예배에서 {{r:고민철}} 형제가 간증하셨습니다. {{r:고}} 형제는 2014년부터 3년 동안 {{u:쿠웨이트}} {{u:자흐라}}의 건설현장에서 일했습니다. "하루 열여섯 시간 일하고 손에 쥔 돈은 한 달에 이십 달러였습니다. 고향에 보낸다던 돈이 어디로 갔는지 지금도 모릅니다." {{r:민철}} 형제는 동생 {{p:민혁}}이와 같은 현장에 있다가 혼자 빠져나온 것을 가장 큰 고민으로 안고 산다고 고백했습니다. 함께 울며 기도해 주신 성도님들께 감사드립니다.
{{r:순옥}} 자매님은 {{u:인천}}에서 요양보호사 공부를 하고 계십니다. 교재 후원을 원하시는 분은 새가족부 {{p:이명숙}} 권사님께 말씀해 주십시오.

■ 중보기도 제목
1. {{u:러시아}}, {{u:중국}}, {{u:쿠웨이트}} 등 해외에 파견된 북한 노동자들이 고된 노동 가운데 건강을 지키도록.
2. {{r:고민철}} 형제가 {{u:쿠웨이트}} 건설현장에 남아 있는 동생 {{p:고민혁}} 형제의 소식을 듣게 되도록. {{r:고}} 형제는 "밤마다 동생 생각에 고민이 많다"고 나누셨습니다. {{r:민철}} 형제와 {{p:민혁}} 형제가 다시 만나는 날이 오기를.
3. {{u:하나원}} 수료를 앞둔 {{p:김영란}} 자매님의 정착을 위하여.
4. 이 나라와 북녘 땅의 평화를 위하여.

■ 교회 소식
1. 추수감사 애찬: 예배 후 친교실. 음식은 {{p:박미란}} 권사님과 여선교회가 준비했습니다. 고생하신 손길에 감사드립니다.
2. {{u:남북하나재단}} 취업 상담: 11월 25일(주일) 오후 2시, 2층 소예배실. 문의: {{p:한지수}} 간사.
3. 성경공부: 목요일 저녁 7시 30분, {{u:요한복음}} 강해. 인도 {{p:정요한}} 목사. (목사님 이름과 교재 이름이 같아 헷갈리신다는 분이 많습니다. {{u:요한복음}}은 교재, {{p:요한}} 목사님은 인도자입니다.)
4. {{r:고민철}} 형제가 통일 음악회에서 고향 노래를 부릅니다. 12월 2일 오후 4시.

■ 다음 주 예배 안내
설교: "나그네를 대접하라" ({{u:히브리서}} 13:1-3) / 대표기도: {{p:오순남}} 권사 / 특송: 새가족 찬양팀(인도 {{r:고민철}} 형제)

■ 북한선교부 소식
{{u:블라디보스토크}}와 {{u:하바롭스크}}에서 일했던 성도님들을 위한 나눔 모임이 매달 셋째 주 토요일에 있습니다. 이번 달에는 {{r:이순옥}} 자매님이 처음 참석하십니다. 이 모임에서 나눈 이야기는 밖으로 전하지 않는 것이 원칙입니다. 고향 음식도 함께 만들어 먹습니다. 이번 메뉴는 {{r:순옥}} 자매님이 추천하신 감자떡입니다.

■ 감사헌금
{{p:김영수}}, {{p:박미란}}, {{p:이정호}}, {{p:오순남}}, {{r:이순옥}}, 무명 2

■ 섬기는 이
담임목사 {{p:정요한}} | 부목사 {{p:이하늘}} | 북한선교부장 {{p:고}} 집사({{p:고은비}}) | 새가족부 {{p:이}} 권사({{p:이명숙}})

"모든 것을 {{u:하나님}}께 감사하라." 이 한 주도 평안하십시오.""",
    },
    {
        "id": "h24-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Myong-su", "전명수", "witness", ["명수"]),
            ("Kim Tae-song", "김태성", "supervisor", []),
        ],
        "note": "Korean TV news transcript on DPRK labour in Qatar before the World Cup; witness surname 전 beside 전 세계, 전에, 전부, 전화 and the caption '전 카타르 파견 노동자' (former); anonymised '전 모 씨' and '전○○' with the given name leaking once through his sister; reporter and researcher private; FIFA president and organisations public.",
        "text": """[뉴스9] 2022년 11월 17일 | 국제

[앵커]
카타르 월드컵 개막이 사흘 앞으로 다가왔습니다. 화려한 경기장 뒤에는 전 세계에서 온 이주노동자들의 땀이 있었는데요. 그 가운데에는 북한 노동자들도 있었습니다. {{p:송민재}} 기자가 전합니다.

[리포트]
{{u:도하}} 북쪽의 신도시 {{u:루사일}}. 결승전이 열릴 {{u:루사일 스타디움}} 주변으로 고층 빌딩이 빼곡합니다.

탈북민 {{r:전}} 모 씨는 2012년부터 4년 동안 이 일대 건설현장에서 일했습니다.

[인터뷰:{{r:전}}○○/전 카타르 파견 노동자(음성변조)]
"전에는 몰랐어요. 우리가 번 돈이 전부 당에 들어가는 줄. 한 달에 손에 쥐는 건 많아야 백 달러였어요."

[기자]
{{r:전}} 씨의 작업반은 마흔 명. 여권은 작업반장 {{r:김태성}}이 보관했습니다. 한여름 낮 기온이 50도 가까이 올라가도 일은 멈추지 않았다고 합니다.

[인터뷰:{{r:전}}○○/전 카타르 파견 노동자(음성변조)]
"{{r:김태성}} 반장이 '조국에서는 이보다 더 힘들다' 그랬어요. 전화요? 전화는 꿈도 못 꿨죠."

[기자]
{{u:카타르}} 정부는 2017년 북한 노동자 비자 갱신을 중단했다고 밝혔지만, 일부는 그 뒤에도 남아 있었다는 증언이 나옵니다. {{u:국제노동기구}}, {{u:ILO}}는 {{u:카타르}}의 노동 개혁이 진전을 보였다고 평가하면서도 이행은 여전히 과제라고 지적합니다.

[기자]
{{r:전}} 씨가 일했던 현장은 지금 고급 호텔과 아파트로 바뀌었습니다. 취재진이 찾아간 곳에서는 네팔과 방글라데시 출신 노동자들이 마무리 공사를 하고 있었습니다. 북한 노동자들을 기억하는 사람도 있었습니다.

[인터뷰:{{p:라주 타망}}/네팔 출신 노동자]
"2015년쯤 옆 현장에 코리안들이 있었어요. 항상 줄을 맞춰 걸었고, 우리와는 한마디도 안 했어요. 대장 같은 사람이 늘 따라다녔어요."

[기자]
{{r:전}} 씨는 현장을 떠날 때까지 {{r:김태성}} 반장의 허락 없이는 숙소 밖으로 한 발짝도 나가지 못했다고 말합니다. 전 세계 언론이 경기장을 비추는 동안, 그는 {{u:서울}}의 작은 원룸에서 이 중계를 지켜볼 예정입니다.

[인터뷰:{{p:사라 벨하지}}/{{u:국제앰네스티}} 연구원]
"임금 체불과 여권 압수는 북한 노동자만의 문제가 아닙니다. 하지만 북한 노동자는 목소리를 낼 통로가 전혀 없습니다."

[기자]
{{u:국제축구연맹}}, {{u:FIFA}}의 {{u:잔니 인판티노}} 회장은 이주노동자 문제에 대해 "많은 진전이 있었다"고 말했습니다. 하지만 {{r:전}} 씨에게 월드컵은 남의 잔치입니다. {{r:전}} 씨의 가족은 아직 {{u:북한}}에 있습니다. 취재진은 이름을 공개하지 말아 달라는 요청에 따라 {{r:전}} 씨의 신원을 가렸습니다.

[인터뷰:{{r:전}}○○/전 카타르 파견 노동자(음성변조)]
"경기장 보면 그냥... 우리 반에 {{p:리성호}}라고 있었는데, 그 동무가 저 근처에서 떨어졌어요. 그 뒤로 본 사람이 없어요."

[기자]
{{r:전}} 씨의 누나 {{p:전명희}} 씨는 전화 인터뷰에서 "우리 {{r:명수}}가 살아 돌아온 것만 해도 기적"이라고 말했습니다. "전에는 동생 이름을 입에 올리는 것도 무서웠다"고도 했습니다.

{{r:전}} 씨는 아직도 밤이면 현장 꿈을 꾼다고 합니다. 꿈속에서는 늘 {{r:김태성}} 반장이 여권을 돌려주지 않는다고 했습니다.

전 세계의 시선이 경기장에 쏠린 지금, 그 경기장을 지은 사람들의 이름은 어디에도 없습니다.

{{u:도하}}에서 {{p:송민재}}입니다.

[앵커]
정부는 월드컵 기간 {{u:카타르}} 현지 {{u:주카타르 대한민국 대사관}}에 안전 대책반을 운영한다고 밝혔습니다. {{u:외교부}}는 북한 노동자 문제에 대해 "{{u:유엔 안보리}} 결의 이행 차원에서 국제사회와 협력하고 있다"고 밝혔습니다. 다음 소식입니다.""",
    },
    {
        "id": "h24-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Kum-sun", "안금순", "witness", ["금순", "安金顺", "안진순"]),
            ("Ri Hyang", "리향", "supervisor", ["향", "李香"]),
        ],
        "note": "Korean oral-history transcript of a garment worker in Hunchun; witness surname 안 beside 안 돼, 공장 안, 불안, 안경 and her name in Chinese characters and its Chinese reading in Hangul; one-syllable supervisor given name 향 beside 향 (scent) and 향수; Korean-Chinese manager with Chinese characters; border crossings as places.",
        "text": """구술 녹취록 | 면담번호 CN-H-112 | 2020년 7월 9일 | 장소: {{u:서울}} 사무실
면담자: {{p:박소연}} | 구술자: {{r:안금순}}(1990년생, {{u:청진}} 출신)

면담자: 먼저 성함과 가신 곳을 말씀해 주시겠어요?
구술자: 저는 {{r:안금순}}이라고 합니다. 2016년 봄에 {{u:훈춘}}으로 갔어요. 중국 사람들은 제 이름을 {{r:安金顺}}이라고 쓰고 '{{r:안진순}}'이라고 불렀어요. 처음엔 누굴 부르는지 몰라서 대답을 안 했다가 혼났어요.

면담자: 어떤 일을 하셨어요?
구술자: 피복공장이에요. 공장 안에 재봉틀이 삼백 대쯤 있었어요. 우리 조선 여자가 이백 명 넘었고요. 아침 일곱 시에 시작해서 밤 열한 시, 열두 시까지. 주문이 밀리면 밤을 샜어요. 화장실도 마음대로 못 갔어요. 안 된다고, 계획 못 한다고.

면담자: 관리는 누가 했나요?
구술자: 우리 쪽 책임자는 {{r:리향}} 지도원이었어요. 다들 뒤에서는 그냥 '{{r:향}}이'라고 했어요. 젊은 여자였는데 무서웠어요. {{r:향}}이가 복도를 지나가면 비누 향이 났어요. 그 향이 나면 다들 고개를 숙였어요. 중국 사장은 {{r:李香}}이라고 써서 서류에 붙였어요.

면담자: 중국 측 관리자도 있었나요?
구술자: 네, 조선족 관리자 {{p:김광철}}이요. 중국 글로는 {{p:金光哲}}. {{p:김}} 관리자는 우리말을 하니까 {{r:리향}} 지도원이랑 늘 붙어 다녔어요. 공장 주인은 한족인데 {{p:류}} 사장이라고만 알아요. {{p:류}} 사장은 일 년에 두 번 봤어요.

면담자: 월급은 어떻게 받으셨어요?
구술자: 받았다고 할 수 없어요. 중국 돈으로 한 달 이천 원 정도 나온다고 들었는데, {{r:향}}이가 장부 보여 주면서 충성자금, 식비, 기숙사비 빼면 남는 게 백오십 원이라고 했어요. 그걸로 비누 사고 생리대 사고 나면 안 남아요.

면담자: 쉬는 날에는 뭘 하셨어요?
구술자: 한 달에 한 번 쉬는 날이 있었는데, 그날도 단체로 시장에 갔다 오는 게 다였어요. {{r:리향}} 지도원이 앞에 서고 우리가 두 줄로 따라갔어요. 시장 아주머니들이 우리를 보고 '조선 아가씨들 왔다' 했어요. 어떤 조선족 할머니는 몰래 사탕을 쥐여 줬어요. {{r:향}}이가 보면 안 되니까 얼른 주머니에 넣었어요. 그 할머니 이름은 몰라요. 지금도 고맙다는 말을 못 한 게 마음에 걸려요.

면담자: 힘드셨던 일이 있었다면요.
구술자: 같은 방 쓰던 {{p:정순이}}가 손가락이 재봉틀에 박혔어요. 바늘이 손톱을 뚫었어요. 병원 안 보내 줬어요. {{p:김광철}} 관리자가 약국에서 약을 사다 줬어요. {{p:순이}}는 울지도 못하고 붕대 감고 다음 날 또 일했어요. 그때부터 저는 늘 불안했어요. 안경 낀 애들이 많았는데 다 눈이 나빠져서 그래요. 저도 {{u:훈춘}}에서 안경을 처음 꼈어요.

면담자: 어떻게 나오시게 됐나요?
구술자: 2018년에 {{u:두만강}} 건너 {{u:나선}}으로 돌아가라는 지시가 내려왔어요. 제재 때문이라고요. 돌아가기 사흘 전에 {{p:김광철}} 관리자가 조용히 저를 불러서 "{{r:금순}}아, 너 돌아가면 안 된다" 그랬어요. 왜 그랬는지 지금도 몰라요. 그 사람 사촌이 {{u:연길}}에서 사람을 빼내는 일을 했대요. 저는 그날 밤 공장 안 창고에 숨어 있다가 새벽에 트럭을 탔어요. 트럭 기사는 끝내 이름을 안 알려 줬어요. {{u:연길}}에서 {{u:쿤밍}}까지 가는 데 한 달 걸렸어요.

면담자: {{r:리향}} 지도원은 그 뒤로 어떻게 됐는지 아세요?
구술자: 몰라요. {{r:향}}이도 불쌍한 사람이에요. 위에서 시키는 대로 한 거죠. 그래도 용서는 안 돼요. 지금도 그 비누 향 비슷한 향수 냄새만 맡으면 가슴이 뛰어요.

면담자: 오늘 말씀 고맙습니다, {{r:금순}} 씨.
구술자: 제 이름은 빼 주세요. 그냥 '{{u:훈춘}}에서 일한 여자'로 써 주세요.""",
    },
    {
        "id": "h24-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ko Yong-chol", "고영철", "witness", ["영철", "고고"]),
            ("Pak Un-ha", "박은하", "relative", ["은하"]),
        ],
        "note": "KakaoTalk group chat export between NGO staff and a former worker from Dubai; witness surname 고 beside 고마워요, 고생, 고향, 고기 and his nickname 고고 beside the interjection 고고; fiancee's given name 은하 beside 은하수 (Milky Way); display names with emoji; speaker labels count as mentions.",
        "text": """해외노동 지원팀 님과 카카오톡 대화
저장한 날짜 : 2021-05-03 22:41:07

--------------- 2021년 5월 2일 일요일 ---------------
[{{p:수진}} 간사🌷] [오후 8:02] 다들 주말 잘 보내셨어요? 오늘 {{r:영철}} 씨가 들어왔어요 🙌
[{{p:수진}} 간사🌷] [오후 8:02] {{r:고영철}} 씨, 인사 한번 해 주세요 ㅎㅎ
[{{r:고영철}}] [오후 8:05] 안녕하십니까 {{r:고영철}}입니다 👍 초대해 주셔서 고맙습니다
[{{p:태일}}] [오후 8:06] 반가워요 ㅎㅎ 우리는 그냥 {{r:고고}}라고 불러요 😆 {{r:고고}} 형님 환영합니다
[{{r:고영철}}] [오후 8:06] ㅋㅋ 네 {{r:고고}} 좋습니다
[{{p:미란}}💜] [오후 8:07] 자 그럼 오늘 회의 시작해요 고고!! 🎉
[{{p:수진}} 간사🌷] [오후 8:09] {{r:영철}} 씨가 {{u:두바이}}에서 일하실 때 이야기를 조금 해 주시기로 했어요. 편하게 써 주세요
[{{r:고영철}}] [오후 8:12] 네. 저는 2015년부터 2018년까지 {{u:두바이}} 건설장에 있었습니다. 반장은 {{p:차}}가였고 이름은 {{p:차명길}}. 여권은 {{p:차}} 반장이 다 가지고 있었습니다
[{{r:고영철}}] [오후 8:13] 월급은 한달에 800디르함이라는데 손에 받은건 100도 안됐습니다
[{{p:태일}}] [오후 8:14] 와... 진짜 고생 많으셨어요 😢
[{{r:고영철}}] [오후 8:15] 고생은 다 했지요 ㅎㅎ 고향 생각이 제일 힘들었습니다
[{{p:미란}}💜] [오후 8:16] 오늘 자료에 있는 {{r:박은하}} 님은 누구세요?
[{{r:고영철}}] [오후 8:18] 약혼한 사람입니다. {{r:은하}}는 {{u:단둥}} 피복공장에 있습니다. 2019년에 마지막으로 소식 들었습니다
[{{r:고영철}}] [오후 8:18] 이름이 은하수 할 때 은하입니다 🌌 ㅎㅎ 별 보면 생각납니다
[{{p:수진}} 간사🌷] [오후 8:20] 😭 {{r:은하}} 씨 소식은 저희가 {{u:단둥}} 쪽 활동가한테 조심스럽게 알아볼게요. 이름은 이 방 밖에서는 쓰지 말아 주세요
[{{p:태일}}] [오후 8:21] 넵 🙏
[{{p:미란}}💜] [오후 8:21] 네 알겠습니다
[{{r:고영철}}] [오후 8:22] 그리고 {{u:두바이}}에서 같이 있던 반 사람들은 다 2018년에 들어갔습니다. 저만 {{u:아부다비}}에서 빠졌습니다
[{{p:태일}}] [오후 8:22] 고생 많으셨습니다 형님 ㅠㅠ 고생이라는 말로도 부족하네요
[{{r:고영철}}] [오후 8:23] 고맙습니다. {{r:은하}} 아버지 {{p:박철수}} 씨가 {{u:신의주}}에 계십니다. 그분 다칠까봐 걱정입니다
[{{p:수진}} 간사🌷] [오후 8:25] 그 부분도 조심할게요. 다음 주 목요일에 {{u:통일부}} 면담 있으니까 {{p:태일}} 씨가 동행해 주세요
[{{p:태일}}] [오후 8:26] 네 제가 모시고 갈게요 {{r:고고}} 형님 😎

--------------- 2021년 5월 3일 월요일 ---------------
[{{r:고영철}}] [오후 7:40] 어제 말씀 못 드린게 있습니다. {{u:두바이}}에서 같이 일한 {{p:고성진}}이라는 동무도 있는데 저랑 성만 같고 친척은 아닙니다
[{{r:고영철}}] [오후 7:41] 그 동무는 아직 거기 있습니다. {{u:샤르자}} 현장으로 옮겼다고 들었습니다
[{{p:미란}}💜] [오후 7:45] 아 {{p:고성진}} 님은 {{r:고고}} 님이랑 헷갈리지 않게 메모할게요 📝
[{{p:수진}} 간사🌷] [오후 7:47] {{r:영철}} 씨 다음 주 면담 때 {{r:은하}} 씨 사진 있으면 가져와 주세요. 저희만 보고 바로 지울게요
[{{r:고영철}}] [오후 7:48] 사진은 없습니다. 휴대폰은 {{p:차}} 반장이 다 걷어서 부쉈습니다. 은하수 보면서 얼굴 생각합니다 🌌
[{{p:수진}} 간사🌷] [오후 7:50] 오늘 저녁은 고기 먹으러 가요 🍖 {{r:영철}} 씨 환영회!
[{{r:고영철}}] [오후 7:51] 고기 좋습니다 ㅎㅎ 고고!
[{{p:태일}}] [오후 7:51] 고고 🚗""",
    },
    {
        "id": "h24-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pyo Song-nam", "표성남", "witness", ["성남", "PYO SONG NAM", "表成男", "表成南"]),
            ("Kye Yong-hui", "계영희", "relative", ["桂英姬"]),
        ],
        "note": "NGO Korean translation of a Chinese border inspection record for a dispatched worker; surname 표 beside 기차표, 통계표, 표를 끊다, 투표; ALL CAPS and Chinese-character forms of names; given name 성남 beside the city 성남시; Chinese officers' names in characters and Hangul; sanctioned DPRK trading company as a public name.",
        "text": """[번역문] {{u:중화인민공화국}} {{u:단둥}} 출입국변방검사참 출입경 기록 (발췌)
원문: 중국어 | 번역: {{p:윤서영}} | 번역일: 2021. 3. 8.
※ 원문 서식의 표를 그대로 옮겼으며, 괄호 안은 번역자 주임.

1. 인적사항
성명(중문): {{r:表成男}}
성명(영문): {{r:PYO SONG NAM}}
성명(조선문): {{r:표성남}}
성별: 남 | 생년월일: 1984. 03. 12.
국적: {{u:조선민주주의인민공화국}}
여권 종류: 공무 (번호 가림)
입경 목적: 노무 (원문 '劳务')
파견 단위: {{u:조선릉라도무역총회사}}
국내 초청 단위: {{u:단둥}} 소재 수산물 가공업체 (업체명 가림)

2. 출입경 내역 (통계표 원문 순서대로)
| 일자 | 구분 | 통로 | 비고 |
| 2016. 08. 03. | 입경 | {{u:중조우의교}} | 단체 32명 중 1명 |
| 2017. 08. 02. | 출경 | {{u:중조우의교}} | 비자 갱신, 당일 재입경 |
| 2017. 08. 02. | 입경 | {{u:중조우의교}} | 상동 |
| 2019. 12. 21. | 출경 예정 | 열차 | 기차표 번호 기재됨(가림) |
※ 2019년 12월 21일 출경 예정으로 기록되었으나 실제 출경 기록은 없음. 본인 진술에 따르면 이날 {{u:신의주}}행 기차표를 끊었으나 기차에 타지 않았음.

3. 동반 가족
없음. 처 {{r:계영희}}({{r:桂英姬}})는 {{u:평안북도}} {{u:정주}}에 거주한다고 신고함.

4. 담당 검사원
{{p:왕하이펑}}({{p:王海峰}}), 확인 {{p:리훙}}({{p:李红}})

5. 번역자 주
가. 성명 표기: 중국 측은 '표' 성을 '表'로 적었다. 조선문 서류에는 '{{r:표성남}}'으로, 여권 기계판독란에는 '{{r:PYO SONG NAM}}'으로 되어 있다. 세 표기 모두 동일인이다.
나. 본인은 {{u:한국}} 입국 후 {{u:경기도}} {{u:성남시}}에 정착했다. 주변에서 '{{u:성남}}에 사는 {{r:성남}} 씨'라고 부른다며 웃었다. 보고서에서 지명 '{{u:성남}}'과 이름 '{{r:성남}}'이 섞이지 않도록 주의할 것.
다. {{r:표}} 씨는 "기차표를 끊은 날이 제 인생에서 처음으로 제 손으로 뭘 정한 날"이라고 했다. 이 진술은 면담 기록 CN-D-087에 있다.
라. 처 {{r:계영희}} 씨의 현재 소재는 알 수 없다. {{r:표성남}} 씨는 처가 "투표하러 나갈 때마다 감시받는다"는 말을 2020년 인편으로 들었다고 한다.
마. 원문 2쪽의 도장은 판독이 어려워 표로 정리하지 않았다. 필요하면 원본 사진을 {{p:윤서영}}에게 요청 바람.
바. 원문 3쪽에는 '{{r:表成男}}'의 '男'이 '南'으로 잘못 적힌 곳이 한 군데 있다({{r:表成南}}). 같은 사람이다.
사. 검사원 {{p:왕하이펑}}의 서명 옆에 '表 已核对'(서식 대조 완료)라는 메모가 있는데, 여기서 '表'는 성이 아니라 서식(표)을 가리킨다.

6. 본인 면담 요지 (2021. 2. 17., {{u:서울}})
- {{r:표성남}} 씨는 {{u:단둥}}의 공장에서 냉동 오징어를 손질했다. 작업반장 {{p:현광수}}가 여권과 외국인 거류증을 보관했다.
- 2017년 8월 2일 출경과 재입경이 같은 날로 나오는 것은 비자 갱신을 위해 다리만 건넜다 온 것이라고 한다. "다리 한가운데서 돌아서라는 말을 듣고 돌아섰다. 표를 보여 주고 다시 들어왔다."
- 2019년 12월의 기차표는 {{p:현}} 반장이 직접 끊어 나누어 주었다. {{r:성남}} 씨는 그 표를 지금도 지갑에 넣고 다닌다.

7. 관련 문서
- {{u:유엔 안전보장이사회}} 결의 2397호에 따른 송환 대상자 명단과 대조 필요 (담당 {{p:한도윤}})
- {{u:법무부}} 출입국 기록과 대조 완료""",
    },
    {
        "id": "h24-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Mun Kyong-ho", "문경호", "witness", ["경호"]),
            ("Ri Chol-ho", "리철호", "supervisor", ["철호"]),
        ],
        "note": "Payroll ledger of a logging team in Amur Oblast pasted as a table, with the NGO's reading notes; witness surname 문 beside 문 (door), 문서, 질문 and a second, unrelated 문 in the table; given name 경호 beside 경호원 (bodyguard); impossible payday 6월 31일; the supervisor's own row in the ledger.",
        "text": """[사진 판독문] 임금 지불 대장 — 2017년 5월분
출처: 증언자 {{r:문경호}} 씨 휴대전화 사진 3장 (2017. 6. 2. 촬영)
판독: {{p:오지현}} | 검토: {{p:서민준}}

기업소: 벌목 사업소 제2연합 | 작업반: 제3작업반 ({{u:아무르주}} {{u:틴다}} 북쪽 80km)
작업반장: {{r:리철호}}

| 번호 | 성명 | 직종 | 출근 | 계획금($) | 충성자금 | 식비·숙박 | 계획미달 공제 | 실지급 |
| 1 | {{r:리철호}} | 반장 | 31 | 900 | 200 | 120 | 0 | 580 |
| 2 | {{r:문경호}} | 벌목공 | 31 | 700 | 250 | 120 | 300 | 30 |
| 3 | {{p:강성국}} | 벌목공 | 31 | 700 | 250 | 120 | 300 | 30 |
| 4 | {{p:문철}} | 운반공 | 29 | 650 | 250 | 120 | 260 | 20 |
| 5 | {{p:서광일}} | 벌목공 | 31 | 700 | 250 | 120 | 300 | 30 |
| 6 | {{p:전영호}} | 톱수리 | 31 | 600 | 250 | 120 | 230 | 0 |
| 7 | {{p:차명수}} | 취사 | 31 | 500 | 200 | 120 | 180 | 0 |
| 8 | {{p:안영길}} | 벌목공 | 12 | 280 | 250 | 120 | 0 | -90 |
| 합계 | | | | 5,030 | 1,900 | 960 | 1,570 | 600 |

지급일: 2017년 6월 31일
확인: 반장 {{r:리철호}} (수표) / 회계 {{p:림정숙}} (수표)

판독 메모
1. 지급일 '6월 31일'은 원문 그대로이다. 6월에는 31일이 없다. {{r:문경호}} 씨는 "장부는 원래 날짜를 대충 쓴다"고 했다.
2. 4번 {{p:문철}}은 증언자와 성만 같고 친척이 아니다. 표에서 두 '문'을 혼동하지 말 것.
3. 8번 {{p:안영길}}은 5월 12일 나무에 깔려 다쳤다. 실지급이 마이너스인 것은 치료비를 빚으로 달아 놓았기 때문이라고 한다.
4. 반장 {{r:리철호}}의 실지급 580달러는 다른 사람의 스무 배 가까이 된다. {{r:철호}} 반장은 사업소 지배인의 경호원 노릇도 했다고 한다. (경호원은 직책이 아니라 별명에 가깝다는 것이 {{r:문}} 씨의 설명.)
5. 사진은 숙소 문 옆 게시판에 붙어 있던 문서를 밤에 찍은 것이다. {{r:문경호}} 씨는 문을 잠그고 찍었다고 한다.
6. 표의 '수표'는 서명을 뜻하는 북한 말이다. 반장 {{r:리철호}}의 수표는 또렷하지만 회계 {{p:림정숙}}의 수표는 도장으로 대신했다. {{r:문}} 씨는 회계를 한 번도 본 적이 없다고 한다.

면담 중 질문과 답 (2019. 11. 14.)
질문: 이 장부를 왜 찍었습니까?
답: 언젠가 누가 물어볼 것 같았습니다. 우리가 얼마를 벌었는지. 이렇게 질문해 주는 사람이 있을 줄은 몰랐습니다.
질문: 반장은 찍은 것을 알았습니까?
답: 몰랐습니다. 알았으면 저는 여기 없습니다. {{r:철호}} 동지는 문서 하나 잃어버려도 사람을 잡았습니다.
질문: 충성자금은 어디로 갔습니까?
답: 반장이 모아서 한 달에 한 번 {{u:하바롭스크}}에 있는 대표부로 가져갔습니다. 우리는 영수증을 본 적이 없습니다. {{p:문철}}이는 그걸 따졌다가 생활총화에서 비판받았습니다.
질문: 8번 {{p:안영길}} 씨는 그 뒤 어떻게 되었습니까?
답: 다리를 절면서 석 달 더 일했습니다. 빚을 다 갚아야 돌아갈 수 있다고 했습니다. 그 뒤로는 모릅니다.
질문: 본인 이름이 공개되어도 됩니까?
답: 안 됩니다. '{{r:경호}}'라는 이름도 쓰지 마십시오. 경호원 할 때 그 경호라서 기억하기 쉽다고 다들 놀렸습니다.

※ 판독자 주: 이 장부는 {{u:러시아}} 측 업체의 급여 명세와 대조하지 못했다. {{u:러시아}} 측 금액은 1인당 월 38,000루블로 알려져 있다.""",
    },
    {
        "id": "h24-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Chol-su", "강철수", "witness", ["Кан Чхоль Су", "Кан Чхол Су", "KANG CHOL SU"]),
            ("Choe Kwang-bok", "최광복", "supervisor", ["Чхве Гван Бок"]),
        ],
        "note": "Unofficial Korean translation of a Vladivostok district court ruling on a migration offence, with Russian quotations; witness surname 강 beside 강 건너, 강제, 강하게 and the Amur river; supervisor in Cyrillic with genitive and instrumental endings; Russian foreman declined (Семёнова, Семёновым) and the judge by surname and initials; court and street named after people.",
        "text": """[비공식 번역] {{u:블라디보스토크시 프룬젠스키 구역 법원}} 결정 (발췌)
원문: ПОСТАНОВЛЕНИЕ по делу об административном правонарушении
번역: {{p:김나탈리아}} | 검토: {{p:정우진}}

2018년 10월 4일, {{u:블라디보스토크}}
{{u:블라디보스토크시 프룬젠스키 구역 법원}} 판사 {{p:예.베. 랍테바}}({{p:Лаптева Е. В.}})는 {{u:러시아연방}} 행정위반법 제18.8조 제3.1항 위반 사건을 심리하였다. 대상자는 {{u:조선민주주의인민공화국}} 국적자 {{r:강철수}}(원문 «{{r:Кан Чхоль Су}}», 여권 {{r:KANG CHOL SU}}), 1982년생이다.

1. 사실관계
{{r:강철수}}는 2016년 5월 노동 목적으로 입국하였으나 2018년 2월 노동허가가 만료된 뒤에도 {{u:블라디보스토크}}에 체류하며 {{u:아드미랄라 포키나 거리}}(원문 «{{u:улица Адмирала Фокина}}») 소재 건물 내부 수리 공사에 종사하였다. 원문은 그를 «гражданина КНДР {{r:Кан Чхоль Су}}»로 적고 있다(외국 성명이 모음으로 끝나 격변화하지 않음).

2. 증거
가. 공사 현장 작업반장 {{p:이고르 세묘노프}}의 진술: 원문 «показаниями прораба {{p:Семёнова И. А.}}». {{p:세묘노프}}는 북한 노동자들을 «бригадир {{r:Чхве Гван Бок}}»을 통해 관리했다고 진술하였다.
나. 북한 측 작업반장 {{r:최광복}}의 진술서: 원문 «объяснение {{r:Чхве Гван Бока}}». 다만 {{r:최광복}}은 법정에 출석하지 않았다.
다. 통역인 {{p:Ким Е. Н.}}(번역자 주: {{p:김 엘레나}})의 참여 아래 작성된 {{r:강철수}} 본인의 진술.
라. 현장 사진 및 «акт проверки, составленный {{p:Семёновым}}».

3. 대상자의 진술 요지
{{r:강철수}}는 "여권은 처음부터 {{r:최광복}} 반장이 가지고 있었고, 노동허가가 끝난 것도 몰랐다"고 진술하였다. 또 "{{r:최}} 반장이 강 건너 {{u:중국}} 쪽으로 보낸다고 하다가 다시 현장에 남으라고 했다", "돌아가면 처벌받는다, 강하게 말할 수는 없지만 돌아가고 싶지 않다"고 하였다. 법정은 강제로 노동을 강요당했다는 주장에 대해서는 본 사건의 심리 범위가 아니라고 하였다.

4. 판단
법원은 {{r:Кан Чхоль Су}}에게 벌금 5,000루블과 함께 {{u:러시아연방}} 밖으로의 강제출국(원문 «административное выдворение»)을 명하고, 집행 시까지 {{u:블라디보스토크}} 소재 외국인 임시수용시설에 수용하도록 하였다. 원문: «поместить {{r:Кан Чхоль Су}} в специальное учреждение».

5. 번역자 주
가. 원문의 «{{r:Чхве Гван Бока}}»는 «{{r:Чхве Гван Бок}}»의 생격이다. 동일인 {{r:최광복}}이다. {{p:Семёнова}}와 {{p:Семёновым}}도 모두 {{p:세묘노프}} 한 사람이다.
나. 법원 이름의 '{{u:프룬젠스키}}'는 인명 {{u:프룬제}}에서 온 구역 이름이며 사건 관계인을 가리키지 않는다. 거리 이름의 '{{u:포키나}}'({{u:포킨}} 제독)도 마찬가지다.
다. {{r:강}} 씨는 결정 후 {{u:아무르강}} 쪽 수용시설로 옮겨졌다는 소문이 있었으나 확인되지 않았다. 2019년 {{r:강철수}} 씨는 제3국을 거쳐 {{u:한국}}에 입국하였다.
라. 판사 {{p:랍테바}}의 성은 원문에서 «судья {{p:Лаптева}}»로만 나온다.
마. 원문 2쪽에는 {{r:강철수}}의 이름이 한 번 «{{r:Кан Чхол Су}}»로 적혀 있다(연음 부호 누락). 오기로 보인다. 또 «прораб {{p:Семёнов}}»은 러시아인 현장 작업반장으로, 북한 측 작업반장 {{r:최광복}}과 다른 사람이다.""",
    },
    {
        "id": "h24-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pang Kum-chol", "방금철", "supervisor", ["금철", "Bang Geum-cheol", "방rmacjf"]),
            ("Sim Yong-ae", "심영애", "witness", ["영애"]),
        ],
        "note": "Translator's glossary (Korean to English) for testimony work; supervisor whose name 방금철 begins with the adverb 방금 (just now) and contains 방 (room), once typed with the keyboard switched to Latin halfway (방rmacjf); witness name 영애 beside the honorific noun 영애; public figures and DPRK bodies.",
        "text": """해외노동 증언 번역 용어집 (한→영) v2.3
작성: {{p:이다솜}} | 검토: {{p:Rachel Choi}} | 최종 수정: 2022. 9. 14.

일러두기
- 용례는 실제 증언에서 뽑았다. 증언자 이름은 내부용이며 외부 문서에서는 코드로 바꾼다.
- 인명 번역은 북한식 로마자를 따른다(예: 리, 림, 로).

| 용어 | 영문 | 설명 / 용례 |
| 충성자금 | loyalty fund | 월급에서 떼는 상납금. 용례: "{{r:방금철}} 반장은 매달 충성자금으로 100달러를 뗐다"(증언 KR-31). |
| 지배인 | manager | 파견 기업소의 현지 책임자. 작업반장보다 위. |
| 작업반장 | team leader | 용례: "{{r:금철}}이 형은 반장이 되고 나서 딴사람이 됐다"(KR-31). |
| 보위지도원 | security guidance officer | {{u:국가보위성}} 소속. 'political minder'로 옮기지 말 것. |
| 생활총화 | life review session | 주 1회 자기비판·호상비판 모임. 용례: "생활총화 때 {{r:심영애}} 동무가 울면서 자기비판을 했다"(KR-44). |
| 외화벌이 | foreign-currency earning | {{u:조선노동당}} {{u:39호실}} 관련 맥락이면 주석 달 것. |
| 아바이 | old man (NE dialect) | 존칭이 아니라 친근한 호칭. |
| 방 | room | 숙소 방. 용례: "한 방에 열두 명이 잤다." |
| 현장 | site | 건설·벌목 현장. '{{u:쿠웨이트}} 현장', '{{u:단둥}} 현장'처럼 지명과 함께 쓴다. |
| 방금 | just now | 아래 '주의 3' 참조. |
| 영애 | (honorific) daughter | 아래 '주의 4' 참조. |

주의 사항
1. 기계번역 오류: 자동번역기가 "{{r:방금철}} 반장이 방금 왔다"를 "The team leader just came just now, iron"처럼 옮긴 사례가 있다. '방금'이 부사인지 이름의 앞부분인지 반드시 원문을 확인할 것.
2. 한/영 전환 오류: 증언자 {{r:심영애}} 씨가 보낸 문자에서 반장 이름이 '{{r:방rmacjf}}'로 입력되어 있었다. 한글 자판 상태를 바꾸다가 생긴 것으로, {{r:방금철}}과 같은 사람이다. 검색할 때 '{{r:방rmacjf}}' 같은 형태도 함께 찾을 것.
3. '방금'과 '방': {{r:방}} 반장(= {{r:방금철}})과 '방'(room)이 한 문장에 같이 나오는 경우가 많다. 예: "{{r:방}} 반장이 방금 우리 방에 들어왔다." 세 낱말을 각각 따로 옮길 것.
4. '영애': 남한 언론은 {{u:김정은}}의 딸 {{u:김주애}}를 가리켜 '영애'라고 쓰기도 한다. 증언자 {{r:심영애}}의 이름 '{{r:영애}}'와 혼동하지 말 것. 예: "{{r:영애}} 씨는 그 뉴스를 보고 웃었다."
5. 친족 호칭: '{{r:금철}}이 형', '{{p:옥희}} 언니'처럼 이름 뒤에 붙는 호칭은 옮기지 않고 이름만 쓴다. '형', '언니' 단독은 인명이 아니다.
6. 지명: {{u:김책}}, {{u:김정숙군}}처럼 인명에서 온 지명({{u:김책시}}는 인물 {{u:김책}}에서 옴)은 문맥으로 구별할 것. "{{u:김책}}에서 왔다"는 지명이다.

7. 성씨 표기: '방'은 북한 여권에 PANG, 남한식으로 BANG으로 적힌다. KR-31의 영문 요약에는 {{r:Pang Kum-chol}}, 다른 단체 자료에는 {{r:Bang Geum-cheol}}로 나온다. 모두 {{r:방금철}}이다.

용례 원문 (KR-44, {{r:심영애}} 씨)
"{{r:방금철}}이는 우리 고향 사람이에요. {{u:단둥}}에 와서 반장 되더니 방에 들어와서 휴대폰을 다 걷어 갔어요. 제가 방금 말한 그 사람이요. {{r:금철}}이 어머니 {{p:로순자}} 아주머니는 착한 분이었는데."

참고: 용어집 관련 문의는 {{p:이다솜}}에게.""",
    },
    {
        "id": "h24-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("To Yong-suk", "도영숙", "witness", ["Do Young-sook", "영숙", "都英淑"]),
            ("Ha Chun-ok", "하춘옥", "supervisor", []),
        ],
        "note": "Korean NGO field officer's weekly report from Yanbian; witness surname 도 beside 도 (province), the particle 도 and the city 도문; once with a soft hyphen inside the name copied from a PDF; supervisor surname 하 beside 하루, 하지만; Chinese-character form of the witness's name; local helpers.",
        "text": """주간 현장 보고 | 2019년 제22주 (5. 27.~6. 2.)
작성: {{p:남궁현}} (연변 주재 현장활동가) | 수신: {{u:서울}} 사무국

1. 이번 주 동선
{{u:연길}}(5. 27.~29.) → {{u:도문}}(5. 30.) → {{u:용정}}(5. 31.) → {{u:연길}}. {{u:길림성}} 공안의 불시 검문이 늘어 도 경계를 넘을 때마다 신분증 검사가 있었다.

2. 주요 접촉: {{r:도영숙}}
- {{r:도영숙}}(여, 1988년생, {{u:함경북도}} {{u:회령}} 출신)은 {{u:도문}}의 수산물 가공공장에서 일한다. 중국 측 명부에는 {{r:都英淑}}으로 적혀 있다. 지난 보고서(PDF에서 복사)에 이름이 '{{r:도영\u00ad숙}}'으로 깨져 들어가 검색이 안 된 일이 있었으니 주의 바람.
- 5월 30일 {{u:도문}} 시장 뒤 식당에서 15분 면담. {{r:도}} 씨는 "하루 열두 시간, 한 달에 하루 쉰다"고 했다. 공장에는 북한 여성 180명이 있고 같은 건물에 중국 노동자도 있다고 한다.
- 책임자는 {{r:하춘옥}} 반장. {{r:하}} 반장은 여권과 휴대폰을 모두 걷어 갔다. 하지만 {{r:영숙}} 씨는 중국인 동료 {{p:리메이}}의 휴대폰을 빌려 우리와 연락했다.
- {{r:영숙}} 씨도 처음에는 말을 아꼈다. 그러나 어머니 {{p:도순애}} 씨가 {{u:회령}}에서 병을 앓고 있다는 말을 하다가 울었다. 송금은 {{r:하춘옥}} 반장을 통해서만 가능하고, 실제로 도착하는지 본인도 모른다.
- {{r:도영숙}} 씨에 따르면 {{r:하춘옥}} 반장은 {{u:평양}}의 어느 무역회사 간부의 처제라서 누구도 거스르지 못한다. 하루는 {{r:하}} 반장이 숙소 점검을 하다가 {{r:영숙}} 씨 베개 속에서 {{u:한국}} 드라마가 든 USB를 찾아냈는데, 아무 말 없이 자기 주머니에 넣었다고 한다. {{r:도}} 씨는 "그 뒤로 반장이 나한테는 조금 덜 모질다"고 했다.
- 공장 점심은 옥수수밥과 배춧국. 한 달에 두 번 생선 머리가 나온다. {{r:도}} 씨도 처음 석 달 동안 6킬로그램이 빠졌다고 한다.

3. 기타 접촉
- {{u:용정}}의 조선족 교회 집사 {{p:허명철}}: 공장 납품 트럭 기사를 안다고 함. 트럭 기사는 '{{p:라오천}}'이라고만 불림.
- {{u:연길}} 택시 기사 {{p:김}}씨: 북한 여성들이 일요일마다 {{u:연변대학}} 앞을 단체로 지나간다고 함. 한 번도 혼자 다니는 걸 본 적이 없다고.
- {{u:도문}} 강변 민박 주인 {{p:최옥란}}: 5월 중순 공장에서 한 여성이 다쳐 {{u:도문시 인민병원}}에 실려 갔다는 소문을 전함. {{r:도}} 씨는 "다친 사람은 {{p:순실}}이"라고 확인해 주었으나 성은 모른다.

4. 평가
- {{r:도영숙}} 씨는 연락을 계속하기를 원한다. 하지만 {{r:하}} 반장이 휴대폰 검사를 하루 두 번으로 늘렸다고 하니 다음 접촉은 2주 뒤로 미룬다.
- 공장 이름은 이번에도 확인하지 못했다. 간판에는 '수산'이라는 글자만 있다.
- {{p:리메이}}에게 사례는 하지 않았다. 그가 원하지 않았다.

5. 요청 사항
- {{r:Do Young-sook}}(남한식 표기)으로 된 옛 파일과 이번 기록을 합칠 것.
- 보고서 본문에는 '{{r:영숙}}' 대신 코드 Y-22를 쓸 것. 이번 주 보고서까지만 실명 사용.

6. 다음 주 계획
- {{u:훈춘}} 방문은 보류. {{u:도문}} 강변 민박 {{p:최옥란}} 씨를 통해 {{p:순실}} 씨의 상태를 다시 확인한다.
- {{r:도영숙}} 씨가 부탁한 위장약과 생리대를 {{p:리메이}} 편으로 전달한다. 물품은 중국 제품으로만 산다.
- {{p:허명철}} 집사가 소개하기로 한 트럭 기사 {{p:라오천}}과는 당분간 직접 만나지 않는다. 검문이 심해 도 경계를 넘는 이동은 한 주에 한 번으로 줄인다.

{{p:남궁현}} 드림""",
    },
    {
        "id": "h24-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Kum-nam", "최금남", "witness", ["Choi Keum-nam", "Kum-nam"]),
            ("Sin Myong-ho", "신명호", "supervisor", ["Shin"]),
        ],
        "note": "WhatsApp group export of volunteers in Kuwait, English with Korean lines; witness as Choe/Choi, Hangul from his helmet and given name with emoji; supervisor surname Sin/Shin beside the word 'sin'; sender names as mentions; city named after a ruler; Kuwaiti authority and hospital.",
        "text": """{{u:WhatsApp}} Chat with {{u:Jahra}} outreach 🇰🇼
02/03/2021, 21:10 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even {{u:WhatsApp}}, can read or listen to them.
02/03/2021, 21:14 - {{p:Noura}}: Salam all. Update on the Korean workers at the {{u:Jahra}} housing site
02/03/2021, 21:15 - {{p:Noura}}: one of them talked to {{p:Joel}} today!! 🙏
02/03/2021, 21:16 - {{p:Joel Mathew}}: yes. He speaks a little English. Name is {{r:Choe Kum-nam}}, he wrote it for me. On his helmet it's written in Korean
02/03/2021, 21:16 - {{p:Joel Mathew}}: photo of the helmet, it says {{r:최금남}}
02/03/2021, 21:18 - {{p:Hyejin KIM}}: 확인했어요. {{r:최금남}} 씨 맞네요. 작년 명단에는 {{r:Choi Keum-nam}}으로 들어가 있었어요. 같은 분이에요
02/03/2021, 21:19 - {{p:Hyejin KIM}}: 반장 이름도 물어봤어요? 작년에는 {{r:신명호}}라는 사람이었는데
02/03/2021, 21:21 - {{p:Joel Mathew}}: he said the boss is Mr {{r:Sin}}. lol fitting, that man is a walking sin 😅
02/03/2021, 21:21 - {{p:Hyejin KIM}}: ㅋㅋㅋ 영어로는 {{r:Shin}}이라고도 써요. 같은 사람. {{r:신}} 반장
02/03/2021, 21:23 - {{p:Noura}}: careful guys. {{r:Sin}} saw {{p:Joel}} with the phone yesterday
02/03/2021, 21:24 - {{p:Joel Mathew}}: I know. I told him I was showing {{r:Kum-nam}} cricket videos 😂
02/03/2021, 21:30 - {{p:Abdullah Al-Enezi}}: What does he need? Food? Medicine?
02/03/2021, 21:31 - {{p:Joel Mathew}}: his hand. Cut in January, never stitched. It is infected I think
02/03/2021, 21:32 - {{p:Abdullah Al-Enezi}}: My cousin {{p:Faisal}} is a nurse at {{u:Al Adan Hospital}}. He can see him on Friday if the Koreans can go out
02/03/2021, 21:33 - {{p:Hyejin KIM}}: 금요일에 {{r:신}} 반장이 보통 {{u:Kuwait City}}에 가요. 그때가 기회일 수도
02/03/2021, 21:33 - {{p:Hyejin KIM}}: (Friday the supervisor usually goes to {{u:Kuwait City}}, maybe that's the chance)
02/03/2021, 21:35 - {{p:Noura}}: ok. {{p:Joel}} can you ask {{r:Kum-nam}} 🙏
02/03/2021, 21:36 - {{p:Joel Mathew}}: <Media omitted>
02/03/2021, 21:36 - {{p:Joel Mathew}}: this is the site gate, {{r:Kum-nam}} is the second from left, blue helmet 💙
02/03/2021, 21:37 - {{p:Hyejin KIM}}: 사진 지워 주세요 제발 🙏 얼굴 나오면 안 돼요
02/03/2021, 21:37 - {{p:Hyejin KIM}}: please delete the photo, his face is visible
02/03/2021, 21:38 - {{p:Joel Mathew}}: This message was deleted
02/03/2021, 21:38 - {{p:Joel Mathew}}: sorry sorry. deleted
02/03/2021, 21:45 - {{p:Noura}}: Also: {{u:Public Authority for Manpower}} inspection next week at the {{u:Sabah Al-Ahmad Sea City}} site, not ours. But {{r:Shin}} will probably hide the Koreans anyway
02/03/2021, 21:47 - {{p:Abdullah Al-Enezi}}: Honestly the sin is on the main contractor too, not only {{r:Sin}}
02/03/2021, 21:48 - {{p:Hyejin KIM}}: 맞아요. 그리고 {{r:금남}} 씨 가족이 {{u:Hamhung}}에 있어서 절대 이름 밖으로 나가면 안 돼요
02/03/2021, 21:49 - {{p:Hyejin KIM}}: his family is in {{u:Hamhung}}, his name must never leave this group
02/03/2021, 21:50 - {{p:Noura}}: understood ❤️ goodnight all
03/03/2021, 07:12 - {{p:Joel Mathew}}: morning. {{r:Choe}} was not at the gate today. Other workers say he is "sick". 😟
03/03/2021, 07:14 - {{p:Hyejin KIM}}: 😢 계속 지켜봐 주세요. {{u:Embassy of the Republic of Korea}} 쪽에는 제가 연락해 볼게요""",
    },
    {
        "id": "h24-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Pak Hye-gyong",
                "박혜경",
                "witness",
                ["Park Hye-kyung", "Bak Hye-gyeong", "PAK HYE GYONG", "혜경"],
            ),
            ("Jo Mi-ran", "조미란", "coworker", ["Mi-ran"]),
        ],
        "note": "Korean embassy in Phnom Penh: English note verbale to the Cambodian ministry and an internal Korean memo about a DPRK restaurant waitress in Siem Reap; witness in Pak/Park/Bak and ALL CAPS; consul with surname 한 beside 한 시간; tuk-tuk driver; boulevards named after kings.",
        "text": """[1] NOTE VERBALE (English original)
No. KHM-2019-0312

The {{u:Embassy of the Republic of Korea}} in {{u:Phnom Penh}} presents its compliments to the {{u:Ministry of Foreign Affairs and International Cooperation}} of the {{u:Kingdom of Cambodia}} and has the honour to inform the Ministry that a female national of the {{u:Democratic People's Republic of Korea}}, Ms. {{r:PAK HYE GYONG}} (as in her passport), born 1994, who has expressed the wish to go to the {{u:Republic of Korea}}, has been under the protection of the Embassy since 10 March 2019.

Ms. {{r:Pak}} was employed at a restaurant in {{u:Siem Reap}} until 9 March 2019. Her passport remains in the possession of the restaurant's manager. The Embassy respectfully requests the Ministry's assistance in issuing an exit permit on humanitarian grounds.

The {{u:Embassy of the Republic of Korea}} avails itself of this opportunity to renew to the Ministry the assurances of its highest consideration.
{{u:Phnom Penh}}, 11 March 2019

[2] 대외비 내부 보고 (국문)
제목: 북한 식당 종업원 {{r:박혜경}} 신병 보호 건
보고자: 영사 {{p:한상우}}

1. 인적사항
 - {{r:박혜경}}({{r:Park Hye-kyung}}). 여권상 {{r:PAK HYE GYONG}}, 식당 직원 명부상 '{{r:Bak Hye-gyeong}}'. 1994년생, {{u:평양}} 출신.

2. 경위
 - 3. 9.(토) 22:10경 {{u:시엠립}} 소재 북한 식당 종업원 {{r:박}}씨가 공연 후 뒷문으로 나와 툭툭 기사 {{p:Sokha}}의 도움으로 {{u:시엠립}} 시내 게스트하우스에 은신.
 - 동료 종업원 {{r:조미란}}도 함께 나오려 했으나 지배인 {{p:오정남}}에게 발각되어 식당으로 돌아감. {{r:박혜경}}은 "{{r:미란}}이가 저 때문에 맞을까 봐 걱정"이라고 함.
 - 3. 10.(일) 새벽 {{p:Sokha}}가 {{u:프놈펜}}까지 약 6시간 운전. 본관이 {{u:Norodom Boulevard}} 인근에서 직접 인수. 한 시간 뒤 공관 도착.

3. 본인 진술 요지
 - 2016년부터 식당 근무. 월급은 지배인이 "당자금"으로 전액 관리. 휴무 없음.
 - 지배인 {{p:오정남}}과 그 처 {{p:리영옥}}이 여권 보관. 식당에 종업원 14명.
 - "{{r:Mi-ran}}은 {{u:평양}}에 아픈 어머니가 있어서 못 나왔다."

4. 조치 및 건의
 - {{u:외교부}} 본부 보고 완료, 관계기관 통보.
 - 주재국 외교부 앞 공한 발송(위 [1]).
 - {{r:조미란}}에 대한 보복 우려가 있으므로 주재국 측에 {{r:조}}씨의 신변 확인을 비공식 요청할지 본부 지침 바람.
 - 언론 대응: {{r:박}}씨 실명 및 식당 위치 비공개. 참고로 {{u:Preah Sihanouk Boulevard}}의 다른 북한 식당은 2018년 폐업한 것으로 파악됨.

5. 특이사항
 - 본인은 한국식 표기 '{{r:Park Hye-kyung}}'을 원함. 여행증명서는 이 표기로 발급 예정.
 - 본인이 {{u:앙코르와트}}에 한 번도 가 보지 못했다고 하여 출국 전 {{p:Sokha}}가 안내하겠다고 제안하였으나 안전상 불허함.
 - {{r:혜경}} 씨는 현재 안정적이며, 한 시간마다 {{r:미란}} 씨 소식을 묻고 있음.

영사 {{p:한상우}}""",
    },
    {
        "id": "h24-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Rim Chun-hwa", "림춘화", "witness", ["Lim Chun-hwa", "임춘화", "RIM CHUN HWA"]),
            ("Ma Song-il", "마성일", "supervisor", ["MA SONG IL", "马成日", "老马", "Lao Ma"]),
        ],
        "note": "Trilingual annex to a labour cooperation contract for a Donggang seafood plant, with an NGO annotation; worker as Rim/Lim/Im incl. ALL CAPS and the southern 임; team representative surname Ma and his Chinese nickname 老马 (old horse); brands whose names contain surnames (Li-Ning, Lee Kum Kee); sanctioned DPRK company; impossible end date 2021.06.31.",
        "text": """부속서 2 / ANNEX 2 / 附件二
노무협조계약 No. DG-2018-07 의 부속서 (Annex to Labour Cooperation Contract No. DG-2018-07)

갑 / Party A: {{u:동항}}({{u:Donggang}}) 소재 수산물가공회사 (회사명 가림 / name redacted)
을 / Party B: {{u:조선릉라도무역총회사}} / {{u:Korea Rungrado General Trading Corporation}}
계약기간 / Term: 2018.07.01 ~ 2021.06.31

1. 파견인원 명단 / List of dispatched workers
| No | 성명 | Name (passport) | 직무 / Role |
| 1 | {{r:마성일}} | {{r:MA SONG IL}} | 을 대표 / Representative of Party B |
| 2 | {{r:림춘화}} | {{r:RIM CHUN HWA}} | 가공공 / Processing worker |
| 3 | {{p:오명희}} | {{p:O MYONG HUI}} | 가공공 / Processing worker |
| 4 | {{p:한옥별}} | {{p:HAN OK BYOL}} | 가공공 / Processing worker |
| 5 | {{p:고은순}} | {{p:KO UN SUN}} | 취사 / Cook |
(이하 43명 생략 / 43 further names omitted)

2. 임금 / Wages
월 1,800元. 을의 대표 {{r:마성일}}의 계좌로 일괄 지급한다.
RMB 1,800 per month, paid in a lump sum to the account of Mr. {{r:Ma Song-il}}, representative of Party B.
每月1800元，统一支付给乙方代表{{r:马成日}}。

3. 피복 / Work clothing
갑은 작업복 2벌과 운동화({{u:Li-Ning}}) 1켤레를 지급한다.
Party A provides two sets of work clothes and one pair of {{u:Li-Ning}} trainers per worker.

4. 식사 / Meals
쌀, 채소는 갑이 제공한다. 조미료({{u:Lee Kum Kee}} 굴소스 등)도 갑이 부담한다.
Rice and vegetables by Party A. Condiments (e.g. {{u:Lee Kum Kee}} oyster sauce) also at Party A's cost.

5. 여권 및 외출 / Passports and leave
여권은 을의 대표가 보관한다. 외출은 을의 대표의 허가를 받아 단체로만 한다.
Passports shall be kept by the representative of Party B. Workers may leave the premises only in groups and with his permission.

6. 서명 / Signatures
갑 대표 / Party A: {{p:孙建国}} ({{p:Sun Jianguo}})
을 대표 / Party B: {{r:마성일}} ({{r:Ma Song-il}})
입회 통역 / Interpreter: {{p:림영숙}} ({{p:Rim Yong-suk}})

---
NGO annotation (2021-11-02, {{p:H. Seo}}):
This annex was photographed by {{r:Rim Chun-hwa}} in the plant office in 2019. She registered in {{u:Seoul}} as {{r:임춘화}} ({{r:Lim Chun-hwa}}); {{r:RIM CHUN HWA}} above is the same person. Note that the interpreter {{p:림영숙}} shares only the surname and is not related.
Mr. {{r:Ma}} is the man {{r:Chun-hwa}} calls "{{r:마}} 대표". The Chinese staff called him "{{r:老马}}" ({{r:Lao Ma}}, "old horse"); the 马 in his Chinese name is the ordinary character for horse, and the workers joked that {{r:Ma}} worked them like horses.
Clause 3: the trainers were never issued; clause 4: "condiments" meant salt. The contract end date "2021.06.31" does not exist; Ms. {{r:Lim}} says the workers were told in 2019 that the contract was "extended by the Party".
{{r:림춘화}} 씨는 "우리 이름이 계약서에 있다는 걸 처음 알았다"고 했다.""",
    },
    {
        "id": "h24-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Ryon-hui", "김련희", "witness", ["Ryon-hui", "Kim Yeon-hee", "련희"]),
            ("Hwang Un-byol", "황은별", "coworker", ["Star", "은별", "별", "Un-byol"]),
        ],
        "note": "Zalo group chat between a Vietnamese helper and Korean NGO volunteers in Hanoi; waitress as Ryon-hui/Yeon-hee and once typed with the keyboard in Latin mode halfway (김련gml); coworker nickname Star and 별 beside 별명 and a star emoji; a volunteer who shares the former First Lady's name, and the First Lady mentioned as such; city and mausoleum named after Ho Chi Minh.",
        "text": """{{u:Zalo}} - nhóm "{{u:Hanoi}} support" - exported 15/06/2019
[14:02 12/06/2019] {{p:Daniel Park}}: chị {{p:Hoa}}, did you see {{r:Ryon-hui}} again today?
[14:05 12/06/2019] {{p:Nguyễn Thị Hoa}}: Yes. She come to {{u:Đồng Xuân}} market with the other girl, the one they call "{{r:Star}}" ⭐
[14:06 12/06/2019] {{p:Kim Jung-sook}}: {{r:은별}} 씨요! {{r:황은별}}. 별명이 그냥 {{r:별}}이에요 ⭐ 이름에 별이 들어가서
[14:06 12/06/2019] {{p:Kim Jung-sook}}: (her nickname is just "{{r:Star}}", because her name has "star" in it)
[14:07 12/06/2019] {{p:Kim Jung-sook}}: 그리고 {{r:김련gml}}
[14:07 12/06/2019] {{p:Kim Jung-sook}}: 아 한영키 ㅋㅋ {{r:김련희}} 씨는 좀 어때 보였어요?
[14:09 12/06/2019] {{p:Nguyễn Thị Hoa}}: tired. She buy medicine for stomach. She say manager {{p:Ri}} not let her go hospital
[14:10 12/06/2019] {{p:Daniel Park}}: ok. btw {{p:Jung-sook}}, did the consulate reply?
[14:11 12/06/2019] {{p:Kim Jung-sook}}: 아직요. 제 이름 대면 다들 영부인이냐고 물어봐요 ㅋㅋ {{u:김정숙}} 여사님이랑 이름만 같아요
[14:11 12/06/2019] {{p:Kim Jung-sook}}: (everyone asks if I'm the First Lady, {{u:Kim Jung-sook}}. Same name only 😂)
[14:13 12/06/2019] {{p:Nguyễn Thị Hoa}}: haha. In {{u:Vietnam}} we also have many same name
[14:20 12/06/2019] {{p:Daniel Park}}: in the embassy form I wrote {{r:Kim Yeon-hee}}. is that ok?
[14:22 12/06/2019] {{p:Kim Jung-sook}}: North spelling is {{r:Kim Ryon-hui}}. 둘 다 써 주세요. {{r:Ryon-hui}} 씨 여권이 어떻게 적혀 있는지 모르니까
[14:25 12/06/2019] {{p:Nguyễn Thị Hoa}}: {{r:Star}} ask me where is {{u:Ho Chi Minh City}}, how far. I think she want to go south 🤔
[14:26 12/06/2019] {{p:Daniel Park}}: please don't answer that kind of question for now chị {{p:Hoa}} 🙏 it can be a test from the manager
[14:27 12/06/2019] {{p:Nguyễn Thị Hoa}}: ok understand
[14:30 12/06/2019] {{p:Kim Jung-sook}}: {{r:별}}이 엄마가 {{u:함흥}}에 있대요. {{r:은별}} 씨 혼자 움직일 리 없어요
[14:31 12/06/2019] {{p:Kim Jung-sook}}: ({{r:Un-byol}}'s mother is in {{u:Hamhung}}. She won't move alone)
[14:40 12/06/2019] {{p:Nguyễn Thị Hoa}}: Sunday the girls go to {{u:Ho Chi Minh Mausoleum}} with manager, all together. Every month. Photo for {{u:Pyongyang}}
[14:41 12/06/2019] {{p:Daniel Park}}: good to know. {{p:Hoa}}, can you be there on Sunday, just watching?
[14:42 12/06/2019] {{p:Nguyễn Thị Hoa}}: ok. I bring my son, look like tourist 😄
[14:50 12/06/2019] {{p:Kim Jung-sook}}: {{r:련희}} 씨 위약 사러 또 오면 {{p:Hoa}} 언니가 이 번호 좀 몰래 줄 수 있을까요? 📱
[14:52 12/06/2019] {{p:Nguyễn Thị Hoa}}: I try. If manager {{p:Ri}} is there, no
[15:03 12/06/2019] {{p:Daniel Park}}: 👍 thanks all. Remember: no names outside this group. {{r:Ryon-hui}} = "R", {{r:Star}} = "S" from now""",
    },
    {
        "id": "h24-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Son Ok-hui", "손옥희", "witness", ["Ok-hui", "SON OK HUI"]),
            ("Chon Kwang-chol", "전광철", "supervisor", ["Jon Kwang-chol", "Jeon Gwang-cheol"]),
        ],
        "note": "Tanzanian emergency department transfer note for a DPRK clinic nurse, with the clinic's handwritten Korean note; patient surname Son beside 'her son'; clinic head as Chon/Jon/Jeon and 전 beside 이송 전, 전부; Tanzanian staff private; airport and hospital named after presidents.",
        "text": """{{u:Muhimbili National Hospital}} - Emergency Medicine Department
TRANSFER / REFERRAL NOTE
Date: 04/08/2018   Time: 02:40
Referred from: private clinic, {{u:Kariakoo}}, {{u:Dar es Salaam}} (DPRK medical team)
Patient: {{r:SON OK HUI}}   Sex: F   Age: 34
Referring clinician: {{r:Chon Kwang-chol}} (stamp in Korean: {{r:전광철}})

[Attached handwritten note, Korean; translation below]
환자 {{r:손옥희}}, 34세, 우리 진료소 간호원. 8월 1일부터 고열, 오한, 두통. 말라리아 의심. 진료소에서 키니네 치료 3일, 호전 없음. 오늘 밤 의식 흐려짐. 이송 전 해열제 투여. 보호자 없음. 진료소장 {{r:전광철}}.
(Patient {{r:Son Ok-hui}}, 34, nurse at our clinic. High fever, chills and headache since 1 Aug. Suspected malaria. Quinine at clinic for 3 days, no improvement. Reduced consciousness tonight. Antipyretic given before transfer. No guardian. Clinic director {{r:Chon Kwang-chol}}.)

ED ASSESSMENT (Dr {{p:Baraka Msuya}})
GCS 13. T 39.6. mRDT positive, smear P. falciparum 4%. Severe malaria. IV artesunate started 03:05. Admitted to medical ICU.
Pt accompanied by Dr {{r:Jon}} (same as referring clinician; spells his name {{r:Jon Kwang-chol}}), who declined to leave the bedside and answered for the patient.

NURSING NOTE 05/08 (Sr {{p:Neema Mwakyusa}})
Pt more alert. Asked for water and for her son. Ms {{r:Son}} says her son is 9 and lives with her mother in {{u:Pyongyang}}. She cried. Dr {{r:Jon}} visited 10:00 and 18:00, spoke to her in Korean, she stopped talking after each visit.

SOCIAL WORK NOTE 06/08 ({{p:Grace Kimaro}})
Interview with pt alone via phone interpreter (Mr {{p:Lee}}, agency). Pt states:
- Clinic staff (8 doctors, 3 nurses) hand all fees to the director, "{{r:전}} 원장". Interpreter spelled the name for me as {{r:Jeon Gwang-cheol}}.
- "전부 원장님이 가져가요. 저는 한 달에 50달러." (Everything goes to the director. I get 50 dollars a month.)
- Her passport is with the director. She has been in {{u:Tanzania}} since 2015 and has not been outside {{u:Dar es Salaam}} except once to the airport, {{u:Julius Nyerere International Airport}}, "to meet new doctors".
- A colleague, nurse {{p:Ri Hye-suk}}, had malaria in 2017 and was treated only at the clinic.
- She does not want anything written "against {{r:Chon}}". {{r:Ok-hui}} is afraid for her son.
Plan: no action without consent. Information on rights given orally. Contact number of {{u:Legal and Human Rights Centre}} given; she did not take the card.

DISCHARGE 09/08/2018
Clinically improved. Discharged to clinic care; collected by Dr {{r:Jon}} and a driver. Follow-up at {{u:Muhimbili National Hospital}} outpatients on 16/08 - did not attend. (If referred later to {{u:Benjamin Mkapa Hospital}}, copy this note.)""",
    },
    {
        "id": "h24-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hong Chol-man", "홍철만", "witness", ["Chol-man", "HONG CHOL MAN"]),
            ("Ri Song-gun", "리성군", "supervisor", ["이성군", "Li Song Gun", "RI SONG GUN"]),
        ],
        "note": "English translation of a Romanian labour inspection report at a Mangalia shipyard with the Korean interpreter's notes; witness given name Chol-man beside 'the man'; supervisor as 리/이 and Li; Romanian officials and landlord private (domnul Stoica); airport named after a Romanian statesman.",
        "text": """{{u:Inspectoratul Teritorial de Muncă Constanța}}
PROCES-VERBAL DE CONTROL nr. 2209/2016 - English translation
Date of inspection: 22.09.2016   Place: shipyard, {{u:Mangalia}} (name withheld)
Inspectors: {{p:Ioana Popescu}}, {{p:Cristian Dobre}}
Korean interpreter: {{p:Lee Hae-won}} (notes marked [통역 메모] are hers, in Korean)

1. The inspection team found 23 DPRK nationals working as welders and fitters for a subcontractor. All held work permits issued on the basis of contracts in Romanian, which none of the workers could read.

2. Statement of worker {{r:Hong Chol-man}} (passport {{r:HONG CHOL MAN}})
The man stated that he works 12 hours a day, 7 days a week, and receives USD 100 per month in cash. The rest of his salary is "sent to the fatherland" by the team leader.
[통역 메모: 본인은 이름을 '{{r:홍철만}}'이라고 또박또박 말함. 반장 이름을 처음에는 '{{r:리성군}}'이라고 하다가 한국식으로 '{{r:이성군}}'이라고 고쳐 말함. 같은 사람. 반장이 창문 밖에서 보고 있어서 {{r:철만}} 씨가 목소리를 낮춤.]

3. Statement of team leader {{r:Ri Song-gun}}
Mr {{r:Ri}} stated that the workers are paid "in full" and that the money is transferred "at their request". He could not produce written requests. The subcontractor's payroll lists him as "{{r:Li Song Gun}}"; the passport reads {{r:RI SONG GUN}}.
[통역 메모: {{r:리성군}} 반장은 통역인 저에게 "남조선 사람이냐"고 두 번 물었음. 답하지 않음. 그 후 노동자들이 말을 아낌.]

4. Accommodation
Workers are housed in a building rented from domnul {{p:Stoica}} on the road to {{u:2 Mai}}. 23 men in 5 rooms. Domnul {{p:Stoica}} stated that rent is paid by "the Korean boss" in cash.

5. Further statements
Worker {{p:Kim Chol-u}} confirmed the statements of Mr {{r:Hong}}. Another worker, identified only as "{{p:Pak}}", had a burn on his forearm. Mr {{r:Ri}} said it was "an old injury from home".
[통역 메모: {{p:박}} 씨는 "여기서 다쳤다"고 나에게 작게 말함. 보고서에 이름 쓰지 말아 달라고 함. {{r:홍}} 씨도 같은 부탁.]

6. Measures
- Fine to the subcontractor for absence of working-time records.
- Notification to the {{u:Inspectoratul General pentru Imigrări}} and to the {{u:Ministerul Afacerilor Externe}}.
- Follow-up interview with Mr {{r:Hong}} away from the site, proposed for 29.09.2016.

7. Follow-up (note of 30.09.2016)
The 23 workers, including Mr {{r:Hong Chol-man}} and Mr {{r:Ri Song-gun}}, left {{u:Romania}} on 27.09.2016 via {{u:Mihail Kogălniceanu International Airport}}, according to the subcontractor. Not verified.
[통역 메모: {{r:철만}} 씨가 마지막에 "다시 오실 거죠?"라고 물었음. 답을 못 함.]

{{p:I. Popescu}}""",
    },
    {
        "id": "h24-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Choe Yong-chol",
                "최영철",
                "supervisor",
                ["崔英哲", "Cui Yingzhe", "Choi Young-chul", "老崔"],
            ),
            ("Han Un-jong", "한은정", "witness", ["Un-jong"]),
        ],
        "note": "Transcription of a Chinese dormitory notice in Hunchun with pinyin, Korean and English gloss and an NGO note; team leader in Chinese characters, pinyin with tones, Hangul, northern and southern romanization and 老崔; witness surname 한 beside 한 달 and 한국; Chinese factory director in characters and pinyin; economic zone as a public name.",
        "text": """[Photo 3 of 5 - transcription with gloss]
Source: photo taken by {{r:Han Un-jong}} ({{r:한은정}}), dormitory corridor, {{u:珲春}} ({{u:Hūnchūn}}), March 2019.
Line 1 = Chinese original; line 2 = pinyin; line 3 = Korean (as posted below the Chinese); line 4 = English (NGO).

通知
tōngzhī
통지
NOTICE

全体朝鲜工人注意：
quántǐ Cháoxiǎn gōngrén zhùyì:
전체 조선 노동자들은 주의하라:
All DPRK workers, attention:

一、从即日起，未经{{r:崔英哲}}组长批准，任何人不得离开宿舍。
yī, cóng jírì qǐ, wèi jīng {{r:Cuī Yīngzhé}} zǔzhǎng pīzhǔn, rènhé rén bùdé líkāi sùshè.
1. 오늘부터 {{r:최영철}} 조장의 허가 없이는 누구도 숙소를 떠날 수 없다.
1. From today no one may leave the dormitory without the approval of team leader {{r:Choe Yong-chol}}.

二、手机一律交给{{p:赵德明}}厂长保管。
èr, shǒujī yīlǜ jiāo gěi {{p:Zhào Démíng}} chǎngzhǎng bǎoguǎn.
2. 휴대전화는 모두 {{p:조덕명}} 공장장에게 맡긴다.
2. All mobile phones are to be handed to factory director {{p:Zhao Deming}} for safekeeping.

三、工资每月由{{r:崔}}组长统一领取。
sān, gōngzī měi yuè yóu {{r:Cuī}} zǔzhǎng tǒngyī lǐngqǔ.
3. 로임은 매달 {{r:최}} 조장이 일괄 수령한다.
3. Wages are collected each month by team leader {{r:Choe}} on behalf of all.

四、每周日加班，不另付加班费。
sì, měi zhōurì jiābān, bù lìng fù jiābānfèi.
4. 매주 일요일에도 일하며 연장 근무 수당은 따로 없다.
4. Work every Sunday; no separate overtime pay.

{{u:珲春边境经济合作区}}  2019年3月15日
Hūnchūn biānjìng jīngjì hézuòqū, 2019 nián 3 yuè 15 rì
({{u:Hunchun Border Economic Cooperation Zone}}, 15 March 2019)

---
NGO note ({{p:S. Park}}, 2020-01-20)
- {{r:Un-jong}} says the notice stayed on the wall for a month. She photographed it on a phone borrowed from a Chinese cleaner, Auntie {{p:Liu}}. (Use "{{p:Liu}}" only.)
- {{r:Choe}} is called "{{r:최}} 조장" by the workers and "{{r:老崔}}" ({{r:Lǎo Cuī}}, "old {{r:Cui}}") by the Chinese staff. In South Korean spelling his name would be {{r:Choi Young-chul}}. All of these are one man.
- 한 달 뒤 {{r:한은정}} 씨는 손가락을 다쳤고, {{r:최영철}}은 병원에 보내지 않았다고 한다. {{r:한}} 씨는 2019년 가을 {{u:한국}}에 입국했다.
- The factory director {{p:赵德明}} is Han Chinese. {{p:Zhao}} reportedly kept the phones in a locked drawer and returned them only for "family calls" supervised by {{r:Choe}}.
- Do not confuse {{r:최영철}} with the worker {{p:최영철}} from {{u:청진}}, mentioned in interview CN-H-077: same name, different man, different factory.""",
    },
    {
        "id": "h24-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Jong Hyok-chol", "정혁철", "witness", ["혁철", "Hyok-chol", "혁", "Hyok"]),
            ("Kim Ok-nyo", "김옥녀", "relative", []),
        ],
        "note": "Transcription of a mother's voice message from the Chinese border to her son in Seoul, Korean with English translation and [inaudible] marks; son by one-syllable pet name 혁/Hyok with vocative outside the marker; kinship terms (엄마, 아버지, 누나) unmarked; broker and neighbours; caseworker note with the mother's name.",
        "text": """Voice message - transcription and translation
File: VM_0412.m4a (3:41), received 12 April 2023 via {{u:WeChat}} by a friend of the recipient, forwarded to caseworker.
Speaker: mother of {{r:Jong Hyok-chol}}; identifies herself as "{{r:혁철}}이 엄마". Background: wind, a dog, a man's voice (broker?).
Recipient: {{r:Hyok-chol}}, resident in {{u:Seoul}} since 2021; formerly a construction worker in {{u:Moscow}}.
Marks: [inaudible], [crying], [..] = pause.

[00:00] (wind)
[00:04] {{r:혁}}아... {{r:혁}}아, 엄마다. 들리니?
        {{r:Hyok}}-a... {{r:Hyok}}-a, it's Mum. Can you hear me?
[00:11] 여기 {{u:장백}} 건너편이다. {{p:장}}씨 아저씨 전화로 하는 거다. [..] 길게는 못 한다.
        I'm across from {{u:Changbai}}. I'm using Mr {{p:Jang}}'s phone. [..] I can't talk long.
[00:24] 니 아버지는... [inaudible] ... 겨울에 병원에 있었다. 지금은 괜찮다. 걱정 마라.
        Your father... [inaudible] ... was in hospital in the winter. He's fine now. Don't worry.
[00:41] 니 누나 {{p:혁순}}이는 시집갔다. {{u:혜산}}에서 산다. 애가 벌써 둘이다.
        Your sister {{p:Hyok-sun}} got married. She lives in {{u:Hyesan}}. Two children already.
[01:02] [crying] 너 {{u:러시아}}에서 안 돌아왔을 때... 보위부에서 세 번 왔다. [inaudible] 엄마는 모른다고 했다. 진짜 몰랐으니까.
        [crying] When you didn't come back from {{u:Russia}}... the security people came three times. [inaudible] I said I didn't know. Because I really didn't.
[01:30] {{p:옥분}}이 엄마가 너 남쪽에 있다고 하더라. [..] 그 집 아들 {{p:명일}}이도 {{u:모스크바}}에 있었다면서.
        {{p:Ok-bun}}'s mother told me you're in the South. [..] She said her son {{p:Myong-il}} was in {{u:Moscow}} too.
[01:52] 돈은... [inaudible] ... {{p:장}}씨가 보내 준 거 받았다. 반은 {{p:장}}씨가 가졌다. 괜찮다.
        The money... [inaudible] ... I got what Mr {{p:Jang}} sent. Half went to Mr {{p:Jang}}. It's all right.
[02:15] {{r:혁}}아, 밥 잘 먹고 다니니? 남쪽은 쌀밥 먹는다던데.
        {{r:Hyok}}-a, are you eating properly? They say in the South you eat white rice.
[02:33] [man's voice, inaudible] ... 아, 빨리 하라네. [..]
        [man's voice, inaudible] ... he says hurry up. [..]
[02:48] 엄마 이름 같은 거 아무 데도 쓰지 마라. {{r:김옥녀}}라고 쓰면 안 된다. 그냥 엄마라고 해라.
        Don't write Mum's name anywhere. Don't write {{r:Kim Ok-nyo}}. Just say "mother".
[03:05] [crying] ... 우리 {{r:혁철}}이... 사랑한다... [inaudible]
        [crying] ... my {{r:Hyok-chol}}... I love you... [inaudible]
[03:30] (dog barking, message ends at 03:41)

Caseworker note ({{p:Y. Baek}}, 13/04/2023)
- Mother: {{r:Kim Ok-nyo}} ({{r:김옥녀}}), born 1961, {{u:Hyesan}}. Broker "Mr {{p:Jang}}" also known to us from case 2022-117.
- {{r:Hyok-chol}} listened three times and asked us to keep the file. He asked that his sister's name ({{p:혁순}}) and the neighbours ({{p:옥분}}, {{p:명일}}) be removed from any report.
- Do not call the {{u:WeChat}} number back.""",
    },
    {
        "id": "h24-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("No Song-il", "노성일", "witness", ["NO SONG IL", "Noh Sung-il", "성일"]),
            ("Kwak Yong-su", "곽영수", "supervisor", ["KWAK YONG SU"]),
        ],
        "note": "Crew list of a detained DPRK bulk carrier in ALL CAPS with a Korean interviewer's annotations; witness surname NO beside 'NO' in the remarks column, 'NO.' as number and 'NO OBJECTION'; master in ALL CAPS and Hangul; impossible birth date 1981-02-30; real ships and ports as public names.",
        "text": """CREW LIST (copy obtained by the interviewee; transcribed)
NAME OF SHIP: {{u:WISE HONEST}}      FLAG: DPRK
PORT OF ARRIVAL: {{u:BALIKPAPAN}}      LAST PORT: {{u:NAMPO}}
DATE OF ARRIVAL: 2018-04-04      NO. OF CREW: 25

NO. | FAMILY NAME, GIVEN NAME | RANK | DATE OF BIRTH | REMARKS
01 | {{r:KWAK YONG SU}} | MASTER | 1966-05-02 | NO
02 | {{p:RI CHOL HO}} | CHIEF OFFICER | 1971-11-19 | NO
03 | {{p:KIM KWANG JIN}} | 2ND OFFICER | 1978-03-08 | NO
04 | {{p:PAK UN CHOL}} | CHIEF ENGINEER | 1969-07-27 | NO
05 | {{p:SO MYONG GIL}} | 2ND ENGINEER | 1980-01-15 | NO
06 | {{p:HAN SONG IL}} | BOSUN | 1975-09-30 | NO
07 | {{r:NO SONG IL}} | AB | 1981-02-30 | NO
08 | {{p:CHA IL NAM}} | AB | 1985-06-12 | NO
09 | {{p:O CHANG SU}} | OS | 1990-10-10 | NO
(10-25 not transcribed)
MASTER'S DECLARATION: NO OBJECTION TO INSPECTION.  SIGNED: {{r:KWAK YONG SU}}

---
면담자 메모 ({{p:최서현}}, 2021. 5. 19.)
1. 7번 {{r:NO SONG IL}} = 증언자 {{r:노성일}}. {{u:한국}} 입국 후 여권 영문은 {{r:Noh Sung-il}}로 발급받았다. 명부의 생년월일 '1981-02-30'은 존재하지 않는 날짜이며, 본인은 "2월 3일인데 배에서 잘못 썼다"고 한다.
2. REMARKS 란의 'NO'는 '특이사항 없음'이라는 뜻이다. 7번 줄에 NO가 두 번 나오는데, 하나는 성, 하나는 비고. 혼동 주의. 'NO.'는 번호, 'NO OBJECTION'은 이의 없음.
3. 6번 {{p:HAN SONG IL}}은 증언자와 이름 '{{r:성일}}'이 같다. {{r:성일}} 씨는 배에서 두 사람을 '큰 {{p:성일}}', '작은 {{r:성일}}'로 불렀다고 한다. 증언자가 '작은 {{r:성일}}'.
4. 선장 {{r:곽영수}}는 {{u:남포}}에서 석탄을 싣고 출항할 때 "목적지는 묻지 말라"고 했다. {{r:곽}} 선장은 이전에 {{u:Chon Ma San}}에도 탔다고 한다(본인 전언).
5. {{u:Balikpapan}} 정박 중 {{u:Indonesia}} 당국이 배를 억류했다. 선원들은 한 달 넘게 배에 머물렀다. {{r:노성일}} 씨: "{{r:곽영수}} 선장이 매일 밤 '조국이 우리를 데리러 온다'고 했다. 아무도 안 왔다."

증언 발췌 (국문, 녹음 02:14:30~)
"배에서는 저를 '{{r:노}} 동무'라고 했어요. 선장이 '{{r:노}}, 노 젓듯이 일해라' 하고 농담을 했어요. 웃기지도 않았어요. 월급은 한 번도 본 적이 없어요. {{r:곽}} 선장이 전부 장부에 적었다고만 했어요.
인도네시아 사람들이 올라와서 영어로 'Name?' 하길래 '{{r:NO SONG IL}}' 했더니 '{{r:No}}?' 하고 다시 물어요. 'Yes, {{r:No}}.' 그래서 다들 웃었어요. 그게 배에서 제일 많이 웃은 날이에요."

Interviewer's English summary: The witness {{r:No Song-il}} served as able seaman on the {{u:Wise Honest}} until its detention in April 2018. He left the vessel in May 2018 and reached {{u:Seoul}} in 2019. He did not receive wages during his service; the master, {{r:Kwak}}, kept the ledger.""",
    },
    {
        "id": "h24-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yang Chang-il", "양창일", "witness", ["창일"]),
            ("Ri Yong-ho", "리용호", "coworker", ["용호", "Yong-ho"]),
        ],
        "note": "YouTube comment thread under a clip on the St Petersburg stadium built with DPRK labour, Korean, English and a Russian comment; witness surname 양 beside 양 (amount), 양고기 and the ocean name 태평양; a private welder who shares the name of the DPRK foreign minister, with the minister mentioned as such; commenters' display names as private persons; stadium and island as public names.",
        "text": """[{{u:YouTube}}] 영상: 「북한 노동자가 지은 월드컵 경기장」 (12:48) · 조회수 41만회
댓글 1,204개 · 정렬: 인기 댓글순

{{p:김민수}} · 4년 전
{{u:상트페테르부르크}} {{u:크레스톱스키 스타디움}}(지금 {{u:가스프롬 아레나}})을 북한 사람들이 지었다니 처음 알았네요. 2017년에 한 명이 숨졌다는 기사도 봤습니다.
   👍 2.1천 · 답글 38개

   {{r:양창일}} · 4년 전
   제가 2016년에 거기서 일했습니다. 우리 반에 {{r:리용호}}라는 동무가 있었는데 용접을 제일 잘했어요.
   👍 1.8천

   {{p:박지훈}} · 4년 전
   @{{r:양창일}} {{u:리용호}} 외무상이요?? ㅋㅋ 설마
   👍 312

   {{r:양창일}} · 4년 전
   @{{p:박지훈}} 아니요 ㅎㅎ 외무상이랑 이름만 같아요. 우리 {{r:용호}}는 {{u:함흥}} 사람이고 용접공이에요. {{u:북한}}에는 이름 같은 사람이 많습니다. 현장에서도 그 이름 때문에 다들 놀렸어요.
   👍 945

   {{p:이서연}} · 4년 전
   하루에 몇 시간 일하셨어요? 밥은 잘 나왔나요?
   👍 88

   {{r:양창일}} · 4년 전
   @{{p:이서연}} 열네 시간. 밥은 양이 적었어요. 양고기 냄새만 맡아 봤습니다. 러시아 사람들 먹는 거 보면서요. 컨테이너에서 여덟 명이 잤어요. {{u:크레스톱스키섬}} 안에 컨테이너가 줄지어 있었어요.
   👍 1.1천

{{p:Sergei V.}} · 4 years ago
I live in {{u:St Petersburg}}. In 2016 I saw the Korean workers at the stadium every morning, walking in a line. Nobody talked to them. Respect to Mr {{r:Yang}} for writing here.
   👍 604

   {{p:Ольга К.}} · 4 года назад
   Я работала в столовой рядом. Один кореец, кажется {{r:Ли Ён Хо}}, всегда говорил «спасибо» по-русски. Надеюсь, с ним всё хорошо.
   👍 211

   {{r:양창일}} · 4년 전
   @{{p:Ольга К.}} {{r:Yong-ho}}예요! 러시아 사람들은 {{r:리용호}}를 '{{r:Ли Ён Хо}}'라고 적었어요. 고맙습니다. {{r:용호}}는 2017년에 돌아갔어요. 소식은 몰라요.
   👍 530

{{p:Daniel Cho}} · 3 years ago
{{u:FIFA}} knew. Everyone knew. The {{u:2018 FIFA World Cup}} was played on this. Thank you Mr {{r:Yang}}, stay safe.
   👍 977

{{p:Minh Tran}} · 3 years ago
Same story with the restaurants in {{u:Hanoi}}. Thank you for sharing, Mr {{r:Yang}} 🙏
   👍 77

{{p:최유진}} · 3년 전
{{r:양창일}} 님, 혹시 숨진 분 이름 아세요? 기사에는 이름이 안 나와서요.
   👍 190

   {{r:양창일}} · 3년 전
   @{{p:최유진}} 다른 반 사람이라 이름은 모릅니다. 우리 반장 {{p:홍영길}}이 '심장마비'라고만 했어요. 그날 저녁 밥 양이 두 배로 나왔어요. 입막음이라고 다들 알았어요.
   👍 866

{{p:정하늘}} · 3년 전
{{r:창일}} 님 글 보고 울었습니다. {{u:태평양}} 건너 여기까지 와서 이런 글 쓰시기까지 얼마나 힘드셨을지. {{r:용호}} 님도 무사하시길.
   👍 402

   {{r:양창일}} · 3년 전
   @{{p:정하늘}} 고맙습니다. 이제 댓글 그만 쓰겠습니다. 누가 찾아볼까 봐 무섭습니다. 감사했습니다.
   👍 1.3천""",
    },
]
