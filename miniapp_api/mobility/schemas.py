"""Request and response schemas of 流动党员."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from miniapp_api.mobility.models import ContactChannel, FlowStatus
from server.core.schemas import Day, Schema


class Side(StrEnum):
    OUT = "out"  # 流出: members of this subtree working elsewhere
    IN = "in"  # 流入: members of other branches taking part here


class RecordIn(Schema):
    member_id: int = Field(ge=1, title="党员")
    destination: str = Field(min_length=1, max_length=100, title="外出地点/单位")
    since: Day = Field(title="外出时间")
    contact: str = Field(min_length=3, max_length=50, title="联系方式")
    certificate_no: str = Field("", max_length=40, title="流动党员活动证编号")
    receiving_org_id: int | None = Field(None, ge=1, title="流入地党组织")
    note: str = Field("", max_length=200, title="备注")


class ListQuery(Schema):
    side: Side = Field(Side.OUT, title="流出/流入")
    status: FlowStatus | None = Field(FlowStatus.AWAY, title="状态")
    silent: bool = Field(False, title="只看超期未联系")


class ContactIn(Schema):
    on: Day = Field(title="日期")
    channel: ContactChannel = Field(title="联系方式")
    note: str = Field("", max_length=200, title="情况")


class ReturnIn(Schema):
    on: Day = Field(title="返回日期")
    note: str = Field("", max_length=200, title="备注")


class CheckInIn(Schema):
    note: str = Field("", max_length=200, title="情况")


class ContactOut(BaseModel):
    id: int
    on: date
    channel: ContactChannel
    note: str
    created_at: datetime


class RecordOut(BaseModel):
    id: int
    member_id: int
    member_name: str
    home_org_id: int
    receiving_org_id: int | None
    destination: str
    since: date
    contact: str = Field(description="列表中脱敏；详情仅流出地管理员可见完整")
    certificate_no: str
    note: str
    status: FlowStatus
    returned_on: date | None
    last_contact_on: date
    months_since_contact: int
    is_silent: bool = Field(description="超过规定月数未联系")
    is_long_term: bool = Field(description="外出 6 个月以上（党员教育管理工作条例第三十二条）")


class RecordDetail(RecordOut):
    contacts: list[ContactOut]
