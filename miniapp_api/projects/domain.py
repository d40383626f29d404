"""党建项目制 (PDCA): propose → approve → supervise → evaluate → close, the claim pool and 书记领办 projects."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.projects import demo
from miniapp_api.projects.routes import routes
from server.core.domains import add_console_page, add_demo, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.projects.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
    add_console_page(app, "projects", Path(__file__).with_name("console.js"))
