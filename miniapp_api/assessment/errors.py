"""Errors of the assessment: each has a fixed code (clients branch on it) and HTTP status."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, Forbidden, NotFound, ValidationFailed


class RunNotFound(NotFound):
    code = "assessment.run_not_found"
    message = "评估批次不存在"


class PeriodNotFound(NotFound):
    code = "assessment.period_not_found"
    message = "评估周期不存在"


class SetNotFound(NotFound):
    code = "assessment.set_not_found"
    message = "指标体系版本不存在"


class ResultNotFound(NotFound):
    code = "assessment.result_not_found"
    message = "暂无评估结果"


class BadPeriodKey(BadRequest):
    code = "assessment.bad_period"
    message = "周期格式应为 2026-09（月度）或 2026-Q3（季度）"


class PeriodClosed(Conflict):
    code = "assessment.period_closed"
    message = "该周期已关闭，结果已冻结，不能再评估或修改"


class SetInUse(Conflict):
    code = "assessment.set_in_use"
    message = "该指标体系版本已被评估周期使用，不能修改，请新建版本"


class CommitteeRequired(Forbidden):
    code = "assessment.committee_required"
    message = "只有党委（上级组织）管理员可以执行该操作"


class BadIndicatorSet(ValidationFailed):
    code = "assessment.bad_indicator_set"
    message = "指标体系不合规"


class PeriodNotStarted(Conflict):
    code = "assessment.period_not_started"
    message = "该周期尚未开始，不能评估"
