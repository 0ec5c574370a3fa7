"""Who witnessed a consent and the notes about it are encrypted at rest.

Both are free text that names people: "her cousin Rim Myong-chol", "reach the family through
...". They were stored in clear beside encrypted names. The columns become text columns of
`fernet:` tokens; every stored value is encrypted in place (read and written with SQL, since the
new field would refuse to decrypt a plain value). Reversing decrypts them again.
"""

from django.db import migrations

import testimony.crypto
import testimony.text

COLUMNS = ("witnessed_by", "notes")


def _rewrite(apps, schema_editor, change) -> None:
    table = apps.get_model("testimony", "Consent")._meta.db_table
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in COLUMNS)
    with connection.cursor() as cursor:
        select = f"SELECT id, {columns} FROM {quote(table)}"  # noqa: S608  # nosec B608  # quoted names
        cursor.execute(select)
        rows = cursor.fetchall()
    for row_id, *values in rows:
        new = [change(value) for value in values]
        if new == values:
            continue
        assignments = ", ".join(f"{quote(column)} = %s" for column in COLUMNS)
        update = f"UPDATE {quote(table)} SET {assignments} WHERE id = %s"  # noqa: S608  # nosec B608  # quoted names
        with connection.cursor() as cursor:
            cursor.execute(update, [*new, row_id])


def _encrypt(value: str | None) -> str | None:
    if not value or value.startswith(testimony.crypto.TOKEN_PREFIX):
        return value
    return testimony.crypto.encrypt(testimony.text.normalize_text(value))


def _decrypt(value: str | None) -> str | None:
    if not value or not value.startswith(testimony.crypto.TOKEN_PREFIX):
        return value
    return testimony.crypto.decrypt(value)


def encrypt_rows(apps, schema_editor) -> None:
    _rewrite(apps, schema_editor, _encrypt)


def decrypt_rows(apps, schema_editor) -> None:
    _rewrite(apps, schema_editor, _decrypt)


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0017_audit_admin_and_name_search_actions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="consent",
            name="notes",
            field=testimony.crypto.EncryptedTextField(blank=True, verbose_name="notes"),
        ),
        migrations.AlterField(
            model_name="consent",
            name="witnessed_by",
            field=testimony.crypto.EncryptedTextField(
                blank=True, max_length=200, verbose_name="witnessed by"
            ),
        ),
        migrations.RunPython(encrypt_rows, decrypt_rows, elidable=False),
    ]
