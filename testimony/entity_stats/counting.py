"""One entity's figures counted from its testimonies' kept facts and witness keys, as
the pages compute them (`_figures`); the per-country periods kept with the per-user and
per-filter figures (`_periods_text`, `_periods_read`), and a testimony's contribution to
an entity's figures (`Counted`), which moves them."""

import json
from itertools import chain
from typing import NamedTuple

# The columns every kept figure table shares.
FIGURES = ["testimonies", "witnesses", "first_year", "last_year", "countries"]


class Counted(NamedTuple):
    """A testimony's contribution to an entity's figures: added (named now, not before) or
    removed, with its facts (country, began, ended) and witness keys as counted."""

    added: bool
    facts: list[tuple]
    keys: set[str]


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
