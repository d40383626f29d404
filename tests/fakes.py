"""A fake WeChat API server (an aiohttp app speaking WeChat's wire format) for the real client to call."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class FakeWeChat:
    """Behaviour is data: tests register codes, flip error modes and read the recorded calls."""

    appid: str = "wx-test-app"
    secret: str = "wx-test-secret"
    base_url: str = ""
    codes: dict[str, str] = field(default_factory=dict)  # js_code → openid
    code_errors: dict[str, int] = field(default_factory=dict)  # js_code → errcode
    token_counter: int = 0
    expire_next_token_use: bool = False
    risky_words: tuple[str, ...] = ("违禁词", "赌博")
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    mchid: str = "1900000001"  # WeChat Pay (v3): orders by out_trade_no, and the numbers a test marks as paid
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    app: web.Application = field(init=False)

    def __post_init__(self) -> None:
        self.app = web.Application()
        self.app.router.add_get("/sns/jscode2session", self._code2session)
        self.app.router.add_get("/cgi-bin/token", self._token)
        self.app.router.add_post("/wxa/getwxacodeunlimit", self._wxacode)
        self.app.router.add_post("/wxa/msg_sec_check", self._msg_sec_check)
        self.app.router.add_post("/cgi-bin/message/subscribe/send", self._subscribe_send)
        self.app.router.add_post("/v3/pay/transactions/jsapi", self._pay_jsapi)
        self.app.router.add_get("/v3/pay/transactions/out-trade-no/{no}", self._pay_query)

    def pay(self, out_trade_no: str, total: int | None = None) -> None:
        """The payer completes the payment (for `total` fen, the ordered amount unless given)."""
        order = self.orders[out_trade_no]
        order.update(trade_state="SUCCESS", paid_total=order["amount"]["total"] if total is None else total)

    def calls_to(self, path: str) -> list[dict[str, Any]]:
        return [payload for p, payload in self.calls if p == path]

    async def _code2session(self, request: web.Request) -> web.Response:
        q = dict(request.query)
        self.calls.append((request.path, q))
        if q.get("appid") != self.appid or q.get("secret") != self.secret:
            return web.json_response({"errcode": 40013, "errmsg": "invalid appid"})
        code = q.get("js_code", "")
        if code in self.code_errors:
            return web.json_response({"errcode": self.code_errors[code], "errmsg": "error"})
        if code not in self.codes:
            return web.json_response({"errcode": 40029, "errmsg": "invalid code"})
        return web.json_response({"openid": self.codes.pop(code), "session_key": "SESSION-KEY-SECRET", "errcode": 0})

    async def _token(self, request: web.Request) -> web.Response:
        self.calls.append((request.path, dict(request.query)))
        if request.query.get("secret") != self.secret:
            return web.json_response({"errcode": 40125, "errmsg": "invalid secret"})
        self.token_counter += 1
        return web.json_response({"access_token": f"TOKEN-{self.token_counter}", "expires_in": 7200})

    def _token_ok(self, request: web.Request) -> web.Response | None:
        token = request.query.get("access_token", "")
        if self.expire_next_token_use:
            self.expire_next_token_use = False
            return web.json_response({"errcode": 42001, "errmsg": "access_token expired"})
        if token != f"TOKEN-{self.token_counter}":
            return web.json_response({"errcode": 40001, "errmsg": "invalid credential"})
        return None

    async def _payload(self, request: web.Request) -> dict[str, Any]:
        payload = json.loads(await request.read() or b"{}")
        self.calls.append((request.path, payload))
        return payload

    async def _wxacode(self, request: web.Request) -> web.Response:
        payload = await self._payload(request)
        if (bad := self._token_ok(request)) is not None:
            return bad
        if not payload.get("scene") or len(payload["scene"]) > 32:
            return web.json_response({"errcode": 40169, "errmsg": "invalid length for scene"})
        from tests.images import tiny_png

        return web.Response(body=tiny_png(), content_type="image/png")

    async def _msg_sec_check(self, request: web.Request) -> web.Response:
        payload = await self._payload(request)
        if (bad := self._token_ok(request)) is not None:
            return bad
        content = str(payload.get("content", ""))
        risky = any(w in content for w in self.risky_words)
        suggest = "risky" if risky else "pass"
        return web.json_response({"errcode": 0, "result": {"suggest": suggest, "label": 20006 if risky else 100}})

    async def _subscribe_send(self, request: web.Request) -> web.Response:
        await self._payload(request)
        if (bad := self._token_ok(request)) is not None:
            return bad
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def _pay_jsapi(self, request: web.Request) -> web.Response:
        payload = await self._payload(request)
        if payload.get("mchid") != self.mchid or payload.get("appid") != self.appid:
            return web.json_response({"code": "PARAM_ERROR", "message": "mchid or appid"}, status=400)
        self.orders[payload["out_trade_no"]] = {**payload, "trade_state": "NOTPAY"}
        return web.json_response({"prepay_id": f"wx-prepay-{len(self.orders)}"})

    async def _pay_query(self, request: web.Request) -> web.Response:
        self.calls.append((request.path, dict(request.query)))
        order = self.orders.get(request.match_info["no"])
        if order is None or request.query.get("mchid") != self.mchid:
            return web.json_response({"code": "ORDER_NOT_EXIST", "message": "no such order"}, status=404)
        return web.json_response({"out_trade_no": request.match_info["no"], "trade_state": order["trade_state"],
                                  "transaction_id": "4200000001" if order["trade_state"] == "SUCCESS" else "",
                                  "amount": {"total": order.get("paid_total", order["amount"]["total"])}})
