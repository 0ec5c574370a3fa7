"""Kept data for the corroboration pages (models/entity_stats.py): each testimony's facts and
witness keys (`TestimonyFacts`, `TestimonyWitnessKey`, refreshed from the queue of 0027, to which
a new testimony is now added too), and the exportable testimonies (`ExportableTestimony`), with the
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

import django.db.models.deletion
from django.db import migrations, models

STALE = "testimony_exportablestale"
TESTIMONY = "testimony_testimony"
RELATED = ["testimony_consent", "testimony_consentwithdrawal", "testimony_anonymization"]
NARRATIVE = "testimony_narrative"
ENTITY_STALE = "testimony_entitystatsstale"
SHARED = "testimony_testimony_shared_with"


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
    # A new testimony has kept facts and a witness key of its own (TestimonyFacts,
    # TestimonyWitnessKey), computed by the corroboration refresh from this mark.
    (
        TESTIMONY,
        "INSERT",
        "",
        [f"INSERT INTO {ENTITY_STALE} (testimony_id) VALUES (NEW.id)"],  # noqa: S608  # nosec B608
        "stats",
    ),
    # Who sees a testimony (its author, interviewer, those it is shared with): the figures kept
    # per user (EntityViewerStats) of the entities it names.
    (
        TESTIMONY,
        "UPDATE",
        "OLD.created_by_id IS DISTINCT FROM NEW.created_by_id"
        " OR OLD.interviewer_id IS DISTINCT FROM NEW.interviewer_id"
        # Its own sector decides the sector filter (EntityFilterStats); 0027 marks the country.
        " OR OLD.sector_id IS DISTINCT FROM NEW.sector_id",
        [f"INSERT INTO {ENTITY_STALE} (testimony_id) VALUES (NEW.id)"],  # noqa: S608  # nosec B608
        "viewers",
    ),
    *(
        (
            SHARED,
            operation,
            "",
            [f"INSERT INTO {ENTITY_STALE} (testimony_id) VALUES ({row}.testimony_id)"],  # noqa: S608  # nosec B608
            "viewers",
        )
        for operation, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW"))
    ),
    (
        SHARED,
        "UPDATE",
        "",
        [f"INSERT INTO {ENTITY_STALE} (testimony_id) VALUES (OLD.testimony_id)"],  # noqa: S608  # nosec B608
        "viewers_old",
    ),
]


def _name(table: str, operation: str, purpose: str) -> str:
    return f"{table}_{purpose}_{operation.lower()}"


def create_triggers(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table, operation, condition, statements, *purpose in MARKS:
        name = _name(table, operation, purpose[0] if purpose else "exportable")
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
    # What exists already: the first refreshes check every testimony and rebuild the kept
    # facts, witness keys and figures.
    schema_editor.execute(f"INSERT INTO {STALE} (testimony_id) VALUES (NULL)")  # noqa: S608  # nosec B608
    rebuild = f"INSERT INTO {ENTITY_STALE} (entity_id, testimony_id) VALUES (NULL, NULL)"  # noqa: S608  # nosec B608
    schema_editor.execute(rebuild)


def drop_triggers(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table, operation, _condition, _statements, *purpose in MARKS:
        name = _name(table, operation, purpose[0] if purpose else "exportable")
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0028_person_groups"),
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
        migrations.CreateModel(
            name="TestimonyWitnessKey",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("testimony_id", models.BigIntegerField()),
                ("witness", models.CharField(max_length=100)),
            ],
            options={
                "default_permissions": (),
                "indexes": [
                    models.Index(
                        fields=["testimony_id", "witness"], name="witnesskey_testimony_idx"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="TestimonyFacts",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("testimony_id", models.BigIntegerField()),
                ("country_id", models.BigIntegerField(null=True)),
                ("began", models.CharField(max_length=10, null=True)),
                ("ended", models.CharField(max_length=10, null=True)),
            ],
            options={
                "default_permissions": (),
                "indexes": [
                    models.Index(
                        fields=["testimony_id", "country_id", "began", "ended"],
                        name="testimonyfacts_testimony_idx",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="EntityViewerStats",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("user_id", models.BigIntegerField()),
                (
                    "entity",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
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
                    models.Index(
                        fields=["user_id", "-testimonies"], name="viewerstats_user_idx"
                    ),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=["user_id", "entity"], name="viewerstats_once"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="EntityFilterStats",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "dimension",
                    models.CharField(
                        choices=[("country", "Country"), ("sector", "Sector")], max_length=10
                    ),
                ),
                ("value", models.BigIntegerField()),
                (
                    "entity",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
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
                    models.Index(
                        fields=["dimension", "value", "-testimonies"],
                        name="filterstats_value_idx",
                    ),
                    models.Index(fields=["entity"], name="filterstats_entity_idx"),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=["dimension", "value", "entity"], name="filterstats_once"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="EntityBreakdownStale",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("entity_id", models.BigIntegerField(null=True)),
            ],
            options={"default_permissions": ()},
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
