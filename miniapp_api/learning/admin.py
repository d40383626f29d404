"""Admin-side learning views and writes, all subtree-scoped: progress, graph, report, ledger, assignments."""

from __future__ import annotations

import asyncio
from datetime import datetime

from tortoise.transactions import in_transaction

from miniapp_api.audit import service as audit
from miniapp_api.learning import content, graph, ledger, report, service
from miniapp_api.learning.content import LessonMissing
from miniapp_api.learning.models import (
    AssignmentStatus,
    LedgerEntry,
    Lesson,
    OrgLearningSettings,
    StudyAssignment,
)
from miniapp_api.learning.schemas import (
    AssignmentCreate,
    AssignmentOut,
    AssignmentQuery,
    LedgerCreate,
    LedgerOut,
    LedgerQuery,
    MemberProgressRow,
    OrgGraphOut,
    OrgProgressQuery,
    OrgSettingsOut,
    RankingOut,
    RankingRow,
)
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, Organization
from server.core.auth import Principal
from server.core.errors import BadRequest, Forbidden, NotFound
from server.core.settings import LearningSettings


class AssignmentNotFound(NotFound):
    code = "learning.assignment_not_found"
    message = "学习任务不存在"


class RankingDisabled(Forbidden):
    code = "learning.ranking_disabled"
    message = "本组织未开启个人学习排名"


class NoMembers(BadRequest):
    code = "learning.no_members"
    message = "没有可分配的党员"


async def org_progress(principal: Principal, org_id: int, q: OrgProgressQuery, year: int,
                       settings: LearningSettings) -> tuple[list[MemberProgressRow], int]:
    org = await orgs.ensure_scope(principal, org_id)
    rows = (await graph.org_facts(org, year, settings)).rows()
    if q.behind_only:
        rows = [r for r in rows if not r.reached]
    return rows[q.offset:q.offset + q.page_size], len(rows)


async def org_graph(principal: Principal, org_id: int, year: int, settings: LearningSettings) -> OrgGraphOut:
    org = await orgs.ensure_scope(principal, org_id)
    return await graph.org_graph(await graph.org_facts(org, year, settings))


async def org_report(principal: Principal, org_id: int, year: int, settings: LearningSettings) -> tuple[str, bytes]:
    org = await orgs.ensure_scope(principal, org_id)
    facts = await graph.org_facts(org, year, settings)
    view = await graph.org_graph(facts)
    status = {m.id: m.status.value for m in facts.members}
    members = [{**r.model_dump(), "status": status[r.member_id]} for r in facts.rows()]
    names = {m.id: m.name for m in facts.members}
    entries = [{"name": names.get(e.member_id, ""), "at": e.at.strftime("%Y-%m-%d"), "source": e.source,
                "hours": float(e.hours), "note": e.note}
               for e in await LedgerEntry.filter(member_id__in=list(names), year=year).order_by("member_id", "at", "id")]
    content = await asyncio.to_thread(report.build_report, org.name, year, members, view, entries)
    await audit.record(principal, "learning.report_export", "organization", org.id, org_id=org.id, detail={"year": year})
    return f"{org.name}-{year}年度学时统计.xlsx", content


async def _member_in_scope(principal: Principal, member_id: int) -> Member:
    return await orgs.get_member(principal, member_id)


async def add_offline_entry(principal: Principal, data: LedgerCreate, now: datetime) -> LedgerEntry:
    member = await _member_in_scope(principal, data.member_id)
    async with in_transaction():
        await service.add_ledger_entry(member.id, data.hours, source=data.source, source_id=None, note=data.note,
                                       at=data.at or now, created_by_id=principal.user_id)
        entry = await LedgerEntry.filter(member_id=member.id).order_by("-id").first()
        assert entry is not None
        await audit.record(principal, "learning.ledger_add", "ledger", entry.id, org_id=member.org_id,
                           detail={"member_id": member.id, "hours": data.hours, "source": data.source})
    return entry


async def list_ledger(principal: Principal, q: LedgerQuery) -> tuple[list[LedgerOut], int]:
    if q.member_id is not None:
        qs = LedgerEntry.filter(member_id=(await _member_in_scope(principal, q.member_id)).id)
    else:
        org = await orgs.ensure_scope(principal, q.org_id or principal.org_id or 0)
        qs = LedgerEntry.filter(member__org__path__startswith=org.path)
    if q.year:
        qs = qs.filter(year=q.year)
    total = await qs.count()
    rows = await qs.order_by("-at", "-id").offset(q.offset).limit(q.page_size)
    return [ledger_out(r) for r in rows], total


def ledger_out(entry: LedgerEntry) -> LedgerOut:
    return LedgerOut(id=entry.id, member_id=entry.member_id, year=entry.year, hours=float(entry.hours), source=entry.source,
                     source_id=entry.source_id, note=entry.note, at=entry.at)


async def create_assignments(principal: Principal, data: AssignmentCreate) -> int:
    org = await orgs.ensure_scope(principal, data.org_id)
    course_id = data.course_id
    if data.lesson_id is not None:
        lesson = await Lesson.get_or_none(id=data.lesson_id)
        if lesson is None:
            raise LessonMissing()
        course_id = lesson.course_id
    if course_id is not None:
        await content.assignable_course(org, course_id)
    qs = Member.filter(org__path__startswith=org.path, is_active=True)
    if data.member_ids is not None:
        qs = qs.filter(id__in=data.member_ids)
    member_ids = list(await qs.values_list("id", flat=True))
    if not member_ids:
        raise NoMembers()
    source_id = data.lesson_id or course_id or int(datetime.now().timestamp())
    async with in_transaction():
        await service.assign_makeup(member_ids, source=f"admin:{data.kind.value}"[:20], source_id=source_id,  # type: ignore[arg-type]
                                    title=data.title, due_at=data.due_at, course_id=course_id,
                                    lesson_id=data.lesson_id, kind=data.kind)
        await audit.record(principal, "learning.assign", "organization", org.id, org_id=org.id,
                           detail={"members": len(member_ids), "course_id": course_id, "kind": data.kind.value})
    return len(member_ids)


async def list_assignments(principal: Principal, q: AssignmentQuery) -> tuple[list[AssignmentOut], int]:
    org = await orgs.ensure_scope(principal, q.org_id)
    qs = StudyAssignment.filter(member__org__path__startswith=org.path)
    if q.status:
        qs = qs.filter(status=q.status)
    total = await qs.count()
    rows = await qs.order_by("status", "due_at", "id").offset(q.offset).limit(q.page_size).select_related("member")
    return [assignment_out(a) for a in rows], total


def assignment_out(a: StudyAssignment) -> AssignmentOut:
    member = a.member if isinstance(a.member, Member) else None
    return AssignmentOut(
        id=a.id, member_id=a.member_id, member_name=member.name if member else "", kind=a.kind, source=a.source,
        source_id=a.source_id, title=a.title, course_id=a.course_id, lesson_id=a.lesson_id, due_at=a.due_at,
        status=a.status, done_at=a.done_at, done_note=a.done_note,
    )


async def confirm_assignment(principal: Principal, assignment_id: int, note: str, now: datetime) -> AssignmentOut:
    """An admin marks make-up study done (e.g. studied offline), with a note kept for the record."""
    row = await StudyAssignment.get_or_none(id=assignment_id).select_related("member")
    if row is None:
        raise AssignmentNotFound()
    member = await _member_in_scope(principal, row.member_id)
    async with in_transaction():
        row.status, row.done_at, row.done_note, row.confirmed_by_id = AssignmentStatus.DONE, now, note, principal.user_id
        await row.save()
        await audit.record(principal, "learning.assignment_confirm", "assignment", row.id, org_id=member.org_id,
                           detail={"note": note})
    return assignment_out(row)


async def get_org_settings(principal: Principal, org_id: int) -> OrgSettingsOut:
    org = await orgs.ensure_scope(principal, org_id)
    row = await OrgLearningSettings.get_or_none(org_id=org.id)
    return OrgSettingsOut(org_id=org.id, show_ranking=bool(row and row.show_ranking))


async def set_org_settings(principal: Principal, org_id: int, show_ranking: bool) -> OrgSettingsOut:
    org = await orgs.ensure_scope(principal, org_id)
    async with in_transaction():
        await OrgLearningSettings.update_or_create({"show_ranking": show_ranking}, org_id=org.id)
        await audit.record(principal, "learning.settings_update", "organization", org.id, org_id=org.id,
                           detail={"show_ranking": show_ranking})
    return OrgSettingsOut(org_id=org.id, show_ranking=show_ranking)


async def ranking(member: Member, org: Organization, year: int) -> RankingOut:
    """Personal ranking inside the member's own org, only where its admin turned it on."""
    row = await OrgLearningSettings.get_or_none(org_id=org.id)
    if row is None or not row.show_ranking:
        raise RankingDisabled()
    peers = await Member.filter(org_id=org.id, is_active=True).order_by("id")
    hours = await ledger.year_hours([m.id for m in peers], year)
    ordered = sorted(peers, key=lambda m: (-hours[m.id], m.id))
    return RankingOut(org_id=org.id, year=year, items=[
        RankingRow(rank=i, name=m.name, credit_hours=hours[m.id]) for i, m in enumerate(ordered, start=1)])
