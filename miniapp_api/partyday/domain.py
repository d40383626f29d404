"""Cloud party days (云端主题党日) and 三会一课: meetings, sign-in, the live room, the ledger."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.partyday import demo, notices
from miniapp_api.partyday.indicators import install_indicators
from miniapp_api.partyday.rooms import hub_ctx
from miniapp_api.partyday.routes import tables
from server.core.appkeys import CLOCK, SETTINGS, WECHAT
from server.core.domains import add_console_page, add_demo, add_jobs, add_models
from server.core.jobs import Job

REMINDER_INTERVAL_S = 60


def jobs(app: web.Application) -> list[Job]:
    """The reminder job: meetings starting within `reminder_minutes_before` are announced once."""

    async def remind() -> None:
        await notices.send_reminders(app[WECHAT], app[SETTINGS], app[CLOCK].now())

    return [Job("partyday.reminders", REMINDER_INTERVAL_S, remind)]


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.partyday.models")
    for table in tables:
        app.router.add_routes(table)
    app.cleanup_ctx.append(hub_ctx)
    add_jobs(app, jobs)
    add_demo(app, demo.load_demo)
    add_console_page(app, "partyday", Path(__file__).with_name("console.js"))
    install_indicators(app)
