"""Audit events for logging in and out and for changes of role, from Django's auth signals.

Connected in TestimonyConfig.ready(). Each receiver writes inside the transaction of whatever
sent the signal (the request's, under ATOMIC_REQUESTS), so an event is kept exactly when the
login, logout or change of groups it records is.

A failed login records only which login page was used ("admin" or "site"), never the submitted
username or password: a username typed into the wrong box is often a password, and whoever reads
the trail would learn which accounts are being tried.

A change of groups has no request, so its actor is left empty; the admin's history (LogEntry)
of the same user names who made it.
"""

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Model
from django.http import HttpRequest

from testimony.audit import audit_record
from testimony.models import AuditEvent


def record_login(sender: type, request: HttpRequest, user: AbstractBaseUser, **kwargs: Any) -> None:
    audit_record(actor=user, action=AuditEvent.Action.LOGIN)


def record_logout(
    sender: type, request: HttpRequest, user: AbstractBaseUser | None, **kwargs: Any
) -> None:
    # Logging out a session that was never logged in changes nothing worth recording.
    if user is None or not user.is_authenticated:
        return
    audit_record(actor=user, action=AuditEvent.Action.LOGOUT)


def _login_page(request: HttpRequest | None) -> str | None:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    return "admin" if match.app_name == "admin" else "site"


def record_login_failure(
    sender: str, credentials: dict, request: HttpRequest | None = None, **kwargs: Any
) -> None:
    # `credentials` holds the submitted username (the password arrives masked): never stored.
    page = _login_page(request)
    audit_record(
        actor=None,
        action=AuditEvent.Action.LOGIN_FAILED,
        detail={"page": page} if page else {},
    )


def record_roles_changed(
    sender: type[Model],
    instance: Model,
    action: str,
    reverse: bool,
    pk_set: set | None,
    **kwargs: Any,
) -> None:
    """Record, per user, the groups given or taken by any change of User.groups.

    `instance` is the user (user.groups...) or, when `reverse`, the group (group.user_set...).
    Removals are read before they happen, so that only memberships that exist are named: Django
    passes every requested id to remove() and none to clear(). Fixture loading (`raw`) is
    recorded too, since it grants roles all the same.
    """
    if action == "post_add":
        change, ids = "added", pk_set
    elif action == "pre_remove":
        change, ids = "removed", pk_set
    elif action == "pre_clear":
        change, ids = "removed", None
    else:
        return
    for user_id, group_names in _memberships(sender, instance, reverse, ids).items():
        audit_record(
            actor=None,
            action=AuditEvent.Action.ROLES_CHANGED,
            object_type="user",
            object_id=str(user_id),
            detail={
                "added": group_names if change == "added" else [],
                "removed": group_names if change == "removed" else [],
            },
        )


# The account flags that give power beyond a role: all permissions, the administration, signing in.
POWER_FLAGS = ("is_superuser", "is_staff", "is_active")


def remember_power_flags(sender: type[Model], instance: Model, raw: bool, **kwargs: Any) -> None:
    """Read the flags as stored before a user is saved, so that post_save can tell a change."""
    if instance.pk is None:
        instance._power_flags_before = None
        return
    instance._power_flags_before = (
        sender.objects.filter(pk=instance.pk).values(*POWER_FLAGS).first()
    )


def record_power_flags_changed(
    sender: type[Model], instance: Model, created: bool, raw: bool, **kwargs: Any
) -> None:
    """Record a user made (or unmade) superuser or staff, or (de)activated, by any path.

    Groups are recorded by `record_roles_changed`; these flags bypass groups entirely (a
    superuser holds every permission, identities included), so they are recorded as a role
    change too, naming the flags and their new values. A new account is recorded only when it
    starts with power (`createsuperuser`, the admin's add form with the boxes ticked).
    """
    before = getattr(instance, "_power_flags_before", None)
    now = {flag: bool(getattr(instance, flag)) for flag in POWER_FLAGS}
    if before is None:
        changed = {flag: value for flag, value in now.items() if value and flag != "is_active"}
    else:
        changed = {flag: value for flag, value in now.items() if bool(before[flag]) != value}
    if not changed:
        return
    audit_record(
        actor=None,
        action=AuditEvent.Action.ROLES_CHANGED,
        object_type="user",
        object_id=str(instance.pk),
        detail={"added": [], "removed": [], "flags": changed},
    )


def _memberships(
    through: type[Model], instance: Model, reverse: bool, pk_set: set | None
) -> dict[object, list[str]]:
    """The current user-group rows that the change touches, as {user id: [group names]}."""
    if not reverse:
        rows = through.objects.filter(user_id=instance.pk)
        if pk_set is not None:
            rows = rows.filter(group_id__in=pk_set)
    else:
        rows = through.objects.filter(group_id=instance.pk)
        if pk_set is not None:
            rows = rows.filter(user_id__in=pk_set)
    memberships: dict[object, list[str]] = {}
    for user_id, group_name in rows.order_by("user_id", "group__name").values_list(
        "user_id", "group__name"
    ):
        memberships.setdefault(user_id, []).append(group_name)
    return memberships
