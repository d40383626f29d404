"""python -m knowledge ingest / search / list: ingest writes the service's database, search and list read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.cli import main
from tests.knowledge.kbdb import knowledge_database
from tests.knowledge.samples import DUES_NOTES, MEETING_RULES, PREAMBLE_CHARTER, regulations_dir


@pytest.fixture(autouse=True)
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)  # no var/knowledge-index.npz of a developer's service is read
    return knowledge_database(tmp_path, monkeypatch)


def write_samples(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "示例支部会议规则.txt").write_text(MEETING_RULES, encoding="utf-8")
    (folder / "示例党费收缴办法.md").write_text(DUES_NOTES, encoding="utf-8")
    (folder / "README.md").write_text("说明文件", encoding="utf-8")


def test_ingest_writes_the_database_that_search_and_list_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_samples(tmp_path / "regs")
    assert main(["ingest", str(tmp_path / "regs"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "新增：《示例支部会议规则》第1版 6条（2024年3月1日版）" in out
    assert "数据库：新增 2，新版本 0，未变化 0，失败 0" in out
    assert main(["search", "支委会多久开一次", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["answerable"] and payload["hits"][0]["citation"] == "《示例支部会议规则》第三条"
    assert main(["ingest", str(tmp_path / "regs"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "未变化：《示例支部会议规则》" in out and "知识库内容未变化" in out
    assert main(["list"]) == 0
    assert "《示例党费收缴办法》\t现行有效\t公开\t3条" in capsys.readouterr().out


def test_a_preamble_is_not_counted_as_an_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "章程.txt").write_text(PREAMBLE_CHARTER, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "章程.txt"), "--quiet"]) == 0
    assert "新增：《示例协会章程》第1版 3条" in capsys.readouterr().out
    assert main(["list"]) == 0
    assert "《示例协会章程》\t现行有效\t公开\t3条" in capsys.readouterr().out
    assert main(["search", "协会的宗旨是什么", "--json"]) == 0  # the preamble is still searchable
    assert "宗旨" in json.loads(capsys.readouterr().out)["hits"][0]["text"]


def test_the_party_constitution_has_55_articles(capsys: pytest.CaptureFixture[str]) -> None:
    charter = regulations_dir() / "中国共产党章程.txt"
    assert main(["ingest", str(charter), "--quiet"]) == 0
    assert "新增：《中国共产党章程》第1版 55条" in capsys.readouterr().out
    assert main(["list"]) == 0
    assert "《中国共产党章程》\t现行有效\t公开\t55条" in capsys.readouterr().out


def test_search_without_a_knowledge_base_explains_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "党费"]) == 2
    assert "python -m knowledge ingest" in capsys.readouterr().err


def test_ingest_without_files_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(tmp_path / "none")]) == 2
    assert "没有找到可导入的文件" in capsys.readouterr().err


def test_ingest_into_an_unmigrated_database_says_to_migrate(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    write_samples(tmp_path / "regs")
    monkeypatch.setenv("DATABASE_URL", f"sqlite://{tmp_path}/empty.db")
    assert main(["ingest", str(tmp_path / "regs"), "--quiet"]) == 1
    assert "python -m server migrate" in capsys.readouterr().out


def test_ingest_reports_numbering_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "有缺条的规定.txt").write_text("有缺条的规定\n第一条　甲。\n第三条　乙。\n", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "有缺条的规定.txt"), "--quiet"]) == 0
    assert "第三条之前缺少第二条" in capsys.readouterr().out


def test_search_reads_the_configured_knowledge_dir_when_nothing_was_ingested(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    write_samples(tmp_path / "corpus")
    monkeypatch.setenv("BOT__KNOWLEDGE_DIR", str(tmp_path / "corpus"))
    assert main(["search", "支委会多久开一次", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["citation"] == "《示例支部会议规则》第三条"


def test_the_command_line_reads_the_environment_as_the_service_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge.environment import CliEnvironment
    from server.core.settings import Settings

    monkeypatch.delenv("DATABASE_URL")
    assert CliEnvironment().database_url == Settings(env="test").database_url  # the same default database
    monkeypatch.setenv("DATABASE_URL", f"sqlite://{tmp_path}/kb.db")
    monkeypatch.setenv("redis_url", "redis://127.0.0.1:6379/9")  # names are case-insensitive in both
    monkeypatch.setenv("BOT__KNOWLEDGE_DIR", str(tmp_path))
    env, settings = CliEnvironment(), Settings(env="test")
    assert (env.database_url, env.redis_url, env.knowledge_dir) == \
        (settings.database_url, settings.redis_url, settings.bot.knowledge_dir)
