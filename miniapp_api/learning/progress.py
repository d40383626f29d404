"""A member's own study: lesson progress (DB + live Redis state), this year's 学时 against target, quizzes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from redis.asyncio import Redis

from miniapp_api.learning import ledger
from miniapp_api.learning.certify import LiveProgress, live_progress
from miniapp_api.learning.flusher import claims_taken, read_unflushed
from miniapp_api.learning.models import (
    MEDIA_KINDS,
    AssignmentStatus,
    Course,
    FlushRecord,
    Lesson,
    LessonProgress,
    Quiz,
    QuizAttempt,
    StudyAssignment,
    StudyDay,
)
from miniapp_api.learning.schemas import LessonProgressOut, MeOut, MyCourse, QuizResult, QuizResultItem, Resume
from miniapp_api.learning.upserts import placeholders
from miniapp_api.orgs.models import Member
from server.core.errors import BadRequest
from server.core.settings import LearningSettings

READ_ATTEMPTS = 4  # a flush claims at most once per interval; a read overlapping two in a row is rare


class QuizMissing(BadRequest):
    code = "learning.no_quiz"
    message = "该课时没有测验"


@dataclass(frozen=True)
class LessonState:
    lesson_id: int
    course_id: int
    certified_ms: int
    position_s: float
    frontier_s: float
    completed: bool
    last_at: float

    def share(self, lesson: Lesson) -> float:
        """How far through the lesson, 0..1 (1 once completed)."""
        if self.completed:
            return 1.0
        media = lesson.kind in MEDIA_KINDS
        done = self.frontier_s / lesson.duration_s if media else self.certified_ms / 1000 / lesson.duration_s
        return round(min(0.99, max(0.0, done)), 3)

    def out(self, lesson: Lesson) -> LessonProgressOut:
        return LessonProgressOut(certified_seconds=self.certified_ms // 1000, position_s=self.position_s,
                                 progress=self.share(lesson), completed=self.completed)


async def lesson_states(redis: Redis, member_id: int, lesson_ids: list[int] | None = None) -> dict[int, LessonState]:
    """Progress per lesson: database rows overlaid with the live (authoritative) Redis state."""
    qs = LessonProgress.filter(member_id=member_id)
    if lesson_ids is not None:
        qs = qs.filter(lesson_id__in=lesson_ids)
    rows = {r.lesson_id: r for r in await qs}
    if lesson_ids is not None:
        wanted = set(lesson_ids)
    else:
        unflushed = (await read_unflushed(redis, member_id)).fields
        wanted = set(rows) | {int(name.split("|")[1]) for _, name, _ in unflushed if name.startswith("p|")}
    live = await live_progress(redis, member_id, sorted(wanted))
    missing = [i for i in live if i not in rows]
    courses = dict(await Lesson.filter(id__in=missing).values_list("id", "course_id")) if missing else {}
    out: dict[int, LessonState] = {}
    for lesson_id in wanted:
        row, state = rows.get(lesson_id), live.get(lesson_id)
        course_id = row.course_id if row else courses.get(lesson_id)
        if course_id is None:
            continue
        out[lesson_id] = _merge(lesson_id, course_id, row, state)
    return out


def _merge(lesson_id: int, course_id: int, row: LessonProgress | None, live: LiveProgress | None) -> LessonState:
    if live is not None:
        cert, pos, front, done, t = live
        return LessonState(lesson_id, course_id, cert, pos, front, done or bool(row and row.completed_at), t)
    assert row is not None
    return LessonState(lesson_id, course_id, row.certified_ms, row.position_s, row.frontier_s,
                       row.completed_at is not None, row.last_beat_at)


async def certified_ms_in_year(redis: Redis, member_id: int, year: int) -> int:
    """Flushed certified time of the year plus what still waits in Redis, pending or claimed by a flush.

    A flush moves time from Redis to the database while this reads; a claim counts only while its FlushRecord
    is missing (read in the same statement as the sum), and a claim taken between the reads sends it round
    again. So the figure never dips or doubles while a flush runs.
    """
    for _ in range(READ_ATTEMPTS):
        view = await read_unflushed(redis, member_id)
        flushed, committed = await _flushed_ms(member_id, year, view.claim_ids)
        if await claims_taken(redis, member_id) == view.claimed:
            break
    return flushed + sum(int(value) for claim, name, value in view.fields
                         if claim not in committed and name.startswith("c|") and name.split("|")[2].startswith(f"{year}-"))


async def _flushed_ms(member_id: int, year: int, claim_ids: list[str]) -> tuple[int, set[str]]:
    """The year's flushed milliseconds and which of these claims have committed — one statement, one snapshot."""
    conn = StudyDay._meta.db
    sql = (f"SELECT NULL, COALESCE(SUM(certified_ms), 0) FROM {StudyDay._meta.db_table} "
           f"WHERE member_id = {placeholders(conn, 1, 1)} AND year = {placeholders(conn, 2, 1)}")
    if claim_ids:
        sql += (f" UNION ALL SELECT id, 0 FROM {FlushRecord._meta.db_table} "
                f"WHERE id IN ({placeholders(conn, 3, len(claim_ids))})")
    _, rows = await conn.execute_query(sql, [member_id, year, *claim_ids])
    return int(next(r[1] for r in rows if r[0] is None)), {str(r[0]) for r in rows if r[0] is not None}


async def my_courses(redis: Redis, member_id: int) -> list[MyCourse]:
    states = await lesson_states(redis, member_id)
    by_course: dict[int, list[LessonState]] = defaultdict(list)
    for state in states.values():
        by_course[state.course_id].append(state)
    if not by_course:
        return []
    courses = {c.id: c for c in await Course.filter(id__in=list(by_course)).prefetch_related("lessons")}
    items = []
    for course_id, touched in by_course.items():
        course = courses.get(course_id)
        if course is None:
            continue
        items.append((max(s.last_at for s in touched), course_summary(course, {s.lesson_id: s for s in touched})))
    return [item for _, item in sorted(items, key=lambda x: (-x[0], x[1].course_id))]


def course_summary(course: Course, states: dict[int, LessonState]) -> MyCourse:
    lessons = sorted(course.lessons, key=lambda x: (x.seq, x.id))
    shares = [states[le.id].share(le) if le.id in states else 0.0 for le in lessons]
    progress = round(sum(shares) / len(shares), 3) if shares else 0.0
    completed = bool(lessons) and all(le.id in states and states[le.id].completed for le in lessons)
    return MyCourse(course_id=course.id, title=course.title, progress=1.0 if completed else min(progress, 0.99),
                    completed=completed, resume=_resume(lessons, states))


def _resume(lessons: list[Lesson], states: dict[int, LessonState]) -> Resume | None:
    """Where to continue: the last lesson studied, or the next unfinished one after it."""
    if not lessons:
        return None
    touched = [states[le.id] for le in lessons if le.id in states]
    if not touched:
        return Resume(lesson_id=lessons[0].id, position_s=0)
    last = max(touched, key=lambda s: s.last_at)
    if not last.completed:
        return Resume(lesson_id=last.lesson_id, position_s=last.position_s)
    order = [le.id for le in lessons]
    after = order[order.index(last.lesson_id) + 1:] + order[: order.index(last.lesson_id)]
    for lesson_id in after:
        state = states.get(lesson_id)
        if state is None or not state.completed:
            return Resume(lesson_id=lesson_id, position_s=state.position_s if state else 0)
    return Resume(lesson_id=last.lesson_id, position_s=last.position_s)


async def me(redis: Redis, member: Member, year: int, settings: LearningSettings) -> MeOut:
    certified = await certified_ms_in_year(redis, member.id, year)
    hours = (await ledger.year_hours([member.id], year))[member.id]
    target = ledger.target_hours(member.posts, settings)
    pending = await StudyAssignment.filter(member_id=member.id, status=AssignmentStatus.PENDING).count()
    return MeOut(
        year=year, certified_seconds=certified // 1000, certified_minutes=certified // 60000, credit_hours=hours,
        target_hours=target, remaining_hours=round(max(0.0, target - hours), 2), reached=hours >= target,
        pending_assignments=pending, courses=await my_courses(redis, member.id),
    )


async def submit_quiz(member: Member, lesson: Lesson, answers: dict[int, list[int]], now: datetime) -> QuizResult:
    quiz = await Quiz.get_or_none(lesson_id=lesson.id)
    if quiz is None:
        raise QuizMissing()
    results, right = [], 0
    for q in quiz.questions:
        correct = sorted(set(answers.get(q["id"], []))) == sorted(q["answer"])
        right += correct
        results.append(QuizResultItem(id=q["id"], correct=correct, answer=q["answer"]))
    score = round(100 * right / len(quiz.questions)) if quiz.questions else 0
    passed = score >= quiz.pass_mark
    await QuizAttempt.create(member_id=member.id, lesson_id=lesson.id, score=score, passed=passed,
                             answers={str(k): v for k, v in answers.items()}, created_at=now)
    return QuizResult(score=score, passed=passed, pass_mark=quiz.pass_mark, results=results)
