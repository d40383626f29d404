"""Errors of 民主评议党员."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, Forbidden, NotFound


class RoundNotFound(NotFound):
    code = "appraisal.not_found"
    message = "评议不存在"


class RoundExists(Conflict):
    code = "appraisal.round_exists"
    message = "本组织该年度已开展民主评议（一般每年一次）"


class BranchOnly(BadRequest):
    code = "appraisal.branch_only"
    message = "民主评议党员由党支部组织开展"


class BadYear(BadRequest):
    code = "appraisal.bad_year"
    message = "不能为未来年度开展评议"


class RoundClosed(Conflict):
    code = "appraisal.invalid_state"
    message = "当前阶段不能执行该操作"


class NotInRound(Forbidden):
    code = "appraisal.not_in_round"
    message = "不是本次评议的参评党员"


class BadRatee(BadRequest):
    code = "appraisal.bad_ratee"
    message = "只能评议本次参评的其他党员"


class Incomplete(BadRequest):
    code = "appraisal.incomplete"
    message = "须为每名参评党员提出评定意见"
