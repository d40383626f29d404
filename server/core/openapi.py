"""The OpenAPI 3.1 document, built from the declared endpoints (server.core.endpoints) and their pydantic schemas.

Every schema lands in ``components.schemas`` (pydantic's nested ``$defs`` included), every operation has
its description (the handler's docstring), request and response schemas with an example, and one
response per error status listing the codes it may carry.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaMode, models_json_schema

from server.core.endpoints import Auth, Endpoint
from server.core.errors import AppError

REF = "#/components/schemas/{model}"
_AUTH_TEXT = {
    Auth.NONE: "公开接口，无需登录。",
    Auth.OPTIONAL: "公开接口；携带有效的登录凭证时按登录用户处理。",
    Auth.USER: "需要登录（任何角色）。",
    Auth.MEMBER: "需要登录，且已绑定党员身份。",
    Auth.CONSOLE: "管理后台：只读人员、组织管理员、超级管理员；数据限于本组织及下级组织。",
    Auth.ADMIN: "管理后台：组织管理员、超级管理员；数据限于本组织及下级组织。",
    Auth.SUPERADMIN: "仅超级管理员。",
}
_STATUS_TEXT = {200: "成功", 201: "已创建", 202: "已受理", 204: "成功（无内容）"}
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "title": "Error",
    "description": "所有错误的统一格式；客户端按 error.code 分支处理（code 稳定不变）。",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "details"],
            "properties": {
                "code": {"type": "string", "description": "稳定的错误码", "examples": ["evaluation.duplicate_rating"]},
                "message": {"type": "string", "description": "给用户看的中文说明"},
                "details": {"type": "object", "description": "补充信息，如字段错误列表"},
            },
        }
    },
}
_EXAMPLE_TIME = "2026-11-22T09:30:00+08:00"


class _Generator(GenerateJsonSchema):
    """Component names that OpenAPI accepts (``Page[PointOut]`` → ``Page_PointOut_``)."""

    def normalize_name(self, name: str) -> str:
        return "".join(c if c.isalnum() or c in "._-" else "_" for c in name)


def _collect(endpoints: list[Endpoint]) -> tuple[dict[tuple[type[BaseModel], JsonSchemaMode], dict[str, Any]], dict[str, Any]]:
    """Every request and response model, as component refs, in one pass (shared nested schemas once)."""
    wanted: list[tuple[type[BaseModel], JsonSchemaMode]] = []
    for ep in endpoints:
        for model, mode in ((ep.body, "validation"), (ep.response, "serialization")):
            if model is not None and (model, mode) not in wanted:
                wanted.append((model, mode))  # type: ignore[arg-type]
    if not wanted:
        return {}, {}
    refs, top = models_json_schema(wanted, ref_template=REF, schema_generator=_Generator)
    return {(m, mode): schema for (m, mode), schema in refs.items() if isinstance(m, type) and issubclass(m, BaseModel)}, \
        top.get("$defs", {})


def _query_params(model: type[BaseModel]) -> list[dict[str, Any]]:
    schema = model.model_json_schema(ref_template=REF, schema_generator=_Generator)
    defs = schema.get("$defs", {})
    required = set(schema.get("required", []))
    params = []
    for name, prop in schema.get("properties", {}).items():
        prop = _inline(prop, defs)
        param: dict[str, Any] = {"name": name, "in": "query", "required": name in required, "schema": prop}
        if prop.get("title"):
            param["description"] = prop.get("description") or prop["title"]
        if prop.get("type") == "array":
            param["style"], param["explode"] = "form", True
        params.append(param)
    return params


def _inline(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """Query parameters carry their schema inline (enums referenced from $defs are copied in)."""
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        merged = {**defs.get(name, {}), **{k: v for k, v in prop.items() if k != "$ref"}}
        return _inline(merged, defs)
    out = dict(prop)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in out:
            out[key] = [_inline(p, defs) for p in out[key]]
    if isinstance(out.get("items"), dict):
        out["items"] = _inline(out["items"], defs)
    return out


def example_of(schema: dict[str, Any], components: dict[str, Any], depth: int = 0) -> Any:
    """An example value for a schema: its own examples first, then defaults, then a plausible value by type."""
    if depth > 12:
        return None
    for key in ("examples", "example"):  # a field's own example beats its referenced type's (an enum's first value)
        if key in schema:
            value = schema[key]
            return value[0] if key == "examples" and isinstance(value, list) and value else value
    if "$ref" in schema:
        return example_of(components.get(schema["$ref"].rsplit("/", 1)[-1], {}), components, depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return example_of(options[0], components, depth + 1)
    if "allOf" in schema:
        return example_of(schema["allOf"][0], components, depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: example_of(sub, components, depth + 1) for name, sub in props.items()}
    if kind == "array":
        item = example_of(schema.get("items", {}), components, depth + 1)
        count = max(1, int(schema.get("minItems", 1)))
        return [item] * count
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in schema else 1)
        high = schema.get("maximum", schema.get("exclusiveMaximum", low + 1))
        value = low if low <= high else high
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "string":
        return _string_example(schema)
    return None


def _string_example(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return _EXAMPLE_TIME
    if fmt == "date":
        return "2026-11-22"
    if fmt == "time":
        return "09:30:00"
    if fmt in ("uri", "url"):
        return "https://example.org/"
    if fmt == "email":
        return "user@example.org"
    if fmt == "binary":
        return ""
    text = str(schema.get("title") or "示例")
    low, high = int(schema.get("minLength", 0)), int(schema.get("maxLength", 64))
    text = (text * (1 + low // max(1, len(text))))[:max(high, low)] if low > len(text) else text[:high]
    return text


def _error_responses(ep: Endpoint) -> dict[str, Any]:
    by_status: dict[int, list[type[AppError]]] = defaultdict(list)
    for err in (*ep.errors, *ep.implied_errors()):
        if err not in by_status[err.status]:
            by_status[err.status].append(err)
    out: dict[str, Any] = {}
    for status, errors in sorted(by_status.items()):
        examples = {
            err.code: {"summary": err.message, "value": {"error": {"code": err.code, "message": err.message, "details": {}}}}
            for err in errors
        }
        out[str(status)] = {
            "description": "；".join(f"`{e.code}` {e.message}" for e in errors),
            "content": {"application/json": {"schema": {"$ref": REF.format(model="Error")}, "examples": examples}},
        }
    return out


def _operation(ep: Endpoint, refs: dict[tuple[type[BaseModel], JsonSchemaMode], dict[str, Any]],
               components: dict[str, Any]) -> dict[str, Any]:
    description = "\n\n".join(p for p in (ep.description, f"权限：{_AUTH_TEXT[ep.auth]}") if p)
    op: dict[str, Any] = {
        "operationId": ep.operation_id,
        "summary": ep.summary,
        "description": description,
        "tags": [ep.tag],
        "x-auth": ep.auth.value,
    }
    params: list[dict[str, Any]] = []
    for name, kind in ep.path_params.items():
        schema = {"type": "integer", "minimum": 1} if kind is int else {"type": "string"}
        params.append({"name": name, "in": "path", "required": True, "schema": schema, "example": 1 if kind is int else "demo"})
    if ep.query is not None:
        params += _query_params(ep.query)
    for header, hmark in ep.headers.values():
        params.append({"name": header, "in": "header", "required": False, "schema": {"type": "string"},
                       "description": hmark.description or header})
    for cookie, cmark in ep.cookies.values():
        params.append({"name": cookie, "in": "cookie", "required": False, "schema": {"type": "string"},
                       "description": cmark.description or cookie})
    if params:
        op["parameters"] = params
    if ep.body is not None:
        schema = refs[(ep.body, "validation")]
        op["requestBody"] = {"required": True, "content": {"application/json": {
            "schema": schema, "example": ep.examples.get("request", example_of(schema, components))}}}
    elif ep.upload:
        op["requestBody"] = {"required": True, "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary", "description": "上传的文件"}}}}}}
    ok: dict[str, Any] = {"description": _STATUS_TEXT.get(ep.status, "成功")}
    if ep.websocket:
        ok = {"description": "升级为 WebSocket（消息为带 type 字段的 JSON）"}
    elif ep.response is not None:
        schema = refs[(ep.response, "serialization")]
        ok["content"] = {"application/json": {"schema": schema,
                                              "example": ep.examples.get("response", example_of(schema, components))}}
    elif ep.produces:
        binary = ep.produces not in ("text/html", "text/event-stream", "image/svg+xml")
        body: dict[str, Any] = {"type": "string", **({"format": "binary"} if binary else {})}
        if ep.produces == "text/event-stream":  # described per event, as clients (and schemathesis) read it
            body = {"type": "object", "description": "一个服务器推送事件：`event` 为事件名，`data` 为 JSON 文本",
                    "properties": {"event": {"type": "string"}, "data": {"type": "string"}}}
        ok["content"] = {ep.produces: {"schema": body}}
    op["responses"] = {str(101 if ep.websocket else ep.status): ok, **_error_responses(ep)}
    if ep.auth.needs_login:
        op["security"] = [{"bearer": []}]
    elif ep.auth is Auth.OPTIONAL:
        op["security"] = [{}, {"bearer": []}]
    return op


def _openapi_path(path: str) -> str:
    """aiohttp's ``{name:regex}`` → OpenAPI's ``{name}``."""
    parts = []
    for seg in path.split("/"):
        if seg.startswith("{") and ":" in seg:
            seg = seg.split(":", 1)[0] + "}"
        parts.append(seg)
    return "/".join(parts)


def build_spec(endpoints: list[Endpoint], *, title: str, version: str, description: str = "") -> dict[str, Any]:
    """The OpenAPI 3.1 document of the given endpoints (those marked in_schema)."""
    documented = [ep for ep in endpoints if ep.in_schema]
    refs, defs = _collect(documented)
    components: dict[str, Any] = {"Error": ERROR_SCHEMA, **defs}
    paths: dict[str, dict[str, Any]] = {}
    tags: dict[str, None] = {}
    for ep in documented:
        paths.setdefault(_openapi_path(ep.path), {})[ep.method.lower()] = _operation(ep, refs, components)
        tags[ep.tag] = None
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version, "description": description},
        "servers": [{"url": "/"}],
        "tags": [{"name": t} for t in tags],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": dict(sorted(components.items())),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                                           "description": "POST /api/v1/auth/login 或 /api/v1/auth/wechat 返回的 access_token"}},
        },
    }


def json_default(value: Any) -> Any:
    """For json.dumps of examples that carry dates."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)
