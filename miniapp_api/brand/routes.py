"""HTTP routes of brand profiles: the console (edit, view, side by side) and the public phone page."""

from __future__ import annotations

from functools import partial
from typing import Any

from aiohttp import web

from miniapp_api.brand import service
from miniapp_api.brand.errors import BrandNotFound, BrandRateLimited, PhotoNotFound, PhotoNotImage, ProjectNotOwn
from miniapp_api.brand.hooks import red_flags_of
from miniapp_api.brand.schemas import BrandCard, BrandIn, BrandOut, BrandQuery
from miniapp_api.evidence.errors import EvidenceForeign, EvidenceNotFound
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, REDIS, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.errors import AppError
from server.core.http import h5_page
from server.core.net import client_ip
from server.core.redis import RateLimiter
from server.core.schemas import Page

routes = Routes("brand")
PAGE_LIMIT_PER_MINUTE_IP = 120  # the same allowance as the public rating page's code look-ups
PHOTO_LIMIT_PER_MINUTE_IP = 600  # a page shows up to 9 photos: counted apart, so photos never use up page views


def _flags(request: web.Request) -> service.RedFlags:
    return partial(red_flags_of, request.app)


async def _limit(request: web.Request, kind: str = "ip", limit: int = PAGE_LIMIT_PER_MINUTE_IP) -> None:
    limiter = RateLimiter(request.config_dict[REDIS], "brand")
    wait = await limiter.wait_ms([(f"{kind}:{client_ip(request)}", limit)])
    if wait > 0:
        raise BrandRateLimited((wait + 999) // 1000)


@routes.put(
    r"/api/v1/brands/{org_id:\d+}",
    "保存组织品牌",
    auth=Auth.ADMIN,
    errors=[OrgNotFound, OutOfScope, EvidenceNotFound, EvidenceForeign, PhotoNotImage, ProjectNotOwn],
)
async def save_brand(request: web.Request, principal: Principal, org_id: int, body: BrandIn) -> BrandOut:
    """创建或更新本辖区内组织的品牌：名称、口号、品牌故事、照片（先上传到证明材料接口，只接受图片）、关联本组织已立项的项目、是否公开。留痕。"""
    return await service.save_brand(principal, org_id, body, request.config_dict[CLOCK].now(), _flags(request))


@routes.get(r"/api/v1/brands/{org_id:\d+}", "组织品牌详情", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope, BrandNotFound])
async def get_brand(request: web.Request, principal: Principal, org_id: int) -> BrandOut:
    """品牌详情（含未公开的）：照片、关联项目及评估结果、党员示范岗及其评价、获得的红旗。"""
    return await service.get_brand(principal, org_id, _flags(request))


@routes.get("/api/v1/brands", "辖区组织品牌一览", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_brands(request: web.Request, principal: Principal, query: BrandQuery) -> Page[BrandCard]:
    """本组织及下级组织的品牌并排比较：口号、封面、关联项目数、示范岗及平均评分、红旗数；没有品牌的组织也列出。"""
    items, total = await service.list_brands(principal, query, _flags(request))
    return Page[BrandCard].of(items, total, query)


@routes.get(
    r"/brand/{org_id:\d+}/photos/{token}",
    "品牌照片（公开）",
    auth=Auth.NONE,
    produces="image/*",  # the photo as uploaded: JPEG, PNG or WebP
    errors=[PhotoNotFound, BrandRateLimited],
)
async def brand_photo(request: web.Request, org_id: int, token: str) -> web.FileResponse:
    """公开品牌页上的照片：只提供已公开品牌所列的图片。"""
    await _limit(request, "photo", PHOTO_LIMIT_PER_MINUTE_IP)
    path, ctype = await service.public_photo(org_id, token, request.config_dict[SETTINGS].media_dir)
    return web.FileResponse(
        path, headers={"Content-Type": ctype, "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"}
    )


@routes.page(r"/brand/{org_id:\d+}", "组织品牌页（H5，公开）", auth=Auth.NONE)
async def brand_page(request: web.Request, org_id: int) -> web.Response:
    """手机优先的公开品牌页：品牌名称、口号、故事、照片、党建项目、党员示范岗及群众评价、获得的红旗（无则“暂无”）。不需要登录，不显示任何电话号码或个人信息；按来源地址限流。未公开或不存在时显示友好的 404 页。"""
    context: dict[str, Any] = {"brand": None, "error": None}
    status, headers = 200, {}
    try:
        await _limit(request)
        context["brand"] = await service.public_brand(org_id, _flags(request))
    except AppError as exc:
        context["error"], status, headers = exc.text, exc.status, exc.headers
    response = h5_page(request, "h5_brand.html", context, status=status)
    response.headers.update(headers)
    return response
