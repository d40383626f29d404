"""Request and response schemas of 发展党员."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field, model_validator

from miniapp_api.development.rules import STEP_KEYS
from server.core.schemas import Day, OutSchema, Schema

StepKey = Literal[STEP_KEYS]  # type: ignore[valid-type]


class VoteIn(Schema):
    """A 支部党员大会 resolution (细则第十九条、第二十条): counts of those entitled to vote."""

    eligible: int = Field(ge=1, le=100000, title="应到会有表决权的党员人数")
    present: int = Field(ge=0, le=100000, title="实到会有表决权的党员人数")
    in_favour: int = Field(ge=0, le=100000, title="赞成票（含会前书面意见）")
    against: int = Field(0, ge=0, le=100000, title="反对票")
    abstain: int = Field(0, ge=0, le=100000, title="弃权票")


class StepIn(Schema):
    key: StepKey = Field(title="步骤", examples=["talk"])
    done_at: Day = Field(title="完成日期（本地日期）", examples=["2026-06-01"])
    note: str = Field("", max_length=1000, title="说明")
    evidence: list[str] = Field(default_factory=list, max_length=10, title="证明材料（evidence token）")
    contact_ids: list[int] = Field(default_factory=list, max_length=2, title="培养联系人（党员 id）")
    sponsor_ids: list[int] = Field(default_factory=list, max_length=2, title="入党介绍人（党员 id）")
    hours: float | None = Field(None, ge=0, le=1000, title="培训学时")
    days: int | None = Field(None, ge=0, le=365, title="培训天数")
    publicity_end: Day | None = Field(None, title="公示截止日期")
    months: int | None = Field(None, ge=1, le=24, title="延长预备期月数")
    vote: VoteIn | None = Field(None, title="表决结果")
    poll_id: int | None = Field(
        None, ge=1, title="三会一课会议室中已结束的决议表决（无记名投票）", description="给出时表决人数取自该表决，不必填写 vote"
    )
    corrects: int | None = Field(None, ge=1, title="更正的记录 id（更正作为新记录保存，原记录保留）")

    @model_validator(mode="after")
    def _publicity_after_start(self) -> StepIn:
        if self.publicity_end is not None and self.publicity_end < self.done_at:
            raise ValueError("公示截止日期不能早于开始日期")
        return self


class StepOut(OutSchema):
    key: str
    name: str
    done_at: date | None
    due: date | None


class DevelopmentOut(OutSchema):
    stage: str = Field(examples=["activist"])
    steps: list[StepOut]


class EntryOut(OutSchema):
    id: int
    key: str
    name: str
    article: str
    done_at: date
    note: str
    evidence: list[str]
    data: dict[str, object]
    corrects_id: int | None
    is_corrected: bool
    actor_name: str
    created_at: datetime


class HistoryOut(OutSchema):
    member_id: int
    name: str
    org_name: str
    stage: str
    stage_label: str
    entries: list[EntryOut]


class ApplicantOut(OutSchema):
    member_id: int
    name: str
    org_id: int
    org_name: str
    stage: str
    stage_label: str
    last_step: str
    last_done_at: date | None
    next_due: list[dict[str, object]]  # [{"key","name","due","overdue"}]


class ApplicantQuery(Schema):
    stage: Literal["applicant", "activist", "candidate", "probationary"] | None = Field(None, title="阶段")
