"""组织关系转接: moving a member's 组织关系 between orgs of the platform, or out of it with a 介绍信."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.transfers import demo
from miniapp_api.transfers.routes import routes
from server.core.domains import add_console_page, add_demo, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.transfers.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
    add_console_page(app, "transfers", Path(__file__).with_name("console.js"))
