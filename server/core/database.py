"""The database: open an app's Tortoise context, and the one way to enter it (requests, jobs, rooms, commands).

tortoise-orm finds "the current database" through a context variable. `use_database` is the only code
of ours that sets it (docs/adr/0004; a test in tests/server keeps it that way).
"""

from __future__ import annotations

import importlib
import logging
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from tortoise import context as tortoise_context
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.context import TortoiseContext, require_context
from tortoise.transactions import in_transaction as tortoise_in_transaction

log = logging.getLogger("dangjian.database")


def dialect(url: str) -> str:
    """'sqlite' or 'postgres' — migrations are kept per dialect (docs/adr/0003)."""
    scheme = url.split("://", 1)[0]
    return "postgres" if scheme in ("postgres", "postgresql", "asyncpg", "psycopg") else "sqlite"


def tortoise_config(url: str, modules: Sequence[str], *, with_aerich: bool = True) -> dict[str, Any]:
    """The Tortoise configuration for `url` with the model modules the installed domains registered."""
    models = [*modules, "aerich.models"] if with_aerich else list(modules)
    if url.startswith("sqlite://") and not url.startswith("sqlite://:memory:"):
        Path(url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": models, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


@contextmanager
def use_database(ctx: TortoiseContext) -> Iterator[None]:
    """Run the block against `ctx`.

    Not `with ctx:` — a TortoiseContext keeps one reset token on itself, so two concurrent users
    (requests, jobs) overwrite each other's token and one of them fails on exit. The token here is
    local. This is the only use of tortoise's private context variable (docs/adr/0004).
    """
    token = tortoise_context._current_context.set(ctx)
    try:
        yield
    finally:
        tortoise_context._current_context.reset(token)


async def open_database(url: str, modules: Sequence[str], *, global_fallback: bool = False,
                        replica_url: str | None = None) -> TortoiseContext:
    """Open a Tortoise context; the caller closes *that* context (`await ctx.close_connections()`)."""
    ctx = TortoiseContext()
    with use_database(ctx):  # models are finalised against the active context
        await ctx.init(config=tortoise_config(url, modules), _enable_global_fallback=global_fallback)
    if replica_url:
        _REPLICAS[ctx] = await _open_client(replica_url, "replica")
    return ctx


async def close_database(ctx: TortoiseContext) -> None:
    """Close a context opened by `open_database`, its replica connection included."""
    replica = _REPLICAS.pop(ctx, None)
    try:
        await ctx.close_connections()
    finally:
        if replica is not None:
            await replica.close()


# The read replica of each open context. Not a Tortoise connection alias: with two aliases tortoise wants a
# connection name on every `in_transaction()`, and only a few reports read the replica.
_REPLICAS: weakref.WeakKeyDictionary[TortoiseContext, BaseDBAsyncClient] = weakref.WeakKeyDictionary()


async def _open_client(url: str, alias: str) -> BaseDBAsyncClient:
    info = expand_db_url(url)
    engine = importlib.import_module(info["engine"])
    client_class = engine.get_client_class(info) if hasattr(engine, "get_client_class") else engine.client_class
    client: BaseDBAsyncClient = client_class(connection_name=alias, **info["credentials"])
    await client.create_connection(with_db=True)
    return client


def reader() -> BaseDBAsyncClient:
    """The connection for large reads — reports and exports: the read replica when DATABASE_REPLICA_URL is set,
    else the primary. Use as ``Model.filter(...).using_db(reader())``; never for reads that must see the
    caller's own writes (a replica may lag by a moment)."""
    ctx = require_context()
    replica = _REPLICAS.get(ctx)
    return replica if replica is not None else ctx.db()


async def create_schema(ctx: TortoiseContext) -> None:
    """Create all tables directly from the models (tests and benches; production uses migrations)."""
    with use_database(ctx):
        await ctx.generate_schemas(safe=True)


class _Transaction:
    """What `tortoise.transactions.in_transaction()` gives, minus what it leaves behind when BEGIN fails.

    tortoise acquires a pooled connection and points the task's context at it before it sends BEGIN; if
    BEGIN fails (the database restarted under it) `async with` never calls `__aexit__`, so the connection
    never goes back to the pool and the task keeps using the dead transaction. Here the half-entered
    transaction is unwound at once and BEGIN's own error propagates. And when COMMIT succeeded but the
    server went away before the connection could be reset for the pool, the transaction is reported as
    what it is — committed — instead of asyncpg's "another operation is in progress" (a 500 that made a
    client retry a rating that was already stored).
    """

    __slots__ = ("_inner",)

    def __init__(self, connection_name: str | None) -> None:
        self._inner = tortoise_in_transaction(connection_name)

    async def __aenter__(self) -> Any:
        try:
            return await self._inner.__aenter__()
        except BaseException as exc:
            if getattr(self._inner, "token", None) is not None:  # got as far as pointing the context at it
                with suppress(Exception):
                    await self._inner.__aexit__(type(exc), exc, exc.__traceback__)
            raise

    async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            await self._inner.__aexit__(exc_type, exc, tb)
        except Exception:
            client = getattr(self._inner, "client", None)
            if exc_type is None and getattr(client, "_finalized", False):
                # COMMIT returned, so the work is durable; only handing the connection back failed (the server
                # went away just after; asyncpg's pool has already dropped that connection). Not an error.
                log.warning("the connection of a committed transaction could not be reset", exc_info=True)
                return
            raise


def in_transaction(connection_name: str | None = None) -> _Transaction:
    """The one way our code opens a transaction (`async with in_transaction() as conn:`); a test in
    tests/server keeps tortoise's own out of the rest."""
    return _Transaction(connection_name)
