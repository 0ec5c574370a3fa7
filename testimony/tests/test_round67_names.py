"""Round 67, from the misses of heldout74 (blind in rounds 65 and 66): a note's or a remark's
author written in full in brackets, a delivery's "Delivered by:", a parent named by the child in
a rota's cell; and what is no name: an acronym the text spells out, a director's title after a
name, a recipient who is the holder himself (본인)."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize, assign_pseudonyms


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_a_note_s_author_written_in_full_in_brackets() -> None:
    text = (
        "Caseworker notes (Latoya Green):\r\n- Mrs Kim asked that we do not use her name.\r\n"
        "Supervisor's remark (Tevita Fonua, on the phone): transport only.\r\n"
        "Team notes (Human Rights Watch): see the report.\r\n"
    )
    found = _detected(text)
    assert "Latoya Green" in found
    assert "Tevita Fonua" in found
    assert not any("Rights" in name for name in found)


def test_the_person_who_delivered() -> None:
    found = _detected("Delivered by: Tevita Fonua (driver)\r\nReceived by Reception Desk.")
    assert found == ["Tevita Fonua"]


def test_a_parent_named_by_the_child_in_a_rota_s_cell() -> None:
    text = (
        "주 | 월 | 화 | 수 | 목\r\n"
        "1주 | 하은 엄마 | 도윤 아빠 | 새 엄마 | 센터\r\n"
        "2주 | 우리 엄마 | 소띠 아빠 | 꽃분이 할머니 | 센터\r\n"
    )
    found = _detected(text)
    assert "하은" in found
    assert "도윤" in found
    for word in ("새", "우리", "소띠", "꽃분"):
        assert word not in found


def test_an_acronym_the_text_spells_out_is_no_surname_in_capitals() -> None:
    persons = assign_pseudonyms(
        [
            {"name": "Ma Tong-il", "hangul": "마동일", "role": "supervisor"},
            {"name": "Kim Hyok", "hangul": "김혁", "role": "witness"},
        ]
    )
    text = (
        "Collected by: MA TONG IL (for 1-5). KIM HYOK signed for the rest of the cards.\r\n"
        "MA = Main Access gate. Cards valid for MA only, not for the north gate."
    )
    output = anonymize(text, persons=persons, detect=True).text
    assert "MA TONG IL" not in output
    assert "MA = Main Access gate" in output
    assert "valid for MA only" in output


def test_a_title_after_a_name_and_the_holder_himself_are_no_names() -> None:
    text = (
        "3 | 10:20 | 56다1234 | 한상우 원장님 | 외부+광택 | 90,000\r\n"
        "\r\n"
        "번호 | 성명 | 수령인\r\n"
        "RF-01 | 김동규 | 본인\r\n"
        "RF-02 | 윤명희 | 본인\r\n"
    )
    found = _detected(text)
    assert "한상우" in found
    assert "원장" not in found
    assert "본인" not in found
