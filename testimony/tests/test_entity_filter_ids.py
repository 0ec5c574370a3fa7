"""The corroboration list's country and sector filters read the ids of the testimonies they
count through the indexes on countries and sectors (`views.entities._ids_by_index`, on
PostgreSQL), then look each one up for whose it is and its period: the same testimonies as
`_filtered_testimonies` selects with its conditions across columns, for every kind of user and
every combination of filters."""

from collections.abc import Callable
from itertools import product

import pytest
from django.contrib.auth.models import User
from django.db import connection

from testimony.models import Country, Posting, Sector, Testimony
from testimony.views import entities as entities_view

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the ids are read this way on PostgreSQL only"
)


def _ids(user: User, data: dict) -> set[int]:
    read = entities_view._ids_by_index(user, data)
    assert read is not None
    with connection.cursor() as cursor:
        cursor.execute(*read)
        return {testimony_id for (testimony_id,) in cursor.fetchall()}


def test_the_index_read_selects_what_the_filters_select(
    alice: User,
    erin: User,
    carol: User,
    charlie: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    russia, kuwait = Country.objects.get(code="russia"), Country.objects.get(code="kuwait")
    construction = Sector.objects.get(code="construction")
    fishing = Sector.objects.exclude(pk=construction.pk).first()
    # Alice's own: Kuwait and construction on the testimony, Russia and fishing in a posting.
    posted = make_testimony(period_start="2012", period_end="2015")
    Posting.objects.create(testimony=posted, country=russia, sector=fishing, period_start="2012")
    # Erin's, interviewed by Erin, one of them shared with Alice; one interviewed by Alice.
    shared = make_testimony(created_by=erin, interviewer=erin, country=russia, period_start="")
    shared.shared_with.add(alice)
    make_testimony(created_by=erin, interviewer=erin, country=russia, sector=fishing)
    make_testimony(created_by=erin, interviewer=alice, period_start="2019", period_end="")
    make_testimony(created_by=erin, interviewer=erin, country=kuwait, sector=fishing)
    filters = [
        {"country": russia},
        {"country": kuwait},
        {"sector": construction},
        {"sector": fishing},
        {"country": russia, "sector": fishing},
        {"country": kuwait, "sector": construction, "year_from": 2016},
        {"country": russia, "year_to": 2013},
        {"sector": fishing, "year_from": 2013, "year_to": 2014},
    ]
    compared = 0
    for user, data in product((alice, erin, carol), filters):
        expected, _restricted = entities_view._filtered_testimonies(user, data)
        assert _ids(user, data) == set(expected.values_list("pk", flat=True)), (
            user.username,
            data,
        )
        compared += bool(expected)
    assert compared >= 12  # most of the combinations select something
    # A user who may see no testimony reads none, and nothing is read without the filters.
    assert entities_view._ids_by_index(charlie, {"country": russia}) is None
    assert entities_view._ids_by_index(carol, {"year_from": 2012}) is None
