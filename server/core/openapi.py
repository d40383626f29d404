"""OpenAPI 3.1 generated from the routes and the pydantic schemas each handler declares with @api."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel

F = TypeVar("F", bound=Callable[..., Any])
_ATTR = "__openapi__"


@dataclass
class ApiDoc:
    summary: str
    tags: list[str] = field(default_factory=list)
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    auth: str = "none"  # none | optional | user | member | admin | superadmin
    content_type: str | None = None  # for non-JSON bodies (multipart, binary responses)
    produces: str | None = None
    errors: list[str] = field(default_factory=list)


def api(summary: str, **kwargs: Any) -> Callable[[F], F]:
    """Describe a handler for the OpenAPI document."""

    def mark(fn: F) -> F:
        setattr(fn, _ATTR, ApiDoc(summary=summary, **kwargs))
        return fn

    return mark


_ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "details"],
            "properties": {
                "code": {"type": "string", "examples": ["evaluation.duplicate_rating"]},
                "message": {"type": "string"},
                "details": {"type": "object"},
            },
        }
    },
}


def _schema_ref(model: type[BaseModel], components: dict[str, Any]) -> dict[str, Any]:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in schema.pop("$defs", {}).items():
        components.setdefault(name, sub)
    components.setdefault(model.__name__, schema)
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _query_params(model: type[BaseModel]) -> list[dict[str, Any]]:
    schema = model.model_json_schema()
    required = set(schema.get("required", []))
    return [
        {"name": name, "in": "query", "required": name in required, "schema": prop}
        for name, prop in schema.get("properties", {}).items()
    ]


def _operation(doc: ApiDoc, path_params: list[str], components: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = {"summary": doc.summary, "tags": doc.tags or ["misc"], "x-auth": doc.auth}
    params = [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}} for p in path_params]
    if doc.query:
        params += _query_params(doc.query)
    if params:
        op["parameters"] = params
    if doc.body:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": _schema_ref(doc.body, components)}}}
    elif doc.content_type:
        op["requestBody"] = {"required": True, "content": {doc.content_type: {"schema": {"type": "string", "format": "binary"}}}}
    ok: dict[str, Any] = {"description": "成功"}
    if doc.response:
        ok["content"] = {"application/json": {"schema": _schema_ref(doc.response, components)}}
    elif doc.produces:
        ok["content"] = {doc.produces: {"schema": {"type": "string", "format": "binary"}}}
    err = {"description": "错误（统一格式）", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    op["responses"] = {str(doc.status): ok, "4XX": err, "5XX": err}
    if doc.auth not in ("none", "optional"):
        op["security"] = [{"bearer": []}]
    return op


def build_spec(app: web.Application, title: str, version: str) -> dict[str, Any]:
    """Walk the router (sub-apps included) and assemble the OpenAPI document."""
    components: dict[str, Any] = {"Error": _ERROR_SCHEMA}
    paths: dict[str, dict[str, Any]] = {}
    for route in app.router.routes():
        doc: ApiDoc | None = getattr(route.handler, _ATTR, None)
        info = route.resource.get_info() if route.resource else {}
        path = info.get("formatter") or info.get("path")
        if doc is None or not path or route.method == "HEAD":
            continue
        path_params = [seg[1:-1].split(":")[0] for seg in path.split("/") if seg.startswith("{")]
        clean = "/".join(seg.split(":")[0] + "}" if seg.startswith("{") and ":" in seg else seg for seg in path.split("/"))
        paths.setdefault(clean, {})[route.method.lower()] = _operation(doc, path_params, components)
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": components,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
        },
    }
