"""Names written surname first with a comma, as crew lists, passports, registers and citations
write them: "PAEK, UN CHOL", "CHEN, XIAOMING", "DELA CRUZ, JOMAR", "Lee, S.-H.", "Moon, T.",
"Lobanov, Sergei" opening a line or quoted ("An, Ye-jin"), "LEE, Ha-eun" anywhere.

Each form asks for evidence: a given name that fits the surname's language (Korean syllables
after a Korean surname, pinyin after a Chinese one), a listed given name, initials with full
stops, or the name opening a list's line; and no place, no English word a name list does not
hold, no heading's word ("NAME, AGE", "WARNING, FRAGILE", "Seoul, K.").
"""

import re
from collections.abc import Iterable
from functools import cache

from testimony.anonymize import foreign_names
from testimony.anonymize.detect.words import (
    _PLACES,
    REASON_INVERTED,
    _ambiguous_surnames,
    _foreign_places,
    _is_given_part,
    _is_hyphenated_given,
    _romanized_surnames,
)
from testimony.anonymize.english import ENGLISH_WORDS

# In capitals: a surname (with its particle: "DELA CRUZ", "AL-NAIMI"), a comma, one to three
# words of given name, and no further word in capitals before or after them, nor after a comma:
# "PAEK, UN CHOL", not a list of given names ("SU RYON, HYANG, UN HUI").
_CAPITALS_RE = re.compile(
    r"(?<![\w,.'’-])(?<![A-Z][ \t])"
    r"((?:(?:DELA|DE|DA|DOS|DAS|DEL|VAN|VON|AL|EL|BIN|ABU|LE|LA|DI)[ \t])?"
    r"[A-Z][A-Z'’-]{1,14}),[ \t]+"
    r"([A-Z][A-Z'’-]{1,14}(?:[ \t][A-Z][A-Z'’-]{1,14}){0,2})"
    r"(?![\w'’-]|[ \t][A-Z]{2}|,[ \t]*[A-Z]{2})"
)
# What may open a line of a list before a name: a bullet, a number, a cell's bar, a label.
_LIST_MARK_RE = re.compile(r"[ \t]*(?:[-*•·]|\d{1,3}[.)]?|\|)?[ \t]*(?:[A-Za-z ]{1,20}:[ \t]*)?")
# Endings of English words, not of names: "WARNING, FRAGILE" heads a label, no list of persons.
_ENGLISH_ENDINGS = ("ing", "ed", "ly", "tion", "ness", "ment", "able", "ible", "ile", "ful", "ous")
_ROMAN_NUMERAL_RE = re.compile(r"[IVXLC]+")
_VOWEL_RE = re.compile(r"[AEIOUY]")
# A surname, a comma and initials with full stops: "Lee, S.-H.", "Moon, T.", "Okonkwo, A. N.".
_INITIALS_RE = re.compile(
    r"(?<![\w,.'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?),[ \t]+"
    r"([A-Z]\.(?:[ \t]?-?[ \t]?[A-Z]\.){0,2})(?![ \t]*[A-Z][a-z]|[A-Z]\.)"
)
# Opening a line (after a bullet or a number), a surname, a comma and a known given name (or
# a Korean one after a Korean surname), and nothing more on the line's cell or before a year:
# "Lobanov, Sergei", "3. Tsoi, Marina |", "Pak, Chol-min (2018)".
_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:[-*•·]|\d{1,3}[.)]|\|)?[ \t]*"
    r"([A-Z][a-zà-ž]+(?:-[A-Z][a-zà-ž]+)?),[ \t]+([A-Z][a-zà-ž]+(?:-[a-zà-ž]+)?)"
    r"(?=[ \t]*(?:\r?$|[|;,(\t]))"
)

# The same, quoted or in brackets on its own, anywhere on a line: a data import's report
# writes the rows it rejects so ('"An, Ye-jin" (yejin.an@...)', '(Oh, David)').
_QUOTED_RE = re.compile(
    r"(?<=[\"“(\[])([A-Z][a-z]{1,14}(?:-[A-Z][a-z]+)?),[ \t]+([A-Z][a-z]+(?:-[a-z]+)?)(?=[\"”)\]])"
)
# A Korean surname in capitals, a comma and a hyphenated given name, as lists and minutes write
# a Korean name anywhere on a line: "Attendees: LEE, Ha-eun (PM)", "| CHA, Ye-rim (차예림) |".
_KOREAN_CAPITAL_SURNAME_RE = re.compile(
    r"(?<![\w,.'’-])([A-Z]{2,6}),[ \t]+([A-Z][a-z]+-[a-z]+)(?![\w'’-])"
    # or capitalised after a title, as a hospital's system writes a physician: "Dr. Yoon, Ji-ho"
    r"|\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+([A-Z][a-z]{1,6}),[ \t]+([A-Z][a-z]+-[a-z]+)(?![\w'’-])"
    # or capitalised anywhere when the surname is no English word too: a register's items
    # "2.5 Rim, Jong-sik, with Rim, Kyong-hui", "Ko, Sun-ja and Ko, Tae-sik" (not "Oh, Min-ji")
    r"|(?<![\w,.'’-])([A-Z][a-z]{1,5}),[ \t]+([A-Z][a-z]+-[a-z]+)(?![\w'’-])"
)


# Words that open an English sentence before a comma and a name, and spell a Korean surname too:
# "Oh, Min-ji said", "So, Ji-hoon left", "No, Ha-eun".
_OPENING_WORDS = frozenset(
    ["oh", "so", "no", "ha", "ok", "yo", "um", "go", "do", "an", "in", "to", "u", "o", "i", "ma"]
)


_NAME_OR_LIST_BEFORE_RE = re.compile(r"(?:[A-Z][a-z]*[ \t]+|,[ \t]*)\Z")


@cache
def _pinyin() -> re.Pattern[str]:
    return re.compile(rf"(?:{foreign_names.PINYIN_SYLLABLE}){{1,3}}")


def _known_surname(word: str) -> bool:
    lower = word.lower()
    return (
        lower in _romanized_surnames()
        or lower in foreign_names.PINYIN_SURNAMES
        or lower in foreign_names.VIETNAMESE_SURNAMES
        or lower.endswith(foreign_names.SLAVIC_SURNAME_ENDINGS)
    )


def _plain(word: str, known: bool) -> bool:
    """Not an English word or a place, unless a name list holds it."""
    lower = word.lower().strip("'’-")
    if lower in _foreign_places() or lower in _PLACES:
        return False
    return known or lower not in ENGLISH_WORDS


def _korean_given(words: list[str]) -> bool:
    return all(_is_given_part(word) or _is_hyphenated_given(word.title()) for word in words)


def _capitals_name(surname: str, given: list[str], opens_line: bool) -> bool:
    """Whether 'SURNAME, GIVEN ...' in capitals reads as one person: the given name fits the
    surname's language (Korean syllables after a Korean surname, pinyin after a Chinese one,
    listed given names after any other), and it is not a list of surnames ("RIM, PAEK") or
    a word and an interjection ("OK, OK", "OH, RYANG")."""
    lower = surname.lower()
    if lower == "ok" or any(
        _ROMAN_NUMERAL_RE.fullmatch(word) or not _VOWEL_RE.search(word) for word in given
    ):
        return False
    korean = lower in _romanized_surnames()
    chinese = lower in foreign_names.PINYIN_SURNAMES
    one_word = len(given) == 1 and "-" not in given[0]
    if korean and one_word and lower in _ambiguous_surnames():
        return False  # "OH, RYANG", "SO, WHAT": a word, not a surname
    pinyin_given = chinese and all(_pinyin().fullmatch(word.lower()) for word in given)
    if korean and not pinyin_given and one_word and given[0].lower() in _romanized_surnames():
        return False  # "RIM, PAEK", "YU, CHOE": a list of surnames
    if (korean or lower in foreign_names.VIETNAMESE_SURNAMES) and _korean_given(given):
        return True
    if pinyin_given:
        return True
    if not all(_plain(word, known=False) for word in surname.split("-")):
        return False
    # Any other surname: before listed given names, or opening a line of a list
    # ("VILLANUEVA, JOEL", "3. SITUMORANG, ROBERT HARIS").
    return all(word.lower() in foreign_names.GIVEN_LATIN for word in given) or (
        opens_line
        and len(surname) >= 4
        and not any(word.lower().endswith(_ENGLISH_ENDINGS) for word in [surname, *given])
    )


def _capitals(text: str) -> Iterable[tuple[int, int, str]]:
    for match in _CAPITALS_RE.finditer(text):
        surname = match.group(1).split()[-1]
        line_start = text.rfind("\n", 0, match.start()) + 1
        opens_line = bool(_LIST_MARK_RE.fullmatch(text[line_start : match.start()]))
        if _capitals_name(surname, match.group(2).split(), opens_line):
            yield match.start(1), match.end(2), REASON_INVERTED


def _initials(text: str) -> Iterable[tuple[int, int, str]]:
    for match in _INITIALS_RE.finditer(text):
        surname = match.group(1)
        if _known_surname(surname) or _plain(surname, known=False):
            yield match.start(1), match.end(2), REASON_INVERTED


# A letter's closing before the name that signs it, in the languages of the countries workers
# are sent to and of the lawyers who write for them ("Pozdrawiam, Kasia", "Saludos, Ana").
_CLOSINGS = frozenset(
    (
        "pozdrawiam",
        "pozdrowienia",
        "dzięki",
        "dziękuję",
        "saludos",
        "gracias",
        "cordialement",
        "merci",
        "amitiés",
        "grüße",
        "danke",
        "atenciosamente",
        "obrigado",
        "obrigada",
        "saluti",
        "grazie",
        "groeten",
        "hälsningar",
    )
)


def _line_openers(text: str) -> Iterable[tuple[int, int, str]]:
    for match in (*_LINE_RE.finditer(text), *_QUOTED_RE.finditer(text)):
        surname, given = match.group(1), match.group(2)
        korean = surname.lower() in _romanized_surnames() and (
            _is_hyphenated_given(given) or _is_given_part(given, two=True)
        )
        if (given.lower() not in foreign_names.GIVEN_LATIN and not korean) or (
            given.lower() == surname.lower()
        ):
            continue  # "Pak, Chol-min (2018)" and "Lobanov, Sergei", not "Kim, Dear", "(Yu, Yu)"
        if surname.lower() in _CLOSINGS:
            continue  # "Pozdrawiam, Kasia": a letter's closing and its signature
        if _known_surname(surname) or _plain(surname, known=False):
            yield match.start(1), match.end(2), REASON_INVERTED


def inverted_names(text: str) -> Iterable[tuple[int, int, str]]:
    """Every name written surname first with a comma in `text` (see the module's doc)."""
    if "," not in text:
        return
    yield from _capitals(text)
    yield from _initials(text)
    yield from _line_openers(text)
    for match in _KOREAN_CAPITAL_SURNAME_RE.finditer(text):
        first_group = next(group for group in (1, 3, 5) if match.group(group))
        surname, given = match.group(first_group).lower(), match.group(first_group + 1)
        first, second = given.lower().split("-")
        # "Sarah Lim, Jae-won": the end of one name, then another; "Mi-ok, Sun, Hye-ran": given
        # names listed
        if first_group == 5 and (
            surname in _OPENING_WORDS
            or _NAME_OR_LIST_BEFORE_RE.search(text, max(0, match.start() - 20), match.start())
        ):
            continue
        if (
            surname in _romanized_surnames()
            and surname != "ok"  # "OK, Ha-ha"
            and first != second
            and _is_hyphenated_given(given)
        ):
            yield match.start(first_group), match.end(first_group + 1), REASON_INVERTED
