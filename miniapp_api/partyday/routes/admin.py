"""Console and host endpoints of party days: meetings, the host screen, attendance, leave decisions, records, ledger.

Org admins manage meetings of their subtree (staff read them); "host" endpoints (`Auth.USER`) are also open to
the meeting's secretary on the mini-program (service.host_meeting decides).
"""

from __future__ import annotations

from aiohttp import web

from miniapp_api.partyday import attendance, backfill, ledger, live, records, service, signin
from miniapp_api.partyday import leave as leaves
from miniapp_api.partyday.errors import (
    ADMIN_MEETING,
    HOST_MEETING,
    IN_SCOPE,
    BadAttendees,
    BadImage,
    BadStatus,
    BadTimes,
    DraftsOnly,
    LeaveNotFound,
    MinutesMissing,
    NoAttendees,
    NotHost,
    NotInMakeup,
    NotPast,
    PollClosed,
    PollNotFound,
    RecordLocked,
    RoomNotLive,
)
from miniapp_api.partyday.records_schemas import (
    CadenceOut,
    CadenceQuery,
    LedgerQuery,
    MakeupIn,
    MakeupOut,
    MinutesIn,
    MinutesOut,
    PhotoOut,
    PhotoQuery,
    PollCreate,
    PollOut,
)
from miniapp_api.partyday.rooms import HUB
from miniapp_api.partyday.schemas import (
    AttendanceOut,
    AttendeesSet,
    CountOut,
    LeaveDecision,
    LeaveOut,
    MeetingBackfill,
    MeetingCreate,
    MeetingOut,
    MeetingQuery,
    MeetingUpdate,
    PublishOut,
    SigninCodeOut,
    SigninCodeQuery,
)
from server.core.appkeys import CLOCK, SETTINGS, WECHAT
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes, Upload
from server.core.http import XLSX, file_response
from server.core.schemas import Items, Page

routes = Routes("partyday")
MEETING = r"/api/v1/partydays/{id:\d+}"


# ---- meetings ----------------------------------------------------------------------------------


@routes.get("/api/v1/partydays", "会议列表（日历）", auth=Auth.CONSOLE, errors=[*IN_SCOPE])
async def list_meetings(request: web.Request, principal: Principal, query: MeetingQuery) -> Page[MeetingOut]:
    """本组织及下级组织的会议，按开始时间倒序。可按组织（含或不含下级）、状态、类型和开始时间区间筛选；日历按服务器时区的月份给出 from/to。"""
    rows, total = await service.list_meetings(principal, query)
    return Page[MeetingOut].of(await service.meetings_out(rows), total, query)


@routes.post("/api/v1/partydays", "创建会议（草稿）", auth=Auth.ADMIN, status=201, errors=[*IN_SCOPE, BadAttendees])
async def create_meeting(request: web.Request, principal: Principal, body: MeetingCreate) -> MeetingOut:
    """创建草稿会议。应到人员默认为本组织的正式党员和预备党员（支部含其党小组；支委会为支委），也可指定本组织及下级组织的党员。记入审计日志。"""
    return await service.meeting_out(await service.create_meeting(principal, body))


@routes.post("/api/v1/partydays/backfill", "补录已召开的会议", auth=Auth.USER, status=201,
             errors=[*IN_SCOPE, NotHost, NotPast, BadAttendees, NoAttendees])
async def record_past(request: web.Request, principal: Principal, body: MeetingBackfill) -> MeetingOut:
    """补录在过去某日已召开的会议（组织管理员或本组织书记）：直接记为已结束，按实际召开日期计入台账、执行情况和学时；逐人填写出勤情况（未列出的应到人员记为出席），可同时填写会议记录，之后可上传照片。只有记为缺席的党员被安排补学。会议标记为补录，记入审计日志。"""
    app = request.config_dict
    meeting = await backfill.record_past(principal, body, app[SETTINGS], app[CLOCK].now())
    return await service.meeting_out(meeting)


@routes.patch(MEETING, "修改会议（草稿或已发布）", auth=Auth.ADMIN, errors=[*ADMIN_MEETING, BadStatus, BadTimes])
async def update_meeting(request: web.Request, principal: Principal, id: int, body: MeetingUpdate) -> MeetingOut:
    """修改草稿或已发布会议的信息；改动开始时间后会重新发送会前提醒。记入审计日志。"""
    return await service.meeting_out(await service.update_meeting(principal, id, body))


@routes.delete(MEETING, "删除草稿", auth=Auth.ADMIN, errors=[*ADMIN_MEETING, DraftsOnly])
async def delete_meeting(request: web.Request, principal: Principal, id: int) -> None:
    """只能删除草稿；已发布的会议不能删除。记入审计日志。"""
    await service.delete_meeting(principal, id)


@routes.put(MEETING + "/attendees", "设置应到人员", auth=Auth.ADMIN, errors=[*ADMIN_MEETING, BadStatus, BadAttendees])
async def set_attendees(request: web.Request, principal: Principal, id: int, body: AttendeesSet) -> CountOut:
    """草稿或已发布时替换应到人员名单（只能是本组织及下级组织的党员）；表决权按正式党员确定。记入审计日志。"""
    return CountOut(count=await service.set_attendees(principal, id, body.member_ids))


@routes.post(MEETING + "/publish", "发布会议并通知党员", auth=Auth.ADMIN, errors=[*ADMIN_MEETING, BadStatus, NoAttendees])
async def publish(request: web.Request, principal: Principal, id: int) -> PublishOut:
    """草稿 → 已发布：给每位应到党员发站内通知；配置了微信订阅消息模板时同时发送订阅消息。记入审计日志。"""
    app = request.config_dict
    meeting, notified, sent = await service.publish(principal, id, app[WECHAT], app[SETTINGS], app[CLOCK].now())
    return PublishOut(meeting=await service.meeting_out(meeting), notified=notified, wechat_sent=sent)


@routes.post(MEETING + "/archive", "归档会议", auth=Auth.ADMIN, errors=[*ADMIN_MEETING, BadStatus, MinutesMissing])
async def archive(request: web.Request, principal: Principal, id: int) -> MeetingOut:
    """已结束 → 已归档：须先填写会议记录；归档后记录只读。记入审计日志。"""
    return await service.meeting_out(await service.archive(principal, id, request.config_dict[CLOCK].now()))


# ---- running the meeting (org admin or the secretary) -------------------------------------------


@routes.post(MEETING + "/start", "开始会议", auth=Auth.USER, errors=[*HOST_MEETING, BadStatus])
async def start(request: web.Request, principal: Principal, id: int) -> MeetingOut:
    """已发布 → 进行中，由主持人（组织管理员或支部书记）操作；会议室内的党员收到状态变化。记入审计日志。"""
    return await service.meeting_out(await live.start_meeting(request.config_dict[HUB], principal, id))


@routes.post(MEETING + "/end", "结束会议（考勤定稿、缺席补学）", auth=Auth.USER, errors=[*HOST_MEETING, BadStatus, PollClosed])
async def end(request: web.Request, principal: Principal, id: int) -> MeetingOut:
    """进行中 → 已结束：考勤定稿，未结束的投票关闭，会议室关闭；缺席和请假党员被安排补学（截止日为当地日期的最后一刻），参加党课、主题党日的党员记学时。记入审计日志。"""
    app = request.config_dict
    return await service.meeting_out(await live.end_meeting(app[HUB], principal, id, app[SETTINGS]))


@routes.get(MEETING + "/signin-code", "当前动态签到码（主持人大屏）", auth=Auth.USER, errors=[*HOST_MEETING])
async def signin_code(request: web.Request, principal: Principal, id: int, query: SigninCodeQuery) -> SigninCodeOut:
    """当前有效的 6 位签到（签退）码与二维码地址，每 15 秒轮换；expires_in 为距下次轮换的秒数。"""
    meeting = await service.host_meeting(principal, id)
    app = request.config_dict
    return signin.code_out(app[SETTINGS], meeting, query.action, app[CLOCK].time())


@routes.post(MEETING + "/signout-all", "全体签退（主持人）", auth=Auth.USER, errors=[*HOST_MEETING])
async def sign_out_all(request: web.Request, principal: Principal, id: int) -> CountOut:
    """把已签到且未签退的人员全部签退，返回签退人数。记入审计日志。"""
    meeting = await service.host_meeting(principal, id)
    return CountOut(count=await signin.sign_out_all(principal, meeting, request.config_dict[CLOCK].now()))


@routes.get(MEETING + "/attendance", "考勤表（应到/实到/请假/缺席）", auth=Auth.USER, errors=[*HOST_MEETING])
async def attendance_sheet(request: web.Request, principal: Principal, id: int) -> AttendanceOut:
    """每位应到人员的状态：已签到、迟到、线上参加（在线满会议时长的 80%）、请假、缺席，以及补学情况。会议结束前为实时计算，结束后为定稿结果。"""
    meeting = await service.read_meeting(principal, id)
    app = request.config_dict
    return await attendance.sheet(meeting, app[SETTINGS], app[CLOCK].now())


@routes.get(MEETING + "/leaves", "请假申请列表（主持人）", auth=Auth.USER, errors=[*HOST_MEETING])
async def list_leaves(request: web.Request, principal: Principal, id: int) -> Items[LeaveOut]:
    """本次会议的全部请假申请，按提交先后排列。"""
    rows = await leaves.list_leaves(principal, id)
    return Items[LeaveOut](items=[LeaveOut.model_validate(r) for r in rows])


@routes.post(MEETING + r"/leaves/{leave_id:\d+}/decision", "审批请假（书记或组织管理员）", auth=Auth.USER,
             errors=[*HOST_MEETING, LeaveNotFound, BadStatus])
async def decide_leave(request: web.Request, principal: Principal, id: int, leave_id: int, body: LeaveDecision) -> LeaveOut:
    """批准或不批准请假，会议结束前可改；党员收到站内通知。记入审计日志。"""
    leave = await leaves.decide_leave(principal, id, leave_id, body, request.config_dict[CLOCK].now())
    return LeaveOut.model_validate(leave)


# ---- records -----------------------------------------------------------------------------------


@routes.get(MEETING + "/minutes", "会议记录（缺席名单自动生成）", auth=Auth.USER, errors=[*HOST_MEETING])
async def get_minutes(request: web.Request, principal: Principal, id: int) -> MinutesOut:
    """会议记录；缺席和请假名单按考勤自动生成。未填写时以议程作为议题。"""
    meeting = await service.read_meeting(principal, id)
    app = request.config_dict
    return await records.minutes_out(meeting, app[SETTINGS], app[CLOCK].now())


@routes.put(MEETING + "/minutes", "填写会议记录（主持人、记录人、议题、决议）", auth=Auth.USER,
            errors=[*HOST_MEETING, RecordLocked])
async def save_minutes(request: web.Request, principal: Principal, id: int, body: MinutesIn) -> MinutesOut:
    """会议发布后至归档前可填写或修改；归档后只读。记入审计日志。"""
    meeting = await service.host_meeting(principal, id)
    await records.save_minutes(principal, meeting, body)
    app = request.config_dict
    return await records.minutes_out(meeting, app[SETTINGS], app[CLOCK].now())


@routes.post(MEETING + "/photos", "上传会议照片", auth=Auth.USER, status=201, errors=[*HOST_MEETING, RecordLocked, BadImage])
async def upload_photo(request: web.Request, principal: Principal, id: int, upload: Upload, query: PhotoQuery) -> PhotoOut:
    """会议进行中或结束后上传现场照片（multipart 的 file 字段）。按文件内容识别 JPG、PNG、WebP，不超过 10 MB。记入审计日志。"""
    meeting = await service.host_meeting(principal, id)
    return await records.save_photo(principal, meeting, upload.data, query.caption, request.config_dict[SETTINGS])


@routes.get(MEETING + "/photos", "会议照片列表", auth=Auth.USER, errors=[*HOST_MEETING])
async def list_photos(request: web.Request, principal: Principal, id: int) -> Items[PhotoOut]:
    """本次会议的照片，按上传先后排列；url 为不可猜测的访问地址。"""
    meeting = await service.read_meeting(principal, id)
    return Items[PhotoOut](items=await records.list_photos(meeting))


@routes.post(MEETING + r"/makeup/{member_id:\d+}", "确认党员已补学（主持人）", auth=Auth.USER,
             errors=[*HOST_MEETING, NotInMakeup])
async def confirm_makeup(request: web.Request, principal: Principal, id: int, member_id: int, body: MakeupIn) -> MakeupOut:
    """主持人确认某位党员已完成补学并填写说明；学习模块中对应的补学任务同时完成。记入审计日志。"""
    meeting = await service.host_meeting(principal, id)
    att = await records.confirm_makeup(principal, meeting, member_id, body.note, request.config_dict[CLOCK].now())
    return MakeupOut.model_validate(att)


# ---- polls -------------------------------------------------------------------------------------


@routes.post(MEETING + "/polls", "发起投票或表决（主持人）", auth=Auth.USER, status=201, errors=[*HOST_MEETING, RoomNotLive])
async def create_poll(request: web.Request, principal: Principal, id: int, body: PollCreate) -> PollOut:
    """会议进行中发起记名或无记名投票；决议事项默认选项为 同意/不同意/弃权。会议室内的党员即时收到。"""
    meeting = await service.host_meeting(principal, id)
    return await live.open_poll(request.config_dict[HUB], meeting, body)


@routes.post(MEETING + r"/polls/{poll_id:\d+}/close", "结束投票并公布结果（主持人）", auth=Auth.USER,
             errors=[*HOST_MEETING, PollNotFound, PollClosed])
async def close_poll(request: web.Request, principal: Principal, id: int, poll_id: int) -> PollOut:
    """结束投票并按结束时的到会情况判定：决议须到会有表决权党员超过应到半数，赞成超过应到半数方为通过。结果推送到会议室。"""
    meeting = await service.host_meeting(principal, id)
    app = request.config_dict
    return await live.close_poll(app[HUB], app[SETTINGS], meeting, poll_id)


# ---- ledger and cadence ------------------------------------------------------------------------


@routes.get("/api/v1/partydays/ledger.xlsx", "三会一课台账（xlsx，按月或按年）", auth=Auth.CONSOLE, produces=XLSX,
            errors=[*IN_SCOPE])
async def ledger_xlsx(request: web.Request, principal: Principal, query: LedgerQuery) -> web.Response:
    """本组织及下级组织已召开会议的台账（按会议召开日期（服务器时区）归月，补录的会议计入其召开月份），另附执行情况与缺漏预警。导出记入审计日志。"""
    app = request.config_dict
    name, content = await ledger.ledger_xlsx(principal, query.org_id, query.year, query.month, app[SETTINGS].zone,
                                             app[CLOCK].now())
    return file_response(content, name, XLSX)


@routes.get("/api/v1/partydays/cadence", "三会一课执行情况检查（缺漏预警）", auth=Auth.CONSOLE, errors=[*IN_SCOPE])
async def cadence(request: web.Request, principal: Principal, query: CadenceQuery) -> CadenceOut:
    """按支部检查本年度（服务器时区）支部党员大会、支委会、党小组会、党课、主题党日、组织生活会是否按期召开，列出缺漏期间和中文预警。"""
    app = request.config_dict
    return await ledger.cadence(principal, query.org_id, query.year, app[SETTINGS].zone, app[CLOCK].now())
