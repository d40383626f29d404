"""HTTP routes of the bot (ask, SSE stream, feedback, unanswered log) and `setup(app)` wiring.

`setup(app)` is what server/app.py calls: it mounts these routes and the knowledge-base
routes and adds `bot_ctx` to cleanup_ctx (after database and redis): it loads the index of
this worker, follows knowledge-base changes announced over Redis, and builds the chat model
when LLM_BASE_URL/LLM_MODEL are set.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from bot import service
from bot.llm import chat_model
from bot.schemas import AskIn, FeedbackIn, FeedbackOut, ListQuery, StreamQuery, UnansweredOut
from bot.service import Asker, BotRuntime, Conversations
from bot.state import BOT_RUNTIME, KNOWLEDGE_INDEX
from knowledge.runtime import IndexRuntime
from server.core.appkeys import AUDIT, DB, REDIS, SETTINGS
from server.core.auth import optional_principal, require_admin
from server.core.database import use_database
from server.core.http import dumps, json_response, match_int, page_response, read_json, read_query
from server.core.openapi import api

log = logging.getLogger("dangjian.bot")
routes = web.RouteTableDef()


def bot_runtime(app: web.Application) -> BotRuntime:
    return app[BOT_RUNTIME]


def _asker(request: web.Request) -> Asker:
    return Asker(optional_principal(request), request.remote or "")


def _conversations(request: web.Request) -> Conversations:
    return Conversations(request.app[REDIS], request.app[SETTINGS].bot.history_ttl_s)


async def _limited(request: web.Request) -> Asker:
    asker = _asker(request)
    await service.check_rate(request.app[REDIS], asker, request.app[SETTINGS].bot.asks_per_minute)
    return asker


@routes.post("/api/v1/bot/ask")
@api("党内法规问答：回答并引用条文，或拒答", tags=["bot"], body=AskIn, auth="optional",
     errors=["bot.rate_limited", "bot.knowledge_not_ready"])
async def ask(request: web.Request) -> web.Response:
    data = await read_json(request, AskIn)
    asker = await _limited(request)
    answer = await service.ask(bot_runtime(request.app), _conversations(request), asker,
                               data.question, data.conversation_id)
    return json_response(answer)


@routes.get("/api/v1/bot/ask/stream")
@api("流式问答（SSE：delta 事件逐段输出，answer 事件给出核验后的完整回答）", tags=["bot"], query=StreamQuery,
     auth="optional", produces="text/event-stream")
async def ask_stream(request: web.Request) -> web.StreamResponse:
    query = read_query(request, StreamQuery)
    asker = await _limited(request)
    events = service.ask_stream(bot_runtime(request.app), _conversations(request), asker,
                                query.question, query.conversation_id)
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream; charset=utf-8",
                                           "Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    await response.prepare(request)
    try:
        async for event in events:
            payload = event["answer"] if event["type"] == "answer" else {"text": event["text"]}
            await response.write(f"event: {event['type']}\ndata: {dumps(payload)}\n\n".encode())
    except Exception:
        log.exception("bot stream failed")
        await response.write(b'event: error\ndata: {"code": "internal_error"}\n\n')
    await response.write_eof()
    return response


@routes.post("/api/v1/bot/feedback")
@api("对回答点赞/点踩（可附原因）", tags=["bot"], body=FeedbackIn, response=FeedbackOut, status=201, auth="optional")
async def feedback(request: web.Request) -> web.Response:
    data = await read_json(request, FeedbackIn)
    return json_response(await service.add_feedback(_asker(request), data), status=201)


@routes.get("/api/v1/bot/feedback")
@api("反馈列表", tags=["bot"], query=ListQuery, response=FeedbackOut, auth="admin")
async def list_feedback(request: web.Request) -> web.Response:
    require_admin(request, write=False)
    q = read_query(request, ListQuery)
    items, total = await service.list_feedback(q)
    return page_response(items, total, q)  # type: ignore[arg-type]


@routes.get("/api/v1/bot/unanswered")
@api("未能回答的问题（供知识库管理员补充）", tags=["bot"], query=ListQuery, response=UnansweredOut, auth="admin")
async def list_unanswered(request: web.Request) -> web.Response:
    require_admin(request, write=False)
    q = read_query(request, ListQuery)
    items, total = await service.list_unanswered(q)
    return page_response(items, total, q)  # type: ignore[arg-type]


@routes.post("/api/v1/bot/unanswered/{id}/resolve")
@api("标记未回答问题为已处理", tags=["bot"], status=204, auth="admin")
async def resolve_unanswered(request: web.Request) -> web.Response:
    principal = require_admin(request)
    question_id = match_int(request)
    if not await service.resolve_unanswered(question_id):
        raise web.HTTPNotFound()
    if (record := request.app.get(AUDIT)) is not None:
        await record(principal, "bot.unanswered_resolve", "bot_unanswered_question", question_id, org_id=principal.org_id)
    return web.Response(status=204)


async def bot_ctx(app: web.Application) -> AsyncIterator[None]:
    """Load this worker's index, follow changes announced over Redis, build the chat model."""
    settings = app[SETTINGS]
    cache = Path(settings.bot.index_cache_path).with_suffix(".npz") if settings.env != "test" else None
    knowledge = IndexRuntime(app[REDIS], cache)
    llm = None
    if settings.llm_enabled:
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        llm = chat_model(settings.llm_base_url or "", settings.llm_model or "", key)
    app[KNOWLEDGE_INDEX] = knowledge
    app[BOT_RUNTIME] = BotRuntime(knowledge, llm)
    with use_database(app[DB]):
        await knowledge.reload()
        follower = asyncio.create_task(knowledge.follow(), name="knowledge.follow")
    try:
        yield
    finally:
        follower.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await follower
