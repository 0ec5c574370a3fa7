"""One text at the door: free text is normalized once, where it enters.

Browsers send textareas with CRLF line breaks, Word and messengers paste U+2028 and stray control
characters, macOS keyboards and files give decomposed (NFD) Hangul and accents. Offsets into a
text (the redactions a reviewer selects, the spans the matcher proposes) only mean the same thing
in the database, in Python and in the browser when every copy is the same sequence of code
points, so every door (model fields, forms, the admin through both, the command line, the data
migration 0016) stores `normalize_text(value)`:

- line breaks become LF: CRLF, a lone CR, NEL (U+0085), LINE and PARAGRAPH SEPARATOR
  (U+2028, U+2029), vertical tab and form feed (Word's manual line and page breaks);
- the other C0 control characters are removed, NUL included (PostgreSQL refuses NUL in text,
  an HTML page shows it as U+FFFD, and none of them is allowed in the XML of a DOCX); TAB stays;
- the result is NFC: what the keyboard composed stays composed, decomposed Hangul jamo become
  syllables, a letter and its combining accent become one code point where Unicode has one.

Nothing else changes. Fullwidth letters, zero-width characters, the byte-order mark, DEL and the
C1 controls are kept as typed: folding them is the matcher's work on a folded copy mapped back to
this text (DESIGN.md principle 10), and the stored text keeps what the witness's words were.
Leading and trailing whitespace is the form's business (Django strips single-line and textarea
input alike), not this module's.

Offsets count code points, as Python's `len` and `str[start:end]` do; the redaction page counts
them the same way (`Array.from`), never in UTF-16 units.
"""

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import models

# One pattern for the first step, so that "\r\n" is one break and not two.
_LINE_BREAK_OR_CONTROL = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]|[\x00-\x08\x0e-\x1f]")
_LINE_BREAK_STARTS = "\r\x0b\x0c\x85\u2028\u2029"


def _replacement(match: re.Match[str]) -> str:
    return "\n" if match.group()[0] in _LINE_BREAK_STARTS else ""


def normalize_text(value: str) -> str:
    """The one form of a free text that is stored: LF line breaks, no C0 controls but TAB, NFC."""
    value = _LINE_BREAK_OR_CONTROL.sub(_replacement, value)
    if unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


@dataclass(frozen=True)
class OffsetMap:
    """Where each offset of a text lands in its normalized form.

    A span boundary inside something that changed (between the CR and the LF of a CRLF, inside
    a decomposed syllable) has no exact image: a start moves back to the beginning of the
    change and an end forward to its finish, so a mapped span never covers less than it did.
    """

    floor: tuple[int, ...]
    ceil: tuple[int, ...]

    def start(self, offset: int) -> int:
        return self.floor[offset]

    def end(self, offset: int) -> int:
        return self.ceil[offset]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)


def _offset_map(pieces: list[tuple[str, str]]) -> OffsetMap:
    floor: list[int] = []
    ceil: list[int] = []
    position = 0
    for old, new in pieces:
        if old == new:
            floor.extend(range(position, position + len(old)))
            ceil.extend(range(position, position + len(old)))
        else:
            floor.extend([position] * len(old))
            ceil.extend([position] + [position + len(new)] * (len(old) - 1))
        position += len(new)
    floor.append(position)
    ceil.append(position)
    return OffsetMap(tuple(floor), tuple(ceil))


def _line_pieces(value: str) -> list[tuple[str, str]]:
    pieces: list[tuple[str, str]] = []
    position = 0
    for match in _LINE_BREAK_OR_CONTROL.finditer(value):
        if match.start() > position:
            text = value[position : match.start()]
            pieces.append((text, text))
        pieces.append((match.group(), _replacement(match)))
        position = match.end()
    if position < len(value):
        pieces.append((value[position:], value[position:]))
    return pieces


def _nfc_pieces(value: str) -> list[tuple[str, str]]:
    """The text cut where NFC does not reach across, each piece with its NFC form."""
    if unicodedata.is_normalized("NFC", value):
        return [(value, value)]

    def nfc(text: str) -> str:
        return unicodedata.normalize("NFC", text)

    segments: list[str] = []
    current = ""
    for char in value:
        # A new piece starts at a starter that composes with nothing before it; Hangul vowels
        # and final consonants are starters too, hence the composition test.
        if (
            current
            and not unicodedata.combining(char)
            and nfc(current + char) == nfc(current) + nfc(char)
        ):
            segments.append(current)
            current = char
        else:
            current += char
    if current:
        segments.append(current)
    pieces = [(segment, nfc(segment)) for segment in segments]
    if "".join(new for _old, new in pieces) != nfc(value):
        return [(value, nfc(value))]  # never seen; coarse offsets, but the right text
    return pieces


def normalize_with_offsets(value: str) -> tuple[str, OffsetMap]:
    """`normalize_text(value)` and the map of `value`'s offsets onto it."""
    first = _line_pieces(value)
    first_map = _offset_map(first)
    intermediate = "".join(new for _old, new in first)
    second = _nfc_pieces(intermediate)
    second_map = _offset_map(second)
    normalized = "".join(new for _old, new in second)
    return normalized, OffsetMap(
        tuple(second_map.floor[i] for i in first_map.floor),
        tuple(second_map.ceil[i] for i in first_map.ceil),
    )


def code_point_offset(text: str, utf16_offset: int) -> int:
    """The code-point offset of a UTF-16 offset into `text` (what JavaScript's `length` counts).

    An offset inside a surrogate pair counts the whole astral character as before it.
    """
    ends: list[int] = []
    units = 0
    for char in text:
        units += 2 if ord(char) > 0xFFFF else 1
        ends.append(units)
    return bisect_right(ends, utf16_offset)


# The doors: form fields and model fields


class NormalizedFormField(forms.CharField):
    """A form's free text, normalized when cleaned and when the bound form is shown again."""

    def to_python(self, value: Any) -> Any:
        value = super().to_python(value)
        if isinstance(value, str):
            value = normalize_text(value)
            if value in self.empty_values:
                return self.empty_value
        return value

    def bound_data(self, data: Any, initial: Any) -> Any:
        data = super().bound_data(data, initial)
        return normalize_text(data) if isinstance(data, str) else data


class NormalizedTextMixin:
    """For model fields of free text: the value is normalized in `to_python` (hence in
    `full_clean`, `get_prep_value`, `update()` and lookups) and in `pre_save`, which also puts the
    normalized value back on the instance, so that the instance, the database and every reader
    agree. Its form field normalizes too, which covers ModelForms and the admin."""

    normalize = True

    def to_python(self, value: Any) -> Any:
        value = super().to_python(value)  # type: ignore[misc]
        if self.normalize and isinstance(value, str):
            return normalize_text(value)
        return value

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        value = super().pre_save(model_instance, add)  # type: ignore[misc]
        if self.normalize and isinstance(value, str):
            normalized = normalize_text(value)
            if normalized != value:
                setattr(model_instance, self.attname, normalized)  # type: ignore[attr-defined]
            return normalized
        return value

    def formfield(self, **kwargs: Any) -> forms.Field | None:
        if self.normalize:
            kwargs.setdefault("form_class", NormalizedFormField)
        return super().formfield(**kwargs)  # type: ignore[misc]


class NormalizedCharField(NormalizedTextMixin, models.CharField):
    """A `CharField` of free text (a place, a title, a pseudonym), stored normalized."""


class NormalizedTextField(NormalizedTextMixin, models.TextField):
    """A `TextField` of free text (notes, a summary, an anonymized narrative), stored normalized."""
