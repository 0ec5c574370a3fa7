"""Who witnessed a consent and the notes about it are encrypted at rest, like the names.

They are free text that names people ("her cousin Rim Myong-chol"); before migration 0018 they
sat in clear beside encrypted names. The migration encrypts what was stored, and reversing it
gives the same text back.
"""

import importlib
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection, transaction

from testimony.crypto import TOKEN_PREFIX, decrypt
from testimony.forms import ConsentForm
from testimony.models import Consent, Testimony

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("testimony.migrations.0018_consent_encrypted")
WITNESS = "Ｒｉｍ Sun-hui, the witness's cousin 😀"
NOTES = "Reach the family through\nRim Myong-chol's sister in 청진.\n\nShe said 박은 남았다."


def _stored(consent: Consent) -> tuple[str, str]:
    table = connection.ops.quote_name(Consent._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT witnessed_by, notes FROM {table} WHERE id = %s",  # noqa: S608
            [consent.pk],
        )
        return cursor.fetchone()


def _store_plain(consent: Consent, witnessed_by: str, notes: str) -> None:
    """Write both columns as a version before 0018 stored them: in clear."""
    table = connection.ops.quote_name(Consent._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET witnessed_by = %s, notes = %s WHERE id = %s",  # noqa: S608
            [witnessed_by, notes, consent.pk],
        )


def _run(function: Callable) -> None:
    with transaction.atomic():
        function(apps, SimpleNamespace(connection=connection))


def test_the_database_holds_no_name_of_who_witnessed_or_of_the_notes(
    make_testimony: Callable[..., Testimony],
) -> None:
    consent = make_testimony().consent
    consent.witnessed_by = WITNESS
    consent.notes = NOTES.replace("\n", "\r\n")
    consent.save()

    witnessed_by, notes = _stored(consent)
    assert witnessed_by.startswith(TOKEN_PREFIX)
    assert "Rim" not in witnessed_by
    assert notes.startswith(TOKEN_PREFIX)
    assert "Rim" not in notes
    assert "박" not in notes
    consent.refresh_from_db()
    assert consent.witnessed_by == WITNESS
    assert consent.notes == NOTES  # stored normalized: CRLF typed, LF kept


def test_blank_values_stay_blank(make_testimony: Callable[..., Testimony]) -> None:
    consent = make_testimony().consent
    consent.witnessed_by = ""
    consent.notes = ""
    consent.save()
    assert _stored(consent) == ("", "")


def test_the_migration_encrypts_what_was_stored_in_clear_and_reverses(
    make_testimony: Callable[..., Testimony],
) -> None:
    plain = make_testimony().consent
    blank = make_testimony(witness_name="Ko Yong-su", witness_hangul="고영수").consent
    _store_plain(plain, WITNESS, NOTES.replace("\n", "\r\n"))
    _store_plain(blank, "", "")

    _run(MIGRATION.encrypt_rows)
    witnessed_by, notes = _stored(plain)
    assert decrypt(witnessed_by) == WITNESS
    assert decrypt(notes) == NOTES
    assert _stored(blank) == ("", "")
    plain.refresh_from_db()
    assert (plain.witnessed_by, plain.notes) == (WITNESS, NOTES)

    _run(MIGRATION.encrypt_rows)  # running it again encrypts nothing twice
    assert decrypt(_stored(plain)[1]) == NOTES

    _run(MIGRATION.decrypt_rows)
    assert _stored(plain) == (WITNESS, NOTES)
    assert _stored(blank) == ("", "")


def test_the_entry_form_keeps_who_witnessed_on_one_line() -> None:
    html = str(ConsentForm()["witnessed_by"])
    assert "<input" in html
    assert 'maxlength="200"' in html
