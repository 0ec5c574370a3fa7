# ruff: noqa: E501
"""Held-out evaluation passages, set 30. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout30."""

PASSAGES: list[dict] = [
    {
        "id": "h30-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-jin", "리철진", "witness", ["Lee Cheol-jin", "Chol-jin"]),
            ("Choe Myong-hak", "최명학", "supervisor", ["Choi Myong-hak"]),
            ("Kang Un-gyong", "강은경", "relative", []),
        ],
        "note": "UN special procedures communication annex, Qatar construction; capitalised surnames, North/South romanization pairs (Ri/Lee, Choe/Choi), surname O for a woman beside the word 'o'clock', private Kim beside Kim Jong Un, Special Rapporteurs as public figures; CRLF.",
        "text": """ANNEX
Joint communication from Special Procedures
Reference: AL PRK 2/2024 (annex to the letter of 12 March 2024)

Mandates of the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}}; the {{u:Special Rapporteur on contemporary forms of slavery, including its causes and consequences}}; and the {{u:Working Group on Arbitrary Detention}}

INFORMATION RECEIVED CONCERNING INDIVIDUAL CASES

Case 1
Name: Mr. {{r:RI Chol-jin}} (also transliterated {{r:LEE Cheol-jin}}; Korean: {{r:리철진}})
Date of birth: 3 February 1984
Place of origin: {{u:Kimchaek}}, {{u:North Hamgyong Province}}
Occupation abroad: steel fixer, residential tower project, {{u:Lusail}}, {{u:State of Qatar}}

According to the information received, Mr. {{r:Ri}} was dispatched to {{u:Doha}} in April 2016 as one of 54 workers contracted through {{u:Korea Sobaeksu Trading Company}}. On arrival at {{u:Hamad International Airport}}, his passport was collected by the group's political supervisor, Mr. {{r:CHOE Myong-hak}} (also recorded as {{r:Choi Myong-hak}}). Mr. {{r:Choe}} is reported to have kept all passports in a locked cabinet at the workers' accommodation in the {{u:Industrial Area}} of {{u:Doha}} until at least 2019.

It is reported that Mr. {{r:Ri}} worked from 5 o'clock in the morning until 9 o'clock at night, seven days a week, including during the summer months when outdoor work at midday is restricted under Qatari law. Mr. {{r:Choe}} allegedly instructed the workers to continue working inside partially enclosed floors so that inspectors of the {{u:Ministry of Labour}} would not see them. Of a monthly salary of approximately QAR 1,800 paid by the subcontractor, Mr. {{r:Ri}} reportedly received between QAR 150 and 200; the remainder was withheld as "plan contributions" and as a "loyalty fund".

On 17 July 2017, a co-worker, Mr. {{p:PAK Song-il}}, aged 41, collapsed at the site and died the same evening. Mr. {{r:Ri}} states that Mr. {{p:Pak}} had complained of dizziness for two days and had asked Mr. {{r:Choe}} for permission to rest, which was refused. The death certificate, issued at {{u:Hamad General Hospital}}, is said to record "acute heart failure". Mr. {{p:Pak}}'s remains were reportedly repatriated via {{u:Beijing}}. His widow, Ms. {{p:HAN Kum-ok}}, was allegedly told that he had died "in an accident caused by his own carelessness" and received no compensation.

In March 2019, after Mr. {{r:Ri}} spoke to a Nepali foreman, Mr. {{p:Bishnu Thapa}}, about the withheld wages, Mr. {{r:Choe}} and a security official known to the workers only as Comrade {{p:Yun}} allegedly confined him for eleven days in a storage room at the accommodation, where he was given one meal a day. He was reportedly released after the intervention of the site's Qatari engineer, Mr. {{p:Khalid al-Marri}}. Mr. {{r:Ri}} left the accommodation on 2 May 2019 and subsequently reached the {{u:Republic of Korea}}, where he is known by the name {{r:Lee Cheol-jin}}.

Mr. {{r:Ri}}'s wife, Ms. {{r:KANG Un-gyong}} ({{r:강은경}}), and their two children remained in {{u:Kimchaek}}. According to the source, Ms. {{r:Kang}} was summoned by the local office of the {{u:Ministry of State Security}} in June 2019 and has not been heard from since. Her sister, Ms. {{p:KANG Un-hui}}, who lives in {{u:Hoeryong}}, reportedly told a broker that Ms. {{r:Kang}} and the children had been "sent to the countryside".

Case 2
Name: Mr. {{p:KIM Hyon-u}} ({{p:김현우}})
Date of birth: 1979
Occupation abroad: mason, stadium precinct, {{u:Al Wakrah}}

Mr. {{p:Kim}} was deployed in 2015 under the same supervisor, Mr. {{r:Choe Myong-hak}}. It is reported that Mr. {{p:Kim}} suffered a crushed left hand in October 2016 and was treated at the site clinic by a Filipino nurse, Ms. {{p:Maricel Dizon}}, who recorded the injury as "minor". Mr. {{p:Kim}} was returned to the {{u:Democratic People's Republic of Korea}} in December 2016, reportedly because he had said within earshot of Comrade {{p:Yun}} that "{{u:Kim Jong Un}} does not carry cement". His current whereabouts are unknown. His brother, Mr. {{p:KIM Hyon-sok}}, who resides in the {{u:Republic of Korea}}, has submitted a request for information to the {{u:Office of the United Nations High Commissioner for Human Rights}} in {{u:Seoul}}.

Case 3
Name: Ms. {{p:O Son-hwa}}
Date of birth: 1986
Occupation abroad: cook, workers' accommodation, {{u:Industrial Area}}, {{u:Doha}}

Ms. {{p:O}} was one of three women attached to the group as cooks. She reports that she rose at 3 o'clock to prepare food for 54 men and that Mr. {{r:Choe}} made her sign a blank sheet each month in place of a payslip. Ms. {{p:O}} states that in 2018 Mr. {{r:Choe}} threatened that her mother, Ms. {{p:Jon Ok-sun}}, would lose her apartment in {{u:Chongjin}} if Ms. {{p:O Son-hwa}} "talked to foreigners". Ms. {{p:O}} corroborates the account of the confinement of Mr. {{r:Ri Chol-jin}}, to whom she passed food through a ventilation grille with the help of the Sri Lankan watchman, Mr. {{p:Nimal}}.

Without prejudging the accuracy of these allegations, we express grave concern at the reported confiscation of passports, the withholding of wages, the arbitrary confinement of Mr. {{r:Ri}} and the death of Mr. {{p:Pak}}, which, if confirmed, may amount to forced labour within the meaning of the {{u:International Labour Organization}} Forced Labour Convention, 1930 (No. 29). We are further concerned at the reported reprisals against Ms. {{r:Kang}} and her children, and at the lack of information on the fate of Mr. {{p:Kim}}.

We recall that {{u:Security Council}} resolution 2397 (2017) required Member States to repatriate all nationals of the {{u:Democratic People's Republic of Korea}} earning income in their jurisdiction by 22 December 2019.

In view of the above, we would be grateful for your observations on the following:
1. Please provide information on the whereabouts and well-being of Ms. {{r:Kang Un-gyong}} and her two children, and of Mr. {{p:Kim Hyon-u}}.
2. Please explain the circumstances of the death of Mr. {{p:Pak Song-il}}, and whether Ms. {{p:Han}} has received his remains, his belongings and compensation.
3. Please indicate whether any investigation has been opened into the conduct of Mr. {{r:Choe}} and of the official referred to as Comrade {{p:Yun}}.

Please accept, Excellency, the assurances of our highest consideration.

{{u:Elizabeth Salmón}}
{{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}}

{{u:Tomoya Obokata}}
{{u:Special Rapporteur on contemporary forms of slavery, including its causes and consequences}}""",
    },
    {
        "id": "h30-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Yong-nam", "리영남", "witness", ["RI YONG NAM", "Yong-nam"]),
            ("Choe Kwang-il", "최광일", "coworker", ["CHOE KWANG IL"]),
            ("Vikash Ramdin", "비카시 람딘", "other", ["Vikash"]),
        ],
        "note": "Shipping agent's crew change notice, distant-water fishing vessel at Port Louis; surname and given name in separate capitalised columns; surnames SO, HA, NO, AN beside 'So far', 'No.', 'No shore leave', 'an'; initials with surname; name in e-mail local part; chaplain's forwarding note.",
        "text": """MERIDIAN MARITIME AGENCY LTD
{{u:Port Louis}}, {{u:Mauritius}}
Tel +230 206 4417 | ops@meridian-maritime.mu

CREW CHANGE NOTICE No. CC-2023/118

To:      Harbour Master, {{u:Mauritius Ports Authority}}
         Immigration Office, Port of {{u:Port Louis}}
         Port Health Office
Cc:      Owners' representative, {{u:Zhoushan Haixing Ocean Fishery Co., Ltd.}}
From:    {{r:Vikash Ramdin}}, Operations
Date:    14 November 2023

Vessel:     FV {{u:JIN HAI 608}}
Flag:       {{u:Togo}}
Master:     Capt. {{p:ZHANG Wei}}
Agent ref:  MMA/JH608/23-11
ETA:        16/11/2023 0600 LT, {{u:Mer Rouge}} fishing quay

We hereby notify the following crew change at {{u:Port Louis}}.

A. SIGN OFF (10)
No. Surname     Given name    Rank          Nat.  PP No.       DOB
1   {{r:RI}}          {{r:YONG NAM}}      Bosun         PRK   836410117    11.03.1979
2   {{p:PAK}}         {{p:CHOL}}          Fisherman     PRK   836410254    02.09.1985
3   {{r:CHOE}}        {{r:KWANG IL}}      Fisherman     PRK   836410390    27.06.1990
4   {{p:SO}}          {{p:MYONG SU}}      Fisherman     PRK   836411002    14.01.1988
5   {{p:HA}}          {{p:JIN}}           Fisherman     PRK   836411318    30.12.1992
6   {{p:NO}}          {{p:TAE SONG}}      Fisherman     PRK   836411475    08.08.1983
7   {{p:KIM}}         {{p:UN HYOK}}       Fisherman     PRK   836411599    19.05.1994
8   {{p:JONG}}        {{p:SONG MIN}}      Cook          PRK   836411603    03.04.1976
9   {{p:WANG}}        {{p:Lei}}           2nd Engineer  CHN   EH5527103    21.10.1981
10  {{p:SANTOSO}}     {{p:Budi}}          Deckhand      IDN   C4471902     06.06.1997

B. SIGN ON (4)
No. Surname     Given name    Rank          Nat.  PP No.       DOB
1   {{p:LI}}          {{p:Ming}}          2nd Engineer  CHN   EH6610448    12.02.1987
2   {{p:RI}}          {{p:MYONG CHOL}}    Fisherman     PRK   836419920    25.11.1995
3   {{p:AN}}          {{p:SONG HO}}       Fisherman     PRK   836419931    09.07.1993
4   {{p:PRATAMA}}     {{p:Agus}}          Deckhand      IDN   C5120377     17.03.1999

REMARKS
1. Off-signers 1-8 (PRK nationals) to be repatriated via {{u:Dubai}} and {{u:Beijing}} on {{u:Emirates}} EK 704 / EK 308 on 18/11. Escort: Mr. {{p:JONG Hak-chol}}, representative of the owners' crewing partner, who holds the passports of all eight. Mr. {{p:Jong}} will board at berth; he is not related to cook {{p:JONG S.M.}}
2. So far no medical clearance for crew no. 4 ({{p:SO M.S.}}): two fingers of left hand injured by line hauler in October, per Master. Port Health requested to examine on arrival. Crew no. 5 ({{p:HA J.}}) reported skin infection.
3. No shore leave requested by Master for PRK crew. Our boarding clerk Ms. {{p:Priya Naidoo}} notes that bosun {{r:RI Y.N.}} asked her through the Indonesian deckhand {{p:Budi}} whether he could phone "an office of the {{u:UN}}". Capt. {{p:ZHANG}} refused and told {{p:Priya}} that this was a crew matter.
4. Crew no. 3 {{r:CHOE K.I.}} has been on board since February 2021 (33 months). Owners to confirm wage settlement for all PRK crew before departure; Master states wages "paid to the company in {{u:Pyongyang}}".
5. Provisions and bunkers as per separate order. Garbage and waste oil to {{u:Maurilube}} barge.

Please acknowledge receipt.

Best regards,
{{r:Vikash Ramdin}}
Operations Manager
{{u:Meridian Maritime Agency Ltd}}
M +230 5 729 8861
{{r:vikash.ramdin}}@meridian-maritime.mu

----- Forwarded message -----
From: Fr {{p:Jean-Marc Lebrun}} <{{p:jm.lebrun}}@stellamaris-mu.org>
Date: 15 Nov 2023, 21:40
To: casework@seafarers-watch.org
Subject: FW: {{u:JIN HAI 608}} crew change - PRK crew

Dear {{p:Soo-ah}},

Forwarding the agent's notice, with {{r:Vikash}}'s consent. I went aboard the {{u:Jin Hai 608}} this afternoon with a {{u:Stella Maris}} welfare pack. The bosun, {{r:Ri}}, took my hand and said "no money, three years" in English. {{r:Choe}} (no. 3) stood behind him and nodded. The young one, {{p:Ha}}, has an ugly infection on his forearm. Capt. {{p:Zhang}} watched the whole time and a Korean man in a suit, I assume Mr. {{p:Jong}}, arrived at the gangway as I left.

{{r:Yong-nam}} wrote a phone number on my welfare leaflet. It begins +850. He said "sister" and pointed at the number. I have the leaflet.

Can your office advise before 18/11? Once they are on the flight to {{u:Dubai}} there is nothing I can do.

{{p:Jean-Marc}}
Port Chaplain, {{u:Stella Maris Mauritius}}""",
    },
    {
        "id": "h30-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yu Chol-ho", "유철호", "witness", ["Chol-ho", "Ryu Chol-ho"]),
            ("Seo Ji-young", "서지영", "other", ["Ji-young", "jyseo"]),
            ("Rim Kwang-chol", "림광철", "supervisor", ["Im Kwang-chol"]),
        ],
        "note": "NGO e-mail chain with signatures and a forwarded message from a Polish lawyer, Gdynia shipyard; names in e-mail local parts; witness surname Yu beside 'you', staff surnames Bang and Moon beside 'bang on' and the moon, public Moon Jae-in; Rim/Im romanization pair; Polish names with diacritics.",
        "text": """From: {{p:Hannah Bang}} <{{p:h.bang}}@northstar-hr.org>
Sent: Thursday, 7 March 2024 09:12
To: {{p:Daniel Moon}} <{{p:daniel.moon}}@northstar-hr.org>; {{r:Seo Ji-young}} <{{r:jyseo}}@northstar-hr.org>
Cc: legal@northstar-hr.org
Subject: RE: FW: {{u:Gdynia}} shipyard case - witness YU / next steps

{{p:Daniel}}, {{r:Ji-young}},

I spoke to Mr. {{r:Yu}} again last night. He called bang on nine, as agreed. He is worried that you will pass his statement to the Polish prosecutor with his real name on it. I told him nothing goes anywhere without his written consent. Could you confirm that in writing to him, {{r:Ji-young}}? He trusts you more than me because you were at the first interview.

He also gave me two more names from the brigade: a welder called {{p:Kim Tae-sik}} and a young man he only knows as "{{p:Sparrow}}" ({{p:참새}}), who apparently went back to {{u:Pyongyang}} in 2018. And he is now sure the brigade leader was {{r:Rim Kwang-chol}}, not "{{r:Im}}" as in our notes. He says "{{r:Rim}}" is how they said it at home, and the Polish payroll wrote "{{r:IM KWANG CHOL}}".

Best,
{{p:Hannah}}

--
{{p:Hannah Bang}} ({{p:방한나}})
Case Officer | {{u:NorthStar Human Rights}}
+82 2 6931 0412 | {{p:h.bang}}@northstar-hr.org

-----Original Message-----
From: {{p:Daniel Moon}} <{{p:daniel.moon}}@northstar-hr.org>
Sent: Wednesday, 6 March 2024 22:47
To: {{p:Hannah Bang}}; {{r:Seo Ji-young}}
Subject: RE: FW: {{u:Gdynia}} shipyard case - witness YU / next steps

Hi both,

Sorry for the late reply, I was at the {{u:Ministry of Unification}} briefing all afternoon. Quick points:

1. Mecenas {{p:Wójcik}}'s note below is good news. If the inspectorate file from 2016 still exists, it will have the names of the Polish subcontractors, and probably {{r:Rim}}'s signature on the timesheets.
2. I would not mention the {{u:Moon Jae-in}} government's position on repatriation in our letter. It will only make the Polish side think this is politics.
3. {{r:Chol-ho}} asked me last week whether you can get his old payslips from {{u:Crist}}. I said we would try. Can you ask {{p:Katarzyna}}?

By the way, full moon tonight, so of course the office cat was on the keyboard again.

{{p:Dan}}

{{p:Daniel Moon}} | Legal Advocacy Lead
{{u:NorthStar Human Rights}}, {{u:Seoul}}
{{p:daniel.moon}}@northstar-hr.org

-----Original Message-----
From: {{r:Seo Ji-young}} <{{r:jyseo}}@northstar-hr.org>
Sent: Wednesday, 6 March 2024 17:05
To: {{p:Daniel Moon}}; {{p:Hannah Bang}}
Subject: FW: {{u:Gdynia}} shipyard case - witness YU / next steps

FYI - forwarded from Mec. {{p:Wójcik}}. She needs the exact dates {{r:Yu}} was in {{u:Gdynia}}. From our interview: arrived Sept 2014, left Aug 2017 (via {{u:Warsaw Chopin Airport}}). I am not sure about the hull numbers, he mentioned "the blue ferry for {{u:Norway}}" several times.

Also: do you remember the name of the Polish foreman who gave {{r:Yu}} his gloves? My notes say "Mr. {{p:Zbyszek}}" only. If {{p:Zbyszek}} can be found, he would be a strong witness.

{{r:지영}}

{{r:Seo Ji-young}} ({{r:서지영}})
Researcher | {{u:NorthStar Human Rights}}

---------- Forwarded message ---------
From: {{p:Katarzyna Wójcik}} <{{p:k.wojcik}}@baltyklegal.pl>
Date: wt., 5 mar 2024 o 14:21
Subject: {{u:Gdynia}} shipyard case
To: {{r:Seo Ji-young}} <{{r:jyseo}}@northstar-hr.org>

Dear Ms {{r:Seo}},

Thank you for the summary of Mr {{r:Yu}}'s account. I have now spoken with a former inspector of the {{u:Państwowa Inspekcja Pracy}} ({{u:Okręgowy Inspektorat Pracy w Gdańsku}}), Mr {{p:Andrzej Kowalczyk}}, who took part in the 2016 inspection at the yard. He recalls that the workers were employed through {{u:Armex}}, a company registered in {{u:Szczecin}}, and that the Korean supervisor spoke to the inspectors through an interpreter, Ms {{p:Li Hua}}, a Chinese national.

Mr {{p:Kowalczyk}} is prepared to speak with you off the record. He asked that his name not appear in any publication.

If Mr {{r:Yu}} is willing, I would suggest that we file a notification with the {{u:Prokuratura Krajowa}} under art. 189a of the Criminal Code (human trafficking). You would not need to be present in {{u:Poland}}; a video hearing is possible.

Z poważaniem,
{{p:Katarzyna Wójcik}}
adwokat
{{u:Bałtyk Legal}}, ul. {{u:Świętojańska}} 44, 81-372 {{u:Gdynia}}""",
    },
    {
        "id": "h30-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ahn Soo-bin", "안수빈", "other", ["Soo-bin"]),
            ("Yoo Na-rae", "유나래", "other", ["Narae Yoo", "Na-rae"]),
            ("Jang Myong-su", "장명수", "supervisor", []),
        ],
        "note": "NGO press release naming its own staff, report on DPRK artists and builders in African monument projects; staff surnames Ahn/Yoo/Ha/Jo beside 'an', 'you', 'ha'; pseudonymous witnesses; photographer credit and volunteer acknowledgements at the end; African heads of state as public figures.",
        "text": """PRESS RELEASE
For immediate release | {{u:Seoul}}, 4 September 2023

NEW REPORT: NORTH KOREAN ARTISTS AND BUILDERS IN {{u:AFRICA}} STILL WORKING FOR {{u:PYONGYANG}}'S "MONUMENT FACTORY"

The {{u:Open Gate Human Rights Centre}} ({{u:OGHRC}}) today published "Statues for Sale", a 64-page report based on interviews with 23 former North Korean workers who built monuments, museums and apartment blocks in {{u:Senegal}}, {{u:Namibia}}, {{u:Angola}}, {{u:Equatorial Guinea}} and the {{u:Democratic Republic of the Congo}} between 2005 and 2021.

The report documents how {{u:Mansudae Overseas Projects}}, the overseas arm of the {{u:Mansudae Art Studio}} in {{u:Pyongyang}}, kept workers on sites in {{u:Africa}} after the {{u:UN Security Council}} banned its activities in 2016, moving them between countries and registering them as "technical advisers".

"These men painted portraits of presidents and carried the concrete for their statues, and they never saw their wages," said {{r:Ahn Soo-bin}}, Executive Director of {{u:OGHRC}}. "One sculptor told us he spent four years on a monument he was never allowed to see finished."

The report's lead author, researcher {{r:Yoo Na-rae}}, interviewed former workers in {{u:South Korea}}, {{u:Thailand}} and {{u:Germany}}. "Every one of them described the same system," {{r:Yoo}} said. "Passports held by the studio's chief, wages paid in cash to the chief, and a 'loyalty payment' sent home before {{u:Kim Jong Un}}'s birthday."

Among the testimonies:

- A sculptor, given the pseudonym "Mr. {{p:Pyo}}" in the report, worked on the {{u:African Renaissance Monument}} in {{u:Dakar}}, commissioned under President {{u:Abdoulaye Wade}}. Mr. {{p:Pyo}} says the studio's chief in {{u:Dakar}}, {{r:Jang Myong-su}}, known to the workers as Teacher {{r:Jang}}, kept the men's passports in a hotel safe and allowed them out of the compound "only in fives, and only on Sundays".
- A welder, "Mr. {{p:Seok}}", worked on the {{u:Independence Memorial Museum}} in {{u:Windhoek}} and on {{u:Heroes' Acre}}. He describes how a co-worker, {{p:Hong Chol-nam}}, fell from scaffolding in 2013 and was flown home "with a bandage and a warning". Mr. {{p:Seok}} says that {{r:Jang}}, who had been moved from {{u:Dakar}} to {{u:Windhoek}}, told the men that {{p:Hong}} had "slipped because of poor ideological discipline".
- A cook, "Ms. {{p:Ri}}", worked at a dormitory near {{u:Luanda}} in 2017-2019. Ms. {{p:Ri}} says that she and a second cook, {{p:Mun Kyong-hui}}, were told they would be "sent to the mountains" if they spoke to Angolan staff. ({{p:Mun}} is not a pseudonym; she is believed to have been returned to {{u:Pyongyang}} in 2019.)

{{u:OGHRC}} calls on the governments of {{u:Senegal}}, {{u:Namibia}} and {{u:Angola}} to publish the contracts signed with {{u:Mansudae Overseas Projects}}, and on the {{u:UN Panel of Experts}} successor mechanisms to investigate payments made after 2016.

"We are not asking anyone to tear down a statue," said {{p:Peter Ha}}, {{u:OGHRC}}'s advocacy director. "Ha! We would settle for the wages." {{p:Ha}} added that the report would be presented at the {{u:Human Rights Council}} in {{u:Geneva}} on 18 September.

NOTES TO EDITORS
1. The full report is available in English and Korean at www.opengate-hr.org/statues. Pseudonyms are used for all interviewees; the names of the studio's managers and of the deceased or missing workers are given with the consent of their families where they could be reached.
2. {{u:OGHRC}} spokespeople available for interview: {{r:Ahn Soo-bin}} (Korean, English), {{r:Yoo Na-rae}} (Korean, English, Portuguese), {{p:Peter Ha}} (English).
3. Photographs: cover and pp. 12-19 by {{p:Lim Jae-won}}; please credit "© {{u:OGHRC}} / {{p:Lim Jae-won}}".

MEDIA CONTACT
{{p:Grace\u200bJo}}, Communications Officer
{{p:grace.jo}}@opengate-hr.org | +82 10 4418 2093
(please do not contact {{r:Na-rae}} directly; {{p:Grace}} will arrange interviews)

ACKNOWLEDGEMENTS (from the report)
We thank the 23 men and women who trusted us with their stories. We thank our interpreters {{p:Carla Mendes}} ({{u:Luanda}}) and {{p:Fatou Diop}} ({{u:Dakar}}), our volunteers {{p:Kwon Hye-rin}}, {{p:Bae Seung-ho}} and {{p:Nam Ye-jin}}, and Dr. {{p:Helga Brandt}} of the {{u:University of Hamburg}} for her comments on the draft. Any errors are our own. Special thanks to Mrs. {{p:Hong}}, the widow of {{p:Hong Chol-nam}}, who asked us to print his name.

###""",
    },
    {
        "id": "h30-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Mi-ran", "최미란", "witness", ["Choi Mi-ran", "Xiao Mei", "小美", "Mi-ran"]),
            ("Ryu Kyong-hui", "류경희", "supervisor", ["Yu Kyong-hui"]),
            ("Choe Su-ryon", "최수련", "relative", ["Su-ryon"]),
            ("Grace Noh", "노그레이스", "other", ["G. Noh"]),
        ],
        "note": "Legal aid clinic intake form for a former seafood factory worker in Hunchun; form fields, table of relatives, conflict check list; Choi/Choe and Ryu/Yu pairs; Chinese nickname in Hanzi; staff surnames Noh and Do beside 'no' and 'do'; Boss Sun beside the sun; CRLF.",
        "text": """NORTHBRIDGE LEGAL AID CLINIC
CLIENT INTAKE FORM (v.3, 2022)

File no.:              LA-2024-0213
Intake date:           19/02/2024
Intake by:             {{r:Grace Noh}} (paralegal)
Interpreter:           {{p:Kim Seon-ae}} (Korean)
Supervising attorney:  {{p:Jonathan Do}}

1. CLIENT DETAILS
Full name (ROK ID):          {{r:CHOI Mi-ran}}
Name used in DPRK:           {{r:Choe Mi-ran}} ({{r:최미란}})
Other names / aliases:       "{{r:Xiao Mei}}" ({{r:小美}}) - given by Chinese workshop manager
Date of birth:               12/08/1987
Place of birth:              {{u:Sinuiju}}, {{u:North Phyongan}}
Arrival in ROK:              11/2021 (via {{u:Laos}}, {{u:Thailand}})
Address:                     {{u:Ansan}}, {{u:Gyeonggi-do}} (full address in sealed file)
Phone:                       010-7731-xxxx (do NOT leave voicemail)
Emergency contact:           {{p:Park Seung-hee}} (friend, church), 010-2248-xxxx
Referred by:                 Pastor {{p:Noh Jae-hoon}}, {{u:Ansan Hope Church}} (no relation to {{r:G. Noh}})

2. EMPLOYMENT ABROAD
Employer ({{u:China}}):            {{u:Hunchun Ocean Star Seafood Processing Co., Ltd.}}, {{u:Hunchun}}, {{u:Jilin Province}}
Dispatched by (DPRK):        {{u:Korea Rungra 888 Trading Company}} (per client; verify)
Period:                      04/2017 - 08/2020
Work:                        peeling and packing shrimp and crab, 12-14 h/day, 6.5 days/week
Supervisors:                 DPRK team leader {{r:RYU Kyong-hui}} (F, ~45; client also says "{{r:Yu}} jojang")
                             Chinese workshop manager {{p:SUN Jianguo}} ("Boss {{p:Sun}}")
                             DPRK security official, surname {{p:Ri}}, given name unknown
Wages:                       CNY 1,900/month contracted; client received CNY 150-200/month
Passport:                    held by {{r:Ryu}} throughout
Housing:                     dormitory on factory grounds, 8 women per room, locked at night

3. FAMILY MEMBERS IN DPRK
Relation    Name                  YOB    Last known location      Status / last contact
Mother      {{p:Ju Yong-ok}}             1958   {{u:Sinuiju}}                  alive, broker call 06/2023
Brother     {{p:Choe Yong-chol}}         1984   unknown                  conscripted, no news since 2019
Husband     {{p:Hwang Chol-min}}         1983   {{u:Sinuiju}}                  separated; see 5(c)
Daughter    {{r:Choe Su-ryon}}           2009   {{u:Sinuiju}}, with grandmother   alive, 06/2023

4. CASE SUMMARY (intake officer)
Client worked 3 years 4 months at the {{u:Hunchun}} plant. She states that {{r:Ryu}} collected all wages from Boss {{p:Sun}} in cash and paid the women "pocket money" once a month. When client complained in 2019, {{r:Ryu Kyong-hui}} and security official {{p:Ri}} made her write a self-criticism and stopped her pocket money for three months. {{p:Sun}} gave her the nickname "{{r:Xiao Mei}}" and, according to client, was the only one who called the women by their names rather than by numbers. Client says the sun never reached the packing hall and women fainted in summer from the ammonia.

In 08/2020, during the COVID-19 border closure, client escaped from the dormitory with another worker, {{p:Kang Ok-hwa}} (whereabouts now unknown; client thinks {{p:Kang}} was caught in {{u:Yanji}}). Client reached {{u:Shenyang}}, then {{u:Kunming}}, with the help of a broker she knows only as "{{p:Lao Wu}}".

Client's main concerns, in her words: (1) "I want {{r:Su-ryon}} to know her mother is alive"; (2) "the company owes me three years of wages"; (3) "I do not want to stay married to {{p:Hwang}}".

5. LEGAL ISSUES IDENTIFIED
(a) Wage claim v. {{u:Hunchun Ocean Star Seafood Processing Co., Ltd.}} - jurisdiction doubtful; refer to {{p:J. Do}} for opinion.
(b) Documentation for {{u:UN}} submission (forced labour) - client consents; refer to {{u:Open Gate Human Rights Centre}}.
(c) Divorce from {{p:Hwang Chol-min}} (spouse resident in DPRK) - {{u:Seoul Family Court}}; public notice procedure.
(d) Contact with daughter {{r:Choe Su-ryon}} - no legal remedy; safety planning only.

6. CONFLICT CHECK
Names checked: {{r:Ryu Kyong-hui}} / {{r:Yu Kyong-hui}} / {{r:Ryu Kyonghi}} (sic, referral letter); {{p:Sun Jianguo}}; {{p:Hwang Chol-min}}; {{u:Hunchun Ocean Star Seafood Processing Co., Ltd.}}
Result: no conflict. Checked by {{r:GN}}, 19/02/2024.

7. SIGNATURES
Client: (signed in Hangul) {{r:최미란}}
Intake officer: {{r:Grace Noh}}
Interpreter: {{p:Kim Seon-ae}}

Note to file ({{p:JD}}, 21/02): Do not schedule client on Sundays (church). {{r:Mi-ran}} prefers female interpreter; {{p:Seon-ae}} is fine.""",
    },
    {
        "id": "h30-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            (
                "Jon Kwang-su",
                "전광수",
                "witness",
                ["Chon Kwang-su", "Chon Gwan Su", "Чон Гван Су", "Kwang-su"],
            ),
            ("Paek Myong-chol", "백명철", "supervisor", ["Пэк"]),
            ("Oh Min-ji", "오민지", "other", ["Min-ji", "MJ Oh"]),
        ],
        "note": "Medical certificate (English version of a Korean 진단서) with an attached certified translation of a Russian medical note from a logging camp near Tynda; patient history naming supervisor and co-workers; Russian paramedic in Cyrillic with initials and a diminutive; physician and translator signatures.",
        "text": """{{u:MOKDONG SARANG HOSPITAL}}
Department of Orthopaedic Surgery
1071 {{u:Anyangcheon-ro}}, {{u:Yangcheon-gu}}, {{u:Seoul}}

MEDICAL CERTIFICATE
(English version of 진단서 No. 2023-11-04872)

Patient name:      {{r:JON Kwang-su}} (Korean: {{r:전광수}})
Sex / DOB:         M / 14 May 1976
Resident no.:      760514-1******
Address:           c/o {{u:Hana Centre}}, {{u:Yangcheon-gu}}, {{u:Seoul}}
Accompanied by:    {{r:Oh Min-ji}}, caseworker, {{u:Open Gate Human Rights Centre}}
Interpreter:       not required

DIAGNOSIS
1. Malunion of left tibial shaft fracture, old (S82.2, sequelae)
2. Status after amputation of 4th and 5th toes, right foot, due to frostbite, old
3. Chronic low back pain
4. Post-traumatic stress disorder, provisional (referral to psychiatry)

HISTORY (as stated by the patient)
The patient states that he worked as a logger at a North Korean camp near {{u:Tynda}}, {{u:Amur Oblast}}, {{u:Russian Federation}}, from 2011 to 2015. In January 2014 his left leg was struck by a falling trunk. His work unit leader, Mr. {{r:Paek Myong-chol}}, refused to allow transfer to a hospital because the quarterly plan had not been met, and the patient was kept in the barracks for about three weeks. A co-worker, Mr. {{p:Yun Sang-chol}}, made a splint from boards. A Russian paramedic from the nearby settlement, whom the patient calls "{{p:Tanya}}", visited twice and left painkillers; he believes Mr. {{r:Paek}} did not know of these visits. The patient states that the toes of the right foot were frozen in the winter of 2012-2013 when Mr. {{r:Paek}} ordered night loading at about minus 40 degrees, and were removed at the camp by "Dr." {{p:Kye}}, a North Korean without medical training. He states that another worker, {{p:Sim Yong-ho}}, lost toes in the same night.

FINDINGS
Visible angular deformity (varus approx. 12 degrees) of the left lower leg; leg length discrepancy 2.1 cm. X-ray: healed fracture with malunion. Right foot: well-healed amputation stumps of 4th and 5th toes. Gait antalgic. The findings are consistent with the history given.

OPINION
Corrective osteotomy may be considered. Estimated treatment period 12 weeks from surgery. The patient requires ongoing pain management.

Date of issue: 20 November 2023
Physician: {{p:Lee Hyun-joo}}, M.D., Orthopaedic Surgery
Licence No.: 84417
(seal)

---------------------------------------------------------------
ATTACHMENT 1 - CERTIFIED TRANSLATION FROM RUSSIAN

[Handwritten note on squared paper, submitted by the patient]

СПРАВКА
Дана гр. КНДР {{r:Чон Гван Су}} в том, что он обращался 02.02.2014 с травмой левой голени. Рекомендовано: госпитализация в ЦРБ г. {{u:Тында}}. От госпитализации отказался (со слов бригадира {{r:Пэк}}).
Фельдшер ФАП пос. {{u:Муртыгит}}  {{p:Т. В. Смирнова}}

Translation:
CERTIFICATE
Issued to {{r:Chon Gwan Su}}, citizen of the DPRK, stating that he presented on 02.02.2014 with an injury of the left lower leg. Recommended: admission to the district hospital in {{u:Tynda}}. Admission refused (according to the brigade leader, {{r:Paek}}).
Paramedic, rural health post, settlement of {{u:Murtygit}}  {{p:T. V. Smirnova}}

Translator's note: the name "{{r:Чон Гван Су}}" is the Russian spelling of {{r:Jon Kwang-su}}; "{{r:Пэк}}" corresponds to {{r:Paek}}. The patient identifies the paramedic as {{p:Tatyana Vasilyevna Smirnova}}, "{{p:Tanya}}".

I, {{p:Elena Park}}, translator, certify that the above is a true and accurate translation of the attached document.
{{p:Elena Park}} / {{p:Елена Пак}}, sworn translator, {{u:Seoul Central District Court}} register no. 2219
21 November 2023

---------------------------------------------------------------
Caseworker's note ({{r:MJ Oh}}, {{u:OGHRC}}): Certificate requested for the {{u:UN}} submission on Russian logging camps. Mr. {{r:Jon}} asked that the names of Mr. {{p:Yun}} and Mr. {{p:Sim}} be removed before sharing, as both may still be in the DPRK. {{r:Kwang-su}} is scheduled for psychiatry on 4 Dec; {{r:Min-ji}} will accompany.""",
    },
    {
        "id": "h30-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Son-hui", "김선희", "witness", ["KSH", "K.S.H.", "Son-hui"]),
            ("Yi Kyong-sim", "리경심", "supervisor", ["Ri Kyong-sim", "李京心"]),
            ("Piao Chunhua", "박춘화", "other", ["朴春花", "PCH", "Chunhua"]),
        ],
        "note": "Researcher's field notes from Dandong garment factories, typed up from a notebook; heavy abbreviations (W, F, Sp, JH, PCH) where initials stand for people and others for places or roles; Korean-Chinese name in three scripts; nickname 꼬마; Yi/Ri pair; one-syllable given name; bare surnames; Chinese officials and companies.",
        "text": """FIELD NOTES - {{u:Dandong}} / {{u:Donggang}}, Oct 2019
(notebook 3, typed up 28/10. Abbrev.: W = worker(s), F = factory, Sp = NK supervisor, {{p:JH}} = {{p:Ji-hoon}} (fixer), {{r:PCH}} = {{r:Piao Chunhua}}, NK = North Korean, SK = South Korean. Do NOT share these notes outside the team.)

22/10 Tue
- Arr. {{u:Dandong}} by train from {{u:Shenyang}}, 2h. Hotel on {{u:Binjiang Road}}, view of the {{u:Sino-Korean Friendship Bridge}}. Lots of SK tourists with selfie sticks.
- Met {{p:JH}} 7pm at the {{u:Luckin}} near the station. {{p:JH}} says 3 garment Fs in {{u:Zhenxing District}} still have NK W, maybe 300-400 women in total. F-1 = "{{u:Huaxin Garments}}"? {{p:JH}} not sure of name, will check the sign.
- {{p:JH}}'s cousin {{r:Piao Chunhua}} ({{r:朴春花}} / {{r:박춘화}}) works in the F-1 canteen. Will meet Thu.

23/10 Wed
- Taxi past F-1 at 6.40am. W marching in rows of 4 from dorm to F gate, singing. Counted 112. Sp at the front, woman in a grey jacket, holding a folder.
- Lunch with Prof. {{p:Zhou}} ({{u:Liaodong University}}), economics. {{p:Zhou}} says local officials "know but do not see". Says labour bureau visited F-1 in 2018 and found "trainees". Asked me not to quote him by name. -> Prof. {{p:Z.}} in all reports.
- Evening: {{p:JH}} drove me to {{u:Donggang}}. Seafood plant ({{u:Donggang Haiyang Foods}}?), NK women visible in the yard at 10pm still in white boots.

24/10 Thu
- Met {{r:PCH}} in her flat, 8pm, {{p:JH}} present. {{r:PCH}} = 43, Korean-Chinese, canteen cook at F-1 since 2016. Speaks {{u:Yanbian}} Korean; I understood ~80%.
- {{r:PCH}}: Sp is {{r:Yi Kyong-sim}}. Name cards on W uniforms say {{r:리경심}}, Chinese staff write {{r:李京心}}. ~50, from {{u:Pyongyang}}, "very strict". {{r:Yi}} holds all passports + phones.
- W paid via F -> {{r:Yi}}. {{r:PCH}} once saw {{r:Yi}} counting "a stack as thick as a brick" of RMB in the canteen office.
- W she knows by name: {{r:K.S.H.}} (f, ~25, from {{u:Hyesan}}, sewing line 3), the one they call "{{p:꼬마}}" (tiny, youngest, 19?), and {{p:Ok-bun}} (older, ~40, "the mother of the room"). Also {{p:Yong}}, given name only, "very good at singing". {{r:PCH}} doesn't know {{p:Yong}}'s surname.
- {{r:KSH}} fainted twice in Aug. {{r:Yi}} made her stand through the evening meeting. {{p:Ok-bun}} carried her back to the dorm. Next day {{r:Son-hui}} was back on line 3.
- Self-criticism sessions Sat nights; W must "thank the Marshal" before pay. (= {{u:Kim Jong Un}}.)
- {{r:PCH}}: the Chinese manager, Mr. {{p:Gao}} ... no, correct: Mr. {{p:Gao Feng}}, treats the NK W better than the Chinese W "because they never complain". {{p:Gao}}'s deputy {{p:Xiao Liu}} ("{{p:Little Liu}}") flirts with {{p:Ok-bun}}; {{r:Yi}} reported it and {{p:Ok-bun}} was moved to night shift.
- {{r:PCH}} scared. Asked that I never write her real name. She is {{r:C.}} in the report.

25/10 Fri
- Rain. Stayed in. Typed up. Called {{p:Soo-jin}} at the office in {{u:Seoul}} ({{u:KakaoTalk}} voice, not phone).
- {{p:Soo-jin}}: Director {{p:Bae}} wants the F names confirmed before publication. Need {{u:Qichacha}} search for {{u:Huaxin Garments}}.
- Note to self: {{p:JH}}'s real name {{p:Jin Zhixun}} ({{p:김지훈}}); never write it in the notebook again.

26/10 Sat
- F-1 gate, 7pm with {{p:JH}}. Saw {{r:Yi}} (I think) leave in a black {{u:Buick}} with a man in a suit. {{p:JH}}: probably from the consulate in {{u:Shenyang}}.
- {{r:PCH}} texted via {{u:WeChat}}: "{{p:꼬마}} cried all day, her mother died, {{r:Yi}} won't let her call home." Don't reply on {{u:WeChat}}. Ask {{p:JH}} to tell her in person.

27/10 Sun
- Left {{u:Dandong}}. At the station, two NK W in civilian clothes with a man, probably going home. One looked like {{r:KSH}} from {{r:PCH}}'s photo but I cannot be sure.
- TODO: (1) {{u:Qichacha}}; (2) ask {{p:Soo-jin}} re. security protocol for {{r:PCH}}; (3) send {{p:JH}} fee (CNY 2,400).""",
    },
    {
        "id": "h30-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-su", "강철수", "witness", ["Chol-su", "Brother Chol-su"]),
            ("Jo Man-sik", "조만식", "supervisor", []),
            ("Han Bok-sun", "한복순", "relative", []),
        ],
        "note": "Auto-generated and corrected sermon transcript from a Seoul immigrant church; congregants named as Brother/Sister/Deacon/Elder; surnames Song, Moon, Bang, Jo, Ha beside 'song', the moon, 'bang', laughter 'ha'; biblical figures as public names; prayer list at the end.",
        "text": """{{u:SEOUL GRACE MISSION CHURCH}} - English Ministry
Sunday Service, 12 May 2024 (Mother's Day)
Transcript (auto-generated, corrected by Deacon {{p:Yoon}}). Timestamps removed.

Pastor {{p:David Song}}:
Good morning, church! Good morning. Before we open the Word, let's stand and sing a song together. Hymn 405, "Amazing Grace". Sister {{p:Grace Ha}} is on the piano today, thank you {{p:Grace}}.

[Hymn]

Please be seated. Ha, I see some new faces. Welcome. If you are visiting, please fill in a card, and Deacon {{p:Yoon}} or Elder {{p:Moon}} will bring you a little gift after the service. Elder {{p:Moon}} says it is rice cake; I hope it is not the rice cake from last week.

[laughter]

Today is Mother's Day, and I want to begin with one of our mothers. Mother {{p:Bang Soon-ja}} is ninety-one this week. Mother {{p:Bang}}, where are you? There she is. When she came to this church in 1978 there were eleven of us, and the roof leaked, and every time it rained there was a bang, bang, bang on the bucket during the sermon. She prayed us through that roof.

Now, turn with me to Genesis chapter 37. {{u:Joseph}}. The favourite son. His brothers strip him of his coat, throw him in a pit, and sell him for twenty pieces of silver to traders going down to {{u:Egypt}}. {{u:Joseph}} becomes a slave in the house of {{u:Potiphar}}. He works, and somebody else eats the fruit of his work.

Church, we have a brother among us who knows what that means. Brother {{r:Chol-su}}, would you stand? Stand up, brother. Some of you know Brother {{r:Kang Chol-su}} from the Wednesday Bible study. He gave me permission to tell you this. For four years {{r:Chol-su}} worked in the logging camps of {{u:Siberia}}, in the Russian Far East, sent by the government of {{u:North Korea}}. Minus forty degrees. Sixteen hours a day. And at the end of the month the money went to {{u:Pyongyang}}, not to him.

He told me about his foreman, a man named {{r:Jo}}. {{r:Jo Man-sik}}. {{r:Jo}} would wake the men at four in the morning by kicking the bunks. One night, a young man in the brigade, {{p:Sung-min}}, could not get up because of fever, and {{r:Jo}} poured a bucket of water over him. In {{u:Siberia}}. In January. {{r:Chol-su}} carried {{p:Sung-min}} to the stove and held him all night. I asked him, "Brother, do you hate {{r:Jo}}?" And you know what he said? He said, "Pastor, I pray that {{r:Jo}} can come out too."

[Amen]

That is {{u:Joseph}}. "You meant evil against me, but God meant it for good." Genesis 50:20.

I also think of {{u:Paul}} and {{u:Silas}} in the prison in {{u:Philippi}}. At midnight they were praying and singing hymns. Not after the earthquake. Before. Brother {{r:Chol-su}} told me that in the camp, at night, when {{r:Jo}} was asleep, the men would look at the moon through the gap in the roof and one old man, {{p:Pak}} - they called him Uncle {{p:Pak}} - would hum a song his mother sang. {{r:Chol-su}} did not know any hymns then. He says now he knows that was a hymn.

Mothers. {{r:Chol-su}}'s mother is still in {{u:Hyesan}}. Her name is {{r:Han Bok-sun}}. She does not know whether her son is alive. Today, on Mother's Day, we are going to pray for Mother {{r:Han}} by name.

And I want to thank our sister {{p:Esther Noh}} and her husband {{p:Tim}}, who drove {{r:Chol-su}} to the {{u:Hanawon}} graduation last year and to every hospital appointment since. {{p:Esther}}, {{p:Tim}}, thank you. That is what a church does.

Let us pray.

PRAYER REQUESTS (read by Elder {{p:Moon Sang-ho}})
- For Mother {{r:Han Bok-sun}} in {{u:Hyesan}}, for her health and that she may hear from her son.
- For Brother {{r:Kang Chel-su}}'s job interview at the {{u:Hyundai}} parts factory on Thursday.
- For {{p:Kim Eun-hye}}, who is still waiting in {{u:Bangkok}} for her travel documents.
- For the family of the late Deacon {{p:Pak Yong-dok}}, who went home to the Lord on 3 May.
- For Sister {{p:Grace Ha}}'s father, {{p:Ha Jung-won}}, in surgery on Tuesday.
- For our missionaries {{p:John}} and {{p:Sarah Lim}} in {{u:Ulaanbaatar}}.
- For peace on the Korean peninsula, and for President {{u:Yoon Suk Yeol}} and all in authority.

Benediction: Pastor {{p:Song}}.""",
    },
    {
        "id": "h30-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ryu Hyok-chol", "류혁철", "witness", ["Yu Hyok-chol", "Hyok-chol"]),
            ("Song Ki-ho", "송기호", "coworker", ["Spoon", "Ki-ho"]),
            ("Hwang In-bo", "황인보", "supervisor", ["Big Ears"]),
            ("Ri Sung-ho", "리승호", "coworker", ["Goggles", "Ochkarik", "Sung-ho"]),
        ],
        "note": "Translated memoir manuscript from a Russian Far East logging camp; nicknames (Goggles, the Professor, Spoon, Big Ears) next to the same words used literally; surnames Song and Ko beside 'song'; Russian diminutives and patronymics; family names in the narrator's memories; CRLF.",
        "text": """[Excerpt from an unpublished memoir manuscript, "The Taiga Does Not Forgive", submitted to the documentation team in 2022. Translated from Korean by a volunteer. The author asked to be named as {{r:Ryu Hyok-chol}}.]

CHAPTER 7
{{r:GOGGLES}}, THE {{p:PROFESSOR}} AND THE {{r:SPOON}}

In the taiga nobody had a name. Names belonged to {{u:Pyongyang}}, to the files in the office of the political officer, Comrade {{p:Ko}}. In the barracks we had other names, and those names were the only things we owned.

{{r:Ri Sung-ho}} was {{r:Goggles}}. He had been a welder at the {{u:Kim Chaek Iron and Steel Complex}} and he arrived at the camp near {{u:Chegdomyn}} with a pair of cracked welding goggles hanging round his neck. He never took them off, not even to sleep. When the snow glare came in March and half of us were going blind, {{r:Goggles}} was the only man in the brigade who could see the trail. "You see?" he would say, tapping the goggles. "{{r:Goggles}} thinks ahead."

The {{p:Professor}} was {{p:Tak Yong-gil}}. He had taught Russian at a middle school in {{u:Chongjin}}, and so he was the only one of us who could talk to the Russian drivers. He was not a real professor, of course; he had never set foot in {{u:Kim Il Sung University}}. But when {{p:Tak}} spoke to the Russians, even Comrade {{p:Ko}} went quiet and listened, because Comrade {{p:Ko}} knew only "davai" and "nyet". The {{p:Professor}} taught me forty Russian words in my first winter. I still remember them in the order he taught them: bread, saw, cold, money, doctor, no.

And the {{r:Spoon}}. The cook was {{r:Song Ki-ho}}, a round little man from {{u:Tanchon}} who had once sung in a factory choir. He carried a big aluminium spoon in his breast pocket the way a party man carries a pen, and he used it to ladle, to stir, to taste, and to hit anyone who stole from the pot. So he was {{r:Spoon}}. When {{r:Spoon}} was in a good mood he would sing while he cooked, always the same song, "Nostalgia", very quietly, because it was not an approved song. {{r:Song}} said his mother had taught it to him. If Comrade {{p:Ko}} came near, {{r:Spoon}} switched to "We Have Nothing to Envy in the World" without missing a beat.

Our brigade leader was {{r:Hwang In-bo}}. We called him {{r:Big Ears}}, not because of his ears, which were ordinary, but because he heard everything and carried it to Comrade {{p:Ko}}. {{r:Big Ears}} took our tea ration to sell to the Russians. {{r:Big Ears}} made {{p:Tak}} translate his bargaining, and afterwards {{p:Tak}} would come back to the barracks and tell us exactly how much {{r:Hwang}} had been paid. That is how we learned that one month of our tea was worth three bottles of vodka.

The Russians had their own names for us. The truck driver, {{p:Kolya}} - {{p:Nikolai Petrovich Gusev}}, the {{p:Professor}} told me once, with great ceremony - called every one of us "Koreya". "Koreya, come here. Koreya, push." Only {{r:Goggles}} he called by a Russian name, {{r:Ochkarik}}, which the {{p:Professor}} said means the same thing. At the shop in the settlement, Auntie {{p:Zina}} sold us bread on credit and wrote our debts in a school exercise book. She wrote me down as "the Korean with the scar". I found out later that her full name was {{p:Zinaida Fyodorovna}}, and that her husband had been in a camp himself, in the old days.

I thought about my wife, {{p:Mi-ok}}, every night. I thought about our son {{p:Kwang-myong}}, who was four when I left. Before I went, {{p:Mi-ok}} sewed two photographs of him into the lining of my coat. In the second winter {{r:Big Ears}} searched the coats and found them, and he laughed, and gave them back. That was the only kind thing I ever saw {{r:Hwang In-bo}} do.

In February 2011 {{r:Goggles}} was crushed under a load of larch on the road down to the railhead. {{p:Kolya}} drove him to the hospital in {{u:Chegdomyn}} without asking anyone's permission. Comrade {{p:Ko}} said {{p:Kolya}} would be reported to the Russian police. {{p:Kolya}} said something to the {{p:Professor}}, and the {{p:Professor}} translated it for us very carefully, and then refused to translate it for Comrade {{p:Ko}}. {{r:Sung-ho}} came back in April with one leg shorter than the other, and he still wore the goggles.

When my own time came to leave, it was {{r:Spoon}} who gave me his spoon. "Take it, {{r:Hyok-chol}}," he said. "Out there you will need to eat." I have it on my desk as I write. {{r:Ki-ho}}, if you ever read this, I still have your spoon.""",
    },
    {
        "id": "h30-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-ju", "김옥주", "witness", ["Ok-ju", "KOJ"]),
            ("Ro Chol-bom", "로철범", "witness", ["No Chol-bom", "Chol-bom"]),
            ("Seo Jun-ho", "서준호", "other", ["SJH"]),
        ],
        "note": "Church volunteers' visit log at the Bangkok immigration detention centre; entries keyed by visitor initials and detainee initials; Ro/No romanization; Thai officers with rank titles, Thai nicknames; bare given names; minor (17) among detainees; embassy official as private person.",
        "text": """VISIT LOG - Immigration Detention Centre, {{u:Suan Phlu}}, {{u:Bangkok}}
North Korean detainees, group arrested {{u:Chiang Saen}} 08/01/2024
Visitors: {{r:SJH}} = {{r:Seo Jun-ho}} (team leader), {{p:AK}} = {{p:Anong Kaewmanee}} (Thai volunteer, interpreter), {{p:HY}} = {{p:Han Yu-na}} (nurse)
Detainees: {{r:KOJ}} = {{r:Kim Ok-ju}} (F, 34), {{p:RHM}} = {{p:Ri Hyang-mi}} (F, 29), {{r:RCB}} = {{r:Ro Chol-bom}} (M, 38), {{p:HSJ}} = {{p:Han Song-jin}} (M, 17)
IDC printout (typed by IDC staff in fullwidth letters, copied as is): {{r:ＫＩＭ ＯＫ ＪＵ}}, {{p:ＲＩ ＨＹＡＮＧ ＭＩ}}, {{r:ＮＯ ＣＨＯＬ ＢＯＭ}}, {{p:ＨＡＮ ＳＯＮＧ ＪＩＮ}}

12/01/2024 (Fri) - {{r:SJH}}, {{p:AK}}
Officer on duty: Sgt. Maj. {{p:Somchai Phromma}}. Visiting room 2, 25 min.
All four brought out together. {{r:Ok-ju}} did most of the talking. Group left a seafood factory in {{u:Hunchun}} in Nov., then {{u:Kunming}}, then {{u:Laos}} by boat on the {{u:Mekong}}. {{p:Song-jin}} very thin, coughing. {{r:Ro}} silent, watched the guard. Left: toiletries, 4 x instant noodles, {{u:Colgate}}, Korean Bible (for {{r:KOJ}}, requested).
Sgt. Maj. {{p:Somchai}}: embassy has been informed; "no problem, they go {{u:Korea}} soon".

16/01/2024 (Tue) - {{r:SJH}}, {{p:HY}}
Officer: Pol. Capt. {{p:Wanida Srisuk}}. Only women allowed today.
{{p:HY}} checked {{p:RHM}}: rash on arms and neck (cell is very crowded, ~60 women, 3 fans). {{p:Hyang-mi}} asked us to call her aunt in {{u:Seoul}}, Ms. {{p:Ri Jong-suk}}, number given. {{r:KOJ}}: asks if it is true that {{u:China}} can ask {{u:Thailand}} to send them back. Told her no, {{u:Thailand}} has never done this with North Koreans, but we will ask the embassy.
{{p:HY}} note: {{r:Ok-ju}} sleeping 2-3 h/night, nightmares about the factory supervisor ("{{p:Ryang}} jojang"). Recommend counselling on arrival.

19/01/2024 (Fri) - {{r:SJH}}, {{p:AK}}
Officer: Sgt. Maj. {{p:Somchai}}; interpreter from IDC side: "{{p:Nong}}" (Thai nickname, did not give full name).
Men today. {{r:Chol-bom}} (spells his name "{{r:No Chol-bom}}" on the IDC form, Thai staff wrote "{{r:NO CHOL BOM}}" - please use {{r:Ro}} in our records, he prefers it). {{r:RCB}} told us for the first time about {{u:Hunchun}}: he was not a factory worker but a driver for the factory's North Korean management, and he drove the supervisor {{p:Ryang Myong-ae}} and a security officer, {{p:Kye}}, to the bank every month. He says {{p:Ryang}} took cash from the women's wages to the consulate in {{u:Shenyang}}. He is afraid that if this is known in {{u:Seoul}} he will be treated as "management". Told him this is not how it works. He asked for {{r:SJH}}'s name "in Korean letters" and wrote {{r:서준호}} on his palm.
{{p:HSJ}} (17!): fever 38.4 per IDC clinic. {{p:Song-jin}} says his mother, {{p:Choe Kum-suk}}, is still in {{u:Hoeryong}}; he does not want her name written anywhere. Crossed it out in the paper log.
Left: paracetamol (via clinic), socks, 2 x Korean novels.

23/01/2024 (Tue) - {{r:SJH}} only
Met Mr. {{p:Jeong}} from the {{u:Embassy of the Republic of Korea}} in the car park. Mr. {{p:Jeong Dae-sik}} confirms the four will be moved to the embassy's facility "within two weeks", then flight to {{u:Incheon}}. {{p:Song-jin}} as a minor will go first if possible.
{{p:Anong}} could not come (exam). Pastor {{p:Kwon}} from {{u:Bangkok Korean Church}} came along to the gate but was not allowed in.

30/01/2024 (Tue) - {{r:SJH}}, {{p:AK}}, {{p:HY}}
Officer: Pol. Capt. {{p:Wanida}}.
All four in visiting room. {{r:Ok-ju}} says they were told last night they leave Friday. {{p:Hyang-mi}} cried. {{r:Kim Ok-ju}} gave {{p:Anong}} a drawing for "the Thai sister who brought soap". {{p:Han Song-jin}} much better, asked for football results.
{{r:Ro}} asked {{r:SJH}} to write down a name to look for in {{u:Seoul}}: {{p:Paek Un-chol}}, "a man from my town who went to {{u:Korea}} in 2010". Will pass to {{u:Ministry of Unification}} via {{p:HY}}'s contact.

02/02/2024 (Fri)
Per Mr. {{p:Jeong}}: group departed IDC 06:00, flight to {{u:Incheon}} 23:40 via embassy. Log closed. - {{r:SJH}}""",
    },
    {
        "id": "h30-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hong Seong-pyo", "홍성표", "other", ["洪性杓", "홍 성 표"]),
            ("Ri Kum-sun", "리금순", "supervisor", ["이금순", "李今順"]),
            ("Choi Eun-byeol", "최은별", "witness", []),
        ],
        "note": "Korean police suspect interrogation record (피의자신문조서) in a sanctions case about a Dandong garment factory; names spaced syllable by syllable in the header and signatures, Hanja in brackets, Ri/I (리/이) variants; surname 안 beside the negation 안, 노 beside 노; officers and defence lawyer as private persons; 문/답 format; CRLF.",
        "text": """피 의 자 신 문 조 서

피 의 자 : {{r:홍 성 표}}

위의 사람에 대한 남북교류협력에관한법률위반 등 피의사건에 관하여 2023. 9. 14. {{u:서울경찰청}} 안보수사대 사무실에서 사법경찰관 경감 {{p:김 도 윤}}은 사법경찰리 경사 {{p:안 지 혜}}를 참여하게 하고, 아래와 같이 피의자임에 틀림없음을 확인하다.

문 : 피의자의 성명, 주민등록번호, 직업, 주거, 등록기준지 등을 말하십시오.
답 : 성명은 {{r:홍성표}}({{r:洪性杓}}), 주민등록번호는 680312-1******, 직업은 의류 무역업(주식회사 {{u:한결어패럴}} 대표이사), 주거는 {{u:경기도 고양시}} 일산동구, 등록기준지는 {{u:전주시}} 완산구입니다.

사법경찰관은 피의사건의 요지를 설명하고 사법경찰관의 신문에 대하여 「형사소송법」 제244조의3에 따라 진술을 거부할 수 있는 권리 및 변호인의 참여 등 조력을 받을 권리가 있음을 피의자에게 알려주고 이를 행사할 것인지 그 의사를 확인하다.

문 : 피의자는 변호인의 조력을 받을 권리를 행사할 것인가요.
답 : 예, {{p:노승철}} 변호사님이 같이 계십니다.

이때 피의자의 변호인 {{p:노승철}}이 참여하다.

문 : 피의자는 중국 {{u:단둥}}에 있는 {{u:단둥화신복장유한공사}}와 어떤 관계인가요.
답 : 2017년부터 그 공장에 여성용 점퍼 임가공을 맡겼습니다. 공장 사장은 {{p:왕샤오룽}}({{p:王小龍}})이라는 중국 사람입니다. 저희는 원단과 부자재를 보내고 완제품을 받아 국내 홈쇼핑과 {{u:쿠팡}}에 납품했습니다.

문 : 그 공장에서 북한 근로자들이 일하고 있다는 사실을 알고 있었나요.
답 : 처음에는 몰랐습니다. {{p:왕}} 사장이 조선족 아주머니들이라고 했습니다.

문 : 참고인 {{r:최은별}}은 2023. 5. 2. 본 수사대에서, 피의자가 2018년 5월경 공장을 방문하여 북한 측 책임자 {{r:리금순}}에게 직접 "납기를 맞춰 달라"고 말하는 것을 보았다고 진술하였는데, 사실인가요.
답 : 공장에 간 것은 맞습니다. 그때 {{r:리}} 책임자라는 여자를 처음 봤습니다. 저는 그분이 북한 사람인 줄 몰랐고 그냥 현장 반장으로 알았습니다.

문 : {{r:최은별}}은 당시 피의자가 "{{r:이금순}} 씨, 이번에는 꼭 부탁합니다"라고 이름까지 불렀다고 하는데요.
답 : 이름은 {{p:왕}} 사장이 알려 줘서 불렀을 뿐입니다. 북한 말씨가 좀 있다고는 느꼈지만 연변 말인 줄 알았습니다.

문 : 피의자 회사의 생산관리 담당 {{p:안민석}} 과장은 2018년부터 2020년까지 {{u:단둥}}에 14회 출장을 갔는데, {{p:안}} 과장으로부터 북한 근로자에 관하여 보고받은 사실이 있나요.
답 : {{p:안}} 과장은 그런 얘기를 저한테 안 했습니다. 품질 문제만 보고했습니다.

문 : {{p:안민석}}의 카카오톡 대화(증 제5호)를 보면 2019. 3. 11. 피의자에게 "사장님, 여기 북쪽 애들 야근 또 시킨답니다. {{r:리금순}}이가 인원 더 못 뺀대요"라고 보낸 것이 확인되는데, 이래도 모른다고 하는가요.
답 : (한참 침묵 후) 그 메시지는 본 기억이 없습니다.

문 : 이 사진(증 제7호)에 나온 사람들이 누구인가요.
답 : 왼쪽이 {{p:왕}} 사장, 가운데가 저, 오른쪽 안경 쓴 남자는 공장 통역인데 이름은 모르고 다들 "{{p:김}} 통역"이라고 불렀습니다. 뒤에 서 있는 여자가 {{r:리}} 책임자입니다.

문 : 피의자는 대금을 어떤 방식으로 지급하였나요.
답 : {{p:왕}} 사장 회사 계좌로 송금했고, 일부는 처 {{p:정미숙}} 명의 계좌에서 {{p:왕}} 사장의 동생 {{p:왕샤오핑}}에게 보냈습니다. 환율 때문에 그렇게 했습니다.

문 : 참고인 {{r:최은별}}은 공장에서 하루 15시간 일하고 월급은 본인이 받지 못했다고 진술하였는데, 피의자가 지급한 임가공비가 북한 당국에 들어갔다는 점은 인정하는가요.
답 : 지금 생각해 보면 그랬을 수도 있겠다는 생각은 듭니다. 그러나 당시에는 몰랐습니다. {{r:최은별}} 씨에게는 미안하게 생각합니다.

문 : 이상의 진술에 대하여 이의나 의견이 있는가요.
답 : 없습니다.

위의 조서를 진술자에게 열람하게 하였던바 진술한 대로 오기나 증감ㆍ변경할 것이 전혀 없다고 말하므로 간인한 후 서명하게 하다.

진 술 자   {{r:홍 성 표}} (무인)
변 호 인   {{p:노 승 철}} (인)

2023. 9. 14.

{{u:서울경찰청}} 안보수사대
사법경찰관 경감  {{p:김 도 윤}} (인)
사법경찰리 경사  {{p:안 지 혜}} (인)""",
    },
    {
        "id": "h30-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Kwang-hyok", "문광혁", "witness", ["광혁"]),
            ("Pyon Hak-su", "변학수", "supervisor", []),
            ("Ho Jong-nyo", "허정녀", "relative", []),
        ],
        "note": "Hanawon counselling summary over six sessions, Kuwait construction site; witness surname 문 beside 문 (door); surnames 손, 남, 차, 허 beside 손 (hand), 남 (others), 차 (car/tea), 허 (emptiness); Indian driver; counsellor and officials as private persons; 지도원, 주무관, 경위 titles outside markers.",
        "text": """{{u:하나원}} 심리상담 요약지 (내부용 / 외부 반출 금지)

교육생: {{r:문광혁}} (남, 46세) / 교육생 번호 2023-1187
상담자: {{p:정은주}} (임상심리전문가)
상담 기간: 2023. 6. 8. ~ 7. 13. (총 6회, 회기당 50분)
의뢰 경위: 생활지도 담당 {{p:유민호}} 주무관이 수면 문제와 동기생과의 언쟁을 이유로 의뢰

1. 배경
내담자는 {{u:함경남도}} {{u:단천}} 출신으로 2015년 3월부터 2019년 9월까지 {{u:쿠웨이트}}의 아파트 건설 현장에 파견되어 철근공으로 일했다. 현장 책임자는 {{r:변학수}} 지도원이었고, 내담자는 {{r:변}} 지도원을 "사람이 아니라 장부"라고 표현하였다. 2019년 9월 현장을 이탈하여 {{u:쿠웨이트시티}}에서 택시 운전수의 도움으로 대사관에 들어갔다. 택시 운전수는 인도 사람 {{p:라주}}로 기억한다. 북한에 어머니 {{r:허정녀}}(72세), 처 {{p:곽영순}}, 딸 {{p:문은하}}(17세)가 남아 있다.

2. 주요 호소
- 방문을 잠그지 않으면 잠들지 못함. 밤에 문 두드리는 소리를 자주 들음(실제 소리 없음).
- 동기생 {{p:손영길}}과 식당에서 언쟁. 내담자는 "{{p:손}} 동무가 내 숟가락을 가져갔다"고 했으나 이후 오해였다고 인정.
- 딸 이야기를 할 때 손이 떨림.

3. 회기별 요약
1회기: 라포 형성. 내담자는 상담실 문을 반쯤 열어 두기를 원함. 허공을 보며 대답하는 경우가 많았음. {{u:쿠웨이트}}의 더위를 "숨이 허하게 빠져나가는 더위"라고 함.
2회기: 현장 생활. 하루 16시간 작업, 월급 800디나르 중 실수령 50디나르 내외. 나머지는 {{r:변학수}}가 "계획분", "충성자금"으로 걷었다고 함. 동료 {{p:남기철}}이 2017년 7월 작업 중 쓰러졌을 때 {{r:변}} 지도원이 병원 대신 숙소에 눕혀 두었고, {{p:남}}은 이틀 뒤 사망하였다고 진술. 내담자는 "남의 일이 아니었다"고 반복함.
3회기: 가족. 어머니 {{r:허정녀}}가 자신의 이탈 후 {{u:국가보위성}}에 불려 갔을 것이라며 죄책감 호소. "{{r:허}}씨 집안 사람들은 다 고집이 세서 어머니가 버틸 거다"라고 말하며 웃음. 딸 {{p:은하}}의 생일(11월)에 대해 이야기함.
4회기: 이탈 과정. 현장 트럭 운전수였던 파키스탄 사람 {{p:아슬람}}이 처음 대사관 위치를 알려 주었다고 함. {{p:라주}}는 요금을 받지 않았다. {{r:변}} 지도원이 다음 날 대사관 앞에 차를 세워 놓고 기다렸다는 것을 나중에 들었다고 함(출처: 같은 현장 출신 탈북민 {{p:차성호}}, 2021년 입국).
5회기: 분노 조절. {{p:손영길}}과의 언쟁 재논의. 내담자는 {{p:손}} 동무에게 사과하였다고 보고. 차 한 잔 마시며 호흡 훈련 실시.
6회기: 종결 및 연계. 지역 하나센터 연계 희망. 담당 신변보호관 {{p:차}} 경위에게 주소 전달은 본인 동의하에 진행.

4. 소견 및 권고
- 외상후 스트레스 반응(수면 장애, 과각성, 침습 기억) 뚜렷함. 정신건강의학과 연계 권고.
- 가족 관련 죄책감이 크므로 거주지 배정 후 지역 상담 지속 필요.
- 내담자는 {{u:북한인권정보센터}} 등에 증언할 의사 있음. 단, 처 {{p:곽영순}}과 딸 {{p:문은하}}의 이름은 공개하지 말 것을 요청.

작성: {{p:정은주}} / 확인: 상담팀장 {{p:하미경}}
2023. 7. 14.""",
    },
    {
        "id": "h30-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Yong-chol", "리영철", "witness", ["영철"]),
            ("Kang Ok-nyo", "강옥녀", "relative", []),
            ("Ri Sun-hui", "리순희", "relative", ["순희"]),
        ],
        "note": "Transcribed letter from a mother in Chongjin to her son on a Russian construction site, DPRK spelling and Hamgyong dialect; given names with the vocative and subject suffixes 아/이, kinship terms around names, neighbours called by child's name (복남이 오마니), bare surnames with 반장/지도원; transcriber's Hangul-consonant initials.",
        "text": """[자료 번호 L-2019-07 / 원본: 손편지 4장, 연필. 2019년 12월 브로커 통해 {{u:훈춘}}에서 전달. 전사: 자원봉사자 {{p:ㅇㅎㅈ}}, 검토: {{p:ㄱㅁㅅ}}. 맞춤법은 원문대로 둠.]

보고싶은 내 아들 {{r:영철}}이 보아라

{{r:영철}}아 그동안 몸 성히 잘 있슴둥. 에미는 일없다. 네가 {{u:로씨야}} 간지 벌써 세해가 되였구나. 지난 여름에 {{p:광수}}네 집으로 네 편지 한장 왔는데 {{p:광수}} 오마니가 밤에 몰래 가져다 주었다. 글씨를 보니 네 손이 많이 상한것 같아 에미 가슴이 내려앉았다. {{u:블라디보스또크}}는 여기보다 더 춥다는데 솜옷은 있슴메.

네 누이 {{r:순희}}는 올 봄에 시집갔다. 매부는 {{p:박명호}}라고 {{u:라남}} 탄광 기계공인데 사람이 순하다. {{r:순희}}가 너 보고싶다고 울더라. {{p:명호}}가 너 오면 술 한잔 하자고 하더라. 우리 {{r:순희}} 시집가는데 니가 없어서 에미가 한참 울었다.

인민반장 {{p:최}}씨네 아주머니가 요새 자꾸 우리 집에 들락거린다. 너 돈 얼마 보내는가 묻고 간다. 너희 회사 사람이 석달에 한번 강냉이 20키로 가져다 주는데 그것이 니 월급이라고 한다. 그것도 {{p:최}} 반장이 먼저 세여보고 준다. 아무 말도 안했다.

지난달에는 보위부 {{p:전}} 지도원이 와서 너 소식 묻더라. 에미는 모른다고 했다. {{p:전}} 지도원 말이 {{u:로씨야}} 가서 딴마음 먹는 놈들이 있다고, 너는 그런 아이 아니지 하더라. 에미는 우리 {{r:영철}}이는 충성밖에 모른다고 했다. {{r:영철}}아 에미 말 알아듣겠지비.

{{p:복남}}이 오마니는 지난 겨울에 갔다. 약 한알 못쓰고 갔다. {{p:복남}}이는 군대 가서 아직 모른다. {{p:철}}이 할머니 {{p:송}}씨는 아직 정정하다. 니 어릴적에 업어 키운 할머니다. 너 돌아오면 인사가라.

너 동무 {{p:광수}}는 지난 봄에 {{u:청진}} 역전에서 장사하다가 단속돼서 단련대 갔다 왔다. {{p:광수}}가 너한테 전하라는 말이 있는데 "{{p:대머리}} 반장한테 잘 보이라"고 하더라. 누군지 에미는 모른다. 니 반장이 {{p:곽}}가라고 했지. {{p:곽}} 반장 말 잘 듣고 몸 상하지 말라.

돈은 보내지 말라. 보내도 에미 손에 안 들어온다. 니 몸만 성해서 오면 된다. 아바이 제사 때 {{r:순희}}랑 {{p:명호}}랑 와서 밥 한그릇 떠놓고 니 이름 불렀다. 아바이가 살아있으면 니를 그 먼데 안 보냈을 기다.

이 편지는 {{p:옥화}} 이모가 중국 사람한테 부탁해서 보낸다. {{p:옥화}} 이모가 돈을 많이 썼다. 니 나중에 꼭 갚아라. 편지 받거든 답장은 하지 말라. 위험하다.

몸조심해라. 밥 꼭 먹고 다녀라. 에미는 날마다 니 생각한다.

2019년 11월 20일
{{u:청진}}에서 에미 {{r:강옥녀}}가

(추신) {{r:영철}}아 니 앞으로 온 편지 중에 {{p:김경애}}라는 처녀가 보낸것도 있었다. {{p:경애}}는 기다린다고 하더라. 에미는 그 처녀 마음에 든다.

[전사자 메모: "{{p:대머리}}"는 별명으로 보임. 2022년 면담에서 {{r:리영철}}은 현장 반장 {{p:곽철호}}를 가리킨다고 확인함. "{{p:철}}이 할머니 {{p:송}}씨"는 이웃 노인. "{{p:옥화}} 이모"는 외가 쪽 친척으로 현재 {{u:중국}} 거주 추정.]""",
    },
    {
        "id": "h30-ko-04",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Om Tae-sik", "엄태식", "supervisor", []),
            ("O Kyong-su", "오경수", "witness", ["경수"]),
            ("Jo Kuk-chol", "조국철", "coworker", ["국철"]),
        ],
        "note": "Photographed attendance sheet (출역부) of a DPRK brigade on a Dubai building site, aligned columns; remarks column full of words that are also surnames (오전, 안 나옴, 하루, 도면, 구급차, 방, 소, 마감, 남는, 조 편성, 전 인원); name containing the word 조국; two workers with the same name told apart by 큰/작은; syllable-spaced one-syllable given names; CRLF.",
        "text": """2018년 8월 출역부 (상반월 1~15일)
현장: {{u:두바이}} {{u:알 나흐다}} 16층 주거동 / 제3작업반 / 원청 {{u:알사파건설}}
(○ 출근  × 결근  반 반일)

번호  성 명       직종   출역 1~15일          일수   비 고
 1   {{r:엄태식}}       반장   ○○○○○○○○○○○○○○○   15
 2   {{r:오경수}}       철근   ○○○○○○반○○○○○○○○   14.5  7일 오전만
 3   {{p:안명철}}       미장   ○○××○○○○○○○○○○○   13    3·4일 안 나옴(배탈)
 4   {{p:하정남}}       목수   ○○○○○○○○○○×○○○○   14    11일 하루 결근
 5   {{p:나광일}}       목수   ○○○○○○○○○○○○○○○   15    12일 {{p:하정남}} 대신
 6   {{p:도영수}}       용접   ○○○○○○○○○○○○○○○   15    도면 대기 2시간(9일)
 7   {{p:구철민}}       철근   ○○○○○×××○○○○○○○   12    6일 구급차 이송, 8일 복귀
 8   {{p:리 혁}}        잡역   ○○○○○○○○○○○○○○○   15    방 청소 당번
 9   {{p:방경호}}       미장   ○○○○○○○○○○○○○○○   15
10   {{p:소명길}}       잡역   ○○○○○○○○○○○○○○○   15    소 운반 아님, 자재 운반
11   {{p:우창호}}       타일   ○○○○○○○○○○○○○반○   14.5  14일 마감 작업 후 조퇴
12   {{p:전기남}}       전기   ○○○○○○○○○○○○○○○   15    전 인원 안전교육 참석
13   {{p:최 영}}        타일   ○○○○○○○○○○○○○○○   15
14   {{p:김은철}}(큰)    철근   ○○○○○○○○○○○○○○○   15
15   {{p:김은철}}(작은)   철근   ○○○○○○○○○×○○○○○   14    10일 {{p:은철}}(큰)과 싸움, 벌 1일
16   {{p:마성일}}       미장   ○○○○○○○○○○○○○○○   15    남는 자재 반납
17   {{p:강 훈}}        용접   ○○○○○○○○○○○○○○○   15
18   {{p:문태호}}       목수   ○○○○○○○○○○○○○○○   15    조 편성 변경 → 2조
19   {{r:조국철}}       잡역   ○○○○○○○○○○○○○○○   15    {{r:국철}}이 총화 발표
20   {{p:한남일}}       잡역   ○○○○○×○○○○○○○○○   14    6일 {{p:구철민}} 병원 동행

계: 20명 / 연인원 293
작성: 작업반장 {{r:엄태식}} (수표)
확인: 지도원 {{p:표성근}} (수표)

----------------------------------------------------------------
[단체 메모 - 자료 번호 AT-2018-08-3 / 입력 {{p:신다은}}]
- 출처: 2020년 입국한 {{r:오경수}}가 당시 휴대폰으로 찍어 둔 사진 2장. 글씨는 {{r:엄태식}} 반장 필체라고 {{r:오경수}}가 확인.
- {{r:경수}} 설명: 7일 "오전만"은 더위로 쓰러져서가 아니라 {{p:표성근}} 지도원이 오후에 보위 담화에 불렀기 때문. 출역부에는 반일로 적고 임금에서 하루치를 깠다고 함.
- 7번 {{p:구철민}}: 6일 철근 더미에 다리 깔림. 현장 구급차로 {{u:라시드 병원}} 이송. 이틀 만에 복귀시킴. 동행한 {{p:한남일}}이 통역 없이 손짓으로 설명했다고 함.
- 19번 {{r:조국철}}: "이름 때문에 늘 총화 때 먼저 발표를 시켰다"고 {{r:오경수}}가 웃으며 말함. {{r:조국철}}은 2019년 귀국, 이후 소식 모름.
- 14·15번 {{p:김은철}} 두 명: 현장에서는 큰 {{p:은철}}, 작은 {{p:은철}}로 불렀음. 작은 {{p:은철}}은 {{u:강계}} 출신.
- {{p:전기남}}은 직종도 전기라서 다들 "전기 {{p:전기남}}"이라고 불렀다고 함.""",
    },
    {
        "id": "h30-ko-05",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("U Song-chol", "우성철", "witness", ["성철"]),
            ("Ju Kwang-ho", "주광호", "supervisor", []),
            ("Baek Ji-su", "백지수", "other", ["지수"]),
        ],
        "note": "Wage deduction spreadsheet (CSV) of a DPRK brigade in Moscow with an NGO analyst's notes; names in CSV cells and in quoted remarks; one-syllable given names; surnames 우, 주, 표, 석, 공 beside 우(right), 주(week/main), 표(table), 석(three), 공(zero); USD amounts; mixed line endings.",
        "text": """# 파일: {{u:모스크바}}_3작업반_2018-11_공제내역.csv
# 원자료: 제보자 {{r:우성철}} 휴대폰 사진(장부 2쪽) → 엑셀 입력 {{r:백지수}}, 검수 {{p:윤하람}}
# 단위: USD / 현장: {{u:모스크바}} {{u:라멘스키}} 지구 아파트 신축 / 파견: {{u:조선능라도무역총회사}}(추정)
번호,성명,직종,계약임금,충성자금,당자금,숙식비,피복비,통신비,기타,실지급,비고
1,{{r:주광호}},반장,1200,300,100,150,20,0,0,630,
2,{{r:우성철}},미장,800,200,100,150,20,0,130,200,"기타=벌금(지각 2회, {{p:표}} 지도원 지시)"
3,{{p:석명수}},미장,800,200,100,150,20,0,0,330,
4,{{p:공철}},타일,800,200,100,150,20,0,0,330,공란 없음
5,{{p:김혁}},타일,800,200,100,150,20,0,80,250,"기타={{r:우성철}}과 다툼 벌금"
6,{{p:박영남}},철근,850,220,100,150,20,0,0,360,
7,{{p:리광춘}},철근,850,220,100,150,20,0,0,360,
8,{{p:리광춘}},철근,850,220,100,150,20,0,0,360,"동명이인, 작은 {{p:광춘}}"
9,{{p:황금철}},용접,900,250,100,150,20,0,0,380,
10,{{p:연순}},취사,500,100,50,100,20,0,0,230,"여, 성 미기재"
11,{{p:정대일}},잡역,600,150,100,150,20,0,200,-20,"기타=병원비(손목 골절), 다음달 이월"
12,{{p:주성}},잡역,600,150,100,150,20,0,0,180,"{{r:주광호}} 반장 조카"
계,,,"9,850","2,410","1,150","1,700",240,0,410,"3,580",

# ---- 분석 메모 ({{r:백지수}}, 2024-04-02) ----
# 1. 계약임금 대비 실지급 비율 평균 36%. 반장 {{r:주광호}}만 52%.
# 2. "충성자금"은 매달 공제, 2월·4월에는 추가 공제({{u:김정일}}·{{u:김일성}} 생일)라고 {{r:우성철}} 진술. 11월분에는 추가 없음.
#    -> 2월분·4월분 장부 사진은 없음. {{r:우성철}}에게 추가 확인 필요.
# 3. 11번 {{p:정대일}}: 실지급 마이너스(-20). 병원비 200을 본인 부담으로 깐 결과. {{r:성철}} 말로는 {{p:대일}}이가 손목이 부러졌는데 {{u:모스크바}} 시내 병원이 아니라 현장 숙소에서 {{p:석명수}}가 부목을 댔다고 함. 병원비는 실제로 쓰지 않았을 가능성.
# 4. 2번 비고의 "{{p:표}} 지도원": 보위지도원 {{p:표}}, 이름 모름. 표(table) 열 이름과 헷갈리지 않게 원문 이미지 확인함.
# 5. 10번 "{{p:연순}}": 성 미기재. {{r:우성철}}은 "{{p:연순}} 아주머니"로만 기억. 취사원 2명 중 1명.
# 6. 12번 {{p:주성}}은 반장 조카라 벌금이 한 번도 없음. 주 6일 근무 아니라 주 5일이었다고.
# 7. 4번 {{p:공철}}: 공란 없음 = 결근 없다는 뜻으로 보임.
# TODO: 환율 확인(RUB→USD), {{p:윤하람}}에게 검수 재요청, {{r:지수}}가 {{r:성철}} 씨에게 3쪽 사진 있는지 문의.""",
    },
    {
        "id": "h30-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kil Myong-ho", "길명호", "witness", ["명호"]),
            ("Ri Kyong-chun", "리경춘", "supervisor", ["이경춘"]),
            ("Choe Myong-il", "최명일", "coworker", ["막내", "명일"]),
        ],
        "note": "Oral history transcript with timestamps, speakers labelled by surname initial (한 = interviewer, 길 = narrator) beside the words 한 (one) and 길 (road); Chinese squid-jigging vessel in Russian waters; nickname 막내 beside the ordinary word; Chinese captain 천 beside 천 (thousand); bare surname 심 beside 심 (heart) compounds.",
        "text": """[구술 녹취록] 원양어선 선원 구술 - 2차 면담
구술자: {{r:길명호}} (실명 사용, 본인 요청) / 면담자: {{p:한지은}} / 녹취·전사: {{p:류다솜}}
일시: 2022. 10. 5. 14:00-16:10 / 장소: {{u:인천}} 연수구 단체 사무실
표기: {{p:한}} = 면담자, {{r:길}} = 구술자. [ ]는 전사자 주.

[00:00:12] {{p:한}}: 지난번에 배 이름까지 말씀하셨어요. 오늘은 배 안에서 있었던 일을 좀 더 여쭤볼게요.
[00:00:20] {{r:길}}: 네. {{u:푸위안위 836호}}. 중국 배. 오징어 채낚기.
[00:00:31] {{p:한}}: 몇 명이 타셨어요?
[00:00:35] {{r:길}}: 중국 선원이 한 열 명, 우리 조선 사람이 스물두 명. 선장은 {{p:천}} 선장이라고, 복건 사람이고요. 한 번 바다 나가면 천 시간? 아니, 날로 치면 석 달, 넉 달.
[00:01:10] {{p:한}}: 북한 선원 쪽 책임자는 누구였어요?
[00:01:14] {{r:길}}: 갑판장이 {{r:리경춘}}이라고. 우리는 그냥 갑판장 동지라고 했지. 그 사람이 돈도 받고 여권도 다 가지고 있고.
[00:01:40] {{p:한}}: 한국에서는 {{r:이경춘}}이라고 쓰겠네요.
[00:01:44] {{r:길}}: 그렇지요. {{r:이경춘}}. 근데 그 사람이 한국 올 일은 없을 기요. [웃음]
[00:02:05] {{p:한}}: 보위원도 같이 탔나요?
[00:02:08] {{r:길}}: {{p:심}}가라고 하나 있었어요. {{p:심}} 동무. 이름은 몰라요. 그 사람은 일을 안 하고 사람 심리만 봐요. 누가 한숨 쉬면 적어 놓고.
[00:03:12] {{p:한}}: 일과는 어땠어요?
[00:03:15] {{r:길}}: 밤에 불 켜고 오징어 낚잖아요. 저녁 여섯 시부터 아침 여섯 시까지 낚고, 낮에는 손질하고 냉동하고. 잠은 한 네 시간.
[00:04:02] {{p:한}}: 그 배에서 제일 가까웠던 사람은요?
[00:04:06] {{r:길}}: {{r:막내}}. 우리 배 {{r:막내}}, {{r:최명일}}이. 열아홉 살이었어요. {{u:신포}}에서 왔고. 걔가 처음에 멀미를 해 가지고, 막내라서 욕도 제일 많이 먹고.
[00:04:40] {{p:한}}: {{r:최명일}} 씨는 지금 어디 있는지 아세요?
[00:04:44] {{r:길}}: 몰라요. [침묵 6초] 2019년에 {{u:나홋카}} 들어갔을 때 갑판장이 {{r:명일}}이를 먼저 내려 보냈어요. 아파서. 그 뒤로 못 봤어요.
[00:05:30] {{p:한}}: 어디가 아팠어요?
[00:05:33] {{r:길}}: 손. 낚시 바늘에 손이 찢겼는데 소독을 못 해서 퉁퉁 부었어요. {{p:천}} 선장이 약을 좀 줬는데 {{r:리경춘}}이가 그걸 팔아먹었다는 소문도 있고.
[00:07:15] {{p:한}}: 월급은 어떻게 받으셨어요?
[00:07:18] {{r:길}}: 안 받았어요. 한 푼도. 회사가 {{u:평양}}에 준다고. 집에 가면 준다고. 근데 집에 간 사람 중에 받은 사람 없다고 {{p:심}} 동무 몰래 다들 그랬어요.
[00:08:40] {{p:한}}: {{r:길}} 선생님은, 아 죄송해요, {{r:길명호}} 선생님은 어떻게 나오셨어요?
[00:08:46] {{r:길}}: [웃음] {{r:길}} 선생이라 해도 돼요. 2019년 12월에 배가 {{u:부산}} 감천항에 수리하러 들어왔어요. 중국 배라서 들어올 수 있었어요. 그때 밤에 내렸지요. 길이 어딘지도 모르고 그냥 불 켜진 데로 걸었어요.
[00:11:02] {{p:한}}: 북한에 가족은요?
[00:11:05] {{r:길}}: 처하고 아들. 처는 {{p:곽순옥}}, 아들은 {{p:길은성}}. {{p:은성}}이는 지금 중학교 다닐 나이지요. [전사자 주: 구술자 요청으로 가족 이름은 공개본에서 삭제]
[00:12:30] {{p:한}}: 오늘은 여기까지 할게요. 고맙습니다, 선생님.
[00:12:34] {{r:길}}: 예. {{p:한}} 선생도 수고했어요. 다음엔 {{r:막내}} 얘기 더 할게요.

[전사자 메모({{p:류다솜}}): 00:11:05의 "{{p:은성}}이"는 아들 {{p:길은성}}. 화자 표기 "{{r:길}}"은 구술자 성. 본문 "길이 어딘지"의 "길"은 도로.]""",
    },
    {
        "id": "h30-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Tak Yong-jin", "탁영진", "witness", ["영진"]),
            ("Ma Tong-gyu", "마동규", "supervisor", ["불독"]),
        ],
        "note": "Korean Telegram channel post with reader comments about two workers leaving a building site in Ulan-Ude; Hangul-consonant anonymisation (ㄱ씨) next to full names given by commenters; display names and @handles containing names; kinship 형님 after a given name with 이; nickname 불독; surname 마 beside 마 (dialect interjection); emoji; Putin and Kim Jong Un as public figures.",
        "text": """📢 {{u:북녘노동자소식}}
2023년 11월 2일 21:14 · 조회 4.8K

[단독] 러시아 {{u:울란우데}} 건설현장서 북한 노동자 2명 이탈…"1명은 붙잡혀" 🚨

{{u:부랴티야}} 현지 소식통에 따르면 지난달 28일 밤 {{u:울란우데}} 시내 17층 아파트 신축 현장에서 북한 노동자 2명이 숙소를 빠져나왔다. 이 가운데 {{r:ㄱ}}씨(40대)는 현재 안전한 곳에 있고, 함께 나온 {{p:ㅂ}}씨(30대)는 이튿날 {{u:울란우데}} 기차역에서 현장 보위원에게 붙잡힌 것으로 알려졌다.

소식통은 "현장 책임자 {{r:마}} 모 소장이 {{p:ㅂ}}씨를 숙소 지하 창고에 가둬 두고 있다"며 "곧 {{u:블라디보스토크}}를 거쳐 북송될 가능성이 크다"고 전했다. 이 현장에는 북한 노동자 약 60명이 러시아 업체 명의로 일하고 있으며, 2019년 {{u:유엔 안보리}} 결의에 따른 송환 시한 이후에도 '학생 비자'로 계속 들어왔다고 한다.

한편 {{u:푸틴}} 대통령과 {{u:김정은}} 국무위원장이 지난 9월 {{u:보스토치니 우주기지}}에서 회담한 뒤 러시아 내 북한 노동자 수가 다시 늘고 있다는 관측이 나온다. 😡

✍️ 편집: {{p:진수}} (@{{p:jinsu}}_writes)
#북한노동자 #러시아 #강제노동

💬 댓글 41

하늘나리 🌸
이분들 무사하길 🙏🙏

{{p:김태호}}
마 이게 말이 되나… 아직도 보내고 있다니

{{p:Sergey K.}}
Я живу рядом с этой стройкой. Корейцы работают до ночи, каждый день. (이 공사장 옆에 살아요. 한국 사람들 매일 밤까지 일해요.)

익명의 제보자
{{r:ㄱ}}씨 {{r:탁영진}} 맞죠? 고향 사람입니다. {{r:영진}}이 형님 무사하다니 다행이다 😭

  ↳ 📢 {{u:북녘노동자소식}}
  이름은 지워 주세요. 본인 안전 문제가 있습니다 🙏

  ↳ 익명의 제보자
  죄송합니다 ㅠㅠ 삭제가 안 되네요

{{p:박씨아저씨}}
{{r:마\u200b동규}} 그 인간 아직도 거기 있나? 2017년에 {{u:하바롭스크}}에서 나도 그 밑에서 일했음. 별명이 {{r:불독}}이었지. {{r:불독}}한테 한번 물리면 안 놔줌

  ↳ {{p:최은정}}
  {{p:박씨아저씨}}님 그때 같이 계셨던 분들 연락 되세요?

  ↳ {{p:박씨아저씨}}
  {{p:최은정}}님 몇 명은 한국 왔어요. {{p:조명혁}}이라고 같은 반이었는데 지금 {{u:안산}} 살아요

{{p:minsu_kim}}88
{{p:ㅂ}}씨 이름 {{p:변주철}}이라고 들었습니다. {{p:변주철}} 씨 동생이 한국에 있다던데 가족한테 알려야 하지 않나요?

  ↳ 📢 {{u:북녘노동자소식}}
  @{{p:minsu_kim}}88 님, 확인되지 않은 실명은 삼가 주세요. 가족 연락은 저희가 {{u:통일부}}와 협의 중입니다.

{{p:Oleg}}_Baikal
{{u:Улан-Удэ}}, ул. {{u:Трактовая}}. Прораб у них русский, {{p:Виктор}}. {{p:Витя}} нормальный мужик, но молчит.

{{p:Ｐａｋ Ｃｈｏｌ}}
{{r:마동규}}… 이름만 봐도 손이 떨리네요. 저도 {{u:울란우데}} 있었습니다

{{p:하은}} 맘 💕
기도합니다. {{p:ㅂ}}씨 북송만은 안 됩니다 🙏

{{p:Jung Hyun-woo}} ({{u:NK Watch}})
Shared to our English channel. We are in touch with the family of Mr. {{p:Byon}}. Please do not post more names. 🙏

{{p:도영선}}
{{r:마}} 소장 {{r:불독}} 맞아요 ㅋㅋ 근데 웃을 일이 아니네요. 2018년에 {{u:울란우데}} 현장에서 {{p:전}} 반장이 {{r:마동규}} 지시로 사람 때리는 거 봤습니다

  ↳ {{p:김태호}}
  {{p:도영선}}님 증언 채널에 제보해 주세요 👍

📌 고정 댓글 (관리자)
이름이 언급된 댓글 일부는 당사자 보호를 위해 숨김 처리했습니다. 제보: @{{p:jinsu}}_writes 또는 {{u:텔레그램}} 비밀채팅.""",
    },
    {
        "id": "h30-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Sung-bom", "한승범", "witness", ["승범"]),
            ("Ko Hak-rim", "고학림", "supervisor", ["여우"]),
            ("Ri Song-jin", "리성진", "coworker", ["붓대", "성진"]),
        ],
        "note": "Korean memoir excerpt by a painter sent to a Mansudae project in Dakar; nicknames 붓대, 여우, 곰보, 짝귀 beside the same words used literally (brush handle, fox); surname 고 beside 고 (particle-like 고 and 고향); Senegalese private persons in Hangul; African Renaissance Monument and Wade as public names.",
        "text": """제4장 {{r:붓대}}와 {{r:여우}}

{{u:다카르}}의 바람은 짰다. 바다에서 불어오는 바람이 캔버스에 소금을 뿌렸다. 우리 {{u:만수대창작사}} 해외 작업반 스물여섯 명은 언덕 아래 창고 같은 숙소에서 살았고, 언덕 위에는 우리가 세우는 거대한 동상, 나중에 {{u:아프리카 르네상스 기념비}}라 불리게 될 그것이 철골만 앙상하게 서 있었다.

숙소에서 나를 {{r:승범}}이라고 부르는 사람은 없었다. 나는 {{p:곰보}}였다. 어릴 적 앓은 마마 자국 때문이었다. 사람들은 이름 대신 별명으로 불렀고, 별명은 이름보다 오래 남았다.

{{r:붓대}}는 {{r:리성진}}이었다. 키가 크고 붓대처럼 말라서 붙은 별명이다. {{r:성진}}이는 나와 같은 해에 {{u:평양미술대학}}을 나왔고, 우리 반에서 사람 얼굴을 제일 잘 그렸다. 붓대를 입에 물고 생각하는 버릇이 있어서 붓대마다 이빨 자국이 나 있었다. {{r:붓대}}는 밤마다 몰래 세네갈 아이들 얼굴을 스케치했다. 공식 작업은 동상 받침대에 새길 부조와, 대통령궁에 걸 초상화였다.

{{r:여우}}는 작업반 실장 {{r:고학림}}이었다. 눈이 가늘고 웃을 때 입꼬리만 올라가서 누가 처음 {{r:여우}}라고 했는지 모르지만 다들 그렇게 불렀다. 여우 목도리를 두른 것도 아닌데 {{r:여우}}라는 말만 들어도 모두 고개를 숙였다. {{r:고}} 실장은 우리 여권을 호텔 금고에 넣어 두고, 세네갈 측에서 주는 월급 봉투를 혼자 받았다. 한 달에 한 번, 우리 손에 20달러씩 쥐어 주며 "장군님 은덕"이라고 했다. 고향에 보낼 돈은 {{r:고}} 실장이 알아서 보낸다고 했지만 아무도 믿지 않았다.

{{p:짝귀}}라는 사람도 있었다. 용접공 {{p:남궁철}}이다. 한쪽 귀가 작아서 {{p:짝귀}}였다. {{p:남궁}} 동무는 동상 안쪽 철골을 맡았다. 높이가 오십 미터가 넘었다. 2009년 봄, {{p:짝귀}}가 비계에서 떨어져 갈비뼈가 부러졌을 때, {{r:여우}}는 세네갈 병원에 보내지 않고 숙소에 눕혔다. 그날 밤 우리 숙소에 물을 대 주던 세네갈 사람 {{p:마마두}}가 자기 형 {{p:우스만}}의 차를 끌고 와서 {{p:짝귀}}를 병원에 데려갔다. {{r:고학림}}은 다음 날 아침에야 알았다. {{p:마마두}}는 그 뒤로 숙소에 오지 못했다.

숙소 앞에서 땅콩과 구운 옥수수를 파는 아주머니는 {{p:아미나타}}였다. {{r:붓대}}는 그 아주머니 얼굴을 세 번 그렸다. 세 번째 그림은 {{r:여우}}한테 들켜 찢겼다. {{r:고}} 실장은 "조선 화가가 남의 나라 장사꾼 얼굴이나 그리고 있냐"고 소리쳤다. {{r:성진}}이는 아무 말도 안 하고 찢긴 종이를 주워 주머니에 넣었다. 나중에 {{p:아미나타}} 아주머니에게 그 조각을 주었다고 했다.

2010년 4월, 동상 제막식이 있었다. {{u:압둘라예 와드}} 대통령이 연설을 했고, 우리는 숙소 창문으로 불꽃놀이를 보았다. 제막식 명단에 우리 이름은 하나도 없었다. {{r:고}} 실장 이름도 없었다. {{r:붓대}}가 말했다. "{{r:승범}}아, 저 동상은 천 년 가겠지. 우리 이름은 여기서 한 달도 안 간다."

그해 겨울 {{r:붓대}}는 {{u:나미비아}} 현장으로 옮겨 갔고, 나는 귀국했다가 2014년에 다시 나와 {{u:세네갈}}을 떠나 도망쳤다. 지금도 여우를 보면, 동물원 우리 안의 진짜 여우를 보아도, 가는 눈을 한 {{r:고학림}}이 떠오른다. 그리고 붓대를 보면 {{r:성진}}이가 떠오른다.""",
    },
    {
        "id": "h30-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Rim Un-jong", "림은정", "relative", ["임은정", "백영란"]),
            ("Rim Un-byol", "림은별", "witness", ["임은별", "은별"]),
        ],
        "note": "Petition to the Foreign Minister against forced repatriation of a seafood-factory worker arrested in Hunchun, with a table of 26 signatories; petitioner known by her DPRK name and her new ROK name; Rim/Im (림/임); pipe-separated table with district addresses as public names; a signatory in Hanja, one in English, syllable-spaced and duplicated names; CRLF.",
        "text": """탄  원  서

수  신 : {{u:외교부}} 장관
참  조 : 재외국민보호과, {{u:국가인권위원회}} 위원장
제  목 : 중국 {{u:훈춘}}에서 체포된 북한 여성 노동자 {{r:림은별}} 씨의 강제송환 중지 요청

탄원인 대표 : {{r:백영란}} (북한 이름 {{r:림은정}}, {{r:림은별}} 씨의 언니)

존경하는 장관님,

저는 2016년 한국에 온 북한이탈주민 {{r:백영란}}입니다. 북한에서 쓰던 이름은 {{r:림은정}}입니다. 제 동생 {{r:림은별}}(1996년생, 한국식 표기로는 {{r:임은별}})은 2018년부터 중국 {{u:길림성}} {{u:훈춘}}의 수산물 가공공장에 파견되어 하루 14시간씩 게와 새우를 손질했습니다.

동생은 2023년 8월 같은 공장 동료 {{p:손미향}} 씨와 함께 기숙사를 빠져나왔으나, 9월 3일 {{u:연길}}의 한 여관에서 중국 공안에 체포되었습니다. 함께 있던 {{p:손미향}} 씨의 행방은 아직 모릅니다. 공장의 북한 측 책임자 {{p:오}} 조장(이름 {{p:오명숙}})은 동생이 "돈을 훔쳐 달아났다"고 공안에 신고했다고 들었습니다. 동생은 5년 동안 월급을 한 번도 직접 받아 본 적이 없습니다.

동생이 북한으로 돌려보내지면 {{u:국가보위성}}의 조사를 받고 교화소에 보내질 것이 분명합니다. 어머니 {{p:정순애}}는 이미 2017년 제가 탈북한 뒤 고초를 겪었습니다. 장관님께서 중국 정부에 {{r:은별}}이의 강제송환을 중지하도록 요청해 주시기를 간곡히 부탁드립니다.

2023년 10월 16일
탄원인 대표 {{r:백영란}} (서명)

탄원인 명단 (총 26명)
번호 | 성명 | 주소 | 관계 | 서명
1 | {{r:백영란}} | {{u:인천 남동구}} | 언니(탄원인 대표) | (서명)
2 | {{p:김진호}} | {{u:인천 남동구}} | 형부 | (서명)
3 | {{p:박옥희}} | {{u:서울 양천구}} | 고향 지인 | (서명)
4 | {{p:리철남}} | {{u:서울 양천구}} | 고향 지인 | (서명)
5 | {{p:최 민 수}} | {{u:경기 시흥시}} | 교회 성도 | (서명)
6 | {{p:윤성진}} | {{u:경기 시흥시}} | 담임목사 | (서명)
7 | {{p:한옥란}} | {{u:경기 안산시}} | 하나원 동기 | (서명)
8 | {{p:고은비}} | {{u:경기 안산시}} | 하나원 동기 | (서명)
9 | {{p:오세라}} | {{u:서울 노원구}} | 하나원 동기 | (서명)
10 | {{p:Sarah Kim}} | {{u:서울 용산구}} | 자원봉사자 | (서명)
11 | {{p:金英子}} | {{u:경기 안산시}} | 중국동포, 동생의 {{u:훈춘}} 공장 동료의 이모 | (서명)
12 | {{p:조은혜}} | {{u:인천 연수구}} | 이웃 | (서명)
13 | {{p:조은혜}} | {{u:인천 연수구}} | 이웃 (중복 서명) | -
14 | {{p:문재영}} | {{u:서울 강서구}} | 직장 동료 | (서명)
15 | {{p:하지원}} | {{u:경기 부천시}} | 직장 동료 | (서명)
16 | {{p:도은서}} | {{u:경기 부천시}} | 교회 청년부 | (서명)
17 | {{p:노현석}} | {{u:인천 부평구}} | 탈북민 지원단체 | (서명)
18 | {{p:이 소 연}} | {{u:서울 마포구}} | 대학생 | (서명)
19 | {{p:전명철}} | {{u:경기 화성시}} | 고향 지인(동생 {{r:은별}}의 소학교 선생님 아들) | (서명)
20 | {{p:리향}} | {{u:경기 화성시}} | 고향 지인 | (서명)
21 | {{p:남궁 현}} | {{u:대전 유성구}} | 변호사 | (서명)
22 | {{p:탁미란}} | {{u:대전 유성구}} | 사회복지사 | (서명)
23 | {{p:배 은}} | {{u:부산 사하구}} | 탈북민 | (서명)
24 | {{p:John Lee}} | {{u:서울 용산구}} | 선교사 | (서명)
25 | {{p:라순덕}} | {{u:경기 고양시}} | 탈북민, {{p:손미향}}의 고향 언니 | (서명)
26 | {{p:금옥}} | {{u:경기 고양시}} | 탈북민(성 없이 서명) | (서명)

첨부: 1. 탄원인 대표 가족관계 확인서({{u:통일부}} 발급) 1부  2. {{r:림은별}} 사진 1매  3. 언론 보도({{u:자유아시아방송}}, 2023. 9. 20.) 1부. 끝.""",
    },
    {
        "id": "h30-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Na Yun-hui", "나윤희", "other", ["윤희"]),
            ("Ha Myong-chol", "하명철", "witness", ["명철"]),
            ("Olga Kim", "올가 김", "other", ["Ольга Ким", "올가"]),
        ],
        "note": "KakaoTalk PC group-chat export of an NGO team preparing an interview with a former Amur logging worker; speaker names in brackets with titles; surnames 나, 하, 도 beside the pronoun 나, laughter 하하 and the particle 도; Koryo-saram interpreter in Hangul and Cyrillic; deleted message, photo and emoticon placeholders; mixed line endings.",
        "text": """북녘증언팀 님과 카카오톡 대화
저장한 날짜 : 2024-03-06 22:41:07

--------------- 2024년 3월 5일 화요일 ---------------
[{{r:나윤희}} 팀장] [오후 3:12] 내일 {{r:하}} 선생님 인터뷰 몇 시로 확정됐죠?
[{{p:도하민}}] [오후 3:13] 2시요! 장소는 사무실 2층 작은 회의실
[{{p:도하민}}] [오후 3:13] 아 나 오늘은 6시에 칼퇴합니다 ㅎㅎ
[{{r:나윤희}} 팀장] [오후 3:14] ㅋㅋ 나도
[{{p:Mina Jo}}] [오후 3:20] 저도 가능해요. 러시아어 쪽은 {{r:올가}} 씨가 온대요
[{{r:나윤희}} 팀장] [오후 3:21] {{r:올가}} 씨 풀네임이 {{r:올가 김}} 맞죠? 사례비 서류에 써야 해서
[{{p:Mina Jo}}] [오후 3:22] 네 {{r:Ольга Ким}}, 여권에는 {{r:KIM OLGA}}로 돼 있어요
[{{p:도하민}}] [오후 3:25] 사진
[{{p:도하민}}] [오후 3:25] {{r:하명철}} 선생님이 보내 주신 {{u:틴다}} 숙소 사진이에요. 뒤에 서 있는 사람이 반장 {{p:곽}}이래요
[{{r:나윤희}} 팀장] [오후 3:27] 얼굴 나온 사람 모자이크 필수. {{p:곽}} 반장 포함
[{{p:도하민}}] [오후 3:27] 넵 👌
[인턴 {{p:준}}🐻] [오후 3:40] 질문지 초안 올렸습니다! 드라이브 확인 부탁드려요
[{{r:나윤희}} 팀장] [오후 3:41] {{p:준}}아 고마워 ㅎㅎ 근데 7번 질문에 {{r:하}} 선생님 동생 이름 들어가 있어. 빼 줘
[인턴 {{p:준}}🐻] [오후 3:42] 앗 죄송합니다 {{p:하명수}} 씨 이름 삭제했어요
[{{r:나윤희}} 팀장] [오후 3:42] 여기에도 쓰면 안 되지 ㅋㅋㅋ 하하 이미 늦었다
[인턴 {{p:준}}🐻] [오후 3:43] 삭제된 메시지입니다.

--------------- 2024년 3월 6일 수요일 ---------------
[{{r:나윤희}} 팀장] [오후 4:30] 인터뷰 끝. 다들 수고했어요
[{{r:나윤희}} 팀장] [오후 4:32] 정리: 1) {{r:명철}} 씨 {{u:아무르주}} {{u:틴다}} 벌목장 2012~2016. 2) 반장 {{p:곽영호}}, 지도원 {{p:서}}(이름 모름) 3) 2015년 겨울 동료 {{p:안광일}} 동상으로 발가락 절단. 4) 러시아 경찰 {{p:드미트리}}가 2016년 검문 때 여권 없는 걸 보고도 놔줬다고
[{{p:도\u200b하민}}] [오후 4:33] 추가로 {{r:하}} 선생님 동생 {{p:명수}} 씨도 같은 벌목장에 있었던 거 맞대요. 동생은 2017년 귀국
[{{p:Mina Jo}}] [오후 4:35] {{p:안광일}} 씨는 한국식으로 {{p:안광일}} 그대로고요, 러시아 서류에는 {{p:Ан Гван Ир}}이었대요. {{r:올가}} 씨가 확인해 줬어요
[{{r:올가}} ({{u:고려인센터}})] [오후 4:37] 네 맞아요. 그리고 {{p:드미트리}} 성은 {{p:Соколов}} 같다고 하셨어요. 확실하진 않아요
[{{r:나윤희}} 팀장] [오후 4:40] 고마워요 {{r:올가}} 씨 🙏 다음 주 {{u:국가정보원}} 쪽 자료 요청은 제가 할게요
[인턴 {{p:준}}🐻] [오후 4:41] 이모티콘
[{{r:나윤희}} 팀장] [오후 4:45] {{p:준}}이 녹취 풀 때 {{r:하}} 선생님 발음 "{{p:곽}}가"랑 "박가" 헷갈리지 않게 주의! 반장은 {{p:곽}}이야
[{{p:도하민}}] [오후 4:46] 오늘 {{r:명철}} 선생님 마지막에 우신 거… 저도 좀 울컥했어요
[{{r:나윤희}} 팀장] [오후 4:48] 응. {{r:윤희}}도 그랬어. 다들 푹 쉬어요""",
    },
    {
        "id": "h30-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            (
                "Pak Song-chol",
                "박성철",
                "witness",
                ["Пак Сон Чхоль", "PAK SONG CHOL", "Park Seong-cheol"],
            ),
            ("Kim Chol-un", "김철운", "supervisor", ["Ким Чхоль Ун"]),
        ],
        "note": "Bilingual labour contract (Russian / DPRK Korean) for a Vladivostok construction worker, with an NGO annotation in English; Russian names in genitive and with patronymics, Korean names in Cyrillic transcription, surname-first capitals; notary and director as private persons; DPRK and Russian organisations; CRLF.",
        "text": """ТРУДОВОЙ ДОГОВОР № 17/2018-КН
로동계약서 제17/2018-КН호

г. {{u:Владивосток}}                                   «12» марта 2018 г.
{{u:블라디보스또크}}시                                    2018년 3월 12일

{{u:Общество с ограниченной ответственностью «СтройИнвест-Восток»}}, в лице генерального директора {{p:Петренко Андрея Викторовича}}, действующего на основании Устава, именуемое в дальнейшем «Работодатель», с одной стороны, и гражданин КНДР {{r:Пак Сон Чхоль}}, паспорт № 745512083, именуемый в дальнейшем «Работник», с другой стороны, заключили настоящий договор о нижеследующем.

유한책임회사 《{{u:스트로이인베스트-보스또크}}》(총사장 {{p:뻬뜨렌꼬 안드레이 빅또로비치}}, 이하 《고용자》)와 조선민주주의인민공화국 공민 {{r:박성철}}(려권번호 745512083, 이하 《로동자》)은 다음과 같이 계약을 맺는다.

1. ПРЕДМЕТ ДОГОВОРА / 계약의 대상
1.1. Работник принимается на должность штукатура-маляра на объект «Жилой комплекс {{u:Чайка}}», ул. {{u:Калинина}}, г. {{u:Владивосток}}.
1.1. 로동자는 {{u:블라디보스또크}}시 {{u:깔리니나}}거리 《{{u:챠이까}}》 살림집건설대상에 미장-도장공으로 채용된다.
1.2. Работник направлен {{u:Корейской генеральной компанией «Намган»}} (КНДР) на основании договора № НГ-55 от 02.01.2018.
1.2. 로동자는 {{u:조선남강건설무역회사}}와 맺은 계약(НГ-55호, 2018.1.2.)에 따라 파견된다.

2. СРОК ДОГОВОРА / 계약기간
2.1. С 12.03.2018 по 11.03.2020. / 2018년 3월 12일부터 2020년 3월 11일까지.

3. РЕЖИМ РАБОТЫ / 로동시간
3.1. Продолжительность рабочего времени - 40 часов в неделю. Выходные дни - суббота, воскресенье.
3.1. 로동시간은 주 40시간으로 하며 토요일, 일요일은 휴식일로 한다.

4. ОПЛАТА ТРУДА / 로임
4.1. Должностной оклад Работника составляет 45 000 (сорок пять тысяч) рублей в месяц.
4.1. 로동자의 월 로임은 45 000루블로 한다.
4.2. По письменному заявлению Работника заработная плата перечисляется уполномоченному представителю корейской стороны.
4.2. 로동자의 서면신청에 따라 로임은 조선측 대표에게 넘겨준다.

5. ПОДПИСИ СТОРОН / 쌍방 수표

Работодатель / 고용자:
Генеральный директор ________ {{p:А. В. Петренко}}
총사장 ________ {{p:아.베. 뻬뜨렌꼬}}

Работник / 로동자:
________ {{r:Пак Сон Чхоль}} / {{r:박성철}}

Представитель корейской стороны / 조선측 대표:
________ {{r:Ким Чхоль Ун}} / {{r:김철운}} (작업반장)

Перевод с корейского языка на русский язык выполнен переводчиком {{p:Ли Ириной Сергеевной}}.
Подпись переводчика свидетельствую. Нотариус Владивостокского нотариального округа {{p:Кравец О. Л.}}
Зарегистрировано в реестре № 25/112-н/25-2018-3-441.

----------------------------------------------------------------------
NGO ANNOTATION ({{u:NorthStar}}, 2023-02-14, {{p:DM}}):
- Contract obtained from the witness, {{r:PAK SONG CHOL}} (in ROK now {{r:Park Seong-cheol}}), who kept a photocopy in the lining of his bag. Original stayed with team leader {{r:Kim Chol-un}}.
- Clause 3.1 (40 h/week, weekends off) never applied: witness worked 07:00-22:00 daily. Clause 4.2 is the mechanism: the "written application" was a blank sheet every worker signed on arrival, collected by {{r:Kim}}.
- Witness says {{r:김철운}} received the salaries in cash at the company office from the bookkeeper, a woman called {{p:Natasha}} ({{p:Наталья}}), and handed each man 3,000-5,000 RUB.
- The translator, {{p:Ли Ирина Сергеевна}} ({{p:Irina Li}}), is Koryo-saram; witness remembers her as kind. Do not contact without consent.
- Director {{p:Petrenko}} appears in the {{u:Rusprofile}} register as director until 2021; check whether he or {{r:Kim}} signed the 2019 extension.
- Co-workers named by witness: {{p:Jo Kwang-nam}} (same contract form, No. 18), {{p:Ri Chol}} (No. 19), and "{{p:Tolstyak}}" (Russian nickname "fatty" given by the foreman to {{p:Ri Chol}}).""",
    },
    {
        "id": "h30-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Song-guk", "림성국", "witness", ["Im Sung-kook", "임성국", "Song-guk", "성국"]),
            ("Jenny Song", "송제니", "relative", ["Jenny", "제니"]),
        ],
        "note": "Facebook Messenger export between a former Krestovsky stadium worker in Seoul, his US cousin and an NGO volunteer; sender names on their own lines, reactions and 'unsent a message' system lines with names; surname Song beside 'song' and Song as a given-name part (Song-guk); Rim/Im; stadium, club and gas company as public names.",
        "text": """{{u:Facebook Messenger}} - conversation export
Participants: {{r:Jenny Song}}, {{r:Im Sung-kook}}, {{p:Hye-ran Pak}}
Exported 2024-01-18 by {{r:Jenny Song}}

{{r:Jenny Song}}
Oppa, I'm adding {{p:Hye-ran}} here. She volunteers at the NGO I told you about 😊
Jan 9, 2024, 8:02 PM

{{p:Hye-ran Pak}}
안녕하세요 선생님! {{p:박혜란}}입니다. {{r:Jenny}}한테 얘기 많이 들었어요 🙏
Jan 9, 2024, 8:05 PM

{{r:Im Sung-kook}}
네 안녕하세요. {{r:림\u200b성국}}입니다. 한국 이름은 {{r:임성국}}인데 편하게 부르세요
Jan 9, 2024, 8:11 PM

{{p:Hye-ran Pak}}
{{r:Jenny}} said you worked on the stadium in {{u:St Petersburg}}? The {{u:Krestovsky}} one?
Jan 9, 2024, 8:12 PM

{{r:Im Sung-kook}}
네 맞아요. 2016년부터 2017년까지. 지금은 {{u:Gazprom Arena}}라고 하더라고요. 그때는 {{u:Zenit}} 경기장이라고만 했어요
Jan 9, 2024, 8:15 PM

{{r:Im Sung-kook}}
우리 작업반은 지붕 쪽 철골. 반장이 {{p:박}}가였어요. {{p:박정훈}}. 사람들은 "{{p:박}} 반장" 아니면 "{{p:정훈}}이 형"
Jan 9, 2024, 8:16 PM

{{p:Hye-ran Pak}}
ㅎㅎ 저랑 성이 같네요 (저는 {{p:Pak}}이 아니라 {{p:Park}}으로 써요)
Jan 9, 2024, 8:17 PM

❤️ {{r:Jenny Song}} reacted to a message

{{r:Im Sung-kook}}
2017년 11월에 우리 반 {{p:장철호}}가 숙소에서 죽었어요. 컨테이너 숙소. 아침에 안 일어나서 보니까… 심장이라고 했어요. 나이 47
Jan 9, 2024, 8:21 PM

{{p:Hye-ran Pak}}
😢 그분 가족 이름 기억하세요? 나중에 유엔 쪽에 낼 때 필요할 수도 있어서요
Jan 9, 2024, 8:23 PM

{{r:Im Sung-kook}}
아내 이름은 {{p:윤옥실}}이라고 했던 거 같아요. {{p:철호}} 형이 맨날 {{p:옥실}}이 {{p:옥실}}이 했어요
Jan 9, 2024, 8:25 PM

{{r:Im Sung-kook}} unsent a message

{{r:Jenny Song}}
Oppa you can write in Korean, I'll translate for the report 💪
Jan 9, 2024, 8:30 PM

{{r:Jenny Song}}
Also {{p:Hye-ran}} the song he mentioned last time, the one they sang on the roof - it's "반갑습니다". lol I listened to it on {{u:YouTube}}
Jan 9, 2024, 8:31 PM

{{r:Im Sung-kook}}
ㅋㅋ 그 노래 {{p:철호}} 형이 제일 잘 불렀어
Jan 9, 2024, 8:33 PM

{{p:Hye-ran Pak}}
Thank you {{r:Song-guk}} 선생님. 다음 주에 {{u:Seoul}} 사무실에서 정식 인터뷰 가능하실까요? 저희 팀장 {{p:강예진}}도 같이 들어가요
Jan 9, 2024, 8:40 PM

{{r:Im Sung-kook}}
네. 근데 {{p:박정훈}} 이름은 빼 주세요. 그 사람도 시킨 대로 한 거예요. 위에 {{p:안}}이라는 보위원이 있었어요. {{p:안}} 보위원이 진짜 나쁜 사람
Jan 9, 2024, 8:44 PM

👍 {{p:Hye-ran Pak}} reacted to a message

{{r:Jenny Song}}
Love you oppa. Say hi to {{p:Min-seo}} and the baby 👶
Jan 9, 2024, 8:50 PM

{{r:Im Sung-kook}}
{{p:민서}}가 {{r:제니}} 고모 언제 오냐고 해 ㅎㅎ
Jan 9, 2024, 8:52 PM

{{p:Hye-ran Pak}} named the group "{{r:성국}} 선생님 인터뷰 📋"
Jan 10, 2024, 9:10 AM""",
    },
    {
        "id": "h30-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Byon Kyong-chol", "변경철", "coworker", ["경철", "Kyong-chol"]),
            ("Seong Min-ah", "성민아", "other", ["Mina"]),
            ("So Yong-ae", "소영애", "relative", ["영애"]),
        ],
        "note": "Phone contact list export (vCard 3.0) of a former Kuwait construction worker; N field with surname and given name split by semicolons, FN with kinship terms and tags, NICKNAME, e-mail local parts, NOTE fields naming third persons; organisations in ORG; surname So beside 'so'; CRLF.",
        "text": """BEGIN:VCARD
VERSION:3.0
N:{{r:변}};{{r:경철}};;;
FN:{{r:경철}}이 형 (쿠웨이트)
NICKNAME:{{r:변}}반장
TEL;TYPE=CELL:+82-10-2931-4470
NOTE:쿠웨이트 {{u:자흐라}} 현장 같이 일한 형. 2019 입국. {{r:변}} 형 처 {{p:민순옥}} 아직 {{u:함흥}}
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:{{r:Seong}};{{r:Min-ah}};;;
FN:{{r:Seong Min-ah}} (NGO)
ORG:{{u:Open Gate Human Rights Centre}}
EMAIL;TYPE=WORK:{{r:minah.seong}}@opengate-hr.org
TEL;TYPE=CELL:+82-10-7712-0935
NOTE:상담 담당. {{r:Mina}} 쌤. 목요일 오후 통화 가능
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:{{r:소}};{{r:영애}};;;
FN:{{r:영애}} 누나
TEL;TYPE=CELL:+86-138-0433-xxxx
NOTE:중국 번호. {{u:연길}}. 누나 남편 {{p:채}}씨(조선족) 폰. 밤 10시 이후만
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:{{p:Raju}} taxi
TEL;TYPE=CELL:+965-9970-xxxx
NOTE:{{u:Kuwait}} taxi. Indian. So kind. Helped me 2019. {{p:Raju}} brother {{p:Suresh}} also driver
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:{{p:Jo}};{{p:Hyun-soo}};;;
FN:{{p:Jo Hyun-soo}} 변호사
ORG:{{u:법무법인 한결}}
EMAIL;TYPE=WORK:{{p:hsjo}}@hangyeol-law.kr
TEL;TYPE=WORK:+82-2-3476-1100
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:하나센터;;;;
FN:{{u:남부하나센터}} {{p:윤}} 선생님
ORG:{{u:서울남부하나센터}}
TEL;TYPE=WORK:+82-2-2069-xxxx
NOTE:담당 {{p:윤미경}}. 취업 교육 문의
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:신변보호;{{p:차}};;;
FN:{{p:차}} 경위님
TEL;TYPE=CELL:+82-10-4490-xxxx
NOTE:{{u:양천경찰서}} 보안과. 신변보호 담당 {{p:차동훈}}
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:{{p:Kim}};{{p:Do-hyun}};;;
FN:{{p:Kim Do-hyun}}
NICKNAME:{{p:도현}}이
EMAIL;TYPE=HOME:{{p:dohyun.kim}}1990@gmail.com
TEL;TYPE=CELL:+82-10-5521-xxxx
NOTE:교회 형. {{u:새빛교회}} 청년부. 이사 도와줌
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:{{p:Ahmed}} (camp boss)
TEL;TYPE=CELL:+965-6551-xxxx
NOTE:{{u:Al Zahra}} camp Egyptian supervisor. Not safe?? {{r:경철}} 형 says OK
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:{{p:O}};{{p:Sung-min}};;;
FN:{{p:O Sung-min}}
NICKNAME:{{p:오}} 기사
TEL;TYPE=CELL:+82-10-3382-xxxx
NOTE:택배 일 소개해 준 분. 오전만 통화
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:병원;;;;
FN:{{u:목동사랑병원}} 정형외과
TEL;TYPE=WORK:+82-2-2650-xxxx
NOTE:담당 {{p:이현주}} 선생님. 다음 예약 3/14
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:{{p:Bang}};{{p:Eun-ji}};;;
FN:{{p:Bang Eun-ji}} (통역)
EMAIL;TYPE=HOME:{{p:eunji_bang}}@naver.com
TEL;TYPE=CELL:+82-10-9064-xxxx
NOTE:아랍어 통역 자원봉사. {{r:Mina}} 쌤 소개
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:{{p:꼬맹이}} {{p:혁}}이
TEL;TYPE=CELL:+82-10-6613-xxxx
NOTE:쿠웨이트 막내 {{p:남혁}}. 2020 입국. {{u:안산}} 공장
END:VCARD""",
    },
    {
        "id": "h30-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Yong-ae", "리영애", "witness", ["Lee Young-ae", "李英愛", "Yong-ae", "W1"]),
            ("Jong Kum-hwa", "정금화", "supervisor", ["Jeong Geum-hwa", "鄭今花", "금화"]),
            ("Rim Chun-sim", "림춘심", "official", ["Im Chun-sim", "林春心"]),
        ],
        "note": "Interpreter's glossary of names for a Donggang seafood plant case: Hangul, DPRK and ROK romanizations, Hanja/Chinese in pipe-separated columns; private witness who shares her name with a famous actress (public); Ro/No, Ryu/Yu, Rim/Im, Choe/Choi pairs; Chinese title glued to surname (朴总); given name 建国 and flower 금화 as words; places and organisations in three scripts.",
        "text": """INTERPRETER'S GLOSSARY / 통역 용어집
Case CN-2023-07 ({{u:Donggang}} seafood plant) - for interpreters and transcribers only
Compiled by {{p:Yoon Seo-hee}} (KR-EN-ZH interpreter), last updated 2024-02-20

A. PERSONS (인명)
Hangul   | DPRK romanization | ROK romanization  | Hanja / Chinese            | Role / notes
{{r:리영애}}   | {{r:Ri Yong-ae}}        | {{r:Lee Young-ae}}      | {{r:李英愛}}                    | witness ({{r:W1}}). NOT the actress {{u:Lee Young-ae}} ({{u:이영애}}): search results mix them up.
{{r:정금화}}   | {{r:Jong Kum-hwa}}      | {{r:Jeong Geum-hwa}}    | {{r:鄭今花}}                    | DPRK team leader (조장). {{r:W1}} says "{{r:정}} 조장" or "{{r:금화}} 조장".
{{p:로명숙}}   | {{p:Ro Myong-suk}}      | {{p:No Myeong-suk}}     | {{p:盧明淑}}                    | co-worker, {{r:W1}}'s bunkmate. ROK documents: {{p:노명숙}}.
{{p:류선옥}}   | {{p:Ryu Son-ok}}        | {{p:Yu Seon-ok}}        | {{p:柳善玉}}                    | co-worker, died 2021 (statement p. 14).
{{r:림춘심}}   | {{r:Rim Chun-sim}}      | {{r:Im Chun-sim}}       | {{r:林春心}}                    | security official (보위지도원). {{r:W1}}: "{{r:림}} 지도원".
{{p:최광철}}   | {{p:Choe Kwang-chol}}   | {{p:Choi Gwang-cheol}}  | {{p:崔光哲}}                    | DPRK consular officer, {{u:Shenyang}}; visited plant twice.
{{p:박성호}}   | -                 | {{p:Park Sung-ho}}      | {{p:朴成浩}} (pinyin {{p:Piao Chenghao}}) | Korean-Chinese plant manager. Chinese staff: "{{p:朴}}总".
{{p:왕젠궈}}   | -                 | -                 | {{p:王建国}} ({{p:Wang Jianguo}})   | Chinese owner. 建国 is also a common word ("nation-building") in slogans - transcribe as a name only when it is him.
{{p:순실}}     | {{p:Sun-sil}}           | {{p:Sun-sil}}           | -                          | {{r:W1}}'s daughter in {{u:Sinuiju}}; given name only, do NOT add surname.
{{p:명숙}}이   | -                 | -                 | -                          | = {{p:로명숙}} (how {{r:W1}} addresses her). Also "{{p:숙}}이".

B. PLACES (지명)
Hangul | DPRK romanization | ROK / pinyin  | Chinese
{{u:단둥}}   | {{u:Tandong}}           | {{u:Dandong}}       | {{u:丹东}}
{{u:동강}}   | {{u:Tonggang}}          | {{u:Donggang}}      | {{u:东港}}
{{u:신의주}} | {{u:Sinuiju}}           | {{u:Sinuiju}}       | {{u:新义州}}
{{u:심양}}   | {{u:Simyang}}           | {{u:Shenyang}}      | {{u:沈阳}}
{{u:압록강}} | {{u:Amnok River}}       | {{u:Yalu River}}    | {{u:鸭绿江}}

C. ORGANISATIONS (기관)
{{u:조선릉라888무역회사}} | {{u:Korea Rungra 888 Trading Company}} | {{u:朝鲜绫罗888贸易公司}}
{{u:동강시공안국}} | {{u:Donggang Public Security Bureau}} | {{u:东港市公安局}}
{{u:주심양조선총령사관}} | {{u:DPRK Consulate General in Shenyang}} | {{u:朝鲜驻沈阳总领事馆}}

D. USAGE NOTES
1. {{r:W1}} pronounces 리 as "ri"; keep {{r:Ri Yong-ae}} in English transcripts, {{r:Lee Young-ae}} only where we cite her ROK ID.
2. "금화" alone can be {{r:정금화}} or the flower in the song "금화꽃". Check context.
3. "안" in {{r:W1}}'s speech is negation; no one named An in the team.
4. "{{p:최}} 령사" = {{p:최광철}}. Do not translate 령사 as "leader"; it is "consul".
5. If {{r:W1}} says "{{r:춘심}}이" she means {{r:림춘심}} (disrespectful, keep as is).

Reviewed by {{p:Kang Min-jae}} / questions to {{p:seohee.yoon}}@opengate-hr.org""",
    },
    {
        "id": "h30-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Piao Guangri", "박광일", "other", ["朴光日", "Pak Kwang-il"]),
            ("Ri Un-ha", "리은하", "witness", ["李某某", "이모모", "은하", "Un-ha"]),
        ],
        "note": "Chinese criminal judgment from Hunchun (organising illegal border crossing) with a Korean translation of key paragraphs and an NGO footnote in English; Chinese anonymised names (李某某, 金某, 张某) that stand for private persons; broker alias 老黄; judges and clerk as private persons; ethnicity 朝鲜族 and nationality 朝鲜籍 not names; mixed line endings.",
        "text": """{{u:吉林省珲春市人民法院}}
刑 事 判 决 书
（2020）吉2404刑初87号

公诉机关{{u:珲春市人民检察院}}。

被告人{{r:朴光日}}，男，1975年5月12日出生，朝鲜族，初中文化，无业，户籍地{{u:吉林省图们市}}。因涉嫌组织他人偷越国境罪，于2019年11月3日被{{u:珲春市公安局}}刑事拘留，同年12月6日被逮捕。现羁押于{{u:珲春市看守所}}。
辩护人{{p:金明哲}}，{{u:吉林延边正义律师事务所}}律师。

被告人{{p:崔某}}，女，1981年出生，汉族，个体经营者，户籍地{{u:黑龙江省牡丹江市}}。因涉嫌运送他人偷越国境罪，于2019年11月3日被刑事拘留，同年12月6日被取保候审。

{{u:珲春市人民检察院}}以珲检刑诉〔2020〕61号起诉书指控被告人{{r:朴光日}}、{{p:崔某}}犯组织他人偷越国境罪、运送他人偷越国境罪，于2020年3月10日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。

经审理查明：2019年10月，被告人{{r:朴光日}}受绰号"{{p:老黄}}"的男子（另案处理）委托，将在{{u:珲春市}}某水产品加工企业务工的朝鲜籍人员{{r:李某某}}、{{p:金某}}、{{p:韩某}}三人藏匿于其在{{u:珲春市}}{{u:靖和街道}}租住的房屋内，并收取好处费人民币15000元。同年11月2日，被告人{{p:崔某}}驾驶其所有的吉C号牌小型轿车，欲将上述三人运送至{{u:长春市}}，途经{{u:珲春}}至{{u:图们}}公路检查站时被查获。

上述事实，有证人{{p:张某}}（房东）的证言，证人{{r:李某某}}、{{p:金某}}的陈述，辨认笔录，扣押清单，手机通话记录，被告人{{r:朴光日}}、{{p:崔某}}的供述等证据证实。

本院认为，被告人{{r:朴光日}}违反国（边）境管理法规，组织他人偷越国境，其行为已构成组织他人偷越国境罪……判决如下：
一、被告人{{r:朴光日}}犯组织他人偷越国境罪，判处有期徒刑二年六个月，并处罚金人民币二万元。
二、被告人{{p:崔某}}犯运送他人偷越国境罪，判处有期徒刑一年，缓刑一年六个月，并处罚金人民币五千元。

审 判 长  {{p:刘海峰}}
审 判 员  {{p:赵 丽}}
人民陪审员  {{p:孙建华}}
二〇二〇年五月十九日
书 记 员  {{p:王璐}}

────────────────────
[한국어 번역 - 주요 부분, 번역: {{p:한예슬}}]
피고인 {{r:박광일}}({{r:朴光日}}), 남, 1975년 5월 12일생, 조선족, {{u:길림성}} {{u:도문시}} 호적. 조직타인월경죄 혐의로 2019년 11월 3일 형사구류.
2019년 10월 피고인 {{r:박광일}}은 별명 "{{p:라오황}}"({{p:老黄}})이라는 남성(별건 처리)의 부탁을 받고, {{u:훈춘시}} 소재 수산물 가공업체에서 일하던 조선 국적자 {{r:이모모}}({{r:李某某}}), {{p:김모}}({{p:金某}}), {{p:한모}}({{p:韩某}}) 3명을 자신이 세 든 집에 숨겨 주고 1만 5천 위안을 받았다.
11월 2일 피고인 {{p:최모}}({{p:崔某}})가 자기 승용차로 위 3명을 {{u:장춘}}으로 태워 가다가 {{u:훈춘}}-{{u:도문}} 도로 검문소에서 적발되었다.
판결: {{r:박광일}} 징역 2년 6월, 벌금 2만 위안. {{p:최모}} 징역 1년, 집행유예 1년 6월.

────────────────────
NGO FOOTNOTE ({{u:NorthStar}} Legal, {{p:D. Moon}}):
- "{{r:李某某}}" in the judgment is our witness {{r:Ri Un-ha}} ({{r:리은하}}), who was repatriated to the DPRK in April 2020 and left again in 2022. She confirms that "{{p:金某}}" is {{p:Kim Song-mi}} and "{{p:韩某}}" is {{p:Han Ok-ju}}; both were repatriated with her and their fate is unknown.
- {{r:Un-ha}} describes {{r:Pak Kwang-il}} ({{r:Piao Guangri}}) as "not a bad man, he fed us" and Ms. {{p:Cui}}'s car as "white". The broker "{{p:Lao Huang}}" was never arrested according to {{r:은하}}.
- The judgment does not mention where the three women worked. {{r:Un-ha}} names the plant as {{u:Hunchun Ocean Star Seafood Processing Co., Ltd.}}""",
    },
    {
        "id": "h30-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("O Yong-chol", "오영철", "supervisor", ["O"]),
            ("Han Kwang-bok", "한광복", "witness", ["Kwang-bok"]),
            ("Marek Zielinski", "마레크 지엘린스키", "official", ["Marek Zieliński", "Zieliński"]),
        ],
        "note": "Polish labour inspectorate inspection protocol (2016) at a Gdynia shipyard subcontractor with Korean translator's notes; Polish declension of names (Wróblewskiego, Dąbrowskiej, Kima), abbreviation p. (pan/pani) before names; DPRK team leader surname O beside the Polish preposition 'o' and 'o godz.'; Chinese interpreter surname Song; worker table; CRLF.",
        "text": """{{u:PAŃSTWOWA INSPEKCJA PRACY}}
{{u:OKRĘGOWY INSPEKTORAT PRACY W GDAŃSKU}}
Oddział w {{u:Gdyni}}

PROTOKÓŁ KONTROLI
Nr rej.: 1103-1211-K008-Pr/16

Kontrolę przeprowadził: {{r:Marek Zieliński}} - starszy inspektor pracy, przy udziale {{p:Anny Dąbrowskiej}} - inspektor pracy.
Podmiot kontrolowany: {{u:Baltic Steel Works Sp. z o.o.}}, ul. {{u:Hutnicza}} 12, 81-061 {{u:Gdynia}}.
Osoba reprezentująca podmiot: {{p:Tomasz Wróblewski}} - Prezes Zarządu.
Miejsce kontroli: teren {{u:Stoczni Nauta}}, hala nr 3 i pochylnia.
Data kontroli: 14-22.06.2016 r.

I. USTALENIA
1. W dniu 14.06.2016 r. o godz. 7:15 na terenie hali nr 3 pracę wykonywało 14 obywateli {{u:KRLD}}, zatrudnionych przez {{u:Baltic Steel Works Sp. z o.o.}} na podstawie umów o dzieło.
   [번역 주: 조선민주주의인민공화국 국적자 14명이 도급계약으로 일하고 있었음. 오전 7시 15분.]
2. Z wyjaśnień p. {{p:Wróblewskiego}} wynika, że pracownicy zostali skierowani przez spółkę {{u:Rungrado Polska}}, a kierownikiem grupy jest p. {{r:O Yong-chol}}.
   [번역 주: "p."는 pan(씨). {{r:O Yong-chol}} = {{r:오영철}}, 작업반장.]
3. Przesłuchano, przy pomocy tłumaczki języka chińskiego p. {{p:Song Mei}}, trzech pracowników: p. {{r:Han Kwang-bok}}, p. {{p:Kim Chol}} oraz p. {{p:Ri Myong-gil}}. Pracownicy odpowiadali krótko, w obecności p. {{r:O}}, który kilkakrotnie przerywał tłumaczenie.
   [번역 주: 통역은 중국어 통역 {{p:Song Mei}}(宋梅). {{r:O}} 반장이 옆에서 통역을 여러 번 끊었다고 기록됨.]
4. P. {{r:Han Kwang-bok}} wyjaśnił, że pracuje od godz. 7:00 do 20:00, sześć dni w tygodniu, a wynagrodzenie otrzymuje "od pana {{p:Kim}}a w {{u:Warszawie}}". Nie potrafił podać wysokości wynagrodzenia. Paszport - "u kierownika".
   [번역 주: 오전 7시부터 오후 8시까지, 주 6일. 임금은 "바르샤바의 {{p:김}} 선생"에게서 받는다고 함. 여권은 "반장에게".]
5. Ewidencja czasu pracy za maj 2016 r. wykazuje 168 godzin dla każdego pracownika. Ewidencję podpisał p. {{r:O}} w imieniu wszystkich pracowników.
6. P. {{p:Wróblewski}} oświadczył, że wynagrodzenie przekazuje przelewem na rachunek {{u:Rungrado Polska}} i nie wie, ile otrzymują pracownicy.

II. WYKAZ PRACOWNIKÓW (fragment)
Lp. | Imię i nazwisko        | Nr paszportu | Stanowisko
1   | {{r:O Yong Chol}}            | 563310228    | kierownik grupy
2   | {{r:Han Kwang Bok}}          | 563310231    | spawacz
3   | {{p:Kim Chol}}               | 563310240    | spawacz
4   | {{p:Ri Myong Gil}}           | 563310244    | monter
5   | {{p:Jang Un Song}}           | 563310251    | monter
6   | {{p:Pak Tae Hyok}}           | 563310259    | spawacz
7   | {{p:Kang Song Il}}           | 563310262    | malarz
(pozostali: zał. nr 2)

III. WNIOSKI
Wobec braku możliwości ustalenia rzeczywistego wynagrodzenia pracowników, sprawę przekazano do {{u:Straży Granicznej}} oraz {{u:Prokuratury Rejonowej w Gdyni}}.

Protokół sporządzono w dwóch egzemplarzach. O prawie do wniesienia zastrzeżeń pouczono.

Podpis kontrolowanego: {{p:Tomasz Wróblewski}}
Podpis inspektora pracy: {{r:Marek Zieliński}}

----
[단체 메모 / NGO note, {{p:이수아}}]
- 증인 {{r:한광복}}(2019년 입국)이 이 조서를 보고 본인 진술이 맞다고 확인함. "{{p:Song}} 통역은 한국말을 하나도 몰랐고, {{r:오영철}} 반장이 중국어로 대신 대답했다."
- "pan {{p:Kim}} w {{u:Warszawie}}"는 {{r:한광복}} 설명으로는 {{u:주폴란드 북한대사관}} 직원 {{p:김명수}}.
- {{r:Zieliński}} inspector retired 2020; {{r:Marek}} agreed to a background call via Mec. {{p:Wójcik}}.""",
    },
    {
        "id": "h30-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-min", "김철민", "coworker", ["Ким Чол Мин", "Kim Chol Min"]),
            ("Chae Yong-sik", "채영식", "witness", ["Цай Ён Сик"]),
            ("Hwang Myong-gil", "황명길", "supervisor", ["Хван Мён Гил", "Hwang Myong Gil"]),
        ],
        "note": "Mongolian fluorspar mine accident report in Mongolian Cyrillic with an unofficial English translation and Korean staff notes; Mongolian names with patronymic initial (Д.Ганбаатар), Korean names in Mongolian Cyrillic transcription, witness statement; state inspection agency, police and mine company as public names.",
        "text": """ҮЙЛДВЭРЛЭЛИЙН ОСЛЫН ТАЙЛАН
INDUSTRIAL ACCIDENT REPORT
(Unofficial translation: {{u:Open Gate Human Rights Centre}}, 2023. Korean notes by staff in [ ])

Аж ахуйн нэгж / Enterprise: "{{u:Өндөр Жонш}}" ХХК / "{{u:Undur Jonsh}}" LLC
Уурхай / Mine: {{u:Бор-Өндөр}} сум, {{u:Хэнтий}} аймаг / {{u:Bor-Undur}} soum, {{u:Khentii}} aimag
Ослын огноо / Date and time: 2017.11.23, 14:40
Комиссын дарга / Commission chair: {{p:Д.Ганбаатар}} ({{p:D. Ganbaatar}}), улсын байцаагч / state inspector, {{u:Мэргэжлийн хяналтын ерөнхий газар}} ({{u:General Agency for Specialized Inspection}})
Гишүүд / Members: {{p:Б.Оюунчимэг}} ({{p:B. Oyunchimeg}}), аюулгүй ажиллагааны инженер / safety engineer; {{p:Ц.Энхбаяр}} ({{p:Ts. Enkhbayar}}), {{u:Цагдаагийн ерөнхий газар}} / {{u:National Police Agency}}

1. ОСЛЫН ТОВЧ / SUMMARY
2017 оны 11 дүгээр сарын 23-ны өдрийн 14:40 цагт далд уурхайн 3-р горизонтод БНАСАУ-ын иргэн {{r:Ким Чол Мин}}, {{p:Ли Сон Хо}} нар чулуулгийн нуралтад дарагдсан. {{r:Ким Чол Мин}} газар дээрх эмнэлэгт хүргэгдэхээс өмнө нас барсан. {{p:Ли Сон Хо}} баруун хөлөө хугалсан.
On 23 November 2017 at 14:40, DPRK citizens {{r:Kim Chol Min}} and {{p:Li Son Ho}} were buried by a rock fall on level 3 of the underground mine. {{r:Kim Chol Min}} died before reaching the surface clinic. {{p:Li Son Ho}} suffered a fracture of the right leg.
[주: {{r:Ким Чол Мин}} = {{r:김철민}}, {{p:Ли Сон Хо}} = {{p:리성호}}. 몽골 문서에서 리는 Ли로 씀.]

2. ОСЛЫН ШАЛТГААН / CAUSES
- Бэхэлгээ хийгдээгүй / No roof support installed in the section.
- Ээлжийн мастер {{p:Б.Батсүх}} ажлын байрыг шалгаагүй / Shift master {{p:B. Batsükh}} did not inspect the workplace.
- Солонгос ажилчдын ахлагч {{r:Хван Мён Гил}} аюулгүй ажиллагааны зааварчилгааг орчуулаагүй / The Korean workers' leader, {{r:Hwang Myong Gil}}, did not translate the safety instructions.
- Ажилчид 12 цагаас дээш ажилласан / Workers had worked more than 12 hours.

3. ГЭРЧИЙН МЭДҮҮЛЭГ / WITNESS STATEMENTS
3.1. Гэрч {{r:Цай Ён Сик}} (БНАСАУ): "Бид өглөө 6 цагаас ажилласан. Ахлагч {{r:Хван}} дээш гарахыг зөвшөөрөөгүй."
Witness {{r:Chae Yong-sik}} (DPRK): "We had worked since 6 in the morning. The leader, {{r:Hwang}}, did not allow us to go up."
[주: {{r:Цай Ён Сик}} = {{r:채영식}}. 2019년 한국 입국 후 이 문장을 본인이 말한 것이 맞다고 확인. 실제로는 "{{r:황}} 반장이 계획 끝나기 전에는 못 올라간다고 했다"고 함.]
3.2. Гэрч {{p:Т.Мөнхзул}} (уурхайн эмнэлгийн сувилагч / mine clinic nurse): "{{r:Ким}}-ийг 15:30-д авчирсан. Амьсгалгүй байсан." / "{{r:Kim}} was brought at 15:30. He was not breathing."
3.3. Ээлжийн мастер {{p:Б.Батсүх}}: "Солонгос ажилчдыг {{r:Хван}} өөрөө удирддаг. Би тэдэнд тушаал өгдөггүй." / Shift master {{p:B. Batsükh}}: "The Korean workers are managed by {{r:Hwang}} himself. I do not give them orders."

4. ДҮГНЭЛТ / CONCLUSION
Ослыг үйлдвэрлэлийн осолд тооцов. Компанид 5 000 000 төгрөгийн торгууль ногдуулав. Талийгаачийн шарилыг {{u:БНАСАУ-ын Элчин сайдын яам}}-нд хүлээлгэн өгсөн.
The accident is classified as an industrial accident. The company was fined MNT 5,000,000. The body of the deceased was handed over to the {{u:Embassy of the DPRK}} in {{u:Ulaanbaatar}}.

Гарын үсэг / Signatures: {{p:Д.Ганбаатар}}, {{p:Б.Оюунчимэг}}, {{p:Ц.Энхбаяр}}

[단체 메모 - {{p:성민아}}:
- {{r:채영식}}에 따르면 {{r:김철민}}의 처는 {{p:로경희}}, {{u:단천}} 거주. 보상금은 대사관이 받아 갔고 유족에게 갔는지 모름.
- 부상자 {{p:리성호}}는 2018년 귀국. {{r:채영식}}은 "{{p:성호}}는 다리를 절면서 비행기에 탔다"고 함.
- {{r:황명길}} 반장은 2019년까지 같은 광산에 있었음. 몽골 쪽 사람들은 그를 "{{r:Хван}} дарга"({{r:황}} 대장)라 불렀다고.
- 몽골 간호사 {{p:Мөнхзул}}({{p:뭉흐졸}})은 {{r:채영식}}이 지금도 고마워하는 사람.]""",
    },
    {
        "id": "h30-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Zhao Guoqing", "자오궈칭", "supervisor", ["赵国庆", "海边老赵", "老赵"]),
            ("Choe Sun-yong", "최순영", "witness", ["순영"]),
            ("Kim Yong-hui", "김영희", "coworker", ["英姬", "영희"]),
        ],
        "note": "Transcription of WeChat Moments screenshots posted by a Chinese factory manager in Donggang, with comments and a Korean transcriber's notes; WeChat nickname and ID containing the name; Chinese familiar forms with 老/小 prefix and 姐 suffix outside the marker; given name 国庆 also the word National Day; NK workers named in Chinese characters; hashtags.",
        "text": """[{{u:WeChat}} 朋友圈 스크린샷 전사 - 자료 WC-2022-03 / 전사·번역: {{p:류지안}} / 제공: 증인 {{r:최순영}}]
계정 표시 이름: {{r:海边老赵}} / 微信号: {{r:zhao}}_haibian1978
(증인 설명: 계정 주인은 공장 관리인 {{r:赵国庆}}, 한국어로 {{r:자오궈칭}}. 공장에서는 "{{r:赵}} 사장", 여공들끼리는 "{{r:짜오}}"라고 불렀다고 함.)

━━ 게시물 1 ━━ 2019年4月15日 21:03
原文: 今天朝鲜小姑娘们在食堂给我们唱歌🎤🎶 太可爱了！#{{u:丹东}} #{{u:东港}} #工厂生活
번역: 오늘 조선 아가씨들이 식당에서 우리한테 노래를 불러 줬다🎤🎶 너무 귀엽다! #{{u:단둥}} #{{u:동강}} #공장생활
[사진 3장: 식당, 여성 노동자 약 20명이 흰 위생모를 쓰고 줄지어 노래. 뒤쪽 벽에 "{{u:김일성}}·{{u:김정일}}" 초상 없음, 대신 중국어 안전 표어.]
[증인: 앞줄 왼쪽에서 두 번째가 본인({{r:최순영}}), 가운데가 {{r:김영희}}, 맨 오른쪽이 조장 {{p:방은주}}.]

评论 / 댓글:
{{p:王}}姐: 老{{r:赵}}你厂里有多少朝鲜人？(老{{r:赵}}, 너희 공장에 조선 사람 몇 명이야?)
{{r:海边老赵}} 回复 {{p:王}}姐: 四十多个，都很听话👍 (마흔 명 넘어, 다들 말 잘 들어👍)
{{p:李建军}}: 中间那个最漂亮😍 (가운데 애가 제일 예쁘네😍)
{{r:海边老赵}} 回复 {{p:李建军}}: 那是小{{r:金}}，{{r:英姬}}，唱得最好 (그건 {{r:김}}이, {{r:영희}}야. 노래 제일 잘해)
{{p:小雪}}🌸: 好羡慕 (부럽다)

━━ 게시물 2 ━━ 2019年10月1日 08:15
原文: 国庆快乐🇨🇳 70周年！朝鲜员工也放假半天😂
번역: 국경절 축하🇨🇳 70주년! 조선 직원들도 반나절 쉼😂
[증인: "반나절이 아니라 한 시간이었다. 그날도 밤 11시까지 새우를 깠다." 참고: "国庆"은 국경절이라는 뜻이고 여기서는 사람 이름 아님.]

评论 / 댓글:
{{p:刘波}}: {{r:国庆}}哥生日快乐🎂 (국경절이 네 생일이지? {{r:궈칭}} 형 생일 축하🎂)
{{r:海边老赵}} 回复 {{p:刘波}}: 哈哈谢谢 老{{p:刘}}
{{p:张丽丽}}: 老板大气 (사장님 통 크다)

━━ 게시물 3 ━━ 2020年2月3日 22:47
原文: 疫情期间工厂照常开工。朝鲜那边回不去了，小{{r:崔}}哭了一晚上。唉😔
번역: 코로나 기간에도 공장은 정상 가동. 조선으로 돌아갈 수가 없게 돼서 {{r:최}}가 밤새 울었다. 에휴😔
[증인: "小{{r:崔}}"는 본인. 어머니 {{p:신옥순}}이 편찮다는 소식을 들은 날이었다고 함. 조장 {{p:방은주}}가 휴대폰을 빼앗아 갔다고.]

评论 / 댓글:
{{p:王}}姐: 可怜 (불쌍해)
{{p:Kevin Zhao}}: 二叔 注意点，别发这些 (둘째 삼촌, 조심해요, 이런 거 올리지 마요)
[전사자 주: {{p:Kevin Zhao}}는 {{r:赵国庆}}의 조카로 보임. 이 게시물은 증인이 캡처한 다음 날 삭제됨.]

━━ 전사자 메모 ━━
- 증인 {{r:순영}} 씨는 {{r:김영희}}와 2021년 함께 공장을 나왔으나 {{u:심양}}에서 헤어짐. {{r:영희}}의 행방 모름.
- "小{{r:金}}"(작은 {{r:김}})은 {{r:영희}}의 공장 내 호칭. 다른 김씨가 여러 명이어서 "大{{p:金}}"({{p:김순덕}}, 40대)과 구분.
- {{u:WeChat}} ID는 신고용으로만 사용. 공개 보고서에는 {{r:赵}} 씨 실명 쓰지 않기로 함({{p:류지안}}, 2022-05-11).""",
    },
    {
        "id": "h30-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-ho", "리철호", "supervisor", ["RI CHOL HO", "ري تشول هو"]),
            ("Ha Kyong-il", "하경일", "witness", ["경일"]),
        ],
        "note": "Three bilingual (English/Arabic) remittance receipts from a Doha exchange house sending DPRK workers' wages to Dandong, with a Korean analyst's note; remitter and beneficiary names in Latin capitals, Arabic script and Chinese characters; teller names; zero-width space inside one typed name; company beneficiary as public name; CRLF.",
        "text": """{{u:AL NAKHEEL EXCHANGE CO. W.L.L.}}
{{u:شركة النخيل للصرافة ذ.م.م}}
REMITTANCE RECEIPT / إيصال تحويل

Receipt No. / رقم الإيصال: DH-2017-0884123
Date / التاريخ: 28/05/2017 18:42
Branch / الفرع: {{u:Industrial Area}} St. 24, {{u:Doha}}

REMITTER / المرسل
Name / الاسم: {{r:RI CHOL HO}} / {{r:ري تشول هو}}
Nationality / الجنسية: {{u:KOREA DPR}}
Passport / جواز السفر: 745220871
Mobile / الجوال: +974 5512 xxxx

BENEFICIARY / المستفيد
Name / الاسم: {{p:ZHANG XIAOYAN}} / {{p:تشانغ شياو يان}}
Bank / البنك: {{u:BANK OF CHINA}}, {{u:DANDONG}} BRANCH
Account / الحساب: 6217 8560 xxxx xxxx 213
Purpose / الغرض: FAMILY SUPPORT / إعالة عائلية

Amount paid / المبلغ المدفوع: QAR 36,400.00
Rate / السعر: 1.8712
Amount payable / المبلغ المستحق: CNY 68,111.68
Teller / الموظف: {{p:Mohammed Yousef}} / {{p:محمد يوسف}}
Customer signature / توقيع العميل: (signed)

----------------------------------------
{{u:AL NAKHEEL EXCHANGE CO. W.L.L.}}
REMITTANCE RECEIPT / إيصال تحويل
Receipt No. / رقم الإيصال: DH-2017-0912577
Date / التاريخ: 30/06/2017 19:05
REMITTER / المرسل
Name / الاسم: {{p:KIM MYONG\u200bSU}} / {{p:كيم ميونغ سو}}
Passport / جواز السفر: 745220902
BENEFICIARY / المستفيد
Name / الاسم: {{p:ZHANG XIAOYAN}} / {{p:تشانغ شياو يان}}
Bank / البنك: {{u:BANK OF CHINA}}, {{u:DANDONG}} BRANCH
Purpose / الغرض: FAMILY SUPPORT
Amount paid / المبلغ المدفوع: QAR 36,000.00
Teller / الموظف: {{p:Arjun Menon}}
Remarks: remitter accompanied by Mr. {{r:RI}} (same as DH-2017-0884123)

----------------------------------------
{{u:AL NAKHEEL EXCHANGE CO. W.L.L.}}
REMITTANCE RECEIPT / إيصال تحويل
Receipt No. / رقم الإيصال: DH-2017-0950046
Date / التاريخ: 27/07/2017 18:58
REMITTER / المرسل
Name / الاسم: {{r:RI CHOL HO}} / {{r:ري تشول هو}}
BENEFICIARY / المستفيد
Name / الاسم: {{u:DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO., LTD.}}
Bank / البنك: {{u:CHINA CONSTRUCTION BANK}}, {{u:DANDONG}} BRANCH
Purpose / الغرض: GOODS PAYMENT / دفع بضائع
Amount paid / المبلغ المدفوع: QAR 52,750.00
Teller / الموظف: {{p:Mohammed Yousef}} / {{p:محمد يوسف}}

----------------------------------------
[분석 메모 / {{p:윤다인}}, 2023-09-04]
1. 송금인 {{r:RI CHOL HO}} = {{r:리철호}}. 증인 {{r:하경일}}(2019년 입국, {{u:루사일}} 현장 철근공)에 따르면 작업반 회계 담당. 매달 말 작업반원 여러 명의 여권을 가지고 환전소에 가서 각자 이름으로 송금했다고 함.
2. 두 번째 영수증의 {{p:KIM MYONG SU}}(원본에는 MYONG과 SU 사이 공백이 이상하게 입력됨)는 {{r:하경일}}과 같은 방을 쓰던 {{p:김명수}}. {{r:경일}} 씨 말로는 {{p:명수}}는 본인 이름으로 돈이 나간 줄도 몰랐다고.
3. 수취인 {{p:ZHANG XIAOYAN}}({{p:张晓燕}})은 {{u:단둥}}의 개인 명의 계좌. {{r:하경일}}은 "{{r:리}} 회계가 {{p:장}} 사장이라고 불렀다"고 함. {{p:장}} 사장 = {{p:张晓燕}}인지 확인 필요.
4. 세 번째 영수증의 수취 회사 {{u:丹东鸿祥实业发展有限公司}}는 2016년 미국 재무부 제재 대상({{u:OFAC}}).
5. 환전소 직원 {{p:Mohammed Yousef}}가 두 건 처리. {{p:Arjun Menon}}은 비고란에 "Mr. {{r:RI}} 동행"을 적음. 직원 이름은 보고서에서 삭제.""",
    },
    {
        "id": "h30-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Nguyen Thi Lan", "응우옌티란", "other", ["Nguyễn Thị Lan", "Lan", "란"]),
            ("Kwon Min-ho", "권민호", "other", ["Min-ho", "민호"]),
            ("Ri Kum-hyang", "리금향", "witness", ["Kum-hyang", "금향"]),
        ],
        "note": "LINE chat export (tab-separated) between a Korean NGO worker in Hanoi and a Vietnamese helper about two escapees from a Chinese garment factory; Vietnamese kinship terms anh/chị/chú/cô outside the markers, driver nicknamed Ba beside the Vietnamese words ba (three, father); Vietnamese names with diacritics; a child's given name; Korean, English and Vietnamese in one chat; emoji and stickers.",
        "text": """[LINE] Chat history with {{r:Nguyễn Thị Lan}}
Saved on: 2023/06/14 21:05

2023/06/12(Mon)
09:14	{{r:Nguyễn Thị Lan}}	Chào anh {{r:Min-ho}} 😊 I met them yesterday at the guesthouse in {{u:Lào Cai}}. Ba người: cô {{p:Kim}}, chị {{r:Kum-hyang}} and the boy.
09:15	{{r:Nguyễn Thị Lan}}	Sorry, 2 women + 1 boy = ba người (3 people) 😅
09:20	{{r:Kwon Min-ho}}	감사해요 {{r:Lan}} 씨!! Are they OK? 아이는 몇 살이에요?
09:22	{{r:Nguyễn Thị Lan}}	Boy is 7. Name {{p:Chol-jun}}. Very quiet. Chị {{r:Kum-hyang}} is his mother
09:23	{{r:Nguyễn Thị Lan}}	Cô {{p:Kim}} says her name is {{p:Kim Hye-gyong}}? I am not sure I write correct
09:30	{{r:Kwon Min-ho}}	{{p:김혜경}} 맞을 거예요. Both worked at the garment factory in {{u:Dandong}} before. They came through {{u:Hekou}}
09:31	{{r:Kwon Min-ho}}	[Sticker]
09:45	{{r:Nguyễn Thị Lan}}	Chú {{p:Ba}} can drive them to {{u:Hà Nội}} on Wednesday. He is my father's friend, everyone call him {{p:Ba}}. His real name {{p:Trần Văn Ba}} 😂
09:46	{{r:Nguyễn Thị Lan}}	(ba = three, also = father. {{p:Ba}} = his name. Vietnamese is confusing haha)
09:50	{{r:Kwon Min-ho}}	ㅋㅋㅋ OK. Please tell chú {{p:Ba}} not to take the highway checkpoint near {{u:Yên Bái}}

2023/06/13(Tue)
08:02	{{r:Nguyễn Thị Lan}}	Anh ơi, problem. Chị {{r:Kum-hyang}} says a man called {{p:Sin}} is looking for them. He was the "{{p:sin}} jojang"? in the factory
08:05	{{r:Kwon Min-ho}}	{{p:신}} 조장. 공장 조장이었을 거예요. {{p:Sin}} is a surname. Did he come to {{u:Vietnam}}??
08:07	{{r:Nguyễn Thị Lan}}	No no, she means he is looking by phone. Her cousin in {{u:Dandong}}, {{p:Jin Meihua}}, told her
08:10	{{r:Kwon Min-ho}}	알겠어요. Tell {{r:금향}} 씨 to switch off her Chinese phone completely

2023/06/14(Wed)
05:40	{{r:Nguyễn Thị Lan}}	Leaving now with chú {{p:Ba}}
11:58	{{r:Nguyễn Thị Lan}}	Arrived {{u:Hà Nội}} ✅ At the place anh said. Pastor {{p:Yang}} is here
12:00	{{r:Kwon Min-ho}}	🙏🙏🙏 {{p:양}} 목사님께 제가 전화할게요. Tomorrow they go to the {{u:Embassy of the Republic of Korea}}? No - not yet, first we wait for Mr. {{p:Phan}}'s call
12:02	{{r:Nguyễn Thị Lan}}	OK. Anh {{p:Phan}} from the Catholic group?
12:03	{{r:Kwon Min-ho}}	Yes, {{p:Phan Quốc Dũng}}. He knows the procedure
12:10	{{r:Nguyễn Thị Lan}}	Chị {{r:Kum-hyang}} cried in the car. She said in Korean "고마워요 {{r:란}} 동생" haha I understood 😭
12:11	{{r:Nguyễn Thị Lan}}	[Photo]
12:15	{{r:Kwon Min-ho}}	사진은 지워 주세요 {{r:Lan}}. Safety first 🙏
12:16	{{r:Nguyễn Thị Lan}}	Deleted ✔️
21:04	{{r:Kwon Min-ho}}	{{r:Lan}} 씨, {{r:민호}}예요. 오늘 정말 고마웠어요. {{p:Chol-jun}}이가 그린 그림 {{p:양}} 목사님이 보내 줬어요 🥹""",
    },
]
