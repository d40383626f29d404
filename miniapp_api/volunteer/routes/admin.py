"""Console endpoints of 志愿服务: activities, the on-site sign-in code, confirming hours."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from miniapp_api.volunteer import service
from miniapp_api.volunteer.errors import ActivityNotFound, BadTimes, ForeignMember
from miniapp_api.volunteer.schemas import (
    ActivityCreate,
    ActivityDetail,
    ActivityOut,
    ActivityQuery,
    HoursIn,
    RecordOut,
    SigninCodeOut,
)
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Items, Page

routes = Routes("volunteer")
IN_SCOPE = [OrgNotFound, OutOfScope]
ACTIVITY = r"/api/v1/volunteer/activities/{id:\d+}"


@routes.post("/api/v1/volunteer/activities", "新建志愿服务活动", auth=Auth.ADMIN, status=201, errors=[*IN_SCOPE, BadTimes])
async def create_activity(request: web.Request, principal: Principal, body: ActivityCreate) -> ActivityOut:
    """为本辖区内的组织新建一次志愿服务活动（时间、地点、默认时长）。记入审计日志。"""
    row = await service.create_activity(principal, body, request.config_dict[CLOCK].now())
    return (await service.activities_out([row]))[0]


@routes.get("/api/v1/volunteer/activities", "志愿服务活动", auth=Auth.CONSOLE, errors=IN_SCOPE)
async def list_activities(request: web.Request, principal: Principal, query: ActivityQuery) -> Page[ActivityOut]:
    """本辖区（或指定组织及其下级）的活动，最近的在前，含签到和已确认人数。"""
    rows, total = await service.list_activities(principal, query)
    return Page[ActivityOut].of(await service.activities_out(rows), total, query)


@routes.get(ACTIVITY, "志愿服务活动详情", auth=Auth.CONSOLE, errors=[*IN_SCOPE, ActivityNotFound])
async def get_activity(request: web.Request, principal: Principal, id: int) -> ActivityDetail:
    """活动及每位参与党员的签到时间和确认时长。"""
    return await service.detail(principal, id)


@routes.get(ACTIVITY + "/signin-code", "现场签到码", auth=Auth.ADMIN, errors=[*IN_SCOPE, ActivityNotFound])
async def signin_code(request: web.Request, principal: Principal, id: int) -> SigninCodeOut:
    """当前的 6 位签到码（与三会一课相同的动态码机制，定时轮换），在现场展示给党员。"""
    row, _ = await service.admin_activity(principal, id)
    return service.signin_code(request.config_dict[SETTINGS], row, request.config_dict[CLOCK].time())


@routes.put(ACTIVITY + "/hours", "确认志愿服务时长", auth=Auth.ADMIN, errors=[*IN_SCOPE, ActivityNotFound, ForeignMember])
async def confirm_hours(request: web.Request, principal: Principal, id: int, body: HoursIn) -> Items[RecordOut]:
    """确认参与党员的服务时长，可补录未签到的本组织（含下级）党员；任一党员不属于本组织则全部不保存。记入审计日志。"""
    rows = await service.confirm_hours(principal, id, body, request.config_dict[CLOCK].now())
    return Items[RecordOut](items=await service.records_out(rows))
