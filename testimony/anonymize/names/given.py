"""Romanized given names: syllabification and the spelling alternations of each syllable."""

import itertools
import re
import unicodedata
from dataclasses import dataclass

from testimony.anonymize.names.hangul import hangul_given_forms

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


# Latin letters whose stroke Unicode does not decompose, so NFD leaves them whole (Paweł, Đorđe,
# Søren): folded to their base letter as an accent is.
UNDECOMPOSED_LETTERS = {
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ħ": "h", "Ħ": "H", "ı": "i",
}  # fmt: skip
_UNDECOMPOSED = str.maketrans(UNDECOMPOSED_LETTERS)


def fold(text: str) -> str:
    """Diacritics removed (Chŏng -> Chong, Paweł -> Pawel), apostrophes of McCune-Reischauer
    dropped."""
    decomposed = unicodedata.normalize("NFD", text.translate(_UNDECOMPOSED))
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
