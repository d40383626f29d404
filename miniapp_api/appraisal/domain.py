"""民主评议党员: the branch's annual appraisal of its members, from self-assessment to the confirmed grades."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.appraisal import demo
from miniapp_api.appraisal.routes import routes
from server.core.domains import add_console_page, add_demo, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.appraisal.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
    add_console_page(app, "appraisal", Path(__file__).with_name("console.js"))
