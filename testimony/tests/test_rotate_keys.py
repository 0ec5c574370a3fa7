"""Key rotation: data written under key A is re-encrypted under B, and then B alone reads it all."""

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection, transaction

from testimony.attachments import attachment_open, attachment_upload
from testimony.crypto import encrypted_with_newest_key
from testimony.management.commands.rotate_keys import encrypted_columns
from testimony.models import (
    Attachment,
    Narrative,
    Person,
    ReviewComment,
    Testimony,
    TestimonyVersion,
)
from testimony.versions import version_record, version_snapshot

pytestmark = pytest.mark.django_db

KEY_A = django_settings.FIELD_ENCRYPTION_KEYS[0]
KEY_B = Fernet.generate_key().decode()
SCAN = b"%PDF-1.7\nsigned by the witness"


@pytest.fixture
def written_under_a(
    make_testimony: Callable[..., Testimony],
    alice: User,
    bob: User,
    settings: object,
    tmp_path: Path,
) -> Testimony:
    """A testimony with names, narrative, a version, a comment and an attachment, all under A."""
    settings.FIELD_ENCRYPTION_KEYS = [KEY_A]
    settings.STORAGES = {
        **django_settings.STORAGES,
        "attachments": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "attachments"},
        },
    }
    testimony = make_testimony()
    with transaction.atomic():
        version_record(testimony=testimony, by=alice)
    ReviewComment.objects.create(
        testimony=testimony, author=bob, body="Rim said his minder hit him."
    )
    attachment_upload(
        testimony=testimony,
        by=alice,
        upload=SimpleUploadedFile("Rim consent.pdf", SCAN),
        category=Attachment.Category.CONSENT_SCAN,
    )
    return testimony


def rotate(*options: str) -> tuple[int, str]:
    out = io.StringIO()
    try:
        call_command("rotate_keys", *options, stdout=out, stderr=out)
    except SystemExit as exit_:
        return int(exit_.code), out.getvalue()
    return 0, out.getvalue()


def stored_tokens() -> list[str]:
    tokens = []
    with connection.cursor() as cursor:
        for model, fields in encrypted_columns():
            columns = ", ".join(field.column for field in fields)
            cursor.execute(f"SELECT {columns} FROM {model._meta.db_table}")  # noqa: S608
            tokens += [value for row in cursor.fetchall() for value in row if value]
    return tokens


def everything_reads(testimony: Testimony, alice: User) -> None:
    witness = Person.objects.get(testimony=testimony)
    assert witness.name_romanized == "Rim Myong-chol"
    assert witness.name_hangul == "림명철"
    assert "림명철" in Narrative.objects.get(testimony=testimony).original
    snapshot = version_snapshot(TestimonyVersion.objects.get(testimony=testimony))
    assert "Rim Myong-chol" in str(snapshot)
    assert ReviewComment.objects.get().body == "Rim said his minder hit him."
    attachment = Attachment.objects.get()
    assert attachment.original_name == "Rim consent.pdf"
    assert b"".join(attachment_open(attachment, by=alice)) == SCAN


class RotateKeysTests:
    def test_after_rotation_the_new_key_alone_decrypts_everything(
        self, written_under_a: Testimony, alice: User, settings: object
    ) -> None:
        settings.FIELD_ENCRYPTION_KEYS = [KEY_B, KEY_A]
        everything_reads(written_under_a, alice)  # old rows still decrypt during rotation

        code, output = rotate()

        assert code == 0, output
        assert "re-encrypted with the newest key" in output
        settings.FIELD_ENCRYPTION_KEYS = [KEY_B]
        everything_reads(written_under_a, alice)

    def test_the_old_key_alone_no_longer_decrypts_anything(
        self, written_under_a: Testimony, settings: object
    ) -> None:
        settings.FIELD_ENCRYPTION_KEYS = [KEY_B, KEY_A]
        rotate()

        settings.FIELD_ENCRYPTION_KEYS = [KEY_A]
        tokens = stored_tokens()
        assert tokens
        assert not any(encrypted_with_newest_key(token) for token in tokens)

    def test_it_counts_what_it_rotates_and_a_second_run_rewrites_nothing(
        self, written_under_a: Testimony, settings: object
    ) -> None:
        settings.FIELD_ENCRYPTION_KEYS = [KEY_B, KEY_A]
        total = len(stored_tokens())

        _code, first = rotate("--batch-size", "2")
        _code, second = rotate()

        assert f"{total} encrypted values checked: {total} re-encrypted" in first
        assert "testimony.Person.name_romanized: 1" in first
        assert "testimony.Attachment.data_key: 1" in first
        assert f"0 re-encrypted with the newest key, {total} already on it" in second

    def test_check_counts_values_behind_and_changes_nothing(
        self, written_under_a: Testimony, settings: object
    ) -> None:
        settings.FIELD_ENCRYPTION_KEYS = [KEY_B, KEY_A]
        before = stored_tokens()

        code, output = rotate("--check")

        assert code == 1
        assert f"0 on the newest key, {len(before)} on an older key" in output
        assert stored_tokens() == before
        rotate()
        assert rotate("--check")[0] == 0

    def test_values_no_configured_key_decrypts_are_reported_not_lost(
        self, written_under_a: Testimony, settings: object
    ) -> None:
        settings.FIELD_ENCRYPTION_KEYS = [KEY_B]  # A removed too early
        before = stored_tokens()

        code, output = rotate()

        assert code == 1
        assert "Put it back" in output
        assert stored_tokens() == before

    def test_every_encrypted_field_is_found_without_a_list(self) -> None:
        found = {
            f"{model.__name__}.{field.name}"
            for model, fields in encrypted_columns()
            for field in fields
        }
        assert {
            "Narrative.original",
            "Narrative.english",
            "Person.name_romanized",
            "Person.name_hangul",
            "Person.aliases",
            "Person.contact_details",
            "IndicatorTag.passage",
            "TestimonyVersion.snapshot",
            "ReviewComment.body",
            "ConsentWithdrawal.note",
            "Anonymization.decisions",
            "Attachment.original_name",
            "Attachment.data_key",
        } <= found
