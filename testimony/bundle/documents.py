"""The bundle's documents: cover letter, per-case submissions and the cross-case summary.

Each document is first built as a list of plain blocks (headings, paragraphs, label/value
fields, quoted passages) and then drawn by one of two backends: reportlab for PDF, python-docx
for DOCX. Every string in a block is user data and is escaped (PDF mini-markup) or stripped of
characters XML forbids (both formats) by the backend, never by the block builders.

Output is deterministic: no timestamps other than the petition's date, fixed PDF ids and fixed
ZIP entry times in the DOCX, so the same content always gives the same bytes.
"""

import copy
import functools
import hashlib
import io
import re
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.run import Run
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from testimony.bundle.content import (
    VICTIM_FULL_NAME,
    VICTIM_INITIALS,
    VICTIM_PSEUDONYM,
    BundleContent,
    CaseRelease,
    PetitionRelease,
)
from testimony.models.testimony import FIRST_YEAR, current_year

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
    Path("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf"),
)
NO_FONT_MESSAGE = (
    "No font with Hangul was found: install the Debian package fonts-nanum (make deps installs "
    "it) or set TESTIMONY_PDF_FONT to a TrueType font that covers Hangul."
)
# The font Word and LibreOffice are asked to use for Latin and East Asian text in DOCX files.
DOCX_FONT = "NanumGothic"
NOT_STATED = "Not stated"
NOT_RELEASED = "Not released"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Characters XML 1.0 forbids (python-docx raises on them; reportlab would draw boxes).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9][0-9]|20[0-9][0-9])(?![0-9])")


# ---------------------------------------------------------------------------------------------
# Fonts


def hangul_font_path() -> Path:
    """The TrueType font that PDFs embed: settings.TESTIMONY_PDF_FONT, else a Nanum font."""
    configured = getattr(settings, "TESTIMONY_PDF_FONT", None)
    if configured:
        path = Path(configured)
        if not path.is_file():
            raise ImproperlyConfigured(
                f"TESTIMONY_PDF_FONT is {configured!s}, which does not exist. {NO_FONT_MESSAGE}"
            )
        return path
    for candidate in FONT_CANDIDATES:
        if candidate.is_file():
            return candidate
    raise ImproperlyConfigured(NO_FONT_MESSAGE)


_registered_fonts: dict[Path, tuple[str, str]] = {}


def _pdf_fonts() -> tuple[str, str]:
    """Register the Hangul font (and its bold sibling, if any) once; return (regular, bold).

    The path is looked up on every call, so a changed or missing setting is never hidden by
    the cache.
    """
    path = hangul_font_path()
    if path in _registered_fonts:
        return _registered_fonts[path]
    suffix = hashlib.sha256(str(path).encode()).hexdigest()[:8]
    regular = f"{path.stem}-{suffix}"
    bold_path = path.with_name(f"{path.stem}Bold{path.suffix}")
    bold = f"{path.stem}Bold-{suffix}" if bold_path.is_file() else regular
    try:
        pdfmetrics.registerFont(TTFont(regular, str(path)))
        if bold != regular:
            pdfmetrics.registerFont(TTFont(bold, str(bold_path)))
    except TTFError as error:
        raise ImproperlyConfigured(
            f"{path} cannot be embedded ({error}). {NO_FONT_MESSAGE}"
        ) from error
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
    )
    _registered_fonts[path] = (regular, bold)
    return regular, bold


# ---------------------------------------------------------------------------------------------
# Text helpers


def clean_text(text: str) -> str:
    """User text without the characters XML 1.0 forbids, with Unix line ends."""
    return _XML_FORBIDDEN.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def _pdf_markup(text: str) -> str:
    """User text made literal for reportlab's paragraph mini-markup."""
    return escape(clean_text(text)).replace("\n", "<br/>")


def _paragraphs(text: str) -> list[str]:
    """Split a narrative on blank lines, so that long statements flow paragraph by paragraph."""
    parts = [part.strip() for part in re.split(r"\n\s*\n", clean_text(text))]
    return [part for part in parts if part]


def _or(value: str, default: str) -> str:
    return value.strip() if value and value.strip() else default


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def _long_date(iso: str) -> str:
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _of(count: int, total: int, noun: str = "testimonies") -> str:
    return f"{count} of {total} {noun if total != 1 else noun.removesuffix('ies') + 'y'}"


# ---------------------------------------------------------------------------------------------
# Blocks: what a document says, independent of its format


@dataclass(frozen=True)
class Block:
    kind: str  # title, heading, subheading, para, field, bullet, quote, small, chart
    text: str = ""
    label: str = ""  # field label or bold lead-in; not user data
    drawing: Drawing | None = None


def _title(text: str) -> Block:
    return Block("title", text)


def _heading(text: str) -> Block:
    return Block("heading", text)


def _para(text: str, lead: str = "") -> Block:
    return Block("para", text, label=lead)


def _field(label: str, value: str) -> Block:
    return Block("field", value, label=label)


def _bullet(text: str, lead: str = "") -> Block:
    return Block("bullet", text, label=lead)


def _quote(text: str) -> Block:
    return Block("quote", text)


def _small(text: str) -> Block:
    return Block("small", text)


# ---------------------------------------------------------------------------------------------
# Summary statistics (pure; the dashboard reuses them)

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
        self.countries: Counter[str] = Counter()
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
        self.countries[_or(case.country, NOT_STATED)] += 1
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


# ---------------------------------------------------------------------------------------------
# What each document says


# How each kind of naming reads in the cover letter, in the order it is listed.
_NAMED_BY = (
    (VICTIM_PSEUDONYM, "by pseudonym only"),
    (VICTIM_INITIALS, "by initials"),
    (VICTIM_FULL_NAME, "by full name"),
    ("", "as their consent allows"),
)


def naming_statement(naming: Counter[str], total: int) -> str:
    """The cover letter's sentence on how the victims are named, counted from their consents:
    "Of the 12 cases, 10 name the alleged victim by pseudonym only, 1 by initials and 1 by full
    name, as that victim consented." """
    counts = [(phrase, naming[kind]) for kind, phrase in _NAMED_BY if naming[kind]]
    full = naming[VICTIM_FULL_NAME]
    consented = ""
    if full:
        consented = ", as that victim consented" if full == 1 else ", as those victims consented"
    if not counts:
        return "No alleged victim is named."
    if len(counts) == 1:
        phrase = counts[0][0]
        if total == 1:
            return f"The alleged victim is named {phrase}{', as they consented' if full else ''}."
        return f"All {total} alleged victims are named {phrase}{consented}."
    (first_phrase, first_count), *rest = counts
    verb = "names" if first_count == 1 else "name"
    parts = [f"{first_count} {verb} the alleged victim {first_phrase}"]
    parts += [f"{count} {phrase}" for phrase, count in rest]
    listed = ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Of the {total} cases, {listed}{consented}."


def _cover_letter_blocks(content: BundleContent, tally: SummaryTally | None = None) -> list[Block]:
    petition = content.petition
    stats = tally.statistics() if tally else summary_statistics(content.cases)
    total = stats["testimonies"]
    salutation = (
        "Dear Special Rapporteur,"
        if "rapporteur" in petition.mandate.lower()
        else "Dear Sir or Madam,"
    )
    countries, sectors = stats["countries"], stats["sectors"]
    scope = (
        f"This submission concerns {'one case' if total == 1 else f'{total} cases'} of forced "
        f"labour, each documented "
        f"by an interview with a witness. They took place in {len(countries)} "
        f"{'country' if len(countries) == 1 else 'countries'} ({_listing(countries)}), "
        f"in {len(sectors)} {'sector' if len(sectors) == 1 else 'sectors'} "
        f"({_listing(sectors)}), over {_period_text(stats['years'])}."
    )
    codes = tally.case_codes if tally else [case.case_code for case in content.cases]
    naming = tally.naming if tally else Counter(case.victim_naming for case in content.cases)
    case_codes = ", ".join(codes) or "none"
    blocks = [
        _para(petition.organisation),
        _para(_long_date(petition.date)),
        _para("\n".join(part for part in (petition.mandate, petition.mandate_address) if part)),
        _para(petition.title, lead="Subject: "),
        _para(salutation),
    ]
    blocks += [_para(part) for part in _paragraphs(petition.summary)]
    blocks += [
        _para(scope),
        _para(
            f"{naming_statement(naming, total)} No victim is named more fully than they "
            "consented to, and none whose family may remain in North Korea by full name. Each "
            "enclosed submission holds only what its witness agreed to release, and the "
            "statements have been anonymized."
        ),
        _heading("Confidentiality"),
    ]
    blocks += [_para(part) for part in _paragraphs(petition.confidentiality)]
    blocks += [
        _para(
            "We understand that the United Nations keeps the identity of the submitting "
            "organisation and of its sources confidential, and we ask that it do so."
        ),
        _heading("Enclosed"),
        _bullet("cover_letter.pdf and cover_letter.docx, this letter;", lead="Cover letter: "),
        _bullet(
            f"cases/, one PDF and one DOCX per case, named by case code and laid out like the "
            f"mandate's submission form ({case_codes});",
            lead="Submissions: ",
        ),
        _bullet(
            "summary.pdf, the cross-case pattern: countries, sectors, years, indicators of forced "
            "labour, wages, hours and days off;",
            lead="Summary: ",
        ),
        _bullet("data/, the released fields as CSV, XLSX and JSON with a JSON Schema;", "Data: "),
        _bullet(
            "manifest.json with the SHA-256 of every file, its signature manifest.json.sig and "
            "the public key to check it, so that any alteration can be detected; README.txt "
            "says how.",
            lead="Manifest: ",
        ),
    ]
    if content.signing_key_fingerprint:
        blocks += [
            _para(
                "The manifest is signed with our Ed25519 key. Its fingerprint (the SHA-256 of "
                f"the public key) is {content.signing_key_fingerprint}. A bundle whose key has "
                "another fingerprint was not signed by us, or was altered after we signed it.",
                lead="Signing key: ",
            )
        ]
    blocks += [
        _para("Yours faithfully,"),
        _para(petition.organisation),
        _para(petition.contact, lead="Contact (confidential): "),
    ]
    return blocks


def _case_blocks(case: CaseRelease, petition: PetitionRelease) -> list[Block]:
    blocks = [
        _title(f"Submission to the {petition.mandate}" if petition.mandate else "Submission"),
        _small(f"Case {case.case_code}, version {case.version} · {petition.title}"),
        _heading("1. Alleged victim(s)"),
        _field("Victim", _or(case.victim, NOT_RELEASED)),
        _field("Sex", _or(case.victim_sex, NOT_RELEASED)),
        _field("Age", _or(case.victim_age_band, NOT_RELEASED)),
        _field("Home province", _or(case.victim_home_province, NOT_RELEASED)),
        _field("Family still in North Korea", _or(case.family_in_north_korea, NOT_STATED)),
        _heading("2. Alleged perpetrator(s)"),
    ]
    perpetrators = [p for p in case.perpetrators if p.strip()]
    blocks += [_bullet(p) for p in perpetrators] or [_para(NOT_STATED)]
    blocks += [
        _heading("3. Date and place"),
        _field("Period", _or(case.period, NOT_STATED)),
        _field("Country", _or(case.country, NOT_STATED)),
        _field("Sector", _or(case.sector, NOT_STATED)),
        _heading("4. Description of the facts"),
    ]
    blocks += [_para(part) for part in _paragraphs(case.description_en)] or [_para(NOT_STATED)]
    if case.description_original.strip():
        language = _or(case.original_language, "original language")
        blocks.append(Block("subheading", f"Original statement ({language})"))
        blocks += [_para(part) for part in _paragraphs(case.description_original)]
    blocks.append(_heading("5. Indicators of forced labour (ILO)"))
    if case.indicators:
        for indicator in case.indicators:
            lead = indicator.indicator + (f" ({indicator.phase})" if indicator.phase else "")
            blocks.append(_bullet(lead))
            blocks += [_quote(part) for part in _paragraphs(indicator.passage)]
    else:
        blocks.append(_para("No indicator tagged."))
    blocks += [
        _heading("6. Consent"),
        _field("(i) The victim consents to this submission", _yes_no(case.consent_un)),
        _field(
            "(j) The victim knows that a letter may be sent to the State concerned",
            _yes_no(case.consent_informed_state_letter),
        ),
        _field(
            "(k) The victim knows that a summary may appear in a public report",
            _yes_no(case.consent_informed_public_summary),
        ),
        _field("(l) Name in public reports", _or(case.consent_public_name, NOT_STATED)),
        _field("Who may receive this information", _or(case.consent_recipients, NOT_STATED)),
        _heading("7. Source"),
        _para(
            f"Interview conducted by {_or(petition.organisation, NOT_STATED)}; "
            f"how the witness knows: {_or(case.knowledge, NOT_STATED)}."
        ),
    ]
    return blocks


# ---------------------------------------------------------------------------------------------
# PDF backend

_INK = colors.HexColor("#1a1a1a")
_ACCENT = colors.HexColor("#2b4c7e")
_MUTED = colors.HexColor("#555555")


def _pdf_styles() -> dict[str, ParagraphStyle]:
    regular, bold = _pdf_fonts()
    base = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=10,
        leading=14,
        textColor=_INK,
        alignment=TA_LEFT,
        spaceAfter=6,
    )
    return {
        "para": base,
        "title": ParagraphStyle(
            "title", base, fontName=bold, fontSize=15, leading=19, textColor=_ACCENT, spaceAfter=4
        ),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=bold,
            fontSize=12,
            leading=16,
            textColor=_ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "subheading": ParagraphStyle("subheading", base, fontName=bold, spaceBefore=6),
        "small": ParagraphStyle(
            "small", base, fontSize=8.5, leading=11, textColor=_MUTED, spaceAfter=8
        ),
        "quote": ParagraphStyle("quote", base, leftIndent=14 * mm, textColor=_MUTED),
        "label": ParagraphStyle("label", base, fontName=bold, spaceAfter=0),
        "value": ParagraphStyle("value", base, spaceAfter=0),
        "bullet": ParagraphStyle("bullet", base, spaceAfter=2),
    }


def _pdf_flowables(blocks: list[Block], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flowables: list[Flowable] = []
    fields: list[list[Paragraph]] = []

    def flush_fields() -> None:
        if fields:
            table = Table(list(fields), colWidths=[62 * mm, None], hAlign="LEFT", splitInRow=1)
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                    ]
                )
            )
            flowables.append(table)
            flowables.append(Spacer(1, 4))
            fields.clear()

    bullets: list[Paragraph] = []

    def flush_bullets() -> None:
        if bullets:
            flowables.append(
                ListFlowable(
                    [ListItem(item, leftIndent=12) for item in bullets],
                    bulletType="bullet",
                    start="•",
                    leftIndent=12,
                    bulletFontName=styles["para"].fontName,
                )
            )
            bullets.clear()

    for block in blocks:
        if block.kind != "field":
            flush_fields()
        if block.kind not in ("bullet", "quote"):
            flush_bullets()
        lead = f"<b>{escape(block.label)}</b>" if block.label else ""
        match block.kind:
            case "field":
                fields.append(
                    [
                        Paragraph(_pdf_markup(block.label), styles["label"]),
                        Paragraph(_pdf_markup(block.text), styles["value"]),
                    ]
                )
            case "bullet":
                bullets.append(Paragraph(lead + _pdf_markup(block.text), styles["bullet"]))
            case "quote":
                flush_bullets()
                flowables.append(Paragraph(_pdf_markup(block.text), styles["quote"]))
            case "chart":
                if block.drawing is not None:
                    flowables.append(KeepTogether([block.drawing, Spacer(1, 6)]))
            case "heading" | "subheading" | "title" | "small":
                flowables.append(Paragraph(_pdf_markup(block.text), styles[block.kind]))
            case _:
                flowables.append(Paragraph(lead + _pdf_markup(block.text), styles["para"]))
    flush_fields()
    flush_bullets()
    return flowables


def _render_pdf(blocks: list[Block], *, title: str, footer: str) -> bytes:
    styles = _pdf_styles()
    regular = styles["para"].fontName
    footer_text = clean_text(footer).replace("\n", " ")
    if len(footer_text) > 110:
        footer_text = footer_text[:107] + "..."

    def draw_footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(document.leftMargin, 12 * mm, footer_text)
        canvas.drawRightString(A4[0] - document.rightMargin, 12 * mm, f"page {document.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=clean_text(title),
        author="",
        subject="",
        creator="testimony",
        producer="testimony (reportlab)",
        invariant=1,
    )
    document.build(
        _pdf_flowables(blocks, styles), onFirstPage=draw_footer, onLaterPages=draw_footer
    )
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# DOCX backend


def _docx_fonts(run_properties: Any) -> None:
    """Name the Hangul-capable font for Latin and East Asian text (run.font.name plus eastAsia)."""
    fonts = run_properties.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), DOCX_FONT)
    # A theme font would win over the named one in the same element.
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)


def _docx_run_properties(*, bold: bool) -> Any:
    """The w:rPr every run of that weight gets: bold (if asked) and the Hangul-capable font."""
    run = Run(OxmlElement("w:r"), None)  # type: ignore[arg-type]
    if bold:
        run.bold = True
    _docx_fonts(run._element.get_or_add_rPr())
    return run._element.rPr


def _docx_run(paragraph: Any, text: str, template: "_DocxTemplate", *, bold: bool = False) -> Any:
    """Append a run to a w:p element, with a copy of the prepared run properties."""
    run = OxmlElement("w:r")
    run.append(copy.deepcopy(template.bold_rpr if bold else template.plain_rpr))
    text = clean_text(text)
    if text:
        run.text = text
    paragraph.append(run)
    return run


@dataclass(frozen=True)
class _ZipMember:
    """A ZIP member compressed ahead of time: its name, CRC-32, sizes and deflated bytes."""

    name: bytes
    crc: int
    size: int
    data: bytes


def _deflate(name: str, blob: bytes) -> _ZipMember:
    """Compress one member as zipfile does (raw deflate at the default level)."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    data = compressor.compress(blob) + compressor.flush()
    return _ZipMember(name.encode(), zlib.crc32(blob), len(blob), data)


def _write_zip(members: Iterable[_ZipMember], when: date) -> bytes:
    """A ZIP (a DOCX) of already compressed members, every entry time set to the given date.

    The layout is the one zipfile writes (deflate, Unix, mode 0600, no data descriptors), so
    equal content gives equal bytes, and members that never change are compressed only once.
    """
    dos_time = 0
    dos_date = ((max(when.year, 1980) - 1980) << 9) | (when.month << 5) | when.day
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    count = 0
    for member in members:
        header = struct.pack(
            "<4s2B4HL2L2H",
            b"PK\x03\x04",
            20,
            0,
            0,
            zipfile.ZIP_DEFLATED,
            dos_time,
            dos_date,
            member.crc,
            len(member.data),
            member.size,
            len(member.name),
            0,
        )
        central.append(
            struct.pack(
                "<4s4B4HL2L5H2L",
                b"PK\x01\x02",
                20,
                3,
                20,
                0,
                0,
                zipfile.ZIP_DEFLATED,
                dos_time,
                dos_date,
                member.crc,
                len(member.data),
                member.size,
                len(member.name),
                0,
                0,
                0,
                0,
                0o600 << 16,
                offset,
            )
            + member.name
        )
        local += (header, member.name, member.data)
        offset += len(header) + len(member.name) + len(member.data)
        count += 1
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0)
    return b"".join(local) + directory + end


# Block kind -> style id in python-docx's default template (ids, not names: a name lookup
# costs a scan of every style on each paragraph).
_DOCX_STYLES = {
    "title": "Title",
    "heading": "Heading1",
    "subheading": "Heading2",
    "bullet": "ListBullet",
    "quote": "Quote",
}


@dataclass(frozen=True)
class _DocxTemplate:
    """python-docx's default template, prepared once: styled, serialized and ready to copy.

    entries lists the package's ZIP members, compressed, in the order python-docx writes them;
    the two that change per document (the main document and the core properties) are None.
    """

    entries: tuple[tuple[str, _ZipMember | None], ...]
    document_name: str
    core_name: str
    document: Any  # pristine w:document element
    core: Any  # pristine cp:coreProperties element
    plain_rpr: Any
    bold_rpr: Any


@functools.cache
def _docx_template() -> _DocxTemplate:
    document = docx.Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "Quote"):
        _docx_fonts(document.styles[style_name].element.get_or_add_rPr())
    document.styles["Normal"].font.size = Pt(10.5)
    package = document.part.package
    core_part = package._core_properties_part  # created here if the template has none
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    blobs: list[tuple[str, bytes | None]] = [
        (CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob),
        (PACKAGE_URI.rels_uri.membername, package.rels.xml),
    ]
    for part in parts:
        dynamic = part is document.part or part is core_part
        blobs.append((part.partname.membername, None if dynamic else part.blob))
        if len(part.rels):
            blobs.append((part.partname.rels_uri.membername, part.rels.xml))
    return _DocxTemplate(
        entries=tuple(
            (name, None if blob is None else _deflate(name, blob)) for name, blob in blobs
        ),
        document_name=document.part.partname.membername,
        core_name=core_part.partname.membername,
        document=copy.deepcopy(document.element),
        core=copy.deepcopy(core_part.element),
        plain_rpr=_docx_run_properties(bold=False),
        bold_rpr=_docx_run_properties(bold=True),
    )


def _render_docx(blocks: list[Block], *, title: str, on: str) -> bytes:
    template = _docx_template()
    element = copy.deepcopy(template.document)
    core = copy.deepcopy(template.core)

    try:
        when = date.fromisoformat(on[:10])
    except ValueError:
        when = date(2000, 1, 1)
    properties = CoreProperties(core)
    properties.title = clean_text(title)[:250]
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.revision = 1
    properties.created = datetime(when.year, when.month, when.day, tzinfo=UTC)
    properties.modified = properties.created

    section = element.body.sectPr
    for block in blocks:
        if block.kind == "chart":
            continue
        paragraph = OxmlElement("w:p")
        if block.kind in _DOCX_STYLES:
            paragraph.style = _DOCX_STYLES[block.kind]
        if block.kind == "field":
            _docx_run(paragraph, f"{block.label}: ", template, bold=True)
        elif block.label:
            _docx_run(paragraph, block.label, template, bold=True)
        run = _docx_run(paragraph, block.text, template)
        if block.kind == "small":
            Run(run, None).font.size = Pt(8.5)  # type: ignore[arg-type]
        section.addprevious(paragraph)

    dynamic = {
        template.document_name: serialize_part_xml(element),
        template.core_name: serialize_part_xml(core),
    }
    return _write_zip(
        (
            member if member is not None else _deflate(name, dynamic[name])
            for name, member in template.entries
        ),
        when,
    )


# ---------------------------------------------------------------------------------------------
# Charts


def _bar_chart(
    labels: list[str],
    values: list[float],
    *,
    horizontal: bool,
    caption: str,
    value_max: float | None = None,
    colour: colors.Color = _ACCENT,
    series: list[list[float]] | None = None,
    legend: list[str] | None = None,
) -> Drawing:
    regular, bold = _pdf_fonts()
    data = series if series is not None else [values]
    labels = [clean_text(label)[:48] for label in labels]
    width = 165 * mm
    if horizontal:
        height = max(70, 18 * len(labels) + 45)
        chart: HorizontalBarChart | VerticalBarChart = HorizontalBarChart()
        chart.x, chart.y = 190, 20
        chart.width, chart.height = width - 205, height - 45
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
    else:
        height = 170
        chart = VerticalBarChart()
        chart.x, chart.y = 40, 30
        chart.width, chart.height = width - 60, height - 60
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -4
    drawing = Drawing(width, height)
    chart.data = data
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = value_max if value_max is not None else max((max(row) for row in data if row), default=1)
    top = max(top, 1)
    chart.valueAxis.valueMax = top
    if top <= 20 and float(top).is_integer():
        chart.valueAxis.valueStep = 1 if top <= 10 else 2
    chart.bars.strokeColor = None
    palette = [colour, colors.HexColor("#c0504d")]
    for index in range(len(data)):
        chart.bars[index].fillColor = palette[index % len(palette)]
    drawing.add(chart)
    drawing.add(String(0, height - 12, clean_text(caption), fontName=bold, fontSize=9))
    if legend:
        x = width - 10
        for index, name in reversed(list(enumerate(legend))):
            text = String(
                x,
                height - 12,
                f"■ {name}",
                fontName=regular,
                fontSize=8,
                fillColor=palette[index % len(palette)],
                textAnchor="end",
            )
            drawing.add(text)
            x -= pdfmetrics.stringWidth(f"■ {name}", regular, 8) + 10
    return drawing


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

    blocks.append(_heading("Indicators of forced labour (ILO)"))
    indicators = stats["indicators"]
    if indicators:
        blocks += [_bullet(item["sentence"] + ".") for item in indicators]
        # Most frequent at the top: horizontal bar charts draw their first category lowest.
        ordered = list(reversed(indicators))
        blocks.append(
            Block(
                "chart",
                drawing=_bar_chart(
                    [item["indicator"] for item in ordered],
                    [item["count"] for item in ordered],
                    horizontal=True,
                    caption=f"Testimonies reporting each indicator (of {total})",
                    value_max=total,
                ),
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
    chartable = [
        g for g in wages if g["median_promised"] is not None and g["median_received"] is not None
    ]
    if chartable:
        blocks.append(
            Block(
                "chart",
                drawing=_bar_chart(
                    [g["label"] or "unstated" for g in chartable],
                    [],
                    series=[
                        [g["median_promised"] for g in chartable],
                        [g["median_received"] for g in chartable],
                    ],
                    legend=["promised", "received"],
                    horizontal=False,
                    caption="Median wage promised and received",
                ),
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
            Block(
                "chart",
                drawing=_bar_chart(
                    [item["label"] for item in distribution],
                    [item["count"] for item in distribution],
                    horizontal=False,
                    caption="Testimonies by hours worked per day",
                ),
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


# ---------------------------------------------------------------------------------------------
# Public API


# The cover letter and the summary describe every case. A build that does not keep its cases
# passes the tally it counted them into; otherwise they are counted from content.cases.


def render_cover_letter_pdf(content: BundleContent, tally: SummaryTally | None = None) -> bytes:
    petition = content.petition
    blocks = _cover_letter_blocks(content, tally)
    return _render_pdf(blocks, title=petition.title, footer=petition.title)


def render_cover_letter_docx(content: BundleContent, tally: SummaryTally | None = None) -> bytes:
    petition = content.petition
    blocks = _cover_letter_blocks(content, tally)
    return _render_docx(blocks, title=petition.title, on=petition.date)


def render_case_pdf(case: CaseRelease, petition: PetitionRelease) -> bytes:
    return _render_pdf(
        _case_blocks(case, petition),
        title=f"{case.case_code}: {petition.title}",
        footer=f"Case {case.case_code} · {petition.title}",
    )


def render_case_docx(case: CaseRelease, petition: PetitionRelease) -> bytes:
    return _render_docx(
        _case_blocks(case, petition), title=f"{case.case_code}: {petition.title}", on=petition.date
    )


def render_summary_pdf(content: BundleContent, tally: SummaryTally | None = None) -> bytes:
    petition = content.petition
    stats = tally.statistics() if tally else summary_statistics(content.cases)
    blocks = _summary_blocks(content, stats)
    return _render_pdf(
        blocks,
        title=f"Cross-case summary: {petition.title}",
        footer=f"Cross-case summary · {petition.title}",
    )
