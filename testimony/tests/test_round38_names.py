"""Round 38, from heldout41 once it had measured rounds 36 and 37 blind: names as a passport's
machine-readable zone or a booking prints them, a name followed by its initials or a login in
brackets and those initials or that login elsewhere, a registered surname as a piece of a file
name or an identifier, and the spellings Phang and Kwag."""

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson
from testimony.tests.test_round35_names import _found


def _person(name: str, hangul: str, key: str = "p1") -> RegisteredPerson:
    return RegisteredPerson(key=key, name=name, pseudonym=f"Witness {key}", hangul=hangul)


def test_names_in_a_machine_readable_zone_and_a_booking_whoever_they_are() -> None:
    text = (
        "Passport data page (copy)\r\nMRZ:\r\nP<PRKKIM<<CHOL<MIN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\r\n"
        "1234567<8PRK8001014M2501015<<<<<<<<<<<<<<02\r\n"
        "> PASSENGERS\r\n> 1. JUNG/SEOYEON MS    E-ticket 988-2412345671\r\n"
        "> 2. SMITH/JOHN MR ✈️\r\nLanguages RU/EN, (KO/EN/ZH), USD/KRW, AND/OR."
    )
    result = anonymize(text, [])
    found = [span.text for span in result.spans if "passport" in span.reason]
    assert found == ["KIM<<CHOL<MIN", "JUNG/SEOYEON", "SMITH/JOHN"]
    for kept in ("8PRK8001014M2501015", "RU/EN", "KO/EN/ZH", "USD/KRW", "AND/OR"):
        assert kept in result.text


def test_a_registered_name_in_those_forms_is_that_person_whole() -> None:
    chol = _person("Kim Chol-ung", "김철웅")
    text = "여권상 ＫＩＭ/ＣＨＯＬＵＮＧ 맞습니다. VNRUSKIM<<CHOL<UNG<<<<<<<<"
    result = anonymize(text, [chol])
    assert [span.text for span in result.spans] == ["ＫＩＭ/ＣＨＯＬＵＮＧ", "KIM<<CHOL<UNG"]
    assert result.text == "여권상 Witness p1 맞습니다. VNRUSWitness p1<<<<<<<<"


def test_a_name_with_its_initials_in_brackets_and_those_initials_elsewhere() -> None:
    text = (
        "Session, 26 Jan 2024. Interviewer Mark Ellison (ME). My glosses in [ ].\r\n"
        "- ME asks about phones. ME: so Liu knew? 🙂\r\nHEADING: CALL ME LATER\r\n"
        "Reviewer: Dominika Sobczak (DS). - DS"
    )
    result = anonymize(text, [])
    found = [span.text for span in result.spans]
    assert found.count("ME") == 3  # in its brackets, and twice after
    assert "Mark Ellison" in found
    assert found.count("DS") == 2
    assert "CALL ME LATER" in result.text
    # A body's or an office's initials are no person's.
    bodies = "Walk Free (WF) wrote to the Special Rapporteur (SR). WF and SR agreed."
    assert _found(bodies) == []


def test_hangul_initials_and_a_login_given_for_a_name_in_brackets() -> None:
    text = (
        "검토자: 서윤아 (SYA) / 작성자: 배준호 (BJH)\n- BJH 선생님, 확인 부탁.\nSYA 드림\n"
        "Coders: dlee (Dana Lee), hkwak (Kwak Hye-rin).\r\n| CODER: hkwak\r\nMEMO (hkwak): ok"
    )
    found = _found(text)
    assert found.count("SYA") == 2
    assert found.count("BJH") == 2
    assert found.count("hkwak") == 3
    assert "dlee" in found
    # A login that is not made of the name beside it is left to the review list.
    assert "admin" not in _found("admin (Kwak Hye-rin) approved it.")


def test_a_registered_surname_as_a_piece_of_a_file_name_or_an_identifier() -> None:
    persons = [
        _person("Do Chang-il", "도창일"),
        _person("Son Yong-ae", "손영애", key="p2"),
        _person("Ko Song-jin", "고송진", key="p3"),
        _person("Park Joseph", "박조셉", key="p4"),
    ]
    text = (
        "A04_DO_01 | 00:11:02 | 00:15:45\r\nSOURCE: CN-23-Son_interview1.docx\r\n"
        "field name_ko, file report_ko.pdf; login joseph.park.vl"
    )
    result = anonymize(text, persons)
    found = [span.text for span in result.spans]
    assert "DO" in found
    assert "Son" in found
    assert "ko" not in found  # a language's code
    assert "A04_Witness p1_01" in result.text
    assert "CN-23-Witness p2_interview1.docx" in result.text
    assert "name_ko" in result.text


def test_phang_and_kwag_are_spellings_of_pang_and_kwak() -> None:
    persons = [_person("Pang Sun-ok", "방순옥"), _person("Kwak Chang-ho", "곽창호", key="p2")]
    found = _found(
        "Some documents have Phang Sun-ok. Kwag Chang-ho signed, and Kwag said no.", tuple(persons)
    )
    assert "Phang Sun-ok" in found
    assert "Kwag Chang-ho" in found
    assert "Kwag" in found
