"""Assessment periods: "2026-09" (a month) or "2026-Q3" (a quarter), their days and the period before."""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTH = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])$")  # years 2000–2099, like every date users enter
_QUARTER = re.compile(r"^(20\d\d)-Q([1-4])$")


def parse(key: str) -> tuple[str, date, date] | None:
    """(kind, first day, last day) of a period key, or None when the key is not one."""
    if m := _MONTH.match(key):
        year, month = int(m.group(1)), int(m.group(2))
        return "month", date(year, month, 1), _month_end(year, month)
    if m := _QUARTER.match(key):
        year, q = int(m.group(1)), int(m.group(2))
        return "quarter", date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    return None


def _month_end(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def previous(key: str) -> str:
    """The period of the same kind just before `key` (the key must parse)."""
    if m := _QUARTER.match(key):
        year, q = int(m.group(1)), int(m.group(2))
        return f"{year - 1}-Q4" if q == 1 else f"{year}-Q{q - 1}"
    year, month = int(key[:4]), int(key[5:])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
