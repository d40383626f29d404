"""Request and response schemas of party days: meetings, sign-in, leave, attendance, minutes, polls, notices."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BeforeValidator, Field, model_validator

from miniapp_api.partyday.models import (
    TYPE_LABELS,
    AttendanceStatus,
    LeaveStatus,
    MakeupStatus,
    MeetingMode,
    MeetingStatus,
    MeetingType,
)
from server.core.schemas import OutSchema, PageQuery, Schema

_TYPE_BY_LABEL = {label: code.value for code, label in TYPE_LABELS.items()} | {"支委会": "branch_committee"}
_MODE_BY_LABEL = {"线上": "online", "线下": "offline", "混合": "hybrid"}


def _type_alias(value: Any) -> Any:
    return _TYPE_BY_LABEL.get(value, value) if isinstance(value, str) else value


def _mode_alias(value: Any) -> Any:
    return _MODE_BY_LABEL.get(value, value) if isinstance(value, str) else value


TypeIn = Annotated[MeetingType, BeforeValidator(_type_alias)]  # the code or its Chinese name
ModeIn = Annotated[MeetingMode, BeforeValidator(_mode_alias)]
AgendaItem = Annotated[str, Field(min_length=1, max_length=200)]
Text200 = Annotated[str, Field(max_length=200)]


class MeetingCreate(Schema):
    org_id: int
    meeting_type: TypeIn
    title: Annotated[str, Field(min_length=1, max_length=100)]
    theme: Text200 = ""
    agenda: list[AgendaItem] = Field(default_factory=list, max_length=30)
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    mode: ModeIn = MeetingMode.OFFLINE
    place: Text200 = ""
    video_url: Annotated[str, Field(max_length=500, pattern=r"^(https?://\S+)?$")] = ""
    member_ids: Annotated[list[int], Field(max_length=2000)] | None = Field(
        None, description="应到人员；不填则为本组织（支部含其党小组）的正式和预备党员；支委会默认为支委"
    )

    @model_validator(mode="after")
    def _check_times(self) -> MeetingCreate:
        if self.ends_at <= self.starts_at:
            raise ValueError("结束时间必须晚于开始时间")
        if (self.ends_at - self.starts_at).total_seconds() > 24 * 3600:
            raise ValueError("会议时长不能超过 24 小时")
        return self


class MeetingUpdate(Schema):
    meeting_type: TypeIn | None = None
    title: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    theme: Text200 | None = None
    agenda: Annotated[list[AgendaItem], Field(max_length=30)] | None = None
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    mode: ModeIn | None = None
    place: Text200 | None = None
    video_url: Annotated[str, Field(max_length=500, pattern=r"^(https?://\S+)?$")] | None = None


class AttendeesSet(Schema):
    member_ids: Annotated[list[int], Field(max_length=2000)]


class MeetingQuery(PageQuery):
    org_id: int | None = None
    status: MeetingStatus | None = None
    meeting_type: TypeIn | None = None
    subtree: bool = True
    starts_from: AwareDatetime | None = Field(None, alias="from")
    starts_to: AwareDatetime | None = Field(None, alias="to")


class Counts(OutSchema):
    expected: int = 0  # 应到
    present: int = 0  # 实到
    leave: int = 0  # 请假
    absent: int = 0  # 缺席
    late: int = 0  # 迟到 (part of 实到)
    online: int = 0  # 线上参加 (part of 实到)


class MeetingOut(OutSchema):
    id: int
    org_id: int
    org_name: str = ""
    meeting_type: MeetingType
    type_label: str
    title: str
    theme: str
    agenda: list[str]
    current_item: int
    starts_at: datetime
    ends_at: datetime
    mode: MeetingMode
    mode_label: str
    place: str
    video_url: str
    status: MeetingStatus
    status_label: str
    room_closed: bool
    published_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    expected_count: int = 0
    my_status: str | None = Field(None, description="当前党员本人的状态（党员视图）")


class PublishOut(OutSchema):
    meeting: MeetingOut
    notified: int
    wechat_sent: int


class SigninCodeQuery(Schema):
    action: Literal["in", "out"] = "in"


class SigninCodeOut(OutSchema):
    action: Literal["in", "out"]
    code: str
    qr_payload: str
    qr_svg_url: str
    expires_in: int
    slice_s: int


class SigninIn(Schema):
    code: Annotated[str, Field(min_length=1, max_length=200)] = Field(
        description="6 位数字，或扫码得到的 qr_payload"
    )
    action: Literal["in", "out"] = "in"


class SigninOut(OutSchema):
    action: Literal["in", "out"]
    at: datetime
    is_late: bool = False
    already: bool = False


class QrQuery(Schema):
    action: Literal["in", "out"] = "in"
    code: Annotated[str, Field(pattern=r"^\d{6}$")]


class LeaveIn(Schema):
    reason: Annotated[str, Field(min_length=2, max_length=500)]


class LeaveDecision(Schema):
    approve: bool
    note: Annotated[str, Field(max_length=200)] = ""


class LeaveOut(OutSchema):
    id: int
    meeting_id: int
    member_id: int
    name: str
    reason: str
    status: LeaveStatus
    decision_note: str
    decided_at: datetime | None
    created_at: datetime


class AttendeeOut(OutSchema):
    member_id: int
    name: str
    is_voting: bool
    status: AttendanceStatus
    status_label: str
    signed_in_at: datetime | None
    signed_out_at: datetime | None
    online_seconds: int
    online_share: float
    leave_reason: str = ""
    makeup_status: MakeupStatus
    makeup_note: str


class AttendanceOut(OutSchema):
    meeting_id: int
    final: bool = Field(description="会议已结束，状态已定稿")
    duration_s: int
    attended_share: float
    counts: Counts
    items: list[AttendeeOut]


class MinutesIn(Schema):
    host: Annotated[str, Field(max_length=50)] = ""
    recorder: Annotated[str, Field(max_length=50)] = ""
    topics: list[Annotated[str, Field(max_length=500)]] = Field(default_factory=list, max_length=50)
    resolutions: list[Annotated[str, Field(max_length=1000)]] = Field(default_factory=list, max_length=50)
    notes: Annotated[str, Field(max_length=20000)] = ""


class MinutesOut(OutSchema):
    meeting_id: int
    host: str
    recorder: str
    topics: list[str]
    resolutions: list[str]
    notes: str
    absentees: list[str] = Field(description="缺席人员（自动生成）")
    on_leave: list[str] = Field(description="请假人员（自动生成）")
    updated_at: datetime | None


class PhotoOut(OutSchema):
    id: int
    url: str
    content_type: str
    size: int
    width: int
    height: int
    caption: str
    created_at: datetime


class MakeupIn(Schema):
    note: Annotated[str, Field(min_length=1, max_length=500)]


class MakeupOut(OutSchema):
    member_id: int
    name: str
    makeup_status: MakeupStatus
    makeup_note: str
    makeup_done_at: datetime | None


class PollCreate(Schema):
    question: Annotated[str, Field(min_length=1, max_length=200)]
    options: Annotated[list[Annotated[str, Field(min_length=1, max_length=50)]], Field(min_length=2, max_length=10)] | None = None
    secret: bool = False
    resolution: bool = False


class VoteIn(Schema):
    option: Annotated[int, Field(ge=0, le=9)]


class QuorumOut(OutSchema):
    voting_members: int  # 应到会有表决权的党员（正式党员）
    present: int  # 到会的有表决权党员
    required: int  # 超过半数
    met: bool


class PollOut(OutSchema):
    id: int
    meeting_id: int
    question: str
    options: list[str]
    secret: bool
    resolution: bool
    is_open: bool
    votes_cast: int
    tally: list[int] | None = Field(None, description="记名投票实时公布；无记名投票仅在结束后公布")
    quorum: QuorumOut | None = None
    valid: bool | None = None
    passed: bool | None = None
    verdict: str = ""
    closed_at: datetime | None = None


class NoticeOut(OutSchema):
    id: int
    meeting_id: int | None
    kind: str
    title: str
    body: str
    read_at: datetime | None
    created_at: datetime


class NoticeQuery(PageQuery):
    unread: bool = False


class CadenceQuery(Schema):
    org_id: int
    year: Annotated[int, Field(ge=2000, le=2100)] | None = None


class LedgerQuery(Schema):
    org_id: int
    year: Annotated[int, Field(ge=2000, le=2100)] | None = None
    month: Annotated[int, Field(ge=1, le=12)] | None = None


class CadencePeriod(OutSchema):
    period: str
    held: int
    status: Literal["ok", "missing", "due", "upcoming"]


class CadenceItem(OutSchema):
    meeting_type: MeetingType
    label: str
    rule: str
    org_id: int
    org_name: str
    periods: list[CadencePeriod]
    missing: list[str]


class CadenceBranch(OutSchema):
    org_id: int
    org_name: str
    items: list[CadenceItem]
    warnings: list[str]


class CadenceOut(OutSchema):
    year: int
    branches: list[CadenceBranch]
    warning_count: int
