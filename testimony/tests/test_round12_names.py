"""Round 12: names in Arabic script as Gulf papers write them, the case's own staff after
their label, a surname before a word for a post (강 관리원, 김 반장으로), and what stays: a
group's head (조 조장), the quotative after a foreign name (Saeed라는), provinces (황해남도),
a speech after a transcript's label, Arabic sentences and organisations."""

import pytest

from testimony.anonymize.detect import REASON_ARABIC_NAME, REASON_STAFF, detect_names
from testimony.anonymize.redact import anonymize


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_an_arabic_name_on_papers_is_proposed_in_english_and_korean() -> None:
    english = "His name on the papers is سعد الكواري; I copied it from the board.\r\n"
    korean = "카타르 쪽 스폰서는 자심이라는 사람이었다.\r\n계약서에는 جاسم النعيمي라고 적혀 있었다."
    [span] = [span for span in detect_names(english) if span.reason == REASON_ARABIC_NAME]
    assert span.text == "سعد الكواري"
    assert "جاسم النعيمي" in _detected(korean)
    assert "سعد الكواري" not in anonymize(english, []).text


@pytest.mark.parametrize(
    "text",
    [
        "The company was شركة الخرافي للمقاولات in الكويت.",  # an organisation, a place
        "He said: قال لي إنه سيعود غدا إلى البيت",  # a sentence, not a name
        "They greeted us with السلام عليكم every morning.",
        "On the wall: بسم الله الرحمن الرحيم",
    ],
)
def test_arabic_sentences_organisations_and_places_stay(text: str) -> None:
    assert [s for s in detect_names(text) if s.reason == REASON_ARABIC_NAME] == []


def test_the_staff_named_after_their_label_are_proposed() -> None:
    text = (
        "Seoul, 14 May 2022. Interviewer: M. Lindqvist. Interpreter: Yoon Da-hye.\r\n"
        "Second session. Interviewer: S. Park.\r\n"
        "[Translated by E. Harwood.]\r\n\r\nSummary prepared by R. Tanaka.\r\n"
        "[번역: 이하나]\r\n면담자: 오세영 / 확인: 윤재민\r\n"
    )
    found = _detected(text)
    for name in ("M. Lindqvist", "S. Park", "E. Harwood", "R. Tanaka", "이하나", "윤재민"):
        assert name in found
    # "M. Lindqvist" is a surname with initials too: the staff label's reason comes first.
    staff = {span.text for span in detect_names(text) if span.reason.startswith(REASON_STAFF)}
    assert {"M. Lindqvist", "S. Park", "E. Harwood", "R. Tanaka", "이하나"} <= staff


@pytest.mark.parametrize(
    "text",
    [
        "면담자: 다친 사람은 없었습니까?\r\n증언자: 없었습니다.",  # a question, not a name
        "조서 작성자: 경위 드미트리 소콜로프",  # a rank, then the name
        "Interviewer: Where did you sleep?",
        "Interviewer: Witness asked for a break.",
        # A form's values after the same labels, CRLF between them.
        "확인: 완료\r\n검토: 필요\r\n기록: 없음\r\n번역: 진행\r\n정리: 정리됨\r\n번역: 진행중",
        # A tool or a team signs the line, not a person.
        "[Translated by Google Translate.]\r\nReviewed by Legal Team.",
    ],
)
def test_a_speech_or_a_rank_after_a_staff_label_stays(text: str) -> None:
    staff = [span for span in detect_names(text) if span.reason == REASON_STAFF]
    assert staff == []


def test_a_surname_before_a_post_and_as_a_title() -> None:
    text = (
        "작업반장은 김 반장으로, 구술자는 이름을 기억하지 못했다.\r\n"
        "노동자들을 감시한 사람은 강 관리원이었다. 강 관리원은 밤마다 숙소를 돌았다.\r\n"
        "우리 조 조장은 채 언니였다."
    )
    assert _detected(text) == ["김", "강", "강", "채"]


@pytest.mark.parametrize(
    "text",
    [
        "이 언니가 왔다. 한 언니가 왔다. 그 관리원이 왔다.",
        "주방 아줌마가 밥을 줬다. 도로로 갔다. 서로 도왔다.",
        "우리 반은 다 황해남도 사람이었어요. 출신: 황해북도 사리원.",
        "We flew to Luanda. In Luanda the site was big. Later Astana.",
    ],
)
def test_words_places_and_a_groups_head_stay(text: str) -> None:
    assert _detected(text) == []


def test_the_quotative_after_a_detected_foreign_name_is_not_a_surname() -> None:
    """라주 (Raju) is detected; 라 of "Saeed라는" and "왜?"라는 is the quotative, not him."""
    text = (
        "관리인은 Saeed라는 에미리트 사람이었다. 같은 주방의 인도인 라주가 영어를 가르쳤다.\r\n"
        '라주는 친절했다. 그때 처음으로 "우리는 왜?"라는 생각을 했다.'
    )
    spans = anonymize(text, []).spans
    assert "라" not in [span.text for span in spans]
    assert [span.text for span in spans].count("라주") == 2
