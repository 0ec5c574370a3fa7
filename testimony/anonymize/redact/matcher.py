"""`NameMatcher`: registered names in any spelling, and the public names and places kept."""

import re
from collections.abc import Sequence

from testimony.anonymize.failure import guarded
from testimony.anonymize.fit import fit_replacements
from testimony.anonymize.folding import fold_text
from testimony.anonymize.foreign_names import CHINESE_SURNAME_CHARS
from testimony.anonymize.names import (
    HANGUL_WORD_SYLLABLES,
    NOT_INITIALS,
    SURNAMES,
    GivenVariant,
    contains_hangul,
    cyrillic_given_key,
    cyrillic_surname_keys,
    fold,
    hangul_surnames_of_romanized,
    hanja_surnames_of,
    initial_consonants,
    name_forms,
    split_hangul_name,
    split_romanized_name,
    surname_hangul_forms,
    surname_spellings,
    syllabify,
    word_alias_keys,
)
from testimony.anonymize.redact import (
    hangul_scan,
    hanja_cyrillic,
    keyboard,
    lookups,
    resolution,
    transient,
    written_forms,
)
from testimony.anonymize.redact.candidates import (
    PRIORITY_FULL,
    PRIORITY_KEEP,
    Candidate,
    Entry,
    GivenKey,
    resolve,
)
from testimony.anonymize.redact.lookups import (
    HANGUL_WORD_RE,
    JAMO_INITIALS_RE,
    _literal_head,
    _literal_key,
)
from testimony.anonymize.redact.merge import (
    apply_spans,
    detected_spans,
    join_split_names,
    login_surnames,
    merge_detected,
    public_ranges,
    surname_initials,
)
from testimony.anonymize.redact.patterns import (
    CYRILLIC_WORD_RE,
    HANJA_RUN_RE,
    HYPHENS,
    fold_for_matching,
)
from testimony.anonymize.redact.resolution import _is_part_alone, _ranges_to_original, _to_original
from testimony.anonymize.redact.vocabulary import (
    AMBIGUOUS_REPLACEMENT,
    DEFAULT_PUBLIC_FIGURES,
    HANGUL_FOREIGN_PLACES,
    is_tail,
)
from testimony.anonymize.spans import RegisteredPerson, Result, Span

# Letters of scripts the token scans do not read: an alias written in them (刘建国, 老刘,
# Ким Чер Нам, ناصر الكعبي, ㄱㅊㅁ, ナムグン・ヒョク) is matched as written; so is a Hangul name
# of several words (미하일 자이체프).
OTHER_SCRIPT_RE = re.compile(
    r"[\u0400-\u04ff\u0590-\u06ff\u0750-\u077f\u3131-\u318e\u30a1-\u30fa\u3400-\u4dbf"
    r"\u4e00-\u9fff]"
)
# What a login or a surname with initials holds: a letter beside a digit, an underscore or an
# at sign, a small letter before a capital, or two capitals after a word ("KIM HC", "김SH").
LOGIN_HINT_RE = re.compile(r"[A-Za-z][0-9_@]|[0-9_][A-Za-z]|[a-z][A-Z]|[\w가-힣] ?[A-Z]{2}\b")
# The parts of a name in katakana: ナムグン・ヒョク is ナムグン and ヒョク alone too.
KATAKANA_PARTS_RE = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
# A name in apposition with an office of state: "Kim Yong-nam, the former head of state".
PUBLIC_OFFICE_RE = re.compile(
    r"(?<![\w-])([A-Z][a-z]+(?:(?: |-)[A-Z][a-z]+|-[a-z]+){1,2}),? (?:the |a |its |)"
    r"(?:(?:former|late|then|current|longtime|nominal|sitting) )?"
    r"(?:head of state|premier|prime minister|(?:foreign|defen[cs]e) minister|ambassador to)\b"
)
# A vessel's name and number: "the trawler Tae Dong Gang 7", "어선 루룽위 2682호". In Hangul
# only after a word for a ship: a number with 호 also follows rooms and prisoners.
VESSEL_RE = re.compile(
    r"(?<![\w-])(?:the|trawler|ship|vessel|boat|freighter|tanker) "
    r"((?:[A-Z][a-z]+ ){1,4}(?:No\. ?)?\d{1,5})(?![\w.-]|\.\d)"
    r"|(?:어선|선박|배|화물선|운반선|트롤선|상선|원양어선)(?:인|은|의)? "
    r"([가-힣]{2,6} ?\d{1,5}호)"
)
FOREIGN_PLACE_RE = re.compile(r"(?<![가-힣])[가-힣]{2,}")
MAX_PLACE_LENGTH = max(len(place) for place in HANGUL_FOREIGN_PLACES)
# Registered roles whose name is replaced even when a public figure bears it too.
PROTECTED_ROLES = frozenset(["witness", "relative", "coworker", "co-worker"])
# The reasons of the weakest registered findings: a part of a name standing alone.


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
      alone in quotation marks, or capitalised inside a sentence (`LatinScan.mid_sentence_capital`:
      "the guard, Ha, said"; never "the Moon", "Han River", "No. 5", a heading); before a
      family's noun ("the Yu siblings") or its own name in brackets ("Yu (유)"); after the
      full name, before a form of `names.VERB_FORMS` ("Moon held", "O opened them").
    - Before a Korean title: "Rim씨", "Ha 언니". A one-letter surname after a hyphenated given
      name: "Song-mi O". One capital and a full stop after a title: "Mr. K.".
    - Hanja (朴哲民) by the surname character, Cyrillic (Пак Чол Мин) from the Hangul; each
      surname alone only after the full name in the same text.
    - One-syllable given name ("Hyok", "Chol"): the same, and not beside another capitalised
      word; longer given names count anywhere, as before.
    - Initials: dotted, in either order (K.C.M., K. C. M., C.M.K.); undotted ("KCM") only
      after a title. Abbreviations (U.N., U.S. ...) never. The given name's beside the surname
      ("M.H. Lee", "Kim C.-M.", Cyrillic too); the surname's alone after the full name as a
      subject ("R. had") or explained ("H. = ..."); an initial signing a letter.
    - Aliases in other scripts (Cyrillic, Arabic, Chinese characters, jamo) and Hangul names
      of several words, as written (`_literal_alias_candidates`).
    - A bare surname that a public figure found in the same text also carries (a witness Kim
      and Kim Jong-un) gets "[name withheld]" and a reason naming both, for the reviewer.

    In Hangul:
    - Surname with a title (김씨, 림 동무; spaced 이/한/전/현/모/고 only before 씨, and 한 before
      동무/동지), in a nickname (큰 박, 작은 김), or as a whole word with a particle (박은, 박이,
      박을, 박의 ...) unless the syllable is an ordinary word (이, 나, 제, 한, 전, 안, 길, 강 ...:
      `names.HANGUL_WORD_SYLLABLES`) or the word follows an object (못을 박은); after 성은 or
      이름이 ("성은 성,"); after the full name, as a word of its own if it is no word (최 명의)
      or before a spaced title with the full name in apposition (한 반장, 한명길).
    - One-syllable given name with a particle (혁이, 철은) unless an ordinary word (일은, 수가);
      those only in the affectionate form with a particle after it (일이가).
    """

    def __init__(
        self,
        persons: list[RegisteredPerson],
        public_figures: list[str] | None = None,
        *,
        named_before: bool = False,
    ) -> None:
        self.persons = list(persons)
        # For a part of a longer text scanned alone (reveal.py's regions): every registered
        # person counts as named in full before it, so a surname alone after a full name that
        # lies outside the part is still replaced. Never fewer spans than the whole text gives.
        self.named_before = named_before
        # A second pass over the names the detector found or a reviewer redacted
        # (`transient.mentions_of_detected`), not a registry.
        self.transient = False
        self.public_figures = list(
            DEFAULT_PUBLIC_FIGURES if public_figures is None else public_figures
        )
        self._entries: list[Entry] = []
        self._given: dict[str, GivenKey] = {}
        self._aliases: dict[str, GivenKey] = {}
        # The case forms of foreign names, one word each ("malinowskiego") -> persons.
        self._declined: dict[str, set[int]] = {}
        # The words of foreign names ("belova") -> persons, those safe to take alone, and each
        # person's first letters (`written_forms.foreign_names`).
        self._foreign_words: dict[str, set[int]] = {}
        self._foreign_alone: set[str] = set()
        self._foreign_letters: dict[int, frozenset[str]] = {}
        self._surname_title: dict[str, list[int]] = {}
        self._hangul_full: dict[str, list[int]] = {}
        self._hangul_given: dict[str, list[int]] = {}
        self._hangul_alias: dict[str, list[int]] = {}
        # The first word of each Hangul alias written with a space ("큰" of "큰 박").
        self._spaced_alias_heads: set[str] = set()
        self._hangul_surname: dict[str, list[int]] = {}
        self._initials: dict[str, list[int]] = {}
        # The initial consonants of each Hangul full name: ㅅㅎㅅ for 서향숙.
        self._hangul_initials: dict[str, set[int]] = {}
        # Aliases in scripts the token scans do not read, and Hangul names of several words:
        # the pattern-ready form -> persons; compiled into one pattern on first use.
        self._literal_aliases: dict[str, set[int]] = {}
        # Their first word (or, in Chinese characters and jamo, first character) -> patterns:
        # the text is looked up word by word, so a large registry costs no more per text.
        self._literal_heads: dict[str, list[str]] = {}
        self._literal_compiled: dict[str, re.Pattern[str]] = {}
        # Aliases no word scan reads (handles, dotted initials, other scripts), by their first
        # two characters -> keys (`lookups.verbatim_alias_candidates`), and key -> persons.
        self._verbatim_aliases: dict[str, list[str]] = {}
        self._verbatim_eids: dict[str, set[int]] = {}
        # Whether a Hangul alias of one word is registered: then a Hangul word with a particle
        # is looked up by its first syllables too.
        self._hangul_word_heads = False
        # Those registered with a capital ("Нам"): written in lower case they are a word
        # ("нам", to us), not the name.
        self._literal_capitalised: set[str] = set()
        # Hanja surname character -> persons; Cyrillic loose keys of surnames and given names.
        self._hanja_surnames: dict[str, set[int]] = {}
        # The given name of a registered name in Chinese characters (明顺 of 李明顺) -> its
        # surname characters and persons (`written_forms.chinese_forms`).
        self._hanja_given: dict[str, tuple[frozenset[str], frozenset[int]]] = {}
        # Built at first use by `written_forms`: (first, last syllable) of each three-syllable
        # Hangul name, and each person's given-name initials.
        self._masked_names: dict[tuple[str, str], frozenset[int]] | None = None
        self._hangul_firsts: frozenset[str] | None = None
        self._given_initials: dict[int, frozenset[str]] = {}
        self._cyrillic_surnames: dict[str, set[int]] = {}
        self._cyrillic_given: dict[str, set[int]] = {}
        self._cyrillic_initials: dict[str, set[int]] = {}
        # The first letter of each registered surname as written: "Mr. K." for Kim.
        self._surname_letters: dict[str, frozenset[int]] = {}
        # The first letter of each registered given name: a letter signed "S." for Sun-hui.
        self._given_letters: dict[str, frozenset[int]] = {}
        self._max_tokens = 1
        self._max_hangul = 1
        # Every joined key cut at a syllable boundary ("myong" for "myongchol"): the scan goes
        # on to the next token only while what it has joined so far can still become a name.
        self._prefixes: set[str] = set()
        self._hangul_keys: set[str] = set()
        # For the persons of a second pass: where the detector found each one's full name.
        self._named_at: dict[int, int] = {}
        for person in self.persons:
            self._add_person(person)
        # Latin aliases that are ordinary words ("Bear", "Goggles"): in small letters they are
        # left to the review list, not proposed (`LatinScan.at`, `unresolved`).
        self._word_aliases = word_alias_keys(
            alias for person in self.persons for alias in person.aliases
        )
        for figure in self.public_figures:
            if not self._registered_under(figure):
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

    # The scans by area live in their own modules; each takes the matcher as its first argument.
    _keep_unless_named = staticmethod(resolution.keep_unless_named)
    _after_full_name = resolution.after_full_name
    _span = resolution.span
    _latin_candidates = lookups.latin_candidates
    _initials_candidates = lookups.initials_candidates
    _jamo_initials = lookups.jamo_initials
    _literal_alias_candidates = lookups.literal_alias_candidates
    _verbatim_alias_candidates = lookups.verbatim_alias_candidates
    _undotted_initials = lookups.undotted_initials
    _initials_matches = staticmethod(lookups.initials_matches)
    _hanja_candidates = hanja_cyrillic.hanja_candidates
    _hanja_gloss_of_a_word = hanja_cyrillic.hanja_gloss_of_a_word
    _cyrillic_candidates = hanja_cyrillic.cyrillic_candidates
    _hangul_candidates = hangul_scan.hangul_candidates
    _keyboard_candidates = keyboard.keyboard_candidates
    _spaced_alias_at = hangul_scan.spaced_alias_at
    _hangul_at = hangul_scan.hangul_at
    _known_hangul = transient.known_hangul
    _mentions_of_detected = transient.mentions_of_detected

    # --- building ---

    def _index_given(self, table: dict[str, GivenKey], variant: GivenVariant, eid: int) -> None:
        key = table.get(variant.joined)
        if key is None:
            key = table[variant.joined] = GivenKey()
        key.boundaries.update(variant.boundaries)
        for boundary in variant.boundaries:
            self._prefixes.add(variant.joined[:boundary])
        if not key.entries or key.entries[-1] != eid:
            key.entries.append(eid)
        self._max_tokens = max(self._max_tokens, min(len(variant.boundaries) + 1, 4))

    def _add_person(self, person: RegisteredPerson) -> None:
        # Imported here: the detector's modules import the redaction package.
        from testimony.anonymize.detect.foreign import _CHINESE_RUN_TITLES

        forms = name_forms(person)
        eid = len(self._entries)
        self._entries.append(Entry(person, person.pseudonym, forms.surnames, forms.given_syllables))
        for variant in forms.given:
            self._index_given(self._given, variant, eid)
        for variant in forms.aliases:
            self._index_given(self._aliases, variant, eid)
        for surname in forms.surnames:
            self._surname_title.setdefault(surname, []).append(eid)
        for form in forms.declined:
            self._declined.setdefault(form, set()).add(eid)
        if forms.foreign_words:
            self._foreign_letters[eid] = forms.foreign_letters
            for word in forms.foreign_words:
                self._foreign_words.setdefault(word, set()).add(eid)
                if written_forms.alone_a_name(word):
                    self._foreign_alone.add(word)
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
            # "Ro T. S." in Cyrillic for 로태성: the first letter of each syllable in Russian.
            letters = "".join(cyrillic_given_key(syllable)[:1] for syllable in hangul_given)
            self._cyrillic_initials.setdefault(letters, set()).add(eid)
        for alias in person.aliases:
            if lookups.is_verbatim_alias(alias):
                key = lookups.verbatim_key(alias)
                if key not in self._verbatim_eids:
                    self._verbatim_aliases.setdefault(key[:2], []).append(key)
                self._verbatim_eids.setdefault(key, set()).add(eid)
            words = alias.split()
            if len(words) == 2 and contains_hangul(alias):
                self._spaced_alias_heads.add(words[0])
            if len(alias.strip()) >= 2 and (
                OTHER_SCRIPT_RE.search(alias) or (len(words) > 1 and contains_hangul(alias))
            ):
                self._add_literal(alias, eid)
            parts = KATAKANA_PARTS_RE.findall(alias)
            if len(parts) > 1:
                # Japanese is written without spaces and calls a person by one part of the
                # name (ナムグンさん): each part is that person alone, not inside a longer word.
                for part in parts:
                    self._add_literal(part, eid)
            compact = "".join(words)
            # 刘建国: a Chinese name registered as an alias gives its surname character, found
            # alone after the full name (刘 "also hates ...") as a Hanja surname is.
            if (
                2 <= len(compact) <= 3
                and compact[0] in CHINESE_SURNAME_CHARS
                and HANJA_RUN_RE.fullmatch(compact)
            ):
                self._hanja_surnames.setdefault(compact[0], set()).add(eid)
                # 朴组长 (team leader Pak) is a surname and a title: 组长 is no given name.
                if len(compact) == 3 and compact[1:] not in _CHINESE_RUN_TITLES:
                    surnames, eids = self._hanja_given.get(compact[1:], (frozenset(), frozenset()))
                    self._hanja_given[compact[1:]] = (surnames | {compact[0]}, eids | {eid})
        if person.hangul and len(person.hangul.split()) > 1:
            self._add_literal(person.hangul, eid)
            # "압둘라흐만 알칸다리 ... 알칸다리 감독은", "가닌은": a foreign name written in Hangul
            # words; each word of two syllables or more is that person's name alone too, before
            # a particle, a title or a space, as a spaced Hangul alias is.
            for word in _foreign_hangul_words(person.hangul):
                self._add_literal(word, eid)
                self._hangul_word_heads = True
        surname, given = split_romanized_name(person.name) if person.name else ("", "")
        if surname and surname[:1].isalpha():
            letter = fold(surname)[:1].lower()
            self._surname_letters[letter] = self._surname_letters.get(letter, frozenset()) | {eid}
        if given and given[:1].isalpha():
            letter = fold(given)[:1].lower()
            self._given_letters[letter] = self._given_letters.get(letter, frozenset()) | {eid}
        for initials in forms.initials:
            if initials not in NOT_INITIALS:
                self._initials.setdefault(initials, []).append(eid)
        for full in forms.hangul_full:
            initials = initial_consonants(full)
            if len(initials) >= 3 and len(set(initials)) > 1:
                self._hangul_initials.setdefault(initials, set()).add(eid)
        for table, keys in (
            (self._hangul_full, forms.hangul_full),
            (self._hangul_given, forms.hangul_given),
            (self._hangul_alias, forms.hangul_aliases),
            (self._hangul_surname, forms.hangul_surnames),
        ):
            for key in keys:
                table.setdefault(key, []).append(eid)
                self._max_hangul = max(self._max_hangul, len(key))

    def _add_literal(self, alias: str, eid: int) -> None:
        key = _literal_key(alias)
        if key not in self._literal_aliases:
            self._literal_heads.setdefault(_literal_head(alias), []).append(key)
        self._literal_aliases.setdefault(key, set()).add(eid)
        if alias.strip()[:1].isupper():
            self._literal_capitalised.add(key)

    def _registered_under(self, figure: str) -> bool:
        """Whether a witness, a relative or a co-worker is registered under this public
        figure's full name (a witness Kim Jong-nam): then that person's safety wins and the
        name is replaced, not kept. A registry entry of the leader himself (no such role) or a
        supervisor leaves the public figure kept."""
        if contains_hangul(figure):
            eids = self._hangul_full.get(re.sub(r"\s+", "", figure), ())
        else:
            surname, given = split_romanized_name(figure)
            joined = "".join(re.split(rf"[\s{HYPHENS}]+", fold(given).lower()))
            key = self._given.get(joined)
            if not surname or key is None:
                return False
            eids = [eid for eid in key.entries if surname.lower() in self._entries[eid].surnames]
        return any(
            (person := self._entries[eid].person) is not None
            and person.role.lower() in PROTECTED_ROLES
            for eid in eids
        )

    def _add_public_figure(self, figure: str) -> None:
        figure = figure.strip()
        if not figure:
            return
        eid = len(self._entries)
        if contains_hangul(figure):
            key = re.sub(r"\s+", "", figure)
            hangul_surname = split_hangul_name(key)[0]
            shared = surname_hangul_forms(hangul_surname) | surname_spellings(hangul_surname)
            self._entries.append(Entry(None, figure, frozenset(), len(key), frozenset(shared)))
            self._hangul_full.setdefault(key, []).append(eid)
            self._hangul_keys.add(key)
            self._max_hangul = max(self._max_hangul, len(key))
            return
        surname, given = split_romanized_name(figure)
        words = [word for word in re.split(rf"[\s{HYPHENS}]+", fold(given).lower()) if word]
        if not surname or not words:
            return
        shared = surname_spellings(surname) | hangul_surnames_of_romanized(surname)
        self._entries.append(
            Entry(None, figure, frozenset({surname.lower()}), len(words), frozenset(shared))
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
        candidates: list[Candidate] = []
        # Parts of a name that count only after that person's full name earlier in the text.
        pending: list[Candidate] = []
        lowered = fold_for_matching(text)
        candidates.extend(self._latin_candidates(text, lowered, pending))
        if self._initials and "." in text:
            candidates.extend(self._initials_candidates(text))
        if self._initials:
            pending.extend(self._undotted_initials(text))
        if any("가" <= char <= "힣" for char in text):
            candidates.extend(self._hangul_candidates(text, pending))
        if self._hangul_keys and keyboard.GLUED_RE.search(text):
            candidates.extend(self._keyboard_candidates(text))
        if self._hangul_initials and JAMO_INITIALS_RE.search(text):
            candidates.extend(self._jamo_initials(text))
        if self._hanja_surnames and HANJA_RUN_RE.search(text):
            candidates.extend(self._hanja_candidates(text))
        if self._cyrillic_given and CYRILLIC_WORD_RE.search(text):
            candidates.extend(self._cyrillic_candidates(text, pending))
        if self._literal_aliases and (
            OTHER_SCRIPT_RE.search(text) or any("가" <= char <= "힣" for char in text)
        ):
            candidates.extend(self._literal_alias_candidates(text))
        if self._verbatim_aliases:
            candidates.extend(self._verbatim_alias_candidates(text))
        candidates.extend(self._written_forms(text))
        if pending:
            candidates.extend(self._after_full_name(text, candidates, pending))
        for match in VESSEL_RE.finditer(text):
            group = 1 if match.group(1) else 2
            self._keep_unless_named(candidates, match.start(group), match.end(group), "vessel name")
        if any("가" <= char <= "힣" for char in text):
            for match in FOREIGN_PLACE_RE.finditer(text):
                word = match.group()
                for length in range(min(len(word), MAX_PLACE_LENGTH), 1, -1):
                    if word[:length] in HANGUL_FOREIGN_PLACES and is_tail(word[length:]):
                        self._keep_unless_named(
                            candidates, match.start(), match.start() + length, "foreign place"
                        )
                        break
        for match in PUBLIC_OFFICE_RE.finditer(text):
            # A registered person's name stays replaced whatever office the text gives him.
            if not any(
                candidate.priority == PRIORITY_FULL
                and candidate.start < match.end(1)
                and match.start(1) < candidate.end
                for candidate in candidates
            ):
                candidates.append(
                    Candidate(
                        match.start(1), match.end(1), PRIORITY_KEEP, frozenset(), "public office"
                    )
                )
        chosen = resolution.surnames_in_other_script(self, text, resolve(candidates, len(text)))
        public_surnames: dict[str, str] = {}
        for candidate in chosen:
            if candidate.priority == PRIORITY_KEEP:
                for eid in candidate.entries:
                    entry = self._entries[eid]
                    for surname in entry.shared_surnames:
                        public_surnames.setdefault(surname, entry.label)
        spans: list[Span] = []
        kept: list[tuple[int, int]] = []
        for candidate in chosen:
            if candidate.priority == PRIORITY_KEEP:
                kept.append((candidate.start, candidate.end))
            else:
                shared_with = public_surnames.get(candidate.surname, "")
                spans.append(self._span(text, candidate, shared_with))
        spans.sort(key=lambda span: span.start)
        kept.sort()
        return spans, kept

    def _written_forms(self, text: str) -> list[Candidate]:
        """Registered names in the forms of `written_forms`: each scan runs only on a text
        that holds what it looks for."""
        found: list[Candidate] = []
        if self._hangul_full and any("가" <= char <= "힣" for char in text):
            found.extend(written_forms.broken_hangul(self, text))
        if LOGIN_HINT_RE.search(text):
            found.extend(written_forms.login_initials(self, text))
        if (self._hanja_surnames or self._hanja_given) and HANJA_RUN_RE.search(text):
            found.extend(written_forms.chinese_forms(self, text))
        found.extend(written_forms.polish_cases(self, text))
        if self._foreign_words:
            found.extend(written_forms.foreign_names(self, text))
        if "<<" in text or "/" in text:
            found.extend(written_forms.travel_forms(self, text))
        if ":" in text:
            found.extend(written_forms.speaker_labels(self, text))
        return found

    @guarded
    def anonymize(
        self, text: str, detect: bool = True, *, named_by_reviewer: Sequence[str] = ()
    ) -> Result:
        """Every registered (and, with `detect`, detected) name replaced; offsets into `text`.

        Matching and detection run on the folded copy of `text` (fullwidth letters folded,
        invisible characters dropped); every span is mapped back onto the original characters,
        the invisible ones inside a name included. `named_by_reviewer`: names a reviewer
        redacted in this testimony (either narrative); like a detected full name, each makes
        its other mentions, bare surname, given name and parts, found in `text` (with
        `detect`)."""
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
            # A reviewer's name stands "before" the text (-1): its parts count from the start.
            sources = detected + [
                Span(-1, -1, fold_text(name).text.strip(), AMBIGUOUS_REPLACEMENT, "detected", "")
                for name in named_by_reviewer
                if fold_text(name).text.strip()
            ]
            # Read only when there are names whose other mentions are looked for.
            public = public_ranges(folded.text, self.public_figures) if sources else []
            detected += self._mentions_of_detected(folded.text, sources, spans, kept + public)
            spans = merge_detected(registered, detected, kept)
        spans = login_surnames(folded.text, spans, self.persons)
        spans = surname_initials(folded.text, spans, self.persons)
        spans = _to_original(folded, join_split_names(folded.text, spans))
        # The spans stay as found (the review keys its decisions by them); the text reads as
        # the original did: titles, role words and Korean particles fitted to the replacement.
        return Result(apply_spans(text, fit_replacements(text, spans)), spans)


def _foreign_hangul_words(hangul: str) -> list[str]:
    """The words of a Hangul name of several words (a foreign name: 미하일 유리예비치 가닌) that
    may stand alone: two syllables or more, Hangul only, not a Korean surname or name syllable
    that is a word."""
    words = hangul.split()
    return [
        word
        for word in words
        if len(word) >= 2
        and HANGUL_WORD_RE.fullmatch(word)
        and word not in SURNAMES
        and word not in HANGUL_WORD_SYLLABLES
    ]
