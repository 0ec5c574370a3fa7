"""Response headers Django's own SecurityMiddleware does not set."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class SecurityHeadersMiddleware:
    """Permissions-Policy, the CSP reporting endpoint, and `Cache-Control: no-store`.

    Every response that reaches this middleware was made by Django, not whitenoise (which
    answers static files before it): pages, htmx partials, JSON, bundle downloads. A page here
    can show a witness's name, so none of them may stay in a browser's cache or a proxy's,
    where the next user of a shared computer, or whoever seizes it, would find it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response["Cache-Control"] = "no-store"
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if settings.CSP_REPORT_ENDPOINT:
            # The endpoint named by the policy's `report-to csp` (browsers of the Reporting API).
            response.headers.setdefault(
                "Reporting-Endpoints", f'csp="{settings.CSP_REPORT_ENDPOINT}"'
            )
        return response
