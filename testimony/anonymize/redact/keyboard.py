"""A registered Hangul name typed with the keyboard left in Latin mode: "방rmacjf" is 방금철 and
"김련gml" is 김련희, the letters being what the standard Korean (two-set, 두벌식) layout puts on
those keys. The writer switched to Korean for the surname and the switch did not take for the
rest, or the other way round; the sender often apologises for it ("한/영 전환"). Only a Latin run
glued to Hangul is read back: a run standing alone in English text is far more often a word.
"""

import re
from typing import TYPE_CHECKING

from testimony.anonymize.redact.candidates import PRIORITY_FULL, Candidate

if TYPE_CHECKING:
    from testimony.anonymize.redact.matcher import NameMatcher

REASON = "name typed with the keyboard in Latin mode"

# Hangul glued to a Latin run, or a Latin run glued to Hangul: 방rmacjf, rlaRMacjf.
GLUED_RE = re.compile(r"(?<![가-힣A-Za-z])([가-힣]{0,3})([A-Za-z]{2,12})([가-힣]{0,3})(?![A-Za-z])")

_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
_KEYS = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnmQWERTOP",
        "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ",
        strict=True,
    )
)
_COMPOUND_VOWELS = {
    ("ㅗ", "ㅏ"): "ㅘ",
    ("ㅗ", "ㅐ"): "ㅙ",
    ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ",
    ("ㅜ", "ㅔ"): "ㅞ",
    ("ㅜ", "ㅣ"): "ㅟ",
    ("ㅡ", "ㅣ"): "ㅢ",
}
_COMPOUND_FINALS = {
    ("ㄱ", "ㅅ"): "ㄳ",
    ("ㄴ", "ㅈ"): "ㄵ",
    ("ㄴ", "ㅎ"): "ㄶ",
    ("ㄹ", "ㄱ"): "ㄺ",
    ("ㄹ", "ㅁ"): "ㄻ",
    ("ㄹ", "ㅂ"): "ㄼ",
    ("ㄹ", "ㅅ"): "ㄽ",
    ("ㄹ", "ㅌ"): "ㄾ",
    ("ㄹ", "ㅍ"): "ㄿ",
    ("ㄹ", "ㅎ"): "ㅀ",
    ("ㅂ", "ㅅ"): "ㅄ",
}


def hangul_from_keys(latin: str) -> str:
    """The Hangul syllables the two-set layout types for `latin`, or "" when the keys do not make
    whole syllables (a word in English, a jamo left over)."""
    jamo = []
    for key in latin:
        char = _KEYS.get(key) or _KEYS.get(key.lower())
        if char is None:
            return ""
        jamo.append(char)
    out = []
    i = 0
    while i < len(jamo):
        initial = jamo[i]
        if initial not in _INITIALS or i + 1 >= len(jamo) or jamo[i + 1] not in _VOWELS:
            return ""
        vowel, i = jamo[i + 1], i + 2
        if i < len(jamo) and (vowel, jamo[i]) in _COMPOUND_VOWELS:
            vowel, i = _COMPOUND_VOWELS[(vowel, jamo[i])], i + 1
        final = ""
        if i < len(jamo) and jamo[i] in _FINALS and not _starts_syllable(jamo, i):
            final, i = jamo[i], i + 1
            if (
                i < len(jamo)
                and (final, jamo[i]) in _COMPOUND_FINALS
                and not _starts_syllable(jamo, i)
            ):
                final, i = _COMPOUND_FINALS[(final, jamo[i])], i + 1
        out.append(
            chr(
                0xAC00
                + (_INITIALS.index(initial) * 21 + _VOWELS.index(vowel)) * 28
                + _FINALS.index(final)
            )
        )
    return "".join(out)


def _starts_syllable(jamo: list[str], i: int) -> bool:
    """Whether the consonant at `i` begins the next syllable: a vowel follows it."""
    return i + 1 < len(jamo) and jamo[i + 1] in _VOWELS


def keyboard_candidates(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """Registered Hangul names, whole or their given names, typed partly with the keyboard in
    Latin mode and glued to the Hangul typed before or after the switch."""
    found = []
    for match in GLUED_RE.finditer(text):
        before, latin, after = match.groups()
        if not (before or after):
            continue
        read = hangul_from_keys(latin)
        if not read:
            continue
        # The Hangul on either side may be the rest of the name or a particle (방rmacjf로).
        for start, end, key in (
            (match.start(), match.end(), before + read + after),
            (match.start(), match.end(2), before + read),
            (match.start(2), match.end(), read + after),
            (match.start(2), match.end(2), read),
        ):
            eids = matcher._hangul_full.get(key) or matcher._hangul_given.get(key)
            persons = frozenset(e for e in eids or () if matcher._entries[e].person is not None)
            if persons and len(key) >= 2:
                found.append(Candidate(start, end, PRIORITY_FULL, persons, REASON))
                break
    return found
