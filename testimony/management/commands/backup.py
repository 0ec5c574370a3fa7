"""`manage.py backup --out PATH` writes an encrypted archive; `--verify PATH` checks one.

See testimony/backup.py for what an archive holds and why. The archive holds no key; restoring
it needs BACKUP_KEY and the field-encryption keys, which are kept apart from it.
"""

import hashlib
import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from testimony.backup import BackupError, Manifest, backup_verify, backup_write
from testimony.management.arguments import text_argument


class Command(BaseCommand):
    help = "Write an encrypted, verifiable backup of the database and files, or verify one."

    def add_arguments(self, parser: CommandParser) -> None:
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--out", type=Path, help="write a new archive to this path")
        action.add_argument("--verify", type=Path, help="check an existing archive")

    def handle(self, *args: object, out: Path | None, verify: Path | None, **options) -> None:
        text_argument(str(out or verify), "The path of the archive")
        try:
            if verify is not None:
                manifest = self._verify(verify)
                self.stdout.write(self.style.SUCCESS(f"{verify} is intact."))
            else:
                manifest = self._write(out)
                self.stdout.write(self.style.SUCCESS(f"Wrote {out}."))
                self.stdout.write(f"SHA-256 of the archive: {_sha256(out)}")
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest.row_counts().values())
        self.stdout.write(
            f"Made {manifest.created_at} from {manifest.database}: {rows:,} rows in "
            f"{len(manifest.row_counts())} tables, {manifest.file_count():,} files."
        )

    def _verify(self, path: Path) -> Manifest:
        if not path.is_file():
            raise CommandError(f"There is no file at {path}.")
        with path.open("rb") as source:
            return backup_verify(source)

    def _write(self, path: Path) -> Manifest:
        if path.exists():
            raise CommandError(
                f"{path} already exists; choose a new name (nothing is overwritten)."
            )
        if not path.parent.is_dir():
            raise CommandError(f"The folder {path.parent} does not exist.")
        partial = path.with_name(path.name + ".partial")
        try:
            # Owner-only from the first byte; renamed into place only once complete.
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as target:
                manifest = backup_write(target)
            partial.rename(path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return manifest


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()
