"""Every remaining word that may be a name, for a reviewer who keeps or redacts each one.

The finders (registered names, `detect/`) propose only what they are fairly sure of. The
review must not depend on their recall, so this module lists, beside their proposals, every
token that still looks like a name - generously, since a human clicks each one - and approval
is refused until each is kept or redacted (`review.py`). Listed:

- a capitalised Latin word inside a sentence, unless it is written with a capital in English
  anyway (months, nationalities: CAPITALISED_ENGLISH) or is a common English word
  (ENGLISH_WORDS) that is not also a Korean surname ("told So", "with Gang", "Souksavanh");
  capitalised neighbours are joined into one item ("Pak Song Il");
- a capitalised word right after a title or an introduction ("Mr. Smith", "surnamed Do");
- at the start of a sentence, a line, a table cell or a quotation: a Korean surname ("Bang
  and Moon slept"; not So, Do, An..., which open English sentences), a hyphenated romanized
  given name, or any word that is neither a common English word nor written in small letters
  elsewhere in the text ("Marlon said", a sign-off "Saraa", a speaker "Okello:");
- capitalised Cyrillic words (Виктор Ким) and words of two to four Chinese characters (陈晓燕)
  that are not known places or dates;
- Hangul: every word stem Kiwi reads as a proper noun or does not know (before a particle or
  nothing: 박반..., 방대길(동료)), a name-shaped stem before a particle, syllables Kiwi reads
  apart before an honorific, in a list or after a role word (선원 부디와), a surname called or
  quoted (옥아, "안이"), the bare words of a comma list that holds a name (명옥, 순금, 혜영은),
  every other mention of a listed name (조금철과), and initials in jamo (ㅅㅎㅅ).

Not listed: what a proposal or a kept range already covers, public figures by full name,
places (`redact.vocabulary`, the provinces of `risk.PLACES_BY_PROVINCE` but not its counties,
the work countries and cities of words.py, and the vocabularies passed in: country and province
names), organisations (a run of capitalised words holding an organisation word, or after
"Ministry of"; Hangul names ending in 건설, 무역, 회사...), ships and units (a run followed
by a number), headers in capitals, and the stoplists of words.py. Tokens are found on the folded
copy of the text (`folding.fold_text`: fullwidth letters, zero-width characters) and their
offsets mapped back to the original.

The package, by area (split from one module; the names other modules and tests use are
re-exported here, so `from testimony.anonymize.unresolved import X` and `unresolved.X` still
work):
- reasons.py: the reasons an item is listed (REASON_*), marked for translation;
- words.py: the word lists (ACRONYMS, the places, the stoplists, organisation words; the
  English words, CAPITALISED_ENGLISH and ENGLISH_WORDS, come from ../english.py, which the
  detect package reads too) and the small helpers that read words against them;
- latin.py: Latin-letter candidates (capitalised words, surnames and given names opening a
  sentence, after a title) and a chat's speakers in small letters;
- hangul.py: Hangul candidates and the rules for a Korean surname alone;
- scripts.py: Cyrillic, Chinese-character and Arabic-script words, names in a Chinese sentence,
  and Hangul glosses of a listed name;
- public.py: public figures' ranges, and those a person the text introduces shares;
- this module: `Unresolved`, `unresolved_tokens`, which runs them all and drops what is covered,
  and `_recognised` (the statistical recogniser's words).
"""

import bisect
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from testimony.anonymize import informal, names, vcards
from testimony.anonymize.detect import DEFAULT_PUBLIC_FIGURES as DETECTOR_PUBLIC_FIGURES
from testimony.anonymize.detect import fold as without_diacritics
from testimony.anonymize.english import CAPITALISED_ENGLISH, ENGLISH_WORDS
from testimony.anonymize.failure import guarded
from testimony.anonymize.folding import fold_text
from testimony.anonymize.redact.vocabulary import DEFAULT_PUBLIC_FIGURES
from testimony.anonymize.unresolved.hangul import (
    _GA_WORDS,
    _HANGUL_ELEMENT_RE,
    _HANGUL_LIST_RE,
    _HANGUL_ORGANISATION_ENDINGS,
    _HANGUL_ROLES,
    _JAMO_INITIALS_RE,
    _LIST_LETTERS,
    _NAME_UNKNOWN_EN_RE,
    _NAME_UNKNOWN_KO_RE,
    _PLACE_PARTICLES,
    _POSTS_PATTERN,
    _POSTS_SET,
    _ROLE_NOUNS,
    _SURNAME_GA_RE,
    _SURNAME_LABEL_RE,
    _SURNAME_OPENING_RE,
    _SURNAME_POST_RE,
    _SURNAMES_NEVER_ALONE,
    _UNKNOWN_NOTE_EN,
    _UNKNOWN_NOTE_KO,
    _full_names_after_roles,
    _hangul_candidates,
    _hangul_list_neighbours,
    _hangul_repeats,
    _known_surnames_alone,
    _name_unknown_marks,
    _named_surnames_alone,
    _surname_labels,
    _surnames_set_apart,
    _surnames_with_ga,
    _syllables_before_ssi,
    word_alias_mentions,
)
from testimony.anonymize.unresolved.latin import (
    _ABBREVIATED_TITLES,
    _CHAT_ROLES,
    _CHAT_SPEAKER_RE,
    _INTRODUCERS,
    _INVERSION_WORDS,
    _JOIN_RE,
    _MAX_SYLLABLES,
    _SENTENCE_END_RE,
    _SUBJECT_VERBS,
    _after_organisation,
    _chat_speakers,
    _handle_names,
    _is_capitalised,
    _is_korean_syllables,
    _joined,
    _label_line,
    _latin_candidates,
    _latin_initials,
    _latin_tokens,
    _names_an_organisation,
    _numbered,
    _position,
    _sentence_surname_subject,
    _word_aliases,
)
from testimony.anonymize.unresolved.public import (
    _INTRODUCED_AFTER_RE,
    _INTRODUCED_BEFORE_RE,
    _public_pattern,
    _public_ranges,
    _shared_public_names,
)
from testimony.anonymize.unresolved.reasons import (
    _HANGUL_REASONS,
    REASON_AFTER_TITLE,
    REASON_ARABIC_SCRIPT,
    REASON_CAPITALISED,
    REASON_CHAT_SPEAKER,
    REASON_FOREIGN_SCRIPT,
    REASON_GIVEN_FIRST,
    REASON_GLOSS,
    REASON_HANDLE,
    REASON_HANGUL,
    REASON_HANGUL_LIST,
    REASON_HANGUL_REPEAT,
    REASON_INITIALS,
    REASON_KNOWN_SURNAME,
    REASON_LATIN_INITIALS,
    REASON_NAME_UNKNOWN,
    REASON_NAMED_SURNAME,
    REASON_RECOGNISER,
    REASON_ROMANIZED,
    REASON_SHARED_PUBLIC_NAME,
    REASON_SURNAME_APART,
    REASON_SURNAME_FIRST,
    REASON_SURNAME_GA,
    REASON_SURNAME_LABEL,
    REASON_UNKNOWN_FIRST,
    REASON_WORD_ALIAS,
    REASON_WORD_ALIAS_HANGUL,
)
from testimony.anonymize.unresolved.scripts import (
    _ARABIC_RE,
    _CHINESE_RUN_RE,
    _CHINESE_TITLES,
    _CYRILLIC_RE,
    _GLOSS_AFTER_RE,
    _GLOSS_SIZES,
    _HAN_NOT_NAMES,
    _HAN_RE,
    _chinese_sentence_names,
    _foreign_script_candidates,
    _hangul_glosses,
)
from testimony.anonymize.unresolved.words import (
    _LATIN_TOKEN_RE,
    ACRONYMS,
    CYRILLIC_PLACES,
    FOREIGN_PLACES,
    FOREIGN_PLACES_HANGUL,
    HAN_PLACES,
    HANGUL_STOPLIST,
    NEVER_LISTED,
    ORGANISATION_WORDS,
    SENTENCE_STARTERS,
    _all_parts,
    _english_word,
    _hangul_places,
    _place_words,
    _vocabulary_words,
    _words,
)

__all__ = [
    "ACRONYMS",
    "CAPITALISED_ENGLISH",
    "CYRILLIC_PLACES",
    "ENGLISH_WORDS",
    "FOREIGN_PLACES",
    "FOREIGN_PLACES_HANGUL",
    "HANGUL_STOPLIST",
    "HAN_PLACES",
    "NEVER_LISTED",
    "ORGANISATION_WORDS",
    "REASON_AFTER_TITLE",
    "REASON_ARABIC_SCRIPT",
    "REASON_CAPITALISED",
    "REASON_CHAT_SPEAKER",
    "REASON_FOREIGN_SCRIPT",
    "REASON_GIVEN_FIRST",
    "REASON_GLOSS",
    "REASON_HANDLE",
    "REASON_HANGUL",
    "REASON_HANGUL_LIST",
    "REASON_HANGUL_REPEAT",
    "REASON_INITIALS",
    "REASON_KNOWN_SURNAME",
    "REASON_LATIN_INITIALS",
    "REASON_NAMED_SURNAME",
    "REASON_NAME_UNKNOWN",
    "REASON_RECOGNISER",
    "REASON_ROMANIZED",
    "REASON_SHARED_PUBLIC_NAME",
    "REASON_SURNAME_APART",
    "REASON_SURNAME_FIRST",
    "REASON_SURNAME_GA",
    "REASON_SURNAME_LABEL",
    "REASON_UNKNOWN_FIRST",
    "REASON_WORD_ALIAS",
    "REASON_WORD_ALIAS_HANGUL",
    "SENTENCE_STARTERS",
    "_ABBREVIATED_TITLES",
    "_ARABIC_RE",
    "_CHAT_ROLES",
    "_CHAT_SPEAKER_RE",
    "_CHINESE_RUN_RE",
    "_CHINESE_TITLES",
    "_CYRILLIC_RE",
    "_GA_WORDS",
    "_GLOSS_AFTER_RE",
    "_GLOSS_SIZES",
    "_HANGUL_ELEMENT_RE",
    "_HANGUL_LIST_RE",
    "_HANGUL_ORGANISATION_ENDINGS",
    "_HANGUL_REASONS",
    "_HANGUL_ROLES",
    "_HAN_NOT_NAMES",
    "_HAN_RE",
    "_INTRODUCED_AFTER_RE",
    "_INTRODUCED_BEFORE_RE",
    "_INTRODUCERS",
    "_INVERSION_WORDS",
    "_JAMO_INITIALS_RE",
    "_JOIN_RE",
    "_LATIN_TOKEN_RE",
    "_LIST_LETTERS",
    "_MAX_SYLLABLES",
    "_NAME_UNKNOWN_EN_RE",
    "_NAME_UNKNOWN_KO_RE",
    "_PLACE_PARTICLES",
    "_POSTS_PATTERN",
    "_POSTS_SET",
    "_ROLE_NOUNS",
    "_SENTENCE_END_RE",
    "_SUBJECT_VERBS",
    "_SURNAMES_NEVER_ALONE",
    "_SURNAME_GA_RE",
    "_SURNAME_LABEL_RE",
    "_SURNAME_OPENING_RE",
    "_SURNAME_POST_RE",
    "_UNKNOWN_NOTE_EN",
    "_UNKNOWN_NOTE_KO",
    "Unresolved",
    "_after_organisation",
    "_all_parts",
    "_chat_speakers",
    "_chinese_sentence_names",
    "_english_word",
    "_foreign_script_candidates",
    "_full_names_after_roles",
    "_handle_names",
    "_hangul_candidates",
    "_hangul_glosses",
    "_hangul_list_neighbours",
    "_hangul_places",
    "_hangul_repeats",
    "_is_capitalised",
    "_is_korean_syllables",
    "_joined",
    "_known_surnames_alone",
    "_label_line",
    "_latin_candidates",
    "_latin_initials",
    "_latin_tokens",
    "_merged",
    "_name_unknown_marks",
    "_named_surnames_alone",
    "_names_an_organisation",
    "_numbered",
    "_overlaps",
    "_place_words",
    "_position",
    "_public_pattern",
    "_public_ranges",
    "_recognised",
    "_sentence_surname_subject",
    "_shared_public_names",
    "_surname_labels",
    "_surnames_set_apart",
    "_surnames_with_ga",
    "_syllables_before_ssi",
    "_vocabulary_words",
    "_words",
    "unresolved_tokens",
]


@dataclass(frozen=True)
class Unresolved:
    """A stretch [start, end) of the original text that may be a name, and why it is listed."""

    start: int
    end: int
    text: str
    reason: str


def _overlaps(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def _recognised(
    text: str,
    blocked: list[tuple[int, int]],
    known_names: Collection[str],
    figures: Iterable[str],
    latin_vocabulary: frozenset[str],
    hangul_vocabulary: frozenset[str],
) -> list[tuple[int, int, str]]:
    """Words the statistical recogniser (recogniser.py) scored at or above its low threshold:
    those between the low and the high threshold were proposed by nobody, and those above it
    may have been rejected or not proposed (detection off). Never a word of the vocabularies."""
    from testimony.anonymize import recogniser

    def listable(word: str) -> bool:
        parts = re.findall(r"[A-Za-z]+|[가-힣]+", without_diacritics(fold_text(word).text))
        if any(part.lower() in latin_vocabulary or part in hangul_vocabulary for part in parts):
            return False
        if len(parts) == 1 and parts[0] in ACRONYMS:  # "paid by the UN", "a SIM card"
            return False
        # "Do you remember?", "Remarks", "Then Hyok came": the rules above list the surnames.
        return not (len(parts) == 1 and _english_word(parts[0].lower(), ENGLISH_WORDS))

    return [
        (start, end, REASON_RECOGNISER)
        for start, end, _score in recogniser.review_candidates(
            text, known_names, tuple(figures), blocked, listable
        )
    ]


@guarded
def unresolved_tokens(
    text: str,
    covered: list[tuple[int, int]],
    *,
    vocabulary: Iterable[str] = (),
    public_figures: Iterable[str] = (),
    known_names: Collection[str] = (),
    named: Iterable[tuple[int, int]] = (),
    word_aliases: Collection[str] = (),
) -> list[Unresolved]:
    """Every token of `text` that may be a name and that no range of `covered` touches.

    `covered`: [start, end) ranges already decided - proposals (accepted or rejected), the
    reviewer's own redactions, kept tokens. `vocabulary`: names never to list (countries,
    provinces, in English and Korean). `public_figures`: full names kept as they are, beside
    the built-in list. `known_names`: registered Hangul names, read as one word each.
    `named`: the ranges proposed as names, whose Latin words are listed wherever else they
    stand, in any case (`informal.latin_repeats`). `word_aliases`: registered aliases that are
    also words (`names.word_alias_keys`), listed where written in small letters, which the
    registered scan leaves alone. Offsets are into `text`, sorted.
    """
    if not text:
        return []
    named = list(named)  # read twice below
    folded = fold_text(text)
    plain = without_diacritics(folded.text)  # character for character: offsets stay
    latin_vocabulary, hangul_vocabulary = _vocabulary_words(vocabulary)
    excluded_words = latin_vocabulary
    figures = (*DEFAULT_PUBLIC_FIGURES, *DETECTOR_PUBLIC_FIGURES, *public_figures)
    public = _public_ranges(plain, figures)
    shared = _shared_public_names(plain, public)
    blocked = [
        *covered,
        *(folded.original_span(s, e) for s, e in public if (s, e) not in shared),
        *vcards.field_names(text),
    ]
    items: list[tuple[int, int, str]] = [
        (*folded.original_span(start, end), reason)
        for start, end, reason in _latin_candidates(plain, excluded_words)
    ]
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in _foreign_script_candidates(plain)
    )
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in _chat_speakers(plain, excluded_words)
    )
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in (*_handle_names(plain), *_latin_initials(plain))
    )
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in _word_aliases(plain, word_aliases)
    )
    items.extend((*folded.original_span(s, e), REASON_SHARED_PUBLIC_NAME) for s, e in shared)
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in _chinese_sentence_names(plain)
    )
    places = _place_words() | excluded_words
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in informal.latin_candidates(plain, places)
    )
    # The rules below read words as written: they run on the folded copy (fullwidth letters
    # read as letters, zero-width characters dropped: a fullwidth "Park, first name unknown"),
    # their offsets mapped back, as the Latin rules above do.
    source = folded.text
    named_in_source = [folded.folded_span(start, end) for start, end in named]
    # Other scripts are read as written: Katakana's halfwidth forms are its own (ﾊﾟｸ).
    items.extend(informal.other_script_words(text))
    found: list[tuple[int, int, str]] = [
        *informal.japanese_honorific_names(source),
        *informal.self_called_names(source),
    ]
    if names.contains_hangul(source) or re.search(r"[\u1100-\u1112]", source):
        found.extend(_hangul_candidates(source, known_names, hangul_vocabulary, named_in_source))
        found.extend(_surnames_set_apart(source))
        found.extend(_full_names_after_roles(source, hangul_vocabulary))
        found.extend(_known_surnames_alone(source, known_names))
        found.extend(_named_surnames_alone(source, named_in_source, known_names))
        found.extend(_surname_labels(source))
        found.extend(_surnames_with_ga(source))
        found.extend(_syllables_before_ssi(source))
        found.extend(word_alias_mentions(source, known_names))
        found.extend(informal.hangul_candidates(source, hangul_vocabulary | _hangul_places()))
    elif _HAN_RE.search(source):
        found.extend(informal.hangul_candidates(source, frozenset()))
    found.extend(_name_unknown_marks(source))
    items.extend((*folded.original_span(start, end), reason) for start, end, reason in found)

    def plain_text(start: int, end: int) -> str:
        return without_diacritics(fold_text(text[start:end]).text)

    repeats = informal.latin_repeats(
        plain,
        [plain_text(start, end) for start, end in named],
        [plain_text(start, end) for start, end, _reason in items],
    )
    listed_starts = {start for start, _end, _reason in items}
    for start, end, reason in repeats:
        original = folded.original_span(start, end)
        if original[0] not in listed_starts:
            items.append((*original, reason))
    items.extend(
        _recognised(text, blocked, known_names, figures, excluded_words, hangul_vocabulary)
    )
    items.extend(
        _hangul_glosses(
            text,
            [*named, *((start, end) for start, end, _reason in items)],
            hangul_vocabulary | _hangul_places(),
        )
    )
    blocked_starts, blocked_ends = _merged(blocked)
    result: list[Unresolved] = []
    taken_end = -1
    for start, end, reason in sorted(items, key=lambda item: (item[0], -item[1], item[2])):
        index = bisect.bisect_left(blocked_starts, end) - 1  # the last range starting before end
        if start < taken_end or (index >= 0 and blocked_ends[index] > start):
            continue
        if without_diacritics(fold_text(text[start:end]).text).strip() in NEVER_LISTED:
            continue  # "INT", "Nationality", "备注": a form's word, never a person alone
        taken_end = end
        result.append(Unresolved(start, end, text[start:end], reason))
    return result


def _merged(ranges: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of `ranges` merged into sorted ranges that do not touch each other."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(r for r in ranges if r[0] < r[1]):
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends
