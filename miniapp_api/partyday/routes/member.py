"""Mini-program endpoints of party days: a member's meetings and notices, sign-in, leave, 补学, and the attendee
views shared with the console (a meeting's detail, its polls, the live room)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.partyday import leave as leaves
from miniapp_api.partyday import live, notices, records, service, signin, votes
from miniapp_api.partyday.errors import (
    VIEW_MEETING,
    BadCode,
    LeaveClosed,
    LeaveExists,
    MeetingNotFound,
    NotExpected,
    NoticeNotFound,
    NotInMakeup,
    NotSignedIn,
    RoomClosed,
    SigninClosed,
    TooManyCodes,
)
from miniapp_api.partyday.records_schemas import MakeupIn, MakeupOut, PollOut
from miniapp_api.partyday.schemas import (
    LeaveIn,
    LeaveOut,
    MeetingOut,
    MyMeetingQuery,
    NoticePage,
    NoticeQuery,
    RoomQuery,
    SigninIn,
    SigninOut,
    UpdatedOut,
)
from server.core.appkeys import CLOCK, REDIS, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.errors import ServiceUnavailable
from server.core.schemas import Items, Page

routes = Routes("partyday")
MEETING = r"/api/v1/partydays/{id:\d+}"
SIGN_ERRORS = [MeetingNotFound, NotExpected, TooManyCodes, SigninClosed, BadCode, NotSignedIn]


# ---- my meetings and notices -------------------------------------------------------------------


@routes.get("/api/v1/me/partydays", "我的会议（党员）", auth=Auth.MEMBER)
async def my_meetings(request: web.Request, principal: Principal, query: MyMeetingQuery) -> Page[MeetingOut]:
    """本人为应到人员的会议（草稿除外），按开始时间倒序；my_status 为本人状态（待参加、已签到、已请假、缺席等）。"""
    rows, total = await service.my_meetings(principal, query)
    return Page[MeetingOut].of(await service.meetings_out(rows, principal.member_id), total, query)


@routes.get("/api/v1/me/notices", "我的通知", auth=Auth.MEMBER)
async def my_notices(request: web.Request, principal: Principal, query: NoticeQuery) -> NoticePage:
    """会议通知、会前提醒和请假审批结果，新的在前；unread 为未读总数。"""
    return await notices.list_notices(principal.member_id or 0, query)


@routes.post("/api/v1/me/notices/read-all", "全部通知标为已读", auth=Auth.MEMBER)
async def read_all_notices(request: web.Request, principal: Principal) -> UpdatedOut:
    """把本人全部未读通知标为已读，返回标记的条数。"""
    return UpdatedOut(updated=await notices.mark_read(principal.member_id or 0, None, request.config_dict[CLOCK].now()))


@routes.post(r"/api/v1/me/notices/{id:\d+}/read", "通知标为已读", auth=Auth.MEMBER, errors=[NoticeNotFound])
async def read_notice(request: web.Request, principal: Principal, id: int) -> UpdatedOut:
    """把本人的一条通知标为已读（已读的再标记返回 0）；别人的通知视为不存在。"""
    return UpdatedOut(updated=await notices.mark_read(principal.member_id or 0, id, request.config_dict[CLOCK].now()))


# ---- one meeting, as an attendee ---------------------------------------------------------------


@routes.get(MEETING, "会议详情（管理员或应到党员）", auth=Auth.USER, errors=[*VIEW_MEETING])
async def get_meeting(request: web.Request, principal: Principal, id: int) -> MeetingOut:
    """管理后台可看本组织及下级组织的会议；党员可看本人为应到人员且已发布的会议（含本人状态），书记可看本支部的会议。"""
    meeting, member_id = await service.view_meeting(principal, id)
    return await service.meeting_out(meeting, member_id)


@routes.post(MEETING + "/signin", "扫码或输入 6 位码签到", auth=Auth.MEMBER, errors=SIGN_ERRORS)
async def sign_in(request: web.Request, principal: Principal, id: int, body: SigninIn) -> SigninOut:
    """应到党员在会前 30 分钟起凭大屏上的动态码签到（6 位数字或扫码内容）；旧码在下一个周期后失效，每分钟输错超过 5 次暂停签到。重复签到不改变记录。"""
    return await _sign(request, principal, id, body, body.action)


@routes.post(MEETING + "/signout", "签退", auth=Auth.MEMBER, errors=SIGN_ERRORS)
async def sign_out(request: web.Request, principal: Principal, id: int, body: SigninIn) -> SigninOut:
    """凭大屏上的签退码签退；须先签到，重复签退不改变记录。"""
    return await _sign(request, principal, id, body, "out")


async def _sign(request: web.Request, principal: Principal, meeting_id: int, body: SigninIn, action: str) -> SigninOut:
    meeting = await service.get_meeting(meeting_id)
    attendee = await service.attendee_of(principal, meeting)
    app = request.config_dict
    clock = app[CLOCK]
    return await signin.sign(app[REDIS], app[SETTINGS], meeting, attendee, body.code, action, clock.time(), clock.now())


@routes.post(MEETING + "/leave", "请假（会前，党员）", auth=Auth.MEMBER, status=201,
             errors=[MeetingNotFound, NotExpected, LeaveClosed, LeaveExists])
async def request_leave(request: web.Request, principal: Principal, id: int, body: LeaveIn) -> LeaveOut:
    """会议开始前提交请假事由，由书记或组织管理员审批；被驳回后可重新申请。"""
    leave = await leaves.request_leave(principal, id, body.reason, request.config_dict[CLOCK].now())
    return LeaveOut.model_validate(leave)


@routes.post(MEETING + "/makeup", "确认本人已补学（附说明）", auth=Auth.MEMBER,
             errors=[MeetingNotFound, NotExpected, NotInMakeup])
async def confirm_own_makeup(request: web.Request, principal: Principal, id: int, body: MakeupIn) -> MakeupOut:
    """缺席或请假的党员说明补学内容后确认完成；学习模块中对应的补学任务同时完成。"""
    meeting = await service.get_meeting(id)
    await service.attendee_of(principal, meeting)
    now = request.config_dict[CLOCK].now()
    return MakeupOut.model_validate(await records.confirm_makeup(principal, meeting, principal.member_id or 0, body.note, now))


@routes.get(MEETING + "/polls", "投票列表与结果", auth=Auth.USER, errors=[*VIEW_MEETING])
async def list_polls(request: web.Request, principal: Principal, id: int) -> Items[PollOut]:
    """本次会议的投票：记名投票显示实时票数，无记名投票结束后才公布票数。管理员或应到党员可看。"""
    meeting, _ = await service.view_meeting(principal, id)
    return Items[PollOut](items=await votes.list_polls(meeting))


@routes.websocket(MEETING + "/room", "实时会议室（WebSocket；令牌可用 ?access_token= 传递）", auth=Auth.USER,
                  errors=[MeetingNotFound, NotExpected, RoomClosed, ServiceUnavailable])
async def room(request: web.Request, principal: Principal, id: int, query: RoomQuery) -> web.WebSocketResponse:
    """应到党员和主持人在会议发布后、会议室关闭前加入。消息为带 type 字段的 JSON：发言、举手、投票；主持人可切换议程、发起和结束投票、关闭会议室。格式不对的消息只回一条 error，连接不断开。"""
    return await live.room(request, principal, id)
