"""The observer directory evaluation reads on the rating submit: who observes which orgs, answered from memory.

The whole map of bound observers (dozens per committee) is loaded in one query and kept for `ttl_s`; a change
made through this worker (bind, assignment, deactivation) drops it at once, other workers see it within `ttl_s`.
So the hot path costs no database round trip and no Redis round trip, except one query per worker per `ttl_s`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

DEFAULT_TTL_S = 30.0


class ObserverCache:
    def __init__(
        self,
        load: Callable[[], Awaitable[dict[int, frozenset[int]]]],
        ttl_s: float = DEFAULT_TTL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._load = load
        self._ttl_s = ttl_s
        self._clock = clock
        self._map: dict[int, frozenset[int]] | None = None
        self._loaded_at = 0.0
        self._lock = asyncio.Lock()

    async def orgs_of(self, user_id: int) -> frozenset[int]:
        current = self._map
        if current is None or self._clock() - self._loaded_at > self._ttl_s:
            async with self._lock:  # concurrent submits share one reload
                if self._map is None or self._clock() - self._loaded_at > self._ttl_s:
                    self._map, self._loaded_at = await self._load(), self._clock()
                current = self._map
        return current.get(user_id, frozenset())

    def invalidate(self) -> None:
        self._map = None
