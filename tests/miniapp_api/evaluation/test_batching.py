"""The group-commit batcher hands a failed batch's error to each waiter as its own instance."""

from __future__ import annotations

import asyncio
import traceback
from dataclasses import dataclass, field
from typing import Any

import pytest

from miniapp_api.evaluation.batching import GroupBatcher
from server.core.outages import outage_of


@dataclass
class Item:
    future: asyncio.Future[Any] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class Broken(GroupBatcher[Item]):
    """A batch whose write fails as a lost database connection does."""

    def __init__(self) -> None:
        super().__init__()
        self.original: BaseException | None = None

    async def submit(self, item: Item) -> Any:
        return await self._submit(item)

    async def _flush(self, batch: list[Item]) -> None:
        try:
            raise ConnectionResetError(104, "Connection reset by peer")
        except ConnectionResetError as exc:
            self.original = exc
            self._fail(batch, exc)


async def test_each_waiter_raises_its_own_error_caused_by_the_batchs() -> None:
    batcher = Broken()
    results = await asyncio.gather(*(batcher.submit(Item()) for _ in range(50)), return_exceptions=True)
    assert len({id(e) for e in results}) == 50  # one batch, fifty distinct errors
    assert all(type(e) is ConnectionResetError and e.__cause__ is batcher.original for e in results)
    assert all(outage_of(e) is not None for e in results)  # still a 503, not a 500
    # Shared, the one object would carry all fifty requests' frames; each copy carries only its own.
    depth = [len(traceback.extract_tb(e.__traceback__)) for e in results if isinstance(e, BaseException)]
    assert max(depth) <= 3, depth
    assert batcher.original is not None and len(traceback.extract_tb(batcher.original.__traceback__)) <= 2


async def test_a_cancelled_batch_is_not_copied() -> None:
    class Cancelled(Broken):
        async def _flush(self, batch: list[Item]) -> None:
            self._fail(batch, asyncio.CancelledError())

    batcher = Cancelled()
    task = asyncio.ensure_future(batcher.submit(Item()))
    with pytest.raises(asyncio.CancelledError):
        await task
