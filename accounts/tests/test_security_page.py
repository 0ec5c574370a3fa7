"""The Security page: one's devices, removing one, new recovery codes, adding a passkey."""

import json

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts import events
from accounts.devices import recovery_codes_left, recovery_codes_replace
from testimony.models import AuditEvent
from testimony.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _passkey(user: User) -> WebAuthnCredential:
    return WebAuthnCredential.objects.create(
        user=user,
        name="Security key",
        confirmed=True,
        credential_id=b"test-credential-id",
        public_key=b"test-public-key",
        aaguid="00000000-0000-0000-0000-000000000000",
    )


def _reauthenticate(client: Client) -> None:
    client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD})


class SecurityPageTests:
    def test_it_lists_the_users_own_devices(self, client: Client, alice: User, erin: User) -> None:
        client.force_login(alice)
        _passkey(alice)
        recovery_codes_replace(alice)
        TOTPDevice.objects.create(user=erin, name="Erin's phone", confirmed=True)

        content = client.get(reverse("accounts:security")).content.decode()

        assert "Test authenticator" in content
        assert "Security key" in content
        assert "10 unused recovery codes." in content
        assert "Erin&#x27;s phone" not in content

    def test_removing_a_device_needs_the_password_and_is_audited(
        self, client: Client, alice: User
    ) -> None:
        client.force_login(alice)
        passkey = _passkey(alice)
        url = reverse("accounts:device_delete", args=["passkey", passkey.pk])

        response = client.post(url)
        assert response["Location"].startswith(reverse("testimony:reauthenticate"))
        assert WebAuthnCredential.objects.filter(pk=passkey.pk).exists()

        _reauthenticate(client)
        client.post(url)

        assert not WebAuthnCredential.objects.filter(pk=passkey.pk).exists()
        assert AuditEvent.objects.filter(
            actor=alice, action=events.DEVICE_REMOVED, detail={"method": "passkey"}
        ).exists()

    def test_the_last_authenticator_cannot_be_removed(self, client: Client, alice: User) -> None:
        client.force_login(alice)
        _reauthenticate(client)
        device = TOTPDevice.objects.get(user=alice)

        response = client.post(
            reverse("accounts:device_delete", args=["totp", device.pk]), follow=True
        )

        assert "This is your only authenticator app or passkey." in response.content.decode()
        assert TOTPDevice.objects.filter(pk=device.pk).exists()

    def test_nobody_removes_another_users_device(
        self, client: Client, alice: User, erin: User
    ) -> None:
        client.force_login(alice)
        _reauthenticate(client)
        erins = _passkey(erin)

        response = client.post(
            reverse("accounts:device_delete", args=["passkey", erins.pk]), follow=True
        )

        assert "That device is not one of yours" in response.content.decode()
        assert WebAuthnCredential.objects.filter(pk=erins.pk).exists()

    def test_new_recovery_codes_need_the_password_and_replace_the_old_ones(
        self, client: Client, alice: User
    ) -> None:
        client.force_login(alice)
        old = recovery_codes_replace(alice)
        url = reverse("accounts:recovery_codes_regenerate")

        assert client.post(url)["Location"].startswith(reverse("testimony:reauthenticate"))
        _reauthenticate(client)
        response = client.post(url, follow=True)

        new = response.context["codes"]
        assert len(new) == 10
        assert not set(new) & set(old)
        assert recovery_codes_left(alice) == 10
        assert AuditEvent.objects.filter(actor=alice, action=events.RECOVERY_CODES_CREATED).exists()


class PasskeyRegistrationTests:
    def test_an_enrolled_user_adds_a_passkey_only_after_the_password(
        self, client: Client, alice: User
    ) -> None:
        client.force_login(alice)
        url = reverse("otp_webauthn:credential-registration-begin")

        refused = client.post(url, content_type="application/json")
        assert refused.status_code == 403
        assert json.loads(refused.content)["code"] == "reauthentication_required"

        _reauthenticate(client)
        options = client.post(url, content_type="application/json")

        assert options.status_code == 200
        body = json.loads(options.content)
        assert body["rp"]["id"]
        assert body["challenge"]

    def test_passkeys_never_replace_the_password(self, client: Client) -> None:
        response = client.post(
            reverse("otp_webauthn:credential-authentication-begin"),
            content_type="application/json",
        )

        assert response.status_code == 403

    @pytest.mark.usefixtures("without_test_second_factor")
    def test_a_failed_passkey_check_counts_as_a_failed_attempt(
        self, client: Client, alice: User
    ) -> None:
        _passkey(alice)
        client.post(reverse("login"), {"username": "alice", "password": PASSWORD})

        response = client.post(
            reverse("otp_webauthn:credential-authentication-complete"),
            data="{}",
            content_type="application/json",
        )

        assert response.status_code >= 400
        assert AuditEvent.objects.filter(
            actor=alice, action=events.OTP_FAILED, detail={"method": "passkey"}
        ).exists()
        assert client.get(reverse("testimony:dashboard")).status_code == 302
