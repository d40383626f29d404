"""Demo data and console accounts for `python -m server seed-demo|create-admin`."""

from __future__ import annotations

from server.core.settings import Settings


async def create_admin(settings: Settings, username: str, password: str, org_id: int | None, staff: bool) -> int:
    from miniapp_api.accounts.schemas import AdminCreate
    from miniapp_api.accounts.service import create_console_user
    from server.core.auth import Role
    from server.db import open_database

    ctx = await open_database(settings.database_url, global_fallback=False)
    try:
        with ctx:
            role = Role.STAFF if staff else (Role.ORG_ADMIN if org_id else Role.SUPERADMIN)
            user = await create_console_user(None, AdminCreate(username=username, password=password, role=role, org_id=org_id))
            return user.id
    finally:
        await ctx.close_connections()


async def seed_demo(settings: Settings) -> list[str]:
    from server.demo import load_demo

    return await load_demo(settings)
