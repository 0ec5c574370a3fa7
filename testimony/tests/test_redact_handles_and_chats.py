"""Registered persons where testimonies meet chats and forms: a messenger handle or dotted
initials registered as an alias, a name in a script of its own, a surname as a chat's speaker
label or asked about, a surname as the subject of a verb of testimony, and Korean nicknames and
titles of ships' crews."""

import pytest

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def _texts(text: str, persons: list[RegisteredPerson]) -> list[str]:
    spans = anonymize(text, persons, detect=False).spans
    for span in spans:
        assert text[span.start : span.end] == span.text
    return [span.text for span in spans]


# --- Aliases no word scan reads ------------------------------------------------------------


def test_a_messenger_handle_is_found_whole_with_or_without_a_particle() -> None:
    tae_u = RegisteredPerson("p1", "Ku Tae-u", "Witness A", "구태우", ("TaeU_spb",), "witness")
    text = "[21:04] Grace: are you safe?\r\n[21:06] TaeU_spb: 네.\r\nTaeU_spb가 다시 썼다."
    result = anonymize(text, [tae_u], detect=False)
    assert [span.text for span in result.spans] == ["TaeU_spb", "TaeU_spb"]
    assert "TaeU" not in result.text
    assert "_spb" not in result.text
    assert "Witness A: 네." in result.text
    assert "Witness A가 다시" in result.text


def test_a_handle_with_digits_is_found_in_any_case_but_not_inside_a_longer_handle() -> None:
    son = RegisteredPerson("p2", "Yoo Jin-hyok", "Witness B", "류진혁", ("jh_ryu88",), "witness")
    assert _texts('He used the handle "JH_RYU88" on freelance sites.', [son]) == ["JH_RYU88"]
    # Inside a longer handle the alias is not found; his surname, a piece of it, is.
    assert _texts("Another user, xjh_ryu88, wrote too.", [son]) == ["ryu"]
    # A longer handle is not the alias; its letters are still his initials and surname.
    longer = anonymize("Another user, jh_ryu889, wrote too.", [son])
    assert [(span.text, span.reason) for span in longer.spans] == [
        ("jh_ryu", "registered: surname and initials in a login or file name of Witness B")
    ]


def test_dotted_initials_registered_as_an_alias_are_found_in_brackets_and_alone() -> None:
    kj = RegisteredPerson("p3", "Ri Kwang-jin", "Witness C", "리광진", ("K.J.",), "witness")
    text = "Subject: RE: case 2021-044 (K.J.) - consent form\n\nK.J. signed it yesterday."
    result = anonymize(text, [kj], detect=False)
    assert [span.text for span in result.spans] == ["K.J.", "K.J."]
    assert "K.J" not in result.text


@pytest.mark.parametrize(
    ("alias", "text"),
    [
        ("សុខ ចន្ធី", "그녀는 휴대전화로 សុខ ចន្ធី라고 자기 이름을 보여 줬습니다."),
        ("ສຸກສະຫວັນ", "His name in Lao letters is ສຸກສະຫວັນ, he said."),
        ("सीता", "She signed सीता on the receipt."),
    ],
)
def test_an_alias_in_a_script_of_its_own_is_found_as_written(alias: str, text: str) -> None:
    person = RegisteredPerson("p4", "Sok Chanthy", "Co-worker 1", "속 찬티", (alias,), "coworker")
    assert _texts(text, [person]) == [alias]


# --- English-word surnames where grammar says person ---------------------------------------


@pytest.fixture
def yu_and_ho() -> list[RegisteredPerson]:
    return [
        RegisteredPerson("p5", "Yu Song-il", "Witness D", "유성일", (), "witness"),
        RegisteredPerson("p6", "Ho Chang-nam", "Supervisor 1", "허창남", (), "supervisor"),
    ]


def test_a_surname_as_a_chats_speaker_label_on_several_lines(
    yu_and_ho: list[RegisteredPerson],
) -> None:
    text = "vol_Anna: Hi, is this you?\nYu: 네 맞아요.\nvol_Anna: Are you alone?\nYu: yes"
    assert _texts(text, yu_and_ho) == ["Yu", "Yu"]


def test_a_speaker_label_once_counts_after_the_full_name(
    yu_and_ho: list[RegisteredPerson],
) -> None:
    assert _texts("Note: Yu Song-il wrote at night.\n[09:02] Yu: ok", yu_and_ho) == [
        "Yu Song-il",
        "Yu",
    ]
    assert _texts("[09:02] Yu: ok", yu_and_ho) == []


def test_who_is_asked_about_a_surname(yu_and_ho: list[RegisteredPerson]) -> None:
    assert _texts("Anna: Who is Ho? Your boss?", yu_and_ho) == ["Ho"]
    assert _texts("Who is ho-ing so loud?", yu_and_ho) == []


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Pang Chol-u lived in Doha. Pang estimates the minder kept $9,000.", "Pang"),
        ("Sim Kyong-hwa signed. Sim identifies them as two women from Hamhung.", "Sim"),
        ("Pang Chol-u lived in Doha. Pang and Song-nam discussed leaving.", "Pang"),
        ("No Kyong-ho was the boss. A mechanic gave her a phone. No found it.", "No"),
    ],
)
def test_an_english_word_surname_as_subject_after_the_full_name(text: str, surname: str) -> None:
    persons = [
        RegisteredPerson("p7", "Pang Chol-u", "Witness E", "방철우", (), "witness"),
        RegisteredPerson("p8", "Sim Kyong-hwa", "Witness F", "심경화", (), "witness"),
        RegisteredPerson("p9", "No Kyong-ho", "Supervisor 2", "노경호", (), "supervisor"),
    ]
    found = _texts(text, persons)
    assert len(found) == 2
    assert found[1] == surname


def test_the_idiom_with_a_pronoun_stays_a_word() -> None:
    so = RegisteredPerson("p10", "So Myong-ho", "Relative 1", "소명호", (), "relative")
    assert _texts("So Myong-ho came. So was I, and so did we.", [so]) == ["So Myong-ho"]


# --- Korean: crews' titles and nicknames ---------------------------------------------------


def test_a_surname_before_a_ships_title() -> None:
    no = RegisteredPerson("p11", "No Byong-sam", "Supervisor 3", "노병삼", (), "supervisor")
    assert _texts("그 겨울 노 갑판장은 손가락 두 개를 잃었다.", [no]) == ["노"]


def test_a_surname_that_is_a_word_in_a_nickname_after_the_full_name() -> None:
    no = RegisteredPerson("p11", "No Byong-sam", "Supervisor 3", "노병삼", (), "supervisor")
    text = "갑판장은 노병삼이었다. 사람들은 그를 큰 노, 나를 작은 노라고 불렀다."
    assert _texts(text, [no]) == ["노병삼", "노", "노"]
    assert _texts("사람들은 그를 큰 노라고 불렀다.", [no]) == []
    kang = RegisteredPerson("p12", "Kang Yong-su", "Official 1", "강영수", (), "official")
    assert _texts("강영수가 왔다. 벌목장 옆으로 큰 강이 흘렀다.", [kang]) == ["강영수"]


def test_a_surname_alone_after_a_party_of_a_judgment() -> None:
    ma = RegisteredPerson("p13", "Ma Chun-hui", "Witness G", "마춘희", (), "witness")
    text = "원고 마춘희(이하 '원고 마'라 한다)는 입국하였다. 원고 마는 손목이 골절되었다."
    assert _texts(text, [ma]) == ["마춘희", "마", "마"]
    assert _texts("원고는 마를 재배했다. 피고 회사는 답했다.", [ma]) == []


def test_a_detected_names_surname_before_a_title_of_a_site_or_a_clinic() -> None:
    """ "안 부대장" after "안덕수 - 부대장", "노 상담사" after "상담사 노은비": a surname that is
    also a word (not, road), found again before the title; "길 건너" (across the road) stays."""
    text = (
        "2. 안덕수 - 부대장. 안 부대장은 경성 출신이다. 방장은 길순남이라는 동무였는데, "
        "길 방장은 밤마다 세었어요. 길 건너 숙소. 상담사 노은비와 연계. 노 상담사에게 요청."
    )
    result = anonymize(text, [], detect=True)
    assert [span.text for span in result.spans] == ["안덕수", "안", "길순남", "길", "노은비", "노"]
    assert "길 건너" in result.text


def test_a_one_word_alias_that_is_a_grammar_word_needs_a_persons_grammar() -> None:
    """heldout20: "Do" registered as an alias of To Chang-ho replaced every "to" and "do"."""
    to = RegisteredPerson("p14", "To Chang-ho", "Supervisor 4", "도창호", ("Do",), "supervisor")
    text = "To Chang-ho came. We had to work; what could we do? Do said nothing."
    assert _texts(text, [to]) == ["To Chang-ho", "Do"]
    # Capitalised at a sentence's start it is still a word unless the grammar says person.
    assert _texts("To Chang-ho came. To get food we walked. Do you know?", [to]) == ["To Chang-ho"]
