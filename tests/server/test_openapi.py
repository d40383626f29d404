"""The API document: valid OpenAPI 3.1, every operation described with schemas, examples and its error codes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource

from server.core.endpoints import routed_endpoints
from server.core.schemas import PageQuery

CJK = re.compile(r"[\u4e00-\u9fff]")
METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture
async def spec(client: TestClient) -> dict[str, Any]:
    resp = await client.get("/api/openapi.json")
    assert resp.status == 200
    return await resp.json()


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, op) for path, ops in spec["paths"].items() for method, op in ops.items() if method in METHODS]


def test_the_document_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_has_summary_description_and_an_error_response(spec: dict[str, Any]) -> None:
    missing = []
    for path, method, op in _operations(spec):
        if not op.get("summary") or not CJK.search(op.get("description", "").split("权限：")[0]):
            missing.append(f"{method.upper()} {path}: description")
        if not any(code.startswith(("4", "5")) for code in op["responses"]) and op.get("x-auth") != "none":
            missing.append(f"{method.upper()} {path}: errors")
    assert missing == []


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    resource = Resource.from_contents({**spec, "$schema": "https://json-schema.org/draft/2020-12/schema"})
    registry = Registry().with_resource("urn:openapi", resource)
    return Draft202012Validator({**schema, "$id": "urn:example"} if "$ref" not in schema else
                                {"$ref": "urn:openapi" + schema["$ref"]}, registry=registry)


def test_every_json_body_has_a_schema_and_an_example_that_matches_it(spec: dict[str, Any]) -> None:
    problems = []
    for path, method, op in _operations(spec):
        bodies = []
        if "requestBody" in op:
            bodies.append(("request", op["requestBody"]["content"]))
        for status, resp in op["responses"].items():
            if status.startswith("2") and "content" in resp:
                bodies.append((f"response {status}", resp["content"]))
        for where, content in bodies:
            media = content.get("application/json")
            if media is None:
                continue
            if "schema" not in media or "example" not in media:
                problems.append(f"{method.upper()} {path} {where}: no schema or example")
                continue
            errors = [e.message for e in _validator(spec, media["schema"]).iter_errors(media["example"])]
            if errors:
                problems.append(f"{method.upper()} {path} {where}: {errors[:2]}")
    assert problems == []


def test_json_operations_declare_a_success_schema(spec: dict[str, Any]) -> None:
    missing = []
    for path, method, op in _operations(spec):
        ok = [r for s, r in op["responses"].items() if s.startswith("2") or s == "101"]
        if not ok:
            missing.append(f"{method.upper()} {path}")
            continue
        status = next(s for s in op["responses"] if s.startswith("2") or s == "101")
        if status not in ("204", "101") and "content" not in ok[0]:
            missing.append(f"{method.upper()} {path}")
    assert missing == []


def test_lists_declare_the_page_envelope(client: TestClient) -> None:
    wrong = []
    for ep in routed_endpoints(client.app):
        if ep.query is not None and issubclass(ep.query, PageQuery) and ep.produces is None:
            fields = set(getattr(ep.response, "model_fields", {}))
            if not {"items", "total", "page", "page_size"} <= fields:
                wrong.append(f"{ep.method} {ep.path}")
    assert wrong == []


def test_request_fields_carry_chinese_labels(client: TestClient) -> None:
    """Validation errors name fields by these labels, so every input field needs one."""
    unlabelled = []
    for ep in routed_endpoints(client.app):
        for model in (ep.body, ep.query):
            for name, info in getattr(model, "model_fields", {}).items():
                if not (info.title and CJK.search(info.title)):
                    unlabelled.append(f"{model.__name__}.{name}")
    assert sorted(set(unlabelled)) == []


def test_error_codes_are_listed_per_operation(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/api/v1/audit"]["get"]
    assert "auth.unauthorized" in op["responses"]["401"]["content"]["application/json"]["examples"]
    assert "auth.forbidden" in op["responses"]["403"]["content"]["application/json"]["examples"]
    assert "validation_error" in op["responses"]["422"]["content"]["application/json"]["examples"]


async def test_docs_page_serves_swagger_ui_from_the_package(client: TestClient) -> None:
    page = await client.get("/api/docs")
    assert page.status == 200
    html = await page.text()
    assert "cdn" not in html.lower() and "https://" not in html
    for src in re.findall(r'(?:src|href)="(/[^"]+)"', html):
        asset = await client.get(src)
        assert asset.status == 200, src
    bundle = await client.get("/api/docs/assets/swagger-ui-bundle.js")
    assert "SwaggerUIBundle" in await bundle.text()
    assert (await client.get("/api/docs/assets/..%2Fcore.py")).status == 404
