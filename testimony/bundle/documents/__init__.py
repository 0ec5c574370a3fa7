"""The bundle's documents: cover letter, per-case submissions and the cross-case summary.

Each document is first built as a list of plain blocks (headings, paragraphs, label/value
fields, quoted passages) and then drawn by one of two backends: reportlab for PDF, python-docx
for DOCX. Every string in a block is user data and is escaped (PDF mini-markup) or stripped of
characters XML forbids (both formats) by the backend, never by the block builders.

Output is deterministic: no timestamps other than the petition's date, fixed PDF ids and fixed
ZIP entry times in the DOCX, so the same content always gives the same bytes.

The modules, by area: `text` (cleaning and wording values), `fonts`, `blocks`, `statistics`
(`SummaryTally`, also read by the dashboard), `cover_letter`, `case` and `summary` (what each
document says), `charts`, `pdf` and `docx` (the two backends), `zip_writer` (the DOCX's
deterministic ZIP) and `render` (the public renderers). Every public name is importable from
here.
"""

from testimony.bundle.documents.blocks import Block
from testimony.bundle.documents.cover_letter import naming_statement
from testimony.bundle.documents.fonts import (
    DOCX_FONT,
    FALLBACK_FONTS,
    FONT_CANDIDATES,
    NO_FONT_MESSAGE,
    MissingGlyph,
    UnrenderableText,
    hangul_font_path,
    pdf_fonts,
)
from testimony.bundle.documents.render import (
    render_case_docx,
    render_case_pdf,
    render_cover_letter_docx,
    render_cover_letter_pdf,
    render_summary_pdf,
)
from testimony.bundle.documents.statistics import (
    FACTS,
    HOURS_BINS,
    SummaryTally,
    _median,
    summary_statistics,
    wage_period_label,
)
from testimony.bundle.documents.text import MONTHS, NOT_RELEASED, NOT_STATED, clean_text

__all__ = [
    "DOCX_FONT",
    "FACTS",
    "FALLBACK_FONTS",
    "FONT_CANDIDATES",
    "HOURS_BINS",
    "MONTHS",
    "NOT_RELEASED",
    "NOT_STATED",
    "NO_FONT_MESSAGE",
    "Block",
    "MissingGlyph",
    "SummaryTally",
    "UnrenderableText",
    "_median",
    "clean_text",
    "hangul_font_path",
    "naming_statement",
    "pdf_fonts",
    "render_case_docx",
    "render_case_pdf",
    "render_cover_letter_docx",
    "render_cover_letter_pdf",
    "render_summary_pdf",
    "summary_statistics",
    "wage_period_label",
]
