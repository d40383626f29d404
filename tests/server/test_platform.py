"""The platform: health, the one error shape for every error class, request ids, OpenAPI."""

from __future__ import annotations

import io
import logging
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient


def assert_error(body: dict, code: str) -> None:
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)


async def test_healthz_reports_database_and_redis(client: TestClient) -> None:
    resp = await client.get("/healthz")
    assert resp.status == 200
    assert await resp.json() == {"status": "ok", "database": "ok", "redis": "ok"}


async def test_unknown_route_is_404_in_error_shape(client: TestClient) -> None:
    resp = await client.get("/api/v1/nope")
    assert resp.status == 404
    assert_error(await resp.json(), "not_found")


async def test_wrong_method_is_405_in_error_shape(client: TestClient) -> None:
    resp = await client.delete("/api/v1/auth/login")
    assert resp.status == 405
    assert_error(await resp.json(), "method_not_allowed")


async def test_validation_error_is_422_with_field_details(client: TestClient) -> None:
    resp = await client.post("/api/v1/auth/login", json={"username": "", "password": 5, "extra": 1})
    assert resp.status == 422
    body = await resp.json()
    assert_error(body, "validation_error")
    fields = {f["field"] for f in body["error"]["details"]["fields"]}
    assert {"username", "password", "extra"} <= fields


async def test_invalid_json_is_400(client: TestClient) -> None:
    resp = await client.post("/api/v1/auth/login", data=b"{not json", headers={"Content-Type": "application/json"})
    assert resp.status == 400
    assert_error(await resp.json(), "invalid_json")


async def test_oversized_body_is_413(client: TestClient) -> None:
    resp = await client.post("/api/v1/auth/login", data=io.BytesIO(b"x" * (1024 * 1024 + 10)), headers={"Content-Type": "application/json"})
    assert resp.status == 413
    assert_error(await resp.json(), "payload_too_large")


async def test_missing_token_is_401_and_forged_token_is_401(client: TestClient) -> None:
    resp = await client.get("/api/v1/orgs/tree")
    assert resp.status == 401
    assert_error(await resp.json(), "auth.unauthorized")
    resp = await client.get("/api/v1/orgs/tree", headers={"Authorization": "Bearer abc.def.ghi"})
    assert resp.status == 401
    assert_error(await resp.json(), "auth.invalid_token")


async def test_unexpected_error_is_500_without_internals(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    async def boom(request: web.Request) -> web.Response:
        raise RuntimeError("secret internals: password=hunter2")

    client = await make_client(configure=lambda app: app.router.add_get("/boom", boom))
    with caplog.at_level(logging.ERROR, logger="dangjian.errors"):
        resp = await client.get("/boom")
    assert resp.status == 500
    body = await resp.json()
    assert_error(body, "internal_error")
    assert "hunter2" not in await resp.text() and "RuntimeError" not in await resp.text()
    assert any("unhandled error" in r.getMessage() for r in caplog.records)


async def test_request_id_is_echoed_or_generated(client: TestClient) -> None:
    resp = await client.get("/healthz", headers={"X-Request-ID": "req-12345678"})
    assert resp.headers["X-Request-ID"] == "req-12345678"
    resp = await client.get("/healthz", headers={"X-Request-ID": "bad id <script>"})
    assert resp.headers["X-Request-ID"] != "bad id <script>" and len(resp.headers["X-Request-ID"]) == 16


async def test_openapi_lists_the_endpoints_with_schemas(client: TestClient) -> None:
    resp = await client.get("/api/openapi.json")
    assert resp.status == 200
    spec = await resp.json()
    assert spec["openapi"].startswith("3.")
    assert "post" in spec["paths"]["/api/v1/auth/login"]
    assert "post" in spec["paths"]["/api/v1/orgs/{id}/members"]
    assert "LoginIn" in spec["components"]["schemas"]
    assert "post" in spec["paths"]["/api/v1/auth/wechat"]
    docs = await client.get("/api/docs")
    assert docs.status == 200 and "swagger-ui" in await docs.text()


async def test_the_calendar_gives_local_periods_with_their_json_names(client: TestClient) -> None:
    from tests.clock import TEST_EPOCH
    from tests.factories import admin_headers

    cal = await (await client.get("/api/v1/calendar", headers=await admin_headers(client))).json()
    assert cal["timezone"] == "Asia/Shanghai"
    assert cal["today"] == "2026-06-15" != TEST_EPOCH.date().isoformat()  # 07:30 local, still the 14th in UTC
    assert (cal["period_month"], cal["period_quarter"]) == ("2026-06", "2026-Q2")
    assert cal["last_30_days"] == {"from": "2026-05-17", "to": "2026-06-15"}
