"""Courses as each audience lists them: an admin's managed courses, a member's catalogue with his progress."""

from __future__ import annotations

from redis.asyncio import Redis

from miniapp_api.learning import content, progress, views
from miniapp_api.learning.models import Quiz
from miniapp_api.learning.schemas import CourseOut, CourseQuery, LessonDetail, QuizAdminOut
from miniapp_api.orgs.models import Member, Organization
from server.core.auth import CONSOLE_ROLES, Principal


def is_console(principal: Principal) -> bool:
    """Staff and admins see the management view of courses; everyone else the member's view."""
    return principal.role in CONSOLE_ROLES


async def admin_courses(principal: Principal, q: CourseQuery) -> tuple[list[CourseOut], int]:
    rows, total = await content.admin_courses(principal, q)
    return [await views.course_out(c) for c in rows], total


async def member_courses(redis: Redis, member: Member, org: Organization, q: CourseQuery) -> tuple[list[CourseOut], int]:
    """Published courses the member may study (his org's, its ancestors', global ones, fitting the audience),
    filtered by topic and title, with his progress."""
    rows = [c for c in await content.visible_courses(member, org)
            if (not q.topic or q.topic in c.topics) and (not q.q or q.q in c.title)]
    states = await progress.lesson_states(redis, member.id)
    page = rows[q.offset:q.offset + q.page_size]
    return [await views.course_out(c, states) for c in page], len(rows)


async def admin_course(principal: Principal, course_id: int) -> CourseOut:
    return await views.course_out(await content.manageable_course(principal, course_id))


async def member_course(redis: Redis, member: Member, org: Organization, course_id: int) -> CourseOut:
    course = await content.visible_course(member, org, course_id)
    states = await progress.lesson_states(redis, member.id, [le.id for le in course.lessons])
    return await views.course_out(course, states)


async def study_lesson(redis: Redis, member: Member, org: Organization, lesson_id: int) -> LessonDetail:
    lesson, quiz = await content.study_lesson(member, org, lesson_id)
    states = await progress.lesson_states(redis, member.id, [lesson.id])
    return views.lesson_detail(lesson, quiz, states.get(lesson.id))


async def admin_quiz(principal: Principal, lesson_id: int) -> QuizAdminOut:
    """A lesson's quiz with its answers; an empty one (pass mark 60) if it has none."""
    lesson = await content.manageable_lesson(principal, lesson_id)
    quiz = await Quiz.get_or_none(lesson_id=lesson.id)
    return views.quiz_admin_out(quiz) if quiz else QuizAdminOut(pass_mark=60, questions=[], answers={})
