"""The CSP report endpoint (config/csp_report.py): anyone may post to it, so every report is
logged as one escaped, bounded line, a client address gets a quota a minute, and nothing
posted causes a server error."""

import json
import logging

import pytest
from django.core.cache import cache
from django.test import Client

from config import csp_report

pytestmark = pytest.mark.django_db

URL = "/csp-report/"


@pytest.fixture(autouse=True)
def fresh_quota(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quotas live in the cache, which outlives a test; and a test must not straddle two
    minutes' quotas."""
    cache.clear()
    monkeypatch.setattr(csp_report, "_current_window", lambda: 0)


def post(body: str | bytes, content_type: str = "application/csp-report", **extra: str) -> int:
    client = Client(enforce_csrf_checks=True)
    return client.post(URL, body, content_type=content_type, **extra).status_code


def report(directive: str = "script-src-elem", blocked: str = "https://evil.invalid/x.js") -> str:
    return json.dumps({"csp-report": {"effective-directive": directive, "blocked-uri": blocked}})


def logged(records: list[logging.LogRecord]) -> list[dict[str, str]]:
    """The fields of each violation line (the JSON after the prefix)."""
    prefix = "CSP violation "
    lines = [r.getMessage() for r in records if r.getMessage().startswith(prefix)]
    return [json.loads(line.removeprefix(prefix)) for line in lines]


def test_a_browser_report_is_logged_with_directive_and_blocked_address_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The page address and the code sample (which can hold a case code or a name) stay out
    of the log; so does the blocked address's query string."""
    body = {
        "csp-report": {
            "document-uri": "https://testimonies.invalid/testimonies/TST-2026-0001/",
            "violated-directive": "script-src-elem",
            "effective-directive": "script-src-elem",
            "blocked-uri": "https://evil.invalid/x.js?name=Rim+Myong-chol",
            "script-sample": "alert('Rim Myong-chol')",
        }
    }
    with caplog.at_level(logging.WARNING, logger="config.csp_report"):
        assert post(json.dumps(body)) == 204
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage() == (
        'CSP violation {"directive": "script-src-elem", "blocked": "https://evil.invalid/x.js"}'
    )


def test_reports_of_the_reporting_api_are_logged_each(caplog: pytest.LogCaptureFixture) -> None:
    reports = [
        {
            "type": "csp-violation",
            "url": "https://testimonies.invalid/",
            "body": {"effectiveDirective": "style-src-attr", "blockedURL": "inline"},
        },
        {"type": "deprecation", "body": {"id": "something"}},
        {
            "type": "csp-violation",
            "body": {"effectiveDirective": "img-src", "blockedURL": "https://x.invalid/p#f"},
        },
    ]
    with caplog.at_level(logging.WARNING, logger="config.csp_report"):
        assert post(json.dumps(reports), "application/reports+json") == 204
    assert logged(caplog.records) == [
        {"directive": "style-src-attr", "blocked": "inline"},
        {"directive": "img-src", "blocked": "https://x.invalid/p"},
    ]


def test_line_breaks_and_controls_in_every_field_stay_on_one_escaped_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A forged second log line cannot be written: CR, LF, NUL, escape sequences, Unicode line
    separators and bidirectional overrides all arrive escaped, in one record."""
    forged = "x\nWARNING forged line\r\n\x00\x1b[31m\u2028\u2029\u0085\u202e"
    body = {
        "csp-report": {
            "document-uri": forged,
            "violated-directive": forged,
            "effective-directive": forged,
            "blocked-uri": forged,
            "script-sample": forged,
        }
    }
    with caplog.at_level(logging.WARNING, logger="config.csp_report"):
        assert post(json.dumps(body)) == 204
    [record] = caplog.records
    message = record.getMessage()
    assert message.isascii()
    assert message.isprintable()
    assert "\n" not in message
    assert "\r" not in message
    assert logged([record]) == [{"directive": forged, "blocked": forged}]


def test_each_value_is_shortened(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="config.csp_report"):
        assert post(report("d" * 3000, "https://x.invalid/" + "\u202e" * 1500)) == 204
    [record] = caplog.records
    [fields] = logged([record])
    assert fields["directive"] == "d" * 200
    assert len(fields["blocked"]) == 200
    assert len(record.getMessage()) < 2 * 6 * 200 + 100


def test_the_101st_report_in_a_minute_is_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    """Reports, not requests, are counted; past the quota one line says so, once, and the
    answer is a 204 (Django would log a line for each 4xx)."""
    with caplog.at_level(logging.WARNING):
        for _ in range(99):
            assert post(report()) == 204
        two = [{"type": "csp-violation", "body": {"effectiveDirective": f"d{n}"}} for n in (1, 2)]
        assert post(json.dumps(two), "application/reports+json") == 204
        for _ in range(5):
            assert post(report()) == 204
            assert post(b"not json") == 204
    lines = [r.getMessage() for r in caplog.records]
    assert len(logged(caplog.records)) == 100
    assert logged(caplog.records)[-1]["directive"] == "d1"
    assert len([line for line in lines if "dropped unlogged" in line]) == 1
    assert len(lines) == 101


def test_refused_requests_count_towards_the_quota(
    settings: object, caplog: pytest.LogCaptureFixture
) -> None:
    """Each refusal is a line of Django's request log, so garbage cannot flood it either."""
    settings.CSP_REPORTS_PER_MINUTE = 3
    with caplog.at_level(logging.WARNING):
        assert [post(b"not json") for _ in range(3)] == [400, 400, 400]
        assert post(b"not json") == 204
        assert post(report()) == 204
    assert len([r for r in caplog.records if r.name == "django.request"]) == 3
    assert logged(caplog.records) == []


def test_the_quota_is_per_client_address(
    settings: object, caplog: pytest.LogCaptureFixture
) -> None:
    settings.CSP_REPORTS_PER_MINUTE = 2
    with caplog.at_level(logging.WARNING, logger="config.csp_report"):
        for _ in range(3):
            assert post(report(), REMOTE_ADDR="192.0.2.1") == 204
        assert post(report(), REMOTE_ADDR="192.0.2.2") == 204
    assert len(logged(caplog.records)) == 3


def test_behind_the_proxy_the_quota_follows_x_real_ip(
    settings: object, caplog: pytest.LogCaptureFixture
) -> None:
    settings.CSP_REPORTS_PER_MINUTE = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_REAL_IP", "REMOTE_ADDR")
    with caplog.at_level(logging.WARNING, logger="config.csp_report"):
        for address in ("198.51.100.7", "198.51.100.7", "198.51.100.8"):
            assert post(report(), HTTP_X_REAL_IP=address) == 204
    assert len(logged(caplog.records)) == 2


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00",
        b"[" * 5000,
        b"{}",
        b"[1, 2]",
        b'{"csp-report": 3}',
        b'{"csp-report": {"blocked-uri": "\\ud800"',
    ],
)
def test_garbage_is_refused_without_a_server_error_or_a_traceback(
    body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        assert post(body) == 400
    assert not [r for r in caplog.records if r.exc_info]
    assert not [r for r in caplog.records if r.name == "config.csp_report"]


def test_an_oversized_report_is_refused_unread(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="config.csp_report"):
        assert post(b"{" + b" " * (64 * 1024) + b"}") == 413
        assert post(report(blocked="https://x.invalid/" + "a" * 17 * 1024)) == 413
    assert logged(caplog.records) == []


def test_it_takes_posts_only(client: Client) -> None:
    assert client.get(URL).status_code == 405
