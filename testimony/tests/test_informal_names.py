"""Round 8: the review list reaches the names informal writing hides - chat lines in small
letters, Latin names in Korean sentences, nicknames that are ordinary words, a surname alone
beside a title, a Chinese surname of one character - and approval waits for each of them."""

import json
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.anonymize import informal
from testimony.anonymize.redact import anonymize
from testimony.anonymize.review import RedactionError, redaction_resolve
from testimony.anonymize.spans import RegisteredPerson
from testimony.anonymize.unresolved import unresolved_tokens
from testimony.models import AuditEvent, Status, Testimony
from testimony.tests.test_redactions import review_redactions, with_narrative
from testimony.workflow import transition

CHAT = (
    "[chat export, translated]\r\n\r\n"
    "2021-06-02 03:15 user1: yes. still on the boat 😴\r\n"
    "2021-06-02 03:16 user2: who has the phone\r\n"
    "2021-06-02 03:16 user1: i took it from du-ho. captain nam does not know\r\n"
    "2021-06-02 03:17 user1: yes ko du-ho, the engineer 👍\r\n"
    "2021-06-02 03:18 user1: the bosun is lao chen, we call shorty and glasses the others\r\n"
    "2021-06-02 03:20 user1: shorty hit kyong-su yesterday\r\n"
    "2021-06-02 03:21 user2: is nam paying anything\r\n"
)


def listed(text: str, covered: list[tuple[int, int]] | None = None, **options: object) -> list[str]:
    items = unresolved_tokens(text, covered or [], **options)
    for item in items:
        assert text[item.start : item.end] == item.text
    return [item.text for item in items]


def test_a_chat_in_small_letters_reaches_the_reviewer() -> None:
    """Every name of a CRLF chat with emoji is listed: romanized given names with a hyphen
    (with the surname before one), a name after a title, a pinyin surname after 'lao',
    nicknames after 'we call', and every other mention of each."""
    found = listed(CHAT)
    assert "du-ho" in found
    assert "ko du-ho" in found
    assert found.count("nam") == 2  # "captain nam", then "is nam paying"
    assert "chen" in found
    assert found.count("shorty") == 2
    assert "glasses" in found
    assert "kyong-su" in found


def test_ordinary_small_words_of_the_chat_are_not_listed() -> None:
    found = {word.lower() for word in listed(CHAT)}
    for word in ("boat", "phone", "yes", "the", "engineer", "bosun", "yesterday", "captain"):
        assert word not in found


@pytest.mark.parametrize(
    "text",
    [
        "We called him that, his name was never said.",
        "the client upset everyone. Heard rumours about the visa.",
        "the manager collected the money from everyone",
        "a to-do list and a so-so meal",
    ],
)
def test_english_in_small_letters_stays_off_the_list(text: str) -> None:
    assert listed(text) == []


def test_a_surname_after_a_title_and_a_name_without_hyphen_in_small_letters() -> None:
    """'ms sin' (sin is an English word, but after a title a surname), 'nam cheol'."""
    found = listed("ask ms sin at the church first\nyongi: nam cheol, you dont know him")
    assert found == ["sin", "nam cheol"]


def test_fullwidth_and_zero_width_in_a_chat_name() -> None:
    """Typed with an East-Asian keyboard, or copied with a zero-width space: still listed,
    and the item covers every original character."""
    text = "user1: i took it from ｄｕ-ｈｏ\nuser2: kyong\u200b-su is ok"
    assert listed(text) == ["ｄｕ-ｈｏ", "kyong\u200b-su"]


def test_a_proposed_name_is_listed_again_where_it_stands_in_small_letters() -> None:
    """'Ko Du-ho' is proposed in the narrative; the chat line below writes 'duho' and
    'du-ho': both are listed for the reviewer."""
    text = "The engineer was Ko Du-ho.\nchat: duho has the phone, ask du-ho"
    start = text.index("Ko Du-ho")
    found = listed(text, [(start, start + 8)], named=[(start, start + 8)])
    assert found == ["duho", "du-ho"]


def test_latin_words_in_a_korean_sentence() -> None:
    """Before a Korean title, or with a Korean particle welded on: 'won 팀장', 'sunggi한테'."""
    text = "dev_2: 몰라 ㅋㅋ won 팀장 어제 술 마심 🍺\ndev_1: 🙄 tony가 sunggi한테 다 떠넘김"
    found = listed(text)
    assert "sunggi" in found
    assert "tony" in found
    assert "won" not in found  # the currency, an English word: the title alone does not tell


def test_a_korean_nickname_and_its_other_mentions() -> None:
    """별명이 다람쥐: the nickname is an ordinary word (a squirrel); every mention of it as a
    word, with its particles, is listed, but not inside another word."""
    text = (
        "금별이는 별명이 다람쥐였어요. 빨리빨리 움직여서.\r\n"
        "다람쥐가 제일 먼저 몽골말을 배웠어요. 다람쥐털 모자는 없었어요."
    )
    found = listed(text)
    assert found.count("다람쥐") == 2


def test_a_nickname_called_in_quotes_or_in_english() -> None:
    text = "Yong-sik was my friend. We called him 멸치, anchovy.\n모두 멸치라고 불렀어요."
    assert listed(text).count("멸치") == 2


def test_a_title_called_is_no_nickname() -> None:
    """조 아바이라고 불렀지비: 아바이 is a title, and "저우 반장"이라고 quotes a title."""
    found = listed('다들 조 아바이라고 불렀지비. 작업자들은 "저우 반장"이라고 불렀음.')
    assert "아바" not in found
    assert "이" not in found


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("진에서 온 도 기사가 밤새 옆에 있었어요.", "도"),
        ("제일 무서워한 건 대사관 사람 현 참사였어요.", "현"),
        ("비판 총화를 주도한 사람은 당 비서 편이었습니다.", "편"),
    ],
)
def test_a_korean_surname_alone_beside_a_title(text: str, surname: str) -> None:
    """도 (also), 현 (current), 편 (side) are words too: the reviewer decides."""
    assert surname in listed(text)


def test_a_chinese_surname_of_one_character() -> None:
    text = "공장 사장은 정 사장, 한족이고 郑이라고 썼어요. 1999年에 왔대요."
    found = listed(text)
    assert "郑" in found
    assert "年" not in found


def test_the_hangul_speakers_of_a_chat_and_their_other_mentions() -> None:
    """A chat typed in Hangul: the speakers '별' and '금철' (a star, and a name) are listed
    at every line they open and where the other calls them (별아, 금철아); the transcript's
    roles (면담자, 증인, 재판장) are not."""
    chat = (
        "[카톡 대화, 면담자가 옮겨 적음]\r\n"
        "금철: 야 자냐\r\n별: 안자 왜\r\n금철: 호랑이 오늘 또 😡\r\n"
        "별: 힘내 금철아 💪\r\n금철: 너도 별아 자라\r\n"
    )
    found = listed(chat)
    assert sum(item.startswith("별") for item in found) == 3
    assert sum(item.startswith("금철") for item in found) == 4
    transcript = "재판장: 이름을 말씀해 주십시오.\n증인: 네.\n재판장: 계속하십시오.\n증인: 네.\n"
    assert listed(transcript) == []


def test_small_surnames_and_initials_in_interview_notes() -> None:
    """Typed-up notes: 'mentions hyon', 'coworker p.d.s.', but not 'e.g.' or 'Sp. z o.o.'."""
    notes = "- coworker p.d.s. lost 2 fingers\n- mentions hyon - cook? e.g. ask next time\n"
    assert listed(notes) == ["p.d.s.", "hyon"]
    assert "o.o." not in listed("a Polish agency, Wonder Sp. z o.o., paid us")


def test_a_quoted_word_called_is_a_nickname() -> None:
    text = '감독은 네팔 사람이었는데 우리는 "람"이라고 했다. 람은 우리에게 도시락을 나눠 줬다.'
    assert listed(text).count("람") == 2


def test_the_pipeline_leaves_them_and_the_review_lists_them_with_a_reason() -> None:
    """End to end on a registered witness's chat: what the finders leave is on the list,
    each item with a reason a reviewer can read."""
    witness = RegisteredPerson("p1", "Ri Chol-ho", "Witness A", "리철호")
    text = "I am Ri Chol-ho.\r\n\r\n" + CHAT
    result = anonymize(text, [witness], detect=True)
    covered = [(span.start, span.end) for span in result.spans]
    items = unresolved_tokens(text, covered, named=covered)
    reasons = {item.text: item.reason for item in items}
    assert reasons["kyong-su"] == "romanized Korean name written in small letters"
    assert reasons["chen"] == "word in small letters after a title or 'called'"


@pytest.mark.django_db
def test_approval_waits_for_the_chat_names(
    client: Client, carol: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """On the redaction page the chat's names are unresolved items, and approval is refused
    until each is kept or redacted; the Korean interface names the new reasons in Korean."""
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    with_narrative(testimony, english="I am Rim Myong-chol.\r\n" + CHAT)
    review_redactions(client, carol, testimony)
    url = reverse("testimony:redactions", args=[testimony.uuid])
    page = client.get(url).content.decode()
    assert 'aria-label="kyong-su"' in page
    assert 'aria-label="chen"' in page
    korean = client.get(url, headers={"accept-language": "ko"}).content.decode()
    assert "작은 글자로 쓴 한국 이름" in korean
    response = client.post(reverse("testimony:redaction_approve", args=[testimony.uuid]))
    assert response.status_code == 409
    assert "&#x27;du-ho&#x27; (English translation, paragraph 5)" in response.content.decode()
    assert testimony.approved_anonymization() is None


def test_a_statement_read_back_with_corrections_keeps_the_word_correction() -> None:
    """정정 (a correction) reads like a surname and a given name; in a statement read back to
    the witness, "[정정: ...]" marks each correction and is no person."""
    text = (
        "진술서 확인 기록 - 증언자에게 읽어 주고 정정 사항을 [정정]으로 표시함.\r\n"
        "1. 저는 옥철남입니다. [정정: 통역이 1981년이라고 함]\r\n"
        "2. 옆집 할머니는 아직 정정하십니까?"
    )
    witness = RegisteredPerson("p1", "Ok Chol-nam", "Witness A", "옥철남")
    result = anonymize(text, [witness], detect=True)
    assert "정정" not in [span.text for span in result.spans]
    assert "옥철남" in [span.text for span in result.spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("여권은 공항에서 내리자마자 강 관리원이 다 걷어 갔습니다.", "강"),
        ("러시아 반장 나타샤 아줌마는 좋아요.", "나타샤"),
        ("네팔 노동자 람(Ram?) - 물 나눠줌", "람"),
        ("He wrote his name for me: রহিম, in Bengali.", "রহিম"),
        ("[Translator: my English name is Grace; my Korean name is 신은지.]", "신은지"),
    ],
)
def test_round_10_names(text: str, name: str) -> None:
    """A surname before a word for a post, a Hangul name glossed in Latin letters, a name in
    Bengali script, a Hangul name in an English line."""
    assert name in listed(text)


def test_a_bilingual_forms_labels_are_not_names() -> None:
    """성명 (Name), 가족 (Family): a form's labels glossed in English; a line of Korean and
    English glosses is not an English line with a Korean name in it."""
    form = "성명 (Name): SON KYONG-IL\n성별 (Sex): M\n가족 (Family): sister\n요약 (Summary): none"
    by_these_rules = [
        item.text for item in unresolved_tokens(form, []) if item.reason in informal.REASONS
    ]
    for label in ("성명", "성별", "가족", "요약"):
        assert label not in by_these_rules


@pytest.mark.django_db
def test_redact_every_mention_of_a_listed_word_at_once(
    client: Client, carol: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A chat names 'nam' twice in the English text, and the original twice, once in fullwidth
    letters: the list offers 'Redact all 4', which redacts the four in both narratives with one
    audit event; keeping stays one place at a time."""
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    with_narrative(
        testimony,
        english="I am Rim Myong-chol.\r\n" + CHAT,
        original="선장은 ｎａｍ 이라고 했다. captain nam은 배에 있었다.",
    )
    review_redactions(client, carol, testimony)
    url = reverse("testimony:redactions", args=[testimony.uuid])
    page = client.get(url).content.decode()
    assert "Redact all 4" in page
    english = testimony.narrative.english
    start = english.index("captain nam") + len("captain ")
    response = client.post(
        reverse("testimony:redaction_change", args=[testimony.uuid, "redact_all"]),
        {"field": "english", "start": start, "end": start + 3},
    )
    assert response.status_code == 302
    decisions = json.loads(testimony.anonymizations.get().decisions)
    redacted = sorted((m["field"], m["start"]) for m in decisions["manual"])
    assert len(redacted) == 4
    assert {field for field, _start in redacted} == {"english", "original"}
    event = AuditEvent.objects.filter(
        testimony=testimony, action=AuditEvent.Action.REDACTION_CHANGED
    ).get()
    assert event.detail == {"decision": "redacted", "mentions": 4}
    page = client.get(url).content.decode()
    assert 'aria-label="nam"' not in page
    assert "ｎａｍ" not in page.split('id="unresolved"')[1].split("</section>")[0]


@pytest.mark.django_db
def test_keeping_is_never_for_every_mention(
    carol: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    with_narrative(testimony, english="I am Rim Myong-chol.\r\n" + CHAT)
    english = testimony.narrative.english
    start = english.index("captain nam") + len("captain ")
    with pytest.raises(RedactionError, match="Only a redaction"):
        redaction_resolve(
            testimony=testimony,
            by=carol,
            field_name="english",
            start=start,
            end=start + 3,
            choice="keep",
            every_mention=True,
        )


def test_an_80000_character_chat_with_crlf_zero_width_and_emoji_keeps_its_offsets() -> None:
    """A long export as users paste it: CRLF, emoji before the names, a zero-width space and
    fullwidth letters inside them, the names far past the first paragraph. Every item's offsets
    cut exactly its text from the original, and the names at the end are still listed."""
    filler = "user2: ok 😴 the boat is cold and the work goes on\r\n" * 1600
    tail = "user1: 🙄 i took it from ｄｕ-ｈｏ\r\nuser1: kyong\u200b-su is sick, ask lao chen\r\n"
    text = "[chat export]\r\n\r\n" + filler + tail
    assert len(text) > 80_000
    found = listed(text)  # asserts text[start:end] == item.text for every item
    assert found[-3:] == ["ｄｕ-ｈｏ", "kyong\u200b-su", "chen"]
