"""The two finders' spans merged into one non-overlapping list, and spans applied to a text."""

import bisect
from collections.abc import Collection
from typing import Any

from testimony.anonymize.spans import Span


def detected_spans(
    text: str,
    exclude: list[tuple[int, int]],
    public_figures: list[str],
    known_names: Collection[str] = (),
) -> list[Span]:
    """The detector's proposals; `known_names` (registered Hangul names and given names) are
    read by the Korean analyser as one proper noun each."""
    try:
        # Imported here so that registered matching works before or without the detector.
        from testimony.anonymize.detect import detect_names
    except ImportError:
        return []
    detect: Any = detect_names
    return list(
        detect(text, exclude=exclude, public_figures=public_figures, known_names=known_names)
    )


def public_ranges(text: str, public_figures: list[str]) -> list[tuple[int, int]]:
    """Where the detector sees a public figure (its built-in list and `public_figures`) or a
    place named after a person: the other mentions of a detected name are not looked for there
    ("Manuel Santos ... not family of José Eduardo dos Santos")."""
    try:
        from testimony.anonymize.detect import (
            DEFAULT_PUBLIC_FIGURES,
            _public_ranges,
            fold,
            named_place_ranges,
        )
    except ImportError:
        return []
    folded = fold(text)
    figures = (*DEFAULT_PUBLIC_FIGURES, *public_figures)
    return [*_public_ranges(folded, figures), *named_place_ranges(folded)]


def merge_detected(
    registered: list[Span], detected: list[Span], kept: list[tuple[int, int]]
) -> list[Span]:
    """Longest first, registered over detected at equal length; nothing detected over a public
    figure or a place."""
    candidates = [span for span in detected if not _overlaps(span, kept)]
    ordered = sorted(
        [*registered, *candidates],
        key=lambda s: (s.start - s.end, s.source != "registered", s.start),
    )
    # The chosen spans never overlap, so kept in order of start only the neighbours of a new
    # span's place can overlap it (a text dense with names has thousands of spans).
    starts: list[int] = []
    chosen: list[Span] = []
    for span in ordered:
        at = bisect.bisect_left(starts, span.start)
        if at > 0 and chosen[at - 1].end > span.start:
            continue
        if at < len(chosen) and chosen[at].start < span.end:
            continue
        starts.insert(at, span.start)
        chosen.insert(at, span)
    return chosen


def _overlaps(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(span.start < end and start < span.end for start, end in ranges)


def apply_spans(text: str, spans: list[Span]) -> str:
    """`text` with every span replaced; spans must not overlap."""
    pieces = []
    position = len(text)
    for span in sorted(spans, key=lambda span: span.start, reverse=True):
        pieces.append(text[span.end : position])
        pieces.append(span.replacement)
        position = span.start
    pieces.append(text[:position])
    return "".join(reversed(pieces))
