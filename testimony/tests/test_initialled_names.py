"""A person written with initials, as registers, letters, medical and Russian papers write one:
"A. P. Orlov", "Petrova E. V.", "Kim C.M.", and the same in Cyrillic. Nobody registers the
clinic's doctor or the officer who signed a form, so only the initials say that a person stands
there; the letters of a list, a transcript's "Q." and "A.", a bank and a province do not."""

import pytest

from testimony.anonymize.detect import REASON_INITIAL_SURNAME, detect_names
from testimony.anonymize.redact import anonymize


def _found(text: str) -> list[str]:
    spans = detect_names(text)
    for span in spans:
        assert text[span.start : span.end] == span.text
    return [span.text for span in spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The discharge summary was signed by A. P. Orlov, head of department.", "A. P. Orlov"),
        ("Attending physician: Petrova E. V. (signature)", "Petrova E. V."),
        ("The agency's contact, K.S. Ri.", "K.S. Ri"),
        ("We were met by Elena V. Morozova at the station.", "Elena V. Morozova"),
        ("The form names the worker as Kim C.M. and nothing more.", "Kim C.M."),
        ("M. Okafor\nJ. Lindqvist wrote the second letter.", "M. Okafor"),
        ("Dr. A. Kim examined him.", "A. Kim"),
        ("Справку подписал Д. Смирнов.", "Д. Смирнов"),
        ("Врач: Кузнецова Н.А., терапевт", "Кузнецова Н.А."),
        ("Бригадир Цой С. тоже расписался.", "Цой С."),
    ],
)
def test_a_surname_with_initials_is_proposed_whole(text: str, name: str) -> None:
    spans = [span for span in detect_names(text) if span.text == name]
    assert spans, _found(text)
    assert REASON_INITIAL_SURNAME in spans[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "A. The camp was far.\nB. Local workers were paid.\nC. Working hours were long.",
        "Q. Who beat you?\nA. My minder did.\nQ. Did anyone help?",
        "The meeting started at 9 A.M. Monday. P.S. If you see him, call.",
        "He was born in N. Hamgyong and worked in S. Pyongan.",
        "The wages went through J.P. Morgan in New York.",
        "Moscow City Clinical Hospital named after S. P. Botkin treated him.",
        "Contract wage QAR 1,200 per W. Received QAR 150.",
        "Al Sadd Contracting L.L.C. hired the brigade.",
        "The statement was read by Victim A. Then the judge spoke.",
        "Lines: D. Azman bin Yusof; E. In the camp; F. No one came.",
        "Адрес: ул. Ленина, г. Хабаровск, С. Петербург.",
    ],
)
def test_list_letters_hours_provinces_banks_and_streets_are_no_initials(text: str) -> None:
    assert not [
        span.text for span in detect_names(text) if REASON_INITIAL_SURNAME in span.reason
    ], _found(text)


def test_initials_in_the_third_paragraph_of_a_crlf_text_with_fullwidth_letters_leave_nothing() -> (
    None
):
    """As a browser and a pasted PDF send it: CRLF, an emoji before, fullwidth letters, a soft
    hyphen inside the surname. The span covers every original character and the anonymized
    text keeps no letter of the surname."""
    text = (
        "Clinic record, pasted by the interviewer.\r\n\r\n"
        "He was admitted on 3 May with a crushed hand 🙏.\r\n\r\n"
        "Discharged by Ａ. Ｐ. Ｏｒｌｏｖ; countersigned by Petro\u00adva E. V. the same day."
    )
    result = anonymize(text, [])
    redacted = [text[span.start : span.end] for span in result.spans]
    assert "Ａ. Ｐ. Ｏｒｌｏｖ" in redacted
    assert "Petro\u00adva E. V." in redacted
    for leftover in ("Ｏｒｌｏｖ", "Orlov", "Petro", "va E"):
        assert leftover not in result.text
    assert "Clinic record" in result.text
    assert "crushed hand 🙏" in result.text


def test_an_80000_character_list_of_lettered_items_is_read_once_and_keeps_its_names() -> None:
    """A pasted annex of thousands of lettered items (A. ... / B. ..., CRLF): the list's
    letters stay, and a person with an initial inside it is still proposed."""
    items = "".join(
        f"A. The point {n}.\r\nB. Local note {n}; C. Working hours; Q. Who? A. Me.\r\n"
        for n in range(1000)
    )
    text = (items[:40000] + "\r\nSigned by M. Okafor, nurse.\r\n" + items)[:80000]
    found = [span.text for span in detect_names(text) if REASON_INITIAL_SURNAME in span.reason]
    assert found == ["M. Okafor"]
