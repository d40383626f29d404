"""HTTP routes of 发展党员: the console's per-person file and steps, the org list, ledger and print page; a member's own view."""

from __future__ import annotations

from datetime import date, datetime

import aiohttp_jinja2
from aiohttp import web

from miniapp_api.development import exports, service
from miniapp_api.development.errors import ALL as STEP_ERRORS
from miniapp_api.development.schemas import ApplicantOut, ApplicantQuery, DevelopmentOut, HistoryOut, StepIn
from miniapp_api.evidence.errors import EvidenceForeign, EvidenceNotFound
from miniapp_api.orgs.service import MemberNotFound, OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.http import XLSX, file_response
from server.core.schemas import Items

routes = Routes("development")
MEMBER = [MemberNotFound, OutOfScope]


def _today(request: web.Request) -> tuple[date, datetime]:
    now = request.config_dict[CLOCK].now()
    return request.config_dict[SETTINGS].zone.date(now), now


@routes.get(r"/api/v1/members/{id:\d+}/development", "发展党员进度", auth=Auth.CONSOLE, errors=MEMBER)
async def get_development(request: web.Request, principal: Principal, id: int) -> DevelopmentOut:
    """一名入党申请人（或积极分子、发展对象、预备党员）所处阶段和各步骤：完成日期 done_at，以及应完成（期限）或可办理（最短间隔满）的日期 due。"""
    return await service.get_development(principal, id, request.config_dict[SETTINGS].development)


@routes.post(
    r"/api/v1/members/{id:\d+}/development/steps",
    "登记发展党员步骤",
    auth=Auth.ADMIN,
    status=201,
    errors=[*MEMBER, *STEP_ERRORS, EvidenceNotFound, EvidenceForeign],
)
async def record_step(request: web.Request, principal: Principal, id: int, body: StepIn) -> DevelopmentOut:
    """按《发展党员工作细则》逐步登记：不能跳步、日期不能早于上一步、最短间隔和期限按细则检查（拒绝时错误码指明规则，details 给出条款）；
    支部大会须填表决人数并检查到会和赞成过半。记录只追加：更正以新记录提交（corrects 指向原记录）。确定积极分子、列为发展对象、
    党委审批、审批转正时同步更新党员状态。留痕。"""
    today, now = _today(request)
    settings = request.config_dict[SETTINGS]
    return await service.record_step(principal, id, body, today=today, now=now, cfg=settings.development,
                                     zone=settings.zone)


@routes.get(r"/api/v1/members/{id:\d+}/development/history", "发展党员全部记录（含更正）", auth=Auth.CONSOLE, errors=MEMBER)
async def get_history(request: web.Request, principal: Principal, id: int) -> HistoryOut:
    """全部登记记录，按登记先后；被更正的记录保留并标记 is_corrected。"""
    return await service.get_history(principal, id)


@routes.page(r"/api/v1/members/{id:\d+}/development/file", "发展党员档案材料清单（打印）", auth=Auth.CONSOLE, errors=MEMBER)
async def print_file(request: web.Request, principal: Principal, id: int) -> web.Response:
    """A4 可打印的档案材料清单：每项材料、依据条款、日期、附件数和是否齐全。记入审计日志。"""
    today, _ = _today(request)
    context = await exports.file_context(principal, id, today, request.config_dict[SETTINGS].development)
    response = aiohttp_jinja2.render_template("development_file.html", request, context)
    response.headers["Cache-Control"] = "no-store"
    return response


@routes.get(r"/api/v1/orgs/{id:\d+}/development", "发展党员名单与提醒", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_applicants(request: web.Request, principal: Principal, id: int, query: ApplicantQuery) -> Items[ApplicantOut]:
    """本组织及下级组织处于发展程序中的人员（入党申请人、积极分子、发展对象、预备党员），各自的阶段、最近一步和待办步骤（含是否超期）。"""
    today, _ = _today(request)
    items = await service.list_applicants(principal, id, query, today, request.config_dict[SETTINGS].development)
    return Items[ApplicantOut](items=items)


@routes.get(
    r"/api/v1/orgs/{id:\d+}/development.xlsx",
    "导出发展党员台账（Excel）",
    auth=Auth.CONSOLE,
    produces=XLSX,
    errors=[OrgNotFound, OutOfScope],
)
async def export_ledger(request: web.Request, principal: Principal, id: int) -> web.Response:
    """本组织及下级组织的发展党员台账：每人一行，各步骤完成日期和预备期满日期。每次导出留痕。"""
    body, name = await exports.ledger(principal, id, request.config_dict[SETTINGS].development)
    return file_response(body, name, XLSX)


@routes.get("/api/v1/me/development", "我的入党进度（小程序）", auth=Auth.MEMBER)
async def my_development(request: web.Request, principal: Principal) -> DevelopmentOut:
    """本人的发展阶段和各步骤的完成日期、应办日期。"""
    return await service.my_development(principal.member_id or 0, request.config_dict[SETTINGS].development)
