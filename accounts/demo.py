"""The second factor of the demo accounts (load_demo, DEBUG only).

Every demo account gets an authenticator app with the same fixed, published key, so a newcomer
adds one entry to an authenticator app (or runs `manage.py demo_otp_code USERNAME`) and can sign
in as any demo role. The key is the RFC 6238 test key: it must never guard a real account, and
nothing outside load_demo creates a device with it.
"""

import time
from base64 import b32encode
from collections.abc import Iterable

from django.contrib.auth.base_user import AbstractBaseUser
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

DEMO_DEVICE_NAME = "Demo authenticator (published key)"
DEMO_TOTP_KEY = "3132333435363738393031323334353637383930"  # "12345678901234567890"


def demo_secret_base32() -> str:
    return b32encode(bytes.fromhex(DEMO_TOTP_KEY)).decode()


def demo_otpauth_uri() -> str:
    return (
        f"otpauth://totp/Testimonies%20demo?secret={demo_secret_base32()}&issuer=Testimonies%20demo"
    )


def demo_devices_ensure(users: Iterable[AbstractBaseUser]) -> None:
    """Give each demo account the demo authenticator app unless it has it already."""
    for user in users:
        TOTPDevice.objects.get_or_create(
            user=user,
            name=DEMO_DEVICE_NAME,
            defaults={"key": DEMO_TOTP_KEY, "confirmed": True},
        )


def demo_code(user: AbstractBaseUser) -> str | None:
    """The demo authenticator's current code for `user`, or None if they have no demo device."""
    device = TOTPDevice.objects.filter(
        user=user, name=DEMO_DEVICE_NAME, key=DEMO_TOTP_KEY, confirmed=True
    ).first()
    if device is None:
        return None
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{code:0{device.digits}d}"


def seconds_left_of_code() -> int:
    return 30 - int(time.time()) % 30
