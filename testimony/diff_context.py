"""Each change between two versions of a long text with the words around it, the unchanged
stretches between changes said in one line ("… 12,345 characters unchanged …").

A reviewer comparing two versions of an 80,000-character narrative needs the three changed
words and their sentences, not the whole text again; and a page that shows only those parts
needs to redact only those parts (reveal.py), which keeps it fast. The context of a change
runs to the nearest line break, else sentence end, else space, at least `CONTEXT_MIN` and at
most `CONTEXT_MAX` characters away; stretches shorter than `MIN_GAP` are shown, not elided.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import ngettext

CONTEXT_MIN = 40
CONTEXT_MAX = 800
MIN_GAP = 200

_SENTENCE_END = re.compile(r"[.!?。？！…][\"'”’)\]」』]*(?=\s)")

type Segment = tuple[str, str]


@dataclass(frozen=True)
class Window:
    """A stretch of both texts holding one or more changes and their context; the text before
    `old_start` equals the text before `new_start`, and likewise after the ends."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


def _context_start(text: str, at: int, floor: int) -> int:
    """Where the context before a change at `at` begins, not before `floor`."""
    if at - floor <= CONTEXT_MIN:
        return floor
    low, high = max(floor, at - CONTEXT_MAX), at - CONTEXT_MIN
    line = text.rfind("\n", low, high)
    if line != -1:
        return line + 1
    sentences = list(_SENTENCE_END.finditer(text, low, high))
    if sentences:
        position = sentences[-1].end()
        while position < at and text[position].isspace():
            position += 1
        return position
    for index in range(high, low, -1):
        if text[index - 1].isspace():
            return index
    return low


def _context_end(text: str, at: int, ceiling: int) -> int:
    """Where the context after a change ending at `at` ends, not after `ceiling`."""
    if ceiling - at <= CONTEXT_MIN:
        return ceiling
    low, high = at + CONTEXT_MIN, min(ceiling, at + CONTEXT_MAX)
    line = text.find("\n", low, high)
    if line != -1:
        return line
    sentence = _SENTENCE_END.search(text, low, high)
    if sentence:
        return sentence.end()
    for index in range(low, high):
        if text[index].isspace():
            return index
    return high


def _hunks(segments: list[Segment]) -> list[list[int]]:
    """[old_start, old_end, new_start, new_end] of each run of changes between kept text."""
    hunks: list[list[int]] = []
    old = new = 0
    current: list[int] | None = None
    for kind, text in segments:
        if kind == "same":
            current = None
            old += len(text)
            new += len(text)
            continue
        if current is None:
            current = [old, old, new, new]
            hunks.append(current)
        if kind == "removed":
            old += len(text)
            current[1] = old
        else:
            new += len(text)
            current[3] = new
    return hunks


def change_windows(old: str, new: str, segments: list[Segment]) -> list[Window] | None:
    """The windows to show of `segments` (`versions.text_segments(old, new)`); None when the
    segments are not a comparison (the "too large" sentence)."""
    if any(kind not in ("same", "removed", "added") for kind, _text in segments):
        return None
    hunks = _hunks(segments)
    windows: list[Window] = []
    for index, (old_start, old_end, new_start, new_end) in enumerate(hunks):
        floor = hunks[index - 1][1] if index else 0
        ceiling = hunks[index + 1][0] if index + 1 < len(hunks) else len(old)
        start = _context_start(old, old_start, floor)
        end = _context_end(old, old_end, ceiling)
        if start - floor < MIN_GAP:
            start = floor
        if ceiling - end < MIN_GAP:
            end = ceiling
        window = Window(start, end, new_start - (old_start - start), new_end + (end - old_end))
        if windows and windows[-1].old_end + MIN_GAP > window.old_start:
            previous = windows.pop()
            window = Window(previous.old_start, end, previous.new_start, window.new_end)
        windows.append(window)
    return windows


def unchanged(characters: int) -> str:
    return ngettext(
        "… %(count)s character unchanged …",
        "… %(count)s characters unchanged …",
        characters,
    ) % {"count": number_format(characters, force_grouping=True)}


def in_context(
    old: str,
    windows: list[Window],
    compare: Callable[[Window], list[Segment]],
) -> list[Segment]:
    """The segments of each window (`compare(window)`), with a ("gap", sentence) run for each
    unchanged stretch left out."""
    segments: list[Segment] = []
    shown = 0
    for window in windows:
        if window.old_start > shown:
            segments.append(("gap", unchanged(window.old_start - shown)))
        segments.extend(compare(window))
        shown = window.old_end
    if shown < len(old):
        segments.append(("gap", unchanged(len(old) - shown)))
    return segments
