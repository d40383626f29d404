"""标准化建设: checklists per org kind, self-assessment with evidence, confirmation by the parent, the indicator."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.standards import demo, indicators
from miniapp_api.standards.routes import routes
from server.core.domains import add_console_page, add_demo, add_models
from server.core.indicators import register_source


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.standards.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
    add_console_page(app, "standards", Path(__file__).with_name("console.js"))
    register_source(app, indicators.SOURCE_KEY, indicators.compliance)
