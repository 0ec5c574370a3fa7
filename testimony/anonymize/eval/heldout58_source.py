# ruff: noqa: E501
"""Held-out evaluation passages, set 58. Built by build_heldout.py heldout58.

About fifty documents of the kind an NGO working on North Korean workers sent abroad
could plausibly receive or write, written blind (the finder's code was not read and
the finder was not run). A few are the core material staff type every day (a third-person
interview summary, a question-and-answer transcript, Korean interview notes and mixed
Korean/English notes); the rest are genres no earlier set used (prosthetics fitting
records, audiology reports, UN panel-of-experts annex footnotes, side-event concept
notes, op-ed drafts with editor's comments, university seminar syllabi,
most-significant-change story collections, visa invitation letter batches, court
interpreters' oath registers, insider-threat investigation reports, fake-profile
takedown requests, interpreter accreditation test results, study-tour group rosters,
petty-cash vouchers, Secret Santa pairing lists, caregiver-training practicum journals,
farm-help volunteer assignments, guest-lecturer booking lists, swimming-class grouping
sheets, Go-club league tables, scholarship selection committee reports, church-retreat
group assignments, start-up grant screening results, adult-learner dictation marking
sheets, insurance beneficiary change forms, suggestion-box transcriptions,
employee-of-the-month nominations, dietitian consultation notes, transcribed North
Korean commendation certificates, transcribed North Korean dispatch orders, Chinese
international-travel health certificate registers, Chinese employee-handbook
acknowledgement sheets, Russian postal money-order stubs, Russian fire-safety
inspection acts, Russian contract-termination notifications, Mongolian water-kiosk card
registers, Polish parish lists of Christmas Eve host families, Vietnamese supplier
delivery notes, Kuwaiti civil-ID collection lists, Qatari iftar-tent meal-count sheets,
stevedore gang sheets, log-scaler tally books, mine-rescue drill reports, tower-crane
operators' logbooks and lockout/tagout registers), in English,
Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian, Polish and
Vietnamese. All persons are fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
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
- OCR-garbled names are labelled as written ({{p:Kirn Chol-rnin}}).
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
- Real platforms and apps (WhatsApp, KakaoTalk, WeChat, Telegram) are public.
"""

PASSAGES: list[dict] = [
    {
        "id": "h58-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Kwang-il", "전광일", "witness", ["Kwang-il", "Jeon Gwang-il"]),
            ("Ho Song-man", "허성만", "supervisor", ["Uncle Kettle"]),
            ("An Myong-suk", "안명숙", "relative", ["Myong-suk"]),
            ("Yu Chol", "유철", "coworker", ["Chol"]),
        ],
        "note": "Third-person interview summary, logging in Amur Oblast; surname An beside the article 'an', surname Ho, coworker Yu beside 'you', one-syllable given name Chol alone, brigade leader nicknamed Uncle Kettle beside the ordinary kettle, South Korean spelling of the witness, Russian foreman with patronymic in Cyrillic, long text beyond the first paragraph; CRLF.",
        "text": """INTERVIEW SUMMARY - CASE RU-2024-031 (third person, for the case file)
Interviewer: {{p:Clara Benedetti}} | Interpreter: {{p:Seo Yun-ji}} | 14 May 2024, {{u:Seoul}}
Interviewee: {{r:JON Kwang-il}} ({{r:전광일}}), b. 1979, {{u:Hamhung}}. Registered at {{u:Hanawon}} as {{r:Jeon Gwang-il}}.

1. Background
{{r:Jon}} worked as a lathe operator in {{u:Hamhung}} until 2015, when he was selected for a forestry enterprise working under contract in {{u:Amur Oblast}}. He says selection took an afternoon of questions and an envelope of 300 US dollars, which his wife {{r:An Myong-suk}} handed to a cadre he knew only as "Director {{p:Ham}}". He wanted an interpreter from the north; Ms {{p:Seo}} explained that she was born in {{u:Busan}} and he accepted.

2. Journey
Thirty-two men went by train from {{u:Pyongyang}} through {{u:Tumangang}} to {{u:Khasan}}, then on to {{u:Tynda}}. At the border the brigade leader {{r:Ho Song-man}} collected every passport. {{r:Jon}} remembers {{r:Ho}} saying: "From today your passport is a Party document." The men called {{r:Ho}} "{{r:Uncle Kettle}}" because he was always boiling over; the real kettle in the barrack, he adds, was broken the whole first winter.

3. Work and pay
The camp lay about 80 km north of {{u:Tynda}}. The men felled larch in teams of four. {{r:Jon}}'s team was himself, {{r:Yu Chol}}, a young man called {{p:Song-ho}} and an older man, {{p:Pyon}}, who had been in the camp since 2011. According to {{r:Jon}}, the Russian lessee paid per cubic metre to the North Korean company, and the men received a monthly "living allowance" of 3,000 to 5,000 roubles. The rest went to the "plan". When {{r:Jon}} asked {{r:Ho}} how the plan was calculated, he was told: "If you want to know, you can go home." He did not ask again.

{{r:Yu}} was the one who kept count. "You could ask {{r:Chol}} how many trees we cut on any day of that year and he would tell you," {{r:Jon}} said. In February 2017 {{r:Chol}} was hit by a falling branch and broke his collarbone. The Russian foreman, whom {{r:Jon}} called {{p:Nikolai Petrovich}} (he wrote it for us as {{p:Николай Петрович}}), drove him to the hospital in {{u:Tynda}}. {{r:Ho Song-man}} deducted the fuel from the whole team's allowance.

4. Family
{{r:An Myong-suk}} sent two letters through returning workers. In the second, {{r:Myong-suk}} wrote that their son had failed the entrance examination to a university in {{u:Hamhung}}. {{r:Jon}} kept the letter until his escape and showed us a photograph of it on his phone. He asked that the letter not be quoted.

5. Escape
In August 2018 {{r:Jon}} and {{r:Yu}} left the camp during a fuel delivery. They reached {{u:Khabarovsk}} by bus and contacted a church group. {{r:Yu Chol}} was caught at the railway station in {{u:Khabarovsk}}; {{r:Jon}} does not know what happened to him afterwards. He says he still dreams about an empty kettle on the stove and {{r:Uncle Kettle}} shouting.

Interviewer's note: the witness was calm and precise on dates. Second interview with {{p:Clara}} scheduled for June. File reviewed by {{p:K.H.L.}}""",
    },
    {
        "id": "h58-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Yong-nam", "소영남", "witness", ["Yong-nam"]),
            ("Do Hyon-chol", "도현철", "supervisor", []),
            ("Kim Il-bong", "김일봉", "coworker", ["Il-bong", "Bong"]),
        ],
        "note": "Question-and-answer transcript with speaker labels, Kuwait construction; surname So as speaker label beside 'So,' at the start of sentences, surname Do beside the verb 'do', private Kim beside Kim Il Sung and Kim Jong Un (public), one-syllable nickname Bong, interviewer's initials as labels.",
        "text": """Transcript - session 2 of 2 (English rendering from Korean)
Project: Gulf construction testimonies | File: KW-17-so_{{r:yongnam}}_s2.docx
Present: {{p:Rebecca Oyelaran}} ({{p:RO}}), {{p:Han Da-eun}} (interpreter, {{p:HD}}), {{r:So Yong-nam}} ({{r:SO}})

{{p:RO}}: Last week we stopped when you arrived in {{u:Kuwait City}}. Can you tell me where the site was?
{{r:SO}}: So, the site was near {{u:Jahra}}. A housing project. We were forty-four men from the {{u:DPRK}} and maybe two hundred Indians and Egyptians.
{{p:RO}}: Who was responsible for your group?
{{r:SO}}: The man in charge was {{r:Do Hyon-chol}}. We said "director {{r:Do}}" when he was listening and just "{{r:Do}}" when he was not.
{{p:RO}}: What did he do, day to day?
{{r:SO}}: What did he do? He counted. He counted people, he counted money. He did not do any work with his hands.
{{p:HD}}: He laughs here. He says {{r:Do}} had very soft hands.
{{p:RO}}: Were you paid?
{{r:SO}}: The company paid the money to {{r:Do}}. I saw a payslip once, in English, 180 dinars. I received about 30. We were told the rest was for {{u:Kim Jong Un}}'s loyalty fund and for the office in {{u:Pyongyang}}.
{{p:RO}}: Did anyone complain?
{{r:SO}}: {{r:Kim Il-bong}} complained once. He was from my town. We called him {{r:Bong}}, because he was short and round, like a stick with a ball on top.
{{p:RO}}: What happened to {{r:Il-bong}}?
{{r:SO}}: {{r:Do Hyon-chol}} held a criticism session the same evening. Everybody had to say something against {{r:Bong}}. I said he was lazy. It was not true. I am still ashamed of it.
{{p:RO}}: Take your time.
{{r:SO}}: No, it's fine. After three weeks {{r:Il-bong}} was sent home. I heard he went by {{u:Air Koryo}} from {{u:Beijing}}, with two security men.
{{p:RO}}: Did you ever meet people from outside the group? Kuwaitis, other workers?
{{r:SO}}: There was an Egyptian, {{p:Mahmoud}}, a mason. He gave me tea and showed me a video of {{u:Cairo}} on his phone. {{r:Do}} saw us and I had to write a self-criticism.
{{p:RO}}: When you say "the office", which office?
{{r:SO}}: The company office in {{u:Kuwait City}}. The head there was called {{p:Ri Jong-guk}}. I met him only at the {{u:Kim Il Sung}} birthday celebration in April.
{{p:RO}}: How did you leave the group in the end?
{{r:SO}}: So, in 2017 there was a rule from the {{u:United Nations}} that the workers must go home. {{r:Do}} told us it was our choice to stay. Then in December he said we would all fly home. I did not want to go home with nothing.
{{p:HD}}: He asked me not to say the rest in front of the recorder. We stopped at 41:20.

[Recorder resumed 41:55]
{{p:RO}}: Thank you, Mr {{r:So}}. Is there anything else you want to say?
{{r:SO}}: Only that {{r:Bong}} was not lazy. Please write that.

Transcribed by {{p:HD}}, checked by {{p:RO}}, 3 March 2024.""",
    },
    {
        "id": "h58-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Chol-jun", "백철준", "witness", ["Chol-jun", "Baek Cheol-jun"]),
            ("O Kum-hui", "오금희", "relative", ["Kum-hui"]),
        ],
        "note": "Prosthetics fitting record for a former construction worker who lost a leg in Russia; surname O for the wife beside 'O-ring' and 'o'clock'; technicians, physiotherapist and orthopaedic surgeon private; hospital and foundation public; zero-width space inside the patient's name in the header; table rows of fittings.",
        "text": """PROSTHETIC & ORTHOTIC SERVICES - FITTING RECORD
Patient: {{r:PAEK Chol\u200b-jun}} (South Korean ID name: {{r:BAEK Cheol-jun}})   Record no. PO-22-0418
Referred by: {{u:Korea Hana Foundation}} medical support programme; NGO caseworker {{p:Lim Soo-ah}}
Amputation: left transtibial, 2016, {{u:Vladivostok}} (fall from scaffolding, see referral letter from Dr {{p:Yevgenia Orlova}})
Prescribing physician: Dr {{p:Kwon Hyuk-joo}}, {{u:Asan Medical Center}}

Visit log
| Date       | Clinician          | Procedure                                  | Notes |
| 2022-04-18 | {{p:J. Mendes}}    | Casting, check socket                      | Pt anxious, wife present |
| 2022-05-02 | {{p:J. Mendes}}    | Fitting, pin-lock liner, O-ring replaced   | Gait training booked |
| 2022-05-16 | {{p:Park Na-rae}} (PT) | Gait training 45 min                   | Pt walked 30 m unaided |
| 2022-06-20 | {{p:Mendes}}       | Socket adjustment, distal padding          | Redness medial tibia |
| 2023-01-09 | {{p:Yoo Jae-sung}} | New liner, foot shell replaced             | Weight +6 kg |

Narrative ({{p:J. Mendes}}, CPO)
Mr {{r:Paek}} attended at 10 o'clock with his wife, Mrs {{r:O Kum-hui}}. He reports wearing the previous prosthesis, issued in {{u:North Korea}} in 2017, for only a few hours a day because the socket was carved from wood. {{r:Kum-hui}} says he used crutches at home. He states that after the fall in {{u:Vladivostok}} the brigade leader, a man he calls {{p:Sim}}, "waited two hours before calling anyone". He was treated at a city hospital and then sent home via {{u:Rason}}.

At the fitting Mr {{r:Paek}} stood for the first time with equal weight on both legs. His wife cried. Mrs {{r:O}} asked whether the new leg could be used in the bath; I explained it could not and gave her the shower-leg leaflet. Mr {{r:Paek}} asked whether the liner could be washed in soapy water; yes.

PT note ({{p:Park Na-rae}}): Pt motivated. He mentions a former coworker, {{p:Chae Yong-su}}, also an amputee, who lives in {{u:Incheon}} and might need our services; pt will pass on our number. Caution: pt does not want his name given to anyone from the press.

Follow-up: 6 months. Invoice to {{u:Korea Hana Foundation}}. Copy to caseworker {{p:Lim}}.
Signed: {{p:João Mendes}}, CPO, 16 May 2022 / countersigned {{p:Yoo Jae-sung}}""",
    },
    {
        "id": "h58-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Myong-ho", "송명호", "witness", ["Myong-ho"]),
            ("Ha Un-jong", "하운정", "relative", []),
        ],
        "note": "Audiology assessment report for a former shipyard welder in Poland; surname Song beside the ordinary word 'song' and 'birdsong', surname Ha beside the laugh 'ha', Polish site doctor with a case ending, audiologist and ENT private, a bracketed initial for a coworker, hospital and city public.",
        "text": """AUDIOLOGICAL ASSESSMENT REPORT
Client: {{r:SONG Myong-ho}} | DOB 1981-07-02 | Ref. AUD-2023-1192
Referred by: Dr {{p:Chung}}, family medicine, for suspected noise-induced hearing loss
Accompanied by: Ms {{r:Ha Un-jong}} (sister)
Audiologist: {{p:Hyejin Lee}}, MSc

History
Mr {{r:Song}} worked from 2013 to 2016 as a welder and grinder at a shipyard in {{u:Gdynia}}, {{u:Poland}}, as part of a North Korean work group. He reports ten- to twelve-hour shifts inside hull sections with no hearing protection other than cotton wool. He states the group leader, whom he names only as Mr {{p:Chang}}, "sold" the foam earplugs issued by the yard. He first noticed tinnitus in 2014. A Polish occupational doctor examined him once; he remembers the name as "doktor {{p:Nowakowa}}" and that she wrote something the interpreter, {{p:Kyong-a}}, would not translate.

Mr {{r:Song}} says he cannot hear birdsong any more and avoids family gatherings. His sister, Ms {{r:Ha}}, confirms he turns the television very loud. "Ha, the neighbours complain to me, not to him," she said.

Tests
Otoscopy: clear canals bilaterally.
Tympanometry: type A bilaterally.
Pure-tone audiometry: bilateral sensorineural loss with a notch at 4 kHz, right 55 dB HL, left 60 dB HL.
Speech in noise (Korean sentence test): SNR loss 9 dB.

Mr {{r:Song}} was asked to sing a familiar song to assess his own-voice perception; he chose a children's song from his hometown, {{u:Sinpo}}, and stopped after one verse.

Impression
Findings are consistent with long-term occupational noise exposure. Mr {{r:Song}} mentions that a fellow welder, "{{p:K.}}" (he did not want to give the full name), had similar complaints and now lives in {{u:Daegu}}.

Plan
1. Bilateral hearing aids; application for subsidy through {{u:National Health Insurance Service}}.
2. Referral to ENT, Dr {{p:Seo Min-gyu}}, {{u:Seoul National University Hospital}}, to exclude other causes.
3. Written summary in English for the NGO legal team ({{p:Alice Okonkwo}}).

{{p:Hyejin Lee}}, audiologist | cc: Dr {{p:Chung}}; Ms {{r:Ha Un-jong}}""",
    },
    {
        "id": "h58-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-su", "리광수", "witness", ["R.K.S."]),
            ("Choe Un-ha", "최은하", "witness", ["C.U.H."]),
            ("Kang Thae-song", "강태성", "official", []),
        ],
        "note": "Draft annex footnotes for a UN panel-of-experts report; interviewees by initials and by name, a fictional trade representative with a capitalised surname, the Panel, Security Council, missions, Chinese and Russian cities public; invented companies unmarked; footnote numbers next to names.",
        "text": """Annex 47 (draft, not for circulation): Overseas workers - sources and notes

Footnotes
[112] Interview conducted by two members of the {{u:Panel of Experts}} with a former worker ({{r:R.K.S.}}) in {{u:Seoul}}, 3 October 2023. The interviewee, Mr {{r:Ri Kwang-su}}, has consented to being named in the confidential version only.
[113] {{r:R.K.S.}} stated that 23 workers were dispatched in 2019 to a garment factory in {{u:Dandong}}, {{u:Liaoning Province}}, after the deadline set by {{u:Security Council}} resolution 2397 (2017).
[114] The worker was met at the border by a {{u:DPRK}} trade representative identified as {{r:KANG Thae-song}}, who, according to {{r:R.K.S.}}, held the workers' passports in a safe at the factory office.
[115] Ibid. The interviewee also named {{p:JANG Yong-chol}} as the factory's North Korean accountant and Mr {{p:Liu}} as the Chinese general manager. The Panel was unable to confirm either identity.
[116] Interview with a second former worker ({{r:C.U.H.}}), {{u:Seoul}}, 4 October 2023. Ms {{r:Choe Un-ha}} was employed at a seafood processing plant in {{u:Hunchun}} from 2017 to 2020.
[117] {{r:C.U.H.}} identified {{r:Kang}} from a photograph as the official who visited the plant in 2018 and 2019. She described him as "the man with the gold watch".
[118] Correspondence from the {{u:Permanent Mission of the People's Republic of China to the United Nations}}, 12 December 2023. The Mission stated that it had "no information" about the individuals named.
[119] The Panel also received a list of 17 names from an NGO. Of those, {{p:PAK Song-il}}, {{p:RIM Chun-hwa}} and {{p:KYE Ok-ryon}} correspond to passengers on a bus crossing at {{u:Quanhe}} on 6 June 2019.
[120] Confidential source, on file with the Panel. The source cited "Director {{p:Hwang}}" as having arranged the transfer of the workers' wages through a bank account in {{u:Shenyang}}.
[121] {{r:Ri Kwang-su}} stated that a supervisor, {{p:Ho Chang-min}}, told workers that their contracts were "extended by the Party".
[122] See also report S/2024/215, paragraphs 141-149, on revenue from overseas workers in {{u:Russia}}, including {{u:Vladivostok}} and {{u:Ussuriysk}}.
[123] {{r:C.U.H.}} further stated that a coworker, "{{p:Myong-sun}}", was sent home after becoming pregnant. The Panel has not been able to trace {{p:Myong-sun}}.
[124] The Panel wrote to the {{u:Democratic People's Republic of Korea}} on 15 January 2024 requesting information on {{r:KANG Thae-song}}. No reply had been received at the time of writing.
[125] Company registration documents obtained from public records list {{p:ZHANG Wei}} and {{p:SUN Lixia}} as shareholders of the factory's operating company.""",
    },
    {
        "id": "h58-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ryu Song-a", "류성아", "witness", ["Song-a", "Sunga"]),
            ("Tak Chol-min", "탁철민", "witness", ["Chol-min"]),
        ],
        "note": "Concept note for a UN side event in Geneva with speakers, co-sponsors and practical notes; the real Special Rapporteur and High Commissioner (public) beside fictional diplomats, moderator and NGO staff (private); witnesses registered, one under a stage name; fullwidth letters in a researcher's name, emoji after names, e-mail local parts spelling names and a role account unmarked; CRLF.",
        "text": """CONCEPT NOTE (draft 2, 26 February)
Side event: "Workers Abroad, Wages Taken: North Korean Labour Exports after 2017"
55th session of the {{u:Human Rights Council}} | Room XXV, {{u:Palais des Nations}}, {{u:Geneva}} | 13:00-14:30
Drafted by {{p:Inès Moreau}}; comments to {{p:ines.moreau}}@coalition.example, not to info@coalition.example

1. Background
In 2017 the {{u:Security Council}} required States to repatriate North Korean workers. Reports since then, including those of the Special Rapporteur, {{u:Elizabeth Salmón}}, describe workers who remained in {{u:China}} and {{u:Russia}} or were sent under other visa categories. This event brings two former workers into the room to speak for themselves.

2. Objectives
(a) To hear first-hand accounts; (b) to discuss what buyers, host States and UN bodies can do; (c) to present the coalition's recommendations.

3. Format and speakers
- Opening: Mr {{p:Dominik Brenner}}, Deputy Permanent Representative of a co-sponsoring mission (TBC).
- Keynote: {{u:Elizabeth Salmón}} (confirmed through her office).
- Testimony: {{r:Ryu Song-a}}, who will appear as "{{r:Sunga}}" (no photographs), former seamstress in {{u:Dandong}}; and {{r:Tak Chol-min}}, former construction worker in {{u:Saint Petersburg}}, with consecutive interpretation by {{p:Yoon Ha-rin}}.
- Research: {{p:Ｋｉｍ Ｓｅｏ-ｙｅｏｎ}} on wage flows ({{p:seoyeon.kim}}@inst.example).
- Trade-union view: {{p:Tomasz Wrona}} (sends apologies; statement to be read by {{p:Sophie Delacroix}}).
- Moderator: {{p:Sophie Delacroix}}.

4. Co-sponsors (to be confirmed by the missions)
Two missions have expressed interest; Mr {{p:Ahmed Al-Rashidi}} of one of them will reply after consulting his capital. {{u:OHCHR}} has been informed.

5. Practical notes
- {{r:Song-a}} asked that photographers be told before the event; {{p:Sophie}} will speak to {{u:UN Web TV}}, although side events are not normally filmed.
- {{r:Chol-min}} lands in {{u:Geneva}} at 09:10; {{p:Hyun Ji-woo}} meets him at the airport. 🚆
- The High Commissioner, {{u:Volker Türk}}, will not attend; his office sent a short message that {{p:Sophie}} will read out.
- Press: {{p:Mikael Lindqvist}} has agreed not to name the witnesses. Student volunteer {{p:Grace Oduya}} 🎓 and {{p:Ji-woo}} staff the desk.
- Ask {{p:Inès}} to print 40 copies of the recommendations; {{p:Kim}} asked for Korean copies.
- Social media: "two former workers" only, no names, from @coalition_account.""",
    },
    {
        "id": "h58-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Moon Hye-ryon", "문혜련", "witness", ["Hye-ryon"]),
            ("Jo Kwang-chol", "조광철", "supervisor", ["Jo the Clock"]),
        ],
        "note": "Op-ed draft with the editor's bracketed comments and tracked suggestions; private witness Moon beside the ordinary word 'moon' and the former president Moon Jae-in (public), supervisor Jo beside 'Jo the Clock' nickname, author and editor private, presidents and agencies public, tracked-change initials.",
        "text": """DRAFT 3 - OPINION - for the Saturday page (approx. 850 words; now 1,020)
Headline (working): "The wages that never came home"
By {{p:Daniel Whitfield}} and {{p:Kang Min-seo}}
[ED ({{p:PR}}): Please cut to 850. Also check the headline with {{p:Nadia}} on the desk.]

Every night for three years, {{r:Moon Hye-ryon}} looked at the moon through a window in a seafood plant in {{u:Donggang}}, {{u:China}}, and wondered whether her mother in {{u:Sinuiju}} could see the same one. She was 23. She peeled shrimp for 14 hours a day and was allowed out of the compound twice a year, in a group, with a minder.
[ED: Is {{r:Moon Hye-ryon}} her real name? If yes, we can't use it. Readers will think of {{u:Moon Jae-in}}. Suggest pseudonym. - {{p:PR}}]
[AUTHOR ({{p:DW}}): She chose the pseudonym herself. It is not her real name. Keep?]
[ED: OK but add "a pseudonym" at first mention.]

{{r:Hye-ryon}}'s supervisor, {{r:Jo Kwang-chol}}, kept the workers' passports and wrote the monthly production figures by hand on a board. The women called him "{{r:Jo the Clock}}" because he timed their toilet breaks.
[ED: nice detail, keep]

When governments in {{u:Seoul}} changed, from {{u:Moon Jae-in}} to {{u:Yoon Suk Yeol}}, policy on the North changed with them. What did not change is that the money these women earned went to {{u:Pyongyang}}.
[ED: this line reads partisan. Rephrase neutrally? - {{p:PR}}]
[AUTHOR ({{p:KMS}}): Rephrased: "Across successive administrations in {{u:Seoul}}, ..."]

By the time {{r:Moon}} escaped in 2020 she had been paid, in total, the equivalent of about 400 US dollars. Her friend {{p:Kye Sol-mi}}, who shared her bunk, was not so lucky: {{p:Sol-mi}} was sent home after she fainted on the line. {{r:Hye-ryon}} has not heard from her since.
[ED: "not so lucky" is glib. Delete?]

The {{u:UN Security Council}} banned the employment of North Korean workers abroad in 2017. Yet reports by the {{u:Panel of Experts}}, and investigations by journalists such as {{u:Anna Fifield}}, have described workers still present in {{u:China}} and {{u:Russia}} years later.
[ED: "journalists such as" - fine to name, it's published work. Link to the piece?]

What can be done? Buyers of Chinese seafood can demand audits that actually include the night shift. {{r:Jo}}'s plant, {{r:Hye-ryon}} says, passed an audit in 2019 because the North Korean workers were locked in the dormitory for the day. [ED: legal should read this sentence - {{p:Rafael}}, can you?]

[LEGAL ({{p:R. Pinto}}): Sentence OK as attributed claim. Do not name the plant.]

{{p:Daniel Whitfield}} is a researcher at a human rights NGO in {{u:London}}. {{p:Kang Min-seo}} is a lawyer in {{u:Seoul}}.
[ED: bios fine. Please send a photo of {{p:Daniel}}, none of {{p:Min-seo}} as agreed. - {{p:Priya R.}}]""",
    },
    {
        "id": "h58-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chae Myong-jin", "채명진", "witness", ["Myong-jin"]),
        ],
        "note": "University seminar syllabus on forced labour; real authors of published books are public, fictional guest speakers, TA and students private; a registered witness speaking as a guest under a given name; student project groups in a table with surnames alone; week numbers beside names.",
        "text": """{{u:SOAS University of London}} - Department of Development Studies
Module: Forced Labour in Global Supply Chains (15 credits), Term 2
Convenor: Dr {{p:Helen Marchetti}} | TA: {{p:Joon-ho Baek}} | Office hours Thu 14-16, Room 4426

Week 1 - Concepts
Reading: {{u:ILO}} Forced Labour Convention, 1930 (No. 29); {{u:Kevin Bales}}, Disposable People (1999), ch. 1.

Week 2 - Debt and dispatch
Reading: {{u:Andrei Lankov}}, The Real North Korea (2013), ch. 4; {{u:Stephan Haggard}} and {{u:Marcus Noland}}, Witness to Transformation (2011), ch. 3.

Week 3 - Guest session: overseas workers
Guest speaker: {{r:Myong-jin}}, a former construction worker who spent four years in {{u:Saint Petersburg}}, in conversation with Dr {{p:Marchetti}}. Interpreted by Ms {{p:Ahn}}. Please do not photograph or record the session. {{r:Chae Myong-jin}}'s full name is not to be used in essays.

Week 4 - Seafood and garments
Reading: {{u:Barbara Demick}}, Nothing to Envy (2009), ch. 11 (for background); NGO reports provided on {{u:Moodle}}.
Guest speaker: {{p:Rahul Menon}}, compliance auditor (by video from {{u:Singapore}}).

Week 5 - Reading week

Week 6 - Law and remedies
Guest: {{p:Paula Ortiz Vega}}, barrister. Case study: damages claims in {{u:Seoul Central District Court}}.

Assessment groups (presentations in Week 9)
| Group | Members                                   | Topic |
| A     | {{p:Adeyemi}}, {{p:Choi}}, {{p:Fernandes}}, {{p:Holm}} | Russian logging camps |
| B     | {{p:Ito}}, {{p:Kowalczyk}}, {{p:Nguyen}}, {{p:Osei}}   | Chinese seafood plants |
| C     | {{p:Patel}}, {{p:Rossi}}, {{p:Schulz}}, {{p:Yoon}}    | Gulf construction |

Notes from the TA
- Group C: {{p:Yoon}} has swapped with {{p:Ahn}} from Group B, please update {{u:Moodle}}. (Not the interpreter, a different {{p:Ahn}}.)
- {{r:Myong-jin}} has asked that questions be sent in advance; send them to me by Monday.
- Dr {{p:Marchetti}} is away in Week 7; {{p:Joon-ho}} will lead the seminar.""",
    },
    {
        "id": "h58-en-09",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kye Sun-hwa", "계순화", "witness", ["Sun-hwa"]),
            ("Pyon Ung-chol", "변웅철", "witness", ["Ung-chol", "Chol"]),
            ("Na Yong-ae", "나영애", "witness", ["Yong-ae"]),
        ],
        "note": "Most-significant-change story collection with the selection panel's comments (M&E); three storytellers registered, one with the surname Na; the word 'na' in a quoted Russian phrase is not a name; panel members by first name and initials; mentor and employer private; half the line breaks CRLF.",
        "text": """MOST SIGNIFICANT CHANGE - Round 4 (Jan-Jun 2024)
Programme: Reintegration support for former overseas workers, {{u:Seoul}} and {{u:Gyeonggi Province}}
Domain: "Changes in how I earn and keep my own money"
Stories collected by: {{p:Jang Eun-bi}}, {{p:Marcus Feld}}
Selection panel: {{p:Eun-bi}}, {{p:Marcus}}, {{p:Haruka}}, {{p:Y.S.}} (board), {{p:Dong-hyun}} (peer rep)

Story 1 - told by {{r:Kye Sun-hwa}}, 41 (collected 12 March)
"In {{u:Russia}} I sewed uniforms for three years and never held my own wages. The manager, Comrade {{p:Ju}}, gave us 'pocket money' on the first of the month. Here I opened a bank account at {{u:Woori Bank}} with my mentor {{p:Eun-bi}}. The first time the salary came in, I printed the statement and put it on the fridge. My daughter laughed at me. Now I am saving for her university."
Why chosen / not chosen: Panel split. {{p:Marcus}}: "Strong story but the change is partly the bank account, which we did not provide." {{p:Y.S.}}: "The change in confidence is ours."

Story 2 - told by {{r:Pyon Ung-chol}}, 38 (collected 20 April)
"On the logging site near {{u:Tyndinsky District}} we were told: the plan comes first. A Russian driver used to say 'davai, na rabotu' to us every morning, and we did not know what it meant for months. Our brigade leader {{p:Mun}} took everything. In {{u:Korea}} I got a job at a logistics company in {{u:Pyeongtaek}}. In March the boss, Mr {{p:Seo}}, paid me less than the contract said. Before, I would have said nothing. This time I went to the labour office with {{p:Dong-hyun}} from the peer group. I got the difference back, 412,000 won. I bought chicken for everyone in the peer group."
Why chosen: Unanimous. {{p:Haruka}}: "This is exactly the domain." {{r:Ung-chol}} asked that the amount be kept in. Note: "{{r:Chol}}" in the peer group's chat is the same person.

Story 3 - told by {{r:Na Yong-ae}}, 52 (collected 3 May)
"I was a cook for a construction group in {{u:Kuwait}}. I kept a notebook of what I was owed. {{p:Ri Chun-sik}}, the accountant, burned it in front of me. Now I keep two notebooks, one at home and one at my friend {{p:Ok-hui}}'s house. The programme taught me how to use a banking app. I still keep the notebooks."
Why not chosen: Panel felt the change was small. {{p:Y.S.}} disagreed strongly: "For Ms {{r:Na}} this is not small." Story to be used in the annual report with her consent ({{r:Yong-ae}} signed on 6 May).

Overall: Story 2 selected. Feedback to storytellers by {{p:Eun-bi}} in June. Next round domain: "Changes in family relationships".""",
    },
    {
        "id": "h58-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Bat-Erdene Gantulga", "바트에르덴 간톨가", "other", ["Bat-Erdene"]),
            ("Sher Bahadur Thapa", "셰르 바하두르 타파", "coworker", ["Thapa"]),
            ("Ri Hyang-mi", "리향미", "witness", ["Hyang-mi"]),
        ],
        "note": "Batch of Schengen visa invitation letters for a conference in Brussels; Mongolian lawyer and Nepali former coworker registered, a North Korean witness registered and named in a letter body; passport numbers near names; embassies, Parliament and cities public; NGO staff signing private; Mongolian patronymic form and Nepali surname alone.",
        "text": """Letter 1 of 3

To: Visa Section, {{u:Embassy of Belgium in Ulaanbaatar}} (through {{u:VFS Global}})
Re: Invitation - Mr {{r:GANTULGA Bat-Erdene}}, passport no. E1234567

Dear Sir or Madam,
We invite Mr {{r:Bat-Erdene Gantulga}}, lawyer, of {{u:Ulaanbaatar}}, to speak at our conference "Labour Without Rights: North Korean Workers Abroad", held at the {{u:European Parliament}}, {{u:Brussels}}, on 22-23 October 2024. Mr {{r:Gantulga}} has represented North Korean workers in labour disputes in {{u:Mongolia}} since 2016. Our organisation will cover his flights, accommodation at a hotel in {{u:Ixelles}} and daily allowance. He will return to {{u:Mongolia}} on 25 October.
Contact person: {{p:Léa Vermeulen}}, programme officer, +32 2 000 00 00, {{p:lea.vermeulen}}@ngo.example
Yours faithfully, {{p:Pieter De Smet}}, Director

Letter 2 of 3

To: Visa Section, {{u:Embassy of Belgium in New Delhi}} (jurisdiction for {{u:Nepal}})
Re: Invitation - Mr {{r:Sher Bahadur THAPA}}, passport no. PA0098765

Dear Sir or Madam,
We invite Mr {{r:Thapa}}, a former construction worker, to give testimony at the above conference. From 2015 to 2018 Mr {{r:Thapa}} worked on a building site in {{u:Doha}}, {{u:Qatar}}, alongside a group of North Korean workers. He will speak about what he saw, including the case of a North Korean worker, Ms {{r:Ri Hyang-mi}}, a cook on the site, whose testimony our organisation recorded in 2023 and who will join the panel by video from {{u:Seoul}}.
He will be accompanied by an interpreter, Ms {{p:Anjali Gurung}}, whose invitation follows separately. Contact person: {{p:Léa Vermeulen}}.
Yours faithfully, {{p:Pieter De Smet}}, Director

Letter 3 of 3 (draft, not sent)

To: Visa Section, {{u:Embassy of Belgium in New Delhi}}
Re: Invitation - Ms {{p:Anjali GURUNG}}, passport no. PA0011223
Ms {{p:Gurung}} will interpret from Nepali into English for Mr {{r:Thapa}}. Note for {{p:Léa}}: check whether {{p:Anjali}} already holds a valid visa from her trip to {{u:Lisbon}}; if so, cancel this letter.

Internal note ({{p:P.D.S.}}): Ms {{r:Hyang-mi}} cannot travel; her video link is arranged by {{p:Oh Se-jin}} in {{u:Seoul}}. Do NOT mention her in any letter sent to an embassy. Letter 2 to be revised - {{p:Léa}}, please remove the paragraph naming {{r:Ri}}.""",
    },
    {
        "id": "h58-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hong Yong-chol", "홍영철", "witness", ["HYC"]),
            ("Jo Song-hui", "조성희", "witness", ["JSH"]),
        ],
        "note": "Court interpreters' oath and affirmation register at a UK asylum hearing centre; fictional judges, clerks and interpreters private, appellants by name and by initials, surname Jo beside the given name Jo of an interpreter, No. column header beside the surname No, hearing centre and tribunal public; CRLF.",
        "text": """{{u:FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)}}
{{u:TAYLOR HOUSE}}, 88 Rosebery Avenue, {{u:London}} EC1R 4QU
REGISTER OF INTERPRETERS - OATHS AND AFFIRMATIONS (Court 7) - week commencing 10 June 2024
Usher on duty: {{p:Maureen Clarke}}; list clerk: {{p:Devon Harris}}

No. | Date  | Appeal ref.    | Appellant          | Language | Interpreter           | O/A | Judge
1   | 10/06 | PA/01234/2024  | {{r:HONG Yong-chol}}   | Korean   | {{p:Jo Anne Whitaker}}  | A   | Judge {{p:Okafor}}
2   | 10/06 | PA/01301/2024  | {{p:M.K.}} (anonymised) | Tigrinya | {{p:Kidane Tesfay}}    | O   | Judge {{p:Okafor}}
3   | 11/06 | PA/00988/2024  | {{r:JO Song-hui}}      | Korean   | {{p:Nam Ji-eun}}        | A   | Judge {{p:Hartley}}
4   | 11/06 | PA/01544/2023  | {{p:NO Myong-il}}      | Korean   | {{p:Nam Ji-eun}}        | A   | Judge {{p:Hartley}}
5   | 12/06 | PA/01610/2024  | {{p:A.S.R.}}           | Pashto   | {{p:Farid Noori}}       | O   | Judge {{p:Lindsay}}
6   | 13/06 | PA/01234/2024  | {{r:HYC}} (adjourned from 10/06) | Korean | {{p:Bang Soo-min}} | A | Judge {{p:Okafor}}

Notes
1. 10/06 - Interpreter Ms {{p:Whitaker}} ({{p:Jo}}) confirmed she interprets Korean (South) and that she and the appellant understood each other. The appellant said he was from {{u:Chongjin}} and had worked in {{u:Vladivostok}}. After 20 minutes Mr {{r:Hong}} said he could not understand some words; the judge adjourned. Note: the interpreter ({{p:Jo}}) is not related to the appellant in line 3.
2. 11/06 - Ms {{r:Jo}} (line 3) affirmed her statement through Ms {{p:Nam}}. Her representative, Mr {{p:Farouk}} of counsel, asked that her brother's name, {{p:Jo Song-chol}}, be anonymised in the determination; granted.
3. 11/06 - Appellant {{p:No}} (line 4): no problems with interpretation. Same interpreter as line 3, no objection from either side.
4. 13/06 - Resumed hearing for {{r:HYC}}. Interpreter {{p:Bang Soo-min}}, born in {{u:Hyesan}}, confirmed no conflict of interest; she has not met the appellant. The appellant was content. The {{u:Home Office}} presenting officer, Ms {{p:Chaudhry}}, raised no objection.
5. Request from {{p:Nam Ji-eun}}: please spell her surname with one "e" in future registers.

Checked: {{p:D. Harris}}, 14/06/2024""",
    },
    {
        "id": "h58-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ethan Mercer", "이선 머서", "other", ["E. Mercer", "emercer", "Ethan"]),
            ("Lin Haoran", "린하오란", "other", ["Lin"]),
            ("Denise Farr", "데니스 파", "other", ["Denise"]),
        ],
        "note": "Insider-threat investigation report of a company that hired a remote developer suspected to be a North Korean IT worker; a false Western identity registered with handle and e-mail local part, a laptop-farm host and a Chinese-named account registered; company staff private; FBI, GitHub, Slack and other platforms public; a role account unmarked; the word 'mercer' as an ordinary trade word in a quote.",
        "text": """CONFIDENTIAL - INSIDER RISK INVESTIGATION - IR-2024-009
Prepared by: {{p:Alan Brooks}} (Security) with {{p:Nicole Tran}} (HR) and {{p:Sam Whitlock}} (IT)
Date: 9 September 2024 | Distribution: CISO, General Counsel ({{p:Margaret Ellis}})

1. Summary
On 2 July 2024 the company hired a remote senior developer under the name "{{r:Ethan Mercer}}". Onboarding laptop was shipped to an address in {{u:Phoenix}}, {{u:Arizona}}. Between July and August the account {{r:emercer}} accessed repositories outside its project scope. On 28 August the {{u:FBI}} contacted the company regarding a network of remote workers believed to be acting on behalf of the {{u:DPRK}}. This report summarises what we know. It does not establish anyone's real identity.

2. Timeline
- 14 May: Application via {{u:LinkedIn}}. CV lists {{u:University of Texas at Austin}} (2012) and three prior employers. Reference given: "{{p:Tom Becker}}", whose phone went to voicemail.
- 22 May: Video interview with {{p:Priya Shah}} and {{p:Jonas Weber}}. Camera "broken"; audio only. {{p:Priya}} noted a strong accent inconsistent with the CV.
- 2 July: Laptop delivered to the {{u:Phoenix}} address, signed for by "{{r:D. Farr}}".
- 3 July onwards: Logins from the {{u:Phoenix}} address via a remote-desktop tool; simultaneous logins from an IP range in {{u:Shenyang}} (flagged by {{p:Sam}} on 19 July, not escalated).
- 8 August: {{r:Ethan}} asked in {{u:Slack}} for access to the payments repository. Denied by team lead {{p:Marco Silva}}.
- 28 August: {{u:FBI}} contact. Account suspended same day.

3. Persons and accounts
3.1 "{{r:Ethan Mercer}}" - {{u:GitHub}} handle {{r:emercer}}-dev, e-mail {{r:ethan.mercer}}@mailbox.example. Payroll paid to an account at a fintech; payroll notes show a change of account on 1 August to a holder named "{{r:LIN Haoran}}" (entered in the payroll form in fullwidth letters as "{{r:ＬＩＮ Ｈａｏｒａｎ}}").
3.2 {{r:Denise Farr}} - resident at the {{u:Phoenix}} address; 11 other company laptops were reportedly at the same address. {{r:Denise}} told the {{u:FBI}} agent (per his call with {{p:Margaret}}) that she was "paid to keep the laptops on".
3.3 {{r:Lin}} - unknown. The same name appears as a payee in two other companies' incidents shared through an industry group.
3.4 A second applicant, "{{p:Kevin Zhao}}", applied on 2 June with an almost identical CV. {{p:Jonas}} rejected him after a coding test.

4. Observations
{{r:Mercer}} wrote good code. His manager, {{p:Marco}}, said: "He was the best engineer on the team." In {{u:Slack}} he described himself once as "a mercer of code", which nobody understood. The job-posting alias jobs@company.example is a role account and was not involved.

5. Actions
Credentials revoked; repositories audited (no exfiltration found so far); payroll to the {{r:Lin}} account stopped; legal hold issued by {{p:M. Ellis}}. Contact at the {{u:FBI}} field office: Special Agent {{p:R. Dominguez}}.
Report by {{p:A. Brooks}}""",
    },
    {
        "id": "h58-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Yong-ae", "최영애", "witness", ["Yong-ae"]),
            ("Ri Myong-guk", "리명국", "supervisor", ["Mike Lee", "Mike", "mike.lee"]),
        ],
        "note": "Batch of fake-profile takedown requests sent to platforms; a former worker's stolen photo used by fake profiles, a supervisor who used an English alias registered with handle; profile URLs with names, emoji in quoted profile text, NGO staff private, platforms public; the word 'lee' as in 'lee side' unmarked.",
        "text": """TAKEDOWN REQUESTS - batch 2024-11 (prepared by {{p:Ye-jin Oh}}, digital security)

Request 1 - to {{u:LinkedIn}} (impersonation / fake profile)
Profile: linkedin.com/in/{{p:sophia-kang}}-design-2023
Reported name on profile: "{{p:Sophia Kang}}", "Senior UI Designer, {{u:Toronto}}"
Reason: The profile photo is a photograph of our client Ms {{r:Choe Yong-ae}}, taken in 2019 when she worked in a restaurant in {{u:Vientiane}}. Ms {{r:Choe}} has never used this platform. The same photo appears on two freelancer profiles (Request 3). {{r:Yong-ae}} gave written consent to this request on 4 November.
Evidence: screenshots 1-4; comparison with the original photo (held by our lawyer, {{p:Han Seung-woo}}).

Request 2 - to {{u:GitHub}} (impersonation / coordinated inauthentic accounts)
Account: github.com/{{r:mike.lee}}.dev
Displayed name: "{{r:Mike Lee}} 🚀 full-stack | open to work"
Reason: Two former workers have told us that the person behind this account is their former supervisor {{r:Ri Myong-guk}}, who used the English name "{{r:Mike}}" while managing a group of IT workers in {{u:Shenyang}}. We ask you to review the account under your policies on fraud. We are not asking you to publish anything.
Note: one of the two sources, {{p:Ju Song-il}}, can be contacted through us only.

Request 3 - to {{u:Upwork}} and {{u:Fiverr}}
Profiles: "{{p:Anna K.}} - Figma expert 💡", "{{p:Sofia Kang}} - logo design in 24h"
Reason: same stolen photograph of Ms {{r:Choe}}; "{{p:Anna K.}}" lists a portfolio copied from a real designer, {{p:Irene Castellanos}}, who has confirmed to us that the work is hers.

Request 4 - to {{u:Facebook}} ({{u:Meta}})
Group "Korean Sailing Club Ontario" post of 3 Oct: a user "{{p:Jimmy Lee}}" posted a photo of the lee side of a boat with Ms {{r:Choe}}'s face edited in. Request removal under the non-consensual imagery policy.

Status
R1 removed 12 Nov; R2 under review; R3 {{u:Upwork}} removed, {{u:Fiverr}} no reply; R4 removed.
Follow-up by {{p:Ye-jin}}; copy to {{p:H.S.W.}} for the file.
For the record: we did not contact {{r:Ri}} in any way.""",
    },
    {
        "id": "h58-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ho", "강철호", "other", ["Chol-ho"]),
            ("Mun Song-i", "문송이", "other", ["Song-i"]),
        ],
        "note": "Interpreter accreditation test results (Russian<>Korean) with examiners' remarks; two former workers among the candidates registered (surname Kang, given name Song-i beside the word 'song'), other candidates and examiners private, examiners' initials as labels, the role-play script's fictional characters private, Russian university and cities public; section marks beside names.",
        "text": """INTERPRETER POOL - ACCREDITATION TEST, Russian <> Korean (community & legal settings)
Examiners: {{p:Elena Morozova}} (chief), {{p:Lee Da-hye}}, {{p:Gabriel Ferreira}} | Test dates 18-19 March 2024, {{u:Seoul}}
Sections (max 5 each): A consecutive (interview role-play), B sight translation RU>KO, C sight translation KO>RU, D terminology, E ethics & confidentiality, F note-taking. Pass: 21/30 and no section below 3.

Role-play script used in A: a caseworker ("Ms {{p:Park}}") interviews a worker ("Mr {{p:Sergeyev}}") about withheld wages. Characters are fictional.

Candidate 01 - {{r:KANG Chol-ho}}
A 5 | B 4 | C 3 | D 4 | E 4 | F 3 | Total 23 - PASS
{{p:EM}}: Fluent spoken Russian from eight years on sites in {{u:Khabarovsk}} and {{u:Komsomolsk-on-Amur}}. In the role-play he corrected "Mr {{p:Sergeyev}}"'s site slang without being asked.
{{p:LDH}}: Mr {{r:Kang}} knows the reality; he must keep to the interpreter's role when clients are from his former company. Discussed; his answer was thoughtful.
{{p:GF}}: Written Russian weak (C). Recommend the legal-terminology module.

Candidate 02 - {{p:Anastasia Kim}}
Total 22 - PASS (conditional: Korean legal terms). Koryo-saram, from {{u:Tashkent}}; MA from {{u:Saint Petersburg State University}}.

Candidate 03 - {{r:MUN Song-i}}
A 4 | B 5 | C 3 | D 5 | E 5 | F 4 | Total 26 - PASS
{{p:LDH}}: Ms {{r:Mun}} worked in a textile factory in {{u:Ulan-Ude}} for three years and learnt Russian "from the radio". Asked about memory technique, she sang a line of a Russian song; examiners laughed, good atmosphere.
{{p:EM}}: Accent strong, comprehension excellent. {{r:Song-i}} handled the confidentiality scenario best of all candidates.
{{p:GF}}: Recommend for legal settings after observation.

Candidate 04 - {{p:Dmitri Pak}}
Withdrew on the morning of the test.

Candidate 05 - {{p:Yoo Hae-won}}
Total 19 - NOT PASSED (section A 2). May resit in September.

Actions
- Add {{r:Mun Song-i}} and {{r:Kang Chol-ho}} to the pool; {{p:Elena}} to call {{r:Song-i}} on 20 March.
- {{r:Chol-ho}} to observe two sessions with {{p:Gabriel}} before working alone.
- Certificates signed by {{p:E. Morozova}}; results letters by {{p:Da-hye}}.""",
    },
    {
        "id": "h58-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hwang Kum-sil", "황금실", "witness", ["Kum-sil", "Auntie Gold"]),
            ("Ju Yong-bae", "주영배", "witness", ["Yong-bae"]),
        ],
        "note": "Study-tour group roster for a trip to the Chinese border (Dandong, Yalu boat ride); two former workers in the group registered, one nicknamed Auntie Gold beside 'gold' and 'golden week'; Chinese guide with Chinese form of address 小刘 labelled whole, bus driver 老马, tour leader and participants private; Broken Bridge, river, cities public; rooming list table; CRLF.",
        "text": """STUDY TOUR: "Along the Border" - {{u:Dandong}} and {{u:Ji'an}}, 8-12 October
Group roster and rooming list (v3, 2 Oct) - tour leader {{p:Seo Dong-wook}}

Flights: {{u:Incheon}} - {{u:Shenyang}} ({{u:Korean Air}}), then coach to {{u:Dandong}}
Local guide: {{p:Liu Yang}} (刘洋, the group calls her {{p:小刘}}), mobile via {{u:WeChat}}
Driver: {{p:Ma Jianguo}} ({{p:老马}})

| Room | Name                 | Notes |
| 301  | {{p:Seo Dong-wook}} / {{p:Alex Turner}} | leader; {{p:Alex}} photographer |
| 302  | {{r:Hwang Kum-sil}} / {{p:Park Min-ji}} | {{p:Min-ji}} is {{r:Kum-sil}}'s buddy for the trip |
| 303  | {{r:Ju Yong-bae}} / {{p:Daniel Kwak}}    | {{r:Yong-bae}} prefers lower floor (knee) |
| 304  | {{p:Hannah Schmidt}} / {{p:Ruth Akande}} | vegetarian x2 |
| 305  | {{p:Cho Ha-neul}}                       | single supplement paid |

Programme highlights
Day 2: {{u:Yalu River Broken Bridge}}, boat ride on the {{u:Yalu River}} towards {{u:Sinuiju}}. {{r:Kum-sil}} worked in {{u:Sinuiju}} before going to a garment factory in {{u:Dandong}} in 2016. She has agreed to speak to the group on the boat "if the wind is not too strong".
Day 3: {{u:Hushan Great Wall}}; afternoon free. {{r:Yong-bae}} will not join the free afternoon in town.
Day 4: Drive to {{u:Ji'an}}; {{u:Koguryo}} tombs. Evening talk by {{r:Ju}} on working in {{u:Russia}}.

Safety notes (leader only)
- In the group the participants call Ms {{r:Hwang}} "{{r:Auntie Gold}}" (금 = gold). Please do not use her full name in {{u:Dandong}}. She jokes that {{u:China}}'s Golden Week is "her week".
- {{p:Alex}} will not photograph {{r:Kum-sil}} or {{r:Yong-bae}}'s faces. Photos of the river only.
- If anyone approaches the two of them in Korean, {{p:Dong-wook}} or {{p:Daniel}} steps in. {{p:小刘}} has been told only that two participants "grew up in {{u:Yanbian}}".
- Emergency contact in {{u:Seoul}}: {{p:Kim Bo-ra}} (office).
- {{p:Ruth}}'s passport expires in 5 months: OK for {{u:China}} per {{p:老马}}'s agency? Check again with {{p:Liu}}.""",
    },
    {
        "id": "h58-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Su-ryon", "양수련", "witness", ["Su-ryon"]),
            ("Kil Chang-ho", "길창호", "witness", ["Chang-ho"]),
        ],
        "note": "Petty-cash vouchers of the NGO office; payees and approvers private, two witnesses registered as recipients of travel reimbursements (surname Kil beside 'kill' in a note, Yang beside the currency 'yuan'), shops and transport companies public where real; initials as approver signatures; amounts beside names.",
        "text": """PETTY CASH - {{u:Seoul}} office - April 2024 (custodian: {{p:Hwang Ye-rim}})

PCV-0412-01 | 02/04 | Payee: {{p:Hwang Ye-rim}} | Coffee & snacks, interview day ({{u:Starbucks}} {{u:Jongno}}) | 18,400 KRW | Approved: {{p:JKP}}
PCV-0412-02 | 03/04 | Payee: {{r:Yang Su-ryon}} | Travel reimbursement {{u:Cheongju}}-{{u:Seoul}}, {{u:KTX}}/express bus, return | 26,800 KRW | Approved: {{p:JKP}} | Receipt: bus ticket only; {{r:Su-ryon}} lost the second one
PCV-0412-03 | 03/04 | Payee: {{p:Lim Tae-yang}} (interpreter) | Taxi after late interview | 14,200 KRW | Approved: {{p:J.K. Park}}
PCV-0412-04 | 05/04 | Payee: {{p:Hwang Ye-rim}} | Printer toner ({{u:Coupang}}) | 89,000 KRW | Approved: {{p:JKP}}
PCV-0412-05 | 09/04 | Payee: {{r:Kil Chang-ho}} | Travel reimbursement {{u:Busan}}-{{u:Seoul}}, {{u:KTX}}, return | 119,600 KRW | Approved: {{p:JKP}}
PCV-0412-06 | 09/04 | Payee: {{r:Kil Chang-ho}} | Lunch during interview break | 9,000 KRW | Approved: {{p:JKP}}
PCV-0412-07 | 11/04 | Payee: {{p:Ahn Jae-min}} (volunteer) | Flowers for Ms {{p:Do}}'s funeral (board member's mother) | 100,000 KRW | Approved: {{p:J.K. Park}}, {{p:E.S.}}
PCV-0412-08 | 15/04 | Payee: {{p:Sarah Lindgren}} | Exchange: 500 CNY cash for the trip to {{u:Yanji}} | 94,000 KRW | Approved: {{p:JKP}}
PCV-0412-09 | 22/04 | Payee: {{r:Yang Su-ryon}} | Second interview, travel | 26,800 KRW | Approved: {{p:JKP}}
PCV-0412-10 | 29/04 | Payee: {{p:Hwang Ye-rim}} | Postage ({{u:Korea Post}}), registered letter to {{u:Ministry of Unification}} | 5,330 KRW | Approved: {{p:JKP}}

Custodian's notes
- Ms {{r:Yang}} asked whether she could be paid in yuan for her sister; no.
- PCV-05/06: Mr {{r:Kil}} said on the phone, "The {{u:KTX}} is so fast it could kill you," and asked to come by bus next time; noted.
- PCV-07: the board asked for the name to be written in full: {{p:Do Eun-sook}}.
- PCV-08: {{p:Sarah}} returned 120 CNY on 2 May, see PCV-0512-01.
- Cash count 30/04: 212,370 KRW. Counted by {{p:Ye-rim}}, witnessed by {{p:Ahn Jae-min}}. Signed {{p:Y.R.H.}} / {{p:J.A.}}""",
    },
    {
        "id": "h58-en-17",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Sol-ju", "리설주", "witness", ["Sol-ju", "Solly"]),
            ("Pak Hyok", "박혁", "witness", ["Hyok"]),
            ("Kim Ok", "김옥", "witness", ["Ok"]),
        ],
        "note": "Secret Santa pairing list at a shelter's Christmas party; a fictional resident whose name coincides with a real public figure's spouse (private here), one-syllable given names alone (Hyok, Ok beside 'OK'), nicknames, emoji after names, zero-width joiner inside a name, gift wishes, staff private; CRLF.",
        "text": """🎄 SECRET SANTA 2023 - Shelter house, 2nd floor 🎅
Budget: 20,000 won max! Party: 23 Dec, 6 pm, common room. Draw done by {{p:Jae-won}} on 1 Dec (don't tell!!)

Giver -> Receiver (wish)
1. {{p:Jae-won}} (staff) -> {{r:Hyok}} (gloves, size L)
2. {{r:Hyok}} -> {{p:Mi-rae}} (anything pink 💗)
3. {{p:Mi-rae}} -> {{r:Solly}} ("surprise me")
4. {{r:Solly}} -> Grandpa {{p:Chu}} (reading glasses +2.0)
5. Grandpa {{p:Chu}} -> {{r:Ok}} (instant noodles, lots)
6. {{r:Ok}} -> Teacher {{p:Ann}} (a book in English)
7. Teacher {{p:Ann}} -> {{p:Dong\u200d-min}} (football socks ⚽)
8. {{p:Dong\u200d-min}} -> {{p:Eun-ji}} (lip balm)
9. {{p:Eun-ji}} -> {{p:Jae-won}} (coffee beans ☕)

Notes ({{p:Jae-won}})
- {{r:Sol-ju}} asked to be "{{r:Solly}}" on the list. Yes, her name is the same as a famous person's; she is tired of the jokes, so please, no jokes 🙏.
- {{r:Pak Hyok}} and {{r:Kim Ok}} only arrived last month from the hospital in {{u:Anseong}}; {{r:Hyok}} doesn't read much English yet, {{p:Mi-rae}} will translate his card.
- {{r:Ok}} said "OK" to everything at the draw, we are not sure she understood, {{p:Eun-ji}} will check.
- Grandpa {{p:Chu}} = Mr {{p:Chu Yong-sam}}, he insists on the nickname.
- Teacher {{p:Ann}} ({{p:Ann Whitmore}}, volunteer English teacher) will bring a cake from {{u:Paris Baguette}}.
- Music: someone please bring a speaker, {{r:Hyok}} wants to play songs from {{u:Pyongyang}} radio 😅, {{p:Dong\u200d-min}} wants {{u:BTS}}. Compromise: both.
- Photos: only group photos from behind, NO faces on {{u:Instagram}}. Especially {{r:Solly}} and {{r:Ok}}.""",
    },
    {
        "id": "h58-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kang Ryon-hwa", "강련화", "witness", ["련화", "하루"]),
            ("Ro Myong-su", "로명수", "supervisor", ["명수", "깍두기"]),
            ("Ha Sun-gum", "하순금", "coworker", ["순금"]),
        ],
        "note": "Korean interview notes (core), seafood plant in Hunchun; bare surname 로 beside the particle 로, 하 as a surname beside verb stems, given names with particles and 언니/동무, nickname 깍두기 beside the food, ordinary words that look like names (이상, 조금, 강가, 하루), long text; CRLF.",
        "text": """면담 메모 (2차) - 2024.4.9. 14:00~16:40, 사무실 2층 상담실
면담자: {{p:윤소희}} / 기록: {{p:정다운}} / 구술자: {{r:강련화}} (1990년생, {{u:청진}} 출신)

1. 파견 경위
- 2017년 봄 {{u:청진}}에서 선발됨. 정치심사 두 번, 건강검진 한 번. 심사 담당은 "{{p:함}} 부장"이라고만 기억함.
- 같은 열차에 여성 38명. {{u:남양}}을 거쳐 {{u:도문}}으로 넘어가 버스로 {{u:훈춘}}까지 감.
- 공장은 수산물 가공(게, 새우). {{u:중국}} 회사 이름은 모름. {{u:북한}} 측 책임자는 {{r:로명수}}.

2. 책임자 {{r:로명수}}
- {{r:련화}} 씨 말로는 {{r:로}} 반장은 "말보다 손이 먼저 나가는 사람". 여성들은 뒤에서 {{r:깍두기}}라고 불렀음. 얼굴이 네모나고 각이 져서. (식당에서 나오는 깍두기 얘기를 하다가 웃음.)
- 여권은 도착 첫날 {{r:로명수}}가 걷어감. 출국 때까지 못 봄.
- 월급은 {{u:중국}} 회사가 {{r:명수}} 동무에게 일괄 지급. 개인이 받은 돈은 한 달 100~150위안 정도. 나머지는 "계획분"이라고 함.
- 하루 12시간 이상 근무. 이상하다고 생각했지만 말하면 안 되는 분위기.

3. 동료
- 가장 친했던 사람은 {{r:하순금}}. 나이가 다섯 살 많아서 "{{r:순금}} 언니"라고 부름.
- {{r:순금}} 언니가 2018년 겨울에 손가락을 칼에 베였는데 병원에 안 보내줌. {{r:로}} 반장이 "조금 참으라"고 했다고 함.
- 같은 방에 {{p:영실}}이, {{p:봉녀}}, 그리고 이름이 기억 안 나는 {{u:함흥}} 출신 한 명. {{p:영실}}이는 노래를 잘해서 명절 공연 때마다 불려 나감.
- 중국인 조장 {{p:老孙}}은 비교적 친절했음. 가끔 사과를 몰래 줌.

4. 탈출
- 2019년 8월 공장 뒤 강가에서 빨래하다가 조선족 아주머니({{p:김}} 씨라고만 함)를 알게 됨. 그분 도움으로 {{u:연길}}로 이동.
- {{r:순금}} 언니에게는 말하지 못함. 지금도 미안하다고 여러 번 말함.
- 이후 {{u:라오스}}, {{u:태국}}을 거쳐 2020년 1월 {{u:한국}} 도착. {{u:하나원}} 수료.

5. 기타
- 남편 {{p:박성일}}은 {{u:청진}}에 남아 있음. 연락 안 됨.
- {{r:강련화}} 씨는 실명 공개 원하지 않음. 가명 "{{r:하루}}" 희망 → 다음 면담 때 다시 확인.
- 다음 면담: 4/23. {{p:윤소희}} 선생님 휴가 시 {{p:다운}} 씨가 진행.""",
    },
    {
        "id": "h58-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Kwang-mo", "신광모", "witness", ["광모"]),
            ("Kye Song-jin", "계성진", "supervisor", ["계 소장"]),
            ("Om Chol-ung", "엄철웅", "coworker", ["철웅"]),
            ("Sin Yong-hui", "신영희", "relative", ["영희"]),
        ],
        "note": "Korean interview notes (second core), construction in St Petersburg; surname 신 beside 신발/신경 and 엄 beside 엄마, surname 계 beside 계획/계산, given names with 이가/이는, Russian foreman in Cyrillic with case ending, wife registered, 북한 돈 and 러시아 as public places, ordinary words 신경, 계속, 정말.",
        "text": """구술 정리 메모 - {{r:신광모}} (2024년 6월 3일, 녹음 1시간 52분)
진행: {{p:장민혁}} / 통역 불필요 / 검토: {{p:류하나}}

■ 기본 사항
{{r:신광모}}(1983년생)는 {{u:평양}} 건설 부문 노동자 출신. 2016년부터 2019년까지 {{u:러시아}} {{u:상트페테르부르크}}의 아파트 건설 현장에서 일함. 처 {{r:신영희}}(동성동본 아님, 본인이 웃으며 강조)와 딸 하나는 {{u:평양}}에 있음.

■ 현장 책임자
책임자는 {{r:계성진}}. 다들 "{{r:계}} 소장"이라고 불렀음. 계획 달성이 안 되면 밤 열 시까지 계속 작업시킴. {{r:광모}} 씨는 "{{r:계}} 소장은 사람이 아니라 계산기"라고 표현. 돈 계산은 정말 빨랐다고.
{{u:러시아}} 쪽 현장 감독은 {{p:Андрей}}였는데, {{u:북한}} 노동자들은 {{p:안드레이}}라고 부름. {{p:Андрея}}가 한 번 임금 명세서를 보여주려 했는데 {{r:계성진}}이 막았음.

■ 동료 {{r:엄철웅}}
{{r:엄철웅}}은 같은 고향 후배. "{{r:철웅}}이는 엄마 얘기만 하면 울었다." 2018년 겨울 비계에서 떨어져 허리를 다침. {{r:계}} 소장은 병원 대신 숙소에 눕혀 두었고, {{u:러시아}} 사람 {{p:Андрей}}가 구급차를 불렀음. 이후 {{r:철웅}}이는 귀국 조치. 지금 생사 모름.

■ 생활
- 신발은 1년에 한 켤레 지급. 겨울에는 발에 신경이 없어질 정도로 추웠음.
- 외출은 한 달에 한 번, 5인 1조. 조장은 {{p:리명훈}}. "{{p:명훈}}이는 착한 편이었다."
- 송금: 한 번도 직접 송금한 적 없음. 귀국자 편으로 {{u:북한}} 돈 대신 달러를 보낸다고 했지만 {{r:영희}}가 받았는지는 모름.

■ 탈출 및 이후
2019년 5월 혼자 숙소를 나와 선교사 {{p:최}} 목사의 도움으로 {{u:모스크바}}로 이동, {{u:유엔난민기구}} 사무소를 거쳐 2020년 입국.
{{r:신광모}} 씨는 {{r:계성진}}의 실명 공개에 동의함. 가족 이름({{r:신영희}})은 비공개.

■ 검토 의견({{p:류하나}})
날짜 일관성 좋음. {{p:Андрей}} 관련 부분은 {{u:러시아}} 쪽 자료와 대조 필요 → {{p:민혁}} 씨 담당.""",
    },
    {
        "id": "h58-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Ok-ryon", "주옥련", "witness", ["옥련"]),
            ("Kim Mal-sun", "김말순", "other", ["말순"]),
        ],
        "note": "Caregiver-training practicum journal written by a former restaurant worker; elderly residents with 어르신/할머니, supervising caregiver with 선생님, a resident registered, ordinary words 이상, 정상, 주의, 조금 that look like names, the trainee's surname 주 beside 주의/주사, memory of Vladivostok.",
        "text": """요양보호사 현장실습 일지 (3일차)
실습생: {{r:주옥련}} / 실습기관: 햇살요양원 / 지도 요양보호사: {{p:배현숙}} 선생님
날짜: 2024년 7월 17일(수) 09:00~18:00

[오전]
- 3층 생활실 배치. {{p:배현숙}} 선생님과 함께 기저귀 교체, 체위 변경(2시간 간격).
- 302호 {{r:김말순}} 어르신(88세, 치매 중기): 아침 식사 절반 섭취. 혈압 132/80, 특이사항 이상 없음.
- {{r:말순}} 할머니가 나를 자꾸 "{{p:순자}}야"라고 부르심. 선생님 말씀으로는 돌아가신 여동생 이름이라고. 그냥 대답해 드리라고 하셨다.
- 305호 {{p:정복동}} 어르신: 낙상 주의. 보행기 사용 시 옆에서 보조.

[오후]
- 레크리에이션 시간: 노래 부르기. {{p:정복동}} 어르신이 "고향의 봄"을 부르심. 나도 따라 불렀다.
- 식사 보조 시 사레 주의. 조금씩 천천히.
- 간호사 {{p:나은비}} 선생님이 당뇨 어르신 인슐린 주사하는 것 참관.
- 301호 {{p:하판례}} 할머니 가족({{p:하}} 씨 아드님) 면회. 보호자 응대는 {{p:배}} 선생님이 하심.

[소감]
오늘 {{r:김말순}} 어르신 손을 잡고 있으니 {{u:블라디보스토크}} 식당에서 일할 때 생각이 났다. 그때 우리 식당 지배인 {{p:려춘희}} 동무는 손님 앞에서는 웃고 뒤에서는 우리를 욕했다. 여기서는 {{p:배현숙}} 선생님이 "{{r:옥련}} 씨, 천천히 해도 괜찮아요"라고 말씀해 주신다. 같은 일인데 마음이 다르다.
실습 동기 {{p:최유진}} 씨가 점심 때 김밥을 나눠 줬다. {{p:유진}} 씨는 {{u:중국}}에서 온 동포라서 말이 잘 통한다.
내일은 {{p:조민철}} 원장님 면담 있음. 긴장된다.

[지도자 의견]
관찰력 좋고 어르신 응대가 정성스러움. 기록 시 "이상 없음"과 "정상"을 구분해서 쓸 것. - {{p:배현숙}}""",
    },
    {
        "id": "h58-ko-04",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Chun-hwa", "리춘화", "witness", ["춘화"]),
            ("Pang Myong-dok", "방명덕", "witness", ["명덕"]),
            ("Tong Kyong-ae", "동경애", "witness", ["경애"]),
        ],
        "note": "Farm-help volunteer assignment sheet for a weekend in Hongcheon; volunteers and farm owners in a table, bare surnames with 씨/할머니/네, the surname 방 beside 방 (room) and 동 beside 동네/동쪽, 언니, buses and county public; one farmer as 감자 할머니 (pet name); CRLF.",
        "text": """[주말 농촌 일손돕기] 배정표 - {{u:홍천}} 화촌면, 2024년 6월 15일(토)
집결: 07:30 {{u:잠실역}} 8번 출구 / 인솔: {{p:오세훈}} 간사 (010-****-1234)
※ 동명이인 주의: 우리 간사 {{p:오세훈}} 님은 서울시장님과 다른 분입니다 ^^

| 조 | 농가 (농가주)             | 작업          | 봉사자 |
| 1 | 감자밭 ({{p:지순임}} 할머니) | 감자 캐기     | {{r:리춘화}}, {{p:백소라}}, {{p:정한결}} |
| 2 | 오이 하우스 ({{p:홍기택}} 씨) | 오이 따기     | {{r:방명덕}}, {{p:김태리}}, {{p:우진}} |
| 3 | 옥수수밭 ({{p:지}} 씨네)     | 김매기        | {{r:동경애}}, {{p:나혜원}}, {{p:문성철}} |
| 4 | 마을회관 (부녀회장 {{p:엄정자}} 님) | 점심 준비 | {{p:이영순}}, {{p:박하얀}} |

조별 메모
- 1조: {{p:지순임}} 할머니 = 작년에 다들 "{{p:감자 할머니}}"라고 부른 분. {{r:춘화}} 씨는 작년에도 이 댁에 감. 할머니가 {{r:춘화}} 씨를 특별히 찾으심.
- 2조: {{r:방명덕}} 씨 허리 안 좋음 → 하우스 안 가벼운 작업 위주. 방 안에 들어가 쉬어도 된다고 {{p:홍기택}} 씨가 말씀하심. {{r:명덕}} 씨는 {{u:러시아}} 벌목장에서 일했어서 "이 정도는 일도 아니"라고 함 ㅎㅎ
- 3조: {{p:지}} 씨네 밭은 마을 동쪽 끝. {{r:동경애}} 씨가 운전 가능, 트럭으로 이동. {{r:경애}} 언니 장화 사이즈 240.
- 4조: {{p:엄정자}} 님 댁 부엌 사용. {{p:박하얀}} 씨는 채식.
- 동네 어르신들께 봉사자 출신({{u:북한}} 등) 이야기 하지 않기! 본인이 먼저 말하는 경우만.

귀가: 17:00 출발, {{u:잠실역}} 19:30 도착 예정. 버스 기사님: {{p:송}} 기사님.
문의: {{p:오세훈}} 간사 / 부간사 {{p:채린}}""",
    },
    {
        "id": "h58-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Hae-song", "윤해성", "witness", ["해성"]),
            ("Kwak Un-byol", "곽은별", "witness", ["은별", "별"]),
            ("Ok Chang-su", "옥창수", "witness", ["창수"]),
        ],
        "note": "Booking list of guest lecturers for unification-education classes in schools; lecturers (former workers) registered, teachers and coordinators private, the surname 옥 beside 옥상, 은별 beside 별, schools invented and unmarked, cities public, 쌤 after a name, a Kakao channel.",
        "text": """2024 하반기 학교 통일교육 강사 섭외 현황 (담당: {{p:임세영}})
※ 강사 개인 연락처는 이 파일에 쓰지 않음. 연락은 {{u:카카오톡}} 채널로만.

| 날짜 | 학교 (지역) | 담당 교사 | 강사 | 주제 | 상태 |
| 9/10 | 새솔중 ({{u:수원}}) | {{p:한지민}} 쌤 | {{r:윤해성}} | 해외 파견 노동자의 하루 | 확정 |
| 9/24 | 은하고 ({{u:고양}}) | {{p:서준오}} 선생님 | {{r:곽은별}} | {{u:북한}} 식당에서 일한 3년 | 확정 |
| 10/8 | 달빛초 ({{u:인천}}) | {{p:마소연}} 선생님 | {{r:옥창수}} | 벌목장 이야기 (초등 눈높이) | 조율 중 |
| 10/15 | 새솔중 ({{u:수원}}) | {{p:한지민}} 쌤 | {{p:표경민}} | 탈북 청소년의 학교생활 | 확정 |
| 11/5 | 한별고 ({{u:대전}}) | {{p:여동훈}} 부장님 | 미정 ({{r:은별}} 씨 또는 {{r:해성}} 씨) | 자유 주제 | 요청 |

메모
- {{r:윤해성}} 강사님: {{u:쿠웨이트}} 건설 현장 경험. 사진 자료 사용 가능, 단 얼굴 모자이크. 지난 학기 {{p:서준오}} 선생님 반 학생들이 질문을 너무 많이 해서 시간 초과 → 이번엔 질의응답 15분 따로.
- {{r:곽은별}} 강사님: 별명 "{{r:별}} 선생님". 학생들에게 본명 말하지 않음. 강의 때 이름표는 "{{r:별}} 선생님"으로. {{r:은별}} 씨 요청.
- {{r:옥창수}} 강사님: 초등학생 대상은 처음. 옥상 강당이라 엘리베이터 없음 → 무릎 수술 이력, {{p:마소연}} 선생님께 1층 교실 요청함. {{r:창수}} 씨 답변 대기.
- {{p:표경민}} 강사님(대학생)은 파견 노동자 출신 아님. 주제 다름.
- 강사료: 회당 20만 원, {{u:통일부}} 지원 사업비에서 지급. 정산은 {{p:세영}}이 월말에 일괄.
- {{p:여동훈}} 부장님이 "작년 강사님 그분 다시 모셔 달라"고 하시는데 작년 강사는 {{p:탁미향}} 님(현재 출산휴가). 대체 강사 안내 필요.""",
    },
    {
        "id": "h58-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pae Yong-ho", "배영호", "witness", ["영호"]),
            ("Cha Kum-song", "차금성", "witness", ["금성"]),
            ("Ryom Jin-ju", "렴진주", "witness", ["진주"]),
        ],
        "note": "Swimming-class grouping sheet with the instructor's notes at a community sports centre; the stroke names 배영 (backstroke), 평영, 자유형 beside the surname 배 and the given name 영호, 진주 (pearl) and 금성 (Venus) as ordinary words beside the names, vocatives 아/야 outside, nicknames with emoji, instructors private, the centre's district public.",
        "text": """🏊 성인 초급 수영 강습 - 반 편성표 (2024년 9월반)
장소: {{u:노원구}} 구민체육센터 실내수영장 / 화·목 19:00~19:50
강사: {{p:문해진}} (A반), {{p:권도윤}} (B반) / 협력: 정착지원 복지관 담당 {{p:서민아}}

A반 (물 적응·발차기)
| 번호 | 이름 | 비고 |
| 1 | {{r:배영호}} | 물 공포 있음, 첫 주 보조 강사 {{p:혜린}} 1:1 |
| 2 | {{r:차금성}} | 발차기 양호 |
| 3 | {{p:소미정}} | |
| 4 | {{p:홍길순}} 어머님 | 70대, 무릎 주의 |

B반 (자유형·배영 기초)
| 번호 | 이름 | 비고 |
| 1 | {{r:렴진주}} | 자유형 25m 가능 |
| 2 | {{p:남기철}} | 🐟 "{{p:붕어}}" (본인이 지어 달라고 함) |
| 3 | {{p:Olga Tsoi}} | 고려인, 한국어 조금 |
| 4 | {{p:탁하늘}} | |

강사 메모 ({{p:문해진}})
- {{r:배영호}} 님: 첫날 배영 자세 설명하는데 다들 웃음. "선생님, 배영이면 제 성이 들어가는데요" - {{r:배}} 씨라서 ㅎㅎ. 앞으로 영법 이름은 "등으로 수영하기"라고 부르기로. {{r:영호}} 님은 {{u:러시아}} 벌목장에서 강에 빠질 뻔한 적이 있어서 물을 무서워하심. 억지로 머리 넣게 하지 말 것.
- {{r:금성}} 씨: 발차기가 제일 좋음. 금성처럼 반짝이는 수영모 쓰고 오심 ✨. 다음 달 B반 이동 가능.
- {{r:진주}} 씨: 진주 귀걸이 빼고 들어오기(분실 위험). {{r:렴진주}} 님은 {{u:블라디보스토크}} 식당 일할 때 바다를 매일 보면서도 한 번도 못 들어가 봤다고. 오늘 처음으로 혼자 25m.
- {{p:붕어}}({{p:남기철}}) 님: 평영 다리 자세 좋음. 진도 빠름.
- {{p:Olga}} 님: {{p:권도윤}} 강사가 러시아어 조금 해서 B반 유지.
- "{{r:금성}}아", "{{r:진주}}야" 부르면 두 분이 같이 돌아봄 → 출석 부를 땐 성까지: "{{r:차금성}}", "{{r:렴진주}}".
- 결석: {{p:홍길순}} 어머님(9/12, 병원), {{p:탁하늘}}(9/19).""",
    },
    {
        "id": "h58-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pan Song-gil", "반성길", "witness", ["성길", "반 사범"]),
            ("U Yong-chan", "우용찬", "witness", ["용찬"]),
            ("Han Kyong-sik", "한경식", "witness", ["경식"]),
        ],
        "note": "Go (baduk) club league table and game notes; bare surnames 반, 우, 한 beside the Go terms 반집 (half point), 우변 (right side), 한 집 (one point), nickname 알파고 for a player, the real AlphaGo and Lee Sedol as public names, ranks and scores beside names in a table; CRLF.",
        "text": """♟ 새터민 바둑 동호회 - 2024 봄 리그전 중간 순위 (5라운드 종료)
기록: 총무 {{p:석진우}} / 장소: {{u:노원구}} 복지관 3층

| 순위 | 이름 | 기력 | 승 | 패 | 비고 |
| 1 | {{r:반성길}} | 5단 | 5 | 0 | 전승 |
| 2 | {{r:우용찬}} | 3단 | 4 | 1 | |
| 3 | {{p:마태준}} | 2단 | 3 | 2 | 별명 "{{p:알파고}}" |
| 4 | {{r:한경식}} | 1급 | 3 | 2 | |
| 5 | {{p:석진우}} | 1단 | 2 | 3 | 총무 |
| 6 | {{p:공미란}} | 3급 | 1 | 4 | 신입 |
| 7 | {{p:도재혁}} | 5급 | 0 | 5 | 기권 1 |

5라운드 대국 메모
- {{r:반}} 사범 vs {{r:우}}: {{r:반}} 흑, 반집 승. 끝내기에서 {{r:우용찬}} 씨가 우변 한 수를 놓쳐 역전. {{r:용찬}} 씨 "반집에 울고 {{r:반}} 사범님한테 또 울었다"고 ㅎㅎ
- {{r:한경식}} vs {{p:마태준}}: {{r:한}} 씨 백, 한 집 반 승. {{p:알파고}}가 초반에 대마를 잡혔음. 진짜 {{u:알파고}}였으면 안 잡혔을 텐데 (본인 농담).
- {{p:석진우}} vs {{p:공미란}}: 석 점 접바둑, {{p:미란}} 씨 첫 승 놓침. 아깝다!
- {{p:도재혁}} 씨는 병원 진료로 기권.

공지
- {{r:반성길}} 사범님은 {{u:러시아}} {{u:하바롭스크}} 현장에 있을 때 숙소에서 돌 대신 단추로 바둑을 두셨다고 함. 다음 모임 때 그 얘기 해 주시기로.
- {{r:경식}} 씨가 {{u:이세돌}} 9단 다큐 상영회 제안 → 6월 모임에서 투표.
- 리그 상품: 1위 바둑판(후원: {{p:공}} 사장님), 2위 바둑책.
- 다음 모임: 5/25(토) 14시. 불참 시 {{p:진우}} 총무에게 문자.""",
    },
    {
        "id": "h58-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Ha-na", "리하나", "other", ["하나"]),
            ("Chon Kwang-myong", "전광명", "other", ["광명"]),
            ("Mo Un-sil", "모은실", "other", ["은실"]),
            ("Mo Yong-dok", "모영덕", "relative", []),
        ],
        "note": "Scholarship selection score sheet for children of former overseas workers; applicants registered (given name 하나 beside the numeral 하나 and 하나원, 광명 beside the city Gwangmyeong, surname 모 beside 모두/모집), a parent registered, judges private by surname and initials, universities public, scores beside names.",
        "text": """2025학년도 '새날 장학금' 서류·면접 심사표 (비공개)
심사위원: {{p:방정연}}(위원장), {{p:H.J.K.}}, {{p:남궁현}} / 모집 인원 3명, 지원자 7명 중 면접 대상 4명

| 번호 | 지원자 | 학교/학년 | 서류(40) | 면접(60) | 합계 | 결과 |
| 1 | {{r:리하나}} | {{u:서울대학교}} 2학년 | 36 | 55 | 91 | 선발 |
| 2 | {{r:전광명}} | {{u:부경대학교}} 1학년 | 33 | 50 | 83 | 선발 |
| 3 | {{r:모은실}} | 고3 (수시 지원 중) | 35 | 47 | 82 | 선발 |
| 4 | {{p:탁승우}} | {{u:한양대학교}} 3학년 | 30 | 44 | 74 | 예비 1 |

심사 의견
1. {{r:리하나}}: 아버지가 {{u:카타르}} 건설 현장에 파견되었다가 귀국하지 못함. 자기소개서에서 "{{u:하나원}}에서 하나뿐인 내 이름을 처음으로 {{u:한국}} 주민등록증에 적었다"는 문장이 인상적. {{r:하나}} 학생은 면접 때 아버지 얘기를 하며 울었으나 끝까지 답변함. - {{p:방정연}}
2. {{r:전광명}}: {{u:광명}} 출신 아님(자주 받는 질문이라고 웃음). 어머니와 {{u:중국}} 수산물 공장 출신. {{r:광명}} 학생은 수산 계열 진학 이유를 "엄마가 까던 새우를 연구하고 싶어서"라고 설명. - {{p:남궁현}}
3. {{r:모은실}}: 아버지 {{r:모영덕}} 씨는 {{u:러시아}} 벌목장 출신으로 현재 산재 후유증. 모두가 추천서를 좋게 써 줌. {{r:은실}} 학생 성적 우수하나 면접 시 긴장 많이 함. - {{p:H.J.K.}}
4. {{p:탁승우}}: 서류는 좋으나 지원 자격(부모의 해외 파견 경험) 확인 서류 미비. 보완 시 예비 1순위. {{p:탁}} 학생 어머니 {{p:차영란}} 씨와 통화 예정.

※ 심사위원 {{p:남궁}} 위원은 2번 지원자의 고등학교 은사였음 → 2번 심사에서 본인 점수 제외하고 평균 처리함.
※ 결과 통보: 12월 20일, 담당 {{p:유슬기}}.""",
    },
    {
        "id": "h58-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Sun-nyo", "김순녀", "witness", ["순녀"]),
            ("Ma Chol-su", "마철수", "witness", ["철수"]),
            ("Jang Kum-ok", "장금옥", "witness", ["금옥"]),
        ],
        "note": "Church retreat group assignments; 집사님/권사님/전도사님/언니/오빠 after names (outside), surname 마 beside 마음/마지막, 장 beside 장소/조장, 조 (group) beside the surname 조, a pet name 꼬마 for a child, Bible names (모세, 요셉) as ordinary words, place public.",
        "text": """2024 여름 수련회 조 편성표 - 하늘빛교회 청장년부 (8/2~8/4, {{u:가평}})
준비: {{p:하은혜}} 전도사 / 장소: {{u:가평}} 수양관 (주소는 단톡방 공지 참고)

1조 "모세" - 조장 {{p:조영훈}} 집사님
 {{r:김순녀}} 권사님, {{p:백지나}}, {{p:조하람}}(조장님 딸, 별명 {{p:꼬마}}), {{p:문태식}}
2조 "요셉" - 조장 {{p:장태민}} 형제
 {{r:마철수}} 집사님, {{p:류은영}}, {{p:송미경}}, {{p:Daniel Choi}}
3조 "룻" - 조장 {{r:장금옥}} 자매
 {{p:신혜린}}, {{p:길소영}}, {{p:도은주}} 언니, {{p:노하진}}

조장 참고사항 ({{p:하은혜}} 전도사)
- {{r:김순녀}} 권사님: 무릎 불편. 산책 프로그램 대신 기도실. {{r:순녀}} 권사님이 {{u:중국}} 공장에서 일하실 때 부르던 찬양을 나눠 주시기로 함(둘째 날 저녁).
- {{r:마철수}} 집사님: 마지막 날 새벽 예배 특송. 마음이 여리셔서 간증 시간엔 순서 배정하지 말 것. {{r:철수}} 집사님 본인 요청.
- {{r:장금옥}} 자매: 처음으로 조장 맡음. 장소 이동 때 3조는 {{r:금옥}} 자매 차로. {{p:도은주}} 언니가 옆에서 도와주기로.
- {{p:꼬마}}({{p:하람}}이)는 5살, 1조에서 함께. {{p:조영훈}} 집사님 부부가 돌봄.
- {{p:Daniel}} 형제는 한국어 조금. 2조에서 {{p:송미경}} 자매가 통역.
- 회비: 1인 7만 원. 미납: {{p:노하진}}, {{p:문태식}}. 형편 어려운 분은 {{p:하}} 전도사에게 따로 말하기(비밀 보장).

※ 사진: 단체사진 1장만. {{r:김순녀}} 권사님과 {{r:마철수}} 집사님은 얼굴 나오는 사진 SNS 금지.""",
    },
    {
        "id": "h58-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Chun-bok", "송춘복", "witness", ["춘복"]),
            ("Im Sol-hwa", "임설화", "witness", ["설화"]),
            ("Yo Kwang-chol", "여광철", "witness", ["광철"]),
        ],
        "note": "Start-up grant screening results notice with reviewers' comments; applicants registered (surname 임 beside 임대료, 여 beside 여부, 설화 beside 설화 (folk tale)), business names invented and unmarked, reviewers as bare letters (unmarked), agencies and cities public; a Korean ordinary word 송금 beside the surname 송.",
        "text": """[결과 통지] 2024 북한이탈주민 창업 초기자금 지원사업 1차 서면 심사 결과
주관: (사)새길창업지원센터 / 후원: {{u:남북하나재단}}

접수번호 | 대표자 | 업종 | 소재지 | 결과
24-011 | {{r:송춘복}} | 두부·순대 제조 | {{u:인천}} 남동구 | 통과
24-014 | {{r:임설화}} | 떡 카페 | {{u:부산}} 사하구 | 통과
24-019 | {{r:여광철}} | 인테리어 시공 | {{u:천안}} | 조건부 통과
24-022 | {{p:홍명란}} | 온라인 반찬가게 | {{u:서울}} 양천구 | 탈락

심사위원 의견 (요약)
● {{r:송춘복}} (위원 A): {{u:러시아}} {{u:나홋카}}에서 식당 주방장으로 4년. 순대 레시피 경쟁력 있음. 해외 송금 경험 없다고 했으나 사업 계좌 관리 교육 필요. {{r:춘복}} 대표 성실함.
● {{r:임설화}} (위원 B): 가게 이름 "설화당" - 설화 속 떡 이야기에서 따왔다고. 임대료가 상권 대비 높음. {{r:임}} 대표는 {{u:중국}} {{u:단둥}} 봉제공장 출신, 손재주 탁월. 공동대표 {{p:변지숙}} 씨와 지분 관계 확인 요망.
● {{r:여광철}} (위원 A, C): {{u:쿠웨이트}} 현장 경력 7년, 기술력 충분. 단, 사업자등록 여부 미확인 → 2주 내 제출 조건. {{r:광철}} 씨는 전 현장 동료 {{p:석윤호}}, {{p:계영진}}을 직원으로 채용 계획.
● {{p:홍명란}} (위원 C): 사업계획서 미완성. 재도전 권유.

문의: 담당 {{p:조은솔}} 매니저 (평일 10~17시)
※ 2차 면접: 11월 12일. 면접관 A·B·C 위원 외 외부위원 {{p:남기훈}} 세무사 참여.""",
    },
    {
        "id": "h58-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-sun", "김영순", "witness", ["영순"]),
            ("Ri Tok-hwa", "리덕화", "witness", ["덕화"]),
            ("Paek Nam-chol", "백남철", "witness", ["남철"]),
        ],
        "note": "Dictation test marking sheet for adult learners; the dictated sentences are full of ordinary words that look like names (하루, 이상, 강가, 조금, 송금, 한결, 은하, 소나무) and must stay unmarked; learners registered, one writing her own name misspelt (labelled as written), teacher and volunteer private; scores beside names; CRLF.",
        "text": """성인반 받아쓰기 평가 (5월 2주차) - 채점표
담당: {{p:송하윤}} 선생님 / 보조: 자원봉사자 {{p:국민서}}

[받아쓰기 문장]
1. 오늘 하루도 수고 많으셨습니다.
2. 이상한 소리가 나서 밖에 나가 보았다.
3. 강가에 소나무가 한 그루 서 있다.
4. 조금만 기다려 주시면 금방 오겠습니다.
5. 월급을 받으면 고향에 송금하고 싶다.
6. 밤하늘에 은하수가 한결 밝게 보인다.
7. 제 이름은 (자기 이름)입니다.

[채점 결과] (10점 만점 x 7문항)
| 이름 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 합계 | 메모 |
| {{r:김영순}} | 10 | 8 | 10 | 10 | 7 | 6 | 5 | 56 | 7번에 "{{r:김영숭}}"이라고 씀 |
| {{r:리덕화}} | 10 | 10 | 9 | 10 | 10 | 8 | 10 | 67 | 띄어쓰기 우수 |
| {{r:백남철}} | 7 | 6 | 8 | 7 | 9 | 5 | 10 | 52 | "송금"을 "송끔"으로 |
| {{p:우정란}} | 9 | 9 | 10 | 8 | 8 | 9 | 10 | 63 | |
| {{p:한결}} | 6 | 7 | 7 | 6 | 8 | 4 | 10 | 48 | 6번 "한결"을 자기 이름인 줄 알고 웃음 |

[선생님 메모]
- {{r:영순}} 님: 7번에서 자기 이름을 "{{r:김영숭}}"이라고 쓰심. 받침 ㄴ/ㅇ 구분 연습 필요. 본인도 웃으면서 "{{u:북한}}에서도 이렇게 썼나?" 하셨다.
- {{r:덕화}} 님: 거의 만점. 다음 주부터 중급반 추천. {{r:리덕화}} 님은 {{u:중국}} 공장에서 일할 때 중국어 받아쓰기를 하셨다고 함.
- {{r:남철}} 님: 5번 문장에서 잠시 멈추심. "송금 못 해 본 사람이 송금을 쓰려니 손이 안 나간다"고. {{r:백남철}} 님은 {{u:러시아}}에서 9년 일하셨지만 월급을 한 번도 직접 받아 보지 못했다고 하심.
- {{p:한결}} 님(20대, 청소년반에서 올라옴): 6번 문장에 자기 이름이 나와서 다들 웃음. 다음엔 문장에서 학생 이름과 같은 단어 피하기.
- {{p:우정란}} 님: 결석 후 첫 시험, 잘함.
- 채점 확인: {{p:국민서}} (5/15)""",
    },
    {
        "id": "h58-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Song-nam", "강성남", "witness", ["성남"]),
            ("Kang Yu-ri", "강유리", "relative", ["유리"]),
            ("Kim Chol-bom", "김철범", "relative", []),
        ],
        "note": "Insurance beneficiary change form with the insurer's processing notes; insured person registered with a given name 성남 beside the city Seongnam, daughter 유리 beside 유리 (glass), a brother in North Korea registered, agent and staff private, insurer public; the form's field labels 성명/관계 beside the names.",
        "text": """보험수익자 지정·변경 신청서 (생명보험)
보험사: {{u:삼성생명}} / 증권번호: 2021-08-****-77 / 접수 지점: {{u:성남}} 분당

1. 계약자 겸 피보험자
 성명: {{r:강성남}}   생년월일: 1975.03.11   연락처: 010-****-****
 ※ 고객 메모: {{u:성남}}시 거주 아님({{u:용인}} 거주). 이름이 "{{r:성남}}"이라 주소 오기재 잦음.

2. 변경 전 사망보험금 수익자
 성명: 법정상속인

3. 변경 후 사망보험금 수익자
 ① 성명: {{r:강유리}}   관계: 자녀   지정 비율: 70%
 ② 성명: {{r:김철범}}   관계: 형제   지정 비율: 30%   ※ 주소: {{u:북한}} {{u:함경북도}} (연락 불가)

4. 신청인 진술 (설계사 {{p:허미영}} 대필)
 "딸 {{r:유리}}는 {{u:한국}}에서 태어났습니다. 형 {{r:철범}}이는 제가 {{u:러시아}}에 파견 나가 있을 때 어머니를 모셨습니다. 제가 죽으면 형에게도 몫이 가면 좋겠습니다. 받을 수 없다는 건 압니다."
 (유리창 깨진 집에서 살던 형 생각이 난다고 하심 - 설계사 메모)

5. 처리 의견
 - {{p:허미영}} 설계사: 수익자 ②는 현행 규정상 지급 절차 불명확. 본사 법무팀 검토 요청.
 - 본사 법무팀 {{p:전해솔}}: {{u:북한}} 거주자 수익자 지정 자체는 가능하나 지급 시 {{u:통일부}} 승인 및 {{u:남북가족특례법}} 절차 필요. 고객 안내 바람.
 - 지점장 {{p:남궁영식}}: 고객 응대 시 {{r:강성남}} 고객님 가족사항 외부 노출 금지.

6. 확인
 신청인 서명: {{r:강성남}} (인) / 접수: {{p:허미영}} / 검토: {{p:전해솔}}, {{p:J.H.S.}}""",
    },
    {
        "id": "h58-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Myong-ok", "현명옥", "witness", ["명옥", "왕언니"]),
            ("Son Il-gwang", "손일광", "witness", ["일광"]),
        ],
        "note": "Transcribed suggestion-box notes from a transitional residence; anonymous writers, residents by nickname (왕언니), given name alone, initials in Korean consonants, staff by surname and title, surname 손 beside 손님/손빨래, 현 beside 현관, a mis-spelt name; the manager's replies.",
        "text": """건의함 쪽지 전사 (2024년 3월분) - 전사: {{p:민소정}} / 원본은 금고 보관
※ 쪽지는 무기명. 쪽지에 적힌 이름은 그대로 옮김. 답변은 관장 {{p:양재석}}.

#1 "세탁기 3번 고장 2주째. 손빨래 하느라 손이 다 텄어요."
 → 답변: 3/12 수리 완료.

#2 "{{r:왕언니}}가 밤 12시에 TV 크게 틀어요. 말하면 화내서 못 말해요. - 2층"
 → 답변: 층별 회의에서 취침 시간 다시 안내. {{r:현명옥}} 님과 개별 면담함({{p:양}} 관장).

#3 "{{p:ㄱㅈㅎ}} 선생님 너무 친절하세요. 감사합니다 ♡"
 → 답변: {{p:강지현}} 선생님께 전달했습니다.

#4 "현관 비밀번호 자주 바뀌는데 문자로 알려 주세요. 저는 글씨가 작아서 안 보여요. {{r:손일광}}"
 → 답변: {{r:일광}} 님께 직접 설명드림. 문자 발송 검토.

#5 "{{r:명옥}} 언니 미안해요. 제가 리모컨 숨겼어요."
 → 답변: (답변 없음, 당사자 간 해결됨 - {{p:소정}})

#6 "손님 면회 시간 저녁 8시까지 늘려 주세요. 딸이 일 끝나고 와요."
 → 답변: 운영위에서 논의 예정.

#7 "{{p:로철}} 아저씨가 담배를 복도에서 피워요. 냄새 때문에 아기가 기침해요."
 → 답변: 해당 입소자 면담. 전사자 주: 입소자 명단에는 "{{p:노철}}"로 되어 있음(남한식 표기).

#8 "{{r:일광}} 할아버지가 {{u:러시아}} 얘기를 해 주셔서 재미있어요. 또 해 주세요!! - 초등학생"
 → 답변: {{r:손일광}} 님 동의하시면 4월 문화의 밤에 "{{u:시베리아}} 이야기" 시간 마련.

#9 "상담 선생님 바뀌었어요? {{p:지수}} 선생님 보고 싶어요."
 → 답변: {{p:백지수}} 선생님은 3월 말 {{u:대구}} 센터로 전근. 후임 {{p:임채원}} 선생님.

#10 "{{r:현명옥}}이 부엌 냉장고에 이름 안 쓴 반찬 다 버렸어요 ㅠㅠ"
 → 답변: 냉장고 사용 규칙 재공지. 라벨지 비치.""",
    },
    {
        "id": "h58-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Chang-hun", "석창훈", "witness", ["창훈"]),
            ("Pi Un-hyang", "피은향", "witness", ["은향"]),
        ],
        "note": "Employee-of-the-month nomination forms at a kimchi factory employing resettled workers; nominees registered (surname 피 beside 피곤/피해, 석 beside 석 달), nominators and managers private, the word 반장 alone unmarked while 반장 with a name keeps only the name, a Vietnamese coworker, the factory invented, city public.",
        "text": """이달의 우수사원 추천서 (2024년 11월) - 한울식품 {{u:김포}} 공장
제출처: 총무팀 {{p:제갈민수}} / 마감 11/25

[추천 1]
추천 대상: {{r:석창훈}} (생산2팀, 절임 라인)
추천인: {{p:모재훈}} 반장
추천 사유: 석 달 동안 지각·결근 0회. 김장철 물량이 평소의 세 배인데 피곤한 내색 없이 야간까지 도와줌. {{r:창훈}} 씨는 {{u:러시아}} 건설 현장에서 일할 때 영하 30도에서도 일했다며 "절임실은 따뜻하다"고 함. 신입 {{p:응우옌 반 롱}} 씨에게 작업을 친절히 가르쳐 줌.

[추천 2]
추천 대상: {{r:피\u200b은향}} (포장팀)
추천인: {{p:채송화}}, {{p:봉현주}} (포장팀 동료 공동 추천)
추천 사유: 지난달 포장 기계에 {{p:봉현주}} 씨 장갑이 말려 들어갈 뻔했을 때 {{r:피은향}} 씨가 비상정지 버튼을 눌러 피해를 막음. {{r:은향}} 언니는 평소에도 안전 수칙을 제일 잘 지킴. {{u:중국}} 공장 시절 손가락 다친 동료를 본 뒤로 그렇다고.

[추천 3]
추천 대상: {{p:롱}} ({{p:Nguyễn Văn Long}}, 생산2팀)
추천인: {{r:석창훈}}
추천 사유: 한국어가 빨리 늚. 점심시간에 {{u:베트남}} 노래를 불러 줘서 분위기가 좋아짐. {{p:롱}} 씨 고향은 {{u:하이퐁}}.

[심사 메모 - 총무팀]
- 후보 3명 중 {{r:피은향}} 선정 (공장장 {{p:도정우}} 결재). 상금 30만 원, 사내 게시판 사진 → {{r:은향}} 씨는 사진 게시 거부, 이름만 게시.
- {{r:석창훈}}은 다음 달 재추천 가능. 반장 의견 첨부.
- 반장 회의 때 "{{p:모}} 반장이 너무 자기 팀만 추천한다"는 얘기 있었음 - {{p:제갈}} 과장 메모.""",
    },
    {
        "id": "h58-ko-15",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("No Chun-gil", "노춘길", "witness", ["춘길"]),
            ("No Hye-gyong", "노혜경", "relative", ["혜경"]),
        ],
        "note": "Dietitian consultation notes for a former logging worker with diabetes; surname 노 beside 노동/노력 and the English 'No', wife with the same surname, given name alone with 씨, dietitian and doctor private, a hospital public, food words (김, 배, 조) that look like surnames unmarked, long text; CRLF.",
        "text": """영양상담 기록지 (2회차)
대상자: {{r:노춘길}} (남, 58세) / 진단: 제2형 당뇨, 고지혈증 / 의뢰: 내분비내과 {{p:방수현}} 교수
상담: 임상영양사 {{p:지예린}} / 일시: 2024.9.5. 10:30~11:10 / 보호자: 배우자 {{r:노혜경}} 동석

S (주관적 정보)
- {{r:노춘길}} 님: "{{u:러시아}} 벌목장에서 12년 동안 흰 빵이랑 국수만 먹었어요. 고기는 명절에나." 노동 강도가 높아 하루 두 끼를 많이 먹는 습관이 굳음.
- 최근 2주: 아침 거름, 점심 짜장면 또는 라면, 저녁 밥 두 공기. 간식으로 배, 김, 믹스커피.
- 배우자 {{r:혜경}} 씨: "No, no, 밥 두 공기 아니고 세 공기예요." (영어로 "No"를 섞어 말하며 웃음)
- 운동: 주 2회 산책. 노력하겠다고 함.

O (객관적 정보)
- 키 168cm, 체중 79kg, BMI 28.0. 공복혈당 168, HbA1c 8.4%.
- {{u:서울아산병원}} 외래 검사 결과 참조 ({{p:방}} 교수 9/1 처방).

A (평가)
- 탄수화물 과다, 단백질·채소 부족. 국물 섭취 많음(나트륨).
- 벌목장 시절 식습관이 그대로 유지됨. {{r:춘길}} 씨 본인도 인지하고 있음. "그때 같이 일한 {{p:방철호}}도 당뇨로 고생한다던데" - 동료 소식은 전화로 들었다고 함.

P (계획)
1. 밥은 한 공기, 잡곡 섞기. 라면은 주 1회 이하.
2. 아침: 삶은 달걀 2개 + 두부 + 김치 소량. 조는 잡곡밥에 넣어도 됨.
3. 간식: 배 대신 방울토마토. 믹스커피 → 블랙커피.
4. 2주 식사일기 작성 → {{r:노혜경}} 님이 대신 기록하기로.
5. 다음 상담 9/19. {{p:지예린}} 영양사 부재 시 {{p:국보람}} 영양사.

메모: 상담 중 {{r:노}} 님이 "{{u:북한}}에서는 당뇨가 부자병이라고 했다"며, 벌목장 반장 {{p:황동수}}가 배가 나온 걸 자랑했다는 얘기를 함. 식사일기 양식은 글씨 크게 출력해서 드림.""",
    },
    {
        "id": "h58-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Yong-gil", "리용길", "witness", ["용길"]),
            ("Hwang Chol-nam", "황철남", "official", []),
            ("Ryu Kyong-sun", "류경순", "relative", []),
        ],
        "note": "Transcribed North Korean commendation certificates kept by a former construction worker, with NGO annotations; North Korean spelling (리, 류, 로동, 녀성), 동무/동지 after names, signatories as fictional officials (private), Kim Jong Un and state bodies public, Mongolian capital, a wife's certificate; the word 동지 alone unmarked.",
        "text": """[자료 전사] 구술자 {{r:리용길}} 제공 표창장·감사문 3건 (원본 사진 보관, 파일명 cert_{{r:riyonggil}}_01~03.jpg)
전사: {{p:소하진}} / 검토: {{p:장우석}}

■ 문서 1 (표창장)
표 창 장
{{r:리용길}} 동무
동무는 {{u:몽골}} {{u:울란바따르}}시 건설장에서 경애하는 {{u:김정은}} 동지의 해외건설 과업을 높이 받들고 애국의 마음을 안고 3년 계획을 2년 8개월에 넘쳐 수행함으로써 외화벌이에 크게 이바지하였으므로 이에 표창함.
주체107(2018)년 9월 9일
해외건설려단 책임자 {{r:황철남}}
[전사자 주: 도장 부분 판독 불가. 발행 기관명 지워짐.]

■ 문서 2 (감사문)
감 사 문
{{r:류경순}} 녀성 동무
남편 {{r:리용길}} 동무가 해외에서 맡은 과업을 성과적으로 수행하도록 가정에서 적극 뒤받침한 공로를 치하하여 이 감사문을 수여함.
주체108(2019)년 2월 16일
{{u:조선민주녀성동맹}} {{u:평양시}} ○○구역위원회
[전사자 주: {{r:류경순}}은 구술자의 처. 구술자는 "아내가 이걸 받고 좋아했다는 편지를 받았다. 그 돈이 어디로 갔는지는 아내도 모른다"고 함.]

■ 문서 3 (표창장, 집단)
표 창 장
제3작업반 반장 {{p:김명호}} 동무와 반원 {{r:리용길}}, {{p:방정수}}, {{p:최은철}}, {{p:량금동}} 동무들
(본문 생략 - 문서 1과 거의 동일)
해외건설려단 책임자 {{r:황철남}}

■ 검토 메모({{p:장우석}})
- {{r:황철남}}은 구술자 면담(2023.11.) 기록에서 려단 책임자로 언급된 인물과 동일. 구술자에 따르면 {{r:황}} 책임자는 2019년 말 {{u:평양}}으로 소환됨.
- 문서 3의 {{p:량금동}}은 구술자가 "{{p:금동}}이"라고 부른 동료. 2019년 사고로 사망했다고 구술(확인 불가).
- "동지"는 직함 아님, 이름 표기 시 제외. {{r:용길}} 씨는 문서 공개에 동의하나 처 이름은 가릴 것.""",
    },
    {
        "id": "h58-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Kyong-chol", "문경철", "witness", ["경철"]),
            ("Kim Tae-ung", "김태웅", "supervisor", ["태웅"]),
        ],
        "note": "Transcribed North Korean dispatch order for a group of workers sent to Russia, with list of names and NGO footnotes; North Korean name order and spacing, 동무 after names, a witness named in the list, group leader registered, issuing bodies public, the word 문 (door) and 김 (steam) as ordinary words in the footnotes.",
        "text": """[전사] 해외 파견 명령서 (사본, 구술자 {{r:문경철}} 보관본 촬영)
전사: {{p:연세빈}} / 2024.2.

파 견 명 령 서
제 2017-외-143 호
아래 동무들을 {{u:로씨야련방}} {{u:연해변강}} 건설장에 파견한다.
파견기간: 3년 (주체106(2017)년 3월 ~ 주체109(2020)년 3월)
인솔책임자: {{r:김태웅}}

번호 | 성명 | 생년 | 직종 | 소속
1 | {{r:김 태 웅}} | 1972 | 책임자 |
2 | {{p:한 성 룡}} | 1980 | 미장공 |
3 | {{r:문 경 철}} | 1984 | 철근공 |
4 | {{p:오 일 남}} | 1979 | 용접공 |
5 | {{p:차 명 국}} | 1986 | 미장공 |
6 | {{p:로 승 혁}} | 1983 | 목공 |
7 | {{p:리 광 일}} | 1988 | 잡공 |
(8~24번 사진에서 잘림)

주체106(2017)년 2월 20일
{{u:조선로동당}} ○○시당위원회 (직인)

[전사자 각주]
1) 이름 띄어쓰기는 원문대로("{{r:문 경 철}}"). 구술자 본명과 일치.
2) 구술자에 따르면 {{r:태웅}} 책임자는 "문 앞에 의자 놓고 앉아서 밤새 지켰다". 문 열고 나가면 다음 날 총화. 김이 서린 창문 너머로 밖을 보는 게 전부였다고.
3) 4번 {{p:오일남}}은 2018년 {{u:블라디보스토크}}에서 추락 사고. 구술자는 "{{p:일남}}이 형"이라고 부름.
4) 6번 {{p:로승혁}}은 {{u:남한}} 표기 {{p:노승혁}}일 가능성. 다른 구술자 {{p:여동진}}의 기록과 대조 필요.
5) 구술자 {{r:경철}} 씨는 명령서 사본을 귀국 직전 {{r:김태웅}}의 서랍에서 몰래 찍었다고 함.""",
    },
    {
        "id": "h58-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryang Su-bok", "량수복", "witness", ["Su-bok", "수복"]),
            ("Pak Yong-chan", "박용찬", "supervisor", ["Big Pak", "큰박"]),
            ("Pak Un-song", "박은성", "coworker", ["Small Pak", "작은박", "은성"]),
        ],
        "note": "Mixed Korean/English interview notes (core), Kuwait construction; two supervisors/coworkers with the same surname Pak distinguished by nicknames Big Pak / Small Pak in both languages, given names with particles, interviewer shorthand, English glosses, surname Ryang in a file name, a Pakistani coworker; CRLF.",
        "text": """Interview notes - {{r:량수복}} (KW-09), 2nd session, 2024-08-21 / {{p:JH}} + {{p:Mira}}
file: KW09_{{r:ryang}}_notes_v1 (raw, not edited)

- Background recap: {{r:수복}} 씨, b. 1977, from {{u:Kaechon}}. 2014~2018 {{u:Kuwait}}, apartment towers, rebar.
- 책임자 2명, both surname 박 → 현장에서 "{{r:큰박}}", "{{r:작은박}}"으로 구분.
  · {{r:큰박}} = {{r:박용찬}}, group leader, ~50s. "{{r:Big Pak}}" in my notes below.
  · {{r:작은박}} = {{r:박은성}}, his deputy, actually just a worker with a bit of power. ({{r:Small Pak}})
- {{r:Big Pak}} kept passports in a steel box in the site office. {{r:수복}}: "열쇠는 {{r:용찬}}이 목에 걸고 다녔어요."
- Wages: sponsor paid ~150 KD/month per head to {{r:Big Pak}}. Workers got 20~30 KD "when there was food money left".
- {{r:Small Pak}} - {{r:은성}}이는 나쁜 사람은 아니었다고. He shared cigarettes, once hid {{r:수복}}'s phone when the inspection came.
- Pakistani steel fixer {{p:Imran}} (he says "{{p:임란}}") lent him a phone for 10 minutes → first call to his wife? No - to his cousin in {{u:China}}. Wife name not given today.
- Heat: summer 50°C, work stopped at noon only after 2016 ("{{u:Kuwait}} 정부가 점심 휴식 규정 만들어서").
- Q: did {{r:Big Pak}} ever hit anyone? A: "{{r:박용찬}}이 직접 때린 적은 없고, 대신 {{r:작은박}}한테 시켰어요."
  → contradiction with what he said re: {{r:Small Pak}} being "not bad"? Ask next time. {{p:Mira}}: maybe both true.
- 2018 returned? No - he left the group in {{u:Dubai}} transit. Details next session (he got tired).

Follow-ups
1. Ask about the 2nd sponsor company name (he remembers "Al-something").
2. Does he want {{r:박용찬}} named in the report? Today: "yes, big one yes, small one no".
3. Photo of the Kuwaiti residence card, {{p:JH}} to scan.
Next: 9/4, same room. {{p:Mira}} away → {{p:Seung-ho}} interprets.""",
    },
    {
        "id": "h58-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Chol-ho", "정철호", "witness", ["Chol-ho", "철호"]),
            ("Sim Myong-gun", "심명건", "supervisor", ["Сим"]),
        ],
        "note": "Mixed Korean/English/Russian case notes, Vladivostok construction; Russian case endings kept inside (Сима, Симом, Чон Чхоль Хо), Russian landlord with patronymic and diminutive, surname Sim, English shorthand, given name with 이, initials; the Russian word 'сим-карта' beside the surname Сим unmarked.",
        "text": """Case notes - {{r:Jong Chol-ho}} / {{r:정철호}} (RU-14) - mixed KO/EN/RU
Caseworker: {{p:Anya Lebedeva}} | 2024-05-30 | phone + voice messages

1) Status: {{r:Chol-ho}} now in {{u:Vladivostok}} (hiding), wants to go to {{u:Seoul}}. Has no passport - brigade leader {{r:Sim Myong-gun}} holds it.
2) Russian landlady: {{p:Галина Петровна}} ({{p:Галя}}). He rents a room from her for 12,000 ₽. {{p:Галина Петровна}} doesn't know he is North Korean, thinks he's from {{u:Kazakhstan}}.
3) Voice message (RU, his words): "Я ушёл от {{r:Сима}} в марте. С {{r:Симом}} нельзя говорить, он всё передаёт в консульство." + "Мне нужна сим-карта на чужое имя."
   → note: сим-карта = SIM card, nothing to do with {{r:Сим}}.
4) In Russian documents he is "{{r:Чон Чхоль Хо}}" (old migration card, expired). His coworker {{p:Ким Ён Су}} ({{p:김영수}}) still on site; {{r:철호}} says {{p:영수}}는 믿을 수 있음.
5) {{r:Sim}}: ~55, from {{u:Nampo}}. {{r:철호}}: "{{r:심명건}}이는 돈만 보는 사람." Workers called him "{{p:Ворона}}"? — no, that was the Russian foreman {{p:Воронин}}, I misheard. Correction: Russians called the foreman {{p:Воронин}} "{{p:Ворона}}" (crow). {{r:Sim}} had no nickname.
6) Health: back pain, no doctor since Jan. {{p:A.L.}} to ask Dr {{p:Kravets}} (volunteer clinic).
7) Money: sent 20,000 ₽ via a friend to a broker "{{p:Миша}}" for a fake passport → scam? He hasn't heard back. I told him NOT to pay more.
8) Next steps: contact {{u:UNHCR}} {{u:Moscow}}; ask {{p:Sergei}} (lawyer) re: options. {{r:정철호}} agrees.

— {{p:A.L.}} | translated RU parts myself, check by {{p:Oleg}}""",
    },
    {
        "id": "h58-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Cha Hyang-suk", "차향숙", "witness", ["车香淑", "향숙"]),
            ("Ri Ok-hui", "리옥희", "coworker", ["李玉姬", "옥희"]),
            ("Pong Sun-ja", "봉순자", "supervisor", ["奉顺子"]),
        ],
        "note": "Chinese register of international-travel health certificates issued to North Korean garment workers (Chinese with Korean and English annotations); Korean names in Hanzi and Hangul, a Chinese doctor and clinic staff with 小/老 forms labelled whole, registered witness and coworker in the table, the city public; medical terms 正常/合格 and the character 金 in 金额 unmarked.",
        "text": """《国际旅行健康检查证明书》签发登记簿
签发机构：（国际旅行卫生保健中心，{{u:丹东}}） 用人单位：（服装厂，名称略） 受检日期：2018年4月12日
主检医师：{{p:王立新}} 主任 登记：{{p:小赵}}

证书序号 | 姓名 | 性别 | 年龄 | 血压 | 胸片 | 乙肝 | 结论
1 | {{r:奉顺子}} | 女 | 41 | 正常 | 正常 | 阴性 | 合格
2 | {{r:车香淑}} | 女 | 26 | 正常 | 正常 | 阴性 | 合格
3 | {{r:李玉姬}} | 女 | 24 | 偏低 | 正常 | 阴性 | 合格
4 | {{p:金善美}} | 女 | 22 | 正常 | 异常（复查） | 阴性 | 待定
5 | {{p:崔明花}} | 女 | 30 | 正常 | 正常 | 阳性 | 不合格
6 | {{p:韩春实}} | 女 | 27 | 正常 | 正常 | 阴性 | 合格
（以下 7-38 号略）

备注：证书费用每人 180 元，金额由厂方统一支付。5号员工结果已告知带队负责人{{r:奉顺子}}。{{p:老王}}签字。

--- NGO 메모 (2024.3, {{p:서지원}}) ---
- 구술자 {{r:차향숙}} 제공 사진. 2번이 본인({{r:车香淑}}). 1번 {{r:奉顺子}} = {{r:봉순자}}, 여성 작업반 책임자. 구술자는 "{{r:봉}} 반장"이라고 부름.
- 3번 {{r:李玉姬}} = {{r:리옥희}}, 같은 방 동료. "{{r:옥희}}는 혈압이 낮아서 자주 쓰러졌다."
- 4번 {{p:金善美}}({{p:김선미}})는 재검 후 합격했다고 함. 5번 {{p:崔明花}}({{p:최명화}})는 간염 양성으로 {{u:신의주}}로 돌려보내짐. 구술자 말: "{{p:명화}} 언니는 울면서 갔다."
- 체검 담당 {{p:王立新}} 의사는 친절했다고. {{p:小赵}}는 통역 없이 손짓으로 안내.
- EN summary for the report: 38 women examined for travel health certificates in {{u:Dandong}}, 1 rejected (hepatitis B) and sent back; the group leader {{r:Pong Sun-ja}} was informed, not the worker herself. {{r:Hyang-suk}} confirms.""",
    },
    {
        "id": "h58-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Un-sil", "김은실", "witness", ["金恩实", "은실"]),
            ("To Myong-hwa", "도명화", "coworker", ["都明花", "명화"]),
            ("Sung Chol", "승철", "supervisor", ["成哲"]),
        ],
        "note": "Chinese employee-handbook acknowledgement sheet from a seafood plant with Korean signatures transcribed beside typed Hanzi names and NGO notes in English/Korean; signature mismatches, a supervisor known by given name only (one syllable surname-like), Chinese HR staff with 姐/经理 forms labelled whole, zero-width space inside a Hanzi name, city public; CRLF.",
        "text": """《员工手册》签收确认表（朝鲜籍员工）
（水产加工厂，名称略）人事部  {{u:威海}}  2019年3月
本人已阅读并理解《员工手册》全部内容，自愿遵守。
（注：手册为中文版，朝方翻译口头说明）

序号 | 姓名（打印） | 本人签名 | 日期 | 备注
1 | {{r:成哲}} | {{r:승철}} | 3/4 | 带队
2 | {{r:金恩实}} | {{r:김은실}} | 3/4 |
3 | {{r:都明花}} | {{r:도명화}} | 3/4 |
4 | {{p:朴\u200b秀英}} | {{p:박수영}} | 3/4 | 打印名有误，应为"{{p:朴秀英}}"
5 | {{p:李春玉}} | {{p:리춘옥}} | 3/5 |
6 | {{p:高英姬}} | （未签） | - | 病假
7 | {{p:韩雪}} | {{p:한설}} | 3/5 |
翻译：{{p:金光日}}（朝方）  人事：{{p:刘姐}}  主管：{{p:孙经理}}

--- notes ({{p:D. Ahn}}, NGO, 2024) ---
- Photo from {{r:Kim Un-sil}} (on the dormitory list typed with a Chinese keyboard as {{r:ＫＩＭ ＵＮ ＳＩＬ}}). She says nobody read the handbook; {{r:승철}} (the group leader, she only knows his given name, wrote as {{r:成哲}}) signed first and told everyone to copy.
- Row 4: {{p:박수영}}'s name was typed with a stray invisible character in the HR file we received (kept above); HR corrected by hand.
- 5번 {{p:리춘옥}} = {{r:은실}} 씨의 룸메이트. 6번 {{p:高英姬}}({{p:고영희}})는 손을 다쳐 병가 중이었음.
- {{r:明花}}? No - {{r:도명화}} signs "{{r:명화}}" on later forms. Same person.
- Interpreter {{p:金光日}} ({{p:김광일}}) was from the North Korean side, not the factory. {{r:Un-sil}}: "{{p:광일}} 동무가 손님이 오면 우리한테 웃으라고 했다."
- {{p:刘姐}} (HR) is remembered kindly; {{p:孙经理}} never spoke to the workers.
- Handbook itself (48 pp.) not available. Ask {{r:명화}} if she kept a copy - she lives in {{u:Incheon}} now.""",
    },
    {
        "id": "h58-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ham Kwang-jin", "함광진", "witness", ["Хам Гван Джин", "광진"]),
            ("Ham Son-ae", "함선애", "relative", ["Хам Сон Э"]),
        ],
        "note": "Transcribed Russian postal money-order stubs kept by a former worker, with NGO notes in Korean and English; Russian declension of Korean and Russian names (Хам Гван Джина, Ивановой), sender/recipient fields, a Russian post-office clerk private, Russian Post and cities public, the word 'перевод' and 'почта' unmarked.",
        "text": """[Transcription] Russian postal money orders (корешки почтовых переводов), 4 stubs
Provided by {{r:Ham Kwang-jin}} / {{r:함광진}}. Transcribed by {{p:Irina Sokolova}}, notes by {{p:박서연}}.

Stub 1 — {{u:Почта России}}, ОПС {{u:Находка}} 692900, 14.02.2017
Отправитель: {{r:Хам Гван Джин}}
Получатель: {{p:Иванова Людмила Сергеевна}}, {{u:Уссурийск}}
Сумма перевода: 5 000 руб. Принял оператор: {{p:Т. Кузьмина}}
Сообщение: «Для {{p:Ли}}, как договорились»

Stub 2 — ОПС {{u:Находка}}, 20.06.2017
Отправитель: {{r:Хам Г. Д.}}
Получатель: {{p:Ивановой Л. С.}} (as written, dative)
Сумма: 7 000 руб. Оператор: {{p:Кузьмина}}

Stub 3 — 03.11.2017
Отправитель: {{p:Ли Чен Ир}} (по поручению {{r:Хам Гван Джина}})
Получатель: {{p:Иванова Л. С.}}
Сумма: 10 000 руб.

Stub 4 — 15.03.2018 (torn)
Отправитель: {{r:Хам Гван...}}
Получатель: {{r:Хам Сон Э}}?? — blank address; 취소됨 stamp

NGO 메모 ({{p:서연}})
- {{r:광진}} 씨 설명: {{u:북한}} 가족에게 직접 송금은 불가능. 그래서 러시아인 {{p:Людмила}}(현장 식당 주인)에게 보내고, 그녀가 {{u:중국}} 쪽 브로커 "{{p:리}}"에게 넘겼다고 함. Stub 1의 "{{p:Ли}}" = 그 브로커.
- Stub 3 sender {{p:Ли Чен Ир}} = {{p:리정일}}, 같은 현장 동료. {{r:광진}} 씨가 외출 금지 기간이라 대신 보내 줌.
- Stub 4: 누이 {{r:함선애}}에게 직접 보내려다 우체국에서 거절됨. 주소를 쓸 수 없었다고.
- Total 22,000 руб. Of this, {{r:Ham}} believes only about half reached {{r:Son-ae}} in {{u:Hoeryong}}.
- Clerk {{p:Kuzmina}}: no need to contact. Remove from public version.""",
    },
    {
        "id": "h58-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Myong-sik", "리명식", "witness", ["Ли Мён Сик", "명식"]),
            ("Kwon Chol-gu", "권철구", "supervisor", ["Квон Чхоль Гу", "Квон"]),
        ],
        "note": "Russian fire-safety inspection act for a workers' dormitory with a room list and Korean/English NGO notes; Russian names in nominative, genitive and instrumental (Квона, Квоном), a fictional fire inspector private, the surname Ли beside the conjunction 'ли' unmarked, MChS and city public; room table; CRLF.",
        "text": """АКТ ПРОВЕРКИ № 418
органом государственного контроля (надзора) — отдел надзорной деятельности, {{u:МЧС России}}
г. {{u:Хабаровск}}, 27 ноября 2018 г.

Объект: общежитие (временное жилое строение) на территории строительной площадки, ул. (адрес не указан)
Проверку провёл: инспектор {{p:Дьяченко А. В.}}
В присутствии: представителя подрядчика {{p:Мельникова С. Н.}} и старшего группы иностранных работников {{r:Квон Чхоль Гу}}
Переводчик: {{p:Цой Е. В.}}

Выявлены нарушения:
1. Эвакуационный выход из комнаты 3 заблокирован (запорное устройство снаружи). Со слов {{r:Квона}}, «для порядка».
2. В комнатах 2 и 4 используются самодельные электронагреватели.
3. Отсутствуют огнетушители.
4. Превышено число проживающих: в комнате на 6 чел. проживают 14.

Список проживающих (со слов старшего группы):
Комн. 1 — {{r:Квон Чхоль Гу}}, {{p:Ким Сон Нам}}
Комн. 2 — {{r:Ли Мён Сик}}, {{p:Пак Ир Су}}, {{p:Хан Чжон Гиль}}, ещё 11 чел. (фамилии не названы)
Комн. 3 — 12 чел., список не предоставлен
Комн. 4 — 9 чел.

Предписание выдано. С актом ознакомлен: {{r:Квон}} (подпись). Вопрос о том, подписал ли он акт по-русски или по-корейски, остался открытым.

--- NGO notes ---
- 구술자 {{r:리명식}} 제공. 2호실 거주. "문 밖에서 자물쇠를 채운 건 {{r:권철구}} 책임자였다."
- {{r:Квоном}} 대신 {{r:권철구}}로 통일할 것 (report EN: {{r:Kwon Chol-gu}}).
- Inspector {{p:Dyachenko}} apparently fined the contractor, not {{r:Kwon}}. {{r:명식}} 씨: after the inspection the lock was moved inside for two weeks, then back outside.
- {{p:Ким Сон Нам}} = {{p:김성남}}, {{r:권철구}}의 부관. {{p:Пак Ир Су}} = {{p:박일수}}, 구술자와 같은 방.
- Translation checked by {{p:Olga}}; "ли" in the last sentence is the question particle, not a surname.""",
    },
    {
        "id": "h58-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chon Song-ho", "전성호", "witness", ["Чон Сон Хо", "성호"]),
            ("Jo Kum-chol", "조금철", "coworker", ["Чо Гым Чхоль", "금철"]),
            ("Yun Tae-ho", "윤태호", "coworker", ["Юн Тхэ Хо"]),
        ],
        "note": "Batch of Russian employer notifications of termination of foreign workers' contracts to the migration authority, with Korean/English NGO notes; Latin, Cyrillic and Hangul forms of the same names, passport numbers, the employer's HR officer private, the migration directorate and region public; 조금 as an ordinary word beside the given name 금철 and surname 조.",
        "text": """УВЕДОМЛЕНИЕ о прекращении (расторжении) трудового договора с иностранным гражданином
Кому: {{u:ГУ МВД России по Приморскому краю}}, Управление по вопросам миграции
От: ООО (наименование скрыто), {{u:Владивосток}}
Дата: 10.01.2020

1. {{r:ЧОН СОН ХО}} / {{r:CHON SONG HO}}, гражданство: {{u:КНДР}}, паспорт № 8360****, дата рождения 02.05.1985. Дата расторжения: 25.12.2019. Основание: истечение срока.
2. {{r:ЧО ГЫМ ЧХОЛЬ}} / {{r:JO KUM CHOL}}, гражданство: {{u:КНДР}}, паспорт № 8361****, 1990 г.р. Дата расторжения: 25.12.2019.
3. {{r:ЮН ТХЭ ХО}} / {{r:YUN TAE HO}}, гражданство: {{u:КНДР}}, паспорт № 8361****, 1988 г.р. Дата расторжения: 25.12.2019.
4. {{p:МУН ЧХОЛЬ}} / {{p:MUN CHOL}}, гражданство: {{u:КНДР}}, 1979 г.р. Дата расторжения: 25.12.2019.
Уведомление составил: специалист по кадрам {{p:Полякова Е. И.}}, тел. скрыт.

--- NGO 메모 ---
- 제공자: {{r:전성호}} ({{r:Chon Song-ho}}). 통지서상 계약 종료일은 2019.12.25.이지만, 본인은 2020년 3월까지 같은 현장에서 일했음. 서류상으로만 귀국 처리된 것.
- 2번 {{r:조금철}}: 구술자 말로는 "{{r:금철}}이는 조금도 쉬지 않고 일했다." 서류 종료 후에도 계속 현장에 있었음. 현재 행방 모름.
- 3번 {{r:윤태호}}: 2020년 2월 {{u:나홋카}}를 통해 귀국. 같은 이름의 웹툰 작가 {{u:윤태호}}와 혼동 주의 (보고서 검색 시).
- 4번 {{p:문철}}: 책임자. 구술자는 "{{p:문}} 반장"이라 부름.
- HR {{p:Polyakova}}: the notification was filed so that the company would not be fined after the {{u:UN}} deadline (22.12.2019). {{r:Song-ho}} says {{p:Полякова}} knew the men were still on site.
- EN report: list the three workers by initials only ({{r:C.S.H.}}, {{r:J.K.C.}}, {{r:Y.T.H.}}).""",
    },
    {
        "id": "h58-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Song-chol", "김성철", "witness", ["Ким Сон Чол", "성철"]),
            ("Pak Chang-ryol", "박창렬", "supervisor", ["Пак Чан Рёль", "Пак дарга"]),
            ("Oyunchimeg Batbayar", "오윤치메그 바트바야르", "other", ["Оюунчимэг", "Oyuna"]),
        ],
        "note": "Mongolian ger-district water-kiosk card register with Korean/English NGO notes; Mongolian Cyrillic names with patronymic initials, a kiosk attendant registered with a short form, Korean names in Mongolian Cyrillic with the title дарга kept outside, cards held by the brigade leader, district and city public; the Mongolian word 'ус' (water) and 'карт' unmarked.",
        "text": """УС ТҮГЭЭХ БАЙР № 7 — КАРТ ОЛГОСОН БҮРТГЭЛ (2017 он)
{{u:Улаанбаатар}} хот, {{u:Сонгинохайрхан дүүрэг}}, 20-р хороо
Хариуцсан ажилтан: {{r:Б. Оюунчимэг}}

№ | Картын дугаар | Эзэмшигч | Тэмдэглэл
1 | 07-1123 | {{p:Д. Ганбаатар}} | гэр хороолол
2 | 07-1124 | {{p:Ц. Сарангэрэл}} |
3 | 07-1131 | {{r:Пак Чан Рёль}} (Солонгос, барилга) | 14 ажилчны нэр дээр
4 | 07-1132 | {{r:Ким Сон Чол}} | картыг {{r:Пак}} дарга хадгална
5 | 07-1133 | {{p:Ли Мён Хо}} | картыг {{r:Пак}} дарга хадгална
6 | 07-1134 | {{p:Чве Ён Иль}} | картыг {{r:Пак}} дарга хадгална
7 | 07-1140 | {{p:Э. Болормаа}} |

--- NGO 메모 (2024, {{p:윤다빈}} / EN by {{p:Tuya}}) ---
- 구술자 {{r:김성철}} 제공 사진. {{u:몽골}} {{u:울란바토르}} 아파트 건설 현장(2016~2018).
- 물 카드 14장 전부 책임자 {{r:박창렬}}이 보관. 노동자들은 하루 물 20리터로 세수·빨래·취사. "{{r:박창렬}}이 카드를 안 주면 그날은 씻지도 못했다." - {{r:성철}} 씨
- Kiosk attendant {{r:Oyunchimeg}} ({{r:Oyuna}}) sometimes gave the Koreans extra water without the card. {{r:성철}} 씨: "{{r:오유나}} 아주머니는 천사였다." We reached her by phone through {{p:Tuya}}; she remembers "{{r:Пак}} дарга" and "a young one called {{r:Сон Чол}}".
- {{p:Ли Мён Хо}} = {{p:리명호}}, {{p:Чве Ён Иль}} = {{p:최영일}}, same brigade. {{p:최영일}} was sent home in 2017 after an injury.
- The Mongolian entries (1, 2, 7) are residents; not relevant, redact in the annex.""",
    },
    {
        "id": "h58-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Sun-ok", "박순옥", "witness", ["Sun-ok", "Pakowa"]),
            ("Kim Hyon-u", "김현우", "witness", ["Hyon-u"]),
        ],
        "note": "Polish parish list assigning Christmas Eve (Wigilia) guests to host families, with Korean/English notes; Polish case endings kept inside (Kima, Pakowej, Kowalskich, Gdańsku), two former shipyard workers registered, Polish parishioners and the priest private, a family surname in plural (Nowakowie), the words 'pani' and 'Pani' outside, city and district public, also in the locative; CRLF.",
        "text": """AKCJA „WIGILIA W DOMU" 2023 — przydział gości do rodzin goszczących
Parafia w {{u:Gdańsku}}-{{u:Oliwie}}, 24 grudnia. Koordynacja: {{p:Agnieszka Wiśniewska}}

Rodzina 1 — państwo {{p:Nowakowie}} przyjmują: ks. {{p:Marek Zieliński}} (po pasterce nie zostaje)
Rodzina 2 — {{p:Halina Kowalska}} i {{p:Jerzy Kowalski}} przyjmują gości z {{u:Korei}}: pani {{r:Pak Sun-ok}}, pan {{r:Kim Hyon-u}}, tłumacz {{p:Oskar Lee}}; gospodarze: rodzina {{p:Kowalskich}}, ul. (adres u koordynatorki)
Rodzina 3 — pani {{p:Teresa}} przyjmuje wolontariuszy: {{p:Kasia}}, {{p:Bartek}}, {{p:Zuzia}}, {{p:Ola}}
Rodzina 4 — pan {{p:Wojtek}} i pani {{p:Stanisława}} (seniorzy z klubu) — bez gości, tylko kolęda

Uwagi:
- Dla pani {{r:Pakowej}} i pana {{r:Kima}} przygotować opłatek i kartkę z życzeniami po koreańsku.
- Pan {{r:Kim}} nie je ryb (prosi o pierogi ruskie). Z panem {{r:Kimem}} rozmawiać powoli.
- Ks. {{p:Marek}} zaprosił ich osobiście po mszy 10 grudnia.

--- NGO notes (EN/KO, {{p:Yuna}}) ---
- {{r:Sun-ok}} worked at a shipyard in {{u:Gdańsk}} 2014-2016 as a painter, with a North Korean group. {{r:Hyon-u}} was a welder in the same yard. Both now in {{u:Seoul}}; this is their first visit back, for our documentation trip.
- {{u:폴란드}} 가족이 "Pani {{r:Pak}}"이라고 부름 → {{r:순옥}} 씨가 좋아함.
- {{r:현우}} 씨는 당시 같이 일한 폴란드인 용접공 {{p:Tadeusz}}를 찾고 싶어 함. {{p:Agnieszka}}가 본당 신자 중에 아는 사람 있는지 알아보기로.
- 통역 {{p:Oskar}}: 한국계 폴란드인, 교회 봉사자. Do not mention the workers' past at the table unless they raise it.
- Photos: only the table decorations. 💡 {{r:Sun-ok}} wants one picture with {{p:Halina}} for herself.""",
    },
    {
        "id": "h58-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Chol-jin", "한철진", "supervisor", ["Han Chol Jin", "Han"]),
            ("Ri Un-byol", "리은별", "witness", ["Un-byol", "은별"]),
            ("Nguyễn Thị Lan", "응우옌 티 란", "other", ["Lan"]),
        ],
        "note": "Vietnamese supplier delivery notes (phiếu giao hàng) to a North Korean restaurant in Hanoi, signed by the manager and staff, with Korean/English NGO notes; Vietnamese names with diacritics, kinship forms (chị, anh) and titles (bà, ông) outside the name, a Vietnamese supplier registered, Korean names romanized without hyphens, the Vietnamese word 'hàn' beside the surname Han unmarked, Hanoi and the country public.",
        "text": """{{u:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM}} — Độc lập - Tự do - Hạnh phúc
PHIẾU GIAO HÀNG — Cửa hàng thực phẩm (tên ẩn), quận {{u:Ba Đình}}, {{u:Hà Nội}}
Người bán: bà {{r:Nguyễn Thị Lan}}

Số 031 — ngày 05/03/2019
Nơi nhận: nhà hàng (tên ẩn) | Hàng: gạo 50 kg, dầu ăn 10 lít, trứng 300 quả
Người giao: {{p:Trần Văn Hùng}} | Người nhận: ông {{r:HAN CHOL JIN}} (quản lý) — ký
Ghi chú: trả tiền mặt cuối tháng.

Số 032 — ngày 12/03/2019
Hàng: thịt lợn 20 kg, cải thảo 40 kg, ớt bột 5 kg
Người giao: {{p:Hùng}} | Người nhận: {{r:RI UN BYOL}} — ký (ông {{r:Han Chol Jin}} vắng)
Ghi chú: thiếu 2 kg ớt, giao bù ngày 14.

Số 033 — ngày 19/03/2019
Hàng: bia 10 thùng, nước ngọt 5 thùng
Người giao: {{p:Nguyễn Văn Tâm}} | Người nhận: ông {{p:KANG MYONG SU}} — ký
Ghi chú: ông {{r:Han}} yêu cầu không ghi tên nhân viên nữ trên phiếu. Bình gas hàn xì của cửa hàng để lại ở bếp, lấy lại sau.

--- NGO 메모 ({{p:K.M.}}, 2024) / notes ---
- 제공: {{r:리은별}}, 전 식당 종업원(2017~2020 {{u:하노이}}). 영수증 묶음을 지배인 {{r:한철진}}의 서랍에서 찍었다고 함.
- 물건은 보통 {{r:한철진}} 아니면 운전수 {{p:강명수}}가 받음. 32번은 {{r:은별}} 씨가 서명 - 그 뒤로 {{r:한철진}}이 "여자 이름 남기지 말라"고 함(33번 메모와 일치). {{r:은별}} 씨: "{{p:명수}} 오빠가 몰래 아이스크림 사 줬어요."
- Supplier Mrs {{r:Lan}} (chị {{r:Lan}} to the girls — chị = elder sister, outside the name) ran the shop next to the restaurant. {{r:Un-byol}} says {{r:Lan}} once let her call her cousin in {{u:China}} from her phone.
- Deliverer {{p:Trần Văn Hùng}} is {{r:Lan}}'s husband, anh {{p:Hùng}}. {{p:Tâm}} is their nephew.
- "Mr {{r:Han}}" was the name {{r:Han Chol-jin}} used with Vietnamese suppliers. Not to be confused with "hàn xì" (welding) in note 033.""",
    },
    {
        "id": "h58-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Tong-il", "신동일", "witness", ["Tong-il", "شين دونغ إيل"]),
            ("Ri Chang-gon", "리창곤", "supervisor", ["ري تشانغ غون"]),
        ],
        "note": "Kuwaiti civil-ID card collection list in Arabic and English with Korean NGO notes; Korean names in Arabic script and Latin capitals, cards collected by the group leader on behalf of the workers, a fictional PACI clerk private, the authority and cities public, the Arabic word 'مدني' (civil) unmarked, an Egyptian driver.",
        "text": """{{u:الهيئة العامة للمعلومات المدنية}} — {{u:Public Authority for Civil Information}}
كشف استلام البطاقات المدنية / Civil ID cards — collection list
فرع {{u:الجهراء}} / {{u:Jahra}} branch — 14/09/2016

م | الاسم / Name | رقم البطاقة | المستلم / Collected by | التوقيع
1 | {{r:ري تشانغ غون}} / {{r:RI CHANG GON}} | 2850*** | نفسه / self | ✔
2 | {{r:شين دونغ إيل}} / {{r:SIN TONG IL}} | 2850*** | {{r:RI CHANG GON}} | ✔
3 | {{p:كيم يونغ هو}} / {{p:KIM YONG HO}} | 2850*** | {{r:RI CHANG GON}} | ✔
4 | {{p:تشوي سونغ مين}} / {{p:CHOE SONG MIN}} | 2850*** | {{r:RI CHANG GON}} | ✔
5 | {{p:بانغ مو سوك}} / {{p:PANG MO SOK}} | 2850*** | {{r:RI CHANG GON}} | ✔
(6-31: same collector)
الموظف / Clerk: {{p:عبدالله المطيري}} ({{p:Abdullah Al-Mutairi}})
ملاحظة: تسليم البطاقات لمندوب الشركة بموجب تفويض. / Cards handed to company representative under authorisation.

--- NGO 메모 ({{p:정수아}}, 2024) ---
- 구술자 {{r:신동일}} 제공 사진. 신분증(시빌 아이디)을 본인이 한 번도 받아 본 적 없음. 책임자 {{r:리창곤}}이 31장 전부 수령.
- "위임장"에 서명한 기억 없음. {{r:동일}} 씨: "아랍어로 된 종이에 다 같이 손도장 찍었다."
- 3번 {{p:김영호}}, 4번 {{p:최성민}}은 같은 작업반. 5번 {{p:방모석}}은 운전 담당.
- 이집트인 운전기사 {{p:Mahmoud}}가 {{r:Tong-il}}에게 "your card is with {{r:Ri}}"라고 알려 줌.
- EN summary: all 31 civil IDs were collected by the group leader {{r:Ri Chang-gon}} at the {{u:Jahra}} office; the workers never held them. The clerk ({{p:Al-Mutairi}}) acted under a company authorisation — no reason to name him in the report.""",
    },
    {
        "id": "h58-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kye Yong-chol", "계영철", "witness", ["Yong-chol", "Abu Kye"]),
            ("Ho Nam-il", "허남일", "coworker", ["Nam-il"]),
        ],
        "note": "Iftar tent daily meal-count sheet from a mosque community in Doha, Arabic/English with Korean NGO notes; meals counted per group with the group's contact person, Arabic names with kunya (Abu ...), a North Korean worker nicknamed 'Abu Kye' by the volunteers, the word 'abu' in a joke unmarked, surname Ho beside 'ho' in a note, emoji, city and district public; CRLF.",
        "text": """خيمة إفطار صائم — عدد الوجبات اليومي / Iftar tent — daily meal count — Ramadan 1438 (June 2017)
{{u:Doha}}, near {{u:Al Sadd}} — counted by: {{p:أبو خالد}} ({{p:Abu Khalid}}); totals sent to the {{u:WhatsApp}} group each night

Week 2
| Day | Group (contact) | Meals | Take-away | Counted by |
| Sat | Indian drivers ({{p:Yusuf}}) | 46 | 10 | {{p:Rashid}} |
| Sat | Korean site ({{r:Abu Kye}}) | 4 | 0 | {{p:Rashid}} |
| Sun | Nepali guards ({{p:Anwar}}) | 31 | 6 | {{p:Samir}} |
| Sun | Korean site ({{r:Abu Kye}}) | 4 | 0 | {{p:Samir}} |
| Mon | Egyptian masons ({{p:عمر}}) | 28 | 5 | {{p:Bilal}} |
| Mon | Korean site ({{r:Kye}}) | 4 | 0 | {{p:Bilal}} |
| Tue | Korean site | 0 | 0 | {{p:Samir}} 🌙 (site overtime) |

ملاحظات / Notes
- The Korean workers from the building site come after their shift, only 4 allowed by their leader. {{r:Abu Kye}} (we call him this, his name is {{r:Kye}}) always brings the same three.
- Menu Sat: harees, um ali, machboos. {{p:Rashid}} wanted to call the soup "abu" something, no 😂
- Take-away for the Koreans always 0: {{p:Samir}} offered, {{r:Kye}} said no, their leader will be angry.

--- NGO 메모 ({{p:손예은}}, 2023 interview follow-up) ---
- 구술자 {{r:계영철}}이 보관하던 단체방 캡처. {{u:카타르}} 건설 현장(2015~2018).
- 라마단 때 모스크 근처 이프타르 천막에서 무료 식사. 책임자 {{p:방철수}}가 "4명만" 허락. "{{r:영철}}이가 조장이니까 너가 데리고 가라"고.
- 같이 간 사람: {{r:허남일}}, {{p:차용만}}, {{p:공혁}}. {{r:남일}}이는 청소를 제일 열심히 했다고.
- {{r:Yong-chol}} laughs at "{{r:Abu Kye}}": "I was nobody's father, but I liked it."
- {{r:Ho Nam-il}} — do not confuse with "ho" in {{p:Bilal}}'s messages ("ho ho ho" sticker 🎅, he sent it at Christmas too).
- {{p:Abu Khalid}} could be a witness to the working hours; {{p:손예은}} to ask through the mosque contact {{p:Faisal}}.""",
    },
    {
        "id": "h58-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chang Ung-bom", "장웅범", "witness", ["Чан Ун Бом", "웅범"]),
            ("Kwak Song-dok", "곽성덕", "supervisor", ["Квак"]),
        ],
        "note": "Stevedore gang sheets from a Russian port, Russian with Korean/English notes; North Korean workers listed under a Russian brigadier's gang, names in Cyrillic with case endings (Квака, Кваку), Russian dockers by surname and nickname, the word 'смена' and vessel types unmarked, an invented vessel unmarked, port and city public.",
        "text": """НАРЯД-ЗАДАНИЕ бригаде докеров № 6 — {{u:Находка}}, морской торговый порт
Дата: 18.08.2018, смена II (20:00–08:00). Судно: т/х «Северная звезда» (лес, экспорт)
Бригадир: {{p:Сидоренко В. П.}} | Стивидор смены: {{p:Гуляев}}

№ | Ф.И.О. | Работа | Тонн | Подпись
1 | {{p:Сидоренко В. П.}} | бригадир | — | ✔
2 | {{p:Махов А.}} ("{{p:Мах}}") | стропальщик | 41 | ✔
3 | {{r:Квак Сон Док}} | старший корейской группы | — | ✔
4 | {{r:Чан Ун Бом}} | трюмный | 38 | ✔ ({{r:Квак}})
5 | {{p:Пак Чхоль}} | трюмный | 37 | ✔ ({{r:Квак}})
6 | {{p:Рим Гван Су}} | трюмный | 39 | ✔ ({{r:Квак}})
7 | {{p:Тэ Ён Нам}} | трюмный | 35 | ✔ ({{r:Квак}})
Примечание: подписи за корейских рабочих ставит {{r:Квак}}. Оплата за корейскую группу перечисляется через посредника. Вопросы — к {{r:Кваку}}.

--- NGO 메모 / notes ({{p:최소민}}) ---
- 구술자 {{r:장웅범}}: 2017~2019 {{u:나홋카}} 항 하역. 배 안(창고)에서 목재 쌓기.
- 서명은 전부 책임자 {{r:곽성덕}}이 대신 함. "{{r:곽성덕}}이 한 번도 배 안에 내려온 적 없다."
- {{u:러시아}} 반장 {{p:Сидоренко}}는 "{{p:Сидор}}"라고 불림, 좋은 사람. {{r:웅범}} 씨가 손을 다쳤을 때 {{p:Сидоренко}}가 {{r:Квака}} 몰래 붕대를 줌.
- {{p:Пак Чхоль}} = {{p:박철}}, {{p:Рим Гван Су}} = {{p:림광수}}, {{p:Тэ Ён Нам}} = {{p:태영남}}(태 is the surname).
- EN: the Russian gang sheet shows tonnage per worker but all signatures by {{r:Kwak}}; pay went "через посредника" (via an intermediary). {{r:Chang}} never saw any of it.""",
    },
    {
        "id": "h58-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Jong-hyok", "리정혁", "witness", ["Ли Чжон Хёк", "정혁", "Hyok"]),
            ("O Chang-gil", "오창길", "supervisor", ["О Чхан Гиль", "О"]),
        ],
        "note": "Log-scaler tally book from a Russian Far East logging site, Russian and Korean with an English summary; the surname О (O) beside the Russian preposition 'о' unmarked, Russian scaler private, one-syllable given name Hyok alone, cubic-metre figures beside names, a famous TV drama character's name coinciding with the witness's name (not public), region public.",
        "text": """КНИГА УЧЁТА ЗАГОТОВКИ ЛЕСА (ТАЛЬМАН) — делянка 14, {{u:Тындинский район}}
Приёмщик (мастер-приёмщик): {{p:Зуев Н. К.}}
Бригада № 3 (корейская), старший {{r:О Чхан Гиль}}

Дата | Фамилия | Порода | Кол-во, шт | Объём, м³ | Подпись приёмщика
02.02.2019 | {{r:Ли Чжон Хёк}} | лиственница | 46 | 21,4 | {{p:Зуев}}
02.02.2019 | {{p:Кан Сон Ир}} | лиственница | 39 | 18,1 | {{p:Зуев}}
02.02.2019 | {{p:Рю Мён Гук}} | сосна | 41 | 17,6 | {{p:Зуев}}
03.02.2019 | {{r:Ли Чжон Хёк}} | лиственница | 51 | 23,9 | {{p:Зуев}}
03.02.2019 | {{p:Кан Сон Ир}} | лиственница | 12 | 5,2 | {{p:Зуев}} (травма)
Итого за 2 дня по бригаде: 214 м³. Сведения о выработке передаются {{r:О Чхан Гилю}}.
Запись {{p:Зуева}}: «О выработке корейцам не сообщать, всё через старшего.»

--- NGO 메모 ({{p:현가람}}) ---
- 구술자 {{r:리정혁}} 제공(사진 6장). 드라마 주인공 이름과 같다고 다들 놀렸다고 웃음. 현장에선 그냥 "{{r:혁}}이"라고 불림.
- 책임자 {{r:오창길}}: {{u:러시아}} 검수원이 적은 입방 수치를 노동자들에게 절대 안 보여 줌. "{{r:오}} 책임자가 숫자를 반으로 불렀다."
- 2/3 {{p:강성일}}({{p:Кан Сон Ир}}) 부상 — 나무에 다리가 깔림. 검수원 {{p:Зуев}}가 "травма"라고 적어 줌. 이후 {{p:성일}}이는 {{u:블라고베셴스크}} 병원으로.
- {{p:류명국}}({{p:Рю Мён Гук}})은 2019년 여름 귀국.
- EN: the book shows {{r:Hyok}} cut 45 m³ in two days; at the rate the Russian contractor paid (per the brigade contract seen by {{r:Ri}}), that is several times his monthly allowance. Note: in {{p:Zuev}}'s line "О выработке" = "about the output"; the О there is a preposition, not {{r:O Chang-gil}}.""",
    },
    {
        "id": "h58-mixed-15",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kang Hyok-chol", "강혁철", "witness", ["Кан Хёк Чол", "Hyok-chol"]),
            ("Tsogtbaatar Dorj", "초그트바타르 도르지", "other", ["Цогтбаатар", "Tsogoo"]),
        ],
        "note": "Mine-rescue drill report from a coal mine in Mongolia, Mongolian Cyrillic with an English summary and Korean notes; a Mongolian rescue-team leader registered with a short form, North Korean miners listed in Mongolian Cyrillic, Mongolian patronymic initials, the agency and aimag public, the Mongolian word 'уурхай' (mine) unmarked, emoji; CRLF.",
        "text": """АВРАН ХАМГААЛАХ СУРГУУЛИЛТЫН ТАЙЛАН (Mine rescue drill report)
Уурхай: (нүүрсний уурхай, нэрийг нуусан), {{u:Төв аймаг}}
Огноо: 2016.10.21 | Сургуулилтын удирдагч: {{r:Д. Цогтбаатар}}, аврах багийн ахлагч
Ажиглагч: {{u:Онцгой байдлын ерөнхий газар}}-ын байцаагч {{p:Г. Энхтуяа}}

Оролцогчид — 2-р ээлжийн ажилчид, гарал: {{u:Хойд Солонгос}}
1. {{r:Кан Хёк Чол}}
2. {{p:Мун Сон Ир}}
3. {{p:Ю Чан Мин}}
4. {{p:Пэ Ён Хо}}
Ахлагч (ажилчдын талаас): {{p:Ким Хак Сон}}

Тэмдэглэл: Ажилчид өөрийгөө аврагч багажийг (self-rescuer) ашиглаж чадаагүй. Орчуулагч байгаагүй. {{p:Ким Хак Сон}} оролцогчдын өмнөөс гарын үсэг зурсан.

--- English summary (NGO, {{p:Tuya B.}}) ---
Drill led by {{r:Tsogtbaatar}} ("{{r:Tsogoo}}"), who told us by phone that the North Korean miners "had never seen a self-rescuer before". The North Korean side's leader, {{p:Kim Hak-song}}, signed for everyone. Inspector {{p:Enkhtuya}} recorded that there was no interpreter. {{r:Kang Hyok-chol}} confirms: "We just watched {{r:Tsogoo}} and copied him." 👷

--- 한국어 메모 ({{p:지하람}}) ---
- {{r:강혁철}} 씨: 2016~2017 {{u:몽골}} 탄광. 훈련 때 통역이 없어서 {{u:몽골}} 사람 손짓만 보고 따라 함.
- {{p:문성일}}, {{p:유장민}}, {{p:배영호}}는 같은 조. {{p:유장민}}은 2017년 갱내 사고로 다쳤다고 함(확인 필요).
- 책임자 {{p:김학성}}이 서명을 대신함. {{r:혁철}} 씨는 "{{p:김학성}}이 갱 안에 들어온 적은 한 번도 없다"고.
- {{r:Цогтбаатар}} 씨는 증언 의사 있음 → {{p:Tuya}}가 연락 담당.""",
    },
    {
        "id": "h58-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yu Song-chol", "유성철", "witness", ["Ю Сон Чхоль", "성철"]),
            ("Ro Kwang-ho", "로광호", "supervisor", ["Ро Гван Хо", "Ро"]),
        ],
        "note": "Tower-crane operator's shift logbook from a Vladivostok site, Russian with Korean notes; a North Korean slinger in the signal-man column, Russian operators by surname and initial, case endings inside (Ю Сон Чхолем, Ро), the Korean surname 유 beside 유리 (glass) and 이유, the city public.",
        "text": """ВАХТЕННЫЙ ЖУРНАЛ КРАНОВЩИКА — башенный кран КБ-405, объект: жилой дом, {{u:Владивосток}}, ул. (скрыто)

Дата | Смена | Крановщик | Стропальщик / сигнальщик | Замечания
11.03.2019 | I | {{p:Белов А. Ю.}} | {{r:Ю Сон Чхоль}} | ветер 12 м/с, работа остановлена в 14:20
11.03.2019 | II | {{p:Осипова Н.}} | {{p:Хван Мин}} | —
12.03.2019 | I | {{p:Белов А. Ю.}} | {{r:Ю Сон Чхоль}} | стропальщик без каски, замечание старшему ({{r:Ро}})
13.03.2019 | I | {{p:Белов}} | {{r:Ю}} | груз (стеклопакеты) раскачивался, сигналы непонятны, работа со {{r:Ю Сон Чхолем}} через переводчика
14.03.2019 | I | {{p:Белов}} | {{p:Хван Мин}} | {{r:Ю}} отстранён старшим ({{r:Ро Гван Хо}}), причина не указана

--- NGO 메모 ({{p:마서윤}}) ---
- 구술자 {{r:유성철}} 제공 (현장 사무실에서 찍은 사진).
- 3/12 안전모: "{{r:로광호}}가 안전모를 팔아먹어서 모자라서 그랬다"고 함. {{u:러시아}} 기사 {{p:Белов}}({{p:벨로프}})가 책임자 {{r:로}}에게 항의함.
- 3/13 유리창(стеклопакеты) 흔들린 건 신호를 러시아식으로 몰라서. 통역 {{p:김철진}}이 그날 늦게 옴.
- 3/14 {{r:성철}} 씨가 작업에서 빠진 이유: {{r:로광호}}가 "{{u:러시아}} 사람한테 고자질했다"고 의심해서 일주일 숙소 대기 + 식비 공제.
- 크레인 기사 {{p:Осипова}}는 여자 기사. {{r:성철}} 씨 기억으로는 "{{p:나타샤}}"라고 불렸음.""",
    },
    {
        "id": "h58-mixed-17",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pae Kum-ran", "배금란", "witness", ["裴今兰", "금란"]),
            ("Jon Myong-chol", "전명철", "supervisor", ["全明哲"]),
        ],
        "note": "Lockout/tagout register from a Chinese seafood plant, Chinese with English and Korean notes; padlock tags with Hanzi names of North Korean workers, a Chinese maintenance chief as 张师傅 labelled whole, the character 锁 and the word 배 (ship/stomach) beside the surname 배 unmarked, a city public.",
        "text": """上锁挂牌登记表 (LOTO register) — 冷冻车间 2号线
（水产公司，名称略）{{u:珲春}} 2018年

日期 | 设备 | 上锁人 | 锁号 | 解锁人 | 时间 | 备注
06-03 | 剥虾机 #2 | {{p:张国庆}}（维修） | L-07 | {{p:张国庆}} | 09:10-10:40 | 更换皮带
06-11 | 速冻机 | {{p:张国庆}} | L-07 | {{r:全明哲}} | 14:00-14:25 | 朝方负责人提前解锁！
06-11 | 速冻机 | — | — | — | 14:26 | 事故：{{r:裴今兰}} 手部冻伤
06-12 | 速冻机 | {{p:王海}} | L-09 | {{p:王海}} | 08:00-12:00 | 检修
签字：车间主任 {{p:赵敏}} / 安全员 {{p:小何}}

--- NGO notes (EN/KO, {{p:Kim Ha-eun}}) ---
- Provided by {{r:Pae Kum-ran}} ({{r:裴今兰}} = {{r:배금란}}). On 11 June the North Korean group leader {{r:全明哲}} ({{r:전명철}}) removed the Chinese mechanic's lock 25 minutes early to restart the line. {{r:Kum-ran}} was clearing ice inside the freezer. Her right hand was frozen; two fingers partly amputated later.
- 중국인 정비사 {{p:张师傅}}({{p:张国庆}})는 화를 많이 냈다고. {{r:금란}} 씨: "{{p:张师傅}}가 {{r:전명철}}한테 소리 질렀는데 {{r:전}} 책임자는 '배 나온 {{u:중국}} 사람이 뭘 아냐'고 했어요."
- 배(ship) 얘기 아님 - 배가 나왔다는 뜻. 구술자 성 {{r:배}}와 무관.
- 안전원 {{p:小何}}가 사고 보고서를 썼으나 구술자는 본 적 없음. Ask whether the plant's insurer ever received a claim.""",
    },
]
