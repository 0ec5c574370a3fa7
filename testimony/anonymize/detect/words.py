"""Reasons, word lists and shared checks of the name detector (see __init__.py).

The reasons a proposal gives, the default public figures, the Korean surnames and their
romanizations, the Korean and English word lists and patterns; folding of diacritics and the
spelling-insensitive keys of full names; the Latin tokens of a text and the checks of a romanized
name word (surname, given-name syllables, capitalised name word) that every finder uses.
"""

import re
import unicodedata
from functools import cache, lru_cache

from testimony.anonymize import foreign_names
from testimony.anonymize.english import ENGLISH_WORDS


def _words(text: str) -> list[str]:
    # The word lists below read as prose; a literal "...".split() would be rewritten by ruff
    # (SIM905) into one item per line.
    return text.split()


REASON_SURNAME_GIVEN = "Korean surname followed by a given name"
REASON_GIVEN_SURNAME = "hyphenated given name followed by a Korean surname"
REASON_HYPHENATED_GIVEN = "hyphenated Korean given name alone ('Kyung-ho', 'Seo-yeon')"
REASON_WESTERN_ORDER = "Korean given name written as one word before its surname ('Yuna Park')"
REASON_TITLE = "title followed by a name"
REASON_INTRODUCED = "introduced as 'a man named ...'"
REASON_HANGUL_HONORIFIC = "Hangul name followed by an honorific or title"
REASON_HANGUL_AFFECTIONATE = (
    "Hangul given name with the affectionate 이 before a particle (정학이가: no word takes 이가)"
)
REASON_HANGUL_HYUNG = "Hangul full name whose given name ends in 형 (박준형), not a brother's"
REASON_HANGUL_PARTICLE = "Hangul name followed by a particle"
REASON_HANGUL_AFTER_TITLE = "Hangul name after a title"
REASON_HANGUL_CUE = "Hangul name introduced by '이름은' or '라는'"
REASON_HANGUL_SURNAME = "Hangul surname followed by an honorific"
REASON_HANGUL_ADDRESSED = (
    "Hangul given name a message calls or pairs ('은혜야 생일 축하해', '정훈♡소라')"
)
REASON_BRACKETED = "Hangul name in brackets beside a detected name"
REASON_INVERTED = (
    "surname, a comma, then the given name or initials, as lists and citations write them "
    "('PAEK, UN CHOL', 'Lee, S.-H.')"
)
REASON_EQUATED_HANGUL = "Hangul name set equal to a detected name ('Пак Ир Су = 박일수')"
REASON_BEFORE_ROMANIZED = "Hangul name before its romanization in brackets ('박철수 (Pak Chol-su)')"
REASON_HANGUL_IN_ENGLISH = "Hangul name standing alone in English text"
REASON_HANGUL_NICKNAME = "Hangul surname after 큰 or 작은 (a nickname)"
REASON_LATIN_NICKNAME = "surname after Old, Big or Little (a nickname: Old Sun, Big Jo)"
REASON_NICKNAME_BESIDE = (
    "nickname in quotes in brackets after a detected name ('Bikash (called \"Bikky\")')"
)
REASON_KIWI_NAME = "Hangul name read by the Korean analyser, before a particle or honorific"
REASON_KUNYA = "Arabic name after Abu or Umm (father or mother of ...)"
REASON_FILIPINO_PARTICLE = "Filipino surname with its particle ('Dela Cruz', 'DELOS SANTOS, Ana')"
REASON_ABBREVIATED_FIRST = (
    "name after a first name written short ('Md. Rubel Hossain', 'Ma. Cristina Reyes')"
)
REASON_FATHERS_NAME = "name joined to the father's by bin, binti or anak ('Siti binti Ahmad')"
REASON_PATRONYMIC = "Russian patronymic (-ovich, -ovna ...), with the given name before it"
REASON_FOREIGN_GIVEN = (
    "common foreign given name (built-in lists: Russian, Polish, Mongolian, African, Arabic, "
    "Spanish, Japanese, French, Southeast Asian, English ...)"
)
REASON_BURMESE = "Burmese name (U, Daw ... and Burmese name elements)"
REASON_CHINESE = "Chinese surname followed by a given name (pinyin or characters)"
REASON_CHINESE_ALONE = "Chinese surname character alone, before a title or in brackets after a name"
REASON_CHINESE_IN_SENTENCE = "Chinese surname with a title, or called by it, in a Chinese sentence"
REASON_CYRILLIC = "capitalised Cyrillic name"
REASON_LISTED_WITH_NAMES = (
    "name in a list whose other items are names found ('Table 3: Daniel, Mo, Sunny Lim, Bex')"
)
REASON_VIETNAMESE_ADDRESSED = (
    "name after a Vietnamese word of address ('chị Hà', 'Ông Long'), and the same elsewhere"
)
REASON_JAPANESE = (
    "Japanese surname with a given name or an honorific, in characters or letters"
    " (山田 恵子, 佐藤先生), and the surname elsewhere"
)
REASON_CHINESE_LABELLED = (
    "Chinese name after a form's label or speaking in a chat (门卫：李, 阿强: ...),"
    " and the same elsewhere"
)
REASON_CYRILLIC_KOREAN = "Korean surname in Cyrillic followed by a given name"
REASON_BEFORE_HONORIFIC = "name before a Korean honorific (Ryu 반장, Han dongmu)"
REASON_SLAVIC_SURNAME = "Russian, Polish or Czech surname ending (-ov, -ova, -ski ...)"
REASON_HANGUL_GIVEN_AFTER_KIN = "Hangul given name after a word of kinship, before a particle"
REASON_APPOSED = "name between commas after a noun for a person ('a driver, X,')"
REASON_HANGUL_STANDING = "bare Hangul name ending a sentence or after a colon"
REASON_HANGUL_CELL = "bare Hangul name in a table's cell, or after a role in a roster"
REASON_HANGUL_LIST = "Hangul name in a list of names (commas, a numbered line)"
REASON_HANGUL_ANNOTATED = (
    "Hangul full name with a note in brackets after it: years, an age, a part or another"
    " script's spelling"
    " (박은철(2018년 탈북), 이다인(통역))"
)
REASON_LABELLED_SURNAME = "Hangul surname alone as a form's field (승인: 염, 서명: 박 /)"
REASON_GIVEN_AND_FULL = "Hangul given name with the full name in brackets (은주(조은주))"
REASON_SURNAME_GLOSS = "Hangul full name with its surname alone in brackets (백승아(이하 백))"
REASON_CALLED = "what a person was called, in quotation marks ('여우'라고 불렀어요)"
REASON_HANGUL_AFTER_ROLE = (
    "bare Hangul name after a word for a role (면담자 정수아 /, 변호인(여민정):)"
)
REASON_HANGUL_AFTER_KIN = "Hangul full name after a word of kinship (부인 허옥경에게, 형 도철만)"
REASON_OTHER_MENTION = "other mention of a name found after a title (Mr. Ho ... I only know Ho)"
REASON_QUOTED_GIVEN = 'Korean given name alone in quotes ("Chol-su")'
REASON_GLOSSED_SURNAME = "Hangul surname glossed by its romanization in brackets (최 (Choe))"
REASON_BRACKETED_CYRILLIC = "name in Cyrillic in brackets beside a detected name"
REASON_BRACKETED_SCRIPT = "name in Thai or Arabic script in brackets beside a detected name"
REASON_WITH_ITS_SCRIPT = (
    "name in Latin letters with its spelling in Thai, Lao, Khmer or Burmese script in brackets"
    " (Noi (น้อย))"
)
REASON_LOWER_ADDRESSED = (
    "name in small letters before a word of address ('anjali didi', 'minho hyung')"
)
REASON_STAFF_INITIALS = (
    "a staff member's initials, from the minutes' list of those present or their spelling out"
)
REASON_ADDRESSED = "Korean given name after 'Tell' or 'Ask' in a letter (Tell Hyang to ...)"
REASON_SURNAMED = "Korean surname after 'surnamed' (a driver surnamed Do)"
REASON_HANGUL_APPOSED = (
    "Hangul name after a nationality and a noun for a person (인도네시아 선원 부디와)"
)
REASON_ROLE_NOUN = "name after a word for a job or relation ('accountant Yu', 'Hyon the minder')"
REASON_SURNAME_CONTEXT = (
    "Korean surname alone where a person stands ('Seo from the embassy', '5. Baek -')"
)
REASON_LOWERCASE = "Korean name typed in lower case ('boss is chang il bom')"
REASON_SPEAKER = (
    "speaker of a chat or transcript ('minji: morning all'), and the same word elsewhere"
)
REASON_PARENT_OF = "a child's name naming a parent in a roster's cell ('| 도윤 아빠 |')"
REASON_CHAT_NOTICE = "joined, left or was invited to a chat ('빈성호님이 들어왔습니다')"
REASON_INITIALS = "three initials with full stops ('K. M. S.')"
REASON_INITIAL_SURNAME = "surname with initials ('A. P. Orlov', 'Petrova E. V.')"
REASON_ARABIC_NAME = "two to four words in Arabic script, as Gulf papers write a name"
REASON_SIGNING_INITIALS = "initials in capitals signing a note on its last line"
REASON_UNDOTTED_INITIALS = (
    "initials in capitals after 'checked by', 'Proofreading:' or signing a note"
    " ('checked by YK', '(EL)'), and the same elsewhere"
)
REASON_NAME_INITIALS = "initials in capitals of a name the text writes in full ('David Cho ... DC')"
REASON_ATTENDANCE = "name in a meeting's list of those present, absent or taking the minutes"
REASON_STAFF = "name after 'Interviewer:', 'Translated by', '번역:' (the case's own staff)"
REASON_SIGNATURE = "name signing a letter or an e-mail (Regards, / Best, and a name alone)"
REASON_MASKED_GIVEN = "surname before a masked or withheld given name (전○○, 전 모 씨)"
REASON_MASKED_MIDDLE = "Hangul name with a syllable masked or cut to its consonant (김*수, 명ㅇㅎ)"
REASON_JAMO_INITIALS = (
    "a Korean name's three initial consonants standing alone (ㄱㅁㅎ, 기록 ㅍㅈㅅ)"
)
REASON_CUED_INITIALS = (
    "initials with full stops after a person's role or signing a note ('the witness G.B.')"
)
REASON_CUT_SURNAME = (
    "given name with its surname cut to a letter ('Zbigniew K.') or surname and initial"
    " after a rank ('Inspector Belousov A.')"
)
REASON_EMAIL = "local part of an e-mail address (the name before the @)"
REASON_HANDLE = (
    "a user's handle after its @ ('@naeil_hope') or a login after 'by' ('by hjlee')"
    " and the same elsewhere"
)
REASON_FATHER_INITIAL = "Mongolian name after the father's initial ('O.Sükhbaatar', 'Б.Батболд')"
REASON_TABLE_NAME = "in a table's column of names or logins"
REASON_TABLE_SIGNATURE = "signature in a table's column of signatures ('확인', 'Sign')"
REASON_SIGNED_LABEL = "signature after its label ('Signed: Choe / Jang', '서명: 표철남')"
REASON_INITIAL_LOGIN = "a login made of an initial and a surname ('d.kuzmenko', 'j.park')"
REASON_THREAD_AUTHOR = (
    "author of a comment in a thread ('두만강물 | 02.17 22:05', 'marco-b commented'),"
    " and the same elsewhere"
)
REASON_VCARD = (
    "name in a contact card (the N or NICKNAME field of a vCard), and the same in the card"
)
REASON_CODE_NAME = (
    "code name set equal to a detected name ('KESTREL = Ri Jun-ho'), and the same elsewhere"
)
REASON_GEDCOM = "name in a family-tracing file (a GEDCOM record's NAME, GIVN or SURN line)"
REASON_SPACED_NAME = (
    "Korean name with its syllables written apart, before a seal or a signature or in a"
    " table's cell"
)
REASON_TRAVEL_DOCUMENT = (
    "name as a passport's machine-readable zone or a booking prints it"
    " ('KIM<<CHOL<MIN', 'KIM/CHOLUNG MR')"
)
REASON_ABBREVIATION = (
    "name followed by its initials or a login in brackets ('Mark Ellison (ME)',"
    " 'hkwak (Kwak Hye-rin)'), and those initials or that login elsewhere"
)

# Defectors who speak in public under their own names (lawmakers, authors, witnesses before the
# UN): a broadcast or a report quotes them, and a witness is no defector named so unless
# registered, in which case the registered name wins (`redact`). The redaction's list reads
# them too (`redact.vocabulary`).
PUBLIC_DEFECTORS: tuple[str, ...] = (
    "Thae Yong-ho",
    "Thae Yong Ho",
    "Tae Yong-ho",
    "Ji Seong-ho",
    "Ji Seong Ho",
    "Ji Sung-ho",
    "Park Yeon-mi",
    "Park Yeonmi",
    "Yeonmi Park",
    "Kang Chol-hwan",
    "Kang Chol Hwan",
    "Shin Dong-hyuk",
    "Shin Dong Hyuk",
    "Hwang Jang-yop",
    "Hwang Jang Yop",
    "Jang Jin-sung",
    "Hyeonseo Lee",
    "태영호",
    "지성호",
    "박연미",
    "강철환",
    "신동혁",
    "황장엽",
    "장진성",
)
DEFAULT_PUBLIC_FIGURES: tuple[str, ...] = (
    "Kim Il-sung",
    "Kim Il Sung",
    "Kim Il-song",
    "Kim Jong-il",
    "Kim Jong Il",
    "Kim Chong-il",
    "Kim Jong-un",
    "Kim Jong Un",
    "Kim Jong-eun",
    "Kim Chong-un",
    "Kim Yo-jong",
    "Kim Yo Jong",
    "Kim Yeo-jeong",
    "Ri Sol-ju",
    "Ri Sol Ju",
    "Lee Seol-ju",
    "Kim Jong-suk",
    "Kim Jong-nam",
    "Kim Kyong-hui",
    "Jang Song-thaek",
    "Jang Song-taek",
    "Chang Song-taek",
    "Choe Ryong-hae",
    "Choe Son-hui",
    "Choe Son Hui",
    "Kim Chaek",
    "Kim Hyong-jik",
    "Moon Jae-in",
    # Not here: officials with common names (Kim Yong-nam, Ri Yong-ho). A witness may carry
    # the same name; an official is kept by the context of an office ("Kim Yong-nam, the head
    # of state"), or by the admin-edited list when an office needs it.
    "Yoon Suk-yeol",
    *PUBLIC_DEFECTORS,
    "Vladimir Putin",
    "Putin",
    "Dmitry Medvedev",
    "Sergei Lavrov",
    "Sergey Lavrov",
    "Sergei Shoigu",
    "Xi Jinping",
    "Mao Zedong",
    "Mao Tse-tung",
    "Deng Xiaoping",
    "Sun Yat-sen",
    "Hu Jintao",
    "Li Keqiang",
    "Aung San Suu Kyi",
    "Aung San",
    "Min Aung Hlaing",
    "Than Shwe",
    "U Thant",
    "Владимир Путин",
    "Путин",
    "Ленин",
    "Сталин",
    "Donald Trump",
    "Joe Biden",
    "Barack Obama",
    "Vladimir Lenin",
    "Joseph Stalin",
    "Lenin",
    "Stalin",
    # Whose names streets, squares, stations, airports and ships carry where the witnesses
    # worked, and the world's officials a testimony cites.
    "Ban Ki-moon",
    "Ban Ki Moon",
    "Antonio Guterres",
    "Pope Francis",
    "Alexander Pushkin",
    "Pushkin",
    "Anton Chekhov",
    "Chekhov",
    "Leo Tolstoy",
    "Tolstoy",
    "Fyodor Dostoevsky",
    "Dostoevsky",
    "Maxim Gorky",
    "Gorky",
    "Vladimir Mayakovsky",
    "Mayakovsky",
    "Yuri Gagarin",
    "Gagarin",
    "Karl Marx",
    "Friedrich Engels",
    "Ho Chi Minh",
    "Genghis Khan",
    "Chinggis Khaan",
    "Sukhbaatar",
    "Frederic Chopin",
    "Chopin",
    "Adam Mickiewicz",
    "Nicolaus Copernicus",
    "Copernicus",
    "Tun Abdul Razak",
    "Tun Razak",
    "Mahathir Mohamad",
    "Sheikh Zayed",
    "Sheikh Jaber",
    "Sheikh Khalifa",
    "Abdoulaye Wade",
    "Macky Sall",
    "Teodoro Obiang",
    "Teodoro Obiang Nguema",
    "Sam Nujoma",
    "José Eduardo dos Santos",
    "Joseph Muscat",
    "Li Ning",
    "李宁",
    "테오도로 오비앙 응게마",
    "오비앙",
    "Tamim bin Hamad Al Thani",
    "Hamad bin Khalifa Al Thani",
    "Mohammed bin Rashid Al Maktoum",
    "Mohammed bin Rashid",
    "Sultan bin Muhammad Al-Qasimi",
    "Mohammed bin Salman",
    "Mohammed bin Zayed",
    "Gianni Infantino",
    "Infantino",
    "Wang Wenbin",
    "Tomoya Obokata",
    "Obokata",
    "Jose Eduardo dos Santos",
    "Agostinho Neto",
    "Ким Чен Ын",
    "Ким Чен Ир",
    "Ким Ир Сен",
    "Ким Ё Чжон",
    # The Cyrillic spellings Russian papers give the figures listed above in Latin letters.
    "Ким Чен Нам",
    "Ли Соль Чжу",
    "Ли Сол Чжу",
    "Чан Сон Тхэк",
    "Чхве Рён Хэ",
    "Чхве Сон Хи",
    "Мун Чжэ Ин",
    "Мун Джэ Ин",
    "Юн Сок Ёль",
    "Юн Сок Ель",
    "Пан Ги Мун",
    "Elizabeth Salmon",
    "Tomas Ojea Quintana",
    "Marzuki Darusman",
    "Michael Kirby",
    "Sonja Biserko",
    "Siobhán Mullally",
    "Siobhan Mullally",
    "Urmila Bhoola",
    "Gulnara Shahinian",
    "Volker Türk",
    "Volker Turk",
    # Scholars and journalists whose books and reports a syllabus, a report's footnotes or a
    # concept note cites on North Korea and forced labour ("Andrei Lankov, The Real North
    # Korea (2013)", "journalists such as Anna Fifield").
    "Andrei Lankov",
    "Marcus Noland",
    "Stephan Haggard",
    "Barbara Demick",
    "Blaine Harden",
    "Anna Fifield",
    "Bruce Cumings",
    "Victor Cha",
    "Kevin Bales",
    "Jieun Baek",
    "Bradley Martin",
    "Daniel Tudor",
    "Sandra Fahy",
    "Sheena Chestnut Greitens",
    "Michelle Bachelet",
    "Navi Pillay",
    "António Guterres",
    "Antonio Guterres",
    "Jozef Pilsudski",
    "Pilsudski",
    "Lech Walesa",
    "Jan Pawel II",
    "Tunku Abdul Rahman",
    "Damdin Sukhbaatar",
    "Mother Teresa",
    "Primo Levi",
    # Korea's independence activists and a king, whose names schools, streets, prizes and
    # a podcast's guest ("named after the independence activist Ahn Chang-ho") carry.
    "Ahn Chang-ho",
    "An Chang-ho",
    "Ahn Jung-geun",
    "An Jung-geun",
    "An Jung-gun",
    "Yu Gwan-sun",
    "Yun Bong-gil",
    "Yi Sun-sin",
    "King Sejong",
    "안창호",
    "안중근",
    "유관순",
    "윤봉길",
    "이순신",
    "세종대왕",
    # Organisations whose names hold a surname's or a given name's word.
    "Red Cross",
    "Red Crescent",
    "Stella Maris",
    # A British department store (and a civil-rights leader): both public.
    "John Lewis",
    "레닌",
    "수흐바타르",
    "담딘 수흐바타르",
    "스탈린",
    "반기문",
    "푸시킨",
    "체호프",
    "톨스토이",
    "도스토옙스키",
    "고리키",
    "마야콥스키",
    "가가린",
    "마르크스",
    "호찌민",
    "칭기즈 칸",
    "셰이크 자이드",
    "마하티르",
    "習近平",
    "习近平",
    "毛澤東",
    "毛泽东",
    "金日成",
    "金正日",
    "金正恩",
    "푸틴",
    "시진핑",
    "블라디미르 푸틴",
    "마오쩌둥",
    "아웅산 수치",
    "김일성",
    "김정일",
    "김정은",
    "김여정",
    "리설주",
    "김정숙",
    "김정남",
    "김경희",
    "장성택",
    "최룡해",
    "최선희",
    "김책",
    "김형직",
    "문재인",
    "윤석열",
    # Singers whose songs defectors name at a contest or in a memoir ("나훈아의 「고향역」").
    "나훈아",
    "조용필",
    "이미자",
    "주현미",
    "심수봉",
    "태진아",
    "설운도",
)

# Romanizations of common Korean surnames. testimony.anonymize.names keeps the fuller table
# used for registered names; both are joined at first use (see _romanized_surnames), so a
# spelling added there is detected here too.
SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("kim", "gim"),
    "이": ("lee", "yi", "ri", "rhee", "rhie", "li", "rhi"),
    "박": ("park", "pak", "bak", "bahk"),
    "최": ("choi", "choe", "choy"),
    "정": ("jung", "jeong", "chung", "chong", "jong", "cheong", "joung"),
    "강": ("kang", "gang"),
    "조": ("cho", "jo", "joe", "choh"),
    "윤": ("yoon", "yun", "youn"),
    "장": ("jang", "chang"),
    "임": ("lim", "im", "rim", "yim", "leem"),
    "한": ("han",),
    "오": ("oh", "o"),
    "서": ("seo", "suh", "so"),
    "신": ("shin", "sin"),
    "권": ("kwon", "gwon", "kweon"),
    "황": ("hwang",),
    "안": ("ahn", "an"),
    "송": ("song",),
    "유": ("ryu", "yu", "yoo", "rhyu", "lyu"),
    "전": ("jeon", "chon", "jun", "chun", "jon"),
    "홍": ("hong",),
    "고": ("ko", "go", "koh"),
    "문": ("moon", "mun"),
    "양": ("yang", "ryang"),
    "손": ("son", "sohn"),
    "배": ("bae", "pae"),
    "백": ("baek", "paek", "paik", "baik"),
    "허": ("heo", "hur", "huh", "ho"),
    "남": ("nam",),
    "심": ("shim", "sim"),
    "노": ("roh", "noh", "ro", "no", "rho"),
    "하": ("ha",),
    "주": ("joo", "ju", "chu"),
    "구": ("koo", "ku", "goo", "gu"),
    "민": ("min",),
    "진": ("jin", "chin"),
    "지": ("ji", "chi"),
    "엄": ("eom", "um", "uhm", "om"),
    "채": ("chae",),
    "원": ("won", "weon"),
    "천": ("cheon", "chon"),
    "방": ("bang", "pang"),
    "공": ("kong", "gong"),
    "현": ("hyun", "hyon", "hyeon"),
    "함": ("ham",),
    "변": ("byun", "byeon", "pyon", "pyun", "byon"),
    "계": ("kye", "gye"),
    "염": ("yeom", "yom", "ryom"),
    "여": ("yeo", "yo", "ryo"),
    "추": ("chu", "choo"),
    "도": ("do", "to", "tho", "doh"),
    "석": ("seok", "sok"),
    "선": ("sun", "seon"),
    "설": ("seol", "sol"),
    "마": ("ma",),
    "길": ("gil", "kil"),
    "연": ("yeon", "yon", "ryon"),
    "위": ("wi", "wee"),
    "표": ("pyo", "phyo"),
    "명": ("myung", "myong", "myeong"),
    "기": ("ki", "gi"),
    "반": ("ban", "pan"),
    "라": ("ra", "na", "la"),
    "왕": ("wang",),
    "금": ("kum", "geum", "keum"),
    "옥": ("ok",),
    "육": ("yuk", "ryuk", "yook"),
    "인": ("in",),
    "맹": ("maeng",),
    "제": ("je",),
    "탁": ("tak",),
    "국": ("kuk", "guk"),
    "용": ("yong", "ryong"),
    "봉": ("bong", "pong"),
    "곽": ("kwak", "gwak"),
    "성": ("sung", "seong", "song"),
    "차": ("cha",),
    "남궁": ("namgung", "namkung"),
    "황보": ("hwangbo",),
    "제갈": ("jegal", "chegal"),
    "선우": ("sunwoo", "seonu"),
    "독고": ("dokgo", "tokko"),
}

# Surnames that are also common English words: before a single-token given name they are
# ignored ("In Pyongyang", "So Min" stays unproposed), hyphenated given names still count.
_AMBIGUOUS_SURNAMES = frozenset(
    _words(
        """
            so no do to go in ha ma oh o ho ban pan son sun song moon han chin ham bang park
            gong kong ok won sin sol gil min yo um om la na jo joe chu ju gu ku cha jun chun
        """
    )
)

# One-syllable given names that are no English word: after a surname that is one ("Ho Chol",
# "Ban Hyok"), the pair is a name.
_KOREAN_ONLY_SYLLABLES = frozenset(
    _words("chol chul hyok hyuk myong myung kwang gwang ryong hyon hyong chon nam-il")
)
# Surnames too common as English words to start a name even then: "In Chol's room".
_VERY_COMMON_WORDS = frozenset(_words("so no do to go in on oh o"))

# North Korean forms keep the initial ㄹ; both forms are surname syllables.
_HANGUL_SURNAMES = frozenset(
    _words(
        """
            김 리 이 박 최 정 림 임 류 유 강 조 윤 장 한 오 서 신 권 황 안 송 전 홍 고 문 량 양
            손 배 백 허 남 심 하 주 구 민 진 지 엄 채 원 천 방 공 현 함 변 렴 염 려 여 추 도 석
            선 설 마 길 련 연 위 표 명 기 반 라 나 왕 금 옥 륙 육 인 맹 제 모 탁 국 어 은 편 룡
            용 봉 노 로 우 곽 성 차 계
        """
    )
)
_HANGUL_DOUBLE_SURNAMES = frozenset(_words("남궁 황보 제갈 선우 독고"))
# Words in the stoplist that also begin many real names (이상민, 정원철).
_NAME_LIKE_PREFIXES = frozenset(_words("이상 정원 고은 진주 연수 지원 은혜 함경"))

# Syllables that essentially never occur in a given name: grammatical endings and nouns that
# make common words look like names (주민들, 이번에, 고향집).
_NON_GIVEN_SYLLABLES = frozenset(
    _words(
        """
            들 것 때 곳 거 데 께 랑 습 됐 된 될 했 었 았 였 겠 셨 씨 냐 며 면 던 든 뭐 왜 게 갔
            왔 봤 줬 썼 샀 졌 렸 켰 쳤 없 않 못 좀 더 또 듯 뿐 밖 앞 뒤 옆 속 밑 몸 눈 밥 돈 집
            땅 물 놈 쪽 번 에 야 막 는 을 를 다 요 니 로 과 와 의 가 처 럼 까 부 터 업 망 러
            려 겨 져
            받 낸 냈 줄
            챗 페 톡 앱 폰 넷
        """
    )
)

# Common Korean words that begin with a surname syllable and can stand before a particle or a
# title word. Places named after people are here too (김책, 김형직군 ...). A form's dates first:
# 일 ends them as it ends given names (변경일, 신청일: the date of a change, of an application).
_HANGUL_STOPWORDS = frozenset(
    _words(
        """
            신청일 변경일 계약일 시작일 안치일 방문일 지급일 진료일 마감일 예정일 기준일 신고일
            해고일 도착일 선고일 판결일 결정일 통보일 배송일 주문일 승인일 반납일 구입일 출근일
            출국일 출발일 출생일 생년월일 사망일 작성일 접수일 발급일 만료일 입국일 입사일 퇴사일
            귀국일 면담일 상담일 입소일 퇴소일 납부일 처리일 검진일 수술일 입원일 퇴원일 근무일
            휴무일 등록일 체류일 수령일 결제일 대여일 작업일
            이것 이거 이곳 이후 이전 이번 이제 이미 이상 이하 이유 이야기 이렇게 이런 이름 이틀
            이외 이사장 이웃 이동 이민 이용 이익 이해 이혼 이쪽 이분 이놈 이자 이상한 이래 이만
            정말 정도 정부 정치 정치범 정신 정해 정확 정착 정보 정권 정각 정상 정오 정문 정당
            정책 정원 정말로 정직 정식 전에 전부 전화 전쟁 전체 전혀 전기 전날 전국 전원 전선
            전사 전달 전투 전문 고향 고향집 고생 고기 고통 고민 고개 고용 고용주 고발 고문 고참
            고장 고급 고위 고려 조선 조선족 조국 조금 조사 조직 조건 조장 조회 조치 조심 조용
            조카 한국 한국인 한인 한번 한달 한때 한참 한편 한국말 한쪽 한가지 한마디 주민 주인 주변
            주일 주말 주소 주머니 주의 주택 주로 주장 주석 주간 문제 문서 문화 문자 문밖 공장
            공사 공사장 공화국 공민 공부 공항 공안 공식 공급 공동 공산 공연 공짜 공포 공기 대해
            방법 방안 방문 방해 방송 방향 방식 시간 시기 하루 하늘 하나 하지만 하느 하느님 하도
            하숙 강제 강요 강도 강한 강의 강물 강가 장군 장군님 장사 장소 장비 장마 장시간 장교
            장례 장기 원수 원수님 원래 원산 원칙 원인 원천 원망 선생 선생님 선배 선장 선원 선박
            선물 선전 선거 선택 반장 반장님 방장 방장님
            반대 반년 반드시 반성 어머 어머님 어머니 어린 어른
            어디 어제 어떤 어느 어깨 어려움 안전 안전원 안에 안쪽 안내 안부 노동 노동자 노동당
            노동신문 노력 노임 노인 노예 지배인 지도원 지도 지금 지방 지역 지시 지원 지난 지난번
            지내 지급 지갑 지옥 지붕 지휘 지배 지위 지식 위원장 위원회 위협 위험 위반 위치 위에
            위해 연락 연해주 연길 연말 연수 연장 연휴 연세 연금 신의주 신발 신분 신분증 신고
            신문 신체 신청 신세 남포 남편 남자 남한 남쪽 남은 남들 남조선 함흥 함께 명령 명절
            명단 명예 명의 임금 임무 임시 임대 여권 여자 여기 여러 여름 여행 여성 여동생 여러분
            유일 유학 유럽 유명 오늘 오후 오전 오래 오랫 오빠 오히려 오직 서로 서류 서울 서명
            서쪽 서비스 백화점 백성 백두산 배급 배추 배고픔 배신 송금 송환 인민 인민반 인민반장
            인권 인간 인사 인원 인터넷 은행 은혜 용돈 용서 용접 용접공 도시 도망 도착 도움 도로
            도중 도시락 도문 기숙사 기계 기간 기회 기술 기억 기업 기다 기관 기사 기사장 마을
            마음 마지막 마지 마침 마찬 설날 설명 석탄 석유 석달 심지어 심한 심하 심사 황금 진짜
            진료 진술 구타 구역 구속 구경 구조 민족 민간 천원 천천히 표정 표시 추방 추위 추석
            모두 모든 모자 모습 모임 모집 모르 차량 차별 차이 차례 성격 성공 성분 성과 우리
            우리들 우선 우편 현장 현지 현금 현실 변소 변화 변명 금지 금방 금요일 탁아소 국가
            국경 국내 국외 국제 국적 제대로 제일 제한 제도 제출 량강도 양강도 평양 라선 개성
            함경 김책 김형직군 김정숙군 김책시 림업 림업성
                    나머지 나머 나중 나라 나이 나무 봉사 봉사료 봉급 공유 조정 조정자 주인공 마무리
            유리 유리창 오징어 오징 도시락 안전모 유니폼 한겨울 한국어 조선어 고무 고무신 노동력
            노동일 정기 정기적 정치적 전국적 강제적 이튿날 우유 우물 어부 기름 노래 모래 모기
            반찬 백인 석회 심장 연장 연료 원료 원목 위생 인부 장갑 정비 제품 조립 주사 천막 추가
            탁자 현금 홍수 황사 용서 명단 구두 마늘 고추 배추 선원들 기본 하품 도착 변경 신뢰
            장화 구류장
            손님 공사장 여사장
            바트 루피 리얄 루블 로씨야 위안화 유로 디나르 투그릭 즐로티 반동 반동분자 반역자 배신자
            정교수 부교수 부원장 무책임
            변호사 구술자 위증 선서서 정리본 배정표 모름 스트레스 원문 성함
            로동자 로동 로임 로력 려권 력사 리용 례절 량식 념려 녀자 녀성 료리 련락 류학
            장관 성명 책임자 손편지 편지 오마니 에미 수표
            진정인 피진정인 임차인 임대인 피고인 신청인 피신청인 청구인 고소인 피고소인 참고인
            보증인 상속인 의뢰인 관계인 신고인 제보인 진술인 통역인 대리인 증인 원고 피고
            고객 지원자 참가자 수강생 수강자 대상자 신청자 담당자 강사 인솔 려단 인상적 채점표
            주문자 기증자 구매자 수령자 판매자 후원자 이라고 이라는 이라며 인절미 절편
            위안 무명 편집부 도서명 계획분 손글 손글씨 획수 제보자 한자
            채무자 채권자 차용증 배달료 정산금 심방 심방일 철근공 제보 기재본 스매시 계정
            계정도 금액 금액은 오랜만 리유 하하 허허 호호 헤헤 앞에서 나서 이사운
            로동당 로인 리해 리익 량심 련합 신변 배웅 차주 려비 우승팀 반주기 정비사 인터뷰
            리뷰 나두 로스케 정착도우미 고블릿 이라서 기록지 장모 이모 고모 숙모 지인 성이 성은
            연구 자문 운영 심사 집행 편집 기획 상임
            신규 노력일 이북 분실 진단비 분과장 구글폼 도구격 생격 연락인
            창세기 출애굽기 레위기 민수기 신명기 사사기 룻기 열왕기 역대기 욥기 시편 잠언
            전도서 이사야 예레미야 호세아 하박국 스가랴 말라기 느헤미야 마태복음 마가복음
            누가복음 요한복음 사도행전 로마서 갈라디아서 에베소서 빌립보서 골로새서 히브리서
            야고보서 계시록 요한계시록
            이달 이사 정류장 포스트잇 대학생 김치 김치전 김치국 인후통
            신년사 최우등 우등 임진각 원판결 고혈압 저혈압 배우자 서약자 서약일 이부프로펜 한복 추모
            공고일 위법성 제재반 송별 송별회 환송회 환영회 고소 로마자 벽돌 라마단 한사람
            로동자 노동자 자원활동가 본인 원장 차상위 장구 라지오 맹원 당번제 주차장 장타상 은하수
        """
    )
)

# Korean case particles that follow a person's name. Places take 에/에서/로, not these.
_KO_PARTICLES = tuple(
    sorted(
        _words(
            """
                은 는 이 가 을 를 의 에게 에게서 에게는 한테 한테서 한테는 와 과 와는 과는 도
                께서 께 만 이랑 랑 하고 이나 이도 이는 이가 이를 이의 이와 이한테 이에게 이하고
                부터 마저 까지 조차 처럼 보다 이마저 이까지 이조차 이처럼 이보다
            """
        ),
        key=len,
        reverse=True,
    )
)
# The last syllable of a city's, a county's, a town's or a township's name (시, 군, 읍, 면): a
# word of three syllables or more ending in one is a place in a table's cell (천안시, 명간군).
# Not 구 (a district, but also a given name's syllable: 영구, 민구).
HANGUL_PLACE_ENDINGS = frozenset("시군읍면")
# Titles and honorifics written after a name (박철수 반장, 리 동무, 김씨).
_KO_HONORIFICS = tuple(
    sorted(
        _words(
            """
                씨 동무 동지 님 선생 선생님 반장 작업반장 소장 지배인 사장 사장님 과장 부장
                지도원 보위원 보위지도원 감독 감독원 책임자 선장 기사장 당비서 비서 대표 아저씨
                아주머니 언니 오빠 형 누나 할머니 할아버지 통역 의사 조장 분조장 팀장 영사
                아바이 영감 여사 아무개 관리원 관리인 단장 부단장 부지배인 부반장 기자 통역원
                안내원 보안원 담당자 참사 참사관 운전수 운전사 요리사 조리사 간호사 교관
                부소장 부사장 주임 항해사 기관사 갑판장 공장장 현장소장 직장장 감시원
                목사 목사님 전도사 전도사님 집사 집사님 권사 권사님 장로 장로님 선교사
                선교사님 사모님 간사 간사님 교수님 순경 사무관 주무관 서기관 변호사님
                동문 선배 선배님 후배 쌤 샘 어르신 성도 성도님 구역장 구역장님 위원 위원님
            """
        ),
        key=len,
        reverse=True,
    )
)
_KO_HONORIFICS_SET = frozenset(_KO_HONORIFICS)
# Jobs and ranks written after a person's full name in South Korea's papers, an NGO's notes
# and a police file (이수현 박사는, 유성준 경위에게, 조아라 인턴): a name only when it has three
# syllables, a surname and a given name, before them ("공익 변호사", "이탈 방지 담당" are words).
KO_PROFESSIONAL_TITLES = frozenset(
    _words(
        """
            박사 변호사 경위 경사 경감 형사 인턴 연구원 사무국장 국장 교감 교장 교사 교수
            상담사 상담원 활동가 실장 차장 대리 조사관 수사관 통역사 번역가 코디네이터 매니저
            강사 약사 노무사 법무사 회계사 세무사 감독관 근로감독관 주무관 사회복지사 복지사
            요양보호사 신변보호관 보호관 담당관 사무관 행정관 서기관 간호조무사 기자 작가
            검사 판사 목사 의사 전도사 수녀 신부 수의사 상담관 정착도우미 도우미 사무원
            투표사무원 관장 영양사 간병인 치료사 물리치료사 작업치료사 임상심리사 보육교사
            수간호사 임상병리사 방사선사 사서 학예사 조리원
        """
    )
)
# Titles written before a name (감독원 박철수가).
_KO_TITLES_BEFORE = frozenset(
    _words(
        """
            반장 작업반장 소장 지배인 사장 감독 감독원 보위원 보위지도원 지도원 책임자 과장 부장
            지점장 총무팀
            선장 기사장 당비서 비서 대표 통역 통역원 동무 동지 친구 동료 남편 아내 형 동생 언니
            오빠 누나 아들 딸 아버지 어머니 선배 후배 운전수 원장 의사 선생 선생님 경비원 조장
            분조장 팀장 기관장 갑판장 항해사 조리장 부대표 부선장 부지배인 부장
        """
    )
)
# Kinship words before a given name alone (동생 순애는, 친구 영호가).
# Elder kin used as a title after a given name (성일이 형): the name before them is a given name.
_KO_ELDER_KIN = frozenset(_words("형 형님 언니 오빠 누나 누님"))
_KO_KIN_BEFORE = frozenset(
    _words("동생 여동생 남동생 언니 오빠 누나 형 친구 동무 아들 딸 조카 처녀 손주 손자 손녀")
)
# Nouns after 'X라는': the X is a person's name or nickname, whatever its first syllable.
_KO_PERSON_NOUNS = frozenset(
    _words(
        """
        사람 사람이 사람은 사람을 사람의 사람과 여자 여자가 여자는 여자를 남자 남자가 남자는
        남자를 노동자 노동자가 노동자는 동무 동무가 동무는 친구 친구가 친구는 별명 별명의
        별명으로 별명을 러시아인 중국인 감독원 감독원이 청년 청년이 처녀 처녀가 아이 아이가
        중개인 중개인이 중개인은 운전수 운전수와 운전수가 운전사 운전사가 요리사 요리사가
        요리사와 목수 목수가 기술자 기술자가 상인 상인이 브로커 브로커가 간호사 간호사가
        통역원 통역원이 경비원 경비원이 선원 선원이 의사 의사가 사장 사장이 주인 주인이
        지인 지인이 동료 동료가 동료인 직원 직원이 직원인 이웃 이웃이
        """
    )
)
# Words after a name that work like particles written apart (최성일 밑에서).
_KO_POSTPOSITIONS = frozenset(
    _words("밑에서 밑에서는 아래에서 아래서 앞에서 옆에서 때문에 덕분에 말로는 말에 말을 말이")
)
_KO_COPULA = tuple(
    sorted(
        _words(
            """
                이다 이었다 였다 이었고 였고 이에요 예요 입니다 이라고 라고 이라는 라는 이야 야
                이고 였는데 이었는데 인데 이었습니다 였습니다 이었어요 였어요 이지요 이죠 이란
            """
        ),
        key=len,
        reverse=True,
    )
)
# A single surname syllable before these stays ordinary Korean: 이 동무 (this comrade),
# 전 반장 (the former foreman), 한 반장 (one foreman), 모 씨 (Mr So-and-so).
_KO_NOT_SURNAME_ALONE = frozenset(
    _words(
        """
            이 전 한 모 그 저 각 새 옛 어 은 우 주 성 공 원 후
        """
    )
)
# ... except before these: 씨 follows only a surname (한 씨, 이 씨, 전 씨: Mr Han, Lee, Jeon),
# and 한 동무 is read as Comrade Han ("one comrade" is 동무 한 명), 한 과장 as Manager Han (not
# 전 과장, the former manager). 한 반장 stays "one team leader" (a brigade's, or "한 반장이
# 두 명": two of them), though four labelled mentions are team leader Han.
_KO_SURNAME_ALONE_EXCEPTIONS = {
    "씨": frozenset(_words("이 전 한 우 주 공 원 은 어")),
    **dict.fromkeys(
        _words("동무 동지 과장 부장 사장 실장 팀장 주임 대리 사무장 국장 차장 기사님"),
        frozenset(["한"]),
    ),
}
# 큰 박, 작은 김: a nickname. Only surnames that are not also a common noun after an adjective
# (큰 배, 작은 방, 큰 강 and 큰 문 are a ship, a room, a river and a door).
_KO_NICKNAME_ADJECTIVES = frozenset(_words("큰 작은 늙은 젊은 키큰 꼬마"))
_KO_NICKNAME_SURNAMES = frozenset(
    _words("김 박 최 정 윤 림 임 리 류 권 황 허 채 조 홍 송 현 민 엄 량 렴 탁 곽 맹 육 변 려 로")
)
# Places (and peoples) that begin with a surname syllable, which the Korean analyser reads as a
# proper noun or a name-shaped word (양곤은, 심양은) and the particle rule as a name (라오스는):
# never a person before a particle.
_KO_PLACES = frozenset(
    _words(
        """
            양곤 심양 남포 원산 강계 개성 함흥 길주 명천 안주 정주 신포 송림 남양 도문 연길 용정
            장춘 천진 서울 부산 인천 대구 광주 울산 제주 신의주 혜산 라선 나선 한국 남한 북한
            조선 남조선 북조선 로씨야 러시아 몽골 폴란드 라오스 하바롭스크 하얼빈 심천 상해 홍콩
            마카오 양강도 함경도 평안도 황해도 강원도 자강도 함경북도 함경남도 평안북도 평안남도
            연해주 사할린 아무르 우수리 하산 두만강 압록강 백두산 금강산 묘향산 구성 단천 회령
            고원 문천 안변 송화 장진 성천 양덕 연사 명간 유럽 아시아 아프리카 중동 도하 두바이
            연변 장백 남미 북미 한족 조선족 리비아 나홋카 오만 이란 이라크 인도
            블라디보스토크 모스크바 노보시비르스크 이르쿠츠크 야쿠츠크 틴다 아무르주 나홋카
            울란바토르 단둥 선양 하얼빈 베이징 카타르 쿠웨이트 그단스크 바르샤바 폴란드 네피도
            다카르 빈트후크 나미비아 세네갈 앙골라 시베리아 크라스노야르스크 톰스크 옴스크
            우수리스크 블라고베셴스크 마가단 캄차카 사할린스크 치타 부랴티아 야쿠티아 프리모리예
            황해남도 황해북도 량강도 아스타나 알마티 똠스크 루안다 루블린 코르사코프
            상트페테르부르크 페테르부르크 러시아 우크라이나 벨라루스 카자흐스탄 우즈베키스탄
            말레이시아 캄보디아 라오스 베트남 태국 미얀마 버마 아프리카 나이지리아 콩고 탄자니아
            에티오피아 이집트 두바이 아랍에미리트 오스트레일리아 프랑스 독일 스위스 스웨덴
            라진 선봉 청진 김책 오호츠크 베링 변강 캄차트카 사하 부랴트 타타르스탄 카잔
            크렘린 트럭 버스 스탈린 레닌 마르크스 푸틴 트럼프 바이든 스텔라 크레인 크라스키노
            자루비노 슬라뱐카 보스토치니 콤소몰스크 비로비잔 우스티쿠트 브라츠크 노릴스크
            다르항 에르데네트 초이발산 울란우데 부랴티야 자흐라 아흐마디 쿠웨이트시티 루사일
            알와크라 리야드 제다 무스카트 아부다비 샤르자 루안다 말라보 아디스아바바 만달레이
            다롄 대련 훈춘 투먼 창춘 지린 단동 칭다오 청도 적도기니 에티오피아 쿠바 가나
            허룽 화룡 룽징 용정 창바이 장백 둥강 동항 무단장 목단강 옌볜 연변
            프놈펜 시엠립 비엔티안 하노이 호찌민 다낭 방콕 양곤 자카르타 마닐라 쿠알라룸푸르
            캄팔라 다르에스살람 카트만두 타슈켄트 사마르칸트 울란우데 바투미 트빌리시
            인도네시아 필리핀 스리랑카 네팔 방글라데시 파키스탄 우간다 케냐 포르투갈 브라질
            타지키스탄 키르기스스탄 투르크메니스탄 중국 일본 미국 영국 대만 싱가포르 사우디
            한강 대동강 임진강 청천강 하나원 판문점 개성공단 대전 세종 하이퐁 하롱 냐짱 나트랑
            껀터
        """
    )
)
# The districts of Seoul and of the other large cities, whole: 노원구, 마포구 (장소: 노원구
# 복지관). Without their 구 some are given names too (광진, 강동).
KO_DISTRICTS = frozenset(
    district + "구"
    for district in _words(
        """
            종로 용산 성동 광진 동대문 중랑 성북 강북 도봉 노원 은평 서대문 마포 양천 강서 구로
            금천 영등포 동작 관악 서초 강남 송파 강동 해운대 사하 금정 연제 수영 사상 기장 남동
            부평 계양 미추홀 연수 달서 수성 유성 분당 영통 권선 장안 팔달 일산동 일산서 덕양
            기흥 수지 처인 단원 상록 만안 동안 원미 소사 오정
        """
    )
)
_KO_SURNAME_ALONE_HONORIFICS = frozenset(
    _words(
        """
            씨 동무 동지 선생 반장 소장 지배인 사장 과장 부장 지도원 보위원 감독 책임자 선장
            의사 조장 아저씨 아주머니 영사 대사 참사 아바이 영감 여사 아무개 할아버지 할머니
            관리원 관리인 단장 부단장 부지배인 부반장 작업반장 통역원 안내원 보안원 담당자
            참사관 운전수 요리사 교관 언니 누나 오빠 부소장 부사장 주임 항해사 기관사 갑판장
            공장장 현장소장 직장장 목사 전도사 집사 권사 장로 선교사 사모 간사 원장 교수 책임
            자매 형제 순경 경위 경감 경정 사무관 주무관 서기관 변호사 팀장 실장 국장 차장
            박사 상담사 판사 통역사 기자 대표 회원 매니저 코치 트레이너 관장 기사님 지점장
            구역장 통역 조사관 수사관 감독관 사무장 부교수 조교수 기사 계장 대리 위원 위원장
            이사장 회장 부회장 총무 조리사
        """
    )
)

_TITLES_ABBREVIATED = ("mr", "mrs", "ms", "dr", "dra", "capt", "mme", "mx", "fr", "rev")
# Ranks and titles cut short with a full stop before a name, or without one ("Prof. Zhou", "Sgt
# Kim", "Pte. Souk").
_TITLES_CUT = frozenset(_words("prof sgt pte pvt cpl lt col maj insp supt engr adv")) | frozenset(
    _TITLES_ABBREVIATED
)
_TITLES = frozenset(
    (
        *_TITLES_ABBREVIATED,
        *_words(
            """
                miss mister madam comrade captain manager director supervisor boss foreman chief
                minder officer inspector instructor sergeant lieutenant colonel secretary
                chairman uncle auntie aunt brother sister teacher doctor engineer agent
                interpreter encik puan tuan cik pani father pastor reverend khun elder deacon
                deaconess evangelist missionary rn nurse sgt maj lt col cpl pvt insp supt
                mate bosun purser oiler wiper motorman ab os broker sr sra srta senhor senhora
                prof pte pvt cook adv master judge clerk overseer pana panu panem panie
                paramedic medic lawyer hhj pc rm pilot
            """
        ),
    )
)
# Titles, ranks and words for a person or a company, in the languages of the workers'
# countries of work, that a list of English words does not hold: "Judge Anna Kowalska", "Pan
# Zbigniew", "Kak Siti", "Bosun Pak", "Chefe Kang", "Construcciones Ekuke".
_TITLES_ABROAD = frozenset(
    {
        "attorney",
        "commissioner",
        "counsellor",
        "counselor",
        "coworker",
        "crewmate",
        "judge",
        "presiding",
        "professor",
        "prosecutor",
        "representative",
        "owner",
        "granny",
        "grandma",
        "grandpa",
        "madame",
        "monsieur",
        "herr",
        "frau",
        "sajang",
        "papa",
        "mama",
        "pan",
        "pani",
        # Polish Mr and Mrs in their cases: panu Kimowi, pana Marka, pania Agnieszke
        "pana",
        "panu",
        "panem",
        "panie",
        "pania",
        "senhor",
        "senhora",
        "senor",
        "senora",
        "dona",
        "don",
        "dom",
        "enfermeira",
        "kak",
        "mas",  # Javanese: elder brother, "Mas Agus"
        "mbak",
        "brygadzista",  # Polish: foreman
        "kierownik",
        "majster",
        "thao",
        "bapak",
        "ibu",
        # ranks on a ship and on a site, in English and in the languages of the ports
        "ambassador",
        "labourer",
        "laborer",
        "padre",
        "meme",  # Oshiwambo: Mrs, Ms
        "tate",  # Oshiwambo: Mr
        "kpl",  # Malay: corporal
        "sjn",  # Malay: sergeant
        "bosun",
        "boatswain",
        "deckhand",
        "skipper",
        "chef",
        "chefe",
        "jefe",
        "capataz",
        "encargado",
        "mestre",
        "engr",
        "ing",
        "sheikh",
        "haji",
        "hajji",
        "ustad",
        "kuya",
        "ate",
        "tito",
        "tita",
        # words of a company's name in Spanish and Portuguese
        "construcciones",
        "constructora",
        "construtora",
        "compania",
        "companhia",
        "empresa",
        "sociedad",
        "grupo",
        "industrias",
        "inversiones",
        "servicios",
        "comercial",
    }
)
_TITLE_QUALIFIERS = frozenset(
    _words(
        """
            general deputy vice senior head team work party prosecutor investigator
        """
    )
)

# Places, organisations and capitalised words that are never a private name, folded lower.
_PLACES = frozenset(
    _words(
        """
            pyongyang sinuiju rason chongjin hamhung wonsan kaesong nampho nampo haeju hyesan
            hoeryong musan kanggye sariwon pyongsong sunchon anju kimchaek kimchaek-si tanchon
            kilju onsong seoul busan pusan incheon daegu gwangju ulsan jeju kuwait qatar doha
            dubai abu dhabi oman vladivostok tynda khabarovsk amur moscow novosibirsk sakhalin
            primorye yakutsk chita irkutsk tomsk omsk siberia russia china dandong shenyang
            yanji hunchun tumen longjing helong changbai linjiang kuandian donggang namyang manpo
            beijing shanghai qingdao ulaanbaatar yangon myanmar burma japan
            korea mongolia malaysia poland laos cambodia vietnam hanoi africa angola senegal
            libya hong kong macau taiwan luanda lublin korsakov astana almaty chegdomyn tyrma
            siem reap battambang sihanoukville savannakhet pakse luang prabang
            urgal fiji suva rotuma samoa tonga vanuatu kiribati
        """
    )
)
_ORG_WORDS = frozenset(
    _words(
        """
            corporation company bureau ministry department trading construction general party
            fellowship
            university square street road avenue lane station dock docks wharf terminal hotel
            factory mine port city county
            province district school college institute hospital bridge stadium park tower hall
            academy army navy association committee group enterprise industries industry co ltd
            inc llc bank office embassy consulate camp site unit brigade team center centre
            airport harbour harbor river mountain mountains lake sea island islands restaurant
            shipyard farm works plant agency commission council union federation foundation
            guard guards division regiment battalion airlines air shipping fisheries fishery
            lumber logging timber church mission temple mosque cathedral prospekt prospect
            ulitsa ulica krai kray oblast raion rayon stroy zavod pereulok shosse naberezhnaya
            ploshchad vokzal osrodek ośrodek marina boulevard quay pier market mall seafood
            mining contracting holdings sdn bhd products aquatic foods garment garments
            textile textiles apparel electronics machinery engineering
            st str ul urząd urzad wojewódzki wojewodzki szpital services kancelaria adwokacka
            université universite universidade universidad uniwersytet
            steel karaoke tigers lions eagles travel manpower supply supplies recruitment
            hills heights gardens ballroom ngo ngos
        """
    )
)


def _ko_place(name: str) -> bool:
    """A place in Hangul, or a word made of one: 함흥, 심양의 (three syllables, two of them a
    place), 주두바이 (the consulate's "in Dubai"), 오호츠크해 (a sea), 루스키섬 (an island)."""
    return (
        name in _KO_PLACES
        or name in KO_DISTRICTS
        or (len(name) == 3 and name[:2] in _KO_PLACES)
        or (
            # 주두바이, cut as 주두바 + 이 by a rule that reads 이 as the particle
            name[:1] == "주"
            and len(name) >= 3
            and any(
                len(place) >= 3 and place.startswith(name[1:]) and len(place) <= len(name)
                for place in _KO_PLACES
            )
        )
        or (name[-1:] == "해" and name[:-1] in _KO_PLACES)
        # 루스키섬, 사할린섬: an island (a given name never ends in 섬)
        or (len(name) >= 3 and name[-1:] == "섬")
    )


_CAPITALISED_STOPWORDS = frozenset(
    _words(
        """
            the a an this that these those he she it they we i you his her its our their my your
            hello hi hey thanks
            me us them him in on at of for from with by to into onto over under after before
            qar usd kwd aed rub cny rmb eur krw kpw mnt pln omr sar prk kor rus chn mng pol qat
            kwt are
            when while then there here but and or so if because though although as every each
            all some any no not yes what who whom whose which where why how one two three four
            five six seven eight nine ten later once during since until again also only even
            still just january february march april may june july august september october
            november december monday tuesday wednesday thursday friday saturday sunday north
            feb apr jul aug sep sept oct nov dec dad mom mum daddy mummy mommy notes
            south east west northern southern eastern western korean koreans russian chinese
            kuwaiti qatari mongolian arab arabic american japanese polish malaysian burmese
            emirati soviet english british european asian african god lord sir madam mister
            comrade leader great dear supreme respected marshal general komandir nachalnik
            brigadir indian nepali bangladeshi filipino filipina vietnamese ethiopian angolan
            ghanaian lebanese czech buryat russians mongolians christmas easter
            claimant respondent applicant counsel
        """
    )
)

# A hyphen at a line's end joins the syllables of a name wrapped onto the next line ("Kim
# Yong-" / "chol"): one token, read as "Yong-chol".
_TOKEN_RE = re.compile(
    r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-(?:\r?\n[ \t]*)?[A-Za-z]+(?:['’][A-Za-z]+)*)*"
)
_WRAPPED_HYPHEN_RE = re.compile(r"-\r?\n[ \t]*")
_HANGUL_WORD_RE = re.compile(r"[가-힣]+")
_SYLLABLE = (
    r"(?:kk|gg|kh|k|g|n|tt|dd|th|t|d|r|l|m|pp|bb|ph|p|b|ss|sh|s|jj|tch|ch|j|h)?"
    r"[wy]?(?:ae|eo|eu|ui|oe|oo|ee|ou|oi|ei|a|e|i|o|u)(?:ng|n|k|g|l|m|p|b)?"
)
_ONE_SYLLABLE_RE = re.compile(rf"(?:{_SYLLABLE})")
_ONE_OR_TWO_SYLLABLES_RE = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")
_INTRODUCTION_RE = re.compile(
    # "we called him Chopstick", "call her little Mi": not "calls her son ..." (below)
    r"\b(?:call(?:s|ed|ing)?\s+(?:him|her)(?!\s+(?:son|daughter|wife|husband|brother|sister|"
    r"mother|father|friend|boss|minder|supervisor|foreman|roommate)\b)"
    r"(?:\s+(?:little|big|old|young|auntie|aunt|uncle|granny|grandpa|grandma))?"
    # "a man calling himself Tony", "a woman we will call Grace"
    r"|call(?:s|ed|ing)?\s+(?:himself|herself)"
    r"|(?:we|I|they)\s+(?:will|shall|would|'ll)\s+call"
    r"|(?P<after_person>named|called)"
    r"|nicknamed|known\s+(?:only\s+)?as|kn[eo]ws?\s+(?:him\s+|her\s+)?only\s+as|went\s+by(?:\s+the\s+name)?|by\s+the\s+name\s+of|whose\s+name\s+(?:was|is)"
    # "known in the camp as Seagull", "whom he calls Byori", "she calls her son Ttolttori"
    r"|known\s+(?:in|at|on|among|to)\s+[^.!?\n]{1,30}?\s+as"
    r"|whom\s+(?:he|she|they|we|everyone|everybody|the\s+\w+)\s+call(?:s|ed)?"
    r"|call(?:s|ed|ing)?\s+(?:his|her|their|my|our)\s+(?:son|daughter|wife|husband|brother"
    r"|sister|mother|father|friend|boss|minder|supervisor|foreman|roommate)"
    r"|(?:his|her|their|my)\s+(?:real\s+|full\s+|family\s+|given\s+)?name\s+(?:was|is))"
    # "we called him "the Goat"": the article inside the quotation marks is no part of it
    r"\s+(?:[\"“]the\s+|[\"'“‘])?",
    re.IGNORECASE,
)
_PERSON_NOUN_RE = re.compile(
    r"\b(?:man|woman|person|guy|boy|girl|worker|workers|minder|official|friend|colleague|"
    r"co-worker|driver|cook|supervisor|manager|foreman|engineer|someone|somebody|comrade|him|"
    r"her|me|us|them|fellow|lady|gentleman|officer|agent|inspector|interpreter|boss|captain|"
    r"brother|sister|son|daughter|cousin|uncle|aunt|wife|husband|nephew|niece|neighbour|neighbor|"
    r"doctor|teacher|guard|sailor|logger|welder|labourer|laborer|one|leader|deputy|chief|"
    r"brigadier|broker|landlord|commander|director|accountant)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
_LATIN_RE = re.compile(r"[A-Za-z]")
_KO_INTRODUCED_RE = re.compile(r"([가-힣]{1,4}?)(?:이라는|라는|이라고|라고)")
# One syllable before 라는 that is not a name: 뭐라는 사람, 이라는 (the copula alone).
# Determiners and numbers written as one-syllable words: never part of a name before them.
_KO_DETERMINERS = frozenset(
    _words(
        """
            그 이 저 한 두 세 네 새 옛 각 몇 어느 무슨 온 전 딴 첫 약 또 및 와 과 즉 곧 늘 꼭 좀
            다 더 잘 못 안 왜 참 뭐 제 내 우리 때 중 곳 날 밤 해 등 쪽 뒤 앞 속 위 밑 옆 말 일
            집 배 차 돈 것 수
        """
    )
)
_KO_NOT_ONE_SYLLABLE_NAMES = frozenset(_words("이 그 저 뭐 무 누 왜 참 또 다 좀 별"))
_KO_NAME_IS_RE = re.compile(r"(?:(?:이름|별명)(?:은|이|을)|본명(?:은|이|을)?)\s*$")
_GAP_RE = re.compile(r"[ \t]+(?:\n[ \t]*)?|\n[ \t]*")
# A tab or three spaces and more between two words on one line: the next column of a form or a
# table ("Elder Song Ki-ho       Prayer:"), not the rest of a name.
_COLUMN_GAP_RE = re.compile(r"[ ]*(?:\t|   )")


def fold(text: str) -> str:
    """The text with diacritics removed character by character, so offsets stay the same."""
    if text.isascii():
        return text
    return text.translate({ord(char): _fold_char(char) for char in set(text)})


# Letters with a stroke do not decompose: Paweł, Đức, Søren.
_STROKED = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i"}


@cache
def _fold_char(char: str) -> str:
    if char.isascii() or "가" <= char <= "힣":
        return char
    if char in _STROKED:
        return _STROKED[char]
    base = unicodedata.normalize("NFD", char)[0]
    return base if len(base) == 1 else char


def _loose_key(name: str) -> str:
    """A spelling-insensitive key for full names: Kim Jong-un = Kim Chong Un = Kim Jŏng-ŭn."""
    key = re.sub(r"[^a-z가-힣а-яё\u4e00-\u9fff]", "", fold(name).lower())
    for old, new in (
        ("eo", "o"),
        ("eu", "u"),
        ("oo", "u"),
        ("ee", "i"),
        ("tch", "j"),
        ("ch", "j"),
        ("sh", "s"),
        ("th", "t"),
        ("k", "g"),
        ("t", "d"),
        ("p", "b"),
        ("r", "l"),
        ("ou", "o"),
    ):
        key = key.replace(old, new)
    return key


@lru_cache(maxsize=32)
def _loose_keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(key for key in map(_loose_key, names) if key)


@cache
def _romanized_surnames() -> frozenset[str]:
    """This module's surname spellings joined with the fuller table of names.py."""
    from testimony.anonymize import names

    own = {roman for romans in SURNAMES.values() for roman in romans}
    return frozenset(own | set(names.ROMANIZED_SURNAMES))


@cache
def _ambiguous_surnames() -> frozenset[str]:
    from testimony.anonymize import names

    return _AMBIGUOUS_SURNAMES | names.SURNAMES_NEEDING_CAPITAL


def _is_surname(token: str) -> bool:
    return token[:1].isupper() and token.lower() in _romanized_surnames()


def _is_capitalised_name_word(token: str) -> bool:
    lower = token.lower()
    return (
        token[:1].isupper()
        and len(token) >= 2
        and lower not in _CAPITALISED_STOPWORDS
        and lower not in _PLACES
        and lower not in _ORG_WORDS
        and lower not in _TITLES
    )


def _syllables(token: str, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.fullmatch(token.lower().replace("'", "").replace("’", "")))


def _is_given_part(token: str, two: bool = False) -> bool:
    """A capitalised romanized Korean given-name token of one syllable (or two when `two`)."""
    if not _is_capitalised_name_word(token) and not (len(token) <= 3 and token[:1].isupper()):
        return False
    if token.lower() in _CAPITALISED_STOPWORDS or token.lower() in _PLACES:
        return False
    return _syllables(token, _ONE_OR_TWO_SYLLABLES_RE if two else _ONE_SYLLABLE_RE)


def _is_hyphenated_given(token: str) -> bool:
    # Yun-ah, Su-ah: 아 after a vowel is often written "ah".
    parts = ["a" if part == "ah" else part for part in token.split("-")]
    return (
        len(parts) == 2
        and parts[0][:1].isupper()
        and all(_syllables(part, _ONE_SYLLABLE_RE) for part in parts)
        and token.lower() not in _PLACES
    )


def _wraps_a_name(word: str) -> bool:
    """Whether `word`, opening a line, may be the rest of a name begun on the line before: a
    word in another script, romanized Korean syllables, a surname or a known given name."""
    if not _LATIN_LETTERS_RE.fullmatch(word):
        return True
    lower = word.lower()
    return (
        all(_syllables(part, _ONE_OR_TWO_SYLLABLES_RE) for part in lower.split("-") if part)
        or lower in _romanized_surnames()
        or lower in foreign_names.GIVEN_LATIN
        or lower.endswith(foreign_names.SLAVIC_SURNAME_ENDINGS)
    )


_LATIN_LETTERS_RE = re.compile(r"[A-Za-z'’-]+")
_FIGURE_AFTER_RE = re.compile(r"[ \t]*:?[ \t]*\d")


class _Tokens:
    def __init__(self, folded: str) -> None:
        self.text = folded
        self.items: list[tuple[int, int, str]] = []
        for match in _TOKEN_RE.finditer(folded):
            start, end, word = match.start(), match.end(), match.group()
            if "\n" in word:
                word = _WRAPPED_HYPHEN_RE.sub("-", word)
            # "Rim's" is Rim followed by a possessive.
            if word.endswith(("'s", "’s")):
                end -= 2
                word = word[:-2]
            self.items.append((start, end, word))

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j (j = i + 1) are separated by blanks only (one line break too: a name
        wrapped onto the next line), unless token j opens its line as a label ("Date:", "Cc:",
        "Kim:", "TEL;TYPE=CELL"), which starts a field or a speaker, not the rest of a name, is
        in capitals after a word that is not, or is a Latin word no name is made of ("Brian
        Moon" at a line's end, "Fruit - ..." on the next: a list)."""
        if not 0 <= i < j < len(self.items):
            return False  # no token there: the text ends (or starts) before it
        gap = self.text[self.items[i][1] : self.items[j][0]]
        word = self.items[j][2]
        if not _GAP_RE.fullmatch(gap) or ("\n" not in gap and _COLUMN_GAP_RE.match(gap)):
            return False
        if "\n" not in gap:
            return True
        if self.text.startswith((":", ";"), self.items[j][1]) or not _wraps_a_name(word):
            return False
        if _FIGURE_AFTER_RE.match(self.text, self.items[j][1]) and word.lower() in ENGLISH_WORDS:
            return False  # "Anastasia Kim" / "Total 22 - PASS": a field and its figure
        if len(word) > 1 and word.isupper() and not self.items[i][2].isupper():
            return False  # "Sergey Taxi" / "TEL", "Richard Oh" / "MOON": a field, a heading
        after = self.items[j][1]
        if re.match(r",[ \t]*[A-Z]", self.text[after : after + 4]) and (
            _is_surname(word) or not (_is_hyphenated_given(word) or _is_given_part(word))
        ):
            # "Park, Chol-min", "Lobanov, Sergei": a list of names surname first (a wrapped
            # given name keeps its comma: "Kim / Chol-min, Pak Yong-su and ...")
            return False
        return not self._opens_a_name(j)

    def _opens_a_name(self, j: int) -> bool:
        """Token j, opening its line, is a Korean surname with a given name after it on that
        line: a list of one name a line ("Pak Chol" / "Kim Yong-su"), not a name wrapped."""
        if j + 1 >= len(self.items) or self.items[j][2].lower() not in _romanized_surnames():
            return False
        following = self.items[j + 1][2]
        return (
            self.text[self.items[j][1] : self.items[j + 1][0]] == " "
            and following[:1].isupper()
            and (_is_hyphenated_given(following) or _is_given_part(following, two=True))
        )

    def word(self, i: int) -> str:
        return self.items[i][2] if 0 <= i < len(self.items) else ""


def _followed_by_org(tokens: _Tokens, i: int) -> bool:
    following = tokens.word(i + 1).lower()
    return bool(following) and following in _ORG_WORDS and tokens.adjacent(i, i + 1)


def _name_tokens_from(tokens: _Tokens, i: int, limit: int = 3) -> int | None:
    """The index of the last token of a capitalised name starting at token i, if any."""
    last = None
    for j in range(i, min(i + limit, len(tokens.items))):
        if j > i and not tokens.adjacent(j - 1, j):
            break
        word = tokens.items[j][2]
        if not _is_capitalised_name_word(word) and not (
            j > i and _is_given_part(word) and word[:1].isupper()
        ):
            break
        if j == i and not _is_capitalised_name_word(word):
            break
        last = j
    if last is not None and _followed_by_org(tokens, last):
        return None
    return last


_HANGUL_RE = re.compile(r"[가-힣]")


@cache
def _foreign_places() -> frozenset[str]:

    return foreign_names.PLACES_LATIN
