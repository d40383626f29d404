"""The learning graph (学习图谱): per-member topic mastery and per-org heat map, targets and completion rates.

Mastery of a topic T for a year (0..100):
  time  = min(1, certified minutes on courses tagged T / LearningSettings.mastery_minutes)
  quiz  = mean of the member's best score (0..1) per quizzed lesson of T attempted that year
  mastery = 60·time + 40·quiz when the member took a quiz in T, else 80·time
Time on a course counts fully toward each of its topics.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from miniapp_api.learning import ledger
from miniapp_api.learning.content import fits_audience, list_topics
from miniapp_api.learning.models import Course, CourseCompletion, CourseStatus, Lesson, QuizAttempt, StudyDay
from miniapp_api.learning.schemas import (
    CourseCompletionRate,
    HeatRow,
    MemberGraphOut,
    MemberProgressRow,
    OrgGraphOut,
    TopicMastery,
)
from miniapp_api.orgs.models import Member, Organization
from server.core.clock import LocalZone
from server.core.settings import LearningSettings


async def topic_minutes(member_ids: list[int], year: int) -> dict[int, dict[str, float]]:
    """Certified minutes per member and topic in a year."""
    rows = await StudyDay.filter(member_id__in=member_ids, year=year).values_list("member_id", "course_id", "certified_ms")
    topics = await _course_topics({r[1] for r in rows})
    out: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for member_id, course_id, ms in rows:
        for topic in topics.get(course_id, []):
            out[member_id][topic] += ms / 60000
    return out


async def _course_topics(course_ids: set[int]) -> dict[int, list[str]]:
    if not course_ids:
        return {}
    return {cid: list(t or []) for cid, t in await Course.filter(id__in=course_ids).values_list("id", "topics")}


async def quiz_scores(member_id: int, year: int, zone: LocalZone) -> dict[str, float]:
    """Mean best quiz score (0..1) per topic for the member's attempts in the (local) year."""
    start, end = zone.year_bounds(year)
    best: dict[int, int] = {}
    for lesson_id, score in await QuizAttempt.filter(member_id=member_id, created_at__gte=start,
                                                     created_at__lt=end).values_list("lesson_id", "score"):
        best[lesson_id] = max(best.get(lesson_id, 0), score)
    courses = dict(await Lesson.filter(id__in=list(best)).values_list("id", "course_id")) if best else {}
    topics = await _course_topics(set(courses.values()))
    per_topic: dict[str, list[float]] = defaultdict(list)
    for lesson_id, score in best.items():
        for topic in topics.get(courses.get(lesson_id, 0), []):
            per_topic[topic].append(score / 100)
    return {t: sum(v) / len(v) for t, v in per_topic.items()}


def mastery(minutes: float, quiz: float | None, settings: LearningSettings) -> int:
    time_part = min(1.0, minutes / settings.mastery_minutes)
    return round(60 * time_part + 40 * quiz) if quiz is not None else round(80 * time_part)


async def member_graph(member_id: int, year: int, settings: LearningSettings, zone: LocalZone) -> MemberGraphOut:
    minutes = (await topic_minutes([member_id], year)).get(member_id, {})
    quizzes = await quiz_scores(member_id, year, zone)
    names = [t.name for t in await list_topics()]
    names += sorted(set(minutes) - set(names))
    items = [TopicMastery(topic=t, certified_minutes=int(minutes.get(t, 0)),
                          quiz_score=round(quizzes[t] * 100, 1) if t in quizzes else None,
                          mastery=mastery(minutes.get(t, 0), quizzes.get(t), settings)) for t in names]
    return MemberGraphOut(year=year, topics=items)


@dataclass
class OrgFacts:
    """What the org views and the xlsx report share, computed once."""

    org: Organization
    year: int
    members: list[Member]
    orgs: dict[int, Organization]
    hours: dict[int, float]
    certified_ms: dict[int, int]
    targets: dict[int, float]
    minutes: dict[int, dict[str, float]] = field(default_factory=dict)

    def reached(self, member_id: int) -> bool:
        return self.hours.get(member_id, 0) >= self.targets[member_id]

    def rows(self) -> list[MemberProgressRow]:
        out = [MemberProgressRow(
            member_id=m.id, name=m.name, org_id=m.org_id, org_name=self.orgs[m.org_id].name, posts=list(m.posts or []),
            target_hours=self.targets[m.id], credit_hours=self.hours.get(m.id, 0.0),
            certified_minutes=self.certified_ms.get(m.id, 0) // 60000, reached=self.reached(m.id),
        ) for m in self.members]
        return sorted(out, key=lambda r: (r.reached, r.credit_hours - r.target_hours, r.org_id, r.member_id))


async def org_facts(org: Organization, year: int, settings: LearningSettings) -> OrgFacts:
    orgs = {o.id: o for o in await Organization.filter(path__startswith=org.path, is_active=True)}
    members = await Member.filter(org_id__in=list(orgs), is_active=True).order_by("org_id", "id")
    ids = [m.id for m in members]
    certified: dict[int, int] = defaultdict(int)
    for member_id, ms in await StudyDay.filter(member_id__in=ids, year=year).values_list("member_id", "certified_ms"):
        certified[member_id] += ms
    return OrgFacts(
        org=org, year=year, members=members, orgs=orgs, hours=await ledger.year_hours(ids, year), certified_ms=certified,
        targets={m.id: ledger.target_hours(m.posts, settings) for m in members}, minutes=await topic_minutes(ids, year),
    )


def _units(facts: OrgFacts) -> list[tuple[Organization, list[Member]]]:
    """Heat-map rows: the org's own members, then each direct child's subtree."""
    children = sorted((o for o in facts.orgs.values() if o.parent_id == facts.org.id), key=lambda o: o.id)
    units = [(facts.org, [m for m in facts.members if m.org_id == facts.org.id])]
    for child in children:
        units.append((child, [m for m in facts.members if facts.orgs[m.org_id].path.startswith(child.path)]))
    return [(o, ms) for o, ms in units if ms]


async def completion_rates(facts: OrgFacts) -> list[CourseCompletionRate]:
    ancestors = {int(x) for x in facts.org.path.strip("/").split("/") if x}
    courses = await Course.filter(status=CourseStatus.PUBLISHED).select_related("org").order_by("id")
    done: dict[int, set[int]] = defaultdict(set)
    for member_id, course_id in await CourseCompletion.filter(
            member_id__in=[m.id for m in facts.members]).values_list("member_id", "course_id"):
        done[course_id].add(member_id)
    out = []
    for course in courses:
        if course.org_id is not None and course.org_id not in ancestors and course.org_id not in facts.orgs:
            continue
        eligible = [m for m in facts.members if (course.org is None or facts.orgs[m.org_id].path.startswith(course.org.path))
                    and fits_audience(course, m, facts.orgs[m.org_id])]
        if not eligible:
            continue
        n = len(done[course.id] & {m.id for m in eligible})
        out.append(CourseCompletionRate(course_id=course.id, title=course.title, audience=len(eligible), completed=n,
                                        rate=round(n / len(eligible), 3)))
    return out


async def org_graph(facts: OrgFacts) -> OrgGraphOut:
    topics = [t.name for t in await list_topics()]
    heat = []
    for unit, members in _units(facts):
        avg = [round(sum(facts.minutes.get(m.id, {}).get(t, 0) for m in members) / len(members), 1) for t in topics]
        heat.append(HeatRow(org_id=unit.id, org_name=unit.name, members=len(members), minutes=avg))
    totals = [round(sum(v.get(t, 0) for v in facts.minutes.values()), 1) for t in topics]
    reached = sum(1 for m in facts.members if facts.reached(m.id))
    n = len(facts.members)
    return OrgGraphOut(
        org_id=facts.org.id, year=facts.year, member_count=n, reached_count=reached,
        reached_rate=round(reached / n, 3) if n else 0.0, behind_count=n - reached, topics=topics,
        topic_minutes=totals, heat=heat, completion=await completion_rates(facts),
    )
