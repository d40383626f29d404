"""WeChat mini-program API client (code2Session, access token, wxacode, msgSecCheck, subscribe messages).

With no app configured it runs in stub mode: `stub:<openid>` codes log in as that openid and the
outbound features report themselves unavailable, so development needs no WeChat account.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import aiohttp
from redis.asyncio import Redis

from server.core.errors import BadRequest, RateLimited, ServiceUnavailable, UpstreamError

log = logging.getLogger("dangjian.wechat")
_TOKEN_KEY = "wechat:access_token"
_INVALID_TOKEN_CODES = {40001, 40014, 42001}


@dataclass(frozen=True)
class WeChatSession:
    openid: str
    unionid: str | None
    session_key: str  # stays on the server: never returned, never logged


class WeChatError(UpstreamError):
    code = "wechat.error"
    message = "微信服务暂时不可用，请稍后再试"


class WeChatClient:
    """One client per app; the access token is cached in Redis so every worker shares it."""

    def __init__(
        self, http: aiohttp.ClientSession | None, redis: Redis, appid: str | None, secret: str | None, base: str,
        *, stub_login: bool = False,
    ) -> None:
        self._http = http
        self._redis = redis
        self._appid = appid
        self._secret = secret
        self._base = base.rstrip("/")
        self.stub_login = stub_login

    @property
    def enabled(self) -> bool:
        return bool(self._appid and self._secret and self._http)

    async def code2session(self, code: str) -> WeChatSession:
        if not self.enabled:
            if not self.stub_login:
                raise ServiceUnavailable("未配置微信小程序登录", code="wechat.not_configured")
            if not code.startswith("stub:") or not 1 <= len(code) - 5 <= 64:
                raise BadRequest("无效的登录凭证", code="auth.wechat_invalid_code")
            openid = code[5:]
            return WeChatSession(openid=openid, unionid=None, session_key="stub")
        data = await self._get(
            "/sns/jscode2session",
            {"appid": self._appid, "secret": self._secret, "js_code": code, "grant_type": "authorization_code"},
        )
        errcode = int(data.get("errcode") or 0)
        if errcode == 40029 or errcode == 40163:
            raise BadRequest("登录凭证无效或已使用，请重新登录", code="auth.wechat_invalid_code")
        if errcode == 45011:
            raise RateLimited(60, "登录过于频繁，请稍后再试", code="auth.wechat_rate_limited")
        if errcode == 40226:
            raise BadRequest("该微信账号存在风险，暂不能登录", code="auth.wechat_risky_user")
        if errcode or not data.get("openid"):
            log.warning("code2session failed", extra={"errcode": errcode})
            raise WeChatError(details={"errcode": errcode})
        return WeChatSession(str(data["openid"]), data.get("unionid"), str(data.get("session_key", "")))

    async def access_token(self, *, force: bool = False) -> str:
        if not self.enabled:
            raise ServiceUnavailable("未配置微信小程序", code="wechat.not_configured")
        if not force:
            cached = await self._redis.get(_TOKEN_KEY)
            if cached:
                return str(cached)
        data = await self._get(
            "/cgi-bin/token", {"grant_type": "client_credential", "appid": self._appid, "secret": self._secret}
        )
        token = data.get("access_token")
        if not token:
            raise WeChatError(details={"errcode": data.get("errcode")})
        ttl = max(60, int(data.get("expires_in", 7200)) - 300)
        await self._redis.set(_TOKEN_KEY, token, ex=ttl)
        return str(token)

    async def call(self, path: str, payload: dict[str, Any]) -> tuple[bytes, str]:
        """POST with the access token; refreshes the token once if WeChat says it is stale."""
        for attempt in (0, 1):
            token = await self.access_token(force=attempt == 1)
            assert self._http is not None
            try:
                async with self._http.post(
                    f"{self._base}{path}", params={"access_token": token}, json=payload,
                    timeout=aiohttp.ClientTimeout(total=10),
                ) as resp:
                    body = await resp.read()
                    ctype = resp.content_type
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise WeChatError() from exc
            if ctype == "application/json" or ctype == "text/plain":
                data = _json(body)
                if int(data.get("errcode") or 0) in _INVALID_TOKEN_CODES and attempt == 0:
                    continue
            return body, ctype
        raise WeChatError()

    async def call_json(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        body, _ = await self.call(path, payload)
        return _json(body)

    async def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        assert self._http is not None
        try:
            async with self._http.get(
                f"{self._base}{path}", params=params, timeout=aiohttp.ClientTimeout(total=10)
            ) as resp:
                return _json(await resp.read())
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise WeChatError() from exc


def _json(body: bytes) -> dict[str, Any]:
    import json

    try:
        data = json.loads(body)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
