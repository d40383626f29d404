"""Project services: propose, approve or return, milestones and supervision notes, evaluation, close and the next
cycle, dependencies kept acyclic. Every write runs in one transaction under a row lock and is audited.

Anchor: 中国共产党支部工作条例（试行）第十一条 (the branch's tasks, which a project serves) and the source papers'
党建项目化管理; who decides is the parent (the org above), as for every review in the platform."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.queryset import QuerySet

from miniapp_api.audit import service as audit
from miniapp_api.evidence import service as evidence
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, Organization, Post
from miniapp_api.projects.errors import (
    ActualsMismatch,
    BadPeriod,
    DependencyCycle,
    DependencyNotFound,
    InvalidStage,
    LeaderNotInOrg,
    ParentRequired,
    PreviousNotClosed,
    ProjectNotFound,
    ReasonRequired,
)
from miniapp_api.projects.models import (
    STAGE_LABELS,
    Project,
    ProjectDependency,
    ProjectIndicator,
    ProjectMilestone,
    ProjectNote,
    Stage,
)
from miniapp_api.projects.schemas import (
    ApproveIn,
    CloseIn,
    EvaluateIn,
    IndicatorIn,
    MilestoneIn,
    MilestoneOut,
    NoteIn,
    NoteOut,
    ProjectCreate,
    ProjectDetail,
    ProjectOut,
    ProjectQuery,
)
from miniapp_api.projects.scoring import GRADE_LABELS, Measured, grade_of, indicator_score, weighted_score
from server.core.auth import Principal, Role
from server.core.database import in_transaction


def project_out(p: Project) -> ProjectOut:
    return ProjectOut(
        id=p.id,
        stage=p.stage.value,
        stage_label=STAGE_LABELS[p.stage],
        org_id=p.org_id,
        org_name=p.org.name,
        supervisor_org_id=p.supervisor_org_id,
        title=p.title,
        goal=p.goal,
        measures=list(p.measures),
        budget=float(p.budget),
        period_start=p.period_start,
        period_end=p.period_end,
        leader_member_id=p.leader_member_id,
        leader_name=p.leader_name,
        is_secretary_led=p.is_secretary_led,
        is_claimed=p.is_claimed,
        previous_id=p.previous_id,
        carried_lessons=p.carried_lessons,
        return_reason=p.return_reason,
        score=p.score,
        grade=p.grade,
        grade_label=GRADE_LABELS.get(p.grade, ""),
        lessons=p.lessons,
        created_at=p.created_at,
    )


async def is_parent(principal: Principal, org: Organization) -> bool:
    """The caller speaks for an org strictly above `org` (or is a superadmin): who approves, supervises, evaluates."""
    if principal.role is Role.SUPERADMIN:
        return True
    root = await orgs.scope_root_path(principal)
    return root is not None and org.path.startswith(root) and org.path != root


async def scoped(principal: Principal, project_id: int, *, for_update: bool = False) -> Project:
    """The project if its org lies in the caller's subtree; another org's project is refused (403)."""
    root = await orgs.scope_root_path(principal)
    qs = Project.select_for_update() if for_update else Project
    project = await qs.get_or_none(id=project_id)
    if project is None:
        raise ProjectNotFound()
    await project.fetch_related("org")
    if not orgs.in_scope(root, project.org):
        raise orgs.OutOfScope()
    return project


async def _parent_only(principal: Principal, project: Project) -> None:
    if not await is_parent(principal, project.org):
        raise ParentRequired()


def _stage(project: Project, *allowed: Stage) -> None:
    if project.stage not in allowed:
        raise InvalidStage(details={"stage": project.stage.value, "allowed": [s.value for s in allowed]})


async def _indicators(project: Project, items: list[IndicatorIn]) -> None:
    await ProjectIndicator.bulk_create(
        [
            ProjectIndicator(
                project_id=project.id,
                position=i,
                name=x.name,
                unit=x.unit,
                target=x.target,
                weight=x.weight,
                higher_is_better=x.higher_is_better,
            )
            for i, x in enumerate(items)
        ]
    )


async def _check_dependencies(principal: Principal, ids: list[int]) -> list[int]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    root = await orgs.scope_root_path(principal)
    found = await Project.filter(id__in=wanted).prefetch_related("org")
    visible = {p.id for p in found if orgs.in_scope(root, p.org) and p.stage is not Stage.POOL}
    missing = [i for i in wanted if i not in visible]
    if missing:
        raise DependencyNotFound(details={"project_ids": missing})
    return wanted


async def _creates_cycle(project_id: int, depends_on: list[int]) -> list[int] | None:
    """The path back to `project_id` if making it depend on `depends_on` closes a cycle, else None."""
    edges: dict[int, list[int]] = {}
    for a, b in await ProjectDependency.all().values_list("project_id", "depends_on_id"):
        edges.setdefault(a, []).append(b)
    edges[project_id] = list(depends_on)
    stack: list[tuple[int, list[int]]] = [(d, [project_id, d]) for d in depends_on]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if node == project_id:
            return path
        if node in seen:
            continue
        seen.add(node)
        stack.extend((n, [*path, n]) for n in edges.get(node, []))
    return None


def _check_period(data: Any) -> None:
    if data.period_end < data.period_start:
        raise BadPeriod(details={"period_start": str(data.period_start), "period_end": str(data.period_end)})


async def propose(principal: Principal, data: ProjectCreate, now: datetime) -> ProjectOut:
    """立项申报 by an org (its admin or an admin above it); the org's parent becomes the supervisor."""
    org = await orgs.ensure_scope(principal, data.org_id)
    _check_period(data)
    leader: Member | None = None
    if data.leader_member_id is not None:
        leader = await Member.get_or_none(id=data.leader_member_id, org_id=org.id, is_active=True)
        if leader is None:
            raise LeaderNotInOrg()
    carried = ""
    if data.previous_id is not None:
        previous = await Project.get_or_none(id=data.previous_id, org_id=org.id)
        if previous is None:
            raise ProjectNotFound(details={"previous_id": data.previous_id})
        if previous.stage is not Stage.CLOSED:
            raise PreviousNotClosed()
        carried = previous.lessons
    depends_on = await _check_dependencies(principal, data.depends_on)
    async with in_transaction():
        project = await Project.create(
            org_id=org.id,
            supervisor_org_id=org.parent_id,
            title=data.title,
            goal=data.goal,
            measures=data.measures,
            budget=data.budget,
            period_start=data.period_start,
            period_end=data.period_end,
            stage=Stage.PROPOSED,
            leader_member_id=leader.id if leader else None,
            leader_name=leader.name if leader else "",
            is_secretary_led=bool(leader and Post.SECRETARY.value in (leader.posts or [])),
            previous_id=data.previous_id,
            carried_lessons=carried,
            created_by_user_id=principal.user_id,
            created_at=now,
        )
        await _indicators(project, data.indicators)
        await ProjectDependency.bulk_create([ProjectDependency(project_id=project.id, depends_on_id=d) for d in depends_on])
        await audit.record(
            principal,
            "projects.propose",
            "project",
            project.id,
            org_id=org.id,
            detail={"title": data.title, "previous_id": data.previous_id},
        )
    project.org = org
    return project_out(project)


async def set_dependencies(principal: Principal, project_id: int, ids: list[int]) -> ProjectDetail:
    """Replace what the project depends on; a self-reference or a cycle through other projects is refused.

    The project and its new dependencies are locked (in id order, so two writers never deadlock): two concurrent
    edits that together would close a cycle share a project, so the second waits and then sees the first's edge."""
    async with in_transaction():
        wanted = await _check_dependencies(principal, ids)
        # Whole rows: tortoise drops FOR UPDATE from a values_list() query, and without these locks the two
        # edits' foreign-key checks deadlocked (a 500 instead of the 409).
        await Project.select_for_update().filter(id__in=sorted({project_id, *wanted})).order_by("id")
        project = await scoped(principal, project_id, for_update=True)
        _stage(project, Stage.PROPOSED, Stage.RETURNED, Stage.APPROVED, Stage.IN_PROGRESS)
        cycle = await _creates_cycle(project.id, wanted)
        if cycle is not None:
            raise DependencyCycle(details={"cycle": cycle})
        await ProjectDependency.filter(project_id=project.id).delete()
        await ProjectDependency.bulk_create([ProjectDependency(project_id=project.id, depends_on_id=d) for d in wanted])
        await audit.record(
            principal, "projects.dependencies", "project", project.id, org_id=project.org_id, detail={"depends_on": wanted}
        )
    return await detail(principal, project_id)


async def approve(principal: Principal, project_id: int, data: ApproveIn, now: datetime) -> ProjectOut:
    """The parent approves (立项) or returns the proposal with a reason."""
    async with in_transaction():
        project = await scoped(principal, project_id, for_update=True)
        await _parent_only(principal, project)
        _stage(project, Stage.PROPOSED)
        if data.decision == "return":
            if not data.reason:
                raise ReasonRequired()
            project.stage, project.return_reason = Stage.RETURNED, data.reason
        else:
            project.stage, project.approved_at, project.return_reason = Stage.APPROVED, now, ""
        await project.save(update_fields=["stage", "return_reason", "approved_at"])
        await audit.record(
            principal, f"projects.{data.decision}", "project", project.id, org_id=project.org_id, detail={"reason": data.reason}
        )
    return project_out(project)


async def add_milestone(principal: Principal, project_id: int, data: MilestoneIn, now: datetime) -> ProjectOut:
    """过程督导: a milestone with evidence files of the project's org; the project is then in progress."""
    async with in_transaction():
        project = await scoped(principal, project_id, for_update=True)
        _stage(project, Stage.APPROVED, Stage.IN_PROGRESS)
        files = await evidence.resolve(data.evidence, project.org)
        await ProjectMilestone.create(
            project_id=project.id,
            title=data.title,
            note=data.note,
            done_on=data.done_on,
            evidence=[f.token for f in files],
            created_by_user_id=principal.user_id,
            created_at=now,
        )
        if project.stage is Stage.APPROVED:
            project.stage = Stage.IN_PROGRESS
            await project.save(update_fields=["stage"])
        await audit.record(
            principal,
            "projects.milestone",
            "project",
            project.id,
            org_id=project.org_id,
            detail={"title": data.title, "files": len(files)},
        )
    return project_out(project)


async def add_note(principal: Principal, project_id: int, data: NoteIn, now: datetime) -> NoteOut:
    """A supervision note (督导意见) of the parent."""
    async with in_transaction():
        project = await scoped(principal, project_id, for_update=True)
        await _parent_only(principal, project)
        _stage(project, Stage.APPROVED, Stage.IN_PROGRESS, Stage.EVALUATED)
        note = await ProjectNote.create(
            project_id=project.id,
            note=data.note,
            author_org_id=principal.org_id or 0,
            created_by_user_id=principal.user_id,
            created_at=now,
        )
        await audit.record(principal, "projects.note", "project", project.id, org_id=project.org_id)
    return NoteOut.model_validate(note)


async def evaluate(principal: Principal, project_id: int, data: EvaluateIn, now: datetime) -> ProjectOut:
    """绩效评估 by the parent: every indicator's actual value, scored against its target and weighted."""
    async with in_transaction():
        project = await scoped(principal, project_id, for_update=True)
        await _parent_only(principal, project)
        _stage(project, Stage.IN_PROGRESS)
        indicators = {i.id: i for i in await ProjectIndicator.filter(project_id=project.id)}
        actuals = {a.indicator_id: a.actual for a in data.actuals}
        if set(actuals) != set(indicators) or len(actuals) != len(data.actuals):
            raise ActualsMismatch(details={"indicator_ids": sorted(indicators)})
        measured = []
        for iid, ind in indicators.items():
            m = Measured(ind.target, actuals[iid], ind.weight, ind.higher_is_better)
            ind.actual, ind.score = m.actual, indicator_score(m)
            await ind.save(update_fields=["actual", "score"])
            measured.append(m)
        project.score = weighted_score(measured)
        project.grade, project.stage = grade_of(project.score), Stage.EVALUATED
        project.evaluation_comment, project.evaluated_at = data.comment, now
        await project.save(update_fields=["score", "grade", "stage", "evaluation_comment", "evaluated_at"])
        await audit.record(
            principal,
            "projects.evaluate",
            "project",
            project.id,
            org_id=project.org_id,
            detail={"score": project.score, "grade": project.grade},
        )
    return project_out(project)


async def close(principal: Principal, project_id: int, data: CloseIn, now: datetime) -> ProjectOut:
    """改进: the lessons are written and the cycle ends; a next cycle may start from here (previous_id)."""
    async with in_transaction():
        project = await scoped(principal, project_id, for_update=True)
        _stage(project, Stage.EVALUATED)
        project.stage, project.lessons, project.closed_at = Stage.CLOSED, data.lessons, now
        await project.save(update_fields=["stage", "lessons", "closed_at"])
        await audit.record(principal, "projects.close", "project", project.id, org_id=project.org_id)
    return project_out(project)


async def detail(principal: Principal, project_id: int) -> ProjectDetail:
    project = await scoped(principal, project_id)
    indicators = await ProjectIndicator.filter(project_id=project.id).order_by("position", "id")
    milestones = await ProjectMilestone.filter(project_id=project.id).order_by("done_on", "id")
    files = {f.token: f.model_dump(mode="json") for f in await evidence.describe([t for m in milestones for t in m.evidence])}
    depends = await ProjectDependency.filter(project_id=project.id).order_by("id").values_list("depends_on_id", flat=True)
    notes = await ProjectNote.filter(project_id=project.id).order_by("id")
    return ProjectDetail(
        **project_out(project).model_dump(),
        indicators=indicators,
        depends_on=list(depends),
        milestones=[
            MilestoneOut(
                id=m.id,
                title=m.title,
                note=m.note,
                done_on=m.done_on,
                created_at=m.created_at,
                evidence=[files[t] for t in m.evidence if t in files],
            )
            for m in milestones
        ],
        notes=[NoteOut.model_validate(n) for n in notes],
        evaluation_comment=project.evaluation_comment,
        can_supervise=await is_parent(principal, project.org),
    )


async def filtered(principal: Principal, q: ProjectQuery) -> QuerySet[Project]:
    root = await orgs.scope_root_path(principal)
    if q.org_id is not None:
        root = (await orgs.ensure_scope(principal, q.org_id)).path
    qs = Project.all() if root is None else Project.filter(org__path__startswith=root)
    qs = qs.filter(stage=q.stage) if q.stage is not None else qs.exclude(stage=Stage.POOL)
    if q.leader_member_id is not None:
        qs = qs.filter(leader_member_id=q.leader_member_id)
    if q.secretary_led is not None:
        qs = qs.filter(is_secretary_led=q.secretary_led)
    return qs


async def list_projects(principal: Principal, q: ProjectQuery) -> tuple[list[ProjectOut], int]:
    qs = await filtered(principal, q)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(q.offset).limit(q.page_size).prefetch_related("org")
    return [project_out(p) for p in rows], total


async def led_by(member_id: int) -> list[ProjectOut]:
    """The projects a member leads (书记领办 first), for his year-end 述职; the caller checks access to the member."""
    rows = (
        await Project.filter(leader_member_id=member_id)
        .exclude(stage=Stage.POOL)
        .order_by("-is_secretary_led", "-id")
        .prefetch_related("org")
    )
    return [project_out(p) for p in rows]


async def org_projects(org_ids: list[int], ids: list[int] | None = None) -> list[ProjectOut]:
    """Projects of these orgs that are under way or done (what a brand page may show); `ids` narrows them."""
    qs = Project.filter(org_id__in=org_ids, stage__in=[Stage.APPROVED, Stage.IN_PROGRESS, Stage.EVALUATED, Stage.CLOSED])
    if ids is not None:
        qs = qs.filter(id__in=ids)
    return [project_out(p) for p in await qs.order_by("-id").prefetch_related("org")]
