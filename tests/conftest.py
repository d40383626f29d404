"""Shared fixtures: settings, the real app over HTTP, login helpers, the fake WeChat server."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from redis.asyncio import Redis

from knowledge.corpus import load_corpus
from knowledge.index import KnowledgeIndex
from knowledge.tokenize import Tokenizer
from server.app import create_app
from server.core.appkeys import DB, REDIS
from server.core.clock import Clock, TickingClock
from server.core.redis import open_redis
from server.core.revocation import KEY as REVOKED_KEY
from server.core.settings import Settings
from server.middleware import UNDECLARED_ERRORS
from tests.clock import TEST_EPOCH
from tests.db import create_session_database, empty_database
from tests.fakes import FakeWeChat
from tests.knowledge.samples import regulations_dir, sample_index

# Test apps and command lines stay on the lexical channels (the dense channel has its own test).
os.environ.setdefault("BOT__DENSE", "0")

SECRET = "test-secret-key-that-is-long-enough-0123456789"
AppFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    url, drop = create_session_database()
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def redis_url() -> str:
    """A real Redis server (TEST_REDIS_URL) shared by the test, or a fresh embedded one."""
    return os.environ.get("TEST_REDIS_URL") or f"memory://test-{uuid.uuid4().hex}"


@pytest.fixture
def make_settings(database_url: str, redis_url: str) -> Callable[..., Settings]:
    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "env": "test",
            "database_url": database_url,
            "redis_url": redis_url,
            "secret_key": SECRET,
            "run_jobs": False,
            "public_base_url": "http://testserver",
            "media_dir": f"/tmp/dj-media-{uuid.uuid4().hex[:8]}",
        }
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
async def make_client(
    aiohttp_client: Any,
    make_settings: Callable[..., Settings],
    database_url: str,
    redis_url: str,
) -> AsyncIterator[AppFactory]:
    """Start an app (several may share one database and Redis) and return a test client for it."""
    started: list[web.Application] = []

    async def make(
        settings: Settings | None = None,
        *,
        clock: Clock | None = None,
        configure: Callable[[web.Application], None] | None = None,
    ) -> TestClient:
        app = create_app(settings or make_settings(), clock=clock or TickingClock(TEST_EPOCH))
        if configure is not None:  # e.g. a test-only route, added before the app starts
            configure(app)
        if not started and not redis_url.startswith("memory://"):
            # The app keeps the revoked sign-ins it reads at start-up in memory: an earlier test's must be gone by then.
            async with open_redis(redis_url) as shared:  # a redis:// database or a redis+cluster:// seed
                await shared.delete(REVOKED_KEY)
        client: TestClient = await aiohttp_client(app)
        if not started:
            await empty_database(app[DB], database_url)
            if not redis_url.startswith("memory://"):
                await app[REDIS].flushdb()  # on a cluster redis-py sends FLUSHDB to every primary
        started.append(app)
        return client

    yield make
    undeclared = sorted({e for app in started for e in app[UNDECLARED_ERRORS]})
    assert not undeclared, f"endpoints answered with error codes they do not declare: {undeclared}"


@pytest.fixture
async def client(make_client: AppFactory) -> TestClient:
    return await make_client()


@pytest.fixture
def app(client: TestClient) -> web.Application:
    return client.app  # type: ignore[return-value]


@pytest.fixture
def redis(app: web.Application) -> Redis:
    return app[REDIS]


@pytest.fixture
async def fake_wechat(aiohttp_server: Any) -> AsyncIterator[FakeWeChat]:
    fake = FakeWeChat()
    server: TestServer = await aiohttp_server(fake.app)
    fake.base_url = str(server.make_url("")).rstrip("/")
    yield fake


@pytest.fixture
def wechat_settings(make_settings: Callable[..., Settings], fake_wechat: FakeWeChat) -> Settings:
    return make_settings(wechat_appid=fake_wechat.appid, wechat_secret=fake_wechat.secret, wechat_api_base=fake_wechat.base_url)


# Knowledge fixtures shared by tests/knowledge and tests/bot: one session-wide build each.


@pytest.fixture(scope="session")
def tokenizer() -> Tokenizer:
    return Tokenizer()


@pytest.fixture(scope="session")
def small_index(tokenizer: Tokenizer) -> KnowledgeIndex:
    return sample_index(tokenizer)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return regulations_dir()


@pytest.fixture(scope="session")
def real_index(corpus_dir: Path, tokenizer: Tokenizer) -> KnowledgeIndex:
    return KnowledgeIndex.build(load_corpus([corpus_dir]), tokenizer)
