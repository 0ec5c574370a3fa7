"""Each staff member's preferred language: remembered when they switch, applied when they log in.

Django's language switch (`set_language`) keeps the choice in a cookie, which belongs to one
browser. A witness interview may be entered on an office laptop and reviewed on a tablet, so the
choice is also saved in the user's `Profile` and handed back as the cookie at each login.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation

LOGIN_LANGUAGE_ATTRIBUTE = "preferred_language_at_login"


def supported_language(code: str | None) -> str | None:
    """`code` if it is one of the interface's languages, else None."""
    return code if code in dict(settings.LANGUAGES) else None


def preferred_language(user: AbstractBaseUser) -> str | None:
    """The language the user chose, or None when they never chose one."""
    from accounts.models import Profile

    language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    return supported_language(language)


def preferred_language_save(*, user: AbstractBaseUser, language: str) -> None:
    """Remember the user's choice, creating their profile on their first choice."""
    from accounts.models import Profile

    Profile.objects.update_or_create(user=user, defaults={"language": language})


@receiver(user_logged_in, dispatch_uid="accounts.language.apply_at_login")
def apply_at_login(sender: type, request: HttpRequest | None, user: AbstractBaseUser, **_) -> None:
    """Switch the interface to the user's language from the login response on."""
    if request is None:
        return
    if language := preferred_language(user):
        translation.activate(language)
        request.LANGUAGE_CODE = language
        setattr(request, LOGIN_LANGUAGE_ATTRIBUTE, language)


class PreferredLanguageMiddleware:
    """Saves a logged-in user's language switch, and sets the cookie chosen at login.

    Sits after AuthenticationMiddleware (it needs `request.user`).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        cookie_name = settings.LANGUAGE_COOKIE_NAME
        if language := getattr(request, LOGIN_LANGUAGE_ATTRIBUTE, None):
            self._set_cookie(response, language)
        elif (
            request.method == "POST"
            and request.path == reverse("set_language")
            and request.user.is_authenticated
            and cookie_name in response.cookies
            and (language := supported_language(response.cookies[cookie_name].value))
        ):
            preferred_language_save(user=request.user, language=language)
        return response

    @staticmethod
    def _set_cookie(response: HttpResponse, language: str) -> None:
        # The same cookie, with the same attributes, as Django's own language switch sets.
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
