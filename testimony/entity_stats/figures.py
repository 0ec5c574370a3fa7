"""The figures for everyone (`EntityStats`) and the kept mention rows, kept up to date by
`refresh`: it takes the queue of stale testimonies and (entity, testimony) pairs,
recomputes the stale testimonies' facts and witness keys (`mentions`), applies each
changed pair (`_apply_pairs`) or recounts its entity whole (`recount._recompute`), applies
a link's testimony to the per-user and per-filter rows of its scopes (`scoped`), and
queues the rest for `refresh_breakdowns`, `refresh_mentions` and `refresh_entity_pages`."""

from collections import defaultdict
from typing import NamedTuple

from django.db import connection, transaction

from testimony.entity_stats.counting import FIGURES, Counted
from testimony.entity_stats.locking import serialized, without_jit
from testimony.entity_stats.mentions import _named_by, _refresh_testimonies
from testimony.entity_stats.period_figures import (
    FigureChanges,
    _apply_figure_changes,
    add_facts,
    add_witness,
)
from testimony.entity_stats.periods import Changes, _apply_period_changes, add_pair
from testimony.entity_stats.recount import _recompute
from testimony.entity_stats.scoped import _apply_scoped, _memberships
from testimony.models import Entity, EntityStats, EntityStatsStale, Posting, Testimony
from testimony.models.entity_stats import (
    EntityBreakdownStale,
    EntityFilterStats,
    EntityMention,
    EntityMentionFacts,
    EntityMentionFilter,
    EntityMentionStale,
    EntityMentionWitness,
    EntityPageStale,
    EntityPeriodCount,
    EntityPeriodFigure,
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
        without_jit()
        serialized()
        # An entity alone: recompute it; a testimony alone: its facts and each of its pairs; an
        # (entity, testimony) pair (migration 0033's link and posting triggers): that pair.
        entity_ids = {entity for entity, testimony in rows if testimony is None} - {None}
        testimony_ids = {testimony for entity, testimony in rows if entity is None} - {None}
        pairs = {
            (entity, testimony) for entity, testimony in rows if None not in (entity, testimony)
        }
        everything = any(entity is None and testimony is None for entity, testimony in rows)
        _refresh_testimonies(None if everything else sorted(testimony_ids))
        if everything or len(testimony_ids) > FULL_REBUILD_TESTIMONIES:
            _recompute(None, breakdowns=False)
            EntityBreakdownStale.objects.create(entity_id=None)
            EntityMentionStale.objects.create(entity_id=None)
            EntityPageStale.objects.create(entity_id=None)
            return
        applied = Applied(set(), set(), set(), {})
        if len(pairs) + len(testimony_ids) > INCREMENTAL_PAIRS:
            entity_ids |= {entity for entity, _testimony in pairs}
            if testimony_ids:
                entity_ids |= _named_by(sorted(testimony_ids))
        elif pairs or testimony_ids:
            applied = _apply_pairs(pairs, testimony_ids, entity_ids)
            entity_ids |= applied.whole
        if entity_ids:
            _recompute(sorted(entity_ids), breakdowns=False)
            # Their mention rows are rewritten whole by the next `refresh_mentions`.
            EntityMentionStale.objects.bulk_create(
                EntityMentionStale(entity_id=pk) for pk in sorted(entity_ids)
            )
        # Per user and filter: recounted whole for an entity recounted whole or one a stale
        # testimony names (its author, sharing, countries or sectors may have changed); for a
        # link added or removed, its testimony's contribution applied to the rows of the scopes
        # it is in (`_apply_scoped`), or those rows recounted where it cannot be exactly; not
        # at all for a pair that left the entity's testimonies as they were.
        by_testimony = {entity for entity, testimony in applied.work if testimony in testimony_ids}
        whole = entity_ids | (by_testimony & applied.entities)
        moved = {pair: counted for pair, counted in applied.moved.items() if pair[0] not in whole}
        members = _memberships({testimony for _entity, testimony in moved})
        # A testimony since deleted: its scopes are unknown, its entity recounted whole.
        whole |= {entity for entity, testimony in moved if testimony not in members}
        scoped = _apply_scoped(
            {pair: counted for pair, counted in moved.items() if pair[0] not in whole}, members
        )
        EntityBreakdownStale.objects.bulk_create(
            [
                *(EntityBreakdownStale(entity_id=pk) for pk in sorted(whole)),
                *(
                    EntityBreakdownStale(entity_id=entity, scope=scope, value=value)
                    for entity, scope, value in sorted(scoped)
                    if entity not in whole
                ),
            ]
        )
        # The entity page's: recounted whole, or the moved testimony inserted or taken out.
        EntityPageStale.objects.bulk_create(
            [
                *(EntityPageStale(entity_id=pk) for pk in sorted(whole)),
                *(
                    EntityPageStale(entity_id=entity, testimony_id=testimony, added=counted.added)
                    for (entity, testimony), counted in sorted(applied.moved.items())
                    if entity not in whole
                ),
            ]
        )


# More pairs and stale testimonies than this in one refresh (an import, a bulk update): their
# entities are recomputed whole, as cheap as applying that many pairs one by one.
INCREMENTAL_PAIRS = 500


class Applied(NamedTuple):
    """What `_apply_pairs` did: the entities it updated, those to recount whole, the pairs it
    rewrote and, among them, those whose testimony was counted before and is not now or the
    reverse, with what each of those counted or counts (`Counted`)."""

    entities: set[int]
    whole: set[int]
    work: set[tuple[int, int]]
    moved: dict[tuple[int, int], "Counted"]


def _apply_pairs(pairs: set[tuple[int, int]], testimony_ids: set[int], whole: set[int]) -> Applied:
    """Apply to the kept figures (`EntityStats`), mention rows (`EntityMention`,
    `EntityMentionFacts`, `EntityMentionWitness`, `EntityMentionFilter`) and period sums
    (`EntityPeriodCount`, `EntityPeriodFigure`) what these (entity, testimony) pairs and every
    pair of these testimonies (named before or now) changed, except for the entities in
    `whole` (recomputed whole anyway). Gives the entities updated here and those to recompute
    whole: the ones whose mention rows are not up to date (queued in `EntityMentionStale`,
    after a rebuild or a recompute) or whose figures disagree with their rows.

    For each pair, the testimony's rows in the entity are replaced by its current ones (none if
    it no longer names the entity): the entity's count changes by whether the testimony is
    counted now and was before; a witness key of the testimony counts as new or gone only if no
    other testimony of the entity has it (one look-up per key among the entity's kept rows, so
    removing a witness another testimony shares is exact); the countries and the first and last
    year are re-read from the entity's kept sums of the period-filtered page
    (`EntityPeriodFigure`, changed here first) with no period (one grouped, index-only read: a
    year is not monotone in the testimonies added, since a country's latest end replaces its
    earlier one among the years compared), whose witnesses must equal the count above.
    `refresh` holds its lock meanwhile (PostgreSQL), so that two requests applying pairs of one
    entity do not count a key twice."""
    from testimony.views.entities import _mentions, period_figures

    # The queue first: a rewrite (`refresh_mentions`) that commits after it is read has
    # committed before the kept rows below are read.
    queued = set(EntityMentionStale.objects.values_list("entity_id", flat=True).distinct())
    involved = sorted({testimony for _entity, testimony in pairs} | testimony_ids)
    mentions, params = _mentions(Testimony.objects.filter(pk__in=involved), None)
    with connection.cursor() as cursor:
        cursor.execute(f"{mentions} SELECT entity_id, testimony_id FROM mention", params)  # noqa: S608  # nosec B608
        now = set(cursor.fetchall())
    # With the period and viewers each was counted under (`EntityPeriodCount`).
    kept_rows = {
        (entity, testimony): ((start, end), author, interviewer)
        for entity, testimony, start, end, author, interviewer in EntityMention.objects.filter(
            testimony_id__in=involved
        ).values_list(
            "entity_id",
            "testimony_id",
            "period_start",
            "period_end",
            "created_by_id",
            "interviewer_id",
        )
    }
    kept = set(kept_rows)
    work = pairs | {
        (entity, testimony) for entity, testimony in now | kept if testimony in testimony_ids
    }
    entities = {entity for entity, _testimony in work} - whole
    if not entities:
        return Applied(set(), set(), set(), {})
    if None in queued:
        return Applied(set(), entities, set(), {})
    recompute = entities & queued
    existing = set(
        Entity.objects.filter(pk__in=sorted(entities - recompute)).values_list("pk", flat=True)
    )
    # Entities deleted (a merge): their figures went with them; their rows go too.
    gone = sorted(entities - recompute - existing)
    tables = (EntityMention, EntityMentionFacts, EntityMentionWitness, EntityMentionFilter)
    if gone:
        for model in (*tables, EntityPeriodCount, EntityPeriodFigure):
            model.objects.filter(entity_id__in=gone).delete()
    if not existing:
        return Applied(set(), recompute, set(), {})
    testimonies = sorted({testimony for entity, testimony in work if entity in existing})
    # Every kept or current pair among these entities and testimonies: rewriting a pair that
    # did not change is exact too (its rows come back the same).
    work = {
        (entity, testimony)
        for entity, testimony in pairs | now | kept
        if entity in existing and testimony in testimonies
    }
    before = work & kept
    after = work & now
    keys_before: dict[int, set[str]] = defaultdict(set)
    pair_keys: dict[tuple[int, int], set[str]] = defaultdict(set)
    # No pair kept before (a new link): none of the four tables holds a row of these entities
    # and testimonies (each pair kept has its `EntityMention` row, and `kept` holds every one
    # of these testimonies'), so there is nothing to read or delete (five statements).
    if before:
        for entity, testimony, witness in EntityMentionWitness.objects.filter(
            testimony_id__in=testimonies, entity_id__in=sorted(existing)
        ).values_list("entity_id", "testimony_id", "witness"):
            if (entity, testimony) in before:
                keys_before[entity].add(witness)
                pair_keys[(entity, testimony)].add(witness)
    # What each rewritten pair counted, as kept: taken off the page's figures under a period
    # (`EntityPeriodFigure`) and, for a testimony no longer named, the per-user and per-filter
    # figures (`_apply_scoped`).
    removed = before - after
    facts_before: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    if before:
        for entity, testimony, country, began, ended in EntityMentionFacts.objects.filter(
            testimony_id__in=sorted({testimony for _entity, testimony in before}),
            entity_id__in=sorted({entity for entity, _testimony in before}),
        ).values_list("entity_id", "testimony_id", "country_id", "began", "ended"):
            if (entity, testimony) in before:
                facts_before[(entity, testimony)].append((country, began, ended))
    witnesses: dict[int, set[str]] = defaultdict(set)
    for testimony, witness in TestimonyWitnessKey.objects.filter(
        testimony_id__in=testimonies
    ).values_list("testimony_id", "witness"):
        witnesses[testimony].add(witness)
    facts: dict[int, list[tuple]] = defaultdict(list)
    for testimony, country, began, ended in TestimonyFacts.objects.filter(
        testimony_id__in=testimonies
    ).values_list("testimony_id", "country_id", "began", "ended"):
        facts[testimony].append((country, began, ended))
    # Each testimony's period, and who sees it and its code (on its `EntityMention` rows); the
    # countries and sectors the list's filters match it by, its own and its postings' (on its
    # `EntityMentionFilter` rows).
    periods, viewers = {}, {}
    filters: dict[int, set[tuple[str, int]]] = defaultdict(set)
    country_filter, sector_filter = (dimension.value for dimension in EntityFilterStats.Dimension)
    for pk, start, end, author, interviewer, code, country, sector in Testimony.objects.filter(
        pk__in=testimonies
    ).values_list(
        "pk",
        "period_start",
        "period_end",
        "created_by_id",
        "interviewer_id",
        "case_code",
        "country_id",
        "sector_id",
    ):
        periods[pk] = (start, end)
        viewers[pk] = {"created_by_id": author, "interviewer_id": interviewer, "case_code": code}
        filters[pk] |= {(country_filter, country), (sector_filter, sector)}
    for testimony, country, sector in Posting.objects.filter(
        testimony_id__in=testimonies
    ).values_list("testimony_id", "country_id", "sector_id"):
        filters[testimony] |= {(country_filter, country), (sector_filter, sector)}
    filters = {
        pk: sorted((dimension, value) for dimension, value in values if value is not None)
        for pk, values in filters.items()
    }
    for model in tables if before else ():
        model.objects.filter(testimony_id__in=testimonies, entity_id__in=sorted(existing)).delete()
    keys_after: dict[int, set[str]] = defaultdict(set)
    rows = [[], [], [], []]
    for entity, testimony in sorted(after):
        start, end = periods[testimony]
        common = {
            "entity_id": entity,
            "testimony_id": testimony,
            "period_start": start,
            "period_end": end,
        }
        rows[0].append(EntityMention(**common, **viewers[testimony]))
        whose = {
            "created_by_id": viewers[testimony]["created_by_id"],
            "interviewer_id": viewers[testimony]["interviewer_id"],
        }
        rows[1].extend(
            EntityMentionFacts(**common, **whose, country_id=country, began=began, ended=ended)
            for country, began, ended in facts[testimony]
        )
        rows[2].extend(
            EntityMentionWitness(**common, **whose, witness=key) for key in witnesses[testimony]
        )
        rows[3].extend(
            EntityMentionFilter(
                entity_id=entity,
                testimony_id=testimony,
                dimension=dimension,
                value=value,
                created_by_id=viewers[testimony]["created_by_id"],
                interviewer_id=viewers[testimony]["interviewer_id"],
            )
            for dimension, value in filters.get(testimony, ())
        )
        keys_after[entity] |= witnesses[testimony]
    for model, objects in zip(tables, rows, strict=True):
        model.objects.bulk_create(objects, batch_size=1000)
    # The period-filtered list's sums: each rewritten pair's old row taken off, its new one
    # added. Rows that would go below zero disagree with the mention rows: recounted whole.
    changes: Changes = {}
    for entity, testimony in before:
        add_pair(changes, entity, *kept_rows[(entity, testimony)], sign=-1)
    for entity, testimony in after:
        add_pair(
            changes,
            entity,
            periods[testimony],
            viewers[testimony]["created_by_id"],
            viewers[testimony]["interviewer_id"],
            sign=1,
        )
    recompute |= _apply_period_changes(changes)
    # The keys another testimony of the entity still has: neither new nor gone; with those
    # testimonies' periods, which the page's witnesses under a period count the key by.
    candidates = set().union(*keys_before.values(), *keys_after.values())
    others: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    if candidates:
        for entity, witness, start, end in (
            EntityMentionWitness.objects.filter(
                entity_id__in=sorted(existing), witness__in=sorted(candidates)
            )
            .exclude(testimony_id__in=testimonies)
            .values_list("entity_id", "witness", "period_start", "period_end")
            .distinct()
        ):
            others[(entity, witness)].append((start, end))
    shared = set(others)
    # The page's figures under a period: each rewritten pair's facts taken off with its old
    # period and added with its new one; each of their witness keys taken off as its
    # testimonies' periods were and added as they are.
    figure_changes: FigureChanges = {}
    periods_before: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    periods_after: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    for entity, testimony in before:
        period = kept_rows[(entity, testimony)][0]
        add_facts(figure_changes, entity, period, facts_before[(entity, testimony)], -1)
        for key in pair_keys[(entity, testimony)]:
            periods_before[(entity, key)].append(period)
    for entity, testimony in after:
        add_facts(figure_changes, entity, periods[testimony], facts[testimony], 1)
        for key in witnesses[testimony]:
            periods_after[(entity, key)].append(periods[testimony])
    for entity_key in sorted(periods_before.keys() | periods_after.keys()):
        entity = entity_key[0]
        add_witness(figure_changes, entity, others[entity_key] + periods_before[entity_key], -1)
        add_witness(figure_changes, entity, others[entity_key] + periods_after[entity_key], 1)
    recompute |= _apply_figure_changes(figure_changes)
    old = {
        stats.entity_id: stats
        for stats in EntityStats.objects.filter(entity_id__in=sorted(existing))
    }
    # The countries and years over every testimony, from the page's kept sums just changed (a
    # few hundred rows, where the entity's facts rows are thousands); their witnesses are
    # what the keys above must come to.
    figures = period_figures(sorted(existing), {})
    updated, emptied = [], []
    for entity in sorted(existing):
        stats = old.get(entity)
        counted = stats.testimonies if stats else 0
        counted += sum(1 for pair in after if pair[0] == entity)
        counted -= sum(1 for pair in before if pair[0] == entity)
        new_keys = {
            key for key in keys_after[entity] - keys_before[entity] if (entity, key) not in shared
        }
        lost = {
            key for key in keys_before[entity] - keys_after[entity] if (entity, key) not in shared
        }
        seen = (stats.witnesses if stats else 0) + len(new_keys) - len(lost)
        if (
            counted < 0
            or seen < 0
            or (counted > 0) != (figures[entity].facts > 0)
            or (counted > 0 and seen != figures[entity].witnesses)
            or (stats is None and any(pair[0] == entity for pair in before))
        ):
            recompute.add(entity)  # disagrees with its rows: counted from scratch
            continue
        if counted == 0:
            emptied.append(entity)
            continue
        found = figures[entity]
        updated.append(
            EntityStats(
                entity_id=entity,
                testimonies=counted,
                witnesses=seen,
                first_year=found.first_year,
                last_year=found.last_year,
                countries=",".join(str(pk) for pk in sorted(found.countries)),
            )
        )
    if emptied:
        EntityStats.objects.filter(pk__in=emptied).delete()
    EntityStats.objects.bulk_create(
        updated,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["entity"],
        update_fields=FIGURES,
    )
    return Applied(
        existing - recompute,
        recompute,
        {pair for pair in work if pair[0] not in recompute},
        {
            pair: (
                Counted(False, facts_before[pair], pair_keys[pair])
                if pair in removed
                else Counted(True, facts[pair[1]], witnesses[pair[1]])
            )
            for pair in before ^ after
            if pair[0] not in recompute
        },
    )
