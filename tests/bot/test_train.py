"""Fitting the answerability models: boosted trees exported to JSON, the threshold read off held-out probabilities."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from bot.train import (
    TREES,
    declined_by_rules,
    fit_phrasing,
    fit_trees,
    fold_of,
    out_of_fold,
    threshold,
    with_neighbours,
    with_phrasing,
)
from knowledge.answerability import (
    PHRASING_GRAMS,
    Neighbours,
    Trees,
    fit,
    load,
    load_neighbours,
    load_phrasing,
    model_for,
    save,
)
from knowledge.confidence import QUANTITY_DOUBT, Rules


def _rows(n: int, seed: int) -> tuple[list[dict[str, float]], list[bool]]:
    rng = np.random.default_rng(seed)
    labels = [bool(i % 3) for i in range(n)]
    rows = [{"signal": float(y) + float(rng.normal(0, 0.8)), "noise": float(rng.normal())} for y in labels]
    return rows, labels


def test_out_of_fold_probabilities_come_from_models_that_never_saw_the_question() -> None:
    rows, labels = _rows(120, 1)
    # One question the model can only learn from itself: a far-out value of a feature nobody else has.
    rows.append({"signal": 0.0, "noise": 0.0, "odd": 25.0})
    labels.append(True)
    names = ("signal", "noise", "odd")
    inside = fit(rows, labels, names).probability(rows[-1])
    held_out = out_of_fold(rows, labels, names)
    assert len(held_out) == len(rows)
    assert held_out == out_of_fold(rows, labels, names)  # a fixed seed: training twice gives one threshold
    assert inside > 0.9  # the model fitted on it leans on "odd" to call it answerable …
    assert held_out[-1] < inside - 0.2  # … a model without it cannot


def test_twins_are_held_out_together() -> None:
    """Two questions only each other can teach (a far-out value of a feature nobody else has): apart, each is
    learnt from its twin; held out together, neither is — which is what a new question sees."""
    rows, labels = _rows(120, 3)
    rows += [{"signal": 0.0, "noise": 0.0, "odd": 25.0}, {"signal": 0.0, "noise": 0.0, "odd": 24.0}]
    labels += [True, True]
    names = ("signal", "noise", "odd")
    groups = [*range(120), 500, 500]
    apart = out_of_fold(rows, labels, names)
    together = out_of_fold(rows, labels, names, groups=groups)
    assert fold_of(range(122), 5)[-1] != fold_of(range(122), 5)[-2]  # apart, the twins sit in two folds
    assert min(apart[-2:]) > 0.85
    assert max(together[-2:]) < min(apart[-2:]) - 0.2
    fold = fold_of(groups, 5)
    assert fold[-1] == fold[-2] and {fold.count(k) for k in range(5)} <= {24, 25}


def test_the_threshold_keeps_false_abstention_within_the_share() -> None:
    rows, labels = _rows(300, 2)
    probabilities = out_of_fold(rows, labels, ("signal", "noise"))
    for share in (0.0, 0.03, 0.1):
        cut = threshold(probabilities, labels, share)
        answerable = [p for p, y in zip(probabilities, labels, strict=True) if y]
        below = sum(p < cut for p in answerable)
        assert below <= share * len(answerable)
        assert below == int(share * len(answerable))  # the highest such threshold, not a lower one


def test_the_rules_refusals_count_in_the_threshold_budget() -> None:
    rows, labels = _rows(300, 2)
    probabilities = out_of_fold(rows, labels, ("signal", "noise"))
    answerable = [i for i, y in enumerate(labels) if y]
    # a rule declines five answerable questions the model ranks highest: they use up part of the budget
    declined = [False] * len(labels)
    for i in sorted(answerable, key=lambda i: -probabilities[i])[:5]:
        declined[i] = True
    share = 0.1
    cut = threshold(probabilities, labels, share, declined)
    refused = sum(declined[i] or probabilities[i] < cut for i in answerable)
    assert refused == int(share * len(answerable))
    assert cut < threshold(probabilities, labels, share)
    # a budget the rules alone exceed leaves the model nothing to refuse
    assert threshold(probabilities, labels, 0.01, declined) == 0.0


def test_the_quantity_rule_declines_only_while_the_model_doubts() -> None:
    quantity = Rules(None, quantity_unstated=True, beyond=False)
    assert quantity.reason(None) == "quantity_not_stated"  # no model: every rule is hard
    assert quantity.reason(QUANTITY_DOUBT - 0.01) == "quantity_not_stated"
    assert quantity.reason(QUANTITY_DOUBT) is None
    assert Rules(None, True, beyond=True).reason(0.9) == "beyond_party_rules"
    assert Rules("unknown_term", True, True).reason(0.99) == "unknown_term"
    assert declined_by_rules([quantity, None, Rules(None, False, False)], [0.2, 0.0, 0.0]) == [True, False, False]


def test_boosted_trees_export_to_json_and_score_as_sklearn_does(tmp_path: Path) -> None:
    from sklearn.ensemble import GradientBoostingClassifier

    rows, labels = _rows(200, 3)
    for r in rows:  # an interaction a linear model cannot express: signal counts only when noise is low
        r["signal"] *= float(r["noise"] < 0.5)
    names = ("signal", "noise")
    trees = fit_trees(rows, labels, names)
    x = np.array([[r[n] for n in names] for r in rows])
    reference = GradientBoostingClassifier(**TREES).fit(x, np.array(labels)).predict_proba(x)[:, 1]
    ours = [trees.probability(r) for r in rows]
    assert np.allclose(ours, reference, atol=1e-9)
    path = tmp_path / "answerability.json"
    save({"dense": replace(trees, threshold=0.42)}, path)
    loaded = load(path)["dense"]
    assert isinstance(loaded, Trees) and loaded.threshold == 0.42
    assert [loaded.probability(r) for r in rows] == ours  # the JSON holds every number exactly
    assert loaded.probability({}) == trees.probability({"signal": 0.0, "noise": 0.0})  # a missing feature reads 0


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_the_neighbour_share_weighs_the_nearest_questions_most(tmp_path: Path) -> None:
    angle = [0.0, 0.2, 0.25, np.pi]  # cosines to the first: 1, 0.980, 0.969, -1
    store = Neighbours(np.stack([_unit(np.cos(a), np.sin(a)) for a in angle]), np.array([False, True, True, False]))
    beside_no = store.share(_unit(1, 0))
    assert 0.2 < beside_no < 0.5  # two "yes" a little further still count, the nearest "no" counts most
    assert store.share(_unit(-1, 0)) < 1e-6  # the opposite "no" alone is near
    assert store.share(_unit(1, 0), leave_out=np.array([True, False, False, False])) > 0.99
    store.save(tmp_path / "n.npz")
    again = load_neighbours(tmp_path / "n.npz")
    assert again is not None and abs(again.share(_unit(1, 0)) - beside_no) < 0.02  # stored as float16


def test_training_rows_never_see_their_own_label_nor_their_twins() -> None:
    """Each training row's `neighbours` is what a new question would get: the row and its twins left out."""
    vectors = [_unit(1, 0), _unit(1, 0.01), _unit(0.2, 1), _unit(0, 1), _unit(0.1, 1)]
    labels = [True, True, False, False, False]
    rows, store = with_neighbours([{} for _ in vectors], vectors, labels, groups=[0, 0, 1, 2, 3])
    assert rows[0]["neighbours"] < 0.5 and rows[1]["neighbours"] < 0.5  # the twin is left out with the row
    assert len(store.answerable) == 5
    rows, _ = with_neighbours([{} for _ in vectors], vectors, labels, groups=[0, 1, 2, 3, 4])
    assert rows[0]["neighbours"] > 0.5  # held apart, each twin reads the other's label


def test_the_dense_model_answers_only_when_the_search_gave_every_feature_it_reads() -> None:
    """Without the neighbour store (or the dense channel) the lexical model decides: the trees would read the
    missing feature as 0 — every similar question unanswerable."""
    models = load()
    dense, lexical = models["dense"], models["lexical"]
    everything = {n: 0.5 for n in dense.names}
    assert model_for(everything, models) is dense
    assert model_for({k: v for k, v in everything.items() if k != "neighbours"}, models) is lexical
    assert model_for({n: 0.5 for n in lexical.names}, models) is lexical
    assert model_for({n: 0.5 for n in lexical.names if n != "phrasing"}, models) is None  # coverage decides


# Questions of two kinds told apart by their wording only: what rules say, and the details behind them.
_ASKS_RULE = ["支委会多久开一次", "党费按什么比例交", "预备期多长", "谁批准入党", "支部书记任期几年",
              "什么情况下停止党籍", "党小组长怎么产生", "民主评议怎么开", "处分由谁决定", "介绍人要几名"]
_ASKS_DETAIL = ["模板在哪下载", "找哪个办公室盖章", "系统登录网址是什么", "表格一式几份", "工本费多少钱",
                "打印用什么纸张", "哪个窗口办理", "电话号码多少", "要不要带照片", "签字用什么颜色的笔"]


def _phrased(n: int) -> tuple[list[str], list[bool]]:
    texts = [f"{a}？" if i % 2 else f"请问{a}？" for i in range(n) for a in _ASKS_RULE[i % 5 :: 5]]
    texts += [f"{d}？" if i % 2 else f"请问{d}？" for i in range(n) for d in _ASKS_DETAIL[i % 5 :: 5]]
    return texts, [True] * (len(texts) // 2) + [False] * (len(texts) // 2)


def test_the_phrasing_model_exports_to_json_and_scores_as_sklearn_does(tmp_path: Path) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = _phrased(6)
    model = fit_phrasing(texts, labels)
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=PHRASING_GRAMS, sublinear_tf=True, min_df=2)
    reference = LogisticRegression(max_iter=2000).fit(vectorizer.fit_transform(texts), labels)
    unseen = ["表格在哪个窗口下载？", "支部书记多久开一次会？", "  请问 预备期 多长  ", "Ｗｉｆｉ密码多少？", ""]
    expected = reference.predict_proba(vectorizer.transform(texts + unseen))[:, 1]
    assert np.allclose([model.probability(t) for t in texts + unseen], expected, atol=1e-9)
    assert model.probability("系统登录网址是什么？") < 0.5 < model.probability("支委会多久开一次？")
    model.save(tmp_path / "p.json")
    again = load_phrasing(tmp_path / "p.json")
    assert again is not None
    assert np.allclose([again.probability(t) for t in unseen], expected[len(texts) :], atol=1e-4)  # 6 decimals kept


def test_training_rows_read_a_phrasing_model_that_never_saw_them_nor_their_twins() -> None:
    """Three questions only each other can teach (words nobody else uses): apart, each learns "no" from its
    twins; held out together, none does — which is what a new question sees."""
    texts, labels = _phrased(10)
    texts += ["鲲鹏展翅九万里扶摇直上？", "鲲鹏展翅九万里扶摇而上？", "鲲鹏展翅九万里扶摇向上？"]
    labels += [False] * 3
    groups = list(range(len(texts) - 3)) + [999] * 3
    assert len({fold_of(range(len(texts)), 5)[i] for i in (-1, -2, -3)}) == 3  # apart, three folds
    together, model = with_phrasing([{} for _ in texts], texts, labels, groups)
    apart, _ = with_phrasing([{} for _ in texts], texts, labels, list(range(len(texts))))
    assert min(r["phrasing"] for r in together[-3:]) > max(r["phrasing"] for r in apart[-3:]) + 0.1
    assert model.probability(texts[-1]) < min(r["phrasing"] for r in together[-3:]) - 0.1  # fitted on all: saw them
    kept = list(range(len(texts) - 3))  # a held-out fold reads the model of the others, fitted without it
    held, fitted = with_phrasing([{} for _ in texts], texts, labels, groups, among=kept)
    assert [r["phrasing"] for r in held[-3:]] == [fitted.probability(t) for t in texts[-3:]]
    assert held[-1]["phrasing"] > model.probability(texts[-1]) + 0.1  # fitted without them
