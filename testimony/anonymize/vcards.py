"""Names in contact cards (vCard, RFC 6350): a phone's contacts exported and pasted into a
testimony's notes. A card says in its own fields which words are a name: N (family; given;
additional; prefixes; suffixes), NICKNAME (comma-separated) and FN, the name as displayed,
which often carries a word beside the name ("Маша магазин", "누나 (연길)"). The family, given
and additional names and the nicknames are names whatever they are as words (사, 동, 여우:
a surname that is a syllable of other words, a nickname that is an animal); so are the same
words elsewhere in the card (a NOTE saying who the contact is). A word of the N field that is a
title or a word of kinship (王;老板, ;누나) is not.

The fields' own names (BEGIN:VCARD, FN, TEL;TYPE=CELL) are no names: `field_names` gives
their ranges, which the review list leaves out.

A family-tracing file (GEDCOM) says so too: a person's record opens "0 @I1@ INDI", and its
NAME lines (and ROMN, FONE: the same name romanized or written as it sounds) write the given
names and the /SURNAME/ between slashes, its GIVN, SURN, NICK and _HANGUL lines one part
each (`gedcom_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A card, from its BEGIN line to its END line (or the text's end: a card cut by a paste).
_CARD_RE = re.compile(
    r"(?im)^[ \t]*BEGIN:VCARD[ \t]*\r?$.*?(?:^[ \t]*END:VCARD[ \t]*\r?$|\Z)", re.S
)
# A content line: the property, its parameters after semicolons, a colon, the value.
_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<field>[A-Za-z][A-Za-z0-9-]*(?:;[^:\r\n]*)?):(?P<value>[^\r\n]*)"
)
# The values of these properties are names: N's first three components, NICKNAME's list.
_NAME_COMPONENTS = 3
# A name inside a value: a run of letters of any script, with inner spaces, hyphens and
# apostrophes (Ye-rim, O'Neil, Ким Чол), not digits or punctuation.
_NAME_RUN_RE = re.compile(r"[^\W\d_](?:[\w'’ -]*[^\W\d_])?")


def _not_a_name(word: str) -> bool:
    """A title, a post or a word of kinship standing in a card's name field (王;老板, ;누나)."""
    from testimony.anonymize.detect.foreign import _CHINESE_RUN_TITLES
    from testimony.anonymize.detect.words import _TITLES
    from testimony.anonymize.names import HANGUL_POSTS, HANGUL_TITLES

    return (
        word in HANGUL_TITLES
        or word in HANGUL_POSTS
        or word in _CHINESE_RUN_TITLES
        or word.lower().rstrip(".") in _TITLES
    )


def _values(line: re.Match[str]) -> list[tuple[int, int]]:
    """The name ranges of one content line: N's family, given and additional names, or each
    nickname; none for another property."""
    prop = line.group("field").split(";", 1)[0].upper()
    value, offset = line.group("value"), line.start("value")
    if prop == "N":
        pieces = value.split(";")[:_NAME_COMPONENTS]
    elif prop == "NICKNAME":
        pieces = [value]
    else:
        return []
    found: list[tuple[int, int]] = []
    position = offset
    for index, piece in enumerate(pieces):
        for item in re.finditer(r"[^,]+", piece):
            run = _NAME_RUN_RE.search(item.group())
            name = _name_of(run.group(), family=prop == "N" and index == 0) if run else ""
            if name:
                start = position + item.start() + run.start()
                found.append((start, start + len(name)))
        position += len(piece) + 1
    return found


def _name_of(written: str, family: bool) -> str:
    """The name a field's value begins with, its titles after it left out ("오 기사": 오), or ""
    for a title, an organisation or a word a phone keeps in the field ("병원", "하나센터"). A
    family name in Hangul is a surname (a phone's contact "신변보호;차" files a police officer
    under the word for protection): a syllable, or a surname of two (남궁)."""
    from testimony.anonymize.names import SURNAMES, contains_hangul
    from testimony.anonymize.tables import HANGUL_ORG_ENDINGS

    words = written.split(" ")
    while words and _not_a_name(words[-1]):
        words.pop()
    if not words:
        return ""
    name = " ".join(words)
    if contains_hangul(name):
        if name.endswith(HANGUL_ORG_ENDINGS):
            return ""
        if family and not all(len(word) == 1 or word in SURNAMES for word in words):
            return ""  # one syllable (사, 동: rare surnames too), or 남궁, not 병원
    return name


def card_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """The names of every card in `folded`: its N and NICKNAME values, and the same words
    elsewhere in the card (in FN, in a NOTE), two characters or more there, whole words (a
    Hangul name may take a particle: 광일이)."""
    from testimony.anonymize.detect.words import REASON_VCARD
    from testimony.anonymize.names import contains_hangul

    if "VCARD" not in folded.upper():
        return
    for card in _CARD_RE.finditer(folded):
        ranges: list[tuple[int, int]] = []
        for line in _LINE_RE.finditer(card.group()):
            ranges.extend(
                (card.start() + start, card.start() + end) for start, end in _values(line)
            )
        yield from ((start, end, REASON_VCARD) for start, end in ranges)
        words = {folded[start:end] for start, end in ranges if end - start >= 2}
        if not words:
            continue
        taken = set(ranges)
        text = card.group()
        pattern = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        for match in re.finditer(rf"(?<![^\W_])(?:{pattern})", text, re.IGNORECASE):
            rest = re.match(r"[^\W\d_]*", text[match.end() :]).group()
            if rest and not (contains_hangul(match.group()) and _particles(rest)):
                continue  # a longer word, unless it is a Hangul name's particle
            if text[match.end() : match.end() + 2] == " 같":
                continue  # 여우 같은 놈: "like a fox", the word
            span = (card.start() + match.start(), card.start() + match.end())
            if span not in taken:
                yield *span, REASON_VCARD


def _particles(rest: str) -> bool:
    """광일이, 사층에게: the affectionate 이 or particles after a Hangul name."""
    from testimony.anonymize.redact.vocabulary import is_tail

    return is_tail(rest[1:] if rest[0] == "이" else rest, 2)


def field_names(text: str) -> list[tuple[int, int]]:
    """The ranges of the cards' property names and parameters ("BEGIN", "VCARD" after it,
    "TEL;TYPE=CELL"): what the review list does not offer as names."""
    if "VCARD" not in text.upper():
        return []
    ranges: list[tuple[int, int]] = []
    for card in _CARD_RE.finditer(text):
        for line in _LINE_RE.finditer(card.group()):
            ranges.append((card.start() + line.start("field"), card.start() + line.end("field")))
            if line.group("field").upper() in ("BEGIN", "END"):
                ranges.append((card.start() + line.start("value"), card.start() + line.end()))
    return ranges


# A GEDCOM file's person record, and the lines of its name (above).
_GEDCOM_RECORD_RE = re.compile(r"^[ \t]*0[ \t]+@[^@\r\n]+@[ \t]+INDI\b", re.MULTILINE)
_GEDCOM_NAME_RE = re.compile(
    r"^[ \t]*\d{1,2}[ \t]+(?:NAME|ROMN|FONE|GIVN|SURN|NICK|_HANGUL|_MARNM)[ \t]+"
    r"(?P<value>[^\r\n]*[^\s])",
    re.MULTILINE,
)
# A part of a name's value: letters of any script, with inner spaces, hyphens and apostrophes;
# the slashes around the surname left out.
_GEDCOM_PART_RE = re.compile(r"[^\W\d_](?:[^/\r\n\d]*[^\W\d_])?")
_GEDCOM_UNKNOWN = frozenset({"unknown", "nn", "n.n", "fnu", "lnu"})


def gedcom_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """The names of a GEDCOM file's person records (module docstring): the given names and the
    surname apart, never "Unknown" or a placeholder."""
    from testimony.anonymize.detect.words import REASON_GEDCOM

    if "INDI" not in folded or not _GEDCOM_RECORD_RE.search(folded):
        return
    for line in _GEDCOM_NAME_RE.finditer(folded):
        offset = line.start("value")
        for part in _GEDCOM_PART_RE.finditer(line.group("value")):
            if part.group().lower() not in _GEDCOM_UNKNOWN:
                yield offset + part.start(), offset + part.end(), REASON_GEDCOM
