"""The passages alone of an approval made before passages were reviewed (issue #13).

Such an approval (migration 0040 left its `passages` empty) makes a bundle withhold every
passage of the testimony. A coordinator reviews those passages on the redaction page restricted
to them, with the same proposals, selections, listed words and refusals, and approving stores
them on that same approval; the narratives stay as approved. The petition page says, before
building, whose passages are withheld and whose changed since approval.
"""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from testimony.anonymize.review import field_reviews, passage_review_anonymization
from testimony.anonymize.review_texts import passage_digest
from testimony.bundle.release import case_release, passage_releases
from testimony.models import (
    Anonymization,
    AuditEvent,
    Bundle,
    IndicatorTag,
    Mandate,
    Petition,
    Status,
    Testimony,
)
from testimony.tests.test_bundle_build import _all_text, _build
from testimony.tests.test_redactions import review_redactions, with_narrative
from testimony.tests.test_workflow import approve_anonymization

pytestmark = pytest.mark.django_db

PASSAGE_FIELD = "passage-retention_of_documents-employment"
PASSAGE_LABEL = "Passage: Retention of identity documents (Work and life under duress)"


def _tag(testimony: Testimony, passage: str) -> IndicatorTag:
    return IndicatorTag.objects.create(
        testimony=testimony,
        indicator="retention_of_documents",
        phase="employment",
        passage=passage,
    )


def _legacy(
    make_testimony: Callable[..., Testimony], dave: User, passage: str, **fields: object
) -> Testimony:
    """Approved for export (unless `fields` say otherwise) on an anonymized text Dave approved
    before passages were reviewed."""
    testimony = make_testimony(**{"status": Status.APPROVED, **fields})
    _tag(testimony, passage)
    approve_anonymization(testimony, by=dave)
    return testimony


def _reviewed(testimony: Testimony, passage: str, digest_of: str | None = None) -> None:
    """Its approval holds the passage as approved, with the digest of `digest_of` (a passage
    changed since) or of the passage itself."""
    Anonymization.objects.filter(testimony=testimony).update(
        passages={PASSAGE_FIELD: {"digest": passage_digest(digest_of or passage), "text": passage}}
    )


def _url(name: str, testimony: Testimony, *args: str) -> str:
    return reverse(f"testimony:{name}", args=[testimony.uuid, *args])


def _change(client: Client, testimony: Testimony, action: str, **where: object) -> HttpResponse:
    return client.post(_url("passage_review_change", testimony, action), where, follow=True)


def _approve(client: Client, testimony: Testimony) -> HttpResponse:
    return client.post(_url("passage_review_approve", testimony), follow=True)


def _passage_review(testimony: Testimony):
    (review,) = field_reviews(
        testimony, passage_review_anonymization(testimony), passages_only=True
    )
    return review


def _at(testimony: Testimony, words: str) -> dict[str, object]:
    text = _passage_review(testimony).text
    start = text.index(words)
    return {"field": PASSAGE_FIELD, "start": start, "end": start + len(words)}


def _keep_every_listed_word(client: Client, testimony: Testimony) -> None:
    for item in _passage_review(testimony).unresolved:
        _change(client, testimony, "keep", field=PASSAGE_FIELD, start=item.start, end=item.end)


@pytest.mark.parametrize(
    ("passage", "selected", "expected"),
    [
        # CRLF, an emoji (two UTF-16 units, one code point) and fullwidth letters before it.
        (
            "😞 Ｐａｋ said nothing.\r\nLater the cook Jang Dae took the papers.",
            "Jang Dae",
            " said nothing.\nLater the cook [redacted] took the papers.",
        ),
        # Korean after a line break and an emoji: a nickname no finder knows.
        (
            "여권은 가져갔다 🙏\r\n왕눈이가 금고에 넣었다.",
            "왕눈이",
            "여권은 가져갔다 🙏\n[redacted]가 금고에 넣었다.",
        ),
    ],
)
def test_a_legacy_approvals_passages_are_reviewed_and_approved_on_that_approval(
    client: Client,
    carol: User,
    dave: User,
    make_testimony: Callable[..., Testimony],
    passage: str,
    selected: str,
    expected: str,
) -> None:
    """From the detail page's button through the door to the passages alone: the selected
    name is redacted where it was selected, the passage stored with LF line breaks and its
    digest on the same approval, the narratives and approver untouched, one audit event."""
    testimony = _legacy(make_testimony, dave, passage)
    before = Anonymization.objects.get(testimony=testimony)
    client.force_login(carol)
    detail = client.get(testimony.get_absolute_url()).content.decode()
    assert _url("passage_review", testimony) in detail
    gate = client.get(_url("passage_review", testimony)).content.decode()
    assert "Show the passages for the review" in gate
    assert selected not in gate
    review_redactions(client, carol, testimony)
    page = client.get(_url("passage_review", testimony)).content.decode()
    assert f'data-field="{PASSAGE_FIELD}"' in page
    assert 'data-field="english"' not in page
    assert 'data-field="original"' not in page
    assert _url("passage_review_approve", testimony) in page

    _keep_every_listed_word(client, testimony)
    response = _change(client, testimony, "add", **_at(testimony, selected), selected=selected)
    assert "The text changed" not in response.content.decode()
    response = _approve(client, testimony)
    assert f"The passages of {testimony.case_code} are approved" in response.content.decode()

    (after,) = Anonymization.objects.filter(testimony=testimony)
    approved = after.passages[PASSAGE_FIELD]
    assert approved["text"].endswith(expected)
    assert selected not in approved["text"]
    assert "\r" not in approved["text"]
    assert approved["digest"] == passage_digest(passage.replace("\r\n", "\n"))
    assert (after.pk, after.version_number) == (before.pk, before.version_number)
    assert (after.english, after.original) == (before.english, before.original)
    assert (after.approved_by, after.approved_at) == (dave, before.approved_at)
    event = AuditEvent.objects.get(action=AuditEvent.Action.PASSAGES_APPROVED)
    assert (event.actor, event.testimony) == (carol, testimony)
    assert event.changed_fields == ["indicators.passage"]
    assert event.detail == {"version": testimony.revision, "passages": 1}
    assert case_release(testimony).indicators[0].passage == approved["text"]
    detail = client.get(testimony.get_absolute_url()).content.decode()
    assert _url("passage_review", testimony) not in detail


def test_the_redaction_page_of_a_verified_testimony_offers_the_review(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Approved before passages were reviewed while verified: the redaction page, which shows
    the approval, offers the passages' review; once they are approved it no longer does."""
    testimony = _legacy(make_testimony, dave, "The papers were taken.", status=Status.VERIFIED)
    review_redactions(client, carol, testimony)
    page = client.get(_url("redactions", testimony)).content.decode()
    assert 'id="passages-withheld"' in page
    assert _url("passage_review", testimony) in page
    assert "are approved" in _approve(client, testimony).content.decode()
    page = client.get(_url("redactions", testimony)).content.decode()
    assert _url("passage_review", testimony) not in page


def test_the_bundle_releases_the_passage_once_it_is_approved(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Withheld before, released as approved after: the selected name is in no file."""
    testimony = _legacy(
        make_testimony, dave, "Later the cook Jang Dae took the papers.\r\nWe cried."
    )
    petition = Petition.objects.create(
        slug="withheld-passages",
        title="Withheld passages",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="Passages approved after the narratives.",
        created_by=carol,
    )
    petition.testimonies.add(testimony)
    assert case_release(testimony).indicators[0].passage == ""

    review_redactions(client, carol, testimony)
    _change(client, testimony, "add", **_at(testimony, "Jang Dae"), selected="Jang Dae")
    _keep_every_listed_word(client, testimony)
    assert "are approved" in _approve(client, testimony).content.decode()

    _bundle, path = _build(petition, carol)
    texts = _all_text(path)
    assert any("Later the cook [redacted] took the papers." in text for text in texts.values())
    for name, text in texts.items():
        assert "Jang Dae" not in text, name


def test_a_name_left_undecided_refuses_approval_and_names_the_passage(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A possible name in the passage blocks approval, quoted with the passage and paragraph;
    once redacted, the approval goes through without it."""
    testimony = _legacy(make_testimony, dave, "We ran.\r\nThen Hyok came with me.")
    review_redactions(client, carol, testimony)
    page = client.get(_url("passage_review", testimony)).content.decode()
    assert "1 to resolve before approval" in page
    response = _approve(client, testimony)
    assert response.status_code == 409
    assert f"&#x27;Hyok&#x27; ({PASSAGE_LABEL}, paragraph 2)" in response.content.decode()
    assert Anonymization.objects.get(testimony=testimony).passages is None
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PASSAGES_APPROVED).exists()

    (item,) = _passage_review(testimony).unresolved
    _change(client, testimony, "redact", field=PASSAGE_FIELD, start=item.start, end=item.end)
    assert "are approved" in _approve(client, testimony).content.decode()
    text = Anonymization.objects.get(testimony=testimony).passages[PASSAGE_FIELD]["text"]
    assert text == "We ran.\nThen [name withheld] came with me."


def test_the_narratives_stay_as_approved(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A word the narrative would list today does not block the passages' approval, and a
    decision sent for a narrative is refused: only the passages are reopened."""
    testimony = _legacy(make_testimony, dave, "The papers were taken.")
    with_narrative(testimony, english="I am Rim Myong-chol. Then Hyok came with me.")
    review_redactions(client, carol, testimony)
    start = testimony.narrative.english.index("Hyok")
    where = {"field": "english", "start": start, "end": start + 4}
    page = _change(client, testimony, "keep", **where).content.decode()
    assert "Only the indicators&#x27; passages are reviewed here" in page
    page = _change(client, testimony, "add", **where, selected="Hyok").content.decode()
    assert "Only the indicators&#x27; passages are reviewed here" in page
    assert not Anonymization.objects.get(testimony=testimony).decisions
    assert "are approved" in _approve(client, testimony).content.decode()
    anonymization = Anonymization.objects.get(testimony=testimony)
    assert anonymization.english == "I am Witness A."
    assert anonymization.passages[PASSAGE_FIELD]["text"] == "The papers were taken."


@pytest.mark.parametrize(
    ("action", "where", "message"),
    [
        (
            "add",
            {"field": "summary", "start": "0", "end": "3", "selected": "The"},
            "Select the words to redact",
        ),
        (
            "add",
            {"field": "passage-deception-recruitment", "start": "0", "end": "3", "selected": "The"},
            "Select text inside a narrative or a passage",
        ),
        (
            "add",
            {"field": PASSAGE_FIELD, "start": "15", "end": "23", "selected": "took the"},
            "The text changed since you selected it",
        ),
        (
            "keep",
            {"field": PASSAGE_FIELD, "start": "0", "end": "3"},
            "That item is no longer waiting for a decision",
        ),
        (
            "keep",
            {"field": PASSAGE_FIELD, "start": "x", "end": "3"},
            "That item could not be found",
        ),
    ],
)
def test_bad_input_is_explained_not_a_crash(
    client: Client,
    carol: User,
    dave: User,
    make_testimony: Callable[..., Testimony],
    action: str,
    where: dict[str, str],
    message: str,
) -> None:
    """An unknown field, a stale selection or item, a broken offset: a sentence on the page,
    nothing decided."""
    testimony = _legacy(make_testimony, dave, "The cook Jang Dae took the papers.")
    review_redactions(client, carol, testimony)
    response = _change(client, testimony, action, **where)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Anonymization.objects.get(testimony=testimony).decisions


def test_an_unknown_action_is_not_found(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = _legacy(make_testimony, dave, "The cook Jang Dae took the papers.")
    review_redactions(client, carol, testimony)
    response = client.post(_url("passage_review_change", testimony, "approve_all"))
    assert response.status_code == 404


@pytest.mark.parametrize("who", ["alice", "bob"])
def test_only_those_who_approve_anonymized_texts_may_review_the_passages(
    client: Client,
    alice: User,
    bob: User,
    dave: User,
    make_testimony: Callable[..., Testimony],
    who: str,
) -> None:
    """The interviewer and a reviewer without the right to approve: no button, and every
    page of the action answers 403."""
    testimony = _legacy(make_testimony, dave, "Later the cook Jang Dae took the papers.")
    user = {"alice": alice, "bob": bob}[who]
    client.force_login(user)
    detail = client.get(testimony.get_absolute_url()).content.decode()
    assert _url("passage_review", testimony) not in detail
    assert client.get(_url("passage_review", testimony)).status_code == 403
    where = {"field": PASSAGE_FIELD, "start": 15, "end": 23, "selected": "Jang Dae"}
    assert client.post(_url("passage_review_change", testimony, "add"), where).status_code == 403
    assert client.post(_url("passage_review_approve", testimony)).status_code == 403
    anonymization = Anonymization.objects.get(testimony=testimony)
    assert (anonymization.passages, anonymization.decisions) == (None, "")


def test_four_eyes_refuse_the_coordinator_who_entered_it(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """As for the anonymized text: whoever entered the testimony does not approve its
    passages; the page says so before anything is decided."""
    testimony = _legacy(
        make_testimony, dave, "The papers were taken.", created_by=carol, updated_by=carol
    )
    review_redactions(client, carol, testimony)
    refusal = "another coordinator must approve its anonymized text"
    assert refusal in client.get(_url("passage_review", testimony)).content.decode()
    assert refusal in _approve(client, testimony).content.decode()
    assert Anonymization.objects.get(testimony=testimony).passages is None


@pytest.mark.parametrize("passages", ["reviewed", "none to review"])
def test_the_action_is_absent_unless_an_approval_withholds_passages(
    client: Client,
    carol: User,
    dave: User,
    make_testimony: Callable[..., Testimony],
    passages: str,
) -> None:
    """Passages approved with the text, or no passage at all: no button, the page says there
    is nothing to review, and approving changes nothing."""
    if passages == "reviewed":
        testimony = _legacy(make_testimony, dave, "The papers were taken.")
        _reviewed(testimony, "The papers were taken.")
    else:
        testimony = _legacy(make_testimony, dave, "")
    stored = Anonymization.objects.get(testimony=testimony).passages
    review_redactions(client, carol, testimony)
    detail = client.get(testimony.get_absolute_url()).content.decode()
    assert _url("passage_review", testimony) not in detail
    page = client.get(_url("passage_review", testimony)).content.decode()
    assert "There are no passages to review here" in page
    assert _url("passage_review_approve", testimony) not in page
    page = _approve(client, testimony).content.decode()
    assert "There are no passages to review here" in page
    assert Anonymization.objects.get(testimony=testimony).passages == stored
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PASSAGES_APPROVED).exists()


def test_the_petition_page_says_whose_passages_are_withheld_or_changed(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Before building: the legacy approval with the button to review its passages, the
    changed passage with what to do, the testimony whose passages go out not listed; case
    codes only."""
    legacy = _legacy(make_testimony, dave, "Later the cook Jang Dae took the papers.")
    changed = _legacy(make_testimony, dave, "Later the cook Jang Dae took the papers.")
    _reviewed(changed, "Later the cook [redacted] took the papers.", "Later the cook took it.")
    fine = _legacy(make_testimony, dave, "The papers were taken.")
    _reviewed(fine, "The papers were taken.")
    petition = Petition.objects.create(
        slug="passages-before-building",
        title="Passages before building",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="Which passages go out.",
        created_by=carol,
    )
    petition.testimonies.add(legacy, changed, fine)
    client.force_login(carol)
    page = client.get(petition.get_absolute_url()).content.decode()
    assert "Passages left out" in page
    assert "A passage changed: the build fails" in page
    notice = page.split('id="passage-problems"', 1)[1].split("</div>", 1)[0]
    legacy_line, changed_line = notice.split("<li>")[1:]
    assert legacy.case_code in legacy_line
    assert "leaves out its passages" in legacy_line
    assert _url("passage_review", legacy) in legacy_line
    assert changed.case_code in changed_line
    assert "the build will fail. Have the testimony edited" in changed_line
    assert fine.case_code not in notice
    for name in ("Jang Dae", "Rim Myong-chol", "림명철"):
        assert name not in page


def test_building_is_refused_at_once_while_a_passage_changed_since_approval(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The build would fail in the worker: "Build a bundle" says so instead, with the case code
    and what to do, and queues nothing. A legacy approval's passages are only left out: that
    petition is built."""
    changed = _legacy(make_testimony, dave, "Later the cook Jang Dae took the papers.")
    _reviewed(changed, "Later the cook [redacted] took the papers.", "Later the cook took it.")
    legacy = _legacy(make_testimony, dave, "The papers were taken.")
    petitions = []
    for slug, testimony in (("changed-passage", changed), ("legacy-passage", legacy)):
        petition = Petition.objects.create(
            slug=slug,
            title="Passages",
            mandate=Mandate.objects.get(code="sr_slavery"),
            summary="Which passages go out.",
            created_by=carol,
        )
        petition.testimonies.add(testimony)
        petitions.append(petition)
    client.force_login(carol)
    url = reverse("testimony:bundle_start", args=[petitions[0].slug])
    page = client.post(url, follow=True).content.decode()
    assert f"A supporting passage of {changed.case_code} changed after" in page
    assert "Jang Dae" not in page
    assert not Bundle.objects.exists()
    client.post(reverse("testimony:bundle_start", args=[petitions[1].slug]))
    assert Bundle.objects.get().petition == petitions[1]


def test_what_a_bundle_does_with_passages_is_read_in_two_queries(
    dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The petition page and the start of a build ask for every selected testimony at once:
    the queries do not grow with them, and each state is the bundle's own."""
    states = []
    for passage in ("The cook Jang Dae took the papers.", "The papers were taken.", "Gone."):
        testimony = _legacy(make_testimony, dave, passage)
        states.append(testimony)
    _reviewed(states[1], "The papers were taken.")
    _reviewed(states[2], "Gone.", "Changed since.")
    for testimonies in (states[:1], states):
        with CaptureQueriesContext(connection) as queries:
            found = passage_releases(testimonies)
        assert len(queries) == 2
    assert found == {states[0].pk: "withheld", states[2].pk: "changed"}


def test_the_action_and_the_notice_are_in_korean(
    client: Client, carol: User, dave: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A Korean coordinator reads the notice, the button and the review's heading in Korean."""
    testimony = _legacy(make_testimony, dave, "The papers were taken.")
    client.force_login(carol)
    client.cookies["django_language"] = "ko"
    detail = client.get(testimony.get_absolute_url()).content.decode()
    assert "Review the passages" not in detail
    assert "근거 구절 검토하기" in detail
    assert "근거 구절을 검토하고 승인할 때까지" in detail
    review_redactions(client, carol, testimony)
    page = client.get(_url("passage_review", testimony)).content.decode()
    assert f"{testimony.case_code} 지표 근거 구절" in page
    assert "근거 구절 승인" in page
