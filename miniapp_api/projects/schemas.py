"""Request and response schemas of projects."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import Field

from miniapp_api.projects.models import Stage
from server.core.schemas import Day, OutSchema, PageQuery, RowId, Schema

Title = Field(min_length=1, max_length=100, title="项目名称", examples=["红色物业暖民心"])


class IndicatorIn(Schema):
    name: str = Field(min_length=1, max_length=100, title="指标名称", examples=["解决群众急难愁盼问题"])
    unit: str = Field("", max_length=20, title="单位", examples=["件"])
    target: float = Field(gt=0, le=1e9, title="目标值", examples=[20])
    weight: float = Field(1, gt=0, le=100, title="权重", examples=[2])
    higher_is_better: bool = Field(True, title="越高越好", description="为否时实际值越低越好（如投诉件数）")


class ProjectCreate(Schema):
    org_id: int = Field(title="申报组织", examples=[5])
    title: str = Title
    goal: str = Field(min_length=1, max_length=2000, title="项目目标", examples=["一年内小区物业投诉下降一半"])
    measures: list[str] = Field(default_factory=list, max_length=30, title="主要举措", examples=[["党员认领楼栋", "每月议事会"]])
    indicators: list[IndicatorIn] = Field(min_length=1, max_length=20, title="考核指标")
    budget: Decimal = Field(Decimal(0), ge=0, le=Decimal("999999999.99"), decimal_places=2, title="预算（元）", examples=[20000])
    period_start: Day = Field(title="开始日期", examples=["2026-01-01"])
    period_end: Day = Field(title="结束日期", examples=["2026-12-31"])
    depends_on: list[RowId] = Field(default_factory=list, max_length=20, title="依赖项目", examples=[[]])
    leader_member_id: int | None = Field(None, title="领办人", description="本组织的党员；其为书记时即书记领办项目")
    previous_id: int | None = Field(None, title="上一轮项目", description="已结项的项目：其经验教训带入新一轮")


class PoolCreate(Schema):
    org_id: int = Field(title="发布组织", examples=[1])
    title: str = Title
    goal: str = Field(min_length=1, max_length=2000, title="项目目标")
    measures: list[str] = Field(default_factory=list, max_length=30, title="主要举措")
    indicators: list[IndicatorIn] = Field(min_length=1, max_length=20, title="考核指标")
    budget: Decimal = Field(Decimal(0), ge=0, le=Decimal("999999999.99"), decimal_places=2, title="预算（元）")
    period_start: Day = Field(title="开始日期", examples=["2026-01-01"])
    period_end: Day = Field(title="结束日期", examples=["2026-12-31"])


class ApproveIn(Schema):
    decision: Literal["approve", "return"] = Field(title="审批结果", examples=["approve"])
    reason: str = Field("", max_length=500, title="意见", description="退回时必填")


class MilestoneIn(Schema):
    title: str = Field(min_length=1, max_length=100, title="节点名称", examples=["完成楼栋党员认领"])
    note: str = Field("", max_length=2000, title="进展说明")
    done_on: Day = Field(title="完成日期", examples=["2026-03-01"])
    evidence: list[str] = Field(
        default_factory=list, max_length=20, title="证明材料", description="先上传到 /api/v1/evidence，再填其 token"
    )


class NoteIn(Schema):
    note: str = Field(min_length=1, max_length=2000, title="督导意见", examples=["请补充居民满意度调查"])


class ActualIn(Schema):
    indicator_id: int = Field(title="指标")
    actual: float = Field(ge=0, le=1e9, title="实际完成值")


class EvaluateIn(Schema):
    actuals: list[ActualIn] = Field(min_length=1, max_length=20, title="各指标实际完成值")
    comment: str = Field("", max_length=2000, title="评估意见")


class CloseIn(Schema):
    lessons: str = Field(min_length=1, max_length=4000, title="经验教训与改进措施", examples=["议事会要提前一周通知到户"])


class DependenciesIn(Schema):
    depends_on: list[RowId] = Field(max_length=20, title="依赖项目", examples=[[3]])


class ClaimIn(Schema):
    org_id: int = Field(title="认领组织", examples=[5])


class ProjectQuery(PageQuery):
    org_id: int | None = Field(None, title="组织", description="含下级组织")
    stage: Stage | None = Field(None, title="阶段")
    leader_member_id: int | None = Field(None, title="领办人")
    secretary_led: bool | None = Field(None, title="书记领办")


class PoolQuery(PageQuery):
    org_id: int | None = Field(None, title="认领组织", description="只列出该组织可认领的项目")


class IndicatorOut(OutSchema):
    id: int
    name: str
    unit: str
    target: float
    weight: float
    higher_is_better: bool
    actual: float | None
    score: float | None = Field(description="0–100，评估后给出")


class MilestoneOut(OutSchema):
    id: int
    title: str
    note: str
    done_on: date
    evidence: list[dict[str, object]] = Field(description="证明材料（token、文件名、类型、大小、下载地址）")
    created_at: datetime


class NoteOut(OutSchema):
    id: int
    note: str
    author_org_id: int
    created_at: datetime


class ProjectOut(OutSchema):
    id: int = Field(examples=[12])
    stage: str = Field(examples=["proposed"])
    stage_label: str = Field(examples=["待审批"])
    org_id: int
    org_name: str
    supervisor_org_id: int | None
    title: str
    goal: str
    measures: list[str]
    budget: float
    period_start: date
    period_end: date
    leader_member_id: int | None
    leader_name: str
    is_secretary_led: bool
    is_claimed: bool
    previous_id: int | None
    carried_lessons: str
    return_reason: str
    score: float | None
    grade: str
    grade_label: str
    lessons: str
    created_at: datetime


class ProjectDetail(ProjectOut):
    indicators: list[IndicatorOut]
    depends_on: list[int]
    milestones: list[MilestoneOut]
    notes: list[NoteOut]
    evaluation_comment: str
    can_supervise: bool = Field(description="当前用户是否为上级组织（可审批、督导、评估）")
