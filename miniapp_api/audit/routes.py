"""HTTP routes of the audit log (superadmins only)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.audit import service
from miniapp_api.audit.schemas import AuditOut, AuditQuery
from server.core.endpoints import Auth, Routes
from server.core.schemas import Page

routes = Routes("audit")


@routes.get("/api/v1/audit", "查询审计日志", auth=Auth.SUPERADMIN)
async def list_audit(request: web.Request, query: AuditQuery) -> Page[AuditOut]:
    """管理员的写操作与导出都会留痕：谁（姓名、角色、IP、请求号）在何时对哪个对象做了什么。按动作前缀、组织、操作人和时间段筛选，新的在前。"""
    rows, total = await service.list_entries(
        action=query.action, org_id=query.org_id, actor_user_id=query.actor_user_id,
        since=query.since, until=query.until, offset=query.offset, limit=query.page_size,
    )
    names = await service.actor_names({r.actor_user_id for r in rows if r.actor_user_id})
    items = [AuditOut.model_validate(r).model_copy(update={"actor_name": names.get(r.actor_user_id or 0, "")}) for r in rows]
    return Page[AuditOut].of(items, total, query)
