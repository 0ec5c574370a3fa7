"""Round 11: what the finders themselves now propose, not only the review list: a registered
person's Hangul surname before a word for a post (오 관리원), a registered surname that is also
a word typed in small letters before a verb a person does ("song checked phones"), a Hangul
full name before a post (김서연 기자), and the Hangul speakers of a chat; and what stays."""

import pytest

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson

OH = RegisteredPerson("p1", "O Hak-chol", "Supervisor 1", "오학철")
MO = RegisteredPerson("p2", "Mo Hak-son", "Supervisor 2", "모학선")
SONG = RegisteredPerson("p3", "Song Ju-yong", "Supervisor 3", "송주영")
YANG = RegisteredPerson("p4", "Yang Chol-su", "Supervisor 4", "양철수")


def _found(text: str, persons: list[RegisteredPerson]) -> list[str]:
    return [span.text for span in anonymize(text, persons).spans]


def test_a_registered_surname_before_a_post_is_that_person() -> None:
    """The post comes first, the full name only after it, in a CRLF answer with an emoji."""
    text = (
        "문: 현장 책임자는 누구였습니까?\r\n\r\n"
        "답: 오 관리원입니다 😞 오학철이라고, 평양 사람입니다.\r\n"
        "오 관리원이 여권이랑 돈을 다 쥐고 있었습니다. 오관리원은 무서웠어요."
    )
    result = anonymize(text, [OH])
    assert [span.text for span in result.spans] == ["오", "오학철", "오", "오"]
    assert "오 관리원" not in result.text
    assert "Supervisor 1 관리원" in result.text


def test_a_surname_that_is_also_a_word_waits_for_the_full_name() -> None:
    """모 is also "a certain": 모 단장 is the registered 모학선 once he was named in full."""
    before = "모 단장이 왔다. 그리고 단장은 모학선이었습니다."
    after = "단장은 모학선이었습니다.\r\n모 단장은 비행기에서 내리자마자 여권을 걷었습니다."
    assert _found(before, [MO]) == ["모학선"]
    assert _found(after, [MO]) == ["모학선", "모"]


@pytest.mark.parametrize(
    "text",
    [
        "오 명이 왔다. 다섯 명이었다.",  # 오 is "five" before a counter, no post
        "한 의사가 왔다.",  # "one doctor", and no 한 registered
        "오늘 관리원이 왔다.",  # 오늘 is "today"
    ],
)
def test_numbers_and_words_before_a_post_stay(text: str) -> None:
    assert _found(text, [OH, MO]) == []


def test_a_registered_word_surname_in_small_letters_before_a_verb() -> None:
    text = (
        "21:40 okki: sorry song checked phones again 😩\r\n"
        "21:41 contact: who is song\r\n"
        "21:41 okki: the woman boss. song said wages go to the center\r\n"
        "21:45 okki: we sang a song. the song made me cry. her song ended.\r\n"
        "21:50 okki: song took it back next day. yang kept the passports\r\n"
    )
    spans = anonymize(text, [SONG, YANG]).spans
    found = [(span.text, text[span.end + 1 : span.end + 5]) for span in spans]
    assert ("song", "chec") in found
    assert ("song", "said") in found
    assert ("song", "took") in found
    assert ("yang", "kept") in found
    # "a song", "the song made", "her song ended", "who is song": the word, or no verb after it.
    assert len([span for span in spans if span.text == "song"]) == 3
    [reason] = {span.reason for span in spans if span.text == "yang"}
    assert "in lower case, subject of 'kept'" in reason


def test_a_word_surname_in_small_letters_stays_without_a_registered_person() -> None:
    assert _found("sorry song checked phones again", [YANG]) == []


def test_a_hangul_full_name_before_a_post_is_detected() -> None:
    text = '가족을 찾아갈까 두렵다"며 얼굴 공개를 거부했다.\r\n\r\n김서연 기자'
    assert [span.text for span in detect_names(text)] == ["김서연"]
    assert [span.text for span in detect_names("오늘 기자가 왔다. 손님 관리원이 왔다.")] == []


def test_the_hangul_speakers_of_a_chat_are_proposed() -> None:
    text = (
        "[오후 11:05] 꽃순이: 언니 자?\r\n"
        "[오후 11:06] 명실이: 아니 ㅠㅠ\r\n"
        "[오후 11:06] 꽃순이: 전화는 안돼\r\n"
        "[오후 11:07] 명실이: ㅇㅋ 💕\r\n"
    )
    spans = detect_names(text)
    assert [span.text for span in spans if span.text == "꽃순이"] == ["꽃순이", "꽃순이"]
    assert all(text[span.start : span.end] == span.text for span in spans)


@pytest.mark.parametrize(
    "text",
    [
        # A form's labels, each repeated: headings, not speakers.
        "성명: 김철수\n주소: 평양\n성명: 리영호\n주소: 남포\n",
        # A transcript's marks.
        "문: 어디서 일했습니까?\r\n답: 틴다에서요.\r\n문: 얼마나?\r\n답: 3년.\r\n",
        "면담자: 언제?\n증언자: 2016년.\n면담자: 누가?\n증언자: 반장이.\n",
        # Words the analyser knows as common nouns stay on the review list, not proposed.
        "엄마: 밥 먹었어?\n별: 응\n엄마: 뭐 먹었어?\n별: 국수\n",
    ],
)
def test_hangul_labels_that_are_no_names_are_not_proposed(text: str) -> None:
    labels = {line.split(":")[0] for line in text.splitlines()}
    assert not labels & {span.text for span in detect_names(text)}
