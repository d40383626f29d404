"""Sparse BM25 channels (built with bm25s) scored with weighted query terms and a document mask."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
BoolArray = npt.NDArray[np.bool_]


@dataclass(slots=True)
class SparseChannel:
    """BM25 term-by-document scores in CSC form: one column of (doc, score) pairs per term."""

    vocab: dict[str, int]
    data: FloatArray
    indices: npt.NDArray[np.int32]
    indptr: npt.NDArray[np.int64]
    num_docs: int

    @classmethod
    def build(cls, docs: Sequence[Sequence[int]], vocab: Mapping[str, int],
              k1: float = 1.2, b: float = 0.75) -> SparseChannel:
        """Index documents given as token ids of a shared vocabulary."""
        import bm25s  # lazy: the import pulls in a fair amount of code

        used = sorted({t for doc in docs for t in doc})
        remap = {old: new for new, old in enumerate(used)}
        inverse = {i: tok for tok, i in vocab.items()}
        local_vocab = {inverse[old]: new for old, new in remap.items()}
        ids = [[remap[t] for t in doc] or [] for doc in docs]
        model = bm25s.BM25(k1=k1, b=b, method="lucene")
        model.index((ids, dict(local_vocab)), create_empty_token=False, show_progress=False)
        scores = model.scores
        return cls(
            vocab=local_vocab,
            data=np.asarray(scores["data"], dtype=np.float32),
            indices=np.asarray(scores["indices"], dtype=np.int32),
            indptr=np.asarray(scores["indptr"], dtype=np.int64),
            num_docs=int(scores["num_docs"]),
        )

    def df(self, token: str) -> int:
        tid = self.vocab.get(token)
        if tid is None or tid + 1 >= len(self.indptr):
            return 0
        return int(self.indptr[tid + 1] - self.indptr[tid])

    def idf(self, token: str) -> float:
        df = self.df(token)
        return math.log(1 + (self.num_docs - df + 0.5) / (df + 0.5))

    def scores(self, weighted: Mapping[str, float]) -> FloatArray:
        """Sum of weight × BM25 contribution over the query terms, for every document."""
        parts_idx: list[npt.NDArray[np.int32]] = []
        parts_val: list[FloatArray] = []
        for token, weight in weighted.items():
            tid = self.vocab.get(token)
            if tid is None or tid + 1 >= len(self.indptr):
                continue
            lo, hi = self.indptr[tid], self.indptr[tid + 1]
            parts_idx.append(self.indices[lo:hi])
            parts_val.append(self.data[lo:hi] * np.float32(weight))
        if not parts_idx:
            return np.zeros(self.num_docs, dtype=np.float32)
        idx = np.concatenate(parts_idx)
        val = np.concatenate(parts_val)
        return np.bincount(idx, weights=val, minlength=self.num_docs).astype(np.float32)

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        tokens = sorted(self.vocab, key=self.vocab.__getitem__)
        return {
            f"{prefix}_vocab": np.array(tokens, dtype=np.str_),
            f"{prefix}_data": self.data,
            f"{prefix}_indices": self.indices,
            f"{prefix}_indptr": self.indptr,
            f"{prefix}_num_docs": np.array([self.num_docs], dtype=np.int64),
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], prefix: str) -> SparseChannel:
        tokens = arrays[f"{prefix}_vocab"].tolist()
        return cls(
            vocab={tok: i for i, tok in enumerate(tokens)},
            data=arrays[f"{prefix}_data"].astype(np.float32),
            indices=arrays[f"{prefix}_indices"].astype(np.int32),
            indptr=arrays[f"{prefix}_indptr"].astype(np.int64),
            num_docs=int(arrays[f"{prefix}_num_docs"][0]),
        )


def top_indices(scores: FloatArray, mask: BoolArray | None, limit: int) -> npt.NDArray[np.intp]:
    """Indices of the best positive scores (allowed by mask), best first."""
    if mask is not None:
        scores = np.where(mask, scores, np.float32(0))
    positive = np.flatnonzero(scores > 0)
    if positive.size > limit:
        part = np.argpartition(-scores[positive], limit - 1)[:limit]
        positive = positive[part]
    order = np.argsort(-scores[positive], kind="stable")
    return positive[order]
