"""Every script a testimony may contain is drawn in the PDFs, or the build says which character
it cannot draw and where: Hangul, Chinese (simplified and traditional), Cyrillic, Latin with
diacritics, and emoji, found again in the text layer by pdftotext (poppler-utils)."""

import pickle
import shutil
import subprocess
from dataclasses import replace

import pytest

from testimony.bundle.content import BundleContent
from testimony.bundle.documents import (
    FALLBACK_FONTS,
    UnrenderableText,
    pdf_fonts,
    render_case_pdf,
    render_cover_letter_pdf,
    render_summary_pdf,
)
from testimony.tests.test_bundle_documents import PETITION, _case, _indicator

SENTENCES = {
    "Hangul": "감독원이 여권을 빼앗았습니다",
    "Chinese, simplified": "他们在东方的工地上装货",
    "Chinese, traditional": "他們在東方的工地上裝貨，國營公司",
    "Cyrillic": "Бригадир забрал паспорта у рабочих",
    "Latin with diacritics": "Woźniak, Győr and Muñoz saw it",
    "emoji": "The minder laughed 😀 at us",
}

pdftotext = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    pdftotext is None, reason="pdftotext (Debian's poppler-utils; make deps installs it)"
)
needs_fallbacks = pytest.mark.skipif(
    not all(font.path.is_file() for font in FALLBACK_FONTS),
    reason="fallback fonts (make deps installs them)",
)


def text_layer(pdf: bytes) -> str:
    result = subprocess.run(
        [pdftotext, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return " ".join(result.stdout.decode().split())


@needs_pdftotext
@needs_fallbacks
def test_a_sentence_in_each_script_is_drawn_and_extracts_again() -> None:
    """One sentence per script, in the narrative, a field and a heading's lead: pdftotext finds
    each whole, so no character was dropped from the page or the text layer."""
    narrative = "\n\n".join(SENTENCES.values())
    case = _case(
        "TST-0001",
        description_en=narrative,
        description_original=SENTENCES["Hangul"],
        country=SENTENCES["Chinese, traditional"],
        sector=SENTENCES["Cyrillic"],
    )
    text = text_layer(render_case_pdf(case, PETITION))
    for script, sentence in SENTENCES.items():
        assert sentence in text, script


@needs_pdftotext
@needs_fallbacks
def test_the_footer_and_the_bold_labels_fall_back_too() -> None:
    """The petition title is drawn in every footer by hand, and field labels are bold: both
    keep characters the Hangul font lacks."""
    petition = replace(PETITION, title="Łódź 東装國 Ёлки")
    case = _case("TST-0001")
    text = text_layer(render_case_pdf(case, petition))
    assert text.count("Łódź 東装國 Ёлки") >= 2  # the small heading line and the footer


@needs_fallbacks
def test_runs_switch_font_only_where_the_first_font_lacks_the_glyph() -> None:
    """Korean stays in the Hangul font, 'ź' goes to the Latin fallback, Chinese to the Chinese
    font (all of a Chinese word, even characters the Hangul font also has)."""
    fonts = pdf_fonts()
    runs = fonts.runs("한국 Woźniak 東装")
    faces = [face for face, _text in runs]
    assert [text for _face, text in runs] == ["한국 Wo", "ź", "niak ", "東装"]
    assert faces[0] is fonts.primary
    assert faces[1] is not fonts.primary
    assert faces[2] is fonts.primary
    assert faces[3] not in (fonts.primary, faces[1])


def test_invisible_format_characters_are_left_out_not_refused() -> None:
    """Zero-width spaces and joiners, byte-order marks and variation selectors draw nothing:
    they neither stop the build nor leave boxes."""
    fonts = pdf_fonts()
    runs = fonts.runs("a\u200bb\u200dc\ufeffd\ufe0f")
    assert "".join(text for _face, text in runs) == "abcd"


def test_a_character_no_font_has_fails_the_build_naming_it_and_where() -> None:
    """A private-use character (no font has one) in the narrative of a case stops its PDF with
    the character, its code point, the case code and the section."""
    case = _case("TST-0042", description_en="The sign read \ue000 on the gate.")
    with pytest.raises(UnrenderableText) as raised:
        render_case_pdf(case, PETITION)
    message = str(raised.value)
    assert "Case TST-0042" in message
    assert "U+E000" in message
    assert "'5. Description of the facts'" in message
    assert "fonts-wqy-zenhei" in message


def test_the_message_names_the_field_when_the_character_is_in_a_field() -> None:
    case = _case("TST-0043", sector="Logging \U000f0001")
    with pytest.raises(UnrenderableText, match=r"U\+F0001.*the field 'Sector'"):
        render_case_pdf(case, PETITION)


def test_the_cover_letter_and_summary_say_which_document() -> None:
    content = BundleContent(
        petition=PETITION,
        cases=[_case(f"TST-000{number}") for number in (1, 2, 3)],
        bundle_id="b-0001",
        created_by="carol",
        created_at="2025-03-14T09:00:00Z",
        software_version="0.1.0",
    )
    bad = replace(content, petition=replace(content.petition, summary="See \ue000."))
    with pytest.raises(UnrenderableText, match=r"^The cover letter cannot be drawn"):
        render_cover_letter_pdf(bad)
    tagged = [replace(case, indicators=[_indicator("Forced \ue001")]) for case in content.cases]
    with pytest.raises(UnrenderableText, match=r"^The cross-case summary cannot be drawn"):
        render_summary_pdf(replace(content, cases=tagged))


def test_the_error_survives_the_worker_process() -> None:
    """Case PDFs render in worker processes: the error crosses back whole (pickled)."""
    error = UnrenderableText("Case TST-0001 cannot be drawn")
    assert str(pickle.loads(pickle.dumps(error))) == str(error)  # noqa: S301
