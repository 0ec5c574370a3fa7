# ruff: noqa: E501
"""Held-out evaluation passages, set 42. Built by build_heldout.py heldout42.

Forty documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way interviewers type them
(third- and first-person interview summaries, question-and-answer transcripts,
follow-up call notes, reviewers' comments on a testimony, transcribed written
statements, family members' accounts, interpreters' running notes and caseworkers'
diaries); the other half are genres no earlier set used (back-of-book indexes,
errata sheets, journal peer-review reports, data-subject access responses,
handwriting examiners' reports, satellite-image annotation reports, awards-dinner
seating plans, community cookbook manuscripts, mentoring match sheets, tenancy
agreements, interviewer-training role-play scenarios, scholarship essays, obituary
drafts, verbatim-theatre scripts, graphic-novel panel scripts, phone-extraction
reports, left-behind property inventories, fact-check worksheets, documentary end
credits and postcard-campaign mailing lists), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Mongolian, Polish and Malay.

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
- A possessive 's, a plural -s, particles and emoji stay outside a mention
  ({{p:Pak}}'s, the {{p:Kim}}s, {{p:철민}}이가, {{p:Sun-hui}} 🙏).
- Zero-width characters, soft hyphens, fullwidth letters and a line break inside a
  name stay inside the mention.
- Initials standing for a person are mentions ({{p:K.C.M.}}, Mr {{p:R.}}).
- In handles, hashtags, file names and URLs only the part that spells the name is
  labelled (@{{p:cholmin}}_88, #{{p:박순희}}를_찾습니다, interview_{{p:Pak}}_v2.docx).
- OCR-garbled names and names typed with a typo are labelled as written.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is; in kinship plus name
  (철수 형, 영희 언니) only the name is labelled.
- Real platforms and apps (WhatsApp, KakaoTalk, WeChat, Telegram, YouTube) are public.
"""

PASSAGES: list[dict] = [
    {
        "id": "h42-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Hyok", "박혁", "witness", ["Hyok"]),
            ("Ri Yong-su", "리영수", "supervisor", ["Lee Young-soo"]),
        ],
        "note": "Third-person interview summary, Khabarovsk construction; one-syllable given name used alone, brigade leader later in the South under a Southern romanization and a nickname, coworker surname Song beside the ordinary word song, Russian foreman by diminutive, two private Kims beside Kim Il Sung and Kim Jong Il.",
        "text": """INTERVIEW SUMMARY - case W-2024-031, session 2 of 3
Interviewee: {{r:PAK Hyok}} (born 1986, {{u:Hamhung}})
Interviewer: {{p:Clara Nam}} / interpreter: {{p:Yoo Ji-won}}
Typed up by {{p:Clara}} the same evening from handwritten notes; not yet checked by {{p:Ji-won}}.

1. Departure
{{r:Pak}} left {{u:Pyongyang}} by train in April 2016 with 42 other men of a construction brigade. They crossed at {{u:Tumangang}} and were taken by bus to {{u:Khabarovsk}}. The brigade leader was {{r:Ri Yong-su}}, about fifty, whom the men called "the {{r:Abacus}}" because he counted everything twice. {{r:Hyok}} said {{r:Ri}} was not the worst of them: "He shouted, but he also shared his cigarettes." {{r:Ri}} later reached {{u:South Korea}} and now spells his name {{r:Lee Young-soo}}; {{r:Hyok}} saw him on a {{u:YouTube}} channel in 2023 (see session 3).

2. The site
The brigade worked on a residential block near the {{u:Amur}} embankment. The Russian foreman was {{p:Dmitry Sokolov}}, "{{p:Dima}}" to everyone, who paid the company and never the men. {{r:Hyok}} shared a container with {{p:Song Chol-min}}, a plasterer from {{u:Sinpo}}, and with an older man, {{p:Kim Tae-gun}}, who had been abroad three times before. {{p:Song}} sang in the evenings; the song everyone asked for was an old love song, and {{p:Kim}} always told him to stop before the night count. {{r:Hyok}}: "{{p:Chol-min}}'s song was the only thing in that container that was ours." Portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} hung above the door; {{p:Tae-gun}} dusted them every Saturday.

3. Wages
{{r:Pak}} was promised 120 dollars a month. The accountant, {{p:Jon Myong-il}}, deducted "loyalty funds", food and the container rent. {{r:Ri}} told the men the money went to the {{u:Workers' Party of Korea}} and that anyone who asked again would be sent home. {{p:Jon}} kept two ledgers, says {{r:Hyok}}; {{p:Song}} once saw the second one when {{p:Jon}} left it in the canteen.

4. The fall
In August 2017 {{p:Song}} fell from the fourth-floor scaffolding. {{p:Dima}} drove him to hospital in his own car; a Tajik worker, {{p:Farrukh}}, helped carry him. {{r:Ri Yong-su}} told the brigade to say {{p:Song}} had slipped in the dormitory. {{r:Hyok}} refused, and the {{r:Abacus}} made him clean the latrines for a month. {{p:Chol-min}} was sent home in October with a plaster cast; {{r:Pak}} does not know whether he is alive. {{p:Kim Tae-gun}} went back with him "to make sure he did not talk".

5. Leaving
{{r:Hyok}} left the site in June 2019 with help from a Koryo-saram woman, {{p:Marina Tsoi}}, who ran a phone shop near the market. {{p:Marina}} called a pastor she knew in {{u:Vladivostok}}, Rev. {{p:Han}}, who put him on a train to {{u:Moscow}}; there he went to the {{u:UNHCR}} office. He arrived in {{u:Seoul}} in 2020. He asked us not to name {{p:Marina}} in anything published, because her shop is still open.

Interviewer's remarks
- {{r:Pak}} was calm until the part about {{p:Song}}. We stopped for twenty minutes.
- A second Pak in the brigade, {{p:Pak Yong-ho}}, is not related to {{r:Hyok}}; keep them apart in the index.
- {{r:Lee Young-soo}} / {{r:Ri Yong-su}}: same man. {{p:Ji-won}} thinks we should not contact him before session 3.
- Ask next time about {{p:Jon}}'s second ledger and whether {{p:Farrukh}} can be traced.""",
    },
    {
        "id": "h42-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("An Myong-chol", "안명철", "witness", ["Myong-chol"]),
            ("O Kwang-jin", "오광진", "supervisor", []),
            ("Jo Sun-hui", "조순희", "relative", ["Sun-hui"]),
        ],
        "note": "Question-and-answer transcript, Qatar construction; speaker labels in capitals, surname An beside the article an, surname O beside the interjection and o'clock, Gulf site supervisor and Nepali coworker, wife called by given name, private Kim beside Kim Jong Un; CRLF.",
        "text": """TRANSCRIPT - interview with {{r:AN Myong-chol}}, 14 November 2023, {{u:Incheon}}
Q = {{p:Rachel Kwon}} (interviewer). A = {{r:AN}}. Interpreter {{p:Seo Da-eun}} not transcribed.

Q: Can you say your name for the recording?
A: {{r:An Myong-chol}}. An, like the letter. Born 1979.
Q: When did you go to {{u:Qatar}}?
A: Spring 2014. We flew from {{u:Pyongyang}} to {{u:Beijing}}, then to {{u:Doha}}. An officer from the company met us at the airport, a man called {{r:O Kwang-jin}}.
Q: What was {{r:O}}'s job?
A: He was the site representative. Everything went through {{r:O}}. Oh, and he kept our passports in a bag in his room.
Q: All of them?
A: All forty-two. Even the cook's. The cook was {{p:Kim Chang-ho}}, an old man from {{u:Wonsan}}.
Q: What time did you start work?
A: Five o'clock. In summer four. The Qatari supervisor, Mr {{p:Rashid}} - {{p:Rashid al-Kuwari}}, I think - came at seven and left at eleven. He did not speak to us, only to {{r:O}}.
Q: Did anyone else speak to you on site?
A: The Nepali men. One of them, {{p:Bikram}}, gave me an onion and a phone charger. {{p:Bikram}} and his friend {{p:Suman}} lived in the next camp.
Q: Was that allowed?
A: No. No, it was not allowed. {{r:O}} saw me with {{p:Bikram}} once and I had to write a self-criticism. {{p:Kim}} the cook helped me write it.
Q: Tell me about your wife.
A: {{r:Sun-hui}}. {{r:Jo Sun-hui}}. She stayed in {{u:Hamhung}} with our daughter, {{p:Un-jong}}.
Q: Could you contact {{r:Sun-hui}}?
A: Once a year a letter. {{r:O}} read them first. In 2015 she wrote that {{p:Un-jong}} had started school. That was the last letter I got.
Q: Did {{r:Jo Sun-hui}} receive any money from your work?
A: The company said it sent money to families. {{r:Sun-hui}} never wrote about money, so I don't think so. {{r:O Kwang-jin}} said it went to {{u:Kim Jong Un}}'s "revolutionary funds". Maybe. Who knows.
Q: How did you leave {{u:Qatar}}?
A: In 2016 there was an accident and a man died, {{p:Ri Song-nam}}. After that {{r:O}} was called back to {{u:Pyongyang}} and a new man came, {{p:Chae}}. {{p:Chae}} was worse. I decided.
Q: Who helped you?
A: {{p:Bikram}}'s cousin drove me to the embassy of the {{u:Republic of Korea}}. I don't know his name. {{p:Bikram}} called him "{{p:Dai}}".
Q: Do you know what happened to {{r:O}}?
A: I heard from {{p:Kang Il-bom}}, who came out in 2019, that {{r:O}} is in {{u:Nampo}} now, at a trading company.
Q: Is there anything you want to add?
A: Only this: if {{r:Sun-hui}} ever hears this, I did not leave her. {{r:An Myong-chol}} did not leave his family.
[END OF TAPE 1]""",
    },
    {
        "id": "h42-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ha Song-mi", "하성미", "witness", ["Song-mi", "Ha Sung-mi"]),
            ("Yu Chol-ho", "유철호", "coworker", []),
            ("Mun Jong-nam", "문정남", "supervisor", ["Moon Jung-nam"]),
        ],
        "note": "Follow-up call notes, Gdansk shipyard welders; dated entries with an impossible date, emoji, Ha beside 'ha ha', Yu beside 'yu' typed for 'you', Mun/Moon romanizations beside the ordinary moon and the public Moon Jae-in, Polish foreman with Polish case endings in a quoted text message.",
        "text": """FOLLOW-UP CALLS - {{r:HA Song-mi}} (case PL-19-004)
Caller: {{p:Agnieszka Wrona}} unless noted. Language: Korean with {{p:Hye-jin}} interpreting by speaker.

2023-01-09 | 14:10 | 22 min
{{r:Song-mi}} called back after the missed call. Doing ok. Still at the noodle place in {{u:Suwon}}. Confirmed the name of the welding brigade leader in {{u:Gdańsk}}: {{r:Mun Jong-nam}}. Said the Polish workers called him "{{r:Moon}}" and laughed about the moon on his helmet (a sticker). She laughed too - "ha ha, he hated it".

2023-01-23 | 19:45 | 8 min
Short. {{r:Ha}} asked whether we had found {{r:Yu Chol-ho}}. Not yet. She thinks {{r:Yu}} went back to {{u:North Korea}} in 2018. {{p:Hye-jin}} asked gently about {{r:Chol-ho}}'s wife, {{p:Ri Myong-ok}}; {{r:Song-mi}} said {{p:Myong-ok}} worked in the same hull section "for a month only".

2023-02-30 (sic - typed as in the call log; the call was on 2 March)
{{r:Song-mi}} forwarded a screenshot of an old SMS from the Polish foreman, {{p:Tomasz Kowalczyk}}. Text in Polish: "Pani {{r:Ha}}, jutro o 6 z {{r:Munem}} na dok 3. Powiedz {{r:Yuowi}}, że kask jest u {{p:Tomka}}." Our reading: "Ms {{r:Ha}}, tomorrow at 6 with {{r:Mun}} to dock 3. Tell {{r:Yu}} that the helmet is with {{p:Tomek}}." ({{p:Tomek}} = {{p:Tomasz}} himself.) Which of the two? There was a second Yu, {{p:Yu Kwang-il}}, in the paint shop; {{r:Song-mi}} says the message means {{r:Yu Chol-ho}}.

2023-03-14 | 10:00 | 35 min (caller: {{p:Ji-hoon Baek}})
Long talk about the fire on the ship in 2017. {{r:Ha Sung-mi}} (she now writes it this way on her ID card) says {{r:Mun}} locked the changing room so nobody could leave before the count. {{r:Yu}} broke the lock. "If not for {{r:Chol-ho}} we would be dead." 😢 She asked whether {{u:Moon Jae-in}}'s government ever did anything about the workers in {{u:Poland}}; {{p:Ji-hoon}} explained the {{u:Ministry of Unification}} does not comment on individual cases.

2023-04-02 | 16:30 | 5 min
Asked if yu could call tomorrow instead ("can yu call tmrw" - her text, typed in English). Fine. 👍

2023-04-03 | 16:20 | 41 min
Went through the list of the brigade. Names she gave: {{r:Mun Jong-nam}} (leader), {{r:Yu Chol-ho}}, {{p:Yu Kwang-il}}, {{p:Pang Il-chol}}, {{p:Kye Hyon}}, {{p:So Kum-ok}}, {{p:Ri Myong-ok}}, herself. Polish side: {{p:Kowalczyk}} (foreman), Pani {{p:Basia}} from the canteen ({{p:Barbara}} something), {{p:Marek}} the crane driver. {{p:Basia}} gave the women bread on Fridays. {{r:Song-mi}} wants to send {{p:Basia}} a card - we said we would ask {{p:Agnieszka}} to find an address.

2023-05-11 | 12:05 | 14 min
Says {{r:Moon Jung-nam}} has an account on {{u:KakaoTalk}} now?? Someone in her church told her {{r:Mun}} is in {{u:Seoul}}. Not confirmed. Advised her not to reply to unknown contacts. She said ok, no, she will not. Next call in June.""",
    },
    {
        "id": "h42-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("No Hyon-u", "노현우", "witness", ["Hyon-u", "Noh Hyun-woo"]),
            ("Bang Tae-sik", "방태식", "supervisor", ["Tae-sik"]),
        ],
        "note": "Two reviewers' comments on a testimony draft, Ulaanbaatar construction; surname No beside 'No.' and 'no', Bang beside the ordinary bang, Mongolian foreman with patronymic initial, Chinese manager by 老 form, reviewers by initials, a Southern romanization of the witness; mixed line endings.",
        "text": """REVIEW SHEET - testimony draft MN-2022-07 ({{r:No Hyon-u}}), version 3
Reviewer 1: {{p:Priya Raman}} ({{p:PR}}). Reviewer 2: {{p:Kwak Seung-ho}} ({{p:KSH}}). Comments are numbered R1-n and R2-n. Author of draft: {{p:Lena Fischer}}.

R1-1 (para 2): The draft says {{r:No}} arrived in {{u:Ulaanbaatar}} in "autumn 2015". In the audio (tape 2, 14:20) he says October. No. 1 priority: check against his passport copy.
R2-1: Agree. Also the spelling: the draft alternates "{{r:No Hyon-u}}" and "{{r:Noh Hyun-woo}}". He uses {{r:Noh Hyun-woo}} on his South Korean ID; we agreed to use the {{u:DPRK}} form in the text and give the other once in a footnote.
R1-2 (para 4): Who is "{{r:Bang}}"? First mention should be full: {{r:Bang Tae-sik}}, the brigade leader. Later just {{r:Bang}}, fine.
R2-2: Careful in para 9 - "the door closed with a bang" is the author's phrase, not a reference to {{r:Tae-sik}}. Maybe rephrase so a reader does not stumble.
R1-3 (para 5): The Mongolian foreman is {{p:Batbayar}} in para 5 and "{{p:B. Ganbold}}" in para 11. Are these one person? The witness calls him "{{p:Bataa}}" on tape.
R2-3: Same person: {{p:Ganboldyn Batbayar}}, with the patronymic first as Mongolians write it; {{p:Bataa}} is the usual short form. Suggest "{{p:Batbayar}}" throughout.
R1-4 (para 6): The Chinese manager of the cement supplier is "{{p:老孙}}" in the Korean transcript and "{{p:Sun}}" in the draft. The witness also says "{{p:孙经理}}" once. Give the Hanzi once and stick to {{p:Sun}}.
R2-4: {{r:Hyon-u}} said {{p:Sun}}'s given name was {{p:Sun Jianhua}}; we cannot verify it. Please mark as "as recalled".
R1-5 (para 7): The passage about {{p:Gil Yong-chol}} losing two fingers is the strongest in the draft, but it names the hospital and the date. With {{p:Gil}}'s family still in {{u:Chongjin}}, this could identify him. Could we drop the date?
R2-5: I would keep the month, drop the day. {{p:Gil}} is not a witness to us; {{r:No}} only saw the accident. We have no consent from {{p:Gil}}.
R1-6 (para 8): "No one was paid in 2016" - the witness says "almost no one". {{r:No}} himself received 40 dollars in December, via {{r:Bang}}.
R2-6: And {{p:Jang Kyong-su}}, the accountant, received more. {{r:No Hyon-u}} says {{p:Jang}} and {{r:Bang}} split the bonus from the Mongolian company. Quote it exactly, please.
R1-7 (para 10): Public names - the draft mentions the {{u:Embassy of the DPRK in Ulaanbaatar}} and the {{u:General Authority for Border Protection}}; fine. But "{{u:Khan Bank}}" should not be linked to the worker's remittances unless we have a document.
R2-7: Agree, remove {{u:Khan Bank}}. Also para 10 mentions "President {{u:Khurelsukh}}" visiting the site; the witness only heard about it from {{p:Baatar}}, a driver. Say so.
R1-8 (para 12): The escape. {{r:Hyon-u}} walked to the South Korean ... sorry, to the embassy of the {{u:Republic of Korea}} with {{p:Oyunaa}}, a Mongolian woman who sold phone cards. Is {{p:Oyunaa}} her real name? If yes, remove it.
R2-8: {{r:No}} says it was a nickname. Still remove. And {{r:Bang}}'s threat afterwards ("we know where your mother lives") - keep, it is central.
R1-9 (general): The draft calls the witness "Mr {{r:No}}" in some places - not our style. Use {{r:No}} or {{r:Hyon-u}}, no titles, as for {{r:Bang}} and {{p:Gil}}.
R2-9: Fine with everything else. Send v4 to {{p:Lena}} and to Ms {{p:Tserendorj}} for the Mongolian spellings.
R1-10: Agreed. No further comments. - {{p:PR}}
R2-10: OK. - {{p:KSH}}""",
    },
    {
        "id": "h42-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Do Kyong-hui", "도경희", "witness", ["Kyong-hui"]),
            ("Do Un-song", "도은성", "relative", ["Un-song"]),
            ("Choe Pyong-gu", "최병구", "supervisor", ["Choi Byung-goo"]),
        ],
        "note": "Caseworker's diary, mother and son formerly at a Sarawak coal mine; surname Do beside the verb do, a zero-width space inside the son's name once, a Malaysian supervisor with Encik and bin, emoji, an impossible date, surnames alone after first mention; CRLF.",
        "text": """CASEWORKER DIARY - {{p:H. Yoon}} - clients {{r:DO Kyong-hui}} and {{r:DO Un-song}}

Mon 6 May
Home visit, {{u:Gimpo}}. {{r:Kyong-hui}} made tea and showed me photos from {{u:Sarawak}}. {{r:Un-song}} at school. She says the mine manager, {{r:Choe Pyong-gu}}, is still in {{u:Malaysia}}. Do not share her address with anyone from the church group - she asked twice.

Tue 7 May
Phoned {{u:Hana Foundation}} about {{r:Un-song}}'s tutoring. They will call back. {{r:Do}} called at 20:40, worried about a message on {{u:Facebook}} from someone calling himself "{{r:Choi Byung-goo}}". Same man? She thinks so. Told her to screenshot and not reply. What can we do? Nothing tonight.

Wed 8 May
Screenshots arrived. Profile photo is of a man at a mine gate. {{r:Kyong-hui}} is sure it is {{r:Choe}}. In the mine he was "Director {{r:Choe}}" to everyone - no, she says the workers called him "the {{r:Badger}}". Passed to Mr {{p:Kang}} in our legal team.

Thu 9 May
{{r:Un​song}} (she typed his name into our form with a strange gap - copied as it came) has a school trip on Friday. Mother anxious. Talked through it. Also: she remembers the Malaysian supervisor, Encik {{p:Azman}}, wait - {{p:Azman bin Hashim}}, who let the women rest in the shade. "{{p:Azman}} was the only kind one." And a Chinese lorry driver, {{p:Ah Keong}}, who brought rice.

Fri 10 May
{{p:Kang}} says we cannot do much about the {{u:Facebook}} account unless {{r:Choe}} threatens her. Reported it to {{u:Meta}} anyway. {{r:Un-song}} back from trip, fine 😊.

Sat 11 May / Sun 12 May - off.

Mon 13 May
{{r:Do Kyong-hui}} at the office with {{r:Do Un-song}}. We did the first part of the timeline: 2014 to {{u:Kuala Lumpur}}; 2014-2017 the mine near {{u:Bintulu}}; women in the kitchen and sorting, men underground. {{r:Kyong-hui}}'s husband, {{p:Ri Chang-sop}}, died underground in 2016. {{r:Choe}} told her it was his own fault. She does not want {{r:Un-song}} to hear the details - I took him to the canteen.

Tue 14 May
Timeline part 2. After {{p:Chang-sop}}'s death another woman, {{p:Paek Hyang}}, and an engineer, {{p:Tong Il-ho}}, helped her. {{p:Paek}} is now in {{u:Busan}}, {{p:Tong}} unknown. Escape in 2017 via {{u:Thailand}}. She did not know until later that {{u:Malaysia}} had expelled the {{u:DPRK}} ambassador that year.

Wed 31 April (date as written on my paper sheet - must be 1 May? no, 15 May)
Mr {{p:Kang}}: the profile was deleted. Good. {{r:Kyong-hui}} relieved. What do we do if he comes back under another name? Plan with {{p:Kang}} next week.

Thu 16 May, morning
Called {{p:Paek Hyang}} in {{u:Busan}} with {{r:Kyong-hui}}'s permission. {{p:Paek}} remembers the mine cook, Auntie {{p:Chon}}, and a Malaysian nurse, {{p:Siti Aminah}}, who treated {{r:Kyong-hui}}'s hand.

Thu 16 May
{{r:Un-song}} asked me whether his father is "in the records". I said yes, {{p:Ri Chang-sop}} is in his mother's testimony. He cried. Called {{r:Do}} afterwards to tell her. 🙏""",
    },
    {
        "id": "h42-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Jin-hyok", "최진혁", "witness", ["Jin-hyok"]),
            ("Kye Song-il", "계송일", "supervisor", []),
            ("So Yong-chan", "소영찬", "coworker", ["Yong-chan"]),
        ],
        "note": "Witness statement as transcribed and translated, Kuwait construction; surname So beside the conjunction So, one name typed with a typo, Kuwaiti sponsor, Indian and Egyptian coworkers, a private Choe beside the public Choe Son-hui, signature block and interpreter declaration.",
        "text": """WITNESS STATEMENT (English translation of the handwritten Korean original)

Statement of: {{r:CHOE Jin-hyok}}
Date of birth: 3 March 1983. Place of birth: {{u:Kimchaek}}, {{u:North Hamgyong Province}}
Taken at: {{u:Seoul}}, 9 August 2024

1. My name is {{r:Choe Jin-hyok}}. I make this statement about my work in {{u:Kuwait}} from 2012 to 2015.

2. I was sent by a construction company under the {{u:Ministry of People's Armed Forces}}. There were sixty of us. Our representative in {{u:Kuwait}} was {{r:Kye Song-il}}. {{r:Kye}} held our passports and collected the money from the Kuwaiti contractor.

3. I worked in a team of eight steel fixers. My closest friend there was {{r:So Yong-chan}}, from {{u:Tanchon}}. So, when I say "we", I usually mean {{r:Yong-chan}} and me.

4. Our day began at 4:30. We were paid nothing in cash. {{r:Kye}} said our wages were sent home. I later learned from my mother that nothing arrived. So {{r:Kye}} lied, or the company did.

5. The Kuwaiti sponsor of the project was a man we called "{{p:Abu Faisal}}". I saw him twice. His manager on site was an Egyptian, {{p:Mahmoud}}, who was fair to us. The Indian workers in the next camp, especially {{p:Rajesh}} and {{p:Anil Kumar}}, shared food with us on Fridays when {{r:Kye}} was away.

6. In July 2013 {{r:So}} collapsed from the heat. {{r:Kye Song-il}} said he was pretending. {{p:Mahmoud}} called an ambulance himself. {{r:So Yong-chan}} was in hospital four days. When he came back {{r:Kye}} deducted the hospital days from his "plan".

7. I wrote the name of {{r:Kye}} in my notebook as "{{r:Kye Sogn-il}}" - I was nervous and misspelled it - and {{r:Kye}} found the notebook. I was made to criticise myself in front of everyone. {{p:Han Chol-gu}}, the party secretary of our unit, led the meeting.

8. There was another Choe in our unit, {{p:Choe Kwang-bok}}, who is not related to me. Some people thought we were brothers. {{p:Kwang-bok}} reported on others to {{p:Han}}.

8a. The other men in my team were {{p:Pak Yong-chol}}, {{p:Ri Sung-guk}}, {{p:Kim Tong-hwan}} and {{p:Jon Chol}}. {{p:Jon}} was the youngest. {{p:Ri Sung-guk}} was sent home after the summer of 2013 and {{p:Kim Tong-hwan}} took his place on the crane.

9. When news came in 2017 that {{u:Kuwait}} would send the North Korean workers home, I had already left. I left in 2015 with the help of {{p:Rajesh}}'s friend, a taxi driver called {{p:Suresh}}. He took me to the embassy of the {{u:Republic of Korea}}.

10. I do not know what happened to {{r:Yong-chan}}. I heard from {{p:Pak Sun-ae}}, who came out later, that he was sent to a mine. I ask that this statement not be shown to anyone who could pass it to {{u:North Korea}}.

11. I have seen {{u:Choe Son-hui}} on television many times; she is not my relative. I say this because the interviewer asked.

12. This statement is true to the best of my knowledge.

Signed: {{r:최진혁}} ({{r:Choe Jin-hyok}})
Witnessed by: {{p:Lim Ga-young}}, interviewer

INTERPRETER'S DECLARATION
I, {{p:Daniel Shin}}, translated the Korean original into English. Names are given in the {{u:DPRK}} spelling used by the witness: {{r:CHOE}}, {{r:KYE}}, {{r:SO}}. - {{p:D.S.}}""",
    },
    {
        "id": "h42-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Chol-min", "박철민", "witness", ["철민"]),
            ("Kim Tok-su", "김덕수", "supervisor", []),
            ("Ri Yong-ho", "리영호", "coworker", ["이영호", "영호"]),
        ],
        "note": "First-person interview narrative, Moscow construction; particles glued to names (박철민이가, 영호한테, 김 반장이), kinship plus name (철수 형), Ri/이 spellings of one coworker, a Russian foreman with a case ending in a quoted phrase, 안 as negation, private 김 beside 김정은.",
        "text": """[면접 기록 - 1인칭 정리본] 증언자: {{r:박철민}} / 면접: {{p:정수아}} / 2024. 3. 12. {{u:서울}}

제 이름은 {{r:박철민}}입니다. 동네에서는 다들 {{r:철민}}이라고 불렀고, 어머니는 "우리 {{r:철민}}이"라고 하셨지요. 2017년 봄에 {{u:모스크바}}로 갔습니다. 건설 돌격대였는데, {{u:평양}}에서 기차로 {{u:하산}}을 거쳐 들어갔어요.

처음 도착했을 때 우리를 맡은 사람이 {{r:김덕수}} 반장이었습니다. {{r:김}} 반장이 제일 먼저 한 일이 여권을 걷는 거였어요. "여권은 내가 보관한다" 하면서요. 그때 옆에 있던 {{r:리영호}}가 "왜 걷습니까?" 하고 물었다가 첫날부터 찍혔습니다. {{r:영호}}는 저랑 같은 {{u:함흥}} 출신이라 금방 친해졌어요.

현장 {{u:러시아}} 십장은 {{p:세르게이}}라는 사람이었는데, 우리끼리는 "{{p:쎄료가}}"라고 불렀어요. 그 사람이 우리 반장한테 늘 "У {{p:Кима}} спроси"라고, {{p:김}}한테 물어보라고 했는데, 그 {{p:김}}은 우리 {{r:김덕수}} 반장이 아니라 통역하던 {{p:김명학}}이었습니다. 헷갈리지요. 김씨가 워낙 많으니까.

같은 방에 {{p:철수}} 형이 있었어요. {{p:한철수}}. 나이가 많아서 다들 {{p:철수}} 형이라고 했지요. {{p:철수}} 형은 안 아픈 데가 없었는데도 일은 안 빠졌어요. {{r:김}} 반장이 "{{p:한철수}}이는 모범"이라고 할 정도였으니까요.

월급 얘기를 하자면, 한 달에 {{u:러시아}} 돈으로 치면 몇 만 루블이 나왔다는데 우리 손에 들어온 건 거의 없었어요. {{r:김덕수}}가 "충성자금"이다, "계획분"이다 해서 다 떼 갔습니다. {{r:영호}}한테 들은 얘기로는 {{r:김}} 반장이 그 돈 일부를 {{u:중국}} 돈으로 바꿔서 따로 챙겼다고 해요. 저는 직접 보진 않았습니다.

2018년 겨울에 {{r:영호}}가 발판에서 떨어졌어요. {{r:김}} 반장은 병원에 안 보냈습니다. {{u:러시아}} 사람인 {{p:쎄료가}}가 자기 차로 데려갔지요. 그 뒤로 {{r:리영호}}는 절름발이가 됐고, 2019년에 본국으로 돌려보내졌습니다. 지금 {{u:한국}}에서는 {{r:이영호}}라고 쓰는 사람이 있다던데, 같은 사람인지는 모르겠어요.

저는 2019년 여름에 나왔어요. 숙소 근처 교회에 다니던 고려인 아주머니, {{p:류드밀라}} 씨가 도와줬습니다. {{p:류드밀라}} 아주머니가 {{u:유엔난민기구}} 사무실까지 같이 가 줬어요. 나중에 {{u:인천공항}}에 내렸을 때 제일 먼저 생각난 게 {{p:철수}} 형이었어요.

면접자 메모({{p:정수아}}): {{r:철민}} 씨는 {{u:김정은}} 초상화 얘기는 하지 않음. 다음 회차에 {{p:김명학}}(통역)과 {{r:김덕수}} 반장을 구분해서 다시 확인할 것. {{r:박철민}}이가 "{{r:덕수}} 영감"이라고도 부름 - 같은 사람.""",
    },
    {
        "id": "h42-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Sun-hui", "최순희", "witness", ["순희"]),
            ("Wang Jianguo", "왕젠궈", "supervisor", ["王总", "老王"]),
            ("Han Yong-hui", "한영희", "coworker", ["영희"]),
        ],
        "note": "Third-person interview summary, Dandong seafood-processing plant; Chinese forms of address labelled whole (王总, 老王, 小刘), Korean renderings of a Chinese manager, kinship plus name (영희 언니), particles glued to names (순희한테, 영희 언니가), a private 한 beside the public 한국, a North Korean manager by surname and title.",
        "text": """면접 요약 (3인칭) - 사건번호 CN-2023-015
증언자: {{r:최순희}} (1994년생, {{u:신의주}} 출신)
면접일: 2023년 11월 4일 / 면접자: {{p:오세린}} / 기록: {{p:강다은}}

1. 파견 경위
{{r:최순희}}는 2017년 3월 {{u:단둥}}의 수산물 가공 공장에 파견되었다. 같은 조에 스무 명이 있었고, 조장은 {{p:량}} 조장(본명 {{p:량명숙}})이었다. {{u:북한}} 측 관리 책임자는 {{p:황}} 지배인이었으며, 공장 쪽 중국인 사장은 {{r:왕젠궈}}였다. 노동자들은 그를 "{{r:王总}}" 또는 "{{r:왕}} 총경리"라고 불렀고, {{u:북한}} 측 간부들은 뒤에서 "{{r:老王}}"이라고 했다.

2. 작업과 생활
{{r:순희}}는 오징어 손질 라인에서 일했다. 하루 14시간, 한 달 휴일은 하루였다. 같은 방을 쓴 {{r:한영희}}를 그는 "{{r:영희}} 언니"라고 불렀다. {{r:영희}} 언니가 손가락을 베었을 때 중국인 반장 {{p:小刘}}가 약을 가져다준 일을 {{r:순희}}는 여러 번 이야기했다. {{p:小刘}}의 본명은 {{p:刘海燕}}이라고 한다.

3. 임금
{{r:王总}}은 한 사람당 매달 인민폐 2,000위안 안팎을 {{u:북한}} 측 회사에 지급했다고 한다. {{r:순희}}한테 실제로 돌아온 돈은 한 달 100위안 정도였다. {{p:황}} 지배인은 나머지를 "국가계획분"이라고 했다. {{r:한영희}}는 이 돈 문제로 {{p:황}} 지배인과 다툰 뒤 2019년 봄 본국으로 소환되었다.

4. 감시
외출은 한 달에 한 번, 네 명이 함께만 가능했다. 감시원은 {{p:리성철}}이었고, 그는 {{r:순희}}네 방 문 앞에서 자주 담배를 피웠다. {{p:리성철}}이 "{{r:순희}}가 {{u:중국}} 남자와 말했다"고 보고한 일로 {{r:순희}}는 총화 자리에서 비판을 받았다. 말했다는 상대는 공장 경비원 {{p:老周}}였다. {{p:老周}}는 다만 날씨 이야기를 했을 뿐이라고 {{r:순희}}는 말한다.

5. 탈출
2020년 코로나 봉쇄 중 {{r:최순희}}는 공장 식당의 조선족 아주머니 {{p:김}} 아줌마... 정정: {{p:김춘화}} 씨의 도움으로 공장을 나왔다. {{p:김춘화}} 씨가 아는 브로커 {{p:박}} 사장을 통해 {{u:중국}} 남부와 {{u:라오스}}, {{u:태국}}을 거쳐 2021년 {{u:한국}}에 도착했다.

6. 면접자 의견
- {{r:순희}}는 {{r:왕젠궈}}에 대해 "나쁜 사람은 아니었다"고 여러 번 말함. {{r:老王}}이 명절에 과일을 돌렸다는 기억.
- {{r:영희}} 언니의 소식을 알고 싶어 함. {{r:한영희}}의 고향은 {{u:정주}}라고 함.
- {{p:량명숙}} 조장은 "{{p:명숙}} 동무"라고 불렀다고.
- {{u:한국}} 국적 취득 후 이름을 바꿀 생각이 있다고 함(새 이름은 기록하지 않음).""",
    },
    {
        "id": "h42-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Song Myong-su", "송명수", "witness", ["명수"]),
            ("Pang Un-jong", "방은정", "relative", ["은정"]),
            ("To Sang-chol", "도상철", "supervisor", []),
        ],
        "note": "Follow-up call notes, Doha construction; surname 방 beside the noun 방 (room), surname 도 beside the particle 도, 송 as surname beside 송금, wife by given name, a Gulf site engineer and a Bangladeshi coworker in Hangul, impossible date, emoji; CRLF.",
        "text": """후속 통화 기록 - {{r:송명수}} (QA-2022-011)
담당: {{p:윤하린}} / 통역 없음

2024.01.08 (월) 15:20, 12분
{{r:명수}} 씨 먼저 전화. 잘 지낸다고 함. 부인 {{r:방은정}} 씨가 다음 달 출산 예정. {{r:은정}} 씨도 통화하고 싶다고 해서 잠깐 바꿔 줌. {{r:은정}} 씨: "우리 {{r:명수}} 씨가 그때 얘기를 하면 밤에 잠을 못 자요."

2024.01.22 (월) 11:05, 25분
{{u:도하}} 현장 반장 {{r:도상철}}에 대해 추가 진술. {{r:도}} 반장도 처음엔 괜찮았는데 2015년 여름부터 달라졌다고. 숙소 방 하나에 여덟 명, 방마다 감시 담당 한 명. {{r:송명수}}네 방 담당은 {{p:리철웅}}. "{{p:철웅}}이가 {{r:도}} 반장한테 다 일러바쳤어요."

2024.02.05 (월) 16:40, 7분
송금 얘기. 본인은 {{u:카타르}}에서 집으로 송금한 적 한 번도 없음. 회사가 보냈다고 했지만 어머니는 받은 적 없다고. 다음 통화 때 {{r:방은정}} 씨 어머니({{p:김옥화}}) 얘기도 하기로.

2024.02.30 (금) - (날짜 오기. 실제 통화일 3월 1일)
현장 엔지니어였던 카타르인 {{p:압둘라}}, {{u:방글라데시}} 동료 {{p:라힘}}, {{p:카림}} 이름 확인. {{p:라힘}}이 {{r:명수}} 씨한테 휴대폰을 몰래 빌려줘서 {{u:왓츠앱}}으로 {{u:한국}} 뉴스를 처음 봤다고 함. {{r:도상철}}이 그걸 알고 {{p:라힘}}을 다른 현장으로 옮기게 했다고.

2024.03.11 (월) 10:00, 18분
{{r:은정}} 씨 딸 출산 😊 이름은 알려 주었으나 기록하지 않음. {{r:명수}} 씨 목소리 밝음. {{u:카타르}} 얘기는 안 함.

2024.03.25 (월) 14:30, 31분
{{r:도}} 반장 이름 철자 확인: {{r:도상철}}({{r:都相哲}}?) 한자는 모름. 같은 현장 부반장 {{p:방영길}} - 부인과 같은 방씨지만 친척 아님. {{p:방}} 부반장은 사람 좋았다고. 그 밖에 송씨 성 가진 {{p:송일남}}도 있었는데 본인과 무관.

2024.04.08 (월) 16:00, 9분
{{r:명수}} 씨가 {{r:도상철}}을 {{u:유튜브}} 영상에서 봤다고 연락. {{u:북한}} 선전 영상 속 "해외 건설 영웅". 링크 받음. 확인 결과 이름은 다른 사람({{r:도상철}} 아님, 자막에는 {{p:도상춘}}). 본인에게 알려 줌. 안도함 🙏

2024.04.22 (월) 15:15, 20분
{{r:방은정}} 씨가 통화. 남편이 악몽을 자주 꿈. 상담센터 안내함. {{r:은정}} 씨가 "{{r:명수}} 씨한테는 제가 얘기할게요"라고.

2024.05.13 (월) 14:00, 16분
{{r:명수}} 씨가 같은 현장 동료 이름 추가: {{p:허광철}}, {{p:차승호}}, {{p:리영남}}. {{p:허광철}}은 용접공, {{p:차승호}}는 {{p:리철웅}}과 같은 방.

다음 통화: 5월 셋째 주. 담당 {{p:윤하린}} 휴가 시 {{p:백지호}}가 대신.""",
    },
    {
        "id": "h42-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Kwang-il", "하광일", "witness", ["광일"]),
            ("Yu Song-jin", "유성진", "coworker", ["성진"]),
            ("An Tae-ho", "안태호", "supervisor", []),
        ],
        "note": "Reviewers' comments on a Sakhalin fishing testimony; surname 안 beside the negation 안, 하 beside the verb stem, 유 beside 유리, reviewers by initials, a Russian captain with a case ending, a North/South spelling note, a private 안 beside the public 안중근 memorial.",
        "text": """검토 의견서 - 증언 초안 RU-SK-2021-03 ({{r:하광일}}) 제2판
검토자 A: {{p:서민재}}({{p:SMJ}}) / 검토자 B: {{p:홍예린}}({{p:HYR}}) / 초안 작성: {{p:김도윤}}

[A-1] 2쪽: "{{r:하}} 씨는 2016년 {{u:코르사코프}} 항에 도착했다" - 녹취(2회차 08:15)로는 2015년 말. 확인 바람.
[B-1] 동의. 그리고 초안이 "{{r:하광일}}", "{{r:광일}}", "{{r:하}} 씨"를 섞어 씀. 첫 언급은 전체 이름, 이후는 "{{r:하광일}}" 또는 "{{r:하}} 씨"로 통일 제안.
[A-2] 3쪽: 선장 이름. 초안에는 "{{p:이바노프}} 선장", 녹취에서 증언자는 "{{p:이바노프}}"와 "{{p:바냐}}"를 다 씀. 러시아어 메모에는 "у {{p:Иванова}}"라고 되어 있음. 같은 사람인지 확인 필요.
[B-2] {{r:광일}} 씨에게 확인함: 선장은 {{p:이바노프}}, "{{p:바냐}}"는 갑판장 {{p:이반}}. 서로 다른 사람.
[A-3] 4쪽: 감독 {{r:안태호}}. "{{r:안}} 반장이 안 보낸다고 했다"처럼 '안'이 겹쳐 읽기 어려움. "{{r:안태호}} 반장이 보내지 않겠다고 했다"로 고치면 어떨지.
[B-3] 좋음. 또 5쪽 "{{r:안}} 씨는 안 된다고"도 같은 문제.
[A-4] 5쪽: 동료 {{r:유성진}}의 부상 장면. 원문은 "{{r:유}}가 유리 조각에 손을 다쳤다"인데 초안은 날짜까지 적음. 확인 바람.
[B-4] {{r:성진}} 씨는 본 단체 증언자가 아님. 동의 없이 부상 날짜와 배 이름을 쓰면 식별 위험. 날짜 삭제 제안.
[A-5] 6쪽: 임금. 증언자는 "한 달 300달러라고 들었는데 받은 건 40달러"라고 함. 초안은 "한 푼도 못 받았다". 정확히 인용.
[B-5] 그리고 회계원 {{p:조명호}}가 돈을 "{{u:조선}}으로 보낸다"고 했다는 부분 - '조선'은 {{u:북한}}을 가리키므로 그대로 두되 각주.
[A-6] 7쪽: {{u:러시아}} 쪽 회사 대표 {{p:Пак Валерий}} - 고려인. 초안은 "{{p:박 발레리}}". 러시아어 표기도 각주로.
[B-6] {{p:발레리}} 씨는 {{r:하}} 씨를 숨겨 준 사람일 수 있음. 본인 동의 없이는 이름 빼는 게 맞다고 봄.
[A-7] 8쪽: "{{u:유즈노사할린스크}}의 {{u:안중근}} 기념비 앞에서 만났다" - 기념비가 실제로 거기 있는지 확인 필요. 없다면 증언자 기억 착오로 각주.
[B-7] 확인 못 함. 일단 각주. 그리고 같은 쪽 "{{r:안}} 반장과 이름이 같다"는 초안 문장은 삭제 - 성만 같을 뿐.
[A-8] 9쪽: 탈출. {{r:하광일}}이가 {{u:블라디보스토크}}로 간 경로. 도와준 선원 {{p:세묜}}의 이름은 빼자.
[B-8] 동의. {{r:유성진}}, {{r:안태호}}는 남기되, 부상·처벌 날짜는 월까지만.
[A-9] 기타: 남한식 표기 "{{r:하광일}}({{r:Ha Kwang-il}} / {{r:Ha Gwang-il}})" 병기는 각주 1회만.
[B-9] 최종: 3판을 {{p:김도윤}} 씨에게 보내고 {{p:도윤}} 씨가 수정 후 {{r:광일}} 씨 검토. - {{p:HYR}}""",
    },
    {
        "id": "h42-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Myong-il", "조명일", "witness", ["명일"]),
            ("Ko Song-chol", "고성철", "supervisor", []),
            ("Mun Hyok", "문혁", "coworker", ["혁"]),
        ],
        "note": "Transcribed handwritten statement, Tynda logging camp; line breaks as in the original with one inside a name, one name misspelt by the writer, strike-throughs, one-syllable given name with the affectionate suffix (혁이가), surname 고 beside 고 as a connective, 문 beside the noun 문 (door), a Russian forest inspector in Cyrillic.",
        "text": """[자필 진술서 전사본 - 원본 4쪽, 줄바꿈은 원본대로, ~~취소선~~은 원본에서 줄 그은 부분]

진술서

성명: {{r:조명일}}
생년월일: 1978년 5월 3일
주소: (생략)

나 {{r:조명일}}은 2011년부터 2016년까지 {{u:로씨야}} {{u:아무르주}} {{u:틴다}} 벌목장에서 일한 사실을 다음과 같이 진술한다.

1. 우리 사업소 책임자는 {{r:고성철}}이였다. {{r:고}} 책임자는 우리를 모아놓고 "계획을 못하면 집에 못 간다"고 하였다. 여권은 {{r:고성철}}이 다 가지고 있었고 우리는 한번도 보지 못했다.

2. 같은 조에 {{r:문혁}}이가 있었다. {{r:혁}}이는 나보다 열살 어렸고 문만 열면 노래를 불렀다. 나는 {{r:혁}}이를 동생처럼 생각했다. {{r:문혁}}의 아버지 {{p:문기남}}도 10년전 같은 벌목장에 있었다고 한다.

3. 2014년 겨울 {{r:혁}}이가 나무에 깔려 다리를 다쳤다. {{r:고}} 책임자는 병원에 보내지 않고 ~~숙소에~~ 창고에 눕혀 두었다. {{u:러씨야}} 산림감독관 {{p:Николай Петров}}({{p:니꼴라이}})가 보고 자기 차로 {{u:틴다}} 병원에 데려갔다. {{p:니꼴라이}}는 나중에 {{r:고성촐}}한테 벌금을 물렸다고 들었다. (진술인의 철자 오류 - 전사자 주)

4. 임금은 한달에 ~~30~~ 20달러 정도였고 나머지는 "충성의 외화"로 바쳤다. 조장 {{p:한명길}}이 돈을 걷었고 {{p:한}} 조장 우에는 {{r:고}} 책임자가 있었다.

4-1. 같은 막사에 있던 사람들은 {{p:한명길}} 조장, {{p:리광철}}, {{p:김만수}}, {{p:오경삼}}, {{p:차룡길}}이다. {{p:오경삼}}은 2015년에 도망치다 잡혔다. {{p:김만수}}는 {{p:리광철}}이와 싸운 뒤 다른 조로 옮겨졌다.

5. 2016년 5월 나는 {{r:혁}}이와 함께 도망가기로 하였으나 {{r:혁}}이는 마지막에 안 가겠다고 하였다. 어머니 때문이라고 했다. 나 혼자 {{u:하바롭스크}}까지 갔고 거기서 {{p:최
영삼}} 목사님의 도움을 받았다. {{p:최}} 목사님은 {{u:한국}}사람이다.

6. 그 후 {{r:문혁}}이 어떻게 되었는지 모른다. {{p:박은철}}(2018년 탈북)한테서 {{r:혁}}이가 2017년에 {{u:조선}}으로 소환되였다는 말만 들었다.

7. 나는 이 진술이 사실임을 맹세한다. 내 이름 {{r:조명일}}과 {{r:명일}}이라는 이름이 밖에 알려지지 않기를 바란다.

2019년 4월 2일
진술인 {{r:조명일}} (서명)

[전사: {{p:이수빈}}, 검수: {{p:안해솔}}. 원문 맞춤법(이였다, 우에는, 소환되였다, 러씨야)은 고치지 않음.]""",
    },
    {
        "id": "h42-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ryu Jong-suk", "류정숙", "witness", ["유정숙"]),
            ("Kye Kwang-hyok", "계광혁", "relative", ["광혁"]),
            ("Sim Yong-dok", "심용덕", "other", []),
        ],
        "note": "Mother's account of her son sent to Dubai construction, told to an interviewer; pet name for the son, kinship words used instead of names (unmarked), the broker by surname and title, particles glued to names (광혁이가, 광혁이한테), Ryu/유 spellings, a private 심 beside the word 심심하다; mixed line endings.",
        "text": """가족 진술 - 어머니 {{r:류정숙}} (아들 {{r:계광혁}} 관련)
2023년 9월 {{u:인천}} 자택 / 면접: {{p:남지우}} / 녹취 정리: {{p:문채원}}

우리 {{r:광혁}}이가 {{u:두바이}}에 간 게 2015년 가을이에요. 건설이라고 했어요. 3년만 있으면 집 한 채 값을 번다고, 그렇게 말한 사람이 동네 간부 {{p:곽}} 동지였어요. {{p:곽영춘}}이요. 저는 그 사람을 지금도 용서 못 해요.

{{r:광혁}}이는 막내예요. 위로 누나 둘이 있는데, 큰애는 {{p:계은혜}}, 작은애는 {{p:계은별}}. 집에서는 {{r:광혁}}이를 "{{r:꼬마}}"라고 불렀어요. 서른이 넘어도 {{r:꼬마}}였지요.

{{r:광혁}}이한테서 편지가 온 건 딱 두 번이에요. 첫 편지에 "반장이 {{p:리덕환}}이라는 사람인데 무섭다"고 썼어요. 두 번째 편지는 2017년 설이었는데, "엄마, 여기 {{p:압둘}}이라는 사람이 잘해 줘요"라고. 아랍 사람인지 {{u:파키스탄}} 사람인지 모르겠어요.

그러고는 소식이 없었어요. 2018년에 회사 사람이 와서 돈을 좀 주고 갔는데, 그게 {{r:광혁}}이 월급이라고. 3년치가 미화로 200달러였어요.

저는 2019년에 {{u:중국}}을 거쳐 나왔어요. 딸들은 못 데려왔어요. 브로커가 {{r:심용덕}}이라는 사람인데 다들 "{{r:심}} 사장"이라고 했지요. {{r:심}} 사장이 "아드님 소식도 알아봐 주겠다"고 돈을 더 받아 갔는데 아무것도 안 했어요. 나중에 알고 보니 {{r:심}} 사장... 아니, {{r:심용덕}}이는 {{u:연길}}에서 유명한 사기꾼이었대요.

여기 와서 {{u:하나원}} 나오고 나서 {{u:대한적십자사}}에 이산가족 신청을 했는데, 해외에 있는 사람은 안 된대요. 심심해서 {{u:유튜브}}를 보다가 {{u:두바이}} 건설 현장 영상에 {{u:북한}} 사람 같은 사람들이 나오면 화면을 멈추고 얼굴을 봐요. 혹시 우리 {{r:꼬마}}인가 해서요.

동네에서 같이 아들을 보낸 집이 두 집 더 있었어요. {{p:리명철}}이네 아들 {{p:리성진}}, {{p:한순옥}} 씨네 아들 {{p:박광수}}. {{p:성진}}이는 2019년에 돌아왔다는데 {{p:광수}}는 몰라요.

남편({{p:계명수}})은 2010년에 죽었어요. 남편이 살아 있었으면 {{r:광혁}}이를 안 보냈을 거예요.

면접자 메모({{p:남지우}}): 진술인은 {{u:한국}} 신분증에 "{{r:유정숙}}"으로 등록. "큰애", "작은애", "엄마", "반장"은 이름이 아님. {{p:리덕환}} 반장은 다른 증언(AE-2020-004)의 {{p:리덕환}}과 같은 사람일 가능성 - 대조 필요. {{r:광혁}}의 {{u:한국}} 내 연고자: 어머니 {{r:류정숙}} 외 없음.""",
    },
    {
        "id": "h42-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Namgung Hyon", "남궁현", "witness", ["현", "Namgung Hyun"]),
            ("Namgung Byol", "남궁별", "relative", ["별"]),
        ],
        "note": "Caseworker's diary, former Shenyang restaurant worker and her younger sister; two-syllable surname, one-syllable given names alone (현이, 별이) beside the nouns 별 and 현재, zero-width joiner and zero-width space inside names, fullwidth letters in a login, emoji, a fictional police protection officer, Chinese restaurant owner by 老 form.",
        "text": """사례관리 일지 - 담당 {{p:최윤서}} / 대상: {{r:남궁현}}(언니), {{r:남궁별}}(동생)

3/4(월)
{{r:남궁현}} 씨 첫 방문. {{u:하나원}} 수료 2주차. 동생 {{r:남궁별}} 씨는 아직 {{u:하나원}}. {{r:현}} 씨는 {{u:심양}} 식당에서 5년 일함. 지배인 {{p:탁철구}}에 대해 말할 때 목소리 떨림. 오늘은 더 묻지 않음.

3/5(화)
신변보호관 {{p:김형준}} 경위와 통화. {{r:현}} 씨 주소 공유 범위 확인. {{p:김}} 경위가 "{{p:탁}} 지배인 쪽에서 연락 올 가능성은 낮다"고.

3/7(목)
{{r:남궁​현}} 씨가 보낸 문자(이름 중간에 이상한 공백 - 복사한 그대로). 밤에 잠을 못 잔다고. 상담 연결 예약.

3/8(금)
{{r:현}}이 언니라고 부르는 식당 동료 {{p:송미란}}("{{p:미란}} 언니") 소식을 묻기에 모른다고 답함. 식당 중국인 사장 {{p:老孟}}({{p:孟}} 사장님)에 대해서는 "나쁜 사람 아니었다". {{p:老孟}}이 {{p:탁철구}}에게 여권 돌려주라고 한 적 있다고.

3/11(월)
{{r:별}} 씨 {{u:하나원}} 수료 날짜 확정. 하늘에 별이 많던 날 식당을 나왔다는 {{r:현}} 씨 이야기 - 동생 이름이 그래서 생각났다고 웃음 😊

3/13(수)
휴대폰 개통. {{r:현}} 씨 {{u:카카오톡}} 아이디 {{r:ＨＹＵＮ_ｎａｍｇｕｎｇ}}(전각으로 입력돼 있었음 - 반각으로 바꾸도록 안내). 영어 이름은 {{r:Namgung Hyun}}으로 쓰고 싶다고.

3/15(금)
{{r:별}}이 수료. 자매 상봉 🥹 {{r:남궁‍별}} 씨(보호관 문서에 이름 가운데 보이지 않는 문자 - 그대로 옮김)가 언니한테 "현재 나는 괜찮아"라고 함.

3/18(월)
{{r:현}} 씨가 {{p:탁}} 지배인 밑에 있던 다른 종업원 이름을 알려줌: {{p:리은경}}, {{p:한설화}}, {{p:주옥}}. {{p:주옥}}이 가장 어렸다고. {{p:한설화}}는 2018년 {{u:평양}}으로 소환.

3/20(수)
{{p:김형준}} 경위 재통화. 자매 거주지 {{u:인천}} {{u:남동구}} 확정. 이 일지에 구체 주소 기록 금지.

3/22(금)
{{r:별}} 씨가 처음 혼자 방문. 언니가 {{p:탁}} 지배인 이름만 들어도 놀란다고. 언니 몰래 {{p:탁철구}}가 {{u:북한}}에 돌아갔는지 알 수 있냐고 물음. 모른다고 답함.

3/23(토)
{{r:현}} 씨 취업교육 사전 설명회. 강사 {{p:이정민}}, 동기 {{p:박소윤}}, {{p:최은지}}와 같은 조. {{p:소윤}} 씨도 {{u:중국}} 식당 경험이 있어 금방 친해짐.

3/25(월)
월례 사례회의. 발표 자료에 "{{r:남궁 현}}" 띄어쓰기 잘못 - 수정. 다음 주 {{r:현}} 씨 취업교육 시작. 💪""",
    },
    {
        "id": "h42-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hwang Chol-ung", "황철웅", "witness", ["Chol-ung", "Hwang Cheol-woong"]),
            ("Pyon Myong-jin", "변명진", "supervisor", ["Myong-jin"]),
            ("Kang Song-jin", "강성진", "coworker", ["성진"]),
        ],
        "note": "Interpreter's running notes during an interview, Kazan construction; English notes with Korean quotations and particles (황철웅이가, 변 소장이), Russian names with case endings in Cyrillic, Hangul names inside English sentences, a Tatar foreman by diminutive, a private Kang beside the public Kang Kyung-wha.",
        "text": """INTERPRETER'S RUNNING NOTES - {{p:Yoon Seo-hyun}} - interview RU-KZN-05, 2 Feb 2024
(for the interviewer {{p:Tom Ellis}}; my shorthand, not a transcript)

10:02 W = {{r:Hwang Chol-ung}} ({{r:황철웅}}). Says call him {{r:Chol-ung}}. Prefers Korean only.
10:05 Went to {{u:Kazan}} 2016. "{{u:카잔}}에 간 건 2016년 봄." Site: housing near the stadium area, he says. Check.
10:09 Company rep = {{r:변명진}}, "{{r:변}} 소장". {{p:TE}} asked: rank? W: "{{r:변}} 소장이 우리 위에 있었고, 그 위에는 대사관." i.e. {{r:Pyon}} answered to the embassy in {{u:Moscow}}.
10:14 Tatar foreman = "{{p:Рустам}}", men called him "{{p:루스탐}}" or "{{p:Rustik}}". W quotes him: "Скажи {{r:Пёну}}, что бетон завтра" - tell {{r:Pyon}} the concrete comes tomorrow.
10:20 Wages: 600 dollars per man paid to {{r:Pyon}}; W got 50-ish. "{{r:변명진}}이가 다 가져갔어요."
10:26 Coworker {{r:강성진}}. W calls him "{{r:성진}}이". {{r:Kang}} was his bunkmate. {{p:TE}}: any relation to {{u:Kang Kyung-wha}}? (joke, W did not get it, I did not translate - sorry {{p:Tom}}.)
10:31 {{r:성진}} hurt his back Nov 2017. Russian doctor "{{p:Гульнара Ахметовна}}" at the polyclinic - W says "{{p:굴나라}} 선생님". She wrote a sick note, {{r:Pyon}} tore it up.
10:38 W starts crying. Break.
10:52 Resumed. W: "{{r:성진}}이는 그 뒤로 못 걸었어요." {{r:Kang Song-jin}} sent home Feb 2018 via {{u:Vladivostok}}.
10:57 Other names from the site, as W said them: {{p:김철}} (cook), {{p:차용호}} (party secretary - "{{p:차}} 비서"), {{p:옥경일}} (driver), a Uzbek worker "{{p:Bakhtiyor}}" / "{{p:바흐티요르}}".
11:03 Escape, Sept 2018. {{p:Rustik}} drove W to the station. Train to {{u:Moscow}}, then W went to a church; a pastor "Пастор {{p:Ли}}" - no: W says "{{p:이}} 목사님", Russian-Korean. Then to the office of the {{u:UNHCR}}.
11:10 {{p:TE}} asked about {{r:Pyon}} now. W heard from {{p:옥경일}} that {{r:Myong-jin}} was promoted in {{u:Pyongyang}}. Not verified.
11:14 W asks that {{p:Рустам}} not be named - he could lose his job. Flag for {{p:TE}}.
11:20 W signs consent. Writes his name as {{r:Hwang Cheol-woong}} on the form (South spelling), {{r:황철웅}} in Hangul.
11:22 End.
Notes for {{p:Tom}}: the W says "소장" = site director, not "major". {{r:Pyon}} / {{r:변}} / "{{r:변}} 소장" all one man. I left out a joke about {{u:Kim Jong Un}}'s haircut, W asked me to.""",
    },
    {
        "id": "h42-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jo Hyon-chol", "조현철", "witness", ["Hyon-chol", "Cho Hyun-chul"]),
            ("Ri Kwang-sok", "리광석", "supervisor", ["Lee Kwang-seok"]),
        ],
        "note": "Bilingual question-and-answer transcript (Korean lines with English translation beneath), Equatorial Guinea construction; surname O beside Oh and o'clock, Ri/Lee, Jo/Cho spellings, a Spanish-speaking foreman, a private Jo beside a public place name, particles glued to names; CRLF.",
        "text": """[Q&A 녹취 - 국문/영문 병기] GQ-2022-02 / 면접자 {{p:한서윤}} (Q) / 증언자 {{r:조현철}} (A)
English lines by {{p:M. Okoye}}.

Q: 성함 말씀해 주세요.
   Please say your name.
A: {{r:조현철}}입니다. 여기서는 {{r:Cho Hyun-chul}}로 써요.
   I am {{r:Jo Hyon-chol}}. Here I write it {{r:Cho Hyun-chul}}.
Q: 어디에서 일하셨어요?
   Where did you work?
A: {{u:적도기니}} {{u:말라보}}요. 2013년부터 2016년까지.
   {{u:Malabo}}, {{u:Equatorial Guinea}}. From 2013 to 2016.
Q: 책임자는 누구였어요?
   Who was in charge?
A: {{r:리광석}}이요. 우리는 "{{r:리}} 과장"이라고 했어요. {{r:리광석}}이가 돈을 다 받았어요.
   {{r:Ri Kwang-sok}}. We called him "Section Chief {{r:Ri}}". {{r:Ri Kwang-sok}} received all the money.
Q: 하루 일과는요?
   What was a day like?
A: 새벽 다섯 시에 일어나서 여섯 시부터. 스페인말 하는 현지 십장 {{p:호세}}가 일곱 시에 왔어요. {{p:호세}}는 {{p:José Nguema}}예요.
   Up at five, work from six o'clock. The local foreman, {{p:José}}, who spoke Spanish, came at seven. {{p:José}} is {{p:José Nguema}}.
Q: 같이 일한 사람 중에 기억나는 사람은요?
   Anyone you remember from work?
A: {{p:오철수}}. {{p:철수}}는 나하고 같은 {{u:개성}} 사람이에요. 오, {{p:철수}}... 걔는 진짜 웃겼어요.
   {{p:O Chol-su}}. {{p:Chol-su}} is from {{u:Kaesong}}, like me. Oh, {{p:Chol-su}}... he was really funny.
Q: {{p:오철수}} 씨는 지금 어디 있어요?
   Where is Mr {{p:O}} now?
A: 몰라요. 2015년에 {{r:리}} 과장이 {{p:철수}}를 먼저 집에 보냈어요. {{p:철수}}가 {{p:호세}}한테 휴대폰을 빌렸다고.
   I don't know. In 2015 {{r:Ri}} sent {{p:Chol-su}} home early, because {{p:Chol-su}} borrowed a phone from {{p:José}}.
Q: 본인은 어떻게 나오셨어요?
   How did you get out?
A: 2016년에 대사관 사람 {{p:현영남}}이 왔을 때, 그 사람이 {{r:리광석}}하고 싸웠어요. 그 틈에 {{u:중국}} 회사 사장 {{p:陈总}}이 저를 공항에 데려다 줬어요. {{p:陈总}}, {{p:천}} 사장님.
   In 2016 an embassy man, {{p:Hyon Yong-nam}}, came and fought with {{r:Ri Kwang-sok}}. In the confusion the boss of a Chinese company, {{p:陈总}} - Boss {{p:Chen}} - drove me to the airport.
Q: {{p:천}} 사장님 본명은요?
   Boss {{p:Chen}}'s full name?
A: {{p:陈国平}}. {{p:천궈핑}}.
   {{p:Chen Guoping}}.
Q: 가족은요?
   Family?
A: 아내 {{p:김순옥}}, 아들 {{p:조은혁}}. {{u:북한}}에 있어요. {{p:은혁}}이가 올해 스무 살.
   My wife {{p:Kim Sun-ok}}, my son {{p:Jo Un-hyok}}. They are in {{u:North Korea}}. {{p:Un-hyok}} is twenty this year.
Q: 더 하실 말씀은요?
   Anything else?
A: {{r:리광석}}이, 아니 {{r:Lee Kwang-seok}}, {{u:한국}}에 왔다는 소문이 있어요. 만나고 싶지 않아요.
   There is a rumour that {{r:Ri Kwang-sok}} - {{r:Lee Kwang-seok}} - came to {{u:South Korea}}. I do not want to meet him.""",
    },
    {
        "id": "h42-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mun Song-hui", "문성희", "witness", ["Song-hui", "Moon Sung-hee"]),
            ("Bang Chol-jin", "방철진", "coworker", ["철진"]),
            ("Sok Yong-gil", "석용길", "supervisor", []),
        ],
        "note": "Follow-up call notes in English with Korean quotations, Polish greenhouse farm near Szczecin; Polish names with case endings, Mun/Moon spellings beside the ordinary moon and the public Moon Jae-in, surname Bang beside 'bang' and the Korean noun 방, a Polish farm owner and a Ukrainian seasonal worker.",
        "text": """FOLLOW-UP CALLS - {{r:MUN Song-hui}} (PL-2020-09) - calls by {{p:Eun-ji}} unless noted

12 Jan
{{r:Song-hui}} ok. New job at a bakery in {{u:Daejeon}}. Asked again about {{r:Bang Chol-jin}} - no news. "{{r:철진}}이 소식 없어요?" No.

26 Jan
Confirmed the farm: greenhouse tomatoes, village near {{u:Szczecin}}, 2016-2019. Owner: pan {{p:Zbigniew}}... she says "{{p:즈비그니에프}} 사장님". Full name from her old contract photo: {{p:Zbigniew Wójcik}}. Our brigade leader was {{r:Sok Yong-gil}} - "{{r:석}} 반장". {{r:Sok}} kept the contracts in his room (방) and never let anyone into 방 3.

9 Feb
Text from {{r:Song-hui}} (in Polish, she copied it from an old phone): "Pani {{r:Mun}}, jutro rano z {{r:Bangiem}} do szklarni 4, pan {{p:Wójcik}} prosi." = "Ms {{r:Mun}}, tomorrow morning with {{r:Bang}} to greenhouse 4, Mr {{p:Wójcik}} asks." So {{p:Wójcik}} wrote to her directly, not via {{r:Sok}}. Important for the case.

23 Feb (caller {{p:Daniel}})
She told the story of the boiler: a pipe burst with a bang, {{r:Bang}} pulled two women out. "{{r:방철진}}이가 아니었으면 {{p:옥순}}이는 죽었어요." {{p:옥순}} = {{p:Kim Ok-sun}}, another worker. {{r:Sok Yong-gil}} then wrote in the report that {{r:Chol-jin}} had broken the pipe himself.

9 Mar
Asked about the Ukrainian seasonal worker she mentioned: {{p:Oksana}} ({{p:Oksana Melnyk}}?). {{p:Oksana}} taught her Polish words and the song about the moon. She laughed: "Moon is my name too." ({{r:Moon Sung-hee}} on her ID card now.) Told her that {{u:Moon Jae-in}} is no relation, she knew 😂

23 Mar
Long call. List of people in the brigade, her spelling: {{r:석용길}}, {{r:방철진}}, {{p:김옥순}}, {{p:라명숙}}, {{p:허영애}}, {{p:주광남}}, herself {{r:문성희}}. {{p:Wójcik}}'s wife {{p:Halina}} brought cake at Easter; pani {{p:Halina}}... she wants to thank her.

6 Apr
{{r:Song-hui}} asked whether {{u:Poland}} still has North Korean workers. Said we understand the permits stopped after 2018-2019 ({{u:Państwowa Inspekcja Pracy}} reports). She was quiet.

20 Apr
Quick. {{r:Mun}} says {{r:Sok}} threatened {{r:Bang}} with a knife in 2018 - new detail. "{{r:석}} 반장이 칼을..." Will do a proper session. With {{p:Eun-ji}} and an interpreter, {{p:Kasia Nowak}}, because she also wants to read us more texts from {{p:Wójcik}}.

4 May
Session booked for 18 May. {{r:Song-hui}} says ok 👍""",
    },
    {
        "id": "h42-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Kum-hui", "윤금희", "witness", ["금희", "Yoon Geum-hee"]),
            ("Kim Hua", "김화", "supervisor", ["金经理"]),
            ("Choe Hyang-mi", "최향미", "coworker", ["향미"]),
        ],
        "note": "English reviewer comments on a Korean testimony, Hunchun garment factory; quoted Korean with particles, a Korean-Chinese manager by Chinese form of address and by Korean title, a one-syllable given name, private Yun beside the public Yoon Suk Yeol, a private Kim beside a public Kim, a Korean-Chinese place written three ways.",
        "text": """REVIEW - testimony CN-HC-2021-06 ({{r:윤금희}}), Korean original v2, reviewer {{p:Alex Morgan}}, second reader {{p:배소연}}

1. p.1 Name line: "{{r:윤금희}} ({{r:Yun Kum-hui}})". She asked to be called {{r:Yoon Geum-hee}} in English outputs. Please make the romanization consistent; at present p.3 has "{{r:Yoon}}" and p.4 "{{r:Yun}}".
   [{{p:배소연}}] Agree. Also not to be confused with {{u:Yoon Suk Yeol}}, who is quoted on p.9 from a news report; I would remove that quote, it adds nothing.
2. p.2 "{{u:훈춘}}시 봉제공장" - fine. The English summary says "{{u:Hunchun}}"; the witness also says "{{u:珲春}}" once. Keep Korean as in the original.
3. p.2 Manager: "{{r:金经理}}" (Manager {{r:Kim}}), Korean-Chinese, full name {{r:김화}} / {{r:Kim Hua}}. The witness calls him "{{r:김}} 경리" (manager) in some places and "{{r:金经理}}" in others. Footnote once.
   [{{p:배소연}}] Note the Korean "경리" here is the Chinese 经理, not "accountant". Translation on p.5 is wrong: "{{r:Kim}} the accountant".
4. p.3 "{{r:향미}}가 재봉틀에 손을 다쳤다" - {{r:Choe Hyang-mi}}, the coworker. Do we have her consent? She is in {{u:South Korea}} too (see CN-HC-2021-07). Ask {{p:소연}}.
   [{{p:배소연}}] {{r:향미}} 씨 consented by phone, 12 May. I will upload the note.
5. p.3 "{{p:화}} 언니" - a different person from Manager {{r:Kim Hua}}? Yes: {{p:화}} 언니 = {{p:리화}}, a cook. Confusing in English because both are "Hua"/"Hwa". Suggest writing {{p:Ri Hwa}} for the cook.
6. p.4 North Korean side: {{p:정}} 지도원 ({{p:정광철}}) - the minder. The witness says "{{p:정}} 지도원이 {{r:금희}}를 불러서..." - please keep the quote.
7. p.5 Wages: 1,800 yuan per worker per month paid by {{r:金经理}} to {{p:정광철}}; {{r:Kum-hui}} received 150. Consistent with CN-HC-2021-07.
8. p.6 The Chinese policeman "{{p:小赵}}" - fine as the witness says it. Do not expand.
9. p.7 The escape: through {{u:Yanji}} ({{u:연길}}) with a pastor "{{p:J}}". Keep as initial.
10. p.8 Public names: {{u:Tumen River}} ({{u:두만강}} in the original, please tag as the same place) fine; "{{u:Kim Il Sung}} badge" fine, this is not the manager; the {{u:Ministry of Unification}} fine.
11. p.9 Delete the {{u:Yoon Suk Yeol}} quote (see 1).
12. p.10 Family: mother {{p:리옥순}}, brother {{p:윤금철}} ("{{p:금철}} 오빠"). Both in {{u:North Korea}}. Remove their names from any English version.
13. General: {{r:Kum-hui}} / {{r:금희}} / {{r:Geum-hee}} used interchangeably - use {{r:금희}} in Korean, {{r:Kum-hui}} in English.
    [{{p:배소연}}] OK. Sending v3 to {{p:Alex}} by Friday. - {{p:S.Y.B.}}""",
    },
    {
        "id": "h42-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kang Un-byol", "강은별", "witness", ["은별", "Un-byol"]),
            ("Ho Chun-sil", "허춘실", "supervisor", []),
        ],
        "note": "Interview summary in English with Korean and Chinese quotations, Shenyang restaurant waitresses; Chinese forms of address labelled whole (老周, 小李, 周经理, 李姐), surname Ho beside 'ho', a private Kang beside the public Kang Kyung-wha, a North Korean manageress by surname and title, particles glued to names; mixed line endings.",
        "text": """SUMMARY - interview with {{r:KANG Un-byol}} ({{r:강은별}}), CN-SY-2022-03, session 1
Interviewer {{p:Jenny Park}}, interpreter {{p:Lim Jae-won}} (Korean/Chinese)

{{r:Un-byol}} (b. 1997) worked as a waitress and singer at a North Korean restaurant in {{u:Shenyang}} from 2016 to 2020. The restaurant's Chinese owner was {{p:Zhou Qiang}}, "{{p:老周}}" to the kitchen staff and "{{p:周经理}}" to the waitresses. The North Korean manageress was {{r:Ho Chun-sil}}, "{{r:허}} 지배인" or simply "지배인동지".

Work: eleven waitresses, all from {{u:Pyongyang}}. Singing at 19:00 and 21:00. {{r:Ho}} chose the songs, and "{{r:허춘실}}이가 우리 휴대폰을 다 가져갔어요" (she took all our phones). Names of other waitresses as {{r:Un-byol}} gave them: {{p:리설향}}, {{p:김보배}}, {{p:최은하}} ("{{p:은하}} 언니"), {{p:장미향}}.

Chinese staff: the cook {{p:小李}} ({{p:李伟}}), the cashier {{p:李姐}} ({{p:李红梅}}) - no relation between them. "{{p:小李}}는 착했어요." {{p:李姐}} sometimes let {{r:은별}} use her phone to see {{u:Douyin}}.

Money: {{p:老周}} paid the North Korean company a fixed sum per woman; {{r:Un-byol}} estimates 3,000 yuan. She got 200 yuan "pocket money". {{r:Ho}} kept a ledger; {{p:Zhou}} kept his own. "{{p:周经理}}说过 '你们的钱都给{{r:许}}了'" - {{p:Zhou}} once told her all their money went to {{r:Ho}} (许 is how the Chinese staff wrote {{r:Ho}}'s surname; they called her "{{r:许姐}}").

2019: A South Korean customer, a businessman called "Mr {{p:Jeong}}", left a note for {{r:Un-byol}} with a {{u:KakaoTalk}} ID. {{r:Ho Chun-sil}} found it; {{r:Un-byol}} had to write a self-criticism for a week. "Ho ho ho", said {{p:老周}} when he heard - a joke {{r:Un-byol}} did not understand until later.

2020: COVID closure. The restaurant stayed shut; the women stayed in the dormitory above. {{r:Ho}} became stricter. {{r:Un-byol}} left in Oct 2020 with help from {{p:李姐}} and a broker "{{p:金哥}}" ({{p:김}} 씨, Korean-Chinese). Route via {{u:Kunming}} and {{u:Laos}} to {{u:Thailand}}; arrived in {{u:South Korea}} 2021.

Family: mother {{p:최영란}} in {{u:Pyongyang}}; {{r:Un-byol}} fears for her. Asked us not to write her father's name.

Interviewer notes ({{p:JP}}):
- {{r:Un-byol}} laughed that {{u:Kang Kyung-wha}} shares her surname; no relation.
- A Korean-Chinese taxi driver, {{p:Piao Chenglong}} ("{{p:老朴}}"), also helped; {{p:老朴}} drove them to the bus station.
- Clarify if "{{r:许姐}}" and "{{r:허}} 지배인" are the same (she says yes).
- {{p:Jae-won}} thinks {{p:老周}} may still run the place under a new name. Do not contact.""",
    },
    {
        "id": "h42-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jon Hye-yong", "전혜영", "witness", ["혜영"]),
            ("Jon Kwang-nam", "전광남", "relative", ["Kwang-nam", "광남"]),
            ("Sergei Ivanovich Pak", "세르게이 박", "supervisor", ["Серёжа", "Seryozha"]),
        ],
        "note": "Sister's account of her brother on a Vladivostok fishing trawler, English translation with Korean glosses; kinship plus name (광남 오빠), generic kinship words unmarked, a Koryo-saram captain with Russian case endings and diminutive, two private Paks, a real port and a real Russian company.",
        "text": """FAMILY ACCOUNT - sister of {{r:JON Kwang-nam}}
Given by {{r:Jon Hye-yong}} ({{r:전혜영}}), {{u:Seoul}}, 17 June 2023. Recorded by {{p:Mina Cho}}; translated by {{p:Hwang Ye-ji}}. Korean words kept in brackets where the translator thought they mattered.

My brother {{r:Kwang-nam}} [{{r:광남}} 오빠] went to {{u:Vladivostok}} in 2014. He was thirty-one. He worked on a fishing boat, a trawler, for a Russian company; he said the company was a partner of ours, a North Korean fishing station. He wrote that the captain was a Korean-Russian, "{{r:Sergei Ivanovich}}", whom the sailors called "{{r:Seryozha}}" [{{r:세료자}}].

In his letters [편지] he wrote about the sea, not about the work. "The sea here is grey." He wrote that {{r:Seryozha}} was kind and gave them vodka on his birthday. Once he wrote "Скажи {{r:Серёже}} спасибо" on a piece of paper and asked me to keep it, I don't know why.

Our brigade leader - sorry, his brigade leader - was {{p:Pak Il-gwon}}. My brother did not like {{p:Pak}}. Our mother [어머니] said "there are two men called Pak, be careful": the captain {{r:Pak}} [{{r:Sergei Pak}}] and {{p:Pak Il-gwon}}. {{r:광남}} 오빠 wrote that Captain {{r:Pak}} was not like {{p:Pak}} the brigade leader.

In 2016 he came home once, for a month. He brought a tin of crab and a photograph of him and another sailor, {{p:Ri Chang-su}}, on the deck. {{p:Chang-su}} died in 2017 in a storm in the {{u:Sea of Okhotsk}}. {{r:Kwang-nam}} told me in his last letter.

Other families in our street had sons on the same boats: {{p:Kim Tae-ho}}'s son {{p:Kim Yong-il}}, and Auntie {{p:Ri}}'s son {{p:Ri Jin-sok}}. {{p:Yong-il}} came back in 2018 without two fingers of his left hand; {{p:Jin-sok}} did not come back. Auntie {{p:Ri}} still asks my mother about him.

After 2017 we heard nothing. In 2018 a man from the company, {{p:Sin}}, came to the house and said my brother had "gone missing". My father [아버지] went to the company office in {{u:Chongjin}} every week. They told him nothing.

I left in 2019. I came to {{u:South Korea}} in 2020. Here I searched on the internet. I found the port of {{u:Nakhodka}} and the company name {{u:Dalmoreprodukt}}, but I don't know if it was that company. I don't know if {{r:Seryozha}} is {{r:Sergei Ivanovich Pak}} or someone else.

I want to ask the captain, if he is alive: did {{r:Jon Kwang-nam}} go home, or did he run, or did he die? I am {{r:Hye-yong}}, his younger sister [{{r:혜영}}이], and I am still waiting.

Translator's note ({{p:H.Y.J.}}): "오빠" = elder brother (said by a woman); "어머니", "아버지" = mother, father - not names. "{{r:혜영}}이" is how her brother called her.""",
    },
    {
        "id": "h42-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Won-bom", "채원범", "witness", ["Won-bom", "원범"]),
            ("Kil Song-ae", "길송애", "relative", ["송애"]),
        ],
        "note": "Caseworker's diary in English with Korean, a client formerly in Kuwait construction and his wife; a soft hyphen and fullwidth letters inside names, one name broken across a line, Kuwaiti supervisor by kunya, emoji, a private Chae beside a public place, an impossible date.",
        "text": """CASE DIARY - {{p:R. Ahn}} - {{r:CHAE Won-bom}} and {{r:KIL Song-ae}} (couple, arrived 2023)

Mon 2 Oct
First meeting after {{u:Hanawon}}. {{r:Won-bom}} quiet, {{r:Song-ae}} does the talking. They live in {{u:Bucheon}}. {{r:원범}} 씨 worked in {{u:Kuwait}} 2014-2017 (construction), {{r:송애}} 씨 in {{u:Hyesan}} market.

Tue 3 Oct
Holiday. {{r:Song-ae}} texted a photo of their first kimchi 😄

Wed 4 Oct
Paperwork. On the housing form {{r:Won­bom}} appears with a hidden soft hyphen (copied from the {{u:LH}} website form). The tenancy database shows {{r:ＣＨＡＥ ＷＯＮＢＯＭ}} in fullwidth letters - asked Ms {{p:Oh}} at the centre to retype it as {{r:CHAE WONBOM}}.

Thu 5 Oct
{{r:원범}} 씨 talked about {{u:Kuwait}} for the first time. The Kuwaiti supervisor he calls "{{p:Abu Khalid}}" - real name {{p:Yusuf Al-Anezi}}, from the pay slips he kept. "{{p:아부 칼리드}}는 나쁜 사람 아니었어요." The North Korean rep {{p:Yang Myong-sik}} ({{p:양}} 대표) was the problem.

Fri 6 Oct
{{r:송애}} 씨 asked how to find her brother {{p:길영수}} ("{{p:영수}} 오빠"). He may be in {{u:China}}. Explained the limits. She cried. 💔

Mon 9 Oct (Hangul Day)
Office closed.

Tue 10 Oct
{{r:Won-bom}}: in {{u:Kuwait}} his team leader was {{p:Kim Chol-ung}}, and two friends, {{p:Hong Sang-gil}} and {{p:Ri Jin}}. {{p:Hong}} helped him send one letter to {{r:Song-ae}} through an Indian driver, {{p:Vijay}}. "{{p:비자이}}가 우편을 부쳐 줬어요."

Thu 12 Oct
{{p:Yusuf}} (via a {{u:Facebook}} message to {{r:Won-bom}} - how did he find him?!). {{p:Al-Anezi}} wrote: "{{r:Won-bom}} my friend, are you ok". {{r:원범}} 씨 happy but scared. Advised: don't share location. Informed Ms {{p:Oh}}.

Mon 31 Sep (sic, my typo, = 16 Oct)
{{r:Song-ae}} started Korean computer class. {{r:Won-bom}} job interview at a logistics firm in {{u:Gimpo}}.

Wed 18 Oct
{{r:Won-bom}} got the job! 🎉 Manager there is Mr {{p:Chae}} too - no relation, {{r:원범}} 씨 laughed: "Chae is a rare surname, and now two in one office."

Fri 20 Oct
{{r:Song-ae}} brought the pay slips from {{u:Kuwait}} to scan. Names on them: {{p:Yusuf Al-
Anezi}} (signature), {{p:Yang Myong-sik}} (stamp). Scanned, originals returned.

Mon 23 Oct
{{r:Song-ae}}'s Korean class teacher, {{p:Kim Seo-yeon}}, called: {{r:Song-ae}} missed two classes. Her classmates {{p:Nguyen Thi Lan}} and {{p:Bui Van Duc}} brought her the notes.

Tue 24 Oct
Supervision with {{p:J. Lim}}: consider whether {{p:Abu Khalid}}'s contact is a risk. Decision: monitor.""",
    },
    {
        "id": "h42-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Yong-suk", "리영숙", "witness", ["Lee Young-sook", "Yong-suk"]),
            ("Moon Chol-ho", "문철호", "coworker", ["Mun Chol-ho"]),
            ("Song Il-gwang", "송일광", "supervisor", []),
        ],
        "note": "Back-of-book index of a published collection of worker testimonies; surname-first entries with comma inversion, see/see also cross-references between romanizations, index headwords Moon and Song used as ordinary words beside the surnames, places, organisations and public figures among private names, sub-entries with page ranges.",
        "text": """INDEX

(Names of witnesses are pseudonyms chosen by the witnesses; page numbers in italics refer to photographs.)

{{p:Abacus}}, the, see {{p:Kang Myong-dok}}
accidents on site, 23-25, 61, 140-142
{{u:Amur Oblast}}, 14, 77-80
{{p:An Sung-il}}, 45, 47
{{p:Anna}} (Russian cook), 81
{{p:Bae Ji-hoon}} (interpreter), xi, 203
{{p:Batbayar}}, 112-113
brigade leaders: {{p:Kang Myong-dok}}, 30-34; {{r:Song Il-gwang}}, 88-95, 101; {{p:Yang Chol}}, 150
{{p:Chen}} ("{{p:老陈}}"), 162, 165
{{p:Choe Kum-sil}}, 58; see also {{p:Choe Kwang}}
{{p:Choe Kwang}}, 59-60
{{u:Doha}}, 120-131
{{u:Gdańsk}}, 200-204
{{p:Ha Jong-nam}}, 121, 124
{{p:Hong Ae-ran}}, 66
{{u:International Labour Organization}}, 12, 210
{{p:Jang Pil-su}}, see {{p:Kang Myong-dok}} (mistaken identity)
{{p:Kang Myong-dok}} ("the {{p:Abacus}}"), 30-34, 36
{{u:Khabarovsk}}, 9, 30-41
{{u:Kim Jong Un}}, 3, 17
{{p:Kim Ok-hwa}}, 144
{{p:Kim Song-ho}}, 144, 146; not to be confused with {{p:Kim Song-hui}}, 147
{{u:Kuwait}}, 118, 132
{{r:Lee Young-sook}}, see {{r:Ri Yong-suk}}
{{p:Lobanov, Sergei}}, 37-38
moon, the (in songs and letters), 72, 96, 188
{{r:Moon Chol-ho}}, 70-74, 88, 96; see also {{r:Mun Chol-ho}}
{{r:Mun Chol-ho}}, see {{r:Moon Chol-ho}}
{{p:Nam Kyong-ae}}, 185
{{p:No Hak-chol}}, 21
{{u:Office of the United Nations High Commissioner for Human Rights}}, 12, 209
{{p:Pak Chol-jin}}, 40-41
{{p:Petrenko}}, Dr, 39
{{u:Pyongyang}}, passim
{{r:Ri Yong-suk}}, 88-109, *90*, *104*; arrival, 88; wages, 93-94; injury of {{r:Moon}}, 96; escape, 104-109
{{p:Ri Yong-sun}} (not {{r:Ri Yong-suk}}), 110
{{u:Rodong Sinmun}}, 17, 72
{{p:Sergei}}, see {{p:Lobanov, Sergei}}
{{p:So Myong-hui}}, 133-135
song, see singing
singing, 72-74, 96, 188
{{r:Song Il-gwang}}, 88-95, 101; and {{r:Ri Yong-suk}}, 90-93; and {{r:Moon Chol-ho}}, 95-96
{{p:Song Un-ha}}, 189
Sputnik-2 housing site, 41
{{p:Tsoi, Marina}}, 42
{{u:UNHCR}}, 43, 108
{{u:Vladivostok}}, 9, 41-43, 105
wages, 18-22, 55, 93-94, 127
{{p:Wójcik, Zbigniew}}, 201
{{p:Yang Chol}}, 150-152
{{p:Yu Hye-ryon}}, 168; her daughter {{p:Ok-i}}, 169
{{r:Yong-suk}}, see {{r:Ri Yong-suk}}""",
    },
    {
        "id": "h42-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", ["Yong-chol"]),
            ("Ban Myong-sik", "반명식", "supervisor", []),
            ("Do Hye-gyong", "도혜경", "relative", ["Hye-gyong"]),
        ],
        "note": "Errata sheet for a published NGO report; 'for X read Y' corrections where both the misprint and the correction of a name are mentions, a capitalised ordinary word corrected to lower case (not a name), surnames Ban and Do beside 'ban' and 'do', a private Kim Yong-chol beside the public Kim Yong-chol, a public organisation misnamed and corrected.",
        "text": """ERRATA
"Sent Abroad: Forced Labour of North Korean Workers 2015-2020" (first edition, March 2024)

The following corrections apply to the printed and PDF versions. We apologise to the witnesses and readers concerned.

p. ix, line 4: for "{{p:Jung Hae-won}}" read "{{p:Jung Hye-won}}" (our researcher's name).
p. 3, para 2: for "the {{u:Korea Workers' Party}}" read "the {{u:Workers' Party of Korea}}".
p. 7, note 12: for "Interview with {{r:Kim Yong-chal}}" read "Interview with {{r:Kim Yong-chol}}". The witness {{r:Kim Yong-chol}} is not the {{u:DPRK}} official {{u:Kim Yong Chol}}, whose name appears on p. 5; the index entry that joins them is wrong (see p. 211 below).
p. 12, line 18: for "brigade leader {{r:Ban Myung-sik}}" read "brigade leader {{r:Ban Myong-sik}}" ({{u:DPRK}} spelling, as elsewhere).
p. 12, line 22: for "the ban on Sunday outings was lifted by {{r:Ban}}" read "the ban on Sunday outings was never lifted by {{r:Ban}}". The sentence reversed the witness's meaning.
p. 15, caption: for "{{r:Yong-chol}} with his sister, {{u:Khabarovsk}}" read "{{r:Yong-chol}} with a coworker, {{u:Khabarovsk}}". The coworker, {{p:Pak Nam-il}}, did not consent to being named; the PDF caption now omits his name.
p. 18, line 9: for "Song" read "song". ("the Song the men sang" - an ordinary word wrongly capitalised.)
p. 21, line 30: for "Mr {{p:Ri}}" read "Mr {{p:Rim}}" ({{p:Rim Kwang-su}}, the accountant).
p. 23: for "{{r:Do Hye-kyung}}" read "{{r:Do Hye-gyong}}" throughout. {{r:Hye-gyong}} is the witness's wife; she asked that the Southern spelling not be used.
p. 23, line 3: "Do not call her" is correct as printed (it is not a name).
p. 24, quotation: for "'{{r:Hye-gyong}} never got a single won'" read "'{{r:Hye-gyong}} never got a single dollar'".
p. 30, table 2: the row "{{p:So Jong-hui}} / {{u:Doha}}" should read "{{p:So Jong-hui}} / {{u:Kuwait City}}".
p. 31, line 6: for "{{p:Bikram Thapa}}" read "{{p:Bikram Thapa Magar}}".
p. 44, line 12: for "{{u:Amnesty International}}" read "{{u:Human Rights Watch}}" (source of the 2019 estimate).
p. 52, note 88: for "{{u:Moon Jae-in}} government (2017-2021)" read "(2017-2022)".
p. 60, line 2: delete "({{p:Ban Sun-ok}}, the supervisor's wife)"; the witness did not say this and {{r:Ban}}'s family is not a subject of the report.
p. 77, map: for "{{u:Tumen}}" read "{{u:Tumangang}}" (the station, not the river).
p. 211, index: delete the entry "{{r:Kim Yong-chol}}, see also {{u:Kim Yong Chol}}". Add "{{u:Kim Yong Chol}} (official), 5" and "{{r:Kim Yong-chol}} (witness), 7, 15-19".
p. 212, index: for "{{p:Thapa, Bikram}}" read "{{p:Thapa Magar, Bikram}}".

Acknowledgement: we thank {{r:Kim Yong-chol}}, {{r:Do Hye-gyong}}, {{p:Jung Hye-won}} and {{p:Samira Haddad}} for pointing out these errors.

Corrections compiled by {{p:Oliver Grant}}, publications, 12 May 2024.""",
    },
    {
        "id": "h42-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hyon Kyong-ae", "현경애", "witness", ["Kyong-ae", "Informant K"]),
            ("Ri Sang-hun", "리상훈", "witness", ["Informant R"]),
            ("Paek Nam-sun", "백남순", "supervisor", []),
        ],
        "note": "Journal peer-review report on a manuscript about North Korean workers; fictional scholars cited author-date are private, informant codes and initials stand for registered persons, the reviewer warns that named interviewees are identifiable, real journals and organisations public, surname Hyon beside a real place; CRLF.",
        "text": """REVIEWER REPORT - Manuscript JAS-2024-0312
"Remittance and Silence: North Korean Workers on Russian Construction Sites, 2014-2019"
Reviewer 2 (anonymous). Recommendation: major revisions.

Summary
The manuscript draws on 23 interviews with former workers, of whom two - called "{{r:Informant K}}" and "{{r:Informant R}}" in the abstract - carry most of the argument. It is a valuable contribution. My main concern is ethical rather than analytical.

1. Anonymisation
The abstract codes the two key interviewees, but the body does not. On p. 7 "{{r:Informant K}}" becomes "Ms {{r:Hyon}}", on p. 9 "{{r:Hyon Kyong-ae}}", and on p. 14 simply "{{r:Kyong-ae}}". Likewise "{{r:Informant R}}" is "{{r:Ri Sang-hun}}" on p. 11 and "{{r:R.S.H.}}" in table 3. Combined with the site ({{u:Ussuriysk}}) and dates, both are identifiable. Please use one code throughout and remove the names. The author's footnote that "{{r:Hyon}}" is "a common surname" is not reassuring: the witness's home town is given as {{u:Hyesan}}, and there are not many Hyons from {{u:Hyesan}} who returned from {{u:Russia}} in 2018.

2. The brigade leader
The brigade leader {{r:Paek Nam-sun}} is named in full eleven times. He has not been convicted of anything and may have family in the {{u:DPRK}} who would suffer. I suggest "the brigade leader" or "{{r:P.}}", as the author already does once (p. 16). If the author keeps "{{r:Paek}}", the journal's legal review should see it.

3. Other persons
The Russian foreman "{{p:Oleg}}" (p. 12) and the Uzbek coworker "{{p:Sherzod}}" (p. 13) are named by given name only, which is acceptable. The Korean-Russian pastor "{{p:Kim Viktor}}" (p. 18), who helped {{r:Informant R}} escape, should not be named; he still works in the region. The two research assistants thanked in note 2, {{p:Jiwoo Han}} and {{p:Minseo Baek}}, are named as present at the interviews with {{r:Informant K}}; with the dates this narrows things further. {{r:Hyon}}'s sister, named on p. 15 as {{p:Hyon Kyong-ok}}, should be removed, as should the neighbour Mrs {{p:Jo}} who "lent {{r:Kyong-ae}} her phone".

4. Literature
The author relies on {{p:Lee}} and {{p:Park}} (2019) and on {{p:Yoon}} (2021) for the remittance estimates; these are grey literature. The figures in the {{u:United Nations Panel of Experts}} reports and in {{u:NK Watch}} should be engaged. {{p:Kowalski}}'s chapter on Polish shipyards (2020) is cited but not used, and {{p:Nakamura}} (2018) and {{p:Petrov}} and {{p:Lim}} (2020) are missing. {{p:Han}}'s comparison with Gulf workers (2022) seems relevant.

5. Quotations
The quotation from {{r:Ri Sang-hun}} on p. 11 ("{{r:백}} 반장은 돈을 세는 것밖에 몰랐다") is powerful, but the Korean gives {{r:Paek}}'s surname in Hangul; the English gloss hides it. Treat both the same.
{{r:Kyong-ae}}'s account of the fire (pp. 14-15) contradicts {{r:Sang-hun}}'s (p. 11) on the date. The author should address this rather than footnote it.

6. Minor
- p. 3: "{{u:Primorsky Krai}}" spelled two ways.
- p. 5: {{u:Kim Jong Un}}'s 2019 visit to {{u:Vladivostok}} is relevant context and could be dated.
- p. 20: the acknowledgements thank "Ms {{p:Jeong Su-bin}}, interpreter" by name, and also "{{r:K.}} and {{r:R.}}" - the latter defeats the coding again.
- p. 21: the author's own initials in a file name ("interviews_{{p:JHL}}_final.xlsx") should be removed from the data statement.

I would be glad to see a revised version.

[Editor's note to author: Reviewer 2 also sent a marked PDF. - {{p:E. Whitfield}}, handling editor]""",
    },
    {
        "id": "h42-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chun-hwa", "양춘화", "witness", ["Chun-hwa"]),
            ("Yang Il-bong", "양일봉", "relative", []),
            ("Gu Myong-hak", "구명학", "other", ["Koo Myung-hak"]),
        ],
        "note": "Response to a data-subject access request under the UK GDPR from a former worker; a table of data categories with third parties named or withheld, a private Yang beside the public Yanggakdo, Koo/Gu romanizations of an interpreter, e-mail local parts spelling names beside role addresses, a real regulator and real apps.",
        "text": """Our ref: DSAR-2024-017
Date: 3 June 2024

Ms {{r:Chun-hwa Yang}}
(by e-mail to {{r:chunhwa.yang}}@example.kr)

Dear Ms {{r:Yang}},

Your subject access request of 7 May 2024

Thank you for your request under Article 15 of the {{u:UK}} GDPR. We confirm that we process personal data about you. This letter sets out what we hold. Where the data also concern other people, we have considered their rights, as the law requires.

1. Identity and contact data
- Name: {{r:YANG Chun-hwa}}; also recorded as "{{r:Yang Chunhwa}}" and, in one Korean form, "{{r:양춘화}}".
- E-mail: {{r:chunhwa.yang}}@example.kr; earlier {{r:cyang88}}@example.com.
- Telephone numbers: two (listed in annex A).

2. Testimony data
- Interview audio, 2 sessions (2021), interviewer {{p:Sarah Lindqvist}}, interpreter {{r:Gu Myong-hak}}.
- Transcript (Korean) and translation (English). In the translation the interpreter's name is spelled {{r:Koo Myung-hak}}; this is the same person, Mr {{r:Gu}}.
- Your account mentions your brother, {{r:Yang Il-bong}}. Because {{r:Il-bong}} has not consented, the transcript passages about him are provided to you in full (they are your words), but we have not provided the internal note by {{p:Sarah}} about attempts to trace him, as it contains data about third parties (see 5).

3. Casework data
- Case notes, 14 entries, by caseworkers {{p:Tom Reid}} and {{p:Hye-rin Cho}}.
- Correspondence with {{u:Hana Foundation}} about your housing (2 e-mails).
- A letter of support from your pastor, Rev. {{p:Park Jung-ho}}, and notes from a volunteer tutor, {{p:Emma Clarke}}.
- A referral to a counsellor (Dr {{p:Fiona Walsh}}).

4. Communication metadata
- Messages with us on {{u:WhatsApp}} (2021-2023) and {{u:KakaoTalk}} (2023). We hold screenshots only.
- E-mails from you to {{p:tom.reid}}@ourorg.org and to casework@ourorg.org (a shared address).

5. Data withheld
We have withheld:
(a) the note by {{p:Sarah Lindqvist}} mentioned above, which concerns your brother {{r:Yang Il-bong}} and a contact in {{u:China}}, Mr {{p:Jin}}, who helped with the tracing;
(b) two e-mails from another witness, {{p:Kye Sun-bok}}, who mentions you; we asked Ms {{p:Kye}} whether she consents to disclosure and she declined;
(c) internal legal advice from {{p:Paul Mensah}};
(d) notes of a call with the agent of your former employer in {{u:Dubai}}, {{p:Rashid Khan}}, made by Ms {{p:Lee Eun-ji}}.

6. Sources
All the data came from you, except: the name of the site manager in {{u:Dubai}}, "{{p:Faisal}}", which came from Ms {{p:Kye}}; and your brother's date of birth, which came from Mr {{r:Gu}}'s notes of a call with your aunt, {{p:Yang Ok-bun}}.

7. Recipients
We shared your anonymised testimony with the {{u:Office of the United Nations High Commissioner for Human Rights}} in 2022. No names were shared.

8. Your rights
You may ask us to correct or erase data, and you may complain to the {{u:Information Commissioner's Office}}. Please note the {{u:Yanggakdo}} reference in your file is to the hotel in {{u:Pyongyang}} you mentioned; it is not a name of yours.

Yours sincerely,
{{p:Hannah Brooks}}
Data Protection Officer (dpo@ourorg.org)

cc: {{p:Hye-rin Cho}} (your caseworker)""",
    },
    {
        "id": "h42-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Om Jong-chol", "엄정철", "witness", ["Jong-chol"]),
            ("Jo Kyong-nam", "조경남", "supervisor", []),
        ],
        "note": "Forensic document examiner's report comparing signatures on a labour contract, Irkutsk; questioned and known signatures in Hangul, Latin and Cyrillic, signature labels like Q1/K1 not names, a Koryo-saram notary with a Russian diminutive and case ending, surname Om beside the syllable om, a private Jo beside the word jo (job), initials as countersignatures.",
        "text": """FORENSIC DOCUMENT EXAMINATION REPORT
Ref: FDE-24-0093. Examiner: Dr {{p:Ingrid Solberg}}. Requested by: {{p:Mark Adeyemi}}, legal team.

1. Instructions
I was asked whether the signature "{{r:엄정철}}" on a labour contract (questioned document Q1) was written by {{r:Om Jong-chol}}, who says he never signed any contract, and whether the countersignature "{{r:Jo K.N.}}" was written by {{r:Jo Kyong-nam}}, the company representative named in the contract.

2. Material
Q1: contract dated 1 March 2016, {{u:Irkutsk}}, two pages, bilingual Russian/Korean, bearing (a) "{{r:엄정철}}" in Hangul and "{{r:Ом Чен Чор}}" in Cyrillic at the foot of p. 2; (b) "{{r:Jo K.N.}}" and a round stamp; (c) a notarial mark "{{p:Н. Ким}}" with the date.
K1-K6: known signatures of {{r:Om Jong-chol}}: his resident registration application, 2019; two consent forms, 2021; a bank card; two letters. All in Hangul ({{r:엄정철}}) except K4, "{{r:Om Jongchol}}" in Latin script.
K7-K8: two documents signed by {{r:Jo Kyong-nam}} in 2014, provided by a witness, {{p:Han Sung-ok}} (payroll receipts, "{{r:조경남}}").
K9: a letter signed "{{p:Nadya}}" by the notary, {{p:Nadezhda Kim}}, provided by Mr {{p:Adeyemi}}.

3. Findings
3.1 Q1(a) against K1-K6. The Hangul "{{r:엄정철}}" in Q1 is written in a slow, drawn hand with blunt starts. The known signatures of {{r:Om}} are fluent, with a characteristic loop in the final consonant. The Cyrillic "{{r:Ом Чен Чор}}" appears to be by the same hand as the Russian text of the contract. I found nothing in {{r:Jong-chol}}'s known writing resembling Q1(a). Conclusion: strong support for the proposition that {{r:Om Jong-chol}} did not write Q1(a).
3.2 Q1(b) against K7-K8. The "{{r:Jo K.N.}}" on Q1 shares letter forms with the payroll receipts signed "{{r:조경남}}". Conclusion: moderate support for the proposition that {{r:Jo}} wrote Q1(b). Note: the word "jo" in the receipts' margin ("jo 3" = job 3?) is an abbreviation, not part of a signature.
3.3 Q1(c). The notarial mark "{{p:Н. Ким}}" resembles K9. The notary, Ms {{p:Kim}}, is described by the witness as a Koryo-saram woman the workers called "{{p:Надя}}"; the contract text itself refers to "нотариус {{p:Ким Надежда}}" and in the stamp "{{p:Ким Н.}}". Conclusion: inconclusive.
3.4 A handwritten note on the back of Q1 reads "для {{p:Пака}} - копия" ("copy for {{p:Pak}}"). The witness identifies {{p:Пак}} as {{p:Pak Yong-sop}}, the company's accountant.

4. Other observations
The stamp on Q1 reads, in part, "Rodnik"... (the name of the Russian partner company as the witness recalls it; I cannot verify that it exists and have left it unexamined). Witness initials "{{p:S.H.}}" on p. 1 are by a third hand; the witness says these are of {{p:Sin Hyon-u}}, a coworker who translated the contract orally.

The round stamp refers to {{u:Irkutsk Oblast}}. I compared it with a genuine example supplied by {{p:Olga Rudneva}}, a notary in {{u:Novosibirsk}}, and with specimens published by the {{u:Federal Notary Chamber}}. The site interpreter, {{p:Yun Jong-ho}}, who according to the witness filled in the Russian text, has not provided specimens; {{p:Mark Adeyemi}} tells me {{p:Yun}} cannot be traced.

5. Declaration
I understand my duty to the court. - {{p:I. Solberg}}, 14 August 2024.""",
    },
    {
        "id": "h42-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kwak Chol-hun", "곽철훈", "witness", ["Chol-hun"]),
            ("Pong Su-il", "봉수일", "supervisor", []),
            ("Nam Ki-chol", "남기철", "coworker", ["Ki-chol"]),
        ],
        "note": "Satellite-image annotation report of a workers' compound near Doha, with the witness marking buildings; annotation labels (A1, B2) not names, buildings named after persons, surname Nam beside the word 'nam' in a location label, a real satellite-imagery company, a real stadium, Gulf and Nepali private persons.",
        "text": """SATELLITE IMAGE ANNOTATION REPORT
Site: workers' compound, {{u:Al Wakrah}} municipality, {{u:Qatar}}
Imagery: {{u:Maxar Technologies}} WorldView-2, 14 Feb 2016 and 3 Nov 2018; {{u:Google Earth}} historical layer
Annotator: {{p:Leila Haddad}} (GIS); witness: {{r:Kwak Chol-hun}}; session with {{p:Min-seo Park}} (interpreter)

Method: {{r:Kwak}} was shown the 2016 image on a large screen and asked to point to each building. Each feature is labelled A1, A2 ... on the attached map. Quotes are {{r:Chol-hun}}'s as interpreted.

A1 - Gate and guard post. "The Pakistani guard, {{p:Imran}}, sat here." {{p:Imran}} let {{r:Nam Ki-chol}} out once to buy medicine.
A2 - Office. "{{r:Pong}}'s office." {{r:Pong Su-il}} was the North Korean site representative. The workers called the building "{{r:Pong}} house" after him.
A3 - Long dormitory, North Korean workers, 48 men. {{r:Kwak}} slept in the third room from the west with {{r:Ki-chol}}, {{p:Ryom Chol}} and {{p:Ju Song-nam}}.
A4 - Kitchen. Cook: {{p:Kim Sang-jun}}, "{{p:Sang-jun}} the fat one".
A5 - Second dormitory, Nepali workers. {{r:Chol-hun}} knew {{p:Dipak}} and {{p:Ram Bahadur}} by name.
A6 - Open ground. Political meetings on Sundays, led by {{r:Pong}} and a visiting official, {{p:Ri Myong-gu}}. A portrait of {{u:Kim Jong Un}} was set up on a table.
A7 - Water tank. In summer 2016 {{r:Nam}} collapsed here from heat. {{r:Pong Su-il}} said he was faking.
B1 (2018 image only) - New building. {{r:Kwak}} left in 2017; he does not know it. He thinks "{{r:Nam}} would know" - {{r:Ki-chol}} stayed until 2018.
B2 - Cleared area. Location label in our GIS layer reads "nam_side" (= south side, from the Korean 남); not a reference to {{r:Nam}}.
C1 - Road to the site of the {{u:Al Janoub Stadium}}, where the men worked 2016-2017. The Qatari engineer there was "Mr {{p:Hamad}}", the Indian foreman "{{p:Suresh}}".

Notes
- {{r:Kwak}} asked us not to publish A3 with names. Agreed.
- Pong is a rare surname; combined with "{{r:Pong}} house" this is identifying. Use "the representative" in public outputs.
- The compound is visible in the 2018 image, partly demolished in 2021 (per {{p:Leila}}).
- {{r:Nam Ki-chol}}'s whereabouts unknown; {{r:Chol-hun}} last heard of him from {{p:Ju Song-nam}} in 2019.
- Annotations checked by Dr {{p:Rosa Benedetti}}, 2 March 2024.""",
    },
    {
        "id": "h42-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Mi-ok", "신미옥", "witness", ["Mi-ok", "Shin Mi-ok"]),
            ("Chang Song-gun", "장성근", "witness", ["Song-gun"]),
            ("Tae Yong-nam", "태영남", "relative", []),
        ],
        "note": "Seating plan for an NGO awards dinner; tables named after places, honorees seated under pseudonyms and real names, fictional ambassadors and journalists private, a real minister mentioned neutrally, a table named Moon beside a guest surnamed Moon, dietary notes and a late swap in brackets.",
        "text": """ANNUAL AWARDS DINNER - SEATING PLAN (v7, final)
Friday 8 November 2024, 19:00, {{u:Lotte Hotel Seoul}}, Crystal Ballroom
Prepared by {{p:Soo-jin Hwang}} (events). Do not print names of honorees on place cards - use first names only.

HEAD TABLE
1 {{p:Margaret Okonkwo}} (chair of trustees)
2 {{r:Mi-ok}} (honoree; full name {{r:Sin Mi-ok}} - NOT on card)
3 Dr {{p:Kenji Sato}} (keynote)
4 {{r:Song-gun}} (honoree; {{r:Chang Song-gun}})
5 Ambassador {{p:Hedda Lind}} (Nordic donor; see protocol)
6 {{p:Daniel Ko}} (executive director)
7 interpreter: {{p:Yu Seo-yeon}}
8 {{r:Tae Yong-nam}} (guest of {{r:Song-gun}}, his cousin)

TABLE "{{u:VLADIVOSTOK}}"
{{p:Park Joon-ho}}, {{p:Lisa Moon}}, {{p:Andrew Moon}} (married couple - seat together), {{p:Cho Eun-bi}}, {{p:Samuel Osei}}, {{p:Rhee Kyung-mi}}, {{p:Olga Petrova}}, {{p:Nam Ji-woo}}

TABLE "{{u:DOHA}}"
{{p:Farah Siddiqui}}, {{p:Ahn Jae-sung}}, {{p:Thomas Becker}}, {{p:Kim Ha-na}}, {{p:Kim Ha-rin}} (not related), {{p:Priya Nair}}, {{p:Lee Dong-hwan}} (journalist - no photos of head table), {{p:Grace Ha}}

TABLE "{{u:GDAŃSK}}"
{{p:Anna Kowalska}}, {{p:Piotr Zieliński}}, {{p:Song Min-ji}}, {{p:Baek Seung-woo}}, {{p:Helen Carter}}, {{p:Jo Yeon-hee}}, {{p:Mark Tan}}, {{p:Bae Su-ah}}

TABLE "{{u:ULAANBAATAR}}"
{{p:Enkhjargal Dorj}}, {{p:Bold Erdene}}, {{p:Yoon Chae-won}}, {{p:Lee Min-ho}} (not the actor!), {{p:Sophie Laurent}}, {{p:Kang Da-in}}, {{p:An Sung-jin}}, {{p:Oh Ye-rin}}

TABLE "MOON" (named after the honorees' song, not after a guest)
{{p:Moon Hye-jin}} (volunteer - yes, at the Moon table, she asked), {{p:Ha Joon-seo}}, {{p:Do Yun-a}}, {{p:Gil Seo-hyun}}, {{p:No Eun-chae}}, {{p:So Ji-an}}, {{p:Bang Si-woo}}, {{p:Yu Ha-eun}}

Notes
- {{r:Mi-ok}}: vegetarian. {{r:Song-gun}}: no alcohol at table. {{r:Tae}}: wheelchair access, seat 8 at the end.
- {{r:Sin Mi-ok}} asked that {{p:Lee Dong-hwan}} not be at a table facing her.
- The Minister of Unification ({{u:Kim Yung-ho}}) sent regrets; the Ministry's representative, Director {{p:Jeon}}, takes his place at the {{u:DOHA}} table (swap with {{p:Grace Ha}} -> {{p:Grace}} to {{u:ULAANBAATAR}}, which then has 9; {{p:Oh Ye-rin}} offered to move to MOON).
- Late change: {{p:Kenji}} arrives 19:40; speech moves after dessert.
- Place cards: "{{r:Mi-ok}}", "{{r:Song-gun}}", "{{r:Yong-nam}}" only. {{r:Shin Mi-ok}} (her passport spelling) must not appear anywhere printed.
- Seating checked by {{p:Daniel}} and {{p:Soo-jin}}, 6 Nov.""",
    },
    {
        "id": "h42-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Sun-nyo", "리순녀", "witness", ["이순녀", "순녀"]),
            ("Cha Myong-chol", "차명철", "coworker", ["명철"]),
            ("Yon Ok-hui", "연옥희", "relative", ["옥희"]),
        ],
        "note": "Community cookbook manuscript of recipes contributed by former overseas workers; names in recipe titles and contributor lines with particles (순녀 할머니의, 명철 씨가), surname 차 beside the noun 차 (tea, car), 연 beside 연기, a Russian cook with a diminutive in Hangul, Chinese kitchen boss by 老 form, kinship plus name.",
        "text": """《우리가 해 먹던 밥 - 해외 파견 노동자들의 부엌》 원고 (3차 교정본)
엮은이: {{p:백소희}}, {{p:윤재성}} / 사진: {{p:마리아 곤살레스}}

차례
1. {{r:순녀}} 할머니의 언감자떡 ........ 9
2. {{r:명철}} 씨의 통조림 김치찌개 ........ 17
3. {{r:옥희}} 언니의 옥수수국수 ........ 25
4. {{p:발랴}} 아줌마의 보르시 ........ 33
5. {{p:老何}}네 부엌의 만두 ........ 41

1. {{r:순녀}} 할머니의 언감자떡
{{r:리순녀}}({{u:한국}} 이름 {{r:이순녀}}) 님은 2009년부터 2013년까지 {{u:러시아}} {{u:사할린}}의 수산물 공장 식당에서 일했다. "공장 사람들이 감자를 얼려서 버리길래 그걸 주워다 떡을 했지요." 같은 식당에서 일하던 {{p:장복실}} 씨가 녹말 거르는 법을 알려 줬다고 한다. {{r:순녀}} 할머니는 지금도 겨울이면 이 떡을 빚어 이웃에 돌린다.
재료: 언 감자 2kg, 소금, 콩고물 또는 팥소.
만드는 법: ... (생략)
{{r:순녀}} 할머니의 한마디: "{{p:복실}}이가 없었으면 못 했어."

2. {{r:명철}} 씨의 통조림 김치찌개
{{r:차명철}} 씨는 {{u:쿠웨이트}} 건설 현장에서 4년을 보냈다. 김치가 없어서 양배추를 소금에 절여 두었다가 정어리 통조림과 끓였다. "{{p:조}} 반장 몰래 끓였어요. 냄새 때문에 들켰지요." {{p:조}} 반장({{p:조덕삼}})은 냄비를 압수했지만 다음 날 자기도 한 그릇 먹었다고. {{u:인도}} 동료 {{p:아닐}}이 고춧가루 대신 칠리를 구해 줬다.
팁: 차 한잔 마시는 동안 불을 줄여 둔다. (※ 이 '차'는 마시는 차. {{r:차명철}} 씨가 웃으며 덧붙임)

3. {{r:옥희}} 언니의 옥수수국수
{{r:연옥희}} 님은 {{r:명철}} 씨의 처제다. {{u:북한}}에 있을 때 {{u:혜산}} 장마당에서 국수를 팔았다. 연기 나는 아궁이 앞에서 반죽하던 이야기. 형부 {{r:명철}} 씨가 {{u:쿠웨이트}}에서 돌아오기를 기다리며 언니 {{p:연옥순}}과 국수를 뽑았다고. "{{p:옥순}} 언니가 반죽, 나는 누르개."

4. {{p:발랴}} 아줌마의 보르시
{{u:사할린}} 식당의 {{u:러시아}} 요리사 {{p:발렌티나}}, 모두 "{{p:발랴}}"라고 불렀다. {{r:리순녀}} 님이 배운 요리. "{{p:발랴}}가 '{{r:순냐}}, 비트는 마지막에!' 했어요." ({{p:발랴}}는 {{r:순녀}} 할머니를 "{{r:순냐}}"라고 불렀다.)

5. {{p:老何}}네 부엌의 만두
{{u:단둥}}에서 일한 기고자(익명 요청)가 보내온 글. 공장 주방장 {{p:老何}}, 본명 {{p:何建军}}. {{u:북한}} 측 관리원 {{p:림}} 지도원이 부엌에 들어오면 {{p:老何}}가 만두를 한 접시 내밀어 입을 막았다고.

기고해 주신 분들: {{r:리순녀}}, {{r:차명철}}, {{r:연옥희}}, 익명 1명
도움 주신 분들: {{p:장복실}}(회고 인용 허락), {{p:김다혜}}(교정), {{u:남북하나재단}}(후원)""",
    },
    {
        "id": "h42-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Ok-sun", "계옥순", "witness", ["옥순"]),
            ("Kyong Chol-ho", "경철호", "witness", ["철호"]),
            ("Ma Ryon-hui", "마련희", "witness", ["련희"]),
        ],
        "note": "Mentoring-programme match sheet pairing former overseas workers with volunteer mentors; pipe table with mentee and mentor columns, rare surnames 경 and 마 beside the words 경우 and 마련, a private 마 beside the verb 마련하다, mentors' names private, a real university and company.",
        "text": """2024년 하반기 멘토링 매칭표 (내부용 - 외부 공유 금지)
작성: {{p:권나래}} / 검토: {{p:진수호}}

| 번호 | 멘티 | 파견 국가 | 멘토 | 멘토 소속 | 비고 |
|---|---|---|---|---|---|
| 1 | {{r:계옥순}} | {{u:중국}} | {{p:이지현}} | {{u:연세대학교}} 대학원 | {{r:옥순}} 씨 오전만 가능 |
| 2 | {{r:경철호}} | {{u:러시아}} | {{p:박준서}} | {{u:현대건설}} | 건설 분야 희망 |
| 3 | {{r:마련희}} | {{u:말레이시아}} | {{p:정하윤}} | 프리랜서 번역가 | {{r:련희}} 씨 여성 멘토 희망 |
| 4 | {{p:신광수}} | {{u:쿠웨이트}} | {{p:최민혁}} | 회계사 | |
| 5 | {{p:류금실}} | {{u:중국}} | {{p:한소라}} | 간호사 | |
| 6 | {{p:안명훈}} | {{u:몽골}} | {{p:오태경}} | 고등학교 교사 | 안 맞으면 교체 |
| 7 | {{p:하정혁}} | {{u:폴란드}} | {{p:김도연}} | 조선소 엔지니어 | |

매칭 메모
- {{r:계옥순}}: {{u:단둥}} 봉제공장 4년. 멘토 {{p:이지현}} 씨는 중국어 가능. 첫 만남 9/7. {{r:옥순}} 씨가 "{{p:지현}} 선생님"이라고 부르기로.
- {{r:경철호}}: 성이 드물어 신분 노출 우려. 멘토에게 성은 알리지 않고 "{{r:철호}} 씨"로만 소개. 경우에 따라 가명 사용. {{p:박준서}} 멘토는 {{r:철호}} 씨와 같은 {{u:블라디보스토크}} 현장 경험자(회사 출장).
- {{r:마련희}}: 생활비 마련이 최우선. {{p:정하윤}} 멘토가 번역 일 연결 가능. {{r:련희}} 씨는 {{u:사라왁}} 광산 식당에서 일했음. 예전 조장 "{{p:마}} 조장"과는 성만 같고 관계없음.
- {{p:신광수}}: 멘토 {{p:최민혁}}과 8/30 첫 면담 완료. {{p:광수}} 씨 만족.
- {{p:류금실}}: {{p:한소라}} 멘토 일정 변경(9월 말부터).
- {{p:안명훈}}: 멘토 {{p:오태경}} 선생님과 한 번 만났는데 "안 맞는다"고 함. 재매칭 검토. 안 맞는 이유는 말하지 않음.
- {{p:하정혁}}: {{p:김도연}} 멘토가 {{u:그단스크}} 조선소 근무 경력. {{p:정혁}} 씨가 반가워함.

교체 후보 멘토: {{p:송하람}}, {{p:문지환}}, {{p:방예은}}
주의: {{r:경철호}} 씨의 예전 반장 {{p:경}}씨와 혼동 금지 - 예전 반장은 {{p:경명남}}, 같은 성이지만 친척 아님(본인 확인).
다음 점검: 10월 둘째 주, {{p:권나래}}·{{p:진수호}}·{{r:옥순}} 씨 멘토 {{p:지현}} 씨 3자 통화.""",
    },
    {
        "id": "h42-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ju Kwang-chol", "주광철", "witness", ["광철"]),
            ("Ju Un-mi", "주은미", "relative", ["은미"]),
            ("Seok Dong-hyun", "석동현", "other", []),
        ],
        "note": "Residential tenancy agreement for a resettled former worker; landlord, tenant, agent and guarantor blocks, names in signature and seal lines, surname 주 beside 주소 and 주택, 석 beside the counter 석, a private 석동현 beside a public real company, special-terms clauses naming a caseworker; CRLF.",
        "text": """주택임대차표준계약서

임대인({{r:석동현}})과 임차인({{r:주광철}})은 아래와 같이 임대차 계약을 체결한다.

[임차주택의 표시]
소재지: {{u:서울특별시}} {{u:양천구}} (이하 생략)
토지 지목: 대 / 건물 구조·용도: 철근콘크리트 / 다세대주택 / 면적 39.6㎡
임차할 부분: 3층 302호 전부

[계약내용]
제1조(보증금과 차임) 보증금 금 오백만원정, 차임 월 금 삼십오만원정(매월 25일 지급).
제2조(임대차기간) 2024년 5월 1일부터 2026년 4월 30일까지.
제3조(입주 전 수리) 임대인 {{r:석동현}}은 잔금 지급 전까지 보일러를 수리한다.
...
[특약사항]
1. 임차인 {{r:주광철}}은 {{u:북한이탈주민지원재단}}의 주거지원금으로 보증금 일부를 납부하며, 임대인은 이에 동의한다.
2. 임차인의 신변보호를 위해 임대인은 임차인의 성명, 연락처, 출신을 제3자에게 알리지 않는다. 우편물은 "{{r:주}} 님" 또는 "302호"로만 표기한다.
3. 임차인의 딸 {{r:주은미}}(2016년생)가 함께 거주한다. {{r:은미}}의 학교 관련 서류 수령은 사례관리자 {{p:안소정}}이 대행할 수 있다.
4. 임차인의 긴급연락처는 {{p:안소정}}(사례관리자) 및 신변보호담당관 {{p:유재혁}} 경위로 한다.
5. 임대인은 건물 주차장 1석을 임차인에게 무상 제공한다. (석 = 자리, 임대인 성과 무관)
6. 계약서 작성 시 통역·설명은 {{p:박하늘}}(자원봉사자)이 하였고, 임차인 {{r:광철}} 씨는 내용을 이해하였음을 확인한다.

본 계약을 증명하기 위하여 계약 당사자가 이의 없음을 확인하고 각각 서명·날인한다.

2024년 4월 12일

임대인
주소: {{u:서울특별시}} {{u:강서구}} (생략)
성명: {{r:석동현}} (인)  전화: (생략)

임차인
주소: {{u:경기도}} {{u:김포시}} (생략, 전입 전)
성명: {{r:주광철}} (인)  전화: (생략)

보증인(연대)
성명: {{p:주명수}} (인) - ※ 주소란을 비워 두었다가 보완함. {{p:주명수}} 씨는 {{r:광철}} 씨와 성만 같은 교회 장로.

개업공인중개사
사무소 명칭: 햇살공인중개사사무소 / 대표 {{p:구민정}} (인)
소속공인중개사: {{p:황지훈}} (인)

[확인·설명 입회]
중개대상물 확인설명서 교부: {{p:황지훈}} → 임차인 {{r:주광철}}
입회: {{p:박하늘}}(자원봉사자), {{p:안소정}}(사례관리자)
이전 임차인: {{p:최영식}} (2024. 4. 30. 퇴거, 관리비 정산은 {{p:최영식}} 씨와 임대인이 직접)
건물 관리인: {{p:노경자}} (1층 101호, 열쇠 보관)

[관리자 메모 - 계약서 사본에 첨부]
- {{u:LH}} 매입임대 대기 중 임시 거주. {{u:한국토지주택공사}} 신청번호 별도 보관.
- 임대인 {{r:석}} 사장님이 {{r:광철}} 씨 사정을 알고 보증금 조건을 낮춰 줌. {{p:안소정}} 메모.
- 옆집 303호 {{p:문정순}} 할머니가 {{r:은미}}를 봐 주겠다고 함. {{p:문정순}} 할머니 아들 {{p:임재우}} 씨가 연락처를 줌.
- {{r:은미}} 전학 서류: 5/3 {{u:양천구}} 주민센터. {{r:주은미}} 이름으로 신청.""",
    },
    {
        "id": "h42-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Kyong-il", "염경일", "witness", ["경일"]),
            ("Pae Chun-ok", "배춘옥", "supervisor", []),
            ("Sung Hyo-jin", "성효진", "other", ["효진"]),
        ],
        "note": "Interviewer-training role-play scenario; fictional witness and supervisor characters treated as private persons, trainee names in role assignments, stage directions with names, surname 배 beside the noun 배 (ship, belly), 성 beside the noun 성 (surname), a trainer's feedback with initials.",
        "text": """면접관 교육 - 역할극 시나리오 3 "{{u:사할린}}에서 온 사람"
진행: {{r:성효진}} 트레이너 / 일시: 2024. 6. 15.
※ 등장인물은 교육용으로 만든 인물이지만, 실제 증언 여러 건을 섞어 만든 것이므로 교육 밖으로 유출 금지.

[역할 배정]
- 면접관 역: {{p:윤태오}} (교육생)
- 통역 역: {{p:김서진}} (교육생)
- 증언자 "{{r:염경일}}" 역: {{p:조하람}} (교육생)
- 관찰자: {{p:노은재}}, {{p:민가온}}

[배경 - 증언자 역만 읽을 것]
당신은 {{r:염경일}}, 52세, {{u:함경북도}} {{u:김책시}} 출신. 2012-2016년 {{u:사할린}} 어선에서 일했다. 배에서 제일 무서웠던 사람은 작업반장 {{r:배춘옥}}이다. {{r:배}} 반장은 배를 탈 때마다 "바다에 빠져도 아무도 모른다"고 말했다. 당신은 동료 {{p:임창호}}가 배에서 떨어지는 것을 봤다. {{u:러시아}} 선장 {{p:안드레이}}는 {{p:임창호}}를 건지려 했지만 {{r:배춘옥}}이 막았다.
당신은 면접관이 반장 이름을 직접 말하면 긴장한다. 처음에는 "반장"이라고만 말하라. 면접관이 세 번 이상 편하게 해 주면 그때 이름을 말하라.

[장면 1]
면접관({{p:윤태오}}): 편하게 앉으세요. 성함을 여쭤봐도 될까요?
증언자({{p:조하람}}, {{r:염경일}} 역): ...{{r:염경일}}입니다. ({{r:경일}}은 시선을 피한다)
면접관: {{r:경일}} 씨라고 불러도 될까요?
증언자: 네.
(지문: {{r:염경일}}은 손을 비비며 배를 만진다 - 배가 아프다는 신호)

[장면 2]
면접관: 배에서 가장 힘들었던 일은요?
증언자: 반장이... 반장이 사람을 바다에...
통역({{p:김서진}}): (영어로) The brigade leader...
면접관: 반장님 성함은 기억하세요?
증언자: (침묵) ... {{r:배}}가...
(지문: 여기서 "배가"는 사람 성+조사인지, "배(ship)가"인지 통역이 확인해야 한다. 정답: 사람 {{r:배춘옥}}.)

[장면 3]
면접관: {{p:임창호}} 씨 가족에게 연락이 닿을까요?
증언자: {{p:창호}} 아내 {{p:곽순덕}}은 {{u:청진}}에 있어요. 못 닿아요.

[트레이너 피드백 - {{r:성효진}}]
- {{p:윤태오}} 님: 성(姓)을 묻는 방식이 좋았음. "성함"과 "성"을 구분함.
- {{p:김서진}} 님: "배가"를 "the ship"으로 옮긴 것은 오역. {{r:효진}}이 중간에 멈춤.
- {{p:조하람}} 님: {{r:경일}} 역 몰입 좋음.
- 관찰자 {{p:노은재}}: "면접관이 {{p:창호}}를 {{p:장호}}로 잘못 부름" 지적 - 맞음, 이름 실수는 증언자 신뢰를 떨어뜨림.
- 다음 시간: 시나리오 4 "{{u:몽골}}의 겨울". 담당 {{r:S.H.J.}} 대신 {{p:민가온}}.""",
    },
    {
        "id": "h42-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ok Ye-rim", "옥예림", "witness", ["예림"]),
            ("Ok Sang-jun", "옥상준", "relative", ["상준"]),
            ("Ryom Kum-chol", "렴금철", "supervisor", ["염금철"]),
        ],
        "note": "Scholarship application essay by a former worker's daughter; first person, father called 아버지 (unmarked) and by name in quoted speech, surname 옥 beside 옥상 (rooftop) and 옥수수, DPRK/ROK spellings 렴/염, a teacher and classmates by name, a real university and foundation, a private 옥 beside a public figure.",
        "text": """2025학년도 ○○장학재단 장학생 신청서 - 자기소개서

지원자: {{r:옥예림}} / 지원 학과: {{u:고려대학교}} 사회학과 (합격 예정)

1. 성장 과정과 가족을 소개해 주십시오.
저는 {{u:양강도}} {{u:혜산시}}에서 태어났습니다. 제가 열 살 때 아버지 {{r:옥상준}}은 {{u:러시아}} {{u:블라디보스토크}}로 건설 일을 하러 가셨습니다. 어머니는 저에게 "아버지가 돈을 벌어 오면 옥수수밥 대신 쌀밥을 먹자"고 하셨습니다. 아버지는 3년 뒤에 돌아오셨지만 가져온 돈은 거의 없었습니다.
아버지는 그곳 이야기를 잘 하지 않으셨습니다. 단 한 번, 술을 드시고 "{{r:렴금철}}이 그 개XX"라고 하신 적이 있습니다. 나중에 알고 보니 {{r:렴금철}}은 아버지 현장의 책임자였습니다. {{u:한국}}에 와서 아버지의 증언 기록을 읽으니 "{{r:염금철}}"이라고 적혀 있었습니다. 같은 사람입니다.

2. 가장 어려웠던 경험과 극복 과정은?
2019년 저와 어머니 {{p:한정란}}, 아버지는 함께 탈북했습니다. {{u:중국}}에서 브로커 {{p:허}} 씨 집 옥상에 숨어 지낸 열흘이 제일 무서웠습니다. 옥상에서 보이는 달을 보며 아버지가 처음으로 {{u:블라디보스토크}}의 바다 이야기를 해 주셨습니다. "{{r:예림}}아, 거기서 나를 살린 건 {{p:세르게이}}라는 {{u:러시아}} 사람이었다."
{{u:한국}}에 온 뒤 저는 {{u:하나원}}을 거쳐 고등학교 1학년에 편입했습니다. 처음에는 말투 때문에 친구가 없었습니다. 그때 담임이셨던 {{p:송민경}} 선생님이 저를 방송반에 넣어 주셨고, 방송반 친구 {{p:도하은}}, {{p:은지우}}가 제 첫 친구가 되었습니다. {{p:하은}}이는 지금도 제 가장 친한 친구입니다. 멘토링으로 만난 대학생 {{p:강서준}} 선배와 {{p:윤다희}} 선배는 수학을 가르쳐 주었고, 교회 {{p:박영수}} 집사님은 학원비를 보태 주셨습니다. {{p:서준}} 선배가 "{{r:예림}}이는 할 수 있어"라고 한 말을 잊지 못합니다.

3. 장학금이 필요한 이유와 학업 계획은?
아버지 {{r:상준}} 씨는 건설 현장에서 허리를 다쳐 지금은 일을 하지 못하십니다. 어머니 {{p:한정란}}은 식당에서 일하시고, 동생 {{p:옥예준}}은 중학생입니다. {{p:예준}}이는 축구를 좋아합니다. 아버지의 동료였던 {{p:길명수}} 아저씨도 같은 병을 앓고 있습니다.
저는 사회학을 공부해서 해외에 파견되었던 노동자들의 이야기를 기록하고 싶습니다. {{u:국제노동기구}}와 {{u:유엔}}의 보고서를 읽으며, 숫자 뒤에 아버지와 {{p:길명수}} 아저씨 같은 사람이 있다는 것을 알게 되었습니다.

4. 하고 싶은 말
저는 {{r:옥예림}}입니다. 제 성 '옥'은 구슬이라는 뜻이라고 아버지가 알려 주셨습니다. {{u:옥택연}} 씨와 성이 같다고 친구들이 놀리기도 하지만 저는 제 성이 자랑스럽습니다.

추천인: {{p:송민경}} (담임교사), 연락처 별첨
작성일: 2024년 11월 20일 / 지원자 {{r:옥예림}} (서명)""",
    },
    {
        "id": "h42-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tong Chang-sop", "동창섭", "witness", ["창섭"]),
            ("Tong Myong-ae", "동명애", "relative", ["명애"]),
            ("Tong Yong-jin", "동영진", "relative", ["영진"]),
        ],
        "note": "Obituary draft of a former Kuwait and Russia worker with mourners' list and the organisation's tribute; surname 동 beside 동창, 동료, 동지 and 동생, 상주 list with kinship titles outside, a funeral hall at a real hospital, an editing comment that changes a name spelling, private 동 beside a public 동 place.",
        "text": """[부고 초안 v2 - 홈페이지·회원 문자용, 유족 확인 전]

부고

해외 파견 노동 피해 증언자 {{r:동창섭}} 님께서 2024년 12월 1일 향년 67세로 별세하셨기에 삼가 알려 드립니다.

고 {{r:동창섭}}({{r:董昌燮}}) 님은 1957년 {{u:함경남도}} {{u:단천}}에서 태어나 1990년대에 {{u:러시아}} {{u:하바롭스크}} 벌목장에서, 2000년대에 {{u:쿠웨이트}} 건설 현장에서 일했습니다. 2015년 {{u:한국}}에 입국한 뒤 2017년 본 단체에 처음 증언하셨고, 이후 여러 차례 국제회의에서 해외 파견 노동자들의 실상을 알렸습니다. 동료 증언자들은 그를 "{{r:동}} 선생님" 또는 "{{r:창섭}}이 형님"이라고 불렀습니다.

상주: 배우자 {{r:동명애}}... (편집 메모: 배우자는 {{p:김명애}} 님. {{r:동명애}} → {{p:김명애}}로 수정 필요 - {{p:이서연}})
정정 상주: 배우자 {{p:김명애}}, 아들 {{r:동영진}}, 딸 {{r:동명애}}
※ 딸 {{r:명애}} 씨와 어머니 {{p:명애}} 님 이름이 같음(딸은 어머니 이름을 따랐다고 함). 문자에서는 "배우자 {{p:김명애}}, 자녀 {{r:영진}}·{{r:명애}}"로.

빈소: {{u:서울아산병원}} 장례식장 12호실
발인: 2024년 12월 4일 오전 7시
장지: {{u:경기도}} {{u:파주시}} (유족 요청으로 상세 비공개)

추모의 글 (대표 {{p:권혁주}})
{{r:동창섭}} 선생님은 "나는 운이 좋아서 살아 나왔다. 운이 없었던 동무들 이름을 불러 달라"고 늘 말씀하셨습니다. 그가 부르던 이름들을 여기 적습니다. {{u:하바롭스크}}에서 나무에 깔려 숨진 {{p:봉철남}}, {{u:쿠웨이트}}에서 열사병으로 쓰러진 {{p:우광혁}}, 그리고 끝내 소식을 알 수 없는 {{p:남궁철}}.
{{r:동}} 선생님의 동창이자 동료였던 {{p:리성국}} 님은 "{{r:창섭}}이는 막사에서 늘 동생들 밥부터 챙겼다"고 회고합니다. 동생 {{p:동창수}} 님은 아직 {{u:북한}}에 계십니다.
선생님의 증언은 {{u:유엔}} 보고서에 익명으로 인용되었습니다.

함께 증언했던 {{p:곽성미}}, {{p:방철우}}, {{p:류명호}} 님이 조사를 낭독할 예정입니다. {{p:류명호}} 님은 {{r:동창섭}} 님과 {{u:쿠웨이트}} 현장에서 함께 일했습니다.

조문 안내: 조화는 정중히 사양합니다. 문의는 사무국 {{p:이서연}} 간사에게.

(편집 메모) {{u:동대문}} 지역 회원 모임에서도 추모식 예정 - "동대문"은 지명이니 이름 치환 대상 아님. 홈페이지 게시 전 {{r:영진}} 님 확인 필수. - {{p:이서연}}""",
    },
    {
        "id": "h42-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Un-gyong", "김은경", "witness", ["Un-gyong", "은경"]),
            ("Pak Song-ho", "박성호", "witness", ["성호"]),
        ],
        "note": "Verbatim-theatre script built from two testimonies; character names in capitals as speaker labels, actors' names in the cast list private, stage directions, a character quoting a Chinese manager by 老 form, a private Kim beside the public Kim Jong Un and the real Kim Il Sung Square, song lyrics with 'moon' and a coworker Moon.",
        "text": """"두 개의 달 / TWO MOONS" - verbatim theatre, rehearsal script v4
Text edited from interviews by {{p:Jo Seo-hee}} (dramaturg). Director: {{p:Marcus Lee}}.

CAST
{{r:UN-GYONG}} ({{r:은경}}, waitress, {{u:Ningbo}}) ......... {{p:Han Ye-sol}}
{{r:SONG-HO}} ({{r:성호}}, builder, {{u:Kuwait}}) ............ {{p:Choi Woo-jin}}
{{p:RI TOK-HUN}} (manager / brigade leader) .......... {{p:Daniel Oh}}
{{p:MOON}} ({{p:문철}}, {{r:Song-ho}}'s coworker) ........... {{p:Yoo Ji-ah}} (doubling)
{{p:老赵}} (Chinese restaurant owner) ............... {{p:Daniel Oh}} (doubling)

Note: all words spoken are from interviews with {{r:Kim Un-gyong}} and {{r:Pak Song-ho}}, who consented. Their full names do not appear in the programme.

SCENE 1. Two beds, far apart. Night.

{{r:UN-GYONG}}: 처음 {{u:닝보}}에 갔을 때 달이 컸어요. I thought the moon in {{u:China}} was bigger than ours.
{{r:SONG-HO}}: {{u:쿠웨이트}} 달은 하얗지 않아요. It's orange, from the dust.
({{p:MOON}} enters, humming.)
{{p:MOON}}: 달아 달아 밝은 달아...
{{r:SONG-HO}}: (to audience) That was {{p:Moon}}. {{p:문철}}이. He sang every night. {{p:리덕훈}} 반장이 싫어했어요.

SCENE 2. Restaurant. {{p:老赵}} counts money.

{{p:老赵}}: (to {{r:UN-GYONG}}) {{r:恩静}}, 今天唱三首. Three songs tonight.
{{r:UN-GYONG}}: (to audience) He called me "{{r:恩静}}" - Chinese reading of my name. The manager, {{p:리덕훈}}, stood behind him.
{{p:RI TOK-HUN}}: {{r:김은경}} 동무, 웃으라.
{{r:UN-GYONG}}: I smiled. For four years I smiled.

SCENE 3. {{u:Kim Il Sung Square}} (projection). Both workers in front of it, back to back.

{{r:SONG-HO}}: Before we left, we bowed to the statues. 반장 {{p:리덕훈}}이가 "조국이 너희를 믿는다."
{{r:UN-GYONG}}: The same man! 우리 지배인도 {{p:리덕훈}}이었어요.
(Pause. They look at each other.)
{{r:SONG-HO}}: 다른 사람이에요. 이름만 같아요.
[Dramaturg's note: in the testimonies the two managers have the same name by coincidence. We keep one actor and one name on purpose. - {{p:J.S.H.}}]

SCENE 4. {{r:Song-ho}} alone, with a letter.

{{r:SONG-HO}}: (reading) "{{r:성호}} 씨, {{p:Moon}}이 떨어졌어요." {{p:Moon}} fell from the sixth floor. {{p:Ri}} said he was drunk. {{p:Moon}} did not drink.
(Lights on {{p:MOON}}, lying still. {{p:Yoo Ji-ah}} stays on the floor until the end.)

SCENE 5. Both, present day, {{u:Seoul}}.

{{r:UN-GYONG}}: 지금은 {{u:서울}} 살아요. {{u:Kim Jong Un}}이 TV에 나오면 채널을 돌려요.
{{r:SONG-HO}}: 나는 안 돌려요. 보면서 {{p:Moon}} 생각해요.
{{r:UN-GYONG}} & {{r:SONG-HO}}: (singing) 달아 달아...
END

Rehearsal notes ({{p:Marcus}}): {{p:Daniel}} needs a clearer switch between {{p:RI}} and {{p:老赵}} - change jacket. {{p:Ye-sol}} drop the accent in scene 5.""",
    },
    {
        "id": "h42-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Kum-song", "최금성", "witness", ["Kum-song", "금성"]),
            ("Sol Chang-gil", "설창길", "supervisor", []),
        ],
        "note": "Graphic-novel panel script about a worker in Mongolia; panel descriptions, balloons and captions, a Mongolian coworker by short form, the planet Venus (금성) beside the witness's given name 금성, surname 설 beside 설날, sound effects, the artist's and letterer's names private.",
        "text": """GRAPHIC NOVEL "BLUE SKY, BLACK COAL" - Chapter 3 panel script (draft for the artist)
Script: {{p:Noa Kim-Varga}}. Art: {{p:Ryu Jae-hyun}} ("{{p:Jae}}"). Letters: {{p:Toby Marsh}}. Based on the testimony of {{r:Choe Kum-song}} (pseudonym in the book: "{{r:Kum}}").

PAGE 1
Panel 1. Wide. Winter steppe outside {{u:Ulaanbaatar}}. A coal-heated dormitory, smoke. Caption: "{{u:Mongolia}}, 2015."
Panel 2. Inside. {{r:KUM}} (30s, thin) on the top bunk, writing. Caption: "My name is {{r:Kum-song}}. {{r:금성}}. It means Venus."
  (Note to {{p:Jae}}: 금성 here is the planet, written as a word on a star chart on the wall - do NOT make it look like a name tag.)
Panel 3. Close on the notebook: "설날 3일 전." (three days before Lunar New Year)

PAGE 2
Panel 1. Door bangs open. SFX: BANG! {{r:SOL}} (brigade leader, 50s, fur hat) in the doorway.
  {{r:SOL}}: {{r:최금성}}! 뭐 쓰나?
Panel 2. {{r:KUM}} hides the notebook.
  {{r:KUM}}: 아무것도 아닙니다, {{r:설}} 반장 동지.
Panel 3. Caption: "{{r:Sol Chang-gil}}. Everyone feared him. Even his name felt like the cold." (Note: 설 also means snow-ish? no - keep it simple, drop.)

PAGE 3
Panel 1. Building site. {{r:KUM}} and a Mongolian worker, {{p:NYAMAA}}, carrying a steel beam.
  {{p:NYAMAA}}: (Mongolian, with translation) Сайн уу, {{r:Кум}}!  → "Hello, {{r:Kum}}!"
  Caption: "{{p:Nyamaa}} - {{p:Nyam-Ochir}} - was the only one who called me by my name."
Panel 2. {{p:NYAMAA}} hands {{r:KUM}} a small bag of aaruul (dried curd).
Panel 3. In the background, {{r:SOL}} watching. Caption: "{{r:Sol}} saw."

PAGE 4
Panel 1. Night meeting. Portrait of {{u:Kim Jong Un}} on the wall. Men in rows. Political officer {{p:HYON}} ({{p:Hyon Myong-dok}}) speaks.
  {{p:HYON}}: {{r:최금성}} 동무는 외국인과 내통했다!
Panel 2. Faces of other workers: {{p:PAK}} ({{p:Pak Se-ung}}), {{p:OK}} ({{p:Ok Chol}}), young {{p:KI-NAM}} ({{p:Kim Ki-nam}}), looking down.
  (Note: "OK" is {{p:Ok Chol}}'s surname in the letters - make the balloon say "{{p:옥철}}" to avoid the English "OK".)
Panel 3. {{r:KUM}} standing alone.

PAGE 5
Panel 1. Next morning. {{p:NYAMAA}} at the gate, waiting. {{r:KUM}} does not come.
Panel 2. {{r:SOL}} tells {{p:NYAMAA}} to go away. {{r:SOL}}: Явах! (Go!)
Panel 3. Caption: "I did not see {{p:Nyamaa}} again until 2019, in {{u:Seoul}}, at a conference. He found me."
Panel 4. Small panel: two hands shaking. No text.

Artist notes from {{p:Jae}}: ok to draw {{r:Sol}} with a scar? ({{r:Kum-song}} says yes.) {{p:Noa}}: fine.""",
    },
    {
        "id": "h42-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Han Chol-nam", "한철남", "witness", ["철남", "Chol-nam"]),
            ("Hong Myong-ok", "홍명옥", "relative", ["명옥"]),
            ("Kang Tok-sam", "강덕삼", "supervisor", []),
        ],
        "note": "Mobile-phone extraction report (contacts, call log, messages) from a worker's old handset, Russia; contact display names as saved (nicknames, kinship words, emoji, Cyrillic, fullwidth), role entries unmarked, the real app names public, a contact saved only as 'Han' beside the public place Han River; mixed line endings.",
        "text": """PHONE EXTRACTION REPORT - exhibit PH-07
Device: {{u:Samsung}} Galaxy J2 (2016), handed over by {{r:Han Chol-nam}} on 4 March 2024
Tool: logical extraction; examiner {{p:Bae Min-gyu}}; reviewed by {{p:Clare Donovan}}
Scope agreed with the owner: contacts, call log, SMS; {{u:WhatsApp}} and {{u:Telegram}} chats with three named contacts only.

1. CONTACTS (37 entries; 14 shown - the rest are shops, a taxi firm and "Бригада" group numbers)
| # | Display name (as saved) | Owner's explanation |
|---|---|---|
| 1 | {{r:명옥}} ❤️ | wife, {{r:Hong Myong-ok}} |
| 2 | 엄마 | his mother (no name saved) |
| 3 | Boss {{r:Kang}} | brigade leader {{r:Kang Tok-sam}} |
| 4 | {{r:강덕삼}} 2 | same man, second SIM |
| 5 | {{p:Витя}} прораб | Russian foreman, {{p:Viktor Semyonov}} |
| 6 | {{p:Ахмед}} такси | taxi driver, {{p:Akhmed}} |
| 7 | {{p:철수}}형 | coworker {{p:Ryang Chol-su}} |
| 8 | {{p:Han}} | a different Han - {{p:Han Yong-gil}}, a Korean-Russian trader |
| 9 | {{p:ＪＵＮＧ}} | fullwidth as saved: {{p:Jung Da-eun}}, church volunteer in {{u:Vladivostok}} |
| 10 | Дед {{p:Ли}} | "grandpa {{p:Lee}}", old Koryo-saram man who sold SIM cards |
| 11 | Общежитие | dormitory landline |
| 12 | {{p:Ким}} бухгалтер | accountant {{p:Kim Yong-bok}} |
| 13 | {{p:은하}} | {{p:Jo Un-ha}}, waitress at a Korean restaurant |
| 14 | 🐻 | owner says the bear emoji is {{r:Kang}} too |

2. CALL LOG (excerpt, 2018-11-02 to 2018-11-05)
2018-11-02 06:12 outgoing Boss {{r:Kang}} 0:41
2018-11-02 21:47 incoming {{r:명옥}} ❤️ 12:05 (via {{u:WhatsApp}})
2018-11-03 13:30 missed {{p:Витя}} прораб
2018-11-04 22:58 outgoing Дед {{p:Ли}} 3:12
2018-11-05 05:40 incoming 🐻 0:20
2018-11-05 05:41 outgoing {{r:강덕삼}} 2 - not connected

3. MESSAGES (excerpt)
[2018-11-04 23:05] from Дед {{p:Ли}}: "{{r:Чхоль Нам}}, симка готова. Приходи завтра." ("{{r:Chol-nam}}, the SIM is ready, come tomorrow.")
[2018-11-05 05:39] from 🐻: "{{r:철남}}이 어디야"
[2018-11-05 08:02] to {{r:명옥}} ❤️: "여보 걱정마 {{p:은하}}네 가게 갈게"
[2018-11-05 08:15] from {{r:명옥}} ❤️: "{{r:강}} 반장 조심해"
[2018-11-06 19:22] from {{p:ＪＵＮＧ}}: ({{u:Telegram}}) "{{r:Chol-nam}}, we can meet at the church Saturday. Pastor {{p:Kwon}} knows."

4. OBSERVATIONS
- The owner says he left on 7 November 2018. The last call from {{r:Kang}} (🐻) is at 05:40 on 5 November.
- "{{p:Han}}" (entry 8) is not the owner; owner's surname is Han too. A photo in the gallery is captioned "{{u:Han River}}" - that is the river in {{u:Seoul}}, taken later.
- Entries 2 and 11 are role entries, not names.
- Recommend the chats with {{p:ＪＵＮＧ}} not be disclosed without {{p:Jung Da-eun}}'s consent. - {{p:B.M.G.}}""",
    },
    {
        "id": "h42-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Kyong-sik", "리경식", "witness", ["경식"]),
            ("Kim Pong-hui", "김봉희", "relative", ["봉희"]),
            ("Yang Su-dong", "양수동", "coworker", ["수동"]),
        ],
        "note": "Inventory of belongings a worker left behind in a dormitory and later recovered by a coworker, with item descriptions naming people (photos, letters, name tags), Korean and Russian inscriptions, surname Yang beside 'yang' in a brand, the real Russian railway company, a Kim Il Sung badge, 수동 as a name beside 수동 (manual).",
        "text": """LEFT-BEHIND PROPERTY INVENTORY - {{r:RI Kyong-sik}}
Items left in the dormitory at the construction site in {{u:Yuzhno-Sakhalinsk}} when {{r:Ri}} left on 12 August 2019; collected by his roommate {{r:Yang Su-dong}} and handed to our partner, Father {{p:Andrei}}, in 2020; received by us 3 March 2024.
Recorded by {{p:Kim Ha-yoon}}; photographs by {{p:Peter Nilsson}}.

| No. | Item | Description / inscription | Owner's comment ({{r:경식}} 씨) |
|---|---|---|---|
| 1 | Photograph, 9x13 | Woman and child; back: "{{r:봉희}}와 {{p:은정}}, 2015 가을" | wife {{r:Kim Pong-hui}} and daughter {{p:Un-jong}} |
| 2 | Letters (6) | Envelopes addressed to "{{r:리경식}} 동무"; sender {{r:김봉희}}, {{u:Hamhung}} | from his wife |
| 3 | Name tag, cloth | "{{r:리경식}} / 3작업반" | sewn on his work jacket |
| 4 | Work jacket | Size 50; inside collar: "{{r:Ли Кен Сик}}" in marker | Russian foreman wrote it |
| 5 | Badge | {{u:Kim Il Sung}} portrait badge | "everyone had one" |
| 6 | Notebook | 40 pp.; names and sums; "반장 {{p:최}}" → see note A | his own pay record |
| 7 | Radio | "Yang-Hwa" brand, manual tuning (수동 조절) | bought from {{p:Vova}} |
| 8 | Thermos | Engraved "{{r:수동}}이 선물" | gift from {{r:Su-dong}} |
| 9 | Train ticket | {{u:Russian Railways}}, {{u:Yuzhno-Sakhalinsk}}-{{u:Kholmsk}}, 2018 | trip with {{p:Vova}} |
| 10 | Medicine box | Handwritten label "Др. {{p:Сон}}" | Korean-Russian doctor, Dr {{p:Son Valentina}} |
| 11 | Cassette tape | Label: "{{r:봉희}} 노래" | wife singing |
| 12 | Letter (unsent) | To "어머님"... → see note B | to his mother |

Note A: In item 6 "반장 {{p:최}}" (title first, then surname) is brigade leader {{p:Choe Mun-gil}}.
Note B: "어머님" is "mother", not a name; no name in the letter except "{{r:경식}}" as signature.
Note C: The radio brand "Yang-Hwa" is not {{r:Yang}}'s name; {{r:Su-dong}} did not own it. 수동 in item 7 means "manual".
Note D: {{p:Vova}} = {{p:Vladimir Kovalenko}}, a Russian driver at the site. {{r:Yang}} says {{p:Vova}} bought the radio for them in {{u:Korsakov}}.
Note E: A group photo in the notebook shows {{p:Yang Chol-min}} (no relation to {{r:Su-dong}}), {{p:Mun Kwang-il}} and a neighbour, {{p:Ok Sun-hwa}}; {{r:Kyong-sik}} identified them.

Received and checked by {{r:Ri Kyong-sik}} on 3 March 2024. He asked that items 1, 2 and 11 be returned to him and not scanned. {{r:Kyong-sik}} signed: {{r:리경식}}.
Witnessed: {{p:Kim Ha-yoon}}, {{p:Jeon Bo-ram}}.""",
    },
    {
        "id": "h42-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Won Song-chol", "원성철", "witness", ["Won Sung-chul", "성철"]),
            ("Sin Kwang-ho", "신광호", "supervisor", []),
        ],
        "note": "Fact-check worksheet for a news feature; claim-by-claim verification with sources, surname Won beside the currency won, a reporter and editor private, public officials and agencies as sources, a claim that misattributes a quote to a public figure, Korean source quotes with particles.",
        "text": """FACT-CHECK WORKSHEET - feature "The Men Who Built {{u:Doha}}'s Towers" (draft 2)
Reporter: {{p:Hye-won Lim}}. Fact-checker: {{p:Oscar Lindgren}}. Editor: {{p:Ruth Abebe}}.
Status key: ✔ confirmed / ✖ wrong / ? unverified

C1. "{{r:Won Song-chol}}, 46, worked in {{u:Qatar}} from 2011 to 2016."
 ✔ Source: interview audio (2 h), {{r:Won}}'s {{u:ROK}} resident card (seen, not copied). Note: his card spells {{r:Won Sung-chul}}; we use the {{u:DPRK}} spelling he prefers.
C2. "He was paid 20,000 won a month."
 ✖ He said 20 dollars; "won" was the reporter's slip. Won (the currency) ≠ {{r:Won}} (the man) - {{p:Hye-won}} says the autocorrect joined them. Fix to "$20".
C3. "His brigade leader, {{r:Sin Kwang-ho}}, confiscated all passports."
 ✔ Two sources: {{r:Won}}; second worker {{p:Kye Myong-jun}} (separate interview, 2022). {{p:Kye}} calls him "{{r:신}} 소장".
C4. "{{r:Sin}} later became a diplomat in {{u:Kuwait}}."
 ? Only {{p:Kye}} says so. {{p:Hye-won}} to soften: "according to one former worker".
C5. "The {{u:International Labour Organization}} called the conditions 'forced labour'."
 ✖ Not in the {{u:ILO}} report cited; the phrase is from {{u:Human Rights Watch}}. Fix attribution.
C6. "Qatari official {{p:Mohammed Al-Sulaiti}} said the company was blacklisted."
 ? We cannot find Mr {{p:Al-Sulaiti}}. {{p:Lim}} says he spoke off record. Remove name or get a second source.
C7. "{{u:Kim Jong Un}} personally praised the brigade in 2014."
 ✖ The quote is from a {{u:KCNA}} item praising "overseas workers" in general; {{u:Kim Jong Un}} is not quoted. Rewrite.
C8. Quote: "{{r:신광호}}는 우리를 사람으로 안 봤어요."
 ✔ Audio 00:42:10. Translation check by {{p:Seo Yu-na}}: "{{r:Sin Kwang-ho}} didn't see us as people." OK.
C9. "{{r:Won}}'s wife {{p:Pak Hye-sun}} stayed in {{u:Chongjin}}."
 ✔ But remove her name (risk). {{r:성철}} 씨 agreed.
C10. "He escaped with the help of a Nepali coworker, {{p:Ramesh}}."
 ✔ {{r:Won}} confirms; {{p:Ramesh}} (no surname given) cannot be reached. Keep first name only.
C11. "Workers at the {{u:Lusail Stadium}} site..."
 ✖ {{r:Won}} worked at a residential tower in {{u:West Bay}}, not the stadium. Fix.
C12. Caption: "{{r:Won Song-chol}} at his home in {{u:Incheon}}."
 ✖ No: we agreed not to name the city. Caption: "{{r:Won}} (pseudonym not used at his request)".
C13. "{{p:Jang Il-su}}, another worker, died of heatstroke in 2014."
 ? From {{r:Won}} only; {{u:Qatar}}'s records not available. Attribute: "{{r:Won}} says".

C14. "Another worker, {{p:Ri Tae-song}}, was beaten by {{r:Sin}}."
 ✔ Two sources: {{r:Won}} and {{p:Kye Myong-jun}}. Name kept with {{p:Ri Tae-song}}'s consent via his lawyer, {{p:Daniel Cho}}.
C15. "The subcontractor was run by {{p:Hamad Al-Kuwari}}."
 ? No source but {{p:Kye}}. Remove the name.

Sign-off: {{p:O.L.}} 14 Oct; {{p:Ruth}} to approve after {{p:Hye-won}}'s fixes.""",
    },
    {
        "id": "h42-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Mun Kyong-hui", "문경희", "witness", ["경희", "Kyong-hui"]),
            ("Son Chol-jun", "손철준", "witness", ["철준"]),
            ("Rim Sun-ja", "림순자", "relative", ["임순자"]),
        ],
        "note": "Documentary end credits with a release-form tracker; crew and thanks lists of private persons, participants credited by real name and by 'name withheld', real broadcasters, festivals and funds public, surname Son beside 'son', Rim/임 spellings; CRLF.",
        "text": """"SENT AWAY" (2024, 88 min) - END CREDITS (locked v3) + RELEASE TRACKER

A film by {{p:Ha Ji-yun}} and {{p:Lukas Berger}}

WITH
{{r:MUN KYONG-HUI}} ({{r:문경희}})
{{r:SON CHOL-JUN}} ({{r:손철준}})
{{r:RIM SUN-JA}} ({{r:림순자}}), his mother
and three former workers whose names are withheld

Producers {{p:Ha Ji-yun}}, {{p:Anya Kowalczyk}}
Editor {{p:Matteo Rinaldi}}
Director of Photography {{p:Seo Jin-gu}}
Sound {{p:Omar Haddad}}
Music {{p:Yu Ga-eun}}
Interpreters {{p:Chae Min-seo}}, {{p:Sergey Tsoy}}
Research {{p:Bang Ye-jin}}, {{p:Do Hyun-woo}}
Archive research {{p:Eleanor Price}}
Legal {{p:Jae-won Hong}}

Archive footage courtesy of {{u:KBS}}, {{u:Reuters}}, {{u:Associated Press}}
Developed with the support of the {{u:Sundance Institute}} Documentary Fund and the {{u:Korean Film Council}}
World premiere: {{u:DMZ International Documentary Film Festival}}

Special thanks
Pastor {{p:Im Tae-hoon}}, {{p:Natalia Pak}}, {{p:Gantulga Bat}}, {{p:Hong Seok-jin}}, {{p:Mirae}} and her son, the {{p:Song}} family, Ms {{p:Oh}} of {{u:Hanawon}}, and all who cannot be named.

In memory of {{p:Son Il-u}} (1971-2017)

RELEASE TRACKER (internal - remove before delivery)
| Name in film | Release signed | Notes |
| {{r:Mun Kyong-hui}} | yes 2023-05-02 | wants "{{r:경희}}" only in Korean subtitles |
| {{r:Son Chol-jun}} | yes 2023-06-11 | agreed to full name; his son {{p:Son Ha-jun}} appears in 2 shots - blur (not his son's choice) |
| {{r:Rim Sun-ja}} | yes 2023-06-11 | Korean ID reads {{r:임순자}}; credit as {{r:림순자}} per her wish |
| former worker A | yes | voice altered; real name {{p:Yang Chol-ho}} - NEVER in credits |
| former worker B | yes | silhouette; {{p:Ryu Myong-suk}} |
| former worker C | withdrawn 2024-01-09 | cut; name removed from all files ({{p:K.S.Y.}}) |
| {{p:Natalia Pak}} | verbal only | thanks credit ok per {{p:Lukas}} |
| {{p:Mirae}} | yes | first name only |

Checked by {{p:Jae-won Hong}} (legal) 2024-02-20. Outstanding: written release from {{p:Natalia Pak}}; confirm with {{r:Chol-jun}} that "the {{p:Song}} family" (his former neighbours) is fine.""",
    },
    {
        "id": "h42-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Un-ha", "정은하", "witness", ["Un-ha", "은하"]),
            ("Pyo Chang-ho", "표창호", "witness", ["창호"]),
        ],
        "note": "Postcard-campaign mailing list and transcribed card messages; supporters' names and cities in a merge table, card messages in Korean and English to witnesses by given name, a supporter's handle and e-mail local part, public addressees (embassies, a UN body), surname Jong beside the public Kim Jong Un, 은하 as a name beside 은하수 (Milky Way), 표창 (commendation) beside 표창호.",
        "text": """POSTCARD CAMPAIGN "WRITE TO THEM" - mail-merge list and transcribed messages (batch 4)
Coordinator: {{p:Ines Moreau}}. Data entry: {{p:Ko Yu-jin}}, {{p:Tariq Aziz}}.
Cards go via our office; witnesses receive them by hand. Witness names below are the first names they chose for the campaign.

| ID | Sender | City | To | Message (transcribed) |
|---|---|---|---|---|
| 401 | {{p:Anna Lindholm}} | {{u:Stockholm}} | {{r:Un-ha}} | "Dear {{r:Un-ha}}, I read your story. You are not alone." |
| 402 | {{p:박서현}} | {{u:부산}} | {{r:은하}} | "{{r:은하}} 씨, 은하수처럼 빛나세요 ✨" |
| 403 | {{p:James O'Connor}} | {{u:Dublin}} | {{r:Chang-ho}} | "{{r:Chang-ho}}, thank you for speaking." |
| 404 | {{p:김지안}} | {{u:서울}} | {{r:창호}} | "{{r:창호}} 선생님, 표창이라도 드리고 싶어요." |
| 405 | {{p:Maria Silva}} | {{u:Lisbon}} | {{p:Myong-ja}} | "To {{p:Myong-ja}}, mother of {{r:Chang-ho}}: strength." |
| 406 | {{p:이도윤}} | {{u:대전}} | {{p:명자}} | "{{p:명자}} 어머님, 아드님 {{r:창호}} 씨 이야기 잘 들었습니다." |
| 407 | {{p:Yuki Tanaka}} | {{u:Osaka}} | {{r:Un-ha}} | "{{r:Un-ha}}-san, がんばって。" |
| 408 | {{p:Ahmed Farouk}} | {{u:Cairo}} | {{r:Chang-ho}} | "From an Egyptian who worked in {{u:Kuwait}} too." |
| 409 | {{p:한유나}} | {{u:광주}} | {{r:은하}} | "{{r:정은하}} 님 - 아, 성은 쓰면 안 되죠? 지워 주세요. {{r:은하}} 님 응원해요." |
| 410 | {{p:Tom Barker}} | {{u:Leeds}} | {{u:Embassy of the DPRK in London}} | "Release the workers." (campaign card, public) |
| 411 | {{p:Sofia Rossi}} | {{u:Rome}} | {{u:UN Human Rights Council}} | standard text |
| 412 | {{p:최하람}} | {{u:인천}} | {{r:창호}} | "{{r:표창호}} 님 힘내세요" (surname used - redact before handing over) |
| 413 | {{p:Noura Al-Hashimi}} | {{u:Abu Dhabi}} | {{r:Un-ha}} | "For {{r:Un-ha}} and the women of {{u:Shenyang}}." |
| 414 | @{{p:minji}}_writes | (online) | {{r:은하}} | "{{r:은하}} 언니 사랑해요 💛" |

Notes
- 409 and 412 name the witness with surname: {{r:정은하}}, {{r:표창호}}. Redact before the cards are handed over. {{r:Un-ha}}'s surname must never appear next to her city.
- 402: "은하수" is the Milky Way - a pun on her name, not a second name.
- 404: "표창" = commendation, a pun on {{r:Chang-ho}}'s surname. Harmless; the surname is not written out, but {{r:창호}} may not like it - ask {{p:Ines}}.
- 410 is addressed to the embassy; no private names; mentions {{u:Kim Jong Un}} on the back (printed card).
- Sender of 414 wrote from {{p:minji}}.writes@example.com; her name is {{p:Kim Min-ji}}. Thank-you e-mail to be sent by {{p:Yu-jin}}.
- {{p:Sok Myong-ja}} ({{r:Chang-ho}}'s mother) asked to receive cards only with {{r:Chang-ho}}; {{p:Tariq}} to bundle 405 and 406 with his.""",
    },
]
