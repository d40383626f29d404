"""二次量化 scoring and the 双色预警 colours: pure functions over one run's values (no I/O, so re-runs are exact).

Level score per indicator: min(value / target, 1) × 100. Improvement (提升幅度): percentage points gained on the
indicator since the previous period × `improvement_factor`, at most `improvement_cap`; the indicator's score is
level + improvement, at most 100. An indicator without data (无数据) has no score: the dimension and total scores
are the weighted means over the indicators *with* data (weights re-normalised), and the result says so.
进步点位: sibling ranks gained since the previous period × `rank_gain_points` (at most `rank_gain_cap`) are added
to the total.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from miniapp_api.assessment.catalogue import DIMENSIONS
from server.core.indicators import SourceValue


@dataclass
class Previous:
    """An org's result in the previous period (what improvement and the colour rules compare against)."""

    values: dict[str, float | None]
    rank: int | None
    meets_standard: bool
    colour: str


@dataclass
class Scored:
    org_id: int
    org_name: str
    parent_id: int | None
    indicators: list[dict[str, Any]]
    dimensions: dict[str, float | None]
    total: float | None
    rank: int | None = None
    siblings: int = 1
    meets_standard: bool = False
    colour: str = "normal"
    reasons: list[str] = field(default_factory=list)
    reward: float = 0.0


def _r(x: float) -> float:
    return round(x, 2)


def score_indicator(ind: dict[str, Any], sv: SourceValue | None, prev: float | None, rules: dict[str, Any]) -> dict[str, Any]:
    has = sv is not None and sv.denominator > 0
    value = round(sv.numerator / sv.denominator, 4) if has and sv is not None else None
    out: dict[str, Any] = {
        "key": ind["key"],
        "name": ind["name"],
        "dimension": ind["dimension"],
        "target": ind["target"],
        "weight": ind["weight"],
        "value": value,
        "numerator": sv.numerator if sv else None,
        "denominator": sv.denominator if sv else None,
        "refs": list(sv.refs) if sv else [],
        "detail": (sv.detail if sv else "") or ("无数据" if value is None else ""),
        "previous": prev,
        "level": None,
        "improvement": None,
        "score": None,
    }
    if value is None:
        return out
    level = min(value / ind["target"], 1.0) * 100
    gain = (value - prev) * 100 if prev is not None and value > prev else 0.0
    improvement = min(rules["improvement_cap"], gain * rules["improvement_factor"])
    out.update(level=_r(level), improvement=_r(improvement), score=_r(min(100.0, level + improvement)))
    return out


def _weighted(items: list[dict[str, Any]]) -> float | None:
    scored = [i for i in items if i["score"] is not None]
    weight = sum(i["weight"] for i in scored)
    return _r(sum(i["score"] * i["weight"] for i in scored) / weight) if weight else None


def score_org(
    org_id: int,
    org_name: str,
    parent_id: int | None,
    indicators: list[dict[str, Any]],
    values: dict[str, SourceValue],
    prev: Previous | None,
    rules: dict[str, Any],
) -> Scored:
    rows = [
        score_indicator(ind, values.get(ind["key"]), prev.values.get(ind["key"]) if prev else None, rules) for ind in indicators
    ]
    dims = {d: _weighted([r for r in rows if r["dimension"] == d]) for d in DIMENSIONS}
    return Scored(org_id, org_name, parent_id, rows, dims, _weighted(rows))


def _rank(group: list[Scored]) -> None:
    ordered = sorted((s for s in group if s.total is not None), key=lambda s: (-(s.total or 0.0), s.org_id))
    last_total, last_rank = None, 0
    for pos, s in enumerate(ordered, 1):
        if s.total != last_total:
            last_total, last_rank = s.total, pos
        s.rank = last_rank
    for s in group:
        s.siblings = len(ordered)


def decide(scored: list[Scored], previous: dict[int, Previous], rules: dict[str, Any]) -> None:
    """Rank siblings, add 进步点位, rank again, then colour every org (in place)."""
    groups: dict[int | None, list[Scored]] = {}
    for s in scored:
        groups.setdefault(s.parent_id, []).append(s)
    for group in groups.values():
        _rank(group)
        for s in group:
            prev = previous.get(s.org_id)
            if s.total is not None and s.rank is not None and prev is not None and prev.rank is not None:
                gained = prev.rank - s.rank
                if gained > 0:
                    bonus = min(rules["rank_gain_cap"], gained * rules["rank_gain_points"])
                    s.total = _r(min(100.0, s.total + bonus))
                    s.reasons.append(f"进步点位：较上期上升 {gained} 位，加 {bonus:g} 分")
        _rank(group)
        worst = max((s.rank for s in group if s.rank is not None), default=None)
        for s in group:
            _colour(s, previous.get(s.org_id), rules, worst)
        flagged = sorted((s for s in group if s.colour == "red_flag"), key=lambda s: (s.rank or 0, s.org_id))
        for s in flagged[1:]:  # the flag is one per sibling group: it moves to the best
            s.colour, s.reward = "normal", 0.0
            s.reasons.append("连续两期达标，但流动红旗授予本组排名第一的组织")


def _colour(s: Scored, prev: Previous | None, rules: dict[str, Any], worst: int | None) -> None:
    if s.total is None:
        s.reasons.append("全部指标无数据，不评定")
        return
    missing = [i["name"] for i in s.indicators if i["value"] is None]
    if missing:
        s.reasons.append(f"无数据的指标不计分，权重按其余 {len(s.indicators) - len(missing)} 项重新归一：{'、'.join(missing)}")
    dims = {d: v for d, v in s.dimensions.items() if v is not None}
    s.meets_standard = s.total >= rules["standard_score"] and all(v >= rules["dimension_floor"] for v in dims.values())
    warn = []
    if s.total < rules["yellow_total_below"]:
        warn.append(f"总分 {s.total:g} 低于 {rules['yellow_total_below']:g}")
    warn += [
        f"{d}得分 {v:g} 低于 {rules['yellow_dimension_below']:g}" for d, v in dims.items() if v < rules["yellow_dimension_below"]
    ]
    if (
        rules["yellow_last_among_siblings"]
        and not s.meets_standard
        and s.siblings >= rules["min_siblings_for_last"]
        and s.rank == worst
        and s.rank is not None
        and s.rank > 1
    ):
        warn.append(f"在 {s.siblings} 个同级组织中排名末位")
    if warn:
        s.colour = "yellow"
        s.reasons += ["黄色预警：" + "；".join(warn)]
    elif s.meets_standard and prev is not None and prev.meets_standard:
        s.colour, s.reward = "red_flag", float(rules["red_flag_reward"])
        s.reasons.append("流动红旗：连续两期达标")
