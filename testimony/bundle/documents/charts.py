"""Bar charts for the summary (reportlab drawings; PDF only).

Every bar is labelled with the number of testimonies behind it ("n=4"). Counts are drawn on a
fixed scale from 0 to the number of testimonies in the bundle, so one case of twelve is a
twelfth of the axis, never a full-length bar. A chart with fewer than MIN_CASES_TO_CHART
testimonies behind it (and a wage bar with fewer behind it) is not drawn at all: the summary
says so and gives the figures in words. Three is the smallest group the re-identification check
accepts (k >= 3), and a median or a shape drawn from one or two statements says more about the
witnesses than about a pattern.
"""

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from testimony.bundle.documents.fonts import pdf_fonts
from testimony.bundle.documents.pdf import _ACCENT
from testimony.bundle.documents.text import clean_text

MIN_CASES_TO_CHART = 3
_PALETTE = (_ACCENT, colors.HexColor("#c0504d"))


def _bar_chart(
    labels: list[str],
    series: list[list[float]],
    counts: list[list[int]],
    *,
    horizontal: bool,
    caption: str,
    value_max: float | None = None,
    legend: list[str] | None = None,
) -> Drawing:
    """A bar chart of one or more series; counts[s][i] is how many testimonies bar i of series
    s stands for, printed beside it. A label that no embedded font covers raises MissingGlyph."""
    fonts = pdf_fonts()
    regular = fonts.primary.regular
    labels = [clean_text(label)[:48] for label in labels]
    faces = [fonts.single_face(label) for label in labels]
    caption = clean_text(caption)
    caption_face = fonts.single_face(caption)
    width = 165 * mm
    if horizontal:
        height = max(70, 18 * len(labels) * len(series) + 45)
        chart: HorizontalBarChart | VerticalBarChart = HorizontalBarChart()
        chart.x, chart.y = 190, 20
        chart.width, chart.height = width - 225, height - 45
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    else:
        height = 180
        chart = VerticalBarChart()
        chart.x, chart.y = 40, 30
        chart.width, chart.height = width - 60, height - 72
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -4
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 2
    drawing = Drawing(width, height)
    chart.data = series
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    for index, face in enumerate(faces):
        chart.categoryAxis.labels[index].fontName = face.regular
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[f"n={n}" for n in row] for row in counts]
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = (
        value_max if value_max is not None else max((max(row) for row in series if row), default=1)
    )
    top = max(top, 1)
    chart.valueAxis.valueMax = top
    if top <= 20 and float(top).is_integer():
        chart.valueAxis.valueStep = 1 if top <= 10 else 2
    chart.bars.strokeColor = None
    for index in range(len(series)):
        chart.bars[index].fillColor = _PALETTE[index % len(_PALETTE)]
    drawing.add(chart)
    drawing.add(String(0, height - 12, caption, fontName=caption_face.name(bold=True), fontSize=9))
    if legend:
        x = width - 10
        for index, name in reversed(list(enumerate(legend))):
            text = String(
                x,
                height - 12,
                f"■ {name}",
                fontName=regular,
                fontSize=8,
                fillColor=_PALETTE[index % len(_PALETTE)],
                textAnchor="end",
            )
            drawing.add(text)
            x -= pdfmetrics.stringWidth(f"■ {name}", regular, 8) + 10
    return drawing
