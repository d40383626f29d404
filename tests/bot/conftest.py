"""Fixtures for the bot tests: apps with the bot wired (tokenizer and indexes are in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.routes import bot_runtime
from server.app import create_app
from server.core.appkeys import DB, REDIS
from server.core.database import use_database
from server.core.settings import Settings
from tests.db import empty_database


@pytest.fixture
async def make_bot_client(aiohttp_client: Any, make_settings: Callable[..., Settings], database_url: str,
                          redis_url: str) -> Callable[..., Awaitable[TestClient]]:
    """Apps whose first one empties the database and Redis and loads the knowledge index."""
    started: list[web.Application] = []

    async def make(settings: Settings | None = None) -> TestClient:
        app = create_app(settings or make_settings())
        client: TestClient = await aiohttp_client(app)
        if not started:
            await empty_database(app[DB], database_url)
            if not redis_url.startswith("memory://"):
                await app[REDIS].flushdb()
            knowledge = bot_runtime(app).knowledge
            with use_database(app[DB]):
                await knowledge.reload(await knowledge.announce())
        started.append(app)
        return client

    return make


@pytest.fixture
async def bot_client(make_bot_client: Callable[..., Awaitable[TestClient]]) -> TestClient:
    return await make_bot_client()
