# ruff: noqa: E501
"""Held-out evaluation passages, set 31. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout31."""

PASSAGES: list[dict] = [
    {
        "id": "h31-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Un-hui", "박은희", "witness", ["Un-hui", "Park Eun-hee"]),
            ("Ri Chol-jin", "리철진", "coworker", ["Chol-jin", "Lee Cheol-jin"]),
            ("Kye Sun-ok", "계순옥", "relative", []),
            ("Jo Myong-hak", "조명학", "witness", ["Myong-hak"]),
            ("Grace Han", "그레이스 한", "other", ["Grace"]),
            ("Yoon Se-ra", "윤세라", "other", ["Se-ra"]),
            ("Hwang Tae-sop", "황태섭", "supervisor", []),
            ("Kang Myong-chol", "강명철", "supervisor", []),
            ("Mamadou Diallo", "마마두 디알로", "coworker", []),
            ("Krzysztof Nowicki", "크시슈토프 노비츠키", "other", []),
            ("Hannah Moon", "한나 문", "other", ["Hanna Mun", "Moonie", "Hannah"]),
            ("Sun Lijuan", "쑨리쥐안", "supervisor", []),
        ],
        "note": "NGO annual report chapter on casework; staff, interpreters and volunteers named alongside witnesses; Ri/Lee and Pak/Park spellings of one person; an unregistered 'Mister Ri' beside a registered Ri; surname O beside the interjection; volunteer Moon beside the word moon; Senegal and Namibia monument sites.",
        "text": """CHAPTER 4
CASEWORK: WORKERS SENT ABROAD

4.1 The year in brief

In 2023 the {{u:Overseas Labour Documentation Unit}} of {{u:Bridges for North Korean Workers}} opened 61 new case files and closed 38. The unit was led for most of the year by {{r:Grace Han}}, who took over from {{p:Daniel Osei}} in February when {{p:Daniel}} moved to our liaison post in {{u:Geneva}}. {{r:Han}} and two part-time caseworkers, {{r:Yoon Se-ra}} and {{p:Tomasz Wierzbicki}}, conducted 112 interviews, 47 of them by video.

So many of this year's files came from outside {{u:Russia}} that we have changed the way we report them. The map on page 31 shows new files by country of work: {{u:Russia}} 19, {{u:China}} 17, {{u:Kuwait}} and {{u:Qatar}} 9, {{u:Mongolia}} 5, {{u:Poland}} 3, {{u:Senegal}} and {{u:Namibia}} 4, and fishing vessels 4.

4.2 Named testimonies

Most witnesses ask us not to publish their names. Three gave written consent this year, and we thank them.

{{r:Pak Un-hui}} (in South Korean spelling, {{r:Park Eun-hee}}) spent four years filleting squid at a processing plant outside {{u:Donggang}}, {{u:Liaoning}}. {{r:Un-hui}} described a dormitory of two hundred women locked from ten at night to five in the morning, a minder who read every letter home, and a Chinese line manager, {{r:Sun Lijuan}}, who "was not cruel, only afraid". Her closest friend on the line was {{r:Ri Chol-jin}}, a woman despite what the name suggests to South Korean ears. {{r:Chol-jin}} lost the top of her thumb to a band saw in 2020. {{r:Pak}} told us: "In {{u:Seoul}} they will write her as {{r:Lee Cheol-jin}}. I want her to get to {{u:Seoul}} so that someone can spell her name wrong."

{{r:Un-hui}}'s mother, {{r:Kye Sun-ok}}, was interviewed separately in {{u:Incheon}}. Mrs {{r:Kye}} confirmed that in four years the family received two things from the plant: 300 yuan, once, and a sack of rice. The minder, known to the women only as Comrade {{p:Yang}}, had told {{r:Kye Sun-ok}}'s neighbourhood unit leader, {{p:Om Chun-hwa}}, that the daughter was "earning foreign currency for the Party".

{{r:Jo Myong-hak}} worked for {{u:Mansudae Overseas Projects}} in {{u:Namibia}} and {{u:Senegal}} between 2009 and 2015. He welded steel for the {{u:Independence Memorial Museum}} in {{u:Windhoek}} and spent three months on scaffolding at the {{u:African Renaissance Monument}} outside {{u:Dakar}}. {{r:Jo}} trained as a painter at the {{u:Pyongyang University of Fine Arts}}. "No one asked me to paint," he said. "I carried cement." His team leader, {{r:Hwang Tae-sop}}, kept the group's passports in a biscuit tin; {{r:Hwang}}'s deputy, a man {{r:Myong-hak}} calls only {{p:Abacus}}, kept the key. {{r:Jo}} remembers a Senegalese foreman, {{r:Mamadou Diallo}}, who brought the Koreans mangoes, and a Namibian driver, {{p:Petrus Shikongo}}, who taught him to count in Oshiwambo. "{{p:Petrus}} said I counted like a child. So I did. I was learning."

4.3 The Gulf

Our {{u:Doha}} files concern a single housing project near {{u:Lusail}}, where three workers independently describe a minder, {{r:Kang Myong-chol}}, who collected phones on arrival and returned them only on the day before a worker flew home. One witness, a plasterer who let us use only his surname, Mr {{p:O}}, told {{r:Yoon Se-ra}}: "O yes, we had a day off. It was the day {{r:Kang}} went to the embassy." {{r:Kang}}'s deputy, {{p:Sin Kwang-il}}, is said to have beaten a young worker in front of the canteen in June 2019. Two Nepali workers at the same site confirmed to {{r:Grace}} by video that the Koreans ate separately and were marched to the bus in pairs.

4.4 {{u:Poland}}

In {{u:Gdynia}}, welders hired through a Polish labour agency worked on ship hulls in 2016 and 2017. An organiser from {{u:NSZZ Solidarność}}, {{r:Krzysztof Nowicki}}, put us in touch with two former co-workers. {{r:Nowicki}} remembers a Korean brigadier the Poles called Mister {{p:Ri}}, who did not let his men drink the canteen coffee. Mister {{p:Ri}} was, {{r:Nowicki}} says, "the only one who spoke Russian, so he was the only one who spoke".

4.5 People and thanks

{{r:Grace Han}} can be reached at {{r:grace.han}}@bridgesnkw.org; casework queries in Korean go to {{r:sera.yoon}}@bridgesnkw.org. A correction: our 2022 report misspelled the name of our volunteer {{r:Hannah Moon}} as "{{r:Hanna Mun}}". We apologise, {{r:Hannah}}. She points out that she has been called worse, including "{{r:Moonie}}".

We thank the {{u:National Endowment for Democracy}} and the {{u:European Instrument for Democracy and Human Rights}} for funding, and the UN Special Rapporteur, {{u:Elizabeth Salmón}}, for meeting the unit in {{u:Seoul}} in November. Over the Chuseok full moon the office closed for three days; no files were lost. Our board chair, {{p:Margaret Lindqvist}}, closes this report with a note on page 40.""",
    },
    {
        "id": "h31-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Rim Kwang-chol", "림광철", "witness", ["Im Kwang-chol", "Kwang-chol", "임광철"]),
            ("Ryu Song-nam", "류성남", "supervisor", ["Yu Song-nam", "유성남"]),
            ("Ko Yong-il", "고영일", "coworker", ["털보", "Brodacz"]),
            ("Zbigniew K.", "즈비그녜프 K.", "supervisor", ["Zbigniew", "즈비그녜프"]),
            ("Ri Ok-sun", "리옥순", "relative", []),
            ("Cha Myong-ho", "차명호", "official", []),
            ("Jung Min-ji", "정민지", "other", []),
        ],
        "note": "Court interpreter's working log at a Polish district court, Polish with Korean quotations and English asides; Rim/Im and Ryu/Yu spellings in capitals and Hangul; Polish judge, prosecutor, counsel and defendant initial; Korean nickname 털보 rendered in Polish; surname Ko spelled out.",
        "text": """DZIENNIK TŁUMACZA / INTERPRETER'S LOG (working notes, not for the file)
Sprawa: II K 412/22 — {{u:Sąd Rejonowy w Gdyni}}, sala 14
Data: 07.03.2023
Tłumacz przysięgły: {{r:Jung Min-ji}} (koreański ⇄ polski), lista {{u:Ministerstwa Sprawiedliwości}} TP/118/19

09:02 Otwarcie. Przewodnicząca: SSR {{p:Agnieszka Dąbrowska}}. Prokurator: {{p:Marek Zieliński}}. Obrońca: mec. {{p:Ewa Kaczmarek}}. Oskarżony {{r:Zbigniew K.}} obecny. Pełnomocnik pokrzywdzonych: adw. {{p:Paweł Sobczak}} ({{u:Fundacja La Strada}}).
09:05 Świadek: {{r:RIM KWANG CHOL}}, ur. 1984, {{u:Hamhung}}. Agency records ({{u:Baltic Staff Sp. z o.o.}}) spell him {{r:IM KWANG CHOL}}. Judge asks which is right. W: "{{r:림광철}}입니다. 남쪽에서는 {{r:임광철}}이라고 쓴다고 들었습니다." Rendered: "Nazywam się {{r:Rim Kwang-chol}}; na Południu piszą {{r:Im}}." Protokolantka wrote "{{r:Rim}}" and "({{r:Im}})".
09:08 Pouczenie o art. 233 k.k. — interpreted in full. W nods. Told him to answer aloud, not nod.
09:12 Prok.: arrival? W: "2016년 5월에 {{u:베이징}}에서 {{u:바르샤바}}로 왔습니다." → "W maju 2016 r. z {{u:Pekinu}} do {{u:Warszawy}}."
09:14 Q: kto był brygadzistą? A: "{{r:류성남}} 반장이요." I said "brygadzista {{r:Ryu Song-nam}}". Mec. {{p:Kaczmarek}} objects: agency list says {{r:YU SONG NAM}}. Explained for the record: initial ㄹ/ㅇ, North vs South spelling, same man. SSR {{p:Dąbrowska}}: "Przyjmuję. {{r:Ryu}} i {{r:Yu}} to ta sama osoba."
09:20 Term: 충성자금 — "tzw. fundusz lojalności" + Korean in brackets. 작업반장 — "brygadzista" throughout (agreed with adw. {{p:Sobczak}} at 08:50).
09:31 W: "{{r:류}} 반장이 여권을 다 걷어 갔습니다. 사장님도 알았습니다." Q: który szef? W: "{{r:즈비그녜프}} 사장님이요." → "Pan {{r:Zbigniew}} też wiedział." Defendant shakes head. Judge warns defendant.
09:40 Coworkers named by W: {{p:Han Chol-u}} ({{p:한철우}}), {{r:Ko Yong-il}} ({{r:고영일}}), and "{{r:털보}}". Asked who that is: "{{r:털보}}가 {{r:고영일}}이에요. 수염 때문에." Rendered "{{r:Brodacz}}", explained it is a nickname for {{r:Ko}}. Protokolantka asked me to spell {{r:Ko}}: K-O.
09:48 W on the yard: hulls at {{u:Stocznia Pomorska Północ}}, 7:00-19:00, Saturdays too. "{{r:류}} 반장은 토요일도 일하라고 했습니다. 안 하면 벌금입니다." → "Kto nie pracował, płacił karę."
10:12 Wznowienie. Obrońca: did W ever speak with the accused directly? W: "아니요. 말 못 합니다. 폴란드 말 몰라요." → "Nie. Nie znam polskiego."
10:20 Obrońca: "Skąd więc świadek wie, że pan {{r:K.}} wiedział?" W: "{{r:류성남}}이가 말했습니다. 사장님한테 돈 준다고." → "Powiedział mi {{r:Ryu Song-nam}}, że daje szefowi pieniądze." Note: W said {{r:류성남}}이가 — plain form, no title; kept the tone ("powiedział {{r:Ryu}}", no "pan").
10:34 W: "안해 {{r:리옥순}}이는 {{u:함흥}}에 있습니다." 안해 = northern spelling of 아내. → "Żona, {{r:Ri Ok-sun}}, jest w {{u:Hamhung}}." Prok. asks to keep the wife's name out of the public minutes; ordered. I did not repeat "{{r:Ri Ok-sun}}" after 10:36.
10:52 Identification, photo table K-3. W points to no. 4: "이 사람이 {{r:류}} 반장입니다." Photo 7: "{{r:차명호}}, 보위원." → "{{r:Cha Myong-ho}}, oficer bezpieczeństwa". First time W named him; prosecution asks spelling of {{r:Cha}}: C-H-A.
11:05 W signs the protocol: "{{r:림광철}}" in Hangul + "{{r:Rim K.C.}}" in Latin. Court accepts both.
11:10 Koniec przesłuchania. Next witness {{p:Han Chol-u}} on 21.03 — interpreter {{r:Jung}} confirmed.

Uwagi własne / own notes:
- Check with {{p:Katarzyna Lee}} ({{u:KSSiP}} glossary): "brygadzista" or "kierownik brygady" for 반장?
- Invoice to {{u:Sąd Rejonowy w Gdyni}}: 2h15 + travel from {{u:Gdańsk}}.
- W said "do widzenia" to me on the way out, the first Polish words he learnt from pani {{p:Halina}} in the hostel kitchen.""",
    },
    {
        "id": "h31-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyang-mi", "최향미", "witness", ["Hyang-mi", "Choi Hyang-mi"]),
            ("Song Il-gwang", "송일광", "coworker", ["Il-gwang"]),
            ("Bang Chun-ok", "방춘옥", "relative", ["Chun-ok"]),
            ("Ju Tok-hyon", "주덕현", "supervisor", []),
            ("Pyo Chang-gil", "표창길", "supervisor", []),
            ("Hwang Kum-chol", "황금철", "relative", []),
            ("Rachel Kwon", "레이첼 권", "other", ["RK"]),
            ("Jiwon Bae", "배지원", "other", ["JB"]),
            ("Rustam Galiev", "루스탐 갈리예프", "supervisor", []),
        ],
        "note": "Case conference action list with staff initials as owners; Choe/Choi spellings; surname Song beside the word song, Bang beside 'with a bang', interjection 'Ha!' beside staff member Ha; Qatar camp kitchen, Kazan construction, a mother asking about her son in Vladivostok.",
        "text": """CASE CONFERENCE — ACTION LIST
Thu 12 Sept 2024, 10:00–11:40, {{u:Mapo}} office + {{u:Zoom}}
Chair: {{r:Rachel Kwon}} ({{r:RK}}). Present: {{r:Jiwon Bae}} ({{r:JB}}), {{p:Tom Mensah}} ({{p:TM}}), {{p:Sora Ahn}} (interp.), Dr {{p:Felix Amadi}} ({{p:FA}}, psychologist, {{u:Zoom}} for items 1-3). Notes: {{r:JB}}.
Apologies: {{p:Min-seo}} (on leave).

Carried from 29 Aug: 4 of 5 done.

1. {{r:Choe Hyang-mi}} (file QA-0912) — {{u:Qatar}}, kitchen worker at a site camp near {{u:Al Wakrah}}.
 - {{r:Hyang-mi}} now uses the southern spelling {{r:Choi Hyang-mi}} on her ID card; all new documents in that spelling, old files keep "{{r:Choe}}". ACTION {{r:JB}}: add cross-reference note, by 16/9.
 - {{p:FA}}: sleep still poor; nightmares about the camp manager, {{r:Ju Tok-hyon}}. Recommends weekly sessions at the {{u:Hana Center}} rather than with us. ACTION {{r:RK}}: call {{p:Yeon-hee}} at the {{u:Hana Center}} to confirm a slot.
 - Statement on {{r:Ju}}'s wage deductions: {{r:Choi}} agreed to sign on 20/9 if {{p:Sora}} interprets. ACTION {{p:TM}}: book room 2.
 - So far no reply from the {{u:Ministry of Labour}} in {{u:Doha}} on the wage claim. {{p:TM}} to chase.

2. {{r:Song Il-gwang}} (file RU-0377) — {{u:Russia}}, construction, {{u:Kazan}}.
 - {{r:Song}} sang the song his brigade used to sing on the bus, and {{p:FA}} thinks it helped him talk. Keep the session time the same.
 - Brigade leader named: {{r:Pyo Chang-gil}}. {{r:Il-gwang}} also named a Tatar foreman, {{r:Rustam Galiev}}, who he says paid cash into {{r:Pyo}}'s hand every Friday. ACTION {{p:TM}}: check whether {{r:Galiev}} appears in the {{u:Kazan}} court records {{p:Nadia}} sent in July.

3. {{r:Bang Chun-ok}} — mother of a worker still in {{u:Vladivostok}}.
 - Mrs {{r:Bang}} phoned twice this week and the second time hung up with a bang, says {{r:JB}}. She is not angry with us; she is frightened.
 - Her son, {{r:Hwang Kum-chol}}, was last heard from in March. {{r:Chun-ok}} wants us to contact the {{u:Russian Embassy}}. ACTION {{r:RK}}: explain what we can and cannot do; {{p:Sora}} to interpret.
 - Do NOT share {{r:Hwang}}'s details with the journalist ({{p:Ethan Cole}}, {{u:NK News}}) until {{r:Bang}} consents in writing.

4. Safeguarding — {{p:TM}} raised that a volunteer, {{p:Daniel Yoo}}, gave his personal number to {{r:Hyang-mi}}. {{r:RK}} to speak to {{p:Daniel}} this week. Not a disciplinary matter; a reminder of policy.

5. AOB — {{p:Sora Ahn}} leaves at the end of October. {{r:RK}} to ask {{p:Ha Eun-byeol}} to cover Korean–English. When asked on {{u:Slack}}, {{p:Eun-byeol}} replied "Ha! Finally someone asks." {{p:Ha}} can start 1 Nov.

Next conference: Thu 26 Sept, 10:00. Corrections to {{r:jiwon.bae}}@bridgesnkw.org by Monday.""",
    },
    {
        "id": "h31-ko-01",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Hwang Yong-chol", "황영철", "witness", ["영철"]),
            ("Ma Sun-hui", "마순희", "relative", ["순희"]),
            ("Choe Myong-gil", "최명길", "official", ["명길"]),
            ("Pak Tae-song", "박대성", "supervisor", ["대성"]),
            ("Ri Un-hyok", "리은혁", "coworker", ["은혁", "꼬마"]),
            ("Tong-chol", "동철", "coworker", []),
        ],
        "note": "WhatsApp voice-note auto-transcript with speaker numbers, Korean; speech-to-text misspellings of names (황영찰, 마순이, 체 지도원); kinship terms with names (순희 언니, 동철이 오빠, 영철이 형); dialect interjection 마 beside surname 마; St Petersburg construction site.",
        "text": """[{{u:WhatsApp}} 음성 메시지 → 텍스트 자동 변환 / 정확하지 않을 수 있음]
대화방: "{{r:영철}} 형부 찾기"
참여자: 화자 1, 화자 2, 화자 3
내보낸 날짜: 2024. 2. 3.

[2024-01-28 21:14] 화자 1: 여보세요 아 그냥 음성으로 남길게요. {{r:동철}}이 오빠 맞죠? 저 {{r:순희}} 언니 동생 {{p:순정}}이에요. 언니가 번호 줬어요. 우리 형부 {{r:황영찰}} 소식 혹시 들은 거 있어요?
[2024-01-28 21:16] 화자 2: 어 {{p:순정}}아 나 {{r:동철}}이다. 반갑다. 음성이 잘 가나 모르겠네. {{r:영철}}이 형은 작년 11월까지 {{u:상트페테르부르크}} 현장에 나랑 같이 있었어. {{u:라흐타}} 쪽 아파트 짓는 데.
[2024-01-28 21:17] 화자 2: 그 뒤에 {{r:체}} 지도원이 형을 {{u:모스크바}}로 보낸다고 데리고 갔는데 그 다음은 나도 몰라.
[2024-01-28 21:20] 화자 1: {{r:체}} 지도원이 누구예요? 변환이 이상하게 돼서. 성이 {{r:최}}씨예요?
[2024-01-28 21:22] 화자 2: 어 {{r:최명길}}이. 우리는 그냥 {{r:최}}가라고 불렀다. 보위부에서 나온 사람. 그 사람한테 돈 있는 거 다 뺏겼어. 형도 나도.
[2024-01-28 21:23] 화자 2: 그리고 마, {{r:순희}} 누님은 잘 계시냐? 형이 맨날 누님 얘기만 했다. {{r:마순이}} 누님 사진 보여 주면서.
[2024-01-28 21:25] 화자 1: 언니는 {{u:안산}}에 있어요. 요새 잠을 못 자요. {{r:영철}}이 형부 때문에. 오빠 혹시 {{r:박}}씨라는 사람 알아요? 언니가 그 사람이 형부 돈 가지고 있다고 하던데.
[2024-01-28 21:28] 화자 2: {{r:박}}씨? 아 {{r:박대성}}이. 그 사람은 반장이었지. 우리 반장. {{r:대성}}이 형은 나쁜 사람은 아니야. {{r:최}}가가 시키는 대로 한 거지. 돈은 {{r:박}} 반장이 모아서 {{r:최}}가한테 다 줬어.
[2024-01-28 21:33] 화자 1: 네 고마워요 오빠. 근데 {{r:꼬마}}는 누구예요? 언니가 형부 편지에 {{r:꼬마}}가 아프다고 써 있었대요.
[2024-01-28 21:35] 화자 2: 아 {{r:꼬마}}. {{r:리은혁}}이. 제일 어려서 {{r:꼬마}}라고 했어. {{r:은혁}}이가 겨울에 폐렴 걸려서 {{r:영철}}이 형이 자기 밥을 {{r:은혁}}이 줬어. 그래서 형이 더 말랐지.

[2024-01-29 08:02] 화자 3: {{r:동철}}이 동생, 나 {{r:순희}}야. {{p:순정}}이 폰으로 보내. 우리 {{r:영철}}이 소식 고마워. 밤새 울었어.
[2024-01-29 08:04] 화자 3: {{u:모스크바}}로 갔다는 거 누가 봤어? {{p:왕}} 사장이 그러는데 {{u:블라디보스토크}}로 갔다고 하더라. {{p:왕}} 사장은 중국 사람이고 돈 보내 주는 사람이야.
[2024-01-29 08:09] 화자 2: 누님 {{p:왕}} 사장 말 믿지 마세요. 그 사람은 돈만 알아요. 형은 {{u:모스크바}}로 갔어요. {{r:최명길}}이가 그렇게 말하는 걸 {{r:박대성}}이 형이 들었대요.
[2024-01-29 08:12] 화자 3: 그럼 {{r:대성}}이한테 연락이 돼?
[2024-01-29 08:15] 화자 2: 안 돼요. {{r:대성}}이 형은 아직 거기 있어요. 폰도 없어요. 저는 작년 12월에 나왔고요. {{u:국정원}} 조사 끝나고 지금 {{u:하나원}}에 있어요.
[2024-01-29 08:20] 화자 3: {{r:황영철}}이라고 이름 대고 {{u:대한적십자사}}에 찾아 달라고 했는데 {{u:러시아}}는 안 된대. 동생이 아는 데 있으면 알려 줘.
[2024-01-29 08:22] 화자 2: 예 누님. 여기 상담 선생님이 {{p:문지혜}} 선생님인데 물어볼게요. {{p:문}} 선생님이 러시아 쪽 단체를 안다고 했어요.
[2024-01-29 08:25] 화자 1: 오빠 고마워요 🙏 {{p:문지혜}} 선생님 번호 주시면 언니 대신 제가 연락할게요.
[2024-01-29 08:31] 화자 2: 네. 그리고 {{r:순희}} 누님, 형이 마지막으로 한 말이 "{{r:순희}}한테는 아무 말 하지 마라" 였어요. 걱정한다고.
[2024-01-29 08:33] 화자 3: 마 그 사람은 끝까지 그런다. 알았어. 고마워 {{r:동철}}아.""",
    },
    {
        "id": "h31-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ro Chang-sik", "로창식", "witness", ["No Chang-sik", "Chang-sik", "노창식"]),
            ("Tak Kyong-il", "탁경일", "coworker", ["Kyong-il"]),
            ("Han Yong-gil", "한영길", "official", []),
            ("Chen Wei-ming", "천웨이밍", "supervisor", ["陈伟明"]),
            ("Agus Setiawan", "아구스 세티아완", "coworker", ["Agus"]),
            ("Nguyen Van Hung", "응우옌반훙", "coworker", ["Hùng"]),
            ("Ri Hyon-u", "리현우", "coworker", []),
            ("Pak Song-ho", "박송호", "coworker", []),
        ],
        "note": "Fishing vessel crew agreement typed from photographs, capitals, Chinese, Korean, Indonesian and Vietnamese crew, signatures in Hangul and hanzi, plus interview annotations; Ro/No spellings beside the word No; Indonesian honorific Pak before a given name; flag-of-convenience vessel and Russian ports.",
        "text": """AGREEMENT AND LIST OF CREW
(copy photographed by witness, 3 pages; typed up by {{p:L. Adjei}}, 09/02/2021 — spelling as in original)

Name of vessel: {{u:OCEAN STAR 7}}        Official No.: SL-4417        Port of registry: {{u:FREETOWN}}
Flag: {{u:SIERRA LEONE}}        GRT: 612
Registered owner / operator: {{u:BLUE TIDE FISHERIES LTD}}, Rm 1204, {{u:Sheung Wan}}, {{u:Hong Kong}}
Master: {{r:CHEN WEI-MING}}        Certificate of competency No.: TW-M-0088231
Place of opening of agreement: {{u:NAKHODKA}}        Date: 10 JUNE 2019
Intended voyage: Fishing in {{u:Sea of Okhotsk}} and adjacent waters, not to exceed 12 months.

No. | Name of seafarer | Nationality | Date of birth | Capacity | Date / place of engagement | Wages | Signature
1 | {{r:CHEN WEI-MING}} | CHN | 02.03.1971 | Master | 10.06.19 {{u:Nakhodka}} | per contract | {{r:陈伟明}}
2 | {{p:LIN JIAHAO}} | CHN | 17.11.1980 | Chief Officer | 10.06.19 {{u:Nakhodka}} | per contract | {{p:林家豪}}
3 | {{r:AGUS SETIAWAN}} | IDN | 21.08.1983 | Bosun | 10.06.19 {{u:Nakhodka}} | USD 550 | {{r:Agus S}}
4 | {{r:RO CHANG SIK}} | PRK | 14.01.1985 | Deckhand | 11.06.19 {{u:Nakhodka}} | USD 350 * | {{r:로창식}}
5 | {{r:TAK KYONG IL}} | PRK | 30.09.1990 | Deckhand | 11.06.19 {{u:Nakhodka}} | USD 350 * | {{r:탁경일}}
6 | {{p:KIM MYONG SU}} | PRK | 02.02.1979 | Deckhand | 11.06.19 {{u:Nakhodka}} | USD 350 * | (thumbprint)
7 | {{p:JONG UN CHOL}} | PRK | 19.12.1987 | Deckhand | 11.06.19 {{u:Nakhodka}} | USD 350 * | {{p:정운철}}
8 | {{r:PAK SONG HO}} | PRK | 08.07.1992 | Cook's assistant | 11.06.19 {{u:Nakhodka}} | USD 300 * | {{r:박송호}}
9 | {{r:RI HYON U}} | PRK | 26.04.1994 | Deckhand | 11.06.19 {{u:Nakhodka}} | USD 350 * | {{r:리현우}}
10 | {{p:DEDI KURNIAWAN}} | IDN | 13.03.1989 | Deckhand | 10.06.19 {{u:Nakhodka}} | USD 450 | {{p:Dedi}}
11 | {{r:NGUYEN VAN HUNG}} | VNM | 11.11.1986 | Oiler | 10.06.19 {{u:Nakhodka}} | USD 480 | {{r:Hùng}}
12 | {{r:HAN YONG GIL}} | PRK | 04.06.1975 | Deckhand / Interpreter | 11.06.19 {{u:Nakhodka}} | USD 350 * | {{r:한영길}}
* wages for crew 4-9 and 12 payable to {{u:KOREA KUMBIT TRADING CORP}} by bank transfer, not to the seafarer.

Signature of Master: {{r:Chen Wei-ming}}
Witnessed by (agent): {{p:S. Volkov}}, {{u:Nakhodka Marine Agency}}

---- interview notes ({{p:L. Adjei}} / interpreter {{p:Yoo Bo-ra}}), 2 Feb 2021 ----
- {{r:Ro Chang-sik}} says his seaman's book has "{{r:NO CHANG SIK}}" on one page and "{{r:RO CHANG SIK}}" on another. The Indonesians called him "{{r:No}}". No, he says, he never saw the wages column, and nobody read the agreement to the Koreans.
- No. 12 {{r:Han Yong-gil}} was the minder. {{r:Han}} "interpreted" for the Master but spoke little Chinese; {{p:Lin}}, the mate, did most of the talking in Russian.
- {{r:Tak}} (no. 5), {{r:Kyong-il}}, fell through the fish-hold hatch on 14 Nov 2019. Master {{r:Chen}} logged it as "slipped on deck". {{r:Tak Kyong-il}} was landed at {{u:Korsakov}} and {{r:Chang-sik}} never saw him again.
- The bosun: the Koreans called him {{r:Agus}}, the Indonesians called him Pak {{r:Agus}}, so {{r:Chang-sik}} thought for a month that he was Korean. Pak {{r:Agus}} shared cigarettes; {{p:Dedi}} taught {{r:Ro}} to say "terima kasih".
- {{r:Hùng}} (no. 11, {{r:Nguyen Van Hung}}) gave {{r:Ro}} his spare gloves when {{r:Han}} sold the Koreans' gloves in {{u:Korsakov}}.
- {{r:No Chang-sik}} (the spelling on his South Korean documents) left the vessel at {{u:Busan}} in Jan 2020 during a crew change and walked to a police box.""",
    },
    {
        "id": "h31-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Ok-hwa", "강옥화", "witness", ["Ok-hwa", "옥화"]),
            ("Cha Un-byol", "차은별", "coworker", ["Un-byol", "은별"]),
            ("Kim Chol-ho", "김철호", "supervisor", ["คิม"]),
            ("So Myong-hui", "서명희", "coworker", ["명희", "Myong-hui"]),
            ("Wichai", "위차이", "other", ["วิชัย"]),
            ("Ryang Su-jong", "량수정", "coworker", ["수정"]),
            ("Somsri", "솜시", "other", ["สมศรี"]),
        ],
        "note": "Bangkok hotel guest register export with Thai headers, capitals, a fullwidth Japanese guest name and Thai reception staff in Thai script, followed by NGO notes in English and Korean; surname So beside the word so; restaurant women in transit and their manager.",
        "text": """ทะเบียนผู้เข้าพัก / GUEST REGISTER — {{u:Sukhumvit Garden Inn}}, {{u:ซอยสุขุมวิท 22}}, {{u:กรุงเทพฯ}}
พิมพ์เมื่อ / printed 15/05/2018 09:12   ผู้พิมพ์ / by: {{r:somsri.k}}

วันที่เข้าพัก | ห้อง | ชื่อ-สกุล / Name | สัญชาติ | หนังสือเดินทาง | มาจาก / ไปที่ | ลงชื่อ
03/05/2018 | 305 | {{r:KANG OK HWA}} | DPRK | 836114xxx | {{u:VIENTIANE}} / - | {{r:강옥화}}
03/05/2018 | 305 | {{r:SO MYONG HUI}} | DPRK | 836117xxx | {{u:VIENTIANE}} / - | {{r:서명희}}
03/05/2018 | 306 | {{r:CHA UN BYOL}} | DPRK | 836120xxx | {{u:VIENTIANE}} / - | {{r:차은별}}
03/05/2018 | 306 | {{r:RYANG SU JONG}} | DPRK | 836121xxx | {{u:VIENTIANE}} / - | {{r:량수정}}
03/05/2018 | 307 | {{p:PAEK KUM SIL}} | DPRK | 836125xxx | {{u:VIENTIANE}} / - | {{p:백금실}}
03/05/2018 | 307 | {{p:JON HYANG}} | DPRK | 836126xxx | {{u:VIENTIANE}} / - | {{p:전향}}
03/05/2018 | 308 | {{r:KIM CHOL HO}} | DPRK | 745002xxx | {{u:VIENTIANE}} / {{u:PHNOM PENH}} | {{r:김철호}}
05/05/2018 | 403 | {{p:ＳＡＴＯ ＫＥＮＪＩ}} | JPN | TK2xxxxxx | {{u:NARITA}} / - | {{p:佐藤}}

หมายเหตุ / remarks (front desk):
- 03/05 ห้อง 305-308 จ่ายเงินสดโดยคุณ{{r:คิม}} (ผู้จัดการ) ทั้งหมด / rooms 305-308 paid cash by Mr {{r:Kim}} (manager)
- 04/05 คุณ{{r:คิม}}ขอเก็บพาสปอร์ตทุกเล่มไว้เอง ไม่ให้ถ่ายสำเนา — {{r:สมศรี}} / Mr {{r:Kim}} asked to keep all passports himself, no photocopies — {{r:Somsri}}
- 05/05 ห้อง 306 แขกผู้หญิง 1 คนออกไปตอนตีสอง ไม่กลับมา — {{r:วิชัย}} (กะดึก) / room 306, one lady went out 2 a.m., did not come back — {{r:Wichai}} (night shift)
- 05/05 10:40 ตำรวจ {{u:สน.ทองหล่อ}} โทรมาถาม / {{u:Thonglor police station}} phoned

---- NGO notes, interview with {{r:Kang Ok-hwa}}, {{u:Seoul}}, 11/2019 (int. {{p:Lee Da-som}}) ----
- {{r:Ok-hwa}} recognised the register at once: "305호가 저랑 {{r:명희}}예요." The group were waitresses from the {{u:Pyongyang Restaurant}} in {{u:Vientiane}}, moved to open a new branch in {{u:Phnom Penh}}.
- {{r:So Myong-hui}} was the lead singer. So she always stood in front, and {{r:Kim}} watched her most. Her signature reads {{r:서명희}}: {{r:So}} is the northern spelling of 서, not 소, {{r:Ok-hwa}} says. "{{r:명희}}는 원래 글씨를 예쁘게 못 써요" — she copied the sign-in from a tourist form.
- Room 306: {{r:Cha Un-byol}} and {{r:Ryang Su-jong}}. The woman who "went out at 2 a.m." was {{r:Un-byol}}. "{{r:은별}}이는 계획이 있었어요. 우리한테 말 안 했어요. {{r:은별}}이가 말했으면 {{r:수정}}이가 {{r:김철호}}한테 말했을 거예요."
- {{r:차은별}} reached the {{u:Embassy of the Republic of Korea}} in {{u:Bangkok}} by taxi; the night clerk {{r:Wichai}} had written the embassy address on a hotel card for her. {{r:วิชัย}} told our Thai volunteer {{p:Ploy}} in 2019 that he "only gave directions".
- Manager {{r:Kim Chol-ho}}: paid in cash, kept passports, reported to a man at the embassy she knows only as "{{p:Ri}} 참사". After {{r:Un-byol}} left, {{r:Kim}} took the remaining five to {{u:Phnom Penh}} by bus on 06/05.
- {{r:강옥화}} herself left {{u:Phnom Penh}} in March 2019. Guest 403 ({{p:Sato}}) appears to be an unrelated tourist; keep the row redacted in anything we publish.""",
    },
    {
        "id": "h31-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yun Kwang-hyok", "윤광혁", "witness", ["Kwang-hyok", "Yoon Kwang-hyuk", "광혁"]),
            ("Pak Chun-il", "박춘일", "supervisor", ["Park Chun-il", "춘일"]),
            ("Jo Chol-nam", "조철남", "coworker", ["철남"]),
            ("Rim Chol", "림철", "coworker", ["철"]),
            ("Mohammed Al-Hammadi", "모하메드 알하마디", "other", ["محمد الحمادي"]),
            ("Imran Khan Niazi", "임란 칸 니아지", "coworker", ["Imran", "임란"]),
            ("Maria Santos", "마리아 산토스", "other", ["마리아"]),
            ("Rajesh Pillai", "라제시 필라이", "other", ["Rajesh"]),
            ("Kim Song-chol", "김성철", "coworker", []),
            ("O Kwang-nam", "오광남", "coworker", []),
        ],
        "note": "Construction site HSE induction sign-in sheet in English and Arabic from Dubai, Korean, South Asian and Arab names, signatures in Hangul and Arabic script, then NGO notes in Korean; the minder signed as interpreter; Yun/Yoon spellings; surname Jo beside the word job.",
        "text": """HSE INDUCTION — ATTENDANCE SHEET / سجل حضور التدريب التعريفي للسلامة
Project: {{u:Al Furjan}} Residential Tower B, {{u:Dubai}}
Main contractor: {{u:Gulf Horizon Contracting LLC}}    Labour supplier: {{u:Korea Namgang Construction}}
Date: 17/10/2017    Time: 06:00-07:30    Venue: site office cabin 2
Trainer: {{r:Mohammed Al-Hammadi}} / {{r:محمد الحمادي}}    HSE Officer: {{r:Rajesh Pillai}}
Interpreter (Korean): {{r:PAK CHUN IL}}

Topics: PPE, working at height, heat stress (Ramadan and summer hours), permit to work, emergency assembly point (gate 3), reporting of incidents to {{r:Rajesh}} or to the site nurse {{r:Maria Santos}}.

No. | Name / الاسم | Nationality | Passport / ID | Trade | Signature / التوقيع
1 | {{r:KIM SONG CHOL}} | DPRK | 745331xxx | Formwork | {{r:김성철}}
2 | {{p:RI MYONG GUK}} | DPRK | 745332xxx | Formwork | {{p:리명국}}
3 | {{r:YUN KWANG HYOK}} | DPRK | 745334xxx | Steel fixer | {{r:윤광혁}}
4 | {{r:JO CHOL NAM}} | DPRK | 745335xxx | Steel fixer | {{r:조철남}}
5 | {{p:HONG IL SU}} | DPRK | 745336xxx | Steel fixer | {{p:홍일수}}
6 | {{p:CHOE YONG HO}} | DPRK | 745338xxx | Mason | {{p:최영호}}
7 | {{p:KANG MYONG IL}} | DPRK | 745339xxx | Mason | {{p:강명일}}
8 | {{p:SON TAE GWANG}} | DPRK | 745341xxx | Mason | {{p:손태광}}
9 | {{r:RIM CHOL}} | DPRK | 745342xxx | Helper | {{r:림철}}
10 | {{r:O KWANG NAM}} | DPRK | 745343xxx | Helper | {{r:오광남}}
11 | {{r:IMRAN KHAN NIAZI}} | PAK | AB7790xxx | Scaffolder | {{r:Imran}}
12 | {{r:PAK CHUN IL}} | DPRK | 645002xxx | Interpreter / Supervisor | {{r:박춘일}}

Trainer's remarks: Group 1-10 did not answer questions directly; all answers through interpreter Mr. {{r:Pak}}. Recommend Korean-language video for next batch. — {{r:M. Al-Hammadi}}
HSE officer's remarks: No. 6 without safety boots, issued. No. 4 ({{r:Jo}}) did a good job showing the hand signals to the group. No. 9 under 18? Passport says 1998. Checked with {{u:Gulf Horizon}} HR ({{p:Fatima Al-Mansouri}}): OK on paper. — {{r:R. Pillai}}

---- 단체 메모 (면담: {{p:정수빈}}, 통역 없음, 2021. 6.) ----
- 3번 {{r:윤광혁}} 본인 확인. 남한 신분증에는 {{r:Yoon Kwang-hyuk}}으로 되어 있음. "이 종이 기억나요. 서명만 하라고 해서 서명했어요. 무슨 교육인지 몰랐어요."
- {{r:광혁}} 씨 말로는 12번 {{r:박춘일}}은 통역이 아니라 작업반 책임자. 아랍 사람들은 {{r:춘일}}이를 "미스터 {{r:박}}"이라고 불렀고 우리는 "{{r:박}} 책임자"라고 불렀음. 안전화는 {{u:Gulf Horizon}}에서 줬는데 {{r:박춘일}}이 모아서 팔았다고 함.
- 9번 {{r:림철}}: 실제 나이 열일곱. {{r:철}}이는 {{u:남포}} 출신. 여권 나이는 {{r:박}} 책임자가 고쳤다고 {{r:광혁}} 씨는 들었음.
- 4번 {{r:조철남}} 씨와 가장 친했음. "{{r:철남}}이 형은 일 잘했어요. 형 일이 제일 힘들었어요." {{r:조}} 씨는 2018년 여름 열사병으로 쓰러졌고, 간호사 {{r:마리아}}가 얼음을 가져왔다고 함.
- 11번 {{r:Imran}}: 파키스탄 사람. "{{r:임란}}이 담배 주고 같이 웃었어요. {{u:Imran Khan}}하고 이름이 같아서 다들 놀렸어요." (유명인과 이름이 같음, 별개 인물.)
- 트레이너 {{r:Al-Hammadi}} 씨는 친절했지만 한국말을 못 해서 {{r:박}} 책임자가 한 말만 들었다고 함.
- {{r:Yoon}} 씨가 번호를 모르는 사람: 1, 2, 5, 7, 8, 10. 이름만 기억함.""",
    },
    {
        "id": "h31-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chu Song-ae", "주성애", "witness", ["Song-ae"]),
            ("Ok Tae-jin", "옥태진", "witness", ["Tae-jin"]),
            ("Yu Chang-hun", "유창훈", "supervisor", []),
            ("Ham Yong-dok", "함용덕", "witness", []),
            ("Pang Il-nam", "방일남", "witness", []),
            ("Kye Tong-hwan", "계동환", "witness", []),
            ("So Kyong-hui", "소경희", "witness", []),
            ("Cho Hye-won", "조혜원", "other", []),
            ("Kim Da-eun", "김다은", "other", []),
        ],
        "note": "Academic paper findings section with coded respondent quotes, names that slipped through redaction in brackets, cited scholars as public figures, then a confidential respondent key; authors and research assistants are private; codes R1-R9 are not names; surname Ok beside 'OK'.",
        "text": """5. Findings: "The envelope" — wages, deductions and the loyalty fund

{{r:Cho Hye-won}} and {{p:Matthias Berger}}, draft of 3 March 2022 — do not cite

5.1 The envelope as ritual

Every respondent who worked in {{u:Russia}} (n = 6) described a monthly "envelope" (봉투) handed out by the brigade leader. The sum written on the envelope rarely matched its contents. As {{u:Lankov}} (2013) and {{u:Haggard}} and {{u:Noland}} (2011) note, the gap between the nominal wage and cash in hand is the state's real revenue; what our respondents add is the ritual around the gap.

R3 (female, 41, seafood processing, {{u:Hunchun}}): "The leader read out the figure, 2,000 yuan, and then he gave me 300 and said the rest was for the Party. Then we had to clap. Comrade {{p:Ro}} clapped first, always." [{{p:Ro}} = the factory's party secretary; name retained at respondent's request? — check with {{p:MB}}]

R7 (male, 38, construction, {{u:Vladivostok}} and {{u:Kazan}}): "OK, I will tell you how it worked. [name] — sorry, {{r:Yu}}, the leader — wrote two books. One book for the company, one for us."

R1 (male, 52, logging, {{u:Amur Oblast}}): "We called the loyalty fund 'the bucket'. The bucket had no bottom."

R5 (male, 29, shipyard, {{u:Gdynia}}): "In {{u:Poland}} we saw the payslips. The Poles got the same paper. Our paper said 3,000 złoty. I never held a złoty."

5.2 Naming and not naming

Respondents named supervisors far more readily than co-workers. R3 named her brigade leader ("{{p:Paek}}, the short one") and the minder ("we called him {{p:Crow}} because he wore black"), but refused to name any woman on her line. R7 gave the full name of his leader, {{r:Yu Chang-hun}}, three times, and then asked us to delete it. We have. (Note to {{r:Cho}}: the two mentions above still need redaction before submission.)

5.3 Limitations

All interviews were conducted in {{u:Seoul}} and {{u:Busan}} in 2020-2021 by {{r:Cho}} with research assistance from {{r:Kim Da-eun}} and {{p:Priya Raman}}; transcripts were checked by {{p:Berger}}. Funding: {{u:Korea Foundation}} grant KF-2020-117. We thank {{u:NK Watch}} and {{u:Citizens' Alliance for North Korean Human Rights}} for introductions, and {{p:Jang Eun-ji}} for comments on an earlier draft.

APPENDIX C — RESPONDENT KEY (CONFIDENTIAL: remove before submission; keep only on the encrypted drive)

R1 = {{r:Ham Yong-dok}} (함용덕), b. 1970, {{u:Tynda}} 1998-2012. Contact via {{r:Kim Da-eun}}.
R2 = {{p:Yu Myong-ja}} (유명자), b. 1984, garment factory, {{u:Dandong}}. Not related to {{r:Yu Chang-hun}}.
R3 = {{r:Chu Song-ae}} (주성애), b. 1981, seafood, {{u:Hunchun}} 2014-2018. {{r:Song-ae}} prefers calls after 8 p.m.
R4 = {{r:Pang Il-nam}} (방일남), b. 1976, mine, {{u:Erdenet}}.
R5 = {{r:Kye Tong-hwan}} (계동환), b. 1993, shipyard, {{u:Gdynia}} 2016-2017.
R6 = {{r:So Kyong-hui}} (소경희), b. 1988, restaurant, {{u:Vientiane}}.
R7 = {{r:Ok Tae-jin}} (옥태진), b. 1984, construction. {{r:Tae-jin}} said OK to audio recording but not video. {{r:Ok}} asks to be told when the paper is published.
R8 = {{p:Ri Sun-bok}} (리순복), b. 1979, construction, {{u:Kuwait City}}.
R9 = {{p:Mun Hak-su}} (문학수), b. 1990, fishing vessel, no fixed port.
Persons named by respondents: {{r:Yu Chang-hun}} (R7's leader); {{p:Paek}} (R3's leader, given name unknown); "{{p:Crow}}" (R3's minder, = {{p:Kwon Tae-ryong}} according to R8? unconfirmed); {{p:Ro}} (party secretary, {{u:Hunchun}}).
Key kept by {{r:Cho}}; second copy with {{p:Berger}} in {{u:Leiden}}.""",
    },
    {
        "id": "h31-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jong Dok-man", "정덕만", "other", ["덕만", "Jeong Deok-man"]),
            ("Kim Sun-ok", "김순옥", "witness", ["순옥", "金顺玉"]),
            ("Pak Chang-su", "박창수", "supervisor", ["창수"]),
            ("Wang Jianguo", "왕젠궈", "supervisor", ["王建国", "王"]),
            ("Hyang-mi", "향미", "coworker", []),
            ("Jong Dok-su", "정덕수", "relative", []),
        ],
        "note": "Forensic text-message dump from a broker's seized phone; contact names glued to titles (박반장, 王总), a fullwidth contact name, a zero-width space inside a name, the worker's name in Chinese characters; surname 송 beside 송금, 안 as negation; Dandong seafood factory.",
        "text": """디지털 증거 분석 결과 보고서 (발췌) — 문자메시지 목록
사건번호: 2023형제0412  |  분석관: 경사 {{p:한지수}} ({{u:인천경찰청}} 사이버수사대)
압수물: 휴대전화 1대 ({{u:삼성}} 갤럭시 A52), 사용자 {{r:정덕만}} (1968년생)
추출 도구: {{u:Cellebrite}} UFED 7.58 / 추출일 2023-05-19

번호 | 일시 | 방향 | 상대방 저장명 | 내용
0412-001 | 2023-03-02 07:41 | 수신 | {{r:王}}总 (+86 139****2210) | 人到了没有?
0412-002 | 2023-03-02 07:55 | 발신 | {{r:王}}总 | 到了。三个人。{{r:金顺玉}}也来了。
0412-003 | 2023-03-02 09:10 | 수신 | {{r:박}}반장 {{u:단동}} | 형님 {{r:순옥}}이 공장 들어갔습니다. {{p:최}} 과장이 방 배정했습니다.
0412-004 | 2023-03-02 09:14 | 발신 | {{r:박}}반장 {{u:단동}} | 수고했다. {{p:최}} 과장한테 폰 걷지 말라고 해라. 연락은 되게.
0412-005 | 2023-03-02 21:30 | 발신 | {{r:순옥}}이엄마 | 어머니 {{r:순옥}}이 잘 도착했어요. 돈은 다음 달에 {{p:명숙}}이 편에 보낼게요. 걱정 마세요.
0412-006 | 2023-03-03 06:02 | 수신 | 큰형 | {{r:덕만}}아 조심해라. {{u:인천}}에서 {{p:송}} 사장 잡혀갔다. 송금 당분간 하지 마라.
0412-007 | 2023-03-03 06:40 | 발신 | 큰형 | 형님 {{p:송}} 사장은 우리랑 상관없어요. 안 걸려요.
0412-008 | 2023-03-09 23:17 | 수신 | {{r:Ｓｕｎｏｋ}} | 삼촌 저 {{r:순옥}}이에요. 여기 하루 열네 시간 일해요. 게 손질. 손이 다 터졌어요. {{p:최}} 과장이 폰 걷어요. 이거 {{r:향미}} 언니 폰이에요.
0412-009 | 2023-03-09 23:20 | 발신 | {{r:Ｓｕｎｏｋ}} | 조금만 참아라. 석 달만 버티면 {{r:박}}반장이 다른 데 옮겨 준다.
0412-010 | 2023-03-10 08:05 | 수신 | {{r:王}}总 | 老{{r:朴}}说那个女的不听话。你管一下。
0412-011 | 2023-03-10 08:30 | 발신 | {{r:王}}总 | 我会说的。{{r:王}}总放心。
0412-012 | 2023-03-15 12:44 | 수신 | {{r:박}}반장 {{u:단동}} | 형님 {{r:순\u200b옥}}이가 {{r:향미}}하고 같이 나가겠다고 합니다. {{p:최}} 과장이 알면 큰일 납니다.
0412-013 | 2023-03-15 12:50 | 발신 | {{r:박}}반장 {{u:단동}} | 내가 말할게. {{r:박창수}} 너는 가만히 있어.
0412-014 | 2023-03-21 19:02 | 수신 | {{r:순옥}}이엄마 | {{r:덕만}}씨 우리 {{r:순옥}}이 전화가 안 돼요. 무슨 일 있어요? 돈 안 와도 되니까 목소리만 듣게 해 줘요 😢
0412-015 | 2023-03-21 19:30 | 발신 | {{r:순옥}}이엄마 | 어머니 공장에서 폰을 못 쓰게 해서 그래요. 잘 있어요.
0412-016 | 2023-04-02 02:13 | 수신 | +86 150****7781 | 삼촌 저 {{r:김순옥}}. 나왔어요. {{r:향미}} 언니랑 {{u:선양}}에 있어요. 도와주세요. {{r:王}}사장한테 말하지 마세요.
0412-017 | 2023-04-02 02:20 | 발신 | +86 150****7781 | 어디야. 주소 보내.
0412-018 | 2023-04-02 07:00 | 발신 | {{r:王}}总 | 人跑了。在{{u:沈阳}}。
0412-019 | 2023-04-04 10:11 | 수신 | 큰형 | {{r:덕만}}아 그 애 찾지 마라. 니가 다친다.
0412-020 | 2023-04-05 15:40 | 수신 | {{u:KB국민은행}} | [Web발신] {{r:정*만}}님 해외송금 CNY 8,000 처리완료

분석관 의견:
1. 저장명 "큰형"은 {{r:정덕만}}의 친형 {{r:정덕수}}(1961년생)로 추정됨 (통화 목록, 가족관계증명서 대조).
2. 저장명 "{{r:박}}반장 {{u:단동}}"의 번호는 중국 번호로, 0412-013에서 스스로 "{{r:박창수}}"라고 함. 동일인으로 판단.
3. "{{r:王}}总"은 {{u:단동}} 소재 수산물 가공업체 {{u:丹东海华水产有限公司}} 대표 {{r:王建国}}으로 추정. 0412-010의 "老{{r:朴}}"는 {{r:박창수}}를 가리키는 것으로 보임.
4. "{{r:Ｓｕｎｏｋ}}"(전각 문자로 저장됨)과 "{{r:金顺玉}}", "{{r:순옥}}"은 모두 피해자 {{r:김순옥}}(2001년생)으로 판단됨. 0412-012의 "{{r:순\u200b옥}}"에는 폭 없는 공백(U+200B)이 들어 있어 단순 검색에서 누락됨. 주의.
5. "{{r:향미}} 언니"는 같은 공장 노동자로 보이나 성명 미상. 피해자 진술 시 확인 요망 (담당: 경위 {{p:오세진}}).""",
    },
    {
        "id": "h31-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Chang-ho", "신창호", "witness", ["창호"]),
            ("Mun Tal-sik", "문달식", "coworker", ["달식"]),
            ("Om", "엄", "supervisor", ["임"]),
            ("Ho", "허", "official", []),
            ("Kolya", "꼴랴", "other", ["니꼴라이", "Nikolai"]),
            ("Ryu Jong-suk", "류정숙", "relative", []),
            ("Ok-sil", "옥실", "relative", []),
        ],
        "note": "Photo transcription of a logger's handwritten diary from the Amur region with illegible parts, a partly unreadable name, crossed-out words and transcriber's notes; surname 문 beside 문 (door), given name 달식 beside 달 (moon), surname 허 beside laughter 허허; Russian driver's diminutive.",
        "text": """[손글씨 일기장 사진 판독본]
원본: 공책 1권 (러시아제, 표지 "ТЕТРАДЬ"), 사진 23장 중 9~12번
판독: {{p:이하늘}} (자원봉사) / 검수: {{p:조은비}}
표기: [판독 불가] 읽을 수 없음, [?] 추정, (줄 그음: …) 지운 글자

— 사진 9 —
1999년 1월 3일 맑음. 영하 41도.
아침 점호. {{r:엄}} 작업반장이 [판독 불가] 동무들을 세워 놓고 계획 미달이라고 한 시간 세워 두었다. {{r:달식}}이가 발가락이 얼었다. 문을 꼭 닫고 자라고 했는데 {{r:문}} 동무는 난로 옆이 덥다고 자꾸 문을 연다. 그래서 내 자리가 춥다. 그래도 {{r:문달식}}이 없으면 나는 벌써 죽었을 것이다.

1999년 1월 7일 눈.
{{p:김[?]철}} 동무가 손가락을 잘렸다. 톱날이 튀었다. 피가 눈 위에 [판독 불가]. {{u:틴다}} 병원에 보내 달라고 했더니 {{r:엄}} 반장이 "피 좀 났다고 병원이냐" 했다. 지도원 {{r:허}} 동무는 허허 웃기만 했다. {{r:허}}가 웃을 때가 제일 무섭다.

— 사진 10 —
1999년 1월 15일 흐림.
러시아 운전수 {{r:꼴랴}}가 빵 두 덩이를 줬다. {{r:꼴랴}}의 진짜 이름은 {{r:니꼴라이}}라고 한다. 성은 (줄 그음: 뻬뜨로[?]) 모르겠다. {{r:달식}}이는 {{r:꼴랴}}가 준 빵을 반으로 나눠서 반은 [판독 불가]에게 주었다.
편지를 쓰고 싶다. 어머니 {{r:류정숙}}, 안해 {{r:옥실}}이, 딸 {{p:은주}}. {{p:은주}}는 올해 학교에 들어갔을 것이다. 편지는 {{u:하바롭스크}} 대표부를 거쳐야 하는데 {{r:허}} 지도원이 다 읽는다. 그래서 안 쓴다.

1999년 1월 20일 맑음. 달이 밝다.
밤에 {{r:달식}}이가 달을 보고 "저 달은 {{u:함흥}}에서도 보이겠지" 했다. 이름에 달이 들어가서 그런지 {{r:달식}}이는 달 얘기를 잘 한다. 나는 대답하지 않았다. [판독 불가 2줄]

— 사진 11 —
1999년 2월 2일.
{{r:엄}} 반장이 {{r:달식}}이를 때렸다. {{r:문}} 동무가 러시아 가게에서 담배를 바꿨다는 것이다. 내가 바꾼 것이다. 말하지 못했다. (줄 그음: 나는 비겁하다)
{{u:조선}} 임업대표부에서 검열 나온다고 한다. 검열관은 {{p:방}}[?] 부장이라고 한다.

1999년 2월 11일 바람.
{{p:김[?]철}} 동무 손이 썩는다. {{r:꼴랴}}가 몰래 {{u:틴다}}까지 태워 주겠다고 했는데 {{r:허}} 지도원이 먼저 알았다. {{r:꼴랴}}는 다시 오지 않았다.

— 사진 12 —
1999년 2월 16일. (장군님 탄생일)
고기국이 나왔다. {{u:김정일}} 장군님 덕이라고 {{r:엄}} 반장이 말했다. {{r:달식}}이가 고기를 나에게 덜어 주었다. "{{r:창호}}야 너 먹어라." [판독 불가]
내 이름 {{r:신창호}}. 이 공책을 누가 보면 {{u:함흥}}시 [판독 불가]동 {{r:류정숙}}에게 전해 주시오.

※ 판독자 주 ({{p:이하늘}}): 9번 사진 하단과 12번 사진의 "{{r:신창호}}" 서명은 표지 안쪽 이름과 같음. "{{r:엄}}"은 필체상 "{{r:임}}"일 수도 있음. "{{p:방}}[?] 부장"의 이름은 읽을 수 없음.
※ 검수자 주 ({{p:조은비}}): 2월 2일 끝의 줄 그은 문장은 빛에 비춰 읽음. 공책 주인 {{r:창호}} 씨 본인 확인 필요 — 담당 {{p:안미정}} 간사.""",
    },
    {
        "id": "h31-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ho Kwang-myong", "허광명", "witness", ["Heo Kwang-myeong", "Kwang-myong", "광명"]),
            ("Ri Hye-gyong", "리혜경", "relative", ["Lee Hye-kyung", "Hye-gyong", "혜경"]),
            ("Kye Yong-su", "계용수", "supervisor", ["영감", "Old Man"]),
            ("Ju Kyong-nam", "주경남", "official", []),
            ("Ma Yong-ho", "마영호", "coworker", ["영호", "Yong-ho"]),
            ("Jisoo Kim", "김지수", "other", ["Jisoo"]),
        ],
        "note": "Translation memory export, tab-separated Korean source and English target segments with translator handles as creators; the same names in Hangul and in romanisation, a target-side misspelling, a zero-width space inside a romanised name; Qatar construction; translator notes on 동무 and 반장.",
        "text": """# TM export (TMX -> TSV) | project: NKW-2023-Testimonies-QA | ko-KR -> en-GB | 2023-11-08 16:02 | exported by: {{p:m.nowak}}
# columns: id\tsource\ttarget\tcreator\tchanged
0001\t{{r:허광명}} 씨는 2017년 {{u:카타르}} {{u:루사일}} 현장에 파견되었다.\tMr {{r:Ho Kwang-myong}} was sent to the {{u:Lusail}} site in {{u:Qatar}} in 2017.\t{{r:jisoo.kim}}\t2023-10-02
0002\t작업반장은 {{r:계용수}}였고, 다들 그를 "{{r:영감}}"이라고 불렀다.\tThe brigade leader was {{r:Kye Yong-su}}; everyone called him "the {{r:Old Man}}".\t{{r:jisoo.kim}}\t2023-10-02
0003\t{{r:계}} 반장은 여권을 금고에 넣고 열쇠를 목에 걸고 다녔다.\tForeman {{r:Kye}} kept the passports in a safe and wore the key round his neck.\t{{r:jisoo.kim}}\t2023-10-02
0004\t아내 {{r:리혜경}}은 {{u:평성}}에서 두 아이를 키우고 있었다.\tHis wife, {{r:Ri Hye-gyong}}, was raising their two children in {{u:Pyongsong}}.\t{{r:jisoo.kim}}\t2023-10-03
0005\t{{r:혜경}}이가 보낸 마지막 편지는 2018년 설에 받았다.\tThe last letter from {{r:Hye-gyong}} reached him at New Year 2018.\t{{p:aisha.r}}\t2023-10-05
0006\t남한에서는 {{r:이혜경}}이라고 써야 한다고 들었다.\tHe had been told that in the South her name would be written {{r:Lee Hye-kyung}}.\t{{p:aisha.r}}\t2023-10-05
0007\t같은 방을 쓴 {{r:마영호}}는 {{u:원산}} 사람이었다.\tHis roommate, {{r:Ma Yong-ho}}, was from {{u:Wonsan}}.\t{{p:aisha.r}}\t2023-10-05
0008\t{{r:영호}}는 "마, 참아라" 하고 늘 말했다.\t{{r:Yong-ho}} always said, "Come on, put up with it."\t{{p:aisha.r}}\t2023-10-05
0010\t그 회사 이름은 {{u:알 자지라 건설}}이었다.\tThe company was {{u:Al Jazeera Construction}}.\t{{r:jisoo.kim}}\t2023-10-09
0012\t{{r:주}} 지도원이 {{u:도하}}의 대사관에서 한 달에 한 번 왔다.\tThe minder, {{r:Ju}}, came from the embassy in {{u:Doha}} once a month.\t{{p:m.nowak}}\t2023-10-12
0013\t{{r:주경남}} 지도원은 {{r:광명}}이에게 "너는 사상이 글렀다"고 했다.\tThe minder {{r:Ju Kyong-nam}} told {{r:Kwang-myong}}, "Your thinking is rotten."\t{{p:m.nowak}}\t2023-10-12
0014\t{{r:허광명}}은 2019년 3월 {{u:하마드 국제공항}}에서 탈출했다.\t{{r:Ho Kwang-myoung}} escaped at {{u:Hamad International Airport}} in March 2019.\t{{p:m.nowak}}\t2023-10-13
0015\t{{r:허}} 씨는 {{u:주카타르 대한민국 대사관}}에 전화했다.\tMr {{r:Ho}} phoned the {{u:Embassy of the Republic of Korea in Qatar}}.\t{{p:aisha.r}}\t2023-10-14
0016\t전화를 받은 사람은 {{p:송민재}} 영사였다.\tThe call was taken by Consul {{p:Song Min-jae}}.\t{{p:aisha.r}}\t2023-10-14
0017\t{{p:송}} 영사는 "안 돼요, 거기 계세요"라고만 했다.\tConsul {{p:Song}} said only, "No, stay where you are."\t{{p:aisha.r}}\t2023-10-14
0018\t{{r:Ho Kwang\u200bmyong}} / {{r:허광명}} — 이름 표기 통일 필요\t{{r:Ho Kwang-myong}} — unify spelling (see 0014: "{{r:Kwang-myoung}}" is a typo)\t{{p:m.nowak}}\t2023-11-08
# translator notes ({{r:jisoo.kim}}): 동무 -> "comrade" only in direct speech, otherwise drop. 반장 -> "foreman" (construction) / "brigade leader" (logging). Nicknames -> English, capitalised.
# reviewer ({{p:Aisha Rahman}}): 0018 source contains U+200B inside the name. Please clean before re-import, {{r:Jisoo}}. Also 0008 "마" is an interjection, not the surname {{r:Ma}}; fine as is.
# QA sign-off: {{p:Magdalena Nowak}}, 2023-11-08""",
    },
    {
        "id": "h31-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Tok-son", "김덕선", "witness", ["Tok-son", "Kim Deok-seon"]),
            ("Do Sang-gil", "도상길", "coworker", ["Sang-gil"]),
            ("Jess Whitfield", "제스 휘트필드", "other", ["Jess"]),
            ("Min-ho Park", "박민호", "other", ["Min-ho"]),
            ("Alina Vasquez", "알리나 바스케스", "other", []),
            ("Pae Myong-son", "배명선", "supervisor", []),
            ("Ri Tong-hun", "리동훈", "official", []),
            ("Tamara Ivanovna", "타마라 이바노브나", "other", []),
            ("Leah Osei-Bonsu", "리아 오세이본수", "other", []),
            ("Yerin Kwak", "곽예린", "other", []),
        ],
        "note": "Podcast show notes with timestamps, credits, links and a list of supporters with first names, last initials and handles; hosts and producer are private; public author Kang Chol-hwan beside a supporter's handle with Kang; surname Do beside 'Do listen'; 'ma' as mother.",
        "text": """{{u:Borderlines}} — Episode 47: "The bucket had no bottom"
Logging camps in the {{u:Russian Far East}}, 1995-2015
Released 14 March 2024 · 58 min · Explicit (descriptions of injury)

This week {{r:Jess Whitfield}} and {{r:Min-ho Park}} talk to {{r:Kim Tok-son}}, who spent eleven years cutting timber for the North Korean state in {{u:Amur Oblast}} and {{u:Khabarovsk Krai}}, and to historian Dr. {{r:Alina Vasquez}} about how the Soviet-era logging agreements survived the end of the {{u:Soviet Union}}. {{r:Tok-son}} — he asked us to call him Mr {{r:Kim}} on air, then laughed and said "just {{r:Tok-son}}, half of {{u:Korea}} is Mr Kim" — describes the "bucket", the loyalty fund that swallowed his wages, and the night his friend {{r:Do Sang-gil}} walked out of camp 12 into minus thirty.
Timestamps
[00:00] Cold open: {{r:Tok-son}} on the sound of a chainsaw at -40°C
[02:15] {{r:Jess}} and {{r:Min-ho}} introduce the episode; a correction from ep. 45 (thanks, {{p:Hyun-woo}})
[05:40] How {{r:Kim}} was selected: the "clean family background" check, and his ma's tears at {{u:Pyongyang Station}}
[11:02] Arrival at {{u:Tynda}}; the brigade leader {{r:Pae Myong-son}} and his deputy "{{p:Mouse}}"
[17:30] The bucket: how deductions worked, with Dr. {{r:Vasquez}}
[24:10] {{r:Sang-gil}}: "{{r:Do}} never complained, so when he left, nobody believed it"
[31:45] Russian villagers, bartering, and a schoolteacher called {{r:Tamara Ivanovna}}
[38:20] The minder {{r:Ri Tong-hun}} and the Sunday "life review" sessions
[44:00] What happened to {{r:Do Sang-gil}}: a letter from {{u:Vladivostok}}, 2009
[50:30] {{r:Kim Deok-seon}} today in {{u:Cheonan}}; why he still cannot eat potatoes
[55:10] Listener questions, read by {{r:Min-ho}}

Links
- {{r:Tok-son}}'s testimony (redacted) at the {{u:Database Center for North Korean Human Rights}}
- Dr. {{r:Vasquez}}'s article in {{u:Europe-Asia Studies}}, 2021
- {{u:Kang Chol-hwan}}, The Aquariums of {{u:Pyongyang}} (mentioned at 31:45)
- Do listen to episode 31, our interview with a former {{u:Mansudae}} painter
- Listen on {{u:Spotify}}, {{u:Apple Podcasts}} or wherever you get your podcasts

Credits
Hosts: {{r:Jess Whitfield}}, {{r:Min-ho Park}}
Producer: {{r:Leah Osei-Bonsu}}
Korean-English interpreting: {{r:Yerin Kwak}}
Music: "Taiga" by {{p:Kwame Asante}}
Contact: {{r:jess}}@borderlinespod.net

Thank you to our supporters on {{u:Patreon}}: {{p:Jenny L.}}, {{p:Dae-hyun}}, @{{p:sunny_kang}}, {{p:Oluwaseun A.}} and the {{p:O'Briens}}, and to Grandma {{p:Ruth}}, who listens every week.

{{u:Borderlines}} is made with support from {{u:Open Society Foundations}}. Opinions are those of the guests. {{r:Kim Tok-son}} appears with his consent; names of people still in {{u:North Korea}} have been changed.""",
    },
    {
        "id": "h31-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kil Sang-pil", "길상필", "witness", ["KSP", "Sang-pil", "Jin Xiangbi"]),
            ("Kil Mi-ran", "길미란", "relative", ["Mi-ran", "Mimi"]),
            ("Kye Won-chol", "계원철", "supervisor", []),
            ("Ri Pong-su", "리봉수", "official", []),
            ("Abu Khalid", "아부 칼리드", "supervisor", []),
            ("Seo Jae-hyun", "서재현", "other", []),
            ("Owen Pritchard", "오언 프리처드", "other", []),
        ],
        "note": "UK asylum appeal decision with anonymity direction; appellant by initials and by a Chinese alias in capitals; judge, counsel, presenting officer, interpreter and expert as private persons; cousin's childhood nickname; Russia and Kuwait work history; sentence-initial So and No; column spacing in the header.",
        "text": """IN THE {{u:FIRST-TIER TRIBUNAL}}
(IMMIGRATION AND ASYLUM CHAMBER)                                  Appeal Number: PA/04417/2022

Heard at {{u:Taylor House}}                                              Decision & Reasons Promulgated
On 9 May 2023                                                    On 2 June 2023

Before
FIRST-TIER TRIBUNAL JUDGE {{p:HARGREAVES}}

Between
{{r:KSP}}
(ANONYMITY DIRECTION MADE)
Appellant
and
THE {{u:SECRETARY OF STATE FOR THE HOME DEPARTMENT}}
Respondent

Representation:
For the Appellant: Mr {{p:A. Malik}}, Counsel, instructed by {{u:Duncan Lewis Solicitors}}
For the Respondent: Ms {{p:R. Okafor}}, Senior {{u:Home Office}} Presenting Officer

DECISION AND REASONS

Anonymity
1. Unless and until a tribunal or court directs otherwise, the appellant is granted anonymity. No report of these proceedings shall directly or indirectly identify him or any member of his family. I refer to him as {{r:KSP}}.

Background
2. The appellant is a national of the {{u:Democratic People's Republic of Korea}} born in 1982 in {{u:Chongjin}}. He arrived in the {{u:United Kingdom}} on 3 February 2021 using a Chinese passport in the name of {{r:JIN XIANGBI}} and claimed asylum the following day at {{u:Croydon}}. The respondent refused the claim on 11 April 2022, accepting his nationality but finding that he could avail himself of the protection of the {{u:Republic of Korea}}.

3. The appellant's account is as follows. Between 2010 and 2016 he was sent by the {{u:Korea Rungra 888 Trading Company}} to work on building sites in {{u:Ussuriysk}} and then {{u:Vladivostok}}. His brigade leader was a man named {{r:Kye Won-chol}}. In 2016 he was transferred to {{u:Kuwait}}, where he worked on a housing project for a sponsor he knew as {{r:Abu Khalid}}. A political minder, {{r:Ri Pong-su}}, held the workers' passports. In 2019 {{r:Ri}} accused the appellant of listening to South Korean radio and told him he would be sent home. He left the workers' compound in {{u:Jahra}} at night with the help of a Chinese driver, {{p:Zhang}}, who arranged for him to travel to {{u:China}} and obtain a Chinese passport in the name {{r:Jin Xiangbi}}. The passport was genuine but obtained by bribery.

4. The appellant's cousin, {{r:Kil Mi-ran}}, has lived in {{u:Manchester}} since 2009 and holds British citizenship. She gave evidence before me.

The hearing
5. I heard oral evidence from the appellant through a Korean interpreter, Mr {{r:Seo Jae-hyun}}, and from Ms {{r:Kil}}. The appellant and interpreter confirmed that they understood each other. The appellant adopted his witness statements of 12 January and 2 May 2023.

6. In cross-examination Ms {{p:Okafor}} put to the appellant that he had not mentioned {{r:Abu Khalid}} in his screening interview. The appellant said that he had been frightened and did not know what the interviewing officer wanted. So far as he was concerned, the sponsor was not important; {{r:Ri}} was.

7. Ms {{r:Mi-ran}} told me that she had spoken to the appellant by telephone in 2018 when he was in {{u:Kuwait}}, using a phone lent to him by a Bangladeshi co-worker, {{p:Rafiqul}}. She recognised his voice and his childhood nickname for her, "{{r:Mimi}}". No challenge was made to that part of her evidence.

8. I was also provided with a report by Dr {{r:Owen Pritchard}}, a researcher on North Korean overseas labour. Dr {{r:Pritchard}} confirms that the companies and places the appellant describes are consistent with published material, including reports of the {{u:UN Panel of Experts}} and of the {{u:International Labour Organization}}. Ms {{p:Okafor}} did not challenge his expertise.

Findings
9. I find the appellant a credible witness. His account of the brigade leader {{r:Kye}} and the minder {{r:Ri Pong-su}} was detailed and consistent across three interviews and with the evidence of his cousin. The discrepancy as to {{r:Abu Khalid}} is adequately explained.

10. No issue was taken with the genuineness of the Chinese passport. The respondent's case is that the appellant, as a North Korean national, is entitled to South Korean nationality and could seek the protection of the {{u:Republic of Korea}}. Mr {{p:Malik}} submitted that the appellant's use of the identity "{{r:Jin Xiangbi}}" would be treated by the South Korean authorities as evidence that he had acquired Chinese nationality, with the result that his access to South Korean protection was uncertain. He relied on a letter from a South Korean lawyer, Mr {{p:Lee Jun-ho}}, describing two cases in which the {{u:Ministry of Unification}} delayed protection decisions for applicants holding Chinese passports.

11. Having considered Mr {{p:Lee}}'s letter with care, I am not persuaded that it establishes more than delay. [Paragraphs 12 to 19, on the law, omitted in this copy.]

Decision
20. The appeal is allowed on asylum grounds, for reasons set out above. So far as the appellant's family in {{u:Chongjin}} is concerned, the anonymity direction continues.

Signed: {{p:J. Hargreaves}}
Judge of the {{u:First-tier Tribunal}}                                          Date: 30 May 2023

[Forwarded to the NGO by {{r:Sang-pil}}'s cousin {{r:Mi-ran}} with the note: "please keep {{r:KSP}}'s real name out of your database — the interpreter {{r:Seo}} knows our family."]""",
    },
    {
        "id": "h31-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Son Myong-chol", "손명철", "witness", ["Myong-chol"]),
            ("An Jong-hun", "안정훈", "coworker", ["Jong-hun"]),
            ("Kim Hyok", "김혁", "supervisor", []),
            ("Nam Hyun-joo", "남현주", "other", []),
            ("Janina Kowalczyk", "야니나 코발치크", "other", []),
            ("Andrzej M.", "안제이 M.", "other", ["Andrzej"]),
            ("Wojciech Rogalski", "보이치에흐 로갈스키", "supervisor", ["Wojciech R."]),
            ("D. Wiśniewska", "비시니에프스카", "official", ["Wiśniewska"]),
            ("Ri Chol-ho", "리철호", "official", []),
        ],
        "note": "Polish police incident log translated into English, with call signs, ranks in Polish abbreviations, names in capitals and a Polish driver by first name and initial; witness surname Son beside 'his son', coworker An beside the article 'An'; Gdańsk shipyard workers in a van.",
        "text": """{{u:KOMENDA MIEJSKA POLICJI W GDAŃSKU}} — INCIDENT LOG (extract)
Incident no. KMP-GD/2017/11/0342 · 14-15.11.2017
Translated from Polish for {{u:Bridges for North Korean Workers}} by {{p:M. Grabowska}}; call signs and ranks left as in original.

21:47 Call to 112. Caller: {{r:Janina Kowalczyk}}, ul. {{u:Marynarki Polskiej}} 12/4. "Men shouting inside a white van in the car park, one of them is bleeding." Operator: {{p:M. Wrona}}.
21:49 DYŻURNY (asp. szt. {{p:T. Kozłowski}}) → GDA-14: go to ul. {{u:Marynarki Polskiej}}, car park behind {{u:Biedronka}}.
21:50 GDA-14 (sierż. {{p:P. Lewandowski}}, st. post. {{p:K. Nowak}}): received, ETA 8 min.
21:58 DYŻURNY → GDA-22: support GDA-14.
22:03 GDA-14 on scene. White {{u:Ford Transit}} GD 4417K. Nine Asian men, driver Polish: {{r:Andrzej M.}}, b. 1979, says he drives workers from the hostel to {{u:Stocznia Gdańska}} for an agency, {{u:Nordwerk Sp. z o.o.}}.
22:06 GDA-14: one injured man, cut above the eye, conscious. Identifies himself as {{r:SON MYONG CHOL}}, DPRK. An older man stands in front of him and answers for him.
22:09 GDA-22 (st. sierż. {{p:B. Zając}}, post. {{r:D. Wiśniewska}}) on scene.
22:15 GDA-14: the older man gives his name as {{r:KIM HYOK}}, says he is "kierownik" (group leader), holds 9 passports in a bag. Refuses to hand them over. States the injured man "fell".
22:18 DYŻURNY: request ambulance. {{u:Pogotowie Ratunkowe}} dispatched.
22:22 GDA-22: post. {{r:Wiśniewska}} separates the injured man from the group. Man says in Russian "ne upal" (did not fall), points at {{r:KIM}}.
22:31 Ambulance on scene. {{r:SON}} taken to {{u:Szpital Specjalistyczny im. Mikołaja Kopernika}}. Post. {{r:Wiśniewska}} accompanies.
22:40 DYŻURNY arranges Korean interpreter by phone: {{r:Nam Hyun-joo}} (list of sworn interpreters, {{u:Warszawa}}).
22:52 GDA-14: second man, {{r:AN JONG HUN}}, b. 1988, states via interpreter {{r:Nam}} that {{r:KIM}} hit {{r:SON}} with a torch because {{r:Son}} asked about wages. {{r:An}} asks not to be sent back to the hostel tonight.
23:05 {{r:Andrzej M.}} states he saw nothing, was outside smoking. Phone of agency coordinator: {{r:Wojciech R.}}, does not answer.
23:20 {{r:KIM HYOK}} taken to KMP for identity check. Passports (9) secured as evidence, list attached (see annex).
23:41 Hospital, post. {{r:Wiśniewska}}: {{r:Son}} has 4 stitches, will stay overnight. Through interpreter: "my son is seven, he is in {{u:Nampo}}, if I go to the police my son will suffer". Repeated several times.
23:55 {{r:An Jong-hun}} and the remaining 6 workers taken to the hostel at ul. {{u:Przemysłowa}} by GDA-22. {{r:An}} refuses. Allowed to stay at KMP until morning at his request (room 3).
07:45 {{r:Wojciech Rogalski}} (agency coordinator) arrives at KMP, asks for passports "of his employees". Refused.
08:20 Call from a man who says he is from the embassy of the DPRK in {{u:Warsaw}}, gives name {{r:Ri Chol-ho}}, asks where {{r:Son}} and {{r:An}} are. Not given.
09:30 {{r:Myong-chol}} discharged; interviewed at KMP with {{r:Jong-hun}} present as he requested, interpreter {{r:Nam Hyun-joo}} in person. Statements separately recorded (RSD 12/17, 13/17).
11:00 Case passed to {{u:Prokuratura Rejonowa Gdańsk-Oliwa}}. Log closed by asp. {{p:E. Szymańska}}.

Annex — passports secured (as written in log):
1 {{r:KIM HYOK}} · 2 {{r:SON MYONG CHOL}} · 3 {{r:AN JONG HUN}} · 4 {{p:RI SONG IL}} · 5 {{p:PAK CHOL UNG}} · 6-9 (names illegible on the copy)

[Translator's note, {{p:M. Grabowska}}: "asp. szt.", "sierż.", "post." are police ranks; GDA-14 and GDA-22 are patrol call signs, not names.]""",
    },
    {
        "id": "h31-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ro Kyong-su", "로경수", "witness", ["노경수", "경수"]),
            ("Yang Mi-ok", "양미옥", "relative", ["미옥"]),
            ("Ro Man-sok", "로만석", "relative", []),
            ("Pang Sun-dok", "방순덕", "relative", []),
            ("Ro Kyong-ho", "로경호", "relative", []),
            ("Ro Kyong-hui", "로경희", "relative", ["경희"]),
            ("U Jong-ja", "우정자", "relative", []),
            ("Yang Mi-son", "양미선", "relative", ["미선"]),
            ("Ro Un-byol", "로은별", "relative", ["은별"]),
            ("Ro Un-jong", "로은정", "relative", ["노은정"]),
            ("To Myong-chol", "도명철", "supervisor", []),
            ("Igor", "이고르", "other", []),
        ],
        "note": "Social worker's family tree description for a defector family, three generations, kinship terms attached to names, North (로) and South (노) spellings of one surname, a clan seat mentioned as a place; 노 also as the word 노 (oar) and 아니오; father worked in Kuwait and Russia.",
        "text": """가계도 설명 (사례 번호 KR-2291)
작성: {{p:윤서진}} (사회복지사) / 면담 대상: {{r:양미옥}} (어머니) / 작성일 2022. 8. 17.
※ 가계도 그림은 첨부 파일 참조. 아래는 그림의 설명임.

1. 친가
- 할아버지 {{r:로만석}} (1931~1997, {{u:함경북도}} {{u:길주군}}). 본관은 {{u:함평}}이라고 함. 광산 노동자. 고난의 행군 때 사망.
- 할머니 {{r:방순덕}} (1935~2010). 할아버지 사망 후 큰아들 {{r:로경호}} 집에서 지냄.
- 큰아버지 {{r:로경호}} (1955~). 철도 노동자, {{u:김책시}} 거주 추정. 큰어머니 {{p:허정애}}.
- 고모 {{r:로경희}} (1958~). 고모부 {{p:채기철}}. 고모는 1999년 {{u:중국}}으로 건너갔다가 2003년 강제 북송. 이후 소식 없음. {{r:미옥}} 씨는 "{{r:경희}} 형님이 제일 불쌍하다"고 함.
- 아버지 {{r:로경수}} (1961~). 남한 신분증에는 {{r:노경수}}. 2001~2006년 {{u:쿠웨이트}} 건설 현장, 2008~2013년 {{u:러시아}} {{u:하바롭스크}} 건설 현장에 파견. 2013년 {{u:하바롭스크}}에서 탈출, 2014년 입국. 현재 {{u:인천}} {{u:남동구}} 거주. {{r:경수}} 씨는 본인의 성을 "로"로 써 달라고 요청함. "노 젓는 노가 아니라 로다"라고 함.

2. 외가
- 외할아버지 {{p:양태호}} (1933~1989). 외할머니 {{r:우정자}} (1937~). {{r:우}} 할머니는 현재 {{u:회령}}에 계신다고 함.
- 어머니 {{r:양미옥}} (1965~). 2015년 딸과 함께 탈북, 2016년 입국. 남편 {{r:경수}} 씨와 {{u:인천}}에서 재결합.
- 이모 {{r:양미선}} (1968~). 이모부 {{p:김덕호}}. {{r:미선}} 이모는 2019년까지 {{r:미옥}} 씨와 브로커를 통해 연락했으나 이후 끊김.
- 외삼촌 {{p:양철민}} (1972~). {{p:철민}}이 외삼촌도 2010년대 초 {{u:러시아}}에 벌목공으로 파견되었다고 함. {{r:경수}} 씨와 같은 시기였지만 만난 적은 없음.

3. 자녀
- 첫째 딸 {{r:로은별}} (1990~). 북에 남음. {{r:미옥}} 씨는 딸 이야기를 할 때 가장 많이 울었음.
- 둘째 딸 {{r:로은정}} (1995~). 2015년 어머니와 함께 탈북. 남한 이름 {{r:노은정}}으로 개명하지 않고 주민등록상 {{r:노은정}}으로만 표기됨. 현재 대학생, {{u:서울}} 거주.
- 막내아들 {{p:로철}} (1999~2012). 2012년 병사. {{r:경수}} 씨가 {{u:하바롭스크}}에 있을 때 사망하여 장례에 가지 못함.

4. 면담 중 언급된 기타 인물
- {{r:경수}} 씨의 {{u:쿠웨이트}} 시절 작업반장 {{r:도명철}}. {{r:미옥}} 씨는 "{{r:도}} 반장이 돈을 다 가져갔다"고 들었다고 함.
- {{u:하바롭스크}}에서 {{r:노경수}} 씨의 탈출을 도운 러시아인 {{r:이고르}}. {{r:경수}} 씨가 "{{r:이고르}} 형"이라고 부름.
- 이웃 인민반장 {{p:차숙자}}. 아버지의 파견 중 가족을 감시했다고 함.

5. 복지사 의견
{{r:양미옥}} 씨는 가계도를 그리는 동안 "아니오, 그건 아니오"를 여러 번 반복하며 기억을 고쳤음. 북에 남은 딸 {{r:은별}} 씨 가족에 대한 걱정이 큼. 남편 {{r:로경수}} 씨와의 공동 면담을 다음 회기에 진행할 예정 ({{p:윤서진}}).""",
    },
    {
        "id": "h31-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chae Yu-jin", "채유진", "relative", ["유진"]),
            ("Chae Song-ho", "채송호", "witness", ["송호"]),
            ("O Yong-ran", "오영란", "relative", []),
            ("Ha Jong-min", "하정민", "other", []),
            ("Sol Mi-gyong", "설미경", "other", []),
            ("Ham Yong-il", "함영일", "coworker", ["영일"]),
            ("Yun So-hui", "윤소희", "other", ["소희"]),
            ("Jang", "장", "official", []),
        ],
        "note": "South Korean school record extract for a worker's child: personal data, attendance, activities, teacher's comments and counselling notes; homeroom teacher surname 하 beside 하루/하다; classmates and teachers by full name, given name and surname with 선생님; father formerly in Russian construction.",
        "text": """학교생활기록부 (발췌) — 상담 지원용, 외부 반출 금지
{{u:인천 ○○중학교}} 2학년 3반 14번

1. 인적·학적사항
학생: {{r:채유진}} (2009. 4. 2.)  성별: 여
보호자: 부 {{r:채송호}}, 모 {{r:오영란}}
특기사항: 2019. 3. {{u:하나원}} 수료 후 {{u:한겨레중고등학교}} 재학, 2021. 3. 본교 1학년 전입.

2. 출결상황
1학년: 질병결석 3일, 미인정 지각 2회. 2학년: 질병결석 6일 (2022. 10. 부 {{r:채송호}} 입원으로 간병).

3. 창의적 체험활동
- 자율활동: 학급 환경부장. 다문화·탈북 학생 멘토링 프로그램 "같이 걷기"에 멘티로 참여함 (멘토: 3학년 {{p:정다인}}).
- 동아리활동: 합창부. 지도교사 {{p:남궁현}} 선생님 추천으로 교내 합창대회 솔로를 맡음.
- 봉사활동: {{u:인천 남동구 자원봉사센터}} 연탄 나눔 8시간.

4. 교과 세부능력 및 특기사항 (국어, 담당 {{p:고은채}})
문학 단원에서 자신이 쓴 수필 「아빠의 겨울」을 발표함. 아버지가 {{u:러시아}} {{u:블라디보스토크}} 건설 현장에서 일하던 시절 한 번도 만나지 못한 경험을 차분하게 씀. 급우 {{p:민서}}가 울면서 안아 주었다는 일화가 있음.

5. 행동특성 및 종합의견 (담임 {{r:하정민}})
하루도 빠짐없이 가장 먼저 등교하여 교실 창문을 여는 성실한 학생임. 처음에는 북한 말투 때문에 말을 아꼈으나 2학기부터 발표를 자주 하게 됨. 친한 친구 {{r:윤소희}}, {{p:박예린}}과 함께 학급 신문을 만듦. {{r:소희}}와는 가끔 다투지만 금방 화해함. 수학을 어려워하여 방과 후 {{p:이도윤}} 선생님의 보충수업을 받음.

6. 상담 기록 (담임 {{r:하정민}}, 교육복지사 {{r:설미경}})
- 2022. 4. 11. 모 {{r:오영란}} 상담. 부 {{r:송호}} 씨는 2012~2017년 {{u:러시아}}에서 건설 노동자로 일했고, 2018년 {{u:블라디보스토크}}에서 탈출하여 먼저 입국함. {{r:유진}}이와 어머니는 2018년 말 {{u:중국}}을 거쳐 입국. "{{r:유진}}이가 아빠를 낯설어한다"고 함.
- 2022. 6. 3. 학생 상담. {{r:유진}}이는 "아빠가 {{u:러시아}}에 있을 때 {{r:장}} 지도원이라는 사람이 집에 와서 엄마를 혼냈다"고 기억함. 그 사람의 이름은 모른다고 함. {{r:장}} 지도원 이야기를 할 때 손을 떪. → 교육복지사 {{r:설미경}}에게 연계.
- 2022. 10. 17. 부 {{r:채송호}} 씨 산재 후유증으로 입원 (허리). {{r:유진}}이 간병으로 결석. 담임이 {{u:남동구청}} 드림스타트 담당 {{p:곽민호}} 주무관에게 연락.
- 2022. 11. 2. 부 {{r:송호}} 씨 내교. 본인이 {{u:블라디보스토크}}에서 함께 일한 {{r:함영일}} 씨가 아직 그곳에 있다며 걱정함. "{{r:영일}}이 형이 없었으면 저는 거기서 죽었습니다"라고 말함. 상담 중 여러 번 "{{r:유진}}이가 하고 싶은 거 다 하게 해 주십시오"라고 함.
- 2022. 12. 9. {{r:설미경}} 복지사: {{r:유진}} 학생 심리검사 결과 경도 불안. {{u:인천남동구정신건강복지센터}} 연계 완료 (담당 {{p:추지현}}).

※ 본 발췌본은 {{u:남북하나재단}} 장학금 신청 상담을 위해 보호자 {{r:오영란}}의 동의를 받아 {{u:탈북민지원단체 새길}} 상담사 {{p:권하은}}에게 제공됨.""",
    },
    {
        "id": "h31-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jon Tae-sik", "전태식", "witness", ["태식"]),
            ("Jon Kum-ok", "전금옥", "relative", ["금옥"]),
            ("Choe Tok-bo", "최덕보", "supervisor", ["덕보"]),
            ("Jong Yong-gil", "정용길", "coworker", []),
            ("Kim Chun-hwa", "김춘화", "other", []),
            ("Ma Son-hwa", "마선화", "coworker", ["선화"]),
            ("Ri Yong-chol", "리영철", "coworker", ["영철", "철"]),
            ("Hong Myong-su", "홍명수", "relative", []),
        ],
        "note": "Radio call-in transcript of a family-search programme, host unnamed, callers named with their towns, text messages read out with partly masked names; surname 전 beside 전에/전화; 안 and 도 as ordinary words; Russian logging and Chinese seafood factory memories.",
        "text": """{{u:KBS 한민족방송}} 「보고 싶은 얼굴 그리운 목소리」 2023. 9. 28. 방송분 녹취 (발췌)
녹취: {{p:홍다은}} (자원봉사) / 검토: {{p:백승호}}

진행자: 네, 다음 전화 연결해 보겠습니다. {{u:경기도}} {{u:화성}}에서 전화 주신 {{r:전태식}} 님, 나와 계시죠?
{{r:전태식}}: 네, 안녕하십니까. 저는 {{r:전태식}}이라고 합니다. 2011년에 {{u:러시아}} {{u:아무르주}}에 벌목공으로 나갔다가 2016년에 나왔습니다.
진행자: 네, 고생 많으셨습니다. 오늘은 누구를 찾으세요?
{{r:전태식}}: 동생 {{r:전금옥}}이를 찾습니다. {{u:함경북도}} {{u:경성군}}에 살았습니다. {{r:금옥}}아, 오빠다. 오빠 살아 있다. 전에 편지 한 장도 못 보내서 미안하다.
진행자: 동생분 나이가 어떻게 되세요?
{{r:전태식}}: 올해 마흔여섯입니다. 남편은 {{r:홍명수}}고, 아들이 {{p:광일}}이입니다. 그리고 {{u:아무르주}}에서 같이 일한 {{r:최덕보}} 반장님, {{r:덕보}} 형님도 들으시면 연락 주십시오. 형님이 저를 살렸습니다.
진행자: {{r:최덕보}} 님, 꼭 들으셨으면 좋겠네요. 혹시 전화번호 남기실 건가요?
{{r:전태식}}: 아니요, 방송국에 남기겠습니다. 안 그러면 위험합니다.

진행자: 네, 문자도 많이 와 있습니다. 8번으로 시작하는 분, {{u:대구}}에 사시는 {{p:박○자}} 님이 보내 주셨어요. "저도 {{u:아무르주}} {{u:틴다}}에 남편이 있었습니다. 남편 이름은 {{r:정용길}}입니다. 혹시 {{r:전태식}} 씨가 아시면 연락 부탁드립니다." {{r:태식}} 님, 혹시 아세요?
{{r:전태식}}: {{r:정용길}}… {{r:정}} 동무, 키 큰 사람 맞습니까? 제가 있던 사업소 옆 사업소에 {{r:정용길}}이라고 있었습니다. 2014년에 다쳐서 먼저 들어갔습니다.
진행자: 아, 그러시군요. 방송 끝나고 두 분 연결해 드리겠습니다.

진행자: 다음은 {{u:중국}} {{u:연길}}에서 전화 주신 분입니다. {{r:김춘화}} 님?
{{r:김춘화}}: 네, 안녕하세요. 저는 조선족이고 {{u:훈춘}} 수산물 공장에서 관리 일을 했어요. 그 공장에 북한 여자들이 이백 명 있었는데, 그중에 {{r:선화}}라는 아이가 있었어요. 성은 {{r:마}}씨였던 것 같아요. {{r:마선화}}. 그 애가 저한테 "언니, 나 잊지 마" 했어요. 공장 나가고 소식을 몰라요.
진행자: {{r:마선화}} 씨를 찾으시는 거네요.
{{r:김춘화}}: 네. 그리고 그 애들 관리하던 {{p:표}} 지도원이라는 사람은… 아니에요, 그 사람은 안 찾아요. (웃음)
진행자: (웃음) 네, 알겠습니다. {{r:선화}} 씨, 들으시면 꼭 연락 주세요.

진행자: 문자 하나 더 읽겠습니다. "{{u:서울}} 사는 {{r:리○철}}입니다. {{r:전태식}} 동무, 나 {{u:아무르주}} 4사업소 {{r:철}}이요. 살아 있었구만." 아, {{r:태식}} 님 아직 연결돼 계시죠?
{{r:전태식}}: (울먹이며) 네… {{r:철}}이, {{r:리영철}}이 같습니다. 같은 막사에 있었습니다. {{r:영철}}아…
진행자: 오늘 방송에서 만나셨네요. 두 분 번호 교환해 드리겠습니다. 마지막으로 {{r:금옥}} 씨께 한 말씀 하시죠.
{{r:전태식}}: {{r:금옥}}아, 오빠도 이제 할아버지 다 됐다. 어머니 산소는 {{p:광일}}이 아버지가 돌봐 준다고 믿는다. 건강해라.

진행자: 네, {{r:전금옥}} 씨, 꼭 들으셨기를 바랍니다. 오늘 「보고 싶은 얼굴 그리운 목소리」 여기까지입니다. 연출 {{p:문성훈}}, 작가 {{p:이소라}}였습니다.""",
    },
    {
        "id": "h31-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Kyong-hui", "유경희", "witness", ["Kyong-hui", "Ryu Kyong-hui", "Yoo Kyung-hee"]),
            ("Ri Jong-nam", "리정남", "supervisor", []),
            ("Kim Ye-rim", "김예림", "coworker", []),
            ("Pang Hyang-sun", "방향순", "other", ["Hyang-sun"]),
            ("Bae Ji-hyun", "배지현", "other", []),
        ],
        "note": "Reference letter for a former restaurant worker applying to a nursing programme; surname Yu beside 'you'; Ryu/Yu/Yoo spellings of one person; the writer, her café manager and her former manager in Hanoi named; restaurant in Hanoi and Phnom Penh.",
        "text": """{{u:Bridges for North Korean Workers}}
4F, 27 {{u:Dokmak-ro}}, {{u:Mapo-gu}}, {{u:Seoul}}

18 January 2024

Admissions Committee
Department of Nursing
{{u:Sahmyook Health University}}

Re: Reference for Ms {{r:Yu Kyong-hui}} (applicant no. 2024-N-0317)

Dear Members of the Committee,

I am writing to support the application of Ms {{r:Yu Kyong-hui}}, whom I have known since March 2019 as her caseworker and, since 2021, as the supervisor of our peer-support programme, in which she volunteers. You may notice that her documents give her surname in three spellings: {{r:Ryu}} on her North Korean birth certificate, {{r:Yu}} on her certificate of arrival, and {{r:Yoo Kyung-hee}} on her bank account. They are the same person, and I would ask you to treat them as such.

Ms {{r:Yu}} came to us after seven years as a waitress and singer at a North Korean state restaurant, first in {{u:Hanoi}} and then in {{u:Phnom Penh}}. The restaurant manager in {{u:Hanoi}}, a man she names as {{r:Ri Jong-nam}}, kept the staff's passports and permitted them to leave the building only in groups of four. I mention this not to dwell on her past but because the qualities you are looking for in a nurse were visible even there. When a younger colleague, {{r:Kim Ye-rim}}, developed a high fever in 2016, it was {{r:Kyong-hui}} who sat with her for three nights and persuaded Mr {{r:Ri}} to call a doctor, a Vietnamese physician, Dr {{p:Tran Minh Duc}}, who treated her for dengue.

Since arriving in {{u:Korea}} she has completed her high-school equivalency (2020), a caregiver certificate (2021), and 400 hours of volunteering at the {{u:Seoul Medical Center}} under the ward manager, Ms {{r:Bae Ji-hyun}}, who has kindly agreed to write separately. She now works part-time at a café in {{u:Hongdae}} whose owner, Mr {{p:Oh Jae-sung}}, tells me she is "the only one who notices when a customer is unwell".

In our peer-support programme {{r:Kyong-hui}} has mentored four women, among them {{r:Pang Hyang-sun}} and {{p:Jong Mi-hye}}, both former seafood-plant workers from {{u:China}}. {{r:Hyang-sun}} told my colleague {{p:Lee Da-som}} that {{r:Kyong-hui}} was the first person in {{u:Seoul}} she trusted. I have also watched her calm a distressed new arrival by singing, a skill I suspect the restaurant in {{u:Hanoi}} did not intend to teach.

If you need anything further, you are welcome to contact me directly at {{p:grace.han}}@bridgesnkw.org or on 02-xxx-4417. I recommend Ms {{r:Yu}} without reservation.

Yours faithfully,

{{p:Grace Han}}
Head of Casework
{{u:Bridges for North Korean Workers}}

cc: {{r:Yu Kyong-hui}}; file SEA-0219""",
    },
    {
        "id": "h31-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Seo Hae-ran", "서해란", "witness", ["해란"]),
            ("Pyon Chol-gu", "변철구", "witness", ["철구"]),
            ("Pak Yo-sep", "박요셉", "other", ["Joseph Park"]),
            ("Han Kyong-su", "한경수", "other", []),
            ("Tokko Yong-nam", "독고영남", "supervisor", []),
            ("Natalya", "나탈리야", "other", []),
            ("Ok-ryon", "옥련", "relative", []),
            ("Un-ha", "은하", "relative", []),
            ("Sergei Kim", "세르게이 김", "other", ["세르게이"]),
        ],
        "note": "Church prayer-chain e-mail forwarded three times with headers, quoted lines and emoji; names in e-mail local parts, church titles after names (목사님, 권사님, 집사, 자매, 형제), a single-letter initial for a woman in hiding; Russian construction and a Chinese garment factory.",
        "text": """보낸 사람: {{p:정은혜}} <{{p:eunhye.jung}}@saebit-church.kr>
받는 사람: 새빛 중보기도팀 <prayer@saebit-church.kr>
날짜: 2023년 12월 5일 (화) 오후 10:41
제목: Fw: Fw: [긴급 중보기도] {{r:S}} 자매와 {{u:러시아}}의 {{r:철구}} 형제를 위하여 🙏🙏

사랑하는 중보기도팀 여러분,
{{r:한경수}} 목사님께서 보내신 기도 제목을 다시 전달합니다. 이름은 절대 밖으로 알리지 마시고 기도로만 품어 주세요. {{p:은혜}} 드림.

---------- 전달된 메일 ----------
보낸 사람: {{r:한경수}} <{{r:pastor.han}}@saebit-church.kr>
날짜: 2023년 12월 5일 오후 6:02
제목: Fw: [긴급 중보기도] {{r:S}} 자매와 {{u:러시아}}의 {{r:철구}} 형제를 위하여

> 샬롬. {{u:블라디보스토크}}에서 사역하시는 {{r:박요셉}} 선교사님의 편지를 나눕니다.
> 권사님들, 특히 {{p:최옥순}} 권사님과 {{p:김민지}} 집사님은 지난번처럼 밤 10시 릴레이 기도에 함께해 주세요.
> — {{r:한}} 목사
>
> ---------- 원본 메일 ----------
> 보낸 사람: {{r:박요셉}} <{{r:joseph.park.vl}}@proton.me>
> 날짜: 2023년 12월 4일
>
> 목사님 평안하신지요. 급히 기도 부탁드립니다.
>
> 1. {{r:S}} 자매 ({{r:서해란}}, 38세): {{u:단둥}} 의류 공장에서 6년 일하다가 지난달 공장을 나와 지금 숨어 지냅니다. {{r:해란}} 자매는 공장에서 하루 15시간 재봉을 했고, 월급은 한 번도 직접 받지 못했다고 합니다. 관리하던 {{p:우}} 지도원이 찾고 있습니다. {{r:S}} 자매가 안전한 곳으로 옮겨질 수 있도록, 도와주는 {{p:林}} 자매(중국 교회)의 발걸음을 지켜 주시도록 기도해 주세요.
> 2. {{r:철구}} 형제 ({{r:변철구}}, 45세): {{u:나홋카}} 건설 현장. 지난 10월 발판에서 떨어져 다리를 다쳤는데 반장 {{r:독고영남}}이 병원에 못 가게 했답니다. 지금은 러시아 교인 {{r:나탈리야}} 자매 집에서 치료 중입니다. {{r:변}} 형제가 12월 안에 {{u:블라디보스토크}}로 이동할 수 있도록.
> 3. {{r:철구}} 형제의 아내 {{r:옥련}} 자매와 딸 {{r:은하}}가 {{u:청진}}에 있습니다. 가족이 보복당하지 않도록.
> 4. 사역자들: {{p:이은총}} 전도사, 통역 {{r:세르게이 김}} 형제. {{r:세르게이}} 형제는 고려인 3세로 이번 일에 큰 도움을 주었습니다.
> 5. 제 아내 {{p:마리아}}({{p:김소연}})의 건강을 위해서도 기도 부탁드립니다.
>
> 주 안에서, {{r:박요셉}} 드림
> (이 메일은 {{r:joseph.park.vl}}에서만 보내고 받습니다. {{u:카톡}}으로 보내지 마세요.)

---------- 답장들 (팀 단체 메일에서 복사) ----------
{{p:최옥순}}: 아멘 🙏 {{r:해란}} 자매 위해 금식하겠습니다.
{{p:김민지}}: {{r:철구}} 형제님 다리 낫기를… 저희 구역 식구들도 함께 기도합니다. {{p:민지}} 올림
{{p:도현숙}}: 아멘. {{p:도}} 권사도 함께합니다. {{r:박}} 선교사님 가정도 기억하겠습니다.
{{p:은혜}}: 목사님, {{r:S}} 자매 실명이 메일에 들어가 있어요 😥 다음부터는 이니셜만 쓰겠습니다.
{{r:한경수}}: 네 {{p:은혜}} 집사님, 좋은 지적입니다. 모두 이 메일은 읽고 삭제해 주세요. {{p:허경민}} 장로님께는 제가 따로 말씀드리겠습니다.""",
    },
    {
        "id": "h31-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hong Myong-hui", "홍명희", "witness", ["명희", "洪明姬", "Myong-hui"]),
            ("Hong Kil-nam", "홍길남", "relative", ["길남"]),
            ("Choe Yong-hak", "최용학", "other", ["崔勇学", "崔"]),
            ("Zhang Wei", "장웨이", "other", ["张伟", "张"]),
            ("Kim Yong-suk", "김영숙", "coworker", ["金英淑", "영숙"]),
            ("Pak Un-sim", "박은심", "coworker", ["朴银心", "은심"]),
            ("Hong Jong-suk", "홍정숙", "relative", ["정숙", "Jong-suk"]),
            ("Ri Chun-hwa", "리춘화", "coworker", ["李春花", "춘화"]),
            ("Han Dong-su", "한동수", "relative", []),
        ],
        "note": "CSV of remittances handled by a broker from a Dandong garment and seafood factory area to families near Hyesan; names in hanzi, Hangul and romanisation, quoted memo fields with commas, brokers by Chinese surname with 老 and 总; payment brands as public names.",
        "text": """date,sender,sender_name_other,recipient,recipient_town,amount_cny,fee_cny,channel,agent,memo
2019-01-15,{{r:洪明姬}},{{r:홍명희}},{{r:홍길남}},{{u:혜산}},2000,400,현금,老{{r:崔}},"1차. {{r:길남}} 오빠 앞. 어머니 약값"
2019-02-20,{{r:金英淑}},{{r:김영숙}},{{p:김순임}},{{u:혜산}},1500,300,{{u:WeChat Pay}},老{{r:崔}},"{{r:영숙}} → 어머니, 설 명절"
2019-03-11,{{r:洪明姬}},{{r:HONG MYONG HUI}},{{r:홍길남}},{{u:혜산}},1800,360,현금,老{{r:崔}},"2차, 오빠 집 수리"
2019-04-02,{{r:李春花}},{{r:리춘화}},{{p:리성복}},{{u:보천}},1000,250,{{u:Alipay}},{{r:张}}总,"{{r:춘화}} 아버지 앞, {{r:张}}总 수수료 25%"
2019-04-30,{{r:朴银心}},{{r:박은심}},{{p:박철진}},{{u:혜산}},3000,600,{{u:中国银行}},老{{r:崔}},"{{r:은심}} 남동생 결혼"
2019-06-18,{{r:洪明姬}},{{r:명희}},{{r:홍길남}},{{u:혜산}},2500,500,현금,老{{r:崔}},"3차. {{r:길남}}이 오빠가 받았다고 전화 옴 (老{{r:崔}} 폰으로)"
2019-08-21,{{p:韩美兰}},{{p:한미란}},{{r:한동수}},{{u:삼지연}},1200,300,현금,{{r:张}}总,"{{p:미란}} → 아버지 {{r:한동수}}. {{r:张}}总 직접"
2019-09-09,{{r:朴银心}},{{r:Pak Un-sim}},{{p:박철진}},{{u:혜산}},2000,400,{{u:中国银行}},老{{r:崔}},"no answer from {{p:Chol-jin}} for 2 weeks"
2019-10-01,{{r:洪明姬}},{{r:홍명희}},{{r:홍정숙}},{{u:혜산}},1500,300,현금,老{{r:崔}},"4차. 오빠 대신 올케 {{r:정숙}} 언니가 받음"
2019-12-30,{{p:崔光玉}},{{p:최광옥}},{{p:최영식}},{{u:운흥}},2200,440,현금,老{{r:崔}},"no relation to 老{{r:崔}}, same surname"
2020-01-20,{{r:洪明姬}},{{r:Myong-hui}},{{r:홍길남}},{{u:혜산}},0,0,-,老{{r:崔}},"border closed (COVID). not sent. {{r:명희}} crying"

# notes by {{p:Rebecca Thornton}} (NGO), 2022-06-02: CSV reconstructed from the broker's notebook photographed by {{r:Hong Myong-hui}} when she left the factory in {{u:Donggang}}. 老{{r:崔}} = {{r:Choe Yong-hak}} ({{r:崔勇学}}), ethnic Korean, {{u:Changbai}}. {{r:张}}总 = {{r:Zhang Wei}} ({{r:张伟}}), {{u:Dandong}}. Factory owner (not in CSV): {{p:刘}}总 / {{p:Liu Guangming}}.
# {{r:Myong-hui}} asks: do not contact {{r:Kil-nam}} or sister-in-law {{r:Jong-suk}} directly. All amounts CNY; fees 20-25%.""",
    },
    {
        "id": "h31-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Paek Nam-il", "백남일", "witness", ["Nam-il", "남일", "Пэк Нам Ир"]),
            ("Ri Chang-ho", "리창호", "coworker", ["Lee Chang-ho", "Ли Чан Хо", "창호"]),
            (
                "Valentina Petrovna Gorbunova",
                "발렌티나 페트로브나 고르부노바",
                "other",
                ["Валентина Петровна Горбунова", "Горбунова"],
            ),
            ("Sergei Kim", "세르게이 김", "other", ["Сергей Ким", "세르게이"]),
            ("Ri Myong-hak", "리명학", "coworker", ["РИ МЁН ХАК", "명학"]),
            ("Kang Chol", "강철", "coworker", ["КАН ЧХОЛЬ"]),
            ("Pae Myong-suk", "배명숙", "coworker", ["ПЭ МЁН СУК", "Myong-suk"]),
            ("Han Tok-su", "한덕수", "supervisor", ["ХАН"]),
        ],
        "note": "List of graves in a Russian cemetery section used for North Korean loggers, Russian headers and Cyrillic names in capitals, Hangul on some plaques, caretaker and local historian with name and patronymic, then NGO matching notes in Korean and English; illegible plaques; Koryo-saram historian sharing the surname Kim.",
        "text": """СПИСОК ЗАХОРОНЕНИЙ — кладбище «Северное», г. {{u:Тында}}, {{u:Амурская область}}
Участок 7 («корейский»). Составлено: {{r:В. П. Горбунова}} (смотритель), {{r:С. Ким}} (краевед), сентябрь 2019.
Сверка с фото: {{p:Ан Су-бин}} / {{p:Ahn Su-bin}} (NGO), 2020.

№ | Надпись на табличке | Годы | Примечание
1 | {{p:КИМ ЕН ЧОЛЬ}} | 1958–1996 | табличка металл., рядом звезда
2 | {{p:ПАК СОН ИР}} | 1961–1997 |
3 | {{r:ЛИ ЧАН ХО}} / {{r:리창호}} | 1965–1998 | надпись по-корейски краской
4 | (нечитаемо) | ?–1998 | дерево, сгнило
5 | {{p:ЧВЕ ГВАН СУ}} | 1956–1998 |
6 | {{r:РИ МЁН ХАК}} | 1970–1999 | «от товарищей 12-го участка»
7 | {{r:ХАН}} … (конец стёрт) | 1963–1999 |
8 | {{r:КАН ЧХОЛЬ}} | 1972–2003 | табличка новая (2015), поставил брат?
9 | (без таблички) | — | холмик, по словам {{r:Валентины Петровны}} — «кореец, зима 2004»
10 | {{p:ЮН СЕ ГИЛ}} / {{p:윤세길}} | 1966–2006 |
11 | {{r:ПЭ МЁН СУК}} | 1977–2011 | женщина? (повар)

Примечание смотрителя: «Хоронили без родных. Приезжал человек из представительства, товарищ {{p:Рим}}, ставил таблички. После 2011 новых корейских могил нет». — {{r:Горбунова}}
Примечание краеведа: «№ 3 и № 6 — я знал лично, работали на лесоучастке у {{u:Тынды}}. {{r:Ли Чан Хо}} хорошо говорил по-русски». — {{r:Сергей Ким}}

---- 단체 메모 ({{p:안수빈}}, 2020. 7.) ----
- 3번 {{r:리창호}}: 증언자 {{r:백남일}}(2017년 입국)의 같은 작업반 동료. {{r:남일}} 씨 말로는 {{r:창호}}는 1998년 12월 나무에 깔려 사망. "{{r:창호}}는 러시아 말을 잘해서 {{r:세르게이}} 선생님하고 친했어요." 여기서 "{{r:세르게이}} 선생님"은 краевед {{r:Сергей Ким}} 본인으로 보임.
- 6번 {{r:РИ МЁН ХАК}} = {{r:리명학}}? {{r:백남일}} 씨는 "{{r:명학}}이는 열아홉이었다"고 함. 가족 미확인.
- 7번: 성 {{r:한}}만 읽힘. {{r:남일}} 씨는 "{{r:한}} 반장님이면 {{r:한덕수}}"라고 함 (동명의 남한 정치인과 별개 인물. 주의: {{u:한덕수}} 전 총리와 혼동 금지).
- 8번 {{r:КАН ЧХОЛЬ}} = {{r:강철}}. 새 табличка는 2015년 {{u:한국}}에서 온 동생 {{p:강명수}}가 세움 ({{r:Валентина Петровна}} 증언).
- 11번 {{r:ПЭ МЁН СУК}} = {{r:배명숙}}? 여성 취사원으로 보임. {{r:Nam-il}} remembers a cook called "{{r:Myong-suk}} 아주머니" who died of pneumonia, but is not sure of the year.
- Contact: {{r:Valentina Petrovna Gorbunova}}, caretaker (tel. via {{r:Sergei Kim}}). {{r:Paek}} would like to visit in 2021 if borders reopen; {{r:Пэк Нам Ир}} is how his name was written in the logging camp register.
- {{r:Lee Chang-ho}}'s family in {{u:Kilju}}: not yet located; {{r:Lee Chang-ho}} is the spelling used in {{r:Nam-il}}'s 2017 interview transcript.""",
    },
    {
        "id": "h31-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sim Kwang-jin", "심광진", "witness", ["Kwang-jin", "KJ"]),
            ("Yi Sun-nyo", "이순녀", "relative", ["Ri Sun-nyo", "Sun-nyo"]),
            ("Choe Man-sik", "최만식", "other", ["Man-sik"]),
            ("Yevgeny Lapin", "예브게니 라핀", "supervisor", ["Zhenya", "Евгений Лапин"]),
            ("Tokko Chol", "독고철", "supervisor", ["Bear", "곰"]),
            ("Sora Ahn", "안소라", "other", ["Sora"]),
            ("Paek Yong-chan", "백용찬", "coworker", []),
        ],
        "note": "Slack thread export from the NGO's casework channel, display names, @-mentions, reactions and emoji, a zero-width space inside a client's surname, a bot message, typos in names; Yi/Ri spellings; staff surname Moon beside the moon emoji name; Russia construction and Mongolia mine.",
        "text": """#casework-russia — export 2024-04-18
———————————————
{{p:Jiwon Bae}}  9:02 AM
morning all ☀️ quick one: {{r:Sim Kwang-jin}} (RU-0412) called the hotline at 7am, says his mum {{r:Yi Sun-nyo}} got a message out via a broker. can someone with Korean call him back today? @{{r:Sora}} are you in?
  💬 6 replies

    {{r:Sora Ahn}}  9:05 AM
    in from 10. will call {{r:KJ}} then. is the broker the same guy as last time ({{r:Choe}}? {{r:Ch\u200boe Man-sik}}?)

    {{p:Jiwon Bae}}  9:07 AM
    not sure. {{r:Kwang-jin}} just said "the man in {{u:Hyesan}}". {{r:Sun-nyo}} is ok he thinks, but asking for money again 😕

    {{p:Tom Mensah}}  9:11 AM
    reminder we don't pay brokers, full stop. but we can refer {{r:Kwang-jin}} to {{u:Hanawon}} alumni fund for his own needs. @{{p:Rachel}} fyi

    {{p:Rachel Kwon}}  9:15 AM
    agree w {{p:Tom}}. {{r:Sora}} pls note exactly what the message from his mum says, verbatim if possible. also: is it {{r:Yi}} or {{r:Ri}}? her file says {{r:Ri Sun-nyo}}, the hotline log says {{r:Yi}}. 🙏

    {{r:Sora Ahn}}  11:48 AM
    spoke to him. she signs herself {{r:리순녀}} (northern spelling), so {{r:Ri}} in the file is right. message via broker: she is in {{u:Hoeryong}}, sick, needs 3000 yuan. broker is {{r:Choe Man-sik}} again. {{r:KJ}} is upset, says {{r:Choe}} took 40% last time
    👍 3  😢 2

{{p:Hannah Moon}}  10:20 AM
:new_moon: totally unrelated but the shared drive is down again. anyone else?
  {{p:Tom Mensah}}  10:21 AM
  yes. {{p:Moon}} you jinxed it with the emoji

{{u:Google Drive}}  APP  10:34 AM
{{p:Rachel Kwon}} shared a file: "RU-0412_{{r:Sim}}_statement_v3.docx"

{{p:Rachel Kwon}}  10:36 AM
^ this is {{r:Kwang-jin}}'s statement, v3 with {{p:Olga}}'s corrections on the {{u:Novosibirsk}} site. {{p:Olga}} found the foreman's name in the Russian court file: {{r:Yevgeny Lapin}}. {{r:KJ}} only knew him as "{{r:Zhenya}}"

{{p:Olga Bespalova}}  10:40 AM
yes {{r:Zhenya}} = {{r:Евгений Лапин}}. also the Korean brigade leader is {{r:Tokko Chol}} in the court file, {{r:Sim}} called him "{{r:Tokko}}" or "the {{r:Bear}}" — hmm not sure, in Korean {{r:곰}}

{{p:Jiwon Bae}}  10:42 AM
lol we had a {{p:곰}} in another file too. different guy. pls dont merge 🙃

{{p:Daniel Yoo}}  1:15 PM
hi all, volunteer here — @{{p:Jiwon}} I met {{r:Sim Kwang-jin}} at the {{u:Ansan}} church on Sunday, he asked me to pass on thanks to "{{p:Jiwon}} 선생님 and {{r:Sora}} 선생님". also he mentioned a friend {{r:Paek Yong-chan}} from the same site who now works at a mine in {{u:Mongolia}}?? that seems odd

    {{p:Tom Mensah}}  1:22 PM
    not odd, some got moved from {{u:Russia}} to {{u:Erdenet}} after 2019. thx 🙏

{{r:Sora Ahn}}  4:50 PM
closing the loop: {{r:Kwang-jin}} will come in Thurs 2pm. {{p:Rachel}} can you sit in? he asked if {{r:Sun-nyo}}'s name can be left out of anything we send to {{u:UNHCR}}
  {{p:Rachel Kwon}}  4:52 PM
  yes and yes ✅""",
    },
    {
        "id": "h31-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Su-ryon", "강수련", "witness", ["Su-ryon"]),
            ("Hyon Mi-jong", "현미정", "witness", ["Mi-jong"]),
            ("Ri Kwang-ho", "리광호", "supervisor", ["李"]),
            ("Kim Ok-sil", "김옥실", "official", []),
            ("Ko Un-ha", "고은하", "coworker", []),
            ("Zhao Lina", "자오리나", "supervisor", []),
        ],
        "note": "US civil complaint, caption and parties section: plaintiffs in capitals and in running text, a pseudonymous plaintiff, corporate defendants as public names, individual defendants, non-parties and attorneys as private persons; a Chinese name in hanzi and the 老 prefix; the placeholder Jane Doe 1 left unmarked; Chinese seafood plant supplying a US importer.",
        "text": """{{u:UNITED STATES DISTRICT COURT}}
{{u:WESTERN DISTRICT OF WASHINGTON}}
AT {{u:SEATTLE}}

{{r:KANG SU RYON}}, {{r:HYON MI JONG}}, and JANE DOE 1,
                    Plaintiffs,
        v.
{{u:PACIFIC HARVEST SEAFOODS, INC.}}, a {{u:Washington}} corporation; {{u:DALIAN HAIXING AQUATIC PRODUCTS CO., LTD.}}, a company organized under the laws of the {{u:People's Republic of China}}; {{p:RICHARD KESSLER}}, an individual; and {{p:LIU HONGBO}}, an individual,
                    Defendants.

Case No. 2:24-cv-01177
COMPLAINT FOR DAMAGES UNDER THE TRAFFICKING VICTIMS PROTECTION REAUTHORIZATION ACT, 18 U.S.C. § 1595
JURY TRIAL DEMANDED

I. INTRODUCTION
1. Plaintiffs are three North Korean women who, between 2016 and 2020, were forced to process salmon, cod and squid for export to the {{u:United States}} at a plant in {{u:Dalian}}, {{u:Liaoning Province}}, {{u:China}}. They worked up to sixteen hours a day, were locked in a dormitory at night, and were paid nothing directly. Their wages were remitted to the {{u:Democratic People's Republic of Korea}}. Defendant {{u:Pacific Harvest Seafoods, Inc.}} ("{{u:Pacific Harvest}}") bought the plant's output and sold it to American supermarkets, including under its "{{u:Cascade Catch}}" brand.

II. PARTIES
A. Plaintiffs
2. Plaintiff {{r:Kang Su-ryon}} is a citizen of the {{u:Republic of Korea}} residing in {{u:Seoul}}. Ms. {{r:Kang}} was born in {{u:Sinuiju}} in 1988 and worked at the {{u:Dalian Haixing}} plant from March 2016 to November 2019. Ms. {{r:Kang}} is not related to any public figure who shares her surname.
3. Plaintiff {{r:Hyon Mi-jong}} is a citizen of the {{u:Republic of Korea}} residing in {{u:Busan}}. Ms. {{r:Hyon}} was born in {{u:Kanggye}} in 1992 and worked at the plant from June 2017 to January 2020. Ms. {{r:Hyon}} and Ms. {{r:Kang}} worked on the same filleting line under the same North Korean team leader.
4. Plaintiff Jane Doe 1 is a North Korean national residing in a third country. She proceeds under a pseudonym because her parents remain in the DPRK. Her identity has been disclosed to Defendants' counsel under seal.

B. Defendants
5. Defendant {{u:Pacific Harvest Seafoods, Inc.}} is a {{u:Washington}} corporation with its principal place of business in {{u:Tacoma}}, {{u:Washington}}.
6. Defendant {{u:Dalian Haixing Aquatic Products Co., Ltd.}} ("{{u:Dalian Haixing}}") is a Chinese company with its principal place of business in {{u:Jinzhou District}}, {{u:Dalian}}.
7. Defendant {{p:Richard Kessler}} is, and at all relevant times was, the Chief Executive Officer of {{u:Pacific Harvest}}. Mr. {{p:Kessler}} resides in {{u:Gig Harbor}}, {{u:Washington}}. Mr. {{p:Kessler}} visited the {{u:Dalian Haixing}} plant in October 2017 and May 2019.
8. Defendant {{p:Liu Hongbo}} (刘洪波) is the general manager of {{u:Dalian Haixing}}. On information and belief, Mr. {{p:Liu}} negotiated the supply of North Korean workers with the DPRK team leader, {{r:Ri Kwang-ho}}, and with a DPRK trading company.

C. Relevant non-parties
9. {{r:Ri Kwang-ho}} was the North Korean team leader at the plant. Plaintiffs knew him as "Director {{r:Ri}}"; the Chinese staff called him "老{{r:李}}".
10. {{r:Kim Ok-sil}} was the North Korean political minder at the plant. Ms. {{r:Kim}} inspected Plaintiffs' belongings weekly and confiscated letters.
11. {{r:Zhao Lina}} was {{u:Dalian Haixing}}'s quality-control supervisor. Ms. {{r:Zhao}} communicated with {{u:Pacific Harvest}}'s sourcing manager, {{p:Jennifer Alvarez}}, by e-mail about production volumes, including an e-mail dated 4 April 2018 in which Ms. {{r:Zhao}} wrote that "the Korean girls" would work through the Qingming holiday.
12. {{r:Ko Un-ha}}, a co-worker of Plaintiffs, died at the plant dormitory in February 2019. Ms. {{r:Su-ryon}} and Ms. {{r:Mi-jong}} were present.

III. JURISDICTION AND VENUE
13. This Court has subject-matter jurisdiction under 28 U.S.C. § 1331 and 18 U.S.C. § 1596. Venue is proper in this District because {{u:Pacific Harvest}} resides here.

Dated: June 3, 2024                    Respectfully submitted,
                                        /s/ {{p:Maya Goldstein}}
                                        {{p:Maya Goldstein}}, WSBA No. 55102
                                        {{p:Daniel Park}}, WSBA No. 58817
                                        {{u:NORTHWEST WORKERS' JUSTICE PROJECT}}
                                        {{p:mgoldstein}}@nwjp.org
                                        Attorneys for Plaintiffs""",
    },
    {
        "id": "h31-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Do Yong-nam", "도영남", "witness", ["영남"]),
            ("Kye Ok-hui", "계옥희", "relative", ["옥희"]),
            ("Sim Kyong-pil", "심경필", "supervisor", []),
            ("Ryu Myong-hun", "류명훈", "official", []),
            ("Kwak Song-jin", "곽성진", "coworker", []),
            ("Nikolai Pak", "니콜라이 박", "other", []),
            ("To Un-ji", "도은지", "relative", []),
            ("To Yong-chol", "도영철", "relative", []),
            ("Pak Jong-su", "박정수", "coworker", []),
        ],
        "note": "Korean petition to the foreign ministry asking protection for a worker stranded in Russia, with a signatories table (name, town, relation, signature); surname 도 beside 경기도/도 (also) and 도움; signatures abbreviated or illegible; public officials and ministries named.",
        "text": """탄 원 서

수신: {{u:외교부}} 장관 / 참조: {{u:주블라디보스토크 대한민국 총영사관}}
제목: {{u:러시아}} 체류 북한 노동자 {{r:도영남}} 씨의 신속한 보호 조치를 요청하는 탄원

1. 탄원 취지
저희는 현재 {{u:러시아}} {{u:연해주}} {{u:우수리스크}} 인근에 숨어 지내는 북한 노동자 {{r:도영남}}(1979년생) 씨의 가족, 지인, 그리고 그를 돕고 있는 시민들입니다. {{r:도영남}} 씨는 2017년부터 건설 노동자로 파견되어 일하다가 2023년 8월 현장을 이탈하였고, {{u:한국}}행을 간절히 원하고 있습니다. 정부가 하루라도 빨리 보호해 주시기를 탄원합니다.

2. 탄원 사유
가. {{r:영남}} 씨의 아내 {{r:계옥희}} 씨는 2014년 먼저 탈북하여 현재 {{u:경기도}} {{u:평택}}에 살고 있습니다. {{r:옥희}} 씨는 남편의 소식을 듣고 매일 총영사관에 전화를 걸고 있으나 "기다리라"는 답만 들었습니다.
나. {{r:도}} 씨가 일하던 현장의 작업반장 {{r:심경필}}과 보위원 {{r:류명훈}}은 현재 그를 찾고 있다고 합니다. 함께 일했던 {{r:곽성진}} 씨는 지난 10월 {{r:류}} 보위원에게 붙잡혀 송환된 것으로 알려졌습니다.
다. {{r:도영남}} 씨를 숨겨 주고 있는 고려인 {{r:니콜라이 박}} 씨와 현지 교회의 {{p:옐레나}} 씨도 위험에 처해 있습니다. {{r:박}} 씨는 도움을 요청하는 편지를 저희에게 보내왔습니다.
라. {{u:통일부}}와 {{u:국가인권위원회}}도 이 사안을 알고 있습니다. {{u:조태열}} 장관님께서 관심을 가져 주시기를 바랍니다.

3. 탄원인 명단 (자필 서명)
번호 | 성명 | 주소 | 관계 | 서명
1 | {{r:계옥희}} | {{u:경기도}} {{u:평택시}} | 배우자 | {{r:계옥희}}
2 | {{r:도은지}} | {{u:경기도}} {{u:평택시}} | 딸 | {{r:도은지}}
3 | {{p:계옥란}} | {{u:인천}} {{u:부평구}} | 처제 | {{p:옥란}}
4 | {{r:도영철}} | {{u:대전}} {{u:유성구}} | 사촌 동생 | {{r:도}}(인)
5 | {{p:임순애}} | {{u:경기도}} {{u:안산시}} | 이웃 (탈북민) | {{p:임순애}}
6 | {{r:박정수}} | {{u:서울}} {{u:양천구}} | 전 동료 (러시아 현장) | {{r:박정수}}
7 | {{p:남궁철}} | {{u:서울}} {{u:노원구}} | 전 동료 | (서명 판독 불가)
8 | {{p:한소망}} | {{u:서울}} {{u:마포구}} | 활동가, {{u:북한노동자인권센터}} | {{p:한소망}}
9 | {{p:정하윤}} | {{u:서울}} {{u:은평구}} | 변호사 | {{p:정하윤}}
10 | {{p:오명자}} | {{u:부산}} {{u:사하구}} | 탈북민 | {{p:오}}
11 | {{p:리경애}} | {{u:부산}} {{u:사하구}} | 탈북민 | {{p:리경애}}

4. 첨부
가. {{r:도영남}} 씨 자필 편지 사본 1부 (2024. 2. 2., {{r:니콜라이 박}} 씨 경유)
나. {{r:계옥희}} 씨 혼인 관계 소명 자료 1부
다. 전 동료 {{r:박정수}} 씨 진술서 1부 (작업반장 {{r:심경필}}, 보위원 {{r:류명훈}}에 관한 내용 포함)

2024년 2월 20일
탄원인 대표 {{r:계옥희}} (인) / 연락 담당 {{p:한소망}} ({{p:somang.han}}@nkworkers.org, 010-xxxx-2219)

※ 탄원인 4번 {{r:도영철}} 씨는 "제 이름도 밝혀도 됩니다. 형님 {{r:영남}}이 살아 돌아오면 됩니다"라고 적어 보냄.""",
    },
    {
        "id": "h31-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mo Kwang-chol", "모광철", "witness", ["광철"]),
            ("Sok Chong-ae", "석정애", "relative", ["정애"]),
            ("Mo Un-chol", "모은철", "relative", ["은철"]),
            ("Mo Un-yong", "모은영", "relative", ["은영"]),
            ("Ho Man-su", "허만수", "coworker", []),
            ("Kim Yong-chol", "김영철", "coworker", ["영철"]),
            ("Dmitri Sokolov", "드미트리 소콜로프", "other", ["드미트리", "디마"]),
            ("Mo Kwang-su", "모광수", "relative", []),
        ],
        "note": "Funeral notice and condolence-money ledger for a former worker sent to Russian logging; 故 before the name; surname 모 beside 모 씨 (a certain person, not a name) and 모두; masked and anonymous givers; organisations giving as groups; mourners' kinship terms.",
        "text": """부    고

故 {{r:모광철}}(향년 63세) 님께서 2024년 3월 2일 별세하셨기에 삼가 알려 드립니다.
고인은 1999년부터 2008년까지 {{u:러시아}} {{u:하바롭스크주}} 벌목장에 파견되어 일하셨고, 2010년 입국하여 {{u:부천}}에서 생활하셨습니다.

상주: 배우자 {{r:석정애}}, 아들 {{r:모은철}}, 딸 {{r:모은영}}, 사위 {{p:하승범}}
빈소: {{u:부천성모병원}} 장례식장 3호실
발인: 2024년 3월 4일(월) 오전 7시 / 장지: {{u:부천시립추모공원}}
연락: 아들 {{r:모은철}} 010-xxxx-1172

조의금 명부 (2024. 3. 2.~3. 4.) — 정리: {{r:모은영}}, 확인: {{p:하승범}}

번호 | 성명 | 관계 / 소속 | 금액 | 비고
1 | {{r:김영철}} | 고인 동료 (러시아 벌목장) | 100,000 | "{{r:광철}}이 형님께"
2 | {{r:허만수}} | 고인 동료 (러시아 벌목장) | 50,000 |
3 | {{p:배순자}} | {{r:석정애}} 여사 친구 | 50,000 |
4 | {{u:부천시 탈북민 정착지원협의회}} 일동 | 단체 | 200,000 | 조화 별도
5 | {{p:이}}○○ | 무명 | 30,000 | 봉투에 성만 적음
6 | 모 씨 | 익명 요청 | 100,000 | "고인께 빚이 있었습니다"
7 | {{p:방대근}} | {{r:은철}} 씨 직장 동료 ({{u:현대모비스}}) | 50,000 |
8 | {{p:오종석}} | {{u:부천}} {{u:원미동}} 교회 목사 | 100,000 |
9 | {{p:안병철}} | 고인 동향 ({{u:길주}}) | 50,000 | "{{p:안}} 아바이 대신"
10 | {{u:북한노동자인권센터}} | 단체 ({{p:한소망}} 간사 전달) | 100,000 |
11 | {{p:한소망}} | 개인 | 50,000 |
12 | {{r:모광수}} | 고인 동생 | 300,000 | {{u:평택}}
13 | {{r:모광수}} 처 {{p:진미란}} | | 100,000 |
14 | {{p:석정희}} | {{r:정애}} 여사 언니 | 200,000 | {{u:청주}}
15 | {{r:Dmitri Sokolov}} | 고인의 러시아 친구 (송금) | 100,000 | {{r:드미트리}} 씨, 계좌로 보냄
16 | (판독 불가) | | 30,000 | 봉투 젖음
17 | {{p:하승범}} 회사 동료 일동 | | 150,000 |

합계: 1,760,000원

※ {{r:은영}}이 메모: 6번 "모 씨"는 아버지 성과 같아서 헷갈렸는데, 아빠 성이 아니라 그냥 "어떤 사람"이라는 뜻으로 쓴 것 같음. 모두 감사 문자 보내기. {{r:드미트리}} 아저씨는 아빠가 "{{r:디마}}"라고 부르던 분. 2번 {{r:허만수}} 아저씨랑 1번 {{r:영철}} 아저씨는 아빠랑 {{u:체그도민}}에서 같이 있었다고 함. 엄마({{r:석정애}})가 {{r:허}} 아저씨한테 꼭 따로 전화하라고 하심.""",
    },
    {
        "id": "h31-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ju Hyon-chol", "주현철", "witness", ["현철"]),
            ("Han Pok-sun", "한복순", "relative", ["복순"]),
            ("Pang", "방", "supervisor", []),
            ("O", "오", "official", []),
            ("Choe Man-gil", "최만길", "other", []),
            ("Ri Kyong-hun", "리경훈", "coworker", ["경훈"]),
            ("Batbayar", "바트바야르", "supervisor", ["바트"]),
        ],
        "note": "Settlement-support centre counselling log across several sessions, Korean; client surname 주 beside 주 (week) in 주 2회/이번 주; coworkers in a Mongolian construction site by surname only; police protection officer, job counsellor and doctor named with titles; 안 as negation.",
        "text": """{{u:경기남부하나센터}} 개인 상담일지
내담자: {{r:주현철}} (남, 1986년생) / 사례관리자: {{p:염지수}} / 상담 주기: 주 1회 → 11월부터 주 2회

[1회기] 2023. 9. 6. (대면, 30분)
{{r:주현철}} 씨 첫 방문. {{u:몽골}} {{u:울란바토르}} 아파트 건설 현장에 2015~2019년 파견. 2019년 현장 이탈, {{u:주몽골 대한민국 대사관}}을 통해 2020년 입국. {{u:하나원}} 수료 후 {{u:수원}} 거주. 주 호소: 불면, 어깨 통증, 어머니 걱정. 어머니 {{r:한복순}}(1958년생)은 {{u:평안남도}} {{u:순천}}에 있음.

[2회기] 2023. 9. 13. (대면, 50분)
현장 이야기. 작업반장 {{r:방}}씨, 보위원 {{r:오}}씨 — 이름은 끝까지 말하지 않음. "{{r:방}} 반장은 나쁜 사람은 아닌데 {{r:오}}가 무서웠습니다." {{r:오}} 보위원이 여권과 월급을 관리. 같은 방 동료 {{p:탁성민}}, {{r:리경훈}}. {{p:성민}}이는 2018년 추락 사고로 다리를 다쳤다고 함. {{u:몽골}}인 현장 감독 {{r:바트바야르}}("{{r:바트}} 형")가 가끔 도시락을 줬다고 함.

[3회기] 2023. 9. 20. — 내담자 연락 없이 불참. 이번 주 전화 2회 불통.

[4회기] 2023. 9. 27. (전화, 20분)
지난주 어머니 {{r:복순}} 씨 관련 소식을 브로커에게서 들었다며 불안. "어머니가 아프시답니다. 돈을 보내라고 합니다." 송금은 본인 결정 사항임을 안내. 브로커 이름은 "{{r:최}} 사장"이라고만 함. → 신변보호관 {{p:유성준}} 경위에게 공유 (본인 동의).

[5회기] 2023. 10. 11. (대면, 60분)
{{r:현철}} 씨가 처음으로 웃음. 취업 상담 {{p:안혜진}} 선생님과 지게차 자격증 과정 연계. "안 하면 안 되겠지요?" 하며 농담. 어깨 통증은 {{u:아주대학교병원}} 정형외과 {{p:국승현}} 교수 진료 예약 (10/24).

[6회기] 2023. 11. 1. (대면, 50분)
{{p:유성준}} 경위 동석. 브로커 "{{r:최}} 사장"의 실명이 {{r:최만길}}로 확인됨 ({{u:경찰청}} 자료). {{r:주현철}} 씨 송금 보류 결정. 어머니 {{r:한복순}} 씨 사진을 보여 줌. "어머니가 저를 {{r:현철}}아 하고 부르는 게 제일 듣고 싶습니다." 상담 주기를 주 2회로 늘림.

[7회기] 2023. 11. 8. (대면, 40분)
{{u:몽골}} 현장 동료 {{r:리경훈}}이 {{u:울란바토르}}에서 {{u:다르한}}으로 옮겨졌다는 소식을 {{r:바트바야르}}에게서 {{u:카톡}}으로 들음. {{r:경훈}}이 걱정. {{u:몽골}} 현지 단체 연락처(담당 {{p:Oyunchimeg}})를 안내함.

[8회기] 2023. 11. 10. (대면, 30분)
자격증 필기 합격. {{r:주}} 씨 표정 밝음. 다음 주 실기. 수면제 복용은 주 3회로 줄임 ({{p:국승현}} 교수 처방).

사례관리자 의견 ({{p:염지수}}): 트라우마 증상은 완화 중. 어머니 문제와 브로커 접촉이 가장 큰 위험 요인. 12월 중 {{r:최만길}} 관련 수사 진행 상황을 {{p:유}} 경위에게 확인 예정. 슈퍼비전: {{p:노은숙}} 팀장 (2023. 11. 15.)""",
    },
    {
        "id": "h31-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Mun Yong-ae", "문영애", "witness", ["영애", "Moon Young-ae", "Yong-ae"]),
            ("Ri Song-chol", "리성철", "witness", ["성철", "Lee Sung-chul"]),
            ("Pyo Sun-hui", "표순희", "official", ["순희"]),
            ("Jong Mi-hyang", "정미향", "coworker", ["미향"]),
            ("Kim Ok-byol", "김옥별", "coworker", []),
            ("Kwon Won-jun", "권원준", "witness", ["Won-jun"]),
            ("Pang Chang-ik", "방창익", "supervisor", []),
            ("O Son-hui", "오선희", "witness", ["Sunny Oh"]),
            ("Ko Chol-min", "고철민", "coworker", []),
            ("Vinod", "비노드", "supervisor", []),
            ("Han-byol", "한별", "witness", []),
        ],
        "note": "Google Form intake export as CSV, bilingual headers, multi-line quoted answers, names in e-mail addresses, a fullwidth name typed by a respondent, a zero-width space inside a supervisor's name; Mun/Moon and Ri/Lee spellings; Kuwait, Russia, China and UAE work; respondents writing about each other.",
        "text": """Timestamp,Email address,이름 / Name,일했던 나라 / Country of work,현장·회사 / Site or company,관리자 이름 / Supervisor's name,함께 일한 사람 / Co-workers you remember,하고 싶은 말 / Anything else,동의 / Consent
2024/05/02 21:14:07 GMT+9,{{r:moon.youngae}}@naver.com,{{r:문영애}},{{u:중국}} / {{u:China}},"{{u:훈춘}} 수산물 공장 ({{u:琿春}}) — 회사 이름 모름",{{r:표순희}} 지도원,"{{r:정미향}}, {{r:김옥별}}, 그리고 ""{{p:토끼}}""라고 부르던 {{p:최은주}}","공장에서 4년 있었습니다. {{r:표}} 지도원이 편지를 다 읽었습니다.
{{r:미향}}이는 아직 거기 있습니다. 찾아 주세요.",예 / Yes
2024/05/02 23:40:51 GMT+9,{{r:wonjun.kwon}}@hanmail.net,{{r:Ｋｗｏｎ Ｗｏｎ－ｊｕｎ}},{{u:Kuwait}},"{{u:Sabah Al-Ahmad}} housing, company {{u:Kumsong Construction}}?",{{p:Ro}} (given name unknown),"{{p:Son Il-man}}, {{p:Pyon}}",I typed my name on the phone keyboard sorry for the strange letters. {{p:Ro}} took my passport. no more,Yes
2024/05/03 08:02:19 GMT+9,{{r:lee.sungchul}}@gmail.com,{{r:이성철}} ({{r:리성철}}),{{u:러시아}},"{{u:모스크바}} 아파트 리모델링, 개인 주택",{{r:방\u200b창익}} 반장,"{{r:고철민}}, {{p:황보석}}, {{p:문경필}}","{{r:방창익}}은 지금도 {{u:모스크바}}에 있습니다.
{{r:성철}}이라고 부르면 압니다. {{r:고철민}}은 2019년에 들어갔습니다.",예
2024/05/03 10:15:33 GMT+9,{{r:sunny.oh}}@outlook.com,{{r:오선희}} / {{r:Sunny Oh}},{{u:UAE}},"{{u:Dubai}}, {{u:Al Quoz}} villa project",{{p:Kang}} (강),"{{p:Chae Myong-ok}}, {{p:Do Hyang-sim}}","Do I have to give my real name? I wrote it anyway. {{p:Kang}} was the minder, the foreman was an Indian man {{r:Vinod}}. {{r:Vinod}} was kind.",Yes
2024/05/04 19:22:10 GMT+9,{{r:moon.youngae}}@naver.com,{{r:Mun Yong-ae}},{{u:China}},{{u:Hunchun}} seafood,{{r:Pyo Sun-hui}},"{{r:Jong Mi-hyang}}, {{r:Kim Ok-byol}}",다시 씁니다. 영어로도 써야 하는 줄 알았어요. 위에 제가 쓴 거 ({{r:문영애}}) 와 같은 사람입니다.,Yes
2024/05/05 07:48:02 GMT+9,{{r:hanbyul}}@kakao.com,{{r:한별}},{{u:러시아}},"{{u:블라디보스토크}}",모름,"{{r:리성철}} 형님 (같은 현장 아님, {{u:모스크바}}에서 만남)","{{r:성철}} 형님 소개로 왔습니다. 이름은 {{r:한별}}이라고만 쓰겠습니다. 성은 {{r:마}}가입니다.",예

--- staff note ({{p:Yeji Kang}}, 2024-05-07): rows 1 and 5 are the same person ({{r:Yong-ae}}). Row 2 name typed in fullwidth, normalise to {{r:Kwon Won-jun}}. Row 3: U+200B inside "{{r:방창익}}" in the supervisor column — cleaned in the copy. Row 4 "{{p:Kang}}" is not me :)""",
    },
    {
        "id": "h31-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwon Sol-hui", "권설희", "witness", ["Sol-hui", "설희"]),
            ("Jin Myong-su", "진명수", "witness", ["Myong-su"]),
            ("Nguyễn Thị Thu Hà", "응우옌티투하", "other", ["Thu Hà"]),
            ("Ri Yong-mi", "리영미", "witness", ["Yong-mi"]),
            ("Nguyễn Văn Hòa", "응우옌반호아", "witness", ["Hoa"]),
            ("Chang Hye-ryon", "장혜련", "witness", ["혜련"]),
            ("So Kwang-mu", "소광무", "witness", []),
            ("Phạm Minh Tuấn", "팜민뚜안", "other", ["Tuấn"]),
            ("Grace Han", "그레이스 한", "other", ["Grace"]),
        ],
        "note": "Interview-scheduling spreadsheet pasted as pipe-separated rows, English with Vietnamese status words and Korean notes, interviewees by code and name, interviewers and interpreters by first name or initials, time zones; Vietnamese names with diacritics; Hanoi restaurant and Russian construction cases.",
        "text": """INTERVIEW SCHEDULE — Q3 2024 (sheet "{{u:Hanoi}} + remote"), last edited by {{r:Thu Hà}} 2024-07-29 18:04
Date | KST | Local | Code | Interviewee | Interviewer | Interp. | Where | Status | Notes
07-30 | 10:00 | 08:00 ICT | VN-031 | {{r:Kwon Sol-hui}} | {{r:Grace}} | {{r:Nguyễn Thị Thu Hà}} (VI) | {{u:Hanoi}}, office {{u:Ba Đình}} | Đã xác nhận | {{r:Sol-hui}} asks for a woman interpreter only
07-30 | 14:00 | 12:00 ICT | VN-032 | {{r:Ri Yong-mi}} | {{r:Grace}} | {{r:Thu Hà}} | {{u:Hanoi}} | Hoãn (postponed) | {{r:Yong-mi}} sick; new date TBC
07-31 | 09:30 | 03:30 MSK | RU-0440 | {{r:Jin Myong-su}} | {{p:TM}} | {{p:Olga B.}} | {{u:Zoom}} | Confirmed | early for {{r:Jin}}! he works nights in {{u:Novosibirsk}}
07-31 | 16:00 | 16:00 KST | KR-2291b | {{p:Ro Kyong-su}} + {{p:Yang Mi-ok}} | {{p:윤서진}} | — | {{u:Incheon}}, home visit | Confirmed | joint session; 가계도 follow-up
08-01 | 11:00 | 09:00 ICT | VN-033 | "{{r:Hoa}}" ({{r:Nguyễn Văn Hòa}}) | {{r:Grace}} | {{r:Thu Hà}} | {{u:Hanoi}}, café near {{u:Hoàn Kiếm}} | Đã xác nhận | former cook at the {{u:Koryo Restaurant}}; knew {{r:Sol-hui}}
08-01 | 15:00 | 13:00 ICT | VN-034 | {{r:Phạm Minh Tuấn}} | {{r:Grace}} | {{r:Thu Hà}} | {{u:Hanoi}} | Chờ (waiting) | landlord of the staff flat; {{r:Tuấn}} may not come
08-02 | 10:00 | 10:00 KST | KR-3011 | {{r:Chang Hye-ryon}} | {{p:Jiwon}} | — | {{u:Mapo}} office rm 2 | Confirmed | {{r:혜련}} 씨 딸 {{p:지아}} 데려옴, 놀이방 필요
08-05 | 10:00 | 08:00 ICT | VN-032 | {{r:Ri Yong-mi}} | {{r:Grace}} | {{r:Nguyễn Thị Thu Hà}} | {{u:Hanoi}} | Đã xác nhận | rescheduled; {{r:Ri}} prefers morning
08-06 | 17:00 | 11:00 MSK | RU-0441 | {{r:So Kwang-mu}} | {{p:TM}} | {{p:Olga B.}} | {{u:Zoom}} | Confirmed | referred by {{r:Jin Myong-su}}; same brigade in {{u:Kazan}}
08-07 | 10:00 | 08:00 ICT | — | debrief | {{r:Grace}}, {{r:Thu Hà}}, {{p:Jiwon}} | — | {{u:Zoom}} | — | so far 4 of 6 VN done

Comments (sheet):
- {{r:Grace Han}} 07-28: Please keep interviewee names OUT of the calendar invites, use codes only. {{r:Thu Hà}}, the {{u:Ba Đình}} room is booked under "{{r:Nguyen}} / workshop".
- {{r:Nguyễn Thị Thu Hà}} 07-29: Đã đặt phòng. Chị {{r:Sol-hui}} muốn gặp trước 10 giờ. — "Chị" is "sister/Ms", not part of the name.
- {{p:Tom Mensah}} 07-29: {{r:Myong-su}} can only do Wed; moved RU-0440 to 07-31. {{p:Olga}} ok.
- {{p:윤서진}} 07-29: KR-2291b — {{p:경수}} 씨 부부 모두 동의. 통역 불필요.""",
    },
    {
        "id": "h31-mixed-09",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ham Chol-ung", "함철웅", "witness", ["Хам Чол Ун", "Chol-ung", "철웅"]),
            ("Ryang Tok-su", "량덕수", "coworker", ["Рян Док Су", "Yang Deok-su", "덕수"]),
            ("Pak Yong-nam", "박영남", "official", ["Пак Ён Нам", "Пак"]),
            ("Batbayar", "바트바야르", "other", ["Д.Батбаяр", "Батбаяр"]),
            ("Oyunchimeg", "어용치멕", "other", ["Б.Оюунчимэг"]),
            ("Ri Song-guk", "리성국", "coworker", ["Ли Сон Гук", "성국"]),
            ("Kim Myong-ho", "김명호", "coworker", ["Ким Мён Хо"]),
        ],
        "note": "Mongolian coal-mine clinic register in Mongolian Cyrillic with Korean patients' names transcribed into Cyrillic and Mongolian staff written as patronymic initial plus given name, then NGO notes in Korean and English matching entries; Ryang/Yang spellings; surname Ham beside 'ham'.",
        "text": """ЭМНЭЛГИЙН ҮЗЛЭГИЙН БҮРТГЭЛ — {{u:Шарын гол}} уурхайн эрүүл мэндийн төв
2017 оны 11-р сар (хуулбар, 3-р хуудас)
Бүртгэсэн: сувилагч {{r:Б.Оюунчимэг}}

Огноо | Өвчтөний нэр | Нас | Байгууллага | Онош | Эмч | Тэмдэглэл
11.02 | {{r:Хам Чол Ун}} | 34 | {{u:Солонгос Хамтын Ажиллагаа ХХК}} | гарын хуруу бэртсэн | {{r:Д.Батбаяр}} | орчуулагч {{r:Пак}} хамт ирсэн
11.02 | {{r:Ким Мён Хо}} | 41 | {{u:Солонгос Хамтын Ажиллагаа ХХК}} | ханиад | {{r:Д.Батбаяр}} |
11.09 | {{r:Рян Док Су}} | 29 | {{u:Солонгос Хамтын Ажиллагаа ХХК}} | хөлийн ясны хугарал | {{r:Д.Батбаяр}} | {{u:Дархан}}ы эмнэлэгт илгээх санал — {{r:Пак}} татгалзсан
11.09 | {{r:Ли Сон Гук}} | 38 | {{u:Солонгос Хамтын Ажиллагаа ХХК}} | толгой эргэх | {{p:Ц.Энхтуяа}} |
11.14 | {{r:Рян Док Су}} | 29 | {{u:Солонгос Хамтын Ажиллагаа ХХК}} | хугарал, үрэвсэл | {{r:Д.Батбаяр}} | дахин үзлэг; өвчтөн ганцаараа ирсэн
11.20 | {{r:Пак Ён Нам}} | 45 | {{u:Солонгос Хамтын Ажиллагаа ХХК}} | цусны даралт | {{p:Ц.Энхтуяа}} | "орчуулагч" өөрөө
11.28 | {{r:Хам Чол Ун}} | 34 | {{u:Солонгос Хамтын Ажиллагаа ХХК}} | шарх идээлсэн | {{p:Ц.Энхтуяа}} | хуруу тайрах шаардлагатай байж магадгүй

Тайлбар ({{r:Д.Батбаяр}}): Солонгос ажилчид эмчилгээний төлбөрөө өөрсдөө төлдөггүй, {{r:Пак}} гэдэг хүн бүгдийг шийддэг. {{r:Батбаяр}}.

---- 단체 메모 (면담 {{p:노지현}}, 통역 {{p:Anu}}, 2021. 3., {{u:울란바토르}}) ----
- 첫 줄 {{r:Хам Чол Ун}} = {{r:함철웅}} 본인. "제 이름이 맞습니다. 러시아 글자로 쓰니까 {{r:철웅}}이 아니라 '{{r:철운}}' 같네요." 11월 28일 이후 손가락 하나 절단 ({{u:다르한}} 병원, 12월 초).
- {{r:Рян Док Су}} = {{r:량덕수}}. 남쪽 표기로는 {{r:Yang Deok-su}}. {{r:철웅}} 씨와 같은 막장 조. {{r:덕수}}는 다리가 부러졌는데 "통역" {{r:Пак}}, 즉 {{r:박영남}}이 {{u:다르한}} 병원 이송을 거절했다고 함. 11.20 기록의 {{r:Пак Ён Нам}}이 바로 그 {{r:박영남}} ("'орчуулагч' өөрөө" = "통역 본인").
- {{r:Ким Мён Хо}} = {{r:김명호}}, {{r:Ли Сон Гук}} = {{r:리성국}}: 같은 작업반. {{r:함철웅}} 씨 기억으로 {{r:성국}}이는 현기증으로 자주 쓰러짐.
- Mongolian staff: Dr {{r:Batbayar}} ({{r:Д.Батбаяр}}) and nurse {{r:Oyunchimeg}} were kind, {{r:Chol-ung}} says; Dr {{p:Enkhtuyaa}} "did not look at us". The nurse once brought {{r:Ryang}} a ham sandwich from her own lunch; he had never eaten ham before.
- Company on the register, {{u:Солонгос Хамтын Ажиллагаа ХХК}} ("{{u:Korea Cooperation LLC}}"), was the Mongolian front for the North Korean labour supplier, per {{r:Chol-ung}}.""",
    },
    {
        "id": "h31-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-jong", "리은정", "witness", ["Un-jong", "은정", "Lee Eun-jeong"]),
            ("Chan Sophea", "짠 소피어", "other", ["Sophea", "សុភា"]),
            ("Pak Yong-chol", "박영철", "supervisor", ["ប៉ាក"]),
            ("Kye Hyang-sim", "계향심", "coworker", ["향심", "Hyang-sim"]),
            ("Sokha", "소카", "coworker", ["សុខា"]),
            ("Vannak", "반낙", "relative", []),
        ],
        "note": "Weekly staff rota of a North Korean restaurant in Siem Reap with Khmer headers and shift words, Korean waitresses by given name and Cambodian staff in Khmer script, then a Cambodian former cashier's interview notes in English with a Khmer quotation; Ri/Lee spelling; Khmer honorifics outside names; nickname of the manager.",
        "text": """តារាងវេនការងារ / STAFF ROTA — {{u:Pyongyang Moranbong Restaurant}}, {{u:ក្រុងសៀមរាប}}
សប្តាហ៍ / week 12-18 ខែមីនា 2018 · រៀបចំដោយ / prepared by: {{r:Sophea}} (cashier)
ព្រឹក = morning 10-15 · ល្ងាច = evening 17-23 · ឈប់ = off

ឈ្មោះ / Name | ច័ន្ទ | អង្គារ | ពុធ | ព្រហស្បតិ៍ | សុក្រ | សៅរ៍ | អាទិត្យ
{{r:은정}} / {{r:UN JONG}} | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ល្ងាច | ព្រឹក+ល្ងាច | ល្ងាច | ព្រឹក+ល្ងាច | ល្ងាច
{{r:향심}} / {{r:HYANG SIM}} | ព្រឹក+ល្ងាច | ល្ងាច | ព្រឹក+ល្ងាច | ល្ងាច | ព្រឹក+ល្ងាច | ល្ងាច | ព្រឹក+ល្ងាច
{{p:옥별}} / {{p:OK BYOL}} | ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ល្ងាច | ល្ងាច | ព្រឹក+ល្ងាច | ល្ងាច
{{p:금순}} / {{p:KUM SUN}} | ព្រឹក+ល្ងាច | ល្ងាច | ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ល្ងាច | ព្រឹក+ល្ងាច
{{p:설화}} / {{p:SOL HWA}} (chef) | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច
{{r:សុខា}} / {{r:Sokha}} (dishwasher) | ព្រឹក | ព្រឹក | ឈប់ | ព្រឹក | ព្រឹក | ព្រឹក | ព្រឹក
{{p:ដារ៉ា}} / {{p:Dara}} (guard) | ល្ងាច | ល្ងាច | ល្ងាច | ឈប់ | ល្ងាច | ល្ងាច | ល្ងាច
{{r:សុភា}} / {{r:Sophea}} (cashier) | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច | ឈប់ | ព្រឹក+ល្ងាច | ព្រឹក+ល្ងាច
Korean staff: no day off. Show 20:00 daily (song & dance). Manager: Mr. {{r:Pak}} / លោក {{r:ប៉ាក}}.

---- interview notes: {{r:Chan Sophea}}, former cashier, {{u:Siem Reap}}, 14 Jan 2020 (int. {{p:Lina Chhim}}, Khmer-English) ----
- {{r:Sophea}} prepared the rota herself, because the manager, {{r:Pak Yong-chol}}, "could not read Khmer and did not want to learn". The waitresses called him "지배인 동지" (Comrade Manager); {{r:Sophea}} and {{r:Sokha}} called him "Papa {{r:Pak}}" behind his back.
- The Korean women were listed by given name only. {{r:Sophea}} later learned some surnames: {{r:Un-jong}} was {{r:Ri Un-jong}}; {{r:Hyang-sim}} was {{r:Kye Hyang-sim}}; {{p:Kum-sun}} was {{p:Pang Kum-sun}}. {{p:Ok-byol}} and {{p:Sol-hwa}} she never knew.
- Quote (Khmer): «បងស្រី {{r:អ៊ុនចុង}} សួរខ្ញុំរៀងរាល់ថ្ងៃ ថាតើប្រទេស{{u:កម្ពុជា}}មានសមុទ្រឬទេ» — "Sister {{r:Un-jong}} asked me every day whether {{u:Cambodia}} has a sea." (បងស្រី = "older sister", a form of address, not part of her name.)
- In April 2018 {{r:Un-jong}} gave {{r:Sophea}} a note in English for "the Korean embassy". {{r:Sophea}} passed it to her cousin {{r:Vannak}}, a tuk-tuk driver, who took it to the {{u:Embassy of the Republic of Korea}} in {{u:Phnom Penh}}. {{r:Sophea}} does not know what happened next. {{r:Pak}} closed the restaurant in June 2019.
- {{r:Lee Eun-jeong}} (as her name would be spelled in the South) contacted us in 2021 from {{u:Seoul}}; she confirmed that {{r:Sophea}} and {{r:Vannak}} helped her. {{r:은정}} 씨: "{{r:សុភា}}가 없었으면 저는 아직 거기 있었을 거예요. {{r:Sokha}} 오빠한테도 고맙다고 전해 주세요."
- {{p:Dara}}, the guard, reported to {{r:Pak}}; {{r:Sophea}} thinks {{p:Dara}} was paid extra. Do not contact {{p:Dara}}.""",
    },
]
