"""cleanup_ctx generators: database → redis → outbound HTTP/WeChat → background jobs."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable

import aiohttp
from aiohttp import web
from tortoise.context import get_current_context

from server.core.jobs import Job, JobRunner
from server.core.keys import DB, HTTP, REDIS, SETTINGS, WECHAT
from server.core.redis import open_redis
from server.core.wechat import WeChatClient
from server.db import open_database

log = logging.getLogger("dangjian.lifecycle")
JobFactory = Callable[[web.Application], list[Job]]
JOB_FACTORIES: web.AppKey[list[JobFactory]] = web.AppKey("job_factories", list)
JOB_RUNNER: web.AppKey[JobRunner] = web.AppKey("job_runner", JobRunner)


async def database_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    # The first app of a process also serves code that runs outside a request (CLI, tests).
    ctx = await open_database(settings.database_url, global_fallback=get_current_context() is None)
    app[DB] = ctx
    try:
        yield
    finally:
        await ctx.close_connections()


async def redis_ctx(app: web.Application) -> AsyncIterator[None]:
    redis = open_redis(app[SETTINGS].redis_url)
    await redis.ping()
    app[REDIS] = redis
    try:
        yield
    finally:
        await redis.aclose()


async def http_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
    app[HTTP] = session
    secret = settings.wechat_secret.get_secret_value() if settings.wechat_secret else None
    app[WECHAT] = WeChatClient(session, app[REDIS], settings.wechat_appid, secret, settings.wechat_api_base)
    try:
        yield
    finally:
        await session.close()


async def jobs_ctx(app: web.Application) -> AsyncIterator[None]:
    jobs = [job for factory in app[JOB_FACTORIES] for job in factory(app)]
    runner = JobRunner(app[REDIS], jobs)
    app[JOB_RUNNER] = runner
    if app[SETTINGS].run_jobs:
        runner.start()
    try:
        yield
    finally:
        await runner.stop()
