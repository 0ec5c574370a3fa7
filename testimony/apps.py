from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class TestimonyConfig(AppConfig):
    name = "testimony"
    verbose_name = _("Testimonies")

    def ready(self) -> None:
        from django.contrib.auth import signals as auth_signals
        from django.contrib.auth.models import User
        from django.db.models.signals import m2m_changed, post_migrate, post_save, pre_save

        from testimony import auth_events, kept_rebuild
        from testimony.crypto import check_encryption_keys

        checks.register(check_encryption_keys, checks.Tags.security)
        auth_signals.user_logged_in.connect(auth_events.record_login, dispatch_uid="audit_login")
        auth_signals.user_logged_out.connect(auth_events.record_logout, dispatch_uid="audit_logout")
        auth_signals.user_login_failed.connect(
            auth_events.record_login_failure, dispatch_uid="audit_login_failed"
        )
        m2m_changed.connect(
            auth_events.record_roles_changed,
            sender=User.groups.through,
            dispatch_uid="audit_roles_changed",
        )
        pre_save.connect(
            auth_events.remember_power_flags, sender=User, dispatch_uid="audit_power_flags_before"
        )
        post_save.connect(
            auth_events.record_power_flags_changed, sender=User, dispatch_uid="audit_power_flags"
        )
        # A migration starts the corroboration pages' queues with a rebuild marker: the worker
        # rebuilds, not the first page.
        post_migrate.connect(
            kept_rebuild.refresh_after_migrate, sender=self, dispatch_uid="kept_rebuild"
        )
