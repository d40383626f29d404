"""Schemas of the audit log API."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from server.core.schemas import OutSchema, PageQuery


class AuditQuery(PageQuery):
    action: str | None = Field(None, max_length=64, title="动作（前缀匹配）", examples=["evaluation."])
    org_id: int | None = Field(None, ge=1, title="组织", examples=[3])
    actor_user_id: int | None = Field(None, ge=1, title="操作人", examples=[1])
    since: datetime | None = Field(None, title="起始时间", examples=["2026-11-01T00:00:00+08:00"])
    until: datetime | None = Field(None, title="截止时间", examples=["2026-12-01T00:00:00+08:00"])


class AuditOut(OutSchema):
    id: int = Field(examples=[1])
    actor_user_id: int | None = Field(examples=[1])
    actor_role: str = Field(examples=["org_admin"])
    actor_name: str = Field(
        "", title="操作人姓名", description="控制台用户的显示名（未填时为登录名）；系统操作为空", examples=["财政局支部管理员"]
    )
    action: str = Field(examples=["evaluation.point_create"])
    target_type: str = Field(examples=["service_point"])
    target_id: str = Field(examples=["12"])
    org_id: int | None = Field(examples=[3])
    detail: dict[str, Any] = Field(examples=[{"name": "综合窗口"}])
    ip: str = Field(examples=["203.0.113.7"])
    request_id: str = Field(examples=["5f2c8e1a9b3d4c70"])
    created_at: datetime = Field(examples=["2026-11-22T09:30:00+08:00"])
