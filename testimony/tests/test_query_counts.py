"""Every staff page makes as many SQL queries with 200 testimonies as with 10.

A page whose query count grows with the collection (a query per row, per person, per tag) is
fast in development and unusable at 100,000 testimonies; this catches it without timing
anything. Each page is requested once over 10 synthetic testimonies (every status, persons,
indicators, versions, approved anonymizations), the queries are counted, 190 more are added, and
the same page must stay within that count.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from testimony.management.commands.seed_synthetic import seed_synthetic
from testimony.models import Mandate, Person, Petition, Status, Testimony
from testimony.workflow import exportable_testimonies

pytestmark = pytest.mark.django_db


def sign_in(client: Client, user: User) -> None:
    """A session past the password and, where the second factor is required, past it too."""
    client.force_login(user)
    if apps.is_installed("django_otp"):
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()


def synthetic_user(username: str) -> User:
    return User.objects.get(username=username)


@dataclass
class Page:
    """A page, who asks for it, and how to find its URL in the seeded collection."""

    name: str
    user: Callable[[], User]
    url: Callable[[], str]


def _testimony(**filters: object) -> Testimony:
    return Testimony.objects.filter(**filters).order_by("case_code").first()


def _first_witness_name() -> str:
    witness = Person.objects.filter(role=Person.Role.WITNESS).order_by("id").first()
    return witness.name_romanized.replace(" ", "+")


def _petition_url() -> str:
    petition, _created = Petition.objects.get_or_create(
        slug="counts",
        defaults={
            "title": "Query counts",
            "mandate": Mandate.objects.first(),
            "summary": "Testimonies for a count of queries.",
            "created_by": synthetic_user("synthetic-coordinator"),
        },
    )
    petition.testimonies.set(exportable_testimonies())
    return petition.get_absolute_url()


def _edit_url() -> str:
    testimony = _testimony(status=Status.DRAFT, created_by__username="synthetic-interviewer-1")
    return f"{testimony.get_absolute_url()}edit/"


COORDINATOR = lambda: synthetic_user("synthetic-coordinator")  # noqa: E731
REVIEWER = lambda: synthetic_user("synthetic-reviewer")  # noqa: E731

PAGES = [
    Page("dashboard", COORDINATOR, lambda: "/"),
    Page("dashboard (reviewer)", REVIEWER, lambda: "/"),
    Page("list", COORDINATOR, lambda: "/testimonies/"),
    Page(
        "list (interviewer)",
        lambda: synthetic_user("synthetic-interviewer-1"),
        lambda: "/testimonies/",
    ),
    Page(
        "list filtered",
        COORDINATOR,
        lambda: "/testimonies/?status=approved&indicator=withholding_of_wages&year_from=2008",
    ),
    Page("search by text", COORDINATOR, lambda: "/testimonies/?q=passports"),
    Page("search by name", COORDINATOR, lambda: f"/testimonies/?q={_first_witness_name()}"),
    Page("search in Hangul", COORDINATOR, lambda: "/testimonies/?q=여권"),
    Page("detail", REVIEWER, lambda: _testimony(status=Status.APPROVED).get_absolute_url()),
    Page("edit form", lambda: synthetic_user("synthetic-interviewer-1"), _edit_url),
    Page(
        "versions",
        REVIEWER,
        lambda: f"{_testimony(status=Status.APPROVED).get_absolute_url()}versions/",
    ),
    Page("review queue", REVIEWER, lambda: "/review/"),
    Page(
        "redactions",
        REVIEWER,
        lambda: f"{_testimony(status=Status.IN_REVIEW).get_absolute_url()}redactions/",
    ),
    Page("re-identification check", COORDINATOR, lambda: "/reidentification/"),
    Page("petition list", COORDINATOR, lambda: "/petitions/"),
    Page("petition detail", COORDINATOR, _petition_url),
    Page(
        "admin changelist",
        lambda: User.objects.get(username="dave"),
        lambda: "/admin/testimony/testimony/",
    ),
]


def get_counted(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_the_number_of_queries_does_not_grow_with_the_collection(
    page: Page, dave: User, client: Client, django_assert_max_num_queries: Callable
) -> None:
    seed_synthetic(10, seed=12)  # a seed whose first ten include every status a page needs
    sign_in(client, page.user())
    url = page.url()
    get_counted(client, url)  # once to settle per-session writes (activity time, visits)
    at_ten = get_counted(client, url)

    seed_synthetic(190, seed=2)
    url = page.url()

    with django_assert_max_num_queries(at_ten):
        response = client.get(url)
    assert response.status_code == 200
