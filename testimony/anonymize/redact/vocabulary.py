"""What the matcher knows about the language around names: public figures kept by default,
places and organisations, and the particles and honorifics that may follow a Hangul name."""

import re
from functools import lru_cache

from testimony.anonymize.detect.words import KO_DISTRICTS, PUBLIC_DEFECTORS, _words
from testimony.anonymize.names import HANGUL_POSTS, HANGUL_TITLES

AMBIGUOUS_REPLACEMENT = "[name withheld]"

# The seed of the admin-editable list: the North Korean leadership family in common spellings.
DEFAULT_PUBLIC_FIGURES: tuple[str, ...] = (
    "Kim Il-sung",
    "Kim Il-song",
    "Kim Jong-il",
    "Kim Chong-il",
    "Kim Jong-un",
    "Kim Jong-eun",
    "Kim Chong-un",
    "Kim Yo-jong",
    "Kim Yeo-jeong",
    "Kim Jong-nam",
    "Kim Jong-chol",
    "Kim Jong-suk",
    "Kim Chong-suk",
    "Kim Kyong-hui",
    "Kim Hyong-jik",
    "Kang Pan-sok",
    "Ko Yong-hui",
    "Kim Ju-ae",
    "Ri Sol-ju",
    "Lee Seol-ju",
    "Ri Seol-ju",
    "Jang Song-thaek",
    "Jang Song-taek",
    "Chang Song-taek",
    "Ban Ki-moon",
    # Defectors who speak in public under their own names (detect/words.py says why).
    *PUBLIC_DEFECTORS,
    "김일성",
    "김정일",
    "김정은",
    "김여정",
    "김정남",
    "김정철",
    "김정숙",
    "김경희",
    "김형직",
    "강반석",
    "고용희",
    "김주애",
    "리설주",
    "이설주",
    "장성택",
)

# A name followed by one of these (capitalised) names a place or an organisation.
PLACE_SUFFIXES: frozenset[str] = frozenset(
    [
        "university",
        "college",
        "school",
        "institute",
        "academy",
        "square",
        "street",
        "avenue",
        "road",
        "bridge",
        "stadium",
        "station",
        "hospital",
        "clinic",
        "factory",
        "company",
        "corporation",
        "enterprise",
        "complex",
        "works",
        "mine",
        "port",
        "harbour",
        "harbor",
        "province",
        "county",
        "city",
        "town",
        "village",
        "district",
        "farm",
        "park",
        "hall",
        "museum",
        "library",
        "theatre",
        "theater",
        "tower",
        "arch",
        "memorial",
        "mausoleum",
        "palace",
        "prize",
        "order",
        "medal",
        "foundation",
        "group",
        "plant",
        "shipyard",
        "airport",
        "river",
        "lake",
        "sea",
        "island",
        "bay",
        "valley",
        "mountain",
        "mountains",
        "hotel",
        "restaurant",
        "market",
        "bank",
        "ministry",
        "bureau",
        "department",
    ]
)
# Words allowed between the name and the suffix in an organisation's name.
PLACE_CONNECTORS = frozenset({"and", "of", "&", "for"})
# The same, in Korean, when written after a space (김책 공업종합대학). Written together
# (김책시) they are never taken for a particle, so no check is needed there.
HANGUL_PLACE_SUFFIXES: tuple[str, ...] = (
    "광장",
    "대학",
    "대학교",
    "종합대학",
    "공업종합대학",
    "사범대학",
    "거리",
    "경기장",
    "역",
    "병원",
    "공장",
    "회사",
    "기업소",
    "연합기업소",
    "제철소",
    "제강소",
    "광산",
    "학교",
    "시",
    "군",
    "도",
    "구역",
    "항",
)
# Single-word place names equal to plausible given names: never a given name alone.
PLACE_NAMES: frozenset[str] = frozenset(
    [
        "pyongyang",
        "kimchaek",
        "ryongsong",
        "yongsong",
        "hamhung",
        "chongjin",
        "sinuiju",
        "wonsan",
        "kaesong",
        "nampho",
        "nampo",
        "hyesan",
        "haeju",
        "rason",
        "kanggye",
        "sariwon",
        "songnim",
        "anju",
        "tanchon",
        "hoeryong",
        "musan",
        "onsong",
        "rajin",
        "sonbong",
        "yodok",
        "kaechon",
        "hwasong",
        "pukchang",
        "toksong",
        "chagang",
        "jagang",
        "ryanggang",
        "yanggang",
        "hwanghae",
        "kangwon",
        "pyongan",
        "hamgyong",
        "kimhyongjik",
        "seoul",
        "busan",
    ]
)
HANGUL_PLACE_NAMES: frozenset[str] = frozenset(
    [
        "평양",
        "김책",
        "룡성",
        "용성",
        "함흥",
        "청진",
        "신의주",
        "원산",
        "개성",
        "남포",
        "혜산",
        "해주",
        "라선",
        "나선",
        "강계",
        "사리원",
        "송림",
        "안주",
        "단천",
        "회령",
        "무산",
        "온성",
        "라진",
        "선봉",
        "요덕",
        "개천",
        "화성",
        "북창",
        "자강",
        "량강",
        "양강",
        "황해",
        "강원",
        "평안",
        "함경",
        "서울",
    ]
)
# What may follow a Hangul name inside the same word: particles, honorifics, the copula.
TAIL_PIECES: tuple[str, ...] = tuple(
    sorted(
        {
            *HANGUL_TITLES,
            *[
                "은",
                "는",
                "이",
                "가",
                "을",
                "를",
                "의",
                "에게",
                "에게서",
                "한테",
                "한테서",
                "께",
                "께서",
                "와",
                "과",
                "도",
                "만",
                "로",
                "으로",
                "로부터",
                "으로부터",
                "랑",
                "이랑",
                "하고",
                "처럼",
                "보다",
                "까지",
                "부터",
                "야",
                "아",
                "여",
                "이여",
                "요",
                "라는",
                "이라는",
                "라고",
                "이라고",
                "이다",
                "다",
                "였다",
                "이었다",
                "입니다",
                "이었습니다",
                "였습니다",
                "이었어요",
                "였어요",
                "이에요",
                "예요",
                "이며",
                "며",
                "였고",
                "이었고",
                "고",
                "나",
                "이나",
                "들",
                "네",
                "께는",
                "에",
                "에서",
                # The copula with a connective ending: 방씨라서, 김 반장인데.
                "라서",
                "이라서",
                "인데",
                "이라도",
                "라도",
                "이라면",
                "라면",
            ],
        },
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=16384)
def is_tail(rest: str, pieces: int = 3) -> bool:
    """Whether `rest` is up to three particles or honorifics (은, 씨는, 동무에게)."""
    if not rest:
        return True
    if pieces == 0:
        return False
    return any(
        rest.startswith(piece) and is_tail(rest[len(piece) :], pieces - 1) for piece in TAIL_PIECES
    )


def is_title_tail(rest: str) -> bool:
    return any(rest.startswith(title) and is_tail(rest[len(title) :], 2) for title in HANGUL_TITLES)


def is_post_tail(rest: str) -> bool:
    """A word for a post (관리원, 단장) with its particle, after a surname written apart."""
    return any(rest.startswith(post) and is_tail(rest[len(post) :], 2) for post in HANGUL_POSTS)


def is_place_word(word: str) -> bool:
    return any(
        word.startswith(suffix) and is_tail(word[len(suffix) :], 2)
        for suffix in HANGUL_PLACE_SUFFIXES
    )


# A province's short name that is also a given name (경남, 경기 ...), read as the province before
# a word of origin or a gloss ("경남 출신", "경남 = 경상남도"): the person's name stays a name
# before 씨 ("경남 씨는 경남 출신").
_PROVINCES_TEXT = (
    "경남 경북 전남 전북 충남 충북 경기 강원 제주 평남 평북 함남 함북 황남 황북 자강 양강"
)
PROVINCE_SHORT_NAMES = frozenset(_PROVINCES_TEXT.split())
_ORIGIN_WORDS = ("출신", "지역", "사람", "말투", "사투리", "방언", "도민", "쪽", "일대")


# South Korea's cities and counties, as an address writes them after the province's short name
# ("경남 창원 거주", "충남 천안 출신"), and where one lives ("성남에 살게 됐는데"); read only
# there, for many are given names too (진주, 광명).
_PROVINCE_CITIES = frozenset(
    _words(
        """
    창원 김해 진주 양산 거제 통영 사천 밀양 포항 구미 경주 안동 김천 영주 상주 문경 경산 여수
    순천 목포 광양 나주 전주 익산 군산 정읍 남원 김제 천안 아산 서산 당진 공주 논산 보령 청주
    충주 제천 수원 성남 고양 용인 부천 안산 안양 남양주 화성 평택 의정부 시흥 파주 김포 광명
    광주 군포 하남 오산 이천 양주 구리 안성 포천 의왕 여주 동두천 과천 가평 양평 연천 춘천
    원주 강릉 동해 속초 삼척 태백 정선 철원 서귀포 제주 거창 함안 창녕 고성 남해 하동 산청
    함양 합천 의령 울진 영덕 청송 영양 봉화 예천 의성 군위 칠곡 성주 고령 청도 해남 완도
    진도 고흥 보성 장흥 강진 영암 무안 함평 영광 장성 담양 곡성 구례 화순 신안 부안 고창
    순창 임실 무주 진안 장수 완주 홍성 예산 태안 서천 부여 청양 금산 계룡 음성 진천 괴산
    보은 옥천 영동 증평 단양
    """
    )
)


def is_a_city(word: str) -> bool:
    """Whether `word` is one of South Korea's cities or counties (above)."""
    return word in _PROVINCE_CITIES


def city_before(word: str, following: tuple[int, str] | None) -> bool:
    """Whether `word`, one of South Korea's cities, is a place by the word after it: a word of
    origin ("광명 출신 아님") or one of its districts ("접수 지점: 성남 분당")."""
    return (
        word in _PROVINCE_CITIES
        and following is not None
        and (
            following[1].startswith("출신")
            or following[1] in KO_DISTRICTS
            or following[1] + "구" in KO_DISTRICTS
        )
    )


def names_a_province(word: str, text: str, end: int, following: tuple[int, str] | None) -> bool:
    """Whether `word`, ending at `end` of `text`, is a province's short name before a word of
    origin or a gloss (above), or before a city of South Korea or a word ending as a city's,
    a county's or a district's (시, 군, 구: "경남 창원 거주", "경기 화성시")."""
    if word not in PROVINCE_SHORT_NAMES:
        return False
    if following is not None and (
        following[1].startswith(_ORIGIN_WORDS)
        or any(
            following[1].startswith(city) and is_tail(following[1][len(city) :], 2)
            for city in _PROVINCE_CITIES
        )
        or re.fullmatch(r"[가-힣]{1,3}[시군구](?:에서|에|의|)", following[1])
    ):
        return True
    # "경남 = 경상남도", "경남은 경상남도입니다": glossed with the province's full name
    return text[end : end + 3].lstrip(" \t").startswith("=") or bool(
        _PROVINCE_GLOSS_RE.match(text, end)
    )


_PROVINCE_GLOSS_RE = re.compile(
    r"(?:은|는|이란|이라면|)[ \t]*[(（]?(?:경상|전라|충청|함경|평안|황해|경기|강원|제주|자강|양강)"
    r"[가-힣]{0,2}도"
)


# Foreign cities and countries in Hangul where workers are sent, none of them a Korean name:
# kept as places, so that no finder takes them (프놈펜에서, 블라디보스토크의).
_FOREIGN_PLACES_TEXT = """
    프놈펜 씨엠립 비엔티안 하노이 호찌민 호치민 하이퐁 다낭 방콕 양곤 네피도 자카르타 마닐라
    쿠알라룸푸르
    울란바토르 다르한 에르데네트 블라디보스토크 하바롭스크 나홋카 우수리스크 이르쿠츠크
    노보시비르스크 모스크바 상트페테르부르크 크라스노야르스크 톰스크 옴스크 야쿠츠크 틴다
    쿠웨이트 카타르 두바이 아부다비 무스카트 리야드 트리폴리 다카르 빈트후크 루안다
    단둥 심양 하얼빈 베이징 상하이 훈춘 옌지 투먼 다롄 칭다오 허룽 룽징 창바이 둥강 옌볜
    그단스크 바르샤바 캄보디아 라오스 베트남 미얀마 몽골 말레이시아 인도네시아 필리핀
"""
HANGUL_FOREIGN_PLACES: frozenset[str] = frozenset(_FOREIGN_PLACES_TEXT.split())
