"""`manage.py rotate_keys`: re-encrypt every encrypted column with the newest field key.

Rotation: put a new key first in FIELD_ENCRYPTION_KEYS, keep the old ones after it, restart (every
row still decrypts: all keys decrypt, the first encrypts), run this command, then drop the old
keys. It finds every `EncryptedTextField` of every installed model, so names, narratives,
indicator passages, version snapshots, review comments, redaction decisions, withdrawal notes,
attachments' original names and their per-file keys are all covered. Attachment files
themselves are encrypted under their per-file keys and need no rewriting.

Rows are read in primary-key order, in batches, each batch in its own transaction. A value is
written back only if it is still what was read (`UPDATE ... WHERE column = <old token>`), so an
edit saved meanwhile (already under the newest key) is never overwritten. Running it again
rewrites nothing: a token made with the newest key is recognized by checking it with that key
alone, since Fernet tokens do not name their key.

`--check` changes nothing: it counts the values not yet on the newest key and exits 1 if any.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection, models, transaction

from testimony.crypto import (
    DecryptionError,
    EncryptedTextField,
    encrypted_with_newest_key,
    reencrypt,
)


@dataclass
class Tally:
    checked: int = 0
    current: int = 0
    rotated: int = 0
    unreadable: int = 0
    columns: dict[str, int] = field(default_factory=dict)


def encrypted_columns() -> list[tuple[type[models.Model], list[EncryptedTextField]]]:
    """Every concrete model with encrypted fields, and those fields."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = [
            field for field in model._meta.concrete_fields if isinstance(field, EncryptedTextField)
        ]
        if fields:
            found.append((model, fields))
    return found


def _batches(
    model: type[models.Model], fields: list[EncryptedTextField], size: int
) -> Iterator[list[tuple]]:
    """The stored (still encrypted) values of `fields`, `size` rows at a time, by primary key."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    pk = quote(model._meta.pk.column)
    columns = ", ".join(quote(field.column) for field in fields)
    last = None
    while True:
        where = f"WHERE {pk} > %s " if last is not None else ""
        sql = f"SELECT {pk}, {columns} FROM {table} {where}ORDER BY {pk} LIMIT %s"  # noqa: S608  # nosec B608  # quoted names
        params = [last, size] if last is not None else [size]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def rotate_model(
    model: type[models.Model],
    fields: list[EncryptedTextField],
    tally: Tally,
    *,
    size: int,
    dry: bool,
) -> None:
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    pk = quote(model._meta.pk.column)
    for rows in _batches(model, fields, size):
        with transaction.atomic():
            for row in rows:
                for field, stored in zip(fields, row[1:], strict=True):
                    if not stored:
                        continue
                    tally.checked += 1
                    if encrypted_with_newest_key(stored):
                        tally.current += 1
                        continue
                    label = f"{model._meta.label}.{field.name}"
                    try:
                        rotated = reencrypt(stored)
                    except DecryptionError:
                        tally.unreadable += 1
                        continue
                    tally.columns[label] = tally.columns.get(label, 0) + 1
                    if dry:
                        continue
                    column = quote(field.column)
                    with connection.cursor() as cursor:
                        cursor.execute(
                            f"UPDATE {table} SET {column} = %s "  # noqa: S608  # nosec B608  # quoted names
                            f"WHERE {pk} = %s AND {column} = %s",
                            [rotated, row[0], stored],
                        )
                        tally.rotated += cursor.rowcount


class Command(BaseCommand):
    help = "Re-encrypt every encrypted value with the newest key of FIELD_ENCRYPTION_KEYS."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--check",
            action="store_true",
            help="Change nothing; count values not yet on the newest key and exit 1 if any.",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            help="Rows read and rewritten per transaction (default 500).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        check = options["check"]
        # Any number is taken; past SQLite's integers it was an OverflowError (a traceback).
        size = min(max(1, options["batch_size"]), 100_000)
        tally = Tally()
        for model, fields in encrypted_columns():
            rotate_model(model, fields, tally, size=size, dry=check)
        behind = sum(tally.columns.values())
        for label, count in sorted(tally.columns.items()):
            self.stdout.write(f"  {label}: {count}")
        if check:
            self.stdout.write(
                f"{tally.checked} encrypted values checked: {tally.current} on the newest key, "
                f"{behind} on an older key, {tally.unreadable} that no configured key decrypts."
            )
            if behind or tally.unreadable:
                raise SystemExit(1)
            return
        self.stdout.write(
            f"{tally.checked} encrypted values checked: {tally.rotated} re-encrypted with the "
            f"newest key, {tally.current} already on it, {tally.unreadable} that no configured "
            "key decrypts."
        )
        if tally.unreadable:
            self.stderr.write(
                "Some values decrypt with none of the configured keys: an old key was removed "
                "before its rows were rotated. Put it back (after the newest) and run again."
            )
            raise SystemExit(1)
        self.stdout.write(self.style.SUCCESS("Done. The older keys can now be removed."))
