"""Request and response schemas of service points, codes, ratings and statistics."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, field_validator

from miniapp_api.evaluation.models import CommentStatus, PointCategory
from miniapp_api.orgs.schemas import check_phone
from miniapp_api.rectification.models import Followup
from server.core.schemas import OutSchema, PageQuery, Schema

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class PointCreate(Schema):
    org_id: int
    name: Annotated[str, Field(min_length=1, max_length=100)]
    category: PointCategory = PointCategory.WINDOW
    description: Annotated[str, Field(max_length=300)] = ""
    member_id: int | None = Field(None, description="党员示范岗对应的党员")


class PointUpdate(Schema):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    category: PointCategory | None = None
    description: Annotated[str, Field(max_length=300)] | None = None
    is_active: bool | None = None


class PointQuery(PageQuery):
    org_id: int | None = None
    include_inactive: bool = False


class LiveCounts(OutSchema):
    total: int = 0
    distribution: dict[str, int] = Field(default_factory=dict)
    good_rate: float | None = None
    average: float | None = None


class PointOut(OutSchema):
    id: int
    org_id: int
    org_name: str = ""
    name: str
    category: PointCategory
    category_label: str
    description: str
    member_id: int | None
    is_active: bool
    created_at: datetime
    active_codes: int = 0
    live: LiveCounts = Field(default_factory=LiveCounts)


class CodeCreate(Schema):
    label: Annotated[str, Field(max_length=50)] = ""
    expires_at: datetime | None = None


class CodeOut(OutSchema):
    id: int
    point_id: int
    token: str
    url: str
    png_url: str
    svg_url: str
    wxacode_url: str
    label: str
    expires_at: datetime | None
    revoked_at: datetime | None
    created_at: datetime
    is_active: bool


class ImageQuery(Schema):
    size: int | None = Field(None, ge=16, le=4096)


class SheetQuery(Schema):
    org_id: int | None = None
    point_id: list[int] = Field(default_factory=list, max_length=200)


class RatingIn(Schema):
    score: int = Field(ge=1, le=5)
    tags: list[Annotated[str, Field(max_length=20)]] = Field(default_factory=list, max_length=10)
    comment: Annotated[str, Field(max_length=500)] = ""
    contact: Annotated[str, AfterValidator(check_phone)] | None = None
    option_version: int | None = None

    @field_validator("contact", mode="before")
    @classmethod
    def _blank_contact(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value


class RatingAck(OutSchema):
    id: int
    score: int
    option_version: int
    comment_status: CommentStatus
    is_named: bool
    ticket_id: int | None = None
    created_at: datetime


class FollowupIn(Schema):
    rating_id: int
    result: Followup


class FollowupAck(OutSchema):
    rating_id: int
    result: Followup
    ticket_status: str


class PublicCodeInfo(OutSchema):
    point: dict[str, Any]
    org: dict[str, Any]
    option_version: int
    levels: list[dict[str, Any]]
    recent_comments: list[dict[str, Any]]
    followups: list[dict[str, Any]]


class RatingQuery(PageQuery):
    org_id: int | None = None
    point_id: int | None = None
    score: int | None = Field(None, ge=1, le=5)
    comment_status: CommentStatus | None = None


class RatingOut(OutSchema):
    id: int
    point_id: int
    point_name: str
    org_id: int
    score: int
    score_label: str
    tags: list[str]
    option_version: int
    comment: str
    comment_status: CommentStatus
    is_named: bool
    contact_masked: str
    rater_kind: str
    day: date
    is_excluded: bool
    excluded_reason: str
    ticket_id: int | None
    created_at: datetime


class ModerationIn(Schema):
    decision: Literal["publish", "reject"]


class StatsQuery(Schema):
    org_id: int | None = None
    from_: date | None = Field(None, alias="from")
    to: date | None = None


class ReportQuery(Schema):
    org_id: int | None = None
    month: Annotated[str, Field(pattern=_MONTH.pattern)] | None = None
