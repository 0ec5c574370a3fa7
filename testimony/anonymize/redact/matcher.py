"""`NameMatcher`: registered names in any spelling, and the public names and places kept."""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from testimony.anonymize.names import (
    LEADERSHIP_WORDS,
    ROMANIZED_SURNAMES,
    ROMANIZED_TITLES_AFTER,
    SURNAMES_NEEDING_CAPITAL,
    TITLES_BEFORE,
    GivenVariant,
    contains_hangul,
    fold,
    name_forms,
    split_romanized_name,
    syllabify,
)
from testimony.anonymize.redact.merge import apply_spans, detected_spans, merge_detected
from testimony.anonymize.redact.vocabulary import (
    AMBIGUOUS_REPLACEMENT,
    DEFAULT_PUBLIC_FIGURES,
    HANGUL_PLACE_NAMES,
    PLACE_CONNECTORS,
    PLACE_NAMES,
    PLACE_SUFFIXES,
    SPACED_TITLE_AMBIGUOUS,
    is_place_word,
    is_tail,
    is_title_tail,
)
from testimony.anonymize.spans import RegisteredPerson, Result, Span

_PRIORITY_KEEP = 0
_PRIORITY_FULL = 1
_PRIORITY_TITLE = 2
_PRIORITY_GIVEN = 3
_PRIORITY_OTHER_SURNAME = 4

# Latin tokens of the folded text; an apostrophe of McCune-Reischauer (Ch'ol, P'yong) is part
# of the token, a possessive ('s) is not.
_TOKEN_RE = re.compile(
    r"[a-z0-9\u0300-\u036f]+(?:(?<=[ktph])['’ʼ‘`](?=[aeiouwy])[a-z0-9\u0300-\u036f]+)*"
)
_STRIP_RE = re.compile(r"[\u0300-\u036f'’ʼ‘`]")
_INNER_GAP_RE = re.compile(r"[ \t\u00a0]{1,2}|[ \u00a0]?[-‐‑–][ \u00a0]?|\r?\n")
_SURNAME_GAP_RE = re.compile(r"[ \t\u00a0]{1,2}|[ \u00a0]?[-‐‑–][ \u00a0]?|\r?\n|, ")
_TITLE_GAP_RE = re.compile(r"\.?[ \t\u00a0]{1,2}|\.|[ \u00a0]?[-‐‑–][ \u00a0]?")
_PLACE_GAP_RE = re.compile(r"['’]?[ \t\u00a0]{1,2}|[-‐‑–]")
_HANGUL_RUN_RE = re.compile(r"[가-힣]+")
_HANGUL_GAP_RE = re.compile(r"[ \t\u00a0]{1,2}")
_HYPHENS = "‐‑–-"


@cache
def _fold_table() -> dict[int, str]:
    """Latin letters to plain lowercase, one character for one, so offsets stay the same."""
    table: dict[int, str] = {}
    for code in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base != char:
            table[code] = base
    return table


_ACCENTED_RE = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def fold_for_matching(text: str) -> str:
    """The text lowercased with Latin diacritics folded (Chŏng -> chong), same length."""
    lowered = text.lower()
    # lower() keeps the length except for a few letters (İ): then fold letter by letter.
    if len(lowered) == len(text) and not _ACCENTED_RE.search(text):
        return lowered
    return text.translate(_fold_table())


@dataclass(frozen=True)
class _Entry:
    person: RegisteredPerson | None  # None for a public figure
    label: str  # the pseudonym, or the public figure as listed
    surnames: frozenset[str]
    given_syllables: int

    @property
    def public(self) -> bool:
        return self.person is None


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    entries: frozenset[int]
    reason: str


class _GivenKey:
    """Everyone whose given name (or alias) can be spelled as one joined key."""

    __slots__ = ("_alone", "_groups", "boundaries", "entries")

    def __init__(self) -> None:
        self.boundaries: set[int] = set()
        self.entries: list[int] = []
        self._groups: dict[tuple[frozenset[str], bool], frozenset[int]] | None = None
        self._alone: frozenset[int] = frozenset()

    def grouped(
        self, table: list["_Entry"]
    ) -> tuple[dict[tuple[frozenset[str], bool], frozenset[int]], frozenset[int]]:
        """The entries grouped by surname spellings, and those whose given name may stand
        alone. Computed at the first hit: most keys are never hit, and a common given name
        ("Chol") may be shared by hundreds of persons in a large registry."""
        if self._groups is None:
            groups: dict[tuple[frozenset[str], bool], set[int]] = {}
            for eid in self.entries:
                entry = table[eid]
                groups.setdefault((entry.surnames, entry.public), set()).add(eid)
            self._groups = {key: frozenset(eids) for key, eids in groups.items()}
            self._alone = frozenset(
                eid
                for eid in self.entries
                if not table[eid].public and table[eid].given_syllables >= 2
            )
        return self._groups, self._alone


class NameMatcher:
    """Finds registered persons in a text, and the public figures and places to leave alone."""

    def __init__(
        self, persons: list[RegisteredPerson], public_figures: list[str] | None = None
    ) -> None:
        self.persons = list(persons)
        self.public_figures = list(
            DEFAULT_PUBLIC_FIGURES if public_figures is None else public_figures
        )
        self._entries: list[_Entry] = []
        self._given: dict[str, _GivenKey] = {}
        self._aliases: dict[str, _GivenKey] = {}
        self._surname_title: dict[str, list[int]] = {}
        self._hangul_full: dict[str, list[int]] = {}
        self._hangul_given: dict[str, list[int]] = {}
        self._hangul_alias: dict[str, list[int]] = {}
        self._hangul_surname: dict[str, list[int]] = {}
        self._max_tokens = 1
        self._max_hangul = 1
        # Every joined key cut at a syllable boundary ("myong" for "myongchol"): the scan goes
        # on to the next token only while what it has joined so far can still become a name.
        self._prefixes: set[str] = set()
        self._hangul_keys: set[str] = set()
        for person in self.persons:
            self._add_person(person)
        for figure in self.public_figures:
            self._add_public_figure(figure)
        for table in (
            self._surname_title,
            self._hangul_full,
            self._hangul_given,
            self._hangul_alias,
            self._hangul_surname,
        ):
            for key, eids in table.items():
                table[key] = frozenset(eids)  # type: ignore[assignment]
            self._hangul_keys.update(table if table is not self._surname_title else ())

    # --- building ---

    def _index_given(self, table: dict[str, _GivenKey], variant: GivenVariant, eid: int) -> None:
        key = table.get(variant.joined)
        if key is None:
            key = table[variant.joined] = _GivenKey()
        key.boundaries.update(variant.boundaries)
        for boundary in variant.boundaries:
            self._prefixes.add(variant.joined[:boundary])
        if not key.entries or key.entries[-1] != eid:
            key.entries.append(eid)
        self._max_tokens = max(self._max_tokens, min(len(variant.boundaries) + 1, 4))

    def _add_person(self, person: RegisteredPerson) -> None:
        forms = name_forms(person)
        eid = len(self._entries)
        self._entries.append(
            _Entry(person, person.pseudonym, forms.surnames, forms.given_syllables)
        )
        for variant in forms.given:
            self._index_given(self._given, variant, eid)
        for variant in forms.aliases:
            self._index_given(self._aliases, variant, eid)
        for surname in forms.surnames:
            self._surname_title.setdefault(surname, []).append(eid)
        for table, keys in (
            (self._hangul_full, forms.hangul_full),
            (self._hangul_given, forms.hangul_given),
            (self._hangul_alias, forms.hangul_aliases),
            (self._hangul_surname, forms.hangul_surnames),
        ):
            for key in keys:
                table.setdefault(key, []).append(eid)
                self._max_hangul = max(self._max_hangul, len(key))

    def _add_public_figure(self, figure: str) -> None:
        figure = figure.strip()
        if not figure:
            return
        eid = len(self._entries)
        if contains_hangul(figure):
            key = re.sub(r"\s+", "", figure)
            self._entries.append(_Entry(None, figure, frozenset(), len(key)))
            self._hangul_full.setdefault(key, []).append(eid)
            self._hangul_keys.add(key)
            self._max_hangul = max(self._max_hangul, len(key))
            return
        surname, given = split_romanized_name(figure)
        words = [word for word in re.split(rf"[\s{_HYPHENS}]+", fold(given).lower()) if word]
        if not surname or not words:
            return
        self._entries.append(_Entry(None, figure, frozenset({surname.lower()}), len(words)))
        offsets: set[int] = set()
        position = 0
        for word in words[:-1]:
            position += len(word)
            offsets.add(position)
        # Each word split into syllables too, so "Kim Jong Un" and "Kim Jongun" are one figure.
        position = 0
        for word in words:
            for reading in syllabify(word)[:1]:
                cut = position
                for syllable in reading[:-1]:
                    cut += len(syllable)
                    offsets.add(cut)
            position += len(word)
        self._index_given(
            self._given, GivenVariant("".join(words), frozenset(offsets), len(words)), eid
        )

    # --- scanning ---

    def find(self, text: str) -> tuple[list[Span], list[tuple[int, int]]]:
        """Registered-name spans, and the ranges kept on purpose (public figures, places)."""
        candidates: list[_Candidate] = []
        folded = fold_for_matching(text)
        candidates.extend(self._latin_candidates(text, folded))
        if any("가" <= char <= "힣" for char in text):
            candidates.extend(self._hangul_candidates(text))
        spans: list[Span] = []
        kept: list[tuple[int, int]] = []
        for candidate in _resolve(candidates, len(text)):
            if candidate.priority == _PRIORITY_KEEP:
                kept.append((candidate.start, candidate.end))
            else:
                spans.append(self._span(text, candidate))
        spans.sort(key=lambda span: span.start)
        kept.sort()
        return spans, kept

    def _span(self, text: str, candidate: _Candidate) -> Span:
        # A surname after a title can point at hundreds of persons in a large registry: look
        # at no more pseudonyms than needed to know whether they are all the same person.
        pseudonyms: set[str] = set()
        key = ""
        for eid in candidate.entries:
            person = self._entries[eid].person
            if person is None:
                continue
            pseudonyms.add(person.pseudonym)
            key = person.key if not key or key == person.key else "several"
            if len(pseudonyms) > 3:
                break
        if len(pseudonyms) == 1 and candidate.priority != _PRIORITY_OTHER_SURNAME:
            replacement = next(iter(pseudonyms))
            key = "" if key == "several" else key
            reason = f"registered: {candidate.reason} of {replacement}"
        else:
            replacement, key = AMBIGUOUS_REPLACEMENT, ""
            named = sorted(pseudonyms)[:3]
            more = len(candidate.entries) - len(named)
            listed = " or ".join(named) + (
                f" or {more} other registered persons" if more > 0 else ""
            )
            reason = f"registered: {candidate.reason} of {listed}"
        return Span(
            candidate.start,
            candidate.end,
            text[candidate.start : candidate.end],
            replacement,
            "registered",
            reason,
            key,
        )

    def _latin_candidates(self, text: str, folded: str) -> list[_Candidate]:
        matches = list(_TOKEN_RE.finditer(folded))
        starts = [match.start() for match in matches]
        ends = [match.end() for match in matches]
        keys = [_token_key(match.group()) for match in matches]
        scan = _LatinScan(self, text, folded, starts, ends, keys)
        for index in range(len(keys)):
            scan.at(index)
        return scan.found

    def _hangul_candidates(self, text: str) -> list[_Candidate]:
        runs = [(match.start(), match.group()) for match in _HANGUL_RUN_RE.finditer(text)]
        found: list[_Candidate] = []
        for number, (start, word) in enumerate(runs):
            following = None
            if number + 1 < len(runs):
                next_start, next_word = runs[number + 1]
                if _HANGUL_GAP_RE.fullmatch(text, start + len(word), next_start):
                    following = (next_start, next_word)
            for length in range(min(len(word), self._max_hangul), 0, -1):
                if word[:length] in self._hangul_keys:
                    self._hangul_at(start, word, length, following, found)
        return found

    def _hangul_at(
        self,
        start: int,
        word: str,
        length: int,
        following: tuple[int, str] | None,
        found: list[_Candidate],
    ) -> None:
        prefix, rest = word[:length], word[length:]
        end = start + length
        place_after = rest == "" and following is not None and is_place_word(following[1])
        tail = is_tail(rest)
        if tail:
            for table, priority, what in (
                (self._hangul_full, _PRIORITY_FULL, "Hangul name"),
                (self._hangul_alias, _PRIORITY_FULL, "Hangul alias"),
            ):
                eids = table.get(prefix)
                if not eids:
                    continue
                public = [eid for eid in eids if self._entries[eid].public]
                if public or place_after:
                    found.append(_Candidate(start, end, _PRIORITY_KEEP, frozenset(eids), what))
                else:
                    found.append(_Candidate(start, end, priority, frozenset(eids), what))
            eids = self._hangul_given.get(prefix)
            if eids and length >= 2:
                eids = [eid for eid in eids if self._entries[eid].given_syllables >= 2]
                if eids and (prefix in HANGUL_PLACE_NAMES or place_after):
                    found.append(_Candidate(start, end, _PRIORITY_KEEP, frozenset(eids), "place"))
                elif eids:
                    found.append(
                        _Candidate(
                            start, end, _PRIORITY_GIVEN, frozenset(eids), "Hangul given name"
                        )
                    )
        eids = self._hangul_surname.get(prefix)
        if not eids:
            return
        if rest and is_title_tail(rest):
            found.append(
                _Candidate(
                    start, end, _PRIORITY_TITLE, frozenset(eids), "Hangul surname before a title"
                )
            )
        if rest or following is None:
            return
        next_start, next_word = following
        owners = eids
        for given_length in range(min(len(next_word), self._max_hangul), 0, -1):
            given = next_word[:given_length]
            given_eids = owners.intersection(self._hangul_given.get(given, ()))
            if given_eids and is_tail(next_word[given_length:]):
                found.append(
                    _Candidate(
                        start,
                        next_start + given_length,
                        _PRIORITY_FULL,
                        frozenset(given_eids),
                        "Hangul name",
                    )
                )
        if prefix not in SPACED_TITLE_AMBIGUOUS and is_title_tail(next_word):
            found.append(
                _Candidate(
                    start, end, _PRIORITY_TITLE, frozenset(eids), "Hangul surname before a title"
                )
            )

    def anonymize(self, text: str, detect: bool = True) -> Result:
        """Every registered (and, with `detect`, detected) name replaced; offsets into `text`."""
        registered, kept = self.find(text)
        spans = list(registered)
        if detect:
            exclude = [(span.start, span.end) for span in registered] + kept
            detected = detected_spans(text, exclude, self.public_figures)
            spans = merge_detected(registered, detected, kept)
        return Result(apply_spans(text, spans), spans)


def _token_key(token: str) -> str:
    return token if token.isalnum() else _STRIP_RE.sub("", token)


class _LatinScan:
    """One pass over the Latin tokens of a text (a class only to keep the state in one place)."""

    def __init__(
        self,
        matcher: NameMatcher,
        text: str,
        folded: str,
        starts: list[int],
        ends: list[int],
        keys: list[str],
    ) -> None:
        self.matcher = matcher
        self.text = text
        self.folded = folded
        self.starts = starts
        self.ends = ends
        self.keys = keys
        self.count = len(keys)
        self.found: list[_Candidate] = []

    def gap(self, index: int) -> str:
        """The characters between token `index` and the next one."""
        return self.folded[self.ends[index] : self.starts[index + 1]]

    def capitalised(self, index: int) -> bool:
        return self.text[self.starts[index]].isupper()

    def at(self, first: int) -> None:
        keys = self.keys
        joined = ""
        offsets: list[int] = []
        matcher = self.matcher
        for last in range(first, min(first + matcher._max_tokens, self.count)):
            if last > first:
                if joined not in matcher._prefixes or not _INNER_GAP_RE.fullmatch(
                    self.gap(last - 1)
                ):
                    break
                offsets.append(len(joined))
            joined += keys[last]
            given = matcher._given.get(joined)
            if given is not None and all(offset in given.boundaries for offset in offsets):
                self.given_hit(first, last, given, single=not offsets, joined=joined)
            alias = matcher._aliases.get(joined)
            if alias is not None and all(offset in alias.boundaries for offset in offsets):
                self.add(first, last, _PRIORITY_FULL, alias.entries, "alias")
        key = keys[first]
        if first + 1 < self.count:
            if key in TITLES_BEFORE and _TITLE_GAP_RE.fullmatch(self.gap(first)):
                self.title_hit(first)
            if keys[first + 1] in ROMANIZED_TITLES_AFTER and _INNER_GAP_RE.fullmatch(
                self.gap(first)
            ):
                eids = matcher._surname_title.get(key)
                if eids and self.surname_ok(first):
                    self.add(first, first, _PRIORITY_TITLE, eids, "surname before a Korean title")

    def surname_ok(self, index: int) -> bool:
        return self.keys[index] not in SURNAMES_NEEDING_CAPITAL or self.capitalised(index)

    def title_hit(self, title: int) -> None:
        if self.keys[title] == "leader" and title > 0 and self.keys[title - 1] in LEADERSHIP_WORDS:
            return
        surname = title + 1
        eids = self.matcher._surname_title.get(self.keys[surname])
        if not eids or not self.surname_ok(surname):
            return
        if (
            surname + 1 < self.count
            and self.gap(surname)[:1] in _HYPHENS
            and self.keys[surname + 1] not in ROMANIZED_TITLES_AFTER
        ):
            return  # "Mr. Rim-il": the name goes on
        title_word = self.text[self.starts[title] : self.ends[title]]
        self.add(surname, surname, _PRIORITY_TITLE, eids, f"surname after the title '{title_word}'")

    def given_hit(self, first: int, last: int, key: _GivenKey, single: bool, joined: str) -> None:
        groups, alone_ids = key.grouped(self.matcher._entries)
        keys = self.keys
        # A hyphen glues syllables: "Il" in "Rim Il-song" is not the given name "Il".
        if last + 1 < self.count and self.gap(last) in _HYPHENS:
            following = keys[last + 1]
            if following not in ROMANIZED_TITLES_AFTER and not any(
                following in surnames for surnames, _public in groups
            ):
                return
        if first > 0 and self.gap(first - 1) in _HYPHENS:
            preceding = keys[first - 1]
            if not any(preceding in surnames for surnames, _public in groups):
                return
        before = first - 1 if first > 0 and _SURNAME_GAP_RE.fullmatch(self.gap(first - 1)) else -1
        after = (
            last + 1 if last + 1 < self.count and _INNER_GAP_RE.fullmatch(self.gap(last)) else -1
        )
        for (surnames, public), group in groups.items():
            if before >= 0 and keys[before] in surnames and self.surname_ok(before):
                self.add_full(before, last, group, public)
            if (
                after >= 0
                and keys[after] in surnames
                and self.capitalised(after)
                and len(keys[after]) > 1
            ):
                self.add_full(first, after, group, public)
        # Where a full name matched too, the longer full-name candidate wins in _resolve.
        alone = alone_ids
        if not alone:
            return
        if single and joined in PLACE_NAMES:
            self.add(first, last, _PRIORITY_KEEP, alone, "place name")
        elif (
            before >= 0
            and keys[before] in ROMANIZED_SURNAMES
            and self.capitalised(before)
            and keys[before] not in SURNAMES_NEEDING_CAPITAL
        ):
            self.add(
                before, last, _PRIORITY_OTHER_SURNAME, alone, "given name after another surname"
            )
        else:
            self.add(first, last, _PRIORITY_GIVEN, alone, "given name")

    def add_full(self, first: int, last: int, eids: frozenset[int], public: bool) -> None:
        if public:
            self.found.append(
                _Candidate(self.starts[first], self.ends[last], _PRIORITY_KEEP, eids, "public")
            )
        else:
            self.add(first, last, _PRIORITY_FULL, eids, "full name")

    def add(self, first: int, last: int, priority: int, eids: Iterable[int], reason: str) -> None:
        if priority != _PRIORITY_KEEP and self.place_follows(last):
            priority, reason = _PRIORITY_KEEP, "place"
        self.found.append(
            _Candidate(self.starts[first], self.ends[last], priority, frozenset(eids), reason)
        )

    def place_follows(self, last: int) -> bool:
        """Kim Chaek University, Rim Chol Street, Kim Chaek Iron and Steel Complex."""
        for index in range(last + 1, min(last + 5, self.count)):
            if not _PLACE_GAP_RE.fullmatch(self.gap(index - 1)):
                return False
            key = self.keys[index]
            if key in PLACE_SUFFIXES and self.capitalised(index):
                return True
            if not (self.capitalised(index) or (index > last + 1 and key in PLACE_CONNECTORS)):
                return False
        return False


def _resolve(candidates: list[_Candidate], length: int) -> list[_Candidate]:
    """Non-overlapping candidates: the longest first; on the same stretch the surest kind
    (kept > full name > surname after title > given name alone); the same stretch found for
    several persons becomes one candidate naming them all."""
    best: dict[tuple[int, int], _Candidate] = {}
    for candidate in candidates:
        where = (candidate.start, candidate.end)
        known = best.get(where)
        if known is None or candidate.priority < known.priority:
            best[where] = candidate
        elif candidate.priority == known.priority and not candidate.entries <= known.entries:
            best[where] = _Candidate(
                known.start,
                known.end,
                known.priority,
                known.entries | candidate.entries,
                known.reason,
            )
    chosen = []
    taken = bytearray(length)
    for candidate in sorted(best.values(), key=lambda c: (c.start - c.end, c.priority, c.start)):
        if 1 in taken[candidate.start : candidate.end]:
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    return chosen
