"""The entity page's kept data (`EntityTimeline`, `EntityPage`, `EntityExportable`),
kept up to date by `refresh_entity_pages`: a testimony a link added or removed inserted
into the kept pages and timeline or taken out (`_apply_page_pairs`), or the entity
recounted whole (`_recompute_entity_pages`)."""

from collections import defaultdict

from django.db import connection, transaction
from django.db.models import Exists, OuterRef

from testimony.entity_stats.locking import without_jit
from testimony.models import EntityStats, Testimony
from testimony.models.entity_stats import (
    EntityExportable,
    EntityPage,
    EntityPageStale,
    EntityTimeline,
    ExportableTestimony,
)

# An arbitrary constant: the class of the PostgreSQL advisory locks, one per entity, that
# serialize the refreshes of one entity's page data (`refresh_entity_pages`).
PAGES_LOCK_CLASS = 72_110

# More queued testimonies than this for one entity: its page data is recounted whole.
PAGE_PAIRS = 50


def refresh_entity_pages(entity_id: int | None = None) -> None:
    """Bring the entity page's kept data (`EntityTimeline`, `EntityPage`, `EntityExportable`) of
    this entity (None: of every queued one) up to date: one query when it is not queued. Call
    `refresh` first (it queues the entities it recomputes, and the testimonies a link added or
    removed), and `refresh_exportable` before reading the exportable count (it queues the
    entities of the testimonies it re-checked). A rebuild marker in the queue rebuilds every
    entity's, whoever asked."""
    stale_table = EntityPageStale._meta.db_table
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Table name is the model's own; the id is a parameter.
            columns = "id, entity_id, testimony_id, added"
            if entity_id is None:
                cursor.execute(f"DELETE FROM {stale_table} RETURNING {columns}")  # noqa: S608  # nosec B608
            else:
                cursor.execute(
                    f"DELETE FROM {stale_table} WHERE entity_id = %s OR entity_id IS NULL "  # noqa: S608  # nosec B608
                    f"RETURNING {columns}",
                    [int(entity_id)],
                )
            rows = cursor.fetchall()
            if not rows:
                return
            if connection.vendor == "postgresql":
                # Two refreshes that took rows of one entity apply them in turn, the second to
                # the pages the first wrote (one waiting here holds no row the first still
                # needs: the first took its rows before). In the entities' order, so that two
                # refreshes of several entities (the background rebuild) never wait in a
                # circle; a rebuild marker rewrites every entity's rows as before.
                for entity in sorted({row[1] for row in rows} - {None}):
                    cursor.execute(
                        "SELECT pg_advisory_xact_lock(%s, %s)",
                        [PAGES_LOCK_CLASS, int(entity) % 2**31],
                    )
        without_jit()
        ids = {entity for _id, entity, _testimony, _added in rows}
        if None in ids:
            # A marker: every entity's (the queue's other rows, left, cost one more recount).
            _recompute_entity_pages(None)
            return
        whole = {entity for _id, entity, testimony, _added in rows if testimony is None}
        pairs: dict[int, list[tuple[int, bool]]] = defaultdict(list)
        for _id, entity, testimony, added in sorted(rows):
            if entity not in whole:
                pairs[entity].append((testimony, bool(added)))
        for entity, changes in sorted(pairs.items()):
            if len(changes) > PAGE_PAIRS or not _apply_page_pairs(entity, changes):
                whole.add(entity)
        if whole:
            _recompute_entity_pages(sorted(whole))


def _sorting_before(testimony: int, candidates: set[int]) -> set[int]:
    """Those of these testimonies that come before this one in the entity page's order (period
    start, case code, id), compared by the database as its `ORDER BY` sorts (its collation)."""
    if not candidates:
        return set()
    table = Testimony._meta.db_table
    if connection.vendor == "postgresql":
        listed, params = "= ANY(%s)", [sorted(map(int, candidates))]
    else:
        listed, params = f"IN ({', '.join(['%s'] * len(candidates))})", sorted(map(int, candidates))
    with connection.cursor() as cursor:
        # Table name is the model's own; ids are parameters.
        cursor.execute(
            f"SELECT t.id FROM {table} t, {table} x WHERE x.id = %s AND t.id {listed} "  # noqa: S608  # nosec B608
            "AND (t.period_start, t.case_code, t.id) < (x.period_start, x.case_code, x.id)",
            [int(testimony), *params],
        )
        return {pk for (pk,) in cursor.fetchall()}


def _apply_page_pairs(entity: int, changes: list[tuple[int, bool]]) -> bool:
    """Insert each testimony added into the entity's kept pages and timeline at its place in
    the page's order, take each removed one out, and move the exportable count, as
    `_recompute_entity_pages` would count them; False (nothing written) where that cannot be
    known exactly from the kept rows: a removed testimony shown in a year with more
    testimonies than shown (which one comes next needs every testimony of that year), one
    added that the pages hold already or removed that they do not, a testimony deleted since,
    or pages that do not add up to the entity's count (`EntityStats`). The place is found in
    two comparisons: among the first ids of the pages, then among the page's."""
    from testimony.views.entities import (
        LONGEST_PERIOD_YEARS,
        TESTIMONIES_PAGE_SIZE,
        TIMELINE_CODES,
        UNDATED_YEAR,
        _year,
    )

    size = TESTIMONIES_PAGE_SIZE
    pages, timeline, exportable_count, counted = _kept_page_rows(entity)
    if sorted(pages) != list(range(1, len(pages) + 1)):
        return False
    # The ids stay text as the pages hold them (about 16,500 for the most-named entity): only
    # those compared with the database are read as numbers.
    ids = [pk for number in sorted(pages) for pk in pages[number].split(",") if pk]
    if exportable_count is None:
        if ids:
            return False
        exportable_count = 0
    testimonies = sorted({testimony for testimony, _added in changes})
    periods, exportable = _periods_and_exportable(testimonies)
    present = set(ids)
    changed_from = len(ids)
    for testimony, added in changes:
        if testimony not in periods:
            return False
        key = str(testimony)
        start, end = periods[testimony]
        first = _year(start) or _year(end)
        years = (
            [UNDATED_YEAR]
            if first is None
            else range(
                first, min(max(_year(end) or first, first), first + LONGEST_PERIOD_YEARS) + 1
            )
        )
        if added:
            if key in present:
                return False
            # Its page: after the pages whose first testimony comes before it (compared with
            # the codes shown in its years at once); then its place among that page's.
            shown = {pk for year in years for pk in timeline.get(year, (0, []))[1]}
            firsts = [int(pk) for pk in ids[::size]]
            before = _sorting_before(testimony, {*firsts, *shown})
            page = sum(pk in before for pk in firsts)
            low = max(page - 1, 0) * size
            block = {int(pk) for pk in ids[low : low + size]}
            position = (
                low + len(_sorting_before(testimony, block - before) | before & block)
                if page
                else 0
            )
            ids.insert(position, key)
            present.add(key)
            for year in years:
                row = timeline.setdefault(year, [0, []])
                row[0] += 1
                place = sum(pk in before for pk in row[1])
                if year == UNDATED_YEAR or place < TIMELINE_CODES:
                    row[1].insert(place, testimony)
                    if year != UNDATED_YEAR:
                        del row[1][TIMELINE_CODES:]
            exportable_count += testimony in exportable
        else:
            if key not in present:
                return False
            position = ids.index(key)
            del ids[position]
            present.discard(key)
            for year in years:
                if (row := timeline.get(year)) is None or row[0] < 1:
                    return False
                row[0] -= 1
                if testimony in row[1]:
                    if year != UNDATED_YEAR and row[0] >= len(row[1]):
                        return False  # the next testimony of that year would be shown
                    row[1].remove(testimony)
                elif year == UNDATED_YEAR or len(row[1]) < TIMELINE_CODES:
                    return False  # every testimony of that year was shown: it was not there
                if row[0] == 0:
                    del timeline[year]
            exportable_count -= testimony in exportable
        changed_from = min(changed_from, position)
    if len(ids) != counted or exportable_count < 0:
        return False
    # The pages from the first one changed on are written again; the timeline and the count
    # (a few rows) whole.
    start = changed_from // size
    EntityPage.objects.filter(entity_id=entity, number__gt=start).delete()
    _insert_pages(
        [
            (entity, offset // size + 1, ",".join(ids[offset : offset + size]))
            for offset in range(start * size, len(ids), size)
        ]
    )
    EntityTimeline.objects.filter(entity_id=entity).delete()
    EntityTimeline.objects.bulk_create(
        EntityTimeline(
            entity_id=entity, year=year, testimonies=total, shown=",".join(map(str, shown))
        )
        for year, (total, shown) in sorted(timeline.items())
    )
    if ids:
        # One statement where the row is there (`update_or_create` takes four); no other
        # refresh writes this entity's row meanwhile (the entity's lock, SQLite's one writer).
        kept_count = EntityExportable.objects.filter(entity_id=entity)
        if not kept_count.update(testimonies=exportable_count):
            EntityExportable.objects.create(entity_id=entity, testimonies=exportable_count)
    else:
        EntityExportable.objects.filter(entity_id=entity).delete()
    return True


def _kept_page_rows(
    entity: int,
) -> tuple[dict[int, str], dict[int, list], int | None, int]:
    """The entity's kept pages ({number: ids}), timeline ({year: [testimonies, [shown ids]]}),
    exportable count (None: no row) and count (`EntityStats`; 0: no row), read in one
    statement (four, one a table, cost about 2 ms of the refresh after a link)."""
    tables = [model._meta.db_table for model in (EntityPage, EntityTimeline)]
    exportable_table, stats_table = EntityExportable._meta.db_table, EntityStats._meta.db_table
    with connection.cursor() as cursor:
        # Table and column names are the models' own; the id is a parameter.
        cursor.execute(
            f"SELECT 0, number, testimony_ids, 0 FROM {tables[0]} WHERE entity_id = %s "  # noqa: S608  # nosec B608
            f"UNION ALL SELECT 1, year, shown, testimonies FROM {tables[1]} WHERE entity_id = %s "
            f"UNION ALL SELECT 2, 0, '', testimonies FROM {exportable_table} WHERE entity_id = %s "
            f"UNION ALL SELECT 3, 0, '', testimonies FROM {stats_table} WHERE entity_id = %s",
            [int(entity)] * 4,
        )
        rows = cursor.fetchall()
    pages = {number: ids for table, number, ids, _count in rows if table == 0}
    timeline = {
        year: [total, [int(pk) for pk in shown.split(",") if pk]]
        for table, year, shown, total in rows
        if table == 1
    }
    exportable = next((count for table, _n, _ids, count in rows if table == 2), None)
    counted = next((count for table, _n, _ids, count in rows if table == 3), 0)
    return pages, timeline, exportable, counted


def _periods_and_exportable(
    testimonies: list[int],
) -> tuple[dict[int, tuple[str, str]], set[int]]:
    """These testimonies' periods ({id: (start, end)}; a deleted one left out) and those of
    them that are exportable, in one statement."""
    periods, exportable = {}, set()
    if not testimonies:
        return periods, exportable
    rows = (
        Testimony.objects.filter(pk__in=testimonies)
        .annotate(
            is_exportable=Exists(ExportableTestimony.objects.filter(testimony_id=OuterRef("pk")))
        )
        .values_list("pk", "period_start", "period_end", "is_exportable")
    )
    for pk, start, end, is_exportable in rows:
        periods[pk] = (start, end)
        if is_exportable:
            exportable.add(pk)
    return periods, exportable


# Pages per statement when they are written again (three parameters each).
PAGES_CHUNK = 500


def _insert_pages(pages: list[tuple[int, int, str]]) -> None:
    """Insert these (entity, number, testimony ids) rows of `EntityPage` with plain statements:
    after a write to the most-named entity about 150 pages are written again, and building a
    model instance for each cost about 4 ms of the refresh's 20. On PostgreSQL as three arrays
    in a statement whose text never changes: psycopg splits a statement it has not seen at its
    placeholders each time, 1.6 ms for 190 pages' 570."""
    table = EntityPage._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if pages:
                columns = list(zip(*pages, strict=True))
                # Table and column names are the model's own; values are parameters.
                cursor.execute(
                    f"INSERT INTO {table} (entity_id, number, testimony_ids) "  # noqa: S608  # nosec B608
                    "SELECT * FROM UNNEST(%s::bigint[], %s::integer[], %s::text[])",
                    [list(column) for column in columns],
                )
            return
        for start in range(0, len(pages), PAGES_CHUNK):
            chunk = pages[start : start + PAGES_CHUNK]
            # Table and column names are the model's own; values are parameters.
            cursor.execute(
                f"INSERT INTO {table} (entity_id, number, testimony_ids) VALUES "  # noqa: S608  # nosec B608
                + ", ".join(["(%s, %s, %s)"] * len(chunk)),
                [value for page in chunk for value in page],
            )


def _recompute_entity_pages(entity_ids: list[int] | None) -> None:
    """The entity page's kept data of these entities (None: all) over every testimony: their
    testimonies' periods and whether they are exportable, read in the page's order in one
    statement, and counted as the page counts them (`views.entities.timeline_counts`)."""
    from testimony.views.entities import (
        TESTIMONIES_PAGE_SIZE,
        UNDATED_YEAR,
        _mentions,
        timeline_counts,
    )

    mentions, params = _mentions(None, entity_ids)
    rows: dict[int, list[tuple]] = defaultdict(list)
    exportable: dict[int, int] = defaultdict(int)
    with connection.cursor() as cursor:
        # Table names are the models' own; the order is the page's (`order_by` of the view).
        cursor.execute(
            f"{mentions} SELECT m.entity_id, t.id, t.period_start, t.period_end, "  # noqa: S608  # nosec B608
            "e.testimony_id IS NOT NULL FROM mention m "
            f"JOIN {Testimony._meta.db_table} t ON t.id = m.testimony_id "
            f"LEFT JOIN {ExportableTestimony._meta.db_table} e ON e.testimony_id = t.id "
            "ORDER BY m.entity_id, t.period_start, t.case_code, t.id",
            params,
        )
        for entity, testimony, start, end, is_exportable in cursor.fetchall():
            rows[entity].append((testimony, start, end))
            exportable[entity] += bool(is_exportable)
    timelines, pages = [], []
    for entity, testimonies in rows.items():
        counts = timeline_counts(testimonies)
        timelines.extend(
            EntityTimeline(
                entity_id=entity,
                year=year,
                testimonies=total,
                shown=",".join(map(str, counts.shown[year])),
            )
            for year, total in counts.totals.items()
        )
        if counts.undated:
            timelines.append(
                EntityTimeline(
                    entity_id=entity,
                    year=UNDATED_YEAR,
                    testimonies=len(counts.undated),
                    shown=",".join(map(str, counts.undated)),
                )
            )
        ids = [str(testimony) for testimony, _start, _end in testimonies]
        pages.extend(
            EntityPage(
                entity_id=entity,
                number=start // TESTIMONIES_PAGE_SIZE + 1,
                testimony_ids=",".join(ids[start : start + TESTIMONIES_PAGE_SIZE]),
            )
            for start in range(0, len(ids), TESTIMONIES_PAGE_SIZE)
        )
    for model in (EntityTimeline, EntityPage, EntityExportable):
        stale = model.objects.all()
        if entity_ids is not None:
            stale = stale.filter(entity_id__in=entity_ids)
        stale.delete()
    EntityTimeline.objects.bulk_create(timelines, batch_size=1000)
    EntityPage.objects.bulk_create(pages, batch_size=1000)
    EntityExportable.objects.bulk_create(
        (
            EntityExportable(entity_id=entity, testimonies=count)
            for entity, count in exportable.items()
        ),
        batch_size=1000,
    )
