"""What a person does in the browser, written once: log in, fill the entry form, press buttons.

Logging in is one function on purpose: the sign-in flow is the part of the interface most likely
to change (a second factor, a new page), and every test reaches the application through it.
"""

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from playwright.sync_api import Page, expect

if TYPE_CHECKING:  # conftest imports this module
    from e2e.conftest import People

PASSWORD = "e2e-only passphrase 4417"
# The RFC 6238 test key (ASCII "12345678901234567890"), as hex: the accounts' TOTP device.
TOTP_KEY = "3132333435363738393031323334353637383930"
TOTP_STEP = 30

CODE_FIELD = ", ".join(
    f"input{match}:not([type=hidden])"
    for match in ("[autocomplete='one-time-code']", "[name$='otp_token']", "[name$='code']")
)
_last_step: dict[str, int] = {}


def totp_code(username: str) -> str:
    """The code the person's authenticator app shows now, never one already used.

    A server accepts each time step once per device, and allows one step of clock drift, so a
    second login within the same 30 s uses the next step's code.
    """
    from django_otp.oath import totp

    now = int(time.time()) // TOTP_STEP
    step = max(now, _last_step.get(username, -1) + 1)
    # A fourth login within a minute: wait until the next unused step is within the drift
    # (waiting one step only would reuse the step just used ahead of time).
    while step > now + 1:
        time.sleep(TOTP_STEP - time.time() % TOTP_STEP + 0.1)
        now = int(time.time()) // TOTP_STEP
    _last_step[username] = step
    code = totp(bytes.fromhex(TOTP_KEY), step=TOTP_STEP, drift=step - now)
    return f"{code:06d}"


def enter_second_factor_if_asked(
    page: Page, username: str, on_code_page: Callable[[Page], None] | None = None
) -> None:
    """Type the authenticator code when the page asks for one."""
    page.wait_for_load_state()
    code = page.locator(CODE_FIELD).first
    if code.count():
        code.fill(totp_code(username))
        if on_code_page:
            on_code_page(page)
        with page.expect_navigation():
            code.press("Enter")


def log_in(
    page: Page,
    username: str,
    password: str = PASSWORD,
    on_code_page: Callable[[Page], None] | None = None,
) -> None:
    """Log in through the login page (and the code step, where there is one)."""
    page.goto("/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        page.locator("input[name=password]").press("Enter")
    enter_second_factor_if_asked(page, username, on_code_page)
    expect(page.locator("form[action$='/logout/'] button")).to_be_visible()


def confirm_identity(page: Page, username: str, password: str = PASSWORD) -> None:
    """Answer the page that asks for the password again before a sensitive step."""
    page.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        page.locator("input[name=password]").press("Enter")
    enter_second_factor_if_asked(page, username)


def show_originals(page: Page, username: str, button: str) -> None:
    """Go through the one door to identities: press its button, confirm the password when
    asked (it comes back to the same page), then press the button again."""
    press(page, button)
    if page.locator("input[name=password]").count():
        confirm_identity(page, username)
        press(page, button)
    expect(page.get_by_role("alert").filter(has_text="Real names shown")).to_be_visible()


def case_code_of(page: Page) -> str:
    match = re.search(r"[A-Z]+-\d{4}-\d{4}", page.locator("h1").inner_text())
    assert match, page.locator("h1").inner_text()
    return match.group(0)


@dataclass(frozen=True)
class PersonEntry:
    role: str
    pseudonym: str
    romanized: str
    hangul: str
    sex: str = "male"
    birth_year: str = ""
    family_in_north_korea: str = "unknown"


@dataclass(frozen=True)
class TestimonyEntry:
    """What an interviewer types; select boxes are chosen by their visible label, so a Korean
    interface needs the Korean names of country and sector."""

    original: str
    english: str
    persons: tuple[PersonEntry, ...]
    country: str = "Kuwait"
    sector: str = "Construction"
    place: str = "Seoul"
    work_site: str = "Apartment block, Kuwait City"
    indicators: tuple[tuple[str, str], ...] = ()
    received_wage: str = "120"


WITNESS = PersonEntry("witness", "Witness K", "Kim Chol-su", "김철수", "male", "1980", "true")
MINDER = PersonEntry("supervisor", "Minder P", "Pak Song-il", "박성일", "male")
# A nickname the witness mentions that no registered name covers: a reviewer redacts it by hand.
NICKNAME = "곰보"
KOREAN_NARRATIVE = (
    "저는 김철수입니다. 2014년 6월 쿠웨이트의 아파트 건설 현장에 파견되었습니다. "
    "도착하자마자 감독관 박성일이 여권을 가져갔습니다. 하루 14시간씩 일했고 한 달에 "
    f"이틀만 쉬었습니다. 동료들은 그를 {NICKNAME}라고 불렀습니다. 약속한 월급 700달러 중 "
    "실제로 받은 돈은 120달러뿐이었습니다. 나머지는 충성 자금으로 가져갔습니다.\n\n"
    # Long enough that the redaction review scrolls, as real narratives do.
    + "숙소는 컨테이너였고 한 방에 열두 명이 잤습니다. 여름에는 낮 기온이 50도까지 올라갔지만 "
    "작업은 멈추지 않았습니다. 물은 하루에 두 병만 주었습니다. 밤에는 생활총화가 있었고, "
    "다른 사람의 잘못을 보고해야 했습니다. 외출은 한 달에 한 번, 세 명이 함께일 때만 "
    "허락되었습니다. 현지 사람과 이야기하는 것은 금지되었습니다.\n\n"
    "2015년 겨울에 동료 한 명이 비계에서 떨어져 다리를 다쳤습니다. 병원에 가지 못하고 숙소에서 "
    "일주일을 누워 있다가 다시 일터로 나갔습니다. 치료비는 그의 임금에서 뺐다고 들었습니다. "
    "항의한 사람은 본국으로 돌려보내겠다는 말을 들었습니다. 가족이 어떻게 될지 두려워서 아무도 "
    "더 말하지 않았습니다.\n\n"
    "2016년 여름 계약이 끝났다는 말을 듣고 귀국했습니다. 약속한 돈은 끝내 받지 못했습니다. "
    "귀국할 때 여권을 돌려받았지만 평양에 도착하자마자 다시 제출해야 했습니다."
)
ENGLISH_NARRATIVE = (
    "I am Kim Chol-su. In June 2014 I was sent to an apartment construction site in Kuwait. "
    "As soon as we arrived the supervisor Pak Song-il took my passport. I worked 14 hours a "
    "day with two days off a month. Of the 700 dollars promised I received only 120 dollars; "
    "the rest was taken as loyalty contributions."
)
JOURNEY_TESTIMONY = TestimonyEntry(
    original=KOREAN_NARRATIVE,
    english=ENGLISH_NARRATIVE,
    persons=(WITNESS, MINDER),
    indicators=(
        ("retention_of_documents", "감독관 박성일이 여권을 가져갔습니다."),
        ("withholding_of_wages", "실제로 받은 돈은 120달러뿐이었습니다."),
    ),
)
REAL_NAMES = [
    *(p.romanized for p in (WITNESS, MINDER)),
    *(p.hangul for p in (WITNESS, MINDER)),
    NICKNAME,
]


def fill_testimony(page: Page, entry: TestimonyEntry, *, interviewer: str) -> None:
    """Fill the whole entry form the way an interviewer does, top to bottom."""
    field = page.locator
    field("[name=interview_date]").fill("2025-03-14")
    field("[name=interview_place]").fill(entry.place)
    field("[name=interviewer]").select_option(label=interviewer)
    field("[name=interview_language]").select_option("ko")
    field("[name=knowledge]").select_option("eyewitness")
    field("[name=narrative-language]").select_option("ko")
    field("[name=narrative-original]").fill(entry.original)
    field("[name=narrative-english]").fill(entry.english)
    field("[name=postings-0-country]").select_option(label=entry.country)
    field("[name=postings-0-work_site]").fill(entry.work_site)
    field("[name=postings-0-sector]").select_option(label=entry.sector)
    field("[name=postings-0-period_start]").fill("2014-06")
    field("[name=postings-0-period_end]").fill("2016")
    field("[name=postings-0-recruitment]").select_option("state_assignment")
    field("[name=postings-0-ending]").select_option("returned")
    field("[name=promised_wage_amount]").fill("700")
    field("[name=promised_wage_currency]").fill("USD")
    field("[name=promised_wage_period]").select_option("month")
    field("[name=received_wage_amount]").fill(entry.received_wage)
    field("[name=received_wage_currency]").fill("USD")
    field("[name=received_wage_period]").select_option("month")
    field("[name=hours_per_day]").fill("14")
    field("[name=days_off_per_month]").fill("2")
    field("[name=passport_confiscated]").select_option("true")
    field("[name=loyalty_contributions]").select_option("true")
    for index, person in enumerate(entry.persons):
        if index:
            page.locator("[data-formset-add=persons]").click()
        prefix = f"[name=persons-{index}-"
        field(prefix + "role]").select_option(person.role)
        field(prefix + "pseudonym]").fill(person.pseudonym)
        field(prefix + "name_romanized]").fill(person.romanized)
        field(prefix + "name_hangul]").fill(person.hangul)
        field(prefix + "sex]").select_option(person.sex)
        field(prefix + "birth_year]").fill(person.birth_year)
        field(prefix + "family_in_north_korea]").select_option(person.family_in_north_korea)
    field("[name=consent-un_submission]").check()
    field("[name=consent-informed_state_letter]").check()
    field("[name=consent-informed_public_summary]").check()
    field("[name=consent-public_name]").select_option("initials")
    field("[name=consent-recipients]").select_option("un_only")
    field("[name=consent-given_on]").fill("2025-03-14")
    field("[name=consent-method]").select_option("written")
    for index, (indicator, passage) in enumerate(entry.indicators):
        page.locator("[data-formset-add=indicators]").click()
        field(f"[name=indicators-{index}-indicator]").select_option(indicator)
        # "Work and life under duress": the phase the two journey indicators belong to.
        field(f"[name=indicators-{index}-phase]").select_option(index=2)
        field(f"[name=indicators-{index}-passage]").fill(passage)


def save_form(page: Page) -> None:
    """Press the main form's submit button and wait for the next page."""
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").last.click()


def record_testimony(page: Page, entry: TestimonyEntry, *, interviewer: str) -> str:
    """Enter a testimony from the header's link and save it; its case code."""
    page.goto("/")
    page.locator("a[href$='/testimonies/new/']").first.click()
    fill_testimony(page, entry, interviewer=interviewer)
    save_form(page)
    expect(page).to_have_url(re.compile(r"/testimonies/[0-9a-f-]{36}/$"))
    return case_code_of(page)


def press(page: Page, name: str) -> None:
    """Press a button by its visible name and wait for the page it leads to."""
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).click()


def open_case(page: Page, case_code: str, start: str = "/testimonies/") -> None:
    """Follow the link of a case from a list page."""
    page.goto(start)
    with page.expect_navigation():
        page.get_by_role("link", name=case_code, exact=True).first.click()


def verified_in_redaction_review(people: "People", entry: TestimonyEntry) -> tuple[Page, str]:
    """Alice records `entry` and submits it, Bob verifies it, and Carol opens its redaction
    review with the originals shown: Carol's page and the case code."""
    alice = people.as_user("alice")
    case = record_testimony(alice, entry, interviewer="alice")
    press(alice, "Submit for review")
    bob = people.as_user("bob")
    open_case(bob, case, start="/review/")
    press(bob, "Start the review")
    press(bob, "Verify facts and indicators")
    expect(bob.locator("h1")).to_contain_text("Verified")
    carol = people.as_user("carol")
    open_case(carol, case)
    with carol.expect_navigation():
        carol.get_by_role("link", name="Review redactions").click()
    show_originals(carol, "carol", "Show the original for the redaction review")
    return carol, case


def select_text(page: Page, container: str, text: str) -> None:
    """Select `text` inside `container` as a mouse drag would, then release the mouse."""
    page.locator(container).first.evaluate(
        """(element, text) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(text);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              element.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
              return;
            }
          }
          throw new Error("text not found: " + text);
        }""",
        text,
    )


def axe_violations(page: Page, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """axe-core's violations of the given impacts on the current page, one line each.

    axe is loaded by the context's init script (see People.context), which the page's
    Content-Security-Policy does not govern, so the check runs under the real CSP.
    """
    results = page.evaluate(
        """async () => await axe.run(document, {
             runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                             "best-practice"]},
             resultTypes: ["violations"],
           })"""
    )
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results["violations"]
        if v["impact"] in impacts
    ]
