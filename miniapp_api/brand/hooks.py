"""The red-flag hook of the brand page: whoever awards 红旗 (the assessment domain, being built in parallel)
registers a source here in its install(app); with none registered, or none earned, the page shows "暂无"."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web


@dataclass(frozen=True)
class RedFlag:
    """One red flag an org earned: what and when, as shown on its brand page."""

    title: str  # e.g. "红旗党支部"
    period: str  # e.g. "2026年第三季度"


RedFlagSource = Callable[[web.Application, int], Awaitable[list[RedFlag]]]
RED_FLAG_SOURCE: web.AppKey[RedFlagSource] = web.AppKey("brand_red_flag_source")


def register_red_flags(app: web.Application, source: RedFlagSource) -> None:
    """Called once by the domain that awards red flags: `source(app, org_id)` → the flags that org earned."""
    app[RED_FLAG_SOURCE] = source


async def red_flags_of(app: web.Application, org_id: int) -> list[RedFlag]:
    source = app.get(RED_FLAG_SOURCE)
    return list(await source(app, org_id)) if source is not None else []
