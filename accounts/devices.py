"""Second-factor devices of a user: authenticator apps (TOTP), passkeys and recovery codes.

Only an authenticator app or a passkey counts as enrolment: recovery codes are a way back in when
the phone or key is lost, not a factor of their own. Recovery codes are stored as keyed hashes
(HMAC with the secret key), so a copy of the database alone does not hold usable codes.
"""

import secrets
from base64 import b32encode

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "Recovery codes"
AUTHENTICATOR_APP_NAME = "Authenticator app"


class LastDeviceError(Exception):
    """Removing the device would leave the account without an authenticator app or passkey."""


def strong_devices(user: AbstractBaseUser) -> list[Device]:
    """The user's confirmed authenticator apps and passkeys, oldest first."""
    apps = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("id")
    passkeys = WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("id")
    return [*apps, *passkeys]


def has_strong_device(user: AbstractBaseUser) -> bool:
    return (
        TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        or WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()
    )


def has_passkey(user: AbstractBaseUser) -> bool:
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()


def device_kind(device: Device) -> str:
    """'totp', 'passkey' or 'recovery_code': what the audit trail and the pages call it."""
    if isinstance(device, TOTPDevice):
        return "totp"
    if isinstance(device, WebAuthnCredential):
        return "passkey"
    return "recovery_code"


def recovery_codes_left(user: AbstractBaseUser) -> int:
    device = StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME).first()
    return device.token_set.count() if device else 0


def normalize_code(code: str) -> str:
    """Codes as typed: spaces and hyphens dropped, letters lower-cased."""
    return "".join(code.split()).replace("-", "").lower()


def _recovery_digest(code: str) -> str:
    # StaticToken.token holds 16 characters: 64 bits of the keyed hash are kept.
    return salted_hmac(
        "accounts.recovery-code", normalize_code(code), algorithm="sha256"
    ).hexdigest()[:16]


def _new_recovery_code() -> str:
    raw = b32encode(secrets.token_bytes(5)).decode().lower()
    return f"{raw[:4]}-{raw[4:]}"


@transaction.atomic
def recovery_codes_replace(user: AbstractBaseUser) -> list[str]:
    """Replace the user's recovery codes with new ones; the plain codes are returned once."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    for code in codes:
        device.token_set.create(token=_recovery_digest(code))
    return codes


def totp_device_pending(user: AbstractBaseUser, device_id: int | None) -> TOTPDevice:
    """The authenticator app being set up: the same one across reloads of the enrolment page."""
    pending = TOTPDevice.objects.filter(user=user, confirmed=False)
    if device_id is not None and (device := pending.filter(pk=device_id).first()):
        return device
    pending.delete()
    return TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_APP_NAME, confirmed=False)


def totp_device_confirm(device: TOTPDevice, code: str) -> bool:
    """Confirm a new authenticator app with its first code."""
    if not device.verify_token(normalize_code(code)):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return True


def second_factor_match(user: AbstractBaseUser, code: str) -> Device | None:
    """The device that accepts `code`: an authenticator app's current code or a recovery code.

    A recovery code is used up by matching.
    """
    code = normalize_code(code)
    if not code:
        return None
    if code.isdigit():
        for device in TOTPDevice.objects.filter(user=user, confirmed=True):
            if device.verify_token(code):
                return device
        return None
    digest = _recovery_digest(code)
    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(digest):
            return device
    return None


def user_device(user: AbstractBaseUser, kind: str, device_id: int) -> Device | None:
    """One of the user's own authenticator apps or passkeys, or None."""
    model = {"totp": TOTPDevice, "passkey": WebAuthnCredential}.get(kind)
    if model is None:
        return None
    return model.objects.filter(user=user, confirmed=True, pk=device_id).first()


@transaction.atomic
def device_remove(user: AbstractBaseUser, device: Device) -> None:
    """Remove an authenticator app or passkey, never the last one."""
    others = [other for other in strong_devices(user) if other != device]
    if not others:
        raise LastDeviceError(
            _("This is your only authenticator app or passkey. Add another one before removing it.")
        )
    device.delete()
