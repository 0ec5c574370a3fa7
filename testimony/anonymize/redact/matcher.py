"""`NameMatcher`: registered names in any spelling, and the public names and places kept."""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from testimony.anonymize.fit import fit_replacements
from testimony.anonymize.folding import FoldedText, fold_text
from testimony.anonymize.names import (
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_WORD_SPELLINGS,
    HANGUL_NAME_PARTICLES,
    HANGUL_NICKNAME_ADJECTIVES,
    HANGUL_WORD_SYLLABLES,
    LEADERSHIP_TITLES,
    LEADERSHIP_WORDS,
    NAME_CUES,
    NEVER_ALONE,
    NOT_A_PERSON_AFTER,
    NOT_INITIALS,
    OBJECT_CUES,
    PERSON_VERBS,
    ROMANIZED_SURNAMES,
    ROMANIZED_TITLES_AFTER,
    SPACED_TITLE_AMBIGUOUS,
    SPACED_TITLE_EXCEPTIONS,
    SURNAMES,
    SURNAMES_NEEDING_CAPITAL,
    TITLES_BEFORE,
    GivenVariant,
    _words,
    contains_hangul,
    cyrillic_given_key,
    cyrillic_key,
    cyrillic_surname_keys,
    fold,
    hangul_surnames_of_romanized,
    hanja_surnames_of,
    name_forms,
    split_hangul_name,
    split_romanized_name,
    surname_hangul_forms,
    surname_spellings,
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
_PRIORITY_SURNAME_ALONE = 5
_PRIORITY_GIVEN_ONE = 6

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
# Dotted initials: "K.C.M.", "K. C. M.", "K.C.M", "K.C." (two letters for a one-syllable name).
_INITIALS_RE = re.compile(
    r"(?<![A-Za-z0-9.])([A-Z])\.[ \u00a0]?([A-Z])\.(?:[ \u00a0]?([A-Z])(?:\.|(?![A-Za-z0-9])))?"
    r"(?![A-Za-z0-9])"
)
_SENTENCE_END = ".!?:;\n\r"
_OPENING = " \t\u00a0\"'“‘(«[-–—"
_DETECTED_PREFIX = "the detected name"
_HANJA_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]+")
_CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff]+")
# A title after a Hanja name (朴哲民氏).
_HANJA_TITLES = frozenset("氏君")
# Hanja words and public names that start with a surname character: never a witness.
_HANJA_NOT_NAMES = frozenset(
    _words(
        """金日成 金正日 金正恩 金正淑 金策 李雪主 張成澤 崔龍海 文在寅 尹錫悅 朴正熙 朴槿惠 李承晩
    韓國 韓半島 南韓 南北 南浦 南側 北韓 全國 全體 全部 高麗 高原 高校 文化 文件 文書 安全 安州
    成功 成川 成人 金額 金錢 金剛山 申請 車輛 元山 白頭山 黃海 黃海道 羅津 明川 方法 方面 朱義
    任務 任命 田園 表示 洪水 許可 宋代 秦國 周邊 石油 慶尙 吳國 河川 河口 孫子 朝鮮 玉流館"""
    )
)
_HANGUL_AFTER_RE = re.compile(r"[ \u00a0]?([가-힣]+)")
# "Mr. K. C." (more initials follow) is left to the dotted-initials rule.
_INITIAL_AFTER_RE = re.compile(r" ?[A-Z]\.")
_NUMBER_AFTER_RE = re.compile(r"\.? ?\d")
_HEADING_WORD_RE = re.compile(r"[^\W\d_]+")
_QUOTES_OPEN = frozenset("'\"‘“«")
_QUOTES_CLOSE = frozenset("'\"’”»")
# Before an English-word surname capitalised mid-sentence these make it a thing ("the Moon").
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "every", "each", "no", "some"]
)
# After a grammar word opening a sentence these make an idiom, not a person ("So was I").
_AUXILIARIES = frozenset(
    ["was", "is", "had", "has", "did", "would", "could", "will", "can", "must", "never", "also"]
)
# The reasons of the weakest registered findings: a part of a name standing alone.
_PARTS_ALONE = ("surname alone", "one-syllable given name", "one-syllable Hangul given name")


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
    # For a public figure: every spelling of its surname in both scripts, to tell when a bare
    # surname in the same text may be theirs.
    shared_surnames: frozenset[str] = frozenset()

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
    surname: str = ""  # a bare surname: its spelling, to compare with the public figures


class _GivenKey:
    """Everyone whose given name (or alias) can be spelled as one joined key."""

    __slots__ = ("_alone", "_groups", "_one", "boundaries", "entries")

    def __init__(self) -> None:
        self.boundaries: set[int] = set()
        self.entries: list[int] = []
        self._groups: dict[tuple[frozenset[str], bool], frozenset[int]] | None = None
        self._alone: frozenset[int] = frozenset()
        self._one: frozenset[int] = frozenset()

    def one_syllable(self, table: list["_Entry"]) -> frozenset[int]:
        """The persons whose one-syllable given name this key spells ("Hyok", "Chol")."""
        self.grouped(table)
        return self._one

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
            self._one = frozenset(
                eid
                for eid in self.entries
                if not table[eid].public and table[eid].given_syllables == 1
            )
        return self._groups, self._alone


class NameMatcher:
    """Finds registered persons in a text, and the public figures and places to leave alone.

    The text is folded first (`folding.fold_text`: NFKC, format characters dropped); every span
    is found on the folded copy and mapped back, so that it covers every original character of
    the name, the invisible ones inside it included. Offsets are always those of the input.

    Parts of a registered name standing alone (Latin letters):
    - Surname: capitalised, not part of another name (a capitalised Korean-looking word right
      after it, "Pak Yong-chol"; a capitalised word before it, "Wang Li"; a hyphen, "Moon-lit"),
      not after a leadership title (Marshal, General, Chairman, Supreme Leader) nor before
      "regime", "dynasty" ... "I" never. A spelling that is also an English word (So, No, Do,
      An, Song, Moon, Park ...) needs a person's grammar, given in the reason: possessive
      ("Song's"), subject of a verb of the list ("Song said"; but a grammar word such as So,
      No, Do opening a sentence before an auxiliary is an idiom: "So was I"), after
      "named"/"called"/"name was", or object of a verb of hitting or telling ("beat So"),
      alone in quotation marks, or capitalised inside a sentence (`_LatinScan.mid_sentence_capital`:
      "the guard, Ha, said"; never "the Moon", "Han River", "No. 5", a heading).
    - Before a Korean title: "Rim씨", "Ha 언니". A one-letter surname after a hyphenated given
      name: "Song-mi O". One capital and a full stop after a title: "Mr. K.".
    - Hanja (朴哲民) by the surname character, Cyrillic (Пак Чол Мин) from the Hangul; each
      surname alone only after the full name in the same text.
    - One-syllable given name ("Hyok", "Chol"): the same, and not beside another capitalised
      word; longer given names count anywhere, as before.
    - Initials: dotted, in either order (K.C.M., K. C. M., C.M.K.); undotted ("KCM") only
      after a title. Abbreviations (U.N., U.S. ...) never.
    - A bare surname that a public figure found in the same text also carries (a witness Kim
      and Kim Jong-un) gets "[name withheld]" and a reason naming both, for the reviewer.

    In Hangul:
    - Surname with a title (김씨, 림 동무; spaced 이/한/전/현/모/고 only before 씨, and 한 before
      동무/동지), in a nickname (큰 박, 작은 김), or as a whole word with a particle (박은, 박이,
      박을, 박의 ...) unless the syllable is an ordinary word (이, 나, 제, 한, 전, 안, 길, 강 ...:
      `names.HANGUL_WORD_SYLLABLES`) or the word follows an object (못을 박은).
    - One-syllable given name with a particle (혁이, 철은) unless an ordinary word (일은, 수가);
      those only in the affectionate form with a particle after it (일이가).
    """

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
        # The first word of each Hangul alias written with a space ("큰" of "큰 박").
        self._spaced_alias_heads: set[str] = set()
        self._hangul_surname: dict[str, list[int]] = {}
        self._initials: dict[str, list[int]] = {}
        # Hanja surname character -> persons; Cyrillic loose keys of surnames and given names.
        self._hanja_surnames: dict[str, set[int]] = {}
        self._cyrillic_surnames: dict[str, set[int]] = {}
        self._cyrillic_given: dict[str, set[int]] = {}
        # The first letter of each registered surname as written: "Mr. K." for Kim.
        self._surname_letters: dict[str, frozenset[int]] = {}
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
        for key, eids in self._initials.items():
            self._initials[key] = frozenset(eids)  # type: ignore[assignment]

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
        for hangul_surname in forms.hangul_surnames:
            for hanja in hanja_surnames_of(hangul_surname):
                self._hanja_surnames.setdefault(hanja, set()).add(eid)
            for key in cyrillic_surname_keys(hangul_surname):
                self._cyrillic_surnames.setdefault(key, set()).add(eid)
        hangul_given = (
            split_hangul_name(re.sub(r"\s+", "", person.hangul))[1] if person.hangul else ""
        )
        if hangul_given and contains_hangul(hangul_given):
            self._cyrillic_given.setdefault(cyrillic_given_key(hangul_given), set()).add(eid)
        for alias in person.aliases:
            words = alias.split()
            if len(words) == 2 and contains_hangul(alias):
                self._spaced_alias_heads.add(words[0])
        surname = split_romanized_name(person.name)[0] if person.name else ""
        if surname and surname[:1].isalpha():
            letter = fold(surname)[:1].lower()
            self._surname_letters[letter] = self._surname_letters.get(letter, frozenset()) | {eid}
        for initials in forms.initials:
            if initials not in NOT_INITIALS:
                self._initials.setdefault(initials, []).append(eid)
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
            hangul_surname = split_hangul_name(key)[0]
            shared = surname_hangul_forms(hangul_surname) | surname_spellings(hangul_surname)
            self._entries.append(_Entry(None, figure, frozenset(), len(key), frozenset(shared)))
            self._hangul_full.setdefault(key, []).append(eid)
            self._hangul_keys.add(key)
            self._max_hangul = max(self._max_hangul, len(key))
            return
        surname, given = split_romanized_name(figure)
        words = [word for word in re.split(rf"[\s{_HYPHENS}]+", fold(given).lower()) if word]
        if not surname or not words:
            return
        shared = surname_spellings(surname) | hangul_surnames_of_romanized(surname)
        self._entries.append(
            _Entry(None, figure, frozenset({surname.lower()}), len(words), frozenset(shared))
        )
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
        """Registered-name spans, and the ranges kept on purpose (public figures, places), with
        offsets into `text`. The matching is done on the folded copy of `text`."""
        folded = fold_text(text)
        spans, kept = self._find_folded(folded.text)
        return _to_original(folded, spans), _ranges_to_original(folded, kept)

    def _find_folded(self, text: str) -> tuple[list[Span], list[tuple[int, int]]]:
        candidates: list[_Candidate] = []
        lowered = fold_for_matching(text)
        candidates.extend(self._latin_candidates(text, lowered))
        if self._initials and "." in text:
            candidates.extend(self._initials_candidates(text))
        if any("가" <= char <= "힣" for char in text):
            candidates.extend(self._hangul_candidates(text))
        if self._hanja_surnames and _HANJA_RUN_RE.search(text):
            candidates.extend(self._hanja_candidates(text))
        if self._cyrillic_given and _CYRILLIC_WORD_RE.search(text):
            candidates.extend(self._cyrillic_candidates(text))
        chosen = _resolve(candidates, len(text))
        public_surnames: dict[str, str] = {}
        for candidate in chosen:
            if candidate.priority == _PRIORITY_KEEP:
                for eid in candidate.entries:
                    entry = self._entries[eid]
                    for surname in entry.shared_surnames:
                        public_surnames.setdefault(surname, entry.label)
        spans: list[Span] = []
        kept: list[tuple[int, int]] = []
        for candidate in chosen:
            if candidate.priority == _PRIORITY_KEEP:
                kept.append((candidate.start, candidate.end))
            else:
                shared_with = public_surnames.get(candidate.surname, "")
                spans.append(self._span(text, candidate, shared_with))
        spans.sort(key=lambda span: span.start)
        kept.sort()
        return spans, kept

    def _span(self, text: str, candidate: _Candidate, shared_with: str = "") -> Span:
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
        if (
            len(pseudonyms) == 1
            and candidate.priority != _PRIORITY_OTHER_SURNAME
            and not shared_with
        ):
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
            if shared_with:
                reason += (
                    f"; the public figure {shared_with} in this text has it too: check who is meant"
                )
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

    def _initials_candidates(self, text: str) -> list[_Candidate]:
        """Dotted initials of a registered name, in either order: K.C.M., K. C. M., C.M.K."""
        found = []
        for match in _INITIALS_RE.finditer(text):
            letters = "".join(group for group in match.groups() if group).lower()
            eids = self._initials.get(letters)
            if eids:
                found.append(
                    _Candidate(
                        match.start(), match.end(), _PRIORITY_TITLE, frozenset(eids), "initials"
                    )
                )
        return found

    def _hanja_candidates(self, text: str) -> list[_Candidate]:
        """A registered person's name in Hanja (朴哲民): a run of two or three Chinese
        characters, the first a Hanja surname of a registered person, standing alone in Korean
        or English text (a longer run is Chinese prose, not a name). The surname character
        alone (朴) only once that person's full Hanja name occurred in the same text."""
        found: list[_Candidate] = []
        alone: list[tuple[int, str]] = []
        named: set[int] = set()
        for match in _HANJA_RUN_RE.finditer(text):
            run = match.group()
            if len(run) == 4 and run[-1] in _HANJA_TITLES:
                run = run[:3]
            eids = self._hanja_surnames.get(run[0])
            if not eids or len(run) > 3:
                continue
            if len(run) == 1:
                alone.append((match.start(), run))
                continue
            if run in _HANJA_NOT_NAMES or self._hanja_gloss_of_a_word(text, match.start()):
                found.append(
                    _Candidate(
                        match.start(),
                        match.start() + len(run),
                        _PRIORITY_KEEP,
                        frozenset(eids),
                        "public or common Hanja word",
                    )
                )
                continue
            named |= eids
            found.append(
                _Candidate(
                    match.start(),
                    match.start() + len(run),
                    _PRIORITY_FULL,
                    frozenset(eids),
                    f"name in Hanja (surname {run[0]})",
                )
            )
        for start, char in alone:
            eids = self._hanja_surnames[char] & named
            if eids:
                found.append(
                    _Candidate(
                        start,
                        start + 1,
                        _PRIORITY_SURNAME_ALONE,
                        frozenset(eids),
                        "Hanja surname alone, after the full Hanja name",
                    )
                )
        return found

    def _hanja_gloss_of_a_word(self, text: str, start: int) -> bool:
        """Hanja in brackets right after a Hangul word gloss that word (성과(成果)): a name only
        when the word is a registered Hangul name (박철민(朴哲民))."""
        if start < 2 or text[start - 1] not in "(（" or not ("가" <= text[start - 2] <= "힣"):
            return False
        word_start = start - 2
        while word_start > 0 and "가" <= text[word_start - 1] <= "힣":
            word_start -= 1
        word = text[word_start : start - 1]
        return not any(word[:length] in self._hangul_full for length in range(2, len(word) + 1))

    def _cyrillic_candidates(self, text: str) -> list[_Candidate]:
        """A registered Korean name in Cyrillic letters (Пак Чол Мин, Цой Гван-иль):
        a capitalised surname in one of its Russian spellings followed by the given name, its
        syllables together, hyphenated or apart, compared on a loose key that ignores
        aspiration and voicing. The surname alone only after the full name in the same text."""
        words = list(_CYRILLIC_WORD_RE.finditer(text))
        found: list[_Candidate] = []
        alone: list[tuple[int, int, frozenset[int]]] = []
        named: set[int] = set()
        for number, word in enumerate(words):
            if not word.group()[0].isupper():
                continue
            owners = self._cyrillic_surnames.get(cyrillic_key(word.group()))
            if not owners:
                continue
            joined = ""
            matched = False
            for after in range(number + 1, min(number + 4, len(words))):
                following = words[after]
                gap = text[words[after - 1].end() : following.start()]
                if gap not in (" ", "\u00a0", "-", "\u2011") or (
                    gap != "-" and not following.group()[0].isupper()
                ):
                    break
                joined += cyrillic_key(following.group())
                eids = owners & self._cyrillic_given.get(joined, set())
                if eids:
                    named |= eids
                    matched = True
                    found.append(
                        _Candidate(
                            word.start(),
                            following.end(),
                            _PRIORITY_FULL,
                            frozenset(eids),
                            "name in Cyrillic letters",
                        )
                    )
            if not matched:
                alone.append((word.start(), word.end(), frozenset(owners)))
        for start, end, owners in alone:
            eids = owners & named
            if eids:
                found.append(
                    _Candidate(
                        start,
                        end,
                        _PRIORITY_SURNAME_ALONE,
                        frozenset(eids),
                        "Cyrillic surname alone, after the full name",
                    )
                )
        return found

    def _hangul_candidates(self, text: str) -> list[_Candidate]:
        runs = [(match.start(), match.group()) for match in _HANGUL_RUN_RE.finditer(text)]
        found: list[_Candidate] = []
        for number, (start, word) in enumerate(runs):
            following = preceding = None
            if number + 1 < len(runs):
                next_start, next_word = runs[number + 1]
                if _HANGUL_GAP_RE.fullmatch(text, start + len(word), next_start):
                    following = (next_start, next_word)
            if number > 0:
                previous_start, previous_word = runs[number - 1]
                if _HANGUL_GAP_RE.fullmatch(text, previous_start + len(previous_word), start):
                    preceding = previous_word
            for length in range(min(len(word), self._max_hangul), 0, -1):
                if word[:length] in self._hangul_keys:
                    self._hangul_at(start, word, length, following, preceding, found)
            if following is not None and word in self._spaced_alias_heads:
                self._spaced_alias_at(start, word, following, found)
        return found

    def _spaced_alias_at(
        self, start: int, word: str, following: tuple[int, str], found: list[_Candidate]
    ) -> None:
        """A Hangul alias of two words ("큰 박", "작은 김"), as one span, particle left out."""
        next_start, next_word = following
        joined = word + next_word
        for length in range(len(joined), len(word), -1):
            eids = self._hangul_alias.get(joined[:length])
            if eids and is_tail(joined[length:]):
                end = next_start + length - len(word)
                found.append(
                    _Candidate(start, end, _PRIORITY_FULL, frozenset(eids), "Hangul alias")
                )
                return

    def _hangul_at(
        self,
        start: int,
        word: str,
        length: int,
        following: tuple[int, str] | None,
        preceding: str | None,
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
            elif eids and rest and _one_syllable_name_tail(prefix, rest):
                eids = [eid for eid in eids if self._entries[eid].given_syllables == 1]
                if eids:
                    found.append(
                        _Candidate(
                            start,
                            end,
                            _PRIORITY_GIVEN_ONE,
                            frozenset(eids),
                            "one-syllable Hangul given name before a particle",
                        )
                    )
        eids = self._hangul_surname.get(prefix)
        if not eids:
            return
        if rest and is_title_tail(rest):
            found.append(
                _Candidate(
                    start,
                    end,
                    _PRIORITY_TITLE,
                    frozenset(eids),
                    "Hangul surname before a title",
                )
            )
        if (
            preceding in HANGUL_NICKNAME_ADJECTIVES
            and prefix not in HANGUL_WORD_SYLLABLES
            and (not rest or rest in HANGUL_NAME_PARTICLES)
        ):
            found.append(
                _Candidate(
                    start,
                    end,
                    _PRIORITY_TITLE,
                    frozenset(eids),
                    f"Hangul surname in the nickname '{preceding} {prefix}'",
                )
            )
        # "못을 박은": after an object, 박은 is a verb.
        after_object = rest in ("은", "는", "을") and bool(preceding) and preceding[-1:] in "을를"
        if (
            rest in HANGUL_NAME_PARTICLES
            and prefix not in HANGUL_WORD_SYLLABLES
            and not after_object
        ):
            found.append(
                _Candidate(
                    start,
                    end,
                    _PRIORITY_SURNAME_ALONE,
                    frozenset(eids),
                    "Hangul surname alone before a particle",
                    prefix,
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
        if is_title_tail(next_word) and (
            prefix not in SPACED_TITLE_AMBIGUOUS
            or any(
                next_word.startswith(title) and prefix in allowed
                for title, allowed in SPACED_TITLE_EXCEPTIONS.items()
            )
        ):
            found.append(
                _Candidate(
                    start,
                    end,
                    _PRIORITY_TITLE,
                    frozenset(eids),
                    "Hangul surname before a title",
                )
            )

    def anonymize(self, text: str, detect: bool = True) -> Result:
        """Every registered (and, with `detect`, detected) name replaced; offsets into `text`.

        Matching and detection run on the folded copy of `text` (fullwidth letters folded,
        invisible characters dropped); every span is mapped back onto the original characters,
        the invisible ones inside a name included."""
        folded = fold_text(text)
        registered, kept = self._find_folded(folded.text)
        spans = list(registered)
        if detect:
            # A surname or a one-syllable name alone does not stop the detector from proposing
            # the longer name around it ("Wang Li"): the longer span wins in the merge.
            exclude = [
                (span.start, span.end) for span in registered if not _is_part_alone(span)
            ] + kept
            detected = detected_spans(
                folded.text, exclude, self.public_figures, self._known_hangul()
            )
            detected += self._mentions_of_detected(folded.text, detected, spans, kept)
            spans = merge_detected(registered, detected, kept)
        spans = _to_original(folded, spans)
        # The spans stay as found (the review keys its decisions by them); the text reads as
        # the original did: titles, role words and Korean particles fitted to the replacement.
        return Result(apply_spans(text, fit_replacements(text, spans)), spans)

    def _known_hangul(self) -> frozenset[str]:
        """The registered Hangul names, and their given names, for the Korean analyser."""
        names: set[str] = set()
        for person in self.persons:
            aliases = ["".join(alias.split()) for alias in person.aliases]
            names.update(alias for alias in aliases if contains_hangul(alias))
            full = "".join(person.hangul.split())
            if contains_hangul(full):
                names.add(full)
                _surname, given = split_hangul_name(full)
                if len(given) >= 2:
                    names.add(given)
        return frozenset(names)

    def _mentions_of_detected(
        self,
        text: str,
        detected: list[Span],
        registered: list[Span],
        kept: list[tuple[int, int]],
    ) -> list[Span]:
        """The bare surnames, given names and initials of the full names the detector found,
        wherever else they occur in the same text ("Pak Chol-min ... later Pak said")."""
        transients = []
        for number, span in enumerate(detected):
            person = _transient_person(number, span.text)
            if person is not None:
                transients.append(person)
        if not transients:
            return []
        second, _kept = NameMatcher(transients, self.public_figures)._find_folded(text)
        taken = [(span.start, span.end) for span in [*detected, *registered]] + kept
        mentions = []
        for span in second:
            if any(span.start < end and start < span.end for start, end in taken):
                continue
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


def _transient_person(number: int, name: str) -> RegisteredPerson | None:
    """A detected full name as a person known for this text only, or None if it is not a full
    Korean name (a surname after a title, a foreign name, a nickname)."""
    label = f"{_DETECTED_PREFIX} '{name}'"
    if contains_hangul(name):
        compact = re.sub(r"\s+", "", name)
        surname, given = split_hangul_name(compact)
        if not (2 <= len(compact) <= 4 and given and surname in SURNAMES):
            return None
        return RegisteredPerson(f"detected-{number}", "", label, compact)
    surname, given = split_romanized_name(name)
    words = [word for word in re.split(rf"[\s{_HYPHENS}]+", fold(given).lower()) if word]
    if surname.lower() not in ROMANIZED_SURNAMES or not words or len(words) > 2:
        return None
    if not all(syllabify(word) for word in words):
        return None
    return RegisteredPerson(f"detected-{number}", name, label)


@lru_cache(maxsize=4096)
def _reads_as_korean(word: str) -> bool:
    """Whether a word splits into romanized Korean syllables (Chol-min does, Then does too)."""
    return bool(syllabify(word))


def _is_part_alone(span: Span) -> bool:
    return any(part in span.reason for part in _PARTS_ALONE)


def _one_syllable_name_tail(syllable: str, rest: str) -> bool:
    """혁이, 혁이가, 철은, 혁아: a one-syllable given name before a particle. A syllable that is
    also a word (일, 수, 남 ...) only in the affectionate form with a particle after it (일이가)."""
    if rest.startswith("이") and rest[1:] in HANGUL_NAME_PARTICLES:
        return True
    if syllable in HANGUL_WORD_SYLLABLES:
        return False
    return rest in HANGUL_NAME_PARTICLES or is_title_tail(rest)


def _to_original(folded: FoldedText, spans: list[Span]) -> list[Span]:
    """Spans found on the folded copy, moved onto the original text's characters."""
    if folded.identical:
        return spans
    moved: list[Span] = []
    for span in sorted(spans, key=lambda span: span.start):
        start, end = folded.original_span(span.start, span.end)
        if moved and start < moved[-1].end:
            continue  # two names inside one folded character: the first keeps it
        moved.append(
            Span(
                start,
                end,
                folded.original[start:end],
                span.replacement,
                span.source,
                span.reason,
                span.person_key,
            )
        )
    return moved


def _ranges_to_original(folded: FoldedText, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [folded.original_span(start, end) for start, end in ranges]


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
        if key in matcher._surname_title and self.capitalised(first):
            if self.hangul_title_follows(first):
                eids = matcher._surname_title[key]
                self.add(first, first, _PRIORITY_TITLE, eids, "surname before a Korean title")
            self.surname_alone(first)

    def hangul_title_follows(self, index: int) -> bool:
        """A Hangul title right after a Latin surname: "Rim씨", "Ha 언니", "Ryu 반장"."""
        match = _HANGUL_AFTER_RE.match(self.folded, self.ends[index])
        return bool(match) and is_title_tail(match.group(1))

    def mid_sentence_capital(self, index: int) -> bool:
        """An English-word surname capitalised inside a sentence ("the cook, So, told me",
        "of Moon shouting"), where only a name is capitalised: not at a sentence start or after
        a quotation mark, not after a determiner ("the Moon"), not beside another capitalised
        word ("Han River"), not all in capitals, not in a title-case heading."""
        word = self.text[self.starts[index] : self.ends[index]]
        if index == 0 or (len(word) > 1 and word.isupper()) or self.sentence_start(index):
            return False
        if self.gap(index - 1) not in (" ", ", ", "\u00a0") or self.keys[index - 1] in _DETERMINERS:
            return False
        if self.followed_closely(index) and (
            self.capitalised(index + 1) or self.keys[index + 1].isdigit()
        ):
            return False
        if _NUMBER_AFTER_RE.match(self.folded, self.ends[index]):
            return False  # "room No. 5"
        return not self.in_heading(index)

    def in_heading(self, index: int) -> bool:
        """Whether token `index` is on a line where most longer words are capitalised."""
        line_start = self.folded.rfind("\n", 0, self.starts[index]) + 1
        line_end = self.folded.find("\n", self.ends[index])
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        words = [word for word in _HEADING_WORD_RE.findall(line) if len(word) > 3]
        capitals = sum(1 for word in words if word[0].isupper())
        return len(words) >= 2 and capitals * 3 >= len(words) * 2

    def quoted(self, index: int) -> bool:
        """The word alone between quotation marks: 'O', "Song"."""
        start, end = self.starts[index], self.ends[index]
        return (
            start > 0
            and self.folded[start - 1 : start] in _QUOTES_OPEN
            and self.folded[end : end + 1] in _QUOTES_CLOSE
        )

    def sentence_start(self, index: int) -> bool:
        """Whether token `index` opens a sentence (or the text, a line, a quotation)."""
        position = self.starts[index] - 1
        while position >= 0 and self.folded[position] in _OPENING:
            position -= 1
        return position < 0 or self.folded[position] in _SENTENCE_END

    def followed_closely(self, index: int) -> bool:
        """Whether the next token follows after plain spaces."""
        return index + 1 < self.count and self.gap(index) in (" ", "\u00a0", "  ")

    def person_context(self, index: int) -> str:
        """Why grammar makes token `index` a person, or "" (for English-word spellings)."""
        keys = self.keys
        end = self.ends[index]
        if (
            self.folded[end : end + 2] in ("'s", "’s")
            and not self.folded[end + 2 : end + 3].isalpha()
        ):
            return "possessive"
        if (
            self.followed_closely(index)
            and keys[index + 1] in PERSON_VERBS
            and not (
                keys[index] in ENGLISH_FUNCTION_WORDS
                and len(keys[index]) > 1
                and keys[index + 1] in _AUXILIARIES
                and self.sentence_start(index)
            )
        ):
            return f"subject of '{keys[index + 1]}'"
        if index > 0 and not self.sentence_start(index):
            previous = keys[index - 1]
            gap = self.gap(index - 1)
            if previous in NAME_CUES and gap in (" ", ", ", ": "):
                return f"after '{previous}'"
            if previous in ("was", "is") and index > 1 and keys[index - 2] == "name" and gap == " ":
                return "after 'name was'"
            if previous in OBJECT_CUES and gap == " ":
                return f"after '{previous}'"
        return ""

    def part_of_another_name(self, index: int) -> bool:
        """A capitalised Korean-looking word right after it ("Pak Chol-min"): another
        person's full name, left to the detector; or a hyphenated given name just before it
        ("Chol-min Pak")."""
        if self.followed_closely(index):
            following = self.keys[index + 1]
            if (
                self.capitalised(index + 1)
                and following not in ROMANIZED_TITLES_AFTER
                and following not in PERSON_VERBS
                and _reads_as_korean(following)
            ):
                return True
        if index == 0 or self.gap(index - 1) not in (" ", "\u00a0"):
            return False
        previous = index - 1
        if index > 1 and self.gap(index - 2) in _HYPHENS:
            return True
        # "Wang Li", "Robert Lee": a capitalised word before it, other than a title or a cue.
        return (
            self.capitalised(previous)
            and not self.sentence_start(previous)
            and self.keys[previous] not in TITLES_BEFORE
            and self.keys[previous] not in NAME_CUES
        )

    def surname_alone(self, index: int) -> None:
        """A registered surname without a title: "Pak said", "Kwak's team leader", "his last
        name, Kim,". English-word spellings need a person's grammar around them."""
        key = self.keys[index]
        if key in NEVER_ALONE:
            return
        if index + 1 < self.count:
            gap = self.gap(index)
            if gap == "" or gap[:1] in _HYPHENS or (gap[:1] == "." and len(key) == 1):
                return  # "Moon-lit", "Rim-il", "O.K."
            if self.keys[index + 1] in NOT_A_PERSON_AFTER and gap == " ":
                return
        if index > 0:
            gap = self.gap(index - 1)
            if gap[-1:] in _HYPHENS or gap == "":
                return
            previous = self.keys[index - 1]
            if previous in LEADERSHIP_TITLES:
                return
            if previous == "leader" and index > 1 and self.keys[index - 2] in LEADERSHIP_WORDS:
                return
        if self.part_of_another_name(index):
            return
        reason = "surname alone"
        if key in ENGLISH_WORD_SPELLINGS:
            context = self.person_context(index)
            if not context and self.quoted(index):
                context = "quoted"
            if not context and self.mid_sentence_capital(index):
                context = "capitalised mid-sentence"
            if not context:
                return
            reason = f"surname alone, {context}"
        eids = self.matcher._surname_title[key]
        self.add(index, index, _PRIORITY_SURNAME_ALONE, eids, reason, key)

    def given_one_syllable(self, index: int, eids: frozenset[int]) -> None:
        """A one-syllable given name alone ("Hyok was nineteen"): capitalised, in a name's
        place, not part of another name."""
        key = self.keys[index]
        if not self.capitalised(index) or self.part_of_another_name(index):
            return
        if self.followed_closely(index) and self.capitalised(index + 1):
            return
        reason = "one-syllable given name"
        if key in ENGLISH_WORD_SPELLINGS:
            context = self.person_context(index)
            if not context:
                return
            reason = f"one-syllable given name, {context}"
        self.add(index, index, _PRIORITY_GIVEN_ONE, eids, reason)

    def surname_ok(self, index: int) -> bool:
        return self.keys[index] not in SURNAMES_NEEDING_CAPITAL or self.capitalised(index)

    def title_hit(self, title: int) -> None:
        if self.keys[title] == "leader" and title > 0 and self.keys[title - 1] in LEADERSHIP_WORDS:
            return
        surname = title + 1
        word = self.text[self.starts[surname] : self.ends[surname]]
        initials = self.matcher._initials.get(self.keys[surname])
        if initials and word.isupper() and 2 <= len(word) <= 3:
            self.add(surname, surname, _PRIORITY_FULL, initials, "initials after a title")
        end = self.ends[surname]
        if (
            len(word) == 1
            and word.isupper()
            and self.folded[end : end + 1] == "."
            and not self.folded[end + 1 : end + 2].isalpha()
            and not _INITIAL_AFTER_RE.match(self.folded, end + 1)
        ):
            letter_eids = self.matcher._surname_letters.get(self.keys[surname])
            if letter_eids:
                title_word = self.text[self.starts[title] : self.ends[title]]
                self.found.append(
                    _Candidate(
                        self.starts[surname],
                        end + 1,
                        _PRIORITY_TITLE,
                        letter_eids,
                        f"initial of the surname after the title '{title_word}'",
                    )
                )
            return
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
        self.add(
            surname,
            surname,
            _PRIORITY_TITLE,
            eids,
            f"surname after the title '{title_word}'",
        )

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
                and (len(keys[after]) > 1 or self.one_letter_surname_after(after, single))
            ):
                self.add_full(first, after, group, public)
        # Where a full name matched too, the longer full-name candidate wins in _resolve.
        alone = alone_ids
        if not alone:
            one = key.one_syllable(self.matcher._entries)
            if one and single and joined not in PLACE_NAMES:
                if (
                    before >= 0
                    and keys[before] in ROMANIZED_SURNAMES
                    and self.capitalised(before)
                    and keys[before] not in SURNAMES_NEEDING_CAPITAL
                ):
                    self.add(
                        before,
                        last,
                        _PRIORITY_OTHER_SURNAME,
                        one,
                        "given name after another surname",
                    )
                else:
                    self.given_one_syllable(first, one)
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

    def one_letter_surname_after(self, after: int, single: bool) -> bool:
        """ "Song-mi O": a one-letter surname after a given name of several words, not an
        initial ("Song-mi O. Kim") nor a pronoun."""
        end = self.ends[after]
        return (
            not single
            and self.keys[after] not in NEVER_ALONE
            and not (self.folded[end : end + 1] == "." and self.folded[end + 1 : end + 2].isalpha())
            and not (
                self.folded[end : end + 2] == ". "
                and _INITIAL_AFTER_RE.match(self.folded, end + 2) is not None
            )
        )

    def add_full(self, first: int, last: int, eids: frozenset[int], public: bool) -> None:
        if public:
            self.found.append(
                _Candidate(self.starts[first], self.ends[last], _PRIORITY_KEEP, eids, "public")
            )
        else:
            self.add(first, last, _PRIORITY_FULL, eids, "full name")

    def add(
        self,
        first: int,
        last: int,
        priority: int,
        eids: Iterable[int],
        reason: str,
        surname: str = "",
    ) -> None:
        if priority != _PRIORITY_KEEP and self.place_follows(last):
            priority, reason = _PRIORITY_KEEP, "place"
        self.found.append(
            _Candidate(
                self.starts[first], self.ends[last], priority, frozenset(eids), reason, surname
            )
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
                known.surname,
            )
    chosen = []
    taken = bytearray(length)
    for candidate in sorted(best.values(), key=lambda c: (c.start - c.end, c.priority, c.start)):
        if 1 in taken[candidate.start : candidate.end]:
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    return chosen
