"""Keeps `EntityStats` equal to what the corroboration list would compute over every testimony.

Triggers (migration 0027) append to `EntityStatsStale` whatever a write touched: an entity (a
link added, removed or moved by a merge; a posting's former employer or site) or a testimony (a
posting, a witness, a name digest, the testimony's own country or period). `refresh` takes those
rows off the table in one statement, finds the entities they concern, recomputes those entities'
figures with the same statements the list uses for a restricted user, and writes them, in one
transaction: a fixed number of queries, whose cost grows with the mentions of the stale entities
only. Rows a concurrent write adds meanwhile stay for the next refresh.
"""

from django.db import connection, transaction

from testimony.models import EntityStats, EntityStatsStale, Testimony
from testimony.models.entity_stats import ExportableStale, ExportableTestimony

# More stale testimonies than this: recompute every entity (one pass) rather than look them up.
FULL_REBUILD_TESTIMONIES = 2_000


def refresh() -> None:
    """Bring the figures of every stale entity up to date (one query when none is stale)."""
    stale_table = EntityStatsStale._meta.db_table
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Table name is the model's own.
            cursor.execute(
                f"DELETE FROM {stale_table} RETURNING entity_id, testimony_id"  # noqa: S608  # nosec B608
            )
            rows = cursor.fetchall()
        if not rows:
            return
        entity_ids = {entity for entity, _testimony in rows if entity is not None}
        testimony_ids = {testimony for _entity, testimony in rows if testimony is not None}
        everything = any(entity is None and testimony is None for entity, testimony in rows)
        if everything or len(testimony_ids) > FULL_REBUILD_TESTIMONIES:
            _recompute(None)
            return
        if testimony_ids:
            entity_ids |= _named_by(sorted(testimony_ids))
        _recompute(sorted(entity_ids))


def _named_by(testimony_ids: list[int]) -> set[int]:
    from testimony.views.entities import _mentions

    mentions, params = _mentions(Testimony.objects.filter(pk__in=testimony_ids), None)
    with connection.cursor() as cursor:
        cursor.execute(f"{mentions} SELECT DISTINCT entity_id FROM mention", params)  # noqa: S608  # nosec B608
        return {entity_id for (entity_id,) in cursor.fetchall()}


def _recompute(entity_ids: list[int] | None) -> None:
    """Exact figures over all testimonies for these entities (None: all)."""
    from testimony.views.entities import _exact_counts, _summaries

    if entity_ids is not None and not entity_ids:
        return
    counts = _exact_counts(None, entity_ids)
    summaries = _summaries(counts, None)
    if entity_ids is None:
        EntityStats.objects.all().delete()
    else:
        # Those no testimony names any more (a link removed, a duplicate merged away).
        named = {summary.entity.pk for summary in summaries}
        EntityStats.objects.filter(pk__in=[pk for pk in entity_ids if pk not in named]).delete()
    EntityStats.objects.bulk_create(
        [
            EntityStats(
                entity_id=summary.entity.pk,
                testimonies=summary.testimonies,
                witnesses=summary.witnesses,
                first_year=summary.first_year,
                last_year=summary.last_year,
                countries=",".join(str(country.pk) for country in summary.countries),
            )
            for summary in summaries
        ],
        batch_size=500,
        update_conflicts=True,
        unique_fields=["entity"],
        update_fields=["testimonies", "witnesses", "first_year", "last_year", "countries"],
    )


# Ids per statement when re-checking or counting exportable testimonies (below SQLite's limit).
EXPORTABLE_CHUNK = 5_000


def refresh_exportable() -> None:
    """Bring `ExportableTestimony` up to date with `workflow.exportable_testimonies()` for every
    testimony marked stale (one query when none is): the rule, English check included, runs on
    the marked testimonies only, or on all of them after a (NULL) marker."""
    from testimony.workflow import exportable_testimonies

    stale_table = ExportableStale._meta.db_table
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Table name is the model's own.
            cursor.execute(f"DELETE FROM {stale_table} RETURNING testimony_id")  # noqa: S608  # nosec B608
            rows = cursor.fetchall()
        if not rows:
            return
        ids = {testimony for (testimony,) in rows}
        if None in ids:
            ExportableTestimony.objects.all().delete()
            exportable = set(exportable_testimonies().values_list("pk", flat=True))
            ExportableTestimony.objects.bulk_create(
                (ExportableTestimony(testimony_id=pk) for pk in sorted(exportable)),
                batch_size=EXPORTABLE_CHUNK,
            )
            return
        ordered = sorted(ids)
        for start in range(0, len(ordered), EXPORTABLE_CHUNK):
            chunk = ordered[start : start + EXPORTABLE_CHUNK]
            ExportableTestimony.objects.filter(testimony_id__in=chunk).delete()
            exportable = exportable_testimonies().filter(pk__in=chunk).values_list("pk", flat=True)
            ExportableTestimony.objects.bulk_create(
                ExportableTestimony(testimony_id=pk) for pk in sorted(set(exportable))
            )


def exportable_count(testimony_ids: list[int]) -> int:
    """How many of these testimonies `exportable_testimonies()` returns, read from the kept set
    (call `refresh_exportable` first): primary-key look-ups. PostgreSQL gets the ids as one
    array (thousands of parameters cost more to send than to look up); SQLite one statement per
    5,000 ids (below its limit of variables)."""
    if not testimony_ids:
        return 0
    table = ExportableTestimony._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Table name is the model's own; the ids are one parameter.
            cursor.execute(
                f"SELECT COUNT(*) FROM {table} WHERE testimony_id = ANY(%s)",  # noqa: S608  # nosec B608
                [[int(pk) for pk in testimony_ids]],
            )
            return cursor.fetchone()[0]
    return sum(
        ExportableTestimony.objects.filter(
            testimony_id__in=testimony_ids[start : start + EXPORTABLE_CHUNK]
        ).count()
        for start in range(0, len(testimony_ids), EXPORTABLE_CHUNK)
    )
