"""Request and response schemas of 志愿服务."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import Field

from server.core.schemas import Moment, OutSchema, PageQuery, Schema


class ActivityCreate(Schema):
    org_id: int = Field(title="组织")
    title: str = Field(min_length=1, max_length=100, title="活动名称", examples=["社区环境整治志愿服务"])
    place: str = Field("", max_length=100, title="地点")
    starts_at: Moment = Field(title="开始时间")
    ends_at: Moment = Field(title="结束时间")
    hours: Decimal = Field(gt=0, le=24, decimal_places=1, title="默认时长（小时）", examples=["2.0"])


class ActivityQuery(PageQuery):
    org_id: int | None = Field(None, title="组织", description="不填为本辖区全部")


class ActivityOut(OutSchema):
    id: int
    org_id: int
    title: str
    place: str
    starts_at: datetime
    ends_at: datetime
    hours: Decimal
    signed_in: int = Field(description="签到人数")
    confirmed: int = Field(description="已确认时长人数")


class RecordOut(OutSchema):
    id: int
    activity_id: int
    member_id: int
    member_name: str
    signed_in_at: datetime | None
    hours: Decimal | None
    confirmed_at: datetime | None


class ActivityDetail(ActivityOut):
    records: list[RecordOut]


class SigninCodeOut(OutSchema):
    code: str = Field(examples=["381204"])
    expires_in: int = Field(description="秒")
    slice_s: int


class SigninIn(Schema):
    code: str = Field(min_length=6, max_length=6, pattern=r"^\d{6}$", title="签到码", examples=["381204"])


class HoursEntry(Schema):
    member_id: int = Field(title="党员")
    hours: Decimal = Field(ge=0, le=24, decimal_places=1, title="时长（小时）")


class HoursIn(Schema):
    entries: list[HoursEntry] = Field(min_length=1, max_length=500, title="时长")


class MyVolunteerOut(OutSchema):
    year: int
    confirmed_hours: Decimal
    records: list[RecordOut]
