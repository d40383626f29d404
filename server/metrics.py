"""GET /metrics: the Prometheus exposition of this service (all workers in multiprocess mode).

Access: with ``METRICS_TOKEN`` set only ``Authorization: Bearer <token>``; without it only loopback peers
(the socket's peer, never a forwarded header: a proxy on the same host must set the token).
"""

from __future__ import annotations

import hmac
import ipaddress
import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from server.core.appkeys import SETTINGS
from server.core.errors import Forbidden, Unauthorized
from server.core.metrics import metrics_of, scrape_hooks

log = logging.getLogger("dangjian.metrics")


class MetricsLoopbackOnly(Forbidden):
    code = "metrics.loopback_only"
    message = "指标接口仅允许本机访问（或配置 METRICS_TOKEN）"


class MetricsTokenRequired(Unauthorized):
    code = "metrics.token_required"
    message = "指标接口需要有效的访问令牌"


def _loopback(peer: str | None) -> bool:
    try:
        return peer is not None and ipaddress.ip_address(peer).is_loopback
    except ValueError:
        return False


def _check_access(request: web.Request) -> None:
    token = request.app[SETTINGS].metrics_token
    if token is None or not token.get_secret_value():
        if not _loopback(request.remote):
            raise MetricsLoopbackOnly()
        return
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.get_secret_value().encode()):
        raise MetricsTokenRequired()


async def metrics(request: web.Request) -> web.Response:
    _check_access(request)
    metrics_ = metrics_of(request.app)
    for hook in scrape_hooks(request.app):
        try:
            await hook(request.app, metrics_)
        except Exception:  # a failing hook leaves its gauges as they were; the scrape still answers
            log.exception("metrics scrape hook failed", extra={"hook": getattr(hook, "__name__", "?")})
    body = metrics_.render()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST, "Cache-Control": "no-store"})


def setup(app: web.Application) -> None:
    metrics_of(app)
    app.router.add_get("/metrics", metrics)
