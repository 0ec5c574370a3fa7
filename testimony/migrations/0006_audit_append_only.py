"""Make the audit trail append-only in PostgreSQL itself.

A row-level trigger refuses every UPDATE and DELETE of an audit event, whoever sends it. TRUNCATE
is deliberately left alone: it fires no row-level trigger, and test teardown flushes tables with
it. The table's owner can still disable the trigger; the hash chain (manage.py verify_audit) is
what detects that. SQLite has no such guard.
"""

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

FUNCTION = "testimony_auditevent_refuse_change"
TRIGGER = "testimony_auditevent_append_only"

CREATE = f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % of audit event % refused', TG_OP, OLD.id
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit events are only ever added; manage.py verify_audit checks the chain.';
END;
$$;
CREATE TRIGGER {TRIGGER}
    BEFORE UPDATE OR DELETE ON testimony_auditevent
    FOR EACH ROW EXECUTE FUNCTION {FUNCTION}();
"""

DROP = f"""
DROP TRIGGER IF EXISTS {TRIGGER} ON testimony_auditevent;
DROP FUNCTION IF EXISTS {FUNCTION}();
"""


def create_trigger(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0005_moderation_roles"),
    ]

    operations = [
        migrations.RunPython(create_trigger, drop_trigger),
    ]
