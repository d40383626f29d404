"""Migrations apply to an empty database (SQLite always, PostgreSQL when a server is given) and match the models."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, database_url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url, "ENV": "dev"}
    return subprocess.run([sys.executable, "-m", "server", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


async def _tables_pg(url: str) -> set[str]:
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        rows = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return {r["tablename"] for r in rows}
    finally:
        await conn.close()


def _model_tables() -> set[str]:
    import importlib

    from tortoise.models import Model

    from server.app import model_modules

    tables = set()
    for name in model_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            is_model = isinstance(value, type) and issubclass(value, Model) and value is not Model
            if is_model and value.__module__ == name and not value._meta.abstract:
                tables.add(value._meta.db_table or value.__name__.lower())
    return tables


def test_migrations_create_every_table_on_empty_sqlite(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path}/fresh.db"
    first = run_cli("migrate", database_url=url)
    assert first.returncode == 0, first.stderr
    again = run_cli("migrate", database_url=url)
    assert again.returncode == 0 and "applied: 0" in again.stdout
    import sqlite3

    with sqlite3.connect(tmp_path / "fresh.db") as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert _model_tables() <= tables


def test_migrations_create_every_table_on_empty_postgres() -> None:
    base = os.environ.get("TEST_DATABASE_URL", "")
    if not base.startswith("postgres"):
        pytest.skip("TEST_DATABASE_URL (PostgreSQL) not set")
    name = f"dj_mig_{uuid.uuid4().hex[:8]}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(base.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        url = f"{base.rsplit('/', 1)[0]}/{name}"
        result = run_cli("migrate", database_url=url)
        assert result.returncode == 0, result.stderr
        assert _model_tables() <= asyncio.run(_tables_pg(url))
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_seed_demo_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path}/demo.db"
    assert run_cli("migrate", database_url=url).returncode == 0
    first = run_cli("seed-demo", database_url=url)
    assert first.returncode == 0, first.stderr
    assert "Dangjian@2026" in first.stdout
    second = run_cli("seed-demo", database_url=url)
    assert second.returncode == 0, second.stderr
    import sqlite3

    with sqlite3.connect(tmp_path / "demo.db") as db:
        orgs = db.execute("SELECT count(*) FROM organization").fetchone()[0]
        members = db.execute("SELECT count(*) FROM member WHERE phone LIKE '1380000%'").fetchone()[0]  # the base roster (other domains add people)
        kinds = {r[0] for r in db.execute("SELECT org_type FROM organization WHERE kind='branch'")}
    assert orgs == 8 and members == 40 and len(kinds) == 4
