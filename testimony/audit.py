"""Writing the audit trail. Events name fields, never their values."""

from django.contrib.auth.base_user import AbstractBaseUser

from testimony.models import AuditEvent, Testimony


def audit_record(
    *,
    actor: AbstractBaseUser | None,
    action: str,
    testimony: Testimony | None = None,
    changed_fields: list[str] | None = None,
) -> AuditEvent:
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        testimony=testimony,
        changed_fields=sorted(changed_fields or []),
    )
