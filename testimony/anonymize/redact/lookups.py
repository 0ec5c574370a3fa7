"""Candidates found by lookup rather than by the given-name scan: the romanized tokens handed
to `latin.LatinScan`, initials (dotted, undotted capitals, Hangul initial consonants), aliases
kept as written (literal aliases) and aliases no word scan reads (verbatim aliases)."""

import re
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING

from testimony.anonymize.folding import fold_text
from testimony.anonymize.names import contains_hangul
from testimony.anonymize.redact.candidates import PRIORITY_FULL, PRIORITY_TITLE, Candidate
from testimony.anonymize.redact.latin import LatinScan, token_key
from testimony.anonymize.redact.patterns import INITIALS_RE, TOKEN_RE
from testimony.anonymize.redact.resolution import UNDOTTED_REASON
from testimony.anonymize.redact.vocabulary import is_tail

if TYPE_CHECKING:
    from testimony.anonymize.redact.matcher import NameMatcher


# Initial consonants of a Hangul name, alone or before a particle (ㅅㅎㅅ, ㄱㅊㅁ로): what follows
# in Hangul syllables is checked to be a particle.
JAMO_INITIALS_RE = re.compile(r"(?<![\u3131-\u318e가-힣])[\u3131-\u314e]{3,4}(?![\u3131-\u318e])")
# Where such an alias may start: a character of the scripts written without spaces, or a word
# of the others.
LITERAL_CHAR_RE = re.compile(r"[\u3131-\u318e\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff]")
LITERAL_WORD_RE = re.compile(r"[\u0400-\u04ff\u0590-\u06ff\u0750-\u077f가-힣]+")
# The script of a character, for the boundaries of such an alias: a letter of the same script
# right before or after it means the alias is part of a longer word.
SCRIPT_CLASSES = (
    "\u0400-\u04ff",
    "\u0590-\u06ff\u0750-\u077f",
    "\u3131-\u318e",
    # Katakana with its lengthening mark: ナムグン is not the start of ナムグンー.
    "\u30a1-\u30fa\u30fc",
    "가-힣",
    "A-Za-z",
)
UNDOTTED_INITIALS_RE = re.compile(r"(?<![A-Za-z0-9.])[A-Z]{3}(?![A-Za-z0-9])")
HANGUL_WORD_RE = re.compile(r"[가-힣]+")
# Letters the word scans read: Latin (with its accented and extended forms), Cyrillic, Hebrew
# and Arabic, Hangul and its jamo, katakana, Chinese characters.
_SCANNED_LETTER_RE = re.compile(
    r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff\u0590-\u06ff\u0750-\u077f"
    r"\u1100-\u11ff\u3131-\u318e\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff가-힣]"
)
# Where a verbatim alias may start: the text's start, or after anything but a letter or digit.
_VERBATIM_START_RE = re.compile(r"(?<![^\W_])\S")


def is_verbatim_alias(alias: str) -> bool:
    """An alias the word scans cannot read, so looked for exactly as written: a messenger
    handle ("jh_ryu88", "TaeU_spb"), dotted initials ("K.J."), an e-mail name, or a name in a
    script of its own (Khmer "សុខ ចន្ធី", Lao, Thai, Devanagari)."""
    alias = alias.strip()
    if len(alias) < 2:
        return False
    if re.search(r"[\d_@#.]", alias):
        return True
    return any(char.isalpha() and not _SCANNED_LETTER_RE.match(char) for char in alias)


def verbatim_key(alias: str) -> str:
    """How a verbatim alias is looked up: folded as the text is, lower case, spaces collapsed."""
    return " ".join(fold_text(alias).text.lower().split())


def verbatim_alias_candidates(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """Verbatim aliases (`is_verbatim_alias`) wherever they stand as a whole: not inside a
    longer word or handle, a Hangul particle allowed after them ("TaeU_spb가")."""
    lowered = text.lower() if len(text.lower()) == len(text) else text
    table = matcher._verbatim_aliases
    found = []
    for match in _VERBATIM_START_RE.finditer(lowered):
        start = match.start()
        for key in table.get(lowered[start : start + 2], ()):
            end = start + len(key)
            if " ".join(lowered[start:end].split()) != key and lowered[start:end] != key:
                continue
            following = lowered[end : end + 1]
            if (
                following
                and (following.isalnum() or following == "_")
                and not contains_hangul(following)
            ):
                continue
            eids = frozenset(matcher._verbatim_eids[key])
            found.append(Candidate(start, end, PRIORITY_FULL, eids, "alias as written"))
    return found


def latin_candidates(
    matcher: "NameMatcher", text: str, folded: str, pending: list[Candidate]
) -> list[Candidate]:
    matches = list(TOKEN_RE.finditer(folded))
    starts = [match.start() for match in matches]
    ends = [match.end() for match in matches]
    keys = [token_key(match.group()) for match in matches]
    scan = LatinScan(matcher, text, folded, starts, ends, keys)
    for index in range(len(keys)):
        scan.at(index)
    pending.extend(scan.pending)
    return scan.found


def initials_candidates(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """Dotted initials of a registered name, in either order: K.C.M., K. C. M., C.M.K."""
    found = []
    for match in INITIALS_RE.finditer(text):
        letters = "".join(group for group in match.groups() if group).lower()
        eids = matcher._initials.get(letters)
        if eids:
            found.append(
                Candidate(match.start(), match.end(), PRIORITY_TITLE, frozenset(eids), "initials")
            )
    return found


def jamo_initials(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """A Hangul name written as its initial consonants ("ㅅㅎㅅ" for 서향숙), alone or before
    a particle ("ㄱㅊㅁ로 적자고")."""
    return [
        candidate
        for candidate in matcher._initials_matches(
            text,
            JAMO_INITIALS_RE,
            matcher._hangul_initials,
            lambda found: found,
            "Hangul initials",
        )
        if is_tail(_hangul_after(text, candidate.end))
    ]


def literal_alias_candidates(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """Aliases in Cyrillic, Arabic, Chinese characters or Hangul jamo, and Hangul names of
    several words, found as registered (case and spaces folded): a Hangul one may carry a
    particle (미하일 자이체프는), any other must not run on into a letter of its script."""
    lowered = text.lower() if len(text.lower()) == len(text) else text
    heads = matcher._literal_heads
    starts = [
        (match.start(), match.group())
        for pattern in (LITERAL_CHAR_RE, LITERAL_WORD_RE)
        for match in pattern.finditer(lowered)
        if match.group() in heads
    ]
    # A Hangul word of one word's alias carries its particle: 가닌은 for 가닌.
    starts.extend(
        (match.start(), match.group()[:length])
        for match in (HANGUL_WORD_RE.finditer(lowered) if matcher._hangul_word_heads else ())
        if match.group() not in heads
        for length in range(2, len(match.group()))
        if match.group()[:length] in heads
    )
    found = []
    for position, head in starts:
        for key in heads.get(head, ()):
            pattern = matcher._literal_compiled.get(key)
            if pattern is None:
                pattern = matcher._literal_compiled[key] = re.compile(key)
            match = pattern.match(lowered, position)
            if match is None:
                continue
            start, end = match.span()
            if contains_hangul(text[end - 1]) and not is_tail(_hangul_after(text, end)):
                continue
            if key in matcher._literal_capitalised and not text[start].isupper():
                continue
            # One word ("Зайцев") may be the surname of a longer name the detector finds
            # ("Михаил Зайцев"): then the longer span wins, as over a surname alone.
            reason = "alias as written" + (" (one word)" if match.group().isalnum() else "")
            eids = frozenset(matcher._literal_aliases[key])
            found.append(Candidate(start, end, PRIORITY_FULL, eids, reason))
    return found


def undotted_initials(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """Initials in capitals without dots ("Witness HOS (Han Ok-sun)", "HOS said"): three
    letters of a registered person's initials, pending until that person's full name is
    found in the text, before them or in brackets right after them."""
    return matcher._initials_matches(
        text,
        UNDOTTED_INITIALS_RE,
        matcher._initials,
        str.lower,
        UNDOTTED_REASON,
    )


def initials_matches(
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


def _hangul_after(text: str, end: int) -> str:
    """The Hangul syllables right after `end` (a particle, or the rest of a word)."""
    match = HANGUL_WORD_RE.match(text, end)
    return match.group() if match else ""


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
