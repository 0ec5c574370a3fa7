"""Moderation: status moves, the review queue, comments, assignment, withdrawal, versions."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from testimony.audit import audit_record
from testimony.forms import (
    AssignForm,
    CommentForm,
    TransitionForm,
    VersionCompareForm,
    WithdrawalForm,
)
from testimony.models import (
    AuditEvent,
    Status,
    Testimony,
)
from testimony.reveal import identities_for
from testimony.versions import FieldChange
from testimony.views.access import get_testimony_for_user
from testimony.views.detail import changes_between, render_detail
from testimony.views.listing import LIST_COLUMNS
from testimony.workflow import (
    RULES_BY_NAME,
    TransitionRefused,
    consent_withdraw,
    transition,
    visible_testimonies,
)


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
@require_POST
def testimony_transition(request: HttpRequest, uuid: UUID, rule: str) -> HttpResponse:
    """Take one action of the workflow; a refusal comes back as a message saying why."""
    testimony = get_testimony_for_user(request, uuid)
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
    testimony = get_testimony_for_user(request, uuid)
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
    return render_detail(request, uuid, comment_form=form)


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
@require_POST
def testimony_assign(request: HttpRequest, uuid: UUID) -> HttpResponse:
    testimony = get_testimony_for_user(request, uuid)
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
    testimony = get_testimony_for_user(request, uuid)
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


@transaction.non_atomic_requests
@login_required
@permission_required("testimony.view_testimonyversion", raise_exception=True)
def testimony_versions(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The saved versions, and what changed between two of them (the last two by default).

    Outside the request's transaction: on SQLite it would begin IMMEDIATE and hold the write
    lock for the whole comparison. Each read commits on its own (versions are only ever added),
    the diff and the page are made holding nothing, and the audit event is written last, in
    its own short transaction; a page whose viewing cannot be recorded is not sent."""
    testimony = get_testimony_for_user(request, uuid)
    identities = identities_for(request, testimony)
    versions = list(testimony.versions.select_related("created_by").order_by("-number"))
    numbers = [version.number for version in versions]
    form = VersionCompareForm(request.GET or None, numbers=numbers)
    changes: list[FieldChange] = []
    compared = None
    if len(numbers) >= 2:
        old, new = (numbers[1], numbers[0])
        if form.is_valid():
            old, new = form.cleaned_data["old"], form.cleaned_data["new"]
        changes = changes_between(testimony, old, new, identities)
        compared = (old, new)
    ctx = {
        "testimony": testimony,
        "identities": identities,
        "reveal": identities.revealed,
        "versions": versions,
        "form": form,
        "changes": changes,
        "compared": compared,
    }
    response = render(request, "testimony/testimony_versions.html", ctx)
    audit_record(actor=request.user, action=AuditEvent.Action.VIEWED, testimony=testimony)
    return response
