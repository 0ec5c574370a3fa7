"""Seed the public figures kept in exports, and give the roles the new permissions."""

import importlib

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

_roles_0003 = importlib.import_module("testimony.migrations.0003_roles")

# The North Korean leadership family and senior officials, as they are commonly spelt.
PUBLIC_FIGURES = [
    ("Kim Il-sung", "김일성", ["Kim Il Sung", "Kim Ilsung"]),
    ("Kim Jong-il", "김정일", ["Kim Jong Il", "Kim Chong-il", "Kim Jongil"]),
    ("Kim Jong-un", "김정은", ["Kim Jong Un", "Kim Jong-eun", "Kim Chong-un", "Kim Jongun"]),
    ("Kim Jong-suk", "김정숙", ["Kim Jong Suk", "Kim Chong-suk"]),
    ("Kim Yo-jong", "김여정", ["Kim Yo Jong", "Kim Yeo-jeong"]),
    ("Kim Jong-nam", "김정남", ["Kim Jong Nam"]),
    ("Kim Ju-ae", "김주애", ["Kim Ju Ae"]),
    ("Ri Sol-ju", "리설주", ["Ri Sol Ju", "Lee Seol-ju", "Yi Sol-ju"]),
    ("Choe Ryong-hae", "최룡해", ["Choe Ryong Hae", "Choi Ryong-hae"]),
    ("Pak Pong-ju", "박봉주", ["Pak Pong Ju", "Park Bong-ju"]),
    ("Kim Yong-nam", "김영남", ["Kim Yong Nam", "Kim Young-nam"]),
    ("Jang Song-thaek", "장성택", ["Jang Song Thaek", "Chang Song-taek"]),
]


def seed(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    figure_model = apps.get_model("testimony", "PublicFigure")
    for name, hangul, variants in PUBLIC_FIGURES:
        figure_model.objects.using(db).update_or_create(
            name=name, defaults={"hangul": hangul, "variants": "\n".join(variants)}
        )
    _roles_0003._ensure_permissions(apps, db)
    permissions = apps.get_model("auth", "Permission").objects.using(db).filter(
        content_type__app_label="testimony",
        content_type__model__in=["publicfigure", "anonymization"],
    )
    groups = apps.get_model("auth", "Group").objects.using(db)
    groups.get(name="admin").permissions.add(*permissions)
    readers = permissions.filter(codename__in=["view_publicfigure", "view_anonymization"])
    for name in ("reviewer", "coordinator"):
        groups.get(name=name).permissions.add(*readers)


def unseed(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    apps.get_model("testimony", "PublicFigure").objects.using(db).filter(
        name__in=[name for name, _hangul, _variants in PUBLIC_FIGURES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0007_anonymization"),
    ]

    operations = [
        migrations.RunPython(seed, unseed),
    ]
