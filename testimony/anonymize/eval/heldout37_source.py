# ruff: noqa: E501
"""Held-out evaluation passages, set 37. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout37.

Written blind, without reading the finder's code. Labelling conventions for this set:
- Every witness, family member, minder, manager, broker, co-worker, interviewer, official,
  doctor, actor, author, user etc. in these passages is fictional and PRIVATE, whatever their
  office: a fictional police inspector, spokesperson, judge, pastor, minister or consul is
  private.
- Only real, well-known public figures, real places and real organisations, companies and
  ships are public ({{u:..}}). Invented businesses, agencies, churches, hostels, podcasts,
  bots and ships are left unmarked.
- Chinese forms of address (老周, 小李, 金哥, 王总, 崔老师, 成队长) are labelled whole.
- For a Korean name followed by an honorific or title (김철수 씨, 박 반장) only the name part
  is labelled; particles and the affectionate suffix stay outside (철수가, 명철이가 ->
  철수 / 명철). English titles (Mr, Dr, Pastor, Auntie, FOREMAN) and possessive 's stay
  outside.
- Messenger and forum usernames are labelled without the leading @; logins and file-name
  stems made of names are labelled whole; in e-mail addresses the local part is labelled and
  the domain is not.
- Names in capitals, lower case, initials, fullwidth letters, with OCR errors or with
  zero-width characters inside are labelled exactly as they stand. A given name wrapped
  across a line at its hyphen is one mention, line break included.
- Surnames and nicknames that are also ordinary words (Song, Moon, Han, Ha, So, An, O, Do,
  Yu, Ban, Bang; 곰, 여우, 하늘, 별; Bear, Goggles) are labelled only where they refer to a
  person. A surname discussed as a word (the surname Ли is read Ri or Lee) is not a mention.
- Country and place names are public in Korean also when they modify a noun (러시아 아주머니,
  북한 식당), but not inside compound words (한국어, 중국인, 조선족, 북한이탈주민). English
  adjectives (Russian, Korean) and 'the North'/'the South' are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h37-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Son-hui", "리선희", "witness", ["Son-hui", "Ли Сон Хи"]),
            ("Song Kum-chol", "송금철", "supervisor", ["Song", "Сон Кым Чхоль"]),
            ("Tamara Belykh", "타마라 벨리흐", "official", ["Belykh", "Tamara", "Белых Т. И."]),
        ],
        "note": "Sakhalin fish-processing plant's injury register translated from Russian; Cyrillic and romanized doubles of each name; brigade leader Song beside 'sing a song' and inside the given name Song-ok; surnames O, An, Yu in a roll; 'oh, oh'; sentence-initial So; surname Ли discussed as a word, unmarked.",
        "text": """INJURY REGISTER, shop No. 2 (filleting and canning), fish combine on the harbour at {{u:Nevelsk}}, {{u:Sakhalin}}
Pages 14-19 of the bound register, photographed by the witness in March 2017 and translated from Russian by {{p:Natalia Koval}} for case SKH-22.
Korean names are copied first as the register writes them in Cyrillic, then as our office reads them. The register writes the surname Ли; in the North it is read Ri, in the South Lee or Yi. We use Ri.
Stamp on p. 14: {{u:State Labour Inspectorate in Sakhalin Oblast}}, inspected 12.12.2016, "no remarks".

Signatures that recur on every page:
  brigade leader, Korean brigades 3 and 4: {{r:Сон Кым Чхоль}} ({{r:Song Kum-chol}})
  shop medic: {{r:Белых Т. И.}} ({{r:Tamara Ivanovna Belykh}})
  shop foreman, Russian side: {{p:Гуляев А. П.}} ({{p:Andrei Gulyaev}})

No. 41 | 06.01.2017 | {{p:Пак Ен Чхоль}} ({{p:Pak Yong-chol}}), br. 3 | cut to left palm, filleting knife, about 4 cm | dressed by {{r:Belykh}}; back on the line the same shift | signed {{r:Song}}
No. 42 | 09.01.2017 | {{r:Ли Сон Хи}} ({{r:Ri Son-hui}}), br. 4 | slipped on ice by the salting vats, bruised hip | no time off | signed {{r:Song}}
No. 43 | 17.01.2017 | {{p:Чхве Мен Су}} ({{p:Choe Myong-su}}), br. 3 | finger caught in the conveyor of the canning line, nail torn off | {{r:Belykh}} wrote "refer to hospital"; struck through, "treated on site" written above in another hand | signed {{r:Song}}, {{p:Gulyaev}}
No. 44 | 02.02.2017 | {{p:Хан Ок Сун}} ({{p:Han Ok-sun}}), br. 4 | steam burn, right forearm, autoclave door | sent to the district hospital in {{u:Nevelsk}}, back after two days | signed {{r:Song}}
No. 45 | 02.02.2017 | {{p:Ким Кван Хо}} ({{p:Kim Kwang-ho}}), br. 3 | collapsed at the line after a fourteen-hour shift | medic: "exhaustion, underweight"; leader: "{{p:Kim}} does not eat his ration, his own fault" | signed {{r:Song}}
No. 46 | 21.02.2017 | {{r:Ли Сон Хи}} ({{r:Ri Son-hui}}), br. 4 | three fingers of the right hand cut by the scaling machine | {{r:Belykh}}: "tendon? X-ray needed in {{u:Yuzhno-Sakhalinsk}}"; leader: "no transport" | two days off, unpaid | signed {{r:Song}}
No. 47 | 03.03.2017 | {{p:О Чхун Ир}} ({{p:O Chun-il}}), br. 4 | fell from the loading ramp onto the pier, head wound | ambulance called by {{p:Gulyaev}}, not by the leader | signed {{p:Gulyaev}} only
No. 48 | 30.03.2017 | {{p:Мун Гым Дан}} ({{p:Mun Kum-dan}}), br. 4 | hands cracked and bleeding from brine, cannot hold a knife | "gloves issued" | signed {{r:Song}}

Inside back cover, brigade 4 roll in pencil: {{r:Ли Сон Хи}}, {{p:Хан Ок Сун}}, {{p:О Чхун Ир}}, {{p:Мун Гым Дан}}, {{p:Ю Чжон Ми}}, {{p:Ан Хе Рён}}, {{p:Пан Сон Ок}}.
Our reading: {{r:Ri Son-hui}}, {{p:Han Ok-sun}}, {{p:O Chun-il}}, {{p:Mun Kum-dan}}, {{p:Yu Jong-mi}}, {{p:An Hye-ryon}}, {{p:Pang Song-ok}}.

Translator's remarks
1. Entry 43: the correction is in the same blue ink as {{r:Song}}'s signatures. {{r:Belykh}}'s own entries are in black.
2. Entries 45 and 48 are the only ones where {{r:Belykh}} wrote more than two words.
3. In the roll, О, Ан and Ю are whole surnames, not abbreviations.
4. Finished cans left by ferry for {{u:Kholmsk}} and then {{u:Vanino}}; the brigades themselves had come from {{u:Vladivostok}} by the same route.

Witness comments (phone, 11 March 2019, {{u:Seoul}})
{{r:Son-hui}} says the register lay in the medic's room and she photographed it while {{r:Belykh}} was at lunch. So the pages are in the order she turned them, not the order of the binding.
"{{r:Song}} signed everything. If there was blood on the floor, {{r:Song}} had to sign first, then you could go to {{r:Tamara}}." She calls the medic {{r:Tamara}} or "the Russian doctor", never by surname.
On {{p:Choe Myong-su}}: "{{p:Myong-su}} lost the nail and then the whole finger went black. {{r:Song}} said hospital costs would come out of the brigade's plan." {{p:Choe}} was sent home to {{u:Hamhung}} in May 2017.
On {{p:O Chun-il}}: "When {{p:Chun-il}} fell, the Russian foreman shouted oh, oh, and ran down to the pier. {{p:Andrei}} called the ambulance. {{r:Song}} would not speak to him for weeks."
At New Year the brigade had to sing a song for the leader. {{r:Son-hui}} remembers {{p:Pang Song-ok}} crying all through it because her hands had opened again in the brine. {{r:Song Kum-chol}} told {{p:Song-ok}} to smile.""",
    },
    {
        "id": "h37-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Un-byol", "조은별", "witness", ["Un-byol"]),
            ("Bang Chol-ung", "방철웅", "other", ["Bang"]),
            ("Bounmy Phommachanh", "분미 폼마찬", "official", ["Bounmy"]),
        ],
        "note": "Laotian border guard's handwritten log, translated from Lao; broker Bang beside 'heard a bang'; false Chinese names given by the group (labelled, they name these people); initials with a dot; Lao ranks and names; Auntie Ha with the title outside; Mekong and border towns.",
        "text": """BORDER POST LOG, {{u:Luang Namtha}} province, sector south of {{u:Boten}}
Handwritten in Lao, 11-14 September 2016. Translated for the file by {{p:V. Sisouk}}. Times as written by the duty soldier.

11/9 05:40. Patrol: Sgt {{r:Bounmy Phommachanh}}, Cpl {{p:Khamla}}, Pte {{p:Souk}}. Fog. Heard a bang from the road near km 14; a truck tyre. Nothing further.
11/9 07:15. At km 14, two men and three women walking in the ditch. They say they are Chinese tourists lost from {{u:Mohan}}. No passports. Names given: {{p:Zhang Li}}, {{p:Wang Fang}}, {{p:Jin Meiyu}}, {{p:Li Hua}}, {{p:Chen Ming}}. Sgt {{r:Bounmy}} notes they do not speak Chinese to each other.
11/9 08:00. Brought to the post. The oldest woman wrote her true name on the back of a cigarette box: {{r:조은별}}. Cpl {{p:Khamla}} copied it in Lao letters; in English, {{r:Jo Un-byol}}. She says {{p:Jin Meiyu}} is really her cousin {{p:Ri Myong-hwa}}, and the others are {{p:Yu Song-min}}, {{p:Kwak Chol}} and a girl of sixteen called {{p:Ok-ryon}}, whose surname she does not know.
11/9 09:30. Telephone call to the post from a man who said he was "Mr {{r:Bang}}" and offered 2,000 dollars for the "five Chinese". Refused. Number written in the back of this book. Sgt {{r:Bounmy}} says Mr {{r:Bang}} is known in {{u:Oudomxay}}: a Korean from {{u:China}} who moves people from {{u:Kunming}} down to the {{u:Mekong}}.
11/9 14:00. Report by radio to district. Lt {{p:Sengphet}} replies: hold, feed, do not photograph.
12/9 06:00. {{p:Kwak Chol}} has fever. Pte {{p:Souk}} took him on the motorbike to the clinic at {{u:Na Teuy}}. Dr {{p:Bouasone}} gave tablets and said it is not malaria.
12/9 11:20. Second call from {{r:Bang}}, now 3,000. Sgt {{r:Bounmy}} told him to come in person. He laughed.
12/9 16:00. {{r:Un-byol}} asked for paper and wrote the names of women still waiting in {{u:Yanji}} for the same road: {{p:Choe Hyang-mi}}, {{p:Kang Ok-ju}}, {{p:Son Mi-ae}}, and one she calls only Auntie {{p:Ha}}. She asked that the paper be given to "the Korean embassy in {{u:Vientiane}}, not to the Chinese".
12/9 19:00. {{p:Yu Song-min}} and {{p:Ri Myong-hwa}} argued. {{p:Myong-hwa}} wants to go back to {{u:Mohan}}. {{r:Jo}} told her no.
13/9 08:00. Lt {{p:Sengphet}} arrived with Mr {{p:Phonsavanh}} of the immigration police. Decision: the five go to {{u:Vientiane}}, not back over the line to {{u:China}}.
13/9 21:00. A silver van stopped at the barrier. The driver gave his name as {{p:Pak}} and said the boss sent him. Sgt {{r:Bounmy}} asked him: which boss, {{r:Bang}}? The driver left without answering. Plate written in the back of this book.
14/9 07:00. The five taken south by road with Cpl {{p:Khamla}}. {{r:Jo Un-byol}} thanked Sgt {{r:Bounmy}} in Chinese and then in Korean. {{p:Ok-ryon}} left a drawing of a star for Pte {{p:Souk}}.

Translator's notes
- The broker's name can be read Bang, Pang or Phang in Lao letters; the log writes it the same way each time.
- {{r:Un-byol}} told the NGO in 2018 that she reached {{u:Bangkok}} in October 2016 and {{u:Incheon}} in February 2017.
- Sgt {{r:B. Phommachanh}} was transferred to {{u:Bokeo}} later that year. {{p:V.S.}}""",
    },
    {
        "id": "h37-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Do Myong-ho", "도명호", "witness", ["DO MYONG HO", "Do"]),
            ("Yun Chang-gol", "윤창걸", "supervisor", ["Yun"]),
            ("Faisal Al-Enezi", "파이살 알에네지", "official", ["Al-Enezi"]),
        ],
        "note": "Kuwaiti hospital discharge summary; patient surname DO in capitals beside the instruction DO NOT and the verb do; hospital name in capitals; Filipino nurse, Indian resident, Kuwaiti social worker; visitors' log; ministries and districts public.",
        "text": """{{u:FARWANIYA HOSPITAL}}
State of {{u:Kuwait}} - {{u:Ministry of Health}}
Department of Internal Medicine, Male Medical Ward 4B

DISCHARGE SUMMARY

Patient: {{r:DO MYONG HO}}    Sex: M    Age: 38    Nationality: {{u:DPRK}}
Civil ID: 28108xxxxxxx    MRN: 0447819
Employer / sponsor (per Civil ID): Al-Qurain General Contracting Co. W.L.L.
Admitted: 14/07/2019 via Emergency, ambulance from a building site in {{u:Jleeb Al-Shuyoukh}}
Discharged: 23/07/2019 (see addendum)
Consultant: Dr {{r:Faisal Al-Enezi}}    Resident: Dr {{p:Priya Raghunathan}}

DIAGNOSES
1. Exertional heat stroke, core temperature 41.2 C on arrival
2. Rhabdomyolysis with acute kidney injury, resolving
3. Undernutrition, BMI 17.1

HISTORY
38-year-old construction worker found collapsed on a roof slab at 13:40; co-workers state he had worked since 05:00 without shade. History taken through Mr {{p:Han Seung-woo}}, a Korean national living in {{u:Kuwait}}, because the patient's supervisor declined to interpret. Mr {{r:Do}} reports 14-hour shifts, one rest day a month, and that he has not been paid directly since arrival in 2017.

HOSPITAL COURSE
Cooled in ED, IV fluids, CK peaked at 86,000 on day 2. Creatinine normalised by day 7. No dialysis needed. Seen by nephrology (Dr {{p:Nair}}) and dietetics.

SOCIAL
A man who gave his name as {{r:Yun Chang-gol}} and described himself as the patient's "team leader" visited daily. On day 3 Mr {{r:Yun}} asked that the patient be discharged to company accommodation; Dr {{r:Al-Enezi}} refused on clinical grounds. Mr {{r:Yun}} stated he holds the patient's passport. He asked nursing staff to admit no other visitors. The patient asked, through Mr {{p:Han}}, that his co-worker {{p:Kang Tae-song}} be told where he was. {{p:Kang}} was refused entry on 17/07 by Mr {{r:Yun}}.

Nursing note, 19/07, Sr {{p:Maria Lourdes Santos}}: "Pt tearful at night. Said in English 'Do not send me back'. Supervisor {{r:Yun}} present at 08:00 handover, took pt's phone. Informed Dr {{r:Al-Enezi}} and Ms {{p:Al-Mutawa}}."

VISITORS' LOG (copied from ward book)
15/07 {{r:Yun Chang-gol}}
16/07 {{r:Yun Chang-gol}}, {{p:Ri Song-chol}}
17/07 {{r:Yun Chang-gol}}; {{p:Kang Tae-song}} (not admitted)
18/07 {{p:Han Seung-woo}} (interpreter)
20/07 {{r:Yun}}, {{p:Ri}}, one man unnamed
22/07 {{p:Han Seung-woo}}; {{p:Dalal Al-Mutawa}} (social work)

PLAN ON DISCHARGE
- DO NOT discharge to employer's dormitory without social work review.
- Renal clinic in 2 weeks, Dr {{p:Nair}}.
- Case referred to the {{u:Public Authority for Manpower}} and to the hospital social worker, Ms {{p:Dalal Al-Mutawa}}, ext. 4412.
- Ms {{p:Al-Mutawa}} to contact the {{u:Embassy of the Republic of Korea}} only with patient consent.

ADDENDUM 23/07, 09:30 (Dr {{r:F. Al-Enezi}})
Patient left the ward at 06:10 with Mr {{r:Yun}} and two men, before the social work review and without a discharge letter. Night nurse Sr {{p:Joy Bautista}} states Mr {{r:Do}} did not look at her when he left and left his slippers. Security footage requested. Mr {{p:Han}} informed by phone. There is nothing more the ward can do. {{r:DO MYONG HO}}'s belongings: one towel, one notebook with a phone number for {{p:Kang}}.""",
    },
    {
        "id": "h37-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Song-chol", "한성철", "witness", ["HAN SONG CHOL", "HAN"]),
            ("Oyunbileg Tsend", "오윤빌렉 쳉드", "official", ["Ts. Oyunbileg", "Оюунбилэг"]),
            ("Ri Tae-bok", "리태복", "supervisor", ["Ri"]),
        ],
        "note": "Mongolian customs seizure report in English translation; passengers' names in capitals; Mongolian officers with patronymic initial (Ts. Oyunbileg) and in Cyrillic; surname BAN beside 'export ban'; JONG IL SU beside the public Kim Jong Il; Chinese contact in Hanzi; border towns and railway public.",
        "text": """{{u:CUSTOMS GENERAL ADMINISTRATION OF MONGOLIA}}
{{u:Zamyn-Uud}} railway border checkpoint

SEIZURE REPORT No. ZU-2018/0412 (English translation, unofficial)

Date and time: 22 October 2018, 03:15
Place: passenger inspection hall, train {{u:Ulaanbaatar}} - {{u:Erenhot}}
Inspecting officers: Senior Inspector {{r:Ts. Oyunbileg}} ({{r:Ц. Оюунбилэг}}), Inspector {{p:D. Batbayar}}, Inspector {{p:Enkhjargal}}, dog handler {{p:Ganbold}}
Interpreter (Korean): {{p:Solongo B.}}

1. PERSONS INSPECTED
1.1 {{r:HAN SONG CHOL}}, passport of the {{u:DPRK}}, b. 1979, visa category: labour, employer stated as a construction firm in {{u:Ulaanbaatar}}
1.2 {{p:RIM KUM HYANG}}, passport of the {{u:DPRK}}, b. 1985, labour, sewing
1.3 {{p:JONG IL SU}}, passport of the {{u:DPRK}}, b. 1988, labour, construction
1.4 {{p:BAN CHOL U}}, passport of the {{u:DPRK}}, b. 1990, labour, construction

2. GOODS FOUND
2.1 In a rice sack under the seat of 1.1: USD 41,300 in 100-dollar notes, undeclared.
2.2 In the luggage of 1.2: 38 cartons of cigarettes, 2.4 kg dried ginseng.
2.3 In the luggage of 1.4: two {{u:Samsung}} mobile telephones, new, in boxes.
2.4 Goods in 2.3 may fall under the ban on exports to the {{u:DPRK}} in {{u:UN Security Council}} resolution 2397; referred to the legal division.

3. STATEMENTS (through interpreter)
3.1 {{r:HAN}} stated the cash belongs to "the collective" and was to be handed to a man in {{u:Erenhot}} called {{p:Cui}} ({{p:崔}}), telephone unknown. Asked who gave him the cash, {{r:HAN}} said: the leader, {{r:Ri}}.
3.2 {{p:RIM}} stated she does not know {{r:HAN}} and has never seen the sack.
3.3 {{p:JONG}} stated nothing.
3.4 {{p:BAN}} stated the sack belongs to {{r:Han Song-chol}} and that {{r:Han}} sat on it from {{u:Ulaanbaatar}}. {{p:Ban}} asked to phone the embassy.
3.5 All four stated their group leader was {{r:Ri Tae-bok}}, who was on the train. {{r:Ri Tae-bok}} was not found on board. The carriage attendant, {{p:Tsetsegmaa}}, states a Korean man left the train at {{u:Sainshand}}.

4. ACTION
Cash and goods seized, receipt No. 8812 issued to {{r:HAN SONG CHOL}}. The four persons were not detained and were handed to a man from the {{u:DPRK}} embassy, who gave his name as {{p:Kim}} and signed as {{p:Kim Yong-jin}}.

Signed: {{r:Ts. Oyunbileg}}, Senior Inspector
Witnessed: {{p:D. Batbayar}}; {{p:Б. Солонго}} (interpreter)
Copy to: {{u:General Intelligence Agency of Mongolia}}; {{u:Ministry of Foreign Affairs of Mongolia}}

NGO file note, 2021: {{r:Han}} left his group in {{u:Ulaanbaatar}} in 2019 and reached {{u:Seoul}}. He says {{r:Ri}} took the sack off the train himself at {{u:Sainshand}}, "so that the customs would find the rest and not him". {{p:Rim Kum-hyang}} and {{p:Ban Chol-u}} stayed; {{p:Jong Il-su}} was sent home that winter. He remembers Inspector {{r:Oyunbileg}} as "the only one who looked at our faces".""",
    },
    {
        "id": "h37-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Min-ji", "민지", "witness", ["MIN-JI"]),
            ("Yang Chol-ho", "양철호", "supervisor", ["Goggles"]),
            ("Eun-hye", "은혜", "coworker", []),
        ],
        "note": "Podcast episode show notes with timestamps and a short transcript; minder nickname Goggles beside the safety goggles nobody was given; broker Auntie Moon beside the moon; speaker labels in capitals; listener handles with @; real UN bodies and a real public figure named neutrally.",
        "text": """Border Lines, episode 47: "The Minder's Notebook"
Released 9 May 2023 · 52 min

This week {{p:Rachel}} and {{p:Daniel}} talk to {{r:Min-ji}} (not her real name), who spent three years at a garment factory on the Chinese side of the {{u:Yalu}}, in {{u:Dandong}}, sewing sportswear for export. Content note: violence, self-harm.

Hosts: {{p:Rachel Okafor}}, {{p:Daniel Seo}} · Producer: {{p:Tom Whitaker}} · Translation: {{p:Soo-ah Lim}}

TIMESTAMPS
00:00 Cold open: the song the workers had to sing every morning before the first shift
01:45 Intro. {{p:Daniel}} is back from {{u:Seoul}}; {{p:Rachel}} reads a listener email
04:12 {{r:Min-ji}} on leaving {{u:Sinuiju}} in 2015 and the bus over the {{u:Sino-Korean Friendship Bridge}}
09:30 The factory, the dormitory, and the minder everyone called "{{r:Goggles}}"
15:08 {{r:Min-ji}}'s friend {{r:Eun-hye}}, and the night {{r:Eun-hye}} fainted at her machine
22:40 Where the wages went, and what the {{u:UN Panel of Experts}} found about factories like this one
29:55 {{r:Goggles}} and the phone search
35:20 Leaving: a broker the women called Auntie {{p:Moon}}, and a crossing under a full moon
41:00 Listener questions: {{p:Sarah}} in {{u:Toronto}}, {{p:Jae-hyun}} in {{u:Busan}}, and {{p:Hollis}} (@{{p:hollis_reads}})
47:30 Outro and thanks

EXCERPT (09:30)
{{p:DANIEL}}: So he was called {{r:Goggles}}?
{{r:MIN-JI}}: Yes, {{r:Goggles}}. He had these thick glasses, and he never took them off, even to sleep, the girls said. His real name was {{r:Yang Chol-ho}}. Comrade {{r:Yang}}. But nobody said {{r:Yang}}.
{{p:RACHEL}}: And the workers, did they have goggles? Safety goggles?
{{r:MIN-JI}}: No. Nothing. {{r:Eun-hye}} got a needle in the eye once. {{r:Goggles}} said it was her fault for looking.
{{p:DANIEL}}: Did {{r:Eun-hye}} get to a doctor?
{{r:MIN-JI}}: The Chinese manager took her, {{p:Gao}}. Mr {{p:Gao}}, not {{r:Goggles}}.

LINKS MENTIONED
- The 2014 report of the commission of inquiry set up by the {{u:UN Human Rights Council}}, chaired by {{u:Michael Kirby}}
- {{u:International Labour Organization}}: indicators of forced labour
- {{u:Walk Free}}: Global Slavery Index

CREDITS
Music by {{p:Juno Park}}. Cover art by {{p:Mireille Dubois}}. Thanks to {{p:Tom}} for staying late, and to {{p:Soo-ah}} for the translation. {{r:Min-ji}}, thank you.

Follow {{p:Daniel}} at @{{p:dseo_talks}} and {{p:Rachel}} at @{{p:rokafor}}. Write to us: hello@borderlinespod.fm""",
    },
    {
        "id": "h37-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Yong-chol", "강용철", "witness", ["Kang", "kang_yongchol"]),
            ("Bang Mi-suk", "방미숙", "coworker", ["Bang"]),
        ],
        "note": "NGO internal Slack export with threads, reactions and mentions; staff usernames labelled without @; a file-name stem made of a witness name; bare surname 'Kang said'; co-worker Bang beside 'the bang on the call'; a display name with a zero-width space; 'ban' as a word; Google Drive and Zoom public.",
        "text": """Slack export | workspace: tumen-bridge | channel: #case-review | 12 Feb 2024 (times KST)

{{p:jiwon.bae}}  09:14
@{{p:minsoo.park}} can you pull the {{u:Rason}} audio for W-2231 before the 11:00? {{p:Hye-jin}} wants to hear the part about the fish plant
    :eyes: 2  ({{p:minsoo.park}}, {{p:hyejin.o}})
    3 replies
    {{p:minsoo.park}}  09:20
    on it. the file on {{u:Google Drive}} is still called {{r:kang_yongchol}}_2019_part2.m4a, should I rename it
    {{p:hyejin.o}}  09:22
    yes please. we said no names in file names after last year
    {{p:jiwon.bae}}  09:23
    rename to W-2231_p2 and log it in the sheet :pray:

{{p:hyejin.o}}  10:02
summary of W-2231 so far: {{r:Kang}} ({{r:Kang Yong-chol}}, b. 1981, {{u:Chongjin}}) worked 2016-2019 at a seafood plant near {{u:Hunchun}}, sent via {{u:Rason}}. {{r:Kang}} said the manager there was a Chinese man he calls Boss {{p:Liu}} and the Korean minder was {{p:Ri Hak-su}}. {{r:Yong-chol}} also names a co-worker, {{r:Bang Mi-suk}}, who cut the fish heads next to him for two years
    :white_check_mark: 1  ({{p:jiwon.bae}})
    :heart: 2  ({{p:sunhee.kim}}, {{p:Ha\u200bna}})

{{p:sunhee.kim}}  10:05
is {{r:Bang}} the one who is now in {{u:Incheon}}? I think {{p:Ji-won}} met her at the {{u:Hanawon}} graduation
    2 replies
    {{p:jiwon.bae}}  10:07
    different person. the {{u:Incheon}} one is {{p:Bang Mi-ok}}. {{r:Mi-suk}} is still in {{u:China}} as far as {{r:Kang}} knows
    {{p:Ha\u200bna}}  10:09
    sorry, that was me who mixed them up in the sheet, fixed now

{{p:dkang}}  10:31
heads up: the bang on the call yesterday was my neighbour's renovation, not the line. we can use the 10:00 recording
    :joy: 4  ({{p:hyejin.o}}, {{p:minsoo.park}}, {{p:sunhee.kim}}, {{p:jiwon.bae}})

{{p:hyejin.o}}  11:48
after the call: {{r:Kang}} confirms {{p:Ri Hak-su}} kept the passports in a biscuit tin. also new: a second minder from 2018, Comrade {{p:Pyon}}; {{r:Kang}} does not know the given name
    1 reply
    {{p:minsoo.park}}  11:52
    noted. also there is a ban on Korean staff leaving the plant on Sundays according to {{r:Kang}}, do we have that from anyone else?
        :thinking_face: 1  ({{p:dkang}})

{{p:dkang}}  12:10
@{{p:hyejin.o}} @{{p:sunhee.kim}} {{p:Choe Un-ju}} (W-1840) said the same about Sundays, different plant in {{u:Dalian}}. will link both in the database

{{p:jiwon.bae}}  14:30
{{u:Zoom}} link for Thursday with {{r:Kang}} and the interpreter, Mrs {{p:Yu}}... sorry, {{p:Yu Seon-hwa}}, is in the calendar. please do not paste it here
    :+1: 3  ({{p:Ha\u200bna}}, {{p:dkang}}, {{p:sunhee.kim}})

{{p:sunhee.kim}}  16:55
last thing: {{r:Kang}} asked if we can find out about {{r:Bang}}. I told him we cannot promise anything. {{p:Ji-won}}, can you ask Pastor {{p:Oh}} in {{u:Yanji}} quietly?
    {{p:jiwon.bae}}  17:02
    will do""",
    },
    {
        "id": "h37-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Kyong-hui", "유경희", "witness", ["Yu"]),
            ("O Chang-nam", "오창남", "supervisor", ["Oh Changnam"]),
        ],
        "note": "GitHub-style issue tracker for the NGO's testimony database; usernames with and without @, one that spells a surname (mo0n); witness Yu beside 'you'; minder O spelt O and Oh; North and South spellings Rim/Lim, Choe/Choi as duplicates; surnames discussed as search strings unmarked.",
        "text": """#412 · Witness search returns nothing for short surnames
Open · opened by {{p:bae-jiwon}} on 3 Apr 2024 · 7 comments
Labels: bug, search, data-quality · Assignees: {{p:dkang-dev}}, {{p:mo0n}}

{{p:bae-jiwon}} commented on 3 Apr
Searching the witness table for "Yu" returns no rows, but W-3310 is {{r:Yu Kyong-hui}} ({{r:유경희}}). Same for "O": W-3311 mentions her minder {{r:O Chang-nam}} eleven times and the search finds none of them. If you search "Oh" you get {{r:Oh Changnam}} from the 2019 import, which is the same man.

Steps: log in as caseworker, Witnesses > Search, type the surname, press Enter.
Expected: W-3310, W-3311.

{{p:dkang-dev}} commented on 3 Apr
Confirmed. Anything under two characters is dropped by the search box. Also the import turned {{r:O Chang-nam}} into two people. @{{p:mo0n}} can you check the merge script?

{{p:mo0n}} commented on 4 Apr
Looking. There are more like this in the 2019 import:
- W-2207 {{p:Rim Son-ae}} and W-2514 {{p:Lim Sun-ae}}, same birth date, same village in {{u:Ryanggang}}
- W-1102 {{p:Choe Kwang-il}} and W-3002 {{p:Choi Kwang-il}}, one from the {{u:Busan}} office, one from {{u:Seoul}}
- W-0987 {{p:Ri Chun-hwa}} / W-0988 {{p:Lee Chun-hwa}} / W-1450 {{p:Yi Chunhwa}}
Do you want me to merge them or flag them?

{{p:bae-jiwon}} commented on 4 Apr
Flag, do not merge. {{p:Choe Kwang-il}} and {{p:Choi Kwang-il}} might be father and son, ask {{p:sunhee-k}}. And please do not put names in issue titles.

{{p:sunhee-k}} commented on 5 Apr
{{p:Choi Kwang-il}} (W-3002) is the son; his father {{p:Choe Kwang-il}} (W-1102) was in {{u:Kuwait}} in the 2000s. Different people. W-0987, W-0988 and W-1450 are one woman, {{p:Chun-hwa}}. Her daughter {{p:Ri Ok-rim}} is W-1451.
Also: when you test, please do not use real records. Use the fixtures (Test Person A etc.).

{{p:dkang-dev}} commented on 6 Apr
Opened #419 for the merge flags. For the short-surname search, the fix is in #420. @{{p:bae-jiwon}} can you review?
Note for the changelog: W-3310 {{r:Yu}} was also missing from the export to the {{u:Ministry of Unification}} template because the column was empty. Did you mean to send it to them?

{{p:bae-jiwon}} commented on 6 Apr
No, nothing goes to the ministry without {{r:Kyong-hui}}'s consent. Thank you, you two. {{p:mo0n}}, can you also check W-3312? It is {{r:Kyong-hui}}'s sister, {{p:Yu Kyong-ok}}, and she is listed as "{{p:YU K.O.}}".

{{p:mo0n}} commented on 7 Apr
Fixed W-3312. Closing when #420 is merged.
{{p:dkang-dev}} linked a pull request that will close this issue: #420 Allow one- and two-letter surname search""",
    },
    {
        "id": "h37-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Jin-hyok", "최진혁", "witness", ["Choi Jin-hyuk", "Jin-hyok"]),
            ("Choe Song-nam", "최성남", "relative", ["Song-nam"]),
        ],
        "note": "Family tree described in prose across four generations; Choe/Choi and Ri/Yi/Lee spellings of the same people; zainichi grandmother with Japanese name; Chinese-Korean cousin with Hanzi; surname Han beside the Han river; ships and towns public.",
        "text": """THE {{p:CHOE}} FAMILY OF {{u:KILJU}}: notes for the family tree (prepared with the witness, {{u:Seoul}}, 2022)

First generation. The oldest person anyone remembers is {{p:Choe Tae-sik}} (about 1901-1950), who farmed near {{u:Kilju}} in {{u:North Hamgyong}}. His wife was {{p:Kim Pok-sun}}. {{p:Tae-sik}} died in the war; {{p:Pok-sun}} lived until 1972. They had three sons. The eldest, {{p:Choe Man-sok}}, crossed into {{u:Yanbian}} in 1946 and stayed; the second, {{p:Choe Man-gil}}, is the witness's grandfather; the youngest, {{p:Man-su}}, died as a child.

Second generation. {{p:Choe Man-gil}} (1928-1996) married {{p:Ri Ok-hwa}} (1931-2009) in 1961. {{p:Ok-hwa}} was born in {{u:Osaka}} as {{p:Kaneda Hanako}} and came to the North in 1960 on a repatriation ship from {{u:Niigata}}; her brother {{p:Ri Ok-chol}} stayed in {{u:Japan}} and wrote to her through {{u:Chongryon}} until the letters stopped. In the South the family's cousins write her name {{p:Yi Ok-hwa}}. In {{u:Yanbian}}, {{p:Man-sok}}'s line became the {{p:Cui}} family: his granddaughter {{p:Cui Xiaomei}} ({{p:崔晓梅}}) runs a shop in {{u:Yanji}} and is the only relative the witness can telephone.

Third generation. {{p:Man-gil}} and {{p:Ok-hwa}} had two children. The son, {{r:Choe Song-nam}} (born 1955), is the witness's father. {{r:Song-nam}} was sent to a construction project in {{u:Libya}} from 1984 to 1987 and came back, the family says, with a radio and a cough. He married {{p:Han Mi-ja}}, from a fishing family on the east coast; {{p:Mi-ja}} died in 1998. The daughter, {{p:Choe Song-ok}}, married a railway worker, {{p:Pak Il-bong}}, and lives in {{u:Hamhung}}. {{r:Song-nam}} is believed to be alive and living with {{p:Song-ok}}.

Fourth generation. {{r:Choe Jin-hyok}} (born 1982), the witness, now writes his name {{r:Choi Jin-hyuk}}. Like his father he was sent abroad: to logging and then construction in {{u:Russia}}, 2008 to 2014, in {{u:Tynda}} and {{u:Khabarovsk}}. He left his brigade in 2014 and reached {{u:Seoul}} in 2015. His sister {{p:Choe Jin-ok}} is in {{u:Hamhung}} near their aunt; his younger brother {{p:Jin-ho}} was conscripted in 2005 and has not been heard of since 2016. {{r:Jin-hyok}} married {{p:Han Ye-rin}} in {{u:Seoul}} in 2019; they live in a flat with a view of the {{u:Han}}, and their son, {{p:Choi Ha-jun}}, was born in 2020. {{p:Ha-jun}} is named after nobody, {{r:Jin-hyok}} says, on purpose.

Open questions for the tree
- Whether {{p:Kaneda Hanako}}'s brother {{p:Ri Ok-chol}} had children in {{u:Japan}}; {{p:Ye-rin}} has written to the {{u:Japanese Red Cross Society}}.
- Whether {{p:Pak Il-bong}} is the same man as the {{p:Pak Il-bong}} in the 1990s railway accident list.
- The name of {{p:Han Mi-ja}}'s father: the witness remembers only "Grandfather {{p:Han}} from the boats".""",
    },
    {
        "id": "h37-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Chang-su", "림창수", "witness", ["Lim Chang-soo", "Chang-su", "Bear"]),
        ],
        "note": "Obituary of a fictional former logger; name in capitals at the very start; North and South spellings Rim/Lim; nickname Bear beside a real bear in the camp; Uncle Bong with the title outside; survivors listed with commas; Toronto hospital and Russian regions public.",
        "text": """{{r:RIM CHANG-SU}}
1951 - 2023

{{r:Rim Chang-su}}, known in {{u:Toronto}} for twenty years as {{r:Lim Chang-soo}} of the corner bakery on {{u:Bloor Street}}, died on 4 November 2023 at {{u:Sunnybrook Health Sciences Centre}} after a short illness. He was 72.

{{r:Chang-su}} was born in {{u:Tanchon}}, {{u:South Hamgyong}}, the fourth of six children of {{p:Rim Pong-hak}} and {{p:Kim Chun-ok}}. In 1979 he was sent to the logging camps of {{u:Amur Oblast}}, near {{u:Tynda}}, where he spent eleven winters. A bear once walked into the camp kitchen, and {{r:Chang-su}}, who was cooking, threw a pot of soup at it; his brigade called him {{r:Bear}} from that day, and so, much later, did his customers. He left the camp in 1994, lived for years without papers in {{u:Khabarovsk}} and {{u:Vladivostok}}, reached {{u:Seoul}} in 2001 and {{u:Canada}} in 2003.

He was predeceased by his first wife, {{p:Kim Sun-ae}}, who remained in {{u:Tanchon}}, and by his brothers {{p:Chang-ho}} and {{p:Chang-gil}}. He is survived by his wife of eighteen years, {{p:Grace Lim}} (née {{p:Park Eun-jung}}); by his children {{p:Daniel}} ({{p:Mina}}) and {{p:Hannah}} ({{p:Marcus}}); by his grandchildren {{p:Noah}}, {{p:Chloe}} and {{p:Ethan}}; by his sister {{p:Rim Chang-hui}}, with whom he was reunited by telephone in 2019; and by his friend from the camps, {{p:Bong Man-su}}, whom the grandchildren know as Uncle {{p:Bong}}.

{{r:Bear}} never talked much about {{u:Russia}}. He talked about bread. He gave day-old loaves to the shelter on {{u:Dundas Street}} and let students pay later. {{p:Grace}} says he kept a notebook of everyone who owed him money and never once looked at it.

Visitation Thursday 9 November, 5-8 p.m., at the Lee and Sons Funeral Home. Service Friday 10 November, 11 a.m., at Saeron Korean Church, Pastor {{p:Daniel Yoo}} officiating, followed by burial at {{u:Pine Hills Cemetery}}. In lieu of flowers the family asks for donations to the North Korean Newcomers Fund.

"Appa, the oven is still warm." {{p:Hannah Lim}}""",
    },
    {
        "id": "h37-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("So Yong-min", "소영민", "witness", ["SO YONG MIN", "Yong-min"]),
            ("Rim Kwang-il", "림광일", "supervisor", ["RIM KWANG IL"]),
        ],
        "note": "Ship's crew change e-mail chain with quoted replies and signature blocks; crew lists in capitals; seaman surname SO beside 'SO PLEASE'; e-mail local parts made of names; real ship and ports public, the managed vessel invented and unmarked; a name wrapped at its hyphen in a quoted line.",
        "text": """From: {{p:Igor Semenov}} <{{p:i.semenov}}@pacrim-agency.ru>
Sent: Tuesday, 12 March 2019 16:40
To: {{p:Lena Park}} <{{p:lena.park}}@seaview-mgmt.com>
Cc: ops@pacrim-agency.ru; Capt. {{r:Rim Kwang-il}} <master.bluecrest@seaview-mgmt.com>
Subject: RE: RE: MV Blue Crest - crew change {{u:Nakhodka}} 15/03

Dear {{p:Lena}},

Port control in {{u:Nakhodka}} has asked for the full crew list again, with passport numbers. Since the {{u:Wise Honest}} case they check every vessel with a {{u:DPRK}} crew twice. SO PLEASE send the corrected list today, not tomorrow.

Also: the off-signer {{r:SO YONG MIN}} is not on the visa list from {{u:Vladivostok}}. Without it he cannot go ashore and cannot take the train to {{u:Tumangang}}. Please confirm with the Master.

Best regards,
{{p:Igor Semenov}}
Crew Manager | Pacific Rim Agency LLC
{{u:Nakhodka}}, {{u:Russian Federation}}
Mob. +7 914 xxx xx xx

-----Original Message-----
From: {{p:Lena Park}} <{{p:lena.park}}@seaview-mgmt.com>
Sent: Tuesday, 12 March 2019 11:05
To: {{p:Igor Semenov}} <{{p:i.semenov}}@pacrim-agency.ru>
Subject: RE: MV Blue Crest - crew change {{u:Nakhodka}} 15/03

Hi {{p:Igor}},

Corrected list below. The Master says the AB is {{p:KO MYONG CHOL}}, not {{p:KO MYONG CHIL}} as in the first list. The vessel is under the flag of {{u:Sierra Leone}}; the flag registry has the same list.

OFF-SIGNERS
1. {{r:RIM KWANG IL}}  MASTER
2. {{p:JO CHOL HO}}  C/O
3. {{r:SO YONG MIN}}  OS
4. {{p:PAK UN SONG}}  OILER

ON-SIGNERS
1. {{p:KANG SONG GIL}}  MASTER
2. {{p:KO MYONG CHOL}}  AB
3. {{p:YU CHANG SU}}  OS

Regards,
{{p:Lena Park}}
Crewing Coordinator, Seaview Ship Management
{{u:Busan}} | {{p:lena.park}}@seaview-mgmt.com

On 11 Mar 2019, at 20:12, Capt. {{r:Rim Kwang-il}} wrote:
{{p:Lena}}, agent. OS {{r:So Yong-
min}} sick since 2 March, fever, cannot stand watch. Request he sign off at {{u:Nakhodka}} and see doctor. Chief officer {{p:Jo}} agrees. Oiler {{p:Pak}} finishes contract. Relief Master {{p:Kang}} to join from {{u:Nampo}} via {{u:Vladivostok}}.
Master, MV Blue Crest
{{r:RIM K.I.}}

-----Original Message-----
From: {{p:Igor Semenov}}
Sent: Monday, 11 March 2019 09:00
Subject: MV Blue Crest - crew change {{u:Nakhodka}} 15/03

Dear all, the vessel is expected at {{u:Vostochny}} anchorage on 14/03 and alongside in {{u:Nakhodka}} on 15/03. Please send crew lists in the {{u:IMO}} FAL Form 5 format.
{{p:I. Semenov}}

---
NGO note (2021): the OS is our witness {{r:Yong-min}}. He says he was never seen by a doctor in {{u:Nakhodka}}; the Master, {{r:Rim}}, kept him on board until the ship sailed and he was flown home from {{u:Vladivostok}} on {{u:Air Koryo}}. {{r:Yong-min}} left the {{u:DPRK}} again in 2020.""",
    },
    {
        "id": "h37-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-chol", "리광철", "witness", ["Kwang-chol"]),
            ("Ri Kwang-hui", "리광희", "relative", []),
        ],
        "note": "Parliamentary written question and answer plus an oral supplementary; fictional MPs and a fictional minister (private); constituency invented and unmarked; titles Mr/Mrs/Minister outside; Security Council resolution and UK departments public; New Malden and Moscow public.",
        "text": """Written questions and answers

{{u:North Korea}}: Forced Labour
Question for {{u:Foreign, Commonwealth and Development Office}}
UIN 18342, tabled on 5 March 2024

Asked by {{p:Fiona Calder}} (Eastfield and Carrbridge)

To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what assessment his Department has made of the number of nationals of the {{u:Democratic People's Republic of Korea}} working in the construction sector in {{u:Russia}} in breach of {{u:UN Security Council}} resolution 2397; and whether he will make representations on behalf of Mr {{r:Ri Kwang-chol}}, the brother of my constituent Mrs {{r:Ri Kwang-hui}}, who has had no word from him since he was sent to a building site in {{u:Moscow}} in 2019.

Answered on 14 March 2024 by {{p:Andrew Pennington}}, Minister of State

The Government remains deeply concerned by credible reports that workers from the {{u:DPRK}} continue to be employed in {{u:Russia}}, and elsewhere, in breach of resolution 2397, which required their repatriation by December 2019. We raise this with international partners and at the {{u:United Nations}}.

I am grateful to the Hon. Member for raising the case of Mr {{r:Ri}}. Officials will write to her. As Mr {{r:Ri Kwang-chol}} is not a British national, our ability to assist him directly is limited; our Embassy in {{u:Moscow}} can, however, pass information to the relevant authorities where the family consents. I would be happy to meet the Hon. Member and Mrs {{r:Ri}}.

Oral supplementary, 21 March 2024 (extract)

{{p:Fiona Calder}}: I thank the Minister for his answer. My constituent, Mrs {{r:Ri Kwang-hui}}, who lives in {{u:New Malden}}, last heard from her brother {{r:Kwang-chol}} through a Chinese businessman, a Mr {{p:Zhou}}, who saw him at a site outside {{u:Moscow}} with a man from the brigade called {{p:Kim Song-guk}}. Mr {{p:Zhou}} has since stopped answering. Will the Minister ask our Embassy to make inquiries about the site, and will he meet {{r:Kwang-hui}} and me before Easter?

{{p:Andrew Pennington}}: I will certainly meet the Hon. Lady and Mrs {{r:Ri}}. I cannot comment on individual cases on the Floor of the House, but I will ask officials to look carefully at the information she has given.

{{p:Gareth Mwangi}} (Northbrook West): Does the Minister agree that the wages of men like Mr {{r:Ri}} are sent straight back to {{u:Pyongyang}}, and will he work with the {{u:International Labour Organization}} on this?

{{p:Andrew Pennington}}: My hon. Friend is right that such revenues fund the regime's weapons programmes. We work closely with the {{u:ILO}}.

Note for the file (caseworker {{p:Jenny Osei}}, office of {{p:Fiona Calder}}): meeting with Minister {{p:Pennington}} set for 11 April. Mrs {{r:Ri}} will bring the photograph of {{r:Kwang-chol}} with {{p:Kim Song-guk}}. Interpreter: Mr {{p:Yoon Dae-ho}} from the community centre, if {{p:Dae-ho}} is free.""",
    },
    {
        "id": "h37-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Sun-ok", "강순옥", "witness", ["Kang"]),
            ("Hwang Bo-ra", "황보라", "coworker", ["Bo-ra"]),
        ],
        "note": "University thesis footnote list: pseudonymous interviewees, fictional authors cited as 'Surname, Initial' and 'Surname Year'; Ibid. and op. cit.; author surname Song in a citation beside a song title; et al.; real universities, UN bodies and NGOs public.",
        "text": """Notes to Chapter 4: "The plan and the envelope"

1. Interview with "{{r:Kang}}" (pseudonym; b. 1976, {{u:Hyesan}}), {{u:Seoul}}, 14 March 2019. All interviewees are identified by pseudonyms chosen by themselves; see Appendix B.
2. Ibid.
3. Interview with {{r:Hwang Bo-ra}} (pseudonym; b. 1984, {{u:Kaesong}}), {{u:Seoul}}, 2 April 2019. {{r:Bo-ra}} worked beside {{r:Kang}} in the same fish plant for fourteen months.
4. {{p:Mendes, C.}} (2017), "Remittance Regimes: North Korean Labour in {{u:Angola}} and {{u:Qatar}}", Journal of Migration Studies 12(3): 41-67, at 44.
5. {{p:Mendes}} 2017: 52; compare {{p:Park, J.}} and {{p:Lee, S.-H.}} (2020), who give a much lower figure.
6. {{u:UN Panel of Experts}} on the {{u:DPRK}}, final report, S/2019/171, paras. 150-156.
7. Interview with {{r:Kang}}, above n. 1. {{r:Kang Sun-ok}} is the only interviewee who kept her own pay slips.
8. {{p:Song, H.}} (2018), Sending Labour Abroad, {{u:Seoul National University}} Press, 88. The title of ch. 3 comes from the song that workers in {{u:Doha}} were made to sing on pay day.
9. {{p:Song}} 2018: 90-91.
10. {{u:International Labour Organization}} (2012), {{u:ILO}} Indicators of Forced Labour, {{u:Geneva}}.
11. {{p:Okonkwo, A. N.}} (2015), unpublished MA thesis, {{u:SOAS University of London}}.
12. Interview with "Teacher {{p:Pyo}}" (pseudonym; b. 1962), {{u:Seoul}}, 30 May 2019. {{p:Pyo}} recruited workers for {{u:Kuwait}} in the 1990s.
13. {{p:Mendes}}, op. cit., 60; {{p:Hwang, D.}} (2021) disagrees.
14. {{u:Citizens' Alliance for North Korean Human Rights}} (2016), report on overseas workers, {{u:Seoul}}.
15. {{p:Kim, E.-J.}}, {{p:Moon, T.}} and {{p:Ban, S.}} (2019), "Wage withholding as a system", Korea Labour Review 7: 2-19. {{p:Moon}} et al. (2019) is cited below as KMB.
16. Interview with "Auntie {{p:O}}" (pseudonym; b. 1958), {{u:Incheon}}, 8 June 2019. She chose O because it was the shortest name she could think of.
17. Ibid. {{p:O}} had seen {{r:Kang}}'s brigade leader, a man called {{p:Jang}}, at the port in {{u:Rason}}.
18. {{r:Hwang}}, above n. 3; {{r:Bo-ra}} adds that {{p:Jang}}'s deputy was called {{p:Mo}}.
19. I thank my supervisor, Dr {{p:Helen Marchetti}}, and {{p:Yoon-seo}} for help with transcription. All errors are mine.
20. {{p:Seo}} 2020 is unavailable; I rely on the summary in {{p:Mendes}} 2017: 49 n. 12.""",
    },
    {
        "id": "h37-en-13",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Sun-hee", "김선희", "other", ["kim_sunhee88", "Sunhee Kim"]),
            ("Goggles", "고글", "coworker", []),
        ],
        "note": "Telegram group export with a bot's automatic join, leave, mute and captcha messages; display names with emoji, fullwidth capitals with an ideographic space, a zero-width space inside a name, all-caps and lower-case handles; usernames labelled without @; bot names unmarked; nicknames Bear and Goggles as people.",
        "text": """Tumen Helpers - exported chat history, 2 May 2023 (UTC+9)

[02.05.23 08:01] GateKeeperBot: 👋 Welcome, {{r:Sunhee Kim}} (@{{r:kim_sunhee88}})! Press "I am human" within 2 minutes.
[02.05.23 08:01] GateKeeperBot: ✅ {{r:Sunhee Kim}} passed the check.
[02.05.23 08:03] {{r:Sunhee Kim}}: hello everyone, {{p:Mi-rae}} sent me, I volunteer on Saturdays
[02.05.23 08:04] {{p:Mi-rae}} 🌸: welcome {{r:Sunhee}}!! 🙌
[02.05.23 08:15] GateKeeperBot: 👋 Welcome, 🐻 {{p:Bear}} (@{{p:bear_in_seoul}})! Press "I am human" within 2 minutes.
[02.05.23 08:15] GateKeeperBot: ✅ 🐻 {{p:Bear}} passed the check.
[02.05.23 08:16] 🐻 {{p:Bear}}: hi. {{p:Mi-rae}} also sent me lol
[02.05.23 08:40] GateKeeperBot: 👋 Welcome, {{p:ＫＩＭ　ＪＵＮＧ}} (@{{p:kj_trade_2023}})! Press "I am human" within 2 minutes.
[02.05.23 08:42] GateKeeperBot: ❌ {{p:ＫＩＭ　ＪＵＮＧ}} did not pass the check and was removed.
[02.05.23 08:44] {{p:Ha-eun}} (admin): that one again. third account this week
[02.05.23 09:02] GateKeeperBot: 👋 Welcome, {{p:Do\u200bhyun}} (@{{p:dohyun_p}})!
[02.05.23 09:02] GateKeeperBot: ✅ {{p:Do\u200bhyun}} passed the check.
[02.05.23 09:05] {{p:Do\u200bhyun}}: hi, I do translation, Korean-Russian. {{p:Ha-eun}} knows me
[02.05.23 09:06] {{p:Ha-eun}} (admin): yes, {{p:Dohyun}} is ok, he helped with the {{u:Khabarovsk}} case
[02.05.23 09:40] GateKeeperBot: 🚪 {{r:Goggles}} left the group.
[02.05.23 09:41] 🐻 {{p:Bear}}: was {{r:Goggles}} the guy from the shipyard?
[02.05.23 09:43] {{p:Ha-eun}} (admin): yes. he said he would come back with a new number. if anyone gets a message from "{{r:Goggles}}" asking for names, tell me first
[02.05.23 10:10] GateKeeperBot: 👋 Welcome, {{p:PARK MYONG SOO}} (@{{p:pms1979}})!
[02.05.23 10:10] GateKeeperBot: ⏳ {{p:PARK MYONG SOO}} has 2 minutes to pass the check.
[02.05.23 10:12] GateKeeperBot: ✅ {{p:PARK MYONG SOO}} passed the check.
[02.05.23 10:14] {{p:PARK MYONG SOO}}: I was in {{u:Vladivostok}} 2016-2018 with a brigade. {{r:Goggles}} was our welder, if it is the same {{r:Goggles}}, he wore them all day
[02.05.23 10:20] GateKeeperBot: ⚠️ {{p:song.ji.a}} was muted for 24h by admin {{p:Ha-eun}} (reason: posting phone numbers).
[02.05.23 10:21] {{p:Ha-eun}} (admin): sorry {{p:Ji-a}}, rule 3. no phone numbers in the group, send them to me
[02.05.23 11:30] GateKeeperBot: 📌 {{p:Ha-eun}} pinned a message: "Saturday meeting: {{u:Ansan}} station exit 2, ask for {{r:Sunhee}} or {{p:Mi-rae}}"
[02.05.23 12:02] GateKeeperBot: 🚪 {{p:ＫＩＭ　ＪＵＮＧ}} (@{{p:kj_trade_2024}}) was banned by admin {{p:Ha-eun}}.
[02.05.23 12:03] {{r:Sunhee Kim}}: what does he want?
[02.05.23 12:05] {{p:Ha-eun}} (admin): recruiting. "good job in {{u:Russia}}, passport kept safe". the usual
[02.05.23 13:15] GateKeeperBot: 🚪 {{p:Bear}} left the group.
[02.05.23 13:16] GateKeeperBot: 👋 Welcome back, 🐻 {{p:Bear}} (@{{p:bear_in_seoul}})! (rejoined via invite link from {{p:Mi-rae}} 🌸)
[02.05.23 13:16] 🐻 {{p:Bear}}: sorry wrong button 😅
[02.05.23 23:59] GateKeeperBot: 📊 Daily summary: 6 joined, 2 left, 1 banned, 1 muted. Most active: {{p:Ha-eun}}, 🐻 {{p:Bear}}, {{r:Sunhee Kim}}. Group hosted on {{u:Telegram}}.""",
    },
    {
        "id": "h37-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-su", "김철수", "witness", ["Kirn Chol-su", "Chol-su"]),
            ("O Yong-nam", "오영남", "supervisor", ["0 Yong-nam"]),
            ("Ri Kwang-chol", "리광철", "coworker", ["Kwang-chol"]),
        ],
        "note": "Unedited OCR output of a 2009 field report: rn for m (Kirn, Rirn, rnanager), 0 for O (0 Yong-nam, Ch0e, Vladivost0k), l for I (ll-nam, Kirn ll Sung); a given name wrapped at its hyphen; all labelled as they stand, including the damaged public names.",
        "text": """NORTH KOREAN WORKERS IN THE RUSSIAN FAR EAST: FIELD N0TES (2009)
[scanned copy, OCR output, not corrected]

p. 7

We met {{r:Kirn Chol-su}} in a cafe near the railway station in {{u:Khabar0vsk}}. {{r:Kirn}} is 41 and has worked in {{u:Russia}} since 2003, first in logging near {{u:Tyrnda}} and since 2007 on building sites in the city. His brigade of 22 rnen is lead by {{r:0 Yong-nam}}, whom {{r:Chol-su}} describes as "not the worst". {{r:0}} takes the passports on arrival and keeps thern in a locked bag.

{{r:Chol-su}} says the rnonthly plan is 700 dollars per man, paid to {{r:0 Yong-nam}} by the Russian contractor, a Mr {{p:Sidorenko}}. Workers who do not meet the plan are sent to extra night work. His friend {{r:Ri Kwang-
chol}} has been on night work for three rnonths. {{r:Kwang-chol}} did not want to meet us.

p. 8

Other names given by {{r:Kirn}}: {{p:Pak ll-nam}} (welder, from {{u:Sariw0n}}), {{p:Ch0e Un-ha}} (cook), {{p:Rirn Hyon-ok}} (the only woman, who keeps the accounts for {{r:0}}), and a young man called {{p:Sang-rnin}}, surname unknown. {{p:Pak ll-narn}} was injured in May when a scaffold collapsed; the rnanager sent him to a private clinic and deducted the cost. {{p:Ch0e}} cooks for all 22 and sleeps in the kitchen.

Portraits of {{u:Kirn ll Sung}} and {{u:Kirn Jong ll}} hang in the brigade's room. {{r:Kirn Chol-su}} says {{r:0 Yong-narn}} inspects thern for dust every Sunday.

p. 9

Contact in {{u:Vladivost0k}}: {{p:Natasha Lebedeva}}, who rents flats to the brigades and knows {{r:0}} well. {{p:Lebedeva}} says {{r:0 Yong-nam}} once asked her to hide {{p:Sang-rnin}} frorn the police. She did not.

Second interview, 14 Sept., with {{r:Chol-su}} and {{p:Rirn Hyon-ok}}. {{p:Hyon-ok}} confirms the plan figure and adds that 15% goes to the "Party fund" before {{u:Kirn Jong ll}}'s birthday. She asks that her narne not appear anywhere. {{p:Rim}} is her real surname; in the list for the contractor she is "{{p:RIRN H.O.}}" because of a typing rnistake the contractor never fixed.

Note by {{p:J. Whitfield}}: the rnen were paid in cash in a canteen in the {{u:Krasnaya Rechka}} district. {{r:Kirn}} asked us for nothing except a telephone card.""",
    },
    {
        "id": "h37-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kwon Myong-chol", "권명철", "witness", ["MYONG-CHOL", "Myong-chol"]),
            ("Bang Tae-ho", "방태호", "supervisor", ["BANG"]),
        ],
        "note": "Radio drama script: character names as capitalised speaker labels; FOREMAN BANG with the title outside beside SFX 'a bang'; MOON as a character and the moon in stage directions; SONG as a character beside a song cue; cast list of fictional actors; adaptation credit naming the witness.",
        "text": """TUMEN LIGHTS
Episode 3: "Night Shift"
A radio drama in six parts. Adapted from the testimony of {{r:Kwon Myong-chol}}, with his permission.

CAST
{{r:MYONG-CHOL}}, a welder, 30s ........ {{p:Jae Hwang}}
FOREMAN {{r:BANG}}, the brigade leader ........ {{p:Peter Sung}}
{{p:SONG}}, an old plasterer ........ {{p:Richard Oh}}
{{p:MOON}}, the cook, a woman of 50 ........ {{p:Grace Ahn}}
{{p:LARISA}}, a Russian site manager ........ {{p:Olga Brandt}}
NARRATOR ........ {{p:Anne Kim}}

SCENE 1. A half-built tower in {{u:Vladivostok}}. Night. Wind. The moon behind cloud.

NARRATOR: Spring 2017. The concrete must be poured before morning, or FOREMAN {{r:Bang}} will lose his bonus.
SFX: a steel pipe falls. A bang, echoing.
FOREMAN {{r:BANG}}: Who dropped that? {{r:Myong-chol}}!
{{r:MYONG-CHOL}}: Not me, Comrade {{r:Bang}}. It was the wind.
FOREMAN {{r:BANG}}: The wind does not have hands. {{p:Song}}! Where is {{p:Song}}?
{{p:SONG}}: (far off, coughing) Here, here. Old legs.
MUSIC: a song from home, hummed, under.

SCENE 2. The container kitchen. A kettle.

{{p:MOON}}: Eat, {{r:Myong-chol}}. You are all bones.
{{r:MYONG-CHOL}}: Auntie {{p:Moon}}, did you see the moon tonight? Same moon as {{u:Chongjin}}.
{{p:MOON}}: Same moon. Different rice.
(Door opens. Wind.)
{{p:LARISA}}: (in Russian, then broken Korean) Where is foreman? Where {{r:Bang}}?
{{p:MOON}}: Asleep, Madam {{p:Larisa}}.
{{p:LARISA}}: Tell {{r:Bang}}: police tomorrow. Inspection. Workers with no visa, stay inside. Understand, {{r:Myong-chol}}?

SCENE 3. Roof. Dawn.

{{r:MYONG-CHOL}}: (low) {{p:Song}}, if they check the papers...
{{p:SONG}}: Then they check. I am sixty-one, {{r:Myong-chol}}. Where would I run? To {{u:Seoul}}? On these legs?
FOREMAN {{r:BANG}}: (approaching) What are you two whispering? Back to work. Bang those nails in, {{p:Song}}, not your gums.
NARRATOR: Three weeks later, {{r:Myong-chol}} was gone. FOREMAN {{r:Bang Tae-ho}} told the brigade he had been sent home sick.

END OF EPISODE 3

Producer's note: {{r:Myong-chol}} asked that {{p:Song}} and {{p:Moon}} keep their real surnames, "because nobody will believe they were real people anyway". Recorded at our own studio in {{u:Seoul}}; sound engineer {{p:Lukas Berg}}.""",
    },
    {
        "id": "h37-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chong Han-gyol", "정한결", "other", ["한결"]),
            ("Kim Yo-sep", "김요셉", "witness", ["요셉", "김영수"]),
            ("Ma Kum-nyo", "마금녀", "coworker", ["곰"]),
        ],
        "note": "Korean sermon transcript naming congregants; pastor's given name 한결 beside the adverb 한결같이; congregant 요셉 beside the biblical Joseph (public); nickname 곰 for a woman beside the animal; titles 집사/권사/성도/목사 outside; particles and 이 suffix outside; dialect quotes; Sakhalin and Kholmsk.",
        "text": """[녹취] 새빛교회 주일 오후 예배 설교 — 2023년 11월 12일
설교: {{r:정한결}} 목사 / 녹취: {{p:윤다은}} 간사 / 본문: 창세기 37장, 50장

(앞부분 광고 생략)

오늘은 {{u:요셉}} 이야기를 하려고 합니다. 형들 손에 팔려서 낯선 나라로 끌려간 {{u:요셉}}, 그 {{u:요셉}}이 {{u:이집트}}에서 종살이를 했지요. 그런데 우리 교회에도 {{r:요셉}}이가 있습니다. (웃음) {{r:김요셉}} 형제, 손 한번 들어 보세요. 네, 우리 {{r:요셉}} 형제는 세례받을 때 그 이름을 스스로 골랐습니다. 원래 이름은 {{r:김영수}}였지요. 왜 {{u:요셉}}이냐고 물었더니, "목사님, 저도 팔려 갔었습니다" 하더군요.

{{r:요셉}} 형제는 2014년에 {{u:사할린}}으로 갔습니다. {{u:홀름스크}} 항구 옆 수산물 가공 공장에서 3년을 일했어요. 월급은 {{p:박}} 반장이라는 사람이 다 가져갔고, 명절에 한 번 "충성의 선물"이라고 사탕 한 봉지 받은 게 전부였답니다. 그때 같은 조에서 생선 배를 따던 아주머니가 {{r:마금녀}} 집사님입니다. 오늘도 저기 뒤에 앉아 계시네요. 공장에서는 다들 {{r:마}} 집사님을 {{r:곰}}이라고 불렀답니다. 곰처럼 미련하다고가 아니라, 겨울에 얼음 깨는 일을 혼자 다 해서요. {{r:곰}} 아주머니가 없었으면 {{r:요셉}}이는 그 겨울을 못 넘겼을 거라고 합니다.

성경의 {{u:요셉}}은 나중에 형들을 만나서 이렇게 말합니다. "당신들은 나를 해하려 하였으나 하나님은 그것을 선으로 바꾸사." 저는 이 말씀을 읽을 때마다 우리 성도들 얼굴이 떠오릅니다. {{p:한순옥}} 권사님은 {{u:쿠웨이트}} 건설 현장에서 남편 {{p:오광일}} 씨를 잃으셨고, {{p:순옥}} 권사님 아드님 {{p:오진}}이는 지금 {{u:청진}}에 있습니다. {{p:진}}이 소식을 기다린 지 6년째입니다. 지난주에 {{p:한}} 권사님이 저한테 "목사님, 우리 {{p:진}}이가 살아 있기만 하면 됩니다" 그러셨어요.

또 {{p:도현철}} 성도님 계시지요. {{p:현철}}이 형님은 {{u:러시아}} {{u:하바롭스크}}에서 벌목하다가 손가락 세 개를 잃으셨습니다. 그래도 주일마다 제일 먼저 와서 의자를 폅니다. 제가 "{{p:도}} 성도님, 좀 쉬세요" 하면 "목사님, 이거라도 해야 됩니다" 하시지요. 할 도리를 다 하신다는 겁니다.

여러분, 우리 하나님은 한결같으신 분입니다. 저는 이름이 {{r:한결}}이라서 어릴 때부터 그 말씀이 부끄러웠습니다. 제가 한결같지 못하거든요. (웃음) 그런데 {{r:마금녀}} 집사님, {{r:김요셉}} 형제, {{p:한순옥}} 권사님, {{p:도현철}} 성도님을 보면서 배웁니다. 한결같다는 건 팔려 간 자리에서도 사람으로 사는 것이라는 걸요.

기도 부탁이 있습니다. {{u:사할린}}에 아직 남아 있는 {{r:금녀}} 집사님의 동생 {{p:마금순}} 씨, 그리고 {{r:요셉}} 형제와 같이 일하던 {{p:리철웅}}, {{p:최명길}}, {{p:안성호}} 형제들을 위해 기도해 주십시오. {{p:안성호}} 형제는 지난달 {{u:블라디보스토크}}에서 연락이 끊겼다고 합니다.

(통성기도. 이후 {{p:윤다은}} 간사 광고: 다음 주 점심 봉사는 {{p:여순애}} 집사 조, 차량 봉사는 {{p:방우진}} 형제)""",
    },
    {
        "id": "h37-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ryu Chang-hun", "류창훈", "other", ["창훈", "류 사장"]),
            ("Ko Mi-yong", "고미영", "witness", ["미영"]),
            ("Sok Tae-jin", "석태진", "official", []),
        ],
        "note": "South Korean police interview record (피의자신문조서 style) with 문/답; 피의자 broker and 참고인 witness; investigator 경위 with rank outside; 류/유 spelling of one surname; nickname 여우 beside the word 여우비; bare surnames with 씨, 사장, 실장; real police agencies and the NIS public.",
        "text": """피 의 자 신 문 조 서 (요약본, 내부 검토용)

피의자: {{r:류창훈}} ({{r:柳昌勳}}, 1971년생, {{u:중국}} 국적 조선족, 무직)
사건: 직업안정법 위반 및 사기 등
조사 일시: 2022. 9. 27. 14:10 ~ 17:45
조사 장소: {{u:서울경찰청}} 안보수사과 조사실
조사자: 경위 {{r:석태진}} / 참여: 경사 {{p:문지호}}
통역: 없음 (피의자 한국어 가능)

문: 피의자는 {{r:고미영}}을 아는가요.
답: 예, 압니다. {{u:단둥}}에서 식당 일 할 때 봤습니다. 그때는 {{r:미영}}이가 종업원이었고 저는 물건 대주는 사람이었습니다.

문: {{r:고미영}}에게 "{{u:한국}} 가면 일자리를 주겠다"며 돈을 받은 사실이 있지요.
답: 돈은 받았는데 제가 가진 게 아닙니다. {{p:표}} 실장한테 다 넘겼습니다.

문: {{p:표}} 실장이 누구인가요.
답: {{p:표영식}}이라고, {{u:연길}} 사람입니다. 다들 {{p:여우}}라고 부릅니다. 여우비 오는 날 처음 만나서 그렇다는 말도 있고, 하도 약아서 그렇다는 말도 있습니다.

문: 피의자는 {{p:여우}}, 즉 {{p:표영식}}과 어떤 관계인가요.
답: 그냥 일 같이 하는 사람입니다. 저는 {{u:블라디보스토크}} 쪽 일만 했습니다. {{u:북한}} 식당 종업원들 빼내는 건 {{p:표}} 실장 일이고요.

문: 참고인 {{r:고미영}}은 피의자가 "{{r:유}} 사장"이라는 이름으로 자신에게 접근했다고 진술했는데, 맞나요.
답: 예. {{u:한국}} 사람들은 류를 유로 읽어서 {{r:유}} 사장이라고 했습니다. 같은 사람입니다.

문: {{r:미영}} 씨와 함께 있던 {{p:황금실}}, {{p:채은하}}에게도 돈을 받았나요.
답: {{p:금실}}이한테는 안 받았습니다. {{p:은하}}는 자기 언니 {{p:채은주}}가 돈을 보냈다고 들었습니다. 그것도 {{p:표}} 실장이 받았을 겁니다.

문: 이상의 진술이 사실인가요.
답: 예.

(이하 참고인 진술 요지)

참 고 인: {{r:고미영}} (1994년생, 북한이탈주민, {{u:하나원}} 2021년 수료)
진술 요지:
1. 2017년부터 {{u:단둥}} 소재 {{u:북한}} 식당에서 종업원으로 일함. 책임자는 {{p:전}} 지배인(여, 40대), 보위 담당은 {{p:길}} 참사.
2. 2019년 식당에 물건을 대던 "{{r:유}} 사장"이 {{u:한국}}에 가면 월 300만 원 일자리를 준다고 함. 같은 숙소의 {{p:황금실}}, {{p:채은하}}와 함께 결심함.
3. 2020년 {{u:라오스}}를 거쳐 {{u:태국}}으로 이동. 이동 중 {{p:여우}}라는 남자가 1인당 미화 8,000달러를 요구함.
4. {{u:한국}} 입국 후 {{u:국가정보원}} 조사를 받음. 그 뒤 {{r:류}} 사장이 전화로 "남은 돈"을 갚으라고 수차례 협박함.
5. {{p:금실}}이는 현재 {{u:부산}}, {{p:은하}}는 연락 두절.

조사자 의견: 피의자 {{r:류창훈}}과 {{p:표영식}}의 자금 흐름 확인을 위해 {{u:경찰청}} 국제협력관실에 협조 요청 예정.
경위 {{r:석태진}} (인)""",
    },
    {
        "id": "h37-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Ok-sun", "변옥순", "witness", ["옥순"]),
            ("Chu Hun", "주훈", "relative", ["훈"]),
        ],
        "note": "Hana Foundation caseworker's home-visit notes; client 변옥순 and her son, one-syllable given name 훈 with particles and the 이 suffix; caseworker initials; surname 주 beside 주 (week) and 주민센터; landlord and neighbours; real foundation, Hanawon, districts and hospital public.",
        "text": """{{u:남북하나재단}} 지역 적응 지원 — 가정방문 기록지

대상자: {{r:변옥순}} (여, 1968년생, 2019년 입국)
동거 가족: 아들 {{r:주훈}} (2005년생)
담당: 전문상담사 {{p:강다혜}} / 동행: {{p:J.H.}} (인턴)
방문일: 2024. 4. 18.(목) 15:00~16:40
주소지: {{u:인천}} {{u:남동구}} {{u:논현동}} (임대아파트)

1. 방문 경위
지난 주 {{r:훈}}이 담임교사 {{p:민경아}} 선생님이 재단으로 연락, {{r:훈}}이가 2주째 결석 중이라고 함. 대상자는 전화를 받지 않음.

2. 방문 내용
- 대상자 집에 있었음. 허리 통증으로 3주째 누워 지냈다고 함. {{u:쿠웨이트}} 건설 현장 식당에서 일하던 2013~2016년에 다친 허리라고 함. 당시 현장 책임자 {{p:허}} 반장이 병원에 보내 주지 않았다고 반복해서 말함.
- {{r:훈}}이는 방에 있었고 인사만 하고 나옴. 어머니 병간호 때문에 학교에 못 갔다고 함. {{r:주훈}} 학생 본인은 "다음 주부터 가겠다"고 함.
- 냉장고 거의 비어 있음. 이번 주 장은 옆집 {{p:봉순자}} 할머니가 봐 주셨다고. {{p:봉}} 할머니도 2010년 입국한 분이라 서로 돕는다고 함.
- 대상자 말: "{{r:옥순}}이가 이렇게 누워만 있으면 안 되는데." (본인을 이름으로 부르는 습관 있음)

3. 확인 사항
- 기초생활수급 유지 중. 주민센터 담당 {{p:육선미}} 주무관에게 의료급여 상향 문의 예정.
- 허리 MRI: {{u:가천대 길병원}} 예약 5월 2일. 동행 필요. {{p:J.H.}}가 동행하기로.
- 집주인 측 관리소장 {{p:남궁석}} 씨가 누수 수리 약속했다고 함. 2주 내 확인.
- 아이 아버지 {{p:주명길}} 씨는 {{u:북한}}에 있음. 대상자는 "{{p:명길}}이 아버지는 거기서 잘 살 거라"고만 함. {{r:훈}}이 앞에서는 이야기하지 않기로 함.

4. 상담사 소견
대상자는 {{u:쿠웨이트}} 시절 얘기를 하다가 {{p:허}} 반장과 같이 일한 {{p:계영희}}, {{p:탁명순}}의 이름을 처음으로 말함. 두 사람 모두 {{u:평양}}으로 돌아갔다고 함. 트라우마 상담 연계 필요. {{u:하나원}} 동기인 {{p:국정희}} 씨와 연락하게 되면 정서적으로 도움이 될 것으로 보임.

5. 다음 계획
- 다음 주 화요일 {{r:주훈}} 학생과 학교 상담 동행 ({{p:민경아}} 선생님과 일정 조율)
- 재단 긴급생계비 신청서 작성 지원
- 차기 방문: 5월 2일 병원 동행 후

작성: {{p:강다혜}}  확인: 팀장 {{p:소윤정}}""",
    },
    {
        "id": "h37-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Ha-nul", "김하늘", "witness", ["하늘"]),
            ("Yu Na-rae", "유나래", "relative", ["나래"]),
        ],
        "note": "Korean wedding invitation with parents' names, greeting poem, account numbers and a guest note; groom 하늘 beside the word 하늘 (sky); bride 나래 beside 날개/나래 (wings); 장남/차녀 formula; real bank and hotel public; 故 marker outside.",
        "text": """저희 두 사람이 사랑으로 한 가정을 이루려 합니다.

하늘이 높고 바람이 맑은 가을날,
나래를 펴고 함께 날아 보려 합니다.
먼 길을 돌아 여기까지 온 저희의 첫걸음에
오셔서 축복해 주시면 고맙겠습니다.

{{p:김영철}} · 故 {{p:박순희}} 의 장남  {{r:김하늘}}
{{p:유병호}} · {{p:최정애}} 의 차녀  {{r:유나래}}

일시: 2024년 10월 19일 토요일 오후 1시
장소: {{u:더케이호텔 서울}} 2층 거문고홀 ({{u:서초구}} {{u:양재동}})
주례: {{p:안병철}} 목사 (새생명교회)
사회: 신랑 친구 {{p:오세진}}
축가: {{p:모수빈}}, {{p:탁재원}}

마음 전하실 곳
신랑측  {{u:KB국민은행}}  000-21-0000-000  {{r:김하늘}}
신랑 아버지  {{u:신한은행}}  110-000-000000  {{p:김영철}}
신부측  {{u:우리은행}}  1002-000-000000  {{r:유나래}}

오시는 길
지하철 3호선 {{u:양재역}} 7번 출구 셔틀버스 운행 (10분 간격)
주차 2시간 무료

—

청첩장을 보내며 (신랑 {{r:하늘}}이 직접 덧붙인 글)

제 이름은 어머니가 지어 주셨습니다. {{u:회령}}에서 태어나던 날 하늘이 너무 파래서 {{r:하늘}}이라고 하셨답니다. 어머니는 제가 열네 살 때 {{u:연길}}에서 돌아가셨고, 아버지와 저는 2011년에 {{u:서울}}에 왔습니다. 아버지는 그 전에 {{u:러시아}} {{u:아무르주}}에서 8년 동안 나무를 베셨습니다. 그 돈은 한 푼도 아버지 손에 들어오지 않았지만, 아버지는 "{{r:하늘}}아, 그래도 살아서 왔다" 하십니다.

{{r:나래}}는 {{u:남북하나재단}} 장학생 모임에서 만났습니다. {{r:나래}}의 부모님은 {{u:부산}} 분들이고, 장인어른 {{p:유병호}} 님은 처음 인사드리던 날 아무것도 묻지 않고 밥부터 주셨습니다.

아버지와 함께 {{u:아무르주}}에 계셨던 {{p:정수길}} 아저씨, {{p:채만석}} 아저씨, 그리고 저를 {{u:하나원}}에서 챙겨 주신 {{p:허경순}} 선생님께 특별히 감사드립니다. {{p:수길}}이 아저씨는 축의금 대신 아버지와 소주 한잔 하시겠다고 하셨습니다. 꼭 오세요.

{{r:김하늘}} · {{r:유나래}} 드림""",
    },
    {
        "id": "h37-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ok Chol-min", "옥철민", "witness", ["곰", "철민"]),
            ("Yo Mi-ran", "여미란", "coworker", ["여우"]),
        ],
        "note": "KakaoTalk group chat export; sender names are nicknames 곰 and 여우 beside the animals in a children's story; system messages '님이 들어왔습니다'; names with 이/아/야 vocatives; emoji; bracketed timestamps; one sender a bare surname with title 박반장 written together.",
        "text": """{{u:쿠웨이트}} 동기들 님과 카카오톡 대화
저장한 날짜 : 2024-01-08 22:41

--------------- 2024년 1월 6일 토요일 ---------------
[{{r:곰}}] [오후 8:02] 다들 잘 지내냐
[{{r:여우}}] [오후 8:03] {{r:곰}} 살아있었네 ㅋㅋ
[{{p:박}}반장] [오후 8:03] {{r:철민}}아 오랜만이다
[{{r:곰}}] [오후 8:05] 반장님 이제 반장 아니잖아요 ㅋㅋ
[{{p:박}}반장] [오후 8:05] 한번 반장은 영원한 반장이다 😎
[{{r:여우}}] [오후 8:06] 우리 애가 오늘 동화책 읽는데 곰이랑 여우 나오는 거였음. 여우가 곰을 속이는 얘기ㅋㅋ
[{{r:곰}}] [오후 8:06] 현실이랑 똑같네
[{{r:여우}}] [오후 8:07] 내가 언제 속였냐 😤
[{{p:박}}반장] [오후 8:08] {{u:쿠웨이트}}에서 {{r:미란}}이가 {{p:차}} 지도원 속인 거 기억나지. 보온병에 전화기 넣어서
[{{r:곰}}] [오후 8:08] ㅋㅋㅋ 그거 {{r:미란}}이 아니었으면 우리 다 걸렸음
[{{r:여우}}] [오후 8:09] 그 전화기 {{p:금성호}}꺼였잖아. {{p:성호}}는 잘 있나?

{{p:빈성호}}님이 들어왔습니다.

[{{p:빈성호}}] [오후 8:11] 부르셨습니까 ㅋㅋ {{r:철민}}이형이 초대해줌
[{{r:곰}}] [오후 8:11] 어 {{p:성호}}야 환영
[{{p:빈성호}}] [오후 8:12] 근데 저 이름 바뀐 거 아시죠. {{p:금성호}}에서 {{p:빈성호}}로. {{u:한국}} 와서 새로 지었어요
[{{p:박}}반장] [오후 8:12] 알지. 빈 깡통 소리 나게 이름은 왜 바꿨냐 ㅋㅋ
[{{p:빈성호}}] [오후 8:13] 반장님도 참... 아무튼 {{p:차}} 지도원 소식 들으셨어요?
[{{r:여우}}] [오후 8:14] 뭔데
[{{p:빈성호}}] [오후 8:15] {{u:카타르}} {{u:도하}}로 갔대요. {{p:차광수}}. 거기서도 지도원 한다고
[{{r:곰}}] [오후 8:15] 거기 애들 불쌍하다
[{{r:여우}}] [오후 8:16] 🙏

--------------- 2024년 1월 7일 일요일 ---------------
[{{r:곰}}] [오전 10:20] 오늘 {{u:남북하나재단}}에서 전화 왔는데 {{u:쿠웨이트}} 때 일 증언할 사람 찾는대
[{{r:곰}}] [오전 10:21] 나는 하기로 했다. {{r:옥철민}} 이름 걸고
[{{r:여우}}] [오전 10:30] 나도 할게. {{r:여미란}}으로. 이름 나가도 됨
[{{p:박}}반장] [오전 10:35] 나는 좀 생각해볼게. 애들이 아직 어려서
[{{p:빈성호}}] [오전 10:40] 저는 {{p:성호}}라고만 해주세요

{{p:박영남}}님이 나갔습니다.

[{{r:여우}}] [오전 10:41] 반장님 나가셨네 ㅠ
[{{r:곰}}] [오전 10:42] 괜찮아. {{p:영남}}이 형님 원래 그래. 내가 따로 전화할게
[{{p:빈성호}}] [오전 10:50] {{r:철민}}이형 증언 날짜 나오면 알려줘요
[{{r:곰}}] [오전 10:51] ㅇㅋ 👍""",
    },
    {
        "id": "h37-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Tok-su", "신덕수", "other", ["덕수"]),
            ("Ham Un-jong", "함은정", "witness", []),
        ],
        "note": "Korean criminal judgment excerpt (판결문) with 피고인, 피해자 and presiding judges; names with 판사/변호사 titles outside; surname 함 beside 함께 and the noun 함; Chinese names in Hangul; real courts, cities and agencies public; Hanja names in brackets after Hangul.",
        "text": """{{u:서울중앙지방법원}}
제 2 0 형 사 부
판 결

사 건   2023고합0000 사기, 직업안정법위반
피 고 인   {{r:신덕수}} (1966년생), 무직
검 사   {{p:모상훈}}(기소), {{p:성다온}}(공판)
변 호 인   변호사 {{p:권혜린}}(국선)
판결선고   2024. 2. 15.

주 문
피고인을 징역 3년에 처한다.

이 유
범 죄 사 실
피고인은 {{u:중국}} {{u:훈춘}}과 {{u:연길}}을 오가며 탈북민의 국내 입국을 알선하는 이른바 '브로커'로 활동하던 사람이다.

1. 피해자 {{r:함은정}}에 대한 사기
피고인은 2020. 3.경 {{u:연길}}시에 있는 상호불상의 식당에서 피해자 {{r:함은정}}에게 "{{u:한국}}에 가면 내가 아는 공장에 월 350만 원을 받는 자리를 마련해 주겠다, 소개비로 미화 5,000달러만 먼저 달라"고 거짓말하였다. 그러나 사실 피고인에게는 그러한 일자리를 소개할 의사나 능력이 없었다. 피고인은 이에 속은 피해자로부터 같은 날 피해자의 언니 {{p:함은미}} 명의 계좌로 송금받은 돈을 인출하여 교부받았다.

2. 피해자 {{p:길정란}}, {{p:소영애}}에 대한 사기
피고인은 2020. 11.경 {{u:훈춘}}에서 피해자 {{p:길정란}}, {{p:소영애}}와 함께 있던 자리에서 같은 취지로 거짓말하여 각 미화 4,000달러를 교부받았다. 피해자 {{p:소영애}}는 당시 {{u:러시아}} {{u:블라디보스토크}}의 건설 현장에서 도주한 직후였다.

증거의 요지
1. 피고인의 일부 법정진술
1. 증인 {{r:함은정}}, {{p:길정란}}의 각 법정진술
1. {{p:소영애}}에 대한 경찰 진술조서
1. 중국인 {{p:왕리핑}}({{p:王麗萍}}), {{p:진춘매}}({{p:金春梅}})에 대한 각 진술서 사본
1. 계좌거래내역({{u:하나은행}})

양형의 이유
피고인은 공범 {{p:채}} 모 씨와 {{p:왕리핑}}이 주도하였다고 주장하나, 증인 {{r:함은정}}은 피고인이 직접 돈을 받으면서 "{{r:덕수}} 삼촌만 믿으라"고 말하였다고 구체적으로 진술하였다. 피해자들은 {{u:북한}}에서 해외 파견 노동에 동원되었다가 이탈한 사람들로서, 새로운 삶에 대한 간절함을 이용당하였다. 피해자 {{r:함은정}}은 이 사건 편취금을 갚기 위해 2년간 야간 근무를 하였다.

판사 {{p:국승연}}(재판장)  판사 {{p:사공민}}  판사 {{p:하은결}}

[열람 메모 — 단체 내부용, 담당 {{p:설}} 간사]
{{r:은정}} 씨에게 판결문 사본 전달함. {{r:함은정}} 씨는 "함께 건너온 {{p:정란}} 언니한테도 보내 달라"고 함. {{p:소영애}} 씨는 {{u:대구}} 거주, 판결 결과 전화로 알림. 선물 함에 남은 쿠키는 사무실에서 나눔.""",
    },
    {
        "id": "h37-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Song-hui", "문성희", "witness", ["성희"]),
            ("Mun Pyol", "문별", "relative", ["별"]),
            ("Ko Man-sik", "고만식", "supervisor", []),
        ],
        "note": "Unsent letter to a mother in North Korea; one-syllable given names 별 and 진 beside the words 별 (star) and 진 (camp/really); vocatives 별아, 진아; surname 문 beside 문 (door); minder 고 beside 고 (so) and 고생; Hamgyong dialect; places in Hangul.",
        "text": """어머니께

어머니, {{r:성희}}입니다. 이 편지는 부치지 못할 걸 알면서 씁니다. {{u:서울}}에 온 지 벌써 3년이 되었습니다.

{{u:청진}}을 떠나던 날 어머니가 문 앞에 서서 손을 흔드셨지요. 문을 닫고 돌아서는데 {{r:별}}이가 울면서 따라 나왔습니다. "언니, 가지 말라" 하던 {{r:별}}이 목소리가 아직도 귀에 있습니다. {{r:별}}아, 언니가 미안하다. 어머니, 요즘도 밤하늘에 별이 뜨면 {{r:별}}이 생각이 납니다.

저는 그때 {{u:러시아}} {{u:모스크바}}의 봉제 공장으로 간다고 했지만, 실제로는 {{u:상트페테르부르크}} 변두리의 건설 현장 식당이었습니다. 식당 책임자는 {{r:고만식}}이라는 사람이었어요. {{r:고}} 책임자는 우리 여자 여섯을 창고 이층에 재우고, 밤에는 문을 밖에서 잠갔습니다. 고생이라고 말하기도 부끄러운 게, 남자들은 더 했으니까요. 그래도 {{r:고만식}}이 우리 돈을 다 가져간 것만은 꼭 말하고 싶습니다.

같이 일한 동무들 이름을 적어 둡니다. 언젠가 어머니가 그 집 사람들을 만나시면 살아 있다고 전해 주세요. {{u:함흥}}에서 온 {{p:피순영}}, {{u:회령}}에서 온 {{p:탁미옥}}이와 {{p:탁미선}}이 자매, 제일 어린 {{p:명숙}}이. {{p:명숙}}이는 성을 끝내 말하지 않았습니다. 그리고 우리를 몰래 도와준 {{u:러시아}} 아주머니 {{p:나타샤}}, {{p:나타샤}}의 남편 {{p:세르게이}}. {{p:세르게이}} 아저씨가 아니었으면 저는 그 문을 나오지 못했을 겁니다.

{{p:진}}이는 잘 있는지요. 군대 간 지 몇 해인지 손가락으로 세어 봅니다. {{p:진}}아, 누나는 네가 진짜 보고 싶다. 어머니, {{p:진}}이가 제대하면 {{u:두만강}} 가까이는 가지 말라고 해 주세요. 그 강은 어머니 생각보다 훨씬 차갑습니다.

여기서는 {{p:옥경란}} 선생님이라는 분이 저를 돌봐 주십니다. {{u:하나원}}에서 만난 상담 선생님인데, 처음에 제 이름을 {{r:문성히}}라고 잘못 적으셔서 같이 웃었습니다. {{p:옥}} 선생님은 어머니 나이쯤 되셨어요. 또 {{u:연길}}에서 저를 숨겨 준 {{p:금순}}이 할머니, 그 집 손자 {{p:김동}}이도 잊지 못합니다.

어머니, 아버지 산소에는 누가 가는지요. {{p:문태길}}, 아버지 이름을 여기 {{u:한국}} 교회에서 기도 제목에 적었더니 목사님이 같이 기도해 주셨습니다.

언젠가 이 편지를 직접 드릴 날이 오겠지요. 그날까지 {{r:별}}이, {{p:진}}이 데리고 꼭 살아 계세요.

2023년 설날 밤, {{u:서울}}에서
딸 {{r:문성희}} 올림

추신. {{r:별}}이 이름 지어 준 분이 {{p:모}} 선생님이었지요. 그 선생님도 잘 계신지 궁금합니다.""",
    },
    {
        "id": "h37-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Na Pong-su", "나봉수", "witness", ["봉수"]),
        ],
        "note": "Funeral notice (부고) and guest book transcribed; deceased with 故; chief mourner list with relationship words; guest names separated by commas, slashes and middle dots; honorifics 님/씨/선생 outside; surname 나 beside the pronoun 나; company and hospital funeral hall public.",
        "text": """[부고]

故 {{r:나봉수}} 님께서 2024년 3월 2일 오전 6시 향년 67세로 별세하셨기에 삼가 알려 드립니다.

상주: 아들 {{p:나진혁}}, 딸 {{p:나은희}}
배우자: {{p:조명옥}}
사위: {{p:방태식}}  며느리: {{p:하수정}}
손: {{p:나윤서}} · {{p:나윤호}} · {{p:방지안}}

빈소: {{u:고려대학교 안암병원}} 장례식장 3호실
발인: 2024년 3월 4일 오전 7시
장지: {{u:경기도}} {{u:파주시}} {{u:동화경모공원}}

고인께서는 1993년부터 2001년까지 {{u:러시아}} {{u:하바롭스크}}와 {{u:아무르주}}의 벌목장에서 일하셨고, 2003년 {{u:대한민국}}에 오셨습니다. 평소 "나 같은 사람도 여기서 손주를 보았다" 하시며 고마워하셨습니다.

—

조문객 방명록 (3월 2일~3일, 유족 요청으로 옮겨 적음)

3/2
{{p:최광일}}, {{p:최영란}} (벌목장 동료와 그 부인)
{{p:표성진}}/{{p:표미경}}/{{p:표재훈}} (고향 {{u:단천}} 이웃 일가)
{{p:설은하}} 님 ({{u:남북하나재단}})
{{p:공대식}} 씨, {{p:공}} 씨 부인 ({{u:파주}} 이웃)
새터교회 교우 일동: {{p:심재원}} 목사, {{p:명수진}} 권사, {{p:어영숙}} 집사, {{p:인경호}} 성도
{{r:봉수}} 형님 가시는 길 편히 — {{p:왕}}씨 형제 ({{p:왕덕삼}}, {{p:왕덕오}})

3/3
{{p:길만수}} ({{u:하바롭스크}} 같은 작업반)
{{p:제갈숙}} · {{p:제갈현}}
{{u:현대건설}} 협력업체 동료 일동 (대표 {{p:탁영호}})
{{p:시은}}이 엄마, {{p:윤서}} 친구 {{p:채원}}이네
{{p:최광일}} (둘째 날 또 옴)
"{{r:봉수}}야 먼저 가서 기다려라" — {{p:기만석}} (같은 작업반, 현재 {{u:부산}})
{{p:나진혁}} 친구들: {{p:손우람}}, {{p:여태민}}, {{p:반시우}}

유족 인사 (아들 {{p:진혁}} 씀)
바쁘신 가운데 아버지 가시는 길을 함께해 주셔서 감사합니다. 아버지는 벌목장 이야기를 잘 하지 않으셨지만, {{p:길만수}} 아저씨와 {{p:기만석}} 아저씨를 만나면 밤새 웃으셨습니다. 나는 그 웃음소리를 오래 기억할 것입니다.""",
    },
    {
        "id": "h37-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Un-ok", "채은옥", "witness", ["두만강물고기", "물고기"]),
            ("Pae Myong-gil", "배명길", "supervisor", ["배"]),
        ],
        "note": "Internet forum (Naver cafe) post with threaded comments; forum usernames labelled whole, one made of a name (sunhee_88) and one a phrase (두만강물고기); supervisor surname 배 beside 배 (ship, belly, pear); 작성자 and 댓글 markers; cafe name invented; Naver and Qatar public.",
        "text": """[자유게시판] {{u:도하}}에서 같이 일했던 분들 찾습니다
작성자: {{r:두만강물고기}} | 2023.08.14 21:07 | 조회 412 | 댓글 6

안녕하세요. 2015년부터 2018년까지 {{u:카타르}} {{u:도하}} 외곽 건설 현장 식당에서 일했던 사람입니다. 본명은 {{r:채은옥}}입니다. 여기 카페에서는 그냥 {{r:물고기}}라고 불러 주세요 ㅎㅎ

그때 현장 책임자가 {{r:배명길}}이었어요. {{r:배}} 책임자라고 하면 아는 분 많을 거예요. 배가 나오고 키가 작은 사람. 배 타고 왔다는 소문도 있었는데 사실은 비행기 타고 왔대요. 암튼 그 사람 밑에서 일한 분들 찾습니다.

제가 기억하는 이름은 {{p:용순금}} 언니, {{p:피은주}}, {{p:마명실}}, 그리고 남자 쪽에서 {{p:석광호}} 아저씨, {{p:반철남}} 아저씨예요. {{p:순금}}이 언니가 손을 심하게 데었을 때 {{r:배명길}}이 병원에 안 보내서 제가 몰래 약을 사다 줬어요. {{p:순금}}이 언니 혹시 이 글 보면 연락 주세요.

이름 나가는 거 괜찮냐고 하실 텐데, 저는 괜찮아요. 다른 분들 이름은 원하시면 지울게요.

---
댓글

ㄴ {{p:sunhee_88}} | 2023.08.14 21:30
   {{r:물고기}}님 저 {{p:마명실}}이 동생이에요!! 언니 지금 {{u:대전}} 살아요. 쪽지 드릴게요

   ㄴ {{r:두만강물고기}} | 2023.08.14 21:35
      헉 {{p:명실}}이 동생이면 {{p:명희}}? 쪽지 기다릴게요 ㅠㅠ

ㄴ {{p:하얀배꽃}} | 2023.08.14 22:02
   {{r:배}} 책임자 기억나요. 저는 같은 회사 다른 현장에 있었어요. {{r:배명길}} 지금 {{u:러시아}} 갔다는 얘기 들었어요

ㄴ {{p:평양냉면좋아}} | 2023.08.15 08:11
   개인정보 너무 많이 쓰신 것 같아요. 운영자 {{p:솔바람}}님 확인 부탁드려요

   ㄴ {{p:솔바람}} (카페 운영자) | 2023.08.15 09:00
      {{r:두만강물고기}}님 본인 동의 하에 쓰신 거라 두겠습니다. 다만 다른 분들 이름은 내일까지 이니셜로 바꿔 주세요. 예: {{p:용순금}} → {{p:ㅇㅅㄱ}}

ㄴ {{p:반철남아내}} | 2023.08.15 13:40
   저희 남편 {{p:반철남}} 맞는 것 같습니다. 지금 {{u:인천}}에 있어요. {{p:철남}}씨가 {{r:은옥}}씨 기억한대요. 밥 많이 줬다고 ㅎㅎ

※ 8/16 작성자 수정: 다른 분들 이름을 이니셜로 바꿨습니다. {{p:ㅇㅅㄱ}} 언니, {{p:ㅍㅇㅈ}}, {{p:ㅁㅁㅅ}}, {{p:ㅅㄱㅎ}} 아저씨. {{u:네이버}} 쪽지로 연락 주세요.""",
    },
    {
        "id": "h37-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Cha Song-man", "차성만", "other", ["차 실장"]),
        ],
        "note": "Korean-language recruitment advert posted for ethnic Koreans in China, followed by an NGO's annotated applicant list; recruiter 차 beside 차 (car, tea); contact names with 실장/과장 titles outside; KakaoTalk ID made of a name; Russian and Chinese place names public; real messenger company public.",
        "text": """★★ {{u:러시아}} 건설현장 기능공 급구 ★★ 월 1만 위안 이상 보장!!

모집 분야: 철근공, 미장공, 타일공, 용접공 (경력 우대, 무경험 가능)
근무지: {{u:러시아}} {{u:블라디보스토크}} / {{u:우수리스크}} 아파트 신축 현장
기간: 1년 (연장 가능)
급여: 월 10,000~13,000위안 (숙식 무료, 차량 제공)
조건: 만 25~50세 남성, {{u:중국}} 국적 조선족 우대, 여권 소지자
혜택: 비자 및 항공권 회사 부담, 여권은 회사가 안전하게 보관해 드립니다

※ 현장에 {{u:조선}}({{u:북한}}) 기술자들과 함께 일합니다. 말이 통해 편합니다!

문의: {{r:차}} 실장 (카톡 ID: {{r:cha_sm1977}}) / {{p:맹}} 과장 (위챗: {{p:mengxiaoli}})
사무실: {{u:연길}}시 {{u:하남가}} (차 대접해 드립니다)
{{u:위챗}}으로 신분증 사진 먼저 보내 주세요

—

[단체 메모] 위 광고는 2019년 {{u:연길}}에서 배포됨. 광고주 {{r:차성만}}은 2017~2018년 {{u:블라디보스토크}}에서 {{u:북한}} 노동자 작업반과 조선족 노동자를 같은 현장에 섞어 쓰던 중개인으로 확인됨. 아래는 이 광고를 보고 지원했다가 피해를 입은 사람들 명단(본인 동의분).

번호 / 이름 / 출생 / 비고
1 / {{p:리문철}} / 1978 / 여권 회수당함, 8개월 무급. {{r:차}} 실장이 "여권은 {{p:맹}} 과장이 갖고 있다"고 함
2 / {{p:김홍매}} / 1985 / 여성, 식당 배치. 북측 책임자 {{p:계}} 동무와 같은 숙소
3 / {{p:허춘식}} / 1970 / 추락사고, 치료비 본인 부담
4 / {{p:방룡수}} / 1982 / {{p:허춘식}}의 처남. 사고 후 귀국
5 / {{p:남궁철}} / 1990 / 북측 노동자 {{p:정}}모 씨와 친해져 연락처 교환, 이후 {{p:정}} 씨 소식 끊김
6 / {{p:최련희}} / 1988 / {{p:김홍매}}의 사촌. 중도 귀국

{{r:차성만}}은 현재 {{u:하바롭스크}}에서 같은 방식으로 모집 중이라는 제보가 있음 (제보자: {{p:리문철}}의 아내 {{p:조선화}}).
이름이 {{p:조선화}}인데 조선화(朝鮮畵) 그리는 사람은 아니라고 본인이 웃으며 말함.
정리: {{p:탁}} 활동가, 검토: {{p:어}} 사무국장""",
    },
    {
        "id": "h37-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Kyong-ae", "허경애", "witness", ["경애"]),
            ("Song Chol", "송철", "supervisor", ["송"]),
        ],
        "note": "NGO hotline call log in Korean; counsellors identified by given name or initials; caller's own name and her minder 송 beside 송금 (remittance) and 송별; one-syllable given name 철; callers who refuse to give names; Russian and Chinese cities public.",
        "text": """상담 전화 일지 (2024년 5월 셋째 주)
기록자: 상담원 {{p:유진}}, {{p:K.M.}}

5/13(월) 10:12 / 상담원 {{p:유진}}
내담자: 이름 밝히지 않음 (여, 50대 추정, {{u:경기도}} {{u:안산}})
내용: 아들이 {{u:러시아}}에 파견 나가 있다가 연락이 끊겼다고 함. 아들 이름도 말하지 않음. 다음에 다시 걸겠다고 함.
조치: 단체 소개, 재통화 시 {{p:K.M.}} 연결.

5/14(화) 14:40 / 상담원 {{p:K.M.}}
내담자: {{r:허경애}} (여, 1979년생, 2022년 입국, {{u:부산}} 거주)
내용: 2016~2020년 {{u:중국}} {{u:훈춘}} 수산물 가공공장 근무. 당시 북측 관리자 {{r:송철}}에게 임금 전액을 빼앗겼다고 함. "{{r:송}} 관리원이 송금해 준다고 했는데 집에는 한 푼도 안 갔다." 같은 공장의 {{p:어금순}}, {{p:편옥희}}, {{p:남은정}}과 함께 증언할 의향 있음.
내담자 요청: {{r:철}}이라는 이름만 나와도 무섭다고, 기록에 {{r:송철}} 이름을 꼭 넣어야 하는지 물음. → 증언 기록에는 넣되 공개 보고서에는 넣지 않는다고 설명.
조치: 면담 일정 5/21 {{u:부산}} 사무소. 면담자 {{p:도은비}} 연구원.

5/15(수) 09:05 / 상담원 {{p:유진}}
내담자: "{{p:평양댁}}"이라고만 함 (여, 60대)
내용: 남편 {{p:차용길}}이 1990년대 {{u:하바롭스크}} 벌목장에서 일하다 사망했다는 통지를 받았는데, 시신도 유품도 받지 못했다고 함. 같은 작업반이었던 {{p:사}} 반장과 {{p:옹}} 씨를 찾고 싶다고 함.
조치: {{u:통일부}} {{u:이산가족정보통합센터}} 안내 (해당 여부 불확실), 단체 DB에서 "{{p:차용길}}" 검색 → 0건.

5/15(수) 16:30 / 상담원 {{p:K.M.}}
내담자: {{r:허경애}} (재통화)
내용: 면담에 {{p:편옥희}} 언니도 같이 오겠다고 함. {{p:옥희}} 언니는 {{u:울산}}에 살고 있고 차가 없어서 {{r:경애}} 씨가 태워 오겠다고. 또 {{r:송철}}의 부인 {{p:민순덕}}도 공장에 같이 있었다는 사실을 새로 말함. {{p:민}} 씨는 회계를 맡았다고.
조치: 면담 인원 2인으로 변경. {{p:도은비}} 연구원에게 전달.

5/16(목) 11:20 / 상담원 {{p:유진}}
내담자: 남, 이름 "{{p:철수}}"라고 함 (가명으로 보임)
내용: {{u:블라디보스토크}} 건설 현장에서 2019년 이탈. 현재 {{u:태국}} 체류 중이라며 {{u:한국}} 입국 방법 문의. 함께 있는 사람으로 {{p:리명국}}을 언급.
조치: 위기 대응 매뉴얼 3단계. 팀장 {{p:심}}에게 즉시 보고. {{u:주태국 대한민국 대사관}} 연락처 안내.

5/17(금) 17:55 / 상담원 {{p:K.M.}}
이번 주 송별회: 자원봉사자 {{p:여하은}} 님 마지막 근무. 다들 고마웠습니다.
주간 특이사항: {{r:허경애}} 건은 {{r:송철}} 관련 기존 기록(2021년 {{p:국영란}} 증언)과 연결 가능. {{p:국영란}} 씨도 {{r:송}} 관리원의 폭행을 진술한 바 있음.""",
    },
    {
        "id": "h37-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Chol-jin", "염철진", "witness", ["철진"]),
            ("Ko Un-sil", "고은실", "coworker", ["은실"]),
        ],
        "note": "Resettlement class roster and teacher's remarks in Korean; table of names with birth years and former overseas sites; names in comma and middle-dot lists; surnames 방, 남, 어, 연 beside the words 방 (room), 남 (others), 어 (interjection), 연 (kite); teacher with title outside; Hanawon and many overseas sites public.",
        "text": """{{u:하나원}} 제○○○기 남성반 3분반 — 진로 교육 명단 및 담임 의견 (내부용)
담임: {{p:연수정}} 교사 / 부담임: {{p:방기현}} 교사
작성일: 2023. 6. 30.

번호 | 이름 | 출생 | 해외 파견 경력 | 희망 진로
1 | {{r:염철진}} | 1983 | {{u:러시아}} {{u:하바롭스크}} 건설 (2012~2017) | 건축 도장
2 | {{p:남기룡}} | 1977 | {{u:쿠웨이트}} 건설 (2009~2013) | 용접
3 | {{p:어성국}} | 1990 | 없음 | 제과제빵
4 | {{p:방명훈}} | 1986 | {{u:몽골}} {{u:울란바토르}} 건설 (2014~2016) | 운전
5 | {{p:연광호}} | 1975 | {{u:러시아}} {{u:아무르주}} 벌목 (2003~2010) | 미정
6 | {{p:봉철}} | 1992 | {{u:중국}} {{u:단둥}} 봉제 (2016~2019) | 전기
7 | {{p:탁성진}} | 1981 | {{u:카타르}} {{u:도하}} 건설 (2011~2015) | 용접
8 | {{p:마영일}} | 1969 | {{u:앙골라}} {{u:루안다}} 건설 (2007~2012) | 경비

담임 의견
- {{r:철진}}: 수업 태도 매우 성실. 방에 돌아가서도 교재를 본다고 방장 {{p:방명훈}}이 전함. {{u:러시아}} 현장 얘기를 할 때 "{{r:고은실}} 동무"라는 이름을 자주 꺼냄. {{r:은실}} 씨는 같은 현장 식당 조리원이었고 먼저 {{u:한국}}에 와 있다고 함. 연계 가능한지 {{u:남북하나재단}}에 문의.
- {{p:기룡}}: 남 앞에서 말하는 걸 힘들어함. {{p:남기룡}} 씨는 개별 상담 권장.
- {{p:어성국}}: "어, 어" 하며 말을 자주 끊음. 긴장하면 더 심함. {{p:성국}}이는 반에서 제일 어림.
- {{p:방명훈}}: 방장. 반 분위기 좋게 만듦. {{p:명훈}} 씨는 {{u:울란바토르}}에서 함께 일한 {{p:우}} 반장 이야기를 처음 했음.
- {{p:연광호}}: 어릴 때 연 날리던 얘기를 자주 함. 건강 문제(허리)로 진로 미정. {{p:연}} 씨에게 의료 연계 필요.
- {{p:봉철}}: 외자 이름이라 행정 서류에서 "{{p:봉 철}}"로 띄어 적힌 경우가 있어 확인 필요.
- {{p:탁성진}}, {{p:마영일}}: 두 사람 모두 {{u:중동}}·{{u:아프리카}} 현장 경력. {{p:탁}} 씨는 {{u:도하}}의 {{p:림}} 지도원, {{p:마}} 씨는 {{u:루안다}}의 {{p:조}} 책임자를 언급.

추가 메모
{{r:염철진}} 씨가 쓴 자기소개서에 나온 이름: {{r:고은실}}, {{p:전경호}}, {{p:소명철}}, {{p:하태성}}. 이 중 {{p:전경호}}는 {{u:하바롭스크}}에서 사망했다고 함. {{p:소명철}}·{{p:하태성}}은 귀국.
전화번호 목록 받음 — {{p:연수정}} 교사 보관.""",
    },
    {
        "id": "h37-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kong Myong-ae", "공명애", "witness", ["명애"]),
            ("Chon Il-bok", "전일복", "witness", ["일복"]),
            ("Kye Yong-su", "계영수", "supervisor", ["계"]),
        ],
        "note": "Group interview transcript (녹취록) with timestamps and speaker codes; speaker letters A/B mapped to names in the header (the letters are not labelled); surname 공 beside 공 (ball, zero), 전 beside 전에, 계 beside 계획; supervisor nickname 여우; interviewer with title outside; Angolan and Qatari cities public.",
        "text": """녹취록 — 집단 면담 #2023-07
일시: 2023. 10. 5. 14:00 / 장소: {{u:서울}} 사무소 회의실
진행: {{p:우나연}} 연구원 / 기록: {{p:최}} 인턴
참여자: A = {{r:공명애}} (1975년생, {{u:앙골라}} {{u:루안다}} 식당 2010~2014), B = {{r:전일복}} (1971년생, {{u:앙골라}} 건설 2009~2015)

[00:00:12] 진행: 녹음 시작하겠습니다. 두 분 이름은 기록에 쓰되 보고서에는 가명으로 나갑니다. 괜찮으시죠?
[00:00:20] A: 네, 괜찮아요.
[00:00:22] B: 나는 상관없어. {{r:전일복}}이라고 그대로 써도 돼.
[00:00:30] 진행: {{r:공명애}} 선생님부터 말씀해 주시겠어요?
[00:00:35] A: {{u:루안다}} 시내에 있던 식당이에요. 책임자가 {{r:계영수}}였어요. 계획을 못 채우면 {{r:계}} 책임자가 밥을 안 줬어요.
[00:01:10] B: 걔가 {{r:여우}}지. 우리 건설 쪽에서도 다 {{r:여우}}라고 불렀어. 여우 같다고.
[00:01:15] A: 맞아요, {{r:여우}}. (웃음)
[00:01:40] 진행: {{r:전일복}} 선생님은 전에 어느 현장에 계셨어요?
[00:01:45] B: 처음엔 {{u:루안다}}, 그다음 {{u:벵겔라}}. 전에는 {{u:만수대창작사}} 소속이라고 했는데, 실제로는 그냥 막노동이었어. 우리 반장이 {{p:국철호}}, 부반장이 {{p:도상만}}.
[00:02:30] A: {{p:도상만}}이 그 사람, 식당에 자주 왔어요. 공짜로 먹고.
[00:02:35] B: 공짜가 아니지. 그거 다 우리 돈이야. 공 하나 찰 시간도 없었어, 그때는.
[00:03:05] 진행: 동료 중에 기억나는 분 계세요?
[00:03:10] A: 같이 일한 언니들은 {{p:빈수옥}}, {{p:함영실}}, 그리고 막내 {{p:설}}이. {{p:설}}이는 이름은 기억 안 나요. {{p:영실}}이 언니는 {{u:루안다}}에서 아파서 먼저 들어갔어요.
[00:03:50] B: 나는 {{p:육광진}}이. {{p:광진}}이는 비계에서 떨어져서 다리를 못 써. {{u:포르투갈}} 말 하는 현지 감독 {{p:마누엘}}이 병원에 데려갔지. {{p:마누엘}} 아니었으면 죽었어.
[00:04:30] 진행: 급여는 어떻게 받으셨어요?
[00:04:33] A: 공 원. 진짜로 영(0) 원이요. {{r:계영수}}가 다 가져갔어요.
[00:04:40] B: 우린 한 달에 20달러. 나머지는 "충성자금". {{p:국}} 반장이 장부에 적고 {{r:계}}한테 넘기고.
[00:05:20] 진행: 잠깐 쉬었다 갈까요?
[00:05:22] A: 괜찮아요. {{r:명애}}는 할 말이 많아요. (웃음)
[00:05:25] B: {{r:일복}}이도 많아.

(이하 생략 — 전체 녹취 48분, 담당 {{p:우나연}}, 검수 {{p:J.S.}})""",
    },
    {
        "id": "h37-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("O Kwang-jin", "오광진", "witness", ["O KWANG JIN", "Kwang-jin"]),
            ("Do Chang-ho", "도창호", "supervisor", ["DO CHANG HO", "Sr. Do"]),
        ],
        "note": "Angolan construction company's payroll in Portuguese with Korean workers' names in capitals and a Hangul column; surnames O and DO beside the Portuguese article o and preposition do/da; Angolan staff names; Sr./Eng. titles outside; bank, cities and a real North Korean company public; NGO annotations in English and Korean.",
        "text": """Construtora Kwanza Sul, Lda.
Obra: Bloco habitacional C, {{u:Viana}}, {{u:Luanda}}
FOLHA DE SALÁRIOS — Março de 2013 (pessoal expatriado, brigada coreana)
Moeda: AOA. Pagamento em bloco ao chefe da brigada, conforme o contrato com a {{u:Mansudae Overseas Project Group}}.

Nº | Nome (passaporte) | 한글 | Função | Dias | Base | Descontos | Líquido
01 | {{r:DO CHANG HO}} | {{r:도창호}} | Chefe da brigada | 31 | 180.000 | 0 | 180.000
02 | {{r:O KWANG JIN}} | {{r:오광진}} | Pedreiro | 31 | 95.000 | 12.000 | 83.000
03 | {{p:AN SONG CHOL}} | {{p:안성철}} | Pedreiro | 31 | 95.000 | 12.000 | 83.000
04 | {{p:YU MYONG SIK}} | {{p:유명식}} | Carpinteiro | 29 | 95.000 | 18.500 | 76.500
05 | {{p:RI CHOL JIN}} | {{p:리철진}} | Soldador | 31 | 110.000 | 12.000 | 98.000
06 | {{p:SO KUM NAM}} | {{p:소금남}} | Ajudante | 24 | 70.000 | 30.000 | 40.000
07 | {{p:JO YONG HUI}} | {{p:조영희}} | Cozinheira | 31 | 70.000 | 0 | 70.000
08 | {{p:HA TAE IL}} | {{p:하태일}} | Electricista | 31 | 110.000 | 12.000 | 98.000
TOTAL LÍQUIDO: 728.500 AOA — transferido para a conta do chefe da brigada, {{u:Banco BAI}}, agência {{u:Maianga}}

Observações (escritas à mão pelo contabilista):
- O nº 06, {{p:So Kum-nam}}, faltou 7 dias por doença. Desconto aplicado a pedido do Sr. {{r:Do}}.
- O Sr. {{r:Do}} recebe o total da brigada e assina por todos. Os trabalhadores não assinam.
- O trabalhador {{r:O Kwang-jin}} pediu o recibo individual. Recusado pelo chefe da brigada.
- A cozinheira {{p:Jo Yong-hui}} trabalha também ao domingo.
Contabilista: {{p:Domingos Kiala}}    Director da obra: Eng. {{p:Engrácia Mbala}}    Visto: {{r:DO CHANG HO}}

---
NGO annotation (2020, from the witness's copy)
The witness is no. 02, {{r:O Kwang-jin}} ({{r:오광진}}). He says none of the 83.000 kwanzas reached him: {{r:Do}} paid each man about USD 40 "when the plan was met" and kept the rest for the "loyalty fund" and for the {{u:Mansudae}} office in {{u:Luanda}}.
증인 말: "{{r:도}} 반장은 장부에 사인만 하고 돈은 {{u:평양}}으로 보냈다. 나는 영수증을 달라고 했다가 한 달 동안 밤 근무를 섰다."
{{r:Kwang-jin}} confirms the kitchen: {{p:조영희}} 동무 cooked for 23 men alone. {{p:Yong-hui}} went home in 2014.
{{p:Ha Tae-il}} and {{p:Ri Chol-jin}} were moved to {{u:Benguela}} in May 2013. {{p:안성철}}이는 {{u:Lobito}} 항구 공사에 갔다고 함.
The accountant {{p:Kiala}} once gave {{r:Kwang-jin}} a copy of this sheet "so that somebody outside knows". Eng. {{p:Mbala}} asked {{r:Do Chang-ho}} twice why the men were so thin; {{r:Do}} said it was the climate.""",
    },
    {
        "id": "h37-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chun-hyok", "박춘혁", "witness", ["Пак Чун Хёк", "Chun-hyok"]),
            ("Svetlana Orlova", "스베틀라나 오를로바", "other", ["Светлана", "Sveta"]),
        ],
        "note": "Russian hostel guest book photographed and transcribed (inflected Russian name forms such as Паком, Пака labelled whole): Cyrillic entries with passport data, Hangul and English comments by guests, transcriber's notes; administrator with diminutive Sveta; guest names in Cyrillic, Latin and Hangul; KNDR (КНДР) public; one guest signs with initials only.",
        "text": """[Transcription of photographs IMG_4410-4416: guest book, small hostel on a side street in {{u:Vladivostok}}, January-March 2018. Transcribed by {{p:Yuna Cha}}. Cyrillic kept; translations in square brackets.]

КНИГА ГОСТЕЙ [guest book]
Администратор: {{r:Светлана Орлова}}

07.01.2018 | комн. 4 | {{r:Пак Чун Хёк}}, паспорт {{u:КНДР}} № 836xxxxx, с 07.01 по 14.01 | оплачено наличными | подпись: {{r:Пак}}
07.01.2018 | комн. 4 | {{p:Ким Сон Ир}}, паспорт {{u:КНДР}}, с 07.01 по 14.01 | оплачено {{r:Паком}}? [paid by {{r:Pak}}?] | подпись: нет
08.01.2018 | комн. 2 | {{p:Jürgen Haas}}, {{u:Germany}}, 08.01-10.01 | "Great stay, {{r:Sveta}} is the best!"
12.01.2018 | комн. 4 | {{p:Ли Мен Хо}}, паспорт {{u:КНДР}}, с 12.01 | "привёл {{p:Ким}}" [brought by {{p:Kim}}]
15.01.2018 | комн. 3 | {{p:Алексей Рябов}}, {{u:Хабаровск}} | командировка [business trip]

[Page 2, comments written by guests]
여기 {{r:스베타}} 아주머니 좋은 사람이다. 밥을 주었다. — {{r:춘혁}}
{{r:Chun-hyok}} from room 4 helped me carry my bags up. Thanks, man! — {{p:Tomás}}, {{u:Buenos Aires}}
{{p:김성일}} 동무와 {{p:리명호}} 동무는 14일에 현장으로 돌아간다. {{p:김}} 동무 신발 두고 감.
Спасибо, {{r:Светлана}}! [Thank you, {{r:Svetlana}}!] {{p:Д. Н.}}

[Page 3, administrator's notes]
{{r:С. О.}}: корейцы из комн. 4 ушли ночью 19.01, не заплатили за 3 дня. Приходил {{p:Ким}} из бригады, спрашивал про {{r:Пака}}. Я сказала: не знаю.
[{{r:S. O.}}: the Koreans from room 4 left at night on 19.01, three days unpaid. {{p:Kim}} from the brigade came asking about {{r:Pak}}. I said: I don't know.]
[Transcriber's note: she means the guest of room 4, {{r:Пак Чун Хёк}}.]

[Transcriber's remarks]
1. {{r:Pak Chun-hyok}} ({{r:박춘혁}}) is our witness. He says he left the brigade on 19 January and that {{r:Sveta}} gave him two days' food and the number of a church in {{u:Ussuriysk}}.
2. {{p:Ким Сон Ир}} = {{p:Kim Song-il}}, {{p:Ли Мен Хо}} = {{p:Ri Myong-ho}}; {{r:Chun-hyok}} calls them {{p:성일}}이 and {{p:명호}}. Both were on the same building site on {{u:Russky Island}}.
3. The German and Argentinian guests are not relevant and will be redacted.
4. {{r:Svetlana Orlova}} still runs the hostel. We have not contacted her.""",
    },
    {
        "id": "h37-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Bae Ji-won", "배지원", "other", ["jiwon.bae", "BJW"]),
            ("Nam Kyong-suk", "남경숙", "witness", []),
        ],
        "note": "Legal aid clinic intake spreadsheet pasted as tab-separated text; header row; client names in Latin and Hangul columns; staff initials column; e-mail local parts and logins made of names; referrers that are real agencies (public) and invented churches (unmarked); surname Nam beside 남 and 'Nam' in Namyangju.",
        "text": """case_id\tintake_date\tclient_name\tclient_hangul\tcontact\treferred_by\tissue\tstaff
LA-24-031\t2024-01-09\t{{r:NAM Kyong-suk}}\t{{r:남경숙}}\t{{r:nks1972}}@naver.com\t{{u:Korea Legal Aid Corporation}}\twage claim vs broker; {{u:Kuwait}} 2012-2016\t{{r:BJW}}
LA-24-032\t2024-01-09\t{{p:CHOE Yong-il}}\t{{p:최용일}}\t010-xxxx-2231\t{{u:Hanawon}}\tdivorce (spouse in {{u:DPRK}})\t{{p:SHL}}
LA-24-033\t2024-01-11\t{{p:Ri Kum-hwa}}\t{{p:리금화}}\t{{p:kumhwa.ri}}@gmail.com\tHope Light Church\tfraud by broker ({{p:Pyo}}), USD 6,000\t{{r:BJW}}
LA-24-034\t2024-01-15\t{{p:Han Chol}}\t{{p:한철}}\twalk-in\t-\tidentity documents; name spelt {{p:Han Cheol}} on ARC\t{{p:SHL}}
LA-24-035\t2024-01-16\t{{p:YU Son-ok}}\t{{p:유선옥}}\t{{p:yusonok}}@daum.net\t{{u:Ministry of Unification}} (hotline)\tunpaid wages, {{u:Doha}} 2014-2018\t{{p:KDY}}
LA-24-036\t2024-01-22\t{{p:Kye Myong-nam}}\t{{p:계명남}}\t010-xxxx-8872\tclient LA-24-031 ({{r:Nam}})\tsame broker as LA-24-031\t{{r:BJW}}
LA-24-037\t2024-01-23\t{{p:Ban Ha-eun}}\t{{p:반하은}}\t{{p:banhaeun_}}@naver.com\t{{u:Korea Hana Foundation}}\tdebt to broker; minor child\t{{p:KDY}}
LA-24-038\t2024-01-29\t{{p:Jang Song-mi}}\t{{p:장성미}}\t{{p:songmi.jang}}@kakao.com\tself\tinjury abroad ({{u:Vladivostok}} 2019), compensation?\t{{p:SHL}}

notes (sheet 2, pasted below by {{r:jiwon.bae}})
LA-24-031\t{{r:Nam}} says broker {{p:Kye Tae-sik}} kept her passport in {{u:Kuwait}}; {{p:Kye Myong-nam}} (LA-24-036) is his cousin and a victim too. Meeting in {{u:Namyangju}} office 2/2.
LA-24-033\t{{p:Pyo}} = {{p:표만길}}? same name as in LA-23-114. check with {{p:SHL}}.
LA-24-034\t{{p:Han Chol}} lost his ARC; the immigration office in {{u:Yangcheon}} has him as {{p:HAN CHEOL}}.
LA-24-037\t{{p:Ha-eun}} has a ban on leaving the country (tax debt?) - verify with {{p:KDY}}.
staff key: {{r:BJW}} = {{r:Bae Ji-won}} ({{r:jiwon.bae}}@lawclinic.or.kr), {{p:SHL}} = {{p:Seo Hye-lin}}, {{p:KDY}} = {{p:Ko Da-yeon}}""",
    },
    {
        "id": "h37-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ji-won", "지원", "witness", ["Jiwon", "지원"]),
            ("Mi-ok", "미옥", "coworker", ["미옥", "Miok"]),
        ],
        "note": "Text message thread in Konglish between two friends; given names in Hangul and Latin with 아/야/이 vocatives; 지원 beside 지원 (support) and 지원금; 'Moon' as a name beside 문자/the moon; surnames Ha and So as names beside 'ha' and 'so'; emoji; Seoul places public.",
        "text": """[{{r:Mi-ok}}] 22:14  {{r:Jiwon}}아 ㅋㅋ tomorrow interview 가?
[{{r:Ji-won}}] 22:15  응 10시 ㅠㅠ so nervous
[{{r:Mi-ok}}] 22:15  ha ha 너 완전 ready야. 근데 어디서 해?
[{{r:Ji-won}}] 22:16  {{u:광화문}}. 그 NGO office. {{p:Ha}} 선생님이 interviewer래
[{{r:Mi-ok}}] 22:16  {{p:Ha}} 선생님? the tall one? 그 사람 good. 나 작년에 {{p:Ha Seung-min}} 선생님이랑 했어
[{{r:Ji-won}}] 22:17  응 {{p:Seung-min}} ssam 맞아
[{{r:Mi-ok}}] 22:18  무슨 얘기 할 거야? {{u:Kuwait}}?
[{{r:Ji-won}}] 22:19  yes 다. the whole thing. {{p:Bae}} 반장, passport, 그 hospital 일까지
[{{r:Mi-ok}}] 22:19  {{p:Bae}} 그 새끼 😡
[{{r:Mi-ok}}] 22:20  {{p:So}} 언니도 말할 거야? {{p:So Myong-hui}}
[{{r:Ji-won}}] 22:21  {{p:Myong-hui}} 언니 허락 받았어. 이름은 빼기로
[{{r:Ji-won}}] 22:22  참 나 지원금 서류도 내야 됨. {{u:Hana Center}}에. 지원이가 지원금 받는 거 ㅋㅋㅋ
[{{r:Mi-ok}}] 22:22  ㅋㅋㅋㅋ 이름값 하네
[{{r:Mi-ok}}] 22:24  아 그리고 {{p:Moon}} 오빠가 문자 했어. 너 번호 물어봄
[{{r:Ji-won}}] 22:24  {{p:Moon}}? {{p:Moon Tae-gil}}? no no no 주지마 🙅
[{{r:Mi-ok}}] 22:25  알았어 ㅋㅋ 안 줬어. he's so weird. moon 보면서 sing 하는 사람
[{{r:Ji-won}}] 22:26  ㅋㅋㅋ {{r:미옥}}아 you're the best
[{{r:Mi-ok}}] 22:27  interview 끝나고 {{u:Jongno}}에서 밥 먹자. {{p:Eun-ji}}도 온대. {{p:은지}}가 쏜다고 ㅋㅋ
[{{r:Ji-won}}] 22:27  오 really? {{p:Eun-ji}} 취직했어?
[{{r:Mi-ok}}] 22:28  {{u:Samsung}} 협력업체 ㅋㅋ 대박
[{{r:Ji-won}}] 22:28  wow. ok 12시 {{u:Jonggak}} station 3번 출구
[{{r:Mi-ok}}] 22:29  ok! 그리고 {{r:Jiwon}}아 떨지마. 너는 {{u:Kuwait}}에서도 살아 나왔잖아 💪
[{{r:Ji-won}}] 22:30  🥹 고마워 {{r:Miok}}아
[{{r:Ji-won}}] 22:31  {{p:Bae}} 얘기 하다 울면 어떡하지
[{{r:Mi-ok}}] 22:31  울어도 돼. {{p:Ha}} 선생님이 tissue 줄 거야 ㅋㅋ good night {{r:지원}}아
[{{r:Ji-won}}] 22:32  night 🌙""",
    },
    {
        "id": "h37-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Myong-chol", "리명철", "witness", ["Lý Minh Triết", "李明哲"]),
            ("Nguyen Thi Lan", "응우옌 티 란", "other", ["Lan", "Nguyễn Thị Lan"]),
        ],
        "note": "Vietnamese-Korean interpreter's glossary for one case: names in Vietnamese, Korean, Hanja and English; Sino-Vietnamese readings of Korean names (Lý Minh Triết = 리명철), one of them a public figure (Kim Chính Nhật); Vietnamese kin terms chị/anh/ông outside the name; shelter and police posts; Hanoi, Lang Son, Mong Cai public.",
        "text": """BẢNG THUẬT NGỮ / 용어집 / GLOSSARY — hồ sơ VN-19-04
Phiên dịch viên / 통역: {{p:Trần Thu Hà}} ({{p:쩐 투 하}}) · cập nhật 12/2019

A. NGƯỜI / 인물 / PEOPLE
{{r:Lý Minh Triết}} = {{r:리명철}} = {{r:李明哲}} = {{r:Ri Myong-chol}} — người khai chính / 주 증언자 / main witness. Công an viết tên là "{{r:LY MINH TRIET}}"; anh ấy tự giới thiệu là "{{r:Myong-chol}}".
{{p:Kim Thuận Cơ}} = {{p:김순기}} = {{p:金順基}} — 동행자 / người đi cùng / companion, 1985
{{p:Phác Ngọc Châu}} = {{p:박옥주}} = {{p:朴玉珠}} — 동행자, nữ, 1990. Chú ý: Phác là cách đọc Hán-Việt của họ 박 (Pak/Park).
{{p:Thôi Vĩnh Hạo}} = {{p:최영호}} = {{p:崔永浩}} — 작업반장 tại công trường ở {{u:Moskva}} trước khi trốn / brigade leader in {{u:Moscow}}

B. NGƯỜI {{u:VIỆT NAM}} / {{u:베트남}} 사람
chị {{r:Lan}} = {{r:Nguyễn Thị Lan}} ({{r:응우옌 티 란}}) — 쉼터 관리자 / quản lý nhà tạm lánh, {{u:Hà Nội}}
anh {{p:Dũng}} = {{p:Phạm Văn Dũng}} — 운전기사 / tài xế từ {{u:Lạng Sơn}}
ông {{p:Tư}} = {{p:Lê Văn Tư}} — chủ nhà nghỉ ở {{u:Móng Cái}}, báo công an
cán bộ {{p:Hoàng}} — công an cửa khẩu; {{r:Myong-chol}} gọi là "{{p:황}} 선생"

C. TÊN CÔNG KHAI — KHÔNG PHẢI NHÂN CHỨNG / 공인 / PUBLIC NAMES
{{u:Kim Chính Nhật}} = {{u:김정일}} = {{u:金正日}} (không nhầm với nhân chứng)
{{u:Kim Nhật Thành}} = {{u:김일성}}
{{u:Đại sứ quán Hàn Quốc}} tại {{u:Hà Nội}} = {{u:주베트남 대한민국 대사관}}
{{u:Cao ủy Liên Hợp Quốc về người tị nạn}} = {{u:UNHCR}}

D. GHI CHÚ / 메모
- Khi {{r:Triết}} nói "{{p:순기}}야", đó là gọi {{p:Kim Thuận Cơ}}. Khi nói "{{p:옥주}} 동무", là {{p:Phác Ngọc Châu}}.
- {{r:Myong-chol}} gọi chị {{r:Lan}} là "{{r:란}} 누나". Từ "란" trong 란 (欄, cột) không phải tên.
- {{p:Thôi Vĩnh Hạo}} / {{p:최영호}}: anh ấy nói {{p:최}} 반장 giữ hộ chiếu của cả đội ở {{u:Nga}}.
- Ông {{p:Tư}}: chữ "tư" cũng có nghĩa là số bốn; ông là con thứ tư trong nhà.
- Người đi cùng thứ ba khai tên là {{p:Dương}} ({{p:양}}), không rõ tên đầy đủ. {{r:Myong-chol}} nói {{p:Dương}} đã ở lại {{u:Lạng Sơn}}.""",
    },
    {
        "id": "h37-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jin Chun-hua", "김춘화", "coworker", ["春花", "小金"]),
            ("Wang Jianguo", "왕젠궈", "supervisor", ["老王"]),
        ],
        "note": "WeChat Moments post in Chinese with comments in Chinese and Korean by a Dandong restaurant owner about North Korean waitresses; Chinese forms of address 老周, 小李, 金哥, 老王, 小金 labelled whole; given name 春花 beside 春天/花; commenters' display names; places on both sides of the Yalu public.",
        "text": """【朋友圈】{{r:王建国}}
今天店里来了一批新服务员，都是对面{{u:新义州}}过来的姑娘，唱歌跳舞样样行。周末来吃冷面的朋友们，记得提前订位！🎤🍜 地址：{{u:丹东}}{{u:元宝区}}江边，{{u:鸭绿江断桥}}往北走五分钟。
[图片×9]
📍 {{u:丹东}}
2019年4月6日 21:14

❤️ {{p:老周}}, {{p:小李}}, {{p:金哥}}, {{p:阿明}}, {{p:Linda张}}, {{p:李红梅}}

评论
{{p:老周}}：{{r:老王}}，生意越做越大啊👍
{{r:王建国}} 回复 {{p:老周}}：哪里哪里，托兄弟的福
{{p:小李}}：那个穿红裙子的是不是去年的{{r:春花}}？
{{r:王建国}} 回复 {{p:小李}}：{{r:春花}}回去了，这批是新的。领班还是{{p:崔老师}}
{{p:金哥}}：{{r:老王}}，你那个{{p:崔老师}}管得太严了，上次我给小姑娘五十块小费都被收走了
{{r:王建国}} 回复 {{p:金哥}}：规矩是人家定的，我也没办法😅
{{p:阿明}}：春天到了，花都开了，{{r:老王}}的店也开了新花样
{{p:李红梅}}：{{r:王总}}，{{r:小金}}呢？她中文说得最好
{{r:王建国}} 回复 {{p:李红梅}}：{{r:小金}}就是{{r:春花}}，{{r:金春花}}。已经回{{u:平壤}}了
{{p:Linda张}}：😢 我挺喜欢她的

[NGO 번역 메모 / 2022, 담당 {{p:염수진}}]
- 게시자 {{r:왕젠궈}}({{r:王建国}}): {{u:단둥}} 식당 사장. 다들 "{{r:老王}}", 직원들은 "{{r:王总}}"이라고 부름.
- "{{r:春花}}" / "{{r:小金}}" = {{r:김춘화}}. 우리 증언자 {{p:정은향}}의 동료였음. {{p:은향}} 씨 말로는 {{r:춘화}}는 2018년 말 귀국 후 소식 없음.
- "{{p:崔老师}}" = 식당 북측 책임자 {{p:최명숙}}. {{p:은향}} 씨는 {{p:최}} 선생이라고 부름.
- 댓글의 {{p:老周}}, {{p:小李}}, {{p:金哥}}는 단골손님들로 보임. {{p:金哥}}는 조선족 무역상 {{p:김}}모 씨로 추정.
- "春天到了，花都开了"는 이름 {{r:春花}}를 가지고 한 말장난.""",
    },
    {
        "id": "h37-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Song-chol", "조성철", "witness", ["JO S.C.", "Song-chol"]),
            ("Rim Yong-guk", "림영국", "supervisor", ["Lim"]),
        ],
        "note": "Doha construction site roll-call sheet with English headers, Korean and Arabic names, and Nepali and Indian workers; surnames in capitals with initials; Rim written Lim by the Qatari foreman; 'Jo' beside 'job'; 'Song' as the witness's given name beside a song; Qatari places and a real ministry public; Arabic script name.",
        "text": """SITE ROLL-CALL / 출역부 — Block 7 villas, {{u:Al Wakrah}}, {{u:Qatar}}
Main contractor: Gulf Pearl Contracting W.L.L. · Korean sub-crew supplied via "{{u:Genco}}" (per foreman)
Week 22-27 June 2015 · P = present, A = absent, S = sick

No. | Name | 한글 | Trade | Su Mo Tu We Th Sa
K-01 | {{r:RIM Y.G.}} (crew leader) | {{r:림영국}} | - | P P P P P P
K-02 | {{r:JO S.C.}} | {{r:조성철}} | mason | P P P S S P
K-03 | {{p:KWON I.H.}} | {{p:권일호}} | mason | P P P P P P
K-04 | {{p:CHA M.S.}} | {{p:차명수}} | steel fixer | P P A A A P
K-05 | {{p:SO K.N.}} | {{p:소경남}} | steel fixer | P P P P P P
K-06 | {{p:PYO T.J.}} | {{p:표태진}} | tiler | P P P P P P
N-11 | {{p:Ram Bahadur Thapa}} | - | helper | P P P P P P
N-12 | {{p:Bishnu Gurung}} | - | helper | P A P P P P
I-21 | {{p:Anil Kumar}} | - | electrician | P P P P P P

Foreman's remarks (English):
- 24/6: K-02 {{r:Jo}} fainted at 13:00, heat. Leader {{r:Lim}} said he is fine, back to the job next day. I sent him to {{u:Hamad Medical Corporation}} clinic anyway. {{r:Lim}} angry.
- 24-26/6: K-04 {{p:Cha}} absent. {{r:Lim}} says "sick in camp". Nobody has seen him.
- 27/6: Inspectors from the {{u:Ministry of Labour and Social Affairs}} visited at 11:30. Korean crew sent to the far side of the plot before they came. {{r:Lim}} did the talking.
Foreman: {{p:Mahmoud Saleh}} ({{p:محمود صالح}})   Site engineer: {{p:Ravi Menon}}

---
증인 메모 (2021, {{u:서울}}):
이 출역부의 K-02가 증인 {{r:조성철}}. {{r:성철}} 씨는 "{{r:림영국}} 반장은 아랍 사람들 앞에서는 자기를 {{r:Lim}}이라고 소개했다"고 함. 24일 병원에 데려간 사람은 현장 감독 {{p:마흐무드}}. K-04 {{p:차명수}}는 그 주에 숙소를 나가 {{u:도하}} 시내로 도망쳤다가 사흘 만에 잡혔다고 함. {{p:명수}}는 그 뒤 {{u:평양}}으로 송환.
Witness adds in English: "Every morning {{r:Rim}} made us sing the song about the General before the roll-call. {{p:Mahmoud}} thought it was a Korean work song. {{r:Song-chol}}, he called me, {{r:Song}}. He was a good man," he says.""",
    },
    {
        "id": "h37-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yon Hye-gyong", "연혜경", "witness", ["小燕", "혜경"]),
            ("Sung Mun-ho", "성문호", "supervisor", ["成队长", "성"]),
        ],
        "note": "Seafood factory shift roster in Chinese with Korean workers' names in Hanzi and Hangul, Chinese forms of address (小燕, 老周, 小李, 成队长 labelled whole); names separated by 、 and slashes; surname 成/성 beside 成品 and 성과; Donggang and Dandong public; witness annotations in Korean.",
        "text": """{{u:东港市}}某水产加工厂 · {{u:朝鲜}}工人三车间排班表 (2018年11月第2周)
车间主任：{{p:周国平}}（{{p:老周}}）　朝方队长：{{r:成文浩}}（{{r:成队长}}）　翻译：{{p:李晓燕}}（{{p:小李}}）

早班 06:00-14:00
剥虾组：{{p:金美兰}}、{{p:朴顺姬}}、{{p:李英玉}}、{{r:延惠京}}、{{p:崔贞花}}
包装组：{{p:韩明珠}}、{{p:吴春实}}、{{p:河善英}}

中班 14:00-22:00
剥虾组：{{p:郑玉心}}／{{p:安福实}}／{{p:宋银河}}／{{p:池香兰}}
成品冷冻：{{p:卢哲}}、{{p:石光日}}

夜班 22:00-06:00（加班，无加班费）
{{r:延惠京}}、{{p:崔贞花}}、{{p:宋银河}}

备注：
1. {{r:小燕}}（{{r:延惠京}}）本周连续三天夜班，{{p:老周}}同意，{{r:成队长}}签字。
2. {{p:宋银河}}手指冻伤，{{p:小李}}带去{{u:东港}}市医院，{{r:成队长}}不同意住院。
3. 成品不合格率超过5%的组，扣全组伙食费。
4. 十一月十五日{{u:朝鲜}}方面来人检查，{{r:成队长}}要求所有人背诵语录。

—— 증인 주석 ({{r:연혜경}}, 2022년 {{u:서울}}) ——
이 표는 {{p:이효연}}이라는 조선족 통역 언니(공장에서는 "{{p:小李}}")가 몰래 찍어 준 사진을 옮긴 것이다. 한자 이름을 우리 이름으로 적으면:
{{p:김미란}}, {{p:박순희}}, {{p:리영옥}}, {{r:연혜경}}(나), {{p:최정화}} / {{p:한명주}}, {{p:오춘실}}, {{p:하선영}} / {{p:정옥심}}, {{p:안복실}}, {{p:송은하}}, {{p:지향란}} / {{p:로철}}, {{p:석광일}}.
{{u:중국}} 사람들은 나를 {{r:小燕}}이라고 불렀다. 내 성이 연(延)이라서 제비 연(燕) 자로 알아들은 것이다.
{{r:성문호}} 대장은 성과가 안 나오면 밥을 줄였다. {{r:성}} 대장이 제일 무서워한 건 {{p:老周}}, 즉 {{p:주국평}} 주임이었다. {{p:老周}}는 말은 험해도 우리한테 간식을 몰래 줬다.
{{p:송은하}}는 손가락 두 개를 잃었다. {{p:은하}}가 병원에서 돌아온 날 밤에도 나는 야간조였다.""",
    },
    {
        "id": "h37-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yuk Song-ae", "육성애", "witness", ["Song-ae", "P07"]),
            ("Ho Chang-nam", "허창남", "supervisor", ["허 지도원"]),
        ],
        "note": "Qualitative research coding memo (NVivo-style export) in English with Korean quotations; participant codes P07 etc. are not labelled, names are; coder initials; surname 허 beside the interjection 허허 and 허리; 'Song' inside a given name beside 'song'; Ha as surname beside 'ha'; Russian cities and the ILO public.",
        "text": """CODING MEMO — project "Plan and Envelope", round 3
Coder: {{p:SJL}} ({{p:Shin Ji-in}}) · second coder: {{p:R. Abbasi}} · exported 2024-03-02

Node: CONTROL > passports
  P07 ({{r:Yuk Song-ae}}, {{u:Ulan-Ude}} 2014-2017), ref. 3
  "{{r:허}} 지도원이 여권을 걷어서 자기 가방에 넣었어요. 가방을 베고 잤어요."
  Memo ({{p:SJL}}): {{r:Ho Chang-nam}} = the 지도원; P07 always says "{{r:허}} 지도원", never the given name. Cross-check with P11 ({{p:Ha Yong-sik}}), who worked under {{r:Ho}} in {{u:Irkutsk}} in 2016.
  P11 ({{p:Ha Yong-sik}}), ref. 1
  "{{r:허창남}}이? 허허, 그 사람 아직도 살아 있어요? 허리띠에 여권 주머니를 찼지."
  Memo ({{p:RA}}): note the laugh "허허" is not the surname. {{p:Ha}} confirms the passport pouch.

Node: WAGES > deductions
  P07 ({{r:Song-ae}}), ref. 5
  "월급날이면 노래를 불렀어요. 장군님 노래. 그리고 봉투는 {{r:허}} 지도원한테."
  Memo ({{p:SJL}}): the "pay-day song" again (cf. P03 {{p:Moon Hae-ran}}, P09 {{p:Kim Ok-nyo}}). {{r:Song-ae}} sang a line of the song in the interview; do not transcribe the melody.
  P03 ({{p:Moon Hae-ran}}), ref. 2
  "봉투에 120이라고 써 있고 안에는 15. {{p:문}} 동무, 불만 있나? 하고 {{p:채}} 반장이 물었어요."
  Memo ({{p:RA}}): P03's own surname in the quote. {{p:채}} 반장 = {{p:Chae Kwang-sok}} (see case sheet).

Node: ESCAPE > helpers
  P07 ({{r:Yuk Song-ae}}), ref. 9
  "{{u:러시아}} 할머니 {{p:갈랴}}가 빵을 줬어요. 그 집 아들 {{p:바짐}}이 역까지 태워 줬고."
  Memo ({{p:SJL}}): {{p:Galya}} = {{p:Galina Petrovna}}? and {{p:Vadim}}. Both in {{u:Ulan-Ude}}. Anonymise in all outputs.
  P09 ({{p:Kim Ok-nyo}}), ref. 4
  "{{p:옥녀}}야, 가라. 하고 {{p:하}} 언니가 등을 밀었어요." → {{p:하}} 언니 = {{p:Ha Kum-sil}}, another worker; not P11 {{p:Ha}}.

Node: HEALTH
  P11 ({{p:Ha Yong-sik}}), ref. 6: back injury, {{u:Irkutsk}}, treated by "the Buryat doctor" (Dr {{p:Dorzhiev}} per the clinic note).
  P07 ({{r:Song-ae}}), ref. 11: lost hearing in one ear; {{r:허창남}} refused a doctor.

Inter-coder note: {{p:RA}} and {{p:SJL}} agree on 41 of 44 references. Disagreements logged for P03 ref. 7 and P07 ref. 12; both resolved. Next meeting with Dr {{p:Nadia Rahim}} ({{u:ILO}} consultant) on 8 March.""",
    },
    {
        "id": "h37-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Sun-ja", "김순자", "witness", ["ＫＩＭ ＳＵＮＪＡ", "순자"]),
        ],
        "note": "Symposium registration form export (Japanese/Korean/English) with fullwidth Latin letters, a fullwidth space, zero-width spaces and joiners inside names, all-caps and lower-case entries, katakana readings; half the line breaks CRLF; Tokyo venues and universities public; organisation fields that are invented left unmarked.",
        "text": """シンポジウム「海外派遣労働と{{u:北朝鮮}}」参加登録一覧 / 심포지엄 참가 등록 목록 / Registration export
会場 Venue: {{u:早稲田大学}} {{u:小野記念講堂}} ({{u:Waseda University}}), {{u:東京}}
抽出 Exported: 2023-11-20 09:00 JST

No.\t氏名 Name\tフリガナ\t所属 Affiliation\t言語
001\t{{p:田中 由美}}\t{{p:タナカ ユミ}}\t{{u:早稲田大学}}\tJA
002\t{{r:ＫＩＭ ＳＵＮＪＡ}}\t{{r:キム スンジャ}}\t(個人 individual)\tKO
003\t{{p:Pak\u200bMyong\u200bsu}}\t{{p:パク ミョンス}}\tTokyo Hope Network\tKO/JA
004\t{{p:ＬＥＥ　ＨＹＥ-ＲＩＭ}}\t{{p:イ ヘリム}}\t{{u:ソウル大学}}\tKO
005\t{{p:john o'neill}}\t{{p:ジョン オニール}}\t{{u:Amnesty International Japan}}\tEN
006\t{{p:박\u200b정\u200b우}}\t{{p:パク ジョンウ}}\t\tKO
007\t{{p:佐藤健}}\t{{p:サトウ ケン}}\t{{u:朝日新聞}}\tJA
008\t{{p:ＲＩ Ｋ．Ｊ．}}\t{{p:リ}}\t\tKO
009\t{{p:高\u200d英\u200d姫}} ({{p:고영희}})\t{{p:コ ヨンヒ}}\t(在日 zainichi)\tJA/KO
010\t{{p:YAMAMOTO Akira}}\t{{p:ヤマモト アキラ}}\t{{u:NHK}}\tJA

備考 Notes
- 002 {{r:ＫＩＭ ＳＵＮＪＡ}}: 登壇者（証言）. 本人の希望により名前は公開しない / 증언자. 이름 비공개 희망. Speaker slot 14:00. Interpreter: {{p:박정우}} (006).
- 003 / 006: the zero-width characters in "{{p:Pak\u200bMyong\u200bsu}}" and "{{p:박\u200b정\u200b우}}" come from the online form; do not retype, the export is the record.
- 008 entered initials only (fullwidth). Reception ({{p:佐藤}}) to ask for the full name at the door.
- 009 {{p:高英姫}}: the form stored joiners between the characters. Not to be confused with the public figure {{u:고영희}} ({{u:高英姫}}), mother of {{u:Kim Jong Un}}; the registrant is a retired teacher from {{u:大阪}} {{u:生野区}}.
- 005 {{p:John O'Neill}} needs an English receiver.
- {{r:순자}} さんの控室: 2F-3. 付き添い {{p:田中}}.""",
    },
    {
        "id": "h37-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("An Chol-ung", "안철웅", "witness", ["Chol-ung"]),
            ("Yun Ha-na", "윤하나", "other", ["하나"]),
        ],
        "note": "Bilingual NGO board meeting minutes (English with Korean passages); board members fictional; witness surname An beside the article 'an' and Korean 안 (not/inside); chair 하나 beside 하나 (one) and the Hana Foundation; motion/seconded formula; real foundations, ministry and cities public.",
        "text": """MINUTES / 회의록 — Board of Directors, quarterly meeting
Date: 14 December 2023, 19:00-21:10 · Place: office, {{u:Mapo-gu}}, {{u:Seoul}}, and online

Present / 참석: {{r:Yun Ha-na}} (Chair / 이사장), {{p:Kwak Min-jae}} (Treasurer), {{p:Peter Hollis}}, {{p:Son Eun-bi}}, {{p:Pae Kyong-ho}} (online from {{u:Busan}}), {{p:Ji Seon-u}} (staff, minutes)
Apologies / 불참: {{p:Ahn Do-yun}}

1. Opening. The Chair opened the meeting at 19:04. 이사장 {{r:윤하나}}: "안건은 하나입니다. 하나만 제대로 합시다." (laughter)

2. Minutes of 21 September approved. Moved: {{p:Kwak}}. Seconded: {{p:Son}}.

3. Testimony project, overseas labour (report by {{p:Ji Seon-u}})
- 14 new testimonies recorded this quarter; 9 from {{u:Russia}}, 3 from {{u:China}}, 2 from {{u:Kuwait}}.
- An issue was raised about witness consent. Witness W-118, {{r:An Chol-ung}}, asked in November to withdraw his name from the public report. {{r:Chol-ung}} 씨는 "이름은 안 나가도 내용은 나가야 한다"고 했음. The board agreed.
- {{p:Peter Hollis}} asked whether {{r:An}}'s employer in {{u:Vladivostok}}, which he names as {{u:Korea Rungrado General Trading Corporation}}, can be named. Yes: real company, already sanctioned.
- {{p:Son Eun-bi}} noted that {{r:안철웅}} 씨가 언급한 작업반장 {{p:마}} 씨와 {{p:표}} 씨는 이름을 모두 가명 처리하기로.

4. Finance (Treasurer {{p:Kwak Min-jae}})
- Grant from the {{u:Korea Hana Foundation}} ({{u:남북하나재단}}) for 2024 confirmed: KRW 48 million. {{u:하나재단}} 지원금 중 일부는 증언자 교통비로.
- Donation of KRW 5 million from {{p:Lee Dong-ryeol}} (private donor, does not wish to be thanked publicly).
- {{p:Pae Kyong-ho}} asked for an audit before March. Agreed.

5. Staff
- {{p:Ji Seon-u}}'s contract renewed for one year.
- Intern {{p:Hwang Ye-jin}} finishes on 31 December. Thanks to {{p:Ye-jin}}.

6. Any other business
- {{p:Son}} reported a phone call from a man claiming to be from the {{u:Ministry of Unification}} asking for witness lists. No one of that name works there; {{p:Son}} refused. To be reported to police.
- 다음 회의: 2024년 3월 14일. 장소 미정, 안에서 할지 온라인으로 할지 {{r:하나}} 이사장이 결정.

Closed 21:10. Signed: {{r:Yun Ha-na}} (Chair) / {{p:Ji Seon-u}} (minutes)""",
    },
    {
        "id": "h37-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chu Yong-hak", "주영학", "witness", ["Yong-hak"]),
            ("Ri Son-ae", "리선애", "relative", ["Son-ae"]),
        ],
        "note": "Exhibition photo captions in English and Korean with left-to-right lists of people; names separated by commas, semicolons and slashes; photographer credits; a portrait of a real public figure on a wall (public); Moon as a name beside a moon photo; real museums, cities and a ship public.",
        "text": """EXHIBITION: "Sent Abroad" — photo captions, room 2 (draft for printing)
전시: 「보내진 사람들」 — 2전시실 사진 설명 (인쇄용 초안)

Photo 2.1
Dormitory, {{u:Tynda}}, {{u:Amur Oblast}}, winter 2009. L-R: {{r:Chu Yong-hak}}, {{p:Moon Kwang-su}}, {{p:So Il-nam}}, unidentified. The portrait on the wall is of {{u:Kim Jong Il}}. Photo: {{r:Chu Yong-hak}}, taken with a borrowed camera.
2009년 겨울, {{u:아무르주}} {{u:틴다}} 숙소. 왼쪽부터 {{r:주영학}}, {{p:문광수}}, {{p:소일남}}, 신원 미상.

Photo 2.2
The moon over the logging road, {{u:Tynda}}, 2010. {{r:Yong-hak}} says {{p:Moon}} asked him to photograph it "so that my wife sees the same moon". Photo: {{r:Chu Yong-hak}}.
{{p:광수}} 형님이 "우리 집사람도 이 달을 본다"며 찍어 달라고 했다고 한다.

Photo 2.3
Wedding, {{u:Hamhung}}, 1998. {{r:Chu Yong-hak}} and {{r:Ri Son-ae}}. Behind them, L-R: {{p:Chu Pong-sik}} (father), {{p:Kim Yong-ok}} (mother); {{p:Ri Tae-ho}} / {{p:Ri Sun-bok}} (bride's parents). Lent by {{r:Son-ae}}'s cousin, {{p:Ri Myong-ja}}, {{u:Seoul}}.
1998년 {{u:함흥}} 결혼식. {{r:주영학}}·{{r:리선애}} 부부. 뒷줄 왼쪽부터 {{p:주봉식}}, {{p:김영옥}}, {{p:리태호}}, {{p:리순복}}.

Photo 2.4
Letter from {{r:Son-ae}} to {{r:Yong-hak}}, 2011, never delivered; found in {{p:So Il-nam}}'s bag after {{p:Il-nam}} left the camp. "{{r:영학}} 씨, 우리 {{p:은별}}이가 벌써 걷습니다."
Private collection of the {{r:Chu}} family.

Photo 2.5
Brigade group photo, {{u:Khabarovsk}}, 2012. Front row L-R: {{p:Kang Myong-jin}}; {{p:Yu Chang-ok}}; {{p:Pak Tong-hun}} (brigade leader); {{r:Chu Yong-hak}}. Back row: {{p:Ho Sang-chol}}, {{p:An Kwang-il}}, {{p:O Nam-su}}, {{p:Ban Song-gil}}. {{p:Pak Tong-hun}} is the only one not smiling.
2012년 {{u:하바롭스크}} 작업반 단체 사진. 앞줄 왼쪽부터 {{p:강명진}}, {{p:유창옥}}, {{p:박동훈}}(반장), {{r:주영학}}. 뒷줄 {{p:허상철}}, {{p:안광일}}, {{p:오남수}}, {{p:반성길}}.

Photo 2.6
{{r:Yong-hak}} at {{u:Incheon International Airport}}, 2016, the day he arrived. Photo: {{p:Dana Whitcombe}}.
2016년 {{u:인천국제공항}}. 사진 {{p:데이나 휘트콤}}.

Photo 2.7
The {{u:Mangyongbong-92}} in port at {{u:Vladivostok}}, 2017, on the line from {{u:Rajin}} that carried some brigades. Photo: {{p:Dana Whitcombe}}.
2017년 {{u:블라디보스토크}}항의 {{u:만경봉92}}호.

Credits: curator {{p:Seong Da-in}}; translation {{p:Ko Eun-chae}}; with thanks to {{p:Moon}}'s daughter, {{p:Moon Ha-yeon}}, for permission to show photo 2.2.""",
    },
]
