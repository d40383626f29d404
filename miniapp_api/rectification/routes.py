"""HTTP routes of rectification tickets (the 差评 inbox of the console; one audience, so one table)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from miniapp_api.rectification import exports, service
from miniapp_api.rectification.errors import (
    ContactForbidden,
    DisposalRequired,
    InvalidTransition,
    NoteRequired,
    ParentRequired,
    SelfDecision,
    TicketNotFound,
    UpheldRequired,
)
from miniapp_api.rectification.schemas import (
    ActionIn,
    ContactOut,
    TicketDetail,
    TicketExportQuery,
    TicketOut,
    TicketQuery,
)
from miniapp_api.rectification.state import sources_of
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.http import XLSX, file_response, json_response
from server.core.schemas import Page

routes = Routes("rectification")


@routes.get("/api/v1/rectifications", "整改工单列表（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_tickets(request: web.Request, principal: Principal, query: TicketQuery) -> Page[TicketOut]:
    """本组织及下级组织的整改工单，新的在前；可按组织、状态、来源、是否超期、是否督办筛选，也可按事项（含服务点名称）和内容搜索。每条带时限状态（正常/即将到期/已超期/申诉暂停/已办结）和当前用户可执行的操作。"""
    items, total = await service.list_tickets(principal, query, request.config_dict[CLOCK].now())
    return Page[TicketOut].of(items, total, query)


@routes.get("/api/v1/rectifications/export.xlsx", "导出整改工单（Excel）", auth=Auth.CONSOLE, produces=XLSX,
            errors=[OrgNotFound, OutOfScope])
async def export_tickets(request: web.Request, principal: Principal, query: TicketExportQuery) -> web.Response:
    """按与工单列表相同的筛选条件（组织、状态、来源、超期、督办、搜索）导出本组织及下级组织的工单（最多 5 万条，新的在前）；评价人电话脱敏，文字不会被当作公式。每次导出记入审计日志。"""
    body, name = await exports.export_tickets(principal, query, request.config_dict[SETTINGS].zone)
    return file_response(body, name, XLSX)


@routes.get(r"/api/v1/rectifications/{id:\d+}", "整改工单详情与流转记录", auth=Auth.CONSOLE,
            errors=[TicketNotFound, OutOfScope])
async def get_ticket(request: web.Request, principal: Principal, id: int) -> TicketDetail:
    """工单详情、全部流转记录（谁、何时、做了什么）以及当前用户可执行的操作。只能查看本组织及下级组织的工单。"""
    return await service.get_ticket(principal, id, request.config_dict[CLOCK].now())


@routes.post(r"/api/v1/rectifications/{id:\d+}/actions", "工单操作：核实/整改/回访/办结/申诉/裁定", auth=Auth.ADMIN,
             errors=[TicketNotFound, OutOfScope, InvalidTransition, NoteRequired, DisposalRequired, UpheldRequired,
                     ParentRequired, SelfDecision])
async def act(request: web.Request, principal: Principal, id: int, body: ActionIn) -> TicketOut:
    """按状态机执行一步操作（在行锁内）：核实须选处置方式，整改完成、申诉、裁定须填写说明；申诉由上级组织裁定，且申诉人不能裁定自己的申诉，申诉成立的评价不计入统计。每步都记入流转记录和审计日志。"""
    return await service.act(principal, id, body, request.config_dict[CLOCK].now(), sources_of(request.app))


@routes.get(r"/api/v1/rectifications/{id:\d+}/contact", "回访联系方式（仅责任组织管理员，留痕）", auth=Auth.ADMIN,
            response=ContactOut, errors=[TicketNotFound, OutOfScope, ContactForbidden])
async def contact(request: web.Request, principal: Principal, id: int) -> web.Response:
    """评价人留下的完整手机号，仅供回访：只有工单所属组织的管理员（或超级管理员）可以查看，每次查看都记入审计日志，响应不缓存。匿名评价返回 null。"""
    phone = await service.contact_for_callback(principal, id, sources_of(request.app))
    return json_response(ContactOut(ticket_id=id, phone=phone), headers={"Cache-Control": "no-store"})
