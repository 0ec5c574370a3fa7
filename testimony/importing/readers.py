"""Reading a sheet of testimonies: CSV (UTF-8 or Korean Windows encodings), XLSX and ODS.

The kind of file is found from its content, never its name. Every refusal is an
`ImportRefused` whose message says, in words, what is wrong and what to do. Rows are read one at
a time (CSV and XLSX stream; odfpy loads an ODS document whole), so memory does not grow with
the number of rows of a CSV or XLSX sheet.

A file is read from its path or from its bytes (`Source`): the import pages hand over the bytes
of an upload held in memory, so the clear file is never written to disk.
"""

import csv
import io
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# A spreadsheet's XML may unpack to many times its size; past this it is refused (zip bombs).
MAX_UNPACKED_RATIO = 30


class ImportRefused(Exception):
    """The file cannot be imported; the message says why, for the person importing it."""


# A file to read: its path, or its content (bytes, or a binary file such as an upload in memory).
Source = str | os.PathLike | bytes | bytearray | memoryview | IO[bytes]


def as_source(source: Source) -> Path | bytes:
    """A path stays a path; content becomes bytes, read again through BytesIO without copying."""
    if isinstance(source, str | os.PathLike):
        return Path(source)
    if isinstance(source, bytes):
        return source
    if isinstance(source, bytearray | memoryview):
        return bytes(source)
    if isinstance(source, io.BytesIO):
        return source.getvalue()
    source.seek(0)
    return source.read()


def source_size(source: Path | bytes) -> int:
    return source.stat().st_size if isinstance(source, Path) else len(source)


def source_open(source: Path | bytes) -> IO[bytes]:
    """A binary file reading `source` from its start (close it after use)."""
    return open(source, "rb") if isinstance(source, Path) else io.BytesIO(source)


def _text_open(source: Path | bytes, encoding: str) -> IO[str]:
    if isinstance(source, Path):
        return open(source, encoding=encoding, newline="")
    return io.TextIOWrapper(io.BytesIO(source), encoding=encoding, newline="")


def _loadable(source: Path | bytes) -> IO[bytes]:
    """What openpyxl and odfpy open: the file in memory. (Given a file name, openpyxl refuses
    one without an .xlsx extension, as an upload's private copy had: read from memory, the
    content alone decides.)"""
    return io.BytesIO(source.read_bytes() if isinstance(source, Path) else source)


@dataclass(frozen=True)
class FormulaWithoutValue:
    """A formula cell whose file holds no computed value (saved by a program that never
    calculated it)."""

    formula: str


@dataclass
class Sheet:
    kind: str  # "csv", "xlsx" or "ods"
    path: Path | bytes  # where it is read from: its path, or its content
    headers: list[str]
    notes: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ","

    def note(self, sentence: str) -> None:
        if sentence not in self.notes:
            self.notes.append(sentence)

    def rows(self) -> Iterator[tuple[int, list[object]]]:
        """(row number as the spreadsheet shows it, cells) for each row after the header that
        is not empty."""
        reader = {"csv": _csv_rows, "xlsx": _xlsx_rows, "ods": _ods_rows}[self.kind]
        count = 0
        for number, cells in reader(self):
            if not any(_filled(cell) for cell in cells):
                continue
            count += 1
            if count > settings.IMPORT_MAX_ROWS:
                raise ImportRefused(
                    _("The sheet has more than %(limit)s rows; split it into smaller files.")
                    % {"limit": f"{settings.IMPORT_MAX_ROWS:,}"}
                )
            yield number, cells


def _filled(cell: object) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def max_bytes() -> int:
    return settings.IMPORT_MAX_BYTES


def check_size(size: int) -> None:
    if size > max_bytes():
        raise ImportRefused(
            _(
                "The file is %(size)s; the largest accepted is %(limit)s. Split it into "
                "smaller files."
            )
            % {"size": filesizeformat(size), "limit": filesizeformat(max_bytes())}
        )


def _zip_names(path: Path | bytes) -> list[zipfile.ZipInfo]:
    try:
        with zipfile.ZipFile(source_open(path)) as archive:
            return archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, NotImplementedError):
        raise ImportRefused(
            _("The file is damaged: it starts like an XLSX or ODS file but cannot be opened.")
        ) from None


def _zip_member(path: Path | bytes, name: str, size: int) -> bytes:
    with zipfile.ZipFile(source_open(path)) as archive, archive.open(name) as member:
        return member.read(size)


def sniff_kind(path: Source) -> str:
    """ "csv", "xlsx", "ods", "docx", "odt", "pdf" or "text", by content; or ImportRefused."""
    path = as_source(path)
    with source_open(path) as file:
        head = file.read(8192)
    if not head:
        raise ImportRefused(_("The file is empty."))
    if head.startswith(OLE_SIGNATURE):
        raise ImportRefused(
            _(
                "This file is password-protected, or an old Excel 97-2003 (.xls) or Word (.doc) "
                "file. Remove the password and save it as .xlsx, .ods or .csv (or .docx)."
            )
        )
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(ZIP_SIGNATURE):
        infos = _zip_names(path)
        names = {info.filename for info in infos}
        unpacked = sum(info.file_size for info in infos)
        if unpacked > MAX_UNPACKED_RATIO * max(source_size(path), 1_000_000):
            raise ImportRefused(
                _("The file unpacks to %(size)s, far more than a sheet holds; it is refused.")
                % {"size": filesizeformat(unpacked)}
            )
        if any(info.flag_bits & 0x1 for info in infos):
            raise ImportRefused(_("The file is password-protected. Remove the password first."))
        if "mimetype" in names:
            mimetype = _zip_member(path, "mimetype", 100).strip()
            if mimetype == ODS_MIMETYPE:
                return "ods"
            if mimetype == ODT_MIMETYPE:
                return "odt"
        if "xl/workbook.xml" in names:
            if "xl/vbaProject.bin" in names:
                raise ImportRefused(
                    _("This workbook contains macros. Save it as a plain .xlsx and import that.")
                )
            return "xlsx"
        if "word/document.xml" in names:
            return "docx"
        raise ImportRefused(
            _("This ZIP archive is not a spreadsheet (XLSX or ODS) nor a document (DOCX or ODT).")
        )
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRefused(
            _("This is not a spreadsheet or text file. Accepted are CSV, XLSX and ODS.")
        )
    return "text"


# --- CSV -----------------------------------------------------------------------------------


def detect_encoding(path: Source) -> str:
    """The encoding of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or CP949
    (which includes EUC-KR). Each line is tried as UTF-8, then CP949; a file whose lines need
    both, or a line that is neither, is refused with the line's number."""
    with source_open(as_source(path)) as file:
        head = file.read(3)
        if head.startswith(b"\xef\xbb\xbf"):
            return "utf-8-sig"
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "utf-16"
        file.seek(0)
        first_utf8 = first_cp949 = 0
        for number, line in enumerate(file, start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
                first_utf8 = first_utf8 or number
            except UnicodeDecodeError:
                try:
                    line.decode("cp949")
                except UnicodeDecodeError:
                    raise ImportRefused(
                        _(
                            "Line %(line)s of the file is neither UTF-8 nor Korean Windows "
                            "(CP949/EUC-KR) text. Save the sheet as 'CSV UTF-8' and import that."
                        )
                        % {"line": number}
                    ) from None
                first_cp949 = first_cp949 or number
            if first_utf8 and first_cp949:
                raise ImportRefused(
                    _(
                        "The file mixes two encodings: line %(utf8)s is UTF-8 and line %(cp949)s "
                        "is Korean Windows (CP949/EUC-KR). Save the sheet again as 'CSV UTF-8' "
                        "and import that."
                    )
                    % {"utf8": first_utf8, "cp949": first_cp949}
                )
    return "cp949" if first_cp949 else "utf-8"


ENCODING_NAMES = {
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp949": "Korean Windows (CP949/EUC-KR)",
}


def _delimiter(first_line: str) -> str:
    counts = {delimiter: first_line.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _open_csv(path: Path | bytes, encoding: str, delimiter: str) -> Iterator[list[str]]:
    csv.field_size_limit(max_bytes())
    with _text_open(path, encoding) as file:
        try:
            yield from csv.reader(file, delimiter=delimiter, strict=False)
        except csv.Error as error:
            raise ImportRefused(
                _("The CSV file cannot be read (%(error)s).") % {"error": error}
            ) from None


def _csv_sheet(path: Path | bytes) -> Sheet:
    encoding = detect_encoding(path)
    with _text_open(path, encoding) as file:
        first_line = file.readline()
    delimiter = _delimiter(first_line)
    rows = _open_csv(path, encoding, delimiter)
    headers = next(rows, [])
    rows.close()
    sheet = Sheet("csv", path, headers, encoding=encoding, delimiter=delimiter)
    sheet.notes.append(
        _("Read as CSV in the encoding %(encoding)s.")
        % {"encoding": ENCODING_NAMES.get(encoding, encoding)}
    )
    return sheet


def _csv_rows(sheet: Sheet) -> Iterator[tuple[int, list[object]]]:
    rows = _open_csv(sheet.path, sheet.encoding, sheet.delimiter)
    next(rows, None)
    for number, row in enumerate(rows, start=2):
        yield number, list(row)


# --- XLSX ----------------------------------------------------------------------------------


def _load_xlsx(path: Path | bytes, data_only: bool):
    import openpyxl

    try:
        return openpyxl.load_workbook(_loadable(path), read_only=True, data_only=data_only)
    except Exception:  # openpyxl raises many kinds on damaged files
        raise ImportRefused(_("The XLSX file is damaged and cannot be read.")) from None


def _xlsx_sheet(path: Path | bytes) -> Sheet:
    book = _load_xlsx(path, data_only=True)
    try:
        names = book.sheetnames
        if not names:
            raise ImportRefused(_("The workbook has no sheet."))
        first = book[names[0]]
        header_row = next(first.iter_rows(max_row=1, values_only=True), ())
        headers = [_header_text(value) for value in header_row]
    finally:
        book.close()
    sheet = Sheet("xlsx", path, headers)
    sheet.notes.append(_("Read as an XLSX workbook, sheet '%(name)s'.") % {"name": names[0]})
    if len(names) > 1:
        sheet.notes.append(
            _("The workbook has %(count)s sheets; only the first one is imported.")
            % {"count": len(names)}
        )
    infos = {info.filename for info in _zip_names(path)}
    if any(name.startswith(("xl/embeddings/", "xl/media/", "xl/activeX/")) for name in infos):
        sheet.notes.append(_("Embedded objects and pictures in the workbook are ignored."))
    return sheet


def _header_text(value: object) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _xlsx_rows(sheet: Sheet) -> Iterator[tuple[int, list[object]]]:
    values = _load_xlsx(sheet.path, data_only=True)
    formulas = _load_xlsx(sheet.path, data_only=False)
    try:
        value_rows = values[values.sheetnames[0]].iter_rows(min_row=2, values_only=True)
        formula_rows = formulas[formulas.sheetnames[0]].iter_rows(min_row=2, values_only=True)
        for number, (row, raw) in enumerate(zip(value_rows, formula_rows, strict=False), start=2):
            cells: list[object] = []
            for value, source in zip(row, raw, strict=False):
                if isinstance(source, str) and source.startswith("="):
                    if value is None:
                        value = FormulaWithoutValue(source)
                    else:
                        sheet.note(_formula_note())
                cells.append(value)
            yield number, cells
    except ImportRefused:
        raise
    except Exception:
        raise ImportRefused(_("The XLSX file is damaged and cannot be read.")) from None
    finally:
        values.close()
        formulas.close()


# --- ODS -----------------------------------------------------------------------------------


def _load_ods(path: Path | bytes):
    from odf.opendocument import load

    try:
        return load(_loadable(path))
    except Exception:  # odfpy raises many kinds on damaged files
        raise ImportRefused(_("The ODS file is damaged and cannot be read.")) from None


def _ods_cell(cell) -> object:
    from odf import teletype
    from odf.namespaces import OFFICENS
    from odf.text import P

    value_type = cell.getAttrNS(OFFICENS, "value-type")
    if value_type in ("float", "percentage", "currency"):
        try:
            number = Decimal(cell.getAttrNS(OFFICENS, "value"))
        except (InvalidOperation, TypeError):
            return None
        return int(number) if number == number.to_integral_value() else number
    if value_type == "date":
        raw = cell.getAttrNS(OFFICENS, "date-value") or ""
        try:
            return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        except ValueError:
            return raw
    if value_type == "time":
        return cell.getAttrNS(OFFICENS, "time-value")
    if value_type == "boolean":
        return cell.getAttrNS(OFFICENS, "boolean-value") == "true"
    paragraphs = [teletype.extractText(p) for p in cell.getElementsByType(P)]
    return "\n".join(paragraphs) if paragraphs else None


def _formula_note() -> str:
    return _(
        "Some cells hold formulas: the value last calculated and saved in the file is "
        "imported, not the formula."
    )


def _ods_table_rows(path: Path | bytes, sheet: Sheet) -> Iterator[list[object]]:
    from odf.draw import Frame
    from odf.namespaces import TABLENS
    from odf.table import Table, TableRow

    document = _load_ods(path)
    tables = document.spreadsheet.getElementsByType(Table)
    if not tables:
        raise ImportRefused(_("The ODS file has no sheet."))
    sheet.note(
        _("Read as an ODS spreadsheet, sheet '%(name)s'.")
        % {"name": tables[0].getAttrNS(TABLENS, "name")}
    )
    if len(tables) > 1:
        sheet.note(
            _("The workbook has %(count)s sheets; only the first one is imported.")
            % {"count": len(tables)}
        )
    if document.getElementsByType(Frame):
        sheet.note(_("Embedded objects and pictures in the workbook are ignored."))
    limit = settings.IMPORT_MAX_COLUMNS + 1
    for row in tables[0].getElementsByType(TableRow):
        cells: list[object] = []
        for cell in row.childNodes:
            if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                continue
            repeat = int(cell.getAttrNS(TABLENS, "number-columns-repeated") or 1)
            value = _ods_cell(cell)
            if cell.getAttrNS(TABLENS, "formula"):
                if value is None:
                    value = FormulaWithoutValue(cell.getAttrNS(TABLENS, "formula"))
                else:
                    sheet.note(_formula_note())
            cells.extend([value] * min(repeat, max(limit - len(cells), 0)))
        while cells and not _filled(cells[-1]):
            cells.pop()
        repeat = int(row.getAttrNS(TABLENS, "number-rows-repeated") or 1)
        for _copy in range(repeat if cells else 1):
            yield cells


def _ods_sheet(path: Path | bytes) -> Sheet:
    sheet = Sheet("ods", path, [])
    rows = _ods_table_rows(path, sheet)
    sheet.headers = [_header_text(value) for value in next(rows, [])]
    rows.close()
    return sheet


def _ods_rows(sheet: Sheet) -> Iterator[tuple[int, list[object]]]:
    for number, cells in enumerate(_ods_table_rows(sheet.path, sheet), start=1):
        if number > 1:
            yield number, cells


# --- Opening -------------------------------------------------------------------------------


@contextmanager
def open_sheet(path: Source) -> Iterator[Sheet]:
    """The sheet at `path` (or whose content `path` is), or ImportRefused saying why it cannot
    be imported."""
    path = as_source(path)
    check_size(source_size(path))
    kind = sniff_kind(path)
    if kind in ("docx", "odt", "pdf"):
        raise ImportRefused(
            _(
                "This is a document, not a spreadsheet. Import transcripts with 'Import "
                "transcripts'; spreadsheets are CSV, XLSX or ODS."
            )
        )
    opener = {"text": _csv_sheet, "xlsx": _xlsx_sheet, "ods": _ods_sheet}[kind]
    sheet = opener(path)
    headers = sheet.headers
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise ImportRefused(
            _("The first row is empty: it must name the columns (Interview date, Country, ...).")
        )
    if len(headers) > settings.IMPORT_MAX_COLUMNS:
        raise ImportRefused(
            _(
                "The sheet has %(count)s columns; at most %(limit)s are accepted. Delete the "
                "columns you do not need and import again."
            )
            % {"count": len(headers), "limit": settings.IMPORT_MAX_COLUMNS}
        )
    yield sheet


def cell_text(value: object) -> str:
    """A cell as text: numbers without a spurious '.0', dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
