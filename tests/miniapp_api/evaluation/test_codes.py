"""Service points and codes: token shape, forged/revoked/rotated/expired tokens, scope and audit."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from miniapp_api.audit.models import AuditEntry
from miniapp_api.evaluation import signing
from miniapp_api.evaluation.models import EvaluationCode
from server.core.clock import ManualClock
from tests.conftest import SECRET
from tests.miniapp_api.evaluation.helpers import Tree, error_code, make_tree, new_code, new_point, rate

SCENE = re.compile(r"^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$")


async def test_code_token_fits_a_wechat_scene_and_the_url(code: dict[str, Any]) -> None:
    assert SCENE.match(code["token"])
    assert code["url"] == f"http://testserver/e/{code['token']}"
    assert code["png_url"].endswith(f"/api/v1/evaluation/codes/{code['token']}/qr.png")
    assert code["svg_url"].endswith("/qr.svg") and code["is_active"]


async def test_only_the_random_id_is_stored(code: dict[str, Any]) -> None:
    row = await EvaluationCode.get(id=code["id"])
    assert code["token"].startswith(row.rid) and code["token"] != row.rid
    assert signing.verify_token(SECRET, code["token"]) == row.rid
    assert signing.verify_token("another-secret-of-sufficient-length!!", code["token"]) is None


async def test_public_info_shows_point_levels_and_tags_without_personal_data(
    client: TestClient, code: dict[str, Any], tree: Tree
) -> None:
    resp = await client.get(f"/api/v1/evaluation/codes/{code['token']}")
    assert resp.status == 200
    info = await resp.json()
    assert info["point"]["name"] == "综合受理窗口" and info["org"] == {"name": tree.a.name}
    assert [lv["score"] for lv in info["levels"]] == [5, 4, 3, 2, 1]
    bad = next(lv for lv in info["levels"] if lv["score"] == 1)
    assert "态度生硬" in bad["tags"] and bad["is_bad"]
    assert "热情周到" not in bad["tags"]
    assert info["option_version"] == 2
    assert set(info["org"]) == {"name"} and "id" not in info["point"]


@pytest.mark.parametrize("mutate", [
    lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # signature changed
    lambda t: ("x" if t[0] != "x" else "y") + t[1:],  # random id changed
    lambda t: t[:-2],  # too short
    lambda t: t + "0",  # too long
    lambda t: "0" * len(t),
])
async def test_forged_tokens_are_not_found(client: TestClient, code: dict[str, Any], mutate: Callable[[str], str]) -> None:
    forged = mutate(code["token"])
    for resp in (await client.get(f"/api/v1/evaluation/codes/{forged}"), await rate(client, forged, 5),
                 await client.get(f"/api/v1/evaluation/codes/{forged}/qr.png"), await client.get(f"/e/{forged}")):
        assert resp.status == 404
        if resp.content_type == "application/json":
            assert await error_code(resp) == "evaluation.code_not_found"


async def test_a_forged_token_costs_no_database_query(
    client: TestClient, code: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    forged = code["token"][:-1] + ("A" if code["token"][-1] != "A" else "B")
    unknown = signing.make_token(SECRET, "Z" * signing.RID_LEN)  # correctly signed, never issued
    with caplog.at_level(logging.DEBUG, logger="tortoise"):
        caplog.clear()
        assert (await client.get(f"/api/v1/evaluation/codes/{forged}")).status == 404
        forged_sql = [r for r in caplog.records if "evaluation_code" in r.getMessage()]
        caplog.clear()
        assert (await client.get(f"/api/v1/evaluation/codes/{unknown}")).status == 404
        unknown_sql = [r for r in caplog.records if "evaluation_code" in r.getMessage()]
        caplog.clear()
        assert (await rate(client, forged, 5)).status == 404
        forged_submit_sql = [r for r in caplog.records if "evaluation_code" in r.getMessage()]
    assert forged_sql == [] and forged_submit_sql == []
    assert unknown_sql, "a well-signed token is looked up (so the log capture does see queries)"


async def test_submits_find_the_code_in_redis_not_the_database(
    client: TestClient, code: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    assert (await rate(client, code["token"], 5)).status == 201  # fills the cache
    with caplog.at_level(logging.DEBUG, logger="tortoise"):
        caplog.clear()
        assert (await rate(client, code["token"], 4)).status == 201
        queries = [r.getMessage() for r in caplog.records]
    assert not [q for q in queries if "evaluation_code" in q]
    assert [q for q in queries if "INSERT" in q.upper() and "evaluation_rating" in q]


async def test_revoked_code_stops_working(client: TestClient, tree: Tree, point: dict[str, Any], code: dict[str, Any]) -> None:
    assert (await rate(client, code["token"], 5)).status == 201
    resp = await client.post(f"/api/v1/evaluation/points/{point['id']}/codes/{code['id']}/revoke", headers=await tree.admin("a"))
    assert resp.status == 200 and not (await resp.json())["is_active"]
    assert (await client.get(f"/api/v1/evaluation/codes/{code['token']}")).status == 404
    assert (await client.get(f"/api/v1/evaluation/codes/{code['token']}/qr.svg")).status == 404
    assert await error_code(await rate(client, code["token"], 5)) == "evaluation.code_not_found"
    assert await AuditEntry.filter(action="evaluation.code_revoke", target_id=str(code["id"])).exists()


async def test_rotation_gives_a_new_token_and_kills_the_old(
    client: TestClient, tree: Tree, point: dict[str, Any], code: dict[str, Any]
) -> None:
    assert (await rate(client, code["token"], 4)).status == 201  # the code's facts are now cached
    resp = await client.post(f"/api/v1/evaluation/points/{point['id']}/codes/{code['id']}/rotate", headers=await tree.admin("a"))
    assert resp.status == 201
    new = await resp.json()
    assert new["token"] != code["token"] and new["point_id"] == point["id"]
    assert (await client.get(f"/api/v1/evaluation/codes/{code['token']}")).status == 404
    assert (await client.get(f"/api/v1/evaluation/codes/{new['token']}")).status == 200
    assert await error_code(await rate(client, code["token"], 5)) == "evaluation.code_not_found"
    assert (await rate(client, new["token"], 5)).status == 201
    again = await client.post(f"/api/v1/evaluation/points/{point['id']}/codes/{code['id']}/rotate", headers=await tree.admin("a"))
    assert again.status == 409
    codes = await (await client.get(f"/api/v1/evaluation/points/{point['id']}/codes", headers=await tree.admin("a"))).json()
    assert [c["is_active"] for c in codes["items"]] == [True, False]


async def test_expired_code_is_not_found(make_client: Any, make_settings: Any) -> None:
    clock = ManualClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    client = await make_client(make_settings(), clock=clock)
    tree = await make_tree(client)
    headers = await tree.admin("a")
    point = await new_point(client, headers, tree.a)
    past = await client.post(f"/api/v1/evaluation/points/{point['id']}/codes", headers=headers,
                             json={"expires_at": "2020-01-01T00:00:00+08:00"})
    assert past.status == 400 and await error_code(past) == "evaluation.bad_expiry"
    code = await new_code(client, headers, point["id"], expires_at=(clock.now() + timedelta(hours=1)).isoformat())
    assert (await client.get(f"/api/v1/evaluation/codes/{code['token']}")).status == 200
    assert (await rate(client, code["token"], 5)).status == 201
    clock.advance(3600 + 1)
    assert (await client.get(f"/api/v1/evaluation/codes/{code['token']}")).status == 404
    assert await error_code(await rate(client, code["token"], 5)) == "evaluation.code_not_found"


async def test_deactivated_point_codes_stop_working(
    client: TestClient, tree: Tree, point: dict[str, Any], code: dict[str, Any]
) -> None:
    assert (await rate(client, code["token"], 5)).status == 201
    resp = await client.patch(f"/api/v1/evaluation/points/{point['id']}", headers=await tree.admin("a"), json={"is_active": False})
    assert resp.status == 200
    assert (await client.get(f"/api/v1/evaluation/codes/{code['token']}")).status == 404
    assert await error_code(await rate(client, code["token"], 5)) == "evaluation.code_not_found"


async def test_points_and_codes_follow_the_subtree(client: TestClient, tree: Tree, point: dict[str, Any],
                                                  code: dict[str, Any]) -> None:
    outsider = await tree.admin("b")
    resp = await client.post("/api/v1/evaluation/points", headers=outsider, json={"org_id": tree.a.id, "name": "x"})
    assert resp.status == 403 and await error_code(resp) == "orgs.out_of_scope"
    for call in (
        client.post(f"/api/v1/evaluation/points/{point['id']}/codes", headers=outsider, json={}),
        client.post(f"/api/v1/evaluation/points/{point['id']}/codes/{code['id']}/revoke", headers=outsider),
        client.get(f"/api/v1/evaluation/points/{point['id']}/codes", headers=outsider),
        client.patch(f"/api/v1/evaluation/points/{point['id']}", headers=outsider, json={"name": "改名"}),
    ):
        r = await call
        assert r.status == 403, await r.text()
    # the committee above sees it; b's list does not contain it
    listed = await (await client.get("/api/v1/evaluation/points", headers=await tree.admin("committee"))).json()
    assert point["id"] in [p["id"] for p in listed["items"]]
    listed_b = await (await client.get("/api/v1/evaluation/points", headers=outsider)).json()
    assert listed_b["total"] == 0
    resp = await client.post("/api/v1/evaluation/points", headers=await tree.admin("committee"),
                             json={"org_id": tree.a.id, "name": "党员示范岗", "category": "model_post"})
    assert resp.status == 201


async def test_duplicate_point_name_in_one_org_conflicts(client: TestClient, tree: Tree, point: dict[str, Any]) -> None:
    resp = await client.post("/api/v1/evaluation/points", headers=await tree.admin("a"),
                             json={"org_id": tree.a.id, "name": point["name"]})
    assert resp.status == 409 and await error_code(resp) == "evaluation.duplicate_point"


async def test_staff_and_members_cannot_manage_points(client: TestClient, tree: Tree) -> None:
    from server.core.auth import Role
    from tests.factories import admin_headers

    staff = await admin_headers(client, tree.a, Role.STAFF)
    resp = await client.post("/api/v1/evaluation/points", headers=staff, json={"org_id": tree.a.id, "name": "x"})
    assert resp.status == 403
    assert (await client.get("/api/v1/evaluation/points", headers=staff)).status == 200
    assert (await client.get("/api/v1/evaluation/points")).status == 401
