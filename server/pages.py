"""Web pages: the admin console shell, the API reference (/api/docs) and /api/openapi.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web

from server.core.openapi import build_spec

STATIC_DIR = Path(__file__).parent / "static"
SPEC: web.AppKey[dict[str, Any]] = web.AppKey("openapi_spec", dict)


def setup(app: web.Application, version: str) -> None:
    app[SPEC] = {}  # filled on first use: every route is registered by then

    def spec_of(request: web.Request) -> dict[str, Any]:
        cache = request.app[SPEC]
        if not cache:
            cache.update(build_spec(request.app, "党建云 API", version))
        return cache

    async def openapi_json(request: web.Request) -> web.Response:
        return web.json_response(spec_of(request), dumps=_dumps)

    @aiohttp_jinja2.template("docs.html")
    async def docs(request: web.Request) -> dict[str, Any]:
        paths = spec_of(request)["paths"]
        groups: dict[str, list[dict[str, Any]]] = {}
        for path, ops in paths.items():
            for method, op in ops.items():
                groups.setdefault(op["tags"][0], []).append({"method": method.upper(), "path": path, **op})
        return {"groups": sorted(groups.items()), "version": version}

    async def admin(request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC_DIR / "admin" / "index.html", headers={"Cache-Control": "no-cache"})

    async def root(request: web.Request) -> web.Response:
        raise web.HTTPFound("/admin")

    app.router.add_get("/api/openapi.json", openapi_json)
    app.router.add_get("/api/docs", docs)
    app.router.add_get("/admin", admin)
    app.router.add_get("/", root)
    app.router.add_static("/static/", STATIC_DIR, append_version=True)


def _dumps(obj: object) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)
