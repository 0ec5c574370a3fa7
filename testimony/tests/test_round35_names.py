"""Round 35, from heldout38 once it had measured round 34 blind: a Korean given name written
as one word before its surname (the credits of a film, a Korean abroad), a surname set off by
commas after a word for a leader, the logins in a comment export's author column, the names a
phone's contact cards file, a one-syllable name before 씨, and a registered surname that is an
English word opening a sentence as its subject, once the person was named in full."""

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson
from testimony.anonymize.unresolved import unresolved_tokens


def _found(text: str, persons: tuple[RegisteredPerson, ...] = ()) -> list[str]:
    return [span.text for span in anonymize(text, list(persons)).spans]


def _listed(text: str) -> list[str]:
    covered = [(span.start, span.end) for span in anonymize(text, []).spans]
    return [item.text for item in unresolved_tokens(text, covered, named=covered)]


def test_a_given_name_in_one_word_before_its_surname() -> None:
    text = (
        "연출 손다인 · 번역 감수 Yuna Park 🎬\r\n"
        "She met Ｈｙｅｍｉ Ｍｏｏｎ and Ji\u200bwon Lee in March.\r\n"
        "We walked in Seoul Park; Jiwon I said no; Donggang No. 3 school; Papa Pak came."
    )
    found = _found(text)
    assert "Yuna Park" in found
    assert "Ｈｙｅｍｉ Ｍｏｏｎ" in found
    assert "Ji\u200bwon Lee" in found
    # A place before Park, the pronoun I, "No." before a number, a word of kin: not names.
    assert not [name for name in found if name.startswith(("Seoul", "Jiwon I", "Donggang"))]
    assert "Papa Pak" not in found


def test_a_surname_between_commas_after_a_word_for_a_leader() -> None:
    """Hong is also a word of Hong Kong: the apposition makes it a name, and the place where
    it is written again stays a place."""
    text = (
        "He described a site leader, Hong, and a doctor.\r\n"
        "Later he flew to Hong Kong. Hong said the recruiter, Ri, lied."
    )
    result = anonymize(text, [])
    assert [span.text for span in result.spans] == ["Hong", "Hong", "Ri"]
    assert "Hong Kong" in result.text


def test_logins_in_the_author_column_of_a_comment_export() -> None:
    text = (
        "형식: 시트!셀 | 셀 값 | 작성자 | 작성일 | 메모\r\n"
        "목록!B7 | KW-03 | sujin.mo | 11-02 | 구술자 기억 😞\r\n"
        "목록!C7 | 김 반장 | admin | 11-06 | 대조 완료.\r\n"
        "목록!F7 | 월 15KD | a.kowalczyk | 11-10 | Is KD = Kuwaiti dinar?\r\n"
        "목록!F8 | 월 15KD | ｈｙｕｎｗｏｏ．ｔａｋ | 11-10 | Yes."
    )
    found = _found(text)
    assert {"sujin.mo", "a.kowalczyk", "ｈｙｕｎｗｏｏ．ｔａｋ"} <= set(found)
    assert "admin" not in found


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:광일이\r\nN:사;광일;;;\r\nNICKNAME:사층\r\n"
    "NOTE:4층 방. 그래서 사층, 여우 같은 놈 🦊\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nFN:ОЛЕГ прораб\r\nN:Смирнов;Олег;;;\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nN:하나센터;;;;\r\nFN:남부하나센터\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nN:신변보호;차;;;\r\nNICKNAME:오 기사\r\nTEL;TYPE=CELL:+7 914\r\nEND:VCARD"
)


def test_the_names_a_contact_card_files() -> None:
    """N's family and given names and the nicknames, whatever they are as words (사, 사층),
    the same words elsewhere in the card, any case (ОЛЕГ); not a word a phone keeps in the
    family field (하나센터, 신변보호), nor a title after a nickname (오 기사: 오)."""
    found = _found(VCARDS)
    for name in ("광일", "사", "사층", "ОЛЕГ", "Смирнов", "Олег", "차", "오"):
        assert name in found, name
    assert found.count("사층") == 2
    for word in ("하나센터", "신변보호", "남부하나센터", "기사", "오 기사"):
        assert word not in found, word


def test_a_contact_card_s_field_names_are_not_offered_for_review() -> None:
    listed = _listed(VCARDS)
    for field in ("BEGIN", "VCARD", "VERSION", "FN", "NICKNAME", "NOTE", "TEL", "TYPE", "END"):
        assert field not in listed, field


def test_one_syllable_before_ssi_is_offered_for_review() -> None:
    text = (
        "베트남 아주머니 란 씨도 그날 다 봤습니다.\r\n"
        "통역은 Khun Nok(녹 씨, 태국인)이 도움.\r\n그 씨를 심었다. 두 씨가 싹텄다."
    )
    listed = _listed(text)
    assert "란" in listed
    assert "녹" in listed
    assert "그" not in listed
    assert "두" not in listed


SO = RegisteredPerson("p1", "So Kyong-hui", "Co-worker 1", "소경희", (), "coworker")


def test_a_registered_surname_that_is_a_word_as_the_subject_opening_a_sentence() -> None:
    """Once the person was named in full, "So had a daughter" has the person for its subject
    ("a" is no subject of an inversion); "So had I", "So did the others" and "So was everyone"
    are the word."""
    text = (
        "So Kyong-hui sang.\r\nSo had a daughter of four at home. So was beaten twice.\r\n"
        "So had I. So did the others. So was everyone."
    )
    result = anonymize(text, [SO])
    assert result.text == (
        "Co-worker 1 sang.\r\nCo-worker 1 had a daughter of four at home. Co-worker 1 was"
        " beaten twice.\r\nSo had I. So did the others. So was everyone."
    )
    # Not before the full name: the weaker grammar needs it.
    assert anonymize("So had a daughter of four at home.", [SO]).spans == []
