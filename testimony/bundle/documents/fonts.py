"""The fonts PDFs embed and DOCX files name, and the per-character fallback between them.

A PDF draws only the glyphs its embedded fonts have: a character none of them covers would
vanish from the page and the text layer. So every string a PDF draws is split into runs, each
in the first font whose character map has the character: the Hangul font (Nanum Gothic, or
TESTIMONY_PDF_FONT), then DejaVu Sans (Latin with diacritics, Greek, Cyrillic), then
WenQuanYi Zen Hei (Chinese, simplified and traditional), then Symbola (symbols, emoji in black
and white). Chinese characters try WenQuanYi first, so that a Chinese sentence is drawn in one
typeface rather than in Nanum's Hanja mixed with WenQuanYi's; Cyrillic and Greek try DejaVu
first, since Nanum's are the wide forms of a Korean character set. A character no font has raises
`MissingGlyph`; the renderers name it, its code point and where it is.

Every font must have TrueType outlines: reportlab cannot embed CFF (PostScript) outlines,
which is why Debian's Noto Sans CJK (fonts-noto-cjk, OpenType/CFF collections) is not used.
"""

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
    Path("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf"),
)
NO_FONT_MESSAGE = (
    "No font with Hangul was found: install the Debian package fonts-nanum (make deps installs "
    "it) or set TESTIMONY_PDF_FONT to a TrueType font that covers Hangul."
)
# The font Word and LibreOffice are asked to use for Latin and East Asian text in DOCX files.
DOCX_FONT = "NanumGothic"


@dataclass(frozen=True)
class FallbackFont:
    """A font tried after the Hangul one, where Debian installs it, and the package that does."""

    path: Path
    bold_path: Path | None
    package: str
    covers: str


FALLBACK_FONTS = (
    FallbackFont(
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        "fonts-dejavu-core",
        "Latin with diacritics, Greek and Cyrillic",
    ),
    FallbackFont(
        Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        None,
        "fonts-wqy-zenhei",
        "Chinese, simplified and traditional",
    ),
    FallbackFont(
        Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"),
        None,
        "fonts-symbola",
        "symbols and emoji",
    ),
)
# Indexes in FALLBACK_FONTS of the fonts that Cyrillic and Greek, and Chinese, try first.
_LATIN_FALLBACK = 0
_CJK_FALLBACK = 1


class MissingGlyph(ValueError):
    """No embedded font has this character."""

    def __init__(self, character: str) -> None:
        super().__init__(character)
        self.character = character


class MixedScripts(MissingGlyph):
    """A chart label needs two fonts, and a chart label is drawn in one."""


class UnrenderableText(Exception):
    """A document cannot be drawn as written; the message says what and where, for the
    coordinator (one argument, so that it crosses from a worker process intact)."""


def describe_character(character: str) -> str:
    """'装' -> "'装' (U+88C5 CJK UNIFIED IDEOGRAPH-88C5)"."""
    name = unicodedata.name(character, "unnamed character")
    shown = f"'{character}' " if character.isprintable() else ""
    return f"{shown}(U+{ord(character):04X} {name})"


def missing_glyph_message(missing: MissingGlyph, where: str, field: str) -> str:
    """Why a document cannot be drawn: the character, its code point, the document, the field."""
    values = {
        "where": where,
        "field": field,
        "character": describe_character(missing.character),
        "packages": ", ".join(font.package for font in FALLBACK_FONTS),
    }
    if isinstance(missing, MixedScripts):
        return (
            _(
                "%(where)s cannot be drawn: %(field)s mixes scripts that no single font has, "
                "among them the character %(character)s. Shorten or transliterate it and "
                "build again."
            )
            % values
        )
    return (
        _(
            "%(where)s cannot be drawn: no font has the character %(character)s in %(field)s. "
            "Remove or replace the character in the text, or install the Debian packages "
            "%(packages)s (make deps installs them) and build again."
        )
        % values
    )


def hangul_font_path() -> Path:
    """The TrueType font that PDFs embed: settings.TESTIMONY_PDF_FONT, else a Nanum font."""
    configured = getattr(settings, "TESTIMONY_PDF_FONT", None)
    if configured:
        path = Path(configured)
        if not path.is_file():
            raise ImproperlyConfigured(
                f"TESTIMONY_PDF_FONT is {configured!s}, which does not exist. {NO_FONT_MESSAGE}"
            )
        return path
    for candidate in FONT_CANDIDATES:
        if candidate.is_file():
            return candidate
    raise ImproperlyConfigured(NO_FONT_MESSAGE)


@dataclass(frozen=True)
class PdfFace:
    """A registered font: its regular and bold names in reportlab and the characters it has."""

    regular: str
    bold: str
    characters: frozenset[int]

    def name(self, *, bold: bool) -> str:
        return self.bold if bold else self.regular


@dataclass(frozen=True)
class PdfFonts:
    """The fonts a PDF may use: the Hangul font first, then the fallbacks found installed."""

    faces: tuple[PdfFace, ...]
    chinese_first: tuple[PdfFace, ...]
    latin_first: tuple[PdfFace, ...]

    @property
    def primary(self) -> PdfFace:
        return self.faces[0]

    def face_for(self, character: str) -> PdfFace:
        if _is_ideograph(character):
            order = self.chinese_first
        elif 0x0370 <= ord(character) <= 0x052F:  # Greek and Cyrillic
            order = self.latin_first
        else:
            order = self.faces
        code = ord(character)
        for face in order:
            if code in face.characters:
                return face
        raise MissingGlyph(character)

    def runs(self, text: str) -> list[tuple[PdfFace, str]]:
        """The text split into (face, run) by the first face with each character's glyph.

        Spaces and line breaks stay in the run they fall in; invisible format characters
        (zero-width spaces and joiners, variation selectors, byte-order marks) are dropped,
        since no font draws them and they have nothing to show.
        """
        runs: list[tuple[PdfFace, list[str]]] = []
        for character in text:
            if _invisible(character):
                continue
            if character.isspace():
                if runs:
                    runs[-1][1].append(character)
                else:
                    runs.append((self.primary, [character]))
                continue
            face = self.face_for(character)
            if runs and runs[-1][0] is face:
                runs[-1][1].append(character)
            else:
                runs.append((face, [character]))
        return [(face, "".join(characters)) for face, characters in runs]

    def single_face(self, text: str) -> PdfFace:
        """One face that has every character of a short label (chart labels take one font)."""
        needed = [c for c in text if not c.isspace() and not _invisible(c)]
        for face in self.faces:
            if all(ord(c) in face.characters for c in needed):
                return face
        for character in needed:
            self.face_for(character)  # raises for a character that no face has
        # Each character has a face, but no one face has them all.
        raise MixedScripts(next(c for c in needed if ord(c) not in self.primary.characters))


def _is_ideograph(character: str) -> bool:
    code = ord(character)
    return (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    )


def _invisible(character: str) -> bool:
    code = ord(character)
    return (
        unicodedata.category(character) == "Cf"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


_registered: dict[tuple[Path, ...], PdfFonts] = {}
_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond the BMP (emoji, rare Chinese) written
    as UTF-16 surrogate pairs as the PDF format requires: reportlab 4-5 writes the bare code
    point, so pdftotext read 😀 (U+1F600) as ὠ (U+1F60) followed by nothing."""
    text = _reportlab_to_unicode_cmap(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>", 1)
    return text


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _register(path: Path, bold_path: Path | None, subfont: int = 0) -> PdfFace:
    suffix = hashlib.sha256(str(path).encode()).hexdigest()[:8]
    regular = f"{path.stem}-{suffix}"
    bold = f"{path.stem}Bold-{suffix}" if bold_path is not None and bold_path.is_file() else regular
    font = TTFont(regular, str(path), subfontIndex=subfont)
    pdfmetrics.registerFont(font)
    if bold != regular:
        pdfmetrics.registerFont(TTFont(bold, str(bold_path)))
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
    )
    return PdfFace(regular, bold, frozenset(font.face.charToGlyph))


def pdf_fonts() -> PdfFonts:
    """Register the Hangul font and the installed fallbacks once; return them in order.

    The paths are looked up on every call, so a changed or missing setting is never hidden by
    the cache.
    """
    path = hangul_font_path()
    fallbacks = [font for font in FALLBACK_FONTS if font.path.is_file()]
    key = (path, *(font.path for font in fallbacks))
    if key in _registered:
        return _registered[key]
    try:
        primary = _register(path, path.with_name(f"{path.stem}Bold{path.suffix}"))
    except TTFError as error:
        raise ImproperlyConfigured(
            f"{path} cannot be embedded ({error}). {NO_FONT_MESSAGE}"
        ) from error
    faces = [primary]
    chinese: PdfFace | None = None
    latin: PdfFace | None = None
    for index, font in enumerate(FALLBACK_FONTS):
        if font not in fallbacks:
            continue
        try:
            face = _register(font.path, font.bold_path)
        except TTFError as error:
            raise ImproperlyConfigured(
                f"{font.path} cannot be embedded ({error}): reinstall {font.package}."
            ) from error
        faces.append(face)
        if index == _CJK_FALLBACK:
            chinese = face
        if index == _LATIN_FALLBACK:
            latin = face
    fonts = PdfFonts(
        tuple(faces),
        chinese_first=tuple(faces) if chinese is None else (chinese, *faces),
        latin_first=tuple(faces) if latin is None else (latin, *faces),
    )
    _registered[key] = fonts
    return fonts


def _pdf_fonts() -> tuple[str, str]:
    """The Hangul font's (regular, bold) names, registered."""
    primary = pdf_fonts().primary
    return primary.regular, primary.bold
