"""Anonymization: the public figures kept in exports, and the redaction of each version."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField
from testimony.models.testimony import Testimony
from testimony.text import NormalizedCharField, NormalizedTextField


class PublicFigure(models.Model):
    """Someone whose name stays in exported text: the leadership, not a witness.

    Matched by full name only, so a witness who shares the surname Kim is still redacted.
    """

    name = NormalizedCharField(_("name (romanized)"), max_length=120, unique=True)
    hangul = NormalizedCharField(_("name (Hangul)"), max_length=60, blank=True)
    variants = NormalizedTextField(
        _("other spellings"), blank=True, help_text=_("One spelling per line.")
    )
    is_active = models.BooleanField(_("kept in exports"), default=True)

    class Meta:
        verbose_name = _("public figure")
        verbose_name_plural = _("public figures")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def spellings(self) -> list[str]:
        lines = [self.name, self.hangul, *self.variants.splitlines()]
        return [line.strip() for line in lines if line.strip()]


class Anonymization(models.Model):
    """The redaction of one version of a testimony: the reviewer's decisions, then the result.

    Until approval only the decisions exist (encrypted: they quote names). On approval the
    anonymized original and English texts are stored, in clear: they are what search indexes and
    the only narrative text any export reads.

    `passages`: the indicators' supporting passages as approved, by field name
    ("passage-<indicator>-<phase>": {"digest": keyed digest of the passage reviewed, "text":
    its anonymized text}; review_texts.py). None on an anonymization approved before passages
    were reviewed (migration 0040): a bundle then releases none of its passages until they are
    reviewed alone and stored here (`review.passages_approve`) or a new version is approved.
    """

    testimony = models.ForeignKey(
        Testimony, on_delete=models.CASCADE, related_name="anonymizations"
    )
    version_number = models.PositiveIntegerField(_("of version"))
    decisions = EncryptedTextField(_("decisions"), blank=True, normalize=False)
    original = NormalizedTextField(_("anonymized original"), blank=True)
    english = NormalizedTextField(_("anonymized English"), blank=True)
    passages = models.JSONField(_("anonymized passages"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)

    class Meta:
        verbose_name = _("anonymization")
        verbose_name_plural = _("anonymizations")
        ordering = ["testimony", "-version_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["testimony", "version_number"], name="one_anonymization_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.testimony.case_code} v{self.version_number}"

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None
