"""党务公开: the items each org must publish, their due rules, publishing, the public H5 page and the indicator."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.disclosure import demo, indicators, service
from miniapp_api.disclosure.routes import tables
from server.core.appkeys import CLOCK, SETTINGS
from server.core.domains import add_console_page, add_demo, add_jobs, add_models
from server.core.indicators import register_source, register_warnings
from server.core.jobs import Job

QUARTER_INTERVAL_S = 3600  # registering a new quarter's regular items is idempotent; hourly is plenty


def jobs(app: web.Application) -> list[Job]:
    async def open_quarter() -> None:
        now = app[CLOCK].now()
        await service.ensure_quarter(None, app[SETTINGS].zone.date(now), now)

    return [Job("disclosure.quarter", QUARTER_INTERVAL_S, open_quarter)]


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.disclosure.models")
    for table in tables:
        app.router.add_routes(table)
    add_jobs(app, jobs)
    add_demo(app, demo.load_demo)
    add_console_page(app, "disclosure", Path(__file__).with_name("console.js"))
    register_source(app, indicators.SOURCE_KEY, indicators.timeliness)
    register_warnings(app, indicators.WARNING_KEY, indicators.overdue)
