"""The Korean morphological analyser (Kiwi): offsets into what users send, registered names,
and the generous list of possible names for the reviewer."""

import threading

import pytest

from testimony.anonymize import korean
from testimony.anonymize.korean import analyser, hangul_tokens, proper_noun_spans


def _surfaces(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(text[token.start : token.end], token.tag) for token in hangul_tokens(text, **kwargs)]


def _names(text: str, **kwargs: object) -> list[str]:
    return [text[start:end] for start, end, _reason in proper_noun_spans(text, **kwargs)]


@pytest.mark.parametrize(
    "prefix",
    [
        "😢 ",  # emoji, outside the Basic Multilingual Plane
        "𠀀𠀀 ",  # astral CJK
        "e\u0301\u0301 ",  # combining marks
        "ㅋㅋㅋ ",  # Hangul compatibility jamo
        "\r\n\r\n",  # Windows line ends
        "Ｋｉｍ ",  # fullwidth letters
        "\u200b\ufeff",  # zero-width space and a byte order mark
        "Сергей и 王 ",  # Cyrillic and Chinese
        "\ud800 ",  # a lone surrogate, as a broken upload decodes
    ],
)
def test_offsets_are_indices_of_the_original_text_whatever_comes_before(prefix: str) -> None:
    """Kiwi's offsets are mapped back to Python str indices of the text as sent."""
    text = prefix + "박철수는 여권을 빼앗겼다."
    tokens = hangul_tokens(text)
    assert tokens[0].start == len(prefix)
    assert text[tokens[0].start : tokens[0].end] == "박철수"
    assert ("여권", "NNG") in _surfaces(text)
    for token in tokens:
        assert 0 <= token.start < token.end <= len(text)


def test_a_zero_width_character_inside_a_name_stays_inside_its_span() -> None:
    text = "감독원 박\u200b철수는 왔다."
    assert ("박\u200b철수", "NNP") in _surfaces(text, known_names=["박철수"])


def test_decomposed_hangul_is_read_and_spans_cover_the_jamo() -> None:
    """Text copied from a Mac file name comes as conjoining jamo (NFD)."""
    decomposed = "\u1105\u1175\u11b7\u1106\u1167\u11bc\u110e\u1165\u11af"  # 림명철 in jamo
    text = f"그때 {decomposed}이 왔다."
    tokens = hangul_tokens(text, known_names=["림명철"])
    assert (text[tokens[1].start : tokens[1].end], tokens[1].tag) == (decomposed, "NNP")


def test_text_without_hangul_is_not_analysed() -> None:
    assert hangul_tokens("Mr. Rim kept the passports. 王 Сергей") == []


def test_a_registered_name_is_read_as_one_proper_noun() -> None:
    """At the start of a text Kiwi reads an unknown name as a common noun; registered, it is
    one proper noun, with its particle apart."""
    assert _surfaces("림명철이 왔다.")[0] == ("림명철", "NNG")
    assert _surfaces("림명철이 왔다.", known_names=["림명철"])[:2] == [
        ("림명철", "NNP"),
        ("이", "JKS"),
    ]


def test_a_registered_name_inside_an_ordinary_word_is_left_to_kiwi() -> None:
    """명철한 (clear-sighted) and 한국 are not the registered 명철 and 한."""
    surfaces = _surfaces("명철한 판단으로 한국에 갔다.", known_names=["명철", "한"])
    assert ("명철", "NNP") not in surfaces
    assert ("한", "NNP") not in surfaces


def test_registered_names_do_not_stay_in_the_shared_analyser() -> None:
    """Names of one testimony must not change how the next one is read."""
    before = _surfaces("윤철은 왔다.")
    _surfaces("윤철은 왔다.", known_names=["윤철"])
    assert _surfaces("윤철은 왔다.") == before


def test_words_kiwi_does_not_know_are_marked_unknown() -> None:
    tokens = hangul_tokens("뷁뛟은 여권을 가져갔다.")
    assert tokens[0].unknown
    assert not any(token.unknown for token in tokens if token.form == "여권")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("림일은 1996년부터 일했다.", "림일"),
        ("윤철은 오징어를 잡았다.", "윤철"),
        ("한 씨에게 물었다.", "한"),
        ("순희 씨는 지금 남한에 산다.", "순희"),
        ("세르게이는 트럭을 몰았다.", "세르게이"),
        ("박철수 반장이 왔다.", "박철수"),
    ],
)
def test_possible_names_include_two_syllable_names_and_surnames_before_an_honorific(
    text: str, name: str
) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "그래서 그는 맹세해 보라고 했다.",
        "스무 명이라고 했다. 열 명이라는 사람들이 왔다.",
        "여권을 빼앗겼다. 임금을 주지 않았다.",
        "김일성광장에서 김책공업종합대학을 지나 평양으로 갔다. 보위부가 왔다.",
        "양곤은 더웠다. 양곤에서 일했다.",
    ],
)
def test_possible_names_leave_out_ordinary_words_and_places(text: str) -> None:
    assert _names(text) == []


def test_the_analyser_is_built_once_and_shared_by_threads() -> None:
    """gunicorn runs threads: concurrent analyses agree with a single one."""
    texts = ["림명철이 여권을 가져갔다.", "윤철은 오징어를 잡았다.", "한 씨에게 물었다."] * 5
    expected = [hangul_tokens(text) for text in texts]
    first = analyser()
    results: list[list[korean.Token]] = [[] for _ in texts]

    def analyse(index: int) -> None:
        results[index] = hangul_tokens(texts[index])

    threads = [threading.Thread(target=analyse, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == expected
    assert analyser() is first


def test_an_80000_character_korean_text_is_analysed_to_its_end() -> None:
    """A long testimony, and one pasted without a single space, stay linear."""
    sentence = "감독원 박영호가 우리 여권을 가져갔고 림일은 하루에 열여섯 시간을 일했다. "
    text = (sentence * (80_000 // len(sentence) + 1))[:80_000]
    spans = proper_noun_spans(text)
    assert {text[start:end] for start, end, _reason in spans} >= {"림일"}
    tokens = hangul_tokens("가나다라마바사아" * 10_000)
    assert tokens[-1].end <= 80_000


def test_an_aunt_or_uncle_after_a_given_name_is_a_title() -> None:
    candidates = korean.name_candidates("영자 고모가 편지를 보냈다.")
    assert [(c.honorific, c.after) for c in candidates if c.start == 0] == [("고모", "honorific")]
