"""The request that writes refreshes the corroboration pages' kept data once its transaction has
committed (`middleware.RefreshKeptAfterWriteMiddleware`), so the next pages find it fresh; a
refresh that fails leaves the write and the queued rows for the next page; a request that
wrote nothing queued costs one statement, and one that only reads none."""

import logging
import threading
import time
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from testimony import entity_stats, kept_rebuild
from testimony.entity_linking import merge_entities
from testimony.entity_stats import figures as entity_figures
from testimony.models import (
    Country,
    Entity,
    EntityRole,
    EntityStatsStale,
    Posting,
    Sector,
    Testimony,
    TestimonyEntity,
)
from testimony.models.entity_stats import EntityBreakdownStale, EntityMentionStale, EntityPageStale
from testimony.tests.conftest import PASSWORD
from testimony.tests.test_entity_stats import LIST, _assert_exact, _entity, _kept_state, _link
from testimony.tests.test_testimony_create import formset_management
from testimony.tests.test_testimony_edit import edit_data

pytestmark = pytest.mark.django_db

MIDDLEWARE = "testimony.middleware.RefreshKeptAfterWriteMiddleware"


def _queued() -> dict[str, int]:
    """Every queue's rows, by queue."""
    return {model.__name__: model.objects.count() for model in kept_rebuild._stale_queues()}


def _nothing_queued() -> dict[str, int]:
    return {model.__name__: 0 for model in kept_rebuild._stale_queues()}


@pytest.fixture
def named(make_testimony: Callable[..., Testimony]) -> Entity:
    """A company two testimonies name, its kept data up to date."""
    namgang = _entity("Namgang Construction")
    _link(make_testimony(period_start="2012", period_end="2013"), namgang)
    _link(make_testimony(witness_name="Ri Song-hui", witness_hangul="리성희"), namgang)
    kept_rebuild.refresh_kept()
    assert _queued() == _nothing_queued()
    return namgang


@pytest.fixture
def unlinked(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony(period_start="2019", period_end="2020")


def _link_through_the_edit_form(client: Client, alice: User, testimony: Testimony):
    """Alice adds a link to Namgang Construction on her testimony's edit form."""
    client.force_login(alice)
    data = edit_data(
        testimony,
        **{
            **formset_management("entities", 1),
            "entities-0-role": EntityRole.EMPLOYER,
            "entities-0-entity_name": "Namgang Construction",
            "entities-0-passage": "",
        },
    )
    return client.post(reverse("testimony:edit", args=[testimony.uuid]), data)


def _entity_pages(client: Client, user: User, entity: Entity) -> tuple[int, list[str]]:
    """The list and the entity page as a user reads them: the entity's count on its page and
    the statements both made."""
    client.force_login(user)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(LIST).status_code == 200
        page = client.get(reverse("testimony:entity_detail", args=[entity.uuid]))
    assert page.status_code == 200
    return page.context["summary"].testimonies, [query["sql"] for query in captured]


def test_a_link_added_through_the_edit_form_is_refreshed_by_its_own_request(
    client: Client, alice: User, carol: User, named: Entity, unlinked: Testimony
) -> None:
    response = _link_through_the_edit_form(client, alice, unlinked)
    assert response.status_code == 302
    assert TestimonyEntity.objects.filter(testimony=unlinked, entity=named).exists()
    # Nothing is left for the pages: every queue is empty when the response returns.
    assert _queued() == _nothing_queued()
    for user in (carol, alice):
        count, first = _entity_pages(client, user, named)
        assert count == 3
        # The first pages after the write do no refresh work: they make the same statements
        # as the same pages read again, and none rewrites a kept row.
        _count, again = _entity_pages(client, user, named)
        assert len(first) == len(again), user.username
        assert not [sql for sql in first if sql.lstrip().upper().startswith(("INSERT", "UPDATE"))]
    # And what they read equals the figures counted from the links themselves.
    _assert_exact(client, carol)


def test_a_refresh_that_fails_keeps_the_write_and_leaves_the_rows_for_the_next_page(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    client: Client,
    alice: User,
    carol: User,
    named: Entity,
    unlinked: Testimony,
) -> None:
    def failing() -> None:
        """Takes the queued rows, then fails before its transaction commits."""
        with transaction.atomic():
            EntityStatsStale.objects.all().delete()
            raise DatabaseError("the refresh failed")

    with (
        monkeypatch.context() as patched,
        caplog.at_level(logging.ERROR, logger="testimony.kept_rebuild"),
    ):
        patched.setattr(entity_stats, "refresh", failing)
        response = _link_through_the_edit_form(client, alice, unlinked)
    # The view's answer, the write kept, the rows still queued, the failure logged.
    assert response.status_code == 302
    assert response["Location"] == unlinked.get_absolute_url()
    assert TestimonyEntity.objects.filter(testimony=unlinked, entity=named).exists()
    assert EntityStatsStale.objects.exists()
    [record] = [r for r in caplog.records if r.name == "testimony.kept_rebuild"]
    assert record.levelno == logging.ERROR
    assert record.exc_info
    message = record.getMessage()
    for told in ("Namgang", "Rim Myong-chol", "Ri Song-hui", "림명철", unlinked.case_code):
        assert told not in message
    # The next page refreshes before it reads, as it always did.
    assert ("Namgang Construction", 3, 2, 2012, 2020, ["kuwait"]) in _assert_exact(client, carol)
    # (The persons' groups, queued by the witnesses saved again, are the persons' pages'.)
    assert _queued() == {**_nothing_queued(), "PersonGroupStale": _queued()["PersonGroupStale"]}


def test_a_post_that_queued_nothing_costs_one_statement_and_a_get_none(
    monkeypatch: pytest.MonkeyPatch,
    settings: object,
    client: Client,
    alice: User,
    named: Entity,
) -> None:
    asked = []
    queued = kept_rebuild._queued
    monkeypatch.setattr(kept_rebuild, "_queued", lambda: asked.append(1) or queued())
    refreshed = []
    monkeypatch.setattr(kept_rebuild, "refresh_kept", lambda: refreshed.append(1))

    def sign_in() -> list[str]:
        fresh = Client()  # its handler loads the middleware of the settings at its first request
        with CaptureQueriesContext(connection) as captured:
            response = fresh.post(reverse("login"), {"username": "alice", "password": PASSWORD})
        assert response.status_code == 302
        return [query["sql"] for query in captured]

    with_refresh = sign_in()
    assert asked == [1]
    assert not refreshed
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != MIDDLEWARE]
    without = sign_in()
    assert asked == [1]
    assert len(with_refresh) == len(without) + 1
    [read] = [sql for sql in with_refresh if "LIMIT 501" in sql]
    for model in kept_rebuild._stale_queues():
        assert model._meta.db_table in read
    assert "DELETE" not in read.upper()

    asked.clear()
    client.force_login(alice)
    for url in ("/", LIST, "/testimonies/"):
        assert client.get(url).status_code == 200
    assert not asked
    assert not refreshed


@pytest.mark.parametrize("queue", ["marker", "past the limit"])
def test_a_queue_a_request_should_not_refresh_is_left_for_the_worker_and_the_pages(
    monkeypatch: pytest.MonkeyPatch,
    client: Client,
    alice: User,
    carol: User,
    named: Entity,
    unlinked: Testimony,
    queue: str,
) -> None:
    """A rebuild marker (a restore, a migration) or more rows than are applied one by one (an
    import of hundreds of testimonies) are the worker's task's, which the import and the
    restore queue, or the next page's: the request that wrote does not rebuild inline."""
    if queue == "marker":
        EntityStatsStale.objects.create(entity_id=None, testimony_id=None)
    else:
        EntityStatsStale.objects.bulk_create(
            EntityStatsStale(entity_id=named.pk, testimony_id=None)
            for _ in range(kept_rebuild.INLINE_ROWS)
        )

    inline = []
    with monkeypatch.context() as patched:
        patched.setattr(kept_rebuild, "refresh_kept", lambda: inline.append(1))
        assert _link_through_the_edit_form(client, alice, unlinked).status_code == 302
    assert not inline
    assert EntityStatsStale.objects.count() > kept_rebuild.INLINE_ROWS or queue == "marker"
    assert EntityStatsStale.objects.filter(entity_id=None, testimony_id=None).exists() == (
        queue == "marker"
    )
    assert ("Namgang Construction", 3, 2, 2012, 2020, ["kuwait"]) in _assert_exact(client, carol)


def test_an_admin_post_refreshes_what_a_write_outside_any_request_queued(
    client: Client, dave: User, carol: User, named: Entity, unlinked: Testimony
) -> None:
    """The admin shows links read-only (the entry form writes them); a write from the shell
    queues its rows, and the next request that may write, here an admin's correction of an
    entity, refreshes them once it has committed."""
    _link(unlinked, named)
    assert EntityStatsStale.objects.exists()
    client.force_login(dave)
    response = client.post(
        reverse("admin:testimony_entity_change", args=[named.pk]),
        {"kind": "company", "name": "Namgang Construction", "name_ko": "남강건설", "aliases": ""},
    )
    assert response.status_code == 302
    assert Entity.objects.get(pk=named.pk).name_ko == "남강건설"
    assert _queued() == _nothing_queued()
    count, _read = _entity_pages(client, carol, named)
    assert count == 3
    _assert_exact(client, carol)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite lets one writer at a time in")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_requests_that_wrote_refresh_at_once_and_count_each_link_once(
    caplog: pytest.LogCaptureFixture,
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Each takes the queued rows it finds with one `DELETE ... RETURNING` and the refreshes
    that found rows wait for each other (`entity_stats.serialized`, the entity page's lock):
    neither counts the other's link twice or leaves it out, and nothing is left queued."""
    namgang = _entity("Namgang Construction")
    for year in ("2010", "2011"):
        _link(make_testimony(period_start=year, period_end=year), namgang)
    kept_rebuild.refresh_kept()
    unlinked = [make_testimony(period_start="2018", period_end=str(2018 + n)) for n in range(4)]
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def request(testimony: Testimony) -> None:
        """A view's transaction that adds a link, then the middleware's refresh."""
        try:
            start.wait()
            with transaction.atomic():
                _link(testimony, namgang)
            kept_rebuild.refresh_kept_after_write()
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=[testimony]) for testimony in unlinked]
    with caplog.at_level(logging.ERROR, logger="testimony.kept_rebuild"):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert not caplog.records
    assert _queued() == {**_nothing_queued(), "PersonGroupStale": _queued()["PersonGroupStale"]}
    assert ("Namgang Construction", 6, 1, 2010, 2021, ["kuwait"]) in _assert_exact(client, carol)


def test_a_link_committed_between_the_figures_and_their_breakdowns_is_counted_once(
    client: Client, carol: User, named: Entity, unlinked: Testimony
) -> None:
    """What two requests writing and refreshing at once do, in one thread: a testimony's change
    makes `refresh` queue its entities' per-user and per-filter rows for a recount; a link
    committed before that recount runs is counted by its pair, applied by the next `refresh`,
    and not by the recount too."""
    named_by = TestimonyEntity.objects.filter(entity=named).first().testimony
    Testimony.objects.filter(pk=named_by.pk).update(period_end="2017")
    entity_stats.refresh()
    assert EntityBreakdownStale.objects.filter(entity_id=named.pk, scope="").exists()
    _link(unlinked, named)  # another request's write, committed, its pair queued
    entity_stats.refresh_breakdowns()
    entity_stats.refresh()
    entity_stats.refresh_breakdowns()
    assert ("Namgang Construction", 3, 2, 2012, 2020, ["kuwait"]) in _assert_exact(client, carol)


@pytest.mark.parametrize("committed", ["before the breakdowns", "before the mention rows"])
@pytest.mark.parametrize("write", ["a link", "a posting"])
def test_a_write_committed_between_a_whole_recount_and_its_mention_rows_is_counted_once(
    monkeypatch: pytest.MonkeyPatch,
    client: Client,
    carol: User,
    kuwait: Country,
    construction: Sector,
    named: Entity,
    make_testimony: Callable[..., Testimony],
    write: str,
    committed: str,
) -> None:
    """In one thread, what a request that merged and another that named the entity do when
    they refresh at once: a merge past the pairs applied one by one makes `refresh` recount
    the entity whole and queue its mention rows for a rewrite; a testimony linked to it, or
    posted with it as employer, before that rewrite (its pair or its testimony queued, its
    witness one the entity has already) is counted once, by the figures, the entity page and
    the per-user and per-filter rows alike, as a rebuild from scratch counts it (the figures
    for everyone, and the breakdowns recounted before the write, left it out before)."""
    builders = _entity("Namgang Builders")
    for year in ("2010", "2011"):
        _link(make_testimony(period_start=year, period_end=year), builders)
    kept_rebuild.refresh_kept()
    later = make_testimony(period_start="2019", period_end="2020")  # Rim Myong-chol again

    def name_it() -> None:
        """The other request's write, committed, its pair or testimony queued."""
        if write == "a link":
            _link(later, named)
        else:
            Posting.objects.create(
                testimony=later,
                employer=named,
                country=kuwait,
                sector=construction,
                period_start="2019",
                period_end="2020",
            )

    monkeypatch.setattr(entity_figures, "INCREMENTAL_PAIRS", 1)
    merge_entities(kept=named, merged=builders, by=carol)
    entity_stats.refresh()  # the merging request's
    assert EntityMentionStale.objects.filter(entity_id=named.pk).exists()
    if committed == "before the breakdowns":
        name_it()
    entity_stats.refresh_breakdowns()
    if committed == "before the mention rows":
        name_it()
    entity_stats.refresh_mentions()
    entity_stats.refresh_exportable()
    entity_stats.refresh_entity_pages()
    kept_rebuild.refresh_kept()  # the other request's
    assert _queued() == {**_nothing_queued(), "PersonGroupStale": _queued()["PersonGroupStale"]}
    applied = _kept_state()
    EntityStatsStale.objects.create()
    EntityPageStale.objects.create()
    kept_rebuild.refresh_kept()
    assert applied == _kept_state()
    assert ("Namgang Construction", 5, 2, 2010, 2020, ["kuwait"]) in _assert_exact(client, carol)


def _restricted_list() -> None:
    """What an interviewer's or a filtered list refreshes after `refresh` (`_kept_rows`)."""
    entity_stats.refresh_breakdowns()


def _period_list() -> None:
    """What a period list refreshes after `refresh`."""
    entity_stats.refresh_mentions()


def _restricted_entity_page() -> None:
    """What an interviewer's entity page refreshes after `refresh`, in its order."""
    entity_stats.refresh_mentions()
    entity_stats.refresh_breakdowns()


def _waits_for_a_lock(pid: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE pid = %s AND NOT granted)", [pid]
        )
        return cursor.fetchone()[0]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's transactions begin IMMEDIATE: two pages' refreshes never interleave",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (_restricted_list, _restricted_list),
        (_period_list, _restricted_entity_page),
    ],
    ids=["both refresh the breakdowns", "the mention rows, then the breakdowns"],
)
def test_two_pages_refreshing_in_their_transactions_do_not_wait_for_each_other(
    client: Client,
    carol: User,
    named: Entity,
    unlinked: Testimony,
    first: Callable[[], None],
    second: Callable[[], None],
) -> None:
    """Each page refreshes inside its request's transaction, which holds `refresh`'s lock
    (`serialized`) and the queue rows it took until it ends. The second page's `refresh` finds
    nothing; a link commits; the first page's `refresh` takes it and the lock; the second page
    goes on with its refreshes of rows queued before, and waits for the first; the first goes on
    with its own. Neither fails (PostgreSQL found a deadlock and rolled one back before), and the
    kept data is what a rebuild from scratch gives."""
    EntityStatsStale.objects.create(entity_id=named.pk)  # recounted whole by a committed `refresh`
    entity_stats.refresh()
    assert EntityBreakdownStale.objects.filter(entity_id=named.pk).exists()
    assert EntityMentionStale.objects.filter(entity_id=named.pk).exists()
    second_refreshed, first_refreshed, second_waits = (threading.Event() for _ in range(3))
    pids: dict[str, int] = {}
    errors: dict[str, BaseException] = {}

    def page(name: str, after_refresh: Callable[[], None], rest: Callable[[], None]) -> None:
        """A page's transaction (`ATOMIC_REQUESTS`): `refresh`, then the rest of its refreshes."""
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_backend_pid()")
                    pids[name] = cursor.fetchone()[0]
                entity_stats.refresh()
                after_refresh()
                rest()
        except BaseException as error:
            errors[name] = error
        finally:
            connection.close()

    def first_refreshed_then_second_waits() -> None:
        first_refreshed.set()
        assert second_waits.wait(timeout=30)

    def second_refreshed_then_first_refreshed() -> None:
        second_refreshed.set()
        assert first_refreshed.wait(timeout=30)

    first_page = threading.Thread(
        target=page, args=["first", first_refreshed_then_second_waits, first]
    )
    second_page = threading.Thread(
        target=page, args=["second", second_refreshed_then_first_refreshed, second]
    )
    second_page.start()
    assert second_refreshed.wait(timeout=30)
    _link(unlinked, named)  # another request's write, committed, its pair queued
    first_page.start()
    assert first_refreshed.wait(timeout=30)
    waited = False
    for _ in range(300):
        if not second_page.is_alive() or (waited := _waits_for_a_lock(pids["second"])):
            break
        time.sleep(0.05)
    second_waits.set()
    first_page.join(timeout=60)
    second_page.join(timeout=60)
    assert not first_page.is_alive()
    assert not second_page.is_alive()
    assert errors == {}
    assert waited  # the second page waited for the first, as the interleaving intends
    kept_rebuild.refresh_kept()
    applied = _kept_state()
    EntityStatsStale.objects.create()
    EntityPageStale.objects.create()
    kept_rebuild.refresh_kept()
    assert applied == _kept_state()
    assert ("Namgang Construction", 3, 2, 2012, 2020, ["kuwait"]) in _assert_exact(client, carol)
