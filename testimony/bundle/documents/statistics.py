"""Summary statistics (pure; the dashboard reuses them)."""

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from testimony.bundle.case_facts import (
    SENDING_STATE,
    EntityPattern,
    EntityPatternTally,
)
from testimony.bundle.content import (
    CaseRelease,
)
from testimony.bundle.documents.text import NOT_STATED, _of, _or
from testimony.models.testimony import FIRST_YEAR, current_year

_YEAR = re.compile(r"(?<![0-9])(1[89][0-9][0-9]|20[0-9][0-9])(?![0-9])")

FACTS = (
    ("passport_confiscated", "confiscation of their passport"),
    ("movement_restricted", "restriction of their movement"),
    ("surveillance", "surveillance by minders"),
    ("loyalty_contributions", 'forced "loyalty" contributions'),
    ("violence", "violence"),
    ("threats_to_family", "threats against their family"),
)
HOURS_BINS = (
    ("under 10", 0, 9),
    ("10-11", 10, 11),
    ("12-13", 12, 13),
    ("14-15", 14, 15),
    ("16-17", 16, 17),
    ("18 or more", 18, 24),
)
_PERIOD_WORDS = {"total": "in total", "contract": "for the whole contract", "": ""}


def wage_period_label(code: str) -> str:
    """'month' -> 'per month'; free text stays as it is."""
    code = code.strip()
    return _PERIOD_WORDS.get(code, f"per {code}")


def _counts(counter: Counter[str]) -> list[dict[str, Any]]:
    ordered = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return [{"name": name, "count": count} for name, count in ordered]


def _median(values: Counter[float] | Counter[int]) -> float | None:
    """The median of counted values (value: how many times), as statistics.median would give."""
    total = values.total()
    if not total:
        return None
    middle = [(total - 1) // 2, total // 2]  # the one or two middle positions, from 0
    found: list[float] = []
    seen = 0
    for value, count in sorted(values.items()):
        while middle and middle[0] < seen + count:
            found.append(value)
            middle.pop(0)
        seen += count
    return float(sum(found) / len(found))


def _case_years(period: str) -> range | None:
    # Bounded, so that a stored mistake cannot count a case in every year of a century.
    years = [
        int(match) for match in _YEAR.findall(period) if FIRST_YEAR <= int(match) <= current_year()
    ]
    return range(min(years), max(years) + 1) if years else None


class SummaryTally:
    """The cross-case pattern, counted case by case: a bundle of any size adds its cases here
    one at a time and keeps only counters (of values, not of cases), so memory stays flat.

    Medians come from counters of values: hours, days off and wage amounts repeat a lot.
    """

    def __init__(self) -> None:
        self.total = 0
        self.case_codes: list[str] = []  # for the cover letter's list: a few bytes a case
        self.indicators: Counter[str] = Counter()
        self.years: Counter[int] = Counter()
        self.cases_with_period = 0
        self.hours: Counter[int] = Counter()
        self.days_off: Counter[int] = Counter()
        self.facts = {attribute: Counter[bool | None]() for attribute, _phrase in FACTS}
        # Each case once in every country it has a posting in (a worker posted to Russia then
        # Kuwait counts in both), so the counts may add up to more than the cases.
        self.countries: Counter[str] = Counter()
        self._patterns = EntityPatternTally()
        self.sectors: Counter[str] = Counter()
        self.endings: Counter[str] = Counter()
        # How many victims are named by full name, initials or pseudonym (the cover letter).
        self.naming: Counter[str] = Counter()
        # Per (currency, period): counted amounts; pairs known in the same unit, and of
        # those how many received less than half of what was promised.
        self.promised: dict[tuple[str, str], Counter[float]] = {}
        self.received: dict[tuple[str, str], Counter[float]] = {}
        self.both_known: Counter[tuple[str, str]] = Counter()
        self.less_than_half: Counter[tuple[str, str]] = Counter()

    def add(self, case: CaseRelease) -> None:
        self.total += 1
        self.case_codes.append(case.case_code)
        self.indicators.update({indicator.indicator.strip() for indicator in case.indicators})
        span = _case_years(case.period)
        if span is not None:
            self.cases_with_period += 1
            self.years.update(span)
        if case.hours_per_day is not None:
            self.hours[case.hours_per_day] += 1
        if case.days_off_per_month is not None:
            self.days_off[case.days_off_per_month] += 1
        for attribute, counter in self.facts.items():
            counter[getattr(case, attribute)] += 1
        countries = [country for country in case.countries if country.strip()] or [case.country]
        self.countries.update(
            list(dict.fromkeys(_or(country, NOT_STATED) for country in countries))
        )
        self._patterns.add(case)
        self.sectors[_or(case.sector, NOT_STATED)] += 1
        self.endings[_or(case.ending, NOT_STATED)] += 1
        self.naming[case.victim_naming] += 1
        self._add_wages(case)

    def _add_wages(self, case: CaseRelease) -> None:
        """A received amount without a currency or period (typically "nothing") is read in the
        promised wage's currency and period. The less-than-half comparison only uses cases
        whose two amounts are in the same currency and period."""
        p_key = (case.promised_wage_currency.strip(), case.promised_wage_period.strip())
        r_key = (
            case.received_wage_currency.strip() or p_key[0],
            case.received_wage_period.strip() or p_key[1],
        )
        promised, received = case.promised_wage_amount, case.received_wage_amount
        if promised is not None:
            self.promised.setdefault(p_key, Counter())[promised] += 1
        if received is not None:
            self.received.setdefault(r_key, Counter())[received] += 1
        if promised is not None and received is not None and p_key == r_key:
            self.both_known[p_key] += 1
            self.less_than_half[p_key] += received < promised / 2

    def _wage_groups(self) -> list[dict[str, Any]]:
        """Median promised and received wages per currency and period."""
        groups = []
        for key in sorted(set(self.promised) | set(self.received)):
            currency, period = key
            promised = self.promised.get(key, Counter())
            received = self.received.get(key, Counter())
            both, less_than_half = self.both_known[key], self.less_than_half[key]
            label = " ".join(part for part in (currency, wage_period_label(period)) if part)
            groups.append(
                {
                    "currency": currency,
                    "period": period,
                    "label": label,
                    "promised_known": promised.total(),
                    "received_known": received.total(),
                    "median_promised": _median(promised),
                    "median_received": _median(received),
                    "both_known": both,
                    "less_than_half": less_than_half,
                    "sentence": (
                        f"{less_than_half} of {both} received less than half what was promised"
                        if both
                        else ""
                    ),
                }
            )
        groups.sort(key=lambda group: (-(group["promised_known"] + group["received_known"]), key))
        return groups

    def states_concerned(self) -> list[tuple[str, list[str]]]:
        """[("sending", [North Korea]), ("receiving", [each country, in the order first
        named])]: the States the bundle concerns, for the cover letter."""
        receiving = [name for name in self.countries if name != NOT_STATED]
        return [("sending", [SENDING_STATE]), ("receiving", receiving)]

    def entity_patterns(self, minimum: int = 2) -> list[EntityPattern]:
        """Companies, state bodies and sites named in one role by `minimum` cases or more."""
        return self._patterns.patterns(minimum)

    def statistics(self) -> dict[str, Any]:
        """The pattern so far, as plain JSON-friendly data."""
        total = self.total
        indicators = [
            {
                "indicator": label,
                "count": count,
                "sentence": f"{_of(count, total)} report {label.lower()}",
            }
            for label, count in sorted(
                self.indicators.items(), key=lambda item: (-item[1], item[0])
            )
            if label
        ]
        years = {
            "first": min(self.years) if self.years else None,
            "last": max(self.years) if self.years else None,
            "cases_per_year": [{"year": y, "count": self.years[y]} for y in sorted(self.years)],
            "cases_with_period": self.cases_with_period,
        }
        hours_known = self.hours.total()
        long_days = sum(count for value, count in self.hours.items() if value >= 12)
        hours = {
            "known": hours_known,
            "median": _median(self.hours),
            "min": min(self.hours) if self.hours else None,
            "max": max(self.hours) if self.hours else None,
            "twelve_or_more": long_days,
            "sentence": (
                f"{long_days} of {hours_known} worked 12 hours or more a day" if hours_known else ""
            ),
            "distribution": [
                {
                    "label": label,
                    "count": sum(c for value, c in self.hours.items() if low <= value <= high),
                }
                for label, low, high in HOURS_BINS
            ],
        }
        days_off = {
            "known": self.days_off.total(),
            "median": _median(self.days_off),
            "min": min(self.days_off) if self.days_off else None,
            "max": max(self.days_off) if self.days_off else None,
        }
        facts = [
            {
                "fact": attribute,
                "count": self.facts[attribute][True],
                "stated": total - self.facts[attribute][None],
                "sentence": f"{_of(self.facts[attribute][True], total)} report {phrase}",
            }
            for attribute, phrase in FACTS
        ]
        return {
            "testimonies": total,
            "countries": _counts(self.countries),
            "sectors": _counts(self.sectors),
            "years": years,
            "indicators": indicators,
            "wages": self._wage_groups(),
            "hours_per_day": hours,
            "days_off_per_month": days_off,
            "facts": facts,
            "endings": _counts(self.endings),
        }


def summary_statistics(cases: Iterable[CaseRelease]) -> dict[str, Any]:
    """The cross-case pattern of a set of released cases, as plain JSON-friendly data."""
    tally = SummaryTally()
    for case in cases:
        tally.add(case)
    return tally.statistics()


def _period_text(years: dict[str, Any]) -> str:
    first, last = years["first"], years["last"]
    if first is None:
        return "an unstated period"
    return str(first) if first == last else f"{first} to {last}"


def _listing(counts: list[dict[str, Any]]) -> str:
    return ", ".join(f"{item['name']} ({item['count']})" for item in counts)
