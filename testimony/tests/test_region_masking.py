"""A part of a long text redacted on its own (anonymize/region.py) never shows a registered
name that redacting the whole text hides: whatever the part's edges cut, in English, Korean
with particles, Hanja, fullwidth letters, zero-width characters, emoji and CRLF line breaks."""

import random

import pytest

from testimony.anonymize.redact import NameMatcher
from testimony.anonymize.region import MARGIN, anonymize_region, apply_region, region_spans
from testimony.anonymize.spans import RegisteredPerson, Span

PERSONS = [
    RegisteredPerson("w", "Rim Myong-chol", "Witness A", "림명철", aliases=("Rimmy",)),
    RegisteredPerson("s", "Pak Chol-su", "Supervisor 1", "박철수"),
]
FILLER = (
    "We worked from six in the morning until late at night and the minders kept our "
    "passports. 우리는 아침 여섯 시부터 밤늦게까지 건설 현장에서 일했습니다. "
) * 10
# The full names first, then, further than the margin away, their parts alone: a part counts
# only after the full name, which a part scanned alone does not contain.
TEXT = (
    "Rim Myong-chol (林明哲) was my brigade leader; R.M.C. signed.\r\n"
    + FILLER
    + "\n\n林 said nothing. Later Rim said the plan was not met. 😀Myong-chol wept.\r\n"
    + "림명철은 말했다. 명철이가 울었다. 림씨는 Ｒｉｍ Ｍｙｏｎｇ-ｃｈｏｌ too. "
    + "Myong\u200bchol came.\n"
    + FILLER
    + "Supervisor Pak Chol-su shouted at Pak. 박철수가 때렸다. 박 동무는 RMC를 불렀다. "
    + "🙏Rimmy🙏 wrote to 림명철에게.\r\n"
    + FILLER
    + "\n\n林 again, and Rim said so. 명철이는 ... Rimmy."
)
SURFACES = [
    "Rim Myong-chol",
    "Myong-chol",
    "Myong\u200bchol",
    "Ｒｉｍ",
    "Rimmy",
    "림명철",
    "명철",
    "林明哲",
    "林",
    "R.M.C.",
    "Pak Chol-su",
    "박철수",
]


@pytest.fixture(scope="module")
def whole() -> tuple[list[tuple[int, int, str]], str]:
    """The registered spans of the whole text and the whole text redacted."""
    result = NameMatcher(PERSONS).anonymize(TEXT)
    spans = [(span.start, span.end, span.text) for span in result.spans]
    assert any(text == "林" for *_, text in spans), "the whole text hides the Hanja surname"
    return spans, result.text


@pytest.fixture(scope="module")
def region_matcher() -> NameMatcher:
    return NameMatcher(PERSONS, named_before=True)


def windows(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Parts whose edges fall on and inside every name, and some at random."""
    found = set()
    for start, end, _text in spans:
        found.update({(start + 1, start + 150), (start, end + 90), (end - 150, end - 1)})
    rng = random.Random(15)  # noqa: S311 - reproducible positions, not a secret
    for _ in range(8):
        start = rng.randrange(len(TEXT))
        found.add((start, start + rng.randrange(1, 400)))
    return sorted((max(0, a), min(len(TEXT), b)) for a, b in found if a < b)


@pytest.fixture(scope="module")
def parts(
    whole: tuple[list[tuple[int, int, str]], str], region_matcher: NameMatcher
) -> list[tuple[int, int, int, int, list[Span]]]:
    """(start, end, shown_start, shown_end, spans) of each part, scanned once for all tests."""
    spans, _masked = whole
    return [
        (start, end, *region_spans(region_matcher, TEXT, start, end))
        for start, end in windows(spans)
    ]


def test_the_text_spreads_its_names_wider_than_the_margin() -> None:
    """Sanity: the parts of a name alone lie further from its full name than a margin."""
    assert TEXT.index("林 said") - TEXT.index("林明哲") > 2 * MARGIN


def test_every_registered_name_the_whole_text_hides_is_hidden_in_every_part(
    whole: tuple[list[tuple[int, int, str]], str],
    parts: list[tuple[int, int, int, int, list[Span]]],
) -> None:
    """Each character of a name the whole-text redaction replaces, when it falls in the part
    shown, is replaced in the part too: the part widens to a name crossing its edge."""
    spans, _masked = whole
    for start, end, shown_start, shown_end, found in parts:
        assert shown_start <= start
        assert end <= shown_end
        covered = {p for span in found for p in range(span.start, span.end)}
        for name_start, name_end, name in spans:
            shown = range(max(name_start, shown_start), min(name_end, shown_end))
            missed = [p for p in shown if p not in covered]
            assert not missed, f"{name!r} shown in part {start}:{end}"


def test_no_part_shows_a_name_the_whole_text_hides(
    whole: tuple[list[tuple[int, int, str]], str],
    parts: list[tuple[int, int, int, int, list[Span]]],
) -> None:
    """Compared as text: a spelling absent from the redacted whole is absent from every part."""
    _spans, masked = whole
    hidden = [surface for surface in SURFACES if surface not in masked]
    assert {"林", "Rimmy", "명철", "Myong\u200bchol"} <= set(hidden)
    for start, end, shown_start, shown_end, found in parts:
        redacted = apply_region(TEXT, shown_start, shown_end, found)
        shown = [surface for surface in hidden if surface in redacted]
        assert not shown, f"{shown} in part {start}:{end}: {redacted!r}"


def test_a_part_cut_inside_a_name_is_widened_to_replace_it_whole(
    region_matcher: NameMatcher,
) -> None:
    """An edge in the middle of "림명철은" still gives the pseudonym, fitted to the particle,
    and no syllable of the name."""
    at = TEXT.index("림명철은")
    shown_start, _shown_end, redacted = anonymize_region(region_matcher, TEXT, at + 1, at + 40)
    assert shown_start <= at
    assert "Witness A" in redacted
    assert "명철" not in redacted
    assert "림" not in redacted


def test_a_part_of_the_whole_text_reads_as_the_whole_redaction_there(
    whole: tuple[list[tuple[int, int, str]], str], region_matcher: NameMatcher
) -> None:
    """Between names, a part's redaction is the same words as the whole text's."""
    _spans, masked = whole
    start = TEXT.index("Supervisor Pak")
    end = TEXT.index("\r\n", start)
    _s, _e, redacted = anonymize_region(region_matcher, TEXT, start, end)
    assert redacted in masked


def test_an_empty_or_out_of_range_part_is_empty(region_matcher: NameMatcher) -> None:
    assert anonymize_region(region_matcher, TEXT, 10, 10)[2] == ""
    assert anonymize_region(region_matcher, TEXT, len(TEXT) + 5, len(TEXT) + 9)[2] == ""
