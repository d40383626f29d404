"""Writing spreadsheets that are safe to open: user text is never a formula and never breaks the file.

A cell whose text starts with = + - @ (or a tab/CR before one) would be a formula in Excel and WPS
("formula injection"); control characters make openpyxl refuse the whole workbook. Every exported value
that came from a user goes through `cell_value` / `append_row`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def clean_text(value: str) -> str:
    """Control characters removed (they are invalid in the file format)."""
    return _CONTROL.sub("", value)


def cell_value(value: Any) -> Any:
    """A value for a cell: text cleaned and defused (a leading apostrophe marks it as text), others unchanged."""
    if isinstance(value, str):
        text = clean_text(value)
        return f"'{text}" if text.startswith(_FORMULA_START) else text
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no zones: callers pass local times
    return value


def append_row(ws: Worksheet, values: Iterable[Any]) -> None:
    """ws.append for rows that may carry user text; every string cell is stored as text, never as a formula."""
    ws.append([cell_value(v) for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell, Cell) and isinstance(cell.value, str):
            cell.data_type = "s"


def table_workbook(title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """One sheet: a bold, frozen header row and the rows, every user text written as text. CPU-bound: callers
    run it in a thread."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    append_row(ws, header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(ws, row)
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def is_date(value: Any) -> bool:
    return isinstance(value, date)
