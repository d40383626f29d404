"""The console's view of the bot: feedback on answers and the questions it could not answer."""

from __future__ import annotations

from aiohttp import web

from bot import service
from bot.audit import Editor
from bot.errors import QuestionNotFound
from bot.schemas import FeedbackOut, FeedbackQuery, UnansweredOut, UnansweredQuery
from bot.scope import KnowledgeOutOfScope, kb_scope
from server.core.appkeys import AUDIT
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Page

routes = Routes("bot")


@routes.get("/api/v1/bot/feedback", "问答反馈列表", auth=Auth.CONSOLE)
async def list_feedback(request: web.Request, principal: Principal, query: FeedbackQuery) -> Page[FeedbackOut]:
    """用户对回答的评价，新的在前；可按有无帮助筛选。只列本组织及下级组织的用户给出的（未关联组织的提问者的仅超级管理员可见）。"""
    scope = await kb_scope(request.config_dict, principal)
    items, total = await service.list_feedback(scope, helpful=query.helpful, offset=query.offset, limit=query.page_size)
    return Page[FeedbackOut].of(items, total, query)


@routes.get("/api/v1/bot/unanswered", "未能回答的问题", auth=Auth.CONSOLE)
async def list_unanswered(request: web.Request, principal: Principal, query: UnansweredQuery) -> Page[UnansweredOut]:
    """机器人拒答的问题及拒答原因、证据覆盖，新的在前；知识库管理员据此补充法规文件。可按是否已处理筛选。
    只列本组织及下级组织的用户提出的（未关联组织的提问者的仅超级管理员可见）。"""
    scope = await kb_scope(request.config_dict, principal)
    items, total = await service.list_unanswered(scope, resolved=query.resolved, offset=query.offset,
                                                 limit=query.page_size)
    return Page[UnansweredOut].of(items, total, query)


@routes.post(r"/api/v1/bot/unanswered/{id:\d+}/resolve", "标记未回答问题为已处理", auth=Auth.ADMIN,
             errors=[QuestionNotFound, KnowledgeOutOfScope])
async def resolve_unanswered(request: web.Request, principal: Principal, id: int) -> None:
    """把一个未能回答的问题标记为已处理（写入审计日志）；只能处理本组织及下级组织的用户提出的，否则答复 403。"""
    scope = await kb_scope(request.config_dict, principal)
    await service.resolve_unanswered(Editor(principal, request.config_dict.get(AUDIT)), scope, id)
