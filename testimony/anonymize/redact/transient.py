"""Mentions of the names the detector found and of the names a reviewer redacted: each is
matched for the rest of the text as a transient person (surname and given name alone, a
foreign name's parts), proposed as "[name withheld]"."""

import re
from typing import TYPE_CHECKING

from testimony.anonymize.detect.words import _TITLES, _TITLES_ABROAD
from testimony.anonymize.english import ENGLISH_WORDS
from testimony.anonymize.foreign_names import CHINESE_HANGUL_SURNAMES, PINYIN_SURNAMES
from testimony.anonymize.names import (
    CYRILLIC_SURNAMES,
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_WORD_SPELLINGS,
    HANGUL_NAME_PARTICLES,
    HANGUL_WORD_SYLLABLES,
    ROMANIZED_SURNAMES,
    SURNAMES,
    contains_hangul,
    fold,
    split_hangul_name,
    split_romanized_name,
    syllabify,
)
from testimony.anonymize.names.declension import declined_forms
from testimony.anonymize.names.hangul import is_hangul_syllable
from testimony.anonymize.redact.lookups import HANGUL_WORD_RE
from testimony.anonymize.redact.patterns import (
    CYRILLIC_WORD_RE,
    DETECTED_PREFIX,
    HANGUL_AFTER_RE,
    HYPHENS,
    REVIEWER_PREFIX,
)
from testimony.anonymize.redact.vocabulary import (
    AMBIGUOUS_REPLACEMENT,
    PLACE_SUFFIXES,
    is_title_tail,
)
from testimony.anonymize.spans import RegisteredPerson, Span

if TYPE_CHECKING:
    from testimony.anonymize.redact.matcher import NameMatcher


# Words that open a detected name without being a given name: titles and ranks, in English
# and abroad, and the first words of places named after someone (Saint ..., Mount ...).
_NOT_GIVEN_NAMES = _TITLES | _TITLES_ABROAD | {"saint", "mount", "lake"}

FOREIGN_WORD_RE = re.compile(r"[A-Z][^\W\d_]+(?:['’][A-Z]?[^\W\d_]+)?")


def known_hangul(matcher: "NameMatcher") -> frozenset[str]:
    """The registered Hangul names, and their given names, for the Korean analyser."""
    names: set[str] = set()
    for person in matcher.persons:
        aliases = ["".join(alias.split()) for alias in person.aliases]
        names.update(alias for alias in aliases if contains_hangul(alias))
        full = "".join(person.hangul.split())
        if contains_hangul(full):
            names.add(full)
            _surname, given = split_hangul_name(full)
            if len(given) >= 2:
                names.add(given)
    return frozenset(names)


def mentions_of_detected(
    matcher: "NameMatcher",
    text: str,
    detected: list[Span],
    registered: list[Span],
    kept: list[tuple[int, int]],
) -> list[Span]:
    """The bare surnames, given names and initials of the full names the detector found,
    wherever else they occur in the same text ("Pak Chol-min ... later Pak said"); for a name a
    reviewer redacted (a span at -1, `NameMatcher.anonymize`), also the name written again."""
    transients = []
    named_at: dict[int, int] = {}
    foreign: list[tuple[str, Span]] = []
    for number, span in enumerate(detected):
        if span.start < 0:
            # A reviewer's name, written the same way elsewhere, whole (the longer first).
            foreign.append((span.text, span))
        person = _transient_person(number, span.text, reviewer=span.start < 0)
        if person is not None:
            named_at[len(transients)] = span.start
            transients.append(person)
        else:
            # "Мун Кван Чхоль ... Moon": the Korean surname of a Cyrillic name, in Latin too.
            for surname_person in _cyrillic_surname_persons(
                number, span.text, reviewer=span.start < 0
            ):
                named_at[len(transients)] = span.start
                transients.append(surname_person)
            foreign.extend((part, span) for part in _foreign_parts(span.text))
    second: list[Span] = []
    if transients:
        # Imported here: matcher.py imports this module to build NameMatcher.
        from testimony.anonymize.redact.matcher import NameMatcher

        transient_matcher = NameMatcher(transients, matcher.public_figures)
        transient_matcher._named_at = named_at
        transient_matcher.transient = True
        second, _kept = transient_matcher._find_folded(text)
    # What is taken already, character by character: a text dense with names has thousands of
    # spans, and comparing each mention with each of them took seconds. A detected span inside
    # a mention does not stop it ("윤세" of 윤세라 read by the analyser): the longer wins in
    # the merge; `inside` holds, at each position a detected span covers, where that span ends.
    taken = bytearray(len(text))
    for start, end in [(span.start, span.end) for span in registered] + kept:
        if 0 <= start < end:
            taken[start:end] = b"\x01" * (min(end, len(text)) - start)
    inside = [0] * len(text)
    for span in detected:
        if 0 <= span.start < span.end:
            end = min(span.end, len(text))
            inside[span.start : end] = [end] * (end - span.start)
    lefts = {span.start for span in detected if span.start >= 0}

    def free(start: int, end: int) -> bool:
        """No taken character, and every detected span met starts and ends inside; not a
        detected given name with the affectionate 이 after it (정옥 of 정옥이), nor across a
        table's cells."""
        if 1 in taken[start:end]:
            return False
        if not any(inside[start:end]):
            return True
        if "\t" in text[start:end] or (text[end - 1] == "이" and inside[end - 2] == end - 1):
            return False
        if start in lefts and inside[start] == end:
            return False  # the detected span itself
        if start and inside[start] and inside[start - 1] == inside[start] and start not in lefts:
            return False  # a detected span begins before the mention
        return max(inside[start:end]) <= end

    mentions = []
    # The same name found many times gives the same parts: each looked for once.
    found_parts: dict[str, list[tuple[int, int]]] = {}
    for part, span in foreign:
        if part not in found_parts:
            found_parts[part] = list(_foreign_part_mentions(text, part))
        for start, end in found_parts[part]:
            if not free(start, end):
                continue
            taken[start:end] = b"\x01" * (end - start)
            mentions.append(
                Span(
                    start,
                    end,
                    text[start:end],
                    AMBIGUOUS_REPLACEMENT,
                    "detected",
                    f"{_source_label(span.text, True)}, written again"
                    if part == span.text and span.start < 0
                    else f"part of {_source_label(span.text, span.start < 0)} standing alone",
                )
            )
    word_names = _word_names(detected)
    for span in second:
        if not free(span.start, span.end):
            continue
        if word_names and _used_as_a_word(text, span, word_names):
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        mentions.append(
            Span(
                span.start,
                span.end,
                span.text,
                AMBIGUOUS_REPLACEMENT,
                "detected",
                span.reason.replace("registered: ", "", 1),
            )
        )
    return mentions


def _word_names(detected: list[Span]) -> frozenset[str]:
    """The detected Hangul full names that the Korean analyser reads as a verb's form (정해진,
    "decided", found before 씨 after 동료): their other mentions are the person's only where
    the word is not one (`_used_as_a_word`)."""
    from testimony.anonymize.detect import korean_analyser_enabled
    from testimony.anonymize.detect.hangul import reads_as_a_name, reads_as_a_verb

    if not korean_analyser_enabled():
        return frozenset()
    # Each name once: a long text finds the same names many times, and the analyser is slow.
    compacts = {
        compact
        for span in detected
        if span.start >= 0
        and contains_hangul(span.text)
        and len(compact := re.sub(r"\s+", "", span.text)) == 3
    }
    return frozenset(
        name for name in compacts if not reads_as_a_name(name) and reads_as_a_verb(name)
    )


_NEXT_HANGUL_WORD_RE = re.compile(r"[ \t]+([가-힣]+)")


def _used_as_a_word(text: str, span: Span, word_names: frozenset[str]) -> bool:
    """A mention of such a name, or of its given name, before another Hangul word that is no
    title or form of address: "정해진 시간" (the fixed time), not "정해진 씨", "하철남 동무",
    "정해진의" or "철남이가"."""
    from testimony.anonymize.detect.hangul import is_role_word

    if not any(span.text in name for name in word_names):
        return False
    following = _NEXT_HANGUL_WORD_RE.match(text, span.end)
    if following is None:
        return False
    word = following.group(1)
    # the title alone, or with a particle of one or two syllables (씨는, 동무가, 반장님께)
    return not any(is_role_word(word[: len(word) - cut]) for cut in (0, 1, 2) if len(word) > cut)


def _source_label(name: str, reviewer: bool) -> str:
    """How a mention's reason names the full name it is part of: found by the detector, or
    redacted by a reviewer."""
    return f"{REVIEWER_PREFIX} '{name}'" if reviewer else f"{DETECTED_PREFIX} '{name}'"


# Two words of small letters joined by a dot or an underscore: a local part or a login.
LOCAL_PART_RE = re.compile(r"[a-z]{2,}[._][a-z]{2,}")


def _transient_person(number: int, name: str, reviewer: bool = False) -> RegisteredPerson | None:
    """A detected (or a reviewer's) full name as a person known for this text only, or None if
    it is not a full Korean name (a surname after a title, a foreign name, a nickname)."""
    label = _source_label(name, reviewer)
    if contains_hangul(name):
        compact = re.sub(r"\s+", "", name)
        surname, given = split_hangul_name(compact)
        if not (2 <= len(compact) <= 4 and given and surname in SURNAMES):
            return None
        return RegisteredPerson(f"detected-{number}", "", label, compact)
    if LOCAL_PART_RE.fullmatch(name):
        # An e-mail address's local part or a login (minji.park, hyesun_cho): the name it
        # spells is the person's, written in full elsewhere ("Minji Park", "Cho Hye-sun").
        name = " ".join(part.capitalize() for part in re.split(r"[._]", name))
    surname, given = split_romanized_name(name)
    words = [word for word in re.split(rf"[\s{HYPHENS}]+", fold(given).lower()) if word]
    if surname.lower() not in ROMANIZED_SURNAMES or not words or len(words) > 2:
        return None
    # "Kyung-ah": 아 written "ah" after a hyphen, as South Koreans often spell it.
    if not syllabify(words[0]) or not all(syllabify(word) or word == "ah" for word in words[1:]):
        return None
    return RegisteredPerson(f"detected-{number}", name, label)


def _cyrillic_surname_persons(
    number: int, name: str, reviewer: bool = False
) -> list[RegisteredPerson]:
    """A detected Cyrillic Korean name ("Мун Кван Чхоль") as persons known by the Hangul
    surname its first word spells (문): its romanizations alone (Mun, Moon) count after it."""
    words = name.split()
    if len(words) < 2 or not CYRILLIC_WORD_RE.fullmatch(words[0]):
        return []
    label = _source_label(name, reviewer)
    return [
        RegisteredPerson(f"detected-{number}-{hangul}", "", label, hangul)
        for hangul, spellings in CYRILLIC_SURNAMES.items()
        if words[0] in spellings and len(words[0]) > 1
    ]


def _foreign_parts(name: str) -> list[str]:
    """The parts of a detected foreign full name that may stand alone later in the text: the
    last word of a Latin name of two or three capitalised words ("Sokolov" of "Viktor Sokolov",
    "Haddad"), also the first word if it is a Chinese surname ("Zhang" of "Zhang Wei"); the
    surname of a Chinese name in Hangul (쑨 of 쑨리창)."""
    if contains_hangul(name):
        compact = re.sub(r"\s+", "", name)
        for length in (2, 1):
            if len(compact) >= length + 2 and compact[:length] in CHINESE_HANGUL_SURNAMES:
                return [compact[:length]] if compact[:length] not in HANGUL_WORD_SYLLABLES else []
        # "응우옌 반 훙 ... 훙 씨는": the last word of a foreign name written in words.
        spaced = name.split()
        if 2 <= len(spaced) <= 3 and all(HANGUL_WORD_RE.fullmatch(word) for word in spaced):
            last = spaced[-1]
            if last not in HANGUL_WORD_SYLLABLES and last not in SURNAMES:
                return [last]
        return []
    stripped = name.strip()
    if CYRILLIC_WORD_RE.search(stripped):
        return _cyrillic_parts(stripped)
    pieces = stripped.split("-")
    if (
        len(pieces) == 2
        and stripped[:1].isupper()
        and all(piece.isalpha() and syllabify(fold(piece).lower()) for piece in pieces)
    ):
        return [stripped]  # "Aunt Chun-ja ... Chun-ja is": a hyphenated Korean given name
    words = re.split(rf"[\s{HYPHENS}]+", stripped)
    if not 2 <= len(words) <= 3 or not all(FOREIGN_WORD_RE.fullmatch(word) for word in words):
        return []
    parts = [words[-1]]
    first = fold(words[0]).lower()
    if first in PINYIN_SURNAMES or (
        # "Petrus Shikongo ... Petrus let me use his phone": the given name alone too, unless
        # it is a Korean surname (matched as one above), a title, a word, or capitals (NGO).
        first not in ROMANIZED_SURNAMES
        and first not in _NOT_GIVEN_NAMES
        and first not in ENGLISH_WORDS
        and not words[0].isupper()
    ):
        parts.append(words[0])
    parts = [
        part
        for part in parts
        if len(part) >= 3
        and fold(part).lower() not in ENGLISH_WORD_SPELLINGS
        and fold(part).lower() not in ENGLISH_FUNCTION_WORDS
        and fold(part).lower() not in PLACE_SUFFIXES
    ]
    # "Jan Wiśniewski ... z Wiśniewskim": a part in the case its language asks for.
    declined = {form for part in parts for form in declined_forms(part)}
    return parts + sorted(form for form in declined if fold(form).lower() not in ENGLISH_WORDS)


# A capitalised word of a name in Cyrillic ("Тарасов", "Мельников") and an initial ("Г.").
_CYRILLIC_NAME_WORD_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
_CYRILLIC_INITIAL_RE = re.compile(r"(?:[А-ЯЁ]\.){1,3}")


def _cyrillic_parts(name: str) -> list[str]:
    """The words of a detected Russian name in Cyrillic that may stand alone later ("Тарасов"
    of "Тарасов Г. Д." or "Тарасов Г.Д.", "Мельников" of "Олег Мельников"), and their case
    forms ("Тарасова", "Мельникову"): two or three words or initials, each word four letters or
    more; a Korean name's surname (Пак of "Пак Мён Сук") too, as the registered scan counts a
    registered one's after the full name."""
    tokens = name.split()
    words = [token for token in tokens if _CYRILLIC_NAME_WORD_RE.fullmatch(token)]
    if (
        not 2 <= len(tokens) <= 4
        or not words
        or not all(
            _CYRILLIC_NAME_WORD_RE.fullmatch(token) or _CYRILLIC_INITIAL_RE.fullmatch(token)
            for token in tokens
        )
    ):
        return []
    korean = {spelling for spellings in CYRILLIC_SURNAMES.values() for spelling in spellings}
    parts = [word for word in words if len(word) >= 4 and word not in korean]
    if len(tokens[0]) >= 2 and tokens[0] in korean and len(words) >= 2:
        # "Пак Мён Сук ... | Пак": a register's signature, the Korean surname alone.
        parts.append(tokens[0])
    return parts + sorted({form for part in parts for form in declined_forms(part)})


def _foreign_part_mentions(text: str, part: str) -> list[tuple[int, int]]:
    """Where a part of a foreign name stands alone: a whole capitalised word in Latin letters,
    not joined to another capitalised word; in Hangul, before a particle or a spaced title.
    Found with `str.find`, not a pattern per part: a long text's hundreds of parts each cost a
    pattern's compiling and a scan (seconds on an 80,000-character narrative)."""
    found = []
    hangul = contains_hangul(part)
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        before = text[at - 1] if at else ""
        rest_end = _hangul_run_end(text, end)
        rest = text[end:rest_end]
        if hangul:
            after = HANGUL_AFTER_RE.match(text, rest_end)
            if not (before and is_hangul_syllable(before)) and (
                rest in HANGUL_NAME_PARTICLES
                or (not rest and after is not None and is_title_tail(after.group(1)))
            ):
                found.append((at, end))
        elif (
            # A Latin part may carry a Korean particle or title welded on (Haufiku는, Tjiuma씨).
            not (before and (_is_word_character(before) or before in HYPHENS))
            and not (
                end < len(text)
                and ((_is_word_character(text[end]) and not rest) or text[end] in HYPHENS)
            )
            and not re.match(r" [A-Z]", text[rest_end : rest_end + 2])  # "Zhang Li", another
            and (not rest or rest in HANGUL_NAME_PARTICLES or is_title_tail(rest))
        ):
            found.append((at, end))
        at = text.find(part, at + 1)
    return found


def _is_word_character(character: str) -> bool:
    """What a pattern's \\w matches: a letter or a digit of any script, or the underscore."""
    return character.isalnum() or character == "_"


def _hangul_run_end(text: str, start: int) -> int:
    """Where the Hangul syllables that begin at `start` end."""
    end = start
    while end < len(text) and is_hangul_syllable(text[end]):
        end += 1
    return end
