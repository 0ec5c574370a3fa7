"""A folded copy of a text to match on, and the way back to the original's offsets.

Names arrive in forms that look alike on screen and differ underneath: fullwidth letters from
a Korean keyboard (U+FF30 for "P"), compatibility characters (the "fi" ligature, circled
digits), and invisible format characters pasted from messengers (zero-width space and joiners,
bidi controls, soft hyphens, word joiner, byte-order mark). The finders work on
`FoldedText.text`: NFKC applied piece by piece, format characters dropped. A format character
that glues two words, between a lowercase and an uppercase Latin or Cyrillic letter
("Kang<U+2060>Chol-ho", "Ri<U+200B>Son-gwon", the same in a Russian form's Cyrillic), becomes
a space instead, mapped back onto the invisible character;
inside a word ("Pa<U+200B>k") it is still simply dropped. Every folded
character remembers the stretch of the original it came from, so a span found on the folded
copy maps back onto every original character of the name, the invisible ones inside it
included. The stored text itself is never folded.

A word that mixes Latin with Cyrillic or Greek letters ("Choi" typed with a Cyrillic Es for its
C, "Pak" in Cyrillic with a Latin a) is a name disguised, by a keyboard switched mid-word or on
purpose: its look-alike letters are folded onto the script it is written in, one character for
one, so the first is matched as Latin "Choi" and the second as Cyrillic. A letter that has no
look-alike in the other script decides which ("Coн", a scan's reading of Сон, is Cyrillic by
its н); where none or both have one, the script of most of its letters does.

A scanned letter reads O as 0 and l as 1 ("So1-hyang", "0k-hui"): inside a word of three
letters or more that holds no other digit, between letters or opening the word before one,
those two are folded onto the letters, one character for one ("10am", "MH17", "COVID-19" and a
login's "user1" are left alone).

A LaTeX source ties an initial to the surname after it with "~" ("M.~Okonjo"): read as the
space it prints, one character for one.

A calendar's or a contact card's export (iCalendar, vCard) folds a long line by breaking it and
opening the next with a space ("brigade leader Cho\r\n ng Tok-su"): in a text holding one
(BEGIN:VEVENT, BEGIN:VCARD ...), each such break and its one space are dropped, as a calendar
reading the file unfolds it, and a name split across the break is read whole; a break between a
small letter and a capital ("Jang\r\n Myong-il") stands for the space between two words.

A printout typed letter by letter ("K I M   Y O N G - H O", a registration record's OCR) is
read as the words it spells: where the text holds two runs at least of three characters or
more, each alone between single spaces, those spaces are dropped (in a run of two beside such
a run too: the surname "R I"), and the two or three spaces between two such words become one.

Left alone on purpose: Hangul compatibility jamo and halfwidth Hangul (NFKC would turn "ㅋㅋ"
into conjoining jamo that then compose with their neighbours), and case and diacritics (the
matcher folds those itself, character for character).
"""

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any


@cache
def _format_characters() -> re.Pattern[str]:
    """Every character of Unicode's general category Cf, as one character class."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) == "Cf":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    body = "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        for low, high in ranges
    )
    return re.compile(f"[{body}]")


def _keeps_its_form(char: str) -> bool:
    """Hangul compatibility jamo (U+3130-318F) and halfwidth Hangul (U+FFA0-FFDC)."""
    return "\u3130" <= char <= "\u318f" or "\uffa0" <= char <= "\uffdc"


def _clusters(text: str) -> list[tuple[int, int]]:
    """[start, end) of each base character with the combining marks and conjoining vowel or
    final jamo that follow it: NFKC must see them together ("e" + U+0301 is one letter)."""
    clusters: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index < len(text):
            char = text[index]
            if unicodedata.combining(char) or "\u1160" <= char <= "\u11ff":
                continue
        clusters.append((start, index))
        start = index
    return clusters if text else []


@dataclass(frozen=True)
class FoldedText:
    """`text` is the folded copy of `original`; `origin[i]` is the [start, end) stretch of the
    original that folded character i came from. Empty `origin` means both texts are equal."""

    original: str
    text: str
    origin: tuple[tuple[int, int], ...] = ()

    @property
    def identical(self) -> bool:
        return not self.origin

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of the original that folded characters [start, end) came from, with the
        dropped characters between them."""
        if self.identical or start >= end:
            return start, end
        return self.origin[start][0], self.origin[end - 1][1]

    def folded_span(self, start: int, end: int) -> tuple[int, int]:
        """The folded characters that came from anywhere inside original [start, end)."""
        if self.identical:
            return start, end
        first = len(self.text)
        last = 0
        for index, (origin_start, origin_end) in enumerate(self.origin):
            if origin_end > start and origin_start < end:
                first = min(first, index)
                last = index + 1
        return (first, last) if last else (first, first)


def _is_latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _is_cased_letter(char: str) -> bool:
    """A Latin or a Cyrillic letter: the scripts whose case shows where a word begins."""
    return char.isalpha() and (char.isascii() or "\u0400" <= char <= "\u04ff")


def _glues_two_words(
    pieces: list[str],
    text: str,
    clusters: list[tuple[int, int]],
    number: int,
    format_characters: re.Pattern[str],
) -> bool:
    """Whether the format character of cluster `number` stands between a lowercase and an
    uppercase Latin or Cyrillic letter (fullwidth ones included): "Kang<U+2060>Chol" (and
    its Cyrillic spelling), not "Pa<U+200B>k"."""
    previous = pieces[-1][-1:] if pieces else ""
    if not (_is_cased_letter(previous) and previous.islower()):
        return False
    for start, end in clusters[number + 1 :]:
        cluster = text[start:end]
        if format_characters.fullmatch(cluster):
            continue
        following = unicodedata.normalize("NFKC", cluster)[:1]
        return _is_cased_letter(following) and following.isupper()
    return False


# Cyrillic and Greek letters drawn like Latin ones, and the Latin letters drawn like Cyrillic.
_TO_LATIN = str.maketrans(
    "АВСЕНІЈКМОРЅТХУаеорсхуіјѕһԁԛԝкΑΒΕΖΗΙΚΜΝΟΡΤΥΧο",
    "ABCEHIJKMOPSTXYaeopcxyijshdqwkABEZHIKMNOPTYXo",
)
_TO_CYRILLIC = str.maketrans("ABCEHKMOPTXaceopxyk", "АВСЕНКМОРТХасеорхук")
# The letters of each script that look like one of the other's.
_LATIN_LOOKS_CYRILLIC = frozenset("ABCEHKMOPTXaceopxyk")
_OTHER_LOOKS_LATIN = frozenset("АВСЕНІЈКМОРЅТХУаеорсхуіјѕһԁԛԝкΑΒΕΖΗΙΚΜΝΟΡΤΥΧο")
_MIXED_RE = re.compile(r"[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _unmixed(text: str) -> str:
    """`text` with each word that mixes Latin and Cyrillic or Greek letters written in its
    main script's letters where they look alike (module docstring); same length."""
    if not _MIXED_RE.search(text):
        return text

    def unmix(match: re.Match[str]) -> str:
        word = match.group()
        if not _MIXED_RE.search(word):
            return word
        # A letter with no look-alike in the other script says which one the word is written
        # in: a scan's "Coн" is Cyrillic by its н, "Kёль" by its ё and ь.
        own_latin = any(char.isascii() and char not in _LATIN_LOOKS_CYRILLIC for char in word)
        own_other = any(not char.isascii() and char not in _OTHER_LOOKS_LATIN for char in word)
        if own_other and not own_latin:
            return word.translate(_TO_CYRILLIC)
        if own_latin and not own_other:
            return word.translate(_TO_LATIN)
        latin = sum(1 for char in word if char.isascii())
        if latin * 2 >= len(word):
            return word.translate(_TO_LATIN)
        return word.translate(_TO_CYRILLIC)

    return _LETTERS_RE.sub(unmix, text)


# A word of three letters or more with the digits 0 or 1 among them and no other digit: a
# scanned letter's "So1-hyang", "0k-hui", "Ha11iday" (not "10am", "MH17", "COVID-19", "B1").
_OCR_WORD_RE = re.compile(
    r"(?<![0-9A-Za-z])(?=[A-Za-z'’-]*[01])(?=(?:[01'’-]*[A-Za-z]){3})[A-Za-z01'’-]+(?![0-9A-Za-z])"
)


def _ocr_read(text: str) -> str:
    """`text` with the 0 and 1 that a scan read for O and l inside words written back as
    letters (O or I opening the word, o or l inside it); same length."""
    if "0" not in text and "1" not in text:
        return text

    def letters(match: re.Match[str]) -> str:
        word = match.group()
        if word[0] in "01" and word[1:].isupper() and text[match.end() : match.end() + 1] == "/":
            return word  # "1KIM/CHOLUNG MR": a booking's count of passengers before the name
        # Only digits with letters on both sides ("So1-hyang", "Ha11iday") or opening the word
        # before a letter ("0k-hui"): one that ends a word is a number or a login's ("user1").
        for run in re.finditer(r"[01]+", word):
            before = word[: run.start()].rstrip("'’-")
            after = word[run.end() :].lstrip("'’-")
            inside = bool(before) and bool(after) and after[0].isalpha()
            opening = not word[: run.start()] and len(run.group()) == 1 and word[1:2].isalpha()
            if not (inside or opening):
                return word
        return "".join(
            ("O" if index == 0 else "o")
            if char == "0"
            else ("I" if index == 0 else "l")
            if char == "1"
            else char
            for index, char in enumerate(word)
        )

    return _OCR_WORD_RE.sub(letters, text)


def fold_text(text: str) -> FoldedText:
    """The folded copy of `text` (NFKC, format characters dropped, look-alike letters of a
    mixed word unmixed, a scan's 0 and 1 inside words read as letters, its "rn" read as "m"
    in a Korean name, a LaTeX tie after an initial read as a space) with its map back."""
    folded = _unspaced_letters(_unfold_lines(_fold_forms(text)))
    unmixed = _untied(_ocr_read(_unmixed(folded.text)))
    if unmixed == folded.text and not _ocr_words(unmixed):
        return folded
    origin = folded.origin or _Identity(len(text))
    read, origin = _ocr_names(unmixed, origin)
    if read == folded.text:
        return folded
    if isinstance(origin, _Identity):
        origin = tuple((index, index + 1) for index in range(len(text)))
    return FoldedText(text, read, tuple(origin))


# A LaTeX source's tie, the space it keeps from breaking after an initial: "M.~Okonjo".
_LATEX_TIE_RE = re.compile(r"(?<=\b[A-Z]\.)~(?=[A-Z])")


def _untied(text: str) -> str:
    """`text` with each LaTeX tie after an initial read as the space it prints; same
    length."""
    return _LATEX_TIE_RE.sub(" ", text) if "~" in text else text


class _Identity:
    """The map of a text to itself, built only if a word is read back (`_ocr_names`)."""

    def __init__(self, length: int) -> None:
        self.length = length

    def __getitem__(self, item: int | slice) -> Any:
        if isinstance(item, slice):
            return [(index, index + 1) for index in range(*item.indices(self.length))]
        return (item, item + 1)


# What a scan misreads in a Korean name: "rn" for "m" (Kirn, Chol-rnin, Yong-narn), a zero for
# the surname O or for the o of a short one (0 Yong-nam, J0N, Y0m), "l" for "i" (Rl Chang-ho),
# "ll" for Il (Kirn Jong ll, Pak ll-nam). Each looked for only in a text that holds it.
_LONE_ZERO_RE = re.compile(r"(?<![0-9A-Za-z.,])0(?= [A-Z][a-z]+-[a-z]+)")
_L_FOR_I_RE = re.compile(r"[A-Z]l(?= [A-Z][a-z]+-[a-z]+)")
_WORD_LETTER_RE = re.compile(r"[A-Za-z0]")
# "Kirn Jong ll", "Pak ll-nam": the given name Il read as two small Ls, beside a capital word.
_LL_BESIDE_NAME_RE = re.compile(r"[A-Z][a-z]* $")
_HYPHENATED_GIVEN_RE = re.compile(r" [A-Z][a-z]+-[a-z]+")


def _ocr_words(text: str) -> list[tuple[int, int]]:
    """[start, end) of each word (hyphenated parts included) that may hold a misreading."""
    hits: list[int] = []
    for piece in ("rn", "RN", "0", "ll"):
        at = text.find(piece)
        while at >= 0:
            before, after = (
                text[at - 1 : at] if at else "",
                text[at + len(piece) : at + len(piece) + 1],
            )
            if piece in ("rn", "RN") or (
                before.isascii() and before.isalpha() and after.isascii() and after.isalpha()
                if piece == "0"
                else not (before.isascii() and before.isalpha())
                and not (after.isascii() and after.isalpha())
            ):
                hits.append(at)
            at = text.find(piece, at + len(piece))
    hits.extend(
        match.start()
        for match in _L_FOR_I_RE.finditer(text)
        if not (match.start() and text[match.start() - 1].isalpha())
    )
    words = set()
    for hit in hits:
        start = end = hit
        while start > 0 and (
            _WORD_LETTER_RE.match(text[start - 1])
            or (text[start - 1] == "-" and start > 1 and text[start - 2].isalpha())
        ):
            start -= 1
        while end < len(text) and (
            _WORD_LETTER_RE.match(text[end])
            or (text[end] == "-" and text[end + 1 : end + 2].isalpha())
        ):
            end += 1
        if not (start and text[start - 1].isdigit()) and not text[end : end + 1].isdigit():
            words.add((start, end))
    if "0" in text:
        words.update((match.start(), match.end()) for match in _LONE_ZERO_RE.finditer(text))
    return sorted(words)


def _ocr_names(text: str, origin: Any) -> tuple[str, Any]:
    """`text` with the scan's misreadings of `_ocr_words` read back, where what they
    give is a Korean surname (Kirn, KIRN, J0N, Y0m, Rl before a name; 0 before a hyphenated
    given name) or a syllable of a hyphenated given name (Chol-rnin, Yong-narn); "Born",
    "Lantern", "Intern" or a lone "0" stay. `origin` is carried along: the "m" read for "rn"
    comes from both letters."""
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.names import ROMANIZED_SURNAMES, syllabify

    pieces: list[str] = []
    carried: list[tuple[int, int]] = []
    position = 0
    for start, end in _ocr_words(text):
        if start < position:
            continue
        word = text[start:end]
        parts = word.split("-")
        read_parts = []
        for index, part in enumerate(parts):
            read = re.sub("rn", "m", re.sub("RN", "M", part))
            read = re.sub(r"(?<=[A-Za-z])0(?=[A-Za-z])", "O" if part.isupper() else "o", read)
            if index == 0 and read == "0":
                read = "O"
            if (
                index == 0
                and read == "ll"
                and (
                    len(parts) > 1
                    or _LL_BESIDE_NAME_RE.search(text, max(0, start - 12), start)
                    or text[end : end + 2].strip()[:1].isupper()
                )
            ):
                read = "Il"
                read_parts.append(read)
                continue
            if (
                index == 0
                and len(parts) == 1
                and len(read) == 2
                and read[1] == "l"
                and _HYPHENATED_GIVEN_RE.match(text, end)
            ):
                read = read[0] + "i"
            surname = index == 0 and len(parts) == 1 and read.lower() in ROMANIZED_SURNAMES
            # A hyphenated given name: each part one romanized syllable (Chol-min, Yong-nam), and
            # what was read back no English word ("Re-born", "Down-turn" stay).
            syllable = len(parts) > 1 and any(len(r) == 1 for r in syllabify(read.lower()))
            if read != part and (
                not (surname or syllable) or (len(parts) > 1 and part.lower() in ENGLISH_WORDS)
            ):
                break
            if len(parts) > 1 and not syllable:
                break
            read_parts.append(read)
        else:
            if read_parts == parts:
                continue
            pieces.append(text[position:start])
            carried.extend(origin[position:start])
            at = start
            for index, (part, read) in enumerate(zip(parts, read_parts, strict=True)):
                if index:
                    pieces.append("-")
                    carried.append(origin[at])
                    at += 1
                pieces.append(read)
                carried.extend(_carried(part, read, origin, at))
                at += len(part)
            position = end
    if not pieces:
        return text, origin
    pieces.append(text[position:])
    carried.extend(origin[position : len(text)])
    return "".join(pieces), tuple(carried)


def _carried(part: str, read: str, origin: Any, at: int) -> list[tuple[int, int]]:
    """Where each letter of `read` came from in `part` (at `at` of the text): the letter read
    for "rn" from both."""
    carried = []
    index = 0
    for char in read:
        if char in "mM" and part[index : index + 2] in ("rn", "RN"):
            carried.append((origin[at + index][0], origin[at + index + 1][1]))
            index += 2
        else:
            carried.append(origin[at + index])
            index += 1
    return carried


# A folded line of an iCalendar or vCard file: the break, then one space or tab (RFC 5545 3.1).
_CALENDAR_RE = re.compile(r"^BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL|CARD)\b", re.MULTILINE)
_LINE_FOLD_RE = re.compile(r"\r?\n[ \t]")


def _origin_of(folded: FoldedText) -> tuple[tuple[int, int], ...]:
    """The map of `folded` back to its original, written out when both texts are equal."""
    return folded.origin or tuple((index, index + 1) for index in range(len(folded.text)))


def _unfold_lines(folded: FoldedText) -> FoldedText:
    """`folded` with the folded lines of a calendar's or a contact card's export unfolded."""
    text = folded.text
    if not _CALENDAR_RE.search(text) or not _LINE_FOLD_RE.search(text):
        return folded
    origin = _origin_of(folded)
    pieces: list[str] = []
    kept: list[tuple[int, int]] = []
    position = 0
    for match in _LINE_FOLD_RE.finditer(text):
        pieces.append(text[position : match.start()])
        kept.extend(origin[position : match.start()])
        position = match.end()
        before, after = text[match.start() - 1 : match.start()], text[position : position + 1]
        if _is_latin_letter(before) and before.islower() and after.isupper():
            # "Jang\r\n Myong-il": a break where the words met, as a word processor folds
            pieces.append(" ")
            kept.append((origin[match.start()][0], origin[match.end() - 1][1]))
    pieces.append(text[position:])
    kept.extend(origin[position:])
    return FoldedText(folded.original, "".join(pieces), tuple(kept))


# A letter-spaced printout's run: two characters or more (Latin letters, digits, marks), each
# alone between single spaces ("K I M   Y O N G - H O", "0 3 / 1 1 / 1 9 8 1"); its words are
# set apart by two spaces or more. Only runs of three characters, or two beside such a run,
# are read (`_unspaced_letters`).
_SPACED_RUN_RE = re.compile(r"(?<!\S)[!-~](?: [!-~])+(?!\S)")
# Between two runs, two or three spaces: the space between two words of one phrase.
_WORD_GAP_RE = re.compile(r" {2,3}")


def _unspaced_letters(folded: FoldedText) -> FoldedText:
    """`folded` with the single spaces inside a letter-spaced printout's words dropped, and two
    or three between its words made one, in a text holding two such runs at least (one alone
    may be a menu's "A B C D")."""
    text = folded.text
    found = [(match.start(), match.end()) for match in _SPACED_RUN_RE.finditer(text)]
    if sum(end - start >= 5 for start, end in found) < 2:
        return folded
    # A run of two letters only beside a longer one ("R I   S o n - h u i": the surname Ri),
    # not "a b" or "Q A" alone.
    runs = [
        (start, end)
        for number, (start, end) in enumerate(found)
        if end - start >= 5
        or any(
            0 <= other < len(found)
            and found[other][1] - found[other][0] >= 5
            and _WORD_GAP_RE.fullmatch(
                text,
                *((found[other][1], start) if other < number else (end, found[other][0])),
            )
            for other in (number - 1, number + 1)
        )
    ]
    origin = _origin_of(folded)
    pieces: list[str] = []
    kept: list[tuple[int, int]] = []
    position = 0
    previous_end = -1
    for start, end in runs:
        if previous_end >= 0 and _WORD_GAP_RE.fullmatch(text, previous_end, start):
            # "K I M   Y O N G - H O": one space between the two words, mapped onto the gap
            pieces.append(" ")
            kept.append((origin[previous_end][0], origin[start - 1][1]))
        else:
            pieces.append(text[position:start])
            kept.extend(origin[position:start])
        for index in range(start, end, 2):
            pieces.append(text[index])
            kept.append(origin[index])
        position = previous_end = end
    pieces.append(text[position:])
    kept.extend(origin[position:])
    return FoldedText(folded.original, "".join(pieces), tuple(kept))


def _fold_forms(text: str) -> FoldedText:
    """NFKC and format characters (module docstring)."""
    format_characters = _format_characters()
    if not format_characters.search(text) and unicodedata.is_normalized("NFKC", text):
        return FoldedText(text, text)
    pieces: list[str] = []
    origin: list[tuple[int, int]] = []
    clusters = _clusters(text)
    for number, (start, end) in enumerate(clusters):
        cluster = text[start:end]
        if format_characters.fullmatch(cluster):
            if _glues_two_words(pieces, text, clusters, number, format_characters):
                pieces.append(" ")
                origin.append((start, end))
            continue
        if _keeps_its_form(cluster[0]):
            folded = cluster
        else:
            folded = unicodedata.normalize("NFKC", format_characters.sub("", cluster))
        pieces.append(folded)
        origin.extend([(start, end)] * len(folded))
    folded_text = "".join(pieces)
    if folded_text == text:
        return FoldedText(text, text)
    return FoldedText(text, folded_text, tuple(origin))
