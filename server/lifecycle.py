"""cleanup_ctx generators of the kernel: database → redis → outbound HTTP/WeChat, and the jobs last."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web
from tortoise.context import get_current_context

from server.core.appkeys import CLOCK, DB, HTTP, REDIS, REVOCATIONS, SETTINGS, WECHAT
from server.core.database import close_database, open_database
from server.core.domains import JOB_FACTORIES, model_modules_of
from server.core.jobs import JobRunner
from server.core.metrics import metrics_of
from server.core.redis import open_redis
from server.core.revocation import Revocations
from server.core.wechat import WeChatClient

log = logging.getLogger("dangjian.lifecycle")
JOB_RUNNER: web.AppKey[JobRunner] = web.AppKey("job_runner", JobRunner)


async def database_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    log.info("starting", extra=settings.summary())
    if settings.env == "prod" and settings.stub_login:
        log.warning("STUB WECHAT LOGIN IS ON: anyone can log in as any openid (WECHAT_STUB_LOGIN=true)")
    # The first app of a process also serves code that runs outside a request (CLI, tests).
    ctx = await open_database(settings.database_url, model_modules_of(app), global_fallback=get_current_context() is None,
                              replica_url=settings.database_replica_url)
    app[DB] = ctx
    try:
        yield
    finally:
        await close_database(ctx)


async def redis_ctx(app: web.Application) -> AsyncIterator[None]:
    redis = open_redis(app[SETTINGS].redis_url)
    await redis.ping()
    app[REDIS] = redis
    try:
        yield
    finally:
        await redis.aclose()


async def revocations_ctx(app: web.Application) -> AsyncIterator[None]:
    """Revoked sign-ins, shared by every worker (server/core/revocation.py)."""
    revocations = Revocations(app[REDIS], app[CLOCK].time, app[SETTINGS].access_token_ttl_s)
    app[REVOCATIONS] = revocations
    with contextlib.suppress(Exception):
        await revocations.reload()
    follower = asyncio.create_task(revocations.follow(), name="auth.revocations")
    try:
        yield
    finally:
        follower.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await follower


async def http_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
    app[HTTP] = session
    secret = settings.wechat_secret.get_secret_value() if settings.wechat_secret else None
    app[WECHAT] = WeChatClient(session, app[REDIS], settings.wechat_appid, secret, settings.wechat_api_base,
                               stub_login=settings.stub_login)
    try:
        yield
    finally:
        await session.close()


async def jobs_ctx(app: web.Application) -> AsyncIterator[None]:
    jobs = [job for factory in app.get(JOB_FACTORIES, []) for job in factory(app)]
    runner = JobRunner(app[REDIS], app[DB], jobs, metrics_of(app))
    app[JOB_RUNNER] = runner
    if app[SETTINGS].run_jobs:
        runner.start()
    try:
        yield
    finally:
        await runner.stop()
