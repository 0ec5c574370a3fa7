"""The corroboration list under a period filter, counted from the kept period sums
(`EntityPeriodCount`, migration 0039) for a user who sees every testimony and for one who sees
only their own and shared ones: the same counts, witnesses, years and countries as computed from
the links, postings and testimonies themselves, after every write that changes a testimony's
period, who sees it, or whether it names the entity; and the kept sums equal a direct
computation from each testimony's period, author and interviewer."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from testimony.entity_linking import merge_entities, undo_merge
from testimony.models import Country, Entity, Posting, Sector, Testimony, TestimonyEntity
from testimony.models.entity_stats import (
    EntityMention,
    EntityMentionFacts,
    EntityMentionStale,
    EntityMentionWitness,
    EntityPeriodCount,
)
from testimony.tests.test_entity_pages import _entity, _link
from testimony.tests.test_entity_stats import (
    LIST,
    _period_counts,
    _period_counts_direct,
    assert_lists_from_kept,
)

pytestmark = pytest.mark.django_db

QUERIES = [
    "?year_from=2013&year_to=2013",
    "?year_from=2014",
    "?year_to=2012",
    "?year_from=2016&year_to=2018&sort=name",
    "?year_from=2010&year_to=2020&kind=company&minimum=2",
    "?year_from=2015&year_to=2015&q=namgang",
]


def _check(client: Client, users: list[User], queries: list[str] = QUERIES) -> None:
    """Each user's list under each period is exact and counted from the kept sums, which equal
    their direct computation."""
    assert_lists_from_kept(
        client,
        users,
        queries,
        EntityPeriodCount._meta.db_table,
        _period_counts,
        _period_counts_direct,
    )


@pytest.fixture
def linked(alice: User, erin: User, make_testimony: Callable[..., Testimony]) -> dict[str, object]:
    """Alice's own testimonies (closed, open-ended, open-started, undated, month precision),
    one of erin's she interviewed, one shared with her, one erin's alone; two companies and a
    site, named by links and by a posting."""
    company, other = _entity("Namgang Construction"), _entity("Chollima Builders")
    site = _entity("Camp 7", Entity.Kind.SITE)
    periods = [
        ("2009", "2016"),
        ("2013-05", "2013-09"),
        ("2013-12-31", ""),
        ("", "2014-01"),
        ("", ""),
        ("2016-02", "2017"),
    ]
    own = [
        make_testimony(period_start=start, period_end=end, witness_name=f"Witness {number % 3}")
        for number, (start, end) in enumerate(periods)
    ]
    interviewed = make_testimony(created_by=erin, updated_by=erin, period_start="2015")
    shared = make_testimony(
        created_by=erin, updated_by=erin, interviewer=erin, period_start="2012", period_end="2014"
    )
    shared.shared_with.add(alice)
    theirs = make_testimony(
        created_by=erin, updated_by=erin, interviewer=erin, period_start="2016", period_end=""
    )
    for testimony in [*own, interviewed, shared, theirs]:
        _link(testimony, company)
    for testimony in own[::2]:
        _link(testimony, other)
    russia = Country.objects.get(code="russia")
    Posting.objects.create(
        testimony=own[5],
        country=russia,
        sector=Sector.objects.exclude(code="construction").first(),
        site=site,
        employer=other,
    )
    return {
        "company": company,
        "other": other,
        "site": site,
        "own": own,
        "interviewed": interviewed,
        "shared": shared,
        "theirs": theirs,
    }


def test_the_period_lists_follow_every_write_to_what_they_count(
    client: Client, alice: User, erin: User, carol: User, linked: dict
) -> None:
    """Periods changed (save() and bulk updates, an end before its start, a period taken away),
    authors, interviewers and sharing changed, a link moved, a testimony deleted, a merge and
    its undo, and a rebuild marker over wrong rows: carol's, alice's and erin's lists under
    each period stay exact."""
    users = [carol, alice, erin]
    own, shared, theirs = linked["own"], linked["shared"], linked["theirs"]
    _check(client, users)
    # 2013: the one spanning 2009-2016, the two in 2013, the open start to 2014-01 and the
    # undated one, and the one shared with her (2012-2014); not the open end from 2015.
    client.force_login(alice)
    shown = client.get(LIST + "?year_from=2013&year_to=2013&q=namgang").context["summaries"]
    assert [(row.entity.name, row.testimonies) for row in shown] == [("Namgang Construction", 6)]

    # Periods: through save(), then bulk updates (no save(), no signal), one inverted.
    own[0].period_start, own[0].period_end = "2015", ""
    own[0].save()
    _check(client, users)
    Testimony.objects.filter(pk=own[1].pk).update(period_start="2018", period_end="2012")
    Testimony.objects.filter(pk=own[4].pk).update(period_start="2012", period_end="2012-03")
    Testimony.objects.filter(pk=own[3].pk).update(period_start="", period_end="")
    _check(client, users)
    # Who sees it: author, interviewer, sharing added and taken back.
    Testimony.objects.filter(pk=own[2].pk).update(created_by=erin)  # still her interview
    Testimony.objects.filter(pk=linked["interviewed"].pk).update(interviewer=erin)
    Testimony.objects.filter(pk=theirs.pk).update(interviewer=alice)
    theirs.shared_with.add(alice)  # both hers and shared with her: counted once
    shared.shared_with.remove(alice)
    _check(client, users)
    # Whether it names the entity: a link moved, a testimony deleted, a merge and its undo.
    TestimonyEntity.objects.filter(testimony=own[0], entity=linked["company"]).update(
        entity=linked["site"]
    )
    own[5].delete()
    _check(client, users)
    record = merge_entities(kept=linked["company"], merged=linked["other"], by=carol)
    _check(client, users)
    undo_merge(record=record, by=carol)
    _check(client, users)
    # After a rebuild marker (a migration, a restore), the sums are rewritten first.
    EntityPeriodCount.objects.update(ends=7, starts=0)
    EntityPeriodCount.objects.filter(year=0).delete()
    EntityMentionStale.objects.create(entity_id=None)
    _check(client, users)


def test_sums_that_disagree_with_their_mention_rows_are_rewritten_whole(
    client: Client, alice: User, carol: User, linked: dict, make_testimony: Callable
) -> None:
    """A kept sum that a change would take below zero (it was not what the mention rows say)
    makes the entity's sums rewritten from its mention rows, not left wrong."""
    _check(client, [carol, alice])
    company = linked["company"]
    EntityPeriodCount.objects.filter(entity_id=company.pk).update(
        ends=0, starts=0, opens=0, undated=0, inverted=0
    )
    # Taking a testimony off the entity takes one off sums that now hold none.
    TestimonyEntity.objects.filter(testimony=linked["own"][1], entity=company).delete()
    _check(client, [carol, alice])


def test_more_writes_than_are_applied_pair_by_pair_rewrite_the_sums_exactly(
    client: Client,
    alice: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An import or a bulk update recounts its entities whole (`INCREMENTAL_PAIRS`, lowered
    here): their sums are rewritten per entity in SQL, by the same rules."""
    from testimony.entity_stats import figures

    monkeypatch.setattr(figures, "INCREMENTAL_PAIRS", 2)
    company = _entity("Namgang Construction")
    testimonies = [
        make_testimony(period_start=start, period_end=end)
        for start, end in [
            ("2011", "2013"),
            ("2014-02", ""),
            ("", "2012"),
            ("", ""),
            ("2016", "2015"),
        ]
    ]
    _link(testimonies[0], company)
    _check(client, [carol, alice])
    TestimonyEntity.objects.bulk_create(
        TestimonyEntity(testimony=testimony, entity=company, role="employer")
        for testimony in testimonies[1:]
    )
    _check(client, [carol, alice])
    Testimony.objects.filter(pk__in=[t.pk for t in testimonies[:3]]).update(
        period_start="2013", period_end="2019"
    )
    _check(client, [carol, alice])


def test_a_restricted_user_never_counts_testimonies_she_cannot_see(
    client: Client, alice: User, erin: User, linked: dict
) -> None:
    """Erin's testimony, not shared with alice, is in erin's period list and not in alice's."""
    theirs = linked["theirs"]
    company = linked["company"]
    TestimonyEntity.objects.filter(entity=company).exclude(testimony=theirs).delete()
    for user, expected in ((erin, [("Namgang Construction", 1)]), (alice, [])):
        client.force_login(user)
        shown = client.get(LIST + "?year_from=2016&q=namgang").context["summaries"]
        assert [(row.entity.name, row.testimonies) for row in shown] == expected
    assert EntityMention.objects.filter(testimony_id=theirs.pk).exists()


def test_the_period_list_makes_as_many_queries_for_more_testimonies(
    client: Client, alice: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Counted from the kept sums, the period-filtered list makes as many statements for 40
    linked testimonies as for 3, for both kinds of user."""
    company = _entity("Namgang Construction")
    for user in (carol, alice):
        counts = []
        for count in (3, 40):
            while TestimonyEntity.objects.filter(entity=company).count() < count:
                _link(make_testimony(period_start="2013"), company)
            client.force_login(user)
            client.get(LIST + "?year_from=2012&year_to=2014")
            with CaptureQueriesContext(connection) as queries:
                response = client.get(LIST + "?year_from=2012&year_to=2014")
            assert [row.testimonies for row in response.context["summaries"]] == [count]
            counts.append(len(queries))
        assert counts[0] == counts[1]
        TestimonyEntity.objects.filter(entity=company).delete()


@pytest.fixture
def seen_every_way(
    alice: User, erin: User, make_testimony: Callable[..., Testimony]
) -> dict[str, Testimony]:
    """Testimonies naming one company that alice entered (erin interviewing), interviewed
    (erin entering), was shared (one she also entered and interviewed), and erin's alone; the
    same witnesses in several of them, and postings in three countries."""
    company = _entity("Namgang Construction")
    testimonies = {
        "entered": make_testimony(
            interviewer=erin,
            witness_name="Kim Chol",
            witness_hangul="김철",
            period_start="2012",
            period_end="2014",
        ),
        "interviewed": make_testimony(
            created_by=erin,
            updated_by=erin,
            witness_name="Kim Chol",
            witness_hangul="김철",
            period_start="2013",
            period_end="",
        ),
        "shared": make_testimony(
            created_by=erin,
            updated_by=erin,
            interviewer=erin,
            witness_name="Pak Song",
            witness_hangul="박성",
            period_start="2010",
            period_end="2013-04",
        ),
        "own and shared": make_testimony(
            witness_name="Pak Song",
            witness_hangul="박성",
            period_start="",
            period_end="2012",
        ),
        "theirs": make_testimony(
            created_by=erin,
            updated_by=erin,
            interviewer=erin,
            witness_name="Jo Min",
            witness_hangul="조민",
            period_start="2013",
            period_end="2013",
        ),
    }
    for name in ("shared", "own and shared"):
        testimonies[name].shared_with.add(alice)
    russia = Country.objects.get(code="russia")
    china = Country.objects.get(code="china")
    for name, country, start in (
        ("interviewed", russia, "2013"),
        ("shared", china, "2012"),
        ("theirs", russia, "2011"),
    ):
        testimony = testimonies[name]
        Posting.objects.create(
            testimony=testimony, country=country, sector=testimony.sector, period_start=start
        )
    for testimony in testimonies.values():
        _link(testimony, company)
    return testimonies


def test_her_period_list_counts_each_testimony_and_witness_once_however_she_sees_it(
    client: Client, alice: User, erin: User, seen_every_way: dict
) -> None:
    """Alice's list under a period counts the testimonies she entered, interviewed and was
    shared each once (one she entered, interviewed and was shared too), a witness named in a
    testimony of hers and in a shared one once, and none of erin's testimonies alone: as the
    direct computation, for erin too."""
    client.force_login(alice)
    (row,) = client.get(LIST + "?year_from=2012&year_to=2013").context["summaries"]
    assert (row.testimonies, row.witnesses) == (4, 2)
    assert [country.code for country in row.countries] == ["china", "kuwait", "russia"]
    (row,) = client.get(LIST + "?year_from=2014").context["summaries"]
    assert (row.testimonies, row.witnesses) == (1, 1)
    _check(
        client,
        [alice, erin],
        ["?year_from=2012&year_to=2013", "?year_from=2013", "?year_to=2011", "?year_from=2014"],
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the plan of PostgreSQL")
def test_her_rows_are_read_through_the_indexes_led_by_the_viewer(
    client: Client, alice: User, seen_every_way: dict
) -> None:
    """Her page's facts and witness rows are read as ranges of the indexes led by the author
    and by the interviewer (the latter partial: the statement states its condition as the index
    holds it), not by filtering every row of the page's entities."""
    client.force_login(alice)
    client.get(LIST + "?year_from=2012&year_to=2013")
    with CaptureQueriesContext(connection) as captured:
        client.get(LIST + "?year_from=2012&year_to=2013")
    for table, prefix in (
        (EntityMentionFacts._meta.db_table, "mentionfacts"),
        (EntityMentionWitness._meta.db_table, "mentionwitness"),
    ):
        (statement,) = [query["sql"] for query in captured if f"FROM {table} " in query["sql"]]
        with connection.cursor() as cursor:
            # The tables are tiny here: a sequential scan would win, whichever index could serve.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {statement}")
            plan = "\n".join(row for (row,) in cursor.fetchall())
        assert f"{prefix}_author_idx" in plan, plan
        assert f"{prefix}_interviewed_idx" in plan, plan
