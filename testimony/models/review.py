"""Moderation: versions of a testimony, reviewers' comments and what each reviewer last saw."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField
from testimony.models.testimony import Testimony


class TestimonyVersion(models.Model):
    """A snapshot of a testimony as saved: number 1 is the original as first recorded.

    The snapshot holds every field of the testimony, its narrative, persons, consent and
    indicators as JSON, encrypted, since it contains names.
    """

    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("saved by"), on_delete=models.PROTECT
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)
    snapshot = EncryptedTextField(_("snapshot"), normalize=False)

    class Meta:
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        ordering = ["testimony", "number"]
        constraints = [
            models.UniqueConstraint(fields=["testimony", "number"], name="version_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.testimony.case_code} v{self.number}"


class ReviewComment(models.Model):
    """A reviewer's remark on a testimony as a whole or on one field; a change request if asked."""

    class Kind(models.TextChoices):
        COMMENT = "comment", _("Comment")
        CHANGE_REQUEST = "change_request", _("Change requested")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.COMMENT)
    field = models.CharField(
        _("about the field"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty for a remark on the testimony as a whole."),
    )
    # Reviewers quote the narrative, so a comment may name people.
    body = EncryptedTextField(_("comment"))
    version_number = models.PositiveIntegerField(_("on version"), null=True, blank=True)
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("review comment")
        verbose_name_plural = _("review comments")
        ordering = ["testimony", "created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.testimony.case_code}"


class ReviewVisit(models.Model):
    """The version of a testimony a reviewer last looked at, for "what changed since"."""

    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="visits")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    version_number = models.PositiveIntegerField()
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["testimony", "user"], name="one_visit_per_reviewer")
        ]

    def __str__(self) -> str:
        return f"{self.user} saw v{self.version_number} of {self.testimony.case_code}"
