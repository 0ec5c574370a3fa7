"""The import template: every importable field as a column, a note on each header, and two
fictional example rows that import as they are."""

from pathlib import Path
from typing import IO

from django.utils.translation import gettext as _

from testimony.importing.columns import FIELDS


def template_write(target: str | Path | IO[bytes]) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _("testimonies")
    for column, item in enumerate(FIELDS, start=1):
        cell = sheet.cell(row=1, column=column, value=str(item.label))
        cell.font = Font(bold=True)
        cell.comment = Comment(str(item.note), "import")
        for row, example in enumerate(item.examples, start=2):
            # Text cells, so that a date or a code is read exactly as written.
            example_cell = sheet.cell(row=row, column=column, value=example or None)
            example_cell.number_format = "@"
        sheet.column_dimensions[cell.column_letter].width = max(14, min(40, len(cell.value) + 4))
    sheet.freeze_panes = "A2"
    book.save(target)
