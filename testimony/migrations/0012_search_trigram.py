"""Trigram indexes for the free-text search of approved anonymized narratives (PostgreSQL).

The list's search is `icontains` (`UPPER(col) LIKE UPPER('%words%')`), which no B-tree index
serves: at 100,000 testimonies it scanned every approved narrative (about 0.6 s a query). pg_trgm's
GIN indexes on the same upper-cased expressions answer it from the index for any query of three
characters or more, Hangul included (pg_trgm counts Hangul syllables as word characters in a
UTF-8 locale). Only approved texts are searched, so the indexes cover only those rows.

SQLite has no such index; its LIKE stays a scan (docs/BENCHMARKS.md). pg_trgm is a trusted
extension (PostgreSQL 13+): the database owner may create it.
"""

from django.db import migrations

INDEXES = [
    ("testimony_anon_original_trgm", "original"),
    ("testimony_anon_english_trgm", "english"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON testimony_anonymization "
            f"USING gin (UPPER({column}) gin_trgm_ops) WHERE approved_at IS NOT NULL"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("testimony", "0011_attachments")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
