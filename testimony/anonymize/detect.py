"""Proposals for names nobody registered, found by explainable heuristics in English and Korean.

Every proposal is a `Span` with source "detected", the replacement "[name withheld]" and a
reason a reviewer can judge. The replacement is deliberately not numbered ("Person 1"): a
heuristic cannot tell whether "Mr. Rim" and "Rim Il" are one person or two, and a numbered
pseudonym would claim that it knows. The reviewer assigns a pseudonym when accepting.

Heuristic families (each proposal names the one that found it):
- a Korean surname followed by a given name of one or two syllables, in any romanization
  ("Kim Myong-chol", "Pak Chol", "Chŏng Il-su", "Kim Myong Chol"), or a hyphenated given name
  followed by a surname ("Myong-chol Rim");
- a title followed by a capitalised name ("Mr. Rim", "Comrade Pak", "the minder Kang");
- an introduction ("a man named X", "whose name was X", "known as X", "nicknamed X");
- a Hangul name (surname syllable first) followed by an honorific or title (리명철 동무, 김씨),
  after a title (반장 박영호가), introduced by a cue (이름은 ..., ...라는 사람), or, for
  three-syllable names only, followed by a case particle, a copula or a postposition
  (박철수는, 박성일이었다, 최성일 밑에서);
- a Hangul name in brackets beside a detected romanized name ("Kang Chol (강철)"), or a bare
  three-syllable Hangul name inside English prose;
- a Hangul surname after 큰 or 작은, a nickname (큰 박이);
- what the Korean morphological analyser (korean.py, Kiwi) reads as a name the rules missed:
  two-syllable names before a particle (윤철은, 림일은), given names before 씨 (순희 씨). It
  also overrules weak rule-based findings it reads as ordinary words (맹세해, 명이라는).
- non-Korean names (lists in foreign_names.py): common Russian, Polish, Mongolian, West
  African and English given names in Latin, Cyrillic or Hangul (Olga Petrovna, Сергей Иванов,
  볼로댜가); Burmese names (U Aung Kyaw); Chinese names in pinyin, characters or Hangul (Zhang
  Wei, 張偉, 장웨이); a capitalised Cyrillic word in mid-sentence; Korean names in Cyrillic
  (Мун Кван Чхоль); a Latin name before a Korean honorific (Ryu 반장, Han dongmu).
- names by the words around them (context_names.py): after a lower-case job or relation word
  (accountant Yu, cooks Han and Ma), before "the minder", after "Captain:", a surname "from the
  embassy" or alone on a numbered line, Korean names typed in lower case, dotted initials, Arabic
  script after a title; other mentions of a one-word name so found; the Hangul given name of a
  name found in Latin letters (Lee Ji-won ... 지원 선생님).

Never proposed: public figures (matched by full name in their common spellings), places and
organisations, including those named after people (Kim Il-sung Square, Kim Chaek University),
months and days, and capitalised function words.
"""

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

from testimony.anonymize import foreign_names
from testimony.anonymize.foreign_names import (
    BURMESE_DISTINCTIVE,
    BURMESE_ELEMENTS,
    BURMESE_HONORIFICS,
    CHINESE_HANGUL_GIVEN_MARKS,
    CHINESE_HANGUL_SURNAMES,
    CHINESE_NOT_NAMES,
    CHINESE_SURNAME_CHARS,
    CYRILLIC_KOREAN_SURNAMES,
    CYRILLIC_NOT_NAMES,
    CYRILLIC_PLACE_ENDINGS,
    GIVEN_CYRILLIC,
    GIVEN_HANGUL,
    GIVEN_LATIN,
    HANGUL_NOT_NAMES,
    HANGUL_SURNAME_ENDINGS,
    PINYIN_AMBIGUOUS,
    PINYIN_SURNAMES,
)
from testimony.anonymize.spans import Span

REPLACEMENT = "[name withheld]"


def _words(text: str) -> list[str]:
    # The word lists below read as prose; a literal "...".split() would be rewritten by ruff
    # (SIM905) into one item per line.
    return text.split()


REASON_SURNAME_GIVEN = "Korean surname followed by a given name"
REASON_GIVEN_SURNAME = "hyphenated given name followed by a Korean surname"
REASON_TITLE = "title followed by a name"
REASON_INTRODUCED = "introduced as 'a man named ...'"
REASON_HANGUL_HONORIFIC = "Hangul name followed by an honorific or title"
REASON_HANGUL_PARTICLE = "Hangul name followed by a particle"
REASON_HANGUL_AFTER_TITLE = "Hangul name after a title"
REASON_HANGUL_CUE = "Hangul name introduced by '이름은' or '라는'"
REASON_HANGUL_SURNAME = "Hangul surname followed by an honorific"
REASON_BRACKETED = "Hangul name in brackets beside a detected name"
REASON_HANGUL_IN_ENGLISH = "Hangul name standing alone in English text"
REASON_HANGUL_NICKNAME = "Hangul surname after 큰 or 작은 (a nickname)"
REASON_KIWI_NAME = "Hangul name read by the Korean analyser, before a particle or honorific"
REASON_FOREIGN_GIVEN = "common foreign given name (Russian, Polish, Mongolian, African, English)"
REASON_BURMESE = "Burmese name (U, Daw ... and Burmese name elements)"
REASON_CHINESE = "Chinese surname followed by a given name (pinyin or characters)"
REASON_CYRILLIC = "capitalised Cyrillic name"
REASON_CYRILLIC_KOREAN = "Korean surname in Cyrillic followed by a given name"
REASON_BEFORE_HONORIFIC = "name before a Korean honorific (Ryu 반장, Han dongmu)"
REASON_SLAVIC_SURNAME = "Russian, Polish or Czech surname ending (-ov, -ova, -ski ...)"
REASON_HANGUL_GIVEN_AFTER_KIN = "Hangul given name after a word of kinship, before a particle"
REASON_APPOSED = "name between commas after a noun for a person ('a driver, X,')"
REASON_HANGUL_STANDING = "bare Hangul name ending a sentence or after a colon"
REASON_HANGUL_LIST = "Hangul name in a list of names (commas, a numbered line)"
REASON_HANGUL_AFTER_ROLE = (
    "bare Hangul name after a word for a role (면담자 정수아 /, 변호인(여민정):)"
)
REASON_OTHER_MENTION = "other mention of a name found after a title (Mr. Ho ... I only know Ho)"
REASON_QUOTED_GIVEN = 'Korean given name alone in quotes ("Chol-su")'
REASON_GLOSSED_SURNAME = "Hangul surname glossed by its romanization in brackets (최 (Choe))"
REASON_BRACKETED_CYRILLIC = "name in Cyrillic in brackets beside a detected name"
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
REASON_INITIALS = "three initials with full stops ('K. M. S.')"
REASON_SIGNATURE = "name signing a letter or an e-mail (Regards, / Best, and a name alone)"

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
    "Kim Chaek",
    "Kim Hyong-jik",
    "Moon Jae-in",
    # Not here: officials with common names (Kim Yong-nam, Ri Yong-ho). A witness may carry
    # the same name; an official is kept by the context of an office ("Kim Yong-nam, the head
    # of state"), or by the admin-edited list when an office needs it.
    "Yoon Suk-yeol",
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
    "김책",
    "김형직",
    "문재인",
    "윤석열",
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
    "표": ("pyo",),
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
        """
    )
)

# Common Korean words that begin with a surname syllable and can stand before a particle or a
# title word. Places named after people are here too (김책, 김형직군 ...).
_HANGUL_STOPWORDS = frozenset(
    _words(
        """
            이것 이거 이곳 이후 이전 이번 이제 이미 이상 이하 이유 이야기 이렇게 이런 이름 이틀
            이외 이사장 이웃 이동 이민 이용 이익 이해 이혼 이쪽 이분 이놈 이자 이상한 이래 이만
            정말 정도 정부 정치 정치범 정신 정해 정확 정착 정보 정권 정각 정상 정오 정문 정당
            정책 정원 정말로 정직 정식 전에 전부 전화 전쟁 전체 전혀 전기 전날 전국 전원 전선
            전사 전달 전투 전문 고향 고향집 고생 고기 고통 고민 고개 고용 고용주 고발 고문 고참
            고장 고급 고위 고려 조선 조선족 조국 조금 조사 조직 조건 조장 조회 조치 조심 조용
            조카 한국 한국인 한번 한달 한때 한참 한편 한국말 한쪽 한가지 한마디 주민 주인 주변
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
# Titles and honorifics written after a name (박철수 반장, 리 동무, 김씨).
_KO_HONORIFICS = tuple(
    sorted(
        _words(
            """
                씨 동무 동지 님 선생 선생님 반장 작업반장 소장 지배인 사장 사장님 과장 부장
                지도원 보위원 보위지도원 감독 감독원 책임자 선장 기사장 당비서 비서 대표 아저씨
                아주머니 언니 오빠 형 누나 할머니 할아버지 통역 의사 조장 분조장 팀장 영사
                아바이 영감 여사 아무개
            """
        ),
        key=len,
        reverse=True,
    )
)
_KO_HONORIFICS_SET = frozenset(_KO_HONORIFICS)
# Titles written before a name (감독원 박철수가).
_KO_TITLES_BEFORE = frozenset(
    _words(
        """
            반장 작업반장 소장 지배인 사장 감독 감독원 보위원 보위지도원 지도원 책임자 과장 부장
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
    _words("동생 여동생 남동생 언니 오빠 누나 형 친구 동무 아들 딸 조카 처녀")
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
            이 전 한 모 그 저 각 새 옛 어 은 우 주 성 공 원
        """
    )
)
# ... except before these: 씨 follows only a surname (한 씨, 이 씨, 전 씨: Mr Han, Lee, Jeon),
# and 한 동무 is read as Comrade Han ("one comrade" is 동무 한 명).
_KO_SURNAME_ALONE_EXCEPTIONS = {
    "씨": frozenset(_words("이 전 한 우 주 공 원 은 어")),
    "동무": frozenset(["한"]),
    "동지": frozenset(["한"]),
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
            상트페테르부르크 페테르부르크 러시아 우크라이나 벨라루스 카자흐스탄 우즈베키스탄
            말레이시아 캄보디아 라오스 베트남 태국 미얀마 버마 아프리카 나이지리아 콩고 탄자니아
            에티오피아 이집트 두바이 아랍에미리트 오스트레일리아 프랑스 독일 스위스 스웨덴
            크렘린 트럭 버스 스탈린 레닌 마르크스 푸틴 트럼프 바이든 스텔라 크레인 크라스키노
            자루비노 슬라뱐카 보스토치니 콤소몰스크 비로비잔 우스티쿠트 브라츠크 노릴스크
            다르항 에르데네트 초이발산 울란우데 부랴티야 자흐라 아흐마디 쿠웨이트시티 루사일
            알와크라 리야드 제다 무스카트 아부다비 샤르자 루안다 말라보 아디스아바바 만달레이
            다롄 대련 훈춘 투먼 창춘 지린 단동 칭다오 청도 적도기니 에티오피아 쿠바 가나
            프놈펜 시엠립 비엔티안 하노이 호찌민 다낭 방콕 양곤 자카르타 마닐라 쿠알라룸푸르
            캄팔라 다르에스살람 카트만두 타슈켄트 사마르칸트 울란우데 바투미 트빌리시
            인도네시아 필리핀 스리랑카 네팔 방글라데시 파키스탄 우간다 케냐 포르투갈 브라질
            타지키스탄 키르기스스탄 투르크메니스탄 중국 일본 미국 영국 대만 싱가포르 사우디
        """
    )
)
_KO_SURNAME_ALONE_HONORIFICS = frozenset(
    _words(
        """
            씨 동무 동지 선생 반장 소장 지배인 사장 과장 부장 지도원 보위원 감독 책임자 선장
            의사 조장 아저씨 아주머니 영사 대사 참사 아바이 영감 여사 아무개 할아버지 할머니
        """
    )
)

_TITLES_ABBREVIATED = ("mr", "mrs", "ms", "dr", "capt", "mme", "mx")
_TITLES = frozenset(
    (
        *_TITLES_ABBREVIATED,
        *_words(
            """
                miss mister madam comrade captain manager director supervisor boss foreman chief
                minder officer inspector instructor sergeant lieutenant colonel secretary
                chairman uncle auntie aunt brother sister teacher doctor engineer agent
                interpreter
            """
        ),
    )
)
_TITLE_QUALIFIERS = frozenset(
    _words(
        """
            general deputy vice senior head team work party
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
            yanji hunchun tumen beijing shanghai qingdao ulaanbaatar yangon myanmar burma japan
            korea mongolia malaysia poland laos cambodia vietnam hanoi africa angola senegal
            libya hong kong macau taiwan
        """
    )
)
_ORG_WORDS = frozenset(
    _words(
        """
            corporation company bureau ministry department trading construction general party
            university square street road avenue station hotel factory mine port city county
            province district school college institute hospital bridge stadium park tower hall
            academy army navy association committee group enterprise industries industry co ltd
            inc llc bank office embassy consulate camp site unit brigade team center centre
            airport harbour harbor river mountain mountains lake sea island islands restaurant
            shipyard farm works plant agency commission council union federation foundation
            guard guards division regiment battalion airlines air shipping fisheries fishery
            lumber logging timber church mission temple mosque cathedral
        """
    )
)
_CAPITALISED_STOPWORDS = frozenset(
    _words(
        """
            the a an this that these those he she it they we i you his her its our their my your
            me us them him in on at of for from with by to into onto over under after before
            when while then there here but and or so if because though although as every each
            all some any no not yes what who whom whose which where why how one two three four
            five six seven eight nine ten later once during since until again also only even
            still just january february march april may june july august september october
            november december monday tuesday wednesday thursday friday saturday sunday north
            south east west northern southern eastern western korean koreans russian chinese
            kuwaiti qatari mongolian arab arabic american japanese polish malaysian burmese
            emirati soviet english british european asian african god lord sir madam mister
            comrade leader great dear supreme respected marshal general komandir nachalnik
            brigadir indian nepali bangladeshi filipino filipina vietnamese ethiopian angolan
            ghanaian lebanese czech buryat russians mongolians
        """
    )
)

_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*")
_HANGUL_WORD_RE = re.compile(r"[가-힣]+")
_SYLLABLE = (
    r"(?:kk|gg|kh|k|g|n|tt|dd|th|t|d|r|l|m|pp|bb|ph|p|b|ss|sh|s|jj|tch|ch|j|h)?"
    r"[wy]?(?:ae|eo|eu|ui|oe|oo|ee|ou|oi|ei|a|e|i|o|u)(?:ng|n|k|g|l|m|p|b)?"
)
_ONE_SYLLABLE_RE = re.compile(rf"(?:{_SYLLABLE})")
_ONE_OR_TWO_SYLLABLES_RE = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")
_INTRODUCTION_RE = re.compile(
    r"\b(?:call(?:ed)?\s+(?:him|her)\s+(?:little|big|old|young)"
    r"|(?P<after_person>named|called)"
    r"|nicknamed|known\s+as|went\s+by(?:\s+the\s+name)?|by\s+the\s+name\s+of|whose\s+name\s+(?:was|is)"
    r"|(?:his|her|their|my)\s+(?:real\s+|full\s+|family\s+|given\s+)?name\s+(?:was|is))"
    r"\s+[\"'“‘]?",
    re.IGNORECASE,
)
_PERSON_NOUN_RE = re.compile(
    r"\b(?:man|woman|person|guy|boy|girl|worker|workers|minder|official|friend|colleague|"
    r"co-worker|driver|cook|supervisor|manager|foreman|engineer|someone|somebody|comrade|him|"
    r"her|me|us|them|fellow|lady|gentleman|officer|agent|inspector|interpreter|boss|captain|"
    r"brother|sister|son|daughter|cousin|uncle|aunt|wife|husband|nephew|niece|neighbour|neighbor|"
    r"doctor|teacher|guard|sailor|logger|welder|labourer|laborer|one)\b[^.!?\n]{0,40}$",
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
_KO_NAME_IS_RE = re.compile(r"(?:이름|별명)(?:은|이|을)\s*$")
_GAP_RE = re.compile(r"[ \t]+(?:\n[ \t]*)?|\n[ \t]*")


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


class _Tokens:
    def __init__(self, folded: str) -> None:
        self.text = folded
        self.items: list[tuple[int, int, str]] = []
        for match in _TOKEN_RE.finditer(folded):
            start, end, word = match.start(), match.end(), match.group()
            # "Rim's" is Rim followed by a possessive.
            if word.endswith(("'s", "’s")):
                end -= 2
                word = word[:-2]
            self.items.append((start, end, word))

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j (j = i + 1) are separated by blanks only."""
        return bool(_GAP_RE.fullmatch(self.text[self.items[i][1] : self.items[j][0]]))

    def word(self, i: int) -> str:
        return self.items[i][2] if 0 <= i < len(self.items) else ""


def _korean_full_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    items = tokens.items
    i = 0
    while i < len(items) - 1:
        word = items[i][2]
        found = None
        if _is_surname(word) and tokens.adjacent(i, i + 1):
            ambiguous = word.lower() in _ambiguous_surnames()
            nxt = items[i + 1][2]
            if ambiguous and _is_surname(nxt) and i + 2 < len(items):
                i += 1  # "To Kim Chol": the name starts at Kim.
                continue
            if _is_hyphenated_given(nxt):
                found = i + 1
            elif _is_given_part(nxt):
                third = tokens.word(i + 2)
                if third and tokens.adjacent(i + 1, i + 2) and _is_given_part(third):
                    found = i + 2  # "Kim Myong Chol"
                elif not ambiguous or (
                    nxt.lower() in _KOREAN_ONLY_SYLLABLES and word.lower() not in _VERY_COMMON_WORDS
                ):
                    found = i + 1  # Pak Chol; Ho Chol (a syllable no English word is)
            elif not ambiguous and _is_given_part(nxt, two=True):
                found = i + 1  # "Kim Myongchol"
        if found is not None and not _followed_by_org(tokens, found):
            yield items[i][0], items[found][1], REASON_SURNAME_GIVEN
            i = found + 1
            continue
        if (
            _is_hyphenated_given(word)
            and _is_surname(items[i + 1][2])
            and tokens.adjacent(i, i + 1)
            and not _followed_by_org(tokens, i + 1)
        ):
            yield items[i][0], items[i + 1][1], REASON_GIVEN_SURNAME
            i += 2
            continue
        i += 1


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


def _titled_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    items = tokens.items
    text = tokens.text
    for i, (_start, end, word) in enumerate(items[:-1]):
        lower = word.lower()
        if lower not in _TITLES:
            continue
        gap = text[end : items[i + 1][0]]
        allowed_gap = r"\.?[ \t]+" if lower in _TITLES_ABBREVIATED else r",?[ \t]+"
        if not re.fullmatch(allowed_gap, gap):
            continue
        appositive = gap.startswith(",")  # "the camp doctor, Sim, gave ..."
        j = i + 1
        while (
            j < len(items)
            and items[j][2].lower() in _TITLES | _TITLE_QUALIFIERS
            and tokens.adjacent(j - 1, j)
        ):
            j += 1  # "Comrade Manager Pak", "Director General Pak"
        if j >= len(items):
            continue
        last = _name_tokens_from(tokens, j)
        if (
            last is None
            and lower in _TITLES_ABBREVIATED
            and _is_surname(items[j][2])
            and not _followed_by_org(tokens, j)
        ):
            last = j  # "Ms Park": a surname that is also a place word, after Ms or Mr
        if last is not None and appositive and not re.match(r"[,.;:)]", text[items[last][1] :]):
            continue
        if last is not None:
            yield items[j][0], items[last][1], REASON_TITLE


_APPOSITION_RE = re.compile(
    r"\b(?:man|woman|worker|driver|cook|nurse|doctor|engineer|foreman|supervisor|manager|"
    r"minder|guard|interpreter|translator|electrician|mason|carpenter|welder|plumber|porter|"
    r"labourer|laborer|trader|merchant|owner|sponsor|contractor|clerk|broker|farmer|sailor|"
    r"fisherman|boss|colleague|friend|neighbour|neighbor|officer|official|assistant|secretary|"
    r"accountant|teacher|cousin|uncle|aunt|brother|sister|wife|husband|son|daughter)"
    r",[ \t]+"
)


def _apposed_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """An Indian electrician, Ramesh Kumar, let me ...; another man, Gang, drove: a name set off
    by commas right after a noun for a person."""
    from testimony.anonymize.context_names import ROLE_NOUNS

    text = tokens.text
    starts = {start: index for index, (start, _end, _word) in enumerate(tokens.items)}
    role_ends = [
        end + 2
        for _start, end, word in tokens.items
        if word in ROLE_NOUNS and text[end : end + 2] == ", "
    ]
    ends = sorted({match.end() for match in _APPOSITION_RE.finditer(text)} | set(role_ends))
    for match_end in ends:
        index = starts.get(match_end)
        if index is None:
            continue
        if tokens.word(index).lower() in ("old", "little", "big", "young"):
            index += 1  # our cook, Old Pak,: the adjective stays
        last = _name_tokens_from(tokens, index)
        if last is None:
            continue
        end = tokens.items[last][1]
        if re.match(r"[ \t]*[,;)]", text[end : end + 3]) and not tokens.items[index][2].isupper():
            yield tokens.items[index][0], end, REASON_APPOSED


def _korean_syllable_pairs(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """Uk Chol, Ok Hyok: two capitalised one-syllable Korean words, one of which no English
    word is, mid-sentence."""
    items = tokens.items
    for k, (_start, _end, word) in enumerate(items):
        if len(word) <= 6 and word.lower() in _KOREAN_ONLY_SYLLABLES and word[:1].isupper():
            for i in (k - 1, k):
                if not 1 <= i < len(items) - 1:
                    continue
                first, second = items[i][2], items[i + 1][2]
                if (
                    first.lower() not in _VERY_COMMON_WORDS
                    and _is_given_part(first)
                    and _is_given_part(second)
                    and tokens.adjacent(i, i + 1)
                    and not items[i - 1][2][:1].isupper()
                    and not tokens.word(i + 2)[:1].isupper()
                    and not _followed_by_org(tokens, i + 1)
                ):
                    yield items[i][0], items[i + 1][1], REASON_SURNAME_GIVEN


def _introduced_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    text = tokens.text
    starts = {start: index for index, (start, _end, _word) in enumerate(tokens.items)}
    for match in _INTRODUCTION_RE.finditer(text):
        preceding = text[max(0, match.start() - 60) : match.start()]
        if match.group("after_person") and not _PERSON_NOUN_RE.search(preceding):
            continue
        index = starts.get(match.end())
        if index is None:
            continue
        last = _name_tokens_from(tokens, index)
        word = tokens.word(index)
        if (
            last is None
            and _is_surname(word)
            and not word.isupper()
            and word.lower() not in ("i", "a")
            and not tokens.word(index + 1)[:1].isupper()
        ):
            last = index  # "a cook named So", "a guard called No": a surname, grammar word or not
        if last is not None:
            yield tokens.items[index][0], tokens.items[last][1], REASON_INTRODUCED


def _is_verb_form(name: str, rest: str) -> bool:
    """하품하는, 도착하여: a noun turned verb with 하다, not a name with a particle."""
    return name.endswith(("하", "되", "히")) and rest in ("는", "도", "이", "의")


# The native Korean tens (20 to 90): 서른둘, 마흔다섯 are ages, not names.
_KO_NATIVE_TENS = ("스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")


def _is_hangul_name(name: str, strict: bool) -> bool:
    """A plausible Hangul personal name; `strict` also demands name-like given syllables."""
    if (
        name in _HANGUL_STOPWORDS
        or name.removesuffix("님") in _KO_HONORIFICS_SET
        or name in _KO_PLACES
    ):
        return False  # 여사님, 함경도: a title or a place, not a name before 님 or a particle
    if name.startswith(_KO_NATIVE_TENS):
        return False  # 서른둘이었다: a number (thirty-two), not 서 + 른둘
    if len(name) == 3 and name[:2] in _HANGUL_STOPWORDS and name[:2] not in _NAME_LIKE_PREFIXES:
        return False  # 도망치(는), 전화기(를): a common word with a syllable attached
    if len(name) == 4:
        surname_ok = name[:2] in _HANGUL_DOUBLE_SURNAMES
        given = name[2:]
    elif 2 <= len(name) <= 3:
        surname_ok = name[0] in _HANGUL_SURNAMES
        given = name[1:]
    else:
        return False
    if not surname_ok:
        return False
    if strict and len(given) != 2:
        return False
    return not any(s in _NON_GIVEN_SYLLABLES for s in given)


@cache
def _ko_long_places() -> tuple[str, ...]:
    return tuple(place for place in _KO_PLACES if len(place) >= 3)


def _split_name(word: str, suffixes: tuple[str, ...], strict: bool) -> int | None:
    """Where the name ends in `word`: before one of `suffixes` (three syllables first), else
    the whole word when it is itself a name (리향은 is 리향 with 은, not a name 리향은)."""
    if word.startswith(_ko_long_places()):
        return None  # 함경북도: a place, whatever particle the rules read in it
    for length in (3, 2, 4):
        rest = word[length:]
        if (
            length < len(word)
            and rest in suffixes
            and _is_hangul_name(word[:length], strict)
            and not _is_verb_form(word[:length], rest)
        ):
            return _without_affectionate_i(word, length)
    if 2 <= len(word) <= 4 and _is_hangul_name(word, strict):
        return len(word)
    return None


def _name_with_affectionate_i(word: str) -> tuple[int, str] | None:
    """조금철이가: three syllables, the affectionate 이 and a particle. Only a person's name takes
    이 before 가 or 는 (책이가 is not Korean), so even a name that begins like a common word
    (조금 'a little') is a name here."""
    if (
        len(word) >= 5
        and word[3] == "이"
        and word[4:] in _KO_PARTICLES
        and (ord(word[2]) - 0xAC00) % 28
        and word[0] in _HANGUL_SURNAMES
        and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in word[1:3])
        and word[:3] not in _HANGUL_STOPWORDS
    ):
        return 3, REASON_HANGUL_PARTICLE
    return None


def _without_affectionate_i(word: str, length: int) -> int:
    """명철이가 is 명철 with the affectionate 이 that follows a closed syllable, then 가."""
    if length == 3 and word[2] == "이" and (ord(word[1]) - 0xAC00) % 28:
        return 2
    return length


def _with_honorific(rest: str) -> bool:
    """`rest` is an honorific or title, alone or with a particle: 동무, 씨는, 반장이었다."""
    return rest in _honorific_endings()


@cache
def _honorific_endings() -> frozenset[str]:
    tails = ("", *_KO_PARTICLES, *_KO_COPULA, "께서", "께서는", "께")
    # 과장님, 반장님께서: the honorific 님 after a title.
    titles = (*_KO_HONORIFICS, *(h + "님" for h in _KO_HONORIFICS if not h.endswith("님")))
    return frozenset(honorific + tail for honorific in titles for tail in tails)


_LATIN_WORD_AFTER_RE = re.compile(r"[ \t]*([A-Z][a-z]+)")


def _place_follows(gap_after: str) -> bool:
    """'선적항 Wonsan', '출발지 Dandong': a Hangul label before a place, not a name."""
    match = _LATIN_WORD_AFTER_RE.match(gap_after)
    return bool(match) and (
        match.group(1).lower() in _PLACES or match.group(1).lower() in _foreign_places()
    )


def _hangul_names(text: str) -> Iterable[tuple[int, int, str]]:
    words = list(_HANGUL_WORD_RE.finditer(text))
    for index, match in enumerate(words):
        word = match.group()
        # Every rule but 'X라는 사람' needs a surname syllable first: most words stop here.
        if (
            word[0] not in _HANGUL_SURNAMES
            and not (len(word) == 1 and word in CHINESE_HANGUL_SURNAMES)
            and not word.endswith(("라는", "라고"))
            and not (index and words[index - 1].group() in _KO_KIN_BEFORE)
        ):
            continue
        start, end = match.span()
        following = words[index + 1] if index + 1 < len(words) else None
        previous = words[index - 1] if index > 0 else None
        gap_after = text[end : following.start() if following else len(text)]
        gap_before = text[previous.end() if previous else 0 : start]
        context = _HangulContext(
            next_word=following.group() if following and gap_after in (" ", "\t") else "",
            previous_word=previous.group() if previous and gap_before in (" ", "\t") else "",
            before=text[max(0, start - 12) : start],
            # Only a bare three-syllable word needs it; the searches cost time on long texts.
            in_latin_prose=end - start == 3
            and bool(_LATIN_RE.search(gap_before[-40:]) and _LATIN_RE.search(gap_after[:40]))
            and not _place_follows(gap_after),
        )
        found = _hangul_name_in_word(word, context) or _name_with_affectionate_i(word)
        if not found and len(word) <= 3:
            found = _listed_hangul_name(text, words, index)
        if (
            not found
            and len(word) == 3
            and _is_hangul_name(word, strict=True)
            and (
                (_SENTENCE_END_RE.match(text, end) and (not gap_before or gap_before[-1] in " \t"))
                or _AFTER_COLON_RE.search(gap_before[-4:])
            )
        ):
            # 그 사람이 바로 리철수. / 대표: 김영수 -- a bare name ending a sentence or after a
            # colon; the analyser overrules a common noun.
            found = 3, REASON_HANGUL_STANDING
            if previous and previous.group() in _KO_KIN_BEFORE | {"막내"}:
                # 막내 은혁이.: a given name with the affectionate 이 after a word of kinship
                found = _without_affectionate_i(word, 3), REASON_HANGUL_STANDING
        if found:
            length, reason = found
            if reason == REASON_HANGUL_CUE and start - (previous.end() if previous else 0) == 1:
                # 우 띤 아웅이라는 운전수: a Burmese or other foreign name written in
                # one-syllable words before the cue belongs to the name (two at least).
                first = index
                while (
                    first > 0
                    and first - index > -3
                    and len(words[first - 1].group()) == 1
                    and words[first - 1].group() not in _KO_DETERMINERS
                    and text[words[first - 1].end() : words[first].start()] == " "
                ):
                    first -= 1
                start = words[first].start() if first <= index - 2 else start
                length = match.start() + length - start
            yield start, start + length, reason


_SENTENCE_END_RE = re.compile(r"[.!?…]|[\"”’'」』)\]]?[ \t]*(?:\r?\n|$)")
_AFTER_COLON_RE = re.compile(r":[ \t]*$")
_LIST_SEPARATOR_RE = re.compile(r"[ \t]*[,、/][ \t]*(?:그리고[ \t]+)?|[ \t]+그리고[ \t]+")
_NUMBERED_LINE_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)][ \t]*$")
_AFTER_NUMBERED_NAME_RE = re.compile(r"[ \t]*(?:[-–—:(]|\r?\n|$)")


def _list_item_name(word: str, strict: bool) -> bool:
    """A bare Hangul name as an item of a list, possibly with a particle (한경일도)."""
    if _is_hangul_name(word, strict) and (not strict or len(word) == 3):
        return True
    length = _split_name(word, _KO_PARTICLES, strict=strict)
    return bool(length) and length < len(word) and (not strict or length == 3)


def _listed_hangul_name(
    text: str, words: list[re.Match[str]], index: int
) -> tuple[int, str] | None:
    """김룡철, 리경남, 강명철 그리고 권일: a bare name in a list whose neighbour is a
    three-syllable name; "1. 차명수 - 추락사": a name opening a numbered line."""
    match = words[index]
    word = match.group()
    if not _is_hangul_name(word, strict=len(word) == 3):
        return None
    if _NUMBERED_LINE_RE.search(text, max(0, match.start() - 8), match.start()) and (
        _AFTER_NUMBERED_NAME_RE.match(text, match.end())
    ):
        return len(word), REASON_HANGUL_LIST
    neighbours = []
    before = index - 1
    if before > 0 and words[before].group() == "그리고":
        before -= 1
    if before >= 0 and _LIST_SEPARATOR_RE.fullmatch(text, words[before].end(), match.start()):
        neighbours.append(words[before].group())
    after = index + 1
    if after + 1 < len(words) and words[after].group() == "그리고":
        after += 1
    if after < len(words) and _LIST_SEPARATOR_RE.fullmatch(text, match.end(), words[after].start()):
        neighbours.append(words[after].group())
    if any(_list_item_name(neighbour, strict=len(word) != 3) for neighbour in neighbours):
        return len(word), REASON_HANGUL_LIST
    return None


_PERSON_NOUN_ENDINGS = (
    "",
    "이",
    "가",
    "은",
    "는",
    "을",
    "를",
    "의",
    "와",
    "과",
    "도",
    "였",
    "이었",
    "입",
    "이다",
    "들",
)


def _is_person_noun(word: str) -> bool:
    """사람, 중개인이었습니다, 운전수와: a noun for a person, with its particle or copula."""
    return word in _KO_PERSON_NOUNS or any(
        word.startswith(noun) and word[len(noun) :].startswith(_PERSON_NOUN_ENDINGS[1:])
        for noun in _KO_PERSON_NOUNS
        if len(noun) >= 2
    )


@dataclass(frozen=True)
class _HangulContext:
    next_word: str  # the next Hangul word when only a space separates them
    previous_word: str  # likewise the previous one
    before: str  # the few characters before the word
    in_latin_prose: bool  # English on both sides: 'her sister 최은정 asked'


def _hangul_name_in_word(word: str, context: _HangulContext) -> tuple[int, str] | None:
    spaced_next = context.next_word
    next_is_honorific = _with_honorific(spaced_next) if spaced_next else False
    # 김씨, 리 동무: a surname alone before an honorific.
    if word[0] in _HANGUL_SURNAMES:
        rest = word[1:]
        if (
            rest
            and _with_honorific(rest)
            and any(rest.startswith(h) for h in _KO_SURNAME_ALONE_HONORIFICS)
            and word not in _HANGUL_STOPWORDS
            and word[:3] not in _HANGUL_STOPWORDS
            and not word.startswith("성씨")  # 성씨 is the word for a surname
        ):
            return 1, REASON_HANGUL_SURNAME
        if (
            len(word) == 1
            and next_is_honorific
            and any(
                spaced_next.startswith(h)
                and (
                    word not in _KO_NOT_SURNAME_ALONE
                    or word in _KO_SURNAME_ALONE_EXCEPTIONS.get(h, ())
                )
                for h in _KO_SURNAME_ALONE_HONORIFICS
            )
        ):
            return 1, REASON_HANGUL_SURNAME
        # 큰 박이, 작은 김: a nickname; the span is the surname, 큰 and 작은 stay.
        if (
            context.previous_word in _KO_NICKNAME_ADJECTIVES
            and word[0] in _KO_NICKNAME_SURNAMES
            and (len(word) == 1 or rest in _KO_PARTICLES or _with_honorific(rest))
        ):
            return 1, REASON_HANGUL_NICKNAME
        # 보위원 탁이: a surname alone after a title, with a particle.
        if (
            context.previous_word in _KO_TITLES_BEFORE
            and len(word) == 2
            and rest in _KO_PARTICLES
            and word[0] not in _KO_NOT_SURNAME_ALONE
        ):
            return 1, REASON_HANGUL_AFTER_TITLE
    # 쑨 사장, 쉬 반장: a Chinese surname (in Hangul) that no Korean has, before a title.
    if (
        len(word) == 1
        and word in CHINESE_HANGUL_SURNAMES
        and word not in _HANGUL_SURNAMES
        and word not in _KO_DETERMINERS
        and next_is_honorific
    ):
        return 1, REASON_HANGUL_SURNAME
    # 동생 순애는: a given name alone after a word of kinship or a title, before a particle.
    if (
        context.previous_word in _KO_KIN_BEFORE
        and len(word) >= 3
        and word[2:] in _KO_PARTICLES
        and word[:2] not in _HANGUL_STOPWORDS
        and word[0] not in _HANGUL_SURNAMES
        and not any(s in _NON_GIVEN_SYLLABLES for s in word[:2])
    ):
        return 2, REASON_HANGUL_GIVEN_AFTER_KIN
    # 리명철 동무, 박철수씨는, 김영호 반장이
    for length in (3, 2, 4):
        name, rest = word[:length], word[length:]
        if len(name) < length or not _is_hangul_name(name, strict=False):
            continue
        if rest and _with_honorific(rest):
            return length, REASON_HANGUL_HONORIFIC
        if not rest and next_is_honorific:
            if length == 2 and name[1] == "이" and (ord(name[0]) - 0xAC00) % 28:
                return 1, REASON_HANGUL_HONORIFIC  # 석이 형: 석 with the affectionate 이
            if length == 3 and any(
                spaced_next.startswith(kin) and spaced_next[len(kin) :] in ("", *_KO_PARTICLES)
                for kin in _KO_ELDER_KIN
            ):
                # 성일이 형: a given name with the affectionate 이 before 형, 언니 ...
                return _without_affectionate_i(word, length), REASON_HANGUL_HONORIFIC
            return length, REASON_HANGUL_HONORIFIC
        if rest in _KO_COPULA and rest.endswith(("라는", "라고")):
            return _without_affectionate_i(word, length), REASON_HANGUL_CUE
    # 나타샤라는 여자, 꼬마곰이라는 별명: any word introduced as a person or a nickname.
    cue = _KO_INTRODUCED_RE.fullmatch(word) if word.endswith(("라는", "라고")) else None
    if (
        cue
        and _is_person_noun(spaced_next)
        and cue.group(1) not in _HANGUL_STOPWORDS
        and cue.group(1) not in _KO_NOT_ONE_SYLLABLE_NAMES
    ):
        return len(cue.group(1)), REASON_HANGUL_CUE
    # 이름은 김영철이었다, 별명은 꼬마곰이었다
    if ("이름" in context.before or "별명" in context.before) and _KO_NAME_IS_RE.search(
        context.before
    ):
        length = _split_name(word, _KO_COPULA + _KO_PARTICLES, strict=False)
        if length:
            return length, REASON_HANGUL_CUE
    # 감독원 박철수가
    if context.previous_word in _KO_TITLES_BEFORE:
        length = _split_name(word, _KO_PARTICLES + _KO_COPULA, strict=False)
        if length:
            return length, REASON_HANGUL_AFTER_TITLE
    # 박철수는, 박성일이었다, 최성일 밑에서: only three-syllable names before a particle or a
    # postposition; two syllables are too often ordinary words (조선은, 임금을, 여권을).
    length = _split_name(word, _KO_PARTICLES + _KO_COPULA, strict=True)
    if length == 3 and (word[3:] or spaced_next in _KO_POSTPOSITIONS):
        return length, REASON_HANGUL_PARTICLE
    # 'her sister 최은정 asked': a bare three-syllable name inside English prose.
    if context.in_latin_prose and len(word) == 3 and _is_hangul_name(word, strict=True):
        return 3, REASON_HANGUL_IN_ENGLISH
    return None


# Rule-based findings that the analyser may overrule: it reads the word as an ordinary one.
_ANALYSER_MAY_OVERRULE = (
    REASON_HANGUL_AFTER_TITLE,
    REASON_HANGUL_CUE,
    REASON_HANGUL_PARTICLE,
    REASON_HANGUL_IN_ENGLISH,
    REASON_HANGUL_LIST,
    REASON_HANGUL_GIVEN_AFTER_KIN,
    REASON_HANGUL_STANDING,
    REASON_HANGUL_APPOSED,
)
# Kiwi's tags that make a stretch of text a verb, an adjective, the copula or an ending: 맹세해
# (맹세 + 하 + 어), 명이라 (명 + 이 + 라).
_NOT_IN_A_NAME = ("XSV", "XSA", "VV", "VA", "VX", "VCP", "VCN", "EP", "EF", "EC", "ETM", "ETN")
# A name before an honorific is overruled only by a verb or an adjective (나온 = 나오 + ㄴ);
# 권성일 is read 권성 + 이 + ㄹ and stays.
_VERB_IN_A_NAME = ("VV", "VA")
_PERSON_CONTEXTS = frozenset({"particle", "copula", "honorific"})
# Syllables of transliterated foreign words that Korean names never have.
_TRANSLITERATION_SYLLABLES = frozenset("르스즈프트크츠샤댜냐랴셰뱌탸먀뤼")
_KO_PERSONAL_HONORIFICS = frozenset(
    _words("씨 동무 동지 선생 선생님 언니 오빠 누나 형 이모 고모 삼촌 외삼촌")
)

_korean_analyser_enabled: ContextVar[bool] = ContextVar("korean_analyser_enabled", default=True)


def korean_analyser_enabled() -> bool:
    """Whether detection here uses the Korean analyser (`without_korean_analyser` turns it off)."""
    return _korean_analyser_enabled.get()


@contextmanager
def without_korean_analyser() -> Iterator[None]:
    """Detection by the rules alone, for measuring what the analyser adds."""
    token = _korean_analyser_enabled.set(False)
    try:
        yield
    finally:
        _korean_analyser_enabled.reset(token)


def _analysed_hangul(
    text: str, known_names: Collection[str], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The Korean analyser's findings that the rules missed. Rule-based findings it overrules
    are removed from `found`.

    Proposed: a stem Kiwi reads as a proper noun, does not know, or reads as a surname syllable
    with one or two more (윤 + 철), when a particle, the copula or an honorific follows and it
    passes the name checks (surname first, no stopword, not a place, not used as a place in
    this text: 양곤에서); a given name alone before a personal honorific (순희 씨); a registered
    name before a particle. Overruled: a weak rule-based finding (after a title, a cue, before a
    particle, in English prose) that Kiwi reads as a verb or an ending (맹세해 = 맹세 + 하 + 어,
    명이 = 명 + 이, the counter and the copula), and a three-syllable finding before a particle
    that is one common noun of Kiwi's dictionary (선풍기는, 고등어는)."""
    from testimony.anonymize import korean
    from testimony.anonymize.recogniser import hangul_tokens

    tokens = hangul_tokens(text, known_names)  # korean.hangul_tokens, kept for the next reader
    if not tokens:
        return []
    starts = [token.start for token in tokens]
    overruled = set()
    for start, end, reason in found:
        # 우 띤 아웅: a name of words written apart is judged on its last word.
        last_word = start + text[start:end].rfind(" ") + 1
        inside = tokens[bisect_left(starts, last_word) : bisect_left(starts, end)]
        if reason == REASON_HANGUL_HONORIFIC and any(
            token.tag in _VERB_IN_A_NAME for token in inside
        ):
            overruled.add((start, end, reason))  # 회사에서 나온 감독: 나오 + ㄴ, a verb
            continue
        if reason not in _ANALYSER_MAY_OVERRULE:
            continue
        if any(token.tag in _NOT_IN_A_NAME for token in inside):
            overruled.add((start, end, reason))
        elif (
            reason == REASON_HANGUL_CUE
            and end - start == 2
            and len(inside) == 1
            and inside[0].tag == "NNG"
            and not inside[0].unknown
            and inside[0].start == start
        ):
            overruled.add((start, end, reason))  # 반동이라고: a word of the dictionary
        elif reason in (
            REASON_HANGUL_PARTICLE,
            REASON_HANGUL_IN_ENGLISH,
            REASON_HANGUL_LIST,
            REASON_HANGUL_GIVEN_AFTER_KIN,
            REASON_HANGUL_STANDING,
            REASON_HANGUL_APPOSED,
        ) and (
            text[start:end] in _KO_PLACES
            or (
                len(inside) == 1
                and inside[0].tag == "NNG"
                and not inside[0].unknown
                and inside[0].start == start
                and inside[0].end >= end
            )
        ):
            # 선풍기는, 오토바이는: one word of the dictionary; 라오스는: a place.
            overruled.add((start, end, reason))
        elif reason == REASON_HANGUL_APPOSED and " " in text[start:end]:
            first_end = start + text[start:end].index(" ")
            first = tokens[bisect_left(starts, start) : bisect_left(starts, first_end)]
            if len(first) == 1 and first[0].tag == "NNG" and not first[0].unknown:
                overruled.add((start, end, reason))  # 사무실 열쇠를: two words of the dictionary
        elif (
            reason == REASON_HANGUL_PARTICLE
            and len(inside) == 2
            and inside[0].tag == "NNG"
            and inside[0].end - inside[0].start >= 2
            and inside[1].tag == "XSN"
        ):
            overruled.add((start, end, reason))  # 계획분부터: a word and a suffix (계획 + 분)
    found[:] = [finding for finding in found if finding not in overruled]
    covered = bytearray(len(text) + 1)
    for start, end, _reason in found:
        covered[start:end] = b"\x01" * (end - start)
    candidates = korean.name_candidates(text, known_names, tokens=tokens)
    known = {re.sub(r"\s+", "", name) for name in known_names}
    places = {text[c.start : c.end] for c in candidates if c.after == "place particle"}
    proposed = []
    for candidate in candidates:
        name = text[candidate.start : candidate.end]
        if name in places or name in _KO_PLACES or (len(name) == 3 and name[:2] in _KO_PLACES):
            continue
        if 1 in covered[candidate.start : candidate.end]:
            continue  # the rules found it already, and their reason is the clearer one
        full_name = (
            candidate.kind in ("proper", "unknown", "name-shaped")
            and candidate.after in _PERSON_CONTEXTS
            and _is_hangul_name(name, strict=False)
        )
        # 영호는: a registered name, read as one proper noun, before a particle.
        registered = name in known and candidate.after in _PERSON_CONTEXTS
        # 순희 씨, 혜옥 동무: a given name alone, whatever its first syllable.
        given_name = (
            candidate.kind in ("proper", "unknown", "syllables apart")
            and candidate.honorific in _KO_PERSONAL_HONORIFICS
            and 2 <= len(name) <= 3
            and name not in _HANGUL_STOPWORDS
            and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in name)
        )
        # 드미트리가, 카자흐가: a foreign proper noun Kiwi reads, with the sounds of a
        # transliteration (르, 스, 트 ...), before a particle or honorific.
        foreign = (
            candidate.kind in ("proper", "unknown")
            and candidate.after in _PERSON_CONTEXTS
            and 2 <= len(name) <= 5
            and any(syllable in _TRANSLITERATION_SYLLABLES for syllable in name)
            and name not in _HANGUL_STOPWORDS
            and not any(name.startswith(place) for place in _KO_PLACES if len(place) > 2)
        )
        # 영남이가, 순철이와: a given name with the affectionate 이, read as one proper noun
        # before a particle (고양이가 is a word of the dictionary, never a candidate).
        affectionate = (
            candidate.kind in ("proper", "unknown")
            and candidate.after == "particle"
            and len(name) == 3
            and name[2] == "이"
            and (ord(name[1]) - 0xAC00) % 28 != 0
            and name[:2] not in _HANGUL_STOPWORDS
            and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in name[:2])
        )
        if full_name or given_name or registered or foreign or affectionate:
            end = candidate.end
            if given_name and len(name) == 2 and name[1] == "이" and (ord(name[0]) - 0xAC00) % 28:
                end -= 1  # 철이 형: 철 with the affectionate 이
            elif (
                len(name) == 3
                and name[2] == "이"
                and (ord(name[1]) - 0xAC00) % 28
                and candidate.after == "particle"
            ):
                end -= 1  # 성진이는: the given name 성진 with the affectionate 이
            proposed.append((candidate.start, end, REASON_KIWI_NAME))
    return proposed


# Roles and relations written in brackets after a name in lists of persons (송철만(증인)).
_BRACKET_ROLES = frozenset(
    _words(
        """
        증인 피해자 처 남편 아내 부인 동료 감독 반장 조장 지배인 책임자 통역 통역원 운전수 요리사
        어머니 아버지 형 오빠 누나 언니 동생 딸 아들 이모 삼촌 고모 사촌 조카 본인 친구 선장
        서명 무인 날인 도장 인 자필 서명함 확인 생략 미상 가명 본명 익명
        """
    )
)


_BRACKETED_CYRILLIC_RE = re.compile(r"[ \t]*[(（]([А-ЯЁ][а-яёэ]+(?:[- ][А-ЯЁ][а-яёэ]+){0,2})[)）]")


def _bracketed_hangul(
    text: str, spans: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    for _start, end, _reason in spans:
        match = re.match(r"\s*[(（]([가-힣]{2,4})[)）]", text[end:])
        if match and not (_is_person_noun(match.group(1)) or match.group(1) in _BRACKET_ROLES):
            # 송철만(증인), 한영애(처): a role or a relation in brackets, not a name
            yield end + match.start(1), end + match.end(1), REASON_BRACKETED
        match = _BRACKETED_CYRILLIC_RE.match(text, end)
        if match and not any(
            word in CYRILLIC_NOT_NAMES or word.lower().endswith(CYRILLIC_PLACE_ENDINGS)
            for word in re.split(r"[- ]", match.group(1))
        ):
            # Bat-Erdene Dorj (Бат-Эрдэнэ Дорж): the name again in Cyrillic
            yield match.start(1), match.end(1), REASON_BRACKETED_CYRILLIC


def _public_ranges(folded: str, public_figures: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where public figures occur: find their first names' words, then try the full names there."""
    anchor, by_first = _public_patterns(public_figures)
    ranges = []
    for hit in anchor.finditer(folded):
        pattern = by_first.get(hit.group().lower())
        full = pattern.match(folded, hit.start()) if pattern else None
        if full:
            ranges.append(full.span())
    return ranges


@lru_cache(maxsize=32)
def _public_patterns(
    public_figures: tuple[str, ...],
) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """A pattern for the first part of every public name, and the full names by first part.

    Hyphens and spaces between the parts of a romanized name are optional."""
    alternatives: dict[str, list[str]] = {}
    for name in sorted(public_figures, key=len, reverse=True):
        name = fold(name).strip()
        if not name:
            continue
        if re.search(r"[가-힣]", name):
            first, pattern = name[0], re.escape(name)
        else:
            parts = re.split(r"[\s\-‐]+", name)
            first = parts[0].lower()
            pattern = r"[\s\-‐]*".join(re.escape(part) for part in parts) + r"\b"
        alternatives.setdefault(first, []).append(pattern)
    by_first = {
        first: re.compile("|".join(patterns), re.IGNORECASE)
        for first, patterns in alternatives.items()
    }
    hangul = [re.escape(first) for first in by_first if re.match(r"[가-힣]", first)]
    latin = [re.escape(first) for first in by_first if not re.match(r"[가-힣]", first)]
    anchors = [*hangul, *([rf"\b(?:{'|'.join(latin)})"] if latin else [])]
    return re.compile("|".join(anchors) or r"(?!)", re.IGNORECASE), by_first


def _overlaps(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def _merge(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(found, key=lambda item: (item[0], -item[1])):
        if merged and start < merged[-1][1]:
            last_start, last_end, last_reason = merged[-1]
            if reason not in last_reason:
                last_reason = f"{last_reason}; {reason}"
            merged[-1] = (last_start, max(end, last_end), last_reason)
        else:
            merged.append((start, end, reason))
    return merged


# Non-Korean names (lists and their sources in foreign_names.py).
_ROMANIZED_HONORIFICS = frozenset(
    _words(
        """
            dongmu tongmu dongji tongji banjang panjang ajossi ajeossi ajumma ajumoni sonsaengnim
            seonsaengnim sonsaeng jojang chojang bunjojang ssi nim hyong hyeong onni eonni oppa
            nuna noona jibaein chibaein sajang bowiwon
        """
    )
)
_HANGUL_RE = re.compile(r"[가-힣]")
_HANGUL_START_RE = re.compile(r"[ \t]?([가-힣]+)")
_CYRILLIC_WORD_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
_CYRILLIC_LETTER_RE = re.compile(r"[А-Яа-яЁё]")
_CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+")
_MONGOLIAN_ENDINGS = (
    "baatar",
    "bayar",
    "erdene",
    "tsetseg",
    "jargal",
    "suren",
    "dorj",
    "khuu",
    "tuya",
    "zaya",
    "chimeg",
    "saikhan",
)
_HANGUL_NUMBER_END = tuple("일이삼사오육칠팔구십백천만")


@cache
def _pinyin_re() -> re.Pattern[str]:

    return re.compile(rf"(?:{foreign_names.PINYIN_SYLLABLE}){{1,2}}")


def _is_foreign_given(word: str) -> bool:

    lower = word.lower()
    return word[:1].isupper() and (
        lower in GIVEN_LATIN
        or (
            len(lower) > 6
            and lower.endswith(_MONGOLIAN_ENDINGS)
            and lower not in _PLACES
            and lower not in _foreign_places()
        )
    )


# Capitalised words that make a place of the name after them (Arabic: port, cape, mountain,
# mother of, valley, city of; and English).
_PLACE_PREFIXES = frozenset(
    _words("mina ras jebel jabal umm wadi madinat bandar port fort saint st")
)
_SLAVIC_LAST_LETTERS = tuple({ending[-1] for ending in foreign_names.SLAVIC_SURNAME_ENDINGS})
_ARABIC_ARTICLE_RE = re.compile(r"(?:[Aa]l|[Ee]l)-[A-Z]")


def _is_slavic_surname(word: str) -> bool:
    """Smirnov, Sokolova, Kowalski: a capitalised word with a Russian, Polish or Czech surname
    ending, not a place."""
    if len(word) < 6 or not word.endswith(_SLAVIC_LAST_LETTERS) or not word[:1].isupper():
        return False
    lower = word.lower()
    return (
        word[1:].islower()
        and lower.endswith(foreign_names.SLAVIC_SURNAME_ENDINGS)
        and lower not in foreign_names.RUSSIAN_PLACES_LIKE_SURNAMES
        and lower not in _foreign_places()
        and lower not in _PLACES
        and lower not in _CAPITALISED_STOPWORDS
    )


@cache
def _foreign_places() -> frozenset[str]:

    return foreign_names.PLACES_LATIN


def _is_plain_name_word(word: str) -> bool:
    """A capitalised word that may be a surname after a given name (not a place, not a title);
    an Arabic family name with its article counts (al-Mutairi, Al-Kuwari, el-Sayed)."""
    if _ARABIC_ARTICLE_RE.match(word):
        word = word[3:]
    return (
        _is_capitalised_name_word(word)
        and word.lower() not in _foreign_places()
        and word.lower() not in _TITLE_QUALIFIERS
    )


def _foreign_latin_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:

    items = tokens.items
    pinyin = _pinyin_re()
    i = 0
    while i < len(items):
        word = items[i][2]
        if not word[:1].isupper():
            i += 1
            continue
        lower = word.lower()
        found: tuple[int, str] | None = None
        if (
            i
            and items[i - 1][2].lower() in _PLACE_PREFIXES
            and items[i - 1][2][:1].isupper()
            and tokens.adjacent(i - 1, i)
        ):
            # Mina Abdullah, Port Harcourt, Ras Laffan: a place named with a name in it.
            i += 1
            continue
        if (
            i + 1 < len(items)
            and tokens.adjacent(i, i + 1)
            and _is_slavic_surname(items[i + 1][2])
            and word[1:].islower()
            and _is_plain_name_word(word)
            and not _is_foreign_given(word)
        ):
            # Jan Kowalski: any capitalised word before a Slavic surname is its given name.
            found = i + 1, REASON_SLAVIC_SURNAME
        elif _is_foreign_given(word):
            # Olga Petrovna, Anna Kovaleva, Dmitri Volkov: up to two capitalised words after.
            last = i
            while (
                last + 1 < len(items)
                and last - i < 2
                and tokens.adjacent(last, last + 1)
                and _is_plain_name_word(items[last + 1][2])
            ):
                last += 1
            if (
                last == i
                and i + 1 < len(items)
                and tokens.adjacent(i, i + 1)
                and _is_surname(items[i + 1][2])
                and not items[i + 1][2].isupper()
                and not tokens.word(i + 2)[:1].isupper()
            ):
                last = i + 1  # Daniel Park, Anna Han: a Korean surname after a foreign name
            if (
                last + 2 < len(items)
                and tokens.word(last + 1) in foreign_names.SURNAME_PARTICLES
                and tokens.adjacent(last, last + 1)
                and tokens.adjacent(last + 1, last + 2)
                and _is_plain_name_word(items[last + 2][2])
            ):
                last += 2  # Marlon dela Cruz, Joao da Silva: a family name with its particle
            if not _followed_by_org(tokens, last):
                found = last, REASON_FOREIGN_GIVEN
        elif (
            lower in foreign_names.VIETNAMESE_SURNAMES
            and i + 1 < len(items)
            and tokens.adjacent(i, i + 1)
            and _is_capitalised_name_word(items[i + 1][2])
            and len(items[i + 1][2]) <= 5
        ):
            # Tran Van Minh, Pham Thu Ha: a Vietnamese family name, then one or two short words.
            last = i + 1
            if (
                last + 1 < len(items)
                and tokens.adjacent(last, last + 1)
                and _is_capitalised_name_word(items[last + 1][2])
                and len(items[last + 1][2]) <= 5
            ):
                last += 1
            if not _followed_by_org(tokens, last):
                found = last, REASON_FOREIGN_GIVEN
        elif _is_slavic_surname(word) and not _followed_by_org(tokens, i):
            # Smirnov was fair, Kowalski's farm: a Slavic family name alone.
            found = i, REASON_SLAVIC_SURNAME
        elif word[:1].isupper() and (lower in BURMESE_HONORIFICS or lower in BURMESE_ELEMENTS):
            # U Aung Kyaw, Daw Khin Myint, Aung Kyaw: Burmese name elements.
            last = i
            while (
                last + 1 < len(items)
                and tokens.adjacent(last, last + 1)
                and items[last + 1][2][:1].isupper()
                and items[last + 1][2].lower() in BURMESE_ELEMENTS
            ):
                last += 1
            elements = [items[k][2].lower() for k in range(i, last + 1)]
            start = i + 1 if lower in BURMESE_HONORIFICS and lower not in BURMESE_ELEMENTS else i
            first = i
            if (last > start or (last == start and start > i)) and (
                any(element in BURMESE_DISTINCTIVE for element in elements)
                and not _followed_by_org(tokens, last)
            ):
                yield items[first][0], items[last][1], REASON_BURMESE
                i = last + 1
                continue
        elif (
            lower in PINYIN_SURNAMES
            and word[:1].isupper()
            and i + 1 < len(items)
            and tokens.adjacent(i, i + 1)
        ):
            # Zhang Wei, Li Hongbin, Wang Xiaoming: a pinyin given name after the surname.
            given = items[i + 1][2]
            given_lower = given.lower()
            if (
                given[:1].isupper()
                and (given[1:].islower() or given.isupper())
                and pinyin.fullmatch(given_lower.replace("-", ""))
                and given_lower not in _CAPITALISED_STOPWORDS
                and given_lower not in _PLACES
                and given_lower not in _ORG_WORDS
                and given_lower not in _TITLES
                and (lower not in PINYIN_AMBIGUOUS or len(given_lower) >= 5)
                and not _followed_by_org(tokens, i + 1)
            ):
                found = i + 1, REASON_CHINESE
        if found:
            last, reason = found
            yield items[i][0], items[last][1], reason
            i = last + 1
            continue
        i += 1


def _latin_before_honorific(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """Ryu 반장, LIU 과장, Han dongmu, Jang ajossi: a Latin-letter name before a Korean
    honorific, in Hangul or romanized."""
    text = tokens.text
    items = tokens.items
    # Only tokens before Hangul or before a romanized honorific: found by regex, not a loop.
    positions = []
    for match in _HANGUL_WORD_RE.finditer(text):
        position = match.start()
        if position and text[position - 1] in " \t":
            position -= 1
        positions.append(position)
    romanized = []
    lowered = text.lower()
    for honorific in _ROMANIZED_HONORIFICS:  # str.find: a regex alternation is slower here
        position = lowered.find(honorific)
        while position >= 0:
            if position and lowered[position - 1] in " \t":
                romanized.append(position)
            position = lowered.find(honorific, position + 1)
    if not positions and not romanized:
        return
    ends = [end for _start, end, _word in items]
    starts = [start for start, _end, _word in items]
    candidates = set()
    for position in positions:
        index = bisect_left(ends, position)
        if index < len(ends) and ends[index] == position:
            candidates.add(index)
    for position in romanized:
        index = bisect_left(starts, position)
        if 0 < index < len(starts) and starts[index] == position:
            candidates.add(index - 1)
    honorifics = _honorific_endings()
    for i in sorted(candidates):
        start, end, word = items[i]
        lower = word.lower()
        if (
            not word[:1].isupper()
            or len(word) < 2
            or lower in _CAPITALISED_STOPWORDS
            or lower in _PLACES
            or lower in _ORG_WORDS
            or lower in _TITLES
            or lower in _TITLE_QUALIFIERS
            or lower in _ROMANIZED_HONORIFICS
        ):
            continue
        after = _HANGUL_START_RE.match(text, end)
        if after and after.group(1) in honorifics:
            yield start, end, REASON_BEFORE_HONORIFIC
            continue
        if (
            i + 1 < len(items)
            and items[i + 1][2].lower() in _ROMANIZED_HONORIFICS
            and tokens.adjacent(i, i + 1)
            and (_is_surname(word) or _is_given_part(word, two=True))
        ):
            yield start, end, REASON_BEFORE_HONORIFIC


# Words for the people of an interview, a statement or a hearing, and the titles and kin of
# _KO_TITLES_BEFORE: a full name right after one, in brackets or set off by a space, with no
# particle ("면담자 정수아 / 답:", "확인자 조은비 (조사원)", "변호인(여민정):", "딸 하나(길은혜)").
_KO_ROLES_BEFORE_BARE = _KO_TITLES_BEFORE | frozenset(
    _words(
        """
        면담자 확인자 조사원 조사자 진술인 증언자 증인 변호인 검사 재판장 판사 통역인 작성자
        기록자 담당자 활동가 상담원 상담사 피해자 신고인 참고인 서명인 대리인 입회인 하나
        """
    )
)
_BARE_HANGUL_AFTER_ROLE_RE = re.compile(
    r"(?<![가-힣])([가-힣]{1,6})(?:[ \t]+|[ \t]*[(（])([가-힣]{3})"
    r"(?=[ \t]*(?:[)）/,:;·(（]|\r?\n|$)|[ \t]+[^가-힣\s])"
)


def _bare_hangul_after_role(text: str) -> Iterable[tuple[int, int, str]]:
    """면담자 정수아 / 답: 리영철, 확인자 조은비 (인권단체 조사원), 변호인(여민정): a full name of
    three syllables with no particle, right after a word for a role or a relation, closed by
    punctuation, a line's end or a word in another script."""
    for match in _BARE_HANGUL_AFTER_ROLE_RE.finditer(text):
        role, name = match.group(1), match.group(2)
        if role not in _KO_ROLES_BEFORE_BARE or not _is_hangul_name(name, strict=True):
            continue
        yield match.start(2), match.end(2), REASON_HANGUL_AFTER_ROLE


def _titled_hangul(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """Mr. 한, Comrade 박: a Hangul surname alone after an English title (a full Hangul name in
    English prose has its own rule)."""
    text = tokens.text
    if not _HANGUL_RE.search(text):
        return
    for _start, end, word in tokens.items:
        if not _HANGUL_RE.search(text, end, end + 4):
            continue
        lower = word.lower()
        if lower not in _TITLES:
            continue
        match = re.match(r"\.?[ \t]+([가-힣]{1,4})(?![가-힣])", text[end : end + 12])
        if not match:
            continue
        name = match.group(1)
        if len(name) == 1 and name in _HANGUL_SURNAMES:
            yield end + match.start(1), end + match.end(1), REASON_TITLE


def _cyrillic_names(text: str) -> Iterable[tuple[int, int, str]]:
    """Сергей Иванов, Виктор, Мун Кван Чхоль, and a capitalised Cyrillic word in mid-sentence."""
    if not _CYRILLIC_LETTER_RE.search(text):
        return

    words = list(_CYRILLIC_WORD_RE.finditer(text))
    i = 0
    while i < len(words):
        # A run of capitalised Cyrillic words separated by single spaces.
        j = i
        while j + 1 < len(words) and text[words[j].end() : words[j + 1].start()] == " ":
            j += 1
        run = words[i : j + 1]
        i = j + 1
        k = 0
        while k < len(run):
            word = run[k].group()
            start = run[k].start()
            rest = run[k + 1 :]
            if word in CYRILLIC_KOREAN_SURNAMES and rest and len(rest[0].group()) <= 6:
                count = 0
                for m in rest[:3]:
                    if len(m.group()) > 6 or m.group() in CYRILLIC_NOT_NAMES:
                        break
                    count += 1
                if count:
                    yield start, rest[count - 1].end(), REASON_CYRILLIC_KOREAN
                    k += count + 1
                    continue
            if word in GIVEN_CYRILLIC:
                count = 0
                for m in rest[:2]:
                    if m.group() in CYRILLIC_NOT_NAMES:
                        break
                    count += 1
                end = rest[count - 1].end() if count else run[k].end()
                yield start, end, REASON_CYRILLIC
                k += count + 1
                continue
            before = text[max(0, start - 3) : start].rstrip(" \t")
            mid_sentence = bool(before) and (before[-1].isalnum() or before[-1] in ",;")
            if mid_sentence and _plain_cyrillic(word):
                # Иваном Петровым: the next capitalised words of the run belong to the name.
                last = k
                while (
                    last + 1 < len(run) and last - k < 2 and _plain_cyrillic(run[last + 1].group())
                ):
                    last += 1
                yield start, run[last].end(), REASON_CYRILLIC
                k = last + 1
                continue
            k += 1


def _plain_cyrillic(word: str) -> bool:
    """A capitalised Cyrillic word that is not a place, a month or a common word."""

    return (
        len(word) >= 3
        and word not in CYRILLIC_NOT_NAMES
        and not word.lower().endswith(CYRILLIC_PLACE_ENDINGS)
    )


def _chinese_character_names(text: str) -> Iterable[tuple[int, int, str]]:
    """張偉, 李光日: a Chinese surname character and one or two more, standing alone in text
    that is not Chinese."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return

    for match in _CJK_RUN_RE.finditer(text):
        run = match.group()
        if (
            2 <= len(run) <= 3
            and run[0] in CHINESE_SURNAME_CHARS
            and run not in CHINESE_NOT_NAMES
            and run[:2] not in CHINESE_NOT_NAMES
        ):
            yield match.start(), match.end(), REASON_CHINESE


def _foreign_hangul_names(text: str) -> Iterable[tuple[int, int, str]]:
    """세르게이, 올가는, 볼로댜가, 세르게이 이바노프, 아웅 초라는: foreign given names in Hangul."""

    tails = _foreign_tails()
    words = list(_HANGUL_WORD_RE.finditer(text))
    for index, match in enumerate(words):
        word = match.group()
        if word in HANGUL_NOT_NAMES:
            continue
        name = next(
            (
                word[:length]
                for length in range(min(len(word), 6), 1, -1)
                if word[:length] in GIVEN_HANGUL and word[length:] in tails
            ),
            None,
        )
        reason = REASON_FOREIGN_GIVEN
        if name is None:
            if match.start() and text[match.start() - 1].isalnum():
                continue  # 3인칭으로: a word glued to a number is a counter, not a name
            name = _chinese_hangul_name(word, tails)
            reason = REASON_CHINESE
        if name is None:
            continue
        previous = words[index - 1].group() if index else ""
        if name == "바트" and (
            previous.endswith(_HANGUL_NUMBER_END) or re.search(r"\d\s*$", text[: match.start()])
        ):
            continue  # 구백 바트: the Thai currency
        start, end = match.start(), match.start() + len(name)
        following = words[index + 1] if index + 1 < len(words) else None
        if following and name == word and text[end : following.start()] == " ":
            next_word = following.group()
            for length in range(1, len(next_word) + 1):
                head = next_word[:length]
                if next_word[length:] in tails and (
                    head.endswith(HANGUL_SURNAME_ENDINGS) or (name == "아웅" and length <= 2)
                ):
                    end = following.start() + length
                    break
        if name == "아웅" and end == match.start() + len(name):
            continue  # 아웅 alone is not enough
        if (
            reason == REASON_FOREIGN_GIVEN
            and following
            and name == word
            and end == match.start() + len(name)
            and text[end : following.start()] == " "
        ):
            end = _foreign_family_name_end(text, name, words, index + 1, tails) or end
        yield start, end, reason


# Nouns for a foreigner met at the site, between a nationality and a name (필리핀 선원 마크).
_KO_APPOSITION_NOUNS = frozenset(
    _words(
        """
        선원 노동자 여성 남성 여자 남자 의사 간호사 통역 통역원 운전수 운전사 요리사 감독 감독관
        관리인 청년 소녀 소년 동료 상인 경비원 기술자 목수 용접공 손님 출신 집주인 주인 변호사
        기사 선교사 목사 브로커 직원 선장 사장 지배인 관리자 매니저 주방장 이웃 친구 교수 간병인
        운전기사 정비사 정비공 인부 일꾼 잡부 근로자 작업자 청소부 배달원 판매원 미장공 전기공
        """
    )
)


def _apposed_hangul(text: str) -> Iterable[tuple[int, int, str]]:
    """인도네시아 선원 부디와, 베트남인 요리사 투안은, 이라크 출신 기사 하산 알자부리가,
    한국인 선교사 최요한 도움: a name after a nationality (and 출신) and a noun for a person,
    with a particle, or bare before another word; a foreign name may take two words. Kept only
    when the analyser does not read it as a word of its dictionary (인도네시아 선원 숙소는)."""
    if not _HANGUL_RE.search(text):
        return
    words = list(_HANGUL_WORD_RE.finditer(text))
    for index in range(2, len(words)):
        noun, match = words[index - 1], words[index]
        if noun.group() not in _KO_APPOSITION_NOUNS or text[noun.end() : match.start()] != " ":
            continue
        nationality = words[index - 2]
        if nationality.group() == "출신" and index >= 3:
            nationality = words[index - 3]  # 이라크 출신 기사
        if (
            text[
                nationality.end() : words[index - 1 - (nationality is not words[index - 2])].start()
            ]
            != " "
        ):
            continue
        country = nationality.group()
        if country.endswith("인") and country[:-1] in _KO_PLACES:
            country = country[:-1]
        if country not in _KO_PLACES:
            continue
        found = _apposed_head(match.group())
        if found is not None:
            yield match.start(), match.start() + found, REASON_HANGUL_APPOSED
            continue
        word = match.group()
        following = words[index + 1] if index + 1 < len(words) else None
        if not 2 <= len(word) <= 5 or word in _HANGUL_STOPWORDS or _is_person_noun(word):
            continue
        if any(word[k:] in _KO_PARTICLES for k in range(1, len(word))):
            continue  # 아들이, 조직이: a word with its particle, not a bare name
        spaced = following is not None and text[match.end() : following.start()] == " "
        if spaced:
            second = _apposed_head(following.group())
            if second is not None and len(following.group()) > 2:
                # 하산 알자부리가: a given name and a family name, the particle on the second
                yield match.start(), following.start() + second, REASON_HANGUL_APPOSED
                continue
        if (
            len(word) == 3
            and word[0] in _HANGUL_SURNAMES
            and word[:2] not in _HANGUL_STOPWORDS
            and _apposable(word)
            and (spaced or re.match(r"[ \t]*(?:[,.;)]|\r?\n|$)", text[match.end() :]))
        ):
            yield match.start(), match.end(), REASON_HANGUL_APPOSED  # 최요한 도움


_SINO_NUMBER_SYLLABLES = frozenset("일이삼사오육륙칠팔구십백천만억")


def _apposable(head: str) -> bool:
    return (
        not all(syllable in _SINO_NUMBER_SYLLABLES for syllable in head)  # 삼백 명
        and head not in _HANGUL_STOPWORDS
        and head not in _KO_APPOSITION_NOUNS
        and head not in _KO_TITLES_BEFORE
        and head not in _KO_PLACES
        and not _is_person_noun(head)
    )


def _apposed_head(word: str) -> int | None:
    """The length of the name in `word` before a particle, the longest first (솜차이가 is
    솜차이 and 가), without the affectionate 이 (태성이가 is 태성)."""
    for length in range(min(len(word) - 1, 5), 1, -1):
        head, tail = word[:length], word[length:]
        if tail in _KO_PARTICLES and _apposable(head):
            return _without_affectionate_i(word, length)
    return None


def _foreign_family_name_end(
    text: str, given: str, words: list[re.Match[str]], index: int, tails: frozenset[str]
) -> int | None:
    """주앙 페레이라였고, 무함마드 알타니라는, 빅토르 김(Виктор Ким), 응우옌 반 훙도: the family
    name after a listed foreign given name. A word of two to five syllables before a particle or
    the copula that is not a title, a role or a common word; a Korean surname alone before a
    bracket or a particle (a Koryo-saram); after 응우옌 (Nguyễn), one or two short words."""
    word = words[index].group()
    if given == "응우옌":
        end = None
        for k in range(index, min(index + 2, len(words))):
            if k > index and text[words[k - 1].end() : words[k].start()] != " ":
                break
            part = words[k].group()
            head = next((part[:n] for n in (1, 2) if n <= len(part) and part[n:] in tails), None)
            if head is None:
                break
            end = words[k].start() + len(head)
            if len(head) < len(part):
                break
        return end
    if word[:1] in _HANGUL_SURNAMES and (
        word[1:] in tails - {""} or text[words[index].end() : words[index].end() + 1] in "(（"
    ):
        return words[index].start() + 1
    for length in range(2, min(len(word) - 1, 5) + 1):  # the longest particle
        head, tail = word[:length], word[length:]
        if (
            tail
            and tail in tails
            and head not in _HANGUL_STOPWORDS
            and head not in _KO_TITLES_BEFORE
            and head not in _KO_SURNAME_ALONE_HONORIFICS
            and head not in _BRACKET_ROLES
            and head not in _KO_PLACES
            and not _is_person_noun(head)
        ):
            return words[index].start() + length
    return None


# Syllables that end a particle or the copula: a given name in Hangul does not end with them
# (장웨이라는 is 장웨이 + 라는, 장웨이가 is 장웨이 + 가).
_PARTICLE_SYLLABLES = frozenset("가는은을를의도라와과만고에서께랑")


def _chinese_hangul_name(word: str, tails: frozenset[str]) -> str | None:
    """장웨이, 왕샤오밍은: a Chinese surname in Hangul, then one to three syllables with one
    that never occurs in a Korean name (웨, 밍, 쥔 ...)."""

    for surname_length in (1, 2):
        if word[:surname_length] not in CHINESE_HANGUL_SURNAMES:
            continue
        for length in range(min(len(word), surname_length + 3), surname_length, -1):
            given = word[surname_length:length]
            if (
                word[length:] in tails
                and given[-1] not in _PARTICLE_SYLLABLES
                and not (len(given) > 1 and given[-1] == "이" and (ord(given[-2]) - 0xAC00) % 28)
                and any(s in CHINESE_HANGUL_GIVEN_MARKS for s in given)
            ):
                return word[:length]
    return None


@cache
def _foreign_tails() -> frozenset[str]:
    cues = ("라는", "이라는", "라고", "이라고", "라", "이라")
    return frozenset(("", *_KO_PARTICLES, *_KO_COPULA, *cues, "한테", "에게", "야", "아")) | (
        _honorific_endings()
    )


# A ship is named with its number (Tae Dong Gang 7, 루룽위 2682호): not a person.
_VESSEL_BEFORE_RE = re.compile(
    r"(?:\b(?:trawler|vessel|ship|boat|freighter|tanker|steamer|MV|M/V)"
    r"|어선|선박|화물선|상선)[ \t]*:?[ \t]+$",
    re.IGNORECASE,
)
# 'was on the Chon Ma San', 'aboard the Tae Dong': a name one is on board of is a ship.
_ABOARD_RE = re.compile(r"\b(?:on|aboard|onto|board|off)[ \t]+the[ \t]+$", re.IGNORECASE)
_VESSEL_NUMBER_RE = re.compile(r"[ \t]*(?:No\.?[ \t]*|#)?\d+[ \t]*(?:호|號)")
_NUMBER_AFTER_RE = re.compile(r"[ \t]*(?:No\.?[ \t]*|#)?\d+\b")


def _vessel_keys(text: str, candidates: list[tuple[int, int, str]]) -> frozenset[str]:
    """The names of ships: a name followed by a number and 호, or by a number after 'the
    trawler'; their other mentions ('the Tae Dong Gang 7 docked') are ships too."""
    keys = set()
    for start, end, _reason in candidates:
        after = text[end : end + 16]
        before = text[max(0, start - 16) : start]
        if (
            _VESSEL_NUMBER_RE.match(after)
            or (_NUMBER_AFTER_RE.match(after) and _VESSEL_BEFORE_RE.search(before))
            or (" " in text[start:end].strip() and _ABOARD_RE.search(before))
        ):
            keys.add(_loose_key(text[start:end]))
    return frozenset(keys)


# A state office named beside a full name makes it a public figure (Kim Yong-nam, the former
# head of state; Foreign Minister Ri Yong-ho): offices of a state, not of a site or a company.
# Not an ambassador: embassy staff watch the workers abroad, so they are proposed.
_STATE_OFFICE = (
    r"(?:North[ \t]+Korean[ \t]+|DPRK[ \t]+|Russian[ \t]+|Chinese[ \t]+)?"
    r"(?:head[ \t]+of[ \t]+state|premier|prime[ \t]+minister|foreign[ \t]+minister|"
    r"minister[ \t]+of[ \t]+[A-Za-z]+|defen[cs]e[ \t]+minister|general[ \t]+secretary|"
    r"supreme[ \t]+leader|vice[- ]marshal|politburo[ \t]+member)"
)
_OFFICE_AFTER_RE = re.compile(
    rf",[ \t]*(?:the[ \t]+)?(?:(?:former|then|late)[ \t]+)?{_STATE_OFFICE}\b(?![-'’])",
    re.IGNORECASE,
)
_OFFICE_BEFORE_RE = re.compile(
    rf"\b(?:former[ \t]+|then[ \t]+)?{_STATE_OFFICE}[ \t]+$", re.IGNORECASE
)


def _office_keys(text: str, candidates: list[tuple[int, int, str]]) -> frozenset[str]:
    """Full names beside a state office (', the former head of state', 'Premier ...'): public
    figures, here and at their other mentions in the text."""
    keys = set()
    for start, end, _reason in candidates:
        if " " not in text[start:end].strip():
            continue  # a full name only: 'the ambassador Kim' may be anyone
        if _OFFICE_AFTER_RE.match(text, end, end + 60) or _OFFICE_BEFORE_RE.search(
            text[max(0, start - 40) : start]
        ):
            keys.add(_loose_key(text[start:end]))
    return frozenset(keys)


_SIGNATURE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:Best|Kind|Warm|With best)[ \t]+regards|Regards|Best|Best wishes|Thanks|"
    r"Thank you|Many thanks|Cheers|Sincerely|Yours(?:[ \t]+(?:sincerely|faithfully|truly))?|"
    r"All the best|With thanks)[ \t]*[,.!]?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*"
    r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)[ \t]*(?=\r?\n|$)"
)


def _signed_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """Regards,\nMina: a capitalised name alone on the line after the closing of a letter."""
    for match in _SIGNATURE_RE.finditer(folded):
        words = re.split(r"[- ]", match.group(1))
        if all(_is_capitalised_name_word(word) for word in words) and not any(
            word.lower() in _foreign_places() for word in words
        ):
            yield match.start(1), match.end(1), REASON_SIGNATURE


_SINGLE_NAME_RE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\n\"“][ \t]*|\n[ \t]*)$")


REASON_HANGUL_GIVEN_OF_LATIN = (
    "Hangul given name of a name found in Latin letters (Ji-won ... 지원 씨)"
)
_LATIN_FULL_NAME_REASONS = (REASON_SURNAME_GIVEN, REASON_GIVEN_SURNAME, REASON_TITLE)


@lru_cache(maxsize=8192)
def _romanized_stem(stem: str) -> frozenset[str]:
    from testimony.anonymize.names import romanize

    return frozenset("".join(romanize(stem, system)) for system in ("rr", "mr"))


def _hangul_given_of_latin_names(
    folded: str, found: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    """To: Lee Ji-won ... 지원 선생님: the given name of a Korean name found in Latin letters,
    written in Hangul in the same text, before an honorific, a particle or the copula, or
    standing alone before a comma. Compared on romanizations (지원: ji-won, chi-won ...)."""
    if not _HANGUL_RE.search(folded):
        return
    from testimony.anonymize.names import given_variants, split_romanized_name

    keys: set[str] = set()
    for start, end, reason in found:
        if not any(part in reason for part in _LATIN_FULL_NAME_REASONS):
            continue
        name = folded[start:end]
        if not _LATIN_RE.search(name) or " " not in name.strip():
            continue
        _surname, given = split_romanized_name(name)
        if given and ("-" in given or " " in given.strip()):
            keys.update(variant.joined for variant in given_variants(given.replace(" ", "-")))
    if not keys:
        return
    covered = [(start, end) for start, end, _reason in found]
    tails = frozenset((*_KO_PARTICLES, *_KO_COPULA))
    for match in _HANGUL_WORD_RE.finditer(folded):
        word = match.group()
        following = folded[match.end() : match.end() + 8].lstrip(" \t")
        next_word = _HANGUL_WORD_RE.match(following)
        for length in (2, 3):
            if len(word) < length:
                break
            stem, rest = word[:length], word[length:]
            if rest:
                if rest not in tails and not _with_honorific(rest):
                    continue
            elif not (
                (next_word is not None and _with_honorific(next_word.group()))
                or following[:1] in (",", "\n", "\r")
            ):
                continue  # 지원 선생님, 지원,: a bare word only before a title or a comma
            spellings = _romanized_stem(stem)
            if spellings & keys and not _overlaps(match.start(), match.start() + length, covered):
                yield match.start(), match.start() + length, REASON_HANGUL_GIVEN_OF_LATIN
                break


# The findings whose one-word name is that person's name wherever else it stands.
_NAMING_REASONS = frozenset(
    {
        REASON_TITLE,
        REASON_ROLE_NOUN,
        REASON_INTRODUCED,
        REASON_SURNAME_CONTEXT,
        REASON_SURNAMED,
        REASON_APPOSED,
    }
)
# After a one-word name at a sentence's start, or an English-word one (So, Ha, Do), a verb
# that makes it the subject: "Ha could not even count", ", So told me"; not a verb of being,
# which a thing takes too ("Song was beautiful").
_SUBJECT_VERB_RE = re.compile(
    r"[ \t]+(?:said|says|told|asked|answered|replied|shouted|cried|laughed|could|"
    r"came|went|took|gave|beat|hit|knew|saw|wrote|called|reported|drove|worked|died)\b"
)


def _other_mentions(
    folded: str, found: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    """I only know Ho. / Chun-ja is his mother's sister: a one-word name found after a title,
    a role word or an introduction (Mr. Ho, Aunt Chun-ja, a cook named So, manager Ha) is the
    same person elsewhere in the text. A surname that is an English word (Ho, Moon, Song, So)
    counts in mid-sentence, or before a verb whose subject it is ("Ha could not", ", So told
    me"); a Hangul name of two syllables or more with a particle (부디와 ... 부디는)."""
    words = {
        folded[start:end]
        for start, end, reason in found
        if any(part in _NAMING_REASONS for part in reason.split("; "))
        and _SINGLE_NAME_RE.fullmatch(folded[start:end])
    }
    # A grammar word that is a surname (So, No, An) counts, under the subject rule below.
    words = {
        word for word in words if word.lower() not in _CAPITALISED_STOPWORDS or _is_surname(word)
    }
    hangul = {
        folded[start:end]
        for start, end, reason in found
        if reason in (REASON_HANGUL_APPOSED, REASON_HANGUL_LIST)
        and _HANGUL_WORD_RE.fullmatch(folded[start:end])
        and end - start >= 2
    }
    if not words and not hangul:
        return
    # Positions already covered by a finding: one set, so a long text stays linear.
    covered = {position for start, end, _reason in found for position in range(start, end)}
    if words:
        pattern = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", folded):
            if match.start() in covered or match.end() - 1 in covered:
                continue
            lower = match.group().lower()
            opens = _SENTENCE_START_RE.search(folded[max(0, match.start() - 4) : match.start()])
            subject = _SUBJECT_VERB_RE.match(folded, match.end())
            if lower in _VERY_COMMON_WORDS and (opens or not subject):
                continue  # "So we left", "no one": a subject of a verb of the list only
            if lower in _AMBIGUOUS_SURNAMES and opens and not subject:
                continue
            yield match.start(), match.end(), REASON_OTHER_MENTION
    for name in hangul:
        for match in re.finditer(rf"(?<![가-힣]){re.escape(name)}(?=[가-힣]*)", folded):
            if match.start() in covered:
                continue
            word_end = match.end()
            while word_end < len(folded) and "가" <= folded[word_end] <= "힣":
                word_end += 1
            if folded[match.end() : word_end] in _KO_PARTICLES:
                yield match.start(), match.end(), REASON_OTHER_MENTION


_ADDRESSED_RE = re.compile(
    r"\b(?:Tell|tell|Ask|ask|Remind|remind|Kiss|kiss|Hug|hug)[ \t]+([A-Z][a-z]+(?:-[a-z]+)?)"
    r"[ \t]+(?:to|that|not|I|we)\b"
)


_KIN_WORDS_EN = frozenset(
    _words("mum mom ma pa dad mama papa mother father granny grandma grandpa nan baba sis bro")
)


def _addressed_given_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """Tell Hyang to study hard, Ask Chol-min not to worry: in a letter home, a Korean given
    name (one or two romanized syllables, or hyphenated) after a request to pass on a message."""
    for match in _ADDRESSED_RE.finditer(folded):
        name = match.group(1)
        if name.lower() in _KIN_WORDS_EN:
            continue
        if _is_hyphenated_given(name) or (
            _is_given_part(name, two=True) and name.lower() not in _VERY_COMMON_WORDS
        ):
            yield match.start(1), match.end(1), REASON_ADDRESSED


_SURNAMED_RE = re.compile(r"\b(?:surnamed|family[ \t]+name[ \t]+(?:was|is))[ \t]+([A-Z][a-z]+)\b")


def _surnamed(folded: str) -> Iterable[tuple[int, int, str]]:
    """A driver surnamed Do: after 'surnamed' even a surname that is an English word (Do, So)."""
    for match in _SURNAMED_RE.finditer(folded):
        if _is_surname(match.group(1)):
            yield match.start(1), match.end(1), REASON_SURNAMED


_QUOTED_GIVEN_RE = re.compile(r"[\"“‘]([A-Z][a-z]+-[a-z]+)[\"”’]")
_GLOSSED_SURNAME_RE = re.compile(r"(?<![가-힣])([가-힣])[ \t]*[(（]([A-Z][a-z]{0,5})[)）]")


def _quoted_and_glossed(folded: str) -> Iterable[tuple[int, int, str]]:
    """("Chol-su"): a hyphenated Korean given name alone in quotes; 최 (Choe): a Hangul surname
    alone, glossed by a romanization of it in brackets (both are the name)."""
    for match in _QUOTED_GIVEN_RE.finditer(folded):
        if _is_hyphenated_given(match.group(1)):
            yield match.start(1), match.end(1), REASON_QUOTED_GIVEN
    for match in _GLOSSED_SURNAME_RE.finditer(folded):
        if match.group(1) in _HANGUL_SURNAMES and _is_surname(match.group(2)):
            yield match.start(1), match.end(1), REASON_GLOSSED_SURNAME
            yield match.start(2), match.end(2), REASON_GLOSSED_SURNAME


def _context_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    from testimony.anonymize import context_names

    yield from context_names.role_named(tokens)
    yield from context_names.named_before_role(tokens)
    yield from context_names.titled_after_colon(tokens)
    yield from context_names.surname_from(tokens)
    yield from context_names.numbered_surname(tokens)
    yield from context_names.lowercase_korean_names(tokens)
    yield from context_names.dotted_initials(tokens.text)
    yield from context_names.arabic_after_title(tokens.text)
    yield from context_names.speaker_labels(tokens.text)


def detect_names(
    text: str,
    exclude: list[tuple[int, int]] | None = None,
    public_figures: list[str] | None = None,
    *,
    known_names: Collection[str] = (),
) -> list[Span]:
    """Propose every stretch of `text` that looks like a private person's name.

    Proposals overlapping an `exclude` range (typically the spans of registered names) are
    dropped, and so is anything overlapping a public figure: the defaults above plus
    `public_figures`. Offsets are in characters of `text`. `known_names` are the registered
    Hangul names and given names of the testimony (림명철, 명철): the Korean analyser reads each
    as one proper noun.
    """
    folded = fold(text)
    tokens = _Tokens(folded)
    found: list[tuple[int, int, str]] = []
    found.extend(_korean_full_names(tokens))
    found.extend(_titled_names(tokens))
    found.extend(_introduced_names(tokens))
    found.extend(_korean_syllable_pairs(tokens))
    found.extend(_hangul_names(text))
    found.extend(_foreign_latin_names(tokens))
    found.extend(_latin_before_honorific(tokens))
    found.extend(_titled_hangul(tokens))
    found.extend(_cyrillic_names(text))
    found.extend(_chinese_character_names(text))
    found.extend(_foreign_hangul_names(text))
    found.extend(_apposed_hangul(text))
    found.extend(_bare_hangul_after_role(text))
    found.extend(_signed_names(folded))
    if _korean_analyser_enabled.get():
        found.extend(_analysed_hangul(text, known_names, found))
    else:
        # 동생 순애는 needs the analyser to tell a given name from 동생 회사는.
        found = [
            finding
            for finding in found
            if finding[2] not in (REASON_HANGUL_GIVEN_AFTER_KIN, REASON_HANGUL_APPOSED)
        ]
    found.extend(_bracketed_hangul(text, found))
    # The apposition only adds what no clearer rule found ("The camp doctor, Sim," is a title).
    # So do the role words and other context rules: "a pharmacist, Amina Juma," is taken
    # whole where a list found only Juma.
    weaker = [*_apposed_names(tokens), *_context_names(tokens)]
    if weaker:
        ranges = [(start, end) for start, end, _ in found]
        found.extend(
            finding
            for finding in weaker
            if all(
                finding[0] <= start and end <= finding[1] and (start, end) != finding[:2]
                for start, end in ranges
                if start < finding[1] and finding[0] < end
            )
        )

    found.extend(_other_mentions(folded, found))
    found.extend(_hangul_given_of_latin_names(folded, found))
    found.extend(_quoted_and_glossed(folded))
    found.extend(_addressed_given_names(folded))
    found.extend(_surnamed(folded))
    figures = [*DEFAULT_PUBLIC_FIGURES, *(public_figures or [])]
    candidates = _merge(found)
    public = _public_ranges(folded, tuple(figures))
    public_keys = _loose_keys(tuple(figures))
    blocked = [*(exclude or []), *public]
    vessels = _vessel_keys(text, candidates) | _office_keys(text, candidates)

    spans = []
    for start, end, reason in candidates:
        surface = text[start:end]
        if (
            _overlaps(start, end, blocked)
            or _loose_key(surface) in public_keys
            or (vessels and _loose_key(surface) in vessels)
        ):
            continue
        spans.append(Span(start, end, surface, REPLACEMENT, "detected", reason))
    taken = [*blocked, *(candidate[:2] for candidate in candidates)]
    spans.extend(_recognised(text, taken, known_names, figures, vessels))
    return sorted(spans, key=lambda span: span.start)


def _recognised(
    text: str,
    taken: list[tuple[int, int]],
    known_names: Collection[str],
    figures: list[str],
    vessels: frozenset[str],
) -> list[Span]:
    """What the statistical recogniser (recogniser.py) scores at or above its high threshold
    and no rule found, nor a public figure, a registered name or a ship holds."""
    from testimony.anonymize import recogniser

    spans = []
    for start, end, reason in recogniser.proposals(text, taken, known_names, figures):
        surface = text[start:end]
        if vessels and _loose_key(surface) in vessels:
            continue
        spans.append(Span(start, end, surface, REPLACEMENT, "detected", reason))
    return spans
