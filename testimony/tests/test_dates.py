# ruff: noqa: F811 (the entry fixture is imported, then named as a parameter)
"""Dates that make sense: the entry form refuses impossible ones, and every page that derives an
age, a band or a year from stored dates survives rows saved before they were checked."""

import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from testimony import versions
from testimony.anonymize.review import anonymization_approve
from testimony.anonymize.risk import UNKNOWN_AGE, age_band, date_problems, released_profile
from testimony.bundle.build import bundle_build
from testimony.bundle.documents import summary_statistics
from testimony.bundle.release import case_release, released_period
from testimony.models import (
    Bundle,
    Mandate,
    Person,
    Petition,
    Testimony,
    validate_partial_date,
)
from testimony.tests.test_testimony_create import entry  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

CREATE = reverse("testimony:create")
DIGITS_ONLY = "Write the year with the digits 0-9, e.g. 2015."

# Rows as they may have been saved before the forms checked dates.
BAD_ROWS = {
    "interview in year 1": {"interview_date": date(1, 1, 1)},
    "born after the interview": {"birth_year": 2030, "interview_date": date(2025, 3, 14)},
    "Arabic-Indic digits": {"period_start": "٢٠١٥", "period_end": ""},
    "period ends before it starts": {"period_start": "2019", "period_end": "2015"},
}


def _errors(response: object) -> str:
    return response.content.decode()


# The entry form


@pytest.mark.parametrize("value", ["٢٠١٥", "２０１５", "२०१५-03"])
def test_partial_dates_in_other_digits_are_refused_in_words(
    client: Client, alice: User, entry: Callable[..., dict[str, str]], value: str
) -> None:
    """ "٢٠١٥" is 2015 to a reader, but stored it sorts after 2099: the form asks for 0-9."""
    client.force_login(alice)
    response = client.post(CREATE, entry(period_start=value, period_end=""))
    assert response.status_code == 200
    assert DIGITS_ONLY in _errors(response)
    assert not Testimony.objects.exists()


def test_a_year_of_birth_in_other_digits_is_refused(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """Django would read "١٩٨٢" as 1982; the form asks for the digits everyone can search."""
    client.force_login(alice)
    response = client.post(CREATE, entry(**{"persons-0-birth_year": "١٩٨٢"}))
    assert DIGITS_ONLY in _errors(response)
    assert not Testimony.objects.exists()


@pytest.mark.parametrize("field", ["interview_date", "consent-given_on"])
@pytest.mark.parametrize("value", ["0001-01-01", "1944-12-31"])
def test_full_dates_before_1945_are_refused(
    client: Client, alice: User, entry: Callable[..., dict[str, str]], field: str, value: str
) -> None:
    """An interview or a consent dated before 1945 is a typing mistake."""
    client.force_login(alice)
    response = client.post(CREATE, entry(**{field: value}))
    assert "Enter a date between 1945-01-01 and" in _errors(response)
    assert not Testimony.objects.exists()


def test_a_consent_dated_tomorrow_is_refused(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """Consent is given before it is recorded."""
    client.force_login(alice)
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client.post(CREATE, entry(**{"consent-given_on": tomorrow}))
    assert "Consent cannot be dated in the future." in _errors(response)
    assert not Testimony.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("period_start", "1899"), ("period_start", "1944-12"), ("period_end", "2999")],
)
def test_partial_dates_outside_1945_to_this_year_are_refused(
    client: Client, alice: User, entry: Callable[..., dict[str, str]], field: str, value: str
) -> None:
    """A period is somewhere between 1945 and now."""
    client.force_login(alice)
    response = client.post(CREATE, entry(**{field: value}))
    assert f"Enter a year between 1945 and {timezone.now().year}." in _errors(response)
    assert not Testimony.objects.exists()


def test_a_year_of_birth_before_1945_is_refused(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """One sentence says the range; not a second one for the model's wider bounds."""
    client.force_login(alice)
    response = client.post(CREATE, entry(**{"persons-0-birth_year": "1900"}))
    page = _errors(response)
    assert f"Enter a year between 1945 and {timezone.now().year}." in page
    assert "greater than or equal to" not in page


def test_the_interview_cannot_precede_the_witness_s_birth(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """Born in 2020 and interviewed in 2019: both fields say so, nothing is saved."""
    client.force_login(alice)
    response = client.post(
        CREATE, entry(interview_date="2019-05-01", **{"persons-0-birth_year": "2020"})
    )
    page = _errors(response)
    assert response.status_code == 200
    assert "The year of birth is after the interview (2019)." in page
    assert "The interview cannot be before the witness&#x27;s year of birth (2020)." in page
    assert not Testimony.objects.exists()


def test_a_period_cannot_end_before_it_starts(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """From 2019 to 2015 is refused; from 2016-03 to 2016 is one year."""
    client.force_login(alice)
    response = client.post(CREATE, entry(period_start="2019", period_end="2015"))
    assert "A posting cannot end before it starts." in _errors(response)
    response = client.post(CREATE, entry(period_start="2016-03", period_end="2016"))
    assert response.status_code == 302


def test_a_partial_date_later_this_year_than_today_is_refused() -> None:
    """This year is allowed, next month of it (when there is one) is not."""
    today = timezone.localdate()
    validate_partial_date(str(today.year))
    validate_partial_date(today.isoformat())
    with pytest.raises(ValidationError, match="future"):
        validate_partial_date((today + timedelta(days=1)).isoformat())


def test_the_messages_are_in_korean_too(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """A Korean interface says it in Korean."""
    client.force_login(alice)
    client.cookies["django_language"] = "ko"
    response = client.post(CREATE, entry(period_start="٢٠١٥"))
    assert "0-9" in _errors(response)
    assert DIGITS_ONLY not in _errors(response)


# Stored bad rows: every derivation tolerates them


def _bad_testimony(
    make_testimony: Callable[..., Testimony], case: str, **extra: object
) -> Testimony:
    fields = dict(BAD_ROWS[case])
    birth_year = fields.pop("birth_year", 1982)
    testimony = make_testimony(**fields, **extra)
    Person.objects.filter(testimony=testimony, role="witness").update(birth_year=birth_year)
    return testimony


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_the_released_profile_and_case_never_raise(
    make_testimony: Callable[..., Testimony], carol: User, case: str
) -> None:
    """Ages and periods that cannot be true are released as unknown or not at all."""
    testimony = _bad_testimony(make_testimony, case, status="approved")
    versions.version_record(testimony=testimony, by=testimony.created_by)
    anonymization_approve(testimony=testimony, by=carol)
    testimony = Testimony.objects.get(pk=testimony.pk)
    profile = released_profile(testimony)
    released = case_release(testimony, with_passages=False)
    summary_statistics([released])
    assert date_problems(testimony, testimony.witness())
    if case in ("interview in year 1", "born after the interview"):
        assert profile.age_band == UNKNOWN_AGE
        assert released.victim_age_band == UNKNOWN_AGE
    if case == "Arabic-Indic digits":
        assert profile.period == ""
        assert released.period == ""
    if case == "period ends before it starts":
        with translation.override("en"):
            assert released_period(testimony) == "from 2019"


def test_age_band_answers_unknown_for_impossible_ages() -> None:
    """Born after the year asked about, or 2,000 years old: unknown, never an exception."""
    assert age_band(2026, 2025) == UNKNOWN_AGE
    assert age_band(1, 2025) == UNKNOWN_AGE
    assert age_band(1980, 1) == UNKNOWN_AGE
    assert age_band(1980, None) == UNKNOWN_AGE
    assert age_band(None, 2025) == ""
    assert age_band(1980, 2025) == "40-49"


@pytest.fixture
def bad_rows(
    make_testimony: Callable[..., Testimony], carol: User, bundle_dir: Path
) -> tuple[Petition, list[Testimony]]:
    """One approved, exportable testimony per kind of bad row, all in one petition."""
    petition = Petition.objects.create(
        slug="bad-dates",
        title="Bad dates",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="Testimonies saved before dates were checked.",
        created_by=carol,
    )
    testimonies = []
    for case in BAD_ROWS:
        testimony = _bad_testimony(make_testimony, case, status="approved")
        versions.version_record(testimony=testimony, by=testimony.created_by)
        anonymization_approve(testimony=testimony, by=carol)
        petition.testimonies.add(testimony)
        testimonies.append(testimony)
    return petition, testimonies


@pytest.fixture
def bundle_dir(settings: object, tmp_path: Path) -> Path:
    settings.BUNDLE_DIR = tmp_path / "bundles"
    return settings.BUNDLE_DIR


def test_the_dashboard_shows_statistics_over_bad_rows(
    client: Client, carol: User, bad_rows: tuple[Petition, list[Testimony]]
) -> None:
    """The coordinator's figures count every case; none raises."""
    client.force_login(carol)
    response = client.get(reverse("testimony:dashboard"))
    assert response.status_code == 200
    assert response.context["statistics"]["testimonies"] == len(BAD_ROWS)


def test_the_reidentification_page_lists_data_problems(
    client: Client, carol: User, bad_rows: tuple[Petition, list[Testimony]]
) -> None:
    """Each bad row is listed under "Data problems" with its case code and what is wrong."""
    _petition, testimonies = bad_rows
    client.force_login(carol)
    response = client.get(reverse("testimony:reidentification"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Data problems" in page
    listed = {t.case_code: problems for t, problems in response.context["data_problems"]}
    assert set(listed) == {t.case_code for t in testimonies}
    for testimony in testimonies:
        assert testimony.case_code in page
    by_case = dict(zip(BAD_ROWS, testimonies, strict=True))
    assert "interview dated 0001-01-01" in listed[by_case["interview in year 1"].case_code]
    assert any(
        "after the interview" in p for p in listed[by_case["born after the interview"].case_code]
    )
    assert any("not a date" in p for p in listed[by_case["Arabic-Indic digits"].case_code])
    assert any(
        "before it starts" in p for p in listed[by_case["period ends before it starts"].case_code]
    )


def test_the_petition_page_shows_over_bad_rows(
    client: Client, carol: User, bad_rows: tuple[Petition, list[Testimony]]
) -> None:
    """The petition's page, which profiles its candidates, opens."""
    petition, _testimonies = bad_rows
    client.force_login(carol)
    response = client.get(reverse("testimony:petition", kwargs={"slug": petition.slug}))
    assert response.status_code == 200


def test_a_bundle_builds_over_a_bad_row(
    carol: User, bad_rows: tuple[Petition, list[Testimony]]
) -> None:
    """The build releases the age as unknown and the summary counts only believable years."""
    petition, testimonies = bad_rows
    born_late = testimonies[1]
    bundle = Bundle.objects.create(
        petition=petition, created_by=carol, selection={born_late.case_code: born_late.revision}
    )
    path = bundle_build(bundle)
    with zipfile.ZipFile(path) as archive:
        assert any(name.endswith(".csv") for name in archive.namelist())
        data = "\n".join(
            archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith((".csv", ".json"))
        )
    assert UNKNOWN_AGE in data


# The year filters of the list and of the dashboard


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("٢٠١٥", DIGITS_ONLY),
        ("２０１５", DIGITS_ONLY),
        ("२०१५", DIGITS_ONLY),
        ("2099", "Enter a year between 1945 and"),
        ("1900", "Enter a year between 1945 and"),
        ("-2015", "Enter a year between 1945 and"),
        ("20 15", "Enter a whole number."),
        ("2015\u200b", "Enter a whole number."),
    ],
)
@pytest.mark.parametrize("field", ["year_from", "year_to"])
def test_the_list_refuses_a_year_filter_in_words(
    client: Client,
    bob: User,
    make_testimony: Callable[..., Testimony],
    field: str,
    value: str,
    message: str,
) -> None:
    """Another script's digits, a year outside 1945 to this year, or not a number: the list
    answers 200 with the reason beside the field and no rows, never another year's rows."""
    testimony = make_testimony(period_start="2015", period_end="2015")
    client.force_login(bob)
    response = client.get(reverse("testimony:list"), {field: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert testimony.case_code not in html
    assert not response.context["form"].is_valid()


def test_the_list_filters_by_years_written_0_to_9(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    inside = make_testimony(period_start="2015", period_end="2016")
    outside = make_testimony(period_start="2019", period_end="2020")
    client.force_login(bob)
    html = client.get(reverse("testimony:list"), {"year_from": "2015", "year_to": "2016"})
    assert inside.case_code in html.content.decode()
    assert outside.case_code not in html.content.decode()


def test_the_dashboard_refuses_a_year_in_other_digits_and_counts_nothing(
    client: Client, carol: User, bad_rows: tuple[Petition, list[Testimony]]
) -> None:
    """The figures are not shown for a selection other than the one asked for."""
    client.force_login(carol)
    response = client.get(reverse("testimony:dashboard"), {"year_from": "٢٠١٥"})
    assert response.status_code == 200
    assert DIGITS_ONLY in response.content.decode()
    assert response.context["statistics"] is None
