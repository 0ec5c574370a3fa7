"""Django admin: users and roles, vocabularies, public figures, petitions, and read-only views of
testimonies, persons, the audit trail, bundles and attachments.

Admin is no side door to identities (DESIGN.md, principle 9). Testimony content and persons are
read-only here and every identity-bearing value is masked, with a link to the testimony's page
in the application, where revealing needs the password again and is audited. Changes to them go
through the application's forms, so that every change makes a version, goes through the
workflow and withdraws an approval where it must. Each admin page of one testimony or person is
an audit event. Lists and searches never touch encrypted columns: persons are listed by
pseudonym, and the search box finds a person by exact name through the blind index (a recorded
name search), not by a LIKE on ciphertext.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import Model, Q, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from testimony.audit import audit_record
from testimony.crypto import name_digests
from testimony.forms import FACT_FIELDS, PetitionOwnTextForm
from testimony.models import (
    Anonymization,
    Attachment,
    AuditEvent,
    Bundle,
    Country,
    CustodyEvent,
    Entity,
    Mandate,
    Organisation,
    Person,
    PersonNameIndex,
    Petition,
    Province,
    PublicFigure,
    Sector,
    Testimony,
    TestimonyEntity,
)
from testimony.services import name_search_record

MASK = "•••••"


class ViewOnlyAdmin(admin.ModelAdmin):
    """Rows only the application writes: admins read them and never add, change or delete one
    here. Deleting would lose evidence (an approval, an export, a file, the audit trail)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


def _reveal_link(testimony: Testimony) -> SafeString:
    return format_html(
        '<a href="{}">{}</a>', testimony.get_absolute_url(), _("reveal in the application")
    )


def masked(value: str, testimony: Testimony, *, count: bool = False) -> SafeString | str:
    """A hidden value as admin shows it: dots (with the length of a text, never of a name, which
    would narrow it down) and a link to the testimony's page, where revealing is audited."""
    if not value:
        return "-"
    hidden = MASK
    if count:
        hidden = ngettext(
            "%(mask)s (%(count)s character)", "%(mask)s (%(count)s characters)", len(value)
        ) % {"mask": MASK, "count": f"{len(value):,}"}
    return format_html("{} - {}", hidden, _reveal_link(testimony))


def read_only_banner(testimony: Testimony | None) -> SafeString:
    url = testimony.get_absolute_url() if testimony else reverse("testimony:list")
    return format_html(
        '{} <a href="{}">{}</a>',
        _(
            "Testimony content is read-only here. Edit it in the application, where every "
            "change makes a version and goes through review."
        ),
        url,
        _("Open it in the application"),
    )


class TestimonyContentAdmin(ViewOnlyAdmin):
    """Testimonies and persons: read-only, masked, and each page of one of them audited."""

    def changelist_view(
        self, request: HttpRequest, extra_context: dict | None = None
    ) -> TemplateResponse:
        extra_context = {**(extra_context or {}), "subtitle": read_only_banner(None)}
        return super().changelist_view(request, extra_context)

    def testimony_of(self, obj: Model) -> Testimony:
        raise NotImplementedError

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict,
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Model | None = None,
    ) -> TemplateResponse:
        response = super().render_change_form(request, context, add, change, form_url, obj)
        if obj is not None:
            audit_record(
                actor=request.user,
                action=AuditEvent.Action.ADMIN_VIEWED,
                testimony=self.testimony_of(obj),
                object_type=obj._meta.model_name,
                object_id=str(obj.uuid),
            )
        return response


@admin.register(Country, Sector, Province, Mandate)
class VocabularyAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "name_ko", "is_active"]
    list_editable = ["is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name", "name_ko"]


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    """Companies, state bodies, sites and vessels: named plainly (they are not protected
    persons), so admins correct and complete them here. An entity a testimony links to cannot
    be deleted (its links protect it); merging duplicates is for the corroboration pages."""

    list_display = ["name", "name_ko", "kind", "country", "testimony_count", "created_at"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "name_ko", "aliases"]
    readonly_fields = ["uuid", "created_at", "created_by", "merged_into", "merge_link"]
    fields = ["kind", "name", "name_ko", "aliases", "country", "notes", *readonly_fields]

    @admin.display(description=_("merge"))
    def merge_link(self, obj: Entity) -> SafeString | str:
        """To the merge page with this entity as the duplicate (views/entity_links.py)."""
        if not obj.pk or obj.merged_into_id:
            return "—"
        url = f"{reverse('testimony:entity_merge')}?merged={obj.uuid}"
        return format_html(
            '<a href="{}">{}</a>', url, _("Merge this duplicate into another entity")
        )

    @admin.display(description=_("testimonies"))
    def testimony_count(self, obj: Entity) -> int:
        return obj.links.values("testimony").distinct().count()

    def save_model(self, request: HttpRequest, obj: Entity, form: ModelForm, change: bool) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(TestimonyEntity)
class TestimonyEntityAdmin(ViewOnlyAdmin):
    """Which testimony names which entity in which role: written by the entry form only. The
    supporting passage quotes the narrative, so it is masked like every narrative text."""

    list_display = ["testimony", "entity", "role"]
    list_filter = ["role", "entity__kind"]
    list_select_related = ["testimony", "entity"]
    search_fields = ["testimony__case_code", "entity__name", "entity__name_ko"]
    fields = ["testimony", "entity", "role", "passage_masked"]
    readonly_fields = fields

    @admin.display(description=_("supporting passage"))
    def passage_masked(self, obj: TestimonyEntity) -> SafeString | str:
        return masked(obj.passage, obj.testimony, count=True)


@admin.register(Testimony)
class TestimonyAdmin(TestimonyContentAdmin):
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
    # The facts of the entry form, in its order: the same fields, read-only here.
    facts = FACT_FIELDS
    content = [
        "narrative_original",
        "narrative_english",
        "persons_masked",
        "consent_answers",
        "indicators_masked",
        "moderation",
    ]
    record = [
        "assigned_reviewer",
        "shared_with",
        "submitted_at",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
    ]

    def testimony_of(self, obj: Testimony) -> Testimony:
        return obj

    def get_fieldsets(self, request: HttpRequest, obj: Testimony | None = None) -> list:
        return [
            (
                None,
                {
                    "fields": ["case_code", "status", "revision"],
                    "description": read_only_banner(obj),
                },
            ),
            (_("Interview and facts"), {"fields": self.facts}),
            (_("Content (masked)"), {"fields": self.content}),
            (_("Record"), {"fields": self.record}),
        ]

    def get_readonly_fields(self, request: HttpRequest, obj: Testimony | None = None) -> list:
        return ["case_code", "status", "revision", *self.content, "created_at"]

    @admin.display(description=_("period"), ordering="period_start")
    def period(self, obj: Testimony) -> str:
        return obj.period_display

    @admin.display(description=_("narrative (original language)"))
    def narrative_original(self, obj: Testimony) -> str:
        narrative = getattr(obj, "narrative", None)
        return masked(narrative.original if narrative else "", obj, count=True)

    @admin.display(description=_("narrative (English translation)"))
    def narrative_english(self, obj: Testimony) -> str:
        narrative = getattr(obj, "narrative", None)
        return masked(narrative.english if narrative else "", obj, count=True)

    @admin.display(description=_("persons"))
    def persons_masked(self, obj: Testimony) -> str:
        persons = list(obj.persons.all())
        if not persons:
            return "-"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} ({}): {}</li>",
                (
                    (
                        str(person),
                        person.get_role_display(),
                        masked(" ".join(person.all_names()), obj),
                    )
                    for person in persons
                ),
            ),
        )

    @admin.display(description=_("consent"))
    def consent_answers(self, obj: Testimony) -> str:
        consent = getattr(obj, "consent", None)
        if consent is None:
            return "-"
        answers = [
            (
                _("consents to submission to the UN"),
                _("yes") if consent.un_submission else _("no"),
            ),
            (_("name in public reports"), consent.get_public_name_display()),
            (_("who may receive it"), consent.get_recipients_display()),
            (_("date consent was given"), consent.given_on or "-"),
            (_("how it was given"), consent.get_method_display() or "-"),
            # Free text that may name people: masked like names.
            (_("witnessed by"), masked(consent.witnessed_by, obj)),
            (_("notes"), masked(consent.notes, obj, count=True)),
        ]
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}: {}</li>", answers))

    @admin.display(description=_("indicators"))
    def indicators_masked(self, obj: Testimony) -> str:
        tags = list(obj.indicators.all())
        if not tags:
            return "-"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{}: {}</li>",
                ((str(tag), masked(tag.passage, obj, count=True)) for tag in tags),
            ),
        )

    @admin.display(description=_("versions and comments"))
    def moderation(self, obj: Testimony) -> str:
        versions = obj.versions.count()
        comments = obj.comments.count()
        return format_html(
            "{}, {} - {}",
            ngettext("%(count)s version", "%(count)s versions", versions) % {"count": versions},
            ngettext("%(count)s review comment", "%(count)s review comments", comments)
            % {"count": comments},
            format_html(
                '<a href="{}">{}</a>', obj.get_absolute_url(), _("read them in the application")
            ),
        )


@admin.register(Person)
class PersonAdmin(TestimonyContentAdmin):
    # No identity field here: the list is seen over shoulders and kept in browser history.
    list_display = ["__str__", "role", "testimony", "sex", "birth_year", "home_province"]
    list_filter = ["role", "sex", "family_in_north_korea", "home_province"]
    list_select_related = ["testimony", "home_province"]
    fields = [
        "testimony",
        "role",
        "pseudonym",
        "name_romanized_masked",
        "name_hangul_masked",
        "aliases_masked",
        "contact_details_masked",
        "sex",
        "birth_year",
        "home_province",
        "family_in_north_korea",
    ]
    readonly_fields = [
        "name_romanized_masked",
        "name_hangul_masked",
        "aliases_masked",
        "contact_details_masked",
    ]
    # Only declared so that the search box shows; get_search_results does the searching.
    search_fields = ["pseudonym"]
    search_help_text = _(
        "A full name exactly as registered (any spelling of spaces, hyphens, accents or word "
        "order), or part of a pseudonym. A search by name is recorded in the audit trail."
    )

    def testimony_of(self, obj: Person) -> Testimony:
        return obj.testimony

    def get_fieldsets(self, request: HttpRequest, obj: Person | None = None) -> list:
        testimony = obj.testimony if obj else None
        return [(None, {"fields": self.fields, "description": read_only_banner(testimony)})]

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Person], search_term: str
    ) -> tuple[QuerySet[Person], bool]:
        term = search_term.strip()
        if not term:
            return queryset, False
        by_name = PersonNameIndex.objects.filter(digest__in=name_digests([term])).values("person")
        found = queryset.filter(Q(pk__in=by_name) | Q(pseudonym__icontains=term))
        name_search_record(
            actor=request.user,
            query=term,
            found=found.values("testimony").distinct().count(),
            where="admin",
        )
        return found, False

    @admin.display(description=_("name (romanized)"))
    def name_romanized_masked(self, obj: Person) -> str:
        return masked(obj.name_romanized, obj.testimony)

    @admin.display(description=_("name (Hangul)"))
    def name_hangul_masked(self, obj: Person) -> str:
        return masked(obj.name_hangul, obj.testimony)

    @admin.display(description=_("aliases"))
    def aliases_masked(self, obj: Person) -> str:
        return masked(obj.aliases, obj.testimony)

    @admin.display(description=_("contact details"))
    def contact_details_masked(self, obj: Person) -> str:
        return masked(obj.contact_details, obj.testimony)


@admin.register(AuditEvent)
class AuditEventAdmin(ViewOnlyAdmin):
    list_display = [
        "sequence",
        "at",
        "actor",
        "action",
        "testimony",
        "particulars",
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
        "particulars",
        "changed_fields",
        "object_type",
        "object_id",
        "detail",
        "prev_hash",
        "hash",
    ]
    ordering = ["-sequence"]
    list_select_related = ["actor", "testimony"]

    @admin.display(description=_("particulars"))
    def particulars(self, event: AuditEvent) -> str:
        """What the event's detail says, in words, for the events that need it."""
        if event.action == AuditEvent.Action.NAME_SEARCHED:
            return name_search_in_words(event.detail)
        return ""


def name_search_in_words(detail: dict) -> str:
    """A name search's particulars: how many testimonies it found, whether a registered name
    matched, and where it was typed (the text itself was never kept)."""
    found = detail.get("found", 0)
    if detail.get("more"):
        count = _("more than %(count)s testimonies found") % {"count": found}
    else:
        count = ngettext("%(counter)s testimony found", "%(counter)s testimonies found", found) % {
            "counter": found
        }
    matched = (
        _("a registered name matched")
        if detail.get("registered_name")
        else _("no registered name matched")
    )
    where = (
        _("in the administration") if detail.get("where") == "admin" else _("in the testimony list")
    )
    return "; ".join([str(count), str(matched), str(where)])


@admin.register(PublicFigure)
class PublicFigureAdmin(admin.ModelAdmin):
    list_display = ["name", "hangul", "is_active"]
    list_editable = ["is_active"]
    search_fields = ["name", "hangul", "variants"]


@admin.register(Anonymization)
class AnonymizationAdmin(ViewOnlyAdmin):
    """Read-only: anonymized texts are made and approved on the redaction review page. The
    decisions quote names and are never shown; the approved texts are machine-redacted."""

    list_display = ["testimony", "version_number", "approved_by", "approved_at"]
    list_select_related = ["testimony", "approved_by"]
    search_fields = ["testimony__case_code"]
    exclude = ["decisions"]


@admin.register(Petition)
class PetitionAdmin(admin.ModelAdmin):
    """Petitions' own words and follow-up. Which testimonies go into one is chosen on its page
    in the application, which admits only exportable ones; every change here is audited. Its own
    words name no recorded person (`PetitionOwnTextForm`), as on the application's form."""

    form = PetitionOwnTextForm

    list_display = ["title", "mandate", "sent_on", "un_reference", "reply_on", "published_on"]
    list_filter = ["mandate"]
    search_fields = ["title", "slug", "un_reference"]
    readonly_fields = ["testimonies", "created_by", "created_at"]

    def has_delete_permission(self, request: HttpRequest, obj: Petition | None = None) -> bool:
        # A petition sent to the UN, or with a bundle built, is a record of what was released.
        if obj is not None and (obj.sent_on or obj.bundles.exists()):
            return False
        return super().has_delete_permission(request, obj)

    def save_model(
        self, request: HttpRequest, obj: Petition, form: ModelForm, change: bool
    ) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.PETITION_CHANGED,
            object_type="petition",
            object_id=obj.slug,
            changed_fields=form.changed_data,
        )

    def delete_model(self, request: HttpRequest, obj: Petition) -> None:
        slug = obj.slug
        super().delete_model(request, obj)
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.PETITION_CHANGED,
            object_type="petition",
            object_id=slug,
            changed_fields=["deleted"],
        )

    def get_actions(
        self,
        request: HttpRequest,
        action_location: admin.ActionLocation = admin.ActionLocation.CHANGE_LIST,
    ) -> dict:
        # Bulk deletion would skip the checks and the audit of delete_model.
        actions = super().get_actions(request, action_location)
        actions.pop("delete_selected", None)
        return actions


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


# Accounts. An admin who could set another user's password and give them a second factor of
# the admin's choosing could sign in as that user and reveal names under their name. Devices
# are therefore never added or changed here (each user enrols their own), only removed, and
# removals and passwords set here are audit events naming the account.


class SecondFactorDeviceAdmin(admin.ModelAdmin):
    """A lost device can be removed (the user enrols a new one at the next sign-in)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        super().delete_model(request, obj)
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.DEVICE_REMOVED,
            object_type="user",
            object_id=str(obj.user_id),
        )

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for device in queryset:
            self.delete_model(request, device)


admin.site.unregister(TOTPDevice)
admin.site.unregister(StaticDevice)


@admin.register(TOTPDevice)
class AuthenticatorAppAdmin(SecondFactorDeviceAdmin, TOTPDeviceAdmin):
    pass


@admin.register(StaticDevice)
class RecoveryCodesAdmin(SecondFactorDeviceAdmin, StaticDeviceAdmin):
    pass


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class AuditedUserAdmin(UserAdmin):
    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> TemplateResponse:
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302:
            own = str(request.user.pk) == str(id)
            audit_record(
                actor=request.user,
                action=AuditEvent.Action.PASSWORD_CHANGED
                if own
                else AuditEvent.Action.PASSWORD_SET,
                object_type="user",
                object_id=str(id),
            )
        return response


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    """The submitting organisation: letterhead, contact and signatory of the cover letters, the
    author of the documents. One record: once it exists it is changed, not added again."""

    list_display = ["name", "email", "phone", "signatory_name"]
    fields = ["name", "postal_address", "email", "phone", "signatory_name", "signatory_title"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not Organisation.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj: Organisation | None = None) -> bool:
        # Without the record, letters fall back to the bare name in settings: keep it.
        return False
