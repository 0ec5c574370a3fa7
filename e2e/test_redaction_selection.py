"""Redacting a selection far into a narrative typed with line breaks (issue #13).

The browser submits the typed paragraphs with CRLF; the server stores them LF. The reviewer's
selections sit in the third paragraph, after an emoji and an astral ideograph (each two UTF-16
units, one code point), in English and in Korean: the stored span must cover exactly the name,
and the approved anonymized text, the one exports read, must not contain it. One selection is
made with the mouse, the other as keyboard and touch make them (only `selectionchange` fires).
An indicator's supporting passage, released in the bundle beside the indicator, is reviewed on
the same page: a selection in its second paragraph redacts exactly the name there too.
"""

import json

from playwright.sync_api import Locator, Page, expect

from e2e.conftest import LiveServer, People
from e2e.helpers import (
    MINDER,
    WITNESS,
    TestimonyEntry,
    press,
    select_text,
    verified_in_redaction_review,
)

EMOJI = "\U0001f600"
ASTRAL_HAN = "\U00020000"
ENGLISH_NAME = "Pak"
KOREAN_NAME = "박철민"
ENGLISH = (
    "I am Kim Chol-su. In June 2014 I was sent to a construction site in Kuwait.\n\n"
    "The minder took our passports. We worked fourteen hours a day.\n\n"
    f"{EMOJI} In the third year {ASTRAL_HAN} a man called {ENGLISH_NAME} fell from the scaffold."
)
KOREAN = (
    "저는 김철수입니다. 2014년 6월 쿠웨이트의 건설 현장에 파견되었습니다.\n\n"
    "감독관이 여권을 가져갔습니다. 하루 14시간씩 일했습니다.\n\n"
    f"{EMOJI} 셋째 해에 {ASTRAL_HAN} {KOREAN_NAME} 동무가 비계에서 떨어졌습니다."
)
PASSAGE_NAME = "Ttongbo"
PASSAGE = (
    "The minder took our passports.\n\n"
    f"{EMOJI} Later {ASTRAL_HAN} the cook {PASSAGE_NAME} hid them in the kitchen."
)
PASSAGE_FIELD = "passage-retention_of_documents-employment"
TESTIMONY = TestimonyEntry(
    original=KOREAN,
    english=ENGLISH,
    persons=(WITNESS, MINDER),
    indicators=(("retention_of_documents", PASSAGE),),
)

STORED = """
import json
from testimony.models import Anonymization, IndicatorTag, Narrative, Testimony
testimony = Testimony.objects.get(case_code={case!r})
tag = IndicatorTag.objects.get(testimony=testimony)
narrative = Narrative.objects.get(testimony=testimony)
anonymization = Anonymization.objects.get(testimony=testimony, version_number=testimony.revision)
print(json.dumps({{
    "original": narrative.original,
    "english": narrative.english,
    "passage-" + tag.indicator + "-" + tag.phase: tag.passage,
    "decisions": json.loads(anonymization.decisions),
    "approved": anonymization.approved_at is not None,
    "anonymized_original": anonymization.original,
    "anonymized_english": anonymization.english,
    "anonymized_passages": anonymization.passages,
}}))
"""


def select_without_mouse(page: Page, field: str, text: str) -> None:
    """Select `text` as Shift+arrows or a finger would: no mouseup, only selectionchange."""
    page.locator(f".redaction-text[data-field={field}]").evaluate(
        """(element, text) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(text);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              window.getSelection().removeAllRanges();
              window.getSelection().addRange(range);
              return;
            }
          }
          throw new Error("text not found: " + text);
        }""",
        text,
    )


def reject_proposals_of(page: Page, name: str) -> None:
    """Reject what the detector proposed for `name`, so that only the selection redacts it."""
    proposals = page.locator(".list-group-item", has_text=name).filter(
        has=page.get_by_role("button", name="Reject: not a private person")
    )
    while proposals.count():
        with page.expect_navigation():
            proposals.first.get_by_role("button", name="Reject: not a private person").click()


def manual_redaction_of(page: Page, name: str) -> Locator:
    return page.locator(".list-group-item", has_text=name).filter(
        has=page.get_by_role("button", name="Remove this redaction")
    )


def test_a_selection_in_the_third_paragraph_redacts_exactly_the_name(
    people: People, app_server: LiveServer
) -> None:
    carol, case = verified_in_redaction_review(people, TESTIMONY)
    preview = carol.locator("[data-selection-preview]")
    reject_proposals_of(carol, ENGLISH_NAME)
    reject_proposals_of(carol, KOREAN_NAME)

    select_text(carol, ".redaction-text[data-field=english]", ENGLISH_NAME)
    expect(preview).to_have_text(ENGLISH_NAME)
    press(carol, "Redact the selection")
    expect(manual_redaction_of(carol, ENGLISH_NAME)).to_have_count(1)

    select_without_mouse(carol, "original", KOREAN_NAME)
    expect(preview).to_have_text(KOREAN_NAME)
    expect(carol.locator("#redact-selection [name=selected]")).to_have_value(KOREAN_NAME)
    press(carol, "Redact the selection")
    expect(manual_redaction_of(carol, KOREAN_NAME)).to_have_count(1)

    reject_proposals_of(carol, PASSAGE_NAME)
    select_text(carol, f".redaction-text[data-field={PASSAGE_FIELD}]", PASSAGE_NAME)
    expect(preview).to_have_text(PASSAGE_NAME)
    press(carol, "Redact the selection")
    expect(manual_redaction_of(carol, PASSAGE_NAME)).to_have_count(1)
    press(carol, "Approve the anonymized text")

    output = app_server.manage("shell", "-c", STORED.format(case=case))
    stored = json.loads(output.strip().splitlines()[-1])  # after the shell's own notice
    assert stored["english"] == ENGLISH  # typed with CRLF, stored with LF
    assert stored["original"] == KOREAN
    assert stored[PASSAGE_FIELD] == PASSAGE
    spans = {
        manual["field"]: stored[manual["field"]][manual["start"] : manual["end"]]
        for manual in stored["decisions"]["manual"]
    }
    assert spans == {
        "english": ENGLISH_NAME,
        "original": KOREAN_NAME,
        PASSAGE_FIELD: PASSAGE_NAME,
    }
    assert stored["approved"]
    assert ENGLISH_NAME not in stored["anonymized_english"]
    assert KOREAN_NAME not in stored["anonymized_original"]
    # Only the name went: the characters around it are all still there.
    assert "a man called [redacted] fell" in stored["anonymized_english"]
    assert f"{ASTRAL_HAN} [redacted] 동무가" in stored["anonymized_original"]
    passage = stored["anonymized_passages"][PASSAGE_FIELD]["text"]
    assert passage.endswith(
        f"{EMOJI} Later {ASTRAL_HAN} the cook [redacted] hid them in the kitchen."
    )
