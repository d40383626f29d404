"""A throwaway knowledge-base database for the command-line tests (the knowledge tables only)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from tortoise.context import TortoiseContext

from knowledge.db_import import knowledge_config


async def _create(url: str) -> None:
    ctx = TortoiseContext()
    with ctx:
        await ctx.init(config=knowledge_config(url))
        await ctx.generate_schemas()
    await ctx.close_connections()


def knowledge_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A sqlite database with the knowledge tables, set as DATABASE_URL (REDIS_URL unset: nobody to tell)."""
    url = f"sqlite://{tmp_path}/kb.db"
    asyncio.run(_create(url))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("BOT__KNOWLEDGE_DIR", raising=False)
    return url
