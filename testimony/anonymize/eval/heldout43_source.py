# ruff: noqa: E501
"""Held-out evaluation passages, set 43. Built by build_heldout.py heldout43.

Forty documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way interviewers type them
(third- and first-person interview summaries, question-and-answer transcripts,
follow-up call notes, reviewers' comments on a testimony, transcribed handwritten
statements, family members' accounts, interpreters' running notes, caseworkers'
diaries and a supervisor's case conference notes); the other half are genres no
earlier set used (data-protection impact assessments, oral-history deeds of gift,
chain-of-custody records, annotated bibliographies, sanctions designation evidence
packages, conference speaker biographies, court applications for a change of name,
job-seeker CVs, resource-library lending registers, handwritten wills, school lesson
plans, poetry anthology contents, translated performance-appraisal cards, itemised
phone bills, interview scheduling polls, translated family-relation certificates,
lost-passport declarations, translation-memory exports, press-release drafts and
annual-report quote approval sheets), in English, Korean and mixed Korean/English
with Russian, Chinese, Arabic, Mongolian, Polish, Vietnamese and Malay.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship. Real public figures
  are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor or interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Dr {{p:X}}),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian
  names keep their case endings (Пака, Кима); so do Polish ones (Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name (kim.yongho@..., yongho_k); role accounts are unmarked.
- A surname discussed as a word ("the surname 박 means gourd") is unmarked, and so
  are ordinary words that look like names (이상, 명이라, 맹세해, 위해, "No,", "So,").
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, PRC, North Korea, 한국, 북한 사람, 중국 돈); nationality adjectives and
  derived words (Korean, Chinese, 한국어, 중국산, 러시아인) are not marked.

Clarifications added in this set:
- A possessive 's, a plural -s, particles and emoji stay outside a mention
  ({{p:Pak}}'s, the {{p:Kim}}s, {{p:철민}}이가, {{p:Sun-hui}} 🙏).
- Zero-width characters, soft hyphens, fullwidth letters and a line break inside a
  name stay inside the mention.
- Initials standing for a person are mentions ({{p:K.C.M.}}, Mr {{p:R.}}).
- In handles, hashtags, file names and URLs only the part that spells the name is
  labelled (@{{p:cholmin}}_88, #{{p:박순희}}를_찾습니다, interview_{{p:Pak}}_v2.docx).
- OCR-garbled names are labelled as written ({{p:Kirn Chol-rnin}}).
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
- Real platforms and apps (WhatsApp, KakaoTalk, WeChat, Telegram) are public.
"""

PASSAGES: list[dict] = [
    {
        "id": "h43-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ro Kwang-chol", "노광철", "witness", ["Kwang-chol", "Noh Gwang-cheol"]),
            ("Kang Song-ho", "강성호", "supervisor", ["Big Kang"]),
            ("Ri Un-gyong", "리은경", "relative", ["Un-gyong"]),
        ],
        "note": "Third-person interview summary, Khabarovsk construction; witness in capitals, Hangul and South romanization, two men called Kang told apart by nicknames, Moon as nickname beside the moon, Song and So as ordinary words, Uzbek driver and Russian manager, impossible date; CRLF.",
        "text": """INTERVIEW SUMMARY - THIRD PERSON (working copy, not for circulation)
Case: RU-23-044 | Interviewer: {{p:Hannah Kowalczyk}} | Interpreter: {{p:Seo Ji-min}}
Held 14 June 2023 in the meeting room of our {{u:Incheon}} office; two sessions, 3 h 10 min.
Interviewee: {{r:RO Kwang-chol}} ({{r:노광철}}), b. 1979 in {{u:Hamhung}}. His South Korean registration spells him {{r:Noh Gwang-cheol}}; he prefers {{r:Kwang-chol}}.

1. Departure
{{r:Ro}} left {{u:Pyongyang}} by train in April 2016 with 38 other men. Their group leader on the train was {{r:Kang Song-ho}}, who stayed with them as brigade leader for four years. {{r:Ro}}'s wife, {{r:Ri Un-gyong}}, was told he would earn "enough for a refrigerator in a year". {{r:Un-gyong}} did not believe it: her brother {{p:Ri Un-chol}} had come back from {{u:Kuwait}} with nothing but a rice cooker.

2. Site and work
The men built residential blocks in {{u:Khabarovsk}} and later a school in {{u:Komsomolsk-on-Amur}}. The Russian contractor's site manager was {{p:Andrei Petrovich Sholokhov}}, whom the men called "{{p:Pyotr}}" because they mixed up his name and patronymic. {{r:Kang}} dealt with {{p:Sholokhov}} directly; nobody else was allowed to. Hours were 7:00 to 23:00 in summer, one day off a month "if the plan was met". {{r:Kwang-chol}} says the plan was met twice in four years.

3. Two men with one surname
The brigade leader was "{{r:Big Kang}}"; a young plasterer from {{u:Sinpo}}, {{p:Kang Chol-min}}, was "{{p:Little Kang}}". In winter 2017 {{p:Little Kang}} fell from scaffolding on the fourth floor. {{r:Ro}} and {{p:Han Myong-su}} carried him down. {{r:Kang Song-ho}} would not let them call an ambulance; a Russian neighbour, {{p:Galina}}, called one anyway. {{p:Chol-min}}'s leg was set badly and he was sent home in March 2018. {{r:Ro}} heard later from {{p:Han}} that {{p:Chol-min}} works at a fish farm near {{u:Sinpo}}.

4. Wages
Of a nominal 50,000 roubles a month {{r:Ro}} received 3,000 to 8,000 in cash, handed out by {{r:Kang}} in the dormitory. The rest went to "plan contributions" kept by the accountant {{p:Pae Yong-nam}} in a green ledger. Against {{r:Ro}}'s name it said "loyalty fund" every month. {{p:Pae}} was kind and sometimes slipped him a 500-rouble note without writing it down; when {{r:Big Kang}} found out, {{p:Pae}} was moved to a site in {{u:Vladivostok}}.

5. Family
He phoned {{r:Un-gyong}} three times in four years on the phone of {{p:Sholokhov}}'s driver, an Uzbek man named {{p:Jasur}}. On the third call, in 2019, she told him their son {{p:Ro Jin-hyok}} had joined the army. [He cried here; we paused for ten minutes.]

6. Evenings
{{r:Kang}} made them sing every evening. {{r:Ro}} remembers a song about the moon over {{u:Mount Paektu}}; the men called {{p:Mun Sang-il}} "{{p:Moon}}" because he sang it loudest. So when someone said "{{p:Moon}} is up", they meant {{p:Mun}} had started, not the weather. The song itself, {{r:Ro}} says, he can no longer stand.

7. Leaving
In August 2019 {{r:Ro}} walked off the site with {{p:Han Myong-su}} during a power cut. A Korean-Russian pastor, {{p:Viktor Kim}}, hid them in {{u:Vladivostok}} for eleven days. {{p:Han}} decided to go back; {{r:Ro}} does not know what happened to him. {{r:Ro}} reached the {{u:UNHCR}} office in {{u:Moscow}} on 2 September 2019 and arrived in {{u:South Korea}} in early 2020.

Interviewer's remarks ({{p:H.K.}})
{{r:Kwang-chol}} is consistent across both sessions. The date of {{p:Kang Chol-min}}'s fall appears once as 31 November 2017 - impossible, a slip by {{p:Seo}} in the notes; he said December. He asked that {{r:Un-gyong}}'s name appear nowhere: {{r:Ri Un-gyong}} still lives in {{u:Hamhung}}. Do not contact {{p:Viktor}}; {{r:Noh}} says the pastor is watched.""",
    },
    {
        "id": "h43-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Chol-su", "조철수", "witness", ["Chol-su", "Cho Cheol-su"]),
            ("Yu Kwang-il", "유광일", "supervisor", []),
            ("Pak Song-nam", "박송남", "coworker", ["Song-nam"]),
        ],
        "note": "Question-and-answer transcript, Polish shipyard welders; interviewee initials as speaker labels, surname in a file name, Polish case endings, Polish foreman diminutive, Jo/Cho spellings, 'Do' and 'No' as ordinary words beside surname No, interpreter interjections.",
        "text": """TRANSCRIPT - QUESTION AND ANSWER (English rendering of the Korean; session 2 of 2)
File: PL-19-007_{{r:jo}}_s2.docx
Interviewer: {{p:Agnieszka Wróbel}} (Q). Interpreter: {{p:Baek Su-jin}} ([BSJ: ...] marks her remarks). Interviewee: {{r:JO Chol-su}} ({{r:JCS}}).
Recorded 3 May 2022, {{u:Warsaw}}.

Q: Last time you told me about the hull section. Do you remember who was in charge that day?
{{r:JCS}}: The brigade leader, {{r:Yu Kwang-il}}. Comrade {{r:Yu}} was always in charge. Even when the Polish foreman was there, {{r:Yu}} gave the orders in Korean and the Pole just nodded.
Q: The Polish foreman - what was his name?
{{r:JCS}}: We called him {{p:Tomek}}. His real name was {{p:Tomasz Nowicki}}, I saw it on his helmet. {{p:Tomek}} was all right. He shared his cigarettes with {{r:Song-nam}} and me.
Q: {{r:Song-nam}} is {{r:Pak Song-nam}}?
{{r:JCS}}: Yes, {{r:Pak}}. We came on the same plane from {{u:Pyongyang}} via {{u:Beijing}}. He was a welder in {{u:Nampo}} before, a better welder than me.
Q: What happened on 14 March 2018?
{{r:JCS}}: {{r:Song-nam}} was welding inside a double-bottom tank. No ventilation. He passed out. I pulled him out with {{p:No Hyok-chol}}. No, wait - it was {{p:Hyok-chol}} who went in first, I held the legs.
[BSJ: he corrected himself; the second version is the one he repeats later.]
Q: Did anyone call a doctor?
{{r:JCS}}: {{p:Tomek}} wanted to. {{r:Yu Kwang-il}} said no. {{r:Yu}} said if a Polish doctor sees a Korean, the whole brigade goes home. So we put {{r:Pak}} on the bench in the changing room. He woke up after maybe forty minutes.
Q: Was this written down anywhere?
{{r:JCS}}: {{p:Tomek}} wrote a report. Later a Polish inspector came, a woman, Pani {{p:Ewa}}... I do not know her surname.
[BSJ: "Pani" is the Polish "Mrs"; the name he gives is {{p:Ewa}}.]
Q: We found the inspection note. It says, in Polish: "Pracownik {{r:Paka}} nie został zbadany; brygadzista {{r:Yu}} odmówił rozmowy, rozmawiałam z {{p:Nowickim}}." Does that match?
{{r:JCS}}: That is right. She talked to {{p:Tomek}}, not to us. We were not allowed.
Q: How much were you paid?
{{r:JCS}}: The contract said around 3,000 zloty. I saw 300, 400 dollars a month, sometimes less. The money went through the company in {{u:Gdańsk}} - the Polish agency - then to {{r:Yu}}, then to the representative, {{p:Ri Chang-ho}}. {{p:Ri}} lived in a flat in {{u:Gdynia}}, not with us.
Q: Did {{r:Chol-su}} ever get a payslip?
[BSJ: the interviewer said his name by mistake instead of "you"; he laughed.]
{{r:JCS}}: Never. {{r:Pak}} asked once. After that {{r:Yu}} made him clean the toilets for a month.
Q: Where is {{r:Pak Song-nam}} now?
{{r:JCS}}: I don't know. In 2019 the {{u:European Union}} rules changed and the Polish side stopped the visas. They sent us home in groups. {{r:Song-nam}} was in the second group, I was to be in the third. I ran before the third.
Q: With help?
{{r:JCS}}: A Korean pastor from {{u:Berlin}}, {{p:Song Mi-ra}}. She came to the church in {{u:Gdynia}} on Sundays. Her son, {{p:Daniel}}, drove me.
Q: Anything else you want on record?
{{r:JCS}}: Write that {{p:Tomek}} was a good man. And write that {{r:Yu Kwang-il}} is not a bad man either - he was afraid like us.
[End of session. {{p:A.W.}} note: spelling on his Polish residence card was {{r:Cho Cheol-su}}; the South Korean one is the same.]""",
    },
    {
        "id": "h43-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Hyang-mi", "최향미", "witness", ["Hyang-mi", "Mimi"]),
            ("Tsend Oyunaa", "첸드 어윤아", "other", ["Oyunaa"]),
            ("Ri Yong-chol", "리영철", "supervisor", []),
        ],
        "note": "Follow-up call notes over several dates, Ulaanbaatar clinic and construction; witness nicknamed Mimi, Mongolian patronymic-first name, registered Mongolian helper, one-syllable given name, emoji, a name broken across a line, an app and a hospital that are public; mixed eol.",
        "text": """FOLLOW-UP CALLS - {{r:CHOE Hyang-mi}} (MN-21-012)
Caller: {{p:Jin Seo-yeon}} | via {{u:KakaoTalk}} voice unless noted

2023-01-09
Reached {{r:Hyang-mi}} on the second try. She is well, working at a bakery in {{u:Suwon}}. Asked again about the clinic in {{u:Ulaanbaatar}}: confirms the Mongolian nurse who helped her was {{r:Tsend Oyunaa}} ("{{r:Oyunaa}} eguch"). {{r:Oyunaa}} is the one who lent her a phone. {{r:Hyang-mi}} wants to send {{r:Oyunaa}} a thank-you gift but knows it is risky. Told her we will ask first.

2023-02-14
No answer. Left a message. 🙁

2023-02-16
{{r:Hyang-mi}} called back. She had been at a hospital appointment (knee). Talked about the supervisor, {{r:Ri Yong-chol}}: he confiscated passports the day they landed at {{u:Chinggis Khaan International Airport}} and kept them in a safe at the site office. She says {{r:Ri}} had a deputy, "Comrade {{p:Sok}}" - she never heard the given name. {{p:Sok}} did the night checks. Another woman in her room, {{p:Kye Ok-hwa}}, was caught with a Mongolian SIM card; {{p:Sok}} slapped her. {{p:Ok-hwa}}'s sister {{p:Kye Ok-ran}} was in the same group.

2023-03-02
Short call. She asked whether {{p:Yoon}} (our lawyer, {{p:Yoon Da-eun}}) had received the documents. Yes.

2023-04-20
Long call, 1 h. New detail: the men's brigade next door was led by {{p:Han Kyong-
il}}, who was "kinder than {{r:Ri}}". {{p:Han}} let the men go to the {{u:State Department Store}} on Sundays. The women were not allowed. {{r:Hyang-mi}} only went once, with {{r:Oyunaa}}, to buy medicine.
Her friends at the clinic called her "{{r:Mimi}}" because the Mongolian staff could not say {{r:Hyang-mi}}. {{r:Mimi}} laughs about it now 😄.
Also: the Mongolian contractor's owner, {{p:Batbayaryn Ganzorig}} ("Mr {{p:Ganzorig}}"), came twice a month to pay {{r:Ri}} in cash. {{p:Ganzorig}}'s daughter {{p:Anu}} did the bookkeeping.

2023-05-31
{{r:Hyang-mi}} says {{r:Ri Yong-chol}} may be in {{u:Ulaanbaatar}} again: a friend, {{p:Mi}}, saw a photo on {{u:Facebook}} of the old site with a man who looks like him. Asked her not to search for him online.

2023-06-12
Closing note by {{p:J.S.Y.}}: {{r:Choe}} is stable. Next call in September. Do NOT forward anything to {{r:Tsend}}'s work e-mail; {{r:Oyunaa}} asked only for messages via {{u:Signal}}.""",
    },
    {
        "id": "h43-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hui", "김옥희", "witness", ["Ok-hui", "Kim Ok-hee"]),
            ("Bang Sun-ja", "방순자", "supervisor", []),
            ("Wang Lifeng", "왕리펑", "other", ["老王"]),
        ],
        "note": "Reviewer's comments on a testimony, Donggang seafood processing; paragraph-numbered comments, Chinese manager as 老王 and by name, Bang used as a word (big bang) and as a surname, public Kim Jong Un beside private Kims, a typo in a name, fullwidth letters in a pasted name.",
        "text": """REVIEW COMMENTS - Testimony CN-20-031 ({{r:KIM Ok-hui}}), draft 3
Reviewer: {{p:Laura Feng}} | Author of draft: {{p:Oh Min-jae}} | 22 Sept 2023

General: Good draft. The account of the seafood plant in {{u:Donggang}} is detailed, but the names need work before the legal team sees it. {{r:Ok-hui}} is referred to as "{{r:Kim}}", "{{r:Ok-hui}}", "{{r:Kim Ok-hee}}" and once as "{{r:Okhui}}". Pick one. I suggest {{r:Ok-hui}} throughout, with {{r:Kim Ok-hui}} ({{r:김옥희}}) at first mention.

para 3: "the supervisor {{r:Bang}}" - please give her full name once ({{r:Bang Sun-ja}}) and explain that the women called her "Auntie {{r:Bang}}". Non-Korean readers will think "Bang" is a typo; one reviewer already wrote "big bang?" in the margin.

para 4: The Chinese manager is "{{r:Wang Lifeng}}" here and "{{r:老王}}" in para 9 (a direct quote). Keep {{r:老王}} in the quote but add a note. Also, para 4 says {{r:Wang}} "reported to the owner, Mr {{p:Sun}}" - is {{p:Sun}} the owner's surname or a nickname? If the surname, write {{p:Sun Jianguo}} as in the interview log.

para 5: The quote "{{r:Bang}} said the money goes to the Marshal" - make clear "the Marshal" is {{u:Kim Jong Un}}. Otherwise a reader may confuse him with the several private persons surnamed Kim in the text ({{r:Ok-hui}} herself, {{p:Kim Sun-bok}} her roommate, and {{p:Kim}} the driver).

para 6: {{p:Kim Sun-bok}}: the draft says she was "{{p:Sun-bok}}" and "{{p:Sunbok}}". Also, is {{p:Sun-bok}} the same woman as "{{p:Bokkie}}" in para 11? If yes, say so.

para 7: Typo - "{{r:Bnag Sun-ja}}". Fix.

para 8: The pasted line from the plant roster has fullwidth letters ("{{r:ＢＡＮＧ　ＳＵＮＪＡ}}"). Retype it in ordinary letters or the search tool will not find it.

para 9: Strong paragraph. {{r:老王}} telling {{r:Ok-hui}} "you Koreans are cheaper than machines" is the most quoted line from this case. Do not cut.

para 10: The escape: {{r:Ok-hui}} says the taxi driver was a Korean-Chinese man called {{p:Piao}} ({{p:Park}} in Korean). Please check the interview log - I think {{p:Oh}} wrote {{p:Piao Zhenyu}} in the session notes. Also the woman who sheltered her in {{u:Shenyang}} is "Sister {{p:Hong}}" in one place and "{{p:Hong Yeong-ae}}" in another.

para 11: {{r:Bang Sun-ja}} confiscated phones every night. The draft says {{r:Bang}} kept them "in a rice sack". {{r:Ok-hui}} in the audio says "in a flour sack". Minor, but the lawyers will ask.

para 12: The draft says {{r:Ok-hui}} crossed into {{u:Laos}} in 2019. The interview says 2020. Also check with Dr {{p:Thomas Reyes}} (medical report) on the date of the hand injury.

Sign-off: {{p:L.F.}} - please send draft 4 to me and to {{p:Min-jae}} by 6 October.""",
    },
    {
        "id": "h43-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Gil Myong-sik", "길명식", "witness", ["Myong-sik", "Gil Myeong-sik"]),
            ("Gil Sun-ae", "길순애", "relative", ["Sun-ae"]),
            ("Ha Jong-guk", "하정국", "coworker", ["Jong-guk"]),
        ],
        "note": "Caseworker's diary, resettlement of a former Amur logging worker; Gil used as surname for a father and a daughter and as a title-like address, Ha as laughter, one-syllable given name used alone, zero-width space inside a name, emoji, public Hanawon and hospital.",
        "text": """CASEWORKER DIARY - {{p:Park So-yeon}} (private notes, Jan-Feb 2024)

Mon 8 Jan
First home visit to {{r:Gil Myong-sik}} after his release from {{u:Hanawon}}. Flat in {{u:Gimpo}}, clean, almost empty. He kept calling me "teacher". Daughter {{r:Sun-ae}} (17) lives with him; she arrived two years before him with an aunt. {{r:Myong-sik}} spent nine years logging in {{u:Amur Oblast}}, then four in {{u:Tynda}}. Hands badly damaged.

Tue 9 Jan
Called {{u:Korea Hana Foundation}} about the housing grant. Spoke to Mr {{p:Jeong}}. Forms in the post.

Thu 11 Jan
{{r:Sun-ae}} came to the office after school. Says her dad does not sleep. She calls him "{{r:Gil}} ajeossi" when she is cross with him, ha. She misses her mother, {{p:Ryu Kum-hui}}, who stayed in {{u:Hoeryong}}.

Mon 15 Jan
{{r:Myong-sik}} talked about the camp. Brigade leader was {{p:Ryom Chol}} - he just calls him "{{p:Chol}}" or "that {{p:Ryom}}". The man who saved his hand was {{r:Ha Jong-guk}}, who tied it with his own shirt. {{r:Jong-guk}} is now in {{u:Busan}}, also resettled! He wants to see {{r:Ha}} again. I said I would ask the other team. Ha, he smiled for the first time.

Wed 17 Jan
Hospital, {{u:Seoul National University Hospital}}, hand clinic. Dr {{p:Nam}} says two fingers can be helped. {{r:Gil}} very quiet on the way home.

Fri 19 Jan
Lost my notes in the taxi 😩. Rewrote from memory. {{r:Gil Myeong-sik}} (that is how the hospital spells it) has surgery on 20 Feb.

Mon 22 Jan
Call from {{p:Ahn Ji-hoon}} ({{u:Busan}} team): {{r:Ha Jong-guk}} agrees to meet. He remembers {{r:Myong-sik}} as "the one who sang". Meeting set for 3 Feb in {{u:Daejeon}}, halfway.

Sat 3 Feb
Went with them. {{r:Ha}} and {{r:Gil}} hugged for a long time. {{r:Jong-guk}} brought his wife, {{p:Seon}}. They talked about a man called {{p:Yun}} ("{{p:Yun the Tall}}") who died under a log in 2015; {{r:Myong-sik}} says the brigade was told to write "illness". {{p:Yun}}'s full name was {{p:Yun Hak​-chol}} - I want to check this against the list from the {{u:Tynda}} cemetery photos.

Tue 6 Feb
{{r:Sun-ae}}'s school called: she hit a boy who mocked her accent. Met teacher {{p:Choi Eun-ji}}. {{r:Sun-ae}} says sorry but not to the boy. Can't blame her.

Thu 15 Feb
Pre-op. {{r:Myong-sik}} asked me to keep {{p:Ryom Chol}}'s name out of any report "until he is sure {{p:Ryom}} is not in the South". Noted.

Tue 20 Feb
Surgery OK. {{r:Sun-ae}} slept in the chair. {{r:Ha Jong-guk}} sent flowers 🌷 with a card signed "{{r:Jong}}".""",
    },
    {
        "id": "h43-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("An Chol-ho", "안철호", "witness", ["Chol-ho"]),
            ("Moon Hye-jin", "문혜진", "other", ["Hye-jin"]),
            ("Chin Kwang-su", "진광수", "supervisor", ["Kapitan"]),
        ],
        "note": "Supervisor's case conference notes on a Sarawak mining case; staff initials, surname An beside the article 'an', Moon as staff surname beside the public former president, Malaysian and Filipino private persons, a real company, bullet lists; CRLF.",
        "text": """CASE CONFERENCE - Wed 11 Oct 2023, 14:00-15:30
Chair: {{p:Kwon Tae-hee}} (supervisor). Present: {{r:Moon Hye-jin}} (caseworker, {{r:MHJ}}), {{p:Isaac Lim}} (legal), {{p:Song Da-bin}} (intern, notes).
Case: MY-17-003, {{r:AN Chol-ho}}

1. Case status ({{r:Hye-jin}})
- {{r:An}} is an ex-miner from the coal site in {{u:Sarawak}}, {{u:Malaysia}}, 2014-2017. Resettled 2019.
- He is now asking for an interview with a journalist. {{r:Moon}} advises against until the civil claim is filed.
- {{p:Kwon}}: agree. An interview now would help nobody. Note that "{{r:Moon}}" in our files always means {{r:Hye-jin}}, not {{u:Moon Jae-in}} - the intern's summary confused them last month.

2. Facts still open
- The site boss was {{r:Chin Kwang-su}}. Workers called him "{{r:Kapitan}}". {{r:An}} says {{r:Chin}} had a Malaysian partner, {{p:Ahmad Faizal bin Razak}}, who held the permits. {{p:Faizal}} visited monthly.
- A Filipino mechanic, {{p:Rodel Santos}}, may be a witness: he saw the 2016 accident. {{p:Isaac}} will try through the {{u:Kuching}} church network; the pastor there is Pastor {{p:Andrew Ting}}.
- The injured man in 2016: {{r:Chol-ho}} names him as {{p:Jong Sang-u}}; the company list (obtained by {{p:Lim}}) has "{{p:CHONG SANG U}}". Same person - {{r:An}} confirms.
- {{p:Jong}}'s family in {{u:North Korea}} was told he died of "heart failure".

3. Risk
- {{r:An Chol-ho}}'s ex-wife {{p:Paek Mi-suk}} is in {{u:China}} and in touch with him; {{p:Paek}} may be under pressure. {{r:MHJ}} to discuss with him.
- {{r:Kapitan}} {{r:Chin}} is believed to be in {{u:Kuala Lumpur}}. Not to be contacted.

4. Legal ({{p:Isaac}})
- Possible claim in {{u:Malaysia}} against the contracting company. {{p:Lim}} is speaking with a firm in {{u:Kuala Lumpur}}; contact there is {{p:Nurul Izzah Hamdan}}.
- Note: an earlier {{u:UN Panel of Experts}} report mentions North Korean miners in the region but not this site.

5. Self-care
- {{r:Hye-jin}} has carried this case four years. {{p:Kwon}} suggests co-working with {{p:Song Da-bin}} from November. {{p:Da-bin}} agreed; {{r:Hye-jin}} will introduce her to {{r:Chol-ho}} at the next visit.

Actions
- {{r:MHJ}}: talk with {{r:An}} about {{p:Paek}}, by 20 Oct.
- {{p:IL}}: call {{p:Nurul}} re filing, by 27 Oct.
- {{p:SDB}}: tidy the file, replace the wrong {{u:Moon Jae-in}} reference in the intern summary.
Next: 8 Nov. Notes: {{p:Song}}. An extra item may be added by {{p:Kwon}}.""",
    },
    {
        "id": "h43-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Chang-do", "황창도", "witness", ["Chang-do"]),
            ("Ri Hyon-ok", "리현옥", "other", ["Hyon-ok"]),
            ("Rashid Al-Mansoori", "라시드 알만수리", "other", ["Abu Khalid"]),
        ],
        "note": "Interpreter's running notes for a testimony about a Dubai construction site; registered interpreter writing in first person, an Emirati contractor with a kunya alias, Pakistani and Indian co-workers, Do as surname-like syllable in a given name beside 'do', Hangul names inside English, a name in capitals.",
        "text": """INTERPRETER'S NOTES - {{r:Ri Hyon-ok}} - session with {{r:HWANG Chang-do}}, 12 Dec 2022
(running notes typed during the interview; for the file only)

10:05 Start. {{r:Hwang}} is nervous, speaks fast, strong {{u:South Hamgyong}} accent. I asked him to slow down. Interviewer is {{p:Nadia Okafor}}.
10:12 He uses "반장" for the foreman - I render "brigade leader". The brigade leader's name: {{p:황철국}} ({{p:Hwang Chol-guk}}) - no relation, he says, "half the site had that surname".
10:20 The contractor: he says "{{r:Abu Khalid}}". Later in the session he gives the full name as {{r:Rashid Al-Mansoori}}. I checked the spelling with him twice; he only knows it from the sign on the office door. {{r:Al-Mansoori}} came to the site in a white car on Thursdays.
10:34 Story of the heat: July 2017, 48 degrees, {{p:Kim Tong-il}} collapsed. {{r:Chang-do}} says the Pakistani workers next door, especially one named {{p:Imran}}, brought ice. {{p:Imran}} and an Indian electrician, {{p:Suresh Nair}}, carried {{p:Tong-il}} into the shade. I asked what "do" meant in his phrase - it was a dialect word, not a name. Wrote "what could we do".
10:50 He says {{p:Hwang Chol-guk}} told everyone that {{r:Abu Khalid}} would not pay if anyone went to hospital. So {{p:Tong-il}} lay in the container. He died three days later? - No: he was sent home. {{r:Hwang}} corrected himself.
11:02 Break. He asked me in Korean whether {{p:Nadia}} is married. Not translated.
11:15 Passports: kept by the representative, {{p:Ryu Song-ho}}, in {{u:Sharjah}}. {{p:Ryu}} rarely came to the site. {{r:Chang-do}} saw his own passport only at the airport in {{u:Dubai}} on the way out.
11:30 Here he used the name {{p:김동일}} again for {{p:Tong-il}} - same man ({{p:Kim Tong-il}}). The note-taker had written "{{p:Kim Dong-il}}" in South romanization; I added the North form.
11:42 Money: 1,000 dirhams on paper, "maybe 150" in his hand. {{r:Rashid}} paid the company, the company paid {{p:Ryu}}, {{p:Ryu}} paid {{p:Hwang Chol-guk}}, and {{p:Chol-guk}} paid them "what was left". I used his own words.
11:55 He wants his mother's name, {{p:Jon Pok-sil}}, kept out. She is in {{u:Hamhung}}.
12:10 End. {{r:Hwang Chang-do}} thanked me. I told Ms {{p:Okafor}} he is tired and that the last half hour should be checked against the recording. - {{r:R.H.O.}}

Note for the glossary: "{{r:Abu Khalid}}" is a kunya (a "father of ..." name), not a second person. Do not list {{r:Rashid}} twice.

Addendum (same day, 14:30): {{r:Chang-do}} phoned to add two names he forgot: the cook {{p:Pak Chun-sik}} ("{{p:Chun-sik}} ajossi") and the Sri Lankan storekeeper {{p:Nimal}}. {{p:Nimal}} hid {{p:Tong-il}}'s passport copy for him. {{r:Hwang}} also now thinks {{p:Ryu Song-ho}}'s office was in {{u:Ajman}}, not {{u:Sharjah}}. - {{r:R.H.O.}}""",
    },
    {
        "id": "h43-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Myong-chol", "계명철", "witness", ["명철"]),
            ("O Kwang-nam", "오광남", "supervisor", ["오 반장"]),
            ("Kye Sun-hui", "계순희", "relative", ["순희"]),
        ],
        "note": "First-person interview narrative, Amur Oblast logging; surname O beside the numeral and interjection 오, kinship plus name (순희 누나), particles glued to names, affectionate suffix, Russian foreman with diminutive, public places and a public figure.",
        "text": """[면담 기록 - 1인칭 정리본] 사례번호 RU-18-022
면담자: {{p:정다은}} / 정리: {{p:이수빈}} / 2023년 4월 18일, {{u:서울}}

저는 {{r:계명철}}입니다. 1981년 {{u:함경북도}} {{u:김책시}}에서 태어났습니다. 2012년 봄에 임업 사업소 소속으로 {{u:러시아}} {{u:아무르주}} 벌목장에 갔습니다. 같이 간 사람이 오십 명 정도였는데, 그중 오 명이 제 고향 사람이었습니다.

반장은 {{r:오광남}}이었습니다. 다들 "{{r:오}} 반장"이라고 불렀습니다. {{r:오광남}}이는 저보다 열 살 많았고, 벌목장에서 팔 년을 버틴 사람이었습니다. 오, 그 사람 무서웠습니다. 계획을 못 채우면 밥을 반으로 줄였습니다.

제 누나 {{r:계순희}}가 저를 보내지 말라고 울었습니다. {{r:순희}} 누나는 "{{r:명철}}아, 거기 가면 사람 버린다"고 했는데, 제가 안 들었습니다. 그때 {{r:순희}} 누나 말을 들었어야 했습니다.

벌목장에는 {{u:러시아}} 사람 감독이 있었는데 이름이 {{p:세르게이 이바노비치}}였고, 우리는 {{p:세료자}}라고 불렀습니다. {{p:세료자}}는 술을 좋아했고, {{r:오}} 반장이 보드카를 갖다 주면 작업량을 더 적어 주었습니다. 그 장부는 {{p:세르게이}}가 쓰고 {{r:오광남}}이 도장을 찍었습니다.

같은 조에 {{p:림창수}}라는 친구가 있었습니다. {{p:창수}}는 {{u:혜산}} 사람인데 손재주가 좋아서 톱을 고쳤습니다. 2014년 겨울에 {{p:창수}}가 쓰러지는 나무에 다리를 다쳤습니다. {{r:오}} 반장은 병원에 안 보냈습니다. {{p:림창수}}를 썰매에 싣고 숙소로 데려간 사람이 저와 {{p:하성일}}이었습니다. {{p:성일}}이는 지금 어디 있는지 모릅니다.

월급은 서류로는 많았지만 손에 쥔 것은 한 달에 이삼천 루블이었습니다. 나머지는 "충성자금"이라고 했습니다. 회계원 {{p:마영호}}가 돈을 셌는데, {{p:마}} 동무는 말이 없었습니다. 한 번은 제가 {{p:마영호}}한테 장부를 보여 달라고 했다가 {{r:오광남}}한테 불려 가서 자아비판을 했습니다.

2016년에 {{u:조선}}에서 편지가 왔습니다. {{r:순희}} 누나가 썼는데, 어머니 {{p:강복녀}}가 돌아가셨다고 했습니다. 장례에 못 갔습니다. {{r:오}} 반장은 "계획 끝나면 가라"고 했습니다. 그 계획은 끝나지 않았습니다.

2017년 여름에 {{u:블라고베셴스크}}로 물건 사러 나갔다가 {{u:한국}} 선교사를 만났습니다. 그분 이름은 {{p:김요한}} 목사님이라고만 알았습니다. {{p:김}} 목사님이 전화번호를 주셨고, 2018년 3월에 저는 {{p:하성일}}과 함께 떠났습니다. {{p:성일}}이는 {{u:모스크바}}에서 마음을 바꿔 돌아갔습니다.

{{u:한국}}에 와서 2019년에 누나 소식을 들었습니다. {{r:계순희}}는 아직 {{u:김책시}}에 있고, 저 때문에 보위부에 몇 번 불려 갔다고 합니다. 그래서 이 기록에 {{r:순희}} 누나 이름은 빼 주셨으면 합니다.

- 끝. ({{r:명철}} 씨 확인 서명, 2023.4.18)""",
    },
    {
        "id": "h43-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Sol-hwa", "한설화", "witness", ["설화"]),
            ("To Kyong-ae", "도경애", "supervisor", ["도 지도원"]),
            ("Wang Xiaolin", "왕샤오린", "other", ["小王", "왕 과장"]),
        ],
        "note": "Question-and-answer transcript, Dandong seafood plant women workers; speaker labels, surname 도 beside 도 as a word (degree, province), Chinese manager in Hangul and as 小王, kinship plus name (영옥 언니), public city and company names; CRLF.",
        "text": """[문답 녹취록] CN-19-014 2차 면담
일시: 2022.11.3. 14:00 / 장소: {{u:인천}} 사무실
질문: {{p:오세라}}(조사원) / 답변: {{r:한설화}}(증언자)

문: 지난번에 공장 이야기를 하다가 멈췄어요. 다시 시작해도 될까요?
답: 네. {{u:단둥}} 수산물 가공 공장이었습니다. 우리 여자들 이백 명 정도 있었어요.
문: 책임자는 누구였어요?
답: 지도원이 {{r:도경애}}였어요. 다들 "{{r:도}} 지도원"이라고 했어요. 온도가 영하 몇 도인 냉동실에서 열두 시간씩 일했어요.
문: {{r:도경애}} 씨가 직접 감시했나요?
답: 네. {{r:도}} 지도원은 밤에도 방을 돌았어요. 우리 방에는 {{p:영옥}} 언니, {{p:춘심}}이, 그리고 {{p:리은주}}가 있었어요. {{p:영옥}} 언니는 {{p:박영옥}}이고, {{u:평안북도}} {{u:신의주}} 사람이었어요.
문: {{u:중국}} 측 관리자는요?
답: 과장이 {{r:왕샤오린}}이었는데 우리끼리는 "{{r:왕}} 과장" 아니면 {{u:중국}} 사람들처럼 "{{r:小王}}"이라고 불렀어요. {{r:小王}}은 젊었어요. {{r:왕}} 과장 위에 사장이 있었는데 "{{p:周总}}"이라고만 불렀어요.
문: {{p:周总}}을 직접 본 적 있어요?
답: 한두 번요. {{p:周总}}이 오면 {{r:도경애}}가 우리한테 웃으라고 했어요.
문: 다친 사람이 있었어요?
답: {{p:춘심}}이가 칼에 손가락을 베었어요. {{p:최춘심}}이요. 피가 많이 났는데 {{r:도}} 지도원이 붕대만 감아 주고 다시 일하라고 했어요. {{r:小王}}이 보고 병원에 가라고 했는데, {{r:도}} 지도원이 안 된다고 했어요.
문: 월급은 어떻게 받았어요?
답: 한 번도 직접 못 받았어요. {{r:왕}} 과장이 돈을 {{r:도}} 지도원한테 주고, 지도원이 대표 {{p:계영남}}한테 줬대요. {{p:계}} 대표는 {{u:선양}}에 살았어요.
문: 가족과 연락은?
답: 엄마한테 편지 두 번요. 동생 {{p:한설미}}가 답장을 보냈어요. {{p:설미}}가 결혼한다고 했는데 그것도 못 갔어요.
문: 나온 건 언제예요?
답: 2019년 2월이요. {{p:리은주}}하고 같이 나왔어요. {{p:은주}}가 {{u:중국}} 조선족 아저씨를 알았는데 그분 성이 {{p:김}}이었고, 이름은 모르고 "{{p:김 사장}}"이라고 불렀어요.
문: 잠깐, "{{p:김 사장}}"에서 사장은 직함이니까 이름은 {{p:김}}이네요. 그 분이 어디로 데려갔어요?
답: {{u:연길}}로요. 거기서 {{p:은주}}는 다른 길로 갔고 저는 {{u:라오스}}로 갔어요.
문: {{p:영옥}} 언니는 어떻게 됐는지 알아요?
답: 몰라요. {{p:박영옥}} 언니 소식 들으면 꼭 알려 주세요.
문: 오늘은 여기까지 할게요. 고마워요, {{r:설화}} 씨.
(녹취 종료 15:42. 정리 {{p:오세라}})""",
    },
    {
        "id": "h43-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Chol-min", "송철민", "witness", ["철민", "Song Cheol-min"]),
            ("Song Yong-hui", "송영희", "relative", ["영희"]),
            ("Ju Tae-sik", "주태식", "supervisor", []),
        ],
        "note": "Follow-up call notes, Kuwait construction; brother and sister sharing a surname, kinship plus name (영희 언니, 철민 오빠), surname 송 beside 송 in an ordinary word (송금), a Kuwaiti sponsor, an Indian driver, a South romanization in parentheses, emoji.",
        "text": """후속 통화 메모 - KW-20-009 {{r:송철민}} ({{r:Song Chol-min}} / {{r:Song Cheol-min}})
담당: {{p:유하나}}

2024.2.5 (월) 14:10, 전화 20분
- {{r:철민}} 씨 건강 괜찮음. 택배 일 시작함.
- {{u:쿠웨이트}} 현장 반장 {{r:주태식}} 이야기 다시 함. {{r:주}} 반장이 여권을 "보관"했고 송금은 전부 {{r:주태식}} 통해서만 됨.
- {{u:쿠웨이트}} 쪽 스폰서 이름 확인: {{p:Fahad Al-Otaibi}}. 현장에서는 "{{p:Abu Fahad}}"? → {{r:철민}} 씨는 아니라고 함. "{{p:Fahad}}"라고만 불렀다고.

2024.2.19 (월) 전화 안 받음. 문자 남김 📱

2024.2.21 (수) 10:30, 전화 35분
- 누나 {{r:송영희}} 이야기. {{r:영희}} 누나는 {{u:남포}}에 있고, 남편 {{p:리성국}}이 보위부에 한 번 불려 갔다고 들음({{u:중국}} 쪽 친척 {{p:송명옥}}에게서).
- {{r:철민}} 씨가 "{{r:영희}} 누나 이름은 절대 쓰지 마세요" 부탁. → 보고서에 "친족 A"로 표기할 것.
- 현장 동료 {{p:방근철}}, {{p:김성}} 이야기. {{p:성}}이는 외자 이름이라 다들 "{{p:김성}}"이라고 통째로 불렀음. {{p:방근철}}은 2018년 추락 사고 목격자.
- 인도인 운전기사 {{p:Rajesh}}가 {{p:방근철}}을 병원에 데려감. {{r:주태식}}은 화를 냄.

2024.3.4 (월) 16:00, 전화 15분
- {{u:서울지방고용노동청}}? 아님. 상담 받은 곳은 {{u:대한법률구조공단}}. 변호사 {{p:안혜린}}.
- {{p:안}} 변호사가 {{r:철민}} 씨 사례를 "기록만" 해 둠.

2024.3.20 (수) 저녁, 카톡으로 연락 옴
- "{{r:영희}} 언니 소식 들었어요"라고 {{r:철민}} 씨 아내 {{p:나은별}} 씨가 대신 보냄. ({{p:은별}} 씨는 {{u:남한}} 출신, {{r:영희}}를 "언니"라고 부름)
- 내용: {{r:송영희}}가 {{u:평양}}으로 이사했다고. 확인 불가.

2024.4.2 (화) 11:00, 전화 25분
- {{r:철민}} 오빠라고 부르는 사촌 {{p:송미향}}이 {{u:중국}}에서 연락해 옴. 돈 요구. {{r:철민}} 씨 불안해함 😟
- 조언: 송금 전 우리와 상의. {{p:미향}}이 진짜 사촌인지도 확인 필요.
- 다음 통화 4월 말. 담당 {{p:유}}.""",
    },
    {
        "id": "h43-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Jong-suk", "윤정숙", "witness", ["정숙"]),
            ("Pak Tae-song", "박대성", "relative", ["대성"]),
            ("Pyo Yong-gil", "표영길", "supervisor", []),
        ],
        "note": "Family member's account: a wife on her husband's years on Sakhalin; teknonyms with a child's name, a Russian landlady in Cyrillic with case ending, surname 표 beside the word 표 (ticket), children's names, public island and port.",
        "text": """[가족 진술] 사례 RU-15-040 관련 - 진술인 {{r:윤정숙}}(배우자)
기록: {{p:문소희}} / 2023년 9월 7일

저는 {{r:박대성}}의 아내 {{r:윤정숙}}입니다. 남편은 2013년부터 2017년까지 {{u:사할린}}에서 건설 일을 했습니다. 저는 그때 {{u:청진}}에서 아이 둘을 키웠습니다. 큰애는 {{p:박은별}}, 작은애는 {{p:박은결}}입니다.

남편이 떠나던 날 {{u:청진항}}에서 배를 탔습니다. 동네 사람들은 저를 "{{p:은별}}이 엄마"라고 불렀고, 남편은 "{{p:은별}}이 아빠"였지요.

남편 편지에 반장 이름이 자주 나왔습니다. {{r:표영길}}이라는 사람이었습니다. 남편은 "{{r:표}} 반장이 표를 안 끊어 준다"고 썼습니다. 휴가 가는 기차표, 배표 말입니다. {{r:표영길}}이 허락해야 집에 올 수 있었는데, 사 년 동안 한 번도 허락이 안 났습니다.

남편 친구 {{p:조만수}} 씨가 2015년에 먼저 돌아왔습니다. {{p:조}} 씨가 우리 집에 와서 {{r:대성}}이가 손을 다쳤다고 알려 줬습니다. {{p:만수}} 씨 말로는, {{u:러시아}} 집주인 할머니가 남편을 돌봐 줬다고 했습니다. 그 할머니 이름이 {{p:Нина Петровна}}였는데, 남편 편지에는 "{{p:니나}} 할머니"라고 나옵니다. 한번은 주소를 적어 보냈는데 "у {{p:Нины}}"라고 쓰여 있었습니다.

2017년에 남편이 돌아왔을 때 돈은 거의 없었습니다. {{r:표}} 반장이 "국가 과제금"이라고 다 떼었다고 했습니다. 남편은 {{r:표영길}} 밑에서 일한 {{p:홍철}}이라는 청년이 추락해서 죽었다는 이야기를 했습니다. {{p:홍철}}이 어머니가 우리 동네 살았는데, 병으로 죽었다고 통지를 받았답니다.

저는 2019년에 먼저 {{u:중국}}으로 나왔고 남편 {{r:대성}} 씨는 아직 {{u:북한}}에 있습니다. 아이들은 {{p:은별}}이만 데리고 나왔습니다. {{p:은결}}이는 시어머니 {{p:김옥단}}이 키우고 있습니다.

{{u:한국}}에 와서 {{u:하나원}}을 나올 때 선생님 {{p:장미경}} 씨가 이 단체를 소개해 주었습니다. 남편 이름이 나가면 안 됩니다. {{r:박대성}}이라는 이름, {{r:대성}}이라는 이름, 다 지워 주십시오. {{r:정숙}}이라는 제 이름도요.

(진술인 확인: {{r:윤정숙}} / 기록자: {{p:문소희}})

[추가 - 2023.9.21 전화]
{{r:정숙}} 씨가 남편 편지 두 통을 더 가져왔습니다. 편지에 나오는 이름: 반장 {{r:표영길}}, 부반장 {{p:진창호}}, 동료 {{p:조만수}}, {{p:강덕}}이, {{p:우철진}}. 편지 끝에는 늘 "{{p:은별}}이, {{p:은결}}이 잘 있니. 아빠가"라고 적혀 있었습니다. {{p:진창호}}는 {{r:표}} 반장보다 더 무서웠다고 합니다. {{p:우철진}}은 {{u:사할린}}에서 {{u:한국}} 교회 사람 {{p:류마리아}}를 만나 도움을 받았다고 합니다.""",
    },
    {
        "id": "h43-ko-05",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Pang Un-chol", "방은철", "witness", ["은철"]),
            ("Ju Myong-ho", "주명호", "supervisor", ["주 소장"]),
            ("Dorjiin Bat-Erdene", "도르지인 바트에르덴", "other", ["바트"]),
        ],
        "note": "Transcribed handwritten statement from Mongolian construction; transcriber's brackets for illegible parts, a crossed-out name still labelled, surname 방 beside 방 (room), surname 주 beside 주 (week), registered Mongolian foreman with a short name, a soft hyphen inside a name; mixed eol.",
        "text": """[자필 진술서 전사본] MN-16-007 - 원문: 공책 4쪽, 볼펜
전사: {{p:권나래}} / 대조: {{p:Emily Hart}} / 2023.6.

진 술 서

저 {{r:방은철}}은 2014년 4월부터 2016년 10월까지 {{u:몽골}} {{u:울란바토르}} 아파트 건설장에서 일하였습니다. 우리 방에는 여덟 명이 있었는데 방장은 {{p:강철남}}이었습니다.

소장은 {{r:주명호}}였습니다. {{r:주}} 소장은 한 주에 한 번씩 총화를 하였고 계획을 못한 사람을 세워 놓고 욕하였습니다. [판독 불가 2자] {{r:주명호}}가 제일 많이 욕한 사람이 ~~{{p:리광혁}}~~ [줄 그어 지움, 원문 그대로] {{p:리광혁}}입니다.

{{u:몽골}} 측 작업반장은 {{r:도르지인 바트에르덴}}이라는 사람이었는데 우리는 그냥 "{{r:바트}}"라고 불렀습니다. {{r:바트}}는 우리한테 잘해 주었습니다. 추운 날 차를 끓여 주었습니다. {{r:주}} 소장은 {{r:바트}}와 말하지 말라고 하였습니다.

2015년 겨울에 {{p:광혁}}이가 3층에서 떨어졌습니다. 그 자리에 있던 사람은 저와 {{p:문영­수}}입니다. {{p:영수}}가 {{r:바트}}를 불렀고 {{r:바트}}가 자기 차로 병원에 데려갔습니다. {{r:주명호}}는 그 일로 {{r:바트}}에게 돈을 주고 말을 막았습니다.

월급은 한 달 미화 100달러 정도였습니다. 회계는 {{p:주영실}}이라는 여자였는데 [판독 불가] {{r:주}} 소장과 친척이라는 말이 있었습니다. 같은 주씨라서 그런 말이 돌았는지 모릅니다.

2016년 10월 저는 {{p:영수}}와 함께 {{u:대한민국 대사관}}을 찾아갔습니다. {{p:문영수}}는 [판독 불가 3자] 지금 {{u:인천}}에 삽니다.

위 내용은 사실입니다.
2016년 11월 3일
진술인 {{r:방은철}} (지장)

[전사자 메모] 원문에는 날짜가 "2016년 11월 31일"로 보이나 11월 31일은 없으므로 3일로 읽음. {{p:문영수}}의 이름 가운데 원문의 줄바꿈 표시(하이픈)는 소프트 하이픈으로 옮겼음. - {{p:권}}

[2쪽 - 추가 진술, 같은 공책]
그 밖에 같이 일한 사람들 이름을 적습니다. {{p:강철남}}(방장), {{p:문영수}}, {{p:한명길}}, {{p:오상진}}, {{p:계영호}}. {{p:한명길}}이는 {{r:주}} 소장의 심부름을 했고 {{p:오상진}}은 밥을 지었습니다. {{p:계영호}}는 몽골말을 조금 해서 {{r:바트}}와 통했습니다. 방에 불이 났을 때 {{p:강철남}}이 {{p:영호}}를 깨웠습니다. {{r:주명호}}는 그 일을 보고하지 않았습니다. {{r:주}} 소장의 운전수는 {{u:몽골}} 사람 {{p:Ганбаатар}}였는데 우리는 "{{p:간바타르}}"라고 불렀습니다.
{{r:은철}}이라고 부르던 사람은 이제 없습니다. 저는 {{u:한국}}에서 새 이름을 쓸 것입니다. (진술인 {{r:방은철}})""",
    },
    {
        "id": "h43-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Song-gun", "리성근", "witness", ["성근", "이성근"]),
            ("Hong Chol-jin", "홍철진", "supervisor", []),
            ("Marek Zieliński", "마레크 지엘린스키", "coworker", ["마렉"]),
        ],
        "note": "Reviewer's comments on a Polish shipyard testimony, in Korean; North and South forms 리/이 of one surname, registered Polish coworker with a Polish case ending quoted, reviewer initials, 이상 as an ordinary word, public Polish city and EU body.",
        "text": """[검토 의견] 증언록 PL-18-003 ({{r:리성근}}) 초안 2 - 검토자 {{p:백지원}}
2023.10.12.

1. 전체 의견
잘 정리됨. 다만 증언자의 이름 표기가 "{{r:리성근}}", "{{r:이성근}}", "{{r:성근}}"으로 섞여 있음. 북한식 {{r:리성근}}으로 통일하고 각주에 {{u:남한}} 주민등록상 표기({{r:이성근}})를 밝힐 것. 이상이 없으면 법률팀으로 넘길 것.

2. 3쪽 - 반장
"{{r:홍}} 반장"과 "{{r:홍철진}}"이 같은 사람임을 처음에 밝힐 것. {{r:홍철진}}이 {{u:그단스크}} 조선소에서 여권을 걷었다는 부분은 {{r:성근}} 씨 녹취 42분 지점과 일치함.

3. 4쪽 - {{u:폴란드}} 동료
{{r:마레크 지엘린스키}}를 "{{r:마렉}}"으로 쓴 곳이 있음. 괜찮지만 처음엔 전체 이름. {{u:폴란드}} 노동감독관 보고서 인용에서 "rozmowa z {{r:Zielińskim}}"은 원문 그대로 둘 것.

4. 5쪽 - 사고
2017년 용접 사고 피해자가 "{{p:조영남}}"인데 6쪽엔 "{{p:조용남}}"으로 되어 있음. 녹취 확인 결과 {{p:조영남}}이 맞음. 오타 수정.
{{p:영남}} 씨를 병원에 데려간 사람이 {{r:마렉}}인지 다른 폴란드인 {{p:Piotr}}인지 불분명. {{r:성근}} 씨에게 재확인 필요.

5. 6쪽 - 대표
대표부 사람 "{{p:차광호}}"는 증언에 한 번만 나옴. {{p:차}} 대표가 실제 돈을 받았다는 근거를 {{r:리성근}} 씨가 직접 봤는지 추가 질문 필요.

6. 7쪽 - 탈출
교회 목사 "{{p:한요셉}}" 이름은 보호를 위해 가명 처리 권고. {{p:한}} 목사 본인도 요청한 바 있음({{p:김다혜}} 간사 메모 참조).

7. 기타
- "{{u:EU}} 제재 이후"라는 표현은 시점이 불명확. {{u:유럽연합}} 조치 날짜를 각주로.
- {{u:폴란드}} 측 인력회사 이름은 실명이 아니므로 그대로 둠.
- 7쪽 마지막 줄 "{{r:홍철진}} 반장님이 불쌍하다"는 말은 맥락 설명 필요. {{r:성근}} 씨는 {{r:홍}} 반장도 피해자라고 봄.

검토자 {{p:ㅂㅈㅇ}} (초안 3은 {{p:김다혜}} 간사에게)

8. 부록 인명 대조표 (초안 3에서 삭제 예정)
- {{r:리성근}} = {{r:이성근}} = {{r:Ri Song-gun}} (증언자)
- {{r:홍철진}} = "{{r:홍}} 반장" (반장)
- {{r:마레크 지엘린스키}} = {{r:Marek}} = {{r:Zieliński}} ({{u:폴란드}} 동료)
- {{p:조영남}} (사고 피해자) / 오타 {{p:조용남}}
- {{p:차광호}} (대표부)
- {{p:한요셉}} (목사) → 가명 처리
- {{p:Piotr}}, 성 불명 ({{u:폴란드}} 동료 2)
- 통역 {{p:Agata Nowak}}, 녹취 정리 {{p:김다혜}}""",
    },
    {
        "id": "h43-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Hak-chol", "김학철", "witness", ["학철", "KHC"]),
            ("Jong Mi-ran", "정미란", "relative", ["미란"]),
            ("Sim Kwang-u", "심광우", "supervisor", []),
        ],
        "note": "Caseworker's diary on a former Qatar construction worker; the witness's name identical to a real writer's, kept private here; initials as a case handle, a Nepali co-worker, Qatari official fictional, emoji, weekdays, surname 심 beside 심 (heart) in ordinary words.",
        "text": """[사례관리 일지] 담당 {{p:차예린}} - 대상 {{r:김학철}}(QA-19-011, 내부 약칭 {{r:KHC}})

3/4(월)
{{r:학철}} 씨 첫 상담. {{u:카타르}} {{u:도하}} 건설 현장 3년. 허리 통증 심함. 부인 {{r:정미란}} 씨와 같이 옴. {{r:미란}} 씨가 말을 더 많이 함.

3/6(수)
{{u:국립중앙의료원}} 예약. {{r:김학철}} 씨 혼자 가기 싫다고 해서 동행하기로.

3/8(금)
동행. 대기 2시간. {{r:학철}} 씨가 현장 이야기를 처음 꺼냄. 반장이 {{r:심광우}}. "{{r:심}} 반장은 심성이 나쁜 사람은 아닌데 겁이 많았다"고. 현장에 {{u:네팔}} 노동자 {{p:Bikash}}가 있었고 {{p:Bikash}}가 물을 나눠 줬다고 함.

3/11(월)
{{r:미란}} 씨 전화. 남편이 밤마다 꿈을 꾼다고. 꿈에 {{p:하경수}}가 나온다고 함 → {{p:하경수}}는 2018년 열사병으로 쓰러진 동료. {{p:경수}} 씨 생사 모름.

3/13(수)
팀 회의에서 {{p:곽동훈}} 팀장이 {{r:KHC}} 사례 법률 검토 요청. 변호사 {{p:윤서진}}에게 연결.

3/15(금)
{{r:김학철}} 씨가 "같은 이름의 유명한 작가가 있다"며 웃음 😅 검색하면 그 사람이 나와서 좋다고. 그래도 보고서에는 가명.

3/19(화)
{{r:심광우}}의 상관이었던 대표 {{p:리명수}} 이야기. {{p:리}} 대표가 {{u:카타르}} 회사 담당자 Mr. {{p:Al-Kuwari}}와 계약. → {{p:Al-Kuwari}}는 {{r:학철}} 씨가 본 서류에 적힌 이름일 뿐, 실제 인물 확인 안 됨.

3/22(금)
{{r:미란}} 씨 혼자 옴. 남편 몰래. 친정 언니 {{p:정미순}}이 {{u:북한}}에 있는데 연락이 끊겼다고 함. {{p:미순}} 언니 이야기 하다 울음 😢

3/25(월)
{{r:학철}} 씨 허리 MRI 결과: 디스크. 수술 필요 없음. 물리치료.

3/28(목)
{{p:윤서진}} 변호사 의견: {{u:국제노동기구}} 진정은 어려움, 기록 보존 권장. {{r:KHC}} 본인에게 설명 완료. {{r:학철}} 씨 "{{r:심}} 반장 이름은 빼 달라"고 요청. 이유: {{r:심광우}} 가족도 {{u:함흥}}에 있음.

3/29(금)
월말 정리. 다음 달부터 {{r:미란}} 씨 심리상담 연결({{u:남북하나재단}} 지원). 담당 {{p:차}}.""",
    },
    {
        "id": "h43-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yang Kum-chol", "양금철", "witness", ["금철", "Kum-chol"]),
            ("Do Hyon-sik", "도현식", "supervisor", ["Doc"]),
            ("Olga Sergeyevna Belova", "올가 세르게예브나 벨로바", "other", ["Olga", "Оля"]),
        ],
        "note": "Interpreter's running notes in Korean and English, St Petersburg housing site; supervisor Do nicknamed Doc beside 'do' and 'doc', Russian registered landlady in Latin and Cyrillic with a case ending, kinship plus name (광일이 형), names in capitals, a public stadium and metro station.",
        "text": """INTERPRETER NOTES / 통역 메모 - {{p:Lee Ha-rin}}
Session: RU-21-030, {{r:YANG Kum-chol}} ({{r:양금철}}) / 2023.8.22 / {{u:Seoul}}

09:40 Start. Interviewer {{p:Ben Albright}}. {{r:금철}} 씨 긴장. Asked him to call me "통역 선생" not "누나".
09:48 현장: {{u:St Petersburg}}, near {{u:Krestovsky Stadium}}? He says "축구장 옆". I wrote "next to the stadium" - {{p:Ben}} will check.
09:55 반장 = {{r:도현식}}. Workers called him "{{r:Doc}}" because he carried a first-aid kit and pretended to be a doctor. Note: when {{r:Kum-chol}} says "do" in English ("what to do") it is not the name; when he says "{{r:도}} 반장" it is.
10:02 {{r:Do}} confiscated phones. {{r:도현식}}이가 밤에 점호. He names co-workers: {{p:황명진}}, {{p:양수철}} (no relation, "양씨가 많다"), {{p:채광일}}.
10:10 {{p:채광일}} = "{{p:광일}}이 형". {{r:금철}} 씨보다 다섯 살 위. {{p:광일}} 형 is the one who got him the Russian SIM.
10:18 Landlady: {{r:Olga Sergeyevna Belova}}. He calls her "{{r:Olga}} 아주머니"; in the text message he showed us she signs "{{r:Оля}}". Her message: "Передай {{p:Гвану}} привет" - {{p:Гван}} = {{p:Kwang-il}} ({{p:채광일}}).
10:25 Accident, 2019.11: {{p:Hwang Myong-jin}} fell. {{r:Doc}} did the "first aid". {{p:황명진}} was taken to hospital by {{r:Olga}}'s son {{p:Dmitri}} ({{p:Dima}}). {{r:도}} 반장 angry at {{r:Olga}}.
10:40 Pay: 40,000 roubles "on paper". He got ~6,000. Rest → "{{r:Doc}}" → 대표 {{p:리승혁}} → ? {{r:Kum-chol}} never saw {{p:리}} 대표 more than twice.
10:52 Break. {{r:금철}} 씨 smoked. {{p:Ben}} asked me whether "양" is "sheep" - yes, the character can be, but not here; it is just the surname. Not translated to him.
11:05 Escape 2020.3: {{p:광일}} 형 and {{r:Kum-chol}} went to {{u:Ploshchad Vosstaniya}} metro, met a Korean church member "{{p:요셉}} 집사" ({{p:Yosep}}). From there {{u:Moscow}}, then {{u:UNHCR}}.
11:20 {{p:채광일}} stayed in {{u:Russia}}? {{r:Kum-chol}} unsure. Last message from {{p:Kwang-il}}: 2021.1.
11:34 He asks that {{r:Olga Belova}}'s name be protected - {{r:Olga}} still rents to Korean workers. Flag to {{p:Ben}}.
11:40 End. {{r:YANG}} thanked me in Russian, "спасибо". - {{p:LHR}}""",
    },
    {
        "id": "h43-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jang Ok-ryon", "장옥련", "witness", ["Ok-ryon", "옥련"]),
            ("Zhao Guiying", "자오구이잉", "supervisor", ["赵姐", "赵桂英"]),
            ("Jang Ok-gyong", "장옥경", "relative", ["옥경"]),
        ],
        "note": "Interview summary in English with Hangul and Chinese inside, Shenyang garment factory; two sisters sharing a surname, a Chinese supervisor as 赵姐 and in Hanzi, Chinese foreman 老孙, Korean kinship plus name, zero-width joiner inside a Hangul name, public companies and city; CRLF.",
        "text": """INTERVIEW SUMMARY - CN-18-019 - {{r:Jang Ok-ryon}} ({{r:장옥련}})
Interviewer: {{p:Kim Da-som}} | Language: Korean, some Chinese | 2023.5.9, {{u:Seoul}}

{{r:Ok-ryon}} worked in a garment factory on the edge of {{u:Shenyang}} from 2016 to 2019, sewing sportswear. She says the labels were for brands "like {{u:Adidas}}" but she is not sure, and we must not write that they were. The factory belonged to a Chinese company; the floor supervisor was a Chinese woman, {{r:Zhao Guiying}} ({{r:赵桂英}}), whom the Korean women called "{{r:赵姐}}" ({{r:자오}} 언니). {{r:赵姐}} was strict but fair, {{r:Ok-ryon}} says; the North Korean minder, {{p:Ri Pok-sun}} ({{p:리복순}}), was the one the women feared.

Her younger sister {{r:Jang Ok-gyong}} ({{r:옥경}}) was in the same group. "{{r:옥경}}이가 저보다 손이 빨랐어요." {{r:Ok-gyong}} had a fever in the first winter; {{r:赵姐}} brought medicine from her own home. {{p:Ri Pok-sun}} reported it, and {{r:Zhao}} was warned by the factory owner, {{p:孙总}}. The women also mention a male foreman, "{{p:老孙}}" - {{r:Ok-ryon}} thinks he was the owner's brother, {{p:Sun Wei}}.

Daily: 06:00 roll call by {{p:Ri}} (she calls her "{{p:복순}} 동무" or "{{p:리}} 동무"), 07:00-22:00 sewing, 30 minutes lunch. On Sundays the women did "self-criticism" led by {{p:Ri Pok-sun}} and the group's political officer {{p:Chang Myong-ok}} (장명옥) - not related to the sisters; "장씨 is common", {{r:Ok-ryon}} laughed.

The room: six women. She names {{p:Pak Hye-gyong}}, {{p:So Kum-i}}, {{p:Han Un-mi}} and "{{p:은미}} 언니" (= {{p:Han Un-mi}}). So, with the sisters, that is five; the sixth she cannot remember.

2018: {{p:So Kum-i}} tried to hide a Chinese phone, a gift from a Chinese driver, {{p:小刘}}. {{p:Kum-i}} - {{r:Ok-ryon}} writes her name {{p:금\u200d이}} - was sent home within a week. "So that was the end of {{p:Kum-i}}."

2019: the sisters left separately. {{r:Ok-gyong}} went first, with help from a Korean-Chinese man, {{p:Piao Chenglin}}. {{r:Ok-ryon}} followed a month later. They met again in {{u:Kunming}}. Both arrived in {{u:South Korea}} in 2020 and live in {{u:Ansan}}.

Interviewer's note: {{r:Ok-ryon}} wants {{r:赵姐}} thanked somehow. Advised against any contact. The sisters asked that their mother's name, {{p:Kim Son-hwa}}, be left out.""",
    },
    {
        "id": "h43-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Myong-dok", "강명덕", "witness", ["명덕", "Myong-dok"]),
            ("Nguyen Van Hai", "응우옌 반 하이", "coworker", ["Hai", "하이"]),
            ("Sok Chang-ryol", "석창렬", "supervisor", ["석 선장"]),
        ],
        "note": "Supervisor's case conference notes, Korean and English mixed, on a Russian trawler case; registered Vietnamese crewman named Hai beside the greeting 'hi', captain with a Korean title, a real port and a real ship, staff initials, surname 석 beside ordinary 석 (seat/three).",
        "text": """케이스 컨퍼런스 / Case conference - 2024.1.17 (수) 10:00
참석: {{p:Helen Choi}}(supervisor), {{p:권도윤}}(caseworker, {{p:KDY}}), {{p:Ahmed Saleh}}(legal), {{p:노지아}}(intern)
Case: SEA-22-005 {{r:강명덕}} ({{r:Kang Myong-dok}})

1. Summary ({{p:KDY}})
- {{r:명덕}} 씨, 2017-2019 {{u:러시아}} 트롤선 선원. {{u:Nakhodka}} 기항. 선장 = {{r:석창렬}}, 선원들은 "{{r:석}} 선장"이라 부름. 세 석 중 가운데 석이 선장 자리였다고 - 배 안 식당 자리 이야기.
- Vietnamese crewman {{r:Nguyen Van Hai}} = key corroborating witness. {{r:Hai}} now in {{u:Hai Phong}}. {{r:명덕}} 씨는 "{{r:하이}}"라고 부름.
- {{p:Helen}}: note that when {{r:Myong-dok}} writes "hi {{r:Hai}}" in messages, the first "hi" is just hello.

2. Issues
- {{r:석창렬}} allegedly withheld wages 18 months. Russian owner's agent: {{p:Vladimir Gusev}}. {{p:Gusev}} signed the crew list.
- Crew list (photo, 2018) shows: {{r:KANG MYONG DOK}} - wait, that is {{r:KANG MYONG DOK}}, our client; {{p:RI SONG U}}; {{p:NGUYEN VAN TUAN}}; {{p:CHOE IL}}. → {{p:KDY}}: the draft had labelled these as two people; fix.
- {{p:Ahmed}}: possible complaint via {{u:ITF}} inspector in {{u:Vladivostok}}. Inspector's name given by {{r:Hai}}: {{p:Sergei Kolesnikov}}.
- 2018.12 사고: 갑판원 {{p:리성우}} ({{p:Ri Song-u}}) 손가락 절단. {{r:석}} 선장이 육지 병원 거부. {{r:Hai}}가 응급처치.

3. Comparison
- Another case (SEA-21-002) mentions the real ferry {{u:Mangyongbong-92}} in a different context - NOT related. {{p:노지아}} please do not merge.
- {{p:Choe Il}} ({{p:최일}}) may be the same man as "{{p:일}}이" in {{r:명덕}}'s diary - check.

4. Risk
- {{r:강명덕}}'s brother {{p:강명수}} still in {{u:North Korea}}. Use pseudonym in any output.
- {{r:Nguyen Van Hai}} consents to be named in legal filings only; in public reports use "crewman {{r:H.}}"

Actions: {{p:KDY}} - call {{r:Hai}} via {{u:Zalo}} by 1/26. {{p:AS}} - {{u:ITF}} contact. {{p:NJA}} - clean crew list labels.
Next conference 2/14. Notes: {{p:노지아}}.""",
    },
    {
        "id": "h43-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Jin-u", "김진우", "witness", ["진우", "Kim Jin-woo"]),
            ("Kim Kwang-hyok", "김광혁", "supervisor", ["Kim the Elder"]),
            ("Irina Pak", "이리나 박", "other", ["Ира"]),
        ],
        "note": "Question-and-answer transcript, Korean with Russian, Moscow renovation crews; a witness and supervisor sharing a surname, a Koryo-saram registered interpreter with a Russian diminutive, Russian case endings (Пака, Кима), public figures mentioned neutrally, 진 as a word (jeans), South romanization.",
        "text": """[문답] RU-22-041 / 녹취 요약 / 2023.3.30
질문 Q: {{p:서윤아}} / 답 A: {{r:김진우}} ({{r:Kim Jin-woo}}) / 러시아어 부분 확인: {{r:Irina Pak}}

Q: {{u:모스크바}}에서 무슨 일을 했어요?
A: 아파트 수리요. 벽지, 타일. 우리 팀은 다섯 명이었고, 팀장이 {{r:김광혁}}이었어요. 같은 김씨라서 사람들이 저를 "{{r:작은 김}}", 팀장을 "{{r:Kim the Elder}}"... 아니 {{u:러시아}} 사람들은 "{{r:старший Ким}}"이라고 불렀어요.
Q: {{u:러시아}} 고객은 팀장을 어떻게 불렀어요?
A: "{{r:Кима}} позови" - "{{r:김}}을 불러라" 그랬어요. 제 이름은 몰랐어요. 저는 그냥 "мальчик".
[{{r:이리나}} 메모: Кима는 Ким의 생격/대격. 원문대로 둠.]
Q: 돈은 누가 받았어요?
A: 고객이 {{r:김광혁}} 팀장한테 현금으로 줬어요. {{r:광혁}} 동지는 그걸 대표 {{p:박영춘}}한테 갖다 줬고요. {{p:박}} 대표는 {{u:러시아}} 사람들이 "{{p:Пак}}" 또는 "{{p:Пака}} нет" 하고 불렀어요.
Q: 한 달에 얼마 받았어요?
A: 손에 쥔 건 오천 루블. 청바지 하나 사면 끝이에요. 진 하나에 삼천이었으니까.
Q: 같이 일한 사람들 이름 기억나요?
A: {{p:정철용}}, {{p:오명수}}, {{p:류성}}. {{p:성}}이는 막내였어요. {{p:철용}}이 형이 제일 잘해 줬어요.
Q: 다친 사람은?
A: {{p:오명수}}가 사다리에서 떨어졌어요. 고객 집 할머니 {{p:Валентина Ивановна}}가 구급차 불렀어요. {{r:김광혁}}이 화를 냈는데 그 할머니가 "Не кричи на него!" 했어요.
Q: 뉴스나 정치 이야기는 들었어요?
A: 2019년 {{u:블라디보스토크}}에서 {{u:김정은}}하고 {{u:푸틴}}이 만났다는 건 TV로 봤어요. 그때 {{r:김}} 팀장이 "우리도 곧 돈 많이 번다" 했어요.
Q: 어떻게 나왔어요?
A: 2021년에 {{r:Ира}} 누나가 도와줬어요. [{{r:Irina Pak}}: 저는 그 당시 교회 봉사자였음. 이 부분 제 이름 빼 주세요.] {{r:이리나}} 누나 친구 {{p:Сергей Пак}}이 차를 태워줬어요. {{p:Сергея}}가 없었으면 못 나왔어요.
Q: 팀장은 지금?
A: 몰라요. {{r:Kim Kwang-hyok}}도 불쌍해요. 그 사람도 {{u:평양}}에 가족 있어요.
Q: 고마워요, {{r:진우}} 씨.
[종료. 정리: {{p:서윤아}}. 러시아어 검수: {{r:И. Пак}}]
Q: 팀 다섯 명 중 마지막 한 명은요?
A: {{p:한광수}}요. {{p:광수}}는 {{u:러시아}} 여자 친구가 있었어요. {{p:Наташа}}라고. {{r:김광혁}}이 알면 큰일 나니까 {{p:철용}}이 형하고 저만 알았어요. {{p:Наташи}} 집에서 가끔 밥 먹었어요.
Q: {{p:한광수}} 씨는 지금?
A: 2020년에 {{u:평양}}으로 돌아갔어요. {{p:Наташа}}가 울었대요. {{r:Ира}} 누나한테 들었어요.""",
    },
    {
        "id": "h43-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Mun Chol-ung", "문철웅", "witness", ["철웅", "Moon Cheol-woong"]),
            ("Salim Al-Balushi", "살림 알발루시", "other", ["Salim"]),
            ("Mun Hye-ok", "문혜옥", "relative", ["혜옥"]),
        ],
        "note": "Follow-up call notes on an Oman and UAE construction case, Korean and English; the witness written Mun and Moon, 'moon' as an ordinary word, a registered Omani helper, fullwidth digits in a handle, emoji, an app, a sister as 혜옥 언니; mixed eol.",
        "text": """FOLLOW-UP / 후속 연락 기록 - OM-20-004 {{r:문철웅}} ({{r:Mun Chol-ung}}, {{u:ROK}} ID: {{r:Moon Cheol-woong}})
Staff: {{p:Grace Yoon}}

2023.11.02 call (WhatsApp) - 30 min
- {{r:철웅}} 씨 OK. Working in {{u:Pyeongtaek}}.
- Clarified the {{u:Muscat}} period: the Omani man who helped him was {{r:Salim Al-Balushi}}, a shop owner near the site. {{r:Salim}} gave him food during Ramadan "when the moon was new". (moon = 달, not the name.)
- {{r:Mun}} asked if we can thank {{r:Salim}}. Told him no direct contact for now.

2023.11.20 문자
- "{{r:혜옥}} 누나 소식 있어요?" → 없음. 누나 {{r:문혜옥}}은 {{u:원산}}.

2023.12.08 call - 45 min
- New: before {{u:Oman}}, 2016-17 in {{u:Abu Dhabi}}. 반장 {{p:차명일}} ({{p:Cha Myong-il}}). {{p:Cha}} kept passports.
- Co-workers: {{p:김룡}} (one-syllable given name; everybody said "{{p:룡}}"), {{p:Pyon Song-chol}}, {{p:백철}}. {{p:룡}}이 had heat stroke 2017.8.
- {{r:철웅}} 씨 says a Bangladeshi worker, {{p:Rahim}}, carried {{p:룡}} to the shade. {{p:Rahim}}'s surname unknown.
- He sent a photo via WhatsApp of a notebook; handle on it: "{{p:ｃｈａ}}_boss" (fullwidth) - 반장 {{p:차}}의 계정? He thinks so.

2024.01.15 call - 20 min 😊
- Good news: {{r:Moon}} got his driving licence.
- Asked again about {{r:Salim}}: {{r:Al-Balushi}}'s shop was next to a mosque; {{r:Salim}}'s brother {{p:Khalid}} also helped once.

2024.02.02 call - 15 min
- Sister {{r:Mun Hye-ok}}: a broker in {{u:China}}, {{p:老金}}, says {{r:혜옥}} 언니... - no wait, he said "누나". {{r:Hye-ok}} may want to leave. {{r:Chol-ung}} worried about money (broker fee 3,000만 원?).
- Advised: do not send money to {{p:老金}} before we verify. Referred to {{p:정한결}} (counsellor).

2024.02.28
- No answer x3. Will try again next week. - {{p:G.Y.}}""",
    },
    {
        "id": "h43-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Chun-hwa", "리춘화", "witness", ["춘화"]),
            ("Ri Yong-nam", "리용남", "relative", ["Yong-nam", "용남"]),
            ("Ochirbat Saruul", "오치르바트 사롤", "coworker", ["Saruul"]),
        ],
        "note": "Family member's account, a daughter on her father's work in Mongolia and Russia, Korean with English glosses; father and daughter sharing a surname, the public figure Ri Sol-ju mentioned neutrally beside private Ris, a Mongolian registered coworker, a photo caption quoted, kinship words not labelled, a typo in a name.",
        "text": """가족 진술 / Family account - {{r:리춘화}} ({{r:Ri Chun-hwa}}) on her father {{r:리용남}} ({{r:Ri Yong-nam}})
Recorded by {{p:Sarah Nam}} / translated in brackets where needed / 2023.7.11

제 아버지 {{r:리용남}}은 1990년대 말부터 해외 건설에 여러 번 나갔습니다. [My father worked abroad several times from the late 1990s.] 처음은 {{u:러시아}} {{u:하바롭스크}}, 나중엔 {{u:몽골}}이었습니다.

아버지가 {{u:몽골}}에서 보낸 사진이 한 장 있습니다. 뒤에 "{{r:용남}}, {{r:Saruul}}, {{p:명식}} - 2009.2.30"이라고 적혀 있었습니다. [Caption on the back; the date is impossible, my father wrote it that way.] {{r:Saruul}}은 {{u:몽골}} 동료 {{r:Ochirbat Saruul}}입니다. 아버지는 "{{r:사롤}}"이라고 불렀습니다. {{p:명식}}은 {{p:함명식}} 아저씨인데, 우리 동네 사람입니다.

어머니 {{p:주금녀}}는 아버지가 없는 동안 장사를 했습니다. 어머니가 자주 한 말: "{{r:용남}} 씨 돈은 한 번도 집에 온 적 없다." 아버지 월급은 대표 {{p:손경철}}이 다 가져갔다고 합니다. {{p:손}} 대표는 {{u:몽골}} 현장 두 곳을 맡았습니다. [Representative {{p:Son Kyong-chol}} took the wages.]

아버지 편지에 자주 나온 이름은 반장 {{p:리정호}}입니다. 우리랑 같은 리씨지만 친척 아닙니다. TV에 {{u:리설주}} 여사 나오면 아버지가 "리씨 많다" 하고 웃었습니다. [My father joked that there are many Ris.]

2011년 아버지가 다쳐 돌아오셨습니다. 손가락 두 개가 없었습니다. 아버지 말로는 {{r:Saruul}} 아저씨가 병원에 데려갔고, 반장 {{p:리정호}}는 화를 냈다고 합니다. {{p:Ri Jong-ho}} wanted it hidden.

저는 2018년에 {{u:중국}}을 거쳐 {{u:한국}}에 왔습니다. 오빠 {{p:리춘성}}은 아직 {{u:북한}}에 있습니다. {{p:춘성}} 오빠는 아버지를 모시고 삽니다.

아버지 {{r:리용남}}... [interviewer: she pauses; she wants to add something] 아버지는 자기 이야기가 밖에 나가는 걸 원하지 않으실 겁니다. 그래도 {{r:Saruul}} 아저씨에게 고맙다는 말은 꼭 전하고 싶습니다. {{u:몽골}} 연락처는 모릅니다. 사진 속 {{r:Ochribat}}이라고 잘못 적힌 이름도 같은 분입니다.

[Note by {{p:S.N.}}: "{{r:춘화}}" asked that her own name be replaced by a pseudonym in any report.]

[Follow-up, 2023.7.25, by phone - {{p:S.N.}}]
{{r:춘화}} 씨가 사진 속 다른 사람들 이름을 더 기억해 냈습니다. 뒷줄: {{p:함명식}}, {{p:조영진}}, {{p:Bold}}(운전수), 앞줄: {{r:용남}}, {{r:Saruul}}, {{p:리정호}}. [Back row: {{p:Ham Myong-sik}}, {{p:Jo Yong-jin}}, {{p:Bold}}; front: {{r:Yong-nam}}, {{r:Saruul}}, {{p:Ri Jong-ho}}.] {{p:조영진}} 아저씨는 2012년에 {{u:울란바토르}}에서 돌아가셨다고 어머니 {{p:주금녀}}가 들었답니다. {{p:Bold}}의 딸 {{p:Solongo}}가 {{r:Saruul}} 아저씨의 조카라고 합니다. {{r:춘화}} 씨는 "{{r:사롤}} 아저씨를 찾으려면 {{p:솔롱고}}부터 찾아야 한다"고 했습니다.""",
    },
    {
        "id": "h43-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Chol-ho", "계철호", "witness", ["Chol-ho"]),
            ("Kye Myong-ok", "계명옥", "relative", []),
            ("Hae-won Baek", "백해원", "other", ["Hae-won"]),
        ],
        "note": "Data-protection impact assessment for a new testimony database, with a worked example record, risk owners and field-level examples; surname-first and given-name-first orders, e-mail local parts, a role account, a sample test name that is a real public figure, Kye used as surname only, GDPR and a regulator as public names.",
        "text": """DATA PROTECTION IMPACT ASSESSMENT (DPIA) - Testimony Database v2
Version 0.7 | Owner: {{r:Hae-won Baek}} (data protection lead) | Reviewers: {{p:Thomas Griffin}}, {{p:Jeon Seo-hyun}}
Applicable framework: {{u:GDPR}} (EU donors), {{u:Personal Information Protection Act}} ({{u:ROK}}). Supervisory contact: {{u:Personal Information Protection Commission}}.

1. Purpose
The database replaces the shared spreadsheets. It holds testimonies of North Korean workers sent abroad, their family members and the people they name (supervisors, minders, foreign employers).

2. Data flow, with a worked example
To test the flow we traced one real record (consent given for internal use only):
(a) Intake: caseworker {{p:Jeon Seo-hyun}} records the witness {{r:KYE Chol-ho}} ({{r:계철호}}), b. 1985, ex-worker at a timber site in {{u:Russia}}.
(b) The intake form names his sister {{r:Kye Myong-ok}} (still in {{u:North Korea}}), his brigade leader {{p:Ri Tae-song}}, and co-workers {{p:Kwak Il-nam}} and {{p:Ho Chang-sik}}.
(c) Interview: recorded by {{p:Thomas Griffin}}; interpreter {{p:Na Yu-jin}}. In the transcript {{r:Chol-ho}} is "{{r:CHK}}"; his sister is "the sister", once "{{r:명옥}}이".
(d) Export: the anonymiser replaces {{r:Kye Chol-ho}}, {{r:Chol-ho}}, {{r:Kye}}, {{p:Ri Tae-song}}, "{{p:Tae-song}}", {{p:Kwak}}, {{p:Ho}} etc. A known weakness: "{{p:Ho}}" was missed where the transcript said "Mr {{p:Ho}} (the cook)"; flagged as risk R4.
(e) Backup: encrypted, weekly, stored in {{u:Frankfurt}} ({{u:Amazon Web Services}}).

3. Test data
The test set must never use real witnesses. Earlier tests used a folk-tale placeholder (fine) and once "{{u:Kim Jong Un}}" (a public figure - fine as a test of the public-name filter, but remove from training data).

4. Risks (owner in brackets)
R1 Re-identification of family in {{u:North Korea}} through combination of home town + age + job ({{r:Hae-won}}).
R2 Staff accounts: access via personal logins only. Current logins: {{r:haewon.baek}}@..., {{p:tgriffin}}@..., {{p:seohyun.jeon}}@...; shared mailbox intake@... is a role account and stays.
R3 Interpreters' home copies. {{p:Na Yu-jin}} and {{p:Boris Ten}} confirmed deletion (signed 2023-09-04).
R4 Missed short surnames ("Ho", "O", "An", "So") - see 2(d) ({{p:Griffin}}).
R5 Foreign names in non-Latin scripts: the example record includes the Russian foreman {{p:Алексей Смирнов}} ("{{p:Лёша}}") and the Chinese trader {{p:刘建华}}. ({{p:Jeon}}).
R6 Witness withdrawal: if {{r:Kye Chol-ho}} withdraws, his sister's entry must go too ({{r:Baek}}).

5. Consultation
Discussed with {{r:Chol-ho}} on 12 Sept 2023. He asked whether "Kye" alone, as a surname, is too rare to leave - yes, it is rare; it will be replaced. He also asked that {{p:Kwak Il-nam}}'s name be kept, as {{p:Kwak}} "wants the world to know". Noted, decision deferred to {{r:Hae-won Baek}}.

6. Sign-off
DPO: {{r:H.-W. Baek}} | Director: {{p:Lim Jae-sung}} | Date: 30 September 2023.""",
    },
    {
        "id": "h43-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-ae", "박영애", "witness", ["Yong-ae", "Park Young-ae"]),
            ("Pak Chol", "박철", "relative", []),
            ("Rebecca Stanton", "레베카 스탠턴", "other", ["Becky"]),
        ],
        "note": "Oral-history deed of gift and licence between a witness and an archive, with schedule of recordings and named third parties; witness in two romanizations, a one-syllable given name, restrictions naming people, a registered archivist with a diminutive, a real university and library as public; CRLF.",
        "text": """DEED OF GIFT AND LICENCE - ORAL HISTORY RECORDINGS
Between: {{r:PAK YONG-AE}} (the Narrator; {{u:ROK}} registration: {{r:Park Young-ae}})
And: the Forced Labour Oral History Project, hosted by the {{u:University of Leeds}} Library Special Collections (the Archive), represented by {{r:Rebecca Stanton}}, Archivist.

1. Gift. The Narrator gives to the Archive the physical recordings listed in Schedule A, made between 3 and 17 March 2023 by interviewer {{p:Kim Soo-ah}}.

2. Licence. The Narrator grants the Archive a non-exclusive licence to preserve, copy and make the recordings available under the access conditions in Schedule B. Copyright remains with the Narrator, {{r:Pak Yong-ae}}, and passes on her death to her brother {{r:Pak Chol}}.

3. Third parties. The recordings mention other people. The Narrator asks that the following names be closed (see Schedule B): {{r:Pak Chol}}; her former supervisor {{p:Rim Kyong-hui}}; her roommates {{p:Sin Ok-ju}} and {{p:Hyon Mi-na}}; the Chinese factory owner {{p:Lin Guodong}}; the broker known as "Auntie {{p:Song}}" (surname {{p:Song}}, given name unknown).

4. Withdrawal. The Narrator may withdraw within 12 months by writing to the Archivist ({{r:Becky}}) at the address below.

Schedule A - recordings
A1 2023-03-03 - 01:42:10 - childhood in {{u:Sinuiju}}; father; brother {{r:Chol}}
A2 2023-03-07 - 02:05:33 - recruitment; departure via {{u:Dandong}}; supervisor {{p:Rim}}
A3 2023-03-10 - 01:58:02 - factory work; roommates {{p:Ok-ju}}, {{p:Mi-na}}; owner {{p:Lin}} ("{{p:林老板}}")
A4 2023-03-14 - 01:20:47 - injury; Chinese doctor Dr {{p:Zhang}}... [see correction] ; escape with {{p:Mi-na}}
A5 2023-03-17 - 00:55:15 - life in {{u:Seoul}}; reflections
Correction to A4: the doctor is {{p:Zhang Hui}}; "Dr" is a title, not part of the name.

Schedule B - access
Open: A1 (except 00:40-00:52, where {{r:Chol}} is named), A5.
Closed until 2040: A2, A3, A4, or until the deaths of {{p:Rim Kyong-hui}}, {{p:Sin Ok-ju}} and {{p:Hyon Mi-na}} are confirmed, whichever is later.
Transcripts: anonymised copies may be released; the Narrator is "Narrator 17"; {{r:Pak Chol}} is "Brother".

Signed: {{r:Pak Yong-ae}} / {{r:박영애}} (in Hangul)
For the Archive: {{r:R. Stanton}}
Witness to signatures: {{p:Jonathan Mills}}, solicitor, {{u:Leeds}}
Interpreter's certificate: I, {{p:Seol Ha-neul}}, interpreted this deed to {{r:Yong-ae}} in Korean. {{p:Ha-neul}} / 20 March 2023.

Schedule C - names mentioned in the recordings (index, closed)
{{p:Rim Kyong-hui}} (A2, A3); {{p:Sin Ok-ju}} (A3, A4); {{p:Hyon Mi-na}} (A3, A4); {{p:Lin Guodong}} / {{p:林老板}} (A3); {{p:Zhang Hui}} (A4); Auntie {{p:Song}} (A2); {{r:Pak Chol}} (A1); {{p:Pak Sung-ho}}, father, deceased (A1); {{p:Ho Sun-ok}}, mother (A1); {{p:Kim Soo-ah}}, interviewer (all).""",
    },
    {
        "id": "h43-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Kwang-myong", "전광명", "witness", ["Kwang-myong"]),
            ("Daniel Okoye", "다니엘 오코예", "other", ["Dan"]),
            ("Son Chun-il", "손춘일", "supervisor", []),
        ],
        "note": "Chain-of-custody form for a physical notebook handed in by a witness; handler initials and signatures in each row, the notebook's own contents naming a supervisor and workers, Jon vs Jeon spelling, Son beside 'son', a courier company and a forensic lab that are real, a date written 2023-02-29.",
        "text": """CHAIN OF CUSTODY RECORD - Item EV-2023-014
Item: notebook, blue cover, 96 pages, handwritten in Korean; kept by the worker on a construction site in {{u:Kazan}}, {{u:Russia}}, 2017-2019.
Source: handed over by {{r:JON Kwang-myong}} ({{r:전광명}}), the owner and author, in {{u:Seoul}}.
Case: RU-22-057. Evidence officer: {{r:Daniel Okoye}}.

Contents summary (from first inspection, no transcription yet):
pp. 1-20 daily work hours and sums owed; the brigade leader {{r:Son Chun-il}} appears as "{{r:손}}" or "{{r:손}} 반장"
pp. 21-40 list of co-workers with home towns: {{p:Ri Myong-chan}} ({{u:Kaesong}}), {{p:Pyon Il-su}}, {{p:Ho Kang-il}}, {{p:Chu Song-mi}} (female cook), {{p:Yom Tae-jin}}
pp. 41-60 letters drafted to his son, {{p:Jon Hyok}}; the word "son" in our summary means the boy, not the surname {{r:Son}}
pp. 61-96 blank except a phone number labelled "{{p:Marat}}" (a Tatar driver, per {{r:Kwang-myong}})

TRANSFERS
| # | Date / time | Released by | Received by | Purpose | Condition |
| 1 | 2023-02-14 15:20 | {{r:Jon Kwang-myong}} | {{r:D. Okoye}} | intake | good, cover torn |
| 2 | 2023-02-15 09:05 | {{r:DO}} | {{p:Hwang Se-bin}} ({{p:HSB}}) | photography | good |
| 3 | 2023-02-15 17:40 | {{p:HSB}} | {{r:DO}} | return to safe | good |
| 4 | 2023-02-29 10:00 | {{r:DO}} | {{p:Lisa Moreau}} | handwriting exam | [date impossible - see note 1] |
| 5 | 2023-03-06 11:30 | {{p:L. Moreau}} | courier ({{u:DHL}}) | to lab | sealed bag 0417 |
| 6 | 2023-03-08 14:12 | {{u:DHL}} | Prof. {{p:Anna Lindqvist}} [see note 2] | ink dating | seal intact |
| 7 | 2023-04-20 16:00 | lab | {{r:Dan Okoye}} | return | seal intact |
| 8 | 2023-04-21 10:15 | {{r:Okoye}} | {{r:Jeon Gwang-myeong}} (owner, {{u:ROK}} spelling) | viewing, 30 min | returned same day |
| 9 | 2023-04-21 10:50 | {{r:Jeon Gwang-myeong}} | {{r:Okoye}} | back to safe | good |

Notes
1. Row 4: the date 29 February 2023 does not exist; {{r:Okoye}} believes it was 1 March. Confirmed by {{p:Moreau}}'s e-mail.
2. Row 6: received by {{p:Anna Lindqvist}}; "Prof." is a title. Lab: {{u:Netherlands Forensic Institute}}.
3. The owner asked that the names of {{p:Chu Song-mi}} and {{p:Yom Tae-jin}} not be photographed again. {{p:Hwang}} has deleted the close-ups of pp. 21-40 except the {{r:Son Chun-il}} pages.
4. Items remain in safe B, key held by {{r:Okoye}} and {{p:Hwang Se-bin}}.""",
    },
    {
        "id": "h43-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Son-hwa", "류선화", "witness", ["Son-hwa"]),
            ("Michael Harrow", "마이클 해로우", "other", ["Harrow"]),
            ("Ko Tae-man", "고태만", "supervisor", []),
        ],
        "note": "Annotated bibliography of sources on North Korean overseas labour; real organisations as authors, fictional private authors cited surname-first with initials, an unpublished interview cited with a pseudonym code, a witness who is also a cited author, Harrow beside 'harrowing', public reports and cities.",
        "text": """ANNOTATED BIBLIOGRAPHY - North Korean overseas labour (internal, rev. 4, compiled by {{r:M. Harrow}})

{{u:Leiden Asia Centre}} (2016). Slaves to the System: North Korean Forced Labour in the {{u:EU}}. {{u:Leiden}}.
  Still the main source for {{u:Poland}}. Cites shipyards in {{u:Gdynia}}; no names of workers. Harrowing but careful.

{{u:Database Center for North Korean Human Rights}} (2019). Report on North Korean overseas workers (Korean edition).
  Extensive interview material; interviewees coded. Note: the coded "Interviewee 7" is the same woman as our witness {{r:Ryu Son-hwa}} - confirmed with her in 2022. Do NOT state this link in any publication.

{{p:Ryu S.-H.}} (2021). "Three winters in {{u:Tomsk}}." Unpublished memoir, 48 pp., held by us.
  Author is our witness {{r:Son-hwa}} writing under her own initials. Chapter 2 describes the supervisor {{r:Ko Tae-man}} in detail ("{{r:고}} 반장"); chapter 4, her friend {{p:Chang Un-jong}}.

{{p:Whitfield, J.}} & {{p:Oh, K.}} (2020). "Remittances and the state: a model." Journal of Fictional Economies 12(3).
  Weak. {{p:Whitfield}} relies on one broker, "Mr {{p:Q}}" (i.e. {{p:Qian Bo}}), as sole source.

{{p:Lee, Hanbit}} (2018). Working Abroad for the Party. {{u:Seoul}}: invented press.
  Good chapter on the {{u:Middle East}}. {{p:Lee}} interviewed workers in {{u:Kuwait}}, incl. a foreman she calls "Mr {{p:Bae}}". Not to be confused with {{p:Bae Jung-ho}} in our RU files.

{{u:United Nations}} Panel of Experts (2019, 2020, 2021 reports). {{u:UN Security Council}} documents.
  Tables of workers by country. Public.

{{r:Harrow, M.}} (2022). Internal memo: "Coding {{r:Ko}}'s notebooks." 6 pp.
  My own notes on the notebooks of {{r:Ko Tae-man}}, acquired 2021 through {{r:Ryu}}. {{r:Ko}}'s handwriting identifies co-workers {{p:Ju Chang-ho}}, {{p:Nam Song-il}}, {{p:Ri In-su}}.

Interview SH-07, 2022-05-19, {{u:Incheon}}. Interviewee: {{r:Ryu Son-hwa}}; interviewer {{p:Kang Ha-yoon}}; interpreter none.
  Key transcript for {{u:Tomsk}}. She names {{p:Chang Un-jong}} (roommate), {{p:Chang}}'s husband {{p:Kim Chol-u}}, and the Russian landlady {{p:Zinaida}}.

{{p:Novák, P.}} (2017). "Contract labour in {{u:Central Europe}}." {{u:Prague}}: think-tank paper.
  Mentions {{u:Czech Republic}} sewing firms. {{p:Novák}} told me by e-mail (2023) he spoke with {{p:Chang Un-jong}} in 2006 - a different person of the same name? Check with {{r:Son-hwa}}.

Compiler's note: "{{r:Harrow}}" = me, {{r:Michael Harrow}}. Send corrections to {{r:mharrow}}@... or to {{p:Kang Ha-yoon}}.""",
    },
    {
        "id": "h43-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Song-jin", "최성진", "supervisor", ["Choe S.J.", "Choi Sung-jin"]),
            ("Ri Kyong-sim", "리경심", "witness", ["Kyong-sim"]),
            ("Baatar Tuvshin", "바타르 투브신", "other", ["Tuvshin"]),
        ],
        "note": "Sanctions designation evidence package submitted to governments, listing a proposed individual with aliases and supporting witness statements; passport-style data fields, aliases in capitals, a Mongolian registered intermediary, real sanctions bodies and laws, a real ship, witness codes alongside names.",
        "text": """PROPOSAL FOR DESIGNATION - EVIDENCE PACKAGE (confidential, for government recipients only)
Prepared by: {{p:Sophie Delacroix}}, {{p:Yoo Jin-seok}} | Date: 15 November 2023
Addressed to: {{u:Office of Foreign Assets Control}}; {{u:European External Action Service}}; {{u:Foreign, Commonwealth & Development Office}}

PROPOSED INDIVIDUAL
Name: {{r:CHOE SONG JIN}} ({{r:최성진}})
Also known as: {{r:CHOI SUNG-JIN}}; {{r:Choe S.J.}}; "Director {{r:Choe}}"
DOB: c. 1968. Nationality: {{u:DPRK}}.
Role: representative of a {{u:DPRK}} construction company in {{u:Ulaanbaatar}}, {{u:Mongolia}}, 2014-2020; earlier in {{u:Kuwait}}.
Legal basis suggested: {{u:UN Security Council Resolution 2397}}, para 8 (repatriation of overseas workers).

SUMMARY OF EVIDENCE
1. Witness W1 ({{r:Ri Kyong-sim}}): {{r:Choe}} collected the wages of about 120 workers every month from the Mongolian contractor. {{r:Kyong-sim}} saw the cash counted by {{r:Choe}} and his accountant {{p:Han Myong-gil}}.
2. Witness W2 ({{p:Pae Chung-il}}): {{r:Choe Song-jin}} ordered the passports of the workers held in the office safe. {{p:Pae}} describes {{r:Choe}}'s deputy, {{p:Ryang Chol}}.
3. Witness W3 ({{p:Kim Un-sil}}): saw {{r:Choe}} meet {{r:Baatar Tuvshin}}, director of the Mongolian contractor, at a restaurant. {{r:Tuvshin}} handed over an envelope.
4. Intermediary {{r:Baatar Tuvshin}} (not proposed for designation at this stage): bank records obtained by journalist {{p:Enkhjargal Dorj}} show transfers to an account in {{u:Dandong}} in the name of {{p:Li Xuemei}}.
5. Shipping: two consignments of construction materials in 2018 reportedly travelled via {{u:Nampo}}; no connection claimed to the vessel {{u:Wise Honest}}, which appears in public sanctions documents for a different matter.

IDENTIFIERS
Photo: attached (from W1's phone, 2019). Phone numbers used by {{r:Choe}}: two Mongolian numbers (annex 3). {{u:WeChat}} ID: {{r:choesj}}_68.

WITNESS PROTECTION NOTE
W1 {{r:Ri Kyong-sim}} and W3 {{p:Kim Un-sil}} have family in {{u:North Korea}}. Names must not leave this package. W2 {{p:Pae Chung-il}} consents to being named.

Contact: {{p:S. Delacroix}} | backup: {{p:Yoo}}

ANNEX 2 - WORKERS NAMED BY WITNESSES (for corroboration only; not for publication)
W1 {{r:Ri Kyong-sim}} names: {{p:Pak Un-ha}}, {{p:Sim Myong-ae}}, {{p:Ko Chol-bom}} (driver for {{r:Choe}}).
W2 {{p:Pae Chung-il}} names: {{p:Ryang Chol}} (deputy), {{p:Ri Kwang-sok}}, {{p:Ju Hyok}}.
W3 {{p:Kim Un-sil}} names: {{p:Han Myong-gil}} (accountant), {{p:Han}}'s wife {{p:Sok Yong-hui}}; the Mongolian bookkeeper {{p:Oyuntsetseg}}.
Cross-check: {{p:Han Myong-gil}} appears in W1 and W3; {{p:Ryang Chol}} in W2 only. {{r:Tuvshin}} appears in W1 and W3 ("{{r:Baatar}}").""",
    },
    {
        "id": "h43-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Jin-sol", "한진솔", "witness", ["Jin-sol"]),
            ("Olena Kovalenko", "올레나 코발렌코", "other", ["Olena"]),
            ("So Yong-jun", "소용준", "other", ["Yong-jun"]),
        ],
        "note": "Conference speaker biography sheet with organiser's comments; speakers fictional and private, a witness speaking under a stage name, So as surname beside 'so', real universities and organisations, a moderator's bio mentioning a real public figure neutrally, a photo credit and social handles.",
        "text": """SPEAKER BIOGRAPHIES - Panel 3: "Sent Abroad: Workers' Voices" (draft for printer, v2)
Conference on Labour and Human Rights in {{u:Northeast Asia}}, {{u:Seoul}}, 14-15 March 2024
Compiled by {{p:Hwang Ye-ji}} (programme team) | comments in [brackets]

MODERATOR
{{r:So Yong-jun}} is a researcher at a {{u:Seoul}}-based NGO documenting overseas labour. Before that, {{r:So}} worked as a reporter and covered the 2018 inter-Korean summit attended by {{u:Moon Jae-in}} and {{u:Kim Jong Un}}. {{r:Yong-jun}} holds an MA from {{u:Yonsei University}}. [{{r:Yong-jun}} asked to remove "so far" from the first line - done, so it reads better.]

SPEAKERS
{{r:Jin-sol}} ("{{r:JS}}") worked in construction in {{u:Russia}} for six years before arriving in {{u:South Korea}} in 2020. {{r:Jin-sol}} speaks under a stage name; please do NOT print the surname. [Internal only: legal name {{r:Han Jin-sol}} ({{r:한진솔}}). Do not use {{r:Han}} in any printed material. Photo: silhouette, credit {{p:Park Min-woo}}.]

{{r:Olena Kovalenko}} is a labour lawyer based in {{u:Warsaw}}, formerly with the {{u:International Labour Organization}}. {{r:Kovalenko}} has represented migrant workers in the Polish shipbuilding sector. [{{r:Olena}}'s handle for the poster: @{{r:olena}}_kov_law.]

{{p:Tserendorj Altangerel}} is a journalist from {{u:Ulaanbaatar}}. {{p:Altangerel}} investigated North Korean construction crews in {{u:Mongolia}} between 2015 and 2019. [{{p:Tserendorj}} is the patronymic; he prefers "{{p:Altangerel}}" alone.]

Dr {{p:Faisal Rahman}} is a public-health researcher at {{u:Universiti Malaya}} who studied heat stress among foreign workers in {{u:Kuala Lumpur}}.

DISCUSSANT
Prof. {{p:Yuki Tanaka}} teaches East Asian history in {{u:Osaka}}.

ORGANISER'S COMMENTS
- {{r:Jin-sol}}'s friend {{p:Ryu Ok-nam}} may attend; seat her in the back row next to {{p:Hwang}}.
- {{r:JS}} will answer questions only through the interpreter, {{p:Baek Na-ri}}.
- {{r:So Yong-jun}}'s bio is 80 words, so trim the others to the same length.
- The sponsor, {{u:Friedrich Ebert Foundation}}, wants its logo; contact {{p:Katrin Vogel}}.
- Travel: {{r:Kovalenko}} arrives 13 March on {{u:LOT Polish Airlines}}; pick-up by {{p:Jung Da-hee}}.
- {{r:Olena}} has asked whether {{r:Jin-sol}} and she can meet before the panel. [{{r:Han}} agreed; 30 min, 13 March, hotel lobby, with {{p:Baek}}.]
- Name cards to print: {{r:So Yong-jun}}, "{{r:Jin-sol}}" (no surname!), {{r:Olena Kovalenko}}, {{p:Altangerel}}, Dr {{p:Faisal Rahman}}, Prof. {{p:Yuki Tanaka}}. Staff cards: {{p:Hwang Ye-ji}}, {{p:Jung Da-hee}}, {{p:Baek Na-ri}}.
- {{p:Faisal}}'s co-author {{p:Siti Aminah}} may join online via {{u:Zoom}}.""",
    },
    {
        "id": "h43-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kum-sun", "최금순", "witness", ["최하은", "금순"]),
            ("Choe Pong-nam", "최봉남", "relative", []),
            ("Yang Chol-gun", "양철근", "supervisor", []),
        ],
        "note": "Court application for a change of name by a former Chinese-factory worker; old and new names of one registered person, parents and guarantors, a fictional judge and lawyer as private, the court and a public foundation as public, surname 양 beside 양 (amount) in ordinary words, an application number.",
        "text": """개명허가신청서

사건번호: 2024호기1187
신청인: {{r:최금순}}({{r:崔今順}}) / 주민등록번호: 9XXXXX-2XXXXXX
주소: {{u:경기도}} {{u:안산시}} 단원구 (이하 생략)
사건본인: 신청인과 같음
변경 전 이름: {{r:금순}}({{r:今順}})
변경할 이름: {{r:하은}}({{r:夏恩}})
신청인 대리인: 변호사 {{p:윤재희}}

{{u:수원가정법원 안산지원}} 귀중

신 청 취 지
사건본인 {{r:최금순}}의 이름 "{{r:금순}}"을 "{{r:하은}}"으로 개명하는 것을 허가한다.
라는 재판을 구합니다.

신 청 이 유
1. 신청인은 {{u:북한}} {{u:양강도}} {{u:혜산시}} 출신으로 2020년 {{u:대한민국}}에 입국하였고, {{u:하나원}} 수료 후 현재 {{u:안산}}에 거주하고 있습니다.

2. 신청인은 2015년부터 2019년까지 {{u:중국}} {{u:훈춘}}의 수산물 가공 공장에 파견되어 일하였습니다. 당시 공장에서 북측 관리 책임자였던 {{r:양철근}}은 작업량이 적은 노동자의 이름을 매일 아침 큰 소리로 불렀는데, 신청인의 이름 "{{r:최금순}}"은 거의 매일 불렸습니다. 그 양이 너무 많아서 신청인은 지금도 "{{r:금순}}아"라는 소리를 들으면 몸이 떨린다고 합니다(첨부 2. 심리상담 소견서, 상담사 {{p:조윤하}}).

3. 같은 공장에서 일한 {{p:김순옥}}, {{p:리명실}} 역시 {{r:양철근}}의 호명 이후 불안 증상을 호소하였으며, 그중 {{p:리명실}}은 현재 {{u:서울}}에서 생활하고 있어 필요 시 참고인으로 진술할 수 있습니다. {{u:중국}} 측 관리자 {{p:刘经理}}({{p:류}} 경리)도 당시 상황을 알고 있으나 연락이 불가능합니다.

4. 신청인의 부친 {{r:최봉남}}과 모친 {{p:한옥자}}는 {{u:북한}}에 있으며, 신청인의 이름이 알려질 경우 가족에게 불이익이 있을 수 있습니다. 특히 {{r:최봉남}}은 2021년 보위부 조사를 받은 바 있다고 합니다(오빠 {{p:최금철}}의 전언, 2022년 {{u:중국}} 경유 통화).

5. 신청인은 새 이름 "{{r:하은}}"을 {{u:남북하나재단}} 상담사 {{p:서미란}}과 상의하여 정하였고, 주변에서는 이미 "{{r:하은}} 씨"로 부르고 있습니다(첨부 4. 직장 동료 {{p:박준영}}, {{p:이가은}}의 확인서).

6. 신청인에게는 범죄 경력이나 신용불량 등 개명을 불허할 사유가 없습니다.

첨 부 서 류
1. 기본증명서(신청인 {{r:최금순}})
2. 심리상담 소견서(상담사 {{p:조윤하}})
3. 진술서(신청인 본인, 통역 없이 작성)
4. 확인서 2부({{p:박준영}}, {{p:이가은}})
5. 위임장(대리인 {{p:윤재희}})

2024. 2. 13.
신청인 {{r:최금순}} (인)
위 대리인 변호사 {{p:윤재희}} (인)

[법원 메모] 담당 판사 {{p:정민호}}, 2024.3.4. 허가. 이후 신청인의 이름은 {{r:최하은}}. 심문 기일에 신청인은 {{r:양철근}}의 이름을 다시 말하지 못하였음. - 참여관 {{p:오경숙}}""",
    },
    {
        "id": "h43-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Kwang-chol", "허광철", "witness", ["광철", "Heo Gwang-cheol"]),
            ("Pak Tu-il", "박두일", "supervisor", []),
            ("Ho Yong-mi", "허영미", "relative", ["영미"]),
        ],
        "note": "Job-seeker's CV and self-introduction drafted with an NGO job counsellor; career history abroad with supervisors and co-workers named, references with phone numbers elided, counsellor's comments, 허 beside the word 허 (empty) in idioms, South romanization on the English line, a real vocational school and company.",
        "text": """이 력 서 / 자기소개서 (초안 3 - 취업상담 {{p:남궁수진}} 검토)

성명: {{r:허광철}} (영문: {{r:HEO GWANG-CHEOL}})
생년: 1984 / 연락처: 010-XXXX-XXXX / 이메일: {{r:gwangcheol.heo}}@(생략)
주소: {{u:인천광역시}} 남동구

학력
2023.3-2023.9 {{u:한국폴리텍대학}} 인천캠퍼스 용접과 수료
2001 {{u:함경남도}} {{u:단천}} 고등중학교 졸업

경력
2008-2012 {{u:쿠웨이트}} 건설 현장 철근공 (반장: {{r:박두일}})
2014-2019 {{u:러시아}} {{u:노보시비르스크}} 건설 현장 용접공 (반장: {{p:염성호}}, 현장 러시아인 감독 {{p:Виктор Зуев}})
2021-현재 (주)한빛금속 생산직 (관리자 {{p:장태호}} 과장)

자격
용접기능사 (2023) / 지게차운전기능사 (2022)

추천인
1. {{p:장태호}} - (주)한빛금속 과장
2. {{p:김현우}} - {{u:한국폴리텍대학}} 교수 [상담사 메모: "교수"는 직함이니 이름만 적으면 됨]
3. {{p:Sergei Zuev}}? - [상담사: {{u:러시아}} 감독은 추천인 불가. 삭제]

자기소개서
저는 {{u:북한}}에서 태어나 스물네 살에 해외 건설에 나갔습니다. {{u:쿠웨이트}}에서는 반장 {{r:박두일}} 밑에서 철근 일을 배웠습니다. {{r:박}} 반장님은 엄했지만 일을 꼼꼼히 가르쳐 주셨습니다. 같이 일한 {{p:송진혁}}, {{p:우명철}}과 지금도 연락합니다. [상담사: 동료 이름은 이력서에 넣지 않는 게 좋음. {{p:송진혁}}, {{p:우명철}} 삭제 권고]

{{u:러시아}}에서는 용접을 했습니다. 반장 {{p:염성호}}는 "허, 이 사람 손이 좋다"며 저를 용접조에 넣었습니다. 거기서 {{u:러시아}} 감독 {{p:빅토르}}에게 기술을 배웠습니다. {{p:빅토르}} 씨는 "{{r:허}}, 잘했어(Молодец, {{r:Хо}})"라고 자주 말했습니다.

{{u:한국}}에 와서는 {{u:폴리텍}}에서 {{p:김현우}} 교수님께 배웠고, 지금 회사에서 {{p:장태호}} 과장님의 인정을 받아 반장 후보가 되었습니다. 허송세월하지 않으려고 주말에도 공부합니다.

제 동생 {{r:허영미}}가 {{u:중국}}에서 아직 오지 못했습니다. [상담사: 가족 이름 삭제! {{r:영미}} 씨 안전 문제] 돈을 모아 {{r:영미}}를 데려오는 것이 목표입니다.

[상담사 {{p:남궁수진}} 종합 의견]
- {{r:광철}} 씨, 경력 부분은 좋음. {{u:북한}}·{{u:러시아}} 경력은 "해외 건설 현장"으로 뭉뚱그리는 것도 방법.
- 반장 이름({{r:박두일}}, {{p:염성호}})은 빼는 게 안전. 회사에서 물어볼 일도 없음.
- 다음 면담 5/14, {{p:이준석}} 선생님(직업훈련 담당)과 같이.

[2차 면담 메모 5/14 - {{p:남궁수진}}, {{p:이준석}}]
- {{r:광철}} 씨가 {{u:쿠웨이트}} 시절 동료 {{p:송진혁}}에게 추천을 부탁하고 싶어 함. {{p:진혁}} 씨는 현재 {{u:평택}} 거주. 가능.
- {{r:허영미}} 관련: {{r:영미}} 씨 남편 {{p:량성철}}이 {{u:연길}}에서 연락. {{p:량}} 씨는 브로커 {{p:老金}}을 통해 돈을 요구. {{r:광철}} 씨에게 송금 보류 권고.
- 회사 인사 담당 {{p:윤미래}} 대리와 통화: {{r:허광철}} 씨 정규직 전환 검토 중.
- {{r:박두일}} 반장 이야기는 {{r:허}} 씨 본인이 먼저 꺼냄. "{{r:박}} 반장님 덕분에 기술 배웠다." 이력서에는 여전히 빼기로.""",
    },
    {
        "id": "h43-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jong Un-hye", "정은혜", "other", ["은혜"]),
            ("Kang Pyong-chol", "강평철", "witness", ["평철"]),
            ("Sin Yong-ok", "신영옥", "witness", ["영옥"]),
        ],
        "note": "Resource-library lending register of an NGO, with borrowers, overdue notes and staff initials; borrowers include witnesses and volunteers, titles of real reports by public organisations, 은혜 as a given name beside 은혜 (grace) as a word, a book title containing a fictional person's name, overdue reminders.",
        "text": """자료실 대출 대장 (2023년 하반기) - 관리: {{r:정은혜}} 간사

번호 | 대출일 | 대출자 | 자료 | 반납 예정 | 반납일 | 비고
0411 | 07.03 | {{p:김도윤}}(자원봉사) | {{u:유엔 북한인권조사위원회}} 보고서(2014) 국문 요약 | 07.17 | 07.15 |
0412 | 07.05 | {{r:강평철}} | 『해외 노동자 증언집 1』 | 07.19 | 08.02 | 연체 2주. {{r:평철}} 씨 전화로 사과
0413 | 07.05 | {{r:강평철}} | DVD 다큐({{u:러시아}} 벌목장) | 07.19 | 08.02 | 위와 같이
0414 | 07.11 | {{p:Emma Richter}}(인턴) | {{u:국제노동기구}} 강제노동 협약 해설서 | 07.25 | 07.24 |
0415 | 07.12 | {{r:신영옥}} | 『{{p:한순녀}}의 겨울』(수기) | 07.26 | - | 미반납. 10월 독촉
0416 | 07.20 | {{p:박서준}}(연구원) | {{u:북한인권정보센터}} 백서 2019 | 08.03 | 08.01 |
0417 | 08.01 | {{p:이다인}}(통역) | 러시아어-한국어 건설 용어집 | 08.15 | 08.14 |
0418 | 08.02 | {{r:평철}} | 『해외 노동자 증언집 2』 | 08.16 | 08.16 | 이번엔 제때 반납 👍
0419 | 08.09 | {{p:최하람}}(자원봉사) | 『{{p:한순녀}}의 겨울』 | - | - | 0415 미반납으로 대출 불가, 예약만
0420 | 08.22 | {{p:Daniel Cho}}(방문 연구자) | {{u:Leiden Asia Centre}} 보고서(영문) | 09.05 | 09.05 | 복사본
0421 | 09.04 | {{p:김도윤}} | 『해외 노동자 증언집 1』 | 09.18 | 09.20 |
0422 | 09.13 | {{r:신영옥}} | 녹음 CD(증언 07, 화자 {{p:류정희}}) | 09.27 | - | 내부 자료! 대출 불가인데 {{r:영옥}} 씨 본인 증언 CD라 예외 허용 - {{r:은혜}}
0423 | 09.19 | {{p:홍지민}}(기자) | 공개 보고서만 | 10.03 | 10.02 | {{p:홍}} 기자 신분증 확인
0424 | 10.05 | {{p:Olga Kim}}(고려인 자원봉사) | 러시아어 증언 번역본 | 10.19 | 10.30 | {{p:Ольга}} 님 연체
0425 | 10.16 | {{r:강평철}} | 『해외 노동자 증언집 3』 | 10.30 | 10.27 |
0426 | 11.02 | {{p:문예준}}(자원봉사) | {{u:유엔 인권이사회}} 결의문 모음 | 11.16 | 11.16 |
0427 | 11.20 | {{p:서은혜}}(신입 간사) | 자료실 규정집 | - | - | {{r:정은혜}} 간사와 이름이 같아 대장에 성까지 쓸 것

메모 ({{r:ㅈㅇㅎ}})
- {{r:신영옥}} 씨에게 10월 독촉 문자. 답: "『{{p:한순녀}}의 겨울』은 제 친구 {{p:순녀}} 언니 이야기라 다시 읽고 싶었어요." 반납 연기 11월 말까지 허용. 은혜를 베푸는 셈 치자.
- {{p:한순녀}}(수기 저자)는 가명이 아님 - 책 표지에 실명 인쇄. 외부 공개 목록에서 제목 가릴 것.
- {{p:Olga Kim}} 님(={{p:Ольга}}) 연체 건은 {{p:김도윤}} 씨가 대신 반납 받아 옴.
- 12월 재고 조사: {{r:은혜}}, {{p:서은혜}}, {{p:문예준}}.""",
    },
    {
        "id": "h43-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Pyong-ho", "주병호", "witness", ["병호"]),
            ("Chu Sol-mi", "주설미", "relative", ["설미"]),
            ("Mun Kyong-su", "문경수", "coworker", ["경수"]),
        ],
        "note": "Handwritten will of a former overseas worker, transcribed, with bequests to family and former co-workers, an executor, witnesses and a notary; kinship plus name (설미야), a pet name, a one-syllable given name, 주 beside 주 (week/main) in ordinary words, an impossible date, a real bank.",
        "text": """[자필 유언장 전사본 - 원본: A4 2장, 볼펜. 전사: {{p:임소정}}, 대조: {{p:강태윤}}]

유 언 장

나 {{r:주병호}}는 1962년 {{u:함경북도}} {{u:회령}}에서 태어나 {{u:러시아}} {{u:연해주}}와 {{u:아무르주}}에서 모두 십일 년을 일하였고, 2016년 {{u:대한민국}}에 왔다. 정신이 맑을 때 아래와 같이 남긴다.

1. 내 예금({{u:국민은행}} 계좌)의 절반은 딸 {{r:주설미}}에게 준다. {{r:설미}}야, 아빠가 {{u:러시아}}에 있을 때 너를 제대로 못 보았다. 미안하다.

2. 나머지 절반의 반은 벌목장에서 나를 살려 준 {{r:문경수}}에게 준다. {{r:경수}}는 2011년 겨울 내가 얼음 구덩이에 빠졌을 때 나를 꺼냈다. {{r:경수}}가 없었으면 나는 {{u:틴다}}에 묻혔을 것이다. {{r:문경수}}는 지금 {{u:대구}}에 있다.

3. 나머지는 함께 일하다 죽은 {{p:차영남}}의 동생 {{p:차영순}}에게 전해 달라. {{p:영남}}이는 2013년 통나무에 깔려 죽었다. 반장 {{p:리학수}}는 "병사"라고 보고하였다. {{p:리학수}}의 이름을 여기 적는 것은 미워서가 아니라 사실을 남기기 위해서다.

4. 내 수첩 세 권은 단체의 {{p:신지호}} 선생에게 준다. 수첩에는 같이 일한 사람들 이름이 있다. {{p:신}} 선생이 알아서 쓰되, {{r:설미}}와 {{p:영순}}이 이름은 지워 달라.

5. 내 라디오와 시계는 이웃 {{p:Akmal}}에게 준다. 우즈베크 사람인데 매주 나한테 밥을 해 주었다. 주 3회는 꼭 왔다.

6. 내 장례는 조용히 해 달라. {{u:북한}}에 있는 누나 {{p:주옥희}}에게는 알리지 마라. 누나에게 피해가 간다.

7. 유언 집행자는 {{r:경수}}로 한다. {{r:경수}}가 못하면 {{p:신지호}} 선생이 한다.

2023년 2월 30일
유언자 {{r:주병호}} (서명) (무인)

증인 1: {{p:신지호}} (서명)
증인 2: {{p:박동현}} (서명)

[전사자 메모 - {{p:임소정}}]
- 날짜 "2월 30일"은 원본 그대로. 존재하지 않는 날짜이므로 공증 시 문제. 공증인 {{p:황보민}} 변호사 사무실에 문의함(2023.3.6).
- 원본 1쪽 여백에 "{{r:설미}} - 우리 {{r:곰돌이}}"라고 적혀 있음. {{r:곰돌이}}는 딸의 어릴 적 애칭(본인 확인, {{r:설미}} 씨 전화 2023.3.8).
- {{p:Akmal}}의 성은 모름. {{r:병호}} 씨 생전 말로는 "{{p:아크말}} 동생".
- 원본 2쪽에 "{{p:룡}}"이라는 외자 이름이 지워진 채 보임 → 벌목장 동료 {{p:김룡}}으로 추정({{r:문경수}} 확인 필요).""",
    },
    {
        "id": "h43-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Tae-song", "윤태성", "witness", ["태성"]),
            ("Na Hye-rin", "나혜린", "other", ["혜린"]),
            ("Ri Chang-ho", "리창호", "supervisor", []),
        ],
        "note": "High-school lesson plan using a testimony, with teacher and guest names, role-play roles and a pasted excerpt where a real name slipped through; students' names, 나 as the pronoun beside the surname 나, textbook and public bodies, a guest speaker's stage name.",
        "text": """수업 지도안 - 고등학교 2학년 통합사회 「인권과 노동」 (2차시)
지도 교사: {{r:나혜린}} / 협력 강사: {{p:강민서}}(NGO 교육팀) / 2024.5.23

1. 학습 목표
- 해외에 파견된 {{u:북한}} 노동자의 실태를 증언을 통해 이해한다.
- 강제노동의 국제 기준({{u:국제노동기구}} 제29호 협약)을 설명할 수 있다.

2. 준비물
- 증언 발췌문(가명 처리본) - 아래 주의 참고
- 역할극 카드 4종

3. 도입 (10분)
교사: "여러분, 나라면 하루 열여섯 시간 일하고 한 달에 만 원 받으면 어떨까요?"
- 학생 발표 예상: {{p:김지후}}, {{p:박서윤}} 등 평소 발표 많은 학생 외에 {{p:최도현}}, {{p:이하윤}}에게 기회.

4. 전개 (30분)
(1) 증언 읽기: 아래 발췌문은 {{u:러시아}} 건설 현장에서 일한 {{r:윤태성}} 씨(수업 중에는 "{{r:윤}} 씨")의 증언.
  발췌: "반장 {{r:리창호}}는 아침마다 계획량을 불렀습니다. {{r:리}} 반장이 부르면 우리는 대답만 했습니다. 같은 방 {{p:홍성민}}이가 아파서 못 나가자 {{r:리창호}}가 {{p:성민}}이 밥을 뺐습니다."
  ※ 주의: 원래 가명본에서는 "반장 {{r:R}}", "동료 {{p:H}}"였으나 위 발췌는 원본에서 복사되어 실명이 들어감. 인쇄 전 반드시 수정! ({{p:강민서}} 강사 확인 요망)
(2) 역할극: 네 명씩 모둠. 역할 - 노동자, 반장, 현지 감독, 가족.
  1모둠: {{p:김지후}}(노동자), {{p:정우진}}(반장), {{p:한소희}}(감독), {{p:오예린}}(가족)
  2모둠: {{p:박서윤}}, {{p:최도현}}, {{p:이하윤}}, {{p:나준혁}}
  ※ {{p:나준혁}} 학생과 교사 {{r:나혜린}}은 친척 아님(학부모 문의 있었음).
(3) 초청 강사 영상: {{r:태성}} 씨 인터뷰 5분(얼굴 가림, 목소리 변조).

5. 정리 (10분)
- "나는 무엇을 할 수 있을까?" 한 줄 쓰기.
- {{u:유엔}} 인권 메커니즘과 {{u:국가인권위원회}} 역할 간단히.

6. 평가 및 유의점
- 탈북민 학생이 있을 수 있으므로 사전 면담(담임 {{p:김소영}} 선생님).
- 증언자 보호: {{r:윤태성}} 씨 실명, {{r:리창호}} 실명은 학습지에 절대 쓰지 않음.
- 나머지 실명({{p:홍성민}})도 삭제.

[수업 후 메모 - {{r:혜린}}]
{{p:정우진}}이 반장 역을 너무 실감나게 해서 분위기가 무거워짐. {{p:오예린}}이 울었음. 다음 반에서는 반장 역을 교사가 맡기로. {{r:윤}} 선생님(={{r:태성}} 씨)께 감사 문자 보냄.""",
    },
    {
        "id": "h43-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Son-ok", "김선옥", "witness", ["달맞이", "선옥"]),
            ("Ryom Kwang-ho", "염광호", "witness", ["벌목꾼", "광호"]),
            ("Kim Son-hui", "김선희", "relative", ["선희"]),
        ],
        "note": "Poetry anthology table of contents and contributor notes by former overseas workers; pen names that are ordinary words (달맞이, 벌목꾼) used both as names and as words, dedications to family and co-workers, an editor's note, real poets mentioned neutrally, places in China and Russia.",
        "text": """『돌아오지 못한 봄』 - 해외 파견 노동자 출신 시인 시선집 / 차례와 필자 소개 (편집 교정본)
엮은이: {{p:한가람}} / 교정: {{p:오민지}}

차 례

제1부 벌목장의 겨울
  {{r:벌목꾼}} - 「톱날」 ········· 11
  {{r:벌목꾼}} - 「{{p:영철}}이에게」 ········· 14
  {{r:벌목꾼}} - 「{{u:틴다}}의 달」 ········· 17
  {{p:림성국}} - 「반장 {{p:곽}}」 ········· 20

제2부 공장의 밤
  {{r:달맞이}} - 「미싱」 ········· 25
  {{r:달맞이}} - 「언니 {{r:선희}}에게」 ········· 28
  {{r:달맞이}} - 「{{u:단둥}} 강변」 ········· 31
  {{p:리은별}} - 「{{p:小张}}이 준 사과」 ········· 34

제3부 남쪽에서
  {{r:염광호}} - 「이름을 바꾸던 날」 ········· 39 (※ 본명 게재 동의함)
  {{r:김선옥}} - 「{{u:안산}}」 ········· 42 (※ 본명 게재 여부 미확인 → {{r:달맞이}}로 통일할 것)
  {{p:림성국}} - 「다시, {{u:압록강}}」 ········· 45

필자 소개

{{r:벌목꾼}} - {{u:러시아}} {{u:아무르주}}와 {{u:틴다}}에서 아홉 해 동안 나무를 벤 벌목꾼. 필명처럼 그는 지금도 스스로를 벌목꾼이라 부른다. 시 「{{p:영철}}이에게」는 사고로 잃은 동료 {{p:백영철}}에게 바치는 시다. 2017년 입국. [편집자: 실명 {{r:염광호}}, 제3부에는 본명으로 실림. 같은 사람임을 소개글에 밝힐지 {{r:광호}} 씨와 상의 필요]

{{r:달맞이}} - {{u:중국}} {{u:단둥}} 봉제 공장에서 다섯 해 일했다. 공장 옥상에서 달맞이를 하며 시를 외웠다고 해서 동료들이 붙인 이름. 「언니 {{r:선희}}에게」는 북에 남은 언니 {{r:김선희}}에게 쓴 시. [편집자: {{r:선희}} 언니 이름 제목에서 빼는 방안 검토. {{r:선옥}} 씨 의견: "언니 이름은 남기고 싶다"]

{{p:림성국}} - {{u:쿠웨이트}}와 {{u:러시아}}에서 일했다. 「반장 {{p:곽}}」은 실존 인물 {{p:곽명수}}를 그린 시로, 시인은 "{{p:곽}} 반장도 피해자"라고 말한다.

{{p:리은별}} - {{u:중국}} {{u:훈춘}} 수산물 공장 출신. 「{{p:小张}}이 준 사과」의 {{p:小张}}은 중국인 동료 {{p:张丽}}이다.

편집 후기 ({{p:한가람}})
시를 모으며 {{u:윤동주}}와 {{u:백석}}을 자주 떠올렸다. 필자들은 {{u:김소월}}의 「진달래꽃」을 외우고 있었다. 원고를 건네준 {{r:광호}} 씨, {{r:선옥}} 씨, {{p:성국}} 씨, {{p:은별}} 씨에게 감사한다. 교정을 맡은 {{p:오민지}}, 표지 그림의 {{p:정하늘}}에게도.""",
    },
    {
        "id": "h43-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwak Song-il", "곽성일", "witness", ["성일", "Song-il"]),
            ("Ri Pyong-chol", "리병철", "supervisor", ["Ri P.C."]),
            ("Kim Su-ryon", "김수련", "coworker", ["수련"]),
        ],
        "note": "Translated performance-appraisal card kept by a worker in Russia, Korean original beside an English rendering, evaluators' signatures, a private Ri Pyong-chol whose name equals a real DPRK official's (kept private here), co-workers ranked, translator's notes, 수련 as a given name beside 수련 (training) as a word.",
        "text": """근무평정서 / PERFORMANCE APPRAISAL CARD (translation with original)
Source: card kept by the witness {{r:곽성일}} ({{r:Kwak Song-il}}), {{u:Tomsk}} construction site, 2018. Translated by {{p:Choi Yu-na}}; checked by {{p:Mark Dunn}}.

[Original] 평정 대상: {{r:곽성일}} / 직무: 미장공 / 소속: 3작업반
[English] Person appraised: {{r:KWAK Song-il}} / Job: plasterer / Unit: 3rd work team

[Original] 평정자: 작업반장 {{r:리병철}} / 확인: 부기사장 {{p:한정수}} / 당 세포비서 {{p:조영만}}
[English] Appraiser: team leader {{r:Ri Pyong-chol}} / Confirmed by: deputy chief engineer {{p:Han Jong-su}} / Party cell secretary {{p:Jo Yong-man}}
Translator's note 1: this {{r:Ri Pyong-chol}} is a private person, a brigade leader; he is not the well-known official of the same name. The witness confirms {{r:Ri}} was about 45 and from {{u:Kanggye}}.

[Original] 1. 계획 수행: 중. "{{r:성일}} 동무는 작업 속도가 느림."
[English] 1. Plan fulfilment: average. "Comrade {{r:Song-il}} works slowly."

[Original] 2. 조직 생활: 하. "생활총화에서 {{p:박명호}}, {{r:김수련}} 동무의 비판을 받음."
[English] 2. Organisational life: poor. "Was criticised at the life review by comrades {{p:Pak Myong-ho}} and {{r:Kim Su-ryon}}."
Translator's note 2: 수련 here is the name {{r:Kim Su-ryon}}, a woman cook at the site; elsewhere on the card "수련" (training) is an ordinary word: "기술 수련 참가".

[Original] 3. 기술 수련: 상. 기술 수련 참가 2회.
[English] 3. Technical training: good. Attended training twice.

[Original] 4. 동료 서열 (반 내): 1. {{p:박명호}} 2. {{p:윤철}} 3. {{p:류광남}} ... 11. {{r:곽성일}}
[English] 4. Ranking among team members: 1. {{p:Pak Myong-ho}} 2. {{p:Yun Chol}} 3. {{p:Ryu Kwang-nam}} ... 11. {{r:Kwak Song-il}}

[Original] 5. 종합 의견: "송금 기여 부족. 다음 분기 개선 요망." 서명 {{r:리병철}} / {{p:한정수}}
[English] 5. Overall: "Insufficient contribution to remittances. Improvement required next quarter." Signed {{r:Ri P.C.}} / {{p:Han J.S.}}

Translator's notes (continued)
3. "{{p:윤철}}" is a two-syllable name: surname Yun, given name Chol. On the site he was called "{{p:Chol}}" only.
4. On the back, in pencil, {{r:Song-il}} wrote: "{{r:수련}} 누나가 밥 더 줌" ("sister {{r:Su-ryon}} gave me more rice"). {{r:Kim Su-ryon}} is still in {{u:Russia}}, he believes.
5. {{r:Kwak}} says {{p:Pak Myong-ho}} ranked first because {{p:Pak}} was {{r:Ri}}'s relative. Not verifiable.
6. The Russian site manager's stamp reads "{{p:Смирнов А.В.}}" ({{p:Smirnov}}).
7. Do not confuse {{p:Jo Yong-man}} (party secretary) with the driver {{p:Jo}} mentioned in {{r:Song-il}}'s interview; different men. - {{p:C.Y.N.}}""",
    },
    {
        "id": "h43-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryu Chang-nam", "류창남", "witness", ["창남", "Chang-nam"]),
            ("Ryu Ok-sil", "류옥실", "relative", ["옥실"]),
            ("Aziz Karimov", "아지즈 카리모프", "other", ["Азиз"]),
        ],
        "note": "Itemised Russian mobile phone bill annotated by a witness and a researcher, numbers mapped to contacts in Cyrillic, Korean and English; Cyrillic case endings, a registered Uzbek helper, a sister's pet name, a real operator and real apps, contacts saved under nicknames; CRLF.",
        "text": """ITEMISED BILL / Детализация звонков - abonent: {{r:Рю Чан Нам}} ({{r:Ryu Chang-nam}})
Operator: {{u:MTS}} | Period: 01.03.2019-31.03.2019 | Annotated by {{r:창남}} and {{p:Kim Ha-eun}} (researcher)

Date | Time | Number | Type | Min | Annotation
01.03 | 21:14 | +7 914 *** 22 18 | out | 3 | "{{r:Азиз}}" = {{r:Aziz Karimov}}, Uzbek taxi driver who helped me
02.03 | 07:02 | +7 924 *** 51 07 | in | 1 | 반장 {{p:최경일}} (saved as "{{p:Чой}}")
02.03 | 19:40 | +86 *** 4471 | out | 6 | {{u:중국}} 브로커 "{{p:老韩}}" ({{p:Han}}?) - {{p:Kim H.}}: {{p:韩明}}?
05.03 | 22:31 | +7 914 *** 22 18 | in | 8 | {{r:Азиз}} again. He said "{{r:Чан Нам}}, не бойся".
07.03 | 06:55 | +7 924 *** 51 07 | in | 2 | {{p:최경일}} - shouting
08.03 | 12:10 | +7 902 *** 80 33 | out | 4 | {{p:Светлана}} ({{p:Света}}), the shop owner. "Позвони {{p:Светлане}}" - {{r:Aziz}} told me
10.03 | 23:45 | +86 *** 4471 | in | 12 | {{p:老韩}}: price 3,000 USD
11.03 | 08:00 | +7 924 *** 66 12 | in | 1 | {{p:Pyo Kwang-su}} ("{{p:표}}"), co-worker, warned me {{p:Choe}} knows
13.03 | 20:20 | {{u:WhatsApp}} (data) | - | - | voice calls with sister {{r:류옥실}} not itemised
15.03 | 21:05 | +7 914 *** 22 18 | out | 5 | {{r:Азиза}} не было дома, spoke to his wife {{p:Dilnoza}}
17.03 | 09:30 | +7 924 *** 51 07 | in | 1 | {{p:Чой}}
18.03 | 18:00 | +82 ** **** 1204 | out | 9 | Korean pastor {{p:Kim Yo-sop}} ({{p:김요섭}} 목사)
21.03 | 22:10 | +86 *** 4471 | out | 3 | {{p:老韩}}
24.03 | 07:15 | +7 902 *** 80 33 | in | 2 | {{p:Света}}: "{{r:Азиз}} будет в 8"
25.03 | 05:40 | +7 914 *** 22 18 | out | 1 | {{r:Aziz}} - the morning I left
25.03 | 11:30 | +82 ** **** 1204 | in | 4 | {{p:김요섭}} 목사

Researcher's notes ({{p:K.H.E.}})
- "{{r:옥실}}이" in {{r:Chang-nam}}'s notes = his sister {{r:Ryu Ok-sil}}, whom he calls "{{r:실이}}" as a pet name. She used {{u:WhatsApp}} from {{u:Vladivostok}}, where she was a waitress; {{u:Telegram}} also mentioned.
- Contact saved as "{{p:Чой}}" is {{p:Choe Kyong-il}}, the brigade leader. {{p:최경일}} called 3 times.
- {{p:Pyo Kwang-su}}: risk - still in {{u:Russia}}? Do not publish.
- {{r:Aziz Karimov}}'s number should be removed from all copies. {{r:Karimov}} asked this through {{p:Dilnoza}}.
- {{p:老韩}} = likely {{p:Han Ming}} ({{p:韩明}}), a broker known from two other cases.""",
    },
    {
        "id": "h43-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pyon Chol-hun", "변철훈", "witness", ["철훈"]),
            ("Seo Min-ji", "서민지", "other", ["Min-ji"]),
            ("Ahn Ye-seul", "안예슬", "other", ["Ye-seul"]),
        ],
        "note": "Interview scheduling poll export with participants, availability grid and comments in Korean and English; a witness code used beside the real name by mistake, an interpreter with the surname Ahn beside 'an', first names only, emoji, a participant writing in Russian, public venues and apps.",
        "text": """SCHEDULING POLL - "Follow-up interview W-12" (export, 2024-04-08)
Created by {{r:Seo Min-ji}} | Options: Tue 16 Apr AM / Tue 16 Apr PM / Thu 18 Apr AM / Fri 19 Apr PM / Sat 20 Apr AM

Participant | 16 AM | 16 PM | 18 AM | 19 PM | 20 AM
{{r:Seo Min-ji}} (interviewer) | yes | yes | yes | no | yes
{{r:Ahn Ye-seul}} (interpreter) | no | yes | yes | (yes) | no
{{p:Jeremy Walsh}} (note-taker) | yes | yes | no | yes | no
{{p:박소율}} (counsellor, on call) | yes | no | yes | yes | no
W-12 | no | yes | yes | no | yes
{{r:변철훈}} | - | - | - | - | -
{{p:Nadezhda}} (Russian check) | - | yes | yes | - | -

Comments
[{{r:Min-ji}}] 18 AM looks best. Room: {{u:Seoul Global Center}} or our office?
[{{r:Ye-seul}}] 18일 오전 가능해요 🙂 An earlier slot would be better, I have an afternoon class.
[{{p:Jeremy}}] Can't do 18. Could {{p:Hoon}} take notes instead? ({{p:Park Ji-hoon}})
[{{r:Min-ji}}] {{p:Jeremy}}, yes - I'll ask {{p:Ji-hoon}}.
[W-12] 목요일 좋습니다. 오전 10시 이후.
[{{r:Min-ji}}] !!! Someone added a row with W-12's real name ({{r:변철훈}}). Deleting. Please use only the code. {{r:철훈}} 씨 itself must never appear in a poll. (W-12 = {{r:Pyon Chol-hun}})
[{{p:박소율}}] 확인했어요. 제가 실수로 추가했어요. 죄송합니다 🙏 - {{p:소율}}
[{{p:Nadezhda}}] Могу в четверг утром. Если нужно, проверю русские имена: {{p:Громов}}, {{p:Тимур}}, {{p:Алия}}.
[{{r:Ahn}}] Thu 10:00 then. I'll bring the glossary. Also {{p:Nadezhda}} - {{p:Громов}} is the foreman in W-12's story, right? ({{p:Gromov}})
[{{r:Seo}}] Yes. And {{p:Тимур}} / {{p:Timur}} is his Kazakh co-worker. {{p:Алия}} is {{p:Timur}}'s wife.
[{{p:Ji-hoon}}] Happy to take notes Thu. Will {{p:So-yul}} be on call?
[{{p:소율}}] 네, 목요일 대기합니다.

FINAL: Thu 18 Apr, 10:00-13:00, office room B.
Invite sent via {{u:Google Calendar}} to: {{r:min-ji.seo}}@, {{r:yeseul.ahn}}@, {{p:jihoon.park}}@, {{p:soyul}}@, counsel@ (role account).
Reminder to W-12 via {{u:Signal}} only (from {{r:Min-ji}}'s work phone).""",
    },
    {
        "id": "h43-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Yong-dok", "장용덕", "witness", ["용덕", "Chang Yong-dok"]),
            ("Ri Kum-hwa", "리금화", "relative", ["금화"]),
            ("Jang Hyok", "장혁", "relative", ["혁"]),
        ],
        "note": "Translated family-relations certificate with a translator's certification and caseworker's annotations; Korean and English names in columns, a one-syllable given name, a surname that is also a word (장 as chapter/market), Hanja names, a registrar and translator as private, a public court and ministry.",
        "text": """가족관계증명서 (상세) / FAMILY RELATIONS CERTIFICATE (Detailed) - certified translation
Translator: {{p:Grace Lim}} (sworn translator, reg. no. 2021-0418)

등록기준지 / Registered base: {{u:서울특별시}} {{u:양천구}} (생략)

구분 Relation | 성명 Name | 출생연월일 Date of birth | 성별 Sex
본인 Self | {{r:장용덕}}({{r:張龍德}}) / {{r:JANG YONGDEOK}} | 1979.05.02 | 남 M
부 Father | {{p:장명수}}({{p:張明洙}}) / {{p:JANG MYEONGSU}} | 1950.xx.xx | 남 M
모 Mother | {{p:박순이}}({{p:朴順伊}}) / {{p:PARK SUNI}} | 1953.xx.xx | 여 F
배우자 Spouse | {{r:리금화}}({{r:李琴花}}) / {{r:RI GEUMHWA}} | 1982.xx.xx | 여 F
자녀 Child | {{r:장혁}}({{r:張赫}}) / {{r:JANG HYEOK}} | 2006.xx.xx | 남 M

발급일 Issued: 2023.11.20 / 발급자 Issued by: {{p:김태수}}, registrar, {{u:양천구청}}

Translator's certification
I, {{p:Grace Lim}}, certify that the above is a true translation. Note: the spouse's surname is printed 리 (North Korean form, as entered at registration), romanized "RI" at her request, not "LEE" or "YI".

Caseworker's annotations ({{p:송하윤}}, internal - remove before sending to the embassy)
- {{r:용덕}} 씨 (North form {{r:Chang Yong-dok}} in his Russian documents) worked in {{u:Irkutsk}} 2011-2016. His father {{p:장명수}} and mother {{p:박순이}} are in {{u:North Korea}}; the {{u:ROK}} registry lists them from his declaration only.
- Spouse {{r:금화}} 씨 and son {{r:혁}} are in {{u:China}}; purpose of the certificate: family reunion application via the {{u:Ministry of Unification}}.
- 1장 "본인" 줄의 영문 {{r:JANG YONGDEOK}} 띄어쓰기 없음 - 대사관 양식에 맞출 것.
- {{r:혁}}이는 열일곱 살. {{u:중국}} 이름 {{r:张赫}} ({{r:Zhang He}}) 사용 중.
- {{u:중국}} 측 보호자: {{r:금화}} 씨 친구 {{p:최영란}} ({{p:崔英兰}}), {{u:Yanji}}.
- Russian-era co-worker who can confirm the marriage: {{p:Sim Chang-gyu}}. {{p:심창규}} 씨 연락처는 {{p:Grace}}가 아닌 {{p:송}}만 보관.
- 장날(market day) 이야기는 증명서와 무관 - 삭제.""",
    },
    {
        "id": "h43-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("O Chol-man", "오철만", "witness", ["Chol-man", "Oh Cheol-man"]),
            ("Nurlan Abenov", "누를란 아베노프", "other", ["Nurlan"]),
            ("Paek Kwang-jin", "백광진", "supervisor", []),
        ],
        "note": "Lost-passport declaration to Russian police, translated, with an NGO's annotations in Korean and English; surname O in capitals beside 'O' as a letter and 'Oh' as interjection, Russian forms of the names with case endings, a Kazakh registered helper, a fictional police officer as private; mixed eol.",
        "text": """ЗАЯВЛЕНИЕ ОБ УТРАТЕ ПАСПОРТА / DECLARATION OF LOSS OF PASSPORT (translation for file)
To: Police department, {{u:Vladivostok}}, {{u:Pervomaisky district}}
From: {{r:О Чхоль Ман}} ({{r:O Chol-man}}), citizen of the {{u:DPRK}}

[RU] Я, {{r:О Чхоль Ман}}, сообщаю, что мой паспорт был утерян 12.09.2019. Паспорт хранился у бригадира {{r:Пэк Кван Джина}}.
[EN] I, {{r:O Chol-man}}, report that my passport was lost on 12.09.2019. The passport was kept by the brigade leader {{r:Paek Kwang-jin}}.
[Annotation, {{p:Lee Soo-bin}}] The genitive "{{r:Пэк Кван Джина}}" is {{r:Paek Kwang-jin}} ({{r:백광진}}). "Lost" is the police's word; {{r:백광진}} kept it.

[RU] Свидетель: {{r:Абенов Нурлан}}, гражданин {{u:Казахстана}}.
[EN] Witness: {{r:Abenov Nurlan}}, citizen of {{u:Kazakhstan}}.
[Annotation] {{r:Nurlan}} is the site's crane operator who helped {{r:O}} leave. {{r:Нурлана}} later questioned by police? - {{r:철만}} 씨 말로는 아님.

Received by: ст. лейтенант {{p:Кравченко И.П.}} (Sr Lt {{p:Kravchenko}})
Note: O = the letter on the form's checkbox ("O" for original), not the surname.

[NGO annotations in Korean - {{p:이수빈}}]
- {{r:오철만}} 씨는 2019.9.12 현장을 떠남. 그날 {{r:백광진}} 반장은 {{u:나홋카}}에 출장 중. 오, 운이 좋았다고 본인이 말함.
- 같이 나온 동료: {{p:한영길}}, {{p:류명}}. {{p:류명}}은 외자 이름, 다들 "{{p:명}}이"라 불렀다 → "{{p:명}}"이라고만 표기.
- 경찰관 {{p:크라브첸코}}는 친절했음. 번역은 고려인 {{p:Елена Ли}} ({{p:엘레나}}) 씨가 도와줌.
- {{r:누를란}}이 {{r:철만}} 씨를 차로 {{u:우수리스크}}까지 태워줌. {{r:누를란 아베노프}} 연락처는 기록하지 않음.
- Later (2020): {{u:UNHCR}} {{u:Moscow}} office; arrived {{u:South Korea}} 2020.11. {{u:ROK}} ID spelling: {{r:Oh Cheol-man}}.
- Oh and: {{r:OH CHEOL MAN}} on the airline booking ({{u:Korean Air}}); same man.
- {{r:Paek}}'s deputy {{p:Ri Yong-sok}} reported the "loss" to the consulate; {{p:리용석}}의 이름은 보고서에 넣지 말 것.""",
    },
    {
        "id": "h43-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tak Myong-suk", "탁명숙", "witness", ["명숙", "Myong-suk"]),
            ("Yu Hak-song", "유학성", "supervisor", ["Yu the Fox"]),
            ("Tak Chol", "탁철", "relative", ["철"]),
        ],
        "note": "Translation-memory export (segment pairs Korean to English) from a testimony translation project, with match scores, translator IDs and comments; Yu as surname beside 'you', nickname 'the Fox', a one-syllable given name 철 beside 철 (iron), names split across segments, translators' logins.",
        "text": """TM EXPORT - project NKW-TM-2023-09 (ko→en) | exported by {{p:jkhan}} ({{p:Han Ji-kyung}})
Format: seg id | source (ko) | target (en) | match | translator | comment

0001 | 저는 {{r:탁명숙}}입니다. | I am {{r:Tak Myong-suk}}. | 100% | {{p:jkhan}} |
0002 | 반장은 {{r:유학성}}이었어요. | The team leader was {{r:Yu Hak-song}}. | 98% | {{p:jkhan}} |
0003 | 우리는 {{r:유}} 반장을 "{{r:여우}}"라고 불렀어요. | We called leader {{r:Yu}} "the {{r:Fox}}". | 86% | {{p:mchoi}} | comment: "여우" is a nickname here, rendered "{{r:Yu the Fox}}" later
0004 | "{{r:여우}}"가 오면 다들 조용해졌어요. | When "the {{r:Fox}}" came, everyone went quiet. | 91% | {{p:mchoi}} |
0005 | 여우 같은 사람이었어요. | He was a sly man, like a fox. | 70% | {{p:mchoi}} | ordinary simile, not the nickname
0006 | 동생 {{r:철}}이도 같이 갔어요. | My younger brother {{r:Chol}} went too. | 100% | {{p:jkhan}} |
0007 | {{r:철}}이는 철근 일을 했어요. | {{r:Chol}} worked with steel rebar. | 95% | {{p:jkhan}} | 철근 = rebar, not the name
0008 | 현장에는 {{p:Rustam}}이라는 타지크 사람이 있었어요. | There was a Tajik named {{p:Rustam}} on the site. | 88% | {{p:mchoi}} |
0009 | {{p:Rustam}}이 {{r:명숙}} 언니 하고 불렀어요. | {{p:Rustam}} called me "sister {{r:Myong-suk}}". | 80% | {{p:mchoi}} |
0010 | {{r:유학성}}은 돈을 {{p:차금철}} 대표에게 줬어요. | {{r:Yu Hak-song}} gave the money to the representative {{p:Cha Kum-chol}}. | 100% | {{p:jkhan}} |
0011 | {{p:차}} 대표는 {{u:모스크바}}에 살았어요. | Representative {{p:Cha}} lived in {{u:Moscow}}. | 100% | {{p:jkhan}} |
0012 | 같은 방에 {{p:김화}}, {{p:리옥주}}, {{p:방선영}}이 있었어요. | In my room were {{p:Kim Hwa}}, {{p:Ri Ok-ju}} and {{p:Pang Son-yong}}. | 76% | {{p:ysong}} |
0013 | {{p:옥주}}는 {{u:청진}} 사람이에요. | {{p:Ok-ju}} is from {{u:Chongjin}}. | 100% | {{p:ysong}} |
0014 | {{p:화}}는 이름이 한 글자라서 다들 "{{p:화}}야"라고 불렀어요. | {{p:Hwa}}'s name was one syllable, so everyone called her "{{p:Hwa}}". | 72% | {{p:ysong}} | comment: 화 also means anger - context clear
0015 | 화가 나도 참았어요. | Even when angry we held it in. | 65% | {{p:ysong}} | ordinary word
0016 | {{u:러시아}} 감독 {{p:Игорь}}가 | The Russian supervisor {{p:Igor}} | 60% | {{p:mchoi}} | segment split mid-sentence, joined with 0017
0017 | {{p:Игоря}} 부인이 약을 줬어요. | - {{p:Igor}}'s wife gave me medicine. | 60% | {{p:mchoi}} | {{p:Игоря}}: genitive
0018 | 다음 날 {{r:유}} 반장이 알았어요. | The next day leader {{r:Yu}} found out. | 100% | {{p:jkhan}} | you/Yu: check that MT did not render Yu as "you"!
0019 | 그래서 저는 {{u:블라디보스토크}}로 도망쳤어요. | So I fled to {{u:Vladivostok}}. | 100% | {{p:jkhan}} |
0020 | 목사님 이름은 {{p:노은찬}}이에요. | The pastor's name is {{p:No Eun-chan}}. | 85% | {{p:ysong}} | "No" here is the surname 노
0021 | 아니요, {{p:노}} 목사님은 {{u:한국}} 분이에요. | No, Pastor {{p:No}} is from {{u:South Korea}}. | 90% | {{p:ysong}} | first "No" = 아니요

Project notes ({{p:Han Ji-kyung}})
- Logins: {{p:jkhan}} = me; {{p:mchoi}} = {{p:Choi Min-ho}}; {{p:ysong}} = {{p:Song Yu-jin}}.
- Witness {{r:Tak Myong-suk}} and her brother {{r:Tak Chol}}: keep the TM internal. {{r:탁철}} is still in {{u:Russia}}.""",
    },
    {
        "id": "h43-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ha Song-mi", "하성미", "witness", ["Song-mi"]),
            ("Noh Jae-won", "노재원", "other", ["Jae-won"]),
            ("Kang Il-bong", "강일봉", "supervisor", []),
        ],
        "note": "Press-release draft with embargo line and staff edits in Korean and English; the spokesperson and quoted witness fictional and private, a witness quoted under a pseudonym with her real name leaking in a comment, Ha and Song as words, a real minister's office, real UN rapporteur mentioned neutrally.",
        "text": """PRESS RELEASE - DRAFT 2 - EMBARGOED UNTIL 00:01 KST, 10 DECEMBER 2023
보도자료 초안 (편집 의견 포함)

"Sent abroad, paid nothing": new testimonies from North Korean workers in {{u:Russia}} and {{u:China}}

{{u:Seoul}}, 10 December 2023 - On Human Rights Day, our organisation publishes 32 testimonies of North Korean workers sent to {{u:Russia}} and {{u:China}} between 2015 and 2022.

"Every worker we spoke to handed over almost all of their wages," said {{r:Noh Jae-won}}, head of research. [편집-{{p:김은수}}: {{r:노재원}} 팀장님 직함 확인. "head of research" OK?] [{{r:재원}}: OK]

One woman, who worked in a seafood plant in {{u:Hunchun}} and whom we call "{{r:Song-mi}}" (not her real name), said: "The supervisor, {{r:Kang}}, told us the song of the day and we sang it before work." [{{p:김은수}}: 실명 문제! "{{r:Song-mi}}"는 가명 아님 - 본명이 {{r:하성미}}. 가명 "Ji-won"으로 교체할 것] [{{r:Jae-won}}: 맞음, 교체. 그리고 {{r:강일봉}} 실명도 빼요 → "the supervisor"]

Another worker, a former logger in {{u:Amur Oblast}}, described how his co-worker {{p:Tae-ho}} died in 2016. [{{p:Sophie Martin}}: is {{p:Tae-ho}} a real name? if so remove] [{{p:김은수}}: real - {{p:Choi Tae-ho}}. remove]

The testimonies were gathered by a team including researchers {{p:Yoon Ga-eun}} and {{p:Daniel Ha}}. Ha ha - [{{p:Daniel}}: please don't put my name in, I do fieldwork in {{u:Vladivostok}}]

Background
The {{u:UN Security Council}} required all states to repatriate North Korean workers by December 2019 ({{u:Resolution 2397}}). The {{u:UN}} Special Rapporteur, {{u:Elizabeth Salmón}}, has raised the issue in her reports. The {{u:Ministry of Unification}} has been asked for comment.

Media contact: {{r:Jae-won}} (+82 10 XXXX XXXX) / press@ (role account) / {{r:jaewon.noh}}@...

[Internal comments - 삭제 후 배포]
- {{r:하성미}} 씨 본인 동의: 인용문만 가명으로. {{r:성미}} 씨가 "노래 부분은 꼭 넣어 달라" 함.
- {{r:강일봉}} 반장 이름은 보도자료에 없음 ✔. {{r:강}} 반장 관련 내용은 보고서 본문 3장에만.
- {{r:하성미}} → Ji-won 교체 후 {{p:Sophie}} 영문 교정. [{{p:김은수}}: 위 줄 "{{r:하성미}}"도 실명이니 이 메모 자체를 지우세요]
- Photo credit: {{p:Lee Jun-ho}}. 사진 속 인물 {{p:한명옥}} 씨 얼굴 블러 처리.
- Quote check list: {{p:Choi Tae-ho}} (deleted), {{r:Song-mi}} / {{r:Ha Song-mi}} (pseudonymised), {{r:Kang Il-bong}} (deleted), {{p:한명옥}} (blurred), {{p:Yoon Ga-eun}} (staff, OK to name), {{p:Daniel Ha}} (staff, NOT to be named).
- {{r:Noh}} to brief {{p:Sophie Martin}} and {{p:김은수}} before 9 Dec; interviews with {{u:Yonhap}}, {{u:BBC}} and {{u:NK News}} handled by {{r:재원}} only.
- 해외 기자 문의는 {{p:Sophie}}, 국내는 {{p:은수}}.""",
    },
    {
        "id": "h43-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Un-byol", "강은별", "witness", ["Un-byol", "은별"]),
            ("Sin Chol-nam", "신철남", "witness", ["Chol-nam", "철남"]),
            ("Grace Kim", "그레이스 김", "other", ["Grace"]),
        ],
        "note": "Annual-report pull-quote approval sheet: quotes proposed, with the speaker, consent status and edits, in Korean and English; witnesses approving their own quotes, quotes naming third parties that must be cut, a Vietnamese and a Polish private person, emoji reactions, public programme names and cities.",
        "text": """ANNUAL REPORT 2023 - PULL-QUOTE APPROVAL SHEET
Editor: {{r:Grace Kim}} | Design: {{p:Jun Seo-ah}} | Deadline: 20 Feb 2024

Q1 | Speaker: {{r:강은별}} ({{r:Kang Un-byol}}), former garment worker, {{u:Dandong}}
Quote (ko): "{{p:도화}} 언니가 없었으면 저는 버티지 못했어요."
Quote (en): "Without sister {{p:Do-hwa}}, I would not have survived."
Consent: ✅ {{r:Un-byol}} approved 2024-01-29, BUT asks to remove {{p:Do-hwa}}'s name → "Without the older women in my room..."
Edit by {{r:Grace}}: done. [{{p:Jun}}: 👍]

Q2 | Speaker: {{r:신철남}} ({{r:Sin Chol-nam}}), former logger, {{u:Khabarovsk Krai}}
Quote (en): "{{p:Pae}} the brigade leader counted our logs and our words."
Consent: ⏳ {{r:Chol-nam}} wants "{{p:Pae}}" replaced by "the brigade leader". → "The brigade leader counted our logs and our words."
Note: brigade leader's full name {{p:Pae Mun-gil}} must not appear anywhere in the report.

Q3 | Speaker: {{p:Nguyen Thi Lan}}, Vietnamese co-worker interviewed in {{u:Hanoi}} by {{p:Tran Minh}}
Quote (en): "The Korean girls never had a day off. {{r:Un-byol}} once cried the whole night."
Consent: ✅ {{p:Lan}} approved; {{r:Un-byol}} NOT asked yet → hold. [{{r:Grace}}: ask {{r:은별}} 씨 this week]

Q4 | Speaker: {{p:Wojciech Kowal}}, former shipyard safety officer, {{u:Gdańsk}}
Quote (en): "I reported it twice. Nobody came."
Consent: ✅ by e-mail ({{p:w.kowal}}@...). [{{p:Seo-ah}}: fits p. 14]

Q5 | Speaker: {{r:Chol-nam}}
Quote (ko): "{{r:철남}}이라는 이름으로 살 수 있어서 좋다."
Quote (en): "I am glad I can live under the name {{r:Chol-nam}}."
Consent: ❓ irony - it is his real name. [{{r:Grace}}: cannot use as is. Alternative: "I am glad I can live under my own name."] ✅ {{r:신철남}} agreed 2024-02-05.

Q6 | Speaker: staff caseworker {{p:Moon Ha-rin}}
Quote (en): "Every case has a name we cannot print."
Consent: ✅. [{{p:Ha-rin}} asks: first name only. → "{{p:Ha-rin}}, caseworker"]

Q7 | Speaker: {{r:Kang Un-byol}} (second quote)
Quote (ko): "{{u:한국}}에 와서 처음으로 내 돈으로 운동화를 샀어요. {{p:영자}} 선생님이 같이 가 줬어요."
Edit: remove {{p:영자}} 선생님 ({{p:Kim Yeong-ja}}, our volunteer) → "...처음으로 내 돈으로 운동화를 샀어요."
Consent: ✅ {{r:은별}} 씨 2024-02-07.

Sign-off: {{r:G. Kim}} / Director {{p:Hwang In-sook}} / Legal check {{p:Ko Dong-hyun}}""",
    },
]
