"""The corroboration pages' kept data brought up to date in the background, after the writes
that make all of it stale at once.

A migration of this app (its triggers' migrations start the queues with a rebuild marker), a
restore (which writes those markers) and an import (thousands of new testimonies, or a few
hundred naming most entities) leave every kept table to recompute: about 13 s at 100,000
testimonies, which the first page that asked used to pay. `refresh_kept_task` does it in the
task worker (`manage.py db_worker`) instead, so that pages find fresh figures. Nothing relies on
it having run: every page still refreshes what is stale before it reads (`entity_stats.refresh`
and the others), so a page shown before the worker gets to it is exact, only slower. A page and
the task refreshing at once do not count twice: each takes the queue's rows off with one
`DELETE ... RETURNING`, and the second waits for the first's transaction, then finds nothing.

The writes a request makes (an entry form, a merge, the admin) are refreshed by that request
itself once it has committed (`refresh_kept_after_write`, called by
`testimony.middleware.RefreshKeptAfterWriteMiddleware`), so the page the writer is sent to and
everyone else's find the kept data fresh; what a request should not rebuild inline (a rebuild
marker, more rows than the refreshes apply one by one) stays for this task or the next page.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.tasks import task

logger = logging.getLogger(__name__)


def refresh_kept() -> None:
    """Everything stale, recomputed now: the entities' figures (for everyone, then per user and
    per filter), the exportable set, the entity pages' timelines, pages and exportable counts,
    and the persons' groups. One query per queue when nothing is stale."""
    from testimony import entity_stats, person_clusters

    entity_stats.refresh()
    entity_stats.refresh_breakdowns()
    entity_stats.refresh_mentions()
    entity_stats.refresh_exportable()
    entity_stats.refresh_entity_pages()
    person_clusters.refresh()


# More rows than this in a queue, and a request that wrote leaves them to the worker's task or
# the next page: past it `entity_stats.refresh` recounts entities whole instead of applying
# pairs (`INCREMENTAL_PAIRS`) and `person_clusters.refresh` recomputes every group
# (`FULL_REBUILD_PERSONS`), both 500.
INLINE_ROWS = 500


def refresh_kept_after_write() -> None:
    """What a request that may have written calls once its transaction has committed
    (`testimony.middleware.RefreshKeptAfterWriteMiddleware`): `refresh_kept` when a queue holds
    rows and none holds a rebuild marker or more than `INLINE_ROWS`; one statement only
    (`_queued`) otherwise. A queue past that (an import, a restore, a large merge or
    deletion) stays for the worker's task, which the import and the restore queue, or for the
    next page, as before. A refresh that fails is logged and leaves what it did not commit
    queued (each refresh is one transaction): the write has committed and stays, and the next
    page refreshes before it reads."""
    rows, marked = _queued()
    if not any(rows) or marked or max(rows) > INLINE_ROWS:
        return
    try:
        refresh_kept()
    except Exception:
        # No detail of the rows in the message: only that they stay queued.
        logger.exception("Kept corroboration data not refreshed after a write: left queued")


def _queued() -> tuple[list[int], bool]:
    """In one statement: each queue's rows (up to `INLINE_ROWS` + 1), and whether one holds a
    rebuild marker (every entity, testimony or person)."""
    markers = {
        "EntityStatsStale": "entity_id IS NULL AND testimony_id IS NULL",
        "EntityBreakdownStale": "entity_id IS NULL",
        "EntityMentionStale": "entity_id IS NULL",
        "ExportableStale": "testimony_id IS NULL",
        "EntityPageStale": "entity_id IS NULL",
        "PersonGroupStale": "person_id IS NULL",
    }
    counts, marks = [], []
    # Table names are the models' own; the conditions are the constants above.
    for model in _stale_queues():
        table = connection.ops.quote_name(model._meta.db_table)
        limit = INLINE_ROWS + 1
        counts.append(f"(SELECT COUNT(*) FROM (SELECT 1 FROM {table} LIMIT {limit}) AS q)")  # noqa: S608  # nosec B608
        marks.append(f"EXISTS (SELECT 1 FROM {table} WHERE {markers[model.__name__]})")  # noqa: S608  # nosec B608
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(counts)}, {' OR '.join(marks)}")
        *rows, marked = cursor.fetchone()
    return rows, bool(marked)


@task()
def refresh_kept_task() -> None:
    """The background task: `manage.py db_worker` runs it. Running it twice costs one query per
    queue the second time (and, on PostgreSQL, a vacuum of the empty queues)."""
    refresh_kept()
    vacuum_queues()


def vacuum_queues() -> None:
    """Give the emptied queues' pages back (PostgreSQL, outside a transaction only). Every page
    empties the queues with a `DELETE` that reads the whole table: after a seeding, an import
    or a rebuild queued hundreds of thousands of rows, that was 18 ms a request at 100,000
    testimonies until a vacuum truncated the table, and autovacuum's default skips the index
    cleanup that truncating needs when few dead rows are left. Their statistics are refreshed
    with the kept tables' too, rewritten by a rebuild."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    from testimony.models import EntityStats, PersonGroupKept
    from testimony.models.entity_stats import (
        EntityExportable,
        EntityFilterStats,
        EntityMention,
        EntityMentionFacts,
        EntityMentionFilter,
        EntityMentionWitness,
        EntityPage,
        EntityPeriodCount,
        EntityPeriodFigure,
        EntityTimeline,
        EntityViewerStats,
        ExportableTestimony,
        TestimonyFacts,
        TestimonyWitnessKey,
    )
    from testimony.models.person_groups import PersonGroupMember

    kept = [
        EntityStats,
        EntityViewerStats,
        EntityFilterStats,
        EntityMention,
        EntityMentionFacts,
        EntityMentionWitness,
        EntityMentionFilter,
        EntityPeriodCount,
        EntityPeriodFigure,
        TestimonyFacts,
        TestimonyWitnessKey,
        ExportableTestimony,
        EntityTimeline,
        EntityPage,
        EntityExportable,
        PersonGroupKept,
        PersonGroupMember,
    ]
    with connection.cursor() as cursor:
        for model in _stale_queues():
            # Table names are the models' own.
            cursor.execute(f"VACUUM (INDEX_CLEANUP ON, ANALYZE) {model._meta.db_table}")
        for model in kept:
            cursor.execute(f"ANALYZE {model._meta.db_table}")


def refresh_kept_soon() -> None:
    """Queue `refresh_kept_task` once the current transaction commits (at once outside one):
    the worker must see the rows that made the figures stale."""
    transaction.on_commit(refresh_kept_task.enqueue)


def _stale_queues() -> list:
    from testimony.models import EntityStatsStale, PersonGroupStale
    from testimony.models.entity_stats import (
        EntityBreakdownStale,
        EntityMentionStale,
        EntityPageStale,
        ExportableStale,
    )

    return [
        EntityStatsStale,
        EntityBreakdownStale,
        EntityMentionStale,
        ExportableStale,
        EntityPageStale,
        PersonGroupStale,
    ]


def refresh_after_migrate(using: str = DEFAULT_DB_ALIAS, **_kwargs: object) -> None:
    """`post_migrate` of this app: queue the rebuild when testimonies exist and something is
    stale. An empty database (a new installation, the tests' own) has nothing to count, and a
    queued task there would make `restore` refuse it as not empty; a partial migration (a table
    missing) is left to the pages."""
    from django_tasks_db.models import DBTaskResult

    from testimony.models import Testimony

    if using != DEFAULT_DB_ALIAS:
        return
    needed = {model._meta.db_table for model in [Testimony, DBTaskResult, *_stale_queues()]}
    connection = connections[using]
    if not needed <= set(connection.introspection.table_names()):
        return
    if not Testimony.objects.using(using).exists():
        return
    if any(model.objects.using(using).exists() for model in _stale_queues()):
        logger.info("Kept corroboration data stale after migrate: rebuild queued for the worker")
        refresh_kept_soon()
