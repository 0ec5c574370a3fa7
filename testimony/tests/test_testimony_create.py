from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.models import AuditEvent, Consent, Country, Person, Sector, Testimony
from testimony.services import persons_matching_name

pytestmark = pytest.mark.django_db

URL = reverse("testimony:create")


def formset_management(prefix: str, total: int, initial: int = 0) -> dict[str, str]:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


# Fields of the first posting, which older tests override by their testimony-level names.
POSTING_KEYS = (
    "country",
    "work_site",
    "sector",
    "period_start",
    "period_end",
    "recruitment",
    "ending",
)


def posting_overrides(overrides: dict[str, str]) -> dict[str, str]:
    """Overrides with the first posting's fields under their formset names."""
    return {
        (f"postings-0-{name}" if name in POSTING_KEYS else name): value
        for name, value in overrides.items()
    }


@pytest.fixture
def entry(alice: User, kuwait: Country, construction: Sector) -> Callable[..., dict[str, str]]:
    """A complete, valid entry as the browser posts it; keyword arguments override fields."""

    def build(**overrides: str) -> dict[str, str]:
        data = {
            "interview_date": "2025-04-02",
            "interview_place": "Seoul",
            "interviewer": str(alice.pk),
            "interpreter": "",
            "interview_language": "ko",
            "knowledge": "eyewitness",
            "narrative-language": "ko",
            "narrative-original": "저는 림명철입니다. 감독원이 여권을 가져갔습니다.",
            "narrative-english": "I am Rim Myong-chol. The minder took my passport.",
            **formset_management("postings", 1),
            "postings-0-country": str(kuwait.pk),
            "postings-0-work_site": "Construction camp near Kuwait City",
            "postings-0-sector": str(construction.pk),
            "postings-0-period_start": "2014-06",
            "postings-0-period_end": "2016",
            "postings-0-recruitment": "state_assignment",
            "postings-0-ending": "defected",
            "postings-0-employer_name": "",
            "postings-0-site_name": "",
            "bribe_paid": "unknown",
            "promised_wage_amount": "120",
            "promised_wage_currency": "usd",
            "promised_wage_period": "month",
            "received_wage_amount": "12",
            "received_wage_currency": "USD",
            "received_wage_period": "month",
            "hours_per_day": "16",
            "days_off_per_month": "1",
            "passport_confiscated": "true",
            "movement_restricted": "true",
            "surveillance": "true",
            "loyalty_contributions": "true",
            "violence": "unknown",
            "threats_to_family": "true",
            "domestic_remedies": "none_possible",
            **formset_management("persons", 2),
            "persons-0-role": "witness",
            "persons-0-pseudonym": "Witness A",
            "persons-0-name_romanized": "Rim Myong-chol",
            "persons-0-name_hangul": "림명철",
            "persons-0-aliases": "Lim Myeong-cheol\nMr. Rim",
            "persons-0-sex": "male",
            "persons-0-birth_year": "1982",
            "persons-0-home_province": "",
            "persons-0-family_in_north_korea": "true",
            "persons-0-contact_details": "",
            "persons-1-role": "supervisor",
            "persons-1-pseudonym": "Supervisor 1",
            "persons-1-name_romanized": "Pak Chol-su",
            "persons-1-name_hangul": "",
            "persons-1-aliases": "",
            "persons-1-sex": "male",
            "persons-1-birth_year": "",
            "persons-1-home_province": "",
            "persons-1-family_in_north_korea": "unknown",
            "persons-1-contact_details": "",
            "consent-un_submission": "on",
            "consent-informed_state_letter": "on",
            "consent-informed_public_summary": "on",
            "consent-public_name": "initials",
            "consent-recipients": "un_only",
            "consent-given_on": "2025-04-02",
            "consent-method": "written",
            "consent-witnessed_by": "Interpreter on duty",
            "consent-notes": "",
            **formset_management("indicators", 1),
            "indicators-0-indicator": "retention_of_documents",
            "indicators-0-phase": "employment",
            "indicators-0-passage": "The minder took my passport.",
            **formset_management("entities", 0),
            "notes-domestic_steps": "",
            "notes-internal_notes": "",
        }
        data.update(posting_overrides(overrides))
        return data

    return build


def test_it_requires_login(client: Client) -> None:
    """Anonymous visitors are sent to the login page."""
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_requires_permission_to_add(client: Client, charlie: User) -> None:
    """A user without a role cannot open the entry form."""
    client.force_login(charlie)
    assert client.get(URL).status_code == 403


def test_it_shows_an_empty_form_with_a_witness_row(client: Client, alice: User) -> None:
    """A new testimony starts with one person row, already marked as the witness."""
    client.force_login(alice)
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["entry"].persons.total_form_count() == 1
    assert b'name="persons-0-role"' in response.content


def test_it_creates_a_testimony_with_all_its_parts(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """A valid entry saves the testimony, persons, consent and indicators, and audits it."""
    client.force_login(alice)
    response = client.post(URL, entry())
    testimony = Testimony.objects.get()
    assert response.status_code == 302
    assert response["Location"] == testimony.get_absolute_url()
    assert testimony.status == "draft"
    assert testimony.case_code.startswith("TST-")
    assert testimony.created_by == alice
    assert testimony.period_start == "2014-06"
    assert testimony.period_end == "2016"
    assert testimony.promised_wage_currency == "USD"
    assert testimony.passport_confiscated is True
    assert testimony.violence is None
    assert testimony.narrative.original.startswith("저는 림명철")
    assert testimony.narrative.language == "ko"
    assert testimony.persons.count() == 2
    assert testimony.consent.public_name == Consent.PublicName.INITIALS
    assert testimony.indicators.get().passage == "The minder took my passport."
    assert AuditEvent.objects.filter(testimony=testimony, action="testimony.created").exists()


def test_case_code_is_never_derived_from_a_name(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """The case code is a yearly sequence number, with nothing of the witness in it."""
    client.force_login(alice)
    client.post(URL, entry())
    client.post(URL, entry())
    codes = sorted(Testimony.objects.values_list("case_code", flat=True))
    assert codes[0].endswith("-0001")
    assert codes[1].endswith("-0002")
    assert all("rim" not in code.lower() for code in codes)


def test_registered_names_are_findable_through_the_blind_index(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """After saving, the witness is found by name, reversed order, Hangul and alias."""
    client.force_login(alice)
    client.post(URL, entry())
    witness = Person.objects.get(role="witness")
    for name in ("Rim Myong-chol", "myong chol rim", "림명철", "Lim Myeong-cheol"):
        assert persons_matching_name(name) == [witness]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("period_start", "2014-13", "The month must be between 01 and 12."),
        ("period_start", "June 2014", "Enter a year (2016), a year and month"),
        ("period_end", "2013", "A posting cannot end before it starts."),
        ("hours_per_day", "25", "less than or equal to 24"),
        ("days_off_per_month", "40", "less than or equal to 31"),
        ("promised_wage_currency", "peanuts", "is not a currency this form knows"),
        ("interview_date", "yesterday", "Enter a valid date."),
        ("interview_date", "2999-01-01", "The interview date cannot be in the future."),
        ("consent-given_on", "2999-01-01", "Consent cannot be dated in the future."),
        ("persons-0-birth_year", "2099", "The year of birth cannot be in the future."),
    ],
)
def test_bad_input_is_explained_and_nothing_typed_is_lost(
    client: Client,
    alice: User,
    entry: Callable[..., dict[str, str]],
    field: str,
    value: str,
    message: str,
) -> None:
    """A rejected entry says what is wrong, in words, and shows everything typed again."""
    client.force_login(alice)
    response = client.post(URL, entry(**{field: value}))
    assert response.status_code == 200
    assert Testimony.objects.count() == 0
    assert message in response.content.decode()
    content = response.content.decode()
    assert "저는 림명철입니다. 감독원이 여권을 가져갔습니다." in content
    assert "Rim Myong-chol" in content
    assert "The minder took my passport." in content


def test_it_requires_exactly_one_witness(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """Without a witness row the entry is refused with a sentence saying why."""
    client.force_login(alice)
    response = client.post(URL, entry(**{"persons-0-role": "coworker"}))
    assert response.status_code == 200
    assert "Record exactly one person with the role Witness" in response.content.decode()
    assert Testimony.objects.count() == 0


def test_full_name_is_refused_when_family_remains_in_north_korea(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """A witness whose family is still in North Korea can be named by initials or not at all."""
    client.force_login(alice)
    response = client.post(URL, entry(**{"consent-public_name": "full"}))
    assert response.status_code == 200
    assert "never the full name" in response.content.decode()
    assert Testimony.objects.count() == 0


def test_consent_to_submit_needs_a_date(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """Consent to UN submission without the date it was given is not accepted."""
    client.force_login(alice)
    response = client.post(URL, entry(**{"consent-given_on": ""}))
    assert "Record the date on which the witness gave consent." in response.content.decode()
    assert Testimony.objects.count() == 0


def test_a_tampered_management_form_is_an_error_not_a_crash(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """A post without the formset bookkeeping gets a form error, never a server error."""
    client.force_login(alice)
    data = entry()
    del data["persons-TOTAL_FORMS"]
    response = client.post(URL, data)
    assert response.status_code == 200
    assert Testimony.objects.count() == 0


def test_a_draft_can_be_saved_before_consent_is_recorded(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """With no consent item ticked, the draft saves and its page warns that none is recorded."""
    client.force_login(alice)
    no_consent = {
        "consent-un_submission": "",
        "consent-informed_state_letter": "",
        "consent-informed_public_summary": "",
        "consent-given_on": "",
        "consent-method": "",
    }
    response = client.post(URL, entry(**no_consent))
    testimony = Testimony.objects.get()
    assert not testimony.consent.allows_un_submission()
    detail = client.get(response["Location"]).content.decode()
    assert "No consent has been recorded" in detail


def test_consent_needs_to_say_how_it_was_given(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """Ticking a consent item without saying how consent was given is refused."""
    client.force_login(alice)
    response = client.post(URL, entry(**{"consent-method": ""}))
    assert "Record how the witness gave consent." in response.content.decode()
    assert Testimony.objects.count() == 0


def test_a_period_may_end_at_a_coarser_precision_than_it_starts(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """From 2016-03 to 2016 is a valid period, saved and shown as entered."""
    client.force_login(alice)
    response = client.post(URL, entry(period_start="2016-03", period_end="2016"))
    assert response.status_code == 302
    testimony = Testimony.objects.get()
    assert (testimony.period_start, testimony.period_end) == ("2016-03", "2016")
    assert "2016-03 – 2016" in client.get(response["Location"]).content.decode()
