"""The corroboration triggers on links and postings name the (entity, testimony) pair a write
changed, so that `entity_stats.refresh` adds or removes that one testimony's contribution to the
entity's kept figures and mention rows instead of recomputing the entity from every testimony
naming it (about 230 ms for the entity named in 15,600 testimonies at 100,000, 1 s more for its
mention rows).

0027's link triggers queued the entity alone, its posting triggers the former employer with the
testimony and the former site alone. Now a link's insert, delete or update queues the pair (the
old and the new one for an update: a merge moves links), a posting's delete or update queues
its testimony (its countries and periods changed) and the pairs of its former employer and site.
A row naming only an entity still asks for that entity's full recompute (none of the triggers
writes one any more); a row naming only a testimony, all of that testimony's pairs.

The per-user and per-filter figures' queue (`EntityBreakdownStale`) gains a scope: a link added
or removed recounts only the rows of the users and filters its testimony is in.

Indexes: the pair's kept rows are found by testimony (`EntityMentionFacts`,
`EntityMentionWitness`), and whether a witness key is still named by another testimony of the
entity by (entity, witness).
"""

import importlib

from django.db import migrations, models

STALE = "testimony_entitystatsstale"
LINK = "testimony_testimonyentity"
POSTING = "testimony_posting"


def _pair(row: str, entity: str, testimony: str = "testimony_id") -> str:
    return (
        f"INSERT INTO {STALE} (entity_id, testimony_id) VALUES ({row}.{entity}, {row}.{testimony})"  # noqa: S608  # nosec B608
    )


def _testimony(row: str) -> str:
    return f"INSERT INTO {STALE} (testimony_id) VALUES ({row}.testimony_id)"  # noqa: S608  # nosec B608


# (table, operation, statements run for each row), replacing 0027's of the same name.
MARKS = [
    (LINK, "INSERT", [_pair("NEW", "entity_id")]),
    (LINK, "DELETE", [_pair("OLD", "entity_id")]),
    (LINK, "UPDATE", [_pair("OLD", "entity_id"), _pair("NEW", "entity_id")]),
    (
        POSTING,
        "DELETE",
        [_testimony("OLD"), _pair("OLD", "employer_id"), _pair("OLD", "site_id")],
    ),
    (
        POSTING,
        "UPDATE",
        [
            _testimony("OLD"),
            _testimony("NEW"),
            _pair("OLD", "employer_id"),
            _pair("OLD", "site_id"),
        ],
    ),
]


def _replace(schema_editor, marks: list[tuple[str, str, list[str]]]) -> None:
    vendor = schema_editor.connection.vendor
    for table, operation, statements in marks:
        name = f"{table}_stats_{operation.lower()}"
        body = "; ".join(statements) + ";"
        if vendor == "postgresql":
            # The trigger keeps calling the function of this name.
            schema_editor.execute(
                f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN {body} RETURN NULL; END $$"
            )
        else:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
            schema_editor.execute(
                f"CREATE TRIGGER {name} AFTER {operation} ON {table} FOR EACH ROW BEGIN {body} END"
            )


def pair_triggers(apps, schema_editor) -> None:
    _replace(schema_editor, MARKS)
    # Rows 0027's posting triggers queued and no refresh took yet meant "this entity and this
    # testimony": read from now on as a pair, they also mark their testimony.
    schema_editor.execute(
        f"INSERT INTO {STALE} (testimony_id) SELECT testimony_id FROM {STALE} "  # noqa: S608  # nosec B608
        "WHERE entity_id IS NOT NULL AND testimony_id IS NOT NULL"
    )


def entity_triggers(apps, schema_editor) -> None:
    earlier = importlib.import_module("testimony.migrations.0027_entity_stats")
    replaced = {(table, operation) for table, operation, _statements in MARKS}
    _replace(
        schema_editor,
        [mark for mark in earlier.MARKS if (mark[0], mark[1]) in replaced],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0032_entity_mentions"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="entitymentionfacts",
            index=models.Index(
                fields=["testimony_id", "entity_id"], name="mentionfacts_testimony_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="entitymentionwitness",
            index=models.Index(
                fields=["testimony_id", "entity_id"], name="mentionwitness_testimony_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="entitymentionwitness",
            index=models.Index(fields=["entity_id", "witness"], name="mentionwitness_key_idx"),
        ),
        migrations.AddField(
            model_name="entitybreakdownstale",
            name="scope",
            field=models.CharField(blank=True, db_default="", default="", max_length=10),
        ),
        migrations.AddField(
            model_name="entitybreakdownstale",
            name="value",
            field=models.BigIntegerField(null=True),
        ),
        migrations.RunPython(pair_triggers, entity_triggers),
    ]
