"""Signing in through the real pages, for the tests of sign-in itself."""

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from testimony.tests.conftest import PASSWORD


def current_code(device: TOTPDevice) -> str:
    """What the user's authenticator app shows now."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{code:0{device.digits}d}"


def authenticator_app(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)


def password_login(client: Client, username: str, password: str = PASSWORD, url: str = ""):
    return client.post(url or reverse("login"), {"username": username, "password": password})


def full_login(client: Client, user: User, device: TOTPDevice) -> None:
    """Password, then the authenticator app's code: a verified session."""
    password_login(client, user.username)
    response = client.post(reverse("accounts:second_factor"), {"code": current_code(device)})
    assert response.status_code == 302
