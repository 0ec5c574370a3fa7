"""The words a reviewer must still decide: every remaining token that may be a name."""

import json
from pathlib import Path

import pytest

from testimony.anonymize.redact import anonymize
from testimony.anonymize.redact.registry import assign_pseudonyms
from testimony.anonymize.unresolved import unresolved_tokens

PASSAGES = Path(__file__).resolve().parents[1] / "anonymize" / "eval" / "passages.json"


def listed(text: str, covered: list[tuple[int, int]] | None = None, **options: object) -> list[str]:
    items = unresolved_tokens(text, covered or [], **options)
    for item in items:
        assert text[item.start : item.end] == item.text
    return [item.text for item in items]


def test_a_romanized_korean_given_name_mid_sentence_is_listed() -> None:
    assert listed("Then Hyok came with me to the site.") == ["Hyok"]


def test_neighbouring_name_words_make_one_item() -> None:
    """One click for a full name, whatever its spacing."""
    assert listed("We worked with Pak Song Il and Myong-chol.") == ["Pak Song Il", "Myong-chol"]


@pytest.mark.parametrize("text", ["Ri said the supervisor took it.", "Choe worked in Shenyang."])
def test_a_korean_surname_at_the_start_of_a_sentence_is_listed(text: str) -> None:
    """The bare surname the finders deliberately leave alone is not skipped here."""
    assert listed(text) == [text.split()[0]]


def test_a_hyphenated_given_name_at_the_start_of_a_sentence_is_listed() -> None:
    assert listed("Myong-chol said nothing.") == ["Myong-chol"]


def test_an_ordinary_capitalised_word_at_the_start_of_a_sentence_is_not() -> None:
    assert listed("Then we left. During the winter we worked. Sometimes we ate.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I met Mr. Smith at the port.", "Smith"),
        ("a man named Sergei brought bread", "Sergei"),
        ("the minder Volkov watched us", "Volkov"),
    ],
)
def test_a_capitalised_word_after_a_title_or_named_is_listed(text: str, name: str) -> None:
    assert listed(text) == [name]


def test_what_a_proposal_or_a_decision_covers_is_not_listed_again() -> None:
    text = "Then Hyok came, and Chol-su too."
    start = text.index("Hyok")
    assert listed(text, [(start, start + 4)]) == ["Chol-su"]


@pytest.mark.parametrize(
    "text",
    [
        "We bowed to the portraits of Kim Il-sung and Kim Jong Un.",
        "We slept in the Kim Chaek University of Technology dormitory.",
        "We went from Chongjin to Dandong, then to Tynda and Doha.",
        "He worked for Namgang Construction Company in Kuwait.",
        "In May, on a Sunday in March, we were paid in USD by the UN.",
        "He spoke Korean and Chinese, never English.",
    ],
)
def test_public_figures_places_organisations_months_and_common_words_are_not_listed(
    text: str,
) -> None:
    assert listed(text) == []


def test_the_vocabularies_passed_in_are_not_listed() -> None:
    """Country and province names from the app's vocabularies, in English and Korean."""
    text = "They sent us to Hamsan with the others."
    assert listed(text) == ["Hamsan"]
    assert listed(text, vocabulary=["Hamsan Province", "함산"]) == []


def test_a_public_figure_passed_in_is_not_listed() -> None:
    text = "A portrait of Choe Son-hui hung there."
    assert listed(text) == ["Choe Son-hui"]
    assert listed(text, public_figures=["Choe Son-hui"]) == []


def test_offsets_survive_crlf_line_breaks() -> None:
    text = "I am a witness.\r\nThen Hyok came.\r\n"
    items = unresolved_tokens(text, [])
    assert [(text[item.start : item.end]) for item in items] == ["Hyok"]


def test_a_fullwidth_name_is_listed_with_its_original_characters() -> None:
    """Typed on a Korean keyboard: found on the folded copy, listed as written."""
    assert listed("Then Ｈｙｏｋ came.") == ["Ｈｙｏｋ"]


def test_a_name_with_zero_width_characters_inside_is_listed_whole() -> None:
    assert listed("Then Hy\u200bok came.") == ["Hy\u200bok"]


def test_an_emoji_before_a_name_does_not_hide_it() -> None:
    assert listed("Then 🙂Hyok came.") == ["Hyok"]


def test_a_hangul_word_that_may_be_a_name_is_listed() -> None:
    """A two-syllable name before a particle, too weak for the detector to propose."""
    assert listed("영호는 그날 밤 도망쳤다.") == ["영호"]


def test_hangul_places_and_ordinary_words_are_not_listed() -> None:
    assert listed("평양에서 단둥으로 갔습니다. 손님이 모두 떠났습니다.") == []


def test_an_empty_text_has_nothing_to_list() -> None:
    assert unresolved_tokens("", []) == []


def test_no_public_figure_or_place_of_the_development_set_is_listed() -> None:
    """Over the 69 passages, with the finders' proposals covered: nothing public listed,
    and every private mention the finders miss is listed."""
    for passage in json.loads(PASSAGES.read_text()):
        text = passage["text"]
        result = anonymize(text, assign_pseudonyms(passage["persons"]), detect=True)
        items = unresolved_tokens(text, [(span.start, span.end) for span in result.spans])
        for mention in passage["public_mentions"]:
            assert not any(
                item.start < mention["end"] and mention["start"] < item.end for item in items
            ), (passage["id"], mention["text"])
        for mention in passage["private_mentions"]:
            found = any(
                s.start <= mention["start"] and mention["end"] <= s.end for s in result.spans
            )
            listed_ = any(
                item.start < mention["end"] and mention["start"] < item.end for item in items
            )
            assert found or listed_, (passage["id"], mention["text"])
