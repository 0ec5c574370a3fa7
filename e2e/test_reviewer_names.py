"""A name the reviewer redacts is a name the finders then look for (issue #13, round 13).

No finder knows the foreign co-worker's name. The reviewer selects it once, in the first
paragraph of the English text, and presses "Redact the selection": the page then highlights
his surname standing alone further down and in the Korean original (with a particle welded
on) as proposals, the list no longer asks about them, and the approved text keeps none.
"""

import json

from playwright.sync_api import expect

from e2e.conftest import LiveServer, People
from e2e.helpers import (
    MINDER,
    WITNESS,
    TestimonyEntry,
    press,
    select_text,
    verified_in_redaction_review,
)

NAME = "Ondjaba Tjikuua"
ENGLISH = (
    "I am Kim Chol-su. In 2016 I was sent to a construction site in Kuwait.\n\n"
    f"We shared the room with {NAME}, a driver from the same company.\n\n"
    "In winter Tjikuua fell ill 😞 and nobody took him to a doctor."
)
KOREAN = (
    "저는 김철수입니다. 2016년 쿠웨이트의 건설 현장에 파견되었습니다.\n\n"
    "겨울에 Tjikuua가 아팠는데 아무도 병원에 데려가지 않았습니다."
)
TESTIMONY = TestimonyEntry(original=KOREAN, english=ENGLISH, persons=(WITNESS, MINDER))

APPROVED = """
import json
from testimony.models import Anonymization, Testimony
testimony = Testimony.objects.get(case_code={case!r})
anonymization = Anonymization.objects.get(testimony=testimony, version_number=testimony.revision)
print(json.dumps({{"original": anonymization.original, "english": anonymization.english}}))
"""


def test_a_name_redacted_once_is_proposed_wherever_else_it_stands(
    people: People, app_server: LiveServer
) -> None:
    carol, case = verified_in_redaction_review(people, TESTIMONY)
    proposals = carol.locator(".list-group-item", has_text="a reviewer redacted")
    expect(proposals).to_have_count(0)

    select_text(carol, ".redaction-text[data-field=english]", NAME)
    expect(carol.locator("[data-selection-preview]")).to_have_text(NAME)
    press(carol, "Redact the selection")

    # Paragraph 3 of the English text and the Korean original, each a proposal now.
    expect(proposals).to_have_count(2)
    expect(carol.locator("#unresolved")).not_to_contain_text("Tjikuua")
    press(carol, "Approve the anonymized text")

    output = app_server.manage("shell", "-c", APPROVED.format(case=case))
    approved = json.loads(output.strip().splitlines()[-1])
    assert "a driver from the same company" in approved["english"]
    assert "아무도 병원에" in approved["original"]
    assert "Tjikuua" not in approved["english"]
    assert "Tjikuua" not in approved["original"]
    assert "Ondjaba" not in approved["english"]
