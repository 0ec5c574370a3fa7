"""A staff member's language follows them: saved when they switch, applied when they log in."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from accounts.models import Profile
from testimony.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


class PreferredLanguageTests:
    def test_switching_while_logged_in_saves_the_choice(self, client: Client, alice: User) -> None:
        """The header's switch creates Alice's profile with Korean on her first choice."""
        client.force_login(alice)
        response = client.post(reverse("set_language"), {"language": "ko", "next": "/"})
        assert response.status_code == 302
        assert Profile.objects.get(user=alice).language == "ko"

        client.post(reverse("set_language"), {"language": "en", "next": "/"})
        assert Profile.objects.get(user=alice).language == "en"
        assert Profile.objects.count() == 1

    def test_switching_before_login_saves_nothing(self, client: Client) -> None:
        """On the login page the choice stays in the browser: nobody to save it for."""
        client.post(reverse("set_language"), {"language": "ko", "next": "/"})
        assert not Profile.objects.exists()

    def test_an_unknown_language_is_not_saved(self, client: Client, alice: User) -> None:
        """A forged language code changes neither the interface nor the profile."""
        client.force_login(alice)
        client.post(reverse("set_language"), {"language": "xx", "next": "/"})
        assert not Profile.objects.exists()

    def test_login_applies_the_saved_language_in_a_new_browser(self, alice: User) -> None:
        """Alice chose Korean elsewhere; logging in on a fresh browser gives her Korean pages."""
        Profile.objects.create(user=alice, language="ko")
        browser = Client()
        response = browser.post(
            reverse("login"), {"username": "alice", "password": PASSWORD}, follow=True
        )
        assert browser.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ko"
        assert '<html lang="ko">' in response.content.decode()

    def test_login_without_a_choice_keeps_the_browser_language(self, alice: User) -> None:
        """Without a saved choice no language cookie is forced on the browser."""
        browser = Client()
        response = browser.post(
            reverse("login"), {"username": "alice", "password": PASSWORD}, follow=True
        )
        assert settings.LANGUAGE_COOKIE_NAME not in browser.cookies
        assert '<html lang="en">' in response.content.decode()
