"""The 12 default indicators of the 三位一体 model (组织建设 / 队伍管理 / 服务效能) and the default colour rules.

Every value is a rate in [0, 1] (numerator / denominator) computed by the domain that owns the facts, through
server.core.indicators; weights are percentages summing to 100, targets are rates in (0, 1].
"""

from __future__ import annotations

from typing import Any

DIMENSIONS = ("组织建设", "队伍管理", "服务效能")

# key, name, dimension, formula, data source, target, weight
_DEFAULTS = (
    (
        "partyday.cadence",
        "三会一课按期召开率",
        "组织建设",
        "按期召开的三会一课次数 / 应召开次数",
        "云端主题党日与三会一课",
        0.95,
        10,
    ),
    ("partyday.theme_day", "主题党日开展率", "组织建设", "开展了主题党日的月数 / 期内月数", "云端主题党日", 1.0, 8),
    ("disclosure.timeliness", "党务公开及时率", "组织建设", "按时公开的事项 / 应公开事项", "党务公开", 0.9, 8),
    ("standards.compliance", "标准化建设达标率", "组织建设", "上级确认达标的检查项 / 检查项总数", "标准化建设", 0.9, 8),
    (
        "learning.hours_attainment",
        "学时达标率",
        "队伍管理",
        "期内学时达到按期折算目标的党员 / 党员数",
        "学习进度（学时台账）",
        0.9,
        9,
    ),
    ("partyday.participation", "组织生活参与率", "队伍管理", "实到人次 / 应到人次（期内已召开的会议）", "三会一课签到", 0.9, 8),
    ("volunteer.participation", "党员志愿服务参与度", "队伍管理", "期内参加志愿服务的党员 / 党员数", "志愿服务", 0.6, 8),
    ("learning.coverage", "党员教育覆盖率", "队伍管理", "期内有认证学时的党员 / 党员数", "学习进度（学时台账）", 0.95, 8),
    ("evaluation.satisfaction", "服务评价满意率", "服务效能", "满意（3–5 星）评价 / 有效评价", "党建服务评价码", 0.95, 9),
    ("rectification.on_time", "差评按期整改率", "服务效能", "按期整改完成的差评工单 / 期内到期的差评工单", "整改工单", 0.95, 8),
    ("evaluation.participation", "群众评价参与度", "服务效能", "期内收到评价的服务点 / 在用服务点", "党建服务评价码", 0.8, 8),
    ("rectification.callback_satisfaction", "回访满意率", "服务效能", "满意与基本满意的回访 / 回访数", "整改工单回访", 0.9, 8),
)

KEYS = tuple(d[0] for d in _DEFAULTS)


def default_indicators() -> list[dict[str, Any]]:
    return [
        {"key": k, "name": n, "dimension": d, "formula": f, "source": s, "target": t, "weight": w}
        for k, n, d, f, s, t, w in _DEFAULTS
    ]


# The colour rules (双色预警), configurable per set version; defaults follow the 荣县 practice described in the
# source paper: a standard to meet twice in a row for the red flag, a threshold per dimension for the warning.
DEFAULT_RULES: dict[str, Any] = {
    "standard_score": 85.0,  # 达标: total at least this …
    "dimension_floor": 60.0,  # … and no dimension below this
    "yellow_total_below": 60.0,  # 黄色预警: total below this,
    "yellow_dimension_below": 60.0,  # or a dimension below this,
    "yellow_last_among_siblings": True,  # or last among at least `min_siblings_for_last` siblings
    "min_siblings_for_last": 3,
    "red_flag_reward": 2000.0,  # 党建经费奖励 (元) recorded with a red flag
    "improvement_factor": 0.5,  # 提升幅度: points per percentage point gained on an indicator …
    "improvement_cap": 10.0,  # … at most this many per indicator
    "rank_gain_points": 1.0,  # 进步点位: points per sibling rank gained …
    "rank_gain_cap": 3.0,  # … at most this many in total
    "deadline_working_days": 15,  # 限期整改 of a yellow warning
}
