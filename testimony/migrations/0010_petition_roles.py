"""Coordinators assemble petitions and build bundles; admins may do everything with them."""

import importlib

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

_roles_0003 = importlib.import_module("testimony.migrations.0003_roles")

COORDINATOR = [
    "add_petition",
    "change_petition",
    "view_petition",
    "add_bundle",
    "view_bundle",
]


def grant(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    _roles_0003._ensure_permissions(apps, db)
    permissions = apps.get_model("auth", "Permission").objects.using(db).filter(
        content_type__app_label="testimony", content_type__model__in=["petition", "bundle"]
    )
    groups = apps.get_model("auth", "Group").objects.using(db)
    groups.get(name="coordinator").permissions.add(*permissions.filter(codename__in=COORDINATOR))
    groups.get(name="admin").permissions.add(*permissions)


def revoke(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    permissions = apps.get_model("auth", "Permission").objects.using(db).filter(
        content_type__app_label="testimony", content_type__model__in=["petition", "bundle"]
    )
    for group in apps.get_model("auth", "Group").objects.using(db).filter(
        name__in=["coordinator", "admin"]
    ):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0009_petitions"),
    ]

    operations = [
        migrations.RunPython(grant, revoke),
    ]
