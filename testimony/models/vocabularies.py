"""Controlled vocabularies (HURIDOCS micro-thesaurus style), edited by admins."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from testimony.text import NormalizedCharField, NormalizedTextField


class Vocabulary(models.Model):
    """A controlled term (HURIDOCS micro-thesaurus style), edited by admins."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = NormalizedCharField(_("name (English)"), max_length=120)
    name_ko = NormalizedCharField(_("name (Korean)"), max_length=120, blank=True)
    is_active = models.BooleanField(_("offered in forms"), default=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        if self.name_ko and get_language() == "ko":
            return self.name_ko
        return self.name


class Country(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class Sector(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Province(Vocabulary):
    """A province of North Korea: the released precision of a person's home town."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")


class Mandate(Vocabulary):
    """A UN special procedure a petition can be addressed to."""

    address = NormalizedTextField(_("postal or e-mail address"), blank=True)

    class Meta(Vocabulary.Meta):
        verbose_name = _("mandate")
        verbose_name_plural = _("mandates")
