"""Mini-program endpoints of 志愿服务: signing in at an activity and one's own record."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.volunteer import service
from miniapp_api.volunteer.errors import ActivityNotFound, BadCode, SigninClosed, TooManyCodes
from miniapp_api.volunteer.schemas import MyVolunteerOut, RecordOut, SigninIn
from server.core.appkeys import CLOCK, REDIS, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes

routes = Routes("volunteer")


@routes.post(
    r"/api/v1/volunteer/activities/{id:\d+}/signin",
    "志愿服务签到",
    auth=Auth.MEMBER,
    errors=[ActivityNotFound, SigninClosed, BadCode, TooManyCodes],
)
async def sign_in(request: web.Request, principal: Principal, id: int, body: SigninIn) -> RecordOut:
    """本组织（含下级组织）党员凭现场的 6 位动态码签到，活动开始前 30 分钟至结束后 2 小时内有效；重复签到不改变记录，每分钟输错过多暂停签到。"""
    app = request.config_dict
    row = await service.sign_in(principal, app[REDIS], app[SETTINGS], id, body.code, app[CLOCK].time(), app[CLOCK].now())
    return (await service.records_out([row]))[0]


@routes.get("/api/v1/me/volunteer", "我的志愿服务", auth=Auth.MEMBER)
async def my_volunteer(request: web.Request, principal: Principal) -> MyVolunteerOut:
    """本人参加的志愿服务活动和本年度已确认的服务时长。"""
    app = request.config_dict
    return await service.my_volunteer(principal, app[SETTINGS].zone, app[CLOCK].now())
