"""Demo data of the bot: the demo knowledge pack (FAQ cards written by us that name the articles they come from)."""

from __future__ import annotations

from knowledge.service import seed_demo_pack
from server.core.domains import DemoContext


async def load_demo(ctx: DemoContext) -> list[str]:
    loaded = await seed_demo_pack()
    return [f"demo knowledge pack: {loaded} documents loaded" if loaded else "demo knowledge pack: already present"]
