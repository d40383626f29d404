"""Course recommendations with reasons, in a fixed order of priority (deterministic: ties break on course id).

1. required (必学) and make-up (补学) assignments still pending, by due date;
2. topic gaps: the member's two least-studied topics this year (under 45 minutes, or under half the
   mean of the topics he can study; ties in taxonomy order) → an unfinished course of that topic;
3. what members of other orgs of the same org_type study (开发区 → 产业党建);
4. popular in the member's own org (本支部 N% 党员已学习), then popular everywhere.
Completed courses and courses outside the member's visibility or audience are never recommended.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from miniapp_api.learning.content import list_topics, visible_courses
from miniapp_api.learning.graph import topic_minutes
from miniapp_api.learning.models import (
    AssignmentKind,
    AssignmentStatus,
    Course,
    CourseCompletion,
    LessonProgress,
    StudyAssignment,
)
from miniapp_api.learning.schemas import RecommendationOut
from miniapp_api.orgs.models import Member, Organization
from server.core.clock import LocalZone

GAP_MINUTES = 45
MAX_GAPS = 2
Adder = Callable[[Course, str, str], None]
MIN_SHARE = 0.2


def _pct(share: float) -> int:
    return round(share * 100)


async def _assignments(member: Member, courses: dict[int, Course], zone: LocalZone) -> list[RecommendationOut]:
    rows = await StudyAssignment.filter(member_id=member.id, status=AssignmentStatus.PENDING).order_by("id")
    rows.sort(key=lambda a: (a.due_at is None, a.due_at or 0, a.id))
    out = []
    for a in rows:
        label = "必学" if a.kind is AssignmentKind.REQUIRED else "补学"
        day = zone.date(a.due_at) if a.due_at else None  # the local date, as the console shows it
        due = f"，截止 {day.month} 月 {day.day} 日" if day else ""
        course = courses.get(a.course_id or 0)
        out.append(RecommendationOut(
            kind="required" if a.kind is AssignmentKind.REQUIRED else "makeup", course_id=course.id if course else None,
            assignment_id=a.id, title=course.title if course else a.title, topics=list(course.topics) if course else [],
            reason=f"{label}任务：{a.title}{due}",
        ))
    return out


async def _studied_by(member_ids: list[int]) -> dict[int, set[int]]:
    """course id → members (of these) who studied it at all."""
    out: dict[int, set[int]] = defaultdict(set)
    if member_ids:
        for member_id, course_id in await LessonProgress.filter(
                member_id__in=member_ids, certified_ms__gt=0).values_list("member_id", "course_id"):
            out[course_id].add(member_id)
    return out


def _topic_gaps(minutes: dict[str, float], topics: list[str]) -> list[str]:
    """Topics (in taxonomy order) studied under GAP_MINUTES or under half the member's mean, least first."""
    if not topics:
        return []
    mean = sum(minutes.get(t, 0) for t in topics) / len(topics)
    gaps = [t for t in topics if minutes.get(t, 0) < max(GAP_MINUTES, mean / 2)]
    return sorted(gaps, key=lambda t: (minutes.get(t, 0), topics.index(t)))


async def recommend(member: Member, org: Organization, year: int, zone: LocalZone, limit: int = 10) -> list[RecommendationOut]:
    courses = {c.id: c for c in await visible_courses(member, org)}
    done = set(await CourseCompletion.filter(member_id=member.id).values_list("course_id", flat=True))
    items = await _assignments(member, courses, zone)
    taken = {i.course_id for i in items if i.course_id} | done
    open_courses = [c for cid, c in sorted(courses.items()) if cid not in taken]

    def add(course: Course, kind: str, reason: str) -> None:
        if course.id not in taken:
            taken.add(course.id)
            items.append(RecommendationOut(kind=kind, course_id=course.id, title=course.title,
                                           topics=list(course.topics), reason=reason))

    covered = {t for c in courses.values() for t in c.topics}
    taxonomy = [t.name for t in await list_topics()]
    ordered = [t for t in taxonomy if t in covered] + sorted(covered - set(taxonomy))
    mine = (await topic_minutes([member.id], year)).get(member.id, {})
    for topic in _topic_gaps(mine, ordered)[:MAX_GAPS]:
        for course in open_courses:
            if topic in course.topics and course.id not in taken:
                add(course, "topic_gap", f"你的'{topic}'学习较少")
                break

    peers = await Member.filter(org__org_type=org.org_type, is_active=True).exclude(org_id=org.id).values_list("id", flat=True)
    await _by_share(open_courses, peers, add, "similar_orgs", f"{org.org_type.value}类党组织 {{pct}}% 党员在学")  # type: ignore[arg-type]
    branch = await Member.filter(org_id=org.id, is_active=True).exclude(id=member.id).values_list("id", flat=True)
    await _by_share(open_courses, branch, add, "branch_popular", "本支部 {pct}% 党员已学习")  # type: ignore[arg-type]
    studied = await _studied_by(await Member.filter(is_active=True).values_list("id", flat=True))  # type: ignore[arg-type]
    for course in sorted(open_courses, key=lambda c: (-len(studied.get(c.id, ())), c.id)):
        if studied.get(course.id):
            add(course, "popular", f"已有 {len(studied[course.id])} 名党员学习")
    return items[:limit]


async def _by_share(courses: list[Course], member_ids: list[int], add: Adder, kind: str, template: str) -> None:
    if not member_ids:
        return
    studied = await _studied_by(member_ids)
    ranked = sorted(courses, key=lambda c: (-len(studied.get(c.id, ())), c.id))
    for course in ranked:
        share = len(studied.get(course.id, ())) / len(member_ids)
        if share >= MIN_SHARE:
            add(course, kind, template.format(pct=_pct(share)))
