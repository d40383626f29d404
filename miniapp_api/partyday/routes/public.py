"""Party-day endpoints without a login: capability URLs an `<img>` can load (photos, the current sign-in QR), and
the members' H5 page (what it shows comes from the member's own API calls)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.partyday import records, signin
from miniapp_api.partyday.errors import BadCode, PhotoNotFound
from miniapp_api.partyday.schemas import QrQuery
from server.core.appkeys import CLOCK, SETTINGS
from server.core.endpoints import Auth, Routes
from server.core.http import h5_page

routes = Routes("partyday")


@routes.get("/api/v1/partydays/photos/{token}", "会议照片（凭不可猜测的地址访问）", auth=Auth.NONE, produces="image/jpeg",
            errors=[PhotoNotFound])
async def photo_file(request: web.Request, token: str) -> web.FileResponse:
    """照片文件（JPG、PNG 或 WebP）。地址中的令牌不可猜测，持有地址即可查看，便于页面直接显示。"""
    path, ctype = await records.photo_file(token, request.config_dict[SETTINGS].media_dir)
    return web.FileResponse(path, headers={"Content-Type": ctype, "Cache-Control": "private, max-age=86400"})


@routes.get(r"/api/v1/partydays/{id:\d+}/signin-qr.svg", "动态签到二维码（SVG；只绘制当前有效的签到码）", auth=Auth.NONE,
            produces="image/svg+xml", errors=[BadCode])
async def signin_qr(request: web.Request, id: int, query: QrQuery) -> web.Response:
    """把当前有效的签到码画成二维码。地址带服务端签名（取自签到码接口的 `qr_svg_url`），只能绘制服务端签发的码：猜测的码与伪造的签名一律返回 400，无法借此试码；过期的码同样返回 400。"""
    app = request.config_dict
    svg = await signin.qr_svg(app[SETTINGS], id, query.action, query.code, query.sig, app[CLOCK].time())
    return web.Response(body=svg, content_type="image/svg+xml", headers={"Cache-Control": "no-store"})


@routes.page("/h5/partyday", "H5 三会一课（党员）", auth=Auth.NONE)
async def partyday_page(request: web.Request) -> web.Response:
    """党员手机页：我的会议、会议通知、请假、输入 6 位签到码签到，以及学习页入口。登录凭证由小程序在打开页面时以 #token= 交给页面（与学习页共用）；只有开启测试登录（WECHAT_STUB_LOGIN）时页面才提供按姓名、手机号的测试登录。时间按服务器时区显示。"""
    settings = request.config_dict[SETTINGS]
    context = {"stub_login": settings.stub_login, "timezone": settings.local_timezone}
    return h5_page(request, "h5_partyday.html", context)
