"""The database: open an app's Tortoise context, and the one way to enter it (requests, jobs, rooms, commands).

tortoise-orm finds "the current database" through a context variable. `use_database` is the only code
of ours that sets it (docs/adr/0004; a test in tests/server keeps it that way).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tortoise import context as tortoise_context
from tortoise.context import TortoiseContext


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


async def open_database(url: str, modules: Sequence[str], *, global_fallback: bool = False) -> TortoiseContext:
    """Open a Tortoise context; the caller closes *that* context (`await ctx.close_connections()`)."""
    ctx = TortoiseContext()
    with use_database(ctx):  # models are finalised against the active context
        await ctx.init(config=tortoise_config(url, modules), _enable_global_fallback=global_fallback)
    return ctx


async def create_schema(ctx: TortoiseContext) -> None:
    """Create all tables directly from the models (tests and benches; production uses migrations)."""
    with use_database(ctx):
        await ctx.generate_schemas(safe=True)
