"""The 学时 ledger: course completions and free-study conversion (inside a flush), targets and yearly sums."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time
from decimal import Decimal

from tortoise.backends.base.client import BaseDBAsyncClient

from miniapp_api.learning import upserts
from miniapp_api.learning.models import (
    Course,
    CourseCompletion,
    LedgerEntry,
    LedgerSource,
    Lesson,
    LessonProgress,
    StudyDay,
)
from miniapp_api.learning.service import complete_assignments, to_hours
from miniapp_api.orgs.models import LEADER_POSTS
from server.core.clock import LocalZone
from server.core.settings import LearningSettings


def target_hours(posts: list[str], settings: LearningSettings) -> float:
    """32 学时 a year for members; 56 for branch secretaries and committee members (configurable)."""
    return settings.target_hours_leader if set(posts or []) & {str(p) for p in LEADER_POSTS} else settings.target_hours_member


def ms_to_hours(ms: int, settings: LearningSettings) -> Decimal:
    return to_hours(ms / (settings.minutes_per_credit_hour * 60_000))


async def grant_for_flush(
    conn: BaseDBAsyncClient, seconds: dict[tuple[int, int, date], int], courses: dict[int, int],
    completed: list[tuple[int, int, datetime]], settings: LearningSettings, zone: LocalZone,
    now: datetime,
) -> None:
    """Ledger effects of one flush, inside its transaction."""
    credits = dict(await Course.filter(id__in=set(courses.values())).values_list("id", "credit_hours"))
    free_courses = {cid for cid, credit in credits.items() if not credit}
    touched = {(m, d) for (m, lesson, d) in seconds if courses.get(lesson) in free_courses}
    if touched:
        await _convert_free_study(conn, touched, settings, zone, now)
    if completed:
        await _complete_courses(completed, credits, zone)


async def _convert_free_study(conn: BaseDBAsyncClient, touched: set[tuple[int, date]], settings: LearningSettings,
                              zone: LocalZone, now: datetime) -> None:
    """One ledger row per member and day: that day's certified time on free courses at 45 min = 1 学时."""
    members, days = {m for m, _ in touched}, {d for _, d in touched}
    totals: dict[tuple[int, date], int] = defaultdict(int)
    for member_id, day, ms in await StudyDay.filter(
        member_id__in=members, day__in=days, course__credit_hours=0
    ).values_list("member_id", "day", "certified_ms"):
        totals[(member_id, day)] += ms
    rows = []
    for member_id, day in sorted(touched):
        ms = totals.get((member_id, day), 0)
        note = f"自由学习 {ms // 60000} 分钟（{settings.minutes_per_credit_hour} 分钟折 1 学时）"
        at = zone.at(day, time(12))
        rows.append((member_id, day.year, ms_to_hours(ms, settings), day.isoformat(), note, at))
    await upserts.put_ledger(conn, LedgerSource.FREE_STUDY, rows, now)


async def _complete_courses(completed: list[tuple[int, int, datetime]], credits: dict[int, Decimal], zone: LocalZone) -> None:
    """Grant a course's credit once all its lessons are complete; close assignments linked to them."""
    by_member: dict[int, dict[int, datetime]] = defaultdict(dict)
    lesson_course = dict(await Lesson.filter(id__in={lesson for _, lesson, _ in completed}).values_list("id", "course_id"))
    for member_id, lesson_id, at in completed:
        by_member[member_id][lesson_id] = at
    for member_id, lessons in by_member.items():
        course_ids = {lesson_course[lesson] for lesson in lessons if lesson in lesson_course}
        finished = await _finished_courses(member_id, course_ids)
        at = max(lessons.values())
        for course_id in finished:
            if await CourseCompletion.exists(member_id=member_id, course_id=course_id):
                continue
            await CourseCompletion.create(member_id=member_id, course_id=course_id, completed_at=at, year=zone.year(at))
            credit = credits.get(course_id) or Decimal(0)
            if credit > 0:
                title = await Course.get(id=course_id).values_list("title", flat=True)
                await LedgerEntry.get_or_create(
                    {"year": zone.year(at), "hours": to_hours(credit), "source_id": course_id,
                     "note": f"完成课程《{title}》", "at": at},
                    member_id=member_id, source=LedgerSource.COURSE, ref=str(course_id))
        await complete_assignments(member_id, lesson_ids=list(lessons), course_ids=sorted(finished), at=at)


async def _finished_courses(member_id: int, course_ids: set[int]) -> list[int]:
    if not course_ids:
        return []
    lessons: dict[int, set[int]] = defaultdict(set)
    for lesson_id, course_id in await Lesson.filter(course_id__in=course_ids).values_list("id", "course_id"):
        lessons[course_id].add(lesson_id)
    done = set(await LessonProgress.filter(
        member_id=member_id, course_id__in=course_ids, completed_at__isnull=False).values_list("lesson_id", flat=True))
    return sorted(cid for cid, ids in lessons.items() if ids and ids <= done)


async def year_hours(member_ids: list[int], year: int) -> dict[int, float]:
    """学时 per member for a year: the sum of that year's ledger rows."""
    out: dict[int, float] = dict.fromkeys(member_ids, 0.0)
    for member_id, hours in await LedgerEntry.filter(member_id__in=member_ids, year=year).values_list("member_id", "hours"):
        out[member_id] = round(out.get(member_id, 0.0) + float(hours), 2)
    return out
