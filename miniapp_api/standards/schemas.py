"""Request and response schemas of 标准化建设."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from miniapp_api.evidence.schemas import EvidenceOut
from miniapp_api.orgs.models import OrgKind
from miniapp_api.standards.models import AssessmentStatus
from server.core.schemas import OutSchema, Schema


class ItemOut(OutSchema):
    id: int
    org_kind: OrgKind
    code: str = Field(examples=["venue"])
    name: str = Field(examples=["阵地建设"])
    description: str
    position: int
    is_active: bool


class ItemQuery(Schema):
    org_kind: OrgKind | None = Field(None, title="组织类型")


class ItemCreate(Schema):
    org_kind: OrgKind = Field(title="组织类型")
    code: str = Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$", title="编码", examples=["party_brand"])
    name: str = Field(min_length=1, max_length=40, title="名称")
    description: str = Field("", max_length=500, title="说明")
    position: int = Field(0, ge=0, le=1000, title="排序")


class ItemUpdate(Schema):
    name: str | None = Field(None, min_length=1, max_length=40, title="名称")
    description: str | None = Field(None, max_length=500, title="说明")
    position: int | None = Field(None, ge=0, le=1000, title="排序")
    is_active: bool | None = Field(None, title="启用")


class AssessmentCreate(Schema):
    item_id: int = Field(title="项目")
    is_compliant: bool = Field(title="自评达标")
    note: str = Field("", max_length=1000, title="说明")
    evidence_tokens: list[str] = Field(
        default_factory=list, max_length=10, title="证明材料", description="先经 POST /api/v1/evidence 上传，再填其 token"
    )


class Decision(StrEnum):
    CONFIRM = "confirm"
    RETURN = "return"


class ReviewIn(Schema):
    decision: Decision = Field(title="决定")
    note: str = Field("", max_length=500, title="意见")


class AssessmentOut(OutSchema):
    id: int
    org_id: int
    item_id: int
    status: AssessmentStatus
    is_compliant: bool
    note: str
    evidence: list[EvidenceOut]
    submitted_at: datetime
    reviewed_at: datetime | None
    review_note: str


class ChecklistRow(OutSchema):
    item: ItemOut
    latest: AssessmentOut | None = Field(description="最近一次自评及上级的处理")
    is_met: bool = Field(description="已经上级确认达标")


class ChecklistOut(OutSchema):
    org_id: int
    org_name: str
    rows: list[ChecklistRow]
    met: int
    applicable: int
