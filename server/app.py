"""The composition root: create_app(settings) wires every package into one aiohttp application."""

from __future__ import annotations

import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot import routes as bot
from miniapp_api.accounts.routes import routes as accounts_routes
from miniapp_api.audit.routes import routes as audit_routes
from miniapp_api.audit.service import record as audit_record
from miniapp_api.evaluation import routes as evaluation
from miniapp_api.learning import runtime as learning
from miniapp_api.learning.routes import routes as learning_routes
from miniapp_api.orgs.routes import routes as orgs_routes
from miniapp_api.partyday import routes as partyday
from miniapp_api.rectification import routes as rectification
from server import lifecycle, pages
from server.core.auth import TokenCodec
from server.core.clock import Clock, SystemClock
from server.core.keys import AUDIT, CLOCK, SETTINGS, TOKENS
from server.core.settings import Settings
from server.health import healthz
from server.middleware import error_renderer, request_context

VERSION = "0.1.0"


def create_app(settings: Settings | None = None, *, clock: Clock | None = None) -> web.Application:
    """Build the application; no I/O happens until the app starts (cleanup_ctx)."""
    settings = settings or Settings()
    clock = clock or SystemClock()
    app = web.Application(middlewares=[request_context, error_renderer], client_max_size=settings.max_body_bytes)
    app[SETTINGS] = settings
    app[CLOCK] = clock
    app[TOKENS] = TokenCodec(
        settings.secret_key.get_secret_value(), settings.access_token_ttl_s, settings.refresh_token_ttl_s, clock.time
    )
    app[lifecycle.JOB_FACTORIES] = []
    app[AUDIT] = audit_record  # the audit hook of packages that may not import miniapp_api (knowledge, bot)

    app.cleanup_ctx.extend([lifecycle.database_ctx, lifecycle.redis_ctx, lifecycle.http_ctx])
    # Domain resources (rooms, knowledge index, flushers) go here, before the jobs.
    app.cleanup_ctx.append(learning.learning_ctx)
    app[lifecycle.JOB_FACTORIES].append(learning.learning_jobs)
    evaluation.setup(app)
    app[lifecycle.JOB_FACTORIES].extend([evaluation.jobs, rectification.jobs])
    app.cleanup_ctx.append(partyday.hub_ctx)
    app[lifecycle.JOB_FACTORIES].append(partyday.jobs)
    bot.setup(app)  # bot + knowledge routes and the in-memory index (after database and Redis)
    app.cleanup_ctx.append(lifecycle.jobs_ctx)

    app.router.add_get("/healthz", healthz)
    for table in (accounts_routes, orgs_routes, audit_routes, learning_routes, evaluation.routes, rectification.routes,
                  partyday.routes):
        app.router.add_routes(table)

    aiohttp_jinja2.setup(app, loader=jinja2.PackageLoader("server", "templates"), autoescape=True)
    pages.setup(app, VERSION)
    return app


async def app_factory() -> web.Application:
    """Entry point for `gunicorn server.app:app_factory -k aiohttp.GunicornWebWorker`."""
    return create_app()
