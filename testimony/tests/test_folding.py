"""The folded copy the finders match on, and the way back to every original character."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from testimony.anonymize.folding import fold_text


def test_plain_text_is_its_own_folded_copy() -> None:
    """Most texts need no folding: the same string comes back and offsets are unchanged."""
    folded = fold_text("Pak Chol-min said 박철민은 갔다.\n")
    assert folded.identical
    assert folded.text == "Pak Chol-min said 박철민은 갔다.\n"
    assert folded.original_span(0, 3) == (0, 3)


def test_fullwidth_letters_fold_to_ascii_and_map_back() -> None:
    """A name typed in fullwidth letters is matched as ASCII and redacted as typed."""
    text = "He said ＰａｋＣｈｏｌ came."
    folded = fold_text(text)
    assert folded.text == "He said PakChol came."
    start = folded.text.index("Pak")
    assert folded.original_span(start, start + 3) == (8, 11)
    assert text[8:11] == "Ｐａｋ"


def test_look_alike_letters_of_another_script_inside_a_word_fold_to_its_main_script() -> None:
    """A Cyrillic Es in "Choi", a Latin a in Cyrillic "Pak", a Greek Omicron in "Song": each
    word is matched in the script most of it is written in; words of one script, and a Latin
    word beside a Cyrillic one, are left as they are."""
    text = "Does \u0421hoi know? \u041fa\u043a and S\u039fng came. Москва and Moscow."
    folded = fold_text(text)
    assert folded.text == "Does Choi know? \u041f\u0430\u043a and SOng came. Москва and Moscow."
    start = folded.text.index("Choi")
    assert folded.original_span(start, start + 4) == (5, 9)
    assert fold_text("Москва and Moscow").identical


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066"],
)
def test_format_characters_inside_a_name_are_dropped_and_covered(invisible: str) -> None:
    """ "Pa<zero-width>k" is found as "Pak" and its span covers the invisible character too."""
    text = f"Then Pa{invisible}k Chol-min left."
    folded = fold_text(text)
    assert folded.text == "Then Pak Chol-min left."
    start = folded.text.index("Pak")
    original_start, original_end = folded.original_span(start, start + 3)
    assert text[original_start:original_end] == f"Pa{invisible}k"


def test_combining_marks_stay_with_their_letter() -> None:
    """A decomposed accent folds into its letter and maps back to both code points."""
    text = "Che\u0301 and Cho\u0306ng"
    folded = fold_text(text)
    assert folded.text == "Ché and Chŏng"
    start = folded.text.index("Chŏng")
    assert folded.original_span(start, start + 5) == (9, 15)


def test_hangul_compatibility_jamo_are_left_as_typed() -> None:
    """ "ㅋㅋ" stays two compatibility jamo: NFKC would turn them into conjoining jamo."""
    assert fold_text("ㅋㅋ 박철민\u200b은").text == "ㅋㅋ 박철민은"


def test_conjoining_jamo_compose_into_syllables() -> None:
    """A name typed as decomposed jamo is matched as the syllables it shows."""
    text = "\u1107\u1161\u11a8철민은"
    folded = fold_text(text)
    assert folded.text == "박철민은"
    assert folded.original_span(0, 1) == (0, 3)


def test_emoji_and_astral_characters_keep_offsets_right() -> None:
    """Characters outside the Basic Multilingual Plane count as one, before and after folding."""
    text = "😢𠀀 Ｋｉｍ said"
    folded = fold_text(text)
    start = folded.text.index("Kim")
    assert text[slice(*folded.original_span(start, start + 3))] == "Ｋｉｍ"


def test_folded_span_finds_the_folded_characters_of_an_original_stretch() -> None:
    """Ranges known on the original (kept public figures) can be moved onto the folded copy."""
    text = "Ｋｉｍ\u200b Jong-un"
    folded = fold_text(text)
    assert folded.folded_span(0, 4) == (0, 3)


@given(st.text(max_size=60))
def test_every_folded_span_maps_back_inside_the_original(text: str) -> None:
    """Whatever is typed, any folded stretch maps to a valid stretch of the original."""
    folded = fold_text(text)
    for start in range(len(folded.text)):
        for end in range(start + 1, min(len(folded.text), start + 4) + 1):
            original_start, original_end = folded.original_span(start, end)
            assert 0 <= original_start < original_end <= len(text)


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\u00ad", "\ufeff"])
def test_a_format_character_between_two_words_becomes_a_space(invisible: str) -> None:
    """Between a lowercase and an uppercase Latin letter it glued two words: it becomes a space
    that maps back onto the invisible character. Inside a word it is still dropped."""
    text = f"Then Yun{invisible}Hye-gyong and Pa{invisible}k left."
    folded = fold_text(text)
    assert folded.text == "Then Yun Hye-gyong and Pak left."
    space = folded.text.index(" Hye")
    assert folded.original_span(space, space + 1) == (8, 9)
    assert text[slice(*folded.original_span(5, space + 10))] == f"Yun{invisible}Hye-gyong"


def test_fullwidth_words_glued_by_a_format_character_are_split_too() -> None:
    assert fold_text("ＹＵＮ\u200bＨｙｅ ｙｕｎ\u200bＨｙｅ").text == "YUNHye yun Hye"
