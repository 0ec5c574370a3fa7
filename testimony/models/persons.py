"""The persons a testimony names, their blind index, the witness's consent and its withdrawal."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField, name_digests
from testimony.models.testimony import (
    Status,
    Testimony,
    current_year,
    validate_past_date,
    validate_year,
)
from testimony.models.vocabularies import Province
from testimony.text import NormalizedCharField


class Person(models.Model):
    """Someone named in a testimony. Every identifying value is encrypted at rest."""

    class Role(models.TextChoices):
        WITNESS = "witness", _("Witness")
        RELATIVE = "relative", _("Relative")
        COWORKER = "coworker", _("Co-worker")
        SUPERVISOR = "supervisor", _("Supervisor or minder")
        OFFICIAL = "official", _("Official")
        OTHER = "other", _("Other")

    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Other")
        UNKNOWN = "unknown", _("Not stated")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="persons")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    name_romanized = EncryptedTextField(_("name (romanized)"), blank=True)
    name_hangul = EncryptedTextField(_("name (Hangul)"), blank=True)
    aliases = EncryptedTextField(
        _("aliases"), blank=True, help_text=_("Other names or spellings, one per line.")
    )
    contact_details = EncryptedTextField(_("contact details"), blank=True)
    pseudonym = NormalizedCharField(
        _("pseudonym"),
        max_length=60,
        blank=True,
        help_text=_("How exports will name this person, e.g. 'Witness A'."),
    )
    sex = models.CharField(_("sex"), max_length=10, choices=Sex.choices, default=Sex.UNKNOWN)
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    home_province = models.ForeignKey(
        Province,
        verbose_name=_("home province"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    family_in_north_korea = models.BooleanField(
        _("family still in North Korea"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        ordering = ["testimony", "id"]
        indexes = [models.Index(Lower("pseudonym"), name="person_pseudonym_lower")]

    def __str__(self) -> str:
        # Never a real name: this string appears in admin, logs and error messages.
        return self.pseudonym or f"{self.get_role_display()} ({self.uuid.hex[:8]})"

    def clean(self) -> None:
        if self.birth_year and self.birth_year > current_year():
            raise ValidationError({"birth_year": _("The year of birth cannot be in the future.")})
        if self.birth_year:
            # The field's own validators allow 1900 (changing them would need a migration).
            try:
                validate_year(self.birth_year)
            except ValidationError as error:
                raise ValidationError({"birth_year": error}) from None

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def all_names(self) -> list[str]:
        names = [self.name_romanized, self.name_hangul, *self.alias_list()]
        return [name for name in names if name]

    def masked_name(self) -> str:
        return "•" * 6 if self.all_names() else ""

    def reindex_names(self) -> None:
        """Replace this person's blind-index digests with those of their current names."""
        digests = name_digests(self.all_names())
        PersonNameIndex.objects.filter(person=self).exclude(digest__in=digests).delete()
        existing = set(PersonNameIndex.objects.filter(person=self).values_list("digest", flat=True))
        PersonNameIndex.objects.bulk_create(
            PersonNameIndex(person=self, digest=digest) for digest in digests - existing
        )


class PersonNameIndex(models.Model):
    """A keyed blind-index digest of one normalized variant of a person's name."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="name_index")
    digest = models.CharField(max_length=64, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "digest"], name="person_digest_unique")
        ]

    def __str__(self) -> str:
        return self.digest[:12]


class Consent(models.Model):
    """What the witness agreed to, recorded before anything is used (rapporteur form items i-l)."""

    class PublicName(models.TextChoices):
        FULL = "full", _("Full name")
        INITIALS = "initials", _("Initials only")
        NONE = "none", _("No name")

    class Recipients(models.TextChoices):
        UN_ONLY = "un_only", _("The UN only")
        PARTNER_NGOS = "partner_ngos", _("The UN and partner NGOs")
        PUBLIC = "public", _("The public")

    class Method(models.TextChoices):
        WRITTEN = "written", _("Signed written form")
        RECORDED = "recorded", _("Audio or video recording")
        ORAL_WITNESSED = "oral_witnessed", _("Oral, before a witness")

    testimony = models.OneToOneField(Testimony, on_delete=models.CASCADE, related_name="consent")
    un_submission = models.BooleanField(_("consents to submission to the UN"), default=False)
    informed_state_letter = models.BooleanField(
        _("knows a letter may go to the authorities of the state concerned"), default=False
    )
    informed_public_summary = models.BooleanField(
        _("knows a summary may appear in a public report"), default=False
    )
    public_name = models.CharField(
        _("name in public reports"),
        max_length=10,
        choices=PublicName.choices,
        default=PublicName.NONE,
    )
    recipients = models.CharField(
        _("who may receive it"),
        max_length=20,
        choices=Recipients.choices,
        default=Recipients.UN_ONLY,
    )
    given_on = models.DateField(_("date consent was given"), null=True, blank=True)
    method = models.CharField(
        _("how it was given"), max_length=20, choices=Method.choices, blank=True
    )
    # Who witnessed the consent and the notes about it often name a relative or an interpreter,
    # so they are encrypted like the names themselves.
    witnessed_by = EncryptedTextField(_("witnessed by"), max_length=200, blank=True)
    notes = EncryptedTextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self) -> str:
        return _("Consent for %(case)s") % {"case": self.testimony.case_code}

    def clean(self) -> None:
        if self.given_on and self.given_on > timezone.localdate():
            raise ValidationError({"given_on": _("Consent cannot be dated in the future.")})
        if self.given_on:
            try:
                validate_past_date(self.given_on)
            except ValidationError as error:
                raise ValidationError({"given_on": error}) from None

    def allows_un_submission(self) -> bool:
        return self.un_submission and self.given_on is not None and bool(self.method)

    def is_recorded(self) -> bool:
        return self.given_on is not None


class ConsentWithdrawal(models.Model):
    """The witness withdrew consent. Kept forever; the testimony is locked from then on."""

    testimony = models.OneToOneField(Testimony, on_delete=models.PROTECT, related_name="withdrawal")
    withdrawn_on = models.DateField(_("date the witness withdrew"))
    how = models.CharField(
        _("how the witness said so"),
        max_length=20,
        choices=[*Consent.Method.choices, ("message", _("Message or call"))],
    )
    note = EncryptedTextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), on_delete=models.PROTECT
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)
    status_before = models.CharField(_("status before"), max_length=20, choices=Status.choices)

    class Meta:
        verbose_name = _("consent withdrawal")
        verbose_name_plural = _("consent withdrawals")

    def __str__(self) -> str:
        return _("Withdrawal for %(case)s") % {"case": self.testimony.case_code}

    def clean(self) -> None:
        if self.withdrawn_on and self.withdrawn_on > timezone.localdate():
            raise ValidationError({"withdrawn_on": _("The date cannot be in the future.")})
        if self.withdrawn_on:
            try:
                validate_past_date(self.withdrawn_on)
            except ValidationError as error:
                raise ValidationError({"withdrawn_on": error}) from None
