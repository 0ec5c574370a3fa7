"""The Korean interface in the browser: a Korean login page, a preference that follows the
user to a new browser, and a testimony entered and read entirely in Korean."""

import re
from collections.abc import Callable

from playwright.sync_api import expect

from e2e.conftest import People
from e2e.helpers import (
    ENGLISH_NARRATIVE,
    KOREAN_NARRATIVE,
    MINDER,
    WITNESS,
    TestimonyEntry,
    log_in,
    press,
    record_testimony,
)

Shoot = Callable[..., None]
Check = Callable[..., None]

KOREAN_TESTIMONY = TestimonyEntry(
    original=KOREAN_NARRATIVE,
    english=ENGLISH_NARRATIVE,
    persons=(WITNESS, MINDER),
    country="쿠웨이트",
    sector="건설",
    place="서울",
    work_site="쿠웨이트시티 아파트 건설 현장",
    indicators=(("retention_of_documents", "감독관 박성일이 여권을 가져갔습니다."),),
    received_wage="1200",
)


def test_a_korean_speaker_works_in_korean_from_the_login_page_on(
    people: People, shoot: Shoot, check_accessibility: Check
) -> None:
    """A browser asking for Korean gets a Korean login; Minji's saved preference applies at
    login; she records and submits a testimony without meeting an English word."""
    page = people.page(locale="ko-KR")
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "ko")
    expect(page.locator("h1")).to_have_text("로그인")
    shoot(page, "ko-01-login")

    # Her preference (Korean) was saved earlier; this browser asks for English.
    minji = people.page(locale="en-GB")
    log_in(minji, "minji")
    expect(minji.locator("html")).to_have_attribute("lang", "ko")
    expect(minji.get_by_role("navigation")).to_contain_text("대시보드")
    check_accessibility(minji, "dashboard (Korean)")
    shoot(minji, "ko-02-dashboard")

    minji.goto("/testimonies/new/")
    expect(minji.locator("h1")).to_have_text("새 증언")
    check_accessibility(minji, "entry form (Korean)")
    shoot(minji, "ko-03-entry-form")
    case = record_testimony(minji, KOREAN_TESTIMONY, interviewer="minji")
    expect(minji.locator("main")).to_contain_text("사실 정보")
    # Amounts are grouped for reading: 1,200 rather than 1200.00.
    expect(minji.locator("main")).to_contain_text("1,200 USD")
    press(minji, "검토 요청")
    expect(minji.locator("h1")).to_contain_text(case)
    expect(minji.locator("h1")).to_contain_text("제출됨")
    check_accessibility(minji, "detail (Korean)")
    shoot(minji, "ko-04-detail", full_page=False)


def test_the_language_switch_changes_the_interface_and_is_remembered(
    people: People, shoot: Shoot
) -> None:
    """Bob switches to Korean in the header; the page turns Korean and so does his next login
    in another browser."""
    bob = people.as_user("bob")
    bob.goto("/review/")
    bob.get_by_label("Language").select_option("ko")
    with bob.expect_navigation():
        bob.get_by_role("button", name="Change").click()
    expect(bob).to_have_url(re.compile(r"/review/$"))
    expect(bob.locator("h1")).to_have_text("검토 대기열")
    shoot(bob, "ko-05-review-queue")

    elsewhere = people.page(locale="en-GB")
    log_in(elsewhere, "bob")
    expect(elsewhere.locator("html")).to_have_attribute("lang", "ko")

    # And back to English, for the tests that follow.
    elsewhere.get_by_label("언어").select_option("en")
    with elsewhere.expect_navigation():
        elsewhere.get_by_role("button", name="변경").click()
    expect(elsewhere.locator("html")).to_have_attribute("lang", "en")
