"""The DOCX backend: blocks written into python-docx's default template."""

import copy
import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import docx
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.run import Run

from testimony.bundle.documents.blocks import (
    Block,
)
from testimony.bundle.documents.fonts import (
    DOCX_FONT,
)
from testimony.bundle.documents.text import (
    clean_text,
)
from testimony.bundle.documents.zip_writer import _deflate, _write_zip, _ZipMember


def _docx_fonts(run_properties: Any) -> None:
    """Name the Hangul-capable font for Latin and East Asian text (run.font.name plus eastAsia)."""
    fonts = run_properties.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), DOCX_FONT)
    # A theme font would win over the named one in the same element.
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)


def _docx_run_properties(*, bold: bool) -> Any:
    """The w:rPr every run of that weight gets: bold (if asked) and the Hangul-capable font."""
    run = Run(OxmlElement("w:r"), None)  # type: ignore[arg-type]
    if bold:
        run.bold = True
    _docx_fonts(run._element.get_or_add_rPr())
    return run._element.rPr


def _docx_run(paragraph: Any, text: str, template: "_DocxTemplate", *, bold: bool = False) -> Any:
    """Append a run to a w:p element, with a copy of the prepared run properties."""
    run = OxmlElement("w:r")
    run.append(copy.deepcopy(template.bold_rpr if bold else template.plain_rpr))
    text = clean_text(text)
    if text:
        run.text = text
    paragraph.append(run)
    return run


# Block kind -> style id in python-docx's default template (ids, not names: a name lookup
# costs a scan of every style on each paragraph).
_DOCX_STYLES = {
    "title": "Title",
    "heading": "Heading1",
    "subheading": "Heading2",
    "bullet": "ListBullet",
    "quote": "Quote",
}


@dataclass(frozen=True)
class _DocxTemplate:
    """python-docx's default template, prepared once: styled, serialized and ready to copy.

    entries lists the package's ZIP members, compressed, in the order python-docx writes them;
    the two that change per document (the main document and the core properties) are None.
    """

    entries: tuple[tuple[str, _ZipMember | None], ...]
    document_name: str
    core_name: str
    document: Any  # pristine w:document element
    core: Any  # pristine cp:coreProperties element
    plain_rpr: Any
    bold_rpr: Any


@functools.cache
def _docx_template() -> _DocxTemplate:
    document = docx.Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "Quote"):
        _docx_fonts(document.styles[style_name].element.get_or_add_rPr())
    document.styles["Normal"].font.size = Pt(10.5)
    package = document.part.package
    core_part = package._core_properties_part  # created here if the template has none
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    blobs: list[tuple[str, bytes | None]] = [
        (CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob),
        (PACKAGE_URI.rels_uri.membername, package.rels.xml),
    ]
    for part in parts:
        dynamic = part is document.part or part is core_part
        blobs.append((part.partname.membername, None if dynamic else part.blob))
        if len(part.rels):
            blobs.append((part.partname.rels_uri.membername, part.rels.xml))
    return _DocxTemplate(
        entries=tuple(
            (name, None if blob is None else _deflate(name, blob)) for name, blob in blobs
        ),
        document_name=document.part.partname.membername,
        core_name=core_part.partname.membername,
        document=copy.deepcopy(document.element),
        core=copy.deepcopy(core_part.element),
        plain_rpr=_docx_run_properties(bold=False),
        bold_rpr=_docx_run_properties(bold=True),
    )


def _render_docx(blocks: list[Block], *, title: str, on: str) -> bytes:
    template = _docx_template()
    element = copy.deepcopy(template.document)
    core = copy.deepcopy(template.core)

    try:
        when = date.fromisoformat(on[:10])
    except ValueError:
        when = date(2000, 1, 1)
    properties = CoreProperties(core)
    properties.title = clean_text(title)[:250]
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.revision = 1
    properties.created = datetime(when.year, when.month, when.day, tzinfo=UTC)
    properties.modified = properties.created

    section = element.body.sectPr
    for block in blocks:
        if block.kind == "chart":
            continue
        paragraph = OxmlElement("w:p")
        if block.kind in _DOCX_STYLES:
            paragraph.style = _DOCX_STYLES[block.kind]
        if block.kind == "field":
            _docx_run(paragraph, f"{block.label}: ", template, bold=True)
        elif block.label:
            _docx_run(paragraph, block.label, template, bold=True)
        run = _docx_run(paragraph, block.text, template)
        if block.kind == "small":
            Run(run, None).font.size = Pt(8.5)  # type: ignore[arg-type]
        section.addprevious(paragraph)

    dynamic = {
        template.document_name: serialize_part_xml(element),
        template.core_name: serialize_part_xml(core),
    }
    return _write_zip(
        (
            member if member is not None else _deflate(name, dynamic[name])
            for name, member in template.entries
        ),
        when,
    )
