"""一组织一品牌: brand profiles, the public page /brand/{org_id} and the console's side-by-side view."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.brand import demo
from miniapp_api.brand.routes import routes
from server.core.domains import add_console_page, add_demo, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.brand.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
    add_console_page(app, "brand", Path(__file__).with_name("console.js"))
