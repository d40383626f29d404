"""Quality targets on the shared corpus (skipped when ../shared/regulations is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chain import BotChain
from bot.evaluate import evaluate, load_questions
from knowledge.index import KnowledgeIndex
from knowledge.retriever import KnowledgeRetriever

OWN_SETS = Path(__file__).resolve().parents[1] / "knowledge" / "data"


@pytest.fixture(scope="module")
def chain(real_index: KnowledgeIndex) -> BotChain:
    return BotChain(KnowledgeRetriever(index=real_index, role="staff"))


def test_dev_questions_meet_the_targets(chain: BotChain, corpus_dir: Path) -> None:
    report = evaluate(chain, load_questions(corpus_dir / "dev_questions.jsonl"))
    m, c = report.metrics, report.counts
    assert m["recall@1"] >= 0.85, report.failures
    assert m["recall@5"] >= 0.98
    assert m["mrr"] >= 0.90
    assert m["abstention_recall"] == 1.0 and c["false_abstentions"] <= 1
    assert m["citation_precision"] == 1.0


@pytest.mark.parametrize("name", ["own_questions.jsonl", "holdout_questions.jsonl"])
def test_questions_written_for_this_project_generalise(chain: BotChain, name: str, corpus_dir: Path) -> None:
    report = evaluate(chain, load_questions(OWN_SETS / name))
    m, c = report.metrics, report.counts
    assert m["recall@5"] >= 0.9, report.failures
    assert m["recall@1"] >= 0.7
    assert c["false_abstentions"] <= 1
    assert m["abstention_recall"] >= 0.9
    assert m["citation_precision"] == 1.0
