"""Live rating counters in Redis (per point, per score), rebuildable from the database at any time."""

from __future__ import annotations

import logging
from typing import Any, cast

from redis.asyncio import Redis
from tortoise.functions import Count

from miniapp_api.evaluation.models import Rating
from miniapp_api.evaluation.options import GOOD_SCORES
from miniapp_api.evaluation.schemas import LiveCounts
from server.core.redis import is_cluster

log = logging.getLogger("dangjian.evaluation")
PREFIX = "evaluation:cnt:p:"
MARKER = "evaluation:cnt:built"


def key(point_id: int) -> str:
    return f"{PREFIX}{point_id}"


async def rebuild(redis: Redis) -> int:
    """Replace every counter with the database's truth (excluded ratings do not count); returns points."""
    rows = await Rating.filter(is_excluded=False).annotate(n=Count("id")).group_by("point_id", "score").values(
        "point_id", "score", "n")
    by_point: dict[int, dict[str, int]] = {}
    for row in rows:
        by_point.setdefault(row["point_id"], {})[str(row["score"])] = row["n"]
    stale = [k async for k in redis.scan_iter(match=f"{PREFIX}*", count=500)]  # on a cluster: every primary
    if is_cluster(redis):
        # No transaction spans slots: each point's counter is replaced on its own (DEL then HSET, in order on
        # its node), so a reader may see one point at zero for a moment during a rebuild.
        async with redis.pipeline(transaction=False) as pipe:
            for k in stale:
                pipe.delete(k)
            for point_id, dist in by_point.items():
                pipe.hset(key(point_id), mapping=cast(dict[Any, Any], dist))
            await pipe.execute()
        await redis.set(MARKER, "1")
        return len(by_point)
    async with redis.pipeline(transaction=True) as pipe:
        if stale:
            pipe.delete(*stale)
        for point_id, dist in by_point.items():
            pipe.hset(key(point_id), mapping=cast(dict[Any, Any], dist))
        pipe.set(MARKER, "1")
        await pipe.execute()
    return len(by_point)


async def ensure_built(redis: Redis) -> None:
    if not await redis.exists(MARKER):
        await rebuild(redis)


async def live_by_point(redis: Redis, point_ids: list[int]) -> dict[int, dict[str, int]]:
    if not point_ids:
        return {}
    await ensure_built(redis)
    async with redis.pipeline(transaction=False) as pipe:
        for pid in point_ids:
            pipe.hgetall(key(pid))
        results = await pipe.execute()
    return {pid: {k: int(v) for k, v in res.items()} for pid, res in zip(point_ids, results, strict=True)}


def summarise(dist: dict[str, int]) -> LiveCounts:
    full = {str(s): int(dist.get(str(s), 0)) for s in range(1, 6)}
    total = sum(full.values())
    if not total:
        return LiveCounts(total=0, distribution=full)
    good = sum(full[str(s)] for s in GOOD_SCORES)
    average = sum(int(s) * n for s, n in full.items()) / total
    return LiveCounts(total=total, distribution=full, good_rate=round(good / total, 4), average=round(average, 2))


async def adjust(redis: Redis, point_id: int, score: int, delta: int) -> None:
    """Move one counter (an upheld appeal takes a rating out); failures heal at the next rebuild."""
    try:
        await redis.hincrby(key(point_id), str(score), delta)
    except Exception:
        log.warning("counter update failed; the reconcile job will repair it", extra={"point_id": point_id})
