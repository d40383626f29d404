"""Endpoints are declared once: the declaration parses, validates, authorises and documents — and nothing else reads the request."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Annotated, Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from pydantic import BaseModel, Field

from server.core.auth import Principal
from server.core.endpoints import Auth, Header, Routes, Upload, endpoint_of, routed_endpoints
from server.core.errors import Conflict
from server.core.schemas import Page, PageQuery, Schema
from tests.factories import admin_headers

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_PACKAGES = ["miniapp_api", "bot", "knowledge"]
# What a handler may never read from the request itself: its inputs come through the declaration.
INPUT_ATTRIBUTES = {"query", "match_info", "json", "post", "read", "text", "content", "multipart", "cookies",
                    "headers", "rel_url", "body_exists", "can_read_body", "query_string", "remote", "forwarded"}
INPUT_HELPERS = {"read_json", "read_query", "match_int", "read_upload", "require_admin", "require_member",
                 "require_principal", "optional_principal", "resolve_principal", "bearer_token"}
# Routes of the platform itself (not API operations): pages, assets, health.
PLATFORM_PATHS = {"/", "/admin", "/admin/pages/{name}.js", "/api/docs", "/api/docs/assets/{name}", "/api/openapi.json",
                  "/healthz", "/metrics", "/static"}


def _request_reads(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in INPUT_ATTRIBUTES:
            base = node.value
            if isinstance(base, ast.Name) and base.id in ("request", "req", "r"):
                found.append((node.lineno, f"request.{node.attr}"))
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
            if name in INPUT_HELPERS:
                found.append((node.lineno, f"{name}()"))
    return found


def test_no_domain_module_reads_request_inputs_itself() -> None:
    """Handlers receive body, query, path, headers, cookies, uploads and the caller from their declaration only."""
    offenders = []
    for package in DOMAIN_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, what in _request_reads(ast.parse(path.read_text(), str(path))):
                offenders.append(f"{path.relative_to(ROOT)}:{line} {what}")
    assert offenders == []


def test_every_route_is_a_declared_endpoint_or_a_platform_page(client: TestClient) -> None:
    undeclared = []
    for route in client.app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("formatter") or info.get("path") or info.get("prefix") or ""
        if route.method == "HEAD" or path in PLATFORM_PATHS or path.startswith("/static"):
            continue
        if endpoint_of(route.handler) is None:
            undeclared.append(f"{route.method} {path}")
    assert undeclared == []


def test_a_handler_parameter_that_is_not_a_declared_input_is_refused_at_import() -> None:
    routes = Routes("test")
    with pytest.raises(TypeError, match="not a declared input"):
        @routes.get("/x/{id}", "x", auth=Auth.USER)
        async def reads_something(request: web.Request, id: int, secret_flag: str) -> None:
            """Doc."""
    with pytest.raises(TypeError, match="path parameters"):
        @routes.get("/y/{id}/{other}", "y", auth=Auth.USER)
        async def forgets_a_path_parameter(request: web.Request, id: int) -> None:
            """Doc."""
    with pytest.raises(TypeError, match="principal"):
        @routes.get("/z", "z")
        async def public_with_principal(request: web.Request, principal: Principal) -> None:
            """Doc."""


class _Body(Schema):
    name: str = Field(min_length=2, max_length=10, title="名称")
    count: int = Field(ge=1, le=5, title="数量")


class _Out(BaseModel):
    name: str
    count: int
    key: str | None


def _probe_routes() -> Routes:
    routes = Routes("probe")

    @routes.post("/probe/{id}", "probe", auth=Auth.ADMIN, status=201, errors=[Conflict])
    async def probe(request: web.Request, principal: Principal, id: int, body: _Body,
                    key: Annotated[str | None, Header("Idempotency-Key")]) -> _Out:
        """A probe."""
        if body.name == "冲突了":
            raise Conflict()
        return _Out(name=body.name, count=body.count + id, key=key)

    @routes.get("/probe-list", "probe list", auth=Auth.CONSOLE)
    async def probe_list(request: web.Request, query: PageQuery) -> Page[_Out]:
        """A list."""
        return Page[_Out].of([_Out(name="甲", count=1, key=None)], 1, query)

    @routes.post("/probe-upload", "upload", auth=Auth.ADMIN)
    async def probe_upload(request: web.Request, upload: Upload) -> _Out:
        """An upload."""
        return _Out(name=upload.filename, count=len(upload.data), key=upload.fields.get("note"))

    return routes


@pytest.fixture
async def probe_client(make_client: Any) -> TestClient:
    client: TestClient = await make_client(configure=lambda app: app.router.add_routes(_probe_routes()))
    return client


async def test_declared_inputs_are_parsed_validated_and_injected(probe_client: TestClient) -> None:
    headers = await admin_headers(probe_client)
    resp = await probe_client.post("/probe/4", json={"name": "张三", "count": 2}, headers={**headers, "Idempotency-Key": "k1"})
    assert resp.status == 201
    assert await resp.json() == {"name": "张三", "count": 6, "key": "k1"}
    page = await (await probe_client.get("/probe-list?page=2&page_size=5", headers=headers)).json()
    assert page == {"items": [{"name": "甲", "count": 1, "key": None}], "total": 1, "page": 2, "page_size": 5}


async def test_auth_path_body_and_media_type_are_checked_before_the_handler(probe_client: TestClient) -> None:
    headers = await admin_headers(probe_client)
    assert (await probe_client.post("/probe/4", json={"name": "张三", "count": 2})).status == 401
    assert (await probe_client.post("/probe/0", json={"name": "张三", "count": 2}, headers=headers)).status == 404
    assert (await probe_client.post("/probe/abc", json={"name": "张三", "count": 2}, headers=headers)).status == 404
    resp = await probe_client.post("/probe/4", data='{"name": "张三", "count": 2}', headers={**headers, "Content-Type": "text/plain"})
    assert resp.status == 415
    resp = await probe_client.post("/probe/4", data="[1]", headers={**headers, "Content-Type": "application/json"})
    assert (resp.status, (await resp.json())["error"]["code"]) == (400, "invalid_json")


async def test_validation_errors_are_chinese_and_name_the_field_by_its_label(probe_client: TestClient) -> None:
    headers = await admin_headers(probe_client)
    resp = await probe_client.post("/probe/4", json={"name": "张", "count": "many", "extra": 1}, headers=headers)
    assert resp.status == 422
    err = (await resp.json())["error"]
    fields = {f["field"]: f for f in err["details"]["fields"]}
    assert fields["name"]["message"] == "名称：至少需要 2 个字符"
    assert fields["count"]["message"] == "数量：应为整数"
    assert fields["extra"]["type"] == "extra_forbidden"
    assert err["message"].startswith("提交的数据格式不正确：")
    for f in fields.values():
        assert re.search(r"[\u4e00-\u9fff]", f["message"]), f
        assert not re.search(r"\b(should|Input|Field)\b", f["message"]), f
    resp = await probe_client.post("/probe/4", json={"name": "张三\u0001", "count": 1}, headers=headers)
    field = (await resp.json())["error"]["details"]["fields"][0]
    assert resp.status == 422 and field["field"] == "name" and field["message"] == "名称：不能包含控制字符"
    resp = await probe_client.post("/probe/4", json={"name": "张三\n李四", "count": 1}, headers=headers)
    assert resp.status == 201  # line breaks are text


async def test_uploads_come_with_their_form_fields(probe_client: TestClient) -> None:
    from aiohttp import FormData

    headers = await admin_headers(probe_client)
    form = FormData()
    form.add_field("note", "备注")
    form.add_field("file", b"abc", filename="a.txt", content_type="text/plain")
    resp = await probe_client.post("/probe-upload", data=form, headers=headers)
    assert await resp.json() == {"name": "a.txt", "count": 3, "key": "备注"}
    resp = await probe_client.post("/probe-upload", data=b"", headers={**headers, "Content-Type": "multipart/form-data; boundary=x"})
    assert resp.status == 400
    malformed = [  # found by schemathesis: each was a 500
        ("multipart/form-data", b"--x\r\n"),  # no boundary at all
        ("multipart/form-data; boundary=b", b"--b\r\n\x03\xc3\xa7junk--b--\r\n"),  # a part header that is no header
        ("multipart/form-data; boundary=b",
         b'--b\r\nContent-Disposition: form-data; name="\x05\xf3\xbd"\r\n\r\nv\r\n--b--\r\n'),  # control chars in a name
    ]
    for content_type, body in malformed:
        resp = await probe_client.post("/probe-upload", data=body, headers={**headers, "Content-Type": content_type})
        assert resp.status == 400 and (await resp.json())["error"]["code"] == "upload.malformed", body


async def test_an_error_code_an_endpoint_does_not_declare_is_caught_in_tests(make_client: Any) -> None:
    from server.core.errors import Gone
    from server.middleware import UNDECLARED_ERRORS

    routes = Routes("probe")

    @routes.get("/probe-gone", "gone", auth=Auth.NONE)
    async def gone(request: web.Request) -> None:
        """Raises an error it does not declare."""
        raise Gone()

    client: TestClient = await make_client(configure=lambda app: app.router.add_routes(routes))
    assert (await client.get("/probe-gone")).status == 410
    assert client.app[UNDECLARED_ERRORS] == ["GET /probe-gone: gone"]
    client.app[UNDECLARED_ERRORS].clear()  # expected here; the fixture fails on any that remain


async def test_wrong_method_names_the_allowed_ones(client: TestClient) -> None:
    resp = await client.delete("/api/v1/audit")
    assert resp.status == 405
    assert "GET" in resp.headers["Allow"]
    assert (await resp.json())["error"]["code"] == "method_not_allowed"


def test_routed_endpoints_lists_the_declarations(client: TestClient) -> None:
    eps = {(e.method, e.path) for e in routed_endpoints(client.app)}
    assert ("GET", "/api/v1/audit") in eps


async def test_a_cross_site_browser_write_is_refused(probe_client: TestClient) -> None:
    headers = await admin_headers(probe_client)
    body = {"name": "张三", "count": 2}
    evil = await probe_client.post("/probe/4", json=body, headers={**headers, "Origin": "https://evil.example"})
    assert (evil.status, (await evil.json())["error"]["code"]) == (403, "auth.bad_origin")
    assert (await probe_client.post("/probe/4", json=body, headers={**headers, "Origin": "null"})).status == 403
    own = f"http://{probe_client.host}:{probe_client.port}"
    assert (await probe_client.post("/probe/4", json=body, headers={**headers, "Origin": own})).status == 201
    assert (await probe_client.post("/probe/4", json=body, headers={**headers, "Origin": "http://testserver"})).status == 201
    assert (await probe_client.get("/probe-list", headers={**headers, "Origin": "https://evil.example"})).status == 200


async def test_integers_beyond_64_bits_and_deep_nesting_are_clean_client_errors(probe_client: TestClient) -> None:
    headers = await admin_headers(probe_client)
    huge = await probe_client.post("/probe/4", data='{"name": "张三", "count": 123456789012345678901234567890}',
                                   headers={**headers, "Content-Type": "application/json"})
    assert (huge.status, (await huge.json())["error"]["code"]) == (422, "validation_error")
    deep = await probe_client.post("/probe/4", data='{"name": ' + "[" * 100_000 + "]" * 100_000 + "}",
                                   headers={**headers, "Content-Type": "application/json"})
    assert (deep.status, (await deep.json())["error"]["code"]) == (400, "invalid_json")
    page = await probe_client.get("/probe-list?page=99999999999999999999999", headers=headers)
    assert page.status == 422


async def test_a_lost_database_or_redis_is_a_clean_503_not_a_500(make_client: Any) -> None:
    import asyncpg
    from redis.exceptions import ConnectionError as RedisConnectionError

    routes = Routes("probe")

    @routes.get("/probe-redis", "redis down", auth=Auth.NONE)
    async def redis_down(request: web.Request) -> None:
        """Redis is gone."""
        raise RedisConnectionError("Connection refused")

    @routes.get("/probe-db", "db down", auth=Auth.NONE)
    async def db_down(request: web.Request) -> None:
        """PostgreSQL is gone."""
        try:
            raise asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed")
        except asyncpg.exceptions.ConnectionDoesNotExistError as exc:
            raise RuntimeError("query failed") from exc

    client: TestClient = await make_client(configure=lambda app: app.router.add_routes(routes))
    for path, code in (("/probe-redis", "service.cache_unavailable"), ("/probe-db", "service.database_unavailable")):
        resp = await client.get(path)
        assert (resp.status, (await resp.json())["error"]["code"]) == (503, code)
        assert resp.headers["Retry-After"] == "5"


async def test_ids_beyond_32_bits_name_nothing_instead_of_failing_in_postgresql(client: TestClient) -> None:
    """Found by schemathesis on PostgreSQL: a 12-digit id reached the query and asyncpg refused it (500)."""
    headers = await admin_headers(client)
    for path in ("/api/v1/partydays/88282413636", "/api/v1/partydays/2147483648", "/api/v1/partydays/%C2%B2"):
        resp = await client.get(path, headers=headers)
        assert resp.status == 404, path
    resp = await client.get("/api/v1/evaluation/ratings", params={"org_id": "387644002743"}, headers=headers)
    field = (await resp.json())["error"]["details"]["fields"][0]
    assert resp.status == 422 and field["field"] == "org_id" and field["message"].endswith("编号超出范围")
    resp = await client.get("/api/v1/evaluation/ratings", params={"org_id": "2147483647"}, headers=headers)
    assert resp.status in (200, 403, 404)  # the largest id is an id: not a validation error
