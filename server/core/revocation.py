"""Revoked sign-ins: access tokens issued to a user before a moment are refused on every worker.

A deactivated (停用) member, a disabled console account or a detected refresh-token replay revokes the
user's tokens at once, though an access token itself lives up to two hours. The list lives in Redis
(a sorted set of user id → revocation time, kept as long as a token issued before it can live) and in
memory on every worker: each request checks memory only; workers hear of a revocation over pub/sub and
re-read the set periodically, so a missed message or a Redis restart heals within `RELOAD_S`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from redis.asyncio import Redis

from server.core.redis import is_cluster, scoped_channel

log = logging.getLogger("dangjian.revocation")
KEY = "auth:revoked"  # zset: member = user id, score = revocation time (epoch seconds)
CHANNEL = "auth:revoked"
RELOAD_S = 30.0


class Revocations:
    def __init__(self, redis: Redis, clock: Callable[[], float], token_ttl_s: int) -> None:
        self._redis = redis
        self._clock = clock
        self._ttl = token_ttl_s
        self._revoked_at: dict[int, float] = {}

    def is_revoked(self, user_id: int, issued_at: float) -> bool:
        """True when the user's tokens issued at `issued_at` were revoked afterwards."""
        at = self._revoked_at.get(user_id)
        return at is not None and issued_at <= at

    async def revoke(self, user_id: int) -> None:
        """Refuse every token this user holds now (new sign-ins after this moment work)."""
        now = self._clock()
        self._revoked_at[user_id] = now
        channel, notice = scoped_channel(self._redis, CHANNEL), f"{user_id}:{now}"
        if is_cluster(self._redis):  # a PUBLISH has no slot: it cannot join the key's transaction on a cluster
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zadd(KEY, {str(user_id): now})
                pipe.zremrangebyscore(KEY, "-inf", now - self._ttl - 60)
                await pipe.execute()
            await self._redis.publish(channel, notice)  # classic PUBLISH: the cluster broadcasts it to every node
            return
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zadd(KEY, {str(user_id): now})
            pipe.zremrangebyscore(KEY, "-inf", now - self._ttl - 60)
            pipe.publish(channel, notice)
            await pipe.execute()

    async def reload(self) -> None:
        now = self._clock()
        rows = await self._redis.zrangebyscore(KEY, now - self._ttl - 60, "+inf", withscores=True)
        fresh: dict[int, float] = {int(row[0]): float(row[1]) for row in rows}
        for user_id, at in self._revoked_at.items():  # keep what this worker revoked itself if Redis lost it
            if at > now - self._ttl - 60:
                fresh[user_id] = max(at, fresh.get(user_id, 0.0))
        self._revoked_at = fresh

    async def follow(self) -> None:
        """Apply revocations announced by other workers; re-read the whole set now and then."""
        task = asyncio.current_task()
        while task is None or not task.cancelling():  # redis-py can swallow a cancellation inside get_message
            try:
                await self.reload()
                async with self._redis.pubsub() as pubsub:
                    await pubsub.subscribe(scoped_channel(self._redis, CHANNEL))
                    loop = asyncio.get_running_loop()
                    next_reload = loop.time() + RELOAD_S
                    while loop.time() < next_reload and not (task and task.cancelling()):
                        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                        if message and isinstance(message.get("data"), str):
                            user, _, at = message["data"].partition(":")
                            with contextlib.suppress(ValueError):
                                self._revoked_at[int(user)] = max(float(at), self._revoked_at.get(int(user), 0.0))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("revocation list not refreshed (Redis unavailable?); keeping the one in memory")
                await asyncio.sleep(2)
