"""The data of a testimony: the interview, its structured facts, persons, consent and indicators.

Identity-bearing text is held in `EncryptedTextField`s (see crypto.py). Nothing here changes a
status: workflow.py will own that.
"""

import re
import uuid
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField, name_digests

PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def validate_partial_date(value: str) -> None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD, each a real calendar value."""
    match = PARTIAL_DATE_RE.match(value)
    if not match:
        raise ValidationError(
            _("Enter a year (2016), a year and month (2016-03) or a full date (2016-03-21)."),
            code="invalid_partial_date",
        )
    year, month, day = match.groups()
    if not 1900 <= int(year) <= 2100:
        raise ValidationError(_("Enter a year between 1900 and 2100."), code="invalid_year")
    if month and not 1 <= int(month) <= 12:
        raise ValidationError(_("The month must be between 01 and 12."), code="invalid_month")
    if day:
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            raise ValidationError(
                _("%(value)s is not a day of the calendar."),
                code="invalid_day",
                params={"value": value},
            ) from None


def latest_day(partial: str) -> str:
    """The last day a partial date can mean, as a comparable string: "2016" -> "2016-99-99".

    ISO partial dates compare in calendar order as strings, and padding with 99 makes "2016"
    end after every "2016-MM-DD", so a period from 2016-03 to 2016 is accepted.
    """
    return partial + "-99" * (2 - partial.count("-"))


currency_validator = RegexValidator(
    r"^[A-Z]{3}$", _("Enter a three-letter currency code such as USD, KWD, RUB, CNY or KPW.")
)


class Vocabulary(models.Model):
    """A controlled term (HURIDOCS micro-thesaurus style), edited by admins."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name (English)"), max_length=120)
    name_ko = models.CharField(_("name (Korean)"), max_length=120, blank=True)
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

    address = models.TextField(_("postal or e-mail address"), blank=True)

    class Meta(Vocabulary.Meta):
        verbose_name = _("mandate")
        verbose_name_plural = _("mandates")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    VERIFIED = "verified", _("Verified")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Consent withdrawn")
    ARCHIVED = "archived", _("Archived")


class Language(models.TextChoices):
    KOREAN = "ko", _("Korean")
    ENGLISH = "en", _("English")
    CHINESE = "zh", _("Chinese")
    RUSSIAN = "ru", _("Russian")
    OTHER = "other", _("Other")


class Knowledge(models.TextChoices):
    EYEWITNESS = "eyewitness", _("Eyewitness (experienced or saw it)")
    HEARSAY = "hearsay", _("Hearsay (heard it from others)")
    BOTH = "both", _("Both")


class Recruitment(models.TextChoices):
    STATE_ASSIGNMENT = "state_assignment", _("Assigned by the state")
    APPLIED = "applied", _("Applied or volunteered")
    BRIBE = "bribe", _("Paid a bribe to be selected")
    OTHER = "other", _("Other")
    UNKNOWN = "unknown", _("Not stated")


class WagePeriod(models.TextChoices):
    HOUR = "hour", _("per hour")
    DAY = "day", _("per day")
    MONTH = "month", _("per month")
    YEAR = "year", _("per year")
    CONTRACT = "contract", _("for the whole contract")


class Ending(models.TextChoices):
    RETURNED = "returned", _("Returned to North Korea")
    ESCAPED = "escaped", _("Escaped from the worksite")
    DEFECTED = "defected", _("Defected")
    STILL_ABROAD = "still_abroad", _("Still working abroad")
    OTHER = "other", _("Other")
    UNKNOWN = "unknown", _("Not stated")


def current_year() -> int:
    return timezone.now().year


class Testimony(models.Model):
    """One interview with one witness, with the facts it establishes.

    The case code is assigned from a yearly sequence and never derived from a name; URLs use the
    opaque UUID.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case_code = models.CharField(_("case code"), max_length=20, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    revision = models.PositiveIntegerField(
        _("revision"), default=1, help_text=_("Raised by every save; detects conflicting edits.")
    )

    # The interview
    interview_date = models.DateField(_("interview date"))
    interview_place = models.CharField(_("interview place"), max_length=200)
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("interviewer"),
        on_delete=models.PROTECT,
        related_name="interviews",
    )
    interpreter = models.CharField(_("interpreter"), max_length=200, blank=True)
    interview_language = models.CharField(
        _("interview language"), max_length=10, choices=Language.choices, default=Language.KOREAN
    )
    knowledge = models.CharField(
        _("how the witness knows"),
        max_length=20,
        choices=Knowledge.choices,
        default=Knowledge.EYEWITNESS,
    )

    # Work abroad
    country = models.ForeignKey(
        Country, verbose_name=_("country of work"), on_delete=models.PROTECT
    )
    work_site = models.CharField(
        _("site of work"),
        max_length=200,
        blank=True,
        help_text=_("Camp, factory, vessel or city, as the witness describes it."),
    )
    sector = models.ForeignKey(Sector, verbose_name=_("sector"), on_delete=models.PROTECT)
    period_start = models.CharField(
        _("period from"),
        max_length=10,
        blank=True,
        validators=[validate_partial_date],
        help_text=_("Year, year-month or full date: 2014, 2014-06 or 2014-06-01."),
    )
    period_end = models.CharField(
        _("period to"), max_length=10, blank=True, validators=[validate_partial_date]
    )

    # Recruitment and pay
    recruitment = models.CharField(
        _("recruitment"), max_length=20, choices=Recruitment.choices, default=Recruitment.UNKNOWN
    )
    bribe_paid = models.BooleanField(_("bribe paid to be sent abroad"), null=True, blank=True)
    promised_wage_amount = models.DecimalField(
        _("promised wage"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    promised_wage_currency = models.CharField(
        _("currency"), max_length=3, blank=True, validators=[currency_validator]
    )
    promised_wage_period = models.CharField(
        _("period"), max_length=10, choices=WagePeriod.choices, blank=True
    )
    received_wage_amount = models.DecimalField(
        _("wage received"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    received_wage_currency = models.CharField(
        _("currency"), max_length=3, blank=True, validators=[currency_validator]
    )
    received_wage_period = models.CharField(
        _("period"), max_length=10, choices=WagePeriod.choices, blank=True
    )

    # Conditions
    hours_per_day = models.PositiveSmallIntegerField(
        _("working hours per day"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
    )
    days_off_per_month = models.PositiveSmallIntegerField(
        _("days off per month"), null=True, blank=True, validators=[MaxValueValidator(31)]
    )
    passport_confiscated = models.BooleanField(_("passport confiscated"), null=True, blank=True)
    movement_restricted = models.BooleanField(_("movement restricted"), null=True, blank=True)
    surveillance = models.BooleanField(_("surveillance by minders"), null=True, blank=True)
    loyalty_contributions = models.BooleanField(
        _("forced 'loyalty' contributions"), null=True, blank=True
    )
    violence = models.BooleanField(_("violence"), null=True, blank=True)
    threats_to_family = models.BooleanField(_("threats to family"), null=True, blank=True)
    ending = models.CharField(
        _("how it ended"), max_length=20, choices=Ending.choices, default=Ending.UNKNOWN
    )

    # Moderation
    assigned_reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned reviewer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews_assigned",
    )
    submitted_at = models.DateTimeField(_("submitted for review"), null=True, blank=True)
    shared_with = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("shared with"),
        blank=True,
        related_name="testimonies_shared",
        help_text=_("Interviewers who may see this testimony besides its author."),
    )

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.PROTECT,
        related_name="testimonies_entered",
    )
    created_at = models.DateTimeField(_("entered"), default=timezone.now, editable=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last edited by"),
        on_delete=models.PROTECT,
        related_name="testimonies_edited",
    )
    updated_at = models.DateTimeField(_("last edited"), default=timezone.now)

    class Meta:
        verbose_name = _("testimony")
        verbose_name_plural = _("testimonies")
        ordering = ["-created_at"]
        permissions = [
            ("view_all_testimonies", _("Can see every testimony, not only own and shared ones")),
            ("review_testimony", _("Can review, request changes to and verify testimonies")),
            ("approve_testimony", _("Can approve testimonies for export")),
            ("withdraw_consent", _("Can record that a witness withdrew consent")),
        ]
        indexes = [
            models.Index(fields=["status", "submitted_at"]),
            models.Index(fields=["status", "-created_at"]),
            models.Index(fields=["country", "-created_at"]),
            models.Index(fields=["sector", "-created_at"]),
            models.Index(fields=["interviewer", "-created_at"]),
            models.Index(fields=["created_by", "status", "-updated_at"]),
            # No index on the period: its range conditions match most rows, and an index there
            # lures SQLite into sorting them all instead of walking created_at to a page.
            models.Index(fields=["-created_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours_per_day__isnull=True)
                | models.Q(hours_per_day__gte=1, hours_per_day__lte=24),
                name="testimony_hours_per_day_in_a_day",
            ),
            models.CheckConstraint(
                condition=models.Q(days_off_per_month__isnull=True)
                | models.Q(days_off_per_month__lte=31),
                name="testimony_days_off_in_a_month",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values), name="testimony_status_known"
            ),
        ]

    def __str__(self) -> str:
        return self.case_code

    def get_absolute_url(self) -> str:
        return reverse("testimony:detail", kwargs={"uuid": self.uuid})

    def clean(self) -> None:
        errors = {}
        if self.interview_date and self.interview_date > timezone.localdate():
            errors["interview_date"] = _("The interview date cannot be in the future.")
        if (
            self.period_start
            and self.period_end
            and latest_day(self.period_end) < self.period_start
        ):
            errors["period_end"] = _("The period cannot end before it starts.")
        for prefix in ("promised", "received"):
            amount = getattr(self, f"{prefix}_wage_amount")
            if amount is not None and not getattr(self, f"{prefix}_wage_currency"):
                errors[f"{prefix}_wage_currency"] = _("Say which currency this wage was in.")
        if errors:
            raise ValidationError(errors)

    @property
    def period_display(self) -> str:
        if self.period_start and self.period_end:
            return f"{self.period_start} – {self.period_end}"
        if self.period_start:
            return _("from %(start)s") % {"start": self.period_start}
        if self.period_end:
            return _("until %(end)s") % {"end": self.period_end}
        return ""

    def approved_anonymization(self) -> "Anonymization | None":
        """The approved redaction of the current version, if there is one."""
        if "anonymizations" in getattr(self, "_prefetched_objects_cache", {}):
            # Lists of testimonies prefetch them: no query per testimony.
            return next(
                (
                    anonymization
                    for anonymization in self.anonymizations.all()
                    if anonymization.version_number == self.revision
                    and anonymization.approved_at is not None
                ),
                None,
            )
        return self.anonymizations.filter(
            version_number=self.revision, approved_at__isnull=False
        ).first()

    def witness(self) -> "Person | None":
        return self.persons.filter(role=Person.Role.WITNESS).first()


class Narrative(models.Model):
    """What the witness said, in the original language and in English.

    Encrypted, since it names people, and kept out of the Testimony row: narratives run to many
    kilobytes, and lists and searches that scan testimonies must not read them.
    """

    testimony = models.OneToOneField(
        Testimony, on_delete=models.CASCADE, primary_key=True, related_name="narrative"
    )
    language = models.CharField(
        _("language of the original"),
        max_length=10,
        choices=Language.choices,
        default=Language.KOREAN,
    )
    original = EncryptedTextField(_("narrative (original language)"))
    english = EncryptedTextField(_("narrative (English translation)"), blank=True)

    class Meta:
        verbose_name = _("narrative")
        verbose_name_plural = _("narratives")

    def __str__(self) -> str:
        return _("Narrative of %(case)s") % {"case": self.testimony.case_code}


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
    pseudonym = models.CharField(
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
    witnessed_by = models.CharField(_("witnessed by"), max_length=200, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self) -> str:
        return _("Consent for %(case)s") % {"case": self.testimony.case_code}

    def clean(self) -> None:
        if self.given_on and self.given_on > timezone.localdate():
            raise ValidationError({"given_on": _("Consent cannot be dated in the future.")})

    def allows_un_submission(self) -> bool:
        return self.un_submission and self.given_on is not None and bool(self.method)

    def is_recorded(self) -> bool:
        return self.given_on is not None


class Indicator(models.TextChoices):
    """The eleven ILO indicators of forced labour."""

    ABUSE_OF_VULNERABILITY = "abuse_of_vulnerability", _("Abuse of vulnerability")
    DECEPTION = "deception", _("Deception")
    RESTRICTION_OF_MOVEMENT = "restriction_of_movement", _("Restriction of movement")
    ISOLATION = "isolation", _("Isolation")
    VIOLENCE = "physical_sexual_violence", _("Physical and sexual violence")
    INTIMIDATION = "intimidation_threats", _("Intimidation and threats")
    RETENTION_OF_DOCUMENTS = "retention_of_documents", _("Retention of identity documents")
    WITHHOLDING_OF_WAGES = "withholding_of_wages", _("Withholding of wages")
    DEBT_BONDAGE = "debt_bondage", _("Debt bondage")
    ABUSIVE_CONDITIONS = "abusive_conditions", _("Abusive working and living conditions")
    EXCESSIVE_OVERTIME = "excessive_overtime", _("Excessive overtime")


class IndicatorTag(models.Model):
    """An ILO indicator a testimony supports, with the passage that supports it."""

    class Phase(models.TextChoices):
        RECRUITMENT = "recruitment", _("Recruitment")
        EMPLOYMENT = "employment", _("Work and life under duress")
        LEAVING = "leaving", _("Impossibility of leaving")

    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="indicators")
    indicator = models.CharField(_("indicator"), max_length=40, choices=Indicator.choices)
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    # Quoted from the narrative, so it may name people: encrypted like the narrative.
    passage = EncryptedTextField(_("supporting passage"))

    class Meta:
        verbose_name = _("indicator tag")
        verbose_name_plural = _("indicator tags")
        ordering = ["testimony", "indicator"]
        indexes = [models.Index(fields=["indicator", "testimony"])]
        constraints = [
            models.UniqueConstraint(
                fields=["testimony", "indicator", "phase"], name="indicator_once_per_phase"
            ),
            models.CheckConstraint(
                condition=models.Q(indicator__in=Indicator.values), name="indicator_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_indicator_display()} ({self.get_phase_display()})"


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
    snapshot = EncryptedTextField(_("snapshot"))

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


class PublicFigure(models.Model):
    """Someone whose name stays in exported text: the leadership, not a witness.

    Matched by full name only, so a witness who shares the surname Kim is still redacted.
    """

    name = models.CharField(_("name (romanized)"), max_length=120, unique=True)
    hangul = models.CharField(_("name (Hangul)"), max_length=60, blank=True)
    variants = models.TextField(
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
    """

    testimony = models.ForeignKey(
        Testimony, on_delete=models.CASCADE, related_name="anonymizations"
    )
    version_number = models.PositiveIntegerField(_("of version"))
    decisions = EncryptedTextField(_("decisions"), blank=True)
    original = models.TextField(_("anonymized original"), blank=True)
    english = models.TextField(_("anonymized English"), blank=True)
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


class Petition(models.Model):
    """A named collection sent to a UN mandate, with its cover letter and what happened next."""

    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    title = models.CharField(_("title"), max_length=200)
    mandate = models.ForeignKey(Mandate, verbose_name=_("mandate"), on_delete=models.PROTECT)
    summary = models.TextField(
        _("opening paragraph"),
        help_text=_("The cover letter's own words: what the petition is about and what it asks."),
    )
    contact = models.TextField(
        _("contact for the mandate"),
        blank=True,
        help_text=_("How the mandate reaches the organisation. The UN keeps it confidential."),
    )
    confidentiality = models.TextField(
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
    un_reference = models.CharField(_("UN reference"), max_length=100, blank=True)
    government_reply = models.TextField(_("government reply"), blank=True)
    reply_on = models.DateField(_("date of the reply"), null=True, blank=True)
    published_in = models.CharField(
        _("published in the communications report"), max_length=200, blank=True
    )
    published_on = models.DateField(_("date published"), null=True, blank=True)

    class Meta:
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("testimony:petition", kwargs={"slug": self.slug})

    def open_follow_up(self) -> str:
        """What the coordinator is waiting for, or "" when nothing is open."""
        if self.sent_on is None:
            return str(_("Not sent yet"))
        if self.reply_on is None:
            return str(_("Waiting for the government's reply"))
        if not self.published_in:
            return str(_("Waiting for publication in the communications report"))
        return ""


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


class AuditEvent(models.Model):
    """One entry of the trail of changes, views of identities and exports.

    Holds who, what and when, and the names of fields that changed - never their values.
    """

    class Action(models.TextChoices):
        CREATED = "testimony.created", _("created the testimony")
        EDITED = "testimony.edited", _("edited the testimony")
        VIEWED = "testimony.viewed", _("opened the testimony")
        IDENTITIES_VIEWED = "identities.viewed", _("viewed the identities")
        STATUS_CHANGED = "testimony.status_changed", _("changed the status")
        ASSIGNED = "testimony.assigned", _("assigned a reviewer")
        COMMENTED = "review.commented", _("commented")
        CONSENT_WITHDRAWN = "consent.withdrawn", _("recorded a withdrawal of consent")
        REDACTION_CHANGED = "anonymization.changed", _("changed a redaction")
        ANONYMIZATION_APPROVED = "anonymization.approved", _("approved the anonymized text")
        BUNDLE_BUILT = "bundle.built", _("built a bundle")
        BUNDLE_DOWNLOADED = "bundle.downloaded", _("downloaded a bundle")
        PETITION_CHANGED = "petition.changed", _("changed a petition")
        LOGIN = "auth.login", _("logged in")
        LOGIN_FAILED = "auth.login_failed", _("failed to log in")
        LOGOUT = "auth.logout", _("logged out")
        ROLES_CHANGED = "auth.roles_changed", _("changed roles")
        OTP_VERIFIED = "auth.otp_verified", _("passed the second factor")
        OTP_FAILED = "auth.otp_failed", _("failed the second factor")
        DEVICE_ADDED = "auth.device_added", _("added a second-factor device")
        DEVICE_REMOVED = "auth.device_removed", _("removed a second-factor device")
        RECOVERY_CODES_CREATED = "auth.recovery_codes_created", _("made new recovery codes")
        PASSWORD_CHANGED = "auth.password_changed", _("changed their password")
        REAUTHENTICATED = "auth.reauthenticated", _("confirmed their password")
        SESSION_EXPIRED = "auth.session_expired", _("was signed out: session expired")
        LOCKED_OUT = "auth.locked_out", _("was locked out after failed attempts")
        DEMO_LOADED = "demo.loaded", _("loaded demo data")
        ATTACHMENT_UPLOADED = "attachment.uploaded", _("uploaded an attachment")
        ATTACHMENT_DOWNLOADED = "attachment.downloaded", _("downloaded an attachment")
        ATTACHMENT_DELETED = "attachment.deleted", _("deleted an attachment")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    action = models.CharField(_("what"), max_length=40, choices=Action.choices)
    testimony = models.ForeignKey(
        Testimony,
        verbose_name=_("testimony"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="audit_events",
    )
    changed_fields = models.JSONField(_("changed fields"), default=list, blank=True)
    # What the event is about when it is not a testimony (a user whose roles changed), and
    # non-sensitive particulars (the statuses of a transition). Never names or texts.
    object_type = models.CharField(_("object type"), max_length=40, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    # The hash chain: each event's hash covers its content and the hash before it, so an
    # altered, removed or reordered row breaks the chain (manage.py verify_audit).
    sequence = models.PositiveBigIntegerField(_("sequence"), unique=True)
    prev_hash = models.CharField(_("previous hash"), max_length=64)
    hash = models.CharField(_("hash"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-sequence"]
        indexes = [models.Index(fields=["testimony", "-sequence"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action}"

    def get_action_display(self) -> str:
        """The action in words, or as stored if it has none. Django's own version translates
        every label of the ~30 choices at each call, and a detail page lists 50 events."""
        return str(dict(self.Action.choices).get(self.action, self.action))


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
    data_key = EncryptedTextField(_("file key"), blank=True)
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
