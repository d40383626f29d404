"""HTTP routes of the evaluation domain (admin side), plus `setup` and `jobs` for the composition root.

The public side (code info, rating submit, follow-ups, QR images and the H5 page) lives in public.py;
`routes` below is both tables together.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp_jinja2
from aiohttp import web

from miniapp_api.audit import service as audit
from miniapp_api.evaluation import counters, public, report, service, signing, stats
from miniapp_api.evaluation.gate import Gate
from miniapp_api.evaluation.qrcodes import ImageCache, svg_markup
from miniapp_api.evaluation.ratings import RatingTickets
from miniapp_api.evaluation.schemas import (
    CodeCreate,
    CodeOut,
    ModerationIn,
    PointCreate,
    PointOut,
    PointQuery,
    PointUpdate,
    RatingOut,
    RatingQuery,
    ReportQuery,
    SheetQuery,
    StatsQuery,
)
from miniapp_api.evaluation.state import GATE, QR_CACHE, WRITER
from miniapp_api.evaluation.writer import RatingWriter
from miniapp_api.rectification.state import register_source
from server.core.appkeys import CLOCK, REDIS, SETTINGS
from server.core.auth import Role, require_admin, require_principal
from server.core.http import XLSX, dumps, file_response, json_response, match_int, page_response, read_json, read_query
from server.core.jobs import Job
from server.core.openapi import api

admin_routes = web.RouteTableDef()


def _secret(request: web.Request) -> str:
    return request.app[SETTINGS].secret_key.get_secret_value()


def _base(request: web.Request) -> str:
    return request.app[SETTINGS].base_url


@admin_routes.post("/api/v1/evaluation/points")
@api("创建服务点（评价对象）", tags=["evaluation"], body=PointCreate, response=PointOut, status=201, auth="admin")
async def create_point(request: web.Request) -> web.Response:
    principal = require_admin(request)
    return json_response(await service.create_point(principal, await read_json(request, PointCreate)), status=201)


@admin_routes.get("/api/v1/evaluation/points")
@api("服务点列表（含实时计数）", tags=["evaluation"], query=PointQuery, response=PointOut, auth="admin")
async def list_points(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, PointQuery)
    items, total = await service.list_points(principal, q, request.app[REDIS], request.app[CLOCK].now())
    return page_response(items, total, q)


@admin_routes.patch("/api/v1/evaluation/points/{id}")
@api("修改服务点（名称、类别、停用）", tags=["evaluation"], body=PointUpdate, response=PointOut, auth="admin")
async def update_point(request: web.Request) -> web.Response:
    principal = require_admin(request)
    data = await read_json(request, PointUpdate)
    return json_response(await service.update_point(principal, match_int(request), data, request.app[REDIS]))


@admin_routes.post("/api/v1/evaluation/points/{id}/codes")
@api("生成评价码", tags=["evaluation"], body=CodeCreate, response=CodeOut, status=201, auth="admin")
async def create_code(request: web.Request) -> web.Response:
    principal = require_admin(request)
    data = await read_json(request, CodeCreate)
    out = await service.create_code(principal, match_int(request), data, _secret(request), _base(request),
                                    request.app[CLOCK].now())
    return json_response(out, status=201)


@admin_routes.get("/api/v1/evaluation/points/{id}/codes")
@api("服务点的评价码", tags=["evaluation"], response=CodeOut, auth="admin")
async def list_codes(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    rows = await service.list_codes(principal, match_int(request), _secret(request), _base(request),
                                    request.app[CLOCK].now())
    return json_response({"items": [r.model_dump(mode="json") for r in rows]})


@admin_routes.post("/api/v1/evaluation/points/{id}/codes/{code_id}/revoke")
@api("作废评价码", tags=["evaluation"], response=CodeOut, auth="admin")
async def revoke_code(request: web.Request) -> web.Response:
    principal = require_admin(request)
    now = request.app[CLOCK].now()
    code, _ = await service.revoke_code(principal, match_int(request), match_int(request, "code_id"), now,
                                        request.app[REDIS])
    out = service.code_out(code, _secret(request), _base(request), now)
    request.app[QR_CACHE].drop_token(out.token)
    return json_response(out)


@admin_routes.post("/api/v1/evaluation/points/{id}/codes/{code_id}/rotate")
@api("轮换评价码（旧码立即失效）", tags=["evaluation"], response=CodeOut, status=201, auth="admin")
async def rotate_code(request: web.Request) -> web.Response:
    principal = require_admin(request)
    out, old_rid = await service.rotate_code(principal, match_int(request), match_int(request, "code_id"),
                                             _secret(request), _base(request), request.app[CLOCK].now(),
                                             request.app[REDIS])
    request.app[QR_CACHE].drop_token(signing.make_token(_secret(request), old_rid))
    return json_response(out, status=201)


@admin_routes.get("/api/v1/evaluation/sheet")
@api("A4 打印页（一个或多个服务点）", tags=["evaluation"], query=SheetQuery, produces="text/html", auth="admin")
async def print_sheet(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, SheetQuery)
    items = await service.sheet_items(principal, q.org_id, q.point_id, _secret(request), request.app[CLOCK].now())
    cache = request.app[QR_CACHE]
    for item in items:
        item["url"] = f"{_base(request)}/e/{item['token']}"
        item["svg"] = await svg_markup(cache, item["token"], item["url"])
    await audit.record(principal, "evaluation.sheet_print", "point", ",".join(str(p) for p in q.point_id)[:60],
                       org_id=q.org_id or principal.org_id, detail={"count": len(items)})
    response = aiohttp_jinja2.render_template("evaluation_sheet.html", request, {"items": items})
    response.headers["Cache-Control"] = "no-store"
    return response


@admin_routes.get("/api/v1/evaluation/ratings")
@api("评价记录（联系方式脱敏）", tags=["evaluation"], query=RatingQuery, response=RatingOut, auth="admin")
async def list_ratings(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, RatingQuery)
    items, total = await service.list_ratings(principal, q)
    return page_response(items, total, q)


@admin_routes.post("/api/v1/evaluation/ratings/{id}/moderation")
@api("审核留言（公开 / 不予公开）", tags=["evaluation"], body=ModerationIn, response=RatingOut, auth="admin")
async def moderate(request: web.Request) -> web.Response:
    principal = require_admin(request)
    data = await read_json(request, ModerationIn)
    return json_response(await service.moderate(principal, match_int(request), data.decision))


@admin_routes.get("/api/v1/evaluation/stats")
@api("评价统计（本辖区、区间）", tags=["evaluation"], query=StatsQuery, auth="admin")
async def get_stats(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, StatsQuery)
    settings = request.app[SETTINGS]
    data = await stats.compute(principal, q.org_id, q.from_, q.to, request.app[REDIS], request.app[CLOCK].now(),
                               settings.timezone)
    return json_response(data)


@admin_routes.get("/api/v1/evaluation/report.xlsx")
@api("服务评价月报（Excel）", tags=["evaluation"], query=ReportQuery, produces=XLSX, auth="admin")
async def monthly_report(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, ReportQuery)
    body, name = await report.monthly_report(principal, q.org_id, q.month, request.app[REDIS],
                                             request.app[CLOCK].now(), request.app[SETTINGS].timezone)
    return file_response(body, name, XLSX)


@admin_routes.post("/api/v1/evaluation/counters/rebuild")
@api("从数据库重建实时计数", tags=["evaluation"], auth="superadmin")
async def rebuild_counters(request: web.Request) -> web.Response:
    principal = require_principal(request, Role.SUPERADMIN)
    points = await counters.rebuild(request.app[REDIS])
    await audit.record(principal, "evaluation.counters_rebuild", "counters", "", detail={"points": points})
    return json_response({"points": points})


routes = [*admin_routes, *public.routes]


async def evaluation_ctx(app: web.Application) -> AsyncIterator[None]:
    """In-process state of the domain: the QR image cache, the rating writer and the rating source of 差评 tickets."""
    app[QR_CACHE] = ImageCache(app[SETTINGS].evaluation.qr_cache_size)
    app[WRITER] = RatingWriter(lambda: app[REDIS], dumps)
    app[GATE] = Gate(lambda: app[REDIS])
    register_source(app, "rating", RatingTickets(lambda: app[REDIS]))
    yield


def jobs(app: web.Application) -> list[Job]:
    """Rebuild the live counters from the database now and then, so they never drift for long."""

    async def run() -> None:
        await counters.rebuild(app[REDIS])

    return [Job("evaluation.counters", app[SETTINGS].evaluation.counters_reconcile_interval_s, run)]
