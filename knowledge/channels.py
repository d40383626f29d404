"""Sparse BM25 channels: term → (document, score) postings, scored with weighted query terms.

The scores are bm25s's ``lucene`` variant (tests check them against ``bm25s.BM25``). The
matrix is built here with vectorised numpy from cached token ids, because bm25s's own
builder walks every document in Python (≈3 s per 10 000 articles per channel).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
ScoreArray = npt.NDArray[np.floating[Any]]
IntArray = npt.NDArray[np.int32]
BoolArray = npt.NDArray[np.bool_]
K1 = 1.2
B = 0.75
MAX_DF_SHARE = 0.25
MIN_DF_LIMIT = 10_000



def nearest(
    similarities: ScoreArray, k: int, temperature: float, leave_out: BoolArray | None = None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
    """The `k` rows most similar (those in `leave_out` never) and their weights, summing to 1: a softmax of the
    similarity at `temperature`, so the nearest weighs most. Empty when no row may be read. The stores of earlier
    questions read their neighbours through here (answerability's neighbours, the re-rank's vote)."""
    if leave_out is not None:
        similarities = np.where(leave_out, -np.inf, similarities)
    k = min(k, int(np.isfinite(similarities).sum()))
    if k <= 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0)
    top = np.argpartition(-similarities, k - 1)[:k]
    weights = np.exp((similarities[top] - similarities[top].max()) / temperature)
    return top, weights / weights.sum()

@dataclass(frozen=True, slots=True)
class Bag:
    """A tokenised text: distinct token ids, their counts and the total token count."""

    ids: IntArray
    counts: IntArray
    length: int


def radix_argsort(keys: IntArray) -> npt.NDArray[np.intp]:
    """Stable argsort of non-negative int32 keys in two 16-bit radix passes (O(n))."""
    low = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    high = np.argsort((keys[low] >> 16).astype(np.uint16), kind="stable")
    return low[high]


@dataclass(slots=True)
class SparseChannel:
    """BM25 term-by-document scores in CSC form over a shared vocabulary."""

    vocab: Mapping[str, int]
    data: FloatArray
    indices: IntArray
    indptr: npt.NDArray[np.int64]
    num_docs: int

    @classmethod
    def build(cls, bags: Sequence[Bag], vocab: Mapping[str, int],
              k1: float = K1, b: float = B) -> SparseChannel:
        """Index documents given as bags of token ids of `vocab`."""
        n_docs, n_terms = len(bags), max(len(vocab), 1)
        if not n_docs:
            empty = np.zeros(0, dtype=np.int32)
            return cls(vocab, empty.astype(np.float32), empty, np.zeros(n_terms + 1, np.int64), 0)
        ids = np.concatenate([bag.ids for bag in bags])
        order = radix_argsort(ids)
        sizes = np.fromiter((len(bag.ids) for bag in bags), dtype=np.int64, count=n_docs)
        doc = np.repeat(np.arange(n_docs, dtype=np.int32), sizes)[order]
        ids = ids[order]
        tf = np.concatenate([bag.counts for bag in bags])[order].astype(np.float32)
        lengths = np.fromiter((bag.length for bag in bags), dtype=np.float32, count=n_docs)
        df = np.bincount(ids, minlength=n_terms)
        idf = np.log1p((n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        norm = (k1 * (1 - b + b * lengths / max(float(lengths.mean()), 1e-9))).astype(np.float32)
        data = idf[ids] * tf / (tf + norm[doc])
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        return cls(vocab, data, doc, indptr, n_docs)

    def df(self, token: str) -> int:
        tid = self.vocab.get(token)
        if tid is None or tid + 1 >= len(self.indptr):
            return 0
        return int(self.indptr[tid + 1] - self.indptr[tid])

    def idf(self, token: str) -> float:
        df = self.df(token)
        return float(np.log1p((self.num_docs - df + 0.5) / (df + 0.5)))

    def scores(self, weighted: Mapping[str, float]) -> ScoreArray:
        """Sum of weight × BM25 contribution over the query terms, for every document.

        In large corpora, terms found in more than MAX_DF_SHARE of the documents (and at
        least MIN_DF_LIMIT of them) are skipped: they discriminate little but their
        postings are the longest. Small knowledge bases are scored exactly.
        """
        parts_idx: list[IntArray] = []
        parts_val: list[FloatArray] = []
        limit = max(MIN_DF_LIMIT, MAX_DF_SHARE * self.num_docs)
        for token, weight in weighted.items():
            tid = self.vocab.get(token)
            if tid is None or tid + 1 >= len(self.indptr):
                continue
            lo, hi = self.indptr[tid], self.indptr[tid + 1]
            if 0 < hi - lo <= limit:
                parts_idx.append(self.indices[lo:hi])
                parts_val.append(self.data[lo:hi] * np.float32(weight))
        if not parts_idx:
            return np.zeros(self.num_docs, dtype=np.float64)
        idx = np.concatenate(parts_idx)
        val = np.concatenate(parts_val)
        summed: ScoreArray = np.bincount(idx, weights=val, minlength=self.num_docs).astype(np.float64, copy=False)
        return summed

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {
            f"{prefix}.data": self.data,
            f"{prefix}.indices": self.indices,
            f"{prefix}.indptr": self.indptr,
            f"{prefix}.num_docs": np.array([self.num_docs], dtype=np.int64),
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], prefix: str,
                    vocab: Mapping[str, int]) -> SparseChannel:
        return cls(
            vocab=vocab,
            data=arrays[f"{prefix}.data"].astype(np.float32),
            indices=arrays[f"{prefix}.indices"].astype(np.int32),
            indptr=arrays[f"{prefix}.indptr"].astype(np.int64),
            num_docs=int(arrays[f"{prefix}.num_docs"][0]),
        )


def top_indices(scores: ScoreArray, mask: BoolArray | None, limit: int) -> npt.NDArray[np.intp]:
    """Indices of the best positive scores (allowed by mask), best first."""
    if mask is not None and not mask.all():
        scores = np.where(mask, scores, 0.0)
    positive = np.flatnonzero(scores > 0)
    if positive.size > limit:
        part = np.argpartition(-scores[positive], limit - 1)[:limit]
        positive = positive[part]
    order = np.argsort(-scores[positive], kind="stable")
    return positive[order]
