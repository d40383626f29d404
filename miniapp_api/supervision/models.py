"""Tortoise models of supervision: 督查专班, inspections, findings and their rounds/re-checks, 党建观察员."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class InspectionKind(StrEnum):
    COVERT = "covert"  # 明察暗访
    SPECIAL = "special"  # 专项检查
    RANDOM = "random"  # 随机抽查
    OBSERVER = "observer"  # 党建观察员评议 (one standing inspection per committee)


KIND_LABELS = {
    InspectionKind.COVERT: "明察暗访",
    InspectionKind.SPECIAL: "专项检查",
    InspectionKind.RANDOM: "随机抽查",
    InspectionKind.OBSERVER: "观察员评议",
}


class FindingStatus(StrEnum):
    OPEN = "open"  # 整改中 or awaiting the inspectors' re-check
    CLOSED = "closed"  # 复查通过
    DISMISSED = "dismissed"  # the org's appeal on the ticket was upheld


FINDING_STATUS_LABELS = {FindingStatus.OPEN: "整改中", FindingStatus.CLOSED: "复查通过", FindingStatus.DISMISSED: "申诉成立"}


class ObserverKind(StrEnum):
    NPC_DEPUTY = "npc_deputy"  # 人大代表
    CPPCC_MEMBER = "cppcc_member"  # 政协委员
    PUBLIC_REP = "public_rep"  # 群众代表


OBSERVER_KIND_LABELS = {
    ObserverKind.NPC_DEPUTY: "人大代表",
    ObserverKind.CPPCC_MEMBER: "政协委员",
    ObserverKind.PUBLIC_REP: "群众代表",
}


class InspectionTeam(Model):
    """A committee's 督查专班."""

    id = fields.IntField(primary_key=True)
    committee: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="inspection_teams", on_delete=fields.RESTRICT
    )
    committee_id: int
    name = fields.CharField(max_length=100)
    created_at = fields.DatetimeField()
    members: fields.ReverseRelation[TeamMember]

    class Meta:
        table = "supervision_team"


class TeamMember(Model):
    """A member of a team: who, from which department (组织, 纪检…), and the console account that acts for him."""

    id = fields.IntField(primary_key=True)
    team: fields.ForeignKeyRelation[InspectionTeam] = fields.ForeignKeyField(
        "models.InspectionTeam", related_name="members", on_delete=fields.CASCADE
    )
    team_id: int
    name = fields.CharField(max_length=50)
    department = fields.CharField(max_length=20)  # 组织 | 纪检 | 宣传 | 统战 | 其他
    duty = fields.CharField(max_length=10, default="成员")  # 组长 | 副组长 | 成员
    user_id = fields.IntField(null=True)

    class Meta:
        table = "supervision_team_member"
        indexes = (("user_id",),)


class Inspection(Model):
    """A planned inspection of some orgs of a committee's subtree (the random draw is reproducible from `seed`)."""

    id = fields.IntField(primary_key=True)
    committee: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="inspections", on_delete=fields.RESTRICT
    )
    committee_id: int
    team: fields.ForeignKeyNullableRelation[InspectionTeam] = fields.ForeignKeyField(
        "models.InspectionTeam", related_name="inspections", null=True, on_delete=fields.RESTRICT
    )
    team_id: int | None  # None: the standing observer inspection
    kind = fields.CharEnumField(InspectionKind, max_length=10)
    title = fields.CharField(max_length=200)
    scope_org_id = fields.IntField()  # the subtree the targets come from
    planned_on = fields.DateField(null=True)
    seed = fields.BigIntField(null=True)
    sample_size = fields.IntField(null=True)
    target_ids: fields.Field[list[int]] = fields.JSONField(default=list)
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "supervision_inspection"
        indexes = (("committee_id", "kind"),)


class Finding(Model):
    """A problem found at one org; it is rectified through tickets (one per round) and closed by a re-check."""

    id = fields.IntField(primary_key=True)
    inspection: fields.ForeignKeyRelation[Inspection] = fields.ForeignKeyField(
        "models.Inspection", related_name="findings", on_delete=fields.RESTRICT
    )
    inspection_id: int
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="findings", on_delete=fields.RESTRICT
    )
    org_id: int
    title = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    evidence: fields.Field[list[str]] = fields.JSONField(default=list)
    status = fields.CharEnumField(FindingStatus, max_length=10, default=FindingStatus.OPEN)
    reopen_count = fields.IntField(default=0)
    is_flagged = fields.BooleanField(default=False)  # 交办-拖延-再交办: reopened twice
    round_id = fields.IntField(null=True)  # the current rectification round (the ticket's source id)
    ticket_id = fields.IntField(null=True)  # the ticket of the current round
    due_at = fields.DatetimeField(null=True)  # the current round's rectification deadline
    observer_id = fields.IntField(null=True)  # filed by a 党建观察员 (评议)
    created_by_user_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "supervision_finding"
        indexes = (("org_id", "status"),)


class FindingRound(Model):
    """One rectification round of a finding: its id is the ticket's source id (source_type "inspection")."""

    id = fields.IntField(primary_key=True)
    finding: fields.ForeignKeyRelation[Finding] = fields.ForeignKeyField(
        "models.Finding", related_name="rounds", on_delete=fields.CASCADE
    )
    finding_id: int
    ticket_id = fields.IntField(null=True)
    opened_at = fields.DatetimeField()

    class Meta:
        table = "supervision_round"


class FindingCheck(Model):
    """A re-check (提升) by the inspectors: closed or reopened, with a note. Never edited."""

    id = fields.IntField(primary_key=True)
    finding: fields.ForeignKeyRelation[Finding] = fields.ForeignKeyField(
        "models.Finding", related_name="checks", on_delete=fields.CASCADE
    )
    finding_id: int
    ticket_id = fields.IntField(null=True)
    result = fields.CharField(max_length=10)  # close | reopen
    note = fields.TextField(default="")
    checked_by_user_id = fields.IntField(null=True)
    checked_by_name = fields.CharField(max_length=50, default="")
    checked_at = fields.DatetimeField()
    detail: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)

    class Meta:
        table = "supervision_check"


class Observer(Model):
    """A 党建观察员 invited by a committee; a WeChat user claims the record with the invite code."""

    id = fields.IntField(primary_key=True)
    committee: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="observers", on_delete=fields.RESTRICT
    )
    committee_id: int
    name = fields.CharField(max_length=50)
    kind = fields.CharEnumField(ObserverKind, max_length=15)
    unit = fields.CharField(max_length=100, default="")  # 工作单位 / 界别
    invite_code = fields.CharField(max_length=16, unique=True)
    user_id = fields.IntField(null=True, unique=True)
    bound_at = fields.DatetimeField(null=True)
    org_ids: fields.Field[list[int]] = fields.JSONField(default=list)  # the orgs assigned to him
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "supervision_observer"
