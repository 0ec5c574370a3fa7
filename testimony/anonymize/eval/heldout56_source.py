# ruff: noqa: E501
"""Held-out evaluation passages, set 56. Built by build_heldout.py heldout56.

About fifty documents of the kind an NGO working on North Korean workers sent abroad
actually receives, written blind (the finder's code was not read). A few are the core
material staff type every day (a third-person interview summary, a question-and-answer
transcript, interview notes in Korean and mixed Korean/English); the rest are genres
no earlier set used (modern-slavery national referral forms, labour attaches'
diplomatic cables, marine casualty investigation reports, raw e-mail headers with a
forwarded message, website chatbot logs, safeguarding concern referrals, radiology
reports, occupational-disease assessment panel minutes, case closure summaries,
missionaries' prayer letters, vocational graduation programmes, wire-service
correction notices, memoir jacket copy, work-stoppage incident logs, explosives
magazine issue logs, consumer DNA match exports, settlement-education class rosters,
summary penalty orders, government petition-portal replies, apartment maintenance
request books, surname-origin creation petitions, singing-contest entry forms,
wage-guarantee fund applications, rolling-paper farewell messages, voice-phishing
fraud reports, oriental-medicine clinic charts, hometown-association officer rosters,
congratulatory wreath-ribbon orders, theatre programme notes, person-seeking
classified advertisements, sixtieth-birthday banquet programmes, translated Russian
correctional-colony correspondence registers, Discord server exports, Chinese
restaurant hygiene inspection reports, kitchen temperature logs, translated Kuwaiti
deportation decisions, Mongolian greenhouse harvest sheets, Polish shipyard
turnstile exports, OCR of WeChat Moments screenshots, dormitory utility
cost-sharing sheets, uniform size orders, spreadsheet version histories,
ride-hailing trip histories, Chinese village-committee certificates, Russian
bailiff enforcement files, translation-app phrasebook histories, business-card
scanner exports and memorial plaque transcriptions), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Mongolian, Polish and Vietnamese.
All persons are fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform.
- Every fictional person is private, whatever their office (a fictional ambassador,
  judge, police officer, inspector, pastor, doctor or interpreter is private).
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is the name only: particles, the affectionate suffix 이, possessive 's,
  plural -s and emoji stay outside (박철민이 -> {{r:박철민}}이), and so do titles and
  honorifics (리 반장님 -> {{r:리}} 반장님, 김 동무, Mr {{p:Ho}}, Dr {{p:X}}, 목사님);
  Chinese forms of address are labelled whole (老王, 小李, 金经理), Russian and
  Polish names keep their case endings (Пака, Кима, Kima).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- Initials standing for a person are mentions; in e-mail addresses, handles and file
  names only the part that spells the name is labelled; role accounts are unmarked.
- Zero-width characters, fullwidth letters and a line break inside a name stay inside
  the mention; OCR-garbled names are labelled as written.
- Generic kinship or role words (엄마, 형, 반장, "the cook") are not mentions; a surname
  discussed as a word is not a mention, nor are ordinary words that look like names
  ("So,", "No.", "an", "Moon" the satellite, 이상, 위해).
- Country names are public whenever they stand as nouns, also attributively (DPRK,
  North Korea, 한국, 북한 식당, 중국 돈); nationality adjectives and derived words
  (Korean, Chinese, 한국어, 중국인, 러시아인) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h56-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ho", "강철호", "witness", ["Chol-ho", "Kang Cheol-ho"]),
            ("Ri Yong-su", "리용수", "supervisor", ["Lee Yong-soo"]),
            ("An Myong-suk", "안명숙", "relative", ["Myong-suk"]),
        ],
        "note": "UK modern-slavery national referral form filled in by a first responder; surname in capitals and given name in a separate field, nickname Padlock beside the ordinary padlock, wife surnamed An beside the article 'an', one-syllable given name Il, Chinese address form for a driver, car-wash boss with an English alias.",
        "text": """NATIONAL REFERRAL MECHANISM AND DUTY TO NOTIFY - REFERRAL FORM (ADULT)
Submitted through the online portal to the {{u:Single Competent Authority}}, {{u:Home Office}}
Referral ref: NRM-24-118203    Date of referral: 14/05/2024

SECTION 1 - FIRST RESPONDER
First Responder Organisation: {{u:The Salvation Army}} (adult victim care contract), referring on behalf of an NGO partner
Name of first responder: {{p:Rebecca Holloway}}
E-mail: {{p:rebecca.holloway}}@fr-partner.org.uk
Interpreter: Korean, by telephone, {{p:Seo Ha-eun}} (agency booking 55291)
Also present: support worker {{p:Daniel An}}

SECTION 2 - POTENTIAL VICTIM
Family name: {{r:KANG}}
Given name(s): {{r:CHOL HO}}
Other names used: {{r:Kang Cheol-ho}} (South Korean passport), "{{r:Chori}}" (what co-workers called him)
Nationality: {{u:Republic of Korea}} (born in the {{u:DPRK}})
Date of birth: 02/11/1981    Sex: male
Family: wife {{r:An Myong-suk}} and son {{p:Kang Il}}, both believed to be in {{u:Hamhung}}. No dependants in the {{u:UK}}.

SECTION 3 - EXPLOITATION
Type: [x] Labour  [ ] Sexual  [ ] Criminal  [ ] Domestic servitude
Where: building sites in {{u:Vladivostok}} and {{u:Nakhodka}}, {{u:Russian Federation}} (2017-2019); a hand car wash near {{u:Manchester}} (2023)

SECTION 4 - ACCOUNT (in the first responder's words)
Mr {{r:Kang}} says he left {{u:Hamhung}} in March 2017 in a group of 32 men recruited through a company he names as {{u:Namgang Construction}}. On arrival in {{u:Vladivostok}} the brigade leader, {{r:Ri Yong-su}}, collected every passport into a steel cash box. The men called {{r:Ri}} "{{r:Padlock}}" because the key to that box never left his belt; Mr {{r:Kang}} laughed when he explained that a padlock was also the first thing {{r:Padlock}} bought in every new dormitory.

Wages: the Russian contractor is said to have paid around 70,000 roubles a month per worker. Mr {{r:Kang}} saw about 5,000. {{r:Ri}} kept a ledger and read the deductions aloud on the first Sunday of the month: "loyalty", "food", "plan". A co-worker, {{p:Pak Song-gun}}, asked in an open meeting where the rest went; the next week {{p:Pak}} was sent to another site and Mr {{r:Kang}} did not see him again. Another co-worker, {{p:Jo Hyok}}, broke two fingers under a formwork panel and was kept at work. "{{p:Hyok}} wrapped them with tape and kept nailing," Mr {{r:Kang}} said.

The Russian foreman, {{p:Vitaly Nosov}}, gave the men tea in winter and once drove Mr {{r:Kang}} to a clinic. {{p:Nosov}} is not suspected of exploitation.

In 2019 Mr {{r:Kang}} left the site with the help of a Chinese-Korean driver he knew only as {{p:老孙}}. He reached {{u:Seoul}} in 2020 and came to the {{u:UK}} in 2022 on a visitor visa. Near {{u:Manchester}} a man calling himself {{p:Tony}}, whom the other washers called Mr {{p:Long}}, offered him work at a hand car wash for 30 pounds a day, kept 10 of it for a room above the garage and held his Korean passport "for safety". Mr {{r:Kang}} says {{p:Tony}} told him Korean police would send him back to the North if he went to them.

He has not heard from {{r:An}} since an unsigned message in 2021 passed on by a broker. He asks that nothing be done that could reach {{r:Myong-suk}} or {{p:Il}}.

SECTION 5 - CONSENT
The potential victim has given informed consent to this referral: [x] yes
Signature of first responder: {{p:R. Holloway}}""",
    },
    {
        "id": "h56-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yu Chol-min", "유철민", "witness", ["Chol-min", "Ryu Chol-min"]),
            ("So Kwang-il", "소광일", "supervisor", ["So Kwang Il"]),
        ],
        "note": "Labour attache's diplomatic cable from an embassy in Kuwait, numbered SBU paragraphs; brigade leader surnamed So beside the words 'so' and 'So far', witness surnamed Yu beside 'you', WhatsApp contact name, drafter and clearer initials, ambassador's surname in capitals as signature; UN Security Council and resolution as public.",
        "text": """SENSITIVE BUT UNCLASSIFIED
CABLE 24 KUWAIT 0193
FROM: Embassy {{u:Kuwait City}}
TO: {{u:Department of State}}, Bureau of Democracy, Human Rights, and Labor
INFO: Embassy {{u:Seoul}}; {{u:US Mission to the United Nations}}
SUBJECT: {{u:KUWAIT}} - {{u:DPRK}} WORKERS STILL SEEN ON PRIVATE SITES; FORMER WORKER'S ACCOUNT

1. (SBU) Summary: Six years after the {{u:UN Security Council}} required member states to repatriate all {{u:DPRK}} workers, LabAtt saw indications that small {{u:DPRK}} tiling and finishing teams continue to move between private villa projects in {{u:Jahra}} and {{u:Sabah Al-Ahmad City}}. A former worker now resettled in the {{u:Republic of Korea}} described the same pattern. End summary.

2. (SBU) On March 6 LabAtt {{p:Miriam Osei-Bonsu}} and locally engaged labor specialist {{p:Fahad Al-Enezi}} visited a villa compound in {{u:Jahra}} at the invitation of a Kuwaiti contractor, {{p:Abdullah Al-Mutairi}}. The site engineer, an Egyptian national named {{p:Hossam Farouk}}, said a "Korean team" of nine men had finished the tiling two weeks earlier and been moved on by their manager, a Mr {{r:So}}. Asked for Mr {{r:So}}'s full name, {{p:Farouk}} showed a {{u:WhatsApp}} contact saved as "{{r:So Kwang Il}} Tiles". So far LabAtt has not been able to match that number to any registered company, and {{p:Al-Mutairi}} said he paid the team "through an Indian friend", whom he declined to name.

3. (SBU) On March 9 LabAtt spoke by video link, arranged by a {{u:Seoul}}-based NGO, with {{r:Yu Chol-min}}, 41, who worked in {{u:Kuwait}} from 2015 to 2018. {{r:Yu}} said his brigade leader for the last two years was {{r:So Kwang-il}}, who "taught us to say we were Chinese if a police car stopped." Asked how he knew the man was still in {{u:Kuwait}}, {{r:Yu}} said a former co-worker, {{p:Choe Un-song}}, had seen a photo of {{r:So}} at a mall in {{u:Fahaheel}} posted by a Filipino acquaintance in 2023. "If you find him, you will find the others," {{r:Yu}} said. He named two other men he believes stayed behind: {{p:Ri Nam}} and a welder he knew only as {{p:Tae-song}}.

4. (SBU) {{r:Yu}} described wage handling in detail: the Kuwaiti sponsor paid {{r:So}} in cash, {{r:So}} paid a monthly sum to an official he called Comrade {{p:Hwang}} at the then {{u:DPRK}} embassy, and the men received 80 to 100 dinars twice a year. {{r:Chol-min}} said he once saw {{p:Hwang}} count the money on the bonnet of a car in a parking lot behind a supermarket. So, he said, "we all knew the number."

5. (SBU) Comment: The account is consistent with earlier reporting (REF A). Post will raise the {{u:Jahra}} site informally with the {{u:Public Authority for Manpower}} and will not share {{r:Yu}}'s identity. End comment.

Drafted by: {{p:M. Osei-Bonsu}}
Cleared: DCM {{p:J. Ruiz}}
{{p:WHITCOMBE}}""",
    },
    {
        "id": "h56-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ha Jong-nam", "하정남", "witness", ["Jong-nam", "Ha Jeong-nam"]),
            ("Song Tae-ryong", "송태룡", "supervisor", ["Captain Song"]),
            ("Do Kum-chol", "도금철", "coworker", ["Kum-chol"]),
        ],
        "note": "Marine casualty investigation report on a fishing-vessel engine-room fire; crew table with mixed Korean, Indonesian and Chinese names; surnames Ha, Song and Do beside the words 'ha', 'song' and 'do'; bosun's nickname; flag-state authority, coastguard and ports as public; invented vessel unmarked.",
        "text": """MARINE CASUALTY INVESTIGATION REPORT - EXTRACT
Very serious casualty: fire in the engine room, fishing vessel Hae Song 7 (flag withheld)
Position: approx. 180 nm east of {{u:Mauritius}}
Date of casualty: 22 August 2022
Investigation carried out with the assistance of the {{u:Mauritius Coast Guard}} and the {{u:National Coast Guard}} of the vessel's flag state

1. SYNOPSIS
At about 02:40 local time a fire started at the fuel oil purifier in the engine room. The duty oiler raised the alarm and the fire was contained within 40 minutes using portable extinguishers and a fire hose. One crew member died of smoke inhalation and two were injured. The vessel proceeded to {{u:Port Louis}} under her own power.

2. CREW ON BOARD (as per crew list handed to the investigators)
No. | Name | Rank | Nationality (as listed)
1 | {{r:SONG Tae Ryong}} | Master | PRC
2 | {{p:CHEN Guohua}} | Chief Officer | PRC
3 | {{p:LIANG Wei}} | Chief Engineer | PRC
4 | {{r:HA Jong Nam}} | Oiler | PRC (see 5.3)
5 | {{r:DO Kum Chol}} | Oiler | PRC (see 5.3)
6 | {{p:KIM Yong Bom}} | Fisherman / Bosun | PRC (see 5.3)
7 | {{p:Agus Setiawan}} | Fisherman | Indonesia
8 | {{p:Rudi Hartono}} | Fisherman | Indonesia
9 | {{p:PAK Myong Il}} | Cook | PRC (see 5.3)

3. NARRATIVE
3.1 The duty oiler, {{r:Ha}}, stated that he noticed smoke from the purifier room at 02:35 and ran to wake the second oiler, {{r:Do}}, in the crew mess. Both tried to do what they had been taught, but the fixed CO2 system could not be released because, in {{r:Ha}}'s words, "the key was in the chief's cabin and the chief was asleep."
3.2 The bosun, {{p:Kim Yong-bom}}, known on board as "{{p:Bucket}}", entered the engine room without breathing apparatus to fetch {{r:Do}}, who had collapsed near the purifier. {{p:Bucket}} carried him out but later died in the galley, where the cook {{p:Pak}} and the Indonesian deckhand {{p:Agus}} tried to revive him. {{r:Kum-chol}} survived with burns to both hands.
3.3 The master, Captain {{r:Song}}, stated that the crew had done a fire drill "every month". The investigators found no drill entries in the log for the preceding seven months. Asked about this, {{r:Song Tae-ryong}} replied that "drills are a song the owners sing; at sea we work."

4. ANALYSIS (abridged)
4.1 The purifier's fuel line had been repaired with a rubber hose and wire. {{p:Liang}}, the chief engineer, said the spare part had been requested in {{u:Port Louis}} in May and not supplied.
4.2 The fixed fire-fighting system was operable but its release key was kept locked away, contrary to {{u:SOLAS}} requirements as applied by the flag state to vessels of this size.

5. OTHER FINDINGS
5.3 Four crew members listed as PRC nationals (Nos 4, 5, 6 and 9) did not speak Chinese. Through an interpreter, {{r:Ha Jong-nam}} told investigators that he, {{r:Do}}, {{p:Pak Myong-il}} and the late {{p:Kim}} were from {{u:Chongjin}}, that their passports were held by the master, and that their wages were paid "to the company in {{u:Pyongyang}}, not to us." The matter was referred to the flag state and to the {{u:Panel of Experts}} established under resolution 1874.
5.4 {{p:Setiawan}} and {{p:Hartono}} confirmed that the four Korean-speaking men "did the heaviest work and were never allowed ashore."

Investigator in charge: Capt. {{p:R. Dookhun}}; assisted by {{p:N. Jhugroo}} and interpreter {{p:Grace Ha}}.""",
    },
    {
        "id": "h56-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Moon Hye-jin", "문혜진", "witness", ["Hye-jin", "Mun Hye-jin"]),
            ("Jo Song-hui", "조성희", "relative", ["Song-hui"]),
        ],
        "note": "Raw e-mail with full headers and a forwarded message, pasted from a mail client's 'show original'; names in From/To/Cc display names and local parts, a role account unmarked, quoted-printable soft line break inside a name, witness surnamed Moon beside the moon and President Moon Jae-in as public figure.",
        "text": """Return-Path: <{{p:jiwoo.baek}}@protonmail.com>
Received: from mail-40131.protonmail.ch (mail-40131.protonmail.ch [185.70.40.131])
	by mx.example-ngo.org with ESMTPS id 4Tq9Zx1Rkz for <intake@example-ngo.org>;
	Tue, 19 Mar 2024 08:14:22 +0900 (KST)
DKIM-Signature: v=1; a=rsa-sha256; d=protonmail.com; s=protonmail3
Date: Mon, 18 Mar 2024 23:14:09 +0000
From: "{{p:Baek Ji-woo}}" <{{p:jiwoo.baek}}@protonmail.com>
To: "Intake team" <intake@example-ngo.org>
Cc: "{{p:Eleanor Park}}" <{{p:e.park}}@example-ngo.org>
Subject: Fwd: for your team - my aunt's friend (please read)
Message-ID: <a81f0c2e-77d1@protonmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dear team,

I am forwarding this from {{r:Moon Hye-jin}}, a friend of my aunt {{p:Baek Soon-ja}}. {{r:Hye-jin}} does not use e-mail much so she asked me to send it. She is OK with you calling her.

Best,
{{p:Ji-woo}}

---------- Forwarded message ---------
From: {{r:Hye=
jin Moon}} <{{r:hyejin.moon}}1979@naver.com>
Date: Sun, 17 Mar 2024 at 21:50
Subject: =EC=95=88=EB=85=95=ED=95=98=EC=84=B8=EC=9A=94 / hello
To: <{{p:jiwoo.baek}}@protonmail.com>

{{p:Ji-woo}}-ya, please send this in English for me, you write better than me.

My name is {{r:Moon Hye-jin}} (in the North it was written {{r:Mun Hye Jin}}). From 2014 to 2017 I worked in a seafood factory in {{u:Donggang}}, {{u:Liaoning}}, near {{u:Dandong}}. We were 220 girls. The manager from our side was {{p:Pak Kyong-ae}}, we called her Auntie "{{p:Scissors}}" because she cut our hair herself when we were punished. The Chinese boss was {{p:孙经理}}, Mr {{p:Sun}}, he was not so bad, sometimes he gave us fruit.

The reason I write now. My cousin {{r:Jo Song-hui}} was in the same factory and in 2020 she was still there, she could not go home because of the corona border. In a voice message to her mother in 2021 she said they worked until 11 at night and nobody had been paid since the border closed. I have not heard from {{r:Song-hui}} since. Her mother, my aunt {{p:Jo Kum-ok}}, is in {{u:Sinuiju}}.

I told this to a journalist once, Mr {{p:Oh}}, in 2019, when President {{u:Moon Jae-in}} was going to meet the North. Nothing happened. People say the same surname as the president brings luck. Not for me, ha. At night in {{u:Donggang}} we looked at the moon and said it is the same moon as at home.

If someone can find out if {{r:Song-hui}} is alive I will do any interview.

{{r:Moon Hye-jin}}
010-xxxx-xxxx (after 7pm)

--
Sent with {{u:Proton Mail}} secure email.""",
    },
    {
        "id": "h56-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("No Chol-u", "노철우", "witness", ["Chol-u", "Roh Cheol-woo"]),
        ],
        "note": "Website chatbot conversation log exported from the NGO's help widget; visitor types with typos and lower case, surname No beside the words 'no' and 'No.', the bot's canned answers; friend's given name only, Russian minder's first name and diminutive, handle of a co-worker.",
        "text": """Chat transcript export - web widget "Ask us (24h)"
Conversation ID: 7c1d-2201   Started: 2024-02-11 01:12:40 UTC   Channel: website
Visitor name (entered): {{r:no cheol woo}}
Visitor e-mail (entered): {{r:roh.cw}}82@gmail.com

[01:12:40] BOT: Hello! I'm the help assistant. Are you asking about yourself, a family member, or something else?
[01:12:58] Visitor: myself. and my freind
[01:13:02] BOT: Thank you. You can stay anonymous. What would you like us to call you?
[01:13:31] Visitor: {{r:chol u}}. no, {{r:cheol-woo}}. sorry in north it was {{r:No Chol U}}
[01:13:33] BOT: Thanks, {{r:Cheol-woo}}. Where are you now? (city or country is enough)
[01:13:50] Visitor: {{u:incheon}}. but problem is in {{u:russia}}
[01:13:52] BOT: I understand. Could you tell me briefly what happened?
[01:15:44] Visitor: i worked {{u:khabarovsk}} 2016-2019 forest then construction. now i am ok. my freind {{p:myong-jun}} is still there i think. he texted me on {{u:telegram}} last year from number of a russian guy {{p:Andrei}}. andrei was our driver, we called him {{p:Andryusha}}. {{p:myong jun}} said boss {{p:Jang}} took his passport again
[01:15:47] BOT: I'm sorry to hear that. Do you know your friend's full name?
[01:16:20] Visitor: {{p:pak myong-jun}}. or {{p:park myung joon}} in south spelling. his {{u:telegram}} was @{{p:myongjun}}_khv but deleted now
[01:16:22] BOT: Thank you. A caseworker can contact you. Is it safe to contact you by e-mail?
[01:16:40] Visitor: no
[01:16:41] BOT: OK. What is a safe way to contact you?
[01:17:05] Visitor: {{u:kakao}}. id is same as email. no. 2 option phone but only weekends
[01:17:07] BOT: Noted. Is there anything else you want us to know now?
[01:19:58] Visitor: boss {{p:jang}} full name {{p:Jang Song-chol}}, maybe {{p:Jang Seong-cheol}}. his deputy {{p:Ri}} is worse. and a chinese man {{p:老韩}} who sells our wood. {{p:myong-jun}} mother is in {{u:hyesan}}, name {{p:Kim Ok-ran}}, dont contact her please. dangerous
[01:20:01] BOT: We will not contact anyone without your permission. A caseworker will write to you on {{u:KakaoTalk}} within 2 working days.
[01:20:15] Visitor: thank you. my name is {{r:No}}, not "no" lol. people always laugh
[01:20:17] BOT: Thank you, {{r:No}}. Take care.
[01:20:30] --- Conversation assigned to: {{p:Yerin Hwang}} (caseworker)
[09:02:11] Note ({{p:Yerin Hwang}}): contacted {{r:No Chol-u}} on {{u:KakaoTalk}}. He will call Saturday. Friend {{p:Pak Myong-jun}} - open tracing file.""",
    },
    {
        "id": "h56-en-06",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ri Un-hui", "리은희", "witness", ["Un-hui", "Lee Eun-hee", "Yi Un-hui"]),
            ("Choe Yong-nam", "최용남", "supervisor", ["Choi Young-nam"]),
        ],
        "note": "Safeguarding concern referral form raised after an interview; witness in three romanizations (Ri/Lee/Yi), designated safeguarding lead and interviewer named, concern about an interpreter, the alleged person of concern in the resettlement community, initials in the action log.",
        "text": """SAFEGUARDING CONCERN - REFERRAL TO DESIGNATED SAFEGUARDING LEAD
Form SG-02 (confidential - do not store in the testimony database)

Raised by: {{p:Hannah Cho}}, interviewer
Date/time concern arose: 07/06/2024, approx. 15:30
Date/time reported: 07/06/2024, 17:05
Designated Safeguarding Lead: {{p:Graham Whitfield}}

1. Person the concern is about
Name: {{r:RI Un-hui}} (South Korean documents: {{r:LEE Eun-hee}}; some earlier correspondence spells it {{r:Yi Un-hui}})
Age: 34
Relationship to the organisation: testimony contributor (interviews 2 and 3 of 4)

2. What happened / what was said
During the third interview, while describing the garment factory in {{u:Hunchun}} where she worked 2016-2019, {{r:Un-hui}} became distressed and said that the former factory political officer, {{r:Choe Yong-nam}}, now lives in {{u:Ansan}} and "knows where I live". She said {{r:Choe}} arrived in the South in 2022, that he goes to the same church as her sister {{p:Ri Un-ok}}, and that last Sunday he approached {{p:Un-ok}} and asked for {{r:Un-hui}}'s phone number. She believes he has heard about the interviews.
She also said the interpreter at interview 2, Ms {{p:Kye}}, "talks to everyone in the community". I have not been able to verify this.

3. Immediate risk?
[ ] Immediate danger   [x] Risk of harm   [ ] No current risk
{{r:Lee Eun-hee}} says she is not afraid of violence but of her name getting back to relatives in {{u:Hoeryong}}, including her mother {{p:Kim Chun-hwa}}.

4. Action taken so far
- Interview paused. {{r:Un-hui}} was offered a break and chose to end for the day.
- Gave her the helpline card and the number of the {{u:Korea Hana Foundation}} counselling line.
- Did not contact the sister.
- Interpreter {{p:Kye}} removed from the remaining interviews pending review.

5. Views of the person
{{r:Un-hui}} does NOT want the police informed at this stage. She would like the publication of her testimony delayed and the name {{r:Choe}} removed from the published version.

6. DSL decision (completed by DSL)
Reviewed by {{p:G.W.}} on 08/06/2024. No referral to police (adult with capacity, declines). Action: (a) {{p:HC}} to phone {{r:Ri}} on 10/06; (b) review interpreter pool; (c) flag file; (d) legal to advise on naming {{r:Choe Yong-nam}} in the report. Re-review 24/06.""",
    },
    {
        "id": "h56-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Bak Se-hun", "박세훈", "witness", ["Se-hun", "Pak Se-hun"]),
        ],
        "note": "Two radiology reports (chest X-ray and lumbar spine MRI) for a former logging worker, as scanned into a medical file; patient name in report header with surname-first capitals, referring and reporting physicians named, radiologist's electronic signature and initials, hospitals as public.",
        "text": """{{u:SEVERANCE HOSPITAL}} - DEPARTMENT OF RADIOLOGY
RADIOLOGY REPORT

Patient: {{r:BAK, SE HUN}}          MRN: 1130-44-7821      Sex/Age: M/47
Exam: CHEST PA AND LATERAL          Accession: CR24-0418811
Date of exam: 2024-04-18 09:42      Referring physician: Dr. {{p:Yoon, Ji-ho}} (Family Medicine)
Clinical information: Former logging worker ({{u:Russia}} 2013-2018). Chronic cough 6 months. Weight loss 4 kg. Screening requested by the settlement support centre.

FINDINGS:
There is a 1.2 cm calcified nodule in the right upper lobe. Fibrotic strands in both upper zones, more on the right. No pleural effusion. No pneumothorax. Heart size is normal. Old healed fractures of the left 6th and 7th ribs posteriorly.

IMPRESSION:
1. Bilateral upper-zone fibrosis with a calcified nodule, suggestive of old (healed) tuberculosis. Correlation with sputum studies and comparison with any prior imaging recommended.
2. Old left rib fractures.

Reported by: Dr. {{p:Hwang Min-seo}}, Radiologist
Electronically signed: 2024-04-18 14:05 by {{p:MSH}}

----------------------------------------------------------------

{{u:SEVERANCE HOSPITAL}} - DEPARTMENT OF RADIOLOGY
RADIOLOGY REPORT

Patient: {{r:BAK, SE HUN}}          MRN: 1130-44-7821      Sex/Age: M/47
Exam: MRI LUMBAR SPINE WITHOUT CONTRAST
Date of exam: 2024-05-02 19:10      Referring physician: Dr. {{p:Im, Chae-won}} (Orthopaedics)
Clinical information: Low back pain radiating to the left leg for 5 years. Patient reports a fall from a log stack in 2016 at a camp near {{u:Tynda}}; treated only with rest. Interpreter note: patient states name on Russian medical card was "{{r:Пак Се Хун}}" (record not available).

FINDINGS:
Alignment: mild loss of lumbar lordosis. Old compression deformity of L1 with about 30% anterior height loss, no marrow oedema (chronic). L4-5: broad-based disc protrusion with left paracentral extrusion compressing the traversing left L5 nerve root. L5-S1: disc desiccation, mild bulge.

IMPRESSION:
1. Chronic L1 compression fracture, consistent with the reported fall.
2. L4-5 left paracentral disc extrusion with left L5 root compression; correlates with symptoms.

Reported by: Dr. {{p:Hwang Min-seo}}, Radiologist
Electronically signed: 2024-05-03 08:31 by {{p:MSH}}

Addendum (2024-05-07, Dr. {{p:Im}}): discussed with patient in presence of his partner {{p:Yang Eun-sil}} and caseworker {{p:Choi Ga-young}}. Mr {{r:Bak}} asks that his earlier {{u:DPRK}} name spelling {{r:Pak Se-hun}} be added as an alias so that the records from {{u:Hanawon}} can be matched. Referred to {{u:Korea Workers' Compensation and Welfare Service}} liaison for advice on an overseas-injury claim (not covered).""",
    },
    {
        "id": "h56-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yun Kwang-chol", "윤광철", "witness", ["Kwang-chol", "Yoon Kwang-cheol"]),
            ("Ryang Sun-hwa", "량순화", "relative", ["Sun-hwa"]),
        ],
        "note": "Minutes of an occupational-disease assessment panel (charity-funded second opinion) on silicosis after tunnelling and mining work abroad; panel members with titles outside the span, claimant's wife, a co-worker who died, initials in the vote record, name split between the minutes and an appendix, one public body.",
        "text": """OCCUPATIONAL DISEASE ASSESSMENT PANEL - MINUTES OF MEETING 2024/11
Independent second-opinion panel (charity-funded; findings advisory only)
Date: 21 November 2024, 14:00-16:10, by video

Present: Prof. {{p:Alasdair Grant}} (chair, occupational physician); Dr {{p:Nomvula Dube}} (respiratory physician); Dr {{p:Shin Jae-won}} (radiologist); Ms {{p:Oh Yu-na}} (lay member)
In attendance: {{p:Tomasz Wrobel}} (secretary); {{p:Kim Seo-yeon}} (interpreter)
Claimant: Mr {{r:Yun Kwang-chol}} (also {{r:Yoon Kwang-cheol}}), attended for item 3 with his wife Mrs {{r:Ryang Sun-hwa}}

1. Apologies and declarations
None. Dr {{p:Shin}} declared that she had reported one of the claimant's CT scans in 2023 in her hospital role; the chair ruled that she could take part.

2. Minutes of the previous meeting
Agreed, with the correction that the claimant in case 2024/09 is Mr {{p:Son}}, not Mr {{p:Sohn}}.

3. Case 2024/11 - Mr {{r:Yun}}
3.1 Work history as given by the claimant: 2009-2012 coal miner, {{u:Anju}} area; 2013-2017 tunnelling brigade on a hydropower and road project abroad, described by the claimant as "near {{u:Vientiane}}, then in the mountains"; 2017-2019 stone quarry, same brigade. Brigade leader throughout: {{p:Kang Jong-il}}, whom the claimant calls "{{p:Dusty}}" because he "never went inside the tunnel and was always the cleanest man". Masks were issued twice in four years.
3.2 Mr {{r:Yun}} said that a co-worker, {{p:Hyon Chol}}, coughed blood in 2016 and was sent home; he later heard that {{p:Chol}} had died. Another, {{p:Sok Myong-ho}}, is believed to be in the South; the claimant would be willing for the panel to contact {{p:Sok}} as a witness to the working conditions.
3.3 Mrs {{r:Ryang}} described night-time breathlessness and said her husband "cannot climb to our fourth-floor flat without stopping twice". She asked whether the panel's finding could help with a disability grading. The chair explained the advisory status of the panel.
3.4 Dr {{p:Dube}} summarised the lung function tests: FVC 61% predicted, FEV1/FVC 0.78, DLCO 52%. Dr {{p:Shin}} reviewed the CT: multiple small upper-zone nodules with eggshell calcification of hilar nodes, conglomerate mass forming in the right upper lobe.
3.5 Discussion: the panel noted that {{r:Kwang-chol}} never smoked. The pattern is typical of silicosis and the exposure history (tunnelling and quarrying without effective respiratory protection) is sufficient.

4. Finding
The panel finds, on the balance of probabilities, that Mr {{r:Yun Kwang-chol}} has silicosis with early progressive massive fibrosis, caused by occupational exposure to respirable crystalline silica during 2013-2019.
Vote: {{p:AG}} yes; {{p:ND}} yes; {{p:JWS}} yes; {{p:YNO}} yes.

5. Actions
- Secretary to send the finding to the claimant and to the {{u:Korea Workers' Compensation and Welfare Service}} with his consent ({{p:TW}}).
- Interpreter to translate the letter; {{r:Sun-hwa}} asked for a Korean copy to be posted to her, not e-mailed ({{p:KSY}}).
- Chair to write to Mr {{p:Sok}} via the referring NGO ({{p:AG}}).

Next meeting: 12 December 2024.
Signed as a correct record: {{p:A. Grant}}, Chair""",
    },
    {
        "id": "h56-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Un-jong", "한은정", "witness", ["Un-jong", "Han Eun-jung"]),
            ("Rim Tae-hyok", "림태혁", "witness", ["Tae-hyok", "Lim Tae-hyuk", "Im Tae-hyok"]),
            ("Kim Song-ae", "김성애", "supervisor", []),
        ],
        "note": "Batch of case closure summaries from a case-management system; each with a reason code, caseworker initials and login; surname Han beside the Han river, Rim/Lim/Im spellings of one man, a restaurant manager and the women she supervised, a closed case with no persons.",
        "text": """CASE CLOSURE SUMMARIES - Q3 2024 (generated 2024-10-02 by {{p:jkwon}})
Filter: status = CLOSED; closed between 2024-07-01 and 2024-09-30

CASE 2021-044 | Contributor: {{r:HAN Un-jong}} | Caseworker: {{p:Jin Kwon}} ({{p:jkwon}})
Reason for closure: C2 - testimony complete, contributor asked to end contact
Summary: {{r:Un-jong}} gave four interviews (2021-2023) about the restaurant in {{u:Shenyang}} where she worked as a waitress and singer from 2015 to 2019. The restaurant manager, {{r:Kim Song-ae}}, held all passports and the wages; {{r:Kim}} reported the girls weekly to a man from the consulate whom they knew only as Comrade {{p:Pyon}}. Testimony published (pseudonym "{{r:Han River}}" chosen by {{r:Un-jong}} herself, after the {{u:Han River}} she crossed on her first day in {{u:Seoul}}). {{r:Han Eun-jung}} (South Korean spelling) has started nursing college and asked not to be contacted for anniversaries. Final call 2024-08-14 by {{p:JK}}.

CASE 2022-017 | Contributor: {{r:RIM Tae-hyok}} | Caseworker: {{p:Aisha Rahman}} ({{p:arahman}})
Reason for closure: C4 - contributor moved abroad, no longer reachable
Summary: Mr {{r:Rim}} (also written {{r:Lim Tae-hyuk}}; his {{u:Hanawon}} certificate reads {{r:Im Tae-hyok}}) worked on a housing site in {{u:Ulaanbaatar}} 2014-2018 under brigade leader {{p:Jon Yong-gil}}. Two interviews recorded. He moved to {{u:Canada}} in May 2024 to join his cousin {{p:Rim Ok-sun}}. Last e-mail from {{r:Tae-hyok}} 2024-06-30: "I am fine, thank you {{p:Aisha}} and Mr {{p:Kwon}}." Three attempts since (07-15, 08-20, 09-18) unanswered. Files archived under retention rule R3.

CASE 2023-102 | Contributor: (anonymous hotline caller) | Caseworker: {{p:Aisha Rahman}}
Reason for closure: C1 - no further information
Summary: Caller in June 2023 reported seeing "about thirty Korean women" boarding a bus at a textile plant near {{u:Dandong}}. No names given. No further calls.

CASE 2023-131 | Contributors: {{p:Pyo Kyong-hui}} and {{p:Pyo Kyong-sun}} (sisters) | Caseworker: {{p:Seo-yeon Min}} ({{p:symin}})
Reason for closure: C3 - referred to legal partner
Summary: The sisters worked at the same {{u:Shenyang}} restaurant as {{r:Han Un-jong}} (case 2021-044) between 2016 and 2018 and independently named {{r:Kim Song-ae}} as the manager. {{p:Kyong-hui}} wants to bring a civil claim; referred to partner lawyer Adv. {{p:Koo}} on 2024-09-02. {{p:Kyong-sun}} gave a short corroborating statement only. Cross-reference noted by {{p:SYM}}: {{r:Kim}} appears in three closed files under the spellings {{r:Kim Song Ae}}, {{r:Kim Seong-ae}} and "the manager {{r:Kim}}".

End of report - 4 records""",
    },
    {
        "id": "h56-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Yong-ae", "조영애", "witness", ["Yong-ae", "Cho Young-ae"]),
            ("Son Myong-gil", "손명길", "coworker", ["Myong-gil"]),
        ],
        "note": "Missionary's prayer letter to supporters, chatty, with emoji and first names only; missionary couple and their children private, church names unmarked, surname Son beside 'son' and 'Son of God', given names of rescued women, a pastor nicknamed, city names public.",
        "text": """Dear praying friends 🙏

Greetings from the border! It has been a full season and {{p:Dave}} and I want to thank each of you for standing with us. The kids are well: {{p:Ellie}} turns nine next week and {{p:Josh}} has finally stopped growing out of his shoes every month 😅.

PRAISE: In March the Lord opened a door for a young woman we will call "{{r:Grace}}" (her Korean name is {{r:Yong-ae}}). She had worked for three years in a fish-processing plant near {{u:Hunchun}}, sixteen hours a day, and was never once paid in her own hand. When the plant manager, a man the women called {{p:Big Pak}}, took the whole group to be sent home, {{r:Grace}} hid in a laundry van. A Chinese grandmother, Granny {{p:Liu}}, took her in for two weeks before our network could reach her. Today {{r:Yong-ae}} is safe in {{u:Seoul}} and was baptised at Easter! She asked me to tell you her full name, {{r:Jo Yong-ae}}, "so they pray for the right person" - but please keep it off social media ❤️.

PRAY: {{r:Grace}}'s friend {{r:Myong-gil}}, a young man from the same plant, is still in hiding. {{r:Son Myong-gil}} has a son of four in {{u:Chongjin}} whom he has never seen, and he is torn about going further. Please pray for wisdom for {{r:Son}} and for protection for his little boy. Pray also for Brother {{p:Kim}} (not his real name!), who drives the last part of the route and whose car broke down twice this spring.

PRAY: Our dear co-worker Pastor {{p:Heo}} - "Pastor {{p:Hugs}}" to the ladies - had a heart scare in April. He is recovering; his wife {{p:Mi-kyung}} is doing the Bible study for now. As {{p:Heo}} says, "the Son of God does not need me to be busy, he needs me to be faithful."

FAMILY NEWS: {{p:Dave}}'s mum {{p:Margaret}} visited us in April and survived the street food! Our sending church, Grace Fellowship (no relation to our "{{r:Grace}}"!), has renewed our support for two years.

If you want to give towards the safe-house rent in {{u:Yanji}}, please use the usual mission account with the reference "NK-ROOM".

With love and gratitude,
{{p:Dave}} & {{p:Rachel}}
(and {{p:Ellie}} and {{p:Josh}} 🐶 and Biscuit the dog)""",
    },
    {
        "id": "h56-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Chun-sik", "오춘식", "witness", ["Chun-sik", "Oh Choon-sik"]),
            ("Sun Mi-ok", "선미옥", "witness", ["Mi-ok"]),
        ],
        "note": "Printed programme of a vocational-training graduation for resettled North Koreans; graduates listed by course with surname O and surname Sun next to 'O Lord' in a hymn line and the word sun, speakers with titles, awards with given names only, one fullwidth name from a pasted certificate, Ministry of Unification as public.",
        "text": """NEW START WELDING & ELECTRICAL ACADEMY
Graduation Ceremony - Class of 2024
Saturday 30 November 2024, 11:00, main workshop hall

ORDER OF PROCEEDINGS
11:00  Welcome - Mr {{p:Yeo Dong-hyun}}, Academy Director
11:10  Congratulatory address - representative of the {{u:Ministry of Unification}} (to be confirmed)
11:20  Graduates' hymn "O Lord, you led us through the night" (sung by the class)
11:25  Address on behalf of the graduates - Mr {{r:O Chun-sik}}
11:35  Presentation of certificates
11:55  Awards
12:05  Closing words - Ms {{p:Gil Hyun-ah}}, Head of Training
12:15  Lunch in the canteen (prepared by Mrs {{p:Ju}} and the class of 2023)

GRADUATES
Welding (CO2 / TIG), 6 months:
  {{r:O Chun-sik}}, {{p:Pak Hyon-u}}, {{p:Kye Sang-chol}}, {{p:Jang Yong-nam}}, {{p:U Tae-jin}}, {{p:Ri Kwang-hyok}}
Electrical installation, 6 months:
  {{r:Sun Mi-ok}}, {{p:Chae Ok-hui}}, {{p:Ham Song-jin}}, {{p:Ma Un-byol}}
Refrigeration and air-conditioning, 4 months:
  {{p:Won Chol}}, {{p:Pi Yong-sop}}, {{p:Ok Sun-hui}}

AWARDS
Best practical work (welding): {{p:Hyon-u}}, for the staircase handrail now fitted at the front door
Best attendance: {{r:Mi-ok}} - 100% attendance despite a two-hour commute with a toddler
Teachers' prize: {{p:Ok Sun-hui}} ("{{p:Sunny}}"), for helping everyone with the theory tests
Special mention: {{p:Yong-sop}}, who came back after his operation

FROM THE GRADUATES' SPEECH (printed at their request)
"In the North, where I was a welder on ships, and later at a shipyard abroad, a foreman named {{p:Pyon}} told us that a welder does not need a certificate, only a pair of hands. Here, teacher {{p:Yeo}} told us the opposite on the first day. I am sixty-one. My son {{p:Chun-bok}} is in {{u:Nampo}} and does not know I am alive. This certificate I will keep for him." - {{r:O Chun-sik}}

"When I worked outside the country we started at five and saw the sun only at lunch. Thank you, teacher {{p:Gil}}, for the sun in this classroom." - {{r:Sun Mi-ok}}

Certificates signed by: {{p:Yeo Dong-hyun}}, Director; {{p:Gil Hyun-ah}}, Head of Training
Certificate no. 2024-W-01 issued to: {{r:ＯＨ ＣＨＯＯＮ ＳＩＫ}} (name as on resident registration)""",
    },
    {
        "id": "h56-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Yong-jun", "백영준", "witness", ["Yong-jun", "Baek Young-joon"]),
        ],
        "note": "Wire-service correction and clarification notices appended to a story about DPRK workers in Russia and China; names corrected from one spelling to another, a witness name withdrawn at his request, a reporter byline, a real news agency and real public figures, 'No.' and 'An' as ordinary words.",
        "text": """CORRECTIONS AND CLARIFICATIONS - WORLD DESK
Issued 14:20 GMT, 4 June 2024

1. CORRECTED: NORTH KOREA-WORKERS/RUSSIA (story dated 3 June)
In a story dated 3 June about North Korean construction workers in {{u:Russia}}, the name of a former worker interviewed in {{u:Seoul}} was misspelled. He is {{r:Paek Yong-jun}}, not {{r:Baek Young-jun}}. A corrected story follows.
An earlier version also misstated the number of workers on the {{u:Vladivostok}} site. It was about 80, not 800.

2. CLARIFICATION: Paragraph 9 of the same story quoted "a foreman named {{p:Rim}}". The source has clarified that the foreman's surname is {{p:Ryom}}, a different surname; the paragraph has been amended to refer to "a foreman".

3. WITHDRAWN NAME: At the request of Mr {{r:Paek}}, who fears for relatives in {{u:North Korea}}, subscribers are asked to remove the second reference to his cousin, {{p:Paek Hyon-ju}}, from paragraph 14 and not to use it in any further story. Please replace with "a relative".

4. CORRECTED: CHINA-NKOREA/SEAFOOD (story dated 31 May)
A story dated 31 May misidentified the Chinese factory owner quoted in paragraph 6. He is {{p:Zhao Lianfeng}}, not {{p:Zhao Liansheng}}. The story also wrongly said he was a member of the {{u:Chinese People's Political Consultative Conference}}; he is not.
Paragraph 11 said a former worker, Ms {{p:Sol}}, "escaped in 2019". She left the factory in 2019 and reached {{u:Thailand}} in 2020.

5. CORRECTED: UN-NKOREA/RIGHTS (story dated 29 May)
A story dated 29 May wrongly attributed a quote about overseas workers to {{u:Elizabeth Salmon}}, the {{u:U.N.}} special rapporteur on human rights in {{u:North Korea}}. The quote was from an NGO researcher, {{p:Hyun Soo-bin}}.

Reporting by {{p:Lee Ji-hoon}} in {{u:Seoul}} and {{p:Anna Kovaleva}} in {{u:Moscow}}
No. of corrections this week: 5. An archive of corrections is available to subscribers.""",
    },
    {
        "id": "h56-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ju Myong-sil", "주명실", "witness", ["Myong-sil", "Joo Myung-sil", "Maria Joo"]),
            ("Ju Kwang-nam", "주광남", "relative", ["Kwang-nam"]),
        ],
        "note": "Memoir jacket copy: front-flap blurb, back-cover endorsements and author biography; author under her North Korean, South Korean and baptismal names, father and brother named, a Kuwait minder nicknamed Falcon beside the bird, endorsers private, publisher invented.",
        "text": """FRONT FLAP

THE SALT ON MY FATHER'S HANDS
A Memoir

In 2011 {{r:Ju Kwang-nam}} left his family in {{u:Wonsan}} for a building site in {{u:Kuwait}}. He was promised three years and enough dollars for a house. He came back six years later with a ruined back, a cardboard suitcase and forty-two dollars.

His daughter, {{r:Ju Myong-sil}}, was nine when he left. In this fierce and tender memoir she tells his story and her own: the letters that never came, the winter her mother {{p:Ri Kum-hwa}} sold the sewing machine, the day her father finally walked through the door and did not recognise her. When {{r:Myong-sil}} herself was sent to a garment factory in {{u:China}} at nineteen, she carried his warning with her: "Over there, the sky is free and you are not."

Drawing on her father's account and the testimonies of the men who worked beside him - among them {{p:Mun Sang-gu}}, who carried him down from the scaffold, and the brigade leader known only as "the {{p:Falcon}}" - she reconstructs a hidden world of labour, debt and loyalty.

BACK COVER

"Unforgettable. {{r:Joo Myung-sil}} writes about her father with the precision of an investigator and the love of a daughter." - {{p:Catherine Ashdown}}, author of The Quiet Border

"I read it in one night. Every page of {{r:Ju}}'s book asks what we owe the people who build our cities." - {{p:Daniel Kaplan}}, human rights lawyer

"A falcon circles over this book - a man called {{p:Falcon}} who watched everyone and was watched himself. Chilling." - {{p:Yoo Seung-ho}}, journalist

"Brave, funny and heartbreaking." - {{p:Nadia El-Sayed}}

ABOUT THE AUTHOR

{{r:MARIA JOO}} (born {{r:Ju Myong-sil}} in {{u:Wonsan}}, 1993) worked in a garment factory in {{u:Dandong}} before escaping to {{u:South Korea}} in 2016. She took the name {{r:Maria}} at her baptism and studied social welfare at a university in {{u:Seoul}}. She lives in {{u:Incheon}} with her husband {{p:Seok-jin}} and their daughter. Her younger brother, {{p:Ju Kwang-song}}, remains in the North.

Her father, {{r:Kwang-nam}}, did not live to see this book. It is dedicated to him and to "Uncle {{p:Sang-gu}}".

Cover photograph: {{p:Lee Da-eun}}
Translated from the Korean by {{p:Sophie Bowman}} with the author""",
    },
    {
        "id": "h56-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pang Chol-su", "방철수", "coworker", ["Chol-su", "Bang Cheol-su"]),
            ("Ri Hak-bom", "리학범", "supervisor", ["Hak-bom"]),
        ],
        "note": "Main contractor's work-stoppage incident log from a Qatar site, timestamped entries by security and HSE staff of many nationalities; DPRK subcontractor's men refusing to work in heat, their leader surnamed Ri, a worker surnamed Pang beside 'bang', Nepali, Indian and Filipino staff names, badge numbers, initials.",
        "text": """WORK STOPPAGE / UNREST INCIDENT LOG
Project: mixed-use tower, plot 57, {{u:Lusail}} (main contractor internal)
Log opened by: HSE duty officer {{p:Arjun Menon}}
Date: 17 July 2017

06:10  {{p:A. Menon}}: Subcontractor crew "KP-2" (tiling and block work, 41 men) did not leave the labour-camp bus at gate 3. Camp boss of the crew, Mr {{r:Ri Hak-bom}}, badge 22871, says his men "have a meeting". Informed project manager {{p:Stephen Clarke}}.
06:25  {{p:A. Menon}}: Spoke to {{r:Ri}} through the crew's own interpreter, a young man introduced as {{p:Kim Song-jin}}. Reason given: two men fainted yesterday on level 14 at about 13:00 during the midday work ban hours. {{r:Ri}} says "no one fainted, one man was lazy". {{p:Kim}} translated this, then added quietly, "It is not true."
06:40  Security supervisor {{p:Bishnu Gurung}}: crew still on bus. Engines off. Heat index 41 at 06:30.
06:55  {{p:B. Gurung}}: one worker, name on badge {{r:PANG CHOL SU}} (badge 22904), stood up and got off the bus. {{r:Ri}} shouted; door closed. {{r:Pang}} sat on the kerb. There was a loud bang when {{r:Ri}} hit the window with his hand.
07:05  {{p:A. Menon}}: Nurse {{p:Maricel Santos}} checked {{r:Pang}} at the kerb: BP 150/95, says headache and dizzy since yesterday. Through {{p:Kim Song-jin}}: {{r:Chol-su}} says he was one of the two who fainted; the other was {{p:Ri Yong-chol}}, now on the bus.
07:20  {{p:S. Clarke}}: Spoke to the subcontractor's office by phone (Mr {{p:Al-Kuwari}}'s office). They say the crew is "managed by their own side" and will work. Instructed HSE: nobody works at height today who was unwell yesterday.
07:45  {{p:B. Gurung}}: {{r:Ri Hak-bom}} took {{r:Pang}}'s badge from him. Badge handed to security by {{r:Ri}} "for safe keeping". Returned to {{r:Pang}} on instruction of {{p:S. Clarke}}.
08:30  {{p:A. Menon}}: Crew started work except {{r:Pang}} and {{p:Ri Yong-chol}} (rest day ordered by nurse). {{r:Ri}} told {{p:Kim Song-jin}} to go back to the camp with them "to watch".
13:00  {{p:Maricel Santos}}: midday break enforced on all floors. Cool room in use by 23 workers incl. 9 from KP-2.
16:40  {{p:A. Menon}}: Interpreter {{p:Kim}} approached me at the water station and asked whether a worker can "change company in {{u:Qatar}}". I gave him the {{u:Ministry of Labour}} hotline card. He said his given name is {{p:Song-jin}} but asked me not to write the rest; noted anyway for the log, restricted.
17:30  Log closed by {{p:AM}}. Copied to {{p:SC}} and to the client's HSE representative Dr. {{p:Fatima Al-Sulaiti}}.

Follow-up 19 July ({{p:SC}}): KP-2 crew removed from site by subcontractor. {{r:Hak-bom}} and {{r:Pang}} not seen again. Badge 22904 never returned.""",
    },
    {
        "id": "h56-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Il-nam", "최일남", "witness", ["Il-nam", "Choi Il-nam"]),
            ("Tak Yong-bok", "탁용복", "supervisor", ["Yong-bok"]),
        ],
        "note": "Explosives magazine issue log from a Russian gold mine, translated into English with Russian names and patronymics; shot-firers' licence numbers, a DPRK blaster issuing under another man's licence, Cyrillic signature names, surname Choe in several spellings, signatures and initials.",
        "text": """EXPLOSIVES MAGAZINE - ISSUE AND RETURN LOG (translated from Russian)
Site: open pit no. 2, alluvial gold mine, {{u:Amur Oblast}}
Magazine keeper: {{p:Gennady Petrovich Luzhin}} ({{p:Г. П. Лужин}})
Translator's note: names of Korean workers are given as written in the log, with the translator's reading in brackets.

Date | Issued to | Licence no. | Item | Qty issued | Qty returned | Signature
03.06.2018 | {{p:Фомин А.}} ({{p:Fomin A.}}) | ВР-4471 | emulsion, kg | 250 | 0 | {{p:Фомин}}
03.06.2018 | {{p:Фомин А.}} | ВР-4471 | detonators | 60 | 4 | {{p:Фомин}}
04.06.2018 | {{p:Фомин А.}} for {{r:Чхве}} ({{r:Choe}}) | ВР-4471 | emulsion, kg | 300 | 0 | {{r:Чхве}}
05.06.2018 | {{r:Чхве Ир Нам}} ({{r:Choe Il-nam}}) | ВР-4471 (sic) | detonators | 80 | 0 | {{r:Чхве}}
06.06.2018 | {{r:Тхак}} ({{r:Tak}}) | - | fuse, m | 120 | 0 | {{r:Тхак}}
07.06.2018 | {{p:Фомин А.}} | ВР-4471 | emulsion, kg | 250 | 10 | {{p:Фомин}}

Keeper's note 07.06.2018 ({{p:Лужин}}): The Korean crew is again collecting explosives on {{p:Фомин}}'s licence. I have told {{p:Anatoly Fomin}} twice. Their brigadier {{r:Тхак Ён Бок}} says he has a paper from the director. I have not seen the paper.

Inspection note 12.06.2018 (mine safety engineer {{p:Irina Viktorovna Sokolova}}): Issues on 04.06 and 05.06 signed by a person without a licence. Foreman {{p:Fomin}} was not on site on 05.06 (on leave in {{u:Blagoveshchensk}}). Blast of 05.06 carried out by Korean crew under the direction of {{r:Tak Yong-bok}}. One Korean worker injured (flying rock, left eye) - name given to me as {{r:Чой}}. Director {{p:Vasiliev}} informed.

Translator's comment ({{p:Kim Na-rae}}): {{r:Чхве}}, {{r:Чой}} and {{r:Чхве Ир Нам}} all appear to be the same man, the interviewee {{r:Choe Il-nam}} ({{r:Choi Il-nam}} in his South Korean passport). He told us in interview 2 that he had "never held a licence in any country", that {{r:Tak}} made him sign because "{{r:Il-nam}} has the neatest handwriting", and that he lost most of the sight in his left eye in June 2018. The keeper's notes match his account. He names the Russian foreman as "{{p:Tolya}}", the usual short form of {{p:Anatoly}}.""",
    },
    {
        "id": "h56-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hong Song-mi", "홍성미", "witness", ["Song-mi", "Hong Sung-mi"]),
            ("Kim Jong-suk", "김정숙", "supervisor", ["Jong-suk"]),
            ("Hong Chol", "홍철", "relative", ["Chol"]),
        ],
        "note": "Core material: third-person interview summary, long, CRLF; Chinese factory in Liaoning; supervisor who shares her name with Kim Jong Il's mother (public figure mentioned separately), one-syllable given name of the brother, co-workers by given name only, Chinese line leader's address forms, a Hangul spelling in brackets, interviewers' initials.",
        "text": """INTERVIEW SUMMARY - CONTRIBUTOR 24-071 (second session)
Interviewers: {{p:YJL}}, {{p:CK}}; interpreter not required (interview in Korean)
Date: 12 September 2024, 10:00-13:15

1. Background
{{r:Hong Song-mi}} ({{r:홍성미}}), 29, was born in {{u:Kaechon}}. Her father died in 2009; her mother sells vegetables at the market. Her older brother {{r:Hong Chol}} did his military service on the east coast and, as far as she knows, is now a driver for a state trading company. {{r:Song-mi}} trained as a sewing machinist at a local clothing factory.

2. Recruitment
In late 2016 a cadre from the provincial people's committee, whom she names as {{p:Ryu Myong-hwan}}, visited the factory and selected fourteen young women "of good background" to go abroad. {{r:Song-mi}}'s mother had to borrow 300 dollars from a neighbour, Auntie {{p:Pyo}}, to pay the "preparation fee". The women were told they would earn 150 dollars a month.

3. The factory in {{u:China}}
The group travelled by train via {{u:Sinuiju}} to {{u:Dandong}} and by bus to a garment factory in a town she believes was {{u:Donggang}}. About 200 North Korean women worked there in two lines, next to about 80 Chinese workers. The North Korean side was led by a woman named {{r:Kim Jong-suk}}. {{r:Song-mi}} notes that the name was the same as that of {{u:Kim Jong Suk}}, the mother of {{u:Kim Jong Il}}, and that the workers were told it was an honour to be led by "a comrade with such a name". {{r:Kim}} was in her fifties, lived in a separate room with a telephone, and held all passports.
The Chinese line leader was a woman the workers called {{p:刘姐}} ("Sister {{p:Liu}}"); the owner was a man in his sixties the Chinese staff called {{p:老马}}. {{r:Song-mi}} says {{p:Liu}} was kind and once hid a packet of sanitary pads for her in the thread cupboard.

4. Working conditions
Work from 07:30 to 22:00, often to midnight before shipments; two days off a month. Wages were paid to {{r:Kim Jong-suk}}, who gave each woman 20 to 30 yuan of "pocket money" a month. {{r:Song-mi}} saw a pay slip only once, by accident, when {{p:Un-byol}}, a friend from her dormitory room, was asked to carry the envelope: it showed 2,300 yuan per worker.
Punishment: self-criticism sessions every Saturday. Women who were slow were made to stand in the yard. {{r:Song-mi}} remembers that {{p:Kyong-hui}}, the youngest in the group, stood there in January until she collapsed; {{r:Kim}} said she was "pretending".

5. The pandemic
From February 2020 the women could not go home. {{r:Song-mi}} says that {{r:Jong-suk}} told them the border would open "after the harvest" every year. Three women tried to leave in 2022; she heard that one, {{p:Sol-mi}}, was caught and sent back. In 2023 {{r:Song-mi}} left the dormitory during a fire drill, with the help of a Korean-Chinese driver she would identify only as "Uncle {{p:Bae}}".

6. Family
She has not contacted her mother or {{r:Chol}}. She asked that the interview not mention the name of her home town in any publication and that {{r:Hong}} not be used in full.

7. Follow-up
- {{p:YJL}} to send the draft to {{r:Song-mi}} for reading.
- {{p:CK}} to check whether other contributors named {{r:Kim Jong-suk}} as a manager in {{u:Donggang}}.""",
    },
    {
        "id": "h56-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Hyok-chol", "전혁철", "witness", ["Hyok-chol", "Jeon Hyuk-cheol"]),
            ("Yang Su-bong", "양수봉", "supervisor", ["Su-bong"]),
        ],
        "note": "Core material: question-and-answer transcript with speaker labels Q/A and interviewer names; logging and construction in the Russian Far East; minder nicknamed Goat, Russian dispatcher with name and diminutive, co-worker surnamed Do beside the verb, initials of the transcriber, a surname discussed as a word (unmarked).",
        "text": """TRANSCRIPT - Interview with contributor K-318, session 1 (edited for readability)
Interviewer: {{p:Sarah Lindqvist}} (Q); interpreter: {{p:Baek Na-young}}; contributor: {{r:Jon Hyok-chol}} (A)
Transcribed by: {{p:J.P.}}

Q: Could you say your name as you would like it written?
A: {{r:Jon Hyok-chol}}. In the South they wrote {{r:Jeon Hyuk-cheol}} on my card. Either is fine. My friends call me {{r:Hyok-chol}}, or just {{r:Jon}}.
Q: Thank you. Where did you work abroad?
A: First at a logging camp north of {{u:Khabarovsk}}, 2012 to 2015. Then in the city, on apartment buildings, until 2019.
Q: Who was in charge of your group at the camp?
A: The chief was {{r:Yang Su-bong}}. We called him "the {{r:Goat}}" - not to his face - because of his little beard and because he ate anything. {{r:Yang}} had been in the camps in the nineties too, he knew every Russian in the forestry office.
Q: What did he do that you want to tell us about?
A: He sold our days. If the Russians needed ten men for a day, {{r:Yang}} sent ten men and took the money. We never saw it. And if someone was sick, {{r:Goat}} said he was "resting on the plan", and the sick man's share was taken from the rest of us.
Q: Were there other Korean supervisors?
A: A safety officer, {{p:Kye}}. And an accountant, {{p:Ri Chang-ho}}, who was honest, I think. {{p:Chang-ho}} gave me my first winter boots from his own money.
Q: And the Russians you dealt with?
A: The dispatcher, {{p:Nikolai}}, we called him {{p:Kolya}}. {{p:Kolya}} drove the truck that brought food. Sometimes he brought vodka and {{r:Yang}} sold it to us at three times the price.
Q: You mentioned a friend earlier, before we started recording.
A: Yes, {{p:Do Sung-il}}. We were from the same town. {{p:Do}} was the strongest man in the brigade. What I want to do is find his family. In 2014 a tree fell the wrong way. {{p:Sung-il}} was under it. {{r:Yang}} told the Russians he fell from a truck, so the forestry company would not have an accident on paper. I do not know where they buried him.
Q: I'm sorry. Do you remember anyone else who saw it?
A: {{p:Pae Kwang-jin}} saw it, and the Russian driver, {{p:Kolya}}. {{p:Pae}} went home in 2016.
Q: Is there anything about names you want us to be careful with?
A: My surname. There are few people named Jon in my county, it is an easy name to trace. Please use only K-318 in public. And the name of {{r:Yang Su-bong}} - write it in full. He should be known.
[Recording paused 11:42 at the contributor's request.]

Transcriber's note ({{p:JP}}): the contributor pronounces the minder's nickname "yeomso", goat; rendered "the {{r:Goat}}" throughout.""",
    },
    {
        "id": "h56-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Ok-hui", "문옥희", "witness", ["Ok-hui", "Moon Ok-hee"]),
        ],
        "note": "Consumer DNA service match-list export shared by a witness searching for a half-brother; match display names (some initials, some handles, some full names), shared-cM table, her own profile name, private notes field; the testing company as public, Moon/Mun spellings.",
        "text": """DNA Relatives - Match list export
Exported by: {{r:Okhee Moon}} (profile name) on 2024-03-02
Test kit: 23-XX-41197   Service: {{u:MyHeritage}}
Filter: shared DNA > 40 cM, sorted by shared DNA

Display name | Estimated relationship | Shared cM | Shared segments | Managed by | Notes (private)
{{p:K. J. Moon}} | Half sibling / uncle / nephew | 1,742 | 38 | self | !!! could be {{p:Mun Kwang-jin}} (half brother)? wrote 02/21
{{p:Yoo Mi-ran}} | 1st cousin | 812 | 29 | self | mother's side? ask Aunt {{p:Pil-soon}}
{{p:hyunwoo_k}} | 1st-2nd cousin | 402 | 17 | self |
{{p:Soon Ja Chang}} | 2nd cousin | 226 | 11 | {{p:Daniel Chang}} | lives in {{u:Los Angeles}}, answered kindly
{{p:Grace Moon-Whitman}} | 3rd cousin | 98 | 5 | self | adoptee, {{u:Minnesota}}
{{p:Pak Jong Hui}} | 3rd-4th cousin | 71 | 4 | {{p:Li Xue}} | account in {{u:China}}, maybe Korean-Chinese
anonymous | 3rd-5th cousin | 44 | 3 | self |

Private note on profile (written by {{r:Ok-hui}}, pasted in the export):
My father {{p:Mun Yong-su}} worked at a construction site in {{u:Kuwait}} 1996-1999 and at a sawmill in {{u:Russia}} 2001-2004. My mother told me after he died that in {{u:Russia}} he had "another family" with a Korean-Chinese woman, {{p:Jin Hua}} (金花). She thought there was a boy, born around 2003, maybe called {{p:Kwang-jin}}. I am {{r:Mun Ok-hui}}, born in {{u:Kimchaek}} 1985, now in {{u:Seoul}} as {{r:Moon Ok-hee}}. The match {{p:K. J. Moon}} was created in 2023 and has no photo. If you are my brother, I only want to say hello and tell you about our father.

Message sent 2024-02-21 to {{p:K. J. Moon}}: "Hello, my name is {{r:Ok-hee}}. We share a lot of DNA. Was your father {{p:Yong-su}}? Was your mother {{p:Jin Hua}}? Please reply in Korean, Russian or English."
Reply: (none yet)""",
    },
    {
        "id": "h56-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Song-hui", "리성희", "witness", ["이성희", "성희"]),
            ("Jang Chol-ung", "장철웅", "witness", ["철웅"]),
        ],
        "note": "Settlement-education class roster with the homeroom teacher's notes; names with particles and honorifics, North/South spellings 리/이 of one woman, a one-syllable given name, the teacher and counsellors private, overseas work sites in Russia and China as public places, Hanawon and the Ministry of Unification public.",
        "text": """{{u:하나원}} 제○○○기 (여성반 2반 / 남성반 1반) 수료 예정자 명단 및 담임 메모
작성: 담임 {{p:윤서경}} / 검토: 교육팀장 {{p:마상훈}}
※ 내부 참고용. 외부 반출 금지.

[여성반 2반]
번호 | 성명 | 나이 | 해외 근무 경력 | 담임 메모
1 | {{r:리성희}} | 31 | {{u:중국}} {{u:단둥}} 수산물 가공 (2016~2019) | 주민등록 신청 시 성을 '{{r:이성희}}'로 하기로 본인 결정. 수업 태도 좋음.
2 | {{p:채옥란}} | 45 | 없음 | 허리 통증. 병원 동행 2회.
3 | {{p:김은}} | 27 | {{u:러시아}} 식당 (2018~2020) | 이름이 한 글자라 서류마다 '{{p:김은}}'/'{{p:김 은}}'으로 따로 적힘. 통일 필요.
4 | {{p:현정애}} | 52 | 없음 | 딸 {{p:송미래}}(9세)와 입소.
5 | {{p:방순녀}} | 38 | {{u:중국}} 봉제공장 | 말수 적음. 상담 연계.

[남성반 1반]
번호 | 성명 | 나이 | 해외 근무 경력 | 담임 메모
1 | {{r:장철웅}} | 44 | {{u:러시아}} {{u:블라디보스토크}} 건설 (2014~2019) | 반장. 용접 자격증 과정 희망.
2 | {{p:안대성}} | 36 | {{u:쿠웨이트}} 건설 (2013~2016) |
3 | {{p:국태일}} | 51 | {{u:몽골}} 건설 (2010~2013) | 당뇨.

[담임 종합 메모]
- {{r:성희}} 씨는 {{u:단둥}} 공장에서 함께 일한 {{p:오경심}} 씨의 행방을 계속 묻고 있음. 교육 중에는 답변할 수 없다고 안내함. 수료 후 민간단체 연결 원함.
- {{r:철웅}} 씨가 {{u:러시아}} 시절 작업반장이었던 '{{p:석}} 반장'이라는 사람이 {{u:한국}}에 와 있다는 소문을 듣고 불안해함. 본명은 {{p:석용철}}이라고 함. 상담사 {{p:표지원}} 선생님께 전달.
- {{r:장철웅}} 씨와 {{p:안대성}} 씨는 해외 근무 당시 충성자금 문제로 증언 의사 있음. {{u:통일부}} 정착지원과 외 민간단체 정보 제공 예정.
- {{p:은}}이(3번)는 이름 때문에 놀림받은 적 있다고 함. 반 분위기 주의.
- {{r:리성희}} 씨 → 수료 후 {{u:인천}} 거주지 배정 희망.

담임 {{p:윤서경}} (서명)""",
    },
    {
        "id": "h56-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Hyang-sun", "김향순", "witness", ["향순"]),
        ],
        "note": "Summary penalty order (약식명령) against a broker who defrauded a resettled former restaurant worker; defendant, victim, prosecutor and judge all private; court and prosecutor's office public; a Chinese name in Hangul and Hanzi, victim's name with particles, an accomplice known by a nickname.",
        "text": """{{u:서울남부지방법원}}
약 식 명 령

사    건  2024고약1287 사기
피 고 인  {{p:도만석}} (670315-1******), 무직
          주거 {{u:서울 구로구}} ○○로 ○○, ○○○호
검    사  {{p:하윤정}}
주 형 과  피고인을 벌금 5,000,000원에 처한다.
부수처분  피고인이 위 벌금을 납입하지 아니하는 경우 100,000원을 1일로 환산한 기간 피고인을 노역장에 유치한다.

범죄사실
피고인은 북한이탈주민을 상대로 "{{u:중국}}에 남은 가족을 {{u:한국}}으로 데려와 주겠다"는 명목으로 돈을 받아 가로채기로 마음먹었다.
피고인은 2023. 3. 14.경 {{u:서울 구로구}}에 있는 커피숍에서 피해자 {{r:김향순}}에게 "{{u:중국}} {{u:연길}}에 있는 내 동업자 {{p:최룡}}(崔龍)이 국경 쪽에 줄이 있어 피해자의 언니 {{p:김향옥}}을 3개월 안에 {{u:태국}}까지 데려올 수 있다. 경비로 우선 1,500만 원을 보내라"라고 거짓말하였다.
그러나 사실 피고인은 {{p:최룡}}이라는 사람을 알지 못하였고, 피해자의 언니를 데려올 의사나 능력이 없었다.
피고인은 이와 같이 피해자를 기망하여 이에 속은 피해자로부터 같은 날 피고인 명의 계좌로 1,500만 원을 송금받았다.
피고인은 2023. 5. 2.경 피해자에게 다시 "언니가 {{u:심양}}에서 공안에 걸려서 빼내려면 돈이 더 필요하다. '{{p:뚱보}}'라는 조선족 브로커에게 주어야 한다"라고 거짓말하여, 피해자로부터 800만 원을 추가로 송금받았다.
(피해자 {{r:김향순}}은 2015년부터 2018년까지 {{u:중국}} {{u:닝보}}의 {{u:북한}} 식당에서 일하다가 탈북하였고, 언니 {{p:김향옥}}은 같은 식당에서 일하다 현재 소재 불명인 것으로 보인다.)

적용법령
형법 제347조 제1항(사기), 제37조, 제38조(경합범), 형법 제70조, 제69조 제2항(노역장 유치)

검사 또는 피고인은 이 명령을 송달받은 날부터 7일 이내에 정식재판의 청구를 할 수 있습니다.

2024. 6. 10.
판사  {{p:설지훈}}

※ 피해자 참고사항(법원 민원실 안내문 첨부): {{r:향순}} 씨의 배상명령 신청은 약식절차에서 심리되지 않았으므로 민사소송 등 별도 절차를 이용할 수 있음. 문의: 담당 실무관 {{p:엄다인}}.""",
    },
    {
        "id": "h56-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-chol", "박영철", "witness", ["영철", "박용철"]),
            ("Pak Kum-ran", "박금란", "relative", ["금란"]),
        ],
        "note": "Government petition-portal complaint and the ministry's reply; petitioner a former Kuwait construction worker asking about his sister; names with particles and 씨/님, official who answers is private, mis-typed name of the petitioner in the reply, 국민신문고 and ministries public, public figure mentioned neutrally.",
        "text": """[{{u:국민신문고}}] 민원 처리결과 알림
신청번호: 1AA-2405-0713xxx
민원인: {{r:박영철}}
처리기관: {{u:통일부}}
담당자: {{p:고은비}} 사무관 (인도협력국)

■ 신청 내용
제목: 해외 파견 노동자 출신 가족의 소식을 알 수 있는 방법이 있습니까

저는 2013년부터 2016년까지 {{u:쿠웨이트}} 건설 현장에서 일하다가 2017년에 {{u:한국}}에 온 {{r:박영철}}입니다. 제 여동생 {{r:박금란}}은 2018년에 {{u:중국}} {{u:훈춘}}의 수산물 공장으로 파견되었다고 어머니께 들었습니다. 코로나 이후 연락이 끊겼고, 2023년에 공장 여성들이 대거 북송되었다는 기사를 보았습니다. {{r:금란}}이가 그 안에 있었는지 알고 싶습니다.
또, {{u:쿠웨이트}}에서 우리 작업반장이었던 {{p:량성호}}가 지금 어느 나라에 있는지, 그리고 우리 월급을 가져간 회사가 아직 있는지도 알고 싶습니다. 함께 일했던 {{p:서창일}} 씨와 {{p:문경남}} 씨도 같은 생각입니다.
정부가 알 수 없다면 도와줄 수 있는 단체라도 알려 주십시오.

■ 처리 결과 (답변 내용)
안녕하십니까. 먼저 {{u:국민신문고}}를 통해 귀하의 소중한 의견을 보내 주신 데 대해 감사드립니다.
{{r:박용철}} 님(※ 신청인 성명 오기, {{r:박영철}} 님으로 정정)께서 문의하신 여동생 {{r:박금란}} 님의 소식과 관련하여 답변드립니다.
1. 정부는 {{u:중국}} 내 {{u:북한}} 노동자의 강제 송환과 관련한 보도를 인지하고 있으며, 관련 국제기구 및 {{u:유엔 북한인권 특별보고관}}과 협력하고 있습니다. 다만, 개별 인원의 소재 확인은 현실적으로 어려운 점을 양해하여 주시기 바랍니다.
2. {{u:북한}} 내 가족의 생사 확인은 {{u:대한적십자사}} 이산가족 찾기 신청과는 별도로, 민간단체를 통한 확인 방법이 있을 수 있습니다. 다만 정부는 특정 단체를 추천하지 않습니다.
3. {{u:쿠웨이트}} 현장의 반장 {{p:량성호}} 씨 등 특정 개인의 소재에 관한 정보는 제공할 수 없습니다. 귀하와 {{p:서창일}} 님, {{p:문경남}} 님의 경험은 {{u:북한인권기록센터}}에 진술하시면 조사·기록될 수 있습니다.
4. 추가로 궁금하신 사항은 담당자 {{p:고은비}}(044-xxx-xxxx)에게 연락 주시면 친절히 안내해 드리겠습니다.

■ 민원인 만족도 평가: 미응답
■ 추가 의견(민원인 작성, 2024-05-29):
답변 감사합니다. 그런데 제 이름을 틀리게 적으셨습니다. {{r:영철}}입니다. 그리고 {{r:금란}}이는 제 하나뿐인 동생입니다. 다음에는 "어렵다"는 말보다 할 수 있는 것을 먼저 알려 주시면 좋겠습니다.""",
    },
    {
        "id": "h56-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Song Kum-hui", "송금희", "witness", ["금희"]),
        ],
        "note": "Apartment management office maintenance-request book in a public rental complex where many resettled North Koreans live; surname 송 beside 송금 (remittance) and 송수관, 하 beside 하자, given names with particles and 할머니/아저씨, maintenance staff nicknames, a complaint that turns into an account of overseas work.",
        "text": """○○ 국민임대아파트 관리사무소 - 시설 보수 요청 접수대장 (2024년 1월)
접수: 관리과장 {{p:남궁현}} / 시설기사 {{p:하재석}}, {{p:변도윤}}

접수일 | 동·호수 | 신청인 | 내용 | 처리 | 담당
01-03 | 103-1204 | {{p:정순애}} | 보일러 온수 안 나옴 | 01-03 부품 교체 | {{p:하재석}}
01-04 | 105-0302 | {{r:송금희}} | 욕실 천장 누수. 윗집 송수관 문제인 듯 | 01-05 윗집 확인 | {{p:변도윤}}
01-06 | 101-0807 | {{p:엄기순}} 할머니 | 현관 도어락 고장 (배터리) | 01-06 교체 | {{p:하재석}}
01-09 | 105-0402 | {{p:탁영민}} | 아래층(0302)에서 누수 항의. 본인 집 이상 없다고 함 | 01-10 배관 점검 | {{p:변도윤}}
01-11 | 102-1501 | {{p:류경철}} 아저씨 | 베란다 창문 결로, 곰팡이 | 하자 접수, 01-20 처리 | {{p:하재석}}
01-15 | 105-0302 | {{r:송금희}} | 누수 재발. 전등 합선 우려 | 01-15 긴급 차단 | {{p:남궁현}}
01-22 | 104-0610 | {{p:지은호}} | 음식물 쓰레기통 파손 | 01-23 교체 | 미화 {{p:박}}여사

[과장 메모 - 01-15 {{r:송금희}} 세대 방문]
누수 때문에 방문했는데 {{r:송금희}} 씨(62)가 울면서 이야기를 오래 하심. 천장 물 떨어지는 소리가 {{u:러시아}} {{u:하바롭스크}} 합숙소에서 지낼 때 생각이 나서 잠을 못 잔다고 함. 2014~2017년에 거기서 봉제 일을 하셨다고. 당시 반장이 "{{p:고}} 지도원"이라는 여자였는데 돈을 전부 가져가서 집에 송금을 한 번도 못 했다고 함. 같이 일하던 {{p:옥순}}이라는 동생이 겨울에 폐렴으로 죽었는데 병원에도 못 갔다고.

상담할 곳이 있냐고 물으셔서 동 주민센터 통합사례관리사 {{p:한수정}} 선생님 연락처 드림. 105동 통장 {{p:우경자}} 님께도 살펴봐 달라고 부탁함. {{p:탁영민}} 씨(윗집)에게는 누수 원인이 본인 집 배관이라는 점 설명, 02-01 공사 예정.

[추가 01-30]
{{r:금희}} 할머니 따님 {{p:리은정}} 씨가 전화함({{u:부산}} 거주). 어머니 이야기 들었다고, 감사하다고. 어머니 성함이 북에서는 한자로 "{{r:宋今姬}}"로 적혔다고 함. 공사 날 본인이 올라오겠다고 함.
담당: {{p:남궁현}}""",
    },
    {
        "id": "h56-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Kyong-ok", "류경옥", "witness", ["경옥", "유경옥"]),
            ("Ryu Ha-na", "류하나", "relative", ["하나"]),
        ],
        "note": "Family-court petition to create a new surname origin (성본 창설) for a resettled woman and her daughter; 류/유 surname spelling debate (the surname discussed as a word is unmarked), daughter's given name 하나 beside the numeral/word 하나 and the Hana Foundation, lawyer and judge private, Chinese father of the child named in Hanzi and Hangul.",
        "text": """성과 본 창설 허가 신청서

사건본인 1  {{r:류경옥}} ({{r:柳京玉}}), 1984년 7월 2일생
            주소 {{u:경기도 안산시}} ○○구 ○○로 ○○
사건본인 2  {{r:류하나}}, 2012년 3월 9일생 (사건본인 1의 자)
신청인      사건본인 1 (사건본인 2의 법정대리인 겸)
신청인 대리인 변호사 {{p:어승민}}

신 청 취 지
사건본인들의 성을 "류(柳)", 본을 "{{u:청진}}({{u:淸津}})"으로 창설하는 것을 허가한다 라는 결정을 구합니다.

신 청 이 유
1. 사건본인 {{r:류경옥}}은 {{u:함경북도 청진시}}에서 출생한 북한이탈주민으로, 2019년 {{u:대한민국}}에 입국하여 2020년 {{u:하나원}} 교육을 수료하고 가족관계등록부를 창설하였습니다. 가족관계등록 창설 당시 담당 공무원의 권유에 따라 성을 "유"로 기재하였으나, 사건본인은 {{u:북한}}에서 평생 "류"로 불렸고, 2012년부터 2018년까지 {{u:중국}} {{u:연길}}의 식당과 봉제공장에서 일할 당시 공장 명부에도 "{{r:류경옥}}"이 아닌 "{{r:柳京玉}}"으로 기재되어 있었습니다(소갑 제3호증).
   여기서 쟁점이 되는 것은 성씨 "류"와 "유"의 표기일 뿐, 사건본인의 동일성에는 다툼이 없습니다.
2. 사건본인 {{r:류하나}}는 사건본인 1이 {{u:중국}} 체류 중 중국인 {{p:왕젠궈}}({{p:王建国}})와의 사이에서 출생한 자로서, 2019년 모와 함께 입국하였습니다. 부 {{p:王建国}}은 현재 연락이 되지 않으며, 사건본인 2는 출생 이후 부의 성을 사용한 적이 없습니다. {{r:하나}}는 현재 초등학교 6학년으로, 학교에서 "{{r:류하나}}"와 "{{r:유하나}}"가 혼용되어 불편을 겪고 있습니다.
3. 사건본인 1은 {{u:북한}}에 남아 있는 어머니 {{p:최명순}}과 오빠 {{p:류경일}}이 같은 본을 쓰고 있는지 확인할 방법이 없어, 출신지인 {{u:청진}}을 본으로 삼고자 합니다. 하나의 가족으로서 모녀가 같은 성과 본을 쓰는 것이 자의 복리에도 부합합니다.
4. 사건본인의 정착을 도운 {{u:남북하나재단}} 상담사 {{p:기윤아}}의 진술서(소갑 제5호증)와 같은 공장에서 일한 {{p:천순덕}}의 확인서(소갑 제4호증)를 첨부합니다.

첨 부 서 류
1. 가족관계증명서 각 1통   2. 기본증명서 각 1통   3. 공장 명부 사본 및 번역문 (번역인 {{p:김향란}})
4. 확인서 ({{p:천순덕}})   5. 진술서 ({{p:기윤아}})

2024. 9. 2.
신청인 대리인 변호사 {{p:어승민}} (인)

{{u:수원가정법원 안산지원}} 귀중

[법원 보정명령 메모 - 2024. 9. 23. 판사 {{p:채도현}}]
소갑 제3호증 공장 명부 중 {{r:柳京玉}} 외 기재자({{p:金善姬}}, {{p:朴英爱}} 등) 개인정보 가림 처리 후 재제출할 것.""",
    },
    {
        "id": "h56-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ma Chun-hwa", "마춘화", "witness", ["춘화"]),
            ("Kye Yong-nam", "계용남", "coworker", ["용남"]),
        ],
        "note": "Entry forms for a resettled-community singing contest, four entries with free-text 'my story' fields; surname 마 beside 마음 and 마지막, 계 beside 계속/계획, song titles and real singers as public figures, stage names, a pianist and MC, a co-worker from a Mongolian site.",
        "text": """제5회 한마음 고향노래자랑 참가 신청서 (접수분 정리)
주최: ○○구 북한이탈주민 지원협의회 / 접수 담당: {{p:연소희}}

[접수번호 01]
이름: {{r:마춘화}}   나이: 58   연락처: 010-****-****
부를 노래: 「휘파람」   반주: 피아노 ({{p:양진주}} 선생님께 부탁)
나의 이야기(100자 내외): 2016년부터 {{u:중국}} {{u:단둥}} 봉제공장에서 일할 때 밤마다 이불 속에서 부르던 노래입니다. 같은 방 {{p:정애}}, {{p:순복}}이와 셋이 작게 불렀어요. 마지막으로 부른 건 2019년 겨울. 마음이 떨리지만 나가 보겠습니다.
무대 이름(선택): "{{r:춘화}} 언니"

[접수번호 02]
이름: {{r:계용남}}   나이: 49
부를 노래: {{u:나훈아}}의 「고향역」
나의 이야기: {{u:몽골}} {{u:울란바토르}} 아파트 현장에서 4년 일했습니다. 그때 반장 {{p:길명수}}가 {{u:한국}} 노래 듣다 걸리면 자아비판시킨다고 해서 몰래 들었습니다. 지금은 계속 불러도 아무도 안 잡아가니 좋습니다. 계획은 1등!
특기 사항: 같은 현장에서 일한 {{r:마춘화}} 씨 남편 {{p:라정웅}} 씨와 친구임 (※ 담당자 메모: 두 분 순서 떨어뜨릴 것)

[접수번호 03]
이름: {{p:하유리}} (본명 {{p:하은실}})   나이: 31
부를 노래: {{u:아이유}}의 「좋은 날」
나의 이야기: {{u:러시아}} 식당에서 노래하던 사람이에요. 그때는 {{p:김}} 지배인이 정해 준 노래만 불렀어요. 이번엔 제가 고른 노래!
무대 이름: "{{p:유리}}"

[접수번호 04]
이름: {{p:표순영}}, {{p:표순미}} (자매 2인)
부를 노래: 「반갑습니다」
나의 이야기: 언니 {{p:순영}}이는 {{u:쿠웨이트}}, 동생 {{p:순미}}는 {{u:중국}}에 있었고 {{u:한국}}에서 9년 만에 만났습니다.

[담당자 메모]
- 사회: {{p:도경민}} 아나운서(자원봉사). 이름 발음 미리 확인: "{{r:계용남}}"(계 - 게 아님), "{{r:마춘화}}".
- 01번 {{r:춘화}} 씨 무대 이름 "{{r:춘화}} 언니"로 소개해도 되는지 다시 확인. → 본인 OK ("언니"는 빼 달라고 함, "{{r:춘화}}"만).
- 03번 {{p:유리}} 씨 사진 촬영 거부. 얼굴 나오는 영상 금지.
- {{p:라정웅}} 씨가 {{r:용남}} 씨와 {{r:춘화}} 씨 응원 현수막을 만든다고 함.""",
    },
    {
        "id": "h56-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Tae-ung", "한태웅", "witness", ["태웅"]),
        ],
        "note": "Wage-guarantee fund (대지급금) application with an attached statement by a resettled former overseas construction worker whose Korean employer went bankrupt; employer and bankruptcy trustee private, labour office and welfare service public, 한 as surname and in 한 달/한국, previous overseas boss in a side remark.",
        "text": """대지급금 지급 청구서 (도산대지급금) - 첨부 진술서 포함

청구인
  성명 {{r:한태웅}}   생년월일 1979. 11. 20.
  주소 {{u:인천광역시 남동구}} ○○로 ○○
사업장
  명칭 ○○정밀(주)   대표자 {{p:육성범}}
  소재지 {{u:인천광역시 남동구}} 남동공단 ○○블록
  파산관재인 변호사 {{p:봉지혜}}
미지급 임금: 2023. 9. ~ 2023. 12. (4개월) 12,400,000원 / 퇴직금 3,100,000원

[청구인 진술서]
저 {{r:한태웅}}은 2020년 3월부터 2023년 12월까지 ○○정밀에서 CNC 기계 작업자로 일했습니다. 2023년 9월부터 회사 사정이 어렵다며 대표 {{p:육성범}} 사장님이 월급을 한 달씩 미루다가 12월에 공장 문을 닫았습니다. 같이 일한 {{p:소민재}} 씨, {{p:오정호}} 반장님, {{u:베트남}} 동료 {{p:응우옌 반 훙}}({{p:Nguyen Van Hung}}) 씨도 같은 처지입니다.

제가 이 진술서를 길게 쓰는 이유는, 저는 {{u:북한}}에서 온 사람이고, 월급을 못 받는 일이 처음이 아니기 때문입니다. 2011년부터 2015년까지 {{u:카타르}} {{u:도하}} 건설 현장에서 일했는데, 그때 작업반장 {{p:최광수}}는 4년 동안 저에게 월급 명세서를 한 번도 보여 주지 않았습니다. {{u:한국}}에 와서 처음 받은 월급 명세서를 저는 지금도 가지고 있습니다. 그래서 {{u:한국}}에서 월급을 떼였다는 것이 더 억울합니다.

{{u:중부지방고용노동청 인천북부지청}} 근로감독관 {{p:탁세영}} 님께서 체불임금 확인서를 발급해 주셨고, 파산관재인 {{p:봉지혜}} 변호사님께도 채권 신고를 했습니다. {{u:근로복지공단}}에서 빨리 처리해 주시기 바랍니다.

2024. 2. 5.
청구인 {{r:한태웅}} (서명)

[공단 접수 메모]
접수자 {{p:심가을}} / 2024-02-06
- 청구인 {{r:한태웅}} → 신분증상 성명 일치 확인. (※ 접수 시스템에 "{{r:한 태웅}}"으로 띄어 입력됨, 수정 요청)
- 동료 {{p:소민재}}, {{p:오정호}} 청구서 같은 날 접수. {{p:응우옌}} 씨는 통역({{p:쩐 티 마이}}) 필요.
- 진술서 2쪽 {{u:카타르}} 관련 내용은 대지급금 심사와 무관하나 본인 요청으로 그대로 편철.""",
    },
    {
        "id": "h56-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Yu-jong", "김유정", "witness", ["유정", "곰돌이"]),
            ("Kim Yu-bin", "김유빈", "relative", ["유빈"]),
            ("Ri Ok-hwa", "리옥화", "coworker", ["옥화"]),
        ],
        "note": "Rolling-paper farewell messages to a shelter counsellor who was herself a former restaurant worker abroad, typed up from a poster; given names with vocative 아/야 and 쌤/언니 outside the span, emoji and hearts, a nickname 곰돌이, the counsellor's daughter and a co-worker from Russia, one message in Chinese characters and one in broken English.",
        "text": """[롤링페이퍼 옮겨 적음 - {{r:유정}} 선생님 송별회, 2024. 12. 20.]
가운데 큰 글씨: "{{r:김유정}} 선생님, 그동안 고마웠어요 💐"

- {{r:유정}}쌤~ 쌤 없으면 누가 나 잔소리해요 ㅠㅠ 새 직장 가서도 밥 꼭 챙겨 먹기!! - {{p:서하}}
- 선생님이 처음 오신 날 "나도 여러분처럼 밖에서 일했어요" 하셨을 때 진짜 놀랐어요. {{u:블라디보스토크}} 식당 얘기 또 해 주세요. - {{p:은별}} 🌟
- {{r:유정}}아, 언니다. 우리 {{u:러시아}}에서 같이 접시 닦던 때 생각나니? 그때 {{p:차}} 지배인 몰래 빵 나눠 먹던 거. 네가 이렇게 훌륭한 선생님이 될 줄 알았다. 언제든 전화해. - {{r:옥화}} 언니 ❤
- 선생님 딸 {{r:유빈}}이한테도 안부 전해 주세요! 지난번 김장 때 {{r:유빈}}이가 만두 빚는 거 너무 귀여웠어요 - {{p:명순}} 할머니 (대필 {{p:서하}})
- {{r:곰돌이}} 선생님 🐻 (우리끼리 별명이었어요 ㅎㅎ 화 안 내시는 거 알아요) 항상 건강하세요. - {{p:가은}}, {{p:나은}} 자매
- 謝謝金老師。祝您一切順利。- {{p:小林}} ({{p:林春梅}})
- Teacher {{r:Kim}}, you are best teacher. I will not forget. Thank you my teacher. - {{p:Jenny}} ({{p:정미}})
- {{r:김}} 선생님! 이제 나도 검정고시 합격했어요. 선생님 덕분이에요. 꼭 대학 가서 자랑할게요 - {{p:태식}}
- {{r:유정}} 씨, 그동안 수고 많았어요. 새로 가는 센터에서도 잘할 거예요. 시설장 {{p:남기순}}
- 선생님, 우리 엄마가 {{u:중국}} 공장에서 일할 때 반장 이름이 {{p:박성녀}}였다고 했잖아요. 선생님이 찾아봐 주신다고 한 거 잊지 마세요!! 🙏 - {{p:하랑}}
- {{r:유정}}쌤 사랑해요 💕💕 - {{p:다온}}
- (그림: 곰 한 마리와 "{{r:곰돌이}} 쌤 파이팅")

[옮긴이 메모] 포스터는 {{r:김유정}} 선생님이 가져가심. 사진은 얼굴·이름 보이지 않게 찍어 둠. 옮긴이 {{p:서하}}""",
    },
    {
        "id": "h56-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Un-ha", "최은하", "witness", ["은하"]),
            ("Choe Un-jong", "최은종", "relative", ["은종"]),
        ],
        "note": "Voice-phishing fraud report filed at a police station by a resettled woman; fraudsters using fake names of a prosecutor and a bank clerk (private), the victim's brother still abroad in Russia, caller-ID names, bank and police public, 은하 beside 은행.",
        "text": """전기통신금융사기(보이스피싱) 피해 신고서
접수 관서: {{u:인천남동경찰서}} 수사과 / 접수 경찰관: 경사 {{p:임하준}}
접수 일시: 2024. 8. 13. 15:20

1. 신고인(피해자)
성명: {{r:최은하}}   생년월일: 1990. 2. 17.   직업: 요양보호사
특이사항: 북한이탈주민(2018년 입국). 통역 불필요.

2. 피해 내용
2024. 8. 12. 10:40경 신고인 휴대전화로 02-xxxx-xxxx 번호로 전화가 옴. 발신자는 자신을 "{{u:서울중앙지방검찰청}} 첨단범죄수사부 {{p:강민철}} 검사"라고 소개함. 발신자는 "{{r:최은하}} 씨 명의 통장이 {{u:북한}} 관련 자금 세탁에 이용되었다. {{u:러시아}}에 있는 오빠 {{r:최은종}} 씨도 조사 대상이다"라고 말함.
신고인은 실제로 오빠 {{r:최은종}}이 2017년부터 {{u:러시아}} {{u:블라디보스토크}}의 건설 현장에 파견되어 있다는 사실을 알고 있었으므로 겁을 먹음. 발신자는 "오빠를 보호하려면 자산을 {{u:금융감독원}} 안전계좌로 옮겨야 한다"며 {{p:윤서영}} 대리라는 사람을 연결해 줌. {{p:윤서영}}은 자신을 "{{u:국민은행}} 본점 직원"이라고 함.
신고인은 같은 날 13:05경 ATM에서 2,800만 원을 {{p:장○○}} 명의 계좌로 이체함. 이후 {{p:윤서영}}이 "추가 확인이 필요하다"며 다시 연락해 와 의심이 들어 동생 {{p:최은솔}}에게 말하였고, 동생이 보이스피싱이라고 하여 신고함.

3. 신고인 진술 (요지)
"저는 오빠 이름을 아는 사람이 {{u:한국}}에 거의 없다고 생각했어요. 그런데 그 사람이 {{r:은종}}이 오빠 이름을 정확히 댔어요. 제가 작년에 {{u:페이스북}}에 오빠 찾는 글을 올렸는데, 거기에 이름을 썼어요. 거기서 본 것 같아요. 오빠가 {{u:러시아}}에서 일하는 현장 반장 이름이 {{p:방명호}}라는 것도 그 글에 썼어요. 그 사람이 '{{p:방명호}}도 조사받고 있다'고 했어요. 돈보다 오빠한테 무슨 일이 생길까 봐 무서워요."

4. 첨부: 통화 녹음 파일 1건, 이체 확인증 1매, {{u:페이스북}} 게시글 캡처 2매
5. 처리: 지급정지 요청 (2024. 8. 13. 15:45, 담당 {{p:임하준}}). 신고인 신변보호담당관 {{p:노진우}} 경위에게 통보.

신고인 {{r:최은하}} (서명)    접수자 {{p:임하준}} (인)

[담당관 메모] {{r:은하}} 씨에게 {{u:페이스북}} 글 삭제 권유. 오빠 {{r:은종}} 씨 관련 글에 댓글 단 계정 "{{p:eunjong_friend}}" 확인 필요.""",
    },
    {
        "id": "h56-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ok Myong-chol", "옥명철", "witness", ["명철"]),
            ("Ok Su-ryon", "옥수련", "relative", ["수련"]),
        ],
        "note": "Oriental-medicine clinic chart with several visit entries; patient surname 옥 beside 옥상, wife's given name 수련 beside the word 수련 (training), doctor's and assistant's names, patient's account of a logging injury in Russia with the brigade leader's nickname, almost no public names.",
        "text": """○○한의원 진료기록부 (사본 - 환자 요청으로 발급)
환자명: {{r:옥명철}}   성별/나이: 남/53   차트번호: 24-0311
담당 한의사: {{p:변재훈}} 원장   진료 보조: {{p:주하영}}

[2024-03-11 초진]
주소증: 요통, 좌측 하지 저림 (7년). 야간 통증으로 수면 곤란.
현병력: 환자 진술 - 2015~2017년 해외 벌목장에서 일하던 중 통나무에 허리를 맞음. 당시 작업반장(환자는 "{{p:도끼}}"라고 부름)이 "누워 있으면 계획 못 한다"며 다음 날부터 다시 일을 시켰다고 함. 같은 작업반 {{p:백남수}} 씨가 업어서 숙소까지 옮겨 줌.
망진/문진: 표정 어둡고 말수 적음. 부인 {{r:옥수련}}(본인 말로는 "{{r:수련}}이"라고 부름) 동반. 부인 성도 옥씨라서 접수 시 가족 관계 확인함(같은 성, 부부 맞음).
진단: 요추 추간판 장애, 어혈 요통
치료: 침(요양관, 신수, 위중), 약침, 부항, 적외선
처방: 독활기생탕 7일분

[2024-03-18 재진]
약간 호전(통증 7→5). {{r:명철}} 님 말씀: 옥상 빨래 널다가 다시 삐끗.
{{r:수련}} 님이 따로 상담 요청 - 남편이 밤에 "{{p:도끼}} 온다"며 잠꼬대하고 깬다고. 정신건강 상담 권유. {{p:변재훈}} 원장이 지역 정신건강복지센터 {{p:성미란}} 팀장에게 의뢰서 작성.
치료: 동일. 약침 추가.

[2024-04-01 재진]
통증 4. 수면 개선.
환자 진술: 해외에서 같이 일한 {{p:백남수}} 씨가 지난주 연락해 옴. {{p:남수}} 씨도 허리가 안 좋아 이 한의원을 소개함. → {{p:백남수}} 님 04-03 예약 (담당 {{p:주하영}}).
부인 {{r:옥수련}} 님도 어깨 통증으로 초진 등록 (별도 차트 24-0402).

[2024-04-15 재진]
통증 3. 본인 희망으로 치료 종료. 마지막 진료에서 환자가 "벌목장에서 {{p:도끼}} 반장이 내 이름을 '{{r:옥명철}}'이 아니라 '{{r:오명철}}'로 잘못 적어서 월급 장부에 내가 없었다"고 이야기함. 진료와 무관하나 환자 요청으로 기록함.
(반장의 본명은 환자가 "{{p:마원식}}"이라고 함.)

발급일: 2024-05-02 / 발급자: {{p:주하영}} / 원장 {{p:변재훈}} (직인)""",
    },
    {
        "id": "h56-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yon Sang-gil", "연상길", "witness", ["상길"]),
            ("Jegal Sun-nyo", "제갈순녀", "witness", ["순녀"]),
            ("Sok Chang-ho", "석창호", "coworker", ["창호"]),
        ],
        "note": "Hometown-association officer roster and by-laws extract for people from one North Korean county; two-syllable surname 제갈, surname 연 beside 연락/연말, 석 beside 석 달, officers with titles 회장/총무 outside the span, members' overseas work history, a South Korean adviser, county names public.",
        "text": """{{u:함경북도 명천군}} 출신 향우회 「명천 사람들」 - 2025년 임원 명단 및 회칙 일부
(회원 내부 공유용. 단톡방에 올리지 마세요.)

■ 임원
회장      {{r:연상길}} (64)  - 1990년대 {{u:러시아}} 벌목, 2000년대 {{u:쿠웨이트}} 건설. 2009년 입국.
부회장    {{r:제갈순녀}} (57) - {{u:중국}} 수산물 공장(2012~2016). 2017년 입국.
총무      {{r:석창호}} (48)  - {{u:러시아}} 건설(2014~2018). 2019년 입국.
감사      {{p:함명숙}} (61)
청년부장  {{p:연지훈}} (29) - 회장 {{r:연상길}} 님 조카
자문위원  {{p:주성원}} 변호사(비회원, {{u:대한변호사협회}} 북한이탈주민 법률지원)

■ 회칙 발췌
제3조(목적) 본 회는 {{u:명천}} 출신 회원 상호 간의 친목과 연락, 북에 남은 가족 소식 공유, 해외 파견 노동 피해 기록을 목적으로 한다.
제7조(회비) 회비는 월 1만 원으로 하며, 석 달 이상 미납 시 총무가 연락한다.
제9조(개인정보) 회원의 {{u:북한}} 내 가족 성명, 해외 파견 당시 함께 일한 사람의 성명은 총회 의결 없이 외부에 제공하지 않는다.

■ 2024년 연말 총회 회의록 요지 (기록: 총무 {{r:석창호}})
1. 회장 인사: {{r:연상길}} 회장은 "올해 {{p:량기철}} 회원님이 돌아가셨다. {{p:기철}} 형님은 {{u:쿠웨이트}} 현장에서 나와 같이 일했고, 반장 {{p:주광복}}에게 맞아 귀가 안 들렸다"며 묵념을 제안함.
2. 부회장 {{r:제갈순녀}}: {{u:중국}} 공장에서 함께 일한 여성 {{p:길춘옥}}, {{p:도명희}}의 소식을 아는 회원은 연락 달라고 함. {{r:순녀}} 부회장은 "{{p:명희}}는 2020년 코로나 때 북송됐다는 말이 있다"고 함.
3. 총무 {{r:창호}}: 해외 노동 증언 기록 사업에 참여한 회원 11명. 민간단체 담당자 {{p:Rachel Kang}} 씨가 다음 달 방문 예정.
4. 자문위원 {{p:주성원}} 변호사: {{u:쿠웨이트}} 임금 관련 소송은 현실적으로 어렵지만 기록은 남기자고 함.
5. 기타: {{p:함명숙}} 감사 - 회비 장부 이상 없음. {{p:연지훈}} 청년부장 - 단톡방 관리자 {{p:연지훈}}, {{r:석창호}} 2인 체제.

회장 {{r:연상길}}   총무 {{r:석창호}}""",
    },
    {
        "id": "h56-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Bang Chun-ok", "방춘옥", "witness", ["춘옥"]),
            ("Bang Yong-il", "방용일", "relative", ["용일"]),
        ],
        "note": "Florist's order sheet for congratulatory wreath ribbons at the opening of a North Korean cold-noodle restaurant run by a former overseas restaurant worker; ribbon texts with sender names and titles, 방 surname beside 방 (room), 사장님 outside the span, an order by a Chinese former co-worker in Hanzi, corporate senders invented.",
        "text": """○○꽃집 - 화환 주문 접수표 (배송일 2024. 10. 5. 11:00 / 배송지: 「옥류 냉면」 개업식)
수령인: {{r:방춘옥}} 사장님 (010-****-****)

No | 주문자 | 상품 | 리본 왼쪽(보내는 이) | 리본 오른쪽(문구) | 비고
1 | {{r:방용일}} | 3단 화환 | 동생 {{r:방용일}} 올림 | 누나의 꿈이 이루어진 날 | 결제 완료
2 | {{p:구경자}} | 3단 화환 | ○○동 주민자치위원장 {{p:구경자}} | 祝 開業 |
3 | {{p:하은지}} | 쌀 화환 | 하나센터 {{p:하은지}} 드림 | 대박 나세요 | 쌀 20kg
4 | (주문 취소) | - | - | - |
5 | {{p:李秀英}} | 꽃바구니 | {{p:李秀英}} ({{p:소영}} 언니) | 恭喜發財 生意興隆 | {{u:위챗페이}} 결제, 중국어 문구 확인함
6 | {{p:마영애}} 외 3인 | 3단 화환 | {{p:마영애}} {{p:편경희}} {{p:탁순이}} {{p:채은하}} | {{r:춘옥}}아 우리가 왔다! |
7 | {{p:Thomas Reid}} | 꽃바구니 | {{p:Tom}} & {{p:Min-ji}} | Congratulations, {{r:Chun-ok}}! | 영문 리본
8 | (익명) | 3단 화환 | 옛 동무가 | 그때 그 식당보다 백 배 잘되라 | 주문자 이름 밝히지 말 것

[주문 메모 - 접수 {{p:남보라}}]
- 1번 {{r:용일}} 씨: 누나 가게 방 한 칸에 꽃이 다 들어가냐고 걱정함. 입구 양쪽 배치로 안내.
- 5번 {{p:李秀英}} 님: 한국어 서툼. "{{r:春玉}}({{r:춘옥}})이랑 {{u:닝보}} 식당에서 같이 일했다"고 함. 리본에 한글 이름 "{{p:소영}}"도 같이 써 달라고 함.
- 6번 문구 "{{r:춘옥}}아 우리가 왔다!" - 리본 오른쪽에 그대로. {{p:마영애}} 님이 "우리 넷 다 {{r:방춘옥}}이랑 같은 식당 출신"이라고 함.
- 8번 익명 주문자는 남성, 현금 결제. "{{r:방}} 사장한테 이름 말하지 마세요. 반장 {{p:지성철}} 때문에 아직 무섭다"고 함.
- 배송 기사 {{p:홍}}기사님 10:30 출발.""",
    },
    {
        "id": "h56-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Un-gyong", "현은경", "witness", ["은경", "겨울실"]),
        ],
        "note": "Theatre programme for a documentary play based on a former textile worker's testimony; cast and crew private, characters given only role names (unmarked), the witness credited under her own name and a pen name, a real theatre and arts council public, 현 surname beside 현장/현실.",
        "text": """연극 「실 끝에 매달린 겨울」 프로그램북

■ 작품 소개
이 작품은 2015년부터 2019년까지 {{u:중국}}의 한 방직공장에서 일한 {{r:현은경}} 님의 증언을 바탕으로 만들어졌습니다. 극 중 인물의 이름은 모두 바꾸었고, "반장", "언니", "막내"처럼 역할로만 부릅니다. 현장의 목소리를 무대로 옮기되, 실제 인물이 드러나지 않도록 했습니다.

■ 원작자의 말 - {{r:현은경}}
처음 이 이야기를 꺼낸 건 2021년 상담실에서였습니다. 그때 들어 주신 {{p:노수아}} 선생님, 그리고 제 말을 희곡으로 바꿔 주신 {{p:제은솔}} 작가님께 감사합니다. 저는 무대에 제 이름이 나오는 것이 아직 무섭습니다. 그래서 공연 포스터에는 '{{r:겨울실}}'이라는 이름을 썼습니다. 프로그램북에만 제 이름을 적습니다. 같이 일했던 {{p:순덕}}이, {{p:미향}}이, 그리고 끝내 돌아가지 못한 {{p:옥주}}에게 이 공연을 바칩니다.

■ 출연
반장 역 - {{p:한소라}}
언니 역 - {{p:서지원}}
막내 역 - {{p:윤하늘}}
공장장(중국인) 역 - {{p:정태오}}
보위원 역 - {{p:맹도준}}
코러스 - {{p:이새봄}}, {{p:오하람}}

■ 제작진
작 {{p:제은솔}} | 연출 {{p:권태형}} | 드라마터그 {{p:노수아}} | 무대 {{p:탁지호}} | 조명 {{p:허윤}} | 음악 {{p:Daniel Moon}} | 북한어 자문 {{r:현은경}}

■ 연출의 글 - {{p:권태형}}
{{r:은경}} 씨를 처음 만났을 때 그는 실타래 하나를 꺼내 보였습니다. 공장에서 몰래 가져온 유일한 물건이라고 했습니다. 반장 {{p:함}}씨가 매일 밤 실 한 올까지 무게를 달아 "도둑질"을 찾았다는 이야기를 들으며, 저는 이 연극의 제목을 정했습니다. 현실은 연극보다 훨씬 조용하고 훨씬 무서웠습니다. {{r:현}} 작가님, 고맙습니다.

공연장: {{u:대학로 예술극장}} 소극장 | 지원: {{u:한국문화예술위원회}}""",
    },
    {
        "id": "h56-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ji Kyong-su", "지경수", "witness", ["경수"]),
            ("Ji Kyong-nam", "지경남", "relative", ["경남"]),
            ("Yom Sun-bok", "염순복", "witness", ["순복"]),
            ("Yom Hyang", "염향", "relative", ["향"]),
            ("Kil Chol-man", "길철만", "coworker", ["철만"]),
        ],
        "note": "Person-seeking classified advertisements from a community newspaper's back page, three ads plus the editor's note; seekers and sought persons registered, one-syllable given name 향, 지 surname beside 지금/지난, 길 surname beside 길 (road), 경남 as a given name beside the province 경남 (public), nicknames and childhood names.",
        "text": """[사람을 찾습니다] - 월간 「새터 소식」 2024년 11월호 광고란

① 동생 {{r:지경남}}을 찾습니다
{{u:함경남도 단천}} 출신, 1982년생. 2013년 무렵 {{u:러시아}} 건설 현장으로 파견되었다가 2016년 이후 소식이 끊겼습니다. 어릴 때 별명은 "{{r:깜장이}}"였고 왼쪽 눈썹에 흉터가 있습니다. 지금 {{u:한국}}에 와 있다면, 또는 {{r:경남}}이를 현장에서 만난 분이 계시면 연락 주십시오. 형 {{r:지경수}} ({{u:경남}} {{u:창원}} 거주 - 여기서 {{u:경남}}은 {{u:경상남도}}입니다 ㅎㅎ).
※ 동생이 일하던 현장의 반장은 {{p:문철호}}, 통역은 {{p:허명진}}이었다고 들었습니다.

② 딸 {{r:향}}이를 찾습니다
이름 {{r:염향}}(외자 이름입니다). 1999년생. 2018년 {{u:중국}} {{u:선양}}의 식당으로 갔습니다. 2020년 봄에 식당 지배인 {{p:변성애}}가 보낸 편지에 "{{r:향}}이는 잘 있다"고 한 것이 마지막입니다. 같은 식당에 {{p:옥단}}, {{p:은별}}이라는 아이들이 있었다고 합니다. 엄마 {{r:염순복}}이 기다립니다. {{r:순복}}이라는 이름으로 {{u:하나원}} 동기들이 많이 아실 겁니다.

③ 함께 일한 동무 {{r:길철만}}을 찾습니다
2010~2014년 {{u:쿠웨이트}} 건설 현장 17작업반. {{r:길철만}} 동무는 키가 크고 "{{r:꺽다리}}"라고 불렸습니다. 제가 다쳤을 때 자기 월급으로 약을 사 준 사람입니다. 길에서라도 한 번 만나면 좋겠습니다. - 같은 작업반 {{r:지경수}} (①번 광고와 같은 사람입니다)

[편집자 알림]
- 광고 게재자의 연락처는 편집부를 통해서만 전달합니다. 담당 기자 {{p:송하린}}.
- 지난호 광고의 {{p:맹순화}} 님은 찾던 언니 {{p:맹순옥}} 님과 연락이 닿았다고 알려 오셨습니다. 축하드립니다!
- 광고 내용 중 북에 있는 가족의 실명은 싣지 않는 것이 원칙이나, 게재자({{r:지경수}}, {{r:염순복}})가 동의하여 그대로 싣습니다.""",
    },
    {
        "id": "h56-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sol Kwang-il", "설광일", "witness", ["광일"]),
            ("Mo Jong-ae", "모정애", "relative", ["정애"]),
            ("Sol Ha-yong", "설하영", "relative", ["하영"]),
            ("Sol Ha-jun", "설하준", "relative", ["하준"]),
        ],
        "note": "Sixtieth-birthday banquet programme for a former Mongolia and Russia construction worker; children and grandchildren, spouse with surname 모 beside 모두/모시는, 설 surname beside 설날, MC and guests private, toasts quoting a former co-worker, a song by a public singer.",
        "text": """{{r:설광일}} 님 회갑연 (回甲宴)
일시: 2024년 12월 14일(토) 낮 12시 / 장소: ○○뷔페 2층 연회장
모시는 글: 아버지 {{r:설광일}} 님과 어머니 {{r:모정애}} 님의 회갑을 맞아 조촐한 자리를 마련했습니다. 모두 오셔서 축하해 주세요.
아들 {{r:설하준}} · 며느리 {{p:임소라}} / 딸 {{r:설하영}} · 사위 {{p:Marcus Bell}} 올림

■ 순서
12:00  개회 및 내빈 소개 - 사회 {{p:권도윤}} (아들 {{r:하준}}의 친구)
12:10  주인공 입장 - {{r:설광일}} 님, {{r:모정애}} 님
12:15  약력 소개 - 딸 {{r:설하영}}
12:25  큰절 및 헌주 - {{r:하준}}·{{p:소라}} 부부, {{r:하영}}·{{p:Marcus}} 부부, 손주 {{p:설도윤}}, {{p:설다은}}
12:35  축사 - {{p:황보석}} 님 (아버지의 {{u:몽골}} 현장 동료)
12:45  축가 - {{u:조용필}}의 「꿈」 (손녀 {{p:다은}}이와 {{p:Marcus}}가 함께 부릅니다)
12:50  주인공 인사말 - {{r:설광일}}
13:00  식사 및 자유 시간

■ 약력 (딸 {{r:하영}}이 씀)
아버지 {{r:설광일}}은 1964년 설날 아침, {{u:양강도 혜산}}에서 태어나셨습니다. 그래서 이름에 "설"이 두 번 들어간다고 농담하십니다. 1999년부터 2003년까지 {{u:몽골}} {{u:울란바토르}}의 아파트 건설 현장에서, 2006년부터 2010년까지 {{u:러시아}} {{u:하바롭스크}}에서 일하셨습니다. 그동안 어머니 {{r:정애}} 씨는 혼자 저와 오빠를 키우셨습니다. 2014년 우리 가족은 함께 {{u:한국}}에 왔습니다.

■ 축사 원고 일부 ({{p:황보석}} 님)
"{{r:광일}}이 형, {{u:울란바토르}} 그 추운 겨울에 반장 {{p:리덕수}}가 우리 장갑까지 팔아먹었을 때, 형이 자기 장갑을 {{p:봉남}}이한테 벗어 줬잖아. 그래서 형 손가락 두 개가 지금도 굽어 있는 거 나는 알아. 오늘 {{r:정애}} 형수님 앞에서 그 얘기를 처음 합니다."

※ 축의금은 정중히 사양합니다. 대신 북한이탈주민 장학기금 모금함이 입구에 있습니다. 담당 {{p:임소라}}.""",
    },
    {
        "id": "h56-ko-16",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ro Myong-sik", "로명식", "witness", ["명식", "노명식"]),
            ("Sim Kwang-u", "심광우", "supervisor", ["광우"]),
            ("Ro Un-sil", "로은실", "relative", ["은실"]),
            ("Kwak Chol-jin", "곽철진", "coworker", ["철진"]),
        ],
        "note": "Core material: interview summary in Korean written by a caseworker, CRLF; 로/노 spellings, minder 심 with 지도원 outside the span, one-syllable nickname, co-worker given name with suffix 이, wife with particles, a Chinese broker labelled whole (老金), interviewer initials; only a few public places.",
        "text": """면담 요약 (2차) - 제보자 K-24-119
일시: 2024. 10. 8. 14:00~16:40 / 장소: 사무실 2면담실 / 면담자: {{p:JHY}}, 기록: {{p:SMK}}

1. 인적 사항
제보자 {{r:로명식}}(51세)은 {{u:평안남도 순천}} 출신. {{u:한국}} 주민등록상 성명은 "{{r:노명식}}"이나, 본인은 "{{r:로명식}}"으로 불러 달라고 함. 부인 {{r:로은실}}({{u:북한}}에서 혼인 후 같은 성으로 등록되었다고 함 - 사실은 원래 성도 로씨)과 딸 하나는 북에 있음.

2. 파견 경위
2015년 3월 외화벌이 건설회사 소속으로 {{u:러시아}} {{u:노보시비르스크}}에 파견. 작업반 28명. 작업반장은 {{p:주영호}}, 당 생활을 맡은 지도원은 {{r:심광우}}. 제보자는 "반장보다 {{r:심}} 지도원이 더 무서웠다"고 함. {{r:심광우}}는 매주 토요일 생활총화를 주재했고, {{u:러시아}} 사람과 말을 섞은 사람을 적발해 "사상 검토"를 했다고 함.

3. 주요 진술
- 임금: {{u:러시아}} 측 회사가 1인당 월 5만~6만 루블을 지급했다고 들었으나, 제보자가 받은 돈은 월 3천~5천 루블. 나머지는 "계획분", "충성자금", "식대"로 공제. 장부는 {{r:심}} 지도원이 직접 관리.
- 폭행: 2016년 겨울, 함께 일하던 {{r:곽철진}}이 숙소에서 라디오를 듣다 걸림. {{r:심광우}}가 {{r:철진}}이를 밤새 세워 놓고 때렸고, {{r:철진}}이는 다음 날 귀에서 피가 났음. 제보자는 "{{r:철진}}이는 그 뒤로 왼쪽 귀가 잘 안 들렸다"고 함.
- 도주: 2018년 9월, 제보자는 현장에 자재를 대던 조선족 브로커 {{p:老金}}(제보자는 "{{p:김}} 사장"이라고도 부름)의 도움으로 숙소를 빠져나옴. {{p:老金}}에게 2천 달러를 주기로 했는데, 이 돈은 {{u:한국}}에 온 뒤 2년에 걸쳐 갚았다고 함.
- 그 밖의 인물: 통역 {{p:엄기혁}}(러시아어 잘함, 제보자에게 호의적), 취사원 "{{p:털보}}"(본명 모름), 러시아인 현장감독 {{p:Сергей}}({{p:세르게이}}).

4. 가족 관련
제보자는 부인 {{r:은실}} 씨가 자신의 도주 때문에 불이익을 받았을까 걱정함. 2022년 브로커를 통해 "{{r:은실}}이는 시장에서 장사한다"는 소식을 한 번 들었음. 딸 이름은 밝히기를 거부.

5. 증언 활용 동의
- 실명 공개: 거부. 가명 "K-24-119" 사용.
- {{r:심광우}}, {{p:주영호}}의 실명은 공개해도 된다고 함. {{r:곽철진}}은 "본인 동의 없이 이름 쓰지 말라"고 함.

6. 후속 조치
- {{p:JHY}}: {{r:곽철진}} 소재 확인 (제보자에 따르면 2019년 귀국).
- {{p:SMK}}: 다른 제보자 진술 중 "{{r:심}} 지도원" 언급 여부 대조.""",
    },
    {
        "id": "h56-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", ["Ким Ён Чоль", "영철"]),
            ("Pak Son-ok", "박선옥", "relative", ["Пак Сон Ок", "선옥"]),
            ("Hwang Myong-dok", "황명덕", "supervisor", ["Хван Мён Док"]),
        ],
        "note": "Translated register of incoming and outgoing correspondence of a Russian correctional colony for a North Korean prisoner, Cyrillic entries with case endings (Кима, Ким, Паку), Korean translator notes, censor and duty officer names with patronymics, a brigade leader's letter, a consular letter from the DPRK consulate, an NGO caseworker's letter.",
        "text": """ЖУРНАЛ УЧЁТА ВХОДЯЩЕЙ И ИСХОДЯЩЕЙ КОРРЕСПОНДЕНЦИИ ОСУЖДЁННОГО (выписка)
ФКУ ИК-○○, {{u:Приморский край}}
Осуждённый: {{r:Ким Ён Чоль}}, 1978 г.р., гражданин {{u:КНДР}}, отряд № 4
Переводчик выписки на корейский: {{p:신소윤}} (번역 의뢰: 가족 측 변호인)

№ | Дата | Вх./Исх. | От кого / кому | Вид | Отметка цензора | 번역자 메모
1 | 12.02.2021 | Исх. | от {{r:Кима Ён Чоля}} - {{r:Пак Сон Ок}}, {{u:г. Чхонджин}} | письмо, 2 л. | не отправлено (адрес вне {{u:РФ}}, нет конверта) | 부인 {{r:박선옥}}에게 보낸 편지. 발송 안 됨.
2 | 03.03.2021 | Вх. | от {{r:Хван Мён Дока}} ({{u:г. Владивосток}}) - {{r:Киму Ён Чолю}} | письмо, 1 л. | выдано под роспись | 작업반장 {{r:황명덕}}이 보낸 편지. "조직이 너를 잊지 않았다" 내용.
3 | 19.04.2021 | Вх. | от Генерального консульства {{u:КНДР}} в {{u:Находке}} | письмо | выдано | 총영사관 명의, 서명 "{{p:Ли Чхоль}}" ({{p:리철}}).
4 | 02.06.2021 | Исх. | от {{r:Кима}} - в консульство | заявление | отправлено | 내용: "귀국 원하지 않음" 이라고 제보자는 주장. 사본 없음.
5 | 15.09.2021 | Вх. | от {{p:Ю. А. Дорониной}}, адвоката | письмо | выдано | 변호사 {{p:Юлия Андреевна Доронина}}.
6 | 10.01.2022 | Вх. | от {{p:Эмили Чо}} ({{p:Emily Cho}}), НКО | письмо на англ. языке | задержано до перевода | 민간단체 {{p:Emily Cho}}의 편지. 번역 후 3주 뒤 전달.
7 | 28.02.2022 | Исх. | от {{r:Ким Ён Чоля}} - {{r:Хван Мён Доку}} | письмо | отправлено | 반장에게 보낸 편지. 내용 불명.

Цензор: ст. инспектор {{p:Марина Сергеевна Волкова}} (подпись: {{p:Волкова}})
Дежурный: мл. лейтенант {{p:Кравченко Д. И.}}

[번역자 메모]
- 1번: 제보자 {{r:김영철}}은 "아내 {{r:선옥}}에게 처음이자 마지막으로 쓴 편지"라고 함. 러시아어 표기 "{{r:Пак Сон Ок}}"은 받는 사람 칸에 있어서 주격.
- 2, 7번: "{{r:Хван Мён Дока}}", "{{r:Хван Мён Доку}}"는 모두 {{r:황명덕}}의 격 변화형. 같은 사람.
- {{r:Кима}}, {{r:Киму}}, {{r:Ким Ён Чоля}} 등도 모두 {{r:영철}} 본인의 격 변화형임.
- 5번 변호사 {{p:Доронина}}는 제보자가 "{{p:율리야}} 선생"이라고 부름.""",
    },
    {
        "id": "h56-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yi Jin-song", "이진성", "witness", ["진성", "jinsong_yi", "Lee Jin-sung"]),
            ("Pyon Chol-gi", "변철기", "supervisor", ["철기", "Byun"]),
            ("An Se-rin", "안세린", "other", ["세린", "serin.an"]),
        ],
        "note": "Discord server export of a volunteer translation team working on a testimony, Korean/English, handles and display names that spell names, emoji reactions, a minder with surname 변 beside 변경/변호사, witness in Yi/Lee spellings, the word 'an' and the surname An, mentions with @, a bot account unmarked.",
        "text": """Server: 번역팀 (testimony-translation) / #k-203-draft
Exported 2024-07-22 by {{p:dahye_kwon}}

[2024-07-20 21:03] {{r:serin.an}} ({{r:세린}}): 여러분 K-203 2차 초안 올렸어요 📄 {{r:이진성}} 님 증언이고요, 이름은 전부 가명 처리 전 버전이니까 외부 공유 금지!!
[2024-07-20 21:05] {{p:dahye_kwon}}: 확인했어요 👍 근데 3쪽에 "{{r:Lee Jin-sung}}"이랑 "{{r:Yi Jin Song}}"이 섞여 있어요. 하나로 통일할까요?
[2024-07-20 21:07] {{r:serin.an}} ({{r:세린}}): 본인이 {{r:Yi Jin-song}}으로 해 달래요. North 표기로!
[2024-07-20 21:10] {{p:mattcho}}: Quick q - the supervisor on p.5, "{{r:Pyon Chol-gi}}" - the Korean says {{r:변철기}}. Should it be {{r:Byun}} or {{r:Pyon}}? Also is there an official English style?
[2024-07-20 21:12] {{p:dahye_kwon}}: @{{p:mattcho}} North-style: {{r:Pyon}}. 변경 사항 스타일 가이드에 적어둘게요
[2024-07-20 21:14] TranslateBot: ✅ Glossary updated: 지도원 → "political instructor"
[2024-07-20 21:20] {{p:mattcho}}: ok. Another one: "{{r:철기}} 지도원이 {{r:진성}}이를 불러서..." - is that our witness or someone else?
[2024-07-20 21:22] {{r:serin.an}} ({{r:세린}}): 같은 사람이에요! 뒤의 "이"는 애칭 같은 거예요. Just "{{r:Jin-song}}" in English 😊
[2024-07-20 21:25] {{p:Hyewon Seo}}: Also p.7 - the Chinese foreman is {{p:刘师傅}} in the Korean. I put "Master {{p:Liu}}". ok?
[2024-07-20 21:26] {{p:dahye_kwon}}: 👍 Master {{p:Liu}} 좋아요
[2024-07-20 21:40] {{r:jinsong_yi}}: 안녕하세요 저 {{r:진성}}이에요. {{r:세린}} 씨가 초대해 줬어요. 제 이름 {{r:Yi}} 맞아요 ㅎㅎ 그리고 {{r:변철기}}는 꼭 실명으로 남겨 주세요. 그 사람 때문에 {{p:상훈}}이가 다쳤어요.
[2024-07-20 21:43] {{r:serin.an}} ({{r:세린}}): @{{r:jinsong_yi}} 환영해요 🙏 {{p:상훈}} 님 성도 알려 주실 수 있어요? An extra note for the team: it's an honour to have {{r:Jin-song}} here.
[2024-07-20 21:50] {{r:jinsong_yi}}: {{p:우상훈}}이요. 지금 어디 있는지 몰라요.
[2024-07-20 22:02] {{p:mattcho}}: Thank you {{r:Jin-song}}. I'll keep {{r:Pyon}}'s full name in the draft 💪
[2024-07-21 09:15] {{p:Hyewon Seo}}: 아침에 {{r:세린}} 님이랑 통화했는데, 변호사 검토 전에는 {{r:변철기}} 실명 버전은 #legal-review 채널에만 올리기로 했어요.""",
    },
    {
        "id": "h56-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jong Hye-ran", "정혜란", "witness", ["혜란", "郑惠兰"]),
            ("Ko Mi-gyong", "고미경", "supervisor", ["미경", "高美京"]),
        ],
        "note": "Chinese market-supervision bureau food-hygiene inspection record for a North Korean restaurant, with a Korean translation of the remarks and the witness's annotations; staff health-certificate table in Hanzi, Chinese inspectors with 科长/同志 forms, restaurant manager 高美京 in Hanzi and Hangul, 老 and 小 address forms labelled whole, one public bureau and city.",
        "text": """{{u:丹东市市场监督管理局}}
餐饮服务食品安全监督检查记录表
被检查单位: ○○{{u:朝鲜}}餐厅 (仅作记录，名称已隐去)
负责人: {{r:高美京}}   联系电话: 138****2291
检查日期: 2019年7月16日   检查人员: {{p:王建军}}、{{p:赵丽}}

检查项目 | 结果 | 备注
1. 从业人员健康证明 | 不合格 | 12名服务员中仅5名持有效健康证
2. 后厨卫生 | 基本合格 | 冷藏柜温度偏高
3. 食品留样 | 不合格 | 未按规定留样
4. 员工宿舍 | 未检查 | 负责人称宿舍"不在本店"

从业人员健康证明核查表 (部分)
姓名 | 岗位 | 健康证编号 | 有效期
{{r:高美京}} | 经理 | 2105****0112 | 2020.03
{{r:郑惠兰}} | 服务员 | - | 无
{{p:金春姬}} | 服务员 | 2105****0187 | 2019.11
{{p:朴英玉}} | 服务员 | - | 无
{{p:崔明花}} | 厨师 | 2105****0201 | 2020.01
{{p:小金}} (姓名未登记) | 服务员 | - | 无

检查意见: 责令限期十日内整改。 检查人员签字: {{p:王建军}} 被检查单位负责人签字: {{r:高美京}}
备注 ({{p:赵丽}}): 经理{{r:高}}称无健康证的员工"刚从{{u:朝鲜}}来"。翻译由店内员工{{p:老崔}}担任。

[한국어 번역 및 제보자 메모 - 번역: {{p:윤채민}}]
- 검사원 {{p:왕젠쥔}}({{p:王建军}}) 과장과 {{p:자오리}}({{p:赵丽}}) 씨가 점검. 지배인 {{r:고미경}}이 응대.
- 건강증명서 없는 7명 중 한 명이 제보자 {{r:정혜란}}(중국식 표기 {{r:郑惠兰}}). 제보자 메모: "{{r:고미경}} 지배인이 우리보고 '검사 끝날 때까지 창고에 있어라' 했는데 {{p:赵丽}} 씨가 창고 문을 열어서 들켰어요. 그래서 표에 제 이름이 들어간 거예요."
- "{{p:小金}}"은 {{p:김은향}}. 너무 어려서(17살로 추정) 이름을 안 적었다고 제보자가 말함.
- 통역한 "{{p:老崔}}"는 주방장 {{p:최명화}}({{p:崔明花}}) 언니. 제보자: "{{p:명화}} 언니가 일부러 틀리게 통역해서 지배인이 화냈어요."
- {{r:혜란}} 씨는 이 점검 석 달 뒤 식당을 떠남.""",
    },
    {
        "id": "h56-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Sol-hwa", "윤설화", "witness", ["설화", "Sol-hwa"]),
            ("Ri Kyong-hui", "리경희", "supervisor", ["경희"]),
        ],
        "note": "Kitchen temperature log from a North Korean restaurant in Vladivostok, Russian headings, initials and short Korean names in the sign-off column, a Russian health inspector's remark, the witness's annotations identifying each set of initials; Cyrillic initials, Latin initials, given names only.",
        "text": """ЖУРНАЛ УЧЁТА ТЕМПЕРАТУРНОГО РЕЖИМА ХОЛОДИЛЬНОГО ОБОРУДОВАНИЯ
Ресторан корейской кухни, {{u:г. Владивосток}} / Июль 2018
Ответственный: {{r:Ли Кён Хи}} (управляющая)

Дата | Холодильник 1 (°C) | Морозильник (°C) | Время | Подпись
01.07 | +3 | -18 | 08:00 | {{r:С.Х.}}
01.07 | +4 | -18 | 20:00 | {{p:Ч.О.}}
02.07 | +3 | -17 | 08:00 | {{r:설화}}
02.07 | +6 | -15 | 20:00 | {{p:옥}}
03.07 | +3 | -18 | 08:00 | {{r:Y.S.H.}}
03.07 | - | - | 20:00 | (нет записи)
04.07 | +8 | -12 | 08:00 | {{r:К.Х.}} - холодильник сломан
05.07 | +3 | -18 | 08:00 | {{p:Чон Ок}}
...
Проверено: специалист {{u:Роспотребнадзора}} {{p:Т. В. Гаврилова}}, 06.07.2018. Замечание: журнал заполняется разными подписями, непонятно кто отвечает. Управляющая {{r:Ли}} обязана назначить одного ответственного.

[제보자 설명 - {{r:윤설화}}, 2023년 면담 때 직접 씀]
- "{{r:С.Х.}}", "{{r:Y.S.H.}}", "{{r:설화}}"는 다 저예요. 매니저 {{r:리경희}} 동무가 러시아어로 쓰라고 했다가 영어로 쓰라고 했다가 해서 이렇게 됐어요.
- "{{p:Ч.О.}}", "{{p:Чон Ок}}", "{{p:옥}}"은 {{p:정옥}}이에요. {{p:정옥}}이는 주방 보조였어요.
- "{{r:К.Х.}}"는 {{r:리경희}}. 냉장고 고장 난 날 {{r:경희}} 동무가 직접 쓰고 우리한테 고기를 밤새 얼음에 묻으라고 했어요.
- 3일 저녁 기록이 없는 건 그날 밤 영사관에서 사람이 와서 ({{p:박}} 참사라고 불렀어요) 전원 생활총화를 했기 때문이에요.
- 점검 나온 {{u:러시아}} 여자 검사관({{p:Гаврилова}})은 {{r:Sol-hwa}}가 누구냐고 물었는데 {{r:경희}} 동무가 "그런 사람 없다"고 했어요.""",
    },
    {
        "id": "h56-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Kwang-myong", "채광명", "witness", ["광명", "تشاي كوانغ ميونغ"]),
            ("Ryom Chang-su", "렴창수", "supervisor", ["창수", "Ryom"]),
        ],
        "note": "Translated Kuwaiti administrative deportation decision for a North Korean worker, Arabic original lines with English translation and Korean lawyer's notes; worker's name in Arabic script and Latin passport spelling, sponsor and officer names in Arabic and English, brigade leader 렴/Ryom/Yom, the word Kwangmyong (intranet) vs. the given name 광명, Ministry of Interior public.",
        "text": """{{u:وزارة الداخلية}} - الإدارة العامة لشؤون الإقامة
قرار إبعاد إداري رقم ٢٠١٧/٤٤١٢

يُبعد المدعو: {{r:تشاي كوانغ ميونغ}}
الجنسية: {{u:كوريا الشمالية}} - جواز رقم: 7X4****1
الكفيل: شركة ○○ للمقاولات العامة - المخول بالتوقيع: {{p:فهد ناصر العجمي}}
سبب الإبعاد: التغيب عن العمل (بلاغ تغيب مقدم من الكفيل بتاريخ ٢٠١٧/٠٨/٣)
الضابط المسؤول: المقدم {{p:سالم عبدالله الرشيدي}}

[English translation - certified translator {{p:Maha Al-Sabah}}]
{{u:Ministry of Interior}} - General Department of Residency Affairs
Administrative Deportation Decision No. 2017/4412
The person named {{r:CHAE KWANG MYONG}} is to be deported.
Nationality: {{u:North Korea}} - Passport no. 7X4****1
Sponsor: ○○ General Contracting Co. - authorised signatory: {{p:Fahad Nasser Al-Ajmi}}
Reason: absence from work (absconding report filed by the sponsor on 3/8/2017)
Responsible officer: Lt. Col. {{p:Salem Abdullah Al-Rashidi}}

[변호인 메모 - {{p:남상우}} 변호사, 2024]
1. 의뢰인 {{r:채광명}}은 2014~2017년 {{u:쿠웨이트}}에서 일했다. 아랍어 이름 "{{r:تشاي كوانغ ميونغ}}"은 여권 영문 {{r:CHAE KWANG MYONG}}을 옮긴 것이다. 의뢰인의 이름 "{{r:광명}}"은 {{u:북한}} 인트라넷 '{{u:광명}}'과 같은 글자여서 {{u:쿠웨이트}} 현장에서 동료들이 "인터넷"이라고 놀렸다고 한다.
2. 신고 경위: 의뢰인 진술에 따르면 "도주"가 아니라, 작업반장 {{r:렴창수}}가 의뢰인을 다른 현장에 팔아넘기려 하자 숙소를 나와 {{u:쿠웨이트시티}}의 교회에 머문 것이다. {{r:렴창수}}는 회사 서류에는 "{{r:YOM CHANG SU}}", 동료들 사이에서는 "{{r:렴}} 반장"이었다.
3. 스폰서 측 {{p:Al-Ajmi}}는 {{r:Ryom}}과 친했고, 신고서는 {{r:Ryom}}이 대신 썼다고 의뢰인은 믿는다.
4. 같은 숙소 동료 {{p:한정수}}, {{p:백광호}}도 같은 시기 부재 신고를 당했다고 한다. {{p:정수}}는 송환되었고 {{p:광호}}는 행방불명.
5. 의뢰인은 2017년 12월 추방되지 않고 {{u:한국대사관}}을 통해 입국했다(경위 별도 메모). 이 결정서 사본은 교회 봉사자 {{p:Mary Thomas}} 씨가 보관하다가 2023년 보내 줌.""",
    },
    {
        "id": "h56-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jin Yong-ho", "진영호", "witness", ["영호", "Жин Ён Хо"]),
            ("Pae Hak-chol", "배학철", "supervisor", ["학철", "Пэ"]),
            ("Jin Su-ok", "진수옥", "relative", ["수옥"]),
        ],
        "note": "Mongolian greenhouse vegetable cooperative harvest sheets with names of North Korean workers in Mongolian Cyrillic and a Korean worker's notes; Mongolian supervisor with patronymic initial, Korean names in Mongolian spelling (Жин, Пэ), crate counts, 진 surname beside 진짜, 배 surname beside 배 (pear/boat), a Mongolian province public.",
        "text": """ХҮЛЭМЖИЙН ХОРШОО - ӨДРИЙН ХУРААЛТЫН ХУУДАС
{{u:Төв аймаг}}, хүлэмж № 3-7 / 2019 оны 8-р сар
Хариуцагч: {{p:Б. Ганбаатар}}

Огноо | Ажилчин | Улаан лооль (хайрцаг) | Өргөст хэмх (хайрцаг) | Гарын үсэг
08.05 | {{r:Жин Ён Хо}} | 42 | 18 | {{r:Жин}}
08.05 | {{p:Сон Гён Ир}} | 39 | 20 | {{p:Сон}}
08.05 | {{p:Ким Мён Сук}} | 35 | 22 | {{p:Ким}}
08.05 | {{r:Пэ}} (бригадир) | - | - | {{r:Пэ}}
08.06 | {{r:Жин Ён Хо}} | 11 | 4 | (эмнэлэг - гараа зүссэн)
08.06 | {{p:Сон Гён Ир}} | 44 | 19 | {{p:Сон}}
Тэмдэглэл ({{p:Ганбаатар}}): Бригадир {{r:Пэ Хак Чол}} хураалтын тоог өөрөө бичдэг, ажилчид гарын үсэг зурдаггүй. Мөнгийг бригадирт өгдөг.

[번역 및 제보자 메모 - {{r:진영호}}]
- "{{r:Жин Ён Хо}}"가 저 {{r:진영호}}입니다. {{u:몽골}} 사람들은 "진"을 "Жин"으로 썼어요. 진짜 발음은 "Чин"에 가까운데.
- "{{r:Пэ}}"는 작업반장 {{r:배학철}}. {{r:배}} 반장은 하루 상자 수를 자기가 적고, 우리한테는 서명도 안 시켰어요. {{u:몽골}} 관리인 {{p:강바타르}}({{p:Ganbaatar}}) 아저씨가 그걸 적어 둔 거예요.
- 8월 6일에 제가 손을 베어서 11상자밖에 못 했는데, {{r:학철}}이 반장이 그날 치 돈을 통째로 깠어요.
- "{{p:Сон Гён Ир}}"는 {{p:송경일}}, "{{p:Ким Мён Сук}}"은 {{p:김명숙}} 아주머니. {{p:명숙}} 아주머니는 밥도 해 주셨어요.
- 제 여동생 {{r:진수옥}}도 그때 {{u:울란바토르}} 봉제공장에 있었어요. {{r:수옥}}이하고는 한 달에 한 번 {{r:배학철}}이 허락하면 전화했어요. 배 타고 온 것도 아니고 비행기 타고 왔는데 "{{r:배}} 반장"이라고 하니까 {{u:몽골}} 사람들이 웃었어요.""",
    },
    {
        "id": "h56-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-bom", "김철범", "witness", ["철범", "Kim Czol Bom"]),
            ("Jong Song-il", "정성일", "supervisor", ["성일", "Dzong"]),
        ],
        "note": "Access-control turnstile export from a Polish shipyard, Polish column headings, Korean workers' names in Polish transliteration (Czol, Dzong, Pak with case forms Paka), badge numbers, security officer's Polish comment, the witness's Korean annotations explaining why one badge was used by several men; one city public.",
        "text": """SYSTEM KONTROLI DOSTĘPU - EKSPORT ZDARZEŃ (bramka B2, wydział kadłubowy)
Stocznia w {{u:Gdyni}} / podwykonawca: ○○ Sp. z o.o. / okres: 2016-03-14 - 2016-03-15

Data i godzina | Nr karty | Nazwisko i imię (z karty) | Kierunek | Status
2016-03-14 06:02:11 | 40117 | {{r:KIM CZOL BOM}} | WEJŚCIE | OK
2016-03-14 06:02:40 | 40118 | {{p:PAK MIONG CZOL}} | WEJŚCIE | OK
2016-03-14 06:03:05 | 40122 | {{r:DZONG SONG IL}} | WEJŚCIE | OK
2016-03-14 18:59:57 | 40117 | {{r:KIM CZOL BOM}} | WYJŚCIE | OK
2016-03-14 22:41:12 | 40118 | {{p:PAK MIONG CZOL}} | WEJŚCIE | OK
2016-03-15 05:58:03 | 40118 | {{p:PAK MIONG CZOL}} | WYJŚCIE | OK
2016-03-15 06:01:48 | 40118 | {{p:PAK MIONG CZOL}} | WEJŚCIE | ANTIPASSBACK
2016-03-15 06:02:20 | 40122 | {{r:DZONG SONG IL}} | WEJŚCIE | OK

Uwaga ochrony (st. wartownik {{p:Krzysztof Malinowski}}): Karta 40118 użyta w nocy i rano przez różne osoby. Pan {{r:Dzong}} (brygadzista) wyjaśnił, że {{p:Paka}} "boli brzuch" i kartę miał kolega. Zgłoszono do kierownika {{p:Wiśniewskiego}}.

[제보자 메모 - {{r:김철범}}, 2022년]
- "{{r:KIM CZOL BOM}}"이 저예요. {{u:폴란드}} 사람들은 "철"을 "czol"로 써요.
- 40118 카드는 원래 {{p:박명철}} 것인데, 반장 {{r:정성일}}이 그 카드 하나로 밤에 {{p:명철}}이 말고 {{p:문광석}}, {{p:허일}}을 번갈아 들여보냈어요. 밤 작업은 회사 장부에 안 남으니까 {{r:성일}}이가 그 돈을 따로 받았어요.
- 경비 아저씨 {{p:Krzysztof}}는 우리가 "{{p:크시슈토프}}" 발음을 못 해서 "{{p:크리스}}"라고 불렀어요. 그분이 보고서를 썼는데 {{r:정성일}}이 "{{p:박명철}}이 배가 아프다"고 거짓말했어요.
- 그다음 주에 {{r:정}} 반장이 우리 숙소에서 전원 핸드폰을 걷었어요. {{r:철범}}이 너는 왜 경비랑 말하냐고 저를 때렸어요.""",
    },
    {
        "id": "h56-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Son Hyang-mi", "손향미", "witness", ["향미", "孙香美"]),
            ("Chong Ok-sun", "정옥순", "coworker", ["옥순", "郑玉顺"]),
        ],
        "note": "OCR text of WeChat Moments screenshots kept by a witness, Chinese posts and comments with nicknames, remark names and Hanzi, OCR noise (misread characters, broken lines), the witness's Korean notes; the role word 老板娘 as a display name (unmarked), a Korean-Chinese agent as 金经理, app name public.",
        "text": """[OCR 결과 - {{u:微信}} 朋友圈 캡처 4장 / 제보자 {{r:손향미}} 제공 / OCR 후 수정 안 함]

--- 캡처 1 ---
{{p:琳琳}}在{{u:丹东}}
今天带{{u:朝鲜}}妹子们去江边拍照了 🌸 她们太可爱了
[사진 9장]
2019年4月21日 15:32
♡ 老板娘, {{p:小周}}, {{p:Amy金}}, {{r:香美}}
评论:
{{p:小周}}: 哪个是{{r:小孙}}?
{{p:琳琳}}: 左边第二个,{{r:孙香美}} 😄
{{p:Amy金}}: {{p:金经理}}知道吗?别发了

--- 캡처 2 ---
老板娘
厂里新来的十个姑娘都很勤快 💪 感谢{{p:金经理}}帮忙
2019年5月2日
评论:
{{p:金经理}}: 客气了 下个月还有
{{p:琳琳}}: {{r:玉顺}}手艺最好

--- 캡처 3 --- (OCR 오류 많음)
{{p:琳 琳}} 在 {{u:丹 东}}
{{r:孙香 美}}生日快乐!!🎂 (사진 1장)
♡ {{r:郑玉顺}}, {{p:小周}}
评论: {{r:郑玉顺}}: 谢谢姐姐 (OCR: "谢谢姐姐")

--- 캡처 4 ---
{{p:Amy金}}: 删了吧 上面有人查

[제보자 메모]
- "{{p:琳琳}}"은 공장 사무실 직원 {{p:린린}}. {{u:중국}} 사람인데 우리한테 잘해 줬어요. 이 사진 때문에 혼났대요.
- "老板娘"은 사장 부인. 이름은 몰라요.
- "{{p:金经理}}"는 조선족 중개인 {{p:김광춘}}. {{u:위챗}} 이름은 "{{p:Amy金}}"이 아니고 그건 그 사람 딸 {{p:김미영}}이에요. 둘 다 사진 지우라고 했어요.
- "{{r:小孙}}", "{{r:孙香美}}", "{{r:香美}}"는 다 저 {{r:손향미}}. "{{r:玉顺}}", "{{r:郑玉顺}}"은 같은 방 {{r:정옥순}} 언니.
- {{r:옥순}} 언니는 2020년 이후 소식 없음.""",
    },
    {
        "id": "h56-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kang Yu-mi", "강유미", "witness", ["유미", "姜柔美"]),
            ("Ho Song-nyo", "허성녀", "supervisor", ["성녀", "许圣女"]),
            ("Mun Ye-rim", "문예림", "coworker", ["예림"]),
        ],
        "note": "Dormitory water-and-electricity cost-sharing sheet from a Chinese seafood plant housing North Korean women, Chinese table with room numbers and Hanzi names, deductions signed by the Korean team leader, the witness's Korean annotations; 허 surname beside 허락, a room nicknamed after a person, a Chinese accountant with 小 form.",
        "text": """宿舍水电费分摊表 (2021年12月)
○○水产品加工有限公司 / 朝鲜籍员工宿舍 3号楼
制表: 财务 {{p:小邓}} ({{p:邓晓燕}})   审核: 组长 {{r:许圣女}}

房间 | 人数 | 电费(元) | 水费(元) | 每人分摊(元) | 名单
301 | 8 | 412.00 | 96.00 | 63.50 | {{r:姜柔美}}、{{r:文艺林}}、{{p:朴春兰}}、{{p:全银河}} 等8人
302 | 8 | 398.50 | 91.00 | 61.19 | {{p:李顺姬}}、{{p:车善玉}} 等8人
303 | 6 | 288.00 | 70.00 | 59.67 | {{p:金英淑}} 等6人
304 ("{{r:许}}组长室") | 1 | 186.00 | 22.00 | 208.00 → 由全体分摊 | {{r:许圣女}}
合计 | 23 | 1,284.50 | 279.00 | |
备注: 304室费用按组长要求由全体员工平均承担。({{p:邓晓燕}} 记)

[제보자 메모 - {{r:강유미}}]
- 301호가 우리 방. "{{r:姜柔美}}"는 저 {{r:강유미}}, "{{r:文艺林}}"은 {{r:문예림}}. {{u:중국}} 사람들이 {{r:예림}}이 이름을 한자로 틀리게 적었어요. 원래 {{r:文艺琳}}이어야 한대요.
- 304호는 반장 {{r:허성녀}} 혼자 쓰는 방. 전기난로를 하루 종일 켜 놓고 그 돈을 우리한테 나눴어요. 우리는 "{{r:허}} 반장 허락 없이는 물도 못 쓴다"고 했어요.
- {{p:小邓}} 언니(경리 {{p:덩샤오옌}})가 "이건 불공평하다"고 옆에 적어 두려다가 {{r:성녀}} 반장한테 혼났어요.
- 매달 이 표에 나온 돈 말고도 {{r:허성녀}}가 "당비", "충성" 명목으로 더 뗐어요.
- {{r:예림}}이는 2022년 봄에 {{u:신의주}}로 돌려보내졌어요.""",
    },
    {
        "id": "h56-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yu Son-hui", "유선희", "witness", ["선희", "Sun-hee"]),
            ("Ri Hyon-ok", "리현옥", "supervisor", ["현옥", "Ri Hyon Ok"]),
        ],
        "note": "Vietnamese tailor's uniform size order for a North Korean restaurant in Hanoi, Vietnamese headings, staff names in simplified romanization without hyphens, sizes, a Vietnamese shop owner and the restaurant's Korean manager addressed as chị, the witness's Korean notes; Yu surname beside 'you', one city public.",
        "text": """ĐƠN ĐẶT MAY ĐỒNG PHỤC - Xưởng may ○○, {{u:Hà Nội}}
Khách hàng: Nhà hàng ○○ (quản lý: {{r:Ri Hyon Ok}})
Người nhận đơn: {{p:Nguyễn Thị Hằng}}   Ngày: 05/03/2018

STT | Họ tên | Chiều cao (cm) | Vòng ngực | Vòng eo | Cỡ áo dài | Ghi chú
1 | {{r:Ri Hyon Ok}} | 160 | 86 | 68 | M | quản lý, màu khác
2 | {{r:Yu Son Hui}} | 163 | 82 | 62 | S |
3 | {{p:Pak Un Jong}} | 158 | 80 | 61 | S |
4 | {{p:Kim Chun Mi}} | 165 | 84 | 64 | M |
5 | {{p:So Yong Hwa}} | 161 | 81 | 63 | S |
6 | {{p:An Hyang}} | 157 | 79 | 60 | XS |
Ghi chú của chủ xưởng ({{p:Hằng}}): Chị {{r:Ri}} yêu cầu không ghi tên thật lên nhãn áo, chỉ ghi số. Chị {{r:Ri}} trả tiền mặt.

[제보자 메모 - {{r:유선희}}, 2024]
- 2번 "{{r:Yu Son Hui}}"가 저예요. {{u:한국}}에서는 {{r:Sun-hee}}로 써요. {{u:베트남}} 사장님 {{p:Hằng}} 아주머니는 저를 "em {{r:Yu}}"라고 불렀는데, 다른 언니들이 "you"라고 부르는 줄 알고 웃었어요.
- 지배인 {{r:리현옥}}은 옷에 이름표 다는 것을 못 하게 했어요. 손님이 이름을 물으면 꽃 이름으로 대답하라고 했어요. 저는 "{{r:진달래}}"였어요.
- {{p:안향}}은 6번, 제일 어렸어요. "{{p:An Hyang}}"에서 An이 성이에요. {{p:향}}이는 2019년에 먼저 돌아갔어요.
- {{r:현옥}} 지배인은 {{u:베트남}} 사람들에게 "chị {{r:Ri}}"라고 불렸어요.""",
    },
    {
        "id": "h56-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Cha Myong-gun", "차명근", "witness", ["명근", "Cha Myung-geun"]),
            ("Hyon Tae-sop", "현태섭", "supervisor", ["태섭"]),
        ],
        "note": "Spreadsheet version-history export of the NGO's witness tracking sheet, cell edits showing names typed, corrected and pseudonymised; editors by e-mail local part and display name, 차 surname beside 차 (car/tea), zero-width space inside a pasted name, fullwidth letters from a Japanese IME, a cell comment thread.",
        "text": """Version history - "K-tracking 2024 (RESTRICTED)" / sheet: contributors
Exported 2024-05-30 09:12 by {{p:minji.oh}}@example-ngo.org

2024-05-27 10:14 | {{p:Minji Oh}} | B41 | (empty) → "{{r:차명근}}"
2024-05-27 10:15 | {{p:Minji Oh}} | C41 | (empty) → "{{r:Cha Myung-geun}}"
2024-05-27 10:15 | {{p:Minji Oh}} | D41 | (empty) → "{{u:Qatar}} 2013-2016, site leader {{r:현태섭}}"
2024-05-27 16:02 | {{p:daniel.ferreira}} | C41 | "{{r:Cha Myung-geun}}" → "{{r:Cha Myong-gun}}"
2024-05-27 16:03 | {{p:daniel.ferreira}} | D41 | … → "{{u:Qatar}} 2013-2016, site leader {{r:Hyon Tae-sop}} (= {{r:현태섭}})"
2024-05-28 09:40 | {{p:Kenji Morita}} | E41 | (empty) → "contact via {{r:ＣＨＡ}} ({{r:Ｍｙｏｎｇ－ｇｕｎ}}) brother-in-law {{p:Ko Sung-ho}}"
2024-05-28 09:41 | {{p:Kenji Morita}} | E41 | … → "contact via brother-in-law {{p:Ko Sung-ho}} (car repair shop)"
2024-05-28 11:20 | {{p:Minji Oh}} | B41 | "{{r:차명근}}" → "{{r:차\u200b명근}}" (pasted from interview notes)
2024-05-29 14:05 | {{p:Soo-ah Yang}} | B41 | "{{r:차\u200b명근}}" → "K-24-088"
2024-05-29 14:05 | {{p:Soo-ah Yang}} | C41 | "{{r:Cha Myong-gun}}" → "K-24-088"
2024-05-29 14:06 | {{p:Soo-ah Yang}} | D41 | … → "{{u:Qatar}} 2013-2016, site leader [S-17]"

Comments on D41:
{{p:Daniel Ferreira}} (05-27): Is {{r:Hyon}} the same man {{p:Ri Kwang-su}} named in K-23-051? Both say "{{r:Tae-sop}}, the tall one who drove the site car".
{{p:Minji Oh}} (05-28): Not sure. {{r:명근}} 씨 said {{r:현태섭}} never drove, he had a driver, {{p:Abu Yousef}}. Will ask at next session.
{{p:Soo-ah Yang}} (05-29): Pseudonymised per policy. Key kept in the offline file. @{{p:daniel.ferreira}} please don't put real names in comments either 🙏
{{p:Daniel Ferreira}} (05-29): Sorry! Resolved.""",
    },
    {
        "id": "h56-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Kyong-sim", "림경심", "witness", ["경심", "Рим Кён Сим"]),
            ("Choe Song-ho", "최성호", "supervisor", ["성호", "Чхве"]),
        ],
        "note": "Ride-hailing trip history export from a Russian app (Russian fields), driver names and car plates, a passenger account registered under a Russian-style name, the witness's Korean notes identifying a minder's account; Cyrillic given names with patronymic initials, pickup points; app and city public.",
        "text": """История поездок - {{u:Яндекс Go}} / аккаунт: «{{r:Кён Сим}}» (+7 914 ***-**-12)
Экспорт: 2019-11-03

Дата | Откуда | Куда | Водитель | Автомобиль | Сумма
2019-09-14 22:48 | Ресторан ○○, ул. {{u:Светланская}} | Общежитие, ул. ○○ | {{p:Азамат}} | Kia Rio, о***ке 125 | 312 ₽
2019-09-21 23:05 | Ресторан ○○, ул. {{u:Светланская}} | Общежитие, ул. ○○ | {{p:Сергей Н.}} | Hyundai Solaris | 298 ₽
2019-10-02 14:10 | Общежитие | Больница, ул. ○○ | {{p:Фарход}} | Lada Vesta | 205 ₽
2019-10-02 16:55 | Больница | Консульство | {{p:Фарход}} | Lada Vesta | 240 ₽
2019-10-19 23:31 | Ресторан ○○ | Аэропорт {{u:Кневичи}} | {{p:Ольга Петровна}} | Toyota Camry | 1,450 ₽
Комментарий к поездке 19.10 (оценка 5): «Спасибо {{p:Ольге}}, подождала.»

[제보자 메모 - {{r:림경심}}]
- 이 계정은 제 휴대폰인데, 이름 «{{r:Кён Сим}}»은 지배인 {{r:최성호}}가 만들어 줬어요. 우리 식당 여자들 전화는 전부 {{r:최성호}}가 관리했어요.
- 10월 2일 병원에 간 건 제가 아니고 {{p:리은주}}예요. {{p:은주}}가 맹장이 터졌는데 {{r:최}} 지배인이 택시를 제 계정으로 불렀어요. 병원에서 바로 영사관으로 간 것도 {{r:성호}}가 시킨 거예요.
- 19일 밤 공항 가는 택시는 {{r:최성호}} 본인이 탔어요. 댓글 «Спасибо {{p:Ольге}}»도 {{r:Чхве}}가 썼어요. 그 사람은 기사님 이름을 꼭 불러요.
- {{u:러시아}} 기사님 중 {{p:Азамат}}는 늘 {{u:한국}} 노래를 틀어 줬어요. 이름을 {{p:아자맛}} 아저씨라고 불렀어요.""",
    },
    {
        "id": "h56-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Kum-sun", "장금순", "witness", ["금순", "张锦顺"]),
            ("Jang Mi-hyang", "장미향", "relative", ["미향"]),
        ],
        "note": "Chinese village-committee certificate confirming that a North Korean woman lived in a Yanbian village, Hanzi names, committee director and witness villagers, a Korean translation with the translator's notes; 张/장 equivalence, 장미 (rose) inside the daughter's name 장미향, a common Chinese surname 李 as director, one prefecture public.",
        "text": """证  明
兹证明{{r:张锦顺}}(女,朝鲜族,约1976年生)自2009年起在我村居住,与本村村民{{p:李万福}}共同生活,育有一女{{r:张美香}}(2011年生)。{{r:张锦顺}}平时在村里打零工,为人老实,与邻里关系良好。2018年以后本村再未见到{{r:张锦顺}}本人。
特此证明。
{{u:吉林省延边朝鲜族自治州}}○○县○○镇○○村村民委员会 (盖章)
村委会主任: {{p:李国强}}
证明人: {{p:崔凤兰}}、{{p:朴东哲}}
2024年3月5日

[번역문 - 번역인 {{p:허수빈}}]
증명서
{{r:장금순}}(여, "조선족", 1976년생 추정)이 2009년부터 본 마을에 거주하며 본 마을 주민 {{p:리완푸}}({{p:李万福}})와 함께 살았고, 딸 {{r:장미향}}(2011년생)을 두었음을 증명합니다. ...
마을위원회 주임: {{p:리궈창}}({{p:李国强}}) / 증명인: {{p:최봉란}}, {{p:박동철}}

[번역인 메모]
1. 증명서에 "조선족"으로 적혀 있으나, 의뢰인 {{r:장금순}} 본인은 {{u:북한}} 출신이다. 2009년 {{u:함경북도 무산}}에서 넘어와 {{p:李万福}}에게 팔려 갔다고 진술. 마을에서는 조선족이라고 둘러댔다고 함.
2. "{{r:锦顺}}"은 원래 이름 "금순"의 한자를 마을 사람들이 임의로 붙인 것. {{u:북한}}에서 쓰던 이름은 "{{r:장금순}}" 그대로.
3. 딸 {{r:미향}}이의 {{u:중국}} 호적 이름은 "{{r:李美香}}"일 가능성이 있음(아버지 성을 따랐다면). 증명서의 "{{r:张美香}}"은 어머니 성을 따른 것으로 보임. 의뢰인은 딸을 "{{r:장미}}"라고 부른다고 했는데, 이는 장미꽃처럼 예쁘다는 뜻의 애칭이라고 함.
4. 2018년 이후 본인을 보지 못했다는 기재는 {{r:금순}} 씨가 2018년 {{u:태국}}을 거쳐 {{u:한국}}으로 온 사실과 일치한다.""",
    },
    {
        "id": "h56-mixed-14",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kye Chol-nam", "계철남", "witness", ["철남", "Ке Чхоль Нам"]),
            ("Jo Kyong-chol", "조경철", "supervisor", ["경철", "Чо Гён Чхоль"]),
        ],
        "note": "Russian bailiff enforcement file extract (debt to a dormitory landlord) against a North Korean brigade leader, Russian names with case endings (Чо, Ке, Кеу), bailiff and creditor with patronymics, the witness's Korean notes on how the debt was pushed onto workers; 조 surname beside 조사/조직, 계 beside 계속; the federal service as public.",
        "text": """{{u:ФССП России}} - Отдел судебных приставов по ○○ району, {{u:г. Хабаровск}}
ПОСТАНОВЛЕНИЕ о возбуждении исполнительного производства № 41872/18/27001-ИП
Судебный пристав-исполнитель: {{p:Дьяченко Алина Игоревна}}
Взыскатель: ИП {{p:Сафронов Павел Викторович}} (аренда общежития)
Должник: {{r:Чо Гён Чхоль}}, гражданин {{u:КНДР}}, бригадир
Сумма долга: 384 000 руб. (задолженность по аренде за 6 мес.)

Из объяснений должника: «Деньги за общежитие собирал с рабочих, передавал представителю компании. Рабочий {{r:Ке Чхоль Нам}} может подтвердить.»
Из объяснений {{r:Ке Чхоль Нама}} (переводчик {{p:Ли Вадим}}): «{{r:Чо}} собирал с нас по 3 000 рублей в месяц. Куда отдавал - не знаю.»
Пристав {{p:Дьяченко}}: у должника {{r:Чо Гён Чхоля}} имущества не обнаружено. Взыскателю {{p:Сафронову}} разъяснено право...

[제보자 메모 - {{r:계철남}}, 2021년 면담 시]
- "{{r:Ке Чхоль Нам}}", "{{r:Ке Чхоль Нама}}"가 저예요. 러시아어로 "계"가 "Ке"가 돼요.
- 반장 {{r:조경철}}은 우리한테 매달 3천 루블씩 기숙사비를 걷었는데, 집주인 {{p:Сафронов}}({{p:사프로노프}}) 씨한테는 안 줬어요. 그 돈이 조직에 갔는지 {{r:경철}}이 주머니로 갔는지는 몰라요.
- 집행관 {{p:Алина}} 씨가 조사할 때 {{r:조}} 반장이 저를 옆에 세워 놓고 "네가 말해"라고 했어요. 통역 {{p:바딤}}은 고려인이었는데 {{r:조경철}} 편이었어요.
- 결국 빚은 계속 남았고, {{r:조경철}}은 2019년에 귀국했어요. 그다음 반장 {{p:석룡남}}이 그 빚을 우리 월급에서 또 뗐어요.""",
    },
    {
        "id": "h56-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Ung-il", "허웅일", "witness", ["웅일"]),
            ("Ma Tae-gun", "마태근", "supervisor", ["태근"]),
        ],
        "note": "Translation-app phrasebook history exported from a worker's phone, Korean source lines with Russian and Arabic outputs; names typed into the app (some mistranslated by the app into ordinary words), saved phrases mentioning the minder; a Kuwaiti foreman's name; the app as public.",
        "text": """{{u:Papago}} - 기록 내보내기 (즐겨찾기 포함) / 기기: 제보자 {{r:허웅일}} 휴대폰

2017-02-03 | 한국어 → 러시아어 | "제 이름은 {{r:허웅일}}입니다" → "Меня зовут {{r:Хо Ун Иль}}"
2017-02-03 | 한국어 → 러시아어 | "여권은 반장이 가지고 있습니다" → "Паспорт у бригадира"
2017-02-11 | 한국어 → 러시아어 | "{{r:마태근}} 반장에게 말하지 마세요" → "Не говорите бригадиру {{r:Ма Тхэ Гыну}}"
2017-02-11 | 한국어 → 러시아어 | "{{r:마태근}}" → "Матфей" (앱 오역)
2017-03-20 | 러시아어 → 한국어 | "{{p:Коля}}, где деньги?" → "{{p:콜랴}}, 돈은 어디에 있습니까?"
2018-06-02 | 한국어 → 아랍어 | "저는 {{p:압둘라}} 씨를 찾습니다" → "أبحث عن السيد {{p:عبدالله}}"
2018-06-02 | 아랍어 → 한국어 | "{{p:أبو فيصل}} مشرف العمال" → "노동자 감독관 {{p:아부 파이살}}"
★ 즐겨찾기 | "{{r:웅일}}이 아파요. 병원에 가야 합니다" → "{{r:Униль}} болен. Ему нужно в больницу"
★ 즐겨찾기 | "우리 반장 {{r:마}}씨가 월급을 가져갑니다" → "Наш бригадир {{r:Ма}} забирает зарплату"

[면담자 메모 - {{p:KJW}}]
제보자 {{r:허웅일}}은 2017~2018년 {{u:러시아}}, 2018~2019년 {{u:쿠웨이트}}에서 일함. 앱이 반장 {{r:마태근}}의 이름을 "Матфей"(마태)로 번역한 것을 보고 동료들이 반장을 "{{r:마태복음}}"이라고 불렀다고 함. 아랍어 기록의 {{p:압둘라}}는 {{u:쿠웨이트}} 현장 감독 {{p:Abdullah Al-Shammari}}, "{{p:아부 파이살}}"은 그의 별칭이라고 함. {{p:콜랴}}는 {{u:러시아}} 현장 운전기사.""",
    },
    {
        "id": "h56-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Yong-bom", "신영범", "supervisor", ["영범", "申英范"]),
        ],
        "note": "Business-card scanner app export of cards collected by a researcher at a trade fair and in the field, OCR fields in Korean, Chinese, English and Russian; a North Korean trading-company representative on several cards under different names, e-mail local parts, a Chinese 总 form, a real trade fair and city public.",
        "text": """CamCard export - 5 cards / tag: "{{u:Dandong}} fair 2019" / owner: {{p:researcher_hwang}}

Card 1
Name: {{r:申英范}} / {{r:Sin Yong Bom}}
Title: 总经理 General Manager
Company: ○○贸易有限公司
Email: {{r:sinyb}}1970@163.com
Note (owner): {{u:朝鲜}} side rep. Said he "supplies workers for seafood and garment".

Card 2
Name: {{r:申总}}
Company: ○○劳务合作公司 (no address)
Note (owner): same man as card 1 - handed a second card 10 minutes later. Colleague {{p:Kim Jong-nam}} (not the public figure) witnessed.

Card 3
Name: {{p:Wang Hailong}} 王海龙
Title: 厂长 Factory Director, ○○水产
Note: buys "Korean labour" via {{r:申}}; 60 women in 2019.

Card 4
Имя: {{r:Шин Ён Бом}}
Компания: ООО «○○ Строй», {{u:Владивосток}}
Note (owner): Given by a Russian contractor, {{p:Oleg Tarasov}}. Photo on back matches card 1.

Card 5
Name: {{p:Li Meihua}} 李美华
Company: interpreter, freelance
Note: interpreted for {{r:Sin}} at the fair. Says "{{r:申总}} has three names".

Summary note ({{p:J.H.}}): {{r:Sin Yong-bom}} appears on cards 1, 2, 4 and in card 3/5 notes. Fair: {{u:China-DPRK Economic, Trade, Culture and Tourism Expo}}, {{u:Dandong}}, October 2019.""",
    },
    {
        "id": "h56-mixed-17",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-song", "리광성", "coworker", ["광성"]),
            ("Paek Nam-hui", "백남희", "relative", ["남희"]),
        ],
        "note": "Transcription of a memorial plaque and a grave marker for North Korean workers who died abroad, put up by a church in Russia, Korean and Russian inscriptions with dates, a list of names with birth years, a widow's note, the transcriber's remarks on worn letters; names carved in Cyrillic and Hangul.",
        "text": """[비문 전사 - ○○교회 마당 추모판, {{u:블라디보스토크}} 인근 / 전사: {{p:정하율}}, 2023-08-12]

(한국어 면)
여기 먼 땅에서 일하다 돌아가지 못한 이들을 기억합니다
{{p:김영수}} (1971-2012)   {{r:리광성}} (1983-2016)   {{p:최명철}} (1965-2014)
{{p:박☐호}} (19☐☐-2015)   {{p:한은철}} (1979-2018)
"주님, 이들의 이름을 기억하소서"

(러시아어 면)
ПАМЯТИ КОРЕЙСКИХ РАБОЧИХ, ПОГИБШИХ ВДАЛИ ОТ РОДИНЫ
{{p:КИМ ЁН СУ}}   {{r:ЛИ КВАН СОН}}   {{p:ЧХВЕ МЁН ЧХОЛЬ}}   {{p:ПАК ... ХО}}   {{p:ХАН ЫН ЧХОЛЬ}}
Установлено общиной, 2019. Пастор {{p:Андрей Ким}}

[전사자 메모]
- "{{p:박☐호}}"는 가운데 글자가 닳아 읽을 수 없음. 교회 관리인 {{p:Нина Ивановна}}는 "{{p:박영호}}"였던 것 같다고 함.
- {{r:리광성}} 님의 부인 {{r:백남희}} 님이 2023년 {{u:한국}}에서 연락해 옴. {{r:남희}} 님: "우리 {{r:광성}}이가 저 판에 있다는 걸 사진으로 처음 봤어요. 반장은 사고라고 했지만 {{r:광성}}이는 떨어진 게 아니라 과로로 쓰러진 거예요."
- 러시아어 면의 "{{r:ЛИ КВАН СОН}}"은 한국어 면 {{r:리광성}}과 같은 사람. 표기상 "СОН"은 "성"을 옮긴 것.""",
    },
]
