"""Registering, from the redaction review, a person the statement names; and the review's
decisions surviving the new version that an edit (or such a registration) makes."""

import json
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.anonymize.carry import carried_decisions
from testimony.anonymize.review import anonymization_current, field_reviews
from testimony.models import AuditEvent, Person, Status, Testimony, TestimonyVersion
from testimony.tests.test_redactions import approve, change, review_redactions, where
from testimony.tests.test_reveal import reveal_identities
from testimony.tests.test_testimony_edit import edit_data
from testimony.workflow import transition

pytestmark = pytest.mark.django_db

# Typed in a browser: CRLF line breaks, an emoji before the later mentions; the foreman's
# nickname is an English word and a Korean word, which no finder can know.
ENGLISH = (
    "I am Rim Myong-chol.\r\n\r\n"
    "The foreman was Ha Il-bom, whom we called Bear. He took our passports.\r\n\r\n"
    "We worked from six to midnight. 😞 Bear said the money went to the Party.\r\n\r\n"
    "I heard Bear drinks now. The Kuwaiti driver Salem brought water."
)
ORIGINAL = (
    "저는 림명철입니다.\n반장은 하일범이었고 우리는 곰이라고 불렀다.\n"
    "곰은 여권을 가지고 있었다. 곰이 돈은 당에 간다고 했다."
)


def _in_review(make_testimony: Callable[..., Testimony]) -> Testimony:
    testimony = make_testimony(status=Status.IN_REVIEW)
    narrative = testimony.narrative
    narrative.english, narrative.original = ENGLISH, ORIGINAL
    narrative.save()
    return testimony


def _register(client: Client, testimony: Testimony, **fields: str) -> str:
    testimony.refresh_from_db()
    data = {"person-revision": str(testimony.revision), "person-person": ""}
    data.update({f"person-{key}": value for key, value in fields.items()})
    url = reverse("testimony:redaction_person", args=[testimony.uuid])
    return client.post(url, data, follow=True).content.decode()


def _registration() -> dict[str, str]:
    """The foreman registered as a new person, from the page as loaded at revision 1."""
    return {
        "person-revision": "1",
        "person-person": "",
        "person-name": "Ha Il-bom",
        "person-role": "supervisor",
    }


def _accepted(testimony: Testimony) -> dict[str, list[str]]:
    testimony.refresh_from_db()
    reviews = field_reviews(testimony, anonymization_current(testimony))
    return {r.name: [p.span.text for p in r.proposals if p.accepted] for r in reviews}


def _named(testimony: Testimony, name: str) -> list[Person]:
    """The testimony's persons registered under `name` (names are encrypted: no SQL lookup)."""
    return [p for p in Person.objects.filter(testimony=testimony) if name in p.all_names()]


def _redacted(testimony: Testimony) -> dict[str, str]:
    testimony.refresh_from_db()
    reviews = field_reviews(testimony, anonymization_current(testimony))
    return {r.name: r.redacted() for r in reviews}


def test_a_nickname_registered_from_the_review_is_proposed_everywhere(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The finders cannot know that "곰" (a bear) is a name: it is only listed. Registered from
    the review page (the full name first, then the nicknames as another name of the person),
    every mention is proposed in both narratives with the person's pseudonym, nothing is left
    to resolve, and no name is left in the texts to approve."""
    testimony = _in_review(make_testimony)
    review_redactions(client, bob, testimony)
    reviews = field_reviews(testimony, anonymization_current(testimony))
    assert [item.text for item in reviews[0].unresolved] == ["곰", "곰", "곰"]

    page = _register(client, testimony, name="Ha Il-bom", other_name="하일범", role="supervisor")
    assert "Registered as Supervisor" in page
    (foreman,) = _named(testimony, "Ha Il-bom")
    assert foreman.name_hangul == "하일범"
    assert foreman.role == Person.Role.SUPERVISOR
    _register(client, testimony, name="Bear", other_name="곰", person=str(foreman.uuid))
    foreman.refresh_from_db()
    assert foreman.alias_list() == ["Bear", "곰"]

    accepted = _accepted(testimony)
    assert accepted["english"].count("Bear") == 3
    assert accepted["original"].count("곰") == 3
    reviews = field_reviews(testimony, anonymization_current(testimony))
    assert not [item for review in reviews for item in review.unresolved]
    texts = _redacted(testimony)
    for name in ("Ha Il-bom", "Bear", "Il-bom"):
        assert name not in texts["english"]
    for name in ("하일범", "곰"):
        assert name not in texts["original"]
    assert foreman.pseudonym in texts["english"]
    # Each registration is a version of its own, audited as an edit of the persons.
    assert TestimonyVersion.objects.filter(testimony=testimony).count() == 2
    events = AuditEvent.objects.filter(testimony=testimony, action=AuditEvent.Action.EDITED)
    assert [e.changed_fields for e in events] == [["persons"], ["persons"]]


def test_the_reviewers_decisions_survive_a_registration(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A redaction by selection is still decided after a person is registered; a rejection or
    a listed word kept that is a name of the newly registered person is not (it was decided
    before the reviewer knew it was that person's name)."""
    testimony = _in_review(make_testimony)
    review_redactions(client, bob, testimony)
    change(client, testimony, "add", **where(testimony, "Salem"), selected="Salem")
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    listed = json.loads(anonymization_current(testimony).decisions)
    assert listed["manual"]
    ha = where(testimony, "Ha Il-bom")
    change(client, testimony, "reject", **ha)
    assert "Ha Il-bom" in _redacted(testimony)["english"]

    change(client, testimony, "keep", **where(testimony, "곰", "original"))
    page = _register(client, testimony, name="Ha Il-bom", other_name="곰", role="supervisor")
    assert 'id="carried-decisions"' in page
    assert "were carried to this version" not in page  # one carried, one to decide again
    assert "1 decision made on version 1 was carried to this version." in page
    assert "2 were on paragraphs that changed, or on names registered since" in page
    texts = _redacted(testimony)
    assert "Salem" not in texts["english"]  # the reviewer's redaction, carried
    assert "Ha Il-bom" not in texts["english"]  # the rejection did not survive the name
    assert "곰" not in texts["original"]  # nor did keeping the nickname


def test_decisions_follow_their_words_through_an_edit(
    client: Client, alice: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """An editor adds a paragraph at the top of the English (CRLF, as a browser sends it) and
    rewrites the one holding a redacted word: the redaction moves to where its word now is; a
    word kept as written in the unchanged original stays kept; nothing else is lost."""
    testimony = _in_review(make_testimony)
    review_redactions(client, bob, testimony)
    change(client, testimony, "add", **where(testimony, "Salem"), selected="Salem")
    change(client, testimony, "keep", **where(testimony, "곰", "original"))
    kept_before = json.loads(anonymization_current(testimony).decisions)["kept"]
    assert kept_before

    client.force_login(alice)
    reveal_identities(client, testimony)
    edited = "Interview in Seoul, second session.\r\n\r\n" + ENGLISH.replace(
        "The Kuwaiti driver Salem", "Salem, the Kuwaiti driver,"
    )
    data = edit_data(testimony, **{"narrative-english": edited})
    response = client.post(reverse("testimony:edit", args=[testimony.uuid]), data)
    assert response.status_code == 302
    testimony.refresh_from_db()
    assert testimony.revision == 2

    decisions = json.loads(anonymization_current(testimony).decisions)
    english = testimony.narrative.english
    (manual,) = decisions["manual"]
    assert english[manual["start"] : manual["end"]] == "Salem"
    assert decisions["kept"] == kept_before  # its paragraph did not change
    assert decisions["carried"] == {"from": 1, "carried": 2, "dropped": 0}


def test_an_approved_version_is_not_carried_as_approved(
    client: Client, bob: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    review_redactions(client, carol, testimony)
    assert "is approved" in approve(client, testimony)
    transition(testimony, Status.CHANGES_REQUESTED, by=bob, note="Spell the site's name.")
    client.force_login(bob)
    reveal_identities(client, testimony)
    testimony.refresh_from_db()
    data = edit_data(testimony, **{"narrative-english": testimony.narrative.english + " Salem."})
    client.post(reverse("testimony:edit", args=[testimony.uuid]), data)
    testimony.refresh_from_db()
    assert testimony.approved_anonymization() is None
    assert not anonymization_current(testimony).is_approved


def test_registering_is_refused_on_a_verified_testimony_and_says_why(
    client: Client, bob: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)
    review_redactions(client, carol, testimony)
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert 'id="register-person"' in page
    assert "can no longer be edited" in page
    assert (
        'action="/testimonies/' not in page.split('id="register-person"')[1].split("</section>")[0]
    )
    page = _register(client, testimony, name="Ha Il-bom", role="supervisor")
    assert "can no longer be edited" in page
    assert not _named(testimony, "Ha Il-bom")


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"name": "Ha Il-bom", "role": "witness"}, "Select a valid choice."),
        ({"name": "Ha Il-bom", "role": ""}, "Choose the role of the new person."),
        ({"name": "1987 ---", "role": "coworker"}, "A name needs letters"),
        ({"name": "", "role": "coworker"}, "This field is required."),
        ({"name": "Rim Myong-chol", "role": "coworker"}, "registered already, for Witness A"),
        ({"name": "Chol-min", "other_name": "림명철", "role": "other"}, "registered already"),
        ({"name": "x" * 121, "role": "other"}, "at most 120 characters"),
    ],
)
def test_a_registration_that_cannot_be_made_says_why_and_keeps_what_was_typed(
    client: Client,
    bob: User,
    make_testimony: Callable[..., Testimony],
    fields: dict[str, str],
    error: str,
) -> None:
    testimony = _in_review(make_testimony)
    review_redactions(client, bob, testimony)
    persons = Person.objects.filter(testimony=testimony).count()
    page = _register(client, testimony, **fields)
    assert error in page
    assert Person.objects.filter(testimony=testimony).count() == persons
    testimony.refresh_from_db()
    assert testimony.revision == 1
    if fields["name"] and len(fields["name"]) < 100:
        assert f'value="{fields["name"]}"' in page


def test_a_registration_after_someone_else_saved_registers_nothing_and_keeps_the_name(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = _in_review(make_testimony)
    review_redactions(client, bob, testimony)
    url = reverse("testimony:redaction_person", args=[testimony.uuid])
    stale = _registration()
    type(testimony).objects.filter(pk=testimony.pk).update(revision=2)
    response = client.post(url, stale)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone saved this testimony after you opened this page" in page
    assert 'value="Ha Il-bom"' in page
    assert 'name="person-revision" value="2"' in page
    assert not _named(testimony, "Ha Il-bom")


def test_the_message_after_registering_names_the_pseudonym_never_the_name(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Messages may travel in a cookie: the name typed must not."""
    testimony = _in_review(make_testimony)
    review_redactions(client, bob, testimony)
    url = reverse("testimony:redaction_person", args=[testimony.uuid])
    response = client.post(url, _registration())
    assert response.status_code == 302
    cookies = " ".join(morsel.value for morsel in response.cookies.values())
    assert "Il-bom" not in cookies
    assert "Ha%20Il" not in cookies


def test_carried_decisions_on_texts_users_send() -> None:
    """Offsets count code points: an emoji, a fullwidth name and Hangul before a decision do
    not shift it; a paragraph rewritten around a redacted word still finds it; a paragraph
    deleted drops what was decided in it, and says so."""
    old = "머리말 😞\nＰａｋ said no.\nThe minder Song watched.\nDeleted paragraph Kim."
    new = "새 문단 🙂🙂\n머리말 😞\nＰａｋ said no.\nThe minder, Song, watched us all.\n"
    decisions = {
        "rejected": [f"english:{old.index('Ｐａｋ')}:{old.index('Ｐａｋ') + 3}"],
        "manual": [{"field": "english", "start": old.index("Song"), "end": old.index("Song") + 4}],
        "kept": [f"english:{old.index('Kim')}:{old.index('Kim') + 3}"],
        "generalised": [],
    }
    carried, moved, dropped = carried_decisions(
        decisions, {"english": old, "original": ""}, {"english": new, "original": ""}
    )
    assert (moved, dropped) == (2, 1)
    (rejected,) = carried["rejected"]
    _field, start, end = rejected.split(":")
    assert new[int(start) : int(end)] == "Ｐａｋ"
    (manual,) = carried["manual"]
    assert new[manual["start"] : manual["end"]] == "Song"
    assert carried["kept"] == []
    # The same rejection is not carried once "Pak" is a word of a registered name.
    carried, moved, dropped = carried_decisions(
        decisions,
        {"english": old, "original": ""},
        {"english": new, "original": ""},
        new_name_words={"pak", "pak chol-min"},
    )
    assert carried["rejected"] == []
