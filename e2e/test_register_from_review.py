"""Registering, from the redaction review, a person the statement names (issue #13).

The reviewer selects the foreign co-worker's full name in the English text, presses "Register
the selection as a person", chooses the role and registers: the page then proposes his surname
alone further down and in the Korean original (a particle welded on) with his pseudonym, the
redaction the reviewer had made before is still there, and the approved text keeps no part of
the name.
"""

import json

from playwright.sync_api import expect

from e2e.conftest import LiveServer, People
from e2e.helpers import (
    MINDER,
    WITNESS,
    TestimonyEntry,
    open_case,
    press,
    record_testimony,
    select_text,
    show_originals,
)
from e2e.test_reviewer_names import APPROVED

NAME = "Ondjaba Tjikuua"
ENGLISH = (
    "I am Kim Chol-su. In 2016 I was sent to a construction site in Kuwait.\n\n"
    f"We shared the room with {NAME}, a driver from the same company.\n\n"
    "In winter Tjikuua fell ill 😞 and nobody took him to a doctor. The nurse Maria helped."
)
KOREAN = (
    "저는 김철수입니다. 2016년 쿠웨이트의 건설 현장에 파견되었습니다.\n\n"
    "겨울에 Tjikuua가 아팠는데 아무도 병원에 데려가지 않았습니다."
)
TESTIMONY = TestimonyEntry(original=KOREAN, english=ENGLISH, persons=(WITNESS, MINDER))


def test_a_person_registered_from_the_review_is_proposed_everywhere(
    people: People, app_server: LiveServer
) -> None:
    alice = people.as_user("alice")
    case = record_testimony(alice, TESTIMONY, interviewer="alice")
    press(alice, "Submit for review")
    bob = people.as_user("bob")
    open_case(bob, case, start="/review/")
    press(bob, "Start the review")
    with bob.expect_navigation():
        bob.get_by_role("link", name="Review redactions").click()
    show_originals(bob, "bob", "Show the original for the redaction review")

    # A decision made first: the nurse's name redacted by selection.
    select_text(bob, ".redaction-text[data-field=english]", "Maria")
    press(bob, "Redact the selection")

    select_text(bob, ".redaction-text[data-field=english]", NAME)
    bob.get_by_role("button", name="Register the selection as a person").click()
    expect(bob.get_by_label("Name as written")).to_have_value(NAME)
    expect(bob.get_by_label("Name as written")).to_be_focused()
    bob.get_by_label("Role").select_option(label="Co-worker")
    press(bob, "Register")

    expect(bob.locator(".alert-success")).to_contain_text("Registered as")
    expect(bob.locator(".alert-success")).not_to_contain_text("Tjikuua")
    expect(bob.locator("#carried-decisions")).to_contain_text("1 decision made on version 1")
    registered = bob.locator(".list-group-item", has_text="registered:")
    expect(registered.filter(has_text="Tjikuua")).to_have_count(3)
    expect(bob.locator(".list-group-item", has_text="Maria")).to_contain_text("added by")

    # Registering is an edit: four eyes, so another reviewer verifies.
    open_case(bob, case)
    expect(bob.get_by_role("button", name="Verify facts and indicators")).to_be_disabled()
    dana = people.as_user("dana")
    open_case(dana, case)
    press(dana, "Verify facts and indicators")
    carol = people.as_user("carol")
    open_case(carol, case)
    with carol.expect_navigation():
        carol.get_by_role("link", name="Review redactions").click()
    show_originals(carol, "carol", "Show the original for the redaction review")
    press(carol, "Approve the anonymized text")

    output = app_server.manage("shell", "-c", APPROVED.format(case=case))
    approved = json.loads(output.strip().splitlines()[-1])
    for name in ("Tjikuua", "Ondjaba", "Maria"):
        assert name not in approved["english"]
    assert "Tjikuua" not in approved["original"]
    assert "a driver from the same company" in approved["english"]
