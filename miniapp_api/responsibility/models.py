"""Tortoise models of the responsibility domain: lists and items, signatures, reports and reviews, 述职 and
its ratings, talks, circulars, the 负面清单, accountability decisions and exemptions."""

from __future__ import annotations

import builtins
from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ItemKind(StrEnum):
    DUTY = "duty"  # 责任清单: standing duties
    TASK = "task"  # 任务清单: this year's tasks
    PROBLEM = "problem"  # 问题清单: problems found, linked to what raised them


KIND_LABELS = {ItemKind.DUTY: "责任清单", ItemKind.TASK: "任务清单", ItemKind.PROBLEM: "问题清单"}


class ItemStatus(StrEnum):
    OPEN = "open"  # 履责中
    REPORTED = "reported"  # 待审核
    ACCEPTED = "accepted"  # 已通过
    RETURNED = "returned"  # 已退回


ITEM_STATUS_LABELS = {
    ItemStatus.OPEN: "履责中",
    ItemStatus.REPORTED: "待审核",
    ItemStatus.ACCEPTED: "已通过",
    ItemStatus.RETURNED: "已退回",
}


class Grade(StrEnum):
    GOOD = "good"  # 好
    FAIRLY_GOOD = "fairly_good"  # 较好
    AVERAGE = "average"  # 一般
    POOR = "poor"  # 差


GRADE_LABELS = {Grade.GOOD: "好", Grade.FAIRLY_GOOD: "较好", Grade.AVERAGE: "一般", Grade.POOR: "差"}


class ExemptionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ResponsibilityList(Model):
    """One org's responsibility list for one year; `version` grows whenever an item it covers changes."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="responsibility_lists", on_delete=fields.RESTRICT
    )
    org_id: int
    year = fields.IntField()
    version = fields.IntField(default=1)
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "resp_list"
        unique_together = (("org_id", "year"),)


class ResponsibilityItem(Model):
    """An item of a list: written by the list's org, owned by that org or one below it (issued down)."""

    id = fields.IntField(primary_key=True)
    list: fields.ForeignKeyRelation[ResponsibilityList] = fields.ForeignKeyField(
        "models.ResponsibilityList", related_name="items", on_delete=fields.RESTRICT
    )
    list_id: int
    kind = fields.CharEnumField(ItemKind, max_length=10)
    title = fields.CharField(max_length=200)
    owner_org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="responsibility_items", on_delete=fields.RESTRICT
    )
    owner_org_id: int
    owner_post = fields.CharField(max_length=20)
    is_dual_duty = fields.BooleanField(default=False)  # 一岗双责: a leader's duty beside his business post
    due_date = fields.DateField(null=True)
    cadence = fields.CharField(max_length=50, default="")  # e.g. 每季度, for standing duties without a deadline
    evidence_required = fields.CharField(max_length=300, default="")
    indicator_key = fields.CharField(max_length=50, default="")
    source_type = fields.CharField(max_length=30, default="")  # problems: rectification | finding | inspection
    source_id = fields.BigIntField(null=True)
    status = fields.CharEnumField(ItemStatus, max_length=10, default=ItemStatus.OPEN)
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "resp_item"
        indexes = (("owner_org_id", "status"), ("status", "due_date"))


class ItemReport(Model):
    """A progress report of an item's owner (履责), with evidence tokens. Never edited."""

    id = fields.IntField(primary_key=True)
    item: fields.ForeignKeyRelation[ResponsibilityItem] = fields.ForeignKeyField(
        "models.ResponsibilityItem", related_name="reports", on_delete=fields.RESTRICT
    )
    item_id: int
    note = fields.TextField()
    files: fields.Field[list] = fields.JSONField(default=list)
    reporter_user_id = fields.IntField()
    reporter_name = fields.CharField(max_length=50, default="")
    created_at = fields.DatetimeField()

    class Meta:
        table = "resp_report"
        indexes = (("item_id", "id"),)


class ItemReview(Model):
    """The parent's review of a report (督责/考责): accept, or return with a reason. Never edited."""

    id = fields.IntField(primary_key=True)
    item: fields.ForeignKeyRelation[ResponsibilityItem] = fields.ForeignKeyField(
        "models.ResponsibilityItem", related_name="reviews", on_delete=fields.RESTRICT
    )
    item_id: int
    report_id = fields.IntField(null=True)
    decision = fields.CharField(max_length=10)  # accept | return
    reason = fields.TextField(default="")
    reviewer_user_id = fields.IntField()
    reviewer_org_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "resp_review"
        indexes = (("item_id", "id"),)


class Signature(Model):
    """An owner's acknowledgement (责任书) of one version of his org's list."""

    id = fields.IntField(primary_key=True)
    list: fields.ForeignKeyRelation[ResponsibilityList] = fields.ForeignKeyField(
        "models.ResponsibilityList", related_name="signatures", on_delete=fields.RESTRICT
    )
    list_id: int
    member_id = fields.IntField()
    member_name = fields.CharField(max_length=50)
    posts: fields.Field[builtins.list[str]] = fields.JSONField(default=builtins.list)
    version = fields.IntField()
    signed_at = fields.DatetimeField()

    class Meta:
        table = "resp_signature"
        unique_together = (("list_id", "member_id", "version"),)


class DutyReport(Model):
    """A secretary's year-end 述职述廉 report for his org."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="duty_reports", on_delete=fields.RESTRICT
    )
    org_id: int
    year = fields.IntField()
    member_id = fields.IntField()
    member_name = fields.CharField(max_length=50)
    content = fields.TextField()
    submitted_at = fields.DatetimeField()

    class Meta:
        table = "resp_duty_report"
        unique_together = (("org_id", "year"),)


class DutyRating(Model):
    """One rater's grade of a 述职 report: a member of the org or an admin of the parent, once each."""

    id = fields.IntField(primary_key=True)
    report: fields.ForeignKeyRelation[DutyReport] = fields.ForeignKeyField(
        "models.DutyReport", related_name="ratings", on_delete=fields.RESTRICT
    )
    report_id: int
    rater_user_id = fields.IntField()
    rater_kind = fields.CharField(max_length=10)  # member | parent
    grade = fields.CharEnumField(Grade, max_length=12)
    created_at = fields.DatetimeField()

    class Meta:
        table = "resp_duty_rating"
        unique_together = (("report_id", "rater_user_id"),)


class Talk(Model):
    """A 约谈提醒 record: who talked with whom of which org, why, and the follow-up asked for."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="talks", on_delete=fields.RESTRICT
    )
    org_id: int
    talker = fields.CharField(max_length=50)
    talkee = fields.CharField(max_length=50)
    reason = fields.TextField()
    follow_up = fields.TextField(default="")
    talked_on = fields.DateField()
    created_by_user_id = fields.IntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "resp_talk"


class Circular(Model):
    """A 情况通报 sent to an org's subtree."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="circulars", on_delete=fields.RESTRICT
    )
    org_id: int
    title = fields.CharField(max_length=200)
    body = fields.TextField()
    issued_by_user_id = fields.IntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "resp_circular"


class CircularReceipt(Model):
    """A read receipt: who of which org read a circular, and when."""

    id = fields.IntField(primary_key=True)
    circular: fields.ForeignKeyRelation[Circular] = fields.ForeignKeyField(
        "models.Circular", related_name="receipts", on_delete=fields.RESTRICT
    )
    circular_id: int
    org_id = fields.IntField()
    user_id = fields.IntField()
    reader_name = fields.CharField(max_length=50, default="")
    read_at = fields.DatetimeField()

    class Meta:
        table = "resp_circular_receipt"
        unique_together = (("circular_id", "user_id"),)


class NegativeItem(Model):
    """One accountable situation of the configurable 负面清单."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200, unique=True)
    description = fields.TextField(default="")
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "resp_negative_item"


class Accountability(Model):
    """An issued 问责 decision. Never edited or deleted: a correction is a new record pointing at it."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="accountability_decisions", on_delete=fields.RESTRICT
    )
    org_id: int
    negative_item: fields.ForeignKeyRelation[NegativeItem] = fields.ForeignKeyField(
        "models.NegativeItem", related_name="decisions", on_delete=fields.RESTRICT
    )
    negative_item_id: int
    subject = fields.CharField(max_length=100)  # the person or body held accountable
    measure = fields.CharField(max_length=50)  # e.g. 通报批评, 诫勉谈话
    reason = fields.TextField()
    # the decision this one corrects (a plain id: decisions are never deleted, and a self-reference breaks the
    # migration generator's table ordering)
    corrects_id = fields.IntField(null=True, db_index=True)
    issued_by_user_id = fields.IntField()
    issued_by_org_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "resp_accountability"


class Exemption(Model):
    """A 容错纠错 application of the org against a decision, decided by its parent."""

    id = fields.IntField(primary_key=True)
    decision: fields.ForeignKeyRelation[Accountability] = fields.ForeignKeyField(
        "models.Accountability", related_name="exemptions", on_delete=fields.RESTRICT
    )
    decision_id: int
    org_id = fields.IntField()
    reasons = fields.TextField()
    status = fields.CharEnumField(ExemptionStatus, max_length=10, default=ExemptionStatus.PENDING)
    filed_by_user_id = fields.IntField()
    filed_at = fields.DatetimeField()
    decided_by_user_id = fields.IntField(null=True)
    decided_at = fields.DatetimeField(null=True)
    note = fields.TextField(default="")

    class Meta:
        table = "resp_exemption"
