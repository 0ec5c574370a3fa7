"""What protects typed work and a witness's wishes: errors that keep the input, the conflict
page of two simultaneous edits, and the withdrawal of consent."""

from collections.abc import Callable

from playwright.sync_api import expect

from e2e.conftest import People
from e2e.helpers import (
    ENGLISH_NARRATIVE,
    JOURNEY_TESTIMONY,
    KOREAN_NARRATIVE,
    fill_testimony,
    press,
    record_testimony,
    save_form,
)

Shoot = Callable[..., None]


def test_a_validation_error_keeps_everything_typed(people: People, shoot: Shoot) -> None:
    """A wrong month and a missing place are explained in words; the narrative is still there."""
    alice = people.as_user("alice")
    alice.goto("/testimonies/new/")
    fill_testimony(alice, JOURNEY_TESTIMONY, interviewer="alice")
    alice.locator("[name=interview_place]").fill("")
    alice.locator("[name=postings-0-period_start]").fill("2016-13")
    save_form(alice)

    expect(alice.get_by_role("alert").first).to_contain_text(
        "The testimony was not saved. Please correct the marked fields."
    )
    expect(alice.locator("main")).to_contain_text("The month must be between 01 and 12.")
    expect(alice.locator("[name=postings-0-period_start]")).to_have_value("2016-13")
    expect(alice.locator("[name=narrative-original]")).to_have_value(KOREAN_NARRATIVE)
    expect(alice.locator("[name=narrative-english]")).to_have_value(ENGLISH_NARRATIVE)
    expect(alice.locator("[name=persons-1-name_hangul]")).to_have_value("박성일")
    expect(alice.locator("[name=indicators-1-passage]")).not_to_be_empty()
    # Focus lands nowhere odd: the error is announced, and the field says what is wrong.
    expect(alice.locator("[name=postings-0-period_start]")).to_have_attribute(
        "aria-invalid", "true"
    )
    alice.locator("[name=postings-0-period_start]").scroll_into_view_if_needed()
    shoot(alice, "11-validation-error")

    alice.locator("[name=interview_place]").fill("Seoul")
    alice.locator("[name=postings-0-period_start]").fill("2014-06")
    save_form(alice)
    expect(alice.locator("h1")).to_contain_text("Draft")


def test_two_simultaneous_edits_end_on_the_conflict_page(people: People, shoot: Shoot) -> None:
    """Alice and Bob edit at once: Alice saves first, Bob is shown what changed, nothing lost."""
    alice = people.as_user("alice")
    record_testimony(alice, JOURNEY_TESTIMONY, interviewer="alice")
    press(alice, "Submit for review")
    testimony_url = alice.url

    bob = people.as_user("bob")
    bob.goto(testimony_url + "edit/")
    alice.goto(testimony_url + "edit/")

    alice.locator("[name=postings-0-work_site]").fill("Hotel construction site, Kuwait City")
    save_form(alice)
    expect(alice.get_by_role("alert").first).to_contain_text("were saved")

    bob.locator("[name=hours_per_day]").fill("16")
    people.expect_console_error("status of 409 (Conflict)")
    save_form(bob)
    expect(bob.locator("main")).to_contain_text(
        "Someone else saved this testimony while you were editing"
    )
    expect(bob.locator("main")).to_contain_text("Hotel construction site, Kuwait City")
    expect(bob.locator("[name=hours_per_day]")).to_have_value("16")
    expect(bob.get_by_role("button", name="Save my version")).to_be_visible()
    shoot(bob, "12-edit-conflict")


def test_a_consent_withdrawal_locks_the_testimony(people: People, shoot: Shoot) -> None:
    """Recording a withdrawal locks the testimony at once and says so on its page."""
    alice = people.as_user("alice")
    case = record_testimony(alice, JOURNEY_TESTIMONY, interviewer="alice")
    with alice.expect_navigation():
        alice.get_by_role("link", name="Consent withdrawn…").click()
    alice.locator("[name=withdrawn_on]").fill("2025-04-01")
    alice.locator("[name=how]").select_option(index=1)
    alice.locator("[name=note]").fill("Phoned the office; afraid for her family.")
    alice.locator("[name=confirm]").check()
    shoot(alice, "13-consent-withdrawal")
    press(alice, "Record the withdrawal")

    expect(alice.locator("h1")).to_contain_text(case)
    expect(alice.locator("h1")).to_contain_text("Consent withdrawn")
    expect(alice.locator("main")).to_contain_text("This testimony is locked")
    expect(alice.get_by_role("link", name="Edit", exact=True)).to_have_count(0)
