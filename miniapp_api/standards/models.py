"""Tortoise models of 标准化建设: the checklist items per org kind and each org's assessments of them."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from miniapp_api.orgs.models import Organization, OrgKind


class AssessmentStatus(StrEnum):
    PENDING = "pending"  # self-assessed, waiting for the parent org
    CONFIRMED = "confirmed"
    RETURNED = "returned"  # sent back by the parent org; the org assesses again


class StandardItem(Model):
    """One checklist item of one org kind (组织设置, 班子建设, 阵地建设, 制度落实…)."""

    id = fields.IntField(primary_key=True)
    org_kind = fields.CharEnumField(OrgKind, max_length=20)
    code = fields.CharField(max_length=40)
    name = fields.CharField(max_length=40)
    description = fields.CharField(max_length=500, default="")
    position = fields.IntField(default=0)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "standard_item"
        unique_together = (("org_kind", "code"),)


class StandardAssessment(Model):
    """One self-assessment of one item by one org, and the parent's decision on it (a return is followed by a new row)."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="standard_assessments", on_delete=fields.RESTRICT
    )
    org_id: int
    item: fields.ForeignKeyRelation[StandardItem] = fields.ForeignKeyField(
        "models.StandardItem", related_name="assessments", on_delete=fields.RESTRICT
    )
    item_id: int
    status = fields.CharEnumField(AssessmentStatus, max_length=10, default=AssessmentStatus.PENDING)
    is_compliant = fields.BooleanField()
    note = fields.CharField(max_length=1000, default="")
    evidence: fields.Field[list] = fields.JSONField(default=list)  # evidence file tokens
    submitted_at = fields.DatetimeField()
    submitted_by_user_id = fields.IntField()
    reviewed_at = fields.DatetimeField(null=True)
    reviewed_by_user_id = fields.IntField(null=True)
    review_note = fields.CharField(max_length=500, default="")

    class Meta:
        table = "standard_assessment"
        indexes = (("org_id", "item_id"),)
