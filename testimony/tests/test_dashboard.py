from collections.abc import Callable

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from testimony.audit import audit_record
from testimony.models import Anonymization, IndicatorTag, Mandate, Petition, Testimony

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


def test_coordinators_see_open_follow_ups_and_the_statistics_of_exportable_testimonies(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A petition not yet sent is listed; the figures count approved testimonies only."""
    for hours in (14, 18):
        testimony = make_testimony(status="approved", hours_per_day=hours)
        IndicatorTag.objects.create(
            testimony=testimony, indicator="withholding_of_wages", phase="employment", passage="x"
        )
        Anonymization.objects.create(
            testimony=testimony,
            version_number=testimony.revision,
            english="I am Witness A.",
            approved_by=carol,
            approved_at=timezone.now(),
        )
    make_testimony(status="draft")
    Petition.objects.create(
        slug="kuwait",
        title="Workers in Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="x",
        created_by=carol,
    )
    client.force_login(carol)
    content = client.get(URL).content.decode()
    assert "Workers in Kuwait" in content
    assert "Not sent yet" in content
    assert "Withholding of wages: 2 of 2" in content
    assert "2 of 2 worked 12 hours or more a day" in content
    assert "median 16" in content
    # In Korean, the sentences are Korean too (summary.pdf's own stay English, for the UN).
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ko"
    korean = client.get(URL).content.decode()
    assert "2건 중 2건" in korean
    assert "하루 12시간 이상" in korean
    assert " of 2" not in korean
    assert "report" not in korean


def test_interviewers_do_not_see_petition_panels(client: Client, alice: User) -> None:
    """Statistics and follow-ups are for those who work on petitions."""
    client.force_login(alice)
    response = client.get(URL)
    assert "statistics_form" not in response.context


def test_the_statistics_cost_the_same_queries_for_few_or_many_testimonies(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Reading the exportable testimonies for the figures does not query once per testimony."""
    client.force_login(carol)
    counts = []
    for total in (2, 6):
        while Testimony.objects.filter(status="approved").count() < total:
            testimony = make_testimony(status="approved")
            Anonymization.objects.create(
                testimony=testimony,
                version_number=testimony.revision,
                english="I am Witness A.",
                approved_by=carol,
                approved_at=timezone.now(),
            )
        with CaptureQueriesContext(connection) as queries:
            client.get(URL)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_page_says_when_its_figures_count_only_the_most_recent_testimonies(
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the page's limit the figures cover the most recent testimonies, and the page says
    how many of how many: a coordinator must never take a part for the whole."""
    for _ in range(3):
        testimony = make_testimony(status="approved")
        Anonymization.objects.create(
            testimony=testimony,
            version_number=testimony.revision,
            english="I am Witness A.",
            approved_by=carol,
            approved_at=timezone.now(),
        )
    client.force_login(carol)
    assert "most recent" not in client.get(URL).content.decode()
    monkeypatch.setattr("testimony.views.home.STATISTICS_LIMIT", 2)
    content = client.get(URL).content.decode()
    assert "These figures count the 2 most recent of 3 exportable testimonies." in content


def test_coordinators_see_who_searched_by_name_but_never_the_text(
    client: Client, bob: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A search for a witness's name is on the coordinator's dashboard: who, when and how many
    testimonies it found; the name typed is nowhere on the page."""
    make_testimony(witness_name="Rim Myong-chol")
    client.force_login(bob)
    client.get(reverse("testimony:list"), {"q": "Rim Myong-chol"})
    client.force_login(carol)
    page = client.get(URL).content.decode()
    assert "Searches by name" in page
    assert "bob searched by name" in page
    assert "a registered person&#x27;s name" in page or "a registered person's name" in page
    assert "Rim" not in page


def test_reviewers_do_not_see_the_searches_of_others(client: Client, bob: User) -> None:
    """The name-search panel is for those who read the audit trail."""
    client.force_login(bob)
    assert "Searches by name" not in client.get(URL).content.decode()
