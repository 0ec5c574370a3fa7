"""The office's own free text about a testimony, kept out of its row and out of every export."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField
from testimony.models.testimony import Testimony


class CaseNotes(models.Model):
    """Steps taken domestically in the witness's words, and internal notes.

    Both may name people, so both are encrypted; neither is ever read by the bundle code
    (release.py): exports carry only reviewed anonymized text, and these texts have no
    anonymization review yet. A table of its own, like the narrative, so that lists scanning
    testimonies never read them.
    """

    testimony = models.OneToOneField(
        Testimony, on_delete=models.CASCADE, primary_key=True, related_name="notes"
    )
    domestic_steps = EncryptedTextField(
        _("steps taken domestically (details)"),
        blank=True,
        help_text=_(
            "Remedies sought, complaints made, or why none were possible. Kept in the office "
            "for now: bundles carry only the choice above."
        ),
    )
    internal_notes = EncryptedTextField(
        _("internal notes"),
        blank=True,
        help_text=_("For the office only: never part of any bundle or export."),
    )

    class Meta:
        verbose_name = _("case notes")
        verbose_name_plural = _("case notes")

    def __str__(self) -> str:
        return _("Notes on %(case)s") % {"case": self.testimony.case_code}
