"""The rule table, tried for every status, every target and every role."""

from collections.abc import Callable
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from testimony.anonymize.review import RedactionError, anonymization_approve
from testimony.models import (
    Anonymization,
    AuditEvent,
    ConsentWithdrawal,
    ReviewComment,
    Status,
    Testimony,
)
from testimony.workflow import (
    APPROVE_ANONYMIZATION,
    TransitionRefused,
    consent_withdraw,
    edit_refusal,
    exportable_testimonies,
    four_eyes_refusal,
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


def approve_anonymization(testimony: Testimony, by: User) -> None:
    """Record the current version's anonymized text as approved, as the redaction review does."""
    Anonymization.objects.create(
        testimony=testimony,
        version_number=testimony.revision,
        original="저는 증인 A입니다.",
        english="I am Witness A.",
        approved_by=by,
        approved_at=timezone.now(),
    )


def verified_by(make_testimony: Callable[..., Testimony], reviewer: User, **fields: object):
    """A testimony Alice entered, verified by `reviewer` through the workflow, as it must be."""
    testimony = make_testimony(status=Status.IN_REVIEW, **fields)
    transition(testimony, Status.VERIFIED, by=reviewer)
    return testimony


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
    """Each (from, to, who) moves the status exactly when the table allows, else says why.

    A verified testimony was verified by Bob, as the workflow records it; Carol approved its
    anonymized text."""
    if source == Status.VERIFIED:
        testimony = verified_by(make_testimony, people["bob"])
    else:
        testimony = make_testimony(status=source)
    approve_anonymization(testimony, by=people["carol"])
    moves = AuditEvent.objects.filter(action=AuditEvent.Action.STATUS_CHANGED)
    moves_before = moves.count()
    allowed = role in ALLOWED.get((source, target), set())
    if allowed:
        transition(testimony, target, by=people[role], note="A reason, in case one is needed.")
        testimony.refresh_from_db()
        assert testimony.status == target
        event = moves.order_by("-sequence").first()
        assert event.detail["from"] == source
        assert event.detail["to"] == target
    else:
        with pytest.raises(TransitionRefused) as refused:
            transition(testimony, target, by=people[role], note="A reason.")
        assert str(refused.value)
        testimony.refresh_from_db()
        assert testimony.status == source
        assert moves.count() == moves_before


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
    make_testimony: Callable[..., Testimony],
    carol: User,
    dave: User,
    target: str,
    source: str,
    message: str,
) -> None:
    """Four eyes: the author is refused, with the reason in words, whatever their role."""
    testimony = make_testimony(status=source, created_by=carol, updated_by=carol)
    approve_anonymization(testimony, by=dave)
    with pytest.raises(TransitionRefused, match=message):
        transition(testimony, target, by=carol)


def test_nobody_verifies_what_they_last_edited(
    make_testimony: Callable[..., Testimony], bob: User
) -> None:
    """A reviewer who corrected the testimony cannot also verify it."""
    testimony = make_testimony(status=Status.IN_REVIEW, updated_by=bob)
    with pytest.raises(TransitionRefused, match="You made the last edit to this testimony"):
        transition(testimony, Status.VERIFIED, by=bob)


def take_to_exportable(
    testimony: Testimony, *, verifier: User, text_approver: User, export_approver: User
) -> None:
    """Submitted to approved: start the review and verify, approve the text, approve for export."""
    transition(testimony, Status.IN_REVIEW, by=verifier)
    transition(testimony, Status.VERIFIED, by=verifier)
    if reason := four_eyes_refusal(testimony, text_approver, APPROVE_ANONYMIZATION):
        raise TransitionRefused(reason)
    anonymization_approve(testimony=testimony, by=text_approver)
    transition(testimony, Status.APPROVED, by=export_approver)


@pytest.mark.parametrize("lone", ["carol", "dave"])
def test_one_account_cannot_take_a_testimony_from_submitted_to_exportable(
    make_testimony: Callable[..., Testimony], people: dict[str, User], lone: str
) -> None:
    """A coordinator (or a superuser holding every role) who verified a testimony and approved
    its anonymized text cannot also approve it for export, and is told who must."""
    testimony = make_testimony(status=Status.SUBMITTED)
    with pytest.raises(TransitionRefused) as refused:
        take_to_exportable(
            testimony,
            verifier=people[lone],
            text_approver=people[lone],
            export_approver=people[lone],
        )
    assert str(refused.value) == (
        "You verified this testimony; another coordinator who did not verify it must approve "
        "it for export."
    )
    testimony.refresh_from_db()
    assert testimony.status == Status.VERIFIED
    assert list(exportable_testimonies()) == []


@pytest.mark.parametrize(
    ("verifier", "text_approver", "export_approver"),
    [
        ("bob", "carol", "carol"),  # reviewer verifies; one coordinator does the rest
        ("carol", "carol", "dave"),  # two coordinators
        ("carol", "dave", "dave"),
        ("bob", "dave", "carol"),  # three people, as a larger office works
    ],
)
def test_two_people_besides_the_author_can(
    make_testimony: Callable[..., Testimony],
    people: dict[str, User],
    verifier: str,
    text_approver: str,
    export_approver: str,
) -> None:
    """An office of three (the author and two others) takes a testimony to exportable, as long
    as whoever approves it for export did not verify it."""
    testimony = make_testimony(status=Status.SUBMITTED)
    take_to_exportable(
        testimony,
        verifier=people[verifier],
        text_approver=people[text_approver],
        export_approver=people[export_approver],
    )
    assert list(exportable_testimonies()) == [testimony]


@pytest.mark.parametrize("step", ["verify", APPROVE_ANONYMIZATION, "approve"])
@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("created_by", "You entered this testimony; "),
        ("updated_by", "You made the last edit to this testimony; "),
    ],
)
def test_the_author_and_the_last_editor_never_take_a_step(
    make_testimony: Callable[..., Testimony], dave: User, step: str, who: str, message: str
) -> None:
    """Not even a superuser: whoever entered or last edited a testimony takes none of the three
    steps, and the refusal names who must act instead."""
    testimony = make_testimony(status=Status.VERIFIED, **{who: dave})
    someone_else = {
        "verify": "another reviewer must verify it.",
        APPROVE_ANONYMIZATION: "another coordinator must approve its anonymized text.",
        "approve": "another coordinator must approve it.",
    }[step]
    assert four_eyes_refusal(testimony, dave, step) == message + someone_else


def test_the_author_cannot_approve_the_anonymized_text_through_the_review(
    make_testimony: Callable[..., Testimony], carol: User
) -> None:
    """The redaction review refuses the author, in the same words four_eyes_refusal gives."""
    testimony = make_testimony(status=Status.VERIFIED, created_by=carol, updated_by=carol)
    with pytest.raises(RedactionError, match="another coordinator must approve its anonymized"):
        anonymization_approve(testimony=testimony, by=carol)
    assert testimony.approved_anonymization() is None


def test_the_latest_verification_counts(
    make_testimony: Callable[..., Testimony], alice: User, bob: User, carol: User
) -> None:
    """Carol verified once; sent back and verified again by Bob, she may approve it for export."""
    testimony = verified_by(make_testimony, carol)
    transition(testimony, Status.CHANGES_REQUESTED, by=carol, note="Give the month of arrival.")
    transition(testimony, Status.SUBMITTED, by=alice)
    transition(testimony, Status.IN_REVIEW, by=bob)
    transition(testimony, Status.VERIFIED, by=bob)
    approve_anonymization(testimony, by=carol)
    transition(testimony, Status.APPROVED, by=carol)
    assert testimony.status == Status.APPROVED


def test_a_verification_that_is_not_on_the_audit_trail_is_not_assumed(
    make_testimony: Callable[..., Testimony], carol: User
) -> None:
    """A testimony made "verified" outside the workflow cannot be approved: nobody is known to
    have verified it, so nobody can be known to be someone else."""
    testimony = make_testimony(status=Status.VERIFIED)
    approve_anonymization(testimony, by=carol)
    with pytest.raises(TransitionRefused, match="Nobody is recorded as having verified"):
        transition(testimony, Status.APPROVED, by=carol)


def test_four_eyes_name_the_steps_they_cover(
    make_testimony: Callable[..., Testimony], carol: User
) -> None:
    """A step the rule does not know is a programming error, not a silent pass."""
    with pytest.raises(ValueError, match="not a step"):
        four_eyes_refusal(make_testimony(), carol, "archive")


def test_approval_needs_an_approved_anonymized_text(
    make_testimony: Callable[..., Testimony], bob: User, carol: User
) -> None:
    """A testimony whose redactions nobody approved cannot be approved for export."""
    testimony = verified_by(make_testimony, bob)
    with pytest.raises(TransitionRefused, match="review the redactions first"):
        transition(testimony, Status.APPROVED, by=carol)


def test_approval_needs_recorded_consent(
    make_testimony: Callable[..., Testimony], bob: User, carol: User
) -> None:
    """Without consent to UN submission, approval is refused and says so."""
    testimony = verified_by(make_testimony, bob)
    approve_anonymization(testimony, by=carol)
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
    make_testimony: Callable[..., Testimony], alice: User, carol: User
) -> None:
    """Only approved testimonies with consent and an approved anonymized text are exportable,
    and a withdrawal removes one."""
    approved = make_testimony(status=Status.APPROVED)
    make_testimony(status=Status.APPROVED)  # no approved anonymized text
    approve_anonymization(approved, by=carol)
    approve_anonymization(make_testimony(status=Status.VERIFIED), by=carol)
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
