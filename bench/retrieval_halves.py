"""Retrieval weights checked on two halves of tuning + dev (never the test half): R@1 / R@5 / MRR per half.

    .venv/bin/python bench/retrieval_halves.py                       # the shipped weights
    .venv/bin/python bench/retrieval_halves.py EVIDENCE_WEIGHT=0.75 dense=3.5 --lexical

Needs the service's knowledge base (`python -m knowledge ingest ../shared/regulations`). The answerable questions
are dealt into two halves by twin group (seed 77), so a change is read twice on questions apart from each other.
Each argument NAME=VALUE overrides a module constant of `knowledge.index` (upper case: EVIDENCE_WEIGHT, RRF_K,
NAMED_BOOST, FOCUSED_BONUS, PREAMBLE_FACTOR, RERANK_POOL) or a channel weight (lower case: dense, head_words, …).
Retrieval only: the ranking `BotChain` answers from, without abstention.

The shipped re-rank model (knowledge/data/ranker.json) was fitted on all of tuning + dev, so both halves are in
its sample; `--cross` fits it afresh on each half and reads the other (the figure to trust), `--hand` uses the
hand-set re-rank weights instead.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import knowledge.index as index_module  # noqa: E402
from bot.cli import default_sets, make_chain  # noqa: E402
from bot.evaluate import Question, load_questions, title_key  # noqa: E402
from bot.questions import twin_groups  # noqa: E402
from bot.train import train_ranker  # noqa: E402

SEED = 77


def halves(questions: list[Question]) -> tuple[list[Question], list[Question]]:
    groups = twin_groups(questions)
    kept = [(q, g) for q, g in zip(questions, groups, strict=True) if q.answerable]
    names = sorted({g for _, g in kept})
    random.Random(SEED).shuffle(names)
    first = set(names[: len(names) // 2])
    return [q for q, g in kept if g in first], [q for q, g in kept if g not in first]


def override(assignments: list[str]) -> None:
    for item in assignments:
        name, _, value = item.partition("=")
        if name.isupper():
            current = getattr(index_module, name)
            setattr(index_module, name, type(current)(float(value)))
        elif name in index_module.CHANNEL_WEIGHTS:
            index_module.CHANNEL_WEIGHTS[name] = float(value)
        else:
            raise SystemExit(f"unknown weight {name!r}")


def figures(chain_index: index_module.KnowledgeIndex, questions: list[Question]) -> tuple[float, float, float]:
    ranks: list[int | None] = []
    for q in questions:
        hits = chain_index.search(q.text, k=5, role="staff").hits
        ranked = [(title_key(h.document.title), h.article.number) for h in hits]
        ranks.append(next((i for i, ref in enumerate(ranked, start=1) if ref in q.gold), None))
    n = len(ranks) or 1
    return (sum(r == 1 for r in ranks) / n, sum(r is not None for r in ranks) / n, sum(1 / r for r in ranks if r) / n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("weights", nargs="*", help="NAME=VALUE")
    ap.add_argument("--lexical", action="store_true", help="without the dense channel")
    ap.add_argument("--cross", action="store_true", help="fit the re-rank on one half, read it on the other")
    ap.add_argument("--hand", action="store_true", help="the hand-set re-rank weights, not the learned model")
    args = ap.parse_args()
    override(args.weights)
    chain = make_chain(argparse.Namespace(corpus=None, role="staff"))
    if args.lexical:
        chain.index.dense = None
    questions = [q for p in default_sets() if p.stem != "test" for q in load_questions(p)]
    parts = halves(questions)
    for name, part, other in zip("AB", parts, parts[::-1], strict=True):
        if args.hand:
            index_module.load_ranker = lambda dense: None  # type: ignore[assignment]
        elif args.cross:
            fitted, votes = train_ranker(chain.index, other)
            index_module.load_ranker = lambda dense, fitted=fitted: fitted  # type: ignore[assignment]
            chain.index.votes = votes  # the vote reads the other half's questions only
        r1, r5, mrr = figures(chain.index, part)
        print(f"half {name} ({len(part)} answerable): R@1 {r1:.3f}  R@5 {r5:.3f}  MRR {mrr:.3f}", flush=True)


if __name__ == "__main__":
    main()
