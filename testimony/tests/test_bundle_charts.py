"""The summary's charts: every bar says how many testimonies are behind it, counts share one
scale (0 to the number of testimonies), and too few testimonies give a sentence, not a chart."""

import io
from dataclasses import replace

from pypdf import PdfReader

from testimony.bundle.content import BundleContent, CaseRelease
from testimony.bundle.documents import render_summary_pdf, summary_statistics
from testimony.bundle.documents.summary import _summary_blocks
from testimony.tests.test_bundle_documents import PETITION, _case, _indicator

WAGES = "Withholding of wages"
OVERTIME = "Excessive overtime"


def _content(cases: list[CaseRelease]) -> BundleContent:
    return BundleContent(
        petition=PETITION,
        cases=cases,
        bundle_id="b-0001",
        created_by="carol",
        created_at="2025-03-14T09:00:00Z",
        software_version="0.1.0",
    )


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )


def _twelve() -> list[CaseRelease]:
    """Twelve cases: all withheld wages, one reports overtime; USD wages stated by all."""
    return [
        _case(
            f"TST-{number:04d}",
            indicators=[_indicator(WAGES)] + ([_indicator(OVERTIME)] if number == 1 else []),
            hours_per_day=12 + number % 3,
            promised_wage_amount=100.0 + number,
            promised_wage_currency="USD",
            promised_wage_period="month",
            received_wage_amount=10.0,
            received_wage_currency="USD",
            received_wage_period="month",
        )
        for number in range(1, 13)
    ]


def _charts(content: BundleContent) -> dict[str, object]:
    blocks = _summary_blocks(content, summary_statistics(content.cases))
    charts = {}
    for block in blocks:
        if block.kind == "chart" and block.drawing is not None:
            chart, caption = block.drawing.contents[0], block.drawing.contents[1]
            charts[caption.text] = chart
    return charts


def test_every_bar_is_labelled_with_its_number_of_testimonies() -> None:
    text = _text(render_summary_pdf(_content(_twelve())))
    assert "n=12" in text  # withholding of wages, and each wage median
    assert "n=1" in text  # excessive overtime


def test_one_case_of_twelve_is_a_twelfth_of_the_axis_not_a_full_bar() -> None:
    """Counts are drawn against the number of testimonies, so the overtime bar (1 of 12) is a
    twelfth of the chart and the wages bar (12 of 12) fills it."""
    charts = _charts(_content(_twelve()))
    indicators = charts["Testimonies reporting each indicator (of 12)"]
    assert indicators.valueAxis.valueMax == 12
    assert indicators.data == [[1, 12]]
    assert indicators.barLabelArray == [["n=1", "n=12"]]
    hours = charts["Testimonies by hours worked per day (of 12)"]
    assert hours.valueAxis.valueMax == 12


def test_a_single_case_is_not_charted_but_said_in_words() -> None:
    """One testimony gives the figures and a sentence in place of each chart: no full-size bar
    drawn from one statement."""
    content = _content(_twelve()[:1])
    assert _charts(content) == {}
    text = _text(render_summary_pdf(content))
    assert "1 of 1 testimony report withholding of wages" in text
    assert "Testimonies reporting each indicator (of 1): too few testimonies to chart" in text
    assert "Not charted, fewer than 3 testimonies state both amounts: USD per month." in text


def test_a_wage_median_of_fewer_than_three_is_left_out_of_the_chart() -> None:
    """Twelve cases in USD and two in EUR: the chart shows USD with n=12 for both bars, and
    EUR is named below it as too few to chart."""
    euros = [
        replace(case, promised_wage_currency="EUR", received_wage_currency="EUR")
        for case in _twelve()[:2]
    ]
    content = _content(_twelve() + euros)
    wages = _charts(content)["Median wage promised and received"]
    assert wages.categoryAxis.categoryNames == ["USD per month"]
    assert wages.barLabelArray == [["n=12"], ["n=12"]]
    text = _text(render_summary_pdf(content))
    assert "Not charted, fewer than 3 testimonies state both amounts: EUR per month." in text
