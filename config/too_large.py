"""A form too large to read is answered with the form again and a sentence, not a bare 400.

Django refuses to parse a body over `DATA_UPLOAD_MAX_MEMORY_SIZE` or with more fields than
`DATA_UPLOAD_MAX_NUMBER_FIELDS`, so what was typed cannot be shown again from the request: the
entry and edit pages are rendered as on opening them (the saved testimony, or an empty form)
with the reason and the limit, status 413. `static/js/form_size.js` checks the same limits in
the browser before sending, so in practice the typed text never leaves the page.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

# (namespace, url name) of the forms answered again when too large.
FORMS_ANSWERED_AGAIN = {("testimony", "create"), ("testimony", "edit")}
MEGABYTE = 1024 * 1024


def _megabytes(size: int) -> str:
    return f"{size / MEGABYTE:.1f}".removesuffix(".0")


def too_large_sentence(request: HttpRequest, refused: Exception) -> str:
    if isinstance(refused, TooManyFieldsSent):
        return _(
            "This form is too large to save: it has more than %(limit)s fields (persons and "
            "indicators count several each). Save it with fewer rows, then add the rest in a "
            "second edit, or ask the administrator to raise TESTIMONY_MAX_FORM_FIELDS."
        ) % {"limit": f"{settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,}"}
    try:
        sent = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        sent = 0
    return _(
        "This form is too large to save: %(sent)s MB sent, the limit is %(limit)s MB. Nothing "
        "was saved. Shorten the narrative or move long material into an attachment, or ask the "
        "administrator to raise TESTIMONY_MAX_FORM_MB."
    ) % {
        "sent": _megabytes(sent) if sent else "?",
        "limit": _megabytes(settings.DATA_UPLOAD_MAX_MEMORY_SIZE),
    }


class FormTooLargeMiddleware:
    """Placed before CsrfViewMiddleware, whose process_view is the first to read the body."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable, view_args: tuple, view_kwargs: dict
    ) -> HttpResponse | None:
        match = request.resolver_match
        if request.method != "POST" or match is None:
            return None
        if (match.namespace, match.url_name) not in FORMS_ANSWERED_AGAIN:
            return None
        try:
            request.POST  # noqa: B018 (reading it is the check)
        except (RequestDataTooBig, TooManyFieldsSent) as refused:
            sentence = too_large_sentence(request, refused)
        else:
            return None
        # Nothing is acted on: the page is shown as on opening it, with the reason.
        request.method = "GET"
        request._post = QueryDict()
        request._files = MultiValueDict()
        messages.error(request, sentence)
        response = view_func(request, *view_args, **view_kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code == 200:
            response.status_code = 413
        return response


def form_limits(request: HttpRequest) -> dict:
    """The limits, for static/js/form_size.js to check before a form is sent."""
    return {
        "form_limits": {
            "bytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
            "megabytes": _megabytes(settings.DATA_UPLOAD_MAX_MEMORY_SIZE),
            "fields": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
        }
    }
