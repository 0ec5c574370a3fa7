"""Sign-in pages: password, second factor, enrolment, recovery codes, security, password change.

Every page here is reachable before the second factor except where it says otherwise
(SecondFactorRequiredMiddleware.OPEN_VIEWS): a page that changes devices or the password needs
a verified session, and a page that removes or replaces a factor also needs a recent password.
"""

import time
from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.models import Device
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts import events
from accounts.devices import (
    LastDeviceError,
    device_kind,
    device_remove,
    has_passkey,
    has_strong_device,
    recovery_codes_left,
    recovery_codes_replace,
    second_factor_match,
    totp_device_confirm,
    totp_device_pending,
    user_device,
)
from accounts.forms import EnrolmentForm, SecondFactorForm
from accounts.lockout import (
    lockout_response,
    second_factor_failure_record,
    second_factor_lockout_minutes,
)
from accounts.middleware import (
    FORM_AFTER_SIGN_OUT_KEY,
    LAST_ACTIVITY_KEY,
    SIGNED_OUT_REASON_KEY,
    idle_seconds_left,
    session_ends_at_its_limit,
    session_warning_seconds,
    wants_json,
)
from accounts.passkeys import NEW_RECOVERY_CODES_KEY
from accounts.reauth import reauthentication_redirect, recently_authenticated, safe_next
from testimony.audit import audit_record

PENDING_TOTP_KEY = "accounts_pending_totp_device"


class StaffLoginView(LoginView):
    """Django's login page, saying why the previous session ended when it timed out."""

    def get_context_data(self, **kwargs: object) -> dict:
        ctx = super().get_context_data(**kwargs)
        ctx["signed_out_reason"] = self.request.session.pop(SIGNED_OUT_REASON_KEY, None)
        # Read, not popped: a wrong password shows the page again, and it still applies.
        ctx["form_after_sign_out"] = self.request.session.get(FORM_AFTER_SIGN_OUT_KEY)
        return ctx

    def form_valid(self, form: object) -> HttpResponse:
        self.request.session.pop(FORM_AFTER_SIGN_OUT_KEY, None)
        return super().form_valid(form)


def _session_answer(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "seconds_left": idle_seconds_left(request),
            "warn_seconds": session_warning_seconds(),
            "at_limit": session_ends_at_its_limit(request),
        }
    )


@login_required
def session_status(request: HttpRequest) -> JsonResponse:
    """Seconds left before the idle sign-out; asking does not count as activity (middleware)."""
    return _session_answer(request)


@login_required
@require_POST
def session_keep_alive(request: HttpRequest) -> HttpResponse:
    """The warning's "Stay signed in": counts as activity now; back to the page without script."""
    request.session[LAST_ACTIVITY_KEY] = time.time()
    if wants_json(request):
        return _session_answer(request)
    return redirect(safe_next(request, _default_next()))


def _default_next() -> str:
    return reverse("testimony:dashboard")


def _with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def _verified(request: HttpRequest, device: Device) -> None:
    """Mark the session as having passed the second factor with `device`, and audit it."""
    otp_login(request, device)
    # The session's privilege rises: a new key, so a key seen before cannot ride along.
    request.session.cycle_key()
    audit_record(
        actor=request.user, action=events.OTP_VERIFIED, detail={"method": device_kind(device)}
    )


@login_required
def second_factor(request: HttpRequest) -> HttpResponse:
    """After the password: a code from the authenticator app, a recovery code, or a passkey."""
    user = request.user
    next_url = safe_next(request, _default_next())
    if user.is_verified():
        return redirect(next_url)
    if not has_strong_device(user):
        return redirect(_with_next("accounts:enrol", next_url))
    if minutes := second_factor_lockout_minutes(user):
        return lockout_response(request, minutes)
    form = SecondFactorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        if device := second_factor_match(user, code):
            _verified(request, device)
            if device_kind(device) == "recovery_code":
                left = recovery_codes_left(user)
                messages.warning(
                    request,
                    _(
                        "You signed in with a recovery code; %(left)d are left. "
                        "Each works once: make new ones on the Security page."
                    )
                    % {"left": left},
                )
            return redirect(next_url)
        method = "totp" if code.strip().isdigit() else "recovery_code"
        if minutes := second_factor_failure_record(user, method=method):
            return lockout_response(request, minutes)
        form.add_error(
            "code",
            _("That code is not valid. Check the time on your phone, or use a recovery code."),
        )
    ctx = {
        "form": form,
        "next": next_url,
        "has_passkey": has_passkey(user),
        "has_authenticator_app": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
    }
    return render(request, "accounts/second_factor.html", ctx)


def _qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10)
    return image.to_string(encoding="unicode")


@login_required
def enrol(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app (or a passkey): the first one, or another from Security."""
    user = request.user
    next_url = safe_next(request, _default_next())
    if has_strong_device(user):
        if not user.is_verified():
            return redirect(_with_next("accounts:second_factor", next_url))
        if not recently_authenticated(request):
            return reauthentication_redirect(request.get_full_path())
    device = totp_device_pending(user, request.session.get(PENDING_TOTP_KEY))
    request.session[PENDING_TOTP_KEY] = device.pk
    form = EnrolmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if totp_device_confirm(device, form.cleaned_data["code"]):
            del request.session[PENDING_TOTP_KEY]
            if not user.is_verified():
                _verified(request, device)
            audit_record(actor=user, action=events.DEVICE_ADDED, detail={"method": "totp"})
            if recovery_codes_left(user) == 0:
                request.session[NEW_RECOVERY_CODES_KEY] = recovery_codes_replace(user)
                audit_record(actor=user, action=events.RECOVERY_CODES_CREATED)
                return redirect(_with_next("accounts:recovery_codes", next_url))
            messages.success(request, _("The authenticator app was added."))
            return redirect(next_url)
        form.add_error(
            "code",
            _("That code does not match. Check that the app shows this account and try again."),
        )
    ctx = {
        "form": form,
        "next": next_url,
        # Generated here from the device's own URI: no user input reaches the SVG.
        "qr_svg": mark_safe(_qr_svg(device.config_url)),  # noqa: S308  # nosec B308, B703  # an SVG of QR modules, no text
        "secret": _grouped_base32(device),
        "first_enrolment": not has_strong_device(user),
        "passkey_next": _with_next("accounts:recovery_codes", next_url),
    }
    return render(request, "accounts/enrol.html", ctx)


def _grouped_base32(device: TOTPDevice) -> str:
    """The secret as people type it into an app by hand: base32 in groups of four."""
    text = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@login_required
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """The new recovery codes, shown once, right after they were made."""
    codes = request.session.pop(NEW_RECOVERY_CODES_KEY, None)
    next_url = safe_next(request, reverse("accounts:security"))
    if not codes:
        messages.info(
            request,
            _("Recovery codes are shown only once. Make new ones here if you lost them."),
        )
        return redirect("accounts:security")
    return render(request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url})


@login_required
def security(request: HttpRequest) -> HttpResponse:
    """The user's second factors and password: what they have, and changing them."""
    user = request.user
    ctx = {
        "authenticator_apps": TOTPDevice.objects.filter(user=user, confirmed=True).order_by("id"),
        "passkeys": WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("id"),
        "recovery_codes_left": recovery_codes_left(user),
        "recently_authenticated": recently_authenticated(request),
        # Where the page goes once a passkey is added: the new recovery codes, if any were made.
        "passkey_next": (
            reverse("accounts:recovery_codes")
            if recovery_codes_left(user) == 0
            else reverse("accounts:security")
        ),
    }
    return render(request, "accounts/security.html", ctx)


@login_required
@require_POST
def device_delete(request: HttpRequest, kind: str, device_id: int) -> HttpResponse:
    if not recently_authenticated(request):
        return reauthentication_redirect(reverse("accounts:security"))
    device = user_device(request.user, kind, device_id)
    if device is None:
        messages.error(request, _("That device is not one of yours, or it was already removed."))
        return redirect("accounts:security")
    try:
        device_remove(request.user, device)
    except LastDeviceError as error:
        messages.error(request, str(error))
        return redirect("accounts:security")
    audit_record(actor=request.user, action=events.DEVICE_REMOVED, detail={"method": kind})
    messages.success(request, _("The device was removed."))
    return redirect("accounts:security")


@login_required
@require_POST
def recovery_codes_regenerate(request: HttpRequest) -> HttpResponse:
    if not recently_authenticated(request):
        return reauthentication_redirect(reverse("accounts:security"))
    request.session[NEW_RECOVERY_CODES_KEY] = recovery_codes_replace(request.user)
    audit_record(actor=request.user, action=events.RECOVERY_CODES_CREATED)
    return redirect("accounts:recovery_codes")


@login_required
def password_change(request: HttpRequest) -> HttpResponse:
    """Change one's password; every other session of the account ends, this one goes on."""
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # Other sessions hold the old password's hash and are signed out at their next request.
        update_session_auth_hash(request, user)
        audit_record(actor=user, action=events.PASSWORD_CHANGED)
        messages.success(request, _("Your password was changed. Other sessions were signed out."))
        return redirect("accounts:security")
    return render(request, "accounts/password_change.html", {"form": form})
