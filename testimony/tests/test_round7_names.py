"""Round 7: chat speakers, registered surnames in lower case, words of a registered foreign
name written in Hangul, bare Hangul names after a word for a role; and what stays untouched."""

import pytest

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson

KWAK = RegisteredPerson("p1", "Kwak Chol-nam", "Witness A", "곽철남")
PAK = RegisteredPerson("p2", "Pak Myong-chol", "Witness B", "박명철")
GANIN = RegisteredPerson("p3", "Mikhail Yuryevich Ganin", "Supervisor 1", "미하일 유리예비치 가닌")
KANDARI = RegisteredPerson("p4", "Abdulrahman Al-Kandari", "Supervisor 2", "압둘라흐만 알칸다리")

CHAT = (
    "#case-team channel export, 2024-02-19\r\n\r\n"
    "minji: morning all, quick q on the file\r\n"
    "tom: yes, registered\r\n"
    "jiwoo: fyi he called yesterday\r\n"
    "minji: thx jiwoo! and tom can you check the dates\r\n"
    "[21:05] tom: will do tmrw\r\n"
    "jiwoo: ok\r\n"
)


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_chat_speakers_and_their_other_mentions_are_proposed() -> None:
    found = _detected(CHAT)
    assert found.count("minji") == 2
    assert found.count("jiwoo") == 3
    assert found.count("tom") == 3
    [reason] = {span.reason for span in detect_names(CHAT) if span.text == "tom"}
    assert reason.startswith("speaker of a chat")


@pytest.mark.parametrize(
    "text",
    [
        # Transcript marks, roles and headers are no speakers.
        "Q: Where did you work?\r\nA: In Tynda.\r\nQ: How long?\r\nA: Three years.\r\n",
        "Interviewer: When?\nWitness: In 2016.\nInterviewer: Who?\nWitness: The foreman.\n",
        "From: the office\nTo: the team\nFrom: the team\nTo: the office\n",
        "Note: checked\nSource: the witness\nNote: redo\nSource: the file\n",
        # One speaker only is no conversation.
        "tom: hello\ntom: are you there\n",
        "INT: When?\nWIT: Later.\nINT: Where?\nWIT: Tynda.\n",
    ],
)
def test_transcript_marks_and_headers_stay(text: str) -> None:
    assert _detected(text) == []


def test_a_registered_surname_in_lower_case_in_a_chat() -> None:
    text = (
        "yongi: in Shenyang now.\n\n"
        "minji: did kwak say anything?\r\n"
        "yongi: ｐａｋ is with me\r\n"
        "hyang: which pa\u200bk\r\n"
    )
    redacted = anonymize(text, [KWAK, PAK]).text
    assert "did Witness A say" in redacted
    assert "Witness B is with me" in redacted
    assert "which Witness B" in redacted


@pytest.mark.parametrize(
    "text",
    [
        "Max and Min counted the bags; the gang from block 3 stayed.",
        "a pak of cards was all we had.",
        "we met pak myong chol at the station",
    ],
)
def test_lower_case_words_that_are_no_registered_surname_stay(text: str) -> None:
    person = RegisteredPerson("p9", "Min Chol", "Witness C", "민철")
    result = anonymize(text, [person, PAK], detect=False)
    assert not any(span.reason.endswith("in lower case") for span in result.spans)


def test_a_word_of_a_registered_foreign_hangul_name_alone() -> None:
    text = (
        "쿠웨이트 측 현장 감독은 압둘라흐만 알칸다리였다.\r\n\r\n"
        "알칸다리 감독은 무더위에 작업을 중단시켰다. 압둘라흐만은 친절했다.\r\n"
        "한국어로는 미하일 유리예비치 가닌.\n\n가닌은 조씨에게 말했다. 가닌과의 면담.\n"
    )
    redacted = anonymize(text, [GANIN, KANDARI], detect=False).text
    assert "알칸다리" not in redacted
    assert "압둘라흐만" not in redacted
    assert "가닌" not in redacted
    assert "Supervisor 2 감독은" in redacted
    assert "Supervisor 1은" in redacted


def test_a_word_of_a_foreign_hangul_name_inside_a_longer_word_stays() -> None:
    text = "가닌다리 공사는 끝났다. 미하일로프카 마을."
    assert anonymize(text, [GANIN], detect=False).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("면담 녹취록\r\n\r\n문: 면담자 정수아 / 답: 리영철\r\n", "정수아"),
        ("위 진술은 사실입니다.\r\n\r\n확인자 조은비 (인권단체 조사원)", "조은비"),
        ("재판장: 신문하십시오.\r\n변호인(여민정): 증인은 어디에서 일했습니까?", "여민정"),
        ("남편은 길성철이며, 슬하에 딸 하나(길은혜)가 있다.", "길은혜"),
    ],
)
def test_a_bare_hangul_name_after_a_role(text: str, name: str) -> None:
    assert name in _detected(text)


@pytest.mark.parametrize(
    "text",
    [
        "진술인 (서명)\r\n확인자 (무인)",
        "증인 여러분 (모두) 들어오십시오.",
        "반장 용접공 / 감독 사리원",
    ],
)
def test_roles_before_words_that_are_no_names_stay(text: str) -> None:
    assert _detected(text) == []


def test_the_signature_mark_in_brackets_is_no_name() -> None:
    found = _detected("진술인 백송이 (서명)\r\n확인자 조은비 (무인)")
    assert found == ["백송이", "조은비"]


def test_initials_in_a_heading_before_the_full_name() -> None:
    person = RegisteredPerson("p5", "Han Ok-sun", "Witness A", "한옥순")
    text = "Consolidated summary, witness HOS\r\n\r\nThe witness is Han Ok-sun (한옥순).\r\n"
    assert "HOS" not in anonymize(text, [person]).text
    # Without the full name anywhere, three capitals stay (HOS, USA, KCM are many things).
    alone = "Consolidated summary, witness HOS\r\n\r\nNothing else.\r\n"
    assert anonymize(alone, [person]).text == alone


def test_a_foreign_name_after_a_nationality_and_a_driver() -> None:
    text = (
        "동료가 쓰러졌다.\r\n\r\n방글라데시 출신 운전기사 카림이 병원으로 옮겼다. "
        "광호 씨는 카림의 성은 모른다고 함."
    )
    assert _detected(text).count("카림") == 2


def test_a_transcript_by_surnames_in_capitals_and_a_chat_by_full_names() -> None:
    transcript = (
        "Transcript, session 2\nLEE: Who was the leader?\nCHOE: A woman from Sinuiju.\n"
        "LEE: Was she a minder?\nCHOE: Both. Most workers were Han Chinese; Lee's cousin too.\n"
    )
    found = detect_names(transcript)
    assert [span.text for span in found if span.reason.startswith("speaker")] == [
        "LEE",
        "CHOE",
        "LEE",
        "CHOE",
    ]
    chat = (
        "[14/03/2025, 09:02:11] Mina Seo: morning, the interview is moved\r\n"
        "[14/03/2025, 09:03:40] Daniel: ok\r\n"
        "[14/03/2025, 09:04:02] Mina Seo: thanks\r\n"
        "[14/03/2025, 09:05:15] Daniel: understood, Mina Seo\r\n"
        "Activist note: checked\r\nActivist note: sent\r\n"
    )
    texts = _detected(chat)
    assert texts.count("Mina Seo") == 3
    assert "Activist note" not in texts
