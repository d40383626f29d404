"""The fault stack: private PostgreSQL and Redis processes, the service as a child process, and a seeded world."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.load import ADMIN, World, setup_world
from tests.faults.procs import PostgresServer, RedisServer, Service, missing_tools

pytestmark = pytest.mark.faults


@dataclass
class Stack:
    pg: PostgresServer
    redis: RedisServer
    service: Service
    world: World


@pytest.fixture
def stack(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Stack]:
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    pg, redis = PostgresServer(tmp_path), RedisServer(tmp_path, fsync="always")
    pg.init()
    pg.start()
    redis.start()
    service = Service(tmp_path, {"DATABASE_URL": pg.url, "REDIS_URL": redis.url, "SECRET_KEY": "fault-tests-secret-key-" + "x" * 20,
                                 "MEDIA_DIR": str(tmp_path / "media"), "LEARNING__FLUSH_INTERVAL_S": "1",
                                 "EVALUATION__RATE_LIMIT_PER_MINUTE_IP": "100000",
                                 "EVALUATION__RATE_LIMIT_PER_MINUTE_RATER": "1000"})
    try:
        for args in (("migrate",), ("create-admin", "--username", ADMIN[0], "--password", ADMIN[1])):
            done = service.run(*args)
            assert done.returncode == 0, done.stderr
        service.start()
        sized = request.node.get_closest_marker("world")  # e.g. @pytest.mark.world(points=30)
        world = asyncio.run(setup_world(service.base, **(sized.kwargs if sized else {})))
        yield Stack(pg, redis, service, world)
    finally:
        service.stop()
        redis.stop()
        pg.stop()
