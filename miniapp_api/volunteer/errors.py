"""Typed errors of 志愿服务."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, NotFound, RateLimited


class ActivityNotFound(NotFound):
    code = "volunteer.activity_not_found"
    message = "志愿服务活动不存在"


class BadTimes(BadRequest):
    code = "volunteer.bad_times"
    message = "结束时间应晚于开始时间，且活动不超过 7 天"


class BadCode(BadRequest):
    code = "volunteer.bad_code"
    message = "签到码错误或已过期，请扫描现场的最新签到码"


class SigninClosed(Conflict):
    code = "volunteer.signin_closed"
    message = "当前不在签到时间内"


class TooManyCodes(RateLimited):
    code = "volunteer.too_many_codes"
    message = "操作过于频繁，请稍后再试"


class ForeignMember(BadRequest):
    code = "volunteer.foreign_member"
    message = "只能登记本组织（含下级组织）的党员"
