"""The bundle's `data/` files: the released fields of every case as CSV, XLSX and JSON.

What the data files carry is `RELEASED_FIELDS` and nothing else: the structured facts of the
rapporteur's form (victim as consent allows, perpetrators by role, place and period at their
generalized precision, the statement's language and whether the English is a translation,
consent items, working conditions, wages, the yes/no facts, the ending) and the ILO indicators.
A language identifies no one and the case document states it too. The narratives
(`description_en`, `description_original`) are left out on purpose: they are the anonymized
statements, reviewed and laid out in the case documents, and a spreadsheet copy would only be a
second place for them to leak from or be edited. The indicators' supporting passages are in
the XLSX "indicators" sheet and the JSON "indicators" list, one row per (case, indicator, phase,
passage), because a rapporteur filters on them.

Representation, the same in every format unless said otherwise:
- a yes/no fact is "Yes" / "No" in CSV, a boolean cell (TRUE / FALSE) in XLSX, true / false in
  JSON; not stated is an empty cell and JSON null. Numbers are number cells in XLSX; numbers
  not stated are empty too (null in JSON). A date (datetime.date) is a date cell shown
  yyyy-mm-dd in XLSX, ISO text in CSV and JSON; partial dates ("2014", "2014-06") and periods
  stay text, since a spreadsheet date needs a day.
- XLSX sheets have their header row frozen, an autofilter over every column and widths set by
  what each column holds.
- `perpetrators` and `indicators` are joined with "; " in CSV and XLSX; JSON keeps them as
  arrays of strings (indicator labels, each once, in the order first tagged).
- CSV is UTF-8 with a byte-order mark (so Excel shows Hangul), RFC 4180: CRLF line ends,
  fields quoted when they hold a comma, a quote or a line break.
- Spreadsheet-formula safety (OWASP "CSV injection"): in CSV and XLSX every string cell that
  starts with =, +, -, @, a tab or a carriage return gets a leading single quote, so no
  spreadsheet evaluates it; numbers stay numbers. XLSX string cells are also forced to the
  string type, and characters XML cannot carry (control characters) are dropped from them.
  JSON is data, not a sheet, and carries every value unchanged.
"""

import contextlib
import csv
import io
import json
import shutil
import tempfile
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from testimony.bundle.content import BundleContent, CaseRelease, IndicatorRelease


class ReleasedField(typing.NamedTuple):
    """One column of the data files: its name, the CaseRelease attribute, what it means."""

    name: str
    attribute: str
    description: str


RELEASED_FIELDS: list[ReleasedField] = [
    ReleasedField(
        "case_code", "case_code", "The case code (never derived from a name) of the testimony."
    ),
    ReleasedField("version", "version", "The version of the testimony that was released."),
    ReleasedField(
        "victim",
        "victim",
        "The victim as the witness's consent allows: initials or a pseudonym, never more.",
    ),
    ReleasedField("victim_sex", "victim_sex", "The victim's sex; empty when not released."),
    ReleasedField(
        "victim_age_band", "victim_age_band", "The victim's age band, e.g. 30-39; empty if none."
    ),
    ReleasedField(
        "victim_nationality",
        "victim_nationality",
        "The victim's nationality: the Democratic People's Republic of Korea.",
    ),
    ReleasedField(
        "victim_home_province",
        "victim_home_province",
        "The victim's home province in North Korea; empty when not released.",
    ),
    ReleasedField(
        "family_in_north_korea",
        "family_remains_in_north_korea",
        "The victim's family remains in North Korea; empty when not stated.",
    ),
    ReleasedField(
        "perpetrators",
        "perpetrators",
        "The alleged perpetrators: companies and state bodies by name and role, individuals "
        "(minders, supervisors) by pseudonym and role, never by name.",
    ),
    ReleasedField(
        "perpetrator_entity_ids",
        "perpetrator_entity_ids",
        "The ids of the companies and state bodies among the perpetrators, in their order: the "
        "same id in two cases is the same company or body (individuals have none).",
    ),
    ReleasedField(
        "country", "country", "The country where the work took place (the first posting's)."
    ),
    ReleasedField(
        "countries", "countries", "Every country the worker was posted to, in order, each once."
    ),
    ReleasedField("sector", "sector", "The sector of the work (construction, logging, ...)."),
    ReleasedField(
        "period", "period", "When the work took place, at its generalized precision (years)."
    ),
    ReleasedField(
        "knowledge", "knowledge", "How the witness knows: eyewitness account or hearsay."
    ),
    ReleasedField(
        "statement_language",
        "statement_language",
        "The language the witness gave the statement in (Korean, English, ...).",
    ),
    ReleasedField(
        "english_is_translation",
        "english_is_translation",
        "The case document's English text is a translation (false when the statement was given "
        "in English); empty when the language is not known.",
    ),
    ReleasedField("consent_un", "consent_un", "The victim consented to the submission to the UN."),
    ReleasedField(
        "consent_informed_state_letter",
        "consent_informed_state_letter",
        "The victim knows a letter may be sent to the authorities of the state concerned.",
    ),
    ReleasedField(
        "consent_informed_public_summary",
        "consent_informed_public_summary",
        "The victim knows a summary may appear in a public report.",
    ),
    ReleasedField(
        "consent_public_name",
        "consent_public_name",
        "How a public report may name the victim: full name, initials only or no name.",
    ),
    ReleasedField(
        "consent_recipients",
        "consent_recipients",
        "Who may receive the testimony under the victim's consent.",
    ),
    ReleasedField(
        "hours_per_day", "hours_per_day", "Working hours per day; empty when not stated."
    ),
    ReleasedField(
        "days_off_per_month",
        "days_off_per_month",
        "Days off per month; empty when not stated.",
    ),
    ReleasedField(
        "promised_wage_amount",
        "promised_wage_amount",
        "The wage promised at recruitment, as an amount; empty when not stated.",
    ),
    ReleasedField(
        "promised_wage_currency",
        "promised_wage_currency",
        "The currency of the promised wage (ISO 4217 code where known).",
    ),
    ReleasedField(
        "promised_wage_period",
        "promised_wage_period",
        "The period the promised wage is paid for (month, day, ...).",
    ),
    ReleasedField(
        "received_wage_amount",
        "received_wage_amount",
        "The wage actually received, as an amount; empty when not stated.",
    ),
    ReleasedField(
        "received_wage_currency",
        "received_wage_currency",
        "The currency of the received wage (ISO 4217 code where known).",
    ),
    ReleasedField(
        "received_wage_period",
        "received_wage_period",
        "The period the received wage is paid for (month, day, ...).",
    ),
    ReleasedField(
        "passport_confiscated",
        "passport_confiscated",
        "The passport or identity documents were confiscated; empty when not stated.",
    ),
    ReleasedField(
        "movement_restricted",
        "movement_restricted",
        "The worker's movement was restricted; empty when not stated.",
    ),
    ReleasedField(
        "surveillance",
        "surveillance",
        "The worker was watched by minders or supervisors; empty when not stated.",
    ),
    ReleasedField(
        "loyalty_contributions",
        "loyalty_contributions",
        'Forced "loyalty" contributions were taken from the wage; empty when not stated.',
    ),
    ReleasedField(
        "violence", "violence", "Physical or sexual violence was used; empty when not stated."
    ),
    ReleasedField(
        "threats_to_family",
        "threats_to_family",
        "The family at home was threatened; empty when not stated.",
    ),
    ReleasedField("ending", "ending", "How the work ended: returned, escaped, defected, ..."),
    ReleasedField(
        "postings",
        "posting_lines",
        "Each posting in order: country, sector, years, employer and shared site by name, each "
        "with its entity id in brackets.",
    ),
    ReleasedField(
        "entities",
        "entity_lines",
        "Companies, state bodies, sites and vessels the testimony names, each with its role.",
    ),
    ReleasedField(
        "entity_ids",
        "entity_ids",
        "The ids of those entities, in the same order: the same id in two cases is the same "
        "company, body or site.",
    ),
    ReleasedField(
        "states_concerned",
        "states_concerned",
        "The sending State (North Korea) and the receiving State of each posting.",
    ),
    ReleasedField(
        "domestic_remedies",
        "domestic_remedies",
        "Steps taken domestically: none possible, none taken, complaint made, remedy sought.",
    ),
    ReleasedField(
        "indicators",
        "indicators",
        "The ILO indicators of forced labour that the testimony supports, by label.",
    ),
]

INDICATOR_COLUMNS: list[ReleasedField] = [
    ReleasedField("case_code", "case_code", "The case code of the testimony."),
    ReleasedField("indicator", "indicator", "The ILO indicator's label."),
    ReleasedField(
        "phase",
        "phase",
        "The phase: recruitment, work and life under duress, or impossibility of leaving.",
    ),
    ReleasedField("passage", "passage", "The anonymized passage that supports the indicator."),
]

# Paths of the data files inside the bundle.
CSV_PATH = "data/cases.csv"
XLSX_PATH = "data/cases.xlsx"
JSON_PATH = "data/cases.json"
JSON_SCHEMA_PATH = "data/cases.schema.json"

LIST_SEPARATOR = "; "
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

Scalar = str | int | float | None
XlsxScalar = str | int | float | bool | date | None
XLSX_DATE_FORMAT = "yyyy-mm-dd"


def spreadsheet_safe(text: str) -> str:
    """Prefix a single quote when a spreadsheet would read the text as a formula (OWASP)."""
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def _indicator_labels(indicators: list[IndicatorRelease]) -> list[str]:
    """The indicator labels, each once, in the order first tagged."""
    return list(dict.fromkeys(item.indicator for item in indicators))


def _number(value: int | float | Decimal) -> int | float:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _sheet_value(case: CaseRelease, attribute: str) -> Scalar:
    """A released field as a CSV/XLSX cell: text, a number, or None for an empty cell."""
    value = getattr(case, attribute)
    if attribute == "indicators":
        return LIST_SEPARATOR.join(_indicator_labels(value))
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if value is None:
        return None
    if isinstance(value, int | float | Decimal):
        return _number(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _xlsx_value(case: CaseRelease, attribute: str) -> XlsxScalar:
    """A released field as an XLSX cell: as in CSV, but yes/no and dates keep their type."""
    value = getattr(case, attribute)
    if isinstance(value, bool | date):
        return value
    return _sheet_value(case, attribute)


def _json_value(case: CaseRelease, attribute: str) -> Any:
    value = getattr(case, attribute)
    if attribute == "indicators":
        return _indicator_labels(value)
    if isinstance(value, list):
        return [str(item) for item in value]
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | float | Decimal):
        return _number(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def case_row(case: CaseRelease) -> list[Scalar]:
    """A case's row, in RELEASED_FIELDS order, before any format-specific escaping."""
    return [_sheet_value(case, field.attribute) for field in RELEASED_FIELDS]


def indicator_rows(case: CaseRelease) -> typing.Iterator[list[str]]:
    """One row per indicator tagged on a case: case code, indicator, phase, passage."""
    for item in case.indicators:
        yield [case.case_code, item.indicator, item.phase, item.passage]


def _csv_text(value: Scalar) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return spreadsheet_safe(value)
    # Plain decimal notation, never "1e+16", and 120 rather than 120.0.
    return format(Decimal(repr(value)).normalize(), "f") if isinstance(value, float) else str(value)


def _xlsx_cell(
    sheet: WriteOnlyWorksheet, value: XlsxScalar, *, bold: bool = False
) -> WriteOnlyCell:
    if isinstance(value, str):
        text = spreadsheet_safe(ILLEGAL_CHARACTERS_RE.sub("", value))
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # a string, whatever it looks like: never a formula
    elif isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        cell = WriteOnlyCell(sheet, value=day)
        cell.number_format = XLSX_DATE_FORMAT
    else:
        cell = WriteOnlyCell(sheet, value=value)  # bool: a boolean cell; int, float: a number
    if bold:
        cell.font = Font(bold=True)
    return cell


# Column widths (in characters) by what a column holds; a long header name widens its column.
_LONG_TEXT = frozenset(
    {"perpetrators", "indicators", "passage", "knowledge", "consent_recipients", "indicator"}
)


def _column_width(field: ReleasedField) -> float:
    hint = typing.get_type_hints(CaseRelease).get(field.attribute, str)
    members = set(typing.get_args(hint)) or {hint}
    if field.name in _LONG_TEXT:
        base = 48
    elif members & {bool}:
        base = 10
    elif members & {int, float, date}:
        base = 12
    else:
        base = 18
    return float(max(base, min(len(field.name) + 3, 36)))


def _xlsx_sheet(workbook: Workbook, title: str, columns: list[ReleasedField]) -> WriteOnlyWorksheet:
    """A sheet whose header row is bold, frozen and filtered, its columns sized; the filter's
    range is completed when the workbook is saved."""
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, field in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _column_width(field)
    sheet.append([_xlsx_cell(sheet, field.name, bold=True) for field in columns])
    return sheet


def _xlsx_filter(sheet: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    """An autofilter over the header and every row (rows counts the header)."""
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows}"


def _canonical_json(value: object) -> bytes:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _nested_json(value: object, level: int) -> bytes:
    """The canonical JSON of a value that sits `level` levels deep in the document."""
    lines = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False)
    return lines.replace("\n", "\n" + "  " * level).encode("utf-8")


class DataFileWriter:
    """Writes the data files case by case, each to a temporary file, so that a bundle of any
    size needs the memory of one case: a build adds every case as it releases it, then copies
    the finished files into the ZIP.

    The JSON is written in pieces but is byte for byte `json.dumps(json_document(content),
    sort_keys=True, indent=2)`: the cases and indicators lists are spooled apart, then joined
    in key order.
    """

    def __init__(self, content: BundleContent, directory: str | None = None):
        self.content = content
        self._directory = directory
        self._stack = contextlib.ExitStack()
        self._csv = self._temporary(directory)
        self._csv_text = io.TextIOWrapper(self._csv, encoding="utf-8-sig", newline="")
        self._csv_writer = csv.writer(self._csv_text, dialect="excel", lineterminator="\r\n")
        self._csv_writer.writerow([field.name for field in RELEASED_FIELDS])
        self._json_cases = self._temporary(directory)
        self._json_indicators = self._temporary(directory)
        # Write-only: rows stream out to temporary files and strings are written inline.
        self._workbook = Workbook(write_only=True)
        self._workbook.properties.creator = "testimony"
        self._workbook.properties.title = content.petition.title
        self._cases_sheet = _xlsx_sheet(self._workbook, "cases", RELEASED_FIELDS)
        self._indicators_sheet = _xlsx_sheet(self._workbook, "indicators", INDICATOR_COLUMNS)
        self._case_rows = self._indicator_rows = 1  # the header rows

    def _temporary(self, directory: str | None) -> typing.IO[bytes]:
        return self._stack.enter_context(tempfile.TemporaryFile(dir=directory))

    def __enter__(self) -> "DataFileWriter":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        # The text layer must let go of the CSV file first, or it would flush into a closed one.
        with contextlib.suppress(ValueError):  # detached already by files()
            self._csv_text.detach()
        self._stack.close()

    @staticmethod
    def _json_item(file: typing.IO[bytes], value: object) -> None:
        file.write(b",\n" if file.tell() else b"")
        file.write(b"    " + _nested_json(value, 2))

    def add(self, case: CaseRelease) -> None:
        row = case_row(case)
        self._csv_writer.writerow([_csv_text(value) for value in row])
        self._cases_sheet.append(
            [
                _xlsx_cell(self._cases_sheet, _xlsx_value(case, field.attribute))
                for field in RELEASED_FIELDS
            ]
        )
        self._case_rows += 1
        self._json_item(
            self._json_cases,
            {field.name: _json_value(case, field.attribute) for field in RELEASED_FIELDS},
        )
        names = [field.name for field in INDICATOR_COLUMNS]
        for indicator in indicator_rows(case):
            self._indicators_sheet.append(
                [_xlsx_cell(self._indicators_sheet, value) for value in indicator]
            )
            self._indicator_rows += 1
            self._json_item(self._json_indicators, dict(zip(names, indicator, strict=True)))

    def _json_file(self) -> typing.IO[bytes]:
        out = self._temporary(self._directory)

        def array(items: typing.IO[bytes]) -> None:
            if not items.tell():
                out.write(b"[]")
                return
            out.write(b"[\n")
            items.seek(0)
            shutil.copyfileobj(items, out)
            out.write(b"\n  ]")

        petition = {"title": self.content.petition.title, "mandate": self.content.petition.mandate}
        out.write(b'{\n  "bundle_id": ' + _nested_json(self.content.bundle_id, 1))
        out.write(b',\n  "cases": ')
        array(self._json_cases)
        out.write(b',\n  "indicators": ')
        array(self._json_indicators)
        out.write(b',\n  "petition": ' + _nested_json(petition, 1) + b"\n}\n")
        return out

    def files(self) -> list[tuple[str, typing.IO[bytes]]]:
        """The finished data files by their path inside the ZIP, each read from its start.
        Call once, after the last case; the files live until close()."""
        self._csv_text.flush()
        self._csv_text.detach()  # the binary file stays open for reading
        xlsx = self._temporary(self._directory)
        _xlsx_filter(self._cases_sheet, len(RELEASED_FIELDS), self._case_rows)
        _xlsx_filter(self._indicators_sheet, len(INDICATOR_COLUMNS), self._indicator_rows)
        self._workbook.save(xlsx)
        finished = [
            (CSV_PATH, self._csv),
            (XLSX_PATH, xlsx),
            (JSON_PATH, self._json_file()),
            (JSON_SCHEMA_PATH, io.BytesIO(render_json_schema())),
        ]
        for _name, file in finished:
            file.seek(0)
        return finished


def render_data_files(content: BundleContent) -> dict[str, bytes]:
    """Every data file of the bundle, by its path inside the ZIP."""
    with DataFileWriter(content) as writer:
        for case in content.cases:
            writer.add(case)
        return {name: file.read() for name, file in writer.files()}


def render_csv(content: BundleContent) -> bytes:
    """The cases as CSV: a header of RELEASED_FIELDS names, then one row per case."""
    return render_data_files(content)[CSV_PATH]


def render_xlsx(content: BundleContent) -> bytes:
    """The cases as an XLSX workbook: a "cases" sheet like the CSV and an "indicators" sheet."""
    return render_data_files(content)[XLSX_PATH]


def json_document(content: BundleContent) -> dict[str, Any]:
    """What render_json writes, as a Python object."""
    return {
        "bundle_id": content.bundle_id,
        "petition": {"title": content.petition.title, "mandate": content.petition.mandate},
        "cases": [
            {field.name: _json_value(case, field.attribute) for field in RELEASED_FIELDS}
            for case in content.cases
        ],
        "indicators": [
            dict(zip([field.name for field in INDICATOR_COLUMNS], row, strict=True))
            for case in content.cases
            for row in indicator_rows(case)
        ],
    }


def render_json(content: BundleContent) -> bytes:
    """The cases as JSON: UTF-8, sorted keys, indented, the same bytes for the same content."""
    return render_data_files(content)[JSON_PATH]


def _schema_type(annotation: object, attribute: str) -> dict[str, Any]:
    """The JSON Schema type of a CaseRelease attribute, from its type hint."""
    if attribute == "indicators":
        return {"type": "array", "items": {"type": "string"}}
    names = {str: "string", int: "integer", float: "number", bool: "boolean"}
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return {"type": "array", "items": {"type": names[item]}}
    if origin in (types.UnionType, typing.Union):
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return {"type": [*(names[arg] for arg in members), "null"]}
    return {"type": names[typing.cast(type, annotation)]}


def _object_schema(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of render_json's output, described from RELEASED_FIELDS."""
    hints = typing.get_type_hints(CaseRelease)
    case_properties = {
        field.name: {
            **_schema_type(hints[field.attribute], field.attribute),
            "description": field.description,
        }
        for field in RELEASED_FIELDS
    }
    indicator_properties = {
        field.name: {"type": "string", "description": field.description}
        for field in INDICATOR_COLUMNS
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "cases.schema.json",
        "title": "Released fields of the cases in a petition bundle",
        **_object_schema(
            "The released fields of every case of one petition bundle, and its indicators.",
            {
                "bundle_id": {"type": "string", "description": "The bundle's identifier."},
                "petition": _object_schema(
                    "The petition the bundle was built for.",
                    {
                        "title": {"type": "string", "description": "The petition's title."},
                        "mandate": {
                            "type": "string",
                            "description": "The UN special procedure the petition goes to.",
                        },
                    },
                ),
                "cases": {
                    "type": "array",
                    "description": "One object per case, with the released fields only.",
                    "items": _object_schema("One case's released fields.", case_properties),
                },
                "indicators": {
                    "type": "array",
                    "description": "One object per indicator tagged on a case, with its passage.",
                    "items": _object_schema(
                        "An ILO indicator tagged on a case.", indicator_properties
                    ),
                },
            },
        ),
    }


def render_json_schema() -> bytes:
    """The JSON Schema as canonical JSON bytes."""
    return _canonical_json(json_schema())
