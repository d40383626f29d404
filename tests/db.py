"""Test databases: one per test session (a fresh PostgreSQL database or SQLite file), emptied between tests."""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import asyncpg
from tortoise.context import TortoiseContext

from server.app import model_modules
from server.core.database import dialect, open_database


def _pg_dsn(url: str) -> str:
    """asyncpg's DSN for an admin connection: the URL without Tortoise's pool options (e.g. statement_cache_size)."""
    return url.split("?", 1)[0].replace("postgres://", "postgresql://", 1)


async def _create_schema(url: str) -> None:
    ctx = await open_database(url, model_modules())
    try:
        with ctx:
            await ctx.generate_schemas(safe=True)
    finally:
        await ctx.close_connections()


def create_session_database() -> tuple[str, Callable[[], None]]:
    """A database URL for this session and a function that drops it afterwards."""
    base = os.environ.get("TEST_DATABASE_URL")
    if base and dialect(base) == "postgres":
        name = f"dj_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"

        async def create() -> None:
            conn = await asyncpg.connect(_pg_dsn(base))
            try:
                await conn.execute(f'CREATE DATABASE "{name}"')
            finally:
                await conn.close()

        async def drop() -> None:
            conn = await asyncpg.connect(_pg_dsn(base))
            try:
                await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            finally:
                await conn.close()

        asyncio.run(create())
        path, _, options = base.partition("?")
        url = f"{path.rsplit('/', 1)[0]}/{name}" + (f"?{options}" if options else "")
        asyncio.run(_create_schema(url))
        return url, lambda: asyncio.run(drop())
    tmp = Path(tempfile.mkdtemp(prefix="dj-test-"))
    url = f"sqlite://{tmp}/test.db"
    asyncio.run(_create_schema(url))
    return url, lambda: None


async def empty_database(ctx: TortoiseContext, url: str) -> None:
    """Delete every row of every table so each test starts from nothing."""
    with ctx:
        conn = ctx.db()
        assert ctx.apps is not None
        tables = sorted({m._meta.db_table for app in ctx.apps.values() for m in app.values()})
        if dialect(url) == "postgres":
            quoted = ", ".join(f'"{t}"' for t in tables)
            await conn.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
        else:
            script = "".join(f'DELETE FROM "{t}";' for t in tables)
            await conn.execute_script(f"PRAGMA foreign_keys=OFF;{script}DELETE FROM sqlite_sequence;PRAGMA foreign_keys=ON;")
