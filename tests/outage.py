"""A Redis outage as one client sees it, on the embedded Redis and on a real server alike.

The embedded server (fakeredis) is told to stop answering; a real server's client is pointed at a port nothing
listens on and its pooled connections are dropped, so its next command fails to connect. Either way the client
raises redis' ConnectionError until the outage ends; the server itself and other clients are untouched.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

import pytest
from fakeredis import FakeAsyncRedis
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from server.core.redis import is_cluster
from tests.faults.procs import free_port


class RedisOutage:
    """`async with RedisOutage(client):` — or `await start()` / `await end()` when the outage begins mid-call."""

    def __init__(self, redis: Redis) -> None:
        if is_cluster(redis):
            pytest.skip("cuts a single Redis off")
        self.redis = redis
        self._kwargs: dict[str, Any] = redis.connection_pool.connection_kwargs
        self._port = self._kwargs.get("port")

    async def start(self) -> None:
        if isinstance(self.redis, FakeAsyncRedis):
            await self.redis.ping()  # a pooled connection, to reach the server behind it
            self._embedded_server().connected = False
        else:
            await self._point_at(free_port())  # nothing listens there
        with pytest.raises(RedisConnectionError):  # the outage is real for this client
            await self.redis.ping()

    async def end(self) -> None:
        if isinstance(self.redis, FakeAsyncRedis):
            self._embedded_server().connected = True
        else:
            await self._point_at(self._port)

    def _embedded_server(self) -> Any:
        return self.redis.connection_pool._available_connections[0]._server  # type: ignore[attr-defined]

    async def _point_at(self, port: Any) -> None:
        self._kwargs["port"] = port
        await self.redis.connection_pool.disconnect()
        self.redis.connection_pool.reset()  # new connections go to the port now set

    async def __aenter__(self) -> RedisOutage:
        await self.start()
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        await self.end()
