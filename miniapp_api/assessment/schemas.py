"""Request and response schemas of the assessment."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from server.core.schemas import Day, PageQuery, Schema

ColourName = Literal["red_flag", "yellow", "normal"]


class IndicatorIn(Schema):
    key: str = Field(max_length=60, title="指标键")
    name: str = Field(min_length=1, max_length=40, title="指标名称")
    dimension: Literal["组织建设", "队伍管理", "服务效能"] = Field(title="维度")
    formula: str = Field("", max_length=200, title="计算公式")
    source: str = Field("", max_length=100, title="数据来源")
    target: float = Field(gt=0, le=1, title="目标值")
    weight: float = Field(gt=0, le=100, title="权重（%）")


class RulesIn(Schema):
    standard_score: float = Field(85.0, ge=0, le=100, title="达标总分")
    dimension_floor: float = Field(60.0, ge=0, le=100, title="达标时各维度最低分")
    yellow_total_below: float = Field(60.0, ge=0, le=100, title="黄色预警总分线")
    yellow_dimension_below: float = Field(60.0, ge=0, le=100, title="黄色预警维度分线")
    yellow_last_among_siblings: bool = Field(True, title="同级末位预警")
    min_siblings_for_last: int = Field(3, ge=2, le=1000, title="末位预警最少同级数")
    red_flag_reward: float = Field(2000.0, ge=0, le=10_000_000, title="流动红旗经费奖励（元）")
    improvement_factor: float = Field(0.5, ge=0, le=10, title="提升幅度系数")
    improvement_cap: float = Field(10.0, ge=0, le=100, title="提升幅度加分上限")
    rank_gain_points: float = Field(1.0, ge=0, le=100, title="进步点位每位加分")
    rank_gain_cap: float = Field(3.0, ge=0, le=100, title="进步点位加分上限")
    deadline_working_days: int = Field(15, ge=1, le=120, title="限期整改工作日")


class SetCreate(Schema):
    name: str = Field(min_length=1, max_length=100, title="版本名称")
    indicators: list[IndicatorIn] = Field(min_length=12, max_length=12, title="指标")
    rules: RulesIn = Field(default_factory=RulesIn, title="预警规则")


class SetOut(BaseModel):
    id: int
    version: int
    name: str
    indicators: list[dict[str, Any]]
    rules: dict[str, Any]
    in_use: bool
    created_at: datetime


class RunCreate(Schema):
    org_id: int = Field(ge=1, title="组织")
    period: str = Field(min_length=7, max_length=7, title="周期", examples=["2026-Q3"])


class RunCreated(BaseModel):
    id: int
    status: str


class IndicatorOut(BaseModel):
    key: str
    name: str
    dimension: str
    value: float | None
    numerator: float | None
    denominator: float | None
    target: float
    weight: float
    score: float | None
    level: float | None = None
    improvement: float | None = None
    previous: float | None = None
    refs: list[int] = []
    detail: str = ""


class ResultOut(BaseModel):
    id: int
    org_id: int
    org_name: str
    parent_id: int | None
    colour: ColourName
    total: float | None
    rank: int | None
    siblings: int
    meets_standard: bool
    reasons: list[str]
    reward: float
    dimensions: dict[str, float | None]
    ticket_id: int | None
    escalated_to_id: int | None
    interview: dict[str, Any]
    indicators: list[IndicatorOut]


class RunOut(BaseModel):
    id: int
    status: str
    period: str
    period_status: str
    org_id: int
    org_name: str
    indicator_set_version: int
    created_at: datetime
    until: date | None  # the last day counted (today's while the period is in progress)
    results: list[ResultOut]


class RunSummary(BaseModel):
    id: int
    status: str
    period: str
    org_id: int
    org_name: str
    created_at: datetime


class RunQuery(PageQuery):
    org_id: int | None = Field(None, ge=1, title="组织")
    period: str | None = Field(None, max_length=7, title="周期")


class PeriodOut(BaseModel):
    id: int
    key: str
    kind: str
    first_day: date
    last_day: date
    status: str
    indicator_set_version: int
    opened_at: datetime
    closed_at: datetime | None


class PeriodClosedOut(PeriodOut):
    warnings: int
    tickets_opened: int
    escalated: int
    red_flags: int


class HistoryPoint(BaseModel):
    period: str
    period_status: str
    run_id: int
    total: float | None
    rank: int | None
    colour: ColourName
    dimensions: dict[str, float | None]
    values: dict[str, float | None]
    ticket_id: int | None


class HistoryOut(BaseModel):
    org_id: int
    org_name: str
    points: list[HistoryPoint]


class WarningQuery(Schema):
    org_id: int | None = Field(None, ge=1, title="组织")


class WarningOut(BaseModel):
    org_id: int
    org_name: str
    kind: str
    message: str
    since: date | None
    refs: list[int]


class InterviewIn(Schema):
    interviewer: str = Field(min_length=1, max_length=50, title="谈话人")
    held_on: Day = Field(title="谈话日期")
    notes: str = Field(min_length=1, max_length=2000, title="谈话记录")


class MyResultOut(BaseModel):
    """What a member sees of their own branch: no ranking."""

    period: str
    org_id: int
    org_name: str
    colour: ColourName
    total: float | None
    dimensions: dict[str, float | None]
    indicators: list[IndicatorOut]
