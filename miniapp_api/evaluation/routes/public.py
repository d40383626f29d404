"""Public endpoints of evaluation (no login; a bearer token, when sent, identifies the rater): code info,
rating submit (the hot path), the rater's follow-up, QR images and the H5 rating page /e/{token}."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, TypeVar

from aiohttp import web

from miniapp_api.evaluation import qrcodes, ratings, signing, submit
from miniapp_api.evaluation.errors import (
    BadIdempotencyKey,
    CodeNotFound,
    DeviceRequired,
    DuplicateRating,
    IdempotencyKeyReused,
    InvalidTags,
    RatingNotFound,
    RatingRateLimited,
    RequestInProgress,
    UnknownOptionVersion,
    WxacodeUnavailable,
)
from miniapp_api.evaluation.schemas import (
    FollowupAck,
    FollowupIn,
    ImageQuery,
    PublicCodeInfo,
    RatingAck,
    RatingIn,
)
from miniapp_api.evaluation.service import resolve_code
from miniapp_api.evaluation.state import GATE, OBSERVERS, POLICIES, QR_CACHE, WRITER
from miniapp_api.rectification.errors import FollowupClosed
from server.core.appkeys import CLOCK, REDIS, SETTINGS, WECHAT
from server.core.auth import Principal
from server.core.endpoints import Auth, Cookie, Header, Routes
from server.core.errors import AppError
from server.core.http import h5_page, json_response
from server.core.metrics import metrics_of
from server.core.net import client_ip
from server.core.settings import Settings
from server.core.wechat import WeChatError

routes = Routes("evaluation")
COOKIE = "dj_rater"
DeviceCookie = Annotated[str | None, Cookie(COOKIE, "匿名评价设备（签名的设备标识，HttpOnly；没有或无效时由响应下发）")]
IdempotencyKey = Annotated[str | None, Header("Idempotency-Key", "同一次提交的重试带同一个键（≤128 个可打印 ASCII 字符），"
                                                                 "重复提交返回第一次的结果并带 Idempotent-Replayed: true")]
IfNoneMatch = Annotated[str | None, Header("If-None-Match", "上次响应的 ETag；未变化时返回 304")]
_NO_STORE = {"Cache-Control": "no-store"}
R = TypeVar("R", bound=web.StreamResponse)


def _env(request: web.Request) -> ratings.Env:
    cfg = request.config_dict
    return ratings.Env(cfg[SETTINGS], cfg[REDIS], cfg.get(WECHAT), cfg[CLOCK].now(), client_ip(request), cfg[WRITER],
                       cfg.get(GATE), cfg.get(POLICIES))


def _rater(settings: Settings, principal: Principal | None, cookie: str | None) -> tuple[ratings.Rater, str | None]:
    """The rater (a bearer user wins over the device cookie) and, for a new anonymous device, the cookie to set."""
    secret = settings.secret_key.get_secret_value()
    new_cookie = None
    device = None if principal is not None else signing.verify_device_cookie(secret, cookie)
    if principal is None and device is None:
        device, new_cookie = signing.new_device_cookie(secret)
    rater = ratings.rater_for(secret, principal, device)
    assert rater is not None
    return rater, new_cookie


def _with_cookie(settings: Settings, response: R, value: str | None) -> R:
    """Set the new device cookie (HttpOnly, SameSite=Lax, Secure behind https) when one was issued."""
    if value is not None:
        response.set_cookie(COOKIE, value, max_age=settings.evaluation.device_cookie_max_age_s, path="/", httponly=True,
                            samesite="Lax", secure=settings.base_url.startswith("https://"))
    return response


@routes.get("/api/v1/evaluation/codes/{token}", "评价码信息：服务点、组织、评价等级与选项（公开）", auth=Auth.OPTIONAL,
            response=PublicCodeInfo, errors=[CodeNotFound, RatingRateLimited])
async def code_info(request: web.Request, principal: Principal | None, token: str, device: DeviceCookie) -> web.Response:
    """评价页所需的一切：服务点与组织名称、五个评价等级及各自的标签、选项版本、最近公开的留言（手机号脱敏），以及本人待评价整改结果的差评。不含任何个人信息；按 IP 限流；没有设备 Cookie 时下发。"""
    settings = request.config_dict[SETTINGS]
    rater, cookie = _rater(settings, principal, device)
    info = PublicCodeInfo.model_validate(await ratings.public_info(_env(request), token, rater))
    return _with_cookie(settings, json_response(info, headers=_NO_STORE), cookie)


@routes.post("/api/v1/evaluation/codes/{token}/ratings", "提交评价（公开；支持 Idempotency-Key）", auth=Auth.OPTIONAL,
             status=201, response=RatingAck,
             errors=[CodeNotFound, DeviceRequired, InvalidTags, UnknownOptionVersion, BadIdempotencyKey,
                     IdempotencyKeyReused, DuplicateRating, RequestInProgress, RatingRateLimited])
async def submit_rating(request: web.Request, principal: Principal | None, token: str, body: RatingIn,
                        idempotency_key: IdempotencyKey, device: DeviceCookie) -> web.Response:
    """记录一次评价：未登录的评价人须带评价页下发的设备 Cookie（没有或伪造的 Cookie 返回 400，否则每次提交都会被当作新的评价人）；标签须属于所选等级，同一评价人（账号或设备）每个服务点每个本地日只能评价一次（可配置），按 IP 和评价人限流。1–2 分（差评）立即为服务点所属组织生成整改工单（ticket_id）；有风险的留言暂不公开，评分照常计入。带 Idempotency-Key 的重试返回第一次的结果。"""
    settings = request.config_dict[SETTINGS]
    rater, cookie = _rater(settings, principal, device)
    if cookie is not None:  # a new device was issued: the caller brought no valid cookie from the page
        raise DeviceRequired()
    observers = request.config_dict.get(OBSERVERS)
    if principal is not None and observers is not None:  # answered from memory (supervision/directory.py)
        rater = replace(rater, observer_orgs=await observers.orgs_of(principal.user_id))
    idem = ratings.check_idempotency_key(idempotency_key)
    reply, replayed = await submit.submit(_env(request), token, body, rater, idem)
    if not replayed:
        grade = "bad" if body.score <= 2 else "good"
        metrics_of(request.app).ratings_submitted.labels(grade, rater.kind.value).inc()
    headers = {**_NO_STORE, "Idempotent-Replayed": "true"} if replayed else _NO_STORE
    return _with_cookie(settings, json_response(reply, status=201, headers=headers), cookie)


@routes.post("/api/v1/evaluation/codes/{token}/followups", "评价人评价整改结果（满意/基本满意/不满意）",
             auth=Auth.OPTIONAL, response=FollowupAck,
             errors=[CodeNotFound, RatingNotFound, FollowupClosed, RatingRateLimited])
async def submit_followup(request: web.Request, principal: Principal | None, token: str, body: FollowupIn,
                          device: DeviceCookie) -> web.Response:
    """差评整改完成后，评价人通过同一个评价码评价整改结果（只能评价本人的差评，每张工单一次）。满意或基本满意会办结待回访的工单，不满意可由组织重新整改。按 IP 和评价人限流。"""
    settings = request.config_dict[SETTINGS]
    rater, cookie = _rater(settings, principal, device)
    reply = await ratings.submit_followup(_env(request), token, body, rater)
    return _with_cookie(settings, json_response(reply, headers=_NO_STORE), cookie)


async def _image(request: web.Request, token: str, fmt: str, size: int | None, etag: str | None) -> web.Response:
    """A code's image (the code must be active), from the in-process cache after the first time; 304 on a match."""
    cfg = request.config_dict
    settings = cfg[SETTINGS]
    await resolve_code(settings.secret_key.get_secret_value(), token, cfg[CLOCK].now())
    if fmt == "wxa":
        image = await qrcodes.wxacode(cfg[QR_CACHE], cfg[WECHAT], token, settings.evaluation.wxacode_page)
    else:
        image = await qrcodes.qr_image(cfg[QR_CACHE], token, f"{settings.base_url}/e/{token}", fmt,
                                       qrcodes.clamp_size(size))
    headers = {"ETag": image.etag, "Cache-Control": "public, max-age=3600"}
    if etag == image.etag:
        return web.Response(status=304, headers=headers)
    return web.Response(body=image.body, content_type=image.content_type, headers=headers)


@routes.get("/api/v1/evaluation/codes/{token}/qr.png", "评价二维码 PNG（?size=像素）", produces="image/png",
            errors=[CodeNotFound])
async def qr_png(request: web.Request, token: str, query: ImageQuery, if_none_match: IfNoneMatch) -> web.Response:
    """评价码的二维码图片（内容为 H5 评价页链接），每个模块为整数像素便于扫码；按 64 像素取整缓存，带 ETag。"""
    return await _image(request, token, "png", query.size, if_none_match)


@routes.get("/api/v1/evaluation/codes/{token}/qr.svg", "评价二维码 SVG", produces="image/svg+xml",
            errors=[CodeNotFound])
async def qr_svg(request: web.Request, token: str, if_none_match: IfNoneMatch) -> web.Response:
    """评价码的矢量二维码（任意尺寸打印），带 ETag。"""
    return await _image(request, token, "svg", None, if_none_match)


@routes.get("/api/v1/evaluation/codes/{token}/wxacode.png", "小程序码（wxacode.getUnlimited，scene = token；需配置微信）",
            produces="image/png", errors=[CodeNotFound, WxacodeUnavailable, WeChatError])
async def wxacode_png(request: web.Request, token: str, if_none_match: IfNoneMatch) -> web.Response:
    """微信小程序码，扫码打开小程序评价页（scene 即评价码令牌）。首次从微信获取后缓存，带 ETag；未配置微信时返回 503。"""
    return await _image(request, token, "wxa", None, if_none_match)


@routes.page("/e/{token}", "H5 评价页", auth=Auth.OPTIONAL)
async def rating_page(request: web.Request, principal: Principal | None, token: str, device: DeviceCookie) -> web.Response:
    """H5 评价页：服务端一次渲染出表单所需的全部内容（内联样式与脚本、严格的 CSP）；评价码无效时显示友好的 404 页。没有设备 Cookie 时下发。"""
    settings = request.config_dict[SETTINGS]
    rater, cookie = _rater(settings, principal, device)
    context: dict[str, Any] = {"token": token, "info": None, "error": None}
    status = 200
    try:
        context["info"] = await ratings.public_info(_env(request), token, rater)
    except AppError as exc:
        context["error"], status = exc.text, exc.status
    return _with_cookie(settings, h5_page(request, "h5_rating.html", context, status=status), cookie)
