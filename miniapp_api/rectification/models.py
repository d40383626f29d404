"""Tortoise models of the rectification domain: tickets (整改工单) and their transition log."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class TicketStatus(StrEnum):
    PENDING = "pending"  # 待核实
    RECTIFYING = "rectifying"  # 整改中
    CALLBACK = "callback"  # 待回访
    CLOSED = "closed"  # 已办结
    APPEALING = "appealing"  # 申诉中


STATUS_LABELS = {
    TicketStatus.PENDING: "待核实",
    TicketStatus.RECTIFYING: "整改中",
    TicketStatus.CALLBACK: "待回访",
    TicketStatus.CLOSED: "已办结",
    TicketStatus.APPEALING: "申诉中",
}


class Disposal(StrEnum):
    IMMEDIATE = "immediate"  # 立行立改
    DEADLINE = "deadline"  # 限期整改
    EXPLAIN = "explain"  # 解释说明


DISPOSAL_LABELS = {Disposal.IMMEDIATE: "立行立改", Disposal.DEADLINE: "限期整改", Disposal.EXPLAIN: "解释说明"}


class Followup(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASIC = "basic"  # 基本满意
    UNSATISFIED = "unsatisfied"  # 不满意


FOLLOWUP_LABELS = {Followup.SATISFIED: "满意", Followup.BASIC: "基本满意", Followup.UNSATISFIED: "不满意"}


class Ticket(Model):
    """A rectification ticket opened by some source (a 差评 rating today, an assessment warning later)."""

    id = fields.IntField(primary_key=True)
    source_type = fields.CharField(max_length=30)
    source_id = fields.BigIntField()
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="tickets", on_delete=fields.RESTRICT
    )
    org_id: int
    title = fields.CharField(max_length=200)
    summary = fields.TextField(default="")
    status = fields.CharEnumField(TicketStatus, max_length=20, default=TicketStatus.PENDING)
    disposal = fields.CharEnumField(Disposal, max_length=20, null=True)
    is_named = fields.BooleanField(default=False)  # 实名: the source left a contact to call back
    contact_masked = fields.CharField(max_length=20, default="")
    created_at = fields.DatetimeField()
    verify_due_at = fields.DatetimeField()
    rectify_due_at = fields.DatetimeField()
    verified_at = fields.DatetimeField(null=True)
    called_back_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    resolution = fields.TextField(default="")
    is_overdue = fields.BooleanField(default=False)
    overdue_stage = fields.CharField(max_length=10, default="")  # "" | verify | rectify
    escalated_to: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Organization", related_name="supervised_tickets", null=True, on_delete=fields.SET_NULL
    )
    escalated_to_id: int | None
    escalated_at = fields.DatetimeField(null=True)
    appeal_prev_status = fields.CharField(max_length=20, default="")
    appeal_result = fields.CharField(max_length=10, default="")  # "" | upheld | rejected
    followup_result = fields.CharEnumField(Followup, max_length=20, null=True)
    followup_by = fields.CharField(max_length=10, default="")  # "" | source | admin
    followup_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "rectification_ticket"
        unique_together = (("source_type", "source_id"),)
        indexes = (("org_id", "status"), ("status", "rectify_due_at"))


class TicketEvent(Model):
    """One transition or note on a ticket: who, when, what, why. Never edited, never deleted."""

    id = fields.IntField(primary_key=True)
    ticket: fields.ForeignKeyRelation[Ticket] = fields.ForeignKeyField(
        "models.Ticket", related_name="events", on_delete=fields.CASCADE
    )
    ticket_id: int
    action = fields.CharField(max_length=20)
    from_status = fields.CharField(max_length=20, default="")
    to_status = fields.CharField(max_length=20, default="")
    actor_user_id = fields.IntField(null=True)
    actor_role = fields.CharField(max_length=20, default="system")
    actor_name = fields.CharField(max_length=50, default="")
    actor_org_id = fields.IntField(null=True)
    note = fields.TextField(default="")
    detail: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()

    class Meta:
        table = "rectification_event"
        indexes = (("ticket_id", "id"),)
