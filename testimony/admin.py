"""Django admin: vocabularies, users' data as administrators see it, and the audit trail.

Lists and searches never touch encrypted columns: persons are listed by pseudonym, and the search
box finds a person by exact name through the blind index, not by a LIKE on ciphertext. Statuses are
read-only here because only the workflow changes them.
"""

from django.contrib import admin
from django.db.models import F, Model, Q, QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.audit import audit_record
from testimony.crypto import name_digests
from testimony.models import (
    Anonymization,
    Attachment,
    AuditEvent,
    Bundle,
    Consent,
    Country,
    CustodyEvent,
    IndicatorTag,
    Mandate,
    Narrative,
    Person,
    PersonNameIndex,
    Petition,
    Province,
    PublicFigure,
    Sector,
    Status,
    Testimony,
)
from testimony.services import changed_field_names, testimony_insert_with_case_code
from testimony.versions import version_record


class ViewOnlyAdmin(admin.ModelAdmin):
    """Rows only the application writes: admins read them and never add or change one here.
    `deletable = False` refuses deleting too (the audit trail, attachments)."""

    deletable = True

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.deletable and super().has_delete_permission(request, obj)


@admin.register(Country, Sector, Province, Mandate)
class VocabularyAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "name_ko", "is_active"]
    list_editable = ["is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name", "name_ko"]


PERSON_FIELDS = [
    "role",
    "pseudonym",
    "name_romanized",
    "name_hangul",
    "aliases",
    "contact_details",
    "sex",
    "birth_year",
    "home_province",
    "family_in_north_korea",
]


class PersonInline(admin.StackedInline):
    model = Person
    fields = PERSON_FIELDS
    extra = 0
    show_change_link = True


class NarrativeInline(admin.StackedInline):
    model = Narrative
    # The narrative is the record itself; an empty one is written over, never removed.
    can_delete = False


class ConsentInline(admin.StackedInline):
    model = Consent
    # A withdrawal of consent must never be lost, so the record cannot be deleted from here.
    can_delete = False


class IndicatorTagInline(admin.TabularInline):
    model = IndicatorTag
    fields = ["indicator", "phase", "passage"]
    extra = 0


@admin.register(Testimony)
class TestimonyAdmin(admin.ModelAdmin):
    list_display = [
        "case_code",
        "status",
        "country",
        "sector",
        "period",
        "interviewer",
        "created_at",
    ]
    list_filter = ["status", "country", "sector", "interview_language"]
    # Identity-free fields only: the narrative is ciphertext and names live on persons.
    search_fields = ["case_code", "work_site", "interview_place"]
    date_hierarchy = "created_at"
    list_select_related = ["country", "sector", "interviewer"]
    readonly_fields = [
        "uuid",
        "case_code",
        "status",
        "revision",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
        "submitted_at",
    ]
    filter_horizontal = ["shared_with"]
    inlines = [NarrativeInline, PersonInline, ConsentInline, IndicatorTagInline]

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        # A withdrawal of consent locks the testimony, in the admin as everywhere else.
        if obj is not None and obj.status == Status.WITHDRAWN:
            return False
        return super().has_change_permission(request, obj)

    @admin.display(description=_("period"), ordering="period_start")
    def period(self, obj: Testimony) -> str:
        return obj.period_display

    def save_model(
        self, request: HttpRequest, obj: Testimony, form: ModelForm, change: bool
    ) -> None:
        obj.updated_by = request.user
        obj.updated_at = timezone.now()
        if not change:
            obj.created_by = request.user
            testimony_insert_with_case_code(obj)
            return
        # Raised in SQL so that an editor who loaded the old revision gets a conflict.
        obj.revision = F("revision") + 1
        obj.save()
        obj.refresh_from_db(fields=["revision"])

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        saved = formset.save()
        if formset.model is Person:
            for person in saved:
                person.reindex_names()

    def save_related(
        self,
        request: HttpRequest,
        form: ModelForm,
        formsets: list[BaseInlineFormSet],
        change: bool,
    ) -> None:
        super().save_related(request, form, formsets, change)
        version_record(testimony=form.instance, by=request.user)
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.EDITED if change else AuditEvent.Action.CREATED,
            testimony=form.instance,
            changed_fields=changed_field_names(form, *formsets) if change else [],
        )


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    # No identity field here: the list is seen over shoulders and kept in browser history.
    list_display = ["__str__", "role", "testimony", "sex", "birth_year", "home_province"]
    list_filter = ["role", "sex", "family_in_north_korea", "home_province"]
    list_select_related = ["testimony", "home_province"]
    fields = ["testimony", *PERSON_FIELDS]
    autocomplete_fields = ["testimony"]
    # Only declared so that the search box shows; get_search_results does the searching.
    search_fields = ["pseudonym"]
    search_help_text = _(
        "A full name exactly as registered (any spelling of spaces, hyphens, accents or word "
        "order), or part of a pseudonym."
    )

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Person], search_term: str
    ) -> tuple[QuerySet[Person], bool]:
        term = search_term.strip()
        if not term:
            return queryset, False
        by_name = PersonNameIndex.objects.filter(digest__in=name_digests([term])).values("person")
        return queryset.filter(Q(pk__in=by_name) | Q(pseudonym__icontains=term)), False

    def save_model(self, request: HttpRequest, obj: Person, form: ModelForm, change: bool) -> None:
        super().save_model(request, obj, form, change)
        obj.reindex_names()
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.EDITED,
            testimony=obj.testimony,
            changed_fields=[f"persons.{name}" for name in form.changed_data],
        )

    def delete_model(self, request: HttpRequest, obj: Person) -> None:
        testimony = obj.testimony
        super().delete_model(request, obj)
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.EDITED,
            testimony=testimony,
            changed_fields=["persons.deleted"],
        )

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Person]) -> None:
        testimonies = list(Testimony.objects.filter(persons__in=queryset).distinct())
        super().delete_queryset(request, queryset)
        for testimony in testimonies:
            audit_record(
                actor=request.user,
                action=AuditEvent.Action.EDITED,
                testimony=testimony,
                changed_fields=["persons.deleted"],
            )


@admin.register(AuditEvent)
class AuditEventAdmin(ViewOnlyAdmin):
    deletable = False
    list_display = [
        "sequence",
        "at",
        "actor",
        "action",
        "testimony",
        "object_type",
        "object_id",
    ]
    list_filter = ["action", ("actor", admin.RelatedOnlyFieldListFilter)]
    date_hierarchy = "at"
    # An object id is a user's database id: matched exactly, so that "1" does not find "12".
    search_fields = ["testimony__case_code", "=object_id"]
    readonly_fields = [
        "sequence",
        "at",
        "actor",
        "action",
        "testimony",
        "changed_fields",
        "object_type",
        "object_id",
        "detail",
        "prev_hash",
        "hash",
    ]
    ordering = ["-sequence"]
    list_select_related = ["actor", "testimony"]


@admin.register(PublicFigure)
class PublicFigureAdmin(admin.ModelAdmin):
    list_display = ["name", "hangul", "is_active"]
    list_editable = ["is_active"]
    search_fields = ["name", "hangul", "variants"]


@admin.register(Anonymization)
class AnonymizationAdmin(ViewOnlyAdmin):
    """Read-only: anonymized texts are made and approved on the redaction review page."""

    list_display = ["testimony", "version_number", "approved_by", "approved_at"]
    list_select_related = ["testimony", "approved_by"]
    search_fields = ["testimony__case_code"]
    exclude = ["decisions"]


@admin.register(Petition)
class PetitionAdmin(admin.ModelAdmin):
    list_display = ["title", "mandate", "sent_on", "un_reference", "reply_on", "published_on"]
    list_filter = ["mandate"]
    search_fields = ["title", "slug", "un_reference"]
    filter_horizontal = ["testimonies"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(
        self, request: HttpRequest, obj: Petition, form: ModelForm, change: bool
    ) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Bundle)
class BundleAdmin(ViewOnlyAdmin):
    """Read-only: bundles are built from the petition page or build_bundle."""

    list_display = ["petition", "state", "created_by", "created_at", "size"]
    list_filter = ["state"]
    list_select_related = ["petition", "created_by"]


class CustodyEventInline(admin.TabularInline):
    model = CustodyEvent
    fields = ["at", "actor", "action"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(Attachment)
class AttachmentAdmin(ViewOnlyAdmin):
    """Read-only and nameless: files come and go on the testimony page, where both are recorded.

    The original file name (it can name the witness), the file key and the storage name are
    never shown; the file itself is only reachable through the download view.
    """

    deletable = False

    list_display = [
        "short_id",
        "testimony",
        "category",
        "kind",
        "size",
        "uploaded_by",
        "uploaded_at",
        "deleted_at",
    ]
    list_filter = ["category", "kind"]
    list_select_related = ["testimony", "uploaded_by"]
    search_fields = ["testimony__case_code", "=sha256"]
    fields = [
        "uuid",
        "testimony",
        "category",
        "kind",
        "content_type",
        "size",
        "sha256",
        "uploaded_by",
        "uploaded_at",
        "deleted_by",
        "deleted_at",
    ]
    readonly_fields = fields
    inlines = [CustodyEventInline]

    @admin.display(description=_("attachment"))
    def short_id(self, obj: Attachment) -> str:
        return obj.uuid.hex[:8]
