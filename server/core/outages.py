"""A lost database or Redis is an outage, not a bug: such failures become 503 in the one error shape."""

from __future__ import annotations

import asyncpg
from redis import exceptions as redis_errors
from tortoise.exceptions import DBConnectionError

from server.core.errors import ServiceUnavailable

RETRY_AFTER_S = 5


class DatabaseUnavailable(ServiceUnavailable):
    code = "service.database_unavailable"
    message = "数据服务暂时不可用，请稍后再试"


class RedisUnavailable(ServiceUnavailable):
    code = "service.cache_unavailable"
    message = "服务繁忙，请稍后再试"


# InternalClientError: a pooled connection that had already received the server's "terminating connection"
# when it was handed out says "another operation is in progress" on its next query (seen restarting PostgreSQL
# under concurrent 差评 batches; tests/faults).
_DATABASE = (DBConnectionError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError,
             asyncpg.exceptions.InternalClientError, asyncpg.exceptions.OperatorInterventionError,
             asyncpg.exceptions.CannotConnectNowError, asyncpg.exceptions.TooManyConnectionsError,
             ConnectionError)  # the builtin one: refused, reset, aborted, broken pipe
_REDIS = (redis_errors.ConnectionError, redis_errors.TimeoutError)


def outage_of(exc: BaseException) -> ServiceUnavailable | None:
    """The outage behind `exc` (following its causes), or None when it is not one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, _REDIS):
            return RedisUnavailable(headers={"Retry-After": str(RETRY_AFTER_S)})
        if isinstance(current, _DATABASE):
            return DatabaseUnavailable(headers={"Retry-After": str(RETRY_AFTER_S)})
        current = current.__cause__ or current.__context__
    return None
