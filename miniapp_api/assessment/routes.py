"""HTTP routes of the assessment: indicator sets, periods, runs and their report, history, warnings, members' view."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date

from aiohttp import web

from miniapp_api.assessment import consequences, report, service, warnings
from miniapp_api.assessment.errors import (
    BadIndicatorSet,
    BadPeriodKey,
    CommitteeRequired,
    PeriodClosed,
    PeriodNotFound,
    PeriodNotStarted,
    ResultNotFound,
    RunNotFound,
    SetInUse,
    SetNotFound,
)
from miniapp_api.assessment.schemas import (
    HistoryOut,
    InterviewIn,
    MyResultOut,
    PeriodClosedOut,
    PeriodOut,
    ResultOut,
    RunCreate,
    RunCreated,
    RunOut,
    RunQuery,
    RunSummary,
    SetCreate,
    SetOut,
    WarningOut,
    WarningQuery,
)
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.http import XLSX, file_response
from server.core.indicators import SourceValue, Warning, sources_of, warnings_of
from server.core.schemas import Items, Page

routes = Routes("assessment")


@routes.get("/api/v1/assessment/indicator-sets", "指标体系版本列表", auth=Auth.CONSOLE)
async def list_sets(request: web.Request, principal: Principal) -> Items[SetOut]:
    """全部指标体系版本（新的在前）：12 项指标的维度、公式、数据来源、目标值、权重，以及双色预警规则；in_use 表示已有评估周期使用（不可再改）。"""
    return Items[SetOut](items=await service.list_sets(request.config_dict[CLOCK].now()))


@routes.post(
    "/api/v1/assessment/indicator-sets",
    "新建指标体系版本（党委管理员）",
    auth=Auth.ADMIN,
    status=201,
    errors=[CommitteeRequired, BadIndicatorSet],
)
async def create_set(request: web.Request, principal: Principal, body: SetCreate) -> SetOut:
    """新建一个版本，此后新开的评估周期使用它；已开周期仍用开周期时的版本。12 项指标各一次，权重合计须为 100%，目标值在 (0, 1] 内，否则 422 并指出字段。记入审计日志。"""
    return await service.create_set(principal, body, request.config_dict[CLOCK].now())


@routes.put(
    r"/api/v1/assessment/indicator-sets/{id:\d+}",
    "修改未使用的指标体系版本（党委管理员）",
    auth=Auth.ADMIN,
    errors=[CommitteeRequired, BadIndicatorSet, SetNotFound, SetInUse],
)
async def update_set(request: web.Request, principal: Principal, id: int, body: SetCreate) -> SetOut:
    """只能修改尚未被任何评估周期使用的版本；已使用的版本不可修改（409 assessment.set_in_use），请新建版本。"""
    return await service.update_set(principal, id, body)


@routes.get("/api/v1/assessment/periods", "评估周期列表", auth=Auth.CONSOLE)
async def list_periods(request: web.Request, principal: Principal) -> Items[PeriodOut]:
    """月度（2026-09）与季度（2026-Q3）评估周期：起止日期、状态（open/closed）和所用指标体系版本。"""
    return Items[PeriodOut](items=await service.list_periods())


@routes.post(
    r"/api/v1/assessment/periods/{id:\d+}/close",
    "关闭评估周期（冻结结果，启动双色预警）",
    auth=Auth.ADMIN,
    errors=[CommitteeRequired, PeriodNotFound, PeriodClosed],
)
async def close_period(request: web.Request, principal: Principal, id: int) -> PeriodClosedOut:
    """冻结该周期的结果（此后不能再评估或修改）：每个组织以本周期最新一次评估为准，黄色预警生成整改工单（约谈 + 限期整改），连续两期黄色预警提请上级组织督办。记入审计日志。"""
    cfg = request.config_dict[SETTINGS]
    return await consequences.close_period(principal, id, request.config_dict[CLOCK].now(), cfg.zone)


@routes.post(
    "/api/v1/assessment/runs",
    "发起评估（本辖区）",
    auth=Auth.ADMIN,
    status=201,
    errors=[OrgNotFound, OutOfScope, BadPeriodKey, PeriodClosed, PeriodNotStarted],
)
async def create_run(request: web.Request, principal: Principal, body: RunCreate) -> RunCreated:
    """计算该组织及其下级组织（党小组除外）在周期内的 12 项指标，二次量化打分、同级排名并评定颜色；周期首次评估时以当时的指标体系版本开启周期。进行中的周期只计到今天（未结束的月份、季度不算应召开）；尚未开始的周期不能评估（409 assessment.period_not_started），已关闭的周期不能再评估（409 assessment.period_closed）。"""
    app = request.app
    sources = sources_of(app)

    async def fetch(key: str, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
        return await sources[key](app, org_ids, first, last)

    now = request.config_dict[CLOCK].now()
    today = request.config_dict[SETTINGS].zone.date(now)
    run = await service.create_run(principal, body, fetch, set(sources), now, today)
    return RunCreated(id=run.id, status=run.status)


@routes.get("/api/v1/assessment/runs", "评估批次列表（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_runs(request: web.Request, principal: Principal, query: RunQuery) -> Page[RunSummary]:
    """本组织及下级组织发起的评估批次，新的在前；可按组织、周期筛选。"""
    items, total = await service.list_runs(principal, query)
    return Page[RunSummary].of(items, total, query)


@routes.get(
    r"/api/v1/assessment/runs/{id:\d+}", "评估结果（含排名与指标依据）", auth=Auth.CONSOLE, errors=[RunNotFound, OutOfScope]
)
async def get_run(request: web.Request, principal: Principal, id: int) -> RunOut:
    """每个组织的颜色（red_flag/yellow/normal）、总分、同级排名、各维度得分和 12 项指标（值、分子、分母、目标、得分、依据记录编号）；value 为 null 表示无数据。"""
    return await service.get_run(principal, id)


@routes.get(
    r"/api/v1/assessment/runs/{id:\d+}/report.xlsx",
    "导出评估报告（Excel）",
    auth=Auth.CONSOLE,
    produces=XLSX,
    errors=[RunNotFound, OutOfScope],
)
async def run_report(request: web.Request, principal: Principal, id: int) -> web.Response:
    """两张表：考核结果（颜色、总分、排名、维度得分、说明）和指标明细（每项指标的分子、分母、目标、得分、依据）。每次导出记入审计日志。"""
    run = await service.run_for_export(principal, id)
    body = await asyncio.to_thread(report.build, run)
    return file_response(body, f"assessment-{run.period}-{run.org_id}.xlsx", XLSX)


@routes.post(
    r"/api/v1/assessment/results/{id:\d+}/interview", "记录诫勉谈话", auth=Auth.ADMIN, errors=[ResultNotFound, OutOfScope]
)
async def record_interview(request: web.Request, principal: Principal, id: int, body: InterviewIn) -> ResultOut:
    """黄色预警组织的诫勉谈话：谈话人、日期和记录。记入审计日志。"""
    return await consequences.record_interview(principal, id, body)


@routes.get(r"/api/v1/assessment/orgs/{id:\d+}/history", "组织历次评估趋势", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def org_history(request: web.Request, principal: Principal, id: int) -> HistoryOut:
    """该组织每个周期的最新结果（由早到晚）：总分、排名、颜色、维度得分和各指标值。"""
    return await service.org_history(principal, id)


@routes.get("/api/v1/assessment/warnings", "日常预警（合并列表）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_warnings(request: web.Request, principal: Principal, query: WarningQuery) -> Items[WarningOut]:
    """本辖区各组织的日常预警合并为一张表：三会一课未按期召开、整改工单超期、党员学时落后、考核黄色预警等（各业务登记的预警来源）。"""
    app = request.app
    contributors = warnings_of(app)
    today = request.config_dict[SETTINGS].zone.date(request.config_dict[CLOCK].now())

    async def collect(org_ids: Sequence[int], day: date) -> list[Warning]:
        out: list[Warning] = []
        for key in sorted(contributors):
            out += await contributors[key](app, org_ids, day)
        return out

    return Items[WarningOut](items=await warnings.combined(principal, query.org_id, collect, today))


@routes.get("/api/v1/me/assessment", "本支部考核结果（党员）", auth=Auth.MEMBER, errors=[ResultNotFound])
async def my_result(request: web.Request, principal: Principal) -> MyResultOut:
    """本人所在组织最新一次评估的颜色、总分、维度得分和 12 项指标；不显示排名。"""
    return await service.my_result(principal)
