"""Password lockout (django-axes) on the staff login and the admin login."""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from accounts import events
from accounts.tests.helpers import password_login
from testimony.models import AuditEvent

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_test_second_factor")]

LOCKED = "Too many failed attempts, try again in 15 minutes."


def _fail(client: Client, username: str, times: int, url: str = ""):
    response = None
    for _ in range(times):
        response = password_login(client, username, "not the password", url=url)
    return response


def _page_text(response) -> str:
    # The CSRF token and CSP nonce differ between any two responses, and the login form
    # gives back the username as typed.
    content = response.content.decode()
    content = re.sub(r'name="username" value="[^"]*"', "", content)
    content = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", content)
    return re.sub(r'nonce="[^"]+"', "", content)


class StaffLoginLockoutTests:
    def test_the_staff_login_locks_after_the_limit_and_says_for_how_long(
        self, client: Client, alice: User, settings: object
    ) -> None:
        before = _fail(client, "alice", settings.LOGIN_FAILURE_LIMIT - 1)
        assert before.status_code == 200

        response = _fail(client, "alice", 1)

        assert response.status_code == 429
        assert LOCKED in response.content.decode()
        # The right password waits for the cool-off too.
        assert password_login(client, "alice").status_code == 429
        assert "_auth_user_id" not in client.session
        assert AuditEvent.objects.filter(action=events.LOCKED_OUT, detail={"page": "site"}).exists()

    def test_an_unknown_username_gets_the_same_pages(
        self, client: Client, alice: User, erin: User, settings: object
    ) -> None:
        known = _fail(client, "alice", settings.LOGIN_FAILURE_LIMIT)
        unknown = _fail(Client(), "nobody-by-this-name", settings.LOGIN_FAILURE_LIMIT)

        assert unknown.status_code == known.status_code == 429
        assert _page_text(unknown) == _page_text(known)
        assert _page_text(_fail(Client(), "erin", 1)) == _page_text(
            _fail(Client(), "nobody-else", 1)
        )

    def test_other_accounts_are_not_locked(
        self, client: Client, alice: User, erin: User, settings: object
    ) -> None:
        _fail(client, "alice", settings.LOGIN_FAILURE_LIMIT)

        assert password_login(client, "erin").status_code == 302

    def test_a_success_before_the_limit_starts_the_count_again(
        self, client: Client, alice: User, settings: object
    ) -> None:
        _fail(client, "alice", settings.LOGIN_FAILURE_LIMIT - 1)
        assert password_login(Client(), "alice").status_code == 302

        assert _fail(client, "alice", settings.LOGIN_FAILURE_LIMIT - 1).status_code == 200

    def test_typed_usernames_are_not_stored(
        self, client: Client, alice: User, settings: object
    ) -> None:
        _fail(client, "typed-by-mistake", 2)

        attempt = AccessAttempt.objects.get()
        assert "typed-by-mistake" not in attempt.username
        assert "typed-by-mistake" not in attempt.post_data
        assert "not the password" not in attempt.post_data


class AdminLoginLockoutTests:
    def test_the_admin_login_locks_after_the_limit(
        self, client: Client, dave: User, settings: object
    ) -> None:
        url = reverse("admin:login")
        assert _fail(client, "dave", settings.LOGIN_FAILURE_LIMIT - 1, url=url).status_code == 200

        response = _fail(client, "dave", 1, url=url)

        assert response.status_code == 429
        assert LOCKED in response.content.decode()
        assert password_login(client, "dave", url=url).status_code == 429
        unknown = _fail(Client(), "ghost", settings.LOGIN_FAILURE_LIMIT, url=url)
        assert unknown.status_code == 429
        assert _page_text(unknown) == _page_text(response)
