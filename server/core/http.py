"""Edge helpers for handlers: parse JSON/query into pydantic models, render JSON responses."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

import aiohttp_jinja2
from aiohttp import web
from pydantic import BaseModel, ValidationError

from server.core.errors import ValidationFailed
from server.core.schemas import PageQuery
from server.core.validation import validation_details

M = TypeVar("M", bound=BaseModel)


def parse_model(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(details=validation_details(exc)) from None


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=_default, separators=(",", ":"))


def json_response(
    data: BaseModel | Mapping[str, Any] | Sequence[Any], status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    """Serialise a pydantic model (or plain data) as UTF-8 JSON."""
    body = data.model_dump_json() if isinstance(data, BaseModel) else dumps(data)
    return web.Response(text=body, status=status, content_type="application/json", headers=headers)


def page_response(items: Sequence[BaseModel | Mapping[str, Any]], total: int, page: PageQuery) -> web.Response:
    payload = {
        "items": [i.model_dump(mode="json") if isinstance(i, BaseModel) else i for i in items],
        "total": total,
        "page": page.page,
        "page_size": page.page_size,
    }
    return json_response(payload)


def file_response(content: bytes, filename: str, content_type: str) -> web.Response:
    from urllib.parse import quote

    disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
    return web.Response(body=content, content_type=content_type, headers={"Content-Disposition": disposition})


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def h5_page(request: web.Request, template: str, context: Mapping[str, Any], *, status: int = 200,
            media_src: str | None = None) -> web.Response:
    """A server-rendered phone page: a fresh nonce in the context (`nonce`), never cached, and a strict CSP —
    inline style and script only with that nonce, requests only to this site, no framing."""
    nonce = secrets.token_urlsafe(12)
    response = aiohttp_jinja2.render_template(template, request, {**context, "nonce": nonce}, status=status)
    response.headers["Cache-Control"] = "no-store"
    media = f"media-src {media_src}; " if media_src else ""
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; {media}"
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return response
