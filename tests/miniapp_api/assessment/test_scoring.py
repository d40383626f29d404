"""二次量化 and the colour rules as pure functions: level + improvement, 无数据 re-normalised, 进步点位, siblings."""

from __future__ import annotations

from datetime import date

from miniapp_api.assessment import periods
from miniapp_api.assessment.catalogue import DEFAULT_RULES, default_indicators
from miniapp_api.assessment.scoring import Previous, decide, score_org
from server.core.indicators import SourceValue

RULES = dict(DEFAULT_RULES)
SET = default_indicators()


def all_at(rate: float) -> dict[str, SourceValue]:
    return {i["key"]: SourceValue(rate * 100, 100) for i in SET}


def test_period_keys() -> None:
    assert periods.parse("2026-Q3") == ("quarter", date(2026, 7, 1), date(2026, 9, 30))
    assert periods.parse("2026-02") == ("month", date(2026, 2, 1), date(2026, 2, 28))
    assert periods.parse("2026-13") is None and periods.parse("1999-Q1") is None and periods.parse("2026-Q0") is None
    assert periods.previous("2026-Q1") == "2025-Q4" and periods.previous("2026-01") == "2025-12"


def test_level_and_improvement_scores() -> None:
    values = {"learning.coverage": SourceValue(80, 100, (1, 2))}
    prev = Previous({"learning.coverage": 0.6}, None, False, "normal")
    s = score_org(1, "甲", None, SET, values, prev, RULES)
    row = next(i for i in s.indicators if i["key"] == "learning.coverage")
    # level 0.8 / 0.95 → 84.21; +20 points × 0.5 = 10 (the cap) → 94.21
    assert (row["level"], row["improvement"], row["score"]) == (84.21, 10.0, 94.21)
    assert row["refs"] == [1, 2]
    # Only one indicator has data: the total is its score, not diluted by the 11 without data.
    assert s.total == 94.21 and s.dimensions == {"组织建设": None, "队伍管理": 94.21, "服务效能": None}


def test_a_zero_denominator_is_no_data() -> None:
    s = score_org(1, "甲", None, SET, {"learning.coverage": SourceValue(0, 0)}, None, RULES)
    assert s.total is None and all(i["value"] is None for i in s.indicators)


def test_last_among_three_siblings_is_warned_and_rank_gains_are_rewarded() -> None:
    scored = [score_org(n, f"支部{n}", 100, SET, all_at(rate), None, RULES) for n, rate in ((1, 0.9), (2, 0.8), (3, 0.7))]
    previous = {3: Previous({}, 3, False, "normal"), 2: Previous({}, 1, False, "normal")}
    decide(scored, previous, RULES)
    by_id = {s.org_id: s for s in scored}
    assert [by_id[n].rank for n in (1, 2, 3)] == [1, 2, 3]
    assert by_id[3].colour == "yellow" and any("末位" in r for r in by_id[3].reasons)
    assert by_id[1].colour == "normal"  # meets the standard, but there is no previous period to repeat it
    assert by_id[2].colour == "normal"


def test_rank_gain_bonus() -> None:
    scored = [score_org(1, "甲", 100, SET, all_at(0.5), None, RULES), score_org(2, "乙", 100, SET, all_at(0.6), None, RULES)]
    before = scored[0].total
    decide(scored, {1: Previous({}, 3, False, "normal")}, RULES)  # was third of a larger group, now second
    assert scored[0].total == round((before or 0) + 1, 2)
    assert any("进步点位" in r for r in scored[0].reasons)
