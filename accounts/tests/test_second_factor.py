"""The second factor: every staff page and Django admin need it, enrolment, codes, lockout."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import events, lockout
from accounts.devices import RECOVERY_CODE_COUNT, recovery_codes_replace
from accounts.middleware import OPEN_VIEWS
from accounts.tests.helpers import authenticator_app, current_code, password_login
from testimony.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("without_test_second_factor")
class GateTests:
    def test_a_staff_page_after_the_password_alone_asks_for_the_second_factor(
        self, client: Client, alice: User
    ) -> None:
        authenticator_app(alice)
        password_login(client, "alice")

        response = client.get(reverse("testimony:list"))

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:second_factor"))
        assert "next=/testimonies/" in response["Location"]

    def test_django_admin_after_the_password_alone_asks_for_the_second_factor(
        self, client: Client, dave: User
    ) -> None:
        authenticator_app(dave)
        response = password_login(client, "dave", url=reverse("admin:login"))
        assert response.status_code == 302

        response = client.get(reverse("admin:index"))

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:second_factor"))

    def test_a_user_without_a_device_is_sent_to_enrolment(
        self, client: Client, alice: User
    ) -> None:
        password_login(client, "alice")

        response = client.get(reverse("testimony:dashboard"))

        assert response["Location"].startswith(reverse("accounts:enrol"))

    def test_recovery_codes_alone_do_not_count_as_enrolment_for_an_admin(
        self, client: Client, dave: User
    ) -> None:
        recovery_codes_replace(dave)
        password_login(client, "dave")

        response = client.get(reverse("admin:index"))

        assert response["Location"].startswith(reverse("accounts:enrol"))

    def test_logout_and_the_language_switch_stay_reachable(
        self, client: Client, alice: User
    ) -> None:
        authenticator_app(alice)
        password_login(client, "alice")

        assert client.post(reverse("set_language"), {"language": "ko"}).status_code == 302
        assert client.post(reverse("logout")).status_code == 302
        assert "_auth_user_id" not in client.session

    def test_the_right_code_opens_the_page_asked_for_and_is_audited(
        self, client: Client, alice: User
    ) -> None:
        device = authenticator_app(alice)
        password_login(client, "alice")
        code = current_code(device)

        response = client.post(
            reverse("accounts:second_factor"), {"code": code, "next": "/testimonies/"}
        )

        assert response.status_code == 302
        assert response["Location"] == "/testimonies/"
        assert client.get("/testimonies/").status_code == 200
        event = AuditEvent.objects.get(action=events.OTP_VERIFIED)
        assert event.actor == alice
        assert event.detail == {"method": "totp"}
        assert code not in str(event.detail)

    def test_passing_the_second_factor_gives_a_new_session_key(
        self, client: Client, alice: User
    ) -> None:
        device = authenticator_app(alice)
        password_login(client, "alice")
        before = client.cookies["sessionid"].value

        client.post(reverse("accounts:second_factor"), {"code": current_code(device)})

        assert client.cookies["sessionid"].value != before

    def test_a_wrong_code_is_refused_in_words_and_audited_without_the_code(
        self, client: Client, alice: User
    ) -> None:
        authenticator_app(alice)
        password_login(client, "alice")

        response = client.post(reverse("accounts:second_factor"), {"code": "000000"})

        assert response.status_code == 200
        assert "That code is not valid." in response.content.decode()
        event = AuditEvent.objects.get(action=events.OTP_FAILED)
        assert event.actor == alice
        assert "000000" not in str(event.detail)
        assert client.get(reverse("testimony:dashboard")).status_code == 302


@pytest.mark.usefixtures("without_test_second_factor")
class RecoveryCodeTests:
    def test_a_recovery_code_works_once(self, client: Client, alice: User) -> None:
        authenticator_app(alice)
        codes = recovery_codes_replace(alice)
        password_login(client, "alice")

        response = client.post(reverse("accounts:second_factor"), {"code": codes[0].upper()})

        assert response.status_code == 302
        assert client.get(reverse("testimony:dashboard")).status_code == 200
        assert AuditEvent.objects.get(action=events.OTP_VERIFIED).detail == {
            "method": "recovery_code"
        }

        other = Client()
        password_login(other, "alice")
        again = other.post(reverse("accounts:second_factor"), {"code": codes[0]})
        assert again.status_code == 200
        assert "That code is not valid." in again.content.decode()
        assert other.post(reverse("accounts:second_factor"), {"code": codes[1]}).status_code == 302

    def test_recovery_codes_are_not_stored_as_typed(self, alice: User) -> None:
        codes = recovery_codes_replace(alice)

        stored = set(StaticDevice.objects.get(user=alice).token_set.values_list("token", flat=True))

        assert len(stored) == RECOVERY_CODE_COUNT
        assert not stored & {code.replace("-", "") for code in codes}


@pytest.mark.usefixtures("without_test_second_factor")
class EnrolmentTests:
    def test_enrolment_with_a_real_code_shows_ten_recovery_codes_once(
        self, client: Client, alice: User
    ) -> None:
        password_login(client, "alice")

        page = client.get(reverse("accounts:enrol"))
        content = page.content.decode()
        assert page.status_code == 200
        assert "<svg" in content
        assert "<script>" not in content
        assert "<style" not in content
        device = TOTPDevice.objects.get(user=alice, confirmed=False)
        assert page.context["secret"].replace(" ", "") in content.replace(" ", "")
        assert client.get(reverse("accounts:enrol")).context["secret"] == page.context["secret"]

        response = client.post(reverse("accounts:enrol"), {"code": current_code(device)})

        assert response["Location"].startswith(reverse("accounts:recovery_codes"))
        codes_page = client.get(response["Location"])
        assert len(codes_page.context["codes"]) == RECOVERY_CODE_COUNT
        assert codes_page.context["codes"][0] in codes_page.content.decode()
        assert client.get(reverse("accounts:recovery_codes"))["Location"] == reverse(
            "accounts:security"
        )
        device.refresh_from_db()
        assert device.confirmed
        assert client.get(reverse("testimony:dashboard")).status_code == 200
        assert AuditEvent.objects.filter(
            actor=alice, action=events.DEVICE_ADDED, detail={"method": "totp"}
        ).exists()

    def test_a_wrong_first_code_leaves_the_app_unconfirmed(
        self, client: Client, alice: User
    ) -> None:
        password_login(client, "alice")
        client.get(reverse("accounts:enrol"))

        response = client.post(reverse("accounts:enrol"), {"code": "123456x"})

        assert response.status_code == 200
        assert "That code does not match." in response.content.decode()
        assert not TOTPDevice.objects.filter(user=alice, confirmed=True).exists()
        assert client.get(reverse("testimony:dashboard")).status_code == 302

    def test_an_enrolled_user_cannot_skip_the_code_through_enrolment(
        self, client: Client, alice: User
    ) -> None:
        authenticator_app(alice)
        password_login(client, "alice")

        response = client.get(reverse("accounts:enrol"))

        assert response["Location"].startswith(reverse("accounts:second_factor"))
        assert not TOTPDevice.objects.filter(user=alice, confirmed=False).exists()


@pytest.mark.usefixtures("without_test_second_factor")
class SecondFactorLockoutTests:
    def test_repeated_wrong_codes_lock_the_user_out_in_words(
        self, client: Client, alice: User, settings: object
    ) -> None:
        device = authenticator_app(alice)
        password_login(client, "alice")
        for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
            assert (
                client.post(reverse("accounts:second_factor"), {"code": "999999"}).status_code
                == 200
            )

        response = client.post(reverse("accounts:second_factor"), {"code": "999999"})

        assert response.status_code == 429
        assert "Too many failed attempts, try again in 15 minutes." in response.content.decode()
        # Even the right code waits for the cool-off, and from another browser too.
        right = client.post(reverse("accounts:second_factor"), {"code": current_code(device)})
        assert right.status_code == 429
        other = Client()
        password_login(other, "alice")
        assert other.get(reverse("accounts:second_factor")).status_code == 429

    def test_the_lock_lifts_after_the_cool_off(
        self, client: Client, alice: User, settings: object, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        device = authenticator_app(alice)
        password_login(client, "alice")
        for _ in range(settings.LOGIN_FAILURE_LIMIT):
            client.post(reverse("accounts:second_factor"), {"code": "999999"})
        later = timezone.now() + timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES + 1)
        monkeypatch.setattr(lockout.timezone, "now", lambda: later)

        response = client.post(reverse("accounts:second_factor"), {"code": current_code(device)})

        assert response.status_code == 302


class AdminDeviceTests:
    def test_django_admin_never_shows_an_authenticator_apps_key(
        self, client: Client, dave: User, alice: User
    ) -> None:
        client.force_login(dave)
        device = authenticator_app(alice)
        change_url = reverse("admin:otp_totp_totpdevice_change", args=[device.pk])

        page = client.get(change_url)

        assert page.status_code == 200
        assert device.key not in page.content.decode()
        qr = reverse("admin:otp_totp_totpdevice_qrcode", args=[device.pk])
        assert client.get(qr).status_code == 403


def _every_url() -> list[tuple[str, str]]:
    """(URL name, a concrete path) for every URL pattern, converters filled with sample values."""
    samples = {
        "uuid": "00000000-0000-0000-0000-000000000000",
        "int": "1",
        "slug": "sample",
        "str": "sample",
        "path": "sample/file",
    }
    found: list[tuple[str, str]] = []

    def walk(patterns: list, prefix: str, namespace: str) -> None:
        for pattern in patterns:
            route = str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                space = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, prefix + route, space)
                continue
            if pattern.name is None or route.startswith("^"):
                continue
            path = prefix + route
            for converter, value in samples.items():
                path = re.sub(rf"<{converter}:\w+>", value, path)
            path = re.sub(r"<\w+>", "sample", path)
            found.append((f"{namespace}{pattern.name}", "/" + path))

    walk(get_resolver().url_patterns, "", "")
    return found


@pytest.mark.usefixtures("without_test_second_factor")
class EveryPageTests:
    def test_every_page_but_the_sign_in_ones_needs_the_second_factor(
        self, client: Client, dave: User
    ) -> None:
        authenticator_app(dave)
        password_login(client, "dave")
        checked = 0
        for name, path in _every_url():
            if name in OPEN_VIEWS:
                continue
            response = client.get(path)
            assert response.status_code == 302, name
            assert response["Location"].startswith(reverse("accounts:second_factor")), name
            checked += 1
        assert checked > 40
