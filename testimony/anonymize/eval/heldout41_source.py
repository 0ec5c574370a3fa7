# ruff: noqa: E501
"""Held-out evaluation passages, set 41. Built by build_heldout.py heldout41.

Forty documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way interviewers type them
(third- and first-person interview summaries, question-and-answer transcripts,
follow-up call notes, reviewers' comments on a testimony, transcribed handwritten
statements, family members' accounts and interpreters' running notes); the other
half are genres no earlier set used (archive accession records, corroboration
matrices, documentary shot logs, employment references, photo-array identification
records, redaction logs, consent-withdrawal requests, counselling progress notes,
emergency phone trees, family-tree tracing notes, workshop evaluation responses,
transcribed self-criticism notebooks, back-translation discrepancy logs, travel
expense claims, airline booking confirmations, digital-security incident reports,
database audit trails, passport data-page transcriptions, reconstructed
organisation charts and qualitative coding exports), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Mongolian and Polish.

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
- OCR-garbled names are labelled as written ({{p:Kirn Chol-rnin}}).
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
- Real platforms and apps (WhatsApp, KakaoTalk, WeChat, Telegram) are public.

Clarifications added in this set:
- Kinship words or titles after a name stay outside (철수 형 -> {{p:철수}} 형,
  영희 언니 -> {{p:영희}} 언니, 김 반장이 -> {{p:김}} 반장이).
- In a machine-readable passport zone the name field is labelled with its filler
  characters between the parts (P<{{u:PRK}}{{r:KIM<<CHOL<MIN}}<<<); the issuing
  state code is a public place.
"""

PASSAGES: list[dict] = [
    {
        "id": "h41-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-hyok", "리광혁", "witness", ["Kwang-hyok", "Hyok", "Lee Kwang-hyuk"]),
            ("An Chol-ho", "안철호", "supervisor", ["Ahn Cheol-ho"]),
        ],
        "note": "Third-person interview summary, Khabarovsk construction; interviewer uses surnames alone after the first mention, surnames An and So beside the article 'An' and the conjunction 'So', a private Kim beside Kim Jong Un, a one-syllable given name, North and South spellings of the witness and the brigade leader, a nickname for the security officer.",
        "text": """INTERVIEW SUMMARY (third person) - file T-24-117
Interviewer: {{p:Rachel Whitford}} | Interpreter: {{p:Jeong Da-in}} | Recorded 14 May 2024 in {{u:Incheon}}
Summary prepared by {{p:R.W.}} from the audio and the interpreter's notes.

1. Background
{{r:Ri Kwang-hyok}} was born in 1988 in {{u:Hamhung}}, {{u:South Hamgyong Province}}. After military service he worked as a welder at a machine plant. In early 2017 a cadre of the city labour department, whom he knows only as Comrade {{p:Hwang}}, told him he had been picked for work "in the north", meaning {{u:Russia}}. {{r:Ri}} says he paid nothing himself, but his mother sold the family's sewing machine so that {{p:Hwang}} would "not forget" him.

2. Travel and arrival
{{r:Ri}} flew from {{u:Pyongyang}} to {{u:Vladivostok}} with {{u:Air Koryo}} on 3 April 2017 together with 23 other men and went on by train to {{u:Khabarovsk}}. The brigade leader was {{r:An Chol-ho}}, about fifty, from {{u:Sinpo}}. An older worker, {{p:So Myong-il}}, sat next to {{r:Ri}} on the train and shared his cigarettes. {{r:Ri}} describes {{p:So}} as "the only one who laughed the whole way". So the two became close; the interpreter noted that {{r:Ri}} smiled each time he said the name.

3. The site
The brigade lived in steel containers on the eastern edge of the city. The Russian foreman, {{p:Viktor}} (surname unknown), paid the brigade leader, never the workers. {{r:An}} kept a notebook with everyone's hours. An ordinary day ran from 7 a.m. to 10 p.m., with one rest day a month if the plan was met. {{r:Ri}} recalls that {{r:An}} read out a New Year letter from {{u:Kim Jong Un}} to overseas workers and that in 2018 a plasterer from {{u:Kimchaek}}, {{p:Kim Song-jin}}, fell asleep during the reading and had to write a self-criticism. {{r:Ri}} stressed that {{p:Kim}} was no relative of anyone important: "he just had the same surname as half the brigade."

4. Wages
{{r:Ri}} estimates that he received about 30 per cent of what the Russian company paid for his work. {{r:An}} said the rest went as "loyalty funds" and to the head office in {{u:Pyongyang}}. {{p:So}} once asked {{r:An}} to show the notebook; {{r:An}} refused and, according to {{r:Ri}}, reported {{p:So}} to the security officer, {{p:Jon Hak-su}}. {{p:Jon}} came from the consulate twice a month and the men called him "{{p:Owl}}" behind his back. "When {{p:Owl}} comes, nobody sleeps," {{r:Hyok}} said, and laughed.

5. Injury and leaving
In August 2018 {{p:So}} fell from scaffolding on the fourth floor and broke his hip. {{r:Ri}} and another worker, {{p:Pak Tae-song}}, carried him down. {{r:An}} did not want an ambulance at first. A Russian nurse from the neighbouring site, {{p:Olga}}, came over and insisted. {{p:So}} spent eleven days in a city hospital; the bill was deducted from the brigade's fund. In October 2018 {{p:Myong-il}} was sent home. {{r:Ri}} has not heard from him since.
{{r:Kwang-hyok}} left the site in June 2019 with help from a Korean-Russian taxi driver, {{p:Stas Ten}}, who drove him to {{u:Moscow}}. He reached {{u:South Korea}} in 2020.

6. Interviewer's remarks
- Once, the witness called the brigade leader "{{r:Ahn}}" (a spelling he picked up in {{u:Seoul}}); this is the same man as {{r:An Chol-ho}}. An intake form from 2020 spells the witness "{{r:Lee Kwang-hyuk}}".
- Do not confuse {{p:So Myong-il}} with {{p:So Yong-ae}}, a cook in a different brigade whom {{r:Ri}} mentioned once.
- {{r:Ri}} was calm throughout. An hour in, he asked for a break; we resumed after ten minutes.
- Follow-up: ask {{r:Hyok}} whether {{p:Pak Tae-song}} also left {{u:Russia}}; {{r:Ri}} thinks {{p:Pak}} may be in {{u:Busan}}.""",
    },
    {
        "id": "h41-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Un-song", "조은성", "witness", ["Un-song", "Cho Eun-seong"]),
            ("Kang Tae-ho", "강태호", "supervisor", []),
            ("Faisal Al-Marri", "파이살 알마리", "supervisor", ["Faisal", "Abu Khalid"]),
        ],
        "note": "Question-and-answer transcript, Doha construction camp; speaker labels Q and A, surnames Jo, Kang, No and Song beside ordinary 'no' and 'song', a Qatari site supervisor with a kunya, an Indian and a Nepali co-worker, a private Moon beside the word moon, KakaoTalk; CRLF.",
        "text": """TRANSCRIPT - interview with {{r:JO Un-song}}, session 2 of 2
Place: our office, {{u:Seoul}}. Date: 9 September 2023. Interviewer: {{p:Hwang Seo-yeon}} (Q). Witness (A). No interpreter needed.
[Transcribed by {{p:Baek Min-ji}} from audio file 230909_{{r:jo}}_s2.wav; inaudible passages marked (...).]

Q: Last time we stopped when you arrived in {{u:Qatar}}. Can you tell me about the camp?
A: The camp was outside {{u:Doha}}, in the industrial area. Four hundred Koreans maybe, and many Indians and Nepalis in other blocks. Our block leader was {{r:Kang Tae-ho}}.
Q: Is that the same person as "Comrade {{r:Kang}}" last week?
A: Yes. {{r:Kang}}. Everyone said "{{r:Kang}} dongji". He came from the company's branch in {{u:Nampo}}.
Q: And who was above him?
A: Above him the Qatari side. A supervisor, {{r:Faisal}}. {{r:Faisal Al-Marri}}. The Indians called him "{{r:Abu Khalid}}". He checked the concrete, the towers. He was not bad. When {{r:Kang}} was not there, {{r:Faisal}} sometimes let us sit in the shade.
Q: Did Mr {{r:Al-Marri}} know how much you were paid?
A: No. No, I don't think so. He paid the company. What {{r:Kang}} gave us, he never saw.
Q: Let me ask about the people in your room.
A: Six in a room. Me, {{p:No Chol-min}}, {{p:Song Il-gwang}}, {{p:Moon Hyok}}, and two from {{u:Chongjin}} whose names... {{p:Kye}} something and {{p:Jang}}. {{p:No}} was the youngest, twenty-two.
Q: You said {{p:Moon}}. Is that M-O-O-N or M-U-N?
A: In {{u:North Korea}} we write {{p:Mun}}. Here people write {{p:Moon}}, like the moon in the sky. He sang at night, {{p:Mun Hyok}}. He had a good voice. The song he liked best was about the {{u:Taedong River}}.
Q: Did anyone in the room have a phone?
A: {{p:Song}} had one, an old {{u:Samsung}}. {{r:Kang}} didn't know. We listened to South Korean songs, very quietly. If {{r:Kang}} found it, {{p:Song Il-gwang}} would be sent home the next day.
Q: Was anyone sent home?
A: Yes. In 2019 {{p:No}}. Not because of the phone. He fought with the cook, {{p:Ri Kyong-nam}}. {{p:Ri}} said {{p:No}} stole rice. {{r:Kang}} decided in one evening.
Q: What happened to the phone?
A: {{p:Song}} gave it to an Indian man, {{p:Rajesh}}, from the next block. {{p:Rajesh}} sold it, I think.
Q: When did you decide to leave?
A: In 2020, in the corona time. We could not work, no money came, but {{r:Kang}} still asked for the plan money. {{p:Mun}} said, "{{r:Un-song}}, if we stay we die here." So I went.
Q: How?
A: There was a Nepali driver, {{p:Bishnu}}. He took me to the embassy of {{u:South Korea}}. I don't want to say more about him, he has a family.
Q: That's fine. We won't put his name in the report.
A: Thank you. (Bishnu is a common name, but please.)
Q: Last question. Have you had contact with anyone from the camp since?
A: Only {{p:Moon Hyok}}. He is in {{u:Seoul}} now, he came one year after me. We talk on {{u:KakaoTalk}}. He says {{p:Kye}} is still there.
Q: Thank you, Mr {{r:Jo}}. I'll send you the transcript.

[End of audio 01:12:40. Note from {{p:Baek}}: the witness spells his name {{r:Cho Eun-seong}} on his South Korean ID; the interviewer uses {{r:Jo}}. Same person.]""",
    },
    {
        "id": "h41-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Su-ryon", "박수련", "witness", ["Su-ryon", "Park Soo-ryun"]),
            ("Kim Yong-nam", "김용남", "relative", ["Yong-nam", "Nam"]),
        ],
        "note": "Follow-up call notes over several months, Dandong garment factory; one-syllable given name, Chinese manager as 王总 and Wang zong, emoji after names, an impossible date (31 June), a private Kim beside Kim Il Sung and Kim Jong Il, a pastor and a broker who are private.",
        "text": """FOLLOW-UP CALLS - witness file D-22-041 ({{r:PAK Su-ryon}})
Caller: {{p:Emma Lindqvist}} unless stated. Language: Korean via interpreter {{p:Seo Ji-hoon}} ({{p:SJH}}).

12 Jan 2024 - 14:05, 22 min
{{r:Su-ryon}} picked up on the second try. She is back at work in the kitchen in {{u:Suwon}}. Asked whether she had found the photo of the dormitory she mentioned in the interview; she thinks her husband {{r:Kim Yong-nam}} has it on his old phone. {{r:Yong-nam}} is working nights, she will ask him at the weekend. She repeated that the factory manager in {{u:Dandong}} was "{{p:王总}}" - she never knew his full name. The workers called him {{p:Wang zong}} or just "the boss".

19 Jan 2024 - 10:40, 6 min
Short call. {{r:Nam}} found the phone but it does not switch on. {{r:Su-ryon}} will take it to a repair shop. She sounded tired 😔. {{p:SJH}} told her there is no hurry.

31 June 2024 (sic - date copied from {{p:SJH}}'s notebook; must be 1 July) - 19:15, 35 min
Photo recovered! 🎉 {{r:Su-ryon}} sent it via {{u:KakaoTalk}}. It shows the corridor of Dormitory 2 with a portrait of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} above the door. Two women in the photo: {{p:Ri Chun-hwa}} (left) and {{p:Kim Ok-hui}} (right). {{r:Pak}} says {{p:Kim}} is not related to her husband, "Kim is just Kim". {{p:Ri}} was the team leader of the sewing line. {{r:Su-ryon}} asks that the faces be blurred if we ever use it.
She also told a new story: in 2019 a worker named {{p:Han Gyong-sun}} fainted on the line and {{p:王总}} refused to call a doctor until the minder, {{p:Choe Myong-ok}}, agreed. {{p:Choe}} took two hours. {{p:Han}} was sent back to {{u:Sinuiju}} a week later across the {{u:Yalu River}} bridge.

3 Aug 2024 - 11:00, 18 min
{{r:Kim Yong-nam}} joined the call for a few minutes. He met {{r:Su-ryon}} in {{u:Seoul}} in 2021 at a church run by Pastor {{p:Yoon Jae-sung}}. {{r:Nam}} said: "Tell them about the broker." {{r:Su-ryon}} then explained that the broker who brought her from {{u:Shenyang}} to {{u:Laos}} was a Korean-Chinese woman, "Auntie {{p:Piao}}" (朴 in Chinese; same surname as hers, which she found funny). {{p:Piao}}'s phone number is lost.

10 Sep 2024 - 20:30, 9 min
{{r:Su-ryon}} asked what happens to her testimony. Explained the anonymisation step: her name, {{r:Yong-nam}}'s name and the names of {{p:Ri Chun-hwa}}, {{p:Kim Ok-hui}}, {{p:Han Gyong-sun}} and {{p:Choe Myong-ok}} will be replaced. She asked whether "{{p:Wang}}" will also be replaced. Yes. She was relieved 🙏.

2 Nov 2024 - 13:10, 4 min
No answer. Left a message. {{p:Emma}} will try again next week; {{p:Seo}} is on leave until 20 Nov.

14 Nov 2024 - 15:45, 27 min (caller: {{p:Seo Ji-hoon}})
{{r:Su-ryon}} has moved to {{u:Cheonan}}. She gave a new number (in the contacts file, not here). She remembered the name of the second minder: {{p:Jong Hye-suk}}. {{p:Jong}} and {{p:Choe}} shared a room; {{p:Jong}} was kinder. "{{p:Hye-suk}} once gave me her own gloves." Also confirmed that {{p:Wang Lei}} ({{p:王磊}}) is the manager's full name - she saw it on an old pay slip that {{r:Yong-nam}} kept. {{r:Park Soo-ryun}} is how her name is written on her bank card.""",
    },
    {
        "id": "h41-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyon-chol", "최현철", "witness", ["Hyon-chol", "Choi Hyun-chul"]),
            ("Ha Song-nam", "하성남", "supervisor", ["Song-nam"]),
            ("Bang Kum-ok", "방금옥", "relative", []),
        ],
        "note": "Reviewer's comments on a draft testimony (numbered comments quoting paragraph numbers), Kuwait road construction; surnames Ha and Bang beside 'ha' laughter and the word 'bang', North/South spellings flagged, a reviewer and an author with initials, a Pakistani co-worker and a Kuwaiti police officer who are private.",
        "text": """REVIEW COMMENTS - draft testimony KW-19-006 ({{r:Choe Hyon-chol}}), version 3
Reviewer: {{p:Dominika Sobczak}} ({{p:DS}}). Author of the draft: {{p:Lee Ha-neul}} ({{p:LHN}}).
Status: returned for revision.

General
The draft reads well and {{r:Choe}}'s voice comes through. My main concerns are spelling consistency and some names that still need checking before the anonymisation pass.

Comments
1. Para 2: "{{r:Choi Hyun-chul}}" - the rest of the draft uses {{r:Choe Hyon-chol}}. Pick one (house style: {{u:DPRK}} romanization for witnesses who arrived after 2015) and note the other in the metadata.
2. Para 4: the brigade leader appears as "{{r:Ha Song-nam}}", "{{r:HA}}", "Mr {{r:Ha}}" and once as "{{r:Song-nam}}". Fine, but in para 9 "Ha!" is the witness laughing, not the brigade leader - please make that clear, e.g. "(laughs)".
3. Para 5: "the {{u:Kuwait}} road project near {{u:Jahra}}" - check. {{r:Choe}} said {{u:Al Jahra}} in the audio, at 00:14:10.
4. Para 6: who is "{{p:Bashir}}"? If he is the Pakistani driver who brought the water, please say so. If he is the same as "Mr {{p:Bashir Ahmed}}" in para 11, merge.
5. Para 7: "{{r:Bang}}" is {{r:Choe}}'s wife, {{r:Bang Kum-ok}}. In the next sentence "the bang of the compressor" is a noise - a reader could stumble. Maybe "the noise of the compressor".
6. Para 8: {{r:Choe}} quotes {{r:Ha}} as saying the wages were "for the Party". Please keep the Korean in brackets as in the audio.
7. Para 10: the police officer at the checkpoint, "Sergeant {{p:Al-Enezi}}", is he a real, known person? If not, he is a private person and must be anonymised like everyone else.
8. Para 12: "Comrade {{p:Kye}}" and "{{p:Kye Yong-su}}" seem to be the same security man. Also the Hangul "{{p:계영수}}" in the footnote. Please confirm with {{r:Hyon-chol}}.
9. Para 13: {{r:Bang Kum-ok}} was not in {{u:Kuwait}}; she stayed in {{u:Hamhung}}. The draft says "his wife visited him" - check. I think this is a confusion with {{p:Ri Sun-hwa}}, the wife of co-worker {{p:Jo Kwang-il}}, who worked in the camp kitchen. {{p:Jo}} and {{p:Ri}} were the only married couple on the site.
10. Para 14: "{{u:Kim Jong Un}}'s photo in the canteen" fine. But "{{p:Kim}} the welder" - is this {{p:Kim Myong-chol}} from para 3? Please use the full name at least once.
11. Para 15: "So {{r:Choe}} left" - "So" starts the sentence; fine, just flagging that our name tool may trip on it.
12. Para 16: the doctor at {{u:Adan Hospital}} - the draft names her "Dr {{p:Fatima}}". Private; anonymise.
13. Annex: the list of co-workers includes {{p:Kim Myong-chol}}, {{p:Jo Kwang-il}}, {{p:Ri Sun-hwa}}, {{p:An Yong-bom}} and {{p:Yu Chang-sik}}. {{p:An}} and {{p:Yu}} are not mentioned anywhere else - why are they in the annex?

Summary for {{p:LHN}}: please fix 1, 2, 4, 8, 9 and 13; the others are suggestions. I am happy to talk on Thursday. - {{p:DS}}

Reply from {{p:LHN}} (added 22 Feb): 4 - yes, {{p:Bashir}} is {{p:Bashir Ahmed}}, merged. 8 - {{r:Hyon-chol}} confirms {{p:Kye}}. 9 - you're right, it was {{p:Ri Sun-hwa}}; {{r:Bang}} never left {{u:Hamhung}}. 13 - {{p:An}} and {{p:Yu}} were in the same container as {{r:Choe}}; I will add a sentence.""",
    },
    {
        "id": "h41-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yu Chol-jun", "유철준", "witness", ["Chol-jun"]),
            ("Gil Man-sok", "길만석", "supervisor", ["Man-sok", "Bear", "곰"]),
            ("Do Kyong-hui", "도경희", "relative", ["Kyong-hui"]),
        ],
        "note": "Witness's handwritten statement as transcribed and translated, Amur Oblast logging camp; struck-through and inserted names, names in capitals, surnames Yu, Gil and Do beside 'you', 'gill' and 'do', brigade leader nicknamed Bear beside real bears, a Russian forestry inspector with a patronymic, a signature and a witness's initials; mixed line endings.",
        "text": """TRANSCRIPTION OF A HANDWRITTEN STATEMENT
Original: 4 pages, blue ballpoint, Korean. Transcribed and translated by {{p:Anna Ko}}, checked by {{p:Park Jun-seo}}. [struck] = crossed out in the original; ^...^ = written above the line.

I, {{r:YU CHOL JUN}}, born 1979 in {{u:Kilju}}, write this of my own will.

From 2014 to 2018 I worked in the forest in {{u:Amur Oblast}}, near {{u:Tynda}}, for the logging company of the {{u:Ministry of Forestry}} of our country. Our team had 31 people. The team leader was {{r:GIL MAN SOK}}. Everyone called him "{{r:Bear}}", because he was big and because he once chased away a real bear with an axe. I am not lying, {{p:Ryang Chol}} saw it too.

The work. We cut trees from dark to dark. In winter minus forty. The Russian inspector {{p:Nikolai Petrovich}} came once a month and counted the logs. He wrote the numbers and {{r:Gil}} wrote other numbers. What you do with numbers I do not know, but our pay was always small. ^(The Russian inspector's full name is {{p:Nikolai Petrovich Zubov}}, I saw it on his paper.)^

In the winter of 2016 my friend [struck] {{p:Son Yong-gil}} [/struck] ^{{p:SON YONG GIL}}^ cut his leg with the chainsaw. {{r:Man-sok}} did not let us stop. We tied the leg with a shirt. {{p:Son}} was taken to {{u:Tynda}} two days later by the Russian truck driver, {{p:Misha}}. I do not know if {{p:Yong-gil}} lived. Later {{r:Bear}} said he was "sent home", nothing more.

About money. Every month {{r:Gil}} took 600 dollars from each person "for the plan" and for the {{u:Workers' Party of Korea}}. If someone did not have it, it was written as debt. My debt in 2018 was 2,300 dollars. [struck] {{p:Ri Hak-chol}} [/struck] {{p:Ri Hak-chol}} and {{p:Tak Song-ho}} had more.

In May 2018 I ran. I walked four days to {{u:Tynda}} and took the train to {{u:Khabarovsk}}. A Korean from {{u:South Korea}}, a missionary, helped me. I do not write his name here because he is still working.

My family. My wife {{r:Do Kyong-hui}} and our son are in {{u:Kilju}}. I ask that you do not write {{r:Kyong-hui}}'s name in anything public. If they learn I spoke, {{r:Do}} will be sent to the mountains. Please do what you can to protect her.

I swear all of this is true. Whatever I did not see I did not write.

Signed: {{r:유철준}} ({{r:Yu Chol-jun}})
Date: 2023. 11. 7.
Witnessed: {{p:P.J.S.}}

Translator's note ({{p:A.K.}}): the witness calls the team leader {{r:곰}} throughout, as in "{{r:곰}}이 말했다" ({{r:Bear}} said); the bear in the story of the axe is the animal. The surname 유 is written Yu throughout, as the witness asked.""",
    },
    {
        "id": "h41-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Ok-hwa", "리옥화", "relative", ["Ok-hwa", "Lee Ok-hwa"]),
            ("Ri Myong-su", "리명수", "witness", ["Myong-su", "Myongsu"]),
            ("Jon Chun-sik", "전춘식", "supervisor", []),
        ],
        "note": "A sister's account of her brother's work on a Russian fishing trawler and his disappearance, written up in English by a volunteer; Hangul names inside the English, a line break inside a name, a brother called by a childhood nickname, a private Ri beside Ri Sol Ju, real ports.",
        "text": """ACCOUNT OF A FAMILY MEMBER
Given by {{r:Ri Ok-hwa}} ({{r:리옥화}}), sister of {{r:Ri Myong-su}} ({{r:리명수}}). Written up by volunteer {{p:Hannah Briggs}} from a two-hour conversation in {{u:Ansan}}, 2 March 2024, with {{r:Ok-hwa}}'s daughter {{p:Ji-woo}} interpreting.

My brother {{r:Myong-su}} is three years younger than me. At home we called him "{{r:Dolmaengi}}" ({{r:돌멩이}}, pebble), because as a small boy he always had stones in his pockets. Even in his letters from the ship he signed "{{r:돌멩이}}".

In 2016 {{r:Myong-su}} was sent to work on a fishing ship in {{u:Russia}}. He went through {{u:Rason}} and the ship sailed from {{u:Nakhodka}}. I know this because our cousin {{p:Kim Chol-
ung}} worked at the port office in {{u:Rason}} and told me. On the ship the man in charge of the Korean crew was {{r:Jon Chun-sik}} ({{r:전춘식}}). My brother wrote that {{r:Jon}} was strict but not cruel. He wrote: "{{r:전춘식}} 동무 keeps our passports in his cabin."

The letters came through a friend of our family, {{p:Pak Sun-ae}} ({{p:박순애}}), whose husband worked for the company in {{u:Chongjin}}. {{p:Sun-ae}} brought four letters between 2016 and 2018. In the third letter {{r:Myong-su}} wrote that a young worker, {{p:Han Il-bom}}, had fallen into the hold and died, and that {{r:Jon}} told everyone to say it was a heart attack. The Russian captain, {{p:Yevgeny}}, wrote the report. {{r:돌멩이}} was very upset. He wrote "{{p:일범}}이 was only 24."

In 2018 the letters stopped. In 2019 {{p:Sun-ae}} came and said the ship had returned without {{r:Myong-su}}. {{r:Jon}} said my brother had "gone over to the Russians" in {{u:Vladivostok}}. Our mother cried for a week. Two security men came to our house, one of them was called {{p:Ri Yong-chol}}. (Not our relative. Ri is a very common name - even {{u:Ri Sol Ju}} has it.) They asked where {{r:Myongsu}} was. We did not know.

I left {{u:North Korea}} in 2020 through {{u:China}}. I arrived in {{u:South Korea}} in 2022. I have asked the {{u:Ministry of Unification}}, the {{u:Korean Red Cross}} and your organisation to look for my brother. In 2023 a man in {{u:Seoul}}, {{p:Choe Kum-chol}}, told me he had worked with a "{{r:Ri Myong-su}} from {{u:Tanchon}}" in a fish factory in {{u:Kamchatka}} in 2020. {{p:Choe}} was not sure it was the same person. My brother is from {{u:Tanchon}}.

If {{r:Myong-su}} reads this: {{r:돌멩이}}, your sister is alive and safe. Our mother is with our uncle {{p:Ri Tae-sik}}. {{p:Ji-woo}} is now at university.

Volunteer's note: {{r:Ok-hwa}} asked to be written as "{{r:Lee Ok-hwa}}" in any Korean-language South Korean document; she prefers {{r:Ri Ok-hwa}} in English. Cousin {{p:Kim Chol-ung}} is still in {{u:Rason}} and must not be named anywhere.""",
    },
    {
        "id": "h41-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Jin-hyok", "강진혁", "witness", ["Jin-hyok", "Jinhyok"]),
            ("Pak Chol-min", "박철민", "supervisor", ["Chol-min"]),
            ("Marek Zieliński", "마레크 지엘린스키", "supervisor", ["Marek", "Zieliński"]),
        ],
        "note": "Interpreter's running notes during a meeting with Polish labour inspectors about Gdynia shipyard welders; timestamps, Polish case endings on Korean and Polish names, a given name typed without hyphen, interpreter shorthand, a Polish prosecutor who is private, a real labour inspectorate and a real shipyard.",
        "text": """INTERPRETER'S RUNNING NOTES (not a transcript)
Meeting at the {{u:Państwowa Inspekcja Pracy}} ({{u:PIP}}) office, {{u:Gdańsk}}, 16 Oct 2023. Interpreter KO<>PL<>EN: {{p:Magdalena Yun}}. Present: witness {{r:KANG Jin-hyok}} (W), inspector {{p:Tomasz Wróblewski}} ({{p:TW}}), inspector {{p:Ewa Lis}} ({{p:EL}}), NGO: {{p:Chris Dunmore}} ({{p:CD}}).

10:02 {{p:TW}} opens. Asks W to confirm he worked 2016-2017 at a subcontractor at the {{u:Crist}} yard in {{u:Gdynia}}. W: yes, welding, hull blocks.
10:05 {{p:TW}} asks about "pan {{r:Pak}}" - the Korean manager. In Polish they say "z panem {{r:Pakiem}}", "do pana {{r:Paka}}". W: yes, {{r:Pak Chol-min}}, the team's boss; he held the passports.
10:09 {{p:EL}}: who signed the timesheets? W: "{{r:Chol-min}} signed, and the Polish foreman, {{r:Marek}}." {{p:EL}} repeats: "{{r:Marek Zieliński}}?" W nods. {{p:TW}} notes that "{{r:Zielińskiego}}" has already been interviewed.
10:14 W: the timesheets had 8 hours; real hours 12. Second set of sheets kept by {{r:Pak}}. W saw them in {{r:Pak}}'s office in the container.
10:18 {{p:CD}} asks about wages. W: the Polish agency paid into an account; W never had a card. {{r:Paka}} ({{p:TW}}'s form) received the money. W got 100-150 USD a month in cash.
10:23 {{p:TW}} asks if other Koreans will speak. W names {{p:Kim Song-il}}, {{p:Jo Yong-chol}}, {{p:Ri Kwang-nam}}. {{p:TW}} writes "{{p:Kima}}, {{p:Jo}}, {{p:Ri}}" - I corrected to "{{p:Kim Song-il}}". W says {{p:Jo}} went back to the {{u:DPRK}} in 2018; {{p:Ri}} is in {{u:South Korea}}.
10:30 Break. W asks me quietly if {{r:Marek}} will get in trouble - he says {{r:Zieliński}} "was a good man, he gave us coffee". Told him it's for the inspectors.
10:41 Resumed. {{p:EL}} asks about an accident in Feb 2017. W: a worker, {{p:Hong Myong-gil}}, burned his arm; {{r:Pak}} told him to say it happened at home. The Polish doctor, dr {{p:Katarzyna Nowak}} (she wrote the note) asked no questions.
10:48 {{p:TW}}: did the prosecutor in {{u:Gdańsk}}, prokurator {{p:Banaś}}, ever contact W? W: no. {{p:TW}} will pass the file to prokuratora {{p:Banasia}}.
10:55 {{p:CD}} asks W to describe the security officer. W: "{{p:Sim}}", no given name known, came from {{u:Warsaw}}, from the embassy of the {{u:DPRK}}. {{p:TW}} writes "{{p:Sima}}".
11:02 W: "{{r:Chol-min}} was afraid of {{p:Sim}} too."
11:06 {{p:EL}} asks for names of Polish co-workers who might testify. W: "{{p:Bartek}}, crane operator" and "Pani {{p:Grażyna}} from the canteen". {{p:EL}}: "{{p:Bartka}} we know."
11:15 {{p:TW}} closes. Thanks "pana {{r:Kanga}}". Next step: written protocol in Polish, I translate for W by 30 Oct.

Post-meeting note: W's name is spelled "{{r:Jinhyok}}" in the {{u:PIP}} protocol (no hyphen) - ask {{p:TW}} to correct. {{r:Jin-hyok}} wants a copy of the protocol.""",
    },
    {
        "id": "h41-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Yong-chol", "한영철", "witness", ["영철", "Han Young-chul"]),
            ("Pak Kwang-su", "박광수", "supervisor", ["광수"]),
            ("Song Hyok", "송혁", "coworker", ["혁"]),
        ],
        "note": "First-person interview narrative typed by the interviewer in Korean, Moscow housing construction; particles glued to names (박광수가, 혁이가, 영철아), kinship plus name (혁이 형, 광수 반장), one-syllable given name, private 김 beside 김정은, a Russian foreman in Cyrillic with case endings, an Uzbek co-worker.",
        "text": """면담 기록 (1인칭 정리본) - 사건번호 RU-23-088
면담자: {{p:정다은}} / 녹음 정리: {{p:오세훈}} / 면담일: 2023년 6월 3일, {{u:서울}} 사무실

저는 {{r:한영철}}입니다. 1985년 {{u:함경북도}} {{u:청진}}에서 태어났습니다. 2016년 봄에 {{u:러시아}} {{u:모스크바}}에 있는 아파트 건설 현장으로 파견됐습니다. 우리 작업반은 스무 명이었고 반장은 {{r:박광수}}였습니다. {{r:박광수}}가 {{u:평양}}에서 온 사람이라 다들 조심했습니다.

현장에 도착하자마자 {{r:박}} 반장이 여권을 다 걷어 갔습니다. "잃어버리면 안 되니까 내가 보관한다"고 했습니다. 여권은 돌아갈 때까지 한 번도 못 봤습니다. 같은 방을 쓴 {{r:송혁}}이가 한번 여권 좀 보자고 했다가 {{r:광수}} 반장한테 욕을 많이 먹었습니다. {{r:혁}}이는 저보다 두 살 위라 저는 "{{r:혁}}이 형"이라고 불렀습니다.

일은 아침 여섯 시부터 밤 열한 시까지 했습니다. {{u:러시아}} 감독은 {{p:Андрей}}라는 사람이었는데 우리는 "{{p:안드레이}}"라고 불렀습니다. {{p:Андрея}}는 {{u:러시아}} 회사 사람이었고 돈은 {{r:박광수}}한테만 줬습니다. {{p:안드레이}}가 한번 저한테 "{{r:Хан}}, ты молодец"라고 했는데 {{r:박}} 반장이 그걸 보고 {{u:러시아}} 사람이랑 말하지 말라고 했습니다.

월급은 한 달에 100달러 정도 받았습니다. 나머지는 "충성자금", "계획분"이라고 떼어 갔습니다. {{u:김정은}} 생일 때는 따로 50달러씩 더 걷었습니다. 반원 중에 {{p:김성호}}라는 사람이 있었는데, 그 {{p:김}} 씨가 "이렇게 떼면 집에 뭘 보내냐"고 했다가 다음 달에 귀국됐습니다. {{p:김성호}}는 {{u:회령}} 사람이었습니다.

2017년 겨울에 {{r:혁}}이 형이 6층에서 떨어졌습니다. 안전줄이 없었습니다. 우즈베크 사람 {{p:Rustam}}이 먼저 달려가서 구급차를 불렀습니다. {{r:광수}}는 처음에 구급차를 돌려보내려고 했습니다. 병원비는 반 전체 돈에서 나갔고, {{r:송혁}}이는 석 달 뒤에 {{u:북한}}으로 돌아갔습니다. 그 뒤로 {{r:혁}}이 소식은 모릅니다.

2018년 8월에 저는 현장을 나왔습니다. {{p:Rustam}}이 소개해 준 고려인 아저씨 {{p:Виктор Ли}} 씨 집에서 두 달 숨어 있었습니다. {{p:빅토르}} 아저씨가 "{{r:영철}}아, 여기서는 네 이름을 말하지 마라"고 했습니다. 그 뒤에 {{u:유엔난민기구}} 사무소를 거쳐서 2019년에 {{u:한국}}에 왔습니다.

지금도 꿈에 {{r:박}} 반장이 나옵니다. {{r:박광수}}가 아직 그 일을 하는지 모르겠습니다. {{r:혁}}이 형이 살아 있으면 좋겠습니다.

[면담자 메모] 증언자는 {{u:한국}}에서 "{{r:Han Young-chul}}"로 등록되어 있음. 반장 이름 {{r:박광수}}와 작업반원 {{p:김성호}}는 다른 증언(RU-22-031, {{p:최은별}} 면담)에도 나옴. 같은 사람인지 {{p:최은별}} 선생님께 확인 필요.""",
    },
    {
        "id": "h41-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Sun-hui", "김순희", "witness", ["순희"]),
            ("Ri Kyong-ae", "리경애", "supervisor", ["경애"]),
            ("Zhou Jianguo", "저우젠궈", "supervisor", ["老周", "周经理"]),
            ("Kim Chol-su", "김철수", "relative", ["철수"]),
        ],
        "note": "Question-and-answer transcript (문/답) with a woman from a seafood processing plant in Hunchun; Chinese forms of address in Hanzi (老周, 小李, 周经理), particles glued to names (순희한테, 경애가), 철수 오빠, a private 리설화 beside 리설주, a Chinese co-worker called 小李 and named in Hanzi, 조선 for North Korea.",
        "text": """문답 녹취록 - 면담번호 CN-24-012 (2차)
일시: 2024년 2월 17일 / 장소: {{u:인천}} / 면담자(문): {{p:유하린}} / 증언자(답): {{r:김순희}}

문: 지난번에 {{u:훈춘}} 공장 이야기를 하다가 끝났는데요. 공장 관리자는 누구였어요?
답: {{u:중국}} 쪽 관리자는 {{r:周经理}}라고 불렀어요. 우리끼리는 "{{r:老周}}"라고 했고요. 본명은 {{r:저우젠궈}}인가 그래요. 나이가 쉰쯤 됐어요.
문: {{u:북한}} 쪽 책임자는요?
답: {{r:리경애}}요. 작업반장 겸 생활지도원이었어요. {{r:경애}}가 우리보다 열 살 많았는데, 다들 "{{r:리}} 반장님"이라고 했어요.
문: 하루 일과를 말씀해 주세요.
답: 새벽 다섯 시 반에 일어나서 오징어 손질하고 게 껍질 까고... 밤 아홉 시까지요. {{u:중국}} 아줌마들도 같이 일했는데, 그중에 {{p:小李}}라고 젊은 애가 있었어요. {{p:小李}}가 저한테 몰래 사탕을 줬어요.
문: {{p:小李}}는 이름이 뭐였는지 아세요?
답: {{p:李娟}}이라고 했던 것 같아요. 확실하지는 않아요.
문: 돈은 얼마나 받으셨어요?
답: 저는 한 푼도 직접 못 받았어요. {{r:老周}}가 돈을 {{r:경애}}한테 주고, {{r:리경애}}가 {{u:평양}}으로 보낸다고 했어요. 한 달에 한 번 "생활비"라고 {{u:중국}} 돈 200원 정도 줬어요.
문: 그 돈 이야기를 다른 사람도 알았어요?
답: 다 알았죠. 근데 말을 못 했어요. {{p:최명순}}이라는 언니가 한번 {{r:周经理}}한테 직접 물어봤다가 {{r:경애}}가 그 언니를 방에 가뒀어요. {{p:명순}} 언니는 그다음 달에 {{u:조선}}으로 갔어요.
문: 가족 이야기를 해도 될까요?
답: 네. 오빠가 하나 있어요. {{r:철수}} 오빠요. {{r:김철수}}. 오빠는 {{u:함흥}}에 있고요. 제가 {{u:중국}}에 간 것도 오빠가 보위부 아는 사람한테 부탁해서 된 거예요. 그래서 {{r:철수}} 오빠한테 미안해요. 제가 나온 걸로 오빠가 고생할까 봐.
문: 오빠분 이름은 보고서에서 다 바뀌니까 걱정 안 하셔도 돼요.
답: 네. {{r:순희}}라는 제 이름도요?
문: 네, {{r:순희}} 씨 이름도 다 바뀌어요.
답: 공장에 {{p:리설화}}라는 애도 있었어요. 저랑 제일 친했어요. 걔가 {{u:리설주}}랑 이름이 비슷하다고 다들 놀렸어요. {{p:설화}}는 아직 거기 있을 거예요.
문: 공장을 나오신 건 언제예요?
답: 2022년 설 지나고요. {{p:小李}}가 택시 기사를 불러 줬어요. 기사 이름은 몰라요. {{u:연길}}까지 갔다가 거기서 {{p:박}} 목사... 아, 목사님 이름은 {{p:박영식}}이에요. {{p:박영식}} 목사님이 {{u:태국}}까지 가는 길을 알려 줬어요.
문: 마지막으로, {{r:老周}}는 좋은 사람이었어요, 나쁜 사람이었어요?
답: 모르겠어요. {{r:周经理}}는 그냥 돈만 생각하는 사람이었어요. {{r:경애}}가 더 무서웠어요.
[녹취 종료. 정리: {{p:유하린}}. 참고: 증언자는 "{{r:순희}}한테 전화하지 말고 문자 먼저 달라"고 요청함.]""",
    },
    {
        "id": "h41-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jang Myong-il", "장명일", "witness", ["명일"]),
            ("O Un-jong", "오은정", "relative", ["은정"]),
            ("Choe Kwang-chol", "최광철", "supervisor", ["Choi Kwang-cheol"]),
        ],
        "note": "Follow-up call notes in Korean, Dubai construction; surname 오 beside the numeral 오 and 오전/오후, kinship plus name (영남 형, 은정 씨), particles glued to names, a Pakistani driver and an Emirati sponsor in Latin letters, emoji, an impossible date (2월 30일); CRLF.",
        "text": """후속 통화 기록 - {{r:장명일}} (AE-21-019)
담당: {{p:노지현}} / 통역 없음

2024.01.08 (월) 오후 3:10, 약 20분
{{r:명일}} 씨가 먼저 전화함. 지난 면담 때 말 못 한 게 있다고. {{u:두바이}} 현장 소장이었던 {{r:최광철}}이 2019년에 다른 현장으로 옮겼다는 소식을 같은 작업반이던 {{p:림영남}}한테서 들었다고 함. {{r:명일}} 씨는 {{p:영남}}이를 "{{p:영남}} 형"이라고 부름. {{p:영남}} 형은 지금 {{u:대구}}에 산다고.

2024.01.15 (월) 오전 11:00, 5분
부재중. 문자 남김. 오 분 뒤 {{r:명일}} 씨 부인 {{r:오은정}} 씨가 회신 😊 - 남편이 야간 근무라 저녁에 통화하자고 함.

2024.01.15 (월) 오후 8:40, 35분
{{r:장명일}} 씨, {{r:오은정}} 씨 함께 통화. {{r:은정}} 씨는 {{u:북한}}에서 2018년에 먼저 나왔음. {{r:오}} 씨 말로는 남편이 {{u:아랍에미리트}}에 있는 동안 집으로 돈이 한 번도 안 왔다고 함. {{r:최}} 소장이 "송금은 회사가 알아서 한다"고 했다는데 결국 안 옴.
{{r:명일}} 씨가 새로 말한 것:
- 현장 스폰서였던 에미리트 사람 이름은 "Mr. {{p:Saeed}}"... 정확히는 {{p:Saeed Al-Falasi}}. 한 번 현장에 와서 {{r:최광철}}이랑 악수만 하고 감.
- 파키스탄 운전기사 {{p:Imran}}이 출퇴근 버스를 몰았음. {{p:Imran}}이가 가끔 물을 더 줌.
- 같은 방: {{p:림영남}}, {{p:오대성}}, {{p:지광혁}}. {{p:오대성}}은 {{r:오은정}} 씨와 친척 아님 (본인 확인).
- {{r:최}} 소장 밑에 부소장 {{p:한명수}}가 있었는데 {{p:한}} 부소장이 여권을 금고에 넣고 관리함.

2024.02.30 (sic, 2월 30일로 적혀 있음 - 3월 1일로 추정) 오후 2:00, 10분
{{r:은정}} 씨 혼자 통화. 남편이 이번 기록에 본인 이름이 나가는 걸 걱정함. 익명 처리 절차 설명함. {{r:오은정}} 씨: "우리 {{r:명일}}이 이름, {{p:영남}} 씨 이름 다 바꿔 주세요." -> 네. 😢 ({{r:오}} 씨가 "{{p:영남}} 씨"라고 한 건 {{p:림영남}}.)

2024.03.12 (화) 오후 7:15, 25분
{{r:명일}} 씨: {{p:영남}} 형이랑 통화해 봤는데 {{p:영남}} 형도 증언할 생각 있다고 함. 연락처는 연락처 파일에만 기록. {{p:영남}} 형 말로는 {{r:최광철}}이 지금 {{u:카타르}}에 있다는 소문이 있음.
그리고 {{p:지광혁}}이가 2020년에 {{u:두바이}}에서 쓰러져서 {{u:Rashid Hospital}}에 실려 갔는데, 병원비 때문에 {{r:최}} 소장이랑 {{p:한명수}}가 크게 싸웠다고 함. {{p:광혁}}이는 그 뒤 귀국.

2024.04.02 (화) 오전 10:30, 3분
{{r:명일}} 씨, 다음 주 면담 날짜 확정 (4/9 오후 2시, 사무실). {{p:림영남}} 씨도 같이 오기로 함 👍.

메모: 다음 면담 담당은 {{p:노지현}}, 보조 {{p:김하율}}. {{r:최광철}}·{{p:한명수}}는 가해자 목록(내부)에 추가 요청 - {{p:김하율}} 담당.""",
    },
    {
        "id": "h41-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Song-chol", "류성철", "witness", ["성철", "유성철"]),
            ("Kye Yong-ho", "계영호", "supervisor", ["영호"]),
            ("Ryu Hye-jong", "류혜정", "relative", ["혜정"]),
        ],
        "note": "Reviewer's comments in Korean on a draft testimony about interior-finishing work in Kazan; surname 류/유 spelled two ways for one person, 계 beside 계획/계산, 이상 and 위해 as ordinary words, initials of reviewer and author, a Tatar foreman in Cyrillic with a case ending, private 문 beside 문재인.",
        "text": """검토 의견서 - 증언 초안 RU-22-054 ({{r:류성철}}) 제2판
검토자: {{p:서윤아}} ({{p:SYA}}) / 초안 작성자: {{p:배준호}} ({{p:BJH}}) / 2024.05.20

총평: 전반적으로 잘 정리됨. 다만 인명 표기가 들쭉날쭉해서 익명 처리 전에 통일이 필요함. 아래 이상 7건 수정 요청.

1. 2쪽 첫 문단: "{{r:유성철}}"과 "{{r:류성철}}"이 섞여 있음. 증언자 본인은 북한식 "류"를 원함. {{u:한국}} 신분증에는 "{{r:유성철}}"로 되어 있으니 메타데이터에만 병기할 것.
2. 3쪽: 현장 책임자 "{{r:계영호}}" - 본문에서 "{{r:계}} 지배인", "지배인 {{r:계영호}}", "{{r:영호}}"로 불림. "{{r:영호}}"는 증언자가 뒤에서 부르던 말이라고 함(녹취 00:32:15). 그대로 두되 같은 사람임을 각주로.
3. 3쪽 둘째 문단: "계획을 위해"의 "계"는 사람 이름이 아님. 표시 안 해도 됨. 반면 "{{r:계}}가 계산서를 찢었다"의 첫 "계"는 사람.
4. 4쪽: 타타르인 작업 감독 "{{p:Рустем}}"({{p:루스템}}) - 녹취에서 증언자가 "{{p:Рустему}} 말했다"고 러시아어 격변화로 말한 부분이 있음. 번역 시 "{{p:루스템}}에게 말했다"로.
5. 5쪽: 증언자의 누나 "{{r:류혜정}}" - {{r:혜정}} 씨는 아직 {{u:북한}}에 있음. 보고서 어디에도 실명이 나오면 안 됨. 특히 5쪽 사진 설명에 "{{r:혜정}} 누나"가 그대로 있음. 반드시 삭제.
6. 6쪽: "{{p:문}} 씨 아저씨" - 이 사람은 {{u:카잔}}의 고려인 식당 주인 {{p:문세르게이}}임. {{u:문재인}} 전 대통령 이야기가 나오는 7쪽과 헷갈리지 않게 "{{p:문}} 씨"에는 각주 달 것.
7. 7쪽: 같은 방 동료 명단 {{p:강일수}}, {{p:허명진}}, {{p:차승혁}}. "{{p:차}}가 차를 몰았다" 문장은 어색함 - "{{p:차승혁}}이 운전했다"로 수정 권장.
8. 8쪽: 보위원 "{{p:안}} 동지" - 전체 이름 확인 필요. 증언자는 "{{p:안광일}}"이라고 했다가 "{{p:안광철}}"이라고도 함. 둘 중 하나로 확인되면 수정. (이건 이상 7건에 포함 안 함, 추가 확인 사항.)

기타:
- {{u:타타르스탄}}, {{u:카잔}}, {{u:러시아}} 표기 통일 좋음.
- 증언자 나이 계산 틀림(1982년생이면 당시 36세).
- {{p:BJH}} 선생님, 9번 항목으로 {{r:성철}} 씨 부인 이름이 초안 어디에도 없는 게 맞는지 확인 부탁. 본인이 말하지 않았다면 그대로.

{{p:SYA}} 드림

[작성자 답변, 5/23] 1, 2, 5, 7 반영. 4 - "{{p:Рустему}}"는 그대로 두고 괄호에 번역 넣음. 8 - {{r:류성철}} 씨한테 다시 물어보니 "{{p:안광철}}"이 맞다고 함. - {{p:배준호}}""",
    },
    {
        "id": "h41-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Un-hyok", "최은혁", "witness", ["은혁"]),
            ("Kim Tong-chol", "김동철", "supervisor", ["동철"]),
            ("Ma Yong-sik", "마영식", "coworker", ["영식"]),
        ],
        "note": "Handwritten statement (자필 진술서) transcribed with line numbers, Sakhalin fish-processing and construction; 김 반장이 with the particle glued, struck and inserted names, surname 마 beside 마지막/마음, a Russian driver with a case ending, a Sakhalin Korean woman with a Russian given name, two private Kims and the surname 김 discussed as a word beside 김일성.",
        "text": """자필 진술서 전사본 (원본 A4 3매, 연필)
전사: {{p:문지수}} / 대조: {{p:홍세린}} / [삭제] = 원본에서 줄을 그어 지운 부분, <추가> = 줄 위에 덧쓴 부분

01 진술인 {{r:최은혁}}
02 나는 2015년부터 2019년까지 {{u:러시아}} {{u:사할린}} {{u:유즈노사할린스크}}에서 일하였다.
03 처음 1년은 수산물 가공 공장, 그다음은 건설 현장이었다.
04 우리 반 반장은 {{r:김동철}}이다. {{r:김}} 반장이 제일 먼저 한 일은 여권 회수였다.
05 {{r:김}} 반장이 "여기서 도망가면 가족이 끝난다"고 말하였다.
06 같이 간 사람은 [삭제] {{p:리철}} [/삭제] <{{p:리철웅}}>, {{r:마영식}}, {{p:도광남}}, {{p:탁명길}} 등 12명.
07 {{r:마영식}}이는 나랑 동갑이고 {{u:원산}} 사람이다. 마음이 착하다.
08 공장에서 {{u:러시아}} 사람 운전수 {{p:Серёжа}}가 우리를 실어 날랐다. {{p:Серёжи}} 차는 늘 고장이었다.
09 월급은 한 번도 제대로 못 받았다. {{r:김동철}}이가 "계획금", "당자금" 한다며 다 떼었다.
10 2016년 4월 15일 {{u:김일성}} 생일에 우리 반 {{p:김광호}}가 술을 마셨다고 {{r:김}} 반장이 그를 때렸다.
11 {{p:김광호}}와 {{r:김동철}}은 같은 김 씨라도 친척이 아니다. [삭제] {{p:광호}} [/삭제] <{{p:김광호}}>는 한 달 뒤 귀국했다.
12 2017년 건설 현장으로 옮겼다. 거기 감독은 고려인 {{p:박 따찌아나}} 아주머니였다.
13 {{p:따찌아나}} 아주머니는 우리한테 밥을 해 주었고, {{r:영식}}이가 아플 때 약도 사 주었다.
14 {{r:김}} 반장은 {{p:따찌아나}}를 싫어하였다. 우리가 {{u:러시아}} 사람과 친해지는 것을 싫어하였다.
15 2018년 겨울 {{r:영식}}이가 손가락 두 개를 잘렸다. 전기톱이었다.
16 {{r:김동철}}이 병원에 안 보내려고 하였다. {{p:따찌아나}} 아주머니가 택시를 불렀다.
17 {{r:마영식}}이는 2019년 봄에 귀국하였다. 마지막으로 본 것은 {{u:코르사코프}} 항구였다.
18 나는 2019년 9월에 현장을 나왔다. <{{p:도광남}}이 도와주었다.>
19 {{p:광남}}이는 지금 어디 있는지 모른다.
20 이 진술은 사실이며 누구의 강요도 없이 썼다.
21 2023년 10월 2일 {{r:최은혁}} (서명)

[전사자 메모] 6행의 "{{p:리철}}"을 지우고 "{{p:리철웅}}"으로 고쳐 씀 - 같은 사람. 12행의 {{p:박 따찌아나}}는 러시아식 이름과 {{u:한국}} 성을 함께 쓰는 {{u:사할린}} 한인. 10행과 11행의 {{p:김광호}}는 같은 사람이며 11행의 "같은 김 씨"는 성씨를 말한 것. 진술인은 "{{r:은혁}}"이라고만 써 달라고 했으나 원본 서명은 전체 이름.""",
    },
    {
        "id": "h41-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jong Mi-hyang", "정미향", "witness", ["미향"]),
            ("Jong Yong-hui", "정영희", "relative", ["영희", "꼬마"]),
            ("Hwang Jong-ok", "황정옥", "supervisor", ["정옥"]),
        ],
        "note": "A younger sister's account (가족 진술) of her elder sister's work in a North Korean restaurant in Phnom Penh; 영희 언니 with particles, a pet name, a Cambodian landlord and a Chinese customer, 정 beside 정말/정해진, private 황 beside a public 황, mixed line endings.",
        "text": """가족 진술서 (면담 정리본)
진술인: {{r:정미향}} (동생) / 대상: {{r:정영희}} (언니, {{u:캄보디아}} 식당 파견) / 면담: {{p:권도윤}}, 2024년 8월 12일

저는 {{r:정미향}}이고 {{r:영희}} 언니의 동생입니다. 언니는 저보다 여섯 살 많아요. 집에서는 언니를 "{{r:꼬마}}"라고 불렀어요. 어릴 때 키가 작아서요. 지금은 제가 더 작지만요.

{{r:영희}} 언니는 2015년에 {{u:캄보디아}} {{u:프놈펜}}에 있는 {{u:조선}} 식당으로 갔어요. 노래하고 춤추는 접대원이었어요. 언니가 보낸 편지에 지배인 이름이 {{r:황정옥}}이라고 적혀 있었어요. 언니는 편지에서 "{{r:황}} 지배인 동지"라고 썼는데, 나중에 전화로는 "{{r:정옥}}이 아줌마"라고 하더라고요. 정말 무서운 사람이었대요.

식당에는 여자 접대원이 열두 명 있었어요. 언니랑 제일 친한 사람이 {{p:한설경}}이었어요. {{p:설경}} 언니는 저도 한 번 봤어요. 2014년에 {{u:평양}}에서 언니랑 같이 연습할 때요. 그리고 {{p:로은별}}, {{p:석혜란}}도 있었다고 했어요. {{p:혜란}}이가 제일 어렸대요.

돈 이야기요? 언니는 손님들이 주는 팁도 다 {{r:황정옥}}한테 냈어요. {{r:황}} 지배인이 정해진 금액을 못 채우면 밥을 덜 줬대요. 언니가 "{{r:미향}}아, 여기는 밥 먹는 것도 계획이야"라고 했어요.

2017년에 {{u:중국}} 손님 한 명이 언니한테 자꾸 찾아왔대요. 이름은 {{p:陈先生}}이라고만 했어요. {{p:陈先生}}이 언니한테 휴대폰을 주려고 했는데, {{r:황정옥}}이 그걸 보고 언니를 일주일 동안 방에 가뒀어요. 언니 말로는 {{p:설경}} 언니가 몰래 먹을 걸 넣어 줬대요.

식당 건물 주인은 {{u:캄보디아}} 사람 {{p:Sok Dara}} 씨였어요. {{p:Dara}} 씨는 친절했대요. {{u:캄보디아}} 경찰이 한 번 왔을 때도 {{p:Sok}} 씨가 말을 잘해 줬다고 해요.

2019년에 식당이 문을 닫고 언니는 {{u:북한}}으로 돌아갔어요. 그 뒤로 소식이 끊겼어요. 저는 2021년에 {{u:중국}}을 거쳐서 {{u:한국}}에 왔어요. 여기 와서 뉴스에서 {{u:황병서}}라는 이름을 보고 깜짝 놀랐는데, 그 지배인이랑은 상관없는 사람이더라고요.

언니가 살아 있다면 지금 서른여덟이에요. {{r:영희}} 언니, {{r:꼬마}} 언니, 보고 싶어요. 혹시 누가 {{r:정영희}}라는 사람을 {{u:평양}}에서 보면 저한테 알려 주세요.

[면담자 메모: {{r:미향}} 씨가 언니 사진 두 장 제공. 사진 속 다른 접대원 {{p:한설경}}, {{p:석혜란}}의 얼굴은 흐림 처리할 것. "{{r:꼬마}}"는 가족 내 애칭이며 {{r:정영희}}를 가리킴. - {{p:권도윤}}]""",
    },
    {
        "id": "h41-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Chol-ung", "탁철웅", "witness", ["철웅"]),
            ("Sim Kyong-il", "심경일", "supervisor", ["경일"]),
            ("Batbayar Enkhtuya", "바트바야르 엥흐토야", "official", ["Enkhtuya", "Энхтуяа"]),
        ],
        "note": "Interpreter's running notes in Korean during a meeting at a Mongolian labour office about Ulaanbaatar construction workers; Mongolian names in Cyrillic and Korean transcription with case forms, patronymic-first Mongolian naming, timestamps, 심 beside 심하다/심지어, interpreter shorthand (증, 담), a private Mongolian official.",
        "text": """통역 메모 (속기, 정리 안 됨) - {{u:울란바토르}}, 2023.09.21
통역: {{p:김보라}} (한-몽) / 증 = 증언자 {{r:탁철웅}} / 담 = 노동감독관 {{r:Батбаяр Энхтуяа}} / 참관: {{p:Ganbold}} (현지 NGO), {{p:이서진}} (우리 단체)

09:35 담 인사. 자기 소개 "{{r:Энхтуяа}}". 증한테 한국어로 "{{r:엥흐토야}}"라고 부르면 된다고 전함. {{u:몽골}}은 부칭이 앞, 본인 이름이 뒤.
09:40 담: 2018-2019 {{u:바양주르흐}} 구 아파트 현장 건. 증 확인. 반장 이름? 증: "{{r:심경일}}". 담 적음: "{{r:Шим}}".
09:44 증: {{r:심}} 반장은 심하게 사람을 몰았다. 심지어 일요일에도. 담: {{u:몽골}} 회사 쪽 현장소장은? 증: "{{p:Дорж}}". 담: "{{p:Доржийн}} 회사요?" -> {{p:Дорж}}씨 회사 맞음.
09:52 담: 임금 장부 봤나? 증: {{r:경일}}이 장부 갖고 있었음. {{u:몽골}} 돈으로 받았다가 달러로 바꿔서 {{r:심}} 반장한테 다 줌. 증 본인 몫은 월 5만 투그릭 정도.
09:58 증: 같은 반 {{p:로명호}}, {{p:현철수}}, {{p:편광일}}. {{p:현철수}}가 2019년 1월 영하 35도에 손발 동상. {{r:심경일}}이가 병원 안 보냄. {{u:몽골}} 사람 {{p:Бат-Эрдэнэ}}가 자기 차로 {{u:국립외상센터}}에 데려감.
10:06 담: "{{p:Бат-Эрдэнэд}} 연락 가능?" ({{p:Бат-Эрдэнэ}}에게) - 증: 모름. {{p:Ganbold}}가 찾아보겠다고 함.
10:11 휴식. 증이 나한테 "{{r:엥흐토야}} 선생이 {{r:심}} 반장을 잡을 수 있냐" 물음. 모른다고 함.
10:25 재개. 담: {{u:북한}} 대사관 쪽 사람은? 증: 3등 서기관 "{{p:남}}". 이름 모름. 담이 "{{p:Нам}}" 적음. 증: {{p:남}} 서기관이 한 달에 한 번 와서 {{r:심}} 반장이랑 술 마심.
10:33 담: 여권. 증: {{r:심경일}}이 전부 보관. {{p:편광일}}이가 한 번 달라 했다가 맞음.
10:40 담: 다른 증인? 증: {{p:로명호}}는 {{u:한국}}에 있음, 연락 됨. 담이 "{{p:Ро Мён Хо}}" 적음.
10:47 {{p:이서진}}: 보고서에 {{r:엥흐토야}} 감독관 이름 넣어도 되는지 - 담: 안 됨, "감독관"이라고만.
10:52 종료. 담: 다음 주 {{u:몽골 노동사회보장부}}로 서면 질의.

후기: {{r:철웅}} 씨 피곤해 함. {{r:탁철웅}} 씨 다음 면담은 {{u:서울}}에서. {{p:김보라}}.""",
    },
    {
        "id": "h41-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryom Chol-su", "렴철수", "witness", ["Chol-su", "Yeom Cheol-su"]),
            ("No Kwang-ryong", "노광룡", "supervisor", ["광룡", "Roh Kwang-ryong"]),
            ("Oh Sun-ja", "오순자", "relative", ["순자"]),
        ],
        "note": "Interview summary in English with Korean quotations, statue and building work in Dakar; Hangul names with particles inside English sentences, surname No beside 'no' and 노 beside 노동, a private O/Oh, Senegalese foreman and driver, a real sanctioned company and a real monument, one name in capitals.",
        "text": """Interview summary - SN-23-004
Witness: {{r:Ryom Chol-su}} ({{r:렴철수}}). Interviewer: {{p:Caroline Mbaye}}. Interpreter: {{p:Kwon Ye-rin}}. {{u:Seoul}}, 11 Nov 2023.

{{r:Ryom}} worked in {{u:Senegal}} from 2010 to 2013 for {{u:Mansudae Overseas Project Group of Companies}}. He was a bronze caster and later a plasterer. He says the team helped finish the {{u:African Renaissance Monument}} in {{u:Dakar}} and then "built houses for rich people" in {{u:Ngor}} and {{u:Almadies}}.

The team leader was {{r:No Kwang-ryong}} ({{r:노광룡}}). The witness said, in Korean: "{{r:노광룡}}이가 노동 시간을 정했어요. No는 없었어요. 무조건 yes." The interpreter notes that he used the English words "no" and "yes" himself, laughing.

{{r:Ryom}} describes a normal day: up at 5:00, work from 6:00, a break at noon when it was too hot, then work until dark. A Senegalese foreman, {{p:Moussa Ndiaye}}, gave instructions through a Korean interpreter, {{p:Son Myong-hak}}. "{{p:손명학}} 통역원은 프랑스어를 잘했어요. {{p:Moussa}}는 좋은 사람이었어요." {{p:Ndiaye}} sometimes brought mangoes for the team.

Wages: the Senegalese clients paid {{u:Mansudae}}; {{r:No}} paid the workers "pocket money" of about 30,000 CFA francs a month. {{r:Ryom}}: "{{r:광룡}} 동지가 다 가져갔어요. 우리는 숫자도 못 봤어요." When one worker, {{p:Ri Chang-ho}}, asked to see the list, {{r:No}} called the security man, {{p:Kim Hak-son}}. "{{p:김학선}}이가 오면 다들 조용했어요."

Family: {{r:Ryom}}'s wife, {{r:Oh Sun-ja}} ({{r:오순자}}), received rations but no money. He found out in 2014 that {{r:순자}} had sold their television to pay for his son's school. He learned this from a letter carried by a colleague, {{p:O Yong-bin}}. (O and Oh are the same surname, 오; {{p:O Yong-bin}} is not related to his wife.) He said: "{{r:순자}}한테 미안해요. 오 년 동안 아무것도 못 보냈어요."

Accidents: in 2012 a young caster, {{p:Jang Song-gil}}, was burnt by molten bronze. {{r:No}} took him to a clinic run by a Senegalese doctor, Dr {{p:Fall}}... sorry - Dr {{p:Aminata Fall}}. {{p:Jang}} lost the use of two fingers and was sent home with the next group.

Leaving: {{r:Ryom}} left the project in 2013 with the rest of the team but defected in 2017 from {{u:China}}. He now lives in {{u:Gimpo}}.

Interpreter's note ({{p:K.Y.R.}}): the witness pronounced the team leader's name "{{r:노광룡}}" in the northern way, without the initial-sound rule; South Koreans would write "{{r:Roh Kwang-ryong}}" or "{{r:No Gwang-ryong}}". The witness's own name is "{{r:Yeom Cheol-su}}" on his South Korean documents. {{r:RYOM CHOL SU}} is the spelling on his old {{u:DPRK}} passport.""",
    },
    {
        "id": "h41-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hyon Kum-chol", "현금철", "witness", ["금철", "Kum-chol"]),
            ("Choe Song-bok", "최성복", "supervisor", ["성복"]),
            (
                "Ivan Dmitriyevich Sokolov",
                "이반 드미트리예비치 소콜로프",
                "supervisor",
                ["Ivan", "Ваня", "Sokolov"],
            ),
        ],
        "note": "Bilingual question-and-answer transcript (questions in English, answers in Korean, interpreter's glosses), St Petersburg stadium construction; a Russian foreman with patronymic, diminutive and case endings in Cyrillic, Hangul names with particles, surname 현 beside 현장/현금, a private 최 beside Choe Ryong Hae.",
        "text": """Q&A TRANSCRIPT - RU-21-102, session 1
Interviewer (Q): {{p:Laura Fitzgerald}} / Interpreter (I): {{p:Nam Yu-jin}} / Witness (A): {{r:현금철}}
Recorded at the {{u:Database Center for North Korean Human Rights}} meeting room, {{u:Seoul}}, 4 April 2022 (by kind permission).

Q: Please state your name as you'd like it in the record.
A: {{r:현금철}}입니다. 영어로는 {{r:Hyon Kum-chol}}.
Q: Where did you work in {{u:Russia}}?
A: {{u:상트페테르부르크}}요. 축구 경기장 짓는 현장이었어요. 지금 {{u:Krestovsky Stadium}}이라고 하는 거요.
I: He says the stadium site in {{u:Saint Petersburg}}, the one now called {{u:Krestovsky}}.
Q: Who was your supervisor?
A: {{u:조선}} 쪽은 {{r:최성복}}이요. 현장 {{u:러시아}} 감독은 {{r:이반 드미트리예비치}}. 우리는 "{{r:바냐}}"라고 불렀어요.
I: The Korean supervisor was {{r:Choe Song-bok}}; the Russian foreman {{r:Ivan Dmitriyevich}} - they called him "{{r:Vanya}}".
Q: Can you spell the foreman's surname?
A: {{r:Соколов}}. 명찰에 있었어요. {{u:러시아}} 사람들은 "{{r:Иван Дмитриевич}}" 하고 불렀고요. 우리 반장은 "{{r:Соколову}} 말해라" 하면서 {{u:러시아}} 말 하나도 못 했어요.
I: {{r:Sokolov}}; it was on his badge.
Q: How was {{r:Sokolov}} with the Korean workers?
A: 나쁘지 않았어요. {{r:바냐}}가 우리한테 빵도 주고. 근데 돈은 {{r:최성복}}한테 줬어요. {{r:최}} 반장이 현금을 다 챙겼어요.
Q: Did you ever see the money?
A: 한 번요. 2016년 12월에 {{r:성복}}이가 봉투를 세는 걸 봤어요. 우리 반 {{p:우광철}}도 같이 봤어요. {{p:광철}}이가 나중에 그 이야기를 했다가 보위원 {{p:리은호}}한테 불려 갔어요.
I: Once, in December 2016; {{p:U Kwang-chol}} saw it too and was later summoned by the security officer {{p:Ri Un-ho}}.
Q: What happened to him?
A: {{p:우광철}}은 그다음 주에 귀국했어요. {{p:리은호}}가 공항까지 데려갔다고 들었어요.
Q: You mentioned an accident in your written notes.
A: 네. 2017년 여름에 {{p:박성국}}이라는 사람이 떨어져 죽었어요. {{u:러시아}} 신문에도 났어요. {{r:Иван}}이 울었어요. {{r:최성복}}은 안 울었어요.
I: A worker, {{p:Pak Song-guk}}, fell to his death in summer 2017; it was in the Russian press. {{r:Ivan}} cried; {{r:Choe}} didn't.
Q: Did anyone from the embassy come?
A: 영사관에서 {{p:최}} 영사가 왔어요. {{r:최}} 반장이랑 같은 최 씨라 다들 친척이냐고 했는데 아니었어요. 그리고 그해 가을에 {{u:최룡해}}가 {{u:러시아}}에 온다는 소문이 있었는데, 그건 현장이랑 상관없었어요.
I: A consul named {{p:Choe}} came - no relation to the supervisor. There were rumours about a visit by {{u:Choe Ryong Hae}} that autumn, unrelated.
Q: Thank you. We'll pause here.
A: 네. 그리고 제 이름 "{{r:금철}}"은 꼭 빼 주세요. 우리 어머니가 아직 {{u:개성}}에 계세요.
[Pause 00:41:17. Transcribed by {{p:Nam Yu-jin}}.]""",
    },
    {
        "id": "h41-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hyang-mi", "김향미", "witness", ["향미", "Hyang-mi"]),
            ("Liu Haibo", "류하이보", "supervisor", ["刘海波", "刘总", "老刘"]),
            ("Pang Sun-ok", "방순옥", "supervisor", ["순옥"]),
        ],
        "note": "Interpreter's running notes, Korean/English/Chinese, interview about a Shenyang textile factory; a Chinese manager as 刘海波, 刘总 and 老刘 and in pinyin, a Korean-Chinese interpreter as 小金, the surname 방 beside 방/방금, Bang spelled three ways, a private 金 beside 金正恩 in a Chinese quotation.",
        "text": """Interpreter's running notes - CN-24-031 - {{p:Yoon Chae-won}} (KO/EN/ZH)
Session with {{r:김향미}} ({{r:Hyang-mi}}), 26 Jan 2024. Interviewer {{p:Mark Ellison}} ({{p:ME}}). My glosses in [ ].

- {{r:향미}}: 2017년 {{u:선양}} 의류 공장. "{{r:刘总}}" was the boss. [{{r:Liu zong}} = manager {{r:Liu}}] Full name {{r:刘海波}} -> {{p:ME}} asks spelling -> {{r:Liu Haibo}}. Workers called him "{{r:老刘}}" when he was not around.
- 북측 책임자: {{r:방순옥}}. [{{r:Pang Sun-ok}} - {{p:ME}} writes "{{r:Bang}}", I correct to {{r:Pang}}; some documents have "{{r:Phang}}".] {{r:방}} 지도원이 방 열쇠를 갖고 있었다고. (방 = room; keys to the dorm room)
- 방금 한 말 반복해 달라고 {{p:ME}} -> {{r:향미}}: 밤 10시 이후엔 방 밖으로 못 나감.
- Interpreter at the factory: Korean-Chinese woman, "{{p:小金}}". [= "little" + the surname 金; real name {{p:金美兰}} / {{p:Jin Meilan}}, {{r:향미}} says.] {{p:小金}} translated between {{r:老刘}} and {{r:순옥}}.
- {{p:ME}}: wages? {{r:향미}}: 월 1,800위안이라고 계약서에 적혀 있었는데, 받은 건 200위안. 나머지는 {{r:방순옥}}이 "국가계획분"으로.
- {{r:刘海波}} once said (she remembers in Chinese): "你们的钱给{{r:方}}老师了." [方 = Chinese reading of the surname 방] {{p:ME}}: so {{r:Liu}} knew? -> {{r:향미}}: 알았겠죠.
- 동료: {{p:최련화}}, {{p:리옥주}}, {{p:송미경}}. {{p:련화}} sewed next to her. {{p:송미경}} had TB in 2018; {{r:순옥}} hid it from {{r:刘总}}. {{p:미경}}이 was sent back in March 2018.
- Security: a man from the consulate in {{u:Shenyang}}, "{{p:강}} 참사" - no. Corrects herself: "{{p:강영수}} 참사". [{{p:Kang Yong-su}}, counsellor]
- Quote from {{p:小金}}, which she remembers: "{{u:金正恩}}的照片要擦干净". [the photo of {{u:Kim Jong Un}} must be wiped clean] Not about {{p:小金}} herself - 金 is her surname too.
- {{p:ME}} asks about phones. {{r:향미}}: {{p:리옥주}} had a Chinese phone from {{p:小金}}; {{r:방}} 지도원 found it in 2019; {{p:옥주}} was locked in for a week.
- Leaving: 2019 Dec. {{p:小金}} helped. {{r:Hyang-mi}} went to {{u:Dandong}}? -> no, to {{u:Kunming}} and {{u:Laos}}.
- {{p:ME}}: anyone else we should talk to? -> {{p:최련화}} is in {{u:Seoul}}; number via {{r:향미}}.

End 16:40. Note for file: {{r:Pang}}/{{r:Bang}}/{{r:Phang}} all = {{r:방순옥}}. {{r:Liu}} = {{r:刘海波}}. - {{p:Y.C.W.}}""",
    },
    {
        "id": "h41-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Paek Sol-hui", "백설희", "witness", ["설희", "Sol-hui", "Baek Seol-hee"]),
            ("Paek Myong-chol", "백명철", "relative", ["명철", "Myong-chol", "Baek Myung-chul"]),
            ("Ko Un-byol", "고은별", "coworker", ["은별", "Byol"]),
        ],
        "note": "Follow-up call notes with pasted KakaoTalk messages, bilingual, about a Vladivostok restaurant; zero-width spaces and a soft hyphen inside names, emoji after names, 명철 오빠 and 은별이 with particles, a Telegram handle, surname Ko beside 'go' and 고, a Russian landlady; CRLF.",
        "text": """FOLLOW-UP NOTES - {{r:PAEK Sol-hui}} (RU-24-007)
Caseworker: {{p:Jessica Tran}}. Korean support: {{p:Im Seo-a}}.

[2024-03-04, call, 15 min]
{{r:Sol-hui}} confirmed she is OK to continue. She asked whether we found her brother {{r:Paek Myong\u00adchol}} in the lists from {{u:Vladivostok}}. Not yet. She says {{r:명철}} 오빠 worked at the port in 2017-2018 and was "very thin" when she last saw him.

[2024-03-11, {{u:KakaoTalk}}, pasted by {{p:Im}}]
{{r:설\u200b희}}: 선생님 안녕하세요 🙂 오빠 소식 있어요?
{{p:Im Seo-a}}: 아직이요. {{r:명철}} 씨 생년월일 다시 한 번 확인할 수 있을까요?
{{r:설\u200b희}}: 1990년 6월 31일이요. 아 아니다 6월 13일 😅
{{p:Im Seo-a}}: 네 😊 그리고 식당에서 같이 일한 {{r:은별}} 씨 연락처 혹시 있으세요?
{{r:설\u200b희}}: {{r:은별}}이는 {{u:텔레그램}}만 해요. @{{r:byol}}_vl 이에요. {{r:고은별}}이요.

[2024-03-15, call with {{r:Ko Un-byol}}, 22 min, via {{u:Telegram}}]
{{r:Un-byol}} ("call me {{r:Byol}}") worked with {{r:Sol-hui}} in the restaurant from 2016 to 2019. The manager was "{{p:로}} 지배인"... she corrected: {{p:Ro Chun-ok}}. The Russian landlady of the building was {{p:Галина Петровна}} ({{p:Galina Petrovna}}). {{r:Byol}} says {{p:Галине Петровне}} was paid directly by the manager in cash.
She remembers {{r:Myong-chol}} visiting the restaurant twice with a group from the port, led by a man called {{p:Tae}}. "{{p:Tae}} 반장이 오빠들을 데리고 왔어요." Let's go through the port lists again with {{p:Tae}} as a keyword.

[2024-03-18, {{u:KakaoTalk}}]
{{r:설\u200b희}}: {{r:은별}}이랑 통화하셨어요? 🥹
{{p:Im Seo-a}}: 네! {{r:은별}} 씨가 많이 도와주셨어요.
{{r:설\u200b희}}: 걔가 말 많죠 ㅋㅋ 고마워요 {{r:Byol}} 🙏
{{r:설\u200b희}}: 그리고 {{p:로춘옥}} 지배인 이름은 보고서에 나가도 돼요? 무서워요.
{{p:Im Seo-a}}: 모든 이름은 바꿔서 나가요. 걱정 마세요.

[2024-04-02, call, 8 min]
New lead: a South Korean pastor in {{u:Vladivostok}}, Pastor {{p:Gu}}, told {{r:Sol-hui}}'s friend {{p:Hwang Ji-eun}} that a "{{r:Paek}} from {{u:Hamhung}}" was working at a fish plant in {{u:Nakhodka}} in 2020. Could be {{r:Myong\u200bchol}}. {{r:설희}} cried on the phone. Next step: {{p:Jessica}} writes to the pastor via {{p:Hwang}}.

[2024-04-09, {{u:KakaoTalk}}]
{{r:설\u200b희}}: 목사님 답장 왔어요?? 🙏🙏
{{p:Im Seo-a}}: 아직이에요. 오늘 다시 연락해 볼게요.
{{r:설\u200b희}}: 오빠 이름 {{r:백\u200b명철}} 맞아요. 혹시 {{r:Baek Myung-chul}}로 찾아보셨어요?
{{p:Im Seo-a}}: 네 두 가지 다 찾고 있어요 👍""",
    },
    {
        "id": "h41-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sok Yong-jin", "석영진", "witness", ["영진", "Yong-jin"]),
            ("Kwak Chang-ho", "곽창호", "supervisor", ["창호"]),
            ("Nasser Al-Kandari", "나세르 알칸다리", "supervisor", ["Nasser", "ناصر الكندري"]),
            ("Sok Chun-hui", "석춘희", "relative", ["춘희"]),
        ],
        "note": "Reviewer's comments, bilingual, tracked in a shared document, on a Kuwait construction testimony; fullwidth letters in two names, a Kuwaiti sponsor in Latin and Arabic script, 석 beside 석 달/석유, the surname Kwak, a private Yoon beside Yoon Suk Yeol, reviewer initials, an unregistered brother-in-law.",
        "text": """REVIEW - testimony KW-20-013 ({{r:석영진}} / {{r:Sok Yong-jin}}) - second reader comments
Reviewer: {{p:Hong Na-rae}} ({{p:HNR}}) · Interviewer/author: {{p:Alex Whitmore}} ({{p:AW}}) · 2024-06-03

[C1] p.1 header: the name is typed as "{{r:ＳＯＫ Yong-jin}}" (fullwidth ＳＯＫ - probably pasted from the PDF intake form). Please retype in normal letters. Same on p.4: "{{r:Ｙｏｎｇ-ｊｉｎ}}".
[C2] p.2: "석 달 동안 {{r:석영진}} 씨는 석유 회사 현장에서..." - fine in Korean, but the English summary says "for three months {{r:Sok}} worked for an oil company". Which company? If it was {{u:Kuwait Oil Company}}, say so; if it was a subcontractor, leave the name out.
[C3] p.2: brigade leader "{{r:곽창호}}" appears as "{{r:Kwak}}", "{{r:Kwag}}" and "{{r:곽}} 반장". Please unify to {{r:Kwak Chang-ho}} in English.
[C4] p.3: the Kuwaiti sponsor - "{{r:Nasser}}", "Mr {{r:Al-Kandari}}", "{{r:ناصر الكندري}}". Is the Arabic from his business card? If so keep it in the annex only.
[C5] p.3: {{r:영진}} 씨 says "{{r:창호}}가 {{r:Nasser}}한테 돈을 받아서 {{u:평양}}에 보냈다". Please check whether {{r:Nasser}} ever paid workers directly. At 00:51:10 he says {{r:나세르}} once gave him 20 dinars "for tea".
[C6] p.4: "{{p:Yoon}} from the embassy" - this is the South Korean consular officer {{p:Yoon Ji-ho}}, not {{u:Yoon Suk Yeol}} (the witness mentioned the President's name in a different context on p.6). Keep {{p:Yoon Ji-ho}} private.
[C7] p.5: the wife is "{{r:석춘희}}"? In {{u:North Korea}} women keep their own surname - is she {{r:Sok Chun-hui}} or is this a typo for her maiden name? {{r:영진}} 씨 said "{{r:춘희}}는 제 처예요" only.
[C8] p.5: brother-in-law "{{p:Ri Kyong-sik}}" / "{{p:리경식}}" - he carried money back to {{u:Pyongyang}} for the team. Private; anonymise. "{{p:경식}}이가 돈을 가져갔다" - particle outside.
[C9] p.6: co-workers {{p:Ju Sang-hun}}, {{p:Pyon Hak-il}} and "the old man {{p:Sa}}" ({{p:Sa Myong-gil}}). {{p:Sa}} died in 2019 according to {{r:Sok}}. Please double-check with the second interview.
[C10] p.7: Indian site engineer "Mr {{p:Ravi}}" ... fine, private.

[Reply from {{p:AW}}] C1 done. C3 done. C4: Arabic from his card, moved to annex. C7: {{r:석영진}} confirmed by phone: his wife's surname is also 석, by coincidence; she is {{r:Sok Chun-hui}}. C9: {{p:Sa Myong-gil}} did die, {{r:Yong-jin}} heard from {{p:Ju}}.""",
    },
    {
        "id": "h41-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mun Song-hak", "문성학", "witness", ["성학", "Moon Sung-hak", "Song-hak"]),
            ("Yang Chol", "양철", "supervisor", []),
            ("Ri Pok-sun", "리복순", "relative", ["복순"]),
        ],
        "note": "Third-person interview narrative with Korean passages, Qatar (Lusail) construction; private Moon beside Moon Jae-in and the word moon, surname Yang beside 양 (sheep, quantity) and 양철 (tin sheet) used as an ordinary word, names in capitals in a pasted list, an Egyptian engineer, a Filipino nurse, an impossible date.",
        "text": """NARRATIVE SUMMARY - QA-22-009 / drafted by {{p:Sophie Marchetti}}, checked by {{p:Ahn Ye-jin}}

{{r:Mun Song-hak}} ({{r:문성학}}, b. 1981) arrived in {{u:Doha}} in March 2015. He spells his name "{{r:Moon Sung-hak}}" since arriving in {{u:South Korea}}, and asked us to note that he is "no relation to {{u:Moon Jae-in}}, unfortunately" (he laughed). The site was a residential tower in {{u:Lusail}}; the men slept in a labour camp in the {{u:Industrial Area}}.

His brigade leader was {{r:Yang Chol}} ({{r:양철}}). {{r:Mun}} explains that the workers joked about the name, because 양철 also means tin sheet: "우리 숙소 지붕이 양철이었는데, 지붕도 양철, 반장도 {{r:양철}}이라고 웃었어요." {{r:Yang}} was strict about the quota (양, the amount of concrete poured per day) and kept the passports in a locked box.

The Egyptian site engineer was Eng. {{p:Mahmoud Saleh}}, whom the men called "{{p:Mahmoud}} 기사". {{r:Mun}} says {{p:Mahmoud}} was the only person who asked the Koreans whether they were tired. When {{r:Yang}} was not there, {{p:Saleh}} let them rest in the shade of the cement store.

Money: {{r:Song-hak}} received 150 riyals a month at first, then nothing for eight months in 2016. {{r:Yang}} said the money was being "saved" in {{u:Pyongyang}}. Another worker, {{p:Pyo Kwang-il}}, asked to see the account book; {{r:양철}}이가 그를 보위원 {{p:Ri Tong-ho}}에게 보고했다. {{p:Pyo}} was sent home in 2016.

Family: {{r:Mun}}'s wife, {{r:Ri Pok-sun}} ({{r:리복순}}), worked at a co-operative farm near {{u:Sariwon}}. {{r:복순}}이 sent him a letter through a returning worker, {{p:Sin Myong-ho}}, saying that their daughter {{p:Mun Eun-ha}} had started school. "That letter I read every night," he said. "Under the moon, on the roof." He kept it until 2017, when {{r:Yang}} searched the rooms.

Injury: on 31 September 2016 (as given - the witness may mean 30 September or 1 October) {{r:Mun}} fell from a ladder and cut his head. A Filipino nurse at the camp clinic, {{p:Maricel}}, stitched it. {{r:Mun}}: "{{p:Maricel}} 간호사가 아니었으면 죽었을 거예요."

Leaving: in 2017 {{r:Mun}} walked out of the camp and took a taxi to the South Korean embassy. The driver was a Bangladeshi man, {{p:Rahim}}. He reached {{u:Incheon}} in 2018.

List pasted from the witness's own notebook (his capitals):
- {{r:YANG CHOL}} - 반장
- {{p:RI TONG HO}} - 보위원
- {{p:PYO KWANG IL}} - 송환 2016
- {{p:SIN MYONG HO}} - 편지
- {{p:KIM YONG NAM}} - 같은 방 (not the former head of state {{u:Kim Yong Nam}}!)
- {{p:MAHMOUD}} - 기사

Checker's note ({{p:AYJ}}): "Eng." before {{p:Mahmoud Saleh}} is his title (engineer). The daughter's name should not appear in any export.""",
    },
    {
        "id": "h41-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Yong-suk", "최영숙", "witness", ["Yong-suk", "Choi Young-sook"]),
            ("Han Tok-su", "한덕수", "supervisor", []),
            ("Song Mi-ran", "송미란", "relative", ["Mi-ran"]),
        ],
        "note": "Archive accession record and item-level finding aid for a donated collection (letters, photographs, a notebook) from a woman who worked in a Russian garment workshop; donor, depositor and archivists private, a private Han Tok-su beside the South Korean politician Han Duck-soo, surname Song beside the word song, file names with surnames, a Ukrainian seamstress; CRLF.",
        "text": """ACCESSION RECORD
Accession no.: 2024.017
Collection title: Papers of {{r:Choe Yong-suk}} relating to garment work in {{u:Ulan-Ude}}, 2013-2016
Donor: {{r:Choe Yong-suk}} ({{r:최영숙}}), by deed of gift dated 5 February 2024
Received by: {{p:Helen Osei}}, archivist; accessioned by {{p:Kim Ha-eun}}, assistant archivist
Access: CLOSED until 2054 at the donor's request; names in item descriptions to be replaced in any public catalogue
Extent: 1 archival box, 0.1 linear metres; 1 USB stick (3 files)

Scope and content
Letters, photographs and a pocket notebook kept by {{r:Choe}} while working in a garment workshop in {{u:Ulan-Ude}}, {{u:Buryatia}}, where {{u:DPRK}} women sewed uniforms for a Russian contractor. The workshop's Korean manager was {{r:Han Tok-su}} (no connection to the South Korean politician {{u:Han Duck-soo}}, as the donor pointed out on the deed). Most letters are from the donor's sister, {{r:Song Mi-ran}}, in {{u:Sariwon}}; they use the sister's married surname {{r:Song}}.

Item list
2024.017/1  Letter, {{r:Song Mi-ran}} to {{r:Choe Yong-suk}}, 12 May 2013. Family news; mentions a neighbour, {{p:Ri Chang-sun}}, and the birth of {{p:Song Hyok-chol}}, the sister's son.
2024.017/2  Letter, {{r:Mi-ran}} to {{r:Yong-suk}}, undated (c. autumn 2013). Includes a song text copied out by hand ("the song {{r:Mi-ran}} sang at our mother's 60th"); not transcribed.
2024.017/3  Photograph, b/w, 9 x 12 cm. Six women in front of the workshop. Pencil on back: "{{r:영숙}}, {{p:경희}}, {{p:옥순}}, {{p:정실}}, {{p:Oksana}}, {{p:명화}}". Identified by the donor as {{r:Choe Yong-suk}}, {{p:Kang Kyong-hui}}, {{p:Jo Ok-sun}}, {{p:Pak Jong-sil}}, {{p:Oksana Kovalenko}} (Ukrainian seamstress) and {{p:Ri Myong-hwa}}.
2024.017/4  Photograph, colour. {{r:Han Tok-su}} at a desk with a Russian client, {{p:Andrei Baturin}}. Donor's note: "{{r:Han}} 지배인 and {{p:Baturin}} signing the contract".
2024.017/5  Pocket notebook, 48 pp. Daily piece counts for 2014; page 31 lists deductions "for {{r:Han}}" and "for the Party"; page 40 has phone numbers of {{p:Oksana}} and of a Buryat taxi driver, {{p:Bair}}.
2024.017/6  Letter, {{r:Song Mi-ran}} to {{r:Choe Yong-suk}}, 3 March 2015. Reports that {{p:Jo Ok-sun}}'s mother came asking for news. Mentions {{p:Hyok-chol}} again.
2024.017/7  Envelope only, addressed in Russian to "{{r:Цой Ён Сук}}" (the donor's name in Cyrillic), {{u:Ulan-Ude}} postmark 2015.
2024.017/8  Letter, {{p:Kang Kyong-hui}} to {{r:Choe}}, 2016, written after {{p:Kang}} was sent home. "{{r:영숙}}아, 나는 잘 있다."
2024.017/9  Digital: {{r:choe_yongsuk}}_interview_2019.mp3 - interview by {{p:Lee Dong-jun}} of our organisation, 2019 (duplicate of master in the oral-history series).
2024.017/10 Digital: photo_{{r:song}}_letters_scan.pdf - scans of items 1, 2 and 6 made by the donor's nephew {{p:Choi Jae-min}}.
2024.017/11 Digital: {{r:han}}_contract_photo.jpg - duplicate of item 4 at higher resolution.

Processing notes
- {{p:H.O.}}: the donor's name appears as {{r:Choi Young-sook}} on her South Korean ID and as {{r:Choe Yong-suk}} in the {{u:DPRK}}-era documents. Catalogue under {{r:Choe}}.
- {{p:K.H.E.}}: item 3 - {{p:Oksana Kovalenko}} is a private person; the donor asks that her name not appear even in the closed list. Replace with "Ukrainian colleague".
- The file name of item 9 contains "{{r:choe_yongsuk}}" - this should be renamed before the files go to the repository server; 10 and 11 likewise.""",
    },
    {
        "id": "h41-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Song-min", "리성민", "witness", ["Song-min"]),
            ("Jo Hak-chol", "조학철", "witness", ["Hak-chol"]),
            ("Pak Il-nam", "박일남", "supervisor", ["Il-nam", "Old Pak"]),
            ("Yevgeny Markov", "예브게니 마르코프", "supervisor", ["Zhenya", "Markov"]),
        ],
        "note": "Corroboration matrix for a research report (claims against sources, pipe table with source codes); two registered witnesses and their supervisors, initials and surnames in table cells, a foreman with a Russian diminutive, 'Old Pak' as a nickname beside an unregistered Pak, real ports and agencies, the words 'no' and 'so' in verdict cells.",
        "text": """CORROBORATION MATRIX - Chapter 3 ({{u:Primorsky Krai}} construction, 2016-2019)
Prepared by {{p:Noor Haddad}} (research lead) and {{p:Kwon Tae-yang}}. Version 0.7. INTERNAL.

Sources
W1 = interview with {{r:Ri Song-min}}, 2022 (interviewer {{p:Grace Lim}})
W2 = interview with {{r:Jo Hak-chol}}, 2023 (interviewer {{p:Kwon Tae-yang}})
W3 = written statement of {{p:Kang Ui-sok}}, 2021 (received via Pastor {{p:Seo}})
D1 = photographs of pay envelopes supplied by {{r:Song-min}}
D2 = news article, {{u:Radio Free Asia}}, 2018
D3 = {{u:UN Panel of Experts}} report S/2019/691

CLAIM | W1 | W2 | W3 | DOCS | VERDICT
C1 Brigade leader {{r:Pak Il-nam}} held passports | yes ("{{r:Pak}} kept them in a suitcase") | yes ("{{r:Il-nam}} had all our passports") | not mentioned | - | corroborated (2 witnesses)
C2 Russian foreman {{r:Yevgeny Markov}} paid {{r:Pak}} in cash | yes (calls him "{{r:Zhenya}}") | yes ("{{r:Markov}}") | yes ("the Russian {{r:Zhenya}}") | D1 partly | corroborated
C3 Deductions of 60-70% | yes | yes | yes | D1 | corroborated
C4 Worker {{p:Hwang Chol-jin}} died in a fall, 2017 | yes, names him | heard of it from {{p:Kang Ui-sok}} | yes, was present | D2 ("a North Korean worker") | corroborated; name only from W1 and W3
C5 Security officer {{p:Kim Yong-bom}} visited weekly | yes ("{{p:Kim}} from the consulate") | no - says monthly | no | - | partly; frequency disputed
C6 {{r:Pak Il-nam}} beat {{p:Sim Kwang-ho}} in 2018 | no, not present | yes, saw it | no | - | single source (W2); keep as "a witness reported"
C7 Workers shipped out through {{u:Vladivostok}} port, not {{u:Nakhodka}} | yes | yes | says {{u:Nakhodka}} | - | disputed
C8 {{r:Markov}} warned workers before a migration raid | yes ("{{r:Zhenya}} told {{r:Song-min}} to hide") | no | no | - | single source
C9 Cook "{{p:Old Kang}}" ({{p:Kang Song-ae}}) sold food to Russian workers | yes | yes | no | - | corroborated
C10 "{{r:Old Pak}}" is the same person as {{r:Pak Il-nam}} | so W1 says | yes | - | - | corroborated; NB there is a second {{p:Pak}} ({{p:Pak Chun-bong}}, carpenter) in W2 who is NOT {{r:Old Pak}}
C11 {{p:Ryu Myong-sik}} escaped with W1 | yes | no | no | - | single source; {{r:Ri}} asked not to name {{p:Ryu}}
C12 {{r:Jo Hak-chol}} and {{r:Ri Song-min}} knew each other | no (W1 never mentions {{r:Jo}}) | yes ("{{r:Song-min}} was in the next brigade") | - | - | unresolved

Reviewer comments
{{p:NH}}: C5 - could "{{p:Kim}}" in W1 be {{p:Kim Yong-bom}}? {{r:Song-min}} only ever says "{{p:Kim}}". Ask him.
{{p:KTY}}: C7 - {{p:Kang Ui-sok}} left in 2019, after the others; the route may have changed. So not necessarily a contradiction.
{{p:NH}}: C10 - please make sure {{p:Pak Chun-bong}} is never merged with {{r:Pak Il-nam}} in the anonymisation pass. No exceptions.
{{p:KTY}}: C12 - {{r:Hak-chol}} says they met at a football match against a Russian team; {{r:Ri}} may just not remember. Will call {{r:Jo}} on Monday.
{{p:NH}}: D3 is public; cite normally. D1 - blur the name "{{r:리성민}}" written on the envelopes.""",
    },
    {
        "id": "h41-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Myong-hui", "강명희", "witness", ["Myong-hui", "Kang Myung-hee"]),
            ("Do Chang-il", "도창일", "witness", ["Chang-il"]),
            ("Sun Wei", "쑨웨이", "supervisor", ["孙伟", "孙总"]),
        ],
        "note": "Documentary production shot log and edit decision list with timecodes, clip names and blur instructions; interviewees in clip names, subtitles quoting names, crew members private, surname Do beside 'do', a Chinese factory owner as 孙伟 and 孙总 beside Sun as a word, a real broadcaster and a real border bridge.",
        "text": """SHOT LOG / EDL - working title "Threads" - reel 04 (interviews + b-roll)
Director: {{p:Olivia Grant}} | Editor: {{p:Tomás Rivera}} | Producer: {{p:Seo Min-gyu}} | Logged by: {{p:Jae Park}}
Co-production with {{u:Arirang TV}} (pending). All interviewee faces BLURRED unless marked CLEAR.

CLIP | TC IN | TC OUT | CONTENT | NOTES
A04_{{r:KANG}}_01 | 00:00:00 | 00:04:12 | {{r:Kang Myong-hui}} intro, kitchen table | BLUR + voice alter. {{r:Myong-hui}} asked to be "{{r:Hee}}" on screen
A04_{{r:KANG}}_02 | 00:04:12 | 00:09:30 | {{r:Kang}} describes {{u:Dandong}} seafood plant | subtitle: "{{r:孙总}} never came to the floor"
A04_{{r:KANG}}_03 | 00:09:30 | 00:11:02 | tears; {{r:Kang}} mentions {{p:Pak Ok-ran}} ("{{p:옥란}}이") | CUT {{p:Ok-ran}}'s name from audio (bleep)
A04_{{r:DO}}_01 | 00:11:02 | 00:15:45 | {{r:Do Chang-il}} on the minder, {{p:Sin Hyon-u}} | BLUR; subtitle "{{p:Sin}} did not let us do anything"
A04_{{r:DO}}_02 | 00:15:45 | 00:18:20 | {{r:Chang-il}} shows pay slip with name of {{r:Sun Wei}} ({{r:孙伟}}) | BLUR slip; {{r:Sun}}'s name visible - mask
B04_broll_07 | - | - | {{u:Sino-Korean Friendship Bridge}} at sunset | fine, public
B04_broll_08 | - | - | drone over {{u:Yalu River}} | fine
A04_{{r:KANG}}_04 | 00:18:20 | 00:22:40 | {{r:Kang}} reads a letter from her daughter {{p:Ri Su-a}} | daughter's name bleep x2
A04_{{r:DO}}_03 | 00:22:40 | 00:25:00 | {{r:Do}}: "{{r:孙伟}} paid {{p:Sin}}, {{p:Sin}} paid {{u:Pyongyang}}" | keep
A04_{{r:DO}}_04 | 00:25:00 | 00:27:15 | {{r:Do}} names co-workers {{p:Kye Sung-ho}}, {{p:Ok Chol-ju}} | bleep both; {{p:Ok}} may still be in {{u:China}}
A04_INT_{{p:JP}} | 00:27:15 | 00:27:40 | interviewer {{p:Jae}} off-camera question | remove
A04_{{r:KANG}}_05 | 00:27:40 | 00:31:00 | {{r:Kang Myong-hui}}: "we sewed in the sun, no fans" | keep; (not {{r:Sun Wei}} - the word "sun")

EDL v3 - sequence "Act 2"
001 A04_{{r:KANG}}_01 00:01:10-00:01:55 -> 00:00:00
002 B04_broll_07 -> 00:00:45 (over {{r:Kang}} VO)
003 A04_{{r:DO}}_01 00:12:30-00:14:05 -> 00:01:30  [subtitle: "Our minder {{p:Sin Hyon-u}} held the keys" -> change to "our minder"]
004 A04_{{r:KANG}}_02 00:06:00-00:07:10 -> 00:03:05
005 A04_{{r:DO}}_03 00:22:40-00:23:50 -> 00:04:15
006 A04_{{r:KANG}}_04 00:19:00-00:21:30 -> 00:05:25  [bleep "{{p:수아}}" at 00:19:44 and 00:20:58]

Notes from {{p:Olivia}} (13 Jun):
- {{r:Myong-hui}} approved the rough cut on 10 June via {{p:Seo}}. {{r:Chang-il}} has not seen it yet - {{p:Min-gyu}} to arrange.
- Legal ({{p:Catherine Moss}}): we must not show {{r:Sun Wei}}'s name even if he is the owner of a real business - he is a private individual.
- Credits: interpreter {{p:Yoo Hae-won}}, fixer in {{u:Seoul}} {{p:Nam Ki-tae}}, music {{p:Lena Hoffmann}}.
- Spelling: {{r:Kang Myung-hee}} on release form; keep {{r:Kang Myong-hui}} in log.""",
    },
    {
        "id": "h41-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yun Tae-sop", "윤태섭", "witness", ["Tae-sop", "Yoon Tae-seop"]),
            ("Kim Chang-gil", "김창길", "supervisor", []),
            ("Kim Chang-gil", "김창길", "coworker", []),
            ("Ri Un-sil", "리은실", "witness", ["Un-sil"]),
        ],
        "note": "Back-of-book index of a published NGO report on DPRK workers in Russia and China; inverted names with page numbers, pseudonyms flagged, two different men with the same name (supervisor and co-worker) disambiguated in the index, see-also references, public figures, places and organisations interleaved with private persons, surnames Moon, Song and An beside index terms 'moon', 'song', 'An'.",
        "text": """INDEX

Page numbers in italics refer to photographs. Names of witnesses are pseudonyms unless marked *.

accidents at work, 23-27, 41, 88
{{u:Amur Oblast}}, 12, 56-60
An, see also "safety officers"
{{p:An Hyong-sop}} (safety officer, {{u:Khabarovsk}}), 58, 61
{{u:Air Koryo}}, 9, 14
brigade leaders, 30-38; see also {{r:Kim Chang-gil}} (brigade leader); {{p:Pak Se-hun}}; {{p:Tak Kwang-su}}
{{p:Choe Ok-hwa}}, 71, 73
{{u:Dandong}}, 66-79
debt, 44-49
{{p:Gang Jin-ho}}, see {{p:Kang Jin-ho}}
{{u:International Labour Organization}}, 102, 110
{{p:Kang Jin-ho}} (also spelt {{p:Gang Jin-ho}}), 27, 29
{{u:Khabarovsk}}, 12, 22-40
{{u:Kim Jong Un}}, 5, 101
{{r:Kim Chang-gil}} (brigade leader, {{u:Amur Oblast}}), 31-35, 57, *59*
{{r:Kim Chang-gil}} (welder, {{u:Khabarovsk}}; not the brigade leader above), 24, 26
{{r:Kim}}, {{r:Chang-gil}} (welder), see {{r:Kim Chang-gil}} (welder)
{{p:Kim Su-ryon}}, 68
{{p:Lyubov Ivanovna}} (landlady), 39
minders, 33, 70-72
{{u:Ministry of External Economic Relations}} ({{u:DPRK}}), 8
moon festivals (Chuseok), 52
{{p:Moon Bo-ra}}*, interpreter, vii, 120
{{p:Mun Kwang-il}}, 47
{{p:Pak Se-hun}}, 36-38
passports, confiscation of, 15, 32, 69
{{r:Ri Un-sil}}, 66-79, *74*; her account of the minder, 70; and {{p:Choe Ok-hwa}}, 71
{{p:Ri Yong-sik}} (security officer), 34, 72
{{p:Ryu Hye-ok}}, 76
{{p:Sergei Anatolyevich}} (foreman), 25
{{u:Shenyang}}, 66
{{p:Song Chol-ho}}, 41
songs, 52-53
{{p:Sun Jianhua}} (factory manager), 68, 70
{{p:Tak Kwang-su}}, 38
{{u:United Nations Security Council}} resolution 2397, 4, 99-101
{{u:Vladivostok}}, 9, 43
wages, 44-55
{{p:Wang Xiuying}}, 77
{{r:Yun Tae-sop}} (also {{r:Yoon Tae-seop}}), 12-40; arrival, 14; and {{r:Kim Chang-gil}} (brigade leader), 31-35; escape, 40; *18*
{{r:Yun}}, {{r:Tae-sop}}, see {{r:Yun Tae-sop}}
{{p:Zhang Li}}, 78

Indexer's note (not for print): {{p:Marta Kowalczyk}}, 14 May 2024. The two {{r:Kim Chang-gil}}s are different people and must not be merged. {{r:Un-sil}}'s pseudonym was changed from "{{p:Ri Sun-ae}}" in the second proof; check that no page still says {{p:Sun-ae}}. The asterisk on {{p:Moon Bo-ra}} is correct: she asked to be credited by her real name. "An" at the head of the A's is a cross-reference for the surname (there are three Ans in the text: {{p:An Hyong-sop}}, {{p:An Chol}} and {{p:An Song-mi}}).""",
    },
    {
        "id": "h41-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Yong-chol", "홍영철", "witness", ["Yong-chol"]),
            ("Ri Tae-gwang", "리태광", "supervisor", ["Tae-gwang"]),
            ("Kil Song-ae", "길성애", "official", ["Song-ae", "Gill"]),
        ],
        "note": "Photo-array identification record (witness shown numbered photographs of suspected minders and managers); fillers are private too, confidence statements, a second administrator, surname Kil/Gil beside 'gill', a person identified by nickname and by photo number, an impossible time, a real newspaper as photo source.",
        "text": """PHOTO-ARRAY IDENTIFICATION RECORD
Case: RU-23-140 ({{u:Tomsk}} timber yard). Witness: {{r:Hong Yong-chol}}. Administrator (blind to the suspects): {{p:Daniel Okonkwo}}. Case officer (not present in the room): {{p:Park Ji-an}}. Date: 7 March 2024, 14:10-14:62 (sic; ended 15:02).

Instructions read to the witness: "The person you saw may or may not be in these photographs. You do not have to choose anyone." {{r:Yong-chol}} said he understood.

ARRAY A (8 photos; suspect: brigade leader {{r:Ri Tae-gwang}}; fillers from the NGO's consented filler pool)
A1 {{p:Jong Chol-ho}} (filler) - "no"
A2 {{p:Kim Hyon-u}} (filler) - "no"
A3 {{p:Pyon Sung-ho}} (filler) - "maybe the driver? no"
A4 {{r:Ri Tae-gwang}} (suspect) - "That is {{r:Ri}}. That is our brigade leader. I am sure." Confidence: "100, completely"
A5 {{p:Han Ung-il}} (filler) - "no"
A6 {{p:O Sang-jin}} (filler) - "no"
A7 {{p:Ri Kwang-chon}} (filler) - "also a Ri? no, not him"
A8 {{p:Choe In-gyu}} (filler) - "no"
Witness's words after the array: "Number four. {{r:Tae-gwang}}. He had that scar under the ear."

ARRAY B (8 photos; suspect: security officer {{r:Kil Song-ae}}, the woman who came from the consulate in {{u:Novosibirsk}})
B1 {{p:Ho Myong-suk}} - "no"
B2 {{p:Gil Yong-hui}} (filler, similar name by chance) - "no"
B3 {{r:Kil Song-ae}} (suspect) - "No... Wait. Maybe. The hair is different." Confidence: "60"
B4 {{p:Jo Sun-yong}} - "no"
B5 {{p:Mun Ae-ran}} - "no"
B6 {{p:Sok Hye-gyong}} - "this one looks like {{r:Kil}}, but older" (filler)
B7 {{p:Yu Chong-hui}} - "no"
B8 {{p:Kye Ok-ryon}} - "no"
Witness's words: "If it is her, it is number three. We called her '{{r:Gill}}' like a fish's gill, because she breathed loudly. But I am not sure."

ARRAY C (6 photos; suspect: none - control array, all fillers)
C1-C6 {{p:Ri Chol}}, {{p:Kang Sung-jin}}, {{p:Son Tae-hun}}, {{p:Ma Yong-gil}}, {{p:Pae Hyok}}, {{p:Jin Song-ho}} - witness chose nobody ("none of them").

Administrator's remarks ({{p:D.O.}}):
- The witness did not look at me for cues. He asked once whether {{r:Song-ae}} "is in prison now"; I said I could not answer.
- The photo of {{r:Ri Tae-gwang}} (A4) comes from a 2015 issue of {{u:Rodong Sinmun}} (group photo of a construction delegation), cropped by {{p:Park Ji-an}}.
- {{r:Hong}} added, unprompted: "Comrade {{p:Pak}} is not in any of these." He means {{p:Pak Il-hwan}}, the deputy; no array was prepared for {{p:Pak}}.

Signed: {{r:Hong Yong-chol}} (witness) / {{p:Daniel Okonkwo}} (administrator) / {{p:P.J.A.}} (case officer, on receipt)""",
    },
    {
        "id": "h41-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chu Kyong-sik", "주경식", "witness", ["Kyong-sik"]),
            ("Ok Myong-nam", "옥명남", "supervisor", []),
            ("Chu Hye-ran", "주혜란", "relative", ["Hye-ran"]),
        ],
        "note": "Redaction log for a report going to print: each row gives page, line, the original string and the replacement; originals include full names, initials, Hangul names, a name in an e-mail address and in a file path, names glued to particles in quoted Korean, surname Ok beside 'OK', a private Chu beside the word 'chew', and rows that were deliberately NOT redacted (public figures, places).",
        "text": """REDACTION LOG - "Sent Abroad" (final proof, 22 July 2024)
Redactor: {{p:Isabel Ferreira}}. Second check: {{p:Ko Ha-jin}}. Rule: replace every private name with the agreed pseudonym or role; leave public names.

PAGE | LINE | ORIGINAL | REPLACED WITH | BY
4 | 12 | {{r:Chu Kyong-sik}} | "Witness D" | {{p:IF}}
4 | 15 | {{r:Kyong-sik}} | "D" | {{p:IF}}
5 | 3 | {{r:주경식}} | [removed] | {{p:IF}}
5 | 9 | {{r:Ok Myong-nam}} | "the brigade leader" | {{p:IF}}
5 | 10 | Mr {{r:Ok}} | "the brigade leader" | {{p:IF}}
5 | 22 | "OK, OK," he said | not redacted (word, not the surname) | {{p:KHJ}}
6 | 1 | {{r:옥명남}}이가 | "반장이" | {{p:KHJ}}
6 | 7 | {{r:Chu Hye-ran}} (wife) | "his wife" | {{p:IF}}
6 | 8 | {{r:Hye-ran}}'s letter | "his wife's letter" | {{p:IF}}
6 | 19 | {{p:Ri Chang-ok}} (cook) | "the cook" | {{p:IF}}
7 | 4 | {{u:Kim Jong Un}} | not redacted (public figure) | {{p:IF}}
7 | 5 | {{p:Kim Hak-bom}} (security) | "a security officer" | {{p:IF}}
7 | 11 | {{p:K.H.B.}} | "the officer" | {{p:KHJ}}
7 | 30 | {{u:Irkutsk}} | not redacted (place) | {{p:IF}}
8 | 2 | {{p:Nina Sergeyevna}} (landlady) | "the landlady" | {{p:IF}}
8 | 17 | "he would chew the pencil" | not redacted | {{p:KHJ}}
8 | 18 | {{r:Chu}} chewed | "D chewed" | {{p:KHJ}}
9 | 6 | {{p:Paek Song-i}} | "a co-worker" | {{p:IF}}
9 | 7 | {{p:Song-i}} | "the co-worker" | {{p:IF}}
9 | 21 | {{p:Hyon Jong-nam}} | "a co-worker" | {{p:IF}}
10 | 14 | e-mail {{r:kyongsik.chu}}@mail.example | [removed] | {{p:IF}}
10 | 15 | file "/scans/{{r:chu_hyeran}}_letter_2016.jpg" | [removed] | {{p:KHJ}}
11 | 2 | Dr {{p:Svetlana Orlova}} (clinic) | "a Russian doctor" | {{p:IF}}
11 | 9 | {{u:Irkutsk Regional Clinical Hospital}} | not redacted (institution) | {{p:IF}}
12 | 3 | Pastor {{p:Yeo}} | "a pastor" | {{p:KHJ}}
12 | 4 | {{p:Yeo Sung-min}} | [removed] | {{p:KHJ}}
12 | 20 | {{u:Incheon International Airport}} | not redacted | {{p:IF}}
13 | 1 | {{r:주}} 씨 부인 {{r:혜란}}한테 | "D 씨 부인한테" | {{p:KHJ}}
13 | 8 | {{p:Ro Ki-nam}} / {{p:노기남}} | "a driver" | {{p:IF}}
13 | 12 | {{p:로기남}}이 ({{u:DPRK}} spelling) | "운전수가" | {{p:IF}}
14 | 5 | acknowledgement: "{{p:Sung-min}}, thank you" | removed from print | {{p:KHJ}}

Open questions ({{p:IF}} to {{p:KHJ}}):
1. p.7 l.11: are we sure "{{p:K.H.B.}}" is {{p:Kim Hak-bom}} and not {{p:Ko Hyon-bin}} (p.9)? {{p:Ko}} is a co-worker, not the officer.
2. p.13: the Korean quotation had "{{r:경식}}이 형" once - replaced with "D 형". OK?
3. The dedication "For {{r:Hye-ran}} and the children" - the author ({{p:Thomas Reid}}) wants to keep it. I said no.

Answers ({{p:KHJ}}): 1. Yes, {{p:Kim Hak-bom}}; checked with {{r:Kyong-sik}}'s interview. 2. OK. 3. Agreed, removed.""",
    },
    {
        "id": "h41-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Chol-ho", "변철호", "witness", ["철호"]),
            ("Pyon Yong-ok", "변영옥", "relative", ["영옥"]),
            ("Han Kwang-sik", "한광식", "supervisor", []),
        ],
        "note": "Consent-withdrawal and deletion request form (동의 철회 및 삭제 요청서) filled in by a witness, with the staff member's processing notes; lists of names the witness wants removed, initials, a name inside a file name and a messenger ID, a private 한 beside 한국 and 한 번, a lawyer who is private, real laws and agencies.",
        "text": """증언 이용 동의 철회 및 개인정보 삭제 요청서

1. 요청인
성명: {{r:변철호}} (면담번호 RU-21-077)
연락 방법: 담당자 {{p:채소영}} 선생님을 통해서만

2. 철회 범위 (해당 항목에 ✔)
[✔] 보고서·출판물에 제 증언 인용 금지
[✔] 녹음 파일 삭제 (파일명: 210915_{{r:변철호}}_면담1.m4a, 210922_{{r:변철호}}_면담2.m4a)
[ ] 익명 처리된 통계 자료 이용 - 이건 계속 써도 됩니다
[✔] 제가 말한 다른 사람들 이름도 모두 삭제

3. 삭제를 원하는 다른 사람 이름 (요청인이 직접 씀)
- 제 여동생 {{r:변영옥}} ({{r:영옥}}이는 아직 {{u:북한}}에 있음)
- 작업반장 {{r:한광식}} - {{r:한}} 반장이 제 증언을 알면 {{r:영옥}}이가 위험해짐
- 같은 방 {{p:차명일}}, {{p:구철민}}, {{p:원성진}}
- {{u:러시아}} 감독 {{p:Алексей}} ({{p:알렉세이}})
- 통역해 준 {{p:방은하}} 선생님 (선생님 이름도 빼 주세요)
- 제 처 {{p:김선화}} - 면담 2회차 40분쯤에 이름이 나옴

4. 철회 사유 (선택)
"최근에 {{u:북한}}에서 {{r:영옥}}이 소식을 들었는데, 보위부에서 가족을 조사한다고 합니다. 한 번만 더 생각해 보니 제 이야기가 밖에 나가면 안 될 것 같습니다. {{r:한광식}}은 아직 {{u:러시아}}에서 일하고 있다고 {{p:차명일}}이가 말했습니다."

5. 서명: {{r:변철호}} / 2024년 4월 8일

--- 아래는 단체 작성란 ---
접수: {{p:채소영}} (2024.04.09)
법률 검토: {{p:윤석민}} 변호사 - {{u:개인정보 보호법}} 제37조(처리정지 요구) 및 내부 규정에 따라 10일 이내 처리. {{p:윤}} 변호사 의견: 이미 {{u:통일부}}에 제출된 자료는 우리가 삭제할 수 없으므로 요청인에게 안내할 것.
처리 내역:
- 04.10 녹음 파일 2건 삭제 ({{p:채소영}}, 확인 {{p:J.H.}})
- 04.10 전사본 RU-21-077-T1/T2 삭제. 전사자 {{p:정하람}}의 개인 PC 사본도 삭제 확인
- 04.11 보고서 초안 3장에서 {{r:변철호}}, {{r:철호}}, "{{r:P.C.H.}}", {{r:영옥}}, {{r:한광식}}, "{{r:한}} 반장", {{p:차명일}}, {{p:구철민}}, {{p:원성진}}, {{p:알렉세이}}, {{p:방은하}}, {{p:김선화}} 삭제
- 04.11 {{u:카카오톡}} 대화방 "RU-21-077 {{r:변철호}} 님" 나가기, 대화 내용 삭제 ({{u:카카오톡}} 서버 보관분은 우리 권한 밖임을 안내)
- 04.12 {{r:변철호}} 씨에게 처리 완료 통보 (전화, {{p:채소영}}). {{r:철호}} 씨: "감사합니다. {{r:영옥}}이만 무사하면 됩니다."
- 미처리: 2022년 {{u:북한인권정보센터}}에 공유한 요약본 1건 - {{p:채소영}}이 센터 담당자 {{p:임다혜}}에게 삭제 요청 공문 발송 예정

비고: 요청인이 적은 "{{p:방은하}} 선생님"은 우리 단체 통역 자원봉사자. 본인 동의하에 삭제. {{u:한국}} 국적 {{p:방은하}} 씨의 이름은 다른 사건 기록에는 남음.""",
    },
    {
        "id": "h41-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chun-hwa", "리춘화", "witness", ["춘화", "이춘화"]),
            ("Ri Kyong-chol", "리경철", "relative", ["경철"]),
            ("Mo Yong-gil", "모영길", "supervisor", ["영길"]),
        ],
        "note": "Counselling progress notes (상담 경과 기록, SOAP format) for a woman who worked in a Chinese electronics plant; the counsellor's shorthand (내담자, Cl.), 리/이 spellings of one person, a husband and a son, nightmares naming the supervisor, 모 beside 모두/모르다, a psychiatrist who is private, the city 위해 (Weihai) which is also an ordinary word, a real foundation and a real resettlement centre.",
        "text": """상담 경과 기록 (비공개) - 내담자 {{r:리춘화}} / 상담자 {{p:하지민}} (임상심리사)
※ 증언 기록과 별도로 보관. 익명화 후 연구용 요약만 허용.

[3회기] 2024.02.06
S: 내담자(Cl.)는 지난주에도 {{u:위해}} 공장 꿈을 세 번 꿨다고 함. 꿈에 늘 지도원 {{r:모영길}}이 나옴. "{{r:모}} 지도원이 줄 서라고 소리쳐요. 모두 서 있는데 저만 못 일어나요."
O: 말할 때 손을 계속 비빔. 눈 맞춤 짧음.
A: 외상 관련 악몽 지속. 수면 4시간 내외.
P: 수면 위생 교육, 다음 회기 안정화 기법. 필요시 정신건강의학과 {{p:백승우}} 선생님께 의뢰.

[4회기] 2024.02.13
S: Cl. 남편 {{r:리경철}} 이야기를 처음 꺼냄. {{r:경철}} 씨는 2018년 {{u:북한}}에서 돌아가셨다고. "{{p:명혁}}이 아빠가 없으니 {{p:명혁}}이를 제가 다 키워야 해요." (※ 아들 {{p:명혁}}은 {{u:한국}}에 같이 옴, 중학생)
공장 시절 같은 조였던 {{p:전은주}}, {{p:곽순영}} 이야기. {{p:은주}}가 손을 다쳤을 때 {{r:모영길}}이 병원에 안 보낸 장면을 반복적으로 떠올림.
O: 남편 이야기에서 울음. 이후 안정.
A: 애도 과정 미완. 외상 기억과 사별이 얽혀 있음.
P: 다음 회기 애도 작업 일부. 아들 {{p:명혁}}이 관련 자원({{u:남북하나재단}} 교육 지원) 안내.

[5회기] 2024.02.20
S: "{{r:영길}}이가 아직 {{u:중국}}에 있을까요?" Cl.가 {{r:모영길}}을 처음으로 이름만 불러 봄. 상담자는 이를 변화로 기록. 공장 관리자 중국인 "{{p:老马}}"({{p:马建军}})도 언급 - "{{p:老马}}는 차라리 나았어요".
Cl. 자기 이름 표기 문제: {{u:한국}} 주민등록은 "{{r:이춘화}}", 본인은 "{{r:리춘화}}"가 익숙함. "선생님은 {{r:춘화}}라고 불러 주세요."
O: 미소. 전반적으로 이완.
A: 통제감 회복 초기.
P: 안정화 기법 연습 과제.

[6회기] 2024.02.27 - 취소 (Cl. 아들 {{p:명혁}} 학교 상담). 문자로 확인.

[7회기] 2024.03.05
S: 증언 단체 면담({{p:유소정}} 면담자)을 앞두고 불안. "{{p:유소정}} 선생님한테 {{r:모}} 지도원 얘기를 다 해야 하나요?" 필요한 만큼만 말해도 된다고 안내.
위기 시 연락처로 정신건강 위기상담전화(1577-0199) 안내. 공장 동료 {{p:곽순영}}이 최근 {{u:하나원}}을 나왔다는 소식 - 만나고 싶어 함.
O: 집중 양호.
A/P: 면담 후 다음 회기에서 반응 점검. 수퍼비전: {{p:K.S.Y.}} 선생님께 사례 보고(3/8).

기록자 서명: {{p:하지민}}""",
    },
    {
        "id": "h41-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Myong-ae", "계명애", "witness", ["명애"]),
            ("So Chang-u", "소창우", "witness", ["창우"]),
            ("Ham Jong-su", "함정수", "witness", ["정수"]),
            ("Yon Hui-suk", "연희숙", "other", ["희숙"]),
        ],
        "note": "Emergency phone tree (비상연락망) for witnesses in an upcoming court case: who calls whom, backup callers, staff on duty, coded safe words; numbers omitted, nicknames used as contact names, names glued to particles and arrows, surname 소 beside 소송/소식, surname 함 beside 함께, 연 beside 연락, a private 연희숙 beside the district 연희동; CRLF.",
        "text": """비상연락망 - 손해배상 소송 증인 보호 (2024년 하반기)
작성: {{p:엄태윤}} (사무국) / 최종 수정 2024.09.02 / 번호는 별도 봉투에만 보관, 이 문서에는 쓰지 않음

■ 원칙
- 위급 상황(신원 노출, 낯선 사람 방문, 협박 전화) 시 아래 순서로 연락. 한 사람이 안 받으면 예비 연락자에게.
- 통화 시 안전 확인 암호: "{{u:한강}} 날씨 어때요?" / 답: "비 와요" (= 괜찮음), "맑아요" (= 위험)
- 사무국 당직: 평일 {{p:엄태윤}}, 주말 {{p:석지후}}. 둘 다 안 되면 {{p:노은서}} 팀장.

■ 연락 순서
1단계: 사무국 당직 → 증인 대표 {{r:계명애}}
  {{r:계명애}} → {{r:소창우}}, {{r:함정수}}, {{p:조은솔}}
  {{r:명애}} 씨 예비: {{r:연희숙}} (자원봉사자, {{u:연희동}} 거주)
2단계: {{r:소창우}} → {{p:안경태}}, {{p:봉수남}}
  {{r:창우}} 씨 예비: {{p:안경태}}
  ※ {{r:소창우}} 씨는 소송 관련 소식은 문자로만 받기 원함
3단계: {{r:함정수}} → {{p:탁미선}}, {{p:류진혁}}
  {{r:정수}} 씨 예비: {{p:탁미선}}
  ※ {{r:함}} 선생님은 야간 근무(22시~06시) - 그 시간엔 {{p:탁미선}}에게 먼저
4단계: {{p:조은솔}} → {{p:김바다}} (변호인단 연락 담당)
  {{p:김바다}} → {{p:윤석현}} 변호사, {{p:하예은}} 변호사

■ 저장된 이름 (휴대폰 연락처에 실명 대신 쓰는 별칭)
- {{r:계명애}} = "{{r:꽃집}}"
- {{r:소창우}} = "{{r:창우}} 삼촌"
- {{r:함정수}} = "{{r:등산회}}"
- {{r:연희숙}} = "{{r:희숙}} 쌤"
- {{p:엄태윤}} = "사무실"
- {{p:조은솔}} = "{{p:은솔}}"

■ 참고
- {{r:희숙}} 씨는 증인이 아니라 자원봉사자. {{u:연희동}}에 살지만 이름의 "연"은 성(姓)이고 동네와 관계없음. 다른 문서에서 "{{r:연}} 선생님"으로 불림.
- {{p:안경태}} 씨와 {{p:봉수남}} 씨는 {{r:창우}} 씨와 같은 현장({{u:연해주}}) 출신. 함께 증언 예정.
- 9월 10일 변론기일({{u:서울중앙지방법원}}) 전후로는 {{r:명애}} 씨가 1단계 전체 확인 후 {{p:엄태윤}}에게 "다 연락됨" 문자.
- 문서 파기: 소송 종료 후 {{p:엄태윤}}, {{p:노은서}} 입회하에.""",
    },
    {
        "id": "h41-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Cha Kum-sil", "차금실", "witness", ["금실"]),
            ("Cha Yong-bom", "차용범", "relative", ["용범"]),
            ("Kim Sol-ju", "김설주", "relative", ["설주"]),
        ],
        "note": "Family-tree description for a tracing request (가계도 설명), text rendering of a tree with generations, birth years and fates; many relatives with shared surnames, maiden names, a child's milk name, 차 beside 차례/차로, 금실 beside 금실 좋다, a private 김설주 beside 리설주, a real Red Cross and a real tracing service.",
        "text": """가족 찾기 의뢰 - 가계도 설명 (의뢰인 {{r:차금실}})
작성: {{p:양서현}} (상담원) / 2024.07.15 / {{u:대한적십자사}} 이산가족 찾기 신청서에 첨부할 것

[의뢰 요지] 의뢰인 {{r:차금실}}은 2019년 {{u:러시아}} {{u:블라고베셴스크}}에 파견된 남동생 {{r:차용범}}의 소식을 찾고 있음. {{r:용범}}은 2021년 이후 연락 두절.

[가계도 - 위에서 아래로, ✝ = 사망]
1세대
  {{p:차병욱}} (조부, 1931-2002 ✝) ─ {{p:문옥녀}} (조모, 1935-2011 ✝)
2세대
  {{p:차상호}} (부, 1958- , {{u:함경남도}} {{u:단천}} 거주 추정) ─ {{p:안순덕}} (모, 1961-2020 ✝)
  {{p:차상철}} (숙부, 1962- ) ─ {{p:길명숙}} (숙모)
  {{p:차상희}} (고모, 1965- ) ─ {{p:조영남}} (고모부)
3세대
  {{r:차금실}} (의뢰인, 1986- , 2020년 입국) ─ 배우자 없음
  {{r:차용범}} (남동생, 1989- , 2019 {{u:러시아}} 파견) ─ {{r:김설주}} (제수, 1992- )
      └ {{p:차은별}} (조카, 2016- , 아명 "{{p:별이}}")
  {{p:차용남}} (사촌, 숙부 {{p:차상철}}의 아들, 1990- ) - 2018 {{u:중국}} 파견 후 귀국
  {{p:조미향}} (고종사촌, 1988- )

[설명]
- 의뢰인에 따르면 {{r:용범}}이는 {{u:블라고베셴스크}} 건설 현장에서 일했고, 반장은 "{{p:홍}} 반장"({{p:홍성국}})이었다고 함. 같은 현장의 {{p:차용남}}은 사촌이지만 다른 시기에 다른 나라에 있었으므로 혼동하지 말 것.
- 제수 {{r:김설주}}는 이름이 {{u:리설주}}와 비슷해서 동네에서 놀림을 받았다고 함. {{r:설주}}와 조카 {{p:은별}}이는 {{u:단천}}에 있는 것으로 추정.
- 어머니 {{p:안순덕}}은 2020년 사망. 의뢰인은 사망 소식을 외삼촌 {{p:안기수}}에게서 들음.
- 의뢰인 부모는 금실이 좋았다고 함(부부 사이가 좋았다는 뜻).
- 숙모 {{p:길명숙}}은 결혼 후에도 성이 그대로임. {{u:북한}}에서는 결혼해도 성이 바뀌지 않음.
- 차례를 지낼 때 할아버지 {{p:차병욱}}의 제사를 큰집인 {{p:차상호}} 댁에서 지냈다고 함.

[확인된 다른 경로]
- 2023년 {{u:통일부}} 이산가족정보통합센터 등록 완료 (담당 {{p:석유나}} 주무관)
- {{u:러시아}} 쪽: {{u:국제적십자위원회}} 가족 연락 서비스에 {{r:차용범}} ({{r:Ча Ён Бом}}) 이름으로 문의 예정. 러시아어 표기는 번역가 {{p:Ирина Пак}} 확인.

상담원 메모: 의뢰인은 "{{r:용범}}이만 찾으면 된다, {{r:설주}}랑 {{p:별이}}도 같이"라고 함.""",
    },
    {
        "id": "h41-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jang Hye-gyong", "장혜경", "other", ["혜경"]),
            ("Nam Kwang-jin", "남광진", "witness", ["광진"]),
        ],
        "note": "Workshop evaluation responses (워크숍 평가 설문 응답) after a training for interviewers and defector peer supporters; free-text answers naming facilitators and fellow participants, nicknames and given names with particles, 남 beside 남한/남쪽, 원 beside currency 원, a private 장 beside 장마당, real venues and organisations.",
        "text": """2024 증언 면담자 역량강화 워크숍 - 참가자 평가 설문 응답 정리
일시: 2024.10.19-20 / 장소: {{u:서울글로벌센터}} / 진행: {{r:장혜경}}, {{p:원솔아}} / 정리: {{p:송다빈}}
응답 23명 중 자유 응답 일부 (이름은 응답자가 쓴 그대로, 내부용)

Q1. 가장 도움이 된 세션은?
- 응답 3: "{{r:장혜경}} 선생님의 '트라우마를 고려한 질문하기'. {{r:혜경}} 쌤 예시가 실제 같았음."
- 응답 5: "둘째 날 {{r:남광진}} 님 경험 나눔. {{r:광진}} 님이 {{u:러시아}} 현장 이야기를 할 때 다들 조용해졌어요."
- 응답 8: "{{p:솔아}} 쌤 역할극. 제가 면담자 하고 {{p:최보은}} 님이 증언자 역할 했는데 {{p:보은}}이가 너무 잘해서 놀람."
- 응답 11: "{{r:남}} 선생님이 {{u:남한}} 말과 {{u:북한}} 말 차이를 설명해 준 부분."
- 응답 14: 없음
- 응답 17: "장마당 용어 정리표 - {{r:장}} 선생님이 만든 것 같은데 최고."

Q2. 아쉬웠던 점은?
- 응답 2: "점심이 늦었어요 ㅠ 10,000원 식권 좀 올려 주세요."
- 응답 6: "{{p:황보민재}} 님이 질문을 너무 길게 해서 시간 부족."
- 응답 9: "{{p:원솔아}} 님 세션이 너무 짧았음. 원래 90분이라고 했는데 60분."
- 응답 12: "역할극 조 편성에서 저랑 {{p:도하람}}, {{p:기서윤}}이 계속 같은 조였어요."
- 응답 19: "{{p:Jessica}} 님 영어 세션 통역이 없어서 어려웠음. ({{p:제시카}} 님 좋은 분)"

Q3. 다음 워크숍에서 다뤘으면 하는 주제
- 응답 4: "여성 노동자 면담. {{p:한수빈}} 활동가님이 하면 좋겠어요."
- 응답 7: "{{u:중국}} 식당 파견 사례. {{p:맹지연}} 님이 관련 경험 있다고 들었음."
- 응답 13: "{{u:유엔}} 보고 절차. 작년 {{u:북한인권조사위원회}} 보고서 같이 읽기."
- 응답 20: "이름 익명화! 우리 단체 툴 시연. {{p:권}} 팀장님께 부탁."

Q4. 진행자에게 한마디
- 응답 1: "{{r:혜경}} 선생님, {{p:솔아}} 선생님 감사합니다 🙏"
- 응답 10: "{{r:광진}} 선생님 용기에 감사. {{r:남광진}} 님 같은 분이 더 이야기해 주시면."
- 응답 15: "{{r:장}} 쌤 목소리가 작아서 뒤에서 잘 안 들렸어요."
- 응답 16: "{{p:원}} 선생님 최고 👍"
- 응답 22: "{{p:맹지연}}, {{p:도하람}} 님이랑 같은 조여서 좋았어요."
- 응답 23: "{{p:송다빈}} 님 운영 감사. 커피 최고."

정리자 메모 ({{p:송다빈}}): 응답 11의 "{{u:남한}} 말"은 지역을 말한 것. 응답 17의 "장마당"은 시장을 뜻하는 단어. 응답 20의 "{{p:권}} 팀장"은 {{p:권예준}} 팀장. 참가자 명단과 응답지는 분리 보관, {{r:장혜경}}·{{p:원솔아}} 진행자에게는 익명 요약만 전달.""",
    },
    {
        "id": "h41-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Chol-bom", "강철범", "witness", ["철범"]),
            ("Sin Hak-chol", "신학철", "supervisor", ["학철"]),
            ("Ryu Kwang-ho", "류광호", "coworker", ["광호"]),
        ],
        "note": "Transcription of a self-criticism notebook (생활총화 수첩) a worker brought out from a Kuwait construction site: dated weekly sessions, his own and others' criticisms, quotations of Kim Il Sung and Kim Jong Il, 동지 after names, mutual criticism naming co-workers, 신 beside 신발/신념, 강 beside 강하게, a transcriber's bracketed notes.",
        "text": """생활총화 수첩 전사본 (원본: 손바닥 크기 수첩 62쪽, 볼펜)
제공: {{r:강철범}} / 전사: {{p:목하윤}} / 검수: {{p:설준혁}} / [ ] = 전사자 주

[1쪽] 2017년 1월 7일 (토) 제1작업반 생활총화
사회: 작업반장 {{r:신학철}} 동지
말씀 인용: "{{u:김정일}} 동지께서는 ... 하시였다" [인용문 생략]
자기비판 - {{r:강철범}}: 이번 주 계획 미달. 신발이 찢어져 작업이 늦었다는 것은 핑계이다. 신념이 부족하였다.
호상비판 - {{r:강철범}} → {{p:봉철진}} 동지: 휴식 시간에 잠을 잤다.
호상비판 - {{p:봉철진}} → {{r:류광호}} 동지: 현장에서 외국인과 말을 하였다.
반장 총평: {{r:류광호}} 동지는 {{u:쿠웨이트}} 사람과 말하지 말 것.

[5쪽] 2017년 2월 18일 (토)
사회: {{r:신학철}}
말씀 인용: {{u:김일성}} 동지 [생략]
자기비판 - {{r:류광호}}: {{u:인도}} 노동자 {{p:Suresh}}에게서 담배를 받았다. 다시는 받지 않겠다.
호상비판 - {{p:지명훈}} → {{r:강철범}}: 밤에 라디오 소리를 들었다는 말이 있다. [전사자: {{r:강철범}} 씨 본인은 "{{p:지명훈}}이가 없는 말을 했다"고 설명]
반장 총평: {{r:철범}} 동지는 강하게 반성할 것.

[12쪽] 2017년 4월 15일 (토) - 태양절
사회: 보위지도원 {{p:심광철}} 동지 (반장 {{r:신}} 동지 대신)
[전사자: 이날은 {{p:심}} 지도원이 직접 옴. {{r:철범}} 씨에 따르면 "{{p:심광철}}이 오면 다들 말을 안 했다"]
자기비판 - {{p:봉철진}}: 공사장에서 {{u:쿠웨이트}} 감독 Mr. {{p:Fahad}}에게 웃었다.
호상비판 - {{r:신학철}} → {{p:지명훈}}: 돈 계산을 따졌다. [전사자: 임금 공제 문제를 물었다는 뜻]

[30쪽] 2017년 9월 9일 (토)
사회: {{r:신학철}}
자기비판 - {{r:강철범}}: 어머니 편지를 받고 울었다. 혁명가답지 못하였다.
호상비판 - {{r:류광호}} → {{p:탁성일}}: 물을 너무 많이 마셨다 [전사자: 여름 50도 현장. {{r:광호}}가 일부러 가벼운 내용을 골랐다고 {{r:철범}} 씨가 설명]
반장 총평: {{r:학철}}: 다음 주부터 작업 시간 2시간 연장.

[45쪽] 2018년 1월 6일 (토)
사회: {{r:신학철}}
[이 쪽 아래에 {{r:강철범}} 씨의 개인 메모 - "{{r:광호}} 귀국. 허리 다침. 병원 안 보냄. {{r:신}} 반장 책임." 생활총화와 무관한 메모]

[62쪽, 마지막 쪽]
이름 목록 (작업반원 명부로 추정): {{r:신학철}}, {{r:강철범}}, {{r:류광호}}, {{p:봉철진}}, {{p:지명훈}}, {{p:탁성일}}, {{p:왕정남}}, {{p:편영식}}, {{p:옥성호}}

[검수자 메모] {{p:설준혁}}: 1쪽 "신발", "신념"은 사람 이름과 무관. 12쪽 "Mr. {{p:Fahad}}" 원문 그대로 영어로 적혀 있음. 수첩 원본은 {{r:강철범}} 씨에게 반환, 스캔본은 암호화 보관.""",
    },
    {
        "id": "h41-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pae Myong-sun", "배명순", "witness", ["명순", "Myong-sun", "Bae Myung-soon"]),
            ("Hwang Il-gwang", "황일광", "supervisor", ["일광"]),
            ("Pae Chol", "배철", "relative", []),
        ],
        "note": "Back-translation discrepancy log (Korean original, English translation, back-translation into Korean, verdict) for a testimony about a Vladivostok shipyard; names rendered differently across the three columns, a name mistranslated as a word (배 as ship/pear), a kinship term mistaken for a name, translator and checker initials.",
        "text": """BACK-TRANSLATION DISCREPANCY LOG - testimony RU-20-033 ({{r:배명순}})
Forward translation KO->EN: {{p:Rebecca Holt}} ({{p:RH}}). Back-translation EN->KO (blind): {{p:Choi Yun-seo}} ({{p:CYS}}). Adjudicator: {{p:Lim Jae-won}} ({{p:LJW}}).

#1 | 원문: "{{r:배명순}}이라고 합니다." | EN: "My name is {{r:Pae Myong-sun}}." | BT: "제 이름은 {{r:배명순}}입니다." | OK
#2 | 원문: "반장 {{r:황일광}}이 배에 올라왔어요." | EN: "The foreman {{r:Hwang Il-gwang}} came up onto the ship." | BT: "감독 {{r:황일광}}이 배에 탔습니다." | OK (반장/foreman/감독 - style only)
#3 | 원문: "우리 오빠 {{r:배철}}이도 배를 탔어요." | EN: "My brother {{r:Pae Chol}} also went to sea." | BT: "제 오빠 {{r:배철}}도 선원이었습니다." | OK
#4 | 원문: "{{r:배}} 씨 집안은 다 배 타는 사람이에요." | EN: "Everyone in the {{r:Pae}} family works on ships." | BT: "{{r:배}} 가족은 모두 배를 탑니다." | OK. NB: "{{r:배}} 씨 집안" = her family; not a surname discussion.
#5 | 원문: "{{r:일광}}이가 배 한 개를 줬어요. 먹는 배요." | EN: "{{r:Il-gwang}} gave me a ship." (!) | BT: "{{r:일광}}이 저에게 배 한 척을 주었습니다." | ERROR - 배 here = pear. EN should read "{{r:Il-gwang}} gave me a pear - the fruit." {{p:RH}} to fix.
#6 | 원문: "{{p:Сергей}}가 {{r:명순}}아 하고 불렀어요." | EN: "{{p:Sergei}} called out '{{r:Myong-sun}}-a'." | BT: "{{p:세르게이}}가 '{{r:명순}}아'라고 불렀습니다." | MINOR - EN keeps the vocative -a glued to the name; write "called out '{{r:Myong-sun}}!'".
#7 | 원문: "언니가 {{p:순옥}}이한테 말했어요." | EN: "Onni told {{p:Sun-ok}}." | BT: "온니가 {{p:순옥}}에게 말했습니다." | ERROR - 언니 (elder sister; here the dorm senior {{p:Kim Ok-ju}}, who shared a room with {{p:Ho Sun-ok}}) was taken as a name. EN: "{{p:Ok-ju}}, the senior, told {{p:Sun-ok}}." Back-translator followed the error.
#8 | 원문: "{{r:황}} 반장이 {{u:블라디보스토크}} 영사관에 갔어요." | EN: "Brigade leader {{r:Hwang}} went to the consulate in {{u:Vladivostok}}." | BT: "{{r:황}} 반장이 {{u:블라디보스토크}} 영사관에 갔습니다." | OK
#9 | 원문: "{{u:김정은}} 동지 생일에 우리는 일을 쉬지 않았어요." | EN: "On {{u:Kim Jong Un}}'s birthday we did not stop work." | BT: same | OK (public figure)
#10 | 원문: "{{p:리광명}}, {{p:하순철}}, {{p:조영길}}이랑 같이 도망쳤어요." | EN: "I escaped with {{p:Ri Kwang-myong}}, {{p:Ha Sun-chol}} and {{p:Jo Yong-gil}}." | BT: "{{p:이광명}}, {{p:하순철}}, {{p:조영길}}과 함께 탈출했습니다." | OK (BT uses South spelling {{p:이광명}})
#11 | 원문: "{{p:하순철}}이 하하 웃었어요." | EN: "{{p:Ha Sun-chol}} laughed, ha-ha." | BT: "{{p:하순철}}이 하하 웃었습니다." | OK
#12 | 원문: "{{r:Bae Myung-soon}}은 {{u:한국}} 이름 표기예요." | EN: "'{{r:Bae Myung-soon}}' is how my name is written in {{u:South Korea}}." | BT: same | OK
#13 | 원문: "{{u:러시아}} 사장 {{p:Виктор Семёнович}}는 {{r:황일광}}을 싫어했어요." | EN: "The Russian owner {{p:Viktor Semyonovich}} disliked {{r:Hwang Il-gwang}}." | BT: "{{u:러시아}} 사장 {{p:빅토르 세묘노비치}}는 {{r:황일광}}을 싫어했습니다." | OK

Adjudicator's summary ({{p:LJW}}): 2 errors (#5, #7), 1 minor (#6). The name list for anonymisation: {{r:배명순}}, {{r:배철}}, {{r:황일광}}, {{p:허순옥}}, {{p:김옥주}}, {{p:리광명}}, {{p:하순철}}, {{p:조영길}}, {{p:세르게이}}, {{p:빅토르 세묘노비치}}. "배" as ship/pear and "하하" are words. {{p:RH}} and {{p:CYS}} please sign off by Friday.""",
    },
    {
        "id": "h41-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Chae Kwang-bok", "채광복", "witness", ["광복"]),
            ("Ri Ok-sun", "리옥순", "witness", ["옥순"]),
        ],
        "note": "Staff travel expense claim for an interview trip (Seoul-Busan-Ulaanbaatar), bilingual, with receipt lines, per-diem table and approver comments; interviewees named in purposes of expenditure, a taxi driver and a hotel clerk named on receipts, a private Ahn beside 'an', 광복 beside 광복절, real airlines, rail operator and hotels chain, names glued to particles; mixed line endings.",
        "text": """TRAVEL EXPENSE CLAIM / 출장비 정산서
Claimant: {{p:Ahn Ji-soo}} ({{p:안지수}}), field researcher
Trip: {{u:Seoul}} → {{u:Busan}} → {{u:Ulaanbaatar}} → {{u:Seoul}}, 12-19 Aug 2024
Purpose: follow-up interviews with {{r:Chae Kwang-bok}} ({{u:Busan}}) and {{r:Ri Ok-sun}} ({{u:Ulaanbaatar}}); first meeting with a possible new witness, {{p:Pak Hyon-suk}}
Budget line: 3.2 (fieldwork) / Approver: {{p:Morgan Blake}}

DATE | ITEM | AMOUNT | RECEIPT | NOTE
08-12 | {{u:KTX}} {{u:서울}}-{{u:부산}} | ₩59,800 | R1 |
08-12 | taxi {{u:부산역}} → {{u:해운대}} | ₩14,200 | R2 | driver on receipt: {{p:정동수}}
08-12 | lunch with {{r:채광복}} 님 | ₩38,000 | R3 | 2 persons; {{r:광복}} 님 paid the coffee himself
08-13 | interview room rental, {{u:부산}} | ₩60,000 | R4 | 3h; {{r:Chae}} arrived late (광복절 traffic practice - road closures)
08-13 | gift for {{r:채광복}} 님 family | ₩30,000 | R5 | fruit basket; for his wife {{p:송미옥}}
08-14 | flight PUS→ULN {{u:MIAT Mongolian Airlines}} | ₩412,300 | R6 | booked by {{p:Yoo Da-hee}} (office)
08-14 | hotel {{u:Ulaanbaatar}} 4 nights | ₩388,000 | R7 | clerk signature "{{p:Enkhjargal}}"
08-15 | interpreter MN-KO, 1 day | ₩150,000 | R8 | {{p:Tsetsegmaa Baatar}} ({{p:Цэцэгмаа}})
08-15 | lunch with {{r:리옥순}} 씨 and her friend {{p:Oyunaa}} | ₩45,000 | R9 | {{r:옥순}} 씨 requested a quiet place
08-16 | taxi to meeting with {{p:Pak Hyon-suk}} | ₩9,800 | R10 | {{p:박현숙}} 씨 did not come - she sent her cousin {{p:Pak Yong-dae}} instead
08-17 | printing consent forms | ₩6,400 | R11 |
08-17 | SIM card (local) | ₩12,000 | R12 | registered in {{p:Ahn}}'s name
08-18 | dinner with {{r:Ri Ok-sun}} and {{p:Tsetsegmaa}} | ₩52,000 | R13 | thank-you dinner
08-19 | flight ULN→ICN {{u:Korean Air}} | ₩398,100 | R14 |
   | per diem 8 days × ₩40,000 | ₩320,000 | - |
TOTAL | | ₩1,955,500 | |

Claimant's declaration: I confirm these expenses were incurred for the purposes stated. - {{p:A.J.S.}}

Approver's comments ({{p:M.B.}}, 26 Aug):
- R3, R5, R9, R13 name witnesses. Finance doesn't need names - please replace "{{r:채광복}} 님", "{{r:리옥순}} 씨", "{{r:Ri Ok-sun}}" etc. with case numbers (BS-22-011, MN-23-004) before this goes to the auditor. An auditor ({{u:Samil PwC}}) should never see witness names.
- R2: the driver's name {{p:정동수}} on the receipt is fine to keep as it is on the original, but blank it on the copy.
- R10: was the cousin, {{p:Pak Yong-dae}}, interviewed? If so, open a file.
- Per diem OK. Total approved ₩1,955,500.

{{p:Ji-soo}}'s reply (27 Aug): Done, names replaced on the copy. {{p:Yong-dae}} was not interviewed - he only brought a letter from {{p:Hyon-suk}}. I'll ask {{r:옥순}} 씨 whether she knows {{p:Pak Hyon-suk}}.""",
    },
    {
        "id": "h41-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", ["KIM/CHOLUNG", "Chol-ung"]),
            ("Kim Yong-ae", "김영애", "relative", ["KIM/YONGAE", "영애"]),
        ],
        "note": "Airline booking confirmation and e-ticket receipt (PNR) for a witness, his wife and an escorting staff member, forwarded with Korean notes; passenger names in SURNAME/GIVENNAME form with titles MR/MRS/MS glued after a space, frequent-flyer and e-mail local parts, a booking agent, real airlines and airports, a private Song beside 'song' in an in-flight note.",
        "text": """---------- Forwarded message ----------
From: {{p:Song Ha-rin}} <{{p:harin.song}}@ngo-mail.example>
To: travel@ngo-mail.example
Subject: Fwd: 예약 확인 / Booking confirmation ZK7Q2M

{{p:Min-seo}} 님, 아래 예약 확인서 전달합니다. {{r:철웅}} 씨와 {{r:영애}} 씨 이름 철자 다시 확인 부탁드려요 - 여권상 {{r:KIM/CHOLUNG}}, {{r:KIM/YONGAE}} 맞습니다. 제가 동행합니다. - {{p:하린}}

> BOOKING CONFIRMATION
> Booking reference (PNR): ZK7Q2M
> Issued by: {{u:Asiana Airlines}} on behalf of travel agent "Hana Travel" (agent: {{p:JUNG/SEOYEON}})
>
> PASSENGERS
> 1. {{r:KIM/CHOLUNG}} MR    E-ticket 988-2412345671
> 2. {{r:KIM/YONGAE}} MRS    E-ticket 988-2412345672
> 3. {{p:SONG/HARIN}} MS     E-ticket 988-2412345673   FQTV OZ 11847263 ({{p:SONG HARIN}})
>
> ITINERARY
> OZ 521  {{u:Incheon}} (ICN) → {{u:Frankfurt}} (FRA)   10 OCT 2024 13:10 / 18:40
> LH 1234 {{u:Frankfurt}} (FRA) → {{u:Geneva}} (GVA)    10 OCT 2024 21:05 / 22:10  operated by {{u:Lufthansa}}
> LX 1071 {{u:Geneva}} (GVA) → {{u:Frankfurt}} (FRA)    14 OCT 2024 07:00 / 08:10  operated by {{u:Swiss}}
> OZ 542  {{u:Frankfurt}} (FRA) → {{u:Incheon}} (ICN)   14 OCT 2024 19:55 / 14:35+1
>
> SPECIAL SERVICE REQUESTS
> {{r:KIM/CHOLUNG}} MR - WCHR (wheelchair to aircraft) - knee injury
> {{r:KIM/YONGAE}} MRS - seat next to passenger 1
>
> CONTACT
> {{p:harin.song}}@ngo-mail.example / +82-2-xxxx-xxxx

[내부 메모 - {{p:송하린}}]
- 목적: {{u:제네바}} {{u:유엔인권이사회}} 부대행사 증언 ({{r:김철웅}} 씨). {{r:김영애}} 씨는 동행만, 발언 없음.
- 행사 주최: {{u:OHCHR}} {{u:서울}} 사무소 협력, 사회 Dr. {{p:Anna Bergström}}.
- {{r:철웅}} 씨 무릎은 {{u:러시아}} {{u:이르쿠츠크}} 현장 사고(2018) 후유증. 휠체어 요청은 본인 동의.
- 같은 이름 주의: 행사 패널에 {{u:김정은}} 관련 발언 예정이라 명찰은 "Mr. {{r:K.}}" 로 함. 또 다른 패널 {{p:Kim Chol-u}} 씨({{u:NK Watch}} 아님, 개인 연구자)와 이름이 비슷하니 좌석표 주의.
- 기내에서 {{r:영애}} 씨가 노래 부르는 거 좋아하심 ㅎㅎ - song 요청하면 {{p:Song}}인 제가 같이 ... 농담입니다.
- 여행사 담당 {{p:정서연}} 님({{p:JUNG/SEOYEON}})께 명찰 철자는 알리지 않음.

{{p:민서}} 님 회신: 철자 확인했습니다. 보험은 {{r:KIM CHOLUNG}}, {{r:KIM YONGAE}}, {{p:SONG HARIN}} 으로 가입 완료. {{p:하린}} 님 출장 결재는 {{p:윤}} 국장님께 올렸어요.""",
    },
    {
        "id": "h41-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Kum-song", "리금성", "witness", ["금성", "Kum-song"]),
            ("Ko Myong-hak", "고명학", "witness", ["명학"]),
        ],
        "note": "Digital-security incident report on a phishing message that impersonated a witness to reach a staff member, bilingual; sender display names spoofing real names, e-mail local parts that spell names next to role accounts, a KakaoTalk profile name, a file name with a witness's name, an attacker persona, real companies and a real government CERT, 금성 (Venus) beside the given name.",
        "text": """INCIDENT REPORT - SEC-2024-07 (phishing, contained)
Reported by: {{p:Jeon Ha-yoon}} (caseworker) · Handled by: {{p:Sam Okafor}} (IT/security volunteer) · Date: 2024-05-14

1. Summary
On 13 May at 21:47 KST {{p:Ha-yoon}} received a {{u:KakaoTalk}} message from a profile named "{{r:리금성}} (증언자)" with a photo of a star. The real {{r:Ri Kum-song}} (witness, RU-22-019) uses a different profile ("{{r:금성}}", no photo). The message said: "선생님, 제 면담 녹음 파일 다시 들어 보고 싶어요. 이 링크로 올려 주세요." The link led to a fake {{u:Google}} login page.

2. Timeline
21:47 Message received by {{p:Ha-yoon}}.
21:52 {{p:Ha-yoon}} noticed that "{{r:리금성}}" wrote "선생님" - the real {{r:금성}} 씨 always writes "{{p:하윤}} 쌤". Did NOT click.
21:55 {{p:Ha-yoon}} called the real {{r:Kum-song}}. He had sent nothing. He was frightened; {{p:Ha-yoon}} reassured him.
22:10 Reported to security@ (role account) and to {{p:Sam}} directly.
22:40 {{p:Sam}} checked: the same day an e-mail from "{{r:Ko Myong-hak}}" <{{r:myonghak.ko}}1975@gmai1.example> reached info@ and {{p:hayoon.j}}@ (staff address). The real {{r:Ko Myong-hak}} (witness, RU-21-050) has no e-mail account.
23:05 Both spoofed senders blocked; reported to {{u:KISA}} (118) and to {{u:Kakao}}.
14 May 09:30 All staff warned by {{p:Kang Se-ri}} (director).

3. Indicators
- Display name "{{r:리금성}} (증언자)"; {{u:KakaoTalk}} ID "{{r:kumsong}}_witness" (not his real ID).
- E-mail local part "{{r:myonghak.ko}}1975" - spells the real witness's name.
- Attachment "면담기록_{{r:고명학}}_최종.hwp" (malicious).
- Second attacker persona in the e-mail signature: "{{p:Kim Song-ryong}}, {{u:Ministry of Unification}}" - no such person at the ministry; the persona is fictitious but is treated as a name.
- Landing page copied the {{u:Google}} sign-in page.

4. Assessment
The attacker knew that {{r:Ri Kum-song}} and {{r:Ko Myong-hak}} are our witnesses and that {{p:Jeon Ha-yoon}} handles them. Possible source: the seminar attendance list from March (shared with {{p:Yang Mi-rae}} of a partner group) which listed "{{p:전하윤}} - 담당 사례: {{r:리금성}}, {{r:고명학}}". {{p:Yang}} has been informed; her group is checking its mail.
Note: "금성" in the fake profile photo caption ("금성이 빛나는 밤") is the planet Venus, not the witness, but it was chosen to look like him.

5. Actions
- {{p:Ha-yoon}}: new {{u:KakaoTalk}} business account, witnesses informed by phone ({{r:금성}} 씨 done 14 May; {{r:명학}} 씨 done 15 May via his daughter {{p:Ko Eun-ji}}).
- {{p:Sam}}: 2FA on all staff accounts; {{p:hayoon.j}}@ password reset.
- {{p:Kang Se-ri}}: stop circulating attendance lists with case names; ask {{p:Yang Mi-rae}} to delete the March list.
- Open: whether {{p:Kim Song-ryong}} has been used elsewhere - check with {{u:Citizens' Alliance for North Korean Human Rights}} ({{p:Lee Jun-ho}}).

Signed: {{p:S.O.}} / {{p:J.H.Y.}}""",
    },
    {
        "id": "h41-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hwang Sun-bok", "황순복", "witness", ["순복", "Sun-bok", "Hwang Soon-bok"]),
            ("Yon Chang-su", "연창수", "supervisor", ["창수", "Yeon Chang-soo"]),
        ],
        "note": "Audit trail exported from the testimony database (timestamp, user login, action, field, old and new values); witness and supervisor names in field values before and after anonymisation, staff logins that spell names next to service accounts, a pseudonym that is itself a plausible name, a Hangul-to-Latin correction, a deleted duplicate record; CRLF.",
        "text": """AUDIT TRAIL EXPORT - record T-23-204 - exported 2024-11-02 10:14 by {{p:ahn.sora}}
Columns: timestamp | user | action | field | old value | new value

2023-09-14 11:02 | {{p:mijin.kim}} | CREATE | record | - | T-23-204
2023-09-14 11:03 | {{p:mijin.kim}} | SET | witness_name | - | {{r:황순복}}
2023-09-14 11:03 | {{p:mijin.kim}} | SET | witness_name_latin | - | {{r:Hwang Sun-bok}}
2023-09-14 11:05 | {{p:mijin.kim}} | SET | site | - | {{u:Yekaterinburg}}, {{u:Russia}} - shopping centre construction
2023-09-14 11:07 | {{p:mijin.kim}} | SET | perpetrators | - | {{r:연창수}} (brigade leader); {{p:Kang Tok-chol}} (security)
2023-09-14 11:09 | {{p:mijin.kim}} | SET | interviewer | - | {{p:김미진}}
2023-09-15 09:40 | {{p:jh.cho}} | EDIT | perpetrators | {{r:연창수}} (brigade leader); {{p:Kang Tok-chol}} (security) | {{r:연창수}} (brigade leader); {{p:강덕철}} (security); {{p:Roman Ilyich}} (Russian foreman)
2023-09-15 09:41 | {{p:jh.cho}} | COMMENT | - | - | "{{r:Sun-bok}} mentioned {{p:Roman}} only in session 2; added."
2023-09-20 16:22 | {{p:mjkim}} | EDIT | witness_name_latin | {{r:Hwang Sun-bok}} | {{r:Hwang Sun-bok}} ({{r:Hwang Soon-bok}} on {{u:ROK}} ID)
2023-09-20 16:25 | {{p:mjkim}} | SET | relatives | - | {{p:Hwang Chol-nam}} (son, in {{u:DPRK}}); {{p:Pyo Un-ju}} (daughter-in-law)
2023-10-02 08:55 | sync-bot | IMPORT | - | - | duplicate record T-23-211 ("{{r:Hwang Sunbok}}") found
2023-10-02 09:10 | {{p:jh.cho}} | MERGE | - | T-23-211 | T-23-204
2023-10-02 09:11 | {{p:jh.cho}} | COMMENT | - | - | "T-23-211 was created by {{p:Song Ye-na}} from the phone intake; same person."
2023-11-11 14:30 | {{p:sora.ahn}} | EDIT | perpetrators | ...; {{p:Roman Ilyich}} (Russian foreman) | ...; {{p:Роман Ильич}} (Russian foreman)
2023-11-11 14:31 | {{p:sora.ahn}} | COMMENT | - | - | "Cyrillic per {{r:순복}} 씨's spelling."
2024-02-06 10:00 | anonymizer-svc | RUN | all text fields | - | pseudonyms applied (v0.9)
2024-02-06 10:00 | anonymizer-svc | SET | witness_name_pub | - | "{{r:Jang Ok-hui}}" (pseudonym)
2024-02-06 10:01 | anonymizer-svc | SET | perpetrators_pub | - | "brigade leader A"; "security officer B"; "foreman C"
2024-02-07 13:45 | {{p:jh.cho}} | COMMENT | - | - | "Pseudonym '{{r:Jang Ok-hui}}' is too close to a real witness in T-22-019 ({{p:장옥희}}). Please pick another."
2024-02-07 15:20 | {{p:mijin.kim}} | EDIT | witness_name_pub | "{{r:Jang Ok-hui}}" | "Witness 204"
2024-03-18 09:05 | {{p:mijin.kim}} | COMMENT | - | - | "{{r:연창수}} also appears in T-21-088 as '{{r:Yon}} banjang' and '{{r:Yeon Chang-soo}}'. Linked."
2024-03-18 09:06 | {{p:mijin.kim}} | LINK | related_records | - | T-21-088
2024-06-30 17:40 | {{p:jh.cho}} | EDIT | summary | "...{{r:창수}} took the passports..." | "...the brigade leader took the passports..."
2024-06-30 17:42 | {{p:jh.cho}} | EDIT | summary | "...{{r:황순복}}이 {{u:예카테린부르크}}에서..." | "...증언자가 {{u:예카테린부르크}}에서..."
2024-09-01 12:00 | backup-svc | SNAPSHOT | - | - | ok
2024-11-02 10:14 | {{p:ahn.sora}} | EXPORT | - | - | audit trail (this file)

Note from {{p:Ahn So-ra}} (DB admin): {{p:ahn.sora}} and {{p:sora.ahn}} are both my logins (old/new); {{p:mijin.kim}} and {{p:mjkim}} both belong to {{p:Kim Mi-jin}}. sync-bot, anonymizer-svc and backup-svc are service accounts.""",
    },
    {
        "id": "h41-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-min", "김철민", "witness", ["KIM CHOL MIN", "Chol-min", "Kim Cheol-min"]),
            ("Kim Chol-min", "김철민", "coworker", []),
            ("Ju Kyong-hui", "주경희", "relative", ["JU KYONG HUI"]),
        ],
        "note": "Transcription of passport data pages (a DPRK service passport and a Russian work visa) with machine-readable zones, made for a legal case; names in MRZ with filler characters, Cyrillic transliteration on the visa, issuing-state codes, the passport holder's wife listed as emergency contact, a second man of the same name on a co-worker's visa, issuing officers private, Korean annotations.",
        "text": """PASSPORT AND VISA DATA-PAGE TRANSCRIPTION (for counsel; from photographs supplied by the witness)
Transcribed by {{p:Natalia Ferreira}}, checked by {{p:Hyun Seo-jin}}. Case ref. RU-24-003.

A. {{u:DPRK}} passport (service / 공무), photo 1
Type: PS   Issuing state: {{u:PRK}}   Passport no.: 836xxxxxx
Surname: {{r:KIM}}   Given names: {{r:CHOL MIN}}
성명: {{r:김철민}}
Nationality: {{u:PRK}}   Date of birth: 12 FEB 1984   Sex: M   Place of birth: {{u:SINPHO}}
Date of issue: 03 MAR 2016   Date of expiry: 02 MAR 2021
Authority: {{u:Ministry of Foreign Affairs}}   Issuing officer (signature, legible): {{p:RI SONG HO}}
MRZ:
PS{{u:PRK}}{{r:KIM<<CHOL<MIN}}<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
836xxxxxx0{{u:PRK}}8402127M2103020<<<<<<<<<<<<<<04

B. Russian work visa, photo 2 (pasted in the passport)
Тип визы: РАБОЧАЯ   Фамилия / Surname: {{r:КИМ}} / {{r:KIM}}   Имя / Given names: {{r:ЧОЛ МИН}} / {{r:CHOL MIN}}
Приглашающая организация / Inviting organisation: [name of a Russian construction firm, withheld]
Место работы: {{u:Новосибирск}}   Срок: 15.04.2016 - 14.04.2017
Выдана: {{u:Посольство России в КНДР}}, {{u:Пхеньян}}; officer: {{p:Sergeyev A. V.}}
MRZ:
VN{{u:RUS}}{{r:KIM<<CHOL<MIN}}<<<<<<<<<<<<<<<<<<<<<<<<<<<
...

C. Emergency-contact page, photo 3 (handwritten)
연락처: 처 {{r:주경희}} ({{r:JU KYONG HUI}}), {{u:함경남도}} {{u:신포시}}
[전사자 주: 처는 아내. {{u:북한}} 여권에는 보통 이 면이 없음 - 회사가 붙인 종이로 보임]

D. Co-worker's visa, photo 4 (the witness photographed it "because it has my name")
Фамилия: {{r:КИМ}}   Имя: {{r:ЧОЛ МИН}}   Surname: {{r:KIM}}   Given names: {{r:CHOL MIN}}   DOB 30 FEB 1979 (sic, as printed)
MRZ: VN{{u:RUS}}{{r:KIM<<CHOL<MIN}}<<<<<<<<<<<<<<<<<<<<<<<<<<<
[전사자 주: 생년월일 2월 30일은 존재하지 않음 - 비자 인쇄 오류. 증언자에 따르면 이 사람은 같은 작업반의 다른 {{r:김철민}}("큰 {{r:철민}}")이며, 둘을 구별하려고 반장 {{p:리명식}}이 "큰 {{r:철민}}", "작은 {{r:철민}}"이라고 불렀음. 증언자는 "작은 {{r:철민}}".]

Checker's notes ({{p:H.S.J.}}):
- The witness's South Korean name is {{r:Kim Cheol-min}}; do not put it in the court bundle index.
- D must be described as "a co-worker with the same name" throughout. In the bundle we call the witness {{r:KIM Chol-min}} (1984) and the co-worker {{r:KIM Chol-min}} (1979).
- {{p:RI SONG HO}} and {{p:Sergeyev A. V.}} are officials but private persons; redact in the public version.""",
    },
    {
        "id": "h41-mixed-13",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Paek Hak-chol", "백학철", "witness", ["학철"]),
            ("Kwon Yong-sop", "권용섭", "supervisor", ["용섭", "Kwon director"]),
            ("Ri Myong-ho", "리명호", "official", ["명호"]),
            ("Ri Myong-ho", "리명호", "coworker", []),
        ],
        "note": "Reconstructed organisation chart of a DPRK construction company's branch in Kuwait, drawn as an indented text tree from three testimonies with source tags; positions and names in Korean and English, two different men named 리명호 (a security official and a co-worker) kept apart, a company with a real sanctioned parent, dotted-line reporting to the embassy, uncertain names with question marks; mixed line endings.",
        "text": """RECONSTRUCTED ORGANISATION CHART - {{u:DPRK}} construction branch, {{u:Kuwait}} (c. 2015-2018)
Compiled by {{p:Yoo Seung-hee}} from testimonies KW-19-006 (W-A, {{r:Paek Hak-chol}}), KW-20-013 (W-B) and KW-21-002 (W-C). Names as the witnesses gave them. [?] = uncertain.

[HEAD OFFICE, {{u:Pyongyang}}] (parent company: {{u:Korea General Corporation for External Construction}}, a.k.a. {{u:GENCO}})
│
└── 지사장 / Branch director: {{r:권용섭}} ({{r:Kwon Yong-sop}}) [W-A, W-B, W-C]
     │   W-A: "{{r:권}} 지사장은 한 달에 한 번 현장에 왔다"
     │   W-C calls him "{{r:Kwon director}}"
     │
     ├── 부지사장 / Deputy: {{p:조성국}} ({{p:Jo Song-guk}}) [W-B only]
     │
     ├── 회계 / Accountant: {{p:O Kum-hui}} ({{p:오금희}}) [W-A, W-C] - the only woman in the office
     │
     ├── ┄┄ dotted line ┄┄ 보위지도원 / Security: {{r:리명호}} ({{r:Ri Myong-ho}}, from the embassy in {{u:Kuwait City}}) [W-A, W-B]
     │        NB: NOT the co-worker {{r:리명호}} in Brigade 2 below. W-A: "보위원 {{r:리명호}}랑 우리 반 {{r:명호}}는 이름만 같아요."
     │
     ├── 제1작업반 / Brigade 1 (road works, {{u:Al Jahra}})
     │     반장: {{p:하철준}} ({{p:Ha Chol-jun}}) [W-B]
     │     반원: {{p:성기남}}, {{p:우태성}}, {{p:Ma Sung-il}} [?], W-B
     │
     ├── 제2작업반 / Brigade 2 (housing, {{u:Sabah Al-Ahmad}} city)
     │     반장: {{p:김영수}} ({{p:Kim Yong-su}}) [W-A]
     │     반원: {{r:백학철}} (W-A himself), {{r:리명호}} (co-worker), {{p:진광혁}}, {{p:Tong Il-ho}} [?]
     │     W-A: "{{p:김영수}} 반장은 착했어요. 문제는 {{r:권용섭}}이었죠."
     │
     └── 제3작업반 / Brigade 3 (interior finishing)
           반장: {{p:Yang Chol-ung}} / {{p:양철웅}} [W-C]
           반원: W-C, {{p:석남일}}, {{p:Gu Hye-song}} [cook]

[KUWAITI SIDE]
Main contractor's site manager: Mr. {{p:Yousef Al-Ajmi}} [W-A, W-C] - paid {{r:권용섭}} monthly
Sponsor (kafeel) of the work visas: {{p:Abdullah Al-Mutairi}} [W-B] - never seen on site
Indian foreman at Brigade 1: {{p:Suresh Nair}} [W-B]

Compiler's notes ({{p:Y.S.H.}}):
1. {{r:Kwon Yong-sop}} is named by all three witnesses: the best-attested link in the chart.
2. {{r:백학철}} says the two {{r:리명호}}s were sometimes confused by the Kuwaiti staff too; {{p:Al-Ajmi}} once paid the co-worker {{r:Myong-ho}}'s overtime to the security man {{r:Ri}}.
3. {{p:O Kum-hui}}: W-C spells {{p:Oh}}; same person.
4. For publication, replace every name with the position title only.""",
    },
    {
        "id": "h41-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Son Yong-ae", "손영애", "witness", ["영애", "Yong-ae"]),
            ("Min Kyong-il", "민경일", "supervisor", ["경일"]),
        ],
        "note": "Qualitative coding export from an analysis tool (code, source file, coded excerpt, coder memo) across several testimonies; excerpts in Korean with English codes, source file names that contain surnames, coder logins, names glued to particles inside excerpts, 손 beside 손 (hand), 민 beside 민간, a Chinese factory manager as 老孙, a private Min beside the code 'min. wage'.",
        "text": """CODED SEGMENTS EXPORT - project "Overseas labour 2024" - codes: WAGE-*, CONTROL-*, HEALTH-*
Exported by {{p:dlee}} ({{p:Dana Lee}}) 2024-12-01. Coders: {{p:dlee}}, {{p:hkwak}} ({{p:Kwak Hye-rin}}).

[1] CODE: CONTROL-PASSPORT | SOURCE: CN-23-{{r:Son}}_interview1.docx | CODER: {{p:hkwak}}
  "{{r:민경일}}이가 공항에서 여권을 다 걷었어요. 손에 쥐고 안 줬어요."
  MEMO ({{p:hkwak}}): "손에" = in his hand, not the witness {{r:손영애}}.
[2] CODE: WAGE-DEDUCTION | SOURCE: CN-23-{{r:Son}}_interview1.docx | CODER: {{p:hkwak}}
  "월급날이면 {{r:민}} 지배인이 {{p:老孙}}한테서 봉투를 받아 가요. 우리는 min. wage도 못 받았어요."
  MEMO: "min. wage" is the witness's own English (minimum wage); {{r:민}} = {{r:Min Kyong-il}}. {{p:老孙}} = factory owner {{p:孙国华}} ({{p:Sun Guohua}}).
[3] CODE: HEALTH-INJURY | SOURCE: CN-23-{{p:Seok}}_interview2.docx | CODER: {{p:dlee}}
  "{{p:태진}}이 손가락이 기계에 들어갔어요. {{r:경일}}이가 병원 가지 말래요. {{p:老孙}}이 몰래 약을 줬어요."
  MEMO: the speaker here is {{p:Sok Tae-jin}} talking about himself in the third person. Check with interviewer {{p:Hannah Seo}}.
[4] CODE: CONTROL-SURVEILLANCE | SOURCE: CN-22-{{p:Pyon}}_interview1.docx | CODER: {{p:dlee}}
  "보위원 {{p:탁}} 동지가 일주일에 한 번 {{u:단둥}} 영사관에서 왔어요. {{p:탁명수}}라고 했어요."
  MEMO: {{p:Tak Myong-su}} - also in {{r:Son}}'s interview? Search.
[5] CODE: WAGE-REMITTANCE | SOURCE: CN-23-{{r:Son}}_interview2.docx | CODER: {{p:hkwak}}
  "집에 돈을 보낸 적이 없어요. 엄마가 {{p:영남}}이 편에 편지를 보냈는데, 돈 얘기는 없었어요."
  MEMO: {{p:영남}} = {{p:Ri Yong-nam}}, a returning worker. Not the witness's relative.
[6] CODE: CONTROL-SELFCRITICISM | SOURCE: CN-23-{{p:Seok}}_interview2.docx | CODER: {{p:dlee}}
  "생활총화 때 {{r:민경일}} 지배인이 {{r:영애}} 언니를 세워 놓고 한 시간 비판했어요."
  MEMO: cross-case link - {{r:Son Yong-ae}} and {{p:Sok Tae-jin}} were at the same factory ({{u:Dandong}}, 2018). {{r:영애}} 언니 = {{r:손영애}}.
[7] CODE: HEALTH-FOOD | SOURCE: CN-22-{{p:Pyon}}_interview1.docx | CODER: {{p:hkwak}}
  "밥은 옥수수밥. 민간 식당 음식은 꿈도 못 꿨어요. {{p:변}} 씨 언니가 {{p:金姐}}한테 빵을 얻어 왔어요."
  MEMO: "민간" is a word (civilian), not {{r:Min}}. {{p:金姐}} = a Korean-Chinese canteen worker, {{p:Jin Xiuzhen}} per W. {{p:변}} 씨 = the witness {{p:Pyon Un-sil}} (not in this batch).
[8] CODE: CONTROL-PASSPORT | SOURCE: CN-23-{{p:Seok}}_interview1.docx | CODER: {{p:dlee}}
  "{{r:Min}} manager kept the passports in a safe" (witness switched to English here)
  MEMO: {{r:Min}} = {{r:Min Kyong-il}}; matches [1].
[9] CODE: WAGE-DEBT | SOURCE: CN-23-{{r:Son}}_interview2.docx | CODER: {{p:hkwak}}
  "{{r:영애}}는 빚이 3만 위안이라고 {{r:경일}}이가 그랬어요. 거짓말이에요."
  MEMO: {{r:Yong-ae}} quoting {{r:Min}} about herself.

Inter-coder note ({{p:Dana Lee}} → {{p:Kwak Hye-rin}}): file names use romanized surnames ({{r:Son}}, {{p:Seok}}, {{p:Pyon}}). Before sharing the export with {{u:Walk Free}}, rename to case numbers. {{p:Seok}} is the {{u:ROK}} spelling of {{p:Sok}}; keep one. Also: {{u:Kim Jong Un}} appears in three segments under CONTROL-IDEOLOGY - public, leave.""",
    },
]
