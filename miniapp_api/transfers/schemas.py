"""Request and response schemas of 组织关系转接."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from miniapp_api.transfers.models import TransferStatus
from server.core.schemas import OutSchema, Schema


class LetterIn(Schema):
    """What a 介绍信 to an org outside the platform carries (党员教育管理工作条例 第二十五条: the outgoing org keeps
    responsibility until the member is received, so the letter names where they go and how to reach the sender)."""

    to_org_name: str = Field("", max_length=100, title="接收党组织名称")
    destination: str = Field("", max_length=200, title="去往单位或地区")
    dues_paid_until: str = Field("", max_length=7, pattern=r"^$|^\d{4}-\d{2}$", title="党费交至（年-月）")
    contact_phone: str = Field("", max_length=30, title="转出党组织联系电话")
    valid_days: int | None = Field(None, ge=7, le=365, title="有效期（天）")


class TransferCreate(Schema):
    to_org_id: int | None = Field(None, ge=1, title="转入组织（平台内）", description="留空表示转往平台外的组织，须填写 letter")
    reason: str = Field("", max_length=200, title="转接原因")
    letter: LetterIn | None = Field(None, title="介绍信信息（转往平台外时必填）")


class TransferAction(Schema):
    note: str = Field("", max_length=500, title="说明")


class TransferQuery(Schema):
    org_id: int | None = Field(None, ge=1, title="组织（转出或转入方在其下）")
    status: TransferStatus | None = Field(None, title="状态")


class TransferOut(OutSchema):
    id: int
    member_id: int
    member_name: str
    from_org_id: int
    from_org_name: str
    to_org_id: int | None
    to_org_name: str
    is_outside: bool
    status: str
    status_label: str
    reason: str
    note: str
    letter: dict[str, object]
    letter_no: str
    requested_at: datetime
    approved_at: datetime | None
    accepted_at: datetime | None
    valid_until: date | None
