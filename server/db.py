"""Database wiring: the Tortoise config, schema creation for tests, and aerich migrations."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from tortoise.context import TortoiseContext
from tortoise.models import Model

MODEL_MODULES = [
    "miniapp_api.orgs.models",
    "miniapp_api.accounts.models",
    "miniapp_api.audit.models",
    "miniapp_api.evaluation.models",
    "miniapp_api.rectification.models",
    "miniapp_api.partyday.models",
    "miniapp_api.learning.models",
    "miniapp_api.assessment.models",
    "knowledge.models",
    "bot.models",
]
MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"


def dialect(url: str) -> str:
    """'sqlite' or 'postgres' — migrations are kept per dialect (see docs/adr/0003)."""
    scheme = url.split("://", 1)[0]
    return "postgres" if scheme in ("postgres", "postgresql", "asyncpg", "psycopg") else "sqlite"


def _has_models(module_name: str) -> bool:
    """Domains grow their models over time; a module with none yet is left out of the config."""
    module = importlib.import_module(module_name)
    return any(
        isinstance(v, type) and issubclass(v, Model) and v is not Model and v.__module__ == module_name
        for v in vars(module).values()
    )


def tortoise_config(url: str, *, with_aerich: bool = True) -> dict[str, Any]:
    modules = [m for m in MODEL_MODULES if _has_models(m)]
    if with_aerich:
        modules.append("aerich.models")
    if url.startswith("sqlite://") and not url.startswith("sqlite://:memory:"):
        Path(url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": modules, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def open_database(url: str, *, global_fallback: bool) -> TortoiseContext:
    """Open a Tortoise context for this app; the caller closes *that* context."""
    ctx = TortoiseContext()
    with ctx:  # models are finalised against the active context
        await ctx.init(config=tortoise_config(url), _enable_global_fallback=global_fallback)
    return ctx


async def create_schema(ctx: TortoiseContext) -> None:
    """Create all tables directly from the models (tests only; production uses migrations)."""
    with ctx:
        await ctx.generate_schemas(safe=True)
