"""Tortoise models of 志愿服务: activities and each member's participation in one."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from miniapp_api.orgs.models import Member, Organization


class VolunteerActivity(Model):
    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="volunteer_activities", on_delete=fields.RESTRICT
    )
    org_id: int
    title = fields.CharField(max_length=100)
    place = fields.CharField(max_length=100, default="")
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    hours = fields.DecimalField(max_digits=4, decimal_places=1)  # the default hours credited per participant
    created_by_user_id = fields.IntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "volunteer_activity"
        indexes = (("org_id", "starts_at"),)


class VolunteerRecord(Model):
    """One member at one activity: signed in with the code (or added by the admin), hours once confirmed."""

    id = fields.IntField(primary_key=True)
    activity: fields.ForeignKeyRelation[VolunteerActivity] = fields.ForeignKeyField(
        "models.VolunteerActivity", related_name="records", on_delete=fields.CASCADE
    )
    activity_id: int
    member: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="volunteer_records", on_delete=fields.RESTRICT
    )
    member_id: int
    signed_in_at = fields.DatetimeField(null=True)
    hours = fields.DecimalField(max_digits=4, decimal_places=1, null=True)
    confirmed_at = fields.DatetimeField(null=True)
    confirmed_by_user_id = fields.IntField(null=True)

    class Meta:
        table = "volunteer_record"
        unique_together = (("activity", "member"),)
