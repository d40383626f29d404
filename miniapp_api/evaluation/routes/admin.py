"""Console endpoints of evaluation: service points and codes, print sheets, ratings and review, statistics."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from miniapp_api.evaluation import comments, exports, report, service, stats
from miniapp_api.evaluation.errors import (
    BadExpiry,
    BadPeriod,
    CodeNotFound,
    CodeRevoked,
    DuplicatePoint,
    MemberNotInOrg,
    NoComment,
    OrgRequired,
    PointNotFound,
    RatingNotFound,
)
from miniapp_api.evaluation.schemas import (
    CodeCreate,
    CodeOut,
    CommentPolicyIn,
    CommentPolicyOut,
    CountersRebuilt,
    ModerationIn,
    PointCreate,
    PointOut,
    PointQuery,
    PointUpdate,
    RatingExportQuery,
    RatingOut,
    RatingQuery,
    ReportQuery,
    SheetQuery,
    StatsOut,
    StatsQuery,
)
from miniapp_api.evaluation.state import POLICIES, QR_CACHE
from miniapp_api.orgs.service import MemberNotFound, OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, REDIS, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.http import XLSX, file_response
from server.core.schemas import Items, Page

routes = Routes("evaluation")
SCOPE = [OrgNotFound, OutOfScope]  # every console call is limited to the caller's subtree
POINT = [PointNotFound, *SCOPE]


def _secret(request: web.Request) -> str:
    return request.config_dict[SETTINGS].secret_key.get_secret_value()


def _base(request: web.Request) -> str:
    return request.config_dict[SETTINGS].base_url


@routes.post("/api/v1/evaluation/points", "创建服务点（评价对象）", auth=Auth.ADMIN, status=201,
             errors=[*SCOPE, MemberNotFound, MemberNotInOrg, DuplicatePoint])
async def create_point(request: web.Request, principal: Principal, body: PointCreate) -> PointOut:
    """在本组织或下级组织建一个评价对象：服务窗口、服务岗位、服务队、活动或党员示范岗（可关联本组织的一名党员）。同一组织内名称不能重复；记入审计日志。"""
    return await service.create_point(principal, body)


@routes.get("/api/v1/evaluation/points", "服务点列表（含实时计数）", auth=Auth.CONSOLE, errors=SCOPE)
async def list_points(request: web.Request, principal: Principal, query: PointQuery) -> Page[PointOut]:
    """本组织及下级组织的服务点（默认不含已停用的），每个带有效评价码数和实时累计计数（评价数、好评率、平均分）。"""
    items, total = await service.list_points(principal, query, request.config_dict[REDIS],
                                             request.config_dict[CLOCK].now())
    return Page[PointOut].of(items, total, query)


@routes.patch(r"/api/v1/evaluation/points/{id:\d+}", "修改服务点（名称、类别、停用）", auth=Auth.ADMIN,
              errors=[*POINT, DuplicatePoint])
async def update_point(request: web.Request, principal: Principal, id: int, body: PointUpdate) -> PointOut:
    """改名、改类别、改说明或停用/启用。停用后该服务点的评价码立即不能再评价；记入审计日志。"""
    return await service.update_point(principal, id, body, request.config_dict[REDIS])


@routes.post(r"/api/v1/evaluation/points/{id:\d+}/codes", "生成评价码", auth=Auth.ADMIN, status=201,
             errors=[*POINT, BadExpiry])
async def create_code(request: web.Request, principal: Principal, id: int, body: CodeCreate) -> CodeOut:
    """为服务点生成一个新的评价码（可加备注和有效期），返回 H5 链接、二维码和小程序码地址。令牌带签名，伪造的令牌不查库即被拒绝；记入审计日志。"""
    return await service.create_code(principal, id, body, _secret(request), _base(request),
                                     request.config_dict[CLOCK].now())


@routes.get(r"/api/v1/evaluation/points/{id:\d+}/codes", "服务点的评价码", auth=Auth.CONSOLE, errors=POINT)
async def list_codes(request: web.Request, principal: Principal, id: int) -> Items[CodeOut]:
    """服务点的全部评价码（新的在前），含已作废、已过期的，各带是否有效。"""
    rows = await service.list_codes(principal, id, _secret(request), _base(request), request.config_dict[CLOCK].now())
    return Items[CodeOut](items=rows)


@routes.post(r"/api/v1/evaluation/points/{id:\d+}/codes/{code_id:\d+}/revoke", "作废评价码", auth=Auth.ADMIN,
             errors=[*POINT, CodeNotFound])
async def revoke_code(request: web.Request, principal: Principal, id: int, code_id: int) -> CodeOut:
    """作废后该码立即不能再评价（重复作废无副作用）；记入审计日志。"""
    cfg = request.config_dict
    return await service.revoke_code(principal, id, code_id, _secret(request), _base(request), cfg[CLOCK].now(),
                                     cfg[REDIS], cfg[QR_CACHE])


@routes.post(r"/api/v1/evaluation/points/{id:\d+}/codes/{code_id:\d+}/rotate", "轮换评价码（旧码立即失效）",
             auth=Auth.ADMIN, status=201, errors=[*POINT, CodeNotFound, CodeRevoked])
async def rotate_code(request: web.Request, principal: Principal, id: int, code_id: int) -> CodeOut:
    """为同一服务点、同一备注生成新令牌，旧令牌立即失效（已作废的码不能轮换）。返回新码；记入审计日志。"""
    cfg = request.config_dict
    return await service.rotate_code(principal, id, code_id, _secret(request), _base(request), cfg[CLOCK].now(),
                                     cfg[REDIS], cfg[QR_CACHE])


@routes.get("/api/v1/evaluation/sheet", "A4 打印页（一个或多个服务点）", auth=Auth.CONSOLE, produces="text/html",
            errors=POINT)
async def print_sheet(request: web.Request, principal: Principal, query: SheetQuery) -> web.Response:
    """可直接打印张贴的 A4 页面，每个服务点一页（服务点、组织、二维码、“扫码评价”）。按服务点或按组织（含下级的全部启用服务点）；没有有效评价码的服务点跳过。记入审计日志。"""
    items = await service.print_sheet(principal, query, _secret(request), _base(request),
                                      request.config_dict[CLOCK].now(), request.config_dict[QR_CACHE])
    response = aiohttp_jinja2.render_template("evaluation_sheet.html", request, {"items": items})
    response.headers["Cache-Control"] = "no-store"
    return response


@routes.get("/api/v1/evaluation/ratings", "评价记录（联系方式脱敏）", auth=Auth.CONSOLE, errors=[*SCOPE, BadPeriod])
async def list_ratings(request: web.Request, principal: Principal, query: RatingQuery) -> Page[RatingOut]:
    """本组织及下级组织的评价，新的在前；可按服务点、评分、留言状态和日期区间（本地日期，含首尾）筛选。联系电话一律脱敏，差评带所生成的工单号，命中敏感内容的留言有标记。"""
    items, total = await service.list_ratings(principal, query, request.config_dict[SETTINGS].zone)
    return Page[RatingOut].of(items, total, query)


@routes.get("/api/v1/evaluation/ratings.xlsx", "导出评价记录（Excel）", auth=Auth.CONSOLE, produces=XLSX,
            errors=[*SCOPE, BadPeriod])
async def export_ratings(request: web.Request, principal: Principal, query: RatingExportQuery) -> web.Response:
    """按与评价记录列表相同的筛选条件导出本组织及下级组织的评价（最多 5 万条，新的在前）；联系电话脱敏，留言中的文字不会被当作公式。每次导出记入审计日志。"""
    body, name = await exports.export_ratings(principal, query, request.config_dict[SETTINGS].zone)
    return file_response(body, name, XLSX)


@routes.get(r"/api/v1/evaluation/orgs/{id:\d+}/comment-policy", "留言公开方式（本组织生效的设置）", auth=Auth.CONSOLE,
            errors=SCOPE)
async def get_comment_policy(request: web.Request, principal: Principal, id: int) -> CommentPolicyOut:
    """本组织生效的留言公开方式：自己的设置，没有则沿用最近的上级组织的设置，都没有时为默认的“全部留言审核后公开”。"""
    return await comments.get_policy(principal, id)


@routes.put(r"/api/v1/evaluation/orgs/{id:\d+}/comment-policy", "设置留言公开方式", auth=Auth.ADMIN, errors=SCOPE)
async def set_comment_policy(request: web.Request, principal: Principal, id: int, body: CommentPolicyIn) -> CommentPolicyOut:
    """hold_all：所有留言经管理员审核后才公开（默认）；publish_unflagged：未命中敏感词和内容安全检测的留言提交后直接公开，命中的仍待审核。对本组织及没有自己设置的下级组织生效，只影响此后提交的留言；记入审计日志。"""
    return await comments.set_policy(principal, id, body, request.config_dict[POLICIES])


@routes.post(r"/api/v1/evaluation/ratings/{id:\d+}/moderation", "审核留言（公开 / 不予公开）", auth=Auth.ADMIN,
             errors=[RatingNotFound, *SCOPE, NoComment])
async def moderate(request: web.Request, principal: Principal, id: int, body: ModerationIn) -> RatingOut:
    """处理待审核（或已公开）的留言：公开后在评价页展示，不予公开则不再展示；评分本身照常计入。记入审计日志。"""
    return await service.moderate(principal, id, body.decision)


@routes.get("/api/v1/evaluation/stats", "评价统计（本辖区、区间）", auth=Auth.CONSOLE,
            errors=[OrgRequired, *SCOPE, BadPeriod])
async def get_stats(request: web.Request, principal: Principal, query: StatsQuery) -> StatsOut:
    """组织及其下级在一段本地日期内（默认近 30 天，最长一年）的评价数、好评率、满意率、差评、整改率、按期整改率、回访满意率，按下级组织、按服务点和按天细分，另附实时累计计数。申诉成立的评价及其工单不计入。"""
    cfg = request.config_dict
    return StatsOut.model_validate(await stats.compute(principal, query.org_id, query.from_, query.to, cfg[REDIS],
                                                       cfg[CLOCK].now(), cfg[SETTINGS].zone))


@routes.get("/api/v1/evaluation/report.xlsx", "服务评价月报（Excel）", auth=Auth.CONSOLE, produces=XLSX,
            errors=[OrgRequired, *SCOPE, BadPeriod])
async def monthly_report(request: web.Request, principal: Principal, query: ReportQuery) -> web.Response:
    """一个月（默认本月，按本地日期）的评价月报：概览、下级组织、服务点、每日趋势、差评工单五张表。导出记入审计日志。"""
    cfg = request.config_dict
    body, name = await report.monthly_report(principal, query.org_id, query.month, cfg[REDIS], cfg[CLOCK].now(),
                                             cfg[SETTINGS].zone)
    return file_response(body, name, XLSX)


@routes.post("/api/v1/evaluation/counters/rebuild", "从数据库重建实时计数", auth=Auth.SUPERADMIN)
async def rebuild_counters(request: web.Request, principal: Principal) -> CountersRebuilt:
    """用数据库中的评价（不含申诉成立的）重建全部服务点的实时计数；后台任务也会定期重建。记入审计日志。"""
    return await service.rebuild_counters(principal, request.config_dict[REDIS])
