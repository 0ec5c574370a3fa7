"""Entering and editing a testimony: the entry page and its optimistic locking."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from testimony.audit import audit_record
from testimony.drafts import (
    DraftRefused,
    draft_discard,
    draft_for,
    draft_is_stale,
    draft_save,
    fields_from_post,
)
from testimony.forms import (
    RevisionForm,
    TestimonyEntry,
)
from testimony.models import (
    AuditEvent,
    Draft,
    Testimony,
)
from testimony.reveal import identities_for
from testimony.services import EditConflict, testimony_create, testimony_update
from testimony.versions import FieldChange
from testimony.views.access import get_testimony_for_user
from testimony.views.detail import changes_between
from testimony.workflow import (
    edit_refusal,
)


def _keep_as_draft(request: HttpRequest, testimony: Testimony | None) -> None:
    """A form sent back (errors, a conflict) is the freshest draft there is; one with fields
    no page of this form has (a hand-made request) is not kept, and the form still answers."""
    try:
        fields = fields_from_post(request.POST)
    except DraftRefused:
        return
    draft_save(author=request.user, testimony=testimony, fields=fields)


def _draft_offer(request: HttpRequest, testimony: Testimony | None, masked: bool) -> dict:
    """What the page says about unsaved work on opening: only a page opened afresh offers it
    (a page sent back already shows what was sent)."""
    draft: Draft | None = draft_for(request.user, testimony) if request.method == "GET" else None
    if draft is None:
        return {"draft": None}
    return {
        "draft": draft,
        "draft_stale": draft_is_stale(draft, testimony),
        # An edit draft restores into a form shown the way it was typed (reveal.py).
        "draft_needs_reveal": testimony is not None and draft.identities_shown and masked,
        "draft_needs_hide": testimony is not None and not draft.identities_shown and not masked,
    }


# Both pages validate outside the request's transaction: on SQLite it begins IMMEDIATE and
# would hold the write lock, which every other user's request waits for, while a long
# narrative or a thousand persons are validated and the page is rendered. The services write
# in transactions of their own (testimony_create, testimony_update, audit_record).
@transaction.non_atomic_requests
@login_required
@permission_required("testimony.add_testimony", raise_exception=True)
def testimony_create_view(request: HttpRequest) -> HttpResponse:
    testimony = Testimony(interviewer=request.user)
    entry = TestimonyEntry.for_testimony(testimony, request.POST or None)
    if request.method == "POST":
        if entry.is_valid():
            testimony = testimony_create(entry=entry, by=request.user)
            draft_discard(request.user, None)
            messages.success(
                request,
                _("Testimony %(case)s was saved as a draft.") % {"case": testimony.case_code},
            )
            return redirect(testimony)
        messages.error(request, _("The testimony was not saved. Please correct the marked fields."))
        _keep_as_draft(request, None)
    ctx = {"entry": entry, "revision_form": None, **_draft_offer(request, None, masked=False)}
    return render(request, "testimony/testimony_form.html", ctx)


@transaction.non_atomic_requests
@login_required
@permission_required("testimony.change_testimony", raise_exception=True)
def testimony_edit(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The entry page for a saved testimony. It opens masked (identity fields empty, narratives
    and passages machine-redacted, read-only) unless this session holds a grant (reveal.py);
    a masked form saved keeps what it did not show. The mode travels with the form, so what a
    blank means is what the editor saw; a page rendered again repeats only what was sent."""
    testimony = get_testimony_for_user(request, uuid)
    if reason := edit_refusal(testimony, request.user):
        messages.error(request, reason)
        return redirect(testimony)
    identities = identities_for(request, testimony)
    if request.method == "POST":
        masked = request.POST.get("identities") != "shown"
    else:
        masked = not identities.revealed
    entry = TestimonyEntry.for_testimony(testimony, request.POST or None, masked=masked)
    current = None
    conflict_changes: list[FieldChange] = []
    mode = {"identities": "masked" if masked else "shown"}
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
                _keep_as_draft(request, testimony)
                current = Testimony.objects.select_related("updated_by").get(pk=testimony.pk)
                conflict_changes = changes_between(
                    testimony, revision_form.cleaned_data["revision"], current.revision, identities
                )
                # Saving again from the conflict page is a deliberate choice to keep this version.
                revision_form = RevisionForm(initial={"revision": current.revision, **mode})
            else:
                draft_discard(request.user, testimony)
                messages.success(
                    request,
                    _("Your changes to %(case)s were saved.") % {"case": testimony.case_code},
                )
                return redirect(testimony)
        else:
            messages.error(
                request, _("Your changes were not saved. Please correct the marked fields.")
            )
            _keep_as_draft(request, testimony)
    else:
        revision_form = RevisionForm(initial={"revision": testimony.revision, **mode})
        # Identities shown under a grant were recorded once, when the grant was made.
        audit_record(actor=request.user, action=AuditEvent.Action.VIEWED, testimony=testimony)
    ctx = {
        "testimony": testimony,
        "entry": entry,
        "revision_form": revision_form,
        "masked": masked,
        "identities": identities,
        "reveal": identities.revealed,
        "narrative": identities.narrative if masked else None,
        "conflict": current is not None,
        "current": current,
        "conflict_changes": conflict_changes,
        **_draft_offer(request, testimony, masked),
    }
    status = 409 if current is not None else 200
    return render(request, "testimony/testimony_form.html", ctx, status=status)
