"""A registered Hangul alias that is also a common noun (곰, 여우, 감자: Kiwi reads it as one
common noun): written as the word ("진짜 곰이 나타났다", "여우 같았어요", "곰처럼 미련하게")
it is neither replaced nor proposed by the detector, but listed for the reviewer, and approval
waits for the decision. Where it names the person ("곰은 안 도망가요", "여우가 여권을
가져갔다") it is still replaced, and an alias that is no common word (순희, 철이) always is."""

from collections.abc import Callable

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson
from testimony.anonymize.unresolved import REASON_WORD_ALIAS_HANGUL, unresolved_tokens
from testimony.models import Person, Status, Testimony
from testimony.tests.test_redactions import change, review_redactions, where, with_narrative
from testimony.workflow import transition

BEAR = RegisteredPerson("p1", "Tae Chang-ho", "Supervisor 1", "태창호", ("곰",), "supervisor")
FOX = RegisteredPerson("p2", "Son Mi-hyang", "Supervisor 2", "손미향", ("여우",), "supervisor")
SUNHUI = RegisteredPerson("p3", "Ri Sun-hui", "Co-worker 1", "리순희", ("순희",), "coworker")


def _listed(text: str, persons: list[RegisteredPerson]) -> list[str]:
    spans = anonymize(text, persons).spans
    known = [name for person in persons for name in (person.hangul, *person.aliases)]
    covered = [(span.start, span.end) for span in spans]
    return [
        item.text
        for item in unresolved_tokens(text, covered, known_names=known, named=covered)
        if item.reason == REASON_WORD_ALIAS_HANGUL
    ]


TEXT = (
    "반장은 태창호였다. 다들 곰이라고 불렀어요.\r\n"
    "진짜 곰은 사람 보면 도망가는데 곰은 안 도망가요. 🐻\r\n"
    "손미향 조장을 우리는 여우라고 했어요. 생긴 게 여우 같아서가 아니라 곰처럼 미련해서도 "
    "아니고요. 여우가 여권을 가져갔다. 창밖에서 진짜 여우가 울었다."
)


def test_the_alias_written_as_the_word_is_kept_and_listed() -> None:
    result = anonymize(TEXT, [BEAR, FOX])
    assert result.text == (
        "반장은 Supervisor 1이었다. 다들 Supervisor 1이라고 불렀어요.\r\n"
        "진짜 곰은 사람 보면 도망가는데 Supervisor 1은 안 도망가요. 🐻\r\n"
        "Supervisor 2 조장을 우리는 Supervisor 2라고 했어요. 생긴 게 여우 같아서가 아니라 "
        "곰처럼 미련해서도 아니고요. Supervisor 2가 여권을 가져갔다. 창밖에서 진짜 여우가 울었다."
    )
    assert _listed(TEXT, [BEAR, FOX]) == ["곰", "여우", "곰", "여우"]


def test_an_alias_that_is_no_common_word_is_replaced_after_the_same_cues() -> None:
    result = anonymize("진짜 순희가 왔다. 순희처럼 일하는 사람은 없었다.", [SUNHUI])
    assert result.text == "진짜 Co-worker 1이 왔다. Co-worker 1처럼 일하는 사람은 없었다."
    assert _listed("진짜 순희가 왔다.", [SUNHUI]) == []


def test_an_eighty_thousand_character_narrative() -> None:
    paragraph = "진짜 곰이 나타났다. 곰이 여권을 가져갔다.\r\n"
    text = paragraph * 3100
    assert len(text) > 80_000
    result = anonymize(text, [BEAR])
    assert result.text.count("Supervisor 1이 여권을") == 3100
    assert result.text.count("진짜 곰이 나타났다") == 3100
    assert _listed(text, [BEAR]) == ["곰"] * 3100


def test_the_review_page_lists_the_word_and_approval_waits_for_it(
    client: Client, carol: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    supervisor = Person.objects.create(
        testimony=testimony,
        role=Person.Role.SUPERVISOR,
        name_romanized="Tae Chang-ho",
        name_hangul="태창호",
        aliases="곰",
        pseudonym="Supervisor A",
    )
    supervisor.reindex_names()
    original = (
        "저는 림명철입니다.\r\n\r\n태창호가 여권을 가져갔습니다. 진짜 곰이 나타난 날이었습니다."
    )
    with_narrative(testimony, original=original)
    review_redactions(client, carol, testimony)
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert "1 to resolve before approval" in page
    response = client.post(reverse("testimony:redaction_approve", args=[testimony.uuid]))
    assert response.status_code == 409
    change(client, testimony, "keep", **where(testimony, "곰", field="original"))
    response = client.post(reverse("testimony:redaction_approve", args=[testimony.uuid]))
    assert response.status_code in (200, 302)
    approved = testimony.approved_anonymization()
    assert approved is not None
    assert "진짜 곰이 나타난 날이었습니다." in approved.original
    assert "태창호" not in approved.original
