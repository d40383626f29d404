"""The audit log of admin actions; its recorder is the kernel's audit hook for packages that may not import it."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.audit.routes import routes
from miniapp_api.audit.service import record
from server.core.appkeys import AUDIT
from server.core.domains import add_console_page, add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.audit.models")
    app.router.add_routes(routes)
    app[AUDIT] = record
    add_console_page(app, "audit", Path(__file__).with_name("console.js"))
