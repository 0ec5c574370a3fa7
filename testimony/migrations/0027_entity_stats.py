"""Per-entity figures of the corroboration list (models/entity_stats.py), and the triggers that
mark them stale whenever a link, posting, person, name digest or testimony period changes.

Triggers rather than calls in the writing code: links and postings are written by the entry form,
the import's bulk path, entity merges and their undo, the admin and deletions, and a path that
forgot to call would leave a wrong count on screen. A trigger only appends a row naming what
changed; `testimony.entity_stats.refresh` recomputes those entities when the list is read.
The row (NULL, NULL) inserted here asks for a full rebuild of what existed before.
"""

import django.db.models.deletion
from django.db import migrations, models

STALE = "testimony_entitystatsstale"
LINK = "testimony_testimonyentity"
POSTING = "testimony_posting"
PERSON = "testimony_person"
NAME_INDEX = "testimony_personnameindex"
TESTIMONY = "testimony_testimony"
# A testimony's own country and period count only when it has no postings; any change marks it.
TESTIMONY_CHANGED = (
    "OLD.country_id IS DISTINCT FROM NEW.country_id"
    " OR OLD.period_start IS DISTINCT FROM NEW.period_start"
    " OR OLD.period_end IS DISTINCT FROM NEW.period_end"
)

# (table, operation, statements run for each row); OLD/NEW as in both databases' triggers.
MARKS = [
    (LINK, "INSERT", [f"INSERT INTO {STALE} (entity_id) VALUES (NEW.entity_id)"]),  # nosec B608
    (LINK, "DELETE", [f"INSERT INTO {STALE} (entity_id) VALUES (OLD.entity_id)"]),  # nosec B608
    (
        LINK,
        "UPDATE",
        [
            f"INSERT INTO {STALE} (entity_id) VALUES (OLD.entity_id)",  # nosec B608
            f"INSERT INTO {STALE} (entity_id) VALUES (NEW.entity_id)",  # nosec B608
        ],
    ),
    (POSTING, "INSERT", [f"INSERT INTO {STALE} (testimony_id) VALUES (NEW.testimony_id)"]),  # nosec B608
    (
        POSTING,
        "DELETE",
        [
            f"INSERT INTO {STALE} (entity_id, testimony_id)"  # nosec B608
            " VALUES (OLD.employer_id, OLD.testimony_id)",
            f"INSERT INTO {STALE} (entity_id) VALUES (OLD.site_id)",  # nosec B608
        ],
    ),
    (
        POSTING,
        "UPDATE",
        [
            f"INSERT INTO {STALE} (entity_id, testimony_id)"  # nosec B608
            " VALUES (OLD.employer_id, OLD.testimony_id)",
            f"INSERT INTO {STALE} (entity_id, testimony_id) VALUES (OLD.site_id, NEW.testimony_id)",  # nosec B608
        ],
    ),
    (PERSON, "INSERT", [f"INSERT INTO {STALE} (testimony_id) VALUES (NEW.testimony_id)"]),  # nosec B608
    (PERSON, "DELETE", [f"INSERT INTO {STALE} (testimony_id) VALUES (OLD.testimony_id)"]),  # nosec B608
    (
        PERSON,
        "UPDATE",
        [
            f"INSERT INTO {STALE} (testimony_id) VALUES (OLD.testimony_id)",  # nosec B608
            f"INSERT INTO {STALE} (testimony_id) VALUES (NEW.testimony_id)",  # nosec B608
        ],
    ),
    *(
        (
            NAME_INDEX,
            operation,
            [
                f"INSERT INTO {STALE} (testimony_id)"  # nosec B608
                f" SELECT testimony_id FROM {PERSON} WHERE id = {row}.person_id"
            ],
        )
        for operation, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW"))
    ),
    (TESTIMONY, "UPDATE", [f"INSERT INTO {STALE} (testimony_id) VALUES (NEW.id)"]),  # nosec B608
]


def _name(table: str, operation: str) -> str:
    return f"{table}_stats_{operation.lower()}"


def create_triggers(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table, operation, statements in MARKS:
        name = _name(table, operation)
        when = f"WHEN ({TESTIMONY_CHANGED})" if table == TESTIMONY else ""
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
    # Everything that exists already: the first refresh rebuilds all figures.
    schema_editor.execute(f"INSERT INTO {STALE} (entity_id, testimony_id) VALUES (NULL, NULL)")  # nosec B608


def drop_triggers(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table, operation, _statements in MARKS:
        name = _name(table, operation)
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0026_corroboration_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="EntityStatsStale",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("entity_id", models.BigIntegerField(null=True)),
                ("testimony_id", models.BigIntegerField(null=True)),
            ],
            options={"default_permissions": ()},
        ),
        migrations.CreateModel(
            name="EntityStats",
            fields=[
                (
                    "entity",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="stats",
                        serialize=False,
                        to="testimony.entity",
                    ),
                ),
                ("testimonies", models.PositiveIntegerField()),
                ("witnesses", models.PositiveIntegerField()),
                ("first_year", models.PositiveSmallIntegerField(null=True)),
                ("last_year", models.PositiveSmallIntegerField(null=True)),
                ("countries", models.CharField(blank=True, max_length=2000)),
            ],
            options={
                "default_permissions": (),
                "indexes": [
                    models.Index(fields=["-testimonies"], name="entitystats_testimonies_idx")
                ],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
