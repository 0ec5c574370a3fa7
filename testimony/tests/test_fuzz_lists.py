"""The search and filter forms of the list pages under hostile query strings
(testimony/tests/hostile.py): percent-encoded invalid UTF-8 and lone surrogates (%ED%A0%80),
NUL, digits of other scripts, huge numbers, parameters repeated.

Every page answers 200 with its filters shown again (a bad filter is said in words), never a
server error; the list's search box keeps what was searched.
"""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from testimony.models import Status, Testimony
from testimony.tests import hostile
from testimony.tests.hostile import FUZZ

pytestmark = pytest.mark.django_db

LIST_PARAMS = ["q", "status", "country", "sector", "indicator", "interviewer", "year_from"]
LIST_PARAMS += ["year_to", "page"]
STATISTICS_PARAMS = ["petition", "year_from", "year_to", "date_precision", "age_width"]


def params(names: list[str]) -> st.SearchStrategy[list]:
    return st.lists(st.tuples(st.sampled_from(names), hostile.numbers), max_size=8)


@pytest.fixture
def collection(make_testimony: Callable[..., Testimony], bob: User) -> None:
    """A few testimonies, one approved with a date saved before dates were checked."""
    make_testimony()
    make_testimony(status=Status.IN_REVIEW, witness_name="Kim Chol", witness_hangul="김철")
    make_testimony(status=Status.APPROVED, period_start="0001", period_end="9999-12")


class ListTests:
    @FUZZ
    @given(query=params(LIST_PARAMS))
    @example(query=[("q", hostile.LONE_SURROGATE), ("page", "99999999999999999999")])
    @example(query=[("q", hostile.NUL), ("year_from", "٢٠١٥"), ("year_to", "-1")])
    @example(query=[("q", "x" * 100_000), ("status", "approved"), ("status", "draft")])
    @example(query=[("q", hostile.NOT_UTF8), ("page", "-1"), ("page", "last")])
    def test_the_list_answers_and_keeps_the_search(
        self, alice: User, collection: None, query: list
    ) -> None:
        client = hostile.hostile_client()
        client.force_login(alice)

        response = hostile.get(client, reverse("testimony:list"), query)

        assert response.status_code == 200
        searched = dict(query).get("q")
        if searched is not None and len(hostile.received(searched)) <= 200:
            hostile.assert_shown_again(response, {"q": searched})


class CoordinatorPageTests:
    @FUZZ
    @given(query=params(STATISTICS_PARAMS))
    @example(query=[("petition", hostile.NUL), ("year_from", "99999999999999999999")])
    @example(query=[("age_width", "0"), ("date_precision", hostile.LONE_SURROGATE)])
    def test_the_dashboard_and_the_reidentification_check_answer(
        self, carol: User, collection: None, query: list
    ) -> None:
        client = hostile.hostile_client()
        client.force_login(carol)

        for name in ("testimony:dashboard", "testimony:reidentification"):
            assert hostile.get(client, reverse(name), query).status_code == 200

    def test_the_queue_and_the_petitions_ignore_hostile_parameters(
        self, bob: User, carol: User, collection: None
    ) -> None:
        query = [("page", hostile.NOT_UTF8), ("q", hostile.NUL), ("sort", "-1")]
        reviewer, coordinator = hostile.hostile_client(), hostile.hostile_client()
        reviewer.force_login(bob)
        coordinator.force_login(carol)

        assert hostile.get(reviewer, reverse("testimony:review_queue"), query).status_code == 200
        assert hostile.get(coordinator, reverse("testimony:petitions"), query).status_code == 200

    @pytest.mark.parametrize(
        "path",
        [
            "/testimonies/%ED%A0%80/",
            "/testimonies/00000000-0000-0000-0000-000000000000/",
            "/testimonies/00000000-0000-0000-0000-000000000000/actions/%00/",
            "/petitions/%EF%BC%A1/",
            "/petitions/a%00b/",
            "/bundles/%FF/progress/",
        ],
    )
    def test_a_hostile_address_is_not_found(self, dave: User, path: str) -> None:
        client = hostile.hostile_client()
        client.force_login(dave)

        assert hostile.get(client, path).status_code in (404, 405)
