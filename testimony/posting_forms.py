"""The entry page's postings, named entities and case notes, and the wage currency field.

Forms validate and never write: a company or site typed by name is resolved to the entity
already recorded under that name (any spelling of case, spaces, hyphens or width), and a name
not yet recorded is left for `services.testimony_create`/`testimony_update` to create.
"""

import uuid

from django import forms
from django.db.models import Q, QuerySet
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from testimony.anonymize.detect import detect_names
from testimony.anonymize.failure import DetectionFailed
from testimony.anonymize.folding import fold_text
from testimony.currencies import CURRENCIES, ambiguous_codes, currency_choices_hint, currency_code
from testimony.entity_linking import final_entity
from testimony.formsets import SentRowsFormSet
from testimony.models import (
    CaseNotes,
    Country,
    Entity,
    EntityRole,
    Posting,
    Sector,
    Testimony,
    TestimonyEntity,
    entity_key,
)
from testimony.text import NormalizedFormField

# Entities a datalist offers at most: beyond it, typing the name still finds the record.
DATALIST_LIMIT = 1000

# The kind an entity named for a role is created as, when no entity has that name yet.
KIND_FOR_ROLE = {
    EntityRole.EMPLOYER: Entity.Kind.COMPANY,
    EntityRole.CONTRACTOR: Entity.Kind.COMPANY,
    EntityRole.RECRUITER: Entity.Kind.COMPANY,
    EntityRole.SENDING_BODY: Entity.Kind.STATE_BODY,
    EntityRole.STATE_AGENCY: Entity.Kind.STATE_BODY,
    EntityRole.SITE: Entity.Kind.SITE,
    EntityRole.VESSEL: Entity.Kind.VESSEL,
    EntityRole.OTHER: Entity.Kind.OTHER,
}
EMPLOYER_KINDS = (Entity.Kind.COMPANY, Entity.Kind.STATE_BODY, Entity.Kind.OTHER)
SITE_KINDS = (Entity.Kind.SITE, Entity.Kind.VESSEL)


class CurrencyField(forms.CharField):
    """A currency typed as a code, a sign or a name ("달러", "dollars", "$"), cleaned to its
    ISO code ("USD"); an unknown or ambiguous name is an error that says what to type."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.pop("max_length", None)  # "미국 달러" is longer than the code it becomes
        kwargs.setdefault("help_text", currency_choices_hint())
        super().__init__(*args, max_length=40, **kwargs)
        self.widget.attrs.update({"placeholder": "USD", "list": "currency-names"})

    def to_python(self, value: object) -> str:
        text = super().to_python(value)
        if not text:
            return ""
        if codes := ambiguous_codes(text):
            raise forms.ValidationError(
                _("“%(text)s” may mean %(codes)s: write the code of the one the witness meant.")
                % {"text": text, "codes": " / ".join(codes)},
                code="ambiguous_currency",
            )
        code = currency_code(text)
        if code is None:
            raise forms.ValidationError(
                _("“%(text)s” is not a currency this form knows. %(hint)s")
                % {"text": text, "hint": currency_choices_hint()},
                code="unknown_currency",
            )
        return code


def entity_matching(name: str, kinds: tuple[str, ...] = ()) -> Entity | None:
    """The entity recorded under `name` (English or Korean name, folded), preferring `kinds`.
    A duplicate merged into another entity resolves to the one it was merged into."""
    key = entity_key(name)
    if not key:
        return None
    found = list(
        Entity.objects.filter(Q(match_key=key) | Q(match_key_ko=key))
        .select_related("merged_into")
        .order_by("pk")
    )
    preferred = [entity for entity in found if entity.kind in kinds]
    return final_entity((preferred or found or [None])[0])


# Uuids of "not the same" entities one field takes at most (the proposals shown number 10).
NOT_SAME_LIMIT = 20


def not_same_uuids(value: str) -> list[uuid.UUID]:
    """The entity uuids the entry script put in a "not the same" field; anything else is
    ignored (the field is hidden: a person never types in it)."""
    found: list[uuid.UUID] = []
    for part in (value or "").split(",")[:NOT_SAME_LIMIT]:
        try:
            found.append(uuid.UUID(part.strip()))
        except ValueError:
            continue
    return found


def resolve_entity_name(
    form: forms.Form, field: str, kinds: tuple[str, ...], new_kind: str
) -> tuple[Entity | None, list[Entity]]:
    """The recorded entity the name typed in `field` stands for, and the entities the user
    said it is not. When the user said the typed name is not the recorded entity of that
    name (the "new" box, or the proposal marked not the same), a new entity is created
    instead, unless one of the same kind already holds that exact name: then the field says
    what to do."""
    cleaned = form.cleaned_data
    name = cleaned.get(field, "")
    found = entity_matching(name, kinds)
    refused = not_same_uuids(cleaned.get(f"{field}_not_same", ""))
    distinct = list(Entity.objects.filter(uuid__in=refused)) if refused and name else []
    wants_new = cleaned.get(f"{field}_new") or (found is not None and found.uuid in refused)
    if found is not None and wants_new and name:
        if Entity.objects.filter(kind=new_kind, match_key=entity_key(name)).exists():
            form.add_error(
                field,
                _(
                    "An entity of this kind is already recorded under exactly this name, so a "
                    "second one cannot be. If it is a different one, add what tells them "
                    "apart, e.g. the city: “%(name)s (Khabarovsk)”."
                )
                % {"name": name},
            )
            return found, distinct
        distinct.append(found)
        found = None
    return found, distinct


def refuse_person_name(form: forms.Form, field: str, name: str, found: Entity | None) -> None:
    """A new entity named like a person is refused on its field. Entities are released by name
    in petition bundles (they are not protected), so "Mr Kim's crew" or "김철민 반장" typed
    here would reach a UN bundle unreviewed; people are recorded as persons, whose names are
    encrypted and pseudonymized. A recorded entity (chosen from the list) is not checked again.
    """
    if not name or found is not None:
        return
    # On the folded copy, as the anonymizer reads: fullwidth letters and zero-width characters
    # do not hide a name.
    try:
        looks_like_a_person = bool(detect_names(fold_text(name).text))
    except DetectionFailed:
        form.add_error(
            field,
            _(
                "This name could not be checked: automatic name detection failed on it (the "
                "failure is logged). Choose a recorded entity, or write the name another way."
            ),
        )
        return
    if looks_like_a_person:
        form.add_error(
            field,
            _(
                "This looks like a person's name. Companies, state bodies, sites and vessels "
                "are released by name in petition bundles; record a person under Persons, "
                "where names are protected, or name the company instead."
            ),
        )


def entity_names(kinds: tuple[str, ...] = ()) -> QuerySet:
    """Names the entry page's datalists offer (the most recently entered first)."""
    queryset = Entity.objects.all()
    if kinds:
        queryset = queryset.filter(kind__in=kinds)
    queryset = queryset.filter(merged_into__isnull=True)
    return queryset.order_by("-created_at").values_list("name", flat=True)[:DATALIST_LIMIT]


def entity_datalists() -> dict[str, list[str]]:
    """The names each datalist of the entry page offers, by the list's id."""
    return {
        "entity-employers": list(entity_names(EMPLOYER_KINDS)),
        "entity-sites": list(entity_names(SITE_KINDS)),
        "entity-all": list(entity_names()),
    }


def currency_datalist() -> list[str]:
    return [currency.code for currency in CURRENCIES]


class EntityNameField(NormalizedFormField):
    """A company, body or site typed by name, offered from a datalist of recorded ones (and,
    with the entry script, proposals from `testimony:entity_suggest` of kind `suggest`)."""

    def __init__(
        self, *args: object, datalist: str, suggest: str = "all", **kwargs: object
    ) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)
        self.widget.attrs.update(
            {"list": datalist, "autocomplete": "off", "data-entity-suggest": suggest}
        )

    def clean(self, value: object) -> str:
        text = super().clean(value)
        if text and not entity_key(text):
            raise forms.ValidationError(_("Enter a name with at least one letter or digit."))
        return text


def not_same_field() -> forms.CharField:
    """Uuids of proposals the user set aside ("create new"), written by the entry script."""
    return forms.CharField(required=False, max_length=1000, widget=forms.HiddenInput)


def new_entity_field() -> forms.BooleanField:
    return forms.BooleanField(
        required=False,
        label=_("A new one: not the entity already recorded under this name"),
    )


def _active_or_current(queryset: QuerySet, current_id: int | None) -> QuerySet:
    condition = Q(is_active=True)
    if current_id:
        condition |= Q(pk=current_id)
    return queryset.filter(condition)


class PostingForm(forms.ModelForm):
    employer_name = EntityNameField(
        label=_("Employer or contractor"),
        datalist="entity-employers",
        help_text=_("Pick a recorded one or type a new name."),
        suggest="employer",
    )
    employer_name_not_same = not_same_field()
    employer_name_new = new_entity_field()
    site_name = EntityNameField(
        label=_("Site or vessel (shared record)"),
        datalist="entity-sites",
        help_text=_("Optional: link the camp or vessel other testimonies name too."),
        suggest="site",
    )
    site_name_not_same = not_same_field()
    site_name_new = new_entity_field()

    class Meta:
        model = Posting
        fields = [
            "country",
            "work_site",
            "sector",
            "period_start",
            "period_end",
            "recruitment",
            "ending",
        ]
        widgets = {
            "period_start": forms.TextInput(attrs={"placeholder": "2014-06"}),
            "period_end": forms.TextInput(attrs={"placeholder": "2016"}),
        }

    # Fields of the posting a snapshot keeps (versions.py), besides the entities' names.
    snapshot_fields = [*Meta.fields, "employer", "site"]

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.pop("masked", None)  # nothing here identifies a person
        super().__init__(*args, **kwargs)
        instance = self.instance
        self.fields["country"].queryset = _active_or_current(
            Country.objects.all(), instance.country_id if instance.pk else None
        )
        self.fields["sector"].queryset = _active_or_current(
            Sector.objects.all(), instance.sector_id if instance.pk else None
        )
        if instance.pk:
            self.initial.setdefault(
                "employer_name", instance.employer.name if instance.employer else ""
            )
            self.initial.setdefault("site_name", instance.site.name if instance.site else "")

    def clean(self) -> dict:
        cleaned = super().clean()
        cleaned["employer_entity"], cleaned["employer_distinct"] = resolve_entity_name(
            self, "employer_name", EMPLOYER_KINDS, Entity.Kind.COMPANY
        )
        cleaned["site_entity"], cleaned["site_distinct"] = resolve_entity_name(
            self, "site_name", SITE_KINDS, Entity.Kind.SITE
        )
        for field, found in (("employer_name", "employer_entity"), ("site_name", "site_entity")):
            refuse_person_name(self, field, cleaned.get(field, ""), cleaned[found])
        return cleaned


def posting_initial(testimony: Testimony) -> dict[str, object]:
    """The first posting as a testimony's own columns describe it (saved before postings)."""
    return {
        "country": testimony.country_id,
        "work_site": testimony.work_site,
        "sector": testimony.sector_id,
        "period_start": testimony.period_start,
        "period_end": testimony.period_end,
        "recruitment": testimony.recruitment,
        "ending": testimony.ending,
    }


class BasePostingFormSet(SentRowsFormSet):
    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        if not self.kept_forms():
            raise forms.ValidationError(
                _(
                    "Record at least one posting: the country where the witness worked, even if "
                    "nothing else about it is known."
                )
            )

    def kept_forms(self) -> list[PostingForm]:
        """The postings that stay, in the order they are shown (the order they are saved in)."""
        return [
            form for form in self.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]


# min_num=1: the first row is validated even when left as shown (it may hold a testimony's own
# columns as its initial values); BasePostingFormSet.clean says what is missing in words.
PostingFormSet = inlineformset_factory(
    Testimony,
    Posting,
    form=PostingForm,
    formset=BasePostingFormSet,
    extra=0,
    min_num=1,
    can_delete=True,
)


class EntityLinkForm(forms.ModelForm):
    entity_name = EntityNameField(
        label=_("Name"), datalist="entity-all", required=True, help_text=_("Pick or type a name.")
    )
    entity_name_not_same = not_same_field()
    entity_name_new = new_entity_field()

    class Meta:
        model = TestimonyEntity
        fields = ["role", "passage"]
        widgets = {"passage": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: object, masked: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["entity_name"].widget.attrs["placeholder"] = _("e.g. Namgang Construction")
        if self.instance.pk:
            self.initial.setdefault("entity_name", self.instance.entity.name)
        # Masked: a saved passage (it may quote a name) is shown machine-redacted, read-only.
        self.masked = masked and self.instance.pk is not None
        if self.masked:
            del self.fields["passage"]

    def clean(self) -> dict:
        cleaned = super().clean()
        role = cleaned.get("role")
        kind = KIND_FOR_ROLE.get(role, Entity.Kind.OTHER)
        cleaned["entity"], cleaned["entity_distinct"] = resolve_entity_name(
            self, "entity_name", (kind,), kind
        )
        cleaned["entity_kind"] = cleaned["entity"].kind if cleaned["entity"] else kind
        refuse_person_name(self, "entity_name", cleaned.get("entity_name", ""), cleaned["entity"])
        return cleaned


class BaseEntityLinkFormSet(SentRowsFormSet):
    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        seen: set[tuple[str, str]] = set()
        for form in self.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE"):
                continue
            entity = data.get("entity")
            name = entity.pk if entity else entity_key(data.get("entity_name", ""))
            key = (str(name), data.get("role"))
            if key in seen:
                form.add_error("entity_name", _("This entity is already named in this role."))
            seen.add(key)


EntityLinkFormSet = inlineformset_factory(
    Testimony,
    TestimonyEntity,
    form=EntityLinkForm,
    formset=BaseEntityLinkFormSet,
    fields=["role", "passage"],
    extra=0,
    can_delete=True,
)


class CaseNotesForm(forms.ModelForm):
    class Meta:
        model = CaseNotes
        fields = ["domestic_steps", "internal_notes"]
        widgets = {
            "domestic_steps": forms.Textarea(attrs={"rows": 3}),
            "internal_notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: object, masked: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Masked (identities not revealed): saved notes may name people; they are neither shown
        # nor taken from the request, and saving keeps them.
        self.masked = masked and self.instance.pk is not None
        if self.masked:
            del self.fields["domestic_steps"], self.fields["internal_notes"]
