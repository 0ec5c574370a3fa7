"""A part of a long text machine-redacted on its own, as it reads inside the whole.

The versions page shows each change of a long narrative with the words around it, not the
whole text, so it redacts only those parts. Redacting a part alone must not show a name that
redacting the whole text hides:
- the part is scanned with a margin of text on both sides (`MARGIN` characters, cut at a
  space), so the words before and after a name near its edge (a title, a particle, the rest of
  the sentence) are seen as they are in the whole text;
- a replacement that crosses an edge of the part widens the part to take it whole, so a name
  cut by the edge is never half shown;
- the matcher is built with `named_before` (every registered person counts as named in full
  before the part): a surname, initials or a Hanja surname alone, which count only after the
  person's full name, are replaced even when that full name lies outside the part.

What the part cannot see: an unregistered full name found elsewhere in the text (the detector
then also replaces its surname alone further on) is not known inside the part, so a bare
surname there is replaced only if the detector finds it on its own.
"""

from dataclasses import replace

from testimony.anonymize.fit import fit_replacements
from testimony.anonymize.redact.matcher import NameMatcher
from testimony.anonymize.redact.merge import apply_spans
from testimony.anonymize.spans import Span

# Characters of text scanned on each side of a part; about two sentences.
MARGIN = 400
# How far back (or on) an edge of the margin moves to reach a space.
_SPACE_SEARCH = 100


def _space_before(text: str, position: int) -> int:
    if position <= 0:
        return 0
    low = max(0, position - _SPACE_SEARCH)
    for index in range(position, low - 1, -1):
        if index == 0 or text[index - 1].isspace():
            return index
    return position


def _space_after(text: str, position: int) -> int:
    if position >= len(text):
        return len(text)
    high = min(len(text), position + _SPACE_SEARCH)
    for index in range(position, high + 1):
        if index == len(text) or text[index].isspace():
            return index
    return position


def region_spans(
    matcher: NameMatcher, text: str, start: int, end: int, *, detect: bool = True
) -> tuple[int, int, list[Span]]:
    """(shown_start, shown_end, spans): `text[start:end]` widened to whole replacements, and
    the replacements (fitted to the words around them) inside that stretch, with offsets into
    `text`. `matcher` should be built with `named_before=True`."""
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return start, start, []
    low = _space_before(text, start - MARGIN)
    high = _space_after(text, end + MARGIN)
    scanned = text[low:high]
    spans = fit_replacements(scanned, matcher.anonymize(scanned, detect=detect).spans)
    shown_start, shown_end = start - low, end - low
    # Spans do not overlap, so one pass in order widens each edge over the span crossing it.
    for span in sorted(spans, key=lambda span: span.start):
        if span.start < shown_start < span.end:
            shown_start = span.start
        if span.start < shown_end < span.end:
            shown_end = span.end
    inside = [
        replace(span, start=span.start + low, end=span.end + low)
        for span in spans
        if shown_start <= span.start and span.end <= shown_end
    ]
    return shown_start + low, shown_end + low, inside


def anonymize_region(
    matcher: NameMatcher, text: str, start: int, end: int, *, detect: bool = True
) -> tuple[int, int, str]:
    """(shown_start, shown_end, redacted): the stretch `region_spans` shows, redacted."""
    shown_start, shown_end, spans = region_spans(matcher, text, start, end, detect=detect)
    return shown_start, shown_end, apply_region(text, shown_start, shown_end, spans)


def apply_region(text: str, shown_start: int, shown_end: int, spans: list[Span]) -> str:
    """`text[shown_start:shown_end]` with `spans` (offsets into `text`, inside it) applied."""
    shifted = [
        replace(span, start=span.start - shown_start, end=span.end - shown_start) for span in spans
    ]
    return apply_spans(text[shown_start:shown_end], shifted)
