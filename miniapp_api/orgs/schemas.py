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


_TIME = "2026-06-20T09:00:00+08:00"


class OrgCreate(Schema):
    name: Annotated[str, Field(min_length=1, max_length=100)] = Field(title="名称", examples=["政务服务中心党支部"])
    kind: OrgKind = Field(
        title="层级", description="committee 党委、general_branch 党总支、branch 党支部、group 党小组", examples=["branch"]
    )
    parent_id: int | None = Field(None, title="上级组织", description="只有超级管理员可以创建顶级组织（不填）", examples=[2])
    org_type: OrgType = Field(OrgType.OTHER, title="单位类型", examples=["机关"])
    region: Annotated[str, Field(max_length=100)] = Field("", title="所在地区", examples=["城关区"])


class OrgUpdate(Schema):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = Field(None, title="名称", examples=["政务服务中心党支部"])
    org_type: OrgType | None = Field(None, title="单位类型", examples=["机关"])
    region: Annotated[str, Field(max_length=100)] | None = Field(None, title="所在地区", examples=["城关区"])
    parent_id: int | None = Field(None, title="上级组织", description="移动到新的上级组织", examples=[2])


class OrgOut(OutSchema):
    id: int = Field(examples=[5])
    name: str = Field(examples=["政务服务中心党支部"])
    kind: OrgKind = Field(examples=["branch"])
    kind_label: str = Field(examples=["党支部"])
    org_type: OrgType = Field(examples=["机关"])
    region: str = Field(examples=["城关区"])
    parent_id: int | None = Field(examples=[2])
    depth: int = Field(examples=[2])
    created_at: datetime = Field(examples=[_TIME])


class OrgNode(OrgOut):
    member_count: int = Field(0, examples=[12])
    children: list[OrgNode] = Field(default_factory=list, examples=[[]])


class OrgTree(OutSchema):
    roots: list[OrgNode]


class MemberCreate(Schema):
    name: Name = Field(title="姓名", examples=["李四"])
    phone: Phone = Field(title="手机号", examples=["13800138000"])
    status: MemberStatus = Field(
        MemberStatus.FULL,
        title="党员状态",
        description="full 正式党员、probationary 预备党员、activist 入党积极分子、applicant 入党申请人、candidate 发展对象",
        examples=["full"],
    )
    posts: list[Post] = Field(default_factory=list, max_length=8, title="职务", examples=[["组织委员"]])
    joined_at: date | None = Field(None, title="入党日期", examples=["2001-07-01"])


class MemberUpdate(Schema):
    name: Name | None = Field(None, title="姓名", examples=["李四"])
    phone: Phone | None = Field(None, title="手机号", examples=["13800138000"])
    status: MemberStatus | None = Field(None, title="党员状态", examples=["full"])
    posts: list[Post] | None = Field(None, max_length=8, title="职务", examples=[["组织委员"]])
    joined_at: date | None = Field(None, title="入党日期", examples=["2001-07-01"])
    org_id: int | None = Field(None, title="所属组织", description="转到本辖区内的另一个组织", examples=[6])


class MemberQuery(PageQuery):
    q: Annotated[str, Field(max_length=50)] | None = Field(
        None,
        title="搜索",
        description="按姓名搜索，或输入完整的 11 位手机号精确查找（号码片段不匹配任何人；按手机号查找会留痕）",
        examples=["李"],
    )
    status: MemberStatus | None = Field(None, title="党员状态", examples=["full"])
    subtree: bool = Field(False, title="含下级组织", description="包含下级组织的党员")


class MemberOut(OutSchema):
    id: int = Field(examples=[21])
    org_id: int = Field(examples=[5])
    org_name: str = Field("", examples=["政务服务中心党支部"])
    name: str = Field(examples=["李四"])
    phone_masked: str = Field(examples=["138****8000"])
    status: MemberStatus = Field(examples=["full"])
    status_label: str = Field(examples=["正式党员"])
    posts: list[str] = Field(examples=[["组织委员"]])
    joined_at: date | None = Field(examples=["2001-07-01"])
    is_bound: bool = Field(False, examples=[True])


class ImportRow(OutSchema):
    row: int = Field(examples=[2])
    name: str = Field(examples=["赵一"])
    status: str = Field(examples=["imported"], description="imported 导入 | rejected 拒绝")
    reason: str = Field("", examples=[""])
    member_id: int | None = Field(None, examples=[31])


class ImportReport(OutSchema):
    imported: int = Field(examples=[1])
    rejected: int = Field(examples=[0])
    dry_run: bool = Field(examples=[False])
    rows: list[ImportRow]


class ImportQuery(Schema):
    dry_run: bool = Field(False, title="试导入", description="true：只校验并返回逐行结果，不写入")


class ExportQuery(Schema):
    full_phone: bool = Field(False, title="完整手机号", description="true：导出完整手机号（留痕）；默认中间四位打码")
