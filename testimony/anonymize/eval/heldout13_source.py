# ruff: noqa: E501, W291
"""Held-out evaluation passages, set 13 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout13."""

PASSAGES: list[dict] = [
    {
        "id": "h13-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Kwang-il", "한광일", "witness", []),
            ("Song Myong-chol", "송명철", "supervisor", ["Old Song"]),
            ("Yu Chol", "유철", "coworker", []),
        ],
        "note": "Construction in Vladivostok, first person; brigade leader Song vs 'song' and 'so'; one-syllable given name Chol; Russian boy with diminutive; zero-width space inside a name; consular security man known by surname.",
        "text": """My name is {{r:Han Kwang-il}}. I was born in 1984 in {{u:Hamhung}}, and in March 2015 I went to {{u:Vladivostok}} with a brigade sent by the {{u:Korea Rungrado General Trading Corporation}}. We built apartment blocks off {{u:Russkaya Street}} for a Russian contractor called {{u:PrimStroy}}.

Our brigade leader was {{r:Song Myong\u200b-chol}}. The young ones called him Old {{r:Song}} behind his back, because he was forty-six and sang the same old song every night after the head count. So when {{r:Song}} started singing we knew the count was over and we could sleep.

I shared a bunk with {{r:Yu Chol}}, from {{u:Tanchon}}. {{r:Chol}} was a plasterer, very quick. He said to me once, "Brother, do you know what they pay the Russians for this?" I did not. {{r:Yu}} had picked up some Russian from the landlord's son, {{p:Artyom}}, a boy of twelve we all called {{p:Tyoma}}. {{p:Tyoma}} brought us bread and sometimes a newspaper.

In the second year the quota went up. {{r:Song}} said the order came from {{u:Pyongyang}}, from the {{u:Ministry of External Economic Relations}}, and that we also had to pay loyalty money for {{u:Kim Jong Un}}'s birthday. {{r:Chol}} refused to pay it once. A security man came from the consulate, a thin man we knew only as {{p:Ri}}. {{p:Ri}} took {{r:Chol}}'s passport away and kept it. So that was the end of that.

No one saw {{r:Yu Chol}} after Lunar New Year 2017. Old {{r:Song}} told us he had been sent home sick. I do not believe it, but I have no proof of anything else. I left in 2018.""",
    },
    {
        "id": "h13-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("An Jong-su", "안정수", "witness", []),
            ("Fahad Al-Azmi", "파하드 알아즈미", "supervisor", ["Abu Faisal"]),
            ("Cha Yong-nam", "차용남", "supervisor", []),
        ],
        "note": "Kuwait construction, interviewer summary; surname An vs article 'an'; Kuwaiti foreman by kunya; doctor's name in Arabic script; interviewer named by initial.",
        "text": """Summary of interview, {{u:Seoul}}, 14 May 2022. Interviewer: {{p:M. Lindqvist}}. Interpreter: {{p:Yoon Da-hye}}.

The witness, {{r:An Jong-su}} (b. 1979, {{u:Sinuiju}}), worked in {{u:Kuwait}} from 2013 to 2016 in a North Korean construction unit subcontracted to {{u:Al-Rawdhatain General Contracting}}. The unit was run from an office in {{u:Kuwait City}} by a man {{r:An}} calls only Director {{r:Cha}}. The camp was outside {{u:Jahra}}; it took an hour and a half by bus to reach the sites.

The Kuwaiti site foreman was {{r:Fahad Al-Azmi}}, whom the workers called {{r:Abu Faisal}} after his eldest son. Mr {{r:An}} describes {{r:Abu Faisal}} as an honest man who paid the unit on time; the problem, he says, was that the money never reached the workers. He recalls {{r:Fahad}} once asking him, through an Egyptian engineer named {{p:Hany}}, why the Koreans kept working through the midday ban. {{r:An}} had no answer he was allowed to give.

Summer temperatures reached 50 degrees. Director {{r:Cha Yong-nam}} told the men that resting at noon was an insult to their revolutionary spirit. Two men collapsed in July 2014. One of them, {{p:Ko Sang-hun}}, about 30, from {{u:Chongjin}}, died in {{u:Adan Hospital}}. {{r:An}} was at the hospital when {{p:Ko}}'s body was released. A photograph of the death certificate, shown to the interviewer, bears the stamp of Dr {{p:Khalid Al-Mutairi}} ({{p:خالد المطيري}}) and gives the cause as heart failure.

After {{p:Ko}}'s death {{r:Cha}} collected 20 dinars from each man "for the family". The body was cremated in Kuwait. {{r:An}} does not believe any money reached {{u:Chongjin}}.

{{r:Abu Faisal}} gave {{r:An}} his phone number before the unit moved to another site, and said to call if there was a problem. {{r:An Jong-su}} never called. He left Kuwait in 2016 when the unit was withdrawn.""",
    },
    {
        "id": "h13-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Un-hui", "박은희", "witness", ["Park Eun-hee"]),
        ],
        "note": "Short intake note; witness name typed in fullwidth Latin letters; South romanization; team leader known by surname only.",
        "text": """Intake 2023-117 / {{r:Ｐａｋ Ｕｎ－ｈｕｉ}}, 41, {{u:Hyesan}}
Worked 2017-2019 at a seafood plant in {{u:Donggang}}, {{u:Liaoning}}. Team leader: {{p:Jon}} (female, ~50).
Wants her name spelled {{r:Park Eun-hee}} in the file. Mentions dorm mate {{p:Mi-ok}}, still in China?
Follow-up: ask about {{p:Jon}}'s husband, the driver.""",
    },
    {
        "id": "h13-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Kum-sil", "조금실", "witness", ["Cho Geum-sil"]),
            ("Wang Jianguo", "왕젠궈", "supervisor", ["Boss Wang", "王建国"]),
            ("Kang Ok-hwa", "강옥화", "supervisor", []),
        ],
        "note": "Q/A transcript, seafood plant in China; Chinese names in characters; owner's wife; Jo/Cho variants; one-syllable given name Sol.",
        "text": """Q: Where did you work?
A: In {{u:Donggang}}. A plant that peeled crab and squid. The sign said {{u:Donggang Haixin Aquatic Products}}. There were about two hundred of us, all women, mostly from {{u:North Hamgyong}}.
Q: Who was in charge?
A: The Chinese owner was {{r:Wang Jianguo}}. {{r:王建国}}. We said Boss {{r:Wang}}. But we never spoke to him. Our side was run by {{r:Kang Ok-hwa}}, the team manager. {{r:Kang}} kept our passports in a safe in her room.
Q: Did Mr {{r:Wang}} know about the passports?
A: Of course {{r:Wang}} knew. His wife did the accounts, {{p:李秀英}}, {{p:Li Xiuying}}. {{p:Li}} sometimes gave us oranges at New Year. The one who really watched us on the floor was a young Chinese, {{p:张伟}}. We called him {{p:Xiao Zhang}}.
Q: Mrs {{r:Jo}}, for the record, how do you spell your name?
A: {{r:Jo}}, J-O. In the South they write {{r:Cho}}. My card says {{r:Cho Geum-sil}}.
Q: What were the hours?
A: Six in the morning to ten at night. Until midnight when a ship came in. If we were slow, {{r:Kang}} made us stay and write self-criticism. A girl called {{p:Hye-gyong}} fainted over the tank in the summer of 2018 and {{r:Kang Ok-hwa}} said she was pretending.
Q: Did anyone try to leave?
A: {{p:Hye-gyong}} and another girl, {{p:Sol}}. {{p:Sol}} was the youngest, nineteen. They got as far as the bus station. The Chinese police took them and handed them over. At the meeting {{r:Kang}} said they had betrayed the trust of {{u:Kim Jong Un}}. We never saw them again.
Q: And you?
A: I stayed until the border closed. Then I stayed longer, because nobody could go home. I left in 2021. I will not say how.""",
    },
    {
        "id": "h13-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Moon Sung-ho", "문성호", "witness", ["Mun Song-ho"]),
            ("O Tae-sik", "오태식", "supervisor", ["Bear"]),
            ("Ri Nam", "리남", "coworker", ["Lee Nam"]),
            ("Nikolai Kravets", "니콜라이 크라베츠", "other", ["Kolya"]),
        ],
        "note": "Long first-person statement, logging near Tyrma; nickname Bear vs real bears; surname O vs interjection 'O'; Moon vs the moon; one-syllable given name Nam vs Nampo; Russian diminutives (Kolya, Galya, Galochka); Uncle + one-syllable surname; Sergei Kim private pastor.",
        "text": """Statement of {{r:Moon Sung-ho}} (born 1976, {{u:Kimchaek}}), recorded in {{u:Seoul}}, 2019. Translated from Korean. In North Korea his name was written {{r:Mun Song-ho}}.

I went to Russia the first time in 2006 and the second time in 2012. Both times I was in the forestry units of the {{u:Ministry of Forestry}} in the {{u:Tyrma}} area, in {{u:Khabarovsk Krai}}. The first time I was young and stupid and believed what they told us at the send-off in {{u:Pyongyang}}: that we would come back with a television and a refrigerator. The second time I knew better, but my wife's father was sick and there was no other way to get money.

Our sub-unit had twenty-four men. The head of the sub-unit was {{r:O Tae-sik}}. Everyone called him {{r:Bear}}, because he was big and slow and because when he was angry he did not shout, he only breathed. You must understand there were real bears in that forest, too. In the second summer a bear came into the kitchen tent and ate our bean paste. After that, when somebody whispered "the bear is coming", nobody knew whether to run into the trees or stand up straight.

{{r:O}} was not the worst of them. He took his share, like all of them, but he did not beat people for fun. He beat people when the quota was short, and then he beat whoever was closest. I was beaten by {{r:O Tae-sik}} twice, once with a felling wedge. The scar is here.

My partner was {{r:Ri Nam}}. {{r:Nam}} was from {{u:Nampo}}, which was a joke for us: {{r:Nam}} from {{u:Nampo}}. In the South he would be {{r:Lee Nam}}, I suppose, but I never thought of him like that. He was thirty-one, seven years younger than me, and he had two little girls. He kept their photograph inside his hat. {{r:Nam}}'s job was to trim the branches and mark the logs; mine was to fell. We made a good team. When the saw jammed, {{r:Nam}} would sing an old song from our province, "O my mother, the moon is bright over the sea", and I would laugh, because he sang very badly.

The moon really was bright out there. You could work by it in winter, and we did. From November to March the quota went up, because the ground was frozen and the trucks could come in on the winter road. We started at five and stopped when {{r:Bear}} said so.

The Russian who drove the timber truck was {{r:Nikolai Kravets}}. We called him {{r:Kolya}}, like the Russians did. {{r:Kolya}} was about fifty and had a gold tooth. His wife, {{p:Galina}}, ran the small shop in the settlement; {{p:Galya}}, he called her, and when he was drunk, "my little {{p:Galochka}}". {{r:Kolya}} was the one who showed me how to sell logs on the side. Everybody in the unit did it, and the bosses did it more than anybody. {{r:Kolya}} paid us in roubles, in cigarettes and once in a pair of felt boots, which saved my feet.

A political instructor came every two months from {{u:Khabarovsk}}. His name was {{p:Choe}}, Instructor {{p:Choe}}. He gave the lectures on the {{u:Workers' Party of Korea}} and collected the loyalty money. In 2013 it was for the anniversary of {{u:Kim Il Sung}}'s birth, and in the autumn it was for something else I have forgotten. Each time {{p:Choe}} came, {{r:O}} became nervous and we had to hide the Russian money under the floor of the bathhouse.

In February 2014 {{r:Nam}} was hit by a falling larch. It was nobody's fault; the tree twisted as it fell. I heard {{r:Nam}} cry out and I ran. His leg was broken above the knee and the bone came through. {{r:Bear}} would not call the Russians, because an accident would be reported and the unit would lose points. {{r:Kolya}} came by with the truck, saw {{r:Nam}} lying there, and said something very rude to {{r:O}} in Russian. Then he put {{r:Nam}} in the cab and drove him to the hospital in {{u:Chegdomyn}}. That is a long way on the winter road. I think {{r:Kolya}} saved his life.

{{r:Nam}} was sent home in April. They took the cost of the hospital out of the money of the whole sub-unit, so for three months we got nothing at all. Some of the men blamed {{r:Nam}} for that, which shows you what we had become. A young one, {{p:Cha Song-u}}, said that {{r:Ri}} should have died in the forest and saved us the trouble. I hit {{p:Cha}}. {{r:O Tae-sik}} made me write a self-criticism and read it at the Saturday meeting.

After {{r:Nam}} left I worked with an older man whom we called Uncle {{p:Sok}}. He never told anybody his given name. Uncle {{p:Sok}} had been in Russia since Soviet times, since the nineteen-eighties, and knew every trick. It was Uncle {{p:Sok}} who told me, in 2015, that if I wanted to go, the man to ask was a Korean-Russian in {{u:Khabarovsk}}, {{p:Sergei Kim}}, a pastor. {{p:Sergei}}'s church was near the {{u:Amur}} embankment.

I did not go that year. I went in 2016, after {{r:Bear}} told me that my contract had been extended by three years and that the extension had been signed in my name. I walked out of the camp on a Sunday when {{r:O}} was in the settlement, and {{r:Kolya}} took me as far as {{u:Komsomolsk-on-Amur}}. I do not know if he got into trouble for it. I have tried to find him on the internet, but there are a thousand {{r:Nikolai Kravets}} in Russia.

I have heard that {{r:Ri Nam}} walks with a stick now and works at a fish farm near {{u:Nampo}}. If this statement is published, please do not write that he was my partner. Please do not write the names of his daughters. I have said enough.""",
    },
    {
        "id": "h13-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ha Yong-jin", "하영진", "witness", []),
            ("Ma Sun-hui", "마순희", "relative", []),
        ],
        "note": "Translated unsent letter from Qatar; surname Ha vs laugh 'Ha!'; surname Ma vs 'Ma' (mother); Qatari sponsor in Latin and Arabic script; son's name with age.",
        "text": """[Translated letter, found among the belongings of {{r:Ha Yong-jin}} and handed over by him in 2020. Written in {{u:Doha}} in 2016, addressed to his wife, {{r:Ma Sun-hui}}, in {{u:Kaechon}}. Never sent.]

Dear {{r:Sun-hui}},

I am writing this at night because in the day there is no time and no shade. The company here is called {{u:Gulf Stone Contracting}} but we do not work for them really, we work for our own people, and the Qatari they call our sponsor is a Mr {{p:Saad Al-Kuwari}}. I have seen him twice. His name on the papers is {{p:سعد الكواري}}; I copied it from the board so you can see how they write. Ha! You would laugh at my Arabic.

Our section leader is {{p:Pyon}}. You remember {{p:Pyon}}'s brother from the mine? It is the same family, the same mouth. He says we will be paid at the end of the year, all at once. I do not think so.

Tell Ma and Pa that I am well and that I eat meat twice a week, which is true, but do not tell them about the heat. Tell {{p:Kyong-su}} that his father has seen the sea every day. He must be tall now, nine years old in August. Make him study. Do not let him go to the construction brigades when he is older, whatever they say at school.

If someone called {{p:Yom Chang-dok}} comes to the house and says he is from my unit, do not give him anything. He went home early and he owes me forty dollars.

Your husband,
{{r:Yong-jin}}""",
    },
    {
        "id": "h13-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Hyang-mi", "리향미", "witness", ["Lee Hyang-mi"]),
            ("Choe Yong-ae", "최영애", "supervisor", ["Choi Young-ae"]),
        ],
        "note": "Restaurant in Phnom Penh, interviewer summary with a correction; Ri/Lee, Choe/Choi, Rim/Lim variants of the same persons; the wrongly recorded name belongs to another real person.",
        "text": """Interview note, 2 March 2024 (revised 15 March 2024)

The witness, {{r:Ri Hyang-mi}} (in her South Korean documents {{r:Lee Hyang-mi}}), 29, from {{u:Pyongyang}}, worked as a waitress and singer at the {{u:Pyongyang Koryo Restaurant}} in {{u:Phnom Penh}} from 2015 to 2019. Twelve women lived above the restaurant. They were allowed out only in pairs and only with the manager's permission.

The manager was {{r:Choe Yong-ae}}, a woman in her forties whom Ms {{r:Ri}} describes as strict but not cruel. The real power, she says, belonged to a man from the embassy, Counsellor {{p:Rim}}, who came every Monday to collect the week's takings. In her written statement she spells him {{p:Lim}}. {{p:Rim}} was the one who decided which women would perform for which guests.

Ms {{r:Lee}} recalls a Cambodian landlord, {{p:Sokha}}, who sometimes drove the women to the market, and a regular South Korean customer known to the staff only as "the tall one", who left a business card that {{r:Choi Young-ae}} immediately burned.

In 2018 one of the waitresses, {{p:Un-jong}}, was sent home after she was seen talking to a customer outside. {{r:Hyang-mi}} says {{r:Choe}} cried that night.

Correction (15 March): the first version of this note gave the manager's name as {{p:Choe Yong-hui}}. The witness corrected this to {{r:Choe Yong-ae}}. {{p:Choe Yong-hui}} is a different woman, the cook, who was {{r:Choe Yong-ae}}'s cousin. All references above have been checked.""",
    },
    {
        "id": "h13-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Gil Yong-ho", "길용호", "witness", ["Kil Yong-ho"]),
            ("Nam Ki-chol", "남기철", "supervisor", ["Captain Nam"]),
        ],
        "note": "Fishing on a Russian trawler, first person; Captain + surname Nam vs Nampo; Gil vs 'gills'; ship names public; Russian captain by first name.",
        "text": """I am {{r:Gil Yong-ho}}, from {{u:Nampo}}. In the old documents it is {{r:Kil}}. From 2011 to 2013 I worked on a Russian trawler, the {{u:Vostochny Bereg}}, fishing pollock in the {{u:Sea of Okhotsk}} out of {{u:Nakhodka}}. There were nine of us from the North on board.

The Russian captain was {{p:Viktor}}. We never learned his other names. The Korean in charge of us was {{r:Nam Ki-chol}}, and we had to call him Captain {{r:Nam}}, though he had never been a captain of anything. {{r:Nam}} had worked on the {{u:Chilbosan}} before and he told everyone that story many times.

We gutted fish for sixteen hours a day. You stand in water and blood to the knees and you pull the gills with your thumb until the thumb does not close. {{r:Nam}} counted the boxes and reported to the fisheries company in {{u:Pyongyang}}. When the boxes were short, he cut our rice.

A boy called {{p:Tong-il}} fell sick with fever in the second winter. {{p:Viktor}} wanted to take him ashore. Captain {{r:Nam}} said no. {{p:Tong-il}} got better, no thanks to {{r:Nam Ki-chol}}.""",
    },
    {
        "id": "h13-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Chang-sok", "김창석", "witness", ["K.C."]),
            ("Jang Chol-jun", "장철준", "official", ["JCJ"]),
        ],
        "note": "Form-like case notes with labels; initials K.C. and JCJ; dates, ages and home towns around names; surname alone with job.",
        "text": """CASE NOTES - file 22/031
Name: {{r:Kim Chang-sok}} (signs messages "{{r:K.C.}}")
Born: 1988, {{u:Kyongsong}} county, {{u:North Hamgyong}}
Deployment: {{u:Russia}}, {{u:Amur Oblast}}, residential construction, {{u:Blagoveshchensk}}, 2016-2019
Sending body: {{u:Mokran Construction Company}}
Unit head: {{p:Hwang}} (first name unknown, ~55)
Party secretary (deputy): {{r:Jang Chol-jun}}, called "{{r:JCJ}}" in {{r:K.C.}}'s own notes; from {{u:Hamhung}}, ~40
Co-workers named: {{p:Kim Myong-guk}} (welder, b. ~1990), {{p:Sin Hak-bom}} (driver), "{{p:Dwarf}}" (real name unknown, cook)
Russian contacts: {{p:Oleg}} (site engineer), {{p:Marina Pavlovna}} (landlady)

Summary: {{r:Kim}} states that {{r:JCJ}} confiscated all phones in Oct 2018 after {{p:Sin Hak-bom}} was found with a Russian SIM card. {{p:Sin}} was sent home via {{u:Vladivostok}} within a week. {{r:Jang}} then held a meeting at which {{p:Hwang}} read out the names of "unreliable elements", including {{r:K.C.}}.

Follow-up: ask {{r:K.C.}} whether {{p:Oleg}} would speak to us. Check spelling {{r:Jang Chol-jun}} / {{r:Chang Cheol-jun}}.""",
    },
    {
        "id": "h13-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Won Hyok", "원혁", "witness", ["Kevin", "kevin.dev88"]),
            ("Pyon Il-gwang", "변일광", "supervisor", []),
        ],
        "note": "IT team in Shenyang, interviewer summary; given name Won vs won (currency, verb); one-syllable given name Hyok; fake online personas and handles as aliases of private persons; Chinese handler by surname.",
        "text": """Interviewer summary, session 2 of 3

{{r:Won Hyok}} (b. 1994, {{u:Pyongyang}}) graduated from {{u:Kim Chaek University of Technology}} and was assigned in 2017 to a team of eleven programmers working out of an apartment in {{u:Shenyang}}. On paper the team belonged to a Chinese firm, {{u:Shenyang Dongfang Network Technology}}; in fact it reported to a trading company in {{u:Pyongyang}} under the {{u:Munitions Industry Department}}.

The team leader was {{r:Pyon Il-gwang}}. {{r:Pyon}} set each member a monthly target of 5,000 US dollars in freelance income. Members who won contracts on {{u:Upwork}} and {{u:Freelancer}} did so under invented Western or Chinese identities. {{r:Hyok}}'s main identity was "{{r:Kevin}}", with the account name {{r:kevin.dev88}}; a second account, under the name "{{p:Jason Wu}}", was shared with a colleague he calls {{p:Tae-ung}}. Video calls were handled by a Chinese man, {{p:Zhao}}, who was paid a percentage. {{p:Zhao}}'s face was "{{r:Kevin}}" for any client who insisted on seeing one.

Payment went through Chinese bank accounts held by {{p:Zhao}}'s relatives. Team members received nothing in dollars. {{r:Won}} says they were told their families in {{u:Pyongyang}} would be paid in won, but his mother received, as far as he knows, the equivalent of about 30 dollars in two years.

{{r:Pyon Il-gwang}} slept in the same apartment and kept the passports. Internet use outside work was forbidden; {{r:Pyon}} checked browser histories every Saturday. In 2019 {{p:Tae-ung}} was found reading South Korean news and was sent home. {{r:Won Hyok}} says he "won nothing and lost a friend" that year.

He left the team in 2020. The interviewer agreed not to publish the names of his former clients.""",
    },
    {
        "id": "h13-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Bang Sung-il", "방성일", "witness", ["Pang Song-il"]),
            ("Jin Myong-ok", "진명옥", "relative", ["Chin Myong-ok"]),
        ],
        "note": "Translated diary excerpt, construction near Moscow; Bang vs 'bang'; Chin variant vs 'chin'; soft hyphen inside the wife's name; translator's note.",
        "text": """[Excerpt from the diary of {{r:Bang Sung-il}} (North Korean spelling {{r:Pang Song-il}}), kept at a construction site in {{u:Moscow Oblast}}, 2017. Translated by {{p:E. Harwood}}.]

12 January. Minus twenty-six. The generator failed at four and the door of the container slammed with a bang all night in the wind. Nobody slept. {{p:Ju}} says the foreman sold the new generator in {{u:Podolsk}}. I believe him.

14 January. Letter from {{r:Jin Myong\u00adok}}, three months late. The baby has teeth. She writes that her mother is weak. She asks again when I will send money. What can I say to her? {{r:Myong-ok}}, I have sent nothing because I have nothing.

19 January. Cut my chin shaving in the dark. Foreman {{p:Kim}} laughed and said I should grow a beard like a Russian. {{p:Kim}} has a new leather coat.

2 February. The Tajik workers from the next site, {{p:Farrukh}} and his brother, showed us how to get hot water from the pipe. The security man, {{p:Sim}}, saw us talking and wrote my name down.

[Translator's note: the diary writes the wife's surname as 진; in her old passport it is romanized {{r:Chin}}. We use {{r:Jin}}.]""",
    },
    {
        "id": "h13-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("No Chang-ho", "노창호", "coworker", ["Roh Chang-ho"]),
        ],
        "note": "Short Q/A; surname No used next to 'No' as a word; South spelling Roh.",
        "text": """Q: Who else was in the room?
A: No one. Only {{r:No}}. {{r:No Chang-ho}}, the welder.
Q: Did {{r:No}} say anything?
A: No. He just pointed at the window.
Q: Is that the {{r:Roh}} you mentioned in {{u:Kuwait}}? A: Same man. Do not write his town.""",
    },
    {
        "id": "h13-en-13",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yang Su-bong", "양수봉", "witness", []),
            ("Do Kwang-chol", "도광철", "coworker", []),
            ("Bikram Thapa", "비크람 타파", "other", []),
        ],
        "note": "Death of a worker in Qatar, first person; surname Do vs verb 'do'; Nepali coworker; Qatari sponsor by first name; company and places public.",
        "text": """I am {{r:Yang Su-bong}}, 47, from {{u:Anju}}. I was in {{u:Qatar}} from 2015 to 2017, building accommodation blocks near {{u:Al Wakrah}} for {{u:Gulf Peak Contracting}}. We were forty-two men in one compound.

The man I want to talk about is {{r:Do Kwang-chol}}. {{r:Do}} was thirty-four, from {{u:Sunchon}}, a steel fixer. He had a bad heart and everybody knew it, including the unit manager, {{p:Ryom}}. What could we do? You do not say no to {{p:Ryom}}.

In August 2016 {{r:Do}} went up to the fourth floor at one in the afternoon. The Nepali team on the same site had stopped for the midday rest. Their foreman, {{r:Bikram Thapa}}, shouted at us to come down. {{r:Bikram}} spoke a little English and a little Arabic, and he made signs: too hot, too hot. {{r:Do}} waved at him and kept going.

At about three {{r:Do Kwang-chol}} sat down against a column and did not get up. {{r:Bikram}} and I carried him down the stairs. The ambulance came after forty minutes. He died that night.

The sponsor, Mr {{p:Nasser}}, came to the compound the next day with {{p:Ryom}}. I do not know what they said. Afterwards {{p:Ryom}} told us that {{r:Do}} had died of a disease he brought from home, and that nobody should talk to the Nepalis any more. I did talk to {{r:Bikram}} once more. He gave me a cigarette and said, "Your people, why do you do this?" I did not know what to say.""",
    },
    {
        "id": "h13-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Son Mi-yong", "손미영", "witness", []),
            ("Hong Sun", "홍순", "supervisor", []),
        ],
        "note": "Investigator's notes on a factory in Hunchun; surname Son vs 'son'; one-syllable given name Sun vs 'sun'; Hong vs Hong Kong; Chinese manager in characters; dates and ages.",
        "text": """Notes on the {{u:Hunchun}} factory, compiled from three interviews (Jan-Mar 2023)

Main witness: {{r:Son Mi-yong}}, 36, from {{u:Onsong}}. Worked 2016-2019 at an electronics assembly plant in the {{u:Hunchun Border Economic Cooperation Zone}}, making cable harnesses for a supplier whose parent company was registered in {{u:Hong Kong}}. Ms {{r:Son}} has one son, aged 12, who lives with her mother in {{u:Onsong}}.

North Korean supervisor: {{r:Hong Sun}}, female, ~45. The workers called her Manager {{r:Hong}}, or just "{{r:Sun}}" when she was out of earshot. {{r:Hong}} lived in the dormitory and controlled all contact with the Chinese staff. Ms {{r:Son}} says {{r:Sun}} was "as regular as the sun: up before us, down after us".

Chinese production manager: {{p:刘晓明}} ({{p:Liu Xiaoming}}), ~35. Referred to by the workers as "{{p:Xiao Liu}}". According to Ms {{r:Son}}, {{p:Liu}} once tried to give the women their overtime pay directly and was overruled by {{r:Hong Sun}} and a man from the consulate in {{u:Shenyang}}, {{p:Hwang Chol}}.

Other workers named: {{p:Yun-ok}} (from {{u:Musan}}), {{p:Pak Kum-ju}} (older, ~50, the cook), a girl known as "{{p:Little Sparrow}}".

Second witness (anonymous) confirms the name {{r:Hong Sun}} and adds that {{r:Hong}}'s son was studying at {{u:Kim Il Sung University}}. Third witness could not recall the supervisor's name.""",
    },
    {
        "id": "h13-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jong Ok-sun", "정옥순", "witness", ["Jeong Ok-soon", "Okki"]),
            ("Kye Myong-hui", "계명희", "supervisor", ["the Teacher"]),
            ("Kim Jong-hun", "김정훈", "relative", ["Kim Jong-un"]),
        ],
        "note": "Long interviewer summary: garment factory in Dandong then restaurant in Shenyang; Jong/Jeong variants; private cousin formerly named Jong-un next to the public Kim Jong Un; Chinese owner surname Sun vs 'sun'; Madam Sin vs 'sin'; Lao + surname; interviewers named.",
        "text": """INTERVIEW SUMMARY
Witness: {{r:Jong Ok-sun}} ({{r:Jeong Ok-soon}} on her South Korean ID), 38, from {{u:Hoeryong}}
Sessions: 3 and 10 October 2023, {{u:Incheon}}. Interviewer: {{p:S. Park}}. Summary prepared by {{p:R. Tanaka}}.

1. Recruitment
Ms {{r:Jong}} was recruited in 2016 through the women's union in her district. She was told she would work in a garment factory in China for three years and that 150 dollars a month would be sent to her family. Her mother, {{p:Pak Chun-ja}}, was against it. Her cousin {{r:Kim Jong-hun}} encouraged her, because his own wife had come back from {{u:Dandong}} with money and a rice cooker.

The witness several times referred to this cousin as "{{r:Jong-un}}". She explained that he was born {{r:Kim Jong-un}} and that in 2011 everyone with that given name in his workplace was told to change it. He became {{r:Jong-hun}}. In the family he is still "{{r:Jong-un}} oppa" when nobody else is listening. (This is the private cousin, not {{u:Kim Jong Un}}; the witness laughed at the confusion.)

2. The factory
From June 2016 to early 2018 she worked at a garment factory on the edge of {{u:Dandong}}, which she remembers as {{u:Dandong Jinhui Garments}}. About 300 North Korean women worked there in three shifts. The North Korean side was run by {{r:Kye Myong-hui}}, a woman of about fifty whom the workers called "{{r:the Teacher}}". {{r:Kye}} reported to a man from the trade office whom the women knew only as Director {{p:Hyon}}.

Working hours were 7:00 to 23:00 with two breaks. Sundays were for ideological study. The women slept on the fourth floor of the factory building and were taken out as a group once a month, to a market. The Chinese owner, a Mr {{p:Sun}} (she wrote his name for us as {{p:孙志强}}), walked through the floor every morning; she says the women could tell the time by him, "like the sun". She never spoke to him. {{p:Sun}}'s daughter, a student, sometimes helped in the office and once gave the witness a hand cream, which {{r:Kye}} confiscated.

3. Wages
She was never paid in cash. {{r:Kye}} kept a notebook with each woman's "account", and deductions for food, electricity, the dormitory and "collective contributions" were entered there. At the end of 2017 {{r:Kye Myong-hui}} told the women that the year's surplus had gone to a loyalty fund for the sixth anniversary of {{u:Kim Jong Un}}'s leadership. The witness estimates that she received the equivalent of 20 dollars a month, in the form of coupons for the factory shop.

4. The restaurant
In spring 2018, after the sanctions took effect, she and eleven other women were moved to the {{u:Pyongyang Moranbong Restaurant}} in {{u:Shenyang}}. There she worked as a waitress. The manager was {{p:Ri Yong-gil}}; his wife, whom the women called Madam {{p:Sin}}, handled the money. The witness says Madam {{p:Sin}} was the one who decided who could go out and who had to stay. "She used to say that to think of home was no sin, but to talk of home was a sin," the witness recalled.

Her closest friend at the restaurant was a younger waitress, {{p:Yon-hui}}, from {{u:Wonsan}}. The other women called the witness "{{r:Okki}}", a pet name from her given name. {{p:Yon-hui}} was the only one who knew that {{r:Okki}} was planning to leave.

5. Leaving
In August 2019 the witness left the restaurant during a market trip with the help of a Chinese customer she calls Lao {{p:Zhou}}. {{p:Zhou}} drove her to {{u:Kunming}}. From there she crossed into {{u:Laos}} and reached the South Korean embassy in {{u:Bangkok}} in November 2019.

6. Family
She learned through a broker, a woman she calls {{p:Mrs Choi}}, that her cousin {{r:Jong-hun}} was questioned by the {{u:Ministry of State Security}} for several weeks in 2020 and then demoted. Her mother {{p:Pak}} was not arrested. The witness has not been able to send money since 2021. She asks that nothing be published that could identify {{r:Kim Jong-hun}}'s workplace.

7. Interviewer's note
The witness asked that in any publication she not be called {{r:Jong Ok-sun}} or {{r:Jeong Ok-soon}}, and not "{{r:Okki}}", but by a pseudonym. {{p:S. Park}} has recorded the pseudonym in the restricted file. {{p:Tanaka}} to check the spelling of the factory name with the second witness.""",
    },
    {
        "id": "h13-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pae Myong-su", "배명수", "witness", []),
            ("Kang Chol", "강철", "coworker", []),
            ("Yon Jae-man", "연재만", "supervisor", []),
        ],
        "note": "블라디보스토크 건설장 1인칭 진술; 이름 강철과 일반어 강철; 한 글자 이름 철+애칭 이; 연 부지배인과 연락; 임금; 러시아인 사샤; 황 지도원.",
        "text": """나는 {{r:배명수}}다. 1981년 {{u:함경남도}} {{u:단천}}에서 태어났다. 2014년 봄에 {{u:블라디보스토크}}로 파견되어 아파트 건설장에서 미장공으로 일했다. 우리 소대는 {{u:남강건설}} 소속이었고, 현장 책임자는 {{r:연재만}} 부지배인이었다. 다들 {{r:연}} 부지배인이라고 불렀다. {{r:연}} 부지배인은 한 달에 한 번 숙소에 와서 계획 수행 정형을 따졌는데, 그때마다 연락도 없이 밤 열한 시에 들이닥쳤다.

같은 방을 쓴 사람은 {{r:강철}}이었다. 이름처럼 몸이 강철 같은 사람이었다. 나보다 네 살 아래라서 나는 그냥 {{r:철}}이라고 불렀다. {{r:철}}이는 {{u:신포}} 사람이었는데 말수가 적고 손이 빨랐다.

임금은 한 번도 제대로 받아 본 적이 없다. 계획분을 떼고, 충성자금을 떼고, 숙식비를 떼고 나면 남는 게 없었다. {{r:철}}이가 한번은 {{r:연}} 부지배인한테 "우리 임금은 다 어디로 갑니까" 하고 물었다가 그 주 내내 밤 작업에 불려 나갔다.

러시아 사람 중에는 자재 창고를 지키는 {{p:사샤}} 아저씨가 있었다. 본명은 {{p:알렉산드르}}인데 다들 {{p:사샤}}라고 했다. {{p:사샤}} 아저씨는 우리한테 몰래 빵이랑 담배를 주었고, 철근 도둑질을 눈감아 주기도 했다.

2016년 겨울에 {{r:강철}}이 비계에서 떨어졌다. 안전띠는 없었다. 보위 지도원 {{p:황}} 동지가 와서 이 일은 밖에 절대 말하지 말라고 했다. {{p:황}} 지도원은 병원에도 못 가게 했고, 러시아 의사는 숙소로 한 번 왔을 뿐이다. {{r:철}}이는 허리를 다쳐 이듬해 봄에 귀국했다. 그 뒤 소식은 모른다.""",
    },
    {
        "id": "h13-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yu Kyong-nam", "유경남", "witness", []),
            ("Do Sang-chol", "도상철", "supervisor", []),
            ("Mubarak Al-Hajri", "무바라크 알하지리", "other", ["Abu Salem", "아부 살렘"]),
        ],
        "note": "쿠웨이트 건설, 면담 요약; 도 기사와 도착/도면; 모두; 쿠웨이트인 감독의 별칭과 아랍 문자 이름; 면담자 이름; 김 반장.",
        "text": """면담 요약 (2021. 9. 7., {{u:서울}}) / 면담자: {{p:한수진}}

구술자 {{r:유경남}}(남, 1975년생, {{u:평안북도}} {{u:정주}} 출신)은 2012년부터 2015년까지 {{u:쿠웨이트}}에서 건설 노동자로 일했다. 소속은 {{u:능라도무역총회사}} 산하 건설사업소였고, 숙소는 {{u:자흐라}} 외곽의 컨테이너였다. 구술자는 쿠웨이트에 도착한 첫날 여권을 회수당했다고 한다.

현장 기술 책임자는 {{r:도상철}}이었다. 구술자는 그를 주로 '{{r:도}} 기사'라고 불렀다. {{r:도}} 기사는 도면을 읽을 줄 아는 유일한 사람이라 쿠웨이트 측 감독과 직접 말을 했다. 쿠웨이트인 감독의 이름은 {{r:무바라크}}였는데, 노동자들 사이에서는 '{{r:아부 살렘}}'으로 통했다. 구술자가 보관해 온 출입증 사본에는 {{r:مبارك الهاجري}}라고 적혀 있다.

구술자에 따르면 {{r:아부 살렘}}은 북한 노동자들이 한낮에도 일하는 것을 보고 몹시 놀랐다고 한다. 통역은 {{r:도}} 기사가 했는데, 구술자는 {{r:도상철}}이 말을 일부러 바꿔 전했다고 본다. 노동자 모두가 쉬고 싶다고 했는데도 {{r:도}} 기사는 "우리는 괜찮다고 한다"고 전했다는 것이다.

작업반장은 {{p:김}} 반장으로, 구술자는 이름을 기억하지 못했다. 함께 일한 동료 {{p:주영일}}은 2014년 여름 열사병으로 쓰러져 먼저 귀국했다. 같은 현장의 파키스탄인 노동자 {{p:아슬람}}이 물을 나눠 준 일을 구술자는 여러 번 이야기했다.

구술자는 2015년 귀국 직전 {{u:쿠웨이트시티}}에서 이탈했다.""",
    },
    {
        "id": "h13-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ji Un-ha", "지은하", "witness", []),
        ],
        "note": "짧은 전화 메모; 애칭 이 + 언니; 성만 있는 남편; 하나원.",
        "text": """메모 2022-08-19: {{r:지은하}} 씨 전화. {{u:훈춘}} 수산물 가공공장 시절 조장이던 {{p:명순}} 언니 소식 문의.
{{p:명순}}이 언니 남편 {{p:최}} 씨가 {{u:하나원}} 동기라고 함.
{{r:은하}} 씨는 다음 주 화요일 오후 재통화 원함.""",
    },
    {
        "id": "h13-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Sim Hae-ryon", "심해련", "witness", []),
            ("Jang Mi-ok", "장미옥", "coworker", []),
        ],
        "note": "카카오톡 대화 로그; 화자 표시가 이름; 장미옥과 장미(꽃); 초성 ㅂㅈㅇ; 붙여 쓴 왕사장; 이모지; 송금; ㅇㅋ/ㅇㅇ는 이름 아님.",
        "text": """[카카오톡 대화 발췌, 2023년 5월, 구술자 {{r:심해련}} 제공]

{{r:해련}}: 언니 자?
{{r:미옥}}: 아니 ㅋㅋ 왜
{{r:해련}}: 오늘 센터에서 면접 했어. {{u:동강}} 공장 얘기 다 함
{{r:미옥}}: 헐 ㄷㄷ 내 얘기도?
{{r:해련}}: 언니 이름은 안 말했어 걱정마 😅
{{r:미옥}}: ㅇㅋ. {{p:ㅂㅈㅇ}} 얘긴 했어?
{{r:해련}}: 했지. 그 {{p:배정애}} 말이야 ㅋㅋ 생각만 해도 🤮
{{r:미옥}}: {{p:배}} 지배인 지금도 거기 있대
{{r:해련}}: 진짜?? 
{{r:미옥}}: ㅇㅇ 아 맞다 {{p:왕}}사장 딸 결혼했대 ㅋㅋ
{{r:해련}}: 헐 {{p:샤오메이}}?
{{r:미옥}}: ㅇㅇ 사진 봤는데 장미꽃🌹 엄청 많더라
{{r:해련}}: 부럽다.. 우린 거기서 장미 한송이 못봤는데
{{r:미옥}}: ㅠㅠ
{{r:해련}}: 근데 언니 {{r:장미옥}} 이름 그대로 써도 돼? 면접관이 물어봄
{{r:미옥}}: 안돼!!! ㅋㅋ 그냥 '{{r:장}} 언니'로 해
{{r:해련}}: ㅇㅋ👍 {{r:장}}언니 ㅋㅋ
{{r:미옥}}: 🙏 근데 송금은 잘 됐어?
{{r:해련}}: 응 브로커 {{p:최}}씨 통해서. 엄마가 받았대
{{r:미옥}}: 다행이다 {{r:해련}}아 ❤️""",
    },
    {
        "id": "h13-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-sik", "김영식", "witness", []),
            ("Mo Hak-chol", "모학철", "supervisor", ["여우"]),
            ("Vasily Orlov", "바실리 오를로프", "other", ["바샤", "Василий"]),
        ],
        "note": "벌목 사업소 문답 녹취; 모 단장과 모두; 별명 '여우'와 동물 여우; 러시아인 애칭 바샤와 키릴 문자; 한 글자 성 곽; 애칭 이.",
        "text": """문: 당시 사업소 책임자는 누구였습니까?
답: {{r:모학철}} 단장이요. {{r:모}} 단장. 우리는 뒤에서 '{{r:여우}}'라고 불렀어요.
문: 왜 {{r:여우}}라고 했습니까?
답: 머리가 잘 돌아가서요. 러시아 사람들하고 통나무 빼돌리는 거, 그거 모두 {{r:모}} 단장이 짰어요. 진짜 여우도 겨울이면 캠프 쓰레기장에 자주 왔는데, 그놈보다 우리 {{r:여우}}가 더 영리했지요.
문: 사업소는 어디에 있었습니까?
답: {{u:아무르주}} {{u:스코보로디노}}에서 차로 세 시간 더 들어가는 데요. {{u:임업성}} 산하였어요.
문: 러시아 사람들과도 접촉이 있었습니까?
답: 트럭 모는 {{r:바실리}}. 다들 {{r:바샤}}라고 했어요. {{r:바샤}}가 제 수첩에 자기 이름을 러시아 글자로 써 줬는데, {{r:Василий}}라고요. 그 사람이 통나무를 싣고 나가면서 돈을 {{r:모}} 단장한테 직접 줬어요.
문: 작업반에서 다친 사람은 없었습니까?
답: {{p:곽}}이라고 있었어요. {{p:곽명진}}. 스무 살. 전기톱에 손가락 두 개가 잘렸어요. {{p:명진}}이는 그 뒤로 부엌일을 했어요.
문: 그때 {{r:모}} 단장은 어떻게 했습니까?
답: 보고를 안 했어요. 사고가 나면 단장 책임이니까. {{r:바샤}}가 약을 갖다 줬어요.
문: {{r:김영식}} 씨는 언제 사업소를 나왔습니까?
답: 2017년 가을이요. {{r:여우}}가 {{u:하바롭스크}}에 회의 간 날 나왔어요.""",
    },
    {
        "id": "h13-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-hyok", "최광혁", "witness", []),
            ("Rim Sun-ok", "림순옥", "relative", ["임순옥"]),
        ],
        "note": "카타르에서 쓴 아내에게 보내는 편지; 림/임 표기; 최근·최고 같은 일반어; 애칭 이; 아랍 이름 스폰서.",
        "text": """[2017년 {{u:도하}} 숙소에서 쓴 편지. 구술자 {{r:최광혁}}이 부치지 못하고 보관해 온 것. 수신인 {{r:림순옥}}(남한식 표기 {{r:임순옥}})은 구술자의 아내.]

사랑하는 {{r:순옥}}에게

여기는 오늘도 사십오 도요. 최근에는 낮 최고 온도가 오십 도 가까이 올라가서 점심 먹고 나면 다들 그늘에 쓰러져 있소. 그래도 나는 잘 있으니 걱정 마오.

우리 {{p:은별}}이는 학교 잘 다니오? {{p:은별}}이한테 아버지가 바다를 매일 본다고 전해 주오. 여기 바다는 우리 {{u:원산}} 바다보다 훨씬 파랗소.

회사 스폰서라는 {{p:알쿠와리}} 씨는 한 번 봤소. 키가 크고 말이 없었소. 우리 소장 {{p:하}} 동지가 그 사람 앞에서는 허리를 구십 도로 굽히더군.

돈은 연말에 한꺼번에 준다고 하니 조금만 더 기다려 주오. 어머니 약값은 {{p:경철}}이 형님께 부탁해 두었소.

{{r:광혁}}""",
    },
    {
        "id": "h13-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yang Chang-gil", "양창길", "witness", []),
            ("Pyo Chol-nam", "표철남", "official", []),
        ],
        "note": "서식형 기록; 이름 안 제로폭 공백; 표 지도원과 표시; 양말; 성+직함; 붙여 쓴 씨.",
        "text": """성명: {{r:양창\u200b길}} (가명 요청)
생년/출신: 1970년 / {{u:강원도}} {{u:원산}}
파견지: {{u:러시아}} {{u:노보시비르스크}} 주택 건설장 (2009~2013)
파견 기관: {{u:조선대외건설총회사}}
관리자: {{p:정}} 소장(이름 모름), 보위원 {{r:표철남}} ('{{r:표}} 지도원')
동료: {{p:송}} 반장, 용접공 {{p:만석}}, 러시아인 운전수 {{p:이고르}}
특이사항: 겨울에도 양말·장갑 지급 안 됨. 여권에 출국 표시 없음(집단 여권 사용 추정).
비고: {{r:표}} 지도원이 2013년 귀국 직전 여권 회수. {{p:만석}}이는 2012년 현장 사고로 사망했다고 함(구술자 목격은 아님).
면담자: {{p:오세영}} / 확인: {{p:윤}}""",
    },
    {
        "id": "h13-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Na Yu-jin", "나유진", "witness", []),
            ("Sol Hwa-ja", "설화자", "supervisor", []),
        ],
        "note": "라오스 북한식당 1인칭; 성 나와 대명사 나; 설 책임자와 설날; 문 참사와 문; 김 사장; 한 글자 이름.",
        "text": """나는 {{r:나유진}}이다. 1995년 {{u:평양}}에서 태어났고, 2016년부터 3년 동안 {{u:라오스}} {{u:비엔티안}}의 {{u:평양옥류관식당}}에서 접대원으로 일했다. 나 말고도 열 명이 더 있었다.

식당 책임자는 {{r:설화자}}였다. 우리는 '{{r:설}} 책임자 동지'라고 불렀다. {{r:설}} 책임자는 설날이면 우리에게 떡국을 끓여 주었지만, 평소에는 한마디 실수에도 총화를 시켰다. 나는 {{r:설화자}}를 미워하지 않는다. 그 사람도 위에서 누르는 사람이 있었다.

위에서 누르는 사람은 대사관의 {{p:문}} 참사였다. {{p:문}} 참사는 매주 금요일에 와서 매상을 걷어 갔고, 문을 잠그고 한 사람씩 불러 면담을 했다. 누가 손님과 너무 오래 이야기했는지, 누가 한국 노래를 흥얼거렸는지 다 알고 있었다.

손님 중에 한국에서 온 {{p:김}} 사장이라는 사람이 있었다. {{p:김}} 사장은 올 때마다 우리한테 팁을 많이 줬는데, 그 돈은 모두 {{r:설}} 책임자가 걷었다. 같은 방을 쓴 {{p:은정}}이는 {{p:김}} 사장 명함을 몰래 숨겼다가 들켰다.

{{p:은정}}이는 2018년 봄에 먼저 귀국했다. 나는 2019년 여름 식당을 나왔다. {{r:설}} 책임자가 나를 찾으러 시장까지 왔었다는 이야기는 나중에 들었다.""",
    },
    {
        "id": "h13-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ok Chol-u", "옥철우", "witness", []),
            ("Hyon Yong-gwan", "현영관", "supervisor", []),
        ],
        "note": "중국 선적 오징어잡이 배 진술; 성 옥과 옥수수; 현 선장; 배(선박)와 배 씨 아님; 봉급과 이름 봉수; 선박 이름.",
        "text": """저는 {{r:옥철우}}입니다. {{u:청진}}에서 나서 스물두 살부터 배를 탔습니다. 2014년에 {{u:수산성}} 산하 수산사업소에서 저를 포함해 열다섯 명을 뽑아 중국 배에 태웠어요. 배 이름은 {{u:루다위 637}}호였습니다. 중국 선주는 {{p:리우}} 사장이라는 사람이었는데 배에는 한 번도 안 탔어요.

배에서 우리를 책임진 사람은 {{r:현영관}}입니다. 다들 '{{r:현}} 선장'이라고 했지만 실제 선장은 중국 사람이었고, {{r:현}} 선장은 우리 쪽 책임자였어요. {{r:현영관}}이 하는 일은 잡은 오징어 상자를 세고, 우리 봉급을 중국 선주한테서 받아서 본국으로 보내는 거였습니다.

봉급은 한 달에 삼백 달러라고 들었는데 저는 한 푼도 손에 쥐어 본 적이 없어요. 밥은 옥수수밥에 중국 배에서 주는 국이었고, 고기는 명절에만 나왔습니다.

같이 탄 사람 중에 {{p:봉수}}라는 동생이 있었어요. {{p:봉수}}는 {{u:김책}} 사람이고 열아홉이었습니다. 2015년 겨울에 그물 감다가 팔이 끼었는데 {{r:현}} 선장이 배를 돌리지 않았어요. {{p:봉수}}는 보름을 참다가 {{u:다롄}} 항구에 들어가서야 병원에 갔습니다.

중국 선원 중에는 {{p:라오천}}이라는 늙은 사람이 있었는데, 그 사람만 우리한테 말을 걸었어요. 저는 그 배에서 내린 뒤 2016년에 {{u:다롄}}에서 이탈했습니다.""",
    },
    {
        "id": "h13-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Jin-hyok", "손진혁", "witness", ["Daniel Park", "daniel.park.dev"]),
            ("Ham Kyu-chol", "함규철", "supervisor", []),
        ],
        "note": "선양 IT 파견조 면담 요약; 함 조장과 함께; 손진혁과 손님/손; 가짜 영문 신원과 계정명(전각 문자 포함)이 개인 별칭; 한 글자 이름 혁.",
        "text": """구술자 {{r:손진혁}}(1993년생, {{u:평양}})은 2018년부터 2020년까지 {{u:중국}} {{u:선양}}의 IT 파견조에서 일했다. 파견조는 아홉 명이었고, 명목상으로는 중국 회사 소속이었으나 실제로는 {{u:조선노동당}} 산하 무역회사에 수익을 바쳤다.

조장은 {{r:함규철}}이었다. 구술자는 "{{r:함}} 조장님과 함께 산 2년이 군대보다 힘들었다"고 말했다. {{r:함}} 조장은 매달 1인당 3천 달러의 과제를 주었고, 과제를 못 채우면 밤을 새워 일하게 했다.

구술자는 외국 프리랜서 사이트에서 '{{r:Daniel Park}}'이라는 영어 이름을 썼다. 계정명은 {{r:daniel.park.dev}}였고, 한때 계정 이름 칸에 전각 글자로 '{{r:Ｄａｎｉｅｌ}}'이라고 적어 검색을 피하기도 했다. 손님(고객)들은 대부분 미국과 유럽의 작은 회사였다. 같은 방의 {{p:진철}}이는 '{{p:Li Wei}}'라는 중국 이름을 썼다.

영상 통화가 필요한 경우에는 중국인 {{p:가오}} 씨가 대신 얼굴을 내밀었다. {{p:가오}} 씨는 수수료로 매출의 20%를 가져갔다. 구술자는 "손에 쥐는 돈은 한 푼도 없었다"고 했다.

2019년 {{r:함규철}}은 구술자의 노트북에서 한국 드라마 파일을 발견했다. 구술자는 그 일로 한 달간 인터넷 사용을 금지당했고, 동료들은 그를 '{{r:혁}}이' 대신 '드라마'라고 부르며 놀렸다. 그는 2020년 말 이탈했다.""",
    },
    {
        "id": "h13-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kwak Song-hui", "곽성희", "witness", []),
            ("Kil Tong-chun", "길동춘", "supervisor", ["길 대장"]),
        ],
        "note": "정정이 있는 면담 메모; 잘못 적은 이름도 같은 사람; 길 대장과 길(도로); 성만 있는 인물.",
        "text": """면담 메모 (2023. 3. 28.)

구술자 {{r:곽성희}}(여, 44세, {{u:양강도}} {{u:혜산}})는 2013~2016년 {{u:중국}} {{u:단둥}}의 수산물 가공공장에서 일했다. 공장에서 숙소까지는 걸어서 10분 거리였으나, 여성 노동자들은 그 길을 혼자 걸어 본 적이 없다고 한다.

북한 측 관리 책임자는 {{r:길동준}}으로, 노동자들은 '{{r:길}} 대장'이라고 불렀다. {{r:길}} 대장은 군 출신으로, 아침마다 마당에서 점호를 했다. 구술자는 "{{r:길}} 대장 앞에서는 길 잃은 강아지 같았다"고 표현했다.

중국 측 공장장은 {{p:탕}} 씨. 구술자는 이름을 모른다.

구술자의 친구 {{p:영애}}는 2015년 병으로 귀국했다. 구술자는 {{p:영애}}의 고향이 {{u:김형직군}}이라는 것만 기억한다.

※ 정정(2023. 4. 2.): 위 기록에서 관리 책임자 이름을 '{{r:길동준}}'으로 적었으나, 구술자 재확인 결과 '{{r:길동춘}}'이 맞음. 이하 모든 기록은 {{r:길동춘}}으로 통일. ({{p:박}} 조사원 확인)""",
    },
    {
        "id": "h13-ko-12",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Song Ok-ran", "송옥란", "witness", []),
            ("Liu Xiaoming", "류샤오밍", "supervisor", ["刘晓明", "샤오류"]),
        ],
        "note": "단둥 봉제공장 여성 1인칭; 중국인 관리자 한글·한자·애칭; 송금과 성 송; 조장(직책)과 채 조장; 애칭 이; 중국 이름 한자.",
        "text": """나는 {{r:송옥란}}이고, {{u:함경북도}} {{u:청진}}에서 왔다. 2015년부터 2018년까지 {{u:단둥}}의 봉제공장에서 일했다. 공장 간판에는 {{u:丹东鑫华服装有限公司}}라고 쓰여 있었다.

우리 조 조장은 {{p:채}} 언니였다. 조장은 북한 사람이 맡았고, 그 위에 중국인 관리자가 있었다. 중국인 관리자는 {{r:류샤오밍}}, 한자로는 {{r:刘晓明}}이라고 썼다. 중국 여자 직원들은 그를 '{{r:샤오류}}'라고 불렀고 우리는 '{{r:류}} 주임'이라고 했다. {{r:류}} 주임은 우리한테 말을 함부로 하지 않았다. 잔업 수당을 직접 주려고 했다가 우리 쪽 지배인한테 혼났다는 소문도 있었다.

월급은 한 번도 손에 받아 본 적이 없다. 지배인이 말하기를, 우리 몫은 모두 본국으로 송금된다고 했다. 송금이 정말 됐는지 나는 지금도 모른다. 집에 돌아간 {{p:옥실}}이 말로는 가족이 받은 건 쌀 몇 자루뿐이었다고 한다.

재봉틀 옆자리에는 중국인 여공 {{p:장리}}({{p:张丽}})가 있었다. {{p:장리}}는 나보다 두 살 어렸고, 점심시간에 몰래 해바라기씨를 나눠 주었다. 말이 안 통해서 손짓으로만 이야기했다.

2018년 봄, {{p:채}} 조장이 갑자기 귀국 명령을 받고 사라졌다. 그 뒤 조장은 {{p:명화}}라는 젊은 여자가 맡았다. {{r:샤오류}}가 공장을 그만둔 것도 그 무렵이었다.""",
    },
    {
        "id": "h13-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hwang Tae-song", "황태성", "witness", []),
        ],
        "note": "짧은 텔레그램 대화; 화자 표시 '영호형'; 방 사장과 방금; 성 뒤 '가'.",
        "text": """[텔레그램, 2024. 1.]
{{r:태성}}: 형님 그 {{p:방}} 사장 번호 아직 있어요?
{{p:영호}}형: 있지. 왜
{{r:태성}}: {{u:모스크바}} 현장 얘기 증언하려고요 방금 센터에서 연락 옴🙏
{{p:영호}}형: 조심해라. {{p:방}}가 그 인간 아직 {{u:국가보위성}} 줄 있다""",
    },
    {
        "id": "h13-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Chol-man", "전철만", "witness", ["Чон Чхоль Ман"]),
            ("Dmitry Sokolov", "드미트리 소콜로프", "official", ["Дмитрий Соколов"]),
        ],
        "note": "러시아 경찰 조서의 한국어 번역 발췌; 키릴 문자 이름; 전철만과 전철(역); 러시아 부칭과 애칭; 성만 알려진 관리인; 번역자 이름.",
        "text": """[번역 발췌: {{u:연해주}} {{u:우수리스크}} 경찰서 조서, 2018년 11월 3일. 원문 러시아어. 번역: {{p:이하나}}]

조서 작성자: 경위 {{r:드미트리 소콜로프}}({{r:Дмитрий Соколов}})

피해자: 조선민주주의인민공화국 국적 {{r:전철만}}({{r:Чон Чхоль Ман}}), 1983년생. 건설 노동자. 여권 미소지(피해자에 따르면 소속 회사 관리자가 보관).

사건 경위: 11월 2일 23시경 피해자는 전철역 근처 공사장 숙소 앞에서 얼굴과 등에 상처를 입은 상태로 발견되었다. 피해자는 통역을 통해, 숙소 관리인 {{p:한}}(성만 알려짐)에게 "일을 거부했다는 이유로" 구타당했다고 진술하였다. 이후 피해자는 진술을 번복하여 계단에서 넘어졌다고 하였다.

목격자: 인근 주민 {{p:타티야나 페트로브나 쿠즈미나}}. 목격자는 피해자를 "{{p:타냐}} 아주머니"라고 부르는 것을 들었다고 하며, 피해자가 평소 자기 집에 빵을 얻으러 왔다고 진술하였다. 목격자는 전날 밤 "남자 세 명이 한 명을 끌고 가는 것"을 보았다고 한다.

처리: 피해자가 고소를 원하지 않아 사건 종결. {{r:소콜로프}} 경위 서명.

[번역자 주: 조서에는 피해자의 성이 'Чон'으로 적혀 있어 '정'일 가능성도 있으나, 구술자 본인 확인에 따라 '{{r:전}}'으로 옮김.]""",
    },
    {
        "id": "h13-ko-15",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Su-nam", "김수남", "witness", []),
            ("Chu Yong-bok", "주영복", "supervisor", []),
        ],
        "note": "카타르 건설 1인칭 회고; 김장·김치 같은 일반어; 주 소장과 주인/주말; 강 관리원; 카타르 스폰서 아랍 문자; 네팔인 동료.",
        "text": """나는 {{r:김수남}}이다. 2014년부터 2017년까지 {{u:카타르}} {{u:루사일}} 근처의 주택 건설장에서 일했다. 고향은 {{u:평안남도}} {{u:개천}}이다. 고향에서 김장을 하던 십일월이면 거기는 그나마 일하기 좋은 날씨였다.

우리 건설사업소 소장은 {{r:주영복}}이었다. {{r:주}} 소장은 자기를 이 현장의 주인이라고 생각하는 사람이었다. 주말에도 쉬는 날이 없었고, 금요일에만 오전에 청소와 학습을 했다. {{r:주영복}}은 카타르 회사 사람들과 만날 때만 양복을 입었다.

노동자들을 직접 감시한 사람은 {{p:강}} 관리원이었다. {{p:강}} 관리원은 밤마다 숙소를 돌면서 누가 휴대폰을 숨겼는지 뒤졌다. 강한 사람이 아니라 겁이 많은 사람이었다고 생각한다. 위에서 문제가 생기면 제일 먼저 자기가 당하니까.

카타르 쪽 스폰서는 {{p:자심}}이라는 사람이었다. 계약서에는 {{p:جاسم النعيمي}}라고 적혀 있었다고 통역하던 {{p:림}} 동무가 알려 줬다. {{p:자심}} 씨는 한 번 현장에 와서 우리가 먹는 밥을 보고 얼굴을 찡그렸다. 우리는 그때 김치 대신 소금에 절인 양배추를 먹었다.

같은 현장에 네팔 사람들도 있었는데, {{p:라주}}라는 청년과 친해졌다. {{p:라주}}는 손짓으로 자기 월급이 얼마인지 알려 줬다. 우리 돈으로 치면 나보다 열 배는 많았다. 그날 밤 나는 처음으로 도망칠 생각을 했다.

그 얘기를 제일 먼저 한 사람은 같은 방의 {{p:조명식}}이었다. {{p:명식}}이는 {{u:남포}} 사람으로, 나보다 열 살 어렸다. 우리는 {{p:라주}}가 알려 준 대로 {{u:도하}} 시내의 대사관 거리를 지도에 그려 보았다. 그러나 {{p:강}} 관리원이 그 종이를 찾아냈다. {{p:명식}}이는 다음 달에 "건강 문제"로 귀국했고, 나는 석 달 동안 {{r:주}} 소장 방 앞에서 매일 아침 반성문을 읽었다. 그 뒤로 나는 누구에게도 속을 털어놓지 않았다.

2017년 귀국 명령이 내려왔을 때, {{r:주}} 소장은 모두에게 충성의 편지를 쓰게 했다. 나는 쓰지 않았다.""",
    },
    {
        "id": "h13-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yun Kyong-hui", "윤경희", "witness", []),
            ("Chon Ha-rim", "천하림", "supervisor", []),
        ],
        "note": "Bilingual interviewer notes, crab plant in China; Hangul names in parentheses; 천 지배인 and 천하제일 (ordinary word); Chinese names in characters; quoted Korean.",
        "text": """Notes, interview #44, {{u:Busan}}, 6 June 2023

Interviewee: {{r:Yun Kyong-hui}} ({{r:윤경희}}), 52, from {{u:Kyongwon}} (경원군). Worked 2014-2018 in a crab processing plant in {{u:Hunchun}} (훈춘), {{u:Jilin}}.

North Korean manager: {{r:Chon Ha-rim}} ({{r:천하림}}). Ms {{r:Yun}} quoted: "{{r:천}} 지배인은 자기가 천하제일인 줄 알았어요" - Manager {{r:Chon}} thought she was the best under heaven. {{r:Chon}} kept a list of "good" and "bad" workers and read it out every Sunday.

Chinese owner: {{p:赵国庆}} ({{p:Zhao Guoqing}}), whom the women called "{{p:자오}} 사장". Ms {{r:Yun}} met him twice. His niece {{p:小芳}} ({{p:Xiaofang}}) worked in the office and spoke some Korean.

Dorm mates named: {{p:Choe Song-mi}} (최성미, ~30, {{u:Musan}}), {{p:Kum-ok}} ({{p:금옥}}이). "{{p:금옥}}이가 제일 어렸어요. 열아홉."

Incident (winter 2016): {{p:Kum-ok}} cut her hand on a shell and the wound became infected. {{r:천하림}} refused to let her see a Chinese doctor. {{p:Xiaofang}} brought antibiotics from town. Ms {{r:Yun}} believes {{r:Chon}} found out and that this is why {{p:Kum-ok}} was sent home in spring 2017.

Follow-up: photos of the dorm? Ms {{r:윤}} may still have one on an old phone.""",
    },
    {
        "id": "h13-mixed-02",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Jo Eun-byul", "조은별", "other", ["eunbyul"]),
            ("Pak Yong-chol", "박용철", "witness", ["yc"]),
        ],
        "note": "Messenger chat between a volunteer and a witness; lowercase names and handles as speaker labels; 'ok' as word vs ok-hwa as name; 강 반장 vs kang; emoji next to names; 'u'/'yu' chat words.",
        "text": """[Messenger log, exported 2023-11-02]
{{r:eunbyul}}: hi {{r:yong-chol}} ssi! r u free tmrw?
{{r:yc}}: 네 괜찮아요 ㅎㅎ
{{r:eunbyul}}: ok great 👍 can we go over the kuwait part again
{{r:yc}}: ok. 근데 이름 빼주세요 ㅠ {{p:kang}} 반장 still has family there
{{r:eunbyul}}: of course. we'll just write "team leader K"
{{r:yc}}: 👌 {{p:강}} 반장 동생도 {{u:쿠웨이트}} 있었음
{{r:eunbyul}}: wait the cook? u mean {{p:ok-hwa}}?
{{r:yc}}: no no {{p:옥화}} 누나는 식당. {{p:강}}반장 동생은 {{p:kang myong}}... {{p:명}}이라고만 불렀어요
{{r:eunbyul}}: got it. and the guy from the embassy?
{{r:yc}}: {{p:o}} 참사. {{p:oh}}? {{p:오}} 
{{r:eunbyul}}: ok lol so {{p:O}}. just one letter 😂
{{r:yc}}: ㅋㅋㅋ yes
{{r:eunbyul}}: thx {{r:pak}} ssi🙏 see u at 2
{{r:yc}}: 네 {{r:은별}}씨 내일 봬요""",
    },
    {
        "id": "h13-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chae Myong-gil", "채명길", "witness", []),
            ("Kang Song-nam", "강성남", "supervisor", ["Gang"]),
        ],
        "note": "Transcript with line-by-line translation, construction in Saint Petersburg; Kang spelled Gang in the translation vs 'gang' of workers; 강 반장; Russian landlady with patronymic; 채 vs ordinary words.",
        "text": """[녹취 및 번역 / Transcript with translation, 2022-03-17, {{u:Seoul}}. Interpreter: {{p:Grace Lim}}]

Q (EN): Who was your team leader in {{u:Saint Petersburg}}?
Q (KO): {{u:상트페테르부르크}}에서 반장이 누구였어요?
A (KO): {{r:강성남}}이요. 다들 {{r:강}} 반장이라고 했어요.
A (EN): {{r:Kang Song-nam}}. Everyone called him Team Leader {{r:Kang}}.
Q (EN): How many men were in his gang?
Q (KO): 그 반에 몇 명이 있었어요?
A (KO): 열두 명. 우리 반은 다 {{u:황해남도}} 사람이었어요. {{r:강}} 반장만 {{u:평양}} 사람.
A (EN): Twelve. All from {{u:South Hwanghae}}, except {{r:Gang}} himself, who was from {{u:Pyongyang}}.
Q (EN): Did he treat you fairly?
Q (KO): 공정하게 대했어요?
A (KO): 채찍질은 안 했어요, 하하. 근데 돈은 다 {{r:성남}}이 형이 먹었지. 나이가 나랑 같아서 둘이 있을 땐 형이라 불렀어요.
A (EN): He never whipped anyone, ha ha. But he ate all the money, did {{r:Song-nam}}. We were the same age, so when we were alone I called him "brother".
Q (EN): And where did you live?
Q (KO): 어디서 살았어요?
A (KO): 러시아 할머니 집 지하실. {{p:류드밀라 이바노브나}}. 우린 {{p:류다}} 할머니라고 했어요.
A (EN): In the basement of an old Russian woman's house. {{p:Lyudmila Ivanovna}}. We called her Granny {{p:Lyuda}}.
Q (EN): Your own name, for the record?
Q (KO): 성함을 기록을 위해 말씀해 주세요.
A (KO): {{r:채명길}}. 채소 할 때 채.
A (EN): {{r:Chae Myong-gil}}. "Chae" as in the first syllable of the word for vegetables.""",
    },
    {
        "id": "h13-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [],
        "note": "Short field note, no registered persons; Ri/리 name pair; surname with 씨; public company and places.",
        "text": """Field note 2024-02-11: 구술자 말로는 {{p:Ri Chun-hwa}}({{p:리춘화}}), seamstress in {{u:Hunchun}}, went back in 2020.
Her husband {{p:Kwon}} ({{p:권}} 씨) is in {{u:Qatar}} with a unit of {{u:Namgang Construction}}.
{{p:춘화}} 언니 sister is in {{u:Hyesan}}. Do not contact.""",
    },
    {
        "id": "h13-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Seo Myong-hun", "서명훈", "witness", ["So Myong-hun"]),
            ("Tak Il-su", "탁일수", "supervisor", []),
            ("Svetlana Ivanova", "스베틀라나 이바노바", "other", ["Sveta"]),
        ],
        "note": "Long interpreted interview, logging near Zeya: English questions, Korean answers, English interpretation; So (North romanization) vs 'so'; 서명(signature) vs 서명훈; 탁 지배인 vs 탁자/탁; Big Hun / Little Hun one-syllable names for two different people; Russian shopkeeper and diminutive.",
        "text": """[Interview transcript, {{u:Seoul}}, 8 September 2022. INT = interviewer (English), W = witness (Korean), ITP = interpreter's rendering. Interpreter: {{p:Hana Cho}}.]

INT: Please state your name and where you are from.
W: {{r:서명훈}}입니다. {{u:함경북도}} {{u:길주}}에서 왔어요. 1980년생입니다.
ITP: My name is {{r:Seo Myong-hun}}. I'm from {{u:Kilju}}, North Hamgyong, born 1980. (In North Korean documents the name is written {{r:So Myong-hun}}.)
INT: So, Mr {{r:So}}, or Mr {{r:Seo}}? Which do you prefer?
W: {{r:서}} 씨라고 해 주세요. 남쪽에서는 다들 그렇게 불러요.
ITP: Please call me Mr {{r:Seo}}. That's what everyone calls me here.
INT: When did you go to Russia?
W: 2010년에 갔어요. {{u:아무르주}} {{u:제야}} 근처 벌목장이요. 떠나기 전에 계약서에 서명하라고 해서 서명했는데, 무슨 내용인지는 하나도 못 봤어요. 종이를 탁자에 엎어 놓고 서명란만 보여 줬어요.
ITP: In 2010, to a logging camp near {{u:Zeya}} in {{u:Amur Oblast}}. Before I left they told me to sign a contract and I signed it, but I never saw what was in it. They put the paper face down on the table and showed me only the line for the signature.
INT: Who told you to sign?
W: {{r:탁일수}}. 사업소 지배인이요. {{r:탁}} 지배인이 펜을 탁 내려놓으면서 "동무, 여기." 그게 다였어요.
ITP: {{r:Tak Il-su}}, the manager of the enterprise. Manager {{r:Tak}} slapped the pen down and said, "Comrade, here." That was all.
INT: What kind of man was {{r:Tak}}?
W: {{r:탁일수}}는 술을 좋아했어요. 술만 마시면 우리를 다 모아 놓고 노래를 시켰어요. 그래도 때리지는 않았어요. 때리는 건 그 밑에 있던 {{p:변}} 작업반장이었죠. {{p:변창호}}.
ITP: He liked to drink. When he drank he would gather us all and make us sing. But he didn't hit people. The one who hit people was the work-team leader under him, {{p:Pyon}}. {{p:Pyon Chang-ho}}.
INT: Tell me about the work.
W: 아침 다섯 시에 일어나서 밤 여덟 시까지 했어요. 겨울에는 영하 사십 도. 한 달에 하루 쉬었어요. 제 짝은 {{p:정훈}}이라는 애였는데, 저도 {{r:명훈}}이고 걔도 {{p:훈}}이라 다들 저를 큰 {{r:훈}}이, 걔를 작은 {{p:훈}}이라고 했어요.
ITP: We got up at five and worked until eight at night. In winter it was minus forty. One day off a month. My partner was a boy called {{p:Jong-hun}}. Since I'm {{r:Myong-hun}} and he was also a {{p:Hun}}, everyone called me Big {{r:Hun}} and him Little {{p:Hun}}.
INT: What happened to Little {{p:Hun}}?
W: {{p:정훈}}이는 2012년에 도망쳤어요. 잡혔다는 얘기도 있고, {{u:블라디보스토크}}까지 갔다는 얘기도 있고. 저는 몰라요. {{p:변}} 반장이 그 일로 우리 전부를 일주일 동안 밤에도 세워 놓았어요.
ITP: He ran away in 2012. Some say he was caught, some say he reached {{u:Vladivostok}}. I don't know. Because of it, {{p:Pyon}} made all of us stand through the night for a week.
INT: Were there Russians you had contact with?
W: 마을 가게에 {{r:스베틀라나}}라는 여자가 있었어요. {{r:스베타}}. 우리한테 외상으로 담배를 줬어요. 러시아 말도 좀 가르쳐 주고요. {{r:스베타}} 아줌마 아니었으면 저는 못 나왔어요.
ITP: There was a woman at the village shop called {{r:Svetlana}}. {{r:Sveta}}. She gave us cigarettes on credit and taught us a little Russian. If it weren't for Auntie {{r:Sveta}}, I would never have got out.
INT: How did she help you?
W: 2014년 봄에 {{r:스베타}} 아줌마 아들 {{p:데니스}}가 자기 차로 {{u:블라고베셴스크}}까지 태워 줬어요. 거기서 {{u:유엔난민기구}} 사무실 주소를 적어 줬어요. 돈은 한 푼도 안 받았어요.
ITP: In spring 2014 her son, {{p:Denis}}, drove me in his car to {{u:Blagoveshchensk}}. There he wrote down the address of the {{u:UNHCR}} office for me. He didn't take a single rouble.
INT: Did anyone get punished after you left?
W: 들은 얘기로는 {{r:탁}} 지배인이 귀국 조치됐대요. {{p:변}} 반장은 모르겠고요. {{r:스베틀라나 이바노바}} 씨한테는 아무 일 없었으면 좋겠어요. 그 이름은 빼 주세요.
ITP: I heard that Manager {{r:Tak}} was recalled home. I don't know about {{p:Pyon}}. I hope nothing happened to {{r:Svetlana Ivanova}}. Please leave her name out.
INT: Of course. So, is there anything else you want on the record?
W: 서명 얘기요. 그 계약서. 한국에 와서 알았는데, 그게 5년 계약이었대요. 저는 3년이라고 들었거든요. 제 서명 하나가 제 인생 5년을 팔아 버린 거죠.
ITP: About the signature. That contract. I found out after I came to Korea that it was a five-year contract. I had been told three. One signature of mine sold five years of my life.
INT: Thank you, Mr {{r:Seo}}.""",
    },
    {
        "id": "h13-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryu Sung-chol", "류승철", "witness", ["Yoo Seung-cheol"]),
            ("Pang Tok-su", "방덕수", "supervisor", ["Bang"]),
        ],
        "note": "Bilingual intake form; name in fullwidth capitals; Ryu/Yoo variants; Pang/Bang vs 'bang' and 방금; surname with title.",
        "text": """성명 / Name: {{r:류승철}} / {{r:Ryu Sung-chol}} (ROK ID: {{r:Yoo Seung-cheol}}; on the old visa form: {{r:ＲＹＵ ＳＵＮＧ－ＣＨＯＬ}})
나이 / Age: 45
출신 / Hometown: {{u:황해북도}} {{u:사리원}} ({{u:Sariwon}})
파견지 / Deployment: {{u:Kuwait}}, Sabah Al-Ahmad housing project, 2011-2014
관리자 / Supervisor: {{r:방덕수}} ({{r:Pang Tok-su}}; witness also writes {{r:Bang}}), "{{r:방}} 부장"
동료 / Co-workers: {{p:리영수}} ({{p:Ri Yong-su}}), "{{p:꼬마}}" (nickname; real name unknown)
진술 요지 / Summary: In March 2013 a gas cylinder exploded in the site kitchen. "It went bang and the whole wall came down," the witness says. {{p:리영수}} was burned on both arms. {{r:Bang}} told the workers to say nothing to the Kuwaiti company. 구술자: "방금 터졌는데 {{r:방}} 부장이 제일 먼저 한 말이 '밖에 말하지 말라'였어요."
비고 / Notes: 구술자는 {{r:방덕수}}가 지금 {{u:평양}}에 있다고 믿음.""",
    },
    {
        "id": "h13-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yi Hye-ran", "이혜란", "other", []),
            ("Sok Tong-hwan", "석동환", "witness", []),
        ],
        "note": "Researcher's email with Korean quotes, Qatar; 석 달 and 석탄 vs surname 석; Qatari sponsor in Latin and Arabic script; Korean nickname '왕눈이'; email greeting names.",
        "text": """From: {{r:Yi Hye-ran}}
To: {{p:Daniel Osei}}
Subject: Qatar interview - names to check before the report

Hi {{p:Dan}},

Quick notes from yesterday's session with {{r:Sok Tong-hwan}} (석동환, 51). He was in {{u:Qatar}} 2013-2016 with a unit of about sixty men, mostly on road works outside {{u:Al Khor}}.

1) Sponsor: he says the sponsor was "{{p:나세르}} 씨", i.e. {{p:Nasser Al-Marri}}. The labour card he kept has {{p:ناصر المري}}. Can you check whether the company ({{u:Al-Marri Trading and Contracting}}) is the same one in the 2017 {{u:Amnesty International}} report? If so we should not name {{p:Nasser}} personally.

2) The unit manager is only ever "{{p:왕눈이}}" (big-eyes) in his account. Quote: "이름은 몰라요. 다들 {{p:왕눈이}}라고 불렀어요. 눈이 왕방울만 했거든요." I asked three times. He did not want to give a real name.

3) Pay: "석 달에 한 번, 그것도 중국 돈으로 조금." Mr {{r:Sok}} says that in the last year they were not paid at all for three months because the manager claimed the money had gone to buy coal for the families at home (석탄 값). 

4) He mentions a co-worker who died, {{p:Yom Il-nam}}, and a Sri Lankan driver, {{p:Chaminda}}, who took photos. {{r:Sok}} would like to find {{p:Chaminda}} again.

I'll send the transcript on Monday. Please don't forward this to {{p:Marcus}} yet.

Best,
{{r:Hye-ran}}""",
    },
    {
        "id": "h13-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Paek Hyon-u", "백현우", "witness", ["alex.chen", "Alex Chen"]),
            ("Kong Chol-min", "공철민", "coworker", ["kcm", "Michael Lee"]),
        ],
        "note": "Internal chat log of an IT team handed over by the witness, Korean with English handles; fake personas as aliases; 백 달러 vs surname 백; 공장/공부 vs 공; 차 조장 vs 차 (car); lowercase names; emoji.",
        "text": """[Excerpt of the team's internal chat, provided by the witness {{r:Paek Hyon-u}}. Translator's glosses in brackets.]

{{r:kcm}}: 형 upwork 계정 또 막힘 😡
{{r:alex.chen}}: ㅋㅋ 또? 이번엔 뭐라고 했는데
{{r:kcm}}: '{{r:Michael Lee}}'로 했는데 고객이 영상통화 하자고 해서 ㅠ
{{r:alex.chen}}: {{p:zhao}}한테 부탁하지 그랬어
{{r:kcm}}: {{p:자오}}는 이번주 {{u:대련}} 감 
{{r:alex.chen}}: {{p:차}} 조장한테 보고는 했냐
{{r:kcm}}: 아직.. 조장 차 타고 나갔어 
{{r:alex.chen}}: 이번 달 백 달러도 못 채웠는데 큰일이다
{{r:kcm}}: 형은 그래도 {{r:alex}}로 3천 벌었잖아 👏
{{r:alex.chen}}: 그건 지난달이고 ㅋ
{{r:kcm}}: 공장 다니는 애들보다는 낫지 뭐
{{r:alex.chen}}: 공부나 해라 {{r:철민}}아
[Gloss: "{{r:kcm}}" is {{r:Kong Chol-min}}; "{{r:alex.chen}}" is the witness. "{{p:Cha}}" was the team leader; {{p:Zhao}} was the Chinese go-between who appeared in video calls. {{u:Upwork}} is a freelance platform.]""",
    },
    {
        "id": "h13-mixed-09",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Sun-bok", "리순복", "witness", ["Lee Soon-bok", "Yi Sun-bok"]),
            ("Jong Il-hwan", "정일환", "supervisor", []),
        ],
        "note": "Translated excerpt with translator's notes on romanization; Ri/Lee/Yi and 리/이; private Jong Il-hwan next to public Kim Jong Il; soft hyphen inside a name; seafood plant in China.",
        "text": """[Excerpt from the handwritten statement of {{r:리순복}}, with English translation. T/N = translator's note.]

원문: 나 {{r:리순복}}은 2012년부터 {{u:중국}} {{u:룽커우}}의 수산물 공장에서 일하였다. 우리를 관리한 사람은 {{r:정일환}} 지배인이었다.
Translation: I, {{r:Ri Sun\u00ad-bok}}, worked at a seafood factory in {{u:Longkou}}, China, from 2012. The person who managed us was Manager {{r:Jong Il-hwan}}.
T/N: The witness writes her surname 리; in South Korean documents it is 이 ({{r:Lee Soon-bok}}). An earlier translation used {{r:Yi Sun-bok}}. We use {{r:Ri Sun-bok}} throughout.

원문: {{r:정}} 지배인은 {{u:김정일}} 장군님 생일마다 우리에게 충성의 노래 모임을 시켰다. 그날은 일을 쉬는 대신 밤늦게까지 노래를 불렀다.
Translation: On the birthday of General {{u:Kim Jong Il}}, Manager {{r:Jong}} made us hold loyalty song gatherings. Instead of resting from work that day, we sang until late at night.
T/N: Do not confuse "{{r:Jong Il-hwan}}" with "{{u:Kim Jong Il}}"; the manager is a private person.

원문: 함께 온 {{p:순녀}}와 {{p:영희}}는 2014년에 손을 다쳐 먼저 돌아갔다. 중국 반장 {{p:孙丽华}}는 우리에게 친절했다.
Translation: {{p:Sun-nyo}} and {{p:Yong-hui}}, who came with me, injured their hands in 2014 and went back first. The Chinese team leader, {{p:Sun Lihua}}, was kind to us.""",
    },
    {
        "id": "h13-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Sol", "한솔", "witness", []),
            ("U Yong-chan", "우영찬", "coworker", []),
        ],
        "note": "Bilingual correction notes; one-syllable given name Sol; surname U vs chat 'u'; Hansol as a company name; 우리 vs 우; notes with a correction.",
        "text": """Session notes - {{r:Han Sol}} ({{r:한솔}}), 2nd interview, 12 Jan 2024

- Worked 2016-2019 in a cardboard box factory in {{u:Dandong}}; boxes were printed for a Korean brand, possibly {{u:Hansol}} paper (to check).
- Friend and co-worker: {{p:Kim Song-ae}}; also "{{r:U}}" - see correction below.
- 구술자: "우리 방에는 여섯 명이 있었는데 {{r:우영찬}} 씨만 남자 쪽 숙소에서 자주 넘어왔어요."
- {{r:Sol}} says {{r:U}} was the only one who dared ask the manager, {{p:Chang}}, about wages.

CORRECTION (15 Jan): In the first draft, line 3 of the chat transcript read "{{r:u}} said the manager took it" and was translated as "you said". The witness explains that "u" there is the surname 우, i.e. {{r:U Yong-chan}}: "{{r:u}} said the manager took it". The transcript has been amended. Note also that "{{r:솔}}아" in the same chat is the witness herself ({{r:Han Sol}}), addressed by {{r:우영찬}}.""",
    },
]
