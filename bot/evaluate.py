"""`python -m bot eval`: article-level retrieval, citation and abstention metrics, latency."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.chain import BotChain
from bot.schemas import Answer
from knowledge.lexicon import title_key
from knowledge.numerals import parse_numeral

Ref = tuple[str, int]  # (title key, article number)


@dataclass(frozen=True, slots=True)
class Question:
    qid: str
    text: str
    gold: frozenset[Ref]
    kind: str = ""

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


@dataclass(slots=True)
class Outcome:
    question: Question
    ranked: list[Ref]
    answer: Answer
    latency_ms: float


@dataclass(slots=True)
class Report:
    k: int
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    by_kind: dict[str, dict[str, float]] = field(default_factory=dict)


def article_number(label: str) -> int:
    """第二十二条 → 22; an unnumbered preamble (总纲, 序言) → 0, as the corpus numbers it."""
    if not (label.startswith("第") and label.endswith("条")):
        return 0
    return parse_numeral(label.removeprefix("第").removesuffix("条"))


def parse_question(row: dict[str, Any]) -> Question:
    """Gold = every ref, or regulation + articles when refs are absent."""
    refs = {(title_key(r["regulation"]), article_number(r["article"])) for r in row.get("refs") or []}
    if not refs and row.get("regulation"):
        refs = {(title_key(row["regulation"]), article_number(a)) for a in row.get("articles") or []}
    kind = str(row.get("kind") or row.get("style") or "")
    if not kind or (not refs and kind in {"quiz", "colloquial"}):
        kind = "answerable" if refs else "not_in_corpus"
    return Question(str(row.get("id", "")), row["question"], frozenset(refs), kind)


def load_questions(path: Path) -> list[Question]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse_question(json.loads(line)) for line in lines if line.strip()]


def run_one(chain: BotChain, question: Question, k: int) -> Outcome:
    started = time.perf_counter()
    prep = chain.prepare({"question": question.text, "history": [], "role": "staff"})
    answer = chain.finish(prep)
    latency = (time.perf_counter() - started) * 1000
    hits = prep.result.hits[:k] if prep.result else []
    ranked = [(title_key(h.document.title), h.article.number) for h in hits]
    if prep.result is None:  # answered from metadata: its citations are what it points to
        ranked = [(title_key(c.document), article_number(c.article)) for c in answer.citations[:k]]
    return Outcome(question, ranked, answer, latency)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def cited(answer: Answer) -> list[Ref]:
    return [(title_key(c.document), article_number(c.article)) for c in answer.citations]


def still_valid(chain: BotChain, answer: Answer) -> list[bool]:
    """Re-check each returned citation against the knowledge base, independently of the chain."""
    checks = []
    for c in answer.citations:
        doc = chain.index.document(c.document_id)
        art = chain.index.article_by_id(c.article_id)
        checks.append(
            bool(doc and art and doc.is_current and doc.title == c.document and art.label == c.article and art.text == c.text)
        )
    return checks


def _rank(outcome: Outcome) -> int | None:
    return next((i for i, ref in enumerate(outcome.ranked, start=1) if ref in outcome.question.gold), None)


def summarise(chain: BotChain, outcomes: list[Outcome], k: int) -> Report:
    report = Report(k)
    answerable = [o for o in outcomes if o.question.answerable]
    unanswerable = [o for o in outcomes if not o.question.answerable]
    ranks = [_rank(o) for o in answerable]
    n = max(len(answerable), 1)
    m = report.metrics
    for cut in sorted({1, 3, 5, k}):
        m[f"recall@{cut}"] = sum(1 for r in ranks if r is not None and r <= cut) / n
    m["mrr"] = sum(1 / r for r in ranks if r) / n
    m[f"gold_coverage@{k}"] = sum(len(set(o.ranked) & o.question.gold) / len(o.question.gold) for o in answerable) / n
    shown = [(o, ref) for o in outcomes if not o.answer.abstained for ref in cited(o.answer)]
    valid = [ok for o in outcomes for ok in still_valid(chain, o.answer)]
    m["citation_precision"] = sum(valid) / len(valid) if valid else 1.0
    gold_shown = [(o, ref) for o, ref in shown if o.question.answerable]
    m["citation_precision_gold"] = sum(ref in o.question.gold for o, ref in gold_shown) / len(gold_shown) if gold_shown else 1.0
    abstained = [o for o in outcomes if o.answer.abstained]
    correct = [o for o in abstained if not o.question.answerable]
    m["abstention_precision"] = len(correct) / len(abstained) if abstained else 1.0
    m["abstention_recall"] = len(correct) / len(unanswerable) if unanswerable else 1.0
    latencies = [o.latency_ms for o in outcomes]
    m["latency_p50_ms"] = percentile(latencies, 0.5)
    m["latency_p95_ms"] = percentile(latencies, 0.95)
    report.counts = {
        "questions": len(outcomes),
        "answerable": len(answerable),
        "not_in_corpus": len(unanswerable),
        "abstained": len(abstained),
        "false_abstentions": len(abstained) - len(correct),
        "citations": len(valid),
    }
    report.by_kind = {
        kind: kind_figures([o for o in outcomes if o.question.kind == kind])
        for kind in sorted({o.question.kind for o in outcomes})
    }
    report.by_kind["all"] = kind_figures(outcomes)
    report.failures = [_failure(o, r) for o, r in zip(answerable, ranks, strict=True) if r != 1]
    report.failures += [_failure(o, None) for o in unanswerable if not o.answer.abstained]
    report.failures += [_failure(o, r) for o, r in zip(answerable, ranks, strict=True) if o.answer.abstained and r == 1]
    return report


def kind_figures(outcomes: list[Outcome]) -> dict[str, float]:
    """Recall@1/5, MRR and the two abstention rates of one group of questions (one kind, or all)."""
    answerable = [o for o in outcomes if o.question.answerable]
    unanswerable = [o for o in outcomes if not o.question.answerable]
    ranks = [_rank(o) for o in answerable]
    n = len(answerable)
    figures: dict[str, float] = {"questions": len(outcomes), "answerable": n, "unanswerable": len(unanswerable)}
    if n:
        figures["recall@1"] = sum(1 for r in ranks if r == 1) / n
        figures["recall@5"] = sum(1 for r in ranks if r is not None and r <= 5) / n
        figures["mrr"] = sum(1 / r for r in ranks if r) / n
        figures["answerable_abstained"] = sum(o.answer.abstained for o in answerable) / n
        shown = [(o, ref) for o in answerable if not o.answer.abstained for ref in cited(o.answer)]
        figures["off_gold_citations"] = sum(ref not in o.question.gold for o, ref in shown)
    if unanswerable:
        figures["unanswerable_abstained"] = sum(o.answer.abstained for o in unanswerable) / len(unanswerable)
    return figures


KIND_COLUMNS = (
    ("questions", "n", "d"),
    ("recall@1", "R@1", ".3f"),
    ("recall@5", "R@5", ".3f"),
    ("mrr", "MRR", ".3f"),
    ("unanswerable_abstained", "拒答(不可答)", ".3f"),
    ("answerable_abstained", "误拒(可答)", ".3f"),
)


def format_kinds(name: str, by_kind: dict[str, dict[str, float]]) -> str:
    """One line per question kind: the figures `python -m bot eval` prints per set."""
    head = f"{name:<28}" + "".join(f"{label:>14}" for _, label, _ in KIND_COLUMNS)
    lines = [head]
    for kind, figures in by_kind.items():
        cells = [
            format(int(figures[key]) if spec == "d" else figures[key], spec) if key in figures else "-"
            for key, _, spec in KIND_COLUMNS
        ]
        lines.append(f"  {kind:<26}" + "".join(f"{cell:>14}" for cell in cells))
    return "\n".join(lines)


def _failure(o: Outcome, rank: int | None) -> dict[str, Any]:
    return {
        "id": o.question.qid,
        "question": o.question.text,
        "rank": rank,
        "abstained": o.answer.abstained,
        "reason": o.answer.reason,
        "cited": [f"{c.document}{c.article}" for c in o.answer.citations],
    }


def evaluate(chain: BotChain, questions: list[Question], k: int = 5) -> Report:
    if questions:  # warm up (tokeniser dictionary, caches) outside the timed runs
        run_one(chain, questions[0], k)
    outcomes = [run_one(chain, q, k) for q in questions]
    return summarise(chain, outcomes, k)


LABELS = {
    "recall@1": "Recall@1",
    "recall@3": "Recall@3",
    "recall@5": "Recall@5",
    "mrr": "MRR",
    "citation_precision": "citation precision（引用经知识库核验：文件与条文存在、现行有效、原文一致）",
    "citation_precision_gold": "citation precision vs gold（引用属于题目标注的依据条文）",
    "abstention_precision": "abstention precision（拒答精确率）",
    "abstention_recall": "abstention recall（拒答召回率）",
    "latency_p50_ms": "latency p50 (ms)",
    "latency_p95_ms": "latency p95 (ms)",
}


def format_report(report: Report) -> str:
    c = report.counts
    lines = [
        f"questions {c['questions']} (answerable {c['answerable']}, not in corpus {c['not_in_corpus']}); "
        f"abstained {c['abstained']}, false abstentions {c['false_abstentions']}; citations {c['citations']}"
    ]
    for key, value in report.metrics.items():
        label = LABELS.get(key) or key.replace("recall@", "Recall@").replace("gold_coverage@", "gold coverage@") + (
            "（依据条文覆盖率）" if key.startswith("gold") else ""
        )
        shown = f"{value:.1f}" if key.endswith("_ms") else f"{value:.3f}"
        lines.append(f"  {label:<16} {shown}")
    if report.failures:
        lines.append("not first, or wrongly abstained / answered（未在第一位命中或拒答有误）：")
        for f in report.failures:
            lines.append(
                f"  {f['id']} rank={f['rank']} abstained={f['abstained']}({f['reason']}) "
                f"{f['question']} → {'、'.join(f['cited']) or '-'}"
            )
    return "\n".join(lines)
