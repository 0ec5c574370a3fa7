"""Petitions to UN mandates and the bundles built for them."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.models.testimony import Testimony
from testimony.models.vocabularies import Mandate
from testimony.text import NormalizedCharField, NormalizedTextField


class Petition(models.Model):
    """A named collection sent to a UN mandate, with its cover letter and what happened next."""

    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    title = NormalizedCharField(_("title"), max_length=200)
    mandate = models.ForeignKey(Mandate, verbose_name=_("mandate"), on_delete=models.PROTECT)
    summary = NormalizedTextField(
        _("opening paragraph"),
        help_text=_("The cover letter's own words: what the petition is about and what it asks."),
    )
    contact = NormalizedTextField(
        _("contact for the mandate"),
        blank=True,
        help_text=_("How the mandate reaches the organisation. The UN keeps it confidential."),
    )
    confidentiality = NormalizedTextField(
        _("confidentiality"),
        # English on purpose, not translated: it goes into the cover letter to the UN, which is
        # written in English whatever language the coordinator's screen is in.
        default=(
            "The identity of the submitting organisation and of every witness is to be kept "
            "confidential. Witnesses are named by pseudonym or initials only, as each consented."
        ),
    )
    testimonies = models.ManyToManyField(
        Testimony, verbose_name=_("testimonies"), blank=True, related_name="petitions"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # What happened next
    sent_on = models.DateField(_("date sent"), null=True, blank=True)
    un_reference = NormalizedCharField(_("UN reference"), max_length=100, blank=True)
    government_reply = NormalizedTextField(_("government reply"), blank=True)
    reply_on = models.DateField(_("date of the reply"), null=True, blank=True)
    published_in = NormalizedCharField(
        _("published in the communications report"), max_length=200, blank=True
    )
    published_on = models.DateField(_("date published"), null=True, blank=True)

    # The petition's own words the cover letter prints as typed: no redaction review reads them.
    OWN_TEXT_FIELDS = ("title", "summary", "contact", "confidentiality")

    class Meta:
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("testimony:petition", kwargs={"slug": self.slug})

    def recorded_names(self) -> dict[str, list[str]]:
        """Per field of its own text, the names of persons recorded in testimonies that it
        writes (anonymize/recorded_names.py); only the fields that write one."""
        from testimony.anonymize.recorded_names import recorded_names_by_field

        return recorded_names_by_field({name: getattr(self, name) for name in self.OWN_TEXT_FIELDS})

    def open_follow_up(self) -> str:
        """What the coordinator is waiting for, or "" when nothing is open."""
        if self.sent_on is None:
            return str(_("Not sent yet"))
        if self.reply_on is None:
            return str(_("Waiting for the government's reply"))
        if not self.published_in:
            return str(_("Waiting for publication in the communications report"))
        return ""


def recorded_name_message(names: list[str]) -> str:
    """Why a petition's own text cannot be sent: it names recorded persons."""
    return _(
        "This names a person recorded in a testimony (%(names)s). The petition's own words go "
        "into the cover letter as you type them, with no redaction: write the person's "
        "pseudonym instead."
    ) % {"names": ", ".join(f"“{name}”" for name in names)}


class Bundle(models.Model):
    """One build of a petition's ZIP: what went in, and how the build went."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting for a worker")
        RUNNING = "running", _("Building")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    petition = models.ForeignKey(Petition, on_delete=models.PROTECT, related_name="bundles")
    # {"case_code": version} of what was selected; the builder re-checks each on reading.
    selection = models.JSONField(_("testimonies and versions"), default=dict)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    progress = models.PositiveIntegerField(_("files done"), default=0)
    total = models.PositiveIntegerField(_("files to make"), default=0)
    error = models.TextField(_("why it failed"), blank=True)
    file_name = models.CharField(_("file"), max_length=200, blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    size = models.PositiveBigIntegerField(_("size"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("built by"), on_delete=models.PROTECT
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("bundle")
        verbose_name_plural = _("bundles")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.petition.slug} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def percent(self) -> int:
        if self.state == self.State.DONE:
            return 100
        return int(100 * self.progress / self.total) if self.total else 0
