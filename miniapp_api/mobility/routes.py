"""HTTP routes of 流动党员: registration, the lists of both sides, contacts, return, and a member's check-in."""

from __future__ import annotations

from datetime import date

from aiohttp import web

from miniapp_api.mobility import service
from miniapp_api.mobility.schemas import CheckInIn, ContactIn, ContactOut, ListQuery, RecordDetail, RecordIn, RecordOut, ReturnIn
from miniapp_api.mobility.service import AlreadyAway, BadDate, NotAway, RecordNotFound, SameOrg
from miniapp_api.orgs.service import MemberNotFound, OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Items

routes = Routes("mobility")
RECORD = r"/api/v1/mobility/{id:\d+}"


def _today(request: web.Request) -> date:
    return request.config_dict[SETTINGS].zone.date(request.config_dict[CLOCK].now())


def _settings(request: web.Request):  # type: ignore[no-untyped-def]
    return request.config_dict[SETTINGS].mobility


@routes.post(
    "/api/v1/mobility",
    "登记流动党员",
    auth=Auth.ADMIN,
    status=201,
    errors=[MemberNotFound, OutOfScope, OrgNotFound, AlreadyAway, BadDate, SameOrg],
)
async def register(request: web.Request, principal: Principal, body: RecordIn) -> RecordOut:
    """登记外出的党员：外出地点、时间、联系方式、流动党员活动证编号和流入地党组织（可不填）；组织关系仍在原支部。"""
    return await service.register(principal, body, _today(request), _settings(request))


@routes.get(r"/api/v1/orgs/{id:\d+}/mobility", "流动党员名单（流出/流入）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_records(request: web.Request, principal: Principal, id: int, query: ListQuery) -> Items[RecordOut]:
    """side=out 为本组织及下级组织外出的党员，side=in 为流入本组织参加活动的党员；silent=true 只看超过规定月数未联系的。
    联系方式和活动证编号脱敏，最久未联系的在前。"""
    return Items[RecordOut](items=await service.list_records(principal, id, query, _today(request), _settings(request)))


@routes.get(RECORD, "流动党员详情与联系记录", auth=Auth.CONSOLE, errors=[RecordNotFound, OutOfScope])
async def get_record(request: web.Request, principal: Principal, id: int) -> RecordDetail:
    """流出地或流入地党组织可查看；完整联系方式只对流出地管理员显示。"""
    return await service.get_record(principal, id, _today(request), _settings(request))


@routes.post(RECORD + "/contacts", "登记联系", auth=Auth.ADMIN, status=201, errors=[RecordNotFound, OutOfScope, NotAway, BadDate])
async def add_contact(request: web.Request, principal: Principal, id: int, body: ContactIn) -> ContactOut:
    """流出地或流入地党组织与流动党员联系一次（电话、微信、走访、参加活动）。"""
    return await service.add_contact(principal, id, body, _today(request))


@routes.post(RECORD + "/return", "流动党员返回", auth=Auth.ADMIN, errors=[RecordNotFound, OutOfScope, NotAway, BadDate])
async def mark_returned(request: web.Request, principal: Principal, id: int, body: ReturnIn) -> RecordOut:
    """由流出地党组织登记返回；记录保留。"""
    return await service.mark_returned(principal, id, body.on, body.note, _today(request), _settings(request))


@routes.post("/api/v1/me/mobility/checkins", "流动党员报到（本人）", auth=Auth.MEMBER, status=201, errors=[NotAway])
async def check_in(request: web.Request, principal: Principal, body: CheckInIn) -> ContactOut:
    """外出党员在小程序上向党组织报到一次，计为一次联系。"""
    return await service.check_in(principal, body.note, _today(request))
