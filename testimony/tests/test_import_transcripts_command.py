"""`manage.py import_transcripts`: files, ZIPs and folders of transcripts become drafts, as on the
page; all or nothing; names counted, never printed."""

import io
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from testimony.attachments import attachment_open
from testimony.models import Attachment, AuditEvent, Testimony
from testimony.tests.test_importing_transcripts import STORY, _blank_pdf, _docx, _odt

pytestmark = pytest.mark.django_db

KOREAN = "감독관 박철수 동무가 첫날 여권을 가져갔다.\r\n\r\n하루 16시간 일했다 😢"
FACTS = [
    "--date",
    "2024-05-02",
    "--place",
    "Seoul",
    "--country",
    "russia",
    "--sector",
    "logging",
]


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


def _run(*arguments: str) -> str:
    out = io.StringIO()
    call_command("import_transcripts", *arguments, stdout=out)
    return out.getvalue()


def _refused(*arguments: str) -> tuple[str, str]:
    out = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_transcripts", *arguments, stdout=out)
    return out.getvalue(), str(error.value)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_files_become_drafts_with_their_documents_encrypted(
    tmp_path: Path, carol: User, store: Path
) -> None:
    word = tmp_path / "Kang Chol.docx"
    word.write_bytes(_docx(STORY))
    text = tmp_path / "witness.txt"
    text.write_bytes(KOREAN.encode("cp949", errors="ignore"))
    out = _run(str(word), str(text), "--as", "carol", "--language", "ko", *FACTS)
    testimonies = list(Testimony.objects.order_by("id"))
    assert len(testimonies) == 2
    for testimony in testimonies:
        assert testimony.case_code in out
        assert testimony.created_by == carol
        assert testimony.narrative.language == "ko"
        assert testimony.persons.get().role == "witness"  # names are not registered
    assert testimonies[0].narrative.original == "\n".join(STORY)
    assert "\r" not in testimonies[1].narrative.original
    attachment = Attachment.objects.get(testimony=testimonies[0])
    assert b"".join(attachment_open(attachment, by=carol)) == word.read_bytes()
    assert b"Kang Chol" not in b"".join(path.read_bytes() for path in store.rglob("*.bin"))
    assert "Imported 2 transcripts" in out
    # A file's name is often the witness's: the output says where the file is, not its name.
    assert "Kang Chol" not in out
    assert "Document 1 (path 1, .docx): created" in out


def test_names_are_counted_never_printed(tmp_path: Path, carol: User, store: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(KOREAN + "\nThe minder Kang Chol shouted.", encoding="utf-8")
    out = _run(str(text), "--as", "carol", *FACTS)
    assert "Kang Chol" not in out
    assert "박철수" not in out
    assert "2 names found" in out


def test_a_zip_yields_one_draft_per_document(tmp_path: Path, carol: User, store: Path) -> None:
    archive = tmp_path / "interviews.zip"
    archive.write_bytes(
        _zip(
            {
                "Kim Yong-su.docx": _docx(STORY),
                "two.odt": _odt(STORY),
                "__MACOSX/._two.odt": b"junk",
            }
        )
    )
    out = _run(str(archive), "--as", "carol", *FACTS)
    assert Testimony.objects.count() == 2
    assert "Document 1 (path 1, document 1 in the archive, .docx): created" in out
    assert "Document 2 (path 1, document 2 in the archive, .odt): created" in out
    assert "Kim Yong-su" not in out  # a member's name can be a witness's


def test_a_folder_is_read_with_its_subfolders_hidden_files_left_out(
    tmp_path: Path, carol: User, store: Path
) -> None:
    folder = tmp_path / "transcripts"
    (folder / "2019").mkdir(parents=True)
    (folder / "a.txt").write_text("We worked sixteen hours a day.\r\n", encoding="utf-8")
    (folder / "2019" / "b.docx").write_bytes(_docx(STORY))
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    out = _run(str(folder), "--as", "carol", *FACTS)
    assert Testimony.objects.count() == 2
    # In name order, the subfolder's path (2019/b.docx) before a.txt.
    assert "Document 1 (path 1, file 1 of the folder in name order, .docx)" in out
    assert "Document 2 (path 1, file 2 of the folder in name order, .txt)" in out
    assert ".DS_Store" not in out


def test_one_refused_file_imports_nothing_and_says_why(
    tmp_path: Path, carol: User, store: Path
) -> None:
    good = tmp_path / "good.docx"
    good.write_bytes(_docx(STORY))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(_blank_pdf())
    sheet = tmp_path / "sheet.xlsx"
    from openpyxl import Workbook

    Workbook().save(sheet)
    locked = tmp_path / "locked.doc"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    out, error = _refused(str(good), str(scan), str(sheet), str(locked), "--as", "carol", *FACTS)
    assert "(path 2, .pdf): refused: The PDF has no text layer" in out
    assert "(path 3, .xlsx): refused: This is a spreadsheet, not a transcript" in out
    assert "(path 4, .doc): refused: This file is password-protected" in out
    assert "3 documents of 4 cannot be read" in error
    assert not Testimony.objects.exists()
    assert not Attachment.objects.exists()
    assert not list(store.rglob("*.bin"))
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.IMPORTED).exists()


def test_a_file_over_the_limit_and_a_zip_bomb_are_refused(
    tmp_path: Path, carol: User, store: Path, settings
) -> None:
    settings.IMPORT_MAX_BYTES = 64 * 1024
    large = tmp_path / "large.txt"
    large.write_text("가" * 80_000, encoding="utf-8")
    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(_zip({f"{n}.txt": b"a" * 60_000 for n in range(5)}))
    out, error = _refused(str(large), str(bomb), "--as", "carol", *FACTS)
    assert (
        "(path 1, .txt): refused: The file is 234.4\xa0KB; the largest accepted is 64.0\xa0KB"
        in out
    )
    assert "(path 2, .zip): refused: The archive unpacks to" in out
    assert "2 documents of 2 cannot be read" in error
    assert not Testimony.objects.exists()


def test_a_damaged_document_in_a_zip_is_named_by_its_position(
    tmp_path: Path, carol: User, store: Path
) -> None:
    archive = tmp_path / "all.zip"
    archive.write_bytes(_zip({"one.docx": _docx(STORY), "Pak.docx": b"PK\x03\x04broken"}))
    out, _error = _refused(str(archive), "--as", "carol", *FACTS)
    assert "(path 1, document 2 in the archive, .docx): refused:" in out
    assert "Pak" not in out
    assert "Pak" not in out
    assert not Testimony.objects.exists()


def test_a_dry_run_checks_everything_and_writes_nothing(
    tmp_path: Path, carol: User, store: Path
) -> None:
    text = tmp_path / "a.txt"
    text.write_text("The minder Kang Chol took our passports.", encoding="utf-8")
    events = AuditEvent.objects.count()
    out = _run(str(text), "--as", "carol", "--dry-run", *FACTS)
    assert "ready; 1 name found" in out
    assert "Dry run: 1 document would become draft testimonies; nothing written." in out
    assert not Testimony.objects.exists()
    assert not list(store.rglob("*.bin"))
    assert AuditEvent.objects.count() == events


def test_one_audit_event_per_file(tmp_path: Path, carol: User, store: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"Interview {name}: we worked at night.", encoding="utf-8")
    _run(*(str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt")), "--as", "carol", *FACTS)
    events = AuditEvent.objects.filter(action=AuditEvent.Action.IMPORTED, actor=carol)
    assert events.count() == 3
    assert {event.object_type for event in events} == {"transcript"}
    assert len({event.object_id for event in events}) == 1  # one import, as one page batch
    assert {event.testimony_id for event in events} == set(
        Testimony.objects.values_list("id", flat=True)
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["a\x00b.txt", "--as", "carol", *FACTS], "A path contains a NUL character"),
        (["\udcc7\udcd1.txt", "--as", "carol", *FACTS], "A path is not UTF-8 text"),
        (["{file}", "--as", "car\x00ol", *FACTS], "The user name of --as contains a NUL"),
        (
            ["{file}", "--as", "carol", *FACTS[:2], "--place", "Seo\x00ul", *FACTS[4:]],
            "The place (--place) contains a NUL",
        ),
        (["{file}", "--as", "nobody", *FACTS], "No active user named 'nobody'"),
        (["{file}", "--as", "alice", *FACTS], "alice may not import testimonies"),
        (["missing.txt", "--as", "carol", *FACTS], "missing.txt does not exist"),
        (["{file}", "--as", "carol", *FACTS[:6], "--sector", "knitting"], "No sector with"),
        (
            ["{file}", "--as", "carol", "--date", "2999-01-01", *FACTS[2:]],
            "Document 1: interview date: ",
        ),
        (["{file}", "--as", "carol", "--date", "2024-02-30", *FACTS[2:]], "interview_date"),
    ],
)
def test_bad_arguments_stop_with_a_sentence(
    tmp_path: Path, carol: User, alice: User, store: Path, arguments: list[str], message: str
) -> None:
    text = tmp_path / "a.txt"
    text.write_text("We worked at night.", encoding="utf-8")
    arguments = [str(text) if argument == "{file}" else argument for argument in arguments]
    out, error = _refused(*arguments)
    assert message in error + out
    assert not Testimony.objects.exists()


def test_an_empty_folder_is_refused(tmp_path: Path, carol: User, store: Path) -> None:
    (tmp_path / "empty" / ".hidden").mkdir(parents=True)
    _out, error = _refused(str(tmp_path / "empty"), "--as", "carol", *FACTS)
    assert "holds no file to import" in error
