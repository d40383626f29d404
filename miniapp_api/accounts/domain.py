"""Accounts: console login, WeChat login, tokens, member binding."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.accounts import demo, tokens
from miniapp_api.accounts.routes import routes
from server.core.appkeys import CLOCK
from server.core.domains import add_demo, add_jobs, add_models
from server.core.jobs import Job

PURGE_INTERVAL_S = 6 * 3600.0


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.accounts.models")
    app.router.add_routes(routes)
    add_jobs(app, jobs)
    add_demo(app, demo.load_demo)


def jobs(app: web.Application) -> list[Job]:
    """Forget refresh tokens a day after they expired."""

    async def purge() -> None:
        await tokens.purge_expired(app[CLOCK].now())

    return [Job("accounts.refresh_tokens", PURGE_INTERVAL_S, purge)]
