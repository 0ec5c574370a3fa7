"""Audit actions of sign-in security, written with testimony.audit.audit_record.

No event ever holds a code, a password or a typed username: only who, when, which kind of
second factor, and which page. The actions are choices of AuditEvent.Action, so that Django admin
and the detail page's history name them in words.
"""

from testimony.models import AuditEvent

OTP_VERIFIED = AuditEvent.Action.OTP_VERIFIED
OTP_FAILED = AuditEvent.Action.OTP_FAILED
DEVICE_ADDED = AuditEvent.Action.DEVICE_ADDED
DEVICE_REMOVED = AuditEvent.Action.DEVICE_REMOVED
RECOVERY_CODES_CREATED = AuditEvent.Action.RECOVERY_CODES_CREATED
PASSWORD_CHANGED = AuditEvent.Action.PASSWORD_CHANGED
REAUTHENTICATED = AuditEvent.Action.REAUTHENTICATED
LOCKED_OUT = AuditEvent.Action.LOCKED_OUT
SESSION_EXPIRED = AuditEvent.Action.SESSION_EXPIRED
