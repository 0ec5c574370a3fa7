"""A registered alias that is also an ordinary word ("Bear", "Goggles", "Spoon"; "Kang" spelled
"gang"): written with its capital it is the person and is proposed; written in small letters it
is most likely the word ("a bear came into the tent", "welding goggles"), so it is not replaced
but listed for the reviewer, and approval waits for the decision. An alias the interviewer typed
in small letters, a romanized Korean one and one inside an e-mail address stay proposed."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.anonymize.names import word_alias_keys
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson
from testimony.anonymize.unresolved import REASON_WORD_ALIAS, unresolved_tokens
from testimony.models import Person, Status, Testimony
from testimony.tests.test_redactions import change, review_redactions, where, with_narrative
from testimony.workflow import transition

BEAR = RegisteredPerson("p1", "Kim Chang-bom", "Supervisor A", "김창범", ("Bear",), "supervisor")
GOGGLES = RegisteredPerson("p2", "Ri Kwang-il", "Co-worker A", "리광일", ("Goggles",), "coworker")


def _proposed(text: str, persons: list[RegisteredPerson]) -> list[str]:
    return [text[span.start : span.end] for span in anonymize(text, persons).spans]


def _listed(text: str, persons: list[RegisteredPerson]) -> list[tuple[str, str]]:
    spans = anonymize(text, persons).spans
    keys = word_alias_keys(alias for person in persons for alias in person.aliases)
    covered = [(span.start, span.end) for span in spans]
    return [
        (item.text, item.reason)
        for item in unresolved_tokens(text, covered, named=covered, word_aliases=keys)
    ]


def test_the_word_in_small_letters_is_listed_and_the_capitalised_alias_proposed() -> None:
    text = (
        "The camp chief was Kim Chang-bom. We called him Bear.\r\n\r\n"
        "In the second summer a bear came into the kitchen tent. 🐻 Bear laughed.\r\n"
        "Ri wore cracked welding goggles. \u201cGoggles thinks ahead,\u201d he said."
    )
    proposed = _proposed(text, [BEAR, GOGGLES])
    assert proposed.count("Bear") == 2
    assert "Goggles" in proposed
    assert "bear" not in proposed
    assert "goggles" not in proposed
    result = anonymize(text, [BEAR, GOGGLES])
    assert "a bear came into the kitchen tent" in result.text
    assert "welding goggles" in result.text
    assert "Bear" not in result.text
    assert "Goggles" not in result.text
    listed = _listed(text, [BEAR, GOGGLES])
    assert ("bear", REASON_WORD_ALIAS) in listed
    assert ("goggles", REASON_WORD_ALIAS) in listed


def test_fullwidth_and_invisible_characters_do_not_hide_the_word() -> None:
    """Typed on a Korean keyboard: the fullwidth word folds to "bear" in small letters and is
    listed whole, the zero-width space included."""
    text = "그때 ｂｅ\u200bａｒ 한 마리가 왔다. Bear 반장은 웃었다."
    assert _proposed(text, [BEAR]) == ["Bear"]
    assert ("ｂｅ\u200bａｒ", REASON_WORD_ALIAS) in _listed(text, [BEAR])


def test_a_korean_surname_alias_spelled_as_an_english_word() -> None:
    """ "Kang" registered as an alias is spelled "gang" too: "a gang of twenty" is the word,
    "Gang told us" the person."""
    kang = RegisteredPerson("p1", "Gang Chol-su", "Supervisor A", "강철수", ("Kang",), "other")
    text = "From the second year a gang of twenty North Koreans came. Later Gang told us to stop."
    proposed = _proposed(text, [kang])
    assert "gang" not in proposed
    assert "Gang" in proposed
    assert ("gang", REASON_WORD_ALIAS) in _listed(text, [kang])


@pytest.mark.parametrize(
    ("alias", "text", "expected"),
    [
        # An address or a handle in small letters is the person.
        ("Grace", "Reach her at grace.han@example.org or on @grace_77.", ["grace", "grace"]),
        # Typed in small letters by the interviewer: the handle as used.
        ("okki", "21:40 okki: sorry song checked phones again", ["okki"]),
        # Romanized Korean, not an English word: a chat in small letters names her.
        ("Hana", "hana: ssaem annyeong~ hanaeyo", ["hana"]),
        # Several words: not an ordinary word.
        ("Big Kim", "big kim wants a receipt", ["big kim"]),
    ],
)
def test_aliases_that_are_no_word_stay_proposed_in_small_letters(
    alias: str, text: str, expected: list[str]
) -> None:
    person = RegisteredPerson("p1", "Ryu Ha-na", "Witness A", "류하나", (alias,), "witness")
    assert _proposed(text, [person]) == expected


def test_a_word_registered_in_small_letters_by_another_person_is_still_proposed() -> None:
    """One person's "Spoon" and another's "spoon" (a handle as typed): the small letters
    were meant, so they are proposed."""
    spoon = RegisteredPerson("p1", "Pak Il", "Co-worker A", "박일", ("Spoon",), "coworker")
    handle = RegisteredPerson("p2", "Han Su", "Co-worker B", "한수", ("spoon",), "coworker")
    text = "He gave me his spoon. Spoon was kind."
    assert _proposed(text, [spoon, handle]) == ["spoon", "Spoon"]


def test_a_grammar_word_alias_is_not_listed_wherever_the_word_stands() -> None:
    """ "Do" registered for To Chang-ho is spelled "to": the scan reads it by its grammar, and
    every "to" of the text is not put before the reviewer."""
    to = RegisteredPerson("p1", "To Chang-ho", "Witness A", "도창호", ("Do",), "witness")
    text = "We went to work at six. Do said we had to go on. What could we do?"
    assert _proposed(text, [to]) == ["Do"]
    assert not [item for item in _listed(text, [to]) if item[1] == REASON_WORD_ALIAS]


def test_an_eighty_thousand_character_narrative_lists_every_small_word() -> None:
    paragraph = "We saw a bear near the river, and Bear said nothing about it.\r\n"
    text = paragraph * 1300
    assert len(text) > 80_000
    assert _proposed(text, [BEAR]).count("Bear") == 1300
    assert [item for item in _listed(text, [BEAR]) if item[0] == "bear"] == [
        ("bear", REASON_WORD_ALIAS)
    ] * 1300


def test_the_review_page_lists_the_word_and_approval_waits_for_it(
    client: Client, carol: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    supervisor = Person.objects.create(
        testimony=testimony,
        role=Person.Role.SUPERVISOR,
        name_romanized="Kim Chang-bom",
        aliases="Bear",
        pseudonym="Supervisor A",
    )
    supervisor.reindex_names()
    # "Bear" itself is not in the text: nothing proposed makes "bear" a repeat to list.
    english = "I am Rim Myong-chol.\r\n\r\nKim Chang-bom kept our passports. A bear came one night."
    with_narrative(testimony, english=english)
    review_redactions(client, carol, testimony)
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert "1 to resolve before approval" in page
    assert 'aria-label="bear"' in page
    response = client.post(reverse("testimony:redaction_approve", args=[testimony.uuid]))
    assert response.status_code == 409
    assert "&#x27;bear&#x27; (English translation, paragraph 2)" in response.content.decode()
    change(client, testimony, "keep", **where(testimony, "bear"))
    response = client.post(reverse("testimony:redaction_approve", args=[testimony.uuid]))
    assert response.status_code in (200, 302)
    approved = testimony.approved_anonymization()
    assert approved is not None
    assert "A bear came one night." in approved.english
    assert "Kim Chang-bom" not in approved.english
