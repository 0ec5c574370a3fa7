"""Design principle 1: dump the database, grep for a registered real name, find nothing.

The data is committed (transactional tests) so that what is grepped is what a backup, a stolen
disk or `pg_dump` would hold. Every test also checks that the same dump does contain values that
are not identities, so that an empty or unreadable dump cannot pass.
"""

import os
import shutil
import subprocess
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.db import connection

from testimony import models
from testimony.crypto import TOKEN_PREFIX, normalize_name
from testimony.models import IndicatorTag, Person
from testimony.services import persons_matching_name

# Committed data; the vocabularies and groups of the data migrations are restored for each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _hangul(digits: str) -> str:
    """Hangul syllables spelled from hex digits, so each run registers a name no other row has."""
    return "".join(
        chr(0xAC00 + int(digits[i : i + 3], 16) % 11172) for i in range(0, len(digits) - 2, 3)
    )


@dataclass
class RegisteredNames:
    testimony: models.Testimony
    witness: Person
    names: list[str]
    public_values: list[str]


@pytest.fixture
def registered(make_testimony: Callable[..., models.Testimony]) -> RegisteredNames:
    """A committed testimony whose persons, narrative and passages carry names seen nowhere else."""
    marker = uuid.uuid4().hex
    romanized = f"Rim Unique{marker}"
    hangul = "림" + _hangul(marker[:12])
    alias = f"Ri Alias{marker}"
    alias_hangul = "리" + _hangul(marker[12:24])
    contact = f"+82 10 {int(marker[:8], 16) % 10**8:08d}, unique{marker}@example.org"
    minder = f"Pak Minder{marker}"
    work_site = f"Camp Site{uuid.uuid4().hex}"

    testimony = make_testimony(witness_name=romanized, witness_hangul=hangul, work_site=work_site)
    witness = testimony.witness()
    witness.aliases = f"{alias}\n{alias_hangul}"
    witness.contact_details = contact
    witness.save()
    witness.reindex_names()
    supervisor = Person.objects.create(
        testimony=testimony,
        role=Person.Role.SUPERVISOR,
        name_romanized=minder,
        pseudonym="Supervisor 1",
    )
    supervisor.reindex_names()
    IndicatorTag.objects.create(
        testimony=testimony,
        indicator="retention_of_documents",
        phase=IndicatorTag.Phase.EMPLOYMENT,
        passage=f"{minder} took the passport of {romanized} ({hangul}).",
    )
    names = [
        romanized,
        hangul,
        alias,
        alias_hangul,
        contact,
        minder,
        # Fragments and folded forms: a partial or normalized copy would leak just as much.
        f"Unique{marker}",
        f"Alias{marker}",
        f"Minder{marker}",
        normalize_name(romanized),
        normalize_name(minder),
        contact.split(", ")[0],
    ]
    return RegisteredNames(
        testimony=testimony,
        witness=witness,
        names=names,
        public_values=[testimony.case_code, work_site, "Seoul", "Witness A", "Supervisor 1"],
    )


def _assert_no_name_but_public_values(dump: bytes, registered: RegisteredNames) -> None:
    folded = dump.lower()
    leaked = [name for name in registered.names if name.lower().encode("utf-8") in folded]
    assert leaked == []
    missing = [value for value in registered.public_values if value.encode("utf-8") not in dump]
    assert missing == []


def _every_value_of_every_table() -> bytes:
    """Every value of every row of every table, read with raw SQL (no decryption)."""
    parts: list[str] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, bytes | bytearray | memoryview):
                        parts.append(bytes(value).decode("utf-8", "replace"))
                    else:
                        parts.append(str(value))
    return "\n".join(parts).encode("utf-8")


def test_no_table_holds_a_registered_name_when_read_with_raw_sql(
    registered: RegisteredNames,
) -> None:
    """Reading every column of every table without the ORM shows no name, only case data."""
    _assert_no_name_but_public_values(_every_value_of_every_table(), registered)


def test_identity_columns_hold_encryption_tokens(registered: RegisteredNames) -> None:
    """The raw name, alias, contact and narrative columns each hold a token, not an empty value."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name_romanized, name_hangul, aliases, contact_details "
            "FROM testimony_person WHERE id = %s",
            [registered.witness.pk],
        )
        person_columns = list(cursor.fetchone())
        cursor.execute(
            "SELECT original, english FROM testimony_narrative WHERE testimony_id = %s",
            [registered.testimony.pk],
        )
        narrative_columns = list(cursor.fetchone())

    for stored in person_columns + narrative_columns:
        assert stored.startswith(TOKEN_PREFIX)


def test_the_orm_gives_the_names_back(registered: RegisteredNames) -> None:
    """Through the ORM, with the key, the stored tokens decrypt to the registered names."""
    witness = Person.objects.get(pk=registered.witness.pk)
    testimony = models.Testimony.objects.get(pk=registered.testimony.pk)

    assert witness.name_romanized == registered.names[0]
    assert witness.name_hangul == registered.names[1]
    assert witness.alias_list() == [registered.names[2], registered.names[3]]
    assert witness.contact_details == registered.names[4]
    assert registered.names[1] in testimony.narrative.original
    assert registered.names[0] in testimony.narrative.english
    assert persons_matching_name(registered.names[0]) == [witness]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads the SQLite database file")
def test_the_sqlite_database_file_holds_no_registered_name(
    registered: RegisteredNames, tmp_path: Path
) -> None:
    """A byte-for-byte copy of the SQLite database contains no name in UTF-8."""
    copy = tmp_path / "copy.sqlite3"
    with connection.cursor() as cursor:
        # The test database lives in memory; VACUUM INTO writes it out as a database file.
        cursor.execute("VACUUM INTO %s", [str(copy)])

    _assert_no_name_but_public_values(copy.read_bytes(), registered)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="runs pg_dump")
def test_pg_dump_of_the_database_holds_no_registered_name(registered: RegisteredNames) -> None:
    """A plain-text pg_dump of the test database contains no name."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        pytest.skip("pg_dump is not installed")
    db = connection.settings_dict
    command = [pg_dump, "--no-owner", "--dbname", db["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            command += [option, str(db[key])]
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}

    result = subprocess.run(command, env=env, capture_output=True, check=True, timeout=120)

    _assert_no_name_but_public_values(result.stdout, registered)
