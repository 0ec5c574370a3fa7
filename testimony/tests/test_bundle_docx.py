"""The bundle's DOCX files look professional in any word processor: A4 with margins, a header
naming the case, "Page X of Y", headings as heading styles, every run tagged with its language,
and properties that name the organisation rather than a template's leftovers."""

import io
import re
import zipfile

import docx

from testimony.bundle.content import BundleContent
from testimony.bundle.documents import render_case_docx, render_cover_letter_docx
from testimony.bundle.documents.docx import language_runs
from testimony.tests.test_bundle_documents import KOREAN, PETITION, _case


def _members(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


def _content() -> BundleContent:
    return BundleContent(
        petition=PETITION,
        cases=[_case("TST-0001"), _case("TST-0002")],
        bundle_id="b-0001",
        created_by="carol",
        created_at="2025-03-14T09:00:00Z",
        software_version="0.1.0",
    )


def test_pages_are_a4_with_margins_like_the_pdf() -> None:
    section = docx.Document(io.BytesIO(render_case_docx(_case("TST-0001"), PETITION))).sections[0]
    assert round(section.page_width.mm) == 210
    assert round(section.page_height.mm) == 297
    # Word stores twips: 22 mm is 1247 twips, 21.997 mm.
    assert round(section.left_margin.mm) == round(section.right_margin.mm) == 22
    assert round(section.top_margin.mm) == 20


def test_a_case_has_its_code_in_the_header_and_page_x_of_y_in_the_footer() -> None:
    document = docx.Document(io.BytesIO(render_case_docx(_case("TST-0042"), PETITION)))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == f"Case TST-0042 · {PETITION.title}"
    footer = _members(render_case_docx(_case("TST-0042"), PETITION))["word/footer1.xml"]
    text = re.sub(r"<[^>]+>", "", footer.split("<w:p>", 1)[1])
    assert text.startswith("Page ")
    assert " of " in text
    assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in footer
    assert '<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>' in footer


def test_the_cover_letter_has_the_petition_title_in_its_header() -> None:
    document = docx.Document(io.BytesIO(render_cover_letter_docx(_content())))
    assert document.sections[0].header.paragraphs[0].text == PETITION.title


def test_headings_are_heading_styles() -> None:
    """A reader's navigation pane and a table of contents find the form's sections."""
    document = docx.Document(io.BytesIO(render_case_docx(_case("TST-0001"), PETITION)))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "1. Alleged victim",
        "2. Alleged perpetrators",
        "3. States concerned",
        "4. Dates and places",
        "5. Description of the facts",
        "6. Steps taken domestically",
        "7. Consent",
        "8. Source",
    ]
    assert document.paragraphs[0].style.name == "Title"


def test_every_run_is_tagged_with_its_language() -> None:
    """Hangul ko-KR, Chinese zh, Cyrillic ru-RU, English en-GB, each run its own."""
    case = _case(
        "TST-0001",
        description_en="They said 他們在東方 and Бригадир; Woźniak agreed.",
        description_original=KOREAN,
    )
    xml = _members(render_case_docx(case, PETITION))["word/document.xml"]
    runs = re.findall(r'<w:lang w:val="([^"]+)"[^>]*/></w:rPr><w:t[^>]*>([^<]*)</w:t>', xml)
    assert ("ko-KR", KOREAN) in runs
    assert ("zh", "他們在東方 ") in runs
    assert ("ru-RU", "Бригадир; ") in runs
    assert ("en-GB", "Woźniak agreed.") in runs
    assert ("en-GB", "They said ") in runs
    assert not re.search(r"<w:r>(?!<w:rPr>)", xml.split("<w:body>")[1])  # no untagged run


def test_chinese_characters_in_korean_text_are_hanja() -> None:
    assert language_runs("北韓 노동자 2명") == [("ko-KR", "北韓 노동자 2명")]
    assert language_runs("國營 company") == [("zh", "國營 "), ("en-GB", "company")]
    assert language_runs("  12 Б") == [("ru-RU", "  12 Б")]


def test_properties_name_the_organisation_and_no_template_leftovers() -> None:
    data = render_case_docx(_case("TST-0001"), PETITION)
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.title == f"TST-0001: {PETITION.title}"
    assert properties.author == PETITION.organisation
    assert properties.last_modified_by == PETITION.organisation
    assert properties.language == "en-GB"
    assert properties.created.date().isoformat() == PETITION.date
    assert properties.modified == properties.created
    members = _members(data)
    assert "<Application>testimony</Application>" in members["docProps/app.xml"]
    everything = "\n".join(members.values())
    for leftover in ("Macintosh", "Normal.dotm", "python-docx", "thumbnail"):
        assert leftover not in everything, leftover
    assert not [name for name in members if name.startswith("customXml/")]


def test_line_breaks_and_tabs_survive_in_every_language() -> None:
    """The mandate's address keeps its lines; a tab typed in a narrative stays a tab."""
    document = docx.Document(io.BytesIO(render_cover_letter_docx(_content())))
    assert "OHCHR, Palais des Nations\nCH-1211 Geneva 10, Switzerland" in [
        p.text.split("\n", 1)[1] for p in document.paragraphs if "\n" in p.text
    ]
    case = _case("TST-0001", description_en="Name:\t감독원\n 2 hours")
    paragraphs = docx.Document(io.BytesIO(render_case_docx(case, PETITION))).paragraphs
    assert "Name:\t감독원\n 2 hours" in [p.text for p in paragraphs]
