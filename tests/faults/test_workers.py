"""`serve --workers 2`: two processes on one socket share PostgreSQL and Redis — jobs run once, limits and
duplicate checks hold across them, metrics add up over both, and a dead worker is replaced."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.faults.load import ADMIN, World, setup_world
from tests.faults.procs import PostgresServer, RedisServer, Service, missing_tools

pytestmark = pytest.mark.faults

JOB_INTERVAL_S = 0.5


@dataclass
class Workers:
    service: Service
    world: World
    metrics_dir: Path


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Workers]:
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    pg, redis = PostgresServer(tmp_path), RedisServer(tmp_path, fsync="everysec")
    pg.init()
    pg.start()
    redis.start()
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    service = Service(tmp_path, {"DATABASE_URL": pg.url, "REDIS_URL": redis.url,
                                 "SECRET_KEY": "worker-tests-secret-key-" + "x" * 20, "MEDIA_DIR": str(tmp_path / "media"),
                                 "EVALUATION__OVERDUE_CHECK_INTERVAL_S": str(JOB_INTERVAL_S),
                                 "EVALUATION__RATE_LIMIT_PER_MINUTE_RATER": "3",
                                 "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)})
    try:
        for args in (("migrate",), ("create-admin", "--username", ADMIN[0], "--password", ADMIN[1])):
            done = service.run(*args)
            assert done.returncode == 0, done.stderr
        service.start("--workers", "2")
        world = asyncio.run(setup_world(service.base, points=6, raters=3, learners=1))
        yield Workers(service, world, metrics_dir)
    finally:
        service.stop()
        redis.stop()
        pg.stop()


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(c) for c in (task / "children").read_text().split())
    return found


async def scrape(base: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    async with aiohttp.ClientSession(base) as http, http.get("/metrics") as resp:
        assert resp.status == 200
        text = await resp.text()
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


async def fresh_get(base: str, path: str) -> int:
    """One request on its own connection, so the kernel may hand it to either worker."""
    async with aiohttp.ClientSession(base, connector=aiohttp.TCPConnector(force_close=True)) as http, \
            http.get(path) as resp:
        return resp.status


async def test_two_workers_share_one_socket_and_their_state(workers: Workers) -> None:
    base, world = workers.service.base, workers.world
    assert workers.service.proc is not None
    supervisor = workers.service.proc.pid
    assert len(children(supervisor)) == 2

    # Metrics of both workers add up: every one of 40 requests on fresh connections is counted once.
    before = await scrape(base)
    statuses = await asyncio.gather(*(fresh_get(base, "/healthz") for _ in range(40)))
    assert statuses == [200] * 40
    after = await scrape(base)
    key = ("dj_http_requests_total", frozenset({"route": "/healthz", "method": "GET", "status": "200"}.items()))
    assert after.get(key, 0) - before.get(key, 0) == 40
    writers = {p.stem.rsplit("_", 1)[-1] for p in workers.metrics_dir.glob("counter_*.db")}
    assert len(writers) >= 2, f"only {writers} wrote metrics"

    # One rater, six codes, the per-rater limit is 3 a minute: exactly three are accepted, whichever worker answers;
    # the same rater on the same code again is a duplicate on the other worker too.
    async def rate(token: str) -> int:
        async with aiohttp.ClientSession(base, connector=aiohttp.TCPConnector(force_close=True)) as http, \
                http.post(f"/api/v1/evaluation/codes/{token}/ratings", json={"score": 5},
                          headers=world.raters[0]) as resp:
            return resp.status

    results = [await rate(token) for token in world.tokens]
    assert results.count(201) == 3 and results.count(429) == 3, results
    again = [await rate(world.tokens[0]) for _ in range(3)]
    assert 201 not in again, again

    # The exclusive job runs about once per interval in all, not once per worker.
    first = await scrape(base)
    started = time.monotonic()
    await asyncio.sleep(4)
    elapsed = time.monotonic() - started
    last = await scrape(base)

    def runs(outcome: str, found: dict[tuple[str, frozenset[tuple[str, str]]], float]) -> float:
        return found.get(("dj_job_runs_total", frozenset({"job": "rectification.overdue", "outcome": outcome}.items())), 0)

    ran = runs("ran", last) - runs("ran", first)
    skipped = runs("skipped", last) - runs("skipped", first)
    assert 1 <= ran <= elapsed / JOB_INTERVAL_S + 2, (ran, skipped)
    assert skipped >= 1  # the other worker asked and was refused the lease


async def test_a_dead_worker_is_replaced(workers: Workers) -> None:
    assert workers.service.proc is not None
    supervisor = workers.service.proc.pid
    victim = min(children(supervisor))
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        now = children(supervisor)
        if len(now) == 2 and victim not in now:
            break
        await asyncio.sleep(0.2)
    else:
        pytest.fail(f"the supervisor did not replace worker {victim}: {children(supervisor)}")
    statuses = await asyncio.gather(*(fresh_get(workers.service.base, "/healthz") for _ in range(20)))
    assert set(statuses) == {200}
