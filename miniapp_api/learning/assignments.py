"""Required (必学) and make-up (补学) study as the console and the member see it: assign, list, confirm.

Due dates are local: an assignment given a date is due at the end of that day in LOCAL_TIMEZONE, and every
output carries that local date (`due_date`) and whether it is overdue, so the H5 page and the console show
the same day whatever zone the browser is in.
"""

from __future__ import annotations

from datetime import datetime

from miniapp_api.audit import service as audit
from miniapp_api.learning import content, service
from miniapp_api.learning.content import LessonMissing
from miniapp_api.learning.models import AssignmentKind, AssignmentStatus, Lesson, StudyAssignment
from miniapp_api.learning.schemas import AssignmentCreate, AssignmentOut, AssignmentQuery
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import in_transaction
from server.core.errors import BadRequest, Conflict, NotFound

# Sources this module owns; 补学 from other domains (e.g. "partyday") are confirmed there, which closes them here.
OWN_SOURCE_PREFIXES = ("admin:", "demo")


class AssignmentNotFound(NotFound):
    code = "learning.assignment_not_found"
    message = "学习任务不存在"


class NoMembers(BadRequest):
    code = "learning.no_members"
    message = "没有可分配的党员"


class AssignmentDone(Conflict):
    code = "learning.assignment_done"
    message = "该学习任务已完成"


class SelfConfirmRefused(Conflict):
    code = "learning.self_confirm_refused"
    message = "只能自行确认不关联课程的补学：关联课程的任务学完即自动完成，必学任务由管理员确认"


class ConfirmElsewhere(Conflict):
    code = "learning.confirm_elsewhere"
    message = "该补学由其他业务登记（如主题党日），请在相应页面确认"


def is_own_source(source: str) -> bool:
    return source.startswith(OWN_SOURCE_PREFIXES)


def may_self_confirm(a: StudyAssignment) -> bool:
    """A member may confirm his own pending 补学 himself when it is not tied to a course or lesson."""
    return (a.kind is AssignmentKind.MAKEUP and a.status is AssignmentStatus.PENDING and a.course_id is None
            and a.lesson_id is None and is_own_source(a.source))


def is_overdue(a: StudyAssignment, now: datetime) -> bool:
    return a.status is AssignmentStatus.PENDING and a.due_at is not None and a.due_at < now


def assignment_out(a: StudyAssignment, zone: LocalZone, now: datetime) -> AssignmentOut:
    member = a.member if isinstance(a.member, Member) else None
    return AssignmentOut(
        id=a.id, member_id=a.member_id, member_name=member.name if member else "", kind=a.kind, source=a.source,
        source_id=a.source_id, title=a.title, course_id=a.course_id, lesson_id=a.lesson_id, due_at=a.due_at,
        due_date=zone.date(a.due_at) if a.due_at else None, overdue=is_overdue(a, now), self_confirm=may_self_confirm(a),
        status=a.status, done_at=a.done_at, done_note=a.done_note,
    )


def due_of(data: AssignmentCreate, zone: LocalZone, now: datetime) -> datetime | None:
    """A due date means the end of that local day; a 补学 without one is due at the end of the local day
    MAKEUP_DUE_DAYS later (never a UTC date, never the same clock time)."""
    if data.due_date is not None:
        return zone.end_of_day(data.due_date)
    if data.due_at is None and data.kind is AssignmentKind.MAKEUP:
        return zone.days_later_end(now, service.MAKEUP_DUE_DAYS)
    return data.due_at


async def create_assignments(principal: Principal, data: AssignmentCreate, zone: LocalZone, now: datetime) -> int:
    org = await orgs.ensure_scope(principal, data.org_id)
    course_id = data.course_id
    if data.lesson_id is not None:
        lesson = await Lesson.get_or_none(id=data.lesson_id)
        if lesson is None:
            raise LessonMissing()
        course_id = lesson.course_id
    if course_id is not None:
        await content.assignable_course(org, course_id)  # another branch's course is "not found"
    qs = Member.filter(org__path__startswith=org.path, is_active=True)
    if data.member_ids is not None:
        qs = qs.filter(id__in=data.member_ids)
    member_ids: list[int] = list(await qs.values_list("id", flat=True))  # type: ignore[arg-type]
    if not member_ids:
        raise NoMembers()
    due_at = due_of(data, zone, now)
    source = f"admin:{data.kind.value}"
    source_id = data.lesson_id or course_id or await _new_task_id(source, now)
    async with in_transaction():
        await service.assign_makeup(member_ids, source=source, source_id=source_id,
                                    title=data.title, due_at=due_at, course_id=course_id,
                                    lesson_id=data.lesson_id, kind=data.kind, now=now)
        await audit.record(principal, "learning.assign", "organization", org.id, org_id=org.id,
                           detail={"members": len(member_ids), "course_id": course_id, "kind": data.kind.value})
    return len(member_ids)


async def _new_task_id(source: str, now: datetime) -> int:
    """A fresh source id for a task without a course: two such tasks given in the same second stay two tasks
    (assignments are idempotent per member, source and source id)."""
    last = await StudyAssignment.filter(source=source).order_by("-source_id").first()
    return max(int(now.timestamp()), last.source_id + 1 if last else 0)


async def list_assignments(principal: Principal, q: AssignmentQuery, zone: LocalZone,
                           now: datetime) -> tuple[list[AssignmentOut], int]:
    org = await orgs.ensure_scope(principal, q.org_id)
    qs = StudyAssignment.filter(member__org__path__startswith=org.path)
    if q.status:
        qs = qs.filter(status=q.status)
    if q.overdue_only:
        qs = qs.filter(status=AssignmentStatus.PENDING, due_at__lt=now)
    total = await qs.count()
    rows = await qs.order_by("status", "due_at", "id").offset(q.offset).limit(q.page_size).select_related("member")
    return [assignment_out(a, zone, now) for a in rows], total


async def my_assignments(member_id: int, zone: LocalZone, now: datetime) -> list[AssignmentOut]:
    """A member's own 必学 and 补学: pending first, by due date."""
    rows = await StudyAssignment.filter(member_id=member_id).order_by("status", "due_at", "id")
    return [assignment_out(a, zone, now) for a in rows]


async def confirm_assignment(principal: Principal, assignment_id: int, note: str, zone: LocalZone,
                             now: datetime) -> AssignmentOut:
    """An admin marks make-up study done (e.g. studied offline), with a note kept for the record."""
    row = await StudyAssignment.get_or_none(id=assignment_id).select_related("member")
    if row is None:
        raise AssignmentNotFound()
    member = await orgs.get_member(principal, row.member_id)
    async with in_transaction():
        row.status, row.done_at, row.done_note, row.confirmed_by_id = AssignmentStatus.DONE, now, note, principal.user_id
        await row.save()
        await audit.record(principal, "learning.assignment_confirm", "assignment", row.id, org_id=member.org_id,
                           detail={"note": note})
    return assignment_out(row, zone, now)


async def confirm_own(member_id: int, assignment_id: int, note: str, zone: LocalZone, now: datetime) -> AssignmentOut:
    """A member confirms his own 补学 done, saying what he studied (e.g. watched the meeting's recording)."""
    row = await StudyAssignment.get_or_none(id=assignment_id, member_id=member_id)
    if row is None:
        raise AssignmentNotFound()
    if row.status is AssignmentStatus.DONE:
        raise AssignmentDone()
    if not is_own_source(row.source):
        raise ConfirmElsewhere(details={"source": row.source, "source_id": row.source_id})
    if not may_self_confirm(row):
        raise SelfConfirmRefused(details={"kind": row.kind.value, "course_id": row.course_id})
    n = await StudyAssignment.filter(id=row.id, status=AssignmentStatus.PENDING).update(
        status=AssignmentStatus.DONE, done_at=now, done_note=note)
    if not n:  # confirmed meanwhile (another tab, or the course just completed)
        raise AssignmentDone()
    row.status, row.done_at, row.done_note = AssignmentStatus.DONE, now, note
    return assignment_out(row, zone, now)
