"""One door to identities (testimony/reveal.py): every page masks names, aliases, contact
details, narratives, indicator passages and comments until the password is confirmed and a
reason given; then one audit event, and the originals for ten minutes, for that testimony only.
"""

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from testimony.models import (
    AuditEvent,
    IndicatorTag,
    Narrative,
    Person,
    ReviewComment,
    Status,
    Testimony,
)
from testimony.tests import test_testimony_edit as edit_tests
from testimony.tests.conftest import PASSWORD
from testimony.versions import version_record

pytestmark = pytest.mark.django_db

CONTACT = "+82 10 1234 5678"
REGISTERED = ["Rim Myong-chol", "림명철", "Myong-chol", "Rimmy", CONTACT]


def reveal_identities(client: Client, testimony: Testimony, reason: str = "narrative") -> None:
    """Confirm the password, then ask through the door, as the page's buttons do."""
    client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD})
    client.post(reverse("testimony:identities", args=[testimony.uuid]), {"reason": reason})


def leaked(response: HttpResponse) -> list[str]:
    content = response.content.decode()
    return [name for name in REGISTERED if name in content]


def identities_events(testimony: Testimony) -> list[AuditEvent]:
    return list(
        AuditEvent.objects.filter(
            testimony=testimony, action=AuditEvent.Action.IDENTITIES_VIEWED
        ).order_by("sequence")
    )


@pytest.fixture
def testimony(make_testimony: Callable[..., Testimony], alice: User) -> Testimony:
    """In review, its witness with an alias and a telephone number, each quoted somewhere."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    Narrative.objects.filter(testimony=testimony).update(
        original="저는 림명철입니다. 쿠웨이트 건설 현장에서 일했습니다.",
        english=(
            "I am Rim Myong-chol. Myong-chol was my name at the camp; friends called me "
            f"Rimmy. My sister's number is {CONTACT}."
        ),
    )
    witness = testimony.persons.get()
    witness.aliases = "Rimmy"
    witness.contact_details = CONTACT
    witness.save()
    witness.reindex_names()
    IndicatorTag.objects.create(
        testimony=testimony,
        indicator="intimidation_threats",
        phase="employment",
        passage="The minder told Rim Myong-chol his family would suffer.",
    )
    ReviewComment.objects.create(
        testimony=testimony,
        author=alice,
        version_number=1,
        body="Check the spelling of Myong-chol in paragraph 2.",
    )
    testimony = Testimony.objects.get(pk=testimony.pk)
    with transaction.atomic():
        version_record(testimony=testimony, by=alice)
    return testimony


@pytest.fixture(params=["bob", "carol"])
def staff(request: pytest.FixtureRequest) -> User:
    """A reviewer and a coordinator: both may read every testimony."""
    return request.getfixturevalue(request.param)


def detail(client: Client, testimony: Testimony) -> HttpResponse:
    return client.get(testimony.get_absolute_url())


def edit(client: Client, testimony: Testimony) -> HttpResponse:
    return client.get(reverse("testimony:edit", args=[testimony.uuid]))


def versions(client: Client, testimony: Testimony) -> HttpResponse:
    return client.get(reverse("testimony:versions", args=[testimony.uuid]))


def redactions(client: Client, testimony: Testimony) -> HttpResponse:
    return client.get(reverse("testimony:redactions", args=[testimony.uuid]))


def with_second_version(client: Client, testimony: Testimony, user: User) -> None:
    """A saved edit renaming the witness and rewording the narrative, so versions differ."""
    client.force_login(user)
    reveal_identities(client, testimony, "edit")
    data = edit_tests.edit_data(
        testimony,
        **{
            "persons-0-name_hangul": "림명출",
            "narrative-english": "I am Rim Myong-chol. Rimmy worked in Kuwait City.",
        },
    )
    assert client.post(reverse("testimony:edit", args=[testimony.uuid]), data).status_code == 302
    client.logout()


@pytest.mark.parametrize("page", [detail, edit, versions, redactions])
def test_no_page_shows_a_registered_identity_without_a_grant(
    client: Client, staff: User, testimony: Testimony, page: Callable
) -> None:
    """Detail (narratives, persons, indicator passages, comments), edit form, versions and
    redaction review: neither name, Hangul, given name, alias nor contact appears."""
    with_second_version(client, testimony, staff)
    client.force_login(staff)
    response = page(client, testimony)
    assert response.status_code == 200
    assert leaked(response) == []
    assert [event.detail for event in identities_events(testimony)] == [{"reason": "edit"}]


def test_the_detail_page_shows_the_machine_redacted_texts(
    client: Client, bob: User, testimony: Testimony
) -> None:
    """Masked is readable: pseudonyms where the names were, the rest as written."""
    client.force_login(bob)
    content = detail(client, testimony).content.decode()
    assert "I am Witness A." in content
    assert "저는 Witness A입니다." in content
    assert "The minder told Witness A his family would suffer." in content
    assert "Check the spelling of Witness A in paragraph 2." in content
    assert "[contact withheld]" in content
    assert "Show real names" in content


def test_the_approved_anonymized_text_is_what_the_detail_page_shows(
    client: Client, bob: User, testimony: Testimony
) -> None:
    """Once the current version's text is approved, that text is the masked narrative."""
    testimony.anonymizations.create(
        version_number=testimony.revision,
        original="저는 증인 A입니다.",
        english="I am the approved Witness A.",
        approved_by=bob,
        approved_at=timezone.now(),
    )
    client.force_login(bob)
    content = detail(client, testimony).content.decode()
    assert "I am the approved Witness A." in content
    assert "저는 증인 A입니다." in content


@pytest.mark.parametrize(
    ("page", "reason"),
    [(detail, "narrative"), (edit, "edit"), (versions, "facts"), (redactions, "redaction")],
)
def test_with_a_grant_the_originals_appear_under_a_banner_and_are_audited_once(
    client: Client, staff: User, testimony: Testimony, page: Callable, reason: str
) -> None:
    """The password and a reason open the door: originals, a visible banner, one event."""
    if page is versions:
        with_second_version(client, testimony, staff)
    client.force_login(staff)
    reveal_identities(client, testimony, reason)
    first = page(client, testimony)
    again = page(client, testimony)
    reveal_identities(client, testimony, reason)  # asking again while it lasts changes nothing
    content = first.content.decode()
    assert "Real names shown" in content
    assert "Hide them" in content
    assert again.status_code == 200
    assert "림명철" in content
    if page is detail:
        assert set(leaked(first)) == set(REGISTERED)
    events = [e for e in identities_events(testimony) if e.detail == {"reason": reason}]
    assert len(events) == 1
    assert events[0].actor == staff


def test_another_reason_is_another_event(client: Client, bob: User, testimony: Testimony) -> None:
    """One event per testimony and per reason."""
    client.force_login(bob)
    reveal_identities(client, testimony, "narrative")
    reveal_identities(client, testimony, "redaction")
    assert [event.detail["reason"] for event in identities_events(testimony)] == [
        "narrative",
        "redaction",
    ]


def test_without_a_fresh_password_the_door_asks_for_it_and_comes_back(
    client: Client, bob: User, testimony: Testimony
) -> None:
    """No grant without the password; the user is sent to confirm it, then back."""
    client.force_login(bob)
    url = reverse("testimony:identities", args=[testimony.uuid])
    back = reverse("testimony:edit", args=[testimony.uuid])
    response = client.post(url, {"reason": "edit", "next": back})
    assert response.status_code == 302
    assert response.url.startswith(reverse("testimony:reauthenticate"))
    assert "next=" in response.url
    assert identities_events(testimony) == []
    assert leaked(detail(client, testimony)) == []


def test_an_unknown_reason_opens_nothing(client: Client, bob: User, testimony: Testimony) -> None:
    """Reasons come from a fixed list."""
    client.force_login(bob)
    reveal_identities(client, testimony, "curiosity")
    assert identities_events(testimony) == []
    assert leaked(detail(client, testimony)) == []


def test_a_get_cannot_open_the_door(client: Client, bob: User, testimony: Testimony) -> None:
    client.force_login(bob)
    client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD})
    assert client.get(reverse("testimony:identities", args=[testimony.uuid])).status_code == 405


def test_the_grant_expires(
    client: Client, bob: User, testimony: Testimony, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Eleven minutes later the names are masked again, with no new event."""
    client.force_login(bob)
    reveal_identities(client, testimony)
    assert "림명철" in detail(client, testimony).content.decode()
    later = timezone.now() + timedelta(minutes=11)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = detail(client, testimony)
    assert response.status_code == 200
    assert leaked(response) == []
    assert len(identities_events(testimony)) == 1


def test_hiding_ends_the_grant_early(client: Client, bob: User, testimony: Testimony) -> None:
    client.force_login(bob)
    reveal_identities(client, testimony)
    url = reverse("testimony:identities", args=[testimony.uuid])
    response = client.post(url, {"action": "hide"})
    assert response.status_code == 302
    assert leaked(detail(client, testimony)) == []


def test_the_session_keeps_no_name(client: Client, bob: User, testimony: Testimony) -> None:
    """Only the testimony's uuid, the reason and the expiry are kept."""
    client.force_login(bob)
    reveal_identities(client, testimony)
    grants = client.session["identity_grants"]
    assert list(grants) == [str(testimony.uuid)]
    assert list(grants[str(testimony.uuid)]) == ["narrative"]
    assert not any(name in str(dict(client.session)) for name in REGISTERED)


def test_a_grant_for_one_testimony_does_not_reveal_another(
    client: Client, bob: User, testimony: Testimony, make_testimony: Callable[..., Testimony]
) -> None:
    other = make_testimony("Pak Song-il", "박성일", status=Status.IN_REVIEW)
    client.force_login(bob)
    reveal_identities(client, testimony)
    content = detail(client, other).content.decode()
    assert "Pak Song-il" not in content
    assert "박성일" not in content
    assert "Real names shown" not in content


def test_another_users_session_has_no_grant(
    client: Client, bob: User, carol: User, testimony: Testimony
) -> None:
    client.force_login(bob)
    reveal_identities(client, testimony)
    other = Client()
    other.force_login(carol)
    assert leaked(detail(other, testimony)) == []


def test_saving_the_masked_form_keeps_names_and_narrative(
    client: Client, bob: User, testimony: Testimony
) -> None:
    """Saved without revealing: every identity field, the narratives and the passages stay."""
    client.force_login(bob)
    url = reverse("testimony:edit", args=[testimony.uuid])
    data = edit_tests.masked_edit_data(testimony, hours_per_day="17")
    assert client.post(url, data).status_code == 302
    testimony.refresh_from_db()
    assert testimony.hours_per_day == 17
    assert testimony.revision == 2
    witness = testimony.persons.get()
    assert (witness.name_romanized, witness.name_hangul) == ("Rim Myong-chol", "림명철")
    assert (witness.aliases, witness.contact_details) == ("Rimmy", CONTACT)
    assert testimony.narrative.original.startswith("저는 림명철입니다.")
    assert testimony.narrative.english.startswith("I am Rim Myong-chol.")
    assert testimony.indicators.get().passage.startswith("The minder told Rim Myong-chol")
    event = AuditEvent.objects.get(testimony=testimony, action="testimony.edited")
    assert event.changed_fields == ["hours_per_day"]


def test_a_name_typed_into_the_masked_form_replaces_the_saved_one(
    client: Client, bob: User, testimony: Testimony
) -> None:
    client.force_login(bob)
    url = reverse("testimony:edit", args=[testimony.uuid])
    data = edit_tests.masked_edit_data(testimony, **{"persons-0-name_romanized": "Ri Myong-chol"})
    assert client.post(url, data).status_code == 302
    witness = Person.objects.get(testimony=testimony)
    assert witness.name_romanized == "Ri Myong-chol"
    assert witness.name_hangul == "림명철"


def test_a_refused_masked_edit_shows_no_original(
    client: Client, bob: User, testimony: Testimony
) -> None:
    """The error page repeats what was sent, and the narrative machine-redacted."""
    client.force_login(bob)
    url = reverse("testimony:edit", args=[testimony.uuid])
    response = client.post(url, edit_tests.masked_edit_data(testimony, period_start="2016-13"))
    assert response.status_code == 200
    assert "The month must be between 01 and 12." in response.content.decode()
    assert leaked(response) == []
    testimony.refresh_from_db()
    assert testimony.revision == 1


def test_the_conflict_page_shows_no_original_unless_revealed(
    client: Client, alice: User, bob: User, testimony: Testimony
) -> None:
    """Someone saved first: the masked editor sees what changed machine-redacted."""
    stale = edit_tests.masked_edit_data(testimony, hours_per_day="20")
    with_second_version(client, testimony, alice)
    client.force_login(bob)
    url = reverse("testimony:edit", args=[testimony.uuid])
    response = client.post(url, stale)
    assert response.status_code == 409
    content = response.content.decode()
    assert "Someone else saved this testimony while you were editing" in content
    assert "Witness A worked in Kuwait City." in content
    assert leaked(response) == []
    assert "림명출" not in content
    reveal_identities(client, testimony, "edit")
    revealed = client.post(url, stale).content.decode()
    assert "Rimmy worked in Kuwait City." in revealed
    assert "림명출" in revealed


def test_the_redaction_review_is_behind_the_door(
    client: Client, bob: User, testimony: Testimony
) -> None:
    """Without a grant the page offers the door and refuses decisions."""
    client.force_login(bob)
    content = redactions(client, testimony).content.decode()
    assert "Show the original for the redaction review" in content
    assert "Rim Myong-chol</mark>" not in content
    url = reverse("testimony:redaction_change", args=[testimony.uuid, "reject"])
    page = client.post(
        url, {"field": "english", "start": "5", "end": "19"}, follow=True
    ).content.decode()
    assert "Show it again" in page
    assert not any(anonymization.decisions for anonymization in testimony.anonymizations.all())
    reveal_identities(client, testimony, "narrative")
    assert "Show the original for the redaction review" in redactions(client, testimony).text


def test_consent_notes_and_who_witnessed_it_are_machine_redacted_too(
    client: Client, bob: User, testimony: Testimony
) -> None:
    """A consent note or its witness can quote the witness or a relative: masked like the
    narrative until the door is opened."""
    testimony.consent.notes = "Rim Myong-chol asked that his sister Rim Sun-hui not be named."
    testimony.consent.witnessed_by = "Rim Myong-chol's cousin"
    testimony.consent.save()
    client.force_login(bob)
    url = reverse("testimony:detail", args=[testimony.uuid])
    page = client.get(url).content.decode()
    assert "Rim Myong-chol" not in page
    assert "Rim Sun-hui" not in page
    reveal_identities(client, testimony)
    assert "Rim Sun-hui" in client.get(url).content.decode()
