"""The persons' kept groups recomputed for the persons a write touched only (0028 recomputed
every group after any change to a person or a name digest: about 1 s at 100,000 testimonies).

The triggers of 0028 are replaced by triggers that name the person: the person's id, or the
person of a name digest. PostgreSQL still marks once per statement, reading the statement's rows
from its transition tables (a bulk insert of 10,000 persons is 10,000 rows, which `refresh`
takes as a full recomputation); SQLite once per row, as before. `PersonGroupMember` keeps which
group each person is in, so that `refresh` finds the groups a touched person was in. The queue
gets a row without a person, which recomputes every group and fills the members.
"""

import importlib

from django.db import migrations, models

STALE = "testimony_persongroupstale"
PERSON = "testimony_person"
NAME_INDEX = "testimony_personnameindex"
ROLES = "('supervisor', 'official')"
OPERATIONS = ("INSERT", "UPDATE", "DELETE")
# The persons each operation marks: (SQL over PostgreSQL's transition tables, SQLite's condition
# and NEW/OLD columns).
# Constants only, no values: S608 does not apply.
PERSON_MARKS = {
    "INSERT": (
        f"SELECT id FROM new_rows WHERE role IN {ROLES}",  # nosec B608  # noqa: S608
        f"NEW.role IN {ROLES}",
        ["NEW.id"],
    ),
    "UPDATE": (
        f"SELECT id FROM new_rows WHERE role IN {ROLES} "  # nosec B608  # noqa: S608
        f"UNION SELECT id FROM old_rows WHERE role IN {ROLES}",
        f"NEW.role IN {ROLES} OR OLD.role IN {ROLES}",
        ["OLD.id", "NEW.id"],
    ),
    "DELETE": (
        f"SELECT id FROM old_rows WHERE role IN {ROLES}",  # nosec B608  # noqa: S608
        f"OLD.role IN {ROLES}",
        ["OLD.id"],
    ),
}
INDEX_MARKS = {
    "INSERT": ("SELECT person_id FROM new_rows", "", ["NEW.person_id"]),
    "UPDATE": (
        "SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows",
        "",
        ["OLD.person_id", "NEW.person_id"],
    ),
    "DELETE": ("SELECT person_id FROM old_rows", "", ["OLD.person_id"]),
}
TRANSITIONS = {
    "INSERT": "REFERENCING NEW TABLE AS new_rows",
    "UPDATE": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "DELETE": "REFERENCING OLD TABLE AS old_rows",
}


def _name(table: str, operation: str) -> str:
    return f"{table}_groups_{operation.lower()}"  # the names of 0028's triggers


def _old_triggers():
    return importlib.import_module("testimony.migrations.0028_person_groups")


def _drop(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table in (PERSON, NAME_INDEX):
        for operation in OPERATIONS:
            name = _name(table, operation)
            if vendor == "postgresql":
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
            else:
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")


def create_triggers(apps, schema_editor) -> None:
    _drop(schema_editor)
    vendor = schema_editor.connection.vendor
    for table, marks in ((PERSON, PERSON_MARKS), (NAME_INDEX, INDEX_MARKS)):
        for operation in OPERATIONS:
            name = _name(table, operation)
            select, condition, columns = marks[operation]
            if vendor == "postgresql":
                schema_editor.execute(
                    f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                    f"$$ BEGIN INSERT INTO {STALE} (person_id) {select}; RETURN NULL; END $$"  # nosec B608
                )
                schema_editor.execute(
                    f"CREATE TRIGGER {name} AFTER {operation} ON {table} "
                    f"{TRANSITIONS[operation]} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
                )
            else:
                when = f"WHEN ({condition})" if condition else ""
                body = " ".join(
                    f"INSERT INTO {STALE} (person_id) VALUES ({column});"  # noqa: S608  # nosec B608
                    for column in columns
                )
                schema_editor.execute(
                    f"CREATE TRIGGER {name} AFTER {operation} ON {table} FOR EACH ROW {when} "
                    f"BEGIN {body} END"
                )
    # Every group recomputed once, which fills the members.
    schema_editor.execute(f"INSERT INTO {STALE} (person_id) VALUES (NULL)")  # noqa: S608  # nosec B608


def drop_triggers(apps, schema_editor) -> None:
    _drop(schema_editor)
    _old_triggers().create_triggers(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0030_entity_pages"),
    ]

    operations = [
        migrations.AddField(
            model_name="persongroupstale",
            name="person_id",
            field=models.BigIntegerField(null=True),
        ),
        migrations.CreateModel(
            name="PersonGroupMember",
            fields=[
                ("person_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("first_person", models.BigIntegerField()),
            ],
            options={
                "default_permissions": (),
                "indexes": [models.Index(fields=["first_person"], name="groupmember_group_idx")],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
