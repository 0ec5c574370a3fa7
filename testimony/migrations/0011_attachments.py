"""Attachments with their chain of custody, who may handle them, and custody made append-only.

Interviewers, reviewers and coordinators (everyone who may edit a testimony) may add, download
and delete attachments; admins get every attachment permission. On PostgreSQL a trigger refuses
UPDATE and DELETE of custody events, as 0006 does for the audit trail.
"""

import importlib

import django.db.models.deletion
import django.utils.timezone
import testimony.crypto
import uuid
from django.conf import settings
from django.apps.registry import Apps
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

_roles_0003 = importlib.import_module("testimony.migrations.0003_roles")

HANDLERS = ["interviewer", "reviewer", "coordinator"]
HANDLING = ["add_attachment", "view_attachment", "delete_attachment", "view_custodyevent"]

FUNCTION = "testimony_custodyevent_refuse_change"
TRIGGER = "testimony_custodyevent_append_only"
CREATE = f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the chain of custody is append-only: % of custody event % refused',
        TG_OP, OLD.id USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER {TRIGGER}
    BEFORE UPDATE OR DELETE ON testimony_custodyevent
    FOR EACH ROW EXECUTE FUNCTION {FUNCTION}();
"""
DROP = f"""
DROP TRIGGER IF EXISTS {TRIGGER} ON testimony_custodyevent;
DROP FUNCTION IF EXISTS {FUNCTION}();
"""


def _permissions(apps: Apps, db: str):
    return (
        apps.get_model("auth", "Permission")
        .objects.using(db)
        .filter(
            content_type__app_label="testimony",
            content_type__model__in=["attachment", "custodyevent"],
        )
    )


def grant(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    _roles_0003._ensure_permissions(apps, db)
    permissions = _permissions(apps, db)
    groups = apps.get_model("auth", "Group").objects.using(db)
    for name in HANDLERS:
        groups.get(name=name).permissions.add(*permissions.filter(codename__in=HANDLING))
    # Custody is written by the application only, never from the admin site.
    groups.get(name="admin").permissions.add(
        *permissions.exclude(
            codename__in=["add_custodyevent", "change_custodyevent", "delete_custodyevent"]
        )
    )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def revoke(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)
    permissions = _permissions(apps, db)
    for group in (
        apps.get_model("auth", "Group").objects.using(db).filter(name__in=[*HANDLERS, "admin"])
    ):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0010_petition_roles"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="auditevent",
            name="action",
            field=models.CharField(
                choices=[
                    ("testimony.created", "created the testimony"),
                    ("testimony.edited", "edited the testimony"),
                    ("testimony.viewed", "opened the testimony"),
                    ("identities.viewed", "viewed the identities"),
                    ("testimony.status_changed", "changed the status"),
                    ("testimony.assigned", "assigned a reviewer"),
                    ("review.commented", "commented"),
                    ("consent.withdrawn", "recorded a withdrawal of consent"),
                    ("anonymization.changed", "changed a redaction"),
                    ("anonymization.approved", "approved the anonymized text"),
                    ("bundle.built", "built a bundle"),
                    ("bundle.downloaded", "downloaded a bundle"),
                    ("petition.changed", "changed a petition"),
                    ("auth.login", "logged in"),
                    ("auth.login_failed", "failed to log in"),
                    ("auth.logout", "logged out"),
                    ("auth.roles_changed", "changed roles"),
                    ("demo.loaded", "loaded demo data"),
                    ("attachment.uploaded", "uploaded an attachment"),
                    ("attachment.downloaded", "downloaded an attachment"),
                    ("attachment.deleted", "deleted an attachment"),
                ],
                max_length=40,
                verbose_name="what",
            ),
        ),
        migrations.CreateModel(
            name="Attachment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("uuid", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                (
                    "category",
                    models.CharField(
                        choices=[
                            ("consent_scan", "Consent form (scan or photo)"),
                            ("document", "Document"),
                            ("photo", "Photograph"),
                            ("audio", "Audio recording"),
                            ("other", "Other evidence"),
                        ],
                        max_length=20,
                        verbose_name="what it is",
                    ),
                ),
                ("kind", models.CharField(max_length=20, verbose_name="file type")),
                ("content_type", models.CharField(max_length=100, verbose_name="content type")),
                ("size", models.PositiveBigIntegerField(verbose_name="size in bytes")),
                ("sha256", models.CharField(max_length=64, verbose_name="SHA-256 of the file")),
                (
                    "original_name",
                    testimony.crypto.EncryptedTextField(
                        blank=True, verbose_name="original file name"
                    ),
                ),
                (
                    "data_key",
                    testimony.crypto.EncryptedTextField(blank=True, verbose_name="file key"),
                ),
                (
                    "storage_name",
                    models.CharField(max_length=200, unique=True, verbose_name="stored as"),
                ),
                (
                    "uploaded_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="uploaded"
                    ),
                ),
                ("deleted_at", models.DateTimeField(blank=True, null=True, verbose_name="deleted")),
                (
                    "deleted_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="deleted by",
                    ),
                ),
                (
                    "testimony",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="attachments",
                        to="testimony.testimony",
                    ),
                ),
                (
                    "uploaded_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="uploaded by",
                    ),
                ),
            ],
            options={
                "verbose_name": "attachment",
                "verbose_name_plural": "attachments",
                "ordering": ["testimony", "uploaded_at", "id"],
            },
        ),
        migrations.CreateModel(
            name="CustodyEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "action",
                    models.CharField(
                        choices=[
                            ("uploaded", "uploaded"),
                            ("downloaded", "downloaded"),
                            ("deleted", "deleted"),
                        ],
                        max_length=20,
                        verbose_name="what",
                    ),
                ),
                (
                    "at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="when"),
                ),
                (
                    "actor",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="who",
                    ),
                ),
                (
                    "attachment",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="custody",
                        to="testimony.attachment",
                    ),
                ),
            ],
            options={
                "verbose_name": "custody event",
                "verbose_name_plural": "custody events",
                "ordering": ["attachment", "at", "id"],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
