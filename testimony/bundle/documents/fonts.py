"""The fonts PDFs embed and DOCX files name."""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from reportlab.pdfbase import pdfmetrics
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


_registered_fonts: dict[Path, tuple[str, str]] = {}


def _pdf_fonts() -> tuple[str, str]:
    """Register the Hangul font (and its bold sibling, if any) once; return (regular, bold).

    The path is looked up on every call, so a changed or missing setting is never hidden by
    the cache.
    """
    path = hangul_font_path()
    if path in _registered_fonts:
        return _registered_fonts[path]
    suffix = hashlib.sha256(str(path).encode()).hexdigest()[:8]
    regular = f"{path.stem}-{suffix}"
    bold_path = path.with_name(f"{path.stem}Bold{path.suffix}")
    bold = f"{path.stem}Bold-{suffix}" if bold_path.is_file() else regular
    try:
        pdfmetrics.registerFont(TTFont(regular, str(path)))
        if bold != regular:
            pdfmetrics.registerFont(TTFont(bold, str(bold_path)))
    except TTFError as error:
        raise ImproperlyConfigured(
            f"{path} cannot be embedded ({error}). {NO_FONT_MESSAGE}"
        ) from error
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
    )
    _registered_fonts[path] = (regular, bold)
    return regular, bold
