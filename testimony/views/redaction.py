"""The redaction review (proposals, decisions, approval) and the re-identification check.

The same pages review the passages alone of an approval made before passages were reviewed
(`passage_review`, `passage_review_change`, `passage_review_approve`: permission to approve
anonymized texts), with the narratives left as approved."""

import json
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from testimony.anonymize.review import (
    NO_PASSAGES_TO_REVIEW,
    RedactionError,
    UnresolvedItemsError,
    anonymization_approve,
    anonymization_current,
    english_approval_refusal,
    field_reviews,
    passage_review_anonymization,
    passages_approve,
    redaction_add,
    redaction_decide,
    redaction_resolve,
    unresolved_message,
)
from testimony.anonymize.review_texts import PassageRelease, passage_release
from testimony.anonymize.risk import (
    date_problems,
    k_anonymity,
    released_profile,
    risky,
    suggest_generalization,
)
from testimony.audit import audit_record
from testimony.forms import (
    RedactionForm,
    ReviewPersonForm,
    RiskSettingsForm,
    SelectionForm,
)
from testimony.models import (
    Anonymization,
    AuditEvent,
    Status,
    Testimony,
)
from testimony.reveal import identities_for, revealed
from testimony.services import EditConflict, person_register
from testimony.views.access import get_testimony_for_user
from testimony.workflow import (
    APPROVE_ANONYMIZATION,
    edit_refusal,
    exportable_testimonies,
    four_eyes_refusal,
)

REDACTION_STATES = (Status.IN_REVIEW, Status.VERIFIED)
# An approval's passages are reviewed wherever that approval may still be released.
PASSAGE_REVIEW_STATES = (Status.IN_REVIEW, Status.VERIFIED, Status.APPROVED)
REDACTION_REASON = "redaction"


def passage_review_offered(
    testimony: Testimony, user: AbstractBaseUser, release: PassageRelease
) -> bool:
    """Whether a page offers `user` the review of the testimony's passages alone: its approval
    was made before passages were reviewed (`release`, review_texts.passage_release)."""
    return (
        release == "withheld"
        and testimony.status in PASSAGE_REVIEW_STATES
        and user.has_perm("testimony.approve_testimony")
    )


def _state_refusal(testimony: Testimony, passages_only: bool) -> str:
    """Why the review is not open in the testimony's status, or ""."""
    if passages_only and testimony.status not in PASSAGE_REVIEW_STATES:
        return _(
            "The passages of an approved anonymized text are reviewed while the testimony is "
            "in review, verified or approved."
        )
    if not passages_only and testimony.status not in REDACTION_STATES:
        return _("Redactions are reviewed while a testimony is in review or verified.")
    return ""


def _get_testimony_for_redaction(
    request: HttpRequest, uuid: UUID, *, passages_only: bool = False
) -> Testimony:
    testimony = get_testimony_for_user(request, uuid)
    if refusal := _state_refusal(testimony, passages_only):
        raise RedactionError(refusal)
    if not revealed(request, testimony, REDACTION_REASON):
        raise RedactionError(
            _("Your permission to see the original ended. Show it again, then try again.")
        )
    return testimony


def _person_form(
    request: HttpRequest, testimony: Testimony, data: dict | None = None
) -> ReviewPersonForm | None:
    """The form registering a person named in the statement, or None for a user who may not
    edit this testimony now (a verified testimony, say: the page says why)."""
    if edit_refusal(testimony, request.user):
        return None
    return ReviewPersonForm(
        data,
        persons=list(testimony.persons.order_by("id")),
        initial={"revision": testimony.revision},
        prefix="person",
    )


def _carried(anonymization: Anonymization | None) -> dict:
    """What the decisions of this version carried from the one before (carry.py), if any."""
    if anonymization is None or anonymization.is_approved or not anonymization.decisions:
        return {}
    return json.loads(anonymization.decisions).get("carried", {})


def _redactions_page(
    request: HttpRequest,
    testimony: Testimony,
    *,
    approval_refusal: str = "",
    person_form: ReviewPersonForm | None = None,
    status: int = 200,
    passages_only: bool = False,
) -> HttpResponse:
    """The review of a testimony's texts; with `passages_only`, of the passages alone of an
    approval made before passages were reviewed."""
    anonymization = None
    reviews = []
    refusal_reason = _state_refusal(testimony, passages_only) or None
    if refusal_reason is None:
        if passages_only:
            anonymization = passage_review_anonymization(testimony)
            if anonymization is None:
                refusal_reason = NO_PASSAGES_TO_REVIEW
        else:
            anonymization = anonymization_current(testimony)
    if anonymization is not None:
        reviews = field_reviews(testimony, anonymization, passages_only=passages_only)
        # The originals shown here were recorded once, when the grant was made (reveal.py).
        audit_record(actor=request.user, action=AuditEvent.Action.VIEWED, testimony=testimony)
    unresolved = [item for review in reviews for item in review.unresolved]
    narrative = getattr(testimony, "narrative", None)
    english_missing = ""
    if anonymization is not None and not anonymization.is_approved:
        texts = {review.name: review.redacted() for review in reviews}
        english_missing = english_approval_refusal(testimony, narrative, texts)
    approval_blocked = english_missing or unresolved_message(reviews)
    if passages_only and anonymization is not None:
        # Said before anything is decided: the approver's four eyes do not change on the way.
        approval_blocked = (
            four_eyes_refusal(testimony, request.user, APPROVE_ANONYMIZATION) or approval_blocked
        )
    approved = testimony.approved_anonymization()
    ctx = {
        "testimony": testimony,
        "identities": identities_for(request, testimony),
        "anonymization": anonymization,
        "reviews": reviews,
        "refusal_reason": refusal_reason,
        "approved": approved,
        "passages_only": passages_only,
        # An approval made before passages were reviewed: its passages are reviewed apart.
        "passage_review_offered": not passages_only
        and approved is not None
        and passage_review_offered(
            testimony, request.user, passage_release(approved, testimony.indicators.all())
        ),
        # Decisions and approval are open: before approval, or on the passages of an approval
        # made before passages were reviewed.
        "deciding": anonymization is not None and (passages_only or not anonymization.is_approved),
        "change_url": "testimony:passage_review_change"
        if passages_only
        else "testimony:redaction_change",
        "approve_url": "testimony:passage_review_approve"
        if passages_only
        else "testimony:redaction_approve",
        "unresolved": unresolved,
        # A text detection failed on is not "nothing left to resolve" (anonymize/failure.py).
        "detection_failed": any(review.failed for review in reviews),
        "approval_blocked": approval_blocked,
        "english_missing": english_missing,
        "narrative_language": narrative.get_language_display() if narrative else "",
        "given_in_english": narrative is not None and narrative.language == "en",
        "approval_refusal": approval_refusal,
        # Registering a person is an edit, a new version: not part of an approval's passages.
        "person_form": None if passages_only else person_form or _person_form(request, testimony),
        "person_refusal": edit_refusal(testimony, request.user),
        "carried": _carried(anonymization),
    }
    return render(request, "testimony/testimony_redactions.html", ctx, status=status)


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
def testimony_redactions(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The narrative with every proposed redaction and every unresolved word; the reviewer
    decides, adds, approves."""
    testimony = get_testimony_for_user(request, uuid)
    if testimony.status in REDACTION_STATES and not revealed(request, testimony, REDACTION_REASON):
        # The review must show the original: only through the door, for this reason.
        ctx = {"testimony": testimony, "gate": True}
        return render(request, "testimony/testimony_redactions.html", ctx)
    return _redactions_page(request, testimony)


RESOLVE_ACTIONS = {
    "keep": "keep",
    "redact": "redact",
    "redact_all": "redact",  # every unresolved name written the same way
    "generalise": "generalise",
}


@login_required
@permission_required("testimony.approve_testimony", raise_exception=True)
def passage_review(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The indicators' passages alone of an approval made before passages were reviewed,
    reviewed as on the redaction page; the narratives stay as approved."""
    testimony = get_testimony_for_user(request, uuid)
    open_for_review = (
        testimony.status in PASSAGE_REVIEW_STATES
        and passage_review_anonymization(testimony) is not None
    )
    if open_for_review and not revealed(request, testimony, REDACTION_REASON):
        # The passages are shown as written: only through the door, for this reason.
        ctx = {"testimony": testimony, "gate": True, "passages_only": True}
        return render(request, "testimony/testimony_redactions.html", ctx)
    return _redactions_page(request, testimony, passages_only=True)


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
@require_POST
def redaction_change(request: HttpRequest, uuid: UUID, action: str) -> HttpResponse:
    """Accept, reject or add one redaction, or keep, redact or generalise one unresolved item;
    a refusal comes back as a message."""
    return _change(request, uuid, action, passages_only=False)


@login_required
@permission_required("testimony.approve_testimony", raise_exception=True)
@require_POST
def passage_review_change(request: HttpRequest, uuid: UUID, action: str) -> HttpResponse:
    """A decision of the review of an approval's passages (`passage_review`)."""
    return _change(request, uuid, action, passages_only=True)


def _change(request: HttpRequest, uuid: UUID, action: str, *, passages_only: bool) -> HttpResponse:
    if action not in ("add", "accept", "reject", *RESOLVE_ACTIONS):
        raise Http404
    form = SelectionForm(request.POST) if action == "add" else RedactionForm(request.POST)
    page = "testimony:passage_review" if passages_only else "testimony:redactions"
    back = reverse(page, args=[uuid])
    try:
        testimony = _get_testimony_for_redaction(request, uuid, passages_only=passages_only)
        if not form.is_valid():
            if action == "add" and list(form.errors) == ["selected"]:
                raise RedactionError(form.errors["selected"][0])
            if action in RESOLVE_ACTIONS:
                raise RedactionError(
                    _("That item could not be found in the text; reload the page.")
                )
            raise RedactionError(_("Select the words to redact inside the text, then try again."))
        where = form.cleaned_data
        if action == "add":
            redaction_add(
                testimony=testimony,
                by=request.user,
                field_name=where["field"],
                start=where["start"],
                end=where["end"],
                selected=where["selected"],
                passages_only=passages_only,
            )
        elif action in RESOLVE_ACTIONS:
            redaction_resolve(
                testimony=testimony,
                by=request.user,
                field_name=where["field"],
                start=where["start"],
                end=where["end"],
                choice=RESOLVE_ACTIONS[action],
                every_mention=action == "redact_all",
                passages_only=passages_only,
            )
            back += "#unresolved"
        else:
            redaction_decide(
                testimony=testimony,
                by=request.user,
                field_name=where["field"],
                start=where["start"],
                end=where["end"],
                accept=action == "accept",
                passages_only=passages_only,
            )
    except RedactionError as refused:
        messages.error(request, str(refused))
    return redirect(back)


@login_required
@permission_required("testimony.review_testimony", raise_exception=True)
@require_POST
def redaction_person(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """Register a person the statement names (or further names of one), from the review: an
    edit, so the testimony must be editable; the review's decisions follow to the new version
    and the finders then propose every mention of that person."""
    try:
        testimony = _get_testimony_for_redaction(request, uuid)
        if refusal := edit_refusal(testimony, request.user):
            raise RedactionError(refusal)
    except RedactionError as refused:
        messages.error(request, str(refused))
        return redirect("testimony:redactions", uuid=uuid)
    form = _person_form(request, testimony, request.POST)
    if not form.is_valid():
        return _redactions_page(request, testimony, person_form=form, status=400)
    try:
        person = person_register(
            testimony=testimony,
            by=request.user,
            expected_revision=form.cleaned_data["revision"],
            names=form.names(),
            role=form.cleaned_data["role"],
            person=form.chosen_person(),
        )
    except EditConflict:
        testimony.refresh_from_db()
        data = request.POST.copy()
        data["person-revision"] = str(testimony.revision)
        form = _person_form(request, testimony, data)
        form.is_valid()
        form.add_error(
            None,
            _(
                "Someone saved this testimony after you opened this page, so nothing was "
                "registered. The page below is the saved version, and what you typed is kept: "
                "check it and register again."
            ),
        )
        return _redactions_page(request, testimony, person_form=form, status=409)
    # The message names the pseudonym, never the name: messages may travel in a cookie.
    messages.success(
        request,
        _(
            "Registered as %(pseudonym)s. Every mention of this person the finders recognise "
            "is now proposed for redaction; your earlier decisions were kept."
        )
        % {"pseudonym": person.pseudonym},
    )
    return redirect(reverse("testimony:redactions", args=[uuid]) + "#register-person")


@login_required
@permission_required("testimony.approve_testimony", raise_exception=True)
@require_POST
def redaction_approve(request: HttpRequest, uuid: UUID) -> HttpResponse:
    try:
        testimony = _get_testimony_for_redaction(request, uuid)
        anonymization_approve(testimony=testimony, by=request.user)
    except UnresolvedItemsError as refused:
        # The refusal quotes the unresolved words: shown on this page, never stored.
        return _redactions_page(request, testimony, approval_refusal=str(refused), status=409)
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
@require_POST
def passage_review_approve(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """Approve the passages of an approval made before passages were reviewed."""
    try:
        testimony = _get_testimony_for_redaction(request, uuid, passages_only=True)
        passages_approve(testimony=testimony, by=request.user)
    except UnresolvedItemsError as refused:
        # The refusal quotes the unresolved words: shown on this page, never stored.
        return _redactions_page(
            request, testimony, approval_refusal=str(refused), status=409, passages_only=True
        )
    except RedactionError as refused:
        messages.error(request, str(refused))
        return redirect("testimony:passage_review", uuid=uuid)
    messages.success(
        request,
        _("The passages of %(case)s are approved: a bundle now releases them as approved here.")
        % {"case": testimony.case_code},
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
        .prefetch_related(
            "persons__home_province", "postings__country", "postings__sector", "postings__employer"
        )
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
    # Rows saved before dates were checked: their period or age is released as unknown.
    data_problems = []
    for testimony in testimonies:
        witness = next((p for p in testimony.persons.all() if p.role == "witness"), None)
        if problems := date_problems(testimony, witness):
            data_problems.append((testimony, problems))
    ctx = {
        "form": form,
        "rows": rows,
        "data_problems": data_problems,
        "risky": risky(profiles),
        "suggestions": suggest_generalization(profiles),
    }
    return render(request, "testimony/reidentification_check.html", ctx)
