"""HTTP routes of projects (console: the owner org's admins and those above them)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.evidence.errors import EvidenceForeign, EvidenceNotFound
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from miniapp_api.projects import exports, pool, service
from miniapp_api.projects.errors import (
    ActualsMismatch,
    AlreadyClaimed,
    BadPeriod,
    ClaimedTwice,
    ClaimOutsidePublisher,
    DependencyCycle,
    DependencyNotFound,
    InvalidStage,
    LeaderNotInOrg,
    NotInPool,
    ParentRequired,
    PreviousNotClosed,
    ProjectNotFound,
    ReasonRequired,
)
from miniapp_api.projects.schemas import (
    ApproveIn,
    ClaimIn,
    CloseIn,
    DependenciesIn,
    EvaluateIn,
    MilestoneIn,
    NoteIn,
    NoteOut,
    PoolCreate,
    PoolQuery,
    ProjectCreate,
    ProjectDetail,
    ProjectOut,
    ProjectQuery,
)
from server.core.appkeys import CLOCK
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.http import XLSX, file_response
from server.core.schemas import Page

routes = Routes("projects")
_ID = r"/api/v1/projects/{id:\d+}"


@routes.post(
    "/api/v1/projects",
    "立项申报",
    auth=Auth.ADMIN,
    status=201,
    errors=[OrgNotFound, OutOfScope, BadPeriod, LeaderNotInOrg, ProjectNotFound, PreviousNotClosed, DependencyNotFound],
)
async def propose_project(request: web.Request, principal: Principal, body: ProjectCreate) -> ProjectOut:
    """本组织（或下级组织）申报一个党建项目：目标、举措、带目标值和权重的考核指标、预算、周期，可选依赖的其他项目、领办人（为书记时标记为书记领办）和上一轮已结项项目（其经验教训带入本轮）。返回 `stage: proposed`，等待上级审批。"""
    return await service.propose(principal, body, request.config_dict[CLOCK].now())


@routes.get("/api/v1/projects", "党建项目列表（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_projects(request: web.Request, principal: Principal, query: ProjectQuery) -> Page[ProjectOut]:
    """本组织及下级组织的项目，新的在前；可按组织、阶段、领办人、是否书记领办筛选（书记述职时列出其领办项目）。认领池中的项目只在 `stage=pool` 时列出。"""
    items, total = await service.list_projects(principal, query)
    return Page[ProjectOut].of(items, total, query)


@routes.get(
    "/api/v1/projects/ledger.xlsx",
    "导出党建项目台账（Excel）",
    auth=Auth.CONSOLE,
    produces=XLSX,
    errors=[OrgNotFound, OutOfScope],
)
async def export_ledger(request: web.Request, principal: Principal, query: ProjectQuery) -> web.Response:
    """按与项目列表相同的筛选条件导出本辖区的项目台账：阶段、领办人、周期、预算、目标、得分、等级、经验教训。文字不会被当作公式；每次导出记入审计日志。"""
    body, name = await exports.export_ledger(principal, query)
    return file_response(body, name, XLSX)


@routes.get(_ID, "项目详情", auth=Auth.CONSOLE, errors=[ProjectNotFound, OutOfScope])
async def get_project(request: web.Request, principal: Principal, id: int) -> ProjectDetail:
    """项目详情：指标（评估后含实际值和得分）、依赖、里程碑及证明材料、督导意见，以及当前用户是否为上级组织。"""
    return await service.detail(principal, id)


@routes.post(
    _ID + "/approve",
    "审批立项（上级组织）",
    auth=Auth.ADMIN,
    errors=[ProjectNotFound, OutOfScope, ParentRequired, InvalidStage, ReasonRequired],
)
async def approve_project(request: web.Request, principal: Principal, id: int, body: ApproveIn) -> ProjectOut:
    """上级组织审批：`approve` 立项，`return` 退回（须填理由）。申报组织自己不能审批。"""
    return await service.approve(principal, id, body, request.config_dict[CLOCK].now())


@routes.post(
    _ID + "/milestones",
    "记录里程碑（过程督导）",
    auth=Auth.ADMIN,
    status=201,
    errors=[ProjectNotFound, OutOfScope, InvalidStage, EvidenceNotFound, EvidenceForeign],
)
async def add_milestone(request: web.Request, principal: Principal, id: int, body: MilestoneIn) -> ProjectOut:
    """已立项的项目记录一个完成节点及证明材料（先上传到证明材料接口，按内容核验类型和大小）；首个节点使项目进入实施督导阶段。"""
    return await service.add_milestone(principal, id, body, request.config_dict[CLOCK].now())


@routes.post(
    _ID + "/notes",
    "督导意见（上级组织）",
    auth=Auth.ADMIN,
    status=201,
    errors=[ProjectNotFound, OutOfScope, ParentRequired, InvalidStage],
)
async def add_note(request: web.Request, principal: Principal, id: int, body: NoteIn) -> NoteOut:
    """上级组织对实施中的项目提出督导意见。"""
    return await service.add_note(principal, id, body, request.config_dict[CLOCK].now())


@routes.post(
    _ID + "/evaluate",
    "绩效评估（上级组织）",
    auth=Auth.ADMIN,
    errors=[ProjectNotFound, OutOfScope, ParentRequired, InvalidStage, ActualsMismatch],
)
async def evaluate_project(request: web.Request, principal: Principal, id: int, body: EvaluateIn) -> ProjectOut:
    """上级组织按每个指标的实际完成值评估：达到目标得 100 分、未达到按比例（越低越好的指标反向计算），按权重加权得总分；90 分以上优秀、75 良好、60 合格，以下不合格。"""
    return await service.evaluate(principal, id, body, request.config_dict[CLOCK].now())


@routes.post(_ID + "/close", "结项（总结改进）", auth=Auth.ADMIN, errors=[ProjectNotFound, OutOfScope, InvalidStage])
async def close_project(request: web.Request, principal: Principal, id: int, body: CloseIn) -> ProjectOut:
    """已评估的项目写下经验教训并结项；之后可以以它为上一轮（`previous_id`）申报新一轮项目。"""
    return await service.close(principal, id, body, request.config_dict[CLOCK].now())


@routes.put(
    _ID + "/dependencies",
    "设置项目依赖",
    auth=Auth.ADMIN,
    errors=[ProjectNotFound, OutOfScope, InvalidStage, DependencyNotFound, DependencyCycle],
)
async def set_dependencies(request: web.Request, principal: Principal, id: int, body: DependenciesIn) -> ProjectDetail:
    """替换项目依赖的其他项目；形成循环（含依赖自己）时拒绝，返回 `projects.dependency_cycle` 和循环路径。"""
    return await service.set_dependencies(principal, id, body.depends_on)


@routes.post("/api/v1/projects/pool", "发布认领项目", auth=Auth.ADMIN, status=201, errors=[OrgNotFound, OutOfScope, BadPeriod])
async def publish_to_pool(request: web.Request, principal: Principal, body: PoolCreate) -> ProjectOut:
    """党委把设计好的项目发布到认领池，由下级组织认领（认领即立项）。"""
    return await pool.publish(principal, body, request.config_dict[CLOCK].now())


@routes.get("/api/v1/projects/pool", "认领池", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_pool(request: web.Request, principal: Principal, query: PoolQuery) -> Page[ProjectOut]:
    """尚未认领的项目：上级组织发布、本组织（或 `org_id`）可认领的，以及本组织发布的。"""
    items, total = await pool.list_pool(principal, query)
    return Page[ProjectOut].of(items, total, query)


@routes.post(
    _ID + "/claim",
    "认领项目",
    auth=Auth.ADMIN,
    errors=[ProjectNotFound, OrgNotFound, OutOfScope, AlreadyClaimed, ClaimedTwice, NotInPool, ClaimOutsidePublisher],
)
async def claim_project(request: web.Request, principal: Principal, id: int, body: ClaimIn) -> ProjectOut:
    """为本辖区内发布组织下级的组织认领项目；同时认领时只有一个成功。已被其他组织认领 → 409 `projects.already_claimed`；本组织重复认领 → 409 `projects.claimed_twice`。"""
    return await pool.claim(principal, id, body, request.config_dict[CLOCK].now())
