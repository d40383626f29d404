"""Tortoise models of the assessment domain: versioned indicator sets, periods, runs and their per-org results."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class PeriodStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Colour(StrEnum):
    RED_FLAG = "red_flag"  # 流动红旗
    YELLOW = "yellow"  # 黄色预警
    NORMAL = "normal"


class IndicatorSet(Model):
    """One version of the 12 indicators (weights, targets) and the colour rules; frozen once a period uses it."""

    id = fields.IntField(primary_key=True)
    version = fields.IntField(unique=True)
    name = fields.CharField(max_length=100)
    indicators: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)
    rules: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "assessment_indicator_set"


class Period(Model):
    """A month ("2026-09") or quarter ("2026-Q3"), scored with the set in force when it was opened."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=10, unique=True)
    kind = fields.CharField(max_length=10)  # month | quarter
    first_day = fields.DateField()
    last_day = fields.DateField()
    indicator_set: fields.ForeignKeyRelation[IndicatorSet] = fields.ForeignKeyField(
        "models.IndicatorSet", related_name="periods", on_delete=fields.RESTRICT
    )
    indicator_set_id: int
    status = fields.CharEnumField(PeriodStatus, max_length=10, default=PeriodStatus.OPEN)
    opened_at = fields.DatetimeField()
    closed_at = fields.DatetimeField(null=True)
    closed_by_id = fields.IntField(null=True)

    class Meta:
        table = "assessment_period"


class Run(Model):
    """One computation of every indicator for every org of a subtree in a period."""

    id = fields.IntField(primary_key=True)
    period: fields.ForeignKeyRelation[Period] = fields.ForeignKeyField(
        "models.Period", related_name="runs", on_delete=fields.CASCADE
    )
    period_id: int
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="assessment_runs", on_delete=fields.RESTRICT
    )
    org_id: int
    status = fields.CharField(max_length=10, default="done")
    sources: fields.Field[list[str]] = fields.JSONField(default=list)  # indicator keys that had a source
    until = fields.DateField(null=True)  # the last day counted: the period's, or today's while it is in progress
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "assessment_run"
        indexes = (("period_id", "org_id"),)


class Result(Model):
    """One org's outcome in a run: the 12 values with their inputs, scores, rank and colour."""

    id = fields.IntField(primary_key=True)
    run: fields.ForeignKeyRelation[Run] = fields.ForeignKeyField("models.Run", related_name="results", on_delete=fields.CASCADE)
    run_id: int
    period_id = fields.IntField(db_index=True)
    org_id = fields.IntField(db_index=True)
    org_name = fields.CharField(max_length=100)
    parent_id = fields.IntField(null=True)
    total = fields.FloatField(null=True)  # null: no indicator had data
    rank = fields.IntField(null=True)  # among siblings in the run
    siblings = fields.IntField(default=1)
    meets_standard = fields.BooleanField(default=False)
    colour = fields.CharEnumField(Colour, max_length=10, default=Colour.NORMAL)
    reasons: fields.Field[list[str]] = fields.JSONField(default=list)  # why the colour (Chinese)
    reward = fields.DecimalField(max_digits=10, decimal_places=2, default=0)  # 党建经费奖励 of a red flag
    dimensions: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)  # dimension → score | null
    indicators: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)
    ticket_id = fields.IntField(null=True)  # the 黄色预警 ticket, opened when the period is closed
    escalated_to_id = fields.IntField(null=True)  # a second consecutive warning → the parent org (督办)
    interview: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)  # 诫勉谈话: who, when, notes

    class Meta:
        table = "assessment_result"
        indexes = (("run_id", "org_id"),)
