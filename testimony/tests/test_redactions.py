"""The redaction review: proposals, decisions, the reviewer's own redactions, approval."""

import json
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.models import Anonymization, AuditEvent, Status, Testimony
from testimony.workflow import transition

pytestmark = pytest.mark.django_db


@pytest.fixture
def verified(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony(status=Status.VERIFIED)


def change(client: Client, testimony: Testimony, action: str, **where: object) -> str:
    url = reverse("testimony:redaction_change", args=[testimony.uuid, action])
    return client.post(url, where, follow=True).content.decode()


def approve(client: Client, testimony: Testimony) -> str:
    url = reverse("testimony:redaction_approve", args=[testimony.uuid])
    return client.post(url, follow=True).content.decode()


def test_the_page_proposes_the_registered_names_with_their_pseudonyms(
    client: Client, bob: User, verified: Testimony
) -> None:
    """The witness's romanized and Hangul names are highlighted, each with 'Witness A'."""
    client.force_login(bob)
    page = client.get(reverse("testimony:redactions", args=[verified.uuid])).content.decode()
    assert "Rim Myong-chol</mark>" in page
    assert "림명철</mark>" in page
    assert "→ Witness A" in page
    assert AuditEvent.objects.filter(
        testimony=verified, action=AuditEvent.Action.IDENTITIES_VIEWED
    ).exists()


def test_approval_stores_the_anonymized_texts_and_unlocks_approval_for_export(
    client: Client, carol: User, verified: Testimony
) -> None:
    """After approval the stored texts carry pseudonyms, and the testimony can be approved."""
    client.force_login(carol)
    assert "is approved" in approve(client, verified)
    anonymization = Anonymization.objects.get(testimony=verified)
    assert "Witness A" in anonymization.english
    assert "Rim Myong-chol" not in anonymization.english
    assert "림명철" not in anonymization.original
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ANONYMIZATION_APPROVED).exists()
    transition(verified, Status.APPROVED, by=carol)
    assert verified.status == Status.APPROVED


def test_a_rejected_proposal_stays_in_the_text(
    client: Client, carol: User, verified: Testimony
) -> None:
    """Rejecting a proposal keeps those words; the others are still replaced."""
    client.force_login(carol)
    english = verified.narrative.english
    start = english.index("Rim Myong-chol")
    change(client, verified, "reject", field="english", start=start, end=start + 14)
    approve(client, verified)
    anonymization = Anonymization.objects.get(testimony=verified)
    assert "Rim Myong-chol" in anonymization.english
    assert "림명철" not in anonymization.original


def test_a_selected_stretch_is_redacted_too(
    client: Client, carol: User, verified: Testimony
) -> None:
    """Words the detector missed are redacted when the reviewer selects them."""
    client.force_login(carol)
    english = verified.narrative.english
    start = english.index("Kuwait")
    change(client, verified, "add", field="english", start=start, end=start + 6)
    approve(client, verified)
    anonymization = Anonymization.objects.get(testimony=verified)
    assert "Kuwait" not in anonymization.english
    assert "[redacted]" in anonymization.english


@pytest.mark.parametrize(
    "where",
    [
        {"field": "english", "start": "50", "end": "40"},
        {"field": "english", "start": "0", "end": "99999"},
        {"field": "summary", "start": "0", "end": "3"},
        {"field": "english", "start": "x", "end": "3"},
    ],
)
def test_a_bad_selection_is_explained_not_a_crash(
    client: Client, carol: User, verified: Testimony, where: dict[str, str]
) -> None:
    """Impossible offsets give a message in words and change nothing."""
    client.force_login(carol)
    page = change(client, verified, "add", **where)
    assert "Select the words to redact" in page
    for anonymization in Anonymization.objects.all():
        assert not anonymization.decisions or json.loads(anonymization.decisions)["manual"] == []


def test_the_author_cannot_approve_the_anonymized_text(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Four eyes apply to the anonymized text as to the facts."""
    testimony = make_testimony(status=Status.VERIFIED, created_by=carol, updated_by=carol)
    client.force_login(carol)
    assert "another coordinator must approve" in approve(client, testimony)
    assert testimony.approved_anonymization() is None


def test_a_draft_has_no_redaction_review_yet(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Redactions are reviewed once the facts are in review; earlier the page says so."""
    testimony = make_testimony()
    client.force_login(bob)
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert "Redactions are reviewed while a testimony is in review or verified." in page


def test_search_reads_the_approved_anonymized_text(
    client: Client, carol: User, verified: Testimony
) -> None:
    """Words of the approved anonymized narrative find the testimony."""
    client.force_login(carol)
    approve(client, verified)
    response = client.get(reverse("testimony:list"), {"q": "construction site"})
    assert [t.pk for t in response.context["page"].object_list] == [verified.pk]
