from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.models import AuditEvent, IndicatorTag, Testimony

pytestmark = pytest.mark.django_db


@pytest.fixture
def testimony(make_testimony: Callable[..., Testimony]) -> Testimony:
    testimony = make_testimony(work_site="Camp 3, Kuwait City")
    IndicatorTag.objects.create(
        testimony=testimony,
        indicator="withholding_of_wages",
        phase="employment",
        passage="We were never paid what was promised.",
    )
    return testimony


def test_it_shows_facts_narrative_consent_and_indicators(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """The detail page reads as a document: facts, both narratives, consent, indicators."""
    client.force_login(alice)
    response = client.get(testimony.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == 200
    assert testimony.case_code in content
    assert "Camp 3, Kuwait City" in content
    assert "2014-06 – 2016" in content
    assert "쿠웨이트 건설 현장에서 일했습니다." in content
    assert "I worked on a construction site in Kuwait." in content
    assert "Initials only" in content
    assert "Withholding of wages" in content
    assert "We were never paid what was promised." in content


def test_real_names_of_persons_are_hidden_until_asked_for(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """Person names are masked on the detail page by default."""
    client.force_login(alice)
    content = client.get(testimony.get_absolute_url()).content.decode()
    persons_table = content.split('id="persons-heading"')[1].split('id="consent-heading"')[0]
    assert "Witness A" in persons_table
    assert "Rim Myong-chol" not in persons_table
    assert "림명철" not in persons_table


def test_showing_real_names_is_a_post_and_is_audited(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """Revealing identities (the door, testimony/reveal.py) shows the names and writes an
    audit event with its reason; a GET cannot do it."""
    client.force_login(alice)
    url = reverse("testimony:identities", args=[testimony.uuid])
    assert client.get(url).status_code == 405
    # Revealing needs the password again (accounts/tests/test_reauthentication.py).
    client.post(reverse("testimony:reauthenticate"), {"password": "correct horse battery staple"})
    response = client.post(url, {"reason": "narrative"}, follow=True)
    assert response.status_code == 200
    assert "림명철" in response.content.decode()
    event = AuditEvent.objects.get(testimony=testimony, actor=alice, action="identities.viewed")
    assert event.detail == {"reason": "narrative"}


def test_opening_a_testimony_is_audited_and_shown_in_its_history(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """Each view is recorded and the history lists events without values."""
    client.force_login(alice)
    client.get(testimony.get_absolute_url())
    response = client.get(testimony.get_absolute_url())
    assert AuditEvent.objects.filter(testimony=testimony, action="testimony.viewed").count() == 2
    assert "opened the testimony" in response.content.decode()


def test_an_unknown_testimony_is_a_404(client: Client, alice: User) -> None:
    """A made-up id gives a plain not-found page."""
    client.force_login(alice)
    response = client.get(
        reverse("testimony:detail", args=["00000000-0000-0000-0000-000000000000"])
    )
    assert response.status_code == 404


def test_users_without_a_role_cannot_read_testimonies(
    client: Client, charlie: User, testimony: Testimony
) -> None:
    """An account with no role gets 403 on the detail page and the reveal."""
    client.force_login(charlie)
    assert client.get(testimony.get_absolute_url()).status_code == 403
    assert client.post(reverse("testimony:identities", args=[testimony.uuid])).status_code == 403


def test_anonymous_visitors_are_sent_to_login(client: Client, testimony: Testimony) -> None:
    """Nothing of a testimony is shown before login."""
    response = client.get(testimony.get_absolute_url())
    assert response.status_code == 302
    assert "Kuwait" not in response.content.decode()
