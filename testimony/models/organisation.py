"""The submitting organisation: the letterhead, contact and signatory of every cover letter.

One record at most (its primary key is always 1), edited by admins in Django admin. Without it
the organisation is only the name in settings (`TESTIMONY_ORGANISATION`), as before.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from testimony.text import NormalizedCharField, NormalizedTextField

ORGANISATION_PK = 1


class Organisation(models.Model):
    """Who submits the bundles: name, postal address, e-mail, phone and who signs."""

    name = NormalizedCharField(
        _("name"),
        max_length=200,
        help_text=_("As it should appear on the cover letter, in English."),
    )
    postal_address = NormalizedTextField(
        _("postal address"), blank=True, help_text=_("One line per line of the address.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = NormalizedCharField(_("phone"), max_length=60, blank=True)
    signatory_name = NormalizedCharField(
        _("signatory's name"), max_length=120, blank=True, help_text=_("Who signs the letters.")
    )
    signatory_title = NormalizedCharField(
        _("signatory's title"), max_length=120, blank=True, help_text=_("e.g. Director")
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisation")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pk=ORGANISATION_PK), name="organisation_single_record"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        # One record only: whichever way it is saved, it is the record.
        self.pk = ORGANISATION_PK
        super().save(*args, **kwargs)

    @classmethod
    def current(cls) -> "Organisation":
        """The record, or (unsaved) one of the settings' name when admins have made none."""
        found = cls.objects.filter(pk=ORGANISATION_PK).first()
        if found is not None:
            return found
        return cls(name=settings.TESTIMONY_ORGANISATION)

    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.postal_address.splitlines() if line.strip()]
