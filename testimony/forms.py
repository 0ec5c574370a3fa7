"""Forms for entering, editing and finding testimonies. They validate; they never write."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Fieldset, Layout, Row
from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MaxLengthValidator
from django.db.models import Q, QuerySet
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from testimony.anonymize.recorded_names import recorded_names_by_field
from testimony.anonymize.review_texts import FIELD_NAME_RE
from testimony.crypto import name_digests
from testimony.formsets import SentRowsFormSet
from testimony.models import (
    FIRST_YEAR,
    Consent,
    ConsentWithdrawal,
    Country,
    Indicator,
    IndicatorTag,
    Language,
    Mandate,
    Narrative,
    Person,
    Petition,
    Province,
    ReviewComment,
    Sector,
    Status,
    Testimony,
    current_year,
    validate_ascii_digits,
    validate_not_before_first_year,
    validate_year,
)
from testimony.models.petitions import recorded_name_message
from testimony.posting_forms import (
    BaseEntityLinkFormSet,
    BasePostingFormSet,
    CaseNotesForm,
    CurrencyField,
    EntityLinkFormSet,
    PostingFormSet,
    currency_datalist,
    entity_datalists,
    posting_initial,
)
from testimony.text import NormalizedFormField

# The testimony's columns that summarise its postings (services.postings_summary writes them):
# the first posting's country, site, sector and recruitment, the whole period, the last ending.
POSTING_SUMMARY_FIELDS = (
    "country",
    "work_site",
    "sector",
    "period_start",
    "period_end",
    "recruitment",
    "ending",
)

TRI_STATE_CHOICES = [("unknown", _("Not stated")), ("true", _("Yes")), ("false", _("No"))]


# The yes/no facts of a testimony, where the witness's silence is recorded as "not stated".
TRI_STATE_FACTS = (
    "bribe_paid",
    "passport_confiscated",
    "movement_restricted",
    "surveillance",
    "loyalty_contributions",
    "violence",
    "threats_to_family",
)


# --- Rules across fields, in one place: the entry forms and the spreadsheet import
# (importing/build.py) both call these, so a row is refused in the same sentence either way.

CONSENT_AGREEMENTS = ("un_submission", "informed_state_letter", "informed_public_summary")


def consent_problems(values: dict) -> dict[str, str]:
    """What consent still needs, by field: agreeing to anything needs its date and method."""
    problems: dict[str, str] = {}
    if any(values.get(name) for name in CONSENT_AGREEMENTS):
        if not values.get("given_on"):
            problems["given_on"] = str(_("Record the date on which the witness gave consent."))
        if not values.get("method"):
            problems["method"] = str(_("Record how the witness gave consent."))
    return problems


def public_name_problem(public_name: str, family_in_north_korea: bool | None) -> str | None:
    """A witness whose family is still in North Korea may be named by initials or not at all."""
    if public_name == Consent.PublicName.FULL and family_in_north_korea:
        return str(
            _(
                "The witness's family is still in North Korea, so a public report may use "
                "initials or no name, never the full name."
            )
        )
    return None


def witness_count_problem(roles: list[str]) -> str | None:
    """A testimony has exactly one witness."""
    if sum(1 for role in roles if role == Person.Role.WITNESS) != 1:
        return str(
            _(
                "Record exactly one person with the role Witness: the person who gave this "
                "testimony (their name may be left blank)."
            )
        )
    return None


def birth_year_problems(interview: date | None, birth_year: int | None, role: str) -> dict:
    """Nobody is born after the interview: said on the person's year of birth ("birth_year")
    and, for the witness, on the interview date too ("interview_date")."""
    if interview is None or birth_year is None or birth_year <= interview.year:
        return {}
    problems = {
        "birth_year": str(
            _("The year of birth is after the interview (%(year)s).") % {"year": interview.year}
        )
    }
    if role == Person.Role.WITNESS:
        problems["interview_date"] = str(
            _("The interview cannot be before the witness's year of birth (%(year)s).")
            % {"year": birth_year}
        )
    return problems


class TriStateSelect(forms.NullBooleanSelect):
    """Yes / No / Not stated: a witness's silence on a fact is recorded as such, not as 'no'."""

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs)
        self.choices = TRI_STATE_CHOICES


def _active_or_current(queryset: QuerySet, current_id: int | None) -> QuerySet:
    """Offer active vocabulary terms, plus the one already chosen even if since retired."""
    condition = Q(is_active=True)
    if current_id:
        condition |= Q(pk=current_id)
    return queryset.filter(condition)


class PastDateField(forms.DateField):
    """A full date written with the digits 0-9, not before 1 January 1945 (the model's clean()
    refuses a date in the future in words of its own)."""

    default_validators = [validate_not_before_first_year]

    def to_python(self, value: object) -> object:
        if isinstance(value, str):
            validate_ascii_digits(value)
        return super().to_python(value)


class YearField(forms.IntegerField):
    """A year written with the digits 0-9, not before 1945 (Person.clean refuses a future one)."""

    default_validators = [validate_not_before_first_year]

    def __init__(self, *args: object, **kwargs: object) -> None:
        # The model field's wider bounds would add a second message for the same mistake.
        kwargs.pop("min_value", None)
        kwargs.pop("max_value", None)
        super().__init__(*args, **kwargs)
        self.widget.attrs.update({"inputmode": "numeric"})

    def to_python(self, value: object) -> int | None:
        if isinstance(value, str):
            validate_ascii_digits(value)
        return super().to_python(value)


class TestimonyForm(forms.ModelForm):
    class Meta:
        model = Testimony
        fields = [
            "interview_date",
            "interview_place",
            "interviewer",
            "interpreter",
            "interview_language",
            "knowledge",
            "bribe_paid",
            "promised_wage_amount",
            "promised_wage_currency",
            "promised_wage_period",
            "received_wage_amount",
            "received_wage_currency",
            "received_wage_period",
            "hours_per_day",
            "days_off_per_month",
            "passport_confiscated",
            "movement_restricted",
            "surveillance",
            "loyalty_contributions",
            "violence",
            "threats_to_family",
            "domestic_remedies",
        ]
        field_classes = {
            "interview_date": PastDateField,
            "promised_wage_currency": CurrencyField,
            "received_wage_currency": CurrencyField,
        }
        widgets = {
            "interview_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **{name: TriStateSelect() for name in TRI_STATE_FACTS},
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["interviewer"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("username")
        )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Fieldset(
                _("Interview"),
                Row(
                    Column("interview_date", css_class="col-md-3"),
                    Column("interview_place", css_class="col-md-3"),
                    Column("interviewer", css_class="col-md-3"),
                    Column("interpreter", css_class="col-md-3"),
                ),
                Row(
                    Column("interview_language", css_class="col-md-6"),
                    Column("knowledge", css_class="col-md-6"),
                ),
            ),
        )
        # The facts render after the narrative, which is a form of its own; fields left out of
        # a layout are not rendered, so the two helpers split one form in two.
        self.facts_helper = FormHelper()
        self.facts_helper.form_tag = False
        self.facts_helper.disable_csrf = True
        self.facts_helper.layout = Layout(
            Fieldset(
                _("Recruitment and pay"),
                Row(Column("bribe_paid", css_class="col-md-6")),
                Row(
                    Column("promised_wage_amount", css_class="col-md-2"),
                    Column("promised_wage_currency", css_class="col-md-2"),
                    Column("promised_wage_period", css_class="col-md-2"),
                    Column("received_wage_amount", css_class="col-md-2"),
                    Column("received_wage_currency", css_class="col-md-2"),
                    Column("received_wage_period", css_class="col-md-2"),
                ),
            ),
            Fieldset(
                _("Conditions and how it ended"),
                Row(
                    Column("hours_per_day", css_class="col-md-3"),
                    Column("days_off_per_month", css_class="col-md-3"),
                    Column("passport_confiscated", css_class="col-md-3"),
                    Column("movement_restricted", css_class="col-md-3"),
                ),
                Row(
                    Column("surveillance", css_class="col-md-3"),
                    Column("loyalty_contributions", css_class="col-md-3"),
                    Column("violence", css_class="col-md-3"),
                    Column("threats_to_family", css_class="col-md-3"),
                ),
                Row(Column("domestic_remedies", css_class="col-md-6")),
            ),
        )

    def _update_errors(self, errors: forms.ValidationError) -> None:
        # The summary of the postings (country, period ...) is written by the service from the
        # postings, which say what is wrong in their own rows; the model's check of the
        # summary it held before this edit has no field here to be shown on.
        if hasattr(errors, "error_dict"):
            errors = forms.ValidationError(
                {
                    name: messages
                    for name, messages in errors.error_dict.items()
                    if name not in POSTING_SUMMARY_FIELDS
                }
            )
            if not errors.error_dict:
                return
        super()._update_errors(errors)


# The facts of a testimony: its form's, and the summary of its postings that its own columns
# hold (versions recorded before postings existed have them as their only place).
# In the order the entry form had them before postings, so diffs of old versions read alike.
FACT_FIELDS = [
    *TestimonyForm.Meta.fields[: TestimonyForm.Meta.fields.index("knowledge") + 1],
    *[name for name in POSTING_SUMMARY_FIELDS if name != "ending"],
    *TestimonyForm.Meta.fields[
        TestimonyForm.Meta.fields.index("knowledge") + 1 : TestimonyForm.Meta.fields.index(
            "domestic_remedies"
        )
    ],
    "ending",
    "domestic_remedies",
]


class NarrativeForm(forms.ModelForm):
    class Meta:
        model = Narrative
        fields = ["language", "original", "english"]
        widgets = {
            "original": forms.Textarea(attrs={"rows": 14}),
            "english": forms.Textarea(attrs={"rows": 14, "lang": "en"}),
        }

    def __init__(self, *args: object, masked: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Masked (identities not revealed): the saved texts are neither shown nor taken from
        # the request; the page shows them machine-redacted and saving keeps them.
        self.masked = masked and self.instance.pk is not None
        rows = [Row(Column("language", css_class="col-md-4"))]
        if self.masked:
            del self.fields["original"], self.fields["english"]
        else:
            language = self["language"].value() or Language.KOREAN
            if language in (code for code, _label in Language.choices if code != Language.OTHER):
                self.fields["original"].widget.attrs["lang"] = language
            rows.append(
                Row(
                    Column("original", css_class="col-lg-6"),
                    Column("english", css_class="col-lg-6"),
                )
            )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(Fieldset(_("Narrative"), *rows))


class RevisionForm(forms.Form):
    """The revision the editor loaded; a mismatch on save means someone else saved first.

    `identities` says how the form was shown: "shown" (the originals, under a grant) or
    "masked" (identity fields empty, narrative read-only), which decides what a blank means."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    identities = forms.ChoiceField(
        choices=[("masked", "masked"), ("shown", "shown")],
        widget=forms.HiddenInput,
        required=False,
    )


IDENTITY_FIELDS = ("name_romanized", "name_hangul", "aliases", "contact_details")


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = [
            "role",
            "pseudonym",
            "name_romanized",
            "name_hangul",
            "aliases",
            "sex",
            "birth_year",
            "home_province",
            "family_in_north_korea",
            "contact_details",
        ]
        field_classes = {"birth_year": YearField}
        widgets = {
            "aliases": forms.Textarea(attrs={"rows": 2}),
            "contact_details": forms.Textarea(attrs={"rows": 2}),
            "name_romanized": forms.TextInput(attrs={"autocomplete": "off"}),
            "name_hangul": forms.TextInput(attrs={"autocomplete": "off", "lang": "ko"}),
            "family_in_north_korea": TriStateSelect(),
        }

    def __init__(self, *args: object, masked: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["home_province"].queryset = _active_or_current(
            Province.objects.all(), self.instance.home_province_id if self.instance.pk else None
        )
        # Masked: a saved person's names and contact details start empty; left empty they
        # keep their saved value, typed they replace it.
        self.masked_fields = IDENTITY_FIELDS if masked and self.instance.pk else ()
        for name in self.masked_fields:
            self.initial[name] = ""
            self.fields[name].widget.attrs["placeholder"] = _(
                "hidden: unchanged unless you type a new value"
            )

    def clean(self) -> dict:
        cleaned = super().clean()
        for name in self.masked_fields:
            if not cleaned.get(name):
                cleaned[name] = getattr(self.instance, name)
        return cleaned


class BasePersonFormSet(SentRowsFormSet):
    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        problem = witness_count_problem(
            [
                form.cleaned_data.get("role")
                for form in self.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
        )
        if problem:
            raise forms.ValidationError(problem)

    def witness_family_in_north_korea(self) -> bool:
        return any(
            form.cleaned_data.get("family_in_north_korea")
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("role") == Person.Role.WITNESS
        )


PersonFormSet = inlineformset_factory(
    Testimony, Person, form=PersonForm, formset=BasePersonFormSet, extra=0, can_delete=True
)


class ConsentForm(forms.ModelForm):
    class Meta:
        model = Consent
        fields = [
            "un_submission",
            "informed_state_letter",
            "informed_public_summary",
            "public_name",
            "recipients",
            "given_on",
            "method",
            "witnessed_by",
            "notes",
        ]
        field_classes = {"given_on": PastDateField}
        widgets = {
            "given_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "witnessed_by": forms.TextInput(),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Row(
                Column("un_submission", css_class="col-md-4"),
                Column("informed_state_letter", css_class="col-md-4"),
                Column("informed_public_summary", css_class="col-md-4"),
            ),
            Row(
                Column("public_name", css_class="col-md-3"),
                Column("recipients", css_class="col-md-3"),
                Column("given_on", css_class="col-md-2"),
                Column("method", css_class="col-md-2"),
                Column("witnessed_by", css_class="col-md-2"),
            ),
            "notes",
        )

    def clean(self) -> dict:
        cleaned = super().clean()
        for name, problem in consent_problems(cleaned).items():
            self.add_error(name, problem)
        return cleaned

    def check_against_persons(self, person_formset: BasePersonFormSet) -> None:
        """A witness whose family is still in North Korea may be named by initials or not at all."""
        problem = public_name_problem(
            self.cleaned_data.get("public_name"), person_formset.witness_family_in_north_korea()
        )
        if problem:
            self.add_error("public_name", problem)


class IndicatorTagForm(forms.ModelForm):
    class Meta:
        model = IndicatorTag
        fields = ["indicator", "phase", "passage"]
        widgets = {"passage": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: object, masked: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Masked: a saved passage (it may quote a name) is shown machine-redacted, read-only.
        self.masked = masked and self.instance.pk is not None
        if self.masked:
            del self.fields["passage"]


IndicatorFormSet = inlineformset_factory(
    Testimony,
    IndicatorTag,
    form=IndicatorTagForm,
    formset=SentRowsFormSet,
    extra=0,
    can_delete=True,
)


@dataclass
class TestimonyEntry:
    """The forms of one entry page, validated together so that every error shows at once."""

    testimony: TestimonyForm
    narrative: NarrativeForm
    persons: BasePersonFormSet
    consent: ConsentForm
    indicators: BaseInlineFormSet
    postings: BasePostingFormSet
    entities: BaseEntityLinkFormSet
    notes: CaseNotesForm

    @classmethod
    def for_testimony(
        cls, testimony: Testimony, data: QueryDict | None = None, *, masked: bool = False
    ) -> "TestimonyEntry":
        """The forms of the entry page. `masked`: identities not revealed (reveal.py); saved
        names, contact details, narratives and passages are not shown and, left as they are
        shown, are kept."""
        existing = testimony.pk is not None
        masked = masked and existing
        narrative = getattr(testimony, "narrative", None) if existing else None
        consent = getattr(testimony, "consent", None) if existing else None
        notes = getattr(testimony, "notes", None) if existing else None
        kwargs = {"masked": masked}
        # A testimony saved before postings existed (or by a bulk path) shows the posting its
        # own columns describe as its first row.
        initial = (
            [posting_initial(testimony)] if existing and not testimony.postings.exists() else None
        )
        postings = PostingFormSet(data, instance=testimony, prefix="postings", initial=initial)
        persons = PersonFormSet(data, instance=testimony, prefix="persons", form_kwargs=kwargs)
        if data is None and not existing:
            # A new testimony starts with a row for its witness.
            persons = PersonFormSet(
                instance=testimony, prefix="persons", initial=[{"role": Person.Role.WITNESS}]
            )
            persons.extra = 1
        return cls(
            testimony=TestimonyForm(data, instance=testimony),
            narrative=NarrativeForm(data, instance=narrative, prefix="narrative", masked=masked),
            persons=persons,
            consent=ConsentForm(data, instance=consent, prefix="consent"),
            indicators=IndicatorFormSet(
                data, instance=testimony, prefix="indicators", form_kwargs=kwargs
            ),
            postings=postings,
            entities=EntityLinkFormSet(
                data, instance=testimony, prefix="entities", form_kwargs=kwargs
            ),
            notes=CaseNotesForm(data, instance=notes, prefix="notes", masked=masked),
        )

    def all(self) -> list[forms.BaseForm | BaseInlineFormSet]:
        return [
            self.testimony,
            self.narrative,
            self.postings,
            self.persons,
            self.consent,
            self.indicators,
            self.entities,
            self.notes,
        ]

    def datalists(self) -> dict[str, list[str]]:
        """Recorded entities and currency codes the page offers as the user types."""
        return {**entity_datalists(), "currency-names": currency_datalist()}

    def is_valid(self) -> bool:
        results = [form.is_valid() for form in self.all()]
        if self.persons.is_valid() and self.consent.is_valid():
            self.consent.check_against_persons(self.persons)
        self.check_birth_years()
        return (
            all(results)
            and not self.consent.errors
            and not self.testimony.errors
            and not any(self.persons.errors)
        )

    def check_birth_years(self) -> None:
        """Nobody is born after the interview: said on the person's year of birth, and for the
        witness on the interview date too, since either may be the mistake."""
        interview = self.testimony.cleaned_data.get("interview_date")
        if interview is None or not self.persons.is_valid():
            return
        for form in self.persons.forms:
            data = form.cleaned_data
            birth_year = data.get("birth_year") if data and not data.get("DELETE") else None
            problems = birth_year_problems(interview, birth_year, data.get("role") if data else "")
            if "birth_year" in problems:
                form.add_error("birth_year", problems["birth_year"])
            if "interview_date" in problems:
                self.testimony.add_error("interview_date", problems["interview_date"])


class ListedChoices(forms.models.ModelChoiceIterator):
    """The options in one plain query. Django's own reads them with `iterator()`, which on
    PostgreSQL is a server-side cursor: three round trips for a list of twenty, on every
    request of the list page."""

    def __iter__(self) -> Iterator[tuple]:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset.all():
            yield self.choice(obj)


class FilterYearField(forms.IntegerField):
    """A year to filter by, written with the digits 0-9, between 1945 and this year: "٢٠١٥"
    (Arabic-Indic) or fullwidth digits are refused in words, never read as another year."""

    default_validators = [validate_year]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.widget.attrs.update({"min": FIRST_YEAR, "max": current_year()})

    def to_python(self, value: object) -> int | None:
        if isinstance(value, str):
            validate_ascii_digits(value)
        return super().to_python(value)


class ListedModelChoiceField(forms.ModelChoiceField):
    iterator = ListedChoices


class TestimonyFilterForm(forms.Form):
    """The list page's filters. Every field is optional; bad values are reported, not ignored."""

    q = NormalizedFormField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Case code, place, site or exact name")}
        ),
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Status.choices]
    )
    country = ListedModelChoiceField(
        label=_("Country"),
        required=False,
        queryset=Country.objects.all(),
        empty_label=_("Any country"),
        to_field_name="code",
    )
    sector = ListedModelChoiceField(
        label=_("Sector"),
        required=False,
        queryset=Sector.objects.all(),
        empty_label=_("Any sector"),
        to_field_name="code",
    )
    indicator = forms.ChoiceField(
        label=_("Indicator"),
        required=False,
        choices=[("", _("Any indicator")), *Indicator.choices],
    )
    interviewer = ListedModelChoiceField(
        label=_("Interviewer"),
        required=False,
        queryset=get_user_model().objects.none(),
        empty_label=_("Anyone"),
        to_field_name="username",
    )
    year_from = FilterYearField(label=_("Worked from (year)"), required=False)
    year_to = FilterYearField(label=_("Worked until (year)"), required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Active accounts, not "everyone who ever interviewed": that would scan every testimony.
        self.fields["interviewer"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("username")
        )

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("year_from"), cleaned.get("year_to")
        if start and end and end < start:
            self.add_error("year_to", _("The end year is before the start year."))
        return cleaned


class TransitionForm(forms.Form):
    """The reason given with a decision; required for change requests and rejections."""

    note = NormalizedFormField(
        label=_("Reason"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def commentable_fields() -> list[tuple[str, str]]:
    """The fields a reviewer can point a comment at, labelled as the entry form labels them."""
    choices = [("", _("The testimony as a whole"))]
    choices.append(("narrative", _("Narrative")))
    for name in TestimonyForm.Meta.fields:
        choices.append((name, str(Testimony._meta.get_field(name).verbose_name).capitalize()))
    choices += [
        ("persons", _("Persons")),
        ("consent", _("Consent")),
        ("indicators", _("Indicators")),
    ]
    return choices


# A comment is shown machine-redacted on every view of the detail page (reveal.py): a
# five-megabyte one made each of those views run the anonymizer for tens of seconds.
COMMENT_MAX_CHARS = 10_000


class CommentForm(forms.ModelForm):
    class Meta:
        model = ReviewComment
        fields = ["field", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        body = self.fields["body"]
        body.max_length = COMMENT_MAX_CHARS
        body.validators.append(MaxLengthValidator(COMMENT_MAX_CHARS))
        body.widget.attrs["maxlength"] = str(COMMENT_MAX_CHARS)
        self.fields["field"] = forms.ChoiceField(
            label=_("About"), choices=commentable_fields(), required=False
        )


class AssignForm(forms.Form):
    reviewer = forms.ModelChoiceField(
        label=_("Reviewer"), queryset=get_user_model().objects.none(), empty_label=None
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        reviewers = Q(groups__permissions__codename="review_testimony") | Q(is_superuser=True)
        self.fields["reviewer"].queryset = (
            get_user_model()
            .objects.filter(reviewers, is_active=True)
            .distinct()
            .order_by("username")
        )


class WithdrawalForm(forms.ModelForm):
    confirm = forms.BooleanField(
        label=_(
            "I understand that this locks the testimony and removes it from every future export."
        ),
        required=True,
    )

    class Meta:
        model = ConsentWithdrawal
        fields = ["withdrawn_on", "how", "note"]
        field_classes = {"withdrawn_on": PastDateField}
        widgets = {
            "withdrawn_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.Textarea(attrs={"rows": 3}),
        }


class VersionCompareForm(forms.Form):
    old = forms.TypedChoiceField(label=_("From version"), coerce=int)
    new = forms.TypedChoiceField(label=_("To version"), coerce=int)

    def __init__(self, *args: object, numbers: list[int], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        choices = [(number, f"v{number}") for number in numbers]
        self.fields["old"].choices = choices
        self.fields["new"].choices = choices


class RedactionForm(forms.Form):
    """Where a redaction is: which text of the review (a narrative or an indicator's passage,
    review_texts.py), and offsets into it in code points (what Python counts and the page's
    script counts too), with the text the reviewer saw selected there."""

    field = forms.RegexField(regex=rf"\A(?:{FIELD_NAME_RE.pattern})\Z", max_length=80)
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)
    # Browsers send a selected line break as CRLF: normalized like the narrative, never stripped.
    selected = NormalizedFormField(required=False, strip=False)

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is not None and end is not None and end <= start:
            raise forms.ValidationError(_("Select the words to redact, then try again."))
        return cleaned


class SelectionForm(RedactionForm):
    """A stretch the reviewer selected, with the words the browser saw there: the server
    redacts only if its own text holds exactly those words at those offsets."""

    selected = NormalizedFormField(
        strip=False,
        error_messages={
            "required": _(
                "Your browser did not send the selected words; reload the page and select "
                "them again."
            )
        },
    )


class ReviewPersonForm(forms.Form):
    """A person the redaction review registers from the statement: a new person with a role,
    or further names (aliases) of a person registered already. Names as the statement writes
    them, in Latin letters or Hangul; the witness is registered on the entry page only (a
    testimony has exactly one)."""

    NEW = ""

    person = forms.ChoiceField(label=_("Register the name as"), required=False)
    role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[("", "—")]
        + [(value, label) for value, label in Person.Role.choices if value != Person.Role.WITNESS],
    )
    name = NormalizedFormField(label=_("Name as written"), max_length=120)
    other_name = NormalizedFormField(
        label=_("Also written (other script or spelling)"), max_length=120, required=False
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args: object, persons: list[Person], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.persons = {str(person.uuid): person for person in persons}
        self.fields["person"].choices = [(self.NEW, _("a new person"))] + [
            (
                key,
                _("another name of %(pseudonym)s (%(name)s)")
                % {"pseudonym": person.pseudonym, "name": " / ".join(person.all_names()[:2])},
            )
            for key, person in self.persons.items()
        ]

    def clean_name(self) -> str:
        return _a_name(self.cleaned_data["name"])

    def clean_other_name(self) -> str:
        other = self.cleaned_data["other_name"]
        return _a_name(other) if other.strip() else ""

    def clean(self) -> dict:
        cleaned = super().clean()
        chosen = self.persons.get(cleaned.get("person") or self.NEW)
        if chosen is None and not cleaned.get("role"):
            self.add_error("role", _("Choose the role of the new person."))
        for field in ("name", "other_name"):
            typed = cleaned.get(field)
            if not typed:
                continue
            digests = name_digests([typed])
            for person in self.persons.values():
                if person is not chosen and digests & name_digests(person.all_names()):
                    self.add_error(
                        field,
                        _("This name is registered already, for %(pseudonym)s.")
                        % {"pseudonym": person.pseudonym},
                    )
                    break
        return cleaned

    def chosen_person(self) -> Person | None:
        return self.persons.get(self.cleaned_data.get("person") or self.NEW)

    def names(self) -> list[str]:
        return [
            name for name in (self.cleaned_data["name"], self.cleaned_data["other_name"]) if name
        ]


def _a_name(value: str) -> str:
    """A name as typed, on one line, or a ValidationError saying what is wrong with it."""
    name = " ".join(value.split())
    if not any(character.isalpha() for character in name):
        raise forms.ValidationError(_("A name needs letters; digits and signs alone are no name."))
    return name


class RiskSettingsForm(forms.Form):
    """How precisely dates and ages would be released, for the re-identification check."""

    DEFAULTS = {"date_precision": "year", "age_width": "10"}

    date_precision = forms.ChoiceField(
        label=_("Period released as"),
        choices=[("year", _("Year")), ("month", _("Year and month"))],
        initial="year",
    )
    age_width = forms.ChoiceField(
        label=_("Age released in bands of"),
        choices=[("10", _("10 years")), ("20", _("20 years"))],
        initial="10",
    )


class PetitionOwnTextForm(forms.ModelForm):
    """A petition's own words (title, opening paragraph, contact, confidentiality) go into the
    cover letter as typed, with no redaction review: a name of a person recorded in any
    testimony is refused there, in the application's form and in Django admin alike."""

    def clean(self) -> dict:
        cleaned = super().clean()
        texts = {
            name: cleaned.get(name) or ""
            for name in Petition.OWN_TEXT_FIELDS
            if name in self.fields
        }
        for name, names in recorded_names_by_field(texts).items():
            self.add_error(name, recorded_name_message(names))
        return cleaned


class PetitionForm(PetitionOwnTextForm):
    class Meta:
        model = Petition
        fields = ["title", "slug", "mandate", "summary", "contact", "confidentiality"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "contact": forms.Textarea(attrs={"rows": 2}),
            "confidentiality": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mandate"].queryset = _active_or_current(
            Mandate.objects.all(), self.instance.mandate_id if self.instance.pk else None
        )


class FollowUpForm(forms.ModelForm):
    class Meta:
        model = Petition
        fields = [
            "sent_on",
            "un_reference",
            "reply_on",
            "government_reply",
            "published_in",
            "published_on",
        ]
        field_classes = {
            "sent_on": PastDateField,
            "reply_on": PastDateField,
            "published_on": PastDateField,
        }
        widgets = {
            "sent_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "reply_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "published_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "government_reply": forms.Textarea(attrs={"rows": 3}),
        }


class ReauthenticationForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class StatisticsForm(forms.Form):
    """Which testimonies the dashboard's statistics cover."""

    petition = forms.ModelChoiceField(
        label=_("Petition"),
        queryset=Petition.objects.none(),
        required=False,
        empty_label=_("All exportable testimonies"),
        to_field_name="slug",
    )
    year_from = FilterYearField(label=_("Worked from (year)"), required=False)
    year_to = FilterYearField(label=_("Worked until (year)"), required=False)

    def __init__(self, *args: object, petitions: list[Petition], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["petition"].queryset = Petition.objects.filter(pk__in=[p.pk for p in petitions])
