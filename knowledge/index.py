"""The article index: BM25 words + character n-grams (+ optional dense), fused with RRF."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from knowledge.channels import BoolArray, FloatArray, SparseChannel, top_indices
from knowledge.evidence import Evidence, measure, unit_weight, unknown_terms
from knowledge.lexicon import canonical, title_key
from knowledge.query import Query, RegulationRegistry, analyze
from knowledge.passages import split_passages
from knowledge.records import VISIBILITY_PUBLIC, ArticleRecord, Corpus, DocumentMeta, may_see
from knowledge.tokenize import TokenCache, Tokenizer

RRF_K = 5.0
CANDIDATES = 100
RERANK_POOL = 30
EVIDENCE_WEIGHT = 0.5
NAMED_BOOST = 2.0
PREAMBLE_FACTOR = 0.5
CHANNEL_WEIGHTS = {
    "article_words": 1.0, "article_grams": 0.5,
    "passage_words": 1.0, "passage_grams": 0.5,
    "head_words": 0.5, "head_grams": 0.25,
    "dense": 0.5,
}


@dataclass(frozen=True, slots=True)
class Hit:
    article: ArticleRecord
    document: DocumentMeta
    score: float
    rank: int
    evidence: Evidence
    is_named: bool

    @property
    def citation(self) -> str:
        return f"《{self.document.title}》{self.article.label}"


@dataclass(slots=True)
class SearchResult:
    question: str
    query: Query
    hits: list[Hit] = field(default_factory=list)
    unknown_terms: list[str] = field(default_factory=list)

    @property
    def named_documents(self) -> list[str]:
        return self.query.named

    @property
    def unknown_regulations(self) -> list[str]:
        return self.query.unknown


def index_text(doc: DocumentMeta, art: ArticleRecord) -> str:
    """The text an article is indexed by: its title, headings, label and body."""
    return "\n".join([doc.title, *art.headings, art.label, art.text])


def head_text(doc: DocumentMeta, art: ArticleRecord) -> str:
    """What an article is about: its headings and its opening sentence."""
    first = art.text.split("\n", 1)[0]
    lead = re.split(r"(?<=[。：；])", first, maxsplit=1)[0]
    return "\n".join([doc.title, *art.headings, lead])


@dataclass(slots=True)
class Channels:
    """Sparse channels by name (views × words/grams); passage channels map to their article."""

    sparse: dict[str, SparseChannel]
    passage_owner: npt.NDArray[np.int32]


class KnowledgeIndex:
    """In-memory search over the articles of a corpus; plain synchronous code."""

    def __init__(self, corpus: Corpus, tokenizer: Tokenizer, channels: Channels,
                 dense: DenseChannelLike | None = None) -> None:
        self.corpus = corpus
        self.tokenizer = tokenizer
        self.channels = channels
        self.dense = dense
        lex = tokenizer.lexicon
        self.registry = RegulationRegistry.build(lex, corpus.documents.values())
        self.dictionary = frozenset(canonical(w) for w in lex.words) | frozenset(
            canonical(x) for r in lex.rules for x in (r.trigger, *r.expansions))
        docs = [corpus.documents[a.doc_id] for a in corpus.articles]
        self._texts = [canonical(index_text(d, a)) for d, a in zip(docs, corpus.articles, strict=True)]
        self._by_label = {(a.doc_id, a.number): a for a in corpus.articles if a.number}
        self._title_keys = np.array([title_key(d.title) for d in docs])
        self._current = np.array([d.is_current for d in docs], dtype=bool)
        self._public = np.array([d.visibility == VISIBILITY_PUBLIC for d in docs], dtype=bool)
        self._preamble = np.array([a.number == 0 for a in corpus.articles], dtype=bool)

    @property
    def words(self) -> SparseChannel:
        return self.channels.sparse["article_words"]

    def _doc(self, art: ArticleRecord) -> DocumentMeta:
        return self.corpus.documents[art.doc_id]

    @classmethod
    def build(cls, corpus: Corpus, tokenizer: Tokenizer | None = None,
              cache: TokenCache | None = None) -> KnowledgeIndex:
        """Tokenise (through the cache) and index every article, head and passage."""
        tokenizer = tokenizer or Tokenizer()
        cache = cache if cache is not None else TokenCache()
        views: dict[str, list[str]] = {"article": [], "head": [], "passage": []}
        owner: list[int] = []
        for pos, art in enumerate(corpus.articles):
            doc = corpus.documents[art.doc_id]
            views["article"].append(index_text(doc, art))
            views["head"].append(head_text(doc, art))
            for passage in split_passages(art.text):
                views["passage"].append(f"{doc.title}\n{passage}")
                owner.append(pos)
        sparse: dict[str, SparseChannel] = {}
        for view, texts in views.items():
            tokens = [cache.get(tokenizer, text) for text in texts]
            sparse[f"{view}_words"] = build_channel([w for w, _ in tokens])
            sparse[f"{view}_grams"] = build_channel([g for _, g in tokens])
        return cls(corpus, tokenizer, Channels(sparse, np.array(owner, dtype=np.int32)))

    def __len__(self) -> int:
        return len(self.corpus.articles)

    def article(self, doc_id: str, number: int) -> ArticleRecord | None:
        return self._by_label.get((doc_id, number))

    def documents_for_title(self, key: str) -> list[DocumentMeta]:
        ids = self.registry.kb_keys.get(key, [])
        return [self.corpus.documents[i] for i in ids]

    def mask(self, role: str | None, history: bool, doc_ids: Sequence[str] | None) -> BoolArray:
        """Articles the asker may see: visibility by role, current versions unless history."""
        allowed = np.ones(len(self), dtype=bool)
        if not may_see("内部", role):
            allowed &= self._public
        if not history:
            allowed &= self._current
        if doc_ids is not None:
            wanted = set(doc_ids)
            allowed &= np.array([a.doc_id in wanted for a in self.corpus.articles], dtype=bool)
        return allowed

    def search(self, question: str, *, k: int = 5, role: str | None = "staff",
               history: bool | None = None, doc_ids: Sequence[str] | None = None) -> SearchResult:
        """Rank articles for a question; each hit carries its lexical evidence."""
        query = analyze(question, self.tokenizer, self.registry)
        wants_history = query.wants_history if history is None else history
        allowed = self.mask(role, wants_history, doc_ids)
        fused = self._fuse(query, allowed)
        fused[self._preamble] *= PREAMBLE_FACTOR
        pool = top_indices(fused, allowed, max(RERANK_POOL, k))
        if not len(pool):
            return SearchResult(question, query, [])
        weights = [unit_weight(u, self.words, self.dictionary) for u in query.units]
        top = float(fused[pool[0]])
        scored = []
        for i in pool:
            evidence = measure(query, weights, self._texts[i])
            named = bool(query.named) and self._title_keys[i] in query.named
            score = float(fused[i]) / top + EVIDENCE_WEIGHT * evidence.coverage + NAMED_BOOST * named
            scored.append((score, int(i), evidence, named))
        scored.sort(key=lambda item: -item[0])
        hits = [self._hit(i, score, rank, evidence, named)
                for rank, (score, i, evidence, named) in enumerate(scored[:k], start=1)]
        texts = [self._texts[i] for _, i, _, _ in scored[:k]]
        unknown = unknown_terms(query, self.words, self.dictionary, texts)
        return SearchResult(question, query, hits, unknown)

    def _fuse(self, query: Query, allowed: BoolArray) -> FloatArray:
        fused = np.zeros(len(self), dtype=np.float32)
        for name, channel in self.channels.sparse.items():
            weight = CHANNEL_WEIGHTS.get(name, 0.0)
            if not weight:
                continue
            terms = query.words if name.endswith("_words") else query.grams
            scores = channel.scores(terms)
            if name.startswith("passage_"):
                scores = self._per_article(scores)
            self._add_ranks(fused, scores, allowed, weight)
        if self.dense is not None:
            self._add_ranks(fused, self.dense.scores(query.text), allowed, CHANNEL_WEIGHTS["dense"])
        return fused

    @staticmethod
    def _add_ranks(fused: FloatArray, scores: FloatArray, allowed: BoolArray, weight: float) -> None:
        ranked = top_indices(scores, allowed, CANDIDATES)
        ranks = np.arange(1, len(ranked) + 1, dtype=np.float32)
        fused[ranked] += weight / (RRF_K + ranks)

    def _per_article(self, passage_scores: FloatArray) -> FloatArray:
        out = np.zeros(len(self), dtype=np.float32)
        nz = np.flatnonzero(passage_scores)
        np.maximum.at(out, self.channels.passage_owner[nz], passage_scores[nz])
        return out

    def _hit(self, i: int, score: float, rank: int, evidence: Evidence, named: bool) -> Hit:
        art = self.corpus.articles[i]
        return Hit(art, self._doc(art), score, rank, evidence, named)


class DenseChannelLike:
    """What the index needs from an optional dense channel."""

    def scores(self, question: str) -> FloatArray:  # pragma: no cover - interface
        raise NotImplementedError


def build_channel(docs: list[list[str]]) -> SparseChannel:
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in docs]
    return SparseChannel.build(ids, vocab)
