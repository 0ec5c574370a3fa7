"""Round 42, from the misses of heldout46, measured blind on heldout47 and heldout48: the
names a meeting's minutes list, reviewers' initials labelling their comments, and a surname
alone in an e-mail reply whose person is named in full in the message it quotes below."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_the_names_a_meetings_minutes_list_and_their_initials() -> None:
    text = (
        "CASE MEETING - MINUTES\r\n"
        "Present: Esther Lim, Hye-won, Joon (by phone)\r\n"
        "Apologies: Dr Aziz\r\n"
        "참석: 김민지, 완료\r\n"
        "\r\n"
        "| # | Name | Lead |\r\n"
        "| 1 | (withdrawn) | HW |\r\n"
    )
    found = _detected(text)
    for name in ("Hye-won", "Joon", "Aziz", "김민지", "HW"):
        assert name in found, name
    assert "완료" not in found
    assert "Dr Aziz" not in found  # the title stays, as everywhere
    # Teams, bodies, nobody: no names.
    for line in (
        "Present: Legal Team, all staff\n",
        "Apologies: none\n",
        "Chair: Board of Trustees\n",
        "Present: Seoul office\n",
        "Apologies: Human Resources\n",
    ):
        assert _detected(line) == [], line


def test_reviewers_initials_labelling_their_comments() -> None:
    text = (
        'Reviewer comments - draft v2\n\n[JP] Para 1: "Son and her son" - confusing.\n'
        "  → [SK] 아니요, 원문은 손님들. Fixed.\n"
        "[JP] Para 2: keep one form. Ask SK.\n"
        "[Comment 1] MK: p.2, para 3 - do we know the month?\n"
        "  Reply TS: December; I'll add it.\n"
    )
    found = _detected(text)
    assert found.count("JP") == 2
    assert found.count("SK") == 2  # its label and its mention
    assert "MK" in found
    assert "TS" in found
    # A translator's language labels are no one's initials; one bracket alone is no label.
    assert _detected("[EN] hello\n[KO] 안녕하세요\n") == []
    assert _detected("[OK] done\nThat's all.") == []


def test_a_surname_alone_in_a_reply_above_the_quoted_message_naming_the_person() -> None:
    witness = RegisteredPerson(key="p1", name="Yu Chang-ho", pseudonym="Witness A", hangul="유창호")
    text = (
        "Subject: Re: wage claim\r\n\r\nHi Mona,\r\n\r\nThanks. Yu confirmed the figures by "
        "phone this morning.\r\n\r\nBest,\r\nSarah\r\n\r\n> From: m.haddad@example.org\r\n"
        "> Sarah - can you ask Mr Yu Chang-ho whether the employer kept his passport?\r\n"
    )
    result = anonymize(text, [witness])
    assert "Yu" not in result.text
    assert "Witness A confirmed" in result.text
    # An e-mail's "To:" header is no chat speaker's label, whoever the quoted message names.
    do = RegisteredPerson(key="p3", name="Do Chun-ae", pseudonym="Supervisor 1", hangul="도춘애")
    header = (
        "From: Park Ji-hoon\nTo: Sophie Laurent\nSubject: Re: case\n\nSee below.\n\n"
        "> On 3 May, Sophie wrote:\n> Do Chun-ae was the supervisor.\n"
    )
    assert "\nTo: " in anonymize(header, [do]).text
    # Without a quoted message below, a surname that is also a word still waits for the name.
    alone = "Thanks. Yu confirmed the figures.\r\nLater: Yu Chang-ho called.\r\n"
    assert anonymize(alone, [witness]).text.startswith("Thanks. Yu confirmed")


def test_a_notes_author_after_a_staff_label_one_name_or_in_brackets() -> None:
    text = (
        "전화 메모 - 2023. 12. 4.\r\nTaken by: Hyunsoo\r\n"
        "Call log (translation notes by Yiting)\r\nContact: Yerin (010-xxxx-xxxx)\r\n"
        "Notes by Min\r\n\r\n"
        "검토자 1 (한지우):\r\n- 2쪽: 확인 필요.\r\n상담 메모(최윤서): 수선 일 시작.\r\n"
        "담당자 메모(백승우): 경찰 신변보호 신청.\r\n"
    )
    found = _detected(text)
    for name in ("Hyunsoo", "Yiting", "Yerin", "Min", "한지우", "최윤서", "백승우"):
        assert name in found, name
    # A desk, a body, a place or a document's kind after such a label is no one.
    kept = (
        "Contact: Office (02-123)\nReviewed by Legal\nContact: Seoul\nNotes by Google\n"
        "Prepared by: Amnesty,\nContact: Reception (02)\n"
        "Taken by: Staff\n원문(한국어): 내용\n의견(정리본): 없음\n비고(참고용): 없음\n"
        "캐셔 메모 (한국어):\n상담원: 여보세요, 선생님 맞으시죠?\n"
    )
    assert _detected(kept) == []


def test_a_name_before_alumnus_senior_or_junior() -> None:
    found = _detected("- 이준혁 동문이 코레일에 입사했습니다.\n민수 선배가 왔다.\n")
    assert "이준혁" in found
    assert "민수" in found
    assert _detected("대학 선배가 왔다. 학교 후배와 만났다.") == []


def test_a_registered_surname_declined_after_a_polish_preposition() -> None:
    coworker = RegisteredPerson(
        key="p2", name="Kim Kyong-hui", pseudonym="Co-worker 1", hangul="김경희"
    )
    text = (
        'The co-worker is listed as "Kim Kyong Hui" - I spoke with her on Friday; '
        "rozmawiałem z Kimem... sorry, with Ms Kim.\r\n"
    )
    result = anonymize(text, [coworker])
    assert "Kimem" not in result.text
    # Without a Polish letter in the text, an English "z" is no preposition.
    assert "Kimem" in anonymize("Plan z Kimem later", [coworker]).text


def test_a_korean_surname_in_capitals_a_comma_and_a_hyphenated_given_name() -> None:
    text = (
        "Attendees: LEE, Ha-eun (PM), Aisha (legal intern)\r\n"
        "| CHA, Ye-rim (차예림) | 95 | 20 |\r\n"
    )
    found = _detected(text)
    assert "LEE, Ha-eun" in found
    assert "CHA, Ye-rim" in found
    assert "OK, Ha-ha" not in _detected("OK, Ha-ha. Very funny.")


def test_a_call_memos_people_and_the_initials_signing_it() -> None:
    text = (
        "전화 메모 - 8/14 (수) 오후 3:20\r\n받은 사람: 민지\r\n건 사람: 한솔 (본인)\r\n\r\n"
        "- 목소리 한결 밝음. 받아 적음 K.J.\r\n- 다음 통화: 8/21.\r\n\r\nMJ\r\n"
    )
    found = _detected(text)
    for name in ("민지", "한솔", "K.J.", "MJ"):
        assert name in found, name
    assert _detected("담당: 완료\n담당자: 미정\n") == []
    # A closing word or a body on the last line signs nothing; nor do initials inside a line.
    assert _detected("Memo\n\nThanks.\n\nEND\n") == []
    assert _detected("Memo\n\nThanks.\n\nNGO") == []
    assert "MJ" not in _detected("Memo\n\nMJ said thanks.\n")
