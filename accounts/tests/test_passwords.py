"""Argon2id hashing, the length rule, and changing one's password."""

import pytest
from django.contrib.auth.hashers import identify_hasher
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from accounts import events
from config import settings as project_settings
from testimony.models import AuditEvent
from testimony.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a much longer new passphrase"


class HashingTests:
    def test_new_passwords_are_hashed_with_argon2id(self, settings: object) -> None:
        # The shared fixtures swap in a fast hasher; this test uses the project's own list.
        settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS
        user = User.objects.create_user("frank", password=PASSWORD)

        assert identify_hasher(user.password).algorithm == "argon2"
        assert user.password.startswith("argon2$argon2id$")
        assert user.check_password(PASSWORD)

    def test_an_older_hash_is_upgraded_at_the_next_login(
        self, client: Client, settings: object
    ) -> None:
        settings.PASSWORD_HASHERS = [
            "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        ]
        user = User.objects.create_user("frank", password=PASSWORD)
        settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS

        client.post(reverse("login"), {"username": "frank", "password": PASSWORD})

        user.refresh_from_db()
        assert user.password.startswith("argon2$argon2id$")


class LengthTests:
    def test_passwords_shorter_than_twelve_characters_are_refused(self) -> None:
        with pytest.raises(ValidationError) as excinfo:
            validate_password("Tr1cky-pass")

        assert "at least 12 characters" in str(excinfo.value)
        validate_password("twelve chars ok and more")


class PasswordChangeTests:
    def test_changing_the_password_keeps_this_session_and_ends_the_others(
        self, client: Client, alice: User
    ) -> None:
        client.force_login(alice)
        other = Client()
        other.force_login(alice)
        assert other.get(reverse("testimony:dashboard")).status_code == 200

        response = client.post(
            reverse("accounts:password_change"),
            {
                "old_password": PASSWORD,
                "new_password1": NEW_PASSWORD,
                "new_password2": NEW_PASSWORD,
            },
        )

        assert response["Location"] == reverse("accounts:security")
        assert client.get(reverse("testimony:dashboard")).status_code == 200
        signed_out = other.get(reverse("testimony:dashboard"))
        assert signed_out.status_code == 302
        assert signed_out["Location"].startswith(reverse("login"))
        alice.refresh_from_db()
        assert alice.check_password(NEW_PASSWORD)
        event = AuditEvent.objects.get(action=events.PASSWORD_CHANGED)
        assert event.actor == alice
        assert event.detail == {}

    def test_a_wrong_old_password_or_a_short_new_one_is_refused_in_words(
        self, client: Client, alice: User
    ) -> None:
        client.force_login(alice)

        wrong = client.post(
            reverse("accounts:password_change"),
            {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        )
        short = client.post(
            reverse("accounts:password_change"),
            {"old_password": PASSWORD, "new_password1": "short1!", "new_password2": "short1!"},
        )

        assert "Your old password was entered incorrectly." in wrong.content.decode()
        assert "at least 12 characters" in short.content.decode()
        alice.refresh_from_db()
        assert alice.check_password(PASSWORD)
        assert not AuditEvent.objects.filter(action=events.PASSWORD_CHANGED).exists()
