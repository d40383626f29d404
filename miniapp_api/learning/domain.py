"""Learning progress: certified study time from heartbeats, 学时, the learning graph, recommendations."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.learning import demo
from miniapp_api.learning.indicators import install_indicators
from miniapp_api.learning.routes import tables
from miniapp_api.learning.runtime import learning_ctx, learning_jobs
from server.core.domains import add_console_page, add_demo, add_jobs, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.learning.models")
    for table in tables:
        app.router.add_routes(table)
    app.cleanup_ctx.append(learning_ctx)
    add_jobs(app, learning_jobs)
    add_demo(app, demo.load_demo)
    add_console_page(app, "learning", Path(__file__).with_name("console.js"))
    install_indicators(app)

