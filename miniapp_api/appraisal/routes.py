"""HTTP routes of 民主评议党员: the branch's rounds (console) and a member's self-assessment and mutual rating."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.appraisal import exports, service
from miniapp_api.appraisal.errors import (
    BadRatee,
    BadYear,
    BranchOnly,
    Incomplete,
    NotInRound,
    RoundClosed,
    RoundExists,
    RoundNotFound,
)
from miniapp_api.appraisal.schemas import (
    ConfirmIn,
    MyRoundOut,
    ProposalIn,
    RatingsIn,
    ResultOut,
    RoundCreate,
    RoundOut,
    SelfIn,
)
from miniapp_api.orgs.service import MemberNotFound, OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.http import XLSX, file_response
from server.core.schemas import Items

routes = Routes("appraisal")
ONE = r"/api/v1/appraisals/{id:\d+}"
ROUND = [RoundNotFound, OutOfScope]


@routes.post(
    r"/api/v1/orgs/{id:\d+}/appraisals",
    "开展年度民主评议",
    auth=Auth.ADMIN,
    status=201,
    errors=[OrgNotFound, OutOfScope, BranchOnly, BadYear, RoundExists],
)
async def open_round(request: web.Request, principal: Principal, id: int, body: RoundCreate) -> RoundOut:
    """党支部每年开展一次（支部工作条例第十八条）：本支部（含党小组）的正式党员和预备党员参评。同一年度只能开展一次。留痕。"""
    now = request.config_dict[CLOCK].now()
    rnd = await service.open_round(principal, id, body, now, request.config_dict[SETTINGS].zone.year(now))
    return await service.get_round(principal, rnd.id)


@routes.get(r"/api/v1/orgs/{id:\d+}/appraisals", "民主评议列表", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_rounds(request: web.Request, principal: Principal, id: int) -> Items[RoundOut]:
    """本组织及下级组织的历年评议，新的在前。"""
    return Items[RoundOut](items=await service.list_rounds(principal, id))


@routes.get(ONE, "民主评议详情", auth=Auth.CONSOLE, errors=ROUND)
async def get_round(request: web.Request, principal: Principal, id: int) -> RoundOut:
    """每名参评党员的自评、互评统计（只有各等次票数，不显示谁评了谁）、评定意见、确认等次和处置措施。"""
    return await service.get_round(principal, id)


@routes.post(ONE + "/proposals", "支委会提出评定意见", auth=Auth.ADMIN, errors=[*ROUND, RoundClosed, Incomplete])
async def propose(request: web.Request, principal: Principal, id: int, body: ProposalIn) -> RoundOut:
    """根据自评、互评和日常表现，为每名参评党员提出等次（优秀、合格、基本合格、不合格）；确认前可重新提出。留痕。"""
    return await service.propose(principal, id, body, request.config_dict[CLOCK].now())


@routes.post(ONE + "/confirm", "党员大会确认评议结果", auth=Auth.ADMIN, errors=[*ROUND, RoundClosed, BadRatee])
async def confirm(request: web.Request, principal: Principal, id: int, body: ConfirmIn) -> RoundOut:
    """支部党员大会确认等次（可调整个别等次）。评为不合格的，记录帮助教育措施和限期改正截止日期（不超过一年，
    党员教育管理工作条例第三十条），不自动作出任何处置。留痕。"""
    now = request.config_dict[CLOCK].now()
    settings = request.config_dict[SETTINGS]
    return await service.confirm(principal, id, body, now, settings.zone.date(now), settings.appraisal.followup_days)


@routes.get(ONE + "/results.xlsx", "导出评议结果（Excel）", auth=Auth.CONSOLE, produces=XLSX, errors=ROUND)
async def export_results(request: web.Request, principal: Principal, id: int) -> web.Response:
    """一次评议的结果表；每次导出留痕。"""
    body, name = await exports.results_workbook(principal, id)
    return file_response(body, name, XLSX)


@routes.get(r"/api/v1/members/{id:\d+}/appraisals", "党员历年评议结果", auth=Auth.CONSOLE, errors=[MemberNotFound, OutOfScope])
async def member_results(request: web.Request, principal: Principal, id: int) -> Items[ResultOut]:
    """党员档案中的历年民主评议等次（仅已确认的），新的在前。"""
    return Items[ResultOut](items=await service.member_results(principal, id))


@routes.get("/api/v1/me/appraisals", "我的民主评议（小程序）", auth=Auth.MEMBER)
async def my_rounds(request: web.Request, principal: Principal) -> Items[MyRoundOut]:
    """进行中的评议：是否已自评、可互评的党员及本人已给的等次。"""
    return Items[MyRoundOut](items=await service.my_rounds(principal.member_id or 0))


@routes.get("/api/v1/me/appraisals/results", "我的历年评议结果", auth=Auth.MEMBER)
async def my_results(request: web.Request, principal: Principal) -> Items[ResultOut]:
    """本人历年已确认的评议等次。"""
    return Items[ResultOut](items=await service.results_of(principal.member_id or 0))


@routes.post(r"/api/v1/me/appraisals/{id:\d+}/self", "提交个人自评", auth=Auth.MEMBER, errors=[NotInRound, RoundClosed])
async def submit_self(request: web.Request, principal: Principal, id: int, body: SelfIn) -> None:
    """评议进行中可提交或修改本人的自评（党性分析）。"""
    await service.submit_self(principal.member_id or 0, id, body, request.config_dict[CLOCK].now())


@routes.post(
    r"/api/v1/me/appraisals/{id:\d+}/ratings", "提交党员互评", auth=Auth.MEMBER, errors=[NotInRound, RoundClosed, BadRatee]
)
async def submit_ratings(request: web.Request, principal: Principal, id: int, body: RatingsIn) -> None:
    """为本次参评的其他党员评定等次；再次提交覆盖本人此前对同一党员的评定。谁评了谁不对外显示。"""
    await service.submit_ratings(principal.member_id or 0, id, body, request.config_dict[CLOCK].now())
