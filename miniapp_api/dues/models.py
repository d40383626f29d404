"""Tortoise models of 党费: yearly dues profiles, payments (and their reversals) and the org's 上缴/下拨/使用 entries.

Every table is append-only: a changed base is a new profile row, a wrong payment is undone by a reversal row, and
a fund correction is a new entry — history is never rewritten.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from knowledge.dues import IncomeKind


class Hardship(StrEnum):
    NONE = "none"
    REDUCED = "reduced"  # 党费规定 第七条: 少交, with the higher committee's approval
    EXEMPT = "exempt"  # 第七条: 免交, with the higher committee's approval


class PayChannel(StrEnum):
    MANUAL = "manual"  # cash or transfer recorded by the branch
    WECHAT = "wechat"  # WeChat Pay from the mini-program


class FundKind(StrEnum):
    REMIT = "remit"  # 上缴 to the higher committee (第十五条/第二十七条)
    ALLOCATE = "allocate"  # 下拨 received from the higher committee (第二十一条)
    USE = "use"  # 使用 (第十九条 lists what dues may pay for)


class DuesProfile(Model):
    """The amount a member owes each month from (year, from_month) on, until a later profile of the same year."""

    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Member", related_name="dues_profiles", on_delete=fields.RESTRICT
    )
    member_id: int
    year = fields.IntField()
    from_month = fields.IntField(default=1)
    kind = fields.CharEnumField(IncomeKind, max_length=20)
    base = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    rate = fields.DecimalField(max_digits=6, decimal_places=4, null=True)
    standard_amount = fields.DecimalField(max_digits=12, decimal_places=2)  # what the brackets give
    amount = fields.DecimalField(max_digits=12, decimal_places=2)  # what is owed (after an approved reduction)
    hardship = fields.CharEnumField(Hardship, max_length=10, default=Hardship.NONE)
    approval_ref = fields.CharField(max_length=100, default="")
    note = fields.CharField(max_length=200, default="")
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "dues_profile"
        indexes = (("member_id", "year"),)


class DuesPayment(Model):
    """One month's dues paid by one member; a reversal (``reverses``) has a negative amount and undoes one payment."""

    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Member", related_name="dues_payments", on_delete=fields.RESTRICT
    )
    member_id: int
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="dues_payments", on_delete=fields.RESTRICT
    )
    org_id: int
    year = fields.IntField()
    month = fields.IntField()
    amount = fields.DecimalField(max_digits=12, decimal_places=2)
    due = fields.DecimalField(max_digits=12, decimal_places=2)
    channel = fields.CharEnumField(PayChannel, max_length=10, default=PayChannel.MANUAL)
    reference = fields.CharField(max_length=64, default="")
    receipt_no = fields.CharField(max_length=32, unique=True)
    paid_on = fields.DateField()
    note = fields.CharField(max_length=200, default="")
    reverses_id = fields.IntField(null=True, db_index=True)  # the payment this reversal undoes (same table)
    recorded_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "dues_payment"
        indexes = (("member_id", "year", "month"), ("org_id", "year"))


class DuesFundEntry(Model):
    """One 上缴, 下拨 or 使用 of an org's dues in a year (第二十条: use and allocation are decided collectively)."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="dues_funds", on_delete=fields.RESTRICT
    )
    org_id: int
    year = fields.IntField()
    kind = fields.CharEnumField(FundKind, max_length=10)
    amount = fields.DecimalField(max_digits=12, decimal_places=2)
    on = fields.DateField()
    purpose = fields.CharField(max_length=200, default="")
    decision = fields.CharField(max_length=200, default="")  # the meeting that decided it (第二十条)
    corrects_id = fields.IntField(null=True)  # the entry this one corrects (same table)
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "dues_fund_entry"
        indexes = (("org_id", "year"),)
