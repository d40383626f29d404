"""The cycle 履责 → 督责 → 考责: owners report with evidence, the parent accepts or returns, overdue items
become early warnings and the share of items done on time feeds the assessment.

Anchors: 《中国共产党党和国家机关基层组织工作条例》第三十四条 (督查 of how the 党建工作责任制 is carried out) and
第三十八条 (the result goes into the assessment of the leadership).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from aiohttp import web

from miniapp_api.audit import service as audit
from miniapp_api.evidence import service as evidence
from miniapp_api.orgs import service as orgs
from miniapp_api.responsibility.access import member_of, relation
from miniapp_api.responsibility.errors import (
    EvidenceRequired,
    InvalidState,
    ItemNotFound,
    NotOwner,
    ParentRequired,
    ReasonRequired,
)
from miniapp_api.responsibility.lists import is_owner, item_outs
from miniapp_api.responsibility.models import ItemReport, ItemReview, ItemStatus, ResponsibilityItem
from miniapp_api.responsibility.schemas import ItemOut, ReportIn, ReviewIn
from server.core.auth import Principal, Role
from server.core.database import in_transaction
from server.core.indicators import SourceValue, Warning

WARNING_KIND = "responsibility.overdue"
SOURCE_KEY = "responsibility.completion"


async def _locked_item(item_id: int) -> ResponsibilityItem:
    item = await ResponsibilityItem.select_for_update().get_or_none(id=item_id)
    if item is None:
        raise ItemNotFound()
    await item.fetch_related("owner_org", "list__org")
    return item


async def report(principal: Principal, item_id: int, data: ReportIn, now: datetime, today: date) -> ItemOut:
    """The owner reports progress (履责); evidence is required when the item asks for it."""
    async with in_transaction():
        item = await _locked_item(item_id)
        member = await member_of(principal)
        if not is_owner(principal, member, item):
            if (
                member is None
                and principal.role in (Role.ORG_ADMIN, Role.STAFF, Role.SUPERADMIN)
                and await relation(principal, item.owner_org) == "none"
            ):
                raise orgs.OutOfScope()
            raise NotOwner()
        if item.status not in (ItemStatus.OPEN, ItemStatus.RETURNED):
            raise InvalidState(details={"status": item.status.value})
        if item.evidence_required and not data.files:
            raise EvidenceRequired(details={"evidence_required": item.evidence_required})
        files = await evidence.resolve(data.files, item.owner_org)
        name = member.name if member else principal.name
        await ItemReport.create(
            item_id=item.id,
            note=data.note,
            files=[f.token for f in files],
            reporter_user_id=principal.user_id,
            reporter_name=name[:50],
            created_at=now,
        )
        item.status, item.updated_at = ItemStatus.REPORTED, now
        await item.save(update_fields=["status", "updated_at"])
        await audit.record(
            principal, "responsibility.report", "resp_item", item.id, org_id=item.owner_org_id, detail={"files": len(files)}
        )
    return (await item_outs(principal, [item], today))[0]


async def review(principal: Principal, item_id: int, data: ReviewIn, now: datetime, today: date) -> ItemOut:
    """Only an org above the owner reviews (督责): accept, or return with a reason."""
    async with in_transaction():
        item = await _locked_item(item_id)
        rel = await relation(principal, item.owner_org)
        if rel == "none":
            raise orgs.OutOfScope()
        if rel != "above":
            raise ParentRequired()
        if item.status is not ItemStatus.REPORTED:
            raise InvalidState(details={"status": item.status.value})
        if data.decision == "return" and not data.reason:
            raise ReasonRequired()
        last = await ItemReport.filter(item_id=item.id).order_by("-id").first()
        await ItemReview.create(
            item_id=item.id,
            report_id=last.id if last else None,
            decision=data.decision,
            reason=data.reason,
            reviewer_user_id=principal.user_id,
            reviewer_org_id=principal.org_id,
            created_at=now,
        )
        item.status = ItemStatus.ACCEPTED if data.decision == "accept" else ItemStatus.RETURNED
        item.updated_at = now
        await item.save(update_fields=["status", "updated_at"])
        await audit.record(
            principal,
            f"responsibility.review_{data.decision}",
            "resp_item",
            item.id,
            org_id=item.owner_org_id,
            detail={"reason": data.reason},
        )
    return (await item_outs(principal, [item], today))[0]


async def overdue_warnings(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
    """One early warning per org with items past their deadline and not accepted (督责)."""
    rows = (
        await ResponsibilityItem.filter(owner_org_id__in=list(org_ids), due_date__lt=today)
        .exclude(status=ItemStatus.ACCEPTED)
        .order_by("due_date", "id")
    )
    by_org: dict[int, list[ResponsibilityItem]] = defaultdict(list)
    for item in rows:
        by_org[item.owner_org_id].append(item)
    out = []
    for org_id, items in by_org.items():
        first = items[0]
        more = f"等 {len(items)} 项" if len(items) > 1 else ""
        out.append(
            Warning(
                org_id=org_id,
                kind=WARNING_KIND,
                since=first.due_date,
                refs=tuple(i.id for i in items),
                message=f"责任清单事项「{first.title}」{more}已超过完成时限未通过审核",
            )
        )
    return out


async def completion(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """Items due in the period and how many of them the parent accepted (考责); orgs with none are left out."""
    rows = await ResponsibilityItem.filter(owner_org_id__in=list(org_ids), due_date__gte=first, due_date__lte=last)
    by_org: dict[int, list[ResponsibilityItem]] = defaultdict(list)
    for item in rows:
        by_org[item.owner_org_id].append(item)
    return {
        org_id: SourceValue(
            numerator=sum(1 for i in items if i.status is ItemStatus.ACCEPTED),
            denominator=len(items),
            refs=tuple(i.id for i in items),
            detail="到期责任清单事项中已通过审核的数量",
        )
        for org_id, items in by_org.items()
    }
