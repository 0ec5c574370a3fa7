"""Refusing guessers: the password lockout (django-axes) and the second-factor lockout.

The password form locks a username+IP after LOGIN_FAILURE_LIMIT failures for
LOGIN_COOLOFF_MINUTES; the page says so in words and looks the same whether or not the account
exists. Axes stores a keyed hash of the typed username, never the name itself.

The second-factor form locks the user (whatever the IP: whoever reaches it already has the
password) after the same number of failed codes within the cool-off, counted from the audit
trail's `auth.otp_failed` events since the user's last success, so the count holds across
processes and restarts and needs no table of its own.
"""

import math
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.crypto import salted_hmac

from accounts import events
from testimony.audit import audit_record
from testimony.models import AuditEvent


def username_digest(request: HttpRequest, credentials: dict | None) -> str | None:
    """What axes keeps instead of the typed username (AXES_USERNAME_CALLABLE)."""
    username = (credentials or {}).get("username")
    if username is None:
        username = request.POST.get("username")
    if not username:
        return None
    return salted_hmac(
        "accounts.lockout.username", username.casefold(), algorithm="sha256"
    ).hexdigest()[:32]


def lockout_response(request: HttpRequest, minutes: int) -> HttpResponse:
    ctx = {"minutes": max(1, minutes)}
    return render(request, "accounts/locked_out.html", ctx, status=429)


def _page(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    return "admin" if match is not None and match.app_name == "admin" else "site"


def axes_lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """The lockout page of the password forms (AXES_LOCKOUT_CALLABLE)."""
    with transaction.atomic():
        audit_record(actor=None, action=events.LOCKED_OUT, detail={"page": _page(request)})
    return lockout_response(request, settings.LOGIN_COOLOFF_MINUTES)


def _recent_code_failures(user: AbstractBaseUser) -> list:
    cooloff = timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES)
    trail = AuditEvent.objects.filter(actor=user)
    last_success = (
        trail.filter(action=events.OTP_VERIFIED).order_by("-sequence").values("sequence").first()
    )
    failures = trail.filter(action=events.OTP_FAILED, at__gte=timezone.now() - cooloff)
    if last_success is not None:
        failures = failures.filter(sequence__gt=last_success["sequence"])
    return list(failures.order_by("-sequence").values_list("at", flat=True))


def second_factor_lockout_minutes(user: AbstractBaseUser) -> int | None:
    """Minutes until the user may try a code again, or None when they may now."""
    failures = _recent_code_failures(user)
    if len(failures) < settings.LOGIN_FAILURE_LIMIT:
        return None
    until = failures[0] + timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES)
    return math.ceil((until - timezone.now()).total_seconds() / 60)


def second_factor_failure_record(user: AbstractBaseUser, *, method: str) -> int | None:
    """Audit a wrong code or a refused passkey; the lockout minutes if it locked the user."""
    audit_record(actor=user, action=events.OTP_FAILED, detail={"method": method})
    return second_factor_lockout_minutes(user)
