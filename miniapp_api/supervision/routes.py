"""HTTP routes of supervision: the console (督查专班, inspections, findings, observers) and the observers'
mini-program endpoints (bind, assigned orgs, 评议 notes)."""

from __future__ import annotations

import secrets

from aiohttp import web

from miniapp_api.evidence.errors import EvidenceForeign, EvidenceNotFound
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from miniapp_api.rectification import service as tickets
from miniapp_api.rectification.errors import InvalidTransition
from miniapp_api.rectification.state import sources_of
from miniapp_api.supervision import observers, service
from miniapp_api.supervision.errors import (
    AlreadyObserver,
    BadInviteCode,
    FindingClosed,
    FindingNotFound,
    InspectionNotFound,
    NotAssigned,
    NotInTargets,
    NotObserver,
    NotRectified,
    NotTeamMember,
    ObserverNotFound,
    OtherTeam,
    TargetsRequired,
    TeamNotFound,
)
from miniapp_api.supervision.schemas import (
    BindObserverIn,
    FindingCreate,
    FindingDetail,
    FindingOut,
    FindingQuery,
    FindingUpdate,
    InspectionCreate,
    InspectionOut,
    ListQuery,
    NoteIn,
    NoteOut,
    ObserverCreate,
    ObserverMe,
    ObserverOut,
    ObserverUpdate,
    RecheckIn,
    TeamCreate,
    TeamOut,
)
from miniapp_api.supervision.state import OBSERVER_CACHE
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Items, Page

routes = Routes("supervision")


def _deadlines(request: web.Request) -> tickets.Deadlines:
    settings = request.config_dict[SETTINGS]
    ev = settings.evaluation
    return tickets.Deadlines(ev.callback_working_days, ev.rectify_working_days, settings.zone)


def _invalidate(request: web.Request) -> None:
    cache = request.config_dict.get(OBSERVER_CACHE)
    if cache is not None:
        cache.invalidate()


# ---- teams and inspections ------------------------------------------------------------------------


@routes.post("/api/v1/supervision/teams", "组建督查专班", auth=Auth.ADMIN, status=201, errors=[OrgNotFound, OutOfScope])
async def create_team(request: web.Request, principal: Principal, body: TeamCreate) -> TeamOut:
    """党委组建督查专班：成员来自组织、纪检、宣传等部门，绑定控制台账号的成员可登记和复查问题。须是本辖区的党委。留痕。"""
    return await service.create_team(principal, body, request.config_dict[CLOCK].now())


@routes.get("/api/v1/supervision/teams", "督查专班列表（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_teams(request: web.Request, principal: Principal, query: ListQuery) -> Items[TeamOut]:
    """本组织及下级组织组建的督查专班和成员。"""
    return Items[TeamOut](items=await service.list_teams(principal, query.org_id))


@routes.post(
    "/api/v1/supervision/inspections",
    "制定督查计划（明察暗访/专项检查/随机抽查）",
    auth=Auth.ADMIN,
    status=201,
    errors=[TeamNotFound, NotTeamMember, TargetsRequired, OrgNotFound, OutOfScope],
)
async def create_inspection(request: web.Request, principal: Principal, body: InspectionCreate) -> InspectionOut:
    """专班成员制定督查计划。明察暗访、专项检查须指定督查对象；随机抽查从范围内（含下级）的党支部中按随机种子抽取指定数量：
    同一种子、同一范围总是抽出同样的组织（种子不填由系统生成并保存，可复核）。留痕。"""
    return await service.create_inspection(principal, body, request.config_dict[CLOCK].now(), secrets.randbelow(2**31 - 1))


@routes.get("/api/v1/supervision/inspections", "督查计划列表（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_inspections(request: web.Request, principal: Principal, query: ListQuery) -> Items[InspectionOut]:
    """本组织及下级党委的督查计划（最近 200 个），含抽中的组织和已登记的问题数；含党建观察员评议这一常设任务。"""
    return Items[InspectionOut](items=await service.list_inspections(principal, query.org_id))


@routes.get(
    r"/api/v1/supervision/inspections/{id:\d+}", "督查计划详情", auth=Auth.CONSOLE, errors=[InspectionNotFound, OutOfScope]
)
async def get_inspection(request: web.Request, principal: Principal, id: int) -> InspectionOut:
    """督查计划、随机种子和督查对象。"""
    return await service.get_inspection(principal, id)


@routes.post(
    r"/api/v1/supervision/inspections/{id:\d+}/findings",
    "登记督查发现的问题（生成整改工单）",
    auth=Auth.ADMIN,
    status=201,
    errors=[InspectionNotFound, NotTeamMember, NotInTargets, OrgNotFound, OutOfScope, EvidenceNotFound, EvidenceForeign],
)
async def create_finding(request: web.Request, principal: Principal, id: int, body: FindingCreate) -> FindingDetail:
    """专班成员登记问题（对象须在本次督查范围内），证据文件先上传到 /api/v1/evidence（类型和大小在上传时检查）。
    每个问题立即为被督查组织生成一张整改工单（来源：督查），走统一的核实 → 整改 → 回访流程。留痕。"""
    return await service.create_finding(principal, id, body, request.config_dict[CLOCK].now(), _deadlines(request))


# ---- findings -------------------------------------------------------------------------------------


@routes.get("/api/v1/supervision/findings", "督查问题列表（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_findings(request: web.Request, principal: Principal, query: FindingQuery) -> Page[FindingOut]:
    """本组织及下级组织被督查发现的问题，新的在前，带当前工单状态和复查状态（整改中/待复查/已销号）；
    可按督查任务、状态和“交办-拖延-再交办”筛选。"""
    items, total = await service.list_findings(principal, query)
    return Page[FindingOut].of(items, total, query)


@routes.get(
    r"/api/v1/supervision/findings/{id:\d+}",
    "督查问题详情：证据、各轮工单、复查记录",
    auth=Auth.CONSOLE,
    errors=[FindingNotFound, OutOfScope],
)
async def get_finding(request: web.Request, principal: Principal, id: int) -> FindingDetail:
    """问题详情、证据文件、每一轮整改的工单和每次复查的结论。"""
    return await service.get_finding(principal, id)


@routes.patch(
    r"/api/v1/supervision/findings/{id:\d+}",
    "修改督查问题（仅本专班成员）",
    auth=Auth.ADMIN,
    errors=[FindingNotFound, OutOfScope, OtherTeam, FindingClosed, EvidenceNotFound, EvidenceForeign],
)
async def update_finding(request: web.Request, principal: Principal, id: int, body: FindingUpdate) -> FindingDetail:
    """修改问题描述或证据。只有登记该问题的督查专班成员可以修改（其他专班：supervision.other_team）；已销号的不能改。留痕。"""
    return await service.update_finding(principal, id, body)


@routes.post(
    r"/api/v1/supervision/findings/{id:\d+}/recheck",
    "复查（提升）：销号或重新交办",
    auth=Auth.ADMIN,
    errors=[FindingNotFound, OutOfScope, OtherTeam, FindingClosed, NotRectified, InvalidTransition],
)
async def recheck(request: web.Request, principal: Principal, id: int, body: RecheckIn) -> FindingDetail:
    """组织整改完成（工单待回访或已办结）后，专班复查：整改到位则销号（待回访的工单随之办结）；未到位则重新交办——
    待回访的工单退回整改中，已办结的另开新工单。复查两次未通过的问题标记为“交办-拖延-再交办”，计入该组织的预警。留痕。"""
    return await service.recheck(
        principal, id, body, request.config_dict[CLOCK].now(), _deadlines(request), sources_of(request.app)
    )


# ---- observers (console) --------------------------------------------------------------------------


@routes.post("/api/v1/supervision/observers", "聘请党建观察员", auth=Auth.ADMIN, status=201, errors=[OrgNotFound, OutOfScope])
async def create_observer(request: web.Request, principal: Principal, body: ObserverCreate) -> ObserverOut:
    """党委聘请人大代表、政协委员或群众代表为党建观察员，指定联系的组织（本党委辖区内），返回邀请码供其在小程序绑定。留痕。"""
    return await observers.create_observer(principal, body, request.config_dict[CLOCK].now())


@routes.get("/api/v1/supervision/observers", "党建观察员列表（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_observers(request: web.Request, principal: Principal, query: ListQuery) -> Items[ObserverOut]:
    """本组织及下级党委聘请的观察员、联系的组织、是否已绑定和评议数；未绑定的给出邀请码。"""
    return Items[ObserverOut](items=await observers.list_observers(principal, query.org_id))


@routes.patch(
    r"/api/v1/supervision/observers/{id:\d+}",
    "调整观察员联系的组织或解聘",
    auth=Auth.ADMIN,
    errors=[ObserverNotFound, OrgNotFound, OutOfScope],
)
async def update_observer(request: web.Request, principal: Principal, id: int, body: ObserverUpdate) -> ObserverOut:
    """改联系的组织，或停用（解聘后不能再以观察员身份评价和评议）。留痕。"""
    out = await observers.update_observer(principal, id, body)
    _invalidate(request)
    return out


# ---- observers (mini-program) ---------------------------------------------------------------------


@routes.post("/api/v1/me/observer/bind", "绑定党建观察员身份（邀请码）", auth=Auth.USER, errors=[BadInviteCode, AlreadyObserver])
async def bind_observer(request: web.Request, principal: Principal, body: BindObserverIn) -> ObserverMe:
    """微信用户输入党委给的邀请码，成为党建观察员（每个邀请码只能用一次，每个微信账号只能绑定一个观察员）。"""
    out = await observers.bind(principal, body.invite_code, request.config_dict[CLOCK].now())
    _invalidate(request)
    return out


@routes.get("/api/v1/me/observer", "我联系的组织（党建观察员）", auth=Auth.USER, errors=[NotObserver])
async def my_observer(request: web.Request, principal: Principal) -> ObserverMe:
    """观察员联系的组织及其公开信息（类别、所在地、服务点）。观察员对这些组织服务点的评价单独统计。"""
    return await observers.me(principal)


@routes.post(
    "/api/v1/me/observer/notes",
    "提交评议意见（党建观察员）",
    auth=Auth.USER,
    status=201,
    errors=[NotObserver, NotAssigned, OrgNotFound],
)
async def file_note(request: web.Request, principal: Principal, body: NoteIn) -> NoteOut:
    """观察员对联系的组织提交评议意见，意见作为督查问题登记，并为该组织生成整改工单，整改后由党委复查。"""
    return await observers.file_note(principal, body, request.config_dict[CLOCK].now(), _deadlines(request))


@routes.get("/api/v1/me/observer/notes", "我的评议意见及整改进度", auth=Auth.USER, errors=[NotObserver])
async def my_notes(request: web.Request, principal: Principal) -> Items[NoteOut]:
    """本人提交的评议意见（最近 100 条）和整改、复查进度。"""
    return Items[NoteOut](items=await observers.my_notes(principal))
