"""The bundle's data files: CSV, XLSX and JSON of the released fields, safe in a spreadsheet."""

import csv
import io
import json
from dataclasses import fields, replace
from datetime import date
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from testimony.bundle.content import (
    BundleContent,
    CaseRelease,
    IndicatorRelease,
    PetitionRelease,
)
from testimony.bundle.data import (
    RELEASED_FIELDS,
    _xlsx_cell,
    json_document,
    json_schema,
    render_csv,
    render_data_files,
    render_json,
    render_json_schema,
    render_xlsx,
)

NARRATIVE_EN = "The minder took our passports on the first day. NARRATIVE-EN-MARKER"
NARRATIVE_KO = "첫날 감독원이 여권을 가져갔습니다. 원문표시"
FORMULA_VICTIM = '=HYPERLINK("http://example.invalid/?leak","click")'


def make_content() -> BundleContent:
    """Two cases: one full of formula-like and Hangul values, one with nothing stated."""
    first = CaseRelease(
        case_code="TST-0001",
        version=3,
        victim=FORMULA_VICTIM,
        victim_sex="Male",
        victim_age_band="30-39",
        victim_home_province="함경북도",
        family_in_north_korea="Yes",
        perpetrators=["+Supervisor 3 (supervisor or minder)", "@State agency, Room 39"],
        country="-Kuwait",
        sector="\tConstruction",
        period="2014-2016",
        knowledge="Eyewitness",
        consent_un=True,
        consent_informed_state_letter=True,
        consent_informed_public_summary=False,
        consent_public_name="Initials only",
        consent_recipients="UN only",
        description_en=NARRATIVE_EN,
        description_original=NARRATIVE_KO,
        original_language="Korean",
        indicators=[
            IndicatorRelease(
                "Retention of identity documents", "Work and life under duress", "=1+1"
            ),
            IndicatorRelease("Withholding of wages", "Work and life under duress", "월급은 없었다"),
            IndicatorRelease("Withholding of wages", "Impossibility of leaving", "@SUM(A1)"),
        ],
        hours_per_day=16,
        days_off_per_month=1,
        promised_wage="120.00 USD per month",
        received_wage="12.50 USD per month",
        promised_wage_amount=120.0,
        promised_wage_currency="USD",
        promised_wage_period="month",
        received_wage_amount=12.5,
        received_wage_currency="USD",
        received_wage_period="month",
        passport_confiscated=True,
        movement_restricted=True,
        surveillance=True,
        loyalty_contributions=False,
        violence=None,
        threats_to_family=True,
        ending='\rEscaped, then "defected"\nlater',
    )
    second = CaseRelease(
        case_code="TST-0002",
        version=1,
        victim="증인 가",
        victim_sex="",
        victim_age_band="",
        victim_home_province="",
        family_in_north_korea="Not stated",
        perpetrators=[],
        country="Russia",
        sector="Logging",
        period="from 2018",
        knowledge="Hearsay",
        consent_un=True,
        consent_informed_state_letter=False,
        consent_informed_public_summary=True,
        consent_public_name="No name",
        consent_recipients="UN only",
        description_en="Second narrative. NARRATIVE-EN-MARKER",
        description_original="",
        original_language="English",
    )
    petition = PetitionRelease(
        title="Overseas workers in Kuwait — 쿠웨이트",
        mandate="Special Rapporteur on contemporary forms of slavery",
        mandate_address="OHCHR, Geneva",
        organisation="Demo NGO",
        contact="contact@example.org",
        summary="Opening paragraph.",
        confidentiality="The submitting organisation's identity.",
        date="2025-11-28",
    )
    return BundleContent(
        petition=petition,
        cases=[first, second],
        bundle_id="b-1234",
        created_by="carol",
        created_at="2025-11-28T12:00:00+00:00",
        software_version="0.1.0",
    )


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def column(name: str) -> int:
    return [field.name for field in RELEASED_FIELDS].index(name)


# A JSON Schema subset checker (type, properties, required, additionalProperties, items), so
# that the test needs no jsonschema package.
JSON_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def _is_type(value: object, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, JSON_TYPES[name])


def schema_errors(value: object, schema: dict[str, Any], where: str = "$") -> list[str]:
    """Every place where `value` breaks `schema`, as readable sentences."""
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    if not any(_is_type(value, name) for name in types):
        return [f"{where} is {type(value).__name__}, not {' or '.join(types)}"]
    errors: list[str] = []
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        errors += [f"{where} lacks {key}" for key in schema.get("required", []) if key not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{where} has extra {key}" for key in value if key not in properties]
        for key, item in value.items():
            if key in properties:
                errors += schema_errors(item, properties[key], f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += schema_errors(item, schema["items"], f"{where}[{index}]")
    return errors


def test_released_fields_name_existing_attributes_and_leave_the_narratives_out() -> None:
    """Every released field is a CaseRelease attribute, described, and no narrative is one."""
    attributes = {field.name for field in fields(CaseRelease)}
    names = [name for name, _attribute, _description in RELEASED_FIELDS]

    assert len(names) == len(set(names))
    assert all(field.attribute in attributes for field in RELEASED_FIELDS)
    assert all(field.description.endswith(".") for field in RELEASED_FIELDS)
    assert {"description_en", "description_original"}.isdisjoint(
        field.attribute for field in RELEASED_FIELDS
    )
    # The statement's language is released (the case document states it; a language alone
    # identifies no one), under a name that says what it is.
    assert {"statement_language", "english_is_translation"} <= set(names)
    assert names[0] == "case_code"
    assert names[-1] == "indicators"


def test_the_csv_starts_with_a_byte_order_mark_and_a_header_of_the_released_fields() -> None:
    """Excel needs the BOM to read Hangul; the header is RELEASED_FIELDS' names in order."""
    data = render_csv(make_content())

    assert data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(data)
    assert rows[0] == [field.name for field in RELEASED_FIELDS]
    assert len(rows) == 3
    assert b"\r\n" in data


def test_csv_cells_a_spreadsheet_would_run_as_formulas_get_a_leading_quote() -> None:
    """=, +, -, @, tab and carriage return at the start of a string are defused with a quote."""
    first = csv_rows(render_csv(make_content()))[1]

    assert first[column("victim")] == "'" + FORMULA_VICTIM
    assert first[column("perpetrators")] == (
        "'+Supervisor 3 (supervisor or minder); @State agency, Room 39"
    )
    assert first[column("country")] == "'-Kuwait"
    assert first[column("sector")] == "'\tConstruction"
    assert first[column("ending")] == '\'\rEscaped, then "defected"\nlater'
    assert first[column("victim_age_band")] == "30-39"
    assert first[column("victim_home_province")] == "함경북도"


def test_csv_numbers_stay_plain_numbers_and_facts_read_yes_or_no() -> None:
    """Numbers are not quoted or prefixed; yes/no facts are Yes/No; not stated is empty."""
    rows = csv_rows(render_csv(make_content()))
    first, second = rows[1], rows[2]

    assert first[column("version")] == "3"
    assert first[column("hours_per_day")] == "16"
    assert first[column("promised_wage_amount")] == "120"
    assert first[column("received_wage_amount")] == "12.5"
    assert first[column("passport_confiscated")] == "Yes"
    assert first[column("loyalty_contributions")] == "No"
    assert first[column("violence")] == ""
    assert first[column("indicators")] == "Retention of identity documents; Withholding of wages"
    assert second[column("hours_per_day")] == ""
    assert second[column("perpetrators")] == ""
    assert second[column("victim")] == "증인 가"


def test_no_data_file_carries_a_narrative() -> None:
    """The narratives are in the case documents only, never in CSV, XLSX or JSON."""
    content = make_content()
    workbook = load_workbook(io.BytesIO(render_xlsx(content)))
    xlsx_text = " ".join(
        str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row
    )

    for text in (render_csv(content).decode("utf-8-sig"), render_json(content).decode(), xlsx_text):
        assert "NARRATIVE-EN-MARKER" not in text
        assert "원문표시" not in text


def test_the_xlsx_holds_the_csv_rows_and_an_indicators_sheet_without_any_formula() -> None:
    """Same rows as the CSV, numbers as numbers, yes/no as booleans, every string a string, no
    cell a formula."""
    content = make_content()
    workbook = load_workbook(io.BytesIO(render_xlsx(content)))

    assert workbook.sheetnames == ["cases", "indicators"]
    cases = [[cell.value for cell in row] for row in workbook["cases"].iter_rows()]
    expected = csv_rows(render_csv(content))
    assert len(cases) == len(expected)
    for sheet_row, csv_row in zip(cases, expected, strict=True):
        as_text = ["" if value is None else value for value in sheet_row]
        numbers = {index for index, value in enumerate(as_text) if not isinstance(value, str)}
        assert [value for index, value in enumerate(as_text) if index not in numbers] == [
            value for index, value in enumerate(csv_row) if index not in numbers
        ]
        for index in numbers:
            if isinstance(as_text[index], bool):
                assert csv_row[index] == ("Yes" if as_text[index] else "No")
            else:
                assert float(as_text[index]) == float(csv_row[index])
    assert cases[1][column("hours_per_day")] == 16
    assert cases[1][column("passport_confiscated")] is True
    assert cases[1][column("loyalty_contributions")] is False
    assert cases[1][column("violence")] is None
    assert cases[1][column("received_wage_amount")] == 12.5

    indicators = [[cell.value for cell in row] for row in workbook["indicators"].iter_rows()]
    assert indicators == [
        ["case_code", "indicator", "phase", "passage"],
        ["TST-0001", "Retention of identity documents", "Work and life under duress", "'=1+1"],
        ["TST-0001", "Withholding of wages", "Work and life under duress", "월급은 없었다"],
        ["TST-0001", "Withholding of wages", "Impossibility of leaving", "'@SUM(A1)"],
    ]
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_the_json_validates_against_its_schema() -> None:
    """render_json's output meets json_schema(): required keys, types, no extra keys."""
    document = json.loads(render_json(make_content()))

    assert schema_errors(document, json_schema()) == []
    assert document["bundle_id"] == "b-1234"
    assert document["petition"] == {
        "title": "Overseas workers in Kuwait — 쿠웨이트",
        "mandate": "Special Rapporteur on contemporary forms of slavery",
    }
    first = document["cases"][0]
    assert first["victim"] == FORMULA_VICTIM  # JSON carries values unchanged
    assert first["perpetrators"] == [
        "+Supervisor 3 (supervisor or minder)",
        "@State agency, Room 39",
    ]
    assert first["indicators"] == ["Retention of identity documents", "Withholding of wages"]
    assert first["violence"] is None
    assert first["hours_per_day"] == 16
    assert document["cases"][1]["promised_wage_amount"] is None
    assert len(document["indicators"]) == 3
    assert document["indicators"][1]["passage"] == "월급은 없었다"


def test_the_schema_checker_does_catch_a_wrong_document() -> None:
    """The structural checker used above rejects a missing key, a wrong type and an extra key."""
    document = json.loads(render_json(make_content()))
    del document["cases"][0]["country"]
    document["cases"][1]["hours_per_day"] = "sixteen"
    document["petition"]["secret"] = "x"

    errors = schema_errors(document, json_schema())

    assert "$.cases[0] lacks country" in errors
    assert "$.cases[1].hours_per_day is str, not integer or null" in errors
    assert "$.petition has extra secret" in errors


def test_the_schema_is_draft_2020_12_and_described_by_the_released_fields() -> None:
    """Each case property has the type of its value and the RELEASED_FIELDS description."""
    schema = json_schema()
    cases = schema["properties"]["cases"]["items"]

    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert json.loads(render_json_schema()) == schema
    assert list(cases["properties"]) == [field.name for field in RELEASED_FIELDS]
    assert cases["required"] == [field.name for field in RELEASED_FIELDS]
    for field in RELEASED_FIELDS:
        assert cases["properties"][field.name]["description"] == field.description
    assert cases["properties"]["version"]["type"] == "integer"
    assert cases["properties"]["hours_per_day"]["type"] == ["integer", "null"]
    assert cases["properties"]["promised_wage_amount"]["type"] == ["number", "null"]
    assert cases["properties"]["violence"]["type"] == ["boolean", "null"]
    assert cases["properties"]["consent_un"]["type"] == "boolean"
    assert cases["properties"]["perpetrators"]["items"] == {"type": "string"}


def test_the_json_is_deterministic_sorted_and_keeps_hangul_readable() -> None:
    """The same content gives the same bytes; keys are sorted; Hangul is not escaped."""
    content = make_content()
    data = render_json(content)

    assert data == render_json(content)
    assert data.endswith(b"\n")
    assert "함경북도".encode() in data
    assert list(json.loads(data)) == ["bundle_id", "cases", "indicators", "petition"]
    assert list(json.loads(data)["cases"][0]) == sorted(field.name for field in RELEASED_FIELDS)


def test_render_data_files_gives_the_four_files_under_data() -> None:
    """The build step can take every data file, by its path in the bundle, from one call."""
    files = render_data_files(make_content())

    assert sorted(files) == [
        "data/cases.csv",
        "data/cases.json",
        "data/cases.schema.json",
        "data/cases.xlsx",
    ]
    assert all(files.values())


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_every_formula_trigger_is_defused_in_the_csv(text: str) -> None:
    """Each of OWASP's six leading characters gets the quote prefix."""
    content = make_content()
    case = content.cases[1]
    changed = BundleContent(
        petition=content.petition,
        cases=[CaseRelease(**{**case.__dict__, "sector": text})],
        bundle_id=content.bundle_id,
        created_by=content.created_by,
        created_at=content.created_at,
        software_version=content.software_version,
    )

    assert csv_rows(render_csv(changed))[1][column("sector")] == "'" + text


@pytest.mark.parametrize("cases", ["one", "several", "none"])
def test_the_json_written_case_by_case_is_the_whole_document_dumped_at_once(cases: str) -> None:
    """Builds stream the JSON a case at a time; the bytes are still those of json.dumps of the
    whole document (sorted keys, two-space indent), with or without cases and indicators."""
    content = make_content()
    case = content.cases[0]
    chosen = {
        "one": [case],
        "several": [case, replace(case, case_code="TST-2", indicators=[]), case],
        "none": [],
    }[cases]
    content = replace(content, cases=chosen)
    whole = json.dumps(
        json_document(content), ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False
    )

    assert render_json(content) == (whole + "\n").encode()


def test_the_xlsx_header_is_frozen_filtered_and_its_columns_sized() -> None:
    """A rapporteur sorts and filters from the first row, which stays in view; the long text
    columns are wide and the yes/no columns narrow."""
    workbook = load_workbook(io.BytesIO(render_xlsx(make_content())))
    cases, indicators = workbook["cases"], workbook["indicators"]
    last = get_column_letter(len(RELEASED_FIELDS))
    assert cases.freeze_panes == "A2"
    assert cases.auto_filter.ref == f"A1:{last}3"  # the header and two cases
    assert indicators.freeze_panes == "A2"
    assert indicators.auto_filter.ref == "A1:D4"
    widths = {
        field.name: cases.column_dimensions[get_column_letter(index)].width
        for index, field in enumerate(RELEASED_FIELDS, start=1)
    }
    assert widths["perpetrators"] >= 40
    assert widths["indicators"] >= 40
    assert widths["case_code"] >= len("TST-2026-0001")
    assert widths["violence"] < widths["perpetrators"]
    assert indicators.column_dimensions["D"].width >= 40  # the passage
    assert all(cell.font.bold for cell in cases[1])


def test_an_empty_bundle_still_has_a_filtered_header() -> None:
    empty = BundleContent(
        petition=make_content().petition,
        cases=[],
        bundle_id="b-0",
        created_by="carol",
        created_at="2025-03-14T09:00:00Z",
        software_version="0.1.0",
    )
    workbook = load_workbook(io.BytesIO(render_xlsx(empty)))
    assert workbook["cases"].auto_filter.ref.endswith("1")
    assert [cell.value for cell in workbook["cases"][1]][:2] == ["case_code", "version"]


def test_a_date_is_a_date_cell_and_text_that_looks_like_a_formula_stays_text() -> None:
    """A date value is a real date shown yyyy-mm-dd (it sorts and filters as a date); a text
    that starts with = + - @ is still neutralised; booleans are boolean cells."""
    sheet = Workbook(write_only=True).create_sheet("t")
    day = _xlsx_cell(sheet, date(2016, 3, 1))
    assert day.value == date(2016, 3, 1)
    assert day.number_format == "yyyy-mm-dd"
    assert day.data_type == "d"
    flag = _xlsx_cell(sheet, True)
    assert flag.data_type == "b"
    for text in ("=1+1", "+82 10", "-5", "@SUM(A1)"):
        cell = _xlsx_cell(sheet, text)
        assert cell.value == "'" + text
        assert cell.data_type == "s"
