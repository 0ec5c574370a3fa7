from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Staff accounts: sign-in with a second factor, sessions, re-authentication, preferences."""

    name = "accounts"
    default_auto_field = "django.db.models.BigAutoField"
