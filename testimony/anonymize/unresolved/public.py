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


def _shared_public_names(folded: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the public figures' ranges, those a person shares: introduced as someone's name."""
    return [
        (start, end)
        for start, end in ranges
        if _INTRODUCED_BEFORE_RE.search(folded[max(0, start - 24) : start])
        or _INTRODUCED_AFTER_RE.match(folded, end)
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
