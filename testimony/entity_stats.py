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

from testimony.models import (
    EntityStats,
    EntityStatsStale,
    Person,
    PersonNameIndex,
    Posting,
    Testimony,
)
from testimony.models.entity_stats import (
    EntityViewerStats,
    ExportableStale,
    ExportableTestimony,
    TestimonyFacts,
    TestimonyWitnessKey,
)

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
        _refresh_testimonies(None if everything else sorted(testimony_ids))
        if everything or len(testimony_ids) > FULL_REBUILD_TESTIMONIES:
            _recompute(None)
            return
        if testimony_ids:
            entity_ids |= _named_by(sorted(testimony_ids))
        _recompute(sorted(entity_ids))


# Testimonies per statement when recomputing their kept facts (below SQLite's limit).
TESTIMONY_CHUNK = 2_000


def _refresh_testimonies(testimony_ids: list[int] | None) -> None:
    """Recompute `TestimonyFacts` and `TestimonyWitnessKey` of these testimonies (None: all)
    from their postings, own columns, witnesses and name digests: the rows the figures join."""
    chunks = (
        [None]
        if testimony_ids is None
        else [
            testimony_ids[start : start + TESTIMONY_CHUNK]
            for start in range(0, len(testimony_ids), TESTIMONY_CHUNK)
        ]
    )
    facts_table = TestimonyFacts._meta.db_table
    keys_table = TestimonyWitnessKey._meta.db_table
    testimony_table = Testimony._meta.db_table
    posting_table = Posting._meta.db_table
    person_table = Person._meta.db_table
    index_table = PersonNameIndex._meta.db_table
    # As `views.entities._summaries` reads them directly: a testimony's countries and periods
    # are its postings' (one saved without postings answers with its own columns); a witness is
    # their smallest name digest, or the testimony itself when unnamed or absent.
    country = "COALESCE(p.country_id, t.country_id)"
    start = "NULLIF(COALESCE(p.period_start, t.period_start), '')"
    end = "NULLIF(COALESCE(p.period_end, t.period_end), '')"
    with connection.cursor() as cursor:
        for chunk in chunks:
            where, params = (
                ("", [])
                if chunk is None
                else (
                    f"WHERE o.id IN ({', '.join(['%s'] * len(chunk))})",
                    [int(pk) for pk in chunk],
                )
            )
            for table in (facts_table, keys_table):
                if chunk is None:
                    cursor.execute(f"DELETE FROM {table}")  # noqa: S608  # nosec B608
                else:
                    cursor.execute(
                        f"DELETE FROM {table} WHERE testimony_id IN "  # noqa: S608  # nosec B608
                        f"({', '.join(['%s'] * len(chunk))})",
                        params,
                    )
            # Table and column names are the models' own; values are parameters.
            cursor.execute(
                f"INSERT INTO {facts_table} (testimony_id, country_id, began, ended) "  # noqa: S608  # nosec B608
                f"SELECT o.id, {country}, MIN({start}), MAX(COALESCE({end}, {start})) "
                f"FROM {testimony_table} o LEFT JOIN {posting_table} p ON p.testimony_id = o.id "
                f"LEFT JOIN {testimony_table} t ON p.id IS NULL AND t.id = o.id "
                f"{where} GROUP BY o.id, {country}",
                params,
            )
            cursor.execute(
                f"INSERT INTO {keys_table} (testimony_id, witness) "  # noqa: S608  # nosec B608
                "SELECT DISTINCT o.id, COALESCE("
                f"(SELECT MIN(i.digest) FROM {index_table} i WHERE i.person_id = p.id), "
                "'testimony ' || CAST(o.id AS VARCHAR(20))) "
                f"FROM {testimony_table} o LEFT JOIN {person_table} p "
                f"ON p.testimony_id = o.id AND p.role = %s {where}",
                [Person.Role.WITNESS, *params],
            )


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
    _recompute_viewers(entity_ids)


def _recompute_viewers(entity_ids: list[int] | None) -> None:
    """`EntityViewerStats` of these entities (None: all), for every user who entered,
    interviewed or was shared a testimony naming them: the figures `views.entities` computes
    for that user, grouped by user in three statements."""
    from testimony.views.entities import _mentions, _year

    mentions, params = _mentions(None, entity_ids)
    testimony_table = Testimony._meta.db_table
    shared_table = Testimony.shared_with.through._meta.db_table
    facts_table = TestimonyFacts._meta.db_table
    keys_table = TestimonyWitnessKey._meta.db_table
    # Who sees a testimony without `view_all_testimonies` (`workflow.visible_testimonies`).
    viewers = (
        f", viewer (user_id, testimony_id) AS ("  # noqa: S608  # nosec B608
        f"SELECT created_by_id, id FROM {testimony_table} WHERE created_by_id IS NOT NULL "
        f"UNION SELECT interviewer_id, id FROM {testimony_table} WHERE interviewer_id IS NOT NULL "
        f"UNION SELECT user_id, testimony_id FROM {shared_table})"
    )
    seen = f"{mentions}{viewers} SELECT v.user_id, m.entity_id"  # nosec B608
    joined = "FROM mention m JOIN viewer v ON v.testimony_id = m.testimony_id"
    with connection.cursor() as cursor:
        # Table names are the models' own; values are parameters.
        cursor.execute(f"{seen}, COUNT(*) {joined} GROUP BY v.user_id, m.entity_id", params)  # nosec B608
        counts = cursor.fetchall()
        cursor.execute(
            f"{seen}, f.country_id, MIN(f.began), MAX(f.ended) {joined} "  # nosec B608
            f"JOIN {facts_table} f ON f.testimony_id = m.testimony_id "
            "GROUP BY v.user_id, m.entity_id, f.country_id",
            params,
        )
        facts = cursor.fetchall()
        cursor.execute(
            f"{mentions}{viewers} SELECT w.user_id, w.entity_id, COUNT(*) FROM ("  # noqa: S608  # nosec B608
            f"SELECT DISTINCT v.user_id, m.entity_id, k.witness {joined} "
            f"JOIN {keys_table} k ON k.testimony_id = m.testimony_id) w "
            "GROUP BY w.user_id, w.entity_id",
            params,
        )
        witnesses = {(user, entity): count for user, entity, count in cursor.fetchall()}
    years: dict[tuple[int, int], list[int]] = {}
    countries: dict[tuple[int, int], list[int]] = {}
    for user, entity, country, began, ended in facts:
        years.setdefault((user, entity), []).extend(
            year for year in (_year(began), _year(ended)) if year
        )
        if country is not None:
            countries.setdefault((user, entity), []).append(country)
    if entity_ids is None:
        EntityViewerStats.objects.all().delete()
    else:
        EntityViewerStats.objects.filter(entity_id__in=entity_ids).delete()
    EntityViewerStats.objects.bulk_create(
        [
            EntityViewerStats(
                user_id=user,
                entity_id=entity,
                testimonies=count,
                witnesses=witnesses.get((user, entity), 0),
                first_year=min(years.get((user, entity), []), default=None),
                last_year=max(years.get((user, entity), []), default=None),
                countries=",".join(str(pk) for pk in sorted(countries.get((user, entity), []))),
            )
            for user, entity, count in counts
        ],
        batch_size=1000,
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
