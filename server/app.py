"""The composition root: create_app(settings) wires the kernel and every domain into one aiohttp application."""

from __future__ import annotations

import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot import domain as bot
from miniapp_api.accounts import domain as accounts
from miniapp_api.appraisal import domain as appraisal
from miniapp_api.assessment import domain as assessment
from miniapp_api.audit import domain as audit
from miniapp_api.brand import domain as brand
from miniapp_api.development import domain as development
from miniapp_api.disclosure import domain as disclosure
from miniapp_api.dues import domain as dues
from miniapp_api.elections import domain as elections
from miniapp_api.evaluation import domain as evaluation
from miniapp_api.evidence import domain as evidence
from miniapp_api.learning import domain as learning
from miniapp_api.mobility import domain as mobility
from miniapp_api.orgs import domain as orgs
from miniapp_api.partyday import domain as partyday
from miniapp_api.projects import domain as projects
from miniapp_api.rectification import domain as rectification
from miniapp_api.responsibility import domain as responsibility
from miniapp_api.standards import domain as standards
from miniapp_api.supervision import domain as supervision
from miniapp_api.transfers import domain as transfers
from miniapp_api.volunteer import domain as volunteer
from server import calendar, lifecycle, metrics, pages
from server.core.appkeys import CLOCK, SETTINGS, TOKENS
from server.core.auth import TokenCodec
from server.core.clock import Clock, SystemClock
from server.core.domains import Install, model_modules_of
from server.core.settings import Settings
from server.health import healthz
from server.middleware import UNDECLARED_ERRORS, error_renderer, request_context

VERSION = "0.2.0"

# Every domain, once. Order matters where one builds on another: demo loaders and resources run in this order.
DOMAINS: tuple[Install, ...] = (
    orgs.install,
    accounts.install,
    audit.install,
    evidence.install,
    rectification.install,
    evaluation.install,
    partyday.install,
    projects.install,
    brand.install,
    learning.install,
    supervision.install,
    disclosure.install,
    standards.install,
    volunteer.install,
    responsibility.install,
    dues.install,
    mobility.install,
    elections.install,
    development.install,
    appraisal.install,
    transfers.install,
    assessment.install,
    bot.install,
)


def create_app(settings: Settings | None = None, *, clock: Clock | None = None) -> web.Application:
    """Build the application; no I/O happens until the app starts (cleanup_ctx)."""
    settings = settings or Settings()
    clock = clock or SystemClock()
    app = web.Application(middlewares=[request_context, error_renderer], client_max_size=settings.max_body_bytes)
    app[SETTINGS] = settings
    app[CLOCK] = clock
    app[UNDECLARED_ERRORS] = []
    metrics.setup(app)  # first: domains record into the app's registry from install on
    app[TOKENS] = TokenCodec(
        settings.secret_key.get_secret_value(), settings.access_token_ttl_s, settings.refresh_token_ttl_s, clock.time
    )
    app.cleanup_ctx.extend([lifecycle.database_ctx, lifecycle.redis_ctx, lifecycle.revocations_ctx, lifecycle.http_ctx])
    for install in DOMAINS:
        install(app)
    app.cleanup_ctx.append(lifecycle.jobs_ctx)
    app.router.add_get("/healthz", healthz)
    app.router.add_routes(calendar.routes)
    aiohttp_jinja2.setup(app, loader=jinja2.PackageLoader("server", "templates"), autoescape=True)
    pages.setup(app, VERSION)
    return app


def model_modules() -> list[str]:
    """The model modules of every domain (for migrations and test schemas), without building a whole app."""
    registry = web.Application()
    for install in DOMAINS:
        install(registry)
    return model_modules_of(registry)


async def app_factory() -> web.Application:
    """Entry point for `gunicorn server.app:app_factory -k aiohttp.GunicornWebWorker`."""
    return create_app()
