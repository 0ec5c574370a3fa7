"""Default deny (issue 6, item 5): every URL the project routes, Django admin's included, is
closed to anonymous visitors and to a signed-in account without a role, except the few listed
below as public or personal.

The URLs come from the resolver, not from a list kept by hand: a view added without
`login_required` and a permission check makes this test fail, naming its URL. Path converters
are filled with real objects (a testimony, a petition, a finished bundle), so an object-scoped
page is reached past its look-up and not refused merely because nothing exists.
"""

import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, path, reverse
from django.urls.resolvers import RegexPattern

from config.urls import urlpatterns as project_urlpatterns
from testimony.models import Bundle, Mandate, Petition, Testimony

pytestmark = pytest.mark.django_db

# Open to anyone: signing in and out, the language switch, probes, the CSP report endpoint,
# the favicon redirect, and the translations of the passkey script (static text).
PUBLIC = frozenset(
    {
        "login",
        "logout",
        "set_language",
        "admin:login",
        "admin:logout",
        "healthz",
        "readyz",
        "csp_report",
        "/favicon.ico",
        "otp_webauthn:js-i18n-catalog",
    }
)

# Open to every signed-in account, whatever its role: its own dashboard (which lists only
# what visible_testimonies() grants, nothing for a role-less account) and its own sign-in
# security (password, second factor, passkeys, recovery codes).
PERSONAL = frozenset(
    {
        "testimony:dashboard",
        "testimony:reauthenticate",
        "accounts:second_factor",
        "accounts:enrol",
        "accounts:recovery_codes",
        "accounts:recovery_codes_regenerate",
        "accounts:device_delete",
        "accounts:security",
        "accounts:password_change",
        "accounts:session_status",
        "accounts:session_keep_alive",
        "otp_webauthn:credential-registration-begin",
        "otp_webauthn:credential-registration-complete",
        "otp_webauthn:credential-authentication-begin",
        "otp_webauthn:credential-authentication-complete",
    }
)


@dataclass(frozen=True)
class Route:
    """One URL pattern of the project, with a concrete path that reaches it."""

    name: str  # namespaced URL name, or the path when the pattern has no name
    path: str
    object_scoped: bool  # the path names an object (uuid, slug, id)


def _patterns(
    patterns: list, prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str, URLPattern]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _patterns(entry.url_patterns, prefix + _route(entry.pattern), inner)
        else:
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name or ""
            yield name, prefix + _route(entry.pattern), entry


def _route(pattern: object) -> str:
    """The pattern as a route with `<name>` placeholders (regex groups turned into them)."""
    text = str(pattern)
    if isinstance(pattern, RegexPattern):
        text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", text).lstrip("^").rstrip("$")
    return text


def _value(name: str, route: str, objects: dict[str, str]) -> str:
    if name == "uuid":
        return objects["bundle"] if route.startswith("bundles/") else objects["testimony"]
    if name == "slug":
        return objects["petition"]
    values = {
        "rule": "submit",  # a workflow rule
        "action": "accept",  # a redaction decision
        "attachment": str(uuid.uuid4()),
        "batch": str(uuid.uuid4()),  # a transcript import
        "kind": "totp",
        "device_id": "1",
        "object_id": objects["testimony_pk"],
        "content_type_id": "1",
        "pk": "1",
        "id": "1",
        "app_label": "testimony",
        "url": "no-such-page/",
    }
    if name not in values:
        pytest.fail(
            f"The URL {route!r} has a parameter {name!r} this test cannot fill: add a "
            "plausible value to _value() in test_default_deny.py."
        )
    return values[name]


PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


def _concrete(route: str, objects: dict[str, str]) -> str:
    return PARAMETER.sub(lambda match: _value(match.group(1), route, objects), route)


def routes(objects: dict[str, str], urlconf: str | None = None) -> list[Route]:
    return [
        Route(name or f"/{route}", f"/{_concrete(route, objects)}", bool(PARAMETER.search(route)))
        for name, route, _pattern in _patterns(get_resolver(urlconf).url_patterns)
    ]


@pytest.fixture
def objects(make_testimony: Callable[..., Testimony], alice: User, carol: User) -> dict[str, str]:
    """A testimony, a petition and a finished bundle for the paths to name."""
    testimony = make_testimony()
    petition = Petition.objects.create(
        slug="kuwait-2026",
        title="Forced labour in Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="Workers sent to Kuwait's construction sites.",
        created_by=carol,
    )
    bundle = Bundle.objects.create(
        petition=petition,
        created_by=carol,
        state=Bundle.State.DONE,
        selection={testimony.case_code: testimony.revision},
    )
    return {
        "testimony": str(testimony.uuid),
        "testimony_pk": str(testimony.pk),
        "petition": petition.slug,
        "bundle": str(bundle.uuid),
    }


def _refused_anonymous(response: HttpResponse) -> bool:
    if response.status_code in (403, 405):
        return True
    if response.status_code != 302:
        return False
    location = response["Location"]
    return location.startswith((reverse("login"), reverse("admin:login")))


def _anonymous_failures(client: Client, found: list[Route]) -> list[str]:
    failures = []
    for route in found:
        if route.name in PUBLIC:
            continue
        for method in ("get", "post"):
            response = getattr(client, method)(route.path)
            if not _refused_anonymous(response):
                failures.append(
                    f"{method.upper()} {route.path} ({route.name}) answered {response.status_code}"
                )
    return failures


class AnonymousTests:
    def test_every_url_outside_the_public_list_sends_an_anonymous_visitor_to_login(
        self, client: Client, objects: dict[str, str]
    ) -> None:
        """GET and POST alike: a redirect to a login page, or 403/405; never content."""
        found = routes(objects)
        assert len(found) > 50  # the walk reached Django admin and the app
        assert _anonymous_failures(client, found) == []

    def test_the_public_urls_answer_without_a_server_error(
        self, client: Client, objects: dict[str, str]
    ) -> None:
        """The exceptions to the rule still take any method without failing."""
        for route in routes(objects):
            if route.name in PUBLIC:
                for method in ("get", "post"):
                    response = getattr(client, method)(route.path)
                    assert response.status_code < 500, (method, route.path)

    def test_the_public_list_names_only_urls_that_exist(self, objects: dict[str, str]) -> None:
        """A renamed public URL must leave the list too, not stay open by accident."""
        names = {route.name for route in routes(objects)}
        assert names >= PUBLIC
        assert names >= PERSONAL


class NoRoleTests:
    def test_an_account_without_a_role_is_refused_everywhere_but_its_own_pages(
        self, client: Client, charlie: User, objects: dict[str, str]
    ) -> None:
        """Testimony pages answer 403 (404 where the path names an object, 405 for a method
        the page does not take); Django admin sends the account back to its login."""
        client.force_login(charlie)
        failures = []
        for route in routes(objects):
            if route.name in PUBLIC:
                continue
            if route.name in PERSONAL:
                for method in ("get", "post"):
                    response = getattr(client, method)(route.path)
                    if response.status_code >= 500:
                        failures.append(f"{method.upper()} {route.path} failed")
                continue
            for method in ("get", "post"):
                response = getattr(client, method)(route.path)
                if route.path.startswith("/admin/"):
                    refused = response.status_code == 302 and response["Location"].startswith(
                        reverse("admin:login")
                    )
                else:
                    allowed = {403, 405} | ({404} if route.object_scoped else set())
                    refused = response.status_code in allowed
                if not refused:
                    failures.append(
                        f"{method.upper()} {route.path} ({route.name}) answered "
                        f"{response.status_code}"
                    )
        assert failures == []

    def test_the_dashboard_of_an_account_without_a_role_shows_no_testimony(
        self, client: Client, charlie: User, objects: dict[str, str]
    ) -> None:
        """The one testimony page open to every account lists nothing it may not see."""
        client.force_login(charlie)
        response = client.get(reverse("testimony:dashboard"))
        assert response.status_code == 200
        assert response.context["total"] == 0
        assert list(response.context["recent"]) == []
        assert "TST-" not in response.content.decode()


def _unprotected(request: HttpRequest) -> HttpResponse:
    return HttpResponse("case TST-2026-0001")


# Used only by the test below: the project's URLs plus one a careless change might add.
urlpatterns = [*project_urlpatterns, path("careless/", _unprotected, name="careless")]


def test_a_new_url_without_protection_is_caught(
    client: Client, objects: dict[str, str], settings: object
) -> None:
    """The walk finds a view added without login_required, with no list to update."""
    settings.ROOT_URLCONF = __name__
    failures = _anonymous_failures(client, routes(objects, urlconf=__name__))
    assert failures == [
        "GET /careless/ (careless) answered 200",
        "POST /careless/ (careless) answered 200",
    ]
