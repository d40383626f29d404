"""Console endpoints of 标准化建设: the checklist items, an org's checklist, self-assessments and the parent's review."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.evidence.errors import EvidenceForeign, EvidenceNotFound
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from miniapp_api.standards import service
from miniapp_api.standards.errors import (
    AlreadyPending,
    AssessmentNotFound,
    DuplicateItem,
    EvidenceOrNoteRequired,
    ItemNotFound,
    NotPending,
    OwnOrgReview,
    SelfAssessOwnOnly,
)
from miniapp_api.standards.schemas import (
    AssessmentCreate,
    AssessmentOut,
    ChecklistOut,
    ItemCreate,
    ItemOut,
    ItemQuery,
    ItemUpdate,
    ReviewIn,
)
from server.core.appkeys import CLOCK
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Items

routes = Routes("standards")
IN_SCOPE = [OrgNotFound, OutOfScope]


@routes.get("/api/v1/standards/items", "标准化建设项目", auth=Auth.CONSOLE)
async def list_items(request: web.Request, principal: Principal, query: ItemQuery) -> Items[ItemOut]:
    """各组织类型的标准化建设项目（如组织设置、班子建设、阵地建设、制度落实），含已停用的。"""
    return Items[ItemOut](items=[ItemOut.model_validate(i) for i in await service.list_items(query.org_kind)])


@routes.post("/api/v1/standards/items", "新增标准化建设项目", auth=Auth.SUPERADMIN, status=201, errors=[DuplicateItem])
async def create_item(request: web.Request, principal: Principal, body: ItemCreate) -> ItemOut:
    """为某一组织类型新增一个项目。记入审计日志。"""
    return ItemOut.model_validate(await service.create_item(principal, body))


@routes.patch(r"/api/v1/standards/items/{id:\d+}", "修改标准化建设项目", auth=Auth.SUPERADMIN, errors=[ItemNotFound])
async def update_item(request: web.Request, principal: Principal, id: int, body: ItemUpdate) -> ItemOut:
    """修改名称、说明、排序，或停用（停用后不再计入适用项目）。记入审计日志。"""
    return ItemOut.model_validate(await service.update_item(principal, id, body))


@routes.get(r"/api/v1/standards/orgs/{id:\d+}/checklist", "组织的标准化建设清单", auth=Auth.CONSOLE, errors=IN_SCOPE)
async def checklist(request: web.Request, principal: Principal, id: int) -> ChecklistOut:
    """本辖区内某组织的适用项目、每项最近一次自评及上级的处理，以及经上级确认达标的项数。"""
    return await service.checklist(principal, id)


@routes.post(
    r"/api/v1/standards/orgs/{id:\d+}/assessments",
    "自评一个项目",
    auth=Auth.ADMIN,
    status=201,
    errors=[
        *IN_SCOPE,
        SelfAssessOwnOnly,
        ItemNotFound,
        EvidenceOrNoteRequired,
        AlreadyPending,
        EvidenceNotFound,
        EvidenceForeign,
    ],
)
async def self_assess(request: web.Request, principal: Principal, id: int, body: AssessmentCreate) -> AssessmentOut:
    """本组织管理员对一个项目自评：是否达标，附证明材料（先上传到 /api/v1/evidence）或说明，二者至少其一。自评提交后等待上级组织确认；同一项目已有待确认的自评时不能重复提交。记入审计日志。"""
    row = await service.self_assess(principal, id, body, request.config_dict[CLOCK].now())
    return (await service.assessments_out([row]))[0]


@routes.post(
    r"/api/v1/standards/assessments/{id:\d+}/review",
    "上级确认或退回自评",
    auth=Auth.ADMIN,
    errors=[*IN_SCOPE, AssessmentNotFound, OwnOrgReview, NotPending],
)
async def review(request: web.Request, principal: Principal, id: int, body: ReviewIn) -> AssessmentOut:
    """上级组织管理员确认（confirm）或退回（return）一条待确认的自评；本组织不能确认自己的自评。记入审计日志。"""
    row = await service.review(principal, id, body, request.config_dict[CLOCK].now())
    return (await service.assessments_out([row]))[0]
