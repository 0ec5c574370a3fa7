"""The audit trail's rows (written and verified by testimony/audit.py)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.models.testimony import Testimony


class AuditEvent(models.Model):
    """One entry of the trail of changes, views of identities and exports.

    Holds who, what and when, and the names of fields that changed - never their values.
    """

    class Action(models.TextChoices):
        CREATED = "testimony.created", _("created the testimony")
        EDITED = "testimony.edited", _("edited the testimony")
        VIEWED = "testimony.viewed", _("opened the testimony")
        IDENTITIES_VIEWED = "identities.viewed", _("viewed the identities")
        STATUS_CHANGED = "testimony.status_changed", _("changed the status")
        ASSIGNED = "testimony.assigned", _("assigned a reviewer")
        COMMENTED = "review.commented", _("commented")
        CONSENT_WITHDRAWN = "consent.withdrawn", _("recorded a withdrawal of consent")
        REDACTION_CHANGED = "anonymization.changed", _("changed a redaction")
        ANONYMIZATION_APPROVED = "anonymization.approved", _("approved the anonymized text")
        PASSAGES_APPROVED = (
            "anonymization.passages_approved",
            _("approved the indicators' passages"),
        )
        BUNDLE_BUILT = "bundle.built", _("built a bundle")
        BUNDLE_DOWNLOADED = "bundle.downloaded", _("downloaded a bundle")
        PETITION_CHANGED = "petition.changed", _("changed a petition")
        LOGIN = "auth.login", _("logged in")
        LOGIN_FAILED = "auth.login_failed", _("failed to log in")
        LOGOUT = "auth.logout", _("logged out")
        ROLES_CHANGED = "auth.roles_changed", _("changed roles")
        OTP_VERIFIED = "auth.otp_verified", _("passed the second factor")
        OTP_FAILED = "auth.otp_failed", _("failed the second factor")
        DEVICE_ADDED = "auth.device_added", _("added a second-factor device")
        DEVICE_REMOVED = "auth.device_removed", _("removed a second-factor device")
        RECOVERY_CODES_CREATED = "auth.recovery_codes_created", _("made new recovery codes")
        PASSWORD_CHANGED = "auth.password_changed", _("changed their password")
        REAUTHENTICATED = "auth.reauthenticated", _("confirmed their password")
        SESSION_EXPIRED = "auth.session_expired", _("was signed out: session expired")
        LOCKED_OUT = "auth.locked_out", _("was locked out after failed attempts")
        DEMO_LOADED = "demo.loaded", _("loaded demo data")
        ATTACHMENT_UPLOADED = "attachment.uploaded", _("uploaded an attachment")
        ATTACHMENT_DOWNLOADED = "attachment.downloaded", _("downloaded an attachment")
        ATTACHMENT_DELETED = "attachment.deleted", _("deleted an attachment")
        ADMIN_VIEWED = "admin.viewed", _("opened it in the administration")
        NAME_SEARCHED = "search.by_name", _("searched by name")
        PASSWORD_SET = "auth.password_set", _("set the password of another account")
        DRAFT_KEPT = "draft.kept", _("kept a form sent after the session ended")
        DRAFT_RESTORED = "draft.restored", _("restored unsaved work")
        IMPORTED = "import.file", _("imported testimonies from a file")
        ENTITY_MERGED = "entity.merged", _("merged duplicate entities")
        ENTITY_MERGE_UNDONE = "entity.merge_undone", _("undid a merge of entities")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    action = models.CharField(_("what"), max_length=40, choices=Action.choices)
    testimony = models.ForeignKey(
        Testimony,
        verbose_name=_("testimony"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="audit_events",
    )
    changed_fields = models.JSONField(_("changed fields"), default=list, blank=True)
    # What the event is about when it is not a testimony (a user whose roles changed), and
    # non-sensitive particulars (the statuses of a transition). Never names or texts.
    object_type = models.CharField(_("object type"), max_length=40, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    # The hash chain: each event's hash covers its content and the hash before it, so an
    # altered, removed or reordered row breaks the chain (manage.py verify_audit).
    sequence = models.PositiveBigIntegerField(_("sequence"), unique=True)
    prev_hash = models.CharField(_("previous hash"), max_length=64)
    hash = models.CharField(_("hash"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-sequence"]
        indexes = [models.Index(fields=["testimony", "-sequence"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action}"

    def get_action_display(self) -> str:
        """The action in words, or as stored if it has none. Django's own version translates
        every label of the ~30 choices at each call, and a detail page lists 50 events."""
        return str(dict(self.Action.choices).get(self.action, self.action))
