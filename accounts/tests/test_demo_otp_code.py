"""The demo accounts' second factor: a published key, and a command that prints the code."""

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from django.urls import reverse

from accounts.demo import DEMO_DEVICE_NAME, demo_secret_base32
from accounts.management.commands.demo_otp_code import REFUSAL
from testimony.management.commands.load_demo import DEMO_PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_test_second_factor")]


def _load_demo() -> str:
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=out)
    return out.getvalue()


def _code(username: str) -> str:
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("demo_otp_code", username, stdout=out, stderr=StringIO())
    return out.getvalue().strip()


class DemoSecondFactorTests:
    def test_load_demo_prints_how_to_get_codes(self) -> None:
        output = _load_demo()

        assert f"secret={demo_secret_base32()}" in output
        assert "manage.py demo_otp_code USERNAME" in output

    def test_a_newcomer_signs_in_as_a_demo_role_with_the_printed_command(
        self, client: Client
    ) -> None:
        _load_demo()
        client.post(reverse("login"), {"username": "reviewer", "password": DEMO_PASSWORD})

        response = client.post(reverse("accounts:second_factor"), {"code": _code("reviewer")})

        assert response.status_code == 302
        assert client.get(reverse("testimony:dashboard")).status_code == 200

    def test_it_refuses_without_debug_and_for_real_accounts(self, alice: User) -> None:
        with pytest.raises(CommandError) as excinfo:
            call_command("demo_otp_code", "alice", stdout=StringIO())
        assert str(excinfo.value) == REFUSAL

        with pytest.raises(CommandError):
            _code("alice")

    def test_every_demo_account_has_the_demo_authenticator_once(self) -> None:
        _load_demo()
        _load_demo()

        for user in User.objects.all():
            assert user.totpdevice_set.filter(name=DEMO_DEVICE_NAME).count() == 1
