"""The redaction review: proposals, decisions, the reviewer's own redactions, approval."""

import json
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.models import Anonymization, AuditEvent, Person, Status, Testimony
from testimony.tests.test_reveal import reveal_identities
from testimony.workflow import transition

pytestmark = pytest.mark.django_db


@pytest.fixture
def verified(make_testimony: Callable[..., Testimony], bob: User) -> Testimony:
    """Verified by Bob through the workflow, so that Carol may approve it for export."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    return transition(testimony, Status.VERIFIED, by=bob)


def review_redactions(client: Client, user: User, testimony: Testimony) -> None:
    """Sign in and open the door for the redaction review (reveal.py), as the page asks."""
    client.force_login(user)
    reveal_identities(client, testimony, "redaction")


def change(client: Client, testimony: Testimony, action: str, **where: object) -> str:
    url = reverse("testimony:redaction_change", args=[testimony.uuid, action])
    return client.post(url, where, follow=True).content.decode()


def approve(client: Client, testimony: Testimony) -> str:
    url = reverse("testimony:redaction_approve", args=[testimony.uuid])
    return client.post(url, follow=True).content.decode()


def test_the_page_proposes_the_registered_names_with_their_pseudonyms(
    client: Client, bob: User, verified: Testimony
) -> None:
    """Through the door, the witness's romanized and Hangul names are highlighted, each
    with 'Witness A'; the reveal is one audit event."""
    client.force_login(bob)
    url = reverse("testimony:redactions", args=[verified.uuid])
    assert "림명철" not in client.get(url).content.decode()
    review_redactions(client, bob, verified)
    page = client.get(url).content.decode()
    assert "Rim Myong-chol</mark>" in page
    assert "림명철</mark>" in page
    assert "→ Witness A" in page
    event = AuditEvent.objects.get(testimony=verified, action=AuditEvent.Action.IDENTITIES_VIEWED)
    assert event.detail == {"reason": "redaction"}


def test_approval_stores_the_anonymized_texts_and_unlocks_approval_for_export(
    client: Client, carol: User, verified: Testimony
) -> None:
    """After approval the stored texts carry pseudonyms, and the testimony can be approved."""
    review_redactions(client, carol, verified)
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
    review_redactions(client, carol, verified)
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
    review_redactions(client, carol, verified)
    english = verified.narrative.english
    start = english.index("Kuwait")
    change(client, verified, "add", field="english", start=start, end=start + 6, selected="Kuwait")
    approve(client, verified)
    anonymization = Anonymization.objects.get(testimony=verified)
    assert "Kuwait" not in anonymization.english
    assert "[redacted]" in anonymization.english


@pytest.mark.parametrize(
    "where",
    [
        {"field": "english", "start": "50", "end": "40", "selected": "x"},
        {"field": "english", "start": "0", "end": "99999", "selected": "x"},
        {"field": "summary", "start": "0", "end": "3", "selected": "I a"},
        {"field": "english", "start": "x", "end": "3", "selected": "I a"},
    ],
)
def test_a_bad_selection_is_explained_not_a_crash(
    client: Client, carol: User, verified: Testimony, where: dict[str, str]
) -> None:
    """Impossible offsets give a message in words and change nothing."""
    review_redactions(client, carol, verified)
    page = change(client, verified, "add", **where)
    assert "Select the words to redact" in page
    for anonymization in Anonymization.objects.all():
        assert not anonymization.decisions or json.loads(anonymization.decisions)["manual"] == []


def test_the_author_cannot_approve_the_anonymized_text(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Four eyes apply to the anonymized text as to the facts."""
    testimony = make_testimony(status=Status.VERIFIED, created_by=carol, updated_by=carol)
    review_redactions(client, carol, testimony)
    assert "another coordinator must approve" in approve(client, testimony)
    assert testimony.approved_anonymization() is None


def test_a_draft_has_no_redaction_review_yet(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Redactions are reviewed once the facts are in review; earlier the page says so."""
    testimony = make_testimony()
    review_redactions(client, bob, testimony)
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert "Redactions are reviewed while a testimony is in review or verified." in page


def test_search_reads_the_approved_anonymized_text(
    client: Client, carol: User, verified: Testimony
) -> None:
    """Words of the approved anonymized narrative find the testimony."""
    review_redactions(client, carol, verified)
    approve(client, verified)
    response = client.get(reverse("testimony:list"), {"q": "construction site"})
    assert [t.pk for t in response.context["page"].object_list] == [verified.pk]


# --- The selection's own words (issue #13) ----------------------------------------------------


def test_a_selection_whose_words_changed_is_refused(
    client: Client, carol: User, verified: Testimony
) -> None:
    """If the stored text no longer holds the selected words at those offsets, nothing is
    redacted: the wrong words would be."""
    review_redactions(client, carol, verified)
    start = verified.narrative.english.index("Kuwait")
    page = change(
        client, verified, "add", field="english", start=start, end=start + 6, selected="Qatar!"
    )
    assert "The text changed since you selected it; select the words again." in page
    for anonymization in Anonymization.objects.all():
        assert not anonymization.decisions or json.loads(anonymization.decisions)["manual"] == []


def test_a_selection_without_its_words_is_refused_in_words(
    client: Client, carol: User, verified: Testimony
) -> None:
    """An old page that sends offsets only is told what to do, not obeyed."""
    review_redactions(client, carol, verified)
    page = change(client, verified, "add", field="english", start="0", end="4")
    assert "did not send the selected words" in page
    for anonymization in Anonymization.objects.all():
        assert not anonymization.decisions or json.loads(anonymization.decisions)["manual"] == []


# --- The review cannot skip a name (issue #13) ------------------------------------------------

HYOK_ENGLISH = "I am Rim Myong-chol.\nThen Hyok came with me to the site."


def with_narrative(testimony: Testimony, *, english: str = "", original: str = "") -> Testimony:
    narrative = testimony.narrative
    if english:
        narrative.english = english
    if original:
        narrative.original = original
    narrative.save()
    return testimony


def decisions_of(testimony: Testimony) -> dict:
    return json.loads(Anonymization.objects.get(testimony=testimony).decisions)


def where(testimony: Testimony, words: str, field: str = "english") -> dict[str, object]:
    text = getattr(testimony.narrative, field)
    start = text.index(words)
    return {"field": field, "start": start, "end": start + len(words)}


def test_a_word_that_may_be_a_name_is_listed_and_blocks_approval(
    client: Client, bob: User, verified: Testimony
) -> None:
    """'Hyok' alone is not proposed by the detector, so the page lists it as unresolved,
    counts it, and disables approval with the reason."""
    with_narrative(verified, english=HYOK_ENGLISH)
    review_redactions(client, bob, verified)
    page = client.get(reverse("testimony:redactions", args=[verified.uuid])).content.decode()
    assert "1 to resolve before approval" in page
    assert 'aria-label="Hyok"' in page
    assert 'bg-warning-subtle">Hyok</strong>' in page
    assert "unresolved-token" in page  # marked in the text too


def test_approval_is_refused_with_the_count_and_the_place(
    client: Client, carol: User, verified: Testimony
) -> None:
    """The refusal names each unresolved word, its narrative and paragraph, and is shown on
    the page rather than stored as a message."""
    with_narrative(verified, english=HYOK_ENGLISH + "\nAnd Chol too.")
    review_redactions(client, carol, verified)
    response = client.post(reverse("testimony:redaction_approve", args=[verified.uuid]))
    page = response.content.decode()
    assert response.status_code == 409
    assert (
        "2 possible names are not resolved yet: &#x27;Hyok&#x27; (English translation, "
        "paragraph 2), &#x27;Chol&#x27; (English translation, paragraph 3). Keep or redact "
        "each one, then approve."
    ) in page
    assert verified.approved_anonymization() is None
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.ANONYMIZATION_APPROVED)


def test_the_refusal_reads_in_korean(client: Client, carol: User, verified: Testimony) -> None:
    """The same refusal, in the Korean interface."""
    with_narrative(verified, english=HYOK_ENGLISH)
    review_redactions(client, carol, verified)
    url = reverse("testimony:redaction_approve", args=[verified.uuid])
    page = client.post(url, headers={"accept-language": "ko"}).content.decode()
    assert "해결되지 않았습니다" in page
    assert "영어 번역" in page
    assert "승인 전에 해결할 항목 1개" in page


def test_a_kept_word_is_recorded_audited_and_stays(
    client: Client, carol: User, verified: Testimony
) -> None:
    """Keep: the word stays as written, the decision is stored by place and audited, and
    approval goes through."""
    with_narrative(verified, english=HYOK_ENGLISH)
    review_redactions(client, carol, verified)
    change(client, verified, "keep", **where(verified, "Hyok"))
    assert decisions_of(verified)["kept"] == [
        "english:{start}:{end}".format(**where(verified, "Hyok"))
    ]
    event = (
        AuditEvent.objects.filter(action=AuditEvent.Action.REDACTION_CHANGED).order_by("pk").last()
    )
    assert event.detail == {"decision": "kept"}
    assert "Hyok" not in json.dumps(event.detail)
    assert "is approved" in approve(client, verified)
    assert "Hyok" in Anonymization.objects.get(testimony=verified).english


def test_a_kept_word_can_be_taken_back(client: Client, carol: User, verified: Testimony) -> None:
    """A keep clicked by mistake is undone from the list of kept words: listed again."""
    with_narrative(verified, english=HYOK_ENGLISH)
    review_redactions(client, carol, verified)
    page = change(client, verified, "keep", **where(verified, "Hyok"))
    assert "kept as written" in page
    assert "Nothing left to resolve before approval" in page
    page = change(client, verified, "reject", **where(verified, "Hyok"))
    assert "1 to resolve before approval" in page
    assert decisions_of(verified)["kept"] == []
    event = (
        AuditEvent.objects.filter(action=AuditEvent.Action.REDACTION_CHANGED).order_by("pk").last()
    )
    assert event.detail == {"decision": "reopened"}


def test_a_redacted_word_is_withheld_as_a_name(
    client: Client, carol: User, verified: Testimony
) -> None:
    """Redact: the word becomes a reviewer's redaction with '[name withheld]'."""
    with_narrative(verified, english=HYOK_ENGLISH)
    review_redactions(client, carol, verified)
    change(client, verified, "redact", **where(verified, "Hyok"))
    manual = decisions_of(verified)["manual"]
    assert manual[0]["replacement"] == "[name withheld]"
    event = (
        AuditEvent.objects.filter(action=AuditEvent.Action.REDACTION_CHANGED).order_by("pk").last()
    )
    assert event.detail == {"decision": "redacted"}
    approve(client, verified)
    english = Anonymization.objects.get(testimony=verified).english
    assert "Hyok" not in english
    assert "Then [name withheld] came" in english


def test_a_removed_redaction_of_a_listed_word_is_listed_again(
    client: Client, carol: User, verified: Testimony
) -> None:
    """Taking a redaction back does not resolve the word: it is unresolved again."""
    with_narrative(verified, english=HYOK_ENGLISH)
    review_redactions(client, carol, verified)
    change(client, verified, "redact", **where(verified, "Hyok"))
    page = change(client, verified, "reject", **where(verified, "Hyok"))
    assert "1 to resolve before approval" in page


def test_a_quasi_identifier_is_generalised_when_the_reviewer_says_so(
    client: Client, carol: User, verified: Testimony
) -> None:
    """A year of birth is listed with its generalised form; generalising applies it."""
    with_narrative(verified, english="I am Rim Myong-chol. I was born in 1987.")
    review_redactions(client, carol, verified)
    page = client.get(reverse("testimony:redactions", args=[verified.uuid])).content.decode()
    assert "born in the 1980s" in page
    assert "year of birth: generalise to the decade" in page
    change(client, verified, "generalise", **where(verified, "born in 1987"))
    assert decisions_of(verified)["generalised"] == [
        "english:{start}:{end}".format(**where(verified, "born in 1987"))
    ]
    event = (
        AuditEvent.objects.filter(action=AuditEvent.Action.REDACTION_CHANGED).order_by("pk").last()
    )
    assert event.detail == {"decision": "generalised"}
    approve(client, verified)
    assert "I was born in the 1980s." in Anonymization.objects.get(testimony=verified).english


def test_a_kept_quasi_identifier_stays_and_an_undone_one_is_listed_again(
    client: Client, carol: User, verified: Testimony
) -> None:
    with_narrative(verified, english="I am Rim Myong-chol. I was born in 1987.")
    review_redactions(client, carol, verified)
    change(client, verified, "generalise", **where(verified, "born in 1987"))
    page = change(client, verified, "reject", **where(verified, "born in 1987"))
    assert "1 to resolve before approval" in page
    change(client, verified, "keep", **where(verified, "born in 1987"))
    approve(client, verified)
    assert "born in 1987" in Anonymization.objects.get(testimony=verified).english


def test_a_korean_word_that_may_be_a_name_is_never_skipped(
    client: Client, carol: User, verified: Testimony
) -> None:
    """영호는 (a two-syllable name before a particle) is either proposed or listed."""
    with_narrative(verified, original="저는 림명철입니다.\n영호는 도망쳤습니다.")
    review_redactions(client, carol, verified)
    page = client.get(reverse("testimony:redactions", args=[verified.uuid])).content.decode()
    assert "영호</mark>" in page or 'aria-label="영호"' in page


def test_a_choice_that_does_not_fit_the_item_is_refused(
    client: Client, carol: User, verified: Testimony
) -> None:
    """A detail is generalised or kept, a name kept or redacted; a stale or invented place
    is refused in words."""
    with_narrative(verified, english="I am Rim Myong-chol. I was born in 1987 near Hyok.")
    review_redactions(client, carol, verified)
    assert "does not apply" in change(client, verified, "redact", **where(verified, "born in 1987"))
    assert "does not apply" in change(client, verified, "generalise", **where(verified, "Hyok"))
    page = change(client, verified, "keep", **where(verified, "I was"))
    assert "no longer waiting for a decision" in page
    assert not Anonymization.objects.get(testimony=verified).decisions


@pytest.mark.parametrize(
    "posted",
    [
        {"start": "5", "end": "9"},
        {"field": "english", "start": "9", "end": "5"},
        {"field": "english", "start": "0", "end": "99999"},
        {"field": "english", "start": "x", "end": "9"},
        {"field": "english", "start": "-3", "end": "9"},
        {"field": "summary", "start": "5", "end": "9"},
        {},
    ],
)
@pytest.mark.parametrize("action", ["keep", "redact", "generalise"])
def test_bad_decision_values_are_explained_not_a_crash(
    client: Client, carol: User, verified: Testimony, posted: dict, action: str
) -> None:
    with_narrative(verified, english=HYOK_ENGLISH)
    review_redactions(client, carol, verified)
    url = reverse("testimony:redaction_change", args=[verified.uuid, action])
    response = client.post(url, posted, follow=True)
    assert response.status_code == 200
    assert response.context["messages"]
    for anonymization in Anonymization.objects.all():
        decisions = json.loads(anonymization.decisions or "{}")
        assert not decisions.get("kept")
        assert not decisions.get("manual")
        assert not decisions.get("generalised")


def test_an_unknown_action_is_not_found(client: Client, carol: User, verified: Testimony) -> None:
    review_redactions(client, carol, verified)
    url = reverse("testimony:redaction_change", args=[verified.uuid, "forget"])
    assert client.post(url, {"field": "english", "start": "0", "end": "1"}).status_code == 404


# --- Across the collection --------------------------------------------------------------------


def test_a_name_registered_in_another_testimony_gets_that_persons_pseudonym(
    client: Client, bob: User, verified: Testimony, make_testimony: Callable[..., Testimony]
) -> None:
    """The detector finds 'Pak Song-il'; the blind index knows him from another testimony
    (spelled 'Park Seong-il' there), so he is replaced by his collection-wide pseudonym.
    The page says so without naming that testimony."""
    other = make_testimony(witness_name="Kim Yong-ho", witness_hangul="김영호")
    coworker = Person.objects.create(
        testimony=other,
        role=Person.Role.COWORKER,
        name_romanized="Park Seong-il",
        pseudonym="Co-worker 7",
    )
    coworker.reindex_names()
    with_narrative(verified, english="I am Rim Myong-chol. I worked with Pak Song-il there.")
    review_redactions(client, bob, verified)
    page = client.get(reverse("testimony:redactions", args=[verified.uuid])).content.decode()
    assert "Pak Song-il</strong> → Co-worker 7" in page
    assert "registered in another testimony" in page
    assert other.case_code not in page


def test_a_name_matching_several_persons_elsewhere_stays_withheld(
    client: Client, bob: User, verified: Testimony, make_testimony: Callable[..., Testimony]
) -> None:
    """Two persons of other testimonies answer to the name: no pseudonym is guessed."""
    for pseudonym in ("Co-worker 7", "Supervisor 9"):
        person = Person.objects.create(
            testimony=make_testimony(),
            role=Person.Role.COWORKER,
            name_romanized="Pak Song-il",
            pseudonym=pseudonym,
        )
        person.reindex_names()
    with_narrative(verified, english="I am Rim Myong-chol. I worked with Pak Song-il there.")
    review_redactions(client, bob, verified)
    page = client.get(reverse("testimony:redactions", args=[verified.uuid])).content.decode()
    assert "Pak Song-il</strong> → [name withheld]" in page
    assert "matches several persons registered in other testimonies" in page


def test_a_fullwidth_name_after_a_crlf_line_break_is_listed_and_redacted_whole(
    client: Client, carol: User, verified: Testimony
) -> None:
    """Typed on a Korean keyboard and pasted from a browser: the stored text has LF line
    breaks, the name is listed as written, and redacting it removes every character."""
    with_narrative(verified, english="I am Rim Myong-chol.\r\nThen \u200bＨｙｏｋ came.")
    verified.narrative.refresh_from_db()
    assert "\r" not in verified.narrative.english
    review_redactions(client, carol, verified)
    page = client.get(reverse("testimony:redactions", args=[verified.uuid])).content.decode()
    assert 'aria-label="Ｈｙｏｋ"' in page
    change(client, verified, "redact", **where(verified, "Ｈｙｏｋ"))
    approve(client, verified)
    english = Anonymization.objects.get(testimony=verified).english
    assert "Ｈｙｏｋ" not in english
    assert "[name withheld] came." in english
