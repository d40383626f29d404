"""Learning pages and files without login: the H5 study page and lesson media."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.learning import media
from server.core.appkeys import SETTINGS
from server.core.endpoints import Auth, Routes
from server.core.http import h5_page

routes = Routes("learning")


@routes.page("/h5/study", "H5 学习页", auth=Auth.NONE)
async def study_page(request: web.Request) -> web.Response:
    """H5 学习页：本年度学时、继续学习、推荐、课时播放（发送学习心跳）和测验。登录凭证由小程序在打开页面时以 #token= 交给页面；只有开启测试登录（WECHAT_STUB_LOGIN）时页面才提供按姓名、手机号的测试登录，否则提示在微信中打开。"""
    settings = request.config_dict[SETTINGS]
    context = {"beat_s": settings.learning.heartbeat_interval_s, "stub_login": settings.stub_login}
    return h5_page(request, "h5_study.html", context, media_src="'self' https:")


@routes.get("/api/v1/learning/media/{name}", "课时媒体文件", auth=Auth.NONE, produces="application/octet-stream",
            errors=[media.MediaNotFound])
async def get_media(request: web.Request, name: str) -> web.StreamResponse:
    """上传的课时音视频或 PDF（文件名为随机生成，不可猜测），可缓存一天。"""
    path, ctype = media.path_of(request.config_dict[SETTINGS].media_dir, name)
    return web.FileResponse(path, headers={"Content-Type": ctype, "Cache-Control": "public, max-age=86400"})
