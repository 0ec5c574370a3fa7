"""The rule table, tried for every status, every target and every role."""

from collections.abc import Callable
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from testimony.models import (
    Anonymization,
    AuditEvent,
    ConsentWithdrawal,
    ReviewComment,
    Status,
    Testimony,
)
from testimony.workflow import (
    TransitionRefused,
    consent_withdraw,
    edit_refusal,
    exportable_testimonies,
    transition,
    visible_testimonies,
)

pytestmark = pytest.mark.django_db

ROLES = ["alice", "erin", "bob", "carol", "dave"]
EVERYONE = set(ROLES)
REVIEWERS = {"bob", "carol", "dave"}
COORDINATORS = {"carol", "dave"}

# Written out by hand, apart from workflow.RULES: (from, to) -> who may. Alice entered the
# testimony; Erin is another interviewer; Bob reviews; Carol coordinates; Dave is a superuser.
ALLOWED = {
    (Status.DRAFT, Status.SUBMITTED): EVERYONE,
    (Status.CHANGES_REQUESTED, Status.SUBMITTED): EVERYONE,
    (Status.SUBMITTED, Status.IN_REVIEW): REVIEWERS,
    (Status.IN_REVIEW, Status.CHANGES_REQUESTED): REVIEWERS,
    (Status.VERIFIED, Status.CHANGES_REQUESTED): REVIEWERS,
    (Status.IN_REVIEW, Status.VERIFIED): REVIEWERS,
    (Status.VERIFIED, Status.APPROVED): COORDINATORS,
    (Status.SUBMITTED, Status.REJECTED): REVIEWERS,
    (Status.IN_REVIEW, Status.REJECTED): REVIEWERS,
    (Status.VERIFIED, Status.REJECTED): REVIEWERS,
    (Status.APPROVED, Status.ARCHIVED): COORDINATORS,
    (Status.REJECTED, Status.ARCHIVED): COORDINATORS,
    (Status.REJECTED, Status.DRAFT): COORDINATORS,
    (Status.ARCHIVED, Status.DRAFT): COORDINATORS,
    **{(status, Status.WITHDRAWN): EVERYONE for status in Status.values if status != "withdrawn"},
}


def approve_anonymization(testimony: Testimony) -> None:
    """Record the current version's anonymized text as approved, as the redaction review does."""
    Anonymization.objects.create(
        testimony=testimony,
        version_number=testimony.revision,
        original="저는 증인 A입니다.",
        english="I am Witness A.",
        approved_by=testimony.created_by,
        approved_at=timezone.now(),
    )


@pytest.fixture
def people(alice: User, erin: User, bob: User, carol: User, dave: User) -> dict[str, User]:
    return {"alice": alice, "erin": erin, "bob": bob, "carol": carol, "dave": dave}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", Status.values)
@pytest.mark.parametrize("source", Status.values)
def test_every_transition_is_allowed_or_refused_as_the_table_says(
    make_testimony: Callable[..., Testimony],
    people: dict[str, User],
    source: str,
    target: str,
    role: str,
) -> None:
    """Each (from, to, who) moves the status exactly when the table allows, else says why."""
    testimony = make_testimony(status=source)
    approve_anonymization(testimony)
    allowed = role in ALLOWED.get((source, target), set())
    if allowed:
        transition(testimony, target, by=people[role], note="A reason, in case one is needed.")
        testimony.refresh_from_db()
        assert testimony.status == target
        event = AuditEvent.objects.get(action=AuditEvent.Action.STATUS_CHANGED)
        assert event.detail["from"] == source
        assert event.detail["to"] == target
    else:
        with pytest.raises(TransitionRefused) as refused:
            transition(testimony, target, by=people[role], note="A reason.")
        assert str(refused.value)
        testimony.refresh_from_db()
        assert testimony.status == source
        assert not AuditEvent.objects.filter(action=AuditEvent.Action.STATUS_CHANGED).exists()


@pytest.mark.parametrize(
    ("target", "source", "message"),
    [
        (
            Status.VERIFIED,
            Status.IN_REVIEW,
            "You entered this testimony; another reviewer must verify it.",
        ),
        (
            Status.IN_REVIEW,
            Status.SUBMITTED,
            "You entered this testimony; another reviewer must review it.",
        ),
        (
            Status.APPROVED,
            Status.VERIFIED,
            "You entered this testimony; another coordinator must approve it.",
        ),
    ],
)
def test_nobody_reviews_or_approves_what_they_entered(
    make_testimony: Callable[..., Testimony], carol: User, target: str, source: str, message: str
) -> None:
    """Four eyes: the author is refused, with the reason in words, whatever their role."""
    testimony = make_testimony(status=source, created_by=carol, updated_by=carol)
    approve_anonymization(testimony)
    with pytest.raises(TransitionRefused, match=message):
        transition(testimony, target, by=carol)


def test_nobody_verifies_what_they_last_edited(
    make_testimony: Callable[..., Testimony], bob: User
) -> None:
    """A reviewer who corrected the testimony cannot also verify it."""
    testimony = make_testimony(status=Status.IN_REVIEW, updated_by=bob)
    with pytest.raises(TransitionRefused, match="You made the last edit to this testimony"):
        transition(testimony, Status.VERIFIED, by=bob)


def test_approval_needs_an_approved_anonymized_text(
    make_testimony: Callable[..., Testimony], carol: User
) -> None:
    """A testimony whose redactions nobody approved cannot be approved for export."""
    testimony = make_testimony(status=Status.VERIFIED)
    with pytest.raises(TransitionRefused, match="review the redactions first"):
        transition(testimony, Status.APPROVED, by=carol)


def test_approval_needs_recorded_consent(
    make_testimony: Callable[..., Testimony], carol: User
) -> None:
    """Without consent to UN submission, approval is refused and says so."""
    testimony = make_testimony(status=Status.VERIFIED)
    approve_anonymization(testimony)
    testimony.consent.un_submission = False
    testimony.consent.save()
    with pytest.raises(TransitionRefused, match="consent to submission to the UN"):
        transition(testimony, Status.APPROVED, by=carol)


def test_a_change_request_needs_a_reason_and_reaches_the_author(
    make_testimony: Callable[..., Testimony], bob: User, alice: User
) -> None:
    """Requesting changes without a reason is refused; with one, it is kept as a comment."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    with pytest.raises(TransitionRefused, match="Say why"):
        transition(testimony, Status.CHANGES_REQUESTED, by=bob, note="  ")
    transition(testimony, Status.CHANGES_REQUESTED, by=bob, note="Give the month of arrival.")
    request = ReviewComment.objects.get(testimony=testimony)
    assert request.kind == ReviewComment.Kind.CHANGE_REQUEST
    assert request.body == "Give the month of arrival."
    transition(testimony, Status.SUBMITTED, by=alice)
    request.refresh_from_db()
    assert request.resolved_by == alice


def test_starting_a_review_assigns_the_reviewer_and_submitting_stamps_the_time(
    make_testimony: Callable[..., Testimony], alice: User, bob: User
) -> None:
    """The queue's age counts from submission; the first reviewer to start takes it."""
    testimony = make_testimony()
    transition(testimony, Status.SUBMITTED, by=alice)
    assert testimony.submitted_at is not None
    transition(testimony, Status.IN_REVIEW, by=bob)
    testimony.refresh_from_db()
    assert testimony.assigned_reviewer == bob


def test_of_two_people_acting_at_once_only_one_moves_the_status(
    make_testimony: Callable[..., Testimony], bob: User, carol: User
) -> None:
    """A decision taken on a stale page is refused instead of overwriting the other one."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    stale = Testimony.objects.get(pk=testimony.pk)
    transition(testimony, Status.VERIFIED, by=bob)
    with pytest.raises(TransitionRefused, match="Someone else changed the status"):
        transition(stale, Status.REJECTED, by=carol, note="Inconsistent dates.")
    testimony.refresh_from_db()
    assert testimony.status == Status.VERIFIED


@pytest.mark.parametrize("source", [s for s in Status.values if s != Status.WITHDRAWN])
def test_a_withdrawal_locks_the_testimony_from_any_state_and_is_kept(
    make_testimony: Callable[..., Testimony], alice: User, carol: User, source: str
) -> None:
    """Withdrawal works whatever the state, records who and when, and nothing moves it after."""
    testimony = make_testimony(status=source)
    withdrawal = consent_withdraw(
        testimony=testimony, by=alice, withdrawn_on=date(2026, 1, 5), how="message"
    )
    testimony.refresh_from_db()
    assert testimony.status == Status.WITHDRAWN
    assert withdrawal.status_before == source
    assert withdrawal.recorded_by == alice
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CONSENT_WITHDRAWN).exists()
    assert edit_refusal(testimony, alice) is not None
    for target in Status.values:
        with pytest.raises(TransitionRefused, match="Consent was withdrawn"):
            transition(testimony, target, by=carol, note="x")
    assert ConsentWithdrawal.objects.filter(testimony=testimony).exists()


def test_withdrawn_testimonies_are_never_exportable(
    make_testimony: Callable[..., Testimony], alice: User
) -> None:
    """Only approved testimonies with consent and an approved anonymized text are exportable,
    and a withdrawal removes one."""
    approved = make_testimony(status=Status.APPROVED)
    make_testimony(status=Status.APPROVED)  # no approved anonymized text
    approve_anonymization(approved)
    approve_anonymization(make_testimony(status=Status.VERIFIED))
    assert list(exportable_testimonies()) == [approved]
    consent_withdraw(testimony=approved, by=alice, withdrawn_on=date(2026, 1, 5), how="message")
    assert list(exportable_testimonies()) == []


def test_interviewers_see_their_own_and_shared_testimonies_only(
    make_testimony: Callable[..., Testimony], alice: User, erin: User, bob: User, charlie: User
) -> None:
    """Alice sees what she entered or interviewed and what is shared with her; Bob sees all."""
    mine = make_testimony()
    erins = make_testimony(created_by=erin, updated_by=erin, interviewer=erin)
    shared = make_testimony(created_by=erin, updated_by=erin, interviewer=erin)
    shared.shared_with.add(alice)
    assert set(visible_testimonies(alice)) == {mine, shared}
    assert set(visible_testimonies(erin)) == {erins, shared}
    assert set(visible_testimonies(bob)) == {mine, erins, shared}
    assert list(visible_testimonies(charlie)) == []


@pytest.mark.parametrize(
    ("status", "editable"),
    [
        (Status.DRAFT, True),
        (Status.CHANGES_REQUESTED, True),
        (Status.IN_REVIEW, True),
        (Status.VERIFIED, False),
        (Status.APPROVED, False),
        (Status.ARCHIVED, False),
    ],
)
def test_verified_and_later_testimonies_cannot_be_edited(
    make_testimony: Callable[..., Testimony], alice: User, status: str, editable: bool
) -> None:
    """Content is fixed once verified, until a reviewer sends it back."""
    testimony = make_testimony(status=status)
    assert (edit_refusal(testimony, alice) is None) is editable
