"""The article index: BM25 over words and character n-grams of articles, passages and heads.

Channels are fused with reciprocal-rank fusion; the best candidates are then re-ranked by
how much of the question they cover (lexical evidence), and a regulation named in the
question boosts its articles. Plain synchronous code; build it in a thread.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt

from knowledge.answer_types import asking_clauses
from knowledge.channels import Bag, BoolArray, FloatArray, ScoreArray, SparseChannel, top_indices
from knowledge.evidence import (
    Evidence,
    absent,
    is_domain,
    measure,
    occurs,
    outside_missing,
    together,
    unit_weight,
    unknown_terms,
)
from knowledge.lexicon import canonical, title_key
from knowledge.passages import split_passages
from knowledge.query import Query, RegulationRegistry, analyze, quoted_terms
from knowledge.ranker import QuestionVotes, Rows, load_ranker, load_votes
from knowledge.records import VISIBILITY_PUBLIC, ArticleRecord, Corpus, DocumentMeta, may_see
from knowledge.tokencache import TokenCache
from knowledge.tokenize import Tokenizer

RRF_K = 5.0
_SHORTHAND = re.compile(r"[两二三四五六七八九十2-9]个?[\u4e00-\u9fff]{1,4}")
CANDIDATES = 100
PASSAGES_PER_CANDIDATE = 3
RERANK_POOL = 20
# The articles the vote (the nearest training questions' gold) favours most join the pool when fusion left them out
# (dense channel only): the gold of 2 % of the tuning questions was outside the fused 20, mostly colloquial
# situations (卧床的老党员 → 行动不便) asked before in other words. On the two twin-grouped halves of tuning + dev,
# re-rank fitted on the other (bench/retrieval_halves.py --cross): R@5 0.972 / 0.960 with none, 0.979 / 0.968 with
# 3, 5 or 10; 3 had the best R@1 and MRR (0.845 / 0.828, 0.903 / 0.888). Never read on the test half.
VOTE_POOL = 3
EVIDENCE_WEIGHT = 1.0  # 0.5 until batch 7: on two halves of tuning + dev (1,212) 0.75–1.25 is a plateau, R@1 +0.01 either channel set
FOCUSED_BONUS = 0.2
NAMED_BOOST = 2.0
PREAMBLE_FACTOR = 0.5
CHANNEL_WEIGHTS = {
    "article_words": 1.0,
    "article_grams": 0.5,
    "passage_words": 1.0,
    "passage_grams": 0.5,
    "head_words": 0.5,
    "head_grams": 0.25,
    "dense": 2.5,  # 0.5 until batch 3: on the 358-question tuning half 2.0–3.0 is a plateau (R@1 0.873 → 0.910)
}
VIEWS = ("article", "passage", "head")


class DenseScorer(Protocol):
    """An optional dense channel: cosine similarity of the question to every article."""

    def prefetch(self, question: str) -> None:
        """Start computing the question's side early (it may overlap the lexical channels)."""

    def scores(self, question: str) -> FloatArray: ...

    def query_vector(self, question: str) -> FloatArray:
        """The question's vector (unit length; cached, so asking after `scores` embeds nothing)."""
        ...

    def passage_scores(self, question: str) -> FloatArray | None:
        """Each article's best passage similarity (None when passages have no vectors)."""
        ...


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
    # The dense channel's view (when on): best similarity to any allowed article, and to the first hit.
    dense_best: float | None = None
    dense_top1: float | None = None
    query_vector: FloatArray | None = None  # the question's dense vector (unit length)
    domain_share: float = 1.0  # share of the question's weighted units known to the corpus or dictionary
    absent_share: float = 0.0  # share of the question's IDF weight in units no article can contain
    focus_top1: float = 1.0  # the question's most specific unit is in the first hit (1) or not (0)
    focus_top3: float = 1.0  # … in one of the first three hits
    absent_units: int = 0  # units of two or more characters that no article can contain
    missing_share: float = 0.0  # unweighted share of those units the best of the first three hits lacks
    together_top1: float = 1.0  # the most of the question's focus one sentence of the first hit states together
    together_best: float = 1.0  # … of any of the first three hits
    # A unit of two or more characters in a clause that asks (…的分辨率是多少) that no article can contain:
    # the question asks about something the corpus never mentions, however well its setting matches.
    asked_absent: float = 0.0
    # A body/tax/scheme beyond the Party's rules that the question names and hit 1 does not (beyond_party_rules).
    outside_missing: list[str] = field(default_factory=list)

    def states_asked(self, considered: int = 3) -> bool:
        """The first hits state every kind of quantity the question asks for (or it asks none) — together: a
        question asking a number and a term of office may find them in two articles."""
        asked = set(self.query.asked)
        return not asked or asked <= {kind for h in self.hits[:considered] for kind in h.evidence.stated}

    def focuses_asked(self, considered: int = 3) -> bool:
        """One of the first hits states an asked quantity in a sentence naming the question's focus (or it asks none)."""
        asked = set(self.query.asked)
        return not asked or any(asked & set(h.evidence.focused) for h in self.hits[:considered])


@dataclass(slots=True)
class Channels:
    """Sparse channels by name (view × words/grams); passage rows map to their article."""

    sparse: dict[str, SparseChannel]
    passage_owner: npt.NDArray[np.int32]


def index_text(doc: DocumentMeta, art: ArticleRecord) -> str:
    """The text an article is indexed by: its title, headings, label and body."""
    return "\n".join([doc.title, *art.headings, art.label, art.text])


def head_text(doc: DocumentMeta, art: ArticleRecord) -> str:
    """What an article is about: title, headings and its opening sentence."""
    first = art.text.split("\n", 1)[0]
    lead = re.split(r"(?<=[。：；])", first, maxsplit=1)[0]
    return "\n".join([doc.title, *art.headings, lead])


def view_texts(corpus: Corpus) -> tuple[dict[str, list[str]], list[int]]:
    """The texts of every view, and the article each passage belongs to."""
    views: dict[str, list[str]] = {view: [] for view in VIEWS}
    owner: list[int] = []
    for pos, art in enumerate(corpus.articles):
        doc = corpus.documents[art.doc_id]
        views["article"].append(index_text(doc, art))
        views["head"].append(head_text(doc, art))
        for passage in split_passages(art.text):
            views["passage"].append(f"{doc.title}\n{passage}")
            owner.append(pos)
    return views, owner


def build_channels(corpus: Corpus, tokenizer: Tokenizer, cache: TokenCache) -> Channels:
    """Tokenise through the cache, then build the channels in parallel (numpy drops the GIL)."""
    views, owner = view_texts(corpus)
    jobs: dict[str, tuple[list[Bag], dict[str, int]]] = {}
    for view, texts in views.items():
        bags = [cache.get(tokenizer, text) for text in texts]
        jobs[f"{view}_words"] = ([w for w, _ in bags], cache.vocab["words"])
        jobs[f"{view}_grams"] = ([g for _, g in bags], cache.vocab["grams"])
    workers = min(len(jobs), os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(SparseChannel.build, *job) for name, job in jobs.items()}
        sparse = {name: future.result() for name, future in futures.items()}
    return Channels(sparse, np.array(owner, dtype=np.int32))


class KnowledgeIndex:
    """In-memory search over the articles of a corpus."""

    def __init__(
        self,
        corpus: Corpus,
        tokenizer: Tokenizer,
        channels: Channels,
        cache: TokenCache | None = None,
        dense: DenseScorer | None = None,
    ) -> None:
        self.corpus = corpus
        self.tokenizer = tokenizer
        self.channels = channels
        self.cache = cache or TokenCache()
        self.dense = dense
        self.digest = ""  # names the content it was built from (set by whoever builds it)
        lex = tokenizer.lexicon
        self.registry = RegulationRegistry.build(lex, corpus.documents.values())
        rule_words = frozenset(canonical(x) for r in lex.rules for x in (r.trigger, *r.expansions))
        self.dictionary = frozenset(canonical(w) for w in lex.words) | rule_words
        # Dictionary words with no synonym rule: if the corpus lacks one, so does the answer.
        self._plain_terms = sorted(w for w in (canonical(x) for x in lex.words) if len(w) >= 2 and w not in rule_words)
        self._outside = tuple(canonical(w) for w in lex.outside)
        self._lexicon = lex
        self._scoped = frozenset(title for title, _ in lex.scopes)  # regulations written for one setting (机关, 高校)
        docs = [corpus.documents[a.doc_id] for a in corpus.articles]
        self._texts: dict[int, str] = {}  # canonical article texts, made when first needed
        self._by_number = {(a.doc_id, a.number): a for a in corpus.articles if a.number}
        self._by_id = {a.key: a for a in corpus.articles}
        doc_pos = {doc_id: i for i, doc_id in enumerate(corpus.documents)}
        self._title_keys = {doc_id: title_key(d.title) for doc_id, d in corpus.documents.items()}
        self._doc_index = np.array([doc_pos[a.doc_id] for a in corpus.articles], dtype=np.int32)
        self._current = np.array([d.is_current for d in docs], dtype=bool)
        self._public = np.array([d.visibility == VISIBILITY_PUBLIC for d in docs], dtype=bool)
        self._preamble = np.array([a.number == 0 for a in corpus.articles], dtype=bool)
        # The training questions the re-rank's `vote` reads (dense channel only); training swaps in its own.
        self.votes: QuestionVotes | None = load_votes()
        self._positions: dict[tuple[str, int], list[int]] | None = None  # (title key, number) → article positions

    @classmethod
    def build(
        cls, corpus: Corpus, tokenizer: Tokenizer | None = None, cache: TokenCache | None = None, dense: DenseScorer | None = None
    ) -> KnowledgeIndex:
        """Tokenise (through the cache) and index every article, passage and head."""
        tokenizer = tokenizer or Tokenizer()
        cache = cache if cache is not None else TokenCache()
        return cls(corpus, tokenizer, build_channels(corpus, tokenizer, cache), cache, dense)

    def __len__(self) -> int:
        return len(self.corpus.articles)

    @property
    def words(self) -> SparseChannel:
        return self.channels.sparse["article_words"]

    def text(self, position: int) -> str:
        """The canonical text evidence is measured in (title, headings, label, body)."""
        text = self._texts.get(position)
        if text is None:
            art = self.corpus.articles[position]
            text = self._texts[position] = canonical(index_text(self.corpus.documents[art.doc_id], art))
        return text

    def document(self, doc_id: str) -> DocumentMeta | None:
        return self.corpus.documents.get(doc_id)

    def article_by_id(self, article_id: str) -> ArticleRecord | None:
        return self._by_id.get(article_id)

    def article(self, doc_id: str, number: int) -> ArticleRecord | None:
        """The numbered article of a document version, if the index holds it."""
        return self._by_number.get((doc_id, number))

    def documents_named(self, key: str) -> list[DocumentMeta]:
        """Every version of the regulation with this title key."""
        return [self.corpus.documents[i] for i in self.registry.kb_keys.get(key, [])]

    def mask(self, role: str | None, history: bool, doc_ids: Sequence[str] | None) -> BoolArray:
        """Articles the asker may see: visibility by role, current versions unless history."""
        allowed = np.ones(len(self), dtype=bool)
        if not may_see("内部", role):
            allowed &= self._public
        if not history:
            allowed &= self._current
        if doc_ids is not None:
            positions = [i for i, d in enumerate(self.corpus.documents) if d in set(doc_ids)]
            allowed &= np.isin(self._doc_index, positions)
        return allowed

    def search(
        self,
        question: str,
        *,
        k: int = 5,
        role: str | None = None,
        history: bool | None = None,
        doc_ids: Sequence[str] | None = None,
    ) -> SearchResult:
        """Rank articles for a question; each hit carries its lexical evidence."""
        query = analyze(question, self.tokenizer, self.registry)
        allowed = self.mask(role, query.wants_history if history is None else history, doc_ids)
        candidates, dense = self._pooled(query, allowed, k)
        if candidates is None:
            return SearchResult(question, query)
        ranked = self._rerank(candidates)[:k]
        hits = [
            Hit(self.corpus.articles[i], self.corpus.documents[self.corpus.articles[i].doc_id], score, rank, evidence, named)
            for rank, (score, i, evidence, named) in enumerate(ranked, start=1)
        ]
        texts = [self.text(i) for _, i, _, _ in ranked]
        grams = self.channels.sparse["article_grams"]
        unknown = unknown_terms(canonical(query.text), self._plain_terms, self.words, grams, texts)
        unknown += self._unquoted(query, allowed, unknown)
        result = SearchResult(question, query, hits, unknown, domain_share=self._domain_share(query))
        result.outside_missing = outside_missing(canonical(query.text), self._outside, texts[0])
        self._focus(query, result, texts)
        if dense is not None and allowed.any():
            result.dense_best = float(dense[allowed].max()) - 1.0
            result.dense_top1 = float(dense[ranked[0][1]]) - 1.0
        if self.dense is not None and dense is not None:
            result.query_vector = self.dense.query_vector(query.text)  # cached by the dense channel
        return result

    def _unquoted(self, query: Query, allowed: BoolArray, known: list[str]) -> list[str]:
        """Quoted phrases that no article the asker may see contains, even loosely. A numbered shorthand
        (“四个合格”, “四史”) names a list that an article may spell out item by item without the name."""
        missing = []
        for term in (canonical(t) for t in quoted_terms(query.text)):
            if _SHORTHAND.fullmatch(term):
                continue
            if term not in known and not any(occurs(term, self.text(int(i))) for i in np.flatnonzero(allowed)):
                missing.append(term)
        return missing

    def _focus(self, query: Query, result: SearchResult, texts: list[str]) -> None:
        """Focus-term evidence: the weight of units absent from the corpus, whether the question's most
        specific unit (highest IDF) is in the first hit / the first three, and how much of its focus one
        sentence states together."""
        if not query.units or not result.hits:
            return
        weights = [unit_weight(u, self.words, self.dictionary) for u in query.units]
        shares = [together(query, weights, t) for t in texts[:3]]
        result.together_top1, result.together_best = shares[0], max(shares)
        total = sum(weights) or 1.0
        grams = self.channels.sparse["article_grams"]
        result.absent_share = (
            sum(
                w
                for u, w in zip(query.units, weights, strict=True)
                if all(absent(alt, self.words, grams) for alt in u.alternatives)
            )
            / total
        )
        long_units = [u for u in query.units if max(len(a) for a in u.alternatives) >= 2]
        absent_units = [u for u in long_units if all(absent(a, self.words, grams) for a in u.alternatives)]
        result.absent_units = len(absent_units)
        asking = asking_clauses(canonical(query.text))
        result.asked_absent = float(any(a in c for u in absent_units for a in u.alternatives for c in asking))
        if long_units:
            best = max(result.hits[:3], key=lambda h: h.evidence.coverage)
            lacking = set(best.evidence.missing)
            result.missing_share = sum(u.alternatives[0] in lacking for u in long_units) / len(long_units)
        focus = query.units[max(range(len(weights)), key=weights.__getitem__)].alternatives[0]
        result.focus_top1 = float(focus in result.hits[0].evidence.matched)
        result.focus_top3 = float(any(focus in h.evidence.matched for h in result.hits[:3]))

    def _domain_share(self, query: Query) -> float:
        """How much of the question (by unit weight) the corpus or the 党建 dictionary knows."""
        total = sum(u.weight for u in query.units)
        known = sum(u.weight for u in query.units if any(is_domain(alt, self.words, self.dictionary) for alt in u.alternatives))
        return known / total if total else 0.0

    def _pooled(
        self, query: Query, allowed: BoolArray, k: int = 5, leave_out: BoolArray | None = None
    ) -> tuple[Candidates | None, FloatArray | None]:
        """The best fused candidates (an article's preamble counting less), best first, with their re-rank rows —
        None when nothing matched — and the dense channel's article similarities (shifted by 1), when on. Both the
        search and the ranker's training (`candidate_rows`) go through here, so they see the same candidates.
        `leave_out` marks the training questions the vote must not read (training: the question and its twins)."""
        fused, dense, passage = self._fuse(query, allowed)
        fused[self._preamble] *= PREAMBLE_FACTOR
        pool = top_indices(fused, allowed, max(RERANK_POOL, k))
        if not len(pool):
            return None, dense
        votes: dict[tuple[str, int], float] = {}
        if dense is not None and self.dense is not None and self.votes is not None:
            votes = self.votes.votes(self.dense.query_vector(query.text), leave_out)
            if VOTE_POOL:
                pool = self._nominated(pool, votes, allowed)
        return self._candidates(query, fused, (dense, passage), allowed, pool, votes), dense

    def _nominated(self, pool: npt.NDArray[np.intp], votes: dict[tuple[str, int], float], allowed: BoolArray) -> npt.NDArray[np.intp]:
        """The pool plus the `VOTE_POOL` articles the vote favours most that fusion left out."""
        if self._positions is None:
            self._positions = defaultdict(list)
            for i, a in enumerate(self.corpus.articles):
                if a.number:
                    self._positions[(self._title_keys[a.doc_id], a.number)].append(i)
        taken = set(pool.tolist())
        extra: list[int] = []
        for key, _ in sorted(votes.items(), key=lambda kv: -kv[1]):
            extra += [i for i in self._positions.get(key, ()) if allowed[i] and i not in taken]
            if len(extra) >= VOTE_POOL:
                break
        extra = extra[:VOTE_POOL]
        return np.concatenate([pool, np.array(extra, dtype=pool.dtype)]) if extra else pool

    def _candidates(
        self, query: Query, fused: FloatArray, dense_view: tuple[FloatArray | None, FloatArray | None], allowed: BoolArray,
        pool: npt.NDArray[np.intp], votes: dict[tuple[str, int], float],
    ) -> Candidates:
        """Each pooled article's evidence and its row of re-rank features (`knowledge.ranker`). `dense_view` is the
        dense channel's article similarities (shifted by 1, as fused) and best-passage similarities, when on;
        `votes` the nearest training questions' vote per (title key, article number) — empty without the dense channel."""
        dense, passage = dense_view
        if dense is not None and passage is None:  # no passage vectors: the article stands for its one passage
            passage = dense - 1.0
        weights = [unit_weight(u, self.words, self.dictionary) for u in query.units]
        named_keys = set(query.named)
        top = float(fused[pool[0]]) or 1.0
        dense_max = float(dense[allowed].max()) if dense is not None else 0.0
        passage_max = float(passage[allowed].max()) if passage is not None else 0.0
        indices = [int(p) for p in pool]
        setting = self._lexicon.settings(query.text)
        evidences, named, rows = [], [], []
        for i in indices:
            text = self.text(i)
            evidence = measure(query, weights, text)
            key = self._title_keys[self.corpus.articles[i].doc_id]
            is_named = key in named_keys
            row = [float(fused[i]) / top, evidence.coverage, float(is_named), float(bool(evidence.focused)),
                   float(bool(evidence.stated)), together(query, weights, text), float(self._preamble[i]),
                   float(key in setting), float(key in self._scoped and key not in setting)]
            if dense is not None and passage is not None:
                row += [float(dense[i]) - 1.0, float(dense[i]) - dense_max, float(passage[i]), float(passage[i]) - passage_max,
                        votes.get((key, self.corpus.articles[i].number), 0.0)]
            evidences.append(evidence)
            named.append(is_named)
            rows.append(row)
        return Candidates(indices, evidences, named, np.array(rows, dtype=np.float64), dense is not None)

    def _rerank(self, candidates: Candidates) -> list[tuple[float, int, Evidence, bool]]:
        """The candidates ordered by the learned re-rank (`knowledge/data/ranker.json`), else by hand weights."""
        ranker = load_ranker(candidates.dense)
        scores = ranker.scores(candidates.rows).tolist() if ranker else [_hand_score(row) for row in candidates.rows]
        scored = list(zip(scores, candidates.indices, candidates.evidences, candidates.named, strict=True))
        scored.sort(key=lambda item: -item[0])
        return scored

    def candidate_rows(
        self, question: str, role: str | None = "staff", leave_out: BoolArray | None = None
    ) -> tuple[Rows, list[ArticleRecord]]:
        """The re-rank's features for a question's pooled candidates, and those articles (for training the ranker)."""
        query = analyze(question, self.tokenizer, self.registry)
        candidates, _ = self._pooled(query, self.mask(role, query.wants_history, None), leave_out=leave_out)
        if candidates is None:
            return np.zeros((0, 0)), []
        return candidates.rows, [self.corpus.articles[i] for i in candidates.indices]

    def _fuse(self, query: Query, allowed: BoolArray) -> tuple[FloatArray, FloatArray | None, FloatArray | None]:
        """Reciprocal-rank fusion of the channels; with the dense channel on, also its article similarities (shifted
        by 1) and each article's best passage similarity (None without passage vectors)."""
        fused = np.zeros(len(self), dtype=np.float32)
        dense: FloatArray | None = None
        passage: FloatArray | None = None
        passage_allowed: BoolArray | None = None
        if self.dense is not None:
            self.dense.prefetch(query.text)
        for name, channel in self.channels.sparse.items():
            weight = CHANNEL_WEIGHTS.get(name, 0.0)
            if not weight:
                continue
            scores = channel.scores(query.words if name.endswith("_words") else query.grams)
            if name.startswith("passage_"):
                if passage_allowed is None:
                    passage_allowed = allowed[self.channels.passage_owner]
                ranked = self._articles_by_passage(scores, passage_allowed)
            else:
                ranked = top_indices(scores, allowed, CANDIDATES)
            _add_ranks(fused, ranked, weight)
        if self.dense is not None and len(scores := self.dense.scores(query.text)) == len(self):
            dense = scores
            ranked = top_indices(dense, allowed, CANDIDATES)
            _add_ranks(fused, ranked, CHANNEL_WEIGHTS["dense"])
            passage = self.dense.passage_scores(query.text)  # as long as the article scores, or None
        return fused, dense, passage

    def _articles_by_passage(self, scores: ScoreArray, allowed: BoolArray) -> npt.NDArray[np.intp]:
        """Articles ranked by their best passage: first appearance in the passage ranking."""
        passages = top_indices(scores, allowed, CANDIDATES * PASSAGES_PER_CANDIDATE)
        owners = self.channels.passage_owner[passages]
        _, first = np.unique(owners, return_index=True)
        return owners[np.sort(first)][:CANDIDATES].astype(np.intp)


@dataclass(frozen=True, slots=True)
class Candidates:
    """The pooled articles of one search, best fused first, with their evidence and re-rank feature rows."""

    indices: list[int]
    evidences: list[Evidence]
    named: list[bool]
    rows: Rows
    dense: bool


def _hand_score(row: Rows) -> float:
    """The re-rank's weights before the learned model (and without its file): fused share, coverage, a named
    regulation, the asked quantity stated beside the focus."""
    fused, coverage, named, focused = (float(v) for v in row[:4])
    return fused + EVIDENCE_WEIGHT * coverage + NAMED_BOOST * named + FOCUSED_BONUS * focused


def _add_ranks(fused: FloatArray, ranked: npt.NDArray[np.intp], weight: float) -> None:
    """Reciprocal-rank fusion: add weight / (k + rank) for a channel's best candidates."""
    ranks = np.arange(1, len(ranked) + 1, dtype=np.float32)
    fused[ranked] += weight / (RRF_K + ranks)
