"""Audit actions of sign-in security, written with testimony.audit.audit_record.

No event ever holds a code, a password or a typed username: only who, when, which kind of
second factor, and which page.
"""

OTP_VERIFIED = "auth.otp_verified"
OTP_FAILED = "auth.otp_failed"
DEVICE_ADDED = "auth.device_added"
DEVICE_REMOVED = "auth.device_removed"
RECOVERY_CODES_CREATED = "auth.recovery_codes_created"
PASSWORD_CHANGED = "auth.password_changed"  # noqa: S105 - an action name
REAUTHENTICATED = "auth.reauthenticated"
LOCKED_OUT = "auth.locked_out"
SESSION_EXPIRED = "auth.session_expired"
