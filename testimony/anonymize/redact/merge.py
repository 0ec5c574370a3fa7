"""The two finders' spans merged into one non-overlapping list, and spans applied to a text."""

import bisect
import re
from collections.abc import Collection
from typing import Any

from testimony.anonymize.foreign_names import GIVEN_HANGUL, HANGUL_SURNAME_ENDINGS
from testimony.anonymize.names import split_hangul_name, split_romanized_name, surname_spellings
from testimony.anonymize.spans import RegisteredPerson, Span


def detected_spans(
    text: str,
    exclude: list[tuple[int, int]],
    public_figures: list[str],
    known_names: Collection[str] = (),
) -> list[Span]:
    """The detector's proposals; `known_names` (registered Hangul names and given names) are
    read by the Korean analyser as one proper noun each."""
    try:
        # Imported here so that registered matching works before or without the detector.
        from testimony.anonymize.detect import detect_names
    except ImportError:
        return []
    detect: Any = detect_names
    return list(
        detect(text, exclude=exclude, public_figures=public_figures, known_names=known_names)
    )


def public_ranges(text: str, public_figures: list[str]) -> list[tuple[int, int]]:
    """Where the detector sees a public figure (its built-in list and `public_figures`) or a
    place named after a person: the other mentions of a detected name are not looked for there
    ("Manuel Santos ... not family of José Eduardo dos Santos")."""
    try:
        from testimony.anonymize.detect import (
            DEFAULT_PUBLIC_FIGURES,
            _public_ranges,
            fold,
            named_place_ranges,
        )
    except ImportError:
        return []
    folded = fold(text)
    figures = (*DEFAULT_PUBLIC_FIGURES, *public_figures)
    return [*_public_ranges(folded, figures), *named_place_ranges(folded)]


def merge_detected(
    registered: list[Span], detected: list[Span], kept: list[tuple[int, int]]
) -> list[Span]:
    """Longest first, registered over detected at equal length; nothing detected over a public
    figure or a place, nor over the words of one registered person alone ("Olga Belova", where
    Olga and Belova are both Person D's: the person's pseudonym stays)."""
    by_start = sorted(registered, key=lambda span: span.start)
    starts = [span.start for span in by_start]
    longest = max((span.end - span.start for span in by_start), default=0)
    candidates = [
        span
        for span in detected
        if not _overlaps(span, kept)
        and not _one_persons_words(
            span,
            by_start[
                bisect.bisect_left(starts, span.start - longest) : bisect.bisect_left(
                    starts, span.end
                )
            ],
        )
    ]
    ordered = sorted(
        [*registered, *candidates],
        key=lambda s: (s.start - s.end, s.source != "registered", s.start),
    )
    # The chosen spans never overlap, so kept in order of start only the neighbours of a new
    # span's place can overlap it (a text dense with names has thousands of spans).
    starts: list[int] = []
    chosen: list[Span] = []
    for span in ordered:
        at = bisect.bisect_left(starts, span.start)
        if at > 0 and chosen[at - 1].end > span.start:
            continue
        if at < len(chosen) and chosen[at].start < span.end:
            continue
        starts.insert(at, span.start)
        chosen.insert(at, span)
    return chosen


def _one_persons_words(span: Span, nearby: list[Span]) -> bool:
    """Whether every letter of `span` lies in registered spans of one person; `nearby`, the
    registered spans that may touch it (found by their starts: a long narrative has hundreds
    of registered and detected spans)."""
    inside = [other for other in nearby if other.start < span.end and span.start < other.end]
    if not inside or len({other.person_key for other in inside}) != 1:
        return False
    return all(
        any(other.start <= at < other.end for other in inside)
        for at in range(span.start, span.end)
        if span.text[at - span.start].isalpha()
    )


# What may stand between two pieces of one name: nothing, the dot or underscore of a login or an
# address ("jiwon.bae", "PAEK_NamIl"), a space, an initial's full stop ("R. Ramdin"). A dot
# joins two words only, a full stop and a space a single capital letter and what follows.
_JOINS = frozenset(("", ".", "_", " ", ". "))
_INVERTED_JOIN_RE = re.compile(r",[ \t]?")
_MIDDLE_INITIAL_RE = re.compile(r"[ \t][A-Z]\.(?![A-Za-z])")
# Russian surname and patronymic endings of two syllables or more (이바노프, 페트로비치).
_FOREIGN_ENDINGS = tuple(ending for ending in HANGUL_SURNAME_ENDINGS if len(ending) >= 2)
_SPACE_RE = re.compile(r"\s")
_INITIAL_RE = re.compile(r"[A-Z\u0410-\u042f]")
_OTHER_SCRIPT_RE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_LATIN_OR_CYRILLIC_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


def join_split_names(text: str, spans: list[Span]) -> list[Span]:
    """Neighbouring spans that are two pieces of one name made one span, so that the name reads
    as one replacement ("Person 2@...", not "Person 2.Person 2@..."; "[name withheld]", not
    "[name withheld] [name withheld]"). Two pieces are one name when they are
    - of the same registered person, with at most a space, a dot or an underscore between
      ("jiwon.bae", "꼬마 심철민"), or a register's surname, a comma and the given name
      ("BAUTISTA, NOEL R.", its middle initial with it);
    - both detected, with no line break or comma between, and both in Latin or Cyrillic letters
      ("Bozena" "Kaczmarek", "R." "Ramdin"), or, in Hangul, a foreign given name meets
      the word next to it or either ends as a Russian surname or patronymic does ("류드밀라"
      "박", "올레그" "페트로비치"). Other Hangul pieces stay apart: a list of Korean names is
      often written with spaces alone ("철수 영희 순이").
    A name written in two scripts side by side ("송영찬 Song Yong-chan") stays two writings.
    `spans` do not overlap; the result is in order of start."""
    ordered = sorted(spans, key=lambda span: span.start)
    starts = {span.start for span in ordered}
    joined: list[Span] = []
    for span in ordered:
        if joined and _one_name(text, joined[-1], span):
            first = joined[-1]
            reasons = [first.reason]
            if span.reason and span.reason not in reasons:
                reasons.append(span.reason)
            end = span.end
            if (
                _INVERTED_JOIN_RE.fullmatch(text, first.end, span.start)
                and (initial := _MIDDLE_INITIAL_RE.match(text, end))
                and initial.start() + 1 not in starts  # no proposal of its own there
            ):
                end = initial.end()  # "BAUTISTA, NOEL R.": the middle initial goes with it
            joined[-1] = Span(
                first.start,
                end,
                text[first.start : end],
                first.replacement,
                first.source,
                "; ".join(reason for reason in reasons if reason),
                first.person_key,
            )
        else:
            joined.append(span)
    return joined


# A login or an e-mail address's local part: letters and digits joined by dots, underscores or
# hyphens, with no space; what may stand around one ("@", a bracket, a comma, a colon ...).
_LOGIN_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
_LOGIN_EDGE_RE = re.compile(r"[\s@<>()\[\]{}\"'`,;:/|=]")
# A name in Latin letters, a hyphenated given name too ("hye-ran.so@...").
_ASCII_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_PIECE_BEFORE_RE = re.compile(r"([A-Za-z]+)[._-]?$")
_PIECE_AFTER_RE = re.compile(r"[._-]?([A-Za-z]+)")


def login_surnames(text: str, spans: list[Span], persons: list[RegisteredPerson]) -> list[Span]:
    """A registered person's given name found inside a login or an e-mail address's local part,
    widened over the person's surname written next to it ("moon.youngae", "lee.sungchul",
    "munyongae88", "haesong_ji"), or over the initial of another of the person's names before a
    dot or a line ("g.whitlock"): the finders take a surname alone in small letters only where
    the grammar says person, so the address read "moon.Witness A@...". Only the same person's
    surname, in any of its romanizations, and only the letters: the digits of a login stay."""
    spellings: dict[str, set[str]] = {}
    initials: dict[str, set[str]] = {}
    widened: list[Span] = []
    grown: list[Span] = []
    for span in spans:
        if (
            span.source != "registered"
            or not span.person_key
            or not _ASCII_WORD_RE.fullmatch(span.text)
        ):
            widened.append(span)
            continue
        left, right = span.start, span.end
        while left > 0 and text[left - 1] in _LOGIN_CHARACTERS:
            left -= 1
        while right < len(text) and text[right] in _LOGIN_CHARACTERS:
            right += 1
        edges = (text[left - 1 : left], text[right : right + 1])
        if (left, right) == (span.start, span.end) or not all(
            not edge or _LOGIN_EDGE_RE.fullmatch(edge) for edge in edges
        ):
            widened.append(span)
            continue
        if span.person_key not in spellings:
            spellings[span.person_key] = _surname_spellings_of(persons, span.person_key)
            initials[span.person_key] = _name_initials_of(persons, span.person_key)
        surnames = spellings[span.person_key]
        start, end = span.start, span.end
        what = "surname beside it in a login or address"
        before = _PIECE_BEFORE_RE.search(text, left, span.start)
        if before and before.end() == span.start and before.group(1).lower() in surnames:
            start = before.start(1)
        elif (
            before
            and before.end() == span.start
            and len(before.group(1)) == 1
            and before.end(1) < span.start
            and before.group(1).lower() in initials[span.person_key]
        ):
            # "g.whitlock": the initial of the person's other name before a dot or a line, so
            # that the address does not read "g.Person 2@..."
            start = before.start(1)
            what = "initial of the name beside it in a login or address"
        after = _PIECE_AFTER_RE.match(text, span.end, right)
        if (
            after
            and after.group(1).lower() in surnames
            and (after.end() == right or not text[after.end()].isalpha())
        ):
            end = after.end()
        if (start, end) == (span.start, span.end):
            widened.append(span)
            continue
        widened.append(
            Span(
                start,
                end,
                text[start:end],
                span.replacement,
                span.source,
                f"{span.reason}; {what}",
                span.person_key,
            )
        )
        grown.append(widened[-1])
    # "myongsuk_ryu": the surname alone found inside the login that a given name was widened
    # over is the same letters, and spans may not overlap.
    return [
        span
        for span in widened
        if not any(
            other is not span and other.start < span.end and span.start < other.end
            for other in grown
        )
        or span in grown
    ]


# A surname cut to its initial after a given name: "Song-hui K", "Cholnam P." in an e-mail's
# display name or a signature; the letter ends the name (a full stop, a quotation mark, a bracket,
# the line).
_SURNAME_INITIAL_AFTER_RE = re.compile(r"[ \t]([A-Z])(?:\.|(?=[\"'”’>,;)\]]|[ \t]*(?:\r?\n|$|<)))")


# The given name's initials with full stops after a surname, as a welding log or a register
# writes a person ("RJANG H.B.", "Kim J.C."); not before a capitalised word.
_GIVEN_INITIALS_AFTER_RE = re.compile(r"[ \t]([A-Z])\.-?([A-Z])\.(?![ \t]?[A-Z][a-z]|\w)")


# Initials with full stops before a surname, the first one a registered name's ("I. V. Sokolova":
# Irina and her patronymic).
_INITIALS_BEFORE_RE = re.compile(r"(?<![\w.])((?:[A-Z]\. ?){1,3})\Z")
_OPENS_WITH_INITIAL_RE = re.compile(r"[A-Z]\.")


def _with_initials_before(text: str, span: Span, start: int) -> Span:
    return Span(
        start,
        span.end,
        text[start : span.end],
        span.replacement,
        span.source,
        f"{span.reason}; the initials before it",
        span.person_key,
    )


def surname_initials(text: str, spans: list[Span], persons: list[RegisteredPerson]) -> list[Span]:
    """A registered person's given name widened over the initial of the person's surname written
    after it (above): the letter alone would leave the reader "Witness A K"; a registered
    surname over the given name's initials after it ("RJANG H.B."), which would leave "Witness
    A H.B.", and over initials before it whose first is one of the person's ("I. V. Sokolova" of
    Irina Sokolova, which would leave "I. V. Person 1"); a registered alias that opens with an
    initial over the initials run on before it ("U.S. Sokolova" of "S. Sokolova")."""
    initials: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    kept: list[Span] = []
    grown: list[Span] = []
    names: dict[str, set[str]] = {}
    for span in spans:
        before = _INITIALS_BEFORE_RE.search(text, max(0, span.start - 12), span.start)
        if (
            before
            and span.source == "registered"
            and span.person_key
            and len(span.text) >= 3
            and span.text.isascii()
            and span.text.isalpha()
        ):
            if span.person_key not in names:
                names[span.person_key] = _name_initials_of(persons, span.person_key)
            if before.group(1)[0].lower() in names[span.person_key]:
                grown.append(_with_initials_before(text, span, before.start(1)))
                continue
        if (
            before
            and before.end(1) == span.start
            and text[span.start - 1] == "."
            and span.source == "registered"
            and _OPENS_WITH_INITIAL_RE.match(span.text)
        ):
            # "U.S. Sokolova" of a registered "S. Sokolova": the initials run on into the
            # registered ones, one cluster; the alias alone would leave "U.Person 1".
            grown.append(_with_initials_before(text, span, before.start(1)))
            continue
        letters = _GIVEN_INITIALS_AFTER_RE.match(text, span.end)
        if letters and span.source == "registered" and span.person_key and " " not in span.text:
            if span.person_key not in given:
                given[span.person_key] = _given_initials_of(persons, span.person_key)
            if letters.group(1) + letters.group(2) in given[span.person_key]:
                grown.append(
                    Span(
                        span.start,
                        letters.end(),
                        text[span.start : letters.end()],
                        span.replacement,
                        span.source,
                        f"{span.reason}; the given name's initials after it",
                        span.person_key,
                    )
                )
                continue
        after = _SURNAME_INITIAL_AFTER_RE.match(text, span.end)
        if (
            after is None
            or span.source != "registered"
            or not span.person_key
            or " " in span.text
            or not span.text[:1].isupper()
            or not span.text.isascii()
        ):
            kept.append(span)
            continue
        if span.person_key not in initials:
            initials[span.person_key] = {
                spelling[0].upper() for spelling in _surname_spellings_of(persons, span.person_key)
            }
        if after.group(1) not in initials[span.person_key]:
            kept.append(span)
            continue
        grown.append(
            Span(
                span.start,
                after.end(),
                text[span.start : after.end()],
                span.replacement,
                span.source,
                f"{span.reason}; the surname's initial after it",
                span.person_key,
            )
        )
    if not grown:
        return spans
    # A finder may have proposed the letter on its own ("K"): the widened span covers it.
    kept = [
        span
        for span in kept
        if not any(wide.start <= span.start and span.end <= wide.end for wide in grown)
    ]
    return sorted([*kept, *grown], key=lambda span: span.start)


def _name_initials_of(persons: list[RegisteredPerson], key: str) -> set[str]:
    """The first letters, in small letters, of the words of a registered person's romanized
    name ("g" and "w" of Graham Whitlock)."""
    person = next((person for person in persons if person.key == key), None)
    if person is None or not person.name:
        return set()
    return {word[0].lower() for word in re.split(r"[\s-]+", person.name) if word[:1].isalpha()}


def _given_initials_of(persons: list[RegisteredPerson], key: str) -> set[str]:
    """The initials of a registered person's given name in capitals, by each romanized name it
    has: "HB" of Ryang Ho-bom, "JC" of the alias Kim Jong Czan."""
    person = next((person for person in persons if person.key == key), None)
    if person is None:
        return set()
    found = set()
    for name in (person.name, *person.aliases):
        surname, given = split_romanized_name(name or "")
        parts = [part for part in re.split(r"[\s-]+", given) if part[:1].isalpha()]
        if surname and len(parts) == 2:
            found.add("".join(part[0].upper() for part in parts))
    return found


def _surname_spellings_of(persons: list[RegisteredPerson], key: str) -> set[str]:
    person = next((person for person in persons if person.key == key), None)
    if person is None:
        return set()
    found: set[str] = set()
    if person.name:
        found |= surname_spellings(split_romanized_name(person.name)[0])
    if person.hangul:
        found |= surname_spellings(split_hangul_name(person.hangul.replace(" ", ""))[0])
    return {spelling for spelling in found if len(spelling) >= 2}


def _one_name(text: str, first: Span, second: Span) -> bool:
    gap = text[first.end : second.start]
    if _INVERTED_JOIN_RE.fullmatch(gap) and first.source == second.source == "registered":
        # "BAUTISTA, NOEL R.": a register's surname, a comma, the given name, of one person
        return (
            bool(first.person_key)
            and first.person_key == second.person_key
            and first.text.isupper()
            and second.text.isupper()
            and not _OTHER_SCRIPT_RE.search(first.text + second.text)
            and " " not in first.text
            and first.text.casefold() != second.text.casefold()
        )
    if gap not in _JOINS or first.source != second.source:
        return False
    if gap in ("", ".", "_") and (_SPACE_RE.search(first.text) or _SPACE_RE.search(second.text)):
        return False  # one login or address is one word ("Agus Setiawan.Agus" is two names)
    if gap == ". " and not (_INITIAL_RE.fullmatch(first.text) and len(second.text) > 1):
        return False  # a sentence ends between them ("Agus Setiawan. Agus", "to O. O handed")
    latin = [bool(_LATIN_OR_CYRILLIC_RE.search(span.text)) for span in (first, second)]
    other = [bool(_OTHER_SCRIPT_RE.search(span.text)) for span in (first, second)]
    # One name written in two scripts side by side ("CHEN HAIBO 陈海波", "송영찬 Song Yong-chan")
    # is two writings of it.
    if latin[0] != latin[1] or other[0] != other[1]:
        return False
    if first.source == "registered":
        return bool(first.person_key) and first.person_key == second.person_key
    if first.source != "detected" or first.replacement != second.replacement:
        return False
    if latin[0]:
        return True
    before, after = first.text.split(), second.text.split()
    if not before or not after:
        return False
    return (
        before[-1] in GIVEN_HANGUL
        or after[0] in GIVEN_HANGUL
        or any(word.endswith(_FOREIGN_ENDINGS) for word in (before[-1], after[-1]))
    )


def _overlaps(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(span.start < end and start < span.end for start, end in ranges)


def apply_spans(text: str, spans: list[Span]) -> str:
    """`text` with every span replaced; spans must not overlap."""
    pieces = []
    position = len(text)
    for span in sorted(spans, key=lambda span: span.start, reverse=True):
        pieces.append(text[span.end : position])
        pieces.append(span.replacement)
        position = span.start
    pieces.append(text[:position])
    return "".join(reversed(pieces))
