"""The reasons beside proposals and listed words, in the reviewer's language (reason_labels.py).

The finders compose most reasons at run time, so a Korean reviewer used to read them in
English; here every reason the pipeline gives on the labelled sets is rendered in Korean and
must hold no English word beyond the names, pseudonyms and quoted words it carries.
"""

import html
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.template import Context, Template
from django.test import Client
from django.urls import reverse
from django.utils import translation

from bench.reason_translation import carried_names, collect_reasons, untranslated
from testimony.models import Status, Testimony
from testimony.tests.test_redactions import review_redactions, with_narrative
from testimony.workflow import transition


def render(reason: str, language: str) -> str:
    """`reason` as a template shows it, through the reason_label filter."""
    template = Template("{% load testimony_tags %}{{ reason|reason_label }}")
    with translation.override(language):
        return html.unescape(template.render(Context({"reason": reason})))


@pytest.fixture(scope="module")
def pipeline_reasons() -> tuple[set[str], list[str]]:
    """Every distinct reason of the pipeline on every labelled set there is, and the names
    those reasons may carry as written."""
    reasons, pseudonyms = collect_reasons()
    return reasons, carried_names(pseudonyms)


@pytest.mark.database_free
def test_every_reason_the_finders_give_reads_in_korean(
    pipeline_reasons: tuple[set[str], list[str]],
) -> None:
    """Proposals and listed items of all the labelled sets: once the names, pseudonyms, quoted
    words and numbers they carry are set aside, no English word is left."""
    reasons, names = pipeline_reasons
    assert len(reasons) > 1000
    left = {reason: render(reason, "ko") for reason in sorted(reasons)}
    assert {r: label for r, label in left.items() if untranslated(label, names)} == {}


@pytest.mark.database_free
def test_english_readers_see_every_reason_as_the_finders_wrote_it(
    pipeline_reasons: tuple[set[str], list[str]],
) -> None:
    reasons, _names = pipeline_reasons
    assert [reason for reason in reasons if render(reason, "en") != reason] == []


@pytest.mark.parametrize(
    ("reason", "korean"),
    [
        (
            "registered: surname alone, subject of 'said' of Witness A",
            "등록된 인물: 성만 단독, 'said'의 주어 — Witness A",
        ),
        (
            "registered: surname alone, in lower case, subject of 'kept', after the full name "
            "of Relative 1 or Witness A",
            "등록된 인물: 성만 단독, 소문자로 씀, 'kept'의 주어, 앞에 전체 이름이 나옴 "
            "— Relative 1 또는 Witness A",
        ),
        (
            "registered: initials of the given name and the surname of Supervisor 2",
            "등록된 인물: 이름과 성의 이니셜 — Supervisor 2",
        ),
        (
            "surname alone of the detected name 'Pak Chol' or the name a reviewer redacted "
            "'O'Brien' or 2 other registered persons",
            "성만 단독 — 탐지된 이름 'Pak Chol' 또는 검토자가 가린 이름 'O'Brien' "
            "또는 등록된 다른 인물 2명",
        ),
        (
            "registered: surname alone of Witness A; the public figure Kim Il-sung in this "
            "text has it too: check who is meant",
            "등록된 인물: 성만 단독 — Witness A; 이 글에 나오는 공인 Kim Il-sung의 이름에도 "
            "있음: 누구를 가리키는지 확인하세요",
        ),
        (
            "looks like a name (statistical recogniser, score 0.93)",
            "이름으로 보임(통계 인식기, 점수 0.93)",
        ),
        (
            "registered: name in Hanja (surname 李) of Witness A",
            "등록된 인물: 한자 이름(성 李) — Witness A",
        ),
        (
            "the name a reviewer redacted 'Yong-su', written again",
            "검토자가 가린 이름 'Yong-su', 다시 쓰임",
        ),
        (
            # A name wrapped onto the next line keeps its line break inside the quotes.
            "part of the detected name 'Pak\nChol-min' standing alone; registered in another "
            "testimony",
            "탐지된 이름 'Pak\nChol-min'의 일부가 따로 쓰임; 다른 증언에 등록된 사람",
        ),
        (
            "registered: alias as written (one word) of Official 1; registered in another "
            "testimony",
            "등록된 인물: 적힌 그대로의 별칭(한 단어) — Official 1; 다른 증언에 등록된 사람",
        ),
    ],
)
def test_a_composed_reason_is_translated_piece_by_piece(reason: str, korean: str) -> None:
    """The frame and each clause are translated; pseudonyms, names, quoted words, the score
    and the Hanja surname stay as written."""
    assert render(reason, "ko") == korean


def test_a_piece_with_no_translation_stays_english_and_the_rest_is_translated() -> None:
    """A finding added to a finder but not yet to the catalogue is still shown, in English."""
    assert render("registered: a new kind of finding of Witness A", "ko") == (
        "등록된 인물: a new kind of finding — Witness A"
    )


@pytest.mark.parametrize(
    "reason",
    [
        "",
        "registered: ",
        "registered: surname alone of ",
        "; ;",
        "'",
        "part of  standing alone",
        "%s %(x)s",
    ],
)
def test_an_odd_reason_is_shown_as_it_is_rather_than_failing(reason: str) -> None:
    assert isinstance(render(reason, "ko"), str)


@pytest.mark.django_db
def test_the_korean_redaction_page_gives_the_reasons_in_korean(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A reviewer who chose Korean reads why each word is proposed or listed in Korean, with
    the pseudonym and the quoted verb as written."""
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    with_narrative(
        testimony,
        english="I am Rim Myong-chol.\nLater Rim said the minder kept our passports.\n"
        "Then Hyok came with me to the site.",
    )
    review_redactions(client, bob, testimony)
    client.post(reverse("set_language"), {"language": "ko", "next": "/"})
    page = html.unescape(
        client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    )
    assert "등록된 인물: 전체 이름 — Witness A" in page
    assert "등록된 인물: 성만 단독, 'said'의 주어 — Witness A" in page
    assert "· 로마자로 쓴 한국어 음절로 된 대문자 단어" in page  # Hyok, listed
    assert "registered:" not in page
    assert "subject of" not in page
