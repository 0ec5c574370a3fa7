"""The warning before the idle sign-out: how long is left, "Stay signed in", and what counts as
activity."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from accounts.middleware import LAST_ACTIVITY_KEY, LOGIN_AT_KEY

pytestmark = pytest.mark.django_db

STATUS = reverse("accounts:session_status")
KEEP_ALIVE = reverse("accounts:session_keep_alive")
JSON = {"Accept": "application/json"}


def _idle_for(client: Client, seconds: float) -> None:
    session = client.session
    session[LAST_ACTIVITY_KEY] -= seconds
    session.save()


class SessionWarningTests:
    def test_asking_how_long_is_left_does_not_count_as_activity(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        client.get(reverse("testimony:dashboard"))
        _idle_for(client, settings.SESSION_IDLE_TIMEOUT - 100)

        first = client.get(STATUS, headers=JSON).json()
        _idle_for(client, 50)
        second = client.get(STATUS, headers=JSON).json()

        assert 95 <= first["seconds_left"] <= 100
        assert 45 <= second["seconds_left"] <= 50
        assert second["warn_seconds"] == 120

    def test_stay_signed_in_counts_as_activity(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        _idle_for(client, settings.SESSION_IDLE_TIMEOUT - 30)

        response = client.post(KEEP_ALIVE, headers=JSON)

        assert response.json()["seconds_left"] >= settings.SESSION_IDLE_TIMEOUT - 2
        assert client.get(reverse("testimony:dashboard")).status_code == 200

    def test_near_the_absolute_end_the_page_is_told_staying_cannot_help(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        session = client.session
        session[LOGIN_AT_KEY] -= settings.SESSION_ABSOLUTE_TIMEOUT - 90
        session.save()

        answer = client.get(STATUS, headers=JSON).json()

        assert answer["at_limit"] is True
        assert 85 <= answer["seconds_left"] <= 90
        assert client.post(KEEP_ALIVE, headers=JSON).json()["seconds_left"] <= 90

    def test_stay_signed_in_without_script_returns_to_the_page(
        self, client: Client, alice: User
    ) -> None:
        client.force_login(alice)

        response = client.post(KEEP_ALIVE, {"next": "/testimonies/new/"})

        assert response["Location"] == "/testimonies/new/"

    def test_an_expired_session_answers_the_script_401_not_a_login_page(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        _idle_for(client, settings.SESSION_IDLE_TIMEOUT + 1)

        response = client.get(STATUS, headers=JSON)

        assert response.status_code == 401
        assert response.json()["signed_out"] is True
        assert "_auth_user_id" not in client.session

    def test_every_page_of_a_signed_in_user_carries_the_warning(
        self, client: Client, alice: User
    ) -> None:
        client.force_login(alice)

        page = client.get(reverse("testimony:dashboard")).content.decode()

        assert "data-session-warning" in page
        assert "Stay signed in" in page
        assert 'data-idle-seconds="1800"' in page
        assert "js/session.js" in page

    def test_the_login_page_has_no_warning(self, client: Client) -> None:
        page = client.get(reverse("login")).content.decode()

        assert "data-session-warning" not in page
