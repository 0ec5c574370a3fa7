"""One row of a sheet as the models it becomes, checked without building the entry forms.

Building the entry page's five forms and four formsets for every row cost ~35 ms a row (10,000
rows: six minutes before anything was written). Here a row becomes its model instances
directly and is checked by the same rules the entry page applies, from the same places:

- each field by its model field (`clean_fields`: lengths, choices, validators such as the
  partial date and the currency code) and each model's `clean()` (no future date, a period that
  ends before it starts, a wage without its currency, a year of birth before 1945);
- a required field left empty, in the form's own words ("This field is required.");
- the rules across fields that the forms apply, called from `testimony.forms` (consent needs
  its date and method, no full name in public while the family is in North Korea, exactly one
  witness, nobody born after the interview);
- the currency as the entry form reads it (`CurrencyField`: "달러", "$", "USD").

Vocabularies and users arrive as instances looked up once per file (validate.RowReader), so a
row costs no query; the duplicate check is one query per batch of rows (run.py).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache

from django import forms as django_forms
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models as django_models
from django.db.models.expressions import DatabaseDefault

from testimony.forms import (
    POSTING_SUMMARY_FIELDS,
    TRI_STATE_FACTS,
    birth_year_problems,
    consent_problems,
    public_name_problem,
    witness_count_problem,
)
from testimony.importing.columns import EXTRA_PERSON_ROLES
from testimony.models import (
    Consent,
    IndicatorTag,
    Narrative,
    Person,
    Posting,
    Testimony,
)
from testimony.posting_forms import CurrencyField
from testimony.services import postings_summary

REQUIRED = str(django_forms.Field.default_error_messages["required"])
INVALID_DATE = str(django_forms.DateField.default_error_messages["invalid"])
MAX_POSTINGS = 3
NO_DEFAULT = object()
# Called with the target (as the entry page names the field) and the sentence.
Say = Callable[[str, str], None]
TESTIMONY_TEXT = ("interview_place", "interpreter")
TESTIMONY_CHOICES = ("interview_language", "knowledge", "domestic_remedies")
WAGE_FIELDS = ("promised", "received")
PERSON_FIELDS = ("pseudonym", "name_romanized", "name_hangul", "aliases", "contact_details")
CONSENT_FLAGS = ("un_submission", "informed_state_letter", "informed_public_summary")


@dataclass
class Parts:
    """What one row creates, unsaved; bulk.py writes many at once."""

    testimony: Testimony
    narrative: Narrative
    persons: list[Person]
    consent: Consent
    postings: list[Posting]
    indicators: list[IndicatorTag] = field(default_factory=list)


@dataclass
class Vocabularies:
    """Instances by primary key, loaded once per file."""

    countries: dict[int, django_models.Model]
    sectors: dict[int, django_models.Model]
    provinces: dict[int, django_models.Model]
    users: dict[int, AbstractBaseUser]


@cache
def _checked_fields(
    model: type[django_models.Model],
) -> tuple[tuple[django_models.Field, object], ...]:
    """The fields `clean_fields` would check, each with its fixed (not computed) default
    (valid by definition) or NO_DEFAULT."""
    return tuple(
        (
            model_field,
            model_field.default
            if model_field.has_default() and not callable(model_field.default)
            else NO_DEFAULT,
        )
        for model_field in model._meta.fields
        if not model_field.generated
    )


@cache
def _initial_values(model: type[django_models.Model]) -> tuple[list[object], tuple]:
    """What a new instance of `model` holds before a row's values, worked out once per model:
    each concrete field's default, and the fields whose default is computed for each instance
    (a UUID, the time), as (position, function)."""
    values: list[object] = []
    computed = []
    for position, model_field in enumerate(model._meta.concrete_fields):
        if model_field.has_default() and callable(model_field.default):
            computed.append((position, model_field.default))
            values.append(None)
        else:
            values.append(model_field.get_default())
    return values, tuple(computed)


def _new[ModelT: django_models.Model](model: type[ModelT], **values: object) -> ModelT:
    """`model(**values)`, built faster: every field's default comes from `_initial_values`
    (computed defaults called afresh) and the instance is made by the positional constructor
    Django itself uses for rows read from the database (`Model.from_db`), then the row's
    values are set. The keyword constructor works out every default again for each instance,
    a third of the cost of checking a row."""
    initial, computed = _initial_values(model)
    if computed:
        initial = list(initial)
        for position, default in computed:
            initial[position] = default()
    instance = model(*initial)
    for name, value in values.items():
        setattr(instance, name, value)
    return instance


def _tri_state(value: str) -> bool | None:
    return {"true": True, "false": False}.get(value)


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff" for char in text)


def split_names(text: str) -> list[str]:
    """The names of one cell: separated by ';', a new line or '、' (a Korean list)."""
    for separator in ("\r\n", "\r", "\n", "、", "；"):
        text = text.replace(separator, ";")
    return [name.strip() for name in text.split(";") if name.strip()]


class RowBuilder:
    """Turns the converted values of a row (validate.RowResult.data, keyed as the entry page
    posts them) into Parts, or into problems keyed by that same target."""

    def __init__(self, vocabularies: Vocabularies, by: AbstractBaseUser) -> None:
        self.vocabularies = vocabularies
        self.by = by
        self.currency = CurrencyField(required=False)

    def build(
        self,
        data: dict[str, str],
        indicators: list[tuple[str, str]],
        problem: Say,
    ) -> Parts | None:
        """`problem(target, message)` is called for each problem; None if there was any."""
        count = 0

        def fail(target: str, message: str) -> None:
            nonlocal count
            count += 1
            problem(target, message)

        testimony = self._testimony(data, fail)
        narrative = _new(
            Narrative,
            language=data.get("narrative-language") or data.get("interview_language", "ko"),
            original=data.get("narrative-original", ""),
            english=data.get("narrative-english", ""),
        )
        exclude: tuple[str, ...] = ("testimony",)
        if not narrative.original.strip():
            fail("narrative-original", REQUIRED)
            exclude = ("testimony", "original")
        self._check(narrative, "narrative-", exclude, fail)
        persons = self._persons(data, fail)
        consent = self._consent(data, fail)
        postings = self._postings(data, fail)
        tags = [
            _new(IndicatorTag, indicator=code, phase=IndicatorTag.Phase.EMPLOYMENT, passage=passage)
            for code, passage in indicators
        ]
        for tag in tags:
            self._check(tag, "indicators-", ("testimony",), fail, target="indicators")

        # The rules across fields, from forms.py.
        witness = next(person for person in persons if person.role == Person.Role.WITNESS)
        if message := witness_count_problem([person.role for person in persons]):
            fail("", message)
        if message := public_name_problem(consent.public_name, witness.family_in_north_korea):
            fail("consent-public_name", message)
        for target, message in consent_problems(
            {name: getattr(consent, name) for name in (*CONSENT_FLAGS, "given_on", "method")}
        ).items():
            fail(f"consent-{target}", message)
        for person in persons:
            found = birth_year_problems(testimony.interview_date, person.birth_year, person.role)
            if "birth_year" in found:
                fail("persons-0-birth_year" if person is witness else "", found["birth_year"])
            if "interview_date" in found:
                fail("interview_date", found["interview_date"])
        if count:
            return None
        postings_summary(testimony, [self._posting_row(posting) for posting in postings])
        return Parts(testimony, narrative, persons, consent, postings, tags)

    # --- the parts ------------------------------------------------------------------------

    def _check(
        self,
        instance: django_models.Model,
        prefix: str,
        exclude: tuple[str, ...],
        fail: Say,
        *,
        target: str = "",
        drop: tuple[str, ...] = (),
    ) -> None:
        """The model's own checks, field by field then across fields; `drop`: errors on
        fields that are checked elsewhere (the testimony's summary of its postings)."""
        # Empty fields have nothing to check (the required ones are said by the caller), nor
        # have fields left at their model's default. (Model.clean_fields, checking only those
        # fields: one pass over the fields instead of two.)
        errors: dict[str, list] = {}
        for model_field, default in _checked_fields(type(instance)):
            name = model_field.name
            if name in exclude:
                continue
            value = getattr(instance, model_field.attname)
            if model_field.blank and value in model_field.empty_values:
                continue
            if name == model_field.attname and (
                value in ("", None) or (default is not NO_DEFAULT and value == default)
            ):
                continue
            if isinstance(value, DatabaseDefault):
                continue
            try:
                setattr(instance, model_field.attname, model_field.clean(value, instance))
            except ValidationError as error:
                errors[name] = error.error_list
        found = [ValidationError(errors).message_dict] if errors else []
        try:
            instance.clean()
        except ValidationError as error:
            found.append(error.message_dict)
        for messages_by_name in found:
            for name, messages in messages_by_name.items():
                if name in drop:
                    continue
                where = target or ("" if name == "__all__" else prefix + name)
                fail(where, " ".join(messages))

    def _testimony(self, data: dict[str, str], fail: Say) -> Testimony:
        testimony = _new(
            Testimony,
            interview_place=data.get("interview_place", ""),
            interpreter=data.get("interpreter", ""),
            **{name: data[name] for name in TESTIMONY_CHOICES if data.get(name)},
            **{name: _tri_state(data.get(name, "")) for name in TRI_STATE_FACTS},
        )
        interviewer = self.vocabularies.users.get(int(data.get("interviewer") or self.by.pk))
        testimony.interviewer = interviewer or self.by
        testimony.created_by = testimony.updated_by = self.by
        if day := data.get("interview_date"):
            try:
                testimony.interview_date = date.fromisoformat(day)
            except ValueError:
                fail("interview_date", INVALID_DATE)
        else:
            fail("interview_date", REQUIRED)
        blank: tuple[str, ...] = ()
        if not testimony.interview_place.strip():
            fail("interview_place", REQUIRED)
            blank = ("interview_place",)
        for name in ("hours_per_day", "days_off_per_month"):
            if data.get(name):
                setattr(testimony, name, int(data[name]))
        for prefix in WAGE_FIELDS:
            if data.get(f"{prefix}_wage_amount"):
                setattr(testimony, f"{prefix}_wage_amount", Decimal(data[f"{prefix}_wage_amount"]))
            if data.get(f"{prefix}_wage_period"):
                setattr(testimony, f"{prefix}_wage_period", data[f"{prefix}_wage_period"])
            text = data.get(f"{prefix}_wage_currency", "")
            try:
                setattr(testimony, f"{prefix}_wage_currency", self.currency.clean(text))
            except ValidationError as error:
                fail(f"{prefix}_wage_currency", " ".join(error.messages))
        # The summary of the postings is written from them after the checks (as the service
        # does); the model's check of it here would speak of fields no column gives.
        exclude = (
            "interviewer",
            "country",
            "sector",
            "created_by",
            "updated_by",
            "assigned_reviewer",
            "case_code",
            "interview_date",
            *POSTING_SUMMARY_FIELDS,
            *blank,
        )
        self._check(testimony, "", exclude, fail, drop=POSTING_SUMMARY_FIELDS)
        return testimony

    def _persons(self, data: dict[str, str], fail: Say) -> list[Person]:
        prefix = "persons-0-"
        witness = _new(
            Person,
            role=Person.Role.WITNESS,
            sex=data.get(prefix + "sex") or Person.Sex.UNKNOWN,
            family_in_north_korea=_tri_state(data.get(prefix + "family_in_north_korea", "")),
            **{name: data.get(prefix + name, "") for name in PERSON_FIELDS},
        )
        if data.get(prefix + "birth_year"):
            witness.birth_year = int(data[prefix + "birth_year"])
        if data.get(prefix + "home_province"):
            witness.home_province = self.vocabularies.provinces[int(data[prefix + "home_province"])]
        self._check(witness, prefix, ("testimony", "home_province"), fail)
        persons = [witness]
        for target, role in EXTRA_PERSON_ROLES.items():
            for name in split_names(data.get(target, "")):
                person = _new(Person, role=role)
                if _has_hangul(name):
                    person.name_hangul = name
                else:
                    person.name_romanized = name
                self._check(person, "", ("testimony", "home_province"), fail, target=target)
                persons.append(person)
        return persons

    def _consent(self, data: dict[str, str], fail: Say) -> Consent:
        prefix = "consent-"
        consent = _new(
            Consent,
            **{name: data.get(prefix + name) == "on" for name in CONSENT_FLAGS},
            witnessed_by=data.get(prefix + "witnessed_by", ""),
            notes=data.get(prefix + "notes", ""),
            method=data.get(prefix + "method", ""),
        )
        for name in ("public_name", "recipients"):
            if data.get(prefix + name):
                setattr(consent, name, data[prefix + name])
        try:
            consent.given_on = _date(data.get(prefix + "given_on", ""))
        except ValueError:
            fail(prefix + "given_on", INVALID_DATE)
        self._check(consent, prefix, ("testimony",), fail)
        return consent

    def _postings(self, data: dict[str, str], fail: Say) -> list[Posting]:
        postings: list[Posting] = []
        for number in range(MAX_POSTINGS):
            prefix = f"postings-{number}-"
            given = [
                name
                for name in ("country", "work_site", "sector", "period_start", "period_end")
                if data.get(prefix + name)
            ]
            if number and not given:
                continue
            posting = _new(
                Posting,
                order=len(postings) + 1,
                work_site=data.get(prefix + "work_site", ""),
                period_start=data.get(prefix + "period_start", ""),
                period_end=data.get(prefix + "period_end", ""),
            )
            for name, table in (
                ("country", self.vocabularies.countries),
                ("sector", self.vocabularies.sectors),
            ):
                if data.get(prefix + name):
                    setattr(posting, name, table[int(data[prefix + name])])
                else:
                    fail(prefix + name, REQUIRED)
            self._check(
                posting, prefix, ("testimony", "country", "sector", "site", "employer"), fail
            )
            postings.append(posting)
        # How the witness was recruited opens the first posting; how it ended closes the last.
        if data.get("postings-0-recruitment"):
            postings[0].recruitment = data["postings-0-recruitment"]
        if data.get("postings-0-ending"):
            postings[-1].ending = data["postings-0-ending"]
        return postings

    @staticmethod
    def _posting_row(posting: Posting) -> dict:
        return {
            "country": posting.country,
            "sector": posting.sector,
            "work_site": posting.work_site,
            "period_start": posting.period_start,
            "period_end": posting.period_end,
            "recruitment": posting.recruitment,
            "ending": posting.ending,
        }
