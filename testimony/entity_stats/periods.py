"""The kept sums the period-filtered list counts from (`EntityPeriodCount`): what one
testimony's period adds to its entity's rows, for everyone and for each user who entered or
interviewed it; the rows rewritten per entity from the kept mention rows
(`_rewrite_period_counts`, with `mentions._recompute_mentions`) or changed by the pairs
`figures._apply_pairs` rewrites (`_apply_period_changes`). The list reads them in
`views.entities._period_counts`. How sums of this kind are changed and written
(`_apply_sums`, `_insert_sums`) is shared with the page's figures (`period_figures`).
"""

from collections.abc import Callable, Iterable

from django.db import connection, models
from django.db.backends.utils import CursorWrapper

from testimony.models.entity_stats import EntityMention, EntityPeriodCount

# The rows of every testimony (a user's id: those they entered or interviewed).
EVERYONE = 0
COUNTERS = ("ends", "starts", "opens", "undated", "inverted")
# (viewer, entity, year, until) -> a change to each of COUNTERS.
Changes = dict[tuple[int, int, int, int], list[int]]
# The year of a period without one (`EntityPeriodCount.year`).
NO_YEAR = 0


def period_year(value: str | None) -> int:
    """The year a period's start or end is counted under: its first four characters, when they
    are digits (the model's validator admits nothing else; `period_year_sql` in SQL)."""
    year = (value or "")[:4]
    return int(year) if len(year) == 4 and year.isascii() and year.isdigit() else NO_YEAR


def period_year_sql(column: str) -> str:
    """`period_year` of `column` in SQL (SQLite and PostgreSQL)."""
    year = f"SUBSTR({column}, 1, 4)"
    return (
        f"CASE WHEN LENGTH({year}) = 4 AND LTRIM({year}, '0123456789') = '' "
        f"THEN CAST({year} AS INTEGER) ELSE {NO_YEAR} END"
    )


def period_parts(start: str, end: str) -> list[tuple[int, int, str]]:
    """(year, until, counter) each adding one for a testimony with this period, as
    `EntityPeriodCount` describes (the same rules as `_insert_sums` in SQL)."""
    first, last = period_year(start), period_year(end)
    if first == NO_YEAR and last == NO_YEAR:
        return [(NO_YEAR, NO_YEAR, "undated")]
    if first == NO_YEAR:
        return [(last, NO_YEAR, "ends")]
    if last == NO_YEAR:
        return [(first, NO_YEAR, "opens")]
    if first > last:
        return [(first, last, "inverted")]
    return [(last, NO_YEAR, "ends"), (first, NO_YEAR, "starts")]


def period_viewers(author: int | None, interviewer: int | None) -> list[int]:
    """Whose rows a testimony counts in: everyone's, its author's and its interviewer's (once
    when they are the same user)."""
    viewers = [EVERYONE]
    if author is not None:
        viewers.append(author)
    if interviewer is not None and interviewer != author:
        viewers.append(interviewer)
    return viewers


def add_pair(
    changes: Changes,
    entity: int,
    period: tuple[str, str],
    author: int | None,
    interviewer: int | None,
    sign: int,
) -> None:
    """Add (sign 1) or take off (-1) one testimony naming `entity` to `changes`."""
    for viewer in period_viewers(author, interviewer):
        for year, until, counter in period_parts(*period):
            changes.setdefault((viewer, entity, year, until), [0] * len(COUNTERS))[
                COUNTERS.index(counter)
            ] += sign


def _apply_period_changes(changes: Changes) -> set[int]:
    """Apply `changes` to the kept sums (`_apply_sums`); gives the entities whose sums went
    below zero, which disagree with their mention rows: the caller has them rewritten whole."""
    return _apply_sums(EntityPeriodCount, ("viewer_id", "entity_id", "year", "until"), changes)


# Rows per statement when sums are changed (10 parameters each, below SQLite's limit).
SUMS_CHUNK = 500


def _apply_sums(
    model: type[models.Model],
    key_fields: tuple[str, ...],
    changes: dict[tuple, list[int]],
    checked: Callable[[tuple], bool] = lambda key: True,
) -> set[int]:
    """Add `changes` (keyed by `key_fields`' values, one of them `entity_id`) to the kept rows
    of `model` (`EntityPeriodCount` or `EntityPeriodFigure`) in the database itself (one
    upsert that adds, then one delete of the rows left with nothing). Gives the entities whose
    `checked` rows went below zero, which disagree with their mention rows: the caller has them
    rewritten whole."""
    changes = {key: change for key, change in changes.items() if any(change)}
    if not changes:
        return set()
    table = model._meta.db_table
    columns = [*key_fields, *COUNTERS]
    added = ", ".join(f"{counter} = {table}.{counter} + EXCLUDED.{counter}" for counter in COUNTERS)
    entity_at = key_fields.index("entity_id")
    broken: set[int] = set()
    emptied: list[int] = []
    rows = [(*key, *change) for key, change in sorted(changes.items())]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), SUMS_CHUNK):
            chunk = rows[start : start + SUMS_CHUNK]
            values = ", ".join([f"({', '.join(['%s'] * len(columns))})"] * len(chunk))
            # Table and column names are the models' own; values are parameters.
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES {values} "  # noqa: S608  # nosec B608
                f"ON CONFLICT ({', '.join(key_fields)}) DO UPDATE SET {added} "
                f"RETURNING id, {', '.join(columns)}",
                [value for row in chunk for value in row],
            )
            for pk, *row in cursor.fetchall():
                key, counts = tuple(row[: len(key_fields)]), row[len(key_fields) :]
                if checked(key) and any(count < 0 for count in counts):
                    broken.add(key[entity_at])
                elif not any(counts):
                    emptied.append(pk)
        for start in range(0, len(emptied), SUMS_CHUNK):
            chunk = emptied[start : start + SUMS_CHUNK]
            cursor.execute(
                f"DELETE FROM {table} WHERE id IN ({', '.join(['%s'] * len(chunk))})",  # noqa: S608  # nosec B608
                chunk,
            )
    return broken


def _rewrite_period_counts(entity_ids: Iterable[int] | None) -> None:
    """The rows of these entities (None: all) rewritten from their kept mention rows
    (`EntityMention`, written first), with `period_parts`' rules in SQL."""
    table, mention = EntityPeriodCount._meta.db_table, EntityMention._meta.db_table
    if entity_ids is None:
        scope, params = "", []
    else:
        params = [int(pk) for pk in entity_ids]
        scope = f"AND entity_id IN ({', '.join(['%s'] * len(params))})"
    first, last = period_year_sql("period_start"), period_year_sql("period_end")
    # Everyone's, the author's, and the interviewer's when another user (`period_viewers`).
    viewers = [
        (str(EVERYONE), ""),
        ("created_by_id", "AND created_by_id IS NOT NULL"),
        (
            "interviewer_id",
            "AND interviewer_id IS NOT NULL "
            "AND (created_by_id IS NULL OR interviewer_id <> created_by_id)",
        ),
    ]
    seen = " UNION ALL ".join(
        f"SELECT {viewer}, entity_id, {first}, {last} FROM {mention} "  # noqa: S608  # nosec B608
        f"WHERE 1 = 1 {condition} {scope}"
        for viewer, condition in viewers
    )
    with connection.cursor() as cursor:
        # Table and column names are the models' own; values are parameters.
        cursor.execute(f"DELETE FROM {table} WHERE 1 = 1 {scope}", params)  # noqa: S608  # nosec B608
        _insert_sums(cursor, table, ["viewer_id", "entity_id"], seen, params * len(viewers))


def _insert_sums(
    cursor: CursorWrapper, table: str, keys: list[str], seen: str, params: list
) -> None:
    """Insert into `table` the sums of the rows of `seen` (a statement of `keys`, then the
    start's and the end's year, `s` and `e`, of one period each), with `period_parts`' rules in
    SQL: one row per `keys`, year and until."""
    none = str(NO_YEAR)
    inverted = f"s <> {none} AND e <> {none} AND s > e"
    columns = ", ".join(keys)
    # Table and column names are the models' own; values are parameters.
    cursor.execute(
        f"WITH seen ({columns}, s, e) AS ({seen}) "  # noqa: S608  # nosec B608
        f"INSERT INTO {table} ({columns}, year, until, {', '.join(COUNTERS)}) "
        f"SELECT {columns}, year, until, SUM(ends), SUM(starts), SUM(opens), "
        "SUM(undated), SUM(inverted) FROM ("
        f"SELECT {columns}, CASE WHEN e = {none} OR ({inverted}) THEN s ELSE e "
        f"END AS year, CASE WHEN {inverted} THEN e ELSE {none} END AS until, "
        f"CASE WHEN e <> {none} AND (s = {none} OR s <= e) THEN 1 ELSE 0 END AS ends, "
        f"0 AS starts, CASE WHEN s <> {none} AND e = {none} THEN 1 ELSE 0 END AS opens, "
        f"CASE WHEN s = {none} AND e = {none} THEN 1 ELSE 0 END AS undated, "
        f"CASE WHEN {inverted} THEN 1 ELSE 0 END AS inverted FROM seen "
        f"UNION ALL SELECT {columns}, s, {none}, 0, 1, 0, 0, 0 FROM seen "
        f"WHERE s <> {none} AND e <> {none} AND s <= e"
        # Two rewrites of one entity at once: the later one's rows are the same, skipped.
        f") part GROUP BY {columns}, year, until ON CONFLICT DO NOTHING",
        params,
    )
