"""Routes of 约谈提醒, 情况通报, the 负面清单, 问责 decisions and 容错纠错 exemptions."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from miniapp_api.responsibility import oversight
from miniapp_api.responsibility.errors import (
    AlreadyCorrected,
    AlreadyDecided,
    CircularNotFound,
    CorrectionMismatch,
    DecisionImmutable,
    DecisionNotFound,
    ExemptionByOrg,
    ExemptionNotFound,
    ExemptionPending,
    NegativeItemExists,
    NegativeItemNotFound,
    ParentRequired,
)
from miniapp_api.responsibility.routes.common import now
from miniapp_api.responsibility.schemas import (
    CircularCreate,
    CircularDetail,
    CircularOut,
    DecisionCreate,
    DecisionOut,
    DecisionUpdate,
    ExemptionCreate,
    ExemptionDecisionIn,
    ExemptionOut,
    MeCircularQuery,
    NegativeItemCreate,
    NegativeItemOut,
    OrgYearQuery,
    TalkCreate,
    TalkOut,
)
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Items, Page

routes = Routes("responsibility")
DECISION = r"/api/v1/responsibility/decisions/{id:\d+}"


@routes.post("/api/v1/responsibility/talks", "记录约谈提醒", auth=Auth.ADMIN, status=201, errors=[OrgNotFound, OutOfScope])
async def create_talk(request: web.Request, principal: Principal, body: TalkCreate) -> TalkOut:
    """记录一次约谈提醒：约谈人、被约谈人（本辖区组织）、事由和跟进要求。记入审计日志。"""
    return await oversight.create_talk(principal, body, now(request))


@routes.get("/api/v1/responsibility/talks", "约谈提醒记录（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_talks(request: web.Request, principal: Principal, query: OrgYearQuery) -> Page[TalkOut]:
    """本组织及下级组织的约谈记录，新的在前。"""
    items, total = await oversight.list_talks(principal, query)
    return Page[TalkOut].of(items, total, query)


@routes.post("/api/v1/responsibility/circulars", "发布情况通报", auth=Auth.ADMIN, status=201, errors=[OrgNotFound, OutOfScope])
async def create_circular(request: web.Request, principal: Principal, body: CircularCreate) -> CircularOut:
    """向一个组织及其全部下级组织发布情况通报；各组织阅读后留下回执。"""
    return await oversight.create_circular(principal, body, now(request))


@routes.get(
    "/api/v1/responsibility/circulars", "情况通报（本辖区发布及上级发来）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope]
)
async def list_circulars(request: web.Request, principal: Principal, query: OrgYearQuery) -> Page[CircularOut]:
    """本辖区发布的通报和上级发给本组织的通报，带已阅组织数。"""
    items, total = await oversight.list_circulars(principal, query)
    return Page[CircularOut].of(items, total, query)


@routes.get("/api/v1/responsibility/me/circulars", "发给本组织的情况通报（党员）", auth=Auth.MEMBER)
async def my_circulars(request: web.Request, principal: Principal, query: MeCircularQuery) -> Page[CircularOut]:
    """本人所在组织及其上级组织发布的通报，新的在前；is_read 为本人是否已确认阅读。"""
    items, total = await oversight.my_circulars(principal, query)
    return Page[CircularOut].of(items, total, query)


@routes.get(r"/api/v1/responsibility/circulars/{id:\d+}", "情况通报详情与阅读回执", auth=Auth.USER, errors=[CircularNotFound])
async def get_circular(request: web.Request, principal: Principal, id: int) -> CircularDetail:
    """通报正文、阅读回执和未阅组织；通报范围内的党员、管理员和发布组织的上级可见。"""
    return await oversight.get_circular(principal, id)


@routes.post(r"/api/v1/responsibility/circulars/{id:\d+}/read", "确认已阅通报（回执）", auth=Auth.USER, errors=[CircularNotFound])
async def read_circular(request: web.Request, principal: Principal, id: int) -> CircularOut:
    """通报范围内的党员或管理员确认已阅，留下回执（重复确认保留第一次）。"""
    return await oversight.read_circular(principal, id, now(request))


@routes.get("/api/v1/responsibility/negative-list", "问责负面清单", auth=Auth.CONSOLE)
async def negative_list(request: web.Request, principal: Principal) -> Items[NegativeItemOut]:
    """可予问责的情形（负面清单），问责决定须对应其中一项。"""
    return Items[NegativeItemOut](items=await oversight.negative_list())


@routes.post(
    "/api/v1/responsibility/negative-list", "新增负面清单情形", auth=Auth.SUPERADMIN, status=201, errors=[NegativeItemExists]
)
async def add_negative_item(request: web.Request, principal: Principal, body: NegativeItemCreate) -> NegativeItemOut:
    """超级管理员配置负面清单中的问责情形。"""
    return await oversight.add_negative_item(principal, body, now(request))


@routes.post(
    "/api/v1/responsibility/decisions",
    "作出问责决定（上级组织）",
    auth=Auth.ADMIN,
    status=201,
    errors=[
        OrgNotFound,
        OutOfScope,
        ParentRequired,
        NegativeItemNotFound,
        DecisionNotFound,
        CorrectionMismatch,
        AlreadyCorrected,
    ],
)
async def issue_decision(request: web.Request, principal: Principal, body: DecisionCreate) -> DecisionOut:
    """上级组织依据负面清单对下级组织作出问责决定。决定作出后不能修改或删除；更正时作出新决定并以 `corrects_id` 关联原决定（每个决定只能被更正一次）。记入审计日志。"""
    return await oversight.issue_decision(principal, body, now(request))


@routes.get("/api/v1/responsibility/decisions", "问责决定（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_decisions(request: web.Request, principal: Principal, query: OrgYearQuery) -> Page[DecisionOut]:
    """本组织及下级组织的问责决定（含更正关系和容错申请），新的在前。"""
    items, total = await oversight.list_decisions(principal, query)
    return Page[DecisionOut].of(items, total, query)


@routes.get(DECISION, "问责决定详情", auth=Auth.CONSOLE, errors=[DecisionNotFound, OutOfScope])
async def get_decision(request: web.Request, principal: Principal, id: int) -> DecisionOut:
    """决定内容、更正关系和容错申请。"""
    return await oversight.get_decision(principal, id)


@routes.patch(DECISION, "修改问责决定（不允许）", auth=Auth.ADMIN, errors=[DecisionNotFound, OutOfScope, DecisionImmutable])
async def update_decision(request: web.Request, principal: Principal, id: int, body: DecisionUpdate) -> DecisionOut:
    """问责决定一经作出不能修改：总是返回 409 `responsibility.decision_immutable`（尝试记入审计日志）；更正请作出新决定。"""
    await oversight.refuse_change(principal, id)


@routes.delete(
    DECISION, "删除问责决定（不允许）", auth=Auth.ADMIN, status=204, errors=[DecisionNotFound, OutOfScope, DecisionImmutable]
)
async def delete_decision(request: web.Request, principal: Principal, id: int) -> None:
    """问责决定永不删除：总是返回 409 `responsibility.decision_immutable`（尝试记入审计日志）。"""
    await oversight.refuse_change(principal, id)


@routes.post(
    "/api/v1/responsibility/exemptions",
    "提出容错纠错申请（被问责组织）",
    auth=Auth.ADMIN,
    status=201,
    errors=[DecisionNotFound, OutOfScope, ExemptionByOrg, ExemptionPending],
)
async def file_exemption(request: web.Request, principal: Principal, body: ExemptionCreate) -> ExemptionOut:
    """被问责组织的管理员就某一问责决定提出容错申请并说明理由，由上级组织决定。"""
    return await oversight.file_exemption(principal, body, now(request))


@routes.post(
    r"/api/v1/responsibility/exemptions/{id:\d+}/decision",
    "决定容错纠错申请（上级组织）",
    auth=Auth.ADMIN,
    errors=[ExemptionNotFound, OutOfScope, ParentRequired, AlreadyDecided],
)
async def decide_exemption(request: web.Request, principal: Principal, id: int, body: ExemptionDecisionIn) -> ExemptionOut:
    """上级组织决定是否予以容错（只能决定一次）；原问责决定保持不变，容错结果随决定一并显示。记入审计日志。"""
    return await oversight.decide_exemption(principal, id, body, now(request))
