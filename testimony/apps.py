from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class TestimonyConfig(AppConfig):
    name = "testimony"
    verbose_name = _("Testimonies")

    def ready(self) -> None:
        from testimony.crypto import check_encryption_keys

        checks.register(check_encryption_keys, checks.Tags.security)
