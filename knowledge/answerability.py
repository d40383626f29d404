"""Can the knowledge base answer this? A small model over evidence features.

Trained on the tuning half of our own question set only (`python -m bot train-answerability`) and stored in
`knowledge/data/answerability.json`: a logistic regression for the lexical channels alone (`Model`) and
boosted trees for lexical + dense (`Trees`; the dense similarities are two more features, and their meaning
depends on the others — a similarity that answers a short question does not answer a long one — which a
linear model cannot express). Serving needs neither sklearn nor pickle: the trees are plain JSON.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.channels import BoolArray, FloatArray, nearest
from knowledge.index import SearchResult

MODEL_PATH = Path(__file__).parent / "data" / "answerability.json"
CONSIDERED_HITS = 3
LEXICAL_FEATURES = (
    "best_coverage",
    "top1_coverage",
    "margin",
    "top1_score",
    "domain_share",
    "asked",
    "asked_missing",
    "asked_unfocused",
    "named",
    "unknown_term",
    "units",
    "absent_share",
    "focus_top1",
    "focus_top3",
    "absent_any",
    "absent_units",
    "missing_share",
    "together_top1",
    "together_best",
    "asked_absent",
)
DENSE_FEATURES = ("dense_best", "dense_top1", "neighbours")
PHRASING_FEATURES = ("phrasing",)
NEIGHBOURS_PATH = MODEL_PATH.with_name("answerability-neighbours.npz")
NEIGHBOURS_K = 20
# Weights fall by e for every 0.02 of cosine below the nearest: e5's similarities between questions sit in a
# narrow band (0.80–0.95), so plain similarity weights made the 20 nearest count almost alike. Chosen by
# cross-validation on tuning + dev (bench/cv_answerability.py), never on the test half.
NEIGHBOURS_TEMPERATURE = 0.02


@dataclass(frozen=True)
class Neighbours:
    """The training questions' vectors (the dense channel's, unit length) and whether each was answerable.

    `share` is the share of answerable questions among the `NEIGHBOURS_K` nearest, the nearest weighing most
    (softmax of similarity at `NEIGHBOURS_TEMPERATURE`): how the questions most like this one turned out.
    Questions that ask one detail finer than the texts hold (…的色值是多少, …一般叫什么名字) resemble each
    other more than their words resemble any article."""

    vectors: FloatArray
    answerable: BoolArray

    def share(self, vector: FloatArray, leave_out: BoolArray | None = None) -> float:
        top, weights = nearest(self.vectors @ vector, NEIGHBOURS_K, NEIGHBOURS_TEMPERATURE, leave_out)
        return float((weights * self.answerable[top]).sum()) if len(top) else 0.5

    def save(self, path: Path = NEIGHBOURS_PATH) -> None:
        np.savez_compressed(path, vectors=self.vectors.astype(np.float16), answerable=self.answerable)


@cache
def load_neighbours(path: Path = NEIGHBOURS_PATH) -> Neighbours | None:
    if not path.exists():
        return None
    with np.load(path) as raw:
        return Neighbours(raw["vectors"].astype(np.float32), raw["answerable"].astype(bool))


PHRASING_PATH = MODEL_PATH.with_name("answerability-phrasing.json")
# Character 1- to 3-grams of the question, as sklearn's TfidfVectorizer(analyzer="char") cuts them.
PHRASING_GRAMS = (1, 3)
_SPACES = re.compile(r"\s\s+")


def char_grams(text: str, low: int = PHRASING_GRAMS[0], high: int = PHRASING_GRAMS[1]) -> list[str]:
    text = _SPACES.sub(" ", text.lower())
    return [text[i : i + n] for n in range(low, high + 1) for i in range(len(text) - n + 1)]


@dataclass(frozen=True)
class Phrasing:
    """How the question's own wording has turned out before: a logistic regression over the TF-IDF of its
    character n-grams (sublinear counts, unit length), fitted on the training questions' texts.

    The questions the corpus cannot answer have a way of asking — a figure finer than a rule gives (一式几份,
    每次至少谈多长时间), the form or the office behind a rule (模板在哪下载, 找哪个部门), a count or a name from
    history (一共选出了多少名) — that no article's words show, and which the dense neighbours only partly see."""

    terms: dict[str, tuple[float, float]]  # n-gram → (idf, weight)
    intercept: float

    def probability(self, text: str) -> float:
        counts = Counter(g for g in char_grams(text) if g in self.terms)
        values = {g: (1.0 + math.log(c)) * self.terms[g][0] for g, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        z = self.intercept + sum(v / norm * self.terms[g][1] for g, v in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path = PHRASING_PATH) -> None:
        terms = {g: [round(idf, 6), round(w, 6)] for g, (idf, w) in sorted(self.terms.items())}
        raw = {"grams": list(PHRASING_GRAMS), "intercept": self.intercept, "terms": terms}
        path.write_text(json.dumps(raw, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


@cache
def load_phrasing(path: Path = PHRASING_PATH) -> Phrasing | None:
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    if tuple(raw["grams"]) != PHRASING_GRAMS:
        return None
    return Phrasing({g: (float(idf), float(w)) for g, (idf, w) in raw["terms"].items()}, float(raw["intercept"]))


def features(result: SearchResult) -> dict[str, float]:
    """The evidence of one search: how well the best articles cover the question's focus terms, the
    score margin, how much of the question the domain knows, the question type, dense similarity."""
    hits = result.hits[:CONSIDERED_HITS]
    coverages = [h.evidence.coverage for h in hits] or [0.0]
    asked = bool(result.query.asked)
    scores = [h.score for h in result.hits[:2]] + [0.0, 0.0]
    values = {
        "best_coverage": max(coverages),
        "top1_coverage": coverages[0],
        "margin": scores[0] - scores[1],
        "top1_score": scores[0],
        "domain_share": result.domain_share,
        "asked": float(asked),
        "asked_missing": float(not result.states_asked(CONSIDERED_HITS)),
        "asked_unfocused": float(not result.focuses_asked(CONSIDERED_HITS)),
        "named": float(bool(result.query.named)),
        "unknown_term": float(bool(result.unknown_terms)),
        "units": min(len(result.query.units), 10) / 10,
        "absent_share": result.absent_share,
        "focus_top1": result.focus_top1,
        "focus_top3": result.focus_top3,
        "absent_any": float(result.absent_units > 0),
        "absent_units": min(result.absent_units, 3) / 3,
        "missing_share": result.missing_share,
        "together_top1": result.together_top1,
        "together_best": result.together_best,
        "asked_absent": result.asked_absent,
    }
    phrasing = load_phrasing()
    if phrasing is not None:
        values["phrasing"] = phrasing.probability(result.query.plain)
    if result.dense_best is not None and result.dense_top1 is not None:
        values["dense_best"] = result.dense_best
        values["dense_top1"] = result.dense_top1
        neighbours = load_neighbours()
        vector = result.query_vector
        if neighbours is not None and vector is not None and neighbours.vectors.shape[1:] == vector.shape:
            values["neighbours"] = neighbours.share(vector)
    return values


@dataclass(frozen=True, slots=True)
class Model:
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias + sum(
            w * (values.get(n, 0.0) - m) / s for n, m, s, w in zip(self.names, self.mean, self.scale, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def as_json(self) -> dict[str, object]:
        return {
            "names": list(self.names),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
        }


def fit(
    rows: Sequence[dict[str, float]],
    labels: Sequence[bool],
    names: Sequence[str],
    l2: float = 0.05,
    steps: int = 4000,
    rate: float = 0.3,
) -> Model:
    """L2-regularised logistic regression by gradient descent on standardised features."""
    x = np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=np.float64)
    y = np.array(labels, dtype=np.float64)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = (x - mean) / scale
    w, b = np.zeros(len(names)), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= rate * (z.T @ (p - y) / len(y) + l2 * w)
        b -= rate * float(np.mean(p - y))
    return Model(tuple(names), tuple(mean.tolist()), tuple(scale.tolist()), tuple(w.tolist()), b, 0.5)


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree: node i splits on feature[i] at cut[i] (left when the value is ≤ cut); a leaf has
    left == -1 and holds value."""

    feature: tuple[int, ...]
    cut: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def predict(self, x: Sequence[float]) -> float:
        node = 0
        while self.left[node] >= 0:
            node = self.left[node] if x[self.feature[node]] <= self.cut[node] else self.right[node]
        return self.value[node]

    def as_json(self) -> dict[str, object]:
        return {"feature": self.feature, "cut": self.cut, "left": self.left, "right": self.right, "value": self.value}

    @classmethod
    def from_json(cls, raw: dict[str, list[float]]) -> Tree:
        return cls(
            tuple(int(v) for v in raw["feature"]),
            tuple(float(v) for v in raw["cut"]),
            tuple(int(v) for v in raw["left"]),
            tuple(int(v) for v in raw["right"]),
            tuple(float(v) for v in raw["value"]),
        )


@dataclass(frozen=True, slots=True)
class Trees:
    """Gradient-boosted trees: log-odds = base + rate × the sum of every tree's leaf."""

    names: tuple[str, ...]
    base: float
    rate: float
    trees: tuple[Tree, ...]
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        # The trees were grown on float32 inputs (as sklearn stores them): compare in the same precision.
        x = [float(np.float32(values.get(n, 0.0))) for n in self.names]
        z = self.base + self.rate * sum(t.predict(x) for t in self.trees)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def as_json(self) -> dict[str, object]:
        return {
            "kind": "trees",
            "names": list(self.names),
            "base": self.base,
            "rate": self.rate,
            "threshold": self.threshold,
            "trees": [t.as_json() for t in self.trees],
        }


Scorer = Model | Trees


def save(models: dict[str, Scorer], path: Path = MODEL_PATH) -> None:
    path.write_text(
        json.dumps({k: m.as_json() for k, m in models.items()}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def _from_json(v: dict[str, Any]) -> Scorer:
    if v.get("kind") == "trees":
        return Trees(
            tuple(v["names"]), float(v["base"]), float(v["rate"]), tuple(Tree.from_json(t) for t in v["trees"]),
            float(v["threshold"]),
        )
    return Model(
        tuple(v["names"]), tuple(v["mean"]), tuple(v["scale"]), tuple(v["weights"]), float(v["bias"]), float(v["threshold"])
    )


@cache
def load(path: Path = MODEL_PATH) -> dict[str, Scorer]:
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {k: _from_json(v) for k, v in raw.items()}


def model_for(values: dict[str, float], models: dict[str, Scorer] | None = None) -> Scorer | None:
    """The dense model when the search gave every feature it reads (a missing neighbour store, say, would read as
    zeros — "every similar question was unanswerable" — and abstain on nearly everything), else the lexical one
    on the same condition; None when neither has its features (the caller falls back to coverage)."""
    models = load() if models is None else models
    for name in ("dense", "lexical"):
        model = models.get(name)
        if model is not None and all(n in values for n in model.names):
            return model
    return None
