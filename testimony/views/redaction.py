"""The redaction review (proposals, decisions, approval) and the re-identification check."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

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
from testimony.forms import (
    RedactionForm,
    RiskSettingsForm,
)
from testimony.models import (
    AuditEvent,
    Status,
    Testimony,
)
from testimony.views.access import get_testimony_for_user
from testimony.workflow import (
    exportable_testimonies,
)

REDACTION_STATES = (Status.IN_REVIEW, Status.VERIFIED)


def _get_testimony_for_redaction(request: HttpRequest, uuid: UUID) -> Testimony:
    testimony = get_testimony_for_user(request, uuid)
    if testimony.status not in REDACTION_STATES:
        raise RedactionError(
            _("Redactions are reviewed while a testimony is in review or verified.")
        )
    return testimony


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
def testimony_redactions(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The narrative with every proposed redaction; the reviewer decides, adds, approves."""
    testimony = get_testimony_for_user(request, uuid)
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
