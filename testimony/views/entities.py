"""Corroboration: the companies, state bodies, sites and vessels testimonies name, how many
testimonies and witnesses stand behind each, and one entity's testimonies on a timeline.

A testimony names an entity through a link (`TestimonyEntity`) or as a posting's employer or
site, as the bundles read it (`bundle.case_facts.entity_involvements`). Only testimonies the user
may see are counted. The list's figures are read from kept figures (`entity_stats`) for a user
who sees every testimony (also under one country or one sector filter) and for a user who sees
their own and shared ones (no country, sector or period filter); for the latter under one
country or one sector filter, from the kept rows of their mentions under it (`FilterScope`);
otherwise, and for the kept figures' recomputation, from a fixed number of aggregate queries
over those mentions and the facts and witness keys kept per testimony, whatever the number of
rows. Persons' names are never
read here (only their blind-index digests, and only by the direct statements the tests compare).
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from uuid import UUID

from django import forms
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.db.models.sql import Query
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from testimony import entity_stats
from testimony.entity_linking import final_entity
from testimony.entity_stats.period_figures import NO_COUNTRY
from testimony.entity_stats.periods import EVERYONE, NO_YEAR
from testimony.forms import FilterYearField, ListedModelChoiceField
from testimony.models import (
    Country,
    Entity,
    EntityRole,
    EntityStats,
    Indicator,
    IndicatorTag,
    Person,
    PersonNameIndex,
    Posting,
    Sector,
    Status,
    Testimony,
    TestimonyEntity,
    entity_key,
)
from testimony.models.entity_stats import (
    INTERVIEWED_NOT_ENTERED,
    EntityExportable,
    EntityFilterStats,
    EntityMention,
    EntityMentionFacts,
    EntityMentionFilter,
    EntityMentionWitness,
    EntityPage,
    EntityPeriodCount,
    EntityPeriodFigure,
    EntityTimeline,
    EntityViewerStats,
    TestimonyFacts,
    TestimonyWitnessKey,
)
from testimony.models.testimony import validate_ascii_digits
from testimony.text import NormalizedFormField
from testimony.workflow import visible_testimonies

PAGE_SIZE = 25
TESTIMONIES_PAGE_SIZE = 50
# The timeline names this many testimonies a year, then says how many more.
TIMELINE_CODES = 12
# "Named in at least N testimonies" accepts up to this.
MINIMUM_LIMIT = 100_000


class MinimumField(forms.IntegerField):
    """A count written with the digits 0-9 (fullwidth digits are refused in words, as in years)."""

    def to_python(self, value: object) -> int | None:
        if isinstance(value, str):
            validate_ascii_digits(value)
        return super().to_python(value)


class EntityFilterForm(forms.Form):
    """The corroboration list's filters. Country, sector and period choose which testimonies
    count; an entity is listed when at least `minimum` of them name it."""

    SORTS = [("testimonies", _("Most testimonies")), ("name", _("Name"))]

    q = NormalizedFormField(
        label=_("Name"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Company, body or site")}),
    )
    minimum = MinimumField(
        label=_("Named in at least (testimonies)"),
        required=False,
        min_value=1,
        max_value=MINIMUM_LIMIT,
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("Any kind")), *Entity.Kind.choices]
    )
    country = ListedModelChoiceField(
        label=_("Country of work"),
        required=False,
        queryset=Country.objects.all(),
        empty_label=_("Any country"),
        to_field_name="code",
    )
    sector = ListedModelChoiceField(
        label=_("Sector"),
        required=False,
        queryset=Sector.objects.all(),
        empty_label=_("Any sector"),
        to_field_name="code",
    )
    year_from = FilterYearField(label=_("Worked from (year)"), required=False)
    year_to = FilterYearField(label=_("Worked until (year)"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["minimum"].widget.attrs.update({"min": 1, "inputmode": "numeric"})

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("year_from"), cleaned.get("year_to")
        if start and end and end < start:
            self.add_error("year_to", _("The end year is before the start year."))
        return cleaned


def _filtered_testimonies(user: AbstractBaseUser, data: dict) -> tuple[QuerySet[Testimony], bool]:
    """The testimonies whose mentions count, and whether that is a restriction at all (a
    reviewer who filters nothing sees every testimony: no condition is needed)."""
    testimonies = visible_testimonies(user)
    restricted = not user.has_perm("testimony.view_all_testimonies")
    if data.get("country"):
        posted = Posting.objects.filter(country=data["country"]).values("testimony_id")
        testimonies = testimonies.filter(Q(country=data["country"]) | Q(pk__in=posted))
        restricted = True
    if data.get("sector"):
        posted = Posting.objects.filter(sector=data["sector"]).values("testimony_id")
        testimonies = testimonies.filter(Q(sector=data["sector"]) | Q(pk__in=posted))
        restricted = True
    if year_from := data.get("year_from"):
        # Partial dates are ISO strings, so they compare in calendar order; an open end overlaps.
        testimonies = testimonies.filter(
            Q(period_end__gte=str(year_from))
            | (Q(period_end="") & Q(period_start__gte=str(year_from)))
            | (Q(period_end="") & Q(period_start=""))
        )
        restricted = True
    if year_to := data.get("year_to"):
        testimonies = testimonies.filter(Q(period_start__lte=f"{year_to}-99") | Q(period_start=""))
        restricted = True
    return testimonies, restricted


def _subquery(queryset: QuerySet) -> tuple[str, list]:
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    return sql, list(params)


# The most testimony ids `_counted` sends with each statement (about 7 bytes each).
COUNTED_IDS_LIMIT = 50_000


class CountedIds(list):
    """The ids of the testimonies counted, read once per request (`_counted`): the exact
    statements of a page then take them as one array parameter instead of each running the
    visibility and filter conditions over the whole testimony table again (PostgreSQL)."""


def _counted(user: AbstractBaseUser, data: dict) -> QuerySet[Testimony] | CountedIds:
    """The testimonies counted (`_filtered_testimonies`) as the page's exact statements should
    read them: their ids, read once, on PostgreSQL; the subquery itself on SQLite (no array
    parameters there)."""
    testimonies, _restricted = _filtered_testimonies(user, data)
    if connection.vendor != "postgresql":
        return testimonies
    sql, params = _ids_by_index(user, data) or _subquery(testimonies)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = CountedIds(testimony_id for (testimony_id,) in cursor.fetchall())
    # Beyond this, sending the ids with each statement costs more than selecting them again.
    return ids if len(ids) <= COUNTED_IDS_LIMIT else testimonies


def _ids_by_index(user: AbstractBaseUser, data: dict) -> tuple[str, list] | None:
    """`_filtered_testimonies`' ids when a country or a sector is chosen, read through the
    indexes on them: the testimonies of the country (their own column or a posting's),
    intersected with those of the sector, then each looked up by its key for whose it is and
    its period. None without a country or sector, or for a user who sees nothing.

    Written with `OR`s across columns and subqueries, as the ORM writes it, the same condition
    is a scan of every testimony (50-90 ms at 100,000); the country's or sector's testimonies
    are a few thousand index entries (docs/BENCHMARKS.md, ninth pass)."""
    dimensions = [(column, data[name]) for name, column in _DIMENSIONS if data.get(name)]
    if not dimensions:
        return None
    view_all = user.has_perm("testimony.view_all_testimonies")
    if not view_all and not user.has_perm("testimony.view_testimony"):
        return None
    testimony, posting = Testimony._meta.db_table, Posting._meta.db_table
    # Table and column names are the models' own; values are parameters.
    chosen = " INTERSECT ".join(
        f"(SELECT id FROM {testimony} WHERE {column} = %s "  # noqa: S608  # nosec B608
        f"UNION SELECT testimony_id FROM {posting} WHERE {column} = %s)"
        for column, _value in dimensions
    )
    params: list = [value.pk for _column, value in dimensions for _twice in range(2)]
    where, period_params = _period_condition(data, "t")
    params.extend(period_params)
    if not view_all:
        shared = Testimony.shared_with.through._meta.db_table
        where += (
            " AND (t.created_by_id = %s OR t.interviewer_id = %s OR t.id IN "  # noqa: S608  # nosec B608
            f"(SELECT testimony_id FROM {shared} WHERE user_id = %s))"
        )
        params.extend([user.pk] * 3)
    # `= ANY(ARRAY(...))`: the chosen ids are read first, then each testimony by its key. (With
    # `IN`, PostgreSQL estimated thousands of rows and scanned every testimony to join them.)
    sql = f"SELECT t.id FROM {testimony} t WHERE t.id = ANY(ARRAY({chosen})) AND {where}"  # noqa: S608  # nosec B608
    return sql, params


# The list's filters `_ids_by_index` reads through indexes, and their columns.
_DIMENSIONS = (("country", "country_id"), ("sector", "sector_id"))


def _mentions(
    testimonies: QuerySet[Testimony] | CountedIds | None,
    entities: QuerySet[Entity] | list[int] | None,
) -> tuple[str, list]:
    """`WITH [counted (id) AS (...),] mention (entity_id, testimony_id) AS (...)`: each pair
    once, from the links and the postings' employers and sites, limited to the given
    testimonies and entities (None: all)."""
    if isinstance(testimonies, CountedIds):
        testimony_sql, testimony_params = "SELECT unnest(%s::bigint[])", [list(testimonies)]
    elif testimonies is not None:
        testimony_sql, testimony_params = _subquery(testimonies)
    else:
        testimony_sql, testimony_params = "", []
    if isinstance(entities, list):
        ids = [int(pk) for pk in entities] or [0]
        entity_sql, entity_params = ", ".join(["%s"] * len(ids)), ids
    elif entities is not None:
        entity_sql, entity_params = _subquery(entities)
    ctes, params = [], []
    if testimonies is not None:
        # Read once for the three branches (SQLite would otherwise run it for each).
        ctes.append(f"counted (id) AS MATERIALIZED ({testimony_sql})")
        params.extend(testimony_params)
    branches = []
    for table, column in (
        (TestimonyEntity._meta.db_table, "entity_id"),
        (Posting._meta.db_table, "employer_id"),
        (Posting._meta.db_table, "site_id"),
    ):
        where = f"{column} IS NOT NULL"
        if testimonies is not None:
            where += " AND testimony_id IN (SELECT id FROM counted)"
        if entities is not None:
            where += f" AND {column} IN ({entity_sql})"
            params.extend(entity_params)
        # Table and column names are the models' own; values are parameters.
        branches.append(
            f"SELECT {column} AS entity_id, testimony_id FROM {table} WHERE {where}"  # noqa: S608  # nosec B608
        )
    ctes.append(f"mention (entity_id, testimony_id) AS ({' UNION '.join(branches)})")
    return "WITH " + ", ".join(ctes), params


def _entities(data: dict) -> QuerySet[Entity] | None:
    """The entities the kind and name filters allow, or None when they allow every one."""
    if not data.get("kind") and not data.get("q", "").strip():
        return None
    entities = Entity.objects.all()
    if data.get("kind"):
        entities = entities.filter(kind=data["kind"])
    if query := data.get("q", "").strip():
        by_name = (
            Q(name__icontains=query) | Q(name_ko__icontains=query) | Q(aliases__icontains=query)
        )
        # The folded name also finds fullwidth letters, other spacing and hyphens.
        if key := entity_key(query):
            by_name |= Q(match_key__contains=key) | Q(match_key_ko__contains=key)
        entities = entities.filter(by_name)
    return entities


def _exact_counts(
    testimonies: QuerySet[Testimony] | None,
    entities: QuerySet[Entity] | list[int] | None,
    minimum: int = 1,
    sort: str = "",
) -> list[tuple[int, int]]:
    """(entity id, testimonies naming it) counted over the mentions themselves, for the given
    testimonies and entities (None: all), in the list's order."""
    mentions, params = _mentions(testimonies, entities)
    return _grouped_counts(mentions, params, minimum, sort)


def _grouped_counts(
    mentions: str, params: list, minimum: int = 1, sort: str = ""
) -> list[tuple[int, int]]:
    """(entity id, pairs) of the statement's `mention` pairs (each once), in the list's order."""
    order = "LOWER(e.name), e.id" if sort == "name" else "c.n DESC, LOWER(e.name), e.id"
    sql = (
        f"{mentions} SELECT c.entity_id, c.n FROM ("  # noqa: S608  # nosec B608
        "SELECT entity_id, COUNT(*) AS n FROM mention GROUP BY entity_id HAVING COUNT(*) >= %s"
        f") c JOIN {Entity._meta.db_table} e ON e.id = c.entity_id ORDER BY {order}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, minimum])
        return [(entity_id, count) for entity_id, count in cursor.fetchall()]


def _kept_rows(user: AbstractBaseUser, data: dict) -> QuerySet | None:
    """The kept figures that answer this user and these filters, or None when only the
    mentions themselves can: `EntityStats` (every testimony), `EntityFilterStats` (every
    testimony under one country or one sector filter), `EntityViewerStats` (a user who sees
    the testimonies they entered, interviewed or were shared, with no country, sector or period
    filter). A period filter, or country and sector together, are never kept. Call
    `entity_stats.refresh` first; the per-user and per-filter figures are refreshed here."""
    country, sector = data.get("country"), data.get("sector")
    if data.get("year_from") or data.get("year_to") or (country and sector):
        return None
    if user.has_perm("testimony.view_all_testimonies") and not (country or sector):
        return EntityStats.objects.all()
    if user.has_perm("testimony.view_all_testimonies"):
        rows = EntityFilterStats.objects.filter(
            dimension=(
                EntityFilterStats.Dimension.COUNTRY
                if country
                else EntityFilterStats.Dimension.SECTOR
            ),
            value=(country or sector).pk,
        )
    elif country or sector or not user.has_perm("testimony.view_testimony"):
        return None
    else:
        rows = EntityViewerStats.objects.filter(user_id=user.pk)
    # Refreshed apart from `EntityStats`, so that a write costs the plain list less.
    entity_stats.refresh_breakdowns()
    return rows


def _kept_counts(data: dict, rows: QuerySet) -> list[tuple[int, int]]:
    """The same pairs as `_exact_counts`, read from kept figures (one indexed read of at most
    one row per entity, whatever the number of links)."""
    stats = rows.filter(testimonies__gte=data.get("minimum") or 1)
    if (entities := _entities(data)) is not None:
        stats = stats.filter(entity__in=entities)
    order = ["-testimonies"] if data.get("sort") != "name" else []
    return list(
        stats.order_by(*order, Lower("entity__name"), "entity_id").values_list(
            "entity_id", "testimonies"
        )
    )


@dataclass
class MentionScope:
    """Which kept mention rows (`EntityMention` and the facts and witnesses kept with it) a
    list counts when no kept figure answers: those of the testimonies counted, given as their
    ids (`CountedIds`) or a subquery; or, for a user who sets no country or sector, the
    testimonies' own period on the rows themselves (`period`: the list's cleaned data) and,
    for a user who sees only their own testimonies (`viewer`: their id), the author and
    interviewer on the rows and the testimonies shared with them, which then need no
    testimony read at all (the counts of such a list come from `_period_counts`; the page's
    figures from these rows)."""

    testimonies: QuerySet[Testimony] | CountedIds | None = None
    period: dict | None = None
    viewer: int | None = None

    def where(self, alias: str, split: bool = True) -> list[tuple[str, list]]:
        """The condition on the rows of `alias` (`EntityMention`, `EntityMentionFacts` or
        `EntityMentionWitness`, which all carry the testimony's period and whose it is), as
        `_filtered_testimonies` puts it on the testimonies (the same comparisons, on the same
        values copied onto the row): disjoint conditions whose rows together are those
        counted, each read as its own index range (`_period_branches`); or, not `split`, one."""
        if self.period is not None:
            branches = (
                _period_branches(self.period, alias)
                if split
                else [_period_condition(self.period, alias)]
            )
            if self.viewer is None:
                return branches
            return [
                (f"{where} AND {seen}", [*params, *seen_params])
                for where, params in branches
                for seen, seen_params in _viewer_branches(self.viewer, alias)
            ]
        if isinstance(self.testimonies, CountedIds):
            # A set (hashed) to look the rows up in: `= ANY(array)` searched the array once
            # per row, seconds for thousands of ids.
            return [
                (
                    f"{alias}.testimony_id IN (SELECT unnest(%s::bigint[]))",
                    [list(self.testimonies)],
                )
            ]
        sql, params = _subquery(self.testimonies)
        return [(f"{alias}.testimony_id IN ({sql})", params)]


def _viewer_branches(user_id: int, alias: str) -> list[tuple[str, list]]:
    """`visible_testimonies`' condition for a user who sees the testimonies they entered,
    interviewed or were shared, on the rows of `alias`, as three disjoint conditions: the rows
    they entered, those they interviewed and did not enter, those shared with them that they
    neither entered nor interviewed. The first two are ranges of the indexes led by the author
    and the interviewer (migration 0044): as one condition with `OR`, PostgreSQL filtered every
    row of the page's entities (docs/BENCHMARKS.md, nineteenth pass)."""
    shared = Testimony.shared_with.through._meta.db_table
    interviewed, interviewed_params = _interviewed_condition()
    return [
        (f"{alias}.created_by_id = %s", [user_id]),
        (f"{alias}.interviewer_id = %s AND {interviewed}", [user_id, *interviewed_params]),
        (
            f"{alias}.testimony_id IN (SELECT testimony_id FROM {shared} WHERE user_id = %s) "  # noqa: S608  # nosec B608
            f"AND COALESCE({alias}.created_by_id, 0) <> %s "
            f"AND COALESCE({alias}.interviewer_id, 0) <> %s",
            [user_id] * 3,
        ),
    ]


def _interviewed_condition() -> tuple[str, list]:
    """`INTERVIEWED_NOT_ENTERED` in SQL as the partial indexes of migration 0044 hold it
    (columns without a table: each statement reads one table), so that PostgreSQL sees that
    the index holds every row asked for (as `_irregular_condition`)."""
    query = Query(model=EntityMentionWitness, alias_cols=False)
    sql, params = query.build_where(INTERVIEWED_NOT_ENTERED).as_sql(
        query.get_compiler(connection=connection), connection
    )
    return f"({sql})", list(params)


@dataclass
class FilterScope:
    """Which kept rows (`EntityMentionFilter`) the list of a user who sees only their own
    testimonies (`viewer`: their id) counts under one country or one sector filter
    (`dimension`, `value`) and no period: their rows of that value, by author and by
    interviewer through the two indexes of migration 0038, and those of the testimonies shared
    with them. No testimony, link or posting is read (docs/BENCHMARKS.md, tenth pass)."""

    dimension: str
    value: int
    viewer: int

    def mentions(self, entities: QuerySet[Entity] | list[int] | None) -> tuple[str, list]:
        """`WITH mention (entity_id, testimony_id) AS (...)`, as `_mentions` gives it for
        `_filtered_testimonies(user, {dimension: value})`, limited to these entities (None:
        all): each pair once (UNION), though the user both entered and interviewed it."""
        table = EntityMentionFilter._meta.db_table
        shared = Testimony.shared_with.through._meta.db_table
        if isinstance(entities, list):
            ids = [int(pk) for pk in entities] or [0]
            entity_sql, entity_params = ", ".join(["%s"] * len(ids)), ids
        elif entities is not None:
            entity_sql, entity_params = _subquery(entities)
        branches, params = [], []
        for whose in (
            "created_by_id = %s",
            "interviewer_id = %s",
            f"testimony_id IN (SELECT testimony_id FROM {shared} WHERE user_id = %s)",  # noqa: S608  # nosec B608
        ):
            where = f"dimension = %s AND value = %s AND {whose}"
            params.extend([self.dimension, self.value, self.viewer])
            if entities is not None:
                where += f" AND entity_id IN ({entity_sql})"
                params.extend(entity_params)
            # Table and column names are the models' own; values are parameters.
            branches.append(f"SELECT entity_id, testimony_id FROM {table} WHERE {where}")  # noqa: S608  # nosec B608
        return f"WITH mention (entity_id, testimony_id) AS ({' UNION '.join(branches)})", params


def _filter_scope(user: AbstractBaseUser, data: dict) -> FilterScope | None:
    """The kept rows that answer a user who sees only their own testimonies under one country
    or one sector filter without a period, or None for other users and filters."""
    chosen = [(name, data[name]) for name, _column in _DIMENSIONS if data.get(name)]
    if (
        len(chosen) != 1
        or data.get("year_from")
        or data.get("year_to")
        or user.has_perm("testimony.view_all_testimonies")
        or not user.has_perm("testimony.view_testimony")
    ):
        return None
    ((dimension, value),) = chosen
    return FilterScope(dimension=dimension, value=value.pk, viewer=user.pk)


def _period_branches(data: dict, alias: str) -> list[tuple[str, list]]:
    """`_period_condition` as disjoint conditions: with a start year, the rows whose period
    ends from it on, and those with an open end (whose start decides). Each is a range of an
    index on (entity, period end, period start): as one condition with `OR`, PostgreSQL read
    every row of the page's entities (docs/BENCHMARKS.md, eleventh pass)."""
    year_from = data.get("year_from")
    if not year_from:
        return [_period_condition(data, alias)]
    to, to_params = _period_condition({"year_to": data.get("year_to")}, alias)
    start, end = f"{alias}.period_start", f"{alias}.period_end"
    return [
        (f"{end} >= %s AND {to}", [str(year_from), *to_params]),
        (
            f"{end} = '' AND ({start} >= %s OR {start} = '') AND {to}",
            [str(year_from), *to_params],
        ),
    ]


def _period_condition(data: dict, alias: str) -> tuple[str, list]:
    """`_filtered_testimonies`' period conditions, on `alias.period_start` and `period_end`."""
    conditions, params = ["1 = 1"], []
    start, end = f"{alias}.period_start", f"{alias}.period_end"
    if year_from := data.get("year_from"):
        conditions.append(
            f"({end} >= %s OR ({end} = '' AND {start} >= %s) OR ({end} = '' AND {start} = ''))"
        )
        params.extend([str(year_from), str(year_from)])
    if year_to := data.get("year_to"):
        conditions.append(f"({start} <= %s OR {start} = '')")
        params.append(f"{year_to}-99")
    return " AND ".join(conditions), params


def _mention_counts(
    scope: MentionScope,
    entities: QuerySet[Entity] | None,
    minimum: int = 1,
    sort: str = "",
) -> list[tuple[int, int]]:
    """`_exact_counts` read from the kept mention rows: one grouped read of `EntityMention`
    (call `entity_stats.refresh_mentions` first)."""
    ((where, params),) = scope.where("m", split=False)
    if entities is not None:
        entity_sql, entity_params = _subquery(entities)
        where += f" AND m.entity_id IN ({entity_sql})"
        params = [*params, *entity_params]
    order = "LOWER(e.name), e.id" if sort == "name" else "c.n DESC, LOWER(e.name), e.id"
    sql = (
        "SELECT c.entity_id, c.n FROM (SELECT m.entity_id, COUNT(*) AS n "  # noqa: S608  # nosec B608
        f"FROM {EntityMention._meta.db_table} m WHERE {where} "
        "GROUP BY m.entity_id HAVING COUNT(*) >= %s"
        f") c JOIN {Entity._meta.db_table} e ON e.id = c.entity_id ORDER BY {order}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, minimum])
        return [(entity_id, count) for entity_id, count in cursor.fetchall()]


def _mention_summaries(counts: list[tuple[int, int]], scope: MentionScope) -> list["EntitySummary"]:
    """`_summaries` read from `EntityMentionFacts` and `EntityMentionWitness`: the page's
    entities' rows only, through indexes that hold every column read (no join)."""
    if scope.period is not None and scope.viewer is None:
        return _period_figure_summaries(counts, scope.period)
    ids = [int(entity_id) for entity_id, _count in counts]
    if not ids:
        return []
    entities = Entity.objects.select_related("country").in_bulk(ids)
    listed = ", ".join(["%s"] * len(ids))

    def rows(alias: str, columns: str, table: str, split: bool = True) -> tuple[str, list]:
        """The page's entities' rows of `table` the scope counts (`MentionScope.where`)."""
        parts, params = [], []
        for where, where_params in scope.where(alias, split):
            # Table names are the models' own; values are parameters.
            parts.append(
                f"SELECT {columns} FROM {table} {alias} "  # noqa: S608  # nosec B608
                f"WHERE {alias}.entity_id IN ({listed}) AND {where}"
            )
            params.extend([*ids, *where_params])
        return " UNION ALL ".join(parts), params

    facts_sql, facts_params = rows(
        "f", "f.entity_id, f.country_id, f.began, f.ended", EntityMentionFacts._meta.db_table
    )
    # The testimonies counted: one condition, the rows read in key order
    # (`mentionwitness_keys_idx`) whatever their period and each key counted once as it goes
    # (no hash of the keys). A user who sees only their own testimonies: their rows as ranges
    # of the indexes led by the viewer, a few thousand keys hashed (docs/BENCHMARKS.md,
    # nineteenth pass).
    witness_sql, witness_params = rows(
        "k",
        "k.entity_id, k.witness",
        EntityMentionWitness._meta.db_table,
        split=scope.viewer is not None,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT f.entity_id, f.country_id, MIN(f.began), MAX(f.ended) "  # noqa: S608  # nosec B608
            f"FROM ({facts_sql}) f GROUP BY f.entity_id, f.country_id",
            facts_params,
        )
        facts = cursor.fetchall()
        # COUNT(DISTINCT ...) sorts on PostgreSQL; each key's group in the index's order does not.
        cursor.execute(
            "SELECT w.entity_id, COUNT(*) FROM (SELECT k.entity_id, k.witness "  # noqa: S608  # nosec B608
            f"FROM ({witness_sql}) k GROUP BY k.entity_id, k.witness) w GROUP BY w.entity_id",
            witness_params,
        )
        witnesses = dict(cursor.fetchall())
    return _assembled(counts, entities, facts, witnesses)


def _entity_counts(
    user: AbstractBaseUser, data: dict
) -> tuple[list[tuple[int, int]], QuerySet | CountedIds | MentionScope | FilterScope]:
    """(entity id, testimonies naming it) for every entity the filters keep, in page order,
    and what the page's summaries read: the kept figures where they answer; for a restricted
    user's country or sector the kept rows of their mentions under it (`FilterScope`); under a
    period filter the kept mention rows (`MentionScope`); otherwise the testimonies counted
    (`_counted`) for the exact statements."""
    # Every path reads kept data: the figures, or the mention rows.
    entity_stats.refresh()
    if (rows := _kept_rows(user, data)) is not None:
        return _kept_counts(data, rows), rows
    entity_stats.without_jit()
    minimum, sort = data.get("minimum") or 1, data.get("sort")
    country, sector = data.get("country"), data.get("sector")
    if (scope := _filter_scope(user, data)) is not None:
        # A restricted user's country or sector: their kept rows of that value.
        entity_stats.refresh_mentions()
        mentions, params = scope.mentions(_entities(data))
        return _grouped_counts(mentions, params, minimum, sort), scope
    if not (data.get("year_from") or data.get("year_to")):
        # Country and sector together: the mentions of the testimonies counted, joined to
        # their facts and witness keys (as fast as the kept mention rows for these, measured;
        # see docs/BENCHMARKS.md, third pass).
        counted = _counted(user, data)
        return _exact_counts(counted, _entities(data), minimum, sort), counted
    # A period: the kept mention rows, which carry the testimony's own period.
    entity_stats.refresh_mentions()
    if country or sector:
        scope = MentionScope(testimonies=_counted(user, data))
        return _mention_counts(scope, _entities(data), minimum, sort), scope
    # Only the period restricts (and, for a user without `view_all_testimonies`, whose
    # testimonies: `visible_testimonies` gives them the same): counted from the kept period
    # sums; the page's figures from the mention rows, which carry the period and viewers.
    viewer = None if user.has_perm("testimony.view_all_testimonies") else user.pk
    scope = MentionScope(period=data, viewer=viewer)
    return _period_counts(scope, _entities(data), minimum, sort), scope


def _period_counts(
    scope: MentionScope, entities: QuerySet[Entity] | None, minimum: int = 1, sort: str = ""
) -> list[tuple[int, int]]:
    """`_mention_counts` of a period without a country or sector, summed from the kept period
    sums (`EntityPeriodCount`, a few dozen rows an entity) instead of counted over every
    mention row (call `entity_stats.refresh_mentions` first). For a user who sees only their own
    testimonies, their rows as author or interviewer, and the mention rows of the testimonies
    shared with them that they neither entered nor interviewed (counted there already)."""
    added, params, since, since_params = _period_sum(scope.period)
    where = f"p.viewer_id = %s AND ({since} OR p.year = %s)"
    params.extend([scope.viewer or EVERYONE, *since_params, NO_YEAR])
    entity_sql, entity_params = _subquery(entities) if entities is not None else ("", [])
    if entities is not None:
        where += f" AND p.entity_id IN ({entity_sql})"
        params.extend(entity_params)
    # Table and column names are the models' own; values are parameters.
    parts = [
        f"SELECT p.entity_id, {added} AS n "  # noqa: S608  # nosec B608
        f"FROM {EntityPeriodCount._meta.db_table} p WHERE {where}"
    ]
    if scope.viewer is not None:
        shared = Testimony.shared_with.through._meta.db_table
        period, period_params = _period_condition(scope.period, "m")
        condition = (
            f"m.testimony_id IN (SELECT testimony_id FROM {shared} WHERE user_id = %s) "  # noqa: S608  # nosec B608
            "AND COALESCE(m.created_by_id, 0) <> %s AND COALESCE(m.interviewer_id, 0) <> %s "
            f"AND {period}"
        )
        params.extend([scope.viewer] * 3 + period_params)
        if entities is not None:
            condition += f" AND m.entity_id IN ({entity_sql})"
            params.extend(entity_params)
        parts.append(
            f"SELECT m.entity_id, 1 FROM {EntityMention._meta.db_table} m WHERE {condition}"  # noqa: S608  # nosec B608
        )
    order = "LOWER(e.name), e.id" if sort == "name" else "c.n DESC, LOWER(e.name), e.id"
    sql = (
        "SELECT c.entity_id, c.n FROM (SELECT entity_id, SUM(n) AS n FROM ("  # noqa: S608  # nosec B608
        f"{' UNION ALL '.join(parts)}) part GROUP BY entity_id HAVING SUM(n) >= %s"
        f") c JOIN {Entity._meta.db_table} e ON e.id = c.entity_id ORDER BY {order}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, minimum])
        return [(entity_id, count) for entity_id, count in cursor.fetchall()]


def _period_sum(period: dict) -> tuple[str, list, str, list]:
    """What a row `p` of kept period sums (`EntityPeriodCount`, `EntityPeriodFigure`) adds
    under the period of the list's cleaned data (an expression and its parameters), and the
    condition of the rows that may add anything besides the undated row (a year from `from`
    on: an end before it, a start before it that ended before it add nothing), with its
    parameters."""
    start, end = period.get("year_from"), period.get("year_to")
    since = ("{column} >= %s", [int(start)]) if start else ("1 = 1", [])
    until = ("{column} <= %s", [int(end)]) if end else ("1 = 1", [])
    after = ("p.year > %s", [int(end)]) if end else ("1 = 0", [])
    # What each row adds (`EntityPeriodCount`): every undated testimony; a period's end from
    # `start` on; minus a start after `end`; an open end's start between the two; an inverted
    # period's start up to `end` and end from `start` on.
    terms = [
        ("+", since[0].format(column="p.year"), since[1], "ends"),
        ("-", after[0], after[1], "starts"),
        (
            "+",
            f"{since[0].format(column='p.year')} AND {until[0].format(column='p.year')}",
            [*since[1], *until[1]],
            "opens",
        ),
        (
            "+",
            f"{until[0].format(column='p.year')} AND {since[0].format(column='p.until')}",
            [*until[1], *since[1]],
            "inverted",
        ),
    ]
    added = "p.undated " + " ".join(
        f"{sign} CASE WHEN {condition} THEN p.{column} ELSE 0 END"
        for sign, condition, _params, column in terms
    )
    params = [param for _sign, _condition, values, _column in terms for param in values]
    return added, params, since[0].format(column="p.year"), since[1]


@dataclass
class PeriodFigures:
    """What the list shows of one entity besides its count, over the testimonies a period keeps
    (`period_figures`): country ids, in no order; and how many kept facts rows those
    testimonies have (one per testimony and country)."""

    facts: int = 0
    witnesses: int = 0
    countries: list[int] = field(default_factory=list)
    first_year: int | None = None
    last_year: int | None = None


def period_figures(ids: list[int], period: dict) -> dict[int, PeriodFigures]:
    """The witnesses, countries and first and last years of these entities over the
    testimonies naming them that the period of the list's cleaned data keeps (every testimony
    when it sets no year), from their kept sums (`EntityPeriodFigure`: a few hundred rows each,
    one grouped read): each country, first year and last year whose sum is above zero, and the
    witnesses' sum. Call `entity_stats.refresh_mentions` first (or hold `refresh`'s lock with
    the entities' rows up to date).

    The facts rows without an earliest start or a latest end, or ending in a year before they
    start, are read apart (a partial index holds them): `_assembled` takes both the earliest
    start and the latest end of each country (and of the facts rows without one) as years, and
    a country with another row under the period has both between the earliest start and the
    latest end of all rows, which the sums give; a country whose rows under the period are all
    read apart adds its two years as `_assembled` would."""
    if not ids:
        return {}
    listed = ", ".join(["%s"] * len(ids))
    added, params, since, since_params = _period_sum(period)
    figure = EntityPeriodFigure.Figure
    sums: dict[int, dict[int, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
    with connection.cursor() as cursor:
        # Table and column names are the models' own; values are parameters.
        cursor.execute(
            f"SELECT p.entity_id, p.figure, p.value, SUM({added}) "  # noqa: S608  # nosec B608
            f"FROM {EntityPeriodFigure._meta.db_table} p WHERE p.entity_id IN ({listed}) "
            f"AND ({since} OR p.year = %s) GROUP BY p.entity_id, p.figure, p.value",
            [*params, *ids, *since_params, NO_YEAR],
        )
        for entity_id, kind, value, total in cursor.fetchall():
            sums[entity_id][kind][value] = total
        odd, odd_condition_params = _irregular_condition()
        parts, odd_params = [], []
        for where, where_params in _period_branches(period, "f"):
            parts.append(
                "SELECT f.entity_id, f.country_id, f.began, f.ended "  # noqa: S608  # nosec B608
                f"FROM {EntityMentionFacts._meta.db_table} f "
                f"WHERE f.entity_id IN ({listed}) AND {odd} AND {where}"
            )
            odd_params.extend([*ids, *odd_condition_params, *where_params])
        cursor.execute(
            f"SELECT f.entity_id, COALESCE(f.country_id, {NO_COUNTRY}), COUNT(*), MIN(f.began), "  # noqa: S608  # nosec B608
            f"MAX(f.ended) FROM ({' UNION ALL '.join(parts)}) f GROUP BY f.entity_id, "
            f"COALESCE(f.country_id, {NO_COUNTRY})",
            odd_params,
        )
        irregular = cursor.fetchall()
    # The earliest of the earliest starts, the latest of the latest ends; and both years of a
    # country whose rows under the period are all read apart.
    firsts: dict[int, list[int]] = defaultdict(list)
    lasts: dict[int, list[int]] = defaultdict(list)
    for entity_id, country, rows, began, ended in irregular:
        if rows == sums[entity_id][figure.COUNTRY].get(country):
            both = [year for year in (_year(began), _year(ended)) if year]
            firsts[entity_id].extend(both)
            lasts[entity_id].extend(both)
    found = {}
    for entity_id in ids:
        by_figure = sums[entity_id]
        firsts[entity_id].extend(
            year for year, total in by_figure[figure.FIRST_YEAR].items() if total > 0
        )
        lasts[entity_id].extend(
            year for year, total in by_figure[figure.LAST_YEAR].items() if total > 0
        )
        found[entity_id] = PeriodFigures(
            facts=sum(by_figure[figure.COUNTRY].values()),
            witnesses=sum(by_figure[figure.WITNESSES].values()),
            countries=[
                country
                for country, total in by_figure[figure.COUNTRY].items()
                if total > 0 and country != NO_COUNTRY
            ],
            first_year=min(firsts[entity_id], default=None),
            last_year=max(lasts[entity_id], default=None),
        )
    return found


def _period_figure_summaries(counts: list[tuple[int, int]], period: dict) -> list["EntitySummary"]:
    """`_mention_summaries` of a period for a user who sees every testimony, from the kept sums
    of the page's entities (`period_figures`)."""
    ids = [int(entity_id) for entity_id, _count in counts]
    if not ids:
        return []
    entities = Entity.objects.select_related("country").in_bulk(ids)
    figures = period_figures(ids, period)
    countries = Country.objects.in_bulk(
        {country for found in figures.values() for country in found.countries}
    )
    return [
        EntitySummary(
            entity=entities[entity_id],
            testimonies=count,
            witnesses=figures[entity_id].witnesses,
            first_year=figures[entity_id].first_year,
            last_year=figures[entity_id].last_year,
            countries=sorted((countries[pk] for pk in figures[entity_id].countries), key=str),
        )
        for entity_id, count in counts
    ]


def _irregular_condition() -> tuple[str, list]:
    """The condition of the partial index `mentionfacts_irregular_idx` in SQL, compiled from the
    index itself as the migration wrote it (columns without a table: the statement reads one
    table), so that PostgreSQL sees that the index holds every row it asks for (with `SUBSTR`
    for Django's `SUBSTRING` it did not, and read every row of the page's entities)."""
    (index,) = [
        index
        for index in EntityMentionFacts._meta.indexes
        if index.name == "mentionfacts_irregular_idx"
    ]
    query = Query(model=EntityMentionFacts, alias_cols=False)
    sql, params = query.build_where(index.condition).as_sql(
        query.get_compiler(connection=connection), connection
    )
    return f"({sql})", list(params)


def _kept_summaries(counts: list[tuple[int, int | None]], rows: QuerySet) -> list["EntitySummary"]:
    """`_summaries(counts, <the testimonies counted>)` read from the kept figures `rows`: two
    queries for a page. A count of None: the kept row's own."""
    ids = [entity_id for entity_id, _count in counts]
    stats = {
        row.entity_id: row
        for row in rows.filter(entity_id__in=ids).select_related("entity__country")
    }
    country_ids = {
        int(pk) for row in stats.values() for pk in row.countries.split(",") if pk.strip()
    }
    countries = Country.objects.in_bulk(country_ids) if country_ids else {}
    summaries = []
    for entity_id, count in counts:
        if (row := stats.get(entity_id)) is None:
            continue
        summaries.append(
            EntitySummary(
                entity=row.entity,
                testimonies=row.testimonies if count is None else count,
                witnesses=row.witnesses,
                first_year=row.first_year,
                last_year=row.last_year,
                countries=sorted(
                    (countries[int(pk)] for pk in row.countries.split(",") if pk.strip()),
                    key=str,
                ),
            )
        )
    return summaries


def _year(partial_date: str | None) -> int | None:
    return int(partial_date[:4]) if partial_date and partial_date[:4].isdigit() else None


@dataclass
class EntitySummary:
    """What the list says of one entity: how much stands behind it."""

    entity: Entity
    testimonies: int
    witnesses: int = 0
    first_year: int | None = None
    last_year: int | None = None
    countries: list[Country] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return Entity.Kind(self.entity.kind).label

    @property
    def country_names(self) -> str:
        """One string: a loop in the template costs more than the rest of the row."""
        return ", ".join(str(country) for country in self.countries)

    @property
    def years(self) -> str:
        if self.first_year and self.last_year and self.last_year != self.first_year:
            return f"{self.first_year}–{self.last_year}"
        return str(self.first_year or self.last_year or "")


def _direct_statements(mentions: str) -> tuple[str, str, list]:
    """The facts and witnesses statements over postings, persons and name digests themselves
    (what `entity_stats` keeps per testimony; the tests compare both)."""
    testimony_table = Testimony._meta.db_table
    person_table = Person._meta.db_table
    index_table = PersonNameIndex._meta.db_table
    posting_table = Posting._meta.db_table
    # A testimony's countries and periods are its postings' (read from posting_facts_idx
    # alone); one saved without postings answers with its own columns.
    country = "COALESCE(p.country_id, t.country_id)"
    start = "NULLIF(COALESCE(p.period_start, t.period_start), '')"
    end = "NULLIF(COALESCE(p.period_end, t.period_end), '')"
    facts_sql = (
        f"{mentions} SELECT m.entity_id, {country}, MIN({start}), MAX(COALESCE({end}, {start})) "  # noqa: S608  # nosec B608
        f"FROM mention m LEFT JOIN {posting_table} p ON p.testimony_id = m.testimony_id "
        f"LEFT JOIN {testimony_table} t ON p.id IS NULL AND t.id = m.testimony_id "
        f"GROUP BY m.entity_id, {country}"
    )
    witnesses_sql = (
        f"{mentions} SELECT m.entity_id, COUNT(DISTINCT COALESCE("  # noqa: S608  # nosec B608
        f"(SELECT MIN(i.digest) FROM {index_table} i WHERE i.person_id = p.id), "
        "'testimony ' || CAST(m.testimony_id AS VARCHAR(20)))) "
        f"FROM mention m LEFT JOIN {person_table} p "
        "ON p.testimony_id = m.testimony_id AND p.role = %s GROUP BY m.entity_id"
    )
    return facts_sql, witnesses_sql, [Person.Role.WITNESS]


# Up to this many testimonies counted, the facts statement also filters the facts by them.
# The condition repeats what the join implies, but lets PostgreSQL hash the few thousand facts
# rows it needs instead of all of them (1,500 ids: 24 to 10 ms, 5,000: 51 to 39; from 10,000
# on it costs more than it saves; docs/BENCHMARKS.md, ninth pass).
FACTS_FILTER_LIMIT = 10_000


def _kept_statements(
    mentions: str, facts_within: str = "", witnesses_within: str = ""
) -> tuple[str, str, list]:
    """The same statements over `TestimonyFacts` and `TestimonyWitnessKey` (narrow rows per
    testimony and country or witness, which `entity_stats.refresh` keeps). `facts_within`,
    `witnesses_within`: a statement of testimony ids that the facts or witness rows read are
    also limited to (what the join implies; see FACTS_FILTER_LIMIT)."""
    facts_table = TestimonyFacts._meta.db_table
    keys_table = TestimonyWitnessKey._meta.db_table
    facts_only = f"WHERE f.testimony_id IN ({facts_within}) " if facts_within else ""
    keys_only = f" WHERE k.testimony_id IN ({witnesses_within})" if witnesses_within else ""
    facts_sql = (
        f"{mentions} SELECT m.entity_id, f.country_id, MIN(f.began), MAX(f.ended) "  # noqa: S608  # nosec B608
        f"FROM mention m JOIN {facts_table} f ON f.testimony_id = m.testimony_id "
        f"{facts_only}GROUP BY m.entity_id, f.country_id"
    )
    # COUNT(DISTINCT ...) sorts on PostgreSQL; a DISTINCT then a count hashes.
    witnesses_sql = (
        f"{mentions} SELECT w.entity_id, COUNT(*) FROM (SELECT DISTINCT m.entity_id, k.witness "  # noqa: S608  # nosec B608
        f"FROM mention m JOIN {keys_table} k ON k.testimony_id = m.testimony_id{keys_only}) w "
        "GROUP BY w.entity_id"
    )
    return facts_sql, witnesses_sql, []


def _summaries(
    counts: list[tuple[int, int]],
    testimonies: QuerySet[Testimony] | None,
    direct: bool = False,
) -> list[EntitySummary]:
    """The entities of `counts` with their witnesses, years and countries, in three queries
    whatever the number of testimonies behind them: read through the facts and witness keys
    kept per testimony (call `entity_stats.refresh` first), or, `direct`, from postings,
    persons and name digests themselves.

    Witnesses are told apart by the blind index of their names: two testimonies whose witnesses
    share their smallest name digest count as one witness (the same name, written the same
    ways); a witness without a recorded name counts once per testimony.
    """
    ids = [entity_id for entity_id, _count in counts]
    if not ids:
        return []
    entities = Entity.objects.select_related("country").in_bulk(ids)
    mentions, params = _mentions(testimonies, ids)
    facts_sql, witnesses_sql, witness_params = (
        _direct_statements(mentions)
        if direct
        else _kept_statements(
            mentions,
            "SELECT id FROM counted"
            if isinstance(testimonies, CountedIds) and len(testimonies) <= FACTS_FILTER_LIMIT
            else "",
        )
    )
    with connection.cursor() as cursor:
        cursor.execute(facts_sql, params)
        facts = cursor.fetchall()
        cursor.execute(witnesses_sql, [*params, *witness_params])
        witnesses = dict(cursor.fetchall())
    return _assembled(counts, entities, facts, witnesses)


def _filter_summaries(counts: list[tuple[int, int]], scope: FilterScope) -> list[EntitySummary]:
    """`_summaries` of a restricted user's country or sector list: the page's pairs read from
    the kept rows (`FilterScope`), joined to the facts and witness keys kept per testimony.
    Both also limited to the page's testimonies, so that PostgreSQL looks those few thousand up
    by key instead of hashing every testimony's rows (docs/BENCHMARKS.md, tenth pass)."""
    ids = [entity_id for entity_id, _count in counts]
    if not ids:
        return []
    entities = Entity.objects.select_related("country").in_bulk(ids)
    mentions, params = scope.mentions(ids)
    page = "SELECT testimony_id FROM mention"
    facts_sql, witnesses_sql, _params = _kept_statements(mentions, page, page)
    with connection.cursor() as cursor:
        cursor.execute(facts_sql, params)
        facts = cursor.fetchall()
        cursor.execute(witnesses_sql, params)
        witnesses = dict(cursor.fetchall())
    return _assembled(counts, entities, facts, witnesses)


def _assembled(
    counts: list[tuple[int, int]],
    entities: dict[int, Entity],
    facts: list[tuple],
    witnesses: dict[int, int],
) -> list[EntitySummary]:
    """The summaries of `counts` from their facts rows (entity, country, earliest start,
    latest end) and witness counts."""
    countries = Country.objects.in_bulk({row[1] for row in facts if row[1] is not None})
    by_entity: dict[int, list[Country]] = defaultdict(list)
    years: dict[int, list[int]] = defaultdict(list)
    for entity_id, country_id, began, ended in facts:
        if country_id is not None:
            by_entity[entity_id].append(countries[country_id])
        years[entity_id].extend(year for year in (_year(began), _year(ended)) if year)
    summaries = []
    for entity_id, count in counts:
        summaries.append(
            EntitySummary(
                entity=entities[entity_id],
                testimonies=count,
                witnesses=witnesses.get(entity_id, 0),
                first_year=min(years[entity_id], default=None),
                last_year=max(years[entity_id], default=None),
                countries=sorted(by_entity[entity_id], key=str),
            )
        )
    return summaries


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def entity_list(request: HttpRequest) -> HttpResponse:
    """Every entity named in testimonies the user may see, with what stands behind it."""
    form = EntityFilterForm(request.GET or None)
    counts: list[tuple[int, int]] = []
    source: QuerySet | CountedIds | MentionScope | FilterScope | None = None
    data: dict = {}
    if not form.is_bound or form.is_valid():
        data = form.cleaned_data if form.is_bound else {}
        counts, source = _entity_counts(request.user, data)
    page = Paginator(counts, PAGE_SIZE).get_page(request.GET.get("page"))
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    on_page = list(page.object_list)
    ctx = {
        "form": form,
        "page": page,
        "summaries": (
            _mention_summaries(on_page, source)
            if isinstance(source, MentionScope)
            else _filter_summaries(on_page, source)
            if isinstance(source, FilterScope)
            else _kept_summaries(on_page, source)
            if isinstance(source, QuerySet) and source.model is not Testimony
            else _summaries(on_page, source)
        ),
        "query": query_without_page.urlencode(),
    }
    return render(request, "testimony/entity_list.html", ctx)


def naming_testimonies(user: AbstractBaseUser, entity: Entity) -> QuerySet[Testimony]:
    """The testimonies the user may see that name `entity` (linked, or a posting's employer or
    site): one subquery the primary key answers."""
    mentions, params = _mentions(None, [entity.pk])
    return visible_testimonies(user).filter(
        pk__in=RawSQL(f"{mentions} SELECT testimony_id FROM mention", params)  # noqa: S608, S611  # nosec B608 B611
    )


def _own_mentions(user: AbstractBaseUser, entity: Entity) -> tuple[str, list]:
    """The statement of (testimony id, period start, period end) of the testimonies naming
    `entity` that `user`, who sees the testimonies they entered, interviewed or were shared,
    may see, in the page's order: their kept mention rows through the indexes by author and by
    interviewer, and those of the testimonies shared with them; no testimony is read (call
    `entity_stats.refresh` and `refresh_mentions` first). `naming_testimonies` gives the same
    testimonies from the links and postings themselves.

    The three are disjoint (a row the user entered is read by author only, one they
    interviewed and did not enter by interviewer only) and each is read in the page's order,
    so PostgreSQL merges them as they come (`Merge Append`) instead of deduplicating and
    sorting every row: with `UNION` it hashed and sorted the 5,200 rows of the most-named
    entity at 100,000 testimonies on every page (docs/BENCHMARKS.md, eighteenth pass). Each is
    ordered inside its own subquery: PostgreSQL plans a branch with a `WHERE` apart, without
    the outer `ORDER BY`, and merges only branches planned in that order (with the outer one
    alone it appended the branches and sorted them all)."""
    table = EntityMention._meta.db_table
    shared = Testimony.shared_with.through._meta.db_table
    columns = "testimony_id, period_start, period_end, case_code"
    order = "ORDER BY period_start, case_code, testimony_id"
    not_entered = "COALESCE(created_by_id, 0) <> %s"
    branches = (
        ("created_by_id = %s", [entity.pk, user.pk]),
        (f"interviewer_id = %s AND {not_entered}", [entity.pk, user.pk, user.pk]),
        (
            f"testimony_id IN (SELECT testimony_id FROM {shared} WHERE user_id = %s) "  # noqa: S608  # nosec B608
            f"AND {not_entered} AND COALESCE(interviewer_id, 0) <> %s",
            [entity.pk, user.pk, user.pk, user.pk],
        ),
    )
    # Table and column names are the models' own; values are parameters.
    union = " UNION ALL ".join(
        f"SELECT * FROM (SELECT {columns} FROM {table} WHERE entity_id = %s AND {where} "  # noqa: S608  # nosec B608
        f"{order}) branch_{number}"
        for number, (where, _params) in enumerate(branches)
    )
    sql = f"SELECT testimony_id, period_start, period_end FROM ({union}) mention {order}"  # noqa: S608  # nosec B608
    return sql, [param for _where, params in branches for param in params]


@dataclass
class TimelineYear:
    year: int
    testimonies: list[tuple[str, str]]  # (detail page's address, case code)
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.testimonies)


# A period longer than this is a typing mistake; the timeline does not draw a century of rows.
LONGEST_PERIOD_YEARS = 60
# Testimonies whose code and address the timeline reads per statement.
LABELS_CHUNK = 5_000
# The year of the kept timeline's row of testimonies without a period (never read from a date).
UNDATED_YEAR = 0


def _detail_urls() -> Callable[[UUID], str]:
    """The detail page's address of a testimony, reversed once per page rather than once per
    link (a timeline holds hundreds)."""
    placeholder = UUID(int=0)
    template = reverse("testimony:detail", args=[placeholder])
    return lambda uuid: template.replace(str(placeholder), str(uuid))


@dataclass
class TimelineCounts:
    """A timeline before its labels: per year, how many testimonies and the ids of the first
    `TIMELINE_CODES` in the page's order; and the ids of those without a period, in order."""

    totals: dict[int, int] = field(default_factory=dict)
    shown: dict[int, list[int]] = field(default_factory=dict)
    undated: list[int] = field(default_factory=list)


def timeline_counts(rows: Iterable[tuple[int, str | None, str | None]]) -> TimelineCounts:
    """Per year from a testimony's first to its last, the testimonies whose period covers it;
    and the testimonies without a period. `rows` are (pk, period start, period end) in the
    page's order. What the page shows of them, whether counted here per request or kept per
    entity and year (`EntityTimeline`, counted here by `entity_stats.refresh`).

    Thousands of rows for a heavily named entity: each adds one to its span of years (the
    years of each distinct period worked out once: 5,200 rows have some 1,300 periods), each
    span adds one at its first year and takes one off after its last (the totals are the
    running sum), and a row's years are walked only while one of them still shows fewer than
    `TIMELINE_CODES` testimonies."""
    counts = TimelineCounts(shown=defaultdict(list))
    shown, undated = counts.shown, counts.undated
    spans: dict[tuple[str | None, str | None], tuple[int, int] | None] = {}
    tally: dict[tuple[int, int], int] = defaultdict(int)
    full: set[int] = set()
    # Whether every year of a span is full: emptied when a year fills, which happens at most
    # once a year.
    all_full: dict[tuple[int, int], bool] = {}
    for pk, start, end in rows:
        if (span := spans.get(period := (start, end), _UNSEEN)) is _UNSEEN:
            span = spans[period] = _span(start, end)
        if span is None:
            undated.append(pk)
            continue
        tally[span] += 1
        if (done := all_full.get(span)) is None:
            done = all_full[span] = full.issuperset(range(span[0], span[1] + 1))
        if done:
            continue
        for year in range(span[0], span[1] + 1):
            if year not in full:
                (codes := shown[year]).append(pk)
                if len(codes) >= TIMELINE_CODES:
                    full.add(year)
                    all_full.clear()
    change: dict[int, int] = defaultdict(int)
    for (first, last), number in tally.items():
        change[first] += number
        change[last + 1] -= number
    running = 0
    for year in range(min(change, default=0), max(change, default=0)):
        running += change.get(year, 0)
        if running:
            counts.totals[year] = running
    return counts


# `spans`' marker of a period not yet worked out (None: a period without a year).
_UNSEEN = object()


def _span(start: str | None, end: str | None) -> tuple[int, int] | None:
    """The first and last year a period covers on the timeline, or None without a year."""
    first = _year(start) or _year(end)
    if first is None:
        return None
    return first, min(max(_year(end) or first, first), first + LONGEST_PERIOD_YEARS)


def _timeline(counts: TimelineCounts) -> tuple[list[TimelineYear], list]:
    """The timeline from the first year to the last (the years between included, even empty
    ones) and the testimonies without a period, with their codes and addresses: only those
    shown (twelve a year, and the undated ones) are read, in one more query; the rest of a year
    is a count (thousands of rows for a heavily named entity)."""
    shown, totals = counts.shown, counts.totals
    wanted = sorted({pk for pks in shown.values() for pk in pks} | set(counts.undated))
    detail_url = _detail_urls()
    labels = {
        pk: (detail_url(uuid), case_code)
        # In chunks below SQLite's limit of variables (undated testimonies are all listed).
        for start in range(0, len(wanted), LABELS_CHUNK)
        for pk, uuid, case_code in Testimony.objects.filter(
            pk__in=wanted[start : start + LABELS_CHUNK]
        ).values_list("pk", "uuid", "case_code")
    }
    undated_labels = [labels[pk] for pk in counts.undated if pk in labels]
    if not totals:
        return [], undated_labels
    return [
        TimelineYear(
            year,
            [labels[pk] for pk in shown.get(year, []) if pk in labels],
            totals.get(year, 0),
        )
        for year in range(min(totals), max(totals) + 1)
    ], undated_labels


def _kept_timeline(entity: Entity) -> TimelineCounts:
    """The timeline counts of `entity` over every testimony, read from `EntityTimeline` (call
    `entity_stats.refresh_entity_pages` first): one row a year."""
    counts = TimelineCounts()
    for year, testimonies, shown in EntityTimeline.objects.filter(entity=entity).values_list(
        "year", "testimonies", "shown"
    ):
        ids = [int(pk) for pk in shown.split(",") if pk]
        if year == UNDATED_YEAR:
            counts.undated = ids
        else:
            counts.totals[year] = testimonies
            counts.shown[year] = ids
    return counts


class KeptPages:
    """The ids of the testimonies naming an entity in the page's order, for the paginator:
    counted from `EntityStats` and read a page at a time from `EntityPage` (call
    `entity_stats.refresh_entity_pages` first), instead of every id read to cut fifty out."""

    def __init__(self, entity: Entity, total: int) -> None:
        self.entity, self.total = entity, total

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key: slice) -> list[int]:
        # The paginator asks for whole pages: [(number - 1) * size : number * size].
        number = (key.start or 0) // TESTIMONIES_PAGE_SIZE + 1
        # Unordered: `first()` would order by id, and PostgreSQL then walked the primary key
        # through the pages of other entities (1-1.4 ms) instead of the (entity, number) key.
        ids = EntityPage.objects.filter(entity=self.entity, number=number).values_list(
            "testimony_ids", flat=True
        )
        return [int(pk) for pk in next(iter(ids.order_by()[:1]), "").split(",") if pk]


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def entity_detail(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """One entity: its names, the testimonies the user may see that name it, and a timeline."""
    entity = get_object_or_404(Entity.objects.select_related("country"), uuid=uuid)
    if entity.merged_into_id:
        # A merged duplicate's links moved to the entity it was merged into: show that one.
        kept = final_entity(entity)
        return redirect("testimony:entity_detail", uuid=kept.uuid)
    can_petition = request.user.has_perm("testimony.add_petition")
    entity_stats.refresh()
    summary, exportable = None, 0
    if request.user.has_perm("testimony.view_all_testimonies"):
        # Every testimony counts: the figures, the timeline, the pages and the exportable
        # count are kept per entity; nothing here reads every testimony naming the entity.
        if can_petition:
            entity_stats.refresh_exportable()
        entity_stats.refresh_entity_pages(entity.pk)
        # The count with the rest of the entity's kept row, in one statement.
        found = _kept_summaries([(entity.pk, None)], EntityStats.objects.all())
        summary = found[0] if found and found[0].testimonies else None
        total = summary.testimonies if summary else 0
        timeline, undated = _timeline(_kept_timeline(entity))
        order: KeptPages | list[int] = KeptPages(entity, total)
        if can_petition:
            exportable = (
                EntityExportable.objects.filter(pk=entity.pk)
                .values_list("testimonies", flat=True)
                .first()
                or 0
            )
    else:
        # The user's kept mention rows in the page's order: the timeline, the page and the
        # exportable count are all cut from them.
        entity_stats.refresh_mentions()
        own, params = _own_mentions(request.user, entity)
        with connection.cursor() as cursor:
            cursor.execute(own, params)
            read = cursor.fetchall()
        timeline, undated = _timeline(timeline_counts(read))
        order = [row[0] for row in read]
        kept = _kept_rows(request.user, {})
        found = _kept_summaries([(entity.pk, len(read))], kept) if kept is not None and read else []
        summary = found[0] if found else None
        if can_petition:
            entity_stats.refresh_exportable()
            approved = Testimony.objects.filter(
                status=Status.APPROVED,
                pk__in=RawSQL(f"SELECT testimony_id FROM ({own}) own", params),  # noqa: S608, S611  # nosec B608 B611
            )
            exportable = entity_stats.exportable_count(list(approved.values_list("pk", flat=True)))
    if summary is None:
        # No kept row (no testimony the user sees names it): the statements, which say so.
        visible, restricted = _filtered_testimonies(request.user, {})
        summary = _summaries([(entity.pk, len(order))], visible if restricted else None)[0]
    # The page is cut from the ids in order: no count, no sort of wide rows.
    page = Paginator(order, TESTIMONIES_PAGE_SIZE).get_page(request.GET.get("page"))
    on_page = list(page.object_list)
    # Without the encrypted columns the page does not show (each would be decrypted on load):
    # the staff-only import extra, and the indicators' passages (their labels alone).
    by_pk = (
        Testimony.objects.select_related("country", "sector")
        .defer("imported_extra")
        .in_bulk(on_page)
    )
    testimonies_on_page = [by_pk[pk] for pk in on_page if pk in by_pk]
    indicators: dict[int, set[str]] = defaultdict(set)
    indicator_labels = {value: str(label) for value, label in Indicator.choices}
    for testimony_id, indicator in IndicatorTag.objects.filter(
        testimony_id__in=on_page
    ).values_list("testimony_id", "indicator"):
        indicators[testimony_id].add(indicator_labels.get(indicator, indicator))
    roles: dict[int, set[str]] = defaultdict(set)
    for testimony_id, role in TestimonyEntity.objects.filter(
        entity=entity, testimony_id__in=on_page
    ).values_list("testimony_id", "role"):
        roles[testimony_id].add(EntityRole(role).label)
    for testimony_id, employer_id, site_id in Posting.objects.filter(
        Q(employer=entity) | Q(site=entity), testimony_id__in=on_page
    ).values_list("testimony_id", "employer_id", "site_id"):
        if employer_id == entity.pk:
            roles[testimony_id].add(EntityRole.EMPLOYER.label)
        if site_id == entity.pk:
            roles[testimony_id].add(EntityRole.SITE.label)
    detail_url = _detail_urls()
    entries = [
        {
            "testimony": testimony,
            "url": detail_url(testimony.uuid),
            "roles": sorted(str(role) for role in roles[testimony.pk]),
            "indicators": sorted(indicators[testimony.pk]),
        }
        for testimony in testimonies_on_page
    ]
    ctx = {
        "entity": entity,
        "summary": summary,
        "page": page,
        "entries": entries,
        "timeline": timeline,
        "undated": undated,
        "can_petition": can_petition,
        "exportable": exportable,
    }
    return render(request, "testimony/entity_detail.html", ctx)
