"""The scan of a text's Latin tokens: full names, given names, surnames alone, titles."""

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from testimony.anonymize.detect.words import _ORG_WORDS
from testimony.anonymize.english import ENGLISH_WORDS
from testimony.anonymize.foreign_names import PINYIN_SURNAMES, PINYIN_SYLLABLE
from testimony.anonymize.names import (
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_WORD_SPELLINGS,
    FAMILY_NOUNS,
    LEADERSHIP_TITLES,
    LEADERSHIP_WORDS,
    NAME_CUES,
    NEVER_ALONE,
    NOT_A_NAME_BEFORE,
    NOT_A_PERSON_AFTER,
    OBJECT_CUES,
    PERSON_AFTER_THE,
    PERSON_VERBS,
    RIVER_SURNAMES,
    ROMANIZED_SURNAMES,
    ROMANIZED_TITLES_AFTER,
    SURNAMES_NEEDING_CAPITAL,
    TITLES_BEFORE,
    VERB_FORMS,
    _words,
    name_forms,
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
    GivenKey,
)
from testimony.anonymize.redact.patterns import (
    AUXILIARIES,
    DETERMINERS,
    HANGUL_AFTER_RE,
    HEADING_WORD_RE,
    HYPHENS,
    INITIAL_AFTER_RE,
    INNER_GAP_RE,
    NUMBER_AFTER_RE,
    OPENING,
    PLACE_GAP_RE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SENTENCE_END,
    STRIP_RE,
    SURNAME_GAP_RE,
    TITLE_GAP_RE,
)
from testimony.anonymize.redact.vocabulary import (
    PLACE_CONNECTORS,
    PLACE_NAMES,
    PLACE_SUFFIXES,
    is_tail,
    is_title_tail,
)

# The reasons of the weakest registered findings: a part of a name standing alone.
# Words that may follow a subject before its verb ("Do later went"), or a verb of being.
VERB_LIKE = AUXILIARIES | frozenset(
    ["does", "do", "later", "then", "still", "often", "always", "once", "soon", "says", "said"]
)
# What may open a chat's line before the speaker's label: a time stamp ("[21:04] ", "09:02 ").
SPEAKER_PREFIX_RE = re.compile(r"[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?")
CALLING = frozenset(["call", "called", "calls", "calling"])
ANSWERING = frozenset(["says", "said", "say", "answered", "answers", "replied", "replies"])
PRONOUNS = frozenset(["i", "we", "he", "she", "they", "you", "it"])
# Grammar words opening a sentence that are prepositions: "In turns we slept" is no person.
PREPOSITIONS = frozenset(["in", "on", "at", "to", "up", "of"])
# Words that may follow a verb as (the start of) its object or an adverb: "O opened them",
# "O bowed so low".
OBJECT_WORDS = frozenset(
    [
        # A clause's subject after a verb of saying or thinking: "Ha estimates he received".
        "he",
        "she",
        "they",
        "we",
        "me",
        "him",
        "her",
        "us",
        "them",
        "it",
        "you",
        "the",
        "a",
        "an",
        "his",
        "their",
        "our",
        "my",
        "your",
        "its",
        "this",
        "that",
        "these",
        "those",
        "so",
        "too",
        "to",
        "at",
        "in",
        "on",
        "up",
        "down",
        "out",
        "back",
        "away",
        "off",
        "over",
        "there",
        "here",
        "again",
        "everyone",
        "everything",
        "nothing",
        "nobody",
        "all",
        "both",
        "every",
        "with",
        "for",
        "about",
        "into",
        "from",
    ]
)
DASHES = (" - ", " – ", " — ", " -- ")
# Spellings of a surname (O, A) that open a quotation as an exclamation: '"Oh, I thought ..."'.
INTERJECTIONS = frozenset(["oh", "ah", "aha", "oho"])
# What ends an e-mail address or a handle around a word, and what makes a run of characters
# one: an @, an underscore, a digit, or a dot between letters ("grace.han@", "@spoon_77").
ADDRESS_BOUNDARIES = frozenset(" \t\r\n<>()[]{}\"',;:|")
ADDRESS_RE = re.compile(r"[@_\d]|\w\.\w")
# What follows "So was", "So did" in the idiom: its subject ("So did the others", "so was mine").
IDIOM_SUBJECTS = (
    PRONOUNS
    | DETERMINERS
    | frozenset(
        [
            "everyone",
            "everybody",
            "all",
            "many",
            "most",
            "mine",
            "his",
            "her",
            "my",
            "our",
            "their",
            "your",
            "yours",
            "ours",
            "theirs",
            "hers",
            "both",
            "others",
            "several",
        ]
    )
)

if TYPE_CHECKING:
    from testimony.anonymize.redact.matcher import NameMatcher


# Words before a noun that make the next word a thing: "her song", "our moon".
POSSESSIVES = ("my", "your", "his", "her", "our", "their", "whose")


# Surname spellings that are English words or abbreviations in small letters, beyond
# ENGLISH_WORD_SPELLINGS: never a name in lower case.
LOWER_CASE_WORDS = frozenset(
    [
        "min",
        "max",
        "bin",
        "ban",
        "bang",
        "gang",
        "hang",
        "ham",
        "man",
        "pan",
        "pang",
        "yang",
        "yen",
        "kin",
        "sun",
        "son",
        "sung",
        "song",
        "moon",
        "park",
        "hong",
        "kong",
        "mun",
        "tak",
        "kan",
        "jin",
        "nam",
        "ran",
        "ram",
    ]
)


# A Chinese given name in pinyin: one syllable or two (Lei, Xiaoyu).
_PINYIN_GIVEN_RE = re.compile(rf"(?:{PINYIN_SYLLABLE}){{1,2}}")


@lru_cache(maxsize=1024)
def is_symbol_gap(gap: str) -> bool:
    """Spaces and emoji or other symbols only: what stands between a subject and its verb in a
    chat message."""
    return len(gap) <= 12 and all(
        char in " \u00a0\u200d\ufe0f" or unicodedata.category(char) in ("So", "Sk", "Cs")
        for char in gap
    )


# Surname spellings that English hardly writes as a word alone (`LatinScan.rarely_a_word`), and
# the words before a capital letter that make it a letter: "blood type O", "row O".
RARE_WORDS = frozenset(["o", "jo", "yu"])
# Words that open the next sentence after "... to O." (so O ended the sentence, no initial).
SENTENCE_OPENERS = frozenset(
    _words(
        """
    he she they we i it the his her their our my you this that there then but and so when after
    later
    """
    )
)
NOT_A_NAME_AFTER_LETTER = frozenset(_words("my lord god dear positive negative neg pos"))
LETTER_BEFORE = frozenset(
    ["type", "group", "blood", "vitamin", "row", "plan", "grade", "size", "column", "letter"]
)


@lru_cache(maxsize=4096)
def reads_as_korean(word: str) -> bool:
    """Whether a word splits into romanized Korean syllables (Chol-min does, Then does too)."""
    return bool(syllabify(word))


def token_key(token: str) -> str:
    return token if token.isalnum() else STRIP_RE.sub("", token)


# Acronyms that spell a registered surname ("SIM card", "the UN", "ID", "PC").
_ACRONYMS = frozenset(("un", "sim", "id", "pc", "tv", "ok", "hr", "pr", "gps", "sos"))
# A word in small letters (three letters at least), as a sentence writes most words.
_SMALL_WORD_RE = re.compile(r"\b[a-z]{3,}\b")


class LatinScan:
    """One pass over the Latin tokens of a text (a class only to keep the state in one place)."""

    def __init__(
        self,
        matcher: "NameMatcher",
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
        self.found: list[Candidate] = []
        # English-word surnames in a weaker person's grammar ("No is a common name"): kept
        # only if that person's full name occurs earlier in the text (`NameMatcher`).
        self.pending: list[Candidate] = []
        self._surnames_in_capitals: int | None = None

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
                if joined not in matcher._prefixes or not INNER_GAP_RE.fullmatch(
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
                if last == first and keys[first] in ENGLISH_FUNCTION_WORDS:
                    self.grammar_word_alias(first, alias.entries)
                elif last == first and self.word_alias_as_word(first):
                    pass  # listed for review instead (`unresolved`): most likely the word
                elif last == first and self.names_a_place(first):
                    pass  # "near the Victory Park in Moscow": a park, not Witness A's alias
                elif last == first and self.given_name_of_another_follows(first):
                    pass  # "Wang Lei": another person's full name, left to the detector
                else:
                    self.add(first, last, PRIORITY_FULL, alias.entries, "alias")
        key = keys[first]
        declined = matcher._declined.get(key)
        if declined and self.capitalised(first):
            # "Malinowskiego", "Jurkiem": a foreign name in the case its language asks for.
            self.add(first, first, PRIORITY_FULL, declined, "case form of the name")
        if len(key) >= 5 and self.capitalised(first) and key not in PLACE_NAMES:
            self.joined_full_name(first)
        if first + 1 < self.count:
            if key in TITLES_BEFORE and TITLE_GAP_RE.fullmatch(self.gap(first)):
                self.title_hit(first)
            if keys[first + 1] in ROMANIZED_TITLES_AFTER and INNER_GAP_RE.fullmatch(
                self.gap(first)
            ):
                eids = matcher._surname_title.get(key)
                if eids and self.surname_ok(first):
                    self.add(first, first, PRIORITY_TITLE, eids, "surname before a Korean title")
        if (
            len(key) == 1
            and (matcher._surname_letters or matcher._given_letters)
            and self.capitalised(first)
        ):
            self.initial_alone(first)
        if key in matcher._surname_title and self.capitalised(first):
            self.initials_beside_surname(first)
            if self.hangul_title_follows(first):
                eids = matcher._surname_title[key]
                self.add(first, first, PRIORITY_TITLE, eids, "surname before a Korean title")
            self.surname_alone(first)
        elif key in matcher._surname_title and self.lower_case_surname(first):
            self.surname_alone(first, lower=True)
        elif key in matcher._surname_title and self.lower_case_subject(first):
            eids = matcher._surname_title[key]
            verb = self.keys[first + 1]
            reason = f"surname alone, in lower case, subject of '{verb}'"
            self.add(first, first, PRIORITY_SURNAME_ALONE, eids, reason, key)

    def given_name_of_another_follows(self, index: int) -> bool:
        """A one-word alias that is a surname, before a capitalised given name in pinyin or
        Korean syllables that is no English word ("Wang Lei", "Wang Hyon"): the surname of
        someone else's full name, not the alias of the registered Wang (whose own full name
        the scan reads whole first)."""
        key = self.keys[index]
        if index + 1 >= self.count or (
            key not in PINYIN_SURNAMES and key not in self.matcher._surname_title
        ):
            return False
        following = self.keys[index + 1]
        return (
            self.gap(index) == " "
            and self.capitalised(index + 1)
            and (_PINYIN_GIVEN_RE.fullmatch(following) is not None or reads_as_korean(following))
            and following not in ENGLISH_WORDS
            and following not in ROMANIZED_TITLES_AFTER
            and following not in PERSON_VERBS
        )

    def names_a_place(self, index: int) -> bool:
        """ "the Victory Park", "the Gorky Park": the word for a park, a square or a street
        after "the" and a capitalised word names the place, whoever carries it as a name."""
        return (
            index >= 2
            and self.keys[index] in _ORG_WORDS
            and self.keys[index - 2] == "the"
            and self.gap(index - 1) == " "
            and self.gap(index - 2) == " "
            and self.capitalised(index - 1)
            and self.capitalised(index)
        )

    def word_alias_as_word(self, index: int) -> bool:
        """An alias registered with a capital that is an ordinary word ("Bear", "Goggles";
        `names.word_alias_spellings`) written here in small letters, outside an address or a handle
        ("grace.han@...", "@goggles_77"): more likely the word itself ("a bear came", "welding
        goggles"). Not proposed; the review list holds it."""
        if self.keys[index] not in self.matcher._word_aliases:
            return False
        start, end = self.starts[index], self.ends[index]
        if not self.text[start:end].islower():
            return False
        chunk_start = start
        while chunk_start > 0 and self.text[chunk_start - 1] not in ADDRESS_BOUNDARIES:
            chunk_start -= 1
        chunk_end = end
        while chunk_end < len(self.text) and self.text[chunk_end] not in ADDRESS_BOUNDARIES:
            chunk_end += 1
        return not ADDRESS_RE.search(self.text, chunk_start, chunk_end)

    def grammar_word_alias(self, index: int, eids: Iterable[int]) -> None:
        """A one-word alias that is an English grammar word ("Do" registered for To Chang-ho,
        spelled "to" too) counts as a bare surname that is one does: where the grammar says
        person, never in small letters ("to work", "what could we do"), nor "To get food"."""
        if self.text[self.starts[index] : self.ends[index]].islower():
            return
        context, weak = self.english_word_context(index)
        if context:
            self.add(index, index, PRIORITY_FULL, eids, f"alias, {context}", self.keys[index])
        elif weak:
            self.pending.append(
                Candidate(
                    self.starts[index],
                    self.ends[index],
                    PRIORITY_SURNAME_ALONE,
                    frozenset(eids),
                    f"alias, {weak}, after the full name",
                    self.keys[index],
                )
            )

    def english_word_context(self, index: int) -> tuple[str, str]:
        """For a name that is also an English word: why the grammar makes it a person, or ""
        and why it does once that person was named in full (`weak_person_context`), or ""."""
        context = self.person_context(index)
        if not context and self.quoted(index):
            context = "quoted"
        if not context and self.mid_sentence_capital(index):
            context = "capitalised mid-sentence"
        if not context and self.capitals_in_prose(index):
            context = "in capitals among small letters"
        return context, "" if context else self.weak_person_context(index)

    def rarely_a_word(self, index: int) -> bool:
        """A surname spelled as a word English hardly writes alone (O, Jo, Yu; `RARE_WORDS`),
        capitalised and standing alone: "cross O.", "wages to O. O handed ...", "Jo 👍". Not
        "O, and ..." opening a sentence, "O Lord", "O'Brien", "O-ring", "O.K.", "blood type O".
        Counted only once the person was named in full (the caller's `pending`)."""
        if self.keys[index] not in RARE_WORDS or not self.capitalised(index):
            return False
        end = self.ends[index]
        after = self.folded[end : end + 2]
        if after[:1] in ("'", "’", "-", "‐", "‑", "–") or after[:1].isdigit():
            return False
        if after[:1] == "." and after[1:2].isalpha():
            return False  # O.K.
        if self.sentence_start(index) and after[:1] in (",", "!"):
            return False  # "O, and one more thing"
        if self.followed_closely(index) and (
            self.capitalised(index + 1) or self.keys[index + 1] in NOT_A_NAME_AFTER_LETTER
        ):
            return False  # "O Lord", "O my mother", "O positive", or a name read whole
        return not self.a_letter(index)

    def a_letter(self, index: int) -> bool:
        """The letter O of a blood group or a row ("blood type was O", "O형", "C/O")."""
        start, end = self.starts[index], self.ends[index]
        if self.folded[start - 1 : start] == "/" or "가" <= self.folded[end : end + 1] <= "힣":
            return True
        return any(
            self.keys[before] in LETTER_BEFORE for before in (index - 1, index - 2) if before >= 0
        )

    def sentence_ends_after(self, index: int) -> bool:
        """A one-letter surname that ends its sentence, not an initial: "cross O. He kept ...",
        "wages to O. O handed ..." (the next sentence opens with a pronoun, an article or the
        name again), or the text or its line ends after the full stop."""
        if self.keys[index] not in RARE_WORDS or self.a_letter(index):
            return False
        end = self.ends[index]
        if not re.match(r"\.(?:[ \t]|\r?\n|$)", self.folded[end : end + 2]):
            return False
        if index + 1 >= self.count or "\n" in self.gap(index):
            return True
        return self.keys[index + 1] in SENTENCE_OPENERS or self.keys[index + 1] == self.keys[index]

    def lower_case_surname(self, index: int) -> bool:
        """ "did kwak say anything", "pak is with me" (fullwidth too): a registered surname
        typed in lower case (chat, notes) counts when it is no English word: three letters or
        more, not a spelling that is a word (moon, song, park, sin, min ...), the whole token in
        small letters; not before another lower-case name syllable ("pak yong chol" is the
        detector's lower-case full name)"""
        key = self.keys[index]
        word = self.text[self.starts[index] : self.ends[index]]
        return (
            len(key) >= 3
            and word.isalpha()
            and word.islower()
            and key not in ENGLISH_WORD_SPELLINGS
            and key not in ENGLISH_FUNCTION_WORDS
            and key not in SURNAMES_NEEDING_CAPITAL
            and key not in LOWER_CASE_WORDS
        )

    def lower_case_subject(self, index: int) -> bool:
        """ "sorry song checked phones", "yang kept passports": a registered surname that is
        also a word (song, yang, moon), typed in small letters, right before a verb a person
        does (not "is", "was" or another auxiliary), and not after an article or a possessive
        ("the song made me cry", "her song said")."""
        if index + 1 >= self.count or self.gap(index) != " ":
            return False
        key = self.keys[index]
        word = self.text[self.starts[index] : self.ends[index]]
        following = self.text[self.starts[index + 1] : self.ends[index + 1]]
        verb = self.keys[index + 1]
        if not (word.isalpha() and word.islower() and following.islower()):
            return False
        if key in ENGLISH_FUNCTION_WORDS or key in NEVER_ALONE or len(key) < 2:
            return False
        if verb not in VERB_FORMS or verb in AUXILIARIES or verb in ("who", "does"):
            return False
        if index > 0 and self.keys[index - 1] in (*DETERMINERS, *POSSESSIVES, "of", "to"):
            return False
        return not self.part_of_another_name(index)

    def initial_alone(self, index: int) -> None:
        """One capital and a full stop, the initial of a registered surname, as a name: the
        subject of a verb ("R. had 2 deputies", "H. saw"), or before "=", a colon or a bracket
        that explains it ("H. = Hong Sung-chol"). Pending until that person's full name is
        written before it (or, explained, right after it); never part of a run of initials
        ("U.S.", "K. C. M.") nor after a title (`title_hit` has it)."""
        end = self.ends[index]
        start = self.starts[index]
        if self.folded[end : end + 1] == "." and self.signs_off(index):
            return
        if self.folded[end : end + 1] != "." or self.folded[end + 1 : end + 2] not in (
            " ",
            "\u00a0",
        ):
            return
        if INITIAL_AFTER_RE.match(self.folded, end + 1) or re.search(
            r"(?<![A-Za-z])[A-Z]\.\s?$", self.text[max(0, start - 4) : start]
        ):
            return  # "K. R.", "U.S.": a run of initials
        if index > 0 and self.keys[index - 1] in TITLES_BEFORE:
            return
        eids = self.matcher._surname_letters.get(self.keys[index])
        if not eids:
            return
        following = self.keys[index + 1] if index + 1 < self.count else ""
        explained = re.match(r" ?[=:(]", self.folded[end + 1 : end + 4]) is not None
        if not explained and not (
            following in VERB_FORMS
            and not self.capitalised(index + 1)
            and self.starts[index + 1] == end + 2
        ):
            return
        why = "explained" if explained else f"subject of '{following}'"
        self.pending.append(
            Candidate(
                start,
                end + 1,
                PRIORITY_TITLE,
                eids,
                f"initial of the surname, {why}, after the full name",
            )
        )

    def signs_off(self, index: int) -> bool:
        """A letter signed with an initial: "Your sister,\nS." on a line of its own after a
        line that ends with a comma, the initial of a registered surname or given name, once
        that person was named in full."""
        start, end = self.starts[index], self.ends[index] + 1
        line_end = self.folded.find("\n", end)
        rest = self.folded[end : len(self.folded) if line_end < 0 else line_end]
        if rest.strip() and not rest.lstrip().startswith(("[", "(")):
            return False
        line_start = self.folded.rfind("\n", 0, start) + 1
        if self.folded[line_start:start].strip(" \t\u00a0-—"):
            return False
        previous = self.folded[:line_start].rstrip()
        if not previous.endswith(","):
            return False
        letter = self.keys[index]
        eids = self.matcher._surname_letters.get(letter, frozenset()) | (
            self.matcher._given_letters.get(letter, frozenset())
        )
        if not eids:
            return False
        self.pending.append(
            Candidate(
                start, end, PRIORITY_TITLE, eids, "initial signing a letter, after the full name"
            )
        )
        return True

    def initials_beside_surname(self, index: int) -> None:
        """Dotted initials of the given name beside the surname: "M.H. Lee", "Lee M.H.",
        "Kim C. M.": the initials and the surname as one full name."""
        matcher = self.matcher
        start, end = self.starts[index], self.ends[index]
        head = self.keys[index][:1]
        before = re.search(
            r"(?<![A-Za-z.])((?:[A-Z]\.[ \u00a0‐‑–-]?){1,3})[ \u00a0]$",
            self.text[max(0, start - 12) : start],
        )
        if before:
            letters = re.sub(r"[^A-Za-z]", "", before.group(1)).lower()
            eids = matcher._initials.get(letters + head)
            if eids:
                owners = frozenset(eids) & frozenset(matcher._surname_title[self.keys[index]])
                if owners:
                    self.found.append(
                        Candidate(
                            start - len(before.group(0)),
                            end,
                            PRIORITY_FULL,
                            owners,
                            "initials of the given name and the surname",
                        )
                    )
        after = re.match(
            r"[ \u00a0]((?:[A-Z]\.[ \u00a0‐‑–-]?){1,2}[A-Z]\.)(?![A-Za-z])",
            self.text[end : end + 12],
        )
        if after:
            letters = re.sub(r"[^A-Za-z]", "", after.group(1)).lower()
            eids = matcher._initials.get(head + letters)
            if eids:
                owners = frozenset(eids) & frozenset(matcher._surname_title[self.keys[index]])
                if owners:
                    self.found.append(
                        Candidate(
                            start,
                            end + len(after.group(0)),
                            PRIORITY_FULL,
                            owners,
                            "surname and the initials of the given name",
                        )
                    )
            return
        # "Signaller: Hong Y.", "Y. Hong": one initial, the given name's first letter.
        surname_owners = frozenset(matcher._surname_title[self.keys[index]])
        one_after = re.match(r"[ \u00a0]([A-Z])\.(?![A-Za-z])", self.text[end : end + 4])
        one_before = re.search(
            r"(?<![A-Za-z.])([A-Z])\.[ \u00a0]$", self.text[max(0, start - 4) : start]
        )
        for one, span in ((one_after, (start, end + 3)), (one_before, (start - 3, end))):
            if one is None:
                continue
            owners = surname_owners & matcher._given_letters.get(one.group(1).lower(), frozenset())
            if owners:
                self.found.append(
                    Candidate(
                        *span, PRIORITY_FULL, owners, "surname and the initials of the given name"
                    )
                )

    def joined_full_name(self, index: int) -> None:
        """ "Choehyokchol", "Kimmyongchol": a surname and a given name of two syllables or
        more written as one word."""
        key = self.keys[index]
        matcher = self.matcher
        for length in range(1, min(6, len(key) - 3)):
            surname, rest = key[:length], key[length:]
            if surname not in matcher._surname_title:
                continue
            given = matcher._given.get(rest)
            if given is None:
                continue
            groups, _alone = given.grouped(matcher._entries)
            for (surnames, public), group in groups.items():
                if surname in surnames:
                    self.add_full(index, index, group, public)

    def hangul_title_follows(self, index: int) -> bool:
        """A Hangul title right after a Latin surname: "Rim씨", "Ha 언니", "Ryu 반장"."""
        match = HANGUL_AFTER_RE.match(self.folded, self.ends[index])
        return bool(match) and is_title_tail(match.group(1))

    def mid_sentence_capital(self, index: int) -> bool:
        """An English-word surname capitalised inside a sentence ("the cook, So, told me",
        "of Moon shouting"), where only a name is capitalised: not at a sentence start or after
        a quotation mark, not after a determiner ("the Moon"), not beside another capitalised
        word ("Han River"), not all in capitals, not in a title-case heading."""
        word = self.text[self.starts[index] : self.ends[index]]
        if index == 0 or (len(word) > 1 and word.isupper()) or self.sentence_start(index):
            return False
        if self.gap(index - 1) not in (" ", ", ", "\u00a0") or self.keys[index - 1] in DETERMINERS:
            return False
        if self.followed_closely(index) and (
            self.capitalised(index + 1) or self.keys[index + 1].isdigit()
        ):
            return False
        if NUMBER_AFTER_RE.match(self.folded, self.ends[index]):
            return False  # "room No. 5"
        if (
            self.keys[index] in ENGLISH_FUNCTION_WORDS
            and self.keys[index - 1] in ANSWERING
            and self.folded[self.ends[index] : self.ends[index] + 1] in (".", "!", "")
        ):
            return False  # "Says No.": the answer, not the person
        return not self.in_heading(index)

    def capitals_in_prose(self, index: int) -> bool:
        """A registered English-word surname of two letters or more in capitals on a line
        written in small letters, as indictments and transcripts' summaries write the persons
        ("KYE wrote to MA", "Participants: JIN; SONG"): not a function word in capitals for
        emphasis ("said NO"), not beside another word in capitals or a number ("MOON RIVER",
        "300 WON"), not the same word twice ("HA HA"), not an acronym ("SIM card", "the UN",
        one the text spells out: "MA = Main Access gate")."""
        start, end = self.starts[index], self.ends[index]
        word = self.text[start:end]
        key = self.keys[index]
        if (
            self.matcher.transient  # a detected name's parts: only a registered person's
            or len(word) < 2
            or not word.isupper()
            or key in ENGLISH_FUNCTION_WORDS
            or key in _ACRONYMS
            or (index > 0 and self.keys[index - 1] in DETERMINERS)
        ):
            return False
        for other in (index - 1, index + 1):
            if not 0 <= other < self.count:
                continue
            neighbour = self.text[self.starts[other] : self.ends[other]]
            close = self.gap(min(index, other)) in (" ", "-")
            if close and (neighbour.isupper() or neighbour.isdigit() or self.keys[other] == key):
                return False
        if re.search(rf"\b{re.escape(word)}[ \t]*(?:=|stands for\b)", self.text):
            return False  # "MA = Main Access gate": the text spells it out as an acronym
        line_start = self.folded.rfind("\n", 0, start) + 1
        line_end = self.folded.find("\n", end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        return len(_SMALL_WORD_RE.findall(line)) >= 3 and self.surnames_in_capitals() >= 2

    def surnames_in_capitals(self) -> int:
        """How many tokens of the text are a Korean surname in capitals: two at least make it
        the text's way of writing persons ("KYE wrote to MA"); one alone may be a word said
        loud ("a loud BANG")."""
        if self._surnames_in_capitals is None:
            self._surnames_in_capitals = sum(
                1
                for index in range(self.count)
                if self.keys[index] in ROMANIZED_SURNAMES
                and self.ends[index] - self.starts[index] >= 2
                and self.text[self.starts[index] : self.ends[index]].isupper()
            )
        return self._surnames_in_capitals

    def in_heading(self, index: int) -> bool:
        """Whether token `index` is on a line where most longer words are capitalised."""
        line_start = self.folded.rfind("\n", 0, self.starts[index]) + 1
        line_end = self.folded.find("\n", self.ends[index])
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        words = [word for word in HEADING_WORD_RE.findall(line) if len(word) > 3]
        capitals = sum(1 for word in words if word[0].isupper())
        return len(words) >= 2 and capitals * 3 >= len(words) * 2

    def quoted(self, index: int) -> bool:
        """The word alone between quotation marks: 'O', "Song"."""
        start, end = self.starts[index], self.ends[index]
        return (
            start > 0
            and self.folded[start - 1 : start] in QUOTES_OPEN
            and self.folded[end : end + 1] in QUOTES_CLOSE
        )

    def sentence_start(self, index: int) -> bool:
        """Whether token `index` opens a sentence (or the text, a line, a quotation)."""
        position = self.starts[index] - 1
        while position >= 0 and self.folded[position] in OPENING:
            position -= 1
        return position < 0 or self.folded[position] in SENTENCE_END

    def followed_closely(self, index: int) -> bool:
        """Whether the next token follows after plain spaces, or spaces and an emoji or symbol
        ("Jo 😢 cried")."""
        if index + 1 >= self.count:
            return False
        gap = self.gap(index)
        # "Jo👿 was": the emoji may also be glued to the name.
        return gap in (" ", "\u00a0", "  ") or (gap[-1:] == " " and is_symbol_gap(gap))

    def person_context(self, index: int) -> str:
        """Why grammar makes token `index` a person, or "" (for English-word spellings)."""
        keys = self.keys
        end = self.ends[index]
        if (
            self.folded[end : end + 2] in ("'s", "’s")
            and not self.folded[end + 2 : end + 3].isalpha()
        ):
            return "possessive"
        if self.followed_closely(index) and keys[index + 1] in FAMILY_NOUNS:
            return f"before '{keys[index + 1]}'"  # "the Yu siblings", "the Song family"
        if self.glossed(index):
            return "the same name in brackets after it"
        particle = re.match(r"[가-힣]+", self.folded[end : end + 8])
        if particle and is_tail(particle.group(), 2):
            # "2016년 3월 Gang이 비계에서", "Moon은": a Korean particle glued to a Latin name
            return f"before '{particle.group()}'"
        if self.speaker_label(index, repeated=True):
            return "speaker's label of a chat"
        if (
            self.followed_closely(index)
            and keys[index + 1] in PERSON_VERBS
            and not (
                keys[index] in ENGLISH_FUNCTION_WORDS
                and len(keys[index]) > 1
                and keys[index + 1] in AUXILIARIES
                and self.sentence_start(index)
            )
        ):
            return f"subject of '{keys[index + 1]}'"
        if index > 0 and keys[index - 1] in NAME_CUES and self.gap(index - 1) in (": ", ":\t"):
            return f"after '{keys[index - 1]}'"  # a form's field: "Surname: GANG"
        if index > 0 and not self.sentence_start(index):
            previous = keys[index - 1]
            gap = self.gap(index - 1)
            if previous in NAME_CUES and gap in (" ", ", ", ": "):
                return f"after '{previous}'"
            if previous in ("was", "is") and index > 1 and keys[index - 2] == "name" and gap == " ":
                return "after 'name was'"
            if (
                previous in ("was", "is")
                and index > 1
                and keys[index - 2] == "who"
                and gap == " "
                and self.folded[self.ends[index] : self.ends[index] + 1] == "?"
            ):
                return "asked who he or she is"
            if previous in OBJECT_CUES and gap == " ":
                return f"after '{previous}'"
        return ""

    def speaker_label(self, index: int, repeated: bool = False) -> bool:
        """The word opens a line, after a chat's time stamp if any ("Yu: 네", "[21:04] Yu:
        ok"), and a colon follows it: who speaks in a chat or a transcript. `repeated`: only if
        another line opens with the same label."""
        start, end = self.starts[index], self.ends[index]
        if self.folded[end : end + 2] not in (": ", ":") or self.folded[end + 1 : end + 2] not in (
            " ",
            "\n",
            "",
        ):
            return False
        line_start = self.folded.rfind("\n", 0, start) + 1
        if not SPEAKER_PREFIX_RE.fullmatch(self.folded, line_start, start):
            return False
        if not repeated:
            return True
        label = re.escape(self.folded[start : end + 1])
        return (
            len(re.findall(rf"(?m)^{SPEAKER_PREFIX_RE.pattern}{label}(?:\s|$)", self.folded)) >= 2
        )

    def glossed(self, index: int) -> bool:
        """The surname followed by the same person's name in brackets: "the Korean Yu (유)",
        "Rim (SK spelling Lim Hak-song)": its Hangul surname as a word, or another spelling of
        the surname before a capitalised word."""
        end = self.ends[index]
        if self.folded[end : end + 2] != " (":
            return False
        close = self.folded.find(")", end + 2, end + 62)
        if close < 0:
            return False
        inside = self.text[end + 2 : close]
        matcher = self.matcher
        for eid in matcher._surname_title.get(self.keys[index], ()):
            entry = matcher._entries[eid]
            if entry.person is None:
                continue
            forms = name_forms(entry.person)
            for hangul in forms.hangul_surnames:
                if re.search(rf"(?<![가-힣]){hangul}(?![가-힣])", inside) or any(
                    inside.startswith(full) for full in forms.hangul_full
                ):
                    return True
            for word in re.finditer(r"[A-Za-z]+(?= [A-Z])", inside):
                if word.group().lower() in entry.surnames:
                    return True
        return False

    def weak_person_context(self, index: int) -> str:
        """A grammar that makes an English-word surname a person only when that person was
        named in full before: the subject of a verb form ("An is", "Ha does", "Im described",
        "Do later went"; not an idiom such as "So was I"), a word opening a sentence before a
        dash ("Song - that's how they called me"), a word called out in a quotation ('"O,
        come here!"')."""
        keys = self.keys
        start, end = self.starts[index], self.ends[index]
        if index + 1 >= self.count:
            return ""
        gap = self.gap(index)
        if self.sentence_start(index) and any(gap.startswith(dash) for dash in DASHES):
            return "before a dash"
        if self.speaker_label(index):
            return "speaker's label of a chat"
        if (
            self.sentence_start(index)
            and gap == ", "
            and any(key in CALLING for key in keys[index + 1 : index + 4])
        ):
            return "the name people called"  # "Son, they called me"
        if (
            gap.startswith(", ")
            and start > 0
            and self.folded[start - 1] in QUOTES_OPEN
            and keys[index] not in INTERJECTIONS  # '"Oh, I thought ..."' exclaims
        ):
            return "called out in a quotation"
        following = keys[index + 1]
        if (
            self.sentence_start(index)
            and keys[index] not in ENGLISH_FUNCTION_WORDS
            and index + 3 < self.count
            and not self.capitalised(index + 1)
            and not self.capitalised(index + 2)
        ):
            # "Yu, a mechanic, repaired": a sentence opened by a word and its apposition.
            if gap == ", " and following in ("a", "an", "the") and self.gap(index + 2) == ", ":
                return "before an apposition"
            # "Gang and his bunk-mate were punished": one of two persons a sentence opens with.
            if gap == " " and following == "and" and keys[index + 2] in ("his", "her"):
                return "before 'and his'"
        other = index + 2  # the other subject's last word: "Song-nam" is two tokens
        while other + 1 < self.count and self.gap(other)[:1] and self.gap(other) in HYPHENS:
            other += 1
        if (
            self.sentence_start(index)
            and keys[index] not in ENGLISH_FUNCTION_WORDS
            and other + 1 < self.count
            and following == "and"
            and self.gap(index) == " "
            and self.capitalised(index + 2)
            and self.gap(index + 1) == " "
            and self.gap(other) == " "
            and (keys[other + 1] in VERB_FORMS or keys[other + 1] in VERB_LIKE)
        ):
            # "Bang and Moon slept in the same container", "Pang and Song-nam discussed
            # leaving": two persons, one verb.
            return "one of two subjects"
        if not self.followed_closely(index) or self.capitalised(index + 1):
            return ""
        if index > 0 and keys[index - 1] in DETERMINERS and keys[index - 1] != "that":
            return ""
        opens = self.sentence_start(index)
        function_word = opens and keys[index] in ENGLISH_FUNCTION_WORDS
        # "-ed" read as a verb only inside a sentence: "that So talked", not "So tired".
        past = following.endswith("ed") and not function_word
        # A verb of the lexicon ("Moon held", "Song knows", "Yu insists"); after a grammar word
        # opening a sentence only with an object or a name after it ("O opened them", "An
        # describes Ri"; not "An armed guard", "No guards came", "In turns").
        lexicon = following in VERB_FORMS and (
            not function_word
            or (
                keys[index] not in PREPOSITIONS
                and index + 2 < self.count
                and self.followed_closely(index + 1)
                and (
                    keys[index + 2] in OBJECT_WORDS
                    or (
                        self.capitalised(index + 2)
                        and keys[index + 2] not in ENGLISH_FUNCTION_WORDS
                    )
                )
            )
        )
        if self.folded[end : end + 1] == "." or not (
            following in VERB_LIKE or following in PERSON_VERBS or past or lexicon
        ):
            return ""
        if index + 2 < self.count and keys[index + 2] in PRONOUNS and following in VERB_LIKE:
            return ""  # "So was I", "So did we"; but "No found it" is a person
        if (
            opens
            and keys[index] == "so"
            and following in AUXILIARIES | {"does", "do"}
            and (
                index + 2 >= self.count
                or (keys[index + 2] in IDIOM_SUBJECTS and keys[index + 2] not in ("a", "an"))
                or self.capitalised(index + 2)
            )
        ):
            # "So did the others"; but "So was also on the list", "So had a daughter" is a person
            return ""
        return f"subject of '{following}'"

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
                and reads_as_korean(following)
            ):
                return True
        if index == 0 or self.gap(index - 1) not in (" ", "\u00a0"):
            return False
        previous = index - 1
        if index > 1 and self.gap(index - 2) in HYPHENS and not self.keys[previous].isdigit():
            return True  # "Chol-min Pak"; not a date, "2012-08 Kong injured"
        if (
            self.capitalised(previous)
            and self.followed_closely(index)
            and self.keys[index + 1].isdigit()
        ):
            return True  # "Tae Yang 3": a ship or a unit named with a number
        # "Wang Li", "Robert Lee": a capitalised word before it, other than a title or a cue.
        return (
            self.capitalised(previous)
            and not self.sentence_start(previous)
            and self.keys[previous] not in TITLES_BEFORE
            and self.keys[previous] not in NAME_CUES
            and self.keys[previous] not in NOT_A_NAME_BEFORE
        )

    def surname_alone(self, index: int, lower: bool = False) -> None:
        """A registered surname without a title: "Pak said", "Kwak's team leader", "his last
        name, Kim,". English-word spellings need a person's grammar around them. `lower`: the
        surname typed in small letters, not an English word (`lower_case_surname`)."""
        key = self.keys[index]
        if key in NEVER_ALONE:
            return
        if index + 1 < self.count:
            gap = self.gap(index)
            if (
                gap == "" or gap[:1] in HYPHENS or (gap[:1] == "." and len(key) == 1)
            ) and not self.sentence_ends_after(index):
                return  # "Moon-lit", "Rim-il", "O.K.", "O. Henry"
            if self.keys[index + 1] in NOT_A_PERSON_AFTER and gap == " ":
                return
        if index > 0:
            gap = self.gap(index - 1)
            if gap[-1:] in HYPHENS or gap == "":
                return
            previous = self.keys[index - 1]
            if previous in LEADERSHIP_TITLES:
                return
            if (
                key in RIVER_SURNAMES
                and previous == "the"
                and not (
                    index + 1 < self.count
                    and self.gap(index) == " "
                    and self.keys[index + 1] in PERSON_AFTER_THE
                )
            ):
                return  # "the other side of the Han": the river
            if previous in ("a", "another") and gap == " " and not self.quoted(index):
                return  # "the team leader was also a Kim": the surname, not a mention
            if previous == "leader" and index > 1 and self.keys[index - 2] in LEADERSHIP_WORDS:
                return
        if self.part_of_another_name(index):
            return
        reason = "surname alone" + (", in lower case" if lower else "")
        if lower:
            if index + 1 < self.count and self.gap(index) == " ":
                following = self.text[self.starts[index + 1] : self.ends[index + 1]]
                if (
                    following.islower()
                    and reads_as_korean(self.keys[index + 1])
                    and (
                        "-" in following
                        or len(following) >= 4
                        or (
                            index + 2 < self.count
                            and self.gap(index + 1) == " "
                            and self.text[self.starts[index + 2]].islower()
                            and len(self.keys[index + 2]) <= 4
                            and reads_as_korean(self.keys[index + 2])
                        )
                    )
                ):
                    return  # "pak yong chol": a lower-case full name, the detector's
        elif key in ENGLISH_WORD_SPELLINGS:
            context, weak = self.english_word_context(index)
            if not context and not weak and self.rarely_a_word(index):
                weak = "rarely an English word"
            if not context:
                if weak:
                    self.pending.append(
                        Candidate(
                            self.starts[index],
                            self.ends[index],
                            PRIORITY_SURNAME_ALONE,
                            frozenset(self.matcher._surname_title[key]),
                            f"surname alone, {weak}, after the full name",
                            key,
                        )
                    )
                return
            reason = f"surname alone, {context}"
        eids = self.matcher._surname_title[key]
        self.add(index, index, PRIORITY_SURNAME_ALONE, eids, reason, key)

    def given_one_syllable(self, index: int, eids: frozenset[int]) -> None:
        """A one-syllable given name alone ("Hyok was nineteen"): capitalised, in a name's
        place, not part of another name."""
        key = self.keys[index]
        if not self.capitalised(index) or self.part_of_another_name(index):
            return
        if self.followed_closely(index) and self.capitalised(index + 1):
            return
        if key == "i":
            return  # "I was": the pronoun, not 이 of 설이 (a name writes it Yi or Ri)
        reason = "one-syllable given name"
        if key in ENGLISH_WORD_SPELLINGS:
            context = self.person_context(index)
            if not context:
                # "Sun held the baby": as for a surname, once the full name was written.
                weak = self.weak_person_context(index)
                if weak:
                    self.pending.append(
                        Candidate(
                            self.starts[index],
                            self.ends[index],
                            PRIORITY_GIVEN_ONE,
                            eids,
                            f"one-syllable given name, {weak}, after the full name",
                        )
                    )
                return
            reason = f"one-syllable given name, {context}"
        self.add(index, index, PRIORITY_GIVEN_ONE, eids, reason)

    def surname_ok(self, index: int) -> bool:
        return self.keys[index] not in SURNAMES_NEEDING_CAPITAL or self.capitalised(index)

    def title_hit(self, title: int) -> None:
        if self.keys[title] == "leader" and title > 0 and self.keys[title - 1] in LEADERSHIP_WORDS:
            return
        surname = title + 1
        if self.gap(title)[:1] == "." and self.ends[title] - self.starts[title] > 5:
            return  # "best teacher. I will": a sentence ends; an abbreviation (Capt.) is short
        word = self.text[self.starts[surname] : self.ends[surname]]
        initials = self.matcher._initials.get(self.keys[surname])
        if initials and word.isupper() and 2 <= len(word) <= 3:
            self.add(surname, surname, PRIORITY_FULL, initials, "initials after a title")
        end = self.ends[surname]
        if (
            len(word) == 1
            and word.isupper()
            and self.folded[end : end + 1] == "."
            and not self.folded[end + 1 : end + 2].isalpha()
            and not INITIAL_AFTER_RE.match(self.folded, end + 1)
        ):
            letter_eids = self.matcher._surname_letters.get(self.keys[surname])
            if letter_eids:
                title_word = self.text[self.starts[title] : self.ends[title]]
                self.found.append(
                    Candidate(
                        self.starts[surname],
                        end + 1,
                        PRIORITY_TITLE,
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
            and self.gap(surname)[:1] in HYPHENS
            and self.keys[surname + 1] not in ROMANIZED_TITLES_AFTER
        ):
            return  # "Mr. Rim-il": the name goes on
        title_word = self.text[self.starts[title] : self.ends[title]]
        self.add(
            surname,
            surname,
            PRIORITY_TITLE,
            eids,
            f"surname after the title '{title_word}'",
        )

    def given_hit(self, first: int, last: int, key: GivenKey, single: bool, joined: str) -> None:
        groups, alone_ids = key.grouped(self.matcher._entries)
        keys = self.keys
        # A hyphen glues syllables: "Il" in "Rim Il-song" is not the given name "Il".
        if last + 1 < self.count and self.gap(last) in HYPHENS:
            following = keys[last + 1]
            # "Kwang-jin-a": the Korean vocative ending is not another syllable of the name.
            vocative = following in ("a", "ya") and not (
                last + 2 < self.count and self.gap(last + 1) in ("", *HYPHENS)
            )
            if (
                not vocative
                and following not in ROMANIZED_TITLES_AFTER
                and not any(following in surnames for surnames, _public in groups)
            ):
                return
        if first > 0 and self.gap(first - 1) in HYPHENS:
            preceding = keys[first - 1]
            if not any(preceding in surnames for surnames, _public in groups):
                return
        before = first - 1 if first > 0 and SURNAME_GAP_RE.fullmatch(self.gap(first - 1)) else -1
        after = last + 1 if last + 1 < self.count and INNER_GAP_RE.fullmatch(self.gap(last)) else -1
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
        # Where a full name matched too, the longer full-name candidate wins in resolve.
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
                        PRIORITY_OTHER_SURNAME,
                        one,
                        "given name after another surname",
                    )
                else:
                    self.given_one_syllable(first, one)
            return
        if single and joined in PLACE_NAMES:
            self.add(first, last, PRIORITY_KEEP, alone, "place name")
        elif (
            before >= 0
            and keys[before] in ROMANIZED_SURNAMES
            and self.capitalised(before)
            and keys[before] not in SURNAMES_NEEDING_CAPITAL
        ):
            self.add(
                before, last, PRIORITY_OTHER_SURNAME, alone, "given name after another surname"
            )
        else:
            self.add(first, last, PRIORITY_GIVEN, alone, "given name")

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
                and INITIAL_AFTER_RE.match(self.folded, end + 2) is not None
            )
        )

    def add_full(self, first: int, last: int, eids: frozenset[int], public: bool) -> None:
        if public:
            self.found.append(
                Candidate(self.starts[first], self.ends[last], PRIORITY_KEEP, eids, "public")
            )
        else:
            self.add(first, last, PRIORITY_FULL, eids, "full name")

    def add(
        self,
        first: int,
        last: int,
        priority: int,
        eids: Iterable[int],
        reason: str,
        surname: str = "",
    ) -> None:
        if priority != PRIORITY_KEEP and self.place_follows(last):
            priority, reason = PRIORITY_KEEP, "place"
        self.found.append(
            Candidate(
                self.starts[first], self.ends[last], priority, frozenset(eids), reason, surname
            )
        )

    def place_follows(self, last: int) -> bool:
        """Kim Chaek University, Rim Chol Street, Kim Chaek Iron and Steel Complex."""
        for index in range(last + 1, min(last + 5, self.count)):
            if not PLACE_GAP_RE.fullmatch(self.gap(index - 1)):
                return False
            key = self.keys[index]
            if key in PLACE_SUFFIXES and self.capitalised(index):
                return True
            if not (self.capitalised(index) or (index > last + 1 and key in PLACE_CONNECTORS)):
                return False
        return False
