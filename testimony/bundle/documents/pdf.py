"""The PDF backend: blocks drawn with reportlab, every run in an embedded font that has it."""

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
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
from testimony.bundle.documents.fonts import (
    MissingGlyph,
    PdfFonts,
    UnrenderableText,
    missing_glyph_message,
    pdf_fonts,
)
from testimony.bundle.documents.text import clean_text

_INK = colors.HexColor("#1a1a1a")
_ACCENT = colors.HexColor("#2b4c7e")
_MUTED = colors.HexColor("#555555")


# Styles drawn in the bold face: a run in another font must ask for that font's bold.
_BOLD_STYLES = frozenset({"title", "heading", "subheading", "label"})


def _pdf_markup(fonts: PdfFonts, text: str, *, bold: bool = False, style_bold: bool = False) -> str:
    """User text made literal for reportlab's paragraph mini-markup, each run of characters in
    the first font that has them (MissingGlyph when none has one)."""
    parts = []
    for face, run in fonts.runs(clean_text(text)):
        literal = escape(run).replace("\n", "<br/>")
        if face is fonts.primary and bold == style_bold:
            parts.append(literal)
        else:
            parts.append(f'<font face="{face.name(bold=bold)}">{literal}</font>')
    return "".join(parts)


def _draw_runs(
    canvas: Canvas, fonts: PdfFonts, x: float, y: float, text: str, size: float, *, right: bool
) -> None:
    """A line of user text on the canvas (the footer), run by run in the fonts that have it."""
    runs = [
        (face.regular, run, pdfmetrics.stringWidth(run, face.regular, size))
        for face, run in fonts.runs(text)
    ]
    if right:
        x -= sum(width for _name, _run, width in runs)
    for name, run, width in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += width


def _numbered_canvas(fonts: PdfFonts, right: float) -> type[Canvas]:
    """A canvas that keeps every page until the document is finished, then writes "Page N of
    M" at the foot of each (right-aligned at `right`): M is only known at the end."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._finished_pages)
            for page in self._finished_pages:
                self.__dict__.update(page)
                self.saveState()
                self.setFillColor(_MUTED)
                text = f"Page {self._pageNumber} of {total}"
                _draw_runs(self, fonts, right, 12 * mm, text, 8, right=True)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def _pdf_styles() -> dict[str, ParagraphStyle]:
    primary = pdf_fonts().primary
    regular, bold = primary.regular, primary.bold
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


def _pdf_flowables(
    blocks: list[Block], styles: dict[str, ParagraphStyle], fonts: PdfFonts, where: str
) -> list[Flowable]:
    """The blocks as flowables; a character no font has stops it with UnrenderableText saying
    where (`where`: the document, e.g. "Case TST-2026-0001") and in which field or section."""
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

    def markup(text: str, kind: str = "para") -> str:
        bold = kind in _BOLD_STYLES
        return _pdf_markup(fonts, text, bold=bold, style_bold=bold)

    section = "the heading"
    for block in blocks:
        if block.kind != "field":
            flush_fields()
        if block.kind not in ("bullet", "quote"):
            flush_bullets()
        if block.kind in ("heading", "subheading"):
            section = f"the section '{block.text}'"
        try:
            lead = _pdf_markup(fonts, block.label, bold=True) if block.label else ""
            match block.kind:
                case "field":
                    fields.append(
                        [
                            Paragraph(markup(block.label, "label"), styles["label"]),
                            Paragraph(markup(block.text), styles["value"]),
                        ]
                    )
                case "bullet":
                    bullets.append(Paragraph(lead + markup(block.text), styles["bullet"]))
                case "quote":
                    flush_bullets()
                    flowables.append(Paragraph(markup(block.text), styles["quote"]))
                case "chart":
                    if block.drawing is not None:
                        flowables.append(KeepTogether([block.drawing, Spacer(1, 6)]))
                case "heading" | "subheading" | "title" | "small":
                    flowables.append(Paragraph(markup(block.text, block.kind), styles[block.kind]))
                case _:
                    flowables.append(Paragraph(lead + markup(block.text), styles["para"]))
        except MissingGlyph as missing:
            field = f"the field '{block.label}'" if block.kind == "field" else section
            raise UnrenderableText(missing_glyph_message(missing, where, field)) from None
    flush_fields()
    flush_bullets()
    return flowables


# The footer's text ends this far (points) from the left margin: "Page 999 of 999" fits after.
_FOOTER_WIDTH = A4[0] - 44 * mm - 80


def _text_width(fonts: PdfFonts, text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, face.regular, size) for face, run in fonts.runs(text))


def _fitted(fonts: PdfFonts, text: str, width: float, size: float = 8) -> str:
    """The text, cut with "..." where it would run into the page number (MissingGlyph when no
    font has one of its characters)."""
    if _text_width(fonts, text, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest cut that fits
        middle = (low + high + 1) // 2
        if _text_width(fonts, text[:middle].rstrip() + "...", size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "..."


def _render_pdf(blocks: list[Block], *, title: str, footer: str, where: str) -> bytes:
    fonts = pdf_fonts()
    styles = _pdf_styles()
    footer_text = clean_text(footer).replace("\n", " ")
    try:
        footer_text = _fitted(fonts, footer_text, _FOOTER_WIDTH)
    except MissingGlyph as missing:
        raise UnrenderableText(missing_glyph_message(missing, where, "the footer")) from None

    def draw_footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(_MUTED)
        _draw_runs(canvas, fonts, document.leftMargin, 12 * mm, footer_text, 8, right=False)
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
        _pdf_flowables(blocks, styles, fonts, where),
        onFirstPage=draw_footer,
        onLaterPages=draw_footer,
        canvasmaker=_numbered_canvas(fonts, A4[0] - document.rightMargin),
    )
    return buffer.getvalue()
