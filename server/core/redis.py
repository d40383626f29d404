"""Redis connections (a server, a Redis Cluster, or the embedded in-process fakeredis) and a one-round-trip
rate limiter.

On a cluster every key of one script call, transaction or multi-key command must hash to one slot. Keys that
must travel together carry a hash tag (``{...}``, see `tag`); code that works on keys of several owners groups
them with `by_slot` and makes one call per slot (on a single Redis: one call, as before). See
docs/adr/0012-redis-cluster.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.cluster import RedisCluster
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.crc import key_slot
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from server.core.errors import RateLimited

MEMORY_SCHEME = "memory://"
CLUSTER_SCHEME = "redis+cluster://"
T = TypeVar("T")


def is_cluster(redis: Any) -> bool:
    return isinstance(redis, RedisCluster)


def tag(value: object) -> str:
    """A hash tag: keys that contain the same ``{value}`` live on one cluster slot (one rater, member, room…)."""
    return "{" + str(value) + "}"


def by_slot(items: Iterable[T], key_of: Callable[[T], str]) -> list[list[T]]:
    """Items grouped by the cluster slot of their key, in first-seen order (one group per slot)."""
    groups: dict[int, list[T]] = {}
    for item in items:
        groups.setdefault(key_slot(key_of(item).encode()), []).append(item)
    return list(groups.values())


def scoped_channel(redis: Redis, name: str) -> str:
    """A pub/sub channel name for this Redis database: channels are shared by every database of a server, so two
    deployments (or test runs) on databases 3 and 5 of one server must not hear each other's events.
    A cluster has only database 0."""
    if is_cluster(redis):
        return name
    db = int(redis.connection_pool.connection_kwargs.get("db") or 0)
    return name if db == 0 else f"{name}@{db}"


def _open_cluster(url: str) -> RedisCluster:
    """`redis+cluster://[user:password@]host:port` — one seed node; the client discovers the others."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit("redis://" + url.removeprefix(CLUSTER_SCHEME))
    if parts.path not in ("", "/", "/0"):
        raise ValueError("a Redis Cluster has only database 0: use redis+cluster://host:port")
    return RedisCluster(
        host=parts.hostname or "127.0.0.1", port=parts.port or 6379,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        decode_responses=True, health_check_interval=30, max_connections=256,
        socket_connect_timeout=2, socket_timeout=5, retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), 2),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
    )


def open_redis(url: str | None) -> Redis:
    """A client for `url`; unset or memory://NAME gives an embedded Redis shared by name in this process."""
    if not url or url.startswith(MEMORY_SCHEME):
        from fakeredis import FakeAsyncRedis

        name = (url or MEMORY_SCHEME + "default").removeprefix(MEMORY_SCHEME) or "default"
        return FakeAsyncRedis(host=f"embedded-{name}", port=0, decode_responses=True)
    if url.startswith(CLUSTER_SCHEME):
        # Typed as Redis: the cluster client offers the same commands the service uses (scripts, pipelines,
        # pub/sub); the few differences are handled where `is_cluster` is asked.
        return _open_cluster(url)  # type: ignore[return-value]
    # A blocking pool: past max_connections a caller waits (up to 5 s) for a free connection instead
    # of failing; redis-py's default pool raises MaxConnectionsError at 100 concurrent commands.
    # A connection that died with its server (restart, failover) is retried once on a fresh one, so the
    # first requests after Redis comes back do not fail.
    pool = BlockingConnectionPool.from_url(
        url, decode_responses=True, health_check_interval=30, max_connections=256, timeout=5,
        socket_connect_timeout=2, socket_timeout=5, retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), 2),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
    )
    return Redis.from_pool(pool)


# Fixed-window counters for several keys in one round trip. ARGV: window_ms, then one limit per key.
# Returns the milliseconds to wait for the first exceeded key, or 0 when every key is within limits.
_LIMIT_LUA = """
local window = tonumber(ARGV[1])
local wait = 0
for i, key in ipairs(KEYS) do
  local n = redis.call('INCR', key)
  if n == 1 then redis.call('PEXPIRE', key, window) end
  if n > tonumber(ARGV[i + 1]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then redis.call('PEXPIRE', key, window); ttl = window end
    if ttl > wait then wait = ttl end
  end
end
return wait
"""


class RateLimiter:
    """Fixed-window limits kept in Redis, so every worker shares them."""

    def __init__(self, redis: Redis, prefix: str = "rl") -> None:
        self._redis = redis
        self._prefix = prefix
        self._script = redis.register_script(_LIMIT_LUA)

    async def wait_ms(self, keys: Sequence[tuple[str, int]], window_s: int = 60) -> int:
        if not keys:
            return 0
        pairs = [(f"{self._prefix}:{window_s}:{k}", str(limit)) for k, limit in keys]
        # One call on a single Redis; on a cluster one per slot (the keys of one call must share a slot).
        groups = by_slot(pairs, lambda p: p[0]) if is_cluster(self._redis) else [pairs]
        wait = 0
        for group in groups:
            names = [n for n, _ in group]
            wait = max(wait, int(await self._script(keys=names, args=[window_s * 1000, *(lim for _, lim in group)])))
        return wait

    async def check(
        self, keys: Sequence[tuple[str, int]], window_s: int = 60, *, code: str | None = None, message: str | None = None
    ) -> None:
        """Count one hit on every key; raise RateLimited (429 + Retry-After) when any is over its limit."""
        wait = await self.wait_ms(keys, window_s)
        if wait > 0:
            raise RateLimited((wait + 999) // 1000, message, code=code)
