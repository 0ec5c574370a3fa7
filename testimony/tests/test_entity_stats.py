"""The corroboration list's kept figures (EntityStats) equal the figures counted from the links
themselves after every kind of write: the entry form, an edit, the import, a merge and its undo,
and writes that bypass the application (bulk updates, deletions). And the pages make as many
queries with 30 linked testimonies as with 3, for every kind of user and filter."""

import importlib
import pkgutil
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from testimony import entity_stats
from testimony.entity_linking import merge_entities, undo_merge
from testimony.entity_stats import figures as entity_figures
from testimony.entity_stats import pages as entity_pages
from testimony.entity_stats import recount as entity_recount
from testimony.entity_stats import scoped as entity_scoped
from testimony.entity_stats.period_figures import witness_parts
from testimony.kept_rebuild import refresh_kept
from testimony.models import (
    Anonymization,
    ConsentWithdrawal,
    Country,
    Entity,
    EntityRole,
    EntityStats,
    EntityStatsStale,
    Narrative,
    Person,
    PersonNameIndex,
    Posting,
    Sector,
    Testimony,
    TestimonyEntity,
)
from testimony.models.entity_stats import (
    EntityBreakdownStale,
    EntityExportable,
    EntityFilterStats,
    EntityMention,
    EntityMentionFacts,
    EntityMentionFilter,
    EntityMentionStale,
    EntityMentionWitness,
    EntityPage,
    EntityPageStale,
    EntityPeriodCount,
    EntityPeriodFigure,
    EntityTimeline,
    EntityViewerStats,
    ExportableStale,
    ExportableTestimony,
)
from testimony.tests.test_entity_pages import _approve
from testimony.tests.test_importing_bulk import HEADERS, _csv, _import, _row
from testimony.tests.test_testimony_create import URL as CREATE
from testimony.tests.test_testimony_create import (  # noqa: F401 (entry is a fixture)
    entry,
    formset_management,
)
from testimony.tests.test_testimony_edit import edit_data
from testimony.views import entities as entities_view
from testimony.views.entities import (
    PAGE_SIZE,
    _entities,
    _exact_counts,
    _filtered_testimonies,
    _mentions,
    _summaries,
    _timeline,
    naming_testimonies,
    timeline_counts,
)
from testimony.workflow import exportable_testimonies

pytestmark = pytest.mark.django_db

LIST = reverse("testimony:entities")


def _entity(name: str, kind: str = Entity.Kind.COMPANY) -> Entity:
    entity = Entity(name=name, kind=kind)
    entity.save()
    return entity


def _link(testimony: Testimony, entity: Entity, role: str = EntityRole.EMPLOYER) -> None:
    TestimonyEntity.objects.create(testimony=testimony, entity=entity, role=role)


def _figures(summaries: list) -> list[tuple]:
    return [
        (
            summary.entity.name,
            summary.testimonies,
            summary.witnesses,
            summary.first_year,
            summary.last_year,
            [country.code for country in summary.countries],
        )
        for summary in summaries
    ]


def _exact() -> list[tuple]:
    """Every entity's figures counted from the links and postings now, over all testimonies."""
    return _figures(_summaries(_exact_counts(None, None), None, direct=True))


def _shown(client: Client, user: User) -> list[tuple]:
    """What a user who sees every testimony reads on the list (and on each entity's page)."""
    client.force_login(user)
    response = client.get(LIST)
    assert response.status_code == 200
    shown = _figures(response.context["summaries"])
    for summary in response.context["summaries"]:
        page = client.get(reverse("testimony:entity_detail", args=[summary.entity.uuid]))
        assert _figures([page.context["summary"]]) == _figures([summary])
        assert _entity_page(page) == _entity_page_direct(user, summary.entity)
    return shown


def _entity_page(response) -> tuple:
    """What an entity page shows beside its figures: the timeline (years, counts, the codes
    named each year), the testimonies without a period, the page's testimonies and their
    number, and the count of exportable ones."""
    page = response.context["page"]
    return (
        response.context["timeline"],
        response.context["undated"],
        [row["testimony"].pk for row in response.context["entries"]],
        page.paginator.count,
        response.context["exportable"],
    )


def _entity_page_direct(user: User, entity: Entity, number: int = 1) -> tuple:
    """The same computed from every testimony naming the entity, read now."""
    rows = list(
        naming_testimonies(user, entity)
        .order_by("period_start", "case_code", "id")
        .values_list("pk", "period_start", "period_end")
    )
    timeline, undated = _timeline(timeline_counts(rows))
    ids = [pk for pk, _start, _end in rows]
    size = entities_view.TESTIMONIES_PAGE_SIZE
    # A page past the last shows the last, as `Paginator.get_page` does.
    number = min(number, max(1, -(-len(ids) // size)))
    exportable = (
        exportable_testimonies().filter(pk__in=ids).count()
        if user.has_perm("testimony.add_petition")
        else 0
    )
    return (
        timeline,
        undated,
        ids[(number - 1) * size : number * size],
        len(ids),
        exportable,
    )


def _assert_filtered_exact(client: Client, user: User, query: str) -> None:
    """The list's first page for a restricted user or a testimony-side filter (figures read
    through the facts and witness keys kept per testimony) equals the direct computation."""
    client.force_login(user)
    response = client.get(LIST + query)
    assert response.status_code == 200
    form = response.context["form"]
    assert not form.is_bound or form.is_valid(), form.errors
    data = form.cleaned_data if form.is_bound else {}
    testimonies, _restricted = _filtered_testimonies(user, data)
    counts = _exact_counts(testimonies, _entities(data), data.get("minimum") or 1, data.get("sort"))
    # Every entity's count in the list's order (what the minimum, the order and the number
    # found are taken from), and the first page's figures.
    assert list(response.context["page"].paginator.object_list) == counts, (user, query)
    direct = _summaries(counts[:PAGE_SIZE], testimonies, direct=True)
    assert _figures(response.context["summaries"]) == _figures(direct), (user, query)


# The tables the exact statements read, which the paths from kept rows do not.
SOURCES = re.compile(r'"?\b(testimony_testimony|testimony_posting|testimony_testimonyentity)\b"?')


def assert_lists_from_kept(
    client: Client,
    users: list[User],
    queries: list[str],
    kept_table: str,
    kept: Callable[[], object],
    direct: Callable[[], object],
) -> None:
    """Each user's list under each query equals the direct computation and is read from the
    kept rows of `kept_table` once they are up to date (no statement reads the testimonies,
    postings or links); the kept rows (`kept()`) equal their direct computation
    (`direct()`)."""
    for user in users:
        for query in queries:
            _assert_filtered_exact(client, user, query)
            with CaptureQueriesContext(connection) as captured:
                assert client.get(LIST + query).status_code == 200
            read = [q["sql"] for q in captured]
            assert any(kept_table in sql for sql in read)
            assert not [sql for sql in read if SOURCES.search(sql)], (user.username, query)
    assert not EntityStatsStale.objects.exists()
    assert not EntityMentionStale.objects.exists()
    assert kept() == direct()


def _assert_exact(client: Client, user: User) -> list[tuple]:
    exact = _exact()
    assert _shown(client, user) == exact
    assert not EntityStatsStale.objects.exists()
    for query in (
        "?country=kuwait",
        "?country=russia&minimum=1&sort=name",
        "?sector=construction",
        "?sector=construction&kind=company&q=namgang",
        "?country=kuwait&sector=construction",
        "?year_from=2000&year_to=2020",
        *PERIOD_QUERIES,
    ):
        _assert_filtered_exact(client, user, query)
    for interviewer in User.objects.filter(username="alice"):
        for query in ("", "?country=russia", *RESTRICTED_QUERIES):
            _assert_filtered_exact(client, interviewer, query)
    entity_stats.refresh_mentions()
    assert _mention_filters() == _mention_filters_direct()
    assert _period_counts() == _period_counts_direct()
    assert _period_figures() == _period_figures_direct()
    return exact


def _mention_filters() -> list[tuple]:
    """The kept rows of a restricted user's country and sector lists (`EntityMentionFilter`)."""
    return sorted(
        EntityMentionFilter.objects.values_list(
            "entity_id", "testimony_id", "dimension", "value", "created_by_id", "interviewer_id"
        )
    )


def _mention_filters_direct() -> list[tuple]:
    """The same computed now from the links and postings naming each entity, and from each
    testimony's own and its postings' countries and sectors, author and interviewer."""
    mentions, params = _mentions(None, None)
    with connection.cursor() as cursor:
        cursor.execute(f"{mentions} SELECT entity_id, testimony_id FROM mention", params)  # noqa: S608
        pairs = cursor.fetchall()
    values: dict[int, set[tuple[str, int]]] = {}
    viewers: dict[int, tuple] = {}
    for pk, country, sector, author, interviewer in Testimony.objects.values_list(
        "pk", "country_id", "sector_id", "created_by_id", "interviewer_id"
    ):
        values[pk] = {("country", country), ("sector", sector)}
        viewers[pk] = (author, interviewer)
    for testimony, country, sector in Posting.objects.values_list(
        "testimony_id", "country_id", "sector_id"
    ):
        values[testimony] |= {("country", country), ("sector", sector)}
    return sorted(
        (entity, testimony, dimension, value, *viewers[testimony])
        for entity, testimony in pairs
        for dimension, value in values[testimony]
        if value is not None
    )


PERIOD_COUNTERS = ["ends", "starts", "opens", "undated", "inverted"]


def _year(value: str) -> int:
    return int(value[:4]) if value[:4].isdigit() else 0


def _period_counts() -> list[tuple]:
    return sorted(
        EntityPeriodCount.objects.values_list(
            "viewer_id", "entity_id", "year", "until", *PERIOD_COUNTERS
        )
    )


def _period_counts_direct() -> list[tuple]:
    """The kept sums computed now from the links and postings naming each entity and each
    testimony's own period, author and interviewer, by the rules `EntityPeriodCount` states."""
    mentions, params = _mentions(None, None)
    with connection.cursor() as cursor:
        cursor.execute(f"{mentions} SELECT entity_id, testimony_id FROM mention", params)  # noqa: S608
        pairs = cursor.fetchall()
    testimonies = {
        pk: (start, end, {0, author, interviewer} - {None})
        for pk, start, end, author, interviewer in Testimony.objects.values_list(
            "pk", "period_start", "period_end", "created_by_id", "interviewer_id"
        )
    }
    sums: dict[tuple, list[int]] = defaultdict(lambda: [0] * len(PERIOD_COUNTERS))
    for entity, testimony in pairs:
        start, end, viewers = testimonies[testimony]
        first, last = _year(start), _year(end)
        if not first and not last:
            parts = [(0, 0, "undated")]
        elif not first:
            parts = [(last, 0, "ends")]
        elif not last:
            parts = [(first, 0, "opens")]
        elif first > last:
            parts = [(first, last, "inverted")]
        else:
            parts = [(last, 0, "ends"), (first, 0, "starts")]
        for viewer in viewers:
            for year, until, counter in parts:
                sums[(viewer, entity, year, until)][PERIOD_COUNTERS.index(counter)] += 1
    return sorted((*key, *counts) for key, counts in sums.items())


# Filters no kept figure answers: counted from the kept mention rows (migration 0032).
def _period_figures() -> list[tuple]:
    return sorted(
        EntityPeriodFigure.objects.values_list(
            "entity_id", "figure", "value", "year", "until", *PERIOD_COUNTERS
        )
    )


def _period_parts(start: str, end: str) -> list[tuple[int, int, str]]:
    """(year, until, counter) a testimony with this own period adds, by the rules
    `EntityPeriodCount` states."""
    first, last = _year(start), _year(end)
    if not first and not last:
        return [(0, 0, "undated")]
    if not first:
        return [(last, 0, "ends")]
    if not last:
        return [(first, 0, "opens")]
    if first > last:
        return [(first, last, "inverted")]
    return [(last, 0, "ends"), (first, 0, "starts")]


def _period_figures_direct() -> list[tuple]:
    """The page's kept figures under a period computed now from the links and postings naming
    each entity, each testimony's own period, its postings' (or its own) countries and
    periods, and its witnesses' name digests, by the rules `EntityPeriodFigure` states; the
    witnesses' rows through `witness_parts` (itself checked against every filter in
    test_entity_period_figures.py)."""
    mentions, params = _mentions(None, None)
    with connection.cursor() as cursor:
        cursor.execute(f"{mentions} SELECT entity_id, testimony_id FROM mention", params)  # noqa: S608
        pairs = cursor.fetchall()
    periods, own = {}, {}
    for pk, start, end, country in Testimony.objects.values_list(
        "pk", "period_start", "period_end", "country_id"
    ):
        periods[pk] = (start, end)
        own[pk] = [(country, start, end)]
    postings: dict[int, list[tuple]] = defaultdict(list)
    for testimony, country, start, end in Posting.objects.values_list(
        "testimony_id", "country_id", "period_start", "period_end"
    ):
        postings[testimony].append((country, start, end))
    # Per country: the earliest start, the latest end (or start); a testimony without postings
    # answers with its own columns.
    facts: dict[int, dict[int | None, list]] = defaultdict(dict)
    for testimony in periods:
        for country, start, end in postings.get(testimony) or own[testimony]:
            began, ended = start or None, end or start or None
            row = facts[testimony].setdefault(country, [None, None])
            if began and (row[0] is None or began < row[0]):
                row[0] = began
            if ended and (row[1] is None or ended > row[1]):
                row[1] = ended
    keys: dict[int, set[str]] = defaultdict(set)
    digests: dict[int, list[str]] = defaultdict(list)
    for person, digest in PersonNameIndex.objects.values_list("person_id", "digest"):
        digests[person].append(digest)
    for person, testimony in Person.objects.filter(role=Person.Role.WITNESS).values_list(
        "pk", "testimony_id"
    ):
        keys[testimony].add(min(digests[person], default=f"testimony {testimony}"))
    sums: dict[tuple, list[int]] = defaultdict(lambda: [0] * len(PERIOD_COUNTERS))
    witnesses: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    figure = EntityPeriodFigure.Figure
    for entity, testimony in pairs:
        for country, (began, ended) in facts[testimony].items():
            under = [(figure.COUNTRY, country or 0)]
            under += [(figure.FIRST_YEAR, _year(began))] if began and _year(began) else []
            under += [(figure.LAST_YEAR, _year(ended))] if ended and _year(ended) else []
            for kind, value in under:
                for year, until, counter in _period_parts(*periods[testimony]):
                    sums[(entity, kind, value, year, until)][PERIOD_COUNTERS.index(counter)] += 1
        for key in keys[testimony] or {f"testimony {testimony}"}:
            witnesses[(entity, key)].append(periods[testimony])
    for (entity, _key), seen in witnesses.items():
        for year, until, counter, sign in witness_parts(seen):
            sums[(entity, figure.WITNESSES, 0, year, until)][PERIOD_COUNTERS.index(counter)] += sign
    return sorted((*key, *counts) for key, counts in sums.items() if any(counts))


PERIOD_QUERIES = [
    "?year_from=2014",
    "?year_to=2013",
    "?year_from=2013&year_to=2013&sort=name",
    "?year_from=2016&kind=company&minimum=2",
    "?country=russia&year_from=2012",
]
RESTRICTED_QUERIES = [
    "?sector=construction",
    # Their kept rows under one country or sector (migration 0038).
    "?sector=construction&kind=company&q=namgang",
    "?country=kuwait&minimum=2&sort=name",
    "?year_from=2015",
    # The period and whose testimonies on the kept rows themselves (migration 0036).
    "?year_to=2013&sort=name",
    "?year_from=2013&year_to=2014&kind=company",
    "?country=kuwait&sector=construction&year_to=2016",
]


def test_the_entry_form_and_an_edit_keep_the_figures_exact(
    client: Client,
    alice: User,
    carol: User,
    entry: Callable[..., dict],  # noqa: F811 (the fixture imported above)
) -> None:
    client.force_login(alice)
    first = entry(
        **{
            "postings-0-employer_name": "Namgang Construction",
            "postings-0-site_name": "Camp 7, Kuwait City",
            **formset_management("entities", 1),
            "entities-0-role": "sending_body",
            "entities-0-entity_name": "Korea Namgang Trading",
            "entities-0-passage": "",
        }
    )
    assert client.post(CREATE, first).status_code == 302
    # The same witness again, a year later, under the same employer.
    again = entry(
        **{
            "postings-0-employer_name": "Namgang Construction",
            "postings-0-period_start": "2017",
            "postings-0-period_end": "2018",
        }
    )
    assert client.post(CREATE, again).status_code == 302
    assert ("Namgang Construction", 2, 1, 2014, 2018, ["kuwait"]) in _assert_exact(client, carol)

    # An edit moves the first testimony to another employer and renames its witness.
    testimony = Testimony.objects.order_by("pk").first()
    client.force_login(alice)
    edit = edit_data(
        testimony,
        **{
            "postings-0-employer_name": "Chollima Builders",
            "postings-0-period_end": "2016-09",
            "persons-0-name_romanized": "Ri Song-hui",
            "persons-0-name_hangul": "리성희",
            "persons-0-aliases": "",
        },
    )
    response = client.post(reverse("testimony:edit", args=[testimony.uuid]), edit)
    assert response.status_code == 302
    exact = _assert_exact(client, carol)
    assert ("Namgang Construction", 1, 1, 2017, 2018, ["kuwait"]) in exact
    assert ("Chollima Builders", 1, 1, 2014, 2016, ["kuwait"]) in exact


def test_a_merge_and_its_undo_keep_the_figures_exact(
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    russia = Country.objects.get(code="russia")
    kept, duplicate = _entity("Namgang Construction"), _entity("Nam Gang Construction Co")
    first = make_testimony(period_start="2012", period_end="2013")
    second = make_testimony(witness_name="Ri Song-hui", witness_hangul="리성희", country=russia)
    both = make_testimony(period_start="2019", period_end="")
    _link(first, kept)
    _link(second, duplicate)
    _link(both, kept)
    _link(both, duplicate)
    Posting.objects.create(
        testimony=second, country=russia, sector=second.sector, employer=duplicate
    )
    before = _assert_exact(client, carol)
    assert ("Namgang Construction", 2, 1, 2012, 2019, ["kuwait"]) in before

    record = merge_entities(kept=kept, merged=duplicate, by=carol)
    merged = _assert_exact(client, carol)
    assert [row[0] for row in merged] == ["Namgang Construction"]
    assert merged[0][1:3] == (3, 2)

    undo_merge(record=record, by=carol)
    assert _assert_exact(client, carol) == before


def test_the_import_and_writes_outside_the_application_keep_the_figures_exact(
    tmp_path: Path,
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    company, site = _entity("Namgang Construction"), _entity("Camp 7", Entity.Kind.SITE)
    linked = make_testimony()
    _link(linked, company)
    _assert_exact(client, carol)

    # Three imported testimonies, one with the same witness name as the linked one.
    rows = [_row(1), _row(2), _row(3, Name="Rim Myong-chol")]
    report = _import(_csv(tmp_path / "sheet.csv", [HEADERS, *rows]), carol)
    assert not report.problems, report.problems
    imported = list(Testimony.objects.exclude(pk=linked.pk).order_by("pk"))
    assert len(imported) == 3
    TestimonyEntity.objects.bulk_create(
        TestimonyEntity(testimony=testimony, entity=company, role=EntityRole.EMPLOYER)
        for testimony in imported
    )
    exact = _assert_exact(client, carol)
    assert exact[0][:3] == ("Namgang Construction", 4, 3)

    # A bulk update, a witness's name corrected, a period changed, a posting, links and a
    # witness deleted.
    Posting.objects.filter(testimony=imported[0]).update(site=site)
    witness = Person.objects.get(testimony=imported[1], role=Person.Role.WITNESS)
    witness.name_romanized = "Rim Myong-chol"
    witness.name_hangul = "림명철"
    witness.save()
    witness.reindex_names()
    Testimony.objects.filter(pk=linked.pk).update(period_start="2001", period_end="2003")
    # Its own sector and country decide the sector and country filters.
    Testimony.objects.filter(pk=imported[1].pk).update(
        sector=Sector.objects.exclude(code="construction").first(),
        country=Country.objects.get(code="russia"),
    )
    Posting.objects.filter(testimony=imported[2]).delete()
    _assert_exact(client, carol)
    Person.objects.filter(testimony=imported[2]).delete()
    Posting.objects.filter(testimony=imported[0]).delete()
    TestimonyEntity.objects.filter(testimony__in=imported[:2]).delete()
    exact = _assert_exact(client, carol)
    assert [row[0] for row in exact] == ["Namgang Construction"]


def test_nothing_stale_costs_one_query_and_a_full_rebuild_matches(
    carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    company = _entity("Namgang Construction")
    for _ in range(3):
        _link(make_testimony(), company)
    entity_stats.refresh()
    with CaptureQueriesContext(connection) as queries:
        entity_stats.refresh()
    statements = [q["sql"] for q in queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    assert len(statements) == 1
    # Figures lost or wrong (a restore, a hand edit) come back with a full rebuild.
    EntityStats.objects.update(testimonies=99, witnesses=99)
    EntityStatsStale.objects.create()
    entity_stats.refresh()
    assert EntityStats.objects.get().testimonies == 3
    assert EntityStats.objects.get().witnesses == 1


@pytest.mark.parametrize(
    ("username", "query"),
    [
        ("carol", ""),
        ("carol", "?page=1&minimum=2&kind=company&q=namgang"),
        ("carol", "?country=kuwait&year_from=2005"),
        ("carol", "?sector=construction&minimum=2"),
        ("alice", ""),
        ("alice", "?sector=construction"),
        ("alice", "?country=kuwait&minimum=2"),
    ],
)
def test_queries_do_not_grow_with_the_linked_testimonies(
    client: Client,
    alice: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
    username: str,
    query: str,
) -> None:
    """Coordinator and interviewer, plain and filtered: the list and the entity page make as
    many queries with 30 linked testimonies as with 3 (stale figures refreshed either way).
    Both start from kept data the background rebuild brought up to date (as after a
    migration), so both apply the new links' pairs rather than one of them rebuilding all."""
    refresh_kept()
    company, site = _entity("Namgang Construction"), _entity("Camp 7", Entity.Kind.SITE)
    user = {"alice": alice, "carol": carol}[username]

    def add(count: int) -> None:
        for number in range(count):
            testimony = make_testimony(period_start=str(2005 + number % 12))
            _link(testimony, company)
            _link(testimony, site, EntityRole.SITE)

    def counted() -> tuple[int, int]:
        client.force_login(user)
        with CaptureQueriesContext(connection) as listing:
            response = client.get(LIST + query)
            assert response.status_code == 200
        assert response.context["summaries"]
        detail_url = reverse("testimony:entity_detail", args=[company.uuid])
        with CaptureQueriesContext(connection) as detail:
            assert client.get(detail_url).status_code == 200
        return len(listing), len(detail)

    add(3)
    few = counted()
    add(27)
    assert counted() == few


# The exportable testimonies kept for the entity page (migration 0029)


def _exportable_shown(client: Client, entity: Entity) -> int:
    response = client.get(reverse("testimony:entity_detail", args=[entity.uuid]))
    assert response.status_code == 200
    return response.context["exportable"]


def _exportable_exact(entity: Entity) -> int:
    from testimony.views.entities import naming_testimonies

    carol = User.objects.get(username="carol")
    return exportable_testimonies().filter(pk__in=naming_testimonies(carol, entity)).count()


def test_the_exportable_count_follows_every_change_to_what_the_rule_reads(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Approval, a consent withdrawn from the UN, a withdrawal, an English text that is not
    English, a statement's language, a new revision, a deletion and a lost set (a restore):
    the page's count equals `exportable_testimonies()` after each."""
    company = _entity("Namgang Construction")
    testimonies = [make_testimony() for _ in range(6)]
    for testimony in testimonies:
        _link(testimony, company)
    client.force_login(carol)

    def check() -> int:
        shown = _exportable_shown(client, company)
        assert shown == _exportable_exact(company)
        assert not ExportableStale.objects.exists()
        return shown

    assert check() == 0
    for testimony in testimonies:
        _approve(testimony, carol)
    assert check() == 6

    first, second, third, fourth, fifth, sixth = testimonies
    first.consent.un_submission = False
    first.consent.save()
    ConsentWithdrawal.objects.create(
        testimony=second, withdrawn_on=date(2026, 1, 5), how="written", recorded_by=carol
    )
    assert check() == 4

    # An approved text without English; then the statement given in English, whose
    # anonymized original then carries it.
    Anonymization.objects.filter(testimony=third).update(english="", original="I am Witness A.")
    assert check() == 3
    Narrative.objects.update_or_create(testimony=third, defaults={"language": "en"})
    assert check() == 4

    # A new revision has no approved text yet; a status moved back; a deletion.
    Testimony.objects.filter(pk=fourth.pk).update(revision=fourth.revision + 1)
    Testimony.objects.filter(pk=fifth.pk).update(status="verified")
    assert check() == 2
    Anonymization.objects.filter(testimony=sixth).delete()
    assert check() == 1

    # Lost or never built (a restore writes this marker): rebuilt from every testimony.
    ExportableTestimony.objects.all().delete()
    ExportableTestimony.objects.create(testimony_id=fifth.pk)
    ExportableStale.objects.create(testimony_id=None)
    assert check() == 1


def test_the_exportable_count_needs_no_english_check_when_nothing_changed(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    company = _entity("Namgang Construction")
    for _ in range(3):
        _link(_approve(make_testimony(), carol), company)
    client.force_login(carol)
    assert _exportable_shown(client, company) == 3
    with CaptureQueriesContext(connection) as queries:
        assert _exportable_shown(client, company) == 3
    assert not [q for q in queries if "anonymization" in q["sql"]]


def test_an_interviewers_figures_follow_authorship_assignment_and_sharing(
    client: Client, alice: User, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The figures kept per user (EntityViewerStats) equal the direct computation over what the
    interviewer sees after a testimony changes interviewer or author and when one is shared."""
    other = User.objects.create_user("erin", "erin@example.org", "x")
    other.groups.add(*alice.groups.all())
    company = _entity("Namgang Construction")
    mine = make_testimony(period_start="2011", period_end="2012")
    theirs = make_testimony(
        interviewer=other, created_by=other, period_start="2015", period_end="2016"
    )
    for testimony in (mine, theirs):
        _link(testimony, company)

    def figures(user: User) -> list[tuple]:
        _assert_filtered_exact(client, user, "")
        client.force_login(user)
        shown = _figures(client.get(LIST).context["summaries"])
        page = client.get(reverse("testimony:entity_detail", args=[company.uuid]))
        assert [_figures([page.context["summary"]])[0]] == shown[:1] or not shown
        return shown

    assert figures(alice) == [("Namgang Construction", 1, 1, 2011, 2012, ["kuwait"])]
    assert figures(other) == [("Namgang Construction", 1, 1, 2015, 2016, ["kuwait"])]

    theirs.shared_with.add(alice)
    assert figures(alice)[0][1:5] == (2, 1, 2011, 2016)
    theirs.shared_with.remove(alice)
    Testimony.objects.filter(pk=mine.pk).update(interviewer=other)
    # Still alice's: she entered it.
    assert figures(alice)[0][1] == 1
    assert figures(other)[0][1:5] == (2, 1, 2011, 2016)
    Testimony.objects.filter(pk=mine.pk).update(created_by=other)
    assert figures(alice) == []
    assert figures(other)[0][1] == 2


def test_country_and_sector_figures_follow_postings_and_a_testimonys_own_columns(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """The kept figures under a country or sector filter (EntityFilterStats) count a testimony
    by its own country and sector or any of its postings', as the exact statements do."""
    russia, kuwait = Country.objects.get(code="russia"), Country.objects.get(code="kuwait")
    other_sector = Sector.objects.exclude(code="construction").first()
    company = _entity("Namgang Construction")
    at_home = make_testimony(period_start="2010", period_end="2011")
    abroad = make_testimony(period_start="2013", period_end="2014")
    for testimony in (at_home, abroad):
        _link(testimony, company)
    posting = Posting.objects.create(
        testimony=abroad, country=russia, sector=other_sector, period_start="2013"
    )
    queries = ["?country=russia", "?country=kuwait", f"?sector={other_sector.code}"]

    def check() -> list[list[tuple]]:
        shown = []
        for query in queries:
            _assert_filtered_exact(client, carol, query)
            shown.append(_figures(client.get(LIST + query).context["summaries"]))
        return shown

    assert [[row[1] for row in rows] for rows in check()] == [[1], [2], [1]]
    posting.country = kuwait
    posting.save()
    assert [[row[1] for row in rows] for rows in check()] == [[], [2], [1]]
    # Its own sector alone (a trigger of 0029), then its own country (0027).
    Testimony.objects.filter(pk=at_home.pk).update(sector=other_sector)
    assert [[row[1] for row in rows] for rows in check()] == [[], [2], [2]]
    Testimony.objects.filter(pk=at_home.pk).update(country=russia)
    assert [[row[1] for row in rows] for rows in check()] == [[1], [1], [2]]
    posting.delete()
    assert [[row[1] for row in rows] for rows in check()] == [[1], [1], [1]]


# The entity page's timeline and page, kept per entity and year (migration 0030)


def test_the_entity_page_follows_every_write_to_what_its_timeline_and_page_read(
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Kept per entity and year for those who see every testimony, the timeline, its codes,
    the undated testimonies, each page of testimonies and the exportable count equal what is
    computed from every testimony naming the entity, after every kind of write."""
    monkeypatch.setattr(entities_view, "TESTIMONIES_PAGE_SIZE", 2)
    monkeypatch.setattr(entities_view, "TIMELINE_CODES", 2)
    company, site = _entity("Namgang Construction"), _entity("Camp 7", Entity.Kind.SITE)
    periods = [("2012", "2014"), ("2013-05", "2013-09"), ("", ""), ("2013", ""), ("", "2015")]
    testimonies = [make_testimony(period_start=start, period_end=end) for start, end in periods]
    for testimony in testimonies[:4]:
        _link(testimony, company)
    russia = Country.objects.get(code="russia")
    Posting.objects.create(
        testimony=testimonies[4], country=russia, sector=testimonies[4].sector, employer=company
    )
    client.force_login(carol)

    def check() -> None:
        for entity in (company, site):
            url = reverse("testimony:entity_detail", args=[entity.uuid])
            for number in (1, 2, 3):
                response = client.get(url, {"page": number})
                assert response.status_code == 200
                assert _entity_page(response) == _entity_page_direct(carol, entity, number)
        assert not EntityStatsStale.objects.exists()

    check()
    # Periods and codes changed by bulk updates (no save(), no signal): the order follows.
    Testimony.objects.filter(pk=testimonies[0].pk).update(period_start="2010", period_end="")
    Testimony.objects.filter(pk=testimonies[2].pk).update(period_start="2013")
    check()
    # The same start: the later code now sorts first.
    Testimony.objects.filter(pk=testimonies[3].pk).update(case_code="TST-2000-0002")
    check()
    # Named as a site by a posting, approved, a link moved, a testimony deleted (cascade).
    Posting.objects.filter(testimony=testimonies[4]).update(site=site)
    Posting.objects.create(
        testimony=testimonies[1], country=russia, sector=testimonies[1].sector, site=site
    )
    _approve(testimonies[3], carol)
    check()
    TestimonyEntity.objects.filter(testimony=testimonies[0]).update(entity=site)
    testimonies[3].delete()
    check()
    assert client.get(reverse("testimony:entity_detail", args=[company.uuid])).context[
        "page"
    ].paginator.count == len(naming_testimonies(carol, company))


def test_the_entity_page_reads_no_more_rows_for_more_testimonies(
    carol: User, make_testimony: Callable[..., Testimony], client: Client
) -> None:
    """For a user who sees every testimony the page reads its timeline's rows (one a year) and
    one page of testimony ids, kept: no statement reads the entity's testimonies in order."""
    company = _entity("Namgang Construction")
    for number in range(60):
        _link(make_testimony(period_start=str(2010 + number % 3)), company)
    client.force_login(carol)
    url = reverse("testimony:entity_detail", args=[company.uuid])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert not [q["sql"] for q in queries if "period_start" in q["sql"].partition("ORDER BY")[2]]


# Kept mention rows for the filters no kept figure answers (migration 0032)


def test_period_and_combined_filters_follow_every_write_to_what_they_read(
    client: Client,
    alice: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """A period filter, country and sector together and an interviewer's filters count each
    testimony once whatever the years it spans (not a sum of per-year figures), by its own
    period, month and day precision and open ends included, and follow bulk writes to periods,
    postings, links, witnesses and sharing."""
    russia = Country.objects.get(code="russia")
    other_sector = Sector.objects.exclude(code="construction").first()
    company, site = _entity("Namgang Construction"), _entity("Camp 7", Entity.Kind.SITE)
    periods = [
        ("2009", "2016"),  # spans every year asked: counted once
        ("2013-05", "2013-09"),
        ("2013-12-31", ""),
        ("", "2014-01"),
        ("", ""),
        ("2016-02", "2017"),
    ]
    testimonies = [
        make_testimony(period_start=start, period_end=end, witness_name=f"Witness {number % 4}")
        for number, (start, end) in enumerate(periods)
    ]
    for testimony in testimonies[:5]:
        _link(testimony, company)
    Posting.objects.create(
        testimony=testimonies[5], country=russia, sector=other_sector, employer=company, site=site
    )
    queries = [
        "?year_from=2013&year_to=2013",
        "?year_from=2014",
        "?year_to=2013",
        "?year_from=2016&year_to=2016",
        f"?country=russia&sector={other_sector.code}",
        "?country=kuwait&sector=construction&year_from=2014",
    ]

    def check() -> list[int]:
        for query in queries:
            _assert_filtered_exact(client, carol, query)
            _assert_filtered_exact(client, alice, query)
        client.force_login(carol)
        shown = client.get(LIST + queries[0]).context["summaries"]
        return [summary.testimonies for summary in shown]

    # 2013: the one spanning 2009-2016, the two in 2013, the open start to 2014-01 and the
    # undated one (an open period overlaps every year).
    assert check() == [5]
    Testimony.objects.filter(pk=testimonies[0].pk).update(period_start="2015", period_end="")
    Testimony.objects.filter(pk=testimonies[4].pk).update(period_start="2012", period_end="2012")
    assert check() == [3]
    Posting.objects.filter(testimony=testimonies[5]).update(employer=None, country=russia)
    Posting.objects.create(
        testimony=testimonies[1], country=russia, sector=other_sector, period_start="2013"
    )
    TestimonyEntity.objects.filter(testimony=testimonies[2]).update(entity=site)
    Person.objects.filter(testimony=testimonies[3], role=Person.Role.WITNESS).delete()
    assert check() == [2, 1]
    other = User.objects.create_user("erin", "erin@example.org", "x")
    Testimony.objects.filter(pk=testimonies[1].pk).update(created_by=other, interviewer=other)
    testimonies[1].shared_with.add(alice)
    check()
    testimonies[1].shared_with.remove(alice)
    testimonies[3].delete()
    check()


# A write applied as the (entity, testimony) pairs it changed (migration 0033)


def _kept_state() -> tuple:
    """Every kept figure (for everyone, per user, per filter) and mention row of every entity,
    as comparable values."""
    return (
        sorted(EntityStats.objects.values_list("entity_id", *entity_stats.FIGURES)),
        sorted(
            EntityViewerStats.objects.values_list(
                "user_id", "entity_id", *entity_stats.FIGURES, "periods"
            )
        ),
        sorted(
            EntityFilterStats.objects.values_list(
                "dimension", "value", "entity_id", *entity_stats.FIGURES, "periods"
            )
        ),
        *(
            sorted(model.objects.values_list(*fields))
            for model, fields in (
                (
                    EntityMention,
                    [
                        "entity_id",
                        "testimony_id",
                        "period_start",
                        "period_end",
                        "created_by_id",
                        "interviewer_id",
                        "case_code",
                    ],
                ),
                (
                    EntityMentionFacts,
                    [
                        "entity_id",
                        "testimony_id",
                        "period_start",
                        "country_id",
                        "began",
                        "ended",
                        "created_by_id",
                        "interviewer_id",
                    ],
                ),
                (
                    EntityMentionWitness,
                    [
                        "entity_id",
                        "testimony_id",
                        "period_end",
                        "witness",
                        "created_by_id",
                        "interviewer_id",
                    ],
                ),
                (
                    EntityPeriodCount,
                    ["viewer_id", "entity_id", "year", "until", *PERIOD_COUNTERS],
                ),
                (
                    EntityPeriodFigure,
                    ["entity_id", "figure", "value", "year", "until", *PERIOD_COUNTERS],
                ),
                (
                    EntityMentionFilter,
                    [
                        "entity_id",
                        "testimony_id",
                        "dimension",
                        "value",
                        "created_by_id",
                        "interviewer_id",
                    ],
                ),
                (EntityTimeline, ["entity_id", "year", "testimonies", "shown"]),
                (EntityPage, ["entity_id", "number", "testimony_ids"]),
                (EntityExportable, ["entity_id", "testimonies"]),
            )
        ),
    )


def _patch_everywhere(
    patched: pytest.MonkeyPatch, original: Callable, replacement: Callable
) -> None:
    """Replace this function of the package `entity_stats` in each of its modules that looks it
    up: a module that imports a function by name calls its own reference, which a patch of the
    module that defines it (or of the package) would not reach."""
    package = importlib.import_module("testimony.entity_stats")
    holders = [
        module
        for info in pkgutil.iter_modules(package.__path__, f"{package.__name__}.")
        if getattr(module := importlib.import_module(info.name), original.__name__, None)
        is original
    ]
    assert holders, f"{original.__name__} is looked up nowhere"
    for module in holders:
        patched.setattr(module, original.__name__, replacement)


def _applied_then_rebuilt(
    monkeypatch: pytest.MonkeyPatch,
    scoped: bool,
    delta: bool = False,
    recounted: dict | None = None,
    seen: list | None = None,
    pages_whole: bool = False,
    pages_delta: bool | None = None,
) -> tuple[tuple, tuple]:
    """The kept data after refreshing the queued writes pair by pair (recomputing an entity's
    figures for everyone whole fails the test, and, `scoped`, its per-user and per-filter
    figures whole too; `delta`, recounting any of them at all, or, with `recounted`, any rows
    but some of these: {entity id: {(scope, value), ...}}; the rows recounted are appended to
    `seen`; with `delta` or `pages_delta`, the entity page's kept rows recounted whole, unless
    `pages_whole`), and the same rebuilt from scratch."""
    recompute = entity_recount._recompute

    def by_pairs(
        entity_ids: list[int] | None,
        breakdowns: bool,
        scopes: dict | None = None,
        kept: bool = False,
    ) -> None:
        if seen is not None:
            seen.append(scopes)
        assert breakdowns, f"entities {entity_ids} recomputed whole"
        assert scopes or not (scoped or delta), (
            f"per-user and per-filter figures of {entity_ids} whole"
        )
        assert not delta or (
            scopes
            and recounted
            and all(rows <= recounted.get(pk, set()) for pk, rows in scopes.items())
        ), f"rows {scopes} recounted"
        recompute(entity_ids, breakdowns, scopes, kept)

    recompute_pages = entity_pages._recompute_entity_pages

    def pages_by_pairs(entity_ids: list[int] | None) -> None:
        forbidden = delta if pages_delta is None else pages_delta
        assert not forbidden or pages_whole, f"entity pages of {entity_ids} recounted whole"
        recompute_pages(entity_ids)

    with monkeypatch.context() as patched:
        _patch_everywhere(patched, recompute, by_pairs)
        _patch_everywhere(patched, recompute_pages, pages_by_pairs)
        entity_stats.refresh()
        entity_stats.refresh_breakdowns()
        entity_stats.refresh_exportable()
        entity_stats.refresh_entity_pages()
    assert not EntityMentionStale.objects.exists()  # rows kept up to date, none to rewrite
    applied = _kept_state()
    EntityStatsStale.objects.create()
    entity_stats.refresh()
    entity_stats.refresh_breakdowns()
    entity_stats.refresh_mentions()
    EntityPageStale.objects.create()
    entity_stats.refresh_entity_pages()
    return applied, _kept_state()


def test_a_write_changes_only_its_pairs_and_equals_a_full_recompute(
    monkeypatch: pytest.MonkeyPatch,
    client: Client,
    bob: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Links added, removed and moved, a testimony's period, a witness, a posting and a
    deletion, each applied as the pairs it changed: figures (for everyone, per user, per
    filter) and mention rows equal a full recompute, and the figures equal the direct
    statements. The same witness in two testimonies of an entity counts once, and stays
    counted while one of them remains. A link added or removed recounts only the per-user and
    per-filter rows its testimony is in."""
    russia = Country.objects.get(code="russia")
    other_sector = Sector.objects.exclude(code="construction").first()
    company, other, site = (
        _entity("Namgang Construction"),
        _entity("Chollima Builders"),
        _entity("Camp 7", Entity.Kind.SITE),
    )
    shared = [make_testimony(period_start="2012", period_end="2013") for _ in range(2)]
    alone = make_testimony(witness_name="Ri Song-hui", witness_hangul="리성희")
    late = make_testimony(
        witness_name="Kim Chol", witness_hangul="김철", period_start="2019", period_end="2021"
    )
    Testimony.objects.filter(pk=late.pk).update(country=russia, interviewer=bob)
    alone.shared_with.add(bob)
    for testimony in [*shared, alone]:
        _link(testimony, company)
    _link(late, other)
    refresh_kept()

    def step(scoped: bool = False, delta: bool = False, recounted: dict | None = None) -> list:
        applied, rebuilt = _applied_then_rebuilt(monkeypatch, scoped, delta, recounted)
        assert applied == rebuilt
        return _assert_exact(client, carol)

    def figures(rows: list[tuple], name: str) -> tuple | None:
        return next((row[1:] for row in rows if row[0] == name), None)

    # Added: a testimony with a witness the entity has already (1 more testimony, no more
    # witnesses), one with a new witness and a later period (the last year moves).
    _link(late, company, EntityRole.CONTRACTOR)
    assert figures(step(delta=True), "Namgang Construction") == (
        4,
        3,
        2012,
        2021,
        ["kuwait", "russia"],
    )
    # Removed: one of the two testimonies sharing a witness (still counted; it held its
    # scopes' earliest start in Kuwait, as the other does: those rows alone are recounted),
    # then the late one (the last year and Russia go back).
    TestimonyEntity.objects.filter(testimony=shared[0], entity=company).delete()
    held = {company.pk: entity_scoped._memberships({shared[0].pk})[shared[0].pk]}
    assert figures(step(delta=True, recounted=held), "Namgang Construction") == (
        3,
        3,
        2012,
        2021,
        ["kuwait", "russia"],
    )
    TestimonyEntity.objects.filter(testimony=late, entity=company).delete()
    assert figures(step(delta=True), "Namgang Construction") == (2, 2, 2012, 2016, ["kuwait"])
    # Moved: to another entity (a merge's update; it held the latest end of its scopes in the
    # entity it leaves: those rows recounted, the other's applied), then to another testimony.
    TestimonyEntity.objects.filter(testimony=alone, entity=company).update(entity=other)
    held = {company.pk: entity_scoped._memberships({alone.pk})[alone.pk]}
    assert figures(step(delta=True, recounted=held), "Chollima Builders") == (
        2,
        2,
        2014,
        2021,
        ["kuwait", "russia"],
    )
    TestimonyEntity.objects.filter(testimony=alone, entity=other).update(testimony=shared[0])
    assert figures(step(delta=True), "Chollima Builders") == (
        2,
        2,
        2012,
        2021,
        ["kuwait", "russia"],
    )
    # A testimony also posted in another country and sector: its link counts in those filters.
    posted = make_testimony(witness_name="Pak Chol", witness_hangul="박철")
    Posting.objects.create(testimony=posted, country=russia, sector=other_sector)
    step()
    _link(posted, company)
    assert figures(step(delta=True), "Namgang Construction")[4] == ["kuwait", "russia"]
    TestimonyEntity.objects.filter(testimony=posted).delete()
    step(delta=True)
    # Named twice (a link and a posting's employer and site): counted once, and still named
    # when the link goes.
    Posting.objects.create(
        testimony=shared[1], country=russia, sector=shared[1].sector, employer=company, site=site
    )
    _link(shared[1], site, EntityRole.SITE)
    step()
    TestimonyEntity.objects.filter(testimony=shared[1]).delete()
    assert figures(step(delta=True), "Namgang Construction")[:2] == (1, 1)
    Posting.objects.filter(testimony=shared[1]).update(
        country=Country.objects.get(code="kuwait"), employer=other
    )
    assert figures(step(), "Namgang Construction") is None
    # A testimony's own period; a witness renamed, then removed.
    Testimony.objects.filter(pk=late.pk).update(period_start="2008", period_end="")
    assert figures(step(), "Chollima Builders")[2:4] == (2008, 2013)
    witness = Person.objects.get(testimony=shared[0], role=Person.Role.WITNESS)
    witness.name_romanized, witness.name_hangul = "Ri Song-hui", "리성희"
    witness.save()
    witness.reindex_names()
    step()
    Person.objects.filter(testimony=late).delete()
    step()
    # A testimony deleted; an entity merged into another (its links moved, it deleted), and
    # the merge undone.
    shared[1].delete()
    step()
    record = merge_entities(kept=company, merged=other, by=carol)
    assert [row[0] for row in step(delta=True)] == ["Namgang Construction"]
    undo_merge(record=record, by=carol)
    step(delta=True)


def test_pairs_fall_back_to_a_full_recompute_when_rows_are_not_kept(
    carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """An entity whose mention rows wait for a rewrite (`EntityMentionStale`) cannot have a
    pair applied to them: it is recomputed whole, and exactly."""
    company = _entity("Namgang Construction")
    first = make_testimony()
    _link(first, company)
    refresh_kept()
    EntityMentionStale.objects.create(entity_id=company.pk)
    _link(make_testimony(witness_name="Ri Song-hui", witness_hangul="리성희"), company)
    entity_stats.refresh()
    assert EntityStats.objects.values_list("testimonies", "witnesses").get() == (2, 2)
    entity_stats.refresh_mentions()
    assert EntityMention.objects.filter(entity_id=company.pk).count() == 2


def test_more_writes_than_are_applied_pair_by_pair_are_recounted_whole(
    client: Client,
    alice: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An import or a bulk update leaves more pairs and stale testimonies than one refresh
    applies one by one (`INCREMENTAL_PAIRS`, lowered here): their entities are recounted whole,
    and the pages that refresh show exact figures (this path once failed with a server error)."""
    monkeypatch.setattr(entity_figures, "INCREMENTAL_PAIRS", 2)
    company, site = _entity("Namgang Construction"), _entity("Camp 7", Entity.Kind.SITE)
    _link(make_testimony(), company)
    _assert_exact(client, carol)
    testimonies = [
        make_testimony(witness_name=f"Ri Song-hui {number}", witness_hangul="리성희")
        for number in range(3)
    ]
    TestimonyEntity.objects.bulk_create(
        TestimonyEntity(testimony=testimony, entity=entity, role=EntityRole.EMPLOYER)
        for testimony in testimonies
        for entity in (company, site)
    )
    assert len(testimonies) * 2 > entity_figures.INCREMENTAL_PAIRS
    _assert_exact(client, carol)
    client.force_login(alice)
    for entity in (company, site):
        response = client.get(reverse("testimony:entity_detail", args=[entity.uuid]))
        assert response.status_code == 200
        assert _entity_page(response) == _entity_page_direct(alice, entity)


def test_per_user_and_per_filter_figures_follow_a_link_as_a_delta(
    monkeypatch: pytest.MonkeyPatch,
    client: Client,
    alice: User,
    erin: User,
    bob: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """A link added, removed or moved changes an interviewer's and a country's or sector's
    figures by its testimony alone (migration 0034's kept periods), with no recount: a witness
    the scope has already (from another testimony in it) counts once, one only another scope
    has counts as new, a country only the removed testimony had goes. A removed testimony that
    held its country's earliest start in a scope has exactly those rows recounted; so has a row
    kept without periods. A posting's employer, a sharing, a merge and its undo: after each,
    every row equals a full recompute and the pages the direct statements."""
    russia = Country.objects.get(code="russia")
    kuwait = Country.objects.get(code="kuwait")
    company, other = _entity("Namgang Construction"), _entity("Chollima Builders")
    first = make_testimony()  # alice's, Kuwait, 2014-06 to 2016, witness Rim Myong-chol
    _link(first, company)
    refresh_kept()
    viewer, country_filter = EntityBreakdownStale.VIEWER, "country"

    def step(recounted: dict | None = None, whole: bool = False) -> None:
        seen: list = []
        applied, rebuilt = _applied_then_rebuilt(
            monkeypatch, scoped=False, delta=not whole, recounted=recounted, seen=seen
        )
        assert applied == rebuilt
        if recounted is not None:
            assert seen == [recounted]
        _assert_exact(client, carol)
        for user in (alice, erin):
            for query in ("", "?country=russia", "?country=kuwait"):
                _assert_filtered_exact(client, user, query)

    def row(scope: str, value: int, entity: Entity = company) -> tuple | None:
        model, fields = (
            (EntityViewerStats, {"user_id": value})
            if scope == viewer
            else (EntityFilterStats, {"dimension": scope, "value": value})
        )
        return (
            model.objects.filter(entity=entity, **fields)
            .values_list("testimonies", "witnesses", "first_year", "last_year", "countries")
            .first()
        )

    # Added, erin's, with the witness Kuwait's row has already: Kuwait 2 testimonies, 1 witness;
    # erin's new row counts it.
    erins = make_testimony(interviewer=erin, created_by=erin)
    refresh_kept()  # a new testimony is stale: its entities would be recounted whole
    _link(erins, company)
    step()
    assert row(country_filter, kuwait.pk)[:2] == (2, 1)
    assert row(viewer, erin.pk) == (1, 1, 2014, 2016, str(kuwait.pk))
    # Added, alice's, a new witness inside her period: 2 witnesses in her row.
    inner = make_testimony(witness_name="Pak Chol", witness_hangul="박철", period_start="2015")
    Testimony.objects.filter(pk=inner.pk).update(period_end="2015-03")
    refresh_kept()
    _link(inner, company)
    step()
    assert row(viewer, alice.pk)[:4] == (2, 2, 2014, 2016)
    # Added, then removed: alice's only testimony in Russia, with the latest end.
    russian = make_testimony(witness_name="Kim Chol", witness_hangul="김철", country=russia)
    Testimony.objects.filter(pk=russian.pk).update(period_start="2018", period_end="2019")
    refresh_kept()
    _link(russian, company)
    step()
    assert row(viewer, alice.pk) == (3, 3, 2014, 2019, f"{kuwait.pk},{russia.pk}")
    assert row(country_filter, russia.pk) == (1, 1, 2018, 2019, str(russia.pk))
    TestimonyEntity.objects.filter(testimony=russian).delete()
    step()
    assert row(viewer, alice.pk) == (2, 2, 2014, 2016, str(kuwait.pk))
    assert row(country_filter, russia.pk) is None
    # Removed: the testimony inside alice's period (no recount), then one holding the earliest
    # start in Kuwait for alice, Kuwait and construction (those rows recounted, not erin's).
    TestimonyEntity.objects.filter(testimony=inner).delete()
    step()
    assert row(viewer, alice.pk) == (1, 1, 2014, 2016, str(kuwait.pk))
    early = make_testimony(period_start="2005", period_end="2006")
    refresh_kept()
    _link(early, company)
    step()
    assert row(viewer, alice.pk)[2:4] == (2005, 2016)
    TestimonyEntity.objects.filter(testimony=early).delete()
    step(recounted={company.pk: entity_scoped._memberships({early.pk})[early.pk]})
    assert row(viewer, alice.pk)[2:4] == (2014, 2016)
    # Moved: to another entity, then to another testimony (inside the periods it joins).
    _link(inner, company)
    step()
    TestimonyEntity.objects.filter(testimony=inner, entity=company).update(entity=other)
    step()
    assert row(viewer, alice.pk, other) == (1, 1, 2015, 2015, str(kuwait.pk))
    assert row(viewer, alice.pk)[:2] == (1, 1)
    TestimonyEntity.objects.filter(testimony=inner, entity=other).update(testimony=erins)
    step()
    assert row(viewer, alice.pk, other) is None
    assert row(viewer, erin.pk, other) == (1, 1, 2014, 2016, str(kuwait.pk))
    # A row kept without periods (written before migration 0034): that row recounted.
    EntityViewerStats.objects.filter(user_id=alice.pk, entity=company).update(periods=None)
    _link(inner, company)
    step(recounted={company.pk: {(viewer, alice.pk)}})
    # A posting's employer changed and a sharing added and removed: the testimony's scopes may
    # have changed, its entities recounted whole.
    posting = Posting.objects.create(
        testimony=first, country=russia, sector=first.sector, employer=other
    )
    step(whole=True)
    Posting.objects.filter(pk=posting.pk).update(employer=company)
    step(whole=True)
    first.shared_with.add(bob)
    step(whole=True)
    assert row(viewer, bob.pk) is not None
    first.shared_with.remove(bob)
    step(whole=True)
    assert row(viewer, bob.pk) is None
    # A merge (the links moved to the kept entity) and its undo.
    record = merge_entities(kept=company, merged=other, by=carol)
    moved = set(
        TestimonyEntity.objects.filter(entity=company).values_list("testimony_id", flat=True)
    )
    allowed = {
        company.pk: set().union(*entity_scoped._memberships(moved).values()),
        other.pk: set().union(*entity_scoped._memberships(moved).values()),
    }
    step()
    undo_merge(record=record, by=carol)
    applied, rebuilt = _applied_then_rebuilt(
        monkeypatch, scoped=False, delta=True, recounted=allowed
    )
    assert applied == rebuilt
    _assert_exact(client, carol)


def test_the_entity_page_follows_a_link_by_its_testimony_alone(
    monkeypatch: pytest.MonkeyPatch,
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """A link added or removed inserts its testimony into, or takes it out of, the entity
    page's kept pages (two a page here: the later pages shift), timeline (two codes a year:
    one sorting first pushes the last out) and undated testimonies, with no recount; taking
    out a testimony shown in a year that has more than it shows is recounted. After each, the
    kept rows equal a full recompute and every page the direct computation."""
    monkeypatch.setattr(entities_view, "TESTIMONIES_PAGE_SIZE", 2)
    monkeypatch.setattr(entities_view, "TIMELINE_CODES", 2)
    company = _entity("Namgang Construction")
    periods = [
        ("2013", "2014"),
        ("2012", "2013"),
        ("", ""),
        ("2013-05", ""),
        ("2011", "2013"),
        ("", "2015"),
        ("2014", "2014"),
        ("", ""),
    ]
    testimonies = [make_testimony(period_start=start, period_end=end) for start, end in periods]
    _approve(testimonies[7], carol)  # exportable: counted when linked, and no more when not
    _link(testimonies[0], company)
    refresh_kept()
    assert ExportableTestimony.objects.filter(testimony_id=testimonies[7].pk).exists()
    client.force_login(carol)

    def step(pages_whole: bool = False) -> None:
        applied, rebuilt = _applied_then_rebuilt(
            monkeypatch, scoped=True, pages_whole=pages_whole, pages_delta=True
        )
        assert applied == rebuilt
        url = reverse("testimony:entity_detail", args=[company.uuid])
        for number in range(1, 6):
            response = client.get(url, {"page": number})
            assert _entity_page(response) == _entity_page_direct(carol, company, number)

    # Added in an order unlike the page's: at the end, at the start, in the middle, undated.
    for index in (1, 6, 2, 4, 3, 7, 5):
        _link(testimonies[index], company)
        step()
    assert EntityPage.objects.filter(entity=company).count() == 4
    # Removed: from the middle of the pages (2014: 2 testimonies, both shown), an undated one,
    # one of 2013 not shown (2011 and 2012 come first), the exportable one (undated too).
    for index in (6, 2, 3, 7):
        TestimonyEntity.objects.filter(testimony=testimonies[index]).delete()
        step()
    # Removed: shown in 2013, which has more testimonies than it shows: recounted.
    TestimonyEntity.objects.filter(testimony=testimonies[4]).delete()
    step(pages_whole=True)
    # Moved to another testimony, then every link removed.
    TestimonyEntity.objects.filter(testimony=testimonies[5]).update(testimony=testimonies[6])
    step()
    TestimonyEntity.objects.filter(entity=company).delete()
    step(pages_whole=True)
    assert not EntityPage.objects.filter(entity=company).exists()


def test_a_new_link_deletes_no_kept_row_and_its_pages_are_written_in_few_statements(
    monkeypatch: pytest.MonkeyPatch,
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """A link that names a testimony the entity did not name has no kept mention rows to read
    or delete, and none is deleted; one removed has its rows deleted. The entity page's pages
    after a link are written again in one statement (on PostgreSQL one whose text does not
    change with the number of pages, so that psycopg need not split it again) and its
    exportable count in one, with no recount, and the page is read by its (entity, number) key,
    unordered. After each, the kept rows equal a full recompute and every page the direct
    computation."""
    monkeypatch.setattr(entities_view, "TESTIMONIES_PAGE_SIZE", 2)
    company = _entity("Namgang Construction")
    testimonies = [
        make_testimony(period_start=str(year), period_end=str(year + 1))
        for year in range(2010, 2016)
    ]
    _link(testimonies[5], company)
    refresh_kept()
    client.force_login(carol)
    tables = [
        model._meta.db_table
        for model in (EntityMention, EntityMentionFacts, EntityMentionWitness, EntityMentionFilter)
    ]
    page_table = EntityPage._meta.db_table

    def deleted(statements: list[str]) -> list[str]:
        return [
            sql
            for sql in statements
            if sql.startswith("DELETE") and any(f'FROM "{table}" ' in sql for table in tables)
        ]

    def refreshed() -> tuple[list[str], list[str]]:
        with CaptureQueriesContext(connection) as figures:
            entity_stats.refresh()
        with monkeypatch.context() as patched:
            patched.setattr(entity_pages, "_recompute_entity_pages", _forbidden_recount)
            with CaptureQueriesContext(connection) as pages:
                entity_stats.refresh_entity_pages(company.pk)
        applied, rebuilt = _applied_then_rebuilt(monkeypatch, scoped=True, pages_delta=True)
        assert applied == rebuilt
        url = reverse("testimony:entity_detail", args=[company.uuid])
        for number in range(1, 5):
            with CaptureQueriesContext(connection) as page:
                response = client.get(url, {"page": number})
            assert _entity_page(response) == _entity_page_direct(carol, company, number)
            reads = [q["sql"] for q in page.captured_queries if f'FROM "{page_table}"' in q["sql"]]
            assert len(reads) == 1
            assert "ORDER BY" not in reads[0]
        return [q["sql"] for q in figures.captured_queries], [
            q["sql"] for q in pages.captured_queries
        ]

    inserts = []
    # Added before the one page (the page written again), then first (both pages).
    for testimony in (testimonies[4], testimonies[0]):
        _link(testimony, company)
        figures, pages = refreshed()
        assert deleted(figures) == []
        written = [sql for sql in pages if sql.startswith(f"INSERT INTO {page_table}")]
        assert len(written) == 1
        inserts.append(written[0])
        assert len([sql for sql in pages if "testimony_entityexportable" in sql]) == 2
    if connection.vendor == "postgresql":
        assert all("UNNEST" in sql for sql in inserts)
    TestimonyEntity.objects.filter(testimony=testimonies[4]).delete()
    figures, _pages = refreshed()
    assert len(deleted(figures)) == len(tables)


def _forbidden_recount(entity_ids: list[int] | None) -> None:
    raise AssertionError(f"entity pages of {entity_ids} recounted whole")
