"""Periodic background jobs; a Redis lease makes each run happen on one worker only."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from redis.asyncio import Redis
from tortoise.context import TortoiseContext

from server.core.database import use_database
from server.core.metrics import Metrics

log = logging.getLogger("dangjian.jobs")


@dataclass(frozen=True)
class Job:
    name: str
    interval_s: float
    run: Callable[[], Awaitable[object]]
    exclusive: bool = True  # False: every worker runs it (e.g. flushing its own buffers)


class JobRunner:
    """Runs jobs until stopped, inside the app's database; a failing run is logged and retried at the next tick."""

    def __init__(self, redis: Redis, db: TortoiseContext, jobs: list[Job], metrics: Metrics | None = None) -> None:
        self._redis = redis
        self._metrics = metrics
        self._db = db
        self._jobs = jobs
        self._tasks: list[asyncio.Task[None]] = []
        self._owner = uuid.uuid4().hex

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._loop(job), name=f"job:{job.name}") for job in self._jobs]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def run_once(self, job: Job) -> bool:
        """Run one job now if this worker gets the lease; True when it ran."""
        if job.exclusive:
            lease = max(1, int(job.interval_s * 0.9 * 1000))
            got = await self._redis.set(f"job-lease:{job.name}", self._owner, nx=True, px=lease)
            if not got:
                self._count(job, "skipped")
                return False
        started = time.perf_counter()
        try:
            with use_database(self._db):
                await job.run()
        except Exception:
            self._count(job, "failed")
            raise
        self._count(job, "ran")
        if self._metrics is not None:
            self._metrics.job_duration.labels(job.name).observe(time.perf_counter() - started)
        return True

    def _count(self, job: Job, outcome: str) -> None:
        if self._metrics is not None:
            self._metrics.job_runs.labels(job.name, outcome).inc()

    async def _loop(self, job: Job) -> None:
        while True:
            try:
                await self.run_once(job)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("job failed", extra={"job": job.name})
            await asyncio.sleep(job.interval_s)
