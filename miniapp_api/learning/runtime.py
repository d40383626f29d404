"""Per-app learning resources: the heartbeat certifier and the write-behind flusher, its job and shutdown flush."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

from aiohttp import web

from miniapp_api.learning.certify import Certifier
from miniapp_api.learning.flusher import Flusher
from server.core.appkeys import CLOCK, DB, REDIS, SETTINGS
from server.core.database import use_database
from server.core.jobs import Job
from server.core.metrics import metrics_of

log = logging.getLogger("dangjian.learning")


@dataclass(frozen=True)
class LearningRuntime:
    certifier: Certifier
    flusher: Flusher


LEARNING: web.AppKey[LearningRuntime] = web.AppKey("learning_runtime", LearningRuntime)


def runtime_of(app: web.Application) -> LearningRuntime:
    runtime: LearningRuntime = app[LEARNING]
    return runtime


async def learning_ctx(app: web.Application) -> AsyncIterator[None]:
    """Build the certifier and flusher; on shutdown (after the jobs stop) flush what is left."""
    settings = app[SETTINGS]
    app[LEARNING] = LearningRuntime(
        Certifier(app[REDIS], settings.learning, settings.zone),
        Flusher(app[REDIS], settings.learning, app[CLOCK], zone=settings.zone),
    )
    try:
        yield
    finally:
        try:
            with use_database(app[DB]):
                await runtime_of(app).flusher.flush()
        except Exception:
            log.exception("final learning flush failed; the claim stays in Redis for the next start")


def learning_jobs(app: web.Application) -> list[Job]:
    async def flush() -> None:
        metrics = metrics_of(app)
        try:
            report = await runtime_of(app).flusher.flush()
        except Exception:
            metrics.flushes.labels("failed").inc()
            raise
        metrics.flushes.labels("flushed" if report.claims else "idle").inc()
        metrics.last_flush.set(app[CLOCK].time())

    return [Job("learning.flush", app[SETTINGS].learning.flush_interval_s, flush, exclusive=False)]
