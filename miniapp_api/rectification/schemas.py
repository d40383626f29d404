"""Request and response schemas of rectification tickets."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from miniapp_api.rectification.models import Disposal, Followup, TicketStatus
from server.core.schemas import OutSchema, PageQuery, Schema

Action = Literal["verify", "start", "resolve", "callback", "close", "appeal", "decide_appeal"]
ACTIONS: tuple[str, ...] = ("verify", "start", "resolve", "callback", "close", "appeal", "decide_appeal")


class TicketQuery(PageQuery):
    org_id: int | None = None
    status: TicketStatus | None = None
    source_type: Annotated[str, Field(max_length=30)] | None = None
    overdue: bool | None = None
    escalated: bool | None = Field(None, description="只看已提请上级督办的工单")


class ActionIn(Schema):
    action: Action
    note: Annotated[str, Field(max_length=1000)] = ""
    disposal: Disposal | None = Field(None, description="verify 时必填：立行立改 / 限期整改 / 解释说明")
    satisfaction: Followup | None = Field(None, description="callback 时可填：回访结果")
    upheld: bool | None = Field(None, description="decide_appeal 时必填：申诉是否成立")


class EventOut(OutSchema):
    id: int
    action: str
    action_label: str
    from_status: str
    to_status: str
    actor_role: str
    actor_name: str
    note: str
    detail: dict[str, Any]
    created_at: datetime


class TicketOut(OutSchema):
    id: int
    source_type: str
    source_id: int
    org_id: int
    org_name: str = ""
    title: str
    summary: str
    status: TicketStatus
    status_label: str
    disposal: Disposal | None
    disposal_label: str | None
    is_named: bool
    contact_masked: str
    created_at: datetime
    verify_due_at: datetime
    rectify_due_at: datetime
    verified_at: datetime | None
    called_back_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    resolution: str
    is_overdue: bool
    overdue_stage: str
    escalated_to_id: int | None
    escalated_to_name: str | None = None
    appeal_result: str
    followup_result: Followup | None
    followup_label: str | None
    followup_by: str
    deadline_state: Literal["ok", "due_soon", "overdue", "paused", "done"]
    allowed_actions: list[str] = Field(default_factory=list)


class TicketDetail(TicketOut):
    events: list[EventOut] = Field(default_factory=list)


class ContactOut(OutSchema):
    ticket_id: int
    phone: str | None
