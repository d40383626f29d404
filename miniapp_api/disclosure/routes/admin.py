"""Console endpoints of 党务公开: the kinds and their due rules, registering events, publishing items."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.disclosure import service
from miniapp_api.disclosure.errors import AlreadyPublished, ItemNotFound, KindNotFound, NotEventKind
from miniapp_api.disclosure.schemas import EventItemCreate, ItemOut, ItemQuery, KindOut, KindUpdate, PublishIn
from miniapp_api.evidence.errors import EvidenceForeign, EvidenceNotFound
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Items, Page

routes = Routes("disclosure")
IN_SCOPE = [OrgNotFound, OutOfScope]


@routes.get("/api/v1/disclosure/kinds", "党务公开事项类别", auth=Auth.CONSOLE)
async def list_kinds(request: web.Request, principal: Principal) -> Items[KindOut]:
    """全部公开事项类别及其公开期限规则：按季度公开的事项在季度开始后若干天内公开，按事项公开的在事项发生后若干天内公开。"""
    return Items[KindOut](items=[KindOut.model_validate(k) for k in (await service.kinds()).values()])


@routes.put("/api/v1/disclosure/kinds/{code}", "修改公开事项类别", auth=Auth.SUPERADMIN, errors=[KindNotFound])
async def update_kind(request: web.Request, principal: Principal, code: str, body: KindUpdate) -> KindOut:
    """修改名称、规则和期限天数，或停用。已登记事项的截止日期不随之改变。记入审计日志。"""
    return KindOut.model_validate(await service.update_kind(principal, code, body))


@routes.get("/api/v1/disclosure/items", "党务公开事项", auth=Auth.CONSOLE, errors=IN_SCOPE)
async def list_items(request: web.Request, principal: Principal, query: ItemQuery) -> Page[ItemOut]:
    """本辖区（或指定组织）应公开的事项，未公开的在前。本季度按季公开的事项在此自动登记。"""
    now = request.config_dict[CLOCK].now()
    zone = request.config_dict[SETTINGS].zone
    rows, total = await service.list_items(principal, query, zone.date(now), now)
    return Page[ItemOut].of(await service.items_out(rows, zone, zone.date(now)), total, query)


@routes.post(
    "/api/v1/disclosure/items", "登记须公开的事项", auth=Auth.ADMIN, status=201, errors=[*IN_SCOPE, KindNotFound, NotEventKind]
)
async def register_event(request: web.Request, principal: Principal, body: EventItemCreate) -> ItemOut:
    """登记一件须公开的事项（如发展党员公示、民主评议结果），截止日期为事项发生日期加该类别的期限天数。记入审计日志。"""
    now = request.config_dict[CLOCK].now()
    zone = request.config_dict[SETTINGS].zone
    item = await service.register_event(principal, body, now)
    return (await service.items_out([item], zone, zone.date(now)))[0]


@routes.post(
    r"/api/v1/disclosure/items/{id:\d+}/publish",
    "公开事项",
    auth=Auth.ADMIN,
    errors=[*IN_SCOPE, ItemNotFound, AlreadyPublished, EvidenceNotFound, EvidenceForeign],
)
async def publish(request: web.Request, principal: Principal, id: int, body: PublishIn) -> ItemOut:
    """公开一件事项：记录公开时间和内容，可附一份证明材料（先上传到 /api/v1/evidence）。公开后出现在该组织的公开页上，不能重复公开。记入审计日志。"""
    now = request.config_dict[CLOCK].now()
    zone = request.config_dict[SETTINGS].zone
    item = await service.publish(principal, id, body, now)
    return (await service.items_out([item], zone, zone.date(now)))[0]
