"""`python -m server knowledge-import` and `python -m knowledge ingest` with DATABASE_URL, run as real processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import redis

from tests.knowledge.samples import DUES_NOTES, MEETING_RULES, OLD_DUES_NOTES, PREAMBLE_CHARTER

ROOT = Path(__file__).resolve().parents[2]
# Until the lead's migrations include the knowledge tables, fill in whatever `migrate` did not create.
SCHEMA = """
import asyncio, sys
from server.app import model_modules
from server.core.database import create_schema, open_database

async def go():
    ctx = await open_database(sys.argv[1], model_modules())
    await create_schema(ctx)
    await ctx.close_connections()

asyncio.run(go())
"""


def run(args: list[str], database_url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "BOT__KNOWLEDGE_DIR")}
    env |= {"DATABASE_URL": database_url, "ENV": "dev"}
    if os.environ.get("TEST_REDIS_URL"):
        env["REDIS_URL"] = os.environ["TEST_REDIS_URL"]
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "kb.db"
    url = f"sqlite://{path}"
    migrated = run(["-m", "server", "migrate"], url)
    assert migrated.returncode == 0, migrated.stderr
    schema = run(["-c", SCHEMA, url], url)
    assert schema.returncode == 0, schema.stderr
    return url, path


def documents(path: Path) -> list[tuple[str, int, str, int]]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT d.title, d.version, d.status, COUNT(a.id) FROM knowledge_document d "
            "LEFT JOIN knowledge_article a ON a.document_id = d.id AND a.number > 0 "
            "GROUP BY d.id ORDER BY d.title, d.version").fetchall()


def generation() -> int | None:
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        return None
    client = redis.Redis.from_url(url)
    try:
        return int(client.get("knowledge:generation") or 0)
    finally:
        client.close()


def test_server_knowledge_import_loads_files_and_versions(tmp_path: Path, database: tuple[str, Path]) -> None:
    url, path = database
    folder = tmp_path / "regs"
    folder.mkdir()
    (folder / "会议规则.txt").write_text(MEETING_RULES, encoding="utf-8")
    (folder / "党费.md").write_text(OLD_DUES_NOTES, encoding="utf-8")
    (folder / "有缺条的规定.txt").write_text("有缺条的规定\n第一条　甲。\n第三条　乙。\n", encoding="utf-8")
    before = generation()
    first = run(["-m", "server", "knowledge-import", str(folder), "--quiet"], url)
    assert first.returncode == 0, first.stderr
    assert "新增：《示例支部会议规则》第1版 6条" in first.stdout
    assert "第三条之前缺少第二条" in first.stdout
    assert "数据库：新增 3，新版本 0，未变化 0，失败 0" in first.stdout
    assert [(t, v, s) for t, v, s, _ in documents(path)] == [
        ("有缺条的规定", 1, "现行有效"), ("示例党费收缴办法", 1, "现行有效"), ("示例支部会议规则", 1, "现行有效")]
    if before is not None:
        assert generation() != before and "已通知运行中的服务" in first.stdout

    (folder / "党费.md").write_text(DUES_NOTES, encoding="utf-8")
    (folder / "空文件.txt").write_text("没有任何条文的说明", encoding="utf-8")
    second = run(["-m", "server", "knowledge-import", str(folder), "--quiet"], url)
    assert second.returncode == 1  # one file failed, the others were imported
    assert "失败：空文件.txt" in second.stdout and "新版本：《示例党费收缴办法》第2版" in second.stdout
    assert "未变化 2" in second.stdout
    rows = [(t, v, s) for t, v, s, _ in documents(path)]
    assert ("示例党费收缴办法", 1, "已修订") in rows and ("示例党费收缴办法", 2, "现行有效") in rows


def test_server_knowledge_import_without_files_says_so(tmp_path: Path, database: tuple[str, Path]) -> None:
    result = run(["-m", "server", "knowledge-import", str(tmp_path / "empty")], database[0])
    assert result.returncode == 2 and "没有找到可导入的文件" in result.stderr


def test_knowledge_ingest_is_the_same_import_as_the_server_command(tmp_path: Path, database: tuple[str, Path]) -> None:
    url, path = database
    folder = tmp_path / "regs"
    folder.mkdir()
    (folder / "会议规则.txt").write_text(MEETING_RULES, encoding="utf-8")
    (folder / "章程.txt").write_text(PREAMBLE_CHARTER, encoding="utf-8")
    before = generation()
    result = run(["-m", "knowledge", "ingest", str(folder), "--quiet"], url)
    assert result.returncode == 0, result.stderr
    assert "新增：《示例支部会议规则》第1版 6条（2024年3月1日版）" in result.stdout
    assert "新增：《示例协会章程》第1版 3条" in result.stdout and "数据库：新增 2" in result.stdout
    assert documents(path) == [("示例协会章程", 1, "现行有效", 3), ("示例支部会议规则", 1, "现行有效", 6)]
    if before is not None:  # running workers are told, as after `python -m server knowledge-import`
        assert generation() != before and "已通知运行中的服务" in result.stdout
    again = run(["-m", "server", "knowledge-import", str(folder), "--quiet"], url)
    assert again.returncode == 0 and "未变化：《示例协会章程》第1版 3条" in again.stdout
    assert "数据库：新增 0，新版本 0，未变化 2，失败 0" in again.stdout
