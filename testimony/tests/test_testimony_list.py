from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from testimony.models import Country, IndicatorTag, Sector, Testimony
from testimony.views import listing as views

pytestmark = pytest.mark.django_db

URL = reverse("testimony:list")


@pytest.fixture
def three(make_testimony: Callable[..., Testimony], bob: User) -> list[Testimony]:
    """Three testimonies that differ in every filtered attribute."""
    first = make_testimony(work_site="Camp 3")
    second = make_testimony(
        witness_name="Pak Sun-hui",
        witness_hangul="박순희",
        country=Country.objects.get(code="russia"),
        sector=Sector.objects.get(code="logging"),
        period_start="2009",
        period_end="2011-05",
        status="submitted",
        interviewer=bob,
    )
    third = make_testimony(
        witness_name="Choe Kwang-il",
        witness_hangul="최광일",
        country=Country.objects.get(code="china"),
        sector=Sector.objects.get(code="manufacturing"),
        period_start="2018-02",
        period_end="",
        status="approved",
    )
    IndicatorTag.objects.create(
        testimony=third, indicator="excessive_overtime", phase="employment", passage="21 hours."
    )
    return [first, second, third]


def codes(response) -> set[str]:
    return {t.case_code for t in response.context["page"].object_list}


def test_it_lists_every_testimony_newest_first(
    client: Client, alice: User, three: list[Testimony]
) -> None:
    """Without filters, all testimonies are listed."""
    client.force_login(alice)
    response = client.get(URL)
    assert response.status_code == 200
    assert codes(response) == {t.case_code for t in three}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "submitted"}, [1]),
        ({"country": "china"}, [2]),
        ({"sector": "logging"}, [1]),
        ({"indicator": "excessive_overtime"}, [2]),
        ({"interviewer": "bob"}, [1]),
        ({"year_from": "2017"}, [2]),
        ({"year_to": "2010"}, [1]),
        ({"year_from": "2015", "year_to": "2015"}, [0]),
        ({"q": "Camp 3"}, [0]),
        ({"q": "Russia"}, [1]),
    ],
)
def test_it_filters(
    client: Client,
    alice: User,
    three: list[Testimony],
    query: dict[str, str],
    expected: list[int],
) -> None:
    """Each filter narrows the list to the matching testimonies."""
    client.force_login(alice)
    response = client.get(URL, query)
    assert codes(response) == {three[i].case_code for i in expected}


def test_it_finds_a_testimony_by_the_exact_name_of_a_person(
    client: Client, alice: User, three: list[Testimony]
) -> None:
    """An exact name, in any order or in Hangul, finds the testimony through the blind index."""
    client.force_login(alice)
    for query in ("Sun-hui Pak", "박순희", "pak sunhui"):
        assert codes(client.get(URL, {"q": query})) == {three[1].case_code}
    assert codes(client.get(URL, {"q": "Sun"})) == set()


def test_it_finds_by_case_code(client: Client, alice: User, three: list[Testimony]) -> None:
    """Typing a case code finds that testimony."""
    client.force_login(alice)
    assert codes(client.get(URL, {"q": three[2].case_code})) == {three[2].case_code}


def test_bad_filter_values_are_explained(
    client: Client, alice: User, three: list[Testimony]
) -> None:
    """Nonsense in the filters gives a message in words and no results, never an error page."""
    client.force_login(alice)
    response = client.get(URL, {"year_from": "soon", "country": "atlantis"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Some filters could not be used" in content
    assert "Enter a whole number." in content
    assert codes(response) == set()


def test_it_paginates(
    client: Client, alice: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Results come 25 to a page, and a page number past the end shows the last page."""
    for _ in range(27):
        make_testimony()
    client.force_login(alice)
    first = client.get(URL)
    assert len(first.context["page"].object_list) == 25
    last = client.get(URL, {"page": "99"})
    assert len(last.context["page"].object_list) == 2
    assert client.get(URL, {"page": "x"}).status_code == 200


def test_a_search_with_very_many_results_says_so_and_lists_the_newest(
    client: Client,
    alice: User,
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A search stops counting at a limit (1,000 in production, 3 here): the page says there
    are more, lists the newest, and the list without a search still counts everything."""
    monkeypatch.setattr(views, "SEARCH_COUNT_LIMIT", 3)
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    made = [make_testimony(work_site="Camp 3") for _ in range(5)]
    client.force_login(alice)

    response = client.get(URL, {"q": "camp 3"})
    assert "More than 3 testimonies found: the newest 3 are listed." in response.content.decode()
    assert codes(response) == {made[4].case_code, made[3].case_code}
    last = client.get(URL, {"q": "camp 3", "page": "2"})
    assert codes(last) == {made[2].case_code}
    assert "Page 2 of 2" in last.content.decode()

    exact = client.get(URL, {"q": made[0].case_code})
    assert "1 testimony found" in exact.content.decode()
    assert "5 testimonies found" in client.get(URL).content.decode()


def test_htmx_requests_get_only_the_results(
    client: Client, alice: User, three: list[Testimony]
) -> None:
    """The filter form updates the results in place when htmx asks."""
    client.force_login(alice)
    response = client.get(URL, {"status": "approved"}, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert "<html" not in content
    assert three[2].case_code in content


def test_the_list_shows_no_names(client: Client, alice: User, three: list[Testimony]) -> None:
    """Search results never show a person's real name."""
    client.force_login(alice)
    content = client.get(URL, {"q": "Pak Sun-hui"}).content.decode()
    assert "Pak Sun-hui" not in content.split('id="results"')[1]
    assert "박순희" not in content


def test_it_requires_the_view_permission(client: Client, charlie: User) -> None:
    """A user without a role cannot list testimonies."""
    client.force_login(charlie)
    assert client.get(URL).status_code == 403


def test_it_finds_by_pseudonym_whatever_the_case(
    client: Client, alice: User, three: list[Testimony]
) -> None:
    """A pseudonym typed in any case finds the testimonies that use it."""
    client.force_login(alice)
    assert codes(client.get(URL, {"q": "witness a"})) == {t.case_code for t in three}


def test_the_number_of_queries_does_not_grow_with_the_collection(
    client: Client,
    alice: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Listing 5 or 30 testimonies costs the same number of SQL queries, filtered or not."""
    client.force_login(alice)
    counts = []
    for total in (5, 30):
        while Testimony.objects.count() < total:
            make_testimony()
        for query in ({}, {"q": "Rim Myong-chol", "indicator": "deception", "year_from": "2010"}):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(URL, query).status_code == 200
            counts.append((tuple(query), len(queries)))
    assert counts[0] == counts[2]
    assert counts[1] == counts[3]


def test_a_search_for_a_name_stays_out_of_the_browser_history(
    client: Client, alice: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Searching or paging through results for a name must not leave the name in the browser's
    history or storage, where a seized laptop would show it: the form and the page links
    update the results in place without pushing their address, and htmx keeps no copy of
    pages in localStorage."""
    for _ in range(27):
        make_testimony()
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert 'hx-push-url="false"' in page
    assert 'hx-push-url="true"' not in page
    assert '"historyCacheSize": 0' in page
    results = client.get(URL, {"q": "Rim Myong-chol"}, headers={"HX-Request": "true"})
    links = results.content.decode()
    assert "page=2" in links
    assert 'hx-target="#results"' in links
    assert 'hx-push-url="true"' not in links
