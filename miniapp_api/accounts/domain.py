"""Accounts: console login, WeChat login, tokens, member binding."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.accounts import demo
from miniapp_api.accounts.routes import routes
from server.core.domains import add_demo, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.accounts.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
