"""What the cross-case summary says."""

from typing import Any

from testimony.bundle.content import (
    BundleContent,
)
from testimony.bundle.documents.blocks import (
    Block,
    _bullet,
    _field,
    _heading,
    _para,
    _small,
    _title,
)
from testimony.bundle.documents.charts import MIN_CASES_TO_CHART, _bar_chart
from testimony.bundle.documents.fonts import MissingGlyph, UnrenderableText, missing_glyph_message
from testimony.bundle.documents.statistics import _listing, _period_text
from testimony.bundle.documents.text import NOT_STATED, _long_date, _number, _of


def _chart_or_note(
    behind: int,
    labels: list[str],
    series: list[list[float]],
    counts: list[list[int]],
    *,
    horizontal: bool,
    caption: str,
    value_max: float | None = None,
    legend: list[str] | None = None,
) -> Block:
    """The chart, or a note in its place when fewer than MIN_CASES_TO_CHART testimonies are
    behind it (`behind`)."""
    if behind < MIN_CASES_TO_CHART:
        return _small(
            f"{caption}: too few testimonies to chart ({behind}, fewer than "
            f"{MIN_CASES_TO_CHART}); the figures are given above."
        )
    try:
        drawing = _bar_chart(
            labels,
            series,
            counts,
            horizontal=horizontal,
            caption=caption,
            value_max=value_max,
            legend=legend,
        )
    except MissingGlyph as missing:
        message = missing_glyph_message(missing, "The cross-case summary", f"the chart '{caption}'")
        raise UnrenderableText(message) from None
    return Block("chart", drawing=drawing)


def _summary_blocks(content: BundleContent, stats: dict[str, Any]) -> list[Block]:
    total = stats["testimonies"]
    petition = content.petition
    blocks = [
        _title("Cross-case summary"),
        _small(f"{petition.title} · {_long_date(petition.date)} · bundle {content.bundle_id}"),
        _heading("The testimonies"),
        _field("Testimonies", str(total)),
        _field("Years covered", _period_text(stats["years"])),
        _field("Countries", _listing(stats["countries"]) or NOT_STATED),
        _field("Sectors", _listing(stats["sectors"]) or NOT_STATED),
    ]
    if any(item["name"] != NOT_STATED for item in stats["endings"]):
        blocks.append(_field("How it ended", _listing(stats["endings"])))
    if sum(item["count"] for item in stats["countries"]) > total:
        blocks.append(_small("A testimony with postings in several countries counts in each."))

    blocks.append(_heading("Indicators of forced labour (ILO)"))
    indicators = stats["indicators"]
    if indicators:
        blocks += [_bullet(item["sentence"] + ".") for item in indicators]
        # Most frequent at the top: horizontal bar charts draw their first category lowest.
        ordered = list(reversed(indicators))
        blocks.append(
            _chart_or_note(
                total,
                [item["indicator"] for item in ordered],
                [[item["count"] for item in ordered]],
                [[item["count"] for item in ordered]],
                horizontal=True,
                caption=f"Testimonies reporting each indicator (of {total})",
                value_max=total,
            )
        )
    else:
        blocks.append(_para("No indicator is tagged in these testimonies."))

    blocks.append(_heading("Wages promised and received"))
    wages = stats["wages"]
    for group in wages:
        label = group["label"] or "unstated currency"
        parts = []
        if group["median_promised"] is not None:
            parts.append(
                f"median promised {_number(group['median_promised'])} "
                f"({_of(group['promised_known'], total)})"
            )
        if group["median_received"] is not None:
            parts.append(
                f"median received {_number(group['median_received'])} "
                f"({_of(group['received_known'], total)})"
            )
        if group["sentence"]:
            parts.append(group["sentence"])
        blocks.append(_bullet("; ".join(parts) + ".", lead=f"{label}: "))
    if not wages:
        blocks.append(_para("No testimony states a wage."))
    # A median of one or two amounts is not drawn as if it were a pattern.
    both = [
        g for g in wages if g["median_promised"] is not None and g["median_received"] is not None
    ]
    chartable = [
        g for g in both if min(g["promised_known"], g["received_known"]) >= MIN_CASES_TO_CHART
    ]
    if chartable:
        blocks.append(
            _chart_or_note(
                total,
                [g["label"] or "unstated" for g in chartable],
                [
                    [g["median_promised"] for g in chartable],
                    [g["median_received"] for g in chartable],
                ],
                [
                    [g["promised_known"] for g in chartable],
                    [g["received_known"] for g in chartable],
                ],
                legend=["promised", "received"],
                horizontal=False,
                caption="Median wage promised and received",
            )
        )
    left_out = [g["label"] or "unstated currency" for g in both if g not in chartable]
    if left_out:
        blocks.append(
            _small(
                f"Not charted, fewer than {MIN_CASES_TO_CHART} testimonies state both "
                f"amounts: {', '.join(left_out)}."
            )
        )

    blocks.append(_heading("Hours and days off"))
    hours, days = stats["hours_per_day"], stats["days_off_per_month"]
    if hours["known"]:
        blocks.append(
            _bullet(
                f"median {_number(hours['median'])} hours a day, from {hours['min']} to "
                f"{hours['max']} ({_of(hours['known'], total)} state their hours); "
                f"{hours['sentence']}.",
                lead="Hours per day: ",
            )
        )
    else:
        blocks.append(_bullet("not stated.", lead="Hours per day: "))
    if days["known"]:
        blocks.append(
            _bullet(
                f"median {_number(days['median'])}, from {days['min']} to {days['max']} "
                f"({_of(days['known'], total)} state them).",
                lead="Days off per month: ",
            )
        )
    else:
        blocks.append(_bullet("not stated.", lead="Days off per month: "))
    if hours["known"]:
        distribution = hours["distribution"]
        blocks.append(
            _chart_or_note(
                hours["known"],
                [item["label"] for item in distribution],
                [[item["count"] for item in distribution]],
                [[item["count"] for item in distribution]],
                horizontal=False,
                caption=f"Testimonies by hours worked per day (of {total})",
                value_max=total,
            )
        )

    blocks.append(_heading("Other facts"))
    blocks += [_bullet(item["sentence"] + ".") for item in stats["facts"]]
    blocks.append(
        _small(
            "Counts are of testimonies; a testimony counts once per indicator or fact. "
            "A fact not stated in a testimony is not counted as reported."
        )
    )
    return blocks
