"""Imports from files: saved column mappings and uploads waiting between the import's steps."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField


class ImportMapping(models.Model):
    """A column mapping saved for next time: {folded header: field key}."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    columns = models.JSONField(_("columns"), default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("saved by"), on_delete=models.PROTECT
    )
    updated_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        verbose_name = _("import mapping")
        verbose_name_plural = _("import mappings")
        ordering = ["name"]
        permissions = [("import_testimonies", _("Can import testimonies from files"))]

    def __str__(self) -> str:
        return self.name


class ImportUpload(models.Model):
    """A file uploaded for import, kept encrypted (as attachments are) between the mapping,
    preview and import steps, and destroyed after the import or when abandoned."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        PREVIEWED = "previewed", _("Previewed")
        IMPORTED = "imported", _("Imported")
        FAILED = "failed", _("Failed")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), on_delete=models.PROTECT
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    kind = models.CharField(_("file type"), max_length=10)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256 of the file"), max_length=64)
    original_name = EncryptedTextField(_("original file name"), blank=True)
    data_key = EncryptedTextField(_("file key"), normalize=False)
    storage_name = models.CharField(_("stored as"), max_length=200, unique=True)
    # {"columns": [field key per column]} or, for transcripts, {"batch", "facts"}; never cells.
    mapping = models.JSONField(_("mapping"), default=dict, blank=True)
    # A preview or import run as a task (files past IMPORT_SYNC_MAX_BYTES): its state, and its
    # report, encrypted since a problem may quote a cell.
    state = models.CharField(_("state"), max_length=10, choices=State.choices, blank=True)
    report = EncryptedTextField(_("report"), blank=True, normalize=False)

    class Meta:
        verbose_name = _("import upload")
        verbose_name_plural = _("import uploads")

    def __str__(self) -> str:
        return f"{self.kind} ({self.uuid.hex[:8]})"
