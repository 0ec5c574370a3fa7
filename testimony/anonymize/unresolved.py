"""Every remaining word that may be a name, for a reviewer who keeps or redacts each one.

The finders (registered names, `detect.py`) propose only what they are fairly sure of. The
review must not depend on their recall, so this module lists, beside their proposals, every
token that still looks like a name - generously, since a human clicks each one - and approval
is refused until each is kept or redacted (`review.py`). Listed:

- a capitalised Latin word mid-sentence made of romanized Korean syllables ("said Hyok",
  "with Myong-chol"), joined with its capitalised neighbours into one item ("Pak Song Il");
- a capitalised word right after a title or an introduction ("Mr. Smith", "named Sergei");
- a sentence-initial capitalised word that is a Korean surname ("Ri said", "Choe worked") or
  a hyphenated romanized given name ("Myong-chol said");
- every Hangul word stem that `korean.proper_noun_spans` reads as a possible name, the ones
  too weak for the detector to propose included.

Not listed: what a proposal or a kept range already covers, public figures by full name,
places (`redact.vocabulary`, the provinces of `risk.PLACES_BY_PROVINCE` but not its counties,
the work countries and cities below, and the vocabularies passed in: country and province
names), a word followed by a place or
organisation word (Kim Chaek University), months and days, and the English words of the
stoplist below. Tokens are found on the folded copy of the text (`folding.fold_text`:
fullwidth letters, zero-width characters) and their offsets mapped back to the original.
"""

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_noop

from testimony.anonymize import names
from testimony.anonymize.detect import DEFAULT_PUBLIC_FIGURES as DETECTOR_PUBLIC_FIGURES
from testimony.anonymize.detect import fold as without_diacritics
from testimony.anonymize.folding import fold_text
from testimony.anonymize.redact.vocabulary import (
    DEFAULT_PUBLIC_FIGURES,
    HANGUL_PLACE_NAMES,
    PLACE_NAMES,
    PLACE_SUFFIXES,
)
from testimony.anonymize.risk import PLACES_BY_PROVINCE


@dataclass(frozen=True)
class Unresolved:
    """A stretch [start, end) of the original text that may be a name, and why it is listed."""

    start: int
    end: int
    text: str
    reason: str


# Marked for translation; the page translates them when it shows them.
REASON_ROMANIZED = gettext_noop("capitalised word made of romanized Korean syllables")
REASON_AFTER_TITLE = gettext_noop("capitalised word after a title or 'named'")
REASON_SURNAME_FIRST = gettext_noop("Korean surname at the start of a sentence")
REASON_GIVEN_FIRST = gettext_noop("hyphenated romanized given name at the start of a sentence")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# English words that fit the romanized-syllable grammar and came up capitalised in the
# development set (testimony/anonymize/eval/passages.json) and the demo testimonies
# (load_demo), checked by hand, plus the function words, months and days, nationalities and
# leadership words that detect.py's own stoplist already holds. Short on purpose: a word left
# off costs the reviewer one click, a name put on it could leave the system.
ENGLISH_STOPLIST = _words(
    """
    a an and as at but by do for from go he her him his i if in is it its me my no not of on
    one or our she so the their them then they this to up us we who with you your yes
    also after all any before each every here how once only since some still that there these
    those though what when where which while why until again even just later during
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    north south east west northern southern eastern western
    korean koreans korea russian russians chinese kuwaiti qatari mongolian arab arabic
    american japanese polish malaysian burmese emirati soviet english british european asian
    african god lord sir madam mister comrade leader great dear supreme respected marshal
    general party workers worker labour labor state central committee people's
    hello amen man men one ten time team camp ring dollar dollars yuan won euro euros
    juche songun chollima sea
    """
)

# Acronyms, compared in capitals only: "UN sanctions", "a SIM card" (a name typed in capitals,
# "PAK", is still listed).
ACRONYMS = _words("UN SIM NGO ILO USD ID TV OK DPRK ROK USA UAE EU KPA")

# Where the witnesses were sent, and their cities: capitalised, often Korean-looking
# ("Tynda", "Doha"), never a person. The country names themselves come from the Country
# vocabulary, passed in.
FOREIGN_PLACES = _words(
    """
    kuwait qatar doha dubai abu dhabi oman muscat vladivostok tynda khabarovsk amur moscow
    novosibirsk sakhalin primorye yakutsk chita irkutsk tomsk omsk siberia russia china dandong
    shenyang yanji hunchun tumen beijing shanghai qingdao ulaanbaatar yangon myanmar burma
    japan korea mongolia malaysia poland gdansk laos cambodia vietnam hanoi africa angola
    senegal libya hong kong macau taiwan seoul busan pusan incheon daegu gwangju ulsan jeju
    hanawon gdynia malta nepal nepali dalian sierra leone
    """
)
# The same places in Hangul, and the seas: 쿠웨이트시, 단둥의, 동해와.
FOREIGN_PLACES_HANGUL = _words(
    """
    쿠웨이트 카타르 도하 두바이 아부다비 오만 블라디보스토크 틴다 하바롭스크 아무르 모스크바
    노보시비르스크 사할린 연해주 시베리아 러시아 중국 단둥 심양 선양 연길 옌지 훈춘 도문 투먼
    베이징 북경 상해 상하이 청도 칭다오 대련 다롄 울란바토르 몽골 양곤 미얀마 버마 일본
    말레이시아 폴란드 라오스 캄보디아 프놈펜 베트남 하노이 아프리카 앙골라 세네갈 리비아 홍콩
    마카오 대만 몰타 네팔 유엔 동해 서해 남해 하나원
    """
)
# Ordinary words Kiwi reads as a surname before an honorific: 손님 (guest) is 손 + 님.
HANGUL_STOPLIST = _words("손님")

# A capitalised word followed, within its run of capitalised words, by one of these names a
# place or an organisation: "Namgang Construction Company", "Rungrado General Trading
# Corporation". redact.vocabulary's place suffixes and detect.py's organisation words.
ORGANISATION_WORDS = PLACE_SUFFIXES | _words(
    """
    construction trading corporation company bureau ministry department co ltd inc llc bank
    office embassy consulate unit brigade center centre association committee industries
    industry agency commission council union federation division regiment battalion airlines
    shipping fisheries fishery lumber logging timber restaurant hotel mountain mountains river
    lake sea island islands
    """
)

# Romanized titles (names.TITLES_BEFORE) and introductions: the capitalised word after them
# is listed whatever its shape ("Mr. Smith", "a man named Sergei").
_INTRODUCERS = frozenset({"named", "called", "nicknamed"})

_LATIN_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*")
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?:;\n。…]|[.!?][\"'”’)\]])[\s\"'“‘(\[«-]*$")
_JOIN_RE = re.compile(r"[ \t]+|[ \t]*-[ \t]*")
_MAX_SYLLABLES = 3


@cache
def _place_words() -> frozenset[str]:
    # Not the ~200 counties of risk.PLACES_BY_PROVINCE: they include plausible given names
    # (Chongsu, Songchon, Taehung), and a name must never be skipped because a county shares
    # its spelling. A county costs the reviewer one click. PLACE_NAMES has the provinces.
    return frozenset({place.lower() for place in PLACE_NAMES} | FOREIGN_PLACES)


@cache
def _hangul_places() -> frozenset[str]:
    hangul = set(HANGUL_PLACE_NAMES) | FOREIGN_PLACES_HANGUL
    for spellings in PLACES_BY_PROVINCE.values():  # the provinces only: 함경북도, 량강도
        hangul.update(s for s in spellings if names.contains_hangul(s) and s.endswith("도"))
    return frozenset(hangul)


def _vocabulary_words(vocabulary: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Latin words (lowercase) and Hangul terms of the vocabulary names passed in."""
    latin: set[str] = set()
    hangul: set[str] = set()
    for term in vocabulary:
        folded = names.fold(fold_text(term).text)
        if names.contains_hangul(folded):
            hangul.update(re.findall(r"[가-힣]+", folded))
        latin.update(word.lower() for word in _LATIN_TOKEN_RE.findall(folded))
    return frozenset(latin), frozenset(hangul)


def _is_korean_syllables(token: str) -> bool:
    """Every hyphen-separated part splits into romanized Korean syllables, three at most."""
    parts = [part for part in token.lower().replace("'", "").replace("’", "").split("-") if part]
    if not parts or len(token.replace("-", "")) < 2:
        return False
    count = 0
    for part in parts:
        readings = names.syllabify(part)
        if not readings:
            return False
        count += len(readings[0])
    return count <= _MAX_SYLLABLES


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() and token not in ACRONYMS


def _overlaps(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def _public_ranges(folded: str, public_figures: Iterable[str]) -> list[tuple[int, int]]:
    """Where a public figure is named in full, in any spacing or hyphenation."""
    ranges: list[tuple[int, int]] = []
    for figure in {names.fold(name).strip() for name in public_figures if name.strip()}:
        parts = [re.escape(part) for part in re.split(r"[\s\-‐]+", figure) if part]
        if not parts:
            continue
        tail = "" if names.contains_hangul(figure) else r"\b"
        pattern = re.compile(r"[\s\-‐]*".join(parts) + tail, re.IGNORECASE)
        ranges.extend(match.span() for match in pattern.finditer(folded))
    return ranges


def _latin_candidates(folded: str, excluded_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the Latin tokens of the folded text that may be names."""
    tokens = []
    for match in _LATIN_TOKEN_RE.finditer(folded):
        start, end, word = match.start(), match.end(), match.group()
        if word.endswith(("'s", "’s")):
            end, word = end - 2, word[:-2]
        tokens.append((start, end, word))
    found: list[tuple[int, int, str]] = []
    for index, (start, end, word) in enumerate(tokens):
        lower = word.lower()
        if not _is_capitalised(word) or lower in excluded_words or lower in _place_words():
            continue
        if _names_an_organisation(folded, tokens, index):
            continue  # Kim Chaek University, Namgang Construction Company
        previous = tokens[index - 1][2].lower() if index else ""
        gap_before = folded[tokens[index - 1][1] : start] if index else ""
        sentence_start = bool(_SENTENCE_END_RE.search(folded[max(0, start - 12) : start]))
        after_title = (
            index > 0
            and (previous.rstrip(".") in names.TITLES_BEFORE or previous in _INTRODUCERS)
            and re.fullmatch(r"\.?[ \t]+[\"'“‘]?", gap_before) is not None
        )
        if after_title and len(word) >= 2:
            found.append((start, end, REASON_AFTER_TITLE))
        elif sentence_start:
            if lower in names.ROMANIZED_SURNAMES and lower not in names.SURNAMES_NEEDING_CAPITAL:
                found.append((start, end, REASON_SURNAME_FIRST))
            elif "-" in word and _is_korean_syllables(word):
                found.append((start, end, REASON_GIVEN_FIRST))
        elif _is_korean_syllables(word):
            found.append((start, end, REASON_ROMANIZED))
    return _joined(folded, found)


def _names_an_organisation(folded: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """An organisation word closes the run of capitalised words that starts at `index`."""
    for position in range(index + 1, min(index + 5, len(tokens))):
        start, _end, word = tokens[position]
        gap = folded[tokens[position - 1][1] : start]
        if not word[:1].isupper() or not _JOIN_RE.fullmatch(gap):
            return False
        if word.lower() in ORGANISATION_WORDS:
            return True
    return False


def _joined(folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Neighbouring listed words separated by a blank or a hyphen become one item: one click
    for "Pak Song Il"."""
    joined: list[tuple[int, int, str]] = []
    for start, end, reason in found:
        if joined and _JOIN_RE.fullmatch(folded[joined[-1][1] : start]):
            first_start, _end, first_reason = joined[-1]
            joined[-1] = (first_start, end, first_reason)
        else:
            joined.append((start, end, reason))
    return joined


def _hangul_candidates(
    text: str, known_names: Collection[str], excluded: frozenset[str]
) -> list[tuple[int, int, str]]:
    from testimony.anonymize import korean  # Kiwi loads on first use: only when there is Hangul

    found = []
    for start, end, reason in korean.proper_noun_spans(text, known_names):
        surface = re.sub(r"[^가-힣]", "", text[start:end])
        word = re.match(r"[가-힣]*", text[start:]).group()
        stem = surface.removesuffix("시") if len(surface) > 2 else surface
        if (
            surface in excluded
            or surface in _hangul_places()
            or stem in _hangul_places()
            or word.startswith(tuple(HANGUL_STOPLIST))
        ):
            continue
        found.append((start, end, reason))
    return found


def unresolved_tokens(
    text: str,
    covered: list[tuple[int, int]],
    *,
    vocabulary: Iterable[str] = (),
    public_figures: Iterable[str] = (),
    known_names: Collection[str] = (),
) -> list[Unresolved]:
    """Every token of `text` that may be a name and that no range of `covered` touches.

    `covered`: [start, end) ranges already decided - proposals (accepted or rejected), the
    reviewer's own redactions, kept tokens. `vocabulary`: names never to list (countries,
    provinces, in English and Korean). `public_figures`: full names kept as they are, beside
    the built-in list. `known_names`: registered Hangul names, read as one word each.
    Offsets are into `text`, sorted.
    """
    if not text:
        return []
    folded = fold_text(text)
    plain = without_diacritics(folded.text)  # character for character: offsets stay
    latin_vocabulary, hangul_vocabulary = _vocabulary_words(vocabulary)
    excluded_words = ENGLISH_STOPLIST | latin_vocabulary
    figures = (*DEFAULT_PUBLIC_FIGURES, *DETECTOR_PUBLIC_FIGURES, *public_figures)
    blocked = [
        *covered,
        *(folded.original_span(s, e) for s, e in _public_ranges(plain, figures)),
    ]
    items: list[tuple[int, int, str]] = [
        (*folded.original_span(start, end), reason)
        for start, end, reason in _latin_candidates(plain, excluded_words)
    ]
    if names.contains_hangul(text) or re.search(r"[\u1100-\u1112]", text):
        items.extend(_hangul_candidates(text, known_names, hangul_vocabulary))
    result: list[Unresolved] = []
    taken: list[tuple[int, int]] = []
    for start, end, reason in sorted(items):
        if _overlaps(start, end, blocked) or _overlaps(start, end, taken):
            continue
        taken.append((start, end))
        result.append(Unresolved(start, end, text[start:end], reason))
    return result
