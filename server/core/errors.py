"""Typed application errors; one middleware renders them in the one JSON shape."""

from __future__ import annotations

from typing import Any, ClassVar


class AppError(Exception):
    """Base of every error a client may see. Subclasses fix `status`, `code` and `message`."""

    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"
    message: ClassVar[str] = "请求有误"

    def __init__(
        self,
        message: str | None = None,
        *,
        details: dict[str, Any] | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.text = message or self.message
        self.details = details or {}
        self.error_code = code or self.code
        self.headers = headers or {}
        super().__init__(self.error_code)

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.error_code, "message": self.text, "details": self.details}}


class BadRequest(AppError):
    status = 400
    code = "bad_request"
    message = "请求有误"


class InvalidJson(BadRequest):
    code = "invalid_json"
    message = "请求体必须是 JSON 对象"


class UploadMalformed(BadRequest):
    code = "upload.malformed"
    message = "上传内容格式不正确"


class UploadMissingFile(BadRequest):
    code = "upload.missing_file"
    message = "缺少上传文件"


class Unauthorized(AppError):
    status = 401
    code = "auth.unauthorized"
    message = "请先登录"


class InvalidToken(Unauthorized):
    code = "auth.invalid_token"
    message = "登录凭证无效"


class TokenExpired(Unauthorized):
    code = "auth.token_expired"
    message = "登录已过期，请重新登录"


class TokenRevoked(Unauthorized):
    code = "auth.token_revoked"
    message = "登录已失效，请重新登录"


class Forbidden(AppError):
    status = 403
    code = "auth.forbidden"
    message = "无权执行此操作"


class MemberRequired(Forbidden):
    code = "auth.member_required"
    message = "请先绑定党员身份"


class BadOrigin(Forbidden):
    code = "auth.bad_origin"
    message = "请求来源不被接受"


class NotFound(AppError):
    status = 404
    code = "not_found"
    message = "资源不存在"


class MethodNotAllowed(AppError):
    status = 405
    code = "method_not_allowed"
    message = "不支持该请求方法"


class Conflict(AppError):
    status = 409
    code = "conflict"
    message = "与现有数据冲突"


class Gone(AppError):
    status = 410
    code = "gone"
    message = "资源已失效"


class PayloadTooLarge(AppError):
    status = 413
    code = "payload_too_large"
    message = "请求内容过大"


class UnsupportedMediaType(AppError):
    status = 415
    code = "unsupported_media_type"
    message = "不支持的内容类型"


class ValidationFailed(AppError):
    status = 422
    code = "validation_error"
    message = "提交的数据格式不正确"

    def __init__(self, message: str | None = None, *, details: dict[str, Any] | None = None, code: str | None = None) -> None:
        fields = (details or {}).get("fields") or []
        if message is None and fields:
            message = f"{self.message}：{fields[0]['message']}" + ("等" if len(fields) > 1 else "")
        super().__init__(message, details=details, code=code)


class RateLimited(AppError):
    status = 429
    code = "rate_limited"
    message = "操作过于频繁，请稍后再试"

    def __init__(self, retry_after: int, message: str | None = None, *, code: str | None = None) -> None:
        retry = max(1, int(retry_after))
        super().__init__(
            message, details={"retry_after": retry}, code=code, headers={"Retry-After": str(retry)}
        )


class UpstreamError(AppError):
    status = 502
    code = "upstream_error"
    message = "外部服务暂时不可用，请稍后再试"


class ServiceUnavailable(AppError):
    status = 503
    code = "service_unavailable"
    message = "服务暂时不可用"


class InternalError(AppError):
    status = 500
    code = "internal_error"
    message = "服务器内部错误，请稍后再试"
