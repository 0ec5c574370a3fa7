"""Create the office's four roles as groups with their model permissions.

Access checks in views ask for these permissions, so a user's role is simply the group they are
in. The admin group is given every permission of the app that exists at this point except writing
audit events; permissions of models added by later migrations must be granted by those migrations.
"""

from django.apps.registry import Apps
from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

EDITABLE_BY_INTERVIEWER = ["testimony", "person", "consent", "indicatortag"]
VOCABULARIES = ["country", "sector", "province", "mandate"]

VIEW_CASE_FILES = [f"view_{model}" for model in EDITABLE_BY_INTERVIEWER + VOCABULARIES]
INDICATOR_TAGGING = ["add_indicatortag", "change_indicatortag", "delete_indicatortag"]

ROLE_PERMISSIONS = {
    "interviewer": [
        *(f"{action}_{model}" for model in EDITABLE_BY_INTERVIEWER for action in ("add", "change")),
        *VIEW_CASE_FILES,
    ],
    # Reviewers tag indicators as well as correcting them.
    "reviewer": [*VIEW_CASE_FILES, "change_testimony", *INDICATOR_TAGGING],
    "coordinator": [*VIEW_CASE_FILES, "change_testimony", *INDICATOR_TAGGING, "view_auditevent"],
}

ROLES = ["interviewer", "reviewer", "coordinator", "admin"]


def _ensure_permissions(apps: Apps, db: str) -> None:
    # On a fresh database permissions are only created by the post_migrate signal, after every
    # migration has run. create_permissions() skips app configs without a models module, and
    # the historical app registry's configs have none, hence the temporary flag.
    for label in ("contenttypes", "auth", "testimony"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        try:
            create_permissions(app_config, verbosity=0, using=db, apps=apps)
        finally:
            app_config.models_module = None


def create_roles(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    _ensure_permissions(apps, db)
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    testimony_permissions = permission_model.objects.using(db).filter(
        content_type__app_label="testimony"
    )
    # The audit trail must not be rewritable from the admin site, not even by admins.
    administrable = testimony_permissions.exclude(
        codename__in=["add_auditevent", "change_auditevent", "delete_auditevent"]
    )
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.using(db).get_or_create(name=name)
        permissions = list(testimony_permissions.filter(codename__in=codenames))
        missing = set(codenames) - {permission.codename for permission in permissions}
        if missing:
            raise RuntimeError(f"Permissions missing for group {name}: {sorted(missing)}")
        group.permissions.set(permissions)
    admin, _created = group_model.objects.using(db).get_or_create(name="admin")
    user_and_group_permissions = permission_model.objects.using(db).filter(
        content_type__app_label="auth", content_type__model__in=["user", "group"]
    )
    admin.permissions.set([*administrable, *user_and_group_permissions])


def remove_roles(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    apps.get_model("auth", "Group").objects.using(db).filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0002_vocabularies"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_roles, remove_roles),
    ]
