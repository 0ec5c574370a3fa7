"""Attachments: accepted by content, encrypted under their own key, stored under a random name,
served only as recorded downloads, deleted without losing their chain of custody."""

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.urls import reverse

from testimony.attachments import (
    CHUNK_SIZE,
    AttachmentDamaged,
    AttachmentRefused,
    decrypt_chunks,
    encrypt_file,
    sniff,
)
from testimony.models import Attachment, AuditEvent, CustodyEvent, Status, Testimony
from testimony.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

MARKER = b"evidence-marker-7d1f0c"


def docx_bytes(text: str = "Signed consent") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# The first bytes of each accepted kind, followed by a marker to look for in storage.
SAMPLES = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + MARKER,
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + MARKER,
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + MARKER,
    "webp": b"RIFF\x24\x00\x00\x00WEBPVP8 " + MARKER,
    "wav": b"RIFF\x24\x00\x00\x00WAVEfmt " + MARKER,
    "mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00" + MARKER,
    "m4a": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00" + MARKER,
    "opus": b"OggS\x00\x02" + b"\x00" * 22 + b"OpusHead" + MARKER,
}


@pytest.fixture(autouse=True)
def attachment_dir(settings: object, tmp_path: Path) -> Path:
    """Each test stores its files in a fresh directory."""
    location = tmp_path / "attachments"
    settings.STORAGES = {
        **django_settings.STORAGES,
        "attachments": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": location, "base_url": None},
        },
    }
    return location


@pytest.fixture
def testimony(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony()


def upload(
    client: Client,
    testimony: Testimony,
    content: bytes,
    name: str = "Rim Myong-chol consent.pdf",
    category: str = "consent_scan",
    content_type: str = "application/pdf",
):
    return client.post(
        reverse("testimony:attachment_add", args=[testimony.uuid]),
        {"category": category, "file": SimpleUploadedFile(name, content, content_type)},
    )


def stored_files(location: Path) -> list[Path]:
    return [path for path in location.rglob("*") if path.is_file()] if location.exists() else []


class SniffTests:
    @pytest.mark.parametrize("extension", sorted(SAMPLES))
    def test_it_recognizes_each_accepted_kind_by_its_first_bytes(self, extension: str) -> None:
        assert sniff(io.BytesIO(SAMPLES[extension])).extension == extension

    def test_it_recognizes_an_mp3_without_a_tag_by_its_frame_header(self) -> None:
        assert sniff(io.BytesIO(b"\xff\xfb\x90\x00" + b"\x00" * 40)).extension == "mp3"

    def test_it_recognizes_a_word_document_by_what_the_zip_holds(self) -> None:
        assert sniff(io.BytesIO(docx_bytes())).extension == "docx"

    @pytest.mark.parametrize(
        ("content", "reason"),
        [
            (b"<html><script>alert(1)</script></html>", "not accepted"),
            (b"MZ\x90\x00\x03\x00\x00\x00", "not accepted"),
            (b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "not accepted"),
            (b"GIF89a\x01\x00", "not accepted"),
            (b"", "empty"),
            (b"PK\x03\x04 not really a zip", "cannot be read"),
        ],
    )
    def test_it_refuses_everything_else_in_words(self, content: bytes, reason: str) -> None:
        with pytest.raises(AttachmentRefused, match=reason):
            sniff(io.BytesIO(content))

    def test_it_refuses_a_zip_that_is_not_a_word_document(self) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("list.txt", "names")
        with pytest.raises(AttachmentRefused, match="not a Word document"):
            sniff(buffer)

    def test_it_refuses_a_word_document_with_macros(self) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/document.xml", "<w:document/>")
            archive.writestr("word/vbaProject.bin", b"\x00")
        with pytest.raises(AttachmentRefused, match="macros"):
            sniff(buffer)


class EncryptionTests:
    @pytest.mark.parametrize(
        "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE]
    )
    def test_what_is_encrypted_decrypts_to_the_same_bytes(self, size: int) -> None:
        plaintext = os.urandom(size)
        key = os.urandom(32)
        sealed = io.BytesIO()
        digest = encrypt_file(io.BytesIO(plaintext), sealed, key, b"attachment-1")
        sealed.seek(0)

        assert b"".join(decrypt_chunks(sealed, key, b"attachment-1")) == plaintext
        assert digest == hashlib.sha256(plaintext).hexdigest()

    def test_a_truncated_file_does_not_decrypt(self) -> None:
        key = os.urandom(32)
        sealed = io.BytesIO()
        encrypt_file(io.BytesIO(os.urandom(2 * CHUNK_SIZE + 5)), sealed, key, b"a")
        cut = io.BytesIO(sealed.getvalue()[: -(5 + 16)])

        with pytest.raises(AttachmentDamaged):
            b"".join(decrypt_chunks(cut, key, b"a"))

    def test_a_file_moved_to_another_attachment_does_not_decrypt(self) -> None:
        key = os.urandom(32)
        sealed = io.BytesIO()
        encrypt_file(io.BytesIO(b"consent"), sealed, key, b"attachment-1")
        sealed.seek(0)

        with pytest.raises(AttachmentDamaged):
            b"".join(decrypt_chunks(sealed, key, b"attachment-2"))

    def test_an_altered_byte_is_detected(self) -> None:
        key = os.urandom(32)
        sealed = io.BytesIO()
        encrypt_file(io.BytesIO(b"consent form"), sealed, key, b"a")
        altered = bytearray(sealed.getvalue())
        altered[-20] ^= 1

        with pytest.raises(AttachmentDamaged):
            b"".join(decrypt_chunks(io.BytesIO(bytes(altered)), key, b"a"))


class UploadTests:
    def test_an_interviewer_attaches_a_consent_scan_encrypted_under_a_random_name(
        self, client: Client, alice: User, testimony: Testimony, attachment_dir: Path
    ) -> None:
        client.force_login(alice)
        response = upload(client, testimony, SAMPLES["pdf"])

        assert response.status_code == 302
        attachment = Attachment.objects.get(testimony=testimony)
        assert attachment.category == Attachment.Category.CONSENT_SCAN
        assert attachment.kind == "pdf"
        assert attachment.size == len(SAMPLES["pdf"])
        assert attachment.sha256 == hashlib.sha256(SAMPLES["pdf"]).hexdigest()
        assert attachment.original_name == "Rim Myong-chol consent.pdf"
        [stored] = stored_files(attachment_dir)
        assert "Rim" not in str(stored)
        assert "consent" not in str(stored)
        assert MARKER not in stored.read_bytes()
        assert b"%PDF" not in stored.read_bytes()

    def test_the_original_name_and_file_key_are_encrypted_in_the_database(
        self, client: Client, alice: User, testimony: Testimony
    ) -> None:
        client.force_login(alice)
        upload(client, testimony, SAMPLES["pdf"])

        with connection.cursor() as cursor:
            cursor.execute("SELECT original_name, data_key FROM testimony_attachment")
            original_name, data_key = cursor.fetchone()
        assert original_name.startswith("fernet:")
        assert "Rim" not in original_name
        assert data_key.startswith("fernet:")

    def test_the_upload_starts_the_chain_of_custody(
        self, client: Client, alice: User, testimony: Testimony
    ) -> None:
        client.force_login(alice)
        upload(client, testimony, SAMPLES["jpg"], name="photo.jpg", category="photo")

        attachment = Attachment.objects.get()
        assert list(attachment.custody.values_list("action", "actor")) == [
            (CustodyEvent.Action.UPLOADED, alice.pk)
        ]
        event = AuditEvent.objects.get(action=AuditEvent.Action.ATTACHMENT_UPLOADED)
        assert event.testimony == testimony
        assert event.object_id == str(attachment.uuid)
        assert "photo.jpg" not in str(event.detail)

    def test_the_browsers_content_type_and_extension_are_ignored(
        self, client: Client, alice: User, testimony: Testimony, attachment_dir: Path
    ) -> None:
        client.force_login(alice)
        response = upload(
            client, testimony, b"<html><script>steal()</script></html>", name="scan.pdf"
        )

        assert response.status_code == 200
        assert "This type of file is not accepted" in response.content.decode()
        assert not Attachment.objects.exists()
        assert stored_files(attachment_dir) == []

    def test_a_word_document_is_accepted(
        self, client: Client, alice: User, testimony: Testimony
    ) -> None:
        client.force_login(alice)
        upload(client, testimony, docx_bytes(), name="statement.docx", category="document")

        assert Attachment.objects.get().kind == "docx"

    def test_a_file_over_the_limit_is_cut_off_and_refused_in_words(
        self, client: Client, alice: User, testimony: Testimony, settings: object
    ) -> None:
        settings.ATTACHMENT_MAX_BYTES = 1000
        client.force_login(alice)
        response = upload(client, testimony, SAMPLES["pdf"] + b"\x00" * 2000)

        assert response.status_code == 200
        assert "larger than 1000" in response.content.decode()
        assert not Attachment.objects.exists()

    def test_the_chosen_category_is_kept_when_the_file_is_refused(
        self, client: Client, alice: User, testimony: Testimony
    ) -> None:
        client.force_login(alice)
        response = upload(client, testimony, b"plain text", category="audio")

        assert response.context["form"]["category"].value() == "audio"

    def test_nobody_attaches_to_an_approved_testimony(
        self, client: Client, alice: User, make_testimony: Callable[..., Testimony]
    ) -> None:
        approved = make_testimony(status=Status.APPROVED)
        client.force_login(alice)
        response = upload(client, approved, SAMPLES["pdf"])

        assert response.status_code == 302
        assert not Attachment.objects.exists()

    def test_a_user_without_a_role_may_not_upload(
        self, client: Client, charlie: User, testimony: Testimony
    ) -> None:
        client.force_login(charlie)
        assert upload(client, testimony, SAMPLES["pdf"]).status_code == 403


@pytest.fixture
def scan(client: Client, alice: User, testimony: Testimony) -> Attachment:
    client.force_login(alice)
    upload(client, testimony, SAMPLES["pdf"])
    client.logout()
    return Attachment.objects.get()


def confirm_password(client: Client) -> None:
    """Downloads, like revealing names, need the password again (accounts.reauth)."""
    client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD})


def download_url(attachment: Attachment, testimony: Testimony | None = None) -> str:
    owner = testimony or attachment.testimony
    return reverse("testimony:attachment_download", args=[owner.uuid, attachment.uuid])


class DownloadTests:
    def test_it_is_sent_as_a_download_with_a_generic_name(
        self, client: Client, alice: User, scan: Attachment
    ) -> None:
        client.force_login(alice)
        confirm_password(client)
        response = client.get(download_url(scan))

        assert response.status_code == 200
        assert b"".join(response.streaming_content) == SAMPLES["pdf"]
        disposition = response["Content-Disposition"]
        assert disposition.startswith("attachment;")
        assert f"{scan.testimony.case_code}-consent_scan-{scan.uuid.hex[:8]}.pdf" in disposition
        assert "Rim" not in disposition
        assert response["Content-Type"] == "application/pdf"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "no-store" in response["Cache-Control"]

    def test_every_download_is_recorded(self, client: Client, bob: User, scan: Attachment) -> None:
        client.force_login(bob)
        confirm_password(client)
        b"".join(client.get(download_url(scan)).streaming_content)

        assert scan.custody.filter(action=CustodyEvent.Action.DOWNLOADED, actor=bob).count() == 1
        assert AuditEvent.objects.filter(
            action=AuditEvent.Action.ATTACHMENT_DOWNLOADED, actor=bob, object_id=str(scan.uuid)
        ).exists()

    def test_the_password_is_asked_again_before_a_download(
        self, client: Client, alice: User, scan: Attachment
    ) -> None:
        client.force_login(alice)
        response = client.get(download_url(scan))

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("testimony:reauthenticate"))
        assert not scan.custody.filter(action=CustodyEvent.Action.DOWNLOADED).exists()

    def test_another_interviewer_gets_a_404(
        self, client: Client, erin: User, scan: Attachment
    ) -> None:
        client.force_login(erin)
        assert client.get(download_url(scan)).status_code == 404
        assert not scan.custody.filter(action=CustodyEvent.Action.DOWNLOADED).exists()

    def test_a_user_without_a_role_is_refused(
        self, client: Client, charlie: User, scan: Attachment
    ) -> None:
        client.force_login(charlie)
        assert client.get(download_url(scan)).status_code == 403

    def test_a_damaged_file_is_a_404_not_a_crash(
        self, client: Client, alice: User, scan: Attachment, attachment_dir: Path
    ) -> None:
        [stored] = stored_files(attachment_dir)
        stored.write_bytes(stored.read_bytes()[:-3])
        client.force_login(alice)
        confirm_password(client)

        assert client.get(download_url(scan)).status_code == 404


class DeleteTests:
    def test_deleting_removes_the_file_and_its_key_and_keeps_the_custody(
        self,
        client: Client,
        alice: User,
        scan: Attachment,
        attachment_dir: Path,
        django_capture_on_commit_callbacks: Callable,
    ) -> None:
        client.force_login(alice)
        confirm_password(client)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("testimony:attachment_delete", args=[scan.testimony.uuid, scan.uuid])
            )

        assert response.status_code == 302
        scan.refresh_from_db()
        assert scan.is_deleted
        assert scan.deleted_by == alice
        assert scan.data_key == ""
        assert scan.sha256 == hashlib.sha256(SAMPLES["pdf"]).hexdigest()
        assert stored_files(attachment_dir) == []
        assert list(scan.custody.values_list("action", flat=True)) == [
            CustodyEvent.Action.UPLOADED,
            CustodyEvent.Action.DELETED,
        ]
        assert client.get(download_url(scan)).status_code == 404

    def test_another_interviewer_cannot_delete(
        self, client: Client, erin: User, scan: Attachment
    ) -> None:
        client.force_login(erin)
        response = client.post(
            reverse("testimony:attachment_delete", args=[scan.testimony.uuid, scan.uuid])
        )

        assert response.status_code == 404
        assert not Attachment.objects.get().is_deleted


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL")
def test_postgresql_refuses_to_rewrite_or_remove_custody(scan: Attachment) -> None:
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        CustodyEvent.objects.update(action=CustodyEvent.Action.DELETED)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        CustodyEvent.objects.all().delete()
    assert scan.custody.count() == 1


class DetailPageTests:
    def test_the_detail_page_lists_attachments_without_their_names(
        self, client: Client, alice: User, scan: Attachment
    ) -> None:
        client.force_login(alice)
        page = client.get(scan.testimony.get_absolute_url()).content.decode()

        assert download_url(scan) in page
        assert "Consent form (scan or photo)" in page
        assert "Rim Myong-chol consent.pdf" not in page

    def test_the_original_name_shows_with_the_real_names(
        self, client: Client, alice: User, scan: Attachment
    ) -> None:
        client.force_login(alice)
        confirm_password(client)
        page = client.post(reverse("testimony:identities", args=[scan.testimony.uuid]), follow=True)

        assert "Rim Myong-chol consent.pdf" in page.content.decode()

    def test_the_admin_lists_attachments_without_names(
        self, client: Client, dave: User, scan: Attachment
    ) -> None:
        client.force_login(dave)
        listing = client.get(reverse("admin:testimony_attachment_changelist")).content.decode()
        change = client.get(
            reverse("admin:testimony_attachment_change", args=[scan.pk])
        ).content.decode()

        assert scan.uuid.hex[:8] in listing
        for page in (listing, change):
            assert "Rim Myong-chol" not in page
            assert scan.storage_name not in page


def test_bundles_read_nothing_of_attachments() -> None:
    """Consent scans must never enter a bundle: no module of the bundle package touches them."""
    bundle_dir = Path(django_settings.BASE_DIR) / "testimony" / "bundle"
    for source in bundle_dir.glob("*.py"):
        text = source.read_text()
        for word in ("attachment", "Attachment", "storages", "CustodyEvent"):
            assert word not in text, f"{source.name} mentions {word}"


def _storage_in_a_fresh_process(**env: str) -> list[str]:
    program = (
        "import django; django.setup(); "
        "from django.conf import settings; "
        "from testimony.attachments import attachment_storage; "
        "storage = attachment_storage(); "
        "print(type(storage).__name__, getattr(storage, 'bucket_name', storage.location), "
        "getattr(storage, 'default_acl', settings.STATIC_ROOT))"
    )
    clean = {name: value for name, value in os.environ.items() if not name.startswith("ATTACH")}
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=django_settings.BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_attachments_are_kept_in_the_var_directory_by_default(tmp_path: Path) -> None:
    """Outside the web root: under DJANGO_VAR_DIR, apart from the collected static files."""
    backend, location, static_root = _storage_in_a_fresh_process(DJANGO_VAR_DIR=str(tmp_path))

    assert backend == "FileSystemStorage"
    assert location == str(tmp_path / "attachments")
    assert not location.startswith(static_root)


def test_an_s3_bucket_is_used_when_configured() -> None:
    """With ATTACHMENTS_S3_BUCKET set, the attachments storage is django-storages' S3 backend."""
    assert _storage_in_a_fresh_process(
        ATTACHMENTS_S3_BUCKET="ngo-evidence",
        ATTACHMENTS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
    ) == ["S3Storage", "ngo-evidence", "private"]
