"""Evidence files (证明材料) that responsibility reports, checklists, findings and member files attach."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.evidence.routes import routes
from server.core.domains import add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.evidence.models")
    app.router.add_routes(routes)
