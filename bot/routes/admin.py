"""The console's view of the bot: feedback on answers and the questions it could not answer."""

from __future__ import annotations

from aiohttp import web

from bot import service
from bot.audit import Editor
from bot.schemas import FeedbackOut, FeedbackQuery, UnansweredOut, UnansweredQuery
from server.core.appkeys import AUDIT
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Page

routes = Routes("bot")


@routes.get("/api/v1/bot/feedback", "问答反馈列表", auth=Auth.CONSOLE)
async def list_feedback(request: web.Request, query: FeedbackQuery) -> Page[FeedbackOut]:
    """用户对回答的评价，新的在前；可按有无帮助筛选。"""
    items, total = await service.list_feedback(helpful=query.helpful, offset=query.offset, limit=query.page_size)
    return Page[FeedbackOut].of(items, total, query)


@routes.get("/api/v1/bot/unanswered", "未能回答的问题", auth=Auth.CONSOLE)
async def list_unanswered(request: web.Request, query: UnansweredQuery) -> Page[UnansweredOut]:
    """机器人拒答的问题及拒答原因、证据覆盖，新的在前；知识库管理员据此补充法规文件。可按是否已处理筛选。"""
    items, total = await service.list_unanswered(resolved=query.resolved, offset=query.offset, limit=query.page_size)
    return Page[UnansweredOut].of(items, total, query)


@routes.post(r"/api/v1/bot/unanswered/{id:\d+}/resolve", "标记未回答问题为已处理", auth=Auth.ADMIN)
async def resolve_unanswered(request: web.Request, principal: Principal, id: int) -> None:
    """把一个未能回答的问题标记为已处理（写入审计日志）。"""
    await service.resolve_unanswered(Editor(principal, request.config_dict.get(AUDIT)), id)
