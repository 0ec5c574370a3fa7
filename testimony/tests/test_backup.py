"""`manage.py backup` and `manage.py restore`: encrypted archives that restore exactly."""

import base64
import hashlib
import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from testimony import entity_stats
from testimony.audit import audit_record, audit_verify
from testimony.backup import _DecryptingReader, backed_up_models, backup_key
from testimony.models import (
    Anonymization,
    AuditEvent,
    Entity,
    EntityRole,
    EntityStats,
    Testimony,
    TestimonyEntity,
)
from testimony.services import persons_matching_name

pytestmark = pytest.mark.django_db

KEY = base64.urlsafe_b64encode(b"k" * 32).decode()


@pytest.fixture
def backup_settings(settings: object, tmp_path: Path) -> Path:
    """A backup key, and bundle and attachment folders of this test's own."""
    settings.BACKUP_KEY = KEY
    settings.BUNDLE_DIR = tmp_path / "bundles"
    storages = dict(settings.STORAGES)
    storages["attachments"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tmp_path / "attachments"},
    }
    settings.STORAGES = storages
    settings.MEDIA_ROOT = ""
    return tmp_path


@pytest.fixture
def collection(make_testimony: Callable[..., Testimony], alice: object, backup_settings: Path):
    first = make_testimony()
    make_testimony(witness_name="Kim Sun-hui", witness_hangul="김순희")
    audit_record(actor=alice, action=AuditEvent.Action.CREATED, testimony=first)
    bundle = backup_settings / "bundles" / "petition-1" / "bundle.zip"
    bundle.parent.mkdir(parents=True)
    bundle.write_bytes(b"PK\x05\x06" + bytes(18))
    return first


def empty_database() -> None:
    """A migrated database with no data, as on a new server."""
    if connection.vendor == "postgresql":
        # PostgreSQL truncates nothing while checks of this test's inserts are still pending.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)


def start_afresh(folder: Path) -> None:
    """What a new server is: a migrated database with no data, no files."""
    empty_database()
    for path in (folder / "bundles").rglob("*"):
        if path.is_file():
            path.unlink()


def database_contents() -> dict[str, tuple[int, str]]:
    """Rows and a hash of the decrypted content of every backed-up table."""
    contents = {}
    for model in backed_up_models():
        columns = [column.attname for column in model._meta.concrete_fields]
        rows = list(model._base_manager.order_by("pk").values_list(*columns))
        contents[model._meta.label] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return contents


def backup(path: Path) -> str:
    out = io.StringIO()
    call_command("backup", out=path, stdout=out)
    return out.getvalue()


def archive_members(path: Path) -> dict[str, bytes]:
    with path.open("rb") as source:
        reader = io.BufferedReader(_DecryptingReader(source, backup_key()))
        with tarfile.open(fileobj=reader, mode="r|") as archive:
            return {info.name: archive.extractfile(info).read() for info in archive}


class BackupRoundTripTests:
    def test_a_restore_gives_back_every_row_and_file(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        before = database_contents()
        backup(archive)
        start_afresh(backup_settings)
        assert Testimony.objects.count() == 0
        bundle = backup_settings / "bundles" / "petition-1" / "bundle.zip"
        assert not bundle.exists()

        out = io.StringIO()
        call_command("restore", archive, stdout=out)

        assert "Restored the backup" in out.getvalue()
        assert database_contents() == before
        assert bundle.read_bytes() == b"PK\x05\x06" + bytes(18)
        assert audit_verify()[1] is None

    def test_the_corroboration_figures_are_rebuilt_after_a_restore(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        """The figures are derived data, left out of the archive: the restore asks for a full
        rebuild, so the corroboration list counts the restored links, not an empty table."""
        company = Entity.objects.create(name="Namgang Construction", kind=Entity.Kind.COMPANY)
        TestimonyEntity.objects.create(
            testimony=collection, entity=company, role=EntityRole.EMPLOYER
        )
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        assert not any("entitystats" in name for name in archive_members(archive))
        start_afresh(backup_settings)

        call_command("restore", archive, stdout=io.StringIO())
        entity_stats.refresh()

        stats = EntityStats.objects.get(entity__uuid=company.uuid)
        assert (stats.testimonies, stats.witnesses) == (1, 1)

    def test_restored_identities_decrypt_and_are_found_by_name(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        start_afresh(backup_settings)

        call_command("restore", archive, stdout=io.StringIO())

        witness = Testimony.objects.get(uuid=collection.uuid).witness()
        assert witness.name_romanized == "Rim Myong-chol"
        assert witness.name_hangul == "림명철"
        matches = persons_matching_name("Kim Sun-hui")
        assert [person.name_hangul for person in matches] == ["김순희"]

    def test_restored_approved_narratives_are_found_by_their_words(
        self, collection: Testimony, carol: User, backup_settings: Path
    ) -> None:
        """On PostgreSQL the search reads a column the database fills (migration 0015): it must
        be filled again after a restore, whatever order the tables load in."""
        Anonymization.objects.create(
            testimony=collection,
            version_number=collection.revision,
            original="감독원이 여권을 가져갔습니다.",
            english="The minder took our passports.",
            approved_by=carol,
            approved_at=timezone.now(),
        )
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        start_afresh(backup_settings)

        call_command("restore", archive, stdout=io.StringIO())

        client = Client()
        client.force_login(User.objects.get(username="carol"))
        for word in ("passports", "여권"):
            page = client.get(reverse("testimony:list"), {"q": word}).context["page"]
            assert [t.uuid for t in page.object_list] == [collection.uuid]

    def test_the_verify_option_confirms_an_intact_archive(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        out = io.StringIO()

        call_command("backup", verify=archive, stdout=out)

        assert "is intact" in out.getvalue()


class BackupContentTests:
    def test_the_archive_holds_tokens_never_names_or_keys(
        self, collection: Testimony, backup_settings: Path, settings: object
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        raw = archive.read_bytes()
        members = archive_members(archive)
        everything = b"".join(members.values())

        for secret in ("Rim Myong-chol", "림명철", "Kim Sun-hui"):
            assert secret.encode() not in raw
            assert secret.encode() not in everything
        for key in [*settings.FIELD_ENCRYPTION_KEYS, settings.BLIND_INDEX_KEY, KEY]:
            assert key.encode() not in everything
        assert b"fernet:" in members["database/testimony.person.jsonl"]

    def test_the_manifest_lists_every_member_with_its_hash(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        members = archive_members(archive)

        manifest = json.loads(members.pop("manifest.json"))
        assert set(manifest["members"]) == set(members)
        for name, body in members.items():
            assert manifest["members"][name]["sha256"] == hashlib.sha256(body).hexdigest()
        assert manifest["members"]["database/testimony.testimony.jsonl"]["rows"] == 2
        assert "files/bundles/petition-1/bundle.zip" in members

    def test_the_archive_is_readable_by_its_owner_only(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)

        assert archive.stat().st_mode & 0o077 == 0


class BackupRefusalTests:
    def test_a_tampered_archive_is_refused_and_nothing_is_restored(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        data = bytearray(archive.read_bytes())
        data[len(data) // 2] ^= 0x01
        archive.write_bytes(bytes(data))
        start_afresh(backup_settings)

        with pytest.raises(CommandError, match="altered or cut short"):
            call_command("backup", verify=archive)
        with pytest.raises(CommandError, match="altered or cut short"):
            call_command("restore", archive)
        assert Testimony.objects.count() == 0

    def test_a_truncated_archive_is_refused(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        archive.write_bytes(archive.read_bytes()[:-100])

        with pytest.raises(CommandError, match="altered or cut short"):
            call_command("backup", verify=archive)

    def test_another_key_cannot_read_the_archive(
        self, collection: Testimony, backup_settings: Path, settings: object
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        settings.BACKUP_KEY = base64.urlsafe_b64encode(b"x" * 32).decode()

        with pytest.raises(CommandError, match="not the key it was made with"):
            call_command("backup", verify=archive)

    def test_restore_refuses_a_database_that_holds_data(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)

        with pytest.raises(CommandError, match="The database is not empty"):
            call_command("restore", archive)
        assert Testimony.objects.count() == 2

    def test_restore_refuses_to_overwrite_files(
        self, collection: Testimony, backup_settings: Path
    ) -> None:
        archive = backup_settings / "backup.tar.enc"
        backup(archive)
        empty_database()

        with pytest.raises(CommandError, match="is not empty; a restore never mixes files"):
            call_command("restore", archive)
        assert Testimony.objects.count() == 0

    def test_backup_without_a_key_says_how_to_make_one(
        self, backup_settings: Path, settings: object
    ) -> None:
        settings.BACKUP_KEY = ""

        with pytest.raises(CommandError, match="BACKUP_KEY is not set"):
            backup(backup_settings / "backup.tar.enc")
        assert not (backup_settings / "backup.tar.enc").exists()
        assert not (backup_settings / "backup.tar.enc.partial").exists()

    def test_backup_never_overwrites_an_existing_file(self, backup_settings: Path) -> None:
        existing = backup_settings / "backup.tar.enc"
        existing.write_bytes(b"an older backup")

        with pytest.raises(CommandError, match="already exists"):
            backup(existing)
        assert existing.read_bytes() == b"an older backup"

    def test_a_file_that_is_not_a_backup_is_named_as_such(self, backup_settings: Path) -> None:
        other = backup_settings / "notes.txt"
        other.write_text("shopping list")

        with pytest.raises(CommandError, match="not a backup made by"):
            call_command("backup", verify=other)


def test_every_table_is_backed_up_except_sessions_and_derived_figures() -> None:
    labels = {model._meta.label_lower for model in backed_up_models()}

    assert {"testimony.testimony", "testimony.auditevent", "auth.user"} <= labels
    assert "sessions.session" not in labels
    assert not labels & {"testimony.entitystats", "testimony.entitystatsstale"}
    assert all(issubclass(model, models.Model) for model in backed_up_models())
