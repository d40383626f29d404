"""Responsibility (党建责任制): 三级责任清单, 责任书, 定责 → 问责, 述职述廉, 约谈, 通报, 问责 and 容错纠错."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.responsibility import cycle, demo
from miniapp_api.responsibility.routes import tables
from server.core.domains import add_console_page, add_demo, add_models
from server.core.indicators import register_source, register_warnings


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.responsibility.models")
    for table in tables:
        app.router.add_routes(table)
    register_warnings(app, cycle.WARNING_KIND, cycle.overdue_warnings)
    register_source(app, cycle.SOURCE_KEY, cycle.completion)
    add_demo(app, demo.load_demo)
    add_console_page(app, "responsibility", Path(__file__).with_name("console.js"))
