"""Session lifetime and the second-factor gate, for every page including Django admin.

SessionTimeoutMiddleware signs a session out after SESSION_IDLE_TIMEOUT seconds without a
request, and SESSION_ABSOLUTE_TIMEOUT seconds after login whatever the activity. The time of
the last request is written at most once a minute, so a busy page does not rewrite its session
on every htmx poll. Every request counts as activity, the entry form's autosave included (it is
sent only after typing, and typing is activity), except the page script's question "how long is
left?" (accounts:session_status), which would otherwise keep an abandoned page signed in.
An entry or edit form that arrives after its session ended is kept as a draft of the user whose
session it was (testimony.drafts.draft_keep_expired_post), before the session is flushed.

SecondFactorRequiredMiddleware lets a signed-in user who has not passed the second factor in
this session reach only the sign-in pages (login, second factor, enrolment, passkey ceremonies,
lockout, logout, language switch); every other page sends them to the second-factor step, or to
enrolment when they have no authenticator app or passkey yet.
"""

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext

from accounts import events
from accounts.devices import has_strong_device
from testimony.audit import audit_record
from testimony.drafts import draft_keep_expired_post, form_sent_signed_out, kept_form_match

LOGIN_AT_KEY = "accounts_login_at"
LAST_ACTIVITY_KEY = "accounts_last_activity"
SIGNED_OUT_REASON_KEY = "accounts_signed_out_reason"
# Set in the signed-out session when the form sent after the session ended was kept as a draft
# ("kept"), or could not be kept because nobody was signed in any more ("not_kept").
FORM_AFTER_SIGN_OUT_KEY = "accounts_form_after_sign_out"
ACTIVITY_WRITE_INTERVAL = 60

# Pages a signed-in user reaches before passing the second factor (by URL name).
OPEN_VIEWS = frozenset(
    {
        "login",
        "logout",
        "set_language",
        "admin:login",
        "admin:logout",
        "accounts:second_factor",
        "accounts:enrol",
        "otp_webauthn:credential-registration-begin",
        "otp_webauthn:credential-registration-complete",
        "otp_webauthn:credential-authentication-begin",
        "otp_webauthn:credential-authentication-complete",
        "otp_webauthn:js-i18n-catalog",
        "healthz",
        "readyz",
        "csp_report",
    }
)


def remember_login_time(
    sender: type, request: HttpRequest | None, user: AbstractBaseUser, **kwargs: object
) -> None:
    """At login (user_logged_in), start the session's absolute and idle clocks."""
    if request is None or not hasattr(request, "session"):
        return
    now = time.time()
    request.session[LOGIN_AT_KEY] = now
    request.session[LAST_ACTIVITY_KEY] = now


def idle_seconds_left(request: HttpRequest) -> int:
    """Seconds before the session is signed out for inactivity (or reaches its end)."""
    return min(_seconds_left(request))


def session_ends_at_its_limit(request: HttpRequest) -> bool:
    """Whether the session's absolute end comes before its idle end: staying cannot help."""
    idle, absolute = _seconds_left(request)
    return absolute < idle


def _seconds_left(request: HttpRequest) -> tuple[int, int]:
    session = request.session
    now = time.time()
    last = session.get(LAST_ACTIVITY_KEY, now)
    login_at = session.get(LOGIN_AT_KEY, now)
    return (
        max(0, int(settings.SESSION_IDLE_TIMEOUT - (now - last))),
        max(0, int(settings.SESSION_ABSOLUTE_TIMEOUT - (now - login_at))),
    )


def session_warning_seconds() -> int:
    """How long before the idle sign-out the page warns: two minutes, less for short timeouts."""
    return min(120, settings.SESSION_IDLE_TIMEOUT // 2)


def session_timing(request: HttpRequest) -> dict:
    """For the warning before the idle sign-out (templates/_session_warning.html)."""
    return {
        "session_timing": {
            "idle_seconds": settings.SESSION_IDLE_TIMEOUT,
            "idle_minutes": max(1, settings.SESSION_IDLE_TIMEOUT // 60),
            "warn_seconds": session_warning_seconds(),
            "absolute_hours": max(1, settings.SESSION_ABSOLUTE_TIMEOUT // 3600),
        }
    }


def wants_json(request: HttpRequest) -> bool:
    """A request of the pages' own scripts, which read JSON and follow no redirect."""
    return request.headers.get("Accept", "") == "application/json"


def _redirect(request: HttpRequest, url: str) -> HttpResponse:
    if wants_json(request):
        return JsonResponse(
            {
                "signed_out": True,
                "login_url": url,
                "error": gettext("You are signed out: sign in again to keep working."),
            },
            status=401,
        )
    if request.headers.get("HX-Request"):
        # htmx swaps a redirected page into the target; this makes the whole page follow.
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return redirect_to_login(request.get_full_path(), url)


class SessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and (reason := self._expired(request)):
            return self._sign_out(request, reason)
        if not request.user.is_authenticated and form_sent_signed_out(request):
            # Signed out already (logged out, or the session is gone): whose it was is unknown,
            # so it cannot be kept; the login page says so.
            request.session[FORM_AFTER_SIGN_OUT_KEY] = "not_kept"
        return self.get_response(request)

    def _expired(self, request: HttpRequest) -> str | None:
        session = request.session
        now = time.time()
        login_at = session.setdefault(LOGIN_AT_KEY, now)
        last = session.get(LAST_ACTIVITY_KEY, now)
        if now - login_at > settings.SESSION_ABSOLUTE_TIMEOUT:
            return "absolute"
        if now - last > settings.SESSION_IDLE_TIMEOUT:
            return "idle"
        if request.path_info == reverse("accounts:session_status"):
            return None
        if LAST_ACTIVITY_KEY not in session or now - last >= ACTIVITY_WRITE_INTERVAL:
            session[LAST_ACTIVITY_KEY] = now
        return None

    def _sign_out(self, request: HttpRequest, reason: str) -> HttpResponse:
        with transaction.atomic():
            audit_record(
                actor=request.user, action=events.SESSION_EXPIRED, detail={"reason": reason}
            )
            kept = draft_keep_expired_post(request) if kept_form_match(request) else None
            logout(request)
        request.session[SIGNED_OUT_REASON_KEY] = reason
        if kept is not None:
            request.session[FORM_AFTER_SIGN_OUT_KEY] = "kept"
        return _redirect(request, reverse(settings.LOGIN_URL))


class SecondFactorRequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable, args: tuple, kwargs: dict
    ) -> HttpResponse | None:
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.view_name in OPEN_VIEWS:
            return None
        step = "accounts:second_factor" if has_strong_device(user) else "accounts:enrol"
        return _redirect(request, reverse(step))
