"""Middlewares: request id + structured access log + database context, and the one error renderer."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable

from aiohttp import web
from pydantic import ValidationError

from server.core.appkeys import DB, PRINCIPAL, REQUEST_ID, SETTINGS
from server.core.database import use_database
from server.core.endpoints import endpoint_of
from server.core.errors import (
    AppError,
    InternalError,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)
from server.core.metrics import metrics_of
from server.core.outages import outage_of
from server.core.validation import validation_details

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
access_log = logging.getLogger("dangjian.access")
error_log = logging.getLogger("dangjian.errors")
_RID_OK = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "SAMEORIGIN",
}


@web.middleware
async def request_context(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Tag the request with an id, run it inside this app's DB context, log one line per request."""
    incoming = request.headers.get("X-Request-ID", "")
    rid = incoming if _RID_OK.match(incoming) else uuid.uuid4().hex[:16]
    request[REQUEST_ID] = rid
    started = time.perf_counter()
    status = 500
    try:
        with use_database(request.config_dict[DB]):
            response = await handler(request)
        status = response.status
        if not response.prepared:
            response.headers["X-Request-ID"] = rid
            for k, v in _SECURITY_HEADERS.items():
                response.headers.setdefault(k, v)
        return response
    finally:
        elapsed = time.perf_counter() - started
        _observe(request, status, elapsed)
        principal = request.get(PRINCIPAL)
        access_log.info(
            "request",
            extra={
                "request_id": rid,
                "method": request.method,
                "path": request.rel_url.path,  # no query string: it may carry codes or tokens
                "status": status,
                "duration_ms": round(elapsed * 1000, 2),
                "user_id": getattr(principal, "user_id", None),
            },
        )


def _route_label(request: web.Request) -> str:
    """The route template ("/api/v1/tickets/{id}"), never the raw path: labels stay few whatever clients send."""
    resource = getattr(getattr(request.match_info, "route", None), "resource", None)
    return "unmatched" if resource is None else resource.canonical


def _observe(request: web.Request, status: int, elapsed: float) -> None:
    metrics = metrics_of(request.app)
    route = _route_label(request)
    metrics.requests.labels(route, request.method, str(status)).inc()
    metrics.latency.labels(route, request.method).observe(elapsed)


# In tests, error codes an endpoint answers with but does not declare are collected here (a fixture fails on them).
UNDECLARED_ERRORS: web.AppKey[list[str]] = web.AppKey("undeclared_errors", list)


def _from_http_exception(exc: web.HTTPException) -> AppError:
    if isinstance(exc, web.HTTPMethodNotAllowed):
        allowed = ", ".join(sorted(exc.allowed_methods))
        return MethodNotAllowed(details={"allowed": sorted(exc.allowed_methods)}, headers={"Allow": allowed})
    known: dict[int, AppError] = {
        404: NotFound("接口不存在"),
        413: PayloadTooLarge(),
        415: UnsupportedMediaType(),
    }
    if exc.status in known:
        return known[exc.status]
    cls = type(f"HTTP{exc.status}", (AppError,), {"status": exc.status, "code": f"http_{exc.status}"})
    return cls(exc.reason or None)


def render_error(err: AppError, rid: str) -> web.Response:
    headers = {"X-Request-ID": rid, **err.headers}
    return web.json_response(err.to_dict(), status=err.status, headers=headers, dumps=_dumps)


def _dumps(obj: object) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)


@web.middleware
async def error_renderer(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every error, ours or aiohttp's, leaves in the one JSON shape; internals never leak."""
    rid = request.get(REQUEST_ID, "-")
    try:
        return await handler(request)
    except AppError as err:
        _check_declared(request, err)
        return render_error(err, rid)
    except ValidationError as exc:
        return render_error(ValidationFailed(details=validation_details(exc)), rid)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return render_error(_from_http_exception(exc), rid)
    except Exception as exc:
        outage = outage_of(exc)
        if outage is not None:
            error_log.warning("dependency unavailable", extra={"request_id": rid, "path": request.rel_url.path,
                                                               "code": outage.error_code, "error": type(exc).__name__})
            return render_error(outage, rid)
        error_log.exception("unhandled error", extra={"request_id": rid, "path": request.rel_url.path})
        return render_error(InternalError(), rid)


def _check_declared(request: web.Request, err: AppError) -> None:
    """Tests only: note an error code the matched endpoint does not declare (its API document would be wrong)."""
    if request.config_dict[SETTINGS].env != "test" or err.status >= 500:
        return
    ep = endpoint_of(request.match_info.handler)
    if ep is not None and err.error_code not in ep.allowed_codes():
        request.config_dict[UNDECLARED_ERRORS].append(f"{ep.method} {ep.path}: {err.error_code}")
