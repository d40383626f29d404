"""HTTP and WebSocket routes of party days and 三会一课 (admin console, host screen, mini-program)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.partyday import attendance, ledger, live, notices, records, service, signin, votes
from miniapp_api.partyday import leave as leaves
from miniapp_api.partyday.rooms import HUB, hub_ctx
from miniapp_api.partyday.schemas import (
    AttendanceOut,
    AttendeesSet,
    CadenceOut,
    CadenceQuery,
    LeaveDecision,
    LeaveIn,
    LeaveOut,
    LedgerQuery,
    MakeupIn,
    MakeupOut,
    MeetingCreate,
    MeetingOut,
    MeetingQuery,
    MeetingUpdate,
    MinutesIn,
    MinutesOut,
    NoticeOut,
    NoticeQuery,
    PhotoOut,
    PollCreate,
    PollOut,
    PublishOut,
    QrQuery,
    SigninCodeOut,
    SigninCodeQuery,
    SigninIn,
    SigninOut,
)
from server.core.appkeys import CLOCK, REDIS, SETTINGS, WECHAT
from server.core.auth import require_admin, require_member, require_principal
from server.core.http import XLSX, file_response, json_response, match_int, page_response, read_json, read_query, read_upload
from server.core.jobs import Job
from server.core.openapi import api
from server.core.schemas import PageQuery

routes = web.RouteTableDef()
TAGS = ["partyday"]
REMINDER_INTERVAL_S = 60
__all__ = ["hub_ctx", "jobs", "routes"]


def jobs(app: web.Application) -> list[Job]:
    """The reminder job: meetings starting within `reminder_minutes_before` are announced once."""

    async def remind() -> None:
        await notices.send_reminders(app[WECHAT], app[SETTINGS], app[CLOCK].now())

    return [Job("partyday.reminders", REMINDER_INTERVAL_S, remind)]


async def _one(request: web.Request, meeting_id: int) -> web.Response:
    meeting = await service.get_meeting(meeting_id)
    return json_response((await service.meetings_out([meeting]))[0])


# ---- paths without an id first (aiohttp matches in order) --------------------------------------


@routes.get("/api/v1/partydays/ledger.xlsx")
@api("三会一课台账（xlsx，按月或按年）", tags=TAGS, query=LedgerQuery, auth="admin", produces=XLSX)
async def ledger_xlsx(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, LedgerQuery)
    clock, settings = request.app[CLOCK], request.app[SETTINGS]
    year = q.year or clock.now().year
    name, content = await ledger.ledger_xlsx(principal, q.org_id, year, q.month, settings.timezone, clock.now())
    return file_response(content, name, XLSX)


@routes.get("/api/v1/partydays/cadence")
@api("三会一课执行情况检查（缺漏预警）", tags=TAGS, query=CadenceQuery, response=CadenceOut, auth="admin")
async def cadence(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, CadenceQuery)
    clock, settings = request.app[CLOCK], request.app[SETTINGS]
    year = q.year or clock.now().year
    return json_response(await ledger.cadence(principal, q.org_id, year, settings.timezone, clock.now()))


@routes.get("/api/v1/partydays/photos/{token}")
@api("会议照片（凭不可猜测的地址访问）", tags=TAGS, auth="none", produces="image/jpeg")
async def photo_file(request: web.Request) -> web.FileResponse:
    path, ctype = await records.photo_file(request.match_info["token"], request.app[SETTINGS].media_dir)
    return web.FileResponse(path, headers={"Content-Type": ctype, "Cache-Control": "private, max-age=86400"})


@routes.post("/api/v1/partydays")
@api("创建会议（草稿）", tags=TAGS, body=MeetingCreate, response=MeetingOut, status=201, auth="admin")
async def create_meeting(request: web.Request) -> web.Response:
    principal = require_admin(request)
    meeting = await service.create_meeting(principal, await read_json(request, MeetingCreate))
    return json_response((await service.meetings_out([meeting]))[0], status=201)


@routes.get("/api/v1/partydays")
@api("会议列表（日历）", tags=TAGS, query=MeetingQuery, auth="admin")
async def list_meetings(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, MeetingQuery)
    rows, total = await service.list_meetings(principal, q)
    return page_response(await service.meetings_out(rows), total, q)


@routes.get("/api/v1/me/partydays")
@api("我的会议（党员）", tags=TAGS, query=PageQuery, auth="member")
async def my_meetings(request: web.Request) -> web.Response:
    principal = require_member(request)
    q = read_query(request, MeetingQuery)
    rows, total = await service.my_meetings(principal, q)
    return page_response(await service.meetings_out(rows, principal.member_id), total, q)


@routes.get("/api/v1/me/notices")
@api("我的通知", tags=TAGS, query=NoticeQuery, auth="member")
async def my_notices(request: web.Request) -> web.Response:
    principal = require_member(request)
    q = read_query(request, NoticeQuery)
    rows, total, unread = await notices.list_notices(principal.member_id or 0, q)
    items = [NoticeOut.model_validate(n).model_dump(mode="json") for n in rows]
    return json_response({"items": items, "total": total, "page": q.page, "page_size": q.page_size, "unread": unread})


@routes.post("/api/v1/me/notices/read-all")
@api("全部通知标为已读", tags=TAGS, auth="member")
async def read_all_notices(request: web.Request) -> web.Response:
    principal = require_member(request)
    n = await notices.mark_read(principal.member_id or 0, None, request.app[CLOCK].now())
    return json_response({"updated": n})


@routes.post("/api/v1/me/notices/{id}/read")
@api("通知标为已读", tags=TAGS, auth="member")
async def read_notice(request: web.Request) -> web.Response:
    principal = require_member(request)
    n = await notices.mark_read(principal.member_id or 0, match_int(request), request.app[CLOCK].now())
    return json_response({"updated": n})


# ---- one meeting ---------------------------------------------------------------------------------


@routes.get("/api/v1/partydays/{id}")
@api("会议详情（管理员或应到党员）", tags=TAGS, response=MeetingOut, auth="user")
async def get_meeting(request: web.Request) -> web.Response:
    principal = require_principal(request)
    meeting, member_id = await service.view_meeting(principal, match_int(request))
    return json_response((await service.meetings_out([meeting], member_id))[0])


@routes.patch("/api/v1/partydays/{id}")
@api("修改会议（草稿或已发布）", tags=TAGS, body=MeetingUpdate, response=MeetingOut, auth="admin")
async def update_meeting(request: web.Request) -> web.Response:
    principal = require_admin(request)
    meeting = await service.update_meeting(principal, match_int(request), await read_json(request, MeetingUpdate))
    return await _one(request, meeting.id)


@routes.delete("/api/v1/partydays/{id}")
@api("删除草稿", tags=TAGS, status=204, auth="admin")
async def delete_meeting(request: web.Request) -> web.Response:
    await service.delete_meeting(require_admin(request), match_int(request))
    return web.Response(status=204)


@routes.put("/api/v1/partydays/{id}/attendees")
@api("设置应到人员", tags=TAGS, body=AttendeesSet, auth="admin")
async def set_attendees(request: web.Request) -> web.Response:
    principal = require_admin(request)
    n = await service.set_attendees(principal, match_int(request), (await read_json(request, AttendeesSet)).member_ids)
    return json_response({"count": n})


@routes.post("/api/v1/partydays/{id}/publish")
@api("发布会议并通知党员", tags=TAGS, response=PublishOut, auth="admin")
async def publish(request: web.Request) -> web.Response:
    principal = require_admin(request)
    app = request.app
    meeting, notified, sent = await service.publish(principal, match_int(request), app[WECHAT], app[SETTINGS],
                                                    app[CLOCK].now())
    out = (await service.meetings_out([meeting]))[0]
    return json_response(PublishOut(meeting=out, notified=notified, wechat_sent=sent))


@routes.post("/api/v1/partydays/{id}/start")
@api("开始会议", tags=TAGS, response=MeetingOut, auth="user")
async def start(request: web.Request) -> web.Response:
    meeting = await service.start(require_principal(request), match_int(request), request.app[CLOCK].now())
    await request.app[HUB].publish(meeting.id, {"type": "status", "status": meeting.status.value})
    return await _one(request, meeting.id)


@routes.post("/api/v1/partydays/{id}/end")
@api("结束会议（考勤定稿、缺席补学）", tags=TAGS, response=MeetingOut, auth="user")
async def end(request: web.Request) -> web.Response:
    app, meeting_id, principal = request.app, match_int(request), require_principal(request)
    await service.host_meeting(principal, meeting_id)
    await app[HUB].touch_local(meeting_id)  # other workers' sockets are at most one touch interval stale
    meeting = await service.end(principal, meeting_id, app[SETTINGS], app[CLOCK].now())
    await app[HUB].publish(meeting.id, {"type": "closed", "reason": "ended"})
    return await _one(request, meeting.id)


@routes.post("/api/v1/partydays/{id}/archive")
@api("归档会议", tags=TAGS, response=MeetingOut, auth="admin")
async def archive(request: web.Request) -> web.Response:
    meeting = await service.archive(require_admin(request), match_int(request), request.app[CLOCK].now())
    return await _one(request, meeting.id)


# ---- sign-in --------------------------------------------------------------------------------------


@routes.get("/api/v1/partydays/{id}/signin-code")
@api("当前动态签到码（主持人大屏）", tags=TAGS, query=SigninCodeQuery, response=SigninCodeOut, auth="user")
async def signin_code(request: web.Request) -> web.Response:
    meeting = await service.host_meeting(require_principal(request), match_int(request))
    q = read_query(request, SigninCodeQuery)
    return json_response(signin.code_out(request.app[SETTINGS], meeting, q.action, request.app[CLOCK].time()))


@routes.get("/api/v1/partydays/{id}/signin-qr.svg")
@api("动态签到二维码（SVG；只绘制当前有效的签到码）", tags=TAGS, query=QrQuery, auth="none", produces="image/svg+xml")
async def signin_qr(request: web.Request) -> web.Response:
    q = read_query(request, QrQuery)
    svg = await signin.qr_svg(request.app[SETTINGS], match_int(request), q.action, q.code, request.app[CLOCK].time())
    return web.Response(body=svg, content_type="image/svg+xml", headers={"Cache-Control": "no-store"})


async def _sign(request: web.Request, action: str) -> web.Response:
    principal = require_member(request)
    data = await read_json(request, SigninIn)
    meeting = await service.get_meeting(match_int(request))
    attendee = await service.attendee_of(principal, meeting)
    app = request.app
    result = await signin.sign(app[REDIS], app[SETTINGS], meeting, attendee, data.code,
                               action if action == "out" else data.action, app[CLOCK].time(), app[CLOCK].now())
    return json_response(result)


@routes.post("/api/v1/partydays/{id}/signin")
@api("扫码或输入 6 位码签到", tags=TAGS, body=SigninIn, response=SigninOut, auth="member")
async def sign_in(request: web.Request) -> web.Response:
    return await _sign(request, "in")


@routes.post("/api/v1/partydays/{id}/signout")
@api("签退", tags=TAGS, body=SigninIn, response=SigninOut, auth="member")
async def sign_out(request: web.Request) -> web.Response:
    return await _sign(request, "out")


@routes.post("/api/v1/partydays/{id}/signout-all")
@api("全体签退（主持人）", tags=TAGS, auth="user")
async def sign_out_all(request: web.Request) -> web.Response:
    principal = require_principal(request)
    meeting = await service.host_meeting(principal, match_int(request))
    return json_response({"count": await signin.sign_out_all(principal, meeting, request.app[CLOCK].now())})


# ---- attendance, leave, records -----------------------------------------------------------------


@routes.get("/api/v1/partydays/{id}/attendance")
@api("考勤表（应到/实到/请假/缺席）", tags=TAGS, response=AttendanceOut, auth="user")
async def attendance_sheet(request: web.Request) -> web.Response:
    meeting = await service.read_meeting(require_principal(request), match_int(request))
    return json_response(await attendance.sheet(meeting, request.app[SETTINGS], request.app[CLOCK].now()))


@routes.post("/api/v1/partydays/{id}/leave")
@api("请假（会前，党员）", tags=TAGS, body=LeaveIn, response=LeaveOut, status=201, auth="member")
async def request_leave(request: web.Request) -> web.Response:
    principal = require_member(request)
    data = await read_json(request, LeaveIn)
    leave = await leaves.request_leave(principal, match_int(request), data.reason, request.app[CLOCK].now())
    return json_response(LeaveOut.model_validate(leave), status=201)


@routes.get("/api/v1/partydays/{id}/leaves")
@api("请假申请列表（主持人）", tags=TAGS, auth="user")
async def list_leaves(request: web.Request) -> web.Response:
    rows = await leaves.list_leaves(require_principal(request), match_int(request))
    return json_response({"items": [LeaveOut.model_validate(r).model_dump(mode="json") for r in rows]})


@routes.post("/api/v1/partydays/{id}/leaves/{leave_id}/decision")
@api("审批请假（书记或组织管理员）", tags=TAGS, body=LeaveDecision, response=LeaveOut, auth="user")
async def decide_leave(request: web.Request) -> web.Response:
    principal = require_principal(request)
    data = await read_json(request, LeaveDecision)
    leave = await leaves.decide_leave(principal, match_int(request), match_int(request, "leave_id"), data,
                                       request.app[CLOCK].now())
    return json_response(LeaveOut.model_validate(leave))


async def _minutes_out(request: web.Request, meeting_id: int) -> web.Response:
    meeting = await service.get_meeting(meeting_id)
    return json_response(await records.minutes_out(meeting, request.app[SETTINGS], request.app[CLOCK].now()))


@routes.get("/api/v1/partydays/{id}/minutes")
@api("会议记录（缺席名单自动生成）", tags=TAGS, response=MinutesOut, auth="user")
async def get_minutes(request: web.Request) -> web.Response:
    meeting = await service.read_meeting(require_principal(request), match_int(request))
    return await _minutes_out(request, meeting.id)


@routes.put("/api/v1/partydays/{id}/minutes")
@api("填写会议记录（主持人、记录人、议题、决议）", tags=TAGS, body=MinutesIn, response=MinutesOut, auth="user")
async def save_minutes(request: web.Request) -> web.Response:
    principal = require_principal(request)
    meeting = await service.host_meeting(principal, match_int(request))
    await records.save_minutes(principal, meeting, await read_json(request, MinutesIn))
    return await _minutes_out(request, meeting.id)


@routes.post("/api/v1/partydays/{id}/photos")
@api("上传会议照片", tags=TAGS, response=PhotoOut, status=201, auth="user", content_type="multipart/form-data")
async def upload_photo(request: web.Request) -> web.Response:
    principal = require_principal(request)
    meeting = await service.host_meeting(principal, match_int(request))
    settings = request.app[SETTINGS]
    _, _, content = await read_upload(request, settings.partyday.max_photo_bytes)
    photo = await records.save_photo(principal, meeting, content, request.query.get("caption", ""), settings.media_dir)
    return json_response(records.photo_out(photo), status=201)


@routes.get("/api/v1/partydays/{id}/photos")
@api("会议照片列表", tags=TAGS, auth="user")
async def list_photos(request: web.Request) -> web.Response:
    meeting = await service.read_meeting(require_principal(request), match_int(request))
    return json_response({"items": [p.model_dump(mode="json") for p in await records.list_photos(meeting)]})


@routes.post("/api/v1/partydays/{id}/makeup")
@api("确认本人已补学（附说明）", tags=TAGS, body=MakeupIn, response=MakeupOut, auth="member")
async def confirm_own_makeup(request: web.Request) -> web.Response:
    principal = require_member(request)
    meeting = await service.get_meeting(match_int(request))
    await service.attendee_of(principal, meeting)
    note = (await read_json(request, MakeupIn)).note
    att = await records.confirm_makeup(principal, meeting, principal.member_id or 0, note, request.app[CLOCK].now())
    return json_response(MakeupOut.model_validate(att))


@routes.post("/api/v1/partydays/{id}/makeup/{member_id}")
@api("确认党员已补学（主持人）", tags=TAGS, body=MakeupIn, response=MakeupOut, auth="user")
async def confirm_makeup(request: web.Request) -> web.Response:
    principal = require_principal(request)
    meeting = await service.host_meeting(principal, match_int(request))
    note = (await read_json(request, MakeupIn)).note
    att = await records.confirm_makeup(principal, meeting, match_int(request, "member_id"), note,
                                       request.app[CLOCK].now())
    return json_response(MakeupOut.model_validate(att))


# ---- polls and the live room --------------------------------------------------------------------


@routes.get("/api/v1/partydays/{id}/polls")
@api("投票列表与结果", tags=TAGS, auth="user")
async def list_polls(request: web.Request) -> web.Response:
    principal = require_principal(request)
    meeting, _ = await service.view_meeting(principal, match_int(request))
    return json_response({"items": [p.model_dump(mode="json") for p in await votes.list_polls(meeting)]})


@routes.post("/api/v1/partydays/{id}/polls")
@api("发起投票或表决（主持人）", tags=TAGS, body=PollCreate, response=PollOut, status=201, auth="user")
async def create_poll(request: web.Request) -> web.Response:
    meeting = await service.host_meeting(require_principal(request), match_int(request))
    poll = await votes.create_poll(meeting, await read_json(request, PollCreate))
    out = await votes.poll_out(poll)
    await request.app[HUB].publish(meeting.id, {"type": "poll", "poll": out.model_dump(mode="json")})
    return json_response(out, status=201)


@routes.post("/api/v1/partydays/{id}/polls/{poll_id}/close")
@api("结束投票并公布结果（主持人）", tags=TAGS, response=PollOut, auth="user")
async def close_poll(request: web.Request) -> web.Response:
    meeting = await service.host_meeting(require_principal(request), match_int(request))
    out = await live.close_poll(request.app[HUB], request.app[SETTINGS], meeting, match_int(request, "poll_id"))
    return json_response(out)


@routes.get("/api/v1/partydays/{id}/room")
@api("实时会议室（WebSocket；令牌可用 ?access_token= 传递）", tags=TAGS, auth="user")
async def room(request: web.Request) -> web.WebSocketResponse:
    return await live.room(request)
