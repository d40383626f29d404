"""Tortoise models of 发展党员: the append-only log of the steps an applicant has gone through."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class DevelopmentEntry(Model):
    """One step done, as recorded: never updated or deleted. A correction is a new entry that names the one it
    replaces (`corrects`); the replaced entry stays in the history."""

    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "models.Member", related_name="development_entries", on_delete=fields.RESTRICT
    )
    member_id: int
    org_id = fields.IntField()  # the member's org when the step was recorded (transfers keep the history)
    key = fields.CharField(max_length=32)
    done_at = fields.DateField()
    note = fields.TextField(default="")
    evidence: fields.Field[list] = fields.JSONField(default=list)  # evidence tokens
    data: fields.Field[dict] = fields.JSONField(default=dict)  # step-specific facts (vote counts, hours, people)
    corrects_id = fields.IntField(null=True)  # the entry of the same person this one replaces
    actor_user_id = fields.IntField(null=True)
    actor_name = fields.CharField(max_length=50, default="")
    created_at = fields.DatetimeField()

    class Meta:
        table = "development_entry"
        indexes = (("member_id", "key"),)
