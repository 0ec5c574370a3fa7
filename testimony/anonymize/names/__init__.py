"""Korean name knowledge: Hangul romanization, surname spellings and given-name variants.

Everything here is a pure function of its arguments. The matcher in `redact.py` works on the
factored `NameForms` (surname spellings and given-name spellings kept apart, so that a registry
of 10,000 persons stays small); `name_variants` spells the same knowledge out as the flat set of
surface forms, for reviewers and tests.
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from testimony.anonymize.spans import RegisteredPerson

# --- Hangul ------------------------------------------------------------------------------------

_SYLLABLE_BASE = 0xAC00
_SYLLABLE_LAST = 0xD7A3

# Jamo order is the Unicode order: 19 initials, 21 vowels, 28 finals (the first is "none").
_RR_INITIALS = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "-",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_MR_INITIALS = [
    "k",
    "kk",
    "n",
    "t",
    "tt",
    "r",
    "m",
    "p",
    "pp",
    "s",
    "ss",
    "-",
    "ch",
    "tch",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
# North Korean practice writes the aspirates ㅋ ㅌ ㅍ as kh, th, ph ("Jang Song Thaek").
_NK_INITIALS = [
    "k",
    "kk",
    "n",
    "t",
    "tt",
    "r",
    "m",
    "p",
    "pp",
    "s",
    "ss",
    "-",
    "j",
    "jj",
    "ch",
    "kh",
    "th",
    "ph",
    "h",
]
_RR_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
# McCune-Reischauer without diacritics: ŏ -> o, ŭ -> u.
_MR_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "o",
    "e",
    "yo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "u",
    "ui",
    "i",
]
# How names are often spelled in passports and the press rather than by any system.
_COMMON_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "u",
    "e",
    "you",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "oo",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ee",
    "ee",
]
_FINALS = [
    "-",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]

_INITIAL_NONE = 11  # ㅇ
_INITIAL_RIEUL = 5  # ㄹ
_INITIAL_NIEUN = 2  # ㄴ
_INITIAL_S = 9  # ㅅ
# Vowels that drop an initial ㄹ to nothing in South Korean usage (ㅣ ㅑ ㅕ ㅛ ㅠ ㅖ ㅒ).
_Y_VOWELS = {20, 2, 6, 12, 17, 7, 3}
# Plain stops that McCune-Reischauer voices between voiced sounds: ㄱ ㄷ ㅂ ㅈ.
_VOICED = {0: "g", 3: "d", 7: "b", 12: "j"}


def is_hangul_syllable(char: str) -> bool:
    return _SYLLABLE_BASE <= ord(char) <= _SYLLABLE_LAST


def contains_hangul(text: str) -> bool:
    return any(is_hangul_syllable(char) for char in text)


def decompose(syllable: str) -> tuple[int, int, int]:
    """A Hangul syllable as (initial, vowel, final) jamo indices."""
    code = ord(syllable) - _SYLLABLE_BASE
    return code // 588, (code % 588) // 28, code % 28


def compose(initial: int, vowel: int, final: int) -> str:
    return chr(_SYLLABLE_BASE + (initial * 21 + vowel) * 28 + final)


def _jamo_text(table: list[str], index: int) -> str:
    text = table[index]
    return "" if text == "-" else text


def romanize_syllable(syllable: str, system: str = "rr") -> str:
    """One syllable on its own: 철 -> "cheol" (rr), "chol" (mr), "chol" (nk), "chul" (common)."""
    initial, vowel, final = decompose(syllable)
    initials = {"rr": _RR_INITIALS, "mr": _MR_INITIALS, "nk": _NK_INITIALS}.get(
        system, _RR_INITIALS
    )
    vowels = {"mr": _MR_VOWELS, "nk": _MR_VOWELS, "common": _COMMON_VOWELS}.get(system, _RR_VOWELS)
    head = _jamo_text(initials, initial)
    nucleus = _jamo_text(vowels, vowel)
    if (
        system in ("mr", "nk", "common")
        and initial == _INITIAL_S
        and nucleus.startswith(("i", "wi"))
    ):
        head = "sh"  # 시 -> shi, 신 -> Shin
    if system == "common" and initial == _INITIAL_NONE and nucleus == "oo":
        nucleus = "woo"  # 우 -> Woo
    if system == "common" and final == 0 and nucleus == "ee" and vowel == 20 and initial == 11:
        nucleus = "i"
    return head + nucleus + _jamo_text(_FINALS, final)


def romanize(hangul: str, system: str = "rr", voicing: bool = False) -> list[str]:
    """A Hangul name as romanized syllables; `voicing` applies McCune-Reischauer's rule that
    ㄱ ㄷ ㅂ ㅈ are voiced after a vowel or a voiced final (영구 -> Yong-gu)."""
    syllables = []
    previous_final: int | None = None
    for char in hangul:
        if not is_hangul_syllable(char):
            continue
        text = romanize_syllable(char, system)
        initial, _vowel, final = decompose(char)
        voiced_before = previous_final is not None and previous_final in (0, 4, 8, 16, 21)
        if voicing and voiced_before and initial in _VOICED:
            text = _VOICED[initial] + text[len(_jamo_text(_MR_INITIALS, initial)) :]
        syllables.append(text)
        previous_final = final
    return syllables


def _sound_changed(hangul: str) -> list[list[str]]:
    """The usual sound changes at a syllable boundary, as spelled by people who write names as
    they hear them: liaison (석우 -> Seo-gu), nasalization (석민 -> Seong-min) and ㄹ
    assimilation (신라 -> Sil-la). Only the first boundary of the given name is changed; the
    matcher tolerates the rest through its spelling alternations."""
    chars = [char for char in hangul if is_hangul_syllable(char)]
    if len(chars) < 2:
        return []
    first, second = decompose(chars[0]), decompose(chars[1])
    changed: list[tuple[tuple[int, int, int], tuple[int, int, int]]] = []
    liaison = {1: 0, 4: 2, 7: 3, 8: 5, 16: 6, 17: 7, 19: 9, 22: 12, 23: 14}
    if second[0] == _INITIAL_NONE and first[2] in liaison:
        changed.append(((first[0], first[1], 0), (liaison[first[2]], second[1], second[2])))
    nasal = {1: 21, 7: 4, 17: 16, 19: 4, 22: 4, 23: 4}  # ㄱ->ㅇ, ㄷ->ㄴ, ㅂ->ㅁ ...
    if second[0] in (_INITIAL_NIEUN, 6) and first[2] in nasal:
        changed.append(((first[0], first[1], nasal[first[2]]), second))
    if first[2] == 4 and second[0] == _INITIAL_RIEUL:  # ㄴ+ㄹ -> ㄹ+ㄹ
        changed.append(((first[0], first[1], 8), second))
    if first[2] == 8 and second[0] == _INITIAL_NIEUN:  # ㄹ+ㄴ -> ㄹ+ㄹ
        changed.append((first, (_INITIAL_RIEUL, second[1], second[2])))
    if first[2] in (16, 21) and second[0] == _INITIAL_RIEUL:  # ㅁ/ㅇ+ㄹ -> ㄴ
        changed.append((first, (_INITIAL_NIEUN, second[1], second[2])))
    forms = []
    for a, b in changed:
        respelled = compose(*a) + compose(*b) + "".join(chars[2:])
        forms.append(romanize(respelled, "rr"))
        forms.append(romanize(respelled, "mr"))
    return forms


def hangul_given_forms(given: str) -> list[list[str]]:
    """Romanized syllable lists for a Hangul given name, most standard first.

    명철 -> [myeong, cheol], [myong, chol], [myoung, chul] ... which the matcher also writes
    joined, hyphenated and spaced (Myeongcheol, Myong-chol, Myong Chol).
    """
    forms = [
        romanize(given, "rr"),
        romanize(given, "mr"),
        romanize(given, "mr", voicing=True),
        romanize(given, "nk", voicing=True),
        romanize(given, "common"),
        *_sound_changed(given),
    ]
    unique: list[list[str]] = []
    for form in forms:
        if form and form not in unique:
            unique.append(form)
    return unique


def hangul_initial_variants(given: str) -> set[str]:
    """The given name with its first syllable in North and South usage: 룡남 <-> 용남.

    South Korean spelling drops or changes an initial ㄹ that North Korean spelling keeps."""
    if not given or not is_hangul_syllable(given[0]):
        return {given}
    initial, vowel, final = decompose(given[0])
    variants = {given}
    rest = given[1:]
    if initial == _INITIAL_RIEUL:
        south = _INITIAL_NONE if vowel in _Y_VOWELS else _INITIAL_NIEUN
        variants.add(compose(south, vowel, final) + rest)
    elif (initial == _INITIAL_NONE and vowel in _Y_VOWELS) or (
        initial == _INITIAL_NIEUN and vowel not in _Y_VOWELS
    ):
        variants.add(compose(_INITIAL_RIEUL, vowel, final) + rest)
    return variants


# --- Surnames ----------------------------------------------------------------------------------

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
    ("곽", "kwak gwak"),
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
    ("방", "bang pang"),
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
    ("표", "pyo"),
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


# --- Titles ------------------------------------------------------------------------------------

# A surname alone is a mention only after one of these. Marshal, General, Chairman, President,
# Premier and Supreme Leader are left out on purpose: in testimonies they name the leadership.
TITLES_BEFORE: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "madam",
        "madame",
        "comrade",
        "dr",
        "doctor",
        "director",
        "manager",
        "supervisor",
        "captain",
        "boss",
        "chief",
        "foreman",
        "officer",
        "minder",
        "secretary",
        "instructor",
        "teacher",
        "engineer",
        "commander",
        "lieutenant",
        "sergeant",
        "inspector",
        "agent",
        "leader",
        "uncle",
        "aunt",
        "auntie",
        "granny",
        "grandpa",
    ]
)
# Words that make "leader" a reference to the leadership ("Supreme Leader Kim").
LEADERSHIP_WORDS: frozenset[str] = frozenset(
    ["supreme", "great", "dear", "respected", "eternal", "beloved"]
)
# Korean titles written in Latin letters after the surname ("Rim-dongmu", "Kim ssi").
ROMANIZED_TITLES_AFTER: frozenset[str] = frozenset(
    [
        "dongmu",
        "tongmu",
        "dongji",
        "tongji",
        "ssi",
        "nim",
        "seonsaeng",
        "sonsaeng",
        "seonsaengnim",
        "sonsaengnim",
        "banjang",
        "panjang",
        "jakeopbanjang",
        "sojang",
        "jibaein",
        "chibaein",
        "gwajang",
        "kwajang",
        "bujang",
        "pujang",
        "sajang",
        "jidowon",
        "chidowon",
    ]
)
# Korean titles after a Hangul surname or name (김씨, 림 동무, 박반장).
HANGUL_TITLES: tuple[str, ...] = tuple(
    sorted(
        [
            "씨",
            "님",
            "동무",
            "동지",
            "선생",
            "선생님",
            "반장",
            "작업반장",
            "소장",
            "지배인",
            "과장",
            "부장",
            "사장",
            "대표",
            "선장",
            "기관장",
            "공장장",
            "팀장",
            "조장",
            "감독",
            "주임",
            "실장",
            "위원장",
            "중대장",
            "소대장",
            "대장",
            "지도원",
            "보위원",
            "안전원",
            "책임자",
            "관리자",
            "기사장",
            "당비서",
            "비서",
            "여사",
            "영감",
            "아바이",
            "선배",
            "아저씨",
            "아주머니",
            "형",
            "누나",
            "언니",
            "오빠",
        ],
        key=len,
        reverse=True,
    )
)


# Words that read as a surname and a title but are ordinary nouns: 손님 (a guest), 공사장 (a
# building site), 여사장 (a woman owner).
SURNAME_AND_TITLE_WORDS: tuple[str, ...] = ("손님", "공사장", "여사장")


# --- Mentions by part of a name ----------------------------------------------------------------


def _words(text: str) -> list[str]:
    # The word lists below read as prose; ruff (SIM905) would rewrite a literal "...".split()
    # into one item per line.
    return text.split()


# Words for a post that follow a surname written apart as a title does (강 관리원, 모 단장, 연
# 부지배인): with a registered person's surname they name that person; with any one-syllable
# surname they are listed for the reviewer (informal.py).
HANGUL_POSTS: tuple[str, ...] = tuple(
    sorted(
        _words(
            """
    관리원 관리인 통역원 감독관 안내원 보안원 담당자 담당 간부 참사관 참사 영사 서기 경리 운전수
    운전사 요리사 의사 간호사 기사 아줌마 단장 부단장 지배인 부지배인 부반장 부소장 부사장 부장
    기자 교관 작업반장 현장장 숙소장
    """
        ),
        key=len,
        reverse=True,
    )
)


# Romanized surname and given-name spellings that are also English words. Alone, such a word is a
# person only where the grammar says so ("Song said", "Moon's team", "beat So"): never "a song",
# "the moon", "Park the truck".
ENGLISH_WORD_SPELLINGS: frozenset[str] = frozenset(
    _words(
        """
    a ah am an at be bee been bin bo boo boom boon bop bum bun bung chi chin chip do doh don dong
    dung eel gang gee go gong goo gook gum gun ha ham hee hi ho hoe hoo hum hun hung i im in jam
    jeep jo kin la lam lee lie lo loo ma man mi mo moo moon na nah nan no noon oh ok om on oo op
    pan pang pee pi pin po pong poo pop pun pup ram ran rim see seek seem seen sheen shim shin sim
    sin so son song soon sop sum sun sung sup tan to ton tong too took tun u uh um un up wan wee
    won woo wool ya ye yo you young yu yum yup ban bang kook pong sol yuk park o
    """
    )
)
# The English words among them that open a sentence as grammar words ("So we left", "No one
# came", "Do you"): there even "So was ..." is not a person.
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    _words(
        """
    a ah am an at be do go ha hi ho i in la lo no o oh ok on so to too u uh um up ya ye yo you
    yup nah doh soon
    """
    )
)
# A surname spelling never taken alone: "I" is the pronoun.
NEVER_ALONE: frozenset[str] = frozenset(["i"])
# What a person does right after being named: the subject of one of these is a person.
PERSON_VERBS: frozenset[str] = frozenset(
    _words(
        """
    said says told tells asked asks answered replied shouted yelled screamed whispered cried
    laughed smiled nodded explained ordered warned threatened promised insisted admitted added
    wrote called beat beats hit kicked slapped punched struck hurt took gave came went left ran
    fled escaped defected died worked lived stayed slept ate helped tried wanted refused agreed
    returned disappeared vanished arrived knew saw heard watched met kept lost paid sent stole
    brought got was is had has did would could will can must who himself herself never always
    also reported reports lay sat stood waited
    sang sings cooked cleaned drove carried fell fainted collapsed wept begged prayed hid swam
    climbed crossed signed counted sewed
    """
    )
)
# Verbs a person does, as a lexicon of forms (`verb_forms`): the third person ("knows",
# "describes") and the past ("opened", "held") of common verbs of testimony. After a surname
# that is an English word, a form of one of them reads as its verb only once that person was
# named in full (`redact.latin.LatinScan.weak_person_context`); PERSON_VERBS stays the short
# list that is enough alone (and the recogniser's feature).
_REGULAR_VERBS = _words(
    """
    accept accuse add admit agree allow answer appear arrange arrest arrive ask attack beg
    believe belong blame bow call carry change check chase claim clean climb close collapse
    collect complain confirm confiscate consent control cook count cover cross cry decide
    defect deny describe destroy die disappear drag drop earn enter escape explain faint fear
    fill finish follow force forget grab greet guard hand handle happen hate help hide hope
    hurry ignore injure insist interrogate introduce invite join jump kick kill kiss knock
    laugh learn like list live lock look love manage marry mention miss move need nod note
    notice obey object offer open order organise organize own pass phone pick plan play pray
    prefer prepare promise protect protest pull punch push question recall receive recognise
    recognize record refuse remain remember repair repeat reply report request rescue return
    save scream search seem sell share shout sign slap smile smoke sneak start stay steal stop
    suffer supervise support suspect talk tend testify thank threaten touch translate travel
    treat try trust turn use vanish visit wait walk want warn wash watch weep whisper wish work
    worry yell
    """
)
_IRREGULAR_VERB_FORMS = _words(
    """
    held made knew thought led ran kept took gave brought sent paid told beat hit hurt fled
    left came went got saw heard met lost stole hid drove fell sat stood lay slept ate sang
    swam wept wrote spoke read sold bought caught taught found felt forbade let put set began
    became drank threw broke chose forgot shook woke understood overheard oversaw fought shot
    bit rode hung dug spent said says does has goes knows holds makes keeps takes gives
    brings sends pays tells beats hits leads runs sees hears meets loses steals hides drives
    falls sits stands lies sleeps eats sings swims weeps writes speaks reads sells buys catches
    teaches finds feels lets puts sets begins becomes drinks throws breaks chooses forgets
    shakes wakes understands fights shoots bites rides digs spends
    """
)


def _inflected(verb: str) -> list[str]:
    """The third person and the past of a regular verb: describe -> describes, described;
    try -> tries, tried; stop -> stops, stopped; wash -> washes, washed."""
    if verb.endswith("e"):
        return [verb + "s", verb + "d"]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return [verb[:-1] + "ies", verb[:-1] + "ied"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb + "es", verb + "ed"]
    forms = [verb + "s", verb + "ed"]
    vowels = [char for char in verb if char in "aeiou"]
    if len(vowels) == 1 and verb[-1] in "bdgmnpt" and verb[-2] in "aeiou":
        forms.append(verb + verb[-1] + "ed")  # stop -> stopped, nod -> nodded
    return forms


VERB_FORMS: frozenset[str] = PERSON_VERBS | frozenset(
    [*_IRREGULAR_VERB_FORMS, *(form for verb in _REGULAR_VERBS for form in _inflected(verb))]
)
# Nouns after a surname that make it a family's name, of persons: "the Yu siblings".
FAMILY_NOUNS: frozenset[str] = frozenset(
    _words("family families brothers sisters siblings couple household children sons daughters")
)
# Capitalised words before a surname that are not another part of a name ("On Sundays Moon
# held", "In March Pak said", "the Korean Yu"): calendar words and nationalities.
NOT_A_NAME_BEFORE: frozenset[str] = frozenset(
    _words(
        """
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays january february march april june july august
    september october november december korean chinese russian mongolian vietnamese japanese
    polish kuwaiti qatari nepali north south
    """
    )
)
# Verbs and prepositions whose object, written right after them, is a person.
OBJECT_CUES: frozenset[str] = frozenset(
    _words(
        """
    beat hit kicked slapped punched struck hurt told asked ordered warned threatened met saw
    helped followed interrogated questioned reported informed thanked pushed dragged grabbed
    caught arrested blamed accused paid trusted married visited called by
    """
    )
)
# Words just before a name that introduce it ("a man named Song", "surnamed Kim").
NAME_CUES: frozenset[str] = frozenset(["named", "called", "surnamed", "nicknamed", "name"])
# Titles of the leadership: "Marshal Kim", "General Kim", "Chairman Kim" are not a witness Kim.
LEADERSHIP_TITLES: frozenset[str] = frozenset(
    ["marshal", "general", "generalissimo", "chairman", "president", "premier"]
)
# After a surname these make it the name of a regime, not of a person ("the Kim regime").
NOT_A_PERSON_AFTER: frozenset[str] = frozenset(
    ["regime", "dynasty", "cult", "government", "administration", "era", "clan"]
)
# Surname and given-name syllables that are also ordinary Korean words or word stems before a
# particle: 이 (this), 나 (I), 제가 (I), 하는 (doing), 한 (one), 전에 (before), 안에 (inside),
# 오는 (coming), 길을 (road), 강을 (river), 손을 (hand), 일을 (work), 수가 (number), 라는 (the
# quotative after a foreign name: Saeed라는) ... Alone
# with a particle they are taken as names only in the affectionate form (일이가) or after a title.
HANGUL_WORD_SYLLABLES: frozenset[str] = frozenset(
    _words(
        """
    이 나 제 하 한 전 안 오 주 지 여 기 도 서 조 모 차 배 반 명 길 강 방 문 공 성 국 용 소 위 편
    선 천 금 표 구 은 인 마 설 연 원 심 신 양 장 정 고 육 석 변 함 추 계 봉 옥 왕 채 권 남 노
    우 어 시 사 상 수 일 동 산 영 광 식 복 범 학 향 춘 진 경 손 미 호 자 재 대 내 해 화 비 부 세 라
    """
    )
)
# The particles that make a lone Hangul surname or one-syllable given name a name (박은, 혁이가).
HANGUL_NAME_PARTICLES: frozenset[str] = frozenset(
    _words("은 는 이 가 을 를 의 에게 에게서 한테 한테서 도 와 과 께서 랑 이랑 하고 만 처럼 아 야")
)
# A nickname made of an adjective and a surname: 큰 박, 작은 김.
HANGUL_NICKNAME_ADJECTIVES: frozenset[str] = frozenset(_words("큰 작은 늙은 젊은 키큰 꼬마"))
# Before a title written apart these are more often words than surnames: 이 (this), 한 (one),
# 전 (former), 현 (current), 모 (a certain), 고 (the late). Before 씨, which follows only a
# surname, they are surnames; so is 한 before 동무 or 동지 ("one comrade" is 동무 한 명).
SPACED_TITLE_AMBIGUOUS: frozenset[str] = frozenset(["이", "한", "전", "현", "모", "고"])
SPACED_TITLE_EXCEPTIONS: dict[str, frozenset[str]] = {
    "씨": SPACED_TITLE_AMBIGUOUS,
    "동무": frozenset(["한"]),
    "동지": frozenset(["한"]),
}
# Dotted letters that are abbreviations, never initials of a person (U.N., U.S., D.P.R.K.).
NOT_INITIALS: frozenset[str] = frozenset(
    _words(
        "us un uk eu dc pm am nk sk ie eg ok tv no st mr ms dr jr sr co ad bc vs rok usa prc ngo "
        "ilo ussr"
    )
)


def hangul_surnames_of_romanized(surname: str) -> set[str]:
    """The Hangul forms a romanized surname may stand for: Pak -> 박, Son -> 손 and 선."""
    forms: set[str] = set()
    for row in _ROMAN_TO_ROWS.get(fold(surname).strip().lower(), []):
        forms.update(_SURNAME_ROWS[row][0].split())
    return forms


# --- Romanized given names ---------------------------------------------------------------------

_R_INITIALS = [
    "tch",
    "kk",
    "tt",
    "pp",
    "ss",
    "jj",
    "ch",
    "sh",
    "th",
    "ph",
    "kh",
    "k",
    "g",
    "n",
    "d",
    "t",
    "r",
    "l",
    "m",
    "b",
    "p",
    "s",
    "j",
    "h",
]
_R_VOWELS = sorted(
    [
        "yeo",
        "yae",
        "wae",
        "weo",
        "woo",
        "you",
        "yoo",
        "eo",
        "eu",
        "ae",
        "ya",
        "yo",
        "yu",
        "ye",
        "wa",
        "wo",
        "we",
        "wi",
        "oe",
        "ui",
        "oo",
        "ee",
        "ai",
        "oi",
        "a",
        "e",
        "i",
        "o",
        "u",
    ],
    key=len,
    reverse=True,
)
_R_FINALS = ["ng", "k", "n", "t", "l", "m", "p"]
_SYLLABLE_RE = re.compile(
    "({})?({})({})?".format("|".join(_R_INITIALS), "|".join(_R_VOWELS), "|".join(_R_FINALS))
)

_INITIAL_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "k": ("g", "kh"),
    "g": ("k",),
    "kh": ("k",),
    "kk": ("k", "g"),
    "t": ("d", "th"),
    "d": ("t",),
    "th": ("t", "d"),
    "tt": ("t", "d"),
    "p": ("b", "ph"),
    "b": ("p",),
    "ph": ("p", "b"),
    "pp": ("p", "b"),
    "ch": ("j",),
    "j": ("ch",),
    "jj": ("j", "ch"),
    "tch": ("j", "ch"),
    "sh": ("s",),
    "l": ("r", "n"),
    "n": ("r",),
}
_VOWEL_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "eo": ("o", "u"),
    "o": ("eo", "u"),
    "u": ("oo", "o", "eo", "eu"),
    "oo": ("u",),
    "eu": ("u",),
    "yeo": ("yo", "yu", "you"),
    "yo": ("yeo", "yu", "you"),
    "yu": ("yoo", "yo", "yeo"),
    "yoo": ("yu",),
    "you": ("yeo", "yo", "yu"),
    "i": ("ee",),
    "ee": ("i",),
    "ae": ("ai",),
    "ai": ("ae",),
    "oe": ("oi",),
    "oi": ("oe",),
    "wo": ("weo",),
    "weo": ("wo",),
    "wi": ("wee",),
    "ui": ("ee", "eui", "i"),
    "woo": ("u", "wu"),
}

MAX_GIVEN_VARIANTS = 64


def fold(text: str) -> str:
    """Diacritics removed (Chŏng -> Chong), apostrophes of McCune-Reischauer dropped."""
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    # NFD splits Hangul syllables into jamo; NFC puts them back together.
    return unicodedata.normalize("NFC", plain).replace("'", "").replace("’", "").replace("ʼ", "")


def syllabify(word: str) -> list[list[str]]:
    """The ways a romanized word splits into Korean syllables, fewest syllables first.

    "myeongchul" -> [["myeong", "chul"]]; "sunok" -> [["sun", "ok"], ["su", "nok"]]."""
    word = word.lower()
    results: list[list[str]] = []

    def walk(position: int, taken: list[str]) -> None:
        if len(results) >= 4 or len(taken) > 4:
            return
        if position == len(word):
            results.append(list(taken))
            return
        for end in range(min(len(word), position + 7), position, -1):
            if _SYLLABLE_RE.fullmatch(word, position, end):
                taken.append(word[position:end])
                walk(end, taken)
                taken.pop()

    walk(0, [])
    # Only the readings with the fewest syllables: "myeongchul" is myeong-chul, never mye-ong-chul.
    fewest = min((len(result) for result in results), default=0)
    return [result for result in results if len(result) == fewest]


def _syllable_parts(syllable: str) -> tuple[str, str, str] | None:
    match = _SYLLABLE_RE.fullmatch(syllable)
    if not match:
        return None
    return match.group(1) or "", match.group(2), match.group(3) or ""


def syllable_alternatives(syllable: str) -> dict[str, int]:
    """Spellings of one romanized syllable with their cost (changes made): "chol" -> chol 0,
    cheol 1, chul 1, jol 1, jeol 2 ...; South/North vowel swaps and k/g, t/d, p/b, ch/j."""
    parts = _syllable_parts(syllable)
    if parts is None:
        return {syllable: 0}
    initial, vowel, final = parts
    initials = {initial: 0}
    for other in _INITIAL_ALTERNATIVES.get(initial, ()):
        initials.setdefault(other, 1)
    if initial == "r":
        initials.setdefault("" if vowel.startswith(("y", "i")) else "n", 1)
        initials.setdefault("l", 1)
    if initial == "" and vowel.startswith("y"):
        initials.setdefault("r", 1)  # 용 Yong <-> 룡 Ryong
    if initial == "s" and vowel.startswith(("i", "wi")):
        initials.setdefault("sh", 1)
    vowels = {vowel: 0}
    for other in _VOWEL_ALTERNATIVES.get(vowel, ()):
        vowels.setdefault(other, 1)
    spellings: dict[str, int] = {}
    for (head, head_cost), (nucleus, nucleus_cost) in itertools.product(
        initials.items(), vowels.items()
    ):
        if head == "" and nucleus == "u":
            spellings.setdefault("woo" + final, head_cost + nucleus_cost + 1)
        text = head + nucleus + final
        cost = head_cost + nucleus_cost
        if spellings.get(text, 99) > cost:
            spellings[text] = cost
    return spellings


@dataclass(frozen=True)
class GivenVariant:
    """A given-name spelling, joined ("myongchol"), with the offsets where syllables meet, so
    that "Myong Chol" and "Myong-chol" match it but "Myon Gchol" does not."""

    joined: str
    boundaries: frozenset[int]
    syllables: int


def _romanized_given_bases(given: str) -> list[list[str]]:
    parts = [part for part in re.split(r"[\s\-‐‑–]+", fold(given).lower()) if part]
    if not parts:
        return []
    per_part = [syllabify(part) or [[part]] for part in parts]
    bases = []
    for combination in itertools.product(*per_part):
        bases.append([syllable for part in combination for syllable in part])
    return bases[:4]


def given_variants(
    given: str = "", hangul_given: str = "", limit: int = MAX_GIVEN_VARIANTS
) -> list[GivenVariant]:
    """Spellings of a given name, the registered ones first, capped at `limit`.

    The romanized form as registered and the romanizations of the Hangul (if known) cost
    nothing; each South/North vowel swap or consonant alternation costs one, and the cheapest
    spellings are kept. Hyphen, space or nothing between syllables is left to the matcher."""
    bases = _romanized_given_bases(given) if given else []
    if hangul_given:
        for form in hangul_given_forms(hangul_given):
            if form not in bases:
                bases.append(form)
    by_length: dict[int, list[list[str]]] = {}
    for base in bases:
        by_length.setdefault(len(base), []).append(base)
    costs: dict[tuple[str, ...], int] = {}
    for base in bases:  # every base spelling itself, at cost 0, comes first
        costs[tuple(base)] = 0
    for count, group in by_length.items():
        positions: list[dict[str, int]] = [{} for _ in range(count)]
        for base in group:
            for index, syllable in enumerate(base):
                for spelling, cost in syllable_alternatives(syllable).items():
                    if positions[index].get(spelling, 99) > cost:
                        positions[index][spelling] = cost
        per_position = max(2, round(limit ** (1 / count)) + 1)
        trimmed = [
            sorted(position.items(), key=lambda item: (item[1], item[0]))[:per_position]
            for position in positions
        ]
        for combination in itertools.product(*trimmed):
            spelled = tuple(spelling for spelling, _cost in combination)
            cost = sum(cost for _spelling, cost in combination)
            if costs.get(spelled, 99) > cost:
                costs[spelled] = cost
    ranked = sorted(costs.items(), key=lambda item: (item[1], "".join(item[0])))
    variants: dict[str, GivenVariant] = {}
    for spelled, _cost in ranked:
        joined = "".join(spelled)
        offsets = frozenset(itertools.accumulate(len(part) for part in spelled[:-1]))
        if joined in variants:
            known = variants[joined]
            variants[joined] = GivenVariant(joined, known.boundaries | offsets, known.syllables)
            continue
        if len(variants) >= limit:
            continue
        variants[joined] = GivenVariant(joined, offsets, len(spelled))
    return list(variants.values())


# --- A person's forms --------------------------------------------------------------------------


@dataclass(frozen=True)
class NameForms:
    """What to look for, factored: surname spellings x given-name spellings."""

    surnames: frozenset[str]  # lowercase romanized
    given: tuple[GivenVariant, ...]
    hangul_full: frozenset[str] = frozenset()
    hangul_given: frozenset[str] = frozenset()
    hangul_surnames: frozenset[str] = frozenset()
    aliases: tuple[GivenVariant, ...] = ()
    hangul_aliases: frozenset[str] = frozenset()
    given_syllables: int = 0
    initials: frozenset[str] = frozenset()  # "kcm" and "cmk" for Kim Chol-min


def split_romanized_name(name: str) -> tuple[str, str]:
    """(surname, given) of a romanized name in either order: "Rim Myong-chol", "Myong-chol Rim".

    The surname is the first word if it is a known surname, else the last word if that is one,
    else the first word."""
    words = fold(name).split()
    if not words:
        return "", ""
    if len(words) == 1:
        return "", words[0]
    if words[0].lower() in ROMANIZED_SURNAMES or words[0].lower().replace("-", "") in (
        ROMANIZED_SURNAMES
    ):
        return words[0], " ".join(words[1:])
    if words[-1].lower() in ROMANIZED_SURNAMES:
        return words[-1], " ".join(words[:-1])
    return words[0], " ".join(words[1:])


def _literal_variant(text: str) -> list[GivenVariant]:
    """The words exactly as written (case, accents, hyphens and spaces folded)."""
    words = [word for word in re.split(r"[\s\-‐‑–]+", fold(text).lower().strip()) if word]
    if not words:
        return []
    offsets = frozenset(itertools.accumulate(len(word) for word in words[:-1]))
    return [GivenVariant("".join(words), offsets, len(words))]


def _alias_variants(alias: str) -> list[GivenVariant]:
    """An alias looks like a Korean name ("Chol-i", "Big Kim")? Its spellings; else itself."""
    folded = fold(alias).lower().strip()
    words = [word for word in re.split(r"[\s\-‐‑–]+", folded) if word]
    if not words:
        return []
    if all(syllabify(word) for word in words) and len(words) <= 3:
        return given_variants(folded, limit=16)
    return _literal_variant(alias)


@cache
def _cached_forms(name: str, hangul: str, aliases: tuple[str, ...]) -> NameForms:
    surname, given = split_romanized_name(name)
    hangul = re.sub(r"\s+", "", fold(hangul)) if hangul else ""
    hangul_surname, hangul_given = split_hangul_name(hangul) if hangul else ("", "")
    surnames: set[str] = set()
    if surname:
        surnames |= surname_spellings(surname)
        surnames.add(surname.lower().replace("-", ""))
    if hangul_surname:
        surnames |= surname_spellings(hangul_surname)
    variants = given_variants(given, hangul_given)
    syllables = (
        len(hangul_given) if hangul_given else max((v.syllables for v in variants[:1]), default=0)
    )
    hangul_surnames: set[str] = set()
    hangul_full: set[str] = set()
    hangul_given_forms_: set[str] = set()
    if hangul_surname:
        hangul_surnames = surname_hangul_forms(hangul_surname)
        hangul_given_forms_ = hangul_initial_variants(hangul_given) if hangul_given else set()
        hangul_full = {s + g for s in hangul_surnames for g in hangul_given_forms_}
    elif surname:
        # Registered in Latin letters only: the surname alone is still found in Hangul (박 반장).
        hangul_surnames = hangul_surnames_of_romanized(surname)
    alias_variants: list[GivenVariant] = []
    hangul_aliases: set[str] = set()
    for alias in aliases:
        if contains_hangul(alias):
            hangul_aliases.add(re.sub(r"\s+", "", alias))
        else:
            alias_variants.extend(_alias_variants(alias))
    # A name the romanization rules cannot read (a foreign name, a typo, a stray digit) is still
    # found exactly as registered: without this it would have no variant at all and slip out.
    literal_given = "".join(word for word in re.split(r"[\s\-‐‑–]+", fold(given).lower()) if word)
    if literal_given and literal_given not in {variant.joined for variant in variants}:
        alias_variants.extend(_literal_variant(name))
    if hangul and not hangul_full:
        hangul_aliases.add(hangul)
    return NameForms(
        initials=_initials(surname, given, hangul_given),
        surnames=frozenset(surnames),
        given=tuple(variants),
        hangul_full=frozenset(hangul_full),
        hangul_given=frozenset(hangul_given_forms_),
        hangul_surnames=frozenset(hangul_surnames),
        aliases=tuple(alias_variants),
        hangul_aliases=frozenset(hangul_aliases),
        given_syllables=syllables,
    )


def _initials(surname: str, given: str, hangul_given: str) -> frozenset[str]:
    """Initials in both orders from the name as registered and from the usual romanizations of
    the Hangul given name: Kim Chol-min -> "kcm", "cmk"."""
    if not surname:
        return frozenset()
    givens = [base for base in _romanized_given_bases(given)[:1] if base]
    if hangul_given:
        givens.extend(form for form in hangul_given_forms(hangul_given)[:2] if form)
    heads = {surname.lower()[:1]}
    found: set[str] = set()
    for syllables in givens:
        letters = "".join(syllable[:1] for syllable in syllables)
        for head in heads:
            found.update({head + letters, letters + head})
    return frozenset(initial for initial in found if len(initial) >= 2)


def name_forms(person: RegisteredPerson) -> NameForms:
    return _cached_forms(person.name, person.hangul, tuple(person.aliases))


def _spelled(variant: GivenVariant) -> list[str]:
    """A given-name variant joined, hyphenated and spaced: myongchol, myong-chol, myong chol."""
    cuts = [0, *sorted(variant.boundaries), len(variant.joined)]
    pieces = [variant.joined[a:b] for a, b in itertools.pairwise(cuts)]
    return sorted({variant.joined, "-".join(pieces), " ".join(pieces)})


def name_variants(person: RegisteredPerson) -> set[str]:
    """Every surface form of a person's name that is looked for, lowercase and folded.

    Full name in both orders with every surname spelling; the given name alone when it has at
    least two syllables ("Il" alone would hit everywhere); the surname alone only after a title
    ("mr. rim", "comrade pak", "rim dongmu"); Hangul full and given names; aliases."""
    forms = name_forms(person)
    variants: set[str] = set()
    for variant in forms.given:
        for given in _spelled(variant):
            for surname in forms.surnames:
                variants.add(f"{surname} {given}")
                variants.add(f"{given} {surname}")
            if forms.given_syllables >= 2:
                variants.add(given)
    for surname in forms.surnames:
        for title in TITLES_BEFORE:
            variants.add(
                f"{title}. {surname}"
                if title in ("mr", "mrs", "ms", "dr")
                else f"{title} {surname}"
            )
        for title in ROMANIZED_TITLES_AFTER:
            variants.add(f"{surname}-{title}")
    for variant in forms.aliases:
        variants.update(_spelled(variant))
    variants |= forms.hangul_full | forms.hangul_aliases
    if forms.given_syllables >= 2:
        variants |= forms.hangul_given
    for surname in forms.hangul_surnames:
        variants.update(surname + title for title in HANGUL_TITLES)
    return variants


# Search boxes: whether what someone typed is shaped like a name (the audit of name searches).
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _romanized_name_words(words: list[str]) -> bool:
    """Two or three words, a Korean surname first or last, the rest one or two syllables."""
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    for surname, given in ((words[0], words[1:]), (words[-1], words[:-1])):
        # Short surnames that are also English words ("an", "so") count only in prose, with a
        # capital letter, which a search box does not keep; Son, Song or Bang count here.
        short_word = len(surname) < 3 and surname in SURNAMES_NEEDING_CAPITAL
        if surname in ROMANIZED_SURNAMES and not short_word:
            readings = syllabify("".join(given).replace("-", ""))
            if readings and 1 <= len(readings[0]) <= 2:
                return True
    return False


def _hangul_name_shape(word: str) -> bool:
    """Three or four syllables (two when written apart) starting with a Korean surname."""
    joined = "".join(word.split())
    if not joined or not all(is_hangul_syllable(char) for char in joined):
        return False
    surname, given = split_hangul_name(joined)
    spaced = " " in word.strip()
    return surname in SURNAMES and (1 <= len(given) <= 2) and (len(joined) >= 3 or spaced)


def looks_like_a_name(query: str) -> bool:
    """Whether the search text, or a run of two or three of its words, is shaped like a
    Korean personal name in Hangul or romanized. Words like 노동자 pass too: an event too many
    costs a line in the audit trail, one too few hides a look-up."""
    words = fold(query).lower().split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if _hangul_name_shape(" ".join(run)) or (size > 1 and _romanized_name_words(run)):
                return True
    return False


# --- Hanja surnames -----------------------------------------------------------------------------

# The Hanja of the common Korean surnames and their Hangul readings (North and South forms).
# Source: the standard readings of the surname characters (국립국어원 표준국어대사전, the
# Hanja of the surnames counted by the 2015 South Korean census, 통계청 성씨·본관 통계). A name
# in Hanja (朴哲民) cannot be read back from its Hangul; only its surname character can.
_HANJA_SURNAME_ROWS = """
朴 박|李 이 리|金 김|崔 최|鄭 정|林 림 임|姜 강|趙 조|尹 윤|張 장|韓 한|申 신|黃 황|吳 오|安 안
柳 류 유|洪 홍|全 전|高 고|文 문|孫 손|梁 양 량|宋 송|白 백|許 허|劉 류 유|南 남|沈 심|盧 노 로
河 하|郭 곽|成 성|車 차|朱 주|禹 우|具 구|任 임 림|羅 나 라|田 전|閔 민|元 원|玄 현|魯 노 로
池 지|卞 변|嚴 엄|丁 정|千 천|方 방|孔 공|康 강|玉 옥|奇 기|秦 진|陳 진|蔡 채|表 표|明 명
呂 여 려|延 연|魏 위|馬 마|吉 길|周 주|太 태|卓 탁|桂 계|邊 변|石 석|徐 서|愼 신|辛 신|慶 경
"""
HANJA_SURNAMES: dict[str, frozenset[str]] = {}
for _row in _HANJA_SURNAME_ROWS.replace("\n", "|").split("|"):
    _parts = _row.split()
    if len(_parts) >= 2:
        HANJA_SURNAMES[_parts[0]] = frozenset(_parts[1:])


def hanja_surnames_of(hangul_surname: str) -> frozenset[str]:
    """The Hanja that read as this Hangul surname (박 -> 朴; 이 and 리 -> 李)."""
    forms = set(surname_hangul_forms(hangul_surname)) | {hangul_surname}
    return frozenset(hanja for hanja, readings in HANJA_SURNAMES.items() if readings & forms)


# --- Cyrillic ---------------------------------------------------------------------------------

# Korean names in Russian texts: the Kontsevich system (Концевич), from the Hangul, and the
# spellings seen in practice (Цой for 최, Ли for 이, Чжон for 정). Names are matched on a loose
# key (`cyrillic_key`) that ignores aspiration and voicing, so "Чол", "Чхоль" and "Чоль" are
# one syllable.
_KONTSEVICH_INITIALS = [
    "к",
    "кк",
    "н",
    "т",
    "тт",
    "р",
    "м",
    "п",
    "пп",
    "с",
    "сс",
    "",
    "ч",
    "чч",
    "чх",
    "кх",
    "тх",
    "пх",
    "х",
]
_KONTSEVICH_VOWELS = [
    "а",
    "э",
    "я",
    "йя",
    "о",
    "е",
    "ё",
    "йе",
    "о",
    "ва",
    "вэ",
    "вэ",
    "ё",
    "у",
    "во",
    "ве",
    "ви",
    "ю",
    "ы",
    "ый",
    "и",
]
_KONTSEVICH_FINALS = [
    "",
    "к",
    "кк",
    "кс",
    "н",
    "нч",
    "нх",
    "т",
    "ль",
    "льк",
    "льм",
    "льп",
    "льс",
    "льтх",
    "льпх",
    "льх",
    "м",
    "п",
    "пс",
    "т",
    "т",
    "н",
    "т",
    "т",
    "к",
    "т",
    "п",
    "т",
]
# Usual Russian spellings of surnames, beyond the Kontsevich reading of the syllable.
CYRILLIC_SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("Ким",),
    "이": ("Ли", "Ри", "И"),
    "리": ("Ли", "Ри"),
    "박": ("Пак",),
    "최": ("Чхве", "Цой", "Чой", "Чве"),
    "정": ("Чон", "Чжон", "Джон", "Тен"),
    "임": ("Лим", "Рим", "Им"),
    "림": ("Лим", "Рим", "Им"),
    "노": ("Ро", "Но"),
    "로": ("Ро", "Но"),
    "류": ("Рю", "Ю", "Лю"),
    "유": ("Ю", "Рю"),
    "문": ("Мун",),
    "백": ("Пэк", "Пак", "Пек"),
    "한": ("Хан",),
    "강": ("Кан",),
    "윤": ("Юн",),
    "조": ("Чо", "Чжо", "Тё"),
    "장": ("Чан", "Чжан", "Тян"),
    "전": ("Чон", "Чжон", "Тён"),
    "신": ("Син", "Шин"),
    "오": ("О",),
    "양": ("Ян",),
    "량": ("Рян", "Лян", "Ян"),
}


def cyrillic_key(word: str) -> str:
    """A loose key of a Cyrillic spelling: lowercase, aspiration (kh, th, ph, chh), soft and
    hard signs, voicing (g, d, b, dzh) and the vowels yo, e, ye folded. The Koryo-saram
    spellings of Soviet documents are folded onto Kontsevich's too: ㅓ and ㅕ written with
    Cyrillic ye or o (Cher, Yen for 철, 영), a final ㄹ written with er (Cher): "Ким Чер Нам"
    is "Ким Чхоль Нам"."""
    key = word.lower().replace("ё", "о").replace("э", "о").replace("е", "о")
    key = key.replace("дж", "ч").replace("чж", "ч").replace("ь", "").replace("ъ", "")
    key = re.sub(r"([кптч])х", r"\1", key)
    return key.translate(str.maketrans("гдбжцр", "ктпччл"))


def kontsevich(hangul: str) -> str:
    """The Kontsevich reading of Hangul syllables, each on its own (no sound changes)."""
    out = []
    for char in hangul:
        if not is_hangul_syllable(char):
            out.append(char)
            continue
        initial, vowel, final = decompose(char)
        out.append(
            _KONTSEVICH_INITIALS[initial] + _KONTSEVICH_VOWELS[vowel] + _KONTSEVICH_FINALS[final]
        )
    return "".join(out)


def cyrillic_surname_keys(hangul_surname: str) -> frozenset[str]:
    """Loose keys of the Russian spellings of a Hangul surname (박 -> пак; 최 -> чве, чой ...)."""
    keys = {cyrillic_key(kontsevich(form)) for form in surname_hangul_forms(hangul_surname)}
    keys.add(cyrillic_key(kontsevich(hangul_surname)))
    for form in surname_hangul_forms(hangul_surname) | {hangul_surname}:
        keys.update(cyrillic_key(spelling) for spelling in CYRILLIC_SURNAMES.get(form, ()))
    return frozenset(key for key in keys if key)


def cyrillic_given_key(hangul_given: str) -> str:
    """The loose key of the Kontsevich reading of a Hangul given name (철민 -> чолмин)."""
    return cyrillic_key(kontsevich(hangul_given))
