"""Fixtures for the bot tests: apps with the bot's index loaded (tokenizer and indexes are in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.service import BotRuntime
from bot.state import BOT_RUNTIME
from server.core.appkeys import DB
from server.core.database import use_database
from tests.conftest import AppFactory

BotAppFactory = Callable[..., Awaitable[TestClient]]


def bot_runtime(client: TestClient) -> BotRuntime:
    app: web.Application = client.app  # type: ignore[assignment]
    return app[BOT_RUNTIME]


@pytest.fixture
async def make_bot_client(make_client: AppFactory) -> BotAppFactory:
    """`make_client` (its first app empties the database and Redis; undeclared error codes fail the test), and
    the first app's index reloaded afterwards: it was built at start-up, before the database was emptied."""
    started: list[TestClient] = []

    async def make(*args: Any, **kwargs: Any) -> TestClient:
        client = await make_client(*args, **kwargs)
        if not started:
            knowledge = bot_runtime(client).knowledge
            with use_database(client.app[DB]):
                await knowledge.reload(await knowledge.announce())
        started.append(client)
        return client

    return make


@pytest.fixture
async def bot_client(make_bot_client: BotAppFactory) -> TestClient:
    return await make_bot_client()
