"""Group commit on the rating path: one batch in flight, the next collects while it runs."""

from __future__ import annotations

import asyncio
import copy
from typing import Any, Generic, Protocol, TypeVar

MAX_BATCH = 200


class Waiter(Protocol):
    future: asyncio.Future[Any]


W = TypeVar("W", bound=Waiter)


class GroupBatcher(Generic[W]):
    """Queues items; one task drains them in batches through `_flush`, which resolves each item's future."""

    def __init__(self) -> None:
        self._queue: list[W] = []
        self._draining = False
        self._task: asyncio.Task[None] | None = None

    async def _submit(self, item: W) -> Any:
        self._queue.append(item)
        if not self._draining:
            self._draining = True
            self._task = asyncio.get_running_loop().create_task(self._drain())  # keep a reference
        return await item.future

    async def _drain(self) -> None:
        try:
            while self._queue:
                await asyncio.sleep(0)  # let requests already read in this loop turn join the batch
                batch, self._queue = self._queue[:MAX_BATCH], self._queue[MAX_BATCH:]
                await self._flush(batch)
        finally:
            self._draining = False

    async def _flush(self, batch: list[W]) -> None:
        raise NotImplementedError

    @staticmethod
    def _fail(batch: list[W], exc: BaseException) -> None:
        """Hand `exc` to every waiter of the batch; re-raise cancellations and other non-Exceptions."""
        for item in batch:
            if not item.future.done():
                item.future.set_exception(own_copy(exc) if isinstance(exc, Exception) else exc)
        if not isinstance(exc, Exception):
            raise exc


def own_copy(exc: Exception) -> Exception:
    """One waiter's own instance of a batch's error, caused by the original. Re-raised in every waiting request,
    one shared object would gather every request's frames in its traceback: in an outage, the 200th request's
    log record held 200 handler stacks. The copy keeps the type and message; the original (with the batch's
    own traceback) is its cause, so the outage behind it is still found (server.core.outages)."""
    try:
        clone = copy.copy(exc)
    except Exception:  # an exception class that cannot be rebuilt from its args
        return exc
    clone.__cause__ = exc
    clone.__traceback__ = None
    return clone
