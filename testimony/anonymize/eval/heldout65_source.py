# ruff: noqa: E501
"""Held-out evaluation passages, set 65. Built by build_heldout.py heldout65.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). A few are the core material staff type every day
(a Korean third-person interview summary, mixed Korean/English interview notes and a
question-and-answer transcript); the rest are genres the earlier sets' opening lines
do not list, or list only once (legal-clinic drop-in triage notes, genealogy forum
threads, SMS backup XML files, web-form CSV responses, case-wiki revision histories,
unified diffs of transcript corrections, airline passenger name lists, translated
Russian census enumeration sheets, gangway visitor logs, proforma invoices for labour
supply, archival finding aids, beneficial-ownership worksheets, ticketing attendee
exports, ESOL tutors' lesson logs, Markdown pages with YAML front matter, voice-note
transcripts, seafarers' centre sign-in books, iCalendar exports, Nepali landlords'
tenant forms for the police, church bulletin intercession lists, wedding gift-money
ledgers, inheritance-renunciation petitions, declaration-of-disappearance petitions,
transcribed North Korean brigade rotation lists, assembly notifications with steward
lists, nursing-home visit books, church van route sheets, settlement helpers' activity
logs, settlement-school alumni directories, welfare-check phone logs, Bible-copying
relay sheets, amateur football match reports, mobile obituary notices with replies,
hanbok rental ledgers, bilingual SRT subtitle files, Russian industrial-accident acts,
Russian arrival notifications, Chinese dormitory visitor registers, Mongolian daily
headcount sheets, Polish safety-training attendance lists, Vietnamese restaurant
timesheets, Arabic voice notes from a Gulf foreman, translation-agency job trackers,
bilingual prayer-chain e-mails, Chinese remittance slips, Russian internal memos and
note-app database exports), in English, Korean and mixed Korean/English with Russian,
Chinese, Arabic, Mongolian, Polish, Vietnamese and Nepali settings. Some passages use
CRLF line breaks (one mixes CRLF and LF), zero-width characters, a soft hyphen,
fullwidth letters, names split across line breaks and emoji. All persons are
fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)), in whatever spelling
  the text uses; {{p:...}} a mention of an unregistered private person; {{u:...}} a
  public name: a real public figure, place, organisation, company, ship, app,
  platform or law.
- Every fictional person is private, whatever their office; a fictional person who
  shares a name with a real public figure is private.
- Invented businesses, sites, churches and vessels are left unmarked.
- Names are labelled without particles, titles and honorifics (Mr, Pastor, ssi, nim,
  dongji, banjang) and without a possessive 's; Chinese forms of address (lao-, xiao-,
  -jie) and Arabic kunyas are labelled whole; Russian, Polish and Mongolian case
  endings stay inside. Zero-width characters, soft hyphens, fullwidth letters and a
  line break inside a name stay inside the mention.
- A misheard or mistyped rendering of a person's name is a mention of that person.
- Initials, user names and the name part of handles, tags, file names and e-mail
  local parts are mentions; role accounts are not.
- Ordinary words that look like names, surnames discussed as words, and generic
  kinship words are not mentions. Country names are public whenever they stand as
  nouns, also attributively; nationality adjectives and compounds are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h65-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jang Kum-song", "장금성", "witness", ["Kum-song", "Chang Geum-seong"]),
            ("Pak Ryong-il", "박룡일", "supervisor", ["Ryong-il"]),
            ("Jang Ok-hui", "장옥희", "relative", []),
            ("Ri Hye-gyong", "리혜경", "witness", ["Hye-gyong", "Lee Hye-kyung"]),
        ],
        "note": "Refugee legal clinic drop-in triage notes; client under North and South romanizations, volunteer and adviser first names, initials for a client who refused her full name, a Russian foreman's diminutive, surname Yoon as title-less short form; CRLF.",
        "text": """LEGAL ADVICE CLINIC - DROP-IN TRIAGE NOTES (not advice; internal allocation only)
Venue: church hall, {{u:New Malden}}
Date: Tuesday 14 May 2024, 18:00-21:00
Triage volunteer: {{p:Bethany Corrigan}}
Duty adviser: {{p:Olumide Adeyemi}} (OISC level 3)
Korean interpreter: {{p:Hyun Ji-woo}} (volunteer, first session)

Key: R = deadline within 14 days, A = amber, G = green.

---
Ticket 01 | R
Client: {{r:JANG Kum-song}}, m, 41. {{u:Home Office}} letters are addressed to "{{r:CHANG Geum Seong}}"; he says both are him. Prefers to be called {{r:Kum-song}}.
Issue: asylum refusal dated 2 May, appeal deadline 16 May. Claim rests on eight years as a welder with a {{u:DPRK}} brigade in {{u:Vladivostok}} and {{u:Nakhodka}}. Says brigade chief {{r:Pak Ryong-il}} held all passports and took the wages. Refusal letter says "no corroboration". Client has a photograph of himself with {{r:Pak}} and two other welders, {{p:Kim Song-chol}} and a man he knows only as "{{p:Tolya}}" (the Russian foreman).
Family: wife {{r:Jang Ok-hui}} (same surname, "not related, it happens") still in {{u:Chongjin}}; no contact since 2021.
Action: booked with {{p:Olumide}} tomorrow 10:00. Refusal letter scanned tonight. {{p:Bethany}} to e-mail {{p:Margaret Ashdown}} at the law centre about emergency legal aid.

Ticket 02 | A
Client: asked us not to write her full name; recorded as {{p:Y.S.H.}}, f, 36. Mrs {{p:Yoon}} (her married name here) came with her son.
Issue: landlord is withholding deposit. Not immigration. Signposted to {{u:Citizens Advice}} {{u:Kingston}}. {{p:Ji-woo}} wrote the address in Korean for her.

Ticket 03 | R
Client: {{r:RI Hye-gyong}}, f, 29 (bank card reads "{{r:LEE HYE KYUNG}}").
Issue: worked 2017-2019 in a seafood plant in {{u:Dandong}} under a manager she calls {{p:Jin jingli}} and a {{u:DPRK}} team leader, Comrade {{p:Ho Chun-ok}}. Now has a reporting condition at {{u:Becket House}} and was told at her last signing that she may be detained. Very anxious.
Notes: {{r:Hye-gyong}} says a friend from the plant, {{p:Kye Sol-mi}}, got status last year with help from a solicitor called {{p:Daniel Whitcombe}}. Worth asking {{p:Whitcombe}}'s firm if they will take her.
Action: {{p:Olumide}} to phone her on Thursday. {{p:Ji-woo}} available Thursday pm.

Ticket 04 | G
Client: Mr {{p:Han}} declined to give more than his surname. Wants "papers for work". Handed the leaflet. He said he knows {{r:Kum-song}} from church and will come with him tomorrow.

---
End-of-session note ({{p:B.C.}}): three clients, two red. {{p:Hyun}} interpreted all evening without a break; please pair her with {{p:Sang-min}} next week. Keys returned to Father {{p:Declan}}.
""",
    },
    {
        "id": "h65-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Chang-sik", "류창식", "relative", ["Chang-sik", "Yu Chang-sik"]),
            ("Ryu Myong-suk", "류명숙", "witness", ["Myong-suk", "Yoo Myung-sook"]),
            ("Ryu Hak-chol", "류학철", "relative", ["Hak-chol"]),
        ],
        "note": "Genealogy forum thread about a clan line split by the division; forum handles that spell names, the surname 류/유/Ryu/Yoo/Yu discussed as a word (unmarked), ancestors and living relatives, a moderator, a Sakhalin branch with Russian names, a book author who is private.",
        "text": """Forum > Korean Family History > Lost branches (North)
Thread: Seeking descendants of {{r:Ryu Chang-sik}} (b. 1931, {{u:Kilju}}) - sent to logging in {{u:Russia}}?

Posted by {{r:myongsuk}}_ryu (member since 2019)

Hello all. I am {{r:Ryu Myong-suk}}, living in {{u:Incheon}} since 2011. My grandfather {{r:Ryu Chang-sik}} was the second son of {{p:Ryu Tae-gon}} and {{p:Sim Ok-nyo}}. Before I left the North, my father {{r:Ryu Hak-chol}} told me that grandfather {{r:Chang-sik}} was sent in 1967 to the timber camps near {{u:Chegdomyn}} and came back only once. I myself worked in a logging brigade near {{u:Tynda}} from 2004 to 2008, and an old Russian there, {{p:Gennady Petrovich}}, remembered a Korean called "{{r:Yu}}" who had married a local woman. Could that be grandfather? Any leads welcome.

---
Reply from hanja_{{p:jeongwoo}} (moderator)
Welcome, {{r:Myong-suk}}. A note on spelling first, because it trips up everybody searching the old records: the surname 柳 is written 류 in the North and usually 유 in the South, and it is romanized Ryu, Yu, Yoo or Yoo-with-two-o's depending on the office. Russian files add Лю and Ю. So search for all of them.
For the Soviet period, the best published list I know is in {{p:Kwon Sang-il}}'s book on the Far East timber agreements; he transcribed the camp rosters from {{u:Khabarovsk}} archives. I remember a few entries under that surname.
- {{p:Jeongwoo Han}}, moderator

---
Reply from sakhalin_{{p:lena}}
Привет. My great-grandmother was Korean, married name {{p:Лю}}, from the {{u:Sakhalin}} side, not the logging side, so probably not your family. But my cousin {{p:Vadim Lyu}} did his DNA test last year and has matches with people in {{u:Seoul}}. I can ask him to look for "{{r:Ryu Myong-suk}}" in his matches if you tested.

---
Reply from {{r:myongsuk}}_ryu
Thank you {{p:Lena}}, and thank you moderator {{p:Han}}. I did not test yet. My brother {{p:Ryu Myong-gil}} says it is dangerous because our aunt {{p:Ryu Kyong-ae}} is still in {{u:Hamhung}}. I will ask him again.
About grandfather: my father {{r:Hak-chol}} once said that {{r:Chang-sik}} had a Russian name at the camp, something like "{{r:Sasha}}". And the woman, maybe {{p:Valentina}}. That is all I have.

---
Reply from old_{{p:kwon}}
I am {{p:Kwon Sang-il}}, the author mentioned above. I remember a {{r:Ryu Chang-sik}} in the 1968 roster for Section 4 near {{u:Chegdomyn}}, listed with a note "returned on medical grounds". The brigade leader on that page was {{p:Pang Hyong-do}}. Please send me a private message, {{r:Myong-suk}}; I have a photocopy.

---
Reply from {{r:myongsuk}}_ryu
Mr {{p:Kwon}}, I sent the message. I cannot believe it. Thank you everyone.
""",
    },
    {
        "id": "h65-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Un-jong", "최은정", "witness", ["Un-jong", "Choi Eun-jung", "Eunjung"]),
            ("Kim Pyong-su", "김평수", "supervisor", ["Pyong-su"]),
            ("Choe Kwang-chol", "최광철", "relative", ["Kwang-chol"]),
        ],
        "note": "Android SMS backup file (XML) recovered from a former restaurant worker's phone; contact_name attributes carry names, message bodies carry names in Korean, English and Russian, a contact saved as a nickname, a bank sender ID and short codes are unmarked, apostrophe entity inside a body.",
        "text": """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!--File Created By SMS Backup &amp; Restore v10.18.003 on 03/02/2023 21:14:07-->
<smses count="14" backup_set="b7d1" backup_date="1675455247000" type="full">
  <sms protocol="0" address="+79241550917" date="1602301522000" type="1" body="{{r:Un-jong}}, manager says tomorrow the inspection. Wear the white blouse. - {{r:Pyong-su}}" read="1" contact_name="{{r:Kim Pyong-su}} (boss)" />
  <sms protocol="0" address="+79241550917" date="1602302001000" type="2" body="Yes comrade {{r:Kim}}" read="1" contact_name="{{r:Kim Pyong-su}} (boss)" />
  <sms protocol="0" address="+79140082231" date="1602389911000" type="1" body="Привет {{r:Юнджон}}! Это {{p:Оксана}}. Завтра смена с 10, {{p:Марина}} заболела" read="1" contact_name="{{p:Oksana}} kitchen" />
  <sms protocol="0" address="+79140082231" date="1602390455000" type="2" body="Ok {{p:Oksana}}. I come 10" read="1" contact_name="{{p:Oksana}} kitchen" />
  <sms protocol="0" address="900" date="1602500000000" type="1" body="Zachislenie 15000r. Balans: 15212r." read="1" contact_name="(Unknown)" />
  <sms protocol="0" address="+79241550917" date="1602518833000" type="1" body="15000 is for the fund. Give to {{p:Ri Song-hui}} tonight, she collects for all the girls. Don&apos;t spend." read="1" contact_name="{{r:Kim Pyong-su}} (boss)" />
  <sms protocol="0" address="+79502219080" date="1602600121000" type="1" body="누나 나 {{r:광철}}이야. {{p:승호}}형 전화로 보내. 엄마 괜찮아" read="1" contact_name="{{r:광철}}" />
  <sms protocol="0" address="+79502219080" date="1602600490000" type="2" body="{{r:광철}}아 조심해. 이 번호 {{r:김평수}} 동지가 알면 안돼" read="1" contact_name="{{r:광철}}" />
  <sms protocol="0" address="+79147761102" date="1603011200000" type="1" body="Hi dear it&apos;s {{p:Dmitri}} from table 6 :) when is your day off" read="1" contact_name="{{p:Dima}} table6" />
  <sms protocol="0" address="+79241550917" date="1603012001000" type="1" body="Who is {{p:Dmitri}}? {{p:Song-hui}} told me. Come to office." read="1" contact_name="{{r:Kim Pyong-su}} (boss)" />
  <sms protocol="0" address="+79241166540" date="1603200300000" type="1" body="{{r:Eunjung}} this is Pastor {{p:Lim}}&apos;s wife {{p:Grace}}. The number from {{p:Dima}}. If you want to talk, we are near {{u:Sportivnaya}} station. Delete this." read="1" contact_name="Hair salon" />
  <sms protocol="0" address="+79241166540" date="1603201000000" type="2" body="Thank you {{p:Grace}} 사모님. Sunday maybe" read="1" contact_name="Hair salon" />
  <sms protocol="0" address="+79502219080" date="1603300000000" type="1" body="누나 {{p:은별}}이 결혼한대. {{p:최명호}} 알지? 그 집 아들" read="1" contact_name="{{r:광철}}" />
  <sms protocol="0" address="+79241550917" date="1603450000000" type="1" body="{{r:Choe Un-jong}}. Self-criticism Friday. Bring notebook." read="1" contact_name="{{r:Kim Pyong-su}} (boss)" />
</smses>
""",
    },
    {
        "id": "h65-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sok Yong-chol", "석용철", "witness", ["Yong-chol"]),
            ("Ma Kyong-ok", "마경옥", "witness", ["Kyong-ok"]),
            ("Om Chun-sik", "엄춘식", "supervisor", []),
        ],
        "note": "Google Form responses pasted as CSV: volunteer sign-up for a testimony-reading event, with free-text answers naming witnesses and a minder; names in lower case, in capitals, surname-first and surname-last, a quoted field with a comma inside, e-mail local parts that spell names, a role account.",
        "text": """Timestamp,Email Address,Full name,Preferred name,Which session can you help at?,Languages,Anything we should know?
2024/03/02 9:14:55 AM GMT,{{p:sophie.marlow}}@gmail.com,{{p:Sophie Marlow}},{{p:Soph}},Saturday AM,English; French,"Happy to do the welcome desk. I met {{r:Yong-chol}} at the last event, he asked for me again"
2024/03/02 10:02:11 AM GMT,{{p:junhyuk.bae}}@outlook.com,{{p:BAE Jun-hyuk}},{{p:Jun}},Both,Korean; English,"Can interpret for Ms {{r:Ma}}'s reading if {{p:Ha-eun}} is not available"
2024/03/02 11:40:03 AM GMT,{{p:h.okonkwo}}@ngo-mail.org,{{p:Helen Okonkwo}},{{p:Helen}},Saturday PM,English; Igbo,
2024/03/02 2:17:29 PM GMT,{{p:kim.haeun}}@naver.com,{{p:Kim Ha-eun}},{{p:Ha-eun}},Saturday AM,Korean; English; Japanese,"I will read the part of {{r:Om Chun-sik}} (the minder) in the dramatised section, as agreed with {{p:Sophie}}. Please don't print my surname in the programme."
2024/03/03 8:01:48 AM GMT,info@tenantsunion.example,Tenants Union (stall),,Saturday PM,English,Role account - contact {{p:Dev Malhotra}} on the day
2024/03/03 12:55:13 PM GMT,{{r:yongchol.sok}}@proton.me,{{r:sok yong chol}},{{r:Yong-chol}},Saturday AM,Korean,"I read my own text. Not the minder part. {{r:Om}} was in my brigade in {{u:Ulan-Ude}} - I do not want anybody to copy his voice, please just read it flat."
2024/03/03 3:21:07 PM GMT,{{p:wojtek.n}}@wp.pl,{{p:Wojciech Nowak}},{{p:Wojtek}},Both,Polish; English,"I drove Mrs {{r:MA}} home last time. Can do it again. She lives near {{u:Hounslow}}."
2024/03/04 7:47:30 AM GMT,{{r:kyongok.ma}}@gmail.com,"{{r:MA}}, {{r:Kyong-ok}}",{{r:Kyong-ok}},Saturday PM,Korean; Chinese,"I can sell the kimchi again. My friend {{p:Tak Sun-yong}} will help. Please no photos of my face. {{p:Jun}} knows."
2024/03/04 6:30:41 PM GMT,{{p:r.achterberg}}@uni.example,{{p:Ruth Achterberg}},,Saturday AM,English; German; Russian,"Researcher. I interviewed {{r:Sok Yong-chol}} in 2022 for the {{u:University of Leeds}} project; happy to give context on the {{u:Buryatia}} sites if {{p:Sophie}} wants a short intro."
2024/03/05 1:12:16 AM GMT,{{p:lee.donghyun}}@icloud.com,{{p:Donghyun Lee}},{{p:Donny}},Both,Korean; English,"I can do AV. Also please tell {{r:Kyong-ok}} 선생님 that {{p:Tak}} auntie said the tables are booked"
""",
    },
    {
        "id": "h65-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hyon Tae-ung", "현태웅", "witness", ["Tae-ung", "Hyun Tae-woong"]),
            ("Ryang Sung-il", "량승일", "supervisor", ["Sung-il", "Yang Seung-il"]),
            ("Kong Mi-ran", "공미란", "relative", ["Mi-ran"]),
        ],
        "note": "Internal case wiki revision history with edit summaries; editors' user names (some spell names, some not), witness and brigade leader renamed between spellings, a redaction edit that quotes the removed name, a bot account, diff sizes; Kuwait construction.",
        "text": """Case wiki > KW-2019-044 ({{r:Hyon Tae-ung}}) > View history

Legend: (cur | prev) compare with current / previous version; m = minor edit

(cur | prev) 17:42, 8 April 2024  {{p:JSeo}} (talk | contribs)  m  . . (14,882 bytes) (-21) . . (typo: "{{r:Ryang Sung-ill}}" -> "{{r:Ryang Sung-il}}")
(cur | prev) 17:40, 8 April 2024  {{p:JSeo}} (talk | contribs)  . . (14,903 bytes) (+612) . . (added section "Wage deductions" from {{p:Farah}}'s call notes of 5 April)
(cur | prev) 09:15, 5 April 2024  {{p:FarahQ}} (talk | contribs)  . . (14,291 bytes) (+1,034) . . (call with {{r:Tae-ung}}: he confirms {{r:Ryang}} signed the salary sheets at the {{u:Sabah Al-Ahmad Sea City}} site office; names a second signatory, "{{p:Abu Yousef}}", the Egyptian timekeeper)
(cur | prev) 22:03, 2 April 2024  ArchiveBot (talk | contribs)  m  . . (13,257 bytes) (0) . . (bot: normalised date formats)
(cur | prev) 16:28, 28 March 2024  {{p:Min-ji}} (talk | contribs)  . . (13,257 bytes) (-388) . . (REDACTED: removed wife's workplace on request of {{r:Hyon}}; wife's name "{{r:Kong Mi-ran}}" kept because it is already in the referral letter)
(cur | prev) 16:20, 28 March 2024  {{p:Min-ji}} (talk | contribs)  . . (13,645 bytes) (+77) . . (alias: Southern spelling "{{r:Hyun Tae-woong}}" as on his ID card)
(cur | prev) 11:11, 20 March 2024  {{p:TomB}} (talk | contribs)  . . (13,568 bytes) (+2,901) . . (imported interview 2 summary; interviewer {{p:Tom Barraclough}}, interpreter {{p:Yoo Seul-ki}})
(cur | prev) 10:58, 20 March 2024  {{p:TomB}} (talk | contribs)  m  . . (10,667 bytes) (+12) . . ({{r:Sung-il}} -> "{{r:Ryang Sung-il}} (brigade leader)")
(cur | prev) 14:37, 2 February 2024  {{p:JSeo}} (talk | contribs)  . . (10,655 bytes) (+45) . . (cross-ref: {{p:Chon Il-bom}} (KW-2019-051) was in the same brigade; {{p:Chon}} also names {{r:Ryang}})
(cur | prev) 14:30, 2 February 2024  {{p:JSeo}} (talk | contribs)  . . (10,610 bytes) (+1,220) . . (new section "Co-workers": {{p:Yun Chol-ho}}, {{p:Sin Kwang-bok}} (died 2018, heat), {{p:Rim Hak-song}}, and the Nepali steel fixer {{p:Bishnu Tamang}} who drove {{r:Tae-ung}} to {{u:Adan Hospital}})
(cur | prev) 18:00, 19 January 2024  {{p:Hannah.K}} (talk | contribs)  . . (9,390 bytes) (+9,390) . . (Created page from intake form. Referred by {{u:Citizens' Alliance for North Korean Human Rights}}; witness {{r:Hyon Tae-ung}}, b. 1979, {{u:Sinpo}}; in {{u:Kuwait}} 2015-2019 with {{u:Namgang Construction}}; brigade leader {{r:Ryang}} (given name unknown); wife {{r:Mi-ran}} in {{u:Seoul}} since 2022)

Talk page (latest thread):
{{p:FarahQ}}: Should the Southern spelling "{{r:Yang Seung-il}}" be added for {{r:Ryang}}? The {{u:UN Panel of Experts}} annex uses it.
{{p:JSeo}}: Yes, add it in the aliases box, not in the text. Ping {{p:Min-ji}} before any more redaction.
""",
    },
    {
        "id": "h65-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tak Chol-hun", "탁철훈", "witness", ["Chol-hun"]),
            ("Kye Yong-nam", "계영남", "supervisor", ["Yong-nam"]),
            ("Paek Sun-hwa", "백순화", "relative", ["Sun-hwa"]),
        ],
        "note": "Unified diff of a transcript correction committed to the NGO's repository; names inside removed and added lines (each occurrence is a mention), a misheard name corrected, speaker initials, a file path with a surname, commit author lines; Mongolia construction.",
        "text": """commit 5e0c1a9f3b2d7e44a6c1f08b9d2e3a71c4b5f6d2
Author: {{p:Ines Carvalho}} <{{p:ines.carvalho}}@example.org>
Date:   Thu Feb 15 16:02:41 2024 +0000

    {{r:tak}}-interview-3: fix misheard names after review with {{p:Su-bin}}

    Reviewer {{p:Song Su-bin}} listened to 00:12-00:19 again. "{{r:Kye Yong-nam}}" was
    transcribed as "{{r:Kim Yong-nam}}" throughout; the witness spells it 계. Also
    the wife's name.

diff --git a/transcripts/2023/{{r:tak}}_chol-hun_03.txt b/transcripts/2023/{{r:tak}}_chol-hun_03.txt
index 3f1a2c7..b9e04d1 100644
--- a/transcripts/2023/{{r:tak}}_chol-hun_03.txt
+++ b/transcripts/2023/{{r:tak}}_chol-hun_03.txt
@@ -41,9 +41,9 @@ [00:12:05] IC: Who kept the passports in {{u:Ulaanbaatar}}?
-[00:12:09] TCH: The brigade leader, {{r:Kim Yong-nam}}. He had a safe in the container.
+[00:12:09] TCH: The brigade leader, {{r:Kye Yong-nam}}. He had a safe in the container.
 [00:12:16] IC: Did anyone else have a key?
-[00:12:19] TCH: {{r:Kim}}'s deputy, {{p:Jo Hak-sun}}. And maybe the Mongolian manager, {{p:Bat-Erdene}}.
+[00:12:19] TCH: {{r:Kye}}'s deputy, {{p:Jo Hak-sun}}. And maybe the Mongolian manager, {{p:Bat-Erdene}}.
 [00:12:31] IC: Did {{p:Bat-Erdene}} speak Korean?
 [00:12:34] TCH: A little. He learned from {{p:Odgerel}}, the cook's daughter.
@@ -88,7 +88,7 @@ [00:17:40] IC: And your wife?
-[00:17:44] TCH: {{r:Paek Sun-hoa}}. She was in {{u:Hyesan}} then, with my mother.
+[00:17:44] TCH: {{r:Paek Sun-hwa}}. She was in {{u:Hyesan}} then, with my mother.
 [00:17:52] IC: Did {{r:Sun-hwa}} know what the work was like?
-[00:17:55] TCH: No. {{r:Kim Yong-nam}} read our letters before they went.
+[00:17:55] TCH: No. {{r:Kye Yong-nam}} read our letters before they went.
 [00:18:03] IC: All of them?
 [00:18:05] TCH: All. He read them aloud at the meeting if he did not like them.

commit 0b77e2c84d1f9a3e6b5c2d10e8f7a6b4c3d2e1f0
Author: {{p:Ines Carvalho}} <{{p:ines.carvalho}}@example.org>
Date:   Mon Dec 4 10:11:03 2023 +0000

    Add {{r:tak}} interview 3 (raw). Interviewer: {{p:Ines}} (IC). Witness: {{r:Tak Chol-hun}} (TCH).
    Interpreter {{p:Cha Eun-seo}} not credited at her request - do not add her name to headers.
""",
    },
    {
        "id": "h65-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chae Yong-bom", "채영범", "relative", ["Yong-bom", "CHAE/YONGBOM"]),
            ("Chae Un-sil", "채은실", "witness", ["Un-sil"]),
            ("Pyon Hak-man", "변학만", "supervisor", []),
        ],
        "note": "Passenger name list for a scheduled flight, leaked by a ground-handling clerk, with the NGO's annotations; airline-style SURNAME/GIVENNAME entries with titles outside, group names, escort remarks, a caseworker's notes tracing the witness's brother; Vladivostok to Pyongyang.",
        "text": """[Annotated copy - received from a source in the handling agent, 19 March 2023. Annotations by {{p:Nadia Kowalczyk}} in square brackets.]

PNL
JS272/12MAR VVO PART1
CFG/016C132Y
RBD C/C Y/Y
AVAIL
 FNJ  C000
 FNJ  Y028
-FNJ028Y
1{{r:CHAE/YONGBOM}} MR
[= {{r:CHAE/YONGBOM}} - this is {{r:Un-sil}}'s brother, {{r:Chae Yong-bom}}. Seat 23C.]
1{{p:RI/KWANGSONG}} MR .R/DEPU
1{{p:KO/CHUNIL}} MR .R/DEPU
1{{p:HAN/MYONGHO}} MR-C4 .L/9Q2KXL
1{{p:SON/HYOCHOL}}
1{{p:PAEK/UNGIL}}
1{{p:RYU/SONGMAN}}
1{{r:PYON/HAKMAN}} MR .R/ESCT .RN/ACCOMPANIES GRP C4
[= {{r:Pyon Hak-man}}, the brigade security man {{r:Un-sil}} described in interview 2. He escorts group C4.]
1{{p:KIM/JONGHUN}} MR .R/WCHR
[wheelchair - {{r:Un-sil}} thinks this is {{p:Kim Jong-hun}}, who fell at the {{u:Russky Island}} site in January]
1{{p:JON/SUNBOK}} MRS
1{{p:SIN/OKHUI}} MS
1{{p:MUN/CHOLJIN}} MR
1{{p:HWANG/YONGSU}} MR
1{{p:KANG/IL}} MR
1{{p:KONG/SONGMI}} MS
1{{p:TOKAREVA/IRINA}} MS .R/DIPL
1{{p:ZHANG/WEI}} MR
1{{p:LI/JUNHAO}} MR
ENDPART1

[Note to file ({{p:N.K.}}): {{r:Chae Un-sil}} confirmed by phone on 20 March that "{{r:Yong-bom}}" is her brother. She last heard from him through {{p:Ri Kwang-song}}'s wife, who runs a kiosk in {{u:Vladivostok}}. Group C4 was the {{u:Primorye}} road crew. {{r:Pyon}} travelling with them means they were sent back as a group, she thinks because of the letters about wages. {{p:Tokareva}} is probably a Russian embassy spouse; not relevant. {{p:Zhang}} and {{p:Li}} are Chinese traders. Flight operated by {{u:Air Koryo}}.]
[Next step: ask {{p:Oh Min-seo}} at the {{u:Database Center for North Korean Human Rights}} whether {{p:RI/KWANGSONG}} appears in their returnee records. Do NOT contact {{p:Ri}}'s wife; {{r:Un-sil}} says she reports to {{r:Pyon}}.]
""",
    },
    {
        "id": "h65-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-chol", "박영철", "witness", ["Yong-chol", "ПАК Ен Чер"]),
            ("Jong Tae-hyok", "정태혁", "supervisor", ["Tae-hyok", "ЧЕН Тхэ Хек"]),
        ],
        "note": "Translated Russian census enumeration sheet for a workers' hostel with the translator's notes; Cyrillic names with case endings, Russian transliterations of Korean names, the enumerator and building manager are private, one resident recorded only by a nickname; CRLF.",
        "text": """TRANSLATION FROM RUSSIAN
All-Russian Population Census 2021 - Form L (list of persons in the premises), copy kept by the building manager
Translator: {{p:Anastasia Belova}}. Translator's notes are in square brackets.

Census district 25-01-17, enumeration area 0412
Address: {{u:Vladivostok}}, [street and building withheld], private hostel
Enumerator: {{p:Kuznetsova Olga Viktorovna}} [signature]
Premises manager present: {{p:Shevchuk Roman Igorevich}}

No. | Surname, name, patronymic (as stated) | Sex | Year of birth | Citizenship | Notes
1 | {{r:ПАК Ен Чер}} [= {{r:PAK Yong-chol}}] | m | 1981 | {{u:DPRK}} | room 4; answered for rooms 4-6
2 | {{p:КИМ Сон Ир}} [= {{p:KIM Song-il}}] | m | 1985 | {{u:DPRK}} | room 4
3 | {{p:РИ Гван Чхор}} [= {{p:RI Kwang-chol}}] | m | 1979 | {{u:DPRK}} | room 4
4 | {{p:О Хак Нам}} [= {{p:O Hak-nam}}] | m | 1990 | {{u:DPRK}} | room 5
5 | {{p:ХАН Мен Гук}} [= {{p:HAN Myong-guk}}] | m | 1983 | {{u:DPRK}} | room 5
6 | "{{p:Малыш}}" [= "Kid"; the enumerator wrote a nickname, no surname given] | m | ? | {{u:DPRK}} | room 5
7 | {{r:ЧЕН Тхэ Хек}} [= {{r:JONG Tae-hyok}}] | m | 1972 | {{u:DPRK}} | room 6; "senior"
8 | {{p:Магомедов Руслан}} | m | 1994 | {{u:Russia}} | room 9, not part of the group

Enumerator's remark (on the back): "Data for Nos. 1-7 given by citizen {{r:Пак}}. Citizen {{r:Чен}} was present and told {{r:Пака}} what to say. Residents could not show passports; {{r:Чен}} said they are kept at the company office."

[Translator's note: the enumerator's surname is written {{p:Кузнецова}} in the header and signature; the manager signs as "{{p:Р. Шевчук}}".]

NGO note ({{p:Lim Da-eun}}, 4 Nov 2023): {{r:Yong-chol}} says the nickname at No. 6 is {{p:Kye Jin-su}}, the youngest in the brigade; {{r:Jong}} told them to give the census "as few names as possible". {{r:Pak Yong-chol}} left the hostel in February 2022 with help from Pastor {{p:Kim}}. The form was photographed by {{p:Ruslan}} (No. 8), who later sent it to {{r:Yong-chol}} on {{u:Telegram}}.
""",
    },
    {
        "id": "h65-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Myong-ho", "리명호", "witness", ["Myong-ho", "Lee Myung-ho"]),
            ("Ju Kwang-rim", "주광림", "supervisor", ["Kwang-rim"]),
        ],
        "note": "Gangway watch visitor log of a Chinese-flagged longliner in port, photocopied by a port welfare volunteer; signatures transcribed, crew names in varying romanizations, a watchman's nickname, Mauritian officials and ship chandler staff are private; real port and authorities public.",
        "text": """GANGWAY LOG - VISITORS (copy; original kept on board)
Vessel: F/V Hai Feng 8 (Chinese flag), berth 3, {{u:Mauritius Container Terminal}}, {{u:Port Louis}}
Watch: AB {{p:Xu Jianguo}} ("{{p:Lao Xu}}") and deckhand {{r:Ri Myong-ho}}

Date  | Time in | Visitor | Company / purpose | Escorted by | Time out
03/07 | 0830 | {{p:R. Ramgoolam}} | {{u:Mauritius Revenue Authority}} customs, stores seal | C/O {{p:Chen Bo}} | 0915
03/07 | 1010 | {{p:Priya Doorgakant}} | ship chandler (fresh provisions) | cook {{p:Song Hak-chol}} | 1050
03/07 | 1400 | Fr. {{p:Jean-Marc Laval}} | port welfare (magazines, SIM cards) | {{r:Lee Myung-ho}} | 1445
03/08 | 0900 | {{p:Sunil Jhugroo}} | agent's runner, crew passports for immigration | {{r:Ju Kwang-rim}} | 0920
03/08 | 1130 | {{p:Ahmad Peerbux}} | {{u:Mauritius Ports Authority}} safety | C/O {{p:Chen}} | 1200
03/08 | 1600 | {{p:Laval}} + volunteer {{p:Sandrine}} | welfare, football | {{r:Myong-ho}} | 1730
03/09 | 0745 | {{p:Jhugroo}} | passports returned to "the Korean leader" | {{r:Ju}} | 0750

Notes written on the facing page by the welfare volunteer {{p:Sandrine Appadoo}}:
- The four North Korean crew ({{r:Ri Myong-ho}}, {{p:Kang Chol-u}}, {{p:Han Song-jin}}, {{p:Pang Yong-il}}) are not allowed ashore. Their leader {{r:Ju Kwang-rim}} holds their passports when the agent returns them; the Chinese crew get theirs back.
- {{r:Myong-ho}} asked me quietly for a Korean Bible and for news of "{{u:Chongjin}} port". He says his wife is {{p:Yun Ok-sun}}.
- {{p:Lao Xu}} is kind to them; he lends {{r:Ri}} his phone on Sundays when {{r:Kwang-rim}} sleeps.
- Reported to Fr. {{p:Laval}}, who will speak to the {{u:International Transport Workers' Federation}} contact, {{p:Vikash Ramdin}}.
""",
    },
    {
        "id": "h65-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-jun", "김철준", "witness", ["Chol-jun", "Gim Cheol-jun"]),
            ("Hwang Un-sok", "황운석", "supervisor", []),
            ("Kim Yong-gil", "김용길", "coworker", ["Yong-gil"]),
        ],
        "note": "Proforma invoice for labour supply from a DPRK trading company to a Mongolian contractor, with a worker annex and a witness's handwritten margin notes as transcribed; registered witness with the same surname as a co-worker, Mongolian signatories, bank officer, a public sanctioned company, a Gim spelling.",
        "text": """PROFORMA INVOICE No. KR-MN/2018/07
Date: 02.07.2018
Seller: [letterhead torn; per the witness, a front of {{u:Korea General Corporation for External Construction}}]
Buyer: "Erdem Barilga" LLC, {{u:Ulaanbaatar}}, {{u:Bayanzurkh District}}
Attn: Director {{p:Ganbaatar Tsogtbayar}}; chief accountant {{p:Oyunchimeg D.}}

Description: supply of construction labour (reinforced concrete, finishing) for the period 01.08.2018-31.07.2019
Quantity: 24 workers x 12 months
Unit price: USD 620 per worker per month
Total: USD 178,560
Payment: monthly to the account of the Seller's representative; cash acceptable against receipt signed by the team leader {{r:Hwang Un-sok}}.
Beneficiary bank officer: Ms {{p:Narantuya}} (contact at the buyer's bank)

Signed for the Seller: {{r:Hwang Un-sok}} (representative in {{u:Mongolia}})
Signed for the Buyer: {{p:G. Tsogtbayar}}

ANNEX 1 - WORKER LIST
1. {{r:KIM Chol-jun}}, formwork
2. {{r:KIM Yong-gil}}, formwork
3. {{p:RI Su-bok}}, steel fixing
4. {{p:CHO Kum-chol}}, steel fixing
5. {{p:KO Myong-nam}}, tiling
6. {{p:JI Sang-hyok}}, tiling
7. {{p:RYANG Il-song}}, plastering
8. {{p:PAK Nam-ho}}, plastering
9-24. [list continues on a second page that the witness did not keep]

Handwritten notes in the margin (witness's hand, in Korean; transcribed and translated by {{p:Baek Ye-rin}}):
- "620 dollars! We got 90. {{r:Hwang}} said the rest was plan money."
- beside no. 2: "{{r:Yong-gil}} - not my brother, everybody asks. From {{u:Kaechon}}."
- beside no. 5: "{{p:Myong-nam}} hurt his back Nov 2018, {{p:Ganbaatar}}'s driver {{p:Bold}} took him to hospital, {{r:Hwang}} shouted at {{p:Bold}}."
- bottom: "{{r:철준}}. Copied on {{p:Oyunchimeg}}'s machine when she went out."

Case note: {{r:Kim Chol-jun}} (ID card: {{r:Gim Cheol-jun}}) gave this to caseworker {{p:Jo Eun-hye}} in 2022.
""",
    },
    {
        "id": "h65-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Kum-hui", "송금희", "witness", ["Kum-hui"]),
            ("Rim Jong-sik", "림정식", "witness", ["Jong-sik", "Lim Jeong-sik"]),
            ("Wi Sang-ho", "위상호", "supervisor", []),
        ],
        "note": "Archival finding aid (container list) for an NGO's oral-history collection; creator, donors, processing archivist, interviewers and subjects named in series and file titles, a closed file with a name still in the title, folder titles with surname-first inversions, surname Song beside the word song.",
        "text": """FINDING AID
Collection: Testimonies of North Korean Workers Abroad, 2014-2023
Repository: {{u:Hoover Institution Library & Archives}} (deposit pending); working copy held by the NGO
Extent: 3.2 linear metres; 418 audio files
Processed by: {{p:Miriam Feldstein}}, project archivist, 2024
Acquisition: donated by the NGO; earlier tapes donated by {{p:Hwang Bo-ra}} (former volunteer)

Access: open, except Series 2, files 2.4 and 2.9 (closed until 2060 at the request of the interviewees).

SERIES 1. ADMINISTRATIVE RECORDS
1.1 Correspondence of the director, {{p:Lee Young-joo}}, with interviewers, 2014-2018
1.2 Interviewer training materials by {{p:Ahn Sung-woo}} and {{p:Catherine Dufresne}}
1.3 Consent forms (restricted)

SERIES 2. INTERVIEWS
2.1 {{r:Song, Kum-hui}}. Garment factory, {{u:Dandong}}. Interviewed by {{p:Ahn Sung-woo}}, 2015. 4 tapes.
  Note: the interviewee sings a work song at tape 3, 12:40. {{r:Song}} names the factory manager as "Director {{p:Cui}}" and her team leader as {{p:Kang Ok-byol}}.
2.2 {{r:Song, Kum-hui}}. Follow-up, 2019. Interviewed by {{p:Dufresne}}, interpreted by {{p:Jeon Ha-yoon}}.
2.3 {{r:Rim, Jong-sik}}. Logging, {{u:Tyndinsky District}}. 2016. Interviewee also filed as "{{r:Lim Jeong-sik}}" in the database.
2.4 CLOSED. {{p:Yun, Chol}} (pseudonym given by the interviewer).
2.5 {{r:Rim, Jong-sik}}, with {{p:Rim, Kyong-hui}} (his sister). 2017.
  Content: the brigade leader {{r:Wi Sang-ho}}; the death of {{p:Chon Myong-dok}}; the Russian camp doctor {{p:Vera Mikhailovna}}.
2.6 {{p:Pong, Hae-yong}}. Construction, {{u:Doha}}. 2018.
2.7 {{p:Ko, Sun-ja}} and {{p:Ko, Tae-sik}} (mother and son). 2019.
2.8 {{r:Rim, Jong-sik}}, statement for the {{u:Seoul Central District Court}}. 2021. Includes the letter he wrote to {{r:Wi}}.
2.9 CLOSED.

SERIES 3. PHOTOGRAPHS
3.1 Prints given by {{r:Kum-hui}}: dormitory, the canteen, {{p:Kang Ok-byol}} with two workers (names on verso: {{p:Min Hye-jin}}, {{p:Tae Sun-hui}}).
3.2 Logging camp, 2016, given by {{r:Jong-sik}}; one print annotated "{{r:Wi}} 반장" in ballpoint.

Processing note: file titles are recorded surname first as the donor wrote them. Cross-reference to interviewer {{p:Ahn}}'s field notebooks, which remain with {{p:Ahn}}.
""",
    },
    {
        "id": "h65-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chon Kwang-nam", "전광남", "official", ["Kwang-nam", "Jon Kwang-nam"]),
            ("Ma Su-rim", "마수림", "official", []),
            ("Ho Yong-sam", "허영삼", "witness", ["Yong-sam"]),
        ],
        "note": "Sanctions researcher's beneficial-ownership worksheet tracing labour-agency front companies; fictional directors and nominees are private, real sanctioned entities and registries public, Chinese and Russian nominee names in Latin and native scripts, a witness's identification of a director from a photo.",
        "text": """BENEFICIAL OWNERSHIP WORKSHEET - draft v3 (researcher: {{p:Tobias Wendt}}; reviewer: {{p:Akiko Mori}})
Question: who controls the agencies that placed {{u:DPRK}} crews on Russian building sites in 2018-2020?

Entity A: "Vostok Stroi Servis" LLC (registered {{u:Khabarovsk}})
- Source: {{u:Federal Tax Service}} register extract (EGRUL), 14.02.2024
- General director: {{p:Sorokin Pavel Andreevich}} (since 2017)
- Founder (100%): {{p:Yermakova Tatyana}} - appears as founder of 11 other firms; nominee?
- Phone on filing shared with Entity C.
- Witness link: {{r:Ho Yong-sam}} says the contract he saw was signed by "a Korean with a Russian stamp", whom he names as {{r:Chon Kwang-nam}}.

Entity B: "Hua Tai Trading" (registered {{u:Hunchun}})
- Legal representative: {{p:Jin Chengzhe}} (金成哲)
- Shareholder: {{p:Piao Meiling}} (朴美玲), 60%; {{p:Jin Chengzhe}}, 40%
- Possible link: {{p:Jin}}'s WeChat profile photo shows him with {{r:Ma Su-rim}} at a banquet in 2019.

Entity C: representative office of {{u:Korea Rungrado General Trading Corporation}}?
- Not registered under this name. {{r:Chon Kwang-nam}} (also spelled {{r:Jon Kwang-nam}} in a 2016 visa list) was identified by {{r:Yong-sam}} as "the man from the office in {{u:Vladivostok}}".
- {{r:Ma Su-rim}}: named in the {{u:UN Panel of Experts}} report only as "a {{u:DPRK}} national"; our witness says {{r:Ma}} was {{r:Chon}}'s deputy and handled cash.

Open questions ({{p:A.M.}}):
1. Is {{p:Yermakova}} the same person as the {{p:T. Yermakova}} on Entity D's filing? Same birth date per {{p:Wendt}}'s contact at the registry.
2. {{r:Ho}} picked {{r:Chon}} from an array of 8 photos on 2 March (administered by {{p:Elena Park}}, not by the researcher). Confidence "high", but he hesitated between photos 3 and 6 (photo 6 = {{p:Kim Ung-chol}}, a restaurant manager, not a suspect).
3. {{p:Piao Meiling}} - same person as the restaurant owner "{{p:朴姐}}" in {{r:Yong-sam}}'s interview? Ask {{p:Elena}}.
""",
    },
    {
        "id": "h65-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Eun-ji", "황은지", "other", ["Eun-ji"]),
            ("Paul Ferreira", "폴 페레이라", "other", ["Paul"]),
            ("Sin Chol-ung", "신철웅", "witness", ["Chol-ung", "Shin Cheol-woong"]),
            ("Sin Yun-a", "신윤아", "relative", ["Yun-a"]),
        ],
        "note": "Ticketing platform attendee export for a documentary screening with a witness Q&A; order name differs from attendee name, a witness booked under a friend's name, comp tickets for staff, notes column naming people, a company in the buyer field, venue and platform public.",
        "text": """Event: "Wages of the Forest" - screening + Q&A
Venue: {{u:Barbican Centre}}, Cinema 2, {{u:London}}
Platform: {{u:Eventbrite}} attendee report, exported 11/10/2023 09:02

Order #  | Order date | Buyer name | Attendee name | Ticket type | Checked in | Notes
7731201  | 21/09/2023 | {{p:Alison Peacock}} | {{p:Alison Peacock}} | General | Yes |
7731201  | 21/09/2023 | {{p:Alison Peacock}} | {{p:Graham Peacock}} | General | Yes |
7731488  | 22/09/2023 | {{p:Min-seo Cho}} | {{p:Min-seo Cho}} | Student | Yes |
7732015  | 23/09/2023 | {{p:Tariq Rahman}} | {{p:Tariq Rahman}} | General | No |
7732090  | 23/09/2023 | {{p:Yeon Hee-jae}} | {{r:Sin Yun-a}} | General | Yes | bought by {{p:Yeon}} for {{r:Yun-a}}; seat away from the aisle please
7732091  | 23/09/2023 | {{p:Yeon Hee-jae}} | "Ms {{p:K}}" | General | Yes | {{r:Chol-ung}}'s guest, no surname on request
7733702  | 25/09/2023 | Frontline Films Ltd | {{p:Jakub Wiśniewski}} | Industry | Yes | director of photography
7733702  | 25/09/2023 | Frontline Films Ltd | {{p:Siobhan Keane}} | Industry | Yes | editor
7734000  | 26/09/2023 | {{r:Paul Ferreira}} | {{r:Paul Ferreira}} | Comp | Yes | NGO comms
7734001  | 26/09/2023 | {{r:Paul Ferreira}} | {{r:Eun-ji Hwang}} | Comp | Yes | NGO casework - with Mr {{r:Shin}}
7734002  | 26/09/2023 | {{r:Paul Ferreira}} | "{{r:S. Cheol-woong}}" | Comp | Yes | SPEAKER. Do not display name on screen. Arrives with {{r:Eun-ji}} 18:15
7734003  | 26/09/2023 | {{r:Paul Ferreira}} | {{p:Ruth Nakamura}} | Comp | Yes | interpreter for Q&A
7735119  | 30/09/2023 | {{p:Kwame Mensah}} | {{p:Kwame Mensah}} | General | No | refund requested
7735540  | 02/10/2023 | {{p:Daeho Jung}} | {{p:Daeho Jung}} | General | Yes |
7735541  | 02/10/2023 | {{p:Daeho Jung}} | {{p:Bo-ram Jung}} | Student | Yes |
7736002  | 05/10/2023 | {{p:Irena Sokolova}} | {{p:Irena Sokolova}} | General | Yes | asked to meet {{r:Chol-ung}} after - said she knew him in {{u:Yakutsk}}; {{r:Eun-ji}} declined on his behalf

Front-of-house note ({{r:P.F.}}): {{r:Sin Chol-ung}} and his sister {{r:Yun-a}} left by the stage door at 21:40 with {{r:Eun-ji}}. {{p:Irena Sokolova}} waited in the foyer until 22:00. {{p:Ruth}} says {{r:Chol-ung}} did not recognise the name. Flag for security review with {{r:Hwang}}.
""",
    },
    {
        "id": "h65-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Sun-ok", "양순옥", "witness", ["Sun-ok"]),
            ("Kang Il-nam", "강일남", "relative", ["Il-nam"]),
        ],
        "note": "ESOL tutor's lesson log for a mixed class with a learner's corrected writing exercise; classmates from several countries, the learner's misspellings of her own family names, a tutor's first name, surname Yang and the word 'young', a Russian supervisor recalled in the exercise.",
        "text": """ESOL Entry 3 - Thursday group - tutor's log ({{p:Fiona}})

Week 6, 12 October
Present: {{r:Sun-ok}}, {{p:Abdul Wahid}}, {{p:Senait}}, {{p:Marta Zielińska}}, {{p:Tran Thi Hoa}}, {{p:Hamid}}. Absent: {{p:Luis}} (work), {{p:Khadija}} (child ill).
Topic: past simple - "My first job".
{{p:Abdul}} and {{p:Senait}} worked in pairs, good. {{p:Marta}} helped {{p:Hoa}} with irregular verbs. {{r:Sun-ok}} was quiet at first; when I paired her with {{p:Hamid}} she wrote a lot.

Learner writing (copied with her permission; my corrections in brackets):

My name is {{r:Yang Sun-ok}}. I am from {{u:North Korea}}. My first job abroad was in {{u:Russia}}, in a sewing factory near {{u:Moscow}}. I go [went] there in 2013 with twelve women. Our leader was Mrs {{p:Jon}}. She was not kind. The Russian boss was {{p:Tamara Ivanovna}}, she was more kind [kinder] but she can [could] not speak to us, only to Mrs {{p:Jon}}.
My husband is {{r:Kang Il-nam}}. He staied [stayed] in {{u:Pyongyang}}. I writed [wrote] to {{r:Il-nam}} every month but Mrs {{p:Jon}} readed [read] the letters. My friend {{p:Ok-hwa}} and me [I] worked at the same table. {{p:Ok-hwa}} had a sister in {{u:China}}.
Now I live in {{u:Croydon}}. My daughter {{p:Se-young}} is at primary school. She is young but she speak [speaks] English better than me.

Tutor comments: Lovely piece, {{r:Sun-ok}}. Watch the past forms. Next week: the present perfect.

Admin: {{r:Sun-ok}}'s caseworker {{p:Grace Adebayo}} asked for a progress note by end of month. {{p:Hamid}} needs a letter for the job centre. Cover for me on the 19th: {{p:Jonathan}}.
""",
    },
    {
        "id": "h65-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Nam Hyok-chol", "남혁철", "witness", ["Hyok-chol", "Nam Hyeok-cheol"]),
            ("Cha Myong-jin", "차명진", "supervisor", ["Myong-jin"]),
            ("Nam Yong-ae", "남영애", "relative", ["Yong-ae"]),
        ],
        "note": "Markdown testimony page with YAML front matter for the NGO's static site (draft); names in YAML keys and lists, a slug that spells the witness name, an editor checklist, a pseudonym in the published text that points to the real person, a redacted field quoting the name.",
        "text": """---
title: "Nine winters on the Amur"
slug: {{r:nam-hyokchol}}-testimony
status: draft
witness:
  real_name: "{{r:Nam Hyok-chol}}"
  aliases: ["{{r:Nam Hyeok-cheol}}", "{{r:H.C. Nam}}"]
  published_as: "{{r:Hyok}}"
interviewers: ["{{p:Claire Dubois}}", "{{p:Ko Ye-jin}}"]
translator: "{{p:Ko Ye-jin}}"
editor: "{{p:Sam Whitfield}}"
places: ["{{u:Amur Oblast}}", "{{u:Blagoveshchensk}}", "{{u:Sinuiju}}"]
redactions:
  - field: supervisor
    original: "{{r:Cha Myong-jin}}"
    replacement: "the brigade leader"
  - field: mother
    original: "{{r:Nam Yong-ae}}"
    replacement: "his mother"
---

> Editor's checklist ({{p:Sam}}): [x] consent re-confirmed by {{p:Ye-jin}} 3 Jan; [ ] legal read by {{p:Priya Sharma}}; [ ] remove {{r:Cha}} from image alt text.

## Nine winters on the Amur

{{r:Hyok}} (not his real name) arrived near {{u:Blagoveshchensk}} in the autumn of 2010. The brigade leader - in our notes {{r:Myong-jin}}, here only "the brigade leader" - met the group at the station with two Russian trucks. {{r:Hyok}} remembers the driver, {{p:Stepan}}, because he gave everyone sunflower seeds.

![Felled larch stacked by the road, photo by {{r:Cha Myong-jin}} 2012](img/stack.jpg)

"The first winter I wrote to my mother every week," he says. His mother, {{r:Yong-ae}}, never answered. Years later he learned that the letters stayed in a drawer in the brigade office. His friend {{p:Do Kwang-il}}, who cleaned the office, saw them there.

<!-- TODO {{p:Claire}}: check with {{r:Hyok-chol}} whether {{p:Kwang-il}} is OK to keep; {{p:Do}} is still in {{u:Russia}} -->
""",
    },
    {
        "id": "h65-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ok Sun-hui", "옥순희", "witness", ["Sun-hui", "Sunny"]),
            ("Ri Chang-ho", "리창호", "supervisor", ["Chang-ho", "Lee Chang-ho"]),
        ],
        "note": "Volunteer's WhatsApp voice-note transcripts (app auto-transcription, lightly corrected); sender names in headers, auto-transcription mangles Korean names, the witness's English nickname, a name spelt out letter by letter, emoji after a name, restaurant in Cambodia then Vietnam.",
        "text": """[WhatsApp chat export with voice notes transcribed by the app; corrections by {{p:Rachel Goh}} in square brackets]

[14/06/2023, 21:03:17] {{p:Rachel Goh}}: 🎤 Voice note (0:48) - "Hi {{r:Sunny}}, it's {{p:Rachel}}. I spoke to {{p:Nguyen Van Duc}} at the shelter and he says you can come on Saturday. Can you tell me the name of the manager again, the one in {{u:Phnom Penh}}? I want to write it properly for {{p:Hyejin}}."
[14/06/2023, 21:10:52] {{r:Sun-hui Ok}}: 🎤 Voice note (1:12) - "Hello {{p:Rachel}} unni. The manager, his name is {{r:Lee Chang ho}} [= {{r:Ri Chang-ho}}], we called him Mr {{r:Lee}}. Spelled R-I, not L. And the woman who counts the money is {{p:Chin Son mi}} [= {{p:Jin Son-mi}}]. Ok I go sleep. Good night 💛"
[15/06/2023, 08:45:30] {{p:Rachel Goh}}: Thank you! So {{r:Ri Chang-ho}} and {{p:Jin Son-mi}}. And the cook was Mrs {{p:Kwak}}?
[15/06/2023, 09:20:04] {{r:Sun-hui Ok}}: 🎤 Voice note (0:35) - "Yes {{p:Quack}} [= {{p:Kwak}}] imo. She is good. Not like {{r:Chang ho}}. When we moved to {{u:Hanoi}} {{r:Chang ho}} came too, but {{p:Kwak}} imo stayed in {{u:Cambodia}}."
[15/06/2023, 09:21:12] {{r:Sun-hui Ok}}: 🎤 Voice note (0:22) - "Also {{p:Hae ryon}} [= {{p:Hae-ryon}}] my friend, please don't write her. She still there 🙏"
[15/06/2023, 12:02:41] {{p:Rachel Goh}}: Of course. I won't write {{p:Hae-ryon}} anywhere. {{p:Hyejin}} will call you Friday, her full name is {{p:Seo Hye-jin}}, she is the lawyer.
[16/06/2023, 19:58:09] {{r:Sun-hui Ok}}: 🎤 Voice note (0:57) - "Unni, {{p:soy a gin}} [= {{p:Seo Hye-jin}}] called me. Very kind. She asked me about the passports. I told her Mr {{r:Lee}} keep all passports in the safe, and the key only he and {{p:Son-mi}}. The Vietnamese owner, Mr {{p:Tuan}}, did not know I think."
[16/06/2023, 20:01:33] {{p:Rachel Goh}}: 👍 Noted. {{p:Duc}} will pick you up at 10 on Saturday.
""",
    },
    {
        "id": "h65-en-17",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Wang Lei", "왕레이", "coworker", ["Wang"]),
            ("Mun Kyong-su", "문경수", "witness", ["Kyong-su", "Moon Kyung-soo"]),
            ("Yun Hak-chol", "윤학철", "supervisor", ["Hak-chol"]),
        ],
        "note": "Seafarers' centre reading-room sign-in book transcribed by a volunteer; hand-written signatures with ship names, crew of several nationalities, a North Korean crewman under two spellings, Moon surname and 'moon' the word, a political officer named by others, real ports and welfare organisation public, invented vessels unmarked; CRLF.",
        "text": """SEAFARERS' CENTRE, DUNCAN DOCK - READING ROOM SIGN-IN BOOK
{{u:The Mission to Seafarers}}, {{u:Cape Town}}
Transcribed by volunteer {{p:Thandiwe Mokoena}}, pages 41-42 (Nov 2019)

Date | Name (as signed) | Vessel | Rank | Nationality | Time in/out | Remarks
04.11 | {{p:Joel Bautista}} | MV Cape Orchid | AB | Filipino | 1400/1730 | wifi
04.11 | {{p:Renato dela Cruz}} | MV Cape Orchid | OS | Filipino | 1400/1730 | wifi, shop
04.11 | {{r:Wang Lei}} | Xin Hai Yu 207 | bosun | Chinese | 1515/1600 |
04.11 | {{p:Fedir Bondarenko}} | MV Nordic Sable | 2/O | Ukrainian | 1600/1900 | phone call home
05.11 | {{r:MUN KYONG SU}} | Xin Hai Yu 207 | deckhand | North Korean | 1500/1520 | came with {{r:Wang}}, did not sit
05.11 | {{p:Sefo Taufa}} | FV Southern Star | fisher | Tongan | 1530/1800 | rugby on TV
06.11 | {{r:Wang Lei}} | Xin Hai Yu 207 | bosun | Chinese | 1400/1500 | bought 4 SIM cards
06.11 | {{r:Moon Kyung-soo}} | Xin Hai Yu 207 | - | - | 1405/1455 | same man as 05.11 (see note)
07.11 | {{p:Anil Kumar}} | MV Cape Orchid | 3/E | Indian | 1900/2130 |
07.11 | Pastor {{p:Mike Daniels}} | - | chaplain | South African | all day |

Volunteer's note ({{p:T.M.}}): On 6 November the Korean deckhand signed as "{{r:Moon Kyung-soo}}" when {{r:Wang}} wrote it for him in the book. On the 5th he had written "{{r:MUN KYONG SU}}" himself. He said very little; under a full moon on the quay he told me through {{r:Wang}}'s phone translator that his name is {{r:Kyong-su}} and that there are five North Koreans on the boat. Their leader, a man called {{r:Yun Hak-chol}}, did not let them come ashore except with the Chinese bosun. {{r:Wang}} said {{r:Yun}} "keeps everything", meaning the passports and the cash.
Reported to Pastor {{p:Daniels}} and to {{p:Ayanda Zulu}} of the port welfare committee. {{p:Ayanda}} will inform the {{u:South African Maritime Safety Authority}}.
Xin Hai Yu 207 left {{u:Cape Town}} on 8 November for the {{u:Walvis Bay}} area.
""",
    },
    {
        "id": "h65-en-18",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Laura Finch", "로라 핀치", "other", ["Laura"]),
            ("Hong Chun-bok", "홍춘복", "witness", ["Chun-bok"]),
            ("Hong Ui-song", "홍의성", "relative", ["Ui-song"]),
            ("Chong Tok-su", "정덕수", "supervisor", ["Tok-su"]),
        ],
        "note": "iCalendar export of a case team's interview schedule; ATTENDEE common names, organiser e-mails, SUMMARY and DESCRIPTION fields naming witnesses, RFC 5545 line folding splits a name across a line break (kept inside the mention), escaped commas; CRLF.",
        "text": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Case team//Interview schedule//EN
BEGIN:VEVENT
UID:20240305T0900-hcb-01@casework
DTSTART:20240305T100000Z
DTEND:20240305T123000Z
SUMMARY:Interview 1 - {{r:Hong Chun-bok}} ({{u:Qatar}})
LOCATION:Room 2\\, first floor
ORGANIZER;CN={{r:Laura Finch}}:mailto:{{r:laura.finch}}@example.org
ATTENDEE;CN={{p:Ji-hoon Bang}};ROLE=REQ-PARTICIPANT:mailto:{{p:jihoon.bang}}@example.org
ATTENDEE;CN={{p:Mariam Haddad}};ROLE=OPT-PARTICIPANT:mailto:{{p:m.haddad}}@example.org
DESCRIPTION:{{r:Chun-bok}} worked 2014-2018 in {{u:Lusail}} under brigade leader {{r:Cho
 ng Tok-su}}. Interpreter {{p:Ji-hoon}}. {{p:Mariam}} joins for the part about the Arab
 ic-speaking foreman {{p:Khaled}}. Bring the {{u:Human Rights Watch}} report.
END:VEVENT
BEGIN:VEVENT
UID:20240312T1000-hcb-02@casework
DTSTART:20240312T140000Z
DTEND:20240312T160000Z
SUMMARY:Interview 2 - {{r:Hong}} + brother {{r:Ui-song}} (by video)
ORGANIZER;CN={{r:Laura Finch}}:mailto:{{r:laura.finch}}@example.org
ATTENDEE;CN={{p:Ji-hoon Bang}}:mailto:{{p:jihoon.bang}}@example.org
ATTENDEE;CN={{r:Hong Ui-song}}:mailto:{{r:uisong.hong}}@example.kr
DESCRIPTION:{{r:Ui-song}} (in {{u:Seoul}}) corroborates dates. Ask both about {{p:Jang
 Myong-il}} and {{p:So Kwang-ho}}\\, the two men sent home after the 2016 strike. {{r:Tok-su}}
  said to be in {{u:Dubai}} now.
END:VEVENT
BEGIN:VEVENT
UID:20240319T1000-hcb-03@casework
DTSTART:20240319T100000Z
DTEND:20240319T110000Z
SUMMARY:Debrief {{r:HCB}} - {{r:Laura}}\\, {{p:Ji-hoon}}\\, Dr {{p:Osei}}
ORGANIZER;CN={{r:Laura Finch}}:mailto:{{r:laura.finch}}@example.org
ATTENDEE;CN=Dr {{p:Kofi Osei}}:mailto:{{p:k.osei}}@example.org
DESCRIPTION:Wellbeing check after interview 2. {{p:Osei}} to advise on whether {{r:Chun-bo
 k}} should see a GP about the burns.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "id": "h65-en-19",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-ryon", "김옥련", "witness", ["Ok-ryon"]),
            ("So Yong-hui", "서영희", "supervisor", ["Yong-hui"]),
        ],
        "note": "Kathmandu landlord's tenant verification forms for the ward police, batch of staff of a North Korean restaurant, with a caseworker's cover note; Nepali landlord, ward officer and neighbours private, passport names in capitals, a Nepali waiter's nickname, real districts and police public.",
        "text": """Cover note ({{p:Anjali Shrestha}}, field researcher, March 2019):
Copies of tenant information forms that the landlord filed with the ward police for the flat above the restaurant in {{u:Thamel}}, {{u:Kathmandu}}. The landlord, Mr {{p:Ram Bahadur Karki}}, gave me copies because he was worried when the women left suddenly in 2018. {{r:Kim Ok-ryon}} (our interviewee in {{u:Seoul}}) is no. 3.

TENANT DETAILS FORM (translated from Nepali)
Submitted to: Ward Police Office, {{u:Kathmandu Metropolitan City}} Ward 26
Landlord: {{p:Ram Bahadur Karki}}, House no. [withheld]
Received by: ASI {{p:Dil Kumar Thapa}}
Nationality of all tenants: {{u:DPRK}}

1. Name: {{p:JONG SONG HUI}} | Passport no.: 836xxxxxx | restaurant staff
2. Name: {{p:CHOE UN BYOL}} | restaurant staff
3. Name: {{r:KIM OK RYON}} | restaurant staff
4. Name: {{p:HAN MI SOK}} | restaurant staff
5. Name: {{r:SO YONG HUI}} | manager. Contact person for all tenants.
6. Name: {{p:RIM KUM HYANG}} | cook

Landlord's remarks: "All six women are employees of the restaurant. Rent paid by the manager Ms. {{r:So}}. Passports shown by Ms. {{r:So}}; the other ladies did not carry them."

Researcher's notes from talking to the landlord and neighbours:
- {{p:Karki}}'s wife {{p:Sunita}} says the girls were polite, never went out alone. Only Ms {{r:So}} went to the bank.
- The Nepali waiter at the restaurant, {{p:Bikash}} (called "{{p:Bikky}}" by the women), says {{r:Ok-ryon}} cried on the phone once and Ms {{r:Yong-hui}} took the phone away.
- A neighbour, Mrs {{p:Gurung}}, saw two men from the embassy come in a white car in June 2018 and the women left the same night. {{p:Bikky}} thinks they went to {{u:Beijing}}.
- {{r:Ok-ryon}} confirms: "{{r:So}} 동지 said we go home. I went to {{u:China}} and from {{u:China}}, later, I went my own way." She remembers {{p:Bikash}} by name and asked me to say hello.
""",
    },
    {
        "id": "h65-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kum-sun", "최금순", "witness", ["금순"]),
            ("Han Byol", "한별", "relative", ["별이"]),
            ("Na Un-hye", "나은혜", "witness", ["은혜"]),
            ("Pak Se-ung", "박세웅", "relative", ["세웅"]),
        ],
        "note": "Korean church bulletin intercession list; church titles (집사님, 권사님, 목사) outside, particles and the affectionate 이 outside, a son whose given name is also an ordinary word (별), the word 은혜 (grace) as an ordinary word beside a member named 은혜, a Russian site and Chinese factory as public places.",
        "text": """새생명교회 주보 제1142호 | 2024년 3월 10일 사순절 제4주일
담임목사 {{p:정요한}} · 교육전도사 {{p:민하늘}} · 반주 {{p:서예린}}

■ 이번 주 중보기도
1. {{r:최금순}} 집사님: {{u:러시아}} {{u:하바롭스크}}의 건설 현장에 있는 아들 {{r:한별}}의 건강과 안전을 위해. 3월 말에 파견 기간이 끝나는데 귀국할지, 다른 현장으로 옮겨질지 알 수 없습니다. {{r:금순}} 집사님은 지난달 {{r:별}}이의 목소리를 2년 만에 전화로 들었다고 간증하셨습니다. 통화를 연결해 준 분은 현지 고려인 {{p:김 니콜라이}} 형제입니다.
2. {{r:나은혜}} 권사님: {{u:중국}} {{u:단둥}} 봉제공장에서 함께 일했던 동생 {{p:나은실}}이 아직 소식이 없습니다. 하나님의 은혜가 그 공장에 남은 자매들에게 임하기를. {{r:은혜}} 권사님의 무릎 수술(3/14)을 위해서도.
3. {{r:박세웅}} 형제: {{r:나은혜}} 권사님의 아들. 대학 입시를 마치고 군 입대를 기다립니다. {{r:세웅}}이가 어머니를 잘 돌보도록.
4. 새가족 {{p:리영철}} 성도와 {{p:리영철}} 성도의 아내 {{p:문선화}} 성도의 정착을 위해. 두 분은 {{u:쿠웨이트}}에서 오셨습니다.
5. 병상: {{p:엄태식}} 장로님(폐렴, {{u:고려대학교 안산병원}}), {{p:오순자}} 권사님(퇴원).

■ 교회 소식
- 지난 주 {{r:최금순}} 집사님이 구역 식사를 섬겨 주셨습니다. 함께 수고한 {{p:윤미경}}, {{p:하정숙}} 집사님께 감사드립니다.
- 탈북민 한글교실: 토요일 오후 2시, 담당 {{p:민하늘}} 전도사.
- {{p:정요한}} 목사님은 3월 17일 {{u:서울}} 노회 모임에 참석합니다. 설교는 {{p:강신우}} 목사님(협동)이 전합니다.

■ 감사헌금: {{r:최금순}}, {{r:나은혜}}, {{p:윤미경}}, {{p:이동현}}, 무명 2
""",
    },
    {
        "id": "h65-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Yong-nam", "조용남", "witness", ["용남"]),
            ("Na Hye-jin", "나혜진", "other", ["혜진"]),
            ("Jo Kyong-sik", "조경식", "coworker", ["경식"]),
            ("Ryu Chang-ok", "류창옥", "relative", []),
        ],
        "note": "Wedding gift-money ledger (축의금 장부) with the groom's notes on who is who; guests by full name, by surname plus title, by relationship plus name, a co-worker from the Russian site who shares the groom's surname, a guest written only as a company name (unmarked), amounts beside names.",
        "text": """축의금 방명록 정리 (신랑측) — 2023. 10. 21. 토 / {{u:인천}} 남동구 ○○웨딩홀
신랑 {{r:조용남}} ♥ 신부 {{r:나혜진}}
정리: 신랑 본인 (※ 괄호 안은 신랑 메모)

번호 | 성함 | 관계 | 금액
1 | {{p:김정호}} | 하나원 동기 | 100,000 ({{p:정호}} 형 — 제일 먼저 옴)
2 | {{r:조경식}} | {{u:러시아}} 현장 동료 | 200,000 (친척 아님! {{r:경식}}이는 {{u:블라디보스토크}} 때부터)
3 | {{p:이순덕}} | 신변보호관 사모님 | 50,000
4 | {{p:박}} 경위 | 신변보호관 | 100,000 (이름 {{p:박태훈}})
5 | {{p:문혜란}} | 교회 | 50,000
6 | {{p:하승민}}·{{p:하지우}} | 교회(부부) | 100,000
7 | 새터정비 | 직장 | 300,000 (사장님 {{p:노재석}} 대신 {{p:배}} 과장님이 가져옴)
8 | {{p:배성진}} | 직장 | 50,000
9 | {{p:Sergei Vlasov}} | {{u:러시아}} 현장 감독 | 100달러 (현금, {{r:경식}}이가 받아 옴)
10 | {{p:최윤정}} | 상담사 | 50,000
11 | {{r:류창옥}} | 신부 어머니 | —
12 | {{p:현명수}} | {{u:러시아}} 현장 동료 | 50,000 (계좌이체)

신랑 메모:
- {{r:경식}}이와 {{p:명수}}는 2016년 {{u:블라디보스토크}} 아파트 현장에서 같은 작업반이었다. 작업반장은 {{p:황병철}}. {{p:황}} 반장 얘기는 오늘 안 하기로 했다.
- {{p:Sergei}} 감독님이 직접 오신 것은 아니고 {{r:경식}}이 편에 보냈다. {{p:Sergei}}가 {{u:한국}}에 오면 꼭 밥 사기.
- 장모님({{r:류창옥}})이 {{p:박}} 경위님께 따로 인사했다.
- {{r:혜진}}이 쪽 정리는 {{r:혜진}}이가 따로 함.
- 답례: {{p:김정호}}, {{r:조경식}}, {{p:현명수}}에게 전화. {{p:노재석}} 사장님께는 떡.
""",
    },
    {
        "id": "h65-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Chol-su", "강철수", "witness", ["철수"]),
            ("Kang Hak-bom", "강학범", "relative", []),
            ("Kang Ok-sun", "강옥순", "relative", ["옥순"]),
            ("Kang Yong-chol", "강영철", "relative", ["영철"]),
        ],
        "note": "Korean family-court petition for renunciation of inheritance by a former worker in Russia, with relatives listed as persons concerned; a deceased father, siblings in the North, the court, the attorney and clerk, 亡 before a name, names in a table, 등 after a list, the court and the statute public.",
        "text": """상속포기 심판청구

청 구 인   {{r:강철수}}(姜哲洙) (800312-1******)
           주소 {{u:경기도}} {{u:시흥시}} (생략)
           송달장소: 법무법인 ○○ (담당 변호사 {{p:윤서연}})
피상속인   망 {{r:강학범}}(姜學範) (1951. 4. 2.생, 2023. 11. 9. 사망)
           최후 주소: 청구인의 주소지와 같음

청 구 취 지
청구인이 피상속인 망 {{r:강학범}}의 재산상속을 포기하는 신고는 이를 수리한다.
라는 심판을 구합니다.

청 구 원 인
1. 청구인은 피상속인의 장남입니다. 청구인과 피상속인은 {{u:북한}} {{u:함경북도}} {{u:김책시}} 출신으로, 피상속인은 2014년 {{u:러시아}} {{u:아무르주}} 벌목장에 파견되었다가 이탈하여 2016년 입국하였고, 청구인은 2012년부터 2019년까지 {{u:러시아}} {{u:연해주}} 건설 현장에서 일하다가 2020년 입국하였습니다.
2. 피상속인은 사망 당시 적극재산이 없고, 지인 {{p:마동일}}에게 빌린 1,800만 원과 카드 대금 등 소극재산만 남겼습니다. {{p:마동일}}은 청구인에게 변제를 요구하고 있습니다.
3. 피상속인의 다른 상속인으로 차녀 {{r:강옥순}}과 차남 {{r:강영철}}이 있으나, 두 사람은 {{u:북한}}에 거주하고 있어 연락이 되지 않습니다. 청구인은 {{r:옥순}}, {{r:영철}}을 대신하여 어떠한 신고도 할 수 없음을 알고 있습니다.
4. 청구인은 피상속인의 사망 사실을 장례식장에서 {{p:하종만}}(피상속인의 벌목장 동료)으로부터 듣고 2023. 11. 10. 알게 되었으므로, {{u:민법}} 제1019조 제1항의 기간 내에 이 청구를 합니다.

상속인 목록
관계 | 성명 | 거주
장남 | {{r:강철수}} | {{u:대한민국}}(청구인)
장녀 | {{p:강옥희}} | 사망(1998)
차녀 | {{r:강옥순}} | {{u:북한}} (연락 불가)
차남 | {{r:강영철}} | {{u:북한}} (연락 불가)
처 | {{p:서정희}} | 사망(2009)

첨부서류
1. 기본증명서(망 {{r:강학범}}) 1통
2. 가족관계증명서(망 {{r:강학범}}) 1통
3. 청구인의 인감증명서 1통
4. 사실확인서({{p:하종만}} 작성) 1통

2024. 1. 22.
청구인 {{r:강철수}} (인)
{{u:수원가정법원}} {{u:안산지원}} 귀중

[접수 메모: 담당 참여관 {{p:이재민}}, 보정 명령 없음. {{p:윤서연}} 변호사 사무장 {{p:남궁현}} 전화 확인.]
""",
    },
    {
        "id": "h65-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tae Myong-ok", "태명옥", "witness", ["명옥"]),
            ("Ri Jae-gon", "리재곤", "relative", ["재곤"]),
            ("Ri Hyang", "리향", "relative", ["향이", "리 향"]),
        ],
        "note": "Korean petition for a declaration of disappearance of a husband last seen at a Kuwaiti building site; the husband and daughter under North Korean surname 리 and South Korean 이, the Kuwaiti foreman and the company's manager, an Indian co-worker as witness, a one-syllable given name (향) that is also an ordinary word (향 = incense).",
        "text": """실종선고 심판청구서

청구인: {{r:태명옥}} (1976년생), {{u:서울특별시}} {{u:양천구}} 거주
사건본인: {{r:리재곤}}({{r:이재곤}}) (1973년생), {{u:북한}} {{u:평안남도}} {{u:남포시}} 출신
관계: 청구인의 남편

청구 이유
1. 청구인과 사건본인은 1999년 {{u:남포}}에서 혼인하여 딸 {{r:리향}}(2001년생)을 두었습니다. {{r:향}}이는 현재 청구인과 함께 {{u:서울}}에 살며, {{u:남한}} 주민등록상 이름은 {{r:이향}}입니다.
2. 사건본인은 2015년 {{u:쿠웨이트}}의 주택 건설 현장에 작업반원으로 파견되었습니다. 사건본인이 속한 작업반의 반장은 {{p:석명길}}, 회사 측 책임자는 {{p:편광수}}라는 사람이었습니다.
3. 사건본인과 같은 현장에서 일했던 {{u:인도}} 국적 노동자 {{p:Rajesh Nair}}의 진술서(첨부 3)에 따르면, 사건본인은 2017년 7월 폭염 속에서 쓰러져 {{u:알 아단 병원}}으로 옮겨졌고, 그 뒤 현장에 돌아오지 않았습니다. {{p:Rajesh}}는 "{{r:Ri}}가 실려 간 다음 날 {{p:Seok}}이 그의 짐을 모두 가져갔다"고 진술했습니다.
4. 청구인은 2019년 입국한 뒤 여러 경로로 사건본인의 생사를 확인하려 했습니다. 같은 작업반에 있던 {{p:계철남}}은 2021년 통화에서 "{{r:재곤}}이는 병원에서 나온 뒤 본국으로 보내졌다는 말만 들었다"고 했습니다. 청구인은 {{u:대한적십자사}}에 이산가족 찾기 신청도 하였으나 회신이 없습니다.
5. 사건본인의 생사는 2017. 7. 이후 5년 이상 분명하지 아니하므로 {{u:민법}} 제27조에 따라 실종선고를 청구합니다.

첨부
1. 청구인의 진술서
2. 딸 {{r:이향}}의 진술서 (※ {{r:향}}이 진술서 작성 때 조력: 상담사 {{p:고은비}})
3. {{p:Rajesh Nair}}의 진술서 및 번역문 (번역인 {{p:진태오}})
4. {{p:계철남}}과의 통화 녹취록

청구인 {{r:태명옥}} (서명)
대리인 변호사 {{p:오하람}}

[메모: 청구서 초안 검토 — {{p:오하람}} 변호사, 2024. 2. 6. "{{r:리재곤}}/{{r:이재곤}} 동일인 소명 필요. {{r:향}}이의 가족관계등록부 정정 건은 따로."]
""",
    },
    {
        "id": "h65-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ham Yong-jun", "함영준", "witness", ["영준"]),
            ("Kil Chol-man", "길철만", "supervisor", ["철만"]),
            ("Yon Kwang-song", "연광성", "coworker", ["광성"]),
        ],
        "note": "Transcription of a North Korean brigade rotation (return home) list with a witness's commentary; DPRK style (동무, 동지) outside, surname 길 and 연 that are ordinary words (길 = road, 연 = kite), a name written with Hanja, crossed-out names still labelled, the company and cities public.",
        "text": """[자료 전사] 작업반 교대·귀국 대상자 명단 (2017년 11월)
원본: 손으로 쓴 명단 사진 1매. 제공 및 설명: {{r:함영준}}. 전사·주석: {{p:신다은}}.

제3작업반 (반장 {{r:길철만}})
귀국 대상자 (1차, 12월 5일 {{u:블라디보스토크}} 출발)
1. {{p:로명수}} — 계약 만료
2. {{p:반정일}} — 질병 (허리)
3. {{r:연광성}} — "사상 동요" (※ 줄을 그어 지웠다가 다시 씀)
4. ~~{{p:우태성}}~~ — (줄 그어 지움)
5. {{p:조길남}} — 계약 만료

잔류 및 교대 (2차)
6. {{r:함영준}} — 잔류
7. {{p:탁명일}} — 잔류
8. {{p:위성남}} — 교대 인원 도착 시 귀국

작성: 반장 {{r:길철만}} / 확인: 당비서 {{p:최룡수}} 동지

{{r:함영준}}의 설명 (2023. 5. 면담):
"이 명단은 {{r:철만}} 반장 동지가 사무실 책상에 두었던 걸 {{r:광성}}이가 사진을 찍은 겁니다. {{r:연광성}} 동무는 {{u:러시아}} 여자랑 말을 했다는 이유로 '사상 동요'가 붙었어요. 처음엔 지웠다가 {{p:최룡수}} 당비서가 다시 쓰라고 했답니다. {{p:우태성}}이는 이름을 지운 다음 날 현장에서 사라졌어요. 도망간 거죠. 그 뒤로 {{r:길}} 반장이 길을 막고 밤마다 인원 점검을 했어요."
"저는 잔류였지만 {{u:평양}}에 있는 아내 {{p:옥순정}}에게 편지를 보내려면 {{r:길철만}}에게 줘야 했습니다. 연을 날리듯이 보내 봤자 아무 데도 안 가요."
"{{r:광성}}이는 12월에 결국 돌아갔습니다. 회사는 {{u:조선능라도무역총회사}}였고요. 한자로는 {{r:延光成}}이라고 썼는데, {{u:러시아}} 서류에는 '{{r:Ён Кван Сон}}'으로 나와요."

주석({{p:신다은}}): 명단 4번은 줄이 그어져 있으나 이름을 읽을 수 있으므로 그대로 전사함. 8번 {{p:위성남}}은 {{r:함영준}}도 얼굴만 안다고 함.
""",
    },
    {
        "id": "h65-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Hyang-mi", "김향미", "witness", ["향미"]),
            ("Ko Kwang-il", "고광일", "witness", ["광일"]),
            ("Yoon Da-hye", "윤다혜", "other", ["다혜"]),
        ],
        "note": "Korean assembly notification to the police for a vigil in front of an embassy, with the list of order-keeping stewards and speakers; witnesses who will speak under their own names and one under a pseudonym, the police station and embassy public, an organiser's e-mail local part, 외 N명.",
        "text": """옥외집회(시위·행진) 신고서

주최자: 해외파견노동자인권모임 (대표 {{r:윤다혜}})
주최자 연락책임자: {{r:윤다혜}} (010-****-****, {{r:dahye.yoon}}@example.kr)
질서유지책임자: {{p:차준영}}
목적: 해외 파견 {{u:북한}} 노동자의 강제노동 실태 알리기 및 추모
일시: 2024. 4. 27.(토) 14:00 ~ 16:00
장소: {{u:주한 러시아 대사관}} 건너편 보도 ({{u:서울}} {{u:중구}} {{u:정동}})
참가 예정 인원: 약 60명
방법: 발언, 추모 묵념, 피켓
관할: {{u:서울남대문경찰서}} 정보과 (담당 {{p:허성민}} 경위)

[첨부 1] 질서유지인 명단 (8명)
1. {{p:차준영}} (총괄)
2. {{p:강민혁}}
3. {{p:석지안}}
4. {{p:문예슬}}
5. {{p:홍도윤}}
6. {{p:Anna Kowalska}} ({{u:폴란드}} 국적, 자원봉사자)
7. {{p:배수현}}
8. {{p:남지호}}

[첨부 2] 진행 순서
14:00 여는 말 — {{r:윤다혜}} 대표
14:10 증언 1 — {{r:김향미}} ({{u:블라디보스토크}} 식당 근무, 2014~2018)
14:25 증언 2 — {{r:고광일}} ({{u:하바롭스크}} 건설 현장, 2010~2017)
14:40 증언 3 — "{{p:새봄}}" (가명, 벌목장. 얼굴 가림, 음성 변조. 실명은 신고서에 적지 않음)
14:55 연대 발언 — {{p:Elena Sokolova}} ({{u:러시아}} 인권활동가)
15:10 추모 묵념 — 현장에서 사망한 노동자 {{p:전명철}}, {{p:류승호}} 외 다수
15:20 마무리 — {{r:다혜}}, {{r:광일}}, {{r:향미}} 함께 성명서 낭독

비고: {{r:김향미}} 씨와 {{r:고광일}} 씨는 실명 공개에 동의함(동의서 보관: {{r:윤다혜}}). 경찰과 협의 시 {{p:허성민}} 경위에게 {{p:차준영}}이 연락.
""",
    },
    {
        "id": "h65-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pang Tok-man", "방덕만", "witness", ["덕만"]),
            ("Pang Un-gyong", "방은경", "relative", ["은경"]),
            ("Pang Chol", "방철", "relative", ["철"]),
        ],
        "note": "Nursing-home visit booking book for a resident who once worked at a Siberian logging camp; visitors as son and daughter with their own names, one-syllable given name 철 that is also an ordinary word (iron), staff with job titles, a visitor from the NGO, surname 방 beside the word 방 (room); CRLF.",
        "text": """햇살요양원 면회 예약 대장 (2024년 2월)
※ 면회는 1회 30분, 1층 면회실. 방문자 체온 측정 필수.

일자 | 시간 | 입소자(호실) | 면회자 | 관계 | 연락처 | 접수
2/3(토) | 14:00 | {{r:방덕만}}(203호) | {{r:방은경}} | 딸 | 010-****-2218 | {{p:이수진}}
2/3(토) | 15:00 | {{p:김순녀}}(205호) | {{p:김동훈}} | 아들 | 010-****-7731 | {{p:이수진}}
2/4(일) | 11:00 | {{r:방덕만}}(203호) | {{r:방철}} | 아들 | 010-****-0945 | {{p:정미라}}
2/10(토) | 14:00 | {{r:방덕만}}(203호) | {{p:오세린}} | 지인(단체) | 02-***-1124 | {{p:정미라}}
2/10(토) | 14:30 | {{p:최말순}}(207호) | {{p:최영호}}, {{p:최영미}} | 자녀 | — | {{p:이수진}}
2/17(토) | 14:00 | {{r:방덕만}}(203호) | {{r:방은경}}, {{r:방철}} | 자녀 | — | {{p:이수진}}

간호팀 메모 (203호):
- 2/3 {{r:은경}} 씨 면회 후 어르신이 "{{u:틴다}}" "{{p:세르게이}}" 같은 말을 반복하심. {{r:은경}} 씨 말로는 아버님이 {{u:러시아}} 벌목장에 계실 때 같이 일한 {{u:러시아}} 운전수 이름이라고 함.
- 2/4 아드님 {{r:철}} 씨가 "철 지난 옷"을 가져가심. 방 정리 완료.
- 2/10 {{p:오세린}} 님(북한인권단체 활동가)이 녹음기 지참. 사회복지사 {{p:한지수}} 선생님 동석. {{r:방덕만}} 어르신이 벌목장 작업반장 "{{p:손명식}}"과 동료 "{{p:양칠성}}" 이야기를 하심. {{p:오세린}} 님은 {{r:은경}} 씨 동의서를 받아 둠.
- 2/17 {{r:은경}}, {{r:철}} 남매 함께 면회. {{r:덕만}} 어르신 컨디션 좋음. 요양보호사 {{p:박금자}} 선생님이 사진 촬영(보호자 동의).

시설장 확인: {{p:조현숙}} (서명)
""",
    },
    {
        "id": "h65-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Sun-nyo", "리순녀", "witness", ["순녀"]),
            ("Kye Chang-ho", "계창호", "witness", ["창호"]),
            ("Son Mi-yong", "손미영", "witness", ["미영"]),
            ("Kim Tu-sik", "김두식", "other", ["두식"]),
        ],
        "note": "Church van route sheet for Sunday pick-ups of North Korean members; drivers and passengers, honorifics (집사, 권사, 어르신) outside, apartment complexes, the affectionate 이 after a given name, a Vietnamese member, surname 손 beside the word 손 (hand), 창호 also meaning window paper.",
        "text": """주일 차량 운행표 (4월) — 차량부장 {{r:김두식}} 집사

1호차 (12인승, 운전 {{r:김두식}} 집사 / 동승 {{p:노은영}} 권사)
08:40 {{u:가양역}} 3번 출구 — {{r:리순녀}} 권사 (※ 손녀 {{p:윤하}}는 4월 수련회)
08:50 ○○아파트 정문 — {{r:계창호}} 형제, {{r:계창호}} 형제 아내 {{p:변옥실}} 자매
09:00 △△빌라 앞 — {{r:손미영}} 자매 (손에 깁스, 부축 필요)
09:10 교회 도착

2호차 (9인승, 운전 {{p:엄기훈}} 형제)
08:45 {{u:등촌역}} — {{p:한광혁}}, {{p:한광혁}}의 아들 {{p:예준}}이
08:55 □□아파트 — {{p:Nguyen Thi Lan}} 자매({{u:베트남}}), {{p:장수빈}}
09:05 교회 도착

비고
- {{r:순녀}} 권사님은 {{u:러시아}} {{u:사할린}}에서 오래 일하셔서 러시아어를 하심. 새가족 {{p:Dmitri}} 형제 안내 부탁.
- {{r:창호}} 형제가 4/14는 야간 근무라 못 옴. 창호지 교체 작업(교육관)은 {{r:창호}} 형제 대신 {{p:엄기훈}} 형제가.
- {{r:미영}}이는 {{u:중국}} 공장에서 다친 손목이 재발. 4/21 병원 동행: {{p:노은영}} 권사.
- 4/28 야외예배 — 1호차 {{r:김두식}}, 2호차 {{p:엄기훈}}, 개인 차량 {{p:하명진}} 장로.
- 연료비 정산: {{r:두식}} 집사 → 재정부 {{p:하명진}} 장로.
""",
    },
    {
        "id": "h65-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Yong-il", "주영일", "witness", ["영일"]),
            ("Chu Kyong-mi", "주경미", "relative", ["경미"]),
            ("Min Ji-hye", "민지혜", "other", ["지혜"]),
        ],
        "note": "Settlement helper's activity log for a newly arrived former Mongolian construction worker; helper writes about herself in the first person with her name in the header, the affectionate 이, 지혜 as a given name beside 지혜 the word (wisdom), bank and office staff, a Mongolian former landlord, 몽골 as a noun and attributively.",
        "text": """정착도우미 활동일지
도우미: {{r:민지혜}} | 대상자: {{r:주영일}} (남, 1983년생, 2024. 1. 하나원 수료) | 관할 하나센터 담당: {{p:구본석}} 팀장

1회차 (1/22) 3시간
- 임대아파트 입주 확인. {{r:영일}} 씨와 딸 {{r:주경미}}(11세) 함께. 관리사무소 {{p:송기철}} 과장에게 인사.
- {{r:경미}}이 전학 서류 준비. 학교 담당 {{p:하윤정}} 선생님과 통화.

2회차 (1/26) 2시간
- {{u:우리은행}} 계좌 개설. 창구 직원 {{p:박소연}} 님이 친절하게 설명.
- {{r:영일}} 씨가 {{u:몽골}}에서 일할 때 이야기를 처음 꺼냄. {{u:울란바토르}} 아파트 공사, 작업반장 {{p:명태수}}가 여권을 보관. 집주인이었던 {{u:몽골}} 아주머니 {{p:Tsetseg}}가 가끔 고기를 줬다고 함.
- 나({{r:지혜}})는 상담 연계가 필요하다고 판단 → {{p:구본석}} 팀장에게 보고.

3회차 (2/2) 2시간
- 주민센터 기초생활수급 상담. 담당 {{p:오지원}} 주무관.
- {{r:경미}}이 학교 첫날. {{r:경미}}이가 같은 반 {{p:서아}}랑 친해졌다고 좋아함.
- {{r:주영일}} 씨가 "{{r:민지혜}} 선생님 덕분에 은행도 혼자 간다"고 함. 지혜를 모아 가계부 쓰는 법 같이 연습.

4회차 (2/9) 2시간
- {{r:영일}} 씨가 {{u:몽골}} 현장 동료 {{p:황금철}}의 소식을 물어봄. {{p:황금철}}은 2019년 {{u:몽골}} 병원에서 치료받다 귀국했다고 함. 나는 확인 불가라고 설명.
- 다음 회차: 운전면허 학원 상담 (학원 {{p:김}} 원장 소개).

확인: 도우미 {{r:민지혜}} / 담당 {{p:구본석}}
""",
    },
    {
        "id": "h65-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Chol-ho", "염철호", "witness", ["철호"]),
            ("Pyo Song-ae", "표성애", "witness", ["성애"]),
            ("Mo Kwang-jin", "모광진", "witness", ["광진"]),
            ("Tong Hye-ok", "동혜옥", "witness", ["혜옥"]),
        ],
        "note": "Settlement-school alumni directory (class contact list) kept by the class representative; rare surnames that are ordinary words (동, 모, 표), nicknames from the camp, work-abroad histories in the remarks column, e-mail and KakaoTalk IDs that spell names.",
        "text": """하나원 ○○○기 동기 연락처 (2019년 수료) — 총무 {{r:염철호}} 정리, 최신 2024. 3.
※ 단톡방 외 공유 금지. 연락처는 뒷자리만 표기.

이름 | 별명 | 사는 곳 | 연락처 | 카톡 ID | 비고
{{r:염철호}} | 총무 | {{u:인천}} | -4471 | {{r:chulho}}_y | {{u:러시아}} 건설 7년
{{r:표성애}} | {{r:성애}} 언니 | {{u:부천}} | -2093 | {{r:pyo}}1004 | {{u:중국}} 수산가공 3년
{{r:모광진}} | {{r:모기}} | {{u:천안}} | -8810 | {{r:mogi}}_88 | {{u:쿠웨이트}} 건설. 별명은 성이 '모'라서
{{r:동혜옥}} | — | {{u:서울}} {{u:노원구}} | -3322 | {{r:hyeok}}.dong | {{u:러시아}} 식당
{{p:선우진}} | {{p:감자}} | {{u:대전}} | -0571 | — | 연락 두절 (2022~)
{{p:탁경미}} | — | {{u:부산}} | -6148 | {{p:kmtak}} |
{{p:여명호}} | {{p:여}} 반장 | {{u:수원}} | -9032 | {{p:yeomh}} | {{u:몽골}}
{{p:어수정}} | — | {{u:김포}} | -1177 | — |

총무 메모:
- {{r:성애}} 언니 딸 결혼(5/18) — 축의금 모으는 중. 담당 {{r:혜옥}}.
- {{r:광진}}이 ({{r:모기}}) 허리 수술. 병문안: {{r:철호}}, {{p:여명호}}.
- {{r:동혜옥}} 씨가 {{u:러시아}} 식당 시절 지배인 "{{p:강}} 지배인"을 TV에서 봤다고 함(동명이인일 수도). 놀라지 말라고 다들 전화 한 번씩.
- {{p:선우진}}이 소식 아는 사람은 {{r:철호}}에게.
- 동기 모임 6/8(토) — 장소 {{r:표성애}} 씨 가게. 회비 2만 원.
""",
    },
    {
        "id": "h65-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Im So-jong", "임소정", "other", ["소정"]),
            ("Sok Pong-nyo", "석봉녀", "witness", ["봉녀"]),
            ("Jon Man-gil", "전만길", "relative", ["만길"]),
        ],
        "note": "Welfare-check phone log for an elderly woman living alone who was sent to a Chinese seafood plant in her fifties; caller volunteers' names in a column, the late husband named in her memories, a neighbour and a grandchild, the word 봉 and 만 in ordinary text, 할머니 and 어머님 unmarked.",
        "text": """홀몸어르신 안부전화 기록부 — 대상: {{r:석봉녀}} 어르신 (1955년생)

날짜 | 통화자 | 통화 시간 | 내용
3/4 | {{r:임소정}} | 8분 | 식사 잘 하심. 무릎 통증. {{r:봉녀}} 할머니가 "영감 생각이 난다"고 하심. 돌아가신 남편 {{r:전만길}} 님 기일이 3월.
3/6 | {{r:임소정}} | 12분 | {{u:중국}} {{u:룽커우}} 수산공장에서 일하던 이야기. 공장 관리인 "{{p:老孙}}"와 조장 {{p:봉성희}}(성씨가 봉, 어르신과 같은 '봉'자 아님). 만두 만 개를 빚었다는 농담.
3/8 | {{p:양대현}} | 5분 | 받지 않으심 → 이웃 {{p:황정애}} 님께 확인, 경로당에 계심.
3/11 | {{r:임소정}} | 15분 | 손자 {{p:전우진}}이가 다녀감. {{r:석봉녀}} 어르신 기분 좋으심. {{r:만길}} 영감님 사진을 손자에게 줬다고 하심.
3/13 | {{p:양대현}} | 7분 | 병원 예약 확인({{u:서울의료원}}, 3/20). 동행자: {{r:임소정}}.
3/15 | {{r:임소정}} | 20분 | {{r:봉녀}} 어르신이 공장 동료 {{p:변정순}}, {{p:추영란}}이 살아 있는지 궁금해하심. {{p:변정순}}은 {{u:평양}}으로 돌아갔다고. 북한인권단체 상담원 {{p:여은총}} 님께 연결해 드리기로 함.

담당 사회복지사 의견({{p:권하린}}): {{r:석봉녀}} 님은 우울 척도 경계선. 남편 {{r:전만길}} 님 기일 전후 방문 강화.
""",
    },
    {
        "id": "h65-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Un-ju", "하은주", "witness", ["은주"]),
            ("Ri Tong-hyok", "리동혁", "witness", ["동혁"]),
            ("Chang Mi-suk", "장미숙", "witness", ["미숙"]),
            ("Pae Yong-ho", "배영호", "witness", ["영호"]),
        ],
        "note": "Bible-copying relay sign-up sheet of a small church of North Korean members; books of the Bible beside names, a member whose name begins with 장미 (rose), a chapter number beside a name, 은혜 and 사랑 as words, a deceased co-worker remembered in a dedication, 성 (surname) and 성경.",
        "text": """성경 필사 릴레이 (2024 부활절 ~ 성탄절) — 담당 {{r:하은주}} 전도사

순서 | 필사자 | 범위 | 기간 | 헌정(마음에 품은 사람)
1 | {{r:하은주}} | 창세기 1-25장 | 4/1-4/14 | 우리 교회 모든 성도
2 | {{r:리동혁}} | 창세기 26-50장 | 4/15-4/28 | {{u:러시아}} 현장에서 함께 일하다 사고로 떠난 {{p:곽명진}}
3 | {{r:장미숙}} | 출애굽기 1-20장 | 4/29-5/12 | {{u:중국}}에 있는 언니 {{p:장미란}}
4 | {{r:배영호}} | 출애굽기 21-40장 | 5/13-5/26 | 아내 {{p:진옥화}}, 딸 {{p:배샘}}
5 | {{p:노형철}} | 레위기 | 5/27-6/9 |
6 | {{p:심은별}} | 민수기 1-18장 | 6/10-6/23 | 할머니 {{p:심순례}}
7 | {{r:리동혁}} | 민수기 19-36장 | 6/24-7/7 | 같은 작업반 {{p:구성일}}, {{p:모태근}}
8 | {{r:장미숙}} | 신명기 | 7/8-7/28 |

메모:
- {{r:동혁}} 형제는 두 번 신청. 한 번은 {{p:곽명진}} 형제를 위해, 한 번은 작업반 동료들을 위해. {{p:곽명진}}은 2015년 {{u:카타르}} 아니고 {{u:러시아}} {{u:카잔}}에서였다고 정정.
- {{r:미숙}} 자매 필사 노트는 장미 그림이 그려진 공책. 장미꽃을 좋아함.
- {{r:영호}} 형제는 {{u:쿠웨이트}}에서 일할 때 몰래 성경을 읽다 {{p:편}} 지도원에게 걸린 적이 있다고 나눔. 은혜가 됨.
- 완성본은 성탄절 예배 때 봉헌. 제본: {{p:노형철}} 집사 인쇄소.
- 문의: {{r:은주}} 전도사 / 부담당 {{p:심은별}}.
""",
    },
    {
        "id": "h65-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kwak Song-jin", "곽성진", "witness", ["성진"]),
            ("Ryom Hyok", "렴혁", "witness", ["혁", "염혁"]),
            ("Do Kyong-chol", "도경철", "witness", ["경철"]),
            ("Kwak Ji-hun", "곽지훈", "relative", ["지훈"]),
        ],
        "note": "Amateur football club match report by a club of former workers abroad; player names with shirt numbers, a one-syllable given name, surname 렴/염 in both spellings, 도 as surname beside the particle 도, scorers and substitutions, the opposing club invented, the league public.",
        "text": """[경기 결과] 통일FC vs 한강유나이티드 — 2:1 승
{{u:서울특별시축구협회}} 생활체육 리그 4라운드 / 2024. 5. 12.(일) {{u:목동}} 보조구장
작성: 주장 {{r:곽성진}}

■ 선발
GK 1 {{r:도경철}}
DF 4 {{r:곽지훈}}, 5 {{p:심우석}}, 3 {{p:리광명}}
MF 8 {{r:곽성진}}(C), 10 {{r:렴혁}}, 6 {{p:나태영}}
FW 9 {{p:강호}}, 11 {{p:모세훈}}

■ 득점
전반 23' {{r:렴혁}} (도움 {{r:곽성진}})
후반 31' 상대 자책골
후반 40' 실점

■ 교체
후반 15' {{p:모세훈}} → 7 {{p:진명길}}
후반 30' {{r:곽지훈}} → 2 {{p:곽태민}} ({{r:지훈}}이와 형제 아님)

■ 주장 한마디
오늘 MVP는 {{r:혁}}이. 프리킥 궤적이 {{u:블라디보스토크}} 현장에서 점심시간에 공 차던 그 솜씨 그대로다. 그때 {{r:염혁}}(주민등록 이름)이가 {{u:러시아}} 애들 다 제쳤었지. 골키퍼 {{r:경철}}이도 선방 세 개. {{r:도경철}}도 나이가 있는데 몸이 가볍다.
{{r:지훈}}이는 내 조카다(아들 아님, 다들 물어봐서). 다음 경기는 {{r:지훈}}이 시험이라 결장.
회식: 감자탕집, 정산은 총무 {{p:나태영}}.
""",
    },
    {
        "id": "h65-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("O Kum-chol", "오금철", "witness", ["금철"]),
            ("Jo Il-gwang", "조일광", "supervisor", ["일광"]),
            ("O Chun-hwa", "오춘화", "relative", ["춘화"]),
            ("Hyon Song-nam", "현성남", "coworker", ["성남"]),
        ],
        "note": "Third-person Korean interview summary (core material); one-syllable surname 오 beside the exclamation 오, a supervisor's given name 일광 beside 일광 (sunlight), the city 성남 beside a co-worker named 성남, particles and 동무 outside, Qatar construction.",
        "text": """면담 요약서 (2차) — 면담일 2024. 2. 15. / 면담자 {{p:변하은}} / 작성 {{p:변하은}}

1. 기본 사항
면담 대상자 {{r:오금철}}(남, 1978년생)은 2013년부터 2018년까지 {{u:카타르}} {{u:도하}} 인근의 주거단지 건설 현장에서 미장공으로 일했다. 현재 {{u:경기도}} {{u:성남시}}에 거주한다.

2. 작업반과 관리자
{{r:오금철}}의 작업반장은 {{r:조일광}}이었다. {{r:오금철}}은 "일광 아래서 하루 열두 시간 일했는데, 반장 이름이 {{r:일광}}이라 다들 웃지도 못했다"고 말했다. {{r:조일광}}은 여권과 노동허가증을 모두 보관했고, 월급은 현장 사무소에서 {{r:조}} 반장이 직접 현금으로 나누어 주었다. 1인당 월 130달러 정도였다.

3. 동료 {{r:현성남}}
같은 숙소의 {{r:현성남}}은 2016년 여름 열사병으로 쓰러졌다. {{r:오금철}}에 따르면 {{r:조일광}}은 병원에 보내지 않고 숙소에서 쉬게 했다. 오, 그날 밤이 제일 길었다고 {{r:금철}}은 말했다. {{r:성남}}이는 사흘 뒤 회복했으나 그해 겨울 귀국 조치되었다. 면담자는 {{u:경기도}} {{u:성남시}}와 이름이 같아 기록에 혼동이 없도록 "동료 {{r:현성남}}"으로 표기한다.

4. 가족
아내 {{r:오춘화}}는 {{u:평양}}에 남아 있다. 부부 모두 성이 오씨다. {{r:춘화}}와의 마지막 연락은 2019년 중개인을 통한 편지였다.

5. 추가 확인 필요
- {{r:오금철}}이 말한 회사 측 통역 "{{p:김}} 선생"의 이름.
- {{r:일광}} 반장 밑의 부반장(이름 기억 못 함).
""",
    },
    {
        "id": "h65-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yu Pong-sik", "유봉식", "witness", ["봉식"]),
            ("Yu Sol", "유솔", "relative", ["솔"]),
            ("Yu Chol-min", "유철민", "relative", ["철민"]),
        ],
        "note": "Mobile obituary notice sent by text with replies from recipients; the deceased a former Russian logging worker, chief mourners listed by relationship and name, a one-syllable given name 솔 (pine), the account holder name for condolence money, the funeral hall public, replies with names and emoji.",
        "text": """[부고] 故 {{r:유봉식}} 님께서 별세하셨기에 삼가 알려드립니다.

고인: {{r:유봉식}} (향년 68세)
상주: 아들 {{r:유철민}}, 딸 {{r:유솔}}
빈소: {{u:인천성모병원}} 장례식장 5호실
발인: 2024년 1월 28일(일) 오전 7시
장지: {{u:인천가족공원}}
마음 전하실 곳: 농협 302-****-****-11 (예금주 {{r:유철민}})

고인은 1990년대 {{u:러시아}} {{u:하바롭스크}} 벌목장에서 일하셨고, 2008년 입국하셨습니다.

---- 답장 ----
[{{p:김영순}}] {{r:철민}}아, 아버님 소식 듣고 마음이 아프다. 내일 {{p:동식}}이랑 같이 갈게.
[{{p:노재천}}] {{r:유봉식}} 선배님, 벌목장에서 저를 살려 주신 은혜 잊지 않겠습니다. {{r:철민}}아 힘내라 🙏
[{{r:솔}}] 다들 감사합니다. 아버지가 벌목장 얘기를 할 때마다 {{p:노재천}} 아저씨 얘기를 하셨어요.
[{{p:안혜진}}] {{r:솔}}아 ㅠㅠ 토요일에 갈게
[{{p:노재천}}] {{r:솔}}이 많이 컸구나. 아버지 {{r:봉식}} 형님은 작업반장 {{p:차용국}}한테 맞으면서도 우리 몫 빵을 지켰다. 솔밭 같은 분이었다.
[{{r:유철민}}] 아저씨 고맙습니다. 아버지 휴대폰에 아저씨 번호가 '{{p:재천}}이'로 저장돼 있었어요.
""",
    },
    {
        "id": "h65-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Hae-gum", "강해금", "witness", ["해금"]),
            ("Chin Sol-mi", "진솔미", "witness", ["솔미"]),
            ("Yang Chun-ja", "양춘자", "other", ["춘자"]),
        ],
        "note": "Hanbok rental ledger for a Chuseok event of North Korean women; renters' names, sizes and colours, the shop owner writes her own name, names that contain ordinary words (해금 = a fiddle, 진솔 = sincere), a Chinese co-worker's name in Hangul, deposit and return columns.",
        "text": """추석 한마당 한복 대여 장부 (2023. 9. 27. ~ 10. 2.)
대여점: 고운한복 (사장 {{r:양춘자}}) / 행사 주최 측 담당: {{p:봉수아}}

번호 | 이름 | 치마/저고리 | 크기 | 보증금 | 반납
1 | {{r:강해금}} | 다홍/연두 | 66 | 3만 | 10/2 ✔
2 | {{r:진솔미}} | 남색/분홍 | 55 | 3만 | 10/2 ✔
3 | {{r:강해금}} 딸 {{p:림하나}} | 아동 노랑 | 120 | 1만 | 10/2 ✔
4 | {{p:국명희}} | 자주/흰색 | 77 | 3만 | 10/3 (하루 늦음)
5 | {{p:왕춘메이}} | 하늘/흰색 | 55 | 3만 | 10/2 ✔

사장 메모:
- {{r:해금}} 씨는 행사에서 해금 연주를 한다고 해서 소매 넓은 것으로. {{r:해금}} 씨 말로는 {{u:중국}} {{u:훈춘}} 공장에서 같이 일한 {{p:왕춘메이}}(王春梅) 씨도 온다고 함. {{p:춘메이}} 씨는 한국어가 서툼.
- {{r:솔미}} 씨가 진솔하게 사정을 얘기해서 보증금 일부 면제. {{r:진솔미}} 씨는 {{u:러시아}} 식당에서 일했던 분.
- {{p:국명희}} 씨 반납 늦음, 추가 요금 없음. 내({{r:양춘자}}) 재량.
- 사진 촬영 자원봉사 {{p:도해원}}. {{r:춘자}} 사장 협찬으로 기록.
""",
    },
    {
        "id": "h65-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Kyong-hui", "한경희", "witness", ["Kyong-hui", "경희"]),
            ("Ho Song-chol", "허성철", "supervisor", ["Song-chol", "성철"]),
            ("Han Ye-rim", "한예림", "relative", ["Ye-rim", "예림"]),
        ],
        "note": "Bilingual SRT subtitle file of a documentary interview (Korean line above English line); a name wrapped across the two lines of a cue, speaker tags, the translator's credit cue, the minder's name in Korean and English, 허 as surname beside 허 (emptiness), a Chinese manager's form of address; CRLF.",
        "text": """1
00:00:04,120 --> 00:00:07,800
[{{r:한경희}} / {{u:단둥}} 수산물 가공공장 근무 2016-2019]
[{{r:HAN Kyong-hui}} / seafood plant, {{u:Dandong}}, 2016-2019]

2
00:00:08,300 --> 00:00:12,050
처음 도착했을 때 반장은 {{r:허성철}}이라는 사람이었어요.
When we arrived, the team leader was a man called {{r:Ho Song-chol}}.

3
00:00:12,400 --> 00:00:16,900
{{u:중국}} 사장은 우리한테 직접 말 못 하고 꼭 {{r:허}} 반장을 거쳤죠.
The Chinese boss never spoke to us directly, always through {{r:Ho}}.

4
00:00:17,200 --> 00:00:21,600
사장은 {{p:老刘}}라고 불렀어요. 우리는 "{{p:류}} 사장"이라고 했고요.
We called the owner {{p:Lao Liu}}. "Boss {{p:Ryu}}", in Korean.

5
00:00:22,000 --> 00:00:27,350
{{r:성철}}이가... 아니, {{r:허성철}} 동무가 여권을 걷어서 금고에 넣었어요.
{{r:Song-chol}}... I mean, Comrade {{r:Ho Song-chol}} collected the passports and put them in the safe.

6
00:00:27,800 --> 00:00:31,200
허전했죠. 여권이 없으니까 사람이 아닌 것 같았어요.
It felt empty. Without a passport you don't feel like a person.

7
00:00:31,900 --> 00:00:36,400
딸 {{r:예림}}이가 그때 일곱 살이었어요.
My daughter {{r:Ye-rim}} was seven at the time.

8
00:00:36,800 --> 00:00:41,500
(INTERVIEWER) {{r:Ye-rim}} is now in {{u:Seoul}} with you?
(면담자) {{r:예림}} 씨는 지금 같이 {{u:서울}}에 있나요?

9
00:00:42,000 --> 00:00:46,250
네. {{r:한예림}}. 저랑 성이 같아요. 아빠 성 말고 제 성을 줬어요.
Yes. {{r:Han Ye-rim}}. Same surname as me. I gave her mine, not her father's.

10
00:00:46,700 --> 00:00:51,900
같은 방에 {{p:정순애}}, {{p:리금주}}, 그리고 막내
In my room there were {{p:Jong Sun-ae}}, {{p:Ri Kum-ju}} and the youngest,

11
00:00:51,900 --> 00:00:55,100
{{p:채
옥실}}이 있었어요.
{{p:Chae
Ok-sil}}.

12
00:01:10,000 --> 00:01:14,000
Subtitles: {{p:Bora Lim}} / Interview: {{p:Tom Anders}}
자막 번역: {{p:임보라}} / 인터뷰: {{p:톰 앤더스}}
""",
    },
    {
        "id": "h65-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Hyon-u", "최현우", "witness", ["Hyon-u", "현우", "ЧВЕ Хен У"]),
            ("Kim Tong-su", "김동수", "supervisor", ["Tong-su", "КИМ Дон Су"]),
        ],
        "note": "Russian industrial-accident act (Form N-1) in Russian with the NGO's Korean annotations; victim and brigade leader in Cyrillic with case endings, the commission members (Russian engineers, safety officer) private, patronymics, the labour inspectorate and city public.",
        "text": """[자료] 산업재해 조사 보고서(러시아 서식 Н-1) 일부 — 원문 러시아어, 주석 한국어({{p:정하람}})

АКТ № 7 о несчастном случае на производстве
1. Дата и время несчастного случая: 14.03.2019, 10 ч. 40 мин.
2. Организация (работодатель): ООО «СтройМонолит», г. {{u:Владивосток}}
3. Комиссия по расследованию в составе:
   председатель — главный инженер {{p:Лысенко Андрей Петрович}};
   члены — специалист по охране труда {{p:Гришина Е.В.}}, прораб {{p:Медведев С.Н.}}, представитель иностранных работников {{r:Ким Дон Су}}.
4. Сведения о пострадавшем: {{r:ЧВЕ Хен У}}, 1987 г.р., гражданство {{u:КНДР}}, бетонщик.
5. Обстоятельства: бетонщик {{r:Чве Хен У}} упал с опалубки 3-го этажа. Страховочный пояс не выдавался. Со слов {{r:Кима Дон Су}}, пострадавший «нарушил инструкцию».
6. Причины: неудовлетворительная организация работ; отсутствие СИЗ.
7. Лица, допустившие нарушение: прораб {{p:Медведев С.Н.}}; бригадир {{r:Ким Дон Су}}.
Подписи: {{p:Лысенко}} / {{p:Гришина}} / {{p:Медведев}} / {{r:Ким}}
С актом ознакомлен: ___ (пострадавший не подписал)

주석:
- {{r:ЧВЕ Хен У}} = {{r:최현우}}(증언자). {{r:현우}} 씨는 이 서류를 처음 본다고 했다. 본인 서명란이 비어 있다.
- 5항의 "{{r:Кима Дон Су}}"는 작업반장 {{r:김동수}}. {{r:김동수}}가 "규정을 어겼다"고 말해서 회사 책임이 줄어들었다고 {{r:최현우}} 씨는 본다.
- 안전관리 담당 {{p:Гришина}}(여성)는 {{r:현우}} 씨를 병원에 데려간 사람이라고 함. 이름은 {{p:Елена}}로 기억.
- 이 보고서는 {{u:연해주}} 노동감독청({{u:Государственная инспекция труда}})에 제출되었어야 하나 제출 여부 불명.
""",
    },
    {
        "id": "h65-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-hyok", "리광혁", "witness", ["Kwang-hyok", "광혁", "ЛИ Гван Хек"]),
            ("Ri Kwang-chol", "리광철", "coworker", ["Kwang-chol", "광철", "ЛИ Гван Чер"]),
            ("Sim Yong-dok", "심영덕", "supervisor", ["Yong-dok", "영덕", "СИМ Ен Дек"]),
        ],
        "note": "Russian migration arrival notifications (tear-off slips) for three workers, typed in Russian, with Korean notes; two co-workers with near-identical names (not brothers), the host party's representative with patronymic, the migration office public, 영덕 as a given name beside the county 영덕; CRLF.",
        "text": """[스캔 3매] Уведомление о прибытии иностранного гражданина — отрывная часть
제공: {{r:리광혁}}. 해설: {{p:안수민}}.

(1)
Фамилия: {{r:ЛИ}}   Имя: {{r:ГВАН ХЕК}}
Гражданство: {{u:КНДР}}   Дата рождения: 02.09.1989
Адрес пребывания: {{u:Хабаровский край}}, г. {{u:Хабаровск}} (далее не разборчиво)
Принимающая сторона: ООО «Восток-Строй», представитель {{p:Андреева Ирина Сергеевна}}
Отметка: {{u:ГУ МВД России по Хабаровскому краю}}, принял ст. лейтенант {{p:Фомин}}

(2)
Фамилия: {{r:ЛИ}}   Имя: {{r:ГВАН ЧЕР}}
Гражданство: {{u:КНДР}}   Дата рождения: 17.01.1988
Принимающая сторона: то же

(3)
Фамилия: {{r:СИМ}}   Имя: {{r:ЕН ДЕК}}
Гражданство: {{u:КНДР}}   Дата рождения: 30.06.1975
Примечание (от руки): «бригадир, паспорта у него»

해설:
- (1)은 증언자 {{r:리광혁}}, (2)는 같은 작업반 {{r:리광철}}. 이름이 한 글자 차이라 {{u:러시아}} 사람들이 자주 헷갈렸다. 형제 아님. {{r:광혁}} 씨는 "{{r:광철}}이와 나는 {{p:Андреева}} 아주머니 앞에서 서로 이름을 바꿔 불러도 아무도 몰랐다"고 함.
- (3)은 작업반장 {{r:심영덕}}. 손글씨 메모 "бригадир, паспорта у него"(반장, 여권은 그가 가짐)는 {{p:Андреева}}의 글씨라고 {{r:광혁}} 씨가 기억. {{r:영덕}}은 {{u:경북}} {{u:영덕}}과 상관없는 이름.
- 접수한 경찰관 "{{p:Фомин}}"은 {{r:심영덕}}과 자주 술을 마셨다고 함.
""",
    },
    {
        "id": "h65-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Piao Yinglan", "박영란", "other", ["朴英兰", "朴姐", "영란"]),
            ("Kim Sol-hwa", "김설화", "witness", ["Sol-hwa", "설화", "金雪花"]),
            ("Mun Ok-nyo", "문옥녀", "supervisor", ["Ok-nyo", "옥녀", "文玉女"]),
            ("Kim Ui-gyong", "김의경", "coworker", ["의경"]),
        ],
        "note": "Chinese factory dormitory visitor register (Chinese) with the witness's Korean annotations; visitors and visited persons in Hanzi, a Korean-Chinese interpreter, 小-prefixed and 姐 forms of address labelled whole, a North Korean team leader in Hanzi and Hangul, guards private, the city public.",
        "text": """[사진 전사] 女工宿舍 来访登记表 (2018年 10月) — {{u:辽宁省}} {{u:丹东市}} 某水产加工厂
전사·주석: {{p:한소율}}

日期 | 来访人 | 被访人 | 事由 | 进入 | 离开 | 值班
10/03 | {{p:崔志刚}} | {{r:文玉女}} | 送工资表 | 14:10 | 14:40 | {{p:老张}}
10/07 | {{r:朴英兰}} (翻译) | {{r:文玉女}} | 开会 | 19:00 | 21:30 | {{p:老张}}
10/12 | 医生 {{p:王丽}} | {{r:金雪花}} | 看病(发烧) | 10:00 | 10:25 | {{p:小赵}}
10/12 | {{r:朴英兰}} | {{r:金雪花}}、{{r:文玉女}} | 陪同 | 10:00 | 10:25 | {{p:小赵}}
10/20 | {{p:崔志刚}} | {{r:文玉女}} | 送物品 | 15:00 | 16:10 | {{p:老张}}
10/28 | {{r:朴姐}} | {{r:金义京}} | 送药 | 20:00 | 20:15 | {{p:小赵}}

주석 ({{r:김설화}} 씨 설명):
- {{r:文玉女}} = 우리 조장 {{r:문옥녀}}. 공장 사장 아들 {{p:崔志刚}}이 {{r:옥녀}} 조장을 자주 찾아왔다. 임금표를 {{r:문옥녀}}만 봤다.
- {{r:朴英兰}}은 조선족 통역 {{r:박영란}}. 우리는 "{{r:박}} 통역" 또는 "{{r:朴姐}}"라고 불렀다. 28일에 {{r:의경}}이한테 약을 갖다 준 사람도 {{r:朴姐}}.
- {{r:金义京}} = {{r:김의경}}. 나랑 성만 같고 친척 아님. 한자를 {{p:老张}}이 잘못 써서 義가 义로 됨.
- 12일에 내가 열이 나서 {{p:王丽}} 의사가 왔다. {{r:옥녀}} 조장이 옆에서 "아프다는 말 하지 마라"고 했다.
- 경비 {{p:老张}}, {{p:小赵}}는 친절했다. {{p:小赵}}가 {{r:설화}} 씨에게 귤을 준 적이 있음.
""",
    },
    {
        "id": "h65-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jon Chol-nam", "전철남", "witness", ["Chol-nam", "철남"]),
            ("Ri Yong-su", "리용수", "supervisor", ["Yong-su", "용수"]),
            ("Kye Sang-uk", "계상욱", "coworker", ["Sang-uk", "상욱"]),
        ],
        "note": "Mongolian construction site daily headcount sheet (Mongolian Cyrillic) with a witness's Korean commentary; Korean names in Mongolian Cyrillic, the Mongolian site engineer and timekeeper private, Mongolian genitive endings kept inside, the district public, 용수 (water for use) as an ordinary word.",
        "text": """[전사] Ажилчдын өдөр тутмын ирц — {{u:Улаанбаатар}}, {{u:Хан-Уул дүүрэг}}, 2018.11.05
Ирц бүртгэсэн: цагийн бүртгэгч {{p:Б. Сарангэрэл}} | Инженер: {{p:Д. Ганзориг}}

№ | Нэр | Бригад | Ирсэн | Явсан | Тэмдэглэл
1 | {{r:Ри Ён Су}} | бригадир | 07:30 | 20:00 |
2 | {{r:Жон Чол Нам}} | 1 | 07:30 | 20:00 |
3 | {{r:Кё Сан Ук}} | 1 | 07:30 | 14:00 | өвчтэй
4 | {{p:Пак Мён Хо}} | 1 | 07:30 | 20:00 |
5 | {{p:Хан Гым Сон}} | 2 | 07:30 | 20:00 |
6 | {{p:Чой Ил Нам}} | 2 | — | — | ирээгүй

Инженерийн тэмдэглэл: "{{r:Кё Сан Ук}} гараа гэмтээсэн. {{r:Ри Ён Сугийн}} хэлснээр эмнэлэг явах шаардлагагүй." — {{p:Ганзориг}}

{{r:전철남}} 씨 설명 (2023. 9. 면담, 통역 없이 한국어):
- 1번 {{r:Ри Ён Су}}는 반장 {{r:리용수}}. 2번이 나({{r:철남}}).
- 3번 {{r:계상욱}}이 손을 다쳤는데 {{r:리용수}}가 병원에 안 보냈다. {{u:몽골}} 기사 {{p:Ганзориг}} 씨가 "{{r:Ри}}가 필요 없다고 했다"고 적었다. {{r:상욱}}이는 그날 오후 숙소에 누워 있었다.
- 6번 {{p:최일남}}은 그날 아침 사라졌다. 며칠 뒤 잡혀 와서 {{r:용수}} 반장이 용수 탱크 청소를 시켰다.
- 시간 기록원 {{p:Сарангэрэл}} 씨는 {{u:한국}} 드라마를 좋아해서 우리와 말이 통했다. 이 종이를 찍게 해 준 사람도 그녀다.
""",
    },
    {
        "id": "h65-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chol-gu", "박철구", "witness", ["Chol-gu", "철구", "Pak Czol Gu"]),
            ("Ryu Hyong-sop", "류형섭", "supervisor", ["Hyong-sop", "형섭"]),
        ],
        "note": "Polish shipyard safety-training attendance list copied from a PDF (zero-width spaces and a soft hyphen survive inside names), Polish instructor and Korean notes; Polish case endings kept inside, Polish spellings of Korean names, the yard's city public.",
        "text": """LISTA OBECNOŚCI — szkolenie okresowe BHP (spawacze), {{u:Gdynia}}, 12.04.2016
Prowadzący: {{p:Krzysztof Wal\u00adczak}} | Podpis kierownika: {{p:M. Zielińska}}

Lp. | Imię i nazwisko | Firma | Podpis
1 | {{r:Pak Czol\u200bGu}} | podwykonawca | (podpis)
2 | {{p:Kim Song\u200bIl}} | podwykonawca | (podpis)
3 | {{r:Riu Hjong Sop}} | podwykonawca | (podpis)
4 | {{p:Tomasz Dąbrowski}} | stocznia | (podpis)

Uwagi prowadzącego: "Pan {{r:Riu}} podpisał za pana {{p:Kima}} i pana {{r:Paka}}. Tłumaczył pan {{r:Riu}}."

주석 ({{r:박철구}} 씨 확인, 2023):
- 1번이 나({{r:철구}}). 3번 "{{r:Riu Hjong Sop}}"은 반장 {{r:류형섭}}. 서명은 전부 {{r:형섭}}이 했다. 나는 교육에 못 갔다.
- 강사 {{p:Krzysztof}} 씨는 좋은 사람이었는데 {{r:류형섭}} 말만 들었다.
""",
    },
    {
        "id": "h65-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-byol", "리은별", "witness", ["Un-byol", "은별"]),
            ("Cha Sun-ok", "차순옥", "supervisor", ["Sun-ok", "순옥"]),
            ("Jong Hae-yon", "정해연", "coworker", ["Hae-yon", "해연"]),
        ],
        "note": "Vietnamese restaurant staff timesheet (bảng chấm công) typed with fullwidth Latin letters by a Korean IME, with Korean notes; Vietnamese owner and cashier private, fullwidth names kept as written, the city public.",
        "text": """BẢNG CHẤM CÔNG THÁNG 3/2017 — nhà hàng, {{u:Hà Nội}}
Quản lý: {{r:ＣＨＡ ＳＵＮ ＯＫ}} | Thu ngân: {{p:Nguyễn Thu Hằng}}

STT | Họ tên | Số ngày công | Ghi chú
1 | {{r:ＲＩ ＵＮ ＢＹＯＬ}} | 31 | múa + phục vụ
2 | {{r:ＪＯＮＧ ＨＡＥ ＹＯＮ}} | 31 | phục vụ
3 | {{p:ＫＩＭ ＳＯＬ ＭＩ}} | 29 | bếp

Chữ ký: {{r:Cha Sun Ok}} / {{p:Hằng}}

메모 ({{r:리은별}}, 2022):
- 표는 {{r:차순옥}} 지배인이 한국어 자판으로 쳐서 글자가 넓게 나왔다. 31일 다 일했는데 돈은 {{r:순옥}} 지배인이 받았다.
- {{r:해연}}이와 나는 춤도 추고 서빙도 했다. {{p:Hằng}} 언니가 몰래 팁을 {{r:해연}}이에게 줬다.
""",
    },
    {
        "id": "h65-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryang Myong-gil", "량명길", "witness", ["Myong-gil", "명길"]),
            ("Jo Chang-bok", "조창복", "supervisor", ["Chang-bok", "창복"]),
        ],
        "note": "Transcribed WhatsApp voice notes from an Egyptian foreman at a Kuwaiti site, Arabic with English gloss and Korean notes; Korean names in Arabic script, Arabic forms of address (أبو) labelled whole as a name, the foreman's own name, the company and country public.",
        "text": """[음성 메시지 전사·번역: {{p:Layla Mansour}} / 한국어 메모: {{p:서지원}}]

[12/08/2017 19:02] {{p:Mahmoud Fathy}}: يا {{r:ميونغ}}، قل لـ{{r:جو}} إن المهندس {{p:طارق}} يريد العمال الساعة خمسة.
({{r:Myong}}, tell {{r:Jo}} that engineer {{p:Tariq}} wants the workers at five.)
[12/08/2017 21:40] {{p:Mahmoud Fathy}}: {{r:ميونغ غيل}} حبيبي، لا تشتغل في الشمس بعد الظهر. {{r:جو}} لا يفهم.
({{r:Myong-gil}} my friend, don't work in the sun after noon. {{r:Jo}} doesn't understand.)
[13/08/2017 07:15] {{p:Mahmoud Fathy}}: {{p:أبو يوسف}} دفع الرواتب لـ{{r:جو تشانغ بوك}}، ليس لكم. أنا آسف.
({{p:Abu Yousef}} paid the salaries to {{r:Jo Chang-bok}}, not to you. I am sorry.)

메모:
- {{r:ميونغ}}/{{r:Myong}} = {{r:량명길}}. {{p:Mahmoud}} 씨만 "{{r:명}}"이라고 짧게 불렀다.
- {{r:جو}} = 반장 {{r:조창복}}. {{r:창복}}이 급여를 다 받았다는 내용. {{u:쿠웨이트}} 현장.
""",
    },
    {
        "id": "h65-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ko Yong-hui", "고영희", "witness", ["Yong-hui", "영희"]),
            ("Ko Chol-ung", "고철웅", "relative", ["Chol-ung", "철웅"]),
            ("Yun Song-gun", "윤성군", "supervisor", ["Song-gun", "성군"]),
        ],
        "note": "Interviewer's running notes in mixed Korean and English (core material); witness's name shared with a famous figure's name is still private, a brother, the team leader, 성군 (sage king) as a given name, abbreviations (YH, SG), English possessive outside.",
        "text": """Interview notes — 2024-01-18 — w/ {{r:Ko Yong-hui}} ({{r:YH}}), interp. none ({{r:YH}} fluent-ish English)

- {{r:YH}} b. 1985 {{u:Wonsan}}. 2015-2019 {{u:Russia}}, sewing → 식당. 팀장 = {{r:윤성군}} ("{{r:SG}}"). {{r:SG}}가 여권 보관.
- {{r:영희}}: "이름이 흔해서 다들 웃어요. 그냥 {{r:Yong-hui}}로 써 주세요."
- brother {{r:Ko Chol-ung}} also sent abroad, {{u:Qatar}}? {{r:철웅}} 오빠 소식 2018년 이후 없음.
- {{r:SG}}'s rules: no phone, 외출 2인 1조. {{r:성군}}은 "성군처럼 굴었다" (ironic).
- cowork. {{p:Pae Hyang-mi}} left w/ {{r:YH}} 2019.
- follow-up: {{r:Yong-hui}} to send photo of {{r:Chol-ung}}.
""",
    },
    {
        "id": "h65-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Sin Tae-bok", "신태복", "witness", ["Tae-bok", "태복"]),
            ("Pak Song-il", "박성일", "supervisor", ["Song-il", "성일"]),
        ],
        "note": "Question-and-answer transcript in mixed Korean and English (core), half CRLF and half LF line breaks; speaker labels Q/A with names, a brigade leader called by surname plus title, a Russian driver, a nickname, interviewer named.",
        "text": """Transcript, interview 1 — Interviewer: {{p:Kate Lowe}} (Q) / Witness: {{r:Sin Tae-bok}} (A)

Q: Please say your name.
A: {{r:신태복}}. {{r:Shin Tae-bok}} on my card.
Q: Where did you work?
A: {{u:Irkutsk}}, 아파트 공사. 반장은 {{r:박성일}}. We called him "{{r:곰}}" — bear.
Q: Why bear?
A: 크고 느려요. But {{r:Pak}} 반장 is strict about money.
Q: Who drove you?
A: {{p:Vasily}}. {{u:러시아}} 기사. {{p:Vasya}}라고 불렀어요. {{p:Vasya}} and {{r:곰}} argued every day.
Q: Thank you, {{r:Tae-bok}}.
""",
    },
    {
        "id": "h65-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Myong-suk", "김명숙", "witness", ["Myong-suk", "명숙"]),
            ("Yi Ha-neul", "이하늘", "other", ["Ha-neul", "하늘"]),
            ("Bae Ji-won", "배지원", "other", ["Ji-won", "지원"]),
        ],
        "note": "Translation agency job tracker pasted from a spreadsheet, Korean and English; translators and project managers, the witness named in file names, 하늘 (sky) and 지원 (support) as given names beside the ordinary words, a client organisation public.",
        "text": """Job ID | Client | File | Lang | Translator | PM | Due | Status
T-2291 | {{u:Amnesty International}} | {{r:KimMyongsuk}}_statement_v2.docx | KO>EN | {{r:Yi Ha-neul}} | {{r:Bae Ji-won}} | 03/11 | 완료
T-2292 | NGO (retainer) | interview_{{r:명숙}}_0214.m4a | KO transcription | {{r:하늘}} | {{r:지원}} | 03/15 | 진행 중
T-2293 | NGO (retainer) | {{r:Kim}}_letter_to_son.pdf | KO>EN | {{p:Marcus Webb}} (review) | {{r:Ji-won}} | 03/18 | 대기

PM comments ({{r:Bae Ji-won}}):
- {{r:Ha-neul}}: 하늘이 맑은 날 파일 드릴게요 농담 말고, T-2292 음성 상태 나쁨. {{r:명숙}} 씨가 언급한 반장 "{{p:염상철}}" 철자 확인 부탁.
- 지원금 사업이라 납품 기한 엄수. {{r:지원}}(나) 휴가 3/20-22, 대리 {{p:Laura Kim}}.
- {{r:Kim Myong-suk}} 본인이 번역본 검토 원함 → {{r:Yi}} 선생님과 통화 일정.
""",
    },
    {
        "id": "h65-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Yong-ok", "류영옥", "witness", ["Yong-ok", "영옥"]),
            ("Ryu Kum-song", "류금성", "relative", ["Kum-song", "금성"]),
            ("Daniel Oh", "오다니엘", "other", ["Daniel", "다니엘"]),
        ],
        "note": "Bilingual e-mail prayer chain of a Korean-American church; the pastor's English and Korean names (title outside), a witness and her son in Qatar, 금성 (Venus) as a given name, a Filipino nurse, forwarded quoting with > marks.",
        "text": """From: {{r:Daniel Oh}} <pastor.{{r:daniel}}@example.church>
Subject: [Prayer Chain] {{r:류영옥}} 권사님 아드님 / Mrs {{r:Ryu}}'s son

Dear prayer team / 기도팀 여러분,

Please pray for Mrs {{r:Ryu Yong-ok}}. Her son {{r:Kum-song}} was sent to a construction site in {{u:Qatar}} and has not called since Christmas.
{{r:영옥}} 권사님께서 아드님 {{r:금성}}이 소식을 기다리십니다. 금성처럼 밝게 빛나는 아이였다고 하십니다.

> On Mon, Jan 8, {{p:Grace Santos}} wrote:
> I am a nurse at {{u:Hamad General Hospital}}. I will ask my colleagues if a Korean named {{r:Ryu Kum-song}} was admitted. - {{p:Grace}}

Pastor {{r:Daniel}} / {{r:오다니엘}} 목사 드림
""",
    },
    {
        "id": "h65-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Song-mi", "장성미", "witness", ["Song-mi", "성미", "张成美"]),
            ("Jang Hak-chol", "장학철", "relative", ["Hak-chol", "학철", "张学哲"]),
            ("Piao Hongmei", "박홍매", "other", ["홍매", "朴红梅"]),
        ],
        "note": "Chinese bank cross-border remittance slips (汇款单) with a worker's Korean notes; sender and beneficiary in Hanzi and Hangul, a Korean-Chinese go-between whose name is written in both scripts, the bank public, 小 and 姐 forms labelled whole.",
        "text": """[영수증 2매 전사 / 주석: {{r:장성미}}]

{{u:中国银行}} 境外汇款申请书
汇款人: {{r:朴红梅}} | 收款人: {{r:张学哲}} | 金额: 3,000 元 | 经办: {{p:小陈}}
汇款人: {{r:朴红梅}} | 收款人: {{r:张学哲}} | 金额: 2,500 元 | 经办: {{p:陈晓}}

주석:
- 송금인 {{r:朴红梅}} = 조선족 {{r:박홍매}}. 우리는 "{{r:红梅姐}}"라고 불렀다. 내 돈을 {{r:홍매}} 언니 이름으로 보냈다.
- 받는 사람 {{r:张学哲}}은 내 오빠 {{r:장학철}}. {{r:학철}} 오빠가 국경에서 받았다.
- 창구 직원 {{p:小陈}}은 {{p:陈晓}}와 같은 사람인 듯.
- 공장 조장 {{p:림순화}}는 이 송금을 몰랐다. 나({{r:성미}})는 {{u:훈춘}} 공장 시절 이렇게 두 번 보냈다.
""",
    },
    {
        "id": "h65-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Jin-ho", "강진호", "witness", ["Jin-ho", "진호", "Кан Чин Хо"]),
            ("Han Tok-su", "한덕수", "supervisor", ["Tok-su", "덕수", "Хан Док Су"]),
        ],
        "note": "Russian site manager's internal memo about the Korean brigade, with Korean annotations; Russian case endings (Хана, Кану) kept inside, the memo's addressee and author private, a supervisor who shares his name with a well-known South Korean politician yet is a private person, the city public.",
        "text": """СЛУЖЕБНАЯ ЗАПИСКА
Кому: директору ООО «ДальСтрой» {{p:Воронову И.А.}}
От: начальника участка {{p:Зуева П.С.}}
{{u:Благовещенск}}, 22.02.2019

Сообщаю, что бригадир корейской бригады {{r:Хан Док Су}} отказался отпустить рабочего {{r:Кан Чин Хо}} в больницу после травмы. По словам {{r:Хана}}, «{{r:Кану}} не нужен врач». Прошу решить вопрос с представителем {{p:Паком}}.
{{p:П.С. Зуев}}

주석:
- {{r:Кан Чин Хо}} = 나, {{r:강진호}}. {{r:Хан Док Су}} = 반장 {{r:한덕수}}. {{u:남한}} 정치인과 이름이 같아서 {{u:한국}} 사람들이 놀라지만 전혀 다른 사람이다.
- {{p:Зуев}} 과장은 {{r:진호}}를 병원에 보내려 했지만 {{r:덕수}} 반장이 막았다. "{{p:Паком}}"은 회사 대표 {{p:박성호}}.
""",
    },
    {
        "id": "h65-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Hyang-sun", "채향순", "witness", ["Hyang-sun", "향순"]),
            ("No Un-chol", "노은철", "witness", ["Un-chol", "은철"]),
            ("Hwang Ye-seul", "황예슬", "other", ["Ye-seul", "예슬"]),
        ],
        "note": "Note-taking database export (CSV) of witness follow-ups in Korean and English; assignee names, witness names in a title column, a surname 노 beside the English word 'No', 'Done' and 'No' values, a tag that spells a name.",
        "text": """Name,Assignee,Status,Next step,Tags,Last edited by
{{r:채향순}} follow-up,{{r:Hwang Ye-seul}},In progress,"{{r:Hyang-sun}} 병원 동행 (3/12)",#{{r:향순}}_medical,{{r:Ye-seul}}
{{r:No Un-chol}} - consent,{{r:Ye-seul}},Done,"{{r:No}} signed; copy to {{p:Min-ho}}",#consent,{{p:Park Min-ho}}
{{r:Un-chol}} wage claim,{{p:Park Min-ho}},No,"No response from {{r:No Un-chol}}'s former employer",#wages,{{r:황예슬}}
{{r:향순}} 가족 찾기,{{r:예슬}},In progress,"{{u:대한적십자사}} 신청, {{r:Chae}}'s sister {{p:Chae Hyang-mi}}",#family,{{r:Ye-seul}}
""",
    },
]
