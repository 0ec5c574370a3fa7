"""Quasi-identifiers in free text, each proposed with its generalised form."""

import pytest

from testimony.anonymize.quasi import DISTINCTIVE_EN, DISTINCTIVE_KO, quasi_identifiers


def found(text: str, language: str = "en") -> list[tuple[str, str]]:
    spans = quasi_identifiers(text, language)
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.source == "quasi"
        assert span.reason
    return [(span.text, span.replacement) for span in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We left on 14 March 2016.", [("on 14 March 2016", "in March 2016")]),
        ("We left on the 14th of March, 2016.", [("on the 14th of March, 2016", "in March 2016")]),
        ("On March 3, 2015 we arrived.", [("On March 3, 2015", "in March 2015")]),
        ("It was 2016-03-14.", [("2016-03-14", "2016-03")]),
        ("It was 14/03/2016.", [("14/03/2016", "2016")]),
        ("It was 14 March.", [("14 March", "March")]),
    ],
)
def test_an_exact_date_is_generalised_to_its_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A date whose day and month order is unknown (14/03/2016) keeps only its year."""
    assert found(text) == expected


def test_a_korean_date_is_generalised_to_its_month() -> None:
    assert found("2016년 3월 14일에 떠났습니다.", "ko") == [("2016년 3월 14일", "2016년 3월")]


def test_a_month_and_year_alone_is_already_general() -> None:
    assert found("In March 2016 we left; 2016년 3월에 떠났습니다.") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("I was born in 1987.", "en", [("born in 1987", "born in the 1980s")]),
        ("저는 1987년생입니다.", "ko", [("1987년생", "1980년대생")]),
        ("1979년에 태어났습니다.", "ko", [("1979년", "1970년대")]),
    ],
)
def test_a_year_of_birth_becomes_its_decade(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aged 23, I was sent abroad.", [("23", "18-29")]),
        ("I was 34 years old.", [("34", "30-39")]),
        ("a 23-year-old welder", [("23", "18-29")]),
        ("at the age of 16", [("16", "under 18")]),
    ],
)
def test_an_age_becomes_the_age_band_of_the_re_identification_check(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Only the number is replaced, so the sentence still reads ("aged 18-29")."""
    assert found(text) == expected


def test_a_korean_age_becomes_an_age_band() -> None:
    assert found("23살 때 떠났고 16세에 일을 시작했다. 20세기, 3세대.", "ko") == [
        ("23살", "18-29세"),
        ("16세", "18세 미만"),
    ]


def test_hours_and_wages_are_not_ages_or_dates() -> None:
    assert found("We worked 14 hours a day for 12 dollars, 3 days off in 2016.") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("I am from Musan.", "en", [("Musan", "North Hamgyong")]),
        ("From Hyesan City we went north.", "en", [("Hyesan City", "Ryanggang")]),
        ("저는 청진 출신입니다.", "ko", [("청진", "함경북도")]),
        ("고향은 무산입니다.", "ko", [("무산", "함경북도")]),
    ],
)
def test_a_home_town_becomes_its_province(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, language) == expected


def test_a_city_that_is_itself_a_province_is_left_alone() -> None:
    assert found("I am from Pyongyang.") == []
    assert found("평양 출신입니다.", "ko") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("He lost two fingers in the saw.", "en", "lost two fingers"),
        ("I was the only welder there.", "en", "the only welder"),
        ("손가락 두 개를 잃었습니다.", "ko", "손가락 두 개를"),
        ("저는 유일한 용접공이었습니다.", "ko", "유일한 용접공"),
    ],
)
def test_a_distinctive_injury_or_job_is_withheld(text: str, language: str, expected: str) -> None:
    replacement = DISTINCTIVE_KO if language == "ko" else DISTINCTIVE_EN
    assert found(text, language) == [(expected, replacement)]


def test_fullwidth_digits_and_zero_width_characters_are_read_through() -> None:
    """Offsets stay those of the original text."""
    assert found("on ２０１６－０３－１４ and born in 19\u200b87") == [
        ("２０１６－０３－１４", "2016-03"),
        ("born in 19\u200b87", "born in the 1980s"),
    ]


def test_crlf_line_breaks_keep_the_offsets() -> None:
    text = "Line one.\r\nI was born in 1987.\r\n"
    (span,) = quasi_identifiers(text, "en")
    assert text[span.start : span.end] == "born in 1987"


def test_an_emoji_before_a_date_does_not_hide_it() -> None:
    assert found("🙂14 March 2016") == [("14 March 2016", "March 2016")]
