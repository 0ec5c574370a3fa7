"""Round 30, from heldout32: an English given name that is also a word before a Korean surname
(Grace Park, Mark Oh), books of the Bible, names that do not run on over a line break into the
next line's word, a registered name before a field's label, the ranks and roles of ships,
churches and courts, defectors who speak in public, and words that are no names (an
exclamation, a currency, a payroll desk, a street)."""

import pytest

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def _found(text: str, persons: list[RegisteredPerson] | None = None) -> list[str]:
    return [text[span.start : span.end] for span in anonymize(text, persons or []).spans]


def test_a_church_bulletin_s_diaspora_names_and_its_bible_readings() -> None:
    text = (
        "🙏 TESTIMONY SUNDAY\r\n"
        "Scripture: Ruth 1:16-17, read by Grace Park (youth group).\r\n"
        "Cleanup team: Mark Oh, Kevin Paik, Sunny Jeong. Office: Esther Cho.\r\n"
        'Birthdays: little Joy Shin turns 5. "Your God will be my God." - Ruth 1:16\r\n'
        "Talk to Deacon Hwang or Esther in the office."
    )
    found = _found(text)
    for name in ("Grace Park", "Mark Oh", "Kevin Paik", "Sunny Jeong", "Esther Cho", "Joy Shin"):
        assert name in found, name
    assert "Hwang" in found
    assert "Ruth" not in found
    result = anonymize(text, [])
    assert "Ruth 1:16-17" in result.text
    assert "Grace Park" not in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Will Park the truck by the gate?",
        "May Kim come too? I hope Kim is safe.",
        "Hope Kim is safe.",
    ],
)
def test_a_verb_opening_a_sentence_is_no_given_name(text: str) -> None:
    assert not [span for span in _found(text) if " " in span]


def test_a_name_at_a_line_s_end_does_not_take_the_next_line_s_word() -> None:
    """A potluck list: each line a dish, then who brings it. "Brian Moon" ends a line and
    "Fruit" opens the next; a romanized name broken over two lines still joins."""
    text = (
        "Japchae - Deaconess Lee Young-ja\n"
        "Rice (2 big cookers) - Brian Moon\n"
        "Fruit - Rachel Han\n"
        "Potato salad - we met Pak Chol\n"
        "Min there."
    )
    found = _found(text)
    assert "Lee Young-ja" in found
    assert "Brian Moon" in found
    assert "Pak Chol\nMin" in found
    assert not any("Rice" in span or "Fruit" in span for span in found)


def test_a_registered_name_before_a_field_s_label_is_no_company() -> None:
    kong = RegisteredPerson("p1", "Kong Il-ho", "Supervisor A", "공일호", ("일호",), "supervisor")
    text = "작성: 부기원 염성미\t승인: 작업소장 공일호\t회사: 조선대외건설총회사"
    assert "공일호" in _found(text, [kong])


def test_ranks_and_roles_before_a_registered_surname() -> None:
    han = RegisteredPerson("p1", "Han Chol-u", "Witness A", "한철우", (), "witness")
    ha = RegisteredPerson("p2", "Ha Myong-su", "Co-worker A", "하명수", (), "coworker")
    ma = RegisteredPerson("p3", "Ma Sun-i", "Co-worker B", "마순이", (), "coworker")
    text = (
        "Gap-1   Expired DPRK passport of Plaintiff Han, issued 31 February 2014.\n"
        "No. 02, Chief Mate Ha: he slept the whole voyage. Sent to help Cook Ma.\n"
        "02\tHA\tMYONG SU\tChief Mate\t02.01.1970"
    )
    found = _found(text, [han, ha, ma])
    assert "Han" in found
    assert found.count("Ha") == 1
    assert "Ma" in found
    assert "Mate" not in found
    assert not any(span.startswith("Mate") for span in found)
    assert "passport of Witness A, issued" in anonymize(text, [han, ha, ma]).text


def test_defectors_who_speak_in_public_keep_their_names() -> None:
    text = (
        "[CLIP 1 - archive, 2019] THAE (Thae Yong-ho, former DPRK minister in London): we knew.\n"
        "HOST: Thae Yong-ho later became a member of the National Assembly. Park Yeon-mi's book "
        "is out. 태영호 의원과 지성호 의원이 말했다."
    )
    found = _found(text)
    for public in ("Thae Yong-ho", "Park Yeon-mi", "태영호", "지성호"):
        assert public not in found, public


def test_a_witness_registered_under_a_public_name_is_still_replaced() -> None:
    """A registered person wins over the list: a witness who happens to be called Ji Seong-ho
    is replaced wherever he is named."""
    ji = RegisteredPerson("p1", "Ji Seong-ho", "Witness A", "지성호", (), "witness")
    text = "Ji Seong-ho worked in Tynda. 지성호는 2015년에 돌아왔다."
    result = anonymize(text, [ji])
    assert "Ji Seong-ho" not in result.text
    assert "지성호" not in result.text


def test_an_exclamation_is_not_the_surname_o() -> None:
    o = RegisteredPerson("p1", "O Sung-chol", "Witness A", "오성철", (), "witness")
    text = 'O Sung-chol was detained. He said: "Oh, I thought you were from our embassy."'
    found = _found(text, [o])
    assert "O Sung-chol" in found
    assert "Oh" not in found


def test_currencies_desks_and_streets_are_no_names() -> None:
    text = (
        "crew leader   QAR 3,400   JON SONG MIN\r\n"
        "interpreter   QAR 2,100   MUN JONG HO\r\n"
        "To: Payroll Team <payroll@gulfstar-qa.com>\r\n"
        "Department of Traumatology, 26 Voronkova St, Blagoveshchensk.\r\n"
        "Pomorski Urząd Wojewódzki w Gdańsku"
    )
    found = _found(text)
    assert "JON SONG MIN" in found
    for word in ("QAR", "payroll", "Voronkova", "Pomorski"):
        assert not any(word in span for span in found), word
