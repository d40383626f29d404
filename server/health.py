"""GET /healthz: is the process able to reach its database and Redis?"""

from __future__ import annotations

import asyncio

from aiohttp import web

from server.core.appkeys import DB, REDIS


async def healthz(request: web.Request) -> web.Response:
    report: dict[str, str] = {"status": "ok", "database": "ok", "redis": "ok"}
    try:
        await asyncio.wait_for(request.app[DB].db().execute_query("SELECT 1"), timeout=3)
    except Exception:
        report["database"] = "error"
    try:
        await asyncio.wait_for(request.app[REDIS].ping(), timeout=3)
    except Exception:
        report["redis"] = "error"
    healthy = report["database"] == "ok" and report["redis"] == "ok"
    if not healthy:
        report["status"] = "error"
    return web.json_response(report, status=200 if healthy else 503)
