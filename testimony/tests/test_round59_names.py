"""Round 59, from the misses and the false positives of heldout66 (blind in rounds 57 and 58):
a printout typed letter by letter, a Hangul name with its syllables apart in a table's cell,
a committee member (위원), a full name right after a title or an office (a surname of two
syllables too), a social network's comments without a colon, a sentence's verb before a
name, and a name with its middle initial in capitals."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.folding import fold_text
from testimony.anonymize.redact import anonymize, assign_pseudonyms


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def _proposed(text: str) -> list[str]:
    """What the whole pipeline proposes, on the folded copy (`detect_names` reads the text as
    given)."""
    return [span.text for span in anonymize(text, persons=[], detect=True).spans]


def test_a_printout_typed_letter_by_letter_is_read_as_its_words() -> None:
    text = (
        "Name      :  P A K   C H O L - M I N\r\n"
        "DOB       :  1 2 / 0 4 / 1 9 7 9\r\n"
        "Citizenship :  D P R K          POB :  H a m h u n g\r\n"
        "  SPS    R I   S o n - h u i       1 9 8 2        DPRK\r\n"
    )
    assert fold_text(text).text.splitlines()[0] == "Name      :  PAK CHOL-MIN"
    found = _proposed(text)
    assert "P A K   C H O L - M I N" in found
    assert "R I   S o n - h u i" in found
    assert not any(name in ("D", "D P R K", "H a m h u n g") for name in found)
    persons = assign_pseudonyms([{"name": "Pak Chol-min", "hangul": "박철민", "aliases": []}])
    output = anonymize(text, persons=persons, detect=True).text
    assert "C H O L" not in output
    # One run alone is a menu's or a scale's letters, not a printout: left as written.
    assert fold_text("Choose A B C D or none.").text == "Choose A B C D or none."


def test_a_hangul_name_with_its_syllables_apart_in_a_tables_cell() -> None:
    text = (
        "번호  성명           소속              사유\r\n"
        "4     계 순 길       제4건설대 1반     도주 우려\r\n"
        "5     량 명 학       제4건설대 2반     과제금 미납\r\n"
    )
    found = _detected(text)
    assert "계 순 길" in found
    assert "량 명 학" in found
    # A document's title spaced out alone on its line is still no name.
    assert _detected("진 술 서\r\n본인은 아래와 같이 진술합니다.") == []


def test_names_after_a_title_an_office_or_before_a_committee_members_title() -> None:
    text = (
        "3. 출석위원: 정미경 위원장, 허성준 위원, 남궁은비 위원\n"
        "대표이사 제갈현우\n"
        "내빈: 회계사 남궁혜린: 매출 보고\n"
        " - 간호사 전미숙 방문간호 동행.\n"
        "- 당시 현장 소장 편상룡에 대한 증언은 출소 후에.\n"
    )
    found = _detected(text)
    for name in ("허성준", "남궁은비", "제갈현우", "남궁혜린", "전미숙", "편상룡"):
        assert name in found
    assert _detected("반장 이야기를 들었다. 운영 위원 모집 중.") == []


def test_a_social_networks_comments_without_a_colon() -> None:
    text = (
        "좋아요 1,284개\n\n댓글\n"
        "hana.k  언니 ㅠㅠ 아버님 생신 축하드려요\n"
        "  └ mirae_song  연락 주실 수 있나요?\n"
        "jiho_park  ❤️❤️\n"
    )
    found = _detected(text)
    for handle in ("hana.k", "mirae_song", "jiho_park"):
        assert handle in found


def test_a_sentences_verb_before_a_name_and_a_middle_initial_in_capitals() -> None:
    text = (
        "Informed Jonas Berg and the buyer. Contacted Maria Lopez today.\n"
        "BEFORE THE HONORABLE HELENA R. WHITAKER\nUNITED STATES DISTRICT JUDGE\n"
    )
    found = _detected(text)
    assert "Jonas Berg" in found
    assert "Maria Lopez" in found
    assert "HELENA R. WHITAKER" in found
    assert not any(name.startswith(("Informed", "Contacted")) for name in found)


def test_a_registered_name_before_a_tables_cell_that_names_a_sea_or_a_river() -> None:
    """A tab parts a table's cells: "HAN Ok-ryon<TAB>Sea" is a worker and her group, and the
    registered name was kept as if it were a sea's."""
    persons = assign_pseudonyms([{"name": "Han Ok-ryon", "hangul": "한옥련", "aliases": []}])
    text = "ID\tName\tGroup\r\nNK-102\tHAN Ok-ryon\tSea\r\nNK-103\tHAN Ok-ryon\tRiver\r\n"
    output = anonymize(text, persons=persons, detect=True).text
    assert "Ok-ryon" not in output
    # Kim Chaek University is still a place, whoever is registered as Kim Chaek.
    chaek = assign_pseudonyms([{"name": "Kim Chaek", "hangul": "김책", "aliases": []}])
    kept = anonymize("He studied at Kim Chaek University.", persons=chaek, detect=True).text
    assert "Kim Chaek University" in kept


def test_a_speakers_label_with_a_note_in_brackets() -> None:
    text = (
        "[2024-02-11 09:40] Support (Niamh): Hi Chol-min, I'm Niamh and I'll help.\n"
        "[2024-02-11 09:41] Support (Niamh): Order 8821 was late.\n"
        "[2024-02-11 10:05] Chol-min: ok\n"
        "[2024-02-12 10:06] Chol-min: thanks\n"
        "00:04:40  SIM (via interpreter): He says yes.\n"
        "00:05:30  SIM (via interpreter): He says no.\n"
    )
    found = _detected(text)
    assert found.count("Niamh") == 3
    assert found.count("SIM") == 2
    assert "Support" not in found


def test_a_name_led_by_a_word_after_a_role_and_a_declined_cyrillic_name() -> None:
    assert "편지민" in _detected("---- 자원봉사자 메모 (편지민, 지역 지부) ----")
    assert "Кима Чхоль Су" in _detected("Прошу проверить действия Кима Чхоль Су и ООО.")


def test_what_the_new_rules_leave_alone() -> None:
    """Forms' fields with a note in brackets are no speakers, a committee's compound title no
    name before 위원, a song in corner brackets no name after a title, kin take the affectionate
    이 (아들 민혁이), and a given name's particle stays out (조장 리향은)."""
    fields = (
        "Date: 2016-05-02\nCaption (EN): Kitchen container at the site.\n"
        "Date: 2016-05-03\nCaption (KO): 주방 컨테이너.\n"
        "R (Cha): 거의 없었습니다.\nR (Cha): 네.\n"
    )
    found = _detected(fields)
    for word in ("Caption", "R", "Date"):
        assert word not in found
    korean = (
        "책임 집필 손미경(외부 연구위원), 공동 집필 장태윤\n"
        "마순희: 나훈아 선생님 「고향역」이요.\n"
        "- 강영자 집사님 아들 민혁이 군 입대\n"
        "조장 리향은 하품하는 사람을 적었다.\n"
    )
    found = _detected(korean)
    for word in ("연구", "고향역", "민혁이", "리향은"):
        assert word not in found
    assert "리향" in found
