"""The review list on a chat typed in small letters (issue #13, rounds 8-10), by keyboard.

A coordinator reviews a narrative whose English part is a chat export: the names in it are in
small letters and the speaker 'nam' comes back several times. Working down the list with the
keyboard alone (the focus lands on the first item after each decision), A redacts every
mention of 'nam' at once and R the rest; the anonymized text that exports read then holds
none of the chat's names.
"""

import json

from playwright.sync_api import Page, expect

from e2e.conftest import LiveServer, People
from e2e.helpers import MINDER, WITNESS, TestimonyEntry, press, verified_in_redaction_review

CHAT_NAMES = ("nam", "du-ho", "kyong-su", "chen")
ENGLISH = (
    "I am Kim Chol-su. The chat below is from the boat, as the witness kept it.\n\n"
    "user1: still on the boat, captain nam does not know\n"
    "user2: who has the phone\n"
    "user1: i took it from du-ho\n"
    "user1: the bosun is lao chen, he is fine\n"
    "user1: yesterday nam hit kyong-su\n"
    "user2: is nam paying anything\n"
)
KOREAN = "저는 김철수입니다. 배에서 쓴 대화를 그대로 옮겼습니다."
TESTIMONY = TestimonyEntry(original=KOREAN, english=ENGLISH, persons=(WITNESS, MINDER))

STORED = """
import json
from testimony.models import Anonymization, Testimony
testimony = Testimony.objects.get(case_code={case!r})
anonymization = Anonymization.objects.get(testimony=testimony, version_number=testimony.revision)
print(json.dumps({{"approved": anonymization.approved_at is not None,
                  "english": anonymization.english}}))
"""


def decide_first_item(page: Page, key: str) -> None:
    """The focus is on the first item still listed (unresolved.js); press `key` there."""
    first = page.locator("[data-unresolved-item]").first
    first.focus()
    with page.expect_navigation():
        page.keyboard.press(key)


def test_a_chat_in_small_letters_is_resolved_by_keyboard(
    people: People, app_server: LiveServer
) -> None:
    carol, case = verified_in_redaction_review(people, TESTIMONY)
    items = carol.locator("[data-unresolved-item]")
    for name in CHAT_NAMES:
        expect(items.filter(has=carol.locator(f'strong:text-is("{name}")')).first).to_be_visible()
    nam = items.filter(has=carol.locator('strong:text-is("nam")'))
    expect(nam).to_have_count(3)
    expect(nam.first.get_by_role("button", name="Redact all 3")).to_be_visible()

    nam.first.focus()
    with carol.expect_navigation():
        carol.keyboard.press("a")
    expect(items.filter(has=carol.locator('strong:text-is("nam")'))).to_have_count(0)

    while items.count():
        first = items.first
        key = "r" if first.locator('button[data-choice="redact"]').count() else "g"
        decide_first_item(carol, key)
    press(carol, "Approve the anonymized text")

    output = app_server.manage("shell", "-c", STORED.format(case=case))
    stored = json.loads(output.strip().splitlines()[-1])
    assert stored["approved"]
    words = stored["english"].replace(",", " ").split()
    for name in CHAT_NAMES:
        assert name not in words
