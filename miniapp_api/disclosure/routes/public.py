"""Public 党务公开 endpoints: what an org has published, as JSON and as a phone page (no login, rate limited)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.disclosure import service
from miniapp_api.disclosure.errors import PublicRateLimited
from miniapp_api.disclosure.schemas import PublicPage
from miniapp_api.orgs.service import OrgNotFound
from server.core.appkeys import REDIS, SETTINGS
from server.core.endpoints import Auth, Routes
from server.core.errors import AppError
from server.core.http import h5_page
from server.core.net import client_ip

routes = Routes("disclosure")


@routes.get(
    r"/api/v1/disclosure/orgs/{id:\d+}/public", "组织的党务公开（公开）", auth=Auth.NONE, errors=[OrgNotFound, PublicRateLimited]
)
async def public_items(request: web.Request, id: int) -> PublicPage:
    """某组织已公开的事项，最新的在前（最多 100 条）。无需登录；按访问地址限流。"""
    return await service.public_page(request.config_dict[REDIS], client_ip(request), id)


@routes.page(r"/h5/disclosure/{id:\d+}", "H5 党务公开", auth=Auth.NONE, errors=[OrgNotFound, PublicRateLimited])
async def public_h5(request: web.Request, id: int) -> web.Response:
    """党务公开手机页：某组织已公开的事项，服务端渲染，无需登录；按访问地址限流。"""
    settings = request.config_dict[SETTINGS]
    try:
        page = await service.public_page(request.config_dict[REDIS], client_ip(request), id)
    except AppError as exc:
        if not isinstance(exc, (OrgNotFound, PublicRateLimited)):
            raise
        response = h5_page(request, "h5_disclosure.html", {"page": None, "error": exc.text}, status=exc.status)
        response.headers.update(exc.headers)
        return response
    zone = settings.zone
    items = [{"item": i, "at": zone.local(i.published_at).strftime("%Y-%m-%d %H:%M")} for i in page.items]
    return h5_page(request, "h5_disclosure.html", {"page": page, "items": items, "error": None})
