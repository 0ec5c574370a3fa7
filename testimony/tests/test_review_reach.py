"""What reaches the reviewer (issue #13): names no finder proposes are listed for a decision.

Written from the mentions of the read sets that reached neither a proposal nor the review list
(`bench/review_coverage.py`), as forms rather than as those mentions: a surname set apart in a
cell, in brackets or signing a line; the other words of a list of proposed names; three
syllables after a role that Kiwi does not know; a Chinese name inside a run of Chinese; a
romanized name inside a user or a file name; initials signing a line or written with full
stops; one initial consonant before 씨. The rules read fullwidth letters and zero-width
characters as the letters they stand for, and a form's words that are no one (INT,
Nationality, 备注) are not listed. Each test runs the pipeline as the redaction page does: the
proposals first, then the review list given them as covered.
"""

from testimony.anonymize.informal import REASON_SURNAME_BESIDE_TITLE
from testimony.anonymize.redact import anonymize
from testimony.anonymize.unresolved import (
    REASON_HANDLE,
    REASON_LATIN_INITIALS,
    REASON_SURNAME_APART,
    unresolved_tokens,
)


def _reviewed(text: str) -> tuple[list[str], dict[str, str]]:
    """The proposals, and the listed items with their reasons."""
    spans = anonymize(text, persons=[], detect=True).spans
    covered = [(span.start, span.end) for span in spans]
    items = unresolved_tokens(text, covered, named=covered)
    for item in items:
        assert text[item.start : item.end] == item.text
    return [text[start:end] for start, end in covered], {item.text: item.reason for item in items}


def _reaches(text: str, name: str) -> bool:
    proposed, listed = _reviewed(text)
    return any(name in word for word in proposed) or name in listed


def test_a_surname_alone_in_a_cell_in_brackets_or_signing_a_line_is_listed() -> None:
    text = (
        "번호 | 이름 | 부서 | 일자 | 확인\r\n"
        "041 | 탁영미 | 2부 | 2.06 | 변\r\n"
        "042 | 노순녀 | 2부 | 2.08 | 염\r\n"
        "승인 보류 — 상담 후 결정. (설)\r\n"
        "간식비 영수증 제출 완료 - 우\r\n"
    )
    _proposed, listed = _reviewed(text)
    for surname in ("변", "염", "설", "우"):
        assert surname in listed, surname
    assert listed["염"] == REASON_SURNAME_APART


def test_cells_and_brackets_of_ordinary_syllables_are_not_listed() -> None:
    """Sexes, days, yes and no, a company's (주), a seal's (인), mother's (모). (Kiwi may
    still read one as a proper noun: that is its own rule.)"""
    text = (
        "성명 | 성별 | 요일 | 유무 | 보호자\r\n"
        "한도윤 | 남 | 월 | 유 | 신옥화 (모)\r\n"
        "(주)한빛금속 과장, 2024. 3. 4. 대리인 배수정 (인)\r\n"
    )
    _proposed, listed = _reviewed(text)
    for word in ("남", "월", "유", "모", "주", "인"):
        assert listed.get(word) != REASON_SURNAME_APART, word


def test_a_surname_before_a_word_of_address_or_a_post_is_listed() -> None:
    text = (
        "점심 당번: 월요일 우 할매, 화요일 하 영감.\r\n간식비는 표 센터장님께 드릴 것. "
        "최 인턴이 정리."
    )
    for surname in ("우", "하", "표", "최"):
        assert _reaches(text, surname), surname
    _proposed, listed = _reviewed(text)
    assert listed["우"] == REASON_SURNAME_BESIDE_TITLE
    assert listed["최"] == REASON_SURNAME_BESIDE_TITLE


def test_a_number_or_a_determiner_before_a_word_of_address_is_not_listed() -> None:
    """두, 한 and 전 are surnames too, but here two, one and former."""
    _proposed, listed = _reviewed("두 할머니가 왔고, 한 할매는 전 회장님과 함께 갔다.")
    for word in ("두", "한", "전"):
        assert listed.get(word) != REASON_SURNAME_BESIDE_TITLE, word


def test_the_other_words_of_a_list_of_proposed_names() -> None:
    """A surname alone among proposed names is listed; a label before a colon is not."""
    text = "동상자: 김웅철, 박영남, 량\r\n정리: 허지원, 검토: 김다솜\r\n"
    _proposed, listed = _reviewed(text)
    assert "량" in listed
    assert "검토" not in listed


def test_three_syllables_kiwi_does_not_know_after_a_role() -> None:
    assert _reaches("당시 숙소에서 가스통이 폭발해 동료 라경호가 화상을 입었다.", "라경호")
    assert _reaches("세대주 Tran Thi Mai - 남편 한동규, 딸 한주원. 거주 확인.", "한주원")
    # A role read as the word before a role: the name after the second is still read.
    assert _reaches("숙소에서 가스통이 터져 여성 노동자 라경호가 다쳤다.", "라경호")


def test_a_word_or_a_verb_after_a_role_is_not_listed() -> None:
    _proposed, listed = _reviewed(
        "오빠 이름은 빼 주세요. 최영남 삼촌 모셨어요. 선원 노동자 여섯 명이 남았다."
    )
    for word in ("이름은", "이름", "모셨어", "노동자"):
        assert word not in listed, word


def test_a_chinese_name_inside_a_run_of_chinese_is_listed() -> None:
    text = "备注：5号朴春兰已转院。宿舍全体隔离三天。崔顺姬押金扣款二十元，金英爱钥匙遗失。"
    for name in ("朴春兰", "崔顺姬", "金英爱"):
        assert _reaches(text, name), name


def test_chinese_words_that_open_with_a_surname_are_not_listed() -> None:
    _proposed, listed = _reviewed("全国成立了委员会，东方明珠电视塔对面有一家工厂。")
    assert not any(len(word) == 3 for word in listed), listed


def test_a_romanized_name_inside_a_user_or_file_name_is_listed() -> None:
    text = (
        "[Speakers] @kimjiwoo_ (moderator), @user_01\r\n"
        "Comments by jiyeon_0412 and real_kyungmin add the client's city.\r\n"
        "Files: cert_choyongsu_01.jpg, interview_final.docx, label_3.pdf\r\n"
    )
    _proposed, listed = _reviewed(text)
    for name in ("kimjiwoo", "jiyeon", "kyungmin", "choyongsu"):
        assert _reaches(text, name), name
    assert listed["choyongsu"] == REASON_HANDLE
    for word in ("user", "real", "cert", "interview", "final", "label", "docx", "jpg"):
        assert word not in listed, word


def test_a_user_name_in_fullwidth_letters_is_listed_over_its_original_characters() -> None:
    text = "Files: cert_ｃｈｏｙｏｎｇｓｕ_01.jpg, a scan of the certificate."
    _proposed, listed = _reviewed(text)
    assert listed.get("ｃｈｏｙｏｎｇｓｕ") == REASON_HANDLE


def test_initials_signing_a_line_or_written_with_full_stops_are_listed() -> None:
    text = (
        "REMOVE mother's name. Even the given name. - jw\r\n"
        "Erik Haugland told A.S. that the company sold abroad.\r\n"
        "Done by GH 20/09/2023.\r\n"
        "Translated the Russian parts myself — A.L.\r\n"
    )
    _proposed, listed = _reviewed(text)
    for initials in ("jw", "A.S.", "GH", "A.L."):
        assert initials in listed, initials
    assert listed["jw"] == REASON_LATIN_INITIALS
    assert listed["A.S."] == REASON_LATIN_INITIALS


def test_abbreviations_and_company_forms_are_not_initials() -> None:
    text = (
        "The shift began at 6 A.M. at Al Noor W.L.L. in Kuwait.\r\n"
        "Funding confirmed - UN\r\n"
        "Checked twice - ok\r\n"
        "Receipts, tickets, letters - etc\r\n"
    )
    _proposed, listed = _reviewed(text)
    for word in ("A.M.", "W.L.L.", "UN", "ok", "etc"):
        assert listed.get(word) != REASON_LATIN_INITIALS, word


def test_the_new_forms_hold_after_a_long_narrative() -> None:
    """The same lines after 80,000 characters of narrative, with LF line breaks."""
    narrative = "그날도 우리는 새벽 다섯 시에 일어나 현장으로 나갔다. " * 2500
    text = narrative + "\n041 | 탁영미 | 2.06 | 변\nDone by GH.\n备注：5号朴春兰已转院。"
    _proposed, listed = _reviewed(text)
    assert listed.get("변") == REASON_SURNAME_APART
    assert "GH" in listed
    assert "朴春兰" in listed


def test_the_rules_that_read_words_as_written_read_fullwidth_letters_and_zero_widths() -> None:
    """The note that a name's rest is unknown, a list's neighbour and a surname in a cell are
    read on the folded copy, and listed over the original characters, invisible ones too."""
    text = (
        "- ｎｅｘｔ： ask about the 보위원 Ｐａｒｋ, first name unknown\r\n"
        "동상자: 김웅철, 박영남, 량\u200b\r\n"
        "041 | 탁영미 | 2.06 | 변\u200b |\r\n"
    )
    _proposed, listed = _reviewed(text)
    assert "Ｐａｒｋ" in listed
    assert "량" in listed or "량\u200b" in listed
    assert "변" in listed or "변\u200b" in listed


def test_an_initial_consonant_before_ssi_is_listed() -> None:
    """As the press writes a person it does not name: ㄱ씨, ㅂ 씨; not the laughter ㅋㅋ."""
    text = "이 가운데 ㄱ씨(40대)는 안전한 곳에 있고, 함께 나온 ㅂ 씨를 보위원이 붙잡았다. ㅋㅋ 씨익"
    _proposed, listed = _reviewed(text)
    assert "ㄱ" in listed
    assert "ㅂ" in listed
    assert "ㅋ" not in listed


def test_a_form_s_words_are_not_listed_but_a_name_beside_them_is() -> None:
    """The labels of forms, logs and court papers cost a click each and are no one; a run
    that holds one beside a name, and the names that are also such words (Sun, Jun), are
    still listed."""
    text = (
        "INT: Nationality: PRK. Status: approved. Tue 12 Mar.\r\n"
        "Приложение. Дата: 12.03. 备注：无\r\n"
        "Master Wang kept the passports. Sun said nothing; Jun cried.\r\n"
        "ＩＮＴ again, in fullwidth letters.\r\n"
    )
    _proposed, listed = _reviewed(text)
    for word in ("INT", "Nationality", "PRK", "Status", "Tue", "Дата", "备注", "ＩＮＴ"):
        assert word not in listed, word
    assert _reaches(text, "Wang")
    assert _reaches(text, "Sun")
    assert _reaches(text, "Jun")
