"""Round 40, from the misses and false positives of every read set, measured blind on heldout43
and heldout44: names written surname first with a comma, Korean names in capitals whose surname
is a word, a Hangul name before its romanization, bare Hangul names after a relation or a list's
number, the Polish spelling of a registered Korean name, more foreign given names; and fewer
proposals of marks, titles, legal roles, bots and lines that are not names."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson
from testimony.tests.test_round35_names import _found


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_names_written_surname_first_with_a_comma() -> None:
    text = (
        "CREW SIGN-ON\r\n1. TAK, SONG RYONG\r\n2. CHEN, XIAOMING 🚢\r\n"
        "3. DELA CRUZ, RONALDO (oiler)\r\n4. VILLANUEVA, JOEL\r\n"
        "See Lee, S.-H. and Ｍｏｏｎ, Ｔ. (2019); Okonkwo, A. N. agrees.\n"
        "Lobanov, Sergei\n"
    )
    found = _found(text)
    for name in (
        "TAK, SONG RYONG",
        "CHEN, XIAOMING",
        "DELA CRUZ, RONALDO",
        "VILLANUEVA, JOEL",
        "Lee, S.-H.",
        "Ｍｏｏｎ, Ｔ.",
        "Okonkwo, A. N.",
        "Lobanov, Sergei",
    ):
        assert name in found
    # Headings, interjections, numerals, lists of surnames and a place before initials are none.
    kept = "NAME, AGE, SEX\nNOTE, PLEASE READ\nOK, OK. OH, RYANG. RIM, PAEK. ED, IV.\n"
    kept += "In Seoul, K. said"
    assert not any("," in name for name in _detected(kept))


def test_a_korean_name_in_capitals_whose_surname_is_a_word() -> None:
    text = "Crew list:\n1. PARK MYONG SOO, cook\n2. O KUM SONG, oiler\n3. SIN MYONG JA\n"
    assert _detected(text) == ["PARK MYONG SOO", "O KUM SONG", "SIN MYONG JA"]
    # A preposition before a name in capitals still opens no name.
    assert _detected("GO TO KIM CHOL NOW") == ["KIM CHOL"]


def test_a_hangul_name_before_its_romanization_and_after_a_relation() -> None:
    text = (
        "박철수 (Pak Chol-su), 29세 — 모스크바\r\n"
        "21:44 정수: 처 김은경, 딸 손유나 안부 부탁. 👋\r\n"
        "- 13번 탁성룡, 14번 백운철: 같은 배.\r\n"
        "│   ├─ 백부 신태석 (故, 2011 사망)\n"
    )
    found = _detected(text)
    for name in ("박철수", "김은경", "탁성룡", "백운철", "신태석"):
        assert name in found
    # A note's verb after a number is none, and neither is a Hangul word before a place's name.
    assert _detected("1번 반복함. 평양시 (Pyongyang) 에서") == []


def test_the_polish_spelling_of_a_registered_korean_name() -> None:
    chon = RegisteredPerson(
        key="p1", name="Chon Kyong-sik", pseudonym="Witness A", hangul="전경식", aliases=()
    )
    o = RegisteredPerson(
        key="p2", name="O Chang-ryol", pseudonym="Supervisor 1", hangul="오장렬", aliases=()
    )
    text = (
        "Lista: CZON KJONG SIK, spawacz.\r\nBrygadzista O Czang Riol 🙁 i pan Czon Kjong\u200bsik."
    )
    result = anonymize(text, [chon, o])
    assert result.text == (
        "Lista: Witness A, spawacz.\r\nBrygadzista Supervisor 1 🙁 i pan Witness A."
    )


def test_more_foreign_given_names_and_the_titles_before_them() -> None:
    text = (
        "Fact-checker: Oscar Lindgren. Editor: Agnes Moreau.\n"
        "Kpl Rosli said no. Ambassador Hedda Lind spoke. Meme Ndapewa came.\n"
        "1 | Oleksandr Bondarenko  UKR | 34\nIndonesian crew Agus SETIAWAN and Olga PETROVA\n"
    )
    found = _detected(text)
    for name in (
        "Oscar Lindgren",
        "Agnes Moreau",
        "Rosli",
        "Hedda Lind",
        "Ndapewa",
        "Oleksandr Bondarenko",
        "Agus SETIAWAN",
        "Olga PETROVA",
    ):
        assert name in found
    # UN officials are public figures; a month in Spanish or Portuguese is no name.
    public = "Siobhán Mullally and Sonja Biserko met Volker Türk. 18 de Julio, Março de 2019."
    assert _detected(public) == []


def test_marks_titles_roles_bots_and_lines_that_are_no_names() -> None:
    register = "\n".join(
        f"0{n} | WON HAK SU {n}        | Pedreiro   | P  | P  | FJ | P  | D" for n in range(1, 4)
    )
    assert not any(len(name.strip()) == 1 for name in _found(register))
    items = "See Appendix C and K1-K6; P1 and P5 agreed."
    assert _found(items) == []
    korean = (
        "러시아 감독 세르게이 아저씨가 빵을 줬다. 이리나 자매님이 역에서 만난다.\r\n"
        "S 형제 무사 도착 🙌. 피진정인 방선희 주무관이 진정인의 동의 없이 임차인에게 알렸다."
    )
    found = _found(korean)
    assert "세르게이" in found
    assert "이리나" in found
    assert not any(word in name for name in found for word in ("아저", "자매", "무사", "진정인"))
    chat = (
        "[02.05.23 08:01] GateKeeperBot: Welcome, Sunhee Kim!\r\n"
        "[02.05.23 08:01] GateKeeperBot: Sunhee Kim passed the check.\r\n"
        "[02.05.23 08:04] Mirae: welcome!!\r\n[02.05.23 08:05] Mirae: 🙌\r\n"
    )
    assert "GateKeeperBot" not in _found(chat)
    vcard = "FN:Sergey Taxi\nTEL;TYPE=CELL:+7 914 000 00 01\nFN:Richard Oh\nMOON\n"
    assert not any("\n" in name for name in _detected(vcard))


def test_a_surname_in_a_file_name_s_phrase_and_a_title_before_a_column() -> None:
    do = RegisteredPerson(
        key="p1", name="To Sang-chol", pseudonym="Witness A", hangul="도상철", aliases=()
    )
    son = RegisteredPerson(
        key="p2", name="Son Hye-jin", pseudonym="Witness B", hangul="손혜진", aliases=()
    )
    text = (
        "Files: A04_DO_01.docx, CN-23-Son_interview1.docx 📎\r\n"
        "Keep DO_NOT_DELETE.txt and README_DO_FIRST.md.\r\n"
        "PASSENGER: KIM/CHOLUNG MR    E-TICKET 1802345\r\n"
    )
    result = anonymize(text, [do, son])
    assert result.text == (
        "Files: A04_Witness A_01.docx, CN-23-Witness B_interview1.docx 📎\r\n"
        "Keep DO_NOT_DELETE.txt and README_DO_FIRST.md.\r\n"
        "PASSENGER: [name withheld] MR    E-TICKET 1802345\r\n"
    )


def test_a_translation_memory_s_translator_column_holds_logins() -> None:
    text = (
        "seg id | source (ko) | target (en) | match | translator | comment\r\n"
        "0001 | 저는 왔어요. | I came. | 100% | jkhan |\r\n"
        "0002 | 반장이 왔어요. | The leader came. | 98% | mchoi | 🙂\r\n"
        "0003 | 비가 왔어요. | It rained. | 86% | ysong |\r\n"
        "0004 | 눈이 왔어요. | It snowed. | 91% | mchoi |\r\n"
    )
    assert sorted(set(_found(text))) == ["jkhan", "mchoi", "ysong"]
    # A column of telephone operators is no column of persons.
    phones = (
        "no | number | operator | note\n1 | 0812 | Telkomsel | sim\n"
        "2 | 0813 | Indosat Ooredoo | sim\n3 | 0817 | XL Axiata | old\n"
    )
    assert _found(phones) == []


def test_a_legend_of_logins_names_each_login() -> None:
    text = (
        "Project notes\r\n- Logins: jkhan = me; mchoi = Choi Min-ho; ysong = Song Yu-jin.\r\n"
        "- Segment 4 by mchoi 🙂; ysong checked it.\r\n- total = Grand Total\r\n"
    )
    result = anonymize(text, [])
    assert result.text == (
        "Project notes\r\n- Logins: jkhan = me; [name withheld] = [name withheld]; "
        "[name withheld] = [name withheld].\r\n"
        "- Segment 4 by [name withheld] 🙂; [name withheld] checked it.\r\n"
        "- total = Grand Total\r\n"
    )
