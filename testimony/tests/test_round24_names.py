"""What the eighth blind set (heldout24) showed reaching neither the finders nor the review
list, or reaching the list only: a name the keyboard typed in Latin mode, a surname whose given
name a news report masked ("전○○", "전 모 씨"), a church's and an NGO's titles (최 목사님, 한
간사님), and a Chinese name before its title inside a Chinese sentence."""

import pytest

from testimony.anonymize.detect import REASON_MASKED_GIVEN, detect_names
from testimony.anonymize.redact import anonymize
from testimony.anonymize.redact.keyboard import hangul_from_keys
from testimony.anonymize.spans import RegisteredPerson
from testimony.anonymize.unresolved import unresolved_tokens


@pytest.mark.parametrize(
    ("keys", "hangul"),
    [
        ("rmacjf", "금철"),  # a final consonant before another syllable's
        ("gml", "희"),  # a compound vowel
        ("rlaRMacjf", "김끔철"),  # Shift types the tense consonant
        ("dhkd", "왕"),
        ("rkskek", "가나다"),  # a consonant between two vowels opens the next syllable
        ("dkssud", "안녕"),
        ("hello", ""),  # an English word makes no whole syllables
        ("rr", ""),
        ("", ""),
    ],
)
def test_keys_of_the_korean_layout_are_read_back_into_syllables(keys: str, hangul: str) -> None:
    assert hangul_from_keys(keys) == hangul


def test_a_registered_name_typed_with_the_keyboard_in_latin_mode_is_found_whole() -> None:
    pang = RegisteredPerson("p1", "Pang Kum-chol", "Supervisor A", "방금철", (), "supervisor")
    kim = RegisteredPerson("p2", "Kim Ryon-hui", "Witness A", "김련희", (), "witness")
    text = (
        "메모.\r\n\r\n한/영 전환 오류: 증언자가 보낸 문자에서 반장 이름이 '방rmacjf'로 입력되어 "
        "있었다.\r\n김련gml 씨도 같은 공장에 있었다. 방금 온 문자는 hello 뿐이다.\r\n"
        "다음 문자에도 방rmacjf로 적혀 있었다."
    )
    result = anonymize(text, [pang, kim])
    found = [text[span.start : span.end] for span in result.spans]
    assert found.count("방rmacjf") == 2  # in quotes, and before the particle 로
    assert "김련gml" in found
    assert "rmacjf" not in result.text
    assert "gml" not in result.text
    assert "방금 온" in result.text  # 방금 ("just now") is no name
    assert "hello" in result.text


def test_a_public_figures_hangul_name_typed_in_latin_mode_is_not_made_a_person() -> None:
    text = "김정dms 동상 앞에서"  # 김정은, the leader, typed half in Latin mode
    assert anonymize(text, []).spans == []


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("[인터뷰:전○○/전 카타르 파견 노동자(음성변조)]", "전○○"),
        ("탈북민 전 모 씨는 2012년부터 4년 동안 일했습니다.", "전"),
        ("김모(45) 씨는 말했다.", "김"),
        ("정 모 교수가 조사를 맡았다.", "정"),
        ("피해자 박OO 씨와 최** 씨", "박OO"),
    ],
)
def test_a_surname_before_a_masked_given_name_is_proposed(text: str, surname: str) -> None:
    spans = [span for span in detect_names(text) if REASON_MASKED_GIVEN in span.reason]
    assert surname in [span.text for span in spans]


@pytest.mark.parametrize(
    "text",
    [
        "모 씨는 말했다.",  # 모 alone: nobody's surname
        "그 모 씨가 누구인지",
        "이○○○○ 표시는 생략",  # four marks: a blank, not a name
        "OO 공장",
    ],
)
def test_a_mask_without_a_surname_is_nobody(text: str) -> None:
    assert not [span for span in detect_names(text) if REASON_MASKED_GIVEN in span.reason]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("밤에 최 목사님께 전화드리고 사택 안방에 재웠다.", "최"),
        ("서울의 탈북민 지원 단체 홍 간사님과 통화했다.", "홍"),
        ("김 집사님이 쌀을 가져오셨다.", "김"),
        ("그날 박 전도사가 국경까지 데려다주었다.", "박"),
    ],
)
def test_a_surname_before_a_church_or_ngo_title_is_proposed(text: str, surname: str) -> None:
    assert surname in [span.text for span in detect_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "정교수로 승진했다.",  # a full professor
        "무책임한 말이었다.",  # irresponsible
        "이 목사님은 처음 보는 분이었다.",  # this pastor
    ],
)
def test_words_made_of_a_surname_syllable_and_a_title_are_not_names(text: str) -> None:
    assert detect_names(text) == []


def test_a_chinese_name_before_its_title_inside_a_chinese_sentence_is_listed() -> None:
    text = (
        "二、手机一律交给赵德明厂长保管。 èr, shǒujī yīlǜ jiāo gěi Zhào Démíng.\r\n"
        "朴代表把门锁了 [Representative Pak locked the door]"
    )
    listed = {text[item.start : item.end] for item in unresolved_tokens(text, [])}
    assert "赵德明" in listed
    assert "朴" in listed
