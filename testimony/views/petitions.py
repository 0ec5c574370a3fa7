"""Petitions and their bundles: selection, build, progress and the audited download."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.db.models import Case, Count, IntegerField, Q, Value, When
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
from testimony.bundle.build import build_bundle_task, bundle_path
from testimony.bundle.release import eligible
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


def _from_entity(request: HttpRequest) -> Entity | None:
    """The entity a petition is started from (`?entity=<uuid>`, from its corroboration page);
    None when absent or not an entity."""
    try:
        return Entity.objects.filter(uuid=UUID(request.GET.get("entity", ""))).first()
    except ValueError:
        return None


def _preselected(request: HttpRequest, entity: Entity | None) -> set[int]:
    """The exportable testimonies naming `entity` that the user may see: what a petition
    started from the entity ticks on its selection step."""
    if entity is None:
        return set()
    return set(
        exportable_testimonies()
        .filter(pk__in=naming_testimonies(request.user, entity).values("pk"))
        .values_list("pk", flat=True)
    )


@login_required
@permission_required("testimony.add_petition", raise_exception=True)
def petition_create(request: HttpRequest) -> HttpResponse:
    form = PetitionForm(request.POST or None)
    entity = _from_entity(request)
    if request.method == "POST" and form.is_valid():
        petition = form.save(commit=False)
        petition.created_by = request.user
        petition.save()
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.PETITION_CHANGED,
            object_type="petition",
            object_id=petition.slug,
            detail={"from_entity": str(entity.uuid)} if entity else None,
        )
        if entity is not None:
            return redirect(f"{petition.get_absolute_url()}?entity={entity.uuid}")
        return redirect(petition)
    return render(request, "testimony/petition_form.html", {"form": form, "entity": entity})


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
    entity = _from_entity(request)
    preselected = _preselected(request, entity)
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
    ctx = {
        "petition": petition,
        "follow_up": follow_up,
        "can_change": can_change,
        "candidates": _petition_candidates(request, petition, preselected),
        "selected_ids": {t.pk for t in selected} | preselected,
        "from_entity": entity,
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
    allowed, refused = eligible(list(petition.testimonies.all()))
    if refused or not allowed:
        messages.error(
            request,
            _("Remove the testimonies that cannot be exported before building: %(codes)s.")
            % {"codes": ", ".join(sorted(refused)) or "—"},
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
