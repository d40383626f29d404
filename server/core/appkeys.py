"""The kernel's web.AppKeys (settings, database, Redis, clock, tokens, ...); each domain declares its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import aiohttp
from aiohttp import web
from redis.asyncio import Redis
from tortoise.context import TortoiseContext

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from server.core.auth import Principal, TokenCodec
    from server.core.clock import Clock
    from server.core.revocation import Revocations
    from server.core.settings import Settings
    from server.core.wechat import WeChatClient

SETTINGS: web.AppKey[Settings] = web.AppKey("settings")
DB: web.AppKey[TortoiseContext] = web.AppKey("db", TortoiseContext)
REDIS: web.AppKey[Redis] = web.AppKey("redis", Redis)
HTTP: web.AppKey[aiohttp.ClientSession] = web.AppKey("http", aiohttp.ClientSession)
WECHAT: web.AppKey[WeChatClient] = web.AppKey("wechat")
CLOCK: web.AppKey[Clock] = web.AppKey("clock")
TOKENS: web.AppKey[TokenCodec] = web.AppKey("tokens")
REVOCATIONS: web.AppKey[Revocations] = web.AppKey("revocations")

# Per-request storage.
REQUEST_ID: web.RequestKey[str] = web.RequestKey("request_id", str)
PRINCIPAL: web.RequestKey[Principal | None] = web.RequestKey("principal")

# Audit hook for packages that may not import miniapp_api (knowledge, bot): miniapp_api.audit.service.record,
# called as `await app[AUDIT](principal, action, target_type, target_id, org_id=..., detail={...})`.
AUDIT: web.AppKey[Callable[..., Awaitable[None]]] = web.AppKey("audit")

# Org-tree hook for packages that may not import miniapp_api (bot), set by the orgs domain:
# `await app[ORG_SUBTREE](org_id)` → the ids of the org and every active org below it.
ORG_SUBTREE: web.AppKey[Callable[[int], Awaitable[list[int]]]] = web.AppKey("org_subtree")
