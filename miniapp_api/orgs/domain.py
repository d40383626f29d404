"""Organisations and members: the org tree, subtree scoping, rosters."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.orgs import demo, service
from miniapp_api.orgs.routes import members, routes
from server.core.appkeys import ORG_SUBTREE
from server.core.domains import add_console_page, add_demo, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.orgs.models")
    app.router.add_routes(routes)
    app.router.add_routes(members)
    add_demo(app, demo.load_demo)
    add_console_page(app, "orgs", Path(__file__).with_name("console.js"))
    app[ORG_SUBTREE] = service.subtree_of  # for the domains that may not import this one (bot)
