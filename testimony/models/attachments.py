"""Evidence files kept with a testimony, and their chain of custody (see attachments.py)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField
from testimony.models.testimony import Testimony


class Attachment(models.Model):
    """A file kept as evidence with a testimony: a consent scan, a document, a photo, a recording.

    The file itself is encrypted under a key of its own (see attachments.py); that key, and the
    original file name (which can name the witness), are held here encrypted with the field keys.
    Deleting keeps this row and its custody trail and destroys the file and its key.
    """

    class Category(models.TextChoices):
        CONSENT_SCAN = "consent_scan", _("Consent form (scan or photo)")
        DOCUMENT = "document", _("Document")
        PHOTO = "photo", _("Photograph")
        AUDIO = "audio", _("Audio recording")
        OTHER = "other", _("Other evidence")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    testimony = models.ForeignKey(Testimony, on_delete=models.PROTECT, related_name="attachments")
    category = models.CharField(_("what it is"), max_length=20, choices=Category.choices)
    # Both found by reading the file's first bytes, never taken from the browser.
    kind = models.CharField(_("file type"), max_length=20)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256 of the file"), max_length=64)
    original_name = EncryptedTextField(_("original file name"), blank=True)
    data_key = EncryptedTextField(_("file key"), blank=True, normalize=False)
    storage_name = models.CharField(_("stored as"), max_length=200, unique=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deleted by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["testimony", "uploaded_at", "id"]

    def __str__(self) -> str:
        # Never the original name: it can contain the witness's.
        return f"{self.get_category_display()} ({self.uuid.hex[:8]})"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def download_name(self) -> str:
        """A file name that says nothing about the person: case code, category and id."""
        return f"{self.testimony.case_code}-{self.category}-{self.uuid.hex[:8]}.{self.kind}"


class CustodyEvent(models.Model):
    """One link of an attachment's chain of custody: who uploaded, downloaded or deleted it.

    Rows are only ever added (on PostgreSQL a trigger refuses UPDATE and DELETE); each event is
    also written to the hash-chained audit trail.
    """

    class Action(models.TextChoices):
        UPLOADED = "uploaded", _("uploaded")
        DOWNLOADED = "downloaded", _("downloaded")
        DELETED = "deleted", _("deleted")

    attachment = models.ForeignKey(Attachment, on_delete=models.PROTECT, related_name="custody")
    action = models.CharField(_("what"), max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("who"), on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("custody event")
        verbose_name_plural = _("custody events")
        ordering = ["attachment", "at", "id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action}"
