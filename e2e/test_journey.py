"""A testimony's whole way through the office, in a real browser, one person per browser.

Alice interviews a witness and records the Korean testimony; Bob reviews it and asks for a
change; Alice fixes it; Bob corrects a detail himself, so four eyes refuse him the verification
and Dana verifies; Carol reviews the redactions, adds one by selecting text, approves, builds a
petition bundle, downloads it, and the ZIP is checked like a recipient would.
"""

import json
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from e2e.conftest import LiveServer, People
from e2e.helpers import (
    JOURNEY_TESTIMONY,
    NICKNAME,
    PASSWORD,
    REAL_NAMES,
    enter_second_factor_if_asked,
    log_in,
    open_case,
    press,
    record_testimony,
    save_form,
    select_text,
    show_originals,
)

Shoot = Callable[..., None]
Check = Callable[[Page, str], None]


def test_a_korean_testimony_goes_from_interview_to_a_verified_bundle(
    people: People,
    app_server: LiveServer,
    shoot: Shoot,
    check_accessibility: Check,
    tmp_path: Path,
) -> None:
    # Alice logs in with her password and the code of her authenticator app.
    alice = people.page()
    alice.goto("/")
    check_accessibility(alice, "login")
    shoot(alice, "01-login")
    log_in(alice, "alice", on_code_page=lambda page: shoot(page, "02-second-factor"))
    people.states["alice"] = alice.context.storage_state()

    # She records the testimony and submits it.
    check_accessibility(alice, "dashboard")
    alice.goto("/testimonies/new/")
    check_accessibility(alice, "entry form")
    case = record_testimony(alice, JOURNEY_TESTIMONY, interviewer="alice")
    # The persons table masks names until someone asks, on the record, to see them.
    persons = alice.locator("table", has_text="Witness K")
    expect(persons).to_be_visible()
    expect(persons).not_to_contain_text("Kim Chol-su")
    check_accessibility(alice, "detail")
    shoot(alice, "03-testimony-detail")
    press(alice, "Submit for review")
    expect(alice.locator("h1")).to_contain_text("Submitted")

    # Bob finds it in his queue, starts the review and asks for a change.
    bob = people.as_user("bob")
    bob.goto("/review/")
    check_accessibility(bob, "review queue")
    shoot(bob, "04-review-queue")
    open_case(bob, case, start="/review/")
    press(bob, "Start the review")
    bob.locator("#note-request_changes").fill("Please add the days off per month in the facts.")
    shoot(bob, "05-request-changes")
    press(bob, "Request changes")
    expect(bob.locator("h1")).to_contain_text("Changes requested")

    # Alice reads the request on her dashboard, fixes the testimony and submits it again.
    alice.goto("/")
    expect(alice.locator("main")).to_contain_text("Please add the days off per month")
    with alice.expect_navigation():
        alice.get_by_role("link", name=case).first.click()
    with alice.expect_navigation():
        alice.get_by_role("link", name="Edit", exact=True).click()
    alice.locator("[name=days_off_per_month]").fill("3")
    save_form(alice)
    press(alice, "Submit for review")

    # Bob corrects a detail himself; now another reviewer must verify, and the page says so.
    open_case(bob, case, start="/review/")
    press(bob, "Start the review")
    with bob.expect_navigation():
        bob.get_by_role("link", name="Edit", exact=True).click()
    bob.locator("[name=postings-0-work_site]").fill("Apartment construction site, Kuwait City")
    save_form(bob)
    verify = bob.get_by_role("button", name="Verify facts and indicators")
    expect(verify).to_be_disabled()
    expect(bob.locator("main")).to_contain_text(
        "You made the last edit to this testimony; another reviewer must verify it"
    )
    shoot(bob, "06-four-eyes")

    dana = people.as_user("dana")
    open_case(dana, case)
    press(dana, "Verify facts and indicators")
    expect(dana.locator("h1")).to_contain_text("Verified")

    # Carol reviews the proposed redactions, redacts a nickname by selecting it, approves.
    # The review shows the original, so it opens with her password (the one door).
    carol = people.page()
    log_in(carol, "carol")
    open_case(carol, case)
    with carol.expect_navigation():
        carol.get_by_role("link", name="Review redactions").click()
    show_originals(carol, "carol", "Show the original for the redaction review")
    original = carol.locator(".redaction-text").first
    for name in ("김철수", "박성일"):
        expect(original.locator("mark", has_text=name).first).to_be_visible()
    check_accessibility(carol, "redactions")
    select_text(carol, ".redaction-text", NICKNAME)
    expect(carol.locator("[data-selection-preview]")).to_have_text(NICKNAME)
    # On a long narrative the bar with the button stays at the bottom of the window.
    expect(carol.get_by_role("button", name="Redact the selection")).to_be_in_viewport()
    shoot(carol, "07-redactions")
    press(carol, "Redact the selection")
    expect(carol.locator(".list-group-item", has_text=NICKNAME)).to_contain_text(
        "Remove this redaction"
    )
    press(carol, "Approve the anonymized text")
    expect(carol.get_by_role("alert").first).to_contain_text("anonymized text")
    press(carol, "Approve for export")
    expect(carol.locator("h1")).to_contain_text("Approved")
    # The rest happens in another session, whose bundle download asks for the password anew.
    carol = people.as_user("carol")

    # The approved, anonymized narrative is what search reads: a Hangul word finds the case.
    carol.goto("/testimonies/?q=여권")
    expect(carol.get_by_role("link", name=case)).to_be_visible()
    carol.goto("/testimonies/?q=" + NICKNAME)
    expect(carol.get_by_role("link", name=case)).to_have_count(0)
    check_accessibility(carol, "list")

    # Carol opens a petition, selects the case and builds a bundle.
    carol.goto("/petitions/new/")
    carol.locator("[name=title]").fill("Forced labour on Kuwaiti construction sites")
    carol.locator("[name=slug]").fill("kuwait-construction")
    carol.locator("[name=mandate]").select_option(index=1)
    carol.locator("[name=summary]").fill("Witnesses describe confiscated passports.")
    carol.locator("[name=contact]").fill("Demo NGO, Seoul")
    save_form(carol)
    carol.get_by_role("checkbox", name=case).check()
    press(carol, "Save the selection")
    check_accessibility(carol, "petition")
    press(carol, "Build a bundle")
    expect(carol.get_by_role("progressbar")).to_be_visible()
    carol.locator("#bundles").scroll_into_view_if_needed()
    shoot(carol, "08-bundle-progress")
    download_link = carol.get_by_role("link", name="Download")
    expect(download_link).to_be_visible(timeout=90_000)
    shoot(carol, "09-bundle-done")

    # Downloading asks for the password again.
    with carol.expect_navigation():
        download_link.click()
    shoot(carol, "10-confirm-password")
    carol.locator("input[name=password]").fill(PASSWORD)
    with carol.expect_download() as download_info:
        carol.locator("input[name=password]").press("Enter")
        enter_second_factor_if_asked(carol, "carol")
    bundle = tmp_path / "bundle.zip"
    download_info.value.save_as(bundle)

    _check_bundle(bundle, case, app_server)


def _check_bundle(bundle: Path, case: str, app_server: LiveServer) -> None:
    """What a recipient checks: the case is listed, no name is in any file, the signature holds."""
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert case in json.dumps(manifest)
        for member in archive.namelist():
            text = _text_of(member, archive.read(member))
            for name in REAL_NAMES:
                assert name not in text, f"{name} found in {member}"
    # verify_bundle exits 1 (and manage() raises) when a file or the signature does not match.
    app_server.manage("verify_bundle", str(bundle))


def _text_of(member: str, content: bytes) -> str:
    """A file's readable text: PDF text, the XML inside DOCX/XLSX, or the bytes as UTF-8."""
    if member.endswith(".pdf"):
        return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(content)).pages)
    if member.endswith((".docx", ".xlsx")):
        with zipfile.ZipFile(BytesIO(content)) as document:
            return "\n".join(
                document.read(part).decode("utf-8", "replace")
                for part in document.namelist()
                if part.endswith(".xml")
            )
    return content.decode("utf-8", "replace")
