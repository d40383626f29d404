"""志愿服务: activities with sign-in codes and confirmed hours, and the participation indicator."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.volunteer import demo, indicators
from miniapp_api.volunteer.routes import tables
from server.core.domains import add_console_page, add_demo, add_models
from server.core.indicators import register_source


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.volunteer.models")
    for table in tables:
        app.router.add_routes(table)
    add_demo(app, demo.load_demo)
    add_console_page(app, "volunteer", Path(__file__).with_name("console.js"))
    register_source(app, indicators.SOURCE_KEY, indicators.participation)
