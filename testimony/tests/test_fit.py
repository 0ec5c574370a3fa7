"""Replacements fitted to the words around them (testimony/anonymize/fit.py).

Every test reads the final text through `apply_spans(text, fit_replacements(text, spans))`, and
checks that each fitted span still covers the name it was given.
"""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testimony.anonymize.fit import fit_replacements, last_sound
from testimony.anonymize.redact import apply_spans
from testimony.anonymize.spans import Span

WITHHELD = "[name withheld]"


def _span(text: str, start: int, name: str, replacement: str) -> Span:
    assert text[start : start + len(name)] == name
    return Span(start, start + len(name), name, replacement, "registered", "test")


def spans_for(text: str, *mentions: tuple[str, str]) -> list[Span]:
    """One span per (name, replacement), each name looked for after the previous one."""
    spans = []
    position = 0
    for name, replacement in mentions:
        start = text.index(name, position)
        spans.append(_span(text, start, name, replacement))
        position = start + len(name)
    return spans


def fitted_text(text: str, *mentions: tuple[str, str]) -> str:
    spans = spans_for(text, *mentions)
    fitted = fit_replacements(text, spans)
    assert len(fitted) == len(spans)
    for before, after in zip(spans, fitted, strict=True):
        assert after.start <= before.start
        assert before.end <= after.end
        assert after.text == text[after.start : after.end]
    return apply_spans(text, fitted)


# --- English titles ----------------------------------------------------------------------------


def test_a_title_before_a_pseudonym_goes() -> None:
    assert fitted_text("Mr. Rim said so.", ("Rim", "Witness A")) == "Witness A said so."


def test_a_title_without_its_full_stop_goes_too() -> None:
    assert fitted_text("Then Mr Rim said so.", ("Rim", "Witness A")) == "Then Witness A said so."


def test_a_comrade_becomes_the_pseudonym() -> None:
    assert fitted_text("Comrade Pak shouted.", ("Pak", "Supervisor 2")) == "Supervisor 2 shouted."


def test_titles_are_matched_in_any_case() -> None:
    assert fitted_text("then COMRADE pak left", ("pak", "Supervisor 2")) == "then Supervisor 2 left"


def test_several_titles_in_a_row_go_together() -> None:
    text = "We saw Comrade Captain Pak and Party Secretary Ri."
    assert fitted_text(text, ("Pak", "Supervisor 2"), ("Ri", "Official 1")) == (
        "We saw Supervisor 2 and Official 1."
    )


def test_a_title_that_started_a_sentence_leaves_a_capitalised_pseudonym() -> None:
    assert (
        fitted_text("He left. Dr. Sim stayed.", ("Sim", "Person 3")) == "He left. Person 3 stayed."
    )


def test_a_title_before_name_withheld_is_kept() -> None:
    assert fitted_text("Mr. Rim said so.", ("Rim", WITHHELD)) == "Mr. [name withheld] said so."


def test_a_title_before_a_reviewer_redaction_is_kept() -> None:
    assert (
        fitted_text("Comrade Pak said so.", ("Pak", "[redacted]")) == "Comrade [redacted] said so."
    )


def test_a_full_stop_that_ends_a_sentence_is_not_a_title() -> None:
    text = "He spoke to the officer. Pak said nothing."
    assert (
        fitted_text(text, ("Pak", "Official 1"))
        == "He spoke to the officer. Official 1 said nothing."
    )


def test_a_romanized_korean_courtesy_title_after_the_name_goes() -> None:
    assert fitted_text("Rim-dongmu said so.", ("Rim", "Witness A")) == "Witness A said so."
    assert fitted_text("Kim ssi came.", ("Kim", "Witness K")) == "Witness K came."


def test_a_romanized_korean_role_title_after_the_name_stays() -> None:
    assert fitted_text("Pak banjang came.", ("Pak", "Supervisor 2")) == "Supervisor 2 banjang came."


def test_fullwidth_titles_are_titles() -> None:
    assert fitted_text("Ｍｒ. Rim said so.", ("Rim", "Witness A")) == "Witness A said so."


def test_a_title_on_the_line_before_the_name_goes_across_a_crlf() -> None:
    assert fitted_text("Comrade\r\nPak came.", ("Pak", "Supervisor 2")) == "Supervisor 2 came."


def test_a_title_after_a_blank_line_is_not_taken() -> None:
    text = "He was our comrade\r\n\r\nPak came."
    assert (
        fitted_text(text, ("Pak", "Supervisor 2")) == "He was our comrade\r\n\r\nSupervisor 2 came."
    )


# --- Role words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "pseudonym", "expected"),
    [
        ("the minder Kang said", "Kang", "Minder R", "Minder R said"),
        ("The minder Kang said", "Kang", "Minder R", "Minder R said"),
        ("then the supervisor Pak said", "Pak", "Supervisor 2", "then Supervisor 2 said"),
        ("witness Kim said", "Kim", "Witness A", "Witness A said"),
        ("a co-worker Yun helped", "Yun", "Co-worker 3", "Co-worker 3 helped"),
        ("a coworker Yun helped", "Yun", "Co-worker 3", "Co-worker 3 helped"),
        ("the team leader Jo said", "Jo", "Team leader 1", "Team leader 1 said"),
        ("the foreman Jo said", "Jo", "Foreman 4", "Foreman 4 said"),
        ("the guard Jo said", "Jo", "Guard 2", "Guard 2 said"),
    ],
)
def test_a_role_word_that_repeats_the_pseudonym_goes_with_its_article(
    text: str, name: str, pseudonym: str, expected: str
) -> None:
    assert fitted_text(text, (name, pseudonym)) == expected


def test_a_role_word_in_an_apposition_goes_with_both_commas() -> None:
    assert fitted_text("the minder, Kang, said", ("Kang", "Minder R")) == "Minder R said"


def test_an_apposition_at_the_end_of_a_sentence_goes_too() -> None:
    assert fitted_text("I saw the minder, Kang.", ("Kang", "Minder R")) == "I saw Minder R."


def test_a_different_role_word_keeps_the_pseudonym_in_brackets() -> None:
    assert fitted_text("the minder Kang said", ("Kang", "Supervisor 2")) == (
        "the minder (Supervisor 2) said"
    )


def test_a_different_role_word_in_an_apposition_keeps_the_pseudonym_in_brackets() -> None:
    assert fitted_text("the minder, Kang, said", ("Kang", "Supervisor 2")) == (
        "the minder (Supervisor 2) said"
    )


def test_a_possessive_keeps_the_role_word_and_brackets_the_pseudonym() -> None:
    assert fitted_text("my supervisor Pak hit me", ("Pak", "Supervisor 2")) == (
        "my supervisor (Supervisor 2) hit me"
    )


def test_a_title_after_the_conjunction_that_goes() -> None:
    assert fitted_text("He said that Supervisor Pak hit him", ("Pak", "Supervisor 2")) == (
        "He said that Supervisor 2 hit him"
    )
    assert fitted_text("He said that Mr. Rim left", ("Rim", "Witness A")) == (
        "He said that Witness A left"
    )


def test_a_role_with_a_modifier_keeps_its_words() -> None:
    assert fitted_text("the camp minder Kang said", ("Kang", "Minder R")) == (
        "the camp minder (Minder R) said"
    )


def test_an_apposition_that_runs_on_is_left_alone() -> None:
    text = "the minder, Kang and Pak, said"
    assert fitted_text(text, ("Kang", "Minder R"), ("Pak", "Minder S")) == (
        "the minder, Minder R and Minder S, said"
    )


def test_a_role_word_without_a_determiner_that_is_not_a_title_is_left_alone() -> None:
    assert fitted_text("they guard Jo", ("Jo", "Supervisor 2")) == "they guard Supervisor 2"


def test_a_lowercase_verb_before_a_title_stays() -> None:
    assert fitted_text("sent to work minder Kang", ("Kang", "Minder R")) == "sent to work Minder R"


def test_a_role_word_before_name_withheld_is_kept() -> None:
    assert fitted_text("the minder Kang said", ("Kang", WITHHELD)) == (
        "the minder [name withheld] said"
    )


# --- Introductions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a man named Pak came", "a man (Witness P) came"),
        ("a guard whose name was Pak came", "a guard (Witness P) came"),
        ("a man called Pak came", "a man (Witness P) came"),
        ("someone called Pak came", "someone (Witness P) came"),
        ("a woman known as Pak came", "a woman (Witness P) came"),
        ("a man by the name of Pak came", "a man (Witness P) came"),
        ('a boy nicknamed "Pak" came', "a boy (Witness P) came"),
        ("a man nicknamed “Pak” came", "a man (Witness P) came"),
    ],
)
def test_an_introduction_becomes_a_bracket_after_its_noun(text: str, expected: str) -> None:
    assert fitted_text(text, ("Pak", "Witness P")) == expected


def test_called_as_a_verb_is_left_alone() -> None:
    assert fitted_text("I called Pak twice.", ("Pak", "Witness P")) == "I called Witness P twice."
    assert fitted_text("The man called Pak twice.", ("Pak", "Witness P")) == (
        "The man called Witness P twice."
    )


def test_his_name_was_is_left_alone() -> None:
    assert fitted_text("His name was Pak.", ("Pak", "Witness P")) == "His name was Witness P."


def test_an_introduction_of_name_withheld_is_kept() -> None:
    assert (
        fitted_text("a man named Pak came", ("Pak", WITHHELD)) == "a man named [name withheld] came"
    )


# --- Korean particles --------------------------------------------------------------------------

# (after a closed syllable, after an open one, what follows)
PARTICLES = [
    ("은", "는", " 말했다"),
    ("이", "가", " 왔다"),
    ("을", "를", " 봤다"),
    ("과", "와", " 함께"),
    ("과는", "와는", " 달리"),
    ("으로", "로", " 갔다"),
    ("으로부터", "로부터", " 들었다"),
    ("으로서", "로서", " 일했다"),
    ("이랑", "랑", " 같이"),
    ("이나", "나", " 누구"),
    ("이나마", "나마", " 만났다"),
    ("이야말로", "야말로", " 알았다"),
    ("이야", "야", "."),
    ("아", "야", ", 이리 와"),
    ("이여", "여", "!"),
    ("이요", "요", "."),
    ("이라고", "라고", " 했다"),
    ("이라는", "라는", " 사람"),
    ("이란", "란", " 사람"),
    ("이다", "다", "."),
    ("이었다", "였다", "."),
    ("이었습니다", "였습니다", "."),
    ("이어서", "여서", " 믿었다"),
    ("이에요", "예요", "."),
    ("이며", "며", " 조장"),
    ("이고", "고", " 조장"),
    ("이지만", "지만", " 몰랐다"),
    ("이니까", "니까", " 믿었다"),
    ("이면", "면", " 좋겠다"),
    ("이든", "든", " 누구든"),
    ("이던", "던", " 시절"),
    ("이냐", "냐", "?"),
    ("이거나", "거나", " 누구"),
    ("은요", "는요", "?"),
]


def _is_ro(closed: str) -> bool:
    return closed.startswith("으로")


@pytest.mark.parametrize(("closed", "open_", "tail"), PARTICLES)
def test_a_particle_after_a_closed_name_is_fitted_to_an_open_pseudonym(
    closed: str, open_: str, tail: str
) -> None:
    text = f"명식{closed}{tail}"
    assert fitted_text(text, ("명식", "Witness A")) == f"Witness A{open_}{tail}"


@pytest.mark.parametrize(("closed", "open_", "tail"), PARTICLES)
def test_a_particle_after_an_open_name_is_fitted_to_a_closed_pseudonym(
    closed: str, open_: str, tail: str
) -> None:
    text = f"순희{open_}{tail}"
    assert fitted_text(text, ("순희", "Witness M")) == f"Witness M{closed}{tail}"


@pytest.mark.parametrize(("closed", "open_", "tail"), PARTICLES)
def test_a_pseudonym_ending_in_rieul_takes_ro_and_the_closed_forms(
    closed: str, open_: str, tail: str
) -> None:
    text = f"순희{open_}{tail}"
    expected = open_ if _is_ro(closed) else closed
    assert fitted_text(text, ("순희", "Supervisor 1")) == f"Supervisor 1{expected}{tail}"


@pytest.mark.parametrize(("closed", "open_", "tail"), PARTICLES)
def test_a_particle_that_already_fits_is_left_as_it_is(closed: str, open_: str, tail: str) -> None:
    text = f"명식{closed}{tail}"
    assert fitted_text(text, ("명식", "Witness M")) == f"Witness M{closed}{tail}"
    text = f"순희{open_}{tail}"
    assert fitted_text(text, ("순희", "Witness A")) == f"Witness A{open_}{tail}"


def test_a_name_ending_in_rieul_takes_ro_and_is_fitted() -> None:
    assert fitted_text("명철로 갔다", ("명철", "Supervisor 3")) == "Supervisor 3으로 갔다"
    assert fitted_text("명철은 갔다", ("명철", "Witness A")) == "Witness A는 갔다"


def test_the_issue_example_of_a_korean_label_gets_its_particle() -> None:
    assert fitted_text("박영철은 말했다", ("박영철", "감독 나")) == "감독 나는 말했다"


def test_a_lone_ya_is_the_copula_unless_a_comma_makes_it_a_call() -> None:
    assert fitted_text("그게 순희야.", ("순희", "Witness M")) == "그게 Witness M이야."
    assert fitted_text("순희야, 밥 먹자", ("순희", "Witness M")) == "Witness M아, 밥 먹자"


def test_a_particle_that_does_not_agree_with_the_name_is_left_alone() -> None:
    # 김은정: the span covers only 김, and 은정 is the rest of a word, not a particle.
    assert fitted_text("김은정 씨", ("김", "Witness A")) == "Witness A은정 씨"
    # 순희 is open, so 은 after it is not its particle.
    assert fitted_text("순희은행", ("순희", "Witness M")) == "Witness M은행"


def test_a_particle_after_a_space_is_not_touched() -> None:
    assert fitted_text("명식 은 왔다", ("명식", "Witness A")) == "Witness A 은 왔다"


def test_a_particle_after_a_romanized_name_is_fitted() -> None:
    assert fitted_text("Rim Il은 왔다", ("Rim Il", "Witness A")) == "Witness A는 왔다"


# --- Affectionate 이 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("명철이가 왔다", "Witness A가 왔다"),
        ("명철이는 왔다", "Witness A는 왔다"),
        ("명철이를 봤다", "Witness A를 봤다"),
        ("명철이도 왔다", "Witness A도 왔다"),
        ("명철이의 집", "Witness A의 집"),
        ("명철이에게 줬다", "Witness A에게 줬다"),
        ("명철이한테 줬다", "Witness A한테 줬다"),
        ("명철이네 집", "Witness A네 집"),
        ("명철이랑 갔다", "Witness A랑 갔다"),
        ("명철이였다.", "Witness A였다."),
        ("명철이예요.", "Witness A예요."),
        ("명철이 형이 왔다", "Witness A 형이 왔다"),
    ],
)
def test_an_affectionate_i_is_dropped_and_the_particle_fitted(text: str, expected: str) -> None:
    assert fitted_text(text, ("명철", "Witness A")) == expected


def test_after_an_affectionate_i_a_closed_pseudonym_gets_the_closed_particle() -> None:
    assert fitted_text("명철이가 왔다", ("명철", "Witness M")) == "Witness M이 왔다"
    assert fitted_text("명식이를 봤다", ("명식", "Supervisor 3")) == "Supervisor 3을 봤다"


def test_an_affectionate_i_before_name_withheld_is_dropped_too() -> None:
    assert fitted_text("명철이가 왔다", ("명철", WITHHELD)) == "[name withheld]가 왔다"


def test_a_subject_i_before_an_object_is_fitted_not_dropped() -> None:
    assert fitted_text("명철이 형을 때렸다", ("명철", "Witness A")) == "Witness A가 형을 때렸다"


def test_a_copula_after_a_closed_name_is_not_an_affectionate_i() -> None:
    assert fitted_text("명철이다.", ("명철", "Witness A")) == "Witness A다."
    assert fitted_text("명철이라는 사람", ("명철", "Witness A")) == "Witness A라는 사람"


def test_i_after_an_open_name_is_never_dropped() -> None:
    assert fitted_text("순희이가", ("순희", "Witness A")) == "Witness A이가"


# --- Korean titles and labels ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("림일 씨는 왔다", "림일", "Witness A는 왔다"),
        ("림일씨는 왔다", "림일", "Witness A는 왔다"),
        ("림 동무가 왔다", "림", "Witness A가 왔다"),
        ("림일 선생님을 만났다", "림일", "Witness A를 만났다"),
        ("림일님이 왔다", "림일", "Witness A가 왔다"),
        ("명철이 동무가 왔다", "명철", "Witness A가 왔다"),
        ("Rim Il 씨는 왔다", "Rim Il", "Witness A는 왔다"),
    ],
)
def test_a_korean_courtesy_title_after_a_pseudonym_goes(
    text: str, name: str, expected: str
) -> None:
    assert fitted_text(text, (name, "Witness A")) == expected


def test_a_korean_courtesy_title_after_name_withheld_stays() -> None:
    assert fitted_text("리명철 동무가 왔다", ("리명철", WITHHELD)) == "[name withheld] 동무가 왔다"


def test_a_korean_role_title_stays_and_keeps_its_particle() -> None:
    assert fitted_text("박 반장이 왔다", ("박", "Supervisor 2")) == "Supervisor 2 반장이 왔다"


def test_a_korean_label_before_the_name_is_not_doubled() -> None:
    assert fitted_text("감독 박영호가 말했다", ("박영호", "감독 1")) == "감독 1이 말했다"


def test_a_korean_label_after_the_name_is_not_doubled() -> None:
    assert fitted_text("박 감독이 말했다", ("박", "감독 1")) == "감독 1이 말했다"


def test_a_longer_word_that_starts_like_the_label_stays() -> None:
    assert fitted_text("박 감독관이 말했다", ("박", "감독 1")) == "감독 1 감독관이 말했다"


@pytest.mark.parametrize(
    ("pseudonym", "particle"),
    [("증인 가", "는"), ("증인 갑", "은"), ("증인 을", "은"), ("감독 1", "은"), ("감독 2", "는")],
)
def test_korean_pseudonyms_take_the_particle_of_their_last_syllable(
    pseudonym: str, particle: str
) -> None:
    assert fitted_text("명식은 일했다", ("명식", pseudonym)) == f"{pseudonym}{particle} 일했다"


# --- The last sound of a replacement -----------------------------------------------------------

CLOSED_LETTERS = set("LMNR")


@pytest.mark.parametrize("letter", list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
def test_a_pseudonym_ending_in_a_letter_takes_the_particle_of_its_korean_name(letter: str) -> None:
    expected = "을" if letter in CLOSED_LETTERS else "를"
    assert (
        fitted_text("순희를 봤다", ("순희", f"Witness {letter}"))
        == f"Witness {letter}{expected} 봤다"
    )


@pytest.mark.parametrize(
    ("number", "subject", "direction"),
    [
        ("0", "이", "으로"),
        ("1", "이", "로"),
        ("2", "가", "로"),
        ("3", "이", "으로"),
        ("4", "가", "로"),
        ("5", "가", "로"),
        ("6", "이", "으로"),
        ("7", "이", "로"),
        ("8", "이", "로"),
        ("9", "가", "로"),
        ("10", "이", "으로"),
        ("12", "가", "로"),
        ("20", "이", "으로"),
        ("100", "이", "으로"),
        ("11", "이", "로"),
    ],
)
def test_a_pseudonym_ending_in_a_number_is_read_in_korean(
    number: str, subject: str, direction: str
) -> None:
    pseudonym = f"Supervisor {number}"
    assert fitted_text("순희가 왔다", ("순희", pseudonym)) == f"{pseudonym}{subject} 왔다"
    assert fitted_text("순희로 갔다", ("순희", pseudonym)) == f"{pseudonym}{direction} 갔다"


def test_a_fullwidth_pseudonym_is_read_like_its_plain_form() -> None:
    assert fitted_text("순희가 왔다", ("순희", "Witness Ｍ")) == "Witness Ｍ이 왔다"


def test_name_withheld_is_read_as_the_english_word() -> None:
    assert fitted_text("명식은 왔다", ("명식", WITHHELD)) == "[name withheld]는 왔다"
    assert fitted_text("명식은 왔다", ("명식", "[redacted]")) == "[redacted]는 왔다"


def test_a_korean_placeholder_is_read_as_korean() -> None:
    assert fitted_text("순희는 왔다", ("순희", "[삭제됨]")) == "[삭제됨]은 왔다"


def test_an_unreadable_replacement_gets_both_forms() -> None:
    assert fitted_text("명식은 왔다", ("명식", "[…]")) == "[…]은(는) 왔다"
    assert fitted_text("명식이 왔다", ("명식", "🙂")) == "🙂이(가) 왔다"
    assert fitted_text("명식으로 갔다", ("명식", "[…]")) == "[…](으)로 갔다"
    assert fitted_text("명식이라고 했다", ("명식", "[…]")) == "[…](이)라고 했다"


@pytest.mark.parametrize(
    ("text", "sound"),
    [
        ("Witness A", "open"),
        ("Witness L", "rieul"),
        ("Witness AA", "open"),
        ("Witness AM", "closed"),
        ("[name withheld]", "open"),
        ("Person", "closed"),
        ("Colonel", "rieul"),
        ("증인 가", "open"),
        ("증인 ㄹ", "rieul"),
        ("증인 ㄱ", "closed"),
        ("Witness A.", "open"),
        ("", None),
        ("🙂", None),
        ("Пётр", None),
    ],
)
def test_the_last_sound_of_a_replacement(text: str, sound: str | None) -> None:
    assert last_sound(text) == sound


# --- Edges -------------------------------------------------------------------------------------


def test_an_empty_text_and_no_spans_give_nothing() -> None:
    assert fit_replacements("", []) == []


def test_a_span_at_the_start_of_the_text_is_fitted() -> None:
    assert fitted_text("명철이가 왔다", ("명철", "Witness A")) == "Witness A가 왔다"
    assert fitted_text("Rim said", ("Rim", "Witness A")) == "Witness A said"


def test_a_span_at_the_end_of_the_text_is_fitted() -> None:
    assert fitted_text("It was Mr. Rim", ("Rim", "Witness A")) == "It was Witness A"
    assert fitted_text("그 사람은 명식", ("명식", "Witness A")) == "그 사람은 Witness A"


def test_a_span_that_is_the_whole_text_comes_back_unchanged() -> None:
    text = "Rim"
    spans = spans_for(text, ("Rim", "Witness A"))
    assert fit_replacements(text, spans) == spans


def test_adjacent_spans_keep_to_themselves() -> None:
    text = "Pak and Kim left."
    assert fitted_text(text, ("Pak", "Witness P"), ("Kim", "Witness K")) == (
        "Witness P and Witness K left."
    )


def test_a_title_is_taken_only_by_the_name_right_after_it() -> None:
    text = "Mr. Pak Kim left."
    assert fitted_text(text, ("Pak", "Witness P"), ("Kim", "Witness K")) == (
        "Witness P Witness K left."
    )


def test_spans_that_touch_do_not_take_each_other() -> None:
    text = "박명철이가"
    spans = [_span(text, 0, "박", "Witness P"), _span(text, 1, "명철", "Witness A")]
    fitted = fit_replacements(text, spans)
    assert fitted[0] == spans[0]
    assert apply_spans(text, fitted) == "Witness PWitness A가"


def test_spans_come_back_in_the_order_given() -> None:
    text = "Mr. Pak met Mr. Kim."
    spans = spans_for(text, ("Pak", "Witness P"), ("Kim", "Witness K"))
    fitted = fit_replacements(text, list(reversed(spans)))
    assert [span.replacement for span in fitted] == ["Witness K", "Witness P"]
    assert apply_spans(text, fitted) == "Witness P met Witness K."


def test_overlapping_or_impossible_spans_come_back_unchanged() -> None:
    text = "Mr. Rim Il said"
    overlapping = [_span(text, 4, "Rim", "Witness A"), _span(text, 4, "Rim Il", "Witness A")]
    assert fit_replacements(text, overlapping)[1] == overlapping[1]
    outside = Span(10, 99, "x", "Witness A", "registered", "test")
    assert fit_replacements(text, [outside]) == [outside]


def test_zero_width_characters_between_a_name_and_its_particle_are_taken() -> None:
    assert fitted_text("명식\u200b은 왔다", ("명식", "Witness A")) == "Witness A는 왔다"


def test_zero_width_characters_between_a_title_and_a_name_are_spaces() -> None:
    assert fitted_text("Mr.\u200b Rim said", ("Rim", "Witness A")) == "Witness A said"


def test_emoji_next_to_a_span_are_left_alone() -> None:
    assert fitted_text("🙂Mr. Rim🙂", ("Rim", "Witness A")) == "🙂Witness A🙂"


def test_text_away_from_the_spans_is_never_changed() -> None:
    text = "Mr. Kang came. 명식이가 왔다. Comrade Pak left. 순희는 울었다."
    out = fitted_text(text, ("명식", "Witness A"))
    assert out == "Mr. Kang came. Witness A가 왔다. Comrade Pak left. 순희는 울었다."


def test_a_20_kb_testimony_with_500_spans_is_fitted_span_by_span_to_its_end() -> None:
    # How fast this runs is measured by `bench/anonymize_speed.py --fitting`, never here.
    piece = (
        "the minder Kang said that 명철이가 Mr. Rim and 순희를 a man named Pak saw. "
        "We worked fourteen hours a day on the site and were paid nothing at all. "
        "그 뒤로 여권은 돌려받지 못했습니다. "
    )
    mentions = (
        ("Kang", "Minder R"),
        ("명철", "Witness A"),
        ("Rim", "Witness B"),
        ("순희", WITHHELD),
        ("Pak", "Witness P"),
    )
    repeats = 20_000 // len(piece) + 1
    text = piece * repeats
    spans = [
        _span(text, copy * len(piece) + span.start, span.text, span.replacement)
        for copy in range(repeats)
        for span in spans_for(piece, *mentions)
    ]
    assert len(spans) >= 480
    fitted = fit_replacements(text, spans)
    assert len(fitted) == len(spans)
    expected = apply_spans(piece, fit_replacements(piece, spans_for(piece, *mentions)))
    assert expected == (
        "Minder R said that Witness A가 Witness B and [name withheld]를 a man (Witness P) saw. "
        "We worked fourteen hours a day on the site and were paid nothing at all. "
        "그 뒤로 여권은 돌려받지 못했습니다. "
    )
    assert apply_spans(text, fitted) == expected * repeats


# --- Properties --------------------------------------------------------------------------------

# Names use characters that no filler, title, particle or replacement contains, so that a name
# character left in the output is a leak.
NAME_CHARS = "XQZxqz똠햏뷁쀼"
NAMES = ["Xq", "Zqx", "QXZ", "똠햏", "뷁", "쀼똠", "똠Xq"]
FILLERS = [
    " ",
    "  ",
    ", ",
    ". ",
    "\r\n",
    "\u200b",
    "🙂",
    "Mr. ",
    "Mr ",
    "Comrade ",
    "the minder ",
    "The minder, ",
    "my supervisor ",
    "a man named ",
    "someone called ",
    "a guard whose name was ",
    '"',
    "“",
    "”",
    "witness ",
    "감독 ",
    " 감독",
    "이",
    "이가",
    "은",
    "는",
    "가",
    "을",
    "를",
    "으로",
    "로",
    "이라고",
    "였다",
    "아",
    "야",
    " 씨",
    "씨는",
    " 동무가",
    "-dongmu",
    " 형이",
    "님",
    ",",
    "said",
    "왔다",
]
REPLACEMENTS = [
    "Witness A",
    "Minder R",
    "Supervisor 10",
    "Supervisor 2",
    "감독 1",
    "증인 가",
    WITHHELD,
    "[redacted]",
    "[…]",
]


@st.composite
def texts_with_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(FILLERS).map(lambda filler: (filler, None)),
                st.tuples(st.sampled_from(NAMES), st.sampled_from(REPLACEMENTS)),
            ),
            max_size=14,
        )
    )
    text = ""
    spans = []
    for piece, replacement in pieces:
        if replacement is not None:
            spans.append(
                Span(len(text), len(text) + len(piece), piece, replacement, "detected", "")
            )
        text += piece
    return text, draw(st.permutations(spans))


@settings(max_examples=400, deadline=None)
@given(texts_with_spans())
def test_fitted_spans_never_overlap_always_cover_and_leave_no_name_character(
    case: tuple[str, list[Span]],
) -> None:
    text, spans = case
    fitted = fit_replacements(text, spans)
    assert len(fitted) == len(spans)
    for before, after in zip(spans, fitted, strict=True):
        assert after.start <= before.start
        assert before.end <= after.end
        assert after.text == text[after.start : after.end]
    ordered = sorted(fitted, key=lambda span: span.start)
    for left, right in itertools.pairwise(ordered):
        assert left.end <= right.start
    output = apply_spans(text, fitted)
    assert not set(output) & set(NAME_CHARS)
