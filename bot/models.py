"""Tortoise models of the bot: feedback on answers and the questions it could not answer."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Feedback(Model):
    """👍/👎 on one answer, with an optional reason."""

    id = fields.IntField(primary_key=True)
    conversation_id = fields.CharField(max_length=64, default="", db_index=True)
    question = fields.CharField(max_length=500)
    answer = fields.TextField(default="")
    helpful = fields.BooleanField()
    reason = fields.CharField(max_length=500, default="")
    citations: fields.Field[list] = fields.JSONField(default=list)
    user_id = fields.IntField(null=True)
    org_id = fields.IntField(null=True, db_index=True)  # the asker's org: its subtree's admins see it (None: superadmin only)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "bot_feedback"


class UnansweredQuestion(Model):
    """A question the bot abstained on, for the knowledge-base admin to review."""

    id = fields.IntField(primary_key=True)
    question = fields.CharField(max_length=500)
    query = fields.CharField(max_length=1000, default="")
    reason = fields.CharField(max_length=64, default="")
    confidence = fields.FloatField(default=0.0)
    conversation_id = fields.CharField(max_length=64, default="")
    user_id = fields.IntField(null=True)
    org_id = fields.IntField(null=True, db_index=True)  # the asker's org: its subtree's admins see it (None: superadmin only)
    resolved = fields.BooleanField(default=False, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "bot_unanswered_question"
