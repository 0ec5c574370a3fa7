"""Quasi-identifiers: generalized dates, age bands, provinces, and k-anonymity before export."""

from collections.abc import Callable
from datetime import date, datetime

import pytest
from django.utils import translation

from testimony.anonymize.risk import (
    PLACES_BY_PROVINCE,
    UNKNOWN_AGE,
    ReleasedProfile,
    age_band,
    generalize_date,
    k_anonymity,
    province_of_place,
    released_profile,
    risky,
    suggest_generalization,
)
from testimony.models import Person, Province, Testimony

KUWAIT_CONSTRUCTION = {"country": "kuwait", "sector": "construction", "sex": "male"}


def profile(**attributes: str) -> ReleasedProfile:
    return ReleasedProfile(**{**KUWAIT_CONSTRUCTION, **attributes})


# Dates


@pytest.mark.parametrize(
    ("value", "precision", "released"),
    [
        ("2016-03-21", "month", "2016-03"),
        ("2016-03-21", "year", "2016"),
        (date(2016, 3, 21), "month", "2016-03"),
        (date(2016, 3, 21), "year", "2016"),
        (datetime(2016, 3, 21, 14, 30), "month", "2016-03"),
    ],
)
def test_full_dates_are_released_at_month_or_year(
    value: str | date, precision: str, released: str
) -> None:
    """A full date, as text or as a date, keeps only its year and month, or its year."""
    assert generalize_date(value, precision) == released


@pytest.mark.parametrize(
    ("value", "precision", "released"),
    [
        ("2016-03", "month", "2016-03"),
        ("2016-03", "year", "2016"),
        ("2016", "month", "2016"),
        ("2016", "year", "2016"),
        (" 2016-03 ", "month", "2016-03"),
    ],
)
def test_partial_dates_are_never_made_more_precise(
    value: str, precision: str, released: str
) -> None:
    """A partial date passes through at its own precision when that is coarser."""
    assert generalize_date(value, precision) == released


@pytest.mark.parametrize("value", [None, ""])
def test_a_missing_date_is_released_as_nothing(value: str | None) -> None:
    """No date gives an empty string at any precision."""
    assert generalize_date(value, "year") == ""
    assert generalize_date(value, "month") == ""


def test_a_date_that_cannot_be_read_is_refused_rather_than_released() -> None:
    """Free text might hold an exact date, so it is an error, not passed through."""
    with pytest.raises(ValueError, match="not a date"):
        generalize_date("21 March 2016", "year")


def test_an_unknown_precision_is_refused() -> None:
    """Only year and month are released; a day precision is a programming error."""
    with pytest.raises(ValueError, match="precision"):
        generalize_date("2016-03-21", "day")


# Ages


@pytest.mark.parametrize(
    ("birth_year", "at_year", "band"),
    [
        (1990, 2007, "under 18"),
        (1990, 2008, "18-29"),
        (1990, 2019, "18-29"),
        (1990, 2020, "30-39"),
        (1990, 2029, "30-39"),
        (1990, 2030, "40-49"),
        (1940, 2025, "80-89"),
        (2025, 2025, "under 18"),
    ],
)
def test_ages_fall_in_ten_year_bands(birth_year: int, at_year: int, band: str) -> None:
    """Age in the given year, in bands of ten; 18 and 19 join the twenties, minors are one band."""
    assert age_band(birth_year, at_year) == band


@pytest.mark.parametrize(
    ("birth_year", "at_year", "band"),
    [
        (2000, 2018, "18-39"),
        (1990, 2025, "18-39"),
        (1985, 2025, "40-59"),
        (1966, 2025, "40-59"),
        (1965, 2025, "60-79"),
    ],
)
def test_ages_fall_in_wider_bands_when_asked(birth_year: int, at_year: int, band: str) -> None:
    """A width of 20 gives 18-39, 40-59, 60-79."""
    assert age_band(birth_year, at_year, width=20) == band


def test_an_unknown_birth_year_gives_no_band() -> None:
    """No birth year, nothing released."""
    assert age_band(None, 2025) == ""


def test_a_birth_after_the_year_of_reference_gives_an_unknown_band() -> None:
    """A negative age is a data error, not a band: released as unknown, never an exception."""
    assert age_band(2026, 2025) == UNKNOWN_AGE


# Home towns to provinces


@pytest.mark.parametrize(
    ("place", "province"),
    [
        ("Pyongyang", "pyongyang"),
        ("Chongjin", "north_hamgyong"),
        ("Hamhung", "south_hamgyong"),
        ("Sinuiju", "north_pyongan"),
        ("Wonsan", "kangwon"),
        ("Nampo", "nampo"),
        ("Kaesong", "kaesong"),
        ("Hyesan", "ryanggang"),
        ("Kanggye", "chagang"),
        ("Haeju", "south_hwanghae"),
        ("Sariwon", "north_hwanghae"),
        ("Kimchaek", "north_hamgyong"),
        ("Rason", "rason"),
        ("Musan", "north_hamgyong"),
        ("Hoeryong", "north_hamgyong"),
        ("Onsong", "north_hamgyong"),
        ("Anju", "south_pyongan"),
        ("Pyongsong", "south_pyongan"),
        ("Sunchon", "south_pyongan"),
        ("Tanchon", "south_hamgyong"),
        ("Kilju", "north_hamgyong"),
        ("Samjiyon", "ryanggang"),
        ("Manpo", "chagang"),
        ("Huichon", "chagang"),
        ("Kusong", "north_pyongan"),
        ("Chongju", "north_pyongan"),
        ("Sinpo", "south_hamgyong"),
        ("Hamju", "south_hamgyong"),
        ("Yonsan", "north_hwanghae"),
        ("Ongjin", "south_hwanghae"),
        ("Kangdong", "pyongyang"),
        ("Songrim", "north_hwanghae"),
        ("Chongsu", "north_pyongan"),
    ],
)
def test_towns_and_counties_map_to_their_province(place: str, province: str) -> None:
    """The common home towns of witnesses are released as their province."""
    assert province_of_place(place) == province


@pytest.mark.parametrize(
    ("place", "province"),
    [
        ("Ch'ŏngjin", "north_hamgyong"),
        ("CH’ONGJIN", "north_hamgyong"),
        ("Cheongjin", "north_hamgyong"),
        ("Hamheung", "south_hamgyong"),
        ("Hamhŭng", "south_hamgyong"),
        ("Sinŭiju", "north_pyongan"),
        ("Shinuiju", "north_pyongan"),
        ("Nampho", "nampo"),
        ("Namp'o", "nampo"),
        ("P'yŏngyang", "pyongyang"),
        ("Gaeseong", "kaesong"),
        ("Gimchaek", "north_hamgyong"),
        ("Kim Chaek", "north_hamgyong"),
        ("Rajin", "rason"),
        ("Najin", "rason"),
        ("Sonbong", "rason"),
        ("Rajin-Sonbong", "rason"),
        ("Hoe-ryong", "north_hamgyong"),
        ("Hoeryeong", "north_hamgyong"),
        ("Songnim", "north_hwanghae"),
        ("Pyeongseong", "south_pyongan"),
        ("Jeongju", "north_pyongan"),
        ("Yongbyon", "north_pyongan"),
        ("Ganggye", "chagang"),
        ("Dancheon", "south_hamgyong"),
        ("Samjiyeon", "ryanggang"),
        ("Chongjin-si", "north_hamgyong"),
        ("Chongjin City", "north_hamgyong"),
        ("Musan County, North Hamgyong", "north_hamgyong"),
        ("North Hamgyong Province", "north_hamgyong"),
        ("Hamgyŏng-pukto", "north_hamgyong"),
        ("Yanggang", "ryanggang"),
    ],
)
def test_spelling_variants_fold_onto_the_same_place(place: str, province: str) -> None:
    """Case, breves, apostrophes, hyphens, suffixes and the other romanizations do not matter."""
    assert province_of_place(place) == province


@pytest.mark.parametrize(
    ("place", "province"),
    [
        ("평양", "pyongyang"),
        ("청진", "north_hamgyong"),
        ("함흥", "south_hamgyong"),
        ("신의주", "north_pyongan"),
        ("원산", "kangwon"),
        ("남포", "nampo"),
        ("개성", "kaesong"),
        ("혜산", "ryanggang"),
        ("강계", "chagang"),
        ("해주", "south_hwanghae"),
        ("사리원", "north_hwanghae"),
        ("김책", "north_hamgyong"),
        ("라선", "rason"),
        ("나선", "rason"),
        ("무산", "north_hamgyong"),
        ("회령", "north_hamgyong"),
        ("온성", "north_hamgyong"),
        ("녕변", "north_pyongan"),
        ("영변", "north_pyongan"),
        ("양강도", "ryanggang"),
        ("평양직할시", "pyongyang"),
        ("청진시", "north_hamgyong"),
        ("함경북도 무산군", "north_hamgyong"),
        ("Musan (무산)", "north_hamgyong"),
    ],
)
def test_hangul_names_map_with_north_and_south_korean_spelling(place: str, province: str) -> None:
    """Hangul works with or without 시/군 and with the initial ㄹ kept (라선) or dropped (나선)."""
    assert province_of_place(place) == province


@pytest.mark.parametrize(
    "place",
    [
        "Seoul",
        "Kuwait City",
        "Atlantis",
        "Hamgyong",
        "Unsan",
        "Born in Hyesan, moved to Pyongyang",
        "",
        "   ",
    ],
)
def test_unknown_or_ambiguous_places_have_no_province(place: str) -> None:
    """A place not in the table, one name for two places, or two provinces give None."""
    assert province_of_place(place) is None


def test_every_place_in_the_table_maps_to_its_own_province() -> None:
    """No two spellings in the table fold onto one another across provinces."""
    wrong = [
        (name, code, province_of_place(name))
        for code, names in PLACES_BY_PROVINCE.items()
        for name in names
        if province_of_place(name) != code
    ]
    assert wrong == []


def test_the_table_covers_every_province_and_many_places() -> None:
    """All thirteen province codes, and well over 60 towns and counties in both scripts."""
    assert set(PLACES_BY_PROVINCE) == {
        "pyongyang",
        "south_pyongan",
        "north_pyongan",
        "chagang",
        "south_hwanghae",
        "north_hwanghae",
        "kangwon",
        "south_hamgyong",
        "north_hamgyong",
        "ryanggang",
        "rason",
        "nampo",
        "kaesong",
    }
    romanized = [name for names in PLACES_BY_PROVINCE.values() for name in names if name.isascii()]
    assert len(romanized) > 120


# k-anonymity on a collection of profiles


@pytest.fixture
def collection() -> dict[str, ReleasedProfile]:
    """Three witnesses alike, two in their forties, and one in her fifties who stands out."""
    common = {"period": "2016", "home_province": "north_hamgyong"}
    return {
        "2025-001": profile(age_band="30-39", **common),
        "2025-002": profile(age_band="30-39", **common),
        "2025-003": profile(age_band="30-39", **common),
        "2025-004": profile(age_band="40-49", **common),
        "2025-005": profile(age_band="40-49", **common),
        "2025-006": profile(age_band="50-59", **common),
    }


def test_k_counts_the_witnesses_sharing_every_released_attribute(
    collection: dict[str, ReleasedProfile],
) -> None:
    """Each case gets the size of its group; the witness alone in her fifties has k = 1."""
    assert k_anonymity(collection) == {
        "2025-001": 3,
        "2025-002": 3,
        "2025-003": 3,
        "2025-004": 2,
        "2025-005": 2,
        "2025-006": 1,
    }


def test_one_differing_attribute_makes_a_witness_unique() -> None:
    """Sex alone sets a witness apart when everything else is the same."""
    ks = k_anonymity(
        {
            "A": profile(period="2016"),
            "B": profile(period="2016"),
            "C": profile(period="2016", sex="female"),
        }
    )
    assert ks == {"A": 2, "B": 2, "C": 1}


def test_risky_lists_those_below_k_min_fewest_first(
    collection: dict[str, ReleasedProfile],
) -> None:
    """The unique witness comes first, then the pair by case code; those with k = 3 are safe."""
    assert risky(collection) == [
        ("2025-006", 1, collection["2025-006"]),
        ("2025-004", 2, collection["2025-004"]),
        ("2025-005", 2, collection["2025-005"]),
    ]
    assert [key for key, _k, _profile in risky(collection, k_min=2)] == ["2025-006"]


def test_an_empty_collection_has_nothing_at_risk() -> None:
    """No profiles, no k values, nothing to suggest."""
    assert k_anonymity({}) == {}
    assert risky({}) == []
    assert suggest_generalization({}) == []


# Suggestions


def test_suggestion_widens_age_bands_when_that_is_enough(
    collection: dict[str, ReleasedProfile],
) -> None:
    """20-year bands put the forties and fifties together, so nothing needs dropping."""
    assert suggest_generalization(collection) == [
        "Release age as 20-year bands",
        "With these changes every witness shares the released attributes with at least 2 others "
        "(k >= 3).",
    ]


def test_suggestion_releases_months_as_years_first() -> None:
    """Three witnesses who started in different months of one year need only the year."""
    profiles = {
        "A": profile(period="2016-03", age_band="30-39"),
        "B": profile(period="2016-07", age_band="30-39"),
        "C": profile(period="2016-11", age_band="30-39"),
    }
    assert suggest_generalization(profiles)[:-1] == ["Release the period as a year, not a month"]


def test_suggestion_combines_coarsenings_before_dropping_anything() -> None:
    """Years three apart and ages in neighbouring bands need a range of years and wider bands."""
    profiles = {
        "A": profile(period="2015", age_band="30-39", home_province="north_hamgyong"),
        "B": profile(period="2016", age_band="18-29", home_province="north_hamgyong"),
        "C": profile(period="2018", age_band="30-39", home_province="north_hamgyong"),
    }
    advice = suggest_generalization(profiles)
    assert advice[:-1] == [
        "Release the period as a range of years (five-year spans such as 2015-2019)",
        "Release age as 20-year bands",
    ]
    assert advice[-1].endswith("(k >= 3).")


def test_suggestion_drops_the_home_province_when_only_that_helps() -> None:
    """Three provinces in a group of three: only dropping the province hides them."""
    profiles = {
        key: profile(period="2016", age_band="30-39", home_province=province)
        for key, province in [("A", "chagang"), ("B", "kangwon"), ("C", "rason")]
    }
    assert suggest_generalization(profiles)[:-1] == ["Drop the home province"]


def test_suggestion_is_empty_when_every_k_already_suffices(
    collection: dict[str, ReleasedProfile],
) -> None:
    """No advice when nobody is below k_min."""
    assert suggest_generalization(collection, k_min=1) == []


def test_suggestion_says_so_when_no_coarsening_is_enough() -> None:
    """Countries are always released, so a witness alone in Russia stays unique; it is named."""
    profiles = {
        "A": profile(period="2016"),
        "B": profile(period="2016"),
        "C": profile(period="2016"),
        "D": profile(period="2016", country="russia"),
    }
    assert suggest_generalization(profiles) == [
        "No coarsening of period, age and home province gives every witness k >= 3; "
        "withhold these testimonies or export them with others: D."
    ]


# Profiles from recorded testimonies


@pytest.fixture
def north_hamgyong(db: None) -> Province:
    return Province.objects.get(code="north_hamgyong")


def _describe_witness(testimony: Testimony, **fields: object) -> None:
    testimony.persons.filter(role=Person.Role.WITNESS).update(**fields)


@pytest.mark.django_db
def test_a_recorded_witness_is_released_generalized(
    make_testimony: Callable[..., Testimony], north_hamgyong: Province
) -> None:
    """Country and sector codes, the start year, sex, age at the interview and the province."""
    testimony = make_testimony(period_start="2014-06")
    _describe_witness(testimony, sex="female", birth_year=1985, home_province=north_hamgyong)

    assert released_profile(testimony) == ReleasedProfile(
        country="kuwait",
        sector="construction",
        period="2014",
        sex="female",
        age_band="40-49",
        home_province="north_hamgyong",
    )


@pytest.mark.django_db
def test_the_precision_of_a_profile_can_be_chosen(
    make_testimony: Callable[..., Testimony], north_hamgyong: Province
) -> None:
    """Month precision keeps the month; a width of 20 widens the band."""
    testimony = make_testimony(period_start="2014-06")
    _describe_witness(testimony, sex="female", birth_year=1985, home_province=north_hamgyong)

    released = released_profile(testimony, date_precision="month", age_width=20)

    assert (released.period, released.age_band) == ("2014-06", "40-59")


@pytest.mark.django_db
def test_unrecorded_facts_about_the_witness_are_released_blank(
    make_testimony: Callable[..., Testimony],
) -> None:
    """Sex not stated, no birth year, no province and no period give empty attributes."""
    testimony = make_testimony(period_start="", period_end="")

    assert released_profile(testimony) == ReleasedProfile(country="kuwait", sector="construction")


@pytest.mark.django_db
def test_a_testimony_without_a_witness_still_has_a_profile(
    make_testimony: Callable[..., Testimony],
) -> None:
    """Only the facts of the testimony itself are released."""
    testimony = make_testimony(period_start="2015")
    testimony.persons.all().delete()

    assert released_profile(testimony) == ReleasedProfile(
        country="kuwait", sector="construction", period="2015"
    )


@pytest.mark.django_db
def test_recorded_testimonies_alike_share_their_k(
    make_testimony: Callable[..., Testimony], north_hamgyong: Province
) -> None:
    """Two alike and one born a decade earlier: the pair has k = 2, the other k = 1."""
    testimonies = [
        make_testimony(witness_name=name, witness_hangul=hangul, period_start="2016-03")
        for name, hangul in [
            ("Pak Song-il", "박성일"),
            ("Choe Un-ha", "최은하"),
            ("Ri Chol", "리철"),
        ]
    ]
    for testimony, born in zip(testimonies, [1990, 1991, 1975], strict=True):
        _describe_witness(testimony, sex="male", birth_year=born, home_province=north_hamgyong)

    ks = k_anonymity({t.case_code: released_profile(t) for t in testimonies})

    assert sorted(ks.values()) == [1, 2, 2]
    assert ks[testimonies[2].case_code] == 1


def test_suggestions_are_given_in_the_readers_language() -> None:
    """A coordinator reading Korean gets the advice in Korean."""
    profiles = {
        "A": profile(period="2016-03", age_band="30-39"),
        "B": profile(period="2016-07", age_band="30-39"),
        "C": profile(period="2016-11", age_band="30-39"),
    }
    with translation.override("ko"):
        advice = suggest_generalization(profiles)
    assert advice == [
        "기간을 월이 아닌 연도로 공개",
        "이렇게 바꾸면 모든 증인이 공개되는 속성을 적어도 다른 2명과 공유합니다(k >= 3).",
    ]
