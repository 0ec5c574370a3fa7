"""The corroboration pages' kept data refreshed by the request that made it stale."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from testimony import kept_rebuild

# What may write: a form, a link, a merge, the admin. GET, HEAD, OPTIONS and TRACE read only.
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class RefreshKeptAfterWriteMiddleware:
    """After a request that may have written, once its view's transaction has committed
    (`ATOMIC_REQUESTS` wraps the view alone), bring the kept figures, mention rows, entity
    pages and persons' groups up to date (`kept_rebuild.refresh_kept_after_write`), so that
    the page the writer is sent to, and everyone else's, find them fresh instead of paying for
    the refresh themselves. One statement when nothing is queued; none for a request that
    only reads. Pages still refresh before they read: writes from the shell, the worker or an
    import, and a refresh that failed here, leave the queues for them.

    A response of 500 is left as it is: its view's transaction rolled back, and whatever
    is queued (by others) is the next page's to refresh.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method in UNSAFE_METHODS and response.status_code < 500:
            kept_rebuild.refresh_kept_after_write()
        return response
