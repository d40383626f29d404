"""Tortoise models of 党务公开: per-kind due rules (overrides of the defaults) and the items each org must publish."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from miniapp_api.orgs.models import Organization


class DueRule(StrEnum):
    QUARTERLY = "quarterly"  # one item every quarter, due `days` days after the quarter begins
    EVENT = "event"  # one item per event, due `days` days after the event


class ItemStatus(StrEnum):
    DUE = "due"  # registered, not yet published
    PUBLISHED = "published"


class DisclosureKind(Model):
    """A kind of item with its due rule; the built-in kinds are rows too (created on first use)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=40)
    rule = fields.CharEnumField(DueRule, max_length=10)
    days = fields.IntField()
    is_active = fields.BooleanField(default=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "disclosure_kind"


class DisclosureItem(Model):
    """One item an org must publish (a quarter's regular item or an event's), and once published what it said."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="disclosure_items", on_delete=fields.RESTRICT
    )
    org_id: int
    kind = fields.CharField(max_length=40)
    period_key = fields.CharField(max_length=20)  # "2026-Q3" for a quarterly item, "e<random>" for an event's
    title = fields.CharField(max_length=100)
    event_on = fields.DateField(null=True)
    due_on = fields.DateField()
    status = fields.CharEnumField(ItemStatus, max_length=10, default=ItemStatus.DUE)
    body = fields.TextField(default="")
    evidence_token = fields.CharField(max_length=32, null=True)
    published_at = fields.DatetimeField(null=True)
    published_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "disclosure_item"
        unique_together = (("org", "kind", "period_key"),)
        indexes = (("org_id", "due_on"),)
