"""The bot's resources of one worker: the knowledge index (loaded, then following changes over Redis) and
the optional chat model (when LLM_BASE_URL/LLM_MODEL are set)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from bot.llm import chat_model
from bot.service import BotRuntime, Conversations
from bot.state import BOT_RUNTIME, KNOWLEDGE_INDEX
from knowledge.runtime import IndexRuntime
from server.core.appkeys import CLOCK, DB, REDIS, SETTINGS
from server.core.database import use_database
from server.core.metrics import metrics_of


async def bot_ctx(app: web.Application) -> AsyncIterator[None]:
    """Load this worker's index, follow changes announced over Redis, build the chat model (cleanup_ctx,
    after the database and Redis)."""
    settings = app[SETTINGS]
    cache = Path(settings.bot.index_cache_path).with_suffix(".npz") if settings.env != "test" else None
    knowledge = IndexRuntime(app[REDIS], app[CLOCK].now, cache, dense=settings.bot.dense and settings.env != "test")
    llm = None
    if settings.llm_enabled:
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        llm = chat_model(settings.llm_base_url or "", settings.llm_model or "", key)
    app[KNOWLEDGE_INDEX] = knowledge
    app[BOT_RUNTIME] = BotRuntime(
        knowledge,
        Conversations(app[REDIS], settings.bot.history_ttl_s),
        settings.bot.asks_per_minute,
        llm,
        settings.bot.feedback_per_minute,
        metrics_of(app),
    )
    with use_database(app[DB]):
        await knowledge.reload()
        follower = asyncio.create_task(knowledge.follow(), name="knowledge.follow")
    try:
        yield
    finally:
        follower.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await follower
