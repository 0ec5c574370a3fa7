"""Changes between two long texts shown with their context, the unchanged stretches between
them said in one line (testimony/diff_context.py)."""

from testimony.diff_context import MIN_GAP, change_windows, in_context, unchanged
from testimony.versions import text_segments

PARAGRAPH = (
    "We worked on the construction site from six in the morning until late at night. "
    "The minders kept our passports and paid the wages to the company, not to us. "
    "우리는 아침 여섯 시부터 밤늦게까지 건설 현장에서 일했습니다 😀. "
)
LONG = "\n\n".join(f"{PARAGRAPH}({number})" for number in range(200))


def changed_at(text: str, *positions: int, word: str = "CHANGED") -> str:
    """The word at each position (counted on `text`) replaced by `word`, last first."""
    for at in sorted(positions, reverse=True):
        start = text.index(" ", at) + 1
        end = text.index(" ", start)
        text = text[:start] + word + text[end:]
    return text


def shown(old: str, new: str) -> list[tuple[str, str]]:
    segments = text_segments(old, new)
    windows = change_windows(old, new, segments)
    assert windows is not None
    return in_context(
        old,
        windows,
        lambda w: text_segments(old[w.old_start : w.old_end], new[w.new_start : w.new_end]),
    )


def test_three_words_changed_show_three_stretches_with_the_rest_counted() -> None:
    """Start, middle and end of a long text: three windows, gaps between, every changed
    word marked, and the counted characters plus the shown ones are the whole old text."""
    new = changed_at(LONG, 100, len(LONG) // 2, len(LONG) - 300)
    segments = shown(LONG, new)
    assert [kind for kind, _text in segments].count("added") == 3
    assert all(text == "CHANGED" for kind, text in segments if kind == "added")
    gaps = [text for kind, text in segments if kind == "gap"]
    assert len(gaps) == 3
    shown_old = sum(len(text) for kind, text in segments if kind in ("same", "removed"))
    counted = sum(int(text.split()[1].replace(",", "")) for text in gaps)
    assert shown_old + counted == len(LONG)
    assert shown_old < len(LONG) // 10


def test_the_context_of_a_change_ends_at_its_paragraph() -> None:
    """The words around a change run to the line breaks around it."""
    at = LONG.index("(100)")
    new = changed_at(LONG, at - 120)
    windows = change_windows(LONG, new, text_segments(LONG, new))
    assert windows is not None
    [window] = windows
    assert LONG[window.old_start - 1] == "\n"
    assert LONG[window.old_end] == "\n"
    assert "(100)" in LONG[window.old_start : window.old_end]


def test_changes_close_together_share_one_window() -> None:
    """Two changes fewer than MIN_GAP characters apart are not separated by a gap."""
    at = len(LONG) // 2
    new = changed_at(LONG, at, at + MIN_GAP // 2)
    segments = shown(LONG, new)
    assert [kind for kind, _text in segments].count("gap") == 2
    assert [kind for kind, _text in segments].count("added") == 2


def test_a_short_text_is_shown_whole_as_before() -> None:
    """Without a stretch long enough to leave out, the runs are those of the whole texts."""
    old = "I worked on a construction site in Kuwait.\r\n림명철은 말했다."
    new = "I worked on a logging camp in Kuwait.\r\n림명철은 말했다."
    assert shown(old, new) == text_segments(old, new)


def test_a_text_without_line_breaks_is_cut_at_sentences() -> None:
    """One 20,000-character paragraph: the context ends at a sentence end."""
    old = PARAGRAPH * 100
    new = changed_at(old, len(old) // 2)
    windows = change_windows(old, new, text_segments(old, new))
    assert windows is not None
    [window] = windows
    assert old[window.old_end - 1] in ".!?"
    assert old[window.old_start - 2] in ".!?"


def test_the_too_large_sentence_has_no_windows() -> None:
    """Not compared, nothing to show: None."""
    assert change_windows("a", "b", [("note", "Too large")]) is None


def test_the_gap_sentence_counts_in_words() -> None:
    assert unchanged(1) == "… 1 character unchanged …"
    assert unchanged(12345) == "… 12,345 characters unchanged …"
