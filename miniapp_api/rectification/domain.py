"""Rectification tickets (整改工单): the shared 核实 → 整改 → 回访 → 办结 workflow, appeals and 督办."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.rectification.routes import jobs, routes
from server.core.domains import add_console_page, add_jobs, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.rectification.models")
    app.router.add_routes(routes)
    add_jobs(app, jobs)
    add_console_page(app, "rectification", Path(__file__).with_name("console.js"))
