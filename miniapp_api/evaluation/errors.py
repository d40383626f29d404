"""Errors of the evaluation domain: each has a fixed code (clients branch on it) and HTTP status."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, NotFound, RateLimited, ServiceUnavailable, ValidationFailed


class CodeNotFound(NotFound):
    code = "evaluation.code_not_found"
    message = "评价码不存在或已失效"


class PointNotFound(NotFound):
    code = "evaluation.point_not_found"
    message = "服务点不存在"


class RatingNotFound(NotFound):
    code = "evaluation.rating_not_found"
    message = "评价不存在"


class DuplicatePoint(Conflict):
    code = "evaluation.duplicate_point"
    message = "本组织已有同名服务点"


class MemberNotInOrg(BadRequest):
    code = "evaluation.member_not_in_org"
    message = "示范岗党员须属于该组织"


class BadExpiry(BadRequest):
    code = "evaluation.bad_expiry"
    message = "有效期须晚于当前时间"


class CodeRevoked(Conflict):
    code = "evaluation.code_revoked"
    message = "该评价码已作废，不能轮换"


class NoComment(Conflict):
    code = "evaluation.no_comment"
    message = "该评价没有留言"


class DuplicateRating(Conflict):
    code = "evaluation.duplicate_rating"
    message = "今天已评价过该服务，感谢参与"


class RequestInProgress(Conflict):
    code = "evaluation.request_in_progress"
    message = "正在提交，请稍候"


class InvalidTags(ValidationFailed):
    code = "evaluation.invalid_tags"
    message = "所选标签与评价等级不符"


class UnknownOptionVersion(ValidationFailed):
    code = "evaluation.unknown_option_version"
    message = "评价选项已更新，请刷新页面后重试"


class BadIdempotencyKey(BadRequest):
    code = "evaluation.bad_idempotency_key"
    message = "Idempotency-Key 格式不正确"


class DeviceRequired(BadRequest):
    """An anonymous submit without the device cookie the rating page sets: it would count as a new rater each time."""

    code = "evaluation.device_required"
    message = "请在评价页面中提交评价（需要允许 Cookie）"


class IdempotencyKeyReused(ValidationFailed):
    """The same Idempotency-Key came back with a different rating: it is neither replayed nor recorded."""

    code = "evaluation.idempotency_key_reused"
    message = "同一 Idempotency-Key 已用于另一条评价，请换一个新的键"


class RatingRateLimited(RateLimited):
    """Too many submits, follow-ups or code look-ups from one address or rater (429 with Retry-After)."""

    code = "evaluation.rate_limited"


class BadPeriod(ValidationFailed):
    code = "evaluation.bad_period"
    message = "统计区间不正确（最长一年）"


class OrgRequired(ValidationFailed):
    code = "evaluation.org_required"
    message = "请选择组织"


class WxacodeUnavailable(ServiceUnavailable):
    code = "wechat.not_configured"
    message = "未配置微信小程序，无法生成小程序码"
