"""Passkeys (django-otp-webauthn) as a second factor, with this project's rules added.

The package's views run the WebAuthn ceremonies; these subclasses add what the package leaves
to the project: passkeys only after the password (never passwordless), the second-factor
lockout and audit on verification, re-authentication before an enrolled user adds one, and
recovery codes for a user whose first factor is a passkey.
"""

from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog
from django_otp_webauthn import exceptions
from django_otp_webauthn.models import AbstractWebAuthnCredential
from django_otp_webauthn.views import (
    BeginCredentialAuthenticationView,
    BeginCredentialRegistrationView,
    CompleteCredentialAuthenticationView,
    CompleteCredentialRegistrationView,
)

from accounts import events
from accounts.devices import has_strong_device, recovery_codes_left, recovery_codes_replace
from accounts.lockout import second_factor_failure_record, second_factor_lockout_minutes
from accounts.reauth import recently_authenticated
from testimony.audit import audit_record

NEW_RECOVERY_CODES_KEY = "accounts_new_recovery_codes"


class LockedOut(exceptions.OTPWebAuthnApiError):
    status_code = 429
    default_code = "locked_out"
    default_detail = _("Too many failed attempts. Try again later.")


class ReauthenticationRequired(exceptions.OTPWebAuthnApiError):
    status_code = 403
    default_code = "reauthentication_required"
    default_detail = _("Confirm your password on the Security page first, then add the passkey.")


class NestedJsonRefused:
    """A body of 5,000 "[" is a RecursionError in json.loads, which the library re-raises (a
    server error): it is answered as the malformed request it is."""

    def handle_exception(self, exc: Exception) -> JsonResponse:
        if isinstance(exc, RecursionError):
            exc = exceptions.MalformedRequest()
        return super().handle_exception(exc)


def _check_registration_allowed(request: HttpRequest) -> None:
    # An enrolled user adds a passkey only with a fresh password; a user enrolling for the
    # first time has just typed it at login.
    if has_strong_device(request.user) and not recently_authenticated(request):
        raise ReauthenticationRequired()


class PasskeyRegistrationBegin(NestedJsonRefused, BeginCredentialRegistrationView):
    def check_can_register(self) -> None:
        _check_registration_allowed(self.request)


class PasskeyRegistrationComplete(NestedJsonRefused, CompleteCredentialRegistrationView):
    def check_can_register(self) -> None:
        _check_registration_allowed(self.request)

    def post(self, *args: object, **kwargs: object) -> JsonResponse:
        response = super().post(*args, **kwargs)
        user = self.request.user
        audit_record(actor=user, action=events.DEVICE_ADDED, detail={"method": "passkey"})
        if recovery_codes_left(user) == 0:
            self.request.session[NEW_RECOVERY_CODES_KEY] = recovery_codes_replace(user)
            audit_record(actor=user, action=events.RECOVERY_CODES_CREATED)
        return response


def _check_verification_allowed(request: HttpRequest) -> None:
    if not request.user.is_authenticated:
        raise exceptions.PasswordlessLoginDisabled()
    if second_factor_lockout_minutes(request.user):
        raise LockedOut()


class PasskeyVerificationBegin(NestedJsonRefused, BeginCredentialAuthenticationView):
    def check_can_authenticate(self) -> None:
        _check_verification_allowed(self.request)


class PasskeyVerificationComplete(NestedJsonRefused, CompleteCredentialAuthenticationView):
    def check_can_authenticate(self) -> None:
        _check_verification_allowed(self.request)

    def check_device_usable(self, device: AbstractWebAuthnCredential) -> None:
        super().check_device_usable(device)
        if device.user_id != self.request.user.pk:
            raise exceptions.CredentialUserMismatch()

    def complete_auth(self, device: AbstractWebAuthnCredential) -> None:
        super().complete_auth(device)
        # The session's privilege rises: a new key, so a key seen before cannot ride along.
        self.request.session.cycle_key()
        audit_record(
            actor=self.request.user, action=events.OTP_VERIFIED, detail={"method": "passkey"}
        )

    def handle_exception(self, exc: Exception) -> JsonResponse:
        user = self.request.user
        if (
            isinstance(exc, exceptions.OTPWebAuthnApiError)
            and not isinstance(exc, LockedOut | exceptions.PasswordlessLoginDisabled)
            and user.is_authenticated
        ):
            second_factor_failure_record(user, method="passkey")
        return super().handle_exception(exc)


app_name = "otp_webauthn"

urlpatterns = [
    path(
        "registration/begin/",
        PasskeyRegistrationBegin.as_view(),
        name="credential-registration-begin",
    ),
    path(
        "registration/complete/",
        PasskeyRegistrationComplete.as_view(),
        name="credential-registration-complete",
    ),
    path(
        "authentication/begin/",
        PasskeyVerificationBegin.as_view(),
        name="credential-authentication-begin",
    ),
    path(
        "authentication/complete/",
        PasskeyVerificationComplete.as_view(),
        name="credential-authentication-complete",
    ),
    path(
        "jsi18n/",
        JavaScriptCatalog.as_view(packages=["django_otp_webauthn"]),
        name="js-i18n-catalog",
    ),
]
