"""Indicator-set versions: the 12 defaults, validation naming the field, who may edit, immutability once in use."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from server.core.auth import Role
from server.core.clock import ManualClock
from tests.conftest import AppFactory
from tests.factories import admin_headers
from tests.miniapp_api.assessment.helpers import NOW, Tree, make_tree, run


@pytest.fixture
async def client(make_client: AppFactory) -> TestClient:
    return await make_client(clock=ManualClock(NOW))


@pytest.fixture
async def tree(client: TestClient) -> Tree:
    return await make_tree(client)


async def current(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    resp = await client.get("/api/v1/assessment/indicator-sets", headers=headers)
    assert resp.status == 200
    return (await resp.json())["items"][0]


def body_of(s: dict[str, Any], **changes: Any) -> dict[str, Any]:
    fields = ("key", "name", "dimension", "formula", "source", "target", "weight")
    return {"name": "第二版", "indicators": [{k: i[k] for k in fields} for i in s["indicators"]], **changes}


async def test_the_defaults_are_twelve_indicators_in_three_dimensions(client: TestClient, tree: Tree) -> None:
    s = await current(client, tree.admin_c)
    assert s["version"] == 1 and len(s["indicators"]) == 12
    assert sum(i["weight"] for i in s["indicators"]) == 100
    dims = [i["dimension"] for i in s["indicators"]]
    assert {d: dims.count(d) for d in set(dims)} == {"组织建设": 4, "队伍管理": 4, "服务效能": 4}
    assert all(i["formula"] and i["source"] and 0 < i["target"] <= 1 for i in s["indicators"])


async def test_a_new_version_scores_periods_opened_after_it(client: TestClient, tree: Tree) -> None:
    old = await run(client, tree.admin_c, tree.committee.id, "2026-08")
    s = await current(client, tree.admin_c)
    body = body_of(s)
    body["indicators"][0]["weight"] += 5
    body["indicators"][1]["weight"] -= 5
    resp = await client.post("/api/v1/assessment/indicator-sets", json=body, headers=tree.admin_c)
    assert resp.status == 201, await resp.text()
    assert (await resp.json())["version"] == 2
    new = await run(client, tree.admin_c, tree.committee.id, "2026-09")
    again = await run(client, tree.admin_c, tree.committee.id, "2026-08")
    assert new["results"][0]["indicators"][0]["weight"] == s["indicators"][0]["weight"] + 5
    assert again["results"][0]["indicators"][0]["weight"] == old["results"][0]["indicators"][0]["weight"]
    # Version 1 is in use by 2026-08: immutable.
    resp = await client.put(f"/api/v1/assessment/indicator-sets/{s['id']}", json=body_of(s), headers=tree.admin_c)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "assessment.set_in_use"


async def test_bad_sets_are_refused_naming_the_field_and_nothing_is_saved(client: TestClient, tree: Tree) -> None:
    s = await current(client, tree.admin_c)
    body = body_of(s)
    body["indicators"][0]["weight"] += 1
    resp = await client.post("/api/v1/assessment/indicator-sets", json=body, headers=tree.admin_c)
    assert resp.status == 422
    err = (await resp.json())["error"]
    assert err["code"] == "assessment.bad_indicator_set" and err["details"]["fields"][0]["field"] == "indicators.weight"
    body = body_of(s)
    body["indicators"][3]["target"] = 1.5
    resp = await client.post("/api/v1/assessment/indicator-sets", json=body, headers=tree.admin_c)
    assert resp.status == 422
    assert (await resp.json())["error"]["details"]["fields"][0]["field"] == "indicators.3.target"
    body = body_of(s)
    body["indicators"][2]["key"] = body["indicators"][1]["key"]
    resp = await client.post("/api/v1/assessment/indicator-sets", json=body, headers=tree.admin_c)
    assert resp.status == 422 and (await resp.json())["error"]["details"]["fields"][0]["field"] == "indicators.2.key"
    refused = await client.post("/api/v1/assessment/indicator-sets", json=body_of(s), headers=tree.admin_a)
    assert refused.status == 403 and (await refused.json())["error"]["code"] == "assessment.committee_required"
    staff = await admin_headers(client, tree.committee, role=Role.STAFF)
    assert (await client.post("/api/v1/assessment/indicator-sets", json=body_of(s), headers=staff)).status == 403
    versions = (await (await client.get("/api/v1/assessment/indicator-sets", headers=tree.admin_c)).json())["items"]
    assert [v["version"] for v in versions] == [1]
