"""An injectable clock (every "now" comes from it) and the local zone (every local date comes from it)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from datetime import date as Day
from datetime import time as dt_time
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""

    def time(self) -> float:
        """Seconds since the epoch."""


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def time(self) -> float:
        return time.time()


class ManualClock:
    """A clock that only moves when told to; for tests and simulations."""

    def __init__(self, start: float | datetime) -> None:
        self._t = start.timestamp() if isinstance(start, datetime) else float(start)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._t, UTC)

    def time(self) -> float:
        return self._t

    def advance(self, seconds: float) -> None:
        self._t += seconds

    def set(self, when: float | datetime) -> None:
        self._t = when.timestamp() if isinstance(when, datetime) else float(when)


class TickingClock:
    """Starts at a pinned instant and then runs at real speed (tests: a fixed date, real timeouts)."""

    def __init__(self, start: datetime) -> None:
        self._start = start.timestamp()
        self._t0 = time.monotonic()

    def time(self) -> float:
        return self._start + (time.monotonic() - self._t0)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)


class LocalZone:
    """The one place local dates and day boundaries are computed, in LOCAL_TIMEZONE (settings.zone).

    Stored times are aware UTC datetimes; "today", report periods, working days and due dates are local.
    Nothing here reads the wall clock: pass `clock.now()`.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.tz = ZoneInfo(name)

    def __repr__(self) -> str:
        return f"LocalZone({self.name!r})"

    def local(self, at: datetime) -> datetime:
        """`at` in local time."""
        return at.astimezone(self.tz)

    def date(self, at: datetime) -> Day:
        """The local calendar date of an instant."""
        return at.astimezone(self.tz).date()

    def year(self, at: datetime) -> int:
        return at.astimezone(self.tz).year

    def at(self, day: Day, clock_time: dt_time) -> datetime:
        """A local wall-clock time on a local date, as an aware UTC instant."""
        return datetime.combine(day, clock_time, self.tz).astimezone(UTC)

    def start_of_day(self, day: Day) -> datetime:
        return self.at(day, dt_time(0, 0))

    def end_of_day(self, day: Day) -> datetime:
        """The last second of a local day (23:59:59 local): what a due *date* means."""
        return self.at(day, dt_time(23, 59, 59))

    def day_bounds(self, at: datetime) -> tuple[datetime, datetime]:
        """[start, next start) of the local day containing `at`."""
        day = self.date(at)
        return self.start_of_day(day), self.start_of_day(day + timedelta(days=1))

    def month_bounds(self, year: int, month: int) -> tuple[datetime, datetime]:
        """[first instant, first instant of the next month) of a local month."""
        nxt = Day(year + (month == 12), month % 12 + 1, 1)
        return self.start_of_day(Day(year, month, 1)), self.start_of_day(nxt)

    def year_bounds(self, year: int) -> tuple[datetime, datetime]:
        return self.start_of_day(Day(year, 1, 1)), self.start_of_day(Day(year + 1, 1, 1))

    def days_later_end(self, at: datetime, days: int) -> datetime:
        """The end of the local day `days` calendar days after the local date of `at`."""
        return self.end_of_day(self.date(at) + timedelta(days=days))
