"""Petitions and their bundles: selection, build, progress and the audited download."""

from dataclasses import dataclass
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.reauth import (
    reauthentication_redirect,
    recently_authenticated,
)
from testimony.anonymize.risk import released_profile, risky, suggest_generalization
from testimony.audit import audit_record
from testimony.bundle.build import build_bundle_task, bundle_path, recorded_names_refusal
from testimony.bundle.release import eligible, passage_releases
from testimony.forms import (
    FollowUpForm,
    PetitionForm,
)
from testimony.models import (
    AuditEvent,
    Bundle,
    Entity,
    Petition,
    Status,
    Testimony,
)
from testimony.views.entities import naming_testimonies
from testimony.views.entity_persons import person_group
from testimony.workflow import (
    exportable_testimonies,
    visible_testimonies,
)

CANDIDATE_STATES = [Status.APPROVED, Status.VERIFIED, Status.WITHDRAWN]


@login_required
@permission_required("testimony.view_petition", raise_exception=True)
def petition_list(request: HttpRequest) -> HttpResponse:
    petitions = Petition.objects.select_related("mandate").annotate(n=Count("testimonies"))
    return render(request, "testimony/petition_list.html", {"petitions": petitions})


@dataclass(frozen=True)
class PetitionSource:
    """What a petition is started from, on a corroboration page: an entity (`?entity=<uuid>`)
    or a minder, supervisor or official named in several testimonies (`?person=<uuid>`, any
    person of the group). Shown by its name or its pseudonyms, never a person's name."""

    parameter: str  # "entity" or "person"
    uuid: UUID
    label: str
    testimonies: QuerySet[Testimony]  # the ones the user may see that name it

    def __str__(self) -> str:
        return self.label

    @property
    def query(self) -> str:
        return f"{self.parameter}={self.uuid}"

    @property
    def audit_detail(self) -> dict[str, str]:
        return {f"from_{self.parameter}": str(self.uuid)}


def _uuid(value: str) -> UUID | None:
    try:
        return UUID(value)
    except ValueError:
        return None


def _source(request: HttpRequest) -> PetitionSource | None:
    """The entity or person group a petition is started from; None when absent, unknown or
    not among what the user may see."""
    entity_uuid = _uuid(request.GET.get("entity", ""))
    entity = Entity.objects.filter(uuid=entity_uuid).first() if entity_uuid else None
    if entity is not None:
        return PetitionSource(
            "entity", entity.uuid, str(entity), naming_testimonies(request.user, entity)
        )
    person_uuid = _uuid(request.GET.get("person", ""))
    found = person_group(request.user, person_uuid) if person_uuid else None
    if found is not None:
        group, testimonies = found
        return PetitionSource("person", person_uuid, " · ".join(group.pseudonyms), testimonies)
    return None


def _preselected(source: PetitionSource | None) -> set[int]:
    """The exportable testimonies naming the source that the user may see: what a petition
    started from it ticks on its selection step."""
    if source is None:
        return set()
    return set(
        exportable_testimonies()
        .filter(pk__in=source.testimonies.values("pk"))
        .values_list("pk", flat=True)
    )


@login_required
@permission_required("testimony.add_petition", raise_exception=True)
def petition_create(request: HttpRequest) -> HttpResponse:
    form = PetitionForm(request.POST or None)
    source = _source(request)
    if request.method == "POST" and form.is_valid():
        petition = form.save(commit=False)
        petition.created_by = request.user
        petition.save()
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.PETITION_CHANGED,
            object_type="petition",
            object_id=petition.slug,
            detail=source.audit_detail if source else None,
        )
        if source is not None:
            return redirect(f"{petition.get_absolute_url()}?{source.query}")
        return redirect(petition)
    return render(request, "testimony/petition_form.html", {"form": form, "entity": source})


def _petition_candidates(
    request: HttpRequest, petition: Petition, preselected: set[int] | None = None
) -> list[tuple[Testimony, str]]:
    """Testimonies a coordinator may consider, each with why it cannot go ("" when it can);
    the `preselected` ones first."""
    preselected = preselected or set()
    testimonies = list(
        visible_testimonies(request.user)
        .filter(
            Q(status__in=CANDIDATE_STATES) | Q(petitions=petition) | Q(pk__in=sorted(preselected))
        )
        .distinct()
        .select_related("country", "sector", "consent")
        .prefetch_related("anonymizations")
        .annotate(
            preselected_first=Case(
                When(pk__in=sorted(preselected), then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("preselected_first", "case_code")[: max(500, len(preselected))]
    )
    _allowed, refused = eligible(testimonies)
    return [(testimony, refused.get(testimony.case_code, "")) for testimony in testimonies]


@login_required
@permission_required("testimony.view_petition", raise_exception=True)
def petition_detail(request: HttpRequest, slug: str) -> HttpResponse:
    petition = get_object_or_404(Petition.objects.select_related("mandate"), slug=slug)
    can_change = request.user.has_perm("testimony.change_petition")
    if request.method == "POST" and can_change and "follow_up" in request.POST:
        follow_up = FollowUpForm(request.POST, instance=petition)
        if follow_up.is_valid():
            follow_up.save()
            audit_record(
                actor=request.user,
                action=AuditEvent.Action.PETITION_CHANGED,
                object_type="petition",
                object_id=petition.slug,
                changed_fields=follow_up.changed_data,
            )
            messages.success(request, _("The follow-up was saved."))
            return redirect(petition)
    else:
        follow_up = FollowUpForm(instance=petition)
    source = _source(request)
    preselected = _preselected(source)
    if request.method == "POST" and can_change and "select" in request.POST:
        candidates = {
            str(t.pk): (t, reason)
            for t, reason in _petition_candidates(request, petition, preselected)
        }
        chosen = [
            candidates[pk][0]
            for pk in request.POST.getlist("testimonies")
            if pk in candidates and not candidates[pk][1]
        ]
        petition.testimonies.set(chosen)
        messages.success(
            request,
            _("%(count)s testimonies are selected for this petition.") % {"count": len(chosen)},
        )
        return redirect(petition)
    selected = list(
        petition.testimonies.select_related("country", "sector", "consent").prefetch_related(
            "anonymizations",
            "persons__home_province",
            "postings__country",
            "postings__sector",
            "postings__employer",
        )
    )
    allowed, _refused = eligible(selected)
    profiles = {t.case_code: released_profile(t) for t in allowed}
    candidates = _petition_candidates(request, petition, preselected)
    # Said before building: whose passages a bundle leaves out, and whose make it fail.
    exportable = {t.pk: t for t, reason in candidates if not reason}
    exportable.update((t.pk, t) for t in allowed)
    passages = passage_releases(list(exportable.values()))
    ctx = {
        "petition": petition,
        "follow_up": follow_up,
        "can_change": can_change,
        "candidates": [(t, reason, passages.get(t.pk, "")) for t, reason in candidates],
        "passage_problems": [
            (t, passages[t.pk])
            for t in sorted(allowed, key=lambda t: t.case_code)
            if t.pk in passages
        ],
        "selected_ids": {t.pk for t in selected} | preselected,
        "from_entity": source,
        "preselected": len(preselected),
        "risky": risky(profiles),
        "suggestions": suggest_generalization(profiles),
        "bundles": petition.bundles.select_related("created_by")[:10],
        "can_build": request.user.has_perm("testimony.add_bundle") and bool(allowed),
    }
    return render(request, "testimony/petition_detail.html", ctx)


@login_required
@permission_required("testimony.add_bundle", raise_exception=True)
@require_POST
def bundle_start(request: HttpRequest, slug: str) -> HttpResponse:
    """Queue a build of the petition's selected, exportable testimonies."""
    petition = get_object_or_404(Petition, slug=slug)
    if refusal := recorded_names_refusal(petition):
        messages.error(request, refusal)
        return redirect(petition)
    allowed, refused = eligible(list(petition.testimonies.all()))
    if refused or not allowed:
        messages.error(
            request,
            _("Remove the testimonies that cannot be exported before building: %(codes)s.")
            % {"codes": ", ".join(sorted(refused)) or "—"},
        )
        return redirect(petition)
    # A passage changed since its approval would fail the build in the worker: said now.
    releases = passage_releases(allowed)
    if changed := sorted(t.case_code for t in allowed if releases.get(t.pk) == "changed"):
        messages.error(
            request,
            _(
                "A supporting passage of %(codes)s changed after its anonymized text was "
                "approved: edit the testimony so that a new version is reviewed and approved, "
                "or remove it from the petition, then build."
            )
            % {"codes": ", ".join(changed)},
        )
        return redirect(petition)
    bundle = Bundle.objects.create(
        petition=petition,
        created_by=request.user,
        selection={t.case_code: t.revision for t in allowed},
        total=0,
    )
    transaction.on_commit(lambda: build_bundle_task.enqueue(bundle.pk))
    messages.success(request, _("The bundle is being built."))
    return redirect(f"{petition.get_absolute_url()}#bundles")


@login_required
@permission_required("testimony.view_bundle", raise_exception=True)
def bundle_progress(request: HttpRequest, uuid: UUID) -> HttpResponse:
    bundle = get_object_or_404(Bundle, uuid=uuid)
    return render(request, "testimony/_bundle_row.html", {"bundle": bundle})


@login_required
@permission_required("testimony.view_bundle", raise_exception=True)
def bundle_download(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The ZIP, as an attachment, after a recent password check; every download is audited."""
    bundle = get_object_or_404(Bundle, uuid=uuid, state=Bundle.State.DONE)
    if not recently_authenticated(request):
        return reauthentication_redirect(request.path)
    path = bundle_path(bundle)
    if not path.exists():
        raise Http404
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.BUNDLE_DOWNLOADED,
        object_type="bundle",
        object_id=str(bundle.uuid),
    )
    name = f"{bundle.petition.slug}-{bundle.created_at:%Y%m%d-%H%M}.zip"
    return FileResponse(path.open("rb"), as_attachment=True, filename=name)
