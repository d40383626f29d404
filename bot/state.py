"""Per-app state of the bot: this worker's knowledge index and the bot runtime (retriever + optional LLM)."""

from __future__ import annotations

from aiohttp import web

from bot.service import BotRuntime
from knowledge.runtime import IndexRuntime

KNOWLEDGE_INDEX: web.AppKey[IndexRuntime] = web.AppKey("knowledge_index", IndexRuntime)
BOT_RUNTIME: web.AppKey[BotRuntime] = web.AppKey("bot_runtime", BotRuntime)
