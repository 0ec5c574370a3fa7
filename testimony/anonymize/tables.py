"""Names in tables. A crew list, a wage sheet or a shift roster pasted as text splits a name
across cells ("02 | KIM | CHOL NAM | CHIEF OFFICER"), signs a column with surnames alone (崔,
최), or lists given names in a cell ("SU RYON, HYANG, UN HUI"). A cell alone says little ("TO",
"MA", "IL HO"); its column says more: a column whose cells are mostly romanized Korean
surnames is a column of surnames, and the column of romanized given names next to it holds
their given names.

`table_names` is a rule of the detector (detect/context.py runs it on the folded text)."""

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


# A table: three lines or more, one after the other, each cut into three cells or more by the
# same separator.
_SEPARATORS = ("|", "\t")
MIN_ROWS = 3
MIN_CELLS = 3
# The share of a column's filled cells that must have a name's shape for the column to be one.
COLUMN_SHARE = 0.6
_LINE_RE = re.compile(r"[^\r\n]*")
_GIVEN_SPLIT_RE = re.compile(r"[ \-]")
_LIST_SPLIT_RE = re.compile(r"[ \t]*,[ \t]*")


def _cells(text: str, start: int, end: int, separator: str) -> list[Cell]:
    cells = []
    position = start
    for piece in text[start:end].split(separator):
        stripped = piece.strip()
        offset = position + (len(piece) - len(piece.lstrip()))
        cells.append(Cell(offset, offset + len(stripped), stripped))
        position += len(piece) + 1
    return cells


def _tables(text: str) -> Iterator[list[list[Cell]]]:
    """The tables of `text`: runs of at least MIN_ROWS lines cut by one separator into the same
    number of cells (MIN_CELLS or more); rows with another count of cells are left out."""
    lines = [(match.start(), match.end()) for match in _LINE_RE.finditer(text) if match.group()]
    for separator in _SEPARATORS:
        run: list[tuple[int, int]] = []
        for start, end in [*lines, (len(text), len(text))]:
            if text.count(separator, start, end) >= MIN_CELLS - 1 and end > start:
                run.append((start, end))
                continue
            if len(run) >= MIN_ROWS:
                rows = [_cells(text, s, e, separator) for s, e in run]
                width = Counter(len(row) for row in rows).most_common(1)[0][0]
                rows = [row for row in rows if len(row) == width]
                if len(rows) >= MIN_ROWS:
                    yield rows
            run = []


def _surname_cell(text: str) -> bool:
    """KIM, Ri, 崔, 최: a Korean surname alone, romanized (in capitals or capitalised), in Hangul
    or in Chinese characters."""
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES, _romanized_surnames
    from testimony.anonymize.foreign_names import CHINESE_SURNAME_CHARS

    if len(text) == 1 and ("가" <= text <= "힣" or "\u4e00" <= text <= "\u9fff"):
        return text in _HANGUL_SURNAMES or text in CHINESE_SURNAME_CHARS
    return (
        text.isalpha()
        and (text.isupper() or text.istitle())
        and text.lower() in _romanized_surnames()
    )


def _given_cell(text: str) -> bool:
    """CHOL NAM, Myong-su, IL HO, CHOL: one to three romanized Korean syllables, in capitals or
    capitalised."""
    from testimony.anonymize.detect.words import _ONE_SYLLABLE_RE, _syllables

    parts = [part for part in _GIVEN_SPLIT_RE.split(text) if part]
    return (
        1 <= len(parts) <= 3
        and all(part.isalpha() and part[0].isupper() for part in parts)
        and (text.isupper() or parts[0].istitle())
        and all(_syllables(part, _ONE_SYLLABLE_RE) for part in parts)
    )


def _column_of(cells: list[Cell], shaped: Callable[[str], bool]) -> bool:
    """Whether most filled cells of a column have a name's shape, and the names vary: a
    column of "NO" (a crew list's remarks) or of one signature is no column of names."""
    filled = [cell for cell in cells if cell.text]
    named = [cell.text for cell in filled if shaped(cell.text)]
    if len(named) < MIN_ROWS or len(named) < COLUMN_SHARE * len(filled):
        return False
    most = Counter(named).most_common(1)[0][1]
    return most <= COLUMN_SHARE * len(named)


def _listed_given(cell: Cell) -> list[Cell]:
    """ "SU RYON, HYANG, UN HUI": a roster's cell of given names in capitals, two at least."""
    if "," not in cell.text or not cell.text.isupper():
        return []
    items = []
    position = cell.start
    for piece in cell.text.split(","):
        stripped = piece.strip()
        offset = position + (len(piece) - len(piece.lstrip()))
        items.append(Cell(offset, offset + len(stripped), stripped))
        position += len(piece) + 1
    if len(items) < 2 or not all(_given_cell(item.text) for item in items):
        return []
    return items


def table_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """The cells of a table's column of Korean surnames, and of the column of romanized given
    names beside it; the given names listed in a roster's cells when two cells or more of the
    table list them."""
    from testimony.anonymize.detect import REASON_TABLE_NAME

    if "|" not in folded and "\t" not in folded:
        return
    for rows in _tables(folded):
        columns = [[row[index] for row in rows] for index in range(len(rows[0]))]
        surnames = [_column_of(column, _surname_cell) for column in columns]
        for index, column in enumerate(columns):
            if surnames[index]:
                for cell in column:
                    if _surname_cell(cell.text):
                        yield cell.start, cell.end, REASON_TABLE_NAME
            beside = (index and surnames[index - 1]) or (
                index + 1 < len(columns) and surnames[index + 1]
            )
            if beside and not surnames[index] and _column_of(column, _given_cell):
                for cell in column:
                    if _given_cell(cell.text):
                        yield cell.start, cell.end, REASON_TABLE_NAME
        listed = [items for row in rows for cell in row if (items := _listed_given(cell))]
        if len(listed) >= 2:
            for items in listed:
                for item in items:
                    yield item.start, item.end, REASON_TABLE_NAME
