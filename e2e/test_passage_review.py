"""Reviewing only the passages of an anonymized text approved before passages were reviewed
(issue #13), as a coordinator does it in the browser.

Such an approval holds no passages, so a bundle leaves every passage out. The testimony's page
says so and offers *Review the passages*; the page that opens shows only the passages, and a
selection in a passage's second paragraph, after an emoji and an astral ideograph, redacts
exactly the name. Approving stores the passage on that same approval; the narratives keep the
text approved before, and the page no longer offers the review.
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
    select_text,
    verified_in_redaction_review,
)
from e2e.test_redaction_selection import (
    ASTRAL_HAN,
    EMOJI,
    PASSAGE,
    PASSAGE_FIELD,
    PASSAGE_NAME,
    manual_redaction_of,
    reject_proposals_of,
)

TESTIMONY = TestimonyEntry(
    original="저는 김철수입니다. 2014년 쿠웨이트에 파견되었습니다.",
    english="I am Kim Chol-su. I was sent to Kuwait in 2014.",
    persons=(WITNESS, MINDER),
    indicators=(("retention_of_documents", PASSAGE),),
)

# The approval as it was made before passages were reviewed: narratives only, no passages.
LEGACY = """
from django.contrib.auth.models import User
from django.utils import timezone
from testimony.models import Anonymization, Testimony
testimony = Testimony.objects.get(case_code={case!r})
Anonymization.objects.filter(testimony=testimony, version_number=testimony.revision).update(
    original="저는 증인 A입니다. 2014년 쿠웨이트에 파견되었습니다.",
    english="I am Witness A. I was sent to Kuwait in 2014.",
    approved_by=User.objects.get(username="carol"),
    approved_at=timezone.now(),
    passages=None,
)
"""

STORED = """
import json
from testimony.models import Anonymization, Testimony
testimony = Testimony.objects.get(case_code={case!r})
anonymization = Anonymization.objects.get(testimony=testimony, version_number=testimony.revision)
print(json.dumps({{"english": anonymization.english, "passages": anonymization.passages}}))
"""


def test_a_coordinator_reviews_the_passages_of_an_earlier_approval(
    people: People, app_server: LiveServer
) -> None:
    carol, case = verified_in_redaction_review(people, TESTIMONY)
    app_server.manage("shell", "-c", LEGACY.format(case=case))

    open_case(carol, case)
    expect(carol.get_by_text("leaves out every passage", exact=False).first).to_be_visible()
    with carol.expect_navigation():
        carol.get_by_role("link", name="Review the passages").first.click()
    if carol.get_by_role("button", name="Show the passages for the review").count():
        press(carol, "Show the passages for the review")
    expect(carol.locator("#passages-only")).to_be_visible()
    # Only the passage is on the page: no narrative to select in.
    expect(carol.locator(".redaction-text")).to_have_count(1)
    expect(carol.locator(f".redaction-text[data-field={PASSAGE_FIELD}]")).to_be_visible()

    reject_proposals_of(carol, PASSAGE_NAME)
    select_text(carol, f".redaction-text[data-field={PASSAGE_FIELD}]", PASSAGE_NAME)
    expect(carol.locator("[data-selection-preview]")).to_have_text(PASSAGE_NAME)
    press(carol, "Redact the selection")
    expect(manual_redaction_of(carol, PASSAGE_NAME)).to_have_count(1)
    press(carol, "Approve the passages")

    output = app_server.manage("shell", "-c", STORED.format(case=case))
    stored = json.loads(output.strip().splitlines()[-1])
    assert stored["english"] == "I am Witness A. I was sent to Kuwait in 2014."
    passage = stored["passages"][PASSAGE_FIELD]["text"]
    assert passage.endswith(
        f"{EMOJI} Later {ASTRAL_HAN} the cook [redacted] hid them in the kitchen."
    )
    assert PASSAGE_NAME not in passage
    open_case(carol, case)
    expect(carol.get_by_role("link", name="Review the passages")).to_have_count(0)
