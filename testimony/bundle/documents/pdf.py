"""The PDF backend: blocks drawn with reportlab, an embedded font."""

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from testimony.bundle.documents.blocks import Block
from testimony.bundle.documents.fonts import _pdf_fonts
from testimony.bundle.documents.text import _pdf_markup, clean_text

_INK = colors.HexColor("#1a1a1a")
_ACCENT = colors.HexColor("#2b4c7e")
_MUTED = colors.HexColor("#555555")


def _pdf_styles() -> dict[str, ParagraphStyle]:
    regular, bold = _pdf_fonts()
    base = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=10,
        leading=14,
        textColor=_INK,
        alignment=TA_LEFT,
        spaceAfter=6,
    )
    return {
        "para": base,
        "title": ParagraphStyle(
            "title", base, fontName=bold, fontSize=15, leading=19, textColor=_ACCENT, spaceAfter=4
        ),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=bold,
            fontSize=12,
            leading=16,
            textColor=_ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "subheading": ParagraphStyle("subheading", base, fontName=bold, spaceBefore=6),
        "small": ParagraphStyle(
            "small", base, fontSize=8.5, leading=11, textColor=_MUTED, spaceAfter=8
        ),
        "quote": ParagraphStyle("quote", base, leftIndent=14 * mm, textColor=_MUTED),
        "label": ParagraphStyle("label", base, fontName=bold, spaceAfter=0),
        "value": ParagraphStyle("value", base, spaceAfter=0),
        "bullet": ParagraphStyle("bullet", base, spaceAfter=2),
    }


def _pdf_flowables(blocks: list[Block], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flowables: list[Flowable] = []
    fields: list[list[Paragraph]] = []

    def flush_fields() -> None:
        if fields:
            table = Table(list(fields), colWidths=[62 * mm, None], hAlign="LEFT", splitInRow=1)
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                    ]
                )
            )
            flowables.append(table)
            flowables.append(Spacer(1, 4))
            fields.clear()

    bullets: list[Paragraph] = []

    def flush_bullets() -> None:
        if bullets:
            flowables.append(
                ListFlowable(
                    [ListItem(item, leftIndent=12) for item in bullets],
                    bulletType="bullet",
                    start="•",
                    leftIndent=12,
                    bulletFontName=styles["para"].fontName,
                )
            )
            bullets.clear()

    for block in blocks:
        if block.kind != "field":
            flush_fields()
        if block.kind not in ("bullet", "quote"):
            flush_bullets()
        lead = f"<b>{escape(block.label)}</b>" if block.label else ""
        match block.kind:
            case "field":
                fields.append(
                    [
                        Paragraph(_pdf_markup(block.label), styles["label"]),
                        Paragraph(_pdf_markup(block.text), styles["value"]),
                    ]
                )
            case "bullet":
                bullets.append(Paragraph(lead + _pdf_markup(block.text), styles["bullet"]))
            case "quote":
                flush_bullets()
                flowables.append(Paragraph(_pdf_markup(block.text), styles["quote"]))
            case "chart":
                if block.drawing is not None:
                    flowables.append(KeepTogether([block.drawing, Spacer(1, 6)]))
            case "heading" | "subheading" | "title" | "small":
                flowables.append(Paragraph(_pdf_markup(block.text), styles[block.kind]))
            case _:
                flowables.append(Paragraph(lead + _pdf_markup(block.text), styles["para"]))
    flush_fields()
    flush_bullets()
    return flowables


def _render_pdf(blocks: list[Block], *, title: str, footer: str) -> bytes:
    styles = _pdf_styles()
    regular = styles["para"].fontName
    footer_text = clean_text(footer).replace("\n", " ")
    if len(footer_text) > 110:
        footer_text = footer_text[:107] + "..."

    def draw_footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(document.leftMargin, 12 * mm, footer_text)
        canvas.drawRightString(A4[0] - document.rightMargin, 12 * mm, f"page {document.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=clean_text(title),
        author="",
        subject="",
        creator="testimony",
        producer="testimony (reportlab)",
        invariant=1,
    )
    document.build(
        _pdf_flowables(blocks, styles), onFirstPage=draw_footer, onLaterPages=draw_footer
    )
    return buffer.getvalue()
