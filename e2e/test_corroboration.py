"""Corroboration of persons in the browser: a minder registered in two testimonies is one row by
pseudonym, its page shows both testimonies and no name, and both pages pass axe."""

from playwright.sync_api import expect

from e2e.conftest import LiveServer, People
from e2e.helpers import axe_violations

# Two testimonies by Alice, each registering the same work-team leader, spelled differently.
RECORD_MINDER = """
from datetime import date
from django.contrib.auth.models import User
from testimony.models import Country, Person, Sector, Testimony
from testimony.services import testimony_insert_with_case_code
alice = User.objects.get(username="alice")
for number, (name, hangul, pseudonym) in enumerate(
    [("Kwak Chol-u", "곽철우", "Team leader 1"), ("Kwak Cheol-woo", "곽철우", "Minder K")]
):
    testimony = Testimony(
        interview_date=date(2025, 3, 14), interview_place="Seoul", interviewer=alice,
        country=Country.objects.get(code="russia"), sector=Sector.objects.get(code="logging"),
        period_start=str(2012 + 3 * number), period_end=str(2014 + 3 * number),
        hours_per_day=14, created_by=alice, updated_by=alice,
    )
    testimony_insert_with_case_code(testimony)
    person = Person.objects.create(
        testimony=testimony, role=Person.Role.SUPERVISOR, name_romanized=name,
        name_hangul=hangul, pseudonym=pseudonym,
    )
    person.reindex_names()
"""


def test_a_minder_named_in_two_testimonies_is_one_row_by_pseudonym(
    people: People, app_server: LiveServer, shoot: object
) -> None:
    app_server.manage("shell", "-c", RECORD_MINDER)
    page = people.as_user("carol")
    page.goto("/entities/")
    page.get_by_role("link", name="Minders, supervisors and officials").click()
    row = page.get_by_role("row").filter(has_text="Team leader 1 · Minder K")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("2012–2017")
    assert axe_violations(page) == []
    shoot(page, "07d-corroboration-persons")
    row.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text("Team leader 1 · Minder K")
    expect(page.get_by_text("Withheld: reveal it on the testimony's page")).to_have_count(2)
    content = page.content()
    for name in ("Kwak Chol-u", "Kwak Cheol-woo", "곽철우"):
        assert name not in content
    assert axe_violations(page) == []
