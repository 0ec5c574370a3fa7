"""Keeps the corroboration pages' kept data (models/entity_stats.py) equal to what they would
compute from the links, postings, persons and testimonies themselves.

Triggers (migrations 0027, 0029 and 0033) append to `EntityStatsStale` whatever a write
touched: an (entity, testimony) pair (a link added, removed or moved by a merge; a posting's
former employer or site) or a testimony (a new one, a posting, a witness, a name digest, the
testimony's own country, sector or period, its author, interviewer or sharing). `refresh` takes
those rows off the table in one statement, recomputes the stale testimonies' facts and witness
keys, and applies each changed pair to its entity's figures for everyone and kept mention rows
(`_apply_pairs`: a fixed number of queries, whose cost grows with the pairs, not with the
testimonies naming the entity), or recounts an entity whole where a pair cannot be applied
exactly; a link's testimony's contribution is applied to the per-user and per-filter rows of
its scopes in the same way (`_apply_scoped`), and the rows it cannot apply exactly are recounted
by `refresh_breakdowns`, in those scopes only or whole; `refresh_entity_pages` inserts that
testimony into the entity page's kept pages and timeline, or takes it out (`_apply_page_pairs`),
or recounts them whole. One transaction each.
Rows a concurrent write adds meanwhile stay for the next refresh.
`refresh_exportable` does the same for the exportable testimonies from `ExportableStale`.
"""

import json
from collections import defaultdict
from itertools import chain
from typing import NamedTuple

from django.db import connection, models, transaction

from testimony.models import (
    Entity,
    EntityStats,
    EntityStatsStale,
    Person,
    PersonNameIndex,
    Posting,
    Testimony,
)
from testimony.models.entity_stats import (
    EntityBreakdownStale,
    EntityExportable,
    EntityFilterStats,
    EntityMention,
    EntityMentionFacts,
    EntityMentionStale,
    EntityMentionWitness,
    EntityPage,
    EntityPageStale,
    EntityTimeline,
    EntityViewerStats,
    ExportableStale,
    ExportableTestimony,
    TestimonyFacts,
    TestimonyWitnessKey,
)

# More stale testimonies than this: recompute every entity (one pass) rather than look them up.
FULL_REBUILD_TESTIMONIES = 2_000

# An arbitrary constant: the key of the PostgreSQL advisory lock that serializes the refreshes
# that found rows to take (the audit log's is `audit.AUDIT_LOCK_KEY`).
REFRESH_LOCK_KEY = 7_211_094_458


def without_jit() -> None:
    """No JIT compilation for the rest of this transaction (PostgreSQL): the aggregates here are
    estimated at millions of rows when they read thousands, and compiling them (optimized and
    inlined above a cost of 500,000) took longer than running them: 350 ms of a 500 ms
    statement at 100,000 testimonies. Nothing outside a transaction (SET LOCAL needs one)."""
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")


def serialized() -> None:
    """Wait for, then hold until this transaction ends, the lock of the refreshes that found
    rows to take (PostgreSQL; SQLite has one writer at a time): what `_apply_pairs` reads (the
    kept rows, the figures, the queue of rows to rewrite) is then what the previous one
    committed, and no two add the same testimony or witness key to an entity. Taken by
    `refresh` only, after its queue's rows are taken, and `refresh` is every transaction's first
    call here (pages, the rebuild task): whoever waits holds no other queue's rows, so no two
    transactions wait for each other."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REFRESH_LOCK_KEY])


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
        applied = Applied(set(), set(), set(), set())
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


class Counted(NamedTuple):
    """A testimony's contribution to an entity's figures: added (named now, not before) or
    removed, with its facts (country, began, ended) and witness keys as counted."""

    added: bool
    facts: list[tuple]
    keys: set[str]


def _memberships(testimonies: set[int]) -> dict[int, set[tuple[str, int]]]:
    """The per-user and per-filter rows each of these testimonies counts in, as `_recompute`
    counts them: (scope, value) for each user who sees it without seeing every testimony
    (author, interviewer, those it is shared with) and each country and sector a filter matches
    it by (its own, its postings'). A testimony since deleted is left out. Three statements."""
    if not testimonies:
        return {}
    ordered = sorted(testimonies)
    country_filter, sector_filter = EntityFilterStats.Dimension
    viewer = EntityBreakdownStale.VIEWER
    members: dict[int, set[tuple[str, int]]] = {}
    for pk, author, interviewer, country, sector in Testimony.objects.filter(
        pk__in=ordered
    ).values_list("pk", "created_by_id", "interviewer_id", "country_id", "sector_id"):
        members[pk] = {
            (viewer, author),
            (viewer, interviewer),
            (country_filter.value, country),
            (sector_filter.value, sector),
        }
    for testimony, user in Testimony.shared_with.through.objects.filter(
        testimony_id__in=ordered
    ).values_list("testimony_id", "user_id"):
        members[testimony].add((viewer, user))
    for testimony, country, sector in Posting.objects.filter(testimony_id__in=ordered).values_list(
        "testimony_id", "country_id", "sector_id"
    ):
        members[testimony] |= {(country_filter.value, country), (sector_filter.value, sector)}
    return {
        pk: {(scope, value) for scope, value in rows if value is not None}
        for pk, rows in members.items()
    }


# More kept witness rows than this sharing the keys of one refresh's moved testimonies (a key
# named in thousands of testimonies): their entities' scopes are recounted instead.
SHARED_KEYS_ROWS = 5_000


def _apply_scoped(
    moved: dict[tuple[int, int], Counted], members: dict[int, set[tuple[str, int]]]
) -> set[tuple[int, str, int]]:
    """Add to, or remove from, each per-user and per-filter row (`EntityViewerStats`,
    `EntityFilterStats`) a moved testimony counts in (`_memberships`) that testimony's
    contribution, as `_apply_pairs` does for the figures for everyone; gives the rows
    (entity, scope, value) it could not apply exactly, to be recounted (`refresh_breakdowns`).

    The testimony count moves by one. A witness key is new, or gone, in a row only if no other
    testimony of the entity in that row's scope has it: the entity's other testimonies with the
    key are looked up among its kept witness rows (already rewritten by `_apply_pairs`), and
    their scopes read. Countries and years come from the row's kept `periods` (each country's
    testimonies, earliest start, latest end): an addition widens its countries' periods; a
    removal lowers its countries' counts, drops a country none is left in, and is recounted
    instead when the testimony held its country's earliest start or latest end (another may
    hold it too; only a read would tell). Also recounted: a row queued for a recount already
    (it may be behind: a recount in progress elsewhere still shows its queue rows, see
    `serialized`), a row without periods (written before migration 0034), and figures that
    disagree (a negative count). Runs under `refresh`'s lock, after `_apply_pairs`."""
    if not moved:
        return set()
    wanted: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for entity, testimony in moved:
        wanted[entity] |= members[testimony]
    entities = sorted(wanted)
    unapplied: set[tuple[int, str, int]] = set()
    queued = EntityBreakdownStale.objects.filter(
        models.Q(entity_id__in=entities) | models.Q(entity_id=None)
    ).values_list("entity_id", "scope", "value")
    for entity, scope, value in queued:
        for pending in [entity] if entity is not None else entities:
            if not scope:
                unapplied |= {(pending, *row) for row in wanted.pop(pending, ())}
            elif (scope, value) in wanted.get(pending, ()):
                wanted[pending].discard((scope, value))
                unapplied.add((pending, scope, value))
    wanted = {entity: rows for entity, rows in wanted.items() if rows}
    if not wanted:
        return unapplied
    # The entities' other testimonies with the moved testimonies' keys (after `_apply_pairs`).
    keys = {key for counted in moved.values() for key in counted.keys}
    holders: dict[tuple[int, str], set[int]] = defaultdict(set)
    if keys:
        rows = list(
            EntityMentionWitness.objects.filter(
                entity_id__in=sorted(wanted), witness__in=sorted(keys)
            ).values_list("entity_id", "witness", "testimony_id")[: SHARED_KEYS_ROWS + 1]
        )
        if len(rows) > SHARED_KEYS_ROWS:
            return unapplied | {(e, *row) for e, rows in wanted.items() for row in rows}
        for entity, key, testimony in rows:
            if (entity, testimony) not in moved:
                holders[(entity, key)].add(testimony)
    members = {
        **_memberships({t for ts in holders.values() for t in ts} - set(members)),
        **members,
    }
    viewer = EntityBreakdownStale.VIEWER
    current: dict[tuple[int, str, int], tuple] = {}
    viewer_rows = models.Q(pk__in=[])
    filter_rows = models.Q(pk__in=[])
    for entity, rows in wanted.items():
        users = sorted(value for scope, value in rows if scope == viewer)
        if users:
            viewer_rows |= models.Q(entity_id=entity, user_id__in=users)
        for scope in {scope for scope, _value in rows} - {viewer}:
            values = sorted(value for other, value in rows if other == scope)
            filter_rows |= models.Q(entity_id=entity, dimension=scope, value__in=values)
    for user, entity, *figures in EntityViewerStats.objects.filter(viewer_rows).values_list(
        "user_id", "entity_id", "testimonies", "witnesses", "periods"
    ):
        current[(entity, viewer, user)] = tuple(figures)
    for dimension, value, entity, *figures in EntityFilterStats.objects.filter(
        filter_rows
    ).values_list("dimension", "value", "entity_id", "testimonies", "witnesses", "periods"):
        current[(entity, dimension, value)] = tuple(figures)
    by_entity: dict[int, list[tuple[int, Counted]]] = defaultdict(list)
    for (entity, testimony), counted in sorted(moved.items()):
        by_entity[entity].append((testimony, counted))
    updated: dict[tuple[int, str, int], dict] = {}
    emptied: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for entity, rows in wanted.items():
        for scope, value in sorted(rows):
            figures = _scope_delta(
                entity,
                (scope, value),
                current.get((entity, scope, value), (0, 0, "[]")),
                [(t, c) for t, c in by_entity[entity] if (scope, value) in members[t]],
                holders,
                members,
            )
            if figures is None:
                unapplied.add((entity, scope, value))
            elif figures["testimonies"] == 0:
                emptied[entity].add((scope, value))
            else:
                updated[(entity, scope, value)] = figures
    if emptied:
        _delete_scopes(emptied)
    EntityViewerStats.objects.bulk_create(
        [
            EntityViewerStats(user_id=value, entity_id=entity, **figures)
            for (entity, scope, value), figures in updated.items()
            if scope == viewer
        ],
        batch_size=500,
        update_conflicts=True,
        unique_fields=["user_id", "entity"],
        update_fields=[*FIGURES, "periods"],
    )
    EntityFilterStats.objects.bulk_create(
        [
            EntityFilterStats(dimension=scope, value=value, entity_id=entity, **figures)
            for (entity, scope, value), figures in updated.items()
            if scope != viewer
        ],
        batch_size=500,
        update_conflicts=True,
        unique_fields=["dimension", "value", "entity"],
        update_fields=[*FIGURES, "periods"],
    )
    return unapplied


def _scope_delta(
    entity: int,
    row: tuple[str, int],
    figures: tuple[int, int, str | None],
    changes: list[tuple[int, Counted]],
    holders: dict[tuple[int, str], set[int]],
    members: dict[int, set[tuple[str, int]]],
) -> dict | None:
    """One per-user or per-filter row's figures after these testimonies of the scope were
    added or removed (`_apply_scoped`), or None when they cannot be known exactly from the
    row."""
    testimonies, witnesses, kept = figures
    if kept is None:
        return None
    periods = _periods_read(kept)
    for _testimony, counted in changes:
        if counted.added:
            continue
        for country, began, ended in counted.facts:
            if (period := periods.get(country)) is None or period[2] < 1:
                return None
            period[2] -= 1
            if period[2] == 0:
                del periods[country]
            elif (began is not None and began == period[0]) or (
                ended is not None and ended == period[1]
            ):
                return None  # it held the country's earliest start or latest end
    for _testimony, counted in changes:
        if counted.added:
            for country, began, ended in counted.facts:
                if (period := periods.get(country)) is None:
                    periods[country] = [began, ended, 1]
                else:
                    _widen(period, began, ended)
                    period[2] += 1
    testimonies += sum(1 if counted.added else -1 for _testimony, counted in changes)
    for key in set().union(*(counted.keys for _testimony, counted in changes)):
        # Another testimony of the entity in this scope has it: neither new nor gone.
        scopes = [members.get(other) for other in holders.get((entity, key), ())]
        if None in scopes:
            return None  # a testimony since deleted: its scopes are unknown
        if any(row in other for other in scopes):
            continue
        had = any(not c.added and key in c.keys for _t, c in changes)
        has = any(c.added and key in c.keys for _t, c in changes)
        witnesses += has - had
    if testimonies < 0 or witnesses < 0 or (testimonies > 0) != bool(periods):
        return None
    return {
        "testimonies": testimonies,
        "witnesses": witnesses,
        **_years_and_countries(periods),
        "periods": _periods_text(periods),
    }


def _apply_pairs(pairs: set[tuple[int, int]], testimony_ids: set[int], whole: set[int]) -> Applied:
    """Apply to the kept figures (`EntityStats`) and mention rows (`EntityMention`,
    `EntityMentionFacts`, `EntityMentionWitness`) what these (entity, testimony) pairs and
    every pair of these testimonies (named before or now) changed, except for the entities in
    `whole` (recomputed whole anyway). Gives the entities updated here and those to recompute
    whole: the ones whose mention rows are not up to date (queued in `EntityMentionStale`,
    after a rebuild or a recompute) or whose figures disagree with their rows.

    For each pair, the testimony's rows in the entity are replaced by its current ones (none if
    it no longer names the entity): the entity's count changes by whether the testimony is
    counted now and was before; a witness key of the testimony counts as new or gone only if no
    other testimony of the entity has it (one look-up per key among the entity's kept rows, so
    removing a witness another testimony shares is exact); the countries and the first and last
    year are re-read from the entity's kept facts (one grouped, index-only read: a year is not
    monotone in the testimonies added, since a country's latest end replaces its earlier one
    among the years compared). `refresh` holds its lock meanwhile (PostgreSQL), so that two
    requests applying pairs of one entity do not count a key twice."""
    from testimony.views.entities import _mentions

    # The queue first: a rewrite (`refresh_mentions`) that commits after it is read has
    # committed before the kept rows below are read.
    queued = set(EntityMentionStale.objects.values_list("entity_id", flat=True).distinct())
    involved = sorted({testimony for _entity, testimony in pairs} | testimony_ids)
    mentions, params = _mentions(Testimony.objects.filter(pk__in=involved), None)
    with connection.cursor() as cursor:
        cursor.execute(f"{mentions} SELECT entity_id, testimony_id FROM mention", params)  # noqa: S608  # nosec B608
        now = set(cursor.fetchall())
    kept = set(
        EntityMention.objects.filter(testimony_id__in=involved).values_list(
            "entity_id", "testimony_id"
        )
    )
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
    tables = (EntityMention, EntityMentionFacts, EntityMentionWitness)
    if gone:
        for model in tables:
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
    for entity, testimony, witness in EntityMentionWitness.objects.filter(
        testimony_id__in=testimonies, entity_id__in=sorted(existing)
    ).values_list("entity_id", "testimony_id", "witness"):
        if (entity, testimony) in before:
            keys_before[entity].add(witness)
            pair_keys[(entity, testimony)].add(witness)
    # What a testimony no longer named counted, as kept (for the per-user and per-filter
    # figures, `_apply_scoped`).
    removed = before - after
    facts_before: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    if removed:
        for entity, testimony, country, began, ended in EntityMentionFacts.objects.filter(
            testimony_id__in=sorted({testimony for _entity, testimony in removed}),
            entity_id__in=sorted({entity for entity, _testimony in removed}),
        ).values_list("entity_id", "testimony_id", "country_id", "began", "ended"):
            if (entity, testimony) in removed:
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
    periods = {
        pk: (start, end)
        for pk, start, end in Testimony.objects.filter(pk__in=testimonies).values_list(
            "pk", "period_start", "period_end"
        )
    }
    for model in tables:
        model.objects.filter(testimony_id__in=testimonies, entity_id__in=sorted(existing)).delete()
    keys_after: dict[int, set[str]] = defaultdict(set)
    rows = [[], [], []]
    for entity, testimony in sorted(after):
        start, end = periods[testimony]
        common = {
            "entity_id": entity,
            "testimony_id": testimony,
            "period_start": start,
            "period_end": end,
        }
        rows[0].append(EntityMention(**common))
        rows[1].extend(
            EntityMentionFacts(**common, country_id=country, began=began, ended=ended)
            for country, began, ended in facts[testimony]
        )
        rows[2].extend(EntityMentionWitness(**common, witness=key) for key in witnesses[testimony])
        keys_after[entity] |= witnesses[testimony]
    for model, objects in zip(tables, rows, strict=True):
        model.objects.bulk_create(objects, batch_size=1000)
    # The keys another testimony of the entity still has: neither new nor gone.
    candidates = set().union(*keys_before.values(), *keys_after.values())
    shared = (
        set(
            EntityMentionWitness.objects.filter(
                entity_id__in=sorted(existing), witness__in=sorted(candidates)
            )
            .exclude(testimony_id__in=testimonies)
            .values_list("entity_id", "witness")
            .distinct()
        )
        if candidates
        else set()
    )
    old = {
        stats.entity_id: stats
        for stats in EntityStats.objects.filter(entity_id__in=sorted(existing))
    }
    countries: dict[int, dict[int | None, list]] = defaultdict(dict)
    for entity, country, began, ended in (
        EntityMentionFacts.objects.filter(entity_id__in=sorted(existing))
        .values("entity_id", "country_id")
        .annotate(began=models.Min("began"), ended=models.Max("ended"))
        .values_list("entity_id", "country_id", "began", "ended")
        .order_by()
    ):
        countries[entity][country] = [began, ended]
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
            or (counted > 0) != bool(countries.get(entity))
            or (stats is None and any(pair[0] == entity for pair in before))
        ):
            recompute.add(entity)  # disagrees with its rows: counted from scratch
            continue
        if counted == 0:
            emptied.append(entity)
            continue
        updated.append(
            EntityStats(
                entity_id=entity,
                testimonies=counted,
                witnesses=seen,
                **_years_and_countries(countries[entity]),
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


def _drained(queue: type[models.Model]) -> set[int | None]:
    """Empty an entity queue (`EntityBreakdownStale`, `EntityMentionStale` ...) in one
    statement and give the entity ids it held; None among them is a rebuild marker."""
    with connection.cursor() as cursor:
        # Table name is the model's own.
        cursor.execute(f"DELETE FROM {queue._meta.db_table} RETURNING entity_id")  # noqa: S608  # nosec B608
        return {entity for (entity,) in cursor.fetchall()}


def refresh_breakdowns() -> None:
    """Bring the per-user and per-filter figures (`EntityViewerStats`, `EntityFilterStats`)
    of the entities `refresh` recomputed up to date (one query when none is stale). Call
    `refresh` first: these are counted from the facts and witness keys it keeps. An entity
    queued with scopes only (a link added or removed) has only those rows recounted, from its
    kept mention rows; one whose mention rows wait for a rewrite is recounted whole."""
    table = EntityBreakdownStale._meta.db_table
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Table name is the model's own.
            cursor.execute(f"DELETE FROM {table} RETURNING entity_id, scope, value")  # noqa: S608  # nosec B608
            rows = cursor.fetchall()
        if not rows:
            return
        without_jit()
        if any(entity is None for entity, _scope, _value in rows):
            _recompute(None, breakdowns=True)
            return
        whole = {entity for entity, scope, _value in rows if not scope}
        scopes: dict[int, set[tuple[str, int]]] = defaultdict(set)
        for entity, scope, value in rows:
            if scope and entity not in whole:
                scopes[entity].add((scope, value))
        if scopes:
            queued = set(EntityMentionStale.objects.values_list("entity_id", flat=True).distinct())
            unkept = set(scopes) if None in queued else set(scopes) & queued
            whole |= unkept
            scopes = {entity: pairs for entity, pairs in scopes.items() if entity not in unkept}
        if whole:
            _recompute(sorted(whole), breakdowns=True)
        if scopes:
            _recompute(sorted(scopes), breakdowns=True, scopes=scopes)


def refresh_mentions() -> None:
    """Bring the kept mention rows (`EntityMention`, `EntityMentionFacts`,
    `EntityMentionWitness`) of the entities `refresh` recomputed up to date (one query when
    none is stale). Call `refresh` first: they are copied from the facts and witness keys it
    keeps."""
    with transaction.atomic():
        ids = _drained(EntityMentionStale)
        if not ids:
            return
        without_jit()
        _recompute_mentions(None if None in ids else sorted(ids))


def _recompute_mentions(entity_ids: list[int] | None) -> None:
    """`EntityMention`, `EntityMentionFacts` and `EntityMentionWitness` of these entities (None:
    all), rewritten in SQL from the links, postings, the testimonies' own periods and their
    kept facts and witness keys (which `refresh` brought up to date before queueing them)."""
    from testimony.views.entities import _mentions

    if entity_ids is not None and not entity_ids:
        return
    mentions, params = _mentions(None, entity_ids)
    tables = [
        model._meta.db_table for model in (EntityMention, EntityMentionFacts, EntityMentionWitness)
    ]
    mention_table, facts_table, witness_table = tables
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
        cursor.execute(
            f"{mentions} INSERT INTO {mention_table} ({columns}) "  # noqa: S608  # nosec B608
            "SELECT m.entity_id, m.testimony_id, t.period_start, t.period_end FROM mention m "
            f"JOIN {Testimony._meta.db_table} t ON t.id = m.testimony_id WHERE 1 = 1 "
            "ON CONFLICT DO NOTHING",
            params,
        )
        scope = "" if entity_ids is None else f"AND m.{where.removeprefix('WHERE ')}"
        cursor.execute(
            f"INSERT INTO {facts_table} ({columns}, country_id, began, ended) "  # noqa: S608  # nosec B608
            "SELECT m.entity_id, m.testimony_id, m.period_start, m.period_end, f.country_id, "
            f"f.began, f.ended FROM {mention_table} m "
            f"JOIN {TestimonyFacts._meta.db_table} f ON f.testimony_id = m.testimony_id "
            f"WHERE 1 = 1 {scope}",
            where_params,
        )
        cursor.execute(
            f"INSERT INTO {witness_table} ({columns}, witness) "  # noqa: S608  # nosec B608
            "SELECT m.entity_id, m.testimony_id, m.period_start, m.period_end, k.witness "
            f"FROM {mention_table} m "
            f"JOIN {TestimonyWitnessKey._meta.db_table} k ON k.testimony_id = m.testimony_id "
            f"WHERE 1 = 1 {scope}",
            where_params,
        )


# The columns every kept figure table shares.
FIGURES = ["testimonies", "witnesses", "first_year", "last_year", "countries"]

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


def _figures(
    testimonies: list[int],
    facts: dict[int, list[tuple]],
    keys: dict[int, list[str]],
    kept_periods: bool = False,
) -> dict:
    """The columns of `EntityStats` (and of the per-user and per-filter figures) for one
    entity over these testimonies, as the pages compute them: distinct witness keys; each
    country's earliest start and latest end, then the smallest and largest of their years.
    `kept_periods`: also those per-country periods with their testimonies (`periods` of the
    per-user and per-filter figures)."""
    periods: dict[int | None, list] = {}
    for country, began, ended in chain.from_iterable(map(facts.__getitem__, testimonies)):
        if (period := periods.get(country)) is None:
            periods[country] = [began, ended, 1]
            continue
        _widen(period, began, ended)
        period[2] += 1
    figures = {
        "testimonies": len(testimonies),
        "witnesses": len(set().union(*map(keys.__getitem__, testimonies))),
        **_years_and_countries(periods),
    }
    if kept_periods:
        figures["periods"] = _periods_text(periods)
    return figures


def _widen(period: list, began: str | None, ended: str | None) -> None:
    """A country's [earliest start, latest end, ...] with one more testimony's (NULL: no year)."""
    if began is not None and (period[0] is None or began < period[0]):
        period[0] = began
    if ended is not None and (period[1] is None or ended > period[1]):
        period[1] = ended


def _periods_text(periods: dict[int | None, list]) -> str:
    """`periods` as kept: [[country, testimonies, began, ended], ...] by country (NULL last)."""
    return json.dumps(
        [
            [country, period[2], period[0], period[1]]
            for country, period in sorted(
                periods.items(), key=lambda item: (item[0] is None, item[0] or 0)
            )
        ],
        separators=(",", ":"),
    )


def _periods_read(text: str) -> dict[int | None, list]:
    return {country: [began, ended, count] for country, count, began, ended in json.loads(text)}


def _years_and_countries(periods: dict[int | None, list[str | None]]) -> dict:
    """First and last year and the countries of `EntityStats` from each country's earliest
    start and latest end (the first two items of each value)."""
    from testimony.views.entities import _year

    years = [
        year for period in periods.values() for year in (_year(period[0]), _year(period[1])) if year
    ]
    return {
        "first_year": min(years, default=None),
        "last_year": max(years, default=None),
        "countries": ",".join(str(pk) for pk in sorted(pk for pk in periods if pk is not None)),
    }


def _recompute(
    entity_ids: list[int] | None,
    breakdowns: bool,
    scopes: dict[int, set[tuple[str, int]]] | None = None,
) -> None:
    """Exact figures of these entities (None: all): over all testimonies (`EntityStats`), or,
    `breakdowns`, over each user's own and shared ones (`EntityViewerStats`) and under each
    country or sector filter (`EntityFilterStats`). Read in three statements (the mentions,
    the kept facts and witness keys of their testimonies), or five (also the testimonies'
    authors, interviewers, countries and sectors, the postings' and the sharings), and counted
    here. With `scopes` (breakdowns only), only those (scope, value) rows of each entity are
    recounted, reading the testimonies from its kept mention rows (`EntityMention`, up to date
    for these entities: `refresh_breakdowns` checks) instead of the links and postings."""
    from testimony.views.entities import _mentions

    if entity_ids is not None and not entity_ids:
        return
    if scopes is None:
        mentions, params = _mentions(None, entity_ids)
    else:
        mentions = (
            "WITH mention (entity_id, testimony_id) AS (SELECT entity_id, testimony_id "  # noqa: S608  # nosec B608
            f"FROM {EntityMention._meta.db_table} "
            f"WHERE entity_id IN ({', '.join(['%s'] * len(entity_ids))}))"
        )
        params = [int(pk) for pk in entity_ids]
    named = "IN (SELECT testimony_id FROM mention)"
    testimony_table = Testimony._meta.db_table
    posting_table = Posting._meta.db_table
    shared_table = Testimony.shared_with.through._meta.db_table
    facts_table = TestimonyFacts._meta.db_table
    keys_table = TestimonyWitnessKey._meta.db_table
    facts: dict[int, list[tuple]] = defaultdict(list)
    keys: dict[int, list[str]] = defaultdict(list)
    shared: dict[int, list[int]] = defaultdict(list)
    with connection.cursor() as cursor:
        # Table names are the models' own; values are parameters.
        posted: dict[int, list[tuple]] = defaultdict(list)
        if not breakdowns:
            cursor.execute(
                f"{mentions} SELECT entity_id, testimony_id, NULL, NULL, NULL, NULL FROM mention",  # noqa: S608  # nosec B608
                params,
            )
            named_rows = cursor.fetchall()
        else:
            cursor.execute(
                f"{mentions} SELECT m.entity_id, m.testimony_id, t.created_by_id, "  # noqa: S608  # nosec B608
                "t.interviewer_id, t.country_id, t.sector_id FROM mention m "
                f"JOIN {testimony_table} t ON t.id = m.testimony_id",
                params,
            )
            named_rows = cursor.fetchall()
            # The countries and sectors the list's filters match a testimony by: its own and
            # its postings' (`views.entities._filtered_testimonies`).
            cursor.execute(
                f"{mentions} SELECT testimony_id, country_id, sector_id FROM {posting_table} "  # noqa: S608  # nosec B608
                f"WHERE testimony_id {named}",
                params,
            )
            for testimony, country, sector in cursor.fetchall():
                posted[testimony].append((country, sector))
            cursor.execute(
                f"{mentions} SELECT testimony_id, user_id FROM {shared_table} "  # noqa: S608  # nosec B608
                f"WHERE testimony_id {named}",
                params,
            )
            for testimony, user in cursor.fetchall():
                shared[testimony].append(user)
        cursor.execute(
            f"{mentions} SELECT testimony_id, country_id, began, ended FROM {facts_table} "  # noqa: S608  # nosec B608
            f"WHERE testimony_id {named}",
            params,
        )
        for testimony, country, began, ended in cursor.fetchall():
            facts[testimony].append((country, began, ended))
        cursor.execute(
            f"{mentions} SELECT testimony_id, witness FROM {keys_table} "  # noqa: S608  # nosec B608
            f"WHERE testimony_id {named}",
            params,
        )
        for testimony, witness in cursor.fetchall():
            keys[testimony].append(witness)
    # The testimonies behind each entity, for everyone, per user who sees them without
    # `view_all_testimonies` (`workflow.visible_testimonies`: author, interviewer, sharees) and
    # per country or sector a filter matches them by (their own or a posting's).
    everyone: dict[int, list[int]] = defaultdict(list)
    viewers: dict[tuple[int, int], list[int]] = defaultdict(list)
    filtered: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    country_filter, sector_filter = EntityFilterStats.Dimension
    wanted = scopes or {}
    for entity, testimony, author, interviewer, country, sector in named_rows:
        if not breakdowns:
            everyone[entity].append(testimony)
            continue
        only = wanted.get(entity)
        for user in {author, interviewer, *shared.get(testimony, ())} - {None}:
            if only is None or (EntityBreakdownStale.VIEWER, user) in only:
                viewers[(user, entity)].append(testimony)
        postings = posted.get(testimony, ())
        for dimension, values in (
            (country_filter, {country, *(pair[0] for pair in postings)}),
            (sector_filter, {sector, *(pair[1] for pair in postings)}),
        ):
            for value in values - {None}:
                if only is None or (dimension.value, value) in only:
                    filtered[(dimension, value, entity)].append(testimony)
    if not breakdowns:
        if entity_ids is None:
            EntityStats.objects.all().delete()
        else:
            # Those no testimony names any more (a link removed, a duplicate merged away).
            EntityStats.objects.filter(
                pk__in=[pk for pk in entity_ids if pk not in everyone]
            ).delete()
        EntityStats.objects.bulk_create(
            [
                EntityStats(entity_id=entity, **_figures(ids, facts, keys))
                for entity, ids in everyone.items()
            ],
            batch_size=500,
            update_conflicts=True,
            unique_fields=["entity"],
            update_fields=FIGURES,
        )
        return
    if entity_ids is None:
        EntityViewerStats.objects.all().delete()
        EntityFilterStats.objects.all().delete()
    elif scopes is None:
        EntityViewerStats.objects.filter(entity_id__in=entity_ids).delete()
        EntityFilterStats.objects.filter(entity_id__in=entity_ids).delete()
    else:
        _delete_scopes(scopes)
    EntityViewerStats.objects.bulk_create(
        [
            EntityViewerStats(
                user_id=user, entity_id=entity, **_figures(ids, facts, keys, kept_periods=True)
            )
            for (user, entity), ids in viewers.items()
        ],
        batch_size=1000,
        # Two requests refreshing the same entity at once: the later one's rows win.
        update_conflicts=True,
        unique_fields=["user_id", "entity"],
        update_fields=[*FIGURES, "periods"],
    )
    EntityFilterStats.objects.bulk_create(
        [
            EntityFilterStats(
                dimension=dimension,
                value=value,
                entity_id=entity,
                **_figures(ids, facts, keys, kept_periods=True),
            )
            for (dimension, value, entity), ids in filtered.items()
        ],
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["dimension", "value", "entity"],
        update_fields=[*FIGURES, "periods"],
    )


# Entities per statement when deleting their scoped rows (an OR of this many conditions).
SCOPE_CHUNK = 100


def _delete_scopes(scopes: dict[int, set[tuple[str, int]]]) -> None:
    """Delete these entities' rows of these scopes (`EntityViewerStats` for a user,
    `EntityFilterStats` for a country or sector), before they are written again."""
    entities = sorted(scopes)
    for start in range(0, len(entities), SCOPE_CHUNK):
        viewer = filters = models.Q(pk__in=[])
        for entity in entities[start : start + SCOPE_CHUNK]:
            per_scope: dict[str, list[int]] = defaultdict(list)
            for scope, value in scopes[entity]:
                per_scope[scope].append(value)
            for scope, values in per_scope.items():
                if scope == EntityBreakdownStale.VIEWER:
                    viewer |= models.Q(entity_id=entity, user_id__in=sorted(values))
                else:
                    filters |= models.Q(entity_id=entity, dimension=scope, value__in=sorted(values))
        EntityViewerStats.objects.filter(viewer).delete()
        EntityFilterStats.objects.filter(filters).delete()


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
    pages = dict(EntityPage.objects.filter(entity_id=entity).values_list("number", "testimony_ids"))
    if sorted(pages) != list(range(1, len(pages) + 1)):
        return False
    ids = [int(pk) for number in sorted(pages) for pk in pages[number].split(",") if pk]
    timeline = {
        year: [total, [int(pk) for pk in shown.split(",") if pk]]
        for year, total, shown in EntityTimeline.objects.filter(entity_id=entity).values_list(
            "year", "testimonies", "shown"
        )
    }
    kept = EntityExportable.objects.filter(entity_id=entity).values_list("testimonies", flat=True)
    exportable_count = kept.first()
    if exportable_count is None:
        if ids:
            return False
        exportable_count = 0
    testimonies = sorted({testimony for testimony, _added in changes})
    periods = {
        pk: (start, end)
        for pk, start, end in Testimony.objects.filter(pk__in=testimonies).values_list(
            "pk", "period_start", "period_end"
        )
    }
    exportable = set(
        ExportableTestimony.objects.filter(testimony_id__in=testimonies).values_list(
            "testimony_id", flat=True
        )
    )
    present = set(ids)
    changed_from = len(ids)
    for testimony, added in changes:
        if testimony not in periods:
            return False
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
            if testimony in present:
                return False
            # Its page: after the pages whose first testimony comes before it (compared with
            # the codes shown in its years at once); then its place among that page's.
            shown = {pk for year in years for pk in timeline.get(year, (0, []))[1]}
            before = _sorting_before(testimony, {*ids[::size], *shown})
            page = sum(pk in before for pk in ids[::size])
            low = max(page - 1, 0) * size
            block = ids[low : low + size]
            position = (
                low + len(_sorting_before(testimony, set(block) - before) | before & set(block))
                if page
                else 0
            )
            ids.insert(position, testimony)
            present.add(testimony)
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
            if testimony not in present:
                return False
            position = ids.index(testimony)
            del ids[position]
            present.discard(testimony)
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
    counted = EntityStats.objects.filter(entity_id=entity).values_list("testimonies", flat=True)
    if len(ids) != (counted.first() or 0) or exportable_count < 0:
        return False
    # The pages from the first one changed on are written again; the timeline and the count
    # (a few rows) whole.
    start = changed_from // size
    EntityPage.objects.filter(entity_id=entity, number__gt=start).delete()
    EntityPage.objects.bulk_create(
        (
            EntityPage(
                entity_id=entity,
                number=offset // size + 1,
                testimony_ids=",".join(map(str, ids[offset : offset + size])),
            )
            for offset in range(start * size, len(ids), size)
        ),
        batch_size=1000,
    )
    EntityTimeline.objects.filter(entity_id=entity).delete()
    EntityTimeline.objects.bulk_create(
        EntityTimeline(
            entity_id=entity, year=year, testimonies=total, shown=",".join(map(str, shown))
        )
        for year, (total, shown) in sorted(timeline.items())
    )
    if ids:
        EntityExportable.objects.update_or_create(
            entity_id=entity, defaults={"testimonies": exportable_count}
        )
    else:
        EntityExportable.objects.filter(entity_id=entity).delete()
    return True


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
