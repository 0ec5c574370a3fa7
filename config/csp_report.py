"""The endpoint browsers report Content Security Policy violations to.

A violation is either a template that needs fixing (an inline script or style without the
nonce) or an attack in progress (injected markup); both belong in the log. Only the violated
directive and the blocked address are kept: a report also carries the page's address and may
carry a sample of the blocked code, and either can hold a case code or a name.

Anyone can post here, so nothing posted reaches the log as it came: each report is one line
holding a JSON object (every control, line-breaking and non-ASCII character escaped, each value
shortened), a small body is the most read, and each client address has a quota of lines a
minute (CSP_REPORTS_PER_MINUTE, counted in the cache: per process without a shared one).
"""

import ipaddress
import json
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger(__name__)

# A real report is well under 2 KB; more is noise or an attempt to fill the log.
MAX_REPORT_BYTES = 16 * 1024
MAX_REPORTS_PER_REQUEST = 20
MAX_FIELD_CHARS = 200
QUOTA_WINDOW = 60  # seconds: CSP_REPORTS_PER_MINUTE counts per window


def _blocked_address(value: object) -> str:
    """The blocked URI without query or fragment (which may carry anything), or a keyword
    such as `inline` or `eval`."""
    return re.split(r"[?#]", str(value or ""), maxsplit=1)[0]


def _log_fields(directive: object, blocked: str) -> str:
    """One line whatever the values hold: JSON with ASCII only, each value shortened first."""
    fields = {
        "directive": str(directive or "")[:MAX_FIELD_CHARS],
        "blocked": blocked[:MAX_FIELD_CHARS] or "(nothing named)",
    }
    return json.dumps(fields, ensure_ascii=True)


def _violations(payload: object) -> list[str]:
    """A log line's fields for each report in either format: `report-uri`'s
    `{"csp-report": {...}}` or the Reporting API's list of `{"type": "csp-violation", ...}`."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        report = payload["csp-report"]
        directive = report.get("effective-directive") or report.get("violated-directive")
        return [_log_fields(directive, _blocked_address(report.get("blocked-uri")))]
    if isinstance(payload, list):
        found = []
        for item in payload[:MAX_REPORTS_PER_REQUEST]:
            if not isinstance(item, dict) or item.get("type") != "csp-violation":
                continue
            body = item.get("body")
            if isinstance(body, dict):
                directive = body.get("effectiveDirective") or body.get("violatedDirective")
                found.append(_log_fields(directive, _blocked_address(body.get("blockedURL"))))
        return found
    return []


def _client_address(request: HttpRequest) -> str:
    """The client's address as the login lockout reads it (X-Real-IP behind the proxy)."""
    order = getattr(settings, "AXES_IPWARE_META_PRECEDENCE_ORDER", ("REMOTE_ADDR",))
    for key in order:
        try:
            return str(ipaddress.ip_address(request.META.get(key, "").strip()))
        except ValueError:
            continue
    return "unknown"


def _current_window() -> int:
    return int(time.time()) // QUOTA_WINDOW


def _quota_key(address: str) -> str:
    return f"csp-report:{address}:{_current_window()}"


def _quota_left(address: str) -> int:
    return settings.CSP_REPORTS_PER_MINUTE - (cache.get(_quota_key(address)) or 0)


def _quota_take(address: str, wanted: int) -> int:
    """How many of `wanted` lines fit in the address's quota this minute (all are counted)."""
    key = _quota_key(address)
    cache.add(key, 0, timeout=2 * QUOTA_WINDOW)
    try:
        used = cache.incr(key, wanted)
    except ValueError:  # expired between add and incr
        cache.set(key, wanted, timeout=2 * QUOTA_WINDOW)
        used = wanted
    return max(0, min(wanted, settings.CSP_REPORTS_PER_MINUTE - (used - wanted)))


def _note_limited(address: str) -> None:
    """At most one line a minute says that reports are being dropped, whoever sends them."""
    if cache.add("csp-report:limited-noted", 1, timeout=QUOTA_WINDOW):
        logger.warning(
            "CSP reports over %d a minute from %s (or others) are dropped unlogged",
            settings.CSP_REPORTS_PER_MINUTE,
            address,
        )


def _read_reports(request: HttpRequest) -> list[str] | HttpResponse:
    """The log fields of each report in the body, or the answer refusing it: 413 for a body
    too large to be a report (unread), 400 for one that holds none."""
    try:
        length = int(request.headers.get("Content-Length") or 0)
    except ValueError:
        return HttpResponse(status=400)
    if length < 0:
        return HttpResponse(status=400)
    if length > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        payload = json.loads(request.body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return HttpResponse(status=400)
    return _violations(payload) or HttpResponse(status=400)


@csrf_exempt
@require_POST
@transaction.non_atomic_requests
def csp_report(request: HttpRequest) -> HttpResponse:
    """Log each violation at WARNING, one line each; 204 for a report, 400 for anything else,
    413 for a body too large to be one, never 500.

    Over the address's quota the answer is 204, unread and unlogged: Django logs a line for
    every 4xx answer, so a refusal (429 included) costs a line of the quota too.
    """
    address = _client_address(request)
    if _quota_left(address) <= 0:
        _note_limited(address)
        return HttpResponse(status=204)
    violations = _read_reports(request)
    if isinstance(violations, HttpResponse):
        _quota_take(address, 1)
        return violations
    allowed = _quota_take(address, len(violations))
    for fields in violations[:allowed]:
        logger.warning("CSP violation %s", fields)
    if allowed < len(violations):
        _note_limited(address)
    return HttpResponse(status=204)
