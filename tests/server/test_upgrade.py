"""Upgrades: a database holding the previous release's demo data migrates to this release, keeps every row, and works.

The dumps in tests/data/release-0.1.0 were made once with release 0.1.0 (see its README) and are never
regenerated; every later schema change must migrate them.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp.test_utils import TestClient, TestServer
from tortoise.backends.base.executor import EXECUTOR_CACHE

from server.app import create_app
from server.core.settings import Settings
from tests.server.test_migrations import _model_tables, run_cli

RELEASE = Path(__file__).resolve().parents[1] / "data" / "release-0.1.0"
SECRET = "release-0.1.0-demo-secret-key-xxxxxxxx"
# Tables and their row counts that the upgrade must keep (as seeded by release 0.1.0).
KEPT = ["organization", "member", "app_user", "evaluation_point", "evaluation_code", "evaluation_rating", "rectification_ticket",
        "rectification_event", "partyday_meeting", "partyday_attendee", "partyday_minutes", "learning_course",
        "learning_lesson", "learning_ledger", "learning_study_day", "knowledge_document", "knowledge_article", "audit_entry"]


def _pg_dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


def _counts_sqlite(path: Path, tables: list[str]) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t in present}


async def _counts_pg(url: str, tables: list[str]) -> dict[str, int]:
    conn = await asyncpg.connect(_pg_dsn(url))
    try:
        present = {r["tablename"] for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname='public'")}
        return {t: await conn.fetchval(f'SELECT count(*) FROM "{t}"') for t in tables if t in present}
    finally:
        await conn.close()


async def _service_works(url: str) -> dict[str, Any]:
    """Start this release's app on the upgraded database and use it as the demo admin would."""
    settings = Settings(env="test", database_url=url, secret_key=SECRET, run_jobs=False,
                        redis_url=f"memory://upgrade-{uuid.uuid4().hex}")
    # Tortoise caches each model's SQL per connection *name* for the process; this app may speak another
    # dialect than the apps of the tests before and after it, under the same name.
    EXECUTOR_CACHE.clear()
    try:
        return await _use_as_demo_admin(settings)
    finally:
        EXECUTOR_CACHE.clear()


async def _use_as_demo_admin(settings: Settings) -> dict[str, Any]:
    async with TestClient(TestServer(create_app(settings))) as client:
        login = await client.post("/api/v1/auth/login", json={"username": "admin", "password": "Dangjian@2026"})
        assert login.status == 200, await login.text()
        headers = {"Authorization": f"Bearer {(await login.json())['access_token']}"}
        tree = await (await client.get("/api/v1/orgs/tree", headers=headers)).json()
        points = await (await client.get("/api/v1/evaluation/points?page_size=50", headers=headers)).json()
        tickets = await (await client.get("/api/v1/rectifications?page_size=1", headers=headers)).json()
        return {"roots": len(tree["roots"]), "points": points["total"],
                "tickets": tickets["total"]}


def _check(before: dict[str, int], after: dict[str, int], used: dict[str, Any]) -> None:
    assert before["organization"] == 8 and before["member"] == 40 and before["evaluation_rating"] > 300
    for table, count in before.items():
        assert after.get(table) == count, f"{table}: {count} rows before the upgrade, {after.get(table)} after"
    assert used["roots"] == 1 and used["points"] == before["evaluation_point"] and used["tickets"] == before["rectification_ticket"]


def test_the_sqlite_demo_database_of_0_1_0_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "site.db"
    with sqlite3.connect(path) as db:
        db.executescript(gzip.decompress((RELEASE / "sqlite.sql.gz").read_bytes()).decode())
    before = _counts_sqlite(path, KEPT)
    url = f"sqlite://{path}"
    result = run_cli("migrate", database_url=url)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert _model_tables() <= tables
    after = _counts_sqlite(path, KEPT)
    _check(before, after, asyncio.run(_service_works(url)))
    seeded = run_cli("seed-demo", database_url=url)  # the new release's demo loaders run on old data
    assert seeded.returncode == 0, seeded.stderr
    # nothing of the old demo is loaded twice (newer domains add their own people, e.g. 发展党员 applicants)
    assert _counts_sqlite(path, ["organization"]) == {"organization": 8}
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM member WHERE phone LIKE '1380000%'").fetchone()[0] == 40


@pytest.fixture
def pg_database() -> Iterator[str]:
    base = os.environ.get("TEST_DATABASE_URL", "")
    if not base.startswith("postgres"):
        pytest.skip("TEST_DATABASE_URL (PostgreSQL) not set")
    name = f"dj_upg_{uuid.uuid4().hex[:8]}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(_pg_dsn(base))
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{base.rsplit('/', 1)[0]}/{name}"
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_the_postgres_demo_database_of_0_1_0_upgrades(pg_database: str) -> None:
    async def load() -> None:
        conn = await asyncpg.connect(_pg_dsn(pg_database))
        try:
            script = gzip.decompress((RELEASE / "postgres.sql.gz").read_bytes()).decode()
            # psql meta-commands (pg_dump's \restrict guard) are for psql, not for the server
            await conn.execute("\n".join(line for line in script.splitlines() if not line.startswith("\\")))
        finally:
            await conn.close()

    asyncio.run(load())
    before = asyncio.run(_counts_pg(pg_database, KEPT))
    result = run_cli("migrate", database_url=pg_database)
    assert result.returncode == 0, result.stderr
    after = asyncio.run(_counts_pg(pg_database, KEPT))
    _check(before, after, asyncio.run(_service_works(pg_database)))
    seeded = run_cli("seed-demo", database_url=pg_database)
    assert seeded.returncode == 0, seeded.stderr
