"""The word index of the approved anonymized narratives moves onto the testimony (PostgreSQL).

0014 indexed the words on each anonymization, and the list joined their testimony ids with the
other sources' by UNION. That answers a rare word in milliseconds, but a word found in a third of
the narratives ("passports", "여권") made every request gather all ~30,000 ids, join them to the
testimonies and sort them, twice (count and page): half a second at 100,000 testimonies, and the
planner read every narrative's words instead of using the index.

With the words on the testimony's own row, the search is one condition on one table, OR-ed with
the trigram indexes of the case code, place and site: a common word walks the newest testimonies
and stops after one page; a rare word comes from the indexes (a BitmapOr).

The column is filled by PostgreSQL, never by Django (it is not a model field): triggers on the
anonymizations recompute it, once per statement, for the testimonies a statement touched, from
all their approved anonymized texts. `testimony_search_words_for(id)` is the one definition of
what is searchable; `restore` calls it after loading a backup. SQLite has none of this: its
search reads the approved anonymizations with LIKE.
"""

from django.db import migrations

FUNCTIONS = """
CREATE FUNCTION testimony_search_words_for(testimony bigint) RETURNS tsvector
LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('simple', string_agg(
        coalesce(original, '') || ' ' || coalesce(english, ''), ' ' ORDER BY version_number))
    FROM testimony_anonymization
    WHERE testimony_id = testimony AND approved_at IS NOT NULL
$$;

CREATE FUNCTION testimony_refresh_search_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE testimony_testimony SET search_words = testimony_search_words_for(id)
    WHERE id IN (SELECT DISTINCT testimony_id FROM changed);
    RETURN NULL;
END
$$;
"""

# A trigger with a transition table has one event; the three share the function and the name.
TRIGGERS = {
    "INSERT": "NEW TABLE AS changed",
    "UPDATE": "NEW TABLE AS changed",
    "DELETE": "OLD TABLE AS changed",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS testimony_anon_search_words")
    schema_editor.execute("ALTER TABLE testimony_anonymization DROP COLUMN IF EXISTS search_words")
    schema_editor.execute("ALTER TABLE testimony_testimony ADD COLUMN search_words tsvector")
    schema_editor.execute(FUNCTIONS)
    for event, table in TRIGGERS.items():
        schema_editor.execute(
            f"CREATE TRIGGER testimony_anon_{event.lower()}_search_words "
            f"AFTER {event} ON testimony_anonymization REFERENCING {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION testimony_refresh_search_words()"
        )
    schema_editor.execute(
        "UPDATE testimony_testimony SET search_words = testimony_search_words_for(id) "
        "WHERE id IN (SELECT testimony_id FROM testimony_anonymization "
        "WHERE approved_at IS NOT NULL)"
    )
    schema_editor.execute(
        "CREATE INDEX testimony_search_words ON testimony_testimony USING gin (search_words)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for event in TRIGGERS:
        schema_editor.execute(
            f"DROP TRIGGER IF EXISTS testimony_anon_{event.lower()}_search_words "
            "ON testimony_anonymization"
        )
    schema_editor.execute("DROP FUNCTION IF EXISTS testimony_refresh_search_words()")
    schema_editor.execute("DROP FUNCTION IF EXISTS testimony_search_words_for(bigint)")
    schema_editor.execute("ALTER TABLE testimony_testimony DROP COLUMN IF EXISTS search_words")
    schema_editor.execute(
        "ALTER TABLE testimony_anonymization ADD COLUMN search_words tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', "
        "coalesce(original, '') || ' ' || coalesce(english, ''))) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX testimony_anon_search_words ON testimony_anonymization "
        "USING gin (search_words) WHERE approved_at IS NOT NULL"
    )


class Migration(migrations.Migration):
    dependencies = [("testimony", "0014_search_words")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
