"""Korean morphological analysis with Kiwi (kiwipiepy), for the name detector and the review list.

This is the only module that imports kiwipiepy. The analyser is built once per process, on first
use (about 1.5 s and 315 MB; see docs/ANONYMIZATION.md), and shared by every thread: analysis does
not change it. Registered names reach it per call through Kiwi's `pretokenized` argument, never
through its user dictionary, so that the names of one testimony neither stay in a shared
process's memory nor change how the next testimony is read.

Only the Hangul of a text is analysed. Before analysis the text is cleaned into a copy whose
every character remembers where it came from: zero-width characters and combining marks are
dropped, decomposed Hangul (conjoining jamo) is composed, fullwidth letters become ASCII, other
scripts and emoji become spaces. Offsets are mapped back, so every token's `start` and `end` are
indices of the original `str` (code points), whatever Kiwi counts internally.
"""

import re
import threading
import unicodedata
import warnings
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from testimony.anonymize.names import HANGUL_TITLES, SURNAME_HANGUL_FORMS

# Nouns, as Kiwi tags them: common, proper, bound, numeral, pronoun; and its tags for unknown
# or unanalysable words.
NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP"})
UNKNOWN_TAGS = frozenset({"UN", "XR"})

# A piece of text handed to Kiwi at once: long enough for context, short enough that a
# pathological input (80,000 characters without a space) costs linear time.
_PIECE = 1000
_HANGUL_RE = re.compile(r"[가-힣]")
_JAMO_SYLLABLE_RE = re.compile(r"[\u1100-\u1112][\u1161-\u1175][\u11a8-\u11c2]?")
# What may follow a registered name inside one written word for it to be read as that name:
# a particle, the copula, an honorific, or the affectionate 이 (명철이가). 명철한 (clear-sighted)
# and 한국 stay ordinary words.
_NAME_TAIL_RE = re.compile(
    r"(?:이(?=[가는를의와도랑야여었였라다고지]|에게|한테|하고|$)|)"
    r"(?:은|는|이|가|을|를|의|에게|한테|께|와|과|도|만|랑|하고|씨|님|동무|동지|선생|반장|"
    r"라고|라는|이라|이었|이다|였|야|아|처럼|보다|까지|부터|조차|마저|에|로|으로|$)"
)
_LAST_UNKNOWN_ID = 3
_PLACE_PARTICLES = frozenset({"에", "에서", "으로", "로", "까지", "부터", "에서부터", "으로부터"})
# (으)로 before these says who or what something is identified as ("리명길, 박성철로 확인",
# "권영길로 추정", "계영철로 적혀"), not where it goes or how ("위챗으로 알려 줬어요").
_IDENTIFIED_AS_RE = re.compile(
    r"[ \t]*(?:확인|추정|보이는|보임|보인|기재|표기|적혀|적힌|적혔|불리|불렸|불린|알려진|알려져|"
    r"밝혀|판명|짐작|쓰여|쓰인|개명|등록|신고|표시)"
)
_SURNAMES = frozenset(SURNAME_HANGUL_FORMS)
# Kin words used as a title after a given name (순희 이모, 철수 삼촌): aunts and uncles; and the
# words a foreign landlady or neighbour is called by (류다 할머니, 갈랴 아줌마).
_KIN_TITLES = ("이모", "고모", "삼촌", "외삼촌", "이모부", "고모부", "아줌마", "할머니", "할아버지")
_TITLES_AFTER = tuple(sorted({*HANGUL_TITLES, *_KIN_TITLES}, key=len, reverse=True))
# Places, organisations and titles Kiwi tags as proper nouns, and ordinary words, that are
# never a person.
_NOT_PERSONS = frozenset(
    [
        "조선",
        "남조선",
        "북조선",
        "한국",
        "남한",
        "북한",
        "중국",
        "러시아",
        "일본",
        "미국",
        "평양",
        "서울",
        "김일성광장",
        "김책",
        "조선로동당",
        "로동당",
        "노동당",
        "보위부",
        "보위성",
        "국가보위성",
        "인민군",
        "공화국",
        # Ordinary words of statements that read as a surname and a given name: 정정 (a
        # correction: "[정정: ...]" where a statement read back is corrected; 정정하다, hale).
        "정정",
        # The currencies of wages (사백 리얄이라고, 루블씩): the recogniser trained on eleven
        # sets scored 리얄이 0.98.
        "리얄",
        "리알",
        "루블",
        "위안",
        "달러",
        "디르함",
        "유로",
        "텡게",
        "투그릭",
        "루피",
        # a work team's tally of days worked (North Korean papers), and the North itself
        "노력일",
        "이북",
    ]
)


@dataclass(frozen=True)
class Token:
    """One morpheme of the original text: `text[start:end]` is its surface (for nouns, `form`)."""

    form: str  # as Kiwi reads it: 했 -> 하 + 었
    tag: str  # Kiwi's part of speech: NNP proper noun, NNG common noun, JKS subject particle ...
    start: int
    end: int
    unknown: bool = False  # not in Kiwi's dictionary: a new word, often a name


_lock = threading.Lock()
_kiwi: Any = None


def analyser() -> Any:
    """The process-wide Kiwi, built on first use. Building takes about a second."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                with warnings.catch_warnings():
                    # num_workers=0: analyse in the calling thread. Kiwi warns that 0 meant
                    # "all cores" before 0.21; that is not wanted under gunicorn threads.
                    warnings.simplefilter("ignore", DeprecationWarning)
                    kiwi = Kiwi(
                        num_workers=0,
                        model_type="cong",
                        # The multi-word WikiData dictionary costs 190 MB and 2 s to load and
                        # adds nothing to names; the typo dictionary corrects chat spelling.
                        load_multi_dict=False,
                        load_typo_dict=False,
                    )
                kiwi.tokenize("가")  # Kiwi finishes loading on first use: do it under the lock.
                _kiwi = kiwi
    return _kiwi


def _cleaned(text: str) -> tuple[str, list[tuple[int, int]]]:
    """A copy of `text` that Kiwi reads safely, and for each of its characters the range of
    `text` it came from."""
    chars: list[str] = []
    origin: list[tuple[int, int]] = []
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        code = ord(char)
        if 0x1100 <= code <= 0x11FF:
            jamo = _JAMO_SYLLABLE_RE.match(text, i)
            if jamo:
                chars.append(unicodedata.normalize("NFC", jamo.group()))
                origin.append((i, jamo.end()))
                i = jamo.end()
                continue
            chars.append(" ")
        elif 0xAC00 <= code <= 0xD7A3 or 0x3131 <= code <= 0x318E or 0x21 <= code <= 0x7E:
            chars.append(char)
        elif char == "\n":
            chars.append("\n")
        elif 0xFF01 <= code <= 0xFF5E:
            chars.append(chr(code - 0xFEE0))  # fullwidth letters and signs (U+FF01-FF5E) -> ASCII
        else:
            category = unicodedata.category(char)
            if category in ("Cf", "Mn", "Me") and chars and chars[-1] != " ":
                # Zero-width and combining characters inside a word: the word stays whole and
                # the dropped character falls inside the span of its neighbour.
                start, _end = origin[-1]
                origin[-1] = (start, i + 1)
                i += 1
                continue
            chars.append(" ")
        origin.append((i, i + 1))
        i += 1
    return "".join(chars), origin


def _pieces(cleaned: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the stretches of `cleaned` worth analysing: lines with Hangul, cut at a
    sentence end or a space into pieces of at most _PIECE characters."""
    for line in re.finditer(r"[^\n]+", cleaned):
        if not _HANGUL_RE.search(line.group()):
            continue
        start, end = line.span()
        while start < end:
            stop = min(end, start + _PIECE)
            if stop < end:
                cut = max(cleaned.rfind(". ", start, stop), cleaned.rfind(" ", start, stop))
                if cut > start:
                    stop = cut + 1
            if _HANGUL_RE.search(cleaned, start, stop):
                yield start, stop
            start = stop


def _known_name_spans(piece: str, names: list[str]) -> list[tuple[int, int, Any]]:
    """Kiwi's pretokenized spans forcing every registered name in `piece` to one proper noun.

    A name counts at the start of a written word, followed by a particle, an honorific or
    nothing; a one-syllable name (a surname) only alone or before 씨."""
    from kiwipiepy import PretokenizedToken

    spans: list[tuple[int, int, Any]] = []
    taken: set[int] = set()
    for name in names:  # longest first
        for match in re.finditer(re.escape(name), piece):
            start, end = match.span()
            if start > 0 and _HANGUL_RE.match(piece[start - 1]):
                continue
            word_end = end
            while word_end < len(piece) and _HANGUL_RE.match(piece[word_end]):
                word_end += 1
            tail = piece[end:word_end]
            if len(name) == 1 and tail not in ("", "씨", "씨가", "씨는", "씨의", "씨를", "씨에게"):
                continue
            if not _NAME_TAIL_RE.match(tail) or taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            spans.append((start, end, PretokenizedToken(name, "NNP", 0, end - start)))
    return sorted(spans, key=lambda span: span[0])


def _registered(known_names: Collection[str]) -> list[str]:
    names = {re.sub(r"\s+", "", unicodedata.normalize("NFC", name)) for name in known_names}
    return sorted(
        (name for name in names if name and all("가" <= char <= "힣" for char in name)),
        key=len,
        reverse=True,
    )


def hangul_tokens(text: str, known_names: Collection[str] = ()) -> list[Token]:
    """Kiwi's analysis of the Hangul of `text`, with offsets into `text` itself.

    `known_names` are registered Hangul names (림명철, 명철, 한): each occurrence at the start of
    a word is read as one proper noun. Only Hangul morphemes are returned, in text order.
    """
    if not _HANGUL_RE.search(text) and not re.search(r"[\u1100-\u1112]", text):
        return []
    cleaned, origin = _cleaned(text)
    names = _registered(known_names)
    kiwi = analyser()
    tokens: list[Token] = []
    for piece_start, piece_end in _pieces(cleaned):
        piece = cleaned[piece_start:piece_end]
        pretokenized = _known_name_spans(piece, names) if names else None
        for token in kiwi.tokenize(piece, pretokenized=pretokenized):
            first = piece_start + token.start
            last = piece_start + token.start + max(token.len, 1) - 1
            if not piece_start <= first <= last < piece_end:
                continue
            start, end = origin[first][0], origin[last][1]
            if _HANGUL_RE.search(cleaned, first, last + 1):  # not punctuation, Latin, numbers
                # Kiwi gives the words it does not know the first morpheme ids (2 NNG, 3 NNP).
                unknown = token.id <= _LAST_UNKNOWN_ID and token.tag in NOUN_TAGS
                tokens.append(Token(token.form, token.tag, start, end, unknown))
    return tokens


def words(tokens: list[Token]) -> list[list[Token]]:
    """`tokens` grouped by written word (eojeol): tokens that touch or overlap (했 = 하 + 었)."""
    grouped: list[list[Token]] = []
    for token in tokens:
        if grouped and token.start <= grouped[-1][-1].end:
            grouped[-1].append(token)
        else:
            grouped.append([token])
    return grouped


@dataclass(frozen=True)
class Candidate:
    """The noun stem of a written word that may be a person's name, and what follows it."""

    start: int
    end: int
    kind: str  # "proper" (a dictionary proper noun), "unknown" (not in Kiwi's dictionary),
    # "name-shaped" (a surname syllable and one or two syllables Kiwi reads apart: 윤 + 철)
    after: str  # "particle", "copula", "honorific", "place particle", "nothing", "other"
    syllables: int
    honorific: str = ""  # the honorific or title after it, attached or as the next word: 씨


def _after(rest: list[Token]) -> str:
    if not rest:
        return "nothing"
    first = rest[0]
    if first.tag == "VCP":
        return "copula"
    if first.form in _PLACE_PARTICLES and first.tag in ("JKB", "JX"):
        return "place particle"
    if first.tag.startswith("J"):
        return "particle"
    if first.tag in ("NNG", "NNB", "XSN") and first.form in _TITLES_AFTER:
        return "honorific"
    return "other"


def _title_at(word: str) -> str:
    """The honorific or title `word` is (씨, 동무가, 반장님께서), or ""."""
    for title in _TITLES_AFTER:
        if word.startswith(title) and _NAME_TAIL_RE.match(word[len(title) :]):
            return title
    return ""


def _stem(word: list[Token]) -> int:
    """How many leading tokens of a written word make its noun stem (윤 + 철 in 윤철은)."""
    count = 0
    for token in word:
        if token.tag in NOUN_TAGS or token.tag in UNKNOWN_TAGS:
            if token.form in _TITLES_AFTER and count:
                break  # 박철수씨, 김반장
            count += 1
        elif token.tag in ("MAG", "MM") and count == 0 and token.end - token.start == 1:
            count += 1  # 탁 (MAG), 양 (MM): a surname Kiwi takes for an adverb or determiner
        else:
            break
    return count


def name_candidates(
    text: str, known_names: Collection[str] = (), *, tokens: list[Token] | None = None
) -> list[Candidate]:
    """Every Hangul word stem of `text` that Kiwi reads as a proper noun or cannot read, or that
    has the shape of a Korean name, with what follows it. Ordinary words stay out: a stem that
    is one common noun of Kiwi's dictionary (맹세, 여권), a noun made a verb (맹세해), and
    everything that is not a noun (그래서, 명이라 = 명 + 이 + 라).

    `tokens`, when given, is `hangul_tokens(text, known_names)` computed already."""
    if tokens is None:
        tokens = hangul_tokens(text, known_names)
    found: list[Candidate] = []
    for word in words(tokens):
        count = _stem(word)
        if not count:
            continue
        nouns, rest = word[:count], word[count:]
        if rest and rest[0].tag.startswith(("XSV", "XSA")):
            continue  # 맹세해, 도착하여: a noun made a verb
        start, end = nouns[0].start, nouns[-1].end
        if rest and rest[0].tag == "XSN" and rest[0].form == "이":
            rest = rest[1:]  # 진성이는: the affectionate 이 stays out
        surface = text[start:end]
        syllables = len(_HANGUL_RE.findall(surface))
        if surface in _NOT_PERSONS or not syllables:
            continue
        if len(nouns) == 1 and nouns[0].tag == "NNP":
            kind = "unknown" if nouns[0].unknown else "proper"
        elif any(token.unknown or token.tag in UNKNOWN_TAGS for token in nouns):
            kind = "unknown"
        elif (
            (2 <= syllables <= 3 or (syllables == 4 and surface[:2] in _SURNAMES))
            and (surface[0] in _SURNAMES or surface[:2] in _SURNAMES)
            and all(token.end - token.start <= 2 for token in nouns)
            and len(nouns) >= 2
        ):
            kind = "name-shaped"
        elif len(nouns) == 1 and nouns[0].form in _SURNAMES and syllables == 1:
            kind = "surname"
        elif 2 <= syllables <= 3 and all(token.end - token.start == 1 for token in nouns):
            kind = "syllables apart"  # 혜 + 옥: a given name Kiwi does not know
        else:
            continue
        after = _after(rest)
        if (
            after == "place particle"
            and rest[0].form in ("로", "으로")
            and _IDENTIFIED_AS_RE.match(text, word[-1].end)
        ):
            after = "particle"  # 박성철로 확인: who a record's name turned out to be
        honorific = _title_at(text[rest[0].start : word[-1].end]) if after == "honorific" else ""
        if after == "nothing":
            following = re.match(r"[ \t]+([가-힣]+)", text[end : end + 20])
            honorific = _title_at(following.group(1)) if following else ""
            after = "honorific" if honorific else "nothing"  # 최광혁 씨의, 리 동무가
        found.append(Candidate(start, end, kind, after, syllables, honorific))
    return found


@lru_cache(maxsize=4096)
def is_common_noun(word: str) -> bool:
    """Whether Kiwi reads `word` alone as one common noun (곰, 여우, 감자, 안경), as a registered
    alias that is also an ordinary word would be; not a name it knows (순희) or a place."""
    tokens = analyser().tokenize(word)
    return len(tokens) == 1 and tokens[0].tag == "NNG" and tokens[0].form == word


@lru_cache(maxsize=4096)
def opens_with_a_verb(word: str) -> bool:
    """Whether Kiwi reads `word` alone as a verb's or an adjective's form from its first syllable
    (반짝이는 = 반짝이 + 는, glittering), as no name before a particle is read."""
    tokens = analyser().tokenize(word)
    return bool(tokens) and tokens[0].start == 0 and tokens[0].tag in ("VV", "VA")


@lru_cache(maxsize=4096)
def opens_with_a_known_noun(word: str) -> bool:
    """Whether Kiwi reads `word` alone as opening with a noun of two syllables or more from its
    dictionary (검토, 이름은 = 이름 + 은, 선생님 = 선생 + 님), not one it guesses because it
    does not know the word (지성호, 라명호: unknown words, as names are)."""
    tokens = analyser().tokenize(word)
    return (
        bool(tokens)
        and tokens[0].id > _LAST_UNKNOWN_ID
        and tokens[0].tag in ("NNG", "NNB", "NR", "NP")
        and len(tokens[0].form) >= 2
    )


@lru_cache(maxsize=4096)
def reads_as_a_clause(word: str) -> bool:
    """Whether Kiwi reads `word` alone with a particle, an ending or a verb of two syllables or
    more in it (손에서, 모르게, 하면서): a noun with its particle or a verb's form, no name."""
    return any(
        token.tag[0] in "JE" or (token.tag.startswith("V") and len(token.form) > 1)
        for token in analyser().tokenize(word)
    )


@lru_cache(maxsize=4096)
def is_compound_noun(word: str) -> bool:
    """Whether Kiwi reads `word` alone as one common noun (above) or as a compound opening with
    a common noun of two syllables or more (정산표: 정산 + 표), as no name is read."""
    tokens = analyser().tokenize(word)
    return is_common_noun(word) or (
        len(tokens) > 1 and tokens[0].tag == "NNG" and len(tokens[0].form) >= 2
    )


@lru_cache(maxsize=4096)
def word_across(word: str, length: int) -> bool:
    """Whether Kiwi reads a word that starts inside the first `length` syllables of `word` and
    runs past them: 류경호텔 is 류경 + 호텔, so its first three syllables are no word of their own
    (제순복생활비 is 제순복 + 생활비, and 조영욱입금 one unknown word)."""
    return any(
        0 < token.start < length < token.start + token.len for token in analyser().tokenize(word)
    )


def proper_noun_spans(text: str, known_names: Collection[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every Hangul word stem that may be a person's name.

    Generous, for a reviewer who keeps or redacts each one: proper nouns that are not a known
    place or organisation or used as a place in this text (평양에서), and words Kiwi does not
    know or reads as a surname with a given name, before a particle, the copula or an
    honorific; a surname alone or syllables Kiwi reads apart before an honorific (한 씨,
    혜옥 씨). Never ordinary words (그래서, 맹세, 명이라).
    """
    candidates = name_candidates(text, known_names)
    places = {text[c.start : c.end] for c in candidates if c.after == "place particle"}
    found = []
    for candidate in candidates:
        if text[candidate.start : candidate.end] in places:
            continue
        if candidate.kind in ("surname", "syllables apart"):
            keep = candidate.after == "honorific"
        elif candidate.kind == "proper":
            keep = candidate.after != "other"
        else:
            keep = candidate.after in ("particle", "copula", "honorific")
        if keep and candidate.syllables <= 5:
            found.append((candidate.start, candidate.end, _REASONS[candidate.kind]))
    return found


_REASONS = {
    "proper": "proper noun (Korean analyser)",
    "unknown": "word the Korean analyser does not know",
    "name-shaped": "surname syllable and a given name (Korean analyser)",
    "surname": "surname before an honorific or title",
    "syllables apart": "syllables the Korean analyser reads apart, before an honorific",
}
