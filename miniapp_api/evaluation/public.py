"""Public HTTP routes: code info, rating submit, follow-up, QR images and the H5 rating page /e/{token}."""

from __future__ import annotations

import secrets
from typing import Any, TypeVar

import aiohttp_jinja2
from aiohttp import web
from pydantic import BaseModel, ValidationError

from miniapp_api.evaluation import qrcodes, ratings, signing, submit
from miniapp_api.evaluation.schemas import FollowupAck, FollowupIn, ImageQuery, PublicCodeInfo, RatingAck, RatingIn
from miniapp_api.evaluation.service import CodeNotFound, resolve_code
from miniapp_api.evaluation.state import GATE, QR_CACHE, WRITER
from server.core.appkeys import CLOCK, REDIS, SETTINGS, WECHAT
from server.core.auth import optional_principal
from server.core.errors import AppError, BadRequest, UnsupportedMediaType, ValidationFailed
from server.core.http import json_response, read_query, validation_details
from server.core.openapi import api

routes = web.RouteTableDef()
COOKIE = "dj_rater"
_NO_STORE = {"Cache-Control": "no-store"}
_JSON_TYPES = frozenset({"application/json", "text/plain", "application/octet-stream", ""})
M = TypeVar("M", bound=BaseModel)


async def _read(request: web.Request, model: type[M]) -> M:
    """read_json for the hot path: the same errors, without aiohttp's slow Content-Type parsing."""
    ctype = request.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if ctype not in _JSON_TYPES and request.body_exists:
        raise UnsupportedMediaType("请以 JSON 提交", details={"content_type": ctype})
    raw = await request.read()
    try:
        return model.model_validate_json(raw or b"{}")
    except ValidationError as exc:
        if any(e["type"] in ("json_invalid", "model_type") and not e["loc"] for e in exc.errors()):
            raise BadRequest("请求体必须是 JSON 对象", code="invalid_json") from None
        raise ValidationFailed(details=validation_details(exc)) from None


def _env(request: web.Request) -> ratings.Env:
    app = request.app
    return ratings.Env(app[SETTINGS], app[REDIS], app.get(WECHAT), app[CLOCK].now(), request.remote or "unknown",
                       app[WRITER], app.get(GATE))


def _device(request: web.Request) -> tuple[str, str | None]:
    """The anonymous device id from the signed cookie, or a new one (and the cookie value to set)."""
    secret = request.app[SETTINGS].secret_key.get_secret_value()
    device = signing.verify_device_cookie(secret, request.cookies.get(COOKIE))
    if device is not None:
        return device, None
    return signing.new_device_cookie(secret)


def _set_cookie(request: web.Request, response: web.StreamResponse, value: str | None) -> None:
    if value is None:
        return
    settings = request.app[SETTINGS]
    response.set_cookie(COOKIE, value, max_age=settings.evaluation.device_cookie_max_age_s, path="/", httponly=True,
                        samesite="Lax", secure=settings.base_url.startswith("https://"))


def _rater(request: web.Request) -> tuple[ratings.Rater, str | None]:
    principal = optional_principal(request)
    secret = request.app[SETTINGS].secret_key.get_secret_value()
    if principal is not None:
        rater = ratings.rater_for(secret, principal, None)
        assert rater is not None
        return rater, None
    device, new_cookie = _device(request)
    rater = ratings.rater_for(secret, None, device)
    assert rater is not None
    return rater, new_cookie


@routes.get("/api/v1/evaluation/codes/{token}")
@api("评价码信息：服务点、组织、评价等级与选项（公开）", tags=["evaluation"], response=PublicCodeInfo, auth="optional")
async def code_info(request: web.Request) -> web.Response:
    rater, cookie = _rater(request)
    info = await ratings.public_info(_env(request), request.match_info["token"], rater)
    response = json_response(info, headers=_NO_STORE)
    _set_cookie(request, response, cookie)
    return response


@routes.post("/api/v1/evaluation/codes/{token}/ratings")
@api("提交评价（公开；支持 Idempotency-Key）", tags=["evaluation"], body=RatingIn, response=RatingAck, status=201,
     auth="optional", errors=["evaluation.duplicate_rating", "evaluation.code_not_found", "evaluation.rate_limited"])
async def submit_rating(request: web.Request) -> web.Response:
    data = await _read(request, RatingIn)
    rater, cookie = _rater(request)
    idem = ratings.check_idempotency_key(request.headers.get("Idempotency-Key"))
    reply, replayed = await submit.submit(_env(request), request.match_info["token"], data, rater, idem)
    headers = {**_NO_STORE, **({"Idempotent-Replayed": "true"} if replayed else {})}
    response = json_response(reply, status=201, headers=headers)
    _set_cookie(request, response, cookie)
    return response


@routes.post("/api/v1/evaluation/codes/{token}/followups")
@api("评价人评价整改结果（满意/基本满意/不满意）", tags=["evaluation"], body=FollowupIn, response=FollowupAck,
     auth="optional")
async def submit_followup(request: web.Request) -> web.Response:
    data = await _read(request, FollowupIn)
    rater, cookie = _rater(request)
    reply = await ratings.submit_followup(_env(request), request.match_info["token"], data, rater)
    response = json_response(reply, headers=_NO_STORE)
    _set_cookie(request, response, cookie)
    return response


async def _image(request: web.Request, fmt: str) -> web.Response:
    app = request.app
    token = request.match_info["token"]
    await resolve_code(app[SETTINGS].secret_key.get_secret_value(), token, app[CLOCK].now())
    if fmt == "wxa":
        image = await qrcodes.wxacode(app[QR_CACHE], app[WECHAT], token, app[SETTINGS].evaluation.wxacode_page)
    else:
        size = qrcodes.clamp_size(read_query(request, ImageQuery).size)
        image = await qrcodes.qr_image(app[QR_CACHE], token, f"{app[SETTINGS].base_url}/e/{token}", fmt, size)
    headers = {"ETag": image.etag, "Cache-Control": "public, max-age=3600"}
    if request.headers.get("If-None-Match") == image.etag:
        return web.Response(status=304, headers=headers)
    return web.Response(body=image.body, content_type=image.content_type, headers=headers)


@routes.get("/api/v1/evaluation/codes/{token}/qr.png")
@api("评价二维码 PNG（?size=像素）", tags=["evaluation"], query=ImageQuery, produces="image/png")
async def qr_png(request: web.Request) -> web.Response:
    return await _image(request, "png")


@routes.get("/api/v1/evaluation/codes/{token}/qr.svg")
@api("评价二维码 SVG", tags=["evaluation"], produces="image/svg+xml")
async def qr_svg(request: web.Request) -> web.Response:
    return await _image(request, "svg")


@routes.get("/api/v1/evaluation/codes/{token}/wxacode.png")
@api("小程序码（wxacode.getUnlimited，scene = token；需配置微信）", tags=["evaluation"], produces="image/png")
async def wxacode_png(request: web.Request) -> web.Response:
    return await _image(request, "wxa")


@routes.get("/e/{token}")
async def rating_page(request: web.Request) -> web.Response:
    """The H5 rating page: everything it needs is rendered in, so one request shows the form."""
    token = request.match_info["token"]
    rater, cookie = _rater(request)
    nonce = secrets.token_urlsafe(12)
    context: dict[str, Any] = {"token": token, "nonce": nonce, "info": None, "error": None}
    status = 200
    try:
        context["info"] = await ratings.public_info(_env(request), token, rater)
    except CodeNotFound as exc:
        context["error"], status = exc.text, 404
    except AppError as exc:
        context["error"], status = exc.text, exc.status
    response = aiohttp_jinja2.render_template("h5_rating.html", request, context, status=status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    _set_cookie(request, response, cookie)
    return response
