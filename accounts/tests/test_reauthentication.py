"""Re-authentication: revealing identities needs the password within the last ten minutes."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from accounts import events
from accounts.reauth import SESSION_KEY
from testimony.models import AuditEvent, Testimony
from testimony.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def testimony(make_testimony: object) -> Testimony:
    return make_testimony()


class IdentityRevealTests:
    def test_revealing_identities_first_asks_for_the_password(
        self, client: Client, alice: User, testimony: Testimony
    ) -> None:
        client.force_login(alice)
        url = reverse("testimony:identities", args=[testimony.uuid])

        response = client.post(url)

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("testimony:reauthenticate"))
        assert "Rim Myong-chol" not in response.content.decode()
        assert not AuditEvent.objects.filter(action="identities.viewed").exists()

        back = client.post(
            reverse("testimony:reauthenticate"),
            {"password": PASSWORD, "next": testimony.get_absolute_url()},
        )
        assert back["Location"] == testimony.get_absolute_url()
        shown = client.post(url, follow=True)  # the door grants, then back to the page
        assert shown.status_code == 200
        assert "림명철" in shown.content.decode()
        assert AuditEvent.objects.filter(actor=alice, action=events.REAUTHENTICATED).exists()

    def test_a_password_older_than_ten_minutes_is_asked_again(
        self, client: Client, alice: User, testimony: Testimony
    ) -> None:
        client.force_login(alice)
        client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD})
        session = client.session
        session[SESSION_KEY] -= 10 * 60 + 1
        session.save()

        response = client.post(reverse("testimony:identities", args=[testimony.uuid]))

        assert response["Location"].startswith(reverse("testimony:reauthenticate"))

    def test_a_wrong_password_does_not_count(
        self, client: Client, alice: User, testimony: Testimony
    ) -> None:
        client.force_login(alice)

        wrong = client.post(reverse("testimony:reauthenticate"), {"password": "not it"})

        assert "That is not your password." in wrong.content.decode()
        response = client.post(reverse("testimony:identities", args=[testimony.uuid]))
        assert response.status_code == 302

    def test_wrong_passwords_on_the_confirmation_count_towards_the_lockout(
        self, client: Client, alice: User, settings: object
    ) -> None:
        client.force_login(alice)
        for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
            client.post(reverse("testimony:reauthenticate"), {"password": "guess"})

        response = client.post(reverse("testimony:reauthenticate"), {"password": "guess"})

        assert response.status_code == 429
        assert (
            client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD}).status_code
            == 429
        )

    def test_an_outside_next_address_is_not_followed(self, client: Client, alice: User) -> None:
        client.force_login(alice)

        response = client.post(
            reverse("testimony:reauthenticate"),
            {"password": PASSWORD, "next": "https://elsewhere.example/"},
        )

        assert response["Location"] == reverse("testimony:dashboard")
