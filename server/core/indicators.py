"""Where the assessment gets its facts: each domain registers the figures it owns, the assessment only reads them.

A domain that knows how to count something an indicator needs (meetings held on time, certified
学时, ratings, published 党务公开 items…) registers an *indicator source* in its ``install(app)``; the
assessment looks sources up by key and never queries another domain's tables. The same holds for the
*early warnings* shown between periods: every domain contributes its own (a missed meeting cadence, an
overdue ticket, an overdue responsibility item) and the assessment shows one combined list per org.

A source answers for many orgs at once (one query per source, not one per org) and leaves out the orgs
it has no data for: an org missing from the answer is "无数据", never silently 0 or 100 %.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from aiohttp import web


@dataclass(frozen=True)
class SourceValue:
    """One org's figure for one indicator over one period, with the inputs it was computed from."""

    numerator: float
    denominator: float
    refs: tuple[int, ...] = ()  # ids of the records behind the numbers (meetings, ratings, items…), for tracing
    detail: str = ""  # a short Chinese note on what was counted, shown beside the number


@dataclass(frozen=True)
class Warning:
    """One early warning of one org, contributed by the domain that noticed it."""

    org_id: int
    kind: str  # a stable code, e.g. "partyday.cadence_missed", "rectification.overdue"
    message: str  # Chinese, for the console and the mini-program
    since: date | None = None
    refs: tuple[int, ...] = field(default=())


# (app, org ids, first day, last day inclusive) → {org_id: value}; local calendar days of the one LocalZone.
SourceFn = Callable[[web.Application, Sequence[int], date, date], Awaitable[dict[int, SourceValue]]]
# (app, org ids, today) → warnings of those orgs as of today.
WarningFn = Callable[[web.Application, Sequence[int], date], Awaitable[list[Warning]]]

INDICATOR_SOURCES: web.AppKey[dict[str, SourceFn]] = web.AppKey("indicator_sources", dict)
WARNING_SOURCES: web.AppKey[dict[str, WarningFn]] = web.AppKey("warning_sources", dict)


def register_source(app: web.Application, key: str, fn: SourceFn) -> None:
    """Register the source of indicator inputs named ``key`` (one owner per key)."""
    sources = app.setdefault(INDICATOR_SOURCES, {})
    if key in sources:
        raise ValueError(f"indicator source {key!r} is registered twice")
    sources[key] = fn


def register_warnings(app: web.Application, key: str, fn: WarningFn) -> None:
    """Register a contributor to the combined early-warning list (one owner per key)."""
    warnings = app.setdefault(WARNING_SOURCES, {})
    if key in warnings:
        raise ValueError(f"warning source {key!r} is registered twice")
    warnings[key] = fn


def sources_of(app: web.Application) -> dict[str, SourceFn]:
    return app.get(INDICATOR_SOURCES, {})


def warnings_of(app: web.Application) -> dict[str, WarningFn]:
    return app.get(WARNING_SOURCES, {})
