"""Nothing typed is lost to the session: the entry form keeps a draft as the person types, a
form sent after the session ended is kept for them, and after signing in again everything is
restored, persons and indicators included. Before the idle sign-out a dialog offers to stay."""

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect

from e2e.conftest import LiveServer, People
from e2e.helpers import (
    JOURNEY_TESTIMONY,
    MINDER,
    PASSWORD,
    enter_second_factor_if_asked,
    fill_testimony,
    log_in,
    press,
    record_testimony,
    save_form,
)

PARAGRAPHS = (
    "2014년 6월 쿠웨이트의 아파트 건설 현장에 파견되었습니다.",
    "도착하자마자 감독관 박성일이 여권을 가져갔습니다.",
)
# Typed key by key into the third paragraph, as an interviewer transcribes.
THIRD = "하루 14시간씩 일했고 한 달에 이틀만 쉬었습니다 😔"

# Moves the last activity of one session (by its key) back by SECONDS.
AGE_SESSION = """
from django.contrib.sessions.backends.db import SessionStore
store = SessionStore(session_key={key!r})
data = store.load()
data["accounts_last_activity"] -= {seconds}
store._session_cache = data
store.save()
"""


def _session_key(page: Page) -> str:
    return next(c["value"] for c in page.context.cookies() if c["name"] == "sessionid")


def _age_session(server: LiveServer, page: Page, seconds: int) -> None:
    server.manage("shell", "-c", AGE_SESSION.format(key=_session_key(page), seconds=seconds))


def _sign_in_here(page: Page, username: str) -> None:
    """Sign in on the login page the browser was sent to, keeping its `next`."""
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("input[name=password]").press("Enter")
    enter_second_factor_if_asked(page, username)


def test_a_form_sent_after_the_session_ended_is_restored_after_signing_in(
    people: People, app_server: LiveServer, check_accessibility: Callable, shoot: Callable
) -> None:
    alice = people.page()
    log_in(alice, "alice")
    alice.goto("/testimonies/new/")
    fill_testimony(alice, JOURNEY_TESTIMONY, interviewer="alice")
    narrative = alice.locator("[name=narrative-original]")
    narrative.fill("\n\n".join(PARAGRAPHS) + "\n\n")
    narrative.press("End")
    narrative.press_sequentially(THIRD[:-1], delay=5)
    # The autosave after the last keystroke; none is pending after it.
    with alice.expect_response(lambda response: "/draft/save/" in response.url):
        narrative.press_sequentially(THIRD[-1])
    expect(alice.locator("[data-draft-status]")).to_contain_text("Draft saved at")

    # The session ends while the page is open; then the person presses Save.
    _age_session(app_server, alice, 3600)
    save_form(alice)
    expect(alice).to_have_url(re.compile(r"/accounts/login/\?next=/testimonies/new/"))
    expect(alice.get_by_role("status").filter(has_text="was kept")).to_be_visible()

    _sign_in_here(alice, "alice")
    expect(alice).to_have_url(re.compile(r"/testimonies/new/$"))
    offer = alice.locator("[data-draft-offer]")
    expect(offer).to_contain_text("You have unsaved work from")
    expect(offer).to_contain_text("after your session had ended")
    expect(narrative).to_have_value("")
    check_accessibility(alice, "entry form offering unsaved work")
    shoot(alice, "14-restore-unsaved-work")
    alice.get_by_role("button", name="Restore", exact=True).click()

    expect(offer).to_have_count(0)
    expect(narrative).to_have_value("\n\n".join((*PARAGRAPHS, THIRD)))
    expect(alice.locator("[name=persons-1-name_romanized]")).to_have_value(MINDER.romanized)
    expect(alice.locator("[name=persons-1-name_hangul]")).to_have_value(MINDER.hangul)
    expect(alice.locator("[name=persons-0-family_in_north_korea]")).to_have_value("true")
    expect(alice.locator("[name=indicators-1-passage]")).to_have_value(
        JOURNEY_TESTIMONY.indicators[1][1]
    )
    expect(alice.locator("[name=consent-un_submission]")).to_be_checked()
    expect(alice.locator("[name=received_wage_amount]")).to_have_value("120")

    save_form(alice)
    expect(alice).to_have_url(re.compile(r"/testimonies/[0-9a-f-]{36}/$"))
    expect(alice.locator("main")).to_contain_text(THIRD)
    expect(alice.locator("main")).to_contain_text("Minder P")
    # Saved: the draft is gone.
    alice.goto("/testimonies/new/")
    expect(alice.locator("[data-draft-offer]")).to_have_count(0)


def test_a_warning_before_the_idle_sign_out_offers_to_stay(
    people: People, app_server: LiveServer, check_accessibility: Callable, shoot: Callable
) -> None:
    alice = people.page()
    alice.clock.install()
    log_in(alice, "alice")
    alice.goto("/testimonies/new/")
    dialog = alice.get_by_role("dialog")
    expect(dialog).to_have_count(0)

    # 100 s left on the server; the page asks when its own clock says it is time.
    _age_session(app_server, alice, 1700)
    alice.clock.run_for("29:00")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("You will be signed out soon")
    stay = dialog.get_by_role("button", name="Stay signed in")
    expect(stay).to_be_focused()
    check_accessibility(alice, "idle warning")
    shoot(alice, "15-idle-warning")
    stay.click()
    expect(dialog).to_be_hidden()

    # Gone idle for good: the dialog says so and leads to the login page.
    people.expect_console_error("status of 401")
    _age_session(app_server, alice, 3600)
    alice.clock.run_for("29:00")
    expect(dialog).to_contain_text("You were signed out")
    with alice.expect_navigation():
        dialog.get_by_role("link", name="Sign in again").click()
    expect(alice).to_have_url(re.compile(r"/accounts/login/\?next=/testimonies/new/"))


def test_an_edit_draft_of_a_testimony_saved_since_ends_on_the_conflict_page(
    people: People,
) -> None:
    """Alice's unsaved edit is offered back; Bob saved in between, so saving it shows what he
    changed instead of overwriting it."""
    alice = people.as_user("alice")
    record_testimony(alice, JOURNEY_TESTIMONY, interviewer="alice")
    press(alice, "Submit for review")
    testimony_url = alice.url
    alice.goto(testimony_url + "edit/")
    hours = alice.locator("[name=hours_per_day]")
    with alice.expect_response(lambda response: "/draft/save/" in response.url):
        hours.fill("18")
    alice.goto(testimony_url)

    bob = people.as_user("bob")
    bob.goto(testimony_url + "edit/")
    bob.locator("[name=postings-0-work_site]").fill("Hotel construction site, Kuwait City")
    save_form(bob)

    alice.goto(testimony_url + "edit/")
    offer = alice.locator("[data-draft-offer]")
    expect(offer).to_contain_text("Someone saved this testimony after you loaded it")
    expect(hours).to_have_value("14")
    alice.get_by_role("button", name="Restore", exact=True).click()
    expect(hours).to_have_value("18")
    people.expect_console_error("status of 409 (Conflict)")
    save_form(alice)
    expect(alice.locator("main")).to_contain_text(
        "Someone else saved this testimony while you were editing"
    )
    expect(alice.locator("main")).to_contain_text("Hotel construction site, Kuwait City")
    expect(hours).to_have_value("18")
    save_form(alice)
    expect(alice.get_by_role("alert").first).to_contain_text("were saved")
