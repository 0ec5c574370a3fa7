"""Round 39, from heldout42 once it had measured rounds 37 and 38 blind: a dash between spaces
joins no name, the Hanja and simplified Chinese characters of more Korean surnames, and a
registered surname or given name in capitals labelling a speaker."""

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson
from testimony.tests.test_round35_names import _found


def _person(name: str, hangul: str, *aliases: str, key: str = "p1") -> RegisteredPerson:
    return RegisteredPerson(
        key=key, name=name, pseudonym=f"Witness {key}", hangul=hangul, aliases=aliases
    )


def test_a_dash_between_spaces_sets_two_names_apart() -> None:
    ri = _person("Ri Kwang-sok", "리광석", "Lee Kwang-seok")
    text = "There is a rumour that Ri Kwang-sok - Lee Kwang-seok - came to South Korea.\r\n"
    result = anonymize(text, [ri])
    assert [span.text for span in result.spans] == ["Ri Kwang-sok", "Lee Kwang-seok"]
    assert result.text.startswith("There is a rumour that Witness p1 - Witness p1 - came")
    # A hyphen with a space on one side still joins a name cut at a line's end.
    assert _found("Kwang- sok wrote, and Kwang -sok too.", (ri,)) == ["Kwang- sok", "Kwang -sok"]


def test_more_surnames_in_hanja_and_in_simplified_characters() -> None:
    to = _person("To Sang-chol", "도상철")
    han = _person("Han Kwang-il", "한광일", key="p2")
    text = "도 반장 이름: 도상철(都相哲?) 한자는 모름.\n2019-09-03 | 小韩手受伤 😢"
    found = _found(text, (to, han))
    assert "都相哲" in found
    assert "小韩" in found
    # Words and places written with those characters are no names.
    kept = "韩国 정부, 车间 주임, 咸興 출신이라고 했다."
    assert _found(kept, (to, han, _person("Cha Myong-hwa", "차명화", key="p3"))) == []


def test_a_registered_name_in_capitals_labelling_a_speaker() -> None:
    sol = _person("Sol Chang-gil", "설창길", key="p2")
    text = (
        "PAGE 1\r\nPanel 1. SOL (brigade leader, 50s) in the doorway.\r\n"
        "  SOL: 최금성! 뭐 쓰나?\r\nNOTE: none.\r\nQ: And then?\r\nKO: 한국어"
    )
    result = anonymize(text, [sol])
    assert [span.text for span in result.spans if "speaker" in span.reason] == ["SOL"]
    # The panel's description writes him in capitals among small letters (round 66).
    assert [span.text for span in result.spans if span.text == "SOL"] == ["SOL", "SOL"]
    assert "NOTE: none." in result.text
    assert "KO: 한국어" in result.text
