"""Typed errors of 党务公开."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, NotFound, RateLimited


class KindNotFound(NotFound):
    code = "disclosure.kind_not_found"
    message = "公开事项类别不存在或已停用"


class ItemNotFound(NotFound):
    code = "disclosure.item_not_found"
    message = "公开事项不存在"


class AlreadyPublished(Conflict):
    code = "disclosure.already_published"
    message = "该事项已公开"


class NotEventKind(BadRequest):
    code = "disclosure.not_event_kind"
    message = "按季度公开的事项由系统按季生成，无需登记"


class PublicRateLimited(RateLimited):
    code = "disclosure.rate_limited"
    message = "访问过于频繁，请稍后再试"
