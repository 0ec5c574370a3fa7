"""The statistical name recogniser: its weights, what it proposes, what it lists for review."""

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.anonymize import recogniser
from testimony.anonymize.detect import detect_names
from testimony.anonymize.unresolved import REASON_RECOGNISER, unresolved_tokens
from testimony.models import Status, Testimony
from testimony.tests.test_redactions import review_redactions, with_narrative
from testimony.workflow import transition

TRAINER = Path(recogniser.__file__).parent / "eval" / "train_recogniser.py"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_recogniser", TRAINER)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _proposed(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def _recognised(text: str) -> list[tuple[str, str]]:
    return [
        (span.text, span.reason)
        for span in detect_names(text)
        if "statistical recogniser" in span.reason
    ]


def test_the_weights_load_and_are_what_the_training_script_writes() -> None:
    """The committed file is readable, has both thresholds, and training it again on the
    tuned sets gives the same bytes (deterministic: no randomness, rounded weights)."""
    document = json.loads(recogniser.WEIGHTS_PATH.read_text(encoding="utf-8"))
    model = recogniser.model_from_document(document)
    assert 0 < model.low < model.high < 1
    assert len(model.weights) > 100
    trainer = _trainer()
    rebuilt, _folds = trainer.build()
    assert trainer.render(rebuilt) == recogniser.WEIGHTS_PATH.read_text(encoding="utf-8")
    # The eleven sets opened by round 9 are trained on. The later ones measure it: trained on
    # all 23 (round 22), it found fewer names out of sample, so it was not kept.
    about = rebuilt["about"]
    for name in ("development", "unseen", *(f"heldout{n}" for n in range(2, 11))):
        assert name in about
    assert set(trainer.TRAINING_SETS) == {
        "development",
        "unseen",
        *(f"heldout{n}" for n in range(2, 11)),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A hyphenated given name with its second syllable in capitals: the rules read one in
        # small letters (Sang-hun) since round 56, not this spelling.
        ("Every evening Sang-Hun counted the bags twice.", "Sang-Hun"),
        ("I shared a bed with Kwang-Bom, who snored.", "Kwang-Bom"),
        ("Baek kept the keys of the dormitory.", "Baek"),
    ],
)
def test_a_name_the_rules_miss_is_proposed_with_its_score(text: str, name: str) -> None:
    with recogniser.disabled():
        assert _proposed(text) == []
    [(found, reason)] = _recognised(text)
    assert found == name
    assert reason.startswith("looks like a name (statistical recogniser, score 0.9")


@pytest.mark.parametrize(
    "text",
    [
        "Park benches, Song and dance, and Moon-lit nights on the Amur.",
        "Sometimes we ate twice. Whenever the quota failed, Remarks were written.",
        "Portraits of Kim Jong-un and Kim Il-sung hung in the dormitory in Pyongyang.",
        "We worked for Namgang General Construction near Kuwait City.",
    ],
)
def test_ordinary_words_public_figures_places_and_companies_are_left_alone(text: str) -> None:
    assert _proposed(text) == []
    assert [item.text for item in unresolved_tokens(text, [])] == [
        item.text for item in _without_recogniser(text)
    ]


def _without_recogniser(text: str) -> list:
    with recogniser.disabled():
        return unresolved_tokens(text, [])


def test_a_public_figure_is_never_scored() -> None:
    text = "Later Kim Jong-un visited and Choe Ryong-hae spoke."
    scored = [candidate.text for candidate, _score in recogniser.scored(text)]
    assert "Jong-un" not in scored
    assert "Ryong-hae" not in scored


def test_a_middle_score_word_is_listed_for_review_and_no_rule_lists_it() -> None:
    """이슬 (dew, and a given name) before 은 in a sentence about a person's age: the rules
    neither propose nor list it; the recogniser scores it between its thresholds."""
    text = "그때 이슬은 열아홉 살이었다."
    model = recogniser.model()
    assert model is not None
    [(_start, _end, score)] = [
        item for item in recogniser.review_candidates(text) if text[item[0] : item[1]] == "이슬"
    ]
    assert model.low <= score < model.high
    assert _proposed(text) == []
    assert [(i.text, i.reason) for i in unresolved_tokens(text, [])] == [
        ("이슬", REASON_RECOGNISER)
    ]
    assert _without_recogniser(text) == []


@pytest.mark.django_db
def test_the_middle_score_word_blocks_approval_until_decided(
    client: Client, bob: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    with_narrative(testimony, english="I am Rim Myong-chol.\n그때 이슬은 열아홉 살이었다.")
    review_redactions(client, carol, testimony)
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert "1 to resolve before approval" in page
    assert 'aria-label="이슬"' in page
    response = client.post(reverse("testimony:redaction_approve", args=[testimony.uuid]))
    assert response.status_code == 409
    assert "&#x27;이슬&#x27;" in response.content.decode()
    assert testimony.approved_anonymization() is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Every evening Ｓａｎｇ-Ｈｕｎ counted the bags twice.", "Ｓａｎｇ-Ｈｕｎ"),
        ("Every evening Sang\u200b-Hun counted the bags twice.", "Sang\u200b-Hun"),
        ("First line\r\n\r\nEvery evening Sang-Hun counted the bags twice.\r\n", "Sang-Hun"),
        ("🌙🌙 Every evening Sang-Hun counted the bags twice. 😢", "Sang-Hun"),
    ],
)
def test_spans_point_at_the_original_characters(text: str, name: str) -> None:
    """Fullwidth letters, a zero-width space inside the name, CRLF and emoji before it: the
    proposal covers the name as typed."""
    [span] = [span for span in detect_names(text) if "statistical" in span.reason]
    assert text[span.start : span.end] == name == span.text


def test_without_a_model_nothing_is_scored() -> None:
    with recogniser.disabled():
        assert recogniser.scored("Every evening Sang-hun counted the bags twice.") == []
        assert recogniser.review_candidates("그때 이슬은 열아홉 살이었다.") == []


def test_an_empty_or_an_80000_character_text_is_scored_without_error() -> None:
    assert recogniser.scored("") == []
    paragraph = "Every evening Sang-hun counted the bags twice; 그때 이슬은 열아홉 살이었다.\n"
    text = paragraph * (80_000 // len(paragraph))
    spans = detect_names(text)
    assert all(text[span.start : span.end] == span.text for span in spans)
    assert sum(span.text == "Sang-hun" for span in spans) == text.count("Sang-hun")
