"""Admin writes of the bot and the knowledge base reach the audit log through the app's AUDIT hook.

bot may not import miniapp_api (where the audit log lives); the hook is set by the audit domain's install
and absent when that domain is not installed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from server.core.auth import Principal

Recorder = Callable[..., Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Editor:
    """An admin making a change, and the recorder of the audit log (None: no audit log installed)."""

    principal: Principal
    recorder: Recorder | None = None

    async def audit(self, action: str, target_type: str, target_id: int, detail: dict[str, Any] | None = None) -> None:
        if self.recorder is not None:
            await self.recorder(self.principal, action, target_type, target_id,
                                org_id=self.principal.org_id, detail=detail or {})
