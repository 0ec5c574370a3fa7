# ruff: noqa: E501
"""Held-out evaluation passages, set 27. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout27."""

PASSAGES: list[dict] = [
    {
        "id": "h27-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-ho", "리철호", "witness", ["R.C.H.", "Chol-ho"]),
            ("Hwang Song-nam", "황성남", "supervisor", ["H.S.N."]),
            ("Kye Myong-sik", "계명식", "coworker", ["K.M.S."]),
        ],
        "note": "Court judgment excerpt (Polish court, English translation); parties and witnesses by initials with dots, one given name plus initial, a hyphenated double-barrel initial; registered names leaking in full in variant spellings (Ri Chol Ho / Ri Chor-ho; Hwang / Hvang / Khwan); title outside (Director Jo, Mr Zbyszek); airport named after a public figure.",
        "text": """SĄD OKRĘGOWY W GDAŃSKU / REGIONAL COURT IN GDAŃSK
IV Criminal Division, ref. IV K 212/19
Unofficial English translation prepared for counsel, pp. 14-17 of 41. Personal data anonymised in the original; initials as in the original.

JUDGMENT (excerpt)

Presiding: Judge {{p:Ewa Sz.}}; lay judges {{p:A.M.}} and {{p:T.R.}}; minutes taken by court clerk {{p:K. Nowicka}}.

III. FINDINGS OF FACT

14. The accused {{p:Zbigniew K.}} (hereinafter "{{p:Z.K.}}") was, at the material time, the managing director of a labour-supply company registered in {{u:Gdynia}} (hereinafter "the Company"). The accused {{p:Marta L.-W.}} ("{{p:M.L.-W.}}") kept the Company's books and signed the payroll lists.

15. Between March 2014 and November 2016 the Company hired out welders and pipe fitters to subcontractors at yards in {{u:Gdańsk}} and {{u:Gdynia}}. At least forty-one of those workers were nationals of the {{u:Democratic People's Republic of Korea}}. Their contracts named as the sending party the {{u:Korea General Corporation for External Construction}} ("{{u:GENCO}}"), represented in {{u:Poland}} by a man whom the files call "Director {{p:Jo}}" and, in one annex, "{{p:Cho Yong-guk}}".

16. The injured party {{r:R.C.H.}} (born 1981 in {{u:Kimchaek}}) testified that on arrival at {{u:Gdańsk Lech Wałęsa Airport}} his passport was taken by the team leader {{r:H.S.N.}}, whom the workers addressed as "jojang-dongmu" or simply as "{{r:Hwang}}". {{r:R.C.H.}} stated that he was paid, in cash and through {{r:H.S.N.}}, between 120 and 150 US dollars a month, while the payroll lists signed by {{p:M.L.-W.}} show gross wages of PLN 2,800 to 3,400 transferred to a bank account opened in his name. {{r:R.C.H.}} never held a bank card. He learned of the account only when prosecutor {{p:P. Dąbrowski}} showed him the statements.

17. In the minutes of the hearing of 3 May 2018 (vol. II, p. 311) the name of the injured party was erroneously recorded in full as "{{r:Ri Chol Ho}}" and, two lines below, as "{{r:Ri Chor-ho}}"; the Court has ordered those pages withdrawn from public access. The surname of the team leader appears in the files as "{{r:Hwang}}", "{{r:Hvang}}" and "{{r:Khwan}}". The Court is satisfied that all three refer to {{r:H.S.N.}}.

18. The injured party {{r:K.M.S.}}, a fitter, confirmed that {{r:H.S.N.}} kept all passports in a locked metal box in the container used as a site office. {{r:K.M.S.}} stated that on 11 August 2015 he burnt his forearm while welding inside a double-bottom tank, that {{r:H.S.N.}} forbade him to go to hospital, and that a Polish foreman, the witness {{p:G.B.}}, drove him to {{u:Copernicus Hospital}} against {{r:Hwang}}'s wishes. The witness {{p:G.B.}} ({{p:Grzegorz B.}}) confirmed this account. The hospital record (vol. III, p. 52) names the patient as "{{r:Kye Myong Sik}}" and his employer as "the Company, via Mr {{p:Zbyszek}}", which the Court takes to mean the accused {{p:Z.K.}}.

19. The witness {{p:J.-H.P.}}, a Korean-language interpreter engaged by the {{u:Border Guard}}, stated that during the inspection of 19 October 2016, carried out jointly with the {{u:National Labour Inspectorate}}, the workers refused to speak while {{r:H.S.N.}} was present, and that {{r:R.C.H.}} whispered to her in Korean: "Please do not write down my name." {{p:J.-H.P.}} added that {{r:Chol-ho}} was the only worker who looked her in the eye.

IV. ASSESSMENT OF EVIDENCE

20. The accused {{p:Z.K.}} explained that he "only rented out people" and that wages were "a matter for the Korean side". He named his contact first as "Mr {{p:Jo}}" and later as "Mr {{p:Cho}}", and stated that he had met that man twice, once at a hotel in {{u:Sopot}}. The Court does not find the explanations of {{p:Z.K.}} credible. The payroll lists bear his initials next to those of {{p:M.L.-W.}}, and the account statements show transfers to a company in {{u:Dandong}}.

21. The defence relied on the testimony of the witness {{p:Wiesław Ch.}}, a former business partner of {{p:Z.K.}}, who stated that the Koreans "were happy and sang on Sundays". The Court notes that {{r:R.C.H.}} and {{r:K.M.S.}} confirmed the singing, and that {{r:K.M.S.}} explained: "We sang the songs about {{u:Kim Jong Un}} that {{r:Hwang}} told us to sing." The witness {{p:Ch.}} conceded that he did not speak Korean.

22. The Court has had regard to {{u:UN Security Council}} resolution 2397 (2017) and to the reports of the {{u:Panel of Experts}}, as well as to the report of {{u:Leiden University}} researchers cited by the auxiliary prosecutor, {{u:La Strada}}. These materials are consistent with the account of {{r:R.C.H.}} and {{r:K.M.S.}}, but the Court has based its findings primarily on their own testimony and on the documents.

23. As regards the accused {{p:M.L.-W.}}, the Court accepts that she acted on the instructions of {{p:Z.K.}}; her own daughter, the witness {{p:Julia W.}}, described her as "afraid of {{p:Zbyszek}}". This is reflected in the sentence.""",
    },
    {
        "id": "h27-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Song-il", "강성일", "witness", ["Song-il"]),
            ("Bang Chol-jun", "방철준", "supervisor", ["Chol-jun"]),
            ("Ho Yong-dok", "허영덕", "coworker", []),
        ],
        "note": "Hospital discharge summary (Qatar), uppercase surname-first names with alternative spellings; patient's given-name syllable Song misread as surname ('Mr Song') next to an unrelated 'Mr Song' and the word song; supervisor Bang next to a compressor 'bang'; coworker Ho; clinicians and staff with titles outside; hospitals, ministry and districts public.",
        "text": """HAMAD MEDICAL CORPORATION
{{u:Hamad General Hospital}}, {{u:Doha}} - Burns & Plastic Surgery Unit (Ward 4B)
DISCHARGE SUMMARY                                   printed 19/07/2016 16:05

Patient: {{r:KANG SONG IL}}                 HC no.: 31086xxxx
Other spellings on file: {{r:KANG SONG-IL}} (QID), "{{r:SONG IL KANG}}" (ED triage), {{r:Kang Seong-il}} (interpreter note)
DOB: 12/02/1985   Age: 31   Sex: M   Nationality: {{u:DPRK}}
Sponsor/employer (per QID): {{u:Namgang Construction}}; site contact Mr {{r:BANG Chol Jun}}, mobile on file
NOK: wife, {{p:MUN Hye Ok}} (no contact details; in {{u:DPRK}})
Admitted: 04/07/2016 02:41 via ED      Discharged: 19/07/2016
Consultant: Dr {{p:Rashid Al-Kuwari}}      Registrar: Dr {{p:Priya Menon}}
Interpreting: telephone Korean interpreter (ID 4471); colleague Mr {{r:HO Yong Dok}} present 04/07 and 06/07

DIAGNOSES
1. Partial-thickness burns, both hands and distal forearms, approx. 6% TBSA
2. Full-thickness burn, R dorsal hand, approx. 1%
3. Dehydration on admission; AKI, resolved

HISTORY
31M construction worker brought to ED by site supervisor Mr {{r:Bang}} approx. 1 h after injury. Per Mr {{r:Bang}}: "small fire, cooking". Per pt (via Mr {{r:Ho}}): heard a loud bang from a compressor hose on the night shift, the hose whipped and hot bitumen from the kettle hit both hands. Pt had been working since 07:00 the previous day. Mr {{r:Bang}} and Mr {{r:Ho}} gave different site locations ({{u:Lusail}} vs "{{u:Wakrah}}"). Mr {{r:Bang}} asked three times that pt be treated as an outpatient and returned to site "tonight". ED physician Dr {{p:S. Haddad}} admitted.

NB: ward staff addressed pt as "Mr {{r:Song}}" until 06/07 (given name taken for surname). Correct surname is {{r:KANG}}. Please use "Mr {{r:Kang}}".

HOSPITAL COURSE
04/07 IV fluids, dressings, analgesia. Pt reluctant to accept morphine, stating (via phone interpreter) that "{{r:Bang}} counts the days".
05/07 Reviewed by Dr {{p:Al-Kuwari}}; plan excision and graft R hand.
06/07 Mr {{r:Ho}} visited alone after 21:00 and spoke with pt ~20 min. RN {{p:Joy Dela Cruz}} reports pt tearful afterwards. Mr {{r:Ho Yong-dok}} asked RN {{p:Joy}} in English whether "hospital can keep him long time".
08/07 Mr {{r:BANG}} visited with a second man introduced as "Mr {{p:Song}}, office" (NOT the patient; a different person). Mr {{p:Song}} asked the ward clerk, Ms {{p:Reshma}}, to hand over the pt's QID. Refused per policy.
09/07 STSG R dorsal hand, donor site L thigh (Dr {{p:Al-Kuwari}}, Dr {{p:Menon}}). Uneventful.
10-18/07 Graft take ~95%. Physiotherapy with Mr {{p:Dennis Ocampo}}. Pt hummed a song during dressing changes; told RN {{p:Dela Cruz}} it was one his daughter {{p:Un-hui}} sings.
12/07 Social work: Ms {{p:Fatima Al-Sulaiti}} met pt with phone interpreter. Pt states passport held by employer; pt does not know his salary; "{{r:Chol-jun}} keeps everything". Pt asked that nothing be written that Mr {{r:Bang}} could read. Referred to {{u:National Human Rights Committee}} liaison and to {{u:Ministry of Administrative Development, Labour and Social Affairs}}. Pt withdrew consent for the referral after a visit from Mr {{r:Bang}} on 13/07.
14/07 {{r:Song-il}} asked whether his colleague Mr {{r:Ho}} could be told the date of discharge but not Mr {{r:Bang}}. Agreed.

DISCHARGE
To: workers' accommodation, {{u:Industrial Area}}, Street 41 (per employer). Pt expressed fear of returning. Discussed with Ms {{p:Al-Sulaiti}}; pt declined shelter options.
Meds: paracetamol 1 g QDS PRN; silver sulfadiazine to donor site.
Follow-up: Burns clinic 02/08/2016 with Dr {{p:Menon}}; dressing clinic twice weekly at {{u:Al Wakra Hospital}}.
Sick leave: 21 days. Fit-to-work certificate NOT issued. Copy of summary given to pt only, not to Mr {{r:Bang}}, at pt's request.

Electronically signed: {{p:Priya Menon}}, MBBS, Registrar, 19/07/2016 15:58
Co-signed: {{p:R. Al-Kuwari}}, Consultant""",
    },
    {
        "id": "h27-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Moon Hyang-suk", "문향숙", "witness", ["Mun Hyang-suk", "Hyang-suk"]),
            ("Han Kyong-il", "한경일", "supervisor", []),
            ("Gang Eun-jeong", "강은정", "coworker", ["Kang Un-jong", "Dal"]),
        ],
        "note": "UK asylum interview record, numbered Q/A; applicant surname Moon/Mun/Wen/文 next to President Moon Jae-in and the word moon; team leader Han next to an unrelated broker Han; a name spelled out letter by letter; coworker Gang/Kang/Jiang/姜 with a moon nickname; Lao Zhou with the prefix outside; places incl. Panmunjom and Hungnam.",
        "text": """HOME OFFICE - ASYLUM INTERVIEW RECORD (continuation sheet)
Applicant: {{r:MOON}}, {{r:Hyang Suk}}            Ref: M1487xxx/PN
Interviewing officer: {{p:D. Whitcombe}}         Interpreter (Korean): Mrs {{p:S. Y. Lee}}
Venue: {{u:Lunar House}}, {{u:Croydon}}          Date: 06/03/2020   Resumed 11:40 after break

Q46. Before the break you said you were sent to {{u:China}} to work. Which city?
A46. {{u:Donggang}}. It is a small city by the sea, near {{u:Dandong}}. We came by bus over the bridge from {{u:Sinuiju}}.

Q47. What work did you do there?
A47. Peeling crab and squid, and packing fish for export. We were about 220 women and 12 men from the North in one factory.

Q48. Who was responsible for the North Korean workers?
A48. The team leader of our line was {{r:Han Kyong-il}}. Above him was a man from the company in {{u:Pyongyang}}. We only called him Director {{p:Pak}}. I never knew Director {{p:Pak}}'s given name.

Q49. Please spell the team leader's name for the record.
A49. (Interpreter spells as the applicant dictates:) {{r:H-A-N K-Y-O-N-G I-L}}.

Q50. At question 31 you said that "{{p:Han}}" helped you to cross the river. Is this the same person?
A50. No, no. At question 31 I meant {{p:Han Sang-gon}}, the broker. He is a Chinese Korean from {{u:Yanji}}. It is a very common surname. {{r:Han Kyong-il}} would never help anyone. If {{r:Han}} knew that I am here he would report my family.

Q51. Please describe a normal day at the factory.
A51. We got up at five. {{r:Han}} counted us at the gate. We worked from six until ten at night, sometimes until midnight when a ship came in. The girl in the bunk below mine, {{r:Gang Eun-jeong}}, fainted twice in the cold room. Everybody called {{r:Eun-jeong}} "{{r:Dal}}", it means moon, because her face was round. When {{r:Dal}} fainted the second time, {{r:Han Kyong-il}} said she was pretending and cut her rice.

Q52. You said "{{r:Gang}}". Is that her surname?
A52. Yes. In the North we write it {{r:Kang}}, {{r:Kang Un-jong}}. The Chinese supervisor wrote {{r:Jiang}} on the list, {{r:姜恩贞}}. So she has three names.

Q53. Were you paid?
A53. The Chinese company paid the money to {{r:Han}} and to Director {{p:Pak}}. We received 100 yuan a month, sometimes nothing. They said the rest was for the loyalty fund. Once {{p:Pak}} said the money was for the birthday of {{u:Kim Jong Un}}.

Q54. In your screening interview you gave your surname as {{r:MUN}}. Today the interpreter has written {{r:MOON}}. Which is correct?
A54. Both. In my passport from the North it is {{r:MUN}}. The Chinese visa says {{r:MOON}}. In the factory the Chinese girls called me "{{r:Wen}}" because that is how they read it, {{r:文}}.

Q55. You said the other workers joked about your surname. What did they say?
A55. That I was a relative of {{u:Moon Jae-in}}, the South Korean president. It was 2018, after the meeting at {{u:Panmunjom}}. {{r:Han}} did not laugh. He said a {{r:Moon}} must be extra careful, and he made me write a self-criticism. {{r:Hyang-suk}}, he said, even the moon has a dark side.

Q56. Who else was in your team?
A56. {{r:Eun-jeong}}, and {{p:Ri Sol-mi}} from {{u:Haeju}}, and an older woman, {{p:Jong Ok-sun}}. We called her {{p:Ok-sun}} ajumoni. {{p:Sol-mi}} and {{p:Ok-sun}} are still there, I think.

Q57. Tell me about your family in {{u:North Korea}}.
A57. My mother, {{p:Choe Kum-ok}}, lives in {{u:Hamhung}}, near the {{u:Hungnam Fertiliser Complex}}. My younger brother {{p:Mun Kwang-chol}} is a soldier. If they learn that I am in {{u:England}}, {{p:Kwang-chol}} will be sent away.

Q58. How did you leave the factory?
A58. In August 2018 {{r:Eun-jeong}} was sent home because she was sick. The night before she left she gave me the phone number of {{p:Han Sang-gon}}. I went out through the kitchen while the Chinese cook, Lao {{p:Zhou}}, was smoking. {{p:Zhou}} saw me and looked away.

Q59. How did you travel to the {{u:United Kingdom}}?
A59. {{p:Sang-gon}} drove me to {{u:Shenyang}}. A woman we called Auntie {{p:Mi-ja}} took me by train to {{u:Kunming}} and then to {{u:Bangkok}}. From {{u:Bangkok}} I flew to {{u:Heathrow}} with a passport that was not mine.

Q60. Whose name was on that passport?
A60. A South Korean woman. I think it said {{p:Kim Min-ji}}. I threw it away at the airport as Auntie {{p:Mi-ja}} told me.

IO: Interview suspended 12:31 for lunch. Applicant confirms she understands the interpreter. Interpreter Mrs {{p:Lee}} confirms no difficulties. IO {{p:Whitcombe}}.""",
    },
    {
        "id": "h27-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jin Chol-u", "진철우", "witness", ["cholu_jin", "Chol-u"]),
            ("Ryom Kum-song", "렴금성", "supervisor", ["Pumpkin"]),
            ("Tak Yong-bae", "탁영배", "coworker", ["yongbae", "tak_yb"]),
        ],
        "note": "Telegram chat export (translated), display names with emoji, @usernames (labelled without @), lowercase names, a private Russian named Artyom next to the town Artyom, nickname Pumpkin next to the vegetable, 'the whole gang' vs a member called Gang-min, forwarded-from and service lines.",
        "text": """Telegram Desktop - chat export, copied as text
Chat: "Ussuriysk 2015-17 🇷🇺" (private group, 9 members)
Export note: messages translated from Korean by volunteer {{p:Hana P.}}; display names and usernames kept as in the original.

{{r:Chol-u Jin}}, [03.04.2023 21:02]
anyone remember the russian foreman at the {{u:Artyom}} site? gold tooth, always shouting davai davai

{{r:yongbae}} 🐻, [03.04.2023 21:05]
{{p:artyom}}!! his name was {{p:Artyom}} too, we laughed about it, {{p:Artyom}} from {{u:Artyom}} 😂

{{r:Chol-u Jin}}, [03.04.2023 21:05]
lol yes. {{p:Artyom Sergeyevich}}. he was ok actually. better than {{r:ryom}}

{{p:Sun-hwa}} 🌸, [03.04.2023 21:09]
who is {{r:ryom}}? sorry I'm {{r:yongbae}}'s wife, he added me

{{r:yongbae}} 🐻, [03.04.2023 21:10]
[In reply to {{p:Sun-hwa}} 🌸]
{{r:Ryom Kum-song}}, the team leader. we called him {{r:Pumpkin}} (hobak) because of his head 🎃 not to his face obviously

{{p:Gang-min}} (admin), [03.04.2023 21:12]
pls no full names in here, remember what {{p:Yu-ri}} said. use initials. {{r:R.K.S.}} is enough

{{r:Chol-u Jin}}, [03.04.2023 21:12]
sorry {{p:gang-min}}. but {{r:pumpkin}} can't read telegram from {{u:Pyongyang}} haha

{{p:Kim Yu-ri}}, [03.04.2023 21:20]
[Forwarded from {{p:Lee Jae-hoon}} (@{{p:jhlee_seoul}})]
Reminder for everyone who worked in {{u:Primorsky Krai}}: the researchers from {{u:Seoul National University}} are collecting statements until end of May. Anonymous. Contact me, not them directly.

{{r:yongbae}} 🐻, [03.04.2023 21:24]
I'll do it. {{r:chol-u}} you should do it too, you were there for the {{u:Russky Island}} job, I only came in 2016

{{r:Chol-u Jin}}, [03.04.2023 21:26]
ok. but I don't want my name. say "worker J" or something. @{{r:tak_yb}} you tell them about the fall

{{r:yongbae}} 🐻, [03.04.2023 21:31]
the fall was {{p:Myong-guk}}, not me. {{p:Ri Myong-guk}} from the plastering team, 5th floor, {{u:Far Eastern Federal University}} dormitory block, nov 2015. {{r:ryom}} said he slipped in the shower 🙄

{{p:Sun-hwa}} 🌸, [03.04.2023 21:33]
oh no. is {{p:Myong-guk}} ok?

{{r:Chol-u Jin}}, [03.04.2023 21:40]
nobody knows. {{r:Kum-song}} sent him home on the train from {{u:Vladivostok}} with a cast. after that {{r:ryom}} made us sign a paper that we saw him slip. I signed. {{r:tak}} didn't

{{r:yongbae}} 🐻, [03.04.2023 21:41]
I didn't sign because I can't write russian lol. {{r:Pumpkin}} wrote my name for me: {{r:Так Ён Бэ}}. wrong anyway

{{p:Gang-min}} (admin), [03.04.2023 21:45]
the whole gang is typing at once 😅 ok, I will collect who wants to give a statement: {{r:chol-u}}, {{r:yongbae}}, who else?

{{p:Pyo}} 👷, [03.04.2023 21:52]
me. {{p:Pyo Chang-hun}}. I was with {{r:Ryom}}'s brigade in {{u:Ussuriysk}} before {{u:Artyom}}. ho ho, I remember {{p:Artyom}} 😄 he gave me his gloves

{{r:Chol-u Jin}}, [03.04.2023 21:53]
{{p:chang-hun}}!! didn't know you were in this chat. where are you now

{{p:Pyo}} 👷, [03.04.2023 21:55]
{{u:Incheon}}. driving a forklift. {{p:Yu-ri}} found me through {{u:Hanawon}} friends

{{p:Kim Yu-ri}}, [03.04.2023 22:03]
ok so far: {{r:J.C.U.}}, {{r:T.Y.B.}}, {{p:P.C.H.}}. I will send the list to {{p:Jae-hoon}} tomorrow. delete your full names above pls 🙏

{{p:Gang-min}} (admin), [03.04.2023 22:04]
I'll clean up the chat tonight. {{r:yongbae}} you too

{{r:yongbae}} 🐻, [03.04.2023 22:05]
👍

Service message, [03.04.2023 23:58]
{{p:Gang-min}} deleted 6 messages""",
    },
    {
        "id": "h27-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Myong-chol", "최명철", "supervisor", ["崔明哲", "Cui Mingzhe"]),
            ("No Son-ok", "노선옥", "witness", ["로선옥", "卢善玉", "Lu Shanyu"]),
            ("Pang Kum-hui", "방금희", "coworker", ["方金姬", "Fang Jinji"]),
        ],
        "note": "Wage sheet pasted from a spreadsheet as tab-separated rows (Chinese seafood plant): each worker in Hanzi, pinyin (with 'nv' for ü) and Hangul; names that read as words or places (南京爱 'Nanjing', 문화 'culture', Song, Han, Ma, Hong); signature and paid-to columns with the team leader's surname or initials; notes with 방금 'just now' next to 방금희.",
        "text": """Hunchun plant 2 - {{u:朝鲜}}工人工资表 / NK workers wage sheet, 2017年11月 (copied from xlsx, tabs kept)
Sending unit: {{u:Korea Sobaeksu Trading Company}} (team leader signs for all)
Prepared by: {{p:朴英姬}} (accounts)\tChecked: {{p:Zhao Lihua}}\tApproved: {{p:王}}总

No\t姓名\tPinyin\t한글\tLine\tDays\tGross RMB\tDeducted\tPaid to\tSignature
1\t{{r:崔明哲}}\t{{r:Cui Mingzhe}}\t{{r:최명철}}\tteam leader\t30\t2600\t0\tself\t{{r:崔明哲}}
2\t{{r:卢善玉}}\t{{r:Lu Shanyu}}\t{{r:로선옥}}\tpeeling A\t30\t2200\t1950\t{{r:崔明哲}}\t{{r:崔}}
3\t{{r:方金姬}}\t{{r:Fang Jinji}}\t{{r:방금희}}\tpeeling A\t23\t1690\t1540\t{{r:崔明哲}}\t{{r:崔}}
4\t{{p:金顺女}}\t{{p:Jin Shunnv}}\t{{p:김순녀}}\tpeeling A\t30\t2200\t1950\t{{r:崔明哲}}\t{{r:崔}}
5\t{{p:李银心}}\t{{p:Li Yinxin}}\t{{p:리은심}}\tpeeling B\t30\t2200\t1950\t{{r:崔明哲}}\t{{r:최}}
6\t{{p:韩雪花}}\t{{p:Han Xuehua}}\t{{p:한설화}}\tpeeling B\t29\t2130\t1900\t{{r:崔明哲}}\t{{r:최}}
7\t{{p:宋美兰}}\t{{p:Song Meilan}}\t{{p:송미란}}\tfreezing\t30\t2400\t2150\t{{r:Cui M.Z.}}\t{{r:崔}}
8\t{{p:马玉珍}}\t{{p:Ma Yuzhen}}\t{{p:마옥진}}\tfreezing\t30\t2400\t2150\t{{r:Cui M.Z.}}\t{{r:崔}}
9\t{{p:洪春梅}}\t{{p:Hong Chunmei}}\t{{p:홍춘매}}\tpacking\t30\t2200\t1950\t{{r:崔明哲}}\t{{r:崔}}
10\t{{p:南京爱}}\t{{p:Nan Jing'ai}}\t{{p:남경애}}\tpacking\t30\t2200\t1950\t{{r:崔明哲}}\t{{r:崔}}
11\t{{p:吉成实}}\t{{p:Ji Chengshi}}\t{{p:길성실}}\tpacking\t28\t2050\t1800\t{{r:崔明哲}}\t{{r:최}}
12\t{{p:文花}}\t{{p:Wen Hua}}\t{{p:문화}}\tcleaning\t30\t1800\t1600\t{{r:崔明哲}}\t{{r:崔}}
\t合计 TOTAL\t\t\t\t\t26070\t22890\t\t

Notes (column K, merged cells, pasted as text):
- Row 3 {{r:方金姬}}: 11/14-11/20 in {{u:Hunchun People's Hospital}} (hand infection), days deducted. 방금 확인: hospital bill paid by plant, to be recovered from {{r:방금희}} next month per {{r:최}} 반장.
- Row 2 {{r:卢善玉}} / {{r:로선옥}} = same person as "{{r:No Son-ok}}" on the {{u:DPRK}} list (surname 로 in the North, 노 in the South). Do not create a second ID.
- Deducted = "national contribution" 国家任务 + "dormitory" + "Feb 16 gift" per {{r:Cui}}. {{p:Zhao Lihua}} asked {{r:Cui Mingzhe}} for a breakdown; none given.
- Row 10: pinyin of {{p:南京爱}} is not the city {{u:Nanjing}}. {{p:Nan}} is her surname (남). HR system keeps correcting it to "{{p:Nanjing Ai}}"; fix manually.
- Row 12 {{p:文花}} (= {{p:문화}}, {{p:Mun Hwa}}) transferred from the {{u:Quanhe}} crossing group on 11/02; her previous plant was near {{u:Tumen}}.
- Transport of 12 workers back to {{u:Rason}} scheduled 2018/01/15 via {{u:Quanhe}}. {{r:Choe}} to confirm with the office in {{u:Hunchun}}; {{p:朴英姬}} to prepare cash envelopes.
- Row 7 {{p:Song Meilan}}, row 8 {{p:Ma Yuzhen}}: freezing line, 12-hour nights x 30. Overtime not paid "because contract price" ({{r:Choe Myong-chol}}).""",
    },
    {
        "id": "h27-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pyo Sang-min", "표상민", "witness", ["Sang-min", "S."]),
            ("Yang Mi-ok", "양미옥", "relative", ["Mi-ok"]),
            ("Cha Du-sik", "차두식", "coworker", ["Du-sik"]),
        ],
        "note": "Church bulletin of a Korean-Canadian congregation: church titles (Brother, Sister, Elder, Deaconess, Pastor) kept outside; given names alone; an initial-only alias; two people sharing one surname in 'Daniel and Ruth Han'; Bang twins; Mount Paektu and Mount Zion in a sermon title; hospital, ministries and foundation public; 'yin and yang'.",
        "text": """GRACE & PEACE - weekly bulletin, English ministry
Sunday 14 May 2023 - Mother's Day

SERMON
"From {{u:Mount Paektu}} to {{u:Mount Zion}}" (Psalm 121) - Pastor {{p:Joseph Moon}}
Scripture reading: Elder {{p:Song Ki-ho}}       Prayer: Deaconess {{p:Grace Oh}}
Music: {{p:Esther Paik}} (piano), youth choir led by {{p:Min-ji Kwon}}

PRAYER & PRAISE
- Praise: Brother {{r:Sang-min}} ({{r:Pyo Sang-min}}) received his work permit this week after three years of waiting! {{r:Sang-min}} asks us to keep praying for the men he worked beside in the logging camps near {{u:Tynda}}, especially {{r:Cha Du-sik}}, who as far as anyone knows is still there. Brother {{r:Pyo}} says {{r:Du-sik}} "taught me to sharpen a chainsaw and to pray without moving my lips."
- Please pray for Sister {{r:Mi-ok}} ({{r:Yang Mi-ok}}), {{r:Sang-min}}'s wife, recovering from surgery at {{u:North York General Hospital}}. Meal sign-up with Deaconess {{p:Oh}} after service. {{r:Mi-ok}} thanks everyone for the cards.
- Please pray for {{r:Sang-min}}'s mother, {{p:Kye Sun-ja}}, in {{u:Kilju}}. He has not heard from her since 2019.
- Praise: the {{p:Bang}} twins, {{p:Ethan}} and {{p:Eli}}, graduate from {{u:York University}} next month. Their grandmother, Mrs {{p:Bang Ok-hee}}, says "bang, just like that, they are grown."
- Please pray for Elder {{p:Song}}'s knee surgery on Tuesday.

TESTIMONY NIGHT - Friday 19 May, 7:30 pm, fellowship hall
Brother {{r:Sang-min}} will share about his six years in {{u:Amur Oblast}}, his escape through {{u:Moscow}}, and how he met {{r:Mi-ok}} in {{u:Seoul}}. Please DO NOT post photos or his full name online. In the online version of this bulletin he is listed as "Brother {{r:S.}}". He asks that the name of his friend {{r:Du-sik}} not be written anywhere, including prayer cards; say "a friend in {{u:Russia}}".

WELCOME
We welcome visitors {{p:Daniel}} and {{p:Ruth Han}} from {{u:Vancouver}}, and Mr. and Mrs. {{p:Ko}} from {{u:Los Angeles}}. Ms {{p:Hannah Yoo}}, who serves with the {{u:Korea Hana Foundation}} in {{u:Seoul}}, will speak briefly about resettlement support on 28 May.

YOUTH CORNER
Theme of the month: "yin and yang? No - grace." Youth retreat at {{u:Lake Simcoe}}, 9-11 June. Contact {{p:Min-ji}} or {{p:Jason Yang}} (no relation to Sister {{r:Mi-ok}}, he wants everyone to know).

SERVING THIS WEEK
Greeters: {{p:Sam Cho}}, {{p:Julia Han}}     Kitchen: {{p:Esther}}, {{p:Grace}}, Mrs. {{p:Kang}}     Parking: {{p:Peter Song}}
Offering count: {{p:David Lim}}, {{p:Ruth}}

MISSIONS
Our partner family in {{u:Yanbian}} sends greetings. Letters for Brother {{r:Pyo}}'s friends in {{u:Russia}} may be dropped in the blue box; they will be forwarded through {{u:UNHCR}} contacts only where safe.
Immigration clinic with lawyer Ms. {{p:Nadine Kwon}} ({{u:IRCC}} forms, {{u:Immigration and Refugee Board of Canada}} hearings) every first Saturday.""",
    },
    {
        "id": "h27-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jang Hyon-u", "장현우", "witness", ["Hyon-u"]),
            ("Sim Kwang-ryol", "심광렬", "supervisor", ["S.", "Shim Kwang-ryeol"]),
            ("Won Chang-ho", "원창호", "coworker", ["Chang-ho"]),
        ],
        "note": "E-mail thread with nested '>' quoting, so the same names recur at several quote depths; e-mail address local parts labelled as person mentions; minder Sim next to 'SIM card', coworker Won next to the currency won; RR vs McCune-Reischauer spellings; Kuwaiti places, Party and news outlet public.",
        "text": """From: {{p:Tom Hargreaves}} <{{p:t.hargreaves}}@example-news.com>
To: {{p:Nadia Rahman}} <{{p:nrahman}}@example-ngo.org>
Cc: {{p:Ji-woo Baek}} <{{p:jwbaek}}@example-news.com>
Date: Thu, 9 Feb 2023 08:14:22 +0000
Subject: Re: Re: {{u:Kuwait}} worker - can we use names?

{{p:Nadia}},

Thanks, that's clear. Legal is fine with "{{r:Hyon-u}}" as long as there is no surname and no site name. For the minder we'll say "a political minder" and drop "Mr {{r:S.}}" as well, {{p:Ji-woo}} thinks even the initial narrows it down in {{u:Jahra}}.

One more: can I say {{r:Won}} confirmed the figures, without quoting him?

{{p:Tom}}

On Wed, 8 Feb 2023 at 17:40, {{p:Nadia Rahman}} <{{p:nrahman}}@example-ngo.org> wrote:
> {{p:Tom}},
>
> {{r:Jang}} is OK with being quoted, but only as "{{r:Hyon-u}}", no surname. He was
> very clear about the minder: please do NOT print "{{r:Sim Kwang-ryol}}". {{r:Sim}} has
> family in {{u:Pyongyang}}, and {{r:Hyon-u}} still has a cousin, {{p:Jang Myong-suk}}, on a site
> in {{u:Jahra}}. Call the minder "the minder" or "Mr {{r:S.}}".
>
> On wages: {{r:Hyon-u}} says the Kuwaiti contractor paid about KD 200 a month per man
> into an account controlled by {{r:Sim}}. The men received 30 to 50 KD, and for a few
> months in 2016 nothing, because {{r:Sim}} said the {{u:Workers' Party of Korea}} needed it
> for {{u:Ryomyong Street}}. Wages were "converted into won" on paper, at a rate {{r:Sim}}
> invented.
>
> {{r:Won Chang-ho}} (the coworker, the one whose SIM card was confiscated) can confirm
> the numbers, but {{r:Chang-ho}} does not want to speak to press at all.
>
> {{p:N.}}
>
>> On 8 Feb 2023, at 11:02, {{p:Tom Hargreaves}} <{{p:t.hargreaves}}@example-news.com> wrote:
>>
>> {{p:Nadia}} - quick questions before I file:
>> 1. Can we name your source? {{p:Ji-woo}} on our {{u:Seoul}} desk has a photo from
>>    {{u:South Al Mutlaa}} that shows his face.
>> 2. The minder: is "{{r:Sim Kwang Ryol}}" the right spelling? {{u:NK News}} had
>>    "{{r:Shim Kwang-ryeol}}" in 2019.
>> 3. {{r:Won}}: surname or nickname? Sorry, I keep thinking of the currency.
>>
>> {{p:Tom}}
>>
>>> On 7 Feb 2023, at 19:55, {{p:Nadia Rahman}} <{{p:nrahman}}@example-ngo.org> wrote:
>>>
>>> Interview notes from {{p:Kyung-ah}} (interpreter) attached. Key points:
>>> - {{r:J.H.U.}} arrived {{u:Kuwait City}} 2014, housing blocks at {{u:South Al Mutlaa}}.
>>> - Minder {{r:S.K.R.}} took passports and SIM cards on day one; {{r:Won}} hid
>>>   a SIM card in his shoe for eight months.
>>> - Summer midday work ban ignored; {{r:Sim}} posted a lookout for inspectors
>>>   from the {{u:Public Authority for Manpower}}.
>>> - {{r:Won}} is his real surname ({{r:원창호}}). Yes, like the money.
>>> Please treat as confidential. {{p:Kyung-ah}} has the recording.

--
{{p:Nadia Rahman}}
Research Officer, Gulf desk""",
    },
    {
        "id": "h27-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Tae-ho", "강태호", "witness", ["Tae-ho"]),
            ("Mo Chang-gun", "모창군", "supervisor", ["Chang-gun"]),
            ("Ok Chol-jin", "옥철진", "coworker", ["Chol-jin"]),
        ],
        "note": "Auto-transcribed voice memo with fillers, false starts and self-corrections: a cut-off surname 'Kan-' labelled, brother Tae-hyon vs witness Tae-ho; coworker surname Ok next to 'OK' and spelled 'O, K'; Lao/Xiao prefixes outside; squid fishing ground Yamato Bank and Chinese ports public.",
        "text": """[Voice memo 0:00-4:52, auto-transcribed, corrected by {{p:R.N.}}, fillers kept]

OK, so, um, it's the ninth, I'm in the car outside the, uh, the café in {{u:Ansan}}. Just met with- met with Mr {{r:Kan}}- Mr {{r:Kang}}, sorry, {{r:Kang Tae-ho}}, the fisherman {{p:Yeon-su}} introduced us to. Um. He was, what, two seasons on a Chinese boat out of {{u:Shidao}}, 2017 and, no, 2016 and 2017. Squid. Uh, jigging at night with the lights, out by {{u:Yamato Bank}}.

So {{r:Tae-ho}}, he wants me to say {{r:Tae-ho}}, not {{r:Kang}}, in anything we write, because his brother, {{p:Tae-hyon}}, {{p:Kang Tae-hyon}}, is still, like, still in {{u:Chongjin}}, and he's worried. Note to self: don't mix them up. {{r:Tae-ho}} is the one I met, {{p:Tae-hyon}} is the brother. {{p:Tae-hyon}} was never on the boats.

The, um, the boss on the boat, on the North Korean side, there was a guy, {{r:Mo}}, {{r:Mo Chang-gun}}? {{r:Chang-gon}}? I think {{r:Chang-gun}}. He was the, uh, the political guy plus the crew chief. And the Chinese captain was, um, Captain {{p:Liu}}, or {{p:Lü}}, he wasn't sure. {{p:Liu}}. Let's say {{p:Liu}}. And a Chinese cook they called Xiao {{p:Wang}}, who gave them, uh, instant noodles when {{r:Mo}} wasn't looking.

And the friend, the one who got hurt, is {{r:Ok}}. Like {{r:O-K}}. {{r:Ok Chol-jin}}. Which, OK, I'll spell it: {{r:O, K}}. He said everybody made the joke, "{{r:Ok}}, are you OK?" Um. {{r:Chol-jin}} lost two fingers in the- the line hauler, in October '17, and {{r:Mo}}, uh, {{r:Mo}} wouldn't let them go back to port, so it was six days with the hand wrapped in a T-shirt. Captain {{p:Liu}} wanted to turn back, {{r:Mo Chang-gun}} said no, the quota.

Money. {{r:Tae-ho}} says the deal was a share of the catch, but {{r:Chang-gun}} collected everything and they saw, he said, basically nothing. Cigarettes. Some yuan at the end of the season. The paperwork went through {{u:Rason}}, he doesn't know the company. Uh, there was a man at the port in {{u:Shidao}}, a Korean-Chinese agent, {{p:Jin}}, {{p:Jin Zhe}}- {{p:Jin Zhehu}}, who "bought" the crew from the North Korean side. {{p:Jin}} came on board twice. And Lao {{p:Sun}}, the Chinese owner, never came.

Um, what else. The other North Koreans on board: there were eleven. He named, uh, {{p:Paek}}, {{p:So Un-gil}}, a young guy called {{p:Hyok}}, and an older one, Uncle {{p:Ri}}- not uncle, that's just what they called him, {{p:Ri Pong-su}}. {{p:Pong-su}} was the one who knew how to fix the lights.

After the second season {{r:Ok}} was sent home, because of the hand, and {{r:Tae-ho}} got off in- in {{u:Weihai}}, walked off, basically, while {{r:Mo}} was at the agent's. Then {{u:Qingdao}}, then the usual route. He reached {{u:Seoul}} in 2019.

OK. Um, that's it. Oh, {{p:Yeon-su}} said call her tomorrow, not tonight. And ask {{r:Tae-ho}} next time about {{r:Chol-jin}}'s family, he said {{r:Ok}}'s wife is {{p:Pak}}, {{p:Pak Hye-ran}}, something, in {{u:Kimchaek}}. End.""",
    },
    {
        "id": "h27-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Yong-chol", "백영철", "witness", ["Yong-chol", "P."]),
            ("Yom Sung-hun", "염승훈", "supervisor", ["Y."]),
            ("Chin Hye-gyong", "진혜경", "other", ["Hye-gyong", "C."]),
        ],
        "note": "Academic article excerpt with footnotes citing interviews: pseudonyms in quotes, interviewer initials, a restricted pseudonym key that maps pseudonyms to real names; published scholars cited by surname alone (public) next to interviewees' bare surnames (private); institutions and journals public.",
        "text": """3. Deductions, "plans" and the minder's levy

Earlier studies of North Korean overseas labour concentrated on the sums remitted to {{u:Pyongyang}}.^11 Our interviewees, by contrast, spoke mostly about what happened to wages on site. In {{u:Kuwait}} and {{u:Qatar}}, they described a two-tier system: a fixed "plan" owed to the sending company and a discretionary levy collected by the site minder.^12 One former carpenter, whom we call "{{r:Yong-chol}}", put it bluntly: "The plan was the state's. The rest was {{r:Yom}}'s."^13 Another interviewee, "{{p:Sun-ae}}", a cook on the same site, independently named the same minder.^14

This pattern matches what {{u:Breuker}} and {{u:van Gardingen}} found among shipyard workers in {{u:Poland}},^15 and what {{u:Lankov}} describes, more cautiously, for {{u:Russia}}.^16 It differs from the account given by "{{p:Myong-nam}}", who worked in a Mongolian textile plant and insisted that his team leader, "a man called {{p:Ju}}", kept nothing for himself.^17 We have not been able to corroborate {{p:Myong-nam}}'s account.

The minder {{r:Yom}} (interviewees used only the surname, or "Minder {{r:Y.}}") appears in three separate testimonies.^18 {{r:Yong-chol}} said that {{r:Yom}} kept a notebook with every man's deductions and burned it before an inspection. "{{p:Sun-ae}}" recalled that {{r:Yom Sung-hun}} was "soft-spoken, which made it worse".^19

Notes

11 {{u:Marcus Noland}} and {{u:Stephan Haggard}}, Hard Target ({{u:Stanford}}, 2017), ch. 4; {{u:UN Panel of Experts}}, S/2019/171, paras 180-188.
12 Interviews 7, 9 and 14 (see Appendix B). All names are pseudonyms unless stated otherwise.
13 Interview 7, "{{r:Yong-chol}}" (pseudonym), former carpenter, {{u:Seoul}}, 3 May 2019. Interviewer: {{p:J.S.}}; interpreter: {{p:H.K.}}
14 Interview 9, "{{p:Sun-ae}}" (pseudonym), former cook, {{u:Incheon}}, 17 May 2019. Interviewer: {{p:J.S.}}
15 {{u:Remco Breuker}} and {{u:Imke van Gardingen}} (eds), People for Profit: North Korean Forced Labour on a Global Scale ({{u:Leiden University}}, 2018), 41-67.
16 {{u:Andrei Lankov}}, "Workers abroad", {{u:NK News}}, 2017; cf. {{u:Lankov}} 2013, 112.
17 Interview 11, "{{p:Myong-nam}}" (pseudonym), former textile worker, {{u:Ulaanbaatar}} and {{u:Seoul}}, 2019. The surname {{p:Ju}} is given as stated by the interviewee.
18 Interviews 7, 9 and 14. Interview 14 is with "Ms {{r:C.}}", a former interpreter for the sending company, who asked that only her initial be used.
19 Interview 9. Compare the description of a minder named {{p:Kwak}} in {{u:Database Center for North Korean Human Rights}} ({{u:NKDB}}), Testimony no. 2016-0412.

Appendix B - key to interviews (RESTRICTED: delete before circulation)

No. | Pseudonym | Real name | Contact via
7 | "{{r:Yong-chol}}" / Carpenter {{r:P.}} | {{r:Paek Yong-chol}} ({{r:백영철}}) | {{p:J.S.}}
9 | "{{p:Sun-ae}}" | {{p:Ryu Sun-hwa}} ({{p:류순화}}) | {{p:J.S.}}, via {{u:Korea Hana Foundation}}
11 | "{{p:Myong-nam}}" | {{p:Kim Myong-nam}} (real given name kept at his request) | {{p:H.K.}}
14 | "Ms {{r:C.}}" | {{r:Chin Hye-gyong}} ({{r:진혜경}}) | {{r:Hye-gyong}} herself, by {{u:Signal}}

Minder named in 7, 9, 14: {{r:Yom Sung-hun}} ({{r:염승훈}}); {{r:Hye-gyong}} gives the hanja as {{r:廉承勳}}.""",
    },
    {
        "id": "h27-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Song-ho", "리성호", "supervisor", ["РИ СОН ХО"]),
            ("Mun Gang-su", "문강수", "witness", ["Gang-su", "МУН ГАН СУ", "Moon Kang-su"]),
            ("Song Ki-chol", "송기철", "coworker", ["СОН КИ ЧОЛЬ"]),
        ],
        "note": "Ship's crew list (IMO FAL Form 5) in capitals, family and given names in separate columns; given names SONG HO / GANG SU and surname SONG, MUN, NAM, MA; places of birth public; vessel name public; handwritten Russian border-guard remarks with Cyrillic names; agent with Russian surname-initials order.",
        "text": """CREW LIST (IMO FAL Form 5)                                   Page 1 of 1
1.1 Name of ship: {{u:TONG HUNG 2}}      1.2 IMO number: 87xxxxx      1.3 Call sign: HMZ-xx
1.4 Flag State of ship: {{u:DPRK}}           2. Port of arrival: {{u:NAKHODKA}}
3. Date of arrival: 17.10.2018         4. Last port of call: {{u:CHONGJIN}}
5. Nature of voyage: fishing/transport of catch

No. | Family name | Given names | Rank or rating | Nationality | Date and place of birth | Identity document
01 | {{r:RI}} | {{r:SONG HO}} | MASTER | {{u:DPRK}} | 03.05.1969 {{u:WONSAN}} | SB 0711xx
02 | {{p:KIM}} | {{p:CHOL NAM}} | CHIEF OFFICER | {{u:DPRK}} | 21.11.1974 {{u:CHONGJIN}} | SB 0912xx
03 | {{p:PAK}} | {{p:YONG GIL}} | 2ND OFFICER | {{u:DPRK}} | 08.01.1980 {{u:KIMCHAEK}} | SB 1033xx
04 | {{p:CHOE}} | {{p:MYONG SU}} | CHIEF ENGINEER | {{u:DPRK}} | 15.06.1965 {{u:HAMHUNG}} | SB 0588xx
05 | {{p:NAM}} | {{p:IL HO}} | 2ND ENGINEER | {{u:DPRK}} | 30.09.1977 {{u:SINPO}} | SB 0976xx
06 | {{r:SONG}} | {{r:KI CHOL}} | BOSUN | {{u:DPRK}} | 02.02.1972 {{u:TANCHON}} | SB 0840xx
07 | {{p:HYON}} | {{p:CHUN SIK}} | COOK | {{u:DPRK}} | 11.12.1968 {{u:HONGWON}} | SB 0699xx
08 | {{p:MA}} | {{p:SOK JIN}} | AB | {{u:DPRK}} | 19.04.1985 {{u:RAJIN}} | SB 1102xx
09 | {{p:RI}} | {{p:CHOL}} | AB | {{u:DPRK}} | 07.07.1988 {{u:KYONGSONG}} | SB 1187xx
10 | {{p:JONG}} | {{p:UN HYOK}} | AB | {{u:DPRK}} | 25.03.1990 {{u:HOERYONG}} | SB 1201xx
11 | {{p:KANG}} | {{p:MYONG}} | OS | {{u:DPRK}} | 14.08.1993 {{u:PUKCHONG}} | SB 1255xx
12 | {{p:O}} | {{p:SONG MI}} | OS | {{u:DPRK}} | 01.10.1994 {{u:KILJU}} | SB 1260xx
13 | {{p:HAN}} | {{p:CHUN GIL}} | OS | {{u:DPRK}} | 09.05.1991 {{u:HAMHUNG}} | SB 1238xx
14 | {{r:MUN}} | {{r:GANG SU}} | OS | {{u:DPRK}} | 22.02.1992 {{u:CHONGJIN}} | SB 1241xx
15 | {{p:YUN}} | {{p:TONG CHOL}} | MOTORMAN | {{u:DPRK}} | 16.06.1983 {{u:WONSAN}} | SB 1077xx
16 | {{p:TO}} | {{p:KWANG NAM}} | MOTORMAN | {{u:DPRK}} | 28.12.1979 {{u:SINPO}} | SB 1019xx

Master's declaration: the above is a true and complete list. Signature of master: {{r:Ri Song Ho}} / {{r:리성호}}
Ship's agent at port: {{p:Tkachenko E.V.}} (OOO agency, {{u:Nakhodka}})

Remarks (handwritten, Russian, {{u:Border Service of the FSB}}, {{u:Nakhodka}} checkpoint):
18.10 06:00 - at muster 15 of 16 present. Absent: No. 14 {{r:МУН ГАН СУ}}. Master {{r:РИ СОН ХО}} states crew member went ashore without permission. Interpreter: {{p:Цой В.}}
18.10 - entry in the ship's log in Korean: "{{r:문강수}} 무단이탈". Crew member No. 13 {{p:ХАН ЧУН ГИЛ}} states that No. 14 "had a fever". Bosun {{r:СОН КИ ЧОЛЬ}} confirms.
19.10 - No. 14 {{r:MUN G.S.}} returned to vessel by police patrol ({{u:Nakhodka}} city police). Medical examination refused by master. Inspector {{p:Belousov A.}}
NB: list submitted twice; first version had No. 14 as "{{r:MOON KANG SU}}" and No. 6 as "{{r:SONG KI-CHOL}}". Same persons.""",
    },
    {
        "id": "h27-en-11",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Un-chol", "김은철", "witness", ["КИМ ЫН ЧОЛЬ"]),
            ("Chon Yong-su", "전용수", "supervisor", ["ЧОН ЁН СУ"]),
            ("U Myong-hak", "우명학", "coworker", ["У МЁН ХАК"]),
        ],
        "note": "Police report translated from Russian, Cyrillic originals in brackets: Russian surname + initials order, full name with patronymic, Koryo-saram interpreter Tsoi; coworker surname U (У) next to the Russian preposition у; Kim Un-chol next to Kim Jong Un in Cyrillic; agencies, streets named after public figures and hospital public.",
        "text": """[Translation from Russian. Translator's notes in square brackets. Cyrillic kept where names appear.]

{{u:MINISTRY OF INTERNAL AFFAIRS OF THE RUSSIAN FEDERATION}}
Department of the {{u:MVD}} of {{u:Russia}} for the city of {{u:Ussuriysk}} [{{u:ОМВД России по г. Уссурийску}}]

REPORT [РАПОРТ] on the detection of signs of a crime
Registered in the Book of Crime Reports (KUSP) No. 18xxx of 15.09.2019

I, Senior Lieutenant of Police {{p:A. V. Sergeev}} [{{p:Сергеев А.В.}}], district officer, report that on 14.09.2019 at approx. 23:40, at the construction site of a residential building at 12 {{u:Nekrasov Street}} [{{u:ул. Некрасова}}], {{u:Ussuriysk}}, a citizen of the {{u:DPRK}}, {{r:KIM Un Chol}} [{{r:КИМ ЫН ЧОЛЬ}}], born 1990, was found with injuries to the head and left arm. He was taken by ambulance to the {{u:Ussuriysk Central City Hospital}}.

According to the explanation of the security guard of the site, citizen {{p:Petrenko Igor Nikolayevich}} [{{p:Петренко Игорь Николаевич}}], born 1961, at approx. 23:15 he heard shouting from the workers' trailer (vagonchik) and saw the foreman of the Korean workers, {{r:CHON Yong Su}} [{{r:ЧОН ЁН СУ}}], strike {{r:KIM}} several times with a length of reinforcement bar. Citizen {{p:Petrenko I.N.}} states that {{r:Chon}} shouted words in Korean that he did not understand, and that another worker, {{r:U Myong Hak}} [{{r:У МЁН ХАК}}], tried to pull {{r:Chon}} away.

[Translator's note: the original reads "у {{r:У}} в руках был фонарь" - "{{r:U}} had a torch in his hands"; the first у is the Russian preposition, the second is the surname.]

The explanation of citizen {{r:U M.H.}} was taken through an interpreter, {{p:Tsoi Vladimir}} [{{p:Цой Владимир}}]. {{r:U}} stated that {{r:Chon}} had accused {{r:Kim Un Chol}} of selling cigarettes to Russian workers and of "speaking badly" about the portrait of {{u:Kim Jong Un}} [{{u:Ким Чен Ын}}] in the trailer. {{r:U}} further stated that {{r:Kim}} had not been paid for four months and that the workers' passports are kept by {{r:Chon Yong Su}}. After the explanation, {{r:U}} asked the interpreter {{p:Tsoi V.}} whether {{r:Chon}} would be told what he had said.

Citizen {{r:CHON Yong Su}} refused to give an explanation, citing Article 51 of the {{u:Constitution of the Russian Federation}}. A representative of the employer who arrived at the site, citizen {{p:Li Chen}} [{{p:Ли Чен}}], a citizen of the {{u:PRC}}, stated that {{r:Kim}} "fell from the scaffolding" and that the company "will resolve the matter internally".

Citizen {{r:KIM Un Chol}} could not be questioned on 15.09.2019; according to the attending physician, Dr. {{p:Gordeeva M.S.}} [{{p:Гордеева М.С.}}], he has a closed head injury. In the hospital he asked, through the nurse {{p:Olga}}, that nobody from the company be allowed in.

[Translator's note: {{r:КИМ ЫН ЧОЛЬ}} corresponds to Korean {{r:김은철}}; {{r:ЧОН ЁН СУ}} to {{r:전용수}}; {{r:У МЁН ХАК}} to {{r:우명학}}. The Russian forms are the passport transliterations.]

I consider that the actions of {{r:Chon Yong Su}} contain signs of an offence under Article 112 of the Criminal Code. I request that the material be transferred to the {{u:Investigative Committee of the Russian Federation}}.

District officer, Senior Lieutenant of Police {{p:A. V. Sergeev}}
Received by: duty officer, Major {{p:Khodakovsky D.}} [{{p:Ходаковский Д.}}]""",
    },
    {
        "id": "h27-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Sol-hyang", "김설향", "witness", ["Sol-hyang", "Kirn Sol-hyang"]),
            ("Ryu Chang-nam", "류창남", "supervisor", ["Rvu"]),
            ("Yun Chun-hwa", "윤춘화", "coworker", ["Chun-hwa"]),
        ],
        "note": "OCR'd handwritten letter with uncorrected OCR errors inside names (Kirn for Kim, Rvu for Ryu, 0 for O, 1 for l, rn for m) and line-break hyphenation inside names (labelled as one span across the newline); Khmer first names; restaurant, boulevard named after Mao and temple public.",
        "text": """[OCR output - scan 3 of 5, handwritten, blue ink. Not corrected.]

Dear Mrs. {{p:Ha11iday}},

Thank you for your 1etter and for the photo of your office. I am {{p:Sokha}}, I was cashier at the Korean restaurant on {{u:Mao Tse Toung B1vd}} in {{u:Phnorn Penh}} from 2014 to 2017. You asked me about the girls. I write what I remember, my English is not good, please forgive.

The manager was Mr. {{r:Rvu}}. His full name I saw on the work permit: {{r:Ryu Chang-\nnam}}. He was strict. The girls called him "chi-bae-in dong-mu" but we called him Mr. {{r:Ryu}} or boss. Mr. {{r:Rvu}} kept all passports in the safe behind the counter. I know because I kept the key of the cash box and he kept the other key.

There were nine girls. They sing and dance every night for the tourist from {{u:Korea}} and {{u:China}}. The one I was friend with is {{r:Kirn Sol-hyang}}. She is the one who wrote to you, yes? {{r:So1-hyang}} was 22. She taught me to count in Korean and I taught her Khmer words. Her best friend was {{r:Yun Chun-\nhwa}}, who played the piano. {{r:Chun-hwa}} had a bad tooth all of 2016 and Mr. {{r:Ryu}} did not let her go to dentist. My cousin {{p:Dara}} is a dentist in {{u:Tuol Kork}}, I asked him, he came to the restaurant in the afternoon when Mr. {{r:Rvu}} was at the embassy and pulled the tooth in the kitchen. {{r:Chun-\nhwa}} cried but she was happy.

The girls never went out alone. On Sunday they go together with the wife of Mr. {{r:Ryu}}, Mrs. {{p:0k-hui}}, to the market or to the {{u:Royal Palace}}. One time they went to {{u:Angkor Wat}} by bus with Mr. {{r:Ryu}} and the cook Mr. {{p:Hwang}}. {{r:S0l-hyang}} told me it was the only day she was happy in {{u:Cambodia}}.

Money. I counted the cash every night. On a good night it was 1500 dollar. Every week Mr. {{r:Ryu Chang-narn}} put the money in a bag and took it to the embassy. The girls got 50 dollar a month, I think. {{r:Kirn}} told me once "we work for the Genera1" and she pointed at the photo of {{u:Kim I1 Sung}} and {{u:Kim Jong I1}} on the wall.

In March 2017 {{r:Chun-hwa}} and {{r:Sol-hyang}} were sent back to {{u:Pyongyang}}. A new girl, {{p:Pak Un-byo1}}, came. Mr. {{r:Ryu}} said {{r:Kim Sol-hyang}} was "sick", but she was not sick. In the morning before she left she gave me a paper with your address and said "{{p:Sokha}}, if I do not write in one year, you write".

My friend {{p:Chenda}} from the hotel next door can also say these things. Her phone is on the back of the photo.

With respect,
{{p:Sokha}} ({{p:Chea Sokha}})
{{u:Siem Reap}}, 4 May 2019""",
    },
    {
        "id": "h27-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Na Hye-ryon", "나혜련", "witness", ["혜련", "羅惠蓮"]),
            ("Han Myong-su", "한명수", "supervisor", []),
            ("Ma Kyong-ok", "마경옥", "coworker", ["경옥"]),
        ],
        "note": "Korean 진술서 in formal style (Dandong garment factory): witness surname 나 next to the pronoun 나 in quoted speech, manager surname 한 next to 한 달/한 사람, coworker 마 next to 마 (yam); 조선족 owner with hanja; 구 보위원 next to 구두; particles outside markers; consulate, party and places public.",
        "text": """진 술 서

성    명: {{r:나혜련}}({{r:羅惠蓮}})
생년월일: 1989년 ○월 ○일
주    소: (생략)

본인 {{r:나혜련}}은 아래 내용을 사실대로 진술합니다.

1. 본인은 2016년 3월 {{u:평안북도}} {{u:신의주}}에서 선발되어 {{u:압록강}} 철교를 버스로 건너 {{u:중국}} {{u:랴오닝성}} {{u:단둥}}시의 의류공장에 파견되었습니다. 함께 간 인원은 여성 58명이었습니다. 파견 회사 이름은 끝까지 정확히 알지 못했습니다.

2. 공장의 {{u:북한}} 측 책임자는 지배인 {{r:한명수}}였습니다. {{r:한}} 지배인은 한 달에 한 번 전원을 모아 놓고 "한 사람이라도 도망가면 모두가 책임진다"고 말했습니다. {{r:한명수}}는 여권을 모두 걷어 자기 방 금고에 넣었고, 그 열쇠는 보위원 {{p:구}} 동무가 가지고 있었습니다. {{p:구}} 보위원은 늘 반짝이는 구두를 신고 다녀서 저희끼리는 "구두"라고 불렀습니다.

3. 하루 작업 시간은 아침 7시부터 밤 11시까지였고, 납기가 급할 때는 새벽 2시까지 재봉틀을 돌렸습니다. 한 달에 쉬는 날은 하루였습니다. 월급은 {{u:중국}} 측에서 1인당 1,800위안 정도를 {{r:한}} 지배인에게 준다고 들었으나, 본인이 손에 쥔 돈은 한 달에 100위안에서 150위안이었습니다. 나머지는 "국가과제금", "충성자금", "식비"라고 했습니다.

4. 같은 작업반에 {{r:마경옥}}이 있었습니다. 본인보다 두 살 위여서 저는 {{r:마}} 언니라고 불렀습니다. {{r:경옥}} 언니는 손이 빨라 늘 계획을 넘쳤지만 그만큼 몸이 상했습니다. 2017년 겨울 {{r:경옥}} 언니가 재봉틀 바늘에 손가락을 찔려 곪았는데, {{r:한명수}}는 병원에 보내지 않았습니다. {{u:중국}} 측 사장이 가끔 마를 쪄서 간식으로 주었는데, {{r:마}} 언니는 그것도 저에게 양보했습니다.

5. {{u:중국}} 측 사장은 조선족 {{p:최금화}}({{p:崔金花}})였습니다. {{p:최}} 사장은 저희를 "{{u:북조선}} 아이들"이라고 부르며 비교적 친절하게 대했습니다. {{p:최금화}} 사장이 {{r:경옥}} 언니를 몰래 시내 병원에 데려갔다는 사실이 알려지자 {{r:한}} 지배인은 {{r:마경옥}}에게 총화 시간에 자기비판을 시켰습니다. 그때 {{r:한명수}}가 저를 가리키며 "{{r:나}} 동무도 알고 있었지?" 하고 물었고, 저는 "나는 모릅니다"라고 대답했습니다. 그 대답을 지금도 후회합니다.

6. 2018년 4월 {{r:마경옥}}은 "건강 문제"로 먼저 귀국하였습니다. 귀국 전날 밤 {{r:경옥}} 언니는 저에게 "{{r:혜련}}아, 너는 꼭 살아라"라고 말했습니다. 그 뒤 소식은 알지 못합니다.

7. 본인은 2018년 9월 공장의 조선족 직원 {{p:리영남}}의 도움으로 공장을 나와 {{u:선양}}으로 이동하였고, {{u:주선양 대한민국 총영사관}}을 거쳐 입국하였습니다. {{p:리영남}} 씨의 안전을 위하여 그의 연락처는 기재하지 않습니다.

8. 본인이 공장에 있는 동안 매주 토요일 생활총화가 있었고, {{u:김정은}} 위원장의 노작을 학습하였습니다. {{r:한}} 지배인은 "{{u:조선로동당}}의 은덕으로 외화벌이를 하는 것"이라고 늘 강조하였습니다.

위 진술은 모두 사실이며, 허위가 있을 경우 책임을 지겠습니다.

2019년 7월 ○일
진술인 {{r:나혜련}} (서명)
입회인 {{p:정소희}} (상담사)""",
    },
    {
        "id": "h27-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pang Su-gil", "방수길", "witness", ["수길"]),
            ("Kang Dae-song", "강대성", "coworker", ["대성"]),
            ("Mun Jong-phil", "문정필", "supervisor", []),
        ],
        "note": "Korean 탄원서 to a court for a former logging-camp coworker: surnames 방/강/문 next to 방 (room), 강 (river, 아무르강), 문 (door); kinship-style 형님 after names; masked victim 이○○ with the visible surname labelled; court and places public.",
        "text": """탄 원 서

사      건: 2022고단○○○○ 상해
피  고  인: {{r:강대성}}
탄  원  인: {{r:방수길}} (피고인의 {{u:러시아}} 벌목장 동료, 현 경기도 거주)

존경하는 재판장님께

저는 피고인 {{r:강대성}}과 2011년부터 2015년까지 {{u:러시아}} {{u:아무르주}} {{u:틴다}} 인근 벌목장에서 함께 일했던 {{r:방수길}}이라고 합니다. {{r:대성}}이 형님이 지금 재판을 받고 있다는 이야기를 듣고, 형님이 어떤 사람인지 재판장님께 꼭 말씀드리고 싶어 이 글을 씁니다.

벌목장의 반장은 {{r:문정필}}이었습니다. {{r:문}} 반장은 술을 마시면 막사 문을 발로 걷어차고 들어와 자는 사람들을 깨웠습니다. 한겨울 영하 40도에도 하루 계획 목재를 채우지 못하면 밥을 주지 않았습니다. 저는 몸이 약해 계획을 자주 못 채웠는데, 그럴 때마다 {{r:강대성}} 형님이 자기 몫을 제 이름으로 올려 주었습니다. {{r:문정필}}이 그것을 알고 "{{r:방}} 동무는 방에 들어가 있으라" 하고 저를 내쫓은 뒤 {{r:대성}}이 형님을 눈밭에 세워 두었습니다.

2013년 봄, 얼음이 녹아 강물이 불어났을 때 목재를 실은 트럭이 {{u:아무르강}} 지류 다리에서 미끄러졌습니다. 운전하던 {{u:러시아}} 사람 {{p:세르게이}}와 조수석의 저를 물에서 끌어낸 것이 {{r:강}} 형님이었습니다. {{r:문}} 반장은 그날 "목재는 건졌느냐"고만 물었습니다.

월급은 한 번도 제대로 받지 못했습니다. {{r:문정필}}은 "{{u:조선로동당}} 창건 기념 충성자금", "국가납부금"을 떼고 나면 남는 것이 없다고 했습니다. 형님은 {{u:하바롭스크}}에 있는 회사 사무실에 항의하러 가겠다고 했다가 {{r:문}} 반장에게 맞아 앞니 두 개가 부러졌습니다.

2015년 저희 둘은 함께 벌목장을 빠져나와 {{u:블라디보스토크}}를 거쳐 {{u:한국}}에 왔습니다. {{r:대성}}이 형님은 {{u:하나원}}을 나온 뒤에도 제 방 보증금을 대신 내 주었고, 제가 일자리를 찾을 때까지 자기 월급을 나누어 주었습니다.

이번 사건의 피해자 {{p:이}}○○ 씨에게 형님이 상처를 입힌 것은 분명 잘못입니다. 다만 그날 {{p:이}}○○ 씨가 형님에게 "빨갱이 벌목공"이라고 하면서 형님의 어머니 {{p:지순옥}} 씨 이름을 들먹였다고 들었습니다. 형님은 어머니를 {{u:함경북도}} {{u:무산}}에 두고 왔고 생사도 모릅니다. 그 말을 듣고 참지 못한 것 같습니다. 형님은 지금 깊이 반성하고 있으며 {{p:이}} 씨에게 사과하고 합의하려고 애쓰고 있습니다.

{{r:강대성}}은 제 목숨을 두 번 구해 준 사람입니다. 부디 형님이 다시 일터로 돌아갈 수 있도록 너그러운 처분을 내려 주시기를 간곡히 부탁드립니다.

2022년 11월 ○일
탄원인 {{r:방수길}} (서명)

첨부: 탄원인 신분증 사본 1부, 벌목장 동료 {{p:편광호}}의 사실확인서 1부

{{u:서울남부지방법원}} 형사○단독 귀중""",
    },
    {
        "id": "h27-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Yong-gil", "주영길", "witness", ["영길"]),
            ("Pae Myong-guk", "배명국", "supervisor", ["명국"]),
            ("Pyon Kil-nam", "변길남", "coworker", ["길남"]),
        ],
        "note": "Korean diary in 반말 (Moscow construction site): supervisor surname 배 next to 배 (stomach, pear, ship), coworker 길남 next to 길 (road), writer addressed as 주 next to 주 (week); hypocoristic 이 and vocative 야 outside; Russian and Tajik coworkers in Hangul; Putin and Kim Il Sung Square public.",
        "text": """2017년 11월 3일 금

오늘도 배가 고프다. 아침에 감자국 한 그릇 먹고 밤 열 시까지 미장. {{r:배}} 반장 새끼는 점심 먹으러 가서 세 시간 만에 왔다. 자기 배는 부르겠지. {{r:길남}}이가 "{{r:배명국}}이 배 나온 거 봐라" 해서 둘이 몰래 웃었다.

2017년 11월 5일 일

쉬는 날인 줄 알았는데 {{r:배}} 반장이 오후에 또 불렀다. 주에 하루 쉬는 것도 없어졌다. {{r:길남}}이는 손목이 부었다. {{u:러시아}} 감독 {{p:세료자}}가 약을 줬다. {{p:세료자}}는 좋은 놈이다. 타지크 사람 {{p:루스탐}}도 같이 담배를 나눠 피웠다. {{p:루스탐}}이 자기도 여권을 회사에 뺏겼다고 했다. 여기서는 다 그런가 보다.

2017년 11월 9일 목

{{r:명국}}이 형, 아니 {{r:배}} 반장이 오늘 돈 얘기를 했다. 이번 달도 "계획분" 못 채워서 1인당 200달러씩 모자란단다. 그걸 우리 월급에서 뺀대. 그럼 나는 이번 달 0이다. 엄마한테 보낼 돈도 없다. {{r:길남}}이는 "{{r:영길}}아, 참아라, 길게 보자" 했다. {{r:변길남}} 너는 맨날 길게 보자 그러지.

2017년 11월 14일 화

{{r:배명국}}이 보위원 {{p:차}} 동무랑 술 마시는 거 봤다. {{p:차}} 동무는 우리 방 수첩 검사를 한다. 어제 {{p:차광일}}이 내 수첩에서 {{p:순이}} 사진을 빼앗아 갔다. {{p:순이}}는 그냥 동네 동생인데. {{p:광일}}이 새끼.

2017년 11월 20일 월

밤에 {{r:길남}}이가 무너진 비계에서 떨어질 뻔했다. 3층. {{r:배}} 반장은 "안전띠는 돈이다" 하면서 안 사 준다. {{r:길남}}이가 비계 잡고 매달려 있을 때 내가 끌어올렸다. 손바닥이 다 까졌다. {{r:배}} 반장은 "{{r:주}} 동무는 왜 자기 일 안 하고 남 일 하냐" 했다. 이 주는 진짜 길다.

2017년 11월 28일 화

{{u:모스크바}}에 눈이 온다. {{p:세료자}}가 우리 보고 "{{u:붉은광장}}에 가 봤냐" 물었다. 못 가 봤다. 여기 와서 2년인데 현장하고 숙소밖에 모른다. {{u:김일성광장}}보다 크냐고 물었더니 {{p:세료자}}가 웃었다. TV에 {{u:푸틴}}이 나오니까 {{r:배}} 반장이 채널을 돌렸다.

2017년 12월 3일 일

{{r:길남}}이랑 약속했다. 봄이 되면 간다. {{r:배명국}}이 여권을 넣어 둔 가방 자리도 안다. {{p:루스탐}}이 {{u:카잔역}}까지 데려다준다고 했다. 배 한 개 사서 둘이 나눠 먹었다. 달았다. 엄마 생각이 났다. 엄마, {{p:옥희}} 누나, 조금만 기다려.

2017년 12월 4일 월

{{r:배}} 반장이 오늘 {{r:길남}}이를 따로 불렀다. 뭘 눈치챈 건가. {{r:길남}}이가 돌아와서 아무 말도 안 했다. {{r:변길남}}, 너 무슨 말 했냐. 아니, 안 했겠지. 자자.""",
    },
    {
        "id": "h27-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Pak Un-hye", "박은혜", "witness", ["은혜", "서현"]),
            ("Kim Tae-sik", "김태식", "other", []),
            ("Ri Kwang-il", "리광일", "supervisor", []),
        ],
        "note": "Korean news article with partly masked names (김○○, 박 모 씨, 이모(38)씨, 리○○): only the visible surname is labelled, masks and age outside; a 가명 labelled as an alias; reporter byline; Choe Son Hui and court, ministry and police public next to masked private 최○○.",
        "text": """"{{u:러시아}} 파견 노동 대가 가로챈 브로커" 실형…탈북민 피해자 "여권까지 빼앗겼다"

(서울=뉴스) {{p:정다은}} 기자 = {{u:러시아}} {{u:블라디보스토크}} 건설 현장에서 일하다 탈북한 여성을 상대로 정착금을 가로챈 50대 브로커가 실형을 선고받았다.

{{u:서울중앙지법}} 형사9단독은 사기 등 혐의로 기소된 {{r:김}}○○(54) 씨에게 징역 2년을 선고했다고 12일 밝혔다. 함께 기소된 {{p:최}}○○(47) 씨에게는 징역 1년에 집행유예 2년이 선고됐다.

판결문에 따르면 {{r:김}} 씨는 2019년 {{u:중국}} {{u:훈춘}}에서 {{u:북한}} 노동자 출신 {{r:박}} 모(31) 씨에게 "{{u:한국}}에 가면 큰돈을 벌 수 있다"며 접근해 이동 비용 명목으로 1천500만 원을 받았다. {{r:박}} 씨는 입국 후 받은 정착지원금 대부분을 {{r:김}} 씨 측 계좌로 보낸 것으로 조사됐다.

{{r:박}} 씨는 2016년부터 2년간 블라디보스토크의 아파트 건설 현장에서 미장공으로 일했다. 본지와 만난 {{r:박}} 씨(가명 {{r:서현}})는 "현장 책임자 {{r:리}}○○가 첫날 여권을 걷어 갔고, 월급은 한 번도 직접 받은 적이 없다"고 말했다. 당시 {{r:리}} 씨는 "{{u:조선로동당}} 창건일까지 계획을 끝내야 한다"며 하루 16시간 작업을 지시했다고 {{r:서현}} 씨는 전했다.

{{r:서현}} 씨는 같은 현장에서 일하던 {{p:이}}모(38)씨와 {{p:전}}모(29)씨도 비슷한 피해를 봤다고 주장했다. {{p:이}} 씨는 현재 연락이 닿지 않으며, {{p:전}} 씨는 2018년 {{u:북한}}으로 송환된 것으로 알려졌다.

재판부는 "피고인 {{r:김}}○○은 피해자가 {{u:북한}} 당국의 감시 아래 강제노동에 시달린 사정을 알면서도 이를 이용했다"고 지적했다. {{p:최}} 씨에 대해서는 "{{r:김}} 씨의 지시에 따라 계좌를 빌려준 점을 고려했다"고 밝혔다.

{{u:통일부}} 관계자는 "해외 파견 노동자 출신 탈북민이 브로커 범죄에 노출되는 사례가 늘고 있다"며 "{{u:경찰청}}과 협조해 실태를 점검하겠다"고 말했다.

한편 {{u:북한}} {{u:최선희}} 외무상은 지난달 {{u:러시아}}를 방문해 노동자 추가 파견 문제를 논의한 것으로 알려졌다. {{u:유엔 안전보장이사회}} 결의 2397호는 2019년 말까지 모든 {{u:북한}} 해외 노동자를 송환하도록 규정하고 있다.

{{r:서현}} 씨는 "나는 이제 내 이름으로 살고 싶다"며 "{{r:은혜}}라는 이름을 다시 쓸 수 있을 때 얼굴도 공개하겠다"고 했다.

{{p:정다은}} 기자
※ 이 기사는 {{u:한국기자협회}} 인권보도준칙에 따라 피해자 이름을 가명으로 처리했습니다.""",
    },
    {
        "id": "h27-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Un-byol", "하은별", "witness", ["은별"]),
            ("Pyon Sun-bok", "편순복", "supervisor", []),
            ("Ku Myong-hwa", "구명화", "coworker", ["명화"]),
        ],
        "note": "WeChat group export in Korean among 조선족 factory staff (Tumen garment plant): 조선족 names with 리 and hanja, Han Chinese boss with 사장/总 outside, pinyin nicknames; NK team leader surname 편 next to 편 (side), worker 하 next to 하하, 구 next to 구 (nine); Yanbian dialect, emoji; places public.",
        "text": """[위챗 그룹 "도문2공장 관리" 대화 내보내기 / 2019-03-12]

2019-03-12 07:48 {{p:리춘화}}(李春花): 오늘 {{u:조선}} 애들 몇 명 출근했슴까?
2019-03-12 07:51 {{p:김영철}}: 58명 중 56명. {{r:편}}반장이 2명 아프다고 함
2019-03-12 07:52 {{p:리춘화}}(李春花): 누구?
2019-03-12 07:55 {{p:김영철}}: {{r:하은별}}이랑 {{r:구명화}}. {{r:하}}가 열이 있고 {{r:구}}는 손이 부었다고
2019-03-12 07:56 {{p:춘화}}언니🌼: 하하 또 {{r:구명화}}? 지난주에도 그랬잖슴까
2019-03-12 07:58 {{p:김영철}}: 이번엔 진짜 같슴다. 재봉틀에 손 찍혔담다
2019-03-12 08:03 {{p:王建国}}: 今天那两个{{u:朝鲜}}的不上班？扣钱。
2019-03-12 08:05 {{p:리춘화}}(李春花): {{p:왕}}사장이 돈 깐다고 함다. {{r:편순복}}한테 전달하쇼
2019-03-12 08:10 {{p:김영철}}: {{r:편}}반장은 원래 자기 편밖에 모름다. 애들 편은 안 들어줌다
2019-03-12 08:14 Xiao {{p:Piao}}: 병원 데려갈까요? 제가 {{u:도문}}시 병원에 아는 사람 있슴다
2019-03-12 08:15 {{p:리춘화}}(李春花): 샤오{{p:퍄오}} 너는 끼지 마라. {{u:조선}} 쪽 일은 {{u:조선}} 쪽에서
2019-03-12 08:20 {{p:박성호}}(朴成浩): 참고로 {{r:하은별}}(河银星) 지난달 야근 92시간임다. 쓰러질 만함다
2019-03-12 08:22 {{p:김영철}}: {{p:성호}}형 그런 거 여기 쓰지 마쇼 ㅋㅋ {{r:편}}반장이 이 방 보는지 모름다
2019-03-12 08:23 {{p:박성호}}(朴成浩): {{r:편}}반장은 위챗 없슴다. 폰도 없슴다
2019-03-12 09:40 {{p:김영철}}: {{r:편순복}} 반장 방금 왔다감. {{r:은별}}이는 오후에 나오라고 했답니다. {{r:명화}}는 숙소에 있고
2019-03-12 09:42 {{p:리춘화}}(李春花): 알았소. 오후에 {{r:은별}}이 얼굴 보고 판단하겠슴다
2019-03-12 13:05 {{p:김영철}}: {{r:하은별}} 출근. 얼굴 하얗슴다. {{r:구명화}}는 손가락 아홉 개밖에 안 쓴다고 {{r:편}}반장이 구 개면 충분하다 함 😡
2019-03-12 13:07 {{p:춘화}}언니🌼: 세상에...
2019-03-12 13:10 {{p:王建国}}: 下个月{{u:珲春}}那边再来二十个。小{{p:朴}}你去接。
2019-03-12 13:11 Xiao {{p:Piao}}: 好的 {{p:王}}总
2019-03-12 13:15 {{p:리춘화}}(李春花): {{u:훈춘}}에서 20명 더 온다 함다. {{u:남양}} 다리 건너서 {{u:도문}}으로. {{p:박성호}} 숙소 방 준비하쇼
2019-03-12 13:30 {{p:박성호}}(朴成浩): 네. 근데 {{r:편}}반장이 방 배정은 자기가 한다고 할 검다
2019-03-12 18:02 {{p:김영철}}: 퇴근 보고. 56+1명. {{r:구명화}} 내일도 못 나옴. {{r:명화}} 손 사진 보냄 (사진)
2019-03-12 18:03 {{p:리춘화}}(李春花): 사진 지우쇼. 나중에 문제됨다""",
    },
    {
        "id": "h27-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sol Mi-hyang", "설미향", "witness", ["미향"]),
            ("Sol Yong-su", "설영수", "relative", ["영수"]),
            ("Kwak Jin-ho", "곽진호", "supervisor", []),
        ],
        "note": "Korean counselling log (하나센터 상담일지) in note style: kinship terms 삼촌, 이모, 큰아버지, 언니 after or before names kept outside; surname 설 next to 설 (New Year) and 설명; counsellor initials; Mongolian workplace and Korean agencies public.",
        "text": """[상담일지] 내담자 {{r:설미향}} (여, 1984년생) / 담당 {{p:윤지혜}} 상담사 / 회차 5

■ 일시: 2023. 2. 7.(화) 14:00-15:30  ■ 장소: {{u:경기남부하나센터}} 2층 상담실

■ 주요 내용
- 설 연휴 동안 외삼촌 {{r:설영수}} 씨 집({{u:경기도}} {{u:안산시}})에 다녀옴. 내담자는 {{r:영수}} 삼촌이라고 부름. {{r:영수}} 삼촌은 2009년 먼저 입국. 설에 떡국을 함께 먹으며 처음으로 {{u:몽골}} 이야기를 했다고 함.
- 내담자는 2014-2017년 {{u:몽골}} {{u:울란바토르}} 건설 현장 식당 조리원으로 파견. 현장 책임자 {{r:곽진호}}에 대한 두려움 여전. "{{r:곽}} 소장이 아직도 꿈에 나온다"고 함. {{r:곽진호}}는 여권을 걷고 "도망치면 {{u:청진}}의 가족이 책임진다"고 위협.
- 같은 식당에서 일한 {{p:정희}} 이모(성은 모른다고 함)가 2016년 겨울 화상을 입었으나 {{r:곽}} 소장이 병원에 보내지 않음. {{p:정희}} 이모 대신 내담자가 3주간 혼자 200인분을 만듦.
- {{u:북한}}의 큰아버지 {{p:설기만}} 씨 소식: {{r:영수}} 삼촌이 {{u:중국}} 쪽 연락책 {{p:마}} 씨를 통해 들은 바로는 2021년 사망. 내담자 울음. "큰아버지가 나를 {{u:몽골}}에 보내 준 사람인데" (간부 추천서를 써 주었다는 의미로 설명함).
- 동생 {{p:설미란}}({{p:미란}}이)은 {{u:함경북도}}에 남아 있음. 송금 문제로 {{r:영수}} 삼촌과 갈등. {{r:설영수}} 씨는 "브로커 통한 송금은 위험하다"는 입장.
- 취업: {{u:고용노동부}} 국민내일배움카드로 조리사 자격 과정 등록 희망. 단체급식 경력 인정 여부 문의.

■ 상담사 소견
{{u:몽골}} 파견 시기 강제노동 경험 관련 외상 반응 지속(수면 곤란, {{r:곽}} 소장 관련 악몽). {{u:남북하나재단}} 심리상담 연계 필요. 내담자가 "{{r:미향}}이라고 불러 달라"고 요청하여 이름으로 호칭함. 동료 조리원 {{p:한순애}}, {{p:봉금실}} 언니의 이름을 처음 언급했으며 두 사람의 안부를 알고 싶어 함. {{p:봉금실}} 언니는 {{u:다르항}} 현장으로 옮겼다고 들었다고 함.

■ 연계
- {{u:국민건강보험공단}} 의료급여 갱신 안내
- {{u:대한법률구조공단}}: {{u:몽골}} 체불 임금 관련 법률 상담 가능 여부 문의 예정(담당 {{p:K.H.}} 변호사)
- 다음 상담: 2/21(화). {{r:영수}} 삼촌 동석 희망.

작성: {{p:윤지혜}} / 확인: 팀장 {{p:문성아}}""",
    },
    {
        "id": "h27-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kuk Song-min", "국성민", "witness", ["성민"]),
            ("Ha Jong-ryong", "하정룡", "supervisor", []),
            ("U Chang-il", "우창일", "coworker", ["창일"]),
        ],
        "note": "Korean meeting minutes of a defectors' association: attendee list with titles outside (회장, 총무, 간사); testimony subjects with surnames 국 (soup), 하, 우 and 구 next to ordinary words (국을, 하루, 우리, 구); Namgang Construction in Hangul and Qatari sites public; a masked name with the visible surname labelled.",
        "text": """○○ 탈북민 인권모임 제14차 운영위원회 회의록

일시: 2022년 9월 17일(토) 10:00-12:10
장소: {{u:서울}} {{u:양천구}} 사무실
참석: 회장 {{p:구자옥}}, 부회장 {{p:탁영미}}, 총무 {{p:오세진}}, 간사 {{p:한별}}, 위원 {{p:명재석}}·{{p:국혜원}}(이상 6명)
불참: 위원 {{p:하}}○○(사전 연락)
기록: 간사 {{p:한별}}

1. 지난 회의록 확인
- 총무 {{p:오세진}}이 제13차 회의록을 낭독, 수정 없이 승인.

2. {{u:카타르}} 파견 노동자 증언 수집 경과 (보고: 부회장 {{p:탁영미}})
- 8월 중 증언자 2명 면담 완료. 첫 번째 증언자 {{r:국성민}} 씨(2013-2016년 {{u:카타르}} {{u:도하}} 근교 건설 현장). 두 번째 증언자 {{r:우창일}} 씨(같은 현장, 2014-2017년).
- {{r:국성민}} 씨에 따르면 현장 책임자는 {{r:하정룡}}. 소속은 "{{u:남강건설}}"이라고 함. {{r:하}} 소장은 하루 14시간 노동을 강요했고, 한여름 한낮 작업 금지 시간에도 일을 시킴. {{r:국}} 씨는 "국을 끓일 물도 없어 바닷물 섞인 물로 밥을 했다"고 진술.
- {{r:우창일}} 씨는 {{r:국}} 씨 진술과 대부분 일치. 다만 현장 위치를 {{u:루사일}}이 아니라 {{u:알와크라}}라고 기억함. {{r:창일}} 씨는 "우리는 {{r:하}} 소장을 '하늘'이라고 불렀다. 하늘처럼 다 본다고"라고 함.
- 부회장: 두 사람 진술에서 {{r:하정룡}}의 이름 표기가 다름({{r:하정룡}}/{{r:하정용}}). 동일인으로 판단.

3. 논의
- 위원 {{p:명재석}}: {{r:국성민}} 씨 이름 공개 여부. 본인은 "{{r:성민}}이라는 이름만 써 달라"고 함.
- 회장 {{p:구자옥}}: 보고서에는 이니셜({{r:K.S.M.}}, {{r:U.C.I.}})만 쓰고 {{r:하정룡}}은 "현장 책임자 {{r:H}}"로 표기. 구 회원 중 {{r:우}} 씨와 같은 현장에 있던 사람이 더 있는지 확인 요청.
- 위원 {{p:국혜원}}: 자신과 증언자 {{r:국성민}} 씨는 친척이 아님을 회의록에 남겨 달라고 요청(동성 오해 방지).
- 간사 {{p:한별}}: {{u:국제앰네스티}}, {{u:휴먼라이츠워치}}에 영문 요약본 전달 여부. {{u:국가인권위원회}} 진정 가능성도 검토.

4. 결정 사항
① 증언 보고서 초안은 {{p:탁영미}} 부회장이 10월 말까지 작성.
② {{r:우창일}} 씨 추가 면담은 {{p:오세진}} 총무가 담당. {{r:창일}} 씨가 원하는 장소({{u:인천}})에서 진행.
③ 영문 요약은 {{p:한별}} 간사가 번역하고 {{p:Daniel Cho}} 자원봉사자가 감수.

5. 기타
- 다음 회의: 10월 15일(토).
- {{p:구자옥}} 회장: 회비 미납 회원 개별 연락.

회의록 확인: 회장 {{p:구자옥}} (서명)  총무 {{p:오세진}} (서명)""",
    },
    {
        "id": "h27-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Chae Kwang-su", "채광수", "witness", ["광수"]),
            ("Na Chang-hyok", "나창혁", "supervisor", ["창혁"]),
            ("O Sun-gil", "어순길", "coworker", ["순길"]),
        ],
        "note": "Korean first-person memoir of a crewman: supervisor surname 나 next to the pronoun 나 throughout and the port 나홋카; coworker surname 어 next to the filler 어 and 어장/어획; witness surname 채 next to the adverb 채; vessel name and ports public.",
        "text": """바다에서 보낸 스무 달 (수기)

나는 2017년 봄 {{u:청진}}항에서 {{u:통흥 2호}}에 올랐다. 배는 {{u:러시아}} {{u:나홋카}}를 거쳐 {{u:오호츠크해}} 어장으로 간다고 했다. 선원은 열여섯 명이었고, 나를 직접 부리는 사람은 기관장 {{r:나창혁}}이었다.

{{r:나}} 기관장은 나보다 열 살 위였다. 처음엔 나도 {{r:나}} 기관장을 좋아했다. 나랑 성이 다른데도 "우리 {{r:채}}가"라고 부르며 담배를 나눠 주었다. 그런데 나홋카에서 첫 어획물을 넘기고 나서 사람이 달라졌다. 돈 봉투가 오가는 것을 본 다음부터였다.

기관실에서 같이 일한 사람이 {{r:어순길}}이다. {{r:어}} 동무는 말을 더듬었다. "어, 어, 기관장 동지" 하고 말을 시작하면 {{r:나창혁}}은 "{{r:어}}가 또 어어 한다"며 비웃었다. {{r:순길}}이는 그래도 웃었다. 나는 그 웃음이 싫었다. 웃지 않으면 더 맞는다는 걸 {{r:순길}}이는 알았다.

배에서는 하루 네 시간도 채 자지 못했다. 어획물이 많은 날은 아예 못 잤다. 갑판장 {{p:봉}}씨가 "{{r:광수}}야, 눈 좀 붙여라" 하고 내 몫까지 일해 준 날도 있다. {{p:봉철만}} 갑판장은 그해 가을 그물 윈치에 팔이 끼었다. 선장 {{p:리}}씨는 무전으로 {{u:블라디보스토크}}에 보고하겠다고 했지만, {{r:나}} 기관장이 막았다. 계획 어획량을 채우기 전에는 뱃머리를 돌릴 수 없다고 했다.

월급이라는 것은 없었다. "외화 계획"을 채우고 남는 것이 우리 몫이라고 했는데, 남는 것은 없었다. 한번은 {{r:순길}}이가 "어, 우리 돈은 어디 갑니까" 하고 물었다. {{r:나창혁}}은 {{u:김정은}} 원수님 초상화를 가리켰다. 그 뒤 {{r:어순길}}은 사흘 동안 기관실에서 나오지 못했다.

2018년 겨울, 배는 {{u:캄차카}} 앞바다에서 얼음에 갇혔다. {{u:러시아}} 국경경비대 배가 와서 검문을 했다. 통역을 한 사람은 고려인 {{p:세르게이 김}}이었다. {{p:김}} 통역에게 {{r:순길}}이가 손짓으로 뭔가 말하려 했지만 {{r:나}} 기관장이 옆에 서 있었다. {{p:세르게이}}는 고개를 끄덕이고 돌아갔다.

나는 그해 3월 {{u:나홋카}} 항에서 배에서 내렸다. 병원 간다고 나간 길이었다. {{r:순길}}이는 배에 남았다. 지금도 나는 "어" 하는 소리만 들으면 {{r:어순길}}을 생각한다. 그리고 나 자신에게 묻는다. {{r:채광수}}, 너는 왜 혼자 내렸느냐고.""",
    },
    {
        "id": "h27-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sonu Jin", "선우진", "witness", ["선우"]),
            ("Jegal Myong", "제갈명", "supervisor", ["제갈"]),
            ("Namgung Hyok", "남궁혁", "coworker", ["혁"]),
        ],
        "note": "Korean police witness interview record (참고인 진술조서) in 문/답 form: two-syllable surnames 선우, 제갈, 남궁 used alone with 씨/소장; single-syllable given name 혁; an interpreter and officers by name and rank; Kuwaiti places, agencies and the Korean national police public.",
        "text": """참고인 진술조서

성    명: {{r:선우진}}
주민등록번호: (생략)
직    업: 용접공

위의 사람은 피의자 {{p:백}}○○에 대한 사기 피의사건에 관하여 2021. 10. 6. {{u:서울경찰청}} 안보수사과 사무실에 임의 출석하여 다음과 같이 진술하다.

문: 진술인은 피의자 {{p:백}}○○를 알고 있나요.
답: 네, 알고 있습니다. 제가 {{u:쿠웨이트}}에 있을 때 연락을 해 온 사람입니다. {{u:한국}}에 가게 해 주겠다고 했습니다.

문: 진술인은 언제부터 언제까지 {{u:쿠웨이트}}에 있었나요.
답: 2015년 6월부터 2019년 2월까지입니다. {{u:쿠웨이트시티}} 남쪽 {{u:사바 알아흐마드}} 신도시 건설 현장에서 용접을 했습니다.

문: 현장의 {{u:북한}} 측 책임자는 누구였나요.
답: {{r:제갈명}} 소장입니다. 다들 {{r:제갈}} 소장이라고 불렀습니다. 여권은 {{r:제갈명}}이 다 가지고 있었습니다.

문: 함께 일한 사람 중 기억나는 사람이 있나요.
답: {{r:남궁혁}}이 있습니다. 저보다 세 살 어립니다. {{r:혁}}이라고 불렀습니다. {{r:남궁}} 동무는 2017년 여름 한낮에 일하다 쓰러졌는데 {{r:제갈}} 소장이 병원에 보내지 않았습니다. 현지 감독 {{p:무함마드}} 씨가 물을 주고 그늘로 옮겼습니다.

문: 피의자 {{p:백}}○○와는 어떻게 연락하게 되었나요.
답: {{r:혁}}이가 먼저 알았습니다. 현장에 물건을 대던 {{u:인도}} 사람 {{p:라지브}}가 전화기를 빌려줬고, 그 전화로 {{p:백}} 씨가 {{r:혁}}이한테 연락을 했습니다. {{p:백}} 씨는 자기를 "{{p:백 목사}}"라고 소개했습니다.

문: 피의자에게 돈을 보낸 사실이 있나요.
답: 네. 2019년 2월 {{u:두바이}}로 나온 뒤 {{p:백}} 씨가 알려 준 계좌로 3천 달러를 보냈습니다. 그 돈은 {{r:혁}}이가 모아 둔 돈과 제가 숨겨 둔 돈입니다. 그 뒤 {{p:백}} 씨는 연락이 끊겼고, 저희는 {{u:주아랍에미리트 대한민국 대사관}}에 직접 찾아가서 도움을 받았습니다.

문: {{r:남궁혁}}은 지금 어디에 있나요.
답: {{u:한국}}에 와서 {{u:하나원}}을 같이 나왔고, 지금은 {{u:부산}}에 삽니다. {{r:남궁}} 씨도 조사에 나올 수 있다고 했습니다.

문: 통역인 {{p:아마드}} 씨가 작성한 아랍어 문자 캡처 내용은 진술인이 받은 것이 맞나요.
답: 네, 맞습니다. {{p:무함마드}} 감독이 {{r:제갈}} 소장 몰래 보낸 것입니다.

문: 더 할 말이 있나요.
답: {{r:제갈명}}은 지금도 {{u:쿠웨이트}}나 {{u:카타르}}에 있을 수 있습니다. 제 이름 {{r:선우진}}이 조서에 나가면 {{u:북한}}에 있는 어머니 {{p:어금순}}이 위험해집니다. 가능하면 {{r:선우}}라고만 적어 주시기 바랍니다.

위의 진술은 사실대로 말하였음을 확인합니다.
진술인 {{r:선우진}} (무인)
2021. 10. 6.
{{u:서울경찰청}} 안보수사과
사법경찰관 경감 {{p:허준영}}
사법경찰리 경사 {{p:도은비}}""",
    },
    {
        "id": "h27-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yo Mun-chol", "여문철", "witness", ["문철"]),
            ("Kum Yong-ho", "금영호", "supervisor", []),
            ("Wang Jong-nam", "왕종남", "coworker", ["종남"]),
        ],
        "note": "Korean podcast transcript with speaker labels, fillers (음, 어, 그) and self-corrections ('김 반장이, 아니 금 반장'); the mis-said 김 is labelled as a registered mention of the same supervisor, like the corrected 금; surnames 여/금/왕 next to 여기, 금요일, 왕; Polish places and Leiden study public.",
        "text": """[팟캐스트 「경계 너머」 14화 녹취록 - 자동 전사 후 수정, 군말 유지]

진행자: 오늘은, 음, {{u:폴란드}} 조선소에서 일하셨던 분을 모셨습니다. 본명은 밝히지 않기로 했고요, 그냥 "용접공 {{r:여}} 선생님"이라고 부를게요.

{{r:여문철}}: 네, 어, 안녕하세요. 여기 나와도 되나 한참 고민했습니다.

진행자: 언제 {{u:폴란드}}에 가셨어요?

{{r:여문철}}: 2014년입니다. 그, {{u:그단스크}}, 아니 처음엔 {{u:그디니아}}였고, 1년 뒤에 {{u:그단스크}}로 옮겼어요. 배 짓는 데서, 음, 선체 블록 용접을 했습니다.

진행자: 책임자는 어떤 분이었어요?

{{r:여문철}}: {{r:김}} 반장이, 아, 아니다, {{r:금}} 반장. {{r:금영호}}. 금요일마다 돈 얘기를 하던 사람이라 그 이름은 안 잊어버려요. {{r:금}} 반장이 금요일 저녁에 모아 놓고 "이번 주 계획 미달" 이러면, 어, 그 주는 담배도 없는 거예요.

진행자: 월급은 받으셨어요?

{{r:여문철}}: {{u:폴란드}} 회사에서는 나왔다고 하더라고요. 나중에 {{u:라이덴대학교}} 연구 보고서 보니까, 음, 한 달에 천 유로 가까이 나왔대요. 우리는, 그, 백 달러? 많이 받으면 백오십. 나머지는 {{r:금영호}}가, 어, 대사관에 가져간다고.

진행자: 같이 일하신 분 중에 기억나는 분은요?

{{r:여문철}}: {{r:종남}}이요. {{r:왕종남}}. 성이 왕이라 다들 "{{r:왕}}" "{{r:왕}}" 했는데, 그, 왕은 무슨, 제일 고생했어요. {{r:왕}} 동무가 2015년에, 어, 이중저 탱크 안에서 용접하다가 가스 때문에 쓰러졌어요. {{u:폴란드}} 반장, {{p:토마시}}라는 사람이 끌어냈고요. {{p:토마시}}가 구급차 부르자고 했는데 {{r:금}} 반장이, 음, 안 된다고.

진행자: 그 뒤에 {{r:종남}} 씨는요?

{{r:여문철}}: 이틀 쉬고 다시 들어갔어요. {{r:종남}}이가, 그, "{{r:문철}}아, 나 괜찮다" 그러더라고요. 안 괜찮았죠. 기침을 한 달을 했어요.

진행자: {{u:폴란드}} 노동감독관이 현장에 왔다는 얘기도 있던데요.

{{r:여문철}}: 네, 한 번. 그때 통역을 한 사람이 {{u:한국}} 여자분이었는데, 음, {{p:정}} 선생? {{p:정}}... {{p:정미}}, {{p:정미경}}이었나. 그분이 저한테 이름을 물어보셨는데 {{r:금}} 반장이 바로 옆에 있어서 대답을 못 했어요. 그게, 음, 지금도 좀 걸립니다.

진행자: 마지막으로, 지금 들으시는 분들께.

{{r:여문철}}: 어... 여기 {{u:서울}}에서 이 방송 듣는 분 중에 {{u:폴란드}} 갔다 온 사람 있으면, {{r:종남}}이 소식 아는 분 있으면 연락 주세요. {{u:함흥}} 사람이고, 나이는 마흔 좀 넘었을 거예요. 그리고 {{r:금영호}} 반장, 어, 그 사람은 {{u:김정은}} 생일마다 우리한테 노래 부르게 했는데, 음, 그것도 기록에 남았으면 좋겠어요.

진행자: 네. 오늘 {{r:여}} 선생님 말씀 감사합니다. 다음 주에는 {{u:레흐 바웬사 공항}}에서 일했던, 아, 아니고 그 공항으로 입국했던 분 이야기입니다.""",
    },
    {
        "id": "h27-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yong Chun-ok", "용춘옥", "witness", ["Chun-ok"]),
            ("Kwon Hyok-chol", "권혁철", "supervisor", []),
            ("Sol Myong-jin", "설명진", "coworker", ["Myong-jin"]),
        ],
        "note": "Bilingual SRT subtitles of a documentary interview (Korean line then English line per cue): each name appears in Hangul and romanized form; coworker 설명진 next to the word 설명 (explanation) and 설 (New Year); bare surname 설이 with particle; producer credit; Sakhalin towns incl. Korsakov (named after a person) public.",
        "text": """1
00:00:01,200 --> 00:00:04,800
[{{u:유즈노사할린스크}}, 2019년 겨울]
[{{u:Yuzhno-Sakhalinsk}}, winter 2019]

2
00:00:05,100 --> 00:00:09,300
제 이름은… 그냥 {{r:춘옥}}이라고 해 주세요.
My name is... just call me {{r:Chun-ok}}.

3
00:00:09,500 --> 00:00:14,000
{{u:사할린}}에는 2016년에 왔어요. {{u:평양}}에서 {{u:블라디보스토크}} 거쳐서.
I came to {{u:Sakhalin}} in 2016. From {{u:Pyongyang}}, via {{u:Vladivostok}}.

4
00:00:14,200 --> 00:00:19,600
아파트 짓는 현장이었고 저는 밥을 했어요. 책임자는 {{r:권혁철}}.
It was an apartment site and I cooked. The man in charge was {{r:Kwon Hyok-chol}}.

5
00:00:19,800 --> 00:00:23,900
{{r:권}} 소장은 설명이란 걸 안 해요. 그냥 시키죠.
{{r:Kwon}} never explained anything. He just gave orders.

6
00:00:24,100 --> 00:00:30,200
같이 일한 동생이 {{r:설명진}}인데, 이름이 '설명'으로 시작하니까 다들 놀렸어요.
The girl I worked with was {{r:Sol Myong-jin}}. Her name starts like the word for "explanation", so everyone teased her.

7
00:00:30,400 --> 00:00:33,800
"{{r:명진}}아, 설명 좀 해 봐라" 이러면서.
"{{r:Myong-jin}}, give us an explanation," they'd say.

8
00:00:34,000 --> 00:00:36,100
[질문] {{r:설}}이 성이에요?
[Q] {{r:Sol}} is her surname?

9
00:00:36,300 --> 00:00:40,000
네, {{r:설}}씨요. 고향은 {{u:회령}}이고요.
Yes, {{r:Sol}}. She's from {{u:Hoeryong}}.

10
00:00:40,200 --> 00:00:45,500
2017년 설에 {{r:명진}}이가 비계에서 떨어졌어요. 3층에서.
On Lunar New Year 2017 {{r:Myong-jin}} fell from the scaffolding. From the third floor.

11
00:00:45,700 --> 00:00:51,900
{{r:권혁철}}이는 병원에 안 보냈어요. {{u:러시아}} 사람 {{p:나타샤}}가 차로 데려갔어요.
{{r:Kwon Hyok-chol}} wouldn't send her to hospital. A Russian woman, {{p:Natasha}}, drove her there.

12
00:00:52,100 --> 00:00:55,000
{{u:사할린 주립병원}}이었던 것 같아요.
I think it was the {{u:Sakhalin Regional Hospital}}.

13
00:00:55,200 --> 00:01:01,800
돈은… 한 달에 150달러 준다고 해 놓고 30달러. 나머지는 "당에 바치는 돈".
The money... they promised 150 dollars a month and paid 30. The rest was "money for the Party".

14
00:01:02,000 --> 00:01:07,400
{{u:김정은}} 생일이면 또 걷었어요. {{r:권}} 소장이 봉투를 들고 다녔죠.
On {{u:Kim Jong Un}}'s birthday they collected again. {{r:Kwon}} walked around with an envelope.

15
00:01:07,600 --> 00:01:13,300
[질문] {{r:명진}} 씨는 지금 어디 있어요?
[Q] Where is {{r:Myong-jin}} now?

16
00:01:13,500 --> 00:01:19,900
몰라요. 그해 여름 {{u:코르사코프}} 항구에서 배로 돌려보냈어요. 다리를 절면서.
I don't know. That summer they sent her home by ship from {{u:Korsakov}} port. She was limping.

17
00:01:20,100 --> 00:01:25,000
제 어머니 {{p:용옥분}}도 제가 여기 있는 걸 몰라요.
My mother, {{p:Yong Ok-bun}}, doesn't know I'm here either.

18
00:01:25,200 --> 00:01:29,800
{{r:용춘옥}}이라는 이름은 자막에 쓰지 마세요. 제발.
Please don't put the name {{r:Yong Chun-ok}} in the subtitles. Please.

19
00:01:30,000 --> 00:01:34,000
[편집자 주: 이름은 본인 동의하에 이름만 표기함]
[Editor's note: given name only, with her consent]

20
00:01:34,200 --> 00:01:38,500
연출 {{p:최유나}} / 통역 {{p:Andrei Pak}} / 제작 {{u:KBS}} 시사기획
Director {{p:Choi Yu-na}} / Interpreter {{p:Andrei Pak}} / Produced by {{u:KBS}} current affairs""",
    },
    {
        "id": "h27-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Ok-ju", "신옥주", "witness", ["申玉珠", "SIN OK JU"]),
            ("Hong Tae-ryong", "홍태룡", "supervisor", ["洪泰龙"]),
            ("Kye Sun-jong", "계순정", "coworker", ["桂顺贞"]),
        ],
        "note": "Chinese factory incident report (事故报告) with Korean translator's notes and an English summary: names in hanzi, Hangul and passport romanization; prefixes 老/小 and title 主任/班长 outside; Chinese police, hospital, cities and river public; 洪 surname next to 洪水.",
        "text": """事故情况报告

报告单位: 本公司冷冻车间 ({{u:辽宁省}}{{u:东港市}})
报告人: 车间主任 {{p:刘海燕}}
报告日期: 2018年1月23日

一、事故经过
2018年1月22日夜班约3时, {{u:朝鲜}}籍工人{{r:申玉珠}}(护照名 {{r:SIN OK JU}})在冷冻库搬运冻鱼箱时滑倒, 右手腕着地, 当场不能动。同组工人{{r:桂顺贞}}立即报告朝方带队{{r:洪泰龙}}。{{r:洪}}班长到场后表示"不要紧", 不同意送医院, 让{{r:申}}回宿舍休息。
早上7时交班时, {{p:刘}}主任发现{{r:申玉珠}}手腕严重肿胀, 经与{{r:洪泰龙}}协商后, 由司机老{{p:马}}送往{{u:东港市中心医院}}。诊断为右桡骨远端骨折。

二、原因分析
1. 冷冻库地面结冰, 防滑垫未及时更换(负责人: 后勤 小{{p:于}})。
2. {{u:朝鲜}}工人连续夜班已达19天, 疲劳作业。{{r:洪}}班长称这是"朝方的计划"。

三、处理意见
医疗费由公司先行垫付。{{r:申玉珠}}休息期间工资如何计算, 需与朝方{{r:洪泰龙}}及{{u:丹东}}办事处{{p:金}}经理商定。{{r:桂顺贞}}反映{{r:申}}之前多次手痛, 已记录。
报 {{u:东港市公安局}}外国人管理科备案。

---
[번역자 주 / 옮긴이 {{p:K.M.}}]
- {{r:申玉珠}} = {{r:신옥주}}. {{u:북한}} 여권 영문 표기는 {{r:SIN OK JU}}. {{u:중국}} 측 서류에는 {{r:Shen Yuzhu}}로도 적힘.
- {{r:洪泰龙}} = {{r:홍태룡}}. 중국어 원문의 "{{r:洪}}班长"은 "{{r:홍}} 반장". 洪水(홍수)의 홍과 같은 글자라 현지 직원들이 "{{r:洪水}}"라는 별명으로 불렀다고 {{r:신옥주}} 씨가 말함.
- {{r:桂顺贞}} = {{r:계순정}}. {{r:순정}} 씨는 2019년 귀국.
- 老{{p:马}}, 小{{p:于}}는 중국식 호칭("{{p:마}} 씨 아저씨", "{{p:위}} 씨 젊은이"). 본명은 {{p:马建军}}, {{p:于晓东}}으로 확인됨.
- "{{p:金}}经理"는 {{u:丹东}}에 있는 조선족 중개인 {{p:김광수}}({{p:金光洙}})로 추정.

[English summary for the case file, {{p:R.T.}}]
{{r:Sin Ok-ju}} broke her right wrist on 22 Jan 2018 in the freezing room of a seafood plant in {{u:Donggang}}, near {{u:Dandong}} across the {{u:Yalu River}} from {{u:Sinuiju}}. Team leader {{r:Hong Tae-ryong}} refused hospital treatment for four hours; the Chinese driver, {{p:Ma Jianjun}}, took her to {{u:Donggang Central Hospital}}. Coworker {{r:Kye Sun-jong}} corroborates. {{r:Ok-ju}} says {{r:Hong}} deducted the hospital bill from her wages and that the report was filed with the {{u:Donggang Public Security Bureau}} only because the hospital asked for her passport.""",
    },
    {
        "id": "h27-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Yong-jin", "리영진", "witness", ["Yong-jin", "Li Jong Dzin"]),
            ("Yang Chol-gu", "양철구", "supervisor", ["Jang Czol Gu"]),
            ("Hong Il-bong", "홍일봉", "coworker", ["Hong Ir Bong"]),
        ],
        "note": "Polish labour-inspection protocol with an English working translation and Korean glosses: Polish diacritics in inspectors' names, Polish transcription of Korean names (Jang Czol Gu, Li Jong Dzin); the town of Police and its chemical plant next to the word police; state bodies and embassy public.",
        "text": """{{u:PAŃSTWOWA INSPEKCJA PRACY}}
{{u:Okręgowy Inspektorat Pracy w Szczecinie}}
PROTOKÓŁ KONTROLI (fragment) / INSPECTION REPORT (excerpt, working translation)

Kontrolę przeprowadziła: inspektor pracy {{p:Bożena Kaczmarek}}, przy udziale funkcjonariusza {{u:Straży Granicznej}} chor. {{p:Adam Zieliński}}.
Inspection carried out by labour inspector {{p:Bożena Kaczmarek}}, with {{u:Border Guard}} warrant officer {{p:Adam Zieliński}}.

Miejsce: budowa hali magazynowej, gmina {{u:Police}}, sąsiedztwo {{u:Zakładów Chemicznych Police}}.
Place: warehouse construction site in the municipality of {{u:Police}} (the town, not the force), next to the {{u:Police Chemical Plant}}.

Kierownik budowy: {{p:Łukasz Wiśniewski}}. Tłumacz języka koreańskiego: {{p:Park Ji-eun}} (obywatelka {{u:Republiki Korei}}).
Site manager: {{p:Łukasz Wiśniewski}}. Korean interpreter: {{p:Park Ji-eun}} (South Korean national).

Ustalenia / Findings:
1. Na budowie zastano 14 obywateli {{u:KRLD}}. Brygadzista przedstawił się jako {{r:Jang Czol Gu}} (zapis z paszportu: {{r:YANG CHOL GU}}).
   14 {{u:DPRK}} nationals were found on site. The brigade leader identified himself as {{r:Jang Czol Gu}} (passport: {{r:YANG CHOL GU}}).
   [역주: {{r:양철구}}. 폴란드어 표기 Jang은 한국어 '양'을 옮긴 것. 현장 폴란드인들은 그냥 "{{r:Jang}}" 또는 "pan {{r:Czol}}"이라고 부름.]
2. Paszporty pracowników przechowywał {{r:Jang Czol Gu}}. Pracownik {{r:Li Jong Dzin}} ({{r:RI YONG JIN}}) oświadczył, że nie widział swojego paszportu od przyjazdu.
   The workers' passports were held by {{r:Yang}}. Worker {{r:Li Jong Dzin}} ({{r:RI YONG JIN}}) stated that he has not seen his passport since arrival.
   [역주: {{r:리영진}}. 진술 중 "{{r:양}} 반장 동지가 다 가지고 있습니다"라고 함.]
3. Pracownik {{r:Hong Ir Bong}} ({{r:HONG IL BONG}}) miał niezaopatrzoną ranę dłoni. Inspektor {{p:Kaczmarek}} poleciła wezwać pogotowie; {{r:Jang}} odmówił, kierownik {{p:Wiśniewski}} wezwał.
   Worker {{r:Hong Il-bong}} had an untreated hand wound. Inspector {{p:Kaczmarek}} ordered an ambulance; {{r:Yang}} refused, site manager {{p:Wiśniewski}} called it.
   [역주: {{r:홍일봉}}. 구급차는 {{u:슈체친}} 병원으로 이송.]
4. Czas pracy według ewidencji: 8 h. Według oświadczeń {{r:Li}} i {{r:Hong}}: 12-14 h, 6 dni w tygodniu, niedziele "na zebrania".
   Working time per records: 8 h. Per {{r:Ri}} and {{r:Hong}}: 12-14 h, six days a week, Sundays "for meetings".
   [역주: {{r:영진}} 씨: "일요일에는 {{u:김정은}} 동지 노작 학습".]
5. Wynagrodzenie wypłacane na konto, do którego dostęp miał {{r:Jang}}. Pracodawca formalny wskazał jako kontakt "pana {{p:Kima}} z ambasady".
   Wages were paid into an account controlled by {{r:Yang}}. The formal employer named as contact "Mr {{p:Kim}} from the embassy" (Polish: "pana {{p:Kima}}").
   [역주: 대사관은 {{u:Ambasada KRLD w Warszawie}}. "{{p:Kim}}"의 이름은 확인 안 됨.]

Wnioski skierowano do {{u:Prokuratura Rejonowa w Policach}} oraz {{u:Straż Graniczna}}.
Findings referred to the {{u:District Prosecutor's Office in Police}} and the {{u:Border Guard}}.

Podpisy / signatures: {{p:B. Kaczmarek}}, {{p:Ł. Wiśniewski}}, {{p:A. Zieliński}}. Brygadzista {{r:Jang}} odmówił podpisu. / Brigade leader {{r:Yang}} refused to sign.""",
    },
    {
        "id": "h27-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Jong-hak", "윤정학", "witness", ["يون جونغ هاك", "Jong-hak"]),
            ("Bong Kwang-u", "봉광우", "supervisor", ["بونغ كوانغ أو"]),
            ("Ra Song-jin", "라성진", "coworker", ["را سونغ جين"]),
        ],
        "note": "Translator's working notes on a Kuwaiti police complaint: Arabic-script names (Kuwaiti sponsor, Egyptian foreman, Korean names transliterated into Arabic) with Arabic titles and kunya kept outside (أبو, الشيخ); Korean quotes; emir and causeway named after rulers, police station, hospital and ministry public.",
        "text": """Translator's notes - complaint file, {{u:Jahra}} police station ({{u:مخفر الجهراء}}), March 2017
Working languages: Arabic original, English notes, Korean quotes from the complainant. Prepared by {{p:Samira Haddad}} for the legal team.

1. Complainant
Arabic: المشتكي: {{r:يون جونغ هاك}}، كوري شمالي، عامل بناء.
English: Complainant {{r:Yun Jong-hak}}, North Korean, construction worker. In his own words: "제 이름은 {{r:윤정학}}입니다. {{u:함경남도}} {{u:단천}} 출신입니다."

2. Respondents
Arabic: المشكو في حقه الأول: {{r:بونغ كوانغ أو}} (مسؤول العمال الكوريين). الثاني: الكفيل {{p:فهد سالم المطيري}}.
English: First respondent {{r:Bong Kwang-u}}, the Korean workers' supervisor. Second: the sponsor, {{p:Fahad Salem Al-Mutairi}}.
Note: the officer wrote {{r:بونغ}} once and {{r:بونج}} once; both = {{r:Bong}} ({{r:봉}}). The sponsor is called أبو {{p:سالم}} in the witness statements (kunya; "Abu {{p:Salem}}").

3. Facts as recorded
Arabic: أفاد المشتكي بأن {{r:بونغ}} احتجز جوازه منذ وصوله إلى {{u:الكويت}} عام 2015، وأنه يعمل من السادسة صباحاً حتى العاشرة ليلاً في موقع قرب {{u:جسر الشيخ جابر الأحمد الصباح}}.
English: He stated that {{r:Bong}} has held his passport since his arrival in {{u:Kuwait}} in 2015, and that he works from 6 am to 10 pm at a site near the {{u:Sheikh Jaber Al-Ahmad Al-Sabah Causeway}}.
Korean (his words to me): "{{r:봉}} 소장이 여권을 안 줍니다. 돈도 {{r:봉광우}}가 다 받습니다."

4. Injury
Arabic: زميله {{r:را سونغ جين}} سقط من السقالة ونقل إلى {{u:مستشفى الجهراء}}. رئيس العمال المصري {{p:محمود عبد الحميد}} شاهد الحادث.
English: His coworker {{r:Ra Song-jin}} fell from the scaffolding and was taken to {{u:Jahra Hospital}}. The Egyptian foreman, {{p:Mahmoud Abdel-Hamid}}, witnessed it.
Korean: "{{r:성진}}이가 떨어졌을 때 {{r:봉}} 소장은 '병원 가면 끝'이라고 했습니다. {{u:이집트}} 사람 {{p:마흐무드}} 씨가 차를 불렀습니다."
Note: in the Arabic the surname is {{r:را}}, which is also the Arabic letter name "ra". I have checked with {{r:Jong-hak}}: it is {{r:라}} ({{r:Ra}}), his friend's surname.

5. Officer's note
Arabic: تم إبلاغ {{u:الهيئة العامة للقوى العاملة}}. المحقق: الملازم أول {{p:خالد العنزي}}.
English: The {{u:Public Authority for Manpower}} was informed. Investigator: First Lieutenant {{p:Khaled Al-Enezi}}.
Titles: الملازم أول = First Lieutenant (outside the name). The file also quotes the sponsor saying "this matter is for الشيخ" - a general reference, not to the emir, {{u:الشيخ صباح الأحمد}} ({{u:Sheikh Sabah Al-Ahmad}}), whose portrait is in the station.

6. Outcome
The complaint was closed on 2 April 2017 after the sponsor {{p:Al-Mutairi}} stated that {{r:Yun}} had "left work voluntarily". {{r:윤정학}} was moved to the shelter of the {{u:Ministry of Social Affairs}}; {{r:Ra}} returned to the site. The {{u:Embassy of the Republic of Korea in Kuwait}} was contacted by {{p:Samira}} on 4 April.""",
    },
    {
        "id": "h27-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Om Son-hui", "엄선희", "witness", ["Ом Сон Хи", "Son-hui"]),
            ("Jong Tu-hwan", "정두환", "supervisor", ["Жон Ду Хван"]),
            ("Pak Kum-ran", "박금란", "coworker", ["Пак Гым Ран"]),
        ],
        "note": "Mongolian Facebook post with comments, Korean translation and English notes: Mongolian names with patronymic initial (Г.Батбаяр), Korean names in Mongolian Cyrillic; witness surname 엄 next to 엄마; Sukhbaatar Square and Chinggis Khaan (public figures in place names), districts, cities and Facebook public.",
        "text": """[Facebook post, public, 2.3K reactions, copied with comments. Mongolian original; Korean translation by {{p:Ч.Сэлэнгэ}}; English notes by {{p:M.K.}}]

{{p:Г.Батбаяр}}
2020 оны 3-р сарын 8 · {{u:Улаанбаатар}}

Манай байрны хажуугийн барилга дээр {{u:Хойд Солонгос}}ын ажилчид 3 жил ажилласан. Ахлагч нь {{r:Жон Ду Хван}} гэдэг хүн байсан. Тогооч эмэгтэй {{r:Ом Сон Хи}} манай ээжид кимчи хийж өгдөг байсан. Өнөөдөр эмэгтэйчүүдийн баяраар {{r:Сон Хи}}г санаж байна.
[번역] 우리 아파트 옆 공사장에서 {{u:북한}} 노동자들이 3년 동안 일했다. 책임자는 {{r:정두환}}이라는 사람이었다. 조리원 {{r:엄선희}} 씨는 우리 엄마에게 김치를 담가 주곤 했다. 오늘 여성의 날에 {{r:선희}} 씨가 생각난다.

Тэд өглөө 6-д эхэлж шөнө 12 хүртэл ажилладаг байсан. {{r:Жон}} дарга паспортыг нь хураадаг гэж {{r:Пак Гым Ран}} надад хэлсэн. {{r:Гым Ран}} манай {{u:Баянзүрх дүүрэг}}ийн эмнэлэгт гараа түлээд очиход би орчуулсан.
[번역] 그들은 아침 6시에 시작해 밤 12시까지 일했다. {{r:정}} 소장이 여권을 걷어 간다고 {{r:박금란}} 씨가 나에게 말했다. {{r:금란}} 씨가 손을 데어 {{u:바양주르흐 구}} 병원에 왔을 때 내가 통역을 해 주었다.

Нэг удаа тэднийг {{u:Сүхбаатарын талбай}}д авчирсан. {{r:Сон Хи}} {{u:Чингис хаан}}ы хөшөөг хараад "манай {{u:Ким Ир Сен}} шиг" гэж инээсэн.
[번역] 한번은 그들을 {{u:수흐바타르 광장}}에 데려왔다. {{r:선희}} 씨는 {{u:칭기즈칸}} 동상을 보고 "우리 {{u:김일성}} 같네" 하며 웃었다.

2017 онд тэд бүгд явсан. {{r:Жон}} дарга тэднийг {{u:Дархан}} руу аваачсан гэж сонссон.
[번역] 2017년에 그들은 모두 떠났다. {{r:정}} 소장이 그들을 {{u:다르항}}으로 데려갔다고 들었다.

Comments
{{p:Сараа Энхболд}}: Би тэр ахлагчийг мэднэ, маш хатуу хүн байсан. {{r:Жон Ду Хван}} 😠
[번역] 나도 그 책임자를 안다. 아주 엄한 사람이었다. {{r:정두환}} 😠
{{p:Sarah Lkhagva}}: Please remove the names, {{p:Батбаяр}}. These women can be punished at home. {{p:Bat}}, seriously.
{{p:Г.Батбаяр}}: {{p:Sarah}} зөв байна, нэрийг нь хасъя. / [번역] {{p:Sarah}} 말이 맞다, 이름을 지우겠다.
{{p:Энхжаргал}}: {{r:Сон Хи}} эгч надад солонгос хэл заасан. "엄마" гэдэг үгийг хамгийн түрүүнд.
[번역] {{r:선희}} 언니가 나에게 한국어를 가르쳐 주었다. "엄마"라는 말을 제일 먼저.

[English note, {{p:M.K.}}] Post later edited; names removed 9 March 2020. In the Korean I have kept 언니 and 소장 outside the names. {{r:Om}} is the surname ({{r:엄}}), not the word 엄마. {{r:Jong Tu-hwan}} appears in two other testimonies from {{u:Mongolia}} ({{u:Darkhan}}, {{u:Erdenet}}). The poster's account on {{u:Facebook}} is still public; {{p:Batbayar}} agreed to be contacted.""",
    },
    {
        "id": "h27-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hyong-chol", "김형철", "witness", ["Ｋｉｍ Ｈｙｏｎｇ－ｃｈｏｌ", "형철"]),
            ("Pak Yong-ho", "박영호", "supervisor", []),
            ("Ri Song-chol", "리성철", "coworker", ["성철"]),
        ],
        "note": "Web forum thread scraped with artefacts: fullwidth Latin letters in a name, zero-width spaces inside Korean and romanized names (labelled as one span), forum nicknames as private aliases incl. one that contains a river name (두만강물결); stadium, club, river, portal and news agency public.",
        "text": """[{{u:Daum}} 카페 「해외파견 노동자 모임」 게시판 - 2019.06.02 크롤링본, 원문 서식 유지]

제목: 상트 경기장 현장 있었던 분 계신가요 ({{u:St. Petersburg}} stadium)
작성자: {{p:두만강물결}} | 조회 412 | 댓글 7

2014~2016년에 {{u:상트페테르부르크}} {{u:크레스톱스키 스타디움}} 현장에 있었습니다. 같이 있던 분 찾습니다. 우리 반장은 {{r:박\u200b영호}}였고, 저랑 같은 조에 {{r:Ri\u200bSong-chol}}(리성철)이라는 친구가 있었습니다. 영어 이름 쓰는 건 여기 {{u:한국}} 회사 다닐 때 생긴 버릇이라 양해 바랍니다 ^^

I also post in English for the foreign researchers in this cafe: I worked at the {{u:Krestovsky Stadium}} site in {{u:Saint Petersburg}}, home of {{u:FC Zenit}}. My name on the Russian papers was "{{r:Ｋｉｍ Ｈｙｏｎｇ－ｃｈｏｌ}}" (the office printer used those wide letters). Team leader {{r:Pak Yong\u200b-ho}}. Friend {{r:Ri Song-chol}}.

---
댓글 1 | {{p:sky_walker88}}
{{r:박\u200b영호}} 반장... {{r:박}} 반장 키 작고 안경 쓴 사람 맞나요? 저는 2015년 가을에 {{u:네바강}} 쪽 기숙사에 있었어요.

댓글 2 | {{p:두만강물결}}
@{{p:sky_walker88}} 맞습니다!! 안경 쓴 {{r:박영호}}. 혹시 {{r:성철}}이 아세요? {{r:리성철}}. {{u:함흥}} 사람.

댓글 3 | {{p:sky_walker88}}
{{r:성\u200b철}}이는 모르겠고... {{r:박}} 반장이 2016년에 사고 난 거 기억나요. 크레인에서 자재 떨어져서 {{p:최}}씨 아저씨 다쳤을 때 {{r:박영호}}가 "보고하지 마라" 했잖아요.

댓글 4 | {{p:naeil_hope}}
The stadium was reported by {{u:Yonhap}} and by {{u:The Guardian}} in 2017 I think. {{p:두만강물결}}님, {{u:Gazprom Arena}} is the new name.

댓글 5 | {{p:두만강물결}}
@{{p:naeil_hope}} thanks. 네 {{u:가즈프롬 아레나}}요. 저는 그때 용접. {{r:김형철}}입니다, 실명 써도 될지 모르겠지만. {{r:형철}}이라고 불러 주세요.

댓글 6 | 카페지기 {{p:연두}}
실명, 반장 이름 지워 주세요!! 카페 규칙 3조. {{r:김\u200b형철}}님, {{r:박\u200b영호}} 등 모두 이니셜로 수정 부탁드립니다. ({{r:K.H.C.}}, {{r:P.Y.H.}} 이런 식으로)

댓글 7 | {{p:두만강물결}}
알겠습니다 ㅠㅠ 수정할게요. {{r:R.S.C.}} 소식 아시는 분 쪽지 주세요. {{u:모스크바}}로 옮겼다는 말도 있었는데 확실하지 않습니다.

[크롤링 메모: 위 게시물은 2019.06.03 작성자에 의해 수정됨. 수정 전 원문은 {{u:네이버}} 캐시에 남아 있음 - 연구용 보관. 작업자 {{p:Y.J.}}]""",
    },
    {
        "id": "h27-mixed-07",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Nam Su-ryon", "남수련", "witness", ["Su-ryon"]),
            ("Ho Chol-min", "허철민", "supervisor", []),
            ("Ri Hyang", "리향", "coworker", ["Hyang"]),
        ],
        "note": "Hanoi restaurant staff roster (Vietnamese) with Korean and English annotations: NK surname Nam next to Việt Nam and Vietnamese given name Nam; supervisor Ho next to Hồ Chí Minh (figure, city, mausoleum) and Hồ Tây (West Lake); Vietnamese kinship titles anh/chị/cô outside; bank, app, restaurant chain and embassy public.",
        "text": """LỊCH LÀM VIỆC - NHÀ HÀNG {{u:TRIỀU TIÊN}} (chi nhánh {{u:Hoàn Kiếm}}, {{u:Hà Nội}}) - tháng 10/2018
[Shift roster kept by the Vietnamese cashier, photographed by researcher; Korean notes = 연구자 메모; English = translation]

Quản lý (manager): ông {{r:HO CHOL MIN}} - phía {{u:Triều Tiên}}
Kế toán (accounts): chị {{p:Nguyễn Thị Hương}}
Bảo vệ (guard): anh {{p:Trần Văn Nam}}
Tạp vụ (cleaner): cô {{p:Hồ Thị Lan}}

Ca | Thứ 2-6 | Thứ 7 | CN
Sáng | {{r:SU RYON}}, {{r:HYANG}}, {{p:UN HUI}} | {{r:SU RYON}}, {{p:MI GYONG}} | nghỉ (họp)
Chiều | {{p:MI GYONG}}, {{p:OK SIM}} | {{r:HYANG}}, {{p:OK SIM}}, {{p:UN HUI}} | {{r:HYANG}}
Tối (biểu diễn) | tất cả 8 người | tất cả | tất cả

Ghi chú (notes, Vietnamese):
- Ông {{r:Ho}} giữ hộ chiếu của các cô gái. Chị {{p:Hương}} không được giữ chìa khoá két.
  (Mr {{r:Ho}} keeps the girls' passports. {{p:Hương}} is not allowed the safe key.)
  [메모: 여기서 "Ông {{r:Ho}}"는 {{r:허철민}}. {{u:베트남}} 직원들은 {{u:호찌민}} 주석과 헷갈린다며 "ông {{r:Hứa}}"라고도 부름.]
- {{r:Su Ryon}} (họ {{r:Nam}}) đau dạ dày, anh {{p:Nam}} chở đi bệnh viện {{u:Việt Đức}} ngày 12/10. Ông {{r:Ho}} không cho.
  ({{r:Su-ryon}}, surname {{r:Nam}}, had stomach pains; {{p:Nam}} the guard drove her to {{u:Viet Duc Hospital}} on 12 Oct. Mr {{r:Ho}} had refused.)
  [메모: {{r:남수련}} = 성이 '{{r:남}}'. 경비원 {{p:쩐반남}}의 이름 '{{p:남}}'과 {{u:베트남}}의 '남' 때문에 장부가 뒤죽박죽. {{r:수련}} 씨는 "{{r:남}} 동무"로 불림.]
- CN 14/10: cả nhóm đi {{u:Lăng Chủ tịch Hồ Chí Minh}} rồi {{u:Hồ Tây}}, ông {{r:Ho}} dẫn.
  (Sun 14 Oct: the whole group visited the {{u:Ho Chi Minh Mausoleum}}, then {{u:West Lake}}, led by Mr {{r:Ho}}.)
- {{r:Hyang}} (họ {{r:Ri}}) khóc sau khi gọi điện về {{u:Bình Nhưỡng}}.
  ({{r:Hyang}}, surname {{r:Ri}}, cried after a phone call to {{u:Pyongyang}}.)
  [메모: {{r:리향}}. 전화는 {{r:허철민}}이 옆에서 듣는 조건으로만 허락됨.]
- Tiền: doanh thu chuyển khoản {{u:Vietcombank}}, tài khoản đứng tên ông {{r:Ho}}. Các cô nhận 50 USD/tháng, chị {{p:Hương}} nói.
  (Money: takings go by {{u:Vietcombank}} transfer to an account in Mr {{r:Ho}}'s name. The girls get 50 USD a month, says {{p:Hương}}.)
- 20/10: ông {{r:Ho}} đi {{u:Thành phố Hồ Chí Minh}} 3 ngày gặp người của {{u:Đại sứ quán CHDCND Triều Tiên}}. Cô {{p:Lan}} nói các cô gái được ra chợ một mình lần đầu.
  (20 Oct: Mr {{r:Ho}} went to {{u:Ho Chi Minh City}} for 3 days to meet embassy people. {{p:Lan}} says the girls went to the market alone for the first time.)
  [메모: 그 사흘 동안 {{r:수련}} 씨가 {{p:Hương}} 씨 휴대폰으로 {{u:서울}}의 사촌 {{p:남기옥}}에게 연락. 식당은 {{u:옥류관}} 계열이라고 {{r:리향}} 씨는 주장.]

[Researcher: {{p:L.T.H.}}, interviews with {{p:Hương}} and {{p:Lan}} in {{u:Hà Nội}}, 2019. {{u:Grab}} driver not named.]""",
    },
    {
        "id": "h27-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Son Min-ho", "손민호", "witness", ["minho", "Min-ho"]),
            ("Jo Sun-hee", "조순희", "relative", ["sunhee"]),
            ("Kal Tae-u", "갈태우", "supervisor", []),
        ],
        "note": "KakaoTalk chat export mixing Korean and English: lowercase romanized names with kinship terms outside (minho 삼촌, sunhee 이모), emoji glued to names, surname 손 next to 손 (hand) and English 'son', 갈 next to 갈게; Qatari stadium and airport, LA Koreatown and media companies public.",
        "text": """카카오톡 대화 - {{p:Jenny}}, {{r:sunhee}} 이모, {{p:Daniel}} (3명)
저장한 날짜 : 2022-11-21 22:40

2022년 11월 20일 일요일
[{{p:Jenny}}] [오후 7:02] 이모!! did you see the opening? 개막식 {{u:Al Bayt Stadium}} 😍
[{{r:sunhee}} 이모] [오후 7:05] 봤어 봤어. 근데 {{r:minho}} 삼촌 생각나서 마음이 좀 그래
[{{p:Jenny}}] [오후 7:05] wait {{r:minho}} 삼촌 worked in {{u:Qatar}}??
[{{r:sunhee}} 이모] [오후 7:08] ㅇㅇ 2012년부터 4년. {{u:도하}}에서 아파트 지었대. {{u:Lusail}}이었나
[{{p:Daniel}}] [오후 7:10] omg. was he one of the north korean workers in the {{u:Guardian}} article?
[{{r:sunhee}} 이모] [오후 7:14] 그건 모르겠고 ㅠ 삼촌이 말을 잘 안 해. 손 다친 얘기만 가끔
[{{p:Jenny}}] [오후 7:15] 손?? his hand?
[{{r:sunhee}} 이모] [오후 7:19] ㅇㅇ 왼손 손가락 두 개. {{r:손민호}} 손 다친 거 ㅋㅋ 삼촌이 맨날 이 농담함. 성이 {{r:손}}이라서
[{{p:Daniel}}] [오후 7:20] lol "{{r:Son}}" like son. 삼촌 dad jokes 👴
[{{r:sunhee}} 이모] [오후 7:24] 그때 반장이 {{r:갈태우}}라는 사람이었는데 병원도 안 보내줬대. {{r:갈}} 반장 😡
[{{p:Jenny}}] [오후 7:25] 이모 can I interview {{r:min-ho}} 삼촌 for my class? 🙏 anonymous
[{{r:sunhee}} 이모] [오후 7:31] 물어볼게. 근데 이름은 절대 쓰지 마. 삼촌 동생 {{p:손민정}} 이모가 아직 북에 있어
[{{p:Jenny}}] [오후 7:31] ok ok just "uncle {{r:M}}"
[{{r:sunhee}} 이모] [오후 7:33] {{r:M}}도 쓰지 마 ㅋㅋ

2022년 11월 21일 월요일
[{{r:sunhee}} 이모] [오후 9:12] {{r:민호}} 삼촌이 된대. 토요일에 {{u:Koreatown}} 삼촌 가게로 와. 갈게~ 하면 돼
[{{p:Jenny}}] [오후 9:13] yay!!! 🥹 thank you 이모
[{{r:sunhee}} 이모] [오후 9:15] 삼촌이 {{r:갈태우}} 얘기는 하기 싫대. 그리고 같이 일했던 {{p:원석}}이 아저씨 얘기는 하고 싶대. {{p:문원석}}. {{u:카타르}}에서 죽었대 🕯
[{{p:Daniel}}] [오후 9:17] 😢 I'm sorry
[{{r:sunhee}} 이모] [오후 9:20] {{p:Daniel}}아 너도 와. 영어로 정리해 줘. {{p:Jenny}}는 한국말이 엉망이라 ㅋㅋ
[{{p:Jenny}}] [오후 9:20] 이모!!! 😤
[{{r:sunhee}} 이모] [오후 9:25] 참 {{u:Hamad International Airport}} 사진 있냐고 삼촌이 물어봄. 거기서 {{r:Kal}} 반장이 여권 다 걷어갔대. 그 공항만 보면 생각난대
[{{p:Daniel}}] [오후 9:30] will find some. also {{u:Human Rights Watch}} has a report, I'll print it for {{r:Min-ho}} 삼촌
[{{r:sunhee}} 이모] [오후 9:32] 고마워 우리 {{p:Dan}} ❤️ {{u:LA}} 날씨 추워졌다 옷 따뜻하게""",
    },
]
