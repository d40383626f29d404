"""`python -m bot train-answerability`: fit the answerability model on the tuning half only.

Features come from the same search the service runs (`BotChain.prepare`); the threshold is the lowest
probability that keeps wrongly abstained answerable tuning questions at or below `max_false`.
"""

from __future__ import annotations

from bot.chain import BotChain
from bot.evaluate import Question
from knowledge.answerability import DENSE_FEATURES, LEXICAL_FEATURES, Model, features, fit

MAX_FALSE_ABSTENTION = 0.03


def feature_rows(chain: BotChain, questions: list[Question]) -> list[dict[str, float]]:
    rows = []
    for q in questions:
        prep = chain.prepare({"question": q.text, "history": [], "role": "staff"})
        rows.append(features(prep.result) if prep.result else {})
    return rows


def threshold(model: Model, rows: list[dict[str, float]], labels: list[bool], max_false: float) -> float:
    """The highest threshold whose share of answerable questions below it stays within `max_false`."""
    answerable = sorted(model.probability(r) for r, y in zip(rows, labels, strict=True) if y)
    allowed = int(max_false * len(answerable))
    return answerable[allowed] - 1e-6 if answerable else 0.5


def train(chain: BotChain, questions: list[Question], dense: bool, max_false: float = MAX_FALSE_ABSTENTION) -> Model:
    rows = feature_rows(chain, questions)
    labels = [q.answerable for q in questions]
    names = LEXICAL_FEATURES + (DENSE_FEATURES if dense else ())
    model = fit(rows, labels, names)
    cut = threshold(model, rows, labels, max_false)
    return Model(model.names, model.mean, model.scale, model.weights, model.bias, cut)
