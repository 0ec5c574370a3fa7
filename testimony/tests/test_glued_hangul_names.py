"""A registered Hangul full name with a word glued to it, as a bank statement's memo or a
hurried note writes it ("제순복생활비", "조영욱입금"), and a word that only starts like the
name (류경호텔)."""

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def test_a_registered_hangul_name_glued_to_a_word() -> None:
    persons = [
        RegisteredPerson("p1", "Je Sun-bok", "Witness A", hangul="제순복"),
        RegisteredPerson("p2", "Ryu Kyong-ho", "Supervisor B", hangul="류경호"),
    ]
    text = (
        "2023.01.20 | 모바일 | 300,000 | 제순복생활비\r\n"
        "제순복입금 확인. 류경호 반장은 류경호텔 앞에서 기다렸다."
    )
    result = anonymize(text, persons)
    assert "제순복" not in result.text
    # The hotel is no name: the analyser reads 호텔 across the name's end.
    assert "류경호텔" in result.text
    assert "류경호 반장" not in result.text
