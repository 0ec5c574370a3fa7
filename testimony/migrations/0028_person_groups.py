"""The persons' corroboration list kept (models/person_groups.py), and the triggers that mark it
stale whenever a person or a name digest is written or deleted.

Triggers rather than calls in the writing code, as for the entities' figures (0027): persons and
digests are written by the entry form, the import's bulk path, the admin, key rotation and
deletions. A trigger only appends a row; `testimony.person_clusters.refresh` recomputes the
groups when the list is read. PostgreSQL marks once per statement (a bulk insert of 10,000
persons is one row); SQLite, which has no statement triggers, once per row of a minder,
supervisor or official and once per digest. The row inserted here asks for a first computation.
"""

from django.db import migrations, models

STALE = "testimony_persongroupstale"
PERSON = "testimony_person"
NAME_INDEX = "testimony_personnameindex"
ROLES = "('supervisor', 'official')"
OPERATIONS = ("INSERT", "UPDATE", "DELETE")
# SQLite: which rows of a person matter (NEW and OLD as the operation has them).
PERSON_ROWS = {
    "INSERT": f"NEW.role IN {ROLES}",
    "UPDATE": f"NEW.role IN {ROLES} OR OLD.role IN {ROLES}",
    "DELETE": f"OLD.role IN {ROLES}",
}


def _name(table: str, operation: str) -> str:
    return f"{table}_groups_{operation.lower()}"


def create_triggers(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table in (PERSON, NAME_INDEX):
        for operation in OPERATIONS:
            name = _name(table, operation)
            if vendor == "postgresql":
                schema_editor.execute(
                    f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                    f"$$ BEGIN INSERT INTO {STALE} DEFAULT VALUES; RETURN NULL; END $$"  # nosec B608
                )
                schema_editor.execute(
                    f"CREATE TRIGGER {name} AFTER {operation} ON {table} FOR EACH STATEMENT "
                    f"EXECUTE FUNCTION {name}()"
                )
            else:
                when = f"WHEN ({PERSON_ROWS[operation]})" if table == PERSON else ""
                # SQLite refuses DEFAULT VALUES inside a trigger; a NULL id is the next one.
                schema_editor.execute(
                    f"CREATE TRIGGER {name} AFTER {operation} ON {table} FOR EACH ROW {when} "
                    f"BEGIN INSERT INTO {STALE} (id) VALUES (NULL); END"  # nosec B608
                )
    # Whatever exists already: the first refresh computes every group.
    first = "DEFAULT" if vendor == "postgresql" else "NULL"
    schema_editor.execute(f"INSERT INTO {STALE} (id) VALUES ({first})")  # nosec B608


def drop_triggers(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table in (PERSON, NAME_INDEX):
        for operation in OPERATIONS:
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
            name="PersonGroupStale",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
            ],
            options={"default_permissions": ()},
        ),
        migrations.CreateModel(
            name="PersonGroupKept",
            fields=[
                ("first_person", models.BigIntegerField(primary_key=True, serialize=False)),
                ("testimonies", models.PositiveIntegerField()),
                ("person_ids", models.TextField()),
                ("testimony_ids", models.TextField()),
            ],
            options={
                "default_permissions": (),
                "indexes": [
                    models.Index(
                        fields=["-testimonies", "first_person"], name="persongroup_order_idx"
                    )
                ],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
