"""Every page carries the browser protections of issue 6, item 7: a strict CSP, HSTS, nosniff,
referrer and opener policies, a permissions policy, no caching, and locked-down cookies.

Pages are requested as over HTTPS (`secure=True`), as a deployment serves them.
"""

import base64
import os
import re
import secrets
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from testimony.models import Testimony
from testimony.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def testimony(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony()


def _policy(response: HttpResponse) -> dict[str, list[str]]:
    directives: dict[str, list[str]] = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


class _InlineCode(HTMLParser):
    """Collects what a strict CSP would block: inline <script>/<style> without the nonce,
    event-handler attributes, style attributes, javascript: links."""

    def __init__(self, nonce: str | None) -> None:
        super().__init__()
        self.nonce = nonce
        self.blocked: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script":
            self.scripts += 1
            if "src" not in values and values.get("nonce") != self.nonce:
                self.blocked.append(f"inline <script> without the nonce: {values}")
        if tag == "style" and values.get("nonce") != self.nonce:
            self.blocked.append("inline <style> without the nonce")
        for name, value in attrs:
            if name.startswith("on"):
                self.blocked.append(f"event handler {name} on <{tag}>")
            if name == "style":
                self.blocked.append(f"style attribute on <{tag}>")
            if name in ("href", "src", "action") and (value or "").strip().startswith(
                "javascript:"
            ):
                self.blocked.append(f"javascript: URL on <{tag}>")


def _scan(response: HttpResponse) -> _InlineCode:
    script_src = _policy(response)["script-src"]
    nonces = [value[len("'nonce-") : -1] for value in script_src if value.startswith("'nonce-")]
    parser = _InlineCode(nonces[0] if nonces else None)
    parser.feed(response.content.decode())
    return parser


def _pages(
    client: Client, alice: User, dave: User, testimony: Testimony
) -> dict[str, HttpResponse]:
    """A sample of pages of every kind: public, staff, data-bearing, admin."""
    pages = {"login": client.get(reverse("login"), secure=True)}
    client.force_login(alice)
    pages["dashboard"] = client.get(reverse("testimony:dashboard"), secure=True)
    pages["detail"] = client.get(testimony.get_absolute_url(), secure=True)
    pages["create"] = client.get(reverse("testimony:create"), secure=True)
    pages["security"] = client.get(reverse("accounts:security"), secure=True)
    pages["not found"] = client.get(
        "/testimonies/00000000-0000-4000-8000-000000000000/", secure=True
    )
    client.force_login(dave)
    pages["admin changelist"] = client.get(
        reverse("admin:testimony_testimony_changelist"), secure=True
    )
    pages["admin change form"] = client.get(
        reverse("admin:testimony_testimony_change", args=[testimony.pk]), secure=True
    )
    pages["admin user change form"] = client.get(
        reverse("admin:auth_user_change", args=[dave.pk]), secure=True
    )
    for name, response in pages.items():
        assert response.status_code == (404 if name == "not found" else 200), name
    return pages


class ContentSecurityPolicyTests:
    def test_every_sampled_page_has_the_strict_policy(
        self, client: Client, alice: User, dave: User, testimony: Testimony
    ) -> None:
        """Own origin only; scripts and styles from files or with the nonce; no plugins,
        framing, <base> or foreign form targets; violations reported to our endpoint."""
        for name, response in _pages(client, alice, dave, testimony).items():
            policy = _policy(response)
            assert policy["default-src"] == ["'self'"], name
            assert policy["script-src"][0] == "'self'", name
            # The nonce appears when the page used it (the error pages have no script).
            for source in policy["script-src"][1:] + policy["style-src"][1:]:
                assert re.fullmatch(r"'nonce-[\w-]{20,}'", source), name
            assert len(policy["script-src"]) <= 2, name
            assert policy["style-src"][0] == "'self'", name
            assert policy["img-src"] == ["'self'", "data:"], name
            assert policy["object-src"] == ["'none'"], name
            assert policy["base-uri"] == ["'none'"], name
            assert policy["frame-ancestors"] == ["'none'"], name
            assert policy["form-action"] == ["'self'"], name
            assert policy["report-uri"] == ["/csp-report/"], name
            assert policy["report-to"] == ["csp"], name
            assert response["Reporting-Endpoints"] == 'csp="/csp-report/"', name
            header = response["Content-Security-Policy"]
            assert "unsafe-inline" not in header, name
            assert "unsafe-eval" not in header, name
            assert "*" not in header, name

    def test_no_sampled_page_has_code_the_policy_would_block(
        self, client: Client, alice: User, dave: User, testimony: Testimony
    ) -> None:
        """Pages, Django admin's included, run under the policy without losing a script or
        style: inline ones carry the nonce, and there are no handler or style attributes."""
        for name, response in _pages(client, alice, dave, testimony).items():
            scan = _scan(response)
            assert scan.scripts > 0 or name == "not found", name
            assert scan.blocked == [], name

    def test_the_scan_finds_what_the_policy_would_block(self) -> None:
        """The check above would notice an inline script, a handler or a style attribute."""
        response = HttpResponse(
            '<script>alert(1)</script><a href="#" onclick="go()" style="color:red">x</a>'
            '<script nonce="n0nce">ok()</script><style>p{}</style>'
        )
        response["Content-Security-Policy"] = "script-src 'self' 'nonce-n0nce'"
        assert len(_scan(response).blocked) == 4

    def test_the_nonce_is_new_on_every_response(self, client: Client, alice: User) -> None:
        """A nonce an attacker saw once is of no use on the next page."""
        client.force_login(alice)
        first = _policy(client.get(reverse("testimony:dashboard"), secure=True))
        second = _policy(client.get(reverse("testimony:dashboard"), secure=True))
        assert first["script-src"][1] != second["script-src"][1]

    def test_htmx_is_told_not_to_add_its_inline_style_or_evaluate_markup(
        self, client: Client, alice: User
    ) -> None:
        """htmx reads its configuration from a meta tag; without it, it inserts a <style>."""
        client.force_login(alice)
        content = client.get(reverse("testimony:dashboard"), secure=True).content.decode()
        assert '"includeIndicatorStyles": false' in content
        assert '"allowEval": false' in content


class TransportAndBrowserHeaderTests:
    def test_every_sampled_page_has_the_protective_headers(
        self, client: Client, alice: User, dave: User, testimony: Testimony
    ) -> None:
        """HSTS for a year with subdomains, nosniff, same-origin referrers and opener, no
        framing, and no camera, microphone or location for any script."""
        for name, response in _pages(client, alice, dave, testimony).items():
            assert (
                response["Strict-Transport-Security"]
                == "max-age=31536000; includeSubDomains; preload"
            ), name
            assert response["X-Content-Type-Options"] == "nosniff", name
            assert response["Referrer-Policy"] == "same-origin", name
            assert response["Cross-Origin-Opener-Policy"] == "same-origin", name
            assert response["X-Frame-Options"] == "DENY", name
            permissions = response["Permissions-Policy"]
            for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
                assert feature in permissions, name

    def test_no_page_is_kept_in_a_cache(
        self, client: Client, alice: User, dave: User, testimony: Testimony
    ) -> None:
        """Pages can show testimony data: no browser or proxy may store any of them."""
        for name, response in _pages(client, alice, dave, testimony).items():
            assert response["Cache-Control"] == "no-store", name

    def test_htmx_partials_and_redirects_are_not_cached_either(
        self, client: Client, alice: User
    ) -> None:
        """The results partial of the list holds case data; a redirect may name a case."""
        client.force_login(alice)
        partial = client.get(reverse("testimony:list"), headers={"HX-Request": "true"})
        assert partial["Cache-Control"] == "no-store"
        client.logout()
        assert client.get(reverse("testimony:list"))["Cache-Control"] == "no-store"

    def test_static_files_stay_cacheable(self, client: Client) -> None:
        """Stylesheets and scripts hold no data; whitenoise serves them before the rule."""
        response = client.get("/static/css/app.css")
        assert response.status_code == 200
        assert "no-store" not in response.get("Cache-Control", "")


class CookieTests:
    def test_the_session_and_csrf_cookies_are_secure_httponly_and_same_site(
        self, client: Client, alice: User
    ) -> None:
        """Logging in sets both cookies; neither travels over HTTP, to scripts, or cross-site."""
        client.get(reverse("login"), secure=True)
        response = client.post(
            reverse("login"), {"username": "alice", "password": PASSWORD}, secure=True
        )
        assert response.status_code == 302
        for name in ("sessionid", "csrftoken"):
            cookie = client.cookies[name]
            assert cookie["secure"] is True, name
            assert cookie["httponly"] is True, name
            assert cookie["samesite"] == "Lax", name

    def test_the_language_cookie_is_secure_httponly_and_same_site(self, client: Client) -> None:
        """Switching the language sets a cookie with the same protections."""
        response = client.post(reverse("set_language"), {"language": "ko"}, secure=True)
        assert response.status_code == 302
        cookie = response.cookies["django_language"]
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"


class DeployCheckTests:
    def test_the_deployment_checks_pass_with_production_settings(self, tmp_path: Path) -> None:
        """`manage.py check --deploy` in a fresh process with DEBUG off and keys set: no
        warning (HSTS, HTTPS redirect, secure cookies, secret key strength ...)."""
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("DJANGO_", "FIELD_", "BLIND_", "BUNDLE_"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings",
            DJANGO_DEBUG="false",
            DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
            FIELD_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
            BLIND_INDEX_KEY=secrets.token_urlsafe(50),
            BUNDLE_SIGNING_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
            DJANGO_ALLOWED_HOSTS="testimonies.invalid",
            DJANGO_VAR_DIR=str(tmp_path),
        )
        result = subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr + result.stdout
        assert "no issues" in result.stdout
