"""Round 60, from the misses of heldout67 (blind in rounds 58 and 59): who wrote a note under
its bracketed heading, a name quoted after "under the name", a name led by a word before its
age, a household's head, a Chinese workplace's posts before a name, and a county after its
province that is no person's name with 군."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.detect.context import named_place_ranges


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_who_wrote_a_note_under_its_bracketed_heading() -> None:
    text = (
        "[EN - comments by Mark Feldman, pro bono counsel]\n1. Note the declension.\n"
        "[EN - Dana Morris]\nThe three certificates give one date.\n"
        "[EN summary - J. Park]\nHotline ticket confirms a fall.\n"
        "[KO 메모 - 남가영]\n- 휴대폰에서 추출한 문자.\n"
    )
    found = _detected(text)
    for name in ("Mark Feldman", "Dana Morris", "J. Park", "남가영"):
        assert name in found
    # A heading naming a part or a thing is no signer.
    assert _detected("[EN - Summary Notes]\ntext\n[KO 메모 - 번역본]\ntext\n") == []


def test_a_name_quoted_after_under_the_name() -> None:
    text = 'Mr Yun, who gave evidence below under the name "Jae Yoon", denied it.'
    assert "Jae Yoon" in _detected(text)


def test_a_name_led_by_a_word_before_its_age_and_a_households_head() -> None:
    text = (
        "피해자는 홍순자(72세), 이미경(54세), 장동민(61세)입니다.\n"
        "[가구 1] 세대주 고병철 - 거주 확인.\n"
    )
    found = _detected(text)
    for name in ("이미경", "장동민", "고병철"):
        assert name in found
    assert "전기값" not in _detected("전기값(2019년 3월)")


def test_a_chinese_workplaces_posts_before_a_name() -> None:
    text = (
        "申请人多次向车间主任孙丽萍反映。该厂负责人杨春生称门锁防盗。"
        "监察员宋建军到场。一个叫韩英哲的人。"
    )
    found = _detected(text)
    for name in ("孙丽萍", "杨春生", "宋建军", "韩英哲"):
        assert name in found
    assert _detected("负责人表示同意。叫他来。") == []


def test_a_county_after_its_province_but_not_a_name_with_gun() -> None:
    def places(text: str) -> list[str]:
        return [text[start:end] for start, end in named_place_ranges(text)]

    assert places("경기도 성남시에 산다") == ["경기도 성남시"]
    assert places("함경북도 명간군 출신") == ["함경북도 명간군"]
    assert places("경남 김철수군이 왔다") == []


def test_citations_headers_banks_and_forms_of_address_that_are_no_names() -> None:
    text = (
        "Submitted pursuant to 19 U.S.C. 1307 and 19 C.F.R. 12.42(b)\n"
        "To: Forced Labor Division, Office of Trade, U.S. Customs and Border Protection\n"
        "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nOk.\n"
        "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nYes.\n"
        "Recommend Ganbold as the fixer next time.\n"
        "за пределы Российской Федерации\n"
        "- 우리 조 두부 형님(별명, 본명 두민호) 덕분에\n"
        "세대주 Nguyen Thi Lan (결혼이민자) - 거주 확인\n"
    )
    found = _detected(text)
    for word in ("C.F.R.", "Trade, U.", "Hash", "Recommend Ganbold", "Российской", "형님"):
        assert word not in found
    assert "결혼이민자" not in found
    assert "Ganbold" in found
    table = (
        "순번 | 채권자 | 금액\n1 | KB국민카드 | 3,412,000\n"
        "2 | 우리은행 | 1,200,000\n3 | 방광호 | 5,000,000\n"
    )
    assert "우리은행" not in _detected(table)
