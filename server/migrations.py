"""Schema migrations with aerich, kept per SQL dialect under migrations/<dialect>/ (docs/adr/0003)."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import tempfile
import uuid
from pathlib import Path

import asyncpg
from aerich import Command
from tortoise.context import get_current_context

from server.app import model_modules
from server.core.database import dialect, tortoise_config

MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"


async def _close_global() -> None:
    # aerich initialises Tortoise globally; close *that* context, not Tortoise.close_connections().
    ctx = get_current_context()
    if ctx is not None:
        await ctx.close_connections()


def _location(url: str) -> Path:
    return MIGRATIONS_ROOT / dialect(url)


async def upgrade(url: str) -> list[str]:
    """Apply every migration not yet applied to the database at `url`."""
    location = _location(url)
    if not (location / "models").exists():
        raise RuntimeError(f"no migrations found in {location}")
    cmd = Command(tortoise_config=tortoise_config(url, model_modules()), app="models", location=str(location))
    try:
        await cmd.init()
        return await cmd.upgrade(run_in_transaction=True)
    finally:
        await _close_global()


async def _generate(url: str, name: str) -> str:
    location = _location(url)
    cmd = Command(tortoise_config=tortoise_config(url, model_modules()), app="models", location=str(location))
    try:
        if not (location / "models").exists():
            await cmd.init_db(safe=True)
            return f"{dialect(url)}: initial migration written"
        await cmd.init()
        await cmd.upgrade(run_in_transaction=True)
        await cmd.init()  # re-read the last applied state, which the upgrade just wrote
        made = await cmd.migrate(name)
        if made and dialect(url) == "sqlite":
            _drop_empty_statements(location / "models" / str(made))
        return f"{dialect(url)}: {made or 'no changes'}"
    finally:
        await _close_global()


def _drop_empty_statements(path: Path) -> None:
    """Remove the lone ";" lines left where a comment change produced no SQLite statement."""
    if path.suffix != ".py":
        path = path.with_suffix(".py") if path.with_suffix(".py").exists() else path
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(line for line in lines if line.strip() != ";"), encoding="utf-8")


def _sqlite_without_comments() -> None:
    """SQLite has no column comments, but aerich diffs them (e.g. a new enum value changes the comment listing
    the values) and refuses with "Alter column comment is unsupported". There is nothing to alter in SQLite:
    make that step produce no statement. Only in the child process that writes SQLite migrations."""
    from aerich.ddl.sqlite import SqliteDDL

    def no_comment(self: SqliteDDL, model: object, field_describe: dict[str, object]) -> str:
        return ""

    SqliteDDL.set_comment = no_comment  # type: ignore[method-assign]


async def make_migrations(name: str, postgres_url: str, only: str | None = None) -> list[str]:
    """Diff the models against the migrations on a scratch database and write new files.

    Tortoise caches dialect-specific SQL per model class, so each dialect runs in its own process
    (`only` is set in that child process).
    """
    if only is None:
        out: list[str] = []
        for which in ("sqlite", "postgres"):
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "server", "makemigrations", name, "--postgres-url", postgres_url, "--only", which,
            )
            if await proc.wait() != 0:
                raise RuntimeError(f"makemigrations failed for {which}")
        return out
    if only == "sqlite":
        _sqlite_without_comments()
        with tempfile.TemporaryDirectory() as tmp:
            return [await _generate(f"sqlite://{tmp}/scratch.db", name)]
    scratch = f"dj_migrate_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(postgres_url.replace("postgres://", "postgresql://", 1))
    try:
        await admin.execute(f'CREATE DATABASE "{scratch}"')
        base = postgres_url.rsplit("/", 1)[0]
        return [await _generate(f"{base}/{scratch}", name)]
    finally:
        with contextlib.suppress(Exception):
            await admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        await admin.close()
