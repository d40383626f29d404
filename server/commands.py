"""The database work behind `python -m server create-admin | seed-demo | knowledge-import` (cli.py parses, this runs)."""

from __future__ import annotations

from pathlib import Path

from server.app import create_app
from server.core.clock import SystemClock
from server.core.database import open_database, use_database
from server.core.domains import DEMO_LOADERS, DemoContext, model_modules_of
from server.core.settings import Settings


async def create_admin(settings: Settings, username: str, password: str, org_id: int | None, staff: bool) -> int:
    from miniapp_api.accounts.schemas import AdminCreate
    from miniapp_api.accounts.service import create_console_user
    from server.core.auth import Role

    app = create_app(settings)
    ctx = await open_database(settings.database_url, model_modules_of(app))
    try:
        with use_database(ctx):
            role = Role.STAFF if staff else (Role.ORG_ADMIN if org_id else Role.SUPERADMIN)
            user = await create_console_user(None, AdminCreate(username=username, password=password, role=role, org_id=org_id))
            return user.id
    finally:
        await ctx.close_connections()


async def seed_demo(settings: Settings) -> list[str]:
    """Every installed domain's demo loader, in install order (orgs and accounts first). Idempotent."""
    app = create_app(settings)
    db = await open_database(settings.database_url, model_modules_of(app))
    try:
        with use_database(db):
            ctx = DemoContext(settings=settings, now=SystemClock().now())
            lines = ["demo data ready"]
            for loader in app[DEMO_LOADERS]:
                lines += await loader(ctx)
            return lines
    finally:
        await db.close_connections()


async def knowledge_import(settings: Settings, paths: list[Path], quiet: bool) -> tuple[list[str], int]:
    """Import regulation files into the knowledge base and tell running workers; (lines, exit status).

    The same import as `python -m knowledge ingest` (knowledge.db_import.run_import), with the service's settings.
    """
    from knowledge.db_import import run_import
    from knowledge.dense import dense_enabled, vectors_path

    vectors = vectors_path(settings.bot.index_cache_path) if settings.bot.dense and dense_enabled() else None
    return await run_import(settings.database_url, settings.redis_url, paths, quiet=quiet, vectors=vectors)
