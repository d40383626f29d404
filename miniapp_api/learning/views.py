"""Turning learning models into response schemas (quiz answers are left out unless asked for)."""

from __future__ import annotations

from tortoise.exceptions import NoValuesFetched

from miniapp_api.learning.models import Course, Lesson, Quiz
from miniapp_api.learning.progress import LessonState, course_summary
from miniapp_api.learning.schemas import (
    Audience,
    CourseOut,
    LessonDetail,
    LessonOut,
    QuizAdminOut,
    QuizOut,
    QuizQuestionOut,
    is_safe_media_url,
)


def quiz_out(quiz: Quiz) -> QuizOut:
    return QuizOut(pass_mark=quiz.pass_mark, questions=[
        QuizQuestionOut(id=q["id"], text=q["text"], kind=q["kind"], options=q["options"]) for q in quiz.questions])


def quiz_admin_out(quiz: Quiz) -> QuizAdminOut:
    public = quiz_out(quiz)
    return QuizAdminOut(pass_mark=public.pass_mark, questions=public.questions,
                        answers={q["id"]: q["answer"] for q in quiz.questions})


def lesson_out(lesson: Lesson, quizzed: set[int], state: LessonState | None = None) -> LessonOut:
    return LessonOut(
        id=lesson.id, course_id=lesson.course_id, seq=lesson.seq, title=lesson.title, kind=lesson.kind,
        duration_s=lesson.duration_s, media_url=lesson.media_url if is_safe_media_url(lesson.media_url) else "",
        has_quiz=lesson.id in quizzed,
        my=state.out(lesson) if state else None,
    )


def lesson_detail(lesson: Lesson, quiz: Quiz | None, state: LessonState | None) -> LessonDetail:
    base = lesson_out(lesson, {lesson.id} if quiz else set(), state)
    return LessonDetail(**base.model_dump(), body=lesson.body, quiz=quiz_out(quiz) if quiz else None)


async def quizzed_lessons(lesson_ids: list[int]) -> set[int]:
    if not lesson_ids:
        return set()
    return set(await Quiz.filter(lesson_id__in=lesson_ids).values_list("lesson_id", flat=True))  # type: ignore[arg-type]


async def course_out(course: Course, states: dict[int, LessonState] | None = None) -> CourseOut:
    """A course with its lessons (fetched if needed); with `states`, the member's progress too."""
    if not _loaded(course):
        await course.fetch_related("lessons")
    lessons = sorted(course.lessons, key=lambda x: (x.seq, x.id))
    quizzed = await quizzed_lessons([le.id for le in lessons])
    summary = course_summary(course, states) if states is not None else None
    return CourseOut(
        id=course.id, org_id=course.org_id, title=course.title, summary=course.summary, topics=list(course.topics),
        credit_hours=float(course.credit_hours), audience=Audience.model_validate(course.audience or {}),
        status=course.status, cover_url=course.cover_url, published_at=course.published_at,
        total_duration_s=sum(le.duration_s for le in lessons),
        lessons=[lesson_out(le, quizzed, (states or {}).get(le.id)) for le in lessons],
        progress=summary.progress if summary else None, completed=summary.completed if summary else None,
    )


def _loaded(course: Course) -> bool:
    try:
        list(course.lessons)
    except NoValuesFetched:
        return False
    return True
