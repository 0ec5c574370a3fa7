"""Re-authentication: the password again, within the last ten minutes, before a sensitive step.

It guards revealing identities, downloading bundles, and changing one's own second factors.
The session asking has already passed the second factor at login and lives at most
SESSION_IDLE_TIMEOUT idle and SESSION_ABSOLUTE_TIMEOUT in all; what re-authentication adds is
proof that the account holder is at this keyboard now, against an unlocked computer left alone
or a stolen session cookie, neither of which carries the password. The password is checked
through `authenticate`, so wrong guesses count towards the django-axes lockout like any other.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from accounts import events
from testimony.audit import audit_record
from testimony.forms import ReauthenticationForm

SESSION_KEY = "reauthenticated_at"


def recently_authenticated(request: HttpRequest) -> bool:
    at = request.session.get(SESSION_KEY)
    return at is not None and timezone.now().timestamp() - at < settings.REAUTHENTICATION_MAX_AGE


def reauthentication_redirect(next_url: str) -> HttpResponse:
    """Send the user to confirm their password, then back to `next_url`."""
    url = reverse("testimony:reauthenticate")
    return redirect(f"{url}?{urlencode({'next': next_url})}")


def safe_next(request: HttpRequest, default: str) -> str:
    """The `next` the request carries if it is a path on this site, else `default`.

    Only a path: `redirect()` takes anything else without a slash for the name of a view, so a
    `next` of "q" was a NoReverseMatch (a server error) and "admin:index" a redirect there."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return default


@login_required
def reauthenticate(request: HttpRequest) -> HttpResponse:
    """Ask for the password again before a sensitive step."""
    next_url = safe_next(request, reverse("testimony:dashboard"))
    form = ReauthenticationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=request.user.get_username(),
            password=form.cleaned_data["password"],
        )
        if user is not None and user.pk == request.user.pk:
            request.session[SESSION_KEY] = timezone.now().timestamp()
            audit_record(actor=request.user, action=events.REAUTHENTICATED)
            return redirect(next_url)
        form.add_error("password", _("That is not your password."))
    return render(request, "testimony/reauthenticate.html", {"form": form, "next": next_url})
