"""Tortoise models of organisations and members."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class OrgKind(StrEnum):
    COMMITTEE = "committee"  # 党委
    GENERAL_BRANCH = "general_branch"  # 党总支
    BRANCH = "branch"  # 党支部
    GROUP = "group"  # 党小组


KIND_LABELS = {
    OrgKind.COMMITTEE: "党委",
    OrgKind.GENERAL_BRANCH: "党总支",
    OrgKind.BRANCH: "党支部",
    OrgKind.GROUP: "党小组",
}
# Which kinds may sit directly under which: a group under a branch, a branch under a
# general branch or committee, and so on (a committee may also sit under a committee).
ALLOWED_PARENTS: dict[OrgKind, set[OrgKind | None]] = {
    OrgKind.COMMITTEE: {None, OrgKind.COMMITTEE},
    OrgKind.GENERAL_BRANCH: {OrgKind.COMMITTEE},
    OrgKind.BRANCH: {OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH},
    OrgKind.GROUP: {OrgKind.BRANCH},
}


class OrgType(StrEnum):
    GOVERNMENT = "机关"
    ENTERPRISE = "企业"
    RURAL = "农村"
    COMMUNITY = "社区"
    SCHOOL = "学校"
    NEW_ECONOMY = "两新"
    DEV_ZONE = "开发区"
    PUBLIC_INSTITUTION = "事业单位"
    OTHER = "其他"


class MemberStatus(StrEnum):
    FULL = "full"  # 正式党员
    PROBATIONARY = "probationary"  # 预备党员
    ACTIVIST = "activist"  # 入党积极分子
    # People on the way to joining are Member rows too (docs/members.md): one roster, one phone, one org.
    APPLICANT = "applicant"  # 入党申请人
    CANDIDATE = "candidate"  # 发展对象


STATUS_LABELS = {MemberStatus.FULL: "正式党员", MemberStatus.PROBATIONARY: "预备党员", MemberStatus.ACTIVIST: "入党积极分子",
                 MemberStatus.APPLICANT: "入党申请人", MemberStatus.CANDIDATE: "发展对象"}
# Statuses of people who are not (yet) Party members: no vote, no dues, not counted as 党员.
NON_MEMBER_STATUSES = frozenset({MemberStatus.APPLICANT, MemberStatus.ACTIVIST, MemberStatus.CANDIDATE})


class Post(StrEnum):
    SECRETARY = "书记"
    DEPUTY_SECRETARY = "副书记"
    ORGANIZATION = "组织委员"
    PUBLICITY = "宣传委员"
    DISCIPLINE = "纪检委员"
    COMMITTEE_MEMBER = "委员"
    GROUP_LEADER = "党小组组长"
    MEMBER = "党员"


LEADER_POSTS = frozenset(
    {Post.SECRETARY, Post.DEPUTY_SECRETARY, Post.ORGANIZATION, Post.PUBLICITY, Post.DISCIPLINE, Post.COMMITTEE_MEMBER}
)


class Organization(Model):
    """A node of the org tree. `path` is the materialised path "/1/4/9/" used for subtree queries."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(OrgKind, max_length=20)
    org_type = fields.CharEnumField(OrgType, max_length=10, default=OrgType.OTHER)
    region = fields.CharField(max_length=100, default="")
    parent: fields.ForeignKeyNullableRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="children", null=True, on_delete=fields.RESTRICT
    )
    parent_id: int | None
    path = fields.CharField(max_length=255, db_index=True, default="/")
    depth = fields.IntField(default=0)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "organization"
        unique_together = (("parent", "name"),)


class Member(Model):
    """A Party member (or activist) pre-imported by an org admin."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="members", on_delete=fields.RESTRICT
    )
    org_id: int
    name = fields.CharField(max_length=50)
    phone = fields.CharField(max_length=20, unique=True)
    # The column comment stays as first written (SQLite cannot alter a column comment); MemberStatus lists all values.
    status = fields.CharEnumField(MemberStatus, max_length=20, default=MemberStatus.FULL,
                                  description="FULL: full\nPROBATIONARY: probationary\nACTIVIST: activist")
    posts: fields.Field[list] = fields.JSONField(default=list)
    joined_at = fields.DateField(null=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "member"
        indexes = (("org_id", "name"),)
