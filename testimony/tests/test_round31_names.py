"""Round 31, from heldout33: the name an e-mail address spells, written in full elsewhere;
Korean names in Cyrillic capitals; a Chinese judgment's parties and its lists of names; a
ship's ranks, Portuguese and Korean civil-service titles before a surname; a Mongolian name
after the father's initial and a space; given names of the countries the NGO's partners and
the workers meet (Japan, France, Thailand, Cambodia, Angola); and what stays no name."""

import pytest

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def _found(text: str, persons: list[RegisteredPerson] | None = None) -> list[str]:
    return [text[span.start : span.end] for span in anonymize(text, persons or []).spans]


def test_the_name_an_e_mail_address_spells_is_found_where_it_is_written_in_full() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Minji Park - cases\r\n"
        "ORGANIZER;CN=Minji Park:mailto:minji.park@example.org\r\n"
        "DESCRIPTION:Call hyesun.cho@example.org 📞. Later Park said the date is 2024-02-30.\r\n"
    )
    found = _found(text)
    assert found.count("Minji Park") == 2
    assert "minji.park" in found
    assert "hyesun.cho" in found
    assert "Park" in found  # the surname alone, subject of "said"
    assert "Minji Park" not in anonymize(text, []).text


def test_korean_names_in_cyrillic_capitals_and_russian_capitals_that_are_none() -> None:
    text = (
        "СПИСОК РАБОТНИКОВ ДЛЯ ОВД\n"
        "| ВМ 4  | ЛИ ЕН СУ        | 30.01.1985 | штукатур |\n"
        "| ВМ 5  | ЧВЕ МЕН ГИЛЬ    | 14.04.1979 | каменщик |\n"
        "| ВМ 2  | О СОН ХИ        | 31.02.1990 | повар    |\n"
        "ИНФОРМАЦИЯ О РАБОТНИКАХ. О НАС. ИП КИМ.\n"
        "ЗАЯВЛЕНИЕ ОТ КИМ ЕН ЧОЛЬ / ДО ЧОН НАМ"
    )
    found = _found(text)
    for name in ("ЛИ ЕН СУ", "ЧВЕ МЕН ГИЛЬ", "О СОН ХИ", "КИМ ЕН ЧОЛЬ", "ДО ЧОН НАМ"):
        assert name in found, name
    assert not any("РАБОТНИК" in span or span.startswith("О НАС") for span in found)


def test_a_chinese_judgment_s_parties_and_its_list_of_workers() -> None:
    text = (
        "本院审理的检察院指控被告人刘建华、被告人金永洙、被告人崔某犯组织他人偷越国（边）境罪一案。"
        "被告人刘建华伙同被告人金永洙，组织务工的朝鲜籍人员李香淑、朴银河、韩春花、赵明玉、文成哲"
        "等五人出逃。证人高英男（朝鲜籍）证言。他们经过北京、上海、天津、广州。"
    )
    found = _found(text)
    assert found.count("刘建华") == 2
    assert found.count("金永洙") == 2
    for name in ("李香淑", "朴银河", "韩春花", "赵明玉", "文成哲", "高英男"):
        assert name in found, name
    assert "崔" in found  # the court withheld the rest of the name
    for city in ("北京", "上海", "天津", "广州"):
        assert city not in found, city


def test_a_ship_s_ranks_and_a_broker_before_a_surname() -> None:
    text = (
        "0800-1200 Watch, lookout AB Ju. Course 240T.\r\n"
        "2000-2400 Lookout doubled: OS Choe and OS Pang.\r\n"
        "1830 Purser Rim returned on board without AB Ju.\r\n"
        "[2021-05-02 21:14] Broker Lee: 아버지 연락 됐어요\r\n"
        "1   RI   YONG NAM   Bosun   PRK   836410117"
    )
    found = _found(text)
    assert found.count("Ju") == 2
    for name in ("Pang", "Rim", "Lee"):
        assert name in found, name
    assert "PRK" not in found


def test_portuguese_and_korean_titles_before_a_registered_or_unregistered_surname() -> None:
    um = RegisteredPerson("p1", "Um Chol-jin", "Witness A", "엄철진", (), "witness")
    text = "O Sr. Um ficou deitado no contentor. Um dia depois, o Sr. Um voltou."
    assert _found(text, [um]).count("Um") == 2
    korean = (
        "신문관: 석 사무관, 류 주무관. 4. 이탈 경위 ○ 2022년 6월. "
        "서명 | 대전 유성구 | 변호사 | (서명)"
    )
    found = _found(korean)
    assert "석" in found
    assert "류" in found
    assert "이탈" not in found
    assert "유성구" not in found


def test_a_mongolian_name_after_the_father_s_initial_and_a_space() -> None:
    text = (
        "20 | Ts. Oyunchimeg    | accountant | 2,400,000\n"
        "Prepared: Ts. Oyunchimeg   Approved: director B. Ganzorig\n"
        "We had a plan B. Then we left."
    )
    found = _found(text)
    assert found.count("Ts. Oyunchimeg") == 2
    assert any("Ganzorig" in span for span in found)
    assert not any("Then" in span for span in found)


@pytest.mark.parametrize(
    "name",
    ["Sakura Tanaka", "Mireille Dufour", "Kenji Arakawa", "Tanawat Boonmee", "Domingos Kiala"],
)
def test_given_names_of_the_partners_and_the_host_countries(name: str) -> None:
    text = f"For media requests, please contact {name} (press desk) before 30 February."
    assert name in _found(text)


def test_a_city_named_for_a_saint_keeps_its_name() -> None:
    assert not _found("The shipment went from San Francisco to Sao Paulo in 2019.")


def test_a_list_of_two_character_items_opening_the_text() -> None:
    """The first item of a list has no characters before it: names are found, cities kept."""
    assert _found("张伟、李娜、王芳、刘洋。") == ["张伟", "李娜", "王芳", "刘洋"]
    assert not _found("北京、上海、天津、广州")
    assert _found("人员李香、朴银河、韩春花。") == ["李香", "朴银河", "韩春花"]
