"""The DOCX backend: blocks written into python-docx's default template, made professional.

The template is prepared once: A4 with the PDF's margins, a header (the case code and petition,
or the petition's title) and a footer "Page X of Y" in fields every word processor updates,
British English as the document language, the Hangul-capable font named for every style, and
none of the template's leftovers (its thumbnail, bibliography item, Word 2010 styles copy, and
an app.xml that claims "Microsoft Macintosh Word" and Normal.dotm). Every run is tagged with its
language, so spelling, hyphenation and font choice follow the script: Hangul ko-KR, Chinese zh
(ko-KR when the paragraph is Korean: Hanja), Cyrillic ru-RU, everything else en-GB.
"""

import copy
import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.run import Run

from testimony.bundle.documents.blocks import Block
from testimony.bundle.documents.fonts import DOCX_FONT
from testimony.bundle.documents.text import clean_text
from testimony.bundle.documents.zip_writer import _deflate, _write_zip, _ZipMember

DOCUMENT_LANGUAGE = "en-GB"
HANGUL_LANGUAGE = "ko-KR"
CHINESE_LANGUAGE = "zh"
CYRILLIC_LANGUAGE = "ru-RU"
_ACCENT = RGBColor(0x2B, 0x4C, 0x7E)
# What app.xml says instead of the template's "Microsoft Macintosh Word" and Normal.dotm.
_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>testimony</Application><DocSecurity>0</DocSecurity>"
    b"<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    b"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
# Template parts nothing in these documents uses, left out of every file.
_UNUSED_RELATIONSHIPS = (
    RT.THUMBNAIL,
    RT.CUSTOM_XML,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
)


def _docx_fonts(run_properties: Any) -> None:
    """Name the Hangul-capable font for Latin and East Asian text (run.font.name plus eastAsia)."""
    fonts = run_properties.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), DOCX_FONT)
    # A theme font would win over the named one in the same element.
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)


def _language_element(language: str) -> Any:
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language)
    east_asian = language if language in (HANGUL_LANGUAGE, CHINESE_LANGUAGE) else HANGUL_LANGUAGE
    lang.set(qn("w:eastAsia"), east_asian)
    return lang


_SCRIPTS = re.compile(
    "(?P<hangul>[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+)"
    "|(?P<chinese>[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+)"
    "|(?P<cyrillic>[\u0400-\u052f]+)"
)
_SCRIPT_LANGUAGES = {
    "hangul": HANGUL_LANGUAGE,
    "chinese": CHINESE_LANGUAGE,
    "cyrillic": CYRILLIC_LANGUAGE,
}
_LETTER = re.compile(r"[^\W\d_]")


def language_runs(text: str) -> list[tuple[str, str]]:
    """The text split into (language, run) where the script changes: Hangul, Chinese,
    Cyrillic, and everything else English. Spaces, digits and punctuation between two runs stay
    with the one before. Chinese characters in a text with Hangul are Hanja, tagged Korean."""
    korean = any(match.lastgroup == "hangul" for match in _SCRIPTS.finditer(text))
    runs: list[list[str]] = []  # [language, text]

    def add(language: str, part: str) -> None:
        if runs and runs[-1][0] == language:
            runs[-1][1] += part
        else:
            runs.append([language, part])

    def add_gap(gap: str) -> None:
        letter = _LETTER.search(gap)
        lead = gap[: letter.start()] if letter else gap
        if lead and runs:
            runs[-1][1] += lead
        elif lead:
            add(DOCUMENT_LANGUAGE, lead)
        if letter:
            add(DOCUMENT_LANGUAGE, gap[letter.start() :])

    position = 0
    for match in _SCRIPTS.finditer(text):
        gap = text[position : match.start()]
        language = _SCRIPT_LANGUAGES[match.lastgroup or ""]
        if language == CHINESE_LANGUAGE and korean:
            language = HANGUL_LANGUAGE
        if gap and not runs and not _LETTER.search(gap):
            add(language, gap)  # leading spaces or digits join the first run
        else:
            add_gap(gap)
        add(language, match.group())
        position = match.end()
    add_gap(text[position:])
    return [(language, part) for language, part in runs]


def _docx_run_properties(*, bold: bool, language: str) -> Any:
    """The w:rPr every run of that weight and language gets."""
    run = Run(OxmlElement("w:r"), None)  # type: ignore[arg-type]
    if bold:
        run.bold = True
    properties = run._element.get_or_add_rPr()
    _docx_fonts(properties)
    if language in (HANGUL_LANGUAGE, CHINESE_LANGUAGE):
        properties.rFonts.set(qn("w:hint"), "eastAsia")
    properties.append(_language_element(language))
    return run._element.rPr


_LANGUAGES = (DOCUMENT_LANGUAGE, HANGUL_LANGUAGE, CHINESE_LANGUAGE, CYRILLIC_LANGUAGE)


def _docx_runs(
    paragraph: Any, text: str, template: "_DocxTemplate", *, bold: bool = False
) -> list[Any]:
    """Append the text to a w:p element as one run per language, each with a copy of the
    prepared run properties."""
    runs = []
    for language, part in language_runs(clean_text(text)):
        run = OxmlElement("w:r")
        run.append(copy.deepcopy(template.run_properties[bold, language]))
        _run_text(run, part)
        paragraph.append(run)
        runs.append(run)
    return runs


def _run_text(run: Any, text: str) -> None:
    """The text as w:t elements, line breaks as w:br and tabs as w:tab (what python-docx's
    run.text does, without its search of the run on every call)."""
    for index, line in enumerate(text.split("\n")):
        if index:
            run.append(OxmlElement("w:br"))
        for cell_index, piece in enumerate(line.split("\t")):
            if cell_index:
                run.append(OxmlElement("w:tab"))
            if piece:
                element = OxmlElement("w:t")
                element.text = piece
                if piece != piece.strip():
                    element.set(qn("xml:space"), "preserve")
                run.append(element)


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
    the three that change per document (the main document, the header and the core
    properties) are None.
    """

    entries: tuple[tuple[str, _ZipMember | None], ...]
    document_name: str
    header_name: str
    core_name: str
    document: Any  # pristine w:document element
    header: Any  # pristine w:hdr element, one empty paragraph
    core: Any  # pristine cp:coreProperties element
    run_properties: dict[tuple[bool, str], Any]


def _field(paragraph: Any, instruction: str) -> None:
    """A field (PAGE, NUMPAGES) the word processor fills in, with 1 shown until it does."""
    for kind in ("begin", "instruction", "separate", "result", "end"):
        run = paragraph.add_run()
        if kind == "instruction":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._element.append(code)
        elif kind == "result":
            run.text = "1"
        else:
            character = OxmlElement("w:fldChar")
            character.set(qn("w:fldCharType"), kind)
            run._element.append(character)


def _drop_unused_parts(document: Any) -> None:
    for owner in (document.part.package, document.part):
        for r_id, relationship in list(owner.rels.items()):
            if relationship.reltype in _UNUSED_RELATIONSHIPS:
                owner.rels.pop(r_id)


@functools.cache
def _docx_template() -> _DocxTemplate:
    document = docx.Document()
    _drop_unused_parts(document)
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "Quote"):
        _docx_fonts(document.styles[style_name].element.get_or_add_rPr())
    for style_name in ("Title", "Heading 1", "Heading 2"):
        document.styles[style_name].font.color.rgb = _ACCENT
    document.styles["Normal"].font.size = Pt(10.5)
    for style_name in ("Header", "Footer"):
        document.styles[style_name].font.size = Pt(8)
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    lang = defaults.find(qn("w:rPr")).find(qn("w:lang"))
    lang.set(qn("w:val"), DOCUMENT_LANGUAGE)
    lang.set(qn("w:eastAsia"), HANGUL_LANGUAGE)

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    section.header_distance = section.footer_distance = Mm(10)
    header = section.header
    header.is_linked_to_previous = False
    header.paragraphs[0].style = document.styles["Header"]
    footer = section.footer
    footer.is_linked_to_previous = False
    page = footer.paragraphs[0]
    page.style = document.styles["Footer"]
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page.add_run("Page ")
    _field(page, "PAGE")
    page.add_run(" of ")
    _field(page, "NUMPAGES")

    package = document.part.package
    core_part = package._core_properties_part  # created here if the template has none
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
        if part.partname == "/docProps/app.xml":
            part._blob = _APP_XML
    header_part = header.part
    dynamic_parts = (document.part, core_part, header_part)
    blobs: list[tuple[str, bytes | None]] = [
        (CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob),
        (PACKAGE_URI.rels_uri.membername, package.rels.xml),
    ]
    for part in parts:
        blobs.append((part.partname.membername, None if part in dynamic_parts else part.blob))
        if len(part.rels):
            blobs.append((part.partname.rels_uri.membername, part.rels.xml))
    return _DocxTemplate(
        entries=tuple(
            (name, None if blob is None else _deflate(name, blob)) for name, blob in blobs
        ),
        document_name=document.part.partname.membername,
        header_name=header_part.partname.membername,
        core_name=core_part.partname.membername,
        document=copy.deepcopy(document.element),
        header=copy.deepcopy(header_part.element),
        core=copy.deepcopy(core_part.element),
        run_properties={
            (bold, language): _docx_run_properties(bold=bold, language=language)
            for bold in (False, True)
            for language in _LANGUAGES
        },
    )


def _render_docx(
    blocks: list[Block], *, title: str, on: str, header: str, organisation: str
) -> bytes:
    """The DOCX of the blocks: `header` on every page, `organisation` as author."""
    template = _docx_template()
    element = copy.deepcopy(template.document)
    header_element = copy.deepcopy(template.header)
    core = copy.deepcopy(template.core)

    try:
        when = date.fromisoformat(on[:10])
    except ValueError:
        when = date(2000, 1, 1)
    properties = CoreProperties(core)
    properties.title = clean_text(title)[:250]
    properties.author = clean_text(organisation)[:250]
    properties.last_modified_by = clean_text(organisation)[:250]
    properties.comments = ""
    properties.language = DOCUMENT_LANGUAGE
    properties.revision = 1
    properties.created = datetime(when.year, when.month, when.day, tzinfo=UTC)
    properties.modified = properties.created

    header_text = clean_text(header).replace("\n", " ")
    _docx_runs(header_element.find(qn("w:p")), header_text, template)

    section = element.body.sectPr
    for block in blocks:
        if block.kind == "chart":
            continue
        paragraph = OxmlElement("w:p")
        if block.kind in _DOCX_STYLES:
            paragraph.style = _DOCX_STYLES[block.kind]
        if block.kind == "field":
            _docx_runs(paragraph, f"{block.label}: ", template, bold=True)
        elif block.label:
            _docx_runs(paragraph, block.label, template, bold=True)
        runs = _docx_runs(paragraph, block.text, template)
        if block.kind == "small":
            for run in runs:
                Run(run, None).font.size = Pt(8.5)  # type: ignore[arg-type]
        section.addprevious(paragraph)

    dynamic = {
        template.document_name: serialize_part_xml(element),
        template.header_name: serialize_part_xml(header_element),
        template.core_name: serialize_part_xml(core),
    }
    return _write_zip(
        (
            member if member is not None else _deflate(name, dynamic[name])
            for name, member in template.entries
        ),
        when,
    )
