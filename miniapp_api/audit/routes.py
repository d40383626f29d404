"""HTTP routes of the audit log (superadmins only)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.audit import service
from miniapp_api.audit.schemas import AuditOut, AuditQuery
from server.core.auth import Role, require_principal
from server.core.http import page_response, read_query
from server.core.openapi import api

routes = web.RouteTableDef()


@routes.get("/api/v1/audit")
@api("查询审计日志", tags=["audit"], query=AuditQuery, auth="superadmin")
async def list_audit(request: web.Request) -> web.Response:
    require_principal(request, Role.SUPERADMIN)
    q = read_query(request, AuditQuery)
    rows, total = await service.list_entries(
        action=q.action, org_id=q.org_id, actor_user_id=q.actor_user_id,
        since=q.since, until=q.until, offset=q.offset, limit=q.page_size,
    )
    return page_response([AuditOut.model_validate(r) for r in rows], total, q)
