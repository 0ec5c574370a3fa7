"""The per-user and per-filter figures (`EntityViewerStats`, `EntityFilterStats`): the
rows a testimony counts in (`_memberships`), a link's testimony's contribution applied to
those rows under `refresh`'s lock (`_apply_scoped`, `_scope_delta`), and the rows queued
because it could not be applied exactly recounted by `refresh_breakdowns`."""

from collections import defaultdict

from django.db import connection, models, transaction

from testimony.entity_stats.counting import (
    FIGURES,
    Counted,
    _periods_read,
    _periods_text,
    _widen,
    _years_and_countries,
)
from testimony.entity_stats.locking import serialized_if_queued, without_jit
from testimony.entity_stats.recount import _delete_scopes, _recompute
from testimony.models import Posting, Testimony
from testimony.models.entity_stats import (
    EntityBreakdownStale,
    EntityFilterStats,
    EntityMentionStale,
    EntityMentionWitness,
    EntityViewerStats,
)

# Testimonies per statement of `_memberships` (their ids are sent seven times).
MEMBERSHIP_CHUNK = 2_000


def _memberships(testimonies: set[int]) -> dict[int, set[tuple[str, int]]]:
    """The per-user and per-filter rows each of these testimonies counts in, as `_recompute`
    counts them: (scope, value) for each user who sees it without seeing every testimony
    (author, interviewer, those it is shared with) and each country and sector a filter matches
    it by (its own, its postings'). A testimony since deleted is left out. One statement (three
    through the ORM cost about 1 ms each, twice per refresh that applies a link)."""
    if not testimonies:
        return {}
    country_filter, sector_filter = (dimension.value for dimension in EntityFilterStats.Dimension)
    viewer = EntityBreakdownStale.VIEWER
    testimony, posting = Testimony._meta.db_table, Posting._meta.db_table
    shared = Testimony.shared_with.through._meta.db_table
    # (table, its testimony column, scope, value column); the testimony's own row first.
    branches = [
        (testimony, "id", viewer, "created_by_id"),
        (testimony, "id", viewer, "interviewer_id"),
        (testimony, "id", country_filter, "country_id"),
        (testimony, "id", sector_filter, "sector_id"),
        (shared, "testimony_id", viewer, "user_id"),
        (posting, "testimony_id", country_filter, "country_id"),
        (posting, "testimony_id", sector_filter, "sector_id"),
    ]
    ordered = sorted(testimonies)
    rows = []
    with connection.cursor() as cursor:
        for start in range(0, len(ordered), MEMBERSHIP_CHUNK):
            chunk = ordered[start : start + MEMBERSHIP_CHUNK]
            listed = ", ".join(["%s"] * len(chunk))
            # Table and column names are the models' own; values are parameters.
            cursor.execute(
                " UNION ALL ".join(
                    f"SELECT {key}, %s, {column}, {own} FROM {table} WHERE {key} IN ({listed})"  # noqa: S608  # nosec B608
                    for own, (table, key, _scope, column) in enumerate(branches)
                ),
                [value for _table, _key, scope, _column in branches for value in (scope, *chunk)],
            )
            rows.extend(cursor.fetchall())
    # A testimony's own row says it still exists.
    members: dict[int, set[tuple[str, int]]] = {
        pk: set() for pk, _scope, _value, branch in rows if branch == 0
    }
    for pk, scope, value, _branch in rows:
        if pk in members and value is not None:
            members[pk].add((scope, value))
    return members


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


def refresh_breakdowns() -> None:
    """Bring the per-user and per-filter figures (`EntityViewerStats`, `EntityFilterStats`)
    of the entities `refresh` recomputed up to date (one query when none is stale). Call
    `refresh` first: these are counted from the facts and witness keys it keeps. An entity
    queued with scopes only (a link added or removed) has only those rows recounted, from its
    kept mention rows; one whose mention rows wait for a rewrite is recounted whole."""
    table = EntityBreakdownStale._meta.db_table
    with transaction.atomic():
        # The lock before the rows (`serialized_if_queued`): after `refresh`es in progress, and
        # none during, so the testimonies recounted are the kept mention rows they committed,
        # to which the next ones apply their pairs.
        if not serialized_if_queued(EntityBreakdownStale):
            return
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
        queued = set(EntityMentionStale.objects.values_list("entity_id", flat=True).distinct())
        unkept = set(scopes) | whole if None in queued else (set(scopes) | whole) & queued
        whole |= set(scopes) & unkept
        scopes = {entity: pairs for entity, pairs in scopes.items() if entity not in unkept}
        # Recounted from the links themselves only where the kept mention rows wait for a
        # rewrite (and `refresh` recounts those entities whole again for any pair): a link
        # committed since the last `refresh` is counted when its pair is applied, not here
        # too (it was counted twice when two requests wrote and refreshed at once).
        if whole & unkept:
            _recompute(sorted(whole & unkept), breakdowns=True)
        if whole - unkept:
            _recompute(sorted(whole - unkept), breakdowns=True, kept=True)
        if scopes:
            _recompute(sorted(scopes), breakdowns=True, scopes=scopes)
