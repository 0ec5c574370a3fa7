# ruff: noqa: E501
"""Held-out evaluation passages, set 17 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship, law). Built by build_heldout.py heldout17."""

PASSAGES: list[dict] = [
    {
        "id": "h17-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Myong-su", "조명수", "witness", ["Myongsu"]),
            ("Moon Kwang-ho", "문광호", "supervisor", []),
            ("Do Chang-nam", "도창남", "coworker", ["Old Do"]),
        ],
        "note": "Squid jigger, first person; captain with surname Moon next to ordinary 'moon'; boatswain by nickname 'Old Do'; sentence-initial No/So; Chinese carrier owner and deckhand; unhyphenated given name.",
        "text": """I was the youngest on the {{u:Taehung 58}}, a squid boat out of {{u:Chongjin}}: eighteen men, one toilet, and a captain called {{r:Moon Kwang-ho}}. Captain {{r:Moon}} kept our seamen's books in a tin box under his bunk, the key on a string round his neck.

We sailed in June 2017 to waters the Chinese had paid for. The catch went onto a carrier, the {{u:Liao Dan Yu 606}}, owned by a man from {{u:Dalian}}, {{p:Sun Weidong}}. The boatswain called him Boss {{p:Sun}}; Boss {{p:Sun}} called the boatswain Old {{r:Do}}.

Old {{r:Do}} was {{r:Do Chang-nam}}, fifty-one, the only man who could mend the jigging machines. {{r:Chang-nam}} taught me to hang the lamps. Under the lamps the squid rise like a moon coming up from below, he said. We jigged from four in the afternoon to eleven the next morning. No days off. If the hold was not full, no rice, only corn.

My cousin {{p:Jo Hyon-gu}} had a bad leg, and Captain {{r:Moon}} said he ate rice for nothing. In August {{p:Hyon-gu}} fell between our hull and the carrier. A Chinese deckhand, {{p:Xiao Liu}}, pulled him out with a boathook.

{{r:Moon}} promised each of us 300 dollars. In {{u:Chongjin}} we got twenty kilos of rice and a loyalty certificate. The rest went, {{r:Do}} told me, to the {{u:Korea Taehung Trading Corporation}} and to the captain.

I, {{r:Jo Myong-su}}, left the country in 2019. So this is my statement. My mother still calls me {{r:Myongsu}} when a broker connects us.""",
    },
    {
        "id": "h17-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pyon Myong-ok", "편명옥", "witness", ["PYON MYONG OK"]),
            ("Gong Chol-u", "공철우", "supervisor", []),
            ("Ri Sun-hwa", "리순화", "coworker", ["Lee Sun-hwa"]),
        ],
        "note": "Polish labour court record; names in capitals, spaced and hyphenated; signature with initials; surname Gong; agency interpreter 'Mrs Lee' is a different person from registered Ri; Polish diminutive Krzysiek/Krzysztof.",
        "text": """DISTRICT COURT IN {{u:ELBLĄG}}, IV LABOUR DIVISION
Case IV P 212/19. Record of witness hearing, 14 November 2019.
Present: Judge {{p:Małgorzata Kowalczyk}}; counsel for the claimant, adv. {{p:Piotr Zieliński}}; interpreter {{p:Ha Eun-ji}}.

The witness gives her name as {{r:PYON MYONG-OK}}, born 1986 in {{u:Hamhung}}, and confirms that the passport in the name {{r:PYON MYONG OK}} was held by her team leader, not by her.

Witness: We were nineteen women in the greenhouses at {{u:Gronowo}}. The owner was Mr {{p:Wiśniewski}}; I saw him five times. Our leader was {{r:Gong Chol-u}}. Comrade {{r:Gong}} took our passports at the airport in {{u:Warsaw}}. He said it was so they would not be lost.

We picked and pruned tomatoes from five in the morning until nine at night. Under the plastic it was over forty degrees. {{p:Krzysiek}}, the Polish foreman, brought water and once told {{r:Gong}} it was too much. After that {{p:Krzysztof}} was moved to another hall.

Judge: Who received the wages?
Witness: {{r:Gong Chol-u}} and the agency, {{u:Armex}}. Every month I signed a paper in Polish. My friend {{r:Ri Sun-hwa}} could read some Polish; {{r:Sun-hwa}} said it showed 1,900 złoty. We got 40 dollars, sometimes nothing. {{r:Gong}} said the rest was for the plan.
Counsel: Did anyone complain?
Witness: {{r:Sun-hwa}} did, once, to the agency's interpreter, Mrs {{p:Lee}}. The next week {{r:Ri}} was sent home. Her mother was called in by the security office.

The interpreter {{p:Ha}} read the record back in Korean. Signed: {{r:Pyon M.O.}}""",
    },
    {
        "id": "h17-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-jin", "강철진", "relative", []),
            ("Bang Hak-su", "방학수", "supervisor", ["Badger"]),
        ],
        "note": "Moscow renovation crew told by the worker's sister; crew leader Bang with ordinary 'bang' and 'park'; unrelated co-worker also surnamed Kang; Russian client with name and patronymic, diminutive Tolik, Cyrillic full name; 'Sister' as address unmarked.",
        "text": """My brother {{r:Kang Chol-jin}} went to {{u:Moscow}} in 2016 with a building unit of the {{u:Mokran}} company. I am his older sister; what I know comes from his letters and one call he made on a client's phone.

There were eight men. Their leader was {{r:Bang Hak-su}}. In letters {{r:Chol-jin}} wrote Director {{r:Bang}} when he was careful and "the {{r:Badger}}" when he was not. They plastered and tiled private flats. {{r:Bang}} found the clients, took the cash and paid the company 800 dollars a month per man, whatever happened.

They slept in the flats on sheets of drywall. When a neighbour complained, the door went bang at midnight and {{r:Bang}} moved them on. On Sundays they sat in a park behind the metro. A woman on {{u:Profsoyuznaya Street}}, {{p:Olga Sergeyevna}}, let {{r:Chol-jin}} shower; her husband {{p:Tolik}} drove the men to the market. On the back of a photo my brother wrote her name: {{p:Ольга Сергеевна Крылова}}.

In January 2018 {{p:Kang Ung}} - no relation - fell from a ladder. {{r:Bang Hak-su}} would not take him to a hospital without papers. {{p:Ung}} lay in a corner for two weeks until {{p:Olga}} brought a doctor she knew, {{p:Vadim Arkadyevich}}, who set the arm for nothing.

On the phone my brother said: "Sister, send nothing through {{r:Hak-su}}." Then the line went dead. In 2019 a company man came to our flat in {{u:Pyongsong}} and said {{r:Chol-jin}} was back and working in a mine. I have not seen him. That is why I am speaking.""",
    },
    {
        "id": "h17-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Myong-guk", "최명국", "witness", ["Choi Myung-kook"]),
            ("Ri Yong-chol", "리용철", "supervisor", []),
            ("O Kum-chol", "오금철", "official", []),
        ],
        "note": "Payroll sheet from a Kuwait site; names in capitals without hyphens; initials; one-letter surname O; bare surnames So/Yu/An/Han; 'So did' as ordinary word; Kuwaiti sponsor in Latin and Arabic; Pakistani driver.",
        "text": """Annex 3 to interview file K-41: handwritten payroll sheet photographed by the witness. {{u:Namgang Construction}} team 4, {{u:Al Mutlaa}} housing site, {{u:Kuwait}}, March 2015. Amounts in dinars.

No | Name | Days | Gross | Plan | Paid
1 | {{r:RI YONG CHOL}} (team leader) | 31 | 180 | 150 | 30
2 | {{r:CHOE MYONG GUK}} | 31 | 120 | 110 | 10
3 | {{p:SO KWANG IL}} | 30 | 120 | 110 | 10
4 | {{p:YU CHANG HO}} | 31 | 120 | 115 | 5
5 | {{p:AN SONG MAN}} | 22 | 85 | 85 | 0
6 | {{p:HAN T.S.}} | 31 | 120 | 110 | 10
Checked: site manager {{r:O KUM CHOL}}; accountant {{p:KIM SU RYON}}

Interviewer's note: the witness, {{r:Choe Myong-guk}}, is line 2. "Plan" was the loyalty contribution. {{r:Choe}} says team leader {{r:Ri}} wrote the sheet and manager {{r:O}} signed it, so that nobody could say the men were cheated. {{p:An Song-man}} lost nine days with a crushed foot and was paid nothing at all. {{p:So}} and {{p:Yu}} shared a bunk. So did the witness and {{p:Han}}.

The Kuwaiti sponsor, {{p:Abdullah Al-Enezi}} ({{p:عبدالله العنزي}}), paid the company, never the men. A Pakistani driver, {{p:Imran}}, sometimes took {{r:Myong-guk}} to the clinic at night. Asked who {{p:KIM SU RYON}} was, the witness said only that she was {{r:O}}'s woman from the embassy.""",
    },
    {
        "id": "h17-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rho Kwang-chol", "노광철", "witness", ["No Kwang-chol", "NKC"]),
            ("Ryu Sang-gi", "류상기", "supervisor", ["Yoo Sang-ki"]),
        ],
        "note": "Interviewer's notes with interviewer and translator; Rho/No and Ryu/Yoo spellings; initials NKC and translator initials; zero-width space inside a given name; Russian foreman with patronymic, diminutive and Cyrillic; ferry Man Gyong Bong as public.",
        "text": """INTERVIEW NOTES - file VL-07
Interviewer: {{p:Hannah Cole}}. Translator: {{p:Yoon Da-bin}}. Place: {{u:Incheon}}, 2 May 2022. Duration 3 h 10 min.

Witness: {{r:Rho Kwang-chol}} (passport spelling {{r:NO KWANG CHOL}}), 44, welder. Worked 2013-2018 at a repair yard next to {{u:Dalzavod}}, {{u:Vladivostok}}, under a contract held by {{u:Rungrado General Trading Corporation}}.

- Team of 30 welders and fitters. Chief engineer {{r:Ryu Sang-gi}} ("{{r:Yoo}}" in the Russian paperwork) held all passports in the office safe. {{r:NKC}} says {{r:Ryu}} also kept a notebook of who had spoken to Russians.
- Shifts 7:00-23:00, seven days. In winter the hull steel burned through gloves. Russian foreman {{p:Sergei Ivanovich Belov}} ("{{p:Seryozha}}", {{p:Серёжа}}) paid overtime in cash to {{r:Ryu}}. No overtime reached the men.
- Co-worker {{p:Paek Un-chol}} lost an eye to slag in 2016; witness cried describing it. {{p:Un-chol}} was sent home on the {{u:Man Gyong Bong}} ferry.
- Monthly "loyalty fund": 700 of 900 dollars. {{r:Kwang\u200bchol}} kept 30.
- Escape: 2018, walked out of the yard while {{r:Ryu}} was in {{u:Nakhodka}}. A Russian woman, {{p:Tatiana}}, hid him for one night.

Translator's note ({{p:D.B.Y.}}): the witness signs his name both {{r:No}} and {{r:Rho}}; both are him.""",
    },
    {
        "id": "h17-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Song Chol-min", "송철민", "witness", []),
            ("Hwang Jae-won", "황재원", "supervisor", []),
            ("Ma Tok-su", "마덕수", "coworker", []),
        ],
        "note": "Qatar construction, first person; witness surnamed Song next to 'sang a song'; minder as Comrade + surname and given name alone; Qatari engineer in Latin and Arabic; Nepali and Indian co-workers; possessive 's on names.",
        "text": """My name is {{r:Song Chol-min}}. I was a steel fixer in {{u:Qatar}} from 2012 to 2016, first at {{u:Lusail}}, then on a hotel tower in {{u:West Bay}}.

There were 120 of us from the {{u:Genco}} company. Every morning at four we lined up and sang a song about the General before the bus came. The minder was Comrade {{r:Hwang}}, {{r:Hwang Jae-won}}, once a security officer in {{u:Sinuiju}}. {{r:Hwang}} slept by the door of our container so that no one went out at night.

We worked until seven or eight in the evening, summer too. The Qatari engineer, {{p:Khalid}}, said work must stop at noon in the heat. {{r:Jae-won}} told him yes, and when {{p:Khalid}} left we carried on. {{p:Khalid Al-Marri}}, {{p:خالد المري}} on his card, once gave me water from his car.

A Nepali worker in the next camp, {{p:Bishnu Gurung}}, taught me English words. {{p:Bishnu}} asked how much I earned. I said nothing, and it was nearly true: of 1,000 riyals I kept 100. The rest was "for the Party," said {{r:Hwang}}.

My bunkmate {{r:Ma Tok-su}} broke his back when a scaffold fell in 2015. An Indian foreman, {{p:Suresh}}, took him to {{u:Hamad General Hospital}}. Afterwards {{r:Tok-su}} was flown home and his wife was told he was a hero. {{r:Ma}} wrote to me once from {{u:Hyesan}}.

In 2016 I went out through the back of the site with {{p:Bishnu}}'s help and reached the {{u:Embassy of the Republic of Korea}} in {{u:Doha}}. {{r:Chol-min}} is my real name. I want {{r:Hwang}} to know I said it.""",
    },
    {
        "id": "h17-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-dae", "김영대", "witness", []),
            ("Ju Chang-ryong", "주창룡", "official", []),
            ("Gye Sok-chon", "계석천", "coworker", []),
        ],
        "note": "Equatoguinean lawyer's summary; lawyer's Fang surname Obama looks like a public figure; Director + surname; Mama + given name; Spanish/Equatoguinean names; president as public figure with possessive.",
        "text": """Lawyer's summary for the asylum file of {{r:Kim Yong-dae}}, prepared by {{p:Inés Obama Nchama}}, advocate, {{u:Malabo}}, 2021.

My client was sent to {{u:Equatorial Guinea}} in 2014 by the {{u:Mansudae Overseas Project Group of Companies}} to build a conference hall near {{u:Sipopo}} and later houses in {{u:Bata}}. He worked fourteen hours a day, six and a half days a week.

His passport was held by the group's representative, whom Mr {{r:Kim}} knows as Director {{r:Ju}} - in documents {{r:Ju Chang-ryong}}. {{r:Ju}} reported to the embassy. My client's pay, about 1,100 dollars a month on paper, went from the local contractor straight to {{r:Ju}}.

I have spoken to the contractor's site engineer, {{p:Maximiliano Ondo Esono}}. Mr {{p:Ondo}} confirms he never saw a Korean worker receive cash. The site cook, Mama {{p:Trinidad}}, says the men begged her for salt and soap. {{p:Trinidad Mangue}} also remembers that {{r:Kim Yong-dae}}'s friend {{r:Gye Sok-chon}} fainted twice in March 2016.

In 2017 {{r:Gye}} died in a fall. The body was not returned; {{r:Ju}} told the men it had been cremated on the advice of a local doctor, Dr {{p:Esteban Nsue}}. Dr {{p:Nsue}} tells me he was never consulted.

My client left the camp during a power cut in 2019. {{r:Yong-dae}} fears for his mother in {{u:Kaesong}}. He asks that the government of {{u:Teodoro Obiang Nguema}} not return him.""",
    },
    {
        "id": "h17-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jang Ok-hui", "장옥희", "witness", []),
            ("Ha Myong-sil", "하명실", "supervisor", []),
            ("Jon Thae-bok", "전태복", "supervisor", []),
            ("Chae Kum-ok", "채금옥", "coworker", []),
        ],
        "note": "Mongolian textile plant; team leader surnamed Ha next to the interjection 'Ha!'; Mongolian names in Latin and Cyrillic, short form Oyuka; zero-width space inside a given name; recorder is a Mongolian activist.",
        "text": """Recorded by {{p:Baasanjav Tsetseg}} for a Mongolian labour rights group, {{u:Ulaanbaatar}}, 2019. Translated from Korean.

I sewed in a wool and cashmere plant in {{u:Songinokhairkhan}} district. Eighty of us women, and one Korean man in charge: {{r:Jon Thae-bok}}, husband of our team leader {{r:Ha Myong-sil}}. {{r:Myong-sil}} kept the passports; {{r:Thae-bok}} kept the money.

We started at seven and stopped at eleven at night, and if an order from {{u:Tianjin}} was late, we did not stop at all. Ha! They said it was for the homeland. The Mongolian owner, {{p:Ganbold}}, {{p:Ганболд}} on the gate sign, never came onto the floor. His manager {{p:Oyunchimeg}}, whom we called {{p:Oyuka}}, sometimes brought us bread.

My machine partner was {{r:Chae Kum-ok}}. {{r:Kum-ok}} had a baby in {{u:Nampho}}. When she heard her mother was ill, she asked {{r:Jon}} for leave. He said, "You go home when the plan goes home." {{r:Kum\u200bok}} cried all night.

In 2018 a labour inspector, a young man named {{p:Batbayar}} ({{p:Батбаяр}}), asked to see our contracts. Team leader {{r:Ha}} said we had none because we were "trainees". {{p:Batbayar}} looked at me for a long time. I said nothing.

When the contracts ended I did not go to the airport. I am {{r:Jang Ok-hui}}. I do not know where {{r:Chae}} is now.""",
    },
    {
        "id": "h17-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yoo Jin-hyok", "류진혁", "relative", ["Ryu Jin Hyok", "jh_ryu88"]),
            ("Pang Il-gwon", "방일권", "supervisor", ["Professor"]),
        ],
        "note": "Dandong IT outsourcing told by the worker's mother; Yoo/Ryu spellings; soft hyphen inside a given name; online handle as a mention; nickname 'Professor'; Chinese client in pinyin, hanzi and 'Lao' form; Kim Chaek University as public.",
        "text": """Statement by the mother of {{r:Yoo Jin-hyok}} (North Korean spelling {{r:Ryu Jin Hyok}}), recorded in {{u:Seoul}} by {{p:Choi Seo-yeon}}, caseworker. I came to the South in 2011; my son stayed behind with his grandmother.

He studied computing at {{u:Kim Chaek University of Technology}}. In 2016 he was sent to {{u:Dandong}} with nine other graduates under the {{u:Chosun Expo}} company. They wrote apps and gambling sites for Chinese clients, lived and worked in one flat on the eleventh floor, and went out twice a month, in pairs.

Their chief was a man they called the {{r:Professor}}; his name was {{r:Pang Il-gwon}}. {{r:Pang}} took every client's money and set each boy a target of 5,000 dollars a month. If {{r:Jin\u00adhyok}} fell short, he lost sleep: the screens stayed on until three or four in the morning.

A Chinese client, {{p:Zhang Lei}} ({{p:张磊}}), paid through accounts in a false name. {{r:Jin-hyok}} called him Lao {{p:Zhang}}. {{p:Zhang}} once took the boys for hotpot, and {{r:Pang}} made them write self-criticisms afterwards.

On freelance sites my son used the handle "{{r:jh_ryu88}}". That is how a South Korean journalist, {{p:Baek Min-ho}}, found him. {{p:Min-ho}} wrote to him for months. In 2019 {{r:Ryu}} walked out while the {{r:Professor}} slept and crossed the river at night.

Another boy, {{p:Kye Sung-hun}}, was caught that week. His parents in {{u:Pyongyang}} were sent to the countryside. I think of {{p:Sung-hun}}'s mother every day.""",
    },
    {
        "id": "h17-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hong Su-gil", "홍수길", "witness", ["Sugi"]),
            ("Paek Chang-jun", "백창준", "supervisor", ["Dwaeji"]),
            ("Yang Gi-nam", "양기남", "coworker", []),
        ],
        "note": "Angola Q&A interview; Korean-word nickname Dwaeji; Angolan private Santos vs the public figure dos Santos; Dona and Dr titles; local mispronunciation of the witness's name as a nickname.",
        "text": """Interview with {{r:Hong Su-gil}}, returned worker, recorded in {{u:Yanji}}, 2020, by {{p:Lim Jae-hoon}}.

Q: Where were you sent?
A: To {{u:Angola}}, 2011 to 2015, with a building team of {{u:Mansudae Art Studio}}. We made a monument in {{u:Luanda}}, then flats in {{u:Cacuaco}}.
Q: Who was in charge?
A: {{r:Paek Chang-jun}}, the political officer. Behind his back we said {{r:Dwaeji}}, pig. {{r:Paek}} took our passports at the airport and we never saw them again.
Q: Your wages?
A: The Angolan firm paid 1,500 dollars a month for each of us. {{r:Chang-jun}} gave us 60. Every New Year we gave 200 more for gifts to the Leader.
Q: Did you know local people?
A: A market woman, Dona {{p:Fátima}}, and her son {{p:Manuel}}. {{p:Manuel Santos}} was a driver - not family of {{u:José Eduardo dos Santos}}, he laughed, just a poor {{p:Santos}}. He bought us phone cards. {{p:Fátima}} called me {{r:Sugi}} because she could not say my name.
Q: What happened to the monument team?
A: Three men died of malaria. One was my friend {{r:Yang Gi-nam}}. {{r:Gi-nam}} had fever for a week; {{r:Paek}} said he was lazy. A Cuban doctor, Dr {{p:Rolando Pérez}}, came too late. {{p:Pérez}} wrote "cerebral malaria" for {{r:Yang}}.
Q: And you?
A: Sent back in 2015 through {{u:Beijing}}. In 2017 I crossed into {{u:China}} again. {{r:Hong}} is my real surname; please change it.""",
    },
    {
        "id": "h17-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Un-jong", "소운정", "witness", []),
            ("Yu Song-ae", "유성애", "supervisor", ["Madam Yu"]),
        ],
        "note": "Kathmandu restaurant, shelter worker's notes in third person; witness surnamed So and sentence-initial 'So'; manager Madam Yu, given name containing 'Song'; Korean kin term onni after a name; Nepali landlord family.",
        "text": """Interview with a former waitress, {{u:Kathmandu}}, noted by {{p:Sabitri Adhikari}} of a women's shelter, 2018.

She gives her name as {{r:So Un-jong}}. She was nineteen when she came from {{u:Pyongyang}} in 2015 to work at the {{u:Pyongyang Koryo Restaurant}} in {{u:Thamel}}. There were eleven girls and a manager, Madam {{r:Yu}} - {{r:Yu Song-ae}}, about fifty, who had worked in {{u:Beijing}} and {{u:Dhaka}} before.

The girls served from eleven in the morning till midnight, then sang for the tourists. {{r:Un-jong}} played the gayageum. Madam {{r:Yu}} kept the passports in the kitchen safe. Tips were handed over at closing; {{r:Song-ae}} counted them in front of everyone.

The cook, {{p:Ri Chun-mi}}, was kinder. "{{p:Chun-mi}} onni let us eat the leftovers," she says. The Nepali landlord, {{p:Ram Bahadur Thapa}}, lived upstairs. His daughter {{p:Sushila}} taught {{r:Un-jong}} a little Nepali, and {{p:Sushila Thapa}} is also how she found our shelter.

In 2017 a girl named {{p:Kong Hae-ryon}} was sent home after a customer gave her his card. {{r:So}} says {{p:Hae-ryon}} was slapped by {{r:Yu}} first. So she was afraid. In March 2018 she left by the back stairs with {{p:Sushila}}'s brother, {{p:Bikash}}.

She asks that Ms {{r:So}} not be written anywhere. Her brother {{p:So Un-hyok}} is fifteen and lives in {{u:Sariwon}}.""",
    },
    {
        "id": "h17-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Pak Chang-su", "박창수", "witness", ["Chang-su"]),
            ("Kang Tae-ryong", "강태룡", "supervisor", []),
            ("O Se-hyon", "오세현", "coworker", []),
        ],
        "note": "Sarawak coal mine; Malay honorific 'Pak' before a Malay name vs Korean surname Pak, and 'Pak' used as a word (unmarked); company named after its founder (public) vs Mr Chan (private); bin patronymic; 'no park'.",
        "text": """Written account given to a Malaysian NGO, {{u:Kuching}}, 2016. The author asked to be called "{{r:Chang-su}}"; his full name is {{r:Pak Chang-su}}.

I came to {{u:Sarawak}} in 2014 with forty miners from {{u:Anju}}. We worked at the {{u:Mambong}} coal mine, twelve-hour shifts, twenty-one hours when the pumps failed. Our supervisor was {{r:Kang Tae-ryong}}. The Malay foreman was Pak {{p:Rahim}}, which made us laugh, because to us Pak is a surname. Pak {{p:Rahim}}'s full name was {{p:Abdul Rahim bin Jamil}}.

The company that hired us was {{u:Chan Soon Mining Sdn Bhd}}, named after its founder. Its manager, Mr {{p:Chan}}, paid 3,000 ringgit per man into an account. {{r:Kang}} gave each of us 150. {{r:Tae-ryong}} told {{p:Chan}} we sent the rest home. We did not.

There was no park, no town, only the pit and the longhouse where we slept. On Sundays a Bidayuh girl, {{p:Dayang}}, sold us fruit. {{r:Kang}} forbade us to speak to her.

In 2015 a roof fell and killed {{p:Bang Myong-jin}}. His friend {{r:O Se-hyon}} dug him out with his hands. {{r:Se-hyon}} never spoke after that. A police officer, Inspector {{p:Wan Azlan}}, asked for names; {{r:Kang}} gave him false ones.

When the contract was stopped in 2016, we were put on a plane to {{u:Pyongyang}} from {{u:Kuala Lumpur}}. I ran at the airport. {{r:Chang-su}} was not meant to survive; here I am.""",
    },
    {
        "id": "h17-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Kwang-myong", "안광명", "witness", ["Kwang"]),
            ("Jo Chol-hwan", "조철환", "official", []),
        ],
        "note": "Cambodian restaurant cook (male); surname An next to 'an hour'; Comrade Jo; Khmer names in Latin and Khmer script; one-syllable nickname Kwang; Korean pastor.",
        "text": """I was the cook, not a waitress - people forget that men work in those restaurants too. My name is {{r:An Kwang-myong}}. From 2013 to 2017 I worked in a North Korean restaurant in {{u:Siem Reap}}, then in {{u:Phnom Penh}}.

Comrade {{r:Jo}} ran both places. {{r:Jo Chol-hwan}} was from the {{u:Ministry of State Security}}, everyone knew, though on paper he was a trade official. {{r:Chol-hwan}}'s wife, {{p:Kye Sun-yong}}, kept the books. For an hour after closing we had "life review": each of us confessed, then criticised someone else. Usually {{r:Jo}} picked who.

The waitresses were {{p:Min-a}}, {{p:Hyang-mi}} and five others; tourists photographed them at {{u:Angkor Wat}} on their one day out a year. I cooked from six in the morning until one at night. Wages 50 dollars; the rest was loyalty money.

The Cambodian who delivered fish, {{p:Sokha}} - {{p:សុខា}} on his receipts - became my friend. He called me "{{r:Kwang}}". {{p:Sokha}}'s cousin {{p:Chan Dara}} had a tuk-tuk.

In 2017 {{r:Jo}} told me I would go home because I had laughed with {{p:Sokha}}. The night before the flight, {{p:Dara}} drove me to a guesthouse and a Korean pastor, {{p:Yeo Sung-taek}}, took me on to {{u:Bangkok}}. {{r:An}} is my real surname and I want it kept out.""",
    },
    {
        "id": "h17-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Gang Yong-sik", "강용식", "witness", ["Kang Yong Sik"]),
            ("Sim Kwang-jin", "심광진", "supervisor", []),
            ("Pae Kyong-mi", "배경미", "relative", []),
        ],
        "note": "Legal aid memo, Dubai; numbered paragraphs; capitals and Gang/Kang spellings; Mr + surname and Mr + given name; Emirati sponsor in Latin and Arabic; Filipino nickname Jun-jun and real name; company named after founder (Al Habtoor) public.",
        "text": """Memorandum for the file, prepared by {{p:Farah Siddiqui}}, legal aid volunteer, {{u:Dubai}}, 14 July 2018.
Subject: {{r:GANG YONG-SIK}} (also written {{r:Kang Yong Sik}}), 38, plasterer.

1. Mr {{r:Gang}} arrived in the {{u:United Arab Emirates}} in 2015 through the {{u:Korea Pyongyang Construction Company}} and was assigned to a tower in {{u:Dubai Marina}} built by a subcontractor of {{u:Al Habtoor}}.
2. He worked from 6:00 to 22:00 most days. The team chief, {{r:Sim Kwang-jin}}, kept all passports. Mr {{r:Sim}} deducted a "plan payment" of 700 dirhams from a wage of 1,200.
3. The Emirati sponsor, {{p:Rashid Al Suwaidi}} ({{p:راشد السويدي}}), signed his visa but never met him. An Indian site engineer, {{p:Thomas Varghese}}, confirms the hours; Mr {{p:Varghese}} says {{r:Kwang-jin}} threatened to report any worker who talked.
4. On 3 June 2018 Mr {{r:Gang}}'s roommate {{p:Ri Chol-nam}} was beaten by {{r:Sim}} for using a phone. {{p:Chol-nam}} was flown to {{u:Pyongyang}} two days later.
5. Mr {{r:Yong-sik}} left the camp in {{u:Al Quoz}} with help from a Filipino driver, {{p:Jun-jun}}, and a Pakistani barber, {{p:Asif}}. {{p:Jun-jun}}'s real name is {{p:Reynaldo Cruz}}.
6. His wife, {{r:Pae Kyong-mi}}, and their son remain in {{u:Chongjin}}. He fears reprisal against {{r:Kyong-mi}}.
Action: refer to the {{u:Embassy of the Republic of Korea}} in {{u:Abu Dhabi}}.""",
    },
    {
        "id": "h17-en-15",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yun Kwang-song", "윤광성", "witness", []),
            ("Ri Myong-hak", "리명학", "supervisor", ["Uncle Myong-hak"]),
            ("Hwa Chun-sik", "화춘식", "coworker", []),
        ],
        "note": "St Petersburg renovation crew; fullwidth 'Ｒｉ' on receipts with initials; soft hyphen inside a given name; Uncle as title; Russian owner with patronymic, diminutive Dima/Дима, Zhenya with Cyrillic full name; Kimchaek city public.",
        "text": """I worked on renovation crews in {{u:St Petersburg}} from 2017. Our crew of six lived in a basement in {{u:Kupchino}}. The leader was {{r:Ri Myong-hak}}, whom we called Uncle {{r:Myong-hak}}, though he was not old. I am {{r:Yun Kwang-song}}.

We gutted old flats off {{u:Nevsky Prospekt}} and in new blocks near {{u:Pulkovo}}, from seven until one or two at night, because the owners wanted it done before their holidays. One owner, {{p:Dmitry Alekseyevich Fomin}}, paid in cash and counted it twice. {{p:Dima}}, his son, was kinder; {{p:Дима}} wrote his number on the wall in pencil.

Uncle {{r:Ri}} had a phone and a list. On the list each of us owed a sum for the year: 9,000 dollars. Fall short and your family in {{u:Kimchaek}} heard about it. {{r:Myong-hak}} said it was not his rule; it came from the {{u:Korea Rungra 888 Trading Company}}. He signed receipts "{{r:Ｒｉ M.H.}}" in big letters, because the clerk at the building shop could read nothing else.

A neighbour, {{p:Zhenya}} ({{p:Евгения Кузнецова}}), saw we were sick and brought medicine. My friend {{r:Hwa Chun-sik}} coughed blood in March 2020. Uncle {{r:Myong-hak}} would not call a doctor. {{p:Zhenya}} called one anyway, a Dr {{p:Lipatov}}.

{{r:Chun-sik}} and I were sent home in 2021 on the train to {{u:Tumangang}}. At {{u:Khasan}} someone shouted "{{r:Kwang\u00adsong}}!" and it was {{r:Chun-sik}}, saying goodbye from the next carriage. I crossed into {{u:China}} two years later. That is all.""",
    },
    {
        "id": "h17-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("No Jin-hyok", "노진혁", "witness", []),
            ("Ryu Kyong-chol", "류경철", "supervisor", []),
            ("No Byong-sam", "노병삼", "coworker", []),
        ],
        "note": "Squid boat, first person; two men surnamed 노 nicknamed 큰/작은 노; 노 as 'oar' unmarked; 선장/갑판장/아바이 titles; surname 소 and 소금; Chinese owner as 왕 사장; Korean-Chinese interpreter with 누나.",
        "text": """나는 {{r:노진혁}}이다. 2018년 여름, {{u:김책}}항에서 {{u:칠보산 12호}}를 타고 동해로 나갔다. 오징어잡이배였다. 선장은 {{r:류경철}}, 갑판장은 {{r:노병삼}}이었다. 갑판장과 나는 성이 같아서 사람들은 그를 큰 {{r:노}}, 나를 작은 {{r:노}}라고 불렀다.

{{r:류}} 선장은 출항 첫날 선원수첩을 모두 걷어 갔다. "바다에서는 수첩이 필요 없다"는 것이었다. 우리는 집어등 아래에서 밤새 낚시를 돌렸다. 오후 네 시부터 다음 날 아침 아홉 시까지, 하루 열일곱 시간이었다. 노를 젓는 배도 아닌데 팔이 떨어져 나가는 것 같았다.

잡은 오징어는 바다 위에서 중국 운반선 {{u:요단어 8호}}에 넘겼다. 그 배 주인 {{p:왕}} 사장은 {{r:류경철}}에게 달러를 세어 주었고, 우리에게는 담배 한 보루도 없었다. {{p:왕}}씨 밑에서 일하던 조선족 통역 {{p:김춘화}}가 몰래 라면을 던져 주곤 했다. {{p:춘화}} 누나는 "너희 선장한테 말하지 마라"고 했다.

아홉 달 뒤 돌아왔을 때 선장은 한 사람 앞에 쌀 15킬로와 '충성의 외화' 증서를 줬다. {{r:병삼}} 아바이는 "이게 우리 몫이다"라며 웃었다. 그 겨울 {{r:노}} 갑판장은 그물을 손질하다 손가락 두 개를 잃었다.

같은 배의 {{p:소}}씨, {{p:소명길}}은 바다에서 열병을 앓았는데 {{r:류}} 선장은 배를 돌리지 않았다. {{p:명길}}이는 열아홉이었다. 소금을 뿌린 {{p:명길}}이의 시신은 두 주일 동안 어창 옆 칸에 실려 있었다. 나는 {{r:진혁}}이라는 이름을 다시 쓰지 못할지도 모른다.""",
    },
    {
        "id": "h17-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-su", "리광수", "witness", ["LI GWAN SU"]),
            ("Cha Yong-nam", "차영남", "supervisor", []),
            ("Yun Mi-gyong", "윤미경", "relative", []),
        ],
        "note": "Translated Russian hospital record, then the wife's comment; Latin capitals misspelling LI GWAN SU; Koryo-saram interpreter 박 나탈리야; doctor in Cyrillic with initials; 동지/반장/씨 titles; 구씨 아저씨.",
        "text": """[번역문] {{u:블라디보스토크}} 시립 제2병원 응급실 기록, 2017년 2월 9일

환자 성명: {{r:LI GWAN SU}} / {{r:리광수}} (여권 없음, 동행인 진술에 따름)
생년: 1979년. 직업: 건설 노동자 ({{u:연해주}} 소재 건설 현장)
동행인: {{r:차영남}} (현장 책임자라고 밝힘), 통역 {{p:박 나탈리야}}
진료의: {{p:Кравченко И.П.}}

주소: 사흘 전 비계에서 추락, 우측 대퇴부 통증. 하루 열다섯 시간 작업했다고 진술.
소견: 우측 대퇴골 골절 의심, 탈수, 체중 52kg.
처치: 엑스선 촬영 권고. 동행인 {{r:차}}씨가 입원을 거부함(비용 문제).
비고: 환자가 통역 {{p:나탈리야}}에게 "여권은 {{r:영남}} 동지가 가지고 있다"고 말함. 의사 {{p:크라브첸코}}가 경찰 통보 여부를 물었으나 {{r:차영남}}이 환자를 데리고 나감.

---
이 기록을 전해 준 사람은 {{r:리광수}}의 처 {{r:윤미경}}이다. {{r:미경}} 씨는 2023년 {{u:서울}}에서 면담자 {{p:정하늘}}에게 이렇게 말했다. "남편은 그 뒤로 다리를 절었어요. {{r:광수}} 씨가 돌아온 건 2019년이었고, {{r:차}} 반장이 남편 몫을 다 가져갔다고 들었어요. 같이 일하던 {{p:구}}씨 아저씨가 이 종이를 몰래 사진으로 찍어 왔답니다." 면담자 {{p:정}} 씨는 사본을 보관하였다.""",
    },
    {
        "id": "h17-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("So Chol-ung", "서철웅", "witness", []),
            ("Yom Tae-song", "염태성", "supervisor", []),
            ("Do Kwang-hyok", "도광혁", "coworker", []),
        ],
        "note": "Letter home from Kuwait; cautious wording; affectionate 이 on names (철웅이, 광혁이); family members by given name only (은주, 철민이 형님, 봄이 nickname); surname 방 next to 방 'room'; Kim Il Sung Square public; Indian friend in Hangul and Latin.",
        "text": """사랑하는 어머니께

어머니, {{r:철웅}}이입니다. 여기 {{u:쿠웨이트}}는 사월인데도 한낮이면 사십 도가 넘습니다. 저는 몸 성히 잘 있으니 걱정 마십시오. 이 편지는 먼저 귀국하는 {{p:방}}씨 아저씨 편에 보냅니다. {{p:방수길}} 아저씨는 우리 {{u:함흥}} 집을 아니 꼭 전해 줄 겁니다.

우리 작업반은 스무 명이고 반장은 {{r:염태성}} 동지입니다. {{r:염}} 반장은 엄하지만 공정한 분이라고 다들 말합니다. (어머니, 이 말은 믿지 마십시오.) 아침 다섯 시에 나가 밤 열 시에 들어옵니다. 여권은 회사에서 잘 보관해 주고 있습니다.

돈은 올해도 얼마 못 보냅니다. 계획분과 충성자금을 내고 나면 남는 게 없습니다. {{r:태성}} 동지는 연말에는 나을 거라고 합니다. 제 몫은 {{r:염태성}}의 처 {{p:한옥련}}이 {{u:평양}}에서 나눠 준다고 하니, 그 집에 너무 찾아가지는 마십시오.

{{p:은주}}는 시집갔습니까? {{p:철민}}이 형님 다리는 좀 나았습니까? 우리 {{p:봄이}}는 이제 학교에 가겠지요. 외삼촌 {{p:김덕보}}께도 안부 전해 주십시오.

같이 온 {{r:도광혁}}이는 지난달 다쳐서 먼저 돌아갔습니다. {{r:광혁}}이 어머니를 만나시면 제가 미안하다고 전해 주십시오. 현장에 인도 사람 {{p:라주}}({{p:Raju}})라는 친구가 있어 영어를 가르쳐 줍니다. 방 안에 에어컨이 있어서 밤에는 잘 잡니다.

{{u:김일성광장}}에서 찍은 사진은 늘 가슴에 넣고 다닙니다.

2016년 4월 12일 {{u:쿠웨이트}}에서, 아들 {{r:서철웅}} 올림""",
    },
    {
        "id": "h17-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Paek Sol-hwa", "백설화", "witness", []),
            ("Tak Myong-hun", "탁명훈", "supervisor", []),
            ("Song Mi-hyang", "송미향", "coworker", []),
        ],
        "note": "Dandong garment factory, female witness; Chinese owner in Hangul and hanzi and as 왕 사장; 소장 동무 without a name (unmarked); 조 'team' as ordinary word; nickname 봉 for 봉옥심; 언니/아주머니 kin terms; driver 샤오천.",
        "text": """2019년 {{u:단둥}}의 한 봉제공장에서 일했던 {{r:백설화}}의 증언. 면담: {{p:오세린}}.

우리 공장은 {{u:단둥}} 시내에서 차로 이십 분 거리에 있었어요. 간판에는 {{u:홍달복장유한공사}}라고 써 있었고, 사장은 한족 {{p:왕훙메이}}, 한자로 {{p:王红梅}}였어요. 우리는 '{{p:왕}} 사장'이라고 불렀지요. 북에서 온 여자가 이백 명, 관리하는 남자가 세 명이었는데 제일 높은 사람이 {{r:탁명훈}} 소장이었어요.

아침 일곱 시부터 밤 열두 시까지 재봉틀을 돌렸어요. 주문이 밀리면 새벽 두 시까지 했고요. 월급은 {{p:왕}} 사장이 {{r:탁}} 소장한테 통째로 줬고, 우리 손에 들어오는 건 한 달에 백 위안 정도였어요. 소장 동무가 "조국에 보내는 충성자금"이라면서 나머지를 다 가져갔지요.

같은 조에 {{r:송미향}}이라는 언니가 있었어요. {{r:미향}} 언니는 바늘이 손가락을 꿰뚫었는데도 병원에 못 갔어요. {{r:송}} 언니가 울면 {{r:명훈}}이가 와서 "울 시간에 한 장 더 박아라" 그랬어요. 조선족 반장 {{p:리춘자}}가 약을 사다 줬는데, {{p:춘자}} 아주머니는 그 일로 잘렸어요.

2018년 겨울에는 {{p:봉}}이라고 부르던 애가, 본명은 {{p:봉옥심}}인데, 창문으로 도망쳤다가 잡혔어요. {{p:옥심}}이는 다음 주에 {{u:신의주}}로 보내졌고 {{r:탁명훈}}은 우리 모두한테 자아비판서를 쓰게 했어요. 저는 계약이 끝날 무렵 {{p:왕}} 사장 운전기사 {{p:샤오천}}의 도움으로 빠져나왔어요.""",
    },
    {
        "id": "h17-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ham Un-sil", "함은실", "witness", []),
            ("Ham Un-chol", "함은철", "relative", []),
            ("Gil Myong-su", "길명수", "supervisor", ["개구리"]),
        ],
        "note": "Hunchun seafood plant told by the worker's younger brother; supervisor surname 길 next to 길 'road'; Korean-word nicknames 개구리, 장미; 남 surname next to 남 'others'; vocative 아 after a name; Korean-Chinese owner and daughter.",
        "text": """{{u:훈춘}} 수산물 가공공장에서 일한 {{r:함은실}}의 이야기를 남동생 {{r:함은철}}이 전했다.

누나는 2017년에 {{u:청진}}에서 뽑혀 {{u:훈춘}}으로 갔다. 공장은 {{u:훈춘 국제합작시범구}} 안에 있었고, 러시아에서 들어온 게와 명태를 손질했다. 누나 말로는 여자 삼백 명이 찬물에 손을 담근 채 하루 열네 시간씩 일했다고 한다.

관리 책임자는 {{r:길}} 지배인, {{r:길명수}}였다. 누나는 편지에 '{{r:길}} 동지'라고만 썼지만 전화로는 '{{r:개구리}}'라고 불렀다. 눈이 튀어나와서 그렇다고 했다. {{r:명수}}는 여자들의 휴대전화를 빼앗고, 한 달에 한 번만 공장 정문 길 건너편 상점에 가게 했다.

공장 주인은 조선족 {{p:남}} 사장이었다. {{p:남경호}} 사장은 한국말을 잘했지만 여자들에게 말 한마디 건네지 않았다. 대신 그의 딸 {{p:남유진}}이 가끔 과일을 가져왔고, 누나는 {{p:유진}}이를 무척 고마워했다.

누나와 같은 방을 쓴 사람은 {{p:위금순}}과 '{{p:장미}}'였다. {{p:장미}}의 진짜 이름은 {{p:장미란}}이다. 2020년 코로나 때 {{p:금순}}이가 열이 나서 쓰러졌는데 {{r:길명수}}는 중국 의사를 부르지 않았다. {{p:금순}}이는 살아났지만 그 뒤로 {{r:은실}} 누나는 밤마다 악몽을 꿨다고 했다.

2024년 봄 국경이 다시 열리자 누나는 귀국을 거부하다 강제로 버스에 태워졌다. 마지막 통화에서 누나는 "{{r:은철}}아, 남 일이라고 생각하지 마"라고 했다. 그게 끝이었다.""",
    },
    {
        "id": "h17-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kang Myong-guk", "강명국", "witness", []),
            ("Hyon Yong-bin", "현용빈", "supervisor", ["곰"]),
            ("Jo Un-hui", "조은희", "relative", []),
        ],
        "note": "Interviewer's summary notes (Korean) with interviewer and note-taker; Mongolian names in Cyrillic and Hangul short forms; nickname 곰; bare surnames 오, 강, 현 with 씨/반장; a name followed by 이라는 이름.",
        "text": """면담 기록(요약), 2021년 3월, {{u:서울}}. 면담자 {{p:한지수}}, 녹취 {{p:문성민}}.

증언자 {{r:강명국}}(46세)은 2014년부터 2018년까지 {{u:몽골}} {{u:울란바토르}}의 아파트 건설 현장에서 일했다. 송출 회사는 {{u:조선남강건설무역회사}}.

- 작업반장은 {{r:현용빈}}. 증언자는 {{r:현}} 반장을 '{{r:곰}}'이라고 불렀다고 함. {{r:용빈}}은 보위원 출신.
- 노동 시간: 오전 6시~밤 11시. 영하 30도에도 작업.
- 몽골인 현장 감독 {{p:Батсүх}}({{p:바트수흐}})가 초과근무 수당을 {{r:현용빈}}에게 지급.
- 동료 {{p:오}}씨({{p:오창덕}})가 2016년 겨울 동상으로 발가락을 잃음. {{p:창덕}}은 귀국 후 소식 불명.
- 현지 식당 주인 {{p:Нарантуяа}}({{p:나랑}})가 휴대전화를 빌려줌. {{r:명국}} 씨는 이 전화로 남쪽의 사촌 {{p:강혜원}}과 연락.
- 증언자에 따르면 {{r:현용빈}}은 매달 '충성자금' 명목으로 1인당 500달러를 떼었고, 장부는 통역 {{p:길수향}}이 작성함. {{p:수향}} 씨는 2017년 귀국.
- 2018년 8월 {{u:주몽골 대한민국 대사관}}으로 탈출. {{r:곰}}은 그날 {{u:다르항}}에 가 있었다고 함.
- 처 {{r:조은희}}와 딸이 {{u:남포}}에 남아 있음. {{r:은희}} 씨의 안전이 우려됨.

면담자 의견: {{r:강}} 씨의 진술은 일관됨. 다만 {{p:오창덕}}이라는 이름은 확인하지 못함. 녹취자 {{p:문}} 씨가 몽골어 이름 표기를 재확인할 것.""",
    },
    {
        "id": "h17-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Kyong-su", "하경수", "relative", []),
            ("Ma Sun-dok", "마순덕", "witness", []),
            ("Pyo Kwang-il", "표광일", "supervisor", ["주머니"]),
        ],
        "note": "Moscow renovation crew told by the wife; Korean-word nickname 주머니; unrelated co-worker also surnamed 하 with 남 'stranger' and interjection 하; Russian owner with diminutive 사샤 and Cyrillic full name; Koryo-saram interpreter 타냐.",
        "text": """남편 {{r:하경수}}는 2015년부터 {{u:모스크바}}에서 아파트 내부 수리를 했습니다. 저는 처 {{r:마순덕}}입니다. 남편이 보낸 녹음과 돌아와서 한 이야기를 그대로 말씀드리겠습니다.

작업조는 다섯 명이었고 조장은 {{r:표}} 동무라고 불렸습니다. 이름은 {{r:표광일}}. 남편은 그 사람을 '{{r:주머니}}'라고 했어요. 돈이 들어가면 나오질 않아서요. {{r:광일}}이는 러시아 집주인들한테 일감을 받아 와서 돈은 혼자 받고, 조원들에게는 한 달에 오십 달러씩 줬답니다.

남편은 밤 열두 시, 한 시까지 벽지를 바르고 타일을 붙였습니다. 잠은 수리하던 그 집 바닥에서 잤고요. 집주인 중에 {{p:알렉산드르}}라는 사람, 다들 {{p:사샤}}라고 부르던 사람이 있었는데, {{p:사샤}}는 남편에게 자기 옷을 주고 밥도 사 줬대요. 남편 수첩에는 {{p:Александр Морозов}}라고 적혀 있었어요. 말은 고려인 통역 {{p:타냐}}가 옮겨 줬고요.

2017년에 같은 조 {{p:하}}씨, 남편과 성만 같고 남입니다, {{p:하명철}}이 지붕에서 떨어졌어요. {{r:표광일}}은 그 사람을 병원에 안 보냈습니다. {{p:명철}} 씨는 결국 {{u:평양}}으로 돌려보내졌대요.

남편은 2019년에 돌아왔고, 이듬해 저희 식구는 {{u:두만강}}을 건넜습니다. {{r:경수}} 씨는 지금도 밤에 "{{r:표}} 조장이 온다"며 깹니다. 하, 그 사람 생각만 하면 저도 화가 납니다.""",
    },
    {
        "id": "h17-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kum Song-ho", "금성호", "witness", ["금"]),
            ("U Thae-min", "우태민", "supervisor", ["여우"]),
            ("An Dok-ju", "안덕주", "coworker", []),
        ],
        "note": "Interviewer's memo (Korean) with interviewer and Spanish interpreter; witness's name 금성호 looks like a ship name while a real ship 금성 2호 is public; bare surnames 우/금/안 with 부장/씨; 안 좋은 as ordinary; Equatoguinean names, Mamá and Don titles outside.",
        "text": """[면담 메모] 사례번호 EG-03
면담자: {{p:서다은}} / 통역(스페인어): {{p:Lucía Mba}} / 장소: {{u:말라보}}, 2022년 9월

1. 증언자 {{r:금성호}}, 남, 52세. 본인은 '{{r:금}}'이라고만 불러 달라 함. (주의: {{r:금성호}}는 배 이름이 아니라 본명.)
2. 2013년 {{u:만수대창작사}} 해외건설대 소속으로 {{u:적도기니}} 입국. {{u:바타}} 경기장, {{u:오얄라}} 신도시 공사.
3. 책임자: {{r:우}} 부장({{r:우태민}}). 여권 일괄 보관. {{r:태민}}은 "도망가면 {{u:회령}}의 가족이 책임진다"고 공공연히 말함.
4. 하루 14~16시간, 주 7일. 월 900달러 중 증언자가 받은 것은 평균 40달러.
5. 현지 하청업체 감독 {{p:Pedro Esono}}. 증언자는 돈 {{p:페드로}}라고 부름.
6. 동료 {{r:안}}씨({{r:안덕주}})가 2015년 말라리아로 사망. 시신은 {{u:말라보}}에서 화장. {{r:덕주}}의 가족에게는 '사고사'로 통보.
7. 2018년 자재를 싣고 온 배 {{u:금성 2호}}로 귀국하라는 지시를 받았으나 현지인 Mamá {{p:Rosa}}의 집에 숨음. {{p:로사}} 아주머니의 아들 {{p:Julio}}가 {{u:가봉}} 국경까지 데려다줌.
8. 통역 {{p:Lucía}} 의견: {{r:금}} 씨가 말한 '{{r:우}} 부장'과 '{{r:여우}}'는 같은 사람.
9. 안 좋은 기억이 많다며 면담 중 두 번 휴식. 다음 면담은 {{p:서}} 간사가 단독 진행.""",
    },
    {
        "id": "h17-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("U Sun-yong", "우순영", "witness", []),
            ("Ji Kyong-thaek", "지경택", "supervisor", []),
            ("Sin Un-byol", "신은별", "coworker", []),
        ],
        "note": "Polish tomato greenhouse, female first person; witness surname 우 next to pronoun 우리; 지 소장; Polish names in Latin and Hangul, Korean-word nickname 안경 for a Pole; 소 'cow' ordinary; 선생/씨 titles.",
        "text": """저는 {{r:우순영}}입니다. 2016년부터 2년 동안 {{u:폴란드}} {{u:슈체친}} 근처의 토마토 온실에서 일했습니다. 농장 주인은 {{p:야누시}} 씨, 온실 관리인은 {{p:Marek Nowicki}}였어요. 우리는 {{p:마렉}}을 '{{p:안경}}'이라고 불렀어요.

북한 여자 스물두 명을 데리고 간 사람은 {{r:지}} 소장, {{r:지경택}}이었습니다. 공항에서 여권을 걷어 간 것도 {{r:지경택}}이었어요. 아침 여섯 시부터 저녁 아홉 시까지 일했고, 한 달에 받는 돈은 이백 즐로티 정도였어요. 계약서에는 천팔백이라고 써 있다는 걸 나중에 알았어요.

제일 친한 동무는 {{r:은별}}이였어요. {{r:신은별}}. 온실 안은 한여름에 사십오 도까지 올라갔는데, {{r:은별}}이는 두 번 쓰러졌어요. {{r:지}} 소장은 "꾀병"이라고 했지요. {{p:마렉}} 씨가 구급차를 불러서 병원에 갔고, 의사 {{p:Ewa Kamińska}} 선생이 열사병이라고 썼어요.

그 뒤로 {{r:경택}}이는 {{p:마렉}} 씨를 피했어요. 2017년 가을 노동감독관 {{p:Tomasz}}라는 사람이 와서 한 명씩 면담을 했는데, 우리 옆에는 늘 {{r:지}} 소장이 서 있었어요. 소 한 마리 값도 못 버는데 조국을 위해 자원해서 충성자금을 낸다고 말하라고 시켰어요.

{{r:은별}}이는 2018년에 먼저 귀국했어요. {{u:원산}}에 계신 {{r:은별}}이 어머니 {{p:조옥희}}님께 이 말이 닿았으면 좋겠어요.""",
    },
    {
        "id": "h17-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kwon Hyok-jin", "권혁진", "witness", []),
            ("Hwang Su-bong", "황수봉", "official", []),
        ],
        "note": "Kuwait construction, first person; 지도원 minder by surname, given name with affectionate 이; Kuwaiti supervisor in Latin and Arabic; Bangladeshi co-worker in Latin and Hangul; 형님 after a name; English phrase inside Korean.",
        "text": """{{u:쿠웨이트}} {{u:자흐라}}의 주택 건설장에서 나는 미장공으로 일했다. 이름은 {{r:권혁진}}, 그때 서른둘이었다. 2013년 {{u:순안비행장}}을 떠날 때 우리를 인솔한 사람은 {{r:황}} 지도원이었다.

{{r:황수봉}}은 현장에 와서도 지도원이라 불렸다. {{r:수봉}}이는 매주 생활총화를 열고 누가 현지인과 말을 했는지 적었다. 쿠웨이트 현장 감독 {{p:Fahad}}, 아랍 글자로 {{p:فهد}}라는 사람이 우리에게 물을 주면 {{r:황}} 지도원은 그 물을 버리게 했다.

일은 새벽 다섯 시에 시작해 밤 열 시에 끝났다. 한낮 작업 금지 시간에도 천막 안에서 벽돌을 날랐다. 월급 명세는 한 번도 못 봤다. 같은 방의 {{p:임}}씨 형님, {{p:임창남}}이 회계 일을 거들었는데, {{p:창남}} 형님 말로는 한 사람 앞에 월 600디나르가 들어오는데 우리는 30디나르를 받았다.

2014년 {{p:창남}} 형님이 장부를 베껴 두었다가 들켰다. {{r:황수봉}}은 형님을 방에 가두고 때렸다. 사흘 뒤 형님은 귀국했다. 방글라데시 노동자 {{p:Rahman}}이 그 장면을 봤다. {{p:라흐만}}은 나중에 "your friend, gone"이라고만 했다.

나는 2016년 {{r:황}}이 휴가 간 틈에 {{u:주쿠웨이트 대한민국 대사관}}으로 갔다. 나를 태워 준 택시 기사는 이집트 사람 {{p:마흐무드}}였다. 어머니 {{p:신정숙}}은 {{u:개천}}에 계신다. {{r:혁진}}이라는 이름은 지워 주기 바란다.""",
    },
    {
        "id": "h17-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Song-hui", "류성희", "witness", ["리성희"]),
            ("Sol Chang-guk", "설창국", "supervisor", []),
            ("Yuk Man-gil", "육만길", "coworker", []),
        ],
        "note": "Angola, told by a North Korean interpreter; 류/리 spellings of the same person; surname 설 next to 설 'New Year'; surname 육 next to 육 'six'; Angolan names in Latin and Hangul, Dra. title outside; daughter named only by given name.",
        "text": """나는 {{u:앙골라}} {{u:루안다}}에서 포르투갈어 통역으로 일했다. {{u:평양외국어대학}}을 나와 2012년에 파견되었다. 이름은 {{r:류성희}}, 북에서는 {{r:리성희}}라고 적었다. 나와 같이 간 통역은 {{p:남궁옥}}이었다.

건설대는 {{u:만수대해외개발회사그룹}} 소속이었고, 대장은 {{r:설}} 대장, {{r:설창국}}이었다. 나는 {{r:설창국}}의 입이었다. 앙골라 측 담당자 {{p:Joaquim Neto}} 씨가 "왜 노동자들이 하루 열여섯 시간씩 일하느냐"고 물으면, 나는 "자원해서 한다"고 옮겼다. {{p:조아킹}} 씨는 내 눈을 보고 믿지 않았다. 설에도 우리는 쉬지 않았다. 통역실에서 함께 지낸 {{p:남궁옥}}은 {{r:설}} 대장의 지시로 노동자들의 편지를 먼저 읽었다. {{p:옥}}이는 그 일을 싫어했지만 거절하지 못했다.

노동자 중에 {{r:육}}씨 아저씨, {{r:육만길}}이 있었다. {{r:만길}} 아저씨는 {{u:루안다}} 병원 의사 Dra. {{p:Helena Sousa}}에게 심장병 진단을 받았다. {{p:헬레나}} 선생은 귀국시키라고 했지만 {{r:설}} 대장은 "육 개월만 더"라고 했다.

계약이 끝나던 2016년, {{r:육만길}} 아저씨는 현장에서 쓰러져 숨졌다. 그가 마지막으로 부른 이름은 딸 {{p:향순}}이었다. 귀국 비행기에서 {{r:창국}}은 모두에게 "{{u:앙골라}}에서 본 건 {{u:앙골라}}에 두고 가라"고 했다. 나는 2020년 탈북했다. {{p:향순}}이가 이 글을 볼 수 있으면 좋겠다.""",
    },
    {
        "id": "h17-ko-12",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ju Yong-ho", "주영호", "witness", []),
            ("Byon Hak-chol", "변학철", "coworker", []),
            ("Gye Yong-do", "계영도", "supervisor", []),
        ],
        "note": "Vladivostok shipyard; surname 변 with a job word as nickname; zero-width joiner inside a Korean given name; 강바람/강변 ordinary; Russian names in Cyrillic with Hangul diminutive; 기사장 title.",
        "text": """나는 {{r:주영호}}이다. 2015년부터 2019년까지 {{u:블라디보스토크}} {{u:극동조선소}}에서 선체 용접을 했다. 같은 조에 {{r:변학철}}이 있었다. 우리는 그를 '{{r:변}} 용접'이라 불렀다. 솜씨가 조선소에서 제일이었기 때문이다.

책임자는 {{r:계}} 기사장, {{r:계영도}}였다. {{r:영도}}는 러시아 쪽에서 받는 돈을 혼자 만졌다. 러시아 반장 {{p:Виктор Павлович}}, 우리 말로 {{p:빅토르}}는 "너희 몫은 {{r:계}}에게 줬다"고만 했다.

하루 열여덟 시간 일한 날도 있다. 월급은 한 달 육백 달러로 계약되어 있었지만 우리 손에 들어온 건 오십 달러였다. 나머지는 '계획분'이라며 {{r:영도}}가 {{u:라선}}의 회사로 보냈다고 했다. 겨울이면 영하 이십 도 강바람이 도크로 불어왔고, 쉬는 날에도 강변에 나가지 못했다.

2017년 2월, {{r:학\u200d철}}이가 선체 안에서 가스에 질식했다. 함께 있던 {{p:곽}}씨, {{p:곽순길}}이 그를 끌어냈다. 러시아 의사 {{p:Наталья}}, 우리가 {{p:나타샤}}라고 부르던 여자가 산소를 줬다. {{r:계영도}}는 사고 보고서에 '본인 부주의'라고 썼다.

{{r:학철}}이는 그 뒤로 기침을 멈추지 못했다. 2018년에 그가 먼저 귀국했고, 그의 아내 {{p:염순이}}가 남편이 {{u:함흥}}에서 죽었다고 편지했다. 나는 2019년 {{u:나홋카}}에서 배를 타지 않고 숨었다. 러시아 친구 {{p:Костя}}가 도와줬다. {{r:영호}}라는 내 이름도 지금은 쓰지 않는다.""",
    },
    {
        "id": "h17-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Sol-hyang", "문설향", "witness", []),
            ("Mo Jong-sun", "모정순", "supervisor", ["여왕"]),
            ("Ri Bong-hwa", "리봉화", "coworker", []),
        ],
        "note": "Phnom Penh restaurant; witness surname 문 next to 문 'door'; Korean-word nickname 여왕; given name 봉화 also a place word; South Korean customer as 박 사장님; Khmer names in Hangul, Latin and Khmer script; 리 동무.",
        "text": """2017년 {{u:캄보디아}} {{u:프놈펜}}의 '{{u:평양랭면관}}'에서 일한 {{r:문설향}}의 증언 (녹취 정리: {{p:유가람}})

저는 2014년에 {{u:장철구평양상업대학}}을 졸업하고 바로 {{u:프놈펜}}으로 갔어요. 식당 책임자는 {{r:모정순}} 지배인이었는데, 우리는 뒤에서 '{{r:여왕}}'이라고 불렀어요. {{r:정순}} 지배인은 매일 밤 문을 닫은 뒤 팁을 모두 걷어 갔어요. 식당에는 {{u:평양}}에서 온 여자가 열두 명이었고, 여권은 {{r:모}} 지배인의 금고에 있었어요. 한 달 오십 달러 가운데 사십 달러는 '충성자금'으로 다시 걷어 갔고요.

오전 열 시부터 밤 열두 시까지 서빙하고, 저녁에는 노래하고 춤췄어요. 손님 중에 한국 사람 {{p:박}} 사장님, {{p:박준기}} 씨가 자주 왔는데, {{r:모}} 지배인은 그분이 오면 저를 주방으로 보냈어요.

캄보디아 사람 건물주 {{p:Sok Vanna}}({{p:속 반나}})는 건물만 빌려줬어요. 주방 보조 {{p:스레이 몸}}({{p:ស្រីមុំ}})이 저한테 크메르 말을 가르쳐 줬어요. {{p:스레이}}는 제 동생 같았어요.

같이 일한 {{r:봉화}}는 {{r:리봉화}}예요. {{r:봉화}}는 2016년 손님에게 받은 쪽지 때문에 조사를 받았어요. {{r:모정순}}은 {{r:봉화}}를 창고에 사흘 가뒀어요. {{r:리}} 동무는 그 뒤로 노래를 부르지 않았어요.

저는 2017년 여름 {{p:스레이}}의 오빠 {{p:Dara}}의 오토바이를 타고 {{u:주캄보디아 대한민국 대사관}}으로 갔어요. {{r:설향}}이라는 이름은 어머니가 지어 주셨어요.""",
    },
    {
        "id": "h17-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kwak Un-su", "곽은수", "witness", ["바다"]),
            ("Kwak Un-jong", "곽은정", "relative", []),
            ("Yom Ho-nam", "염호남", "official", []),
        ],
        "note": "KakaoTalk transcript Qatar-Seoul with speaker labels; display name 바다 as alias; vocative 아 after a name; zero-width space inside a given name; emoji after a name; Indian friend in Latin and Hangul; 참사/목사님/이모 titles.",
        "text": """카카오톡 대화 번역·정리 (2019년 5월, {{u:카타르}} {{u:도하}} - {{u:서울}})
표시명 '{{r:바다}}'는 {{r:곽은정}}의 오빠 {{r:곽은수}}.

[{{r:바다}}] {{r:은정}}아 나다
[{{r:은정}}] 오빠? 진짜 {{r:은수}} 오빠 맞아?
[{{r:바다}}] 응. 인도 친구 {{p:Vijay}} 폰 빌렸다. 오래 못 해
[{{r:은정}}] 거기 어디야
[{{r:바다}}] {{u:루사일}} 현장. 새벽 네 시 반에 나가서 밤 아홉 시에 들어와
[{{r:은정}}] 돈은 받아?
[{{r:바다}}] 한 달 백 리얄. 나머지는 {{r:염}} 참사가 다 가져가. 충성자금이래
[{{r:은정}}] {{r:염}} 참사가 누구야
[{{r:바다}}] {{r:염호남}}. 대사관 사람. 여권도 그 사람이 가지고 있어
[{{r:은정}}] 도망 나올 수 있어?
[{{r:바다}}] 모르겠다. {{p:상철}}이 작년에 나가려다 잡혀서 {{u:평양}} 갔어. {{p:상철}}이 엄마가 불려갔대
[{{r:은정}}] 엄마는? 엄마 괜찮아?
[{{r:바다}}] {{u:혜산}}에 계셔. {{p:순\u200b옥}} 이모가 돌봐
[{{r:은정}}] 내가 {{p:김}} 목사님한테 물어볼게
[{{r:바다}}] 조용히 해. {{r:호남}}이 폰 검사해
[{{r:은정}}] 알았어. {{p:Vijay}}한테 고맙다고 해 줘 🙏
[{{r:바다}}] {{p:비자이}}👋 온다. 끊는다

번역자 {{p:노수아}} 주: '{{r:바다}}'는 {{r:은수}}가 어릴 때부터 쓴 별명. 이 대화 이후 연락 두절.""",
    },
    {
        "id": "h17-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Chang-ho", "신창호", "witness", ["申昌浩"]),
            ("Gong Dae-hyon", "공대현", "supervisor", []),
            ("Yun Gi-chol", "윤기철", "coworker", []),
        ],
        "note": "Court statement (진술서) in a damages suit, distant-water fishing off West Africa; hanja name; 공 surname next to 공짜; boatswain 맹 갑판장; Chinese fleet boss in pinyin, hanzi and Hangul surname; Spanish police officer; lawyer's signature.",
        "text": """진 술 서

사건: 2020가합○○○ 손해배상
진술인: {{r:신창호}}({{r:申昌浩}}), 1975년생

1. 진술인은 2011년부터 2014년까지 {{u:조선은파선박회사}} 소속 원양어선 {{u:라선 7호}}의 기관사로 일하였습니다. 배는 {{u:모리타니}} 앞바다와 {{u:세네갈}} 근해에서 중국 선단과 함께 조업하였습니다.
2. 선장은 {{r:공}} 선장, 즉 {{r:공대현}}이었고, 갑판장은 {{p:맹}}씨, {{p:맹호준}}이었습니다. {{r:공대현}}은 출항 직후 모든 선원의 선원증을 회수하였습니다.
3. 조업은 하루 스무 시간에 이르렀고, 잠은 교대로 네 시간을 넘지 못했습니다. 진술인의 조카 {{p:신현우}}는 열여덟 살이었는데 {{p:맹}} 갑판장에게 자주 맞았습니다.
4. 중국 선단장 {{p:Chen Guohua}}({{p:陈国华}})는 어획량에 따라 {{r:공}} 선장에게 달러를 지급하였고, 선원들은 그 돈을 본 적이 없습니다. {{p:천}} 선단장은 "공짜로 일하는 배"라고 웃었습니다.
5. 2013년 {{u:누아디부}}항에서 선원 {{r:윤}}씨, 즉 {{r:윤기철}}이 도망했습니다. {{r:기철}}의 가족은 {{u:라선}}에서 추방되었다고 들었습니다.
6. 진술인은 2014년 {{u:라스팔마스}}항에서 스페인 경찰관 {{p:Javier Morales}}의 도움으로 하선하였습니다.
7. 이상은 사실이며, 진술인은 {{r:창호}}라는 이름으로 서명합니다.

2021. 3. 15. 진술인 {{r:신창호}} (서명)
원고 소송대리인 변호사 {{p:나윤서}}""",
    },
    {
        "id": "h17-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ku Tae-u", "구태우", "witness", ["TaeU_spb"]),
            ("Jin Kwang-ho", "진광호", "supervisor", ["Kwangi"]),
            ("Ho Chang-gun", "호창근", "coworker", []),
        ],
        "note": "Telegram transcript with speaker labels, Korean/English code-switching; username as label; nickname Kwangi; zero-width space inside an NGO translator's name; emoji directly before a name; 씨/형/누나/반장 around names; Russian lawyer with patronymic and Cyrillic; Ukrainian cleaner in Latin and Hangul.",
        "text": """Telegram chat exported by the NGO, 11-12 Feb 2023 ({{u:St Petersburg}} - {{u:Seoul}}). Labels as in the export.

[21:04] {{p:Grace Oh}}: {{r:태우}} 씨, are you safe now?
[21:06] {{r:TaeU_spb}}: 네. 지금 {{p:Nadia}} 집이에요. {{p:나디야}} is the Ukrainian cleaner from the site
[21:07] {{p:Grace Oh}}: Good. Does {{r:Jin}} know where you are?
[21:09] {{r:TaeU_spb}}: 몰라요. {{r:진광호}} 반장은 오늘 {{u:Moscow}} 갔어요. 여권은 아직 {{r:광호}}가 가지고 있어요 😢
[21:10] {{p:Grace Oh}}: OK. Don't call anyone from the crew. Our lawyer {{p:Anton}} will call you tomorrow.
[21:12] {{r:TaeU_spb}}: {{p:Anton Sergeyevich}}?
[21:12] {{p:Grace Oh}}: Yes, {{p:Антон Сергеевич Рябов}}. He speaks no Korean, so {{p:Min\u200bji}} will translate.
[21:15] {{r:TaeU_spb}}: {{r:Chang-gun}} 형도 나오고 싶대요. {{r:Ho Chang-gun}}. Same crew, 같은 방
[21:16] {{p:Grace Oh}}: One at a time. Tell {{r:Chang-gun}} nothing yet.
[21:20] {{r:TaeU_spb}}: 알았어요. 고마워요 {{p:Grace}} 누나 🙏
[09:02] {{p:Minji}}: Hi {{r:Tae-u}}, it's {{p:Minji}}, the translator. {{p:Anton}} is ready at 10.
[09:05] {{r:TaeU_spb}}: 네 {{p:민지}} 씨. 어젯밤에 😡{{r:Kwangi}}가 전화 20번 했어요. 안 받았어요
[09:06] {{p:Minji}}: Good. Who is {{r:Kwangi}}?
[09:07] {{r:TaeU_spb}}: {{r:진}} 반장이요. {{r:Jin Kwang-ho}}. He keeps our money for the {{u:Korea Rungrado}} office
[09:08] {{p:Minji}}: Understood. {{p:Anton}} says stay inside today.""",
    },
    {
        "id": "h17-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Un-song", "박은송", "witness", ["Park Eun-song"]),
            ("Choe Kum-sok", "최금석", "supervisor", ["영감"]),
        ],
        "note": "Bilingual interviewer's notes with interviewer and translator; Pak/Park and Un-song/Eun-song spellings; 'Song' as an ordinary word at line start; captain's nickname 영감 (old man) vs father; boatswain known only by surname 연/Yon; Chinese fleet boss in pinyin and hanzi; Uruguayan port worker; translator by surname only.",
        "text": """Interview notes / 면담 기록 - case SQ-11
Interviewer: {{p:Daniel Whitfield}} / 통역: {{p:성하린}} / {{u:Busan}}, 2022-10-04

Witness {{r:Pak Un-song}} ({{r:박은송}}; South spelling {{r:Park Eun-song}}), 39, deckhand, later boatswain's mate on the squid jigger {{u:Ryongaksan 3}}, 2015-2017, fishing with a Chinese fleet off {{u:Argentina}}.

- Captain: {{r:Choe Kum-sok}} = {{r:최금석}} 선장. Witness calls him "{{r:영감}}". {{r:Choe}} held the 선원수첩 of all 24 crew.
- Boatswain: 갑판장 {{p:Yon}}, given name unknown. Witness: "{{p:연}} 갑판장 was worse than {{r:Choe}}."
- Hours: 오후 3시 ~ 다음날 오전 9시, every day in season.
Song at the morning meeting, then jigging; no song at night.
- Fleet boss: {{p:Lin Haibo}} ({{p:林海波}}), paid {{r:최}} 선장 per tonne.
- Crewmate {{p:Kye Myong-nam}} lost three fingers in a jigging machine, Sep 2016. {{p:명남}}이 was kept on board five more months.
- "{{r:Eun-song}}" is what his mother called him; in the North he wrote "{{r:Un-song}}".
- Left the ship at {{u:Montevideo}} with help from an Uruguayan port worker, {{p:Gustavo}}. {{p:Gustavo Ferreira}} later sent him clothes.

Translator's note ({{p:성}}): the witness several times said "our {{r:영감}}" meaning Captain {{r:Choe}}, not his own father.""",
    },
    {
        "id": "h17-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sim Hyon-jun", "심현준", "relative", []),
            ("Sim Yong-gil", "심용길", "witness", []),
            ("Kim Chol-jun", "김철준", "supervisor", ["큰형"]),
        ],
        "note": "Hunchun IT team told by the worker's uncle, Korean/English mixed; nickname 큰형 (big brother) that looks like a kin term; Chinese client in pinyin and hanzi; Korean-Chinese businessman in three scripts; names with particles and affectionate 이; Hunchun in hanzi as public.",
        "text": """My nephew {{r:Sim Hyon-jun}} ({{r:심현준}}) worked in a flat in {{u:Hunchun}} ({{u:珲春}}) with eleven other programmers from 2017 to 2020. 나는 그의 삼촌 {{r:심용길}}이다. I came to the South in 2009. 아래 내용은 조카가 중국 고객 {{p:Liu Yang}}({{p:刘洋}})의 WeChat으로 보낸 메시지에서 나온 것이다.

팀 책임자는 {{r:Kim Chol-jun}}. In messages {{r:Hyon-jun}} called him '{{r:큰형}}' so that anyone reading would think he meant family. {{r:큰형}}은 매달 고객이 보낸 돈을 모두 받고, 한 사람에게 3,000 dollars의 "plan"을 매겼다. Work ran from 9 a.m. to 3 a.m.; 눈이 빨개져도 {{r:철준}}이는 모니터를 끄지 못하게 했다.

They wrote a gambling app for {{p:Liu}} and an HR system for a Korean-Chinese businessman, {{p:Jo Kwang-ho}} (조선족, {{p:赵光浩}}, 한국 이름 {{p:조광호}}). {{p:Jo}} 사장은 가끔 {{r:현준}}이에게 담배를 줬다.

2019년 12월 마지막 메시지: "삼촌, {{p:Kang Min-jae}} 알아? 같은 방 {{p:민재}}. {{p:민재}} got sent home. 다음은 나일 수도." After that, nothing. {{p:Liu Yang}} told me in 2020 that the flat was empty and {{r:Kim}} had moved the team to {{u:Shenyang}}. {{r:Hyon-jun}}'s mother, {{p:Ryang Mi-suk}}, lives in {{u:Pyongsong}}. I have not told her what {{r:김철준}}이 did.""",
    },
    {
        "id": "h17-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Prakash Shrestha", "프라카시 슈레스타", "witness", ["쁘라"]),
            ("Sin Ok-sun", "신옥순", "supervisor", []),
            ("Kim Hye-ryon", "김혜련", "coworker", []),
        ],
        "note": "Nepali landlord's son as registered witness, Korean nickname given to him; restaurant manager as Mrs Sin / 신 지배인; Kim Jong Un public in a private context; Inspector title outside; Nepali father and police officer; noona after a name.",
        "text": """Statement of {{r:Prakash Shrestha}}, 31, {{u:Lalitpur}}, given in English with the Korean phrases he learned as a boy, 2019.

My father {{p:Hari Shrestha}} rented the ground floor to the {{u:Pyongyang Okryu Restaurant}} from 2012. The waitresses called me '{{r:쁘라}}' because '{{r:Prakash}}' was too long for them.

The manager was Mrs {{r:Sin}} - {{r:Sin Ok-sun}}, '{{r:신}} 지배인' to the girls. She kept their passports in a locked drawer. The girls worked from ten in the morning until midnight and slept upstairs, six to a room. Every January they gave money for the birthday of {{u:Kim Jong Un}}; {{r:신옥순}} wrote each sum in a red notebook.

I liked one of them, {{r:Kim Hye-ryon}}. I called her {{r:Hye-ryon}} noona; she called me '{{r:쁘라}}야'. {{r:혜련}}이 told me once she earned 30 dollars a month. {{r:Sin}} heard us and sent {{r:Hye-ryon}} to wash dishes for a week.

In 2017 a waitress, {{p:Cha Yun-mi}}, ran. Police came: Inspector {{p:Bikram Rai}} asked my father what he knew. {{p:Rai}} also asked {{r:Sin Ok-sun}}, who said {{p:Yun-mi}} was "sick and gone home." My father said nothing, because {{r:Sin}} paid the rent in cash.

In 2018 {{r:Hye-ryon}} asked to use my phone. She called the {{u:Embassy of the Republic of Korea}} in {{u:Kathmandu}}. A man from the embassy, Mr {{p:Yeom}}, came the next evening. I never saw {{r:혜련}} again.""",
    },
    {
        "id": "h17-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yu Chol-gyu", "유철규", "witness", ["YOU CHOL GYU"]),
            ("Moon Yong-dok", "문영덕", "supervisor", []),
        ],
        "note": "Kuwaiti hospital discharge summary in English plus the patient's comments in Korean; name misspelled YOU CHOL GYU on the record; 'You' in ordinary English; Kuwaiti doctor in Latin and Arabic; Filipina nurse; 반장 and 동무 titles; Moon with 문 in Korean.",
        "text": """{{u:Al-Adan Hospital}}, {{u:Kuwait}} - DISCHARGE SUMMARY (copy kept by the patient)
Patient: {{r:YOU CHOL GYU}}, male, 41. Nationality: DPRK. Employer: {{u:Namgang Construction}}.
Admitted 2 Aug 2016: heat stroke, rhabdomyolysis, acute kidney injury. Patient reports 14-16 working hours daily.
Accompanied by: Mr {{r:MOON YONG DOK}} (supervisor), who requested early discharge.
Attending: Dr {{p:Nasser Al-Khaldi}} ({{p:ناصر الخالدي}}). Nurse: {{p:Maricel Santos}}.
Advice: no outdoor work for four weeks. You must return for blood tests on 16 Aug.

환자 본인({{r:유철규}})의 설명, 2022년 {{u:인천}}:
"영어로 제 이름을 '{{r:You}}'라고 써 놨더라고요. {{r:문영덕}} 반장이 병원에 와서 의사 선생님한테 저 멀쩡하다고 했어요. {{p:나세르}} 선생님은 화를 냈고, 간호사 {{p:Maricel}}이 제 손을 잡아 줬어요. {{r:문}} 반장은 검사 날짜도 무시하고 사흘 뒤에 저를 다시 현장에 보냈습니다.

같은 방의 {{p:태}} 동무, {{p:태명수}}도 그 여름에 쓰러졌는데 병원에 못 갔어요. {{p:명수}}는 {{u:함흥}}으로 돌아갔고, 반장 {{r:Moon}}은 'heat'이라는 말 자체를 못 쓰게 했죠. 문을 열면 바람이 아니라 불이 들어왔어요. {{r:영덕}}이는 에어컨 있는 사무실에 앉아 있었고요."

Interviewer's note ({{p:K. Laurent}}): the patient confirms {{r:Yu}} and {{r:You}} are the same person.""",
    },
    {
        "id": "h17-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryom Kyong-il", "렴경일", "witness", ["염경일", "Yeom Kyung-il"]),
            ("Ok Kwang-nam", "옥광남", "supervisor", []),
            ("Son Gil-ho", "손길호", "coworker", []),
        ],
        "note": "Seoul court transcript with working English translation; 렴/염 North/South spellings; supervisor surname Ok next to ordinary 'OK'; co-worker surname Son next to 'his son'; judge, counsel and translator as private persons; Ghanaian and Qatari helpers; Ministry of Unification public.",
        "text": """{{u:Seoul Central District Court}} ({{u:서울중앙지방법원}}), 15th Civil Division
Transcript excerpt, hearing of 7 June 2022. Working translation by {{p:Esther Kwak}}.
Presiding Judge {{p:Yoon Ji-hoon}} (재판장 {{p:윤지훈}})
Witness: {{r:Ryom Kyong-il}} ({{r:렴경일}}; 남한 표기 {{r:염경일}})

원고 대리인 {{p:강다현}} 변호사: 증인은 {{u:카타르}}에서 누구 밑에서 일했습니까?
[Counsel {{p:Kang}}: Under whom did you work in {{u:Qatar}}?]
증인: {{r:옥광남}} 소장입니다. We called him Director {{r:Ok}}.
Q: What did Director {{r:Ok}} do with your wages?
A: 다 가져갔습니다. He always said "OK, OK, next month." {{r:광남}}이는 돈 얘기만 나오면 웃었어요.
Q: How many hours did you work?
A: 새벽 네 시 반부터 밤 아홉 시까지요. At {{u:Al Wakrah}} we poured concrete at night as well.
Q: Were there accidents?
A: My friend {{r:Son Gil-ho}} fell from the rebar in 2014. {{r:손길호}}는 돈 한 푼 못 받고 귀국했어요. {{r:Son}} has a son, {{p:Son Hyok}}, who was six then. {{r:길호}} 형은 지금 {{u:Kanggye}}에 있다고 들었습니다.
Q: Did anyone help you leave?
A: A Ghanaian worker, {{p:Kwame Mensah}}, and a Qatari clerk, {{p:Noura}} ({{p:نورة}}). {{p:Kwame}} lent me his phone; {{p:Noura}} told me where the embassy was. {{r:Ok}} 소장은 그날 {{u:Doha}} 시내에 있었어요.
재판장: 증인 {{r:렴경일}}의 신원은 {{u:통일부}}가 확인하였음을 기록합니다.
[Judge {{p:Yoon}}: The court notes that the identity of the witness {{r:Ryom}} has been verified by the {{u:Ministry of Unification}}.]""",
    },
    {
        "id": "h17-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pae Chol-u", "배철우", "witness", ["Bae Chul-woo"]),
            ("Ri Kum-san", "리금산", "supervisor", ["Rhee Kum-san", "이금산"]),
        ],
        "note": "Malaysian quarry/mine case summary with Korean quotes; Pae/Bae and Ri/Rhee/이/리 variants; initials; Malay names with Encik and Kak titles outside and binti patronymic; Chinese-Malaysian boss in Latin and hanzi.",
        "text": """Case summary / 사례 요약 - {{u:Kuala Lumpur}}, 2017. Prepared by {{p:Nurul Huda}} for the shelter.

Subject: {{r:Pae Chol-u}} (passport {{r:PAE CHOL U}}; he now writes {{r:Bae Chul-woo}}), 35, driller at a granite quarry and tin working near {{u:Kuantan}}, {{u:Pahang}}, 2014-2017.

1. Employer on paper: {{u:Ah Kow Quarry Sdn Bhd}}, owned by {{p:Tan Ah Kow}} ({{p:陈亚九}}), known on site as Towkay {{p:Tan}}. Actual boss: {{r:Rhee Kum-san}}. "{{r:리금산}}이가 여권 다 가지고 있었어요. 남쪽 말로 하면 {{r:이금산}}이죠."
2. Hours: 6 a.m.-10 p.m., dynamite work with no masks. "{{r:Ri}} 지배인은 먼지는 약이라고 했어요."
3. Wages: RM 2,800 per man paid to {{r:K.S. Ri}}; workers got RM 100. Remainder described as "조국에 바치는 충성".
4. Local help: the site clerk, Encik {{p:Zulkifli}}, and a cook, Kak {{p:Yah}} ({{p:Siti Aminah binti Osman}}). "{{p:Yah}} 누나는 밥을 더 줬어요."
5. Injury: co-worker {{p:Jang Song-bok}} lost a hand in 2016. {{r:Rhee}} refused hospital. {{p:Song-bok}}이는 {{u:Pyongyang}}으로 돌아갔음.
6. Exit: in May 2017 {{r:Chol-u}} hid in Encik {{p:Zulkifli}}'s lorry and reached the {{u:Embassy of the Republic of Korea}} in {{u:Kuala Lumpur}}. "{{r:철우}}야, 살아라" - his mother's words, he says.
7. Risk: mother {{p:Kim Ok-nyo}} in {{u:Tanchon}}.""",
    },
    {
        "id": "h17-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Chu Kwang-min", "추광민", "witness", []),
            ("Bang Chol-gyu", "방철규", "supervisor", []),
            ("Ryu Yong-sik", "류영식", "official", []),
        ],
        "note": "Squid boat crew list in Hangul and capitals, annotated in English; 'No. 6' next to surname No; bare surnames Ha/O/Bang; ship name looking like a place; one-word Korean nickname 곰보; annotator named.",
        "text": """선원 명부 / CREW LIST - {{u:대흥 16호}} ({{u:TAEHUNG 16}}), 출항 2016.11, {{u:원산}}
(Photo copy. Translation and notes: {{p:Julia Brandt}}, {{u:Seoul}})

번호 | 성명 | NAME | 직책
1 | {{r:방철규}} | {{r:BANG CHOL GYU}} | 선장 Captain
2 | {{p:하성일}} | {{p:HA SONG IL}} | 갑판장 Boatswain
3 | {{r:류영식}} | {{r:RYU YONG SIK}} | 기관장 / 당 세포비서
4 | {{p:오명진}} | {{p:O MYONG JIN}} | 선원
5 | {{r:추광민}} | {{r:CHU KWANG MIN}} | 선원
6 | {{p:노창일}} | {{p:NO CHANG IL}} | 선원
7 | {{p:공성진}} | {{p:KONG SONG JIN}} | 선원

Notes. The witness, {{r:Chu Kwang-min}}, is No. 5. No. 6, {{p:No Chang-il}}, died on board in January 2017; {{r:추광민}}은 "{{p:창일}}이는 배 안에서 얼어 죽었다"고 말함. Captain {{r:Bang}} logged it as "illness". {{r:Ryu}}, the engineer, was also the Party secretary and kept the crew's 선원증 with {{r:Bang}}. The boatswain {{p:Ha}} was called '{{p:곰보}}' for his pocked face. {{p:오}}씨 and {{p:공}}씨 were brothers-in-law.
Witness on hours: "하루 스무 시간. 방에서 잠깐 눈 붙이면 {{r:방}} 선장이 발로 찼어요." Wages: none paid at sea; on return each man received 20 kg of corn. {{r:Kwang-min}} says "{{r:류영식}}이가 선장보다 더 무서웠다" and asks that this list not be published.""",
    },
    {
        "id": "h17-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryang Kum-hui", "량금희", "witness", ["양금희", "Yang Keum-hee"]),
            ("Jegal Chol", "제갈철", "supervisor", []),
            ("Kye Bom", "계봄", "coworker", []),
        ],
        "note": "Polish social worker's note with Korean quotes; 량/양 North/South spellings; two-syllable surname Jegal with one-syllable given name Chol; co-worker's one-syllable given name 봄 next to 봄 'spring'; Polish names and diminutives; Polish social welfare office public.",
        "text": """Notatka / Note, {{u:Miejski Ośrodek Pomocy Społecznej}}, {{u:Grudziądz}}, 12.03.2019. Social worker: {{p:Katarzyna Wójcik}}. Interpreter: {{p:Jung Se-ra}} (by phone from {{u:Warsaw}}).

The woman gives her name as {{r:Ryang Kum-hui}} ({{r:량금희}}; in South Korean spelling {{r:양금희}}). She came to {{u:Poland}} in spring 2016 to work in tomato greenhouses near {{u:Grudziądz}}. Her supervisor was {{r:Jegal Chol}}. "{{r:제갈철}} 반장은 우리 여권을 가방에 넣고 다녔어요." The women called him {{r:Jegal}}, never {{r:Chol}}.

Hours 5:00-21:00, seven days in season. Pay: she signed for 2,000 zł but {{r:Jegal}} gave her 150. "나머지는 충성자금이라고 했어요."

Her friend {{r:Kye Bom}}, 24, fainted in the greenhouse in July 2018. "{{r:봄}}이는 봄에 온 애라서 이름이 {{r:봄}}이라고 농담했어요. 그런데 그 여름에 쓰러졌어요." The Polish owner's son, {{p:Michał}} ({{p:Michałek}} to his mother, Pani {{p:Halina}}), took {{r:Bom}} to the clinic. {{r:Jegal}} then forbade anyone to speak to {{p:Michał}}.

In February 2019 {{r:Kum-hui}} was told she would fly home. She left the hostel at night and walked to the petrol station where {{p:Halina}} had once bought them coffee. "{{p:할리나}} 아주머니가 경찰을 불러 줬어요."

Note: interpreter {{p:Jung}} confirms the witness's statement. Next visit with {{p:K. Wójcik}} on 19.03.""",
    },
    {
        "id": "h17-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("O Sun-ok", "오순옥", "witness", ["Oh Soon-ok"]),
            ("Ri Tong-chun", "리동춘", "supervisor", ["동춘 아바이"]),
            ("Kang Un-ha", "강은하", "relative", []),
        ],
        "note": "Letter from a mother in a Mongolian textile plant to her daughter, with English annotations; O/Oh; daughter's given name 은하 also 'galaxy'; 아바이 and 동지 titles; Mongolian names in Cyrillic and short forms; annotator named.",
        "text": """[Letter, Korean original, smuggled out via a Mongolian co-worker. English notes by {{p:Tuul Bat-Erdene}}, {{u:Ulaanbaatar}}, 2020.]

보고 싶은 우리 {{r:은하}}에게

{{r:은하}}야, 엄마다. 여기 {{u:울란바토르}}는 벌써 눈이 온다. 공장 창문으로 보면 밤하늘에 은하수가 보이는데, 그럴 때마다 네 생각이 난다.

엄마는 하루 열여섯 시간 재봉틀 앞에 앉아 있다. 반장 {{r:리동춘}} 동지가 돈을 다 맡아 가지고 있어서 이번에도 보낼 게 없다. 우리끼리는 그 사람을 '{{r:동춘}} 아바이'라고 부른다. {{r:동춘}}이 아바이는 여권도 안 돌려준다.

몽골 사람 반장 {{p:Сарангэрэл}}, 우리는 {{p:사라}}라고 부르는데, {{p:사라}}가 이 편지를 밖으로 부쳐 준다고 했다. 너는 외삼촌 {{p:오명호}} 집에서 말 잘 듣고 있거라. {{p:명호}} 삼촌한테 엄마 대신 고맙다고 해라.

같은 방 {{p:허옥실}} 아주머니가 많이 아프다. {{p:옥실}}이 아주머니 딸도 너랑 동갑이다.

2019년 11월, 엄마 {{r:오순옥}}

---
Notes ({{p:T.B.}}): The writer, {{r:O Sun-ok}} (also spelled {{r:Oh Soon-ok}}), worked at a cashmere plant in {{u:Bayangol}} district. {{p:Saraa}} ({{p:Сарангэрэл}}) confirmed to me that {{r:Ri Tong-chun}} held the passports of 60 women. {{r:Ri}} left {{u:Mongolia}} in 2020. The daughter, {{r:Kang Un-ha}}, lives with her uncle in {{u:Chongjin}}; her father is dead. {{r:Oh}} asked that {{r:Un-ha}} never be contacted directly.""",
    },
]
