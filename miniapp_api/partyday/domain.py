"""Cloud party days (云端主题党日) and 三会一课: meetings, sign-in, the live room, the ledger."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.partyday import demo
from miniapp_api.partyday.routes import hub_ctx, jobs, routes
from server.core.domains import add_console_page, add_demo, add_jobs, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.partyday.models")
    app.router.add_routes(routes)
    app.cleanup_ctx.append(hub_ctx)
    add_jobs(app, jobs)
    add_demo(app, demo.load_demo)
    add_console_page(app, "partyday", Path(__file__).with_name("console.js"))
