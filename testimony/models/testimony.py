"""The interview and the facts it establishes: Testimony, its Narrative and its indicators."""

import re
import uuid
from datetime import date
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField
from testimony.models.vocabularies import Country, Sector
from testimony.text import NormalizedCharField

if TYPE_CHECKING:
    from testimony.models.anonymization import Anonymization
    from testimony.models.persons import Person

# [0-9], not \d: \d also matches other scripts' digits, and "٢٠١٥" sorts after "2099".
PARTIAL_DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")

# No testimony of this collection can concern a year before the end of the Japanese occupation.
FIRST_YEAR = 1945
FIRST_DAY = date(FIRST_YEAR, 1, 1)


def validate_ascii_digits(value: object) -> None:
    """Refuse digits of other scripts (Arabic-Indic, fullwidth): a year is written with 0-9."""
    if any(char.isdigit() and not "0" <= char <= "9" for char in str(value)):
        raise ValidationError(
            _("Write the year with the digits 0-9, e.g. 2015."), code="non_ascii_digits"
        )


def validate_year(year: int) -> None:
    """A year between FIRST_YEAR and this year."""
    if not FIRST_YEAR <= year <= current_year():
        raise ValidationError(
            _("Enter a year between %(first)s and %(last)s."),
            code="invalid_year",
            params={"first": FIRST_YEAR, "last": current_year()},
        )


def validate_not_before_first_year(value: date | int) -> None:
    """A date or year not before FIRST_YEAR; each model's clean() says "not in the future" in
    its own words."""
    year = value.year if isinstance(value, date) else value
    if year < FIRST_YEAR:
        if isinstance(value, date):
            validate_past_date(value)
        validate_year(value)


def validate_past_date(day: date) -> None:
    """A full date between 1 January FIRST_YEAR and today."""
    today = timezone.localdate()
    if not FIRST_DAY <= day <= today:
        raise ValidationError(
            _("Enter a date between %(first)s and %(last)s."),
            code="invalid_date",
            params={"first": FIRST_DAY.isoformat(), "last": today.isoformat()},
        )


def validate_partial_date(value: str) -> None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD, each a real calendar value between FIRST_YEAR and
    today."""
    validate_ascii_digits(value)
    match = PARTIAL_DATE_RE.match(value)
    if not match:
        raise ValidationError(
            _("Enter a year (2016), a year and month (2016-03) or a full date (2016-03-21)."),
            code="invalid_partial_date",
        )
    year, month, day = match.groups()
    validate_year(int(year))
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
    if value > timezone.localdate().isoformat()[: len(value)]:
        raise ValidationError(_("This date is in the future."), code="future_date")


def latest_day(partial: str) -> str:
    """The last day a partial date can mean, as a comparable string: "2016" -> "2016-99-99".

    ISO partial dates compare in calendar order as strings, and padding with 99 makes "2016"
    end after every "2016-MM-DD", so a period from 2016-03 to 2016 is accepted.
    """
    return partial + "-99" * (2 - partial.count("-"))


currency_validator = RegexValidator(
    r"^[A-Z]{3}$", _("Enter a three-letter currency code such as USD, KWD, RUB, CNY or KPW.")
)


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


class DomesticRemedy(models.TextChoices):
    """Steps taken domestically, as a special procedure asks: for a worker under a minder's watch
    abroad, usually none was possible, and a case document must say so explicitly."""

    NONE_POSSIBLE = "none_possible", _("None possible (no access to any authority or remedy)")
    NONE_TAKEN = "none_taken", _("None taken")
    COMPLAINT = "complaint", _("Complaint made")
    REMEDY_SOUGHT = "remedy_sought", _("Remedy sought before a court or authority")
    UNKNOWN = "unknown", _("Not stated")


class Ending(models.TextChoices):
    RETURNED = "returned", _("Returned to North Korea")
    ESCAPED = "escaped", _("Escaped from the worksite")
    DEFECTED = "defected", _("Defected")
    STILL_ABROAD = "still_abroad", _("Still working abroad")
    OTHER = "other", _("Other")
    UNKNOWN = "unknown", _("Not stated")


def current_year() -> int:
    return timezone.now().year


# A row whose interviewer did not enter it: the rows the interviewer reads apart from those
# they entered, held by partial indexes whose condition the statement repeats word for word:
# on the kept facts and witness rows (migration 0044, `views.entities.MentionScope`) and on the
# testimonies (0046, `workflow.visible_testimony_ids`).
INTERVIEWED_NOT_ENTERED = (
    models.Q(created_by_id__isnull=True)
    | models.Q(created_by_id__lt=models.F("interviewer_id"))
    | models.Q(created_by_id__gt=models.F("interviewer_id"))
)


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
    interview_place = NormalizedCharField(_("interview place"), max_length=200)
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("interviewer"),
        on_delete=models.PROTECT,
        related_name="interviews",
    )
    interpreter = NormalizedCharField(_("interpreter"), max_length=200, blank=True)
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
    work_site = NormalizedCharField(
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

    # Steps taken domestically (the details and internal notes are in CaseNotes)
    domestic_remedies = models.CharField(
        _("steps taken domestically"),
        max_length=20,
        choices=DomesticRemedy.choices,
        default=DomesticRemedy.UNKNOWN,
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

    # Columns of an imported sheet that match no field, as "header: value" lines. Staff only:
    # encrypted (any column may hold a name), shown with the identities, never exported.
    imported_extra = EncryptedTextField(_("imported extra (staff only)"), blank=True)

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
            # The corroboration list's country and sector filters read the ids of a country's
            # or a sector's testimonies from these alone (`views.entities._ids_by_index`).
            models.Index(fields=["country", "id"], name="testimony_country_ids_idx"),
            models.Index(fields=["sector", "id"], name="testimony_sector_ids_idx"),
            # The ids of a user's own testimonies, read from these alone by
            # `workflow.visible_testimony_ids` (the persons' list of an interviewer): those
            # they entered, and those they interviewed and did not enter.
            models.Index(fields=["created_by", "id"], name="testimony_author_ids_idx"),
            models.Index(
                fields=["interviewer", "id"],
                name="testimony_interviewed_ids_idx",
                condition=INTERVIEWED_NOT_ENTERED,
            ),
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
        elif self.interview_date and self.interview_date < FIRST_DAY:
            errors["interview_date"] = _("Enter a date between %(first)s and %(last)s.") % {
                "first": FIRST_DAY.isoformat(),
                "last": timezone.localdate().isoformat(),
            }
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
        from testimony.models.persons import Person  # persons.py imports this module

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
