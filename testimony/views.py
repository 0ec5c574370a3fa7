"""Staff pages: dashboard, finding, reading, entering and editing testimonies.

Views check access, hand validated forms to a service in services.py, and render.
"""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from testimony.audit import audit_record
from testimony.crypto import name_digests
from testimony.forms import (
    ConsentForm,
    IndicatorFormSet,
    PersonFormSet,
    RevisionForm,
    TestimonyFilterForm,
    TestimonyForm,
)
from testimony.models import AuditEvent, Consent, Person, Status, Testimony
from testimony.services import EditConflict, testimony_create, testimony_update

PAGE_SIZE = 25
OPEN_FOR_AUTHOR = [Status.DRAFT, Status.CHANGES_REQUESTED]


def _get_testimony_for_user(request: HttpRequest, uuid: UUID) -> Testimony:
    """The testimony, if the user may read it; 404 otherwise (never reveal that it exists)."""
    queryset = Testimony.objects.select_related(
        "country", "sector", "interviewer", "created_by", "updated_by"
    )
    return get_object_or_404(queryset, uuid=uuid)


def _entry_forms(
    request: HttpRequest, testimony: Testimony
) -> tuple[TestimonyForm, PersonFormSet, ConsentForm, IndicatorFormSet]:
    data = request.POST if request.method == "POST" else None
    consent = getattr(testimony, "consent", None) if testimony.pk else None
    person_formset = PersonFormSet(data, instance=testimony, prefix="persons")
    if data is None and testimony.pk is None:
        # A new testimony starts with a row for its witness.
        person_formset = PersonFormSet(
            instance=testimony, prefix="persons", initial=[{"role": Person.Role.WITNESS}]
        )
        person_formset.extra = 1
    return (
        TestimonyForm(data, instance=testimony),
        person_formset,
        ConsentForm(data, instance=consent or Consent(testimony=testimony), prefix="consent"),
        IndicatorFormSet(data, instance=testimony, prefix="indicators"),
    )


def _entry_forms_valid(
    form: TestimonyForm,
    person_formset: PersonFormSet,
    consent_form: ConsentForm,
    indicator_formset: IndicatorFormSet,
) -> bool:
    # Every form is validated, so that every error is shown at once.
    results = [
        form.is_valid(),
        person_formset.is_valid(),
        consent_form.is_valid(),
        indicator_formset.is_valid(),
    ]
    if results[1] and results[2]:
        consent_form.check_against_persons(person_formset)
    return all(results) and not consent_form.errors


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    counts = dict(
        Testimony.objects.order_by()
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    status_counts = [(value, label, counts.get(value, 0)) for value, label in Status.choices]
    my_open = (
        Testimony.objects.filter(created_by=request.user, status__in=OPEN_FOR_AUTHOR)
        .select_related("country", "sector")
        .order_by("-updated_at")[:10]
    )
    recent = AuditEvent.objects.select_related("actor", "testimony").exclude(
        action__in=[AuditEvent.Action.VIEWED, AuditEvent.Action.IDENTITIES_VIEWED]
    )[:12]
    ctx = {
        "status_counts": status_counts,
        "total": sum(counts.values()),
        "my_open": my_open,
        "recent": recent,
    }
    return render(request, "testimony/dashboard.html", ctx)


def _filtered_testimonies(form: TestimonyFilterForm) -> QuerySet[Testimony]:
    queryset = Testimony.objects.select_related("country", "sector", "interviewer")
    if not form.is_valid():
        return queryset.none()
    data = form.cleaned_data
    if data["status"]:
        queryset = queryset.filter(status=data["status"])
    if data["country"]:
        queryset = queryset.filter(country=data["country"])
    if data["sector"]:
        queryset = queryset.filter(sector=data["sector"])
    if data["interviewer"]:
        queryset = queryset.filter(interviewer=data["interviewer"])
    if data["indicator"]:
        queryset = queryset.filter(indicators__indicator=data["indicator"]).distinct()
    if data["year_from"]:
        # Partial dates are ISO strings, so they compare in calendar order; an open end overlaps.
        queryset = queryset.filter(
            Q(period_end__gte=str(data["year_from"]))
            | (Q(period_end="") & Q(period_start__gte=str(data["year_from"])))
            | (Q(period_end="") & Q(period_start=""))
        )
    if data["year_to"]:
        queryset = queryset.filter(
            Q(period_start__lte=f"{data['year_to']}-99") | Q(period_start="")
        )
    if query := data["q"].strip():
        matches = (
            Q(case_code__icontains=query)
            | Q(interview_place__icontains=query)
            | Q(work_site__icontains=query)
            | Q(country__name__icontains=query)
            | Q(country__name_ko__icontains=query)
            | Q(sector__name__icontains=query)
            | Q(sector__name_ko__icontains=query)
            | Q(persons__pseudonym__iexact=query)
            | Q(persons__name_index__digest__in=name_digests([query]))
        )
        queryset = queryset.filter(matches).distinct()
    return queryset


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def testimony_list(request: HttpRequest) -> HttpResponse:
    form = TestimonyFilterForm(request.GET or None)
    if request.GET:
        queryset = _filtered_testimonies(form)
    else:
        queryset = Testimony.objects.select_related("country", "sector", "interviewer")
    page = Paginator(queryset.order_by("-created_at", "-id"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    ctx = {"form": form, "page": page, "query": query_without_page.urlencode()}
    template = "testimony/_results.html" if request.htmx else "testimony/testimony_list.html"
    return render(request, template, ctx)


def _render_detail(request: HttpRequest, uuid: UUID, *, reveal: bool) -> HttpResponse:
    testimony = _get_testimony_for_user(request, uuid)
    persons = testimony.persons.select_related("home_province")
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.IDENTITIES_VIEWED if reveal else AuditEvent.Action.VIEWED,
        testimony=testimony,
    )
    ctx = {
        "testimony": testimony,
        "persons": persons,
        "consent": getattr(testimony, "consent", None),
        "indicators": testimony.indicators.all(),
        "history": testimony.audit_events.select_related("actor")[:50],
        "reveal": reveal,
    }
    return render(request, "testimony/testimony_detail.html", ctx)


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def testimony_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    return _render_detail(request, uuid, reveal=False)


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
@require_POST
def testimony_identities(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The detail page with real names: a POST, so every reveal is deliberate and audited."""
    return _render_detail(request, uuid, reveal=True)


@login_required
@permission_required("testimony.add_testimony", raise_exception=True)
def testimony_create_view(request: HttpRequest) -> HttpResponse:
    testimony = Testimony(interviewer=request.user)
    form, person_formset, consent_form, indicator_formset = _entry_forms(request, testimony)
    if request.method == "POST" and _entry_forms_valid(
        form, person_formset, consent_form, indicator_formset
    ):
        testimony = testimony_create(
            form=form,
            person_formset=person_formset,
            consent_form=consent_form,
            indicator_formset=indicator_formset,
            by=request.user,
        )
        messages.success(
            request, _("Testimony %(case)s was saved as a draft.") % {"case": testimony.case_code}
        )
        return redirect(testimony)
    if request.method == "POST":
        messages.error(request, _("The testimony was not saved. Please correct the marked fields."))
    ctx = {
        "form": form,
        "person_formset": person_formset,
        "consent_form": consent_form,
        "indicator_formset": indicator_formset,
        "revision_form": None,
    }
    return render(request, "testimony/testimony_form.html", ctx)


@login_required
@permission_required("testimony.change_testimony", raise_exception=True)
def testimony_edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    testimony = _get_testimony_for_user(request, uuid)
    form, person_formset, consent_form, indicator_formset = _entry_forms(request, testimony)
    conflict = False
    current = None
    status = 200
    if request.method == "POST":
        revision_form = RevisionForm(request.POST)
        if revision_form.is_valid() and _entry_forms_valid(
            form, person_formset, consent_form, indicator_formset
        ):
            try:
                testimony = testimony_update(
                    form=form,
                    person_formset=person_formset,
                    consent_form=consent_form,
                    indicator_formset=indicator_formset,
                    by=request.user,
                    expected_revision=revision_form.cleaned_data["revision"],
                )
            except EditConflict:
                conflict = True
                status = 409
                current = Testimony.objects.select_related("updated_by").get(pk=testimony.pk)
                # Saving again from the conflict page is a deliberate choice to keep this version.
                revision_form = RevisionForm(initial={"revision": current.revision})
            else:
                messages.success(
                    request,
                    _("Your changes to %(case)s were saved.") % {"case": testimony.case_code},
                )
                return redirect(testimony)
        if not conflict:
            messages.error(
                request, _("Your changes were not saved. Please correct the marked fields.")
            )
    else:
        revision_form = RevisionForm(initial={"revision": testimony.revision})
        audit_record(
            actor=request.user, action=AuditEvent.Action.IDENTITIES_VIEWED, testimony=testimony
        )
    ctx = {
        "testimony": testimony,
        "form": form,
        "person_formset": person_formset,
        "consent_form": consent_form,
        "indicator_formset": indicator_formset,
        "revision_form": revision_form,
        "conflict": conflict,
        "current": current,
    }
    return render(request, "testimony/testimony_form.html", ctx, status=status)
