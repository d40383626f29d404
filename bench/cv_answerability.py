"""Cross-validated answerability on tuning + dev (never the test half): what a held-out question would see.

    .venv/bin/python bench/cv_answerability.py [--repeats 5] [--folds 5] [--max-false 0.03]

Needs the service's knowledge base (`python -m knowledge ingest ../shared/regulations`). Features are
computed once by the service's own search (`BotChain.prepare`) and cached in var/cv-features.json; then,
per repeat, the questions are split into folds (twins kept together, as `python -m bot train-answerability`
does), a model is fitted on the other folds exactly as training does (threshold from its own out-of-fold
probabilities, the rules' refusals counted in its budget), and the held-out fold is scored as the service would
decide it: declined by a rule (`knowledge.confidence.Rules`, the quantity rule only while the fold's model doubts
the question too) or below the threshold. Prints, per model and kind, the share abstained.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import astuple
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.cli import default_sets, make_chain  # noqa: E402
from bot.evaluate import Question, load_questions  # noqa: E402
from bot.questions import twin_groups  # noqa: E402
from bot.train import (  # noqa: E402
    MAX_FALSE_ABSTENTION,
    FeatureRows,
    Fitter,
    declined_by_rules,
    feature_rows,
    fit_trees,
    fold_of,
    out_of_fold,
    phrasing_texts,
    threshold,
    with_neighbours,
    with_phrasing,
)
from knowledge.answerability import DENSE_FEATURES, LEXICAL_FEATURES, PHRASING_FEATURES, fit  # noqa: E402
from knowledge.confidence import Rules  # noqa: E402

CACHE = ROOT / "var" / "cv-features.json"


def cached_rows(questions: list[Question]) -> dict[str, FeatureRows]:
    key = [q.text for q in questions]
    if CACHE.is_file():
        saved = json.loads(CACHE.read_text(encoding="utf-8"))
        if saved.get("questions") == key and saved.get("version") == 2:
            return {
                name: (
                    rows,
                    [None if v is None else np.array(v, dtype=np.float32) for v in vectors],
                    [None if r is None else Rules(*r) for r in ruled],
                )
                for name, (rows, vectors, ruled) in saved["rows"].items()
            }
    chain = make_chain(argparse.Namespace(corpus=None, role="staff"))
    found: dict[str, FeatureRows] = {}
    dense = chain.index.dense
    if dense is not None:
        found["dense"] = feature_rows(chain, questions)
    chain.index.dense = None
    found["lexical"] = feature_rows(chain, questions)
    CACHE.parent.mkdir(exist_ok=True)
    plain = {
        n: (r, [None if v is None else v.tolist() for v in vs], [None if x is None else list(astuple(x)) for x in xs])
        for n, (r, vs, xs) in found.items()
    }
    CACHE.write_text(json.dumps({"version": 2, "questions": key, "rows": plain}, ensure_ascii=False), encoding="utf-8")
    return found


def cross_validate(
    questions: list[Question], texts: list[str], found: FeatureRows, names: tuple[str, ...], fitter: Fitter,
    repeats: int, folds: int, max_false: float, grouped: bool,
) -> dict[str, list[int]]:
    rows, vectors, ruled = found
    labels = [q.answerable for q in questions]
    groups = twin_groups(questions) if grouped else list(range(len(questions)))
    abstained: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in range(repeats):
        fold = fold_of(groups, folds, seed=1000 + r)
        for k in range(folds):
            kept = [i for i in range(len(rows)) if fold[i] != k]
            seen = rows
            if "neighbours" in names:  # from the training folds only, each row without itself and its twins
                seen, _ = with_neighbours(rows, vectors, labels, groups, among=kept)
            if "phrasing" in names:  # likewise: fitted on the training folds, out of fold for their own rows
                seen, _ = with_phrasing(seen, texts, labels, groups, among=kept)
            sub_rows, sub_labels = [seen[i] for i in kept], [labels[i] for i in kept]
            model = fitter(sub_rows, sub_labels, names)
            inner = out_of_fold(sub_rows, sub_labels, names, fitter=fitter, groups=[groups[i] for i in kept])
            cut = threshold(inner, sub_labels, max_false, declined_by_rules([ruled[i] for i in kept], inner))
            for i in range(len(rows)):
                if fold[i] == k:
                    p = model.probability(seen[i])
                    said_no = p < cut or declined_by_rules([ruled[i]], [p])[0]
                    for kind in (questions[i].kind, "unanswerable" if not labels[i] else "answerable"):
                        abstained[kind][0] += said_no
                        abstained[kind][1] += 1
    return dict(abstained)


def show(questions: list[Question], texts: list[str], found: FeatureRows, max_false: float) -> None:
    """Each question's held-out probability (twins held out together); the ones on the wrong side of the cut."""
    labels = [q.answerable for q in questions]
    groups = twin_groups(questions)
    rows, vectors, ruled = found
    dense = any(v is not None for v in vectors)
    if dense:
        rows, _ = with_neighbours(rows, vectors, labels, groups)
    rows, _ = with_phrasing(rows, texts, labels, groups)
    names, fitter = (
        (LEXICAL_FEATURES + PHRASING_FEATURES + DENSE_FEATURES, fit_trees) if dense
        else (LEXICAL_FEATURES + PHRASING_FEATURES, fit)
    )
    held = out_of_fold(rows, labels, names, fitter=fitter, groups=groups)
    declined = declined_by_rules(ruled, held)
    cut = threshold(held, labels, max_false, declined)
    print(f"cut {cut:.3f}")
    for q, p, r, no in sorted(zip(questions, held, ruled, declined, strict=True), key=lambda t: t[1]):
        if (p >= cut and not no) != q.answerable:
            why = r.reason(p) if no and r is not None else "model"
            print(f"{'answered  ' if p >= cut and not no else 'abstained '} {p:.2f} {why:20} {q.qid} {q.kind} {q.text}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--max-false", type=float, default=MAX_FALSE_ABSTENTION)
    ap.add_argument("--show", action="store_true", help="list the questions the held-out dense model gets wrong")
    args = ap.parse_args()
    questions = [q for p in default_sets() if p.stem != "test" for q in load_questions(p)]
    rows = cached_rows(questions)
    # As the phrasing model reads them at serving: the named regulations masked, history words dropped.
    texts = phrasing_texts(make_chain(argparse.Namespace(corpus=None, role="staff")).index, questions)
    if args.show:
        show(questions, texts, rows.get("dense") or rows["lexical"], args.max_false)
        return
    models = {
        "lexical": (LEXICAL_FEATURES + PHRASING_FEATURES, fit),
        "dense": (LEXICAL_FEATURES + PHRASING_FEATURES + DENSE_FEATURES, fit_trees),
        "dense, no phrasing": (LEXICAL_FEATURES + DENSE_FEATURES, fit_trees),
        "dense, no neighbours": (
            LEXICAL_FEATURES + PHRASING_FEATURES + tuple(f for f in DENSE_FEATURES if f != "neighbours"), fit_trees
        ),
    }
    for name, (names, fitter) in models.items():
        feats = rows.get(name.split(",")[0])
        if feats is None:
            continue
        for grouped in (False, True):
            shares = cross_validate(questions, texts, feats, names, fitter, args.repeats, args.folds, args.max_false, grouped)
            line = "  ".join(f"{kind} {n / total:.3f}" for kind, (n, total) in sorted(shares.items()))
            print(f"{name:20} {'twins together' if grouped else 'twins apart  '}  abstained: {line}", flush=True)


if __name__ == "__main__":
    main()
