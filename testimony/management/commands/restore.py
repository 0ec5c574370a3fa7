"""`manage.py restore PATH`: load a backup into a new, empty, migrated database.

The whole archive is checked before anything is written, and everything is loaded in one
transaction: a failed restore leaves the database as empty as it was.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from testimony.backup import BackupError, backup_restore
from testimony.management.arguments import text_argument


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="the archive to restore")

    def handle(self, *args: object, path: Path, **options) -> None:
        text_argument(str(path), "The path of the archive")
        if not path.is_file():
            raise CommandError(f"There is no file at {path}.")
        try:
            manifest = backup_restore(path)
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest.row_counts().values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup made {manifest.created_at}: {rows:,} rows in "
                f"{len(manifest.row_counts())} tables, {manifest.file_count():,} files. "
                "Everyone must log in again."
            )
        )
