"""The whole recount (`_recompute`): an entity's figures for everyone, or its per-user and
per-filter rows (all of them, or some scopes only), counted from every testimony naming
it; what the deltas fall back to where they cannot be exact."""

from collections import defaultdict

from django.db import connection, models

from testimony.entity_stats.counting import FIGURES, _figures
from testimony.models import EntityStats, Posting, Testimony
from testimony.models.entity_stats import (
    EntityBreakdownStale,
    EntityFilterStats,
    EntityMention,
    EntityViewerStats,
    TestimonyFacts,
    TestimonyWitnessKey,
)


def _recompute(
    entity_ids: list[int] | None,
    breakdowns: bool,
    scopes: dict[int, set[tuple[str, int]]] | None = None,
    kept: bool = False,
) -> None:
    """Exact figures of these entities (None: all): over all testimonies (`EntityStats`), or,
    `breakdowns`, over each user's own and shared ones (`EntityViewerStats`) and under each
    country or sector filter (`EntityFilterStats`). Read in three statements (the mentions,
    the kept facts and witness keys of their testimonies), or five (also the testimonies'
    authors, interviewers, countries and sectors, the postings' and the sharings), and counted
    here. With `scopes` (breakdowns only), only those (scope, value) rows of each entity are
    recounted, reading the testimonies from its kept mention rows (`EntityMention`, up to date
    for these entities: `refresh_breakdowns` checks) instead of the links and postings; with
    `kept` (breakdowns only), all of their rows, from those kept mention rows too."""
    from testimony.views.entities import _mentions

    if entity_ids is not None and not entity_ids:
        return
    if scopes is None and not kept:
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
