"""Request and response schemas of the learning domain."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, model_validator

from miniapp_api.learning.models import AssignmentKind, AssignmentStatus, CourseStatus, LessonKind
from miniapp_api.orgs.models import MemberStatus, OrgType, Post
from server.core.schemas import OutSchema, PageQuery, Schema

Title = Annotated[str, Field(min_length=1, max_length=100)]
TopicName = Annotated[str, Field(min_length=1, max_length=20)]
Hours = Annotated[float, Field(ge=0, le=200)]


# ---- taxonomy -------------------------------------------------------------------------------

class TopicCreate(Schema):
    name: TopicName
    sort: int = 0


class TopicUpdate(Schema):
    name: TopicName | None = None
    sort: int | None = None
    is_active: bool | None = None


class TopicOut(OutSchema):
    id: int
    name: str
    sort: int
    is_active: bool


# ---- content --------------------------------------------------------------------------------

class Audience(Schema):
    """Who a course is for; an empty list means no restriction on that attribute."""

    org_types: list[OrgType] = Field(default_factory=list, max_length=10)
    statuses: list[MemberStatus] = Field(default_factory=list, max_length=3)
    posts: list[Post] = Field(default_factory=list, max_length=8)


class QuizQuestionIn(Schema):
    text: Annotated[str, Field(min_length=1, max_length=300)]
    kind: Literal["single", "multiple"] = "single"
    options: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(min_length=2, max_length=8)
    answer: list[int] = Field(min_length=1, max_length=8, description="正确选项的下标（从 0 开始）")

    @model_validator(mode="after")
    def _check_answer(self) -> QuizQuestionIn:
        if len(set(self.answer)) != len(self.answer) or any(not 0 <= i < len(self.options) for i in self.answer):
            raise ValueError("答案下标超出选项范围或重复")
        if self.kind == "single" and len(self.answer) != 1:
            raise ValueError("单选题只能有一个答案")
        return self


class QuizIn(Schema):
    pass_mark: int = Field(60, ge=0, le=100)
    questions: list[QuizQuestionIn] = Field(min_length=1, max_length=50)


class QuizQuestionOut(OutSchema):
    """A question as a learner sees it before submitting: no answer."""

    id: int
    text: str
    kind: str
    options: list[str]


class QuizOut(OutSchema):
    pass_mark: int
    questions: list[QuizQuestionOut]


class QuizAdminOut(QuizOut):
    answers: dict[int, list[int]]


class QuizSubmit(Schema):
    answers: dict[int, list[int]] = Field(description="题号 → 所选选项下标")


class QuizResultItem(OutSchema):
    id: int
    correct: bool
    answer: list[int]


class QuizResult(OutSchema):
    score: int
    passed: bool
    pass_mark: int
    results: list[QuizResultItem]


class LessonIn(Schema):
    title: Title
    kind: LessonKind
    duration_s: int | None = Field(None, ge=1, le=24 * 3600, description="音视频时长；图文为预计阅读时长（缺省按字数估算）")
    media_url: Annotated[str, Field(max_length=500)] = ""
    body: Annotated[str, Field(max_length=200_000)] = ""
    quiz: QuizIn | None = None


class LessonUpdate(Schema):
    title: Title | None = None
    kind: LessonKind | None = None
    duration_s: int | None = Field(None, ge=1, le=24 * 3600)
    media_url: Annotated[str, Field(max_length=500)] | None = None
    body: Annotated[str, Field(max_length=200_000)] | None = None
    seq: int | None = Field(None, ge=0, le=10_000)


class Resume(OutSchema):
    lesson_id: int
    position_s: float


class LessonProgressOut(OutSchema):
    certified_seconds: int
    position_s: float
    progress: float
    completed: bool


class LessonOut(OutSchema):
    id: int
    course_id: int
    seq: int
    title: str
    kind: LessonKind
    duration_s: int
    media_url: str
    has_quiz: bool = False
    my: LessonProgressOut | None = None


class LessonDetail(LessonOut):
    body: str = ""
    quiz: QuizOut | None = None


class CourseCreate(Schema):
    org_id: int | None = Field(None, description="所属组织；超级管理员留空为全局课程")
    title: Title
    summary: Annotated[str, Field(max_length=2000)] = ""
    topics: list[TopicName] = Field(min_length=1, max_length=5)
    credit_hours: Hours = 0
    audience: Audience = Field(default_factory=Audience)
    cover_url: Annotated[str, Field(max_length=500)] = ""
    lessons: list[LessonIn] = Field(default_factory=list, max_length=200)


class CourseUpdate(Schema):
    title: Title | None = None
    summary: Annotated[str, Field(max_length=2000)] | None = None
    topics: list[TopicName] | None = Field(None, min_length=1, max_length=5)
    credit_hours: Hours | None = None
    audience: Audience | None = None
    cover_url: Annotated[str, Field(max_length=500)] | None = None


class CourseOut(OutSchema):
    id: int
    org_id: int | None
    title: str
    summary: str
    topics: list[str]
    credit_hours: float
    audience: Audience
    status: CourseStatus
    cover_url: str
    published_at: datetime | None
    total_duration_s: int
    lessons: list[LessonOut]
    progress: float | None = None
    completed: bool | None = None


class CourseQuery(PageQuery):
    org_id: int | None = Field(None, description="管理端：只看该组织（含下级）的课程")
    status: CourseStatus | None = None
    topic: TopicName | None = None
    q: Annotated[str, Field(max_length=50)] | None = None


# ---- heartbeats and my progress --------------------------------------------------------------

class HeartbeatIn(Schema):
    lesson_id: int = Field(ge=1)
    session_id: Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
    position_s: float = Field(ge=0, le=86400)
    playing: bool
    visible: bool
    seq: int | None = Field(None, ge=0, le=2**31, description="每个会话严格递增；重放或乱序的心跳不计时")


class MyCourse(OutSchema):
    course_id: int
    title: str
    progress: float
    completed: bool
    resume: Resume | None


class MeOut(OutSchema):
    year: int
    certified_seconds: int
    certified_minutes: int
    credit_hours: float
    target_hours: float
    remaining_hours: float
    reached: bool
    pending_assignments: int
    courses: list[MyCourse]


class YearQuery(Schema):
    year: int | None = Field(None, ge=2000, le=2100)


class TopicMastery(OutSchema):
    topic: str
    certified_minutes: int
    quiz_score: float | None
    mastery: int


class MemberGraphOut(OutSchema):
    year: int
    topics: list[TopicMastery]


class RecommendationOut(OutSchema):
    kind: Literal["required", "makeup", "topic_gap", "similar_orgs", "branch_popular", "popular"]
    course_id: int | None
    assignment_id: int | None = None
    title: str
    topics: list[str]
    reason: str


class RecommendationList(OutSchema):
    items: list[RecommendationOut]


# ---- ledger, assignments, org views -----------------------------------------------------------

class LedgerCreate(Schema):
    member_id: int
    hours: float = Field(gt=0, le=100)
    source: Literal["offline", "partyday"] = "offline"
    note: Annotated[str, Field(min_length=1, max_length=200)]
    at: datetime | None = None


class LedgerOut(OutSchema):
    id: int
    member_id: int
    year: int
    hours: float
    source: str
    source_id: int | None
    note: str
    at: datetime


class LedgerQuery(PageQuery):
    org_id: int | None = None
    member_id: int | None = None
    year: int | None = Field(None, ge=2000, le=2100)


class AssignmentCreate(Schema):
    org_id: int
    title: Title
    kind: AssignmentKind = AssignmentKind.REQUIRED
    course_id: int | None = None
    lesson_id: int | None = None
    due_at: datetime | None = None
    member_ids: list[int] | None = Field(None, max_length=5000, description="缺省为该组织（含下级）全体党员")


class AssignmentOut(OutSchema):
    id: int
    member_id: int
    member_name: str = ""
    kind: AssignmentKind
    source: str
    source_id: int
    title: str
    course_id: int | None
    lesson_id: int | None
    due_at: datetime | None
    status: AssignmentStatus
    done_at: datetime | None
    done_note: str


class AssignmentQuery(PageQuery):
    org_id: int
    status: AssignmentStatus | None = None


class ConfirmIn(Schema):
    note: Annotated[str, Field(min_length=1, max_length=200)]


class AssignResult(OutSchema):
    assigned: int


class MemberProgressRow(OutSchema):
    member_id: int
    name: str
    org_id: int
    org_name: str
    posts: list[str]
    target_hours: float
    credit_hours: float
    certified_minutes: int
    reached: bool


class OrgProgressQuery(PageQuery):
    year: int | None = Field(None, ge=2000, le=2100)
    behind_only: bool = False


class HeatRow(OutSchema):
    org_id: int
    org_name: str
    members: int
    minutes: list[float]


class CourseCompletionRate(OutSchema):
    course_id: int
    title: str
    audience: int
    completed: int
    rate: float


class OrgGraphOut(OutSchema):
    org_id: int
    year: int
    member_count: int
    reached_count: int
    reached_rate: float
    behind_count: int
    topics: list[str]
    topic_minutes: list[float]
    heat: list[HeatRow]
    completion: list[CourseCompletionRate]


class OrgSettingsIn(Schema):
    show_ranking: bool


class OrgSettingsOut(OutSchema):
    org_id: int
    show_ranking: bool


class RankingRow(OutSchema):
    rank: int
    name: str
    credit_hours: float


class RankingOut(OutSchema):
    org_id: int
    year: int
    items: list[RankingRow]
