"""Drafts: what a person typed into the entry or edit form and has not saved yet.

A draft is the form's fields as sent by the browser (names and values, whatever the form holds),
encrypted like the testimony, since it holds names and the narrative. It belongs to its author
alone: nothing looks a draft up except by (author, form), so no other account, an administrator's
included, can reach it, and Django admin does not list drafts at all.
"""

import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField
from testimony.models.testimony import Testimony

# The form key of the entry page; an edit page's key is its testimony's uuid.
NEW_ENTRY = "new"


class DraftQuerySet(models.QuerySet):
    def current(self) -> "DraftQuerySet":
        return self.filter(saved_at__gte=Draft.expiry_cutoff())

    def expired(self) -> "DraftQuerySet":
        return self.filter(saved_at__lt=Draft.expiry_cutoff())


class Draft(models.Model):
    class Source(models.TextChoices):
        AUTOSAVE = "autosave", _("saved while typing")
        EXPIRED_SESSION = "expired_session", _("sent after the session ended")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE
    )
    # "new" for the entry page, the testimony's uuid for its edit page.
    form = models.CharField(_("form"), max_length=40)
    testimony = models.ForeignKey(
        Testimony, verbose_name=_("testimony"), on_delete=models.CASCADE, null=True, blank=True
    )
    # The revision the edit form was loaded at: restoring into a testimony saved since then
    # ends on the conflict page, never in a silent overwrite.
    base_revision = models.PositiveIntegerField(_("loaded at revision"), null=True, blank=True)
    # Whether an edit draft was typed with identities shown (names and narrative in it).
    identities_shown = models.BooleanField(_("identities shown"), default=False)
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.AUTOSAVE
    )
    # JSON list of [name, value] pairs, in the order the browser sent them.
    fields = EncryptedTextField(_("fields"), normalize=False)
    saved_at = models.DateTimeField(_("saved"), default=timezone.now, db_index=True)

    objects = DraftQuerySet.as_manager()

    class Meta:
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        # No permission grants a draft to anyone: only its author reaches it, through
        # testimony/drafts.py, so no role (an administrator's included) can be given one.
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["author", "form"], name="draft_one_per_author_form")
        ]

    def __str__(self) -> str:
        return f"draft {self.uuid}"

    @staticmethod
    def expiry_cutoff() -> datetime:
        return timezone.now() - timedelta(days=settings.TESTIMONY_DRAFT_DAYS)
