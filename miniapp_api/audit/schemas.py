"""Schemas of the audit log API."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from server.core.http import OutSchema, PageQuery


class AuditQuery(PageQuery):
    action: str | None = None
    org_id: int | None = None
    actor_user_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


class AuditOut(OutSchema):
    id: int
    actor_user_id: int | None
    actor_role: str
    action: str
    target_type: str
    target_id: str
    org_id: int | None
    detail: dict[str, Any]
    ip: str
    request_id: str
    created_at: datetime
