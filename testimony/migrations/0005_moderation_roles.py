"""Give the roles the permissions of moderation.

Interviewers read versions and comments, reply, and record a withdrawal of consent; reviewers see
every testimony and review it; coordinators also approve. Admins get every new permission except
writing audit events, as in 0003.
"""

import importlib

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

_roles_0003 = importlib.import_module("testimony.migrations.0003_roles")

READ_MODERATION = ["view_testimonyversion", "view_reviewcomment", "view_consentwithdrawal"]
GRANTS = {
    "interviewer": [*READ_MODERATION, "add_reviewcomment", "withdraw_consent"],
    "reviewer": [
        *READ_MODERATION,
        "add_reviewcomment",
        "withdraw_consent",
        "view_all_testimonies",
        "review_testimony",
    ],
    "coordinator": [
        *READ_MODERATION,
        "add_reviewcomment",
        "withdraw_consent",
        "view_all_testimonies",
        "review_testimony",
        "approve_testimony",
    ],
}
NEW_MODELS = ["testimonyversion", "reviewcomment", "reviewvisit", "consentwithdrawal"]
NEW_TESTIMONY_PERMISSIONS = [
    "view_all_testimonies",
    "review_testimony",
    "approve_testimony",
    "withdraw_consent",
]


def grant(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    _roles_0003._ensure_permissions(apps, db)
    group_model = apps.get_model("auth", "Group")
    permissions = apps.get_model("auth", "Permission").objects.using(db).filter(
        content_type__app_label="testimony"
    )
    for name, codenames in GRANTS.items():
        group = group_model.objects.using(db).get(name=name)
        group.permissions.add(*permissions.filter(codename__in=codenames))
    admin = group_model.objects.using(db).get(name="admin")
    admin.permissions.add(
        *permissions.filter(content_type__model__in=NEW_MODELS),
        *permissions.filter(codename__in=NEW_TESTIMONY_PERMISSIONS),
    )


def revoke(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    permissions = apps.get_model("auth", "Permission").objects.using(db).filter(
        content_type__app_label="testimony"
    )
    moderation = permissions.filter(content_type__model__in=NEW_MODELS) | permissions.filter(
        codename__in=NEW_TESTIMONY_PERMISSIONS
    )
    for group in apps.get_model("auth", "Group").objects.using(db).filter(
        name__in=[*GRANTS, "admin"]
    ):
        group.permissions.remove(*moderation)


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0004_moderation"),
    ]

    operations = [
        migrations.RunPython(grant, revoke),
    ]
