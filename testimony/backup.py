"""Encrypted, verifiable backups of the database and files, and their restore.

An archive is a tar stream encrypted with AES-256-GCM under `settings.BACKUP_KEY`, in chunks of
1 MiB (the STREAM construction: each chunk's nonce holds its number and its associated data says
whether it is the last one, so a chunk altered, dropped, reordered or cut off is detected).
Inside:

- `database/<app>.<model>.jsonl`: every row of every table, one JSON object per line, in the
  database's own terms (foreign keys as ids). A logical dump rather than `pg_dump` or SQLite's
  backup API, so that a backup of the embedded SQLite database restores into PostgreSQL and back,
  and so that it needs no client tools of the exact server version on the backup host.
- encrypted columns exactly as stored: the `fernet:` tokens, never the names. The archive
  therefore never holds an identity in clear, even for whoever has BACKUP_KEY; it holds no
  field-encryption key either (they are backed up separately, see docs/DEPLOY.md).
- `files/bundles/...`, `files/attachments/...` (when attachments are on local disk): the files.
- `manifest.json`, last: format, time, the migrations the database was at, and the SHA-256,
  size and row count of every other member.

Restore takes a migrated database holding no data (only what migrations themselves create, which
it replaces) at the same migrations, checks the whole archive first, then loads every table in
one transaction. Encrypted values are decrypted with the configured field keys and encrypted
again with the newest, so a restore fails at once if the keys do not match the data.
"""

import base64
import binascii
import hashlib
import io
import json
import os
import struct
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.apps import apps
from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.functions import Cast
from django.utils import timezone

from testimony.crypto import DecryptionError, EncryptedTextField, decrypt
from testimony.kept_rebuild import refresh_kept_soon
from testimony.models import EntityStatsStale, PersonGroupStale
from testimony.models.entity_stats import ExportableStale

FORMAT = 1
MAGIC = b"TESTIMONY-BACKUP\x01"
NONCE_PREFIX_SIZE = 7
CHUNK_SIZE = 1024 * 1024
ROWS_PER_INSERT = 1000
MANIFEST = "manifest.json"

# Sessions are logins, not data: a restored system starts with everyone signed out. The
# corroboration figures (`EntityStats`, and its queue of stale entities, which `migrate` starts
# with a rebuild marker) are derived from the links and postings: a restore asks for a full
# rebuild instead of carrying them. So are the persons' kept groups (`PersonGroupKept`, its
# queue likewise, 0028), the figures kept per user, the facts and witness keys kept per
# testimony and the kept set of exportable testimonies with its queue (0029).
EXCLUDED_MODELS = {
    "sessions.session",
    "testimony.entitystats",
    "testimony.entitystatsstale",
    "testimony.persongroupkept",
    "testimony.persongroupstale",
    "testimony.exportabletestimony",
    "testimony.exportablestale",
    "testimony.testimonyfacts",
    "testimony.testimonywitnesskey",
    "testimony.entityviewerstats",
    "testimony.entityfilterstats",
    "testimony.entitybreakdownstale",
    "testimony.entitytimeline",
    "testimony.entitypage",
    "testimony.entityexportable",
    "testimony.entitypagestale",
    "testimony.persongroupmember",
    "testimony.entitymention",
    "testimony.entitymentionfacts",
    "testimony.entitymentionwitness",
    "testimony.entitymentionfilter",
    "testimony.entitymentionstale",
    "testimony.entityperiodcount",
    "testimony.entityperiodfigure",
}
# Tables that migrations fill (content types, permissions, role groups, vocabularies, public
# figures): a fresh database has rows there, and restore replaces them with the backup's.
MIGRATION_FILLED_APPS = {"contenttypes"}
MIGRATION_FILLED_MODELS = {
    "auth.permission",
    "auth.group",
    "auth.group_permissions",
    "testimony.country",
    "testimony.sector",
    "testimony.province",
    "testimony.mandate",
    "testimony.publicfigure",
}


class BackupError(Exception):
    """The archive cannot be written, read or restored; the message says why in words."""


# Keys and encryption


def backup_key() -> bytes:
    value = getattr(settings, "BACKUP_KEY", "")
    if not value:
        raise BackupError(
            "BACKUP_KEY is not set. Set it in the environment of the backup job to url-safe "
            'base64 of 32 random bytes (python -c "import base64, os; '
            'print(base64.urlsafe_b64encode(os.urandom(32)).decode())").'
        )
    try:
        key = base64.urlsafe_b64decode(value.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError):
        key = b""
    if len(key) != 32:
        raise BackupError("BACKUP_KEY must be url-safe base64 of exactly 32 bytes.")
    return key


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter) + b"\x00"


class _EncryptingWriter(io.RawIOBase):
    """A write-only stream that encrypts what it is given into `target`, chunk by chunk."""

    def __init__(self, target: IO[bytes], key: bytes) -> None:
        self._target = target
        self._aead = AESGCM(key)
        self._prefix = os.urandom(NONCE_PREFIX_SIZE)
        self._header = MAGIC + self._prefix
        self._buffer = bytearray()
        self._counter = 0
        target.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        self._buffer.extend(data)
        # Keep at least one byte back: the last chunk must be sealed as the last one.
        while len(self._buffer) > CHUNK_SIZE:
            self._seal(bytes(self._buffer[:CHUNK_SIZE]), final=False)
            del self._buffer[:CHUNK_SIZE]
        return len(data)

    def _seal(self, plaintext: bytes, *, final: bool) -> None:
        aad = self._header + (b"\x01" if final else b"\x00")
        sealed = self._aead.encrypt(_nonce(self._prefix, self._counter), plaintext, aad)
        self._target.write(struct.pack(">I", len(sealed)) + sealed)
        self._counter += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), final=True)
            self._buffer.clear()
        super().close()


def _decrypted_chunks(source: IO[bytes], key: bytes) -> Iterator[bytes]:
    tampered = BackupError(
        "The archive cannot be decrypted: it was altered or cut short, or BACKUP_KEY is not "
        "the key it was made with. Nothing was restored."
    )
    header = source.read(len(MAGIC) + NONCE_PREFIX_SIZE)
    if len(header) != len(MAGIC) + NONCE_PREFIX_SIZE or not header.startswith(MAGIC):
        raise BackupError("This file is not a backup made by `manage.py backup`.")
    aead = AESGCM(key)
    prefix = header[len(MAGIC) :]
    counter = 0
    length_bytes = source.read(4)
    while True:
        if len(length_bytes) != 4:
            raise tampered
        (length,) = struct.unpack(">I", length_bytes)
        if length > CHUNK_SIZE + 16:
            raise tampered
        sealed = source.read(length)
        if len(sealed) != length:
            raise tampered
        length_bytes = source.read(4)
        final = length_bytes == b""
        aad = header + (b"\x01" if final else b"\x00")
        try:
            yield aead.decrypt(_nonce(prefix, counter), sealed, aad)
        except InvalidTag:
            raise tampered from None
        if final:
            return
        counter += 1


class _DecryptingReader(io.RawIOBase):
    def __init__(self, source: IO[bytes], key: bytes) -> None:
        self._chunks = _decrypted_chunks(source, key)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buffer = chunk
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


# What is backed up


def backed_up_models() -> list[type[models.Model]]:
    """Every table of every installed app, the many-to-many link tables included."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.label_lower not in EXCLUDED_MODELS
    ]


def _is_migration_filled(model: type[models.Model]) -> bool:
    return (
        model._meta.app_label in MIGRATION_FILLED_APPS
        or model._meta.label_lower in MIGRATION_FILLED_MODELS
    )


def file_roots() -> dict[str, Path]:
    """Folders of files kept on this server's disk, by their name in the archive."""
    roots = {"bundles": Path(settings.BUNDLE_DIR)}
    # Attachments on local disk; in an S3-compatible bucket they are the bucket's to keep
    # (versioning, replication), not this archive's.
    attachments = settings.STORAGES.get("attachments", {})
    if attachments.get("BACKEND") == "django.core.files.storage.FileSystemStorage":
        roots["attachments"] = Path(attachments.get("OPTIONS", {})["location"])
    if settings.MEDIA_ROOT:
        roots["media"] = Path(settings.MEDIA_ROOT)
    return roots


def _applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def _plain(value: object) -> object:
    """A JSON value for a column value; `_restore_value` reads it back exactly."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()  # microseconds kept: audit hashes cover them
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _columns(model: type[models.Model]) -> list[models.Field]:
    return list(model._meta.concrete_fields)


def _rows(model: type[models.Model]) -> Iterator[list[object]]:
    # Encrypted columns are read through a cast to text, which has no decrypting converter:
    # the stored tokens go into the archive, never the plaintext.
    selected = [
        Cast(column.attname, models.TextField())
        if isinstance(column, EncryptedTextField)
        else column.attname
        for column in _columns(model)
    ]
    queryset = model._base_manager.order_by("pk").values_list(*selected)
    for row in queryset.iterator(chunk_size=2000):
        yield [_plain(value) for value in row]


def _sha256_of(file: IO[bytes]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    file.seek(0)
    while block := file.read(1024 * 1024):
        digest.update(block)
        size += len(block)
    file.seek(0)
    return digest.hexdigest(), size


# Writing


@dataclass
class Manifest:
    created_at: str
    database: str
    migrations: dict[str, list[str]]
    members: dict[str, dict] = field(default_factory=dict)

    def row_counts(self) -> dict[str, int]:
        return {
            name.removeprefix("database/").removesuffix(".jsonl"): member["rows"]
            for name, member in self.members.items()
            if "rows" in member
        }

    def file_count(self) -> int:
        return sum(1 for name in self.members if name.startswith("files/"))


def _add_member(archive: tarfile.TarFile, name: str, file: IO[bytes], size: int) -> None:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = 0
    info.mode = 0o600
    archive.addfile(info, file)


def backup_write(target: IO[bytes]) -> Manifest:
    """Write an encrypted archive of the database and files into `target`."""
    key = backup_key()
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            # One snapshot for every table, so the archive is consistent while the site runs.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        manifest = Manifest(
            created_at=timezone.now().astimezone(UTC).isoformat(),
            database=connection.vendor,
            migrations=_applied_migrations(),
        )
        writer = _EncryptingWriter(target, key)
        with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as archive:
            for model in backed_up_models():
                name = f"database/{model._meta.label_lower}.jsonl"
                count = 0
                with tempfile.TemporaryFile() as spool:
                    header = {"columns": [column.attname for column in _columns(model)]}
                    spool.write(json.dumps(header).encode() + b"\n")
                    for row in _rows(model):
                        spool.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
                        count += 1
                    sha256, size = _sha256_of(spool)
                    _add_member(archive, name, spool, size)
                manifest.members[name] = {"sha256": sha256, "size": size, "rows": count}
            for root_name, root in file_roots().items():
                if not root.is_dir():
                    continue
                for path in sorted(root.rglob("*")):
                    if not path.is_file():
                        continue
                    name = f"files/{root_name}/{path.relative_to(root).as_posix()}"
                    with path.open("rb") as file:
                        sha256, size = _sha256_of(file)
                        _add_member(archive, name, file, size)
                    manifest.members[name] = {"sha256": sha256, "size": size}
            body = json.dumps(manifest.__dict__, indent=2, sort_keys=True).encode()
            _add_member(archive, MANIFEST, io.BytesIO(body), len(body))
        writer.close()
    return manifest


# Reading and verifying


def _members(source: IO[bytes]) -> Iterator[tuple[tarfile.TarInfo, IO[bytes]]]:
    reader = io.BufferedReader(_DecryptingReader(source, backup_key()), CHUNK_SIZE)
    try:
        with tarfile.open(fileobj=reader, mode="r|") as archive:
            for info in archive:
                if not info.isfile():
                    raise BackupError(f"The archive holds an unexpected entry: {info.name!r}.")
                yield info, archive.extractfile(info)
    except tarfile.TarError as error:
        raise BackupError(f"The archive's contents are not readable: {error}.") from None


def backup_verify(source: IO[bytes]) -> Manifest:
    """Decrypt the whole archive and check every member against the manifest."""
    seen: dict[str, dict] = {}
    manifest_data = None
    for info, file in _members(source):
        if info.name == MANIFEST:
            try:
                manifest_data = json.loads(file.read())
            except ValueError:
                raise BackupError("The archive's manifest is not readable.") from None
            continue
        if manifest_data is not None:
            raise BackupError("The archive holds entries after its manifest.")
        digest = hashlib.sha256()
        while block := file.read(1024 * 1024):
            digest.update(block)
        seen[info.name] = {"sha256": digest.hexdigest(), "size": info.size}
    if manifest_data is None:
        raise BackupError("The archive has no manifest: it is incomplete.")
    try:
        manifest = Manifest(**manifest_data)
    except TypeError:
        raise BackupError("The archive's manifest is not one this version can read.") from None
    expected = {
        name: {"sha256": member["sha256"], "size": member["size"]}
        for name, member in manifest.members.items()
    }
    if seen != expected:
        different = sorted(set(seen) ^ set(expected)) or sorted(
            name for name in seen if seen[name] != expected[name]
        )
        raise BackupError(
            "The archive does not match its manifest (" + ", ".join(different[:5]) + ")."
        )
    return manifest


# Restoring


def _data_tables_in_use() -> list[str]:
    return [
        f"{model._meta.label} ({model._base_manager.count()} rows)"
        for model in backed_up_models()
        if not _is_migration_filled(model) and model._base_manager.exists()
    ]


def restore_refusal(manifest: Manifest) -> str:
    """Why this database cannot take the archive, or "" if it can."""
    in_use = _data_tables_in_use()
    if in_use:
        return (
            "The database is not empty, and a restore never mixes a backup with other data: "
            + ", ".join(in_use[:6])
            + (" and more" if len(in_use) > 6 else "")
            + ". Restore into a new database on which `manage.py migrate` has run."
        )
    here = _applied_migrations()
    if here != manifest.migrations:
        apps_differing = sorted(
            label
            for label in set(here) | set(manifest.migrations)
            if here.get(label) != manifest.migrations.get(label)
        )
        return (
            "The database's schema is not the one the backup was made with (migrations differ "
            "for: " + ", ".join(apps_differing) + "). Install the version of the application "
            "that made the backup, run `manage.py migrate`, restore, then upgrade."
        )
    return ""


def _restore_value(column: models.Field, value: object) -> object:
    if value is None:
        return None
    if isinstance(column, EncryptedTextField):
        try:
            # Saved again through the field, which encrypts it under the newest key.
            return decrypt(value) if value else value
        except DecryptionError:
            raise BackupError(
                "The archive's encrypted data cannot be decrypted with FIELD_ENCRYPTION_KEYS: "
                "configure the field-encryption keys of the system the backup came from. "
                "Nothing was restored."
            ) from None
    if isinstance(column, models.BinaryField):
        return base64.b64decode(value)
    if isinstance(column, models.JSONField):
        return value
    target = column.target_field if column.is_relation else column
    return target.to_python(value)


def _load_table(model: type[models.Model], file: IO[bytes]) -> int:
    lines = iter(file)
    header = json.loads(next(lines))
    columns_by_name = {column.attname: column for column in _columns(model)}
    unknown = [name for name in header["columns"] if name not in columns_by_name]
    if unknown:
        raise BackupError(f"{model._meta.label} in the archive has unknown columns: {unknown}.")
    columns = [columns_by_name[name] for name in header["columns"]]
    batch: list[models.Model] = []
    count = 0
    for line in lines:
        values = json.loads(line)
        batch.append(
            model(
                **{
                    column.attname: _restore_value(column, value)
                    for column, value in zip(columns, values, strict=True)
                }
            )
        )
        if len(batch) == ROWS_PER_INSERT:
            model._base_manager.bulk_create(batch)
            count += len(batch)
            batch = []
    model._base_manager.bulk_create(batch)
    return count + len(batch)


def backup_restore(path: Path) -> Manifest:
    """Check the archive, then load it into this empty database and the files folders."""
    with path.open("rb") as source:
        manifest = backup_verify(source)
    if refusal := restore_refusal(manifest):
        raise BackupError(refusal)
    roots = file_roots()
    for root_name, root in roots.items():
        if any(name.startswith(f"files/{root_name}/") for name in manifest.members) and (
            root.is_dir() and any(entry.is_file() for entry in root.rglob("*"))
        ):
            raise BackupError(
                f"The folder {root} is not empty; a restore never mixes files. Move its "
                "contents away first."
            )
    by_member = {f"database/{model._meta.label_lower}.jsonl": model for model in backed_up_models()}
    missing = sorted(name for name in by_member if name not in manifest.members)
    if missing:
        raise BackupError(
            "The archive lacks tables this version has (" + ", ".join(missing[:5]) + ")."
        )
    loaded: list[type[models.Model]] = []
    written: list[Path] = []
    try:
        with transaction.atomic(), path.open("rb") as source:
            # Migration-filled tables are emptied, children first, then every table is loaded;
            # foreign keys are checked at the end (they are deferred on both databases).
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")
                for model in reversed(backed_up_models()):
                    if _is_migration_filled(model):
                        table = connection.ops.quote_name(model._meta.db_table)
                        cursor.execute(f"DELETE FROM {table}")  # noqa: S608  # nosec B608  # a quoted table name
            for info, file in _members(source):
                if info.name in by_member:
                    model = by_member[info.name]
                    _load_table(model, file)
                    loaded.append(model)
                elif info.name.startswith("files/"):
                    _, root_name, relative = info.name.split("/", 2)
                    if root_name not in roots or ".." in Path(relative).parts:
                        raise BackupError(f"The archive holds an unexpected file: {info.name}.")
                    destination = roots[root_name] / relative
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    with destination.open("xb") as out:
                        while block := file.read(1024 * 1024):
                            out.write(block)
                    written.append(destination)
            connection.check_constraints(table_names=[m._meta.db_table for m in loaded])
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), loaded):
                    cursor.execute(statement)
                # Every entity's corroboration figures are recomputed on the next page that
                # shows them (entity_stats.refresh: both ids empty means everything).
                EntityStatsStale.objects.create(entity_id=None, testimony_id=None)
                PersonGroupStale.objects.create()
                ExportableStale.objects.create(testimony_id=None)
                if connection.vendor == "postgresql":
                    # The search words (migration 0015) are filled by triggers as anonymizations
                    # load, which finds nothing for a testimony loaded after them: fill them here.
                    cursor.execute(
                        "UPDATE testimony_testimony SET search_words = "
                        "testimony_search_words_for(id) WHERE id IN (SELECT testimony_id FROM "
                        "testimony_anonymization WHERE approved_at IS NOT NULL)"
                    )
    except BaseException:
        for destination in written:
            destination.unlink(missing_ok=True)
        raise
    # The markers written above: the worker rebuilds the kept data, not the first page.
    refresh_kept_soon()
    return manifest
