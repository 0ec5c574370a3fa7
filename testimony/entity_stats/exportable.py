"""The kept set of exportable testimonies (`ExportableTestimony`): re-checked for the
testimonies marked in `ExportableStale` by `refresh_exportable`, counted among given ids
by `exportable_count`."""

from django.db import connection, transaction

from testimony.entity_stats.figures import FULL_REBUILD_TESTIMONIES
from testimony.entity_stats.mentions import _named_by
from testimony.models.entity_stats import EntityPageStale, ExportableStale, ExportableTestimony

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
            # Every entity's kept exportable count (the entity page's) is recounted.
            EntityPageStale.objects.create(entity_id=None)
            return
        ordered = sorted(ids)
        changed: set[int] = set()
        for start in range(0, len(ordered), EXPORTABLE_CHUNK):
            chunk = ordered[start : start + EXPORTABLE_CHUNK]
            kept = ExportableTestimony.objects.filter(testimony_id__in=chunk)
            before = set(kept.values_list("testimony_id", flat=True))
            kept.delete()
            exportable = exportable_testimonies().filter(pk__in=chunk).values_list("pk", flat=True)
            after = set(exportable)
            ExportableTestimony.objects.bulk_create(
                ExportableTestimony(testimony_id=pk) for pk in sorted(after)
            )
            changed |= before ^ after
        # The entities naming a testimony that became exportable or stopped being: their kept
        # exportable count (the entity page's) is recounted.
        if len(changed) > FULL_REBUILD_TESTIMONIES:
            EntityPageStale.objects.create(entity_id=None)
        elif changed:
            EntityPageStale.objects.bulk_create(
                EntityPageStale(entity_id=pk) for pk in sorted(_named_by(sorted(changed)))
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
