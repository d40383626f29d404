"""Learning content: the topic taxonomy, courses, lessons and quizzes; who may manage and who may study them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from redis.asyncio import Redis
from tortoise.expressions import Q

from miniapp_api.audit import service as audit
from miniapp_api.learning.certify import invalidate_lessons
from miniapp_api.learning.models import MEDIA_KINDS, Course, CourseStatus, Lesson, LessonKind, LessonProgress, Quiz, Topic
from miniapp_api.learning.schemas import CourseCreate, CourseQuery, CourseUpdate, LessonIn, LessonUpdate, QuizIn
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, Organization
from server.core.auth import Principal, Role
from server.core.database import in_transaction
from server.core.errors import BadRequest, Conflict, Forbidden, MemberRequired, NotFound, ValidationFailed

DEFAULT_TOPICS = ["党章党规", "理论武装", "党史", "廉政教育", "业务知识", "产业党建", "时政要闻", "基层治理"]
READING_CHARS_PER_MINUTE = 400


class CourseNotFound(NotFound):
    code = "learning.course_not_found"
    message = "课程不存在"


class LessonMissing(NotFound):
    code = "learning.lesson_not_found"
    message = "课时不存在或未发布"


class TopicNotFound(NotFound):
    code = "learning.topic_not_found"
    message = "主题不存在"


class DurationRequired(ValidationFailed):
    code = "learning.duration_required"
    message = "音视频课时需要填写时长"


class UnknownTopic(ValidationFailed):
    code = "learning.unknown_topic"
    message = "主题不在主题分类中"


class NotEditable(Forbidden):
    code = "learning.not_editable"
    message = "只能管理本组织及下级组织的课程"


class EmptyCourse(BadRequest):
    code = "learning.empty_course"
    message = "课程至少需要一个课时才能发布"


class LessonInUse(Conflict):
    code = "learning.lesson_in_use"
    message = "已有党员学习该课时，不能删除"


class DuplicateTopic(Conflict):
    code = "learning.duplicate_topic"
    message = "主题已存在"


# ---- taxonomy -------------------------------------------------------------------------------

async def ensure_topics() -> None:
    """Create the default taxonomy on first use."""
    if not await Topic.exists():
        await Topic.bulk_create([Topic(name=name, sort=i) for i, name in enumerate(DEFAULT_TOPICS)], ignore_conflicts=True)


async def list_topics(include_inactive: bool = False) -> list[Topic]:
    await ensure_topics()
    qs = Topic.all() if include_inactive else Topic.filter(is_active=True)
    return await qs.order_by("sort", "id")


async def create_topic(principal: Principal, name: str, sort: int) -> Topic:
    await ensure_topics()
    if await Topic.exists(name=name):
        raise DuplicateTopic()
    topic = await Topic.create(name=name, sort=sort)
    await audit.record(principal, "learning.topic_create", "topic", topic.id, detail={"name": name})
    return topic


async def update_topic(principal: Principal, topic_id: int, changes: dict[str, Any]) -> Topic:
    topic = await Topic.get_or_none(id=topic_id)
    if topic is None:
        raise TopicNotFound()
    if changes.get("name") and await Topic.filter(name=changes["name"]).exclude(id=topic_id).exists():
        raise DuplicateTopic()
    for key, value in changes.items():
        if value is not None:
            setattr(topic, key, value)
    await topic.save()
    await audit.record(principal, "learning.topic_update", "topic", topic.id, detail={"changes": sorted(changes)})
    return topic


async def _check_topics(names: list[str]) -> list[str]:
    await ensure_topics()
    known = set(await Topic.filter(is_active=True, name__in=names).values_list("name", flat=True))
    unknown = [n for n in names if n not in known]
    if unknown:
        raise UnknownTopic(details={"unknown": unknown})
    return list(dict.fromkeys(names))


# ---- managing courses ------------------------------------------------------------------------

async def _course_org(principal: Principal, org_id: int | None) -> Organization | None:
    if org_id is None and principal.role is Role.SUPERADMIN:
        return None
    return await orgs.ensure_scope(principal, org_id if org_id is not None else principal.org_id or 0)


async def manageable_course(principal: Principal, course_id: int) -> Course:
    """A course the admin may edit: global ones for the superadmin, otherwise in the admin's subtree."""
    course = await Course.get_or_none(id=course_id).select_related("org")
    if course is None:
        raise CourseNotFound()
    if principal.role is Role.SUPERADMIN:
        return course
    root = await orgs.scope_root_path(principal)
    if course.org is None or not orgs.in_scope(root, course.org):
        raise NotEditable()
    return course


def _lesson_values(data: LessonIn | LessonUpdate, current_kind: LessonKind | None = None) -> dict[str, Any]:
    values = data.model_dump(exclude_unset=True, exclude={"quiz"})
    kind = values.get("kind") or current_kind
    if values.get("duration_s") is None:
        values.pop("duration_s", None)
        if isinstance(data, LessonIn):
            if kind in MEDIA_KINDS:
                raise DurationRequired()
            values["duration_s"] = max(60, len(data.body) * 60 // READING_CHARS_PER_MINUTE)
    return values


async def _save_quiz(lesson: Lesson, quiz: QuizIn | None) -> None:
    if quiz is None:
        await Quiz.filter(lesson_id=lesson.id).delete()
        return
    questions = [{"id": i + 1, **q.model_dump()} for i, q in enumerate(quiz.questions)]
    await Quiz.update_or_create({"pass_mark": quiz.pass_mark, "questions": questions}, lesson_id=lesson.id)


async def create_course(principal: Principal, data: CourseCreate) -> Course:
    org = await _course_org(principal, data.org_id)
    topics = await _check_topics(data.topics)
    async with in_transaction():
        course = await Course.create(
            org_id=org.id if org else None, title=data.title, summary=data.summary, topics=topics,
            credit_hours=data.credit_hours, audience=data.audience.model_dump(mode="json"), cover_url=data.cover_url,
            created_by_id=principal.user_id,
        )
        for seq, lesson_in in enumerate(data.lessons, start=1):
            await _create_lesson(course, lesson_in, seq)
        await audit.record(principal, "learning.course_create", "course", course.id, org_id=course.org_id,
                           detail={"title": course.title, "lessons": len(data.lessons)})
    return course


async def _create_lesson(course: Course, data: LessonIn, seq: int) -> Lesson:
    lesson = await Lesson.create(course_id=course.id, seq=seq, **_lesson_values(data))
    if data.quiz is not None:
        await _save_quiz(lesson, data.quiz)
    return lesson


async def update_course(principal: Principal, redis: Redis, course_id: int, data: CourseUpdate) -> Course:
    course = await manageable_course(principal, course_id)
    changes = data.model_dump(exclude_unset=True, exclude_none=True, mode="json")
    if "topics" in changes:
        changes["topics"] = await _check_topics(changes["topics"])
    for key, value in changes.items():
        setattr(course, key, value)
    async with in_transaction():
        await course.save()
        await audit.record(principal, "learning.course_update", "course", course.id, org_id=course.org_id,
                           detail={"changes": sorted(changes)})
    return course


async def set_status(principal: Principal, redis: Redis, course_id: int, status: CourseStatus, now: datetime) -> Course:
    course = await manageable_course(principal, course_id)
    lesson_ids = await Lesson.filter(course_id=course.id).values_list("id", flat=True)
    if status is CourseStatus.PUBLISHED and not lesson_ids:
        raise EmptyCourse()
    course.status = status
    if status is CourseStatus.PUBLISHED and course.published_at is None:
        course.published_at = now
    async with in_transaction():
        await course.save()
        await audit.record(principal, f"learning.course_{status.value}", "course", course.id, org_id=course.org_id)
    await invalidate_lessons(redis, list(lesson_ids))  # type: ignore[arg-type]
    return course


async def add_lesson(principal: Principal, course_id: int, data: LessonIn) -> Lesson:
    course = await manageable_course(principal, course_id)
    seq = (await Lesson.filter(course_id=course.id).count()) + 1
    async with in_transaction():
        lesson = await _create_lesson(course, data, seq)
        await audit.record(principal, "learning.lesson_create", "lesson", lesson.id, org_id=course.org_id)
    return lesson


async def manageable_lesson(principal: Principal, lesson_id: int) -> Lesson:
    lesson = await Lesson.get_or_none(id=lesson_id)
    if lesson is None:
        raise LessonMissing()
    lesson.course = await manageable_course(principal, lesson.course_id)
    return lesson


async def update_lesson(principal: Principal, redis: Redis, lesson_id: int, data: LessonUpdate) -> Lesson:
    lesson = await manageable_lesson(principal, lesson_id)
    for key, value in _lesson_values(data, lesson.kind).items():
        if value is not None:
            setattr(lesson, key, value)
    async with in_transaction():
        await lesson.save()
        await audit.record(principal, "learning.lesson_update", "lesson", lesson.id, org_id=lesson.course.org_id)
    await invalidate_lessons(redis, [lesson.id])
    return lesson


async def delete_lesson(principal: Principal, redis: Redis, lesson_id: int) -> None:
    lesson = await manageable_lesson(principal, lesson_id)
    if await LessonProgress.exists(lesson_id=lesson.id):
        raise LessonInUse()
    async with in_transaction():
        await lesson.delete()
        await audit.record(principal, "learning.lesson_delete", "lesson", lesson_id, org_id=lesson.course.org_id)
    await invalidate_lessons(redis, [lesson_id])


async def set_quiz(principal: Principal, lesson_id: int, quiz: QuizIn | None) -> Quiz | None:
    lesson = await manageable_lesson(principal, lesson_id)
    async with in_transaction():
        await _save_quiz(lesson, quiz)
        await audit.record(principal, "learning.quiz_set", "lesson", lesson.id, org_id=lesson.course.org_id,
                           detail={"questions": len(quiz.questions) if quiz else 0})
    return await Quiz.get_or_none(lesson_id=lesson.id)


async def set_media(principal: Principal, redis: Redis, lesson_id: int, url: str) -> Lesson:
    lesson = await manageable_lesson(principal, lesson_id)
    lesson.media_url = url
    async with in_transaction():
        await lesson.save(update_fields=["media_url", "updated_at"])
        await audit.record(principal, "learning.media_upload", "lesson", lesson.id, org_id=lesson.course.org_id)
    return lesson


async def admin_courses(principal: Principal, q: CourseQuery) -> tuple[list[Course], int]:
    """Courses an admin manages or may use: his subtree's plus the global ones."""
    root = await orgs.scope_root_path(principal)
    qs = Course.all()
    if q.org_id is not None:
        org = await orgs.ensure_scope(principal, q.org_id)
        qs = qs.filter(org__path__startswith=org.path)
    elif root is not None:
        qs = qs.filter(Q(org_id__isnull=True) | Q(org__path__startswith=root))
    qs = _filtered(qs, q)
    total = await qs.count()
    return await qs.order_by("-id").offset(q.offset).limit(q.page_size).prefetch_related("lessons"), total


def _filtered(qs: Any, q: CourseQuery) -> Any:
    if q.status:
        qs = qs.filter(status=q.status)
    if q.q:
        qs = qs.filter(title__contains=q.q)
    return qs


# ---- studying ---------------------------------------------------------------------------------

def fits_audience(course: Course, member: Member, org: Organization) -> bool:
    aud = course.audience or {}
    posts = set(member.posts or [])
    return (
        (not aud.get("org_types") or org.org_type.value in aud["org_types"])
        and (not aud.get("statuses") or member.status.value in aud["statuses"])
        and (not aud.get("posts") or bool(posts & set(aud["posts"])))
    )


async def learner(principal: Principal) -> tuple[Member, Organization]:
    """The caller's active member record and org (a deactivated member may not study)."""
    member = await Member.get_or_none(id=principal.member_id or 0, is_active=True).select_related("org")
    if member is None:
        raise MemberRequired()
    return member, member.org


async def visible_courses(member: Member, org: Organization) -> list[Course]:
    """Published courses of the member's org and its ancestors, plus global ones, that fit the audience."""
    ancestors = [int(x) for x in org.path.strip("/").split("/") if x]
    rows = await Course.filter(
        Q(org_id__isnull=True) | Q(org_id__in=ancestors), status=CourseStatus.PUBLISHED
    ).order_by("id").prefetch_related("lessons")
    return [c for c in rows if fits_audience(c, member, org)]


async def assignable_course(org: Organization, course_id: int) -> Course:
    """A course `org`'s members may be assigned: global, or of the org, an org above it or one below it.

    Another branch's course is "not found": assigning it would show its title and lessons to the wrong members."""
    course = await Course.get_or_none(id=course_id).select_related("org")
    owner = course.org if course is not None else None
    if course is None or (owner is not None and not (owner.path.startswith(org.path) or org.path.startswith(owner.path))):
        raise CourseNotFound()
    return course


async def visible_course(member: Member, org: Organization, course_id: int) -> Course:
    for course in await visible_courses(member, org):
        if course.id == course_id:
            return course
    raise CourseNotFound()


async def study_lesson(member: Member, org: Organization, lesson_id: int) -> tuple[Lesson, Quiz | None]:
    lesson = await Lesson.get_or_none(id=lesson_id)
    if lesson is None:
        raise LessonMissing()
    try:
        lesson.course = await visible_course(member, org, lesson.course_id)
    except CourseNotFound:
        raise LessonMissing() from None
    return lesson, await Quiz.get_or_none(lesson_id=lesson.id)
