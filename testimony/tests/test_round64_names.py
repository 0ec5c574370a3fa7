"""Round 64, from the misses of heldout71 (blind in round 63): the signatures down a table's
column headed 확인, 서명 or Sign (a surname alone, initials, two signatures in one cell), a
Thai name after its title or a police rank, a surname before 조리사; and what is no name: a
role, a city or a stop word beside a name (대학생, 함흥시, 이달, 정류장), "NGO" before a
Korean title, a harbour pilot's title, Siem Reap, a Thai law's Buddhist-Era year and a
heading's -ING word after a title in capitals."""

from testimony.anonymize.detect import REASON_TABLE_SIGNATURE, detect_names
from testimony.anonymize.redact import anonymize, assign_pseudonyms


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def _redacted(text: str) -> str:
    return anonymize(text, persons=[], detect=True).text


def test_surnames_alone_down_a_column_of_signatures() -> None:
    text = (
        "일자 | 품목 | 수량 | 수령 확인\r\n"
        "5.02 | 장갑 | 2 | 탁\r\n"
        "5.09 | 작업화 | 1 | 탁윤길\r\n"
        "5.16 | 안전모 | 1 | 도(인)\r\n"
        "5.23 | 우비 | 1 | (서명)\r\n"
        "5.30 | 양말 | 3 | 완료\r\n"
    )
    spans = detect_names(text)
    assert {"탁", "탁윤길", "도"} <= {span.text for span in spans}
    signed = {span.text for span in spans if REASON_TABLE_SIGNATURE in span.reason}
    assert {"탁", "도"} <= signed
    output = _redacted(text)
    for word in ("장갑", "(서명)", "완료", "(인)", "수령 확인"):
        assert word in output


def test_a_surname_signed_beside_the_full_name_in_its_row() -> None:
    text = (
        "호수 | 세대주 | 누설 | 세대주 확인 (서명)\n"
        "201 | 홍민자 | 무 | 홍\n"
        "202 | 석태성 | 유 | 석\n"
        "203 | 빈집 | - | -\n"
    )
    found = _detected(text)
    assert found.count("홍") == 1
    assert found.count("석") == 1
    # The leak column's 유 and 무 (yes, no) are no signatures, though surnames.
    assert "유" not in found
    assert "무" not in found


def test_initials_and_two_signatures_in_a_sign_column() -> None:
    text = (
        "Date | Item | Qty | Sign\n"
        "02/03 | rope | 2 | K.T.\n"
        "03/03 | gloves | 4 | Wen / Ryu\n"
        "04/03 | boots | 1 | H. Okonkwo\n"
        "05/03 | paint | 6 | C/E\n"
        "06/03 | tape | 1 | OK\n"
    )
    found = _detected(text)
    for name in ("K.T.", "Wen", "Ryu", "H. Okonkwo"):
        assert name in found
    assert "E" not in found  # the chief engineer's rank, not a second signature
    assert "OK" not in found


def test_a_signed_columns_yes_and_no_are_no_initials() -> None:
    text = "Crew | Item | Signed\n1 | boots | Y\n2 | gloves | N\n3 | rope | Y\n4 | vest | Y\n"
    assert _detected(text) == []


def test_a_column_of_book_titles_is_no_column_of_signatures() -> None:
    text = "번호 | 도서명 | 대출\n1 | 토지 | 3\n2 | 만세전 | 1\n3 | 탁류 | 2\n"
    assert not [s for s in detect_names(text) if REASON_TABLE_SIGNATURE in s.reason]


def test_a_thai_name_after_its_title_or_rank() -> None:
    text = (
        "ผู้ตรวจ: ร.ต.อ.ณัฐวุฒิ ศรีสุข, ส.ต.ท.หญิง อรุณี\r\n"
        "เจ้าของห้อง: นายบุญมี ทองดี (landlord)\r\n"
        "Our driver, พี่แดง (Daeng), waited.\r\n"
        "นายจ้าง ไม่มา.\r\n"
    )
    found = _detected(text)
    for name in ("ณัฐวุฒิ ศรีสุข", "อรุณี", "บุญมี ทองดี", "แดง"):
        assert name in found
    assert not any("จ้าง" in name for name in found)  # นายจ้าง: an employer


def test_a_surname_before_the_school_cook_title() -> None:
    text = "급식실 옥 조리사님께 전해 주세요. 조리원 상담사에게도 알렸어요."
    found = _detected(text)
    assert "옥" in found
    assert "조리원" not in found


def test_roles_cities_and_words_beside_names_are_no_names() -> None:
    text = (
        "딸 조하늘(대학생)이 동행했다. 누나 편옥순 (회령시) 편지.\n"
        '"정미 동무 이달 세 번째." 언니 이사 가면 누가 해?\n'
        "배 선생님 정류장 픽업. 점심은 김치전.\n"
        "[NGO 담당자 메모] 예약자: 석다은 (NGO 간사)\n"
    )
    found = _detected(text)
    for word in ("대학생", "회령시", "이달", "이사", "정류장", "김치전", "NGO"):
        assert word not in found
    assert "조하늘" in found
    assert "편옥순" in found


def test_a_pilot_is_a_title_and_siem_reap_a_place() -> None:
    text = (
        "PILOT BOARDING NOTES\n"
        "Pilot Lebedev boarded at 06:10. Pilot card incomplete.\n"
        "Restaurant worker, Siem Reap; sister of Ryom Kum-hui.\n"
        "Held under the Immigration Act B.E. 2522 for a day.\n"
    )
    found = _detected(text)
    assert "Lebedev" in found
    assert not any("Pilot" in name or "PILOT" in name for name in found)
    assert not any("BOARDING" in name for name in found)
    assert not any("Siem" in name or "Reap" in name for name in found)
    assert not any("B.E." in name or "Act" in name for name in found)
    assert "Ryom Kum-hui" in found


def test_initials_run_on_into_a_registered_aliases_own() -> None:
    persons = assign_pseudonyms(
        [{"name": "Tatiana Belousova", "role": "official", "aliases": ["T. Belousova"]}]
    )
    output = anonymize("The inspector K.T. Belousova signed the act.", persons=persons).text
    assert "Belousova" not in output
    assert "K." not in output  # not "K.Official 1"
    assert output.startswith("The inspector ")
