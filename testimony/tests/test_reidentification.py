"""The re-identification check a coordinator reads before an export."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from testimony.models import Anonymization, Country, Status, Testimony

pytestmark = pytest.mark.django_db

URL = reverse("testimony:reidentification")


def test_a_unique_witness_is_flagged_with_a_way_to_fix_it(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Three alike witnesses have k = 3; the one from Russia is unique and a warning says so."""
    exportable = [make_testimony(status=Status.APPROVED) for _ in range(3)]
    odd = make_testimony(status=Status.APPROVED, country=Country.objects.get(code="russia"))
    for testimony in [*exportable, odd]:
        Anonymization.objects.create(
            testimony=testimony,
            version_number=testimony.revision,
            english="I am Witness A.",
            approved_by=carol,
            approved_at=timezone.now(),
        )
    make_testimony(status=Status.DRAFT)
    client.force_login(carol)
    response = client.get(URL)
    rows = {code: k for code, _profile, k in response.context["rows"]}
    assert len(rows) == 4
    assert rows[odd.case_code] == 1
    assert sorted(rows.values()) == [1, 3, 3, 3]
    assert "1 witness could be singled out (k below 3)." in response.content.decode()


def test_bad_settings_fall_back_to_the_defaults(client: Client, carol: User) -> None:
    """Nonsense in the query string is ignored, not an error page."""
    client.force_login(carol)
    assert client.get(URL, {"date_precision": "day", "age_width": "x"}).status_code == 200


def test_only_coordinators_run_the_check(client: Client, alice: User, bob: User) -> None:
    """Interviewers and reviewers are refused."""
    for user in (alice, bob):
        client.force_login(user)
        assert client.get(URL).status_code == 403
