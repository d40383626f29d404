"""Tortoise models of the learning domain: content, certified progress, the 学时 ledger, assignments."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class CourseStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class LessonKind(StrEnum):
    VIDEO = "video"
    AUDIO = "audio"
    ARTICLE = "article"
    DOCUMENT = "document"


MEDIA_KINDS = frozenset({LessonKind.VIDEO, LessonKind.AUDIO})


class AssignmentKind(StrEnum):
    REQUIRED = "required"  # 必学
    MAKEUP = "makeup"  # 补学 (e.g. absent from a party day)


class AssignmentStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"


class LedgerSource(StrEnum):
    """Known sources of 学时; other domains may pass their own short source names."""

    COURSE = "course"  # a completed course grants its credit
    FREE_STUDY = "free_study"  # certified minutes on courses without fixed credit
    PARTYDAY = "partyday"  # 主题党日 / 三会一课 attendance
    OFFLINE = "offline"  # offline training entered by an admin


SOURCE_LABELS: dict[str, str] = {LedgerSource.COURSE: "课程学习", LedgerSource.FREE_STUDY: "自主学习", LedgerSource.PARTYDAY: "主题党日",
                 LedgerSource.OFFLINE: "线下培训"}


def source_label(source: str) -> str:
    """The Chinese name of a 学时 source; a source another domain named itself is shown as 其他."""
    return SOURCE_LABELS.get(source, "其他")


class Topic(Model):
    """One entry of the managed topic taxonomy (党章党规, 理论武装, 党史 …)."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=20, unique=True)
    sort = fields.IntField(default=0)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "learning_topic"


class Course(Model):
    """A course of lessons; org NULL means a global course (superadmin), else visible to the org's subtree."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Organization", related_name="courses", null=True, on_delete=fields.RESTRICT
    )
    org_id: int | None
    title = fields.CharField(max_length=100)
    summary = fields.TextField(default="")
    topics: fields.Field[list[str]] = fields.JSONField(default=list)  # topic names from the taxonomy
    credit_hours = fields.DecimalField(max_digits=6, decimal_places=2, default=0)
    audience: fields.Field[dict[str, list[str]]] = fields.JSONField(default=dict)  # {"org_types": [], "statuses": [], "posts": []}; empty = everyone
    status = fields.CharEnumField(CourseStatus, max_length=12, default=CourseStatus.DRAFT)
    cover_url = fields.CharField(max_length=500, default="")
    created_by_id = fields.IntField(null=True)
    published_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    lessons: fields.ReverseRelation[Lesson]

    class Meta:
        table = "learning_course"
        indexes = (("status", "org_id"),)


class Lesson(Model):
    """A lesson: media (duration_s is its length) or reading (duration_s is the expected reading time)."""

    id = fields.IntField(primary_key=True)
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name="lessons", on_delete=fields.CASCADE
    )
    course_id: int
    seq = fields.IntField(default=0)
    title = fields.CharField(max_length=100)
    kind = fields.CharEnumField(LessonKind, max_length=12)
    duration_s = fields.IntField()
    media_url = fields.CharField(max_length=500, default="")
    body = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    quiz: fields.BackwardOneToOneRelation[Quiz]

    class Meta:
        table = "learning_lesson"
        indexes = (("course_id", "seq"),)


class Quiz(Model):
    """The optional quiz of a lesson; `questions` hold the answers, which never leave the server unasked."""

    id = fields.IntField(primary_key=True)
    lesson: fields.OneToOneRelation[Lesson] = fields.OneToOneField(
        "models.Lesson", related_name="quiz", on_delete=fields.CASCADE
    )
    lesson_id: int
    pass_mark = fields.IntField(default=60)  # percent
    questions: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)  # [{"id", "text", "kind", "options": [...], "answer": [idx...]}]
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "learning_quiz"


class QuizAttempt(Model):
    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Member", related_name="quiz_attempts", on_delete=fields.CASCADE)
    member_id: int
    lesson: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Lesson", related_name="attempts", on_delete=fields.CASCADE)
    lesson_id: int
    score = fields.IntField()  # 0..100
    passed = fields.BooleanField()
    answers: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "learning_quiz_attempt"
        indexes = (("member_id", "lesson_id"),)


class LessonProgress(Model):
    """Per member and lesson: certified time (all time), resume position, contiguous frontier, completion."""

    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Member", related_name="lesson_progress", on_delete=fields.CASCADE)
    member_id: int
    lesson: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Lesson", related_name="progress", on_delete=fields.CASCADE)
    lesson_id: int
    course: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Course", related_name="progress", on_delete=fields.CASCADE)
    course_id: int
    certified_ms = fields.BigIntField(default=0)
    position_s = fields.FloatField(default=0)
    frontier_s = fields.FloatField(default=0)
    completed_at = fields.DatetimeField(null=True)
    last_beat_at = fields.FloatField(default=0)  # epoch seconds of the newest beat flushed (orders snapshots)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "learning_lesson_progress"
        unique_together = (("member", "lesson"),)


class StudyDay(Model):
    """Certified milliseconds per member, lesson and local day: the base of yearly sums and topic mastery."""

    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Member", related_name="study_days", on_delete=fields.CASCADE)
    member_id: int
    lesson: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Lesson", related_name="study_days", on_delete=fields.CASCADE)
    lesson_id: int
    course: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Course", related_name="study_days", on_delete=fields.CASCADE)
    course_id: int
    day = fields.DateField()
    year = fields.IntField()
    certified_ms = fields.BigIntField(default=0)

    class Meta:
        table = "learning_study_day"
        unique_together = (("member", "lesson", "day"),)
        indexes = (("member_id", "year"), ("year", "course_id"))


class CourseCompletion(Model):
    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Member", related_name="course_completions", on_delete=fields.CASCADE)
    member_id: int
    course: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Course", related_name="completions", on_delete=fields.CASCADE)
    course_id: int
    completed_at = fields.DatetimeField()
    year = fields.IntField()

    class Meta:
        table = "learning_course_completion"
        unique_together = (("member", "course"),)


class LedgerEntry(Model):
    """One auditable 学时 credit with its source; (member, source, ref) makes repeated grants idempotent."""

    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Member", related_name="ledger", on_delete=fields.CASCADE)
    member_id: int
    year = fields.IntField()
    hours = fields.DecimalField(max_digits=7, decimal_places=2)
    source = fields.CharField(max_length=20)
    source_id = fields.IntField(null=True)
    ref = fields.CharField(max_length=64)
    note = fields.CharField(max_length=200, default="")
    at = fields.DatetimeField()
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "learning_ledger"
        unique_together = (("member", "source", "ref"),)
        # (member_id, year, hours): a branch's members' 学时 of a year from the index alone (year_hours; 41–50 ms →
        # a few ms at 10 million rows), and a member's year as before; (year, at, id): a subtree's ledger page,
        # newest first (bench/bench_explain.py)
        indexes = (("member_id", "year", "hours"), ("year", "at", "id"))


class StudyAssignment(Model):
    """Required (必学) or make-up (补学) study for one member; done on completion or an admin's confirmation."""

    id = fields.IntField(primary_key=True)
    member: fields.ForeignKeyRelation = fields.ForeignKeyField("models.Member", related_name="study_assignments", on_delete=fields.CASCADE)
    member_id: int
    kind = fields.CharEnumField(AssignmentKind, max_length=12, default=AssignmentKind.MAKEUP)
    source = fields.CharField(max_length=20)
    source_id = fields.IntField()
    title = fields.CharField(max_length=100)
    course: fields.ForeignKeyNullableRelation = fields.ForeignKeyField("models.Course", related_name="assignments", null=True, on_delete=fields.SET_NULL)
    course_id: int | None
    lesson: fields.ForeignKeyNullableRelation = fields.ForeignKeyField("models.Lesson", related_name="assignments", null=True, on_delete=fields.SET_NULL)
    lesson_id: int | None
    due_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(AssignmentStatus, max_length=10, default=AssignmentStatus.PENDING)
    done_at = fields.DatetimeField(null=True)
    done_note = fields.CharField(max_length=200, default="")
    confirmed_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "learning_assignment"
        unique_together = (("member", "source", "source_id"),)
        indexes = (("status", "member_id"),)


class FlushRecord(Model):
    """Idempotency record of one write-behind flush: a retried flush with this id is never applied twice."""

    id = fields.CharField(max_length=40, primary_key=True)
    fields_count = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "learning_flush"


class OrgLearningSettings(Model):
    """Per-org switches; personal ranking is off unless an admin turns it on."""

    id = fields.IntField(primary_key=True)
    org: fields.OneToOneRelation = fields.OneToOneField("models.Organization", related_name="learning_settings", on_delete=fields.CASCADE)
    org_id: int
    show_ranking = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "learning_org_settings"
