"""The observer directory the rating submit reads: one load per TTL, shared by concurrent callers, dropped on change."""

from __future__ import annotations

import asyncio

from miniapp_api.supervision.directory import ObserverCache


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_the_map_is_loaded_once_per_ttl_and_again_after_a_change() -> None:
    loads: list[int] = []

    async def load() -> dict[int, frozenset[int]]:
        loads.append(1)
        await asyncio.sleep(0)
        return {7: frozenset({3, 4})}

    clock = Clock()
    cache = ObserverCache(load, ttl_s=30, clock=clock)
    answers = await asyncio.gather(*(cache.orgs_of(7) for _ in range(50)), cache.orgs_of(8))
    assert answers[0] == frozenset({3, 4}) and answers[-1] == frozenset()
    assert len(loads) == 1  # 51 concurrent submits, one query
    clock.now += 29
    await cache.orgs_of(7)
    assert len(loads) == 1
    clock.now += 2
    await cache.orgs_of(7)
    assert len(loads) == 2  # stale after the TTL
    cache.invalidate()
    await cache.orgs_of(7)
    assert len(loads) == 3  # a bind or reassignment on this worker is seen at once
