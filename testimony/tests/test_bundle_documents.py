"""The bundle's documents: cover letter, per-case submissions (PDF, DOCX) and summary.pdf.

The content is built by hand, with English and Korean text, markup-like and formula-like user
text and a control character, so that these tests need no database.
"""

import io
import zipfile
from collections import Counter
from dataclasses import replace
from statistics import median

import docx
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from pypdf import PdfReader

from testimony.bundle.content import (
    VICTIM_FULL_NAME,
    VICTIM_INITIALS,
    VICTIM_PSEUDONYM,
    BundleContent,
    CaseRelease,
    IndicatorRelease,
    PetitionRelease,
)
from testimony.bundle.documents import (
    SummaryTally,
    _median,
    hangul_font_path,
    naming_statement,
    render_case_docx,
    render_case_pdf,
    render_cover_letter_docx,
    render_cover_letter_pdf,
    render_summary_pdf,
    summary_statistics,
)

MARKUP = '<b>x</b> & =HYPERLINK("http://evil.example","click")'
KOREAN = "감독원이 여권을 빼앗았습니다"
WAGES = "Withholding of wages"
MOVEMENT = "Restriction of movement"
OVERTIME = "Excessive overtime"

PETITION = PetitionRelease(
    title="Forced labour of North Korean workers abroad",
    mandate="Special Rapporteur on contemporary forms of slavery",
    mandate_address="OHCHR, Palais des Nations\nCH-1211 Geneva 10, Switzerland",
    organisation="Demo NGO",
    contact="petitions@demo-ngo.example",
    summary="We submit testimonies of workers sent abroad by the state.",
    confidentiality="The identity of the witnesses and of the interviewers.",
    date="2025-03-14",
)


def _indicator(label: str, passage: str = "They kept our wages.") -> IndicatorRelease:
    return IndicatorRelease(indicator=label, phase="Work and life under duress", passage=passage)


def _case(code: str, **changes: object) -> CaseRelease:
    case = CaseRelease(
        case_code=code,
        version=1,
        victim="Witness A",
        victim_sex="Male",
        victim_age_band="30-39",
        victim_home_province="North Hamgyong",
        family_in_north_korea="Yes",
        perpetrators=["Supervisor 1 (supervisor or minder)", "State agency (Ministry)"],
        country="Russia",
        sector="Construction",
        period="2014-2016",
        knowledge="Eyewitness (experienced it)",
        consent_un=True,
        consent_informed_state_letter=True,
        consent_informed_public_summary=True,
        consent_public_name="No name",
        consent_recipients="UN only",
        description_en="We worked from dawn to midnight.",
        description_original="",
        original_language="Korean",
    )
    return replace(case, **changes)


@pytest.fixture
def cases() -> list[CaseRelease]:
    return [
        _case(
            "TST-0001",
            description_en=(
                f"The minder said {MARKUP}.\x07 Our passports were taken.\n\n"
                + "We worked every day of the month. " * 200
            ),
            description_original=f"{KOREAN}. 하루 16시간 일했습니다.",
            indicators=[_indicator(WAGES), _indicator(WAGES, "Again."), _indicator(OVERTIME)],
            hours_per_day=16,
            days_off_per_month=1,
            promised_wage_amount=120.0,
            promised_wage_currency="USD",
            promised_wage_period="month",
            received_wage_amount=20.0,
            received_wage_currency="USD",
            received_wage_period="month",
            passport_confiscated=True,
            movement_restricted=True,
        ),
        _case(
            "TST-0002",
            victim="Witness B",
            victim_sex="Female",
            country="Kuwait",
            period="2017",
            indicators=[_indicator(WAGES), _indicator(MOVEMENT)],
            hours_per_day=12,
            days_off_per_month=2,
            promised_wage_amount=200.0,
            promised_wage_currency="USD",
            promised_wage_period="month",
            received_wage_amount=150.0,
            received_wage_currency="USD",
            received_wage_period="month",
            passport_confiscated=True,
            movement_restricted=False,
        ),
        _case(
            "TST-0003",
            victim="R. M.",
            sector="Logging",
            period="from 2019",
            indicators=[_indicator(OVERTIME)],
            hours_per_day=10,
            promised_wage_amount=100.0,
            promised_wage_currency="USD",
            promised_wage_period="month",
            passport_confiscated=None,
        ),
    ]


@pytest.fixture
def content(cases: list[CaseRelease]) -> BundleContent:
    return BundleContent(
        petition=PETITION,
        cases=cases,
        bundle_id="b-0001",
        created_by="carol",
        created_at="2025-03-14T09:00:00Z",
        software_version="0.1.0",
    )


def pdf_text(data: bytes) -> str:
    assert data.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdf_flat(data: bytes) -> str:
    """PDF text with line breaks removed, for phrases that may wrap."""
    return " ".join(pdf_text(data).split())


def docx_xml(data: bytes) -> str:
    docx.Document(io.BytesIO(data))  # opens, or raises
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml").decode()


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def test_case_pdf_holds_the_form_sections_in_english_and_korean(
    cases: list[CaseRelease],
) -> None:
    """The submission follows the rapporteur's form and embeds an extractable Hangul font."""
    text = pdf_flat(render_case_pdf(cases[0], PETITION))
    for expected in (
        "1. Alleged victim",
        "Witness A",
        "2. Alleged perpetrators",
        "Supervisor 1 (supervisor or minder)",
        "3. States concerned",
        "4. Dates and places",
        "2014-2016",
        "5. Description of the facts",
        "Statement given in Korean; the English text is a translation.",
        "Original statement (Korean)",
        KOREAN,
        "Summary of the facts",
        "Wage promised 120 USD per month",
        "Hours worked per day 16",
        "Indicators of forced labour (ILO)",
        WAGES,
        "6. Steps taken domestically",
        "7. Consent",
        "UN only",
        "8. Source",
        "Interview conducted by Demo NGO; how the witness knows: Eyewitness (experienced it)",
        "Page 1 of",
    ):
        assert expected in text


def test_case_pdf_shows_markup_literally_and_drops_control_characters(
    cases: list[CaseRelease],
) -> None:
    """User text with <b>, & and a spreadsheet formula is printed as typed, not interpreted."""
    text = pdf_flat(render_case_pdf(cases[0], PETITION))
    assert "<b>x</b> &" in text
    assert "=HYPERLINK(" in text
    assert "\x07" not in text


def test_a_long_statement_flows_over_several_pages(cases: list[CaseRelease]) -> None:
    """The description is not cut: it continues on the following pages."""
    reader = PdfReader(io.BytesIO(render_case_pdf(cases[0], PETITION)))
    assert len(reader.pages) >= 3
    assert "8. Source" in reader.pages[-1].extract_text()
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {total}" in page.extract_text()


def test_a_field_longer_than_a_page_still_renders(cases: list[CaseRelease]) -> None:
    """A form field's row splits over pages instead of failing the layout."""
    case = replace(cases[1], victim="위협 " * 6000, sector="x" * 5000)
    assert len(PdfReader(io.BytesIO(render_case_pdf(case, PETITION))).pages) >= 3


def test_case_without_original_has_no_original_heading(cases: list[CaseRelease]) -> None:
    """An English-only statement gets no 'Original statement' section."""
    text = pdf_flat(render_case_pdf(cases[1], PETITION))
    assert "Witness B" in text
    assert "Original statement" not in text


def test_case_docx_opens_and_holds_the_texts(cases: list[CaseRelease]) -> None:
    """The DOCX opens with python-docx, holds English, Korean and the markup as text."""
    data = render_case_docx(cases[0], PETITION)
    text = docx_text(data)
    for expected in ("1. Alleged victim", "Witness A", "Original statement (Korean)", KOREAN):
        assert expected in text
    assert MARKUP in text
    xml = docx_xml(data)
    assert "&lt;b&gt;x&lt;/b&gt; &amp;" in xml
    assert "\x07" not in xml
    assert 'w:eastAsia="NanumGothic"' in xml


def test_documents_are_deterministic(content: BundleContent) -> None:
    """The same content gives the same bytes, so a bundle can be rebuilt and compared."""
    case, petition = content.cases[0], content.petition
    assert render_case_pdf(case, petition) == render_case_pdf(case, petition)
    assert render_case_docx(case, petition) == render_case_docx(case, petition)
    assert render_cover_letter_docx(content) == render_cover_letter_docx(content)
    assert render_summary_pdf(content) == render_summary_pdf(content)


def test_cover_letter_names_the_mandate_scope_confidentiality_and_enclosures(
    content: BundleContent,
) -> None:
    """The letter states what it encloses, what it covers and what is confidential."""
    for text in (
        pdf_flat(render_cover_letter_pdf(content)),
        " ".join(docx_text(render_cover_letter_docx(content)).split()),
    ):
        assert "Special Rapporteur on contemporary forms of slavery" in text
        assert "14 March 2025" in text
        assert "Subject: Forced labour of North Korean workers abroad" in text
        assert "We submit testimonies of workers sent abroad by the state." in text
        assert "concerns three cases of forced labour" in text
        assert "two countries (Russia (2), Kuwait (1))" in text
        assert "from 2014 to 2019." in text
        assert "The identity of the witnesses and of the interviewers." in text
        assert "keeps the identity of the submitting organisation" in text
        for enclosed in ("summary.pdf", "data/", "manifest.json", "TST-0002"):
            assert enclosed in text
        assert "petitions@demo-ngo.example" in text


def _named(naming: str, count: int) -> list[CaseRelease]:
    return [_case(f"TST-{naming}-{n}", victim_naming=naming) for n in range(count)]


def test_the_cover_letter_says_how_victims_are_named_as_their_consents_allow(
    content: BundleContent,
) -> None:
    """Mixed consents: the letter counts the victims named by pseudonym, initials and full name,
    in the PDF, the DOCX and from a build's tally alike."""
    cases = _named(VICTIM_PSEUDONYM, 10) + _named(VICTIM_INITIALS, 1) + _named(VICTIM_FULL_NAME, 1)
    mixed = replace(content, cases=cases)
    tally = SummaryTally()
    for case in cases:
        tally.add(case)
    expected = (
        "Of the 12 cases, 10 name the alleged victim by pseudonym only, 1 by initials and 1 by "
        "full name, as that victim consented."
    )
    for text in (
        pdf_flat(render_cover_letter_pdf(mixed)),
        pdf_flat(render_cover_letter_pdf(replace(mixed, cases=[]), tally)),
        " ".join(docx_text(render_cover_letter_docx(mixed)).split()),
    ):
        assert expected in text
        assert "by a pseudonym or by initials" not in text


@pytest.mark.parametrize(
    ("naming", "expected"),
    [
        (Counter({VICTIM_PSEUDONYM: 3}), "All three alleged victims are named by pseudonym only."),
        (Counter({VICTIM_INITIALS: 2}), "Both alleged victims are named by initials."),
        (Counter({VICTIM_PSEUDONYM: 12}), "All 12 alleged victims are named by pseudonym only."),
        (Counter({VICTIM_INITIALS: 1}), "The alleged victim is named by initials."),
        (
            Counter({VICTIM_FULL_NAME: 1}),
            "The alleged victim is named by full name, as they consented.",
        ),
        (
            Counter({VICTIM_INITIALS: 1, VICTIM_FULL_NAME: 2}),
            "Of the three cases, one names the alleged victim by initials and two by full name, as "
            "those victims consented.",
        ),
    ],
)
def test_the_naming_statement_reads_well_for_any_mix(naming: Counter[str], expected: str) -> None:
    """One kind, one case, several full names: each gives a plain, correct sentence."""
    assert naming_statement(naming, naming.total()) == expected


@pytest.mark.parametrize(
    ("periods", "expected"),
    [
        (["2014-2016", "2017-2019"], "from 2014 to 2019."),
        (["2015", "2015"], "in 2015."),
        (["", ""], "in an unstated period."),
    ],
)
def test_the_cover_letter_scope_says_when_in_plain_words(
    content: BundleContent, periods: list[str], expected: str
) -> None:
    """Two cases read "two cases ... one country ... one sector", and the years end the sentence
    as a person would write them, never "over 2014 to 2019"."""
    cases = [
        replace(case, period=period, countries=["Russia"], country="Russia", sector="Logging")
        for case, period in zip(content.cases[:2], periods, strict=True)
    ]
    text = pdf_flat(render_cover_letter_pdf(replace(content, cases=cases)))
    assert "This submission concerns two cases of forced labour" in text
    assert "in one country (Russia (2)), in one sector (Logging (2))" in text
    assert f"(Logging (2)), {expected}" in text
    assert " over " not in text


def test_the_cover_letter_states_the_signing_key_fingerprint(content: BundleContent) -> None:
    """The recipient can compare the key's fingerprint with the one in the letter."""
    fingerprint = " ".join(["3f2a"] * 16)
    signed = replace(content, signing_key_fingerprint=fingerprint)
    for text in (
        pdf_flat(render_cover_letter_pdf(signed)),
        " ".join(docx_text(render_cover_letter_docx(signed)).split()),
    ):
        assert f"Its fingerprint (the SHA-256 of the public key) is {fingerprint}." in text
        assert "README.txt" in text


def test_summary_statistics_counts_each_indicator_once_per_testimony(
    cases: list[CaseRelease],
) -> None:
    """A testimony tagged twice with one indicator counts once; most frequent first."""
    stats = summary_statistics(cases)
    assert stats["testimonies"] == 3
    assert [item["sentence"] for item in stats["indicators"]] == [
        "2 of 3 testimonies report excessive overtime",
        "2 of 3 testimonies report withholding of wages",
        "1 of 3 testimonies report restriction of movement",
    ]


def test_summary_statistics_gives_wages_hours_and_days_off(cases: list[CaseRelease]) -> None:
    """Medians, ranges and the 'N of M' sentences are computed from the known values only."""
    stats = summary_statistics(cases)
    (usd,) = stats["wages"]
    assert usd["label"] == "USD per month"
    assert usd["median_promised"] == 120.0
    assert usd["median_received"] == 85.0
    assert usd["sentence"] == "1 of 2 received less than half what was promised"
    hours = stats["hours_per_day"]
    assert (hours["median"], hours["min"], hours["max"]) == (12.0, 10, 16)
    assert hours["sentence"] == "2 of 3 worked 12 hours or more a day"
    assert stats["days_off_per_month"]["median"] == 1.5
    assert stats["days_off_per_month"]["known"] == 2
    facts = {item["fact"]: item for item in stats["facts"]}
    assert facts["passport_confiscated"]["sentence"] == (
        "2 of 3 testimonies report confiscation of their passport"
    )
    assert facts["passport_confiscated"]["stated"] == 2
    assert facts["movement_restricted"]["count"] == 1


def test_summary_statistics_gives_countries_sectors_and_years(cases: list[CaseRelease]) -> None:
    """Countries and sectors by frequency; years span every stated period."""
    stats = summary_statistics(cases)
    assert stats["countries"] == [{"name": "Russia", "count": 2}, {"name": "Kuwait", "count": 1}]
    assert stats["sectors"] == [
        {"name": "Construction", "count": 2},
        {"name": "Logging", "count": 1},
    ]
    assert (stats["years"]["first"], stats["years"]["last"]) == (2014, 2019)


def test_summary_statistics_of_no_cases_is_empty_but_valid() -> None:
    """An empty selection gives zeros and no medians rather than an error."""
    stats = summary_statistics([])
    assert stats["testimonies"] == 0
    assert stats["hours_per_day"]["median"] is None
    assert stats["wages"] == []


def test_summary_pdf_shows_the_pattern_and_charts(content: BundleContent) -> None:
    """summary.pdf holds the sentences a rapporteur reads first, and the chart captions."""
    text = pdf_flat(render_summary_pdf(content))
    for expected in (
        "Cross-case summary",
        "2 of 3 testimonies report withholding of wages",
        "1 of 2 received less than half what was promised",
        "2 of 3 worked 12 hours or more a day",
        "2 of 3 testimonies report confiscation of their passport",
        "Testimonies reporting each indicator (of 3)",
        "Testimonies by hours worked per day (of 3)",
        # Two testimonies state both wages: too few to chart a median.
        "Not charted, fewer than 3 testimonies state both amounts: USD per month.",
    ):
        assert expected in text
    assert "Median wage promised and received" not in text


def test_summary_pdf_renders_with_markup_in_labels(content: BundleContent) -> None:
    """A country or indicator label with markup is drawn literally, in text and in charts."""
    case = replace(content.cases[0], country=MARKUP, indicators=[_indicator(f"{KOREAN} <i>")])
    text = pdf_flat(render_summary_pdf(replace(content, cases=[case])))
    assert "<b>x</b> &" in text
    assert KOREAN in text


def test_a_missing_configured_font_is_a_clear_configuration_error(
    cases: list[CaseRelease],
) -> None:
    """A TESTIMONY_PDF_FONT that does not exist fails loudly, even after a successful render."""
    render_case_pdf(cases[0], PETITION)  # registers the default font first
    with override_settings(TESTIMONY_PDF_FONT="/nonexistent/NoSuchFont.ttf"):
        with pytest.raises(ImproperlyConfigured, match="No font with Hangul was found"):
            hangul_font_path()
        with pytest.raises(ImproperlyConfigured, match="TESTIMONY_PDF_FONT"):
            render_case_pdf(cases[0], PETITION)


def test_no_font_installed_is_a_clear_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without the setting and without fonts-nanum, the error says how to fix it."""
    monkeypatch.setattr("testimony.bundle.documents.fonts.FONT_CANDIDATES", ())
    with (
        override_settings(TESTIMONY_PDF_FONT=None),
        pytest.raises(ImproperlyConfigured, match="install the Debian package fonts-nanum"),
    ):
        hangul_font_path()


@pytest.mark.parametrize(
    "values",
    [[12], [12, 14], [10, 12, 12, 18], [8, 8, 8, 21, 21], [0.5, 120.0, 120.0, 300.25], []],
)
def test_medians_counted_value_by_value_are_the_plain_medians(values: list[float]) -> None:
    """Builds count hours and wages instead of keeping every case; the medians must not move."""
    expected = float(median(values)) if values else None
    assert _median(Counter(values)) == expected
