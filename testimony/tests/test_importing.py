"""Importing testimonies from sheets: what a new office sends, and every bad file it might."""

import io
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from testimony.crypto import name_digests
from testimony.importing.columns import IGNORE, KEEP_AS_EXTRA, propose
from testimony.importing.readers import ImportRefused, open_sheet
from testimony.importing.run import sheet_import, sheet_preview
from testimony.models import (
    AuditEvent,
    Country,
    ImportMapping,
    ImportUpload,
    Person,
    PersonNameIndex,
    Petition,
    Status,
    Testimony,
)
from testimony.tests.test_bundle_build import _all_text, _build, bundle_dir, released  # noqa: F401

pytestmark = pytest.mark.django_db

HEADERS_KO = ["면담일", "면담 장소", "파견 국가", "업종", "진술", "이름", "동의", "동의일",
              "동의 방법", "비고"]  # fmt: skip
ROW_KO = ["2019-03-21", "서울", "러시아", "벌목", "하루 16시간 일했다.", "홍길동", "예",
          "2019-03-21", "written", "2차 면담 예정"]  # fmt: skip


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", newline: str = "\r\n") -> Path:
    text = newline.join(",".join(f'"{cell}"' for cell in row) for row in rows) + newline
    path.write_bytes(text.encode(encoding))
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _import(path: Path, user: User, accept: bool = True, mapping: list[str] | None = None):
    with open_sheet(path) as sheet:
        mapping = mapping or propose(sheet.headers)
    return sheet_import(path, mapping, by=user, accept_warnings=accept)


def _messages(report) -> str:
    return "\n".join(str(problem) for problem in report.problems)


def test_the_template_imports_its_two_examples_cleanly(tmp_path: Path, carol: User) -> None:
    path = tmp_path / "template.xlsx"
    call_command("import_testimonies", "--template", str(path))
    sheet = load_workbook(path).active
    assert sheet["A1"].comment is not None
    assert "2019-03-21" in sheet["A1"].comment.text
    report = _import(path, carol, accept=False)
    assert report.imported, _messages(report)
    assert report.problems == []
    assert Testimony.objects.filter(status=Status.DRAFT).count() == 2
    # The sheet's country, sector and period are each testimony's first posting; the first
    # example has a second posting (China), the second only one.
    first, second = Testimony.objects.order_by("case_code")
    for testimony in (first, second):
        posting = testimony.postings.order_by("order").first()
        assert posting.country_id == testimony.country_id
        assert posting.sector_id == testimony.sector_id
        assert posting.period_start == testimony.period_start
    assert [p.country.code for p in first.postings.order_by("order")][1:] == ["china"]
    assert second.postings.count() == 1
    # Its minder is a person of his own; its indicators carry a passage, never a placeholder.
    assert first.persons.filter(role=Person.Role.SUPERVISOR).count() == 1
    passages = {tag.indicator: tag.passage for tag in first.indicators.all()}
    assert passages["deception"].startswith("They promised 300 dollars")
    assert "[imported without" not in " ".join(passages.values())


def test_a_cp949_csv_with_korean_headers_and_crlf_imports_encrypted(
    tmp_path: Path, carol: User
) -> None:
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, ROW_KO], encoding="cp949")
    with open_sheet(path) as sheet:
        assert sheet.encoding == "cp949"
        assert "CP949" in " ".join(sheet.notes)
        assert propose(sheet.headers)[:7] == [
            "interview_date",
            "interview_place",
            "country",
            "sector",
            "narrative_original",
            "witness_name_hangul",
            "consent_un_submission",
        ]
    report = _import(path, carol)
    assert report.imported, _messages(report)
    testimony = Testimony.objects.get()
    assert testimony.status == Status.DRAFT
    assert testimony.created_by == carol
    assert testimony.interviewer == carol
    assert testimony.country == Country.objects.get(code="russia")
    assert testimony.narrative.original == "하루 16시간 일했다."
    assert testimony.consent.un_submission
    assert testimony.consent.method == "written"
    assert testimony.imported_extra == "비고: 2차 면담 예정"
    witness = testimony.witness()
    assert witness.name_hangul == "홍길동"
    assert PersonNameIndex.objects.filter(
        person=witness, digest__in=name_digests(["홍길동"])
    ).exists()
    # Encrypted at rest: neither the name nor the extra note is in the database in clear.
    raw = Person.objects.filter(pk=witness.pk).values_list("name_hangul", flat=True).query
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(*raw.sql_with_params())
        assert "홍길동" not in cursor.fetchone()[0]
        cursor.execute("SELECT imported_extra FROM testimony_testimony")
        assert "2차" not in cursor.fetchone()[0]
    created = AuditEvent.objects.get(action=AuditEvent.Action.CREATED)
    assert created.detail["import"]
    imported = AuditEvent.objects.get(action=AuditEvent.Action.IMPORTED)
    assert imported.detail["created"] == 1
    assert "2차" not in str(imported.detail)


def test_utf8_with_bom_and_lf_reads_the_same(tmp_path: Path, carol: User) -> None:
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, ROW_KO], encoding="utf-8-sig", newline="\n")
    with open_sheet(path) as sheet:
        assert sheet.encoding == "utf-8-sig"
        assert sheet.headers[0] == "면담일"
    assert _import(path, carol).imported


def test_mixed_encodings_are_refused_naming_the_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        ",".join(HEADERS_KO).encode("utf-8") + b"\r\n" + ",".join(ROW_KO).encode("cp949") + b"\r\n"
    )
    with (
        pytest.raises(ImportRefused, match="line 1 is UTF-8 and line 2 is Korean Windows"),
        open_sheet(path),
    ):
        pass


def test_fullwidth_digits_in_a_date_are_refused_in_words(tmp_path: Path, carol: User) -> None:
    row = list(ROW_KO)
    row[0] = "２０１９-０３-２１"
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, row])
    report = _import(path, carol)
    assert not report.imported
    assert "row 2, column '면담일': Write the year with the digits 0-9" in _messages(report)
    assert Testimony.objects.count() == 0


def test_emoji_and_korean_dates_are_kept_and_read(tmp_path: Path, carol: User) -> None:
    row = list(ROW_KO)
    row[0] = "2019년 3월 21일"
    row[4] = "여권을 뺏겼다 😢 We had no days off."
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, row])
    report = _import(path, carol)
    assert report.imported, _messages(report)
    testimony = Testimony.objects.get()
    assert str(testimony.interview_date) == "2019-03-21"
    assert "😢" in testimony.narrative.original


def test_one_bad_row_imports_nothing_and_every_problem_is_listed(
    tmp_path: Path, carol: User
) -> None:
    bad = list(ROW_KO)
    bad[0], bad[2], bad[5] = "2099-01-01", "Atlantis", "김철수"
    impossible = list(ROW_KO)
    impossible[0], impossible[5] = "2019-02-30", "박영희"
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, ROW_KO, bad, impossible])
    report = _import(path, carol)
    assert not report.imported
    assert report.ready == 1
    text = _messages(report)
    assert "row 3, column '파견 국가': unknown country 'Atlantis'." in text
    assert "row 3, column '면담일'" in text
    assert "future" in text
    assert "row 4, column '면담일'" in text
    assert Testimony.objects.count() == 0
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.IMPORTED).exists()


def test_missing_consent_and_a_name_in_the_site_column_are_warnings(
    tmp_path: Path, carol: User
) -> None:
    headers = ["Interview date", "Interview place", "Country", "Sector", "Narrative", "Site"]
    row = [
        "2019-03-21",
        "Seoul",
        "Kuwait",
        "Construction",
        "We worked.",
        "the minder Kang Chol's camp",
    ]
    path = _csv(tmp_path / "cases.csv", [headers, row])
    report = _import(path, carol, accept=False)
    assert not report.imported
    text = _messages(report)
    assert "No column gives the witness's consent" in text
    assert "row 2, column 'Site': this column is not a name column but seems to contain" in text
    assert "Kang Chol" not in text
    assert Testimony.objects.count() == 0
    assert _import(path, carol, accept=True).imported


def test_a_testimony_already_recorded_is_a_duplicate(
    tmp_path: Path, carol: User, make_testimony
) -> None:
    existing = make_testimony(witness_hangul="홍길동")
    row = list(ROW_KO)
    row[0] = existing.interview_date.isoformat()
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, row, row])
    report = _import(path, carol)
    text = _messages(report)
    assert f"already recorded ({existing.case_code})" in text
    assert "the same witness and interview date as row 2" in text
    assert Testimony.objects.count() == 1


def test_a_required_column_not_mapped_is_said_once(tmp_path: Path, carol: User) -> None:
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, ROW_KO, ROW_KO])
    with open_sheet(path) as sheet:
        mapping = propose(sheet.headers)
    mapping[2] = IGNORE
    report = sheet_preview(path, mapping, by=carol)
    assert [str(p) for p in report.blocking].count(
        "No column is mapped to 'Country of work', which every testimony needs."
    ) == 1
    assert not any("country" in str(p).lower() for p in report.blocking[1:])


def test_a_formula_takes_its_saved_value_or_is_refused_without_one(
    tmp_path: Path, carol: User
) -> None:
    path = _xlsx(
        tmp_path / "f.xlsx",
        [
            ["Interview date", "Interview place", "Country", "Sector", "Narrative", "Hours"],
            ["2019-03-21", "Seoul", "Kuwait", "Construction", "We worked.", "=10+6"],
        ],
    )
    report = _import(path, carol)
    assert not report.imported
    assert "formula whose value was never saved" in _messages(report)
    # The same cell with a value saved by a spreadsheet program.
    book = load_workbook(path)
    book.active["F2"] = 16
    book.save(path)
    assert _import(path, carol).imported


def test_korean_booleans_sex_and_indicators_are_read(tmp_path: Path, carol: User) -> None:
    headers = [*HEADERS_KO, "성별", "여권 압수", "지표", "출생연도"]
    row = [*ROW_KO, "남", "예", "Retention of identity documents; 임금 체불", "1975"]
    path = _xlsx(tmp_path / "k.xlsx", [headers, row])
    report = _import(path, carol)
    text = _messages(report)
    assert "unknown indicator '임금 체불'" in text
    row[-2] = "Retention of identity documents; withholding_of_wages"
    path = _xlsx(tmp_path / "k.xlsx", [headers, row])
    report = _import(path, carol)
    assert report.imported, _messages(report)
    testimony = Testimony.objects.get()
    assert testimony.passport_confiscated is True
    assert testimony.witness().sex == "male"
    assert testimony.witness().birth_year == 1975
    assert sorted(testimony.indicators.values_list("indicator", flat=True)) == [
        "retention_of_documents",
        "withholding_of_wages",
    ]


def test_an_ods_sheet_imports(tmp_path: Path, carol: User) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="cases")
    for values in (HEADERS_KO, ROW_KO):
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    path = tmp_path / "cases.ods"
    document.save(str(path))
    report = _import(path, carol)
    assert report.kind == "ods"
    assert report.imported, _messages(report)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n", "This is a document, not a spreadsheet"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected, or an old"),
        (b"PK\x03\x04garbage", "The file is damaged"),
        (b"\x89PNG\r\n\x1a\n\0\0\0", "not a spreadsheet or text file"),
        (b"", "The file is empty."),
    ],
)
def test_a_wrong_or_damaged_file_is_refused_in_words(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "cases.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=message), open_sheet(path):
        pass


def test_a_workbook_with_macros_or_too_many_columns_is_refused(tmp_path: Path) -> None:
    wide = _xlsx(tmp_path / "wide.xlsx", [[f"c{i}" for i in range(1000)]])
    with (
        pytest.raises(ImportRefused, match="The sheet has 1000 columns; at most 200"),
        open_sheet(wide),
    ):
        pass
    macro = tmp_path / "macro.xlsx"
    with zipfile.ZipFile(wide) as source, zipfile.ZipFile(macro, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("xl/vbaProject.bin", b"\0")
    with pytest.raises(ImportRefused, match="contains macros"), open_sheet(macro):
        pass


def test_a_sheet_past_the_size_limit_is_refused(tmp_path: Path, settings) -> None:
    settings.IMPORT_MAX_BYTES = 1024
    path = _csv(tmp_path / "big.csv", [HEADERS_KO, *[ROW_KO] * 50])
    with pytest.raises(ImportRefused, match=r"the largest accepted is 1\.0"), open_sheet(path):
        pass


def test_embedded_objects_are_ignored_with_a_sentence(tmp_path: Path, carol: User) -> None:
    path = _xlsx(tmp_path / "e.xlsx", [HEADERS_KO, ROW_KO])
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/embeddings/oleObject1.bin", b"\0" * 10)
    with open_sheet(path) as sheet:
        assert "Embedded objects and pictures in the workbook are ignored." in sheet.notes
    assert _import(path, carol).imported


def test_the_command_dry_run_writes_nothing_and_errors_exit_1(tmp_path: Path, carol: User) -> None:
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, ROW_KO])
    out = io.StringIO()
    call_command("import_testimonies", str(path), "--as", "carol", "--dry-run", stdout=out)
    assert "Dry run: nothing written." in out.getvalue()
    assert Testimony.objects.count() == 0
    bad = list(ROW_KO)
    bad[2] = "Atlantis"
    bad_path = _csv(tmp_path / "bad.csv", [HEADERS_KO, bad])
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_testimonies", str(bad_path), "--as", "carol", stdout=io.StringIO())
    call_command("import_testimonies", str(path), "--as", "carol", stdout=out)
    assert Testimony.objects.count() == 1


def test_the_command_refuses_a_user_without_the_permission(tmp_path: Path, alice: User) -> None:
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, ROW_KO])
    with pytest.raises(CommandError, match="may not import"):
        call_command("import_testimonies", str(path), "--as", "alice")


def test_the_page_takes_a_sheet_from_upload_to_import(
    client: Client, carol: User, settings, tmp_path: Path
) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "attachments": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "store"},
        },
    }
    client.force_login(carol)
    content = (",".join(HEADERS_KO) + "\r\n" + ",".join(ROW_KO) + "\r\n").encode("cp949")
    response = client.post(
        reverse("testimony:import_start"),
        {"file": SimpleUploadedFile("cases.csv", content, "text/csv")},
    )
    upload = ImportUpload.objects.get()
    assert response.status_code == 302
    stored = b"".join(path.read_bytes() for path in (tmp_path / "store").rglob("*.bin"))
    assert "홍길동".encode("cp949") not in stored
    assert b"2019-03-21" not in stored
    page = client.get(reverse("testimony:import_mapping", args=[upload.uuid]))
    assert page.status_code == 200
    assert 'value="witness_name_hangul" selected' in page.content.decode()
    data = {f"column_{i}": key for i, key in enumerate(propose(HEADERS_KO))}
    data["save_as"] = "Seoul office"
    client.post(reverse("testimony:import_mapping", args=[upload.uuid]), data)
    assert ImportMapping.objects.get(name="Seoul office").columns["비고"] == KEEP_AS_EXTRA
    preview = client.get(reverse("testimony:import_preview", args=[upload.uuid]))
    assert "1 row read; 1 ready" in preview.content.decode()
    assert Testimony.objects.count() == 0
    done = client.post(reverse("testimony:import_preview", args=[upload.uuid]))
    assert "1 draft testimony was created" in done.content.decode()
    assert Testimony.objects.count() == 1
    assert not ImportUpload.objects.exists()
    assert not list((tmp_path / "store").rglob("*.bin"))


def test_the_page_refuses_a_document_with_a_sentence(client: Client, carol: User) -> None:
    client.force_login(carol)
    response = client.post(
        reverse("testimony:import_start"),
        {"file": SimpleUploadedFile("cases.csv", b"%PDF-1.7\n%%EOF", "text/csv")},
    )
    assert response.status_code == 200
    assert "This is a document, not a spreadsheet" in response.content.decode()
    assert not ImportUpload.objects.exists()


def test_interviewers_may_not_import(client: Client, alice: User, carol: User) -> None:
    client.force_login(alice)
    assert client.get(reverse("testimony:import_start")).status_code == 403
    assert client.get(reverse("testimony:import_template")).status_code == 403


def test_another_users_upload_is_not_found(client: Client, carol: User, dave: User) -> None:
    upload = ImportUpload.objects.create(
        uploaded_by=dave, kind="csv", size=1, sha256="0", data_key="x", storage_name="x.bin"
    )
    client.force_login(carol)
    assert client.get(reverse("testimony:import_mapping", args=[upload.uuid])).status_code == 404


def test_the_imported_extra_note_never_reaches_a_bundle(
    released: tuple[Petition, list[str]],  # noqa: F811
    carol: User,
) -> None:
    petition, _names = released
    marker = "ExtraNoteMarker-7f3a"
    petition.testimonies.update(imported_extra=f"Old file column: {marker}")
    _bundle, path = _build(petition, carol)
    raw = path.read_bytes()
    assert marker.encode() not in raw
    for file_name, text in _all_text(path).items():
        assert marker not in text, file_name


def test_the_extra_note_shows_on_the_detail_page_machine_redacted(
    client: Client, carol: User, make_testimony
) -> None:
    testimony = make_testimony(imported_extra="비고: 감독관 박철수는 여권을 가져갔다")
    client.force_login(carol)
    page = client.get(testimony.get_absolute_url()).content.decode()
    assert "Imported extra (staff only)" in page
    assert "여권을 가져갔다" in page
    assert "박철수" not in page


def test_a_large_sheet_is_previewed_and_imported_by_a_task_with_progress(
    client: Client, carol: User, settings, tmp_path: Path
) -> None:
    from django_tasks_db.models import DBTaskResult

    from testimony.importing.tasks import import_sheet_task

    settings.IMPORT_SYNC_MAX_BYTES = 0
    settings.BUNDLE_DIR = tmp_path / "bundles"
    settings.STORAGES = {
        **settings.STORAGES,
        "attachments": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "store"},
        },
    }
    client.force_login(carol)
    content = (",".join(HEADERS_KO) + "\r\n" + ",".join(ROW_KO) + "\r\n").encode("utf-8")
    client.post(
        reverse("testimony:import_start"), {"file": SimpleUploadedFile("cases.csv", content)}
    )
    upload = ImportUpload.objects.get()
    data = {f"column_{i}": key for i, key in enumerate(propose(HEADERS_KO))}
    client.post(reverse("testimony:import_mapping", args=[upload.uuid]), data)
    preview_url = reverse("testimony:import_preview", args=[upload.uuid])
    progress_url = reverse("testimony:import_progress", args=[upload.uuid])

    page = client.get(preview_url).content.decode()
    assert 'hx-get="' + progress_url in page
    assert client.get(progress_url).status_code == 200
    import_sheet_task.call(upload.pk, "preview", False)
    import_sheet_task.call(upload.pk, "preview", False)  # a second run finds nothing to do
    finished = client.get(progress_url)
    assert finished["HX-Redirect"] == preview_url
    assert "1 row read; 1 ready" in client.get(preview_url).content.decode()

    client.post(preview_url)
    assert DBTaskResult.objects.count() == 2
    assert Testimony.objects.count() == 0
    import_sheet_task.call(upload.pk, "import", False)
    assert Testimony.objects.count() == 1
    done = client.get(preview_url).content.decode()
    assert "1 draft testimony was created" in done
    assert not ImportUpload.objects.exists()
    assert not list((tmp_path / "store").rglob("*.bin"))


def test_headers_with_fullwidth_letters_zero_width_spaces_and_mixed_scripts_are_proposed() -> None:
    headers = [
        "Ｃｏｕｎｔｒｙ",
        "면담일\u200b",
        "Interview_Place",
        "진술 (narrative)",
        "consent_un",
    ]
    assert propose(headers) == [
        "country",
        "interview_date",
        "interview_place",
        KEEP_AS_EXTRA,
        "consent_un_submission",
    ]


def test_an_80000_character_narrative_in_a_csv_cell_is_kept_whole(
    tmp_path: Path, carol: User
) -> None:
    row = list(ROW_KO)
    row[4] = ("하루 16시간 일했다. " * 8000)[:80_000]
    path = _csv(tmp_path / "long.csv", [HEADERS_KO, row])
    report = _import(path, carol)
    assert report.imported, _messages(report)
    assert len(Testimony.objects.get().narrative.original) == len(row[4].strip())


def test_date_cells_and_numbers_of_a_workbook_are_read_as_such(tmp_path: Path, carol: User) -> None:
    from datetime import datetime

    headers = ["Interview date", "Interview place", "Country", "Sector", "Narrative",
               "Period from", "Hours", "Promised wage", "Promised currency"]  # fmt: skip
    row = [datetime(2019, 3, 21), "Seoul", "Kuwait", "Construction", "We worked.",
           2014, 16.0, 1200.5, "usd"]  # fmt: skip
    path = _xlsx(tmp_path / "d.xlsx", [headers, row])
    report = _import(path, carol)
    assert report.imported, _messages(report)
    testimony = Testimony.objects.get()
    assert str(testimony.interview_date) == "2019-03-21"
    assert testimony.period_start == "2014"
    assert testimony.hours_per_day == 16
    assert str(testimony.promised_wage_amount) == "1200.50"
    assert testimony.promised_wage_currency == "USD"


def test_the_page_answers_a_file_cut_off_for_its_size_with_a_sentence(
    client: Client, carol: User, settings
) -> None:
    settings.ATTACHMENT_MAX_BYTES = 1024
    settings.IMPORT_MAX_BYTES = 1024
    client.force_login(carol)
    content = ("x," * 5000).encode()
    response = client.post(
        reverse("testimony:import_start"), {"file": SimpleUploadedFile("big.csv", content)}
    )
    assert response.status_code == 413
    assert "The file is larger than 1.0\xa0KB, the largest accepted." in response.content.decode()
    assert not ImportUpload.objects.exists()


def test_the_file_name_never_reaches_the_audit_trail(tmp_path: Path, carol: User) -> None:
    """A file is often named after its witness: the trail names the import by its SHA-256."""
    path = _csv(tmp_path / "홍길동 면담.csv", [HEADERS_KO, ROW_KO])
    call_command("import_testimonies", str(path), "--as", "carol", stdout=io.StringIO())
    for event in AuditEvent.objects.all():
        assert "홍길동" not in f"{event.object_id} {event.detail}"


def test_a_name_typed_into_the_country_column_is_not_repeated_in_the_problem(
    tmp_path: Path, carol: User
) -> None:
    row = list(ROW_KO)
    row[2] = "Kim Myong-chol"
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, row])
    report = _import(path, carol)
    text = _messages(report)
    assert "row 2, column '파견 국가': unknown country '•••'." in text
    assert "Myong" not in text


def test_uploads_left_behind_are_discarded_by_the_command(
    carol: User, settings, tmp_path: Path
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    settings.STORAGES = {
        **settings.STORAGES,
        "attachments": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "store"},
        },
    }
    from testimony.importing.uploads import upload_store

    content = (",".join(HEADERS_KO) + "\r\n" + ",".join(ROW_KO) + "\r\n").encode()
    old = upload_store(upload=SimpleUploadedFile("a.csv", content), by=carol)
    upload_store(upload=SimpleUploadedFile("b.csv", content), by=carol)
    ImportUpload.objects.filter(pk=old.pk).update(uploaded_at=timezone.now() - timedelta(days=2))
    out = io.StringIO()
    call_command("import_testimonies", "--discard-uploads-older-than", "24", stdout=out)
    assert "Deleted 1 uploads" in out.getvalue()
    assert ImportUpload.objects.count() == 1
    assert len(list((tmp_path / "store").rglob("*.bin"))) == 1


def test_an_impossible_date_is_said_as_such_and_nothing_is_imported(
    tmp_path: Path, carol: User
) -> None:
    """2019-02-30 in the interview date, a thirteenth month in the consent date: each a
    sentence naming the date, not the form's bare "Enter a valid date"; the good row waits."""
    first = list(ROW_KO)
    first[0] = "2019-02-30"
    second = list(ROW_KO)
    second[5] = "김옥순"
    second[7] = "2019-13-01"
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, first, second, ROW_KO], encoding="cp949")
    report = _import(path, carol)
    text = _messages(report)
    assert not report.imported
    assert "row 2, column '면담일': '2019-02-30' is not a day of the calendar" in text
    assert "row 3, column '동의일': '2019-13-01' is not a day of the calendar" in text
    assert "Enter a valid date" not in text
    assert report.ready == 1
    assert Testimony.objects.count() == 0


def test_korean_consent_methods_are_read_and_an_unknown_one_lists_the_accepted(
    tmp_path: Path, carol: User
) -> None:
    rows = [HEADERS_KO]
    for number, method in enumerate(["서면", "구두", "녹음"]):
        row = list(ROW_KO)
        row[5] = f"홍길동{number}"
        row[8] = method
        rows.append(row)
    report = _import(_csv(tmp_path / "cases.csv", rows), carol)
    assert report.imported, _messages(report)
    methods = sorted(Testimony.objects.values_list("consent__method", flat=True))
    assert methods == ["oral_witnessed", "recorded", "written"]

    bad = list(ROW_KO)
    bad[5] = "박순희"
    bad[8] = "카톡"
    report = _import(_csv(tmp_path / "bad.csv", [HEADERS_KO, bad]), carol)
    assert not report.imported
    assert (
        "row 2, column '동의 방법': '카톡' is not one of the accepted values: written "
        "(Signed written form); recorded" in _messages(report)
    )


def test_a_cell_that_is_a_known_place_is_not_read_by_the_name_detector(
    tmp_path: Path, carol: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """서울, Vladivostok in Hangul or a country's name cannot be a person's name: the detector
    (and the Korean analyser it loads) is spared; a place with a name in it is still read."""
    from testimony.importing import validate

    read: list[str] = []
    real = validate.detect_names

    def spy(text: str, *args, **kwargs):
        read.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(validate, "detect_names", spy)
    validate._names_in.cache_clear()
    headers = [*HEADERS_KO, "근무지"]
    rows = [headers]
    for number, (place, site) in enumerate(
        [("서울", "블라디보스토크"), ("Seoul", "러시아"), ("서울", "감독원 강철의 숙소")]
    ):
        row = [*ROW_KO, site]
        row[1] = place
        row[5] = f"홍길동{number}"
        rows.append(row)
    report = _import(_csv(tmp_path / "cases.csv", rows), carol, accept=False)
    validate._names_in.cache_clear()
    assert read == ["감독원 강철의 숙소"]
    assert "row 4, column '근무지': this column is not a name column" in _messages(report)
    assert "강철" not in _messages(report)


def test_the_command_says_one_row_and_one_testimony_in_the_singular(
    tmp_path: Path, carol: User
) -> None:
    path = _csv(tmp_path / "cases.csv", [HEADERS_KO, ROW_KO])
    out = io.StringIO()
    call_command("import_testimonies", str(path), "--as", "carol", stdout=out)
    assert "1 row read, 1 ready to import." in out.getvalue()
    code = Testimony.objects.get().case_code
    assert f"Imported 1 testimony as a draft: {code}." in out.getvalue()


def test_a_fullwidth_witness_name_is_the_same_witness_as_its_ascii_spelling(
    tmp_path: Path, carol: User
) -> None:
    headers = ["Interview date", "Interview place", "Country", "Sector", "Narrative",
               "Witness name (romanized)", "Consent", "Consent date", "Consent method"]  # fmt: skip
    row = ["2019-03-21", "Seoul", "Russia", "Logging", "We worked.", "Kim Ok-sun", "yes",
           "2019-03-21", "written"]  # fmt: skip
    fullwidth = list(row)
    fullwidth[5] = "Ｋｉｍ　Ｏｋ－ｓｕｎ"  # fullwidth letters, ideographic space
    path = _csv(tmp_path / "cases.csv", [headers, row, fullwidth])
    report = _import(path, carol)
    assert not report.imported
    assert (
        "row 3, column 'Witness name (romanized)': the same witness and interview date as row 2"
        in _messages(report)
    )
    assert Testimony.objects.count() == 0


def test_instances_built_for_a_row_hold_what_the_keyword_constructor_gives() -> None:
    """build._new (defaults worked out once per model) against Django's own constructor: the
    same values, and a fresh UUID and time for each instance."""
    from testimony.importing.build import _new

    for model, values in (
        (Testimony, {"interview_place": "Seoul", "hours_per_day": 16}),
        (Person, {"role": Person.Role.SUPERVISOR, "name_hangul": "리철"}),
    ):
        fast, slow, other = _new(model, **values), model(**values), _new(model, **values)
        for model_field in model._meta.concrete_fields:
            if model_field.name in ("uuid", "created_at", "updated_at", "recorded_at"):
                continue
            name = model_field.attname
            assert getattr(fast, name) == getattr(slow, name), name
        assert fast._state.adding
        assert fast._state.db is None
        if hasattr(fast, "uuid"):
            assert fast.uuid != other.uuid
