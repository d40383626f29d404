"""Admin-side learning views and writes, all subtree-scoped: progress, graph, report, ledger, settings; the ranking."""

from __future__ import annotations

import asyncio
from datetime import datetime

from miniapp_api.audit import service as audit
from miniapp_api.learning import graph, ledger, report, service
from miniapp_api.learning.models import LedgerEntry, OrgLearningSettings, source_label
from miniapp_api.learning.schemas import (
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
from server.core.clock import LocalZone
from server.core.database import in_transaction, reader
from server.core.errors import Forbidden
from server.core.schemas import PageQuery
from server.core.settings import LearningSettings


class RankingDisabled(Forbidden):
    code = "learning.ranking_disabled"
    message = "本组织未开启个人学习排名"


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
    entries = [{"name": names.get(e.member_id, ""), "at": e.at.strftime("%Y-%m-%d"), "source": source_label(e.source),
                "hours": float(e.hours), "note": e.note}
               for e in await LedgerEntry.filter(member_id__in=list(names), year=year).using_db(reader()).order_by("member_id", "at", "id")]
    content = await asyncio.to_thread(report.build_report, org.name, year, members, view, entries)
    await audit.record(principal, "learning.report_export", "organization", org.id, org_id=org.id, detail={"year": year})
    return f"{org.name}-{year}年度学时统计.xlsx", content


async def _member_in_scope(principal: Principal, member_id: int) -> Member:
    return await orgs.get_member(principal, member_id)


async def add_offline_entry(principal: Principal, data: LedgerCreate, zone: LocalZone, now: datetime) -> LedgerOut:
    member = await _member_in_scope(principal, data.member_id)
    async with in_transaction():
        entry = await service.add_ledger_entry(member.id, data.hours, source=data.source, source_id=None, note=data.note,
                                               at=data.at or now, zone=zone, created_by_id=principal.user_id)
        await audit.record(principal, "learning.ledger_add", "ledger", entry.id, org_id=member.org_id,
                           detail={"member_id": member.id, "hours": data.hours, "source": data.source})
    return ledger_out(entry)


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


async def my_ledger(member_id: int, year: int, q: PageQuery) -> tuple[list[LedgerOut], int]:
    """A member's own 学时 rows of a year, newest first."""
    qs = LedgerEntry.filter(member_id=member_id, year=year)
    rows = await qs.order_by("-at", "-id").offset(q.offset).limit(q.page_size)
    return [ledger_out(r) for r in rows], await qs.count()


def ledger_out(entry: LedgerEntry) -> LedgerOut:
    return LedgerOut(id=entry.id, member_id=entry.member_id, year=entry.year, hours=float(entry.hours), source=entry.source,
                     source_label=source_label(entry.source), source_id=entry.source_id, note=entry.note, at=entry.at)


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
