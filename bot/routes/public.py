"""Asking the bot (JSON or a server-sent event stream) and rating its answers: open to everyone, a login
only identifies the asker (rate limits, conversation owner, internal documents for members and staff)."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

from aiohttp import web

from bot import service
from bot.errors import AskRateLimited, KnowledgeNotReady
from bot.schemas import Answer, AskIn, FeedbackIn, FeedbackOut, StreamQuery
from bot.service import Asker, BotRuntime, Event
from bot.state import BOT_RUNTIME
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.net import client_ip

log = logging.getLogger("dangjian.bot")
routes = Routes("bot")
SSE_HEADERS = {"Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def _bot(request: web.Request) -> BotRuntime:
    return request.config_dict[BOT_RUNTIME]


def _asker(request: web.Request, principal: Principal | None) -> Asker:
    return Asker(principal, client_ip(request))


@routes.post("/api/v1/bot/ask", "党内法规问答：回答并引用条文，或拒答", auth=Auth.OPTIONAL,
             errors=[AskRateLimited, KnowledgeNotReady])
async def ask(request: web.Request, principal: Principal | None, body: AskIn) -> Answer:
    """回答一个党内法规问题：引用经过核验的现行条文（内部文件仅党员与工作人员可见），找不到依据时拒答并记入未答问题。
    追问时传上次回答的 conversation_id（只有发起人能续接）。每人（未登录按 IP）每分钟限次。"""
    return await service.ask(_bot(request), _asker(request, principal), body.question, body.conversation_id)


@routes.get("/api/v1/bot/ask/stream", "流式问答（SSE）", auth=Auth.OPTIONAL, produces="text/event-stream",
            errors=[AskRateLimited, KnowledgeNotReady])
async def ask_stream(request: web.Request, principal: Principal | None, query: StreamQuery) -> web.StreamResponse:
    """与问答接口相同的规则，以 SSE 推送：`delta` 事件逐段给出文字 `{"text"}`，最后的 `answer` 事件给出核验后的完整回答
    （以它为准渲染）；中途出错时发送 `error` 事件。限流与知识库未就绪在推送开始前以错误答复。"""
    events = await service.ask_stream(_bot(request), _asker(request, principal), query.question, query.conversation_id)
    return await _send_events(request, events)


async def _send_events(request: web.Request, events: AsyncIterator[Event]) -> web.StreamResponse:
    response = web.StreamResponse(headers=SSE_HEADERS)
    await response.prepare(request)
    try:
        async for event in events:
            if event["type"] == "answer":
                payload = event["answer"].model_dump_json()
            else:
                payload = json.dumps({"text": event["text"]}, ensure_ascii=False, separators=(",", ":"))
            await response.write(f"event: {event['type']}\ndata: {payload}\n\n".encode())
    except Exception:
        log.exception("bot stream failed")
        await response.write(b'event: error\ndata: {"code": "internal_error"}\n\n')
    await response.write_eof()
    return response


@routes.post("/api/v1/bot/feedback", "对回答点赞/点踩（可附原因）", auth=Auth.OPTIONAL, status=201,
             errors=[AskRateLimited])
async def feedback(request: web.Request, principal: Principal | None, body: FeedbackIn) -> FeedbackOut:
    """记录对一次回答的评价（👍/👎 与可选原因、回答内容和引用的条文），供知识库管理员在“问答反馈”中查看。每人（未登录按 IP）每分钟限次。"""
    return await service.add_feedback(_bot(request), _asker(request, principal), body)
