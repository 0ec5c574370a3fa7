"""Importing transcripts: DOCX, ODT, TXT and PDF (one by one or zipped) become draft testimonies."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from testimony.attachments import attachment_open
from testimony.importing.transcripts import transcripts_open
from testimony.models import (
    Attachment,
    AuditEvent,
    Country,
    ImportUpload,
    Person,
    Sector,
    Testimony,
)

pytestmark = pytest.mark.django_db

STORY = [
    "The minder Kang Chol took our passports on the first day.",
    "",
    "We worked sixteen hours a day 😢 and had one day off a month.",
]


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _odt(paragraphs: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def _pdf(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for number, line in enumerate(lines):
        page.drawString(72, 760 - 16 * number, line)
    page.save()
    return buffer.getvalue()


def _blank_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.rect(10, 10, 100, 100)
    page.save()
    return buffer.getvalue()


def _read(tmp_path: Path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    with transcripts_open(path, name) as transcripts:
        return transcripts


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.docx", _docx(STORY), "docx"),
        ("a.odt", _odt(STORY), "odt"),
        ("a.txt", "\r\n".join(STORY).encode("utf-8"), "txt"),
    ],
)
def test_each_kind_keeps_its_paragraphs_with_lf_line_endings(
    tmp_path: Path, name: str, content: bytes, kind: str
) -> None:
    (transcript,) = _read(tmp_path, name, content)
    assert transcript.refused == ""
    assert transcript.kind.extension == kind
    assert transcript.text == "\n".join(STORY)
    assert "\r" not in transcript.text
    assert transcript.paragraphs == 2
    assert any(name.text == "Kang Chol" for name in transcript.names)


def test_a_cp949_text_file_is_read(tmp_path: Path) -> None:
    text = "감독관 박철수 동무가 여권을 가져갔다.\r\n하루 16시간 일했다."
    (transcript,) = _read(tmp_path, "a.txt", text.encode("cp949"))
    assert transcript.text == text.replace("\r\n", "\n")


def test_a_pdf_with_a_text_layer_is_read_and_a_scan_is_refused(tmp_path: Path) -> None:
    (transcript,) = _read(tmp_path, "a.pdf", _pdf(["We worked sixteen hours a day."]))
    assert "sixteen hours" in transcript.text
    (scan,) = _read(tmp_path, "scan.pdf", _blank_pdf())
    assert "no text layer" in scan.refused


def test_a_zip_yields_each_document_and_names_a_bad_one(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("one.docx", _docx(STORY))
        archive.writestr("two.odt", _odt(STORY))
        archive.writestr("broken.docx", b"PK\x03\x04broken")
        archive.writestr("__MACOSX/._one.docx", b"junk")
    transcripts = _read(tmp_path, "all.zip", buffer.getvalue())
    assert [t.kind.extension for t in transcripts][:2] == ["docx", "odt"]
    assert len(transcripts) == 3
    assert transcripts[2].refused


def test_a_spreadsheet_is_refused_as_a_transcript(tmp_path: Path) -> None:
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    (transcript,) = _read(tmp_path, "a.xlsx", buffer.getvalue())
    assert "spreadsheet, not a transcript" in transcript.refused


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


def _facts(carol: User) -> dict[str, str]:
    return {
        "interview_date": "2024-05-02",
        "interview_place": "Seoul",
        "interviewer": str(carol.pk),
        "interview_language": "en",
        "country": str(Country.objects.get(code="russia").pk),
        "sector": str(Sector.objects.get(code="logging").pk),
    }


def test_the_page_imports_a_transcript_with_a_registered_name(
    client: Client, carol: User, store: Path
) -> None:
    client.force_login(carol)
    document = _docx(STORY)
    response = client.post(
        reverse("testimony:transcripts_start"),
        {**_facts(carol), "files": [SimpleUploadedFile("Kang Chol.docx", document)]},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    preview = client.get(response.url).content.decode()
    assert "Document 1 (Word document (DOCX))" in preview
    assert "Kang Chol" not in preview
    names = client.get(response.url + "?names=shown")
    assert names.status_code == 302  # the password first
    done = client.post(response.url, {"role-1-0": Person.Role.SUPERVISOR})
    assert "1 draft testimony was created" in done.content.decode()
    testimony = Testimony.objects.get()
    assert testimony.narrative.original == "\n".join(STORY)
    assert testimony.narrative.language == "en"
    roles = sorted(testimony.persons.values_list("role", flat=True))
    assert roles == ["supervisor", "witness"]
    supervisor = testimony.persons.get(role="supervisor")
    assert supervisor.name_romanized == "Kang Chol"
    attachment = Attachment.objects.get(testimony=testimony)
    assert attachment.kind == "docx"
    assert b"".join(attachment_open(attachment, by=carol)) == document
    raw = b"".join(path.read_bytes() for path in store.rglob("*.bin"))
    assert b"Kang Chol" not in raw
    assert not ImportUpload.objects.exists()
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.IMPORTED, testimony=testimony
    ).exists()


def test_one_unreadable_transcript_imports_none(client: Client, carol: User, store: Path) -> None:
    client.force_login(carol)
    response = client.post(
        reverse("testimony:transcripts_start"),
        {
            **_facts(carol),
            "files": [
                SimpleUploadedFile("a.docx", _docx(STORY)),
                SimpleUploadedFile("scan.pdf", _blank_pdf()),
            ],
        },
    )
    assert response.status_code == 302
    page = client.post(response.url, {})
    assert "no text layer" in page.content.decode()
    assert Testimony.objects.count() == 0
    # Only the two encrypted uploads remain (kept for another try): no attachment was left.
    assert sorted(path.parent.name for path in store.rglob("*.bin")) == ["imports", "imports"]
    assert not Attachment.objects.exists()
