"""Schemas of what a meeting leaves on record: minutes, photos, 补学, polls and votes, the ledger and cadence check."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from miniapp_api.partyday.models import MakeupStatus, MeetingType
from server.core.schemas import OutSchema, Schema

Year = Annotated[int, Field(ge=2000, le=2100)]
PollOption = Annotated[str, Field(min_length=1, max_length=50)]


# ---- minutes, photos, 补学 ---------------------------------------------------------------------


class MinutesIn(Schema):
    host: str = Field("", max_length=50, title="主持人", examples=["张建国"])
    recorder: str = Field("", max_length=50, title="记录人", examples=["李红梅"])
    topics: list[Annotated[str, Field(max_length=500)]] = Field(default_factory=list, max_length=50, title="议题",
                                                                examples=[["集中学习党章总纲"]])
    resolutions: list[Annotated[str, Field(max_length=1000)]] = Field(default_factory=list, max_length=50, title="决议",
                                                                      examples=[["本月开展志愿服务一次"]])
    notes: str = Field("", max_length=20000, title="记录正文", examples=["会议由张建国同志主持，应到 12 人，实到 10 人。"])


class MinutesOut(OutSchema):
    meeting_id: int = Field(examples=[12])
    host: str = Field(examples=["张建国"])
    recorder: str = Field(examples=["李红梅"])
    topics: list[str] = Field(examples=[["集中学习党章总纲"]])
    resolutions: list[str] = Field(examples=[["本月开展志愿服务一次"]])
    notes: str = Field(examples=["会议由张建国同志主持，应到 12 人，实到 10 人。"])
    absentees: list[str] = Field(description="缺席人员（自动生成）", examples=[["王海涛"]])
    on_leave: list[str] = Field(description="请假人员（自动生成）", examples=[["赵晓燕"]])
    updated_at: datetime | None = Field(examples=["2026-06-20T11:30:00+08:00"])


class PhotoOut(OutSchema):
    id: int = Field(examples=[7])
    url: str = Field(examples=["/api/v1/partydays/photos/8kq2Vx0bT1nZ5mJ9cR3wYp7A"])
    content_type: str = Field(examples=["image/jpeg"])
    size: int = Field(examples=[482133])
    width: int = Field(examples=[1600])
    height: int = Field(examples=[1200])
    caption: str = Field(examples=["全体党员重温入党誓词"])
    created_at: datetime = Field(examples=["2026-06-20T09:40:00+08:00"])


class PhotoQuery(Schema):
    caption: str = Field("", title="照片说明", description="超过 100 字的部分不保存", examples=["全体党员重温入党誓词"])


class MakeupIn(Schema):
    note: str = Field(min_length=1, max_length=500, title="补学说明", examples=["已观看会议录像并学习党章"])


class MakeupOut(OutSchema):
    member_id: int = Field(examples=[22])
    name: str = Field(examples=["王海涛"])
    makeup_status: MakeupStatus = Field(examples=["done"])
    makeup_note: str = Field(examples=["已观看会议录像并学习党章"])
    makeup_done_at: datetime | None = Field(examples=["2026-06-25T20:10:00+08:00"])


# ---- polls -------------------------------------------------------------------------------------


class PollCreate(Schema):
    question: str = Field(min_length=1, max_length=200, title="表决事项", examples=["是否同意开展“党员进社区”志愿服务"])
    options: Annotated[list[PollOption], Field(min_length=2, max_length=10)] | None = Field(
        None, title="选项", description="不填则为 同意 / 不同意 / 弃权", examples=[["同意", "不同意", "弃权"]])
    secret: bool = Field(False, title="无记名投票")
    resolution: bool = Field(False, title="决议事项", description="到会有表决权党员须超过应到的半数")


class QuorumOut(OutSchema):
    voting_members: int = Field(description="应到会有表决权的党员（正式党员）", examples=[10])
    present: int = Field(description="到会的有表决权党员", examples=[8])
    required: int = Field(description="超过半数所需人数", examples=[6])
    met: bool = Field(examples=[True])


class PollOut(OutSchema):
    id: int = Field(examples=[4])
    meeting_id: int = Field(examples=[12])
    question: str = Field(examples=["是否同意开展“党员进社区”志愿服务"])
    options: list[str] = Field(examples=[["同意", "不同意", "弃权"]])
    secret: bool = Field(examples=[False])
    resolution: bool = Field(examples=[True])
    is_open: bool = Field(examples=[False])
    votes_cast: int = Field(examples=[8])
    tally: list[int] | None = Field(None, description="记名投票实时公布；无记名投票仅在结束后公布", examples=[[7, 0, 1]])
    quorum: QuorumOut | None = None
    valid: bool | None = Field(None, examples=[True])
    passed: bool | None = Field(None, examples=[True])
    verdict: str = Field("", examples=["到会有表决权党员 8 人，超过应到 10 人的半数，表决有效；同意 7 票，决议通过"])
    closed_at: datetime | None = Field(None, examples=["2026-06-20T10:30:00+08:00"])


# ---- ledger and cadence ------------------------------------------------------------------------


class CadenceQuery(Schema):
    org_id: int = Field(title="组织", examples=[3])
    year: Year | None = Field(None, title="年度", description="不填为本年（服务器时区）", examples=[2026])


class LedgerQuery(Schema):
    org_id: int = Field(title="组织", examples=[3])
    year: Year | None = Field(None, title="年度", description="不填为本年（服务器时区）", examples=[2026])
    month: Annotated[int, Field(ge=1, le=12)] | None = Field(None, title="月份", description="不填为全年", examples=[6])


class CadencePeriod(OutSchema):
    period: str = Field(examples=["2026-03"])
    held: int = Field(examples=[0])
    status: Literal["ok", "missing", "due", "upcoming"] = Field(examples=["missing"])


class CadenceItem(OutSchema):
    meeting_type: MeetingType = Field(examples=["branch_committee"])
    label: str = Field(examples=["支部委员会"])
    rule: str = Field(examples=["一般每月召开 1 次"])
    org_id: int = Field(examples=[3])
    org_name: str = Field(examples=["财政局党支部"])
    periods: list[CadencePeriod]
    missing: list[str] = Field(examples=[["2026-03"]])


class CadenceBranch(OutSchema):
    org_id: int = Field(examples=[3])
    org_name: str = Field(examples=["财政局党支部"])
    items: list[CadenceItem]
    warnings: list[str] = Field(examples=[["3月未召开支部委员会"]])


class CadenceOut(OutSchema):
    year: int = Field(examples=[2026])
    branches: list[CadenceBranch]
    warning_count: int = Field(examples=[1])
