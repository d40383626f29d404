"""Request and response schemas of 换届 and elections."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from miniapp_api.elections.models import ElectionStatus, TermStatus
from miniapp_api.orgs.models import Post
from server.core.schemas import Day, Schema


class TermIn(Schema):
    started_on: Day = Field(title="开始日期")
    years: int | None = Field(
        None, ge=1, le=5, description="不填按组织类别取默认（支部 3 年，村和社区支部 5 年，党委 5 年）", title="任期年限"
    )
    note: str = Field("", max_length=200, title="备注")


class TermOut(BaseModel):
    id: int
    org_id: int
    started_on: date
    years: int
    ends_on: date
    status: TermStatus
    election_id: int | None
    note: str


class TermsOut(BaseModel):
    org_id: int
    current: TermOut | None
    days_left: int | None
    remind: bool = Field(description="届满前提醒期内或已届满")
    default_years: int
    history: list[TermOut]


class CandidateIn(Schema):
    member_id: int = Field(ge=1, title="候选人")
    post: Post = Field(Post.COMMITTEE_MEMBER, title="拟任职务")


class ElectionIn(Schema):
    title: str = Field(min_length=1, max_length=100, title="名称")
    seats: int = Field(ge=1, le=50, title="应选人数")
    candidates: list[CandidateIn] = Field(min_length=2, max_length=100, title="候选人")


class AttendanceIn(Schema):
    member_ids: list[int] = Field(max_length=2000, title="到会党员")


class BallotIn(Schema):
    candidate_ids: list[int] = Field(max_length=50, description="所选候选人的党员编号；空列表为空白票", title="所选候选人")


class CandidateOut(BaseModel):
    member_id: int
    name: str
    post: str
    votes: int | None = Field(description="计票后才有")
    elected: bool | None


class ElectionOut(BaseModel):
    id: int
    org_id: int
    title: str
    seats: int
    status: ElectionStatus
    expected: int = Field(description="应到（有选举权的正式党员）")
    present: int
    voted: int
    quorum_needed: int = Field(description="开始投票须达到的实到人数")
    majority_needed: int = Field(description="当选须得到的最少票数（超过应到人数的半数）")
    candidates: list[CandidateOut]
    result: dict
    created_at: datetime
    opened_at: datetime | None
    closed_at: datetime | None


class VotedOut(BaseModel):
    election_id: int
    voted: bool
