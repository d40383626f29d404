"""Edge helpers for handlers: parse JSON/query into pydantic models, render JSON responses."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError

from server.core.errors import BadRequest, NotFound, PayloadTooLarge, UnsupportedMediaType, ValidationFailed
from server.core.schemas import PageQuery
from server.core.validation import validation_details

M = TypeVar("M", bound=BaseModel)


def parse_model(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(details=validation_details(exc)) from None


async def read_json(request: web.Request, model: type[M]) -> M:
    """Read the body as JSON and validate it; every failure becomes a typed error."""
    ctype = request.content_type
    if ctype not in ("application/json", "text/plain", "application/octet-stream") and request.body_exists:
        raise UnsupportedMediaType("请以 JSON 提交", details={"content_type": ctype})
    raw = await request.read()
    if not raw:
        data: Any = {}
    else:
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise BadRequest("请求体不是有效的 JSON", code="invalid_json") from None
    if not isinstance(data, dict):
        raise BadRequest("请求体必须是 JSON 对象", code="invalid_json")
    return parse_model(model, data)


def read_query(request: web.Request, model: type[M]) -> M:
    """Validate the query string; repeated keys become lists for list fields."""
    data: dict[str, Any] = {}
    for key in request.query:
        values = request.query.getall(key)
        field = model.model_fields.get(key)
        is_list = field is not None and "list" in str(field.annotation).lower()
        data[key] = values if is_list else values[-1]
    return parse_model(model, data)


def match_int(request: web.Request, name: str = "id") -> int:
    """A positive integer path parameter, or 404."""
    raw = request.match_info.get(name, "")
    if not raw.isdigit() or len(raw) > 12:
        raise NotFound()
    return int(raw)


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


async def read_upload(request: web.Request, max_bytes: int, field: str = "file") -> tuple[str, str, bytes]:
    """The first file part named `field` of a multipart body, read in chunks up to `max_bytes`."""
    if not request.content_type.startswith("multipart/"):
        raise UnsupportedMediaType("请以 multipart/form-data 上传文件")
    reader = await request.multipart()
    while True:
        part = await reader.next()
        if part is None:
            raise BadRequest("缺少上传文件", code="upload.missing_file", details={"field": field})
        if getattr(part, "name", None) != field:
            continue
        chunks, size = [], 0
        while chunk := await part.read_chunk(64 * 1024):  # type: ignore[union-attr]
            size += len(chunk)
            if size > max_bytes:
                raise PayloadTooLarge(details={"max_bytes": max_bytes})
            chunks.append(chunk)
        filename = getattr(part, "filename", None) or ""
        ctype = part.headers.get("Content-Type", "application/octet-stream")
        return filename, ctype, b"".join(chunks)


def file_response(content: bytes, filename: str, content_type: str) -> web.Response:
    from urllib.parse import quote

    disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
    return web.Response(body=content, content_type=content_type, headers={"Content-Disposition": disposition})


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
