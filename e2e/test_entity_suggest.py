"""Linking while entering: typing an employer's name proposes the recorded one in a listbox the
keyboard works, and "Create new" marks the proposals as not the same."""

from playwright.sync_api import expect

from e2e.conftest import LiveServer, People
from e2e.helpers import axe_violations

RECORD_COMPANY = """
from testimony.models import Entity
Entity.objects.get_or_create(kind="company", match_key="namgangconstruction",
                             defaults={"name": "Namgang Construction", "name_ko": "남강건설"})
"""


def test_typing_a_name_proposes_the_recorded_entity_and_the_keyboard_chooses(
    people: People, app_server: LiveServer
) -> None:
    app_server.manage("shell", "-c", RECORD_COMPANY)
    page = people.as_user("alice")
    page.goto("/testimonies/new/")
    employer = page.locator("#id_postings-0-employer_name")
    employer.press_sequentially("Ｎａｍｇａｎｇ")  # fullwidth, as a Korean keyboard may type
    listbox = page.locator("#id_postings-0-employer_name-proposals")
    expect(listbox).to_be_visible()
    expect(employer).to_have_attribute("aria-expanded", "true")
    expect(listbox.get_by_role("option").first).to_have_text(
        "Link to Namgang Construction (남강건설) (0 testimonies)"
    )
    assert axe_violations(page) == []
    employer.press("ArrowDown")
    expect(employer).to_have_attribute(
        "aria-activedescendant", "id_postings-0-employer_name-proposal-0"
    )
    employer.press("Enter")
    expect(employer).to_have_value("Namgang Construction")
    expect(listbox).to_be_hidden()

    employer.fill("")
    employer.press_sequentially("Namgang Construction")
    expect(listbox.get_by_role("option")).to_have_count(2)
    employer.press("ArrowUp")  # the last option: create new
    employer.press("Enter")
    expect(page.locator("#id_postings-0-employer_name_new")).to_be_checked()
    not_same = page.locator("input[name='postings-0-employer_name_not_same']")
    expect(not_same).not_to_have_value("")
    employer.press("Escape")
