"""The period-filtered list's page figures kept as sums (`EntityPeriodFigure`): what a kept
facts row adds under its country, first year and last year (`add_facts`), what a witness key
adds however many of the entity's testimonies have it (`witness_parts`); the rows rewritten per
entity from the kept facts and witness rows (`_rewrite_period_figures`, with
`mentions._recompute_mentions`) or changed by the pairs `figures._apply_pairs` rewrites
(`_apply_figure_changes`). The list reads them in `views.entities._period_figure_summaries`.
"""

from collections import defaultdict
from collections.abc import Iterable
from itertools import groupby, pairwise

from django.db import connection

from testimony.entity_stats.periods import (
    COUNTERS,
    NO_YEAR,
    _apply_sums,
    _insert_sums,
    period_parts,
    period_year,
    period_year_sql,
)
from testimony.models.entity_stats import (
    EntityMentionFacts,
    EntityMentionWitness,
    EntityPeriodFigure,
)

Figure = EntityPeriodFigure.Figure
KEY_FIELDS = ("entity_id", "figure", "value", "year", "until")
# (entity, figure, value, year, until) -> a change to each of COUNTERS.
FigureChanges = dict[tuple[int, int, int, int, int], list[int]]
# The value of the country rows of facts without a country (their years still count).
NO_COUNTRY = 0
# Past every year: the reach of a testimony without a period, which every filter keeps.
UNBOUNDED = 10_000
# Witness rows read per round trip when the witnesses' sums are rewritten.
WITNESS_CHUNK = 10_000


def add_facts(
    changes: FigureChanges,
    entity: int,
    period: tuple[str, str],
    facts: Iterable[tuple[int | None, str | None, str | None]],
    sign: int,
) -> None:
    """Add (sign 1) or take off (-1) the kept facts rows (country, began, ended) of one
    testimony naming `entity`, whose own period is `period`: each counts it under its country
    (`NO_COUNTRY` without one), the year of its earliest start and the year of its latest end
    (none without one), as `period_parts` counts a testimony."""
    parts = period_parts(*period)
    for country, began, ended in facts:
        under = [(Figure.COUNTRY, country or NO_COUNTRY)]
        if first := period_year(began):
            under.append((Figure.FIRST_YEAR, first))
        if last := period_year(ended):
            under.append((Figure.LAST_YEAR, last))
        for figure, value in under:
            for year, until, counter in parts:
                changes.setdefault((entity, figure, value, year, until), [0] * len(COUNTERS))[
                    COUNTERS.index(counter)
                ] += sign


def add_witness(
    changes: FigureChanges, entity: int, periods: Iterable[tuple[str, str]], sign: int
) -> None:
    """Add (sign 1) or take off (-1) one witness key of `entity`, whose testimonies of the
    entity have these own periods (`witness_parts`)."""
    for year, until, counter, term in witness_parts(periods):
        changes.setdefault((entity, Figure.WITNESSES, 0, year, until), [0] * len(COUNTERS))[
            COUNTERS.index(counter)
        ] += sign * term


def _reach(start: str, end: str) -> tuple[int, int]:
    """(x, y) of a testimony's period: a period filter (from, to) keeps the testimony when
    from <= x and y <= to, as `views.entities._period_condition` reads the period by its years
    (a bound the filter leaves out: no condition; y 0: none). An open end is kept by its start
    alone (x and y its year), an open start up to its end, no period by every filter."""
    first, last = period_year(start), period_year(end)
    if last == NO_YEAR:
        return (UNBOUNDED, NO_YEAR) if first == NO_YEAR else (first, first)
    return last, first


def _reach_parts(x: int, y: int) -> list[tuple[int, int, str]]:
    """(year, until, counter) whose sum, by `EntityPeriodCount`'s formula, is one exactly when
    a filter (from, to) has from <= x and y <= to (from <= to: the form refuses the others)."""
    if x == UNBOUNDED:
        return [(NO_YEAR, NO_YEAR, "undated")]
    if y == NO_YEAR:
        return [(x, NO_YEAR, "ends")]
    if y <= x:
        # Ended before from and started after to cannot both hold.
        return [(x, NO_YEAR, "ends"), (y, NO_YEAR, "starts")]
    return [(y, x, "inverted")]


def witness_parts(periods: Iterable[tuple[str, str]]) -> list[tuple[int, int, str, int]]:
    """(year, until, counter, 1 or -1) of one witness key of an entity, whose testimonies of the
    entity have these own periods: their sum is one for a filter that keeps any of them, none
    otherwise (`EntityPeriodFigure`).

    A filter keeps a testimony when from <= x and y <= to (`_reach`). Of the testimonies'
    (x, y), only those no other beats in both (a larger or equal x and a smaller or equal y)
    matter: sorted by x they rise in y too, and a filter keeps a run of neighbours of them (those
    from some x on, and up to some y). Each adds one, and each pair of neighbours takes one off
    at (the first's x, the second's y), which a filter keeps exactly when it keeps both: a run
    of n adds n and takes off n - 1."""
    front: list[tuple[int, int]] = []
    for x, y in sorted({_reach(start, end) for start, end in periods}, key=lambda p: (-p[0], p[1])):
        if not front or y < front[-1][1]:
            front.append((x, y))
    front.reverse()
    terms = [(x, y, 1) for x, y in front] + [
        (x, next_y, -1) for (x, _y), (_x, next_y) in pairwise(front)
    ]
    return [
        (year, until, counter, sign)
        for x, y, sign in terms
        for year, until, counter in _reach_parts(x, y)
    ]


def _apply_figure_changes(changes: FigureChanges) -> set[int]:
    """Apply `changes` to the kept rows (`periods._apply_sums`). Gives the entities whose
    countries' or years' sums went below zero (a witness's rows may): they disagree with their
    facts rows, and the caller has them rewritten whole."""
    return _apply_sums(
        EntityPeriodFigure, KEY_FIELDS, changes, checked=lambda key: key[1] != Figure.WITNESSES
    )


def _rewrite_period_figures(entity_ids: list[int] | None) -> None:
    """The rows of these entities (None: all) rewritten from their kept facts and witness rows
    (`EntityMentionFacts`, `EntityMentionWitness`, written first): the countries' and years'
    sums in SQL with `period_parts`' rules (`periods._insert_sums`), the witnesses' in Python
    (`witness_parts`), each key's rows read in key order."""
    table = EntityPeriodFigure._meta.db_table
    facts = EntityMentionFacts._meta.db_table
    if entity_ids is None:
        scope, params = "", []
    else:
        params = [int(pk) for pk in entity_ids]
        scope = f"AND entity_id IN ({', '.join(['%s'] * len(params))})"
    start, end = period_year_sql("period_start"), period_year_sql("period_end")
    first, last = period_year_sql("began"), period_year_sql("ended")
    under = [
        (str(int(Figure.COUNTRY)), f"COALESCE(country_id, {NO_COUNTRY})", ""),
        (str(int(Figure.FIRST_YEAR)), first, f"AND {first} <> {NO_YEAR}"),
        (str(int(Figure.LAST_YEAR)), last, f"AND {last} <> {NO_YEAR}"),
    ]
    seen = " UNION ALL ".join(
        f"SELECT entity_id, {figure}, {value}, {start}, {end} FROM {facts} "  # noqa: S608  # nosec B608
        f"WHERE 1 = 1 {condition} {scope}"
        for figure, value, condition in under
    )
    with connection.cursor() as cursor:
        # Table and column names are the models' own; values are parameters.
        cursor.execute(f"DELETE FROM {table} WHERE 1 = 1 {scope}", params)  # noqa: S608  # nosec B608
        _insert_sums(cursor, table, ["entity_id", "figure", "value"], seen, params * len(under))
    witnesses = EntityMentionWitness.objects.order_by("entity_id", "witness")
    if entity_ids is not None:
        witnesses = witnesses.filter(entity_id__in=params)
    changes: FigureChanges = defaultdict(lambda: [0] * len(COUNTERS))
    for (entity, _witness), rows in groupby(
        witnesses.values_list("entity_id", "witness", "period_start", "period_end").iterator(
            chunk_size=WITNESS_CHUNK
        ),
        key=lambda row: row[:2],
    ):
        add_witness(changes, entity, [(start, end) for *_key, start, end in rows], 1)
    EntityPeriodFigure.objects.bulk_create(
        (
            EntityPeriodFigure(
                **dict(zip(KEY_FIELDS, key, strict=True)),
                **dict(zip(COUNTERS, counts, strict=True)),
            )
            for key, counts in sorted(changes.items())
            if any(counts)
        ),
        batch_size=1000,
        # Two rewrites of one entity at once: the later one's rows are the same, skipped.
        ignore_conflicts=True,
    )
