"""Reading a testimony: the detail page, its change history, and revealing identities."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.reauth import (
    reauthentication_redirect,
    recently_authenticated,
    safe_next,
)
from testimony.anonymize.review_texts import passage_release
from testimony.audit import audit_record
from testimony.bundle.case_facts import states_concerned, testimony_postings
from testimony.forms import (
    AssignForm,
    CommentForm,
    TransitionForm,
)
from testimony.models import (
    AuditEvent,
    ReviewVisit,
    Status,
    Testimony,
)
from testimony.person_links import annotate_persons
from testimony.reveal import REASONS, Identities, identities_for, reveal_end, reveal_grant
from testimony.versions import FieldChange, snapshot_diff, version_snapshot
from testimony.views.access import get_testimony_for_user
from testimony.views.attachments import attachment_context
from testimony.views.redaction import PASSAGE_REVIEW_STATES, passage_review_offered
from testimony.workflow import (
    available_rules,
    edit_refusal,
)


def changes_between(
    testimony: Testimony, old: int, new: int, identities: Identities
) -> list[FieldChange]:
    """The readable difference between two saved versions as `identities` may see it
    (machine-redacted unless revealed); empty if either version is missing."""
    versions = {
        version.number: version for version in testimony.versions.filter(number__in=[old, new])
    }
    if old not in versions or new not in versions:
        return []
    snapshots = [version_snapshot(versions[old]), version_snapshot(versions[new])]
    return identities.changes(snapshot_diff(*snapshots), snapshots)


def _review_visit(testimony: Testimony, user: AbstractBaseUser) -> tuple[int | None, int | None]:
    """For reviewers: the version they last saw (None the first time) and the latest one."""
    if not user.has_perm("testimony.review_testimony"):
        return None, None
    latest = testimony.versions.aggregate(latest=Max("number"))["latest"]
    if latest is None:
        return None, None
    visit = ReviewVisit.objects.filter(testimony=testimony, user=user).first()
    return (visit.version_number if visit else None), latest


def render_detail(
    request: HttpRequest, uuid: UUID, *, comment_form: CommentForm | None = None
) -> HttpResponse:
    """The detail page; `comment_form` is a refused comment, shown again with what was typed.

    Names, narratives, indicator passages and comments come through the door (reveal.py):
    machine-redacted unless this session holds a grant for the testimony."""
    testimony = get_testimony_for_user(request, uuid)
    persons = list(testimony.persons.select_related("home_province"))
    identities = identities_for(request, testimony, persons)
    annotate_persons(persons, testimony, request.user, revealed=identities.revealed)
    seen, latest = _review_visit(testimony, request.user)
    user = request.user
    indicators = list(testimony.indicators.all())
    passages = passage_release(testimony.approved_anonymization(), indicators)
    ctx = {
        "since_last_visit": (seen, latest) if seen is not None and seen < latest else None,
        "testimony": testimony,
        "persons": persons,
        "consent": getattr(testimony, "consent", None),
        "withdrawal": getattr(testimony, "withdrawal", None),
        "indicators": indicators,
        # What a bundle does with the passages, said where they can still be released.
        "passage_release": passages if testimony.status in PASSAGE_REVIEW_STATES else "",
        "passage_review_offered": passage_review_offered(testimony, user, passages),
        "postings": testimony_postings(testimony),
        "entity_links": testimony.entity_links.select_related("entity", "entity__country"),
        "states": states_concerned(testimony),
        "notes": getattr(testimony, "notes", None),
        "comments": testimony.comments.select_related("author", "resolved_by"),
        "history": testimony.audit_events.select_related("actor")[:50],
        "identities": identities,
        "narrative": identities.narrative,
        "reveal": identities.revealed,
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
    # Identities shown under a grant were recorded once, when the grant was made.
    audit_record(actor=user, action=AuditEvent.Action.VIEWED, testimony=testimony)
    return response


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def testimony_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    return render_detail(request, uuid)


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
@require_POST
def testimony_identities(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The door to a testimony's identities: a POST with a reason from a fixed list opens it
    for this session (reveal.py), `action=hide` closes it; then back to `next`.

    It needs the password within the last ten minutes; without it the user confirms it and
    comes back to the page they were on, where showing the names is one click again.
    """
    testimony = get_testimony_for_user(request, uuid)
    back = safe_next(request, testimony.get_absolute_url())
    if request.POST.get("action") == "hide":
        reveal_end(request, testimony)
        return redirect(back)
    reason = request.POST.get("reason") or "narrative"
    if reason not in REASONS:
        messages.error(request, _("Choose why you need to see the real names."))
        return redirect(back)
    if not recently_authenticated(request):
        return reauthentication_redirect(back)
    reveal_grant(request, testimony, reason)
    return redirect(back)
