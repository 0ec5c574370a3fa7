"""Round 32, from heldout34's public mentions touched: a table's columns of home towns and of
the sexes are no names (천안시, 명간군; 남, 여), nor are organisations named in French, Polish
and Mongolian (Université ..., Kancelaria Adwokacka ..., a Mongolian LLC or hospital) or an English
firm of "Services". The persons beside them still are."""

from testimony.anonymize.redact import anonymize


def _found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in anonymize(text, []).spans]


def test_a_roster_s_home_towns_and_sexes_are_no_names() -> None:
    text = (
        "번호 | 성명 | 성별 | 출생 | 출신지 | 파견 | 거주지\r\n"
        "4 | 지명훈 | 남 | 1981 | 함흥시 | 쿠웨이트 건설 | 천안시\r\n"
        "5 | 모경식 | 남 | 1976 | 강계시 | 몽골 광산 | 원주시\r\n"
        "6 | 한송이 | 여 | 1990 | 명간군 | 단둥 봉제 🧵 | 정주시\r\n"
        "7 | 차은혜 | 여 | 1994 | 회령시 | 프놈펜 식당 | 시흥시\r\n"
    )
    found = _found(text)
    for name in ("지명훈", "모경식", "한송이", "차은혜"):
        assert name in found, name
    for place in ("함흥시", "천안시", "강계시", "원주시", "명간군", "정주시", "회령시", "시흥시"):
        assert place not in found, place
    assert "남" not in found
    assert "여" not in found


def test_a_given_name_ending_in_a_place_s_syllable_is_still_a_name_in_prose() -> None:
    assert "김영구" in _found("그날 김영구가 다쳤다. 김영구는 열아홉이었다.")


def test_organisations_in_french_polish_mongolian_and_english() -> None:
    text = (
        "The night guard, Cheikh Gueye, later studied at the Université Cheikh Anta Diop.\n"
        "[Transcribed by Namibia Transcription Services, transcriber M. Kauari]\n"
        "Tomasz Zieliński, adwokat, Kancelaria Adwokacka Zieliński i Wspólnicy, ul. Długa 4.\n"
        "Employer: Khangai Stone LLC (Хангай Стоун ХХК). Treated at Orkhon Province General "
        "Hospital (Орхон аймгийн Нэгдсэн эмнэлэг) on 31.11.2019."
    )
    found = _found(text)
    assert "Cheikh Gueye" in found
    assert "M. Kauari" in found
    assert "Tomasz Zieliński" in found
    for public in ("Anta Diop", "Transcription Services", "Adwokacka", "Стоун", "Нэгдсэн"):
        assert not any(public in span for span in found), public
