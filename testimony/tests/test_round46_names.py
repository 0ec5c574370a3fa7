"""Round 46, from the misses of heldout50, measured blind on heldout51, heldout52 and
heldout53: a job after a given name in a phone's contact name is no surname, a form's field
label is no chat speaker, and a registered surname with the one initial of the given name."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_a_job_after_a_given_name_is_no_surname() -> None:
    text = (
        'WhatsApp chat export - "Ramesh Plumber"\r\n'
        "12/03/2019, 21:14 - Ramesh Plumber: Hello my friend, this is my number\r\n"
        "12/03/2019, 21:15 - Ahmed Taxi: Tomorrow 6 am at the gate\r\n"
    )
    found = _detected(text)
    assert "Ramesh" in found
    assert "Ahmed" in found
    assert not any("Plumber" in name or "Taxi" in name for name in found)
    # A surname that is also a trade stays a surname.
    assert "Anna Baker" in _detected("The nurse, Anna Baker, signed the sheet.")


def test_a_forms_field_labels_are_no_chat_speakers() -> None:
    text = (
        "Certificate 1\nFacility: Al Wakra Hospital\nDoctor: Dr Samir Haddad (stamp)\n"
        "Certificate 2\nFacility: Hamad General Hospital\nDoctor: Dr Omar Nasser\n"
    )
    found = _detected(text)
    assert "Facility" not in found
    assert "Doctor" not in found


def test_a_registered_surname_with_the_given_names_initial() -> None:
    person = RegisteredPerson("p1", "Hong Yong-dok", "Supervisor A", hangul="홍영덕")
    text = 'Signaller: Hong Y.\r\nThe signaller "Hong Y." was Hong Yong-dok. Y. Hong signed.'
    result = anonymize(text, [person])
    assert result.text == (
        'Signaller: Supervisor A\r\nThe signaller "Supervisor A" was Supervisor A. '
        "Supervisor A signed."
    )
    # Another letter is not his initial: the surname alone is his, the letter is not.
    result = anonymize("Hong Yong-dok came. Hong K. stayed.", [person])
    assert next(span.text for span in result.spans if span.source == "registered") == (
        "Hong Yong-dok"
    )
    assert not any(span.text == "Hong K." and span.source == "registered" for span in result.spans)


def test_the_pronoun_i_is_no_given_name() -> None:
    # 설이 is detected; the syllable 이 of it, written I, is no other mention of her.
    text = "은옥이, 설이, 박향미에게도 전해 주세요.\n\nI was wrong, and I told them so."
    result = anonymize(text, [])
    assert "I was wrong, and I told them so." in result.text


def test_a_rank_after_a_title_is_no_name() -> None:
    text = (
        "SEO Dong-hwan, Prosecutor\r\n"
        "Countersigned: KWON Mi-jeong, Chief Prosecutor, Central District Prosecutors' Office\r\n"
    )
    found = _detected(text)
    assert "Prosecutor" not in found
    assert {"SEO Dong-hwan", "KWON Mi-jeong"} <= set(found)


def test_initial_consonants_a_legend_sets_for_a_name() -> None:
    text = (
        "Reviewers: JP = Julia Petersen; ㅎㅅ = 한수아\n"
        "→ ㅎㅅ: 공개본에서는 이름 빼기로 합의함. ㅋㅋ\n"
        "[p.2] ㅎㅅ: 좋음. ㅎㅎ\n"
    )
    found = _detected(text)
    assert found.count("ㅎㅅ") == 3
    assert "한수아" in found
    assert "ㅋㅋ" not in found
    assert "ㅎㅎ" not in found
    # Consonants that are not the name's initials define nothing.
    assert "ㄱㄴ" not in _detected("ㄱㄴ = 한수아\nㄱㄴ: 좋음")
