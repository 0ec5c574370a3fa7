"""The rows the figures are counted from: each testimony's facts and witness keys
(`TestimonyFacts`, `TestimonyWitnessKey`: `_refresh_testimonies`), the entities
testimonies name (`_named_by`), and the kept mention rows (`EntityMention`,
`EntityMentionFacts`, `EntityMentionWitness`, `EntityMentionFilter`) rewritten per entity by
`refresh_mentions`.
"""

from django.db import connection, transaction

from testimony.entity_stats.locking import _drained, serialized_if_queued, without_jit
from testimony.entity_stats.period_figures import _rewrite_period_figures
from testimony.entity_stats.periods import _rewrite_period_counts
from testimony.models import Person, PersonNameIndex, Posting, Testimony
from testimony.models.entity_stats import (
    EntityFilterStats,
    EntityMention,
    EntityMentionFacts,
    EntityMentionFilter,
    EntityMentionStale,
    EntityMentionWitness,
    EntityStatsStale,
    TestimonyFacts,
    TestimonyWitnessKey,
)

# The list's filters kept per mention row (`EntityMentionFilter.dimension`): "country" and
# "sector", also the names of the testimony's and the posting's columns without `_id`.
FILTER_DIMENSIONS = tuple(EntityFilterStats.Dimension.values)


def refresh_mentions() -> None:
    """Bring the kept mention rows (`EntityMention`, `EntityMentionFacts`,
    `EntityMentionWitness`, `EntityMentionFilter`, and the sums `EntityPeriodCount` and
    `EntityPeriodFigure`) of the entities `refresh` recomputed up to date (one query when none
    is stale). Call `refresh` first: they are copied from the facts and witness keys it keeps.

    The rows are rewritten from the links, the figures were recounted from them by an earlier
    `refresh`: an entity a write changed in between (its row still in `EntityStatsStale`) is
    queued again, so that the `refresh` that applies that row recounts it whole, as it does
    while its rows wait for a rewrite, instead of finding the testimony named before
    (`_apply_pairs`) and leaving the count without it."""
    with transaction.atomic():
        # The lock before the rows: a page that took them, then waited for it in its
        # `refresh_breakdowns`, waited in a circle with a holder's `refresh_mentions`.
        if not serialized_if_queued(EntityMentionStale):
            return
        ids = _drained(EntityMentionStale)
        if not ids:
            return
        without_jit()
        entity_ids = None if None in ids else sorted(ids)
        _recompute_mentions(entity_ids)
        EntityMentionStale.objects.bulk_create(
            EntityMentionStale(entity_id=pk) for pk in sorted(_changed_since_recount(entity_ids))
        )


def _changed_since_recount(entity_ids: list[int] | None) -> set[int]:
    """Those of these entities (None: all) with a write still queued for `refresh`, read after
    their mention rows were rewritten: a pair of theirs (a link added, removed or moved, a
    posting's former employer or site), or a testimony their rows hold (a posting added or
    moved to them queues its testimony alone). A write whose row a `refresh` took is not
    among them, and needs not be: that `refresh` held the lock (`serialized`), so it committed
    before this transaction took its rows, found the entities queued in `EntityMentionStale`
    and recounted them whole (`_apply_pairs`), queueing them again."""
    stale, mention = EntityStatsStale._meta.db_table, EntityMention._meta.db_table
    if entity_ids is None:
        pairs, named, params = "", "", []
    else:
        listed = ", ".join(["%s"] * len(entity_ids))
        pairs, named = f"AND s.entity_id IN ({listed})", f"AND m.entity_id IN ({listed})"
        params = [int(pk) for pk in entity_ids]
    with connection.cursor() as cursor:
        # Table names are the models' own; values are parameters.
        cursor.execute(
            f"SELECT s.entity_id FROM {stale} s WHERE s.entity_id IS NOT NULL {pairs} "  # noqa: S608  # nosec B608
            f"UNION SELECT m.entity_id FROM {stale} s JOIN {mention} m "
            f"ON m.testimony_id = s.testimony_id WHERE s.entity_id IS NULL {named}",
            params * 2,
        )
        return {entity for (entity,) in cursor.fetchall()}


def _recompute_mentions(entity_ids: list[int] | None) -> None:
    """`EntityMention`, `EntityMentionFacts`, `EntityMentionWitness`, `EntityMentionFilter`,
    `EntityPeriodCount` and `EntityPeriodFigure` of these entities (None: all), rewritten in
    SQL (the witnesses' sums in Python) from the links, postings, the testimonies' own periods,
    countries and sectors and their kept facts and witness keys (which `refresh` brought up to
    date before queueing them)."""
    from testimony.views.entities import _mentions

    if entity_ids is not None and not entity_ids:
        return
    mentions, params = _mentions(None, entity_ids)
    tables = [
        model._meta.db_table
        for model in (EntityMention, EntityMentionFacts, EntityMentionWitness, EntityMentionFilter)
    ]
    mention_table, facts_table, witness_table, filter_table = tables
    if entity_ids is None:
        where, where_params = "", []
    else:
        where = f"WHERE entity_id IN ({', '.join(['%s'] * len(entity_ids))})"
        where_params = [int(pk) for pk in entity_ids]
    columns = "entity_id, testimony_id, period_start, period_end"
    with connection.cursor() as cursor:
        # Table and column names are the models' own; values are parameters.
        for table in tables:
            cursor.execute(f"DELETE FROM {table} {where}", where_params)  # noqa: S608  # nosec B608
        # Two refreshes of one entity at once: the later one's rows are the same, skipped.
        # (SQLite reads `ON CONFLICT` after a join as its constraint without a WHERE first.)
        # With who sees the testimony and its code (the restricted entity page's rows).
        cursor.execute(
            f"{mentions} INSERT INTO {mention_table} "  # noqa: S608  # nosec B608
            f"({columns}, created_by_id, interviewer_id, case_code) "
            "SELECT m.entity_id, m.testimony_id, t.period_start, t.period_end, t.created_by_id, "
            "t.interviewer_id, t.case_code FROM mention m "
            f"JOIN {Testimony._meta.db_table} t ON t.id = m.testimony_id WHERE 1 = 1 "
            "ON CONFLICT DO NOTHING",
            params,
        )
        scope = "" if entity_ids is None else f"AND m.{where.removeprefix('WHERE ')}"
        # With whose testimony it is, as on the mention row.
        cursor.execute(
            f"INSERT INTO {facts_table} ({columns}, country_id, began, ended, created_by_id, "  # noqa: S608  # nosec B608
            "interviewer_id) "
            "SELECT m.entity_id, m.testimony_id, m.period_start, m.period_end, f.country_id, "
            f"f.began, f.ended, m.created_by_id, m.interviewer_id FROM {mention_table} m "
            f"JOIN {TestimonyFacts._meta.db_table} f ON f.testimony_id = m.testimony_id "
            f"WHERE 1 = 1 {scope}",
            where_params,
        )
        cursor.execute(
            f"INSERT INTO {witness_table} ({columns}, witness, created_by_id, interviewer_id) "  # noqa: S608  # nosec B608
            "SELECT m.entity_id, m.testimony_id, m.period_start, m.period_end, k.witness, "
            "m.created_by_id, m.interviewer_id "
            f"FROM {mention_table} m "
            f"JOIN {TestimonyWitnessKey._meta.db_table} k ON k.testimony_id = m.testimony_id "
            f"WHERE 1 = 1 {scope}",
            where_params,
        )
        # Each country and sector the list's filter matches the testimony by: its own and its
        # postings' (`views.entities._filtered_testimonies`), each once (UNION; and, as above,
        # a concurrent rewrite's same rows skipped).
        branches = [
            f"SELECT m.entity_id, m.testimony_id, '{dimension}', o.{dimension}_id, "  # noqa: S608  # nosec B608
            f"m.created_by_id, m.interviewer_id FROM {mention_table} m JOIN {table} o "
            f"ON o.{key} = m.testimony_id WHERE o.{dimension}_id IS NOT NULL {scope}"
            for dimension in FILTER_DIMENSIONS
            for table, key in (
                (Testimony._meta.db_table, "id"),
                (Posting._meta.db_table, "testimony_id"),
            )
        ]
        cursor.execute(
            f"INSERT INTO {filter_table} "  # nosec B608
            "(entity_id, testimony_id, dimension, value, created_by_id, interviewer_id) "
            + " UNION ".join(branches)
            + " ON CONFLICT DO NOTHING",
            where_params * len(branches),
        )
    # The period-filtered list's sums and its page's figures, from the rows just written.
    _rewrite_period_counts(entity_ids)
    _rewrite_period_figures(entity_ids)


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
