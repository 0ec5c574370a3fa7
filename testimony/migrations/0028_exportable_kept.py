"""The exportable testimonies kept (models/entity_stats.py `ExportableTestimony`), and the
triggers that mark a testimony for re-checking whenever something `exportable_testimonies()`
reads changes: the testimony's status or revision, its consent, its withdrawal, its
anonymizations, its narrative's language.

The entity page counted the exportable testimonies naming an entity by running that rule,
English-text regular expressions included, over every approved one (thousands for a heavily
named entity, about 60 microseconds each on PostgreSQL). As with 0027, triggers rather than
calls in the writing code: approvals, consent edits, withdrawals and imports each have several
paths. The queue starts with a (NULL) marker that rebuilds the set from what exists; like the
corroboration figures, set and queue are left out of backups, and a restore writes that marker.
"""

from django.db import migrations, models

STALE = "testimony_exportablestale"
TESTIMONY = "testimony_testimony"
RELATED = ["testimony_consent", "testimony_consentwithdrawal", "testimony_anonymization"]
NARRATIVE = "testimony_narrative"


def _mark(row: str, column: str = "testimony_id") -> str:
    return f"INSERT INTO {STALE} (testimony_id) VALUES ({row}.{column})"  # noqa: S608  # nosec B608


# (table, operation, condition or "", statements); OLD/NEW as in both databases' triggers.
MARKS = [
    (TESTIMONY, "INSERT", "", [_mark("NEW", "id")]),
    (
        TESTIMONY,
        "UPDATE",
        "OLD.status IS DISTINCT FROM NEW.status OR OLD.revision IS DISTINCT FROM NEW.revision",
        [_mark("NEW", "id")],
    ),
    (TESTIMONY, "DELETE", "", [_mark("OLD", "id")]),
    *(
        mark
        for table in RELATED
        for mark in (
            (table, "INSERT", "", [_mark("NEW")]),
            (table, "UPDATE", "", [_mark("OLD"), _mark("NEW")]),
            (table, "DELETE", "", [_mark("OLD")]),
        )
    ),
    (NARRATIVE, "INSERT", "", [_mark("NEW")]),
    (NARRATIVE, "UPDATE", "OLD.language IS DISTINCT FROM NEW.language", [_mark("NEW")]),
    (NARRATIVE, "DELETE", "", [_mark("OLD")]),
]


def _name(table: str, operation: str) -> str:
    return f"{table}_exportable_{operation.lower()}"


def create_triggers(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table, operation, condition, statements in MARKS:
        name = _name(table, operation)
        when = f"WHEN ({condition})" if condition else ""
        body = "; ".join(statements) + ";"
        if vendor == "postgresql":
            schema_editor.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN {body} RETURN NULL; END $$"
            )
            schema_editor.execute(
                f"CREATE TRIGGER {name} AFTER {operation} ON {table} FOR EACH ROW {when} "
                f"EXECUTE FUNCTION {name}()"
            )
        else:
            when = when.replace("IS DISTINCT FROM", "IS NOT")
            schema_editor.execute(
                f"CREATE TRIGGER {name} AFTER {operation} ON {table} FOR EACH ROW {when} "
                f"BEGIN {body} END"
            )
    # What exists already: the first refresh checks every testimony.
    schema_editor.execute(f"INSERT INTO {STALE} (testimony_id) VALUES (NULL)")  # noqa: S608  # nosec B608


def drop_triggers(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table, operation, _condition, _statements in MARKS:
        name = _name(table, operation)
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0027_entity_stats"),
    ]

    operations = [
        migrations.CreateModel(
            name="ExportableStale",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("testimony_id", models.BigIntegerField(null=True)),
            ],
            options={"default_permissions": ()},
        ),
        migrations.CreateModel(
            name="ExportableTestimony",
            fields=[
                ("testimony_id", models.BigIntegerField(primary_key=True, serialize=False)),
            ],
            options={"default_permissions": ()},
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
