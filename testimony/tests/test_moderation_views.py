"""Moderation through the pages: actions, refusals, the queue, comments, assignment, withdrawal."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony import versions
from testimony.models import AuditEvent, ReviewComment, Status, Testimony
from testimony.tests.test_testimony_edit import edit_data
from testimony.workflow import transition

pytestmark = pytest.mark.django_db


def act(client: Client, testimony: Testimony, rule: str, note: str = "") -> str:
    """Take an action as the detail page's button does; return the page it leads to."""
    url = reverse("testimony:transition", args=[testimony.uuid, rule])
    response = client.post(url, {"note": note}, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def test_the_author_submits_and_a_reviewer_verifies(
    client: Client, alice: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Submit, start the review and verify, each a button on the detail page."""
    testimony = make_testimony()
    client.force_login(alice)
    assert "is now “Submitted”" in act(client, testimony, "submit")
    client.force_login(bob)
    act(client, testimony, "start_review")
    act(client, testimony, "verify")
    testimony.refresh_from_db()
    assert testimony.status == Status.VERIFIED


def test_the_four_eyes_refusal_is_shown_in_words(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A reviewer who entered a testimony sees why they cannot verify it, on the page."""
    testimony = make_testimony(status=Status.IN_REVIEW, created_by=bob, updated_by=bob)
    client.force_login(bob)
    page = client.get(testimony.get_absolute_url()).content.decode()
    assert "You entered this testimony; another reviewer must verify it." in page
    after = act(client, testimony, "verify")
    assert "You entered this testimony; another reviewer must verify it." in after
    testimony.refresh_from_db()
    assert testimony.status == Status.IN_REVIEW


def test_a_change_request_reaches_the_authors_dashboard(
    client: Client, alice: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The reason a reviewer gives is shown to the author on their dashboard."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    client.force_login(bob)
    act(client, testimony, "request_changes", "Give the month the passports were taken.")
    client.force_login(alice)
    dashboard = client.get(reverse("testimony:dashboard")).content.decode()
    assert "Give the month the passports were taken." in dashboard
    assert testimony.case_code in dashboard


def test_a_change_request_without_a_reason_is_refused(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The author must be told what to change."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    client.force_login(bob)
    assert "Say why" in act(client, testimony, "request_changes", "")
    testimony.refresh_from_db()
    assert testimony.status == Status.IN_REVIEW


def test_an_unknown_action_is_a_404(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A made-up action name is not found, not a server error."""
    testimony = make_testimony()
    client.force_login(bob)
    url = reverse("testimony:transition", args=[testimony.uuid, "publish"])
    assert client.post(url).status_code == 404


def test_the_queue_lists_what_awaits_review_oldest_first_without_my_own(
    client: Client,
    alice: User,
    bob: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Submitted testimonies appear oldest first; the reviewer's own entries never do."""
    older = make_testimony()
    newer = make_testimony()
    own = make_testimony(created_by=bob, updated_by=bob)
    for testimony in (older, newer):
        transition(testimony, Status.SUBMITTED, by=alice)
    transition(own, Status.SUBMITTED, by=bob)
    client.force_login(bob)
    response = client.get(reverse("testimony:review_queue"))
    assert [t.pk for t in response.context["unassigned"]] == [older.pk, newer.pk]
    assert own.case_code not in response.content.decode()


def test_interviewers_have_no_review_queue(client: Client, alice: User) -> None:
    """The queue is for reviewers."""
    client.force_login(alice)
    assert client.get(reverse("testimony:review_queue")).status_code == 403


def test_a_reviewer_comments_on_a_field(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A comment about one field is kept, encrypted, and audited by field name."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    client.force_login(bob)
    url = reverse("testimony:comment", args=[testimony.uuid])
    client.post(url, {"field": "hours_per_day", "body": "Rim said 16 hours, not 14."})
    comment = ReviewComment.objects.get()
    assert (comment.field, comment.author) == ("hours_per_day", bob)
    event = AuditEvent.objects.get(action=AuditEvent.Action.COMMENTED)
    assert event.changed_fields == ["hours_per_day"]
    page = client.get(testimony.get_absolute_url()).content.decode()
    # A comment may quote a name: shown machine-redacted until the names are revealed.
    assert "Witness A said 16 hours, not 14." in page
    assert "Rim said" not in page


def test_an_empty_comment_is_refused_with_a_message(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Nothing is saved and the page says why."""
    testimony = make_testimony()
    client.force_login(bob)
    url = reverse("testimony:comment", args=[testimony.uuid])
    page = client.post(url, {"body": ""}, follow=True).content.decode()
    assert "The comment was not added" in page
    assert "This field is required." in page
    assert not ReviewComment.objects.exists()


def test_a_refused_comment_comes_back_as_typed(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A comment the form refuses (here about a field that does not exist) is shown again,
    with the reason, in the comment box: the reviewer does not type it again."""
    testimony = make_testimony()
    client.force_login(bob)
    url = reverse("testimony:comment", args=[testimony.uuid])
    typed = "Rim said 16 hours, not 14."
    response = client.post(url, {"field": "no_such_field", "body": typed})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice." in page
    assert typed in page
    assert not ReviewComment.objects.exists()


def test_a_pasted_control_character_is_dropped_not_refused(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A NUL pasted from another program is removed at the door: the comment is kept, with
    its words and LF line breaks."""
    testimony = make_testimony()
    client.force_login(bob)
    url = reverse("testimony:comment", args=[testimony.uuid])
    client.post(url, {"field": "hours_per_day", "body": "Rim said 16 hours\x00,\r\nnot 14."})
    assert ReviewComment.objects.get().body == "Rim said 16 hours,\nnot 14."


def test_a_reviewer_is_assigned_but_never_the_author(
    client: Client,
    bob: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Assignment names another reviewer; the author cannot be assigned."""
    testimony = make_testimony(status=Status.SUBMITTED, created_by=carol, updated_by=carol)
    client.force_login(bob)
    url = reverse("testimony:assign", args=[testimony.uuid])
    page = client.post(url, {"reviewer": carol.pk}, follow=True).content.decode()
    assert "The author of a testimony cannot review it." in page
    client.post(url, {"reviewer": bob.pk})
    testimony.refresh_from_db()
    assert testimony.assigned_reviewer == bob


def test_withdrawing_consent_takes_one_form_and_locks_the_testimony(
    client: Client, alice: User, make_testimony: Callable[..., Testimony]
) -> None:
    """From the detail page: the form, then the testimony is withdrawn and cannot be edited."""
    testimony = make_testimony(status=Status.APPROVED)
    client.force_login(alice)
    url = reverse("testimony:withdraw", args=[testimony.uuid])
    assert client.get(url).status_code == 200
    refused = client.post(url, {"withdrawn_on": "2026-01-05", "how": "message"})
    assert refused.status_code == 200
    assert Testimony.objects.get(pk=testimony.pk).status == Status.APPROVED
    response = client.post(
        url, {"withdrawn_on": "2026-01-05", "how": "message", "confirm": "on"}, follow=True
    )
    assert "is locked" in response.content.decode()
    testimony.refresh_from_db()
    assert testimony.status == Status.WITHDRAWN
    edit = client.get(reverse("testimony:edit", args=[testimony.uuid]), follow=True)
    assert "Consent was withdrawn" in edit.content.decode()


def test_an_interviewer_cannot_reach_another_interviewers_testimony(
    client: Client, alice: User, erin: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Changing the id in the URL gives 404 for testimonies that are neither own nor shared."""
    theirs = make_testimony(created_by=erin, updated_by=erin, interviewer=erin)
    client.force_login(alice)
    for name in ("detail", "edit", "withdraw"):
        assert client.get(reverse(f"testimony:{name}", args=[theirs.uuid])).status_code == 404
    url = reverse("testimony:transition", args=[theirs.uuid, "submit"])
    assert client.post(url).status_code == 404
    assert theirs.case_code not in client.get(reverse("testimony:list")).content.decode()
    theirs.shared_with.add(alice)
    assert client.get(theirs.get_absolute_url()).status_code == 200


@pytest.fixture
def recorded(make_testimony: Callable[..., Testimony], alice: User) -> Testimony:
    """A testimony with its original saved as version 1, as the entry page saves it."""
    testimony = make_testimony()
    versions.version_record(testimony=testimony, by=alice)
    return testimony


def test_edits_make_versions_and_the_versions_page_shows_what_changed(
    client: Client, alice: User, recorded: Testimony
) -> None:
    """The original is version 1; an edit makes version 2; the page shows the changed fact."""
    client.force_login(alice)
    edit = reverse("testimony:edit", args=[recorded.uuid])
    assert client.post(edit, edit_data(recorded, hours_per_day="19")).status_code == 302
    assert list(recorded.versions.values_list("number", flat=True)) == [1, 2]
    page = client.get(reverse("testimony:versions", args=[recorded.uuid])).content.decode()
    assert "Changes from v1 to v2" in page
    assert "Working hours per day" in page
    assert "19" in page


def test_the_conflict_page_shows_what_the_other_editor_changed(
    client: Client, alice: User, bob: User, recorded: Testimony
) -> None:
    """The second editor sees the first editor's change beside their own unsaved values."""
    edit = reverse("testimony:edit", args=[recorded.uuid])
    stale = edit_data(recorded, hours_per_day="20")
    client.force_login(alice)
    client.post(edit, edit_data(recorded, interview_place="Incheon"))
    client.force_login(bob)
    response = client.post(edit, stale)
    assert response.status_code == 409
    content = response.content.decode()
    assert "What they changed" in content
    assert "Incheon" in content
    assert 'name="hours_per_day" value="20"' in content


def test_a_reviewer_is_told_what_changed_since_their_last_visit(
    client: Client, alice: User, bob: User, recorded: Testimony
) -> None:
    """After the author edits, the reviewer's next visit links to the difference, once."""
    client.force_login(bob)
    first = client.get(recorded.get_absolute_url()).content.decode()
    assert "changed since you last looked" not in first
    client.force_login(alice)
    client.post(
        reverse("testimony:edit", args=[recorded.uuid]), edit_data(recorded, hours_per_day="19")
    )
    client.force_login(bob)
    page = client.get(recorded.get_absolute_url()).content.decode()
    assert "This testimony changed since you last looked (v1 → v2)." in page
    again = client.get(recorded.get_absolute_url()).content.decode()
    assert "changed since you last looked" not in again
