"""The re-rank as a learned model: a linear score over each candidate's evidence, fitted on the tuning half.

The index fuses its channels by reciprocal rank and takes the best `RERANK_POOL` articles; each then gets a row of
`FEATURES` (`KnowledgeIndex._candidates`) and this model orders them. It is fitted listwise — a softmax over one
question's candidates, its gold articles the targets — by `python -m bot train-ranker` on the tuning half and
`dev_questions.jsonl` only, and stored as plain numbers in `knowledge/data/ranker.json`: one model for the lexical
channels alone and one with the dense channel (four more features: the article's similarity and its best
passage's, each also as the gap to the best of any article). Without the file the index falls back to the
hand-set weights it had before (`KnowledgeIndex._hand_score`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from knowledge.channels import BoolArray, nearest

Rows = npt.NDArray[np.float64]  # one row of `names` per candidate

RANKER_PATH = Path(__file__).parent / "data" / "ranker.json"
# scope_on / scope_off: the candidate's regulation is the one written for the setting the question describes (机关,
# 高校; knowledge/data/scopes.txt), or one written for another setting.
LEXICAL_FEATURES = ("fused", "coverage", "named", "focused", "stated", "together", "preamble", "scope_on", "scope_off")
# vote: how much of the nearest training questions' gold the candidate is (`QuestionVotes`).
DENSE_FEATURES = ("dense", "dense_gap", "passage_dense", "passage_gap", "vote")
VOTES_PATH = RANKER_PATH.with_name("ranker-questions.npz")
# The 20 nearest training questions, weights falling by e for every 0.02 of cosine below the nearest — the neighbour
# store's setting (knowledge/answerability.py); checked against (10, 0.02) on two twin-grouped halves of tuning +
# dev and kept (bench/retrieval_halves.py), never on the test half.
VOTE_K = 20
VOTE_TEMPERATURE = 0.02

ArticleKey = tuple[str, int]  # (title_key of the regulation, article number)
# Chosen on two twin-grouped halves of tuning + dev (bench/retrieval_halves.py) before the test half was read.
L2 = 0.1
STEPS = 400
RATE = 0.5


def feature_names(dense: bool) -> tuple[str, ...]:
    return LEXICAL_FEATURES + (DENSE_FEATURES if dense else ())


@dataclass(frozen=True)
class QuestionVotes:
    """The answerable training questions' dense vectors (unit length) and their gold articles.

    A new question's vote for an article is the share of its `VOTE_K` nearest training questions (the nearest
    weighing most) whose gold it is: colloquial wordings of one situation (老张退休了党费怎么交 / 退休金交多少党费)
    sit closer to each other than to the article's words, so the questions already answered point the way."""

    vectors: npt.NDArray[np.float32]
    gold: tuple[tuple[ArticleKey, ...], ...]

    def votes(self, vector: npt.NDArray[np.float32], leave_out: BoolArray | None = None) -> dict[ArticleKey, float]:
        if not len(self.gold):
            return {}
        top, weights = nearest(self.vectors @ vector, VOTE_K, VOTE_TEMPERATURE, leave_out)
        found: dict[ArticleKey, float] = {}
        for row, weight in zip(top.tolist(), weights.tolist(), strict=True):
            for key in self.gold[row]:
                found[key] = found.get(key, 0.0) + weight / len(self.gold[row])
        return found

    def without(self, hidden: BoolArray) -> QuestionVotes:
        """The store less the questions marked (training reads a question as new: not itself nor its twins)."""
        kept = ~hidden
        return QuestionVotes(self.vectors[kept], tuple(g for g, k in zip(self.gold, kept.tolist(), strict=True) if k))

    def save(self, path: Path = VOTES_PATH) -> None:
        refs = np.array(["\n".join(f"{title}\t{number}" for title, number in keys) for keys in self.gold], dtype=str)
        np.savez_compressed(path, vectors=self.vectors.astype(np.float16), gold=refs)
        load_votes.cache_clear()


@cache
def load_votes(path: Path = VOTES_PATH) -> QuestionVotes | None:
    if not path.exists():
        return None
    with np.load(path) as raw:
        gold = tuple(
            tuple((title, int(number)) for title, number in (line.split("\t") for line in str(refs).split("\n") if line))
            for refs in raw["gold"]
        )
        return QuestionVotes(raw["vectors"].astype(np.float32), gold)


@dataclass(frozen=True, slots=True)
class Ranker:
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]

    def scores(self, rows: Rows) -> Rows:
        """One score per candidate row (columns in `names` order); higher ranks first."""
        z = (rows - np.asarray(self.mean)) / np.asarray(self.scale)
        return np.asarray(z @ np.asarray(self.weights), dtype=np.float64)

    def as_json(self) -> dict[str, object]:
        return {"names": list(self.names), "mean": list(self.mean), "scale": list(self.scale), "weights": list(self.weights)}

    @classmethod
    def from_json(cls, raw: dict[str, list[float] | list[str]]) -> Ranker:
        return cls(
            tuple(str(n) for n in raw["names"]),
            tuple(float(v) for v in raw["mean"]),
            tuple(float(v) for v in raw["scale"]),
            tuple(float(v) for v in raw["weights"]),
        )


@cache
def load_ranker(dense: bool, path: Path = RANKER_PATH) -> Ranker | None:
    """The model for this channel set, or None (no file, or one written for other features)."""
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8")).get("dense" if dense else "lexical")
    if not raw:
        return None
    ranker = Ranker.from_json(raw)
    return ranker if ranker.names == feature_names(dense) else None


def save_rankers(models: dict[str, Ranker], path: Path = RANKER_PATH) -> None:
    path.write_text(json.dumps({k: m.as_json() for k, m in models.items()}, indent=1) + "\n", encoding="utf-8")
    load_ranker.cache_clear()


def fit_ranker(
    lists: Sequence[tuple[Rows, BoolArray]], names: Sequence[str], l2: float = L2, steps: int = STEPS, rate: float = RATE
) -> Ranker:
    """Listwise softmax regression: for each question, the probability its candidates' scores give its gold
    articles together is pushed up. Questions whose gold is not among the candidates teach nothing and are left out.
    Features are standardised over all candidates; gradient descent, L2 on the weights."""
    kept = [(x, y) for x, y in lists if y.any() and len(x)]
    if not kept:
        raise ValueError("no question has a gold article among its candidates")
    width = max(len(x) for x, _ in kept)
    features = np.zeros((len(kept), width, len(names)))
    present = np.zeros((len(kept), width), dtype=bool)
    gold = np.zeros((len(kept), width), dtype=bool)
    for q, (x, y) in enumerate(kept):
        features[q, : len(x)], present[q, : len(x)], gold[q, : len(x)] = x, True, y
    rows = features[present]
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = np.where(present[..., None], (features - mean) / scale, 0.0)
    weights = np.zeros(len(names))
    for _ in range(steps):
        s = np.where(present, z @ weights, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        target = np.where(gold, p, 0.0)
        target /= target.sum(axis=1, keepdims=True)
        grad = np.einsum("qc,qcf->f", p - target, z) / len(kept) + l2 * weights
        weights -= rate * grad
    return Ranker(tuple(names), tuple(mean.tolist()), tuple(scale.tolist()), tuple(weights.tolist()))
