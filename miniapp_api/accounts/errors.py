"""Errors of sign-in, tokens, binding and console accounts: each has a fixed code (clients branch on it)."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, Forbidden, NotFound, RateLimited, ServiceUnavailable, Unauthorized


class BadCredentials(Unauthorized):
    code = "auth.bad_credentials"
    message = "用户名或密码错误"


class LoginRateLimited(RateLimited):
    code = "auth.login_rate_limited"
    message = "登录尝试过于频繁，请稍后再试"


class RefreshReused(Unauthorized):
    code = "auth.refresh_reused"
    message = "登录凭证已失效，请重新登录"


class UserDisabled(Unauthorized):
    code = "auth.user_disabled"
    message = "账号不存在或已停用"


class WeChatUserDisabled(Forbidden):
    code = "auth.user_disabled"
    message = "账号已停用"


class UserNotFound(NotFound):
    code = "auth.user_not_found"
    message = "账号不存在"


class BindFailed(BadRequest):
    code = "auth.bind_failed"
    message = "未找到匹配的党员信息，请核对姓名和手机号，或联系支部管理员"


class BindRateLimited(RateLimited):
    code = "auth.bind_rate_limited"
    message = "绑定尝试过于频繁，请稍后再试"


class BindWeChatOnly(Forbidden):
    code = "auth.bind_wechat_only"
    message = "只有微信用户可以绑定党员身份"


class AlreadyBound(Conflict):
    code = "auth.already_bound"
    message = "该党员已绑定其他微信账号"


class BadRole(BadRequest):
    code = "auth.bad_role"
    message = "控制台账号只能是管理员或工作人员"


class OrgRequired(BadRequest):
    code = "auth.org_required"
    message = "请指定所属组织"


class DuplicateUsername(Conflict):
    code = "auth.duplicate_username"
    message = "用户名已存在"


# The WeChat client of the kernel (server/core/wechat.py) answers with these codes; declared here by code.


class WeChatInvalidCode(BadRequest):
    code = "auth.wechat_invalid_code"
    message = "登录凭证无效或已使用，请重新登录"


class WeChatRateLimited(RateLimited):
    code = "auth.wechat_rate_limited"
    message = "登录过于频繁，请稍后再试"


class WeChatRiskyUser(BadRequest):
    code = "auth.wechat_risky_user"
    message = "该微信账号存在风险，暂不能登录"


class WeChatNotConfigured(ServiceUnavailable):
    code = "wechat.not_configured"
    message = "未配置微信小程序登录"
