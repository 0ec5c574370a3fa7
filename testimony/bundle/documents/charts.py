"""Bar charts for the summary (reportlab drawings; PDF only)."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from testimony.bundle.documents.fonts import _pdf_fonts
from testimony.bundle.documents.pdf import _ACCENT
from testimony.bundle.documents.text import clean_text


def _bar_chart(
    labels: list[str],
    values: list[float],
    *,
    horizontal: bool,
    caption: str,
    value_max: float | None = None,
    colour: colors.Color = _ACCENT,
    series: list[list[float]] | None = None,
    legend: list[str] | None = None,
) -> Drawing:
    regular, bold = _pdf_fonts()
    data = series if series is not None else [values]
    labels = [clean_text(label)[:48] for label in labels]
    width = 165 * mm
    if horizontal:
        height = max(70, 18 * len(labels) + 45)
        chart: HorizontalBarChart | VerticalBarChart = HorizontalBarChart()
        chart.x, chart.y = 190, 20
        chart.width, chart.height = width - 205, height - 45
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
    else:
        height = 170
        chart = VerticalBarChart()
        chart.x, chart.y = 40, 30
        chart.width, chart.height = width - 60, height - 60
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -4
    drawing = Drawing(width, height)
    chart.data = data
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = value_max if value_max is not None else max((max(row) for row in data if row), default=1)
    top = max(top, 1)
    chart.valueAxis.valueMax = top
    if top <= 20 and float(top).is_integer():
        chart.valueAxis.valueStep = 1 if top <= 10 else 2
    chart.bars.strokeColor = None
    palette = [colour, colors.HexColor("#c0504d")]
    for index in range(len(data)):
        chart.bars[index].fillColor = palette[index % len(palette)]
    drawing.add(chart)
    drawing.add(String(0, height - 12, clean_text(caption), fontName=bold, fontSize=9))
    if legend:
        x = width - 10
        for index, name in reversed(list(enumerate(legend))):
            text = String(
                x,
                height - 12,
                f"■ {name}",
                fontName=regular,
                fontSize=8,
                fillColor=palette[index % len(palette)],
                textAnchor="end",
            )
            drawing.add(text)
            x -= pdfmetrics.stringWidth(f"■ {name}", regular, 8) + 10
    return drawing
