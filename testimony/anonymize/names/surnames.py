"""Korean surnames: their Hangul forms and romanized spellings, and the split of a full name."""

import re

from testimony.anonymize.names.given import fold

# (Hangul forms, North Korean ㄹ-initial form included; romanizations, most frequent first.)
_SURNAME_ROWS: tuple[tuple[str, str], ...] = (
    ("김", "kim gim ghim"),
    ("이 리", "lee yi i ri rhee rhie lie li rhi yee"),
    ("박", "park pak bak bahk"),
    ("최", "choi choe chwe choy"),
    ("정", "jung jeong chung chong jong cheong joung"),
    ("강", "kang gang"),
    ("조", "cho jo joe choh"),
    ("윤", "yoon yun youn"),
    ("장", "jang chang"),
    ("임 림", "lim im rim yim leem lym"),
    ("한", "han"),
    ("오", "oh o"),
    ("서", "seo suh so sur"),
    ("신", "shin sin shinn"),
    ("권", "kwon gwon kweon"),
    ("황", "hwang"),
    ("안", "ahn an"),
    ("송", "song"),
    ("전", "jeon jun chon jon chun cheon"),
    ("홍", "hong"),
    ("유 류", "ryu yu yoo ryoo rhyu lyu"),
    ("고", "ko go koh"),
    ("문", "moon mun"),
    ("양 량", "yang ryang lyang"),
    ("손", "son sohn"),
    ("배", "bae pae bai"),
    ("백", "baek paek paik baik"),
    ("허", "heo hur huh ho"),
    ("남", "nam"),
    ("심", "shim sim"),
    ("노 로", "roh noh ro no rho nho"),
    ("하", "ha"),
    ("곽", "kwak gwak kwag"),
    ("성", "sung seong song"),
    ("차", "cha"),
    ("주", "joo ju chu choo"),
    ("우", "woo u wu"),
    ("구", "koo ku gu goo"),
    ("민", "min"),
    ("진", "jin chin"),
    ("지", "ji chi jee"),
    ("엄", "um eom om uhm"),
    ("채", "chae chai"),
    ("원", "won weon"),
    ("천", "cheon chon chun"),
    ("방", "bang pang phang"),
    ("공", "kong gong"),
    ("현", "hyun hyon hyeon"),
    ("함", "ham hahm"),
    ("변", "byun pyon byeon pyun"),
    ("염 렴", "yeom yom ryom yum"),
    ("여 려", "yeo yo ryo yuh"),
    ("추", "chu choo"),
    ("도", "do to doh tho"),
    ("석", "seok sok suk"),
    ("선", "sun son seon"),
    ("설", "seol sol sul"),
    ("마", "ma"),
    ("길", "gil kil"),
    ("연 련", "yeon yon ryon youn"),
    ("위", "wi wee"),
    ("표", "pyo phyo"),
    ("명", "myung myong myeong"),
    ("기", "ki gi kee"),
    ("반", "ban pan"),
    ("나 라", "ra na rha nah la"),
    ("왕", "wang"),
    ("금", "keum kum geum"),
    ("옥", "ok"),
    ("육 륙", "yuk ryuk yook"),
    ("인", "in"),
    ("맹", "maeng"),
    ("제", "je che"),
    ("모", "mo"),
    ("탁", "tak"),
    ("국", "kook kuk guk"),
    ("어", "eo o uh"),
    ("은", "eun un"),
    ("편", "pyeon pyon pyun"),
    ("용 룡", "yong ryong"),
    ("봉", "bong pong"),
    ("소", "so"),
    ("태", "tae thae"),
    ("계", "kye gye"),
    ("경", "kyung kyong gyeong"),
    ("남궁", "namgung namkung"),
    ("황보", "hwangbo hwangpo"),
    ("제갈", "jegal chegal"),
    ("선우", "sunwoo seonu sonu"),
    ("독고", "dokgo tokko"),
    ("사공", "sagong sakong"),
)

# Every Hangul form -> all romanizations of its row (리 and 이 share one row).
SURNAMES: dict[str, tuple[str, ...]] = {
    hangul: tuple(romans.split()) for forms, romans in _SURNAME_ROWS for hangul in forms.split()
}
# Every Hangul form -> all Hangul forms of its row.
SURNAME_HANGUL_FORMS: dict[str, tuple[str, ...]] = {
    hangul: tuple(forms.split()) for forms, _romans in _SURNAME_ROWS for hangul in forms.split()
}
_ROMAN_TO_ROWS: dict[str, list[int]] = {}
for _row, (_forms, _romans) in enumerate(_SURNAME_ROWS):
    for _roman in _romans.split():
        _ROMAN_TO_ROWS.setdefault(_roman, []).append(_row)

ROMANIZED_SURNAMES: frozenset[str] = frozenset(_ROMAN_TO_ROWS)

# Surname spellings that are also common English words: these count as a surname beside a
# given name only when capitalised ("Myong-chol in the camp" must not become a full name).
SURNAMES_NEEDING_CAPITAL: frozenset[str] = frozenset(
    [
        "i",
        "o",
        "u",
        "in",
        "an",
        "so",
        "no",
        "do",
        "to",
        "go",
        "ha",
        "ma",
        "mo",
        "son",
        "sun",
        "song",
        "won",
        "ban",
        "pan",
        "bang",
        "gang",
        "ok",
        "un",
        "chin",
        "ham",
        "wee",
        "moon",
        "yo",
        "ra",
        "na",
        "la",
        "ko",
        "ho",
        "chu",
        "gil",
        "kil",
        "min",
        "han",
        "cha",
        "nam",
        "lie",
    ]
)


def surname_spellings(surname: str) -> set[str]:
    """Every romanization of a surname given in Hangul or in any romanization (lowercase).

    A romanization shared by two surnames (Son: 손 and 선) brings both rows: recall first."""
    surname = fold(surname).strip().lower()
    if surname in SURNAMES:
        return set(SURNAMES[surname])
    spellings = {surname} if surname else set()
    for row in _ROMAN_TO_ROWS.get(surname, []):
        spellings.update(_SURNAME_ROWS[row][1].split())
    return spellings


def surname_hangul_forms(surname: str) -> set[str]:
    return set(SURNAME_HANGUL_FORMS.get(surname, (surname,)))


def split_hangul_name(hangul: str) -> tuple[str, str]:
    """(surname, given) of a Hangul full name; two-syllable surnames are recognised."""
    hangul = re.sub(r"\s+", "", hangul)
    if len(hangul) >= 3 and hangul[:2] in SURNAMES:
        return hangul[:2], hangul[2:]
    return hangul[:1], hangul[1:]


def hangul_surnames_of_romanized(surname: str) -> set[str]:
    """The Hangul forms a romanized surname may stand for: Pak -> 박, Son -> 손 and 선."""
    forms: set[str] = set()
    for row in _ROMAN_TO_ROWS.get(fold(surname).strip().lower(), []):
        forms.update(_SURNAME_ROWS[row][0].split())
    return forms
