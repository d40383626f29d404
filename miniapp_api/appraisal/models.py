"""Tortoise models of 民主评议党员: a round per org and year, self-assessments, mutual ratings and results."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class RoundStatus(StrEnum):
    OPEN = "open"  # 自评、互评进行中
    PROPOSED = "proposed"  # 支委会已提出评定意见
    CONFIRMED = "confirmed"  # 支部党员大会已确认


class Grade(StrEnum):
    EXCELLENT = "excellent"  # 优秀
    QUALIFIED = "qualified"  # 合格
    BASIC = "basic"  # 基本合格
    UNQUALIFIED = "unqualified"  # 不合格


GRADE_LABELS = {Grade.EXCELLENT: "优秀", Grade.QUALIFIED: "合格", Grade.BASIC: "基本合格", Grade.UNQUALIFIED: "不合格"}
ROUND_LABELS = {RoundStatus.OPEN: "自评互评中", RoundStatus.PROPOSED: "待党员大会确认", RoundStatus.CONFIRMED: "已确认"}


class AppraisalRound(Model):
    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Organization", related_name="appraisal_rounds", on_delete=fields.RESTRICT
    )
    org_id: int
    year = fields.IntField()
    status = fields.CharEnumField(RoundStatus, max_length=16, default=RoundStatus.OPEN)
    opened_at = fields.DatetimeField()
    proposed_at = fields.DatetimeField(null=True)
    confirmed_at = fields.DatetimeField(null=True)
    meeting_note = fields.TextField(default="")  # the 支部党员大会 that confirmed (date, attendance)

    class Meta:
        table = "appraisal_round"
        unique_together = (("org", "year"),)


class AppraisalEntry(Model):
    """One member in one round: self-assessment, the grades received from peers, proposed and confirmed grade."""

    id = fields.IntField(primary_key=True)
    round: fields.ForeignKeyRelation[AppraisalRound] = fields.ForeignKeyField(
        "models.AppraisalRound", related_name="entries", on_delete=fields.CASCADE
    )
    round_id: int
    member: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Member", related_name="appraisals", on_delete=fields.RESTRICT
    )
    member_id: int
    self_assessment = fields.TextField(default="")
    self_submitted_at = fields.DatetimeField(null=True)
    proposed_grade = fields.CharEnumField(Grade, max_length=16, null=True)
    final_grade = fields.CharEnumField(Grade, max_length=16, null=True)
    followup_note = fields.TextField(default="")
    followup_due = fields.DateField(null=True)

    class Meta:
        table = "appraisal_entry"
        unique_together = (("round", "member"),)


class PeerRating(Model):
    """互评: one member's grade for another in a round (one per pair; who rated whom is never shown)."""

    id = fields.IntField(primary_key=True)
    round: fields.ForeignKeyRelation[AppraisalRound] = fields.ForeignKeyField(
        "models.AppraisalRound", related_name="ratings", on_delete=fields.CASCADE
    )
    round_id: int
    rater_id = fields.IntField()
    ratee_id = fields.IntField()
    grade = fields.CharEnumField(Grade, max_length=16)
    created_at = fields.DatetimeField()

    class Meta:
        table = "appraisal_peer_rating"
        unique_together = (("round", "rater_id", "ratee_id"),)
