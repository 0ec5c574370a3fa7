"""A name the reviewer redacts is a name the finders then look for: its other mentions, whole
or by a part, in both narratives, become proposals the reviewer can still reject; undoing the
redaction takes them back; a redacted detail that is no name teaches nothing."""

from collections.abc import Callable

from django.contrib.auth.models import User
from django.test import Client

from testimony.anonymize.redact import anonymize
from testimony.anonymize.review import (
    anonymization_current,
    field_reviews,
    names_redacted_by_reviewer,
)
from testimony.models import Status, Testimony
from testimony.tests.test_redactions import (
    change,
    review_redactions,
    where,
    with_narrative,
)
from testimony.workflow import transition

ENGLISH = (
    "We shared the room with Ondjaba Tjikuua from Rundu.\r\n\r\n"
    "The work began at six. 😞 In winter Tjikuua fell ill and nobody came.\r\n\r\n"
    "Ondjaba Tjikuua was thirty. The third finger of my left hand was broken."
)
ORIGINAL = "우리는 Tjikuua를 병원에 데려가려고 했다.\r\n김 반장은 안 된다고 했다."


def _proposed(testimony: Testimony) -> dict[str, list[tuple[str, str, bool]]]:
    reviews = field_reviews(testimony, anonymization_current(testimony))
    return {
        review.name: [(p.span.text, p.span.reason, p.accepted) for p in review.proposals]
        for review in reviews
    }


def _verified(make_testimony: Callable[..., Testimony], bob: User) -> Testimony:
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    return with_narrative(testimony, english=ENGLISH, original=ORIGINAL)


def test_the_finders_alone_do_not_know_this_name(
    db: None, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = _verified(make_testimony, bob)
    proposed = _proposed(testimony)
    assert not [text for text, _reason, _ in proposed["english"] if "Tjikuua" in text]
    assert not [text for text, _reason, _ in proposed["original"] if "Tjikuua" in text]


def test_a_redacted_name_is_proposed_wherever_else_it_stands(
    client: Client, carol: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = _verified(make_testimony, bob)
    review_redactions(client, carol, testimony)
    change(
        client, testimony, "add", **where(testimony, "Ondjaba Tjikuua"), selected="Ondjaba Tjikuua"
    )
    proposed = _proposed(testimony)
    english = [(text, reason) for text, reason, accepted in proposed["english"] if accepted]
    assert ("Ondjaba Tjikuua", "added by a reviewer") in english
    assert (
        "Tjikuua",
        "part of the name a reviewer redacted 'Ondjaba Tjikuua' standing alone",
    ) in english
    assert (
        "Ondjaba Tjikuua",
        "the name a reviewer redacted 'Ondjaba Tjikuua', written again",
    ) in english
    # In the other narrative too, with a Korean particle welded on.
    assert [text for text, _reason, accepted in proposed["original"] if accepted] == [
        "Tjikuua",
        "김",
    ]
    review = {r.name: r for r in field_reviews(testimony, anonymization_current(testimony))}
    assert "Tjikuua" not in review["english"].redacted()
    assert "Tjikuua" not in review["original"].redacted()


def test_a_proposal_from_a_redacted_name_can_be_rejected_and_undoing_takes_it_back(
    client: Client, carol: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = _verified(make_testimony, bob)
    review_redactions(client, carol, testimony)
    change(
        client, testimony, "add", **where(testimony, "Ondjaba Tjikuua"), selected="Ondjaba Tjikuua"
    )
    english = testimony.narrative.english
    alone = english.index("Tjikuua fell")
    change(client, testimony, "reject", field="english", start=alone, end=alone + 7)
    proposed = {
        (text, reason): accepted for text, reason, accepted in _proposed(testimony)["english"]
    }
    assert (
        proposed[
            ("Tjikuua", "part of the name a reviewer redacted 'Ondjaba Tjikuua' standing alone")
        ]
        is False
    )
    # Undo the reviewer's own redaction: what it taught the finders goes with it.
    first = english.index("Ondjaba Tjikuua")
    change(client, testimony, "reject", field="english", start=first, end=first + 15)
    assert not [
        text for texts in _proposed(testimony).values() for text, _, _ in texts if "Tjikuua" in text
    ]


def test_only_name_shaped_redactions_teach_the_finders(
    db: None, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = _verified(make_testimony, bob)
    narrative = testimony.narrative
    english = narrative.english
    original = narrative.original  # "김 반장": a surname and a title, not a full name

    def manual(words: str) -> dict[str, object]:
        start = english.index(words)
        return {"field": "english", "start": start, "end": start + len(words)}

    taught = names_redacted_by_reviewer(
        {"english": narrative.english, "original": narrative.original},
        [
            manual("Ondjaba Tjikuua"),
            manual("The third finger of my left hand"),  # a detail, not a name
            manual("thirty"),  # one word: "Redact all" is for that
            manual("six. 😞 In"),
            {"field": "original", "start": 0, "end": 2},  # 우리: two syllables, no full name
            {"field": "original", "start": original.index("김"), "end": original.index("은 안")},
        ],
    )
    assert taught == ["Ondjaba Tjikuua"]


def test_a_korean_name_redacted_by_a_reviewer_finds_its_given_name() -> None:
    text = "작업반에 배정애라는 여자가 있었다.\r\n\r\n나중에 정애가 울었다. 배 지배인이 왔다."
    spans = anonymize(text, [], named_by_reviewer=["배정애"]).spans
    assert "정애" in [span.text for span in spans]


def test_only_a_reviewers_name_is_said_to_be_written_again() -> None:
    """A detected hyphenated given name found again is 'part of the detected name', never
    'the name a reviewer redacted'; a reviewer's name found again says so."""
    from testimony.anonymize.redact import NameMatcher
    from testimony.anonymize.redact.transient import mentions_of_detected
    from testimony.anonymize.spans import Span

    text = "Aunt Chun-ja came at dawn. Later Chun-ja cried."
    detected = Span(5, 12, "Chun-ja", "[name withheld]", "detected", "found")
    reviewer = Span(-1, -1, "Chun-ja", "[name withheld]", "detected", "")
    matcher = NameMatcher([])
    [found] = mentions_of_detected(matcher, text, [detected], [], [])
    assert (found.start, found.reason) == (33, "part of the detected name 'Chun-ja' standing alone")
    reasons = {span.reason for span in mentions_of_detected(matcher, text, [reviewer], [], [])}
    assert "the name a reviewer redacted 'Chun-ja', written again" in reasons
