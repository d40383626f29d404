"""The learned re-rank: fitted listwise on candidate rows, stored as numbers, read by the index."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import knowledge.index as index_module
from knowledge.ranker import QuestionVotes, Ranker, feature_names, fit_ranker, load_ranker, load_votes, save_rankers
from tests.knowledge.samples import sample_index


def _lists(n: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Questions of eight candidates; the gold one stands out on `signal`, noisily; `noise` says nothing."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        gold = np.zeros(8, dtype=bool)
        gold[rng.integers(8)] = True
        signal = rng.normal(0, 1, 8) + 1.5 * gold
        out.append((np.column_stack([signal, rng.normal(0, 1, 8)]), gold))
    return out


def _top1(model: Ranker, lists: list[tuple[np.ndarray, np.ndarray]]) -> float:
    return float(np.mean([gold[int(np.argmax(model.scores(rows)))] for rows, gold in lists]))


def test_the_fitted_ranker_puts_gold_first_on_questions_it_never_saw() -> None:
    model = fit_ranker(_lists(300, 1), ("signal", "noise"))
    weights = dict(zip(model.names, model.weights, strict=True))
    assert weights["signal"] > 5 * abs(weights["noise"])
    held_out = _lists(300, 2)
    assert _top1(model, held_out) > 0.45  # chance is 1/8; the hand-tuned perfect rule (argmax signal) gets ~0.5
    assert _top1(Ranker(("signal", "noise"), (0.0, 0.0), (1.0, 1.0), (0.0, 1.0)), held_out) < 0.25


def test_questions_without_gold_among_their_candidates_teach_nothing() -> None:
    lists = _lists(100, 3)
    blind = [(rows, np.zeros(len(rows), dtype=bool)) for rows, _ in _lists(100, 4)]
    assert fit_ranker(lists + blind, ("signal", "noise")) == fit_ranker(lists, ("signal", "noise"))
    with pytest.raises(ValueError, match="no question"):
        fit_ranker(blind, ("signal", "noise"))


def test_stored_as_numbers_and_read_only_for_its_own_features(tmp_path: Path) -> None:
    path = tmp_path / "ranker.json"
    dense_model = fit_ranker([(np.column_stack([rows] * 7)[:, : len(feature_names(True))], gold) for rows, gold in _lists(50, 5)], feature_names(True))
    save_rankers({"dense": dense_model}, path)
    assert load_ranker(True, path) == dense_model
    assert load_ranker(False, path) is None  # no lexical model stored: the index keeps its hand weights
    path.write_text('{"dense": {"names": ["fused"], "mean": [0], "scale": [1], "weights": [1]}}', encoding="utf-8")
    load_ranker.cache_clear()
    assert load_ranker(True, path) is None  # written for other features: ignored, never misread


def test_the_shipped_model_matches_the_features_the_index_computes() -> None:
    load_ranker.cache_clear()
    shipped = load_ranker(True)
    assert shipped is not None and shipped.names == feature_names(True)
    assert load_ranker(False) is None
    rows, articles = sample_index().candidate_rows("支委会多久开一次？")
    assert rows.shape == (len(articles), len(feature_names(False)))
    assert 0 < len(articles) <= index_module.RERANK_POOL


def test_the_index_orders_its_candidates_by_the_ranker(monkeypatch: pytest.MonkeyPatch) -> None:
    index = sample_index()
    question = "党费按什么比例交纳？"
    names = feature_names(False)
    by_coverage = Ranker(names, (0.0,) * len(names), (1.0,) * len(names), tuple(float(n == "coverage") for n in names))
    against = Ranker(names, (0.0,) * len(names), (1.0,) * len(names), tuple(-float(n == "coverage") for n in names))
    monkeypatch.setattr(index_module, "load_ranker", lambda dense: by_coverage)
    coverages = [h.evidence.coverage for h in index.search(question, k=10).hits]
    assert coverages == sorted(coverages, reverse=True) and coverages[0] > coverages[-1]
    monkeypatch.setattr(index_module, "load_ranker", lambda dense: against)
    assert [h.evidence.coverage for h in index.search(question, k=10).hits] == coverages[::-1]
    monkeypatch.setattr(index_module, "load_ranker", lambda dense: None)  # no model: the hand-set weights
    assert index.search(question).hits[0].evidence.coverage == max(coverages)


@pytest.mark.parametrize(("question", "setting"), [
    ("我是局党组成员，支部的组织生活我也得去吗？", "中国共产党党和国家机关基层组织工作条例"),
    ("学院党委书记要不要定期召集支部书记开会？", "中国共产党普通高等学校基层组织工作条例"),
    ("支委会多久开一次？", None),
])
def test_a_question_describing_a_setting_marks_the_regulation_written_for_it(
    real_index: index_module.KnowledgeIndex, question: str, setting: str | None
) -> None:
    """scope_on for the candidates of the setting's regulation, scope_off for those of a regulation written for
    another setting, neither for the general ones (knowledge/data/scopes.txt)."""
    rows, articles = real_index.candidate_rows(question)
    names = feature_names(False)
    on, off = rows[:, names.index("scope_on")], rows[:, names.index("scope_off")]
    scoped = {"中国共产党党和国家机关基层组织工作条例", "中国共产党普通高等学校基层组织工作条例"}
    titles = [real_index.corpus.documents[a.doc_id].title for a in articles]
    assert list(on) == [float(t == setting) for t in titles]
    assert list(off) == [float(t in scoped and t != setting) for t in titles]
    if setting is not None:
        assert on.any()


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_the_vote_is_the_share_of_the_nearest_questions_gold_the_nearest_weighing_most(tmp_path: Path) -> None:
    angles = [0.0, 0.01, 0.3, np.pi / 2]  # cosines to the first: 1, 1.000, 0.955, 0
    store = QuestionVotes(
        np.stack([_unit(np.cos(a), np.sin(a)) for a in angles]),
        ((("甲条例", 3),), (("甲条例", 3), ("乙规定", 1)), (("乙规定", 2),), (("丙办法", 9),)),
    )
    votes = store.votes(_unit(1, 0))
    assert abs(sum(votes.values()) - 1.0) < 1e-6  # a question with two gold articles splits its weight
    assert votes[("甲条例", 3)] > 0.7 and votes[("甲条例", 3)] > 2 * votes[("乙规定", 1)]
    assert votes.get(("丙办法", 9), 0.0) < 1e-6  # far off: e^(-50) of the nearest
    alone = store.votes(_unit(1, 0), leave_out=np.array([True, True, False, False]))
    assert max(alone, key=alone.__getitem__) == ("乙规定", 2)  # without the first two, the next nearest decides
    assert store.without(np.array([True, True, False, False])).votes(_unit(1, 0)) == alone
    store.save(tmp_path / "q.npz")
    again = load_votes(tmp_path / "q.npz")
    assert again is not None and again.gold == store.gold
    assert abs(again.votes(_unit(1, 0))[("甲条例", 3)] - votes[("甲条例", 3)]) < 0.02  # vectors kept as float16
    assert QuestionVotes(np.zeros((0, 2), dtype=np.float32), ()).votes(_unit(1, 0)) == {}
