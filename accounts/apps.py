from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Staff accounts: sign-in with a second factor, sessions, re-authentication, preferences."""

    name = "accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from accounts.middleware import remember_login_time

        user_logged_in.connect(remember_login_time, dispatch_uid="accounts_remember_login_time")
