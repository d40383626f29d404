"""The errors party days answer with: fixed codes and statuses (clients branch on `error.code`)."""

from __future__ import annotations

from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from server.core.errors import BadRequest, Conflict, Forbidden, NotFound, RateLimited

# ---- meetings ----------------------------------------------------------------------------------


class MeetingNotFound(NotFound):
    code = "partyday.not_found"
    message = "会议不存在"


class BadStatus(Conflict):
    code = "partyday.bad_status"
    message = "会议当前状态不允许此操作"


class DraftsOnly(BadStatus):
    message = "只能删除草稿"


class BadTimes(BadRequest):
    code = "partyday.bad_times"
    message = "结束时间必须晚于开始时间"


class NotPast(BadRequest):
    code = "partyday.not_past"
    message = "补录的会议须已召开：结束时间不能晚于当前时间"


class NotExpected(Forbidden):
    code = "partyday.not_expected"
    message = "您不在本次会议的应到人员名单中"


class NotHost(Forbidden):
    code = "partyday.not_host"
    message = "只有会议主持人（支部书记或组织管理员）可以执行此操作"


class BadAttendees(BadRequest):
    code = "partyday.bad_attendees"
    message = "应到人员必须是本组织（含下级组织）的党员"


class NoAttendees(Conflict):
    code = "partyday.no_attendees"
    message = "请先设置应到人员"


class RoomClosed(Conflict):
    code = "partyday.room_closed"
    message = "会议室未开放或已关闭"


class BadAgendaItem(BadRequest):
    code = "partyday.bad_agenda_item"
    message = "议程项不存在"


class MinutesMissing(Conflict):
    code = "partyday.minutes_missing"
    message = "请先填写会议记录再归档"


# ---- sign-in and leave -------------------------------------------------------------------------


class BadCode(BadRequest):
    code = "partyday.bad_code"
    message = "签到码错误或已过期，请扫描屏幕上的最新二维码"


class SigninClosed(Conflict):
    code = "partyday.signin_closed"
    message = "当前不在签到时间内"


class NotSignedIn(Conflict):
    code = "partyday.not_signed_in"
    message = "尚未签到，不能签退"


class TooManyCodes(RateLimited):
    code = "partyday.too_many_codes"
    message = "操作过于频繁，请稍后再试"


class LeaveClosed(Conflict):
    code = "partyday.leave_closed"
    message = "会议已开始，不能再请假"


class LeaveExists(Conflict):
    code = "partyday.leave_exists"
    message = "已提交过请假申请"


class LeaveNotFound(NotFound):
    code = "partyday.leave_not_found"
    message = "请假申请不存在"


# ---- records -----------------------------------------------------------------------------------


class BadImage(BadRequest):
    code = "partyday.bad_image"
    message = "只能上传 JPG、PNG 或 WebP 图片"


class PhotoNotFound(NotFound):
    code = "partyday.photo_not_found"
    message = "照片不存在"


class NotInMakeup(Conflict):
    code = "partyday.no_makeup"
    message = "该党员没有待补学的任务"


class RecordLocked(BadStatus):
    message = "会议未开始或已归档，不能修改记录"


# ---- polls -------------------------------------------------------------------------------------


class PollNotFound(NotFound):
    code = "partyday.poll_not_found"
    message = "投票不存在"


class PollClosed(Conflict):
    code = "partyday.poll_closed"
    message = "投票已结束"


class AlreadyVoted(Conflict):
    code = "partyday.already_voted"
    message = "您已投过票，不能重复投票"


class NoVoteRight(Forbidden):
    code = "partyday.no_vote_right"
    message = "只有正式党员享有表决权"


class BadOption(BadRequest):
    code = "partyday.bad_option"
    message = "选项不存在"


class RoomNotLive(BadStatus):
    message = "会议进行中才能发起投票"


# ---- notices -----------------------------------------------------------------------------------


class NoticeNotFound(NotFound):
    code = "partyday.notice_not_found"
    message = "通知不存在"


# ---- frames of the live room (sent as `error` frames, never as HTTP answers) ---------------------


class BadFrame(BadRequest):
    code = "partyday.bad_frame"
    message = "消息内容不正确"


class ChatTooLong(BadRequest):
    code = "partyday.chat_too_long"
    message = "发言过长"


class ChatRateLimited(BadRequest):
    code = "partyday.chat_rate_limited"
    message = "发言过于频繁，请稍后再试"


class HostOnly(NotHost):
    message = "只有主持人可以执行此操作"


class HostDoesNotVote(NotExpected):
    message = "主持人不参加投票"


class HostRaisesNoHand(NotExpected):
    message = "主持人无需举手"


# ---- what the meeting look-ups can answer (for the endpoints' `errors=[...]`) ----------------------

IN_SCOPE = (OrgNotFound, OutOfScope)  # orgs.ensure_scope: the org exists and lies in the caller's subtree
ADMIN_MEETING = (MeetingNotFound, *IN_SCOPE)  # service.admin_meeting
HOST_MEETING = (MeetingNotFound, NotHost, Forbidden, *IN_SCOPE)  # service.host_meeting / read_meeting
VIEW_MEETING = (MeetingNotFound, NotExpected, Forbidden, *IN_SCOPE)  # service.view_meeting
