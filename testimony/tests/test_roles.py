"""The office's roles, created as groups with their permissions by data migrations."""

import pytest
from django.contrib.auth.models import Group, Permission, User

pytestmark = pytest.mark.django_db

CASE_FILE_MODELS = ["testimony", "person", "consent", "indicatortag"]
VOCABULARIES = ["country", "sector", "province", "mandate"]
READ_MODERATION = {
    "testimony.view_testimonyversion",
    "testimony.view_reviewcomment",
    "testimony.view_consentwithdrawal",
    "testimony.add_reviewcomment",
    "testimony.withdraw_consent",
}
# Everyone who may edit a testimony may attach files to it, download and delete them.
HANDLE_ATTACHMENTS = {
    "testimony.add_attachment",
    "testimony.view_attachment",
    "testimony.delete_attachment",
    "testimony.view_custodyevent",
}
# Written by the application only: the audit trail and the chain of custody of attachments.
APPLICATION_WRITTEN = [
    f"{action}_{model}"
    for model in ("auditevent", "custodyevent")
    for action in ("add", "change", "delete")
]


def permissions_of(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_the_four_roles_exist_after_migrations() -> None:
    names = set(Group.objects.values_list("name", flat=True))

    assert {"interviewer", "reviewer", "coordinator", "admin"} <= names


def test_an_interviewer_records_testimonies_and_reads_vocabularies() -> None:
    expected = {
        f"testimony.{action}_{model}"
        for model in CASE_FILE_MODELS
        for action in ("add", "change", "view")
    } | {f"testimony.view_{model}" for model in VOCABULARIES}

    assert permissions_of("interviewer") == expected | READ_MODERATION | HANDLE_ATTACHMENTS


def test_a_reviewer_reads_case_files_corrects_testimonies_and_tags_indicators() -> None:
    """Reviewers read everything, correct facts, and add, change or remove indicator tags."""
    expected = {f"testimony.view_{model}" for model in CASE_FILE_MODELS + VOCABULARIES} | {
        "testimony.change_testimony",
        "testimony.add_indicatortag",
        "testimony.change_indicatortag",
        "testimony.delete_indicatortag",
        "testimony.view_all_testimonies",
        "testimony.review_testimony",
        "testimony.view_publicfigure",
        "testimony.view_anonymization",
        "testimony.merge_entity",
    }

    assert permissions_of("reviewer") == expected | READ_MODERATION | HANDLE_ATTACHMENTS


def test_a_coordinator_approves_builds_bundles_and_reads_the_audit_trail() -> None:
    """Coordinators can do what reviewers do, and approve, assemble petitions, build bundles."""
    assert permissions_of("coordinator") == permissions_of("reviewer") | {
        "testimony.view_auditevent",
        "testimony.approve_testimony",
        "testimony.add_petition",
        "testimony.change_petition",
        "testimony.view_petition",
        "testimony.add_bundle",
        "testimony.view_bundle",
        "testimony.import_testimonies",
        "testimony.view_importmapping",
        "testimony.add_importmapping",
    }


def test_the_admin_group_manages_the_app_users_and_groups() -> None:
    permissions = permissions_of("admin")

    assert {
        "testimony.delete_testimony",
        "testimony.change_country",
        "testimony.add_mandate",
        "testimony.view_auditevent",
        "auth.add_user",
        "auth.change_group",
    } <= permissions
    assert not any(permission.startswith("contenttypes.") for permission in permissions)


def test_nobody_can_rewrite_the_audit_trail_or_a_chain_of_custody() -> None:
    for group in Group.objects.all():
        assert not permissions_of(group.name) & {
            f"testimony.{codename}" for codename in APPLICATION_WRITTEN
        }, group.name


def test_every_testimony_permission_except_writing_audit_and_custody_goes_to_admins() -> None:
    app_permissions = {
        f"testimony.{codename}"
        for codename in Permission.objects.filter(content_type__app_label="testimony")
        .exclude(codename__in=APPLICATION_WRITTEN)
        .values_list("codename", flat=True)
    }

    assert app_permissions <= permissions_of("admin")


def test_an_interviewer_can_add_a_testimony_but_cannot_view_the_audit_trail(alice: User) -> None:
    assert alice.has_perm("testimony.add_testimony")
    assert not alice.has_perm("testimony.view_auditevent")
    assert not alice.has_perm("testimony.delete_testimony")
    assert not alice.has_perm("testimony.change_country")


def test_a_reviewer_cannot_add_a_testimony(bob: User) -> None:
    assert bob.has_perm("testimony.change_testimony")
    assert not bob.has_perm("testimony.add_testimony")
    assert not bob.has_perm("testimony.view_auditevent")


def test_a_coordinator_can_view_the_audit_trail(carol: User) -> None:
    assert carol.has_perm("testimony.view_auditevent")
    assert not carol.has_perm("testimony.add_testimony")


def test_a_user_without_a_role_has_no_permission(charlie: User) -> None:
    assert not charlie.get_all_permissions()
