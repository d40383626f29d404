"""python -m knowledge ingest / search / list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.cli import main
from tests.knowledge.samples import DUES_NOTES, MEETING_RULES


@pytest.fixture(autouse=True)
def _no_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests exercise the file cache only; with DATABASE_URL set `ingest` would also write there."""
    monkeypatch.delenv("DATABASE_URL", raising=False)


def write_samples(folder: Path) -> None:
    (folder / "示例支部会议规则.txt").write_text(MEETING_RULES, encoding="utf-8")
    (folder / "示例党费收缴办法.md").write_text(DUES_NOTES, encoding="utf-8")
    (folder / "README.md").write_text("说明文件", encoding="utf-8")


def test_ingest_then_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_samples(tmp_path)
    index = str(tmp_path / "index.npz")
    assert main(["--index", index, "ingest", str(tmp_path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "新增：《示例支部会议规则》6条" in out and "完成：2 部现行文件" in out
    assert main(["--index", index, "search", "支委会多久开一次", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["answerable"] and payload["hits"][0]["citation"] == "《示例支部会议规则》第三条"
    assert main(["--index", index, "ingest", str(tmp_path), "--quiet"]) == 0
    assert "未变化：《示例支部会议规则》" in capsys.readouterr().out
    assert main(["--index", index, "list"]) == 0
    assert "示例党费收缴办法\t《示例党费收缴办法》\t现行有效\t公开\t3条" in capsys.readouterr().out


def test_search_without_a_knowledge_base_explains_what_to_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOT__KNOWLEDGE_DIR", raising=False)
    assert main(["--index", str(tmp_path / "none.npz"), "search", "党费"]) == 2
    assert "python -m knowledge ingest" in capsys.readouterr().err


def test_ingest_reports_numbering_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "有缺条的规定.txt").write_text("有缺条的规定\n第一条　甲。\n第三条　乙。\n", encoding="utf-8")
    assert main(["--index", str(tmp_path / "i.npz"), "ingest", str(tmp_path), "--quiet"]) == 0
    assert "第三条之前缺少第二条" in capsys.readouterr().out


def test_search_reads_the_configured_knowledge_dir_when_nothing_was_ingested(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_samples(folder)
    monkeypatch.setenv("BOT__KNOWLEDGE_DIR", str(folder))
    assert main(["--index", str(tmp_path / "none.npz"), "search", "支委会多久开一次", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["citation"] == "《示例支部会议规则》第三条"


def test_the_command_line_reads_the_environment_as_the_service_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge.environment import CliEnvironment
    from server.core.settings import Settings

    assert CliEnvironment().database_url is None  # unset: `ingest` leaves the database alone
    monkeypatch.setenv("DATABASE_URL", f"sqlite://{tmp_path}/kb.db")
    monkeypatch.setenv("redis_url", "redis://127.0.0.1:6379/9")  # names are case-insensitive in both
    monkeypatch.setenv("BOT__KNOWLEDGE_DIR", str(tmp_path))
    env, settings = CliEnvironment(), Settings(env="test")
    assert (env.database_url, env.redis_url, env.knowledge_dir) == \
        (settings.database_url, settings.redis_url, settings.bot.knowledge_dir)
