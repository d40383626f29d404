"""督查: inspection teams, inspections (with the reproducible random draw), findings → tickets → 提升 re-checks.

The loop 督查 → 反馈 → 整改 → 提升 of the source paper §3.3: every finding opens a ticket in the shared
rectification workflow (source_type "inspection", one ticket per rectification round); when the org has
rectified (the ticket waits for its callback or is closed) the inspectors re-check and either close the finding
or reopen it, which reopens the ticket (or opens a new one if it was already closed). A finding reopened twice
is flagged "交办-拖延-再交办" and shows in the org's early warnings.

Anchors: 中国共产党支部工作条例（试行）第三十条 (党委组织部门对党支部建设加强督促检查、整顿后进党支部);
中国共产党纪律处分条例 第五十五条 (不落实巡视巡察整改要求 is itself a violation — hence the flag for a finding
handed over again and again).
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from miniapp_api.audit import service as audit
from miniapp_api.evidence import service as evidence
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization, OrgKind
from miniapp_api.rectification import service as tickets
from miniapp_api.rectification.models import STATUS_LABELS, TicketStatus
from miniapp_api.rectification.schemas import ActionIn
from miniapp_api.supervision.errors import (
    FindingClosed,
    FindingNotFound,
    InspectionNotFound,
    NotInTargets,
    NotRectified,
    NotTeamMember,
    OtherTeam,
    TargetsRequired,
    TeamNotFound,
)
from miniapp_api.supervision.models import (
    FINDING_STATUS_LABELS,
    KIND_LABELS,
    Finding,
    FindingCheck,
    FindingRound,
    FindingStatus,
    Inspection,
    InspectionKind,
    InspectionTeam,
    TeamMember,
)
from miniapp_api.supervision.schemas import (
    CheckOut,
    EvidenceRef,
    FindingCreate,
    FindingDetail,
    FindingOut,
    FindingQuery,
    FindingUpdate,
    InspectionCreate,
    InspectionOut,
    RecheckIn,
    TargetOut,
    TeamCreate,
    TeamMemberOut,
    TeamOut,
)
from server.core.auth import Principal
from server.core.database import in_transaction

SOURCE_TYPE = "inspection"
FLAG_AFTER_REOPENS = 2
FLAG_LABEL = "交办-拖延-再交办"
_RECTIFIED = (TicketStatus.CALLBACK, TicketStatus.CLOSED)


# ---- the random draw ------------------------------------------------------------------------------


def draw(seed: int, candidate_ids: list[int], size: int) -> list[int]:
    """`size` ids out of the candidates, the same for the same seed and candidates (sorted first, so the order the
    database returns them in does not matter); the result is sorted too."""
    pool = sorted(set(candidate_ids))
    return sorted(random.Random(seed).sample(pool, min(size, len(pool))))


async def draw_candidates(scope: Organization) -> list[int]:
    """The branches (党支部) below the scope; every org below it when it has no branch."""
    below = await Organization.filter(path__startswith=scope.path, is_active=True).exclude(id=scope.id).values("id", "kind")
    branches = [int(r["id"]) for r in below if r["kind"] == OrgKind.BRANCH]
    return branches or [int(r["id"]) for r in below]


# ---- teams ----------------------------------------------------------------------------------------


async def _names(ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {int(r["id"]): str(r["name"]) for r in await Organization.filter(id__in=list(set(ids))).values("id", "name")}


def _team_out(team: InspectionTeam, members: list[TeamMember], committee_name: str) -> TeamOut:
    return TeamOut(
        id=team.id,
        committee_id=team.committee_id,
        committee_name=committee_name,
        name=team.name,
        members=[TeamMemberOut.model_validate(m) for m in members],
        created_at=team.created_at,
    )


async def create_team(principal: Principal, data: TeamCreate, now: datetime) -> TeamOut:
    committee = await orgs.ensure_scope(principal, data.committee_id)
    async with in_transaction():
        team = await InspectionTeam.create(committee_id=committee.id, name=data.name, created_at=now)
        members = [await TeamMember.create(team_id=team.id, **m.model_dump()) for m in data.members]
        await audit.record(
            principal,
            "supervision.team_create",
            "inspection_team",
            team.id,
            org_id=committee.id,
            detail={"members": len(members)},
        )
    return _team_out(team, members, committee.name)


async def _scope_path(principal: Principal, org_id: int | None) -> str | None:
    return await orgs.scope_path(principal, org_id)


async def list_teams(principal: Principal, org_id: int | None) -> list[TeamOut]:
    path = await _scope_path(principal, org_id)
    qs = InspectionTeam.all() if path is None else InspectionTeam.filter(committee__path__startswith=path)
    teams = await qs.order_by("id").prefetch_related("committee", "members")
    return [_team_out(t, sorted(t.members, key=lambda m: m.id), t.committee.name) for t in teams]


async def _team_in_scope(principal: Principal, team_id: int) -> InspectionTeam:
    team = await InspectionTeam.get_or_none(id=team_id)
    if team is None:
        raise TeamNotFound()
    await orgs.ensure_scope(principal, team.committee_id)
    return team


async def _is_member(principal: Principal, team_id: int | None) -> bool:
    if principal.is_superadmin or team_id is None:  # the standing observer inspection: the committee's admins
        return True
    return await TeamMember.exists(team_id=team_id, user_id=principal.user_id)


# ---- inspections ----------------------------------------------------------------------------------


async def _inspection_out(ins: Inspection, team_name: str, names: dict[int, str], findings: int) -> InspectionOut:
    return InspectionOut(
        id=ins.id,
        committee_id=ins.committee_id,
        team_id=ins.team_id,
        team_name=team_name,
        kind=ins.kind,
        kind_label=KIND_LABELS[ins.kind],
        title=ins.title,
        scope_org_id=ins.scope_org_id,
        planned_on=ins.planned_on,
        seed=ins.seed,
        sample_size=ins.sample_size,
        targets=[TargetOut(org_id=i, name=names.get(i, "")) for i in ins.target_ids],
        findings=findings,
        created_at=ins.created_at,
    )


async def create_inspection(principal: Principal, data: InspectionCreate, now: datetime, seed: int) -> InspectionOut:
    """Plan an inspection; a random one draws its targets now from `data.seed` (or the given fresh `seed`)."""
    team = await _team_in_scope(principal, data.team_id)
    if not await _is_member(principal, team.id):
        raise NotTeamMember()
    committee = await orgs.get_org(team.committee_id)
    scope = await orgs.ensure_scope(principal, data.scope_org_id or committee.id)
    if not scope.path.startswith(committee.path):
        raise orgs.OutOfScope()
    used_seed = size = None
    if data.kind == InspectionKind.RANDOM:
        if data.sample_size is None:
            raise TargetsRequired(details={"field": "sample_size"})
        used_seed, size = (data.seed if data.seed is not None else seed), data.sample_size
        targets = draw(used_seed, await draw_candidates(scope), size)
    else:
        if not data.org_ids:
            raise TargetsRequired(details={"field": "org_ids"})
        rows = await Organization.filter(id__in=data.org_ids).values("id", "path")
        if len(rows) != len(set(data.org_ids)):
            raise orgs.OrgNotFound()
        if any(not str(r["path"]).startswith(scope.path) for r in rows):
            raise orgs.OutOfScope()
        targets = sorted(set(data.org_ids))
    ins = await Inspection.create(
        committee_id=committee.id,
        team_id=team.id,
        kind=data.kind,
        title=data.title,
        scope_org_id=scope.id,
        planned_on=data.planned_on,
        seed=used_seed,
        sample_size=size,
        target_ids=targets,
        created_by_user_id=principal.user_id,
        created_at=now,
    )
    await audit.record(
        principal,
        "supervision.inspection_create",
        "inspection",
        ins.id,
        org_id=committee.id,
        detail={"kind": data.kind, "targets": targets, "seed": used_seed},
    )
    return await _inspection_out(ins, team.name, await _names(targets), 0)


async def list_inspections(principal: Principal, org_id: int | None) -> list[InspectionOut]:
    path = await _scope_path(principal, org_id)
    qs = Inspection.all() if path is None else Inspection.filter(committee__path__startswith=path)
    rows = await qs.order_by("-id").limit(200).prefetch_related("team")
    names = await _names([i for r in rows for i in r.target_ids])
    counts: dict[int, int] = {}
    for fid in await Finding.filter(inspection_id__in=[r.id for r in rows]).values_list("inspection_id", flat=True):
        counts[int(str(fid))] = counts.get(int(str(fid)), 0) + 1
    return [await _inspection_out(r, r.team.name if r.team else "党建观察员", names, counts.get(r.id, 0)) for r in rows]


async def get_inspection(principal: Principal, inspection_id: int) -> InspectionOut:
    ins = await Inspection.get_or_none(id=inspection_id).prefetch_related("team")
    if ins is None:
        raise InspectionNotFound()
    await orgs.ensure_scope(principal, ins.committee_id)
    return await _inspection_out(
        ins,
        ins.team.name if ins.team else "党建观察员",
        await _names(ins.target_ids),
        await Finding.filter(inspection_id=ins.id).count(),
    )


# ---- findings -------------------------------------------------------------------------------------


async def open_round(finding: Finding, org_name: str, now: datetime, deadlines: tickets.Deadlines) -> None:
    """A new rectification round of `finding` with its ticket (inside the caller's transaction)."""
    rnd = await FindingRound.create(finding_id=finding.id, opened_at=now)
    prefix = "督查复查未通过，再次交办：" if finding.reopen_count else "督查发现问题："
    ticket = await tickets.open_ticket(
        source_type=SOURCE_TYPE,
        source_id=rnd.id,
        org_id=finding.org_id,
        title=f"{org_name}：{finding.title}",
        summary=f"{prefix}{finding.title}。{finding.description}".strip(),
        is_named=False,
        contact_masked="",
        now=now,
        deadlines=deadlines,
    )
    rnd.ticket_id = ticket.id
    await rnd.save(update_fields=["ticket_id"])
    finding.round_id, finding.ticket_id, finding.due_at = rnd.id, ticket.id, ticket.rectify_due_at


async def create_finding(
    principal: Principal, inspection_id: int, data: FindingCreate, now: datetime, deadlines: tickets.Deadlines
) -> FindingDetail:
    ins = await Inspection.get_or_none(id=inspection_id)
    if ins is None:
        raise InspectionNotFound()
    await orgs.ensure_scope(principal, ins.committee_id)
    if not await _is_member(principal, ins.team_id):
        raise NotTeamMember()
    if data.org_id not in ins.target_ids:
        raise NotInTargets(details={"org_id": data.org_id})
    org = await orgs.get_org(data.org_id)
    files = await evidence.resolve(data.evidence, org)
    async with in_transaction():
        finding = await Finding.create(
            inspection_id=ins.id,
            org_id=org.id,
            title=data.title,
            description=data.description,
            evidence=[f.token for f in files],
            created_by_user_id=principal.user_id,
            created_at=now,
        )
        await open_round(finding, org.name, now, deadlines)
        await finding.save(update_fields=["round_id", "ticket_id", "due_at"])
        await audit.record(
            principal,
            "supervision.finding_create",
            "finding",
            finding.id,
            org_id=org.id,
            detail={"inspection": ins.id, "ticket": finding.ticket_id},
        )
    return await get_finding(principal, finding.id)


def recheck_state(finding: Finding, ticket_status: TicketStatus | None) -> str:
    if finding.status is FindingStatus.CLOSED:
        return "closed"
    if finding.status is FindingStatus.DISMISSED:
        return "dismissed"
    return "awaiting_recheck" if ticket_status in _RECTIFIED else "rectifying"


async def _outs(rows: list[Finding]) -> list[FindingOut]:
    linked = await tickets.source_tickets(SOURCE_TYPE, [f.round_id for f in rows if f.round_id])
    out = []
    for f in rows:
        ticket = linked.get(f.round_id) if f.round_id else None
        status = ticket.status if ticket else None
        out.append(
            FindingOut(
                id=f.id,
                inspection_id=f.inspection_id,
                inspection_title=f.inspection.title,
                kind=f.inspection.kind,
                org_id=f.org_id,
                org_name=f.org.name,
                title=f.title,
                description=f.description,
                status=f.status,
                status_label=FINDING_STATUS_LABELS[f.status],
                recheck_state=recheck_state(f, status),
                reopen_count=f.reopen_count,
                is_flagged=f.is_flagged,
                flag_label=FLAG_LABEL if f.is_flagged else None,
                ticket_id=f.ticket_id,
                ticket_status=status.value if status else None,
                ticket_status_label=STATUS_LABELS[status] if status else None,
                due_at=f.due_at,
                observer_id=f.observer_id,
                created_at=f.created_at,
                closed_at=f.closed_at,
            )
        )
    return out


async def list_findings(principal: Principal, q: FindingQuery) -> tuple[list[FindingOut], int]:
    """Findings at orgs of the principal's subtree (or of `org_id`'s subtree inside it), newest first."""
    path = await _scope_path(principal, q.org_id)
    qs = Finding.all() if path is None else Finding.filter(org__path__startswith=path)
    if q.inspection_id is not None:
        qs = qs.filter(inspection_id=q.inspection_id)
    if q.status is not None:
        qs = qs.filter(status=q.status)
    if q.flagged is not None:
        qs = qs.filter(is_flagged=q.flagged)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(q.offset).limit(q.page_size).prefetch_related("org", "inspection")
    return await _outs(list(rows)), total


async def _finding_in_scope(principal: Principal, finding_id: int, *, for_update: bool = False) -> Finding:
    qs = Finding.select_for_update() if for_update else Finding
    finding = await qs.get_or_none(id=finding_id)
    if finding is None:
        raise FindingNotFound()
    await finding.fetch_related("org", "inspection")
    root = await orgs.scope_root_path(principal)
    if not orgs.in_scope(root, finding.org):
        raise orgs.OutOfScope()
    return finding


async def _editable(principal: Principal, finding: Finding) -> Finding:
    """Only the members of the finding's team change it (the committee's admins for observers' 评议)."""
    await orgs.ensure_scope(principal, finding.inspection.committee_id)
    if not await _is_member(principal, finding.inspection.team_id):
        raise OtherTeam(details={"team_id": finding.inspection.team_id})
    return finding


async def get_finding(principal: Principal, finding_id: int) -> FindingDetail:
    finding = await _finding_in_scope(principal, finding_id)
    base = (await _outs([finding]))[0]
    files = await evidence.describe(finding.evidence)
    rounds = await FindingRound.filter(finding_id=finding.id).order_by("id").values_list("ticket_id", flat=True)
    checks = await FindingCheck.filter(finding_id=finding.id).order_by("id")
    can_edit = principal.is_admin and await _is_member(principal, finding.inspection.team_id)
    if can_edit and not principal.is_superadmin:
        can_edit = orgs.in_scope(await orgs.scope_root_path(principal), await orgs.get_org(finding.inspection.committee_id))
    return FindingDetail(
        **base.model_dump(),
        evidence=[EvidenceRef(token=f.token, url=f.url, filename=f.filename, kind=f.kind, size=f.size) for f in files],
        ticket_ids=[int(str(t)) for t in rounds if t is not None],
        checks=[CheckOut.model_validate(c) for c in checks],
        can_edit=can_edit,
    )


async def update_finding(principal: Principal, finding_id: int, data: FindingUpdate) -> FindingDetail:
    async with in_transaction():
        finding = await _editable(principal, await _finding_in_scope(principal, finding_id, for_update=True))
        if finding.status is not FindingStatus.OPEN:
            raise FindingClosed()
        changed = []
        if data.title is not None:
            finding.title = data.title
            changed.append("title")
        if data.description is not None:
            finding.description = data.description
            changed.append("description")
        if data.evidence is not None:
            finding.evidence = [f.token for f in await evidence.resolve(data.evidence, finding.org)]
            changed.append("evidence")
        if changed:
            await finding.save(update_fields=changed)
        await audit.record(
            principal, "supervision.finding_update", "finding", finding.id, org_id=finding.org_id, detail={"fields": changed}
        )
    return await get_finding(principal, finding.id)


async def recheck(
    principal: Principal,
    finding_id: int,
    data: RecheckIn,
    now: datetime,
    deadlines: tickets.Deadlines,
    sources: dict[str, tickets.TicketSource],
) -> FindingDetail:
    """提升: the inspectors re-check a rectified finding and close it (the ticket too) or reopen it."""
    async with in_transaction():
        finding = await _editable(principal, await _finding_in_scope(principal, finding_id, for_update=True))
        if finding.status is not FindingStatus.OPEN:
            raise FindingClosed()
        ticket = (await tickets.source_tickets(SOURCE_TYPE, [finding.round_id or 0])).get(finding.round_id or 0)
        if ticket is None or ticket.status not in _RECTIFIED:
            raise NotRectified(details={"ticket_status": ticket.status.value if ticket else None})
        fields = ["status", "closed_at", "reopen_count", "is_flagged", "round_id", "ticket_id", "due_at"]
        if data.result == "close":
            if ticket.status is TicketStatus.CALLBACK:
                await tickets.act(principal, ticket.id, ActionIn(action="close", note=f"督查复查通过：{data.note}"), now, sources)
            finding.status, finding.closed_at = FindingStatus.CLOSED, now
        else:
            finding.reopen_count += 1
            finding.is_flagged = finding.is_flagged or finding.reopen_count >= FLAG_AFTER_REOPENS
            if ticket.status is TicketStatus.CALLBACK:  # not yet closed: the same ticket goes back to 整改中
                await tickets.act(
                    principal, ticket.id, ActionIn(action="start", note=f"督查复查未通过：{data.note}"), now, sources
                )
            else:  # the ticket was closed already: the finding is handed over again with a new ticket
                await open_round(finding, finding.org.name, now, deadlines)
        await finding.save(update_fields=fields)
        await FindingCheck.create(
            finding_id=finding.id,
            ticket_id=ticket.id,
            result=data.result,
            note=data.note,
            checked_by_user_id=principal.user_id,
            checked_by_name=principal.name[:50],
            checked_at=now,
            detail={"reopen_count": finding.reopen_count},
        )
        await audit.record(
            principal,
            f"supervision.recheck_{data.result}",
            "finding",
            finding.id,
            org_id=finding.org_id,
            detail={"ticket": ticket.id, "flagged": finding.is_flagged},
        )
    return await get_finding(principal, finding.id)


class InspectionTickets:
    """The finding side of inspection tickets: no contact to call back; an upheld appeal dismisses the finding."""

    async def contact(self, source_id: int) -> str | None:
        return None

    async def on_appeal_decided(self, source_id: int, upheld: bool) -> None:
        if not upheld:
            return
        rnd = await FindingRound.get_or_none(id=source_id)
        if rnd is not None:
            await Finding.filter(id=rnd.finding_id, status=FindingStatus.OPEN).update(status=FindingStatus.DISMISSED)


async def open_findings_facts(org_ids: list[int]) -> list[dict[str, Any]]:
    """Open findings of the orgs (for the early warnings)."""
    if not org_ids:
        return []
    return await Finding.filter(org_id__in=org_ids, status=FindingStatus.OPEN).values(
        "id", "org_id", "title", "due_at", "is_flagged", "created_at"
    )
