"""Year-end 述职述廉: each secretary reports; the org's members and the parent rate the report once each.

Anchors: 《中国共产党支部工作条例（试行）》第二十七条 (a branch secretary reports every year to the higher org and to
the branch's general meeting) and 《中国共产党党和国家机关基层组织工作条例》第三十九条 (述职评议考核).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from tortoise.exceptions import IntegrityError

from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization, Post
from miniapp_api.responsibility.access import has_post, member_of, relation
from miniapp_api.responsibility.errors import (
    AlreadyRated,
    DutyReportExists,
    DutyReportNotFound,
    NotRater,
    NotSecretary,
)
from miniapp_api.responsibility.models import GRADE_LABELS, DutyRating, DutyReport, Grade
from miniapp_api.responsibility.schemas import DutyReportCreate, DutyReportOut, DutyReportQuery
from server.core.auth import Principal
from server.core.database import in_transaction


async def _out(report: DutyReport, principal: Principal) -> DutyReportOut:
    ratings = await DutyRating.filter(report_id=report.id)
    tally = Counter(GRADE_LABELS[r.grade] for r in ratings)
    parent = next((r for r in ratings if r.rater_kind == "parent"), None)
    mine = next((r for r in ratings if r.rater_user_id == principal.user_id), None)
    org: Organization = report.org
    return DutyReportOut(
        id=report.id,
        org_id=org.id,
        org_name=org.name,
        year=report.year,
        member_name=report.member_name,
        content=report.content,
        submitted_at=report.submitted_at,
        tally={label: tally.get(label, 0) for label in GRADE_LABELS.values()},
        parent_grade=GRADE_LABELS[parent.grade] if parent else None,
        ratings=len(ratings),
        my_grade=GRADE_LABELS[mine.grade] if mine else None,
    )


async def submit(principal: Principal, data: DutyReportCreate, now: datetime) -> DutyReportOut:
    """The secretary (书记) of the org submits its report for the year, once."""
    member = await member_of(principal)
    org = await orgs.get_org(data.org_id)
    if member is None or member.org_id != org.id or not has_post(member, Post.SECRETARY):
        raise NotSecretary()
    try:
        async with in_transaction():
            report = await DutyReport.create(
                org_id=org.id,
                year=data.year,
                member_id=member.id,
                member_name=member.name,
                content=data.content,
                submitted_at=now,
            )
            await audit.record(
                principal, "responsibility.duty_report", "resp_duty_report", report.id, org_id=org.id, detail={"year": data.year}
            )
    except IntegrityError:
        raise DutyReportExists() from None
    await report.fetch_related("org")
    return await _out(report, principal)


async def _report(report_id: int) -> DutyReport:
    report = await DutyReport.get_or_none(id=report_id).prefetch_related("org")
    if report is None:
        raise DutyReportNotFound()
    return report


async def rate(principal: Principal, report_id: int, grade: Grade, now: datetime) -> DutyReportOut:
    """A member of the org (not the reporter) or an admin above it gives one grade; a second one is refused."""
    report = await _report(report_id)
    member = await member_of(principal)
    if member is not None:
        if member.org_id != report.org_id or member.id == report.member_id:
            raise NotRater()
        kind = "member"
    else:
        rel = await relation(principal, report.org)
        if rel == "none" and principal.is_admin:
            raise orgs.OutOfScope()
        if rel != "above" or not principal.is_admin:
            raise NotRater()
        kind = "parent"
    try:
        async with in_transaction():
            await DutyRating.create(
                report_id=report.id, rater_user_id=principal.user_id, rater_kind=kind, grade=grade, created_at=now
            )
            await audit.record(
                principal,
                "responsibility.duty_rate",
                "resp_duty_report",
                report.id,
                org_id=report.org_id,
                detail={"grade": grade.value, "as": kind},
            )
    except IntegrityError:
        raise AlreadyRated() from None
    return await _out(report, principal)


async def get_report(principal: Principal, report_id: int) -> DutyReportOut:
    report = await _report(report_id)
    member = await member_of(principal)
    if member is not None:
        if member.org_id != report.org_id:
            raise DutyReportNotFound()
    elif principal.is_admin or principal.role.value == "staff":
        if await relation(principal, report.org) == "none":
            raise orgs.OutOfScope()
    else:
        raise DutyReportNotFound()
    return await _out(report, principal)


async def list_reports(principal: Principal, q: DutyReportQuery) -> tuple[list[DutyReportOut], int]:
    path = await orgs.scope_path(principal, q.org_id)
    qs = DutyReport.all()
    if path is not None:
        qs = qs.filter(org__path__startswith=path)
    if q.year is not None:
        qs = qs.filter(year=q.year)
    total = await qs.count()
    rows = await qs.order_by("-year", "org__path").offset(q.offset).limit(q.page_size).prefetch_related("org")
    return [await _out(r, principal) for r in rows], total


async def my_reports(principal: Principal, year: int) -> list[DutyReportOut]:
    member = await member_of(principal)
    if member is None:
        return []
    rows = await DutyReport.filter(org_id=member.org_id, year=year).prefetch_related("org")
    return [await _out(r, principal) for r in rows]
