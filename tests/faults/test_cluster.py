"""A private 3-master Redis Cluster: the cluster paths give the same verdicts as the single-Redis scripts."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis

from miniapp_api.evaluation import gate
from server.core.errors import RateLimited
from server.core.redis import RateLimiter, is_cluster, open_redis, tag
from tests.faults.procs import RedisClusterServers

pytestmark = pytest.mark.faults


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[RedisClusterServers]:
    if shutil.which("redis-server") is None or shutil.which("redis-cli") is None:
        pytest.skip("redis-server / redis-cli are not installed")
    servers = RedisClusterServers(tmp_path)
    try:
        servers.start()
        yield servers
    finally:
        servers.stop()


@pytest.fixture
async def both(cluster: RedisClusterServers) -> AsyncIterator[tuple[Redis, Redis]]:
    on_cluster, single = open_redis(cluster.url), open_redis("memory://cluster-twin")
    await single.flushdb()
    yield on_cluster, single
    await on_cluster.aclose()
    await single.aclose()


async def _code(redis: Redis, rid: str, point: int, expires_ms: int = 0) -> None:
    await redis.hset(
        f"evaluation:code:{rid}", mapping={"p": point, "o": 7, "c": point * 10, "x": expires_ms, "n": f"窗口{point}"}
    )


async def test_the_cluster_gate_answers_like_the_single_script(both: tuple[Redis, Redis]) -> None:
    on_cluster, single = both
    assert is_cluster(on_cluster) and not is_cluster(single)
    for redis in both:
        await _code(redis, "a", 1)
        await _code(redis, "b", 2)
        await _code(redis, "old", 3, expires_ms=1000)
        await redis.hset("evaluation:code:gone", mapping={"p": "-"})
    limits = gate.Limits(60_000, per_ip=5, per_rater=3, per_day=2, pending_ttl_s=60, now_ms=10_000)

    def check(rid: str, rater: str, ip: str, idem: str | None = None) -> gate.Check:
        return gate.Check(
            (f"evaluation:code:{rid}", f"evaluation:idem:{tag(rater)}:{idem or '-'}", f"rl:ip:{ip}", f"rl:r:{tag(rater)}"),
            idem is not None,
            "2026-12-02",
            rater,
            3600,
        )

    batches: list[list[gate.Check]] = [
        # accepted, a second at the same point, the third over the per-day limit, unknown / gone / expired codes
        [
            check("a", "r1", "1.1.1.1", "k1"),
            check("a", "r1", "1.1.1.1"),
            check("a", "r1", "1.1.1.2"),
            check("x", "r2", "1.1.1.1"),
            check("gone", "r2", "1.1.1.1"),
            check("old", "r2", "1.1.1.1"),
        ],
        # a replayed Idempotency-Key (pending), then raters and an address over their minute limits
        [
            check("a", "r1", "1.1.1.3", "k1"),
            check("b", "r1", "1.1.1.3"),
            check("b", "r3", "1.1.1.1"),
            check("b", "r4", "1.1.1.1"),
            check("b", "r5", "1.1.1.1"),
            check("b", "r6", "1.1.1.1"),
        ],
    ]

    def comparable(out: list[Any]) -> list[list[str]]:  # a wait (kind 2) is a TTL: only roughly equal
        return [[str(v) for v in item] if int(item[0]) != 2 else ["2", str(int(item[1]) > 50_000)] for item in out]

    kinds: set[int] = set()
    for batch in batches:
        expected: list[Any] = await gate.run(single, limits, batch)
        assert comparable(await gate.run(on_cluster, limits, batch)) == comparable(expected)
        kinds |= {int(item[0]) for item in expected}
    assert kinds == {0, 1, 2, 3, 4, 5}  # every verdict was exercised


async def test_rate_limits_over_several_slots_hold_on_the_cluster(both: tuple[Redis, Redis]) -> None:
    on_cluster, _ = both
    limiter = RateLimiter(on_cluster, "t")
    keys = [("ip:1.2.3.4", 2), ("m:42", 5), ("m:43", 5)]  # three owners: three slots
    await limiter.check(keys)
    await limiter.check(keys)
    with pytest.raises(RateLimited):
        await limiter.check(keys)
    assert int(await on_cluster.get("t:60:m:42")) == 3
