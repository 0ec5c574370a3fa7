# ruff: noqa: E501
"""Held-out evaluation passages, set 49. Built by build_heldout.py heldout49.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way the NGO's own staff type
them (interview summaries, question-and-answer transcripts with speaker labels,
phone-call notes, reviewers' comments on a draft testimony, family members'
accounts, internal memos, case meeting minutes, e-mail threads and chat exports);
the other half are genres no earlier set used (job-interview feedback forms,
university admission recommendation letters, brokers' debt-collection demand
letters, translation-agency quotations, volunteer application forms, webinar
attendee reports, memoir chapter outlines, literary translators' query sheets,
rescue location-sharing logs, police protection officers' contact logs, public
rental-housing allocation notices, divorce petitions, speech-contest judges'
scoresheets, year-end tax dependants' forms, criminal complaints against brokers,
writing-class homework with corrections, medical-fee waiver applications,
translated Chinese police interrogation records, art-therapy session notes,
migrant-worker survey free-text exports, holiday gift-voucher sign-off sheets,
airport pickup schedules, broadcasters' identity-protection requests, same-person
affidavits and Chuseok gathering RSVP lists), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Vietnamese, Thai, Nepali, Mongolian,
Polish, Japanese, Malay, Uzbek and Kazakh. Settings: logging and construction in
Russia, construction in Kuwait, Qatar and Mongolia, seafood, garment and textile
plants and restaurants in China, a restaurant in Vietnam, a Polish shipyard, a
Malaysian coal mine, escape routes through Laos and Thailand, and resettlement in
South Korea. All persons are fictional; real public figures are mentioned only
neutrally.

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

Clarifications (as in set 40):
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
        "id": "h49-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Yong-nam", "리영남", "witness", ["Lee Young-nam", "Yong-nam"]),
            ("Jon Kwang-su", "전광수", "supervisor", ["Teapot"]),
            ("Sim Chol", "심철", "coworker", ["Chol"]),
        ],
        "note": "Third-person interview summary, Amur Oblast logging camp; witness under DPRK and ROK spellings and in Cyrillic capitals, political officer nicknamed Teapot beside an ordinary teapot, a one-syllable given name, unregistered hut-mates including a bird nickname, a Russian driver by diminutive, author and checker initials.",
        "text": """INTERVIEW SUMMARY - case file NK-LOG-0412 (session 2 of 3)
Interviewee: {{r:RI Yong-nam}} ({{u:ROK}} ID name: {{r:LEE Young-nam}}), male, b. 1979, {{u:Hamhung}}
Interviewer: {{p:Claire Donnelly}} | Interpreter: {{p:Kwon Su-bin}}
Date and place: 14 May 2024, NGO office, {{u:Seoul}}
Summary written up from handwritten notes; quotations are the interpreter's rendering, not verbatim.

1. Deployment
Mr {{r:Ri}} was selected in the summer of 2015 through the labour section of his county party committee. He paid a "contribution" of 300 US dollars, borrowed from his wife's brother, to be put on the list. He travelled by train from {{u:Pyongyang}} to {{u:Tumangang}} and crossed into {{u:Russia}} at {{u:Khasan}} with 27 other men. The group was taken on by train to a logging camp about 60 km north of {{u:Tynda}}, {{u:Amur Oblast}}. His Russian work permit, of which he kept a photo, gives his name as "{{r:ЛИ ЁН НАМ}}".

2. The camp and its political officer
The camp was run by a forestry enterprise from {{u:North Korea}} that the men only ever called "Unit 13". The political officer was {{r:Jon Kwang-su}}, whom the men called "{{r:Teapot}}" behind his back: he boiled over in a second and went cold just as fast. There was also a real teapot, a dented aluminium one on the hut stove, and {{r:Yong-nam}} says the joke started there. He stresses that {{r:Teapot}} was not the worst of the officers he knew: "When {{r:Jon}} shouted, you knew where you stood. The quiet ones were worse." {{r:Jon}} kept all the passports in a locked ammunition box in his own hut.

3. The accident
In February 2016 his friend {{r:Sim Chol}} was pinned under a larch trunk that rolled off a skidder. {{r:Chol}} lay in the snow for over an hour because {{r:Jon Kwang-su}} would not allow a Russian vehicle onto the site. In the end a Russian driver known to the men as {{p:Vitya}} took {{r:Sim}} to the hospital in {{u:Tynda}} in his truck cab. Mr {{r:Ri}} visited him once; {{r:Sim}}'s leg was in plaster up to the hip. He believes {{r:Chol}} was sent home through {{u:Vladivostok}} in April 2016 and has not heard of him since.

4. Wages
Nominal pay, according to the Russian paperwork, was about 25,000 roubles a month. In his hand he received between 1,500 and 3,000 roubles; the rest went to the "plan", to food deductions and to the fund for the Day of the Sun. In April 2016 every man "volunteered" a month's pay for the birthday of {{u:Kim Il Sung}}.

5. Other names given
Hut 4: {{p:Pang Il-ho}} (from {{u:Kilju}}), a man surnamed {{p:Ko}} (given name not known), and a young man the others called "{{p:Sparrow}}" because he was small and never stopped talking; real name not known. Mr {{r:Ri}} asks that {{p:Pang}} is not contacted: "His family is still in {{u:Kilju}}."

Follow-up
- Ask {{r:Yong-nam}} whether he still has the photo of the work permit (for the file only).
- Check the camp location against satellite imagery (team: {{p:Ahmed}}).
- Session 3 booked for 28 May.

Summary: {{p:CD}} / checked: {{p:KSB}}""",
    },
    {
        "id": "h49-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Song-chol", "한성철", "witness", ["Song-chol"]),
            ("Yu Dok-man", "유덕만", "supervisor", []),
        ],
        "note": "Q&A transcript translated from Korean, Kuwait housing site; speaker labels in capitals (MOON beside the moon, HAN), surname in lower case in an audio file name, surname Yu beside 'you', supervisor's bare given name, a Korean vocative suffix kept outside, Indian and Bangladeshi coworkers unregistered.",
        "text": """TRANSCRIPT (English translation of Korean audio) - interview 2
File: int_{{r:han}}_kuwait_02.wav | recorded 3 October 2023 | 01:12:40
Speakers: {{p:MOON}} = {{p:Moon Ha-eun}} (researcher); {{r:HAN}} = {{r:Han Song-chol}} (witness)
Translation: {{p:Moon Ha-eun}}; proofread by {{p:Eli Marsh}}

{{p:MOON}}: Last time you said you mostly worked nights in summer. Why nights?
{{r:HAN}}: In {{u:Kuwait}} in July you cannot pour concrete at noon, it cracks. We started when the moon came up, around ten, and stopped at six in the morning. Then we slept in a container until the afternoon, if you can call that sleep.
{{p:MOON}}: Who decided the shifts?
{{r:HAN}}: The brigade leader, {{r:Yu Dok-man}}. Comrade {{r:Yu}} decided everything: shifts, food, who could phone home, who could go to the toilet.
{{p:MOON}}: How did you address him?
{{r:HAN}}: "Comrade brigade leader." Never by name. Only when he was not there we said "{{r:Dok-man}}", like he was a boy.
{{p:MOON}}: Where was the site?
{{r:HAN}}: Near {{u:Jahra}}, a housing project with maybe two hundred villas. The main contractor was a Kuwaiti firm; our company only supplied men. There were Indians and Bangladeshis on the same site. One Indian, {{p:Biju}}, from {{u:Kerala}}, used to share his cold water with us. {{r:Yu}} said if he saw us talking with {{p:Biju}} again he would send us home.
{{p:MOON}}: Did anyone fall ill from the heat?
{{r:HAN}}: Many. {{p:Kil Myong-u}} fainted on a roof in August 2016. We carried him down. Mr {{r:Yu}}'s order was: no hospital, no Kuwaiti doctor. We put him under the water tank with wet cloths. He was lucky.
{{p:MOON}}: And you? You were young then.
{{r:HAN}}: I was strong. They called me "{{r:Song-chol}}-a, the ox". If you had a heavy job, you shouted for the ox.
{{p:MOON}}: When did you see your pay?
{{r:HAN}}: You mean, when was I told what my pay was? {{r:Yu Dok-man}} read out the numbers every quarter. Minus food, minus the loyalty fund, minus the flight. What you had left, you could not touch until the end of the contract.
{{p:MOON}}: Is there anything you want to add before we stop?
{{r:HAN}}: Only that the Bangladeshi foreman, Mr {{p:Rahman}}, was kind. If you ever find him, tell him {{r:Han}} from the Korean container says thank you.
[01:12:40 end of recording]""",
    },
    {
        "id": "h49-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Hyang-mi", "김향미", "witness", ["Hyang-mi", "KHM"]),
            ("Kim Hyok", "김혁", "relative", ["Hyok"]),
        ],
        "note": "Phone-call note with CRLF breaks, Donggang seafood plant; the client by initials and by a contact label of partial initials, a one-syllable given name with possessive, a Chinese manager's form of address, a broker with a title, a card seller called Auntie Sun beside the sun, note-taker initials.",
        "text": """PHONE NOTE
Date/time: 09/01/2024, 16:40-17:05 (incoming)
Taken by: {{p:J. Whitfield}}
Caller: {{r:Kim Hyang-mi}} ({{r:KHM}}, existing client, case 22-071)
Language: Korean, no interpreter (my Korean; {{p:Soo-jin}} checked the note afterwards)

- {{r:KHM}} calling from a new number; saved in the office phone as "{{r:HM}} new 2024".
- Says her brother {{r:Kim Hyok}} (b. 1994) is still at the seafood plant in {{u:Donggang}} outside {{u:Dandong}}. She heard this from a Korean-Chinese woman who sells phone cards near the plant gate, "Auntie {{p:Sun}}". The women call her that because she sits in the sun all day at her stall.
- {{r:Hyok}} cut his hand on a gutting knife in November. Stitched in the plant clinic, no hospital. Infection? Unclear.
- Plant manager is Chinese, called {{p:王总}} by everyone. Minder from the {{u:DPRK}} side: {{p:Ri}}, "the fat one".
- {{r:Hyang-mi}} wants to send 2,000 yuan through the broker she used before, Mr {{p:Bae}}. {{p:Bae}} asks 30% commission.
- I advised: do not send money through {{p:Bae}} until we have talked about it; gave her the number of our Korean-speaking lawyer.
- She cried when talking about {{r:Hyok}}'s hand. Said: "He is the only one left."
- Next call: Thursday 11 Jan, 5 pm. She prefers calls after 5 because of her shift at the bakery.
{{p:JW}}""",
    },
    {
        "id": "h49-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Chang-ho", "오창호", "witness", ["Oh Chang-ho", "Chang-ho"]),
            ("Kye Pyong-sam", "계병삼", "supervisor", []),
        ],
        "note": "Reviewer comments exported from a draft testimony, Qatar construction; surname O in a file name, beside the interjection 'Oh' and beside a vocative 'O Heaven', two spellings of the witness, the supervisor reduced to dotted initials, a cousin with the same surname, a Nepali foreman's given name, reviewers by full and given name.",
        "text": """COMMENTS EXPORT - testimony_{{r:O}}_qatar_v3.docx
Exported 12 March 2024. Comment threads in document order.

Comment by {{p:Nadia Farouk}} (p. 1, para 2)
"Mr {{r:O}} arrived in {{u:Doha}} in March 2014." The first interview says 2013. Please check with {{r:Chang-ho}} before this goes to the lawyers.
  Reply by {{p:Park Ji-hoon}}: He confirmed 2014 on the phone yesterday. Oh, and the site was in {{u:Lusail}}, not {{u:Al Wakrah}}. I have corrected it.
  Reply by {{p:Nadia Farouk}}: Thanks, resolving.

Comment by {{p:Nadia Farouk}} (p. 2, para 1)
We name {{r:Kye Pyong-sam}} as the man who took the passports and ran the punishment roster. Legal review needed before we name him in a public version.
  Reply by {{p:Park Ji-hoon}}: According to {{r:O}}'s cousin, {{p:O Mi-ran}}, {{r:Kye}} died in 2021. Even so, I suggest initials only: "{{r:K.P.S.}}, the brigade leader".
  Reply by {{p:Nadia Farouk}}: Agreed. "{{r:K.P.S.}}" throughout the public version, full name in the confidential one.

Comment by {{p:Ji-hoon}} (p. 3, para 4)
"The Nepali foreman {{p:Gopal}} let us use his phone." Has anyone asked whether he is comfortable being named? He may still be in {{u:Qatar}}.
  Reply by {{p:Nadia}}: Change to "a Nepali foreman". Keep {{p:Gopal}}'s name in the internal notes only.

Comment by {{p:Nadia Farouk}} (p. 4)
The draft mixes "{{r:Oh Chang-ho}}" and "{{r:O Chang-ho}}". He prefers the spelling from home. Use "{{r:O Chang-ho}}" throughout and give "{{r:Oh Chang-ho}}" once in a footnote as the name on his current ID card.

Comment by {{p:Park Ji-hoon}} (p. 5, last paragraph)
The closing line ("O Heaven, give me back those four years") sounds old-fashioned in English, but I would keep it. It is how {{r:Chang-ho}} said it in Korean, and {{p:Lisa}} in comms likes it too.""",
    },
    {
        "id": "h49-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kum-suk", "최금숙", "witness", []),
            ("Ryu Jin-hyok", "류진혁", "relative", ["Jin-hyok"]),
        ],
        "note": "Mother's account of her son's deployment to Vladivostok, first person, translated; the son by full name in both scripts and by given name, his wife by given name only, the late husband, a minder by surname, a Russian market woman by diminutive, interviewer initials.",
        "text": """FAMILY ACCOUNT
Given by: Mrs {{r:Choe Kum-suk}} (mother)
About: {{r:Ryu Jin-hyok}}, b. 1988, sent to {{u:Russia}} in 2017
Recorded by {{p:Esther Lim}}, 2 February 2024, in Mrs {{r:Choe}}'s flat in {{u:Incheon}}. Translated from Korean by {{p:Esther Lim}}. The account is in her words, shortened in places.

My son {{r:Jin-hyok}} was sent to {{u:Vladivostok}} in the spring of 2017. I had already left in 2014, so everything I know came through the broker's phone calls with my daughter-in-law, {{p:Ok-hwa}}. {{p:Ok-hwa}} said he went with a construction company from {{u:Wonsan}}, and that a man called {{p:Pyon}} was in charge of the group. My late husband, {{p:Ryu Sang-gon}}, once worked at the port with a {{p:Pyon}}. Maybe the same family, I do not know.

{{r:Jin-hyok}} was always the quiet one. He read everything, even the newspaper on the wall at the station, and his father used to say he would end up a teacher. Instead they sent him to lay bricks.

In 2018 a Russian woman telephoned me. I think her name was {{p:Lyuba}}. She sold food at the market next to the building site, and my son had asked her to call. She did not speak Korean. She said "{{r:Jin-hyok}} good, {{r:Jin-hyok}} work", and I understood only his name and "khorosho". After that I paid the broker to find {{p:Lyuba}} again, but the number did not work any more.

The last news was in 2020, when the borders closed. {{p:Ok-hwa}} said the workers could not come home and could not send anything. Since 2022 I hear nothing. I am telling you all this because if anyone from the {{u:Vladivostok}} sites comes out, maybe they know my son. His name is {{r:Ryu Jin-hyok}}, {{r:류진혁}}. He has a scar on his chin from falling off a bicycle.

Interviewer's note: Mrs {{r:Choe}} asked that her daughter-in-law's full name not be recorded anywhere. Only "{{p:Ok-hwa}}" is used in this file. ({{p:EL}})""",
    },
    {
        "id": "h49-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Myong-guk", "신명국", "witness", ["Myong-guk", "SMG"]),
            ("Ho Chang-il", "허창일", "official", []),
        ],
        "note": "Restricted protection memo, Ulaanbaatar construction; the witness mostly by initials with and without dots, an embassy official (fictional, private) by full name and surname, Mongolian landlord, partner and foreman by given name with a patronymic initial, memo signed with initials.",
        "text": """INTERNAL MEMO - RESTRICTED
To: Programme team ({{u:Seoul}}); cc {{p:Baasanjav}}
From: {{p:Rebecca Aldous}}, Protection Lead
Date: 21 June 2024
Re: Security of {{r:S.M.G.}} (witness, {{u:Mongolia}} construction case)

1. {{r:SMG}} ({{r:Sin Myong-guk}}) gave us three interviews in 2023 about the apartment blocks he built in the {{u:Khan-Uul}} district of {{u:Ulaanbaatar}} between 2016 and 2019.
2. On 14 June his former coworker, who is still in {{u:Mongolia}}, told our partner that a man from the embassy, {{r:Ho Chang-il}}, had asked the workers whether anyone was in contact with "{{r:Myong-guk}} the carpenter". {{r:Ho}} showed a photograph.
3. The Mongolian landlord who rented out the flat where {{r:S.M.G.}} hid for a week in 2019, {{p:Gantulga}}, has also been visited. Our partner {{p:Baasanjav}} spoke to {{p:Gantulga}} on 17 June; he is frightened but unharmed.
4. Decisions:
   a) {{r:SMG}} will not travel to {{u:Ulaanbaatar}} for the documentary shoot in August. The production company has been told (contact: {{p:Nomin Ts.}}).
   b) All files naming {{r:Sin}} in full move to the restricted drive. Shared documents use "{{r:SMG}}" only.
   c) {{p:Baasanjav}} keeps in contact with {{p:Gantulga}} weekly until October.
   d) Foreman {{p:Enkhbold D.}}, who helped {{r:SMG}} leave the site, is not to be contacted by phone at all.
5. {{r:Myong-guk}} himself was informed by {{p:Jae-won}} on 19 June. He took it calmly and said {{r:Ho}} "has a face everyone remembers".

{{p:R.A.}}""",
    },
    {
        "id": "h49-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Sol-hwa", "백솔화", "witness", ["Sol-hwa"]),
            ("Mun Jong-dae", "문종대", "supervisor", []),
            ("Ju Un-byol", "주은별", "coworker", ["Un-byol"]),
        ],
        "note": "Case meeting minutes, Hunchun garment factory; attendees with initials reused as action owners, a minder called Teacher Mun, a Chinese line manager by form of address, a coworker by given name with possessive and by surname with possessive, a staff member absent.",
        "text": """CASE MEETING - MINUTES
Date: 7 November 2023, 10:00-11:15 | Room 2 and video link
Present: {{p:Helen Okoye}} (chair, {{p:HO}}), {{p:Daniel Cha}} ({{p:DC}}), {{p:Seo Yun-ji}} ({{p:SYJ}}), {{p:Tomasz Wrona}} ({{p:TW}}, minutes)
Apologies: {{p:Lee Bo-ra}}

1. Minutes of 24 October approved.

2. Case 23-118, {{r:Paek Sol-hwa}}
{{p:DC}} summarised the second interview. Ms {{r:Paek}} worked from 2016 to 2019 in a garment factory in {{u:Hunchun}}, {{u:Jilin Province}}, sewing sportswear for export. The women's minder was {{r:Mun Jong-dae}}, called "Teacher {{r:Mun}}" by the workers. He locked the dormitory door from outside every night at ten; the door was opened again at six. The Chinese line manager, {{p:小刘}}, sometimes unlocked it early when there was a rush order.
{{p:SYJ}} noted that the factory name {{r:Sol-hwa}} gives does not match the one in the 2019 media reports; to check.
{{p:HO}}: the consent form for the public report is still unsigned. {{r:Sol-hwa}} wants to read the English version first.

3. Statement of {{r:Ju Un-byol}}
{{r:Un-byol}}'s statement (taken by {{p:Lee Bo-ra}} in September) corroborates the locked door and the Sunday political sessions led by {{r:Mun}}. {{p:TW}} asked whether the two women are still in contact; {{p:DC}} says yes, weekly. Decided: neither woman is told what the other said until both statements are final.

4. AOB
{{p:SYJ}} on leave 20-24 November.

Actions
- {{p:SYJ}}: call {{r:Sol-hwa}} about the consent form, by 14 Nov.
- {{p:DC}}: translate {{r:Ju}}'s statement into English, by 21 Nov.
- {{p:TW}}: check the factory name against the media reports.
- {{p:HO}}: ask legal whether "Teacher {{r:Mun}}" can be named.

Next meeting: 21 November, 10:00.""",
    },
    {
        "id": "h49-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Il-su", "강일수", "witness", ["Il-su", "Kan Ir Su"]),
            ("Pak Nam-hyok", "박남혁", "coworker", []),
        ],
        "note": "E-mail thread with a Polish partner about Gdynia shipyard welders; e-mail local parts that spell names beside a role account, a Russian-style spelling from HR records, a quoted Polish sentence with declined surnames (Wiśniewskim, Kana, Paka), a Polish nickname for an unknown worker, a volunteer by diminutive, signatures.",
        "text": """From: {{p:Sarah Kwon}} <{{p:sarah.kwon}}@openbridge-ngo.org>
To: {{p:Marta Zielińska}} <{{p:m.zielinska}}@fundacja-przystan.pl>
Cc: cases@openbridge-ngo.org
Date: Tue, 5 Mar 2024 09:12 +0900
Subject: Re: welders in {{u:Gdynia}} 2016-2018

Dear {{p:Marta}},

Thank you so much. Yes, please go ahead and ask pan {{p:Wiśniewski}} about {{r:Pak Nam-hyok}}. {{r:Il-su}} is sure they worked in the same hull section. If the HR records say "{{r:Kan Ir Su}}", that is almost certainly {{r:Kang Il-su}}; the Polish forms used the Russian-style spelling from their documents.

Best,
{{p:Sarah}}
--
{{p:Sarah Kwon}} | Case Officer

On Mon, 4 Mar 2024 at 17:40, {{p:Marta Zielińska}} <{{p:m.zielinska}}@fundacja-przystan.pl> wrote:
> Dear {{p:Sarah}},
> I spoke yesterday with our volunteer {{p:Krzysiek}}, who used to work at the yard. He remembers two Koreans from the welding crew, "{{r:Kan}}" and a taller one everybody called "{{p:Długi}}" (the Long One).
> He also gave me the name of the former HR manager, pan {{p:Andrzej Wiśniewski}}. In his words: "Rozmawiałem z panem {{p:Wiśniewskim}} w zeszłym roku, on pamięta {{r:Kana}} i jego kolegę {{r:Paka}}."
> I can write to pan {{p:Wiśniewski}} if you agree. He is retired and lives in {{u:Sopot}}.
> Pozdrawiam,
> {{p:Marta}}
>
>> On Fri, 1 Mar 2024, {{p:Sarah Kwon}} wrote:
>> Our client {{r:Kang Il-su}} (b. 1981) worked as a welder at a shipyard in {{u:Gdynia}} through a Polish subcontractor from 2016 to 2018. He lost contact with his roommate, {{r:Pak Nam-hyok}}, when the group was moved in 2018. Could anyone at the yard remember them?""",
    },
    {
        "id": "h49-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Un-gyong", "장은경", "witness", ["Un-gyong", "UG"]),
        ],
        "note": "Chat export between two staff, lower-case typing; emoji right after names, a zero-width space inside the witness's given name, her initials, a restaurant minder known only by a nickname, doenjang beside the surname Jang, a pastor by title and surname, WeChat as a platform.",
        "text": """{{u:Signal}} export - "casework late" - 2 March 2024
[21:14] {{p:Mina}}: just off the phone with {{r:Un-\u200bgyong}} 😮‍💨
[21:15] {{p:Ollie}}: how is she
[21:15] {{p:Mina}}: shaken. someone from the restaurant in {{u:Shenyang}} found her cousin on {{u:WeChat}} and asked where "the tall waitress" lives now
[21:16] {{p:Ollie}}: the minder?
[21:16] {{p:Mina}}: she thinks so. the one she calls "{{p:Big Ears}}", she never knew his real name
[21:17] {{p:Ollie}}: 😬 does {{r:UG}} want us to report it to the police?
[21:18] {{p:Mina}}: not yet. she wants to talk to Pastor {{p:Yoon}} first
[21:18] {{p:Mina}}: she was literally making doenjang jjigae when I called, said "I'm fine I'm fine" and then cried for ten minutes
[21:19] {{p:Ollie}}: poor thing 💔
[21:20] {{p:Ollie}}: I'll put a note in the file: {{r:Jang}} case, 2 Mar, possible contact attempt via cousin
[21:21] {{p:Mina}}: pls don't write the cousin's name, just "cousin"
[21:21] {{p:Ollie}}: 👍
[21:23] {{p:Mina}}: also she asked if {{p:Hyun-woo}} can do the next interview. she liked him last time
[21:24] {{p:Ollie}}: sure, I'll ask him tmrw. night {{p:Mina}} 🌙
[21:24] {{p:Mina}}: night 🙏 and thanks. {{r:Un-gyong}}🙏 said thanks too""",
    },
    {
        "id": "h49-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Un-chol", "김은철", "witness", ["Eunchul Kim", "Eunchul"]),
        ],
        "note": "Employer's interview feedback form for a warehouse post; the candidate under a South Korean spelling in Western name order, panel members by full name and as initials in table column heads and comment labels, an NGO referral contact with title, a former foreman named by the candidate, a referee, a colleague's team by possessive.",
        "text": """CANDIDATE INTERVIEW FEEDBACK FORM
Role: Warehouse Team Leader (req. 2024-WH-017), distribution centre, {{u:Incheon}}
Candidate: {{r:Eunchul Kim}} (referral via job-placement partnership; NGO contact: {{p:Grace Ahn}})
Interview date: 19 April 2024, 14:00
Panel: {{p:Rakesh Patel}} (Operations Manager), {{p:Jin Woo-seok}} (HR Business Partner), {{p:Lindsey Moore}} (Shift Supervisor)

Scores (1 = weak, 5 = strong)
Criterion                 | {{p:RP}} | {{p:JWS}} | {{p:LM}}
Team leadership           | 4  | 4   | 5
Safety awareness          | 5  | 4   | 5
Systems / WMS experience  | 2  | 2   | 2
Communication (Korean)    | 4  | 3   | 4
Communication (English)   | 2  | 2   | 3

Comments
{{p:RP}}: {{r:Eunchul}} described running a crew of 30 on a building site in {{u:Kuwait}} and a logging team in {{u:Russia}}. Very concrete answers about load safety. No WMS experience; trainable.
{{p:JWS}}: The candidate was open about his background. At one point he named his former foreman ("Mr {{p:Cha}} never let us rest") and then apologised for bringing it up. I told him it was fine. Mr {{r:Kim}} may need support with shift paperwork in the first month.
{{p:LM}}: Strong yes. Best answer of the day on handling a worker who refuses an unsafe lift. Would fit well on nights with {{p:Danny}}'s team.

Reference check: Mr {{p:Daniel Reyes}} (vocational trainer, forklift course) - positive, by phone 22 April.
Recommendation: Offer (unanimous). Start date to be agreed with {{r:Eunchul}} and Ms {{p:Ahn}}.
Signed: {{p:R. Patel}}""",
    },
    {
        "id": "h49-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chung-il", "박충일", "witness", ["Park Choong-il", "Choong-il"]),
        ],
        "note": "University admission recommendation letter from the NGO's education coordinator; the applicant only under his ROK spelling, by given name and with possessive, a Tajik coworker who gave him a dictionary, a younger student by a given name that is also a word, the writer with a title, real universities and cities.",
        "text": """To the Admissions Committee
{{u:University of Leeds}}, School of Languages, Cultures and Societies

15 January 2024

Letter of recommendation for Mr {{r:Park Choong-il}}

It is a pleasure to recommend Mr {{r:Park Choong-il}} for the BA in Russian and Linguistics. I have known {{r:Choong-il}} for three years as the coordinator of our education programme for North Korean refugees in {{u:Seoul}}, where he attended our weekly English seminar and later worked as a volunteer tutor.

{{r:Choong-il}}'s path to higher education has been unusual. From 2014 to 2018 he worked on construction sites in {{u:Moscow}} as part of a state-dispatched brigade and was not allowed to leave the dormitory except in a group. A Tajik coworker, {{p:Farrukh}}, gave him a pocket Russian-English dictionary, and he learned both languages from it at night, keeping it inside a cement-bag liner. When I first met him he could recite whole pages of it. After arriving in {{u:South Korea}} in 2020 he completed his high-school equivalency in one year and reached IELTS 7.0 the year after.

In our seminar Mr {{r:Park}} was the student the others turned to. He tutored two younger students, one of them a girl called {{p:Haneul}}, whom he helped through her university entrance essays; {{p:Haneul}} now studies at {{u:Ewha Womans University}}. He is patient, precise and honest about what he does not know.

I recommend him without reservation. Please contact me if you need anything further.

Yours faithfully,

Dr {{p:Fiona McAl\u00adlister}}
Education Coordinator
cc: {{r:Park Choong-il}}; {{p:Lee Se-young}} (programme manager)""",
    },
    {
        "id": "h49-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Sun-hui", "리순희", "witness", ["Lee Soon-hee", "Sun-hui", "이순희"]),
            ("Choe Dong-hwan", "최동환", "other", ["Choi Dong-hwan"]),
        ],
        "note": "Broker's debt-collection demand letter in broken English with a caseworker's bracketed annotations; the debtor in capitals and in South Korean Hangul, the broker in capitals, DPRK spelling and by title, an agent by title and surname, an account holder in capitals, staff initials, real bank and route places.",
        "text": """HANBIT GLOBAL CONSULTING
FINAL DEMAND NOTICE
Date: 2024.02.19
To: Ms. {{r:LEE SOON HEE}} ({{r:이순희}})
Re: unpaid service fee for "travel assistance" 2019

Dear Ms. {{r:LEE}},

According to our record you are still owe the amount of KRW 12,000,000 (twelve million won) for service provided to you in 2019 by Mr. {{r:CHOI DONG HWAN}}, representative. [CW: i.e. the broker who took {{r:Sun-hui}} from {{u:Kunming}} through {{u:Laos}} to {{u:Bangkok}}. "Travel assistance" = the crossing of the {{u:Mekong}}.]

You promised to pay from the settlement money you receive from {{u:Korea}} government. [CW: she says she never signed anything. The "promise" was oral, in a safe house in {{u:Vientiane}}.]

If you not pay until 2024.03.15 we will take legal action and inform to your workplace and your church. [CW: threat. Her pastor already knows, no problem there. The workplace would be a problem.]

Please transfer to below account:
  Bank: {{u:Kookmin Bank}}
  Account holder: {{p:OH YOUNG SOOK}}
  [CW: not the broker's own name. {{r:Sun-hui}} thinks it is {{r:Choe}}'s wife.]

For question contact our agent Mr. {{p:Jung}} (010-5528-XXXX).

Sincerely,
Office of Mr. {{r:Choi}}

---
[CW summary, 20 Feb 2024: {{r:Ri Sun-hui}} brought this letter to the office. It arrived by post at her home address, which means {{r:Choe Dong-hwan}} or his agent knows where she lives. Referred to legal aid; police report to be discussed with her on Friday. - {{p:MK}}]""",
    },
    {
        "id": "h49-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-sun", "김옥순", "witness", ["Ok-sun"]),
            ("Pak Se-hun", "박세훈", "witness", ["Se-hun"]),
        ],
        "note": "Translation agency quotation with a line-item table; witnesses' names in file names (surname, joined name, capitals), a letter from a witness's mother, assigned linguists from several countries, the client contact, a proofreader's initials, a project manager's signature.",
        "text": """QUOTATION No. Q-2024-0388
Lingua Bridge Translations Ltd
Date: 8 May 2024 | Valid until: 7 June 2024
Client: Open Bridge (NGO) | Contact: {{p:Hyun Da-eun}}, Programme Officer

Item | Source file                              | Pair               | Words | Rate  | Amount
1    | statement_{{r:Pak}}_RU.pdf                       | RU>EN              | 4,820 | £0.11 | £530.20
2    | statement_{{r:Pak}}_KO.docx                      | KO>EN              | 6,115 | £0.12 | £733.80
3    | letter_{{r:kim_oksun}}_mother.jpg                | KO>EN (handwritten)|   740 | £0.18 | £133.20
4    | wechat_screens_{{r:SEHUN}}.zip                   | ZH>EN              | 1,300 | £0.14 | £182.00
5    | Sworn certification of items 1-4         |                    |       | flat  | £120.00
Subtotal £1,699.20 | VAT 20% £339.84 | Total £2,039.04

Assigned linguists
- RU>EN: {{p:Anastasia Belova}} (MCIL)
- KO>EN: {{p:Yoo Ji-won}}; handwritten item 3 double-checked by {{p:Kim Tae-yang}}
- ZH>EN: {{p:Zhou Min}}
- Proofreading: {{p:DW}}

Notes
1. Item 3 is partly illegible; unreadable words will be marked [illegible], not guessed. The letter is addressed to "my {{r:Ok-sun}}" and signed by her mother; we will keep the names exactly as written.
2. Names will be transliterated as in the client's glossary (e.g. {{r:Pak Se-hun}}, {{r:Kim Ok-sun}}).
3. Turnaround: 10 working days from written confirmation.

Prepared by: {{p:Olivia Grant}}, Project Manager""",
    },
    {
        "id": "h49-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [],
        "note": "Volunteer application form with a safeguarding declaration, no registered persons; the applicant in two name orders, in capitals, by an English preferred name, in an e-mail local part and by initials, her father as emergency contact, referees with titles, a real alternative school, university and bridge.",
        "text": """VOLUNTEER APPLICATION FORM (v. 2023)

Section A - About you
Full name (as on ID): {{p:SEO Hye-jin}}
Preferred name: {{p:Jinny}}
Date of birth: 1999-08-30
E-mail: {{p:hyejin.seo}}99@gmail.com
Languages: Korean (native), English (C1), Russian (B1)
Emergency contact: {{p:Seo Man-sik}} (father), 010-****-6620

Section B - Experience
Have you worked with North Korean refugees before? Yes. I tutored maths at {{u:Yeomyung School}} in 2021-2022 (supervisor: Ms {{p:Choi Eun-ha}}).
Why do you want to volunteer with us?
"During my exchange year in {{u:Vladivostok}} I often saw North Korean workers on a building site near the {{u:Golden Bridge}}. Nobody spoke to them. I would like to help with Russian-language documents, for example work permits and hospital papers."

Section C - Referees
1. Prof. {{p:Alan Brightwater}}, Department of Russian Language and Literature, {{u:Korea University}}
2. {{p:Kim Na-rae}}, team leader at my part-time job

Section D - Safeguarding declaration
I, {{p:Seo Hye-jin}}, declare that I have no criminal convictions and no pending proceedings. I understand that I must never share the names, photographs or locations of clients, inside or outside the organisation, and that breaking this rule ends my volunteering.
Signature: {{p:H.J. Seo}}    Date: 2023-11-02

For office use: checked by {{p:YK}} / criminal record certificate received: Y""",
    },
    {
        "id": "h49-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ho", "강철호", "witness", ["Daniel"]),
        ],
        "note": "Webinar attendee and Q&A export; the witness appears only under his church name (in Latin and in Hangul with 님), attendee display names (a device name, a possessive device name, a lower-case login with digits, initials, a Hangul name), e-mail local parts, a role account, questioners by name, a host reminder.",
        "text": """Webinar Report - Attendees and Q&A
Topic: Workers Abroad: Voices from the {{u:Russian Far East}}
Webinar ID: 845 2210 7731 | Date: 2024-04-25 19:00 KST | Platform: {{u:Zoom}}
Host: {{p:Ana Teixeira}}
Panelists: {{r:Daniel}} (witness, camera off, voice only); Dr {{p:Sung-min Yoon}}; interpreter {{p:Yuna K.}}

Attendees (41 registered, 33 attended) - extract
User Name (Original Name) | Email | Join Time | Leave Time | Duration (Min.)
{{p:Kwame Mensah}} | {{p:kmensah}}@ug.edu.gh | 18:58 | 20:31 | 93
Galaxy S21 |  | 19:02 | 19:40 | 38
{{p:jpark}}88 | {{p:jpark}}88@naver.com | 19:03 | 20:31 | 88
{{p:박지수}} |  | 19:05 | 20:10 | 65
{{p:Liam}}'s iPhone |  | 19:07 | 20:31 | 84
{{p:ＴＫ}} |  | 19:10 | 19:55 | 45
Conference Room B | rooms@openbridge-ngo.org | 19:00 | 20:31 | 91
{{p:Olena Hrytsenko}} | {{p:o.hrytsenko}}@gmail.com | 19:12 | 20:31 | 79

Q&A
1. {{p:Liam O'Connor}}: Did {{r:Daniel}} ever have any contact with Russian trade unions?
   Answered live (Dr {{p:Yoon}}).
2. Anonymous Attendee: How much of the salary did the workers actually keep?
   Answered live ({{r:Daniel}}, via interpreter).
3. {{p:박지수}}: {{r:다니엘}} 님, 지금 가족분들과 연락이 되시나요?
   Dismissed by host (safety).
4. {{p:Kwame Mensah}}: Is the interpreter, {{p:Yuna}}, available for a research interview?
   Answered by text: please write to the host.

Host note to panelists (private chat, 19:01): Reminder - use "{{r:Daniel}}" only. Do not say where he lives now or name his brigade leader.""",
    },
    {
        "id": "h49-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Min-sik", "황민식", "witness", ["Min-sik"]),
            ("Hwang Sun-a", "황순아", "relative", ["Sun-a", "Suna", "Bora"]),
            ("Ri Kwang-bom", "리광범", "supervisor", ["The Accountant"]),
        ],
        "note": "Ghostwriter's chapter outline of a memoir, long; chapter titles containing names, a brigade leader known as The Accountant (also the ordinary word accountant), the sister by given name in two spellings and under the pseudonym chosen for publication beside the colour word 보라, a bunkmate and his planned pseudonym, Russian couple with patronymic, a Bangladeshi engineer, the editor by given name, real places and one real public figure.",
        "text": """MEMOIR - CHAPTER OUTLINE (draft 2)
Working title: Forty Below, Fifty Above
Narrator: {{r:Hwang Min-sik}}
Prepared by {{p:Imogen Hale}} for {{p:Tom}} (editor), 3 June 2024

A note on names. {{r:Min-sik}} is happy to appear under his own name. His sister is not: in the book she becomes "{{r:Bora}}", his choice, because 보라 (purple) was their grandmother's favourite colour. In this outline I still use her real name, {{r:Sun-a}}, so that he can check the facts; the find-and-replace to "{{r:Bora}}" happens before the manuscript goes to the typesetter. Everyone still in {{u:North Korea}} gets a new name too (list at the end).

PART ONE: HOME
1. "{{u:Chongjin}}, 1998." The famine winter. {{r:Min-sik}} is ten; his mother sells noodles at the market. The frozen river, the boy who falls through the ice. About 20 pages.
2. "{{r:Suna}} and the rabbit." His little sister {{r:Suna}} (the family spelling; keep it in dialogue) keeps a rabbit in a box on the balcony. The rabbit is eaten in February. She does not speak to him for a week.
3. "Army." Ten years of service in {{u:Kangwon Province}}. Brief: he does not want more than 15 pages here.

PART TWO: FORTY BELOW
4. "The train to {{u:Khabarovsk}}." 2011. Selection, bribes, the medical, the border at {{u:Tumangang}}. Introduce {{p:Ko Yong-sik}}, his bunkmate, who plays the harmonica and cannot keep quiet.
5. "{{r:The Accountant}}." The brigade leader {{r:Ri Kwang-bom}}, who keeps two ledgers and whom everyone calls {{r:The Accountant}}. Key scene: {{r:Ri}} counting roubles on his bunk while the men watch. {{r:Min-sik}} remembers the numbers exactly. (Check with him: did the camp also have a real accountant, a civilian from the company? He mentioned "the accountant from {{u:Pyongyang}}" once. If so we need to keep the two apart on the page.)
6. "Forty below." Logging at minus forty near {{u:Chegdomyn}}. The death of {{p:Yong-sik}}'s cousin under a trailer. The Russian driver {{p:Tolya}} and his wife {{p:Galina Petrovna}}, who feed the men pelmeni behind the shop.
7. "Letters to {{r:Suna}}." The letters he wrote and never sent. Two will be reproduced in italics; he rewrote them from memory in 2021.

PART THREE: FIFTY ABOVE
8. "Sand." 2015, transfer to {{u:Kuwait}}. Villas outside {{u:Kuwait City}}, fifty degrees in the shade, work at night.
9. "Mr {{p:Rahim}}." The Bangladeshi site engineer who lends him a phone. First call to his sister in four years; she is already in {{u:China}}.
10. "{{r:The Accountant}} again." {{r:Ri Kwang-bom}} reappears, now as the company representative in {{u:Kuwait}}. Their last conversation.

PART FOUR: SOUTH
11. "Escape." 2017. The taxi, the {{u:Embassy of the Republic of Korea in Kuwait}}, six weeks of waiting.
12. "{{u:Hanawon}}." Three months of classes. He meets {{r:Sun-a}} again at the gate on the day he leaves. Big scene: the book should open with a flash-forward to this moment.
13. "Now." Life in {{u:Busan}}, the night shift at the port. Ends with him watching the television news of {{u:Kim Jong Un}} arriving in {{u:Vladivostok}} in April 2019 and switching it off.

Name changes for people who may still be in the North (to confirm with {{r:Min-sik}}):
- {{p:Ko Yong-sik}} becomes "{{p:Chang-su}}".
- {{r:The Accountant}} stays "{{r:The Accountant}}"; his real name does not appear in the book at all.
- {{p:Tolya}} and {{p:Galina Petrovna}}: {{r:Min-sik}} would like to ask them first, but he has had no contact since 2014.
- Mr {{p:Rahim}}: real name can stay (he gave permission in 2019, by e-mail).

{{p:IH}}""",
    },
    {
        "id": "h49-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chol-u", "양철우", "witness", ["Chol-u"]),
        ],
        "note": "Literary translator's query sheet to a memoir author with the author's answers; Hangul names with particles and the affectionate suffix inside an English table, the author's surname with the suffix 가 and in English, the surname 양 discussed as a pun (unmarked), a Russian driver nicknamed 곰 / Bear beside a real bear, a brigade leader's surname 마 beside the imperative 마, Cyrillic place name.",
        "text": """TRANSLATOR'S QUERIES - 겨울 벌목장 by {{r:Yang Chol-u}}
Translator: {{p:Niamh Gallagher}} | Round 2 | 12 July 2024
The author's answers are in the last column (typed by {{p:Ben}} during the call on 15 July).

# | Page | Korean | Query | Author's answer
1 | 12 | {{p:최동길}}은 반장의 오른팔이었다 | Is {{p:최동길}} the same person as "{{p:동길}}이" on p. 34? If so, may I use "{{p:Dong-gil}}" throughout? | Yes, same man. "{{p:Dong-gil}}" is fine.
2 | 19 | "{{r:양}}가 놈이 또 늦었네" | The foreman calls the narrator "{{r:양}}가 놈". Is it contemptuous, like "that {{r:Yang}} fellow"? | Yes, rude. "That {{r:Yang}} bastard" is closer.
3 | 51 | 성이 양이라 양고기 소리를 들었다 | A pun on the surname 양 (sheep). Keep the pun and add a footnote? | Keep it. Everyone in the camp made that joke.
4 | 77 | {{p:곰}} 아저씨가 트럭을 세웠다 | Is "{{p:곰}} 아저씨" the Russian driver? I have "Uncle {{p:Bear}}". Or should he have a Russian name? | His name was {{p:Misha}}, but we only ever called him {{p:곰}}. "Uncle {{p:Bear}}" is good.
5 | 80 | 곰이 길을 막고 서 있었다 | A real bear here, I assume? | Yes, a real bear. We waited two hours.
6 | 103 | {{p:순옥}}이한테 편지를 썼다 | Who is {{p:순옥}}? She is not introduced earlier. | A girl from my village. Please add "a girl from home".
7 | 140 | {{p:마}} 반장이 "하지 마!" 하고 소리쳤다 | {{p:마}} is a surname here, not a second 마 ("don't")? | Yes, {{p:Ma}} was his surname. "Brigade leader {{p:Ma}}".
8 | 151 | {{u:Тында}} | The Russian place name is left in Cyrillic. Transliterate as {{u:Tynda}}? | Yes.

Note from {{p:Niamh}}: {{r:Chol-u}}, thank you for your patience with all of these. Only the glossary is left. - {{p:N.G.}}""",
    },
    {
        "id": "h49-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Yong-ae", "서영애", "witness", ["Yong-ae", "YA"]),
            ("Thongchai Srisuk", "통차이 스리숙", "other", ["Thongchai"]),
        ],
        "note": "Annotated location-sharing log from a Mekong crossing; the witness by initials inside a device name and in notes, surname So beside 'so' and 'so far', a Thai guide by given name, in a device name and with Khun, a Lao driver's nickname, two unregistered companions, a lawyer by nickname, coordinates, real towns and river, ops initials.",
        "text": """LOCATION LOG - operation "River" - annotated by {{p:Dae-ho}} (ops), exported from the shared-location app
Device A = "{{r:YA}} phone" (carried by {{r:So Yong-ae}}); Device B = "{{r:Thongchai}} 2" (guide)
All times ICT (UTC+7).

02:14 | A | 20.2765 N, 100.4158 E | {{u:Huay Xai}} riverside | battery 31% | {{r:YA}} says the Lao driver "{{p:Noy}}" left them at the guesthouse as agreed.
02:40 | B | 20.2790 N, 100.4122 E | same | {{r:Thongchai}} confirms the boat is ready; asks 5,000 baht extra. Told him no, so he said fine, same price.
02:58 | A | (no fix) | - | phone off?
03:21 | A | 20.2811 N, 100.0931 E | on the {{u:Mekong}} | moving.
03:29 | A | 20.2738 N, 100.0890 E | {{u:Chiang Saen}} bank (TH) | landed. {{r:So}} texted "도착" (arrived). So far so good.
03:30 | B | 20.2741 N, 100.0885 E | same | Khun {{r:Thongchai}} walking them to the road.
04:10 | A | 20.2690 N, 100.0840 E | police post | {{r:Yong-ae}} and the two others at the post. The officer speaks a little English. Names given to police: {{r:SO YONG AE}}, {{p:RI CHUN HWA}}, {{p:KANG JI HYOK}} (15 y.o.).
05:00 | A | battery 4% | last fix.
09:20 | call from {{p:Pim}} (lawyer, {{u:Chiang Rai}}): all three transferred to {{u:Chiang Rai}}, okay.

Annotation: delete this log from the shared drive after 30 days. Coordinates stay sensitive for future operations even though {{r:YA}} is safe. - {{p:DH}}""",
    },
    {
        "id": "h49-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chol-man", "리철만", "witness", ["철만"]),
            ("Kim Yong-sam", "김용삼", "supervisor", []),
        ],
        "note": "Korean interview summary, Vladivostok construction; particles after names, the brigade leader as surname plus 반장, the witness's given name with 이 and with the vocative 아, full name with a vocative 이, Russian and Uzbek coworkers in Hangul, ordinary words 이상, 문, 장 near names, a station and a UN body as public names.",
        "text": """면담 요약서 (2차)

면담 대상: {{r:리철만}} (남, 1983년생, {{u:함경북도}} {{u:청진시}} 출신)
면담자: {{p:정유나}} / 기록: {{p:오세현}}
일시: 2024년 3월 12일(화) 14:00~16:30
장소: 본 단체 상담실

1. 파견 경위
{{r:리철만}} 씨는 2016년 4월 {{u:평양}}에서 열차로 {{u:두만강역}}을 거쳐 {{u:러시아}} {{u:블라디보스토크}}로 파견되었다고 진술함. 파견 전 "충성자금" 명목으로 200달러를 냈으며, 이 돈은 처가에서 빌렸다고 함.

2. 작업반장 {{r:김용삼}}
작업반장은 {{r:김용삼}}으로, 현장에서는 모두 "{{r:김}} 반장"이라고 불렀음. {{r:김용삼}}은 도착 첫날 여권을 걷어 금고에 넣었고, 금고 열쇠는 늘 목에 걸고 다녔다고 함. 본인은 "{{r:김}} 반장이 숙소 문을 잠그면 아무도 못 나갔다"고 말함.
반장은 평소 {{r:철만}}이를 "{{r:철만}}아" 하고 불렀는데, 화가 나면 성까지 붙여 "{{r:리철만}}이!" 하고 소리쳤다고 함.

3. 동료 및 현지인
- 같은 방을 쓴 {{p:변}} 씨 (이름 모름, 50대, 목수)
- 러시아인 현장감독 {{p:사샤}}: {{u:북한}} 노동자들에게 담배를 나눠 주었음.
- {{u:우즈베키스탄}} 출신 인부 {{p:루스탐}}: 점심 때 빵을 바꿔 먹었음. 본인은 {{p:루스탐}}에게서 러시아어를 조금 배웠다고 함.

4. 임금 및 노동시간
월 명목임금은 약 4만 루블이었으나 실제 손에 쥔 돈은 월 50~100달러 수준. 오전 7시부터 밤 10시까지 작업, 일요일 오전만 휴식. 주말에는 인근 시장에서 장을 보는 것이 허용되었으나 반드시 3인 1조로 다녀야 했음.

5. 기타
- 건강 상태: 특별한 이상 없음 (허리 통증 호소).
- 2019년 말 {{u:유엔 안보리}} 결의에 따른 송환 시한 직전 현장을 이탈, 2020년 {{u:한국}} 입국.
- 다음 면담 때까지 {{p:변}} 씨의 이름을 기억해 보겠다고 함.

작성: {{p:오세현}} / 확인: {{p:정유나}}""",
    },
    {
        "id": "h49-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Hyon-u", "강현우", "witness", ["현우"]),
            ("Pak Ki-chol", "박기철", "supervisor", []),
        ],
        "note": "Korean Q&A transcript, Kuwait; one-syllable surname speaker labels (윤, 강) beside the ordinary word 강 (river) and the Taedong River, the witness's name in an audio file name, the supervisor by full name and as surname plus 지배인, an Egyptian foreman in Hangul, a coworker by given name with 이요 and 이가.",
        "text": """녹취록 (발췌)
파일명: 20231107_{{r:강현우}}_02.m4a
참석: {{p:윤서진}}(면담자), {{r:강현우}}(진술인)
※ 화자 표기: {{p:윤}} = {{p:윤서진}}, {{r:강}} = {{r:강현우}}

{{p:윤}}: {{u:쿠웨이트}}에는 언제 도착하셨어요?
{{r:강}}: 2015년 7월이요. 비행기 문이 열리는데 숨이 턱 막혔어요. 그렇게 더운 데는 처음이었어요.
{{p:윤}}: 현장은 어디였나요?
{{r:강}}: {{u:자흐라}} 쪽 주택 단지요. 빌라만 이백 채 넘게 짓는 데였어요.
{{p:윤}}: 책임자는 누구였어요?
{{r:강}}: {{r:박기철}}이라고, 우린 "{{r:박}} 지배인"이라고 했어요. 여권은 그 사람이 도착하자마자 다 걷어 갔지요.
{{p:윤}}: 현지 사람 중에 기억나는 사람이 있으세요?
{{r:강}}: 이집트 사람 감독이 있었는데, {{p:무함마드}}... 아니, {{p:하미드}}였나. 물을 많이 갖다줬어요. {{r:박}} 지배인은 그 사람하고 말하지 말라고 했고요.
{{p:윤}}: 고향 생각은 많이 나셨어요?
{{r:강}}: 밤에 컨테이너에 누워 있으면 {{u:대동강}} 생각이 났어요. 여름이면 강에 나가서 멱을 감았거든요. 거기는 강이 없잖아요. 모래뿐이지.
{{p:윤}}: 동료 중에 지금도 연락되는 분이 있나요?
{{r:강}}: {{p:승철}}이요. {{p:차승철}}. 같이 나왔어요. 지금 {{u:부산}}에 살아요.
{{p:윤}}: 그분도 면담이 가능할까요?
{{r:강}}: 제가 물어볼게요. {{p:승철}}이가 원래 말을 잘 안 해서...
(이하 생략)""",
    },
    {
        "id": "h49-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jo Ok-hui", "조옥희", "witness", ["옥희"]),
            ("Pang Chol-su", "방철수", "relative", ["철수"]),
        ],
        "note": "Korean phone-call memo with CRLF breaks, Hunchun seafood plant; the husband's surname 방 alone beside the ordinary word 방 (room), a broker as surname plus 사장, the caller by given name plus 씨, a Korean-Chinese woman, WeChat in Hangul, the staff member by surname alone.",
        "text": """■ 전화 상담 기록
일시: 2024-05-20(월) 10:12~10:40
수신: {{p:한소율}} (상담팀)
발신: {{r:조옥희}} (기존 내담자, 사례번호 21-044)

내용
- 남편 {{r:방철수}} 씨가 아직 {{u:중국}} {{u:훈춘}}의 수산물 가공공장에 있다고 들었다고 함.
- 소식은 브로커 {{p:최}} 사장에게서 들었다고 함. "{{r:철수}} 씨가 손을 다쳐서 일을 못 한다"고.
- 기숙사는 공장 3층, 방 하나에 12명이 잔다고 함. 방에는 창문이 없음.
- {{p:최}} 사장은 남편을 빼내 주는 대가로 300만 원을 요구. {{r:옥희}} 씨는 이미 100만 원을 보냈다고 함.
- {{r:방}} 씨의 공장 동료였다는 조선족 여성 {{p:김향란}}이 {{u:위챗}}으로 사진을 보내 줬다고 함 (사진 전달받기로 함).
- 통화 내내 많이 울었음. 잠을 못 잔다고 함.

조치
- 추가 송금하지 말 것을 권고함.
- {{p:김향란}}과의 대화 내용 캡처 요청.
- 심리상담 연계 여부는 다음 통화 때 확인.
- 다음 통화: 5/28(화) 오전. 담당 {{p:한}}.""",
    },
    {
        "id": "h49-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Tae-sik", "리태식", "witness", []),
            ("Ri Un-bi", "리은비", "relative", ["은비"]),
        ],
        "note": "Father's account of his daughter's restaurant work in Shenyang, typed by staff; the daughter by given name with 는, 가, 의, 에게 and the vocative 야, a restaurant manager 문 beside 문 (door), a Chinese owner 老孙, a coworker whose name 설화 is also the word for folk tale, 북한 식당 as a country noun.",
        "text": """가족 진술서
진술인: {{r:리태식}} (부, 1961년생)
대상: {{r:리은비}} (딸, 1995년생)
작성: {{p:김다온}} / 2024년 1월 18일, 본 단체 사무실

제 딸 {{r:은비}}는 2016년에 {{u:중국}} {{u:선양}}의 {{u:북한}} 식당으로 나갔습니다. 노래를 잘해서 뽑혔다고 들었습니다. 저는 그보다 먼저 2013년에 {{u:한국}}에 와 있었기 때문에, 딸 소식은 모두 브로커를 통해 들었습니다. {{r:은비}}의 사진은 한 장뿐입니다.

식당 지배인은 {{p:문}} 지배인이라는 남자였는데, 여자 종업원들을 밤 11시에 숙소로 데려가서 문을 밖에서 잠갔다고 합니다. {{r:은비}}가 한번은 아파서 병원에 가고 싶다고 했더니 {{p:문}} 지배인이 "참아라"라고만 했답니다.

식당 건물 주인은 {{u:중국}} 사람으로, 종업원들은 그를 {{p:老孙}}이라고 불렀습니다. {{p:老孙}}은 가끔 과일을 사다 주었다고 합니다.

딸과 가장 친했던 아이는 {{p:설화}}라는 종업원이었습니다. {{p:설화}}는 {{u:함흥}} 출신이고 춤을 잘 췄다고 합니다. 어릴 때 제가 {{r:은비}}에게 옛날 설화를 많이 들려주었는데, 딸이 그 친구 이름을 듣고 웃었다고 브로커가 전해 주더군요.

2019년 이후로는 소식이 끊겼습니다.
{{r:은비}}야, 아버지가 여기서 기다린다. (진술인이 마지막에 꼭 적어 달라고 한 말)

진술인 서명: {{r:리태식}}""",
    },
    {
        "id": "h49-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Yong-jin", "채용진", "witness", ["용진"]),
            ("Hong Man-ho", "홍만호", "supervisor", []),
        ],
        "note": "Korean reviewer comments on a draft testimony, Qatar; the witness's name 채용진 beside the ordinary word 채용 (hiring) and in a file name, reviewers by full name and surname alone, the supervisor as a single initial, a vocative quotation, Doha beside 도하 (river crossing) discussed as a word.",
        "text": """[증언록 초안 v2 검토 의견]
문서: {{r:채용진}}_{{u:카타르}}_증언록_v2.hwp
검토자: {{p:배수진}}, {{p:이도윤}} / 2024. 2. 6.

의견 1 ({{p:배수진}}) - 2쪽 셋째 문단
"{{r:채용진}} 씨는 2017년 {{u:카타르}} {{u:도하}}에 도착했다." 1차 면담 기록에는 2016년으로 되어 있음. 확인 필요.
 └ 답변 ({{p:이도윤}}): 본인에게 전화로 확인함. 2017년이 맞음. 1차 기록의 오기.

의견 2 ({{p:배}}) - 3쪽
"현지 채용 인력"이라는 표현이 {{u:네팔}}·{{u:인도}} 노동자를 가리키는 것인지? {{u:북한}} 노동자는 현지 채용이 아니므로 구분해서 쓸 것.
 └ 답변 ({{p:이}}): 수정함.

의견 3 ({{p:배수진}}) - 4쪽
작업반장 {{r:홍만호}}의 실명을 공개본에 쓸지 결정 필요. 본인은 "{{r:홍}} 반장은 아직 거기 있을 것"이라고 했음.
 └ 답변 ({{p:이도윤}}): 공개본에는 "작업반장 {{r:H}}"로 표기하기로 함.

의견 4 ({{p:배}}) - 5쪽 인용문
"{{r:용진}}아, 너는 왜 웃지 않냐" - 반장이 한 말로 되어 있는데, 반장이 이름을 이렇게 불렀다는 것이 맞는지?
 └ 답변 ({{p:이도윤}}): 본인 말로는 {{r:홍}} 반장이 기분 좋을 때만 "{{r:용진}}아"라고 불렀다고 함. 유지.

의견 5 ({{p:배수진}}) - 6쪽
"새벽에 도하했다"는 문장에서 "도하"가 지명인지 "강을 건넘(渡河)"인지 헷갈림. 내용상 강을 건넌 것이므로 "강을 건넜다"로 수정 권장.
 └ 답변 ({{p:이도윤}}): 반영함.""",
    },
    {
        "id": "h49-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Kyong-ae", "허경애", "witness", ["경애"]),
            ("Ri Myong-su", "리명수", "coworker", []),
        ],
        "note": "Korean case meeting minutes, Ulaanbaatar garment factory; attendees by full name then by surname alone as action owners (안 beside 안에서, 석, 마), an English-named staff member, the witness's son by one-syllable given name, a Mongolian factory director in Hangul, the coworker by surname plus 씨.",
        "text": """사례회의 회의록
일시: 2024년 4월 9일(화) 15:00~16:20
장소: 2층 회의실
참석: {{p:안태호}}(사회), {{p:석지원}}, {{p:마은솔}}, {{p:Michael Grant}}(영문 보고서)
기록: {{p:마은솔}}

안건 1. {{r:허경애}} 사례 (24-031)
- {{p:석지원}}: {{r:허경애}} 씨는 2017~2019년 {{u:몽골}} {{u:울란바토르}}의 봉제공장에서 일함. 공장 안 숙소에서 생활했고 외출은 월 1회 단체로만 가능했음.
- 몽골인 공장장 {{p:바트에르덴}}이 작업량을 정했고, {{u:북한}} 측 책임자는 따로 있었음 (이름 모름).
- {{r:경애}} 씨는 아들 {{p:준}}(12세)이 {{u:함흥}}에 있다고 함. 아들 이야기가 나오면 면담을 중단하고 싶어 함. 지난번에는 상담실 안에서 한참 울고 나오셨음.
- {{p:Michael}}: 영문 보고서에는 아들 이름을 쓰지 않기로 함.

안건 2. 동료 {{r:리명수}} 연락 건
- {{r:리명수}}는 같은 공장의 재단사. 현재 {{u:서울}} 거주, 연락처 확보.
- {{r:리}} 씨가 면담에 응할지는 미정. {{r:경애}} 씨가 먼저 말해 보겠다고 함.

결정 사항
1. {{r:허경애}} 씨 3차 면담 4/23. 담당 {{p:석}}.
2. {{r:리명수}} 씨 연락은 {{r:경애}} 씨 의사 확인 후 {{p:안}}이 진행.
3. 영문 요약 초안: {{p:Michael}}, 5월 첫 주까지.
4. 회의록 공유: {{p:마}}.

다음 회의: 4월 23일(화) 15:00""",
    },
    {
        "id": "h49-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Chol-guk", "윤철국", "witness", ["철국"]),
        ],
        "note": "KakaoTalk export between a staff member and a witness; a display name with a job title, the witness's given name with the copula 이에요 and emoji, a zero-width space inside a former minder's name, a coworker with 이 형, the witness's name in fullwidth capitals and in passport spelling, 한국 and 러시아 as country nouns.",
        "text": """{{r:윤철국}} 님과 {{u:카카오톡}} 대화
저장한 날짜 : 2024-02-04 10:15:22

--------------- 2024년 2월 3일 토요일 ---------------
[간사 {{p:유진}}] [오후 9:02] {{r:철국}} 씨 안녕하세요, 다음 주 면담 시간 정하려고 연락드렸어요 😊
[{{r:윤철국}}] [오후 9:10] 네 간사님 {{r:철국}}이에요 🙂 화요일 저녁 괜찮습니다
[간사 {{p:유진}}] [오후 9:11] 좋아요! 7시에 사무실로 오시면 돼요
[{{r:윤철국}}] [오후 9:13] 그리고 간사님 하나 여쭤볼 게 있는데요
[{{r:윤철국}}] [오후 9:13] 예전에 {{u:러시아}}에서 같이 있던 {{p:석\u200b만호}}가 {{u:한국}}에 왔다는 소문이 있어요
[{{r:윤철국}}] [오후 9:14] 그 사람 반장 밑에서 감시하던 사람이라 좀 무서워요 😥
[간사 {{p:유진}}] [오후 9:16] 걱정되시겠어요. 그 소문은 누구한테 들으셨어요?
[{{r:윤철국}}] [오후 9:18] {{p:영범}}이 형이요. {{u:인천}}에 사는
[간사 {{p:유진}}] [오후 9:20] 네 알겠습니다. 화요일에 자세히 얘기해요. 신변보호 담당 경찰관님께도 말씀드릴 수 있어요
[{{r:윤철국}}] [오후 9:21] 서류에 영어 이름은 {{r:ＹＵＮ ＣＨＯＬ ＧＵＫ}} 이렇게 쓰면 되나요? 여권에는 {{r:YUN CHEOL GUK}}으로 되어 있어서요
[간사 {{p:유진}}] [오후 9:22] 여권이랑 똑같이 쓰시면 돼요 👍
[{{r:윤철국}}] [오후 9:22] 넵 감사합니다 🙏""",
    },
    {
        "id": "h49-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Sol", "김솔", "witness", ["솔"]),
        ],
        "note": "Korean internal memo on an interpreter's conflict of interest; a one-syllable given name 솔 with 씨 beside 솔직히 and 칫솔, the interpreter by full name, given name plus 선생님 and surname plus title, a replacement interpreter, an IT colleague by given name, the team leader's signature.",
        "text": """내부 메모
수신: 증언기록팀
발신: {{p:권나은}} (팀장)
날짜: 2024. 6. 3.
제목: 통역인 배정 변경 ({{r:김솔}} 증언 건)

1. {{r:김솔}} 씨(사례 24-058)의 러시아어 문서 통역은 {{p:최하람}} 통역인이 맡기로 되어 있었으나, 5월 30일 사전 미팅에서 두 사람이 {{u:양강도}} {{u:혜산}}의 같은 동네 출신임이 확인됨.
2. {{r:솔}} 씨는 "{{p:하람}} 선생님 집안을 안다. 솔직히 불편하다"고 말함. {{p:최하람}} 통역인도 배정 변경을 원함.
3. 따라서 통역은 {{p:도경민}} 통역인으로 변경함. {{p:최}} 통역인은 이 사건 관련 자료에 접근하지 않도록 공유 폴더 권한 해제를 요청함 (IT 담당 {{p:민수}}).
4. 참고로 {{r:김솔}} 씨는 쉼터 입소 예정이며, 칫솔과 수건 등 세면도구 지원을 희망함.
5. {{r:솔}} 씨 본인에게는 변경 사유를 "일정 문제"로만 안내함.

팀장 {{p:권나은}}""",
    },
    {
        "id": "h49-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Chol-ung", "탁철웅", "witness", ["철웅"]),
            ("Min Jae-hyuk", "민재혁", "official", []),
        ],
        "note": "Police protection officer's contact log in a Korean table; the officer (fictional, private) by name plus rank and by surname alone in the sign-off column, the witness's surname 탁 beside 탁자 and the officer's surname 민 beside 민원, a former coworker, a landlady, a real police station.",
        "text": """신변보호 대상자 면담 기록부
대상자: {{r:탁철웅}} (남, 1978년생)
담당: {{r:민재혁}} 경위 ({{u:서울양천경찰서}})

| 일자 | 방식 | 내용 | 확인 |
| 2024.01.05 | 전화 | {{r:탁철웅}} 씨 근황 확인. 2월 중 이사 예정이라고 함. | {{r:민재혁}} |
| 2024.01.19 | 방문 | 자택 방문. 거실 탁자 위에 {{u:러시아}} 근무 시절 단체 사진이 놓여 있어 보관에 주의하도록 안내. | {{r:민}} |
| 2024.02.02 | 전화 | {{r:탁}} 씨가 {{u:하바롭스크}} 시절 동료 {{p:길상호}}가 연락해 왔다고 알려 옴. {{p:길상호}}는 현재 {{u:경기도}} 거주. 대상자는 {{p:길}} 씨를 신뢰하지 않는다고 함. | {{r:민재혁}} |
| 2024.02.16 | 방문 | 이사 완료 (새 주소 별도 보관). 관리사무소 민원 처리 문제로 도움 요청 → 주민센터 연결. | {{r:민}} |
| 2024.03.08 | 전화 | 특이사항 없음. {{r:철웅}} 씨 물류센터 취업. | {{r:민재혁}} |
| 2024.04.12 | 면담 | 집주인 {{p:표정임}} 씨가 대상자의 고향과 가족을 자꾸 물어 불안해함. 별다른 위험 징후는 없음. 필요 시 주거지 변경 지원 검토. | {{r:민재혁}} |""",
    },
    {
        "id": "h49-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Un-ha", "석은하", "witness", ["은하"]),
            ("Sok Ha-nul", "석하늘", "relative", ["하늘"]),
        ],
        "note": "Public rental-housing allocation notice with a settlement officer's handwritten memo; given names that are also words (은하 galaxy, 하늘 sky) beside 은하수 and 밤하늘, the child's name with the affectionate 이 and 이가, the housing official, a foundation staff member by surname plus title, the memo signed with one syllable, a real public corporation and city.",
        "text": """공공임대주택 입주자 선정 통지서

수신: {{r:석은하}} 귀하
관리번호: 2024-GN-0417

귀하께서는 북한이탈주민 특별공급 대상자로 아래 주택의 입주자로 선정되었음을 알려 드립니다.

주택 소재지: {{u:경기도}} {{u:시흥시}} ○○로 00, ○○단지 104동 1203호
전용면적: 46㎡ / 임대보증금: 4,210,000원 / 월 임대료: 132,000원
세대원: 본인 {{r:석은하}} (1987년생), 자녀 {{r:석하늘}} (2015년생)
입주 지정기간: 2024. 3. 25. ~ 2024. 4. 24.
문의: {{u:한국토지주택공사}} 주거복지부 담당 {{p:표성진}} (☎ 1600-1004)

2024. 3. 4.
{{u:한국토지주택공사}} (직인 생략)

[거주지보호담당관 메모 - 손글씨]
{{r:은하}} 씨 입주일 3/28 확정. {{r:하늘}}이 전학 서류(재학증명서) 필요 → 학교에 3/20까지.
이사 트럭: {{u:남북하나재단}} 지원 (담당 {{p:권}} 대리).
{{r:하늘}}이가 밤하늘이 보이는 방이 좋다고 해서 12층 OK. {{r:은하}} 씨는 은하수 그림 액자를 꼭 가져가겠다고 함 ㅎㅎ
- {{p:우}}""",
    },
    {
        "id": "h49-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Chun-hwa", "염춘화", "witness", []),
            ("Kye Yong-chol", "계영철", "relative", []),
        ],
        "note": "Divorce petition to the Seoul Family Court against a husband dispatched to Khabarovsk and left in the North; parties after spaced procedural titles, the husband's former coworker with a two-syllable surname, a neighbour's statement as exhibit, counsel by name, Korean place names and institutions, 북한 and 대한민국 as nouns.",
        "text": """소    장

원    고   {{r:염춘화}} (******-2******)
           {{u:서울특별시}} {{u:노원구}} (이하 생략)
           소송대리인 변호사 {{p:권지호}}
피    고   {{r:계영철}} (1979. 5. 2.생)
           최후 주소 {{u:함경북도}} {{u:김책시}} (이하 불상)

이혼 청구의 소

청 구 취 지
1. 원고와 피고는 이혼한다.
2. 소송비용은 피고가 부담한다.
라는 판결을 구합니다.

청 구 원 인
1. 원고와 피고는 2006. 3.경 {{u:김책시}}에서 혼인하여 자녀 없이 함께 생활하였습니다.
2. 피고는 2014년경 {{u:러시아}} {{u:하바롭스크}} 지역의 벌목장에 노동자로 파견되었고, 그 후 원고와 피고는 서로 연락이 끊겼습니다. 원고가 피고에 관하여 들은 마지막 소식은 2016년 무렵 피고의 동료였던 {{p:황보성}}으로부터 피고가 벌목 중 다쳤다는 말을 전해 들은 것입니다.
3. 원고는 2018. 9. {{u:북한}}을 이탈하여 2019. 2. {{u:대한민국}}에 입국하였고, {{u:하나원}} 교육을 마친 뒤 현재 {{u:서울}}에 거주하고 있습니다.
4. 피고가 {{u:북한}}에 잔류하고 있는지조차 불분명하여, 원고와 피고 사이의 혼인관계는 회복할 수 없을 정도로 파탄되었습니다. 이에 원고는 이 사건 청구에 이르렀습니다.

입 증 방 법
1. 갑 제1호증   가족관계증명서
2. 갑 제2호증   보호결정 통지서 ({{u:통일부}})
3. 갑 제3호증   진술서 ({{p:도명숙}}, 원고의 {{u:김책}} 시절 이웃)

2024. 4. 2.

원고 소송대리인 변호사 {{p:권지호}} (인)

{{u:서울가정법원}} 귀중""",
    },
    {
        "id": "h49-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Yu-ri", "최유리", "witness", ["유리"]),
        ],
        "note": "Speech-contest judges' scoresheet; judges with two-syllable surnames (남궁, 제갈) by full name and as surname-only column heads, the winner's given name 유리 beside 유리창 in her speech title and comments, a contestant surnamed 국 beside 국수, a brigade leader named inside a speech, the staff contact.",
        "text": """제7회 북한이탈주민 말하기 대회 - 본선 심사표
일시: 2024. 10. 12.(토) 14:00 / 장소: 구민회관 대강당
심사위원: {{p:남궁민호}}(위원장), {{p:제갈솔}}, {{p:Ruth Kim}}

| 번호 | 참가자 | 제목 | {{p:남궁}} | {{p:제갈}} | {{p:Ruth}} | 합계 |
| 1 | {{p:하은별}} | 엄마의 국수 | 85 | 88 | 90 | 263 |
| 2 | {{r:최유리}} | 유리창 너머 {{u:블라디보스토크}} | 92 | 90 | 94 | 276 |
| 3 | {{p:국동혁}} | 두 번째 고향 | 80 | 84 | 78 | 242 |
| 4 | {{p:모은서}} | 내가 만난 {{u:몽골}} | 88 | 86 | 85 | 259 |

심사평
- {{p:남궁민호}}: {{r:최유리}} 씨의 발표가 가장 구체적이었음. 숙소 유리창에 입김으로 고향 이름을 쓰던 장면이 인상적.
- {{p:제갈솔}}: {{p:하은별}} 씨는 발음이 정확하고 침착함. 국수 이야기가 따뜻했음. {{p:국}} 씨는 시간 초과 (30초).
- {{p:Ruth Kim}}: {{r:유리}} 씨가 발표 중 작업반장을 "{{p:명호}} 반장님"이라고 실명으로 언급함. 영상 공개 시 해당 부분 묵음 처리 필요.

시상: 대상 {{r:최유리}} / 최우수 {{p:하은별}} / 우수 {{p:모은서}}
※ 결과 공지 및 영상 편집 담당: 간사 {{p:백지우}}""",
    },
    {
        "id": "h49-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Kwang-chol", "변광철", "witness", ["광철"]),
        ],
        "note": "Year-end tax settlement dependants' form with a caseworker's note; family members in a table (unregistered), a mother in the North who cannot be claimed, a payroll clerk by name plus title, a broker by the nickname 깜장, the wife by given name plus 씨, the witness by surname plus 씨.",
        "text": """2023년 귀속 소득·세액공제신고서 - 부양가족 명세 (발췌)
소득자 성명: {{r:변광철}} / 근무처: (주)한빛물류 / 사번: 20-0412

| 관계 | 성명 | 내·외국인 | 기본공제 | 비고 |
| 본인 | {{r:변광철}} | 내 | O | |
| 배우자 | {{p:유소라}} | 내 | O | 소득 없음 |
| 자녀 | {{p:변다인}} | 내 | O | 2019년생 |
| 모 | {{p:길정순}} | - | X | {{u:북한}} 거주, 공제 대상 아님 |

회사 담당: 인사팀 {{p:오경택}} 대리 (내선 214)

[상담 메모 - {{p:구해진}}]
{{r:광철}} 씨 문의: 어머니 {{p:길정순}} 씨에게 매년 브로커 "{{p:깜장}}"을 통해 돈을 보내는데, 이것도 공제가 되느냐고 함. → 불가. 송금 자체의 위험성도 다시 안내함.
배우자 {{p:소라}} 씨가 7월부터 파트타임을 시작할 예정 → 내년에는 소득 요건 확인 필요.
{{r:변}} 씨는 {{u:러시아}} 건설 현장 시절에는 "세금"이라는 말을 들어 본 적도 없다며 웃음.""",
    },
    {
        "id": "h49-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chun-ok", "김춘옥", "witness", ["춘옥"]),
            ("Yon Sang-gil", "연상길", "other", ["큰손"]),
        ],
        "note": "Criminal complaint against a broker; parties after spaced procedural titles, the broker's nickname 큰손 in quotes as a name and once in his own boast as the ordinary word for a big player, a Chinese accomplice as 王老板, the complainant's son by full name and given name with 이, surnames with 씨 attached, a bank account holder, a real police station with 장 outside, KakaoTalk.",
        "text": """고 소 장

고 소 인   {{r:김춘옥}} (******-2******)
           주소: {{u:인천광역시}} {{u:남동구}} (이하 생략)
피고소인   {{r:연상길}} (일명 "{{r:큰손}}", 60대 추정)
           주소: 불상 / 연락처: 010-****-7781

고 소 취 지
고소인은 피고소인을 사기 혐의로 고소하오니 철저히 수사하여 엄벌하여 주시기 바랍니다.

고 소 사 실
1. 고소인은 2017년 탈북하여 {{u:대한민국}}에 입국한 사람입니다.
2. 고소인의 아들 {{p:김혁진}}은 2018년부터 {{u:러시아}} {{u:블라디보스토크}}의 건설 현장에 파견되어 있었습니다.
3. 피고소인은 2022. 5.경 고소인에게 전화하여 "내가 이 바닥 큰손이다. {{u:러시아}}에서 사람 빼내는 건 일도 아니다"라고 하면서, 아들을 {{u:한국}}으로 데려오는 비용으로 2,000만 원을 요구하였습니다.
4. 고소인은 피고소인이 지정한 계좌(예금주 {{p:연미경}}, {{u:농협은행}})로 2022. 5. 20. 1,000만 원, 같은 해 7. 1. 1,000만 원을 송금하였습니다.
5. 피고소인은 {{u:중국}} 측 협력자라며 "{{p:王老板}}"을 언급하였고, 이후 "{{p:王老板}}이 돈을 받고 잠적했다"며 연락을 끊었습니다.
6. 고소인이 알아본 결과 "{{r:큰손}}"으로 불리는 피고소인 {{r:연상길}}에게 같은 방법으로 피해를 입은 사람이 적어도 2명({{p:조}}씨, {{p:남}}씨) 더 있습니다.
7. 아들 {{p:혁진}}이의 소식은 지금까지도 알 수 없습니다.

증 거 자 료
1. 송금 영수증 2부
2. 통화 녹음 파일 및 녹취록 1부
3. {{u:카카오톡}} 대화 캡처 12매

2024. 5. 13.
고소인 {{r:김춘옥}} (인)

{{u:인천남동경찰서}}장 귀하""",
    },
    {
        "id": "h49-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Hae-song", "전해성", "witness", ["해성"]),
        ],
        "note": "Writing-class homework with the teacher's bracketed corrections; a coworker by given name with 형 (once without a space, corrected), his nickname 꺽다리 used as a name and once discussed as a word, a brigade leader's surname quoted in a correction, the student by given name with the vocative 아 and with 씨, the teacher's signature.",
        "text": """[글쓰기 교실 3주차 과제] 내가 잊지 못하는 사람
이름: {{r:전해성}} / 첨삭: {{p:여소정}} 선생님

{{u:러시아}} {{u:아무르주}}의 벌목장에서 나는 {{p:만수}}형을 만났다. [첨삭: '{{p:만수}}형을' → '{{p:만수}} 형을' (띄어 쓰기)]
{{p:만수}} 형은 키가 커서 모두 {{p:꺽다리}}라고 불렀다. '꺽다리'는 키 큰 사람을 놀리는 말이지만 형은 그 별명을 좋아했다.
{{p:꺽다리}}는 나무를 베다 말고 자주 하늘을 보았다. 내가 왜 그러냐고 물으면 "{{r:해성}}아, 저기 새 봐라" 했다. [첨삭: 대화문은 앞뒤로 줄을 바꾸면 더 읽기 좋아요.]
겨울에 {{p:만수}} 형은 손가락 두 개를 잃었다. 작업반장 {{p:구}} 씨는 병원에 보내 주지 않았다. [첨삭: 반장의 이름을 모른다면 '{{p:구}} 씨'보다 '{{p:구}} 반장'이 자연스러워요.]
지금 {{p:만수}} 형이 어디 있는지 모른다. {{u:한국}}에 오면 꼭 냉면을 사 주고 싶다.

[총평 - {{p:여소정}}] {{r:해성}} 씨, 사람이 눈앞에 보이는 글이에요. 다음 주에는 {{p:만수}} 형을 처음 만난 날을 더 자세히 써 봐요. 👍""",
    },
    {
        "id": "h49-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Ok-nyo", "한옥녀", "witness", []),
        ],
        "note": "Medical-fee waiver application with a social worker's opinion; the applicant's name 한옥녀 beside 한옥 and 한 달, her surname with 님, a factory minder by surname plus 지도원, a contact person, the attending doctor with 교수, a social worker's signature, a real hospital and foundation, 한국 as a noun.",
        "text": """의료비 감면 신청서

신청인: {{r:한옥녀}} (여, 1969년생) / 연락처: 010-****-0935
진료과: 호흡기내과 / 등록번호: 0048****
보호자(연락인): {{p:한정호}} (지인)

신청 사유 (신청인 구술, 사회복지사 대필)
저는 2012년부터 2017년까지 {{u:중국}} {{u:단둥}}의 방직공장에서 일했습니다. 먼지가 많은 곳이었고 마스크는 한 달에 한 장 나왔습니다. 공장 책임자 {{p:심}} 지도원은 기침하는 사람을 "꾀병"이라고 했습니다. {{u:한국}}에 와서 폐 질환 진단을 받았으나 일을 할 수 없어 치료비를 낼 형편이 안 됩니다. 예전에는 한옥 식당에서 설거지를 했으나 지금은 숨이 차서 그만두었습니다.

의료사회복지사 의견
{{r:한옥녀}} 님은 의료급여 2종 수급자로, 본인부담금이 누적되어 3개월 치료비 미납액이 약 186만 원임. {{u:남북하나재단}} 긴급지원을 신청 중이나 결정까지 시일이 걸림. {{r:한}} 님의 증상이 과거 작업 환경과 관련되었을 가능성이 높다는 주치의({{p:기은주}} 교수)의 소견이 있음. 감면 승인이 필요하다고 판단됨.

{{u:국립중앙의료원}} 의료사회사업팀
사회복지사 {{p:방우람}} (인)
2024. 7. 9.""",
    },
    {
        "id": "h49-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Myong-chol", "박명철", "witness", ["Myong-chol", "ПАК МЕН ЧЕР"]),
            ("Sergei Volkov", "세르게이 볼코프", "coworker", ["Сергей Волков", "Серёга"]),
        ],
        "note": "Interview summary in Korean with English lines and Russian quotations, Moscow housing site; the witness in Hangul, romanization and Cyrillic capitals, Russian case endings on his surname (Пака, Паку), the Russian foreman by full name, diminutive and surname in both scripts with possessive, a DPRK minder by surname plus 지도원 and in English, a Korean coworker in Hangul and Cyrillic, a Tajik worker.",
        "text": """INTERVIEW SUMMARY / 면담 요약 (KO-EN, Russian quotations kept in the original)
Interviewee: {{r:박명철}} ({{r:Pak Myong-chol}}; Russian work permit: {{r:ПАК МЕН ЧЕР}})
Interviewer: {{p:Hannah Reid}} / Interpreter (KO-EN): {{p:이서윤}}
Date: 2024-02-27

1. Site / 현장
{{r:박명철}} 씨는 2017~2019년 {{u:모스크바}} 남부의 아파트 건설 현장에서 미장공으로 일함.
He worked as a plasterer on an apartment block in southern {{u:Moscow}}, 2017-2019.

2. Russian foreman / 러시아인 작업반장
작업반장은 러시아인 {{r:Сергей Волков}}. 노동자들은 그를 "{{r:Серёга}}"라고 불렀음. {{r:Серёга}} was the only one on site who called the Koreans by their names. 본인이 기억하는 {{r:Серёга}}의 말:
  «Где {{r:Пак}}? Позови {{r:Пака}}, у него руки золотые.»
  ("Where is {{r:Pak}}? Call {{r:Pak}}, he has golden hands.")
  «Передай {{r:Паку}}, что завтра бетон в семь.»
  ("Tell {{r:Pak}} the concrete comes at seven tomorrow.")
{{r:명철}} 씨는 이 말을 러시아어로 그대로 외우고 있었음.

3. Minder / 감시원
{{u:북한}} 측 감시원 {{p:정}} 지도원이 모든 외출을 통제함. Every month {{p:Jong}} collected the wages in cash from the site office. Once {{r:Volkov}} refused to hand over the envelope and paid the men directly; after that {{p:정}} 지도원은 {{r:볼코프}}와 말하지 말라고 지시함. {{r:Volkov}}'s crew was moved to another block a month later.

4. Coworkers / 동료
- {{p:김철수}} (명단에는 {{p:КИМ ЧЕР СУ}}), 같은 방.
- Tajik worker {{p:Bahrom}}, who taught him Russian swear words "for survival".

Follow-up: {{r:Серёга}}의 연락처는 본인도 모름. Do not try to trace {{r:Volkov}} without the witness's consent.""",
    },
    {
        "id": "h49-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Liu Fang", "류팡", "witness", ["刘芳", "刘姐"]),
            ("Kim Yong-ok", "김영옥", "coworker", ["金英玉", "小金", "Xiao Jin"]),
            ("Cui Jianguo", "추이젠궈", "supervisor", ["崔建国", "老崔", "Lao Cui"]),
        ],
        "note": "Chinese-English interview transcript with a Chinese former line leader about North Korean women at a Dandong seafood plant; Chinese forms of address labelled whole (小金, 老崔, 朴指导员, 刘姐) and their pinyin renderings, an English title kept outside (Instructor Pak, Sister Liu), the Korean worker's name in Hanzi and romanization, a daughter's name in Hanzi and pinyin, researcher and interpreter.",
        "text": """INTERVIEW TRANSCRIPT (ZH-EN) - video call, 19 August 2023
Q = {{p:Lucy Harmon}} (researcher) | A = {{r:Liu Fang}} / {{r:刘芳}} (former line leader) | INT = {{p:Chen Yuting}} (interpreter)

Q: How many North Korean women worked on your line?
INT: 你那条线上有多少从{{u:朝鲜}}来的女工？
A: 大概四十个。她们住在厂里，不让出去。管她们的是{{p:朴指导员}}，一个男的，很凶。
INT: About forty. They lived inside the factory and weren't allowed out. The one in charge of them was Instructor {{p:Pak}}, a man, very fierce.
Q: Do you remember any of them by name?
INT: 你还记得她们的名字吗？
A: 记得{{r:小金}}，全名{{r:金英玉}}。她剥虾最快，每个月都是第一。{{r:老崔}}老表扬她，可是奖金都给了{{p:朴指导员}}。
INT: I remember {{r:Xiao Jin}}, full name {{r:Kim Yong-ok}}. She peeled shrimp the fastest, first every month. {{r:Lao Cui}} always praised her, but the bonus always went to Instructor {{p:Pak}}.
Q: Who is {{r:Lao Cui}}?
A: 我们车间主任，{{r:崔建国}}。现在退休了，住在{{u:丹东}}。
INT: Our workshop director, {{r:Cui Jianguo}}. He's retired now and lives in {{u:Dandong}}.
Q: Did {{r:Kim Yong-ok}} ever talk about her family?
A: 她说她有个女儿在{{u:新义州}}，叫{{p:秀妍}}……不对，她女儿的名字我记不清了。
INT: She said she had a daughter in {{u:Sinuiju}}, called {{p:Xiuyan}}... no, she says she can't remember the daughter's name properly.
Q: Thank you, Ms {{r:Liu}}. Is there anything else?
A: 你们要是找到{{r:小金}}，跟她说{{r:刘姐}}想她。
INT: If you find {{r:Xiao Jin}}, tell her Sister {{r:Liu}} misses her.
[end of call]""",
    },
    {
        "id": "h49-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Kyong-chol", "리경철", "witness", ["Kyong-chol", "경철"]),
            ("Abu Khalid", "아부 칼리드", "other", ["أبو خالد"]),
        ],
        "note": "Bilingual phone notes (Korean/English with an Arabic voice-note transcription), Kuwait; half the line breaks CRLF; a Kuwaiti sponsor by kunya in Latin and Arabic script with particles, the witness's surname in Arabic script after the vocative يا, a driver in Arabic and Latin, an interpreter by full and given name, a coworker by surname plus 씨, note-taker initials, WhatsApp.",
        "text": """PHONE NOTES / 전화 메모 - 2024-06-11 (Tue) 15:05-15:40
Caller: {{r:리경철}} ({{r:Ri Kyong-chol}}), case 23-209
Interpreter for the Arabic clip: {{p:Yasmin Haddad}}

- {{r:경철}} 씨가 {{u:쿠웨이트}} 시절 현장 스폰서였던 "{{r:Abu Khalid}}"({{r:أبو خالد}})의 음성 메시지를 {{u:WhatsApp}}으로 받았다고 함.
- Voice note (Arabic), transcribed by {{p:Yasmin}}:
  «مرحبا يا {{r:ري}}، أنا {{r:أبو خالد}}. السائق {{p:راشد}} يقول إنك في {{u:كوريا}} الآن. اتصل بي.»
  ("Hello {{r:Ri}}, it's {{r:Abu Khalid}}. The driver {{p:Rashid}} says you are in {{u:Korea}} now. Call me.")
- {{r:경철}} 씨는 {{r:Abu Khalid}}가 나쁜 사람은 아니었다고 함. 다만 번호를 어떻게 알았는지 걱정함.
- Advised: do not call back yet. Keep the voice note. To be discussed at Thursday's meeting.
- The driver {{p:Rashid}} ({{p:راشد}}) used to drive the workers from the {{u:Sulaibiya}} camp to the site every morning.
- 추가: 같은 현장 동료 {{p:백}} 씨(이름 모름)가 아직 {{u:쿠웨이트}}에 남아 있을 가능성.
통역 {{p:YH}} / 기록 {{p:GS}}""",
    },
    {
        "id": "h49-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Song-il", "최성일", "witness", ["Цой Сон Ир", "Сон Ир", "Song-il"]),
        ],
        "note": "Telegram chat between a Seoul caseworker and a Vladivostok lawyer about a detained worker (English, Russian, Korean); Russian case endings on the surname Цой (Цоем, Цоя), a real singer with the same surname in a neutral aside (public, with case ending), the lawyer by full name and diminutive in two scripts, an inspector by surname, a Korean kinship title after a name, emoji, a UN agency.",
        "text": """{{u:Telegram}} | chat "{{u:Vladivostok}} case" | 14.11.2023
[10:02] {{p:Jihye Song}}: Good morning {{p:Anya}}! Any news on {{r:Choe Song-il}}? 🙏
[10:05] {{p:Анна Егорова}}: Доброе утро! Yes. I saw him yesterday at the temporary detention centre. The Russian records have him as {{r:Цой Сон Ир}}.
[10:05] {{p:Анна Егорова}}: Фамилия как у {{u:Виктора Цоя}} 😅 the guards all joked about it
[10:06] {{p:Jihye Song}}: haha. {{u:한국}} 이름은 {{r:최성일}}이에요, for the file
[10:08] {{p:Анна Егорова}}: Понятно. Я говорила с {{r:Цоем}} около часа. He is ok, thin. Для {{r:Цоя}} главное - чтобы его не отправили в {{u:КНДР}}.
[10:09] {{p:Jihye Song}}: Of course. Can he apply for temporary asylum?
[10:12] {{p:Анна Егорова}}: Подаём заявление сегодня. Инспектор {{p:Захаров}} не против, but his boss is the problem.
[10:13] {{p:Jihye Song}}: 🙏🙏 thank you {{p:Аня}}
[10:15] {{p:Анна Егорова}}: {{r:Сон Ир}} просил передать: "{{p:지혜}} 누나 감사해요" - он специально выучил 😊
[10:16] {{p:Jihye Song}}: 😭 tell him the {{u:UNHCR}} office in {{u:Moscow}} also knows. I wrote to Mr {{p:Petrenko}} there.
[10:20] {{p:Анна Егорова}}: Ок. Next hearing 21.11. I'll write after.""",
    },
    {
        "id": "h49-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Song-hui", "리성희", "witness", ["성희", "Song-hui"]),
            ("Ri Hyang", "리향", "relative", ["향", "Hyang"]),
        ],
        "note": "Elder sister's account (Korean with English lines and a Vietnamese message) of her younger sister at a Hanoi restaurant; the one-syllable given name 향 with particles beside 향 (incense), Vietnamese kinship titles kept outside (chị, em), a Vietnamese customer by given name with diacritics, a restaurant manager by surname in three languages, Zalo, 북한 식당 as a country noun.",
        "text": """가족 진술 / Family account
진술인: {{r:리성희}} (언니) / 대상: {{r:리향}} (동생, 1997년생)
기록: {{p:Amelia Tran}} (EN), {{p:노서영}} (KO), 2024-03-19

제 동생 {{r:향}}이는 2018년 {{u:베트남}} {{u:하노이}}의 {{u:북한}} 식당으로 파견되었습니다.
[EN] Her younger sister {{r:Hyang}} was sent to a North Korean restaurant in {{u:Hanoi}} in 2018.

식당 손님 중에 {{u:베트남}} 남자 {{p:Tuấn}} 씨가 있었는데, {{r:향}}이가 몰래 부탁해서 저한테 {{u:Zalo}}로 메시지를 보내 주었습니다. {{p:Tuấn}} 씨 말로는 식당 입구에 늘 향을 피워 놓아서 옷에 향 냄새가 뱄다고 합니다. 아래는 {{p:Tuấn}} 씨가 보낸 메시지입니다 (베트남어 원문, 번역 {{p:Amelia}}):

  "Chào chị {{r:Song-hui}}, tôi là {{p:Tuấn}}. Em {{r:Hyang}} vẫn khỏe, em ấy nói rất nhớ chị. Quản lý {{p:Kim}} không cho các cô ấy dùng điện thoại."
  [EN] "Hello {{r:Song-hui}}, I am {{p:Tuấn}}. {{r:Hyang}} is well, she says she misses you very much. Manager {{p:Kim}} does not let the girls use phones."

{{r:향}}의 식당 지배인은 {{p:김}} 지배인이라는 여자였습니다. {{p:Tuấn}} 씨 말로는 2020년 코로나 때 식당이 문을 닫았고, 그 뒤로 {{r:향}}이 소식은 없습니다.
[EN] The manager, Ms {{p:Kim}}, was a woman. After the restaurant closed in 2020 there was no further news of {{r:Hyang}}.""",
    },
    {
        "id": "h49-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Tong-ho", "신동호", "witness", ["シン・ドンホ", "申東浩", "Tong-ho"]),
        ],
        "note": "E-mail thread between a Japanese freelance journalist and the NGO (Japanese, English, Korean); the witness in katakana and kanji with さん, by surname in katakana and kanji, in romanization and Hangul, the journalist's kanji name, local part and surname with です and in Hangul with 기자님, a Zainichi interpreter by surname with さん, a foreman in katakana, 韓国 and 일본 as country nouns.",
        "text": """From: {{p:佐々木由美}} <{{p:sasaki.yumi}}@freelance-press.jp>
To: info@openbridge-ngo.org
Date: 2024年5月8日 22:41
Subject: {{r:シン・ドンホ}}さんの件 / Re: interview request

{{p:Jung-ah}}様

お世話になっております。フリーランス記者の{{p:佐々木}}です。
先日お話しした{{r:シン・ドンホ}}さん（{{r:申東浩}}）の件ですが、2019年に{{u:ウラジオストク}}で取材した際の録音を確認しました。
通訳の{{p:朴}}さんによると、{{r:シン}}さんは建設現場の班長の名前を「{{p:カン}}」と言っていたそうです。
6月に{{u:ソウル}}に行く予定ですので、{{u:韓国}}で{{r:申}}さんにもう一度お会いできれば幸いです。

{{p:佐々木由美}}

> From: {{p:Jung-ah Lim}} <{{p:jungah.lim}}@openbridge-ngo.org>
> Date: Tue, 7 May 2024 10:15 +0900
> Dear Ms {{p:Sasaki}},
> Thank you for your e-mail. Mr {{r:Sin Tong-ho}} ({{r:신동호}}) has agreed in principle to meet you in {{u:Seoul}}, on condition that his face is not shown. He remembers you well: "{{p:사사키}} 기자님 기억나요. {{u:일본}} 기자님이요."
> Could you tell us which dates in June suit you?
> Best regards,
> {{p:Jung-ah Lim}} | Case Officer""",
    },
    {
        "id": "h49-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ko Hyon-chol", "고현철", "witness", ["Hyon-chol", "현철", "Хён Чоль"]),
            ("Batbayar Dorj", "바트바야르 도르지", "other", ["Батбаяр", "Бат", "Bat"]),
        ],
        "note": "Minutes of a joint online meeting with a Mongolian partner NGO (English, Korean, Mongolian); the partner lead by romanized full name, Cyrillic given name with гуай and short form in two scripts, a Mongolian foreman with a patronymic initial and with a hyphenated case suffix kept outside, the witness in Hangul, romanization and Mongolian Cyrillic with a case suffix, a staff member by initials, a real district and airport.",
        "text": """Joint meeting minutes / 공동 회의록 / Хамтарсан хурлын тэмдэглэл
Date: 2024-05-16, online
Participants: {{r:Batbayar Dorj}} ({{r:Батбаяр}}, partner NGO, {{u:Ulaanbaatar}}), {{p:Oyunchimeg}} (partner NGO), {{p:권소희}}, {{p:David Park}} (minutes)

1. Case of {{r:고현철}} ({{r:Ko Hyon-chol}})
- {{p:권소희}}: {{r:고현철}} 씨는 2016~2019년 {{u:울란바토르}} {{u:Баянзүрх}} 구역의 아파트 현장에서 일함. The witness remembers a Mongolian foreman, "{{p:Э. Ганбаатар}}".
- {{r:Батбаяр}} гуай: «Бид {{p:Ганбаатар}}-тай холбогдож чадсан. Тэр {{r:Хён Чоль}}-ийг санаж байна.»
  (EN: "We managed to reach {{p:Ganbaatar}}. He remembers {{r:Hyon-chol}}.")
- {{r:Bat}} will ask {{p:Ganbaatar}} whether he would give a written statement.

2. Travel
- {{r:현철}} 씨는 {{u:몽골}} 방문을 원하지 않음. Interview by video only.
- {{p:David}}: then no flights to {{u:Chinggis Khaan International Airport}} are needed this year.

Action items
- {{r:Бат}}: contact {{p:Ганбаатар}} by 31 May.
- {{p:권소희}}: prepare the questions in Korean; {{p:Oyunchimeg}} translates them into Mongolian.
- {{p:D.P.}}: circulate the minutes.""",
    },
    {
        "id": "h49-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryom Kwang-il", "렴광일", "witness", ["Kwang-il", "Ryom"]),
            ("Jerzy Malinowski", "예지 말리노프스키", "coworker", ["Jurek"]),
        ],
        "note": "Reviewer comments on a shipyard welder's draft testimony (Korean/English with Polish replies); Polish declension of the foreman's surname and diminutive (Malinowskiego, Jurkiem) and of the witness's surname (Ryoma), titles pan kept outside, a reviewer by initials as comment tags, a DPRK group leader in two spellings including a Polish payroll spelling, a real city.",
        "text": """증언록 초안 검토 / Draft testimony review - {{r:렴광일}} ({{u:Gdynia}} shipyard)
Reviewers: {{p:Agnieszka Nowak}} ({{p:AN}}), {{p:조민재}}

[{{p:AN}}] p. 2: "The Polish foreman {{r:Jerzy Malinowski}} gave the Koreans gloves." Sprawdziłam: pan {{r:Malinowski}} pracował tam do 2019. Rozmawiałam z {{r:Jurkiem}} przez telefon - pamięta {{r:Ryoma}} bardzo dobrze.
  (EN: I checked: Mr {{r:Malinowski}} worked there until 2019. I talked to {{r:Jurek}} on the phone - he remembers {{r:Ryom}} very well.)
  ↳ {{p:조민재}}: 감사합니다! {{r:렴광일}} 씨에게 전하겠습니다. Is he willing to be named?
  ↳ [{{p:AN}}]: Nie, prosi, żeby nie podawać nazwiska {{r:Malinowskiego}}. Please write "a Polish foreman".
[{{p:조민재}}] p. 4: "{{r:Kwang-il}} burned his forearm while welding in the double bottom" - 본인 확인 완료.
[{{p:AN}}] p. 5: The {{u:DPRK}} group leader is spelled "{{p:Ri Chang-sik}}" here and "{{p:Li Czang Sik}}" in the Polish payroll copy. Same person?
  ↳ {{p:조민재}}: 네, 같은 사람입니다. The payroll office used its own spelling.
[{{p:AN}}] p. 6: W dokumentach stoczni pan {{r:Ryom}} figuruje jako spawacz pierwszej klasy.
  (EN: In the shipyard documents Mr {{r:Ryom}} is listed as a first-class welder.)""",
    },
    {
        "id": "h49-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Chun-sil", "한춘실", "witness", ["韩春实", "춘실"]),
        ],
        "note": "Translated Chinese police interrogation record (询问笔录) with an interleaved Korean translation; interviewing officers (fictional, private) in Hanzi, the woman in Hanzi and Hangul, a Korean-Chinese broker by the nickname 老黑 and its Hangul transcription, a restaurant accountant in Hanzi and Hangul, the translator's note, 朝鲜 and 中国 as country nouns, a real police bureau.",
        "text": """询问笔录（第1次）/ 진술조서 번역문 병기
时间：2019年6月3日14时10分至15时40分
地点：{{u:丹东市公安局}}某派出所
询问人：{{p:赵立新}}、{{p:孙博}}　记录人：{{p:孙博}}
被询问人：{{r:韩春实}}　性别：女　国籍：{{u:朝鲜}}

问：你叫什么名字？
(문: 이름이 무엇인가?)
答：我叫{{r:韩春实}}，用韩文写是{{r:한춘실}}。
(답: 제 이름은 {{r:韩春实}}이고, 한글로는 {{r:한춘실}}입니다.)
问：你是怎么来到{{u:中国}}的？
(문: 어떻게 {{u:중국}}에 오게 되었는가?)
答：2017年单位派我到{{u:丹东}}的一家饭店当服务员。去年饭店关门以后，一个叫{{p:老黑}}的朝鲜族人说可以帮我去{{u:韩国}}。
(답: 2017년 직장에서 저를 {{u:단둥}}의 한 식당 종업원으로 보냈습니다. 작년에 식당이 문을 닫은 뒤 {{p:老黑}}({{p:라오헤이}})라는 조선족 남자가 {{u:한국}}에 보내 주겠다고 했습니다.)
问：{{p:老黑}}的真实姓名是什么？
(문: {{p:老黑}}의 실명은 무엇인가?)
答：不知道。饭店的会计{{p:金英哲}}也认识他。
(답: 모릅니다. 식당 회계원 {{p:金英哲}}({{p:김영철}})도 그를 압니다.)
问：以上笔录你看过吗？
(문: 위 조서를 읽어 보았는가?)
答：看过，和我说的一样。
(답: 읽었습니다. 제가 말한 것과 같습니다.)
被询问人签名：{{r:韩春实}}（捺印）

[번역자 주: 원문의 "{{r:韩春实}}"은 본인 확인 결과 {{r:한춘실}}로 표기함. {{r:춘실}} 씨가 서명란의 지장은 본인 것이 맞다고 확인함. 번역: {{p:봉수아}}, 2024. 2. 1.]""",
    },
    {
        "id": "h49-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Ok-byol", "리옥별", "witness", ["옥별", "Byol"]),
        ],
        "note": "Art-therapy session notes from a shelter in Thailand (Korean, English, Thai); the client's given name and its last syllable as a pet name in Latin and Thai script (Thai title น้อง kept outside) beside drawings of stars (별, star), a friend named in a drawing in Hangul and romanization, generic kinship word 엄마, a Thai staff member as คุณ plus nickname in Thai and Latin script, the therapist's signature.",
        "text": """ART THERAPY - SESSION NOTES / 미술치료 회기 기록
Client: {{r:리옥별}} ({{r:Ri Ok-byol}}) | Session 4 of 8 | 2023-09-14 | shelter, {{u:Bangkok}} (address withheld)
Therapist: {{p:홍다은}} | Shelter staff present: คุณ{{p:นิด}} (Khun {{p:Nid}})

Materials: oil pastels, A3 paper.
그림: 밤하늘에 별 세 개, 그 아래 작은 집 한 채.
{{r:옥별}} 씨의 설명: "이 별은 {{p:정아}}, 이건 엄마, 제일 작은 건 저예요." {{p:정아}}는 {{u:중국}}의 식당에서 같이 일한 친구라고 함.
The client explained: the biggest star is her friend {{p:Jong-a}}, the middle one is her mother, the smallest is herself. She said the staff here call her "{{r:Byol}}" (star) and that she likes it.
Observation: first time she coloured the house. She asked to keep the drawing.

Thai staff note (original): คุณ{{p:นิด}}: วันนี้น้อง{{r:บยอล}}ยิ้มเยอะขึ้นค่ะ
(EN: Khun {{p:Nid}}: "{{r:Byol}} smiled more today.")

Plan: next session clay. Ask {{r:옥별}} 씨 whether she would like to write a letter to {{p:정아}}.
- {{p:다은}}""",
    },
    {
        "id": "h49-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-min", "최광민", "coworker", ["Миша", "Misha", "미샤"]),
        ],
        "note": "Free-text answers from a survey of Central Asian migrant workers in Russia about their North Korean coworkers (Russian, Uzbek, Kazakh with Korean and English glosses); a Korean worker known by the Russian nickname Миша in three scripts, Uzbek aka and Kazakh ағай kept outside, the Kazakh word кім (who) and Uzbek hech kim (nobody) beside the surname Ким / Kim, respondent IDs, research staff.",
        "text": """Survey export - Q14 "Расскажите о корейских коллегах / Tell us about your Korean coworkers" (free text)
Project: Central Asian workers in {{u:Russia}} 2023 | exported by {{p:Dilnoza}} (research assistant) | filter: Q14 not empty

R-017 (RU): Работал с корейцами в {{u:Хабаровске}}. Один, {{r:Миша}}, хорошо говорил по-русски. Настоящее имя не знаю. {{r:Миша}} делился сигаретами.
  [KO: {{u:하바롭스크}}에서 {{u:북한}} 사람들과 일함. 그중 {{r:미샤}}는 러시아어를 잘했다. 본명은 모름. {{r:미샤}}가 담배를 나눠 주었다.]
R-023 (UZ): {{p:Chol}} aka bilan birga ishladik. U juda tinch odam edi. Ularning boshlig'i {{p:Kim}} qattiq edi.
  [EN: We worked together with brother {{p:Chol}}. He was a very quiet man. Their boss, {{p:Kim}}, was strict.]
R-031 (KZ): Корейлердің бастығы кім екенін білмеймін. Бір жігіт, {{r:Миша}}, маған көмектесті. {{p:Ержан}} ағай да оны біледі.
  [EN: I don't know who the Koreans' boss was. One guy, {{r:Misha}}, helped me. {{p:Yerzhan}} agha knows him too.]
R-044 (RU): Корейцы жили отдельно, с нами не разговаривали. Бригадир у них - {{p:Ким}}, с ним лучше не спорить.
R-052 (UZ): Ular hech kim bilan gaplashmasdi.
  [EN: They did not talk to anyone.]

Researcher note ({{p:권하린}}): {{r:Миша}} in R-017 and R-031 is probably {{r:최광민}} ({{r:Choe Kwang-min}}), who told us in 2022 that the Russians called him "{{r:Миша}}". Same site, same years. Respondent {{p:Ержан}} (R-031) could be contacted through {{p:Dilnoza}}.""",
    },
    {
        "id": "h49-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yun Ha-ri", "윤하리", "witness", []),
            ("Tae Kyong-sun", "태경순", "witness", []),
            ("Ma Chol-hun", "마철훈", "witness", ["철훈", "Чер Хун"]),
        ],
        "note": "Lunar New Year gift-voucher sign-off sheet with CRLF breaks (Korean/English with a Russian sentence); recipients in a table (three registered clients, others not), a signature column with full names, a bracketed surname and romanized initials, a daughter collecting as proxy, a Russian spouse in Cyrillic, the husband's given name in Cyrillic with a genitive ending, the surname 방 beside 방 호수 (room number), staff initials.",
        "text": """설 명절 상품권 배부 확인서 / Lunar New Year voucher distribution - sign-off sheet
배부일: 2024-02-06 | 장소: 사무실 1층 | 배부: {{p:노하윤}}, {{p:Chris}}
Voucher: 전통시장 상품권 100,000원 (1 per household)

| No. | 수령인 / Recipient | 가구원 | 서명 / Signature | 비고 / Notes |
| 1 | {{r:윤하리}} | 2 | {{r:윤하리}} | |
| 2 | {{r:태경순}} | 1 | ({{r:태}}) | 대리 수령: 딸 {{p:태은지}} |
| 3 | {{p:김진옥}} | 3 | {{p:Kim J.O.}} | |
| 4 | {{r:마철훈}} | 4 | {{r:마철훈}} | 배우자 {{p:Наталья}} 동반 |
| 5 | {{p:방영희}} | 1 | 미수령 | 연락 안 됨 → 2/8 재연락 |
| 6 | {{p:강순남}} | 2 | {{p:강}} | |

비고 / Notes
- {{r:철훈}} 씨 배우자 {{p:Наталья}} 씨는 {{u:러시아}} 출신으로 한국어를 못 함. {{p:Chris}} explained in Russian: «Это подарок к Новому году для вас и {{r:Чер Хуна}}.»
- No. 5 {{p:방영희}}: 방 호수가 바뀌어 안내 우편이 반송됨.
- 남은 상품권 2매는 금고에 보관. ({{p:NHY}})""",
    },
    {
        "id": "h49-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwak Chol-nam", "곽철남", "witness", ["Sunflower", "해바라기"]),
        ],
        "note": "Airport pickup schedule for a testimony week (English/Korean with Thai, Nepali and Mongolian names); a witness travelling under a codename written on the pickup sign in English and Korean, a Thai lawyer with Khun, a Nepali researcher with didi, names in capitals on signs, drivers by given name, real airport, airlines and cities.",
        "text": """AIRPORT PICKUP SCHEDULE - testimony week, 9-13 September 2024
Coordinator: {{p:Seo-yeon}} (010-****-4410). All arrivals at {{u:Incheon International Airport}}.

Date  | Flight | ETA | Passenger | Sign text | Driver | Notes
09/09 | {{u:Thai Airways}} TG658 | 07:25 | Khun {{p:Pornthip Saelim}} (lawyer, {{u:Bangkok}}) | "{{p:PORNTHIP}} - WELCOME" | {{p:Junho}} | vegetarian
09/09 | {{u:Korean Air}} KE696 | 15:10 | {{p:Sita Gurung}} didi (researcher, {{u:Kathmandu}}) | "{{p:SITA GURUNG}}" | {{p:Junho}} |
10/09 | {{u:Asiana Airlines}} OZ113 | 22:40 | {{r:곽철남}} (witness, from {{u:Osaka}}) | "{{r:SUNFLOWER}}" | {{p:Min-gyu}} | never his real name on anything!
11/09 | {{u:MIAT Mongolian Airlines}} OM301 | 13:50 | {{p:Bolormaa}} (partner NGO, {{u:Ulaanbaatar}}) | "{{p:BOLORMAA}}" | {{p:Min-gyu}} |

Notes
- Witness: the sign says only "{{r:SUNFLOWER}}" / "{{r:해바라기}}". Do not write his name on anything visible in the arrivals hall. {{p:Min-gyu}} has his photo.
- {{r:곽철남}} 씨는 공항에서 바로 숙소로 이동. 기자 접촉 금지.
- {{p:Sita}} didi asked for a local SIM card on arrival.
- Khun {{p:Pornthip}}'s return flight: 13/09 TG659, 10:35.""",
    },
    {
        "id": "h49-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Jong-su", "림종수", "witness", ["Jong-su", "종수", "김민수"]),
        ],
        "note": "Broadcaster's identity-protection request (face blur and voice alteration), Korean/English with Malay; the witness with an on-screen pseudonym that looks like an ordinary Korean name, Malaysian mine staff with Malay titles (Encik, Kak, Pak Cik, Bos) kept outside, a short form of a cook's name, a Malay sentence quoting the witness's given name, producer, coordinator and NGO contact, a real broadcaster and state.",
        "text": """출연자 신원보호 요청서 / Request for identity protection (face blur and voice alteration)
프로그램: 탐사보도 "지하 300미터" (가제) / 방송사: {{u:KBS}}
담당 PD: {{p:한재원}} / 현지 코디네이터: {{p:Liew Mei Ling}} ({{u:Malaysia}})

1. 출연자 / Interviewee
본명: {{r:림종수}} (방송에 절대 노출 금지)
자막용 가명: "{{r:김민수}}" (본명과 무관)
요청 사항: 얼굴 모자이크 ☑ 음성 변조 ☑ 실루엣 촬영 ☑ 자막에 출신지 미표기 ☑

2. 화면에 등장하는 제3자 / Third parties in the footage (blur requested)
| 장면 / Scene | 인물 / Person | 요청 / Request |
| 광산 사무실 (2018년 휴대폰 영상) | Encik {{p:Azman}} (mine clerk) | face blur |
| 숙소 식당 | Kak {{p:Rosnah}} (cook) | face blur; bleep the name where {{r:종수}} 씨 calls her "Kak {{p:Ros}}" |
| 갱도 입구 | Pak Cik {{p:Hamid}} (security guard) | face blur |
| 숙소 복도 | {{u:북한}} 측 감시원 (이름 미상) | face blur |

3. 자막 처리할 말레이어 음성 / Malay audio to be subtitled ({{u:Sarawak}}, 2018)
  "{{r:Jong-su}}, cepat sikit! Bos {{p:Lee}} datang!"
  → "{{r:종수}}, 빨리! {{p:리}} 사장 온다!"
  Note: Bos {{p:Lee}} is the Malaysian-Chinese shift supervisor, not a Korean. In the subtitle replace the name with "○○" and replace "{{r:Jong-su}}" with the pseudonym "{{r:김민수}}".

확인: 출연자 서명 {{r:림종수}} / NGO 담당 {{p:육선아}}
2024. 8. 20.""",
    },
    {
        "id": "h49-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Kang Chol-bom",
                "강철범",
                "witness",
                ["Kang Cheol-beom", "KANG CHOL BOM", "КАН ЧЕР БОМ", "姜哲范"],
            ),
        ],
        "note": "Same-person affidavit listing one witness's name across passport, permits and registrations (Hangul, Hanzi, Cyrillic, two romanizations, capitals); the surname and a syllable discussed as words in Hangul and Cyrillic (unmarked) beside the Cyrillic surname later used as a name, a confirming coworker and a notary, 러시아 and 중국 as attributive country nouns, ROK, DPRK and UNHCR.",
        "text": """동일인 확인서 / AFFIDAVIT OF IDENTITY

본인 {{r:강철범}}({{r:Kang Cheol-beom}})은 아래 각 문서에 기재된 성명이 모두 본인을 가리키는 것임을 확인합니다.
I, {{r:KANG Cheol-beom}}, confirm that the names below, as written in each document, all refer to me.

| 문서 / Document | 기재 성명 / Name as written | 비고 / Remarks |
| {{u:DPRK}} passport (issued 2015) | {{r:KANG CHOL BOM}} | 현장 도착 시 회수됨 / taken on arrival |
| {{u:러시아}} 노동허가증 / Russian work permit | {{r:КАН ЧЕР БОМ}} | 사진 사본 / photo copy |
| {{u:중국}} 임시거주등기 / Chinese temporary residence record | {{r:姜哲范}} | |
| {{u:UNHCR}} registration ({{u:Bangkok}}) | {{r:Kang Chol-bom}} | |
| {{u:ROK}} resident registration card | {{r:강철범}} | 2020 발급 / issued 2020 |

설명 / Explanation
{{u:러시아}} 문서에서는 성 "강"이 "Кан"으로, 이름의 "철"이 "Чер"로 적혀 있습니다. 이는 {{u:러시아}} 측의 통상적인 표기 방식에 따른 것입니다.
In Russian documents the surname 강 is written Кан and the syllable 철 is written Чер, following the usual Russian transcription.

확인자 / Confirming witness: {{p:심규리}} (2017~2019년 {{u:하바롭스크}} 현장 동료 / coworker at the {{u:Khabarovsk}} site)
"저는 {{u:하바롭스크}}에서 {{r:강철범}}과 같은 방을 썼으며, 러시아인 감독들은 그를 '{{r:Кан}}'이라고 불렀습니다."

2024년 3월 5일
진술인 {{r:강철범}} (서명)
확인자 {{p:심규리}} (서명)
공증인 {{p:변우성}} (인)""",
    },
    {
        "id": "h49-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("No Chun-hwa", "노춘화", "witness", ["춘화"]),
        ],
        "note": "Chuseok gathering RSVP list (Korean/English with Nepali in Devanagari and Kazakh); the witness's surname No beside 'no' and 'No nuts', a child's pet name, an elderly client with 할머니, a Nepali volunteer in Latin and Devanagari script, a Kazakh student signing in Cyrillic, a plus-one left unnamed, emoji after names, the organiser by given name.",
        "text": """추석 모임 참석 확인 / Chuseok gathering RSVP - Sat 14 September 2024, 12:00, community room
Please reply by 10 September to {{p:Ha-yoon}}!

| 이름 / Name | 참석 | 인원 | 가져올 음식 / Bringing | Comment |
| {{r:노춘화}} | O | 2 | 송편 | 딸 {{p:땅콩}}도 같이 가요 🌕 |
| {{p:Anjali Shrestha}} | O | 1 | momo 🥟 | म पनि आउँछु, मोमो ल्याउँछु। - {{p:अञ्जली}} |
| {{p:Айгерим}} | O | 1 | бауырсақ | Бауырсақ әкелемін! {{p:Айгерим}} 😊 |
| {{p:Tom Baker}} | X | - | - | Sorry, in {{u:Busan}} that weekend |
| {{p:명순}} 할머니 | O | 1 | 식혜 | |
| {{p:Kyu-ri}} | O | 1+1 | drinks | +1 is my flatmate |

Notes ({{p:Ha-yoon}}):
- Ms {{r:No}} asked whether there is parking. No, sorry - the nearest car park is at the market.
- No nuts in anything please, {{p:Anjali}} is allergic. 🥜❌
- {{r:춘화}} 씨 and {{p:명순}} 할머니 will make the 송편 together on Friday evening; {{p:Айгерим}} wants to learn too.""",
    },
]
