"""What the entity page reads for a user who sees every testimony, kept per entity: its
timeline per year (`EntityTimeline`), its pages of testimony ids in order (`EntityPage`) and
its count of exportable testimonies (`EntityExportable`), recomputed for the entities queued in
`EntityPageStale`, so that the page of an entity named in thousands of testimonies reads a few
rows instead of all of them.

The page orders testimonies by period start, case code and id: the period is already marked by
0027's trigger; a trigger here marks a testimony whose case code changes. The new queue starts
with a rebuild marker, which the task worker takes (`kept_rebuild`, after `migrate`).
"""

import django.db.models.deletion
from django.db import migrations, models

STALE = "testimony_entitystatsstale"
PAGE_STALE = "testimony_entitypagestale"
TESTIMONY = "testimony_testimony"
NAME = "testimony_testimony_timeline_update"
CONDITION = "OLD.case_code IS DISTINCT FROM NEW.case_code"
MARK = f"INSERT INTO {STALE} (testimony_id) VALUES (NEW.id);"  # noqa: S608  # nosec B608


def create_trigger(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE FUNCTION {NAME}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {MARK} RETURN NULL; END $$"
        )
        schema_editor.execute(
            f"CREATE TRIGGER {NAME} AFTER UPDATE ON {TESTIMONY} FOR EACH ROW "
            f"WHEN ({CONDITION}) EXECUTE FUNCTION {NAME}()"
        )
    else:
        condition = CONDITION.replace("IS DISTINCT FROM", "IS NOT")
        schema_editor.execute(
            f"CREATE TRIGGER {NAME} AFTER UPDATE ON {TESTIMONY} FOR EACH ROW "
            f"WHEN ({condition}) BEGIN {MARK} END"
        )
    # What exists already: every entity's page data is computed by the next rebuild.
    schema_editor.execute(f"INSERT INTO {PAGE_STALE} (entity_id) VALUES (NULL)")  # noqa: S608  # nosec B608


def drop_trigger(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {NAME} ON {TESTIMONY}")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {NAME}()")
    else:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0029_corroboration_kept"),
    ]

    operations = [
        migrations.CreateModel(
            name="EntityExportable",
            fields=[
                (
                    "entity",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="testimony.entity",
                    ),
                ),
                ("testimonies", models.PositiveIntegerField()),
            ],
            options={
                "default_permissions": (),
            },
        ),
        migrations.CreateModel(
            name="EntityPageStale",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("entity_id", models.BigIntegerField(null=True)),
            ],
            options={
                "default_permissions": (),
                "indexes": [
                    models.Index(
                        fields=["entity_id"], name="entitypagestale_entity_idx"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="EntityPage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("number", models.PositiveIntegerField()),
                ("testimony_ids", models.TextField()),
                (
                    "entity",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="testimony.entity",
                    ),
                ),
            ],
            options={
                "default_permissions": (),
                "constraints": [
                    models.UniqueConstraint(
                        fields=("entity", "number"), name="entitypage_once"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="EntityTimeline",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("year", models.PositiveSmallIntegerField()),
                ("testimonies", models.PositiveIntegerField()),
                ("shown", models.TextField()),
                (
                    "entity",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="testimony.entity",
                    ),
                ),
            ],
            options={
                "default_permissions": (),
                "constraints": [
                    models.UniqueConstraint(
                        fields=("entity", "year"), name="entitytimeline_once"
                    )
                ],
            },
        ),
        migrations.RunPython(create_trigger, drop_trigger),
    ]
