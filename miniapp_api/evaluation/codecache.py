"""A Redis cache of code facts (point, org, expiry) for the rating hot path; admin changes drop entries at once.

The database stays the truth: a miss is filled from it, entries expire after a few minutes, and revoking,
rotating or deactivating deletes them, so every worker sees the change on its next submit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger("dangjian.evaluation")
PREFIX = "evaluation:code:"
GONE = "-"  # negative entry: the code is unknown, revoked or inactive


@dataclass(frozen=True)
class CodeFacts:
    code_id: int
    point_id: int
    org_id: int
    point_name: str
    expires_at: datetime | None


def key(rid: str) -> str:
    return f"{PREFIX}{rid}"


async def store(redis: Redis, rid: str, facts: CodeFacts | None, ttl_s: int) -> None:
    mapping: dict[str, str | int]
    if facts is None:
        mapping = {"p": GONE}
        ttl_s = min(ttl_s, 60)
    else:
        expires = int(facts.expires_at.timestamp() * 1000) if facts.expires_at else 0
        mapping = {"p": facts.point_id, "o": facts.org_id, "c": facts.code_id, "x": expires, "n": facts.point_name}
    try:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.delete(key(rid))
            pipe.hset(key(rid), mapping=mapping)  # type: ignore[arg-type]
            pipe.expire(key(rid), ttl_s)
            await pipe.execute()
    except RedisError:
        log.warning("could not cache a code")


async def drop(redis: Redis, rids: list[str]) -> None:
    """Forget codes after an admin change (revoke, rotate, point edits)."""
    if not rids:
        return
    try:
        await redis.delete(*(key(r) for r in rids))
    except RedisError:
        log.warning("could not drop cached codes; they expire on their own")
