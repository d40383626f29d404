"""Request and response schemas of 民主评议党员."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from miniapp_api.appraisal.models import Grade
from server.core.schemas import Day, OutSchema, Schema


class RoundCreate(Schema):
    year: int = Field(ge=2000, le=2099, title="评议年度")


class SelfIn(Schema):
    text: str = Field(min_length=1, max_length=5000, title="个人自评（党性分析）")


class GradeIn(Schema):
    member_id: int = Field(ge=1, title="党员")
    grade: Grade = Field(title="等次", description="excellent 优秀、qualified 合格、basic 基本合格、unqualified 不合格")


class RatingsIn(Schema):
    ratings: list[GradeIn] = Field(min_length=1, max_length=500, title="互评")


class ProposalIn(Schema):
    grades: list[GradeIn] = Field(min_length=1, max_length=500, title="支委会评定意见")


class FollowupIn(Schema):
    member_id: int = Field(ge=1, title="党员")
    note: str = Field(min_length=1, max_length=1000, title="帮助教育措施")
    due: Day | None = Field(None, title="限期改正截止日期")


class ConfirmIn(Schema):
    meeting_note: str = Field(min_length=1, max_length=1000, title="支部党员大会情况（日期、到会人数）")
    changes: list[GradeIn] = Field(default_factory=list, max_length=500, title="党员大会调整的等次")
    followups: list[FollowupIn] = Field(default_factory=list, max_length=500, title="不合格党员的处置措施")


class EntryOut(OutSchema):
    member_id: int
    name: str
    self_submitted: bool
    self_assessment: str
    peer_counts: dict[str, int]  # grade → how many peers gave it (never who)
    proposed_grade: str | None
    final_grade: str | None
    final_label: str
    followup_note: str
    followup_due: date | None


class RoundOut(OutSchema):
    id: int
    org_id: int
    org_name: str
    year: int
    status: str
    status_label: str
    opened_at: datetime
    confirmed_at: datetime | None
    meeting_note: str
    entries: list[EntryOut] = Field(default_factory=list)


class ResultOut(OutSchema):
    """One year's confirmed result of one member (their profile)."""

    round_id: int
    year: int
    org_name: str
    grade: str
    grade_label: str
    followup_note: str
    followup_due: date | None


class MyRoundOut(OutSchema):
    round_id: int
    year: int
    org_name: str
    status: str
    self_submitted: bool
    peers: list[dict[str, object]]  # [{"member_id","name","my_grade"}]
