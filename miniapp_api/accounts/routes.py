"""HTTP routes of login, tokens, the current user and console accounts."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.accounts import service
from miniapp_api.accounts.schemas import AdminCreate, BindIn, LoginIn, RefreshIn, TokenOut, UserOut, WeChatLoginIn
from server.core.appkeys import REDIS, SETTINGS, TOKENS, WECHAT
from server.core.auth import require_admin, require_principal
from server.core.http import json_response, read_json
from server.core.openapi import api
from server.core.redis import RateLimiter

routes = web.RouteTableDef()


def _limiter(request: web.Request) -> RateLimiter:
    return RateLimiter(request.app[REDIS])


@routes.post("/api/v1/auth/login")
@api("管理员/工作人员登录", tags=["auth"], body=LoginIn, response=TokenOut)
async def login(request: web.Request) -> web.Response:
    data = await read_json(request, LoginIn)
    out = await service.login(request.app[TOKENS], _limiter(request), data.username, data.password,
                              request.remote or "", request.app[SETTINGS].login_attempts_per_minute)
    return json_response(out)


@routes.post("/api/v1/auth/wechat")
@api("微信小程序登录（code2Session；未配置时为 stub 模式）", tags=["auth"], body=WeChatLoginIn, response=TokenOut)
async def wechat_login(request: web.Request) -> web.Response:
    data = await read_json(request, WeChatLoginIn)
    out = await service.wechat_login(request.app[TOKENS], _limiter(request), request.app[WECHAT], data.code, request.remote or "")
    return json_response(out)


@routes.post("/api/v1/auth/refresh")
@api("刷新登录凭证（刷新令牌只能使用一次）", tags=["auth"], body=RefreshIn, response=TokenOut)
async def refresh(request: web.Request) -> web.Response:
    data = await read_json(request, RefreshIn)
    return json_response(await service.refresh(request.app[TOKENS], request.app[REDIS], data.refresh_token))


@routes.get("/api/v1/me")
@api("当前用户", tags=["auth"], response=UserOut, auth="user")
async def me(request: web.Request) -> web.Response:
    return json_response(await service.me(require_principal(request)))


@routes.post("/api/v1/me/bind")
@api("微信用户绑定党员身份（姓名 + 手机号）", tags=["auth"], body=BindIn, response=TokenOut, auth="user")
async def bind(request: web.Request) -> web.Response:
    principal = require_principal(request)
    data = await read_json(request, BindIn)
    return json_response(await service.bind_member(request.app[TOKENS], _limiter(request), principal, data))


@routes.post("/api/v1/admin/users")
@api("创建控制台账号（本辖区）", tags=["auth"], body=AdminCreate, response=UserOut, status=201, auth="admin")
async def create_user(request: web.Request) -> web.Response:
    principal = require_admin(request)
    user = await service.create_console_user(principal, await read_json(request, AdminCreate))
    return json_response(await service.user_out(user), status=201)
