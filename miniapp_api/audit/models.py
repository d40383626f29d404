"""Tortoise model of the audit log."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AuditEntry(Model):
    """Who did what to which record, when and from where. Append-only."""

    id = fields.BigIntField(primary_key=True)
    actor_user_id = fields.IntField(null=True, db_index=True)
    actor_role = fields.CharField(max_length=20, default="")
    action = fields.CharField(max_length=64, db_index=True)
    target_type = fields.CharField(max_length=32)
    target_id = fields.CharField(max_length=64, default="")
    org_id = fields.IntField(null=True)
    detail: fields.Field[dict] = fields.JSONField(default=dict)
    ip = fields.CharField(max_length=64, default="")
    request_id = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "audit_entry"
        # newest first within a time window, and an org's newest first (it also serves the count by org; the org_id
        # index it replaces walked 3,000 pages at 10 million entries; bench/bench_explain.py)
        indexes = (("created_at", "id"), ("org_id", "created_at", "id"))
