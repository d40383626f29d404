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

from knowledge.channels import BoolArray

Rows = npt.NDArray[np.float64]  # one row of `names` per candidate

RANKER_PATH = Path(__file__).parent / "data" / "ranker.json"
# scope_on / scope_off: the candidate's regulation is the one written for the setting the question describes (机关,
# 高校; knowledge/data/scopes.txt), or one written for another setting.
LEXICAL_FEATURES = ("fused", "coverage", "named", "focused", "stated", "together", "preamble", "scope_on", "scope_off")
DENSE_FEATURES = ("dense", "dense_gap", "passage_dense", "passage_gap")
# Chosen on two twin-grouped halves of tuning + dev (bench/retrieval_halves.py) before the test half was read.
L2 = 0.1
STEPS = 400
RATE = 0.5


def feature_names(dense: bool) -> tuple[str, ...]:
    return LEXICAL_FEATURES + (DENSE_FEATURES if dense else ())


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
