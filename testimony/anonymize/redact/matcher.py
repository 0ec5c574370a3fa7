"""`NameMatcher`: registered names in any spelling, and the public names and places kept."""

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from testimony.anonymize.fit import fit_replacements
from testimony.anonymize.folding import FoldedText, fold_text
from testimony.anonymize.foreign_names import (
    CHINESE_HANGUL_SURNAMES,
    CHINESE_SURNAME_CHARS,
    PINYIN_SURNAMES,
)
from testimony.anonymize.names import (
    CYRILLIC_SURNAMES,
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_WORD_SPELLINGS,
    HANGUL_NAME_PARTICLES,
    HANGUL_NICKNAME_ADJECTIVES,
    HANGUL_TITLES,
    HANGUL_WORD_SYLLABLES,
    NOT_INITIALS,
    ROMANIZED_SURNAMES,
    SPACED_TITLE_AMBIGUOUS,
    SPACED_TITLE_EXCEPTIONS,
    SURNAME_AND_TITLE_WORDS,
    SURNAMES,
    GivenVariant,
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
from testimony.anonymize.redact.candidates import (
    PRIORITY_FULL,
    PRIORITY_GIVEN,
    PRIORITY_GIVEN_ONE,
    PRIORITY_KEEP,
    PRIORITY_OTHER_SURNAME,
    PRIORITY_SURNAME_ALONE,
    PRIORITY_TITLE,
    Candidate,
    Entry,
    GivenKey,
    resolve,
)
from testimony.anonymize.redact.latin import (
    LatinScan,
    token_key,
)
from testimony.anonymize.redact.merge import apply_spans, detected_spans, merge_detected
from testimony.anonymize.redact.patterns import (
    CYRILLIC_WORD_RE,
    DETECTED_PREFIX,
    HANGUL_AFTER_RE,
    HANGUL_GAP_RE,
    HANGUL_RUN_RE,
    HANJA_NOT_NAMES,
    HANJA_RUN_RE,
    HANJA_TITLES,
    HYPHENS,
    INITIALS_RE,
    PARTS_ALONE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    REVIEWER_PREFIX,
    TOKEN_RE,
    fold_for_matching,
)
from testimony.anonymize.redact.vocabulary import (
    AMBIGUOUS_REPLACEMENT,
    DEFAULT_PUBLIC_FIGURES,
    HANGUL_FOREIGN_PLACES,
    HANGUL_PLACE_NAMES,
    PLACE_SUFFIXES,
    is_place_word,
    is_post_tail,
    is_tail,
    is_title_tail,
)
from testimony.anonymize.spans import RegisteredPerson, Result, Span

# Initial consonants of a Hangul name, alone or before a particle (ㅅㅎㅅ, ㄱㅊㅁ로): what follows
# in Hangul syllables is checked to be a particle.
JAMO_INITIALS_RE = re.compile(r"(?<![\u3131-\u318e가-힣])[\u3131-\u314e]{3,4}(?![\u3131-\u318e])")
# Letters of scripts the token scans do not read: an alias written in them (刘建国, 老刘,
# Ким Чер Нам, ناصر الكعبي, ㄱㅊㅁ) is matched as written; so is a Hangul name of several
# words (미하일 자이체프).
OTHER_SCRIPT_RE = re.compile(
    r"[\u0400-\u04ff\u0590-\u06ff\u0750-\u077f\u3131-\u318e\u3400-\u4dbf\u4e00-\u9fff]"
)
# Where such an alias may start: a character of the scripts written without spaces, or a word
# of the others.
LITERAL_CHAR_RE = re.compile(r"[\u3131-\u318e\u3400-\u4dbf\u4e00-\u9fff]")
LITERAL_WORD_RE = re.compile(r"[\u0400-\u04ff\u0590-\u06ff\u0750-\u077f가-힣]+")
# The script of a character, for the boundaries of such an alias: a letter of the same script
# right before or after it means the alias is part of a longer word.
SCRIPT_CLASSES = (
    "\u0400-\u04ff",
    "\u0590-\u06ff\u0750-\u077f",
    "\u3131-\u318e",
    "가-힣",
    "A-Za-z",
)
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# Kinship words after a one-syllable given name with the affectionate 이: 옥이 아빠.
KINSHIP_AFTER = ("아빠", "엄마", "아버지", "어머니", "동생", "언니", "오빠", "누나", "형", "할머니")
# The first syllables of a title, left unfinished: 박반... (박반장).
CUT_OFF_TITLES = frozenset(
    title[:length] for title in HANGUL_TITLES for length in range(1, len(title)) if len(title) > 1
)
# Verbs of speaking after a surname with a subject particle: 안이 말하길.
SPEAKING_AFTER = ("말하", "말했", "말씀", "물었", "대답", "소리쳤", "외쳤")
UNDOTTED_REASON = "initials in capitals, with the full name"
PERSON_BEFORE_INITIALS_RE = re.compile(
    r"\b(?:[Ww]itness|[Ii]nterviewee|[Ii]nformant|[Ss]urvivor|[Vv]ictim|[Aa]pplicant|"
    r"[Rr]espondent|[Dd]efector|[Ww]orker|[Ss]ubject|[Cc]laimant)[ \t]+$"
)
UNDOTTED_INITIALS_RE = re.compile(r"(?<![A-Za-z0-9.])[A-Z]{3}(?![A-Za-z0-9])")
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
HANGUL_WORD_RE = re.compile(r"[가-힣]+")
# Words before a surname that name it as the person's: "성은 성", "이름이 송이고".
HANGUL_NAME_CUES = frozenset(
    ["성은", "성이", "성씨는", "성씨가", "이름은", "이름이", "성함은", "성함이"]
)
# The initials of a given name after a Cyrillic surname: "Ro T. S.", "Kim Ch.N." in Cyrillic.
CYRILLIC_INITIALS_RE = re.compile(r"[ \u00a0]((?:[А-ЯЁ]\.[ \u00a0-]?){1,2}[А-ЯЁ]\.)")
# Between a surname (with its title) and the full name in apposition right after it: "한 반장,
# 한명길", "Kim (Kim Chol-min)".
APPOSITION_GAP_RE = re.compile(
    r"[ \u00a0]?(?:[가-힣]{1,5}[ \u00a0]?)?[,(（:=][ \u00a0]?=?[ \u00a0]?"
)
FOREIGN_WORD_RE = re.compile(r"[A-Z][^\W\d_]+(?:['’][A-Z]?[^\W\d_]+)?")
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
        self.public_figures = list(
            DEFAULT_PUBLIC_FIGURES if public_figures is None else public_figures
        )
        self._entries: list[Entry] = []
        self._given: dict[str, GivenKey] = {}
        self._aliases: dict[str, GivenKey] = {}
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
        # Whether a Hangul alias of one word is registered: then a Hangul word with a particle
        # is looked up by its first syllables too.
        self._hangul_word_heads = False
        # Those registered with a capital ("Нам"): written in lower case they are a word
        # ("нам", to us), not the name.
        self._literal_capitalised: set[str] = set()
        # Hanja surname character -> persons; Cyrillic loose keys of surnames and given names.
        self._hanja_surnames: dict[str, set[int]] = {}
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
        forms = name_forms(person)
        eid = len(self._entries)
        self._entries.append(Entry(person, person.pseudonym, forms.surnames, forms.given_syllables))
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
            # "Ro T. S." in Cyrillic for 로태성: the first letter of each syllable in Russian.
            letters = "".join(cyrillic_given_key(syllable)[:1] for syllable in hangul_given)
            self._cyrillic_initials.setdefault(letters, set()).add(eid)
        for alias in person.aliases:
            words = alias.split()
            if len(words) == 2 and contains_hangul(alias):
                self._spaced_alias_heads.add(words[0])
            if len(alias.strip()) >= 2 and (
                OTHER_SCRIPT_RE.search(alias) or (len(words) > 1 and contains_hangul(alias))
            ):
                self._add_literal(alias, eid)
            compact = "".join(words)
            # 刘建国: a Chinese name registered as an alias gives its surname character, found
            # alone after the full name (刘 "also hates ...") as a Hanja surname is.
            if (
                2 <= len(compact) <= 3
                and compact[0] in CHINESE_SURNAME_CHARS
                and HANJA_RUN_RE.fullmatch(compact)
            ):
                self._hanja_surnames.setdefault(compact[0], set()).add(eid)
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
            initials = _hangul_initials(full)
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
        chosen = resolve(candidates, len(text))
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

    @staticmethod
    def _keep_unless_named(candidates: list[Candidate], start: int, end: int, reason: str) -> None:
        """A range kept on purpose (a vessel, a place), unless a registered name is in it."""
        if not any(
            candidate.priority != PRIORITY_KEEP and candidate.start < end and start < candidate.end
            for candidate in candidates
        ):
            candidates.append(Candidate(start, end, PRIORITY_KEEP, frozenset(), reason))

    def _after_full_name(
        self, text: str, candidates: list[Candidate], pending: list[Candidate]
    ) -> list[Candidate]:
        """The pending parts of a name whose person was named in full earlier in the text."""
        named_at: dict[int, set[int]] = {eid: {at} for eid, at in self._named_at.items()}
        if self.named_before:
            for eid, entry in enumerate(self._entries):
                if entry.person is not None:
                    named_at.setdefault(eid, set()).add(-1)
        for candidate in candidates:
            if candidate.priority != PRIORITY_FULL or "initials" in candidate.reason:
                continue
            for eid in candidate.entries:
                if self._entries[eid].person is not None:
                    named_at.setdefault(eid, set()).add(candidate.start)
        accepted = []
        for candidate in pending:
            # Named before, or in brackets right after: "HOS (Han Ok-sun)".
            eids = frozenset(
                eid
                for eid in candidate.entries
                if eid in named_at
                and (
                    min(named_at[eid]) < candidate.start
                    # "witness KJN" in a heading, "Kim Jong-nam" in the body: three initials
                    # in capitals after a word for the person are that person's wherever the
                    # full name stands ("HSC notes" before it is a file's name).
                    or (
                        candidate.reason == UNDOTTED_REASON
                        and PERSON_BEFORE_INITIALS_RE.search(
                            text, max(0, candidate.start - 16), candidate.start
                        )
                        is not None
                    )
                    or (
                        candidate.end + 2 in named_at[eid]
                        and text[candidate.end : candidate.end + 2] == " ("
                    )
                    or any(
                        candidate.end < at <= candidate.end + 12
                        and APPOSITION_GAP_RE.fullmatch(text, candidate.end, at)
                        for at in named_at[eid]
                    )
                )
            )
            if eids:
                accepted.append(
                    Candidate(
                        candidate.start,
                        candidate.end,
                        candidate.priority,
                        eids,
                        candidate.reason,
                        candidate.surname,
                    )
                )
        return accepted

    def _span(self, text: str, candidate: Candidate, shared_with: str = "") -> Span:
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
            and candidate.priority != PRIORITY_OTHER_SURNAME
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

    def _latin_candidates(
        self, text: str, folded: str, pending: list[Candidate]
    ) -> list[Candidate]:
        matches = list(TOKEN_RE.finditer(folded))
        starts = [match.start() for match in matches]
        ends = [match.end() for match in matches]
        keys = [token_key(match.group()) for match in matches]
        scan = LatinScan(self, text, folded, starts, ends, keys)
        for index in range(len(keys)):
            scan.at(index)
        pending.extend(scan.pending)
        return scan.found

    def _initials_candidates(self, text: str) -> list[Candidate]:
        """Dotted initials of a registered name, in either order: K.C.M., K. C. M., C.M.K."""
        found = []
        for match in INITIALS_RE.finditer(text):
            letters = "".join(group for group in match.groups() if group).lower()
            eids = self._initials.get(letters)
            if eids:
                found.append(
                    Candidate(
                        match.start(), match.end(), PRIORITY_TITLE, frozenset(eids), "initials"
                    )
                )
        return found

    def _jamo_initials(self, text: str) -> list[Candidate]:
        """A Hangul name written as its initial consonants ("ㅅㅎㅅ" for 서향숙), alone or before
        a particle ("ㄱㅊㅁ로 적자고")."""
        return [
            candidate
            for candidate in self._initials_matches(
                text,
                JAMO_INITIALS_RE,
                self._hangul_initials,
                lambda found: found,
                "Hangul initials",
            )
            if is_tail(_hangul_after(text, candidate.end))
        ]

    def _literal_alias_candidates(self, text: str) -> list[Candidate]:
        """Aliases in Cyrillic, Arabic, Chinese characters or Hangul jamo, and Hangul names of
        several words, found as registered (case and spaces folded): a Hangul one may carry a
        particle (미하일 자이체프는), any other must not run on into a letter of its script."""
        lowered = text.lower() if len(text.lower()) == len(text) else text
        heads = self._literal_heads
        starts = [
            (match.start(), match.group())
            for pattern in (LITERAL_CHAR_RE, LITERAL_WORD_RE)
            for match in pattern.finditer(lowered)
            if match.group() in heads
        ]
        # A Hangul word of one word's alias carries its particle: 가닌은 for 가닌.
        starts.extend(
            (match.start(), match.group()[:length])
            for match in (HANGUL_WORD_RE.finditer(lowered) if self._hangul_word_heads else ())
            if match.group() not in heads
            for length in range(2, len(match.group()))
            if match.group()[:length] in heads
        )
        found = []
        for position, head in starts:
            for key in heads.get(head, ()):
                pattern = self._literal_compiled.get(key)
                if pattern is None:
                    pattern = self._literal_compiled[key] = re.compile(key)
                match = pattern.match(lowered, position)
                if match is None:
                    continue
                start, end = match.span()
                if contains_hangul(text[end - 1]) and not is_tail(_hangul_after(text, end)):
                    continue
                if key in self._literal_capitalised and not text[start].isupper():
                    continue
                # One word ("Зайцев") may be the surname of a longer name the detector finds
                # ("Михаил Зайцев"): then the longer span wins, as over a surname alone.
                reason = "alias as written" + (" (one word)" if match.group().isalnum() else "")
                eids = frozenset(self._literal_aliases[key])
                found.append(Candidate(start, end, PRIORITY_FULL, eids, reason))
        return found

    def _undotted_initials(self, text: str) -> list[Candidate]:
        """Initials in capitals without dots ("Witness HOS (Han Ok-sun)", "HOS said"): three
        letters of a registered person's initials, pending until that person's full name is
        found in the text, before them or in brackets right after them."""
        return self._initials_matches(
            text,
            UNDOTTED_INITIALS_RE,
            self._initials,
            str.lower,
            UNDOTTED_REASON,
        )

    @staticmethod
    def _initials_matches(
        text: str,
        pattern: re.Pattern[str],
        table: Mapping[str, Collection[int]],
        key: Callable[[str], str],
        reason: str,
    ) -> list[Candidate]:
        """Every match of `pattern` whose key is a registered person's initials in `table`."""
        found = []
        for match in pattern.finditer(text):
            if eids := table.get(key(match.group())):
                found.append(
                    Candidate(match.start(), match.end(), PRIORITY_TITLE, frozenset(eids), reason)
                )
        return found

    def _hanja_candidates(self, text: str) -> list[Candidate]:
        """A registered person's name in Hanja (朴哲民): a run of two or three Chinese
        characters, the first a Hanja surname of a registered person, standing alone in Korean
        or English text (a longer run is Chinese prose, not a name). The surname character
        alone (朴) only once that person's full Hanja name occurred in the same text."""
        found: list[Candidate] = []
        alone: list[tuple[int, str]] = []
        named: set[int] = (
            {eid for eids in self._hanja_surnames.values() for eid in eids}
            if self.named_before
            else set()
        )
        for match in HANJA_RUN_RE.finditer(text):
            run = match.group()
            if len(run) == 4 and run[-1] in HANJA_TITLES:
                run = run[:3]
            eids = self._hanja_surnames.get(run[0])
            if not eids or len(run) > 3:
                continue
            if len(run) == 1:
                alone.append((match.start(), run))
                continue
            if run in HANJA_NOT_NAMES or self._hanja_gloss_of_a_word(text, match.start()):
                found.append(
                    Candidate(
                        match.start(),
                        match.start() + len(run),
                        PRIORITY_KEEP,
                        frozenset(eids),
                        "public or common Hanja word",
                    )
                )
                continue
            named |= eids
            found.append(
                Candidate(
                    match.start(),
                    match.start() + len(run),
                    PRIORITY_FULL,
                    frozenset(eids),
                    f"name in Hanja (surname {run[0]})",
                )
            )
        for start, char in alone:
            eids = self._hanja_surnames[char] & named
            if eids:
                found.append(
                    Candidate(
                        start,
                        start + 1,
                        PRIORITY_SURNAME_ALONE,
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

    def _cyrillic_candidates(self, text: str, pending: list[Candidate]) -> list[Candidate]:
        """A registered Korean name in Cyrillic letters (Пак Чол Мин, Цой Гван-иль):
        a capitalised surname in one of its Russian spellings followed by the given name, its
        syllables together, hyphenated or apart, compared on a loose key that ignores
        aspiration and voicing. The surname alone only after the full name in the same text:
        in Cyrillic, or, between quotation marks ("Ан"), in any script."""
        words = list(CYRILLIC_WORD_RE.finditer(text))
        found: list[Candidate] = []
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
                        Candidate(
                            word.start(),
                            following.end(),
                            PRIORITY_FULL,
                            frozenset(eids),
                            "name in Cyrillic letters",
                        )
                    )
            initials = CYRILLIC_INITIALS_RE.match(text, word.end())
            if initials and not matched:
                letters = "".join(
                    cyrillic_key(letter) for letter in re.findall(r"\w", initials.group(1))
                )
                eids = owners & self._cyrillic_initials.get(letters, set())
                if eids:
                    matched = True
                    found.append(
                        Candidate(
                            word.start(),
                            initials.end(),
                            PRIORITY_FULL,
                            frozenset(eids),
                            "surname and initials in Cyrillic letters",
                        )
                    )
            if not matched:
                alone.append((word.start(), word.end(), frozenset(owners)))
        for start, end, owners in alone:
            eids = owners & named
            if (
                not eids
                and start > 0
                and end < len(text)
                and text[start - 1] in QUOTES_OPEN
                and text[end] in QUOTES_CLOSE
            ):
                pending.append(
                    Candidate(
                        start,
                        end,
                        PRIORITY_SURNAME_ALONE,
                        owners,
                        "quoted Cyrillic surname alone, after the full name",
                    )
                )
            if eids:
                found.append(
                    Candidate(
                        start,
                        end,
                        PRIORITY_SURNAME_ALONE,
                        frozenset(eids),
                        "Cyrillic surname alone, after the full name",
                    )
                )
        return found

    def _hangul_candidates(self, text: str, pending: list[Candidate]) -> list[Candidate]:
        runs = [(match.start(), match.group()) for match in HANGUL_RUN_RE.finditer(text)]
        found: list[Candidate] = []
        for number, (start, word) in enumerate(runs):
            following = preceding = None
            if number + 1 < len(runs):
                next_start, next_word = runs[number + 1]
                if HANGUL_GAP_RE.fullmatch(text, start + len(word), next_start):
                    following = (next_start, next_word)
            next_char = text[start + len(word) : start + len(word) + 1]
            if number > 0:
                previous_start, previous_word = runs[number - 1]
                if HANGUL_GAP_RE.fullmatch(text, previous_start + len(previous_word), start):
                    preceding = previous_word
            # A word of its own: after a space, a line break or a bracket, not after a quotation
            # mark ("부주의"로: a particle).
            opens_word = start == 0 or text[start - 1] in " \u00a0\n\r\t("
            for length in range(min(len(word), self._max_hangul), 0, -1):
                if word[:length] in self._hangul_keys:
                    self._hangul_at(
                        start,
                        word,
                        length,
                        following,
                        preceding,
                        found,
                        pending,
                        next_char,
                        opens_word,
                    )
            if following is not None and word in self._spaced_alias_heads:
                self._spaced_alias_at(start, word, following, found)
        return found

    def _spaced_alias_at(
        self, start: int, word: str, following: tuple[int, str], found: list[Candidate]
    ) -> None:
        """A Hangul alias of two words ("큰 박", "작은 김"), as one span, particle left out."""
        next_start, next_word = following
        joined = word + next_word
        for length in range(len(joined), len(word), -1):
            eids = self._hangul_alias.get(joined[:length])
            if eids and is_tail(joined[length:]):
                end = next_start + length - len(word)
                found.append(Candidate(start, end, PRIORITY_FULL, frozenset(eids), "Hangul alias"))
                return

    def _hangul_at(
        self,
        start: int,
        word: str,
        length: int,
        following: tuple[int, str] | None,
        preceding: str | None,
        found: list[Candidate],
        pending: list[Candidate],
        next_char: str = "",
        opens_word: bool = False,
    ) -> None:
        prefix, rest = word[:length], word[length:]
        end = start + length
        place_after = rest == "" and following is not None and is_place_word(following[1])
        tail = is_tail(rest)
        if tail:
            for table, priority, what in (
                (self._hangul_full, PRIORITY_FULL, "Hangul name"),
                (self._hangul_alias, PRIORITY_FULL, "Hangul alias"),
            ):
                eids = table.get(prefix)
                if not eids:
                    continue
                public = [eid for eid in eids if self._entries[eid].public]
                if public or place_after:
                    found.append(Candidate(start, end, PRIORITY_KEEP, frozenset(eids), what))
                else:
                    found.append(Candidate(start, end, priority, frozenset(eids), what))
            eids = self._hangul_given.get(prefix)
            if eids and length >= 2:
                eids = [eid for eid in eids if self._entries[eid].given_syllables >= 2]
                if eids and (prefix in HANGUL_PLACE_NAMES or place_after):
                    found.append(Candidate(start, end, PRIORITY_KEEP, frozenset(eids), "place"))
                elif eids:
                    found.append(
                        Candidate(start, end, PRIORITY_GIVEN, frozenset(eids), "Hangul given name")
                    )
            elif eids and rest and _one_syllable_name_tail(prefix, rest, following, next_char):
                eids = [eid for eid in eids if self._entries[eid].given_syllables == 1]
                if eids:
                    found.append(
                        Candidate(
                            start,
                            end,
                            PRIORITY_GIVEN_ONE,
                            frozenset(eids),
                            "one-syllable Hangul given name before a particle",
                        )
                    )
        eids = self._hangul_surname.get(prefix)
        if not eids:
            return
        if (
            rest
            and (is_title_tail(rest) or is_post_tail(rest))
            and not _surname_as_word(rest, following)
            and not (prefix + rest).startswith(SURNAME_AND_TITLE_WORDS)
        ):
            found.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_TITLE,
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
                Candidate(
                    start,
                    end,
                    PRIORITY_TITLE,
                    frozenset(eids),
                    f"Hangul surname in the nickname '{preceding} {prefix}'",
                )
            )
        if (
            rest
            and next_char in (".", "…", "-", "—")
            and prefix not in HANGUL_WORD_SYLLABLES
            and rest in CUT_OFF_TITLES
        ):
            # "박반... 아니, 박영호가": a title broken off as the speaker corrects himself.
            found.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_TITLE,
                    frozenset(eids),
                    "Hangul surname before a title broken off",
                )
            )
        if (
            prefix in HANGUL_WORD_SYLLABLES
            and rest in ("이", "가")
            and following is not None
            and following[1].startswith(SPEAKING_AFTER)
        ):
            found.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_SURNAME_ALONE,
                    frozenset(eids),
                    "Hangul surname alone, subject of a verb of speaking",
                    prefix,
                )
            )
        if preceding in HANGUL_NAME_CUES and (
            (rest and is_tail(rest)) or (not rest and next_char in (",", ".", ")", "\n", "\r"))
        ):
            # "성은 성, 이름은 광일", "이름이 송이고": the surname named as the person's.
            found.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_SURNAME_ALONE,
                    frozenset(eids),
                    f"Hangul surname alone after '{preceding}'",
                    prefix,
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
                Candidate(
                    start,
                    end,
                    PRIORITY_SURNAME_ALONE,
                    frozenset(eids),
                    "Hangul surname alone before a particle",
                    prefix,
                )
            )
        if (
            not rest
            and prefix not in HANGUL_WORD_SYLLABLES
            and next_char in (" ", "\u00a0", ",", ".", ")", "")
            and opens_word
        ):
            # "임금은 최 명의 계좌로", "최 또는 부관": a surname that is no word, standing as
            # a word of its own, once that person's full name was written.
            pending.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_SURNAME_ALONE,
                    frozenset(eids),
                    "Hangul surname alone as a word, after the full name",
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
                    Candidate(
                        start,
                        next_start + given_length,
                        PRIORITY_FULL,
                        frozenset(given_eids),
                        "Hangul name",
                    )
                )
        if not (is_title_tail(next_word) or is_post_tail(next_word)):
            return
        if prefix not in SPACED_TITLE_AMBIGUOUS or any(
            next_word.startswith(title) and prefix in allowed
            for title, allowed in SPACED_TITLE_EXCEPTIONS.items()
        ):
            found.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_TITLE,
                    frozenset(eids),
                    "Hangul surname before a title",
                )
            )
        else:
            # "고영남 대표는 ... 고 대표의": a surname that is also a word ("고", "이", "전")
            # before a spaced title, once that person's full name was written.
            pending.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_TITLE,
                    frozenset(eids),
                    "Hangul surname before a title, after the full name",
                )
            )

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
            detected += self._mentions_of_detected(folded.text, sources, spans, kept)
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
            transient_matcher = NameMatcher(transients, self.public_figures)
            transient_matcher._named_at = named_at
            second, _kept = transient_matcher._find_folded(text)
        taken = [(span.start, span.end) for span in [*detected, *registered]] + kept
        mentions = []
        for part, span in foreign:
            for start, end in _foreign_part_mentions(text, part):
                if any(start < end_ and start_ < end for start_, end_ in taken):
                    continue
                taken.append((start, end))
                mentions.append(
                    Span(
                        start,
                        end,
                        text[start:end],
                        AMBIGUOUS_REPLACEMENT,
                        "detected",
                        f"{_source_label(span.text, True)}, written again"
                        if part == span.text
                        else f"part of {_source_label(span.text, span.start < 0)} standing alone",
                    )
                )
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


def _source_label(name: str, reviewer: bool) -> str:
    """How a mention's reason names the full name it is part of: found by the detector, or
    redacted by a reviewer."""
    return f"{REVIEWER_PREFIX} '{name}'" if reviewer else f"{DETECTED_PREFIX} '{name}'"


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
    surname, given = split_romanized_name(name)
    words = [word for word in re.split(rf"[\s{HYPHENS}]+", fold(given).lower()) if word]
    if surname.lower() not in ROMANIZED_SURNAMES or not words or len(words) > 2:
        return None
    if not all(syllabify(word) for word in words):
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
    if fold(words[0]).lower() in PINYIN_SURNAMES:
        parts.append(words[0])
    return [
        part
        for part in parts
        if len(part) >= 3
        and fold(part).lower() not in ENGLISH_WORD_SPELLINGS
        and fold(part).lower() not in ENGLISH_FUNCTION_WORDS
        and fold(part).lower() not in PLACE_SUFFIXES
    ]


def _foreign_part_mentions(text: str, part: str) -> list[tuple[int, int]]:
    """Where a part of a foreign name stands alone: a whole capitalised word in Latin letters,
    not joined to another capitalised word; in Hangul, before a particle or a spaced title."""
    found = []
    if contains_hangul(part):
        for match in re.finditer(rf"(?<![가-힣]){re.escape(part)}([가-힣]*)", text):
            rest = match.group(1)
            after = HANGUL_AFTER_RE.match(text, match.end())
            if rest in HANGUL_NAME_PARTICLES or (
                not rest and after is not None and is_title_tail(after.group(1))
            ):
                found.append((match.start(), match.start() + len(part)))
        return found
    # A Latin part may carry a Korean particle or title welded on (Haufiku는, Tjiuma씨).
    for match in re.finditer(
        rf"(?<![\w{HYPHENS}]){re.escape(part)}(?![^\W가-힣]|[{HYPHENS}])([가-힣]*)", text
    ):
        if re.match(r" [A-Z]", text[match.end() : match.end() + 2]):
            continue  # "Zhang Li", another name
        rest = match.group(1)
        if rest and not (rest in HANGUL_NAME_PARTICLES or is_title_tail(rest)):
            continue
        found.append((match.start(), match.start() + len(part)))
    return found


def _surname_as_word(rest: str, following: tuple[int, str] | None) -> bool:
    """ "박씨 성을 가진 사람": the surname named as a surname (씨 and then 성), not a person."""
    return (
        rest.startswith("씨")
        and following is not None
        and following[1].startswith("성")
        and following[1][1:] in ("", *HANGUL_NAME_PARTICLES)
    )


def _literal_key(alias: str) -> str:
    """A pattern for an alias as written: lowercase, any run of spaces for a space, and no
    letter of the alias's script right before it (nor after it, unless it ends in Hangul,
    which takes a particle). Chinese characters are written without spaces between words, so
    a Chinese alias has no boundary."""
    words = alias.lower().split()
    body = r"\s+".join(re.escape(word) for word in words)
    first, last = words[0][0], words[-1][-1]
    before = next((c for c in SCRIPT_CLASSES if re.match(f"[{c}]", first)), "")
    after = next((c for c in SCRIPT_CLASSES if re.match(f"[{c}]", last)), "")
    if before:
        body = f"(?<![{before}])" + body
    if after and after != "가-힣":
        body += f"(?![{after}])"
    return body


def _literal_head(alias: str) -> str:
    """What `_literal_alias_candidates` looks an alias up by: its first character in Chinese
    characters or jamo (written without spaces, or with a particle glued on), else its first
    word's letters."""
    first = alias.lower().split()[0]
    char = LITERAL_CHAR_RE.match(first)
    if char:
        return char.group()
    word = LITERAL_WORD_RE.match(first)
    return word.group() if word else first


def _hangul_after(text: str, end: int) -> str:
    """The Hangul syllables right after `end` (a particle, or the rest of a word)."""
    match = HANGUL_WORD_RE.match(text, end)
    return match.group() if match else ""


def _hangul_initials(name: str) -> str:
    """The initial consonant of each syllable: 서향숙 -> ㅅㅎㅅ."""
    return "".join(
        CHOSEONG[(ord(char) - 0xAC00) // 588] if "가" <= char <= "힣" else "" for char in name
    )


def _is_part_alone(span: Span) -> bool:
    return any(part in span.reason for part in PARTS_ALONE)


def _one_syllable_name_tail(
    syllable: str,
    rest: str,
    following: tuple[int, str] | None = None,
    next_char: str = "",
) -> bool:
    """혁이, 혁이가, 철은, 혁아: a one-syllable given name before a particle. A syllable that is
    also a word (일, 수, 남 ...) only in the affectionate form with a particle after it (일이가),
    called out ("사랑하는 옥아,") or before a kinship word (옥이 아빠)."""
    if rest.startswith("이") and rest[1:] in HANGUL_NAME_PARTICLES:
        return True
    if rest in ("아", "야") and next_char in (",", "!", "\n", "\r"):
        return True
    if rest == "이" and following is not None and following[1].startswith(KINSHIP_AFTER):
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
