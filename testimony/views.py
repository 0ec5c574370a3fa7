"""Staff pages: dashboard, finding, reading, entering and editing testimonies.

Views check access, hand validated forms to a service in services.py, and render.
"""

import re
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import BooleanField, Count, Max, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.reauth import (
    reauthenticate,  # noqa: F401 - served as testimony:reauthenticate
    reauthentication_redirect,
    recently_authenticated,
)
from testimony.anonymize.review import (
    RedactionError,
    anonymization_approve,
    anonymization_current,
    field_reviews,
    redaction_add,
    redaction_decide,
)
from testimony.anonymize.risk import k_anonymity, released_profile, risky, suggest_generalization
from testimony.audit import audit_record
from testimony.bundle.build import build_bundle_task, bundle_path
from testimony.bundle.documents import summary_statistics
from testimony.bundle.release import case_release, eligible
from testimony.crypto import name_digests
from testimony.forms import (
    AssignForm,
    CommentForm,
    FollowUpForm,
    PetitionForm,
    RedactionForm,
    RevisionForm,
    RiskSettingsForm,
    StatisticsForm,
    TestimonyEntry,
    TestimonyFilterForm,
    TransitionForm,
    VersionCompareForm,
    WithdrawalForm,
)
from testimony.models import (
    Anonymization,
    AuditEvent,
    Bundle,
    Country,
    IndicatorTag,
    Person,
    Petition,
    ReviewComment,
    ReviewVisit,
    Sector,
    Status,
    Testimony,
    WagePeriod,
)
from testimony.services import EditConflict, testimony_create, testimony_update
from testimony.versions import FieldChange, snapshot_diff, version_snapshot
from testimony.views_attachments import attachment_context
from testimony.workflow import (
    RULES_BY_NAME,
    TransitionRefused,
    available_rules,
    consent_withdraw,
    edit_refusal,
    exportable_testimonies,
    transition,
    visible_testimonies,
)

PAGE_SIZE = 25
# A text search counts its results up to here (see SearchPaginator).
SEARCH_COUNT_LIMIT = 1000
OPEN_FOR_AUTHOR = [Status.DRAFT, Status.CHANGES_REQUESTED]


def _get_testimony_for_user(request: HttpRequest, uuid: UUID) -> Testimony:
    """The testimony, if the user may read it; 404 otherwise (never reveal that it exists)."""
    queryset = visible_testimonies(request.user).select_related(
        "country",
        "sector",
        "interviewer",
        "created_by",
        "updated_by",
        "narrative",
        "assigned_reviewer",
    )
    return get_object_or_404(queryset, uuid=uuid)


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
        .prefetch_related("persons__home_province", "indicators", "anonymizations")
    )
    if form.is_valid():
        if petition := form.cleaned_data["petition"]:
            testimonies = testimonies.filter(petitions=petition)
        if year_from := form.cleaned_data["year_from"]:
            testimonies = testimonies.filter(period_end__gte=str(year_from))
        if year_to := form.cleaned_data["year_to"]:
            testimonies = testimonies.filter(period_start__lte=f"{year_to}-99")
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
        .exclude(action__in=[AuditEvent.Action.VIEWED, AuditEvent.Action.IDENTITIES_VIEWED])
        .select_related("actor", "testimony")[:12]
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
    }
    return render(request, "testimony/dashboard.html", ctx)


# Columns the list shows. The narratives are left out: they are large, encrypted, and not shown.
LIST_COLUMNS = [
    "uuid",
    "case_code",
    "status",
    "country",
    "sector",
    "period_start",
    "period_end",
    "interviewer",
    "interview_date",
    "created_at",
]


def _filtered_testimonies(
    form: TestimonyFilterForm, queryset: QuerySet[Testimony]
) -> QuerySet[Testimony]:
    """Testimonies matching the list filters, without joins.

    Every condition on another table is a subquery, so the database can walk the
    (filter, created_at) indexes and stop after one page instead of sorting a join.
    """
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
        tagged = IndicatorTag.objects.filter(indicator=data["indicator"])
        queryset = queryset.filter(pk__in=tagged.values("testimony_id"))
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
        queryset = queryset.filter(_text_search(query))
    return queryset


# A word for the full-text search: letters and digits only, so that nothing typed can be read
# as tsquery syntax (& | ! : * ( ) and quotes are separators here).
SEARCH_WORD = re.compile(r"[^\W_]+")


def _text_search(query: str) -> Q:
    """Case code, place, site, country or sector containing the words, an approved anonymized
    narrative containing them, or the exact name or pseudonym of a person.

    One condition on the testimony's own row, so that PostgreSQL can choose per query: a word
    found in many testimonies walks the newest ones and stops after a page; a rare one comes
    from the indexes (trigrams, the word index of migration 0015, the primary key).
    """
    matches = (
        Q(case_code__icontains=query)
        | Q(interview_place__icontains=query)
        | Q(work_site__icontains=query)
    )
    vocabulary = Q(name__icontains=query) | Q(name_ko__icontains=query)
    if countries := list(Country.objects.filter(vocabulary).values_list("pk", flat=True)):
        matches |= Q(country__in=countries)
    if sectors := list(Sector.objects.filter(vocabulary).values_list("pk", flat=True)):
        matches |= Q(sector__in=sectors)
    # The approved anonymized narratives are the only narrative text search may read.
    if connection.vendor == "postgresql":
        # Every word as a word prefix ("여권" finds 여권을), from the testimony's word index.
        if words := SEARCH_WORD.findall(query.lower()):
            matches |= Q(
                RawSQL(
                    "testimony_testimony.search_words @@ to_tsquery('simple', %s)",
                    [" & ".join(f"{word}:*" for word in words)],
                    output_field=BooleanField(),
                )
            )
    else:
        approved = Anonymization.objects.filter(approved_at__isnull=False).filter(
            Q(original__icontains=query) | Q(english__icontains=query)
        )
        matches |= Q(pk__in=approved.values("testimony_id"))
    # Exact names are few: their testimonies' ids, looked up through the blind index, go into
    # the condition as a list, which the primary key answers.
    by_name = Person.objects.filter(name_index__digest__in=name_digests([query]))
    by_pseudonym = Person.objects.annotate(pseudonym_lower=Lower("pseudonym")).filter(
        pseudonym_lower=query.lower()
    )
    named = {
        testimony
        for persons in (by_name, by_pseudonym)
        for testimony in persons.values_list("testimony_id", flat=True)
    }
    if named:
        matches |= Q(pk__in=sorted(named))
    return matches


class SearchPaginator(Paginator):
    """Counts a search's results up to `limit`: a word found in 30,000 testimonies costs the
    same as one found in 1,000, since the database stops counting there. Beyond it, the newest
    `limit` are listed and the page says there are more."""

    def __init__(self, object_list: QuerySet, per_page: int, *, limit: int, indexed: bool) -> None:
        super().__init__(object_list, per_page)
        self.limit = limit
        self.indexed = indexed

    @cached_property
    def _found(self) -> int:
        counted = self.object_list.order_by()[: self.limit + 1]
        if connection.vendor != "postgresql" or not self.indexed:
            return counted.count()
        # Left to itself, PostgreSQL counts by walking the testimonies until it has enough,
        # reading each one's words: it does not know that reading them costs about 7 us a row
        # (0.14 s for a word found in one testimony in twenty). Its indexes count in 3-18 ms
        # whatever the word, so for this one query it is told to use them.
        # SET LOCAL inside a savepoint: undone with it if the count fails, reset by hand if not
        # (it would otherwise last to the end of the request's transaction).
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
            found = counted.count()
            cursor.execute("RESET enable_seqscan; RESET enable_indexscan")
        return found

    @cached_property
    def count(self) -> int:
        return min(self._found, self.limit)

    @property
    def truncated(self) -> bool:
        return self._found > self.limit


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def testimony_list(request: HttpRequest) -> HttpResponse:
    form = TestimonyFilterForm(request.GET or None)
    visible = visible_testimonies(request.user)
    queryset = _filtered_testimonies(form, visible) if request.GET else visible
    # The page's own rows are fetched first, then their countries, sectors and interviewers in
    # three small queries: a join here makes SQLite sort the whole table before the LIMIT.
    queryset = (
        queryset.only(*LIST_COLUMNS)
        .prefetch_related("country", "sector", "interviewer")
        .order_by("-created_at", "-id")
    )
    if form.is_bound and form.is_valid() and (query := form.cleaned_data["q"].strip()):
        # The trigram indexes of the short columns need three characters in a row; a shorter
        # query (a two-syllable Hangul word) is counted by walking, like a page.
        indexed = max(map(len, SEARCH_WORD.findall(query)), default=0) >= 3
        paginator = SearchPaginator(queryset, PAGE_SIZE, limit=SEARCH_COUNT_LIMIT, indexed=indexed)
    else:
        paginator = Paginator(queryset, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    ctx = {"form": form, "page": page, "query": query_without_page.urlencode()}
    template = "testimony/_results.html" if request.htmx else "testimony/testimony_list.html"
    return render(request, template, ctx)


def _changes_between(testimony: Testimony, old: int, new: int) -> list[FieldChange]:
    """The readable difference between two saved versions; empty if either is missing."""
    versions = {
        version.number: version for version in testimony.versions.filter(number__in=[old, new])
    }
    if old not in versions or new not in versions:
        return []
    return snapshot_diff(version_snapshot(versions[old]), version_snapshot(versions[new]))


def _review_visit(testimony: Testimony, user: AbstractBaseUser) -> tuple[int | None, int | None]:
    """For reviewers: the version they last saw (None the first time) and the latest one."""
    if not user.has_perm("testimony.review_testimony"):
        return None, None
    latest = testimony.versions.aggregate(latest=Max("number"))["latest"]
    if latest is None:
        return None, None
    visit = ReviewVisit.objects.filter(testimony=testimony, user=user).first()
    return (visit.version_number if visit else None), latest


def _render_detail(
    request: HttpRequest, uuid: UUID, *, reveal: bool, comment_form: CommentForm | None = None
) -> HttpResponse:
    """The detail page; `comment_form` is a refused comment, shown again with what was typed."""
    testimony = _get_testimony_for_user(request, uuid)
    persons = testimony.persons.select_related("home_province")
    seen, latest = _review_visit(testimony, request.user)
    user = request.user
    ctx = {
        "since_last_visit": (seen, latest) if seen is not None and seen < latest else None,
        "testimony": testimony,
        "persons": persons,
        "consent": getattr(testimony, "consent", None),
        "withdrawal": getattr(testimony, "withdrawal", None),
        "indicators": testimony.indicators.all(),
        "comments": testimony.comments.select_related("author", "resolved_by"),
        "history": testimony.audit_events.select_related("actor")[:50],
        "reveal": reveal,
        "actions": available_rules(testimony, user),
        "edit_refusal": edit_refusal(testimony, user),
        "transition_form": TransitionForm(),
        "comment_form": (
            comment_form or CommentForm() if user.has_perm("testimony.add_reviewcomment") else None
        ),
        "assign_form": (
            AssignForm(initial={"reviewer": testimony.assigned_reviewer_id})
            if user.has_perm("testimony.review_testimony")
            and testimony.status in (Status.SUBMITTED, Status.IN_REVIEW)
            else None
        ),
        "can_withdraw": user.has_perm("testimony.withdraw_consent")
        and testimony.status != Status.WITHDRAWN,
        **attachment_context(testimony, user),
    }
    response = render(request, "testimony/testimony_detail.html", ctx)
    # Written last, once the page is rendered: the audit chain's lock (which every audited
    # request in the app waits for) and the visit's row are then held only until the commit
    # that ends the request. Nothing reaches the browser unless both are written.
    if latest is not None:
        ReviewVisit.objects.update_or_create(
            testimony=testimony,
            user=user,
            defaults={"version_number": latest, "at": timezone.now()},
        )
    audit_record(
        actor=user,
        action=AuditEvent.Action.IDENTITIES_VIEWED if reveal else AuditEvent.Action.VIEWED,
        testimony=testimony,
    )
    return response


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def testimony_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    return _render_detail(request, uuid, reveal=False)


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
@require_POST
def testimony_identities(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The detail page with real names: a POST, so every reveal is deliberate and audited.

    It needs the password within the last ten minutes; without it the user confirms it and
    comes back to the detail page, where showing the names is one click again.
    """
    if not recently_authenticated(request):
        testimony = _get_testimony_for_user(request, uuid)
        return reauthentication_redirect(testimony.get_absolute_url())
    return _render_detail(request, uuid, reveal=True)


@login_required
@permission_required("testimony.add_testimony", raise_exception=True)
def testimony_create_view(request: HttpRequest) -> HttpResponse:
    testimony = Testimony(interviewer=request.user)
    entry = TestimonyEntry.for_testimony(testimony, request.POST or None)
    if request.method == "POST":
        if entry.is_valid():
            testimony = testimony_create(entry=entry, by=request.user)
            messages.success(
                request,
                _("Testimony %(case)s was saved as a draft.") % {"case": testimony.case_code},
            )
            return redirect(testimony)
        messages.error(request, _("The testimony was not saved. Please correct the marked fields."))
    ctx = {"entry": entry, "revision_form": None}
    return render(request, "testimony/testimony_form.html", ctx)


@login_required
@permission_required("testimony.change_testimony", raise_exception=True)
def testimony_edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    testimony = _get_testimony_for_user(request, uuid)
    if reason := edit_refusal(testimony, request.user):
        messages.error(request, reason)
        return redirect(testimony)
    entry = TestimonyEntry.for_testimony(testimony, request.POST or None)
    current = None
    conflict_changes: list[FieldChange] = []
    if request.method == "POST":
        revision_form = RevisionForm(request.POST)
        if revision_form.is_valid() and entry.is_valid():
            try:
                testimony = testimony_update(
                    entry=entry,
                    by=request.user,
                    expected_revision=revision_form.cleaned_data["revision"],
                )
            except EditConflict:
                current = Testimony.objects.select_related("updated_by").get(pk=testimony.pk)
                conflict_changes = _changes_between(
                    testimony, revision_form.cleaned_data["revision"], current.revision
                )
                # Saving again from the conflict page is a deliberate choice to keep this version.
                revision_form = RevisionForm(initial={"revision": current.revision})
            else:
                messages.success(
                    request,
                    _("Your changes to %(case)s were saved.") % {"case": testimony.case_code},
                )
                return redirect(testimony)
        else:
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
        "entry": entry,
        "revision_form": revision_form,
        "conflict": current is not None,
        "current": current,
        "conflict_changes": conflict_changes,
    }
    status = 409 if current is not None else 200
    return render(request, "testimony/testimony_form.html", ctx, status=status)


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
@require_POST
def testimony_transition(request: HttpRequest, uuid: UUID, rule: str) -> HttpResponse:
    """Take one action of the workflow; a refusal comes back as a message saying why."""
    testimony = _get_testimony_for_user(request, uuid)
    if rule not in RULES_BY_NAME or rule == "withdraw":
        raise Http404
    form = TransitionForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        transition(testimony, RULES_BY_NAME[rule].target, by=request.user, note=note)
    except TransitionRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(
            request,
            _("%(case)s is now “%(status)s”.")
            % {"case": testimony.case_code, "status": testimony.get_status_display()},
        )
    return redirect(testimony)


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
def review_queue(request: HttpRequest) -> HttpResponse:
    """What awaits review, oldest first; never the reviewer's own entries."""
    waiting = (
        visible_testimonies(request.user)
        .filter(status__in=[Status.SUBMITTED, Status.IN_REVIEW])
        .exclude(created_by=request.user)
        .only(*LIST_COLUMNS, "submitted_at", "assigned_reviewer")
        .prefetch_related("country", "sector", "assigned_reviewer")
        .order_by("submitted_at", "id")
    )
    mine = [t for t in waiting if t.assigned_reviewer_id == request.user.pk]
    unassigned = [t for t in waiting if t.assigned_reviewer_id is None]
    others = [t for t in waiting if t.assigned_reviewer_id not in (None, request.user.pk)]
    ctx = {"mine": mine, "unassigned": unassigned, "others": others}
    return render(request, "testimony/review_queue.html", ctx)


@login_required
@permission_required("testimony.add_reviewcomment", raise_exception=True)
@require_POST
def comment_add(request: HttpRequest, uuid: UUID) -> HttpResponse:
    testimony = _get_testimony_for_user(request, uuid)
    form = CommentForm(request.POST)
    if form.is_valid():
        comment = form.save(commit=False)
        comment.testimony = testimony
        comment.author = request.user
        comment.version_number = testimony.revision
        comment.save()
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.COMMENTED,
            testimony=testimony,
            changed_fields=[comment.field] if comment.field else [],
        )
        messages.success(request, _("Your comment was added."))
        return redirect(f"{testimony.get_absolute_url()}#comments")
    # The page again, with the comment as typed and the reason beside it: nothing is lost.
    messages.error(request, _("The comment was not added. Please correct the marked field."))
    return _render_detail(request, uuid, reveal=False, comment_form=form)


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
@require_POST
def testimony_assign(request: HttpRequest, uuid: UUID) -> HttpResponse:
    testimony = _get_testimony_for_user(request, uuid)
    form = AssignForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a reviewer from the list."))
    elif form.cleaned_data["reviewer"].pk == testimony.created_by_id:
        messages.error(request, _("The author of a testimony cannot review it."))
    else:
        reviewer = form.cleaned_data["reviewer"]
        Testimony.objects.filter(pk=testimony.pk).update(assigned_reviewer=reviewer)
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.ASSIGNED,
            testimony=testimony,
            object_type="user",
            object_id=str(reviewer.pk),
        )
        messages.success(
            request, _("%(reviewer)s will review this testimony.") % {"reviewer": reviewer}
        )
    return redirect(testimony)


@login_required
@permission_required("testimony.withdraw_consent", raise_exception=True)
def testimony_withdraw(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """Record that the witness withdrew consent: one form, then the testimony is locked."""
    testimony = _get_testimony_for_user(request, uuid)
    if testimony.status == Status.WITHDRAWN:
        messages.info(request, _("The withdrawal of consent is already recorded."))
        return redirect(testimony)
    form = WithdrawalForm(request.POST or None, initial={"withdrawn_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            consent_withdraw(
                testimony=testimony,
                by=request.user,
                withdrawn_on=form.cleaned_data["withdrawn_on"],
                how=form.cleaned_data["how"],
                note=form.cleaned_data["note"],
            )
        except TransitionRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(
                request,
                _(
                    "The withdrawal is recorded. %(case)s is locked and will be left out of "
                    "every export."
                )
                % {"case": testimony.case_code},
            )
        return redirect(testimony)
    ctx = {"testimony": testimony, "form": form}
    return render(request, "testimony/testimony_withdraw.html", ctx)


@login_required
@permission_required("testimony.view_testimonyversion", raise_exception=True)
def testimony_versions(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The saved versions, and what changed between two of them (the last two by default)."""
    testimony = _get_testimony_for_user(request, uuid)
    versions = list(testimony.versions.select_related("created_by").order_by("-number"))
    numbers = [version.number for version in versions]
    form = VersionCompareForm(request.GET or None, numbers=numbers)
    changes: list[FieldChange] = []
    compared = None
    if len(numbers) >= 2:
        old, new = (numbers[1], numbers[0])
        if form.is_valid():
            old, new = form.cleaned_data["old"], form.cleaned_data["new"]
        changes = _changes_between(testimony, old, new)
        compared = (old, new)
    audit_record(actor=request.user, action=AuditEvent.Action.VIEWED, testimony=testimony)
    ctx = {
        "testimony": testimony,
        "versions": versions,
        "form": form,
        "changes": changes,
        "compared": compared,
    }
    return render(request, "testimony/testimony_versions.html", ctx)


REDACTION_STATES = (Status.IN_REVIEW, Status.VERIFIED)


def _get_testimony_for_redaction(request: HttpRequest, uuid: UUID) -> Testimony:
    testimony = _get_testimony_for_user(request, uuid)
    if testimony.status not in REDACTION_STATES:
        raise RedactionError(
            _("Redactions are reviewed while a testimony is in review or verified.")
        )
    return testimony


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
def testimony_redactions(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The narrative with every proposed redaction; the reviewer decides, adds, approves."""
    testimony = _get_testimony_for_user(request, uuid)
    anonymization = None
    reviews = []
    refusal_reason = None
    if testimony.status in REDACTION_STATES:
        anonymization = anonymization_current(testimony)
        reviews = field_reviews(testimony, anonymization)
        audit_record(
            actor=request.user, action=AuditEvent.Action.IDENTITIES_VIEWED, testimony=testimony
        )
    else:
        refusal_reason = _("Redactions are reviewed while a testimony is in review or verified.")
    ctx = {
        "testimony": testimony,
        "anonymization": anonymization,
        "reviews": reviews,
        "refusal_reason": refusal_reason,
        "approved": testimony.approved_anonymization(),
    }
    return render(request, "testimony/testimony_redactions.html", ctx)


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
@require_POST
def redaction_change(request: HttpRequest, uuid: UUID, action: str) -> HttpResponse:
    """Accept, reject or add one redaction; a refusal comes back as a message."""
    form = RedactionForm(request.POST)
    try:
        testimony = _get_testimony_for_redaction(request, uuid)
        if not form.is_valid():
            raise RedactionError(
                _("Select the words to redact inside the narrative, then try again.")
            )
        where = form.cleaned_data
        if action == "add":
            redaction_add(
                testimony=testimony,
                by=request.user,
                field_name=where["field"],
                start=where["start"],
                end=where["end"],
            )
        elif action in ("accept", "reject"):
            redaction_decide(
                testimony=testimony,
                by=request.user,
                field_name=where["field"],
                start=where["start"],
                end=where["end"],
                accept=action == "accept",
            )
        else:
            raise Http404
    except RedactionError as refused:
        messages.error(request, str(refused))
    return redirect("testimony:redactions", uuid=uuid)


@login_required
@permission_required("testimony.approve_testimony", raise_exception=True)
@require_POST
def redaction_approve(request: HttpRequest, uuid: UUID) -> HttpResponse:
    try:
        testimony = _get_testimony_for_redaction(request, uuid)
        anonymization_approve(testimony=testimony, by=request.user)
    except RedactionError as refused:
        messages.error(request, str(refused))
        return redirect("testimony:redactions", uuid=uuid)
    messages.success(
        request,
        _("The anonymized text of %(case)s is approved.") % {"case": testimony.case_code},
    )
    return redirect(testimony)


@login_required
@permission_required("testimony.approve_testimony", raise_exception=True)
def reidentification_check(request: HttpRequest) -> HttpResponse:
    """How many exportable testimonies share each witness's released attributes (k)."""
    form = RiskSettingsForm(request.GET or None)
    settings_ = form.cleaned_data if form.is_valid() else RiskSettingsForm.DEFAULTS
    testimonies = (
        exportable_testimonies()
        .select_related("country", "sector")
        .prefetch_related("persons__home_province")
        .order_by("case_code")
    )
    profiles = {
        testimony.case_code: released_profile(
            testimony,
            date_precision=settings_["date_precision"],
            age_width=int(settings_["age_width"]),
        )
        for testimony in testimonies
    }
    k_values = k_anonymity(profiles)
    rows = [(code, profile, k_values[code]) for code, profile in profiles.items()]
    ctx = {
        "form": form,
        "rows": rows,
        "risky": risky(profiles),
        "suggestions": suggest_generalization(profiles),
    }
    return render(request, "testimony/reidentification_check.html", ctx)


CANDIDATE_STATES = [Status.APPROVED, Status.VERIFIED, Status.WITHDRAWN]


@login_required
@permission_required("testimony.view_petition", raise_exception=True)
def petition_list(request: HttpRequest) -> HttpResponse:
    petitions = Petition.objects.select_related("mandate").annotate(n=Count("testimonies"))
    return render(request, "testimony/petition_list.html", {"petitions": petitions})


@login_required
@permission_required("testimony.add_petition", raise_exception=True)
def petition_create(request: HttpRequest) -> HttpResponse:
    form = PetitionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        petition = form.save(commit=False)
        petition.created_by = request.user
        petition.save()
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.PETITION_CHANGED,
            object_type="petition",
            object_id=petition.slug,
        )
        return redirect(petition)
    return render(request, "testimony/petition_form.html", {"form": form})


def _petition_candidates(request: HttpRequest, petition: Petition) -> list[tuple[Testimony, str]]:
    """Testimonies a coordinator may consider, each with why it cannot go ("" when it can)."""
    testimonies = list(
        visible_testimonies(request.user)
        .filter(Q(status__in=CANDIDATE_STATES) | Q(petitions=petition))
        .distinct()
        .select_related("country", "sector", "consent")
        .prefetch_related("anonymizations")
        .order_by("case_code")[:500]
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
    if request.method == "POST" and can_change and "select" in request.POST:
        candidates = {
            str(t.pk): (t, reason) for t, reason in _petition_candidates(request, petition)
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
            "anonymizations", "persons__home_province"
        )
    )
    allowed, _refused = eligible(selected)
    profiles = {t.case_code: released_profile(t) for t in allowed}
    ctx = {
        "petition": petition,
        "follow_up": follow_up,
        "can_change": can_change,
        "candidates": _petition_candidates(request, petition),
        "selected_ids": {t.pk for t in selected},
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
