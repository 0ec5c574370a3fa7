"""Text helpers shared by every document: cleaning user text and wording values."""

import re
from datetime import date

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


def clean_text(text: str) -> str:
    """User text without the characters XML 1.0 forbids, with Unix line ends."""
    return _XML_FORBIDDEN.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def _paragraphs(text: str) -> list[str]:
    """Split a narrative on blank lines, so that long statements flow paragraph by paragraph."""
    parts = [part.strip() for part in re.split(r"\n\s*\n", clean_text(text))]
    return [part for part in parts if part]


def _or(value: str, default: str) -> str:
    return value.strip() if value and value.strip() else default


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def count_words(count: int) -> str:
    """A count in prose: "one" to "nine" in words, 10 and more in figures ("12")."""
    return _NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else str(count)


def _listing_words(names: list[str]) -> str:
    """ "Russia", "Russia and Kuwait", "Russia, China and Kuwait" """
    names = [name for name in names if name.strip()]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


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
