"""The update triggers of postings, persons, consents and testimonies mark what they mark only
when a column the kept corroboration data reads has changed.

The entry form's edit saves every posting and the consent again, changed or not, so an edit that
changed only the narrative queued its testimony in `EntityStatsStale` (its postings' update
triggers: the testimony, its employers' and sites' pairs) and in `ExportableStale` (the
consent's update trigger, and the testimony's on the raised revision); the request that wrote
then recounted every entity the testimony names (0.55-0.7 s for one naming the most-named
entity at 100,000 testimonies: docs/BENCHMARKS.md, fourteenth and fifteenth passes). The same
statements now compare the old and the new row first (`WHEN`, PostgreSQL's `IS DISTINCT FROM`,
SQLite's `IS NOT`):

- a posting: its testimony, employer, site, country, sector and period (what the mention rows,
  the kept facts and the country and sector filters read; not its order, work site, recruitment
  or ending);
- a person: its testimony and role (a witness's key is its smallest name digest, whose own
  table's triggers mark it; the name columns are encrypted and never read by the figures);
- a consent: its testimony, UN submission, date given and method (what
  `workflow.exportable_testimonies()` reads);
- a testimony, for the exportable set: its status, or its revision while it is approved (a
  testimony that is not approved before or after is not exportable whatever its revision).

The trigger functions and SQLite's bodies are those of 0027, 0029 and 0033, unchanged; going
back restores their conditions.
"""

import importlib

from django.db import migrations

POSTING = "testimony_posting"
PERSON = "testimony_person"
CONSENT = "testimony_consent"
TESTIMONY = "testimony_testimony"


def _changed(*columns: str) -> str:
    return " OR ".join(f"OLD.{column} IS DISTINCT FROM NEW.{column}" for column in columns)


# (trigger, table, condition now, condition before)
CONDITIONS = [
    (
        f"{POSTING}_stats_update",
        POSTING,
        _changed(
            "testimony_id",
            "employer_id",
            "site_id",
            "country_id",
            "sector_id",
            "period_start",
            "period_end",
        ),
        "",
    ),
    (f"{PERSON}_stats_update", PERSON, _changed("testimony_id", "role"), ""),
    (
        f"{CONSENT}_exportable_update",
        CONSENT,
        _changed("testimony_id", "un_submission", "given_on", "method"),
        "",
    ),
    (
        f"{TESTIMONY}_exportable_update",
        TESTIMONY,
        # 'approved': `Testimony.Status.APPROVED`, the only status `exportable_testimonies()`
        # returns.
        "OLD.status IS DISTINCT FROM NEW.status"
        " OR (OLD.revision IS DISTINCT FROM NEW.revision AND NEW.status = 'approved')",
        "OLD.status IS DISTINCT FROM NEW.status OR OLD.revision IS DISTINCT FROM NEW.revision",
    ),
]


def _sqlite_bodies() -> dict[str, str]:
    """Each trigger's statements as the latest earlier migration wrote them."""
    stats = importlib.import_module("testimony.migrations.0027_entity_stats")
    pairs = importlib.import_module("testimony.migrations.0033_entity_stats_pairs")
    kept = importlib.import_module("testimony.migrations.0029_corroboration_kept")
    bodies = {
        f"{table}_stats_{operation.lower()}": statements
        for table, operation, statements in [*stats.MARKS, *pairs.MARKS]
    }
    for table, operation, _condition, statements, *purpose in kept.MARKS:
        bodies[kept._name(table, operation, purpose[0] if purpose else "exportable")] = statements
    return {name: "; ".join(statements) + ";" for name, statements in bodies.items()}


def _create(schema_editor, conditions: list[tuple[str, str, str]]) -> None:
    vendor = schema_editor.connection.vendor
    bodies = {} if vendor == "postgresql" else _sqlite_bodies()
    for name, table, condition in conditions:
        when = f"WHEN ({condition})" if condition else ""
        if vendor == "postgresql":
            # The function is unchanged; only the trigger's condition is new.
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            schema_editor.execute(
                f"CREATE TRIGGER {name} AFTER UPDATE ON {table} FOR EACH ROW {when} "
                f"EXECUTE FUNCTION {name}()"
            )
        else:
            when = when.replace("IS DISTINCT FROM", "IS NOT")
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
            schema_editor.execute(
                f"CREATE TRIGGER {name} AFTER UPDATE ON {table} FOR EACH ROW {when} "
                f"BEGIN {bodies[name]} END"
            )


def conditions_on_read_columns(apps, schema_editor) -> None:
    _create(schema_editor, [(name, table, now) for name, table, now, _before in CONDITIONS])


def conditions_before(apps, schema_editor) -> None:
    _create(schema_editor, [(name, table, before) for name, table, _now, before in CONDITIONS])


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0042_period_figures"),
    ]

    operations = [
        migrations.RunPython(conditions_on_read_columns, conditions_before),
    ]
