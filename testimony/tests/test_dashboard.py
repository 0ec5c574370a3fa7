from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.audit import audit_record
from testimony.models import Testimony

pytestmark = pytest.mark.django_db

URL = reverse("testimony:dashboard")


def test_it_requires_login(client: Client) -> None:
    """Anonymous visitors go to the login page."""
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_counts_testimonies_by_status(
    client: Client, alice: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Each status shows how many testimonies are in it."""
    make_testimony()
    make_testimony()
    make_testimony(status="approved")
    client.force_login(alice)
    response = client.get(URL)
    counts = {value: n for value, _label, n in response.context["status_counts"]}
    assert counts["draft"] == 2
    assert counts["approved"] == 1
    assert counts["rejected"] == 0
    assert response.context["total"] == 3


def test_it_lists_my_drafts_and_requested_changes_only(
    client: Client, alice: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """'My drafts' holds my own open work, not others' and not finished work."""
    mine = make_testimony()
    returned = make_testimony(status="changes_requested")
    make_testimony(status="approved")
    make_testimony(created_by=bob, updated_by=bob)
    client.force_login(alice)
    response = client.get(URL)
    assert set(response.context["my_open"]) == {mine, returned}


def test_it_shows_recent_activity_without_views(
    client: Client, alice: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Recent activity lists changes; routine views of a page are left to the audit trail."""
    testimony = make_testimony()
    audit_record(actor=alice, action="testimony.created", testimony=testimony)
    audit_record(actor=alice, action="testimony.viewed", testimony=testimony)
    client.force_login(alice)
    response = client.get(URL)
    actions = [event.action for event in response.context["recent"]]
    assert actions == ["testimony.created"]
    assert testimony.case_code in response.content.decode()
