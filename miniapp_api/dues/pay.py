"""WeChat Pay for 党费: a JSAPI order for one month, then a query-to-confirm before the payment is recorded.

The flow follows WeChat Pay v3 (``POST /v3/pay/transactions/jsapi`` → ``prepay_id`` for ``wx.requestPayment``;
``GET /v3/pay/transactions/out-trade-no/{no}`` → ``trade_state``). The server never trusts the client's word that
it paid: a payment is recorded only when the gateway's own answer says SUCCESS for the stored amount. Pending orders
live in Redis (``dues:order:<out_trade_no>``, two hours). Request signing with the merchant key (the
``Authorization: WECHATPAY2-SHA256-RSA2048`` header) is not implemented yet: tests run against tests/fakes.py, and
without a merchant id the endpoint runs in stub mode (the payment is confirmed at once).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

import aiohttp
from redis.asyncio import Redis

from server.core.errors import NotFound, UpstreamError

ORDER_TTL_S = 2 * 3600


class PayError(UpstreamError):
    code = "dues.pay_error"
    message = "微信支付暂时不可用，请稍后再试"


class OrderNotFound(NotFound):
    code = "dues.order_not_found"
    message = "支付订单不存在或已过期"


@dataclass(frozen=True)
class Order:
    out_trade_no: str
    member_id: int
    year: int
    month: int
    fen: int


def order_key(out_trade_no: str) -> str:
    return f"dues:order:{out_trade_no}"


class DuesPay:
    def __init__(
        self, http: aiohttp.ClientSession | None, redis: Redis, base: str, appid: str | None, mchid: str | None, notify_url: str
    ) -> None:
        self._http, self._redis, self._base = http, redis, base.rstrip("/")
        self._appid, self._mchid, self._notify = appid, mchid, notify_url

    @property
    def enabled(self) -> bool:
        return bool(self._http and self._appid and self._mchid)

    async def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        assert self._http is not None
        try:
            async with self._http.request(
                method, f"{self._base}{path}", timeout=aiohttp.ClientTimeout(total=10), **kwargs
            ) as resp:
                data = json.loads(await resp.read() or b"{}")
                if resp.status >= 400 or not isinstance(data, dict):
                    raise PayError(details={"status": resp.status, "code": str(data.get("code", ""))[:40]})
                return data
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise PayError() from exc

    async def create(self, member_id: int, year: int, month: int, fen: int, openid: str) -> tuple[Order, str]:
        """A JSAPI order; returns the order (also kept in Redis) and the prepay_id for the mini-program."""
        order = Order(f"DF{year}{month:02d}M{member_id}{secrets.token_hex(5).upper()}", member_id, year, month, fen)
        data = await self._call(
            "POST",
            "/v3/pay/transactions/jsapi",
            json={
                "appid": self._appid,
                "mchid": self._mchid,
                "description": f"党费 {year}年{month}月",
                "out_trade_no": order.out_trade_no,
                "notify_url": self._notify,
                "amount": {"total": fen, "currency": "CNY"},
                "payer": {"openid": openid},
            },
        )
        prepay_id = str(data.get("prepay_id") or "")
        if not prepay_id:
            raise PayError()
        await self._redis.set(order_key(order.out_trade_no), json.dumps(order.__dict__), ex=ORDER_TTL_S)
        return order, prepay_id

    async def pending(self, out_trade_no: str, member_id: int) -> Order:
        raw = await self._redis.get(order_key(out_trade_no))
        if not raw:
            raise OrderNotFound()
        order = Order(**json.loads(raw))
        if order.member_id != member_id:
            raise OrderNotFound()
        return order

    async def paid(self, order: Order) -> str | None:
        """The gateway's transaction id when it reports the order paid in full, else None."""
        data = await self._call(
            "GET", f"/v3/pay/transactions/out-trade-no/{order.out_trade_no}", params={"mchid": self._mchid or ""}
        )
        total = (data.get("amount") or {}).get("total")
        if data.get("trade_state") == "SUCCESS" and total == order.fen:
            return str(data.get("transaction_id") or "")
        return None

    async def forget(self, order: Order) -> None:
        await self._redis.delete(order_key(order.out_trade_no))
