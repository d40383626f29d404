"""认领制: a committee publishes projects to a pool; an org below it claims one. The claim is one conditional
UPDATE (… WHERE stage = 'pool'), so of two simultaneous claims exactly one wins and the other gets 409."""

from __future__ import annotations

from datetime import datetime

from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization
from miniapp_api.projects.errors import AlreadyClaimed, ClaimedTwice, ClaimOutsidePublisher, NotInPool, ProjectNotFound
from miniapp_api.projects.models import Project, Stage
from miniapp_api.projects.schemas import ClaimIn, PoolCreate, PoolQuery, ProjectOut
from miniapp_api.projects.service import _check_period, _indicators, project_out
from server.core.auth import Principal
from server.core.database import in_transaction


async def publish(principal: Principal, data: PoolCreate, now: datetime) -> ProjectOut:
    """A project designed (and so approved) by the publishing org, waiting in the pool for a claimant below it."""
    org = await orgs.ensure_scope(principal, data.org_id)
    _check_period(data)
    async with in_transaction():
        project = await Project.create(
            org_id=org.id,
            supervisor_org_id=org.id,
            title=data.title,
            goal=data.goal,
            measures=data.measures,
            budget=data.budget,
            period_start=data.period_start,
            period_end=data.period_end,
            stage=Stage.POOL,
            created_by_user_id=principal.user_id,
            created_at=now,
        )
        await _indicators(project, data.indicators)
        await audit.record(principal, "projects.publish", "project", project.id, org_id=org.id, detail={"title": data.title})
    project.org = org
    return project_out(project)


async def list_pool(principal: Principal, q: PoolQuery) -> tuple[list[ProjectOut], int]:
    """Open pool projects the caller's org (or `org_id`) may claim — published above it — and those it published."""
    if q.org_id is not None:
        org: Organization | None = await orgs.ensure_scope(principal, q.org_id)
    else:
        root = await orgs.scope_root_path(principal)
        org = None if root is None else await Organization.get_or_none(path=root)
    qs = Project.filter(stage=Stage.POOL).prefetch_related("org")
    rows = await qs.order_by("-id")
    if org is not None:
        mine = org.path
        rows = [p for p in rows if mine.startswith(p.org.path) or (q.org_id is None and p.org.path.startswith(mine))]
    total = len(rows)
    return [project_out(p) for p in rows[q.offset : q.offset + q.page_size]], total


async def claim(principal: Principal, project_id: int, data: ClaimIn, now: datetime) -> ProjectOut:
    """Claim for `org_id` (in the caller's subtree, strictly below the publisher): the project becomes that org's,
    approved, supervised by the publisher."""
    claimant = await orgs.ensure_scope(principal, data.org_id)
    project = await Project.get_or_none(id=project_id).prefetch_related("org")
    if project is None:
        raise ProjectNotFound()
    if project.is_claimed:
        raise ClaimedTwice() if project.org_id == claimant.id else AlreadyClaimed()
    if project.stage is not Stage.POOL:
        raise NotInPool()
    publisher = project.org
    if not claimant.path.startswith(publisher.path) or claimant.id == publisher.id:
        raise ClaimOutsidePublisher()
    async with in_transaction():
        won = await Project.filter(id=project_id, stage=Stage.POOL, is_claimed=False).update(
            org_id=claimant.id,
            supervisor_org_id=publisher.id,
            stage=Stage.APPROVED,
            is_claimed=True,
            claimed_at=now,
            approved_at=now,
        )
        if not won:
            current = await Project.get(id=project_id)
            raise ClaimedTwice() if current.org_id == claimant.id else AlreadyClaimed()
        await audit.record(
            principal, "projects.claim", "project", project_id, org_id=claimant.id, detail={"publisher_org_id": publisher.id}
        )
    claimed = await Project.get(id=project_id).prefetch_related("org")
    return project_out(claimed)
