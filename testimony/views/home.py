"""The dashboard: what waits for the user, and for coordinators the collection in figures."""

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import capfirst

from testimony.bundle.case_facts import RELEASE_PREFETCH
from testimony.bundle.documents import summary_statistics
from testimony.bundle.release import case_release
from testimony.forms import (
    StatisticsForm,
)
from testimony.models import (
    AuditEvent,
    Petition,
    ReviewComment,
    Status,
    Testimony,
    WagePeriod,
)
from testimony.workflow import (
    exportable_testimonies,
    visible_testimonies,
)

OPEN_FOR_AUTHOR = [Status.DRAFT, Status.CHANGES_REQUESTED]
STATISTICS_LIMIT = 2000


def _coordinator_panels(request: HttpRequest) -> dict:
    """Open follow-ups of petitions and the statistics of exportable testimonies, for those
    who work on petitions; the same figures as a bundle's summary.pdf."""
    if not request.user.has_perm("testimony.view_petition"):
        return {}
    petitions = list(Petition.objects.select_related("mandate"))
    follow_ups = [(p, p.open_follow_up()) for p in petitions if p.open_follow_up()]
    form = StatisticsForm(request.GET or None, petitions=petitions)
    testimonies = (
        exportable_testimonies()
        .select_related("country", "sector", "narrative", "consent")
        .prefetch_related(
            "persons__home_province", "indicators", "anonymizations", *RELEASE_PREFETCH
        )
    )
    if form.is_valid():
        if petition := form.cleaned_data["petition"]:
            testimonies = testimonies.filter(petitions=petition)
        if year_from := form.cleaned_data["year_from"]:
            testimonies = testimonies.filter(period_end__gte=str(year_from))
        if year_to := form.cleaned_data["year_to"]:
            testimonies = testimonies.filter(period_start__lte=f"{year_to}-99")
    elif form.is_bound:
        # The refused value is named beside its field; figures for another selection would
        # read as the answer.
        testimonies = testimonies.none()
    # Releasing a case for the figures costs a few milliseconds: a page cannot afford tens of
    # thousands, so it counts the most recent STATISTICS_LIMIT and says so when there are more.
    cases = [
        case_release(testimony, with_passages=False)
        for testimony in testimonies.order_by("-case_code")[:STATISTICS_LIMIT]
    ]
    statistics = _in_words_of_the_reader(summary_statistics(cases)) if cases else None
    matching = testimonies.count() if len(cases) == STATISTICS_LIMIT else len(cases)
    return {
        "follow_ups": follow_ups,
        "statistics_form": form,
        "statistics": statistics,
        "statistics_matching": matching,
    }


def _in_words_of_the_reader(statistics: dict) -> dict:
    """Labels for the dashboard in the reader's language: the statistics' own sentences are
    summary.pdf's, in English; the template builds its sentences from counts and these labels."""
    periods = dict(WagePeriod.choices)
    for group in statistics["wages"]:
        group["label"] = " ".join(
            str(part) for part in (group["currency"], periods.get(group["period"], "")) if part
        )
    for fact in statistics["facts"]:
        fact["label"] = capfirst(Testimony._meta.get_field(fact["fact"]).verbose_name)
    return statistics


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    visible = visible_testimonies(request.user)
    # COUNT(*), not COUNT(id): the status index alone answers it (30 ms instead of 75 ms for a
    # table scan at 100,000 testimonies).
    counts = dict(
        visible.order_by().values_list("status").annotate(n=Count("*")).values_list("status", "n")
    )
    status_counts = [(value, label, counts.get(value, 0)) for value, label in Status.choices]
    my_open = (
        Testimony.objects.filter(created_by=request.user, status__in=OPEN_FOR_AUTHOR)
        .only("uuid", "case_code", "status", "country", "sector", "updated_at")
        .prefetch_related("country", "sector")
        .order_by("-updated_at")[:10]
    )
    my_open = list(my_open)
    recent = (
        AuditEvent.objects.filter(testimony__in=visible.values("pk"))
        .exclude(
            action__in=[
                AuditEvent.Action.VIEWED,
                AuditEvent.Action.IDENTITIES_VIEWED,
                AuditEvent.Action.ADMIN_VIEWED,
            ]
        )
        .select_related("actor", "testimony")[:12]
    )
    # Searches by name belong to no testimony: those who read the audit trail see them here.
    name_searches = (
        AuditEvent.objects.filter(action=AuditEvent.Action.NAME_SEARCHED).select_related("actor")[
            :10
        ]
        if request.user.has_perm("testimony.view_auditevent")
        else None
    )
    change_requests = {
        comment.testimony_id: comment
        for comment in ReviewComment.objects.filter(
            testimony__in=[testimony.pk for testimony in my_open],
            kind=ReviewComment.Kind.CHANGE_REQUEST,
            resolved_at__isnull=True,
        ).order_by("created_at")
    }
    for testimony in my_open:
        testimony.open_change_request = change_requests.get(testimony.pk)
    ctx = {
        **_coordinator_panels(request),
        "status_counts": status_counts,
        "total": sum(counts.values()),
        "my_open": my_open,
        "recent": recent,
        "name_searches": name_searches,
    }
    return render(request, "testimony/dashboard.html", ctx)
