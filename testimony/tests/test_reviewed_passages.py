"""Indicators' supporting passages are reviewed like the narratives, and a bundle releases only
their approved text.

Before, a passage was machine-redacted when the bundle was built: a name the reviewer had
caught in the narrative (a nickname no finder knows, a word they redacted by hand) went into
the case document and the data files through the passage that quoted it.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.anonymize.review import anonymization_current, field_reviews
from testimony.bundle.release import NotExportable, case_release
from testimony.models import (
    Anonymization,
    AuditEvent,
    IndicatorTag,
    Mandate,
    Petition,
    Status,
    Testimony,
)
from testimony.tests.test_bundle_build import _all_text, _build
from testimony.tests.test_redactions import approve, change, review_redactions, with_narrative
from testimony.tests.test_register_from_review import _register
from testimony.tests.test_workflow import approve_anonymization
from testimony.workflow import transition

pytestmark = pytest.mark.django_db

PASSAGE_FIELD = "passage-retention_of_documents-employment"

# As a browser sends it: CRLF, an emoji, the nickname in the third paragraph.
ENGLISH = (
    "I am Rim Myong-chol.\r\n\r\n"
    "We worked from six to midnight. 😞\r\n\r\n"
    "Then Hyok came with me to the site. The minder took our passports."
)
PLAIN = ENGLISH.replace("Then Hyok came with me to the site. ", "")


def _tag(testimony: Testimony, passage: str, indicator: str = "retention_of_documents") -> None:
    IndicatorTag.objects.create(
        testimony=testimony, indicator=indicator, phase="employment", passage=passage
    )


def _verified(
    make_testimony: Callable[..., Testimony], bob: User, passage: str, english: str = PLAIN
) -> Testimony:
    testimony = make_testimony(status=Status.IN_REVIEW)
    with_narrative(testimony, english=english)
    _tag(testimony, passage)
    return transition(testimony, Status.VERIFIED, by=bob)


def _at(testimony: Testimony, words: str, field: str = "english") -> dict[str, object]:
    texts = {review.name: review.text for review in _reviews(testimony)}
    start = texts[field].index(words)
    return {"field": field, "start": start, "end": start + len(words)}


def _reviews(testimony: Testimony) -> list:
    testimony.refresh_from_db()
    return field_reviews(testimony, anonymization_current(testimony))


def test_a_word_redacted_in_the_narrative_is_redacted_in_the_passage_and_the_bundle(
    client: Client, bob: User, carol: User, make_testimony: Callable[..., Testimony], tmp_path: Path
) -> None:
    """The reviewer redacts "Hyok" everywhere from the narrative's list: the passage quoting
    him is redacted too, and the bundle's files never hold the name."""
    testimony = _verified(
        make_testimony,
        bob,
        "Hyok cried when the minder took our passports.\r\nHyok was 19.",
        english=ENGLISH,
    )
    review_redactions(client, carol, testimony)
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert "Passage: Retention of identity documents (Work and life under duress)" in page
    assert f'data-field="{PASSAGE_FIELD}"' in page
    change(client, testimony, "redact_all", **_at(testimony, "Hyok"))
    (passage,) = [review for review in _reviews(testimony) if review.is_passage]
    assert [p.span.text for p in passage.proposals if p.accepted] == ["Hyok", "Hyok"]
    assert passage.unresolved == []
    assert "is approved" in approve(client, testimony)

    anonymization = Anonymization.objects.get(testimony=testimony)
    assert "Hyok" not in anonymization.passages[PASSAGE_FIELD]["text"]
    transition(testimony, Status.APPROVED, by=carol)
    (indicator,) = case_release(testimony).indicators
    assert indicator.passage == (
        "[name withheld] cried when the minder took our passports.\n[name withheld] was 19."
    )
    petition = Petition.objects.create(
        slug="passages",
        title="Passages",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="Passages are released only as approved.",
        created_by=carol,
    )
    petition.testimonies.add(testimony)
    _bundle, path = _build(petition, carol)
    texts = _all_text(path)
    assert any("[name withheld] cried" in text for text in texts.values())
    for name, text in texts.items():
        assert "Hyok" not in text, name


def test_an_unresolved_word_in_a_passage_blocks_approval_and_says_where(
    client: Client, bob: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A possible name only the passage holds is listed; approval is refused, naming the
    passage; kept with one click, the approval goes through and the word stays."""
    testimony = _verified(make_testimony, bob, "We ran.\r\nThen Hyok came with me.")
    review_redactions(client, carol, testimony)
    page = approve(client, testimony)
    assert "is approved" not in page
    assert (
        "&#x27;Hyok&#x27; (Passage: Retention of identity documents (Work and life under "
        "duress), paragraph 2)"
    ) in page
    change(client, testimony, "keep", **_at(testimony, "Hyok", PASSAGE_FIELD))
    assert "is approved" in approve(client, testimony)
    passages = Anonymization.objects.get(testimony=testimony).passages
    assert passages[PASSAGE_FIELD]["text"] == "We ran.\nThen Hyok came with me."
    event = AuditEvent.objects.filter(action=AuditEvent.Action.REDACTION_CHANGED).last()
    assert event.changed_fields == ["indicators.passage"]


@pytest.mark.parametrize(
    ("passage", "selected", "expected"),
    [
        # CRLF, an emoji (two UTF-16 units, one code point) and fullwidth letters before it.
        (
            "😞 Ｐａｋ said nothing.\r\nLater the cook Jang Dae took the papers.",
            "Jang Dae",
            " said nothing.\nLater the cook [redacted] took the papers.",
        ),
        # Korean, after a line break and an emoji: a nickname no finder knows.
        (
            "여권은 가져갔다 🙏\r\n왕눈이가 금고에 넣었다.",
            "왕눈이",
            "여권은 가져갔다 🙏\n[redacted]가 금고에 넣었다.",
        ),
    ],
)
def test_a_selection_in_a_passage_is_redacted_where_it_was_selected(
    client: Client,
    bob: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
    passage: str,
    selected: str,
    expected: str,
) -> None:
    """Offsets in a passage count code points as in the narratives; the stored passage has LF
    line breaks; what the reviewer selected is what is redacted."""
    testimony = _verified(make_testimony, bob, passage)
    review_redactions(client, carol, testimony)
    for review in _reviews(testimony):
        for item in review.unresolved:
            change(client, testimony, "keep", field=review.name, start=item.start, end=item.end)
    where = _at(testimony, selected, PASSAGE_FIELD)
    page = change(client, testimony, "add", **where, selected=selected)
    assert "The text changed" not in page
    assert "is approved" in approve(client, testimony)
    text = Anonymization.objects.get(testimony=testimony).passages[PASSAGE_FIELD]["text"]
    assert text.endswith(expected)
    assert selected not in text
    assert "\r" not in text


def test_a_selection_that_does_not_match_the_passage_redacts_nothing(
    client: Client, bob: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Offsets from a stale page, or a field the review does not have: refused in words."""
    testimony = _verified(make_testimony, bob, "The cook Jang Dae took the papers.")
    review_redactions(client, carol, testimony)
    where = _at(testimony, "Jang Dae", PASSAGE_FIELD)
    page = change(client, testimony, "add", **where, selected="took the")
    assert "The text changed since you selected it" in page
    page = change(
        client,
        testimony,
        "add",
        field="passage-deception-recruitment",
        start=0,
        end=3,
        selected="The",
    )
    assert "Select text inside a narrative or a passage" in page
    assert not anonymization_current(testimony).decisions or (
        '"manual": []' in anonymization_current(testimony).decisions
    )


def test_an_approval_made_before_passages_were_reviewed_releases_none(
    carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Approved before this review existed (migration 0040 leaves `passages` empty): nobody
    read the passage, so it is withheld; the indicator itself is still released."""
    testimony = make_testimony(status="approved")
    _tag(testimony, "The minder Noi took our passports.")
    approve_anonymization(testimony, by=carol)
    assert Anonymization.objects.get(testimony=testimony).passages is None
    (indicator,) = case_release(testimony).indicators
    assert indicator.indicator == "Retention of identity documents"
    assert indicator.passage == ""


def test_a_passage_changed_after_approval_is_not_exported(
    client: Client, bob: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A passage changed without a new version (a database edit, a restore) no longer matches
    what was approved: the case is refused in words, not released with an unreviewed text."""
    testimony = _verified(make_testimony, bob, "The minder took our passports.")
    review_redactions(client, carol, testimony)
    assert "is approved" in approve(client, testimony)
    tag = IndicatorTag.objects.get(testimony=testimony)
    tag.passage = "The minder Jang Dae took our passports."
    tag.save()
    with pytest.raises(NotExportable, match="changed after the anonymized text was approved"):
        case_release(testimony)
    # Statistics read no passage and still count the case.
    assert case_release(testimony, with_passages=False).indicators[0].passage == ""


def test_a_decision_in_a_passage_follows_the_next_version(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Registering a person from the review makes a new version: a word the reviewer redacted
    in a passage stays redacted there."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    with_narrative(testimony, english=ENGLISH)
    _tag(testimony, "Later the cook Jang Dae took the papers.")
    review_redactions(client, bob, testimony)
    where = _at(testimony, "Jang Dae", PASSAGE_FIELD)
    change(client, testimony, "add", **where, selected="Jang Dae")
    assert "Registered as" in _register(client, testimony, name="Kang Il-bom", role="supervisor")
    testimony.refresh_from_db()
    assert testimony.revision == 2
    (passage,) = [review for review in _reviews(testimony) if review.is_passage]
    manual = [p.span.text for p in passage.proposals if p.manual]
    assert manual == ["Jang Dae"]


def test_the_detail_page_shows_the_approved_passage_behind_the_door(
    client: Client, alice: User, bob: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Staff who have not opened the door see a passage as the review approved it once it is
    approved, never the machine's redaction of it, which a name no finder knows gets past."""
    testimony = _verified(
        make_testimony, bob, "Hyok cried when the minder took our passports.", english=ENGLISH
    )
    review_redactions(client, carol, testimony)
    change(client, testimony, "redact_all", **_at(testimony, "Hyok"))
    assert "is approved" in approve(client, testimony)
    client.force_login(alice)
    page = client.get(reverse("testimony:detail", args=[testimony.uuid])).content.decode()
    assert "[name withheld] cried when the minder took our passports." in page
    assert "Hyok" not in page
