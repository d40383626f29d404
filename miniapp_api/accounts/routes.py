"""HTTP routes of login, tokens, the current user and console accounts."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.accounts import service
from miniapp_api.accounts.errors import (
    AlreadyBound,
    BadCredentials,
    BadRole,
    BindFailed,
    BindRateLimited,
    BindWeChatOnly,
    DuplicateUsername,
    LoginRateLimited,
    OrgRequired,
    RefreshReused,
    UserDisabled,
    UserNotFound,
    WeChatInvalidCode,
    WeChatNotConfigured,
    WeChatRateLimited,
    WeChatRiskyUser,
    WeChatUserDisabled,
)
from miniapp_api.accounts.schemas import AdminCreate, BindIn, LoginIn, RefreshIn, TokenOut, UserOut, WeChatLoginIn
from miniapp_api.accounts.throttle import LoginThrottle
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, REDIS, REVOCATIONS, SETTINGS, TOKENS, WECHAT
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.errors import InvalidToken, TokenExpired
from server.core.http import h5_page
from server.core.net import client_ip
from server.core.redis import RateLimiter
from server.core.wechat import WeChatError

routes = Routes("auth")


def _limiter(request: web.Request) -> RateLimiter:
    return RateLimiter(request.config_dict[REDIS], "accounts")


@routes.post("/api/v1/auth/login", "管理员/工作人员登录", errors=[BadCredentials, LoginRateLimited])
async def login(request: web.Request, body: LoginIn) -> TokenOut:
    """控制台账号（管理员、只读工作人员、超级管理员）用用户名和密码登录，返回访问令牌（2 小时）和刷新令牌。
    用户名不存在与密码错误是同一个错误。同一地址对同一用户名、以及同一地址总的尝试次数受限，超出后按次加倍暂停
    （1 分钟起，最长 1 小时；429，Retry-After 给出等待秒数）；不按用户名单独锁定，别人无法借此把真正的用户锁在门外。"""
    cfg = request.config_dict
    throttle = LoginThrottle(cfg[REDIS], cfg[SETTINGS].login_attempts_per_minute)
    return await service.login(cfg[TOKENS], throttle, body.username, body.password, client_ip(request), cfg[CLOCK].now())


@routes.post("/api/v1/auth/wechat", "微信小程序登录（code2Session；未配置时为 stub 模式）",
             errors=[LoginRateLimited, WeChatUserDisabled, WeChatInvalidCode, WeChatRateLimited, WeChatRiskyUser,
                     WeChatNotConfigured, WeChatError])
async def wechat_login(request: web.Request, body: WeChatLoginIn) -> TokenOut:
    """用 wx.login() 的 code 换取本系统的令牌；首次登录的微信用户是群众身份，绑定党员信息后成为党员。
    session_key 只留在服务器。未配置小程序时只在 stub 模式下接受 `stub:<openid>`。"""
    cfg = request.config_dict
    return await service.wechat_login(cfg[TOKENS], _limiter(request), cfg[WECHAT], body.code, client_ip(request),
                                      cfg[CLOCK].now())


@routes.post("/api/v1/auth/refresh", "刷新登录凭证（刷新令牌只能使用一次）",
             errors=[RefreshReused, UserDisabled, InvalidToken, TokenExpired])
async def refresh(request: web.Request, body: RefreshIn) -> TokenOut:
    """用刷新令牌换一对新令牌；旧的刷新令牌随即作废。已用过的刷新令牌再次出现（被盗或被复制）时，该次登录的全部令牌
    连同此用户已签发的访问令牌一并作废，需重新登录。账号已停用时拒绝；党员已停用时只得到群众身份。"""
    cfg = request.config_dict
    return await service.refresh(cfg[TOKENS], cfg[REVOCATIONS], body.refresh_token, cfg[CLOCK].now())


@routes.get("/api/v1/me", "当前用户", auth=Auth.USER, errors=[UserNotFound])
async def me(request: web.Request, principal: Principal) -> UserOut:
    """当前登录用户的角色、所属组织和绑定的党员（如有）。"""
    return await service.me(principal)


@routes.post("/api/v1/me/bind", "微信用户绑定党员身份（姓名 + 手机号）", auth=Auth.USER,
             errors=[BindRateLimited, BindWeChatOnly, BindFailed, AlreadyBound])
async def bind(request: web.Request, principal: Principal, body: BindIn) -> TokenOut:
    """微信用户用花名册上的姓名和手机号认领党员身份，成功后返回党员身份的新令牌。每个党员只能绑定一个微信账号；
    10 分钟内最多尝试 5 次。"""
    return await service.bind_member(request.config_dict[TOKENS], _limiter(request), principal, body,
                                     request.config_dict[CLOCK].now())


@routes.post("/api/v1/admin/users", "创建控制台账号（本辖区）", auth=Auth.ADMIN, status=201,
             errors=[BadRole, OrgRequired, DuplicateUsername, OrgNotFound, OutOfScope])
async def create_user(request: web.Request, principal: Principal, body: AdminCreate) -> UserOut:
    """创建管理员或只读工作人员账号，所属组织须在本辖区内；只有超级管理员能创建超级管理员。留痕。"""
    user = await service.create_console_user(principal, body)
    return await service.user_out(user)


@routes.page("/h5/home", "H5 党员主页", auth=Auth.NONE)
async def member_home(request: web.Request) -> web.Response:
    """党员手机主页：近期会议与未读通知、本年度学时与待完成的必学补学、法规问答，以及三会一课、学习页入口。登录方式与
    三会一课、学习页相同（小程序以 #token= 交给页面；只有开启测试登录时才提供按姓名、手机号的测试登录）。"""
    settings = request.config_dict[SETTINGS]
    return h5_page(request, "h5_home.html", {"stub_login": settings.stub_login, "timezone": settings.local_timezone})
