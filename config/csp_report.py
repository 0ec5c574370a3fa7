"""The endpoint browsers report Content Security Policy violations to.

A violation is either a template that needs fixing (an inline script or style without the
nonce) or an attack in progress (injected markup); both belong in the log. Only the violated
directive and the blocked address are kept: a report also carries the page's address and may
carry a sample of the blocked code, and either can hold a case code or a name.
"""

import json
import logging
from urllib.parse import urlsplit

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger(__name__)

# A real report is well under 2 KB; more is noise or an attempt to fill the log.
MAX_REPORT_BYTES = 16 * 1024
MAX_REPORTS_PER_REQUEST = 20
MAX_FIELD_CHARS = 200


def _blocked_address(value: object) -> str:
    """The blocked URI without query or fragment (which may carry anything), or a keyword
    such as `inline` or `eval`, shortened for the log."""
    text = str(value or "")
    if "://" in text:
        parts = urlsplit(text)
        text = f"{parts.scheme}://{parts.netloc}{parts.path}"
    return text[:MAX_FIELD_CHARS].encode("ascii", "backslashreplace").decode()


def _directive(value: object) -> str:
    text = str(value or "")[:MAX_FIELD_CHARS]
    return text.encode("ascii", "backslashreplace").decode()


def _violations(payload: object) -> list[tuple[str, str]]:
    """(directive, blocked address) of each report in either format: `report-uri`'s
    `{"csp-report": {...}}` or the Reporting API's list of `{"type": "csp-violation", ...}`."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        report = payload["csp-report"]
        directive = report.get("effective-directive") or report.get("violated-directive")
        return [(_directive(directive), _blocked_address(report.get("blocked-uri")))]
    if isinstance(payload, list):
        found = []
        for item in payload[:MAX_REPORTS_PER_REQUEST]:
            if not isinstance(item, dict) or item.get("type") != "csp-violation":
                continue
            body = item.get("body")
            if isinstance(body, dict):
                directive = body.get("effectiveDirective") or body.get("violatedDirective")
                found.append((_directive(directive), _blocked_address(body.get("blockedURL"))))
        return found
    return []


@csrf_exempt
@require_POST
@transaction.non_atomic_requests
def csp_report(request: HttpRequest) -> HttpResponse:
    """Log each violation at WARNING; 204 for a report, 400 for anything else, never 500."""
    try:
        length = int(request.headers.get("Content-Length") or 0)
    except ValueError:
        return HttpResponse(status=400)
    if length > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        payload = json.loads(request.body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return HttpResponse(status=400)
    violations = _violations(payload)
    if not violations:
        return HttpResponse(status=400)
    for directive, blocked in violations:
        logger.warning("CSP violation: %s blocked %s", directive, blocked or "(nothing named)")
    return HttpResponse(status=204)
