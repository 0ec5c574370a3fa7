"""Signing in under hostile input (testimony/tests/hostile.py): the login form, the second
factor, enrolment, re-authentication, password change, device removal, the language switch and
the passkey ceremonies' JSON (with "\\ud800", lists where objects are expected).

No server error and nothing logged as one; a refused form says why in words and keeps the
user name typed; nobody is signed in or sent off the site by it.
"""

import json

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import example, given
from hypothesis import strategies as st

from accounts.tests.helpers import authenticator_app, password_login
from testimony.tests import hostile
from testimony.tests.conftest import PASSWORD
from testimony.tests.hostile import FUZZ, Value

pytestmark = pytest.mark.django_db

CODES = st.one_of(
    hostile.numbers,
    st.sampled_from(["１２３４５６", "١٢٣٤٥٦", "123 456", "12345６", "0" * 33, "\x00" * 6]),
)


class LoginTests:
    @FUZZ
    @given(username=hostile.texts, password=hostile.texts)
    @example(username="alice\x00", password=PASSWORD)
    @example(username="ａｌｉｃｅ", password=PASSWORD)
    @example(username=hostile.LONE_SURROGATE, password="x" * hostile.FIVE_MB)
    @example(username=["alice", "bob"], password=PASSWORD)
    def test_the_login_form_refuses_in_words_and_keeps_the_name(
        self, alice: User, without_test_second_factor: None, username: Value, password: Value
    ) -> None:
        client = hostile.hostile_client()

        response = hostile.post(
            client, reverse("login"), {"username": username, "password": password}
        )

        assert response.status_code in (200, 302, 429)
        if response.status_code == 200:
            hostile.assert_error_in_words(response)
            if isinstance(username, str | bytes) and len(hostile.received(username)) <= 150:
                hostile.assert_shown_again(response, {"username": username})
        if response.status_code == 302:
            # Only the real name and password sign in (Django's own form takes the last
            # of two names sent, as any field).
            assert password == PASSWORD


class SecondFactorTests:
    @FUZZ
    @given(code=CODES, next_url=hostile.texts)
    @example(code="١٢٣٤٥٦", next_url="//evil.example/")
    @example(code=["123456", "654321"], next_url="q")
    def test_a_hostile_code_is_refused_in_words(
        self, alice: User, without_test_second_factor: None, code: Value, next_url: Value
    ) -> None:
        authenticator_app(alice)
        client = hostile.hostile_client()
        password_login(client, "alice")

        response = hostile.post(
            client, reverse("accounts:second_factor"), {"code": code, "next": next_url}
        )

        assert response.status_code in (200, 302, 429)
        if response.status_code == 200:
            hostile.assert_error_in_words(response)
        if response.status_code == 302:
            assert response["Location"].startswith("/")

    @FUZZ
    @given(code=CODES)
    def test_a_hostile_enrolment_code_is_refused_in_words(
        self, alice: User, without_test_second_factor: None, code: Value
    ) -> None:
        client = hostile.hostile_client()
        password_login(client, "alice")

        response = hostile.post(client, reverse("accounts:enrol"), {"code": code})

        assert response.status_code == 200
        hostile.assert_error_in_words(response)


def signed_in(user: User) -> Client:
    client = hostile.hostile_client()
    client.force_login(user)
    return client


class SecurityPageTests:
    @FUZZ
    @given(
        data=st.fixed_dictionaries(
            {},
            optional={
                "old_password": hostile.texts,
                "new_password1": hostile.texts,
                "new_password2": hostile.texts,
            },
        )
    )
    @example(data={"old_password": PASSWORD, "new_password1": "\x00" * 20, "new_password2": ""})
    @example(
        data={
            "old_password": PASSWORD,
            "new_password1": f"림명철{hostile.LONE_SURROGATE}correct horse",
            "new_password2": f"림명철{hostile.LONE_SURROGATE}correct horse",
        }
    )
    def test_a_hostile_password_change_is_refused_in_words(
        self, alice: User, data: dict[str, Value]
    ) -> None:
        response = hostile.post(signed_in(alice), reverse("accounts:password_change"), data)

        assert response.status_code in (200, 302)
        if response.status_code == 200 and data:  # an empty POST is the page opened again
            hostile.assert_error_in_words(response)
        elif response.status_code == 302:
            alice.refresh_from_db()
            new = hostile.received(data["new_password1"])
            assert alice.check_password(new)
            assert hostile.no_controls(new)

    @FUZZ
    @given(password=hostile.texts, next_url=hostile.texts)
    @example(password=PASSWORD, next_url="q").via("NoReverseMatch: a 500")
    @example(password=PASSWORD, next_url="/\\evil.example")
    def test_reauthentication_answers_and_stays_on_the_site(
        self, alice: User, password: Value, next_url: Value
    ) -> None:
        url = reverse("testimony:reauthenticate")

        response = hostile.post(signed_in(alice), url, {"password": password, "next": next_url})

        assert response.status_code in (200, 302, 429)
        if response.status_code == 302:
            location = response["Location"]
            assert location.startswith("/")
            assert not location.startswith(("//", "/\\"))

    @pytest.mark.parametrize("kind", ["totp", "passkey", "recovery_code", "x"])
    @pytest.mark.parametrize("device_id", ["0", "99999999999999999999999"])
    def test_removing_a_device_that_does_not_exist_is_said_in_words(
        self, alice: User, kind: str, device_id: str
    ) -> None:
        client = signed_in(alice)
        client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD})
        url = f"/accounts/two-factor/devices/{kind}/{device_id}/delete/"

        response = hostile.post(client, url, {"confirm": hostile.NUL})

        assert response.status_code in (302, 404)

    def test_regenerating_recovery_codes_with_hostile_fields_answers(self, alice: User) -> None:
        url = reverse("accounts:recovery_codes_regenerate")

        assert hostile.post(signed_in(alice), url, {"x": hostile.NOT_UTF8}).status_code == 302


class LanguageTests:
    @FUZZ
    @given(language=hostile.texts, next_url=hostile.texts)
    @example(language="ko\x00", next_url="//evil.example/")
    @example(language=["ko", "en"], next_url="/")
    @example(language="ｋｏ", next_url=hostile.LONE_SURROGATE)
    def test_the_language_switch_answers_and_stays_on_the_site(
        self, alice: User, language: Value, next_url: Value
    ) -> None:
        response = hostile.post(
            signed_in(alice), reverse("set_language"), {"language": language, "next": next_url}
        )

        assert response.status_code in (200, 302, 204)
        if response.status_code == 302:
            assert url_has_allowed_host_and_scheme(response["Location"], {"testserver"})
        cookie = response.cookies.get("django_language")
        assert cookie is None or cookie.value in ("en", "ko")


class PasskeyTests:
    """The passkey ceremonies take JSON: a lone surrogate is the escape "\\ud800" there."""

    BODIES = [
        b"",
        b"\x00",
        b"[]",
        b"null",
        b'"\\ud800"',
        b'{"id": "\\ud800", "rawId": ["x"], "response": 7, "type": null}',
        b'{"id": 1e999}',
        b"\xed\xa0\x80",
        b"[" * 5000,
        b'{"a": 1, "a": 2}',
    ]

    @pytest.mark.parametrize("body", BODIES, ids=range(len(BODIES)))
    @pytest.mark.parametrize(
        "name",
        ["credential-authentication-complete", "credential-registration-complete"],
    )
    def test_a_hostile_ceremony_answers_without_a_server_error(
        self, alice: User, without_test_second_factor: None, body: bytes, name: str
    ) -> None:
        client = hostile.hostile_client()
        password_login(client, "alice")
        client.post(reverse(f"otp_webauthn:{name.replace('complete', 'begin')}"))

        with hostile.errors_logged() as logged:
            response = client.post(
                reverse(f"otp_webauthn:{name}"), body, content_type="application/json"
            )

        hostile.assert_answered(response, logged)
        assert response.status_code >= 400
        json.loads(response.content or b"{}")
