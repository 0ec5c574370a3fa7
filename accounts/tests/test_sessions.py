"""Session lifetime: idle and absolute timeouts, a new key at login."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from accounts import events
from accounts.middleware import LAST_ACTIVITY_KEY, LOGIN_AT_KEY
from accounts.tests.helpers import password_login
from testimony.models import AuditEvent

pytestmark = pytest.mark.django_db


def _shift(client: Client, key: str, seconds: float) -> None:
    """Move a stored session time into the past."""
    session = client.session
    session[key] -= seconds
    session.save()


class TimeoutTests:
    def test_a_session_idle_longer_than_the_limit_is_signed_out(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        assert client.get(reverse("testimony:dashboard")).status_code == 200
        _shift(client, LAST_ACTIVITY_KEY, settings.SESSION_IDLE_TIMEOUT + 1)

        response = client.get(reverse("testimony:dashboard"))

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
        assert "_auth_user_id" not in client.session
        assert AuditEvent.objects.get(action=events.SESSION_EXPIRED).detail == {"reason": "idle"}
        login_page = client.get(response["Location"])
        assert "signed out after a period without activity" in login_page.content.decode()

    def test_activity_keeps_a_session_alive(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        _shift(client, LAST_ACTIVITY_KEY, settings.SESSION_IDLE_TIMEOUT - 60)
        assert client.get(reverse("testimony:dashboard")).status_code == 200
        _shift(client, LAST_ACTIVITY_KEY, settings.SESSION_IDLE_TIMEOUT - 60)

        assert client.get(reverse("testimony:dashboard")).status_code == 200

    def test_a_session_older_than_the_absolute_limit_ends_despite_activity(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        _shift(client, LOGIN_AT_KEY, settings.SESSION_ABSOLUTE_TIMEOUT + 1)

        response = client.get(reverse("testimony:dashboard"))

        assert response["Location"].startswith(reverse("login"))
        assert "_auth_user_id" not in client.session
        assert AuditEvent.objects.get(action=events.SESSION_EXPIRED).detail == {
            "reason": "absolute"
        }

    def test_an_htmx_request_of_an_expired_session_sends_the_whole_page_to_login(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        _shift(client, LAST_ACTIVITY_KEY, settings.SESSION_IDLE_TIMEOUT + 1)

        response = client.get(reverse("testimony:dashboard"), headers={"HX-Request": "true"})

        assert response["HX-Redirect"].startswith(reverse("login"))

    def test_the_defaults_are_thirty_minutes_idle_and_eight_hours_in_all(self) -> None:
        from config import settings as project_settings

        assert project_settings.SESSION_IDLE_TIMEOUT == 30 * 60
        assert project_settings.SESSION_ABSOLUTE_TIMEOUT == 8 * 60 * 60


@pytest.mark.usefixtures("without_test_second_factor")
class SessionKeyTests:
    def test_logging_in_gives_a_new_session_key(self, client: Client, alice: User) -> None:
        session = client.session
        session["something"] = "before login"
        session.save()
        before = client.cookies["sessionid"].value

        password_login(client, "alice")

        after = client.cookies["sessionid"].value
        assert after != before
        assert client.session[LOGIN_AT_KEY] > 0
