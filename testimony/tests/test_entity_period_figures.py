"""The period-filtered list's page figures for a user who sees every testimony, read from the
kept sums (`EntityPeriodFigure`, migration 0042): the distinct witnesses, the countries and the
first and last years equal those computed from the links, postings, testimonies and name
digests themselves under every period, after every write that changes a testimony's period,
its postings, its witnesses or whether it names the entity; a witness key's rows count it once
for every filter that keeps any of its testimonies; and the kept rows equal a direct
computation."""

import random
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from testimony.entity_linking import merge_entities, undo_merge
from testimony.entity_stats.period_figures import witness_parts
from testimony.models import Country, Entity, Person, Posting, Testimony, TestimonyEntity
from testimony.models.entity_stats import (
    EntityMentionStale,
    EntityMentionWitness,
    EntityPeriodFigure,
)
from testimony.tests.test_entity_pages import _entity, _link
from testimony.tests.test_entity_stats import (
    LIST,
    _assert_filtered_exact,
    _period_figures,
    _period_figures_direct,
)

pytestmark = pytest.mark.django_db

QUERIES = [
    "?year_from=2013&year_to=2013",
    "?year_from=2014",
    "?year_to=2012",
    "?year_from=2010&year_to=2012",
    "?year_from=2016&year_to=2018&sort=name",
    "?year_from=2011&year_to=2015&kind=company&minimum=2",
    "?year_from=2020",
]

# Periods of every kind the list's filter reads: closed (years, months, days), open end, open
# start, none, and an end before the start (written past the form's check).
PERIODS = [
    ("2009", "2011"),
    ("2012", "2012"),
    ("2013-05", "2013-09"),
    ("2014", "2016-02-28"),
    ("2017", "2019"),
    ("2015", ""),
    ("2010-12", ""),
    ("", "2012"),
    ("", "2018-06"),
    ("", ""),
    ("2016", "2013"),
]


def _kept(start: str, end: str, year_from: int | None, year_to: int | None) -> bool:
    """Whether the list's period filter keeps a testimony of this period, as
    `views.entities._period_condition` compares the strings."""
    if year_from is not None and not (
        end >= str(year_from) or (end == "" and (start >= str(year_from) or start == ""))
    ):
        return False
    return year_to is None or start <= f"{year_to}-99" or start == ""


def _summed(
    parts: list[tuple[int, int, str, int]], year_from: int | None, year_to: int | None
) -> int:
    """The rows' sum for a filter, by the formula `views.entities._period_sum` writes in SQL."""
    since = (lambda year: year >= year_from) if year_from is not None else (lambda year: True)
    until = (lambda year: year <= year_to) if year_to is not None else (lambda year: True)
    total = 0
    for year, bound, counter, sign in parts:
        total += (
            sign
            * {
                "undated": True,
                "ends": since(year),
                "starts": -(year_to is not None and year > year_to),
                "opens": since(year) and until(year),
                "inverted": until(year) and since(bound),
            }[counter]
        )
    return total


def test_a_witness_key_counts_once_for_every_filter_that_keeps_one_of_its_testimonies() -> None:
    """Whatever periods a key's testimonies have (repeated, nested, apart, open, none,
    inverted), its rows add one for a filter that keeps any of them and nothing otherwise."""
    rng = random.Random(12)  # noqa: S311 (test periods, not secrets)
    filters = [
        (year_from, year_to)
        for year_from in [None, *range(2007, 2022)]
        for year_to in [None, *range(2007, 2022)]
        if (year_from, year_to) != (None, None)
        and (year_from is None or year_to is None or year_from <= year_to)
    ]
    for _case in range(1_500):
        periods = [rng.choice(PERIODS) for _testimony in range(rng.randint(1, 6))]
        parts = witness_parts(periods)
        for year_from, year_to in filters:
            expected = int(any(_kept(*period, year_from, year_to) for period in periods))
            assert _summed(parts, year_from, year_to) == expected, (periods, year_from, year_to)


def _check(client: Client, user: User, queries: list[str] = QUERIES) -> None:
    """The user's list under each period equals the direct computation, its page's figures
    read from the kept sums (no witness row read), which equal their direct computation."""
    for query in queries:
        _assert_filtered_exact(client, user, query)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(LIST + query).status_code == 200
        read = [sql["sql"] for sql in captured]
        assert any(EntityPeriodFigure._meta.db_table in sql for sql in read), query
        assert not [sql for sql in read if EntityMentionWitness._meta.db_table in sql], query
    assert not EntityMentionStale.objects.exists()
    assert _period_figures() == _period_figures_direct()


@pytest.fixture
def named(
    alice: User, make_testimony: Callable[..., Testimony], kuwait: Country
) -> dict[str, object]:
    """Testimonies of every kind of period naming two companies; three witnesses each in
    several of them (apart in time, nested, undated), postings in Russia and China, one
    without a start and one ending before it starts."""
    company, other = _entity("Namgang Construction"), _entity("Chollima Builders")
    witnesses = ["Rim Myong-chol", "Kim Yong-su", "Pak Sun-hui"]
    testimonies = [
        make_testimony(
            period_start=start,
            period_end=end,
            witness_name=witnesses[number % 3],
            witness_hangul=["림명철", "김영수", "박순희"][number % 3],
        )
        for number, (start, end) in enumerate(PERIODS)
    ]
    for testimony in testimonies:
        _link(testimony, company)
    for testimony in testimonies[::3]:
        _link(testimony, other)
    russia, china = Country.objects.get(code="russia"), Country.objects.get(code="china")
    sector = testimonies[0].sector
    # Russia's only posting in 2013 has no start: its year is its end, as a first year too.
    Posting.objects.create(
        testimony=testimonies[2], country=russia, sector=sector, period_end="2013-09"
    )
    Posting.objects.create(
        testimony=testimonies[3],
        country=china,
        sector=sector,
        period_start="2015",
        period_end="2016",
        employer=other,
    )
    # Ends before it starts (written past the form's check).
    Posting.objects.bulk_create(
        [
            Posting(
                testimony=testimonies[4],
                country=china,
                sector=sector,
                period_start="2019",
                period_end="2017",
            )
        ]
    )
    return {"company": company, "other": other, "testimonies": testimonies, "kuwait": kuwait}


def test_the_page_figures_under_a_period_follow_every_write(
    client: Client, alice: User, carol: User, named: dict
) -> None:
    """Periods changed (save() and bulk updates, an end before its start, taken away),
    postings added, moved to another country and deleted, a witness renamed and deleted, a
    link added, moved and removed, a testimony deleted, an entity deleted, a merge and its
    undo, and a rebuild
    marker over wrong rows: carol's list under each period shows the exact witnesses,
    countries and years, read from the kept sums."""
    testimonies = named["testimonies"]
    company, other = named["company"], named["other"]
    _check(client, carol)
    # 2013 keeps three testimonies (one in 2013, one open start to 2018, one undated), two of
    # them with one witness's name: two witnesses. Russia is on the page by a posting without
    # a start, which gives 2013 as the first year; Kuwait's two have no start either, and the
    # latest end, 2018, is the last.
    client.force_login(carol)
    shown = client.get(LIST + "?year_from=2013&year_to=2013&q=namgang").context["summaries"]
    assert [
        (row.witnesses, row.first_year, row.last_year, [c.code for c in row.countries])
        for row in shown
    ] == [(2, 2013, 2018, ["kuwait", "russia"])]

    # Periods: through save(), then bulk updates (no save(), no signal), one inverted.
    testimonies[0].period_start, testimonies[0].period_end = "2013", "2014"
    testimonies[0].save()
    _check(client, carol)
    Testimony.objects.filter(pk=testimonies[1].pk).update(period_start="2018", period_end="2012")
    Testimony.objects.filter(pk=testimonies[9].pk).update(period_start="2011", period_end="")
    Testimony.objects.filter(pk=testimonies[5].pk).update(period_start="", period_end="")
    _check(client, carol)
    # Postings: one without a start added where the country has others, one moved to Russia,
    # one deleted.
    Posting.objects.create(
        testimony=testimonies[6],
        country=Country.objects.get(code="china"),
        sector=testimonies[6].sector,
        period_end="2011",
    )
    Posting.objects.filter(testimony=testimonies[3]).update(
        country=Country.objects.get(code="russia")
    )
    Posting.objects.filter(testimony=testimonies[2]).delete()
    _check(client, carol)
    # Witnesses: one renamed to another testimony's name (the keys join), one deleted.
    witness = Person.objects.get(testimony=testimonies[7], role=Person.Role.WITNESS)
    witness.name_romanized, witness.name_hangul = "Kim Yong-su", "김영수"
    witness.save()
    witness.reindex_names()
    Person.objects.filter(testimony=testimonies[8], role=Person.Role.WITNESS).delete()
    _check(client, carol)
    # Links: added, moved to the other company, removed; a testimony deleted.
    _link(testimonies[1], other)
    TestimonyEntity.objects.filter(testimony=testimonies[4], entity=company).update(entity=other)
    TestimonyEntity.objects.filter(testimony=testimonies[10], entity=company).delete()
    testimonies[6].delete()
    _check(client, carol)
    # An entity deleted once its links are: its rows go with it.
    site = _entity("Camp 7", Entity.Kind.SITE)
    for testimony in testimonies[:3]:
        _link(testimony, site)
    _check(client, carol)
    TestimonyEntity.objects.filter(entity=site).delete()
    site.delete()
    _check(client, carol)
    record = merge_entities(kept=company, merged=other, by=carol)
    _check(client, carol)
    undo_merge(record=record, by=carol)
    _check(client, carol)
    # After a rebuild marker (a migration, a restore), the rows are rewritten first.
    EntityPeriodFigure.objects.update(ends=5, starts=0)
    EntityPeriodFigure.objects.filter(figure=EntityPeriodFigure.Figure.WITNESSES).delete()
    EntityMentionStale.objects.create(entity_id=None)
    _check(client, carol)


def test_a_country_known_only_by_postings_without_a_start_gives_their_years(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The facts of a posting without a start have no earliest start: where its country has
    nothing else under the period, its latest end is the country's first year too (as the
    facts grouped by country give it); where the country has another testimony, that one's
    years. Read apart from the sums, through the partial index."""
    company = _entity("Namgang Construction")
    russia = Country.objects.get(code="russia")
    alone = make_testimony(period_start="", period_end="2012")
    Posting.objects.create(testimony=alone, country=russia, sector=alone.sector, period_end="2012")
    other = make_testimony(period_start="2014", period_end="2016")
    later = make_testimony(period_start="2015", period_end="2017")
    Posting.objects.create(
        testimony=later,
        country=russia,
        sector=later.sector,
        period_start="2015",
        period_end="2017",
    )
    for testimony in (alone, other, later):
        _link(testimony, company)
    client.force_login(carol)
    expected = {
        # Russia has only the posting without a start: 2012 is its first year.
        "?year_to=2014": (2012, 2016),
        # Russia has both: its earliest start is 2015, its latest end 2017.
        "?year_from=2010": (2014, 2017),
        "?year_from=2015&year_to=2015": (2014, 2017),
    }
    for query, years in expected.items():
        (row,) = client.get(LIST + query).context["summaries"]
        assert (row.first_year, row.last_year) == years, query
    _check(client, carol, list(expected))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the plan of PostgreSQL")
def test_the_rows_read_apart_are_read_through_their_partial_index(
    client: Client, carol: User, named: dict
) -> None:
    """The statement of the rows read apart states the partial index's condition as the index
    holds it, so that PostgreSQL may read the index (written with another function of the same
    meaning, it read every row of the page's entities)."""
    client.force_login(carol)
    client.get(LIST + "?year_from=2015")
    with CaptureQueriesContext(connection) as captured:
        client.get(LIST + "?year_from=2015")
    (statement,) = [sql["sql"] for sql in captured if "IS NULL" in sql["sql"]]
    with connection.cursor() as cursor:
        # The tables are tiny here: a sequential scan would win, whichever index could serve.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {statement}")
        plan = "\n".join(row for (row,) in cursor.fetchall())
    assert "mentionfacts_irregular_idx" in plan, plan


def test_figures_that_disagree_with_their_rows_are_rewritten_whole(
    client: Client, carol: User, named: dict
) -> None:
    """Kept sums that a change would take below zero, or whose witnesses no longer come to the
    entity's witness count, make the entity recounted whole and its rows rewritten, not left
    wrong."""
    _check(client, carol)
    company, testimonies = named["company"], named["testimonies"]
    figure = EntityPeriodFigure.Figure
    EntityPeriodFigure.objects.filter(entity_id=company.pk, figure=figure.WITNESSES).delete()
    TestimonyEntity.objects.filter(testimony=testimonies[1], entity=company).delete()
    _check(client, carol)
    EntityPeriodFigure.objects.filter(entity_id=company.pk, figure=figure.COUNTRY).update(
        ends=0, starts=0, opens=0, undated=0, inverted=0
    )
    TestimonyEntity.objects.filter(testimony=testimonies[2], entity=company).delete()
    _check(client, carol)
