"""Middlewares: request id + structured access log + database context, and the one error renderer."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable

from aiohttp import web
from pydantic import ValidationError

from server.core.database import use_database
from server.core.errors import (
    AppError,
    InternalError,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)
from server.core.http import validation_details
from server.core.keys import DB, PRINCIPAL, REQUEST_ID

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
        principal = request.get(PRINCIPAL)
        access_log.info(
            "request",
            extra={
                "request_id": rid,
                "method": request.method,
                "path": request.rel_url.path,  # no query string: it may carry codes or tokens
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "user_id": getattr(principal, "user_id", None),
            },
        )


def _from_http_exception(exc: web.HTTPException) -> AppError:
    known: dict[int, AppError] = {
        404: NotFound("接口不存在"),
        405: MethodNotAllowed(),
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
        return render_error(err, rid)
    except ValidationError as exc:
        return render_error(ValidationFailed(details=validation_details(exc)), rid)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return render_error(_from_http_exception(exc), rid)
    except Exception:
        error_log.exception("unhandled error", extra={"request_id": rid, "path": request.rel_url.path})
        return render_error(InternalError(), rid)
