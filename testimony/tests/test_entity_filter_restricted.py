"""The corroboration list of a user who sees only their own testimonies (those they entered,
interviewed or were shared) under one country or one sector filter, read from the kept rows of
their mentions under that country or sector (`EntityMentionFilter`, migration 0038): the same
counts, witnesses, years and countries as computed from the links and postings themselves,
after every write that changes a testimony's own or its postings' country or sector, who sees
it, or whether it names the entity; and the kept rows equal a direct computation."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from testimony.entity_linking import merge_entities, undo_merge
from testimony.models import Country, Entity, Posting, Sector, Testimony, TestimonyEntity
from testimony.models.entity_stats import EntityMentionFilter, EntityMentionStale
from testimony.tests.test_entity_pages import _entity, _link
from testimony.tests.test_entity_stats import (
    LIST,
    _mention_filters,
    _mention_filters_direct,
    assert_lists_from_kept,
)

pytestmark = pytest.mark.django_db


def _queries(other_sector: Sector) -> list[str]:
    return [
        "?sector=construction",
        f"?sector={other_sector.code}",
        "?sector=construction&kind=company&q=namgang&sort=name",
        "?country=kuwait",
        "?country=russia&minimum=2",
        "?country=russia&kind=site",
    ]


def _check(client: Client, users: list[User], queries: list[str]) -> None:
    """Each user's list under each filter is exact and read from the kept rows, which equal
    their direct computation."""
    assert_lists_from_kept(
        client,
        users,
        queries,
        EntityMentionFilter._meta.db_table,
        _mention_filters,
        _mention_filters_direct,
    )


def test_the_restricted_country_and_sector_lists_follow_every_write(
    client: Client,
    alice: User,
    erin: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Postings' and testimonies' own countries and sectors changed (save() and bulk updates),
    postings added and deleted, authors, interviewers and sharing changed, a link moved, a
    testimony deleted, a merge and its undo, and a rebuild marker: alice's and erin's lists
    under each filter stay exact."""
    russia, kuwait = Country.objects.get(code="russia"), Country.objects.get(code="kuwait")
    construction = Sector.objects.get(code="construction")
    other_sector = Sector.objects.exclude(code="construction").first()
    company, other = _entity("Namgang Construction"), _entity("Chollima Builders")
    site = _entity("Camp 7", Entity.Kind.SITE)
    # Alice's own (entered and interviewed), one of erin's she interviewed, one shared with
    # her, one erin's alone; witnesses shared between some.
    own = [
        make_testimony(period_start=start, period_end=end, witness_name=f"Witness {number % 2}")
        for number, (start, end) in enumerate([("2012", "2014"), ("2013", ""), ("", "")])
    ]
    interviewed = make_testimony(created_by=erin, updated_by=erin, period_start="2016")
    shared = make_testimony(created_by=erin, updated_by=erin, interviewer=erin)
    shared.shared_with.add(alice)
    theirs = make_testimony(created_by=erin, updated_by=erin, interviewer=erin)
    for testimony in [*own, interviewed, shared, theirs]:
        _link(testimony, company)
    _link(own[1], other)
    # Posted elsewhere: in Russia in another sector (the employer and site name entities too).
    posting = Posting.objects.create(
        testimony=own[0], country=russia, sector=other_sector, site=site, employer=other
    )
    users, queries = [alice, erin], _queries(other_sector)
    _check(client, users, queries)
    client.force_login(alice)
    shown = client.get(LIST + "?country=russia").context["summaries"]
    assert sorted((row.entity.name, row.testimonies) for row in shown) == [
        ("Camp 7", 1),
        ("Chollima Builders", 1),
        ("Namgang Construction", 1),
    ]

    # A posting's sector and country changed, through save() and a bulk update.
    posting.sector = construction
    posting.save()
    _check(client, users, queries)
    Posting.objects.filter(pk=posting.pk).update(country=kuwait, sector=other_sector)
    _check(client, users, queries)
    # A testimony's own sector and country (bulk updates: no save(), no signal).
    Testimony.objects.filter(pk=own[2].pk).update(sector=other_sector)
    Testimony.objects.filter(pk=shared.pk).update(country=russia)
    _check(client, users, queries)
    # A posting added to another testimony, then one deleted.
    Posting.objects.create(testimony=interviewed, country=russia, sector=other_sector)
    _check(client, users, queries)
    posting.delete()
    _check(client, users, queries)
    # Who sees it: author, interviewer, sharing added and taken back.
    Testimony.objects.filter(pk=own[1].pk).update(created_by=erin)  # still her interview
    Testimony.objects.filter(pk=interviewed.pk).update(interviewer=erin)  # no longer hers
    Testimony.objects.filter(pk=theirs.pk).update(interviewer=alice)  # now hers
    theirs.shared_with.add(alice)
    shared.shared_with.remove(alice)
    _check(client, users, queries)
    # Whether it names the entity: a link moved, a testimony deleted, a merge and its undo.
    TestimonyEntity.objects.filter(testimony=own[0], entity=company).update(entity=site)
    theirs.delete()
    _check(client, users, queries)
    record = merge_entities(kept=company, merged=other, by=carol)
    _check(client, users, queries)
    undo_merge(record=record, by=carol)
    _check(client, users, queries)
    # After a rebuild marker (a migration, a restore), the rows are rewritten first.
    EntityMentionFilter.objects.filter(dimension="sector").delete()
    EntityMentionFilter.objects.update(created_by_id=None, interviewer_id=None)
    EntityMentionStale.objects.create(entity_id=None)
    _check(client, users, queries)


def test_more_writes_than_are_applied_pair_by_pair_rewrite_the_rows_exactly(
    client: Client,
    alice: User,
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An import or a bulk update recounts its entities whole (`INCREMENTAL_PAIRS`, lowered
    here): their kept rows are rewritten per entity in SQL, and equal the same computation."""
    from testimony.entity_stats import figures

    monkeypatch.setattr(figures, "INCREMENTAL_PAIRS", 2)
    other_sector = Sector.objects.exclude(code="construction").first()
    russia = Country.objects.get(code="russia")
    company, site = _entity("Namgang Construction"), _entity("Camp 7", Entity.Kind.SITE)
    testimonies = [make_testimony() for _ in range(4)]
    _link(testimonies[0], company)
    _check(client, [alice], _queries(other_sector))
    Posting.objects.bulk_create(
        Posting(testimony=testimony, country=russia, sector=other_sector, site=site)
        for testimony in testimonies
    )
    TestimonyEntity.objects.bulk_create(
        TestimonyEntity(testimony=testimony, entity=company, role="employer")
        for testimony in testimonies[1:]
    )
    _check(client, [alice], _queries(other_sector))
    # Posted back home: neither Russia nor the other sector any more.
    kuwait, construction = (
        Country.objects.get(code="kuwait"),
        Sector.objects.get(code="construction"),
    )
    Posting.objects.filter(testimony__in=testimonies[:3]).update(
        sector=construction, country=kuwait
    )
    _check(client, [alice], _queries(other_sector))


def test_the_restricted_filtered_list_makes_as_many_queries_for_more_testimonies(
    client: Client, alice: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Read from the kept rows, the list under a sector filter makes as many statements for
    40 linked testimonies as for 3."""
    company = _entity("Namgang Construction")
    counts = []
    for count in (3, 40):
        while TestimonyEntity.objects.filter(entity=company).count() < count:
            _link(make_testimony(), company)
        client.force_login(alice)
        client.get(LIST + "?sector=construction")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(LIST + "?sector=construction")
        assert [row.testimonies for row in response.context["summaries"]] == [count]
        counts.append(len(queries))
    assert counts[0] == counts[1]
