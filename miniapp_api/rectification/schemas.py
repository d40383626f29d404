"""Request and response schemas of rectification tickets."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from miniapp_api.rectification.models import Disposal, Followup, TicketStatus
from server.core.schemas import OutSchema, PageQuery, Schema

Action = Literal["verify", "start", "resolve", "callback", "close", "appeal", "decide_appeal"]
ACTIONS: tuple[str, ...] = ("verify", "start", "resolve", "callback", "close", "appeal", "decide_appeal")
DeadlineState = Literal["ok", "due_soon", "overdue", "paused", "done"]

_T_CREATED = "2026-11-23T09:30:00+08:00"


class TicketFilter(Schema):
    org_id: int | None = Field(None, title="组织（含下级）", examples=[3])
    status: TicketStatus | None = Field(None, title="状态")
    source_type: Annotated[str, Field(max_length=30)] | None = Field(None, title="来源类型", examples=["rating"])
    overdue: bool | None = Field(None, title="只看超期")
    escalated: bool | None = Field(None, title="只看督办", description="只看已提请上级督办的工单")
    q: Annotated[str, Field(max_length=50)] | None = Field(
        None, title="搜索", description="在事项（含服务点名称）和内容中查找，不区分大小写", examples=["综合受理窗口"]
    )


class TicketQuery(TicketFilter, PageQuery):
    pass


class TicketExportQuery(TicketFilter):
    pass


class ActionIn(Schema):
    action: Action = Field(title="操作", examples=["verify"])
    note: Annotated[str, Field(max_length=1000)] = Field("", title="说明", examples=["已核实，情况属实"])
    disposal: Disposal | None = Field(
        None, title="处置方式", description="verify 时必填：立行立改 / 限期整改 / 解释说明", examples=["deadline"]
    )
    satisfaction: Followup | None = Field(
        None, title="回访结果", description="callback（待回访状态）时可填：回访结果", examples=[None]
    )
    upheld: bool | None = Field(None, title="申诉是否成立", description="decide_appeal 时必填：申诉是否成立", examples=[None])


class EventOut(OutSchema):
    id: int = Field(examples=[1])
    action: str = Field(examples=["verify"])
    action_label: str = Field(examples=["核实"])
    from_status: str = Field(examples=["pending"])
    to_status: str = Field(examples=["rectifying"])
    actor_role: str = Field(examples=["org_admin"])
    actor_name: str = Field(examples=["王书记"])
    note: str = Field(examples=["已核实，情况属实"])
    detail: dict[str, Any] = Field(examples=[{"disposal": "deadline"}])
    created_at: datetime = Field(examples=["2026-11-23T14:05:00+08:00"])


class TicketOut(OutSchema):
    id: int = Field(examples=[12])
    source_type: str = Field(examples=["rating"])
    source_id: int = Field(examples=[3057])
    org_id: int = Field(examples=[3])
    org_name: str = Field("", examples=["政务服务中心党支部"])
    title: str = Field(examples=["综合受理窗口：不满意"])
    summary: str = Field(examples=["评分：不满意（2）；标签：办事拖沓；留言：排队一个多小时没人管"])
    status: TicketStatus
    status_label: str = Field(examples=["待核实"])
    disposal: Disposal | None = Field(examples=[None])
    disposal_label: str | None = Field(examples=[None])
    is_named: bool = Field(examples=[True])
    contact_masked: str = Field(examples=["138****8000"])
    created_at: datetime = Field(examples=[_T_CREATED])
    verify_due_at: datetime = Field(description="核实回访时限（该时刻之前）", examples=["2026-11-25T00:00:00+08:00"])
    rectify_due_at: datetime = Field(description="整改时限（该时刻之前）", examples=["2026-12-01T00:00:00+08:00"])
    verified_at: datetime | None = Field(examples=[None])
    called_back_at: datetime | None = Field(examples=[None])
    resolved_at: datetime | None = Field(examples=[None])
    closed_at: datetime | None = Field(examples=[None])
    resolution: str = Field(examples=[""])
    is_overdue: bool = Field(examples=[False])
    overdue_stage: str = Field(description="超期阶段：verify / rectify，未超期为空", examples=[""])
    escalated_to_id: int | None = Field(examples=[None])
    escalated_to_name: str | None = Field(None, examples=[None])
    appeal_result: str = Field(description="申诉结果：upheld / rejected，未申诉为空", examples=[""])
    followup_result: Followup | None = Field(examples=[None])
    followup_label: str | None = Field(examples=[None])
    followup_by: str = Field(description="整改评价来自：source（评价人）/ admin（回访），尚无为空", examples=[""])
    deadline_state: DeadlineState = Field(examples=["ok"])
    allowed_actions: list[str] = Field(default_factory=list, examples=[["verify", "callback", "appeal"]])


class TicketDetail(TicketOut):
    events: list[EventOut] = Field(default_factory=list)


class ContactOut(OutSchema):
    ticket_id: int = Field(examples=[12])
    phone: str | None = Field(examples=["13800138000"])
