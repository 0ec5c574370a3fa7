"""Session lifetime and the second-factor gate, for every page including Django admin.

SessionTimeoutMiddleware signs a session out after SESSION_IDLE_TIMEOUT seconds without a
request, and SESSION_ABSOLUTE_TIMEOUT seconds after login whatever the activity. The time of
the last request is written at most once a minute, so a busy page does not rewrite its session
on every htmx poll.

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
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from accounts import events
from accounts.devices import has_strong_device
from testimony.audit import audit_record

LOGIN_AT_KEY = "accounts_login_at"
LAST_ACTIVITY_KEY = "accounts_last_activity"
SIGNED_OUT_REASON_KEY = "accounts_signed_out_reason"
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


def _redirect(request: HttpRequest, url: str) -> HttpResponse:
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
        if LAST_ACTIVITY_KEY not in session or now - last >= ACTIVITY_WRITE_INTERVAL:
            session[LAST_ACTIVITY_KEY] = now
        return None

    def _sign_out(self, request: HttpRequest, reason: str) -> HttpResponse:
        with transaction.atomic():
            audit_record(
                actor=request.user, action=events.SESSION_EXPIRED, detail={"reason": reason}
            )
            logout(request)
        request.session[SIGNED_OUT_REASON_KEY] = reason
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
