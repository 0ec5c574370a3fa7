"""Entering and editing a testimony: the entry page and its optimistic locking."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from testimony.audit import audit_record
from testimony.forms import (
    RevisionForm,
    TestimonyEntry,
)
from testimony.models import (
    AuditEvent,
    Testimony,
)
from testimony.services import EditConflict, testimony_create, testimony_update
from testimony.versions import FieldChange
from testimony.views.access import get_testimony_for_user
from testimony.views.detail import changes_between
from testimony.workflow import (
    edit_refusal,
)


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
    testimony = get_testimony_for_user(request, uuid)
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
                conflict_changes = changes_between(
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
