"""Round 28, from heldout30: a transcript's legend that sets a surname for a speaker's role, a
Korean surname in capitals with the given name's initials, a legend's initials for a hyphenated
given name; and words that are no names: North Korean spellings (로동자, 로임), a minister, a
military rank, a shipping agent's desk address."""

import pytest

from testimony.anonymize.redact import anonymize


def _found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in anonymize(text, []).spans]


def test_a_legend_s_surnames_for_interviewer_and_narrator_are_their_labels() -> None:
    text = (
        "표기: 한 = 면담자, 길 = 구술자. [ ]는 전사자 주.\r\n\r\n"
        "[00:00:12] 한: 지난번에 배 이름까지 말씀하셨어요.\r\n"
        "[00:00:20] 길: 네. 푸위안위 836호. 중국 배.\r\n"
        "[00:00:31] 한: 몇 명이 타셨어요?\r\n"
        "[00:00:35] 길: 중국 선원이 한 열 명. 길이 어딘지도 몰랐어요. 🙏\r\n"
    )
    result = anonymize(text, [])
    found = [text[span.start : span.end] for span in result.spans]
    assert found.count("한") == 3  # the legend and two labels; not "한 열 명" (about ten)
    assert found.count("길") == 3  # not "길이" (the road)
    assert "길이 어딘지도" in result.text
    assert "한 열 명" in result.text


def test_a_question_and_answer_legend_names_nobody() -> None:
    text = (
        "녹취록 (문 = 면담자, 답 = 증언자)\n"
        "문: 어디서 일했습니까?\n"
        "답: 러시아에서요.\n"
        "문: 언제요?\n"
        "답: 2015년. 창문도 없는 방이었어요.\n"
    )
    assert not any(span in ("문", "답") for span in _found(text))


def test_a_korean_surname_in_capitals_with_initials_and_a_legend_s_initials() -> None:
    text = (
        "2. So far no medical clearance for crew no. 4 (SO M.S.): two fingers injured.\n"
        "Crew no. 5 (HA J.) reported skin infection. Not related to cook JONG S.M.\n"
        "Visitors: SJH = Seo Jun-ho (team leader), HY = Han Yu-na (nurse)\n"
        "16/01/2024 (Tue) - SJH, HY\n"
        "HY checked RHM: rash on arms. The U.S. A.B. seaman came.\n"
        "Agent: ops@meridian-maritime.mu, vikash.ramdin@meridian-maritime.mu\n"
    )
    found = _found(text)
    for name in ("SO M.S.", "HA J.", "JONG S.M.", "vikash.ramdin"):
        assert name in found, name
    assert found.count("HY") == 3
    assert "ops" not in found
    assert not any("A.B." in span or "U.S." in span for span in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("1.1. 로동자는 블라디보스토크에서 일한다. 4.1. 로동자의 월 로임은 45 000루블이다.", "로"),
        ("수  신 : 외교부 장관\n통일부 장관님께 드립니다.", "장관"),
        ("작성: 작업반장 엄태식 (수표) / 확인: 지도원 표성근 (수표)", "수표"),
    ],
)
def test_north_korean_spellings_a_minister_and_a_signature_mark_are_no_names(
    text: str, word: str
) -> None:
    assert not any(span.startswith(word) for span in _found(text))


def test_a_military_rank_is_a_title_not_a_name() -> None:
    found = _found("Officer on duty: Sgt. Maj. Somchai Phromma. Pol Pot ruled Cambodia.")
    assert not any(span in ("Sgt", "Maj") for span in found)
    assert "Pot" not in found
