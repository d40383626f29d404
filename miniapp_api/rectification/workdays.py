"""Working-day arithmetic for deadlines: Chinese holidays and make-up workdays via `chinese-calendar`."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

import chinese_calendar

from server.core.clock import LocalZone


@lru_cache(maxsize=4096)  # the calendar is fixed for the process; every 差评 asks about the same few days
def is_workday(day: date) -> bool:
    """Official working day; outside the calendar's known years fall back to Monday–Friday."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


@lru_cache(maxsize=1024)
def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day strictly after `day` (count ≥ 1); `day` itself never counts."""
    current = day
    remaining = max(1, count)
    while remaining:
        current += timedelta(days=1)
        if is_workday(current):
            remaining -= 1
    return current


def deadline_after(start: datetime, working_days: int, zone: LocalZone) -> datetime:
    """End of the `working_days`-th working day after the local date of `start`: the local midnight that
    closes that day (an exclusive bound; an aware UTC instant)."""
    last = add_working_days(zone.date(start), working_days)
    return zone.start_of_day(last + timedelta(days=1))


def working_days_between(start: date, end: date) -> int:
    """How many working days lie in (start, end]; 0 when end ≤ start."""
    count, current = 0, start
    while current < end:
        current += timedelta(days=1)
        count += is_workday(current)
    return count
