"""Web pages of the platform: the admin console shell (with each domain's page script), the API document and its viewer."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web

from server.core.appkeys import SETTINGS
from server.core.domains import CONSOLE_PAGES
from server.core.endpoints import routed_endpoints
from server.core.openapi import build_spec

STATIC_DIR = Path(__file__).parent / "static"
SPEC: web.AppKey[dict[str, Any]] = web.AppKey("openapi_spec", dict)
SWAGGER_ASSETS = frozenset({"swagger-ui-bundle.js", "swagger-ui.css"})
# The console runs only its own scripts; inline handlers and foreign origins are refused.
CONSOLE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
               "connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; "
               "frame-ancestors 'none'")
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
API_DESCRIPTION = (
    "党建云小程序、H5 与管理后台的接口。时间均为带时区的 ISO 8601；列表分页为 "
    "`?page=1&page_size=20` → `{items, total, page, page_size}`；错误统一为 "
    "`{\"error\": {\"code\", \"message\", \"details\"}}`，客户端按 `code` 分支处理。"
)


@dataclass(frozen=True)
class _Page:
    name: str
    body: bytes
    version: str


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=6).hexdigest()


def setup(app: web.Application, version: str) -> None:
    app[SPEC] = {}  # built on first use: every route is registered by then
    pages = {p.name: _Page(p.name, p.script.read_bytes(), _digest(p.script.read_bytes())) for p in app.get(CONSOLE_PAGES, [])}
    static_versions = {name: _digest((STATIC_DIR / name).read_bytes()) for name in ("admin/app.js", "admin/app.css")}
    swagger_dir = resources.files("swagger_ui") / "static"

    def spec_of(request: web.Request) -> dict[str, Any]:
        cache = request.app[SPEC]
        if not cache:
            cache.update(build_spec(routed_endpoints(request.app), title="党建云 API", version=version,
                                    description=API_DESCRIPTION))
        return cache

    async def openapi_json(request: web.Request) -> web.Response:
        return web.Response(text=json.dumps(spec_of(request), ensure_ascii=False), content_type="application/json")

    async def docs(request: web.Request) -> web.Response:
        response = aiohttp_jinja2.render_template("docs.html", request, {"version": version})
        response.headers["Content-Security-Policy"] = DOCS_CSP
        return response

    async def docs_asset(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in SWAGGER_ASSETS:
            raise web.HTTPNotFound()
        ctype = "text/css" if name.endswith(".css") else "application/javascript"
        body = (swagger_dir / name).read_bytes()
        return web.Response(body=body, content_type=ctype, charset="utf-8",
                            headers={"Cache-Control": "public, max-age=86400"})

    async def admin(request: web.Request) -> web.Response:
        def static(name: str) -> str:
            return f"/static/{name}?v={static_versions[name]}"

        response = aiohttp_jinja2.render_template("admin.html", request, {"pages": list(pages.values()), "static": static})
        response.headers["Cache-Control"] = "no-cache"
        response.headers["Content-Security-Policy"] = CONSOLE_CSP
        return response

    async def page_script(request: web.Request) -> web.Response:
        page = pages.get(request.match_info["name"])
        if page is None:
            raise web.HTTPNotFound()
        return web.Response(body=page.body, content_type="application/javascript", charset="utf-8",
                            headers={"Cache-Control": "no-cache"})

    async def root(request: web.Request) -> web.Response:
        raise web.HTTPFound("/admin")

    if app[SETTINGS].docs_public:
        app.router.add_get("/api/openapi.json", openapi_json)
        app.router.add_get("/api/docs", docs)
        app.router.add_get("/api/docs/assets/{name}", docs_asset)
    app.router.add_get("/admin", admin)
    app.router.add_get("/admin/pages/{name}.js", page_script)
    app.router.add_get("/", root)
    app.router.add_static("/static/", STATIC_DIR)
