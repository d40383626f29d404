"""Tortoise models of 组织关系转接: one row per transfer, with its state and the 介绍信 data for outside moves."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class TransferStatus(StrEnum):
    REQUESTED = "requested"  # 待转出组织审批
    APPROVED = "approved"  # 已转出审批，待接收组织接收（平台外：介绍信已开具）
    ACCEPTED = "accepted"  # 已接收，党员已转入
    REJECTED = "rejected"  # 转出组织不同意或接收组织退回
    CANCELLED = "cancelled"


STATUS_LABELS = {
    TransferStatus.REQUESTED: "待转出审批",
    TransferStatus.APPROVED: "待接收",
    TransferStatus.ACCEPTED: "已转入",
    TransferStatus.REJECTED: "已退回",
    TransferStatus.CANCELLED: "已撤销",
}
OPEN_STATUSES = (TransferStatus.REQUESTED, TransferStatus.APPROVED)


class Transfer(Model):
    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Member", related_name="transfers", on_delete=fields.RESTRICT
    )
    member_id: int
    from_org: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Organization", related_name="transfers_out", on_delete=fields.RESTRICT
    )
    from_org_id: int
    to_org: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.Organization", related_name="transfers_in", null=True, on_delete=fields.RESTRICT
    )
    to_org_id: int | None
    is_outside = fields.BooleanField(default=False)
    letter: fields.Field[dict] = fields.JSONField(default=dict)  # 介绍信 data for a move outside the platform
    letter_no = fields.CharField(max_length=32, default="")
    reason = fields.CharField(max_length=200, default="")
    status = fields.CharEnumField(TransferStatus, max_length=16, default=TransferStatus.REQUESTED)
    note = fields.TextField(default="")
    requested_by = fields.IntField(null=True)
    requested_at = fields.DatetimeField()
    approved_by = fields.IntField(null=True)
    approved_at = fields.DatetimeField(null=True)
    accepted_by = fields.IntField(null=True)
    accepted_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "member_transfer"
        indexes = (("member_id", "status"), ("from_org_id", "status"), ("to_org_id", "status"))
