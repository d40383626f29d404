"""绩效评估: each indicator's actual against its target gives 0–100; the weighted mean is the project's score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# (lower bound of the score, grade code, label): local practice, the usual four grades of 党建 assessments.
GRADES = ((90.0, "excellent", "优秀"), (75.0, "good", "良好"), (60.0, "pass", "合格"), (0.0, "fail", "不合格"))
GRADE_LABELS = {code: label for _, code, label in GRADES}


@dataclass(frozen=True)
class Measured:
    target: float
    actual: float
    weight: float
    higher_is_better: bool = True


def indicator_score(m: Measured) -> float:
    """100 when the target is met; proportional below it; never above 100 (over-delivery on one indicator does
    not hide a miss on another). A lower-is-better indicator at 0 has met any target."""
    if m.higher_is_better:
        return round(100 * min(m.actual / m.target, 1.0), 1)
    share = 1.0 if m.actual <= m.target else m.target / m.actual
    return round(100 * max(0.0, min(share, 1.0)), 1)


def weighted_score(items: Sequence[Measured]) -> float:
    total_weight = sum(m.weight for m in items)
    if total_weight <= 0:
        return 0.0
    return round(sum(indicator_score(m) * m.weight for m in items) / total_weight, 1)


def grade_of(score: float) -> str:
    return next(code for bound, code, _ in GRADES if score >= bound)
