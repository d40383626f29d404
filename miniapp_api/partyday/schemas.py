"""Request and response schemas of meetings: create, edit, list, sign-in, leave, attendance, notices.

Minutes, photos, 补学, polls and the ledger have theirs in `records_schemas.py`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field, model_validator

from miniapp_api.partyday.models import (
    TYPE_LABELS,
    AttendanceStatus,
    LeaveStatus,
    MakeupStatus,
    MeetingMode,
    MeetingStatus,
    MeetingType,
)
from miniapp_api.partyday.records_schemas import MinutesIn
from server.core.schemas import Moment, OutSchema, Page, PageQuery, Schema

_TYPE_BY_LABEL = {label: code.value for code, label in TYPE_LABELS.items()} | {"支委会": "branch_committee"}
_MODE_BY_LABEL = {"线上": "online", "线下": "offline", "混合": "hybrid"}
AT = "2026-06-20T09:00:00+08:00"  # the example instant of these schemas
AT_END = "2026-06-20T11:00:00+08:00"


def _type_alias(value: Any) -> Any:
    return _TYPE_BY_LABEL.get(value, value) if isinstance(value, str) else value


def _mode_alias(value: Any) -> Any:
    return _MODE_BY_LABEL.get(value, value) if isinstance(value, str) else value


TypeIn = Annotated[MeetingType, BeforeValidator(_type_alias)]  # the code or its Chinese name
ModeIn = Annotated[MeetingMode, BeforeValidator(_mode_alias)]
AgendaItem = Annotated[str, Field(min_length=1, max_length=200)]
VideoUrl = Annotated[str, Field(max_length=500, pattern=r"^(https?://\S+)?$")]
AGENDA_EXAMPLE = ["重温入党誓词", "集中学习《中国共产党章程》", "交流研讨"]


# ---- meetings ----------------------------------------------------------------------------------


class MeetingCreate(Schema):
    org_id: int = Field(title="组织", examples=[3])
    meeting_type: TypeIn = Field(title="会议类型", description="代码或中文名称（如 主题党日、支委会）", examples=["theme_day"])
    title: str = Field(min_length=1, max_length=100, title="标题", examples=["六月主题党日：重温入党誓词"])
    theme: str = Field("", max_length=200, title="主题", examples=["学习党章 重温誓词"])
    agenda: list[AgendaItem] = Field(default_factory=list, max_length=30, title="议程", examples=[AGENDA_EXAMPLE])
    starts_at: Moment = Field(title="开始时间", examples=[AT])
    ends_at: Moment = Field(title="结束时间", examples=[AT_END])
    mode: ModeIn = Field(MeetingMode.OFFLINE, title="形式", description="线上、线下或混合", examples=["hybrid"])
    place: str = Field("", max_length=200, title="地点", examples=["党员活动室"])
    video_url: VideoUrl = Field("", title="视频会议链接", examples=["https://meeting.tencent.com/"])
    member_ids: Annotated[list[int], Field(max_length=2000)] | None = Field(
        None,
        title="应到人员",
        description="不填则为本组织（支部含其党小组）的正式和预备党员；支委会默认为支委",
        examples=[[21, 22, 23]],
    )

    @model_validator(mode="after")
    def _check_times(self) -> MeetingCreate:
        if self.ends_at <= self.starts_at:
            raise ValueError("结束时间必须晚于开始时间")
        if (self.ends_at - self.starts_at).total_seconds() > 24 * 3600:
            raise ValueError("会议时长不能超过 24 小时")
        return self


BACKFILL_STATUSES = (
    AttendanceStatus.SIGNED_IN,
    AttendanceStatus.LATE,
    AttendanceStatus.ONLINE,
    AttendanceStatus.LEAVE,
    AttendanceStatus.ABSENT,
)


class BackfillAttendance(Schema):
    member_id: int = Field(title="党员", examples=[23])
    status: AttendanceStatus = Field(
        title="出勤情况", description="signed_in 出席、late 迟到、online 线上参加、leave 请假、absent 缺席", examples=["absent"]
    )

    @model_validator(mode="after")
    def _known(self) -> BackfillAttendance:
        if self.status not in BACKFILL_STATUSES:
            raise ValueError("出勤情况不正确")
        return self


class MeetingBackfill(MeetingCreate):
    """补录: a meeting already held on a past date, with its attendance and minutes."""

    attendance: Annotated[list[BackfillAttendance], Field(max_length=2000)] = Field(
        default_factory=list,
        title="出勤情况",
        description="应到人员中各人的出勤情况；未列出的应到人员记为出席。只有记为缺席的党员被安排补学",
        examples=[[{"member_id": 23, "status": "absent"}, {"member_id": 24, "status": "leave"}]],
    )
    minutes: MinutesIn | None = Field(None, title="会议记录")


class MeetingUpdate(Schema):
    meeting_type: TypeIn | None = Field(None, title="会议类型", examples=["theme_day"])
    title: Annotated[str, Field(min_length=1, max_length=100)] | None = Field(None, title="标题", examples=["六月主题党日"])
    theme: Annotated[str, Field(max_length=200)] | None = Field(None, title="主题", examples=["学习党章"])
    agenda: Annotated[list[AgendaItem], Field(max_length=30)] | None = Field(None, title="议程", examples=[AGENDA_EXAMPLE])
    starts_at: Moment | None = Field(None, title="开始时间", examples=[AT])
    ends_at: Moment | None = Field(None, title="结束时间", examples=[AT_END])
    mode: ModeIn | None = Field(None, title="形式", examples=["offline"])
    place: Annotated[str, Field(max_length=200)] | None = Field(None, title="地点", examples=["三楼会议室"])
    video_url: VideoUrl | None = Field(None, title="视频会议链接", examples=["https://meeting.tencent.com/"])


class AttendeesSet(Schema):
    member_ids: Annotated[list[int], Field(max_length=2000)] = Field(title="应到人员", examples=[[21, 22, 23]])


class MeetingQuery(PageQuery):
    org_id: int | None = Field(None, title="组织", examples=[3])
    status: MeetingStatus | None = Field(None, title="状态")
    meeting_type: TypeIn | None = Field(None, title="会议类型", examples=["theme_day"])
    subtree: bool = Field(True, title="含下级组织")
    starts_from: Moment | None = Field(None, alias="from", title="开始时间不早于", examples=["2026-06-01T00:00:00+08:00"])
    starts_to: Moment | None = Field(None, alias="to", title="开始时间早于", examples=["2026-07-01T00:00:00+08:00"])


class MyMeetingQuery(PageQuery):
    """A member's own meetings: newest first, optionally of one status."""

    status: MeetingStatus | None = Field(None, title="状态", examples=["published"])


class MeetingOut(OutSchema):
    id: int = Field(examples=[12])
    org_id: int = Field(examples=[3])
    org_name: str = Field("", examples=["财政局党支部"])
    meeting_type: MeetingType = Field(examples=["theme_day"])
    type_label: str = Field(examples=["主题党日"])
    title: str = Field(examples=["六月主题党日：重温入党誓词"])
    theme: str = Field(examples=["学习党章 重温誓词"])
    agenda: list[str] = Field(examples=[AGENDA_EXAMPLE])
    current_item: int = Field(description="当前议程项（从 0 起）", examples=[0])
    starts_at: datetime = Field(examples=[AT])
    ends_at: datetime = Field(examples=[AT_END])
    mode: MeetingMode = Field(examples=["hybrid"])
    mode_label: str = Field(examples=["混合"])
    place: str = Field(examples=["党员活动室"])
    video_url: str = Field(examples=["https://meeting.tencent.com/"])
    status: MeetingStatus = Field(examples=["published"])
    status_label: str = Field(examples=["已发布"])
    room_closed: bool = Field(examples=[False])
    published_at: datetime | None = Field(examples=["2026-06-15T10:00:00+08:00"])
    started_at: datetime | None = Field(examples=[None])
    ended_at: datetime | None = Field(examples=[None])
    is_backfill: bool = Field(False, description="补录的会议（会后按实际召开日期补记）", examples=[False])
    recorded_at: datetime | None = Field(None, description="补录时间", examples=[None])
    expected_count: int = Field(0, description="应到人数", examples=[12])
    my_status: str | None = Field(None, description="当前党员本人的状态（党员视图）", examples=["待参加"])


class PublishOut(OutSchema):
    meeting: MeetingOut
    notified: int = Field(description="收到站内通知的党员数", examples=[12])
    wechat_sent: int = Field(description="发出的微信订阅消息数", examples=[9])


class CountOut(OutSchema):
    count: int = Field(ge=0, examples=[12])


# ---- sign-in -----------------------------------------------------------------------------------

Action = Literal["in", "out"]


class SigninCodeQuery(Schema):
    action: Action = Field("in", title="签到或签退")


class SigninCodeOut(OutSchema):
    action: Action
    code: str = Field(description="6 位动态签到码", examples=["482915"])
    qr_payload: str = Field(description="二维码内容", examples=["https://dj.example.org/pd/12?a=in&c=482915"])
    qr_svg_url: str = Field(examples=["/api/v1/partydays/12/signin-qr.svg?action=in&code=482915&sig=3f9a0c1d2e4b5a6978ab"])
    expires_in: int = Field(description="距下次轮换的秒数", examples=[12])
    slice_s: int = Field(description="签到码轮换周期（秒）", examples=[15])


class SigninIn(Schema):
    code: str = Field(
        min_length=1, max_length=200, title="签到码", description="6 位数字，或扫码得到的 qr_payload", examples=["482915"]
    )
    action: Action = Field("in", title="签到或签退")


class SigninOut(OutSchema):
    action: Action
    at: datetime = Field(examples=["2026-06-20T08:56:12+08:00"])
    is_late: bool = False
    already: bool = Field(False, description="此前已签到（签退），本次未改变记录")


class QrQuery(Schema):
    action: Action = Field("in", title="签到或签退")
    code: str = Field(pattern=r"^\d{6}$", title="签到码", examples=["482915"])
    sig: str = Field("", max_length=64, title="签名", examples=["3f9a0c1d2e4b5a6978ab"])


class RoomQuery(Schema):
    """The live room's handshake; the token is read by the declaration's auth."""

    model_config = ConfigDict(extra="ignore")
    access_token: str | None = Field(
        None, title="访问令牌", description="浏览器和小程序无法为 WebSocket 设置请求头时使用", examples=["eyJhbGciOiJIUzI1NiIs…"]
    )


# ---- leave and attendance ----------------------------------------------------------------------


class LeaveIn(Schema):
    reason: str = Field(min_length=2, max_length=500, title="请假事由", examples=["出差在外地，无法参加"])


class LeaveDecision(Schema):
    approve: bool = Field(title="是否批准", examples=[True])
    note: str = Field("", max_length=200, title="审批意见", examples=["同意，请会后补学"])


class LeaveOut(OutSchema):
    id: int = Field(examples=[5])
    meeting_id: int = Field(examples=[12])
    member_id: int = Field(examples=[22])
    name: str = Field(examples=["李红梅"])
    reason: str = Field(examples=["出差在外地，无法参加"])
    status: LeaveStatus = Field(examples=["approved"])
    decision_note: str = Field(examples=["同意，请会后补学"])
    decided_at: datetime | None = Field(examples=["2026-06-19T16:20:00+08:00"])
    created_at: datetime = Field(examples=["2026-06-18T08:05:00+08:00"])


class Counts(OutSchema):
    expected: int = Field(0, description="应到", examples=[12])
    present: int = Field(0, description="实到（含迟到、线上参加）", examples=[10])
    leave: int = Field(0, description="请假", examples=[1])
    absent: int = Field(0, description="缺席（会议结束后才有）", examples=[1])
    late: int = Field(0, description="迟到", examples=[1])
    online: int = Field(0, description="线上参加", examples=[2])


class AttendeeOut(OutSchema):
    member_id: int = Field(examples=[22])
    name: str = Field(examples=["李红梅"])
    is_voting: bool = Field(description="有表决权（正式党员）", examples=[True])
    status: AttendanceStatus | Literal["expected", "not_signed_in"] = Field(
        description="会议结束后为定稿状态；结束前尚未签到的人员为 expected 应到（未开始）或 not_signed_in 未签到（进行中），不记缺席",
        examples=["signed_in"],
    )
    status_label: str = Field(examples=["已签到"])
    signed_in_at: datetime | None = Field(examples=["2026-06-20T08:56:12+08:00"])
    signed_out_at: datetime | None = Field(examples=[None])
    online_seconds: int = Field(examples=[0])
    online_share: float = Field(examples=[0.0])
    leave_reason: str = ""
    makeup_status: MakeupStatus = Field(examples=["none"])
    makeup_note: str = ""
    makeup_due_at: datetime | None = Field(None, description="补学截止时间（当地日期的最后一刻）", examples=[None])


class AttendanceOut(OutSchema):
    meeting_id: int = Field(examples=[12])
    final: bool = Field(description="会议已结束，状态已定稿", examples=[False])
    duration_s: int = Field(examples=[7200])
    attended_share: float = Field(description="线上参会计为出席所需的时长比例", examples=[0.8])
    counts: Counts
    items: list[AttendeeOut]


# ---- notices -----------------------------------------------------------------------------------


class NoticeQuery(PageQuery):
    unread: bool = Field(False, title="只看未读")


class NoticeOut(OutSchema):
    id: int = Field(examples=[31])
    meeting_id: int | None = Field(examples=[12])
    kind: str = Field(description="published 会议通知、reminder 会议提醒、leave 请假审批", examples=["published"])
    title: str = Field(examples=["会议通知：六月主题党日"])
    body: str = Field(examples=["主题党日「六月主题党日」将于 2026-06-20 09:00 召开，地点：党员活动室。"])
    read_at: datetime | None = Field(examples=[None])
    created_at: datetime = Field(examples=["2026-06-15T10:00:00+08:00"])


class NoticePage(Page[NoticeOut]):
    unread: int = Field(ge=0, description="未读通知数", examples=[1])


class UpdatedOut(OutSchema):
    updated: int = Field(ge=0, description="标为已读的通知数", examples=[1])
