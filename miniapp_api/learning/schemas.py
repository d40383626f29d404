"""Request and response schemas of the learning domain."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from miniapp_api.learning.models import AssignmentKind, AssignmentStatus, CourseStatus, LessonKind
from miniapp_api.orgs.models import MemberStatus, OrgType, Post
from server.core.schemas import OutSchema, PageQuery, Schema

Title = Annotated[str, Field(min_length=1, max_length=100)]
TopicName = Annotated[str, Field(min_length=1, max_length=20)]
Hours = Annotated[float, Field(ge=0, le=200)]
Year = Annotated[int, Field(ge=2000, le=2100)]
_TIME = "2026-11-22T09:30:00+08:00"
_OWN_MEDIA = re.compile(r"^/api/v1/learning/media/[0-9a-f]{32}\.(mp4|mp3|m4a|pdf)$")
_WEB_URL = re.compile(r"^https?://[^/\s?#@]+(?:[/?#][^\s]*)?$", re.IGNORECASE)


def is_safe_media_url(url: str) -> bool:
    """An http(s) address or a file uploaded here; anything a browser could run (javascript:, data:, vbscript:,
    blob:, //host …) is not. No whitespace or control characters: browsers drop them inside a scheme."""
    return url == "" or (bool(_WEB_URL.match(url) or _OWN_MEDIA.match(url)) and url.isprintable())


def check_media_url(url: str) -> str:
    if not is_safe_media_url(url):
        raise ValueError("只能填写 http:// 或 https:// 开头的网址，或本站上传的媒体文件")
    return url


MediaUrl = Annotated[str, Field(max_length=500), AfterValidator(check_media_url)]


# ---- taxonomy -------------------------------------------------------------------------------


class TopicCreate(Schema):
    name: TopicName = Field(title="主题名称", examples=["乡村振兴"])
    sort: int = Field(0, ge=-10_000, le=10_000, title="排序", examples=[10])


class TopicUpdate(Schema):
    name: TopicName | None = Field(None, title="主题名称", examples=["乡村振兴"])
    sort: int | None = Field(None, ge=-10_000, le=10_000, title="排序", examples=[10])
    is_active: bool | None = Field(None, title="是否启用", examples=[True])


class TopicOut(OutSchema):
    id: int = Field(examples=[1])
    name: str = Field(examples=["党章党规"])
    sort: int = Field(examples=[0])
    is_active: bool = Field(examples=[True])


# ---- content --------------------------------------------------------------------------------


class Audience(Schema):
    """Who a course is for; an empty list means no restriction on that attribute."""

    org_types: list[OrgType] = Field(default_factory=list, max_length=10, title="面向的组织类型", examples=[["开发区"]])
    statuses: list[MemberStatus] = Field(default_factory=list, max_length=3, title="面向的党员状态", examples=[[]])
    posts: list[Post] = Field(default_factory=list, max_length=8, title="面向的职务", examples=[[]])


class QuizQuestionIn(Schema):
    text: Annotated[str, Field(min_length=1, max_length=300)] = Field(title="题目", examples=["党的最高领导机关是？"])
    kind: Literal["single", "multiple"] = Field("single", title="题型（单选/多选）")
    options: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(
        min_length=2, max_length=8, title="选项", examples=[["党的全国代表大会和它所产生的中央委员会", "中央政治局"]]
    )
    answer: list[int] = Field(min_length=1, max_length=8, title="答案", description="正确选项的下标（从 0 开始）", examples=[[0]])

    @model_validator(mode="after")
    def _check_answer(self) -> QuizQuestionIn:
        if len(set(self.answer)) != len(self.answer) or any(not 0 <= i < len(self.options) for i in self.answer):
            raise ValueError("答案下标超出选项范围或重复")
        if self.kind == "single" and len(self.answer) != 1:
            raise ValueError("单选题只能有一个答案")
        return self


class QuizIn(Schema):
    pass_mark: int = Field(60, ge=0, le=100, title="及格分", examples=[60])
    questions: list[QuizQuestionIn] = Field(min_length=1, max_length=50, title="题目")


class QuizQuestionOut(OutSchema):
    """A question as a learner sees it before submitting: no answer."""

    id: int = Field(examples=[1])
    text: str = Field(examples=["党的最高领导机关是？"])
    kind: str = Field(examples=["single"])
    options: list[str] = Field(examples=[["党的全国代表大会和它所产生的中央委员会", "中央政治局"]])


class QuizOut(OutSchema):
    pass_mark: int = Field(examples=[60])
    questions: list[QuizQuestionOut]


class QuizAdminOut(QuizOut):
    answers: dict[int, list[int]] = Field(description="题号 → 正确选项下标", examples=[{"1": [0]}])


class QuizSubmit(Schema):
    answers: dict[int, list[int]] = Field(title="答案", description="题号 → 所选选项下标", examples=[{"1": [0]}])


class QuizResultItem(OutSchema):
    id: int = Field(examples=[1])
    correct: bool = Field(examples=[True])
    answer: list[int] = Field(examples=[[0]])


class QuizResult(OutSchema):
    score: int = Field(examples=[100])
    passed: bool = Field(examples=[True])
    pass_mark: int = Field(examples=[60])
    results: list[QuizResultItem]


_MEDIA_EXAMPLE = "https://media.example.org/dangshi/01.mp4"


class LessonIn(Schema):
    title: Title = Field(title="课时标题", examples=["从一大到遵义会议"])
    kind: LessonKind = Field(title="课时类型", examples=["video"])
    duration_s: int | None = Field(
        None,
        ge=1,
        le=24 * 3600,
        title="时长（秒）",
        description="音视频时长；图文为预计阅读时长（缺省按字数估算）",
        examples=[1500],
    )
    media_url: MediaUrl = Field(
        "", title="媒体链接", description="http(s) 网址或本站上传的媒体；上传后自动填写", examples=[_MEDIA_EXAMPLE]
    )
    body: Annotated[str, Field(max_length=200_000)] = Field("", title="正文", examples=[""])
    quiz: QuizIn | None = Field(None, title="测验")


class LessonUpdate(Schema):
    title: Title | None = Field(None, title="课时标题", examples=["从一大到遵义会议"])
    kind: LessonKind | None = Field(None, title="课时类型", examples=["video"])
    duration_s: int | None = Field(None, ge=1, le=24 * 3600, title="时长（秒）", examples=[1500])
    media_url: MediaUrl | None = Field(None, title="媒体链接", examples=[_MEDIA_EXAMPLE])
    body: Annotated[str, Field(max_length=200_000)] | None = Field(None, title="正文")
    seq: int | None = Field(None, ge=0, le=10_000, title="序号", examples=[2])


class Resume(OutSchema):
    lesson_id: int = Field(examples=[31])
    position_s: float = Field(examples=[312.5])


class LessonProgressOut(OutSchema):
    certified_seconds: int = Field(examples=[600])
    position_s: float = Field(examples=[612.0])
    progress: float = Field(examples=[0.41])
    completed: bool = Field(examples=[False])


class LessonOut(OutSchema):
    id: int = Field(examples=[31])
    course_id: int = Field(examples=[7])
    seq: int = Field(examples=[1])
    title: str = Field(examples=["从一大到遵义会议"])
    kind: LessonKind = Field(examples=["video"])
    duration_s: int = Field(examples=[1500])
    media_url: str = Field(examples=[_MEDIA_EXAMPLE])
    has_quiz: bool = Field(False, examples=[True])
    my: LessonProgressOut | None = Field(None, description="党员本人的进度（管理端为空）")


class LessonDetail(LessonOut):
    body: str = Field("", examples=[""])
    quiz: QuizOut | None = None


class CourseCreate(Schema):
    org_id: int | None = Field(None, title="所属组织", description="所属组织；超级管理员留空为全局课程", examples=[3])
    title: Title = Field(title="课程名称", examples=["党史上的重要会议"])
    summary: Annotated[str, Field(max_length=2000)] = Field("", title="简介", examples=["按时间顺序讲述党史上的重要会议"])
    topics: list[TopicName] = Field(min_length=1, max_length=5, title="主题", examples=[["党史"]])
    credit_hours: Hours = Field(0, title="完成后学时", description="0 表示按认证时长折算", examples=[2])
    audience: Audience = Field(default_factory=Audience, title="学习对象")
    cover_url: MediaUrl = Field("", title="封面图片链接", examples=[""])
    lessons: list[LessonIn] = Field(default_factory=list, max_length=200, title="课时")


class CourseUpdate(Schema):
    title: Title | None = Field(None, title="课程名称", examples=["党史上的重要会议"])
    summary: Annotated[str, Field(max_length=2000)] | None = Field(None, title="简介")
    topics: list[TopicName] | None = Field(None, min_length=1, max_length=5, title="主题", examples=[["党史"]])
    credit_hours: Hours | None = Field(None, title="完成后学时", examples=[2])
    audience: Audience | None = Field(None, title="学习对象")
    cover_url: MediaUrl | None = Field(None, title="封面图片链接", examples=[""])


class CourseOut(OutSchema):
    id: int = Field(examples=[7])
    org_id: int | None = Field(examples=[3])
    title: str = Field(examples=["党史上的重要会议"])
    summary: str = Field(examples=["按时间顺序讲述党史上的重要会议"])
    topics: list[str] = Field(examples=[["党史"]])
    credit_hours: float = Field(examples=[2.0])
    audience: Audience
    status: CourseStatus = Field(examples=["published"])
    cover_url: str = Field(examples=[""])
    published_at: datetime | None = Field(examples=[_TIME])
    total_duration_s: int = Field(examples=[3000])
    lessons: list[LessonOut]
    progress: float | None = Field(None, description="党员本人的课程进度 0–1（管理端为空）", examples=[0.5])
    completed: bool | None = Field(None, examples=[False])


class CourseQuery(PageQuery):
    org_id: int | None = Field(None, title="组织", description="管理端：只看该组织（含下级）的课程", examples=[3])
    status: CourseStatus | None = Field(None, title="状态", description="管理端：按状态筛选")
    topic: TopicName | None = Field(None, title="主题", examples=["党史"])
    q: Annotated[str, Field(max_length=50)] | None = Field(
        None, title="搜索", description="课程名称包含的文字", examples=["会议"]
    )


# ---- heartbeats and my progress --------------------------------------------------------------


class HeartbeatIn(Schema):
    lesson_id: int = Field(ge=1, title="课时", examples=[31])
    session_id: Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")] = Field(
        title="会话", description="每次打开课时生成的随机标识", examples=["h5lq8x2k9ab3c4"]
    )
    position_s: float = Field(ge=0, le=86400, title="播放位置（秒）", examples=[315.2])
    playing: bool = Field(title="是否在播放", examples=[True])
    visible: bool = Field(title="页面是否可见", examples=[True])
    seq: int | None = Field(
        None, ge=0, le=2**31, title="序号", description="每个会话严格递增；重放或乱序的心跳不计时", examples=[12]
    )


class MyCourse(OutSchema):
    course_id: int = Field(examples=[7])
    title: str = Field(examples=["党史上的重要会议"])
    progress: float = Field(examples=[0.5])
    completed: bool = Field(examples=[False])
    resume: Resume | None


class MeOut(OutSchema):
    year: int = Field(examples=[2026])
    certified_seconds: int = Field(examples=[7260])
    certified_minutes: int = Field(examples=[121])
    credit_hours: float = Field(examples=[12.5])
    target_hours: float = Field(examples=[32.0])
    remaining_hours: float = Field(examples=[19.5])
    reached: bool = Field(examples=[False])
    pending_assignments: int = Field(examples=[1])
    courses: list[MyCourse]


class YearQuery(Schema):
    year: Year | None = Field(None, title="年度", description="缺省为本地时区的今年", examples=[2026])


class TopicMastery(OutSchema):
    topic: str = Field(examples=["党史"])
    certified_minutes: int = Field(examples=[50])
    quiz_score: float | None = Field(examples=[80.0])
    mastery: int = Field(examples=[58])


class MemberGraphOut(OutSchema):
    year: int = Field(examples=[2026])
    topics: list[TopicMastery]


class RecommendationOut(OutSchema):
    kind: Literal["required", "makeup", "topic_gap", "similar_orgs", "branch_popular", "popular"] = Field(examples=["makeup"])
    course_id: int | None = Field(examples=[7])
    assignment_id: int | None = Field(None, examples=[12])
    title: str = Field(examples=["支部工作条例要点"])
    topics: list[str] = Field(examples=[["党章党规"]])
    reason: str = Field(examples=["补学任务：补学：上月主题党日，截止 12 月 6 日"])


class RecommendationList(OutSchema):
    items: list[RecommendationOut]


# ---- ledger, assignments, org views -----------------------------------------------------------


class LedgerCreate(Schema):
    member_id: int = Field(ge=1, title="党员", examples=[42])
    hours: float = Field(gt=0, le=100, title="学时", examples=[2])
    source: Literal["offline", "partyday"] = Field("offline", title="来源")
    note: Annotated[str, Field(min_length=1, max_length=200)] = Field(title="说明", examples=["党校集中轮训"])
    at: datetime | None = Field(None, title="时间", description="缺省为现在", examples=[_TIME])


class LedgerOut(OutSchema):
    id: int = Field(examples=[88])
    member_id: int = Field(examples=[42])
    year: int = Field(examples=[2026])
    hours: float = Field(examples=[2.0])
    source: str = Field(examples=["offline"])
    source_label: str = Field("", title="来源（中文）", examples=["线下培训"])
    source_id: int | None = Field(examples=[None])
    note: str = Field(examples=["党校集中轮训"])
    at: datetime = Field(examples=[_TIME])


class LedgerQuery(PageQuery):
    org_id: int | None = Field(None, title="组织", description="管理端：该组织（含下级）的台账", examples=[3])
    member_id: int | None = Field(None, title="党员", description="管理端：只看该党员", examples=[42])
    year: Year | None = Field(None, title="年度", examples=[2026])


class MyLedgerQuery(PageQuery):
    year: Year | None = Field(None, title="年度", description="缺省为本地时区的今年", examples=[2026])


class AssignmentCreate(Schema):
    org_id: int = Field(title="组织", examples=[3])
    title: Title = Field(title="任务名称", examples=["学习《支部工作条例》"])
    kind: AssignmentKind = Field(AssignmentKind.REQUIRED, title="类型（必学/补学）")
    course_id: int | None = Field(None, title="课程", examples=[7])
    lesson_id: int | None = Field(None, title="课时", examples=[None])
    due_date: date | None = Field(
        None, title="截止日期", description="本地日期，截止到当天 23:59:59（LOCAL_TIMEZONE）", examples=["2026-12-06"]
    )
    due_at: datetime | None = Field(None, title="截止时间", description="精确的截止时刻；与截止日期二选一", examples=[None])
    member_ids: list[int] | None = Field(None, max_length=5000, title="党员", description="缺省为该组织（含下级）全体党员")

    @model_validator(mode="after")
    def _one_due(self) -> AssignmentCreate:
        if self.due_date is not None and self.due_at is not None:
            raise ValueError("截止日期和截止时间只能填一个")
        return self


class AssignmentOut(OutSchema):
    id: int = Field(examples=[12])
    member_id: int = Field(examples=[42])
    member_name: str = Field("", examples=["王芳"])
    kind: AssignmentKind = Field(examples=["makeup"])
    source: str = Field(examples=["partyday"])
    source_id: int = Field(examples=[5])
    title: str = Field(examples=["补学：主题党日「学习支部工作条例」"])
    course_id: int | None = Field(examples=[7])
    lesson_id: int | None = Field(examples=[None])
    due_at: datetime | None = Field(examples=["2026-12-06T23:59:59+08:00"])
    due_date: date | None = Field(None, description="截止日期（本地时区）", examples=["2026-12-06"])
    overdue: bool = Field(False, description="已过截止时间仍未完成", examples=[False])
    self_confirm: bool = Field(False, description="党员本人可以确认完成（不关联课程的补学）", examples=[True])
    status: AssignmentStatus = Field(examples=["pending"])
    done_at: datetime | None = Field(examples=[None])
    done_note: str = Field(examples=[""])


class AssignmentQuery(PageQuery):
    org_id: int = Field(title="组织", examples=[3])
    status: AssignmentStatus | None = Field(None, title="状态")
    overdue_only: bool = Field(False, title="只看逾期", description="只看已过截止时间仍未完成的")


class ConfirmIn(Schema):
    note: Annotated[str, Field(min_length=1, max_length=200)] = Field(title="说明", examples=["已观看会议录像并提交心得"])


class AssignResult(OutSchema):
    assigned: int = Field(examples=[18])


class MemberProgressRow(OutSchema):
    member_id: int = Field(examples=[42])
    name: str = Field(examples=["王芳"])
    org_id: int = Field(examples=[3])
    org_name: str = Field(examples=["第一党支部"])
    posts: list[str] = Field(examples=[["组织委员"]])
    target_hours: float = Field(examples=[56.0])
    credit_hours: float = Field(examples=[12.5])
    certified_minutes: int = Field(examples=[121])
    reached: bool = Field(examples=[False])


class OrgProgressQuery(PageQuery):
    year: Year | None = Field(None, title="年度", examples=[2026])
    behind_only: bool = Field(False, title="只看未达标")


class HeatRow(OutSchema):
    org_id: int = Field(examples=[3])
    org_name: str = Field(examples=["第一党支部"])
    members: int = Field(examples=[12])
    minutes: list[float] = Field(examples=[[35.5, 12.0]])


class CourseCompletionRate(OutSchema):
    course_id: int = Field(examples=[7])
    title: str = Field(examples=["党史上的重要会议"])
    audience: int = Field(examples=[12])
    completed: int = Field(examples=[9])
    rate: float = Field(examples=[0.75])


class OrgGraphOut(OutSchema):
    org_id: int = Field(examples=[3])
    year: int = Field(examples=[2026])
    member_count: int = Field(examples=[12])
    reached_count: int = Field(examples=[9])
    reached_rate: float = Field(examples=[0.75])
    behind_count: int = Field(examples=[3])
    topics: list[str] = Field(examples=[["党章党规", "党史"]])
    topic_minutes: list[float] = Field(examples=[[426.0, 144.0]])
    heat: list[HeatRow]
    completion: list[CourseCompletionRate]


class OrgSettingsIn(Schema):
    show_ranking: bool = Field(title="显示个人排名", examples=[False])


class OrgSettingsOut(OutSchema):
    org_id: int = Field(examples=[3])
    show_ranking: bool = Field(examples=[False])


class RankingRow(OutSchema):
    rank: int = Field(examples=[1])
    name: str = Field(examples=["王芳"])
    credit_hours: float = Field(examples=[30.5])


class RankingOut(OutSchema):
    org_id: int = Field(examples=[3])
    year: int = Field(examples=[2026])
    items: list[RankingRow]
