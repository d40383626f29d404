"""Request and response schemas of organisations and members."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, Field

from miniapp_api.orgs.models import MemberStatus, OrgKind, OrgType, Post
from server.core.schemas import OutSchema, PageQuery, Schema

PHONE_RE = re.compile(r"^1[3-9]\d{9}$")


def check_phone(value: str) -> str:
    value = value.replace(" ", "").replace("-", "")
    if value.startswith("+86"):
        value = value[3:]
    if not PHONE_RE.match(value):
        raise ValueError("手机号格式不正确")
    return value


def mask_phone(phone: str) -> str:
    """138****8000: enough to recognise, not enough to call."""
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) >= 7 else "****"


Phone = Annotated[str, AfterValidator(check_phone)]
Name = Annotated[str, Field(min_length=1, max_length=50)]


class OrgCreate(Schema):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    kind: OrgKind
    parent_id: int | None = None
    org_type: OrgType = OrgType.OTHER
    region: Annotated[str, Field(max_length=100)] = ""


class OrgUpdate(Schema):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    org_type: OrgType | None = None
    region: Annotated[str, Field(max_length=100)] | None = None
    parent_id: int | None = Field(None, description="移动到新的上级组织")


class OrgOut(OutSchema):
    id: int
    name: str
    kind: OrgKind
    kind_label: str
    org_type: OrgType
    region: str
    parent_id: int | None
    depth: int
    created_at: datetime


class OrgNode(OrgOut):
    member_count: int = 0
    children: list[OrgNode] = Field(default_factory=list)


class OrgTree(OutSchema):
    roots: list[OrgNode]


class MemberCreate(Schema):
    name: Name
    phone: Phone
    status: MemberStatus = MemberStatus.FULL
    posts: list[Post] = Field(default_factory=list, max_length=8)
    joined_at: date | None = None


class MemberUpdate(Schema):
    name: Name | None = None
    phone: Phone | None = None
    status: MemberStatus | None = None
    posts: list[Post] | None = Field(None, max_length=8)
    joined_at: date | None = None
    org_id: int | None = Field(None, description="转到本辖区内的另一个组织")


class MemberQuery(PageQuery):
    q: Annotated[str, Field(max_length=50)] | None = Field(None, description="按姓名或手机号后四位搜索")
    status: MemberStatus | None = None
    subtree: bool = Field(False, description="包含下级组织的党员")


class MemberOut(OutSchema):
    id: int
    org_id: int
    org_name: str = ""
    name: str
    phone_masked: str
    status: MemberStatus
    status_label: str
    posts: list[str]
    joined_at: date | None
    is_bound: bool = False


class ImportRow(OutSchema):
    row: int
    name: str
    status: str  # imported | rejected
    reason: str = ""
    member_id: int | None = None


class ImportReport(OutSchema):
    imported: int
    rejected: int
    dry_run: bool
    rows: list[ImportRow]


class ImportQuery(Schema):
    dry_run: bool = False
