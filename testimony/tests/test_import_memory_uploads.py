"""The import pages never write the clear file to disk: the upload is received in memory (even
past Django's 2.5 MB, where it would go to a temporary file), read from bytes, and kept only
encrypted; past TESTIMONY_IMPORT_MAX_MB it is dropped as it arrives, with a sentence."""

import io
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from testimony.models import ImportUpload, Testimony
from testimony.tests.test_importing_transcripts import STORY, _docx

pytestmark = pytest.mark.django_db
MB = 1024 * 1024


@pytest.fixture
def store(settings, tmp_path: Path) -> Path:
    settings.STORAGES = {
        **settings.STORAGES,
        "attachments": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "store"},
        },
    }
    return tmp_path / "store"


@pytest.fixture
def temp_dir(settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """An empty temporary directory for Python and Django, and the list of every file or
    directory anything creates in it (even one deleted straight after)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = str(folder)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    created: list[str] = []
    real_open, real_mkdir = os.open, os.mkdir

    def spy_open(path, flags, *args, **kwargs):
        if str(path).startswith(str(folder)) and flags & (os.O_CREAT | os.O_TMPFILE):
            created.append(str(path))
        return real_open(path, flags, *args, **kwargs)

    def spy_mkdir(path, *args, **kwargs):
        if str(path).startswith(str(folder)):
            created.append(str(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy_open)
    monkeypatch.setattr(os, "mkdir", spy_mkdir)
    # The spy sees what Django's upload temp file and tempfile would make.
    with tempfile.NamedTemporaryFile():
        pass
    assert created, "the spy must see a temporary file"
    created.clear()
    yield created
    assert not list(folder.iterdir())


def _sheet(size: int) -> bytes:
    header = "Interview date,Interview place,Country,Sector,Narrative\r\n"
    row = "2024-05-02,Seoul,Russia,Logging,우리는 하루 16시간 일했다 " + "가나다" * 300 + "\r\n"
    return (header + row * (size // len(row.encode()) + 1)).encode("utf-8")


def _padded_docx(size: int) -> bytes:
    """A Word document with a picture of `size` random bytes (stored, not compressed)."""
    buffer = io.BytesIO(_docx(STORY))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/media/image1.png", os.urandom(size), zipfile.ZIP_STORED)
    return buffer.getvalue()


def test_a_3_mb_sheet_never_touches_the_temporary_directory(
    client: Client, carol: User, store: Path, temp_dir: list[str]
) -> None:
    client.force_login(carol)
    content = _sheet(3 * MB)
    assert len(content) > 3 * MB
    response = client.post(
        reverse("testimony:import_start"), {"file": SimpleUploadedFile("sheet.csv", content)}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    record = ImportUpload.objects.get()
    assert record.size == len(content)
    mapping = client.get(response.url)
    assert mapping.status_code == 200
    assert "Interview place" in mapping.content.decode()
    assert temp_dir == []
    # Kept encrypted: the stored file holds none of the text.
    stored = b"".join(path.read_bytes() for path in store.rglob("*.bin"))
    assert "16시간".encode() not in stored


def test_a_sheet_past_the_limit_is_refused_with_a_sentence_and_nothing_kept(
    client: Client, carol: User, store: Path, temp_dir: list[str], settings
) -> None:
    settings.IMPORT_MAX_BYTES = 1 * MB
    client.force_login(carol)
    response = client.post(
        reverse("testimony:import_start"),
        {"file": SimpleUploadedFile("sheet.csv", _sheet(3 * MB))},
    )
    assert response.status_code == 413
    assert "The file is larger than 1.0\xa0MB, the largest accepted." in response.content.decode()
    assert not ImportUpload.objects.exists()
    assert not store.exists() or not list(store.rglob("*.bin"))
    assert temp_dir == []


def test_transcripts_are_received_and_previewed_in_memory(
    client: Client, carol: User, store: Path, temp_dir: list[str]
) -> None:
    from testimony.tests.test_importing_transcripts import _facts

    client.force_login(carol)
    big = _padded_docx(3 * MB)  # over the 2.5 MB Django would write to a temporary file
    assert len(big) > 3 * MB
    response = client.post(
        reverse("testimony:transcripts_start"),
        {
            **_facts(carol),
            "files": [
                SimpleUploadedFile("a.docx", _docx(STORY)),
                SimpleUploadedFile("b.docx", big),
            ],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ImportUpload.objects.count() == 2
    preview = client.get(response.url)
    assert preview.status_code == 200
    assert "Document 2" in preview.content.decode()
    assert temp_dir == []


def test_transcripts_past_the_limit_together_are_refused(
    client: Client, carol: User, store: Path, temp_dir: list[str], settings
) -> None:
    from testimony.tests.test_importing_transcripts import _facts

    settings.IMPORT_MAX_BYTES = 1 * MB
    client.force_login(carol)
    half = b"We worked at night.\n" * (MB // 20 - 100)  # each under the limit, not both
    response = client.post(
        reverse("testimony:transcripts_start"),
        {
            **_facts(carol),
            "files": [SimpleUploadedFile("a.txt", half), SimpleUploadedFile("b.txt", half)],
        },
    )
    assert response.status_code == 413
    assert "larger than 1.0\xa0MB together" in response.content.decode()
    assert not ImportUpload.objects.exists()
    assert not Testimony.objects.exists()
    assert temp_dir == []


@pytest.mark.parametrize("name", ["testimony:import_start", "testimony:transcripts_start"])
def test_the_upload_pages_still_check_the_csrf_token(carol: User, store: Path, name: str) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(carol)
    response = client.post(reverse(name), {"file": SimpleUploadedFile("sheet.csv", _sheet(1000))})
    assert response.status_code == 403
    assert not ImportUpload.objects.exists()


def test_an_xlsx_sheet_goes_from_upload_to_import_through_the_pages(
    client: Client, carol: User, store: Path, temp_dir: list[str]
) -> None:
    """The template's own example rows, uploaded as XLSX: read from memory, whatever the
    upload's name (openpyxl, given a file name, wants it to end in .xlsx)."""
    from testimony.importing.template import template_write

    buffer = io.BytesIO()
    template_write(buffer)
    temp_dir.clear()  # openpyxl writes through a temporary file: the fictional template only
    client.force_login(carol)
    response = client.post(
        reverse("testimony:import_start"),
        {"file": SimpleUploadedFile("export from the old database", buffer.getvalue())},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    mapping = client.get(response.url)
    data = {field.html_name: field.value() for field in mapping.context["form"].column_fields()}
    preview = client.post(response.url, data)
    assert preview.status_code == 302
    page = client.get(preview.url).content.decode()
    assert "2 rows read; 2 ready" in page, page[:3000]
    assert temp_dir == []


def test_the_background_preview_and_import_make_no_file_at_all(
    carol: User, store: Path, temp_dir: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The task decrypts the upload into memory and reads those bytes: no temporary file, no
    in-memory file reached through a path (memfd), nothing a reader opens by name."""
    from testimony.importing import tasks
    from testimony.importing.columns import propose
    from testimony.importing.readers import open_sheet
    from testimony.importing.uploads import upload_store

    if hasattr(os, "memfd_create"):
        monkeypatch.delattr(os, "memfd_create")  # any use would now fail loudly
    opened: list[str] = []
    real_open = open

    def spy_open(file, *args, **kwargs):
        if not isinstance(file, int):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    content = (
        b"Interview date,Interview place,Country,Sector,Narrative,Name,Consent,Consent date,"
        b"Consent method\r\n"
        b"2024-05-02,Seoul,Russia,Logging,We worked sixteen hours a day.,Kim Ok-sun,yes,"
        b"2024-05-02,written\r\n"
    )
    with open_sheet(content) as sheet:
        mapping = propose(sheet.headers)
    record = upload_store(
        upload=SimpleUploadedFile("a.csv", content), by=carol, mapping={"columns": mapping}
    )
    monkeypatch.setattr("builtins.open", spy_open)
    preview = tasks.import_run(record, tasks.PREVIEW)
    assert preview.rows == 1
    assert not preview.has_blocking, preview.problems
    record.refresh_from_db()
    report = tasks.import_run(record, tasks.IMPORT, accept_warnings=True)
    assert report.imported, report.problems
    assert Testimony.objects.count() == 1
    # Only the progress file and the sealed upload are opened by name; never the clear sheet.
    assert all(name.endswith((".progress", ".bin")) for name in opened), opened
    assert temp_dir == []
    assert not list(store.rglob("*.bin"))  # imported: the sealed upload is deleted
