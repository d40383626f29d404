"""HTTP routes of 组织关系转接: request, approve (outgoing), accept (receiving), reject, list, 介绍信; a member's own."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from miniapp_api.orgs.service import MemberNotFound, OrgNotFound, OutOfScope
from miniapp_api.transfers import service
from miniapp_api.transfers.errors import (
    BadTarget,
    InvalidState,
    LetterRequired,
    MemberMoved,
    NoteRequired,
    TransferNotFound,
    TransferOpen,
)
from miniapp_api.transfers.schemas import TransferAction, TransferCreate, TransferOut, TransferQuery
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Items

routes = Routes("transfers")
ONE = r"/api/v1/transfers/{id:\d+}"


def _out(request: web.Request, t: object) -> TransferOut:
    return service.transfer_out(t, request.config_dict[SETTINGS].zone)  # type: ignore[arg-type]


@routes.post(
    r"/api/v1/members/{id:\d+}/transfers",
    "申请转接组织关系",
    auth=Auth.ADMIN,
    status=201,
    errors=[MemberNotFound, OutOfScope, OrgNotFound, BadTarget, LetterRequired, TransferOpen],
)
async def create_transfer(request: web.Request, principal: Principal, id: int, body: TransferCreate) -> TransferOut:
    """转出组织（党员所在组织或其上级）的管理员发起：to_org_id 为平台内的党支部或党小组；转往平台外时 to_org_id 留空并填写
    介绍信信息（接收党组织、去往单位、党费交至、联系电话），缺项拒绝。每名党员同时只能有一笔办理中的转接。留痕。"""
    cfg = request.config_dict[SETTINGS].transfers
    t = await service.create_transfer(principal, id, body, request.config_dict[CLOCK].now(), cfg.letter_valid_days)
    return _out(request, t)


@routes.post(ONE + "/approve", "转出组织审批", auth=Auth.ADMIN, errors=[TransferNotFound, OutOfScope, InvalidState])
async def approve(request: web.Request, principal: Principal, id: int, body: TransferAction) -> TransferOut:
    """转出组织同意转出；转往平台外的同时开具编号的介绍信。留痕。"""
    return _out(request, await service.approve(principal, id, body, request.config_dict[CLOCK].now()))


@routes.post(ONE + "/accept", "接收组织接收", auth=Auth.ADMIN, errors=[TransferNotFound, OutOfScope, InvalidState, MemberMoved])
async def accept(request: web.Request, principal: Principal, id: int, body: TransferAction) -> TransferOut:
    """接收组织接收：党员的所属组织在同一事务中改为接收组织（仅当其仍在转出组织），历史记录随人转移。留痕。"""
    return _out(request, await service.accept(principal, id, body, request.config_dict[CLOCK].now()))


@routes.post(ONE + "/reject", "退回转接", auth=Auth.ADMIN, errors=[TransferNotFound, OutOfScope, InvalidState, NoteRequired])
async def reject(request: web.Request, principal: Principal, id: int, body: TransferAction) -> TransferOut:
    """待审批时由转出组织、待接收时由接收组织退回，须填写原因；党员留在原组织。留痕。"""
    return _out(request, await service.reject(principal, id, body, request.config_dict[CLOCK].now()))


@routes.get(ONE, "转接详情", auth=Auth.CONSOLE, errors=[TransferNotFound, OutOfScope])
async def get_transfer(request: web.Request, principal: Principal, id: int) -> TransferOut:
    """转出或接收组织（及其上级）可查看。"""
    return _out(request, await service.get_transfer(principal, id))


@routes.get("/api/v1/transfers", "组织关系转接列表", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_transfers(request: web.Request, principal: Principal, query: TransferQuery) -> Items[TransferOut]:
    """转出或转入方在本辖区（或指定组织之下）的转接，新的在前，最多 500 条。"""
    return Items[TransferOut](items=[_out(request, t) for t in await service.list_transfers(principal, query)])


@routes.page(
    ONE + "/letter", "党员组织关系介绍信（打印）", auth=Auth.CONSOLE, errors=[TransferNotFound, OutOfScope, InvalidState]
)
async def print_letter(request: web.Request, principal: Principal, id: int) -> web.Response:
    """转出组织审批后可打印的介绍信（A4）。记入审计日志。"""
    zone = request.config_dict[SETTINGS].zone
    context = await service.letter_context(principal, id, zone, zone.date(request.config_dict[CLOCK].now()))
    response = aiohttp_jinja2.render_template("transfer_letter.html", request, context)
    response.headers["Cache-Control"] = "no-store"
    return response


@routes.get("/api/v1/me/transfers", "我的组织关系转接（小程序）", auth=Auth.MEMBER)
async def my_transfers(request: web.Request, principal: Principal) -> Items[TransferOut]:
    """本人的转接记录及办理状态。"""
    return Items[TransferOut](items=[_out(request, t) for t in await service.my_transfers(principal.member_id or 0)])
