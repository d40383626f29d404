"""Recording and querying audit entries."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from miniapp_api.accounts.models import User
from miniapp_api.audit.models import AuditEntry
from server.core.auth import Principal

# Fields that must never be written into an audit detail, whatever the caller passes.
_REDACT = {"password", "phone", "contact", "token", "access_token", "refresh_token", "secret", "session_key"}


def _clean(detail: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k in _REDACT else v) for k, v in detail.items()}


async def record(
    actor: Principal | None,
    action: str,
    target_type: str,
    target_id: object = "",
    *,
    org_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one entry; called by services after an admin write or export."""
    extra = actor.extra if actor else {}
    await AuditEntry.create(
        actor_user_id=actor.user_id if actor else None,
        actor_role=actor.role.value if actor else "system",
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        org_id=org_id,
        detail=_clean(detail or {}),
        ip=str(extra.get("ip", ""))[:64],
        request_id=str(extra.get("request_id", ""))[:64],
    )


async def list_entries(
    *, action: str | None, org_id: int | None, actor_user_id: int | None,
    since: datetime | None, until: datetime | None, offset: int, limit: int,
) -> tuple[list[AuditEntry], int]:
    qs = AuditEntry.all()
    if action:
        qs = qs.filter(action__startswith=action)
    if org_id is not None:
        qs = qs.filter(org_id=org_id)
    if actor_user_id is not None:
        qs = qs.filter(actor_user_id=actor_user_id)
    if since:
        qs = qs.filter(created_at__gte=since)
    if until:
        qs = qs.filter(created_at__lt=until)
    total = await qs.count()
    rows = await qs.order_by("-created_at", "-id").offset(offset).limit(limit)
    return rows, total


async def actor_names(user_ids: set[int]) -> dict[int, str]:
    """The display name (or, when none was given, the login name) of each console user."""
    if not user_ids:
        return {}
    rows = await User.filter(id__in=user_ids).values_list("id", "display_name", "username")
    return {uid: display or username for uid, display, username in rows}
