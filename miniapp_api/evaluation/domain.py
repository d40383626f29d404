"""Service evaluation codes (党建服务评价码): points, signed codes, ratings, statistics."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.evaluation import demo
from miniapp_api.evaluation.routes import evaluation_ctx, jobs, routes
from server.core.domains import add_console_page, add_demo, add_jobs, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.evaluation.models")
    app.router.add_routes(routes)
    app.cleanup_ctx.append(evaluation_ctx)
    add_jobs(app, jobs)
    add_demo(app, demo.load_demo)
    add_console_page(app, "evaluation", Path(__file__).with_name("console.js"))
