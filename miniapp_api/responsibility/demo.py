"""Demo data of responsibility lists (filled in below)."""

from __future__ import annotations

from server.core.domains import DemoContext


async def load_demo(ctx: DemoContext) -> list[str]:
    return []
