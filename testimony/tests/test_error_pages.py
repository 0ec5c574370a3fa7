"""Error pages are generic: no traceback, no submitted value, no identity, in the response or
in the log (issue 6, item 10).

Views that fail on purpose live only in this module's URLconf (`pytest.mark.urls`), in front
of the project's own URLs; production routes have none.
"""

import logging
import uuid

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import path, reverse
from django.utils.log import AdminEmailHandler

from config.urls import urlpatterns as project_urlpatterns

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

WITNESS = "Ri Sun-hui Secretname"
HANGUL = "리순희"


def _fails(request: HttpRequest) -> HttpResponse:
    """Reads the submitted form, then fails as a bug would (the message names no value)."""
    assert request.POST.get("name") is not None
    raise RuntimeError("the narrative could not be stored")


def _suspicious(request: HttpRequest) -> HttpResponse:
    raise SuspiciousOperation("tampered input")


def _denied(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied("alice may not see case TST-2026-0001")


urlpatterns = [
    path("test-errors/fails/", _fails),
    path("test-errors/suspicious/", _suspicious),
    path("test-errors/denied/", _denied),
    *project_urlpatterns,
]


@pytest.fixture
def alice_client(alice: User) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    return client


def _all_log_text(records: list[logging.LogRecord]) -> str:
    """Every log line as a handler would write it, tracebacks included."""
    formatter = logging.Formatter()
    return "\n".join(formatter.format(record) for record in records)


class ServerErrorTests:
    def test_a_crash_answers_a_generic_page_without_what_was_sent(
        self, alice_client: Client, caplog: pytest.LogCaptureFixture
    ) -> None:
        """The 500 page says what happened in words and shows none of the form, the error or
        the user; the log has the error but not the form."""
        with caplog.at_level(logging.INFO):
            response = alice_client.post(
                "/test-errors/fails/",
                {"name": WITNESS, "hangul": HANGUL, "narrative": f"{WITNESS} worked in Kuwait"},
            )

        assert response.status_code == 500
        body = response.content.decode()
        assert "Something went wrong on the server" in body
        for secret in (WITNESS, HANGUL, "Traceback", "RuntimeError", "could not be stored"):
            assert secret not in body
        assert "alice" not in body
        logged = _all_log_text(caplog.records)
        assert "RuntimeError: the narrative could not be stored" in logged
        assert WITNESS not in logged
        assert HANGUL not in logged

    def test_the_error_page_carries_the_security_headers(self, alice_client: Client) -> None:
        """A failing request is still framed by the CSP and never cached."""
        response = alice_client.post("/test-errors/fails/", {"name": WITNESS})
        assert "default-src 'self'" in response["Content-Security-Policy"]
        assert response["Cache-Control"] == "no-store"

    def test_no_log_handler_mails_errors(self) -> None:
        """Error e-mails carry the POST data; none is configured, even if ADMINS were set."""
        loggers = [
            logging.getLogger(),
            logging.getLogger("django"),
            logging.getLogger("django.request"),
        ]
        for logger in loggers:
            assert not any(isinstance(h, AdminEmailHandler) for h in logger.handlers), logger


class ClientErrorTests:
    def test_an_unknown_testimony_is_a_generic_not_found(self, alice_client: Client) -> None:
        """404 neither echoes the address nor names the user."""
        missing = uuid.uuid4()
        response = alice_client.get(reverse("testimony:detail", args=[missing]))
        assert response.status_code == 404
        body = response.content.decode()
        assert "Page not found" in body
        assert str(missing) not in body
        assert "alice" not in body

    def test_a_refusal_is_a_generic_page_without_the_reason(self, alice_client: Client) -> None:
        """403 does not repeat the exception's text (which may name a case or a person)."""
        response = alice_client.get("/test-errors/denied/")
        assert response.status_code == 403
        body = response.content.decode()
        assert "You do not have access to this page" in body
        assert "TST-2026-0001" not in body
        assert "alice" not in body

    def test_a_user_without_the_role_gets_the_same_page(
        self, client: Client, charlie: User
    ) -> None:
        """A permission refusal from a real view renders the same template."""
        client.force_login(charlie)
        response = client.get(reverse("testimony:list"))
        assert response.status_code == 403
        assert "You do not have access to this page" in response.content.decode()
        assert "charlie" not in response.content.decode()

    def test_suspicious_input_is_a_generic_bad_request(self, alice_client: Client) -> None:
        response = alice_client.get("/test-errors/suspicious/")
        assert response.status_code == 400
        body = response.content.decode()
        assert "The request could not be read" in body
        assert "tampered" not in body

    def test_an_unknown_host_is_a_generic_bad_request(self, client: Client) -> None:
        """A request for another host name (DNS rebinding, a misrouted proxy) is refused."""
        response = client.get("/", headers={"host": "attacker.example"})
        assert response.status_code == 400
        assert "attacker.example" not in response.content.decode()

    def test_a_form_without_its_csrf_token_says_so_and_echoes_nothing(self, alice: User) -> None:
        """The CSRF refusal explains itself in words and shows no typed value."""
        client = Client(enforce_csrf_checks=True)
        response = client.post(reverse("login"), {"username": "alice", "password": WITNESS})
        assert response.status_code == 403
        body = response.content.decode()
        assert "This form could not be sent" in body
        assert WITNESS not in body
