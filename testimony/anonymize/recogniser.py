"""A statistical name recogniser beside the rules: a logistic regression over word features.

The rule finders (`detect/`, `context_names.py`, `foreign_names.py`, `korean.py`) reach
0.97-1.00 recall on the sets they were tuned on and much less on text nobody tuned on. This
module scores every candidate word of a text with a model trained on the labelled sets
(`eval/train_recogniser.py` writes `recogniser_weights.json`): the probability that the word
is (part of) a private person's name. Inference is plain Python: a sum of the weights of the
word's features, through the logistic function. No new dependency.

Candidates (one per word, offsets into the original text):
- a capitalised Latin word (folded first: fullwidth letters, zero-width characters, diacritics);
- a capitalised Cyrillic word;
- the noun stem of a Hangul word as the Korean analyser (`korean.py`, Kiwi) reads it, the
  particle, copula or honorific left out (박철수는 -> 박철수, 진성이는 -> 진성).

Features (strings; the weights file gives each a weight, the unknown ones count nothing):
the word's shape (capitals, hyphen, length), whether it parses into romanized Korean syllables,
whether it is a Korean, Chinese or listed foreign name word, a place, an organisation word, a
title, a common English or capitalised English word; its position (sentence start, after a
colon, inside brackets or quotes); the two words on each side, lower-cased; a title, role
word or "named" before it, a capitalised word beside it; whether the same word is written in
small letters elsewhere in the text, or capitalised inside a sentence elsewhere; for Hangul
Kiwi's tags of the stem, what follows it (particle, copula, honorific), its syllable count,
first and last syllable, and whether it starts with a surname syllable.

How the detector uses the score (`detect.detect_names`, `unresolved.unresolved_tokens`):
- at or above `high()`: a proposal, "looks like a name (statistical recogniser, score 0.93)";
- from `low()` up to `high()`: an unresolved item on the redaction review, which the reviewer
  must keep or redact before approval;
- never: a word inside a public figure's name, a place or an organisation (the vocabularies
  win over the score), or anything a rule already proposed.
"""

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from testimony.anonymize import detect, foreign_names, names
from testimony.anonymize.folding import fold_text

WEIGHTS_PATH = Path(__file__).with_name("recogniser_weights.json")

ENGLISH_WORD_HIGH = 0.995
REASON_PROPOSED = "looks like a name (statistical recogniser, score {score:.2f})"

_LATIN_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*")
_WORD_RE = re.compile(
    r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*|[가-힣]+"
    r"|[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|\d+"
)
_HANGUL_RE = re.compile(r"[가-힣]")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?…:;]\s*|\n\s*|[\"“'‘(\[「]\s*)$")
_ENGLISH_SUFFIXES = ("ing", "ed", "ly", "tion", "ness", "ment", "able", "ful", "ous", "ive")


@dataclass(frozen=True)
class Candidate:
    """One candidate word: [start, end) of the original text, its script and features."""

    start: int
    end: int
    text: str
    script: str  # "latin", "cyrillic" or "hangul"
    features: tuple[str, ...]


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    high: float
    low: float

    def score(self, features: Iterable[str]) -> float:
        total = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        if total >= 0:
            return 1.0 / (1.0 + math.exp(-total))
        exp = math.exp(total)
        return exp / (1.0 + exp)


def model_from_document(document: dict[str, Any]) -> Model:
    return Model(
        {str(k): float(v) for k, v in document["weights"].items()},
        float(document["bias"]),
        float(document["thresholds"]["high"]),
        float(document["thresholds"]["low"]),
    )


@cache
def _committed_model() -> Model | None:
    try:
        document = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return model_from_document(document)


_override: ContextVar[Model | None] = ContextVar("recogniser_model", default=None)
_enabled: ContextVar[bool] = ContextVar("recogniser_enabled", default=True)


def model() -> Model | None:
    """The model in use: the committed weights unless `using` or `disabled` says otherwise."""
    if not _enabled.get():
        return None
    return _override.get() or _committed_model()


@contextmanager
def using(replacement: Model) -> Iterator[None]:
    """Score with `replacement` instead of the committed weights (cross-validation)."""
    token = _override.set(replacement)
    try:
        yield
    finally:
        _override.reset(token)


@contextmanager
def disabled() -> Iterator[None]:
    """Detection and the review list without the recogniser (to compare)."""
    token = _enabled.set(False)
    try:
        yield
    finally:
        _enabled.reset(token)


class _Ranges:
    """Ranges [start, end) merged, for a quick "does this stretch touch one of them"."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def touches(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start


# Vocabularies. A word of these is never proposed nor listed by the recogniser.
@cache
def _protected_latin() -> frozenset[str]:
    from testimony.anonymize.redact import vocabulary

    words = set(detect._PLACES) | set(detect._ORG_WORDS) | set(foreign_names.PLACES_LATIN)
    # Russian towns with a surname's ending (Rostov, Saratov) and the Cyrillic places, months
    # and common words the rules know (Москва): the rules never take them, nor does the model.
    words |= set(foreign_names.RUSSIAN_PLACES_LIKE_SURNAMES)
    words |= {word.lower() for word in foreign_names.CYRILLIC_NOT_NAMES}
    for place in vocabulary.PLACE_NAMES:
        words.update(part.lower() for part in re.split(r"[\s\-]+", place) if part)
    return frozenset(words)


@cache
def _protected_hangul() -> frozenset[str]:
    from testimony.anonymize.redact import vocabulary

    from . import korean

    return frozenset({*detect._KO_PLACES, *vocabulary.HANGUL_PLACE_NAMES, *korean._NOT_PERSONS})


@cache
def _english_words() -> tuple[frozenset[str], frozenset[str]]:
    """English words that are also romanized name syllables (Song, Moon, Park, Sun ...) and
    capitalised function words (The, When ...)."""
    return (
        frozenset(names.ENGLISH_WORD_SPELLINGS | names.ENGLISH_FUNCTION_WORDS),
        frozenset(detect._CAPITALISED_STOPWORDS),
    )


@cache
def _context_lists() -> tuple[frozenset[str], frozenset[str]]:
    from testimony.anonymize import context_names

    return context_names.ROLE_NOUNS, frozenset(names.PERSON_VERBS)


def _length_bucket(length: int) -> str:
    return str(length) if length <= 6 else ("7-9" if length <= 9 else "10+")


@lru_cache(maxsize=8192)
def _latin_word_features(word: str) -> tuple[str, ...]:
    lower = word.lower()
    english, _stopwords = _english_words()
    parts = lower.split("-")
    joined = lower.replace("-", "").replace("'", "").replace("’", "")
    features = [
        "script=latin",
        f"len={_length_bucket(len(joined))}",
        f"suffix2={joined[-2:]}",
        f"suffix3={joined[-3:]}",
    ]
    if word.isupper() and len(word) > 1:
        features.append("shape=allcaps")
    elif word[:1].isupper():
        features.append("shape=title")
    if "-" in word:
        features.append(f"hyphen_parts={min(len(parts), 3)}")
        if all(part[:1].isupper() for part in word.split("-")):
            features.append("hyphen_all_capitalised")
    if "'" in word or "’" in word:
        features.append("apostrophe")
    syllables = [detect._syllables(part, detect._ONE_OR_TWO_SYLLABLES_RE) for part in parts if part]
    if all(syllables):
        if all(detect._syllables(part, detect._ONE_SYLLABLE_RE) for part in parts):
            features.append(f"korean_syllables_each_one={len(parts)}")
        else:
            features.append(f"korean_syllables_two={len(parts)}")
    if lower in detect._romanized_surnames():
        features.append("korean_surname")
        if lower in detect._ambiguous_surnames():
            features.append("korean_surname_english_word")
    if lower in foreign_names.GIVEN_LATIN:
        features.append("foreign_given_name")
    if lower in foreign_names.PINYIN_SURNAMES:
        features.append("pinyin_surname")
    if lower in foreign_names.BURMESE_ELEMENTS:
        features.append("burmese_element")
    if lower.endswith(foreign_names.SLAVIC_SURNAME_ENDINGS) and len(lower) > 4:
        features.append("slavic_ending")
    if lower in detect._TITLES:
        features.append("title_word")
    if lower in detect._CAPITALISED_STOPWORDS:
        features.append("capitalised_stopword")
    if lower in english:
        features.append("english_word")
    elif lower.endswith(_ENGLISH_SUFFIXES) and len(lower) > 5:
        features.append("english_suffix")
    return tuple(features)


def _position_features(plain: str, start: int, end: int, initial: bool) -> list[str]:
    before = plain[max(0, start - 6) : start]
    after = plain[end : end + 2]
    features = ["pos=sentence_start" if initial else "pos=inside"]
    stripped = before.rstrip(" \t")
    if stripped.endswith(","):
        features.append("left_punct=comma")
    elif stripped.endswith(("(", "[", "（")):
        features.append("left_punct=bracket")
    elif stripped.endswith(('"', "“", "'", "‘", "«")):
        features.append("left_punct=quote")
    elif stripped.endswith(":"):
        features.append("left_punct=colon")
    if after[:1] in (",", ".", ")", ":", '"', "”", "!", "?", ";"):
        features.append(f"right_punct={after[:1]}")
    if after[:1] and _HANGUL_RE.match(after[:1]):
        features.append("right_hangul_attached")
    if after[:2] in ("'s", "’s"):
        features.append("possessive")
    return features


def _context_features(words: list[tuple[int, int, str]], index: int) -> list[str]:
    features: list[str] = []
    for offset, label in ((-2, "l2"), (-1, "l1"), (1, "r1"), (2, "r2")):
        position = index + offset
        if 0 <= position < len(words):
            features += _neighbour_features(words[position][2], label)
        else:
            features.append(f"{label}=<edge>")
    return features


@lru_cache(maxsize=16384)
def _neighbour_features(word: str, label: str) -> tuple[str, ...]:
    """What a word two or one before (l2, l1) or after (r1, r2) the candidate says about it."""
    roles, verbs = _context_lists()
    lower = word.lower()
    features = [f"{label}={lower}"]
    if word[:1].isupper() and not word.isupper():
        features.append(f"{label}_capitalised")
    if label == "l1":
        if lower in detect._TITLES or lower.rstrip(".") in detect._TITLES_ABBREVIATED:
            features.append("after_title")
        if lower in roles:
            features.append("after_role")
        if lower in names.NAME_CUES:
            features.append("after_name_cue")
        if lower in detect._romanized_surnames() and word[:1].isupper():
            features.append("after_korean_surname")
        if lower in detect._ORG_WORDS or lower in detect._PLACES:
            features.append("after_place_or_org")
    elif label == "r1":
        if lower in verbs:
            features.append("before_person_verb")
        if lower in detect._ORG_WORDS:
            features.append("before_org_word")
        if lower in detect._romanized_surnames() and word[:1].isupper():
            features.append("before_korean_surname")
        if word.isdigit():
            features.append("before_number")
    return tuple(features)


def _latin_candidates(text: str, skip: _Ranges) -> list[Candidate]:
    """Capitalised Latin and Cyrillic words, with their features."""
    folded = fold_text(text)
    plain = detect.fold(folded.text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(plain)]
    lower_forms = Counter(word for _, _, word in words if word[:1].islower())
    capitalised_inside: Counter[str] = Counter()
    initial: dict[int, bool] = {}
    for start, _end, word in words:
        if word[:1].isupper():
            initial[start] = bool(_SENTENCE_START_RE.search(plain[max(0, start - 6) : start]))
            if not initial[start]:
                capitalised_inside[_without_possessive(word).lower()] += 1
    candidates = []
    for index, (start, end, word) in enumerate(words):
        if not word[:1].isupper():
            continue
        word = _without_possessive(word)
        end = start + len(word)
        original = folded.original_span(start, end)
        if skip.touches(*original):
            continue
        lower = word.lower()
        cyrillic = not word[:1].isascii()
        features = _cyrillic_word_features(word) if cyrillic else list(_latin_word_features(word))
        features += _position_features(plain, start, end, initial[start])
        features += _context_features(words, index)
        if not cyrillic and (lower_forms.get(lower) or lower_forms.get(lower.split("-")[0])):
            features.append("written_lowercase_elsewhere")
        if capitalised_inside[lower] - (0 if initial[start] else 1) > 0:
            features.append("capitalised_inside_elsewhere")
        candidates.append(
            Candidate(
                *original,
                text[original[0] : original[1]],
                "cyrillic" if cyrillic else "latin",
                tuple(features),
            )
        )
    return candidates


def _without_possessive(word: str) -> str:
    """Rim's is Rim followed by a possessive."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _cyrillic_word_features(word: str) -> list[str]:
    lower = word.lower()
    features = ["script=cyrillic", f"len={_length_bucket(len(word))}", f"suffix2={lower[-2:]}"]
    if word.isupper() and len(word) > 1:
        features.append("shape=allcaps")
    if lower in foreign_names.GIVEN_CYRILLIC:
        features.append("foreign_given_name")
    if lower in foreign_names.CYRILLIC_KOREAN_SURNAMES:
        features.append("korean_surname")
    if lower.endswith(foreign_names.CYRILLIC_PLACE_ENDINGS):
        features.append("cyrillic_place_ending")
    return features


def hangul_tokens(text: str, known_names: Collection[str] = ()) -> list[Any]:
    """`korean.hangul_tokens`, kept for the last few texts: the detector, the recogniser and
    the review list read the same text, and the analyser is the slow part of all three."""
    return list(_hangul_analysis(text, tuple(sorted(set(known_names)))))


@lru_cache(maxsize=8)
def _hangul_analysis(text: str, known_names: tuple[str, ...]) -> tuple[Any, ...]:
    from testimony.anonymize import korean

    return tuple(korean.hangul_tokens(text, known_names))


def _hangul_candidates(text: str, known_names: tuple[str, ...], skip: _Ranges) -> list[Candidate]:
    from testimony.anonymize import korean

    if not _HANGUL_RE.search(text) or not detect._korean_analyser_enabled.get():
        return []
    tokens = hangul_tokens(text, known_names)
    grouped = korean.words(tokens)
    stems: list[tuple[int, int, list[Any], list[Any]]] = []
    for word in grouped:
        count = korean._stem(word)
        if not count:
            stems.append((word[0].start, word[-1].end, [], word))
            continue
        nouns, rest = word[:count], word[count:]
        stems.append((nouns[0].start, nouns[-1].end, nouns, rest))
    surnames = korean._SURNAMES
    stem_counts = Counter(text[s:e] for s, e, nouns, _ in stems if nouns)
    candidates = []
    for index, (start, end, nouns, rest) in enumerate(stems):
        if not nouns or skip.touches(start, end):
            continue
        surface = text[start:end]
        syllables = len(_HANGUL_RE.findall(surface))
        if syllables < 2 or syllables > 5:
            continue  # a syllable alone (김, 이, 성) is the rules' and the review list's
        tags = "+".join(t.tag for t in nouns[:3])
        features = [
            "script=hangul",
            f"ko_tags={tags}",
            f"ko_syllables={syllables}",
            f"ko_first={surface[0]}",
            f"ko_last={surface[-1]}",
            f"ko_after={korean._after(rest)}",
        ]
        if any(t.unknown for t in nouns):
            features.append("ko_unknown_word")
        if len(nouns) == 1:
            features.append(f"ko_single_{nouns[0].tag}")
        if surface[0] in surnames or surface[:2] in surnames:
            features.append("ko_surname_first")
            features.append(f"ko_surname_first_len={syllables}")
        if surface in detect._HANGUL_STOPWORDS:
            features.append("ko_stopword")
        if surface in foreign_names.GIVEN_HANGUL:
            features.append("foreign_given_name")
        if any(char in detect._NON_GIVEN_SYLLABLES for char in surface[1:]):
            features.append("ko_non_given_syllable")
        if surface in names.HANGUL_TITLES or surface in detect._KO_HONORIFICS_SET:
            features.append("ko_title_word")
        if rest:
            features.append(f"ko_next_tag={rest[0].tag}")
            tail = text[rest[0].start : rest[-1].end]
            features.append(f"ko_tail={tail[:3]}")
            if rest[0].tag == "XSN" and rest[0].form == "이":
                features.append("ko_affectionate_i")
        else:
            features.append("ko_tail=<none>")
        if index > 0:
            prev = text[stems[index - 1][0] : stems[index - 1][1]]
            features.append(f"ko_l1={prev}")
            if prev in detect._KO_TITLES_BEFORE:
                features.append("ko_after_title")
            if prev in detect._KO_PERSON_NOUNS:
                features.append("ko_after_person_noun")
        else:
            features.append("ko_l1=<edge>")
        if index + 1 < len(stems):
            nxt_start, nxt_end = stems[index + 1][0], stems[index + 1][1]
            nxt = text[nxt_start:nxt_end]
            features.append(f"ko_r1={nxt}")
            if nxt in detect._KO_HONORIFICS_SET or any(
                nxt.startswith(title) for title in ("씨", "동무", "동지", "선생")
            ):
                features.append("ko_before_honorific")
        else:
            features.append("ko_r1=<edge>")
        latin_before = re.search(r"([A-Za-z]+)[ \t]*$", text[max(0, start - 20) : start])
        if latin_before:
            features.append("ko_after_latin")
        if stem_counts[surface] > 1:
            features.append("ko_repeated")
        candidates.append(Candidate(start, end, surface, "hangul", tuple(features)))
    return candidates


def candidates(
    text: str, known_names: Collection[str] = (), skip: Iterable[tuple[int, int]] = ()
) -> list[Candidate]:
    """Every candidate word of `text` with its features, in text order; none that touches a
    range of `skip` (what is decided already: it costs no time)."""
    ranges = _Ranges(skip)
    found = _latin_candidates(text, ranges)
    found += _hangul_candidates(text, tuple(sorted(known_names)), ranges)
    return sorted(found, key=lambda candidate: candidate.start)


def _protected(candidate: Candidate, public: _Ranges) -> bool:
    if public.touches(candidate.start, candidate.end):
        return True
    if candidate.script == "hangul":
        protected = _protected_hangul()  # also with the 이 Kiwi may leave on it: 리얄이라고
        return candidate.text in protected or candidate.text.removesuffix("이") in protected
    word = detect.fold(fold_text(candidate.text).text).lower()
    protected = _protected_latin()
    return word in protected or any(part in protected for part in word.split("-"))


@lru_cache(maxsize=8)
def _figures(extra: tuple[str, ...]) -> tuple[str, ...]:
    from testimony.anonymize.redact import vocabulary

    return tuple(
        sorted({*detect.DEFAULT_PUBLIC_FIGURES, *vocabulary.DEFAULT_PUBLIC_FIGURES, *extra})
    )


def eligible(
    text: str,
    known_names: Collection[str] = (),
    public_figures: Iterable[str] = (),
    skip: Iterable[tuple[int, int]] = (),
) -> list[Candidate]:
    """The candidates of `text` that no vocabulary protects: not inside a public figure's name,
    not a place, not an organisation or a word of a run that names one; none touching `skip`."""
    if not text:
        return []
    folded = fold_text(text)
    plain = detect.fold(folded.text)
    figures = _figures(tuple(public_figures))
    public = _Ranges(folded.original_span(s, e) for s, e in detect._public_ranges(plain, figures))
    return [
        candidate
        for candidate in candidates(text, known_names, skip)
        if not _protected(candidate, public) and not _org_run(text, candidate)
    ]


def scored(
    text: str,
    known_names: Collection[str] = (),
    public_figures: Iterable[str] = (),
    skip: Iterable[tuple[int, int]] = (),
) -> list[tuple[Candidate, float]]:
    """Every eligible candidate with its score; empty without a model."""
    current = model()
    if current is None:
        return []
    return [
        (candidate, current.score(candidate.features))
        for candidate in eligible(text, known_names, public_figures, skip)
    ]


_RUN_WORD_RE = re.compile(r"[ \t]+([A-Z][A-Za-z]+)")


def _org_run(text: str, candidate: Candidate) -> bool:
    """Part of a run of capitalised words that names an organisation or a numbered ship
    ("Namgang General Construction", "Tae Yang 3")."""
    if candidate.script != "latin":
        return False
    position = candidate.end
    for _ in range(4):
        match = _RUN_WORD_RE.match(text, position)
        if not match:
            break
        if match.group(1).lower() in detect._ORG_WORDS:
            return True
        position = match.end()
    return bool(re.match(r"[ \t]+(?:No\.?[ \t]*|#)?\d+\b", text[position : position + 12]))


def proposals(
    text: str,
    blocked: list[tuple[int, int]],
    known_names: Collection[str] = (),
    public_figures: Iterable[str] = (),
) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every run of candidates scored at or above the high threshold
    that no range of `blocked` (what the rules found, registered names, public figures)
    touches. Neighbouring words joined by a space or a hyphen make one proposal ("Jang
    Myong-gil"), scored as its lowest word."""
    current = model()
    if current is None:
        return []
    high = [
        (candidate.start, candidate.end, score)
        for candidate, score in scored(text, known_names, public_figures, blocked)
        if score >= current.high
    ]
    return [
        (start, end, REASON_PROPOSED.format(score=math.floor(score * 100) / 100))
        for start, end, score in _joined(text, high)
        if not _only_for_review(text[start:end], score) and not _marks_an_item(text, start, end)
    ]


# A letter, or letters in a run ("P P P"), that marks something rather than names someone: a
# register's marks (P for present, in cells "| C | C |"), an item's number or letter ("P1",
# "K1-K6", "Appendix C"). Initials ("K.M.", "Mr K said") are still proposed.
_LETTERS_RUN_RE = re.compile(r"[A-Za-z\u0400-\u04ff](?:[ \t][A-Za-z\u0400-\u04ff])+")
_LETTER_RE = re.compile(r"[A-Za-z\u0400-\u04ff]")
_ITEM_BEFORE_RE = re.compile(
    r"(?i)\b(?:appendix|annex|annexe|section|table|exhibit|schedule|part|plan|option|type|grade|"
    r"block|zone|group|building|room|floor|category|class|form|item|point|row|column|step|"
    r"phase|level|wing|unit|gate|dorm|barrack|site|camp|ward|line|shift|team)[ \t]+$"
)
_PAIRED_LETTERS_RE = re.compile(r"(?<![A-Za-z])[A-Z]/[A-Z](?![A-Za-z])")
_LETTER_CELL_RE = re.compile(r"(?<=\|)[ \t]*[A-Za-z\u0400-\u04ff][ \t]*(?=\|)")


# A letter alone between two runs of two spaces or more, or a tab (an aligned table's cell).
_ALIGNED_CELL_RE = re.compile(
    r"(?:  |\t|[ \t]\t)[A-Za-z\u0400-\u04ff](?:  |\t|[ \t]\t|[ \t]?\r?\n)"
)
# The label of a record's sex before its letter.
_SEX_LABEL_RE = re.compile(r"(?:SEX|Sex|sex|Gender|gender|성별)[ \t]*:?[ \t]*\Z")
# A sex between commas before an age: ", M, 44", ", F, 7".
_SEX_FIELD_RE = re.compile(r",[ \t]?[MFМЖ],[ \t]?\d{1,3}\b.*", re.DOTALL)


# A name masked with letters, as a subtitle or a form writes a withheld name ("OOO 씨", "XX").
_MASK_RE = re.compile(r"O{2,4}|X{2,4}")
# A ship's rank in a log, whose O is no name: C/O, 2/O, 3/E.
_SHIP_RANK_LETTER_RE = re.compile(r"[\dC]/[OE]\b")


def _marks_an_item(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is letters that mark a register's cells or number an item, not a
    person (see _LETTERS_RUN_RE)."""
    surface = detect.fold(fold_text(text[start:end]).text)
    if _LETTERS_RUN_RE.fullmatch(surface) or _MASK_RE.fullmatch(surface):
        return True
    if not _LETTER_RE.fullmatch(surface):
        return False
    after = text[end : end + 1]
    if after.isdigit() or (after == "-" and text[end + 1 : end + 2].isalnum()):
        return True  # P1, K1-K6, B-2
    if text[start - 1 : start].isdigit():
        return True  # 18K gold, 2.1K views, 5G
    if _SHIP_RANK_LETTER_RE.match(text[max(0, start - 2) : end]):
        return True  # the O of a ship's rank (C/O, 2/O)
    if _ITEM_BEFORE_RE.search(text[max(0, start - 12) : start]):
        return True
    if _PAIRED_LETTERS_RE.fullmatch(text, max(0, start - 2), end) or _PAIRED_LETTERS_RE.fullmatch(
        text, start, end + 2
    ):
        return True  # "Y/Y", "C/C": a booking's classes, a form's codes
    if text[start - 1 : start] == "\t" and text[end : end + 1] in ("\t", "\r", "\n", ""):
        return True  # a tab-separated register's cell: "Y" (valid), "N"
    if _ALIGNED_CELL_RE.fullmatch(text, max(0, start - 2), min(len(text), end + 2)):
        return True  # a cell of a table aligned with spaces: a manifest's "M", an EDL's "V"
    if _SEX_LABEL_RE.search(text, max(0, start - 12), start):
        return True  # a record's "SEX M", "Gender: F"
    if _SEX_FIELD_RE.fullmatch(text, max(0, start - 2), min(len(text), end + 5)):
        return True  # "KYE CHANG-SU, M, 44": a patient's sex between the name and the age
    # A cell of a register: the letter alone between bars, on a line of three such cells, or
    # alone in the last cell of its line ("Ticket 01 | R": a status in red, amber or green).
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if re.search(r"\|[ \t]*$", text[line_start:start]) and not text[end:line_end].strip():
        return True
    return (
        bool(re.search(r"\|[ \t]*$", text[line_start:start]))
        and bool(re.match(r"[ \t]*\|", text[end:line_end]))
        and len(_LETTER_CELL_RE.findall(text[line_start:line_end])) >= 3
    )


def _only_for_review(surface: str, score: float) -> bool:
    """One Latin word alone that is listed for review but never proposed on a score: a single
    romanized syllable that is not a surname ("Then Hyok came": the detector proposes a
    one-syllable given name only beside its full name), a surname that is also an English
    word (Moon, Song, So, Park: "Pak and Moon were there"), or another English word (Will,
    Grace) unless it scores ENGLISH_WORD_HIGH. A surname alone that is no English word (Baek,
    Wang, Seo) is proposed like any other name. A Hangul word of the stop list (로동자, a
    worker) is listed, never proposed, whatever it scores."""
    if surface in detect._HANGUL_STOPWORDS:
        return True
    word = detect.fold(fold_text(surface).text)
    if not _LATIN_TOKEN_RE.fullmatch(word):
        return False
    lower = word.lower()
    english, stopwords = _english_words()
    if lower in detect._romanized_surnames():
        return lower in detect._ambiguous_surnames() or lower in english or lower in stopwords
    if detect._syllables(lower, detect._ONE_SYLLABLE_RE):
        return True
    return score < ENGLISH_WORD_HIGH and (lower in english or lower in stopwords)


_JOIN_GAP_RE = re.compile(r"[ \t]|[ \t]?[-‐][ \t]?")


def _joined(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    joined: list[tuple[int, int, float]] = []
    for start, end, score in sorted(found):
        if joined and _JOIN_GAP_RE.fullmatch(text[joined[-1][1] : start]):
            last_start, _last_end, last_score = joined[-1]
            joined[-1] = (last_start, end, min(score, last_score))
        else:
            joined.append((start, end, score))
    return joined


def review_candidates(
    text: str,
    known_names: Collection[str] = (),
    public_figures: Iterable[str] = (),
    skip: Iterable[tuple[int, int]] = (),
    listable: Callable[[str], bool] | None = None,
) -> list[tuple[int, int, float]]:
    """(start, end, score) of every candidate scored at or above the low threshold and touching
    no range of `skip`: those the finders did not propose go on the review list. `listable`
    decides word by word, before neighbours are joined, so "Then" before "Hyok" at a sentence's
    start does not ride along into one item with the name."""
    current = model()
    if current is None:
        return []
    return _joined(
        text,
        [
            (candidate.start, candidate.end, score)
            for candidate, score in scored(text, known_names, public_figures, skip)
            if score >= current.low
            and (listable is None or listable(text[candidate.start : candidate.end]))
        ],
    )
