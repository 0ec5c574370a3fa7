"""Public figures' ranges: where a public figure is named in full, and which of those a person
the text introduces shares.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from testimony.anonymize import names


def _public_ranges(folded: str, public_figures: Iterable[str]) -> list[tuple[int, int]]:
    """Where a public figure is named in full, in any spacing or hyphenation."""
    pattern = _public_pattern(frozenset(public_figures))
    return [match.span() for match in pattern.finditer(folded)] if pattern else []


# "a worker named Kim Jong-nam", "김정숙이라는 여자": a public figure's name given to a person
# the text introduces is that person's, who shares it.
_INTRODUCED_BEFORE_RE = re.compile(
    r"\b(?:named|called|surnamed|nicknamed|name[ \t]+(?:is|was))[ \t]+[\"'“‘]?$"
    # "My director, Sükhbaatar", "our Sükhbaatar": someone of the speaker's own, not the hero.
    r"|\b(?:my|our)(?:[ \t]+[a-z]+)?[ \t]*,?[ \t]+[\"'“‘]?$",
    re.IGNORECASE,
)
_INTRODUCED_AFTER_RE = re.compile(
    r"(?:이라는|라는|이란|란|이라고[ \t]+하는)[ \t]+"
    r"(?:노동자|사람|동료|남자|여자|청년|아이|노인|친구|선원|용접공|목수|운전수|요리사|작업반장|반장)"
)


# A record's label for the person it lists: "Passenger KIM IL SONG asked for water", "Patient:
# ...", "성명: ...".
_RECORD_LABEL_BEFORE_RE = re.compile(
    r"(?:\b(?:passenger|patient|applicant|employee|seafarer|worker|claimant|complainant|"
    r"detainee|deportee|tenant|name)|성명|이름)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# A seat's, a bed's or a room's code in brackets after the name: "Kim Il-song (13B, ...)".
_RECORD_CODE_AFTER_RE = re.compile(r"[ \t]*\((?:seat[ \t]+|bed[ \t]+|room[ \t]+)?\d{1,3}[A-Z]\b")
# A table's cells: two spaces or more, a tab or a bar between them.
_CELL_GAP_RE = re.compile(r" {2,}|\t|[ \t]*\|[ \t]*")


def _in_a_record(folded: str, start: int, end: int) -> bool:
    """Whether the full name at [start, end) stands where a record lists a person (above), or
    fills a cell of a table whose line holds a number too (a manifest's, a roster's row); a
    name of one word (Putin, 김책, also a city and a ship) is left alone."""
    name = folded[start:end]
    if not (re.search(r"[\s\-‐]", name) or (len(name) >= 3 and names.contains_hangul(name))):
        return False
    if _RECORD_LABEL_BEFORE_RE.search(folded, max(0, start - 16), start):
        return True
    if _RECORD_CODE_AFTER_RE.match(folded, end):
        return True
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    before, after = folded[line_start:start], folded[end:line_end].rstrip("\r")
    cells = [cell for cell in _CELL_GAP_RE.split(before + "\x00" + after) if cell.strip()]
    opens = not before.strip() or _CELL_GAP_RE.search(before[-2:] or " ") is not None
    closes = not after.strip() or _CELL_GAP_RE.match(after) is not None
    return opens and closes and len(cells) >= 3 and bool(re.search(r"\d", before + after))


def _shared_public_names(folded: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the public figures' ranges, those a person shares: introduced as someone's name, or
    written where a record lists a person (a deportation manifest's passenger KIM IL SONG, a
    roster's row): the reviewer decides."""
    return [
        (start, end)
        for start, end in ranges
        if _INTRODUCED_BEFORE_RE.search(folded[max(0, start - 24) : start])
        or _INTRODUCED_AFTER_RE.match(folded, end)
        or _in_a_record(folded, start, end)
    ]


@lru_cache(maxsize=16)
def _public_pattern(public_figures: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for every public figure, longest first (built once per list)."""
    alternatives = []
    for figure in {names.fold(name).strip() for name in public_figures if name.strip()}:
        parts = [re.escape(part) for part in re.split(r"[\s\-‐]+", figure) if part]
        if not parts:
            continue
        tail = "" if names.contains_hangul(figure) else r"\b"
        alternatives.append((len(figure), r"[\s\-‐]*".join(parts) + tail))
    if not alternatives:
        return None
    ordered = [pattern for _length, pattern in sorted(alternatives, reverse=True)]
    return re.compile("|".join(f"(?:{pattern})" for pattern in ordered), re.IGNORECASE)
