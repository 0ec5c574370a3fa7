"""The entity page of a user who sees only their own testimonies (those they entered,
interviewed or were shared), read from the kept mention rows with each testimony's author,
interviewer and case code on the row (migration 0036): the same timeline, undated testimonies,
pages and count as computed from the links and postings themselves, after every write that
changes who sees a testimony, where it sorts, or whether it names the entity."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.db.models import Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from testimony.models import (
    Country,
    Entity,
    Indicator,
    IndicatorTag,
    Posting,
    Testimony,
    TestimonyEntity,
)
from testimony.models.entity_stats import EntityMention, EntityMentionStale, EntityStatsStale
from testimony.tests.test_entity_pages import _approve, _entity, _link
from testimony.tests.test_entity_stats import _entity_page, _entity_page_direct
from testimony.views import entities as entities_view


def _check(client: Client, users: list[User], entities: list[Entity]) -> None:
    """Each user's every page of each entity equals the direct computation."""
    for user in users:
        client.force_login(user)
        for entity in entities:
            url = reverse("testimony:entity_detail", args=[entity.uuid])
            for number in (1, 2, 3):
                response = client.get(url, {"page": number})
                assert response.status_code == 200
                assert _entity_page(response) == _entity_page_direct(user, entity, number), (
                    user.username,
                    entity.name,
                    number,
                )
    assert not EntityStatsStale.objects.exists()


def test_the_restricted_entity_page_follows_who_sees_each_testimony(
    client: Client,
    alice: User,
    erin: User,
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(entities_view, "TESTIMONIES_PAGE_SIZE", 2)
    monkeypatch.setattr(entities_view, "TIMELINE_CODES", 2)
    # Erin may also start petitions: her page counts the exportable testimonies she sees.
    erin.user_permissions.add(Permission.objects.get(codename="add_petition"))
    erin = User.objects.get(pk=erin.pk)  # permissions are cached on the instance
    company, site = _entity("Namgang Construction"), _entity("Camp 7", Entity.Kind.SITE)
    # Alice's own (entered and interviewed), one of erin's she interviewed, one shared with
    # her, one erin's alone; periods open, partial, equal and missing.
    own = [
        make_testimony(period_start=start, period_end=end)
        for start, end in [("2012", "2014"), ("2013-05", "2013-09"), ("", ""), ("2013", "")]
    ]
    interviewed = make_testimony(created_by=erin, updated_by=erin, period_start="2013")
    shared = make_testimony(
        created_by=erin, updated_by=erin, interviewer=erin, period_start="", period_end="2015"
    )
    shared.shared_with.add(alice)
    theirs = make_testimony(created_by=erin, updated_by=erin, interviewer=erin)
    for testimony in [*own, interviewed, shared, theirs]:
        _link(testimony, company)
    russia = Country.objects.get(code="russia")
    Posting.objects.create(
        testimony=own[0], country=russia, sector=own[0].sector, site=site, employer=company
    )
    # Exportable: one erin sees by sharing, one only she sees, one of alice's she does not.
    for testimony in (shared, theirs, own[2]):
        _approve(testimony, alice)
    users, entities = [alice, erin], [company, site]
    _check(client, users, entities)
    client.force_login(erin)
    response = client.get(reverse("testimony:entity_detail", args=[company.uuid]))
    assert response.context["exportable"] == 2
    client.force_login(alice)
    page = client.get(reverse("testimony:entity_detail", args=[company.uuid]))
    assert page.context["page"].paginator.count == 6  # not erin's own

    # Who sees it, changed by bulk updates (no save(), no signal): author, interviewer.
    Testimony.objects.filter(pk=own[1].pk).update(created_by=erin)  # still her interview
    Testimony.objects.filter(pk=interviewed.pk).update(interviewer=erin)  # no longer hers
    Testimony.objects.filter(pk=theirs.pk).update(interviewer=alice)  # now hers
    _check(client, users, entities)
    # Sharing added and taken back.
    theirs.shared_with.add(alice)
    shared.shared_with.remove(alice)
    _check(client, users, entities)
    # Where it sorts: the period and the case code (the same start: the code decides).
    Testimony.objects.filter(pk=own[3].pk).update(period_start="2012", period_end="2012")
    Testimony.objects.filter(pk=own[0].pk).update(case_code="TST-2000-0001")
    _check(client, users, entities)
    # Whether it names the entity: a link moved, a posting's site, a testimony deleted.
    TestimonyEntity.objects.filter(testimony=own[1]).update(entity=site)
    Posting.objects.filter(testimony=own[0]).update(site=None)
    theirs.delete()
    _check(client, users, entities)
    # After a rebuild marker (a migration, a restore), the rows are rewritten first.
    EntityMention.objects.update(created_by_id=None, interviewer_id=None, case_code="")
    EntityMentionStale.objects.create(entity_id=None)
    _check(client, users, entities)


def test_the_restricted_entity_page_reads_no_testimony_in_order(
    client: Client, alice: User, erin: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The page's order comes from the user's kept mention rows: no statement orders the
    testimonies naming the entity, and the number of statements does not grow with them."""
    company = _entity("Namgang Construction")
    url = reverse("testimony:entity_detail", args=[company.uuid])
    counts = []
    for count in (3, 60):
        while TestimonyEntity.objects.filter(entity=company).count() < count:
            mine = TestimonyEntity.objects.count() % 2 == 0
            testimony = make_testimony(
                period_start=str(2010 + count % 3),
                **({} if mine else {"created_by": erin, "updated_by": erin}),
            )
            IndicatorTag.objects.create(
                testimony=testimony,
                indicator=Indicator.RETENTION_OF_DOCUMENTS,
                phase=IndicatorTag.Phase.EMPLOYMENT,
                passage="Pak Chol-min kept our passports.",
            )
            _link(testimony, company)
        client.force_login(alice)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        label = str(Indicator.RETENTION_OF_DOCUMENTS.label)
        assert all(entry["indicators"] == [label] for entry in response.context["entries"])
        counts.append(len(queries))
        ordered = [
            query["sql"]
            for query in queries
            if '"testimony_testimony"."period_start"' in query["sql"].partition("ORDER BY")[2]
        ]
        assert not ordered
        # Nor does it read (and decrypt) the encrypted columns it does not show.
        read = " ".join(query["sql"] for query in queries)
        assert "passage" not in read
        assert "imported_extra" not in read
    assert counts[0] == counts[1]


def test_each_testimony_is_listed_once_in_the_page_order_however_the_user_sees_it(
    client: Client,
    alice: User,
    erin: User,
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A testimony the user entered, interviewed or was shared, in any combination, is on the
    page once, in the page's order (period start, case code) among the others, whichever way
    they see each; the timeline and the count are those of the direct computation."""
    monkeypatch.setattr(entities_view, "TESTIMONIES_PAGE_SIZE", 3)
    company = _entity("Namgang Construction")
    starts = ["2013", "", "2011-04", "2013", "2012", "2011-04"]
    made = []
    for number in range(16):
        entered, interviewed, shared = number & 1, number & 2, number & 4
        testimony = make_testimony(
            created_by=alice if entered else erin,
            updated_by=alice if entered else erin,
            interviewer=alice if interviewed else erin,
            period_start=starts[number % len(starts)],
            period_end="" if number % 5 == 0 else "2016",
        )
        if shared:
            testimony.shared_with.add(alice)
        if number & 8 == 0 or shared:
            _link(testimony, company)
        made.append(testimony)
    _check(client, [alice, erin], [company])
    monkeypatch.setattr(entities_view, "TESTIMONIES_PAGE_SIZE", 50)
    client.force_login(alice)
    response = client.get(reverse("testimony:entity_detail", args=[company.uuid]))
    listed = [row["testimony"].pk for row in response.context["entries"]]
    expected = (
        Testimony.objects.filter(entity_links__entity=company)
        .filter(Q(created_by=alice) | Q(interviewer=alice) | Q(shared_with=alice))
        .distinct()
        .order_by("period_start", "case_code", "id")
    )
    assert listed == list(expected.values_list("pk", flat=True))
    assert len(listed) == len(set(listed)) == 11
    assert response.context["page"].paginator.count == 11
