"""Every web.AppKey of the application, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from redis.asyncio import Redis
from tortoise.context import TortoiseContext

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from server.core.auth import Principal, TokenCodec
    from server.core.clock import Clock
    from server.core.settings import Settings
    from server.core.wechat import WeChatClient

SETTINGS: web.AppKey[Settings] = web.AppKey("settings")
DB: web.AppKey[TortoiseContext] = web.AppKey("db", TortoiseContext)
REDIS: web.AppKey[Redis] = web.AppKey("redis", Redis)
HTTP: web.AppKey[aiohttp.ClientSession] = web.AppKey("http", aiohttp.ClientSession)
WECHAT: web.AppKey[WeChatClient] = web.AppKey("wechat")
CLOCK: web.AppKey[Clock] = web.AppKey("clock")
TOKENS: web.AppKey[TokenCodec] = web.AppKey("tokens")
# Packages that own long-lived in-process state (knowledge index, rooms hub, LLM) hang it here.
EXTRAS: web.AppKey[dict[str, Any]] = web.AppKey("extras", dict)

# Per-request storage.
REQUEST_ID: web.RequestKey[str] = web.RequestKey("request_id", str)
PRINCIPAL: web.RequestKey[Principal | None] = web.RequestKey("principal")

# Evaluation / rectification: ticket sources by source_type (e.g. "rating"), and the QR image cache.
TICKET_SOURCES: web.AppKey[dict[str, Any]] = web.AppKey("ticket_sources", dict)
QR_CACHE: web.AppKey[Any] = web.AppKey("qr_cache")

# Learning: the heartbeat certifier and the write-behind flusher (miniapp_api.learning.runtime.LearningRuntime).
LEARNING: web.AppKey[Any] = web.AppKey("learning")

# Audit hook for packages that may not import miniapp_api (knowledge, bot): miniapp_api.audit.service.record,
# called as `await app[AUDIT](principal, action, target_type, target_id, org_id=..., detail={...})`.
AUDIT: web.AppKey[Callable[..., Awaitable[None]]] = web.AppKey("audit")
