"""Hangul syllables: decomposition, romanization (RR, McCune-Reischauer, North Korean) and
the sound changes of a given name."""

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


# The initial consonants in the order of the syllable table, as compatibility jamo (the letters
# a keyboard types alone: ㅅㅎㅅ for 서향숙).
INITIAL_CONSONANTS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def initial_consonants(name: str) -> str:
    """The initial consonant of each Hangul syllable, other characters left out: 서향숙 ->
    ㅅㅎㅅ."""
    return "".join(
        INITIAL_CONSONANTS[(ord(char) - _SYLLABLE_BASE) // 588]
        for char in name
        if is_hangul_syllable(char)
    )


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
