"""The database: open an app's Tortoise context, and the one way to enter it (requests, jobs, rooms, commands).

tortoise-orm finds "the current database" through a context variable. `use_database` is the only code
of ours that sets it (docs/adr/0004; a test in tests/server keeps it that way).
"""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tortoise import context as tortoise_context
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.context import TortoiseContext, require_context


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
