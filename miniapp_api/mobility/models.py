"""Tortoise models of 流动党员: an outflow record per stay elsewhere, and the contacts kept with the member."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class FlowStatus(StrEnum):
    AWAY = "away"  # working elsewhere
    RETURNED = "returned"


class ContactChannel(StrEnum):
    PHONE = "phone"
    WECHAT = "wechat"
    VISIT = "visit"
    SELF = "self"  # the member checked in from the mini-program
    ACTIVITY = "activity"  # took part in the receiving branch's activity


class MobilityRecord(Model):
    """A member of ``home_org`` working elsewhere since ``since``. The home branch keeps the record (组织关系一方隶属);
    ``receiving_org`` is the 流入地 branch on the platform, if any (参加多重组织生活)."""

    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Member", related_name="mobility", on_delete=fields.RESTRICT
    )
    member_id: int
    home_org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="outflows", on_delete=fields.RESTRICT
    )
    home_org_id: int
    receiving_org: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Organization", related_name="inflows", null=True, on_delete=fields.RESTRICT
    )
    receiving_org_id: int | None
    destination = fields.CharField(max_length=100)  # where (city, employer)
    since = fields.DateField()
    contact = fields.CharField(max_length=50)  # phone or WeChat id: shown masked in lists
    certificate_no = fields.CharField(max_length=40, default="")  # 流动党员活动证 number: masked in lists
    note = fields.CharField(max_length=200, default="")
    status = fields.CharEnumField(FlowStatus, max_length=10, default=FlowStatus.AWAY)
    returned_on = fields.DateField(null=True)
    last_contact_on = fields.DateField()  # the registration counts as the first contact
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "mobility_record"
        indexes = (("home_org_id", "status"), ("receiving_org_id", "status"), ("member_id", "status"))


class MobilityContact(Model):
    """One contact with a 流动党员 (党员教育管理工作条例 第三十二条: keep in regular touch)."""

    id = fields.IntField(primary_key=True)
    record: fields.ForeignKeyRelation[MobilityRecord] = fields.ForeignKeyField(
        "models.MobilityRecord", related_name="contacts", on_delete=fields.RESTRICT
    )
    record_id: int
    on = fields.DateField()
    channel = fields.CharEnumField(ContactChannel, max_length=10)
    note = fields.CharField(max_length=200, default="")
    recorded_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "mobility_contact"
